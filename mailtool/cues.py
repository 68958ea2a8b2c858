"""Cue patterns of the classifier, one compiled regex per cue family, for every supported language.

Each family is the union of its wordings in en, nb/nn, da, sv, de, fi, nl, fr and es: the language detector
may be wrong, and a Danish reply under an English subject must still be read. Patterns run on lower-cased
text with typographic apostrophes folded to "'".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_META = frozenset("\\.[](){}*+?|^$")


class Cue:
    """A cue pattern for lower-cased text: alternatives compiled one by one, each run only when it can match.

    Python's regex engine scans fast for an alternative that starts with literal text, and slowly for a
    union of many; so each top-level alternative is compiled alone, with a leading \\b dropped (`at_words`
    checks the boundary), and skipped when none of its possible literal starts occurs in the text. The
    text is lower-cased once instead of using IGNORECASE, which is slower too.
    """

    def __init__(self, *parts: str) -> None:
        alternatives = [alt for part in parts for top in _top_level(part) for alt in _expand(top.removeprefix(r"\b"))]
        self.parts = tuple((_literal_starts(alt), re.compile(alt)) for alt in alternatives)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield every match in order of position, inside words too."""
        found: list[re.Match[str]] = []
        for keys, pattern in self.parts:
            if keys is None:
                found.extend(pattern.finditer(text))
                continue
            for key in keys:  # a plain loop: any() over a generator costs more than the scans it saves
                if key in text:
                    found.extend(pattern.finditer(text))
                    break
        yield from sorted(found, key=lambda match: match.start())

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


def _literal_starts(alternative: str) -> list[str] | None:
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


def _union(*parts: str) -> Cue:
    return Cue(*parts)


# --- nouns ---------------------------------------------------------------------------------------------------

# An interview, a call or an assessment: what an invitation invites to. Roots match inside compounds
# ("videointervju", "Vorstellungsgespräch", "kalenderinvitasjon"): search them anywhere, not `at_words`.
MEETING_ROOT = Cue(r"interview|intervju|haastattel|entretien|entrevista|gespräch|gesprek|samtal|(?:link|lenke|länk)\b")
MEETING_WORD = _union(
    r"\b(?:phone screen|screening|call(?! (?:me|us)\b)|chat|telefonat|anruf|puhelu\w*|videopuhelu\w*|appel|visio"
    r"|llamada|videollamada|snak|prat|meeting|møde|møte|möte|termin\w*|treffen|tapaami\w*|afspraak"
    r"|rendez-vous|reunión|panel|assessment\w*|tests|tester|testerna|testen|testit|case|kennenlernen|teams"
    r"|google meet|zoom)\b",
    # the calendar invitation or meeting link an invitation promises
    r"\bcalendar invit\w*|\bkalender\w*|\bkalenterikutsu\w*|\binvitation med link|\binvitación de calendario",
)
# The person who interviews, or a job title built on the word ("Telefonintervjuer"): checked where a root starts.
AGENT = re.compile(r"interviewer|intervjuare|intervjuer|haastattelija|entrevistador|intervieweur")
# Words naming the job itself, which make "offer you" an offer of employment.
POSITION = _union(
    r"\b(?:position|role|job|post|employment|stilling\w*|jobb\w*|jobbet|tjänst\w*|rolle\w*|roll|anställning\w*"
    r"|tillsvidareanställning|ansættelse|ansettelse|tilsetjing|tilsetting|stelle|einstellung|vertrag\w*"
    r"|arbeitsvertrag|tehtävä\w*|työpaik\w*|functie|baan|contract|poste|emploi|puesto|empleo|plaza"
    r"|trabajo|kontrakt\w*)\b",
)

# --- invitation ----------------------------------------------------------------------------------------------

