"""Cut a title candidate where the title ends: at a sentence end, a company or place marker, a date, a verb."""

from __future__ import annotations

import re

from mailtool.datewords import MONTH, RELATIVE, WEEKDAY
from mailtool.lazyre import lazy

# Words that always end a title: company and time markers, relative pronouns, verbs, pronouns, articles.
_HARD_STOP = frozenset(
    """at @ hos hjå bei bij chez via with med mit avec con met from fra från frå von by on am um im zum zur beim ab
    per para pour dans au aux à sur naar till til to zu which that who where whom som der die das dem den des
    the a an our your their his her its vores vår vårt våre vårat din ditt dine deres unserem unserer unseres
    ihrem ihrer ihr ihre ihren ihres unser unsere unseren dein deine deinen deinem deiner euer eure jeres
    notre nos votre vos nuestro nuestra su sus ons onze uw je jouw you we vi wir nous vous jeg jag
    ich je yo is er är ist est es was var har hat has have kan will vil ska skal skall wird sind sont starts
    starting beginning during under efter nach après después after before når när wenn when if om
    vill ville skulle kommer would could möchten möchte würden werden haben hemos hebben willen zouden voudrions
    aimerions ønsker önskar gerne gärna gjerne""".split()
)
# Adjectives before a title that say the hire is new, not what the job is ("som ny salgssjef", "our next Frontend
# Engineer"): dropped when written in lower case ("New Business Manager" is a title of its own).
_NEW = frozenset(
    """ny nye nytt new next neue neuen neuer neuem neues nieuwe nieuw nouveau nouvel nouvelle nuevo nueva uusi
    kommende kommande future framtida fremtidig fremtidige tuleva""".split()
)
# Nordic prepositions of place: a noun in the definite form after them names a site or unit ("ved anlegget",
# "på socialförvaltningen", "i butikken"), where an indefinite one names a field ("lektor i sjukepleie").
_NORDIC_PLACE = frozenset("i ved vid på inom innen innan".split())
_DEFINITE = ("et", "en", "ene", "erne", "erna", "arna", "orna")
# Nouns in "-het"/"-hed" are indefinite though they end in "-et" ("rådgiver i informasjonssikkerhet").
_NOT_DEFINITE = ("het", "hed")
# "til"/"till" name the purpose of a job in a subject or a field line, where the title stands alone
# ("Laborant til kvalitetskontrol"); in running text they lead on to the employer or the team.
_PURPOSE = frozenset("til till".split())
# A reference code written before or after the title ("ALD-04712 Research Software Engineer", "R0047123").
_CODE = lazy(r"(?=(?:\D*\d){3})(?!(?:19|20)\d\d$)[#A-Za-z]{0,8}[-_/.#]?\d[\w/.-]*")
# Prepositions that join a field to a title ("lektor i sjukepleie") but a place or unit when a capital, a
# number or a determiner follows ("i Vejle", "ved Intensivavdelingen", "inom Large Corporates").
_PLACE_PREP = frozenset("i in inom innen innan ved vid på en within dentro".split())
# "for" joins a field ("Elektroniker für Betriebstechnik") unless a determiner follows ("for our team").
_FOR = frozenset("for för für voor".split())
# Words that join two parts of one title.
_JOINERS = frozenset("of and & und og och ja et y / – - de du van".split())
# Particles of Dutch and German separable verbs that follow the title they govern ("bieden je de functie van X
# aan", "bieten Ihnen die Stelle als X an"): never the last word of a title.
_PARTICLES = frozenset("aan op af uit mee toe an ein vor".split())
# Words a subject may drop from a title without changing it.
SMALL_WORDS = _PLACE_PREP | _FOR | _JOINERS
# After "i"/"in"/"ved", a unit noun ("i teamet", "in der Abteilung") names where the job sits, not what it is.
_UNIT = lazy(
    r"(?:team|avdel|afdel|abteil|department|division|divisjon|enhet|seksjon|sektion|gruppe|group|"
    r"kontor|office|forretningsområde|bereich|équipe|equipo|afdeling)",
    re.I,
)
# A sentence end, a dash before lower case, a quote, or a symbol or emoji ("som ny salgssjef 🙌").
_SENTENCE_END = lazy(r"[.!?;:](?:\s|$)|\s[–—-]\s+(?=[a-zæøåäöüé])|[\"“”«»„]|[\u2190-\u2bff\U0001f000-\U0001faff]")
# Reference numbers ("(ref. 4612203881)", "(R0047123)") and terms in lower case ("(vikariat 12 måneder)").
_REFERENCE = lazy(
    r"\s*\((?=[^)]*\d)(?:[^)%]*\b(?:ref|req|requisition|id|nr|no\.|kennziffer|hakunumero|referentie|référence|referencia)\b[^)]*|[^)\s%]*\d{3,}[^)%]*)\)",
    re.I,
)
_TERMS = lazy(r"\s*\([a-zæøåäöü][^()/]*\s[^()]*\)")


