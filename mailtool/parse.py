"""Bytes -> Mail: decoded headers, the readable text, calendar parts and attachment names.

mail-parser parses the message, decodes its text parts and lists its attachments. The standard email package
reaches where mail-parser does not: calendar parts (which mail-parser leaves untyped), and the text of a message
that carries attached messages (mail-parser would count their text as this mail's) or whose declared charset is
wrong (mail-parser's fallback loses the characters).
"""

from __future__ import annotations

import email
import email.header
import email.utils
import html as htmllib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message

import mailparser

from mailtool import text as textmod
from mailtool.errors import MailParseError
from mailtool.htmltext import html_to_text
from mailtool.model import Address, CalendarEvent, Mail

log = logging.getLogger(__name__)

# mail-parser logs a WARNING for every part it does not manage (text/calendar among them): not the user's concern.
logging.getLogger("mailparser").setLevel(logging.ERROR)

_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:", re.MULTILINE)  # obsolete syntax allows "From  :"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg, .doc: an OLE compound file
_URL = re.compile(r"""https?://[^\s<>"')\]]+""")
# utf-8 text read as latin-1 or windows-1252 ("Ã¸", "â€“"): the tell-tale of a wrongly declared charset.
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]")
_HREF = re.compile(r"""\bhref\s*=\s*["']?\s*((?:https?://|mailto:)[^"'\s>]+)""", re.IGNORECASE)
# A replacement character (a charset that failed), or C1 controls (windows-1252 bytes read as latin-1).
_LOSSY = re.compile("[\ufffd\x80-\x9f]")
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
# Mail that declares latin-1 or ascii is in practice windows-1252 (curly quotes, dashes, €): browsers agree.
_CHARSET_ALIASES = {"iso-8859-1": "windows-1252", "latin-1": "windows-1252", "latin1": "windows-1252"}
_CHARSET_ALIASES |= {"us-ascii": "windows-1252", "ascii": "windows-1252", "iso_8859-1": "windows-1252"}
MAX_BYTES = 64 * 1024 * 1024
# A plain part this much shorter than the HTML one is a stub ("view this mail in your browser").
_STUB_CHARS = 200


@dataclass
class _Parts:
    """What the MIME walk collected."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[bytes] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    replaced_characters: bool = False

    @classmethod
    def from_mailparser(cls, parsed: mailparser.MailParser) -> _Parts:
        """Take the text parts and attachment names mail-parser found."""
        plain, html = list(parsed.text_plain), list(parsed.text_html)
        names = [decode_header(a["filename"]) for a in parsed.attachments or () if a.get("filename")]
        lossy = any(_LOSSY.search(text) for text in (*plain, *html))
        return cls(plain=plain, html=html, attachments=names, replaced_characters=lossy)

    def needs_own_walk(self, msg: Message) -> bool:
        """Whether mail-parser's text cannot be used: attached messages, or a charset it could not apply."""
        return self.replaced_characters or any(
            part.get_content_maintype() == "message" for part in msg.walk() if part is not msg
        )


