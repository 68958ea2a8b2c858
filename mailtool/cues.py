"""Cue patterns of the classifier, one compiled regex per cue family, for every supported language.

Each family is the union of its wordings in en, nb/nn, da, sv, de, fi, nl, fr and es: the language detector
may be wrong, and a Danish reply under an English subject must still be read. Patterns run on lower-cased
text with typographic apostrophes folded to "'".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from mailtool.cuegate import Gate, alternatives, literal_starts
from mailtool.lazyre import lazy
from mailtool.spokentime import spoken_time_source


class Cue:
    """A cue pattern for lower-cased text: alternatives compiled one by one, each run only when it can match.

    Python's regex engine scans fast for an alternative that starts with literal text, and slowly for a
    union of many; so each top-level alternative is compiled alone, with a leading \\b dropped (`at_words`
    checks the boundary), and skipped when none of its possible literal starts occurs in the text (`cuegate`
    tells which). The
    text is lower-cased once instead of using IGNORECASE, which is slower too.
    """

    def __init__(self, *parts: str, needs: tuple[str, ...] = ()) -> None:
        # nothing is split or compiled here: a one-shot run pays only for the families its message reaches
        self._sources = parts
        self._parts: tuple[tuple[list[str] | None, str], ...] | None = None
        self._gate: Gate | None = None
        self.needs = needs
        """Texts one of which every match holds ("test" in "technical test"): without one, nothing is scanned."""
        # the classifier asks a family about the same body more than once (in the sentence of an interview, then
        # near one): the matches of the last text are kept. One tuple, replaced whole: safe across threads.
        self._last: tuple[str, tuple[re.Match[str], ...]] = ("", ())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield every match in order of position, inside words too."""
        last = self._last
        if last[0] != text:
            last = (text, self._scan(text))
            self._last = last
        yield from last[1]

    def _scan(self, text: str) -> tuple[re.Match[str], ...]:
        if self.needs and not any(need in text for need in self.needs):
            return ()
        parts = self.parts
        gate = self._gate
        if gate is None:  # like parts: a race builds two equal gates
            gate = self._gate = Gate([keys for keys, _ in parts])
        found: list[re.Match[str]] = []
        for index in gate.open_parts(text):
            found.extend(_compiled(parts[index][1]).finditer(text))
        if len(found) > 1:  # most families match nowhere or once: no sort for them
            found.sort(key=_start)
        return tuple(found)

    @property
    def parts(self) -> tuple[tuple[list[str] | None, str], ...]:
        """The top-level alternatives, each with the literal texts one of which it starts with (None: unknown)."""
        parts = self._parts
        if parts is None:  # a race splits twice into equal tuples: harmless, and cheaper than a lock
            parts = tuple((literal_starts(alt), alt) for alt in alternatives(self._sources))
            self._parts = parts
        return parts

    def at_words(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches that start a word."""
        for match in self.finditer(text):
            start = match.start()
            if start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_"):
                yield match

    def first(self, text: str) -> re.Match[str] | None:
        """Return the first match that starts a word."""
        return next(self.at_words(text), None)

    def search(self, text: str) -> re.Match[str] | None:
        """Return the first match, inside words too."""
        return next(self.finditer(text), None)


# Each alternative is compiled on its first scan and kept: re's own cache holds 512 patterns, fewer than the
# alternatives of all families together, and would compile them again and again.
_compiled = functools.cache(re.compile)


def _start(match: re.Match[str]) -> int:
    return match.start()


# --- nouns ---------------------------------------------------------------------------------------------------

# A named test is an assessment ("technical test", "Eignungstest"); a bare "test" is everywhere in other mail.
_NAMED_TESTS = (
    r"\b(?:technical|coding|practical|skills?|aptitude|personality|ability|cognitive|online|written|take-home"
    r"|logical|teknisk|praktisk|tekninen|käytännön|technische[rn]?|praktische[rn]?|technique|pratique|técnica"
    r"|práctica|psykometrisk|psykometriska?|psychometric|teknise\w*|tekniskt|praktiskt|skriftlig[et]?"
    r"|schriftliche[rn]?|schriftelijke?|kirjallinen) (?:test|prøve|prov|testi|toets|épreuve"
    r"|prueba)\w*",
    # French and Spanish put the kind after the noun: "test technique", "prueba técnica"
    r"\b(?:test|épreuve|prueba)s? (?:technique|pratique|écrite|técnica|práctica|escrita|de (?:personnalité|logique"
    r"|aptitude|personalidad|aptitud|lógica))",
    r"\b(?:eignungs|persönlichkeits|kode|kod|logik|færdigheds|färdighets|arbeids|arbejds|arbets|soveltuvuus"
    r"|persoonlijkheids|capaciteiten|coding)(?:test|prøve|prov|testi|toets)\w*",
)
NAMED_TEST = Cue(*_NAMED_TESTS, needs=("test", "prøve", "prov", "toets", "épreuve", "prueba"))

# An interview, a call or an assessment: what an invitation invites to. Roots match inside compounds
# ("videointervju", "Vorstellungsgespräch", "kalenderinvitasjon"): search them anywhere, not `at_words`.
MEETING_ROOT = Cue(r"interview|intervju|haastattel|entretien|entrevista|gespräch|gesprek|samtal|(?:link|lenke|länk)\b")
MEETING_WORD = Cue(
    r"\b(?:phone screen|screening|call(?! (?:me|us)\b)|chat|telefonat|anruf|puhelu\w*|videopuhelu\w*|appel|visio"
    r"|llamada|videollamada|snak|prat|meeting|møde|møte|möte|termin\w*|treffen|tapaami\w*|afspraak"
    r"|rendez-vous|reunión|panel|assessment\w*|tests|tester|testerna|testen|testit|case|kennenlernen|teams"
    r"|google meet|zoom)\b",
    # the calendar invitation or meeting link an invitation promises
    r"\bcalendar invit\w*|\bkalender\w*|\bkalenterikutsu\w*|\binvitation med link|\binvitación de calendario",
)
# A feedback word next to a call word: a feedback call after a rejection is no interview.
FEEDBACK_BEFORE = lazy(
    r"(?:feedback|tilbakemeldings?|tilbagemeldings?|återkopplings?|rückmelde|palaute"
    r"|terugkoppelings?)[ -]?$"
)
FEEDBACK_AFTER = lazy(r"^\w* (?:de|om|zum|about|on|sobre) (?:feedback|retour|retroalimentación|tilbakemelding)")
# The person who interviews, or a job title built on the word ("Telefonintervjuer"): checked where a root starts.
AGENT = lazy(r"interviewer|intervjuare|intervjuer|haastattelija|entrevistador|intervieweur")
# Words naming the job itself, which make "offer you" an offer of employment.
POSITION = Cue(
    r"\b(?:position|role|job|employment|stilling\w*|jobb\w*|jobbet|tjänst\w*|rolle\w*|roll|anställning\w*"
    r"|tillsvidareanställning|ansættelse|ansettelse|tilsetjing|tilsetting|stelle|einstellung|vertrag\w*"
    r"|arbeitsvertrag|tehtävä\w*|työpaik\w*|functie|baan|contract|poste|emploi|puesto|empleo|plaza"
    r"|trabajo|kontrakt\w*)\b",
    # an apprenticeship or a traineeship: "læreplass", "Lærling i tømrerfaget", "Ausbildungsplatz", "apprentice"
    r"\b(?:lærling\w*|læreplass\w*|lærlingeplads\w*|lærlingplass\w*|lärling\w*|lärlingsplats\w*"
    r"|ausbildungsplatz\w*|azubi|apprentice\w*|traineeship|oppisopimu\w*|apprenti\w*|aprendiz\w*)\b",
    r"\bpost\b(?<![-@.]post)",  # not "e-post" (Norwegian for e-mail); the look-behind last keeps it fast
)
# The application or the hiring behind a mail: with POSITION, what tells a job mail from a friend's or a shop's.
APPLICATION = Cue(
    r"\b(?:application|applied|applicant|candidacy|recruit\w*|vacancy|hiring|søknad\w*|søkt|ansøgning\w*|ansøgt"
    r"|ansökan|ansökningar|sökt|søgt|rekryter\w*|rekrutter\w*|rekrut\w*|bewerbung\w*|beworben|hakemu\w*|haki\w*"
    r"|rekry\w*|sollicit\w*|vacature\w*|candidature|postul\w*|candidatura|vacante|cv|résumé|lebenslauf)\b",
)
# A job interview named as such, searched inside compounds ("videointervju"); "entretien" is also a car service.
INTERVIEW_ROOT = Cue(
    r"interview|intervju|haastattel|entrevista|vorstellungsgespräch|bewerbungsgespräch|sollicitatiegesprek"
    r"|ansættelsessamtale|jobsamtale|anställningsintervju|entretien d'embauche"
)

# --- invitation ----------------------------------------------------------------------------------------------

# "invite you" in every language: the addressee is invited, not "candidates" in general.
INVITE_YOU = Cue(
    r"\binvit(?:e|es|ing)\s+you\b|\byou(?:'re| are) invited to (?:an? |your |the )?\w*(?:interview|call)",
    r"\b(?:invitere|inviterer|indkalde|indkalder|innkalle|innkaller|kalle|kaller)\s+(?:\w+\s+){0,2}(?:dig|deg)\b",
    r"\b(?:bjuda|bjuder)\s+(?:\w+\s+){0,2}(?:in\s+)?dig\b|\bkalla\w*\s+dig\b",
    r"\b(?:laden|lade)\s+(?:wir\s+|ich\s+)?(?:sie|dich|euch)\b|\b(?:sie|dich)\b[^.?!\n]{0,80}?\bein(?:zu)?laden\b",
    r"\bkutsu(?:mme|n|a|taan)\s+(?:\w+\s+)?sinut\b",
    r"\bnodig\w*\s+(?:\w+\s+){0,2}(?:je|jou|u)\b[^.?!\n]{0,60}?\buit\b",
    r"\b(?:vous|t')\s*(?:invit|convi|convoqu)\w*",
    r"\binvitar(?:te|le|les)\b|\b(?:te|le|les)\s+invitamos\b",
)
# "Invitation to interview" as a noun phrase (subject lines, "eine Einladung zum Gespräch").
# Searched anywhere: compounds ("Haastattelukutsu", "Interviewinladung") count.
INVITE_NOUN = Cue(
    r"invitation|invitasjon|innkalling|indkaldelse|inbjudan|kallelse|einladung|uitnodiging|convocation"
    r"|invitación|convocatoria|kutsu|interview request|calendar invite|meeting invite"
)
# Meeting the addressee: "would like to meet you", "ein Interview mit Ihnen", "träffa dig för en intervju".
MEET_YOU = Cue(
    r"\b(?:meet|see)\s+you\b|\bwith you\b",
    r"\b(?:møde|møte|treffe|se|träffa)\s+(?:dig|deg)\b|\b(?:have|ha)\s+(?:dig|deg)\b(?!\s+(?:med|ombord)\b)",
    r"\bmed (?:dig|deg)\b",
    r"\b(?:sie|dich)\b[^.?!\n]{0,80}?\b(?:kennenlernen|kennenzulernen|treffen|sehen)\b|\bmit (?:ihnen|dir)\b",
    r"\b(?:tavata|tapaamaan)\s+sinut\b|\btutustua sinuun\b|\bkanssasi\b",
    r"\b(?:je|u)\s+(?:graag\s+)?(?:ontmoeten|spreken|zien)\b|\bkennismaken\b|\bmet (?:je|u)\b",
    r"\b(?:vous|te) rencontrer\b|\bavec vous\b",
    r"\bconocerte\b|\bconocerle\b|\bcontigo\b",
    # "nous vous proposons un entretien", "te proponemos una entrevista": read only beside an interview word
    r"\b(?:vous|te) propos\w*|\b(?:te|le) propon\w*",
)
# Reminding of, confirming or scheduling an interview that is planned.
REMIND = Cue(
    r"\b(?:reminder|remind\w*|confirm\w*|schedule|scheduled|arrange|set up|booked|rescheduled?|påmindelse|minde\w*"
    r"|påminnelse|påminning|bekræft\w*"
    r"|bekreft\w*|bekräft\w*|bestätig\w*|erinnerung|muistutus|muistutamme|vahvist\w*|herinnering|bevestig\w*"
    r"|rappel|confirme\w*|recordatorio|confirmamos)\b",
)
# Moving an interview: a reschedule is still an invitation. Verbs in every form ("moved", "verschoben").
RESCHEDULE = Cue(
    r"\b(?:reschedul\w*|mov(?:e|ed|ing)\b(?! (?:forward|ahead|on)\b)|postpon\w*|rearrang\w*|push(?:ed)? back"
    r"|bring (?:it|the \w+) forward|flytt\w*|omboka\w*|rykke\w*|utsette|udskyde|skjuta upp|senarelägg\w*"
    r"|tidigarelägg\w*|verschieb\w*|verschoben|verleg\w*|umleg\w*|siirtä\w*|siirrä\w*|siirre\w*|lykä\w*"
    r"|verzet\w*|verplaats\w*|verschuiv\w*|uitstel\w*|déplac\w*|report(?:er|é\w*|ons|ez)|décal\w*"
    r"|reprogram\w*|aplaz\w*|pospon\w*|cambiar)\b",
    # "instead", "a new time", "it clashes with": a move told without a verb for moving
    r"\b(?:instead|i stället|istället|i stedet|i staden|stattdessen|sen sijaan|in plaats daarvan|à la place"
    r"|en su lugar|en lugar de)\b",
    r"\b(?:new time|another time|nytt tidspunkt|nyt tidspunkt|ny tid|annet tidspunkt|andet tidspunkt|annan tid"
    r"|neue[nr]? (?:termin|zeitpunkt)|anderen termin|uusi aika|uuden ajan|nieuw tijdstip|ander tijdstip"
    r"|nouvel horaire|nouvelle date|autre créneau|nueva (?:hora|fecha)|otro horario)\b",
    # the change itself named: "Terminänderung", "change of date", "ændring af tidspunktet"
    r"\b(?:change of (?:date|time|plans?)|date change|time change|termin(?:änderung|verschiebung)|tidsendring"
    r"|endring av (?:tid|dato)\w*|ændring af (?:tid|dato)\w*|ändrad tid|ändring av (?:tid|datum)\w*"
    r"|ajankohdan muutos|aikataulumuuto\w*|wijziging (?:van )?(?:de )?(?:datum|tijd)|changement (?:de date"
    r"|d'horaire)|cambio de (?:fecha|hora))\b",
    r"\b(?:clash\w*|conflicts? with|krock\w*|kolliderer|kollidiert|überschneid\w*|päällekkäin|overlapt"
    r"|tombe en même temps|coincide con)\b",
)
NEXT_STEP = Cue(
    r"\b(?:next|final) (?:step|stage|round)\b|\b(?:siste|sista|sidste) (?:runde|steg|trin)\b",
    r"\bnästa steg\b|\bneste (?:steg|runde)\b|\bnæste (?:skridt|trin|runde)\b",
    r"\b(?:nächsten?|letzten?|finalen?) (?:schritt|runde)\b|\b(?:seuraava|viimei)\w* vaihe\w*"
    r"|\b(?:volgende|laatste) (?:stap|ronde)\b",
    r"\b(?:prochaine|dernière) étape\b|\b(?:próximo|siguiente) (?:paso|fase)\b|\b(?:última|fase) final\b",
    # a numbered round: "second round", "andre runde", "zweite Runde", "toinen kierros", "deuxième tour"
    r"\b(?:second|third|2nd|3rd|andre|anden|tredje|andra|zweiten?|dritten?|tweede|derde|deuxième|troisième"
    r"|segunda|tercera) (?:round|stage|runde|runden|rundan?|omgången|ronde|tour|ronda|fase)\b"
    r"|\b(?:toinen|toiselle|kolmas|kolmannelle) (?:kierro\w*|vaihee\w*)",
)
# Being moved forward in the process: "du går vidare", "move forward with you".
PROGRESS = Cue(
    r"\bmove forward with you\b|\bprogress you\b|\b(?:at|att) du går vidare\b|\bgå videre med (?:deg|dig)\b",
    r"\bta (?:deg|dig) (?:videre|vidare)\b|\bmove you (?:forward|on|through) to\b|\bviemme sinut\b"
    r"|\bgå vidare i processen\b|\bweiter (?:im|in den) prozess\b|\bverder (?:in|met) (?:de|je) procedure\b",
)
BOOKING_LINK = Cue(
    r"calendly\.com|\bcal\.com/|/scheduling/|self_schedule|/meetings/book|goodtime\.io|youcanbook\.me"
    r"|savvycal\.com|zcal\.co|calendar\.app\.google|/bookings?/|meetings\.hubspot\.com|chilipiper\.com",
)
BOOKING_ASK = Cue(
    r"\b(?:pick|choose|select|book|grab)\s+(?:a|your|an?\s+\w+)\s+(?:time|slot)\b|\bbook your\b[^.?!\n]{0,30}\bcall\b",
    r"\bvelg (?:selv )?(?:et|ei) tidspunkt|\bvælg (?:selv )?et tidspunkt|\bbook (?:en|et) tid\b",
    r"\bboka (?:en|ett) (?:tid|samtal)|\bvälj (?:en )?tid\b|\bboka telefonintervju",
    r"\bsuch\w* (?:dir|sie sich)\b[^.?!\n]{0,40}\b(?:slot|termin)\w*|\bwählen sie (?:einen|ihren) termin",
    r"\bvalitse\w* (?:sopiva )?aika|\bkies een (?:tijdstip|moment|tijd)\b|\bplan (?:een|je) gesprek",
    r"\bchoisi\w* un créneau|\bréserve\w* un créneau|\belige (?:un horario|una hora)|\breserva (?:una|tu) cita",
)

# Asking which time suits: "let me know which suits best", "Passt es Ihnen am ...?", "er du ledig ...?".
ASKS_TIME = Cue(
    r"\bwhich (?:suits|works|time suits|slot)\b|\b(?:does|would) (?:this|that|the time) (?:work|suit)\b",
    r"\b(?:are|would|will) you be (?:free|available|able)\b|\bare you (?:free|available)\b|\byour availability\b",
    r"\b(?:can|could) you (?:come|make it|do)\b|\bhar du (?:mulighet|mulighed|möjlighet)\b|\bkan du (?:komme|komma)\b",
    r"\b(?:hätten|haben|hast|hättest) (?:sie|du)\b[^.?!\n]{0,60}\bzeit\b|\bkönnten sie\b|\bkannst du\b",
    r"\bpodrías\b|\bpodría usted\b|\bpuedes venir\b|\bseriez-vous\b|\bpourriez-vous\b|\bzou (?:je|u)\b|\bkun je\b",
    r"\bpääsisitkö\b|\bpystyisitkö\b|\bonnistuisiko\b",
    r"\b(?:passer|passar) (?:det|tidspunktet|tiden)\b|\bhva(?:d)? passer\b|\bvilken tid\b",
    # "hvilket tidspunkt som passer best", "which of the times suits": a choice between the offered times
    r"\b(?:hvilket|hvilken|hvilke|vilket|vilken|vilka) (?:av )?(?:tidspunkt|tid|dag|dato|datum|alternativ)\w*"
    r" (?:som )?(?:passer|passar)\b|\bwhich (?:of the )?(?:times?|slots?|dates?|options?) (?:suits?|works?)\b",
    r"\b(?:er|är) du ledig\b|\bpasst (?:es ihnen|es dir|ihnen|dir)\b|\bwelcher termin\b",
    r"\bsopii\w*\b|\bschikt (?:het|dit)\b|\bkomt (?:het|dit) (?:je|u) uit\b",
    r"\b(?:vous|te) convient\b|\bêtes-vous disponible\b|\b(?:te|le) viene bien\b|\bestás disponible\b",
    r"\b(?:work|works|suit|suits) (?:for )?you\b|\bany chance you(?:'re| are| could)\b|\bskulle du kunna\b"
    r"|\bskulle det passa\b|\b(?:ville|kunne|kunde) du\b|\bkönntest du\b|\bwürde es (?:ihnen|dir)\b",
    r"\bvoisitko\b|\bzou het (?:je|u) schikken\b|\bpourrais-tu\b|\b(?:te|le) vendría bien\b",
    # "har du tid", "wäre es Ihnen möglich", "would it be possible": availability asked without a verb of suiting
    r"\b(?:har|hade) (?:du|ni) (?:tid|anledning)\b|\bwäre es (?:ihnen|dir) (?:möglich|recht)\b|\bginge es\b"
    r"|\bwould it be possible\b|\bonko sinulla aikaa\b|\b(?:heb je|heeft u) tijd\b|\b(?:as-tu|avez-vous) le temps\b"
    r"|\b(?:tienes|tiene usted|tiene) tiempo\b|\bpasst (?:es|das)\b|\bpasser det\b|\bpassar det\b",
    # "hinner du ett snack", "rekker du en prat": do you have time for it
    r"\b(?:hinner|rekker|rækker) (?:du|ni|dere|i)\b|\bhast du kurz zeit\b|\bgot time\b",
    # "kan du kigge forbi", "kan du titte innom", "kan du kika förbi", "could you drop by": asked to call in
    r"\b(?:kan|kunne|kunde) (?:du|ni|dere|i) (?:kigge|kikke|titte|kika|stikke|smutte|svinge|komme|komma)"
    r" (?:forbi|innom|förbi|in|ind|inn|over|by)\b|\b(?:can|could) you (?:drop|pop|swing|stop|come) (?:by|in|over)\b",
    # "har du lyst å ta en prøvedag", "har du lust att komma", "hättest du Lust": would you like to come
    r"\bhar du (?:lyst|lust)\b|\b(?:hast|hättest|hätten) (?:du|sie) lust\b|\bheb je zin\b|\bhaluaisitko\b"
    r"|\bwould you like to (?:come|join|pop|drop)\b",
)

# Welcoming the addressee to the sender's place: "Välkommen till oss den 8 december kl 13:30!"
WELCOME = Cue(
    r"\bwelcome to (?:our office|us)\b|\b(?:velkommen|välkommen) (?:til|till) (?:oss|os)\b|\bwillkommen bei uns\b",
    r"\btervetuloa (?:meille|toimistollemme)\b|\bwelkom bij ons\b|\bbienvenue (?:chez nous|dans nos locaux)\b",
    r"\bbienvenid[oa] a (?:nuestra oficina|nuestras oficinas)\b",
    # looking forward to the addressee's visit, in the formal address a recruiter uses
    r"\bfreuen (?:uns|mich) auf (?:sie|ihren besuch)\b|\bnous vous attendons\b|\ble esperamos\b"
    r"|\blook(?:ing)? forward to welcoming you\b|\bverwelkomen (?:we|wij) u\b",
)

# Agreeing on a time in a thread: "Dann halten wir Freitag um 14 Uhr fest", "då säger vi tisdag kl. 10".
CONFIRM_TIME = Cue(
    r"\blet's (?:go with|say|do|lock in)\b|\b(?:that's|it's|you're) (?:confirmed|settled|booked|locked in|in the"
    r" diary)\b|\bsee you (?:on|at|then)\b|\bpencil\w* (?:you )?in\b|\bwe'll go with\b",
    r"\bda (?:sier|setter|booker) vi\b|\bså (?:siger|sætter|booker) vi\b|\bda blir det\b|\bså bliver det\b"
    r"|\bvi ses\b|\bavtalt\b|\baftalt\b",
    r"\bdå (?:säger|bokar|kör) vi\b|\bdå blir det\b|\böverenskommet\b",
    r"\bhalten wir\b[^?!\n]{0,60}?\bfest\b|\bfestgehalten\b|\bbleibt es bei\b|\bsagen wir\b|\babgemacht\b"
    r"|\bdann bis\b|\bfest eingeplant\b",
    r"\bsovitaan\b|\bsovittu\b|\bspreken we af\b|\bafgesproken\b|\btot dan\b|\bzien we (?:je|u)\b|\bingepland\b",
    r"\bc'est noté\b|\bnous retenons\b|\bje retiens\b|\brendez-vous est pris\b|\bc'est confirmé\b",
    r"\bquedamos\b|\bqueda (?:confirmad|agendad|reservad)\w*|\bnos vemos\b|\bagendad[oa]\b",
)
# A social occasion: a time given for lunch or a birthday is not an interview time.
SOCIAL = Cue(
    r"\b(?:lunch|lunsj|frokost|middag|dinner|brunch|breakfast|coffee|kaffe|fika|drinks?|beers?|pizza|party"
    r"|bursdag|fødselsdag|födelsedag|geburtstag|syntymäpäiv\w*|verjaardag|anniversaire|cumpleaños|mittagessen"
    r"|abendessen|frühstück|kino|movie|cinema|lounas\w*|illallis\w*|kahvi\w*|etentje|borrel|déjeuner|dîner"
    r"|apéro|almuerzo|cena|comida)\b",
)

# A time stamp: "die am 19.04. um 22:13 Uhr eingegangen ist" dates the application, not an interview.
TIMESTAMP = Cue(
    r"\b(?:received|submitted|registered|eingegangen|eingereicht|mottatt|mottagen|mottogs|inkommen|modtaget"
    r"|vastaanotettu|ontvangen|ingediend|reçue?|enregistrée?|recibid[ao]|registrad[ao])\b",
)

# A clock time: "kl. 13.00", "14:00", "2pm", "10 Uhr", "14h00", "om 9.30 uur", "a las 10".
TIME = Cue(
    r"\d{1,2}:[0-5]\d(?!\d)",
    r"\b(?:kl|klo|kello|klokka|klockan)\.?\s?\d{1,2}(?:[.:][0-5]\d)?\b",
    r"\b\d{1,2}(?:[.:][0-5]\d)?\s?(?:uhr\b|uur\b|h\d\d\b|h\b|am\b|pm\b|a\.m\.|p\.m\.)",
    r"\b(?:um|om|a las|alle)\s\d{1,2}(?:[.:][0-5]\d)?\b(?!\.\d)",
    # "Thursday at 2": an English hour without am/pm is a time only after a day
    # (one alternative keyed on "at ", the day checked behind it: nine alternatives would cost nine scans)
    r"\bat (?<=day at |row at )\d{1,2}(?:[.:][0-5]\d)?\b(?![.:/]?\d)",
    # "på lördag 10–16", "Samstag 9-15": hours from-to straight after a weekday, the start is the time
    r"(?<=dag |day |tag |ina )\d{1,2}(?:[.:][0-5]\d)?\s?[–-]\s?\d{1,2}(?:[.:][0-5]\d)?\b(?![-./–]\d)",
    # a casual hour: "ved 14-tiden", "imorgon vid 9?", "around 2," - the bare number only before "-tiden" or a
    # clause end, so "vid 3 tillfällen" and "around 20 people" stay counts
    r"\b(?:ved|vid|omkring|around|runt|rundt|tegen|vers|hacia las)\s\d{1,2}(?:[.:][0-5]\d)?"
    r"(?:\s?-?tiden\b|(?=\s?(?:[?!,]|\.(?!\d)|$)))",
    # in words: "ved totiden", "halv nio", "Viertel nach zehn", "half past two" (a string: nothing compiled here)
    spoken_time_source(),
)

# --- mail-level ----------------------------------------------------------------------------------------------

# Reply and forward prefixes of subjects in the supported languages.
REPLY_PREFIX = lazy(r"^\s*(?:(?:re|sv|aw|vs|antw|ref|r|fw|fwd|wg|vl|tr|rv|enc)\s*:\s*)+")
