"""How a mail writes an organisation's name: the spelling a domain label stands for, at its fullest."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from mailtool import datewords, initials, orgs
from mailtool.signature import SEGMENT_SPLIT, is_person_name

_WORD = re.compile(r"[^\W_][\w&'’.-]*")
# An organisation's name: capitalised words (or "&", "1", "reMarkable"-style camel case) in a row.
NAME = r"(?:[A-ZÆØÅÄÖÜÉÈ]|[a-z]+[A-Z])[\w&'’.-]*(?:[ \t]+(?:[A-ZÆØÅÄÖÜÉÈ&]|\d\b)[\w&'’.-]*)*"
# Capitalised words that follow a preposition without being an employer.
_NOT_EMPLOYER = frozenset(
    {"sie", "ihnen", "ihr", "ihre", "du", "dig", "deg", "dich", "dir", "i", "we", "you", "our", "the", "a", "an",
     "this", "microsoft", "teams", "zoom", "google", "meet", "linkedin", "kunden", "kunde", "unternehmen",
     "firma", "arbeitgeber", "mail", "e-mail", "email", "uhr", "kl", "am", "um", "cv", "position", "stelle",
     "rolle", "role", "stilling", "stillingen", "tjänst", "tjänsten", "job", "jobb", "jobbet", "poste"}
)  # fmt: skip
# Months and weekdays in ten languages by their first three letters: "Mai", "Tirsdag" after "am"/"på" are no employer.
_MONTHS_DAYS = frozenset(
    "jan feb mar apr may mai jun jul aug sep oct okt nov dec des dez mon tue wed thu fri sat sun man tir ons tor fre "
    "lør søn mån tis lör sön die mit don sam son maa tii kes per lau lun mer jeu ven dim din woe vri zat zon".split()
)
# Words of a recruiting function: a name made of nothing else is a team or a system, never the employer.
_GENERIC_WORDS = frozenset(
    {"talent", "talents", "acquisition", "recruiting", "recruitment", "recruiter", "hr", "careers", "career", "people",
     "team", "teams", "rekrytering", "rekruttering", "rekrytointi", "personal", "personalabteilung", "jobs", "job",
     "jobb", "karriere", "karriär", "ura", "werken", "hiring", "human", "resources", "staffing", "bemanning",
     "personalavdelingen", "personalavdelningen", "hr-avdelingen", "hr-avdelningen", "hr-afdelingen", "the", "our"}
)  # fmt: skip
_AT_WORK = (
    r"\b(?:at|ved|hos|bei|bij|chez|på|i|in|joining|considering|(?:applying|applied|application|ansøgning|søknad|"
    r"ansökan|bewerbung|interest)\s+(?:to|til|till|in|bei|an|for|hos))\s+(?:the\s+|der\s+|die\s+)?"
)
_PROSE_WORDS = 6  # a line of this many words is a sentence, not a signature's name line
# Domains spell "ø" and "ü" as "oe" and "ue": only labels holding such a pair are read that way too.
_SPELLED_PAIRS = ("oe", "ae", "aa", "ue")
_SPELLED_LETTERS = re.compile("[øöæäåüØÖÆÄÅÜ]")
_NEXT_WORD = re.compile(r"[ \t]+([\w&./()]+)")
# Public bodies named by a place: "Region Skåne", "Landeshauptstadt Hannover", "City of Leeds", "Malmö stad".
_PUBLIC_BEFORE = (
    r"(?:Region|Gemeente|Stadt|Landkreis|Kreis|Gemeinde|Kommune|Ville de|Comune di|Provincie|City of|County of|"
    r"Municipality of|Statens|Stadtgemeinde|Marktgemeinde|University of|Université de|Universidad de|"
    r"Universität|Universitetet i|Universitetet|Högskolan i|Høgskolen i|Høgskulen i|[A-ZÄÖÜ]\w*stadt)\s+$"
)
_PUBLIC_AFTER = (
    r"^\s+(?:stad|kommun|kommune|Kommune|län|kaupunki|kunta|fylkeskommune|Stadt|Kommun|City Council|"
    r"County Council|Borough Council|Council|Gemeente)\b"
)
# Lower-case words an organisation's name may carry ("Bank of Fjordia", "Høgskulen på Vestlandet", "Oslo kommune").
_NAME_JOINERS = frozenset(
    {"of", "and", "for", "the", "på", "i", "og", "och", "und", "für", "de", "du", "des", "van", "der", "den", "la",
     "le", "y", "et", "af", "av", "zu", "&", "kommune", "kommun", "stad", "fylkeskommune", "län", "kaupunki",
     "kunta", "region"}
)  # fmt: skip
# Words of a job title or a team: a signature line holding one describes the person, not the organisation.
_ROLE_WORDS = frozenset(
    {"manager", "partner", "specialist", "consultant", "director", "officer", "engineer", "lead", "head",
     "coordinator", "advisor", "adviser", "recruiter", "rådgiver", "konsulent", "leder", "chef", "direktør",
     "direktor", "assistant", "analyst", "president", "ceo", "cto", "cfo", "coo", "hr", "talent", "acquisition",
     "recruiting", "recruitment", "rekruttering", "rekrytering", "team", "people", "careers", "career", "jobs",
     "regards", "hilsen", "grüße", "hälsningar", "groet", "terveisin", "www", "tel", "phone", "mobil", "mobile"}
)  # fmt: skip
# Words the organisation list holds for display names that are no kind of organisation ("via", "thanks").
_NOT_KIND = frozenset(
    {"via", "thanks", "cheers", "luck", "bis", "wishes", "support", "info", "noreply", "newsletter", "policy",
     "privacy", "delivery", "system", "subsystem", "administrator", "daemon", "microsoft", "google", "zoom", "meet",
     "teams-besprechung", "office", "human", "resources", "hilsner", "hälsning", "helsing", "groeten", "grüsse",
     "cordialement", "saludos"}
)  # fmt: skip
_PHONE_OR_ADDRESS = re.compile(r"\d\d|@|https?:|www\.")


class Texts(NamedTuple):
    """The places a name can be written, most telling first.

    A NamedTuple rather than a frozen dataclass: as immutable, and a fraction of the cost to define at import.
    """

    head: str  # subject and body: the name the body uses for the employer
    tail: str  # signature and the rest of the new text
    every: str  # also display names and the quoted thread
    sign_lines: tuple[str, ...] = ()  # the last lines of the new text, where a signature names the organisation


def employer_name(raw: str) -> str | None:
    """Return a cleaned organisation name from a phrase match, None for pronouns, dates and places of no use."""
    words = until_sentence_end(raw.split())
    while words and (words[-1].casefold() in _NOT_EMPLOYER or words[-1] == "&"):
        words.pop()
    name = orgs.strip_legal(" ".join(words)).rstrip(".")
    if not name or name.casefold() in _NOT_EMPLOYER or words[0].casefold() in _NOT_EMPLOYER:
        return None
    if name[:3].casefold() in _MONTHS_DAYS and len(name.split()) == 1 and len(name) <= 9:
        return None
    if orgs.is_union(name) or not plausible(name):  # a union's representative sits on panels but does not employ
        return None
    return name if len(name) > 1 else None


def plausible(name: str) -> bool:
    """Tell whether a candidate can be an employer's name: not a date, not a bare recruiting word ("Talent")."""
    words = [w.strip(".,").casefold() for w in name.split()]
    if not words or all(w in _GENERIC_WORDS for w in words):
        return False
    # "Tuesday 9 March", "Friday afternoon", "März 2027": a weekday opens a date; a month with a number is one.
    if words[0] in datewords.WEEKDAY:
        return False
    return not (any(w in datewords.MONTH for w in words) and any(ch.isdigit() for ch in name))


