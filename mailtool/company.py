"""Find the employer a message is from: display names, ATS addresses and links, domains, signatures, phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from mailtool import orgs
from mailtool.model import Address, Mail
from mailtool.signature import company_line, person_name, signs_as

_TAIL_LINES = 15
_WORD = re.compile(r"[^\W_][\w&'’.-]*")
# An organisation's name: capitalised words (or "&", "1", "reMarkable"-style camel case) in a row.
_NAME = r"(?:[A-ZÆØÅÄÖÜÉÈ]|[a-z]+[A-Z])[\w&'’.-]*(?:[ \t]+(?:[A-ZÆØÅÄÖÜÉÈ&]|\d\b)[\w&'’.-]*)*"
# "at Acme", "hos Acme", "bei der Acme GmbH", "chez Acme", "för Acme", "@ Acme" - the employer after a preposition.
_AT = re.compile(
    r"(?:\b(?:at|hos|bei|bij|chez|på|ved|för|for|från|fra|from|für|pour|para)"
    r"(?:\s+(?:der|die|dem|den|the|la|le|l'))?|@)\s+(" + _NAME + ")"
)
# Weaker prepositions, also before places ("i Bergen", "in Leeds"): tried only when the strong ones name nobody.
_IN = re.compile(r"\b(?:i|in|an|en|til|till|with|with the)\s+(" + _NAME + ")")
# "our client Acme", "vår kund Acme", "Kunde Acme": the client an agency names.
_CLIENT = re.compile(r"\b(?i:client|klient|kunde|kund|kunden|klant|cliente|asiakas)\s*,?\s+(" + _NAME + ")")
# Prepositions before a client's name in an agency's mail ("hos Acme", "for Acme"); not "in"/"i", which name places.
_CLIENT_AT = re.compile(
    r"(?:\b(?:at|hos|bei|bij|chez|för|for|från|fra|from|für|pour|para)(?:\s+(?:der|die|dem|den|la|le))?|@)"
    r"\s+(" + _NAME + ")"
)
# An agency writing for someone else: "on behalf of our client", "for vår kunde", "für unseren Kunden"...
_CLIENT_CUE = re.compile(
    r"\b(?:(?:our|my)\s+client|on\s+behalf\s+of\s+(?:a|our|my)\s+client|vår\s+kunde?|kunden\s+vår|vores\s+kunde|"
    r"vor\s+kunde|(?:unseren|unserem|einem\s+unserer)\s+Kunden|unserer\s+Kundin|"
    r"(?:en|ett|one)\s+(?:av|af|of)\s+(?:våre|våra|vores|our|my)\s+(?:kunder|clients)|"
    r"notre\s+client|onze\s+klant|nuestro\s+cliente|asiakkaamme)\b",
    re.IGNORECASE,
)
# Words after a display name that say "the recruiting side of", not part of the employer's name.
_RECRUITING = (
    r"(?:Talent\s+Acquisition|Talent|Recruiting|Recruitment|Careers?|Karriere|Karriär|Jobs?|HR|People|Hiring|"
    r"Rekruttering|Rekrytering|Rekrytointi|Personal|Team|Jobmail|Stellenangebote|Bewerbermanagement)"
)
_DISPLAY_TAIL = re.compile(
    r"(?:\s+(?:via|through|by|på vegne av|on behalf of)\s+.+$)|(?:[\s,\-–|]+" + _RECRUITING + r"\b)+\s*$",
    re.IGNORECASE,
)
# "Rekrytering Kvarnby", "HR | Kvarnby": the same words before the name.
_DISPLAY_LEAD = re.compile(r"^(?:" + _RECRUITING + r"\b[\s,\-–|:]*)+(?=\S)", re.IGNORECASE)
# "Careers at Acme", "Anna from Acme", "Recruiting @ Acme": the organisation after the preposition. Not "på" or
# "i", which Nordic organisations carry in their own names ("Høgskulen på Vestlandet", "Universitetet i Oslo").
_DISPLAY_HEAD = re.compile(r"^.+?\s+(?:at|from|@|hos|bei|chez|bij|från|fra)\s+([A-ZÆØÅÄÖÜ]\S*(?:\s+\S+)*)$")
# Capitalised words that follow a preposition without being an employer.
_NOT_EMPLOYER = frozenset(
    {"sie", "ihnen", "ihr", "ihre", "du", "dig", "deg", "dich", "dir", "i", "we", "you", "our", "the", "a", "an",
     "this", "microsoft", "teams", "zoom", "google", "meet", "linkedin", "kunden", "kunde", "unternehmen",
     "firma", "arbeitgeber", "mail", "e-mail", "email", "uhr", "kl", "am", "um", "cv", "position", "stelle",
     "rolle", "role", "stilling", "stillingen", "tjänst", "tjänsten", "job", "jobb", "jobbet", "poste"}
)  # fmt: skip
_MONTHS_DAYS = re.compile(
    r"^(?:jan|feb|mar|apr|may|mai|jun|jul|aug|sep|oct|okt|nov|dec|des|dez|mon|tue|wed|thu|fri|sat|sun|man|tir|ons|"
    r"tor|fre|lør|søn|mån|tis|fre|lör|sön|mon|die|mit|don|fre|sam|son|maa|tii|kes|tor|per|lau|sun|lun|mar|mer|"
    r"jeu|ven|sam|dim|maa|din|woe|don|vri|zat|zon)",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \t]+([\w&./()]+)")
_PUBLIC_BEFORE = re.compile(r"(?:Region|Gemeente|Stadt|Landkreis|Kommune|Ville de|Comune di|Provincie)\s+$")
_PUBLIC_AFTER = re.compile(r"^\s+(?:stad|kommun|kommune|Kommune|län|kaupunki|kunta|fylkeskommune|Stadt|Kommun)\b")
_PATH_SLUG_HOSTS = frozenset({"jobs", "boards", "job-boards", "hire", "apply", "careers"})
_PATH_SLUG_DOMAINS = frozenset({"myworkdayjobs.com"})
_GENERIC_SLUG = frozenset(
    {"www", "jobs", "job", "careers", "career", "app", "apps", "apply", "hire", "boards", "job-boards", "mail",
     "inbound", "us", "eu", "api", "candidate", "candidates", "offers", "offer", "o", "j", "p", "en", "de", "nb",
     "sv", "da", "fi", "fr", "nl", "es", "scheduling", "self_schedule", "meetings", "book", "connect", "invite",
     "view", "portal", "positions", "position", "recruiting", "login", "noreply", "no-reply", "donotreply",
     "notifications", "notification", "email", "em", "click", "links", "track", "t", "go", "s", "r", "l"}
)  # fmt: skip


# Vendors' own names ("Teamtailor", "Workday", "Indeed"): a display name that is one of them names no employer.
_ATS_NAMES = frozenset(orgs.fold(d.split(".")[0]) for d in orgs.ATS_DOMAINS | orgs.JOB_BOARD_DOMAINS)


@dataclass(frozen=True)
class _Texts:
    """The places a name can be written, most telling first."""

    head: str  # subject and body: the name the body uses for the employer
    tail: str  # signature and the rest of the new text
    every: str  # also display names and the quoted thread


def find_company(mail: Mail, job_mail: bool) -> str | None:
    """Return the employer's name as the message writes it; the agency's when it writes for an unnamed client."""
    if orgs.is_bulk(mail):
        return None
    texts = _texts(mail)
    agency = _agency(mail, texts)
    if agency:
        return _client(texts, agency) or agency
    return (
        _from_display(mail, texts)
        or _from_ats(mail, texts)
        or _from_domains(mail, texts, job_mail)
        # Prepositions name any organisation ("a job offer from Acme" in a friend's mail): only in job mail.
        or (_from_phrases(texts.head) if job_mail else None)
    )


def _texts(mail: Mail) -> _Texts:
    head = f"{mail.subject}\n{mail.body}"
    tail = mail.new_text
    names = " \n".join(a.name for a in (mail.sender, *mail.reply_to) if a)
    return _Texts(head=head, tail=tail, every=f"{head}\n{tail}\n{names}\n{mail.quoted_text}")


def _people(mail: Mail) -> Iterator[Address]:
    """Yield the addresses a human of the employer writes from: Reply-To first, then From."""
    yield from mail.reply_to
    if mail.sender:
        yield mail.sender


def _agency(mail: Mail, texts: _Texts) -> str | None:
    """Return the agency's name when the sender is a staffing agency (known, or writing of "our client")."""
    labels = [orgs.employer_domain(a) for a in _people(mail)]
    known = next((label for label in labels if label and label in orgs.AGENCY_LABELS), None)
    label = known or (next((x for x in labels if x), None) if _CLIENT_CUE.search(texts.head) else None)
    return (written(label, texts) or label.title()) if label else None


