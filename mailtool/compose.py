"""(Mail, Analysis, Intent, Identity, Policy) -> the reply as a complete, threaded draft message."""

from __future__ import annotations

import email.policy
import email.utils
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from mailtool import dateformat, greeting, quoting
from mailtool.model import Analysis, Intent, Kind, Mail
from mailtool.templates import Templates

log = logging.getLogger(__name__)

# Reply, forward and numbered variants mail clients stack in front of a subject, in the languages we meet.
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|antwort|fwd?|wg|tr|ref|réf|rif|r|vl|doorst|odp|enc|rv)"
    r"\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*)+",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$")
NO_RECIPIENT_NOTE = "MAILTOOL: no reply address was found in the message. Add the recipient, then delete this line."
MAX_REFERENCES = 20
MAX_LINE = 998  # RFC 5322's limit on a line, in bytes


class DraftPolicy(email.policy.EmailPolicy):
    """RFC 5322 with CRLF, keeping ASCII headers (Message-IDs, References, plain subjects) on one line."""

    def fold_binary(self, name: str, value: str) -> bytes:
        """Fold a header for output; ASCII values are only folded beyond the 998-byte limit."""
        # At 78 columns Python moves a long Message-ID or subject to a continuation line right after
        # "Name:", and its own parser then reads the value back with a leading space: threading breaks.
        if str(value).isascii():
            return _UNFOLDED.fold_binary(name, value)
        return super().fold_binary(name, value)


_UNFOLDED = email.policy.SMTP.clone(max_line_length=998)
DRAFT_POLICY = DraftPolicy(linesep="\r\n")


@dataclass(frozen=True)
class Identity:
    """Who the user is: the From of every draft and the name under it."""

    name: str = ""
    email: str = ""
    signature: str = ""


@dataclass(frozen=True)
class Policy:
    """Which reply the user wants for each kind of message, and how replies are written."""

    invitation: Intent = Intent.INVITATION_DECLINE
    offer: Intent = Intent.OFFER_DECLINE
    fallback_language: str = "en"
    alternatives: tuple[str, ...] = ()
    """Times to propose when rescheduling; ISO "YYYY-MM-DD HH:MM" is written in the reply's language."""
    templates_dir: Path | None = None
    accepted_elsewhere: bool = False
    """Say in a decline that the user has accepted another position (never which)."""

    def intent_for(self, kind: Kind) -> Intent | None:
        """Return the configured reply to this kind of message, None for messages that get none."""
        return {Kind.INVITATION: self.invitation, Kind.OFFER: self.offer}.get(kind)


@dataclass(frozen=True)
class ReplyOptions:
    """Per-reply choices from the command line that override the analysis or the policy."""

    lang: str | None = None
    alternatives: tuple[str, ...] = ()
    now: datetime | None = None
    templates: Templates | None = field(default=None, compare=False)


def compose(
    mail: Mail,
    analysis: Analysis,
    intent: Intent,
    identity: Identity | None = None,
    policy: Policy | None = None,
    options: ReplyOptions | None = None,
) -> EmailMessage:
    """Write the reply to a message as a complete draft: headers, text, signature and the quoted original."""
    identity, policy, options = identity or Identity(), policy or Policy(), options or ReplyOptions()
    templates = options.templates or Templates.for_dir(policy.templates_dir)
    wanted = options.lang or analysis.lang
    lang = choose_language(wanted, intent, templates, policy.fallback_language)
    if lang != wanted:
        log.warning("no %s template for %s; replying in %s (fallback language)", intent, wanted, lang)
    context = reply_context(mail, analysis, intent, lang, identity, _merge(policy, options))
    reply = templates.render(intent, lang, context)
    recipient = reply_address(analysis.reply_to)
    text = quoting.assemble(reply, identity.signature, mail, lang, note=None if recipient else NO_RECIPIENT_NOTE)
    message = EmailMessage(policy=DRAFT_POLICY)
    _address_headers(message, mail, identity, recipient)
    _threading_headers(message, mail, options.now)
    _mailtool_headers(message, mail, intent, lang, wanted)
    message.set_content(text, charset="utf-8", cte=_transfer_encoding(text))
    if mail.html:
        html = quoting.html_version(text)
        message.add_alternative(html, subtype="html", charset="utf-8", cte=_transfer_encoding(html))
    return message


def draft_bytes(message: EmailMessage) -> bytes:
    """Return the draft as RFC 5322 bytes (CRLF line ends), as a mail store or --dry-run wants them."""
    return message.as_bytes(policy=DRAFT_POLICY)


def choose_language(wanted: str, intent: Intent, templates: Templates, fallback: str) -> str:
    """Return the language to reply in: the mail's own when templates exist for it, else the fallback."""
    return wanted if templates.source(intent, wanted) else fallback


