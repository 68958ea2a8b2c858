"""Find the employer a message is from: display names, ATS addresses and links, domains, signatures, phrases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from mailtool import agency, custom, initials, orgs, relay
from mailtool.lazyre import lazy
from mailtool.model import Address, Mail
from mailtool.orgname import (
    NAME,
    Texts,
    completed,
    employer_name,
    fullest,
    org_line,
    plausible,
    signed,
    until_sentence_end,
    written,
    written_as_org,
)
from mailtool.signature import (
    SEGMENT_SPLIT,
    company_line,
    located,
    person_name,
    relayed_person,
    signer,
    signs_as,
)

_TAIL_LINES = 15
# Patterns built on NAME compile slowly and only phrase-reading needs them: compiled on first use.


# Match the employer after a preposition: "at Acme", "hos Acme", "bei der Acme GmbH", "@ Acme".
_AT = lazy(
    r"(?:\b(?:at|hos|bei|bij|chez|på|ved|för|for|från|fra|from|für|pour|para)"
    r"(?:\s+(?:der|die|dem|den|the|la|le|l'))?|@)\s+(" + NAME + ")"
)


# Weaker prepositions, also before places ("i Bergen", "in Leeds"): tried when the strong ones name nobody.
_IN = lazy(r"\b(?:i|in|an|en|til|till|with|with the)\s+(" + NAME + ")")


# Words after a display name that say "the recruiting side of", not part of the employer's name.
_RECRUITING = (
    # "Early Careers", "Campus Recruiting", "Graduate Recruitment": a team for a kind of candidate.
    r"(?:(?:Early|Campus|Graduate|Graduates|Student|Students|Emerging)\s+"
    r"(?:Careers?|Recruiting|Recruitment|Talent|Hiring|Programmes?|Programs?|Relations)|Talent\s+Acquisition|Talent|Recruiting|Recruitment|Careers?|Karriere|Karriär|Jobs?|HR|People|Hiring|"
    r"Rekruttering|Rekrytering|Rekrytointi|Personal|Team|Jobmail|Stellenangebote|Bewerbermanagement)"
)
_DISPLAY_TAIL = r"(?:\s+(?:via|through|by|på vegne av|on behalf of)\s+.+$)|(?:[\s,\-–|]+" + _RECRUITING + r"\b)+\s*$"
# "Rekrytering Kvarnby", "HR | Kvarnby": the same words before the name.
_DISPLAY_LEAD = r"^(?:" + _RECRUITING + r"\b[\s,\-–|:]*)+(?=\S)"
# "Careers at Acme", "Anna from Acme", "Recruiting @ Acme": the organisation after the preposition. Not "på" or
# "i", which Nordic organisations carry in their own names ("Høgskulen på Vestlandet", "Universitetet i Oslo").
_DISPLAY_HEAD = re.compile(r"^.+?\s+(?:at|from|@|hos|bei|chez|bij|från|fra)\s+([A-ZÆØÅÄÖÜ]\S*(?:\s+\S+)*)$")
_PLAIN_ENDINGS = frozenset({"com", "net", "org", "edu", "gov", "int", "info", "biz", "eu"})
_PATH_SLUG_HOSTS = frozenset({"jobs", "boards", "job-boards", "hire", "apply", "careers"})
_PATH_SLUG_DOMAINS = frozenset({"myworkdayjobs.com"})
_GENERIC_SLUG = frozenset(
    {"www", "jobs", "job", "careers", "career", "app", "apps", "apply", "hire", "boards", "job-boards", "mail",
     "inbound", "us", "eu", "api", "candidate", "candidates", "offers", "offer", "o", "j", "p", "en", "de", "nb",
     "sv", "da", "fi", "fr", "nl", "es", "scheduling", "self_schedule", "meetings", "book", "connect", "invite",
     "view", "portal", "positions", "position", "recruiting", "login", "noreply", "no-reply", "donotreply",
     "notifications", "notification", "email", "em", "click", "links", "track", "t", "go", "s", "r", "l", "talent",
     "people", "hr", "team", "rekrytering", "rekruttering", "karriere", "recruitment"}
)  # fmt: skip


def find_company(mail: Mail, job_mail: bool, reply_to: str | None = None) -> str | None:
    """Return the employer's name as the message writes it; the agency's when it writes for an unnamed client."""
    relayed = relayed_person(mail)
    if relayed:
        return _headline_employer(mail, relayed)
    passed_on = relay.relayed(mail)
    if passed_on:
        return passed_on.employer
    if orgs.is_broadcast(mail) or _relative(mail) or (not job_mail and custom.not_work(mail)):
        return None
    name = _employer(mail, _texts(mail), job_mail, reply_to)
    # The platform that sends ("über JOIN beworben") is named like an employer, but never employs.
    if not name or relay.vendor_name(name):
        return None
    # "Acme Schweiz AG", "Acme Norway": the national entity; the candidate writes the employer's own name.
    return orgs.strip_region(name)


def _employer(mail: Mail, texts: Texts, job_mail: bool, reply_to: str | None) -> str | None:
    """Return the employer by the most telling source: an agency's client, display names, ATS, domains, phrases."""
    labels = [label for label in map(orgs.employer_domain, _people(mail)) if label]
    agency_name = _agency(labels, texts)
    if agency_name:
        return agency.client(texts, agency_name) or agency_name
    # A consultant's title alone does not make an agency: an employer's own HR consultant signs so too. Only the
    # mail naming another organisation as the employer ("tilbudet fra Acme") tells the agency.
    if labels and agency.consultant_signs(texts):
        own = written(labels[0], texts) or labels[0]
        client = agency.client(texts, own, subject_alone=False)
        if client:
            return client
    return (
        _from_display(mail, texts, reply_to)
        or relay.sent_for(mail)
        or _from_ats(mail, texts)
        or _from_domains(mail, texts, job_mail, reply_to)
        # Team- or system-signed job mail names the employer on a signature line of its own.
        or (org_line(texts.sign_lines) if job_mail or _from_ats_sender(mail) else None)
        # Prepositions name any organisation ("a job offer from Acme" in a friend's mail): only in job mail; an
        # ATS sends nothing else, so its receipts and rejections are job mail too ("søknaden din ved Acme").
        or (_from_phrases(texts.head, _own_words(mail)) if job_mail or _from_ats_sender(mail) else None)
    )


