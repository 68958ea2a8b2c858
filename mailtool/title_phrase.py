"""Find a job title in running text after a cue ("the position of X", "stillingen som X") and trim it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailtool.datewords import MONTH, WEEKDAY

# A title starts with a letter or digit and ends at the end of the line; `trim` then finds where it really ends.
_QUOTE = r"[\"“”„«»‘’']?"
_REST = _QUOTE + r"(?P<title>[^\n]{2,160})"
# Same, but the title must start with a capital: for cues that are also ordinary words ("stillingen krever").
_CAP_REST = _QUOTE + r"(?P<title>[A-ZÆØÅÄÖÜÉ][^\n]{1,160})"
_EN_NOUN = r"\s+(?:role|position|job|post|vacancy|opening|programme)\b"
# Words before a Nordic "som" that introduces the job: the job, the application, hiring and starting verbs.
_JOB_NOUNS = ("stilling", "stillingen", "stillinga", "rollen", "jobben", "jobbet", "tilsetjing", "ansettelse",
              "ansættelse")  # fmt: skip
_SV_JOB_NOUNS = ("tjänsten", "tjänst", "befattningen", "anställning")
_APPLICATION = ("ansøgning", "søknad", "ansökan", "ansøkning")
# Verbs that hire ("ha deg med som", "ansette deg som") or start ("begynne som") someone in a job.
_HIRE_VERBS = ("ha", "ansette", "ansætte", "anställa", "tilsette", "tilby", "tilbyde", "erbjuda")
_START_VERBS = ("begynne", "begynde", "börja", "starte", "starta")
_NO_PRONOUN = r"(?!(?:du|vi|jeg|jag|dere|ni|de|han|hun|hon|man|dig|deg)\b)"
# An English title in capitals before a noun that names it ("the Lead Backend Developer position").
# A comma may join a team qualifier ("the Senior Product Manager, Clinician Tools role"): the noun after bounds it.
_EN_CAPS = (
    r"(?P<title>[A-Z][\w+#.'’/&-]*(?:(?:\s+|,\s+(?=[A-Z]))(?:[A-Z0-9][\w+#.'’/&-]*|of|and|&|[–-]|"
    r"\([^()\n]{1,25}\)))*)"
)


@dataclass(frozen=True)
class Cue:
    """A cue phrase that introduces a title, and the language whose word order decides where the title ends."""

    lang: str
    pattern: re.Pattern[str]
    hints: tuple[str, ...]
    """Lower-case words one of which the text must hold: a substring test is far cheaper than the regex."""
    keep_comma: bool = False
    """The cue bounds the title on both sides, so a comma inside it joins a qualifier rather than ending it."""


def _cue(lang: str, hints: str, regex: str, flags: int = re.IGNORECASE, *, keep_comma: bool = False) -> Cue:
    # "_" stands for a space inside one hint ("bei_uns").
    return Cue(lang, re.compile(regex, flags), tuple(h.replace("_", " ") for h in hints.split()), keep_comma)


# Titles are named in the first paragraphs; scanning a long mail to the end only costs time.
_SCAN_LIMIT = 4000


def _after_som() -> str:
    """Return the pattern of a Nordic title after "som": "stillingen som", "din ansøgning som", "ha deg med som".

    The words before "som" are checked behind it: a pattern led by the literal "som" scans many times faster
    than one led by fifty alternatives. A pronoun after "som" makes it a relative pronoun ("søknaden som du sendte").
    """
    nouns = [f"{noun}{end}{own}" for noun in _APPLICATION for end in ("", "en", "a") for own in ("", " din", " di")]
    hired = [f"{verb} {you}{also}" for verb in _HIRE_VERBS for you in ("deg", "dig", "dej") for also in ("", " med")]
    words = [rf"\b{re.escape(w)}" for w in (*_JOB_NOUNS, *nouns, *hired, *_START_VERBS)]
    words += [re.escape(w) for w in _SV_JOB_NOUNS]  # Swedish compounds end in them ("tillsvidareanställning")
    return r"som(?:" + "|".join(f"(?<={w} som)" for w in words) + r")\s+" + _NO_PRONOUN + _REST


# Field lines of structured mails ("Position: Backend Engineer (Go)") are the most reliable source.
FIELD = re.compile(
    r"^[ \t]*(?:position|job title|role|stilling|stillingstittel|tjänst|befattning|stelle|"
    r"tehtävä|poste|functie|vacature|puesto|cargo)[ \t]*:[ \t]*(?P<title>[^\n]{2,120})$",
    re.IGNORECASE | re.MULTILINE,
)

# Cue phrases per language; the title follows the cue. Case-insensitive on the cue only where the title's own
# capital is not needed to tell it from an ordinary sentence.
CUES: tuple[Cue, ...] = (
    _cue("en", "position role post job", r"\b(?:position|role|post|job) (?:of|as)\s+(?:an? )?" + _REST),
    _cue(
        "en",
        "applying applied application",
        r"\b(?:applying|applied|applications?) for (?:the |our |your )?" + _CAP_REST,
        0,
    ),
    _cue(
        "en",
        "role position job post vacancy opening programme",
        r"\b(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]his|[Aa]n?)\s+" + _EN_CAPS + _EN_NOUN,
        0,
        keep_comma=True,
    ),
    _cue("en", "position", r"\b[Pp]osition\s+" + _EN_CAPS, 0),
    _cue("nb", "som", _after_som()),
    _cue("nb", "stillingen stillinga", r"\b(?:[Ss]tillingen|[Ss]tillinga)\s+" + _CAP_REST, 0),
    _cue("sv", "tjänsten ansökan", r"\b(?:[Tt]jänsten|[Aa]nsökan till)\s+" + _CAP_REST, 0),
    # "Rekryteringen till UX-designer", "rekrutteringen af en controller": the recruitment names the job (a
    # generic "rekryteringen till tjänsten som X" is left to the cue on "tjänsten som").
    _cue(
        "sv",
        "rekryteringen rekrutteringen rekrutteringa",
        r"\b(?:rekryteringen|rekrutteringen|rekrutteringa) (?:till|til|af|av|for|för)\s+(?:en |ett |ei |et )?"
        r"(?!(?:tjänst|stilling|rolle|jobb|job|befattning|denne|dette|den|det)\w*\b)" + _NO_PRONOUN + _REST,
    ),
    # "in unserem Team als X", "an Bord als X" too: the team the reader joins.
    _cue(
        "de",
        "als zum zur",
        r"\b(?:Stelle|Position|Rolle|Tätigkeit|Funktion|Bewerbung|Angebot|Einstieg|Team|Bord)\s+(?:als|zum|zur)\s+"
        + _CAP_REST,
    ),
    _cue(
        "de", "stelle position", r"\b(?:Stelle|Position)\s+" + _CAP_REST, 0
    ),  # also across a blank line before a title line
    # "als X beworben", "Sie als X bei uns begrüßen": the verb or "bei uns" closes the title.
    _cue(
        "de",
        "beworben bewerben bei_uns",
        r"\b[Aa]ls\s+(?P<title>[A-Z][^\n]{1,120}?)\s+(?:beworben|bewerben|bei uns)\b",
        0,
    ),
    _cue("nl", "bij_ons", r"\b[Aa]ls\s+(?P<title>[A-Z][^\n]{1,120}?)\s+bij ons\b", 0),
    # "join us as X", "join Acme Labs as our X", "come on board as X", "welcome you aboard as X".
    _cue(
        "en",
        "join board aboard",
        r"\b(?:[Jj]oin(?:ing)?\s+(?:us|the team|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})|on board|aboard)"
        r"\s+as\s+(?:(?:our|an?|the)\s+)?" + _CAP_REST,
        0,
    ),
    # "ha deg med på laget som X", "have dig med ombord som X": a few words may stand between "med" and "som".
    _cue(
        "nb",
        "deg_med dig_med dej_med",
        r"\b(?:ha|have|få|hava)\s+(?:deg|dig|dej)\s+med(?:\s+[^\W\d]+){0,3}?\s+som\s+" + _NO_PRONOUN + _REST,
    ),
    # A title after "tehtävään" is a form's wording ("hakemuksestasi tehtävään Ohjelmistokehittäjä"); the usual
    # genitive before it ("laatuinsinöörin tehtävään") is read by _finnish_task and starts earlier.
    _cue("fi", "tehtävään", r"\btehtävään\s+" + _CAP_REST, 0),
    # "en qualité d'Ingénieur", "en tant que développeuse": the capacity in which the reader is hired.
    _cue(
        "fr",
        "poste emploi fonction qualité_d tant_que",
        r"\b(?:(?:poste|emploi|fonction|en qualité)\s+(?:de\s+|d['’]\s*)|en tant que\s+)" + _REST,
    ),
    _cue(
        "nl",
        "functie vacature rol positie",
        r"\b(?:functie|vacature|rol|positie)\s+(?:van|als|voor)?\s*" + _CAP_REST,
        0,
    ),
    _cue(
        "nl",
        "als",
        r"\b(?:sollicitatie|aanbod|aannemen|aan de slag|werken|aan boord|ons team|het team)\s+als\s+" + _REST,
    ),
    # "contar contigo como X", "incorporarte a nuestro equipo como X": the role the reader is hired for.
    _cue(
        "es",
        "puesto cargo posición vacante como",
        r"\b(?:(?:puesto|cargo|posición|vacante)\s+de|(?:contar contigo|incorporarte|unirte|sumarte|incorporación)"
        r"\s+(?:a [^\n,]{1,40}?)?como)\s+" + _REST,
    ),
)

_NAMED_ROLE = re.compile(_EN_CAPS + _EN_NOUN)

# Finnish names the job in the genitive before the word for task or post: "laatuinsinöörin tehtävään",
# "projektipäällikön tehtävää", "Data Engineer -tehtävään". Only the word right before counts: genitives further
# left name the employer ("Tampereen kaupungin järjestelmäasiantuntijan tehtävään").
_FI_TASK = re.compile(r"(?: -|n\s+)(?:tehtäv|toimee|virkaan|virkaa|rooliin|roolia|paikkaa)")
# The title before that ending: one genitive word, or a title in capitals before " -".
_FI_GENITIVE = re.compile(r"(?:^|\s)(?P<gen>[^\W\d_][\w-]{3,})$")
_FI_CAPS = re.compile(r"(?P<cap>[A-ZÅÄÖ][\w/&+]*(?: [A-Z][\w/&+]*){0,3})$")
_FI_HINTS = ("tehtäv", "toimee", "virka", "rooli", "paikkaa")
# Genitives that qualify the task instead of naming it ("tämän tehtävän", "avoimen tehtävän").
_FI_NOT_TITLE = frozenset(
    "tämän sen tuon kyseisen saman uuden avoimen toisen ensimmäisen meidän teidän heidän hänen sinun minun "
    "haetun hakemasi hakemanne kuvatun mainitun".split()
)
# Consonant gradation of common title heads, genitive ending to nominative: "päällikön" -> "päällikkö".
_FI_NOMINATIVE = (("kön", "kkö"), ("kon", "kko"), ("pän", "ppä"), ("pan", "ppa"), ("din", "ti"), ("tin", "tti"))

# Words that always end a title: company and time markers, relative pronouns, verbs, pronouns, articles.
_HARD_STOP = frozenset(
    """at @ hos bei bij chez via with med mit avec con met from fra från frå von by on am um im zum zur beim ab
    per para pour dans au aux à sur naar till til to zu which that who where whom som der die das dem den des
    the a an our your their his her its vores vår vårt våre vårat din ditt dine deres unserem unserer unseres
    ihrem ihrer ihr ihre ihren ihres unser unsere unseren dein deine deinen deinem deiner euer eure jeres
    notre nos votre vos nuestro nuestra su sus ons onze uw je jouw you we vi wir nous vous jeg jag
    ich je yo is er är ist est es was var har hat has have kan will vil ska skal skall wird sind sont starts
    starting beginning during under efter nach après después after before når när wenn when if om""".split()
)
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
_UNIT = re.compile(
    r"(?:team|avdel|afdel|abteil|department|division|divisjon|enhet|seksjon|sektion|gruppe|group|"
    r"kontor|office|forretningsområde|bereich|équipe|equipo|afdeling)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|\s[–—-]\s+(?=[a-zæøåäöüé])|[\"“”«»„]")
# Reference numbers ("(ref. 4612203881)", "(R0047123)") and terms in lower case ("(vikariat 12 måneder)").
_REFERENCE = re.compile(
    r"\s*\((?=[^)]*\d)(?:[^)%]*\b(?:ref|id|nr|no\.|kennziffer)\b[^)]*|[^)\s%]*\d{3,}[^)%]*)\)", re.I
)
_TERMS = re.compile(r"\s*\([a-zæøåäöü][^()/]*\s[^()]*\)")


def find_in(text: str) -> str | None:
    """Return the first title that a field line or a cue phrase of any language introduces in the text."""
    text = text[:_SCAN_LIMIT]
    low = text.casefold()
    field = FIELD.search(text)
    if field and (title := trim(field.group("title"), "xx")):
        return title
    best = _finnish_task(text) if any(hint in low for hint in _FI_HINTS) else None
    for cue in CUES:
        if not any(hint in low for hint in cue.hints):
            continue
        for match in cue.pattern.finditer(text):
            title = trim(match.group("title"), cue.lang, keep_comma=cue.keep_comma)
            if title and (best is None or match.start() < best[0]):
                best = (match.start(), title)
                break
    return best[1] if best else None


def _finnish_task(text: str) -> tuple[int, str] | None:
    """Return where a Finnish "X:n tehtävään" phrase starts and its title in the nominative."""
    # The fixed ending is searched first: a pattern led by a word of any letters would try every word of the text.
    anchor = _FI_TASK.search(text)
    if anchor is None:
        return None
    before = text[max(0, anchor.start() - 60) : anchor.start()]
    if anchor.group().startswith(" -"):
        cap = _FI_CAPS.search(before)
        title = trim(cap.group("cap"), "fi") if cap else None
        return (anchor.start() - len(cap.group()), title) if cap and title else None
    gen = _FI_GENITIVE.search(before + "n")
    if gen is None or gen.group("gen").casefold() in _FI_NOT_TITLE:
        return None
    return anchor.start() + 1 - len(gen.group("gen")), _nominative(gen.group("gen"))


def _nominative(word: str) -> str:
    """Return a Finnish genitive title in the nominative: "laatuinsinöörin" -> "laatuinsinööri"."""
    for ending, nominative in _FI_NOMINATIVE:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word[:-1]


def named_role(part: str) -> str | None:
    """Return the title of a subject part that is only "X role" or "X position" ("Re: Product Designer role")."""
    match = _NAMED_ROLE.fullmatch(part.strip())
    return trim(match.group("title"), "en", keep_comma=True) if match else None


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
        word = token.casefold()
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word in _HARD_STOP and kept:
            break
        if word in _PLACE_PREP and kept and _starts_unit(following):
            break
        if word in _FOR and kept and (not following or following.casefold() in _HARD_STOP):
            break
        if _ends_capital_title(token, word, lang, capital_title) and kept:
            break
        kept.append(token)
    return kept


def _starts_unit(token: str) -> bool:
    # A capital, a number or a determiner after "i"/"in"/"ved" names a place, a unit or a team, not a field;
    # a month or weekday names when ("lærling i august").
    word = token.casefold()
    if not token or token[:1].isupper() or token[:1].isdigit() or word in _HARD_STOP:
        return True
    if word.strip(".,;:!?") in MONTH or word.strip(".,;:!?") in WEEKDAY:
        return True
    return bool(_UNIT.match(token))


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
