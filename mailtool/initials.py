"""Names a short domain label abbreviates: "hv" for "Högskolan i Vänerstad", "kystdir" for "Kystdirektoratet".

Public bodies, schools and universities write from initialisms ("esw-freiburg.de") or clipped words
("kystdir.no") while the mail writes the name in full. A label spells a name when it splits into pieces, each
the start of one of the name's words, every word used once; small joining words ("i", "for", "am") are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import permutations

from mailtool import orgs
from mailtool.signature import is_greeting, is_person_name

# Lower-case words inside a name that an initialism skips ("Högskolan i Vänerstad", "Schule am Wehrberg").
_JOINERS = frozenset(
    {"i", "in", "im", "for", "för", "af", "av", "am", "an", "auf", "der", "die", "das", "des", "du", "de",
     "la", "le", "les", "of", "and", "the", "og", "och", "und", "et", "y", "på", "zu", "zum", "zur", "van", "voor",
     "til", "till", "für", "à", "aux", "en", "del", "di", "ved", "vid"}
)  # fmt: skip
_CHUNK = r"[^,;:()\[\]|·•\n]+"
_WORD = r"[^\W\d_][\w'’-]*"
_MAX_WORDS = 6  # "Direktoratet for samfunnssikkerhet og beredskap": longer runs are sentences
_CLIPPED = 3  # a clipped word keeps at least this much of itself ("kyst", "dir"), in any order


def expand(label: str, lines: Sequence[str], head: str) -> str | None:
    """Return the name the signature (else the body) writes that a label abbreviates, None when none does."""
    target = orgs.fold(label)
    if not 2 <= len(target) <= 12 or not target.isalpha():
        return None
    for text in ("\n".join(lines), head):
        for words in _runs(text):
            if _spells(target, words):
                return orgs.strip_legal(" ".join(words))
    return None


def _runs(text: str) -> Iterator[list[str]]:
    """Yield runs of words that may be a name: from a capitalised word to a word that is no joiner."""
    for chunk in re.findall(_CHUNK, text):
        words = re.findall(_WORD, chunk)
        for start, first in enumerate(words):
            if not first[:1].isupper() or is_greeting(first):
                continue
            for end in range(start + 2, min(len(words), start + _MAX_WORDS) + 1):
                if words[end - 1].casefold() not in _JOINERS:
                    yield words[start:end]


def _spells(target: str, words: Sequence[str]) -> bool:
    """Tell whether target abbreviates the words: initials in order, or clipped words in any order."""
    content = [w for w in words if w.casefold() not in _JOINERS]
    if len(content) < 2:
        return False
    folded = [orgs.fold(w) for w in content]
    # Single letters are initials of capitalised words only: "Vi har glede" is no name.
    if all(w[:1].isupper() for w in content) and _pieces(target, folded, 1):
        return not is_person_name(" ".join(words))
    if len(target) < _CLIPPED * 2 or len(folded) > _CLIPPED:  # a few words only: their orders multiply
        return False
    if not any(word.startswith(target[:_CLIPPED]) for word in folded):  # most runs: no word starts the label
        return False
    return any(_pieces(target, order, _CLIPPED) for order in permutations(folded)) and not is_person_name(
        " ".join(words)
    )


def _pieces(target: str, words: Sequence[str], least: int) -> bool:
    """Tell whether target splits into starts of the words in order, each at least `least` letters long."""
    if not words:
        return not target
    head, rest = words[0], words[1:]
    for size in range(min(len(head), len(target)), least - 1, -1):
        if head[:size] == target[:size] and _pieces(target[size:], rest, least):
            return True
    return False
