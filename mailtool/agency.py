"""Recruitment agencies: tell when a mail is written for a client, and find the client it names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailtool import orgs
from mailtool.lazyre import LazyPattern, lazy
from mailtool.orgname import NAME, Texts, employer_name
from mailtool.signature import SEGMENT_SPLIT, is_person_name

# Patterns are compiled on first use: most mail is no agency's, and a one-shot run should not pay for them.


# "our client Acme", "min kunde, Acme", "unser Mandant, die Acme GmbH": the client an agency names.
_CLIENT_NAMED = lazy(
    r"\b(?i:client|klient|kunde|kund|kunden|klant|cliente|asiakas|oppdragsgiver|oppdragsgiveren|uppdragsgivare|"
    r"uppdragsgivaren|opdragsgiver|opdragsgiveren|mandant|mandanten|auftraggeber)"
    r"(?:\s+(?i:vår|vores|vårt))?\s*,?\s+(?:(?:die|der|das|the|la|le|el|het|de)\s+)?(" + NAME + ")"
)


# Prepositions before a client's name ("hos Acme", "for Acme"); not "in"/"i", which name places.
_CLIENT_AT = lazy(
    r"(?:\b(?:at|hos|bei|bij|chez|för|for|från|fra|from|für|pour|para)(?:\s+(?:der|die|dem|den|la|le))?|@)"
    r"\s+(" + NAME + ")"
)


# "Acme vil gerne ansætte dig", "Die Acme GmbH möchte Sie ... einstellen", "Acme would like to offer you":
# the organisation that hires or offers, named by the agency as its sentence's subject.
_CLIENT_HIRES = lazy(
    r"(?<!\w)(?:(?i:die|der|das|the)\s+)?(" + NAME + r")\s+(?:vil|vill|ønsker|önskar|möchte|würde|will|"
    r"would|wants|want|har|hat|has|have)\b[^.!?\n]{0,70}?\b(?:ansætte|ansette|anställa|einstellen|hire|"
    r"offer|tilby|tilbyde|erbjuda|anbieten|eingestellt|ansat|ansatt|anställd)",
)


# "sendt profilen din videre til Acme", "forwarded your CV to Acme": the client the agency put you forward to.
_CLIENT_FORWARDED = lazy(
    r"\b(?:videre\s+til|vidare\s+till|(?:forwarded|passed\s+on|sent\s+on|submitted|introduced)"
    r"(?:\s+(?:your|din|dit|ditt)\s+\w+)?\s+to|weiter(?:geleitet|gegeben)?\s+an(?:\s+(?:die|den|das))?)"
    r"\s+(" + NAME + ")"
)


# "with Acme", "med Acme": a client spoken with, trusted only where the subject names it too.
_CLIENT_WITH = lazy(r"\b(?:with|med|mit|met|avec|con)\s+(" + NAME + ")")


# A name followed by these is a place the interview happens, not the client ("at the Leeds office").
_PLACE_AFTER = lazy(
    r"\s+(?:office|offices|site|campus|headquarters|HQ|premises|kontor|kontoret|kontorer|Büro|Standort|lokaler)\b"
)


# An agency writing for someone else: "on behalf of our client", "for min kunde", "für unseren Mandanten".
_CLIENT_CUE = lazy(
    # "a client workshop", "our client meeting": the employer's own clients, not an agency's.
    r"\b(?:(?:our|my|a)\s+client(?!\s+(?:workshop|meeting|call|visit|project|site|event|presentation|dinner|"
    r"deadline|demo|pitch|review|work|engagement|account)s?\b)|clients?\s+of\s+ours|on\s+behalf\s+of|"
    r"(?:vår|min|vores|mi|våran)\s+(?:kunde?|klient|oppdragsgiver|uppdragsgivare|opdragsgiver)|"
    r"(?:kunden|klienten|oppdragsgiveren|uppdragsgivaren|opdragsgiveren)\s+(?:vår|min|vores)|"
    r"på\s+vegne\s+av|på\s+vegne\s+af|på\s+uppdrag\s+(?:av|från)|på\s+oppdrag\s+(?:fra|for)|"
    r"vor\s+kunde|(?:unseren|unserem|unserer|einem\s+unserer|einen\s+unserer)\s+(?:Kunden|Mandanten|Auftraggeber)|"
    r"unser(?:e|em|en)?\s+(?:Kundin|Mandantin|Mandant|Auftraggeber(?:in)?)|"
    r"im\s+Auftrag\s+(?:von|unseres|unserer|eines|einer)|"
    r"(?:en|ett|one|einer?)\s+(?:av|af|of|unserer)\s+(?:våre|våra|vores|our|my)?\s*"
    r"(?:kunder|clients|oppdragsgivere|uppdragsgivare|Kunden)|"
    r"notre\s+client|pour\s+le\s+compte\s+de|onze\s+(?:klant|opdrachtgever)|namens\s+onze|nuestro\s+cliente|"
    r"en\s+nombre\s+de|asiakkaamme)\b(?!-)",
    re.IGNORECASE,
)


# The agency describing itself: "X is an employment agency", "rekrutteringsbyrå", "Personalberatung".
_AGENCY_SELF = lazy(
    r"\b(?:(?:recruitment|employment|staffing|recruiting|search)\s+(?:agency|consultancy|firm|business|company)|"
    r"executive\s+search|headhunt\w*|personalberatung\w*|personaldienstleist\w*|personalvermittlung\w*|"
    r"(?:rekrutterings|bemannings|rekryterings|bemandings|rekrutterings|vikar)(?:byrå|selskap|företag|bureau|firma)\w*|"
    r"uitzendbureau|werving\s+en\s+selectie|cabinet\s+de\s+recrutement|henkilöstöpalvelu\w*|rekrytointiyritys)\b",
    re.IGNORECASE,
)


# Subject parts: "Acme Water - interview slots", "Re: Offer | Acme".
_SUBJECT_SPLIT = r"\s+[-–—|:]\s+|:\s+|\s*\|\s*"
# Job titles end in a role, in compounds too ("Kvalitetskonsulent", "Systemutvecklare", "Projektleiterin").
_TITLE_ENDINGS = (
    "konsulent", "consultant", "berater", "beraterin", "leder", "ledare", "leiter", "leiterin", "chef", "manager",
    "engineer", "ingeniør", "ingenjör", "ingenieur", "ingenieurin", "utvikler", "utvecklare", "developer",
    "entwickler", "analyst", "analytiker", "rådgiver", "rådgivare", "specialist", "spezialist", "referent",
    "assistent", "assistant", "koordinator", "coordinator", "designer", "scientist", "architect", "arkitekt",
    "lektor", "lærer", "lärare", "officer", "director", "direktør", "technician", "tekniker", "sachbearbeiter",
)  # fmt: skip
_TEAM_WORDS = frozenset({"team", "careers", "career", "hr", "recruiting", "recruitment", "talent", "jobs", "people"})
_LINE_WORDS = (
    "Recruitment", "Staffing", "Bemanning", "Rekruttering", "Rekrytering", "Search", "Personalberatung",
    "Personaldienstleistungen", "Personal GmbH", "Personal AG", "Headhunting", "Talent", "Bemandning",
)  # fmt: skip
# A signature's firm named for what it does: "Northgate Recruitment Ltd", "Fjellvik Bemanning AS".
_AGENCY_LINE = lazy(
    r"^[A-ZÆØÅÄÖÜ][\w&' .-]*\s(?:" + "|".join(_LINE_WORDS) + r")"
    r"(?:\s+(?:Ltd|Limited|LLP|AS|AB|A/S|ApS|GmbH|Oy|BV|B\.V\.))?\.?$"
)
# A consultant's title in a signature ("Seniorkonsulent", "Principal Consultant", "Personalberater"): an agency's
# recruiter, or an employer's own HR consultant; told apart by whether the mail names another employer.
_CONSULTANT = r"(?<![\w-])(?!hr[- ])\w*(?:konsulent|consultant|berater|beraterin|headhunter)\b"
_CONSULTANT_STEMS = ("konsulent", "consultant", "berater", "headhunter")
_TITLE_WORDS = 5  # a title line is short; "Som konsulent hos oss jobber du ..." is a sentence about the job


# Stems every cue above contains: a substring test on them spares most mails the slow patterns.
_CUE_STEMS = (
    "client", "kund", "klient", "oppdrag", "uppdrag", "opdrag", "vegne", "mandant", "auftrag", "compte", "klant",
    "namens", "nombre", "asiakka", "behalf",
)  # fmt: skip
_SELF_STEMS = (
    "agency", "consultancy", "firm", "business", "company", "search", "headhunt", "personal", "byrå", "selskap",
    "företag", "bureau", "firma", "uitzend", "werving", "recrutement", "henkilöstö", "rekrytointi",
)  # fmt: skip


def writes_for_client(texts: Texts) -> bool:
    """Tell whether the sender recruits for someone else: a client cue, or an agency describing itself."""
    if _near_stems(_CLIENT_CUE, _CUE_STEMS, texts.head):
        return True
    # An agency describes itself in its signature or the legal line under it, not in the body's prose.
    sign = "\n".join(texts.sign_lines)
    if _near_stems(_AGENCY_SELF, _SELF_STEMS, sign):
        return True
    if not any(word in sign for word in _LINE_WORDS):
        return False
    # "Partner | Acme Rekruttering", "Partner, Acme Recruitment": the firm after the writer's title.
    parts = (part.strip() for line in texts.sign_lines for part in SEGMENT_SPLIT.split(line.strip()))
    return any(_AGENCY_LINE.match(part) for part in parts)


def consultant_signs(texts: Texts) -> bool:
    """Tell whether the signature gives the writer a consultant's title ("Seniorkonsulent", "Senior Consultant")."""
    lowered = (line.lower() for line in texts.sign_lines)
    candidates = (line for line in lowered if any(stem in line for stem in _CONSULTANT_STEMS))
    # "Principal Consultant – Finance & Accounting": the title is the line's first part.
    heads = (SEGMENT_SPLIT.split(line.strip(), maxsplit=1)[0] for line in candidates)
    return any(re.search(_CONSULTANT, head) for head in heads if len(head.split()) <= _TITLE_WORDS)