def parse(raw: bytes) -> Mail:
    """Read one RFC 5322 message; raise MailParseError when the bytes are not mail at all."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MailParseError(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if len(raw) > MAX_BYTES:
        raise MailParseError(f"message of {len(raw)} bytes is larger than {MAX_BYTES}")
    _check_looks_like_mail(raw)
    try:
        parsed = mailparser.parse_from_bytes(raw)
        return _build(parsed.message, _Parts.from_mailparser(parsed))
    except Exception as err:  # mail-parser's and email's errors share no root; any of them means "not mail"
        raise MailParseError(f"not readable as mail: {err.__class__.__name__}: {err}") from err


def _check_looks_like_mail(raw: bytes) -> None:
    if raw.startswith(_OLE_MAGIC):
        raise MailParseError("this is an Outlook .msg (OLE) file, not RFC 5322 mail; save the message as .eml")
    head = raw[:4096].lstrip(b"\r\n\t ")
    if head.startswith(b"From ") and b"\n" in head:  # mbox "From " line before the headers
        head = head.split(b"\n", 1)[1]
    if not head:
        raise MailParseError("empty message")
    if not _HEADER_LINE.match(head):
        raise MailParseError("not an RFC 5322 message: it does not start with a header line")


def _build(msg: Message, parts: _Parts) -> Mail:
    headers = tuple((name.lower(), decode_header(value)) for name, value in msg.items())
    get = dict(reversed(headers)).get  # the first header of a name wins
    if parts.needs_own_walk(msg):
        parts = _collect(msg)
    else:
        parts.calendars = list(_calendar_parts(msg))
    full, html, links = _readable_text(parts)
    split = textmod.split(full)
    return Mail(
        message_id=(get("message-id") or "").strip(),
        subject=get("subject") or "",
        sender=next(iter(_addresses(msg, "from")), None),
        reply_to=_addresses(msg, "reply-to"),
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        date=_date(get("date") or ""),
        in_reply_to=(get("in-reply-to") or "").strip(),
        references=tuple((get("references") or "").split()),
        headers=headers,
        text=full,
        html=html,
        new_text=split.new_text,
        quoted_text=split.quoted_text,
        body=split.body,
        signature=split.signature,
        links=tuple(dict.fromkeys([*_URL.findall(full), *links])),
        calendar=tuple(event for data in parts.calendars for event in _read_calendar(data)),
        attachments=tuple(parts.attachments),
        defects=tuple(_defects(msg)),
    )


def _readable_text(parts: _Parts) -> tuple[str, str, list[str]]:
    """Return the text a reader sees (text/plain, else the HTML turned into text), the raw HTML and its links."""
    plain = repair_mojibake("\n\n".join(p for p in parts.plain if p.strip()))
    html = repair_mojibake("\n".join(parts.html))
    stripped = plain.strip()
    if len(stripped) >= _STUB_CHARS or (stripped and not html.strip()):
        # The plain part is the text: only the links of the HTML are needed, and a regex finds them 20x faster.
        return plain, html, [htmllib.unescape(href) for href in _HREF.findall(html)]
    html_text, links = html_to_text(html) if html.strip() else ("", [])
    if not stripped or len(html_text) > 4 * len(stripped):
        return html_text, html, links
    return plain, html, links


def _calendar_parts(msg: Message) -> Iterator[bytes]:
    """Yield the decoded calendar parts (text/calendar, application/ics, *.ics): mail-parser leaves them untyped."""
    for part in _leaf_parts(msg):
        if part.get_content_type() in _CALENDAR_TYPES or _filename(part).lower().endswith(".ics"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                yield payload


def _collect(msg: Message) -> _Parts:
    parts = _Parts(calendars=list(_calendar_parts(msg)))
    for part in _leaf_parts(msg):
        ctype = part.get_content_type()
        name = _filename(part)
        if name or _is_attachment(part):
            if name:
                parts.attachments.append(name)
            continue
        if ctype in ("text/plain", "text/html"):
            (parts.plain if ctype == "text/plain" else parts.html).append(_part_text(part))
    return parts


def _leaf_parts(msg: Message) -> Iterator[Message]:
    """Yield the non-multipart parts, not descending into attached messages (their text is not this mail's)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if part.get_content_maintype() == "message" and part is not msg:
            continue  # an attached message (message/rfc822 counts as multipart, so test it first)
        if part.is_multipart() and isinstance(payload, list):
            stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
        else:
            yield part


def _is_attachment(part: Message) -> bool:
    return str(part.get("content-disposition", "")).strip().lower().startswith("attachment")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError):  # a broken RFC 2231 parameter
        return ""
    return decode_header(name) if name else ""


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        charset = part.get_content_charset()
    except (ValueError, LookupError):
        charset = None
    return decode_bytes(payload, charset)


def decode_header(value: object) -> str:
    """Decode an RFC 2047 header value (or raw 8-bit one), surviving unknown charsets and broken encoded words."""
    try:
        pieces = email.header.decode_header(value if isinstance(value, email.header.Header) else str(value))
    except (ValueError, IndexError, LookupError, AssertionError, TypeError):
        return _one_line(str(value))
    out = [chunk if isinstance(chunk, str) else decode_bytes(chunk, charset) for chunk, charset in pieces]
    if len(pieces) > 1 and any(charset for _chunk, charset in pieces):
        # decode_header drops the folding space between an encoded word and the plain text after it.
        out = [_spaced(chunk, i, pieces) for i, chunk in enumerate(out)]
    return repair_mojibake(_one_line("".join(out)))


def _spaced(chunk: str, i: int, pieces: list[tuple[bytes | str, str | None]]) -> str:
    """Put back the space RFC 2047 keeps between an encoded word and an adjacent unencoded word."""
    if i == 0 or bool(pieces[i - 1][1]) == bool(pieces[i][1]) or chunk[:1].isspace():
        return chunk
    return chunk if chunk[:1] in ".,;:!?)" else " " + chunk


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode bytes with the declared charset, then utf-8, then windows-1252; never fail."""
    declared = (charset or "").strip().strip("\"'").lower()
    for candidate in (_CHARSET_ALIASES.get(declared, declared), "utf-8", "windows-1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeError):
            continue
    return data.decode("latin-1")


def repair_mojibake(text: str) -> str:
    """Undo utf-8 bytes that were read as latin-1 or windows-1252 ("sÃ¸knad" -> "søknad")."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("windows-1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    # Split the raw header first and decode names after: an encoded name may hide a comma ("Berg, Anna").
    values = [decode_header(v) if isinstance(v, email.header.Header) else str(v) for v in msg.get_all(name) or []]
    try:
        pairs = email.utils.getaddresses(values)
    except (ValueError, IndexError, TypeError):
        return ()
    out = []
    for display, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" in addr and " " not in addr:
            out.append(Address(decode_header(display).strip("'\" "), addr))
    return tuple(out)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)  # "-0000": the zone is unknown, UTC is the rule


def _defects(msg: Message) -> Iterator[str]:
    for part in msg.walk():
        for defect in getattr(part, "defects", ()):
            yield type(defect).__name__


def _read_calendar(data: bytes) -> Iterator[CalendarEvent]:
    from mailtool.calendar import read_events  # icalendar is imported only for mail that has a calendar

    yield from read_events(data)