def _from_ats_sender(mail: Mail) -> bool:
    """Tell whether an applicant-tracking system sent the mail: whatever its kind, it is about an application."""
    return mail.sender is not None and orgs.is_ats(orgs.domain_of(mail.sender.addr))


def _headline_employer(mail: Mail, person: str) -> str | None:
    """Return the employer a relayed person's headline names ("Talent Partner at Acme | Hiring ...")."""
    lines = [line.strip() for line in mail.new_text.splitlines() if line.strip()]
    for at, line in enumerate(lines[:-1]):
        if line == person:
            segment = SEGMENT_SPLIT.split(lines[at + 1])[0]
            match = _AT.search(segment)
            return employer_name(match.group(1)) if match else None
    return None


def _texts(mail: Mail) -> Texts:
    head = f"{mail.subject}\n{mail.body}"
    tail = mail.new_text
    names = " \n".join(a.name for a in (mail.sender, *mail.reply_to) if a)
    lines = [line for line in tail.splitlines() if line.strip()][-_TAIL_LINES:]
    return Texts(head=head, tail=tail, every=f"{head}\n{tail}\n{names}\n{mail.quoted_text}", sign_lines=tuple(lines))


def _relative(mail: Mail) -> bool:
    """Tell whether a private sender shares the candidate's surname: family writing, not an employer."""
    sender = mail.sender
    if sender is None or not orgs.is_free_mail(orgs.domain_of(sender.addr)):
        return False
    name = person_name(sender.name)
    if not name:
        return False
    surname = orgs.fold(name.split()[-1])
    return any(orgs.fold(other.split()[-1]) == surname for other in (person_name(a.name) for a in mail.to) if other)


def _agency(labels: list[str], texts: Texts) -> str | None:
    """Return the agency's name when the sender's domain is a staffing agency (known, or writing for a client)."""
    known = next((label for label in labels if label in orgs.AGENCY_LABELS), None)
    label = known or (labels[0] if labels and agency.writes_for_client(texts) else None)
    return (written(label, texts) or label.title()) if label else None


def _own_names(mail: Mail) -> list[str]:
    """Return the full names of the people who write (From, Reply-To)."""
    return [name for name in (person_name(a.name) for a in _people(mail)) if name]


def _own_words(mail: Mail) -> set[str]:
    """Return the folded words of the senders' own names: "Klem fra Kaja" names the writer, not an employer."""
    return {orgs.fold(word) for name in _own_names(mail) for word in name.split()}


def _people(mail: Mail) -> Iterator[Address]:
    """Yield the addresses a human of the employer writes from: Reply-To first, then From."""
    yield from mail.reply_to
    if mail.sender:
        yield mail.sender