def written_as_org(name: str, text: str) -> bool:
    """Tell whether the text writes a name as a place of work ("ved Midtfyns Gymnasium", "applying to Acme")."""
    # Only words one works or applies at: "to", "for" and "with" also come before people ("write to Ana Ruiz").
    return re.search(_AT_WORK + re.escape(name) + r"(?!\w)", text) is not None


def until_sentence_end(words: list[str]) -> list[str]:
    """Return the words up to a sentence's end: "Grupo Valdemora. Hemos" ends at "Valdemora."; "St. Olavs" goes on."""
    for at, word in enumerate(words[:-1]):
        # Abbreviations ("St.", "Co.", "A.P.") are short or dotted inside; a full word with a full stop ends a sentence.
        if word.endswith(".") and len(word) > 4 and "." not in word[:-1]:
            return words[: at + 1]
    return words


def fullest(label: str, texts: Texts, not_names: Iterable[str] = ()) -> str | None:
    """Return the employer a label names, in the fullest form the mail consistently writes it."""
    # "Kestrel Marine Systems Ltd" in the signature beats the domain's "Kestrel", unless the body also writes
    # "Kestrel" on its own: then that is the name the mail uses.
    name = written(label, texts)
    line = signed(label, texts.sign_lines, not_names)
    if line and (name is None or _always_within(name, line, texts.tail)):
        return line
    return name or line


