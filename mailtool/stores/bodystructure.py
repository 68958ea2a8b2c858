"""Read an IMAP BODYSTRUCTURE: which parts a decision needs, what to FETCH, and how to rebuild a message from them.

A large message is read without its attachments: the headers, the text parts (text/plain, text/html, calendar),
and the MIME headers of every other part. The rebuilt message keeps the original tree and boundaries, so
`mailtool.parse` sees the same text, the same attachment names (offer-letter.pdf, with no content) and the same
calendar as in the whole message.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

PART_CAP = 512 * 1024
"""The most bytes read of one text part: a decision never needs more, and a 50 MB "text" part is not read."""
MAX_PARTS = 256
"""More parts than this is no mail a person wrote: read it another way (see the caller's fallback)."""
_TEXT_TYPES = frozenset({"text/plain", "text/html"})
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})


class OddStructure(ValueError):
    """The server's BODYSTRUCTURE is not one this module can walk."""


@dataclass(frozen=True)
class Leaf:
    """A part that is not multipart: its content is fetched (`content`), or it becomes an empty placeholder."""

    path: str
    """The IMAP part number ("1.2"); "" for the body of a single-part message."""
    content: bool


@dataclass(frozen=True)
class Multi:
    """A multipart part, rebuilt with its original boundary."""

    path: str
    """The IMAP part number; "" for the message itself."""
    boundary: bytes
    children: tuple[Leaf | Multi, ...]


Node = Leaf | Multi


def plan(structure: object) -> Node:
    """Walk a BODYSTRUCTURE (imapclient's BodyData) into the tree of parts to fetch; raise OddStructure."""
    try:
        root = _node(structure, "")
    except (IndexError, TypeError, AttributeError, UnicodeDecodeError) as err:
        raise OddStructure(f"unexpected BODYSTRUCTURE: {type(err).__name__}: {err}") from err
    if sum(1 for _ in _walk(root)) > MAX_PARTS:
        raise OddStructure(f"more than {MAX_PARTS} parts")
    return root


def _node(body: object, path: str) -> Node:
    if not isinstance(body, Sequence) or isinstance(body, bytes | str) or not body:
        raise OddStructure(f"part {path or 'TEXT'} is {type(body).__name__}, not a list")
    if isinstance(body[0], list):  # multipart: imapclient nests the children in a list
        return _multi(body[0], body, path)
    ctype = f"{_text(body[0])}/{_text(body[1])}".lower()
    return Leaf(path, _wanted(ctype, _disposition(body, ctype), _names(body)))


def _multi(children: list[object], body: Sequence[object], path: str) -> Multi:
    boundary = _params(body[2]).get("boundary", b"")
    if not boundary or not children:
        raise OddStructure(f"multipart {path or 'message'} without boundary or parts")
    prefix = f"{path}." if path else ""
    return Multi(path, boundary, tuple(_node(child, f"{prefix}{i}") for i, child in enumerate(children, 1)))


def _wanted(ctype: str, disposition: str, names: list[str]) -> bool:
    """Whether the decision reads this part's content, as mailtool.parse (and mail-parser) would."""
    if ctype in _CALENDAR_TYPES or any(name.lower().endswith(".ics") for name in names):
        return True
    if ctype not in _TEXT_TYPES or disposition == "attachment":
        return False
    # A named text part is an attachment, unless it is marked inline (mail-parser then reads it as body text).
    return not names or disposition == "inline"


def _disposition(body: Sequence[object], ctype: str) -> str:
    value = _extension(body, ctype, 0)
    if isinstance(value, Sequence) and not isinstance(value, bytes | str) and value:
        return _text(value[0]).lower()
    return ""


def _names(body: Sequence[object]) -> list[str]:
    """The file names a part carries (Content-Type name, Content-Disposition filename, RFC 2231 forms)."""
    params = dict(_params(body[2]))
    ctype = f"{_text(body[0])}/{_text(body[1])}".lower()
    value = _extension(body, ctype, 0)
    if isinstance(value, Sequence) and not isinstance(value, bytes | str) and len(value) > 1:
        params.update(_params(value[1]))
    return [_text(v) for k, v in params.items() if k.startswith(("name", "filename"))]


def _extension(body: Sequence[object], ctype: str, index: int) -> object:
    """Return an extension field (0: disposition) of a single part: its place depends on the type (RFC 3501)."""
    if ctype == "message/rfc822":
        first = 11
    elif ctype.startswith("text/"):
        first = 9
    else:
        first = 8
    return body[first + index] if len(body) > first + index else None


def _params(value: object) -> dict[str, bytes]:
    """Read a parameter list (key, value, key, value ...); NIL is none."""
    if not isinstance(value, Sequence) or isinstance(value, bytes | str):
        return {}
    items = list(value)
    return {_text(k).lower(): _raw(v) for k, v in zip(items[::2], items[1::2], strict=False)}


def _text(value: object) -> str:
    return _raw(value).decode("utf-8", errors="replace")


def _raw(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", errors="replace")
    if value is None:
        return b""
    raise OddStructure(f"expected a string, got {type(value).__name__}")


def _walk(node: Node) -> list[Node]:
    if isinstance(node, Leaf):
        return [node]
    return [node, *(n for child in node.children for n in _walk(child))]


def fetch_items(root: Node, cap: int = PART_CAP) -> list[str]:
    """Return the FETCH items that read what `root` needs: the header, each part's MIME header, the text parts."""
    items = ["BODY.PEEK[HEADER]"]
    for node in _walk(root):
        if node.path:
            items.append(f"BODY.PEEK[{node.path}.MIME]")
        if isinstance(node, Leaf) and node.content:
            items.append(f"BODY.PEEK[{_section(node)}]<0.{cap}>")
    return items


def _section(leaf: Leaf) -> str:
    return leaf.path or "TEXT"


def rebuild(root: Node, data: Mapping[bytes, object], cap: int = PART_CAP) -> bytes:
    """Rebuild the message from a FETCH response of fetch_items(root): the same tree, attachments left empty."""
    return header_block(_item(data, b"BODY[HEADER]")) + _body(root, data, cap)


def _body(node: Node, data: Mapping[bytes, object], cap: int) -> bytes:
    if isinstance(node, Leaf):
        if not node.content:
            return b""
        return trim(_item(data, f"BODY[{_section(node)}]<0>".encode()), cap)
    out = []
    for child in node.children:
        mime = header_block(_item(data, f"BODY[{child.path}.MIME]".encode()))
        # The CRLF before a delimiter belongs to the delimiter (RFC 2046), not to the part's content.
        out += [b"--", node.boundary, b"\r\n", mime, _body(child, data, cap), b"\r\n"]
    out += [b"--", node.boundary, b"--\r\n"]
    return b"".join(out)


def _item(data: Mapping[bytes, object], key: bytes) -> bytes:
    value = data.get(key)
    if value is None:  # NIL: the server has no such section; an empty one parses the same
        return b""
    if not isinstance(value, bytes):
        raise OddStructure(f"{key.decode()} is {type(value).__name__}, not bytes")
    return value


def header_block(header: bytes) -> bytes:
    """End a header block with its blank line, so that the content after it is never read as a header."""
    if not header.strip():
        return b"\r\n"
    if header.endswith((b"\r\n\r\n", b"\n\n")):
        return header
    return header.rstrip(b"\r\n") + b"\r\n\r\n"


def trim(content: bytes, cap: int) -> bytes:
    """Cut a part read up to `cap` bytes at its last line break, so no base64 quantum or character is split."""
    if len(content) < cap:
        return content
    end = content.rfind(b"\n")
    return content[: end + 1] if end > 0 else content