def _client(texts: _Texts, agency: str) -> str | None:
    """Return the client an agency names ("hos Acme", "our client Acme"), None when it keeps it unnamed."""
    for text in (texts.head.split("\n", 1)[0], texts.head):
        for pattern in (_CLIENT, _CLIENT_AT):
            for match in pattern.finditer(text):
                name = _employer_name(match.group(1))
                if name and not _same_org(name, agency):
                    return name
    return None


def _same_org(name: str, other: str) -> bool:
    a, b = orgs.fold(name.split()[0]), orgs.fold(other.split()[0])
    return a.startswith(b) or b.startswith(a)


def _employer_name(raw: str) -> str | None:
    """Return a cleaned organisation name from a phrase match, None for pronouns, dates and places of no use."""
    words = raw.split()
    while words and (words[-1].casefold() in _NOT_EMPLOYER or words[-1] == "&"):
        words.pop()
    name = orgs.strip_legal(" ".join(words)).rstrip(".")
    if not name or name.casefold() in _NOT_EMPLOYER or words[0].casefold() in _NOT_EMPLOYER:
        return None
    if _MONTHS_DAYS.match(name) and len(name.split()) == 1 and len(name) <= 9:
        return None
    return name if len(name) > 1 else None


def _from_display(mail: Mail, texts: _Texts) -> str | None:
    """Return the organisation a From display name gives ("Acme Careers", "Acme via Teamtailor")."""
    sender = mail.sender
    if sender is None or not sender.name or orgs.is_job_board(orgs.domain_of(sender.addr)):
        return None
    name = _display_org(sender.name)
    if not name or orgs.fold(name) in _ATS_NAMES:
        return None
    if not orgs.is_noreply(sender.addr) and not _org_like(name, sender):
        return None
    # "Ana Ruiz <no-reply@ats>": a person sending through an ATS, not an organisation.
    if signs_as(name, mail.new_text.splitlines()[-_TAIL_LINES:]):
        return None
    return _division(name, texts) or name