# "invite you" in every language: the addressee is invited, not "candidates" in general.
INVITE_YOU = _union(
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
    r"|invitación|convocatoria|kutsu|interview request"
)
# Meeting the addressee: "would like to meet you", "ein Interview mit Ihnen", "träffa dig för en intervju".
MEET_YOU = _union(
    r"\b(?:meet|see)\s+you\b|\bwith you\b",
    r"\b(?:møde|møte|treffe|se|have|ha|träffa)\s+(?:dig|deg)\b|\bmed (?:dig|deg)\b",
    r"\b(?:sie|dich)\b[^.?!\n]{0,80}?\b(?:kennenlernen|kennenzulernen|treffen|sehen)\b|\bmit (?:ihnen|dir)\b",
    r"\b(?:tavata|tapaamaan)\s+sinut\b|\btutustua sinuun\b|\bkanssasi\b",
    r"\b(?:je|u)\s+(?:graag\s+)?(?:ontmoeten|spreken|zien)\b|\bkennismaken\b|\bmet (?:je|u)\b",
    r"\b(?:vous|te) rencontrer\b|\bavec vous\b",
    r"\bconocerte\b|\bconocerle\b|\bcontigo\b",
)
# Reminding of, confirming or scheduling an interview that is planned.
REMIND = _union(
    r"\b(?:reminder|remind\w*|confirm\w*|schedule|scheduled|arrange|set up|booked|rescheduled?|påmindelse|minde\w*"
    r"|påminnelse|bekræft\w*"
    r"|bekreft\w*|bekräft\w*|bestätig\w*|erinnerung|muistutus|muistutamme|vahvist\w*|herinnering|bevestig\w*"
    r"|rappel|confirme\w*|recordatorio|confirmamos)\b",
)
# Moving an interview: a reschedule is still an invitation.
RESCHEDULE = _union(
    r"\b(?:reschedule|move|postpone|rearrange|flytte|flytta|omboka|verschieben|verlegen|siirtää|siirtämään"
    r"|verzetten|verplaatsen|déplacer|reporter|décaler|reprogramar|aplazar|cambiar)\b",
)
NEXT_STEP = _union(
    r"\bnext (?:step|stage|round)\b|\bnästa steg\b|\bneste (?:steg|runde)\b|\bnæste (?:skridt|trin|runde)\b",
    r"\bnächsten? (?:schritt|runde)\b|\bseuraava\w* vaihe\w*|\bvolgende (?:stap|ronde)\b",
    r"\bprochaine étape\b|\b(?:próximo|siguiente) (?:paso|fase)\b",
)
# Being moved forward in the process: "du går vidare", "move forward with you".
PROGRESS = _union(
    r"\bmove forward with you\b|\bprogress you\b|\b(?:at|att) du går vidare\b|\bgå videre med (?:deg|dig)\b",
    r"\bgå vidare i processen\b|\bweiter (?:im|in den) prozess\b|\bverder (?:in|met) (?:de|je) procedure\b",
)
BOOKING_LINK = _union(
    r"calendly\.com|\bcal\.com/|/scheduling/|self_schedule|/meetings/book|goodtime\.io|youcanbook\.me"
    r"|savvycal\.com|zcal\.co|calendar\.app\.google|/bookings?/|meetings\.hubspot\.com|chilipiper\.com",
)
BOOKING_ASK = _union(
    r"\b(?:pick|choose|select|book|grab)\s+(?:a|your|an?\s+\w+)\s+(?:time|slot)\b|\bbook your\b[^.?!\n]{0,30}\bcall\b",
    r"\bvelg (?:selv )?(?:et|ei) tidspunkt|\bvælg (?:selv )?et tidspunkt|\bbook (?:en|et) tid\b",
    r"\bboka (?:en|ett) (?:tid|samtal)|\bvälj (?:en )?tid\b|\bboka telefonintervju",
    r"\bsuch\w* (?:dir|sie sich)\b[^.?!\n]{0,40}\b(?:slot|termin)\w*|\bwählen sie (?:einen|ihren) termin",
    r"\bvalitse\w* (?:sopiva )?aika|\bkies een (?:tijdstip|moment|tijd)\b|\bplan (?:een|je) gesprek",
    r"\bchoisi\w* un créneau|\bréserve\w* un créneau|\belige (?:un horario|una hora)|\breserva (?:una|tu) cita",
)

