"""How a cue family is split into alternatives, and which of them can match a text without running them.

Each alternative starts with one of a few literal keys (or with something not known). Testing every key of every
family with `key in text` was most of the classifier's time. A key can only occur where its first four
characters do: the four-character windows of a text are gathered once, in C (a text is read by many families),
and each family tests only the keys whose window the text holds. The windows are UTF-16 code units read as
64-bit integers: a substring of a text is a substring of its UTF-16 bytes at an even offset.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

_META = frozenset("\\.[](){}*+?|^$")
_WINDOW = 8  # bytes: four UTF-16 code units
# Longer texts are searched key by key: their windows would take memory in proportion (a 64 MiB mail).
_INDEXED_CHARS = 50_000


class Gate:
    """The literal keys of a family's alternatives, indexed by their first four characters."""

    def __init__(self, keys_per_part: Sequence[list[str] | None]) -> None:
        always: list[int] = []
        short: list[tuple[int, str]] = []
        by_window: dict[int, list[tuple[int, str]]] = {}
        for index, keys in enumerate(keys_per_part):
            if keys is None:  # a start not known: always run
                always.append(index)
                continue
            for key in keys:
                data = _utf16(key)
                if len(data) < _WINDOW:
                    short.append((index, key))
                else:
                    by_window.setdefault(memoryview(data[:_WINDOW]).cast("Q")[0], []).append((index, key))
        self._always = frozenset(always)
        self._short = tuple(short)
        self._by_window = by_window

    def open_parts(self, text: str) -> list[int]:
        """Return, in order, the indices of the alternatives one of whose keys occurs in the text (or unknown)."""
        hits = set(self._always)
        for index, key in self._short:
            if key in text:
                hits.add(index)
        by_window = self._by_window
        candidates = by_window.keys() & windows(text) if len(text) <= _INDEXED_CHARS else by_window.keys()
        for window in candidates:  # a set operation in C: most keys are never looked at
            for index, key in by_window[window]:
                if index not in hits and key in text:
                    hits.add(index)
        return sorted(hits)  # the order of the alternatives: matches of equal start keep the order they had


# The families ask about the same few texts of one message in turn: a handful of them is enough to keep.
@functools.lru_cache(maxsize=16)
def windows(text: str) -> AbstractSet[int]:
    """Return the four-character windows of a text, as integers."""
    data = memoryview(_utf16(text))
    found: set[int] = set()
    for offset in range(0, _WINDOW, 2):
        usable = (len(data) - offset) // _WINDOW * _WINDOW
        found.update(data[offset : offset + usable].cast("Q"))
    return found


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")  # a lone surrogate (mail decoded with errors) is kept


def alternatives(sources: tuple[str, ...]) -> list[str]:
    """Split the sources into top-level alternatives, each without a leading \\b, literal leading groups spread."""
    return [alt for part in sources for top in _top_level(part) for alt in _expand(top.removeprefix(r"\b"))]


def _top_level(source: str) -> Iterator[str]:
    """Split a regex source at its top-level "|"."""
    depth, start, escaped, in_class = 0, 0, False, False
    for index, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            yield source[start:index]
            start = index + 1
    yield source[start:]


def _expand(alternative: str) -> list[str]:
    """Spread a leading group of literal words over the rest: "(?:a|b)x" -> ["ax", "bx"], each fast to scan."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative)
    rest = alternative[end + 1 :]
    inner = list(_top_level(alternative[3:end]))
    if end < 0 or rest[:1] in ("?", "*", "+", "{") or not all(_literal_prefix(alt) for alt in inner):
        return [alternative]
    return [alt + rest for alt in inner]


def literal_starts(alternative: str) -> list[str] | None:
    """Return the literal texts one of which any match of the alternative starts with, or None."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        if end < 0 or alternative[end + 1 : end + 2] in ("?", "*", "{"):
            return None
        inner = [_literal_prefix(alt) for alt in _top_level(alternative[3:end])]
        return None if any(not key for key in inner) else inner
    prefix = _literal_prefix(alternative)
    return [prefix] if prefix else None


def _literal_prefix(alternative: str) -> str:
    index = 0
    while index < len(alternative) and alternative[index] not in _META:
        index += 1
    optional = alternative[index : index + 1] in ("?", "*", "{")
    return alternative[: index - 1 if optional else index]


def _group_end(source: str) -> int:
    depth = 0
    for index, char in enumerate(source):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return index
    return -1