def org_line(lines: Sequence[str]) -> str | None:
    """Return a signature line naming an organisation by a word of its kind ("Norsk institutt for kystøkologi").

    Team- and system-signed mail ("HR-avdelingen" over the employer's name) gives no person and often no domain.
    """
    for line in lines:
        name = orgs.strip_legal(line.strip())
        words = name.split()
        if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or _PHONE_OR_ADDRESS.search(name):
            continue
        if name.endswith((".", ",", ":", "!", "?")) or not plausible(name):
            continue
        folded = [w.casefold() for w in words]
        if any(w in _ROLE_WORDS or w in _NOT_KIND for w in folded) or not any(map(orgs.is_org_word, folded)):
            continue
        if _name_case(words):
            return name
    return None


def _name_case(words: Sequence[str]) -> bool:
    """Tell whether words are cased as a name: lower-case only joiners, words of its kind and what follows one.

    "Järvenpään kaupunki", "Norsk institutt for kystøkologi"; not "Skickat via ReachMee".
    """
    kind_seen = orgs.is_org_word(words[0])
    for word in words[1:]:
        kind = orgs.is_org_word(word)
        if not (word[:1].isupper() or word.casefold() in _NAME_JOINERS or kind or kind_seen):
            return False
        kind_seen = kind_seen or kind
    return True


def completed(name: str, texts: Texts) -> str:
    """Return the longer name the mail writes around a display or ATS name, where it always does.

    A sender's display name is how the employer names itself; a longer form only in the signature ("Acme Forsikring")
    is its legal or local entity. The subject or a sentence writing the longer form makes it the name in use.
    """
    line = signed(orgs.fold(name), texts.sign_lines)
    if not line or line == name or not _always_within(name, line, texts.tail):
        return name
    subject, _, body = texts.head.partition("\n")
    in_prose = line in subject or any(line in row and len(row.split()) >= _PROSE_WORDS for row in body.splitlines())
    return line if in_prose else name