def trim(raw: str, lang: str, *, keep_comma: bool = False) -> str | None:
    """Cut a title candidate where the title ends: at a sentence end, a comma, a company or place marker."""
    raw = _TERMS.sub("", _REFERENCE.sub("", raw))
    cut = _SENTENCE_END.search(raw)
    text = raw[: cut.start()] if cut else raw
    if not keep_comma:
        text = text.partition(",")[0]
    tokens = _tokens(text)
    kept = _walk(tokens, lang)
    while kept and kept[-1].casefold() in _JOINERS | _PLACE_PREP | _FOR | _PARTICLES:
        kept.pop()
    _drop_leading(kept)
    if lang == "nl" and len(kept) == len(tokens) > 1 and kept[0][:1].isupper() and kept[-1][:1].islower():
        kept.pop()  # Dutch puts the verb last: "de functie van Adviseur ontvangen"
    title = " ".join(kept).strip(" \t'’\"“”«»,.-–")
    return title if _plausible(title) else None


def _tokens(text: str) -> list[str]:
    # A parenthesised group is one token, so that "(m/w/d)" and "(Go)" stay whole.
    # A group glued to its word ("Ingénieur(e)", "Entwickler(in)") stays with it.
    return re.findall(r"[^\s()]*\([^()]*\)[^\s()]*|[^\s()]+", text)


def _walk(tokens: list[str], lang: str) -> list[str]:
    kept: list[str] = []
    capital_title = bool(tokens) and tokens[0][:1].isupper()
    for i, token in enumerate(tokens[:12]):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if kept and _ends_before(token, following, lang, capital_title):
            break
        kept.append(token)
    return kept


def _ends_before(token: str, following: str, lang: str, capital_title: bool) -> bool:
    """Tell whether the title ends before this word (the words before it are kept)."""
    word = token.casefold()
    if word in _PURPOSE and lang == "xx":
        return _starts_unit(following) or following.casefold() in _HARD_STOP
    if word in _HARD_STOP or _names_when(word):
        return True
    if word in _PLACE_PREP and _starts_unit(following, nordic=word in _NORDIC_PLACE):
        return True
    if word in _FOR and (not following or following.casefold() in _HARD_STOP):
        return True
    return _ends_capital_title(token, word, lang, capital_title)


def _names_when(word: str) -> bool:
    """Tell whether a word names a day: a weekday, "tomorrow", a month's full name ("onsdag", "i morgen")."""
    word = word.strip(".,;:!?")
    return len(word) > 3 and (word in WEEKDAY or word in _RELATIVE_DAYS or (word in MONTH and len(word) > 4))


# Single words for a day relative to today ("tomorrow", "imorgen"); "i morgen" is read as a place phrase.
_RELATIVE_DAYS = frozenset(w for w in RELATIVE if " " not in w)


def _starts_unit(token: str, *, nordic: bool = False) -> bool:
    # A capital, a number or a determiner after "i"/"in"/"ved" names a place, a unit or a team, not a field;
    # a month, weekday or "morgen" names when ("lærling i august", "serviceleder i morgen").
    word = token.casefold().strip(".,;:!?")
    if not token or token[:1].isupper() or token[:1].isdigit() or word in _HARD_STOP:
        return True
    if word in MONTH or word in WEEKDAY or word in RELATIVE or f"i {word}" in RELATIVE:
        return True
    if nordic and len(word) > 4 and word.endswith(_DEFINITE) and not word.endswith(_NOT_DEFINITE):
        return True
    return bool(_UNIT.match(token))


def _drop_leading(kept: list[str]) -> None:
    """Drop a lower-case "new"/"next" and reference codes before a title, and a code after it."""
    while len(kept) > 1 and (kept[0] in _NEW or _CODE.fullmatch(kept[0])):
        del kept[0]
    if len(kept) > 1 and _CODE.fullmatch(kept[-1]):
        kept.pop()


def _ends_capital_title(token: str, word: str, lang: str, capital_title: bool) -> bool:
    # German and English titles are written in capitals: the first lower-case word that is no joiner ends them.
    if lang not in ("de", "en") or not capital_title:
        return False
    if word in _JOINERS or word in _PLACE_PREP or word in _FOR or not token[:1].isalpha():
        return False
    return token[:1].islower()


def _plausible(title: str) -> bool:
    words = title.split()
    return 0 < len(words) <= 12 and any(ch.isalpha() for ch in title) and len(title) >= 2