def _display_org(display: str) -> str:
    """Return the organisation part of a display name: "Talent Team at Acme", "Acme Careers" -> "Acme"."""
    head = _DISPLAY_HEAD.match(display.strip())
    name = head.group(1) if head else display
    return orgs.strip_legal(_DISPLAY_LEAD.sub("", _DISPLAY_TAIL.sub("", name).strip()))


def _org_like(name: str, sender: Address) -> bool:
    """Tell whether a direct sender's display name is an organisation rather than a person."""
    label = orgs.employer_domain(sender) or ""
    squashed = orgs.fold(name)
    if label and (squashed.startswith(label) or label.startswith(squashed)):
        return True
    return orgs.has_org_word(name) or any(w.isalpha() and w.isupper() and len(w) > 1 for w in name.split())


def _division(name: str, texts: _Texts) -> str | None:
    """For a group's name ("Acme Group"), return the division the mail names ("Acme Robotics AS"), if any."""
    words = name.split()
    if len(words) < 2 or not any(w.casefold() in orgs.GROUP_WORDS for w in words):
        return None
    pattern = re.compile(re.escape(words[0]) + r"((?:[ \t]+(?:[A-ZÆØÅÄÖÜ&][\w&.-]*))+)")
    for text in (texts.tail, texts.head):
        for match in pattern.finditer(text):
            rest = match.group(1).split()
            if rest and not any(w.casefold() in orgs.GROUP_WORDS for w in rest):
                return orgs.strip_legal(f"{words[0]} {' '.join(rest)}")
    return None


def _from_ats(mail: Mail, texts: _Texts) -> str | None:
    """Return the employer an ATS address or link names (acme.teamtailor.com, jobs.lever.co/acme)."""
    for slug in _ats_slugs(mail):
        name = written(slug, texts)
        if name:
            return name
    return None


