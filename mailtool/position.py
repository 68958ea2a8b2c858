"""Find the job title a message is about: from the subject's parts and from the body's cue phrases."""

from __future__ import annotations

import re
import unicodedata

from mailtool import title_phrase, titletrim
from mailtool.datewords import MONTH, WEEKDAY
from mailtool.lazyre import lazy
from mailtool.model import Mail
from mailtool.orgs import domain_of, is_free_mail

_REPLY_PREFIX = lazy(r"^\s*(?:(?:re|sv|aw|vs|wg|fw|fwd|tr|antw|vl|rv|ref)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# Subject parts are separated by a dash with a space on one side, a spaced hyphen or bar, or a colon.
_SEPARATOR = lazy(r"(\s[–—]\s?|[–—]\s|\s-\s|\s\|\s|:\s)")
# Stems of recruiting words: a subject part holding one is the "what", not the "which job" (compounds too:
# "Haastattelukutsu", "videosamtale", "Eingangsbestätigung").
_CUE_STEMS = lazy(
    r"interview|intervju|samtal|gespräch|gesprek|haastattelu|entretien|entrevista|invit|einladung|inbjudan|innkall|"
    r"indkald|kallelse|kutsu|uitnodiging|offer|tilbud|tilbod|erbjud|angebot|tarjous|offre|oferta|aanbod|"
    r"application|applying|søknad|ansøgning|ansökan|bewerbung|hakemus|candidature|candidatura|sollicitatie|"
    r"update|availability|follow|reminder|påminn|påmind|erinnerung|herinnering|muistutus|rappel|recordatorio|"
    r"confirm|bekreft|bekræft|bestätig|bekräft|next step|"
    r"neste steg|næste skridt|nästa steg|assessment|contract|vertrag|kontrakt|avtale|avtal|zusage|absage|"
    r"rückmeldung|rueckmeldung|feedback|opfølgning|oppfølging|uppföljning|frage|fråga|spørgsmål|spørsmål|"
    r"question|forhandling|förhandling|ansættelse|anställning|tilsetjing|ansettelse|employment|letter|request|"
    r"rekryter|rekrutter|recruit|kennenlernen|contrat|embauche|proposition|propuesta|sopimus|"
    # trial days and take-home exercises name the stage ("Prøvedag hos X – Baker"); "hakijalle" the addressee
    r"prøvedag|provdag|probetag|probearbeit|trial day|trial shift|arbeidsprøve|arbetsprov|koepäivä|proefdag|"
    r"exercise|assignment|oppgave|opgave|uppgift|aufgabe|tehtävä|opdracht|exercice|ejercicio|hakija|tiedote|"
    r"termin|tidspunkt|"  # the appointment itself ("neuer Termin", "nytt tidspunkt")
    # the appointment moved ("Change of time: your interview", "Tidsendring", "Terminverschiebung")
    r"reschedul|change of (?:time|date|venue|plan)|(?:time|date|schedule) change|tidsendring|tidsændring|tidsändring"
    r"|verschiebung|verschoben|verplaatst|ajankohdan muutos|changement d'horaire|cambio de (?:hora|fecha)"
)
# Recruiting events: a part that opens with one names the event, and the words after it the job
# ("Intervju dataingeniør"); other cue words may start a title ("Application Engineer", "Recruitment Consultant").
_EVENT_STEMS = lazy(
    r"interview|intervju|samtal|gespräch|gesprek|haastattelu|entretien|entrevista|einladung|inbjudan|innkall|"
    r"indkald|kallelse|kutsu|uitnodiging|"
    # The application, in languages that write a compound as one word: "Ansøgning elektriker" is the application
    # for a job, where English "Application Engineer" is a title.
    r"søknad|ansøgning|ansökan|bewerbung|sollicitatie|hakemus|candidature|candidatura"
)
# Words that lead from the event to its job ("final panel for X", "intervju för X"): "of" and "de" are left out,
# since they join the parts of a title ("Head of Sales", "Responsable de Almacén").
_LEAD_LINKS = frozenset("for för für til till om about as als som pour para voor zum zur".split())
# Short cue words that hide inside titles ("Kfz-Mechatroniker", "Call Center Agent"): whole words only.
# Rounds and steps of a process ("Andre runde", "Nächster Schritt") and its tests ("online tests", "tekniskt test")
# name the stage too, never the job.
_CUE_WORDS = lazy(
    r"\b(?:chat|call|status|screen|screening|round|runde|runda|omgång|omgang|kierros|ronda|panel|"
    r"\w*(?:tests?|testen|testet|testit?)|prøve|prov|schritt|skridt|steg|stap|étape|paso|vaihe|steps?)\b"
)
# Parts that name a bulletin, not a job ("Karriere: 5 tips ...", "Webinar: ...").
_BULLETIN = lazy(r"webinar|webbinar|newsletter|nyhetsbrev|nyhedsbrev|karriere|karriär|career|tips|\bkurs\b")
# Head nouns of job titles: a part holding one is a title even when it also holds a cue ("Application Engineer").
_HEAD_STEMS = lazy(
    r"engineer|ingeni|ingénieur|developer|utvikler|udvikler|utvecklare|entwickler|développeur|desarrollador|"
    r"manager|analyst|analytiker|analist|consultant|konsulent|konsult|berater|designer|scientist|specialist|"
    r"spezialist|lead|leder|ledare|leiter|chef|head|director|officer|coordinator|koordinator|assistent|assistant|"
    r"technician|tekniker|techniker|teknikko|nurse|sykepleier|sygeplejerske|lektor|adviser|advisor|rådgiver|"
    r"rådgivare|adviseur|architect|arkitekt|programmer|planner|päällikkö|insinööri|asiantuntija|medewerker|"
    r"medarbeider|medarbejder|medarbetare|mitarbeiter|programme|trainee|graduate|werkstudent|praktikant|lærling|"
    r"lärling|auszubildende|"
    # Endings of agent nouns, where the list above has no stem: "elektriker", "montør", "psykolog", "jurist".
    r"\w\w(?:iker|ician|ør|olog|ologe|eur|euse|ist|istin)\b"
)
# Words that join a recruiting word to the job it is about ("Fråga om UX-designer", "Interview for Data Engineer").
_LINK_WORDS = frozenset("om for til till för für zum zur als as som about pour para voor van de of the".split())
# Words of a sentence, not of a title: pronouns and greetings ("Thank you", "Tack för din tid").
_SENTENCE_WORDS = frozenset(
    "you your we our my du din ditt dine deg dig vi jeg jag sie ihr ihre ihnen wir ich dich dir vous nous je "
    "tu jij je u wij hoe how what why thanks thank tack takk tak danke merci gracias bedankt kiitos "
    # a request is no title: "Legal Operations Analyst - please book"
    "please bitte vennligst venligst snälla alstublieft".split()
)
_LEGAL_SUFFIX = lazy(r"\b(?:as|asa|ab|gmbh|ag|a/s|aps|ltd|inc|plc|oy|oyj|bv|sa|llc|kg|se|s\.l\.)\.?$", re.I)
_PAREN = lazy(r"\([^()]*\)")
_TRAILING_PAREN = lazy(r"\s*\(([^()]+)\)$")
_GENDER = lazy(r"\((?:[mwfdhxov]\s*/\s*)+[mwfdhxov]\)", re.I)
_WORD = lazy(r"\w+")
# A call to action heads a subject the way a title does: "Action required: please sign", "Handling påkrevd: ..."
_CALL_TO_ACTION = lazy(
    r"\b(?:action|response|reply|signature|attention) (?:required|needed|requested)\b|\bhandling (?:påkrevd|kræves)\b"
    r"|\båtgärd krävs\b|\bhandlung erforderlich\b|\btoimenpiteitä vaaditaan\b|\bactie vereist\b|\baction requise\b"
    r"|\bacción requerida\b|\b(?:urgent|dringend|viktig|vigtigt|tärkeä|belangrijk|urgente)\b"
)
# A workplace named after a comma ("opettaja, Päiväkoti Pajupilli", "Erzieher, Kita Sonnenschein"): a capitalised
# kind of institution followed by its name places the job; a lower-case unit ("ortopedisk sengepost") is kept.
_WORKPLACE_TAIL = lazy(
    r"\s*(?:Päiväkoti|Koulu|Sairaala|Kindergarten|Kita|Schule|Grundschule|Gymnasium|Klinikum|Krankenhaus"
    r"|Barnehage|Barnehagen|Skole|Skolen|Sykehjem|Förskola|Förskolan|Skola|Skolan|Børnehave|Børnehaven|Plejehjem"
    r"|School|Nursery|Hospital|Kinderdagverblijf|Basisschool|Crèche|École|Escuela|Colegio|Guardería)\s+[A-ZÆØÅÄÖÜ]"
)
# The terms of the post in brackets: "(100 % fast)", "(50 %, vikariat)" say how long and how much, not what the job
# is. A bare share ("(80–100 %)") is often written as part of the title and kept.
_TERMS_PAREN = lazy(
    r"\s*\((?=[^()]*\d\s?%)(?=[^()]*\b(?:fast|faste|vikariat|engasjement|tidsbegrenset|tidsbegränsad|visstid"
    r"|tillsvidare|permanent|temporary|fixed[- ]term|full[- ]time|part[- ]time|unbefristet|befristet|vollzeit|teilzeit"
    r"|vakituinen|määräaikainen|vast|tijdelijk|cdi|cdd|indefinido|temporal)\b)[^()]*\)\s*$",
    re.IGNORECASE,
)
_FI_PLACE = lazy(r"[A-ZÅÄÖ]\w+n(?:\s+[a-zåäö]\w*)+")
_NUMERIC_DATE = lazy(r"\b\d{1,2}[./]\d{1,2}\b|\b\d{1,2}[:.]\d\d\b")
# Prepositions that put a name after them as a place or an employer ("in Bergen", "with Tidewell", "ved Hydro").
_WHERE_PREP = r"(?:at|in|with|i|på|ved|vid|hos|bei|bij|à|chez|en|con|met|mit|med)"
# A document's name on a line of its own, as signing services and offer mails list them: named like a subject.
_DOCUMENT = lazy(r"^[^\w\n]*(?P<name>[^\n]{3,120}?)\.(?:pdf|docx?|odt)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".odt")
# Prepositions before an employer's name in running text ("at Acme", "hos Acme", "bei der Acme").
_EMPLOYER_PREP = ("at", "with", "hos", "bei", "bei der", "bij", "chez", "vid", "ved", "i", "in", "på", "en")
# A part that is only a reference: "Kennziffer BSI-2026-217", "Job ID 48213", "R0047123".
_REFERENCE_PART = lazy(r"\s*(?:(?:ref|kennziffer|id|nr|job id|reference|req)\b|[^a-zæøåäöü]*$)", re.I)


def find_position(mail: Mail, lang: str) -> str | None:
    """Return the position as written in the message, or None when it is not stated."""
    if _is_internal(mail):
        return None  # colleagues planning interviews they hold: the title is not a job the reader applied for
    body = mail.body or mail.new_text
    if _is_list_mail(mail):
        # An alert's or newsletter's subject sums up many listings; a transactional ATS mail with an unsubscribe
        # link still names its one job in a cue phrase of the body.
        # link still names the process in its subject ("Your application to X") and its one job in the body.
        return title_phrase.find_in(body) if _has_cue(mail.subject.casefold()) and not _is_bulk(mail) else None
    found = _choose(_from_subject(mail.subject, mail), title_phrase.find_in(body)) or _from_document(body, mail)
    # "helsefagarbeidar (100 % fast)": the share of a full post is a term of the job, not part of its title
    return _TERMS_PAREN.sub("", found).strip() or None if found else None


def _is_list_mail(mail: Mail) -> bool:
    return bool(mail.header("list-unsubscribe") or mail.header("list-id"))


def _is_bulk(mail: Mail) -> bool:
    """Tell whether a list mail is mass mail: a List-Id, or a Precedence of bulk or list."""
    return bool(mail.header("list-id")) or mail.header("precedence").strip().lower() in ("bulk", "list", "junk")


def _from_document(body: str, mail: Mail) -> str | None:
    """Return the title in the name of an attached or signed document ("• Ansættelseskontrakt – X.pdf")."""
    head = body[:4000]
    if not any(ext in head.lower() for ext in _DOCUMENT_EXTENSIONS):
        return None  # the cheap test first: most mails name no document
    for match in _DOCUMENT.finditer(head):
        if title := _from_subject(match.group("name"), mail):
            return title
    return None


def _is_internal(mail: Mail) -> bool:
    """Tell whether the sender writes only to colleagues: every address in one organisation's own domain."""
    domain = domain_of(mail.sender.addr) if mail.sender else ""
    if not domain or is_free_mail(domain) or not mail.to:
        return False
    return all(domain_of(a.addr) == domain for a in mail.to)


def _choose(subject: str | None, body: str | None) -> str | None:
    # The subject names the job most canonically, but ATS subjects truncate: prefer a body phrase that extends it.
    if subject and body:
        if _extends(body, subject) or _key(_GENDER.sub("", body)) == _key(_GENDER.sub("", subject)):
            return body
        # A subject part taken as the title only because it is no cue ("Calder Valley Water - interview slots")
        # yields to a body title with a head noun, which a cue phrase introduced.
        return body if _is_headless(subject) and not _is_headless(body) else subject
    return subject or body


def _is_headless(title: str) -> bool:
    return not (_HEAD_STEMS.search(title.casefold()) or _GENDER.search(title))


def _extends(longer: str, shorter: str) -> bool:
    # The body completes a subject that was cut short, or that dropped a small word ("ingenjör [inom] ...").
    if _key(longer).startswith(_key(shorter)):
        return True
    extra = set(_WORD.findall(longer.casefold())) - set(_WORD.findall(shorter.casefold()))
    return bool(extra) and extra <= titletrim.SMALL_WORDS


def _key(title: str) -> str:
    return " ".join(_WORD.findall(title.casefold()))


def _from_subject(subject: str, mail: Mail) -> str | None:
    """Return the title a subject (or a document name written like one) names among its parts."""
    subject = _REPLY_PREFIX.sub("", subject).strip()
    parts = _SEPARATOR.split(subject)
    texts, seps = parts[0::2], parts[1::2]
    for text in texts:
        if title := title_phrase.find_in(text) or title_phrase.named_role(text):
            return _clean(title, mail)
    kinds = [_part_kind(text, mail) for text in texts]
    if "title" in kinds and ("cue" in kinds or _beside_employer(texts, kinds, mail)):
        return _joined_title(texts, seps, kinds, mail)
    # No part is the title alone: it may follow the recruiting word in one part ("Videointerview Werkstudent X").
    split = (_after_cue(text, kind, mail) or _before_cue(text, mail) for text, kind in zip(texts, kinds, strict=True))
    return next((title for title in split if title), None)


def _joined_title(texts: list[str], seps: list[str], kinds: list[str], mail: Mail) -> str | None:
    first = kinds.index("title")
    last = first
    tokens = texts[first].split()
    lead = _lead_length(tokens, "title")  # "Videointerview Werkstudent X": the event, then the job
    texts = [*texts[:first], " ".join(tokens[lead:]), *texts[first + 1 :]] if 0 < lead < len(tokens) else texts
    # Dashes join the parts of one title ("Engineer – Threat Detection"); a bar or colon starts something else.
    while last + 1 < len(kinds) and kinds[last + 1] == "title" and seps[last].strip() in "–—-":
        last += 1
    # each part trimmed alone: a dash before lower case ends a sentence in running text, but in a subject it only
    # separates the parts of one title ("Dataingeniør – produksjonsprognoser")
    trimmed = [titletrim.trim(texts[i], "xx", keep_comma=True) for i in range(first, last + 1)]
    if not trimmed[0]:
        return None
    count = next((n for n, part in enumerate(trimmed) if not part), len(trimmed))
    joined = "".join(str(trimmed[n]) + (seps[first + n] if n + 1 < count else "") for n in range(count))
    return _clean(joined, mail)


def _beside_employer(texts: list[str], kinds: list[str], mail: Mail) -> bool:
    """Tell whether the subject is "Title – Employer" with no recruiting word: a title with a head noun, and the
    sender's organisation in another part."""
    title = texts[kinds.index("title")].casefold()
    return bool(_HEAD_STEMS.search(title)) and any(
        kind == "other" and _names_organisation(text, mail) for text, kind in zip(texts, kinds, strict=True)
    )


def _after_cue(text: str, kind: str, mail: Mail) -> str | None:
    """Return the title that follows a part's leading recruiting words ("Fråga om UX-designer")."""
    tokens = text.split()
    i = _lead_length(tokens, kind)
    if i == 0 or i == len(tokens):
        return None
    return _title_part(" ".join(tokens[i:]), mail)


def _before_cue(text: str, mail: Mail) -> str | None:
    """Return the title before a part's trailing recruiting words ("Infrastructure Engineer application")."""
    tokens = text.split()
    i = len(tokens)
    while i > 0 and _has_cue(tokens[i - 1].casefold()) and not _HEAD_STEMS.search(tokens[i - 1].casefold()):
        i -= 1
    return _title_part(" ".join(tokens[:i]), mail) if 0 < i < len(tokens) else None


def _title_part(rest: str, mail: Mail) -> str | None:
    low = rest.casefold()
    if not (_HEAD_STEMS.search(low) or _GENDER.search(rest)) or not _looks_like_title(rest, low, mail):
        return None
    trimmed = titletrim.trim(rest, "xx", keep_comma=True)
    return _clean(trimmed, mail) if trimmed else None


def _lead_length(tokens: list[str], kind: str) -> int:
    """Return how many leading words name the event rather than the job (0 when the part is the title itself)."""
    i, linked = 0, False
    while i < len(tokens) and (_has_cue(tokens[i].casefold()) or tokens[i].casefold() in _LINK_WORDS):
        linked = linked or tokens[i].casefold() in _LINK_WORDS
        i += 1
    first = tokens[0].casefold() if tokens else ""
    # Without a link word a title's own head may carry the cue ("Application Engineer"): only a pure cue part or
    # an event noun ("Intervju dataingeniør") splits.
    event = bool(_EVENT_STEMS.search(first)) and not _HEAD_STEMS.search(first)
    if i and _has_cue(first) and (linked or kind == "cue" or event):
        return i
    link = _lead_link(tokens)
    return link + 1 if link is not None and kind == "cue" else 0


def _lead_link(tokens: list[str]) -> int | None:
    """Return the index of the link word in "final panel for X", when the words before it hold no title head."""
    for i, token in enumerate(tokens[:6]):
        if token.casefold() in _LEAD_LINKS:
            lead = " ".join(tokens[:i]).casefold()
            return i if i and not _HEAD_STEMS.search(lead) else None
    return None


def _part_kind(text: str, mail: Mail) -> str:
    """Tell a subject part's role: "cue" (what the mail is), "title", or "other" (employer, person, number...)."""
    low = text.casefold()
    if _has_cue(low) and not _HEAD_STEMS.search(low):
        return "cue"
    tokens = text.split()
    link = _lead_link(tokens)
    if link is not None and _HEAD_STEMS.search(" ".join(tokens[link + 1 :]).casefold()):
        return "cue"  # "final panel for Product Designer": the event, with the job after "for"
    if _names_when(low):
        return "other"  # "eftersyn torsdag d. 10/12", "casepresentasjon 21. januar": a date, not a job
    return "title" if _looks_like_title(text, low, mail) else "other"


def _names_when(low: str) -> bool:
    """Tell whether a subject part names a day: a weekday, a month's full name, or a numeric date."""
    words = _WORD.findall(low)
    if any(len(w) > 3 and (w in WEEKDAY or w in MONTH) for w in words):
        return True
    return bool(_NUMERIC_DATE.search(low))


def _looks_like_title(text: str, low: str, mail: Mail) -> bool:
    words = set(_WORD.findall(low))
    if not words or len(words) > 8 or words & _SENTENCE_WORDS or text.rstrip().endswith(("?", "!")):
        return False
    if _BULLETIN.search(low) or _REFERENCE_PART.match(text) or _CALL_TO_ACTION.search(low):
        return False
    return not (_names_organisation(text, mail) or _names_recipient(words, mail))


def _has_cue(low: str) -> bool:
    return bool(_CUE_STEMS.search(low) or _CUE_WORDS.search(low))


def _names_organisation(text: str, mail: Mail) -> bool:
    """Tell whether a subject part is the employer: a legal suffix, the sender's name or domain, or a name the body
    puts after "at"/"hos"/"bei" ("applying to the X at Brightwater Building Society")."""
    if _LEGAL_SUFFIX.search(text.strip()):
        return True
    words = {w for w in _WORD.findall(text.casefold()) if len(w) >= 3}
    return bool(words) and (words <= _organisation_words(mail) or _named_as_employer(text, mail))


def _named_as_employer(text: str, mail: Mail) -> bool:
    # Only a name in capitals: "at home", "in sales" are no employers.
    name = " ".join(text.split())
    if not name[:1].isupper():
        return False
    body = mail.body or mail.new_text
    return any(f" {prep} {name}" in body for prep in _EMPLOYER_PREP)


def _mentions_organisation(text: str, mail: Mail) -> bool:
    return bool({w for w in _WORD.findall(text.casefold()) if len(w) >= 3} & _organisation_words(mail))


def _organisation_words(mail: Mail) -> set[str]:
    sender = mail.sender
    known = f"{sender.name} {sender.addr.replace('.', ' ').replace('@', ' ')}" if sender else ""
    return set(_WORD.findall(f"{known} {mail.signature}".casefold()))


def _fold(text: str) -> str:
    """Spell a name as a domain would: lower-case, without accents or spaces ("Grönkvist Data" -> "gronkvistdata")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


def _names_recipient(words: set[str], mail: Mail) -> bool:
    names = {w for a in mail.to for w in _WORD.findall(a.name.casefold()) if len(w) >= 3}
    return bool(names & words)


def _clean(title: str, mail: Mail) -> str | None:
    """Drop a trailing "(Company)" and a ", Place" tail the body does not repeat as part of the title."""
    paren = _TRAILING_PAREN.search(title)
    if paren and not _GENDER.fullmatch(paren.group(0).strip()) and _is_employer_or_place(paren.group(1), mail):
        title = title[: paren.start()]
    head, comma, tail = title.partition(",")
    if comma and _drops_tail(title, tail, mail):
        title = head
    title = title.strip(" \t,.;:-–")
    if title.count("(") != title.count(")"):
        return None  # "exercise (Backend Engineer, Python)" cut at its comma: the title is inside the bracket
    return title or None


def _drops_tail(title: str, tail: str, mail: Mail) -> bool:
    """Tell whether a comma tail places the job: a named workplace, or a tail neither repeated nor qualifying."""
    if _WORKPLACE_TAIL.match(tail):
        return True
    return _key(title) not in _key(mail.body or mail.new_text) and not _is_qualifier(tail, mail)


def _is_employer_or_place(group: str, mail: Mail) -> bool:
    """Tell whether a trailing "(...)" names the employer or the place ("(Bilbao)"), not a qualifier ("(Go)")."""
    if _mentions_organisation(group, mail):
        return True
    # The body names it as a place: "in Bilbao", "centro de Bilbao", "i Bergen", "à Lyon".
    where = re.compile(rf"\b(?:{_WHERE_PREP}|de|di|du|da)\s+{re.escape(group.strip().casefold())}\b")
    return group[:1].isupper() and bool(where.search((mail.body or mail.new_text).casefold()))


def _is_qualifier(tail: str, mail: Mail) -> bool:
    """Tell whether a comma tail qualifies the job ("Senior PM, Clinician Tools") rather than placing it.

    A single word is most often a town ("Data Engineer, Bergen"), so only a longer tail is kept, and only when
    it is not the sender's own organisation or unit and the body does not name it as a place or an employer.
    """
    segment = _PAREN.sub("", tail.partition(",")[0]).strip()  # a "(Ref 123)" adds no words to a town's name
    words = {w for w in _WORD.findall(segment.casefold()) if len(w) >= 3}
    organisation = _organisation_words(mail)
    if len(segment.split()) < 2 or not words or words <= organisation or _fold(segment) in organisation:
        return False
    if _FI_PLACE.fullmatch(segment):
        return False  # Finnish names a place by a genitive before a lower-case noun: "Satumetsän päiväkoti"
    # "with Tidewell Water" names an employer, "ved Hydro Sunndal" a site, "in New York" a place.
    where = re.compile(rf"\b{_WHERE_PREP}\s+{re.escape(segment.casefold())}\b")
    return not where.search((mail.body or mail.new_text).casefold())