def reply_context(
    mail: Mail | None, analysis: Analysis, intent: Intent, lang: str, identity: Identity, policy: Policy
) -> dict[str, Any]:
    """Gather what a template may use; optional facts are None (or empty) when the message does not tell."""
    contact = one_line(analysis.contact) or None
    salutation = greeting.salute(lang, contact, mail)
    when = analysis.when if intent.kind is Kind.INVITATION else None
    return {
        "intent": intent.value,
        "lang": lang,
        "greeting": salutation.text,
        "formal": salutation.formal,
        "contact": contact,
        "first_name": salutation.first_name,
        "company": one_line(analysis.company) or None,
        "position": one_line(analysis.position) or None,
        "when": dateformat.format_when(when, lang) if when else None,
        "when_iso": when.strftime("%Y-%m-%dT%H:%M") if when else None,
        "alternatives": [_alternative(text, lang) for text in policy.alternatives if one_line(text)],
        "accepted_elsewhere": policy.accepted_elsewhere,
        "name": one_line(identity.name),
    }


def reply_subject(subject: str) -> str:
    """Return "Re: " and the original subject without the reply and forward prefixes stacked on it."""
    return f"Re: {_SUBJECT_PREFIX.sub('', one_line(subject))}".rstrip()


def one_line(value: str | None) -> str:
    """Return a value from the mail as one line: control characters and line breaks become spaces."""
    return " ".join(_CONTROL.sub(" ", value or "").split())


def reply_address(value: str | None) -> str | None:
    """Return the reply address when it is one plain address, else None (and never a header fragment)."""
    address = one_line(value).strip("<>")
    if address and not _ADDRESS.match(address):
        log.warning("the reply address found in the message is not a plain address; the draft gets no To")
        return None
    return address.lower() or None


def _transfer_encoding(text: str) -> str:
    # 8bit keeps the draft readable (and searchable) as it is; only over-long lines need quoted-printable.
    if any(len(line.encode()) > MAX_LINE for line in text.split("\n")):
        return "quoted-printable"
    return "7bit" if text.isascii() else "8bit"


def _merge(policy: Policy, options: ReplyOptions) -> Policy:
    if not options.alternatives:
        return policy
    return replace(policy, alternatives=options.alternatives)


def _alternative(text: str, lang: str) -> str:
    text = one_line(text)
    if _ISO_TIME.match(text):  # a time given as 2027-01-15 14:00 is written the way the reply's language writes it
        return dateformat.format_when(datetime.fromisoformat(text), lang)
    return text


def _address_headers(message: EmailMessage, mail: Mail, identity: Identity, recipient: str | None) -> None:
    sender = _from_address(mail, identity)
    if sender:
        message["From"] = sender
    else:
        log.warning("no identity configured and the message names no recipient; the draft has no From")
    if recipient:
        message["To"] = HeaderAddress(display_name=_display_name(mail, recipient), addr_spec=recipient)
    message["Subject"] = reply_subject(mail.subject)


def _from_address(mail: Mail, identity: Identity) -> HeaderAddress | None:
    if identity.email:
        return HeaderAddress(display_name=one_line(identity.name), addr_spec=identity.email)
    # Without a configured identity the draft is from the address the message was sent to.
    own = next((a for a in mail.to if reply_address(a.addr)), None)
    return HeaderAddress(display_name=one_line(own.name), addr_spec=own.addr) if own else None


def _display_name(mail: Mail, address: str) -> str:
    known = (*mail.reply_to, *((mail.sender,) if mail.sender else ()), *mail.cc, *mail.to)
    return next((one_line(a.name) for a in known if a.addr.lower() == address and a.name), "")


def _threading_headers(message: EmailMessage, mail: Mail, now: datetime | None) -> None:
    message["Date"] = email.utils.format_datetime(now) if now else email.utils.formatdate(localtime=True)
    message["Message-ID"] = email.utils.make_msgid(domain=_domain(message))
    original = _message_id(mail.message_id)
    references = [ref for ref in (_message_id(r) for r in mail.references) if ref and ref != original]
    if original:
        message["In-Reply-To"] = original
        references.append(original)
    else:
        log.warning("the message has no Message-ID; the draft cannot thread to it")
    if references:
        # Long threads keep the first reference (the thread's root) and the most recent ones.
        kept = references if len(references) <= MAX_REFERENCES else [references[0], *references[-MAX_REFERENCES + 1 :]]
        message["References"] = " ".join(kept)


def _mailtool_headers(message: EmailMessage, mail: Mail, intent: Intent, lang: str, wanted: str) -> None:
    original = _message_id(mail.message_id)
    if original:
        message["X-Mailtool-In-Reply-To"] = original
    message["X-Mailtool-Intent"] = intent.value
    message["X-Mailtool-Language"] = lang
    if lang != wanted:
        message["X-Mailtool-Language-Fallback"] = f"no {one_line(wanted)} template; reply in {lang}"


def _message_id(value: str) -> str:
    value = "".join(one_line(value).split())
    if not value:
        return ""
    return value if value.startswith("<") and value.endswith(">") else f"<{value.strip('<>')}>"


def _domain(message: EmailMessage) -> str:
    sender = message["From"]
    addresses = sender.addresses if sender is not None else ()
    return addresses[0].domain if addresses and addresses[0].domain else "mailtool.invalid"
