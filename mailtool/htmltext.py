"""Turn an HTML mail body into the plain text a reader would see, and collect its links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags that end a line, and those that also leave a blank line (a paragraph) behind them.
_LINE = frozenset(
    "address article aside dd div dl dt fieldset figcaption figure footer form header hr li main nav ol pre "
    "section tbody thead tfoot tr ul center".split()
)
_PARAGRAPH = frozenset("p h1 h2 h3 h4 h5 h6 table blockquote".split())
_CELL = frozenset({"td", "th"})
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "xml"})
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b\u200c\u200d\u2007\u2060\ufeff\u034f\u00ad]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden: list[str] = []  # open tags of an element the reader does not see
        self._quote_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden:
            if tag not in _VOID:
                self._hidden.append(tag)
            return
        values = dict(attrs)
        if tag in _HIDDEN or _DISPLAY_NONE.search(values.get("style") or "") or "hidden" in values:
            if tag not in _VOID:
                self._hidden.append(tag)
            return
        if tag == "a":
            self._link(values.get("href") or "")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "blockquote":
            self._quote_depth += 1
        self._break_before(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag in self._hidden:
                while self._hidden.pop() != tag:
                    pass
            return
        if tag == "blockquote":
            self._quote_depth = max(0, self._quote_depth - 1)
        self._break_before(tag)

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        text = _SPACES.sub(" ", data.replace("\r", " ").replace("\n", " "))
        if not text.strip() and (not self.parts or self.parts[-1].endswith((" ", "\n"))):
            return  # whitespace between tags adds nothing
        if self._quote_depth and (not self.parts or self.parts[-1].endswith("\n")):
            text = "> " * self._quote_depth + text.lstrip()
        self.parts.append(text)

    def _link(self, href: str) -> None:
        href = href.strip()
        if href.lower().startswith(("http://", "https://", "mailto:")):
            self.links.append(href)

    def _break_before(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._ensure_newlines(2)
        elif tag in _LINE:
            self._ensure_newlines(1)
        elif tag in _CELL and self.parts and not self.parts[-1].endswith((" ", "\n")):
            self.parts.append(" ")  # cells of one row stay on one line: "Date Tuesday 9 March" "Time 10:00"

    def _ensure_newlines(self, count: int) -> None:
        tail = "".join(self.parts[-3:])
        have = len(tail) - len(tail.rstrip("\n "))
        have = tail[len(tail) - have :].count("\n") if have else 0
        if self.parts and have < count:
            self.parts.append("\n" * (count - have))


def html_to_text(html: str) -> tuple[str, list[str]]:
    """Return the visible text of an HTML document and the URLs of its anchors."""
    builder = _TextBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    lines = (line.strip() for line in "".join(builder.parts).split("\n"))
    text = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", text).strip(), builder.links