# Asking which time suits: "let me know which suits best", "Passt es Ihnen am ...?", "er du ledig ...?".
ASKS_TIME = _union(
    r"\bwhich (?:suits|works|time suits|slot)\b|\b(?:does|would) (?:this|that|the time) (?:work|suit)\b",
    r"\b(?:are|would|will) you be (?:free|available|able)\b|\bare you (?:free|available)\b|\byour availability\b",
    r"\b(?:can|could) you (?:come|make it|do)\b|\bhar du (?:mulighet|mulighed|möjlighet)\b|\bkan du (?:komme|komma)\b",
    r"\b(?:hätten|haben|hast|hättest) (?:sie|du)\b[^.?!\n]{0,60}\bzeit\b|\bkönnten sie\b|\bkannst du\b",
    r"\bpodrías\b|\bpodría usted\b|\bpuedes venir\b|\bseriez-vous\b|\bpourriez-vous\b|\bzou (?:je|u)\b|\bkun je\b",
    r"\bpääsisitkö\b|\bpystyisitkö\b|\bonnistuisiko\b",
    r"\b(?:passer|passar) (?:det|tidspunktet|tiden)\b|\bhva(?:d)? passer\b|\bvilken tid\b",
    r"\b(?:er|är) du ledig\b|\bpasst (?:es ihnen|es dir|ihnen|dir)\b|\bwelcher termin\b",
    r"\bsopii\w*\b|\bschikt (?:het|dit)\b|\bkomt (?:het|dit) (?:je|u) uit\b",
    r"\b(?:vous|te) convient\b|\bêtes-vous disponible\b|\b(?:te|le) viene bien\b|\bestás disponible\b",
)

# Welcoming the addressee to the sender's place: "Välkommen till oss den 8 december kl 13:30!"
WELCOME = _union(
    r"\bwelcome to (?:our office|us)\b|\b(?:velkommen|välkommen) (?:til|till) (?:oss|os)\b|\bwillkommen bei uns\b",
    r"\btervetuloa (?:meille|toimistollemme)\b|\bwelkom bij ons\b|\bbienvenue (?:chez nous|dans nos locaux)\b",
    r"\bbienvenid[oa] a (?:nuestra oficina|nuestras oficinas)\b",
)

# A clock time: "kl. 13.00", "14:00", "2pm", "10 Uhr", "14h00", "om 9.30 uur", "a las 10".
TIME = _union(
    r"\d{1,2}:[0-5]\d(?!\d)",
    r"\b(?:kl|klo|kello|klokka|klockan)\.?\s?\d{1,2}(?:[.:][0-5]\d)?\b",
    r"\b\d{1,2}(?:[.:][0-5]\d)?\s?(?:uhr\b|uur\b|h\d\d\b|h\b|am\b|pm\b|a\.m\.|p\.m\.)",
    r"\b(?:um|om|a las|alle)\s\d{1,2}(?:[.:][0-5]\d)?\b(?!\.\d)",
)

# --- offer ---------------------------------------------------------------------------------------------------