def _always_within(name: str, line: str, text: str) -> bool:
    """Tell whether every time the text writes name, it writes the longer line around it ("SpareBank 1 SMN")."""
    at = line.find(name)
    if at < 0:
        return False
    left, right = line[:at], line[at + len(name) :]
    # "Acme Group" is a whole name; "Acme Group Bank AG" is the legal entity of one of its parts.
    if right and (orgs.fold(name.split()[-1]) in orgs.GROUP_WORDS or not _names_more(right, len(name.split()) > 1)):
        return False
    # Words before a brand the domain spells ("Robert Acme GmbH" of acme.com) make the founder's registered name,
    # not the one people use; a place before a bank ("Agder Kystbank") or an abbreviation ("SMN" of "Sparebank 1
    # SMN") is part of the name.
    if left and not _abbreviation(name) and is_person_name(line[: at + len(name)].strip()):
        return False
    # "Acmes rekryteringssystem", "Acme's": the genitive writes the short name on its own as well.
    for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?:s|'s|’s)?(?![\w-])", text):
        if not text[: match.start()].endswith(left) or not re.match(re.escape(right) + r"(?!\w)", text[match.end() :]):
            return False
    return True


def signed(label: str, lines: Sequence[str], not_names: Iterable[str] = ()) -> str | None:
    """Return the signature line (or segment) that names the organisation a label spells, without its legal form."""
    target = orgs.fold(label)
    excluded = {orgs.fold(name) for name in not_names}
    for line in lines:
        if target[:4] not in orgs.fold(line):  # most lines do not spell the label at all: skip them cheaply
            continue
        for segment in SEGMENT_SPLIT.split(line.strip()):
            name = orgs.strip_legal(segment.strip(" ,;"))
            if _org_segment(name, target) and orgs.fold(name) not in excluded:
                return name
    return None