def _ats_slugs(mail: Mail) -> Iterator[str]:
    for address in _people(mail):
        host = orgs.domain_of(address.addr)
        if orgs.is_ats(host):
            sub, _ = orgs.split_host(host)
            yield from _slugs([*sub.split("."), address.addr.partition("@")[0]])
    for link in mail.links:
        parts = urlsplit(link)
        if parts.hostname and orgs.is_ats(parts.hostname):
            sub, registered = orgs.split_host(parts.hostname)
            yield from _slugs(sub.split("."))
            # Boards that put the employer first in the path: jobs.lever.co/acme, boards.greenhouse.io/acme.
            if sub.split(".")[0] in _PATH_SLUG_HOSTS or registered in _PATH_SLUG_DOMAINS:
                yield from list(_slugs(parts.path.split("/")))[:1]


def _slugs(pieces: list[str]) -> Iterator[str]:
    for piece in pieces:
        slug = re.sub(r"[-_.]?(?:no-?reply|donotreply|careers?|jobs?|recruiting)[-_.]?", "", piece.lower())
        if len(slug) > 1 and slug not in _GENERIC_SLUG and slug.isalpha() and not re.fullmatch(r"wd\d+", slug):
            yield slug


def _from_domains(mail: Mail, texts: _Texts, job_mail: bool) -> str | None:
    """Return the employer a person's own domain names, as the mail writes it (capitalised when it does not)."""
    labels = [label for label in (orgs.employer_domain(a) for a in _people(mail)) if label]
    # "eva@lindqvist.se" signed "Eva Lindqvist": a family's own domain, not an employer written in the mail.
    own_names = {orgs.fold(word) for a in _people(mail) for word in (person_name(a.name) or "").split()}
    for label in labels:
        name = written(label, texts)
        if name and orgs.fold(name) not in own_names:
            return name
    line = company_line(mail.new_text.splitlines()[-15:])
    if line:
        return line
    # A domain nobody writes out may still be a private one (a relative's own domain): only trust it in job mail.
    return labels[0].replace("-", " ").title() if labels and job_mail else None


def _from_phrases(text: str) -> str | None:
    """Return the employer a phrase names ("interview at Acme", "intervju hos Acme")."""
    for pattern in (_AT, _IN):
        for match in pattern.finditer(text):
            name = _employer_name(match.group(1))
            if name:
                return name
    return None


def written(label: str, texts: _Texts) -> str | None:
    """Return how the mail writes the organisation a domain label names ("soprasteria" -> "Sopra Steria")."""
    target = label.replace("-", "")
    # A shorter name only counts where the mail itself writes it, not in display names or the quoted thread.
    for text, short_too in ((texts.head, True), (texts.tail, True), (texts.every, False)):
        exact, prefix = _spans(target, text)
        found = exact or (prefix if short_too else None)
        if found:
            return _public_name(found, text)
    return None


def _spans(target: str, text: str) -> tuple[str | None, str | None]:
    """Return the first run of words spelling target exactly, and the first spelling a prefix of it."""
    words = list(_WORD.finditer(text))
    prefix: str | None = None
    for i, first in enumerate(words):
        if orgs.fold(first.group())[:1] != target[:1]:
            continue
        joined = ""
        for j in range(i, min(i + 4, len(words))):
            joined += orgs.fold(words[j].group())
            span = text[first.start() : words[j].end()].rstrip(".-")
            if joined == target and _capitalised(span):
                return span, prefix
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
    return None, prefix


def _stands_alone(text: str, span: str, end: int) -> bool:
    """Tell whether a word is used as a name by itself ("an Stadler.", "Vaillant GmbH"), not "Erste Campus"."""
    after = _NEXT_WORD.match(text, end)
    return not after or not after.group(1)[:1].isupper() or orgs.strip_legal(f"{span} {after.group(1)}") == span


def _capitalised(span: str) -> bool:
    return any(ch.isupper() for ch in span) and "\n" not in span


def _public_name(name: str, text: str) -> str:
    """Extend a place to the public body's name the text writes: "Malmö" -> "Malmö stad", "Region Skåne"."""
    at = text.find(name)
    after = _PUBLIC_AFTER.match(text[at + len(name) :])
    if after:
        return name + after.group()
    before = _PUBLIC_BEFORE.search(text[max(0, at - 20) : at])
    return before.group() + name if before else name