# "offer you", "tilbyde dig", "erbjuda dig", "Ihnen ... anbieten", "ofrecerte", hiring verbs.
OFFER_YOU = _union(
    r"\boffer(?:ing)?\s+you\b|\b(?:make|extend|send)(?:ing)?\s+(?:you\s+)?(?:a|an)\s+(?:\w+\s+){0,2}offer\b",
    r"\btilby\w*\s+(?:\w+\s+){0,2}(?:dig|deg)\b|\b(?:give|gi)\s+(?:dig|deg)\s+(?:et\s+)?tilbud\b",
    r"\berbjud(?:a|er)\s+(?:\w+\s+){0,2}dig\b|\bge\s+dig\s+ett\s+erbjudande\b",
    r"\b(?:ihnen|dir)\b[^.?!\n]{0,120}?\ban(?:zu)?bieten\b|\bbiete[nt]?\s+(?:wir|ich)\s+(?:ihnen|dir)\b",
    r"\b(?:ihnen|dir)\s+(?:ein|unser)\s+(?:\w+\s+)?angebot\s+(?:zu\s+)?(?:machen|unterbreiten)\b",
    r"\btarjo(?:ta|amme|an)\s+sinulle\b",
    r"\bbied(?:en|t)\s+(?:we|wij|ik)\s+(?:je|u)\b|\b(?:je|u)\s+(?:een|het)\s+(?:\w+\s+){0,2}aan\s+te\s+bieden\b",
    r"\b(?:vous|te)\s+(?:proposer|offrir)\s+(?:le|un|ce)\s+poste\b|\bvous\s+(?:faire|adresser)\s+une\s+offre\b",
    r"\bofrecer(?:te|le)\b|\b(?:te|le)\s+ofrecemos\b",
)
# Verbs that mean "hire you": an offer by themselves.
HIRE_YOU = _union(
    r"\bhire you\b|\bansætte dig\b|\bansette deg\b|\btilsetje deg\b|\banställa dig\b|\bsie einstellen\b",
    r"\bdich einstellen\b|\bpalkata sinut\b|\b(?:je|u)\b[^.?!\n]{0,30}?\baan(?:nemen| te nemen)\b",
    r"\bvous embaucher\b|\bvous recruter\b|\bcontratarte\b|\bcontratarle\b",
)
# The offer named as such: "offer letter", "Tilbud om stilling", "Einstellungszusage", "Työtarjous".
OFFER_NOUN = _union(
    r"\b(?:job|employment|formal|written|conditional|your|updated|revised|verbal)\s+offer\b"
    r"|\boffer (?:letter|of employment)\b",
    r"\btilbud om (?:stilling|ansættelse|ansettelse|jobb|arbeid|fast)\w*|\btilbod om (?:tilsetjing|stilling)\w*",
    r"\bjobbtilbud\w*|\btilbuds?brev\w*|\btilbodsbrev\w*|\bansættelsesbrev\w*",
    r"\berbjudande om anställning\b|\bditt erbjudande från\b|\bjobberbjudande\b",
    r"\b(?:vertrags|job|stellen|arbeits)angebot\w*|\beinstellungszusage\b|\btyötarjou\w*",
    r"\b(?:je|jouw|uw) aanbod\b|\b(?:contract|baan)aanbod\b",
    r"\boffre d'emploi\b|\bpromesse d'embauche\b|\bproposition d'embauche\b",
    r"\boferta (?:de empleo|de trabajo|laboral)\b|\bcarta de oferta\b",
)
# A bare offer word: weak, marketing uses it too ("special offer", "ditt personliga erbjudande").
OFFER_WORD = _union(r"\b(?:offer|tilbud|tilbod|erbjudande|angebot|tarjous|aanbod|offre|oferta)\b")
CONTRACT_FILE = _union(
    r"offer|tilbud|tilbod|erbjudande|avtal|kontrakt|contract|vertrag|angebot|zusage|ansættelse|ansettelse"
    r"|työsopimus|tarjous|aanbod|overeenkomst|contrat|oferta|contrato",
)
OFFER_LINK = _union(r"/offers?/|/aanbod/|/ofertas?/|/tilbud/|/erbjudande/|/angebot/")
# Asking the candidate to accept or sign.
ACCEPT = _union(
    r"\baccept(?:ing)?\s+(?:or decline\s+)?(?:the|this|your|our|my)?\s*offer\b|\bto accept\b"
    r"|\bsign (?:and return )?(?:the|your) (?:letter|offer|contract)|\bsign electronically\b",
    r"\baccept\w* tilbuddet\b|\bsiger? (?:du )?ja\b|\bsagt ja\b|\bmodtage stillingen\b|\bdigital underskrift\b",
    r"\baksept\w* tilbudet\b|\btakker (?:du )?ja\b|\bsier (?:du )?ja\b|\btar imot (?:stillingen|tilbudet)",
    r"\btek imot tilbodet\b|\bsigner\w* arbeidsavtalen\b",
    r"\baccepter\w* (?:erbjudandet|det)\b|\btackar (?:du )?ja\b|\bsäger (?:du )?ja\b|\bskriv under\b",
    r"\bangebot an(?:nehmen|zunehmen)\b|\b(?:ihre|deine) zusage\b|\bunterschreiben sie\b|\bsignen\b"
    r"|\bdigitalen unterschrift\b",
    r"\btarjouksen vastaan\b|\ballekirjoitettavaksi\b",
    r"\b(?:'ja'|ja) zegt\b|\baanbod (?:accepteren|aannemen)\b|\bdigitaal (?:te )?ondertekenen\b",
    r"\baccepter (?:l'offre|notre offre|la proposition|cette offre)|\bsigner (?:le|votre) contrat\b",
    r"\b(?:tu|su) aceptación\b|\baceptar (?:la|nuestra) oferta\b|\bfirmar el contrato\b",
)
SALARY = _union(
    r"\b(?:salary|base|lønn|løn|månedsløn|årslønn|lön|månadslön|gehalt|jahreslohn|jahresbruttogehalt|palkka"
    r"|salaris|salaire|salario)\b",
)
START = _union(
    r"\b(?:start date|start|tiltrædelse|tiltredelse|tiltreding|oppstart|tillträdesdag|tillträde|beginn"
    r"|eintritt|aloitus|startdatum|indiensttreding|date de début|prise de poste|incorporación)\b",
)