def _near_stems(pattern: LazyPattern, stems: tuple[str, ...], text: str) -> bool:
    """Search pattern only around the stems it needs: a long pattern tried at every offset of a long mail is slow."""
    lowered = text.lower()
    for stem in stems:
        at = lowered.find(stem)
        while at >= 0:
            if pattern.search(text, max(0, at - 60), at + 60):
                return True
            at = lowered.find(stem, at + 1)
    return False


def client(texts: Texts, agency: str, subject_alone: bool = True) -> str | None:
    """Return the client an agency names ("hos Acme", "our client Acme"), None when it keeps it unnamed.

    subject_alone: also trust a name the subject gives on its own ("Acme Water - interview slots").
    """
    subject = texts.head.split("\n", 1)[0]
    named = [
        name for text in (subject, texts.head) for name in _names(_CLIENT_NAMED, text) if not _same_org(name, agency)
    ]
    if named:
        return named[0]
    # "hos Acme", "with Acme": the subject names the client the mail is about ("Interview with Acme"), while the
    # body's prepositions also name people ("ask for Ola Berg at the desk"). A name the subject writes too wins.
    others = [name for name in _others(subject, texts.head) if not _same_org(name, agency)]
    folded_subject = orgs.fold(subject)
    found = next((name for name in others if orgs.fold(name) in folded_subject), None)
    # An organisation the subject names on its own ("Acme Marine - OFFER!") beats the body's prepositions, which
    # also name people ("the grilling from Ian").
    if not found and subject_alone:
        found = _subject_client(subject, texts.head.partition("\n")[2], agency)
    if not found:
        # "Acme Furniture vil gerne ansætte dig": the subject of hiring. A one-word subject ("Jag vill erbjuda",
        # "They would like to offer") is a pronoun, a two-word one maybe a person, unless the subject names it.
        found = next((name for name, legal in _hirers(texts.head, agency) if legal or _hirer(name, subject)), None)
    return found or (others[0] if others else None)


