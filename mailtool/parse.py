"""Bytes -> Mail: decoded headers, the readable text, calendar parts and attachment names."""

from __future__ import annotations

import email.header
import email.utils
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from email.message import Message

import mailparser

from mailtool import text as textmod
from mailtool.errors import MailParseError
from mailtool.htmltext import html_to_text
from mailtool.model import Address, CalendarEvent, Mail

log = logging.getLogger(__name__)

# mail-parser logs a WARNING for every part it does not manage (text/calendar among them).
logging.getLogger("mailparser").setLevel(logging.ERROR)

_HEADER_LINE = re.compile(rb"^[!-9;-~]+:[ \t]?", re.MULTILINE)
_URL = re.compile(r"""https?://[^\s<>"')\]]+""")
# utf-8 text read as latin-1 or windows-1252 ("Ã¸", "â€“"): the tell-tale of a wrongly declared charset.
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]")
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
MAX_BYTES = 64 * 1024 * 1024


def parse(raw: bytes) -> Mail:
    """Read one RFC 5322 message; raise MailParseError when the bytes are not mail at all."""
    if not isinstance(raw, bytes | bytearray):
        raise MailParseError("expected bytes")
    if len(raw) > MAX_BYTES:
        raise MailParseError(f"message of {len(raw)} bytes is larger than {MAX_BYTES}")
    _check_looks_like_mail(bytes(raw))
    try:
        parsed = mailparser.parse_from_bytes(bytes(raw))
    except Exception as err:  # mail-parser's own errors have no common root
        raise MailParseError(f"not readable as mail: {err}") from err
    return _build(parsed, parsed.message)


def _check_looks_like_mail(raw: bytes) -> None:
    head = raw[:4096].lstrip(b"\r\n\t ")
    if head.startswith(b"From ") and b"\n" in head:  # mbox "From " line before the headers
        head = head.split(b"\n", 1)[1]
    if not head:
        raise MailParseError("empty message")
    if not _HEADER_LINE.match(head):
        raise MailParseError("not an RFC 5322 message: it does not start with a header line")


def _build(parsed: mailparser.MailParser, msg: Message) -> Mail:
    headers = tuple((name.lower(), decode_header(value)) for name, value in msg.items())
    get = dict(reversed(headers)).get  # the first header of a name wins
    plain, html = _bodies(parsed, msg)
    html_text, links = html_to_text(html) if html else ("", [])
    full = plain if plain.strip() else html_text
    split = textmod.split(full)
    return Mail(
        message_id=(get("message-id") or "").strip(),
        subject=_one_line(get("subject") or ""),
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
        links=tuple(dict.fromkeys([*_URL.findall(plain), *links])),
        calendar=tuple(_calendar_events(msg)),
        attachments=tuple(_attachment_names(parsed)),
        defects=tuple(str(d) for d in getattr(parsed, "defects_categories", ()) or ()),
    )


def decode_header(value: object) -> str:
    """Decode an RFC 2047 header value, surviving unknown charsets and broken encoded words."""
    if not isinstance(value, str):
        value = str(value)
    try:
        pieces = email.header.decode_header(value)
    except (ValueError, IndexError, LookupError, AssertionError):
        return _one_line(value)
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, str):
            out.append(chunk)
        else:
            out.append(decode_bytes(chunk, charset))
    joined = "".join(out)
    return repair_mojibake(_one_line(joined))


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode bytes with the declared charset, then utf-8, then windows-1252; never fail."""
    for candidate in (charset, "utf-8", "windows-1252"):
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
            fixed = text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        return fixed
    return text


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _bodies(parsed: mailparser.MailParser, msg: Message) -> tuple[str, str]:
    plain = "\n\n".join(parsed.text_plain)
    html = "\n".join(parsed.text_html)
    if "\ufffd" in plain or "\ufffd" in html:
        plain, html = _redecode_parts(msg, plain, html)
    return repair_mojibake(plain), repair_mojibake(html)


def _redecode_parts(msg: Message, plain: str, html: str) -> tuple[str, str]:
    """Decode text parts again where mail-parser's utf-8 fallback left replacement characters."""
    texts: dict[str, list[str]] = {"plain": [], "html": []}
    for part in _walk(msg):
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        sub = part.get_content_subtype()
        payload = part.get_payload(decode=True)
        if sub in texts and isinstance(payload, bytes):
            texts[sub].append(decode_bytes(payload, part.get_content_charset()))
    new_plain = "\n\n".join(texts["plain"]) or plain
    new_html = "\n".join(texts["html"]) or html
    return new_plain, new_html


def _walk(msg: Message) -> Iterator[Message]:
    try:
        yield from msg.walk()
    except (TypeError, AttributeError, LookupError) as err:
        log.debug("MIME walk stopped early: %s", err)


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    values = [decode_header(v) for v in (msg.get_all(name) or [])]
    try:
        pairs = email.utils.getaddresses(values)
    except (ValueError, IndexError, TypeError):
        return ()
    out = []
    for display, addr in pairs:
        addr = addr.strip().strip("<>").lower()
        if "@" in addr and " " not in addr:
            out.append(Address(_one_line(display).strip("'\" "), addr))
    return tuple(out)


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when


def _attachment_names(parsed: mailparser.MailParser) -> Iterator[str]:
    for att in parsed.attachments or ():
        name = att.get("filename") if isinstance(att, dict) else None
        if name:
            yield decode_header(name)


def _calendar_events(msg: Message) -> Iterator[CalendarEvent]:
    for part in _walk(msg):
        name = (part.get_filename() or "").lower()
        if part.get_content_type() not in _CALENDAR_TYPES and not name.endswith(".ics"):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            yield from _read_calendar(payload)


def _read_calendar(data: bytes) -> Iterator[CalendarEvent]:
    from mailtool.calendar import read_events  # icalendar is imported only for mail that has a calendar

    yield from read_events(data)