# --- against -------------------------------------------------------------------------------------------------

REJECTION = _union(
    r"\banother candidate\b|\bother candidates? who\w*\b|\bregret to inform\b|\bnot (?:be )?(?:progressing|moving"
    r" forward|proceeding)\b|\bnot been successful\b|\bunsuccessful\b|\bdecided to (?:proceed|go|move forward)"
    r" with (?:another|other|a different)",
    r"\b(?:anden|annen|annan|anderen?|andere) (?:kandidat\w*|person|bewerber\w*)\b|\btoisen hakijan\b",
    r"\bautre candidat\w*|\botro candidato\b|\botra candidata\b|\bandere kandida\w*",
    r"\bentschieden, die stelle\b|\babsage\b|\bpas été retenue?\b|\bno ha sido seleccionad\w*",
)
# Regret words: weak alone, a reschedule may start with "unfortunately".
REGRET = _union(
    r"\b(?:unfortunately|desværre|dessverre|dessverre|diverre|tyvärr|leider|valitettavasti|malheureusement"
    r"|helaas|lamentablemente|desafortunadamente)\b",
)
RECEIPT = _union(
    r"\breceived your application\b|\bapplication (?:has been |was )?received\b|\backnowledge receipt\b",
    r"\bmodtaget din ansøgning\b|\bfået dine (?:dokumenter|papirer)\b|\bmottatt søknaden\b"
    r"|\bsøknaden (?:din )?(?:er|ble) (?:mottatt|registrert)\b",
    r"\btagit emot din ansökan\b|\bmottagit din ansökan\b|\bvi har tagit emot\b",
    r"\beingang ihrer (?:bewerbung|unterlagen)\b|\beingangsbestätigung\b|\bbewerbung ist (?:bei uns )?eingegangen",
    r"\bvastaanott\w* hakemuksesi\b|\bhakemuksesi on vastaanotettu\b",
    r"\b(?:je|uw) sollicitatie (?:goed )?ontvangen\b|\bhebben (?:je|uw) sollicitatie\b",
    r"\bbien reçu votre candidature\b|\baccusons réception\b|\bhemos recibido tu (?:candidatura|solicitud)\b",
)
INVOICE = _union(
    r"\b(?:receipt|invoice|amount paid|payment method|vat|kvittering|kvitto|faktura|rechnung|quittung|kuitti"
    r"|lasku|factuur|facture|factura)\b",
)
ALERT = _union(
    r"\b\d+\s+(?:new|nye|nya|neue|uutta|nieuwe|nouvelles?|nuevos?|nuevas?)\s+(?:\w+\s+)?(?:jobs?|jobb\w*"
    r"|stillinger|stellen\w*|työpaikkaa|vacatures|offres|empleos|ofertas)\b",
    r"\bjobs? for you\b|\bmore jobs\b|\bmatching your search\b|\bmatch\w* din søgning\b|\bfor din søgning\b",
    r"\bför din sökning\b|\bjobb som matchar\b|\bfür ihre suche\b|\bjob ?alert\b|\bjobbagent\b|\bsøgeagent\b",
    r"\bjobmail\w*|\bjobbvarsel\b|\bhakuvahti\b|\bvacature-?alert\b|\balerte emploi\b|\balerta de empleo\b",
    r"\bsee all \d+ jobs\b|\balle \d+ (?:neuen )?jobs\b|\bse alle (?:jobber|job|resultater)\b|\bvisa alla jobb\b",
)
MARKETING = _union(
    r"\bwebinar\w*|\bwebbinar\w*|\bwebinaari\w*|\bwebinaire\w*|\bseminario web\b|\bspecial offer\b",
    r"\b\d+\s?% (?:off|rabatt|rabat|korting|alennus|de (?:réduction|descuento))\b|\bmedlemstilbud\b",
    r"\bmedlemserbjudande\b|\bmitgliederangebot\b|\bdiscount\b|\bpromo code\b|\bnewsletter\b|\bnyhetsbrev\w*",
    r"\bnyhedsbrev\w*|\bkarrierebrev\w*|\buutiskirje\w*|\bnieuwsbrief\w*|\binfolettre\b|\bboletín\b",
    r"\bsave your seat\b|\bplatz sichern\b|\bmeld deg på\b|\banmäl dig\b|\btilmelding\b|\bregister now\b",
    r"\bfagkveld\b|\bopen house\b|\bcareer fair\b|\bkarrieremesse\b|\bjobbmässa\b",
)
UNSUBSCRIBE = _union(
    r"\bunsubscribe\b|\bavregistrera\b|\babbestellen\b|\buitschrijven\b|\bdésabonner\b|\bdarse de baja\b",
    r"\bperuuta tilaus\b|\bmeld deg av\b|\bafmeld\w*:|\babmelden\b|\bopt[- ]out\b|\bemail preferences\b",
)
UNSUBSCRIBE_LINK = _union(r"unsubscribe|afmeld|abmelden|avregistrera|opt-?out|/preferences|samtykker")
# The user as the interviewer: a colleague preparing interviews of "candidates".
INTERVIEWER_SIDE = _union(
    r"\bcandidates\b|\bkandidater(?:ne)?\b|\bkandidaten\b|\bkandidat\*innen\b|\bbewerber\*innen\b|\bsøkere\w*"
    r"|\bansøgere\w*|\bsökande\b|\bhakijat\b|\bcandidats\b|\bcandidatos\b",
    r"\binterview ?(?:guide|leitfaden|scorecard)\w*|\bintervjuguide\w*|\bbewertungsmatrix\b|\bscorecard\w*",
)