def _hirers(head: str, agency: str) -> Iterator[tuple[str, bool]]:
    """Yield the organisations a hiring sentence names, and whether it gives a legal form ("Acme Bau GmbH")."""
    for match in _CLIENT_HIRES.finditer(head):
        name = employer_name(match.group(1))
        if name and not _same_org(name, agency):
            yield name, orgs.strip_legal(match.group(1).strip()) != match.group(1).strip()


def _hirer(name: str, subject: str) -> bool:
    """Tell whether a hiring sentence's subject is an organisation: the mail's subject names it, or it is a name of
    several words that is not a person's."""
    if orgs.fold(name) in orgs.fold(subject):
        return True
    return len(name.split()) > 1 and not is_person_name(name)


def _subject_client(subject: str, body: str, agency: str) -> str | None:
    """Return an organisation the subject names on its own and the body writes too ("Acme Water - interview")."""
    for segment in re.split(_SUBJECT_SPLIT, subject):
        name = employer_name(segment.strip())
        # A whole segment of capitalised words that is not a job title ("Data Engineer").
        if not name or name != segment.strip() or not re.fullmatch(NAME, name) or _same_org(name, agency):
            continue
        words = name.split()
        written = re.search(r"(?<!\w)" + re.escape(name) + r"((?:[ \t]+[A-ZÆØÅÄÖÜ]\w+)*)(?!\w)", body)
        if not written or any(_is_title_word(word) for word in words):
            continue
        fuller = name + _kind_words(written.group(1))
        # "Anna Berg - interview" is the person to meet, unless the body writes a word of a kind after the name
        # ("Acme Marine Systems"); "Calder Valley Water" has more words than most people's names.
        if fuller != name or not (is_person_name(name) and len(words) == 2):
            return fuller
    return None


