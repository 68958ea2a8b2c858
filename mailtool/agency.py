"""Recruitment agencies: tell when a mail is written for a client, and find the client it names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailtool import orgs
from mailtool.orgname import NAME, Texts, employer_name

# "our client Acme", "min kunde, Acme", "vår oppdragsgiver Acme", "unser Mandant Acme": the client an agency names.
_CLIENT = re.compile(
    r"\b(?i:client|klient|kunde|kund|kunden|klant|cliente|asiakas|oppdragsgiver|oppdragsgiveren|uppdragsgivare|"
    r"uppdragsgivaren|opdragsgiver|opdragsgiveren|mandant|mandanten|auftraggeber)"
    r"(?:\s+(?i:vår|vores|vårt))?\s*,?\s+(" + NAME + ")"
)
# Prepositions before a client's name in an agency's mail ("hos Acme", "for Acme"); not "in"/"i", which name places.
_CLIENT_AT = re.compile(
    r"(?:\b(?:at|hos|bei|bij|chez|för|for|från|fra|from|für|pour|para)(?:\s+(?:der|die|dem|den|la|le))?|@)"
    r"\s+(" + NAME + ")"
)
# "with Acme", "med Acme": a client spoken with, trusted only where the subject names it too (people are "with" too).
_CLIENT_WITH = re.compile(r"\b(?:with|med|mit|met|avec|con)\s+(" + NAME + ")")
# A name followed by these is a place the interview happens, not the client ("at the Leeds office").
_PLACE_AFTER = re.compile(
    r"\s+(?:office|offices|site|campus|headquarters|HQ|premises|kontor|kontoret|kontorer|Büro|Standort|lokaler)\b"
)
# An agency writing for someone else: "on behalf of our client", "for min kunde", "für unseren Mandanten"...
_CLIENT_CUE = re.compile(
    r"\b(?:(?:our|my|a)\s+client|clients?\s+of\s+ours|on\s+behalf\s+of|"
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
_AGENCY_SELF = re.compile(
    r"\b(?:(?:recruitment|employment|staffing|recruiting|search)\s+(?:agency|consultancy|firm|business|company)|"
    r"executive\s+search|headhunt\w*|personalberatung\w*|personaldienstleist\w*|personalvermittlung\w*|"
    r"(?:rekrutterings|bemannings|rekryterings|bemandings|rekrutterings|vikar)(?:byrå|selskap|företag|bureau|firma)\w*|"
    r"uitzendbureau|werving\s+en\s+selectie|cabinet\s+de\s+recrutement|henkilöstöpalvelu\w*|rekrytointiyritys)\b",
    re.IGNORECASE,
)
# A signature's firm named for what it does: "Northgate Recruitment Ltd", "Fjellvik Bemanning AS".
_AGENCY_LINE = re.compile(
    r"^[A-ZÆØÅÄÖÜ][\w&' .-]*\s(?:Recruitment|Staffing|Bemanning|Rekruttering|Rekrytering|Search|Personalberatung|"
    r"Personaldienstleistungen|Headhunting)(?:\s+(?:Ltd|Limited|LLP|AS|AB|A/S|ApS|GmbH|Oy|BV|B\.V\.))?\.?$",
    re.MULTILINE,
)


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
    return any(_AGENCY_LINE.match(line.strip()) for line in texts.sign_lines)


def _near_stems(pattern: re.Pattern[str], stems: tuple[str, ...], text: str) -> bool:
    """Search pattern only around the stems it needs: a long pattern tried at every offset of a long mail is slow."""
    lowered = text.lower()
    for stem in stems:
        at = lowered.find(stem)
        while at >= 0:
            if pattern.search(text, max(0, at - 60), at + 60):
                return True
            at = lowered.find(stem, at + 1)
    return False


def client(texts: Texts, agency: str) -> str | None:
    """Return the client an agency names ("hos Acme", "our client Acme"), None when it keeps it unnamed."""
    subject = texts.head.split("\n", 1)[0]
    named = [name for text in (subject, texts.head) for name in _names(_CLIENT, text) if not _same_org(name, agency)]
    if named:
        return named[0]
    # "hos Acme", "with Acme": the subject names the client the mail is about ("Interview with Acme"), while the
    # body's prepositions also name people ("ask for Ola Berg at the desk"). A name the subject writes too wins.
    others = [name for name in _others(subject, texts.head) if not _same_org(name, agency)]
    folded_subject = orgs.fold(subject)
    return next((name for name in others if orgs.fold(name) in folded_subject), others[0] if others else None)


def _others(subject: str, head: str) -> Iterator[str]:
    """Yield names after prepositions, "hos X" before "with X" (people are "with" too: only the subject's)."""
    for text in (subject, head):
        yield from _names(_CLIENT_AT, text)
    folded_subject = orgs.fold(subject)
    for name in _names(_CLIENT_WITH, head):
        # "with Anna Berg" is a person; "with Acme Water", whom the subject names too, is the client.
        if orgs.fold(name) in folded_subject:
            yield name


def _names(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    for match in pattern.finditer(text):
        if _PLACE_AFTER.match(text, match.end()):
            continue
        name = employer_name(match.group(1))
        if name:
            yield name


def _same_org(name: str, other: str) -> bool:
    a, b = orgs.fold(name.split()[0]), orgs.fold(other.split()[0])
    return a.startswith(b) or b.startswith(a)