def _from_display(mail: Mail, texts: Texts, reply_to: str | None) -> str | None:
    """Return the organisation a From display name gives ("Acme Careers", "Acme via Teamtailor")."""
    sender = mail.sender
    if sender is None or not sender.name or orgs.is_job_board(orgs.domain_of(sender.addr)):
        return None
    name = _display_org(sender.name)
    if not name or not plausible(name) or relay.vendor_name(name):
        return None
    # "Ana Ruiz via Scrive" with ana.ruiz@acme.com in the body: the person the reply reaches, not the employer.
    if reply_to and _address_spells(name, reply_to):
        return None
    if not orgs.is_noreply(sender.addr) and not _org_like(name, sender):
        return None
    # "Ana Ruiz <no-reply@ats>": a person sending through an ATS, not an organisation; unless the mail writes the
    # name as a place to work ("applying to Corbel Aerospace") and only a team signs with it.
    if signs_as(name, mail.new_text.splitlines()[-_TAIL_LINES:]) and not written_as_org(name, texts.head):
        return None
    return _division(name, texts) or _registered(name, texts) or completed(name, texts)


def _registered(name: str, texts: Texts) -> str | None:
    """Return the registered name a display name extends by a business line ("Acme Revision" signed "Acme A/S")."""
    first = name.split()[0]
    if not any(line.startswith(first) for line in texts.sign_lines):  # most signatures do not: skip them cheaply
        return None
    line = company_line(texts.sign_lines)
    return line if line and name.startswith(line + " ") else None


def _display_org(display: str) -> str:
    """Return the organisation part of a display name: "Talent Team at Acme", "Acme Careers" -> "Acme"."""
    head = _DISPLAY_HEAD.match(display.strip())
    name = head.group(1) if head else display
    # Compiled by re on first use and kept in its cache: mail without a display name never pays for them.
    tail_stripped = re.sub(_DISPLAY_TAIL, "", name, flags=re.IGNORECASE).strip()
    return orgs.strip_legal(re.sub(_DISPLAY_LEAD, "", tail_stripped, flags=re.IGNORECASE))


def _org_like(name: str, sender: Address) -> bool:
    """Tell whether a direct sender's display name is an organisation rather than a person."""
    if _address_spells(name, sender.addr):  # "HOFBAUER Stefanie <stefanie.hofbauer@...>" is a person
        return False
    label = orgs.employer_domain(sender) or ""
    squashed = orgs.fold(name)
    if label and (squashed.startswith(label) or label.startswith(squashed)):
        return True
    # "LE GOFF Sophie", "Le Goff, Sophie": a person however written, though in capitals.
    if person_name(name):
        return False
    return orgs.has_org_word(name) or any(w.isalpha() and w.isupper() and len(w) > 1 for w in name.split())


def _address_spells(display: str, addr: str) -> bool:
    """Tell whether an address's local part spells every word of the person a display name reads as."""
    person = person_name(display)
    local = orgs.fold(addr.partition("@")[0])
    return person is not None and all(orgs.fold(word) in local for word in person.split())


def _division(name: str, texts: Texts) -> str | None:
    """For a group's name ("Acme Group"), return the division the mail names ("Acme Robotics AS"), if any."""
    words = name.split()
    if len(words) < 2 or not any(w.casefold() in orgs.GROUP_WORDS for w in words):
        return None
    pattern = re.compile(re.escape(words[0]) + r"((?:[ \t]+(?:[A-ZÆØÅÄÖÜ&][\w&.-]*))+)")
    for text in (texts.tail, texts.head):
        for match in pattern.finditer(text):
            rest = until_sentence_end(match.group(1).split())
            if rest and not any(w.casefold() in orgs.GROUP_WORDS for w in rest):
                return orgs.strip_legal(f"{words[0]} {' '.join(rest)}").rstrip(".")
    return None


def _from_ats(mail: Mail, texts: Texts) -> str | None:
    """Return the employer an ATS address or link names (acme.teamtailor.com, jobs.lever.co/acme)."""
    for slug in _ats_slugs(mail):
        name = written(slug, texts)
        if name and plausible(name):
            return completed(name, texts)
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