def _kind_words(words: str) -> str:
    """Return the words of an organisation's kind the body writes after the subject's name ("Acme Marine Systems")."""
    kept = ""
    for word in words.split():
        if not orgs.is_org_word(word) or word.casefold() in _TEAM_WORDS:
            break
        kept += f" {word}"
    return kept


def _is_title_word(word: str) -> bool:
    """Tell whether a word names a role or a team ("Engineer", "Kvalitetskonsulent", "Careers"), not an employer.

    Words of an organisation's kind ("Services", "Bank") are an employer's, so not orgs.is_org_word.
    """
    folded = word.casefold()
    return folded in _TEAM_WORDS or folded.endswith(_TITLE_ENDINGS)


def _others(subject: str, head: str) -> Iterator[str]:
    """Yield names after prepositions, "hos X" before "with X" (people are "with" too: only the subject's)."""
    for text in (subject, head):
        yield from _names(_CLIENT_AT, text)
    yield from _names(_CLIENT_FORWARDED, head)
    folded_subject = orgs.fold(subject)
    for name in _names(_CLIENT_WITH, head):
        # "with Anna Berg" is a person; "with Acme Water", whom the subject names too, is the client.
        if orgs.fold(name) in folded_subject:
            yield name


def _names(pattern: LazyPattern, text: str) -> Iterator[str]:
    for match in pattern.finditer(text):
        if _PLACE_AFTER.match(text, match.end()):
            continue
        name = employer_name(match.group(1))
        if name:
            yield name


def _same_org(name: str, other: str) -> bool:
    a, b = orgs.fold(name.split()[0]), orgs.fold(other.split()[0])
    return a.startswith(b) or b.startswith(a)
