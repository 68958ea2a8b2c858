"""The body of a draft: the reply, the signature, then the original quoted under an attribution line."""

from __future__ import annotations

import html

from mailtool import dateformat
from mailtool.model import Mail

# "On <date>, <name> wrote:" as each language's mail clients write it; {date} is left out when unknown.
_ATTRIBUTION = {
    "en": ("On {date}, {name} wrote:", "{name} wrote:"),
    "nb": ("Den {date} skrev {name}:", "{name} skrev:"),
    "nn": ("Den {date} skreiv {name}:", "{name} skreiv:"),
    "sv": ("Den {date} skrev {name}:", "{name} skrev:"),
    "da": ("Den {date} skrev {name}:", "{name} skrev:"),
    "de": ("Am {date} schrieb {name}:", "{name} schrieb:"),
}


def assemble(reply: str, signature: str, mail: Mail, lang: str, note: str | None = None) -> str:
    """Join the reply, the signature and the quoted original into the draft's text."""
    parts = [note] if note else []
    parts.append(reply.strip("\n"))
    if signature.strip():
        parts.append(_normalise(signature).strip("\n"))
    quoted = quote(mail.text)
    if quoted:
        parts.append(f"{attribution(mail, lang)}\n{quoted}")
    return "\n\n".join(parts) + "\n"


def attribution(mail: Mail, lang: str) -> str:
    """Return the line above the quote naming the original's date and author in the reply's language."""
    with_date, without_date = _ATTRIBUTION.get(lang, _ATTRIBUTION["en"])
    if lang not in _ATTRIBUTION:
        lang = "en"
    name = _author(mail)
    if mail.date is None:
        return without_date.format(name=name)
    return with_date.format(date=dateformat.format_attribution_date(mail.date, lang), name=name)


def quote(text: str) -> str:
    """Quote a text with "> " on every line (">" alone on blank lines, ">>" on lines already quoted)."""
    lines = _normalise(text).strip("\n").split("\n")
    if lines == [""]:
        return ""
    return "\n".join(">" + line if line.startswith(">") or not line else "> " + line for line in lines)


def html_version(text: str) -> str:
    """Return the draft's text as simple HTML: paragraphs as written, the quote as a cited block."""
    reply, quoted = _split_quote(text)
    body = f'<div style="white-space: pre-wrap">{html.escape(reply)}</div>'
    if quoted:
        inner = html.escape("\n".join(line[2:] if line.startswith("> ") else line[1:] for line in quoted))
        body += (
            f'\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
            f'<div style="white-space: pre-wrap">{inner}</div></blockquote>'
        )
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>\n'


def _split_quote(text: str) -> tuple[str, list[str]]:
    lines = text.rstrip("\n").split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(">")), len(lines))
    return "\n".join(lines[:start]).rstrip("\n"), lines[start:]


def _author(mail: Mail) -> str:
    sender = mail.sender or next(iter(mail.reply_to), None)
    if sender is None:
        return "?"  # a message without From: still quoted, under an attribution that says we do not know
    name = " ".join(sender.name.split())
    return f"{name} <{sender.addr}>" if name else sender.addr


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
