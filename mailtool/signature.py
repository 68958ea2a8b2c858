"""Read people's names: the signer of a message, display names and the person behind an address."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from mailtool.model import Mail
from mailtool.orgs import (
    LEGAL_SUFFIX,
    REGION_WORDS,
    domain_of,
    fold,
    fold_spelled,
    is_job_board,
    is_org_word,
    strip_legal,
)

# Name particles written in lower case (or as one capital, like the Irish "Ó") between given name and surname.
_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "af", "av", "zu", "del", "dos", "das",
     "ter", "ten", "y", "bin", "al", "el", "ó", "ní", "mac", "mc", "st."}
)  # fmt: skip
_LOWER_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "zu", "af", "av"})
_GREETINGS = frozenset(
    {"hi", "hello", "dear", "hey", "hej", "hei", "hallo", "liebe", "lieber", "kære", "kjære", "kjaere", "bonjour",
     "hola", "moi", "hyvä", "hyvää", "beste", "geachte", "ciao", "grüezi", "servus", "moin", "god", "ha", "bästa",
     "guten", "sehr", "good", "goede", "goedemorgen", "goedemiddag", "buenos", "buenas", "estimado", "estimada",
     "cher", "chère", "madame", "monsieur", "salut", "morning", "afternoon"}
)  # fmt: skip
# Legal forms written like a name's word ("Friis El ApS", "Kivi Oy"): a line ending in one is a firm, never a person.
_LEGAL_WORDS = frozenset(
    {"aps", "gmbh", "mbh", "ltd", "limited", "inc", "corp", "corporation", "oy", "oyj", "ab", "as", "asa", "llc",
     "llp", "plc", "spa", "srl", "sarl", "bv", "nv", "ag", "kg", "se"}
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
# Compiled by re on first use: only a reply address that names a person asks for it.
_NAME_RUN = r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)+"
# A department or cost-centre code in brackets after a display name: "Lorenz Vanessa (HR/TAR2-Rt)", "[External]".
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# Abbreviated sign-offs written on the same line as the first name: "Bh Mads", "Mvh Kari", "LG Jan", "BR, Anna", "/Eva".
# A role written before the name it labels: "Intervjuare Malin Berg", "Interviewer: Anna Berg", "Ansprechpartnerin
# Eva Roth". Not a title of the person's name, so dropped like the sign-off abbreviations below.
_ROLE_LABEL = re.compile(
    r"^(?:(?:intervjuare|intervjuer|interviewer|interviewers|intervjuere|recruiter|rekryterare|rekrutterer|"
    r"rekrutteringsansvarlig|ansprechpartner(?:in)?|gesprächspartner(?:in)?|kontaktperson|contact|kontakt|"
    r"hr-partner|hr-partnerin|haastattelija|yhteyshenkilö|interlocuteur|interlocutrice|entrevistador(?:a)?|"
    r"contactpersoon|recruiteur|recruteuse)\b:?\s+)+",
    re.IGNORECASE,
)
# A name and the street it stands in: "Bageri Sirap, Skånegatan 41", "Sted: Acme Lørenskog, Solheimveien 62",
# "Acme Optik Södermalm, Götgatan 62". A shop, a practice or an office, never a person. Compiled on first use.
_LOCATED = (
    r"^(?:[^\W\d_]+:[ \t]*)?([^\W\d_][\w'’&.-]*(?:[ \t]+[^\W\d_&][\w'’&.-]*){0,4}),"
    r"[ \t]+[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}[ \t]+\d+[a-zA-Z]?\b"
)
_SIGN_OFF_ABBREVIATION = re.compile(r"^(?:(?:bh|mvh|vh|kh|lg|vg|mfg|br|rgds|kr|mvg|gr)\b[.,]?\s+|/\s*)", re.IGNORECASE)


def is_person_name(text: str) -> bool:
    """Tell whether text is a person's full name: two to five capitalised words, no role or company word."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].casefold() in _GREETINGS or tokens[-1].casefold() in _LEGAL_WORDS:
        return False
    if any(_is_stop(token) for token in tokens):
        return False
    if not (_is_proper(tokens[0]) and _is_proper(tokens[-1])):
        return False
    return all(_is_proper(t) or _INITIAL.match(t) or t.casefold() in _PARTICLES for t in tokens[1:-1])


def is_greeting(word: str) -> bool:
    """Tell whether a word opens a salutation ("Kære", "Dear", "Hallo"): the name after it is the reader's."""
    return word.casefold() in _GREETINGS


def _is_stop(token: str) -> bool:
    word = token.strip(".,")
    return is_org_word(word) or any(is_org_word(part) for part in word.split("-"))


def _is_proper(token: str) -> bool:
    """A capitalised word of letters ("Anna", "Ó", "Ben-David", "O'Neill"), not an acronym ("KTH")."""
    if not _TOKEN.match(token) or not token[0].isupper():
        return False
    return len(token) == 1 or any(ch.islower() for ch in token[1:])


def clean_name(text: str) -> str:
    """Drop titles, bracketed departments and punctuation; turn "Surname, Given" and "SURNAME Given" around."""
    text = " ".join(_BRACKETED.sub(" ", text.replace('"', " ")).split()).strip(" ,;:")
    surname, comma, given = text.partition(",")
    if comma and 1 <= len(given.split()) <= 2 and is_person_name(f"{given.strip()} {surname}"):
        text = f"{given.strip()} {surname.strip()}"
    return _capital_surname_last(_TITLES.sub("", _ROLE_LABEL.sub("", text)).strip())