def _from_domains(mail: Mail, texts: Texts, job_mail: bool, reply_to: str | None) -> str | None:
    """Return the employer a person's own domain names, as the mail writes it (capitalised when it does not)."""
    # A no-reply mail's human address in the body ("write to ola@acme.no") names the employer as well.
    addresses = [*_people(mail), *([Address("", reply_to)] if reply_to else [])]
    labels = list(dict.fromkeys(label for label in map(orgs.employer_domain, addresses) if label))
    if labels:
        # "eva@lindqvist.se" signed "Eva Lindqvist": a family's own domain, not an employer written in the mail.
        people = _own_names(mail)
        own_words = {orgs.fold(word) for name in people for word in name.split()}
        for label in labels:
            name = _host_spelled(label, addresses, texts) or fullest(label, texts, people)
            if name and orgs.fold(name) not in own_words:
                return name
    # "hv.se", "esw-freiburg.de", "kystdir.no": initials or clipped words of the name the mail writes in full.
    expanded = next(filter(None, (_expanded(label, texts) for label in labels)), None)
    line = expanded or company_line(mail.new_text.splitlines()[-15:]) or (_shop(mail, texts) if job_mail else None)
    if line:
        return line
    # A domain nobody writes out may still be a private one (a relative's own domain): only trust it in job mail,
    # or in a colleague's mail where everyone shares it (an internal meeting): then it is the shared employer's.
    if labels and (job_mail or _internal(mail, labels[0])):
        return _spaced(labels[0])
    return None


# Words of a kind a domain runs on to a name ("tidewaterlabs", "nordkappenergi"): written apart in the name.
_KIND_SUFFIXES = (
    "labs", "lab", "tech", "group", "systems", "solutions", "energy", "energi", "media", "studios", "studio",
    "software", "digital", "consulting", "partners", "health", "kraft", "bygg", "arkitekter", "robotics",
    "analytics", "ventures", "capital", "logistics", "marine", "foods", "games",
)  # fmt: skip
_KIND_STEM = 5  # "biotech", "fintech", "edtech" are one word: only a stem this long is a name of its own


def _spaced(label: str) -> str:
    """Return a domain label as a name: hyphens and a kind word run on to it written apart ("Tidewater Labs")."""
    words = []
    for part in label.split("-"):
        kind = next((k for k in _KIND_SUFFIXES if part.endswith(k) and len(part) - len(k) >= _KIND_STEM), None)
        words += [part[: -len(kind)], kind] if kind else [part]
    return " ".join(word.title() for word in words)


def _shop(mail: Mail, texts: Texts) -> str | None:
    """Return the business a free-mail sender signs with its street ("Bageri Sirap, Storgatan 4"): a shop's owner.

    A name that reads as a person's ("Mira Lindqvist, Storgatan 4") is the writer's own address, unless someone
    else signs above it.
    """
    if mail.sender is None or not orgs.is_free_mail(orgs.domain_of(mail.sender.addr)):
        return None
    for name in located(texts.sign_lines):
        if not person_name(name) or signer(texts.sign_lines, not_names=frozenset({orgs.fold(name)})):
            return orgs.strip_legal(name)
    return None


def _expanded(label: str, texts: Texts) -> str | None:
    """Return the name a label or one of its parts abbreviates ("esw" of esw-freiburg), as the mail writes it."""
    parts = [label, *label.split("-")] if "-" in label else [label]
    return next(filter(None, (initials.expand(part, texts.sign_lines, texts.head) for part in parts)), None)


def _host_spelled(label: str, addresses: list[Address], texts: Texts) -> str | None:
    """Return the signature's name a whole host spells, its ending too: "Lomvi Tech AS" of lomvi.tech."""
    for address in addresses:
        registered = orgs.split_host(orgs.domain_of(address.addr))[1]
        ending = registered.rpartition(".")[2]
        # Only an ending that is a word ("tech", "studio"), not a country's or "com", can be part of a name.
        if not registered.startswith(label + ".") or len(ending) <= 2 or ending in _PLAIN_ENDINGS:
            continue
        whole = orgs.fold(registered)
        line = signed(whole, texts.sign_lines)
        if line and orgs.fold(line) == whole:
            return line
    return None


def _internal(mail: Mail, label: str) -> bool:
    """Tell whether every recipient writes from the sender's organisation, and it is not a family's name."""
    recipients = [*mail.to, *mail.cc]
    if not recipients or any(orgs.employer_domain(a) != label for a in recipients):
        return False
    # "eivind@aasen.no" to "sindre@aasen.no", or two Aasens at any shared domain: a family, not colleagues.
    surnames = [
        orgs.fold(name.split()[-1])
        for name in map(person_name, (a.name for a in (*recipients, *_people(mail))))
        if name
    ]
    return orgs.fold(label) not in surnames and len(set(surnames)) == len(surnames)


def _from_phrases(text: str, own_words: set[str]) -> str | None:
    """Return the employer a phrase names ("interview at Acme", "intervju hos Acme"), not the writer's own name."""
    for pattern in (_AT, _IN):
        for match in pattern.finditer(text):
            name = employer_name(match.group(1))
            if name and orgs.fold(name.split()[0]) not in own_words:
                return name
    return None