def _org_segment(name: str, target: str) -> bool:
    """Tell whether a short line is an organisation's name that contains the label's spelling."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or name.endswith((":", "?", "!")):
        return False
    # "Place: Acme, Dock Road 4" labels a line; "Bundesamt für X (BfS)" is known by the short name it defines.
    if _PHONE_OR_ADDRESS.search(name) or ":" in name or "(" in name or any(w.casefold() in _ROLE_WORDS for w in words):
        return False
    span = _label_span(words, target)
    if span is None:
        return False
    # Lower-case words outside the label's own spelling ("Velkommen til Acme", "Acme is hiring") make it a
    # sentence, not a name.
    rest = [*words[: span[0]], *words[span[1] :]]
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _NAME_JOINERS for w in rest)


def _label_span(words: Sequence[str], target: str) -> tuple[int, int] | None:
    """Return the words (start, end) that spell the label, None when the words do not spell it."""
    for i, word in enumerate(words):
        head = orgs.fold(word)
        # The name's word starts the label ("hannover" of "hannover-stadt").
        if len(head) >= 4 and target.startswith(head):
            return i, i + 1
        # The label spells the start of the name ("vandijk-installatie" in "Van Dijk Installatietechniek").
        run = ""
        for j in range(i, len(words)):
            run += orgs.fold(words[j])
            if run.startswith(target):
                return i, j + 1
            if not target.startswith(run):
                break
    return None


def _names_more(words: str, spelled_in_full: bool) -> bool:
    """Tell whether words after a name belong to it ("Systems", "Coromant"), not only say where ("Nordic")."""
    # A domain that spells several words ("acme-rail") spells the whole distinctive name: only a word of the
    # organisation's kind ("Systems") may follow, not a site ("Hamar"). A one-word domain is often the group's
    # short brand, which the division's own word completes ("Acme Coromant"). Capitals ("CV") code an entity.
    kept = [w for w in words.split() if w.casefold() not in orgs.REGION_WORDS and not w.isupper()]
    if spelled_in_full:  # "TÜV SÜD Industrie Service" is a division: "Industrie" is no word of a kind
        return bool(kept) and len(kept) == len(words.split()) and all(orgs.is_org_word(w) for w in kept)
    return any(w[:1].isalpha() for w in kept)


def _abbreviation(name: str) -> bool:
    """Tell whether a name is written as an abbreviation: one short word in capitals ("SMN", "DSV")."""
    return len(name) <= 4 and name.isupper()


def written(label: str, texts: Texts) -> str | None:
    """Return how the mail writes the organisation a domain label names ("soprasteria" -> "Sopra Steria")."""
    target = orgs.fold(label)
    # Domains spell "ø" and "ü" as "oe" and "ue" ("boelgemedier" for Bølge Medier): read the words so as well.
    spelled = any(pair in target for pair in _SPELLED_PAIRS)
    # A shorter name only counts where the mail itself writes it, not in display names or the quoted thread.
    for text, short_too in ((texts.head, True), (texts.tail, True), (texts.every, False)):
        exact, prefix = _spans(target, text, orgs.fold)
        if not exact and spelled and _SPELLED_LETTERS.search(text):
            exact = _spans(target, text, orgs.fold_spelled)[0]
        found = exact or (prefix if short_too else None)
        if found:
            return _public_name(exact or _with_kind(found, target, texts), text)
    # "kk" of Københavns Kommune: the signature (else the body) writes the name a short label's initials spell.
    return initials.expand(target, texts.sign_lines, texts.head) if 2 <= len(target) <= 3 else None


def _with_kind(short: str, target: str, texts: Texts) -> str:
    """Return the signature's fuller name when it adds only words of a kind to the short one the body writes
    ("Acme" in the subject, "Acme Friskole" signed, the domain "acme-friskole"); else the short name."""
    full = _spans(target, texts.tail, orgs.fold)[0] or _spans(target, texts.tail, orgs.fold_spelled)[0]
    if not full or not full.startswith(short + " "):
        return short
    return full if all(orgs.is_org_word(word) for word in full[len(short) :].split()) else short


def _spans(target: str, text: str, fold: Callable[[str], str]) -> tuple[str | None, str | None]:
    """Return the first run of words spelling target exactly (else cut short), and the first spelling a prefix of it."""
    words = list(_WORD.finditer(text))
    prefix: str | None = None
    truncated: str | None = None
    for i, first in enumerate(words):
        if fold(first.group())[:1] != target[:1]:
            continue
        joined = ""
        for j in range(i, min(i + 4, len(words))):
            before = len(joined)
            joined += fold(words[j].group())
            span = text[first.start() : words[j].end()].rstrip(".-")
            if joined == target and _capitalised(span):
                return span, prefix
            if truncated is None and j > i and _cut_short(target, joined, before) and _all_capitalised(span):
                truncated = span
            if not target.startswith(joined):
                break
            if (
                prefix is None
                and j == i
                and len(joined) >= 4
                and _capitalised(span)
                and _stands_alone(text, span, first.end())
            ):
                prefix = span
    return truncated, prefix


def _cut_short(target: str, joined: str, before: int) -> bool:
    """Tell whether a domain spells words but cuts the last one short: "fyrtornspel" of "Fyrtorn Spelstudio"."""
    return joined.startswith(target) and joined != target and len(target) - before >= 3


def _all_capitalised(span: str) -> bool:
    return "\n" not in span and all(word[:1].isupper() for word in span.split())


def _stands_alone(text: str, span: str, end: int) -> bool:
    """Tell whether a word is used as a name by itself ("an Stadler.", "Vaillant GmbH"), not "Erste Campus"."""
    after = _NEXT_WORD.match(text, end)
    if after and re.fullmatch(r"\d{1,4}[a-zA-Z]?,?", after.group(1)):
        return False  # "Acmevej 4, 5700 Byen": a street the employer is named after, not the name itself
    return not after or not after.group(1)[:1].isupper() or orgs.strip_legal(f"{span} {after.group(1)}") == span


def _capitalised(span: str) -> bool:
    return any(ch.isupper() for ch in span) and "\n" not in span


def _public_name(name: str, text: str) -> str:
    """Extend a place to the public body's name the text writes: "Malmö" -> "Malmö stad", "Region Skåne"."""
    at = text.find(name)
    after = re.match(_PUBLIC_AFTER, text[at + len(name) :])
    if after:
        return name + after.group()
    before = re.search(_PUBLIC_BEFORE, text[max(0, at - 20) : at])
    return before.group() + name if before else name
