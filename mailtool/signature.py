"""Read people's names: the signer of a message, display names and the person behind an address."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mailtool.orgs import LEGAL_SUFFIX, fold, is_org_word, strip_legal

# Name particles written in lower case (or as one capital, like the Irish "Ó") between given name and surname.
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "af", "av", "zu", "del", "dos", "das",
     "ter", "ten", "y", "bin", "al", "el", "ó", "ní", "mac", "mc", "st."}
)  # fmt: skip
_GREETINGS = frozenset(
    {"hi", "hello", "dear", "hey", "hej", "hei", "hallo", "liebe", "lieber", "kære", "kjære", "kjaere", "bonjour",
     "hola", "moi", "hyvä", "hyvää", "beste", "geachte", "ciao", "grüezi", "servus", "moin", "god", "ha", "bästa",
     "guten", "sehr", "good", "goede", "goedemorgen", "goedemiddag", "buenos", "buenas", "estimado", "estimada",
     "cher", "chère", "madame", "monsieur", "salut", "morning", "afternoon"}
)  # fmt: skip
# Titles before a name ("Dr.", "Mag.a", "Dipl.-Ing.") and salutations ("Herr", "Ms").
_TITLES = re.compile(
    r"^(?:(?:Dr|Prof|Mag|Mag\.a|Dipl\.-Ing|Dipl\.-Kfm|Dr\.-Ing|Ing|MSc|BSc|MBA|Mr|Mrs|Ms|Mx|Herr|Frau|Fru|Hr)"
    r"\.?(?:\s*\(FH\))?\s+)+"
)
SEGMENT_SPLIT = re.compile(r"\s+[|·•–—-]\s+|\s*[|·•]\s*|,\s+")
_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
_DIGIT = re.compile(r"\d")
_LOCAL_PIECES = re.compile(r"[._\-+]")
_NAME_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,5}")


def is_person_name(text: str) -> bool:
    """Tell whether text is a person's full name: two to five capitalised words, no role or company word."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].casefold() in _GREETINGS:
        return False
    if any(_is_stop(token) for token in tokens):
        return False
    if not (_is_proper(tokens[0]) and _is_proper(tokens[-1])):
        return False
    return all(_is_proper(t) or _INITIAL.match(t) or t.casefold() in _PARTICLES for t in tokens[1:-1])


def _is_stop(token: str) -> bool:
    word = token.strip(".,")
    return is_org_word(word) or any(is_org_word(part) for part in word.split("-"))


def _is_proper(token: str) -> bool:
    """A capitalised word of letters ("Anna", "Ó", "Ben-David", "O'Neill"), not an acronym ("KTH")."""
    if not _TOKEN.match(token) or not token[0].isupper():
        return False
    return len(token) == 1 or any(ch.islower() for ch in token[1:])


def clean_name(text: str) -> str:
    """Drop titles and surrounding punctuation, and turn "Surname, Given" into "Given Surname"."""
    text = " ".join(text.replace('"', " ").split()).strip(" ,;:")
    surname, comma, given = text.partition(",")
    if comma and 1 <= len(given.split()) <= 2 and is_person_name(f"{given.strip()} {surname}"):
        text = f"{given.strip()} {surname.strip()}"
    return _TITLES.sub("", text).strip()


def person_name(display: str) -> str | None:
    """Return the full name a display name gives ("Ströbl, Monika" -> "Monika Ströbl"), None for a team."""
    name = clean_name(display)
    return name if is_person_name(name) else None


def signer(lines: Sequence[str], hints: Iterable[str] = (), hinted_only: bool = False) -> str | None:
    """Return the full name that signs a tail of lines, preferring one that matches a hint (display name, address)."""
    hint_words = {fold(word) for hint in hints for word in re.split(r"[\s._\-+@]+", hint) if len(word) > 1}
    found: list[str] = []
    matching: list[str] = []
    for line in lines:
        if line.rstrip().endswith((",", "!", ":", "?")):  # a salutation or a sentence, not a signature line
            continue
        head = SEGMENT_SPLIT.split(line.strip(), maxsplit=1)[0]
        name = clean_name(head.lstrip("/-– "))
        if not is_person_name(name) or _firm(name, lines):
            continue
        if {fold(w) for w in name.split()} & hint_words:
            matching.append(name)
        elif not _DIGIT.search(line):  # "Premium Plan – 3 sessions £74": a product line, not a signer
            found.append(name)
    return next(iter(matching or ([] if hinted_only else found)), None)


def _firm(name: str, lines: Sequence[str]) -> bool:
    """Tell whether the lines also write a person-like name with a legal form ("Vestby Bygg" and "Vestby Bygg AS")."""
    return any(line.startswith(name) and strip_legal(line.strip()) == name != line.strip() for line in lines)


def signs_as(display: str, lines: Sequence[str]) -> bool:
    """Tell whether a display name is the person who signs the lines (by full name or by first name alone)."""
    name = person_name(display)
    if not name:
        return False
    wanted = {fold(name.split()[0]), fold(name)}
    return any(fold(line.strip(" /-–,")) in wanted for line in lines)


def name_for_address(text: str, addr: str) -> str | None:
    """Return the full name written in text that the address's local part spells ("ole.petersen" -> "Ole Petersen")."""
    local = addr.partition("@")[0]
    pieces = [fold(piece) for piece in _LOCAL_PIECES.split(local) if piece and not piece.isdigit()]
    if len(pieces) < 2 or not all(piece.isalpha() for piece in pieces):
        return None
    wanted = "".join(pieces)
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        for start in range(len(words) - 1):
            for end in range(start + 2, len(words) + 1):
                candidate = " ".join(words[start:end])
                if fold(candidate) == wanted and is_person_name(candidate):
                    return candidate
    return None


def company_line(lines: Sequence[str]) -> str | None:
    """Return the first line (or segment) of a signature that names a company by its legal form ("Acme AB")."""
    for line in lines:
        for segment in SEGMENT_SPLIT.split(line.strip()):
            segment = segment.strip(" ,.;")
            if not LEGAL_SUFFIX.search(segment):
                continue
            stripped = strip_legal(segment)
            if stripped[:1].isupper() and len(stripped.split()) <= 5:
                return stripped
    return None
