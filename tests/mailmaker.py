"""Build synthetic messages for tests: invented senders, bodies and headers, parsed as mailtool reads them."""

from __future__ import annotations

from email.message import EmailMessage

from mailtool.model import Mail
from mailtool.parse import parse


def make_mail(
    sender: str,
    body: str,
    subject: str = "Hello",
    reply_to: str | None = None,
    to: str = "Kim Candidate <kim.candidate@example.org>",
    headers: dict[str, str] | None = None,
) -> Mail:
    """Return a parsed plain-text message from the given From, body and headers."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = "Tue, 12 Jan 2027 09:30:00 +0100"
    msg["Message-ID"] = "<synthetic@example.org>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return parse(msg.as_bytes())