# --- sentence scope ------------------------------------------------------------------------------------------

# Negation: a negated sentence invites to nothing ("we are not arranging interviews").
NEGATION = _union(
    r"\b(?:not|no(?![-.])|never|ikke|ikkje|ingen|inte|ej|inga|nicht|kein\w*|emme|eivät|niet|geen|pas|jamais|nunca"
    r"|ningun[oa]?)\b|\b(?:don|doesn|didn|won|can|couldn|wouldn|isn|aren|wasn|weren|haven|hasn|shouldn)'t\b",
)
# Idioms that carry a negation word but do not negate ("don't hesitate", "glem ikke").
NOT_NEGATION = _union(
    r"\bdo(?:n't| not) (?:hesitate|forget)\b|\bnot only\b|\bikke nøl\b|\bglem ikke\b|\bglöm inte\b"
    r"|\btveka inte\b|\bnicht nur\b|\bzögern sie nicht\b|\bvergessen sie nicht\b|\bvergeet niet\b"
    r"|\bn'hésitez pas\b|\bn'oubliez pas\b|\bno dudes\b|\bno olvides\b|\bikke tøv\b|\bnicht vergessen\b",
)
# Conditionals and hedges: what follows is hypothetical ("if shortlisted, we will invite you").
CONDITIONAL = _union(
    r"\bif\b|\bunless\b|\bshould (?:you|we)\b|\bonce\b|\bas soon as\b|\bmight\b|\bsuccessful\b",
    r"\bhvis\b|\bdersom\b|\bom (?:du|vi|ni|det)\b|\bifall\b|\bnår vi\b|\bnär vi\b|\bkan komma att\b",
    r"\bwenn\b|\bfalls\b|\bsollten?\b|\bsobald\b|\bjos\b|\bmikäli\b",
    r"\bindien\b|\bmocht(?:en)?\b|\bals (?:je|u|we|wij)\b|\bzodra\b",
    r"\bsi (?:vous|tu|nous)\b|\bs'il\b|\bau cas où\b|\bdès que\b|\bsi (?:te|le|eres|es)\b|\ben caso de\b",
)
# A past event: thanks for an interview that took place, "yesterday", "last week".
PAST = _union(
    r"\bthank(?:s| you) for (?:attending|coming|meeting|taking|speaking|your time|the (?:interview|call|chat"
    r"|meeting|conversation))|\b(?:attended|yesterday|last week|earlier today|this morning|we spoke|we met)\b",
    r"\b(?:takk|tak) for (?:at du (?:deltok|kom|tok)|praten|samtalen|intervjuet|sist|de gode|første)"
    r"|\b(?:deltok|i går|igår|forrige uke|sidste uge|i formiddags|viser til intervju|med henvisning til)\b",
    r"\btack för (?:att du kom|att du deltog|samtalet|intervjun|senast)|\b(?:förra veckan|kom på intervju)\b",
    r"\b(?:danke|dank) für (?:das|den|ihren besuch|deinen besuch|die)\b|\b(?:gestern|letzte woche|wie am)\b",
    r"\bkiitos (?:vielä )?(?:eilisestä|tapaamisesta|haastattelusta)|\beilen\b",
    r"\b(?:bedankt|dank) voor (?:het gesprek|je komst|de gesprekken)|\b(?:gisteren|vorige week)\b",
    r"\bmerci pour (?:l'entretien|votre venue)|\bla semaine dernière\b|\bsuite à (?:notre|votre|l')",
    r"\bgracias por (?:la entrevista|venir|tu tiempo)|\b(?:ayer|la semana pasada)\b|\btras (?:las|la) entrevista",
)

# --- mail-level ----------------------------------------------------------------------------------------------

# Reply and forward prefixes of subjects in the supported languages.
REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|sv|aw|vs|antw|ref|r|fw|fwd|wg|vl|tr|rv|enc)\s*:\s*)+", re.IGNORECASE)
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
        "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de",
        "t-online.de", "posteo.de", "mail.dk", "hotmail.no", "online.no", "live.se", "telia.com", "yandex.com",
    }
)  # fmt: skip
