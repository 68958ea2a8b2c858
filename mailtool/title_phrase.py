"""Find a job title in running text after a cue ("the position of X", "stillingen som X") and trim it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailtool.lazyre import LazyPattern, lazy
from mailtool.titletrim import trim

# A title starts with a letter or digit and ends at the end of the line; `trim` then finds where it really ends.
_QUOTE = r"[\"“”„«»‘’']?"
_REST = _QUOTE + r"(?P<title>[^\n]{2,160})"
_DIGIT = r"(?P<title>[A-Z0-9][^\n]{1,160})"  # a title may start with its year ("2027 Graduate Programme")
# Same, but the title must start with a capital: for cues that are also ordinary words ("stillingen krever").
_CAP_REST = _QUOTE + r"(?:(?:next|new|first|ny|nye|nytt|neue[nrs]?|nieuwe|nouveau|nouvelle|nuevo|nueva|uusi)\s+)?"
_CAP_REST += r"(?P<title>[A-ZÆØÅÄÖÜÉ][^\n]{1,160})"  # a lower-case "new"/"next" may stand before the capital
_EN_NOUN = r"\s+(?:role|position|job|post|vacancy|opening|programme)\b"
# Words before a Nordic "som" that introduces the job: the job, the application, hiring and starting verbs.
_JOB_NOUNS = ("stilling", "stillingen", "stillinga", "rollen", "jobben", "jobbet", "tilsetjing", "ansettelse",
              "ansættelse")  # fmt: skip
_SV_JOB_NOUNS = ("tjänsten", "tjänst", "befattningen", "anställning")
_APPLICATION = ("ansøgning", "søknad", "ansökan", "ansøkning")
# Verbs that hire ("ha deg med som", "ansette deg som") or start ("begynne som") someone in a job.
_HIRE_VERBS = ("ha", "have", "ansette", "ansætte", "anställa", "tilsette", "tilby", "tilbyde", "erbjuda")
_START_VERBS = ("begynne", "begynde", "börja", "starte", "starta")
# Verbs of starting or working at the sender's: "att du börjar hos oss som X", "jobbe hos oss som X".
_WORK_VERBS = ("begynne", "begynner", "begynde", "begynder", "börja", "börjar", "starte", "starter", "starta",
               "startar", "jobbe", "jobber", "jobba", "jobbar", "arbeide", "arbejde", "arbeta", "arbetar")  # fmt: skip
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
    pattern: LazyPattern
    hints: tuple[str, ...]
    """Lower-case words one of which the text must hold: a substring test is far cheaper than the regex."""
    keep_comma: bool = False
    """The cue bounds the title on both sides, so a comma inside it joins a qualifier rather than ending it."""


def _cue(lang: str, hints: str, regex: str, flags: int = re.IGNORECASE, *, keep_comma: bool = False) -> Cue:
    # "_" stands for a space inside one hint ("bei_uns").
    return Cue(lang, lazy(regex, flags), tuple(h.replace("_", " ") for h in hints.split()), keep_comma)


# Titles are named in the first paragraphs; scanning a long mail to the end only costs time.
_SCAN_LIMIT = 4000


def _after_som() -> str:
    """Return the pattern of a Nordic title after "som": "stillingen som", "din ansøgning som", "ha deg med som".

    The words before "som" are checked behind it: a pattern led by the literal "som" scans many times faster
    than one led by fifty alternatives. A pronoun after "som" makes it a relative pronoun ("søknaden som du sendte").
    """
    nouns = [f"{noun}{end}{own}" for noun in _APPLICATION for end in ("", "en", "a") for own in ("", " din", " di")]
    hired = [f"{verb} {you}{also}" for verb in _HIRE_VERBS for you in ("deg", "dig", "dej") for also in ("", " med")]
    hired += [f"{verb} hos {us}" for verb in _WORK_VERBS for us in ("oss", "os")]  # "börjar hos oss som X"
    words = [rf"\b{re.escape(w)}" for w in (*_JOB_NOUNS, *nouns, *hired, *_START_VERBS)]
    words += [re.escape(w) for w in _SV_JOB_NOUNS]  # Swedish compounds end in them ("tillsvidareanställning")
    return r"som(?:" + "|".join(f"(?<={w} som)" for w in words) + r")\s+" + _NO_PRONOUN + _REST


# Field lines of structured mails ("Position: Backend Engineer (Go)") are the most reliable source.
FIELD = lazy(
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
        "rekryteringen rekrutteringen rekrutteringa processen prosessen",
        r"\b(?:rekryteringen|rekrutteringen|rekrutteringa|(?:rekryterings|rekrutterings|ansettelses|ansættelses|søknads|ansøgnings|urvals|intervju)?"
        r"(?:processen|prosessen)) (?:till|til|af|av|for|för)\s+"
        r"(?:en |ett |ei |et )?(?!(?:tjänst|stilling|rolle|jobb|job|befattning|denne|dette|den|det|att|å|at)\w*\b)"
        + _NO_PRONOUN
        + _REST,
    ),
    # "in unserem Team als X", "an Bord als X" too: the team the reader joins.
    _cue(
        "de",
        "als zum zur",
        r"\b(?:Stelle|Position|Rolle|Tätigkeit|Funktion|Bewerbung|Angebot|Einstieg|Team|Bord)\s+"
        r"(?:(?:für|an) (?:dich|Sie|euch)\s+)?(?:als|zum|zur)\s+" + _CAP_REST,
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
    # "möchte Sie als X einstellen", "würden dich gerne als X begrüßen": a verb of hiring follows the title.
    _cue(
        "de",
        "als",
        r"\b(?:Sie|dich|euch)\s+(?:(?:gerne|gern|hiermit|sehr gerne)\s+)?als\s+"
        r"(?=[^\n]{0,100}?\b(?:einstellen|begrüßen|gewinnen|anstellen|übernehmen|einladen)\b)" + _CAP_REST,
        0,
    ),
    _cue("nl", "bij_ons", r"\b[Aa]ls\s+(?P<title>[A-Z][^\n]{1,120}?)\s+bij ons\b", 0),
    # "hire you as X", "we'd love to have you as our next X": the role the reader is hired for.
    _cue(
        "en",
        "you_as",
        r"\b(?:hire|appoint|employ|welcome|have)\s+you\s+(?:aboard\s+|on board\s+)?as\s+(?:(?:our|an?|the)\s+)?"
        + _CAP_REST,
        0,
    ),
    # "move you to the next step for Backend Engineer (Python)": the stage of the process for a job ("for the X
    # role" is left to the cue on the role, which keeps a comma inside the title).
    _cue(
        "en",
        "step stage round process",
        r"\b(?:next step|next stage|next round|final round|final stage|process)\s+for\s+(?:our |your )?" + _CAP_REST,
        0,
    ),
    # "move your onsite interview for Staff Engineer, Payments": the interview names its job after "for" (a day,
    # a month or a time after "for" is when, not what)
    _cue(
        "en",
        "interview",
        r"\b(?:[Ii]nterview|[Ss]creen|[Aa]ssessment)\s+for\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday"
        r"|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Next|This|Tomorrow|Today|Later|Our|Your|You|Us|Me|The)\b)" + _CAP_REST,
        0,
        keep_comma=True,
    ),
    # "we'd like you to come and build the data side as our Data Engineer": the role the reader is wanted in.
    _cue("en", "as_our as_your", r"\byou\b[^.?!\n]{0,80}?\bas\s+(?:our|your)\s+" + _CAP_REST, 0),
    # "your Product Analyst interview", "the Data Engineer offer": a title in capitals before the event it names;
    # a medium or a round ("your Teams interview", "the Final Round interview") is no title.
    _cue(
        "en",
        "interview offer assessment",
        r"\b(?:[Yy]our|[Tt]he)\s+(?!(?:Teams|Zoom|Video|Phone|Telephone|Online|Onsite|On-site|In-person|Final|First"
        r"|Second|Third|Panel|Technical|Virtual|Job|Offer|Interview)\b)"
        + _EN_CAPS
        + r"\s+(?:interview|offer|assessment)\b",
        0,
    ),
    # "applying to the 2027 Graduate Programme": with an article, the thing applied to is the job, not the employer.
    _cue("en", "applying applied application", r"\b(?:applying|applied|application) to (?:the|our)\s+" + _DIGIT, 0),
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

_NAMED_ROLE = lazy(_EN_CAPS + _EN_NOUN)

# Finnish names the job in the genitive before the word for task or post: "laatuinsinöörin tehtävään",
# "projektipäällikön tehtävää", "Data Engineer -tehtävään". Only the word right before counts: genitives further
# left name the employer ("Tampereen kaupungin järjestelmäasiantuntijan tehtävään").
_FI_TASK = lazy(r"(?: -|n\s+)(?:tehtäv|toimee|virkaan|virkaa|rooliin|roolia|paikkaa)")
# The title before that ending: one genitive word, or a title in capitals before " -".
_FI_GENITIVE = lazy(r"(?:^|\s)(?P<gen>[^\W\d_][\w-]{3,})$")
_FI_CAPS = lazy(r"(?P<cap>[A-ZÅÄÖ][\w/&+]*(?: [A-Z][\w/&+]*){0,3})$")
_FI_HINTS = ("tehtäv", "toimee", "virka", "rooli", "paikkaa")
# Genitives that qualify the task instead of naming it ("tämän tehtävän", "avoimen tehtävän").
_FI_NOT_TITLE = frozenset(
    "tämän sen tuon kyseisen saman uuden avoimen toisen ensimmäisen meidän teidän heidän hänen sinun minun "
    "haetun hakemasi hakemanne kuvatun mainitun".split()
)
# "valita sinut X:ksi", "toivottaa sinut tiimiimme X:ksi": the translative names the role the reader is hired as.
_FI_AS = lazy(r"\bsinut\s+(?:[^\W\d_]+\s+){0,2}?(?P<title>[^\W\d_][\w-]{3,}ksi)\b")
# Translatives after "sinut" that name no role ("tervetulleeksi" = welcome, "jäseneksi" = a member).
_FI_NOT_ROLE = frozenset("tervetulleeksi jäseneksi osaksi työntekijäksi kollegaksi mukaan".split())
# Consonant gradation of common title heads, genitive ending to nominative: "päällikön" -> "päällikkö".
_FI_NOMINATIVE = (("kön", "kkö"), ("kon", "kko"), ("pän", "ppä"), ("pan", "ppa"), ("din", "ti"), ("tin", "tti"))


def find_in(text: str) -> str | None:
    """Return the first title that a field line or a cue phrase of any language introduces in the text."""
    text = text[:_SCAN_LIMIT]
    low = text.casefold()
    field = FIELD.search(text)
    if field and (title := trim(field.group("title"), "xx")):
        return title
    best = _finnish_task(text) if any(hint in low for hint in _FI_HINTS) else None
    if best is None and "sinut" in low:
        best = _finnish_translative(text)
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


def _finnish_translative(text: str) -> tuple[int, str] | None:
    """Return where "sinut [tiimiimme] X:ksi" starts and X in the nominative: the role the reader is taken on as."""
    for match in _FI_AS.finditer(text):
        word = match.group("title")
        if word.casefold() in _FI_NOT_ROLE:
            continue
        stem = word[: -len("ksi")]
        # Consonant gradation: the translative's weak "-kö" stem is "-kkö" in the nominative ("päälliköksi").
        strong = {"kö": "kkö", "ko": "kko"}.get(stem[-2:])
        return match.start(), stem[:-2] + strong if strong else stem
    return None


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