def _capital_surname_last(text: str) -> str:
    """Turn the French and corporate "GARNIER Thibault" into "Thibault Garnier": the capitals mark the surname.

    A surname with a particle is in capitals whole ("LE GOFF Sophie", "VAN DER BERG Anna").
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or not tokens[0].isupper() or not _is_proper(tokens[-1]):
        return text
    if tokens[-1].casefold() in REGION_WORDS:
        return text  # "ACME Sverige": a brand and its country, no person
    head = tokens[:-1]
    *particles, last = head
    if not all(t.isupper() for t in head) or len(last) <= 2 or any(p.casefold() not in _PARTICLES for p in particles):
        return text
    # Germanic particles stay lower-case ("Anna van der Berg"); Romance ones are written as a part ("Sophie Le Goff").
    surname = [t.lower() if t.casefold() in _LOWER_PARTICLES else t.capitalize() for t in head]
    # Only words that read as a name once capitalised ("GARNIER"), not an acronym with a role ("HR Anna").
    if not _is_proper(surname[-1]) or _is_stop(surname[-1]):
        return text
    return " ".join([tokens[-1], *surname])


def person_name(display: str) -> str | None:
    """Return the full name a display name gives ("Ströbl, Monika" -> "Monika Ströbl"), None for a team."""
    name = clean_name(display)
    return name if is_person_name(name) else None


def relayed_person(mail: Mail) -> str | None:
    """Return the person a job board relays a message from ("Anna Berg via LinkedIn"), None for its own mail."""
    sender = mail.sender
    if sender is None or not is_job_board(domain_of(sender.addr)):
        return None
    head, via, _ = sender.name.rpartition(" via ")
    return person_name(head) if via else None


def signer(
    lines: Sequence[str], hints: Iterable[str] = (), hinted_only: bool = False, not_names: frozenset[str] = frozenset()
) -> str | None:
    """Return the full name that signs a tail of lines, preferring one that matches a hint (display name, address).

    not_names holds folded organisation names: "Corbel Aerospace" signs like a person but is the employer.
    """
    hint_words = {fold(word) for hint in hints for word in re.split(r"[\s._\-+@]+", hint) if len(word) > 1}
    found: list[str] = []
    matching: list[str] = []
    for line in lines:
        if line.rstrip().endswith((",", "!", ":", "?")):  # a salutation or a sentence, not a signature line
            continue
        head = SEGMENT_SPLIT.split(line.strip(), maxsplit=1)[0]
        name = clean_name(_SIGN_OFF_ABBREVIATION.sub("", head.lstrip("-– ")))
        if not is_person_name(name) or _firm(name, lines) or fold(name) in not_names:
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
    # Either word may be the given name: "Lorenz Vanessa" signs as "Vanessa Lorenz" or as "Vanessa".
    words = name.split()
    wanted = {fold(words[0]), fold(words[-1]), fold(name), fold(" ".join(reversed(words)))}
    return any(fold(_SIGN_OFF_ABBREVIATION.sub("", line.strip(" -–,"))) in wanted for line in lines)


def name_for_address(text: str, addr: str) -> str | None:
    """Return the full name written in text that the address's local part spells ("ole.petersen" -> "Ole Petersen")."""
    local = addr.partition("@")[0]
    pieces = [fold(piece) for piece in _LOCAL_PIECES.split(local) if piece and not piece.isdigit()]
    if not pieces or not all(piece.isalpha() for piece in pieces):
        return None
    if len(pieces) == 1:  # "louise@acme.dk": the given name only, completed by the full name the text writes
        return _completed(text, pieces[0])
    wanted = "".join(pieces)
    for words in _name_runs(text):
        for start in range(len(words) - 1):
            if not wanted.startswith(fold(words[start])[:1]):  # most words do not start the name: skip them cheaply
                continue
            for end in range(start + 2, min(len(words), start + 5) + 1):
                candidate = " ".join(words[start:end])
                # Addresses spell "ø" and "ü" as "o"/"u" or as "oe"/"ue" ("sabine.krueger" for Sabine Krüger).
                if wanted in (fold(candidate), fold_spelled(candidate)) and is_person_name(candidate):
                    return candidate
    return None


def _completed(text: str, given: str) -> str | None:
    """Return the first full name the text writes for a given name ("louise" -> "Louise Aagaard")."""
    for words in _name_runs(text):
        for start, word in enumerate(words[:-1]):
            if fold(word) != given:
                continue
            # The longest name from here: "Anna Maria Berg" before "Anna Maria".
            for end in range(min(len(words), start + 4), start + 1, -1):
                candidate = " ".join(words[start:end])
                if is_person_name(candidate):
                    return candidate
    return None


def _name_runs(text: str) -> Iterator[list[str]]:
    for match in re.finditer(_NAME_RUN, text):
        yield match.group().split()


def located(lines: Sequence[str]) -> list[str]:
    """Return the names lines write before a street and number ("Bageri Sirap, Skånegatan 41"): places of business."""
    found = (re.match(_LOCATED, line.strip()) for line in lines if _DIGIT.search(line))
    return [match.group(1) for match in found if match and match.group(1)[:1].isupper()]


def business_names(lines: Sequence[str]) -> frozenset[str]:
    """Return the folded names of the places of business the lines locate, with the site left off as well.

    "Acme Optik Södermalm, Götgatan 62" signs "Acme Optik": a last word that is no word of a kind is the site.
    """
    names = set()
    for name in located(lines):
        words = name.split()
        names.add(fold(name))
        if len(words) > 2 and not is_org_word(words[-1]):
            names.add(fold(" ".join(words[:-1])))
    return frozenset(names)


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
