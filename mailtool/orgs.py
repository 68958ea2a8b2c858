"""Knowledge about who sends job mail: ATS vendors, job boards, free-mail hosts, agencies and legal suffixes."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from mailtool.model import Address, Mail

# Applicant-tracking systems and sending services: they send on behalf of the employer, so their domain,
# their name and their addresses say nothing about who the employer is.
ATS_DOMAINS = frozenset(
    {
        "myworkday.com", "myworkdayjobs.com", "workday.com", "teamtailor.com", "teamtailor-mail.com",
        "greenhouse.io", "greenhouse-mail.io", "lever.co", "ashbyhq.com", "smartrecruiters.com",
        "smartrecruiters-mail.com", "personio.de", "personio.com", "successfactors.com", "successfactors.eu",
        "sapsf.com", "sapsf.eu", "webcruiter.no", "webcruiter.com", "reachmee.com", "varbi.com", "jobylon.com",
        "hr-manager.net", "emply.net", "emply.com", "recman.no", "docusign.net", "docusign.com", "icims.com",
        "taleo.net", "jobvite.com", "workable.com", "workablemail.com", "bamboohr.com", "breezy.hr",
        "recruitee.com", "jobbnorge.no", "trac.jobs", "rexx-systems.com", "softgarden.io", "softgarden.de",
        "dvinci.de", "join.com", "homerun.co", "pinpointhq.com", "comeet.co", "rippling.com", "hibob.com",
        "csod.com", "oraclecloud.com", "jobadder.com", "hireright.com",
        "goodtime.io", "alvalabs.io", "codility.com", "hackerrank.com", "talentech.com", "hrmanager.no",
        "easycruit.com", "attract.talention.com", "jobscore.com", "zohorecruit.com", "applytojob.com",
        # E-signature services send the contract for the employer, who is named in the body.
        "penneo.com", "adobesign.com", "echosign.com", "hellosign.com", "signicat.com", "scrive.com",
        "assently.com", "oneflow.com", "yousign.com", "skribble.com", "pandadoc.com", "signrequest.com",
        # Public-sector recruiting systems of one country's many employers.
        "kuntarekry.fi", "valtiolle.fi", "interamt.de", "offentligajobb.se",
    }
)  # fmt: skip
# Job boards and career sites: the sender of alerts, never the employer.
JOB_BOARD_DOMAINS = frozenset(
    {
        "indeed.com", "linkedin.com", "glassdoor.com", "glassdoor.co.uk", "stepstone.de", "stepstone.com",
        "finn.no", "ofir.dk", "jobindex.dk", "monster.com", "xing.com", "blocket.se", "arbetsformedlingen.se",
        "nav.no", "jobnet.dk", "karriere.at", "jobs.ch", "duunitori.fi", "oikotie.fi", "welcometothejungle.com",
        "otta.com", "totaljobs.com", "reed.co.uk", "cv-library.co.uk", "ziprecruiter.com", "jobteaser.com",
        "jobbsafari.se", "jobsafari.dk", "monster.de", "jobs.de", "jobware.de",
    }
)  # fmt: skip
# Booking services for doctors, dentists, workshops and salons: they confirm a customer's appointment, and neither
# they nor the practice they book for employ the candidate.
BOOKING_DOMAINS = frozenset(
    {
        "doctolib.de", "doctolib.fr", "doctolib.it", "jameda.de", "mittvaccin.se", "kry.se", "helsenorge.no",
        "legelisten.no", "timely.no", "booksy.com", "treatwell.com", "fresha.com", "planity.com", "zocdoc.com",
    }
)  # fmt: skip
# Mailbox hosts anyone can sign up to: their domain names no employer.
FREE_MAIL_LABELS = frozenset(
    {
        "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac",
        "aol", "proton", "protonmail", "pm", "gmx", "yandex", "zoho", "fastmail", "tutanota", "tuta", "hey",
        "posteo", "mailbox", "web", "t-online", "freenet", "online", "telia", "bredband", "spray", "orange",
        "free", "laposte", "sfr", "wanadoo", "libero", "seznam", "kolumbus", "luukku", "suomi24", "sunrise",
        "bluewin", "ziggo", "kpnmail", "telenet", "skynet", "btinternet", "sky", "virginmedia", "ntlworld",
        "talktalk", "inbox", "mail", "email", "hushmail", "gmx-topmail", "comhem", "tele2", "get", "altibox",
        "lyse", "jubii", "stofanet", "a1", "chello", "aon", "sbcglobal", "att", "comcast", "verizon", "earthlink",
        "cox", "charter", "bellsouth", "rocketmail", "qq", "163", "126", "naver", "rediffmail", "tiscali", "alice",
        "virgilio", "wp", "o2", "interia", "onet", "rambler",
    }
)  # fmt: skip
# Umbrella domains shared by many public bodies: the body's own name is the label left of them.
UMBRELLA_LABELS = frozenset({"bund", "admin", "gouv", "europa", "gv", "govt"})
# Umbrella domains whose mailboxes do not tell the body at all (one nhs.net for hundreds of trusts).
SHARED_LABELS = frozenset({"nhs", "gov", "kommune", "region"})
# Staffing and executive-search firms: they write for a client, who is the employer when named.
AGENCY_LABELS = frozenset(
    {
        "adecco", "manpower", "manpowergroup", "experis", "randstad", "michaelpage", "pagepersonnel",
        "pagegroup", "hays", "roberthalf", "kellyservices", "kelly", "academicwork", "proffice", "lernia",
        "poolia", "jobzone", "personalhuset", "hudson", "harveynash", "nigelfrank", "spencerstuart", "kornferry",
        "heidrick", "egonzehnder", "amrop", "headvisor", "ework", "dfind", "wise", "ambitia", "jefferson",
        "orientering", "xtra", "kforce", "allegis", "aerotek", "teksystems", "tempo-team", "gigroup", "synergie",
        "startpeople", "brunel", "modis", "akkodis", "hayscareers", "cpl", "reed", "totalpersonal",
        "jobandtalent", "studentconsulting", "uniflex", "bemanningshuset", "maxkompetanse", "hrgruppen",
    }
)  # fmt: skip

# Trade unions and professional bodies: a union representative sits on public-sector interview panels
# ("tillitsvalgt fra ..."), the union never employs. Folded names.
UNION_NAMES = frozenset(
    {
        "tekna", "nito", "parat", "fagforbundet", "unio", "akademikerne", "negotia", "handelogkontor",
        "fellesforbundet", "utdanningsforbundet", "sykepleierforbundet", "econa", "samfunnsviterne", "unionen",
        "saco", "akademikerforbundet", "sverigesingenjorer", "jusek", "akavia", "djof", "danskmetal", "verdi",
        "igmetall", "igbce", "dgb", "unison", "gmb", "tekniikanakateemiset", "jhl", "fnv",
    }
)  # fmt: skip

# Matched against the lower-cased local part: no IGNORECASE, which compiles and runs slower.
# The same in the languages the tool reads: "ikke-svar", "svara-inte", "nicht-antworten", "ne-pas-repondre",
# "no-responder", "niet-beantwoorden", "ala-vastaa" (älä vastaa).
_NOREPLY_LOCAL = re.compile(
    r"(no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|unmonitored|mailer-daemon|^bounces?\b|^postmaster$|"
    r"(?:^|[-_.])(?:ikke[-_.]?(?:svar|besvar(?:es)?)|inte[-_.]?svara|svara[-_.]?inte|ej[-_.]?svar(?:a)?|"
    r"nicht[-_.]?antworten|keine[-_.]?antwort|ne[-_.]?pas[-_.]?repondre|no[-_.]?responder|niet[-_.]?beantwoorden|"
    r"ala[-_.]?vastaa|ei[-_.]?vastausta)(?:$|[-_.]))"
)
# Legal forms at the end of a company name: "Acme AS", "Acme GmbH & Co. KG", "Acme AB (publ)", "Acme Ltd.".
LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:AS|ASA|AB|A/S|ApS|I/S|K/S|P/S|GmbH|AG|KG|KGaA|SE|eG|e\.V\.|mbH|Ltd|Limited|LLC|LLP|Inc|"
    r"Corp|Corporation|plc|PLC|Oy|Oyj|Ab|BV|B\.V\.|NV|N\.V\.|SA|S\.A\.|SAS|SARL|S\.L\.|SL|S\.p\.A\.|SpA|Srl|"
    r"HF|SF|KF|IKS|BA|DA|ANS|Co\.?|&|und|and|\(publ\)|"
    # Legal forms written out ("Statsautoriseret Revisionspartnerselskab", "Aksjeselskap"): the same, in words.
    r"(?:Statsautoriseret\s+)?(?:Revisions)?[Pp]artnerselskab|Anpartsselskab|Aktieselskab|Aksjeselskap|Aktiebolag)"
    r"\.?)+\s*$"
)
_DIACRITIC_MAP = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "đ": "d", "ł": "l", "œ": "oe"})
# How addresses and domains spell letters they cannot write: "boelge" for "Bølge", "krueger" for "Krüger".
_SPELLED_MAP = str.maketrans({"ø": "oe", "ö": "oe", "æ": "ae", "ä": "ae", "å": "aa", "ü": "ue"})


# Public suffixes of more than one label (the registry's second level): a host's registered domain is one label
# left of them. A built-in list rather than tldextract: its import alone cost 0.3 s of every cold start, and the
# employer's label only needs the common second-level registries, not the whole Public Suffix List.
# Under a two-letter country code these second levels are registries too ("acme.com.ua"), listed or not.
_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "ac", "edu", "gov", "gob", "govt", "ltd", "plc", "or", "ne", "go"}
)  # fmt: skip
MULTI_SUFFIXES = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk", "nhs.uk", "sch.uk",
        "police.uk", "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au", "co.nz", "org.nz",
        "net.nz", "ac.nz", "govt.nz", "school.nz", "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "com.br", "net.br",
        "org.br", "gov.br", "edu.br", "co.za", "org.za", "gov.za", "ac.za", "com.mx", "gob.mx", "org.mx",
        "com.ar", "gob.ar", "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "com.hk", "org.hk", "edu.hk",
        "com.sg", "edu.sg", "gov.sg", "org.sg", "co.in", "net.in", "org.in", "gov.in", "ac.in", "co.kr", "or.kr",
        "ac.kr", "co.il", "ac.il", "org.il", "com.tr", "gov.tr", "com.tw", "org.tw", "edu.tw", "com.pl",
        "co.at", "or.at", "gv.at", "ac.at", "com.es", "org.es", "com.pt", "com.ua", "co.id", "com.my", "com.ph",
        "com.vn", "com.sa", "com.eg", "com.ng", "co.ke", "co.th", "ac.th", "com.co", "com.pe", "com.cy",
        "com.mt", "com.gr", "co.hu", "com.ro", "priv.no", "kommune.no", "com.is", "co.no", "wa.us", "ny.us",
        "ca.us", "tx.us",
    }
)  # fmt: skip


@cache
def split_host(host: str) -> tuple[str, str]:
    """Return (subdomain, registered domain) of a host name: ("jobs.acme", "acme.co.uk")."""
    labels = host.lower().strip(".").split(".")
    if labels[-1].isdigit():  # an IP address names no organisation
        return "", ".".join(labels)
    size = 3 if len(labels) > 2 and _is_multi_suffix(labels[-2], labels[-1]) else 2
    return ".".join(labels[:-size]), ".".join(labels[-size:])


def _is_multi_suffix(second: str, top: str) -> bool:
    return f"{second}.{top}" in MULTI_SUFFIXES or (len(top) == 2 and second in _SECOND_LEVEL)


def domain_of(addr: str) -> str:
    """Return the host part of an address, lower-cased."""
    return addr.rpartition("@")[2].lower()


def is_ats(host: str) -> bool:
    """Tell whether a host belongs to an applicant-tracking system or another sending service."""
    return split_host(host)[1] in ATS_DOMAINS


def is_job_board(host: str) -> bool:
    """Tell whether a host belongs to a job board."""
    registered = split_host(host)[1]
    return registered in JOB_BOARD_DOMAINS or registered.split(".")[0] in {"indeed", "linkedin", "glassdoor"}


def is_free_mail(host: str) -> bool:
    """Tell whether a host is a public mailbox provider (gmail.com, mail.dk, gmx.de...)."""
    _, registered = split_host(host)
    return registered.split(".")[0] in FREE_MAIL_LABELS or registered in {"mail.dk", "online.no", "web.de"}


def is_noreply(addr: str) -> bool:
    """Tell whether an address is not read by a human: noreply@, x-donotreply@, or an ATS system address."""
    local = addr.partition("@")[0]
    if _NOREPLY_LOCAL.search(local.lower()):
        return True
    # ATS addresses other than reply routing ("reply+token@inbound...") are system senders.
    return is_ats(domain_of(addr)) and not local.startswith("reply")


def is_bulk(mail: Mail) -> bool:
    """Tell whether a message is list or bulk mail (newsletters, job alerts)."""
    precedence = mail.header("precedence").lower()
    return bool(mail.header("list-unsubscribe") or mail.header("list-id")) or precedence in {"bulk", "list"}


def is_broadcast(mail: Mail) -> bool:
    """Tell whether bulk mail is a broadcast; an ATS puts list headers on one candidate's mail too."""
    return is_bulk(mail) and not (mail.sender is not None and is_ats(domain_of(mail.sender.addr)))


def is_booking(host: str) -> bool:
    """Tell whether a host belongs to an appointment-booking service (doctors, workshops): no employer writes."""
    return split_host(host)[1] in BOOKING_DOMAINS


def is_agency(host: str) -> bool:
    """Tell whether a host belongs to a known staffing or search agency."""
    return employer_label(host) in AGENCY_LABELS


def is_union(name: str) -> bool:
    """Tell whether a name is a trade union's or professional body's, never an employer's."""
    return fold(name) in UNION_NAMES


def employer_label(host: str) -> str:
    """Return the label that names an organisation in its host ("acme" for jobs.acme.co.uk, "bsi" for bsi.bund.de)."""
    sub, registered = split_host(host)
    label = registered.split(".")[0]
    if label in UMBRELLA_LABELS and sub:
        return sub.split(".")[-1]
    return label


def employer_domain(address: Address | None) -> str | None:
    """Return the organisation label of an address, None for free-mail, ATS, job-board and shared domains."""
    if address is None or "@" not in address.addr:
        return None
    host = domain_of(address.addr)
    if is_free_mail(host) or is_ats(host) or is_job_board(host):
        return None
    label = employer_label(host)
    return None if label in SHARED_LABELS or label in UMBRELLA_LABELS else label


def strip_legal(name: str) -> str:
    """Drop legal forms and stray punctuation at the end of a company name ("Acme Nordic AS" -> "Acme Nordic")."""
    stripped = LEGAL_SUFFIX.sub("", name.strip()).strip(" ,.-–·|")
    return stripped or name.strip()


def strip_region(name: str) -> str:
    """Drop a country or region after a name ("Acme Schweiz", "Acme Nordic"): the national entity, not the name."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in REGION_WORDS:
        words.pop()
    return " ".join(words) if len(words) < len(name.split()) else name


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Return text lower-cased, without accents, spaces or punctuation: the form domains are written in."""
    lowered = text.casefold().translate(_DIACRITIC_MAP)
    plain = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in plain if ch.isalnum())


@lru_cache(maxsize=8192)
def fold_spelled(text: str) -> str:
    """Return text folded the way addresses transliterate it ("Bølge Medier" -> "boelgemedier")."""
    return fold(text.casefold().translate(_SPELLED_MAP))


# Words that make a display name or a signature line an organisation, a team or a role rather than a person.
ORG_WORDS = frozenset(
    {
        "team", "teams", "recruiting", "recruitment", "recruiter", "careers", "career", "karriere", "karriär",
        "jobs", "job", "talent", "acquisition", "hr", "people", "hiring", "rekruttering",
        "rekrytering", "rekrytointi", "personal", "personalabteilung", "human", "resources", "group", "gruppen",
        "gruppe", "groupe", "grupo", "groep", "konzern", "koncern", "konsern", "bank", "banken", "insurance",
        "kommune", "kommun", "gemeente", "stadt", "stad", "region", "regio", "university", "universitet",
        "universität", "universiteit", "université", "hospital", "sygehus", "sykehus", "sjukhus", "krankenhaus",
        "klinikum", "foundation", "trust", "stiftung", "institute", "institut", "academy", "akademie", "school",
        "college", "høgskole", "hochschule", "games", "studio", "studios", "labs", "technologies", "technology",
        "systems", "solutions", "services", "consulting", "partners", "holding", "international", "energy",
        "software", "digital", "media", "health", "jobmail", "newsletter", "support", "service", "info",
        "noreply", "microsoft", "google", "zoom", "teams-besprechung", "meet", "office", "manager", "partner",
        "specialist", "consultant", "director", "officer", "engineer", "lead", "head", "coordinator", "advisor",
        "rådgiver", "konsulent", "leder", "chef", "direktør", "direktor", "regards", "hilsen", "hilsner",
        "hälsningar", "hälsning", "grüße", "grüsse", "groet", "groeten", "terveisin", "helsing", "cordialement",
        "saludos", "wishes", "thanks", "cheers", "luck", "bis", "via", "ltd", "inc", "gmbh", "ab", "as", "asa",
        "associates", "policy", "privacy", "delivery", "subsystem", "system", "administrator", "daemon",
        # Desks, care providers, workshops and public bodies that sign like a person ("Acme Reception", "Acme Zorg").
        "reception", "receptionen", "resepsjon", "resepsjonen", "empfang", "receptie", "vastaanotto", "frontdesk",
        "kundeservice", "kundtjänst", "kundenservice", "klantenservice", "customer", "zorg", "pflege", "omsorg",
        "care", "institutt", "instituttet", "institutet", "atelier", "werkstatt", "verksted", "verkstad",
        "værksted", "kaupunki", "kunta", "kuntayhtymä", "gemeinde", "landkreis", "fylkeskommune", "län",
        # Banks, salons and clinics by the word other languages use ("Banque Acme", "Salong Acme").
        "banque", "banco", "banca", "salong", "salongen", "frisør", "frisör", "friseur", "kapsalon",
        "clinic", "clinique", "clínica", "klinikk", "klinikken", "praksis", "friskole", "friskola", "stadtgemeinde",
    }
)  # fmt: skip
# A country or region after a company's name marks a national entity ("Acme Nordic"), not the name people use.
REGION_WORDS = frozenset(
    {"nordic", "nordics", "norge", "norway", "sverige", "sweden", "danmark", "denmark", "suomi", "finland",
     "deutschland", "germany", "österreich", "austria", "schweiz", "suisse", "switzerland", "nederland",
     "netherlands", "france", "españa", "spain", "europe", "emea", "international", "global", "scandinavia",
     "uk", "ireland", "belgium", "belgique", "italia", "polska", "schweden", "norwegen", "dänemark", "benelux",
     "dach", "usa", "americas", "apac"}
)  # fmt: skip
# Nordic and German compounds end in the kind of place they name: "Tandklinikken", "Legesenteret", "Børnehuset",
# "Zahnarztpraxis". No given name or surname ends so, so such a word makes a display name an organisation.
_ORG_ENDINGS = (
    "team", "teamet", "teams", "klinik", "klinikken", "kliniken", "praxis", "senter", "senteret", "centeret",
    "centret", "huset", "skolen", "skolan", "banken", "bank", "forbund", "forbundet", "förbund", "förbundet",
    "forening", "foreningen", "förening", "föreningen", "enheden", "enheten", "afdelingen", "avdelingen",
    "avdelningen",
)  # fmt: skip
# ... or begin with it: "Hospitalsenheden", "Sygehusapoteket", "Universitetssykehuset", "Studieförbundet".
_ORG_STARTS = ("hospital", "sygehus", "sykehus", "sjukhus", "universitets", "studieförbund", "studieforbund")
GROUP_WORDS = frozenset({"group", "gruppen", "gruppe", "groupe", "grupo", "groep", "konzern", "koncern", "konsern"})


def has_org_word(name: str) -> bool:
    """Tell whether a name contains a word of an organisation, team or role ("Acme Careers", "HR Team")."""
    words = re.findall(r"[\w]+", name.casefold())
    return any(is_org_word(w) for w in words) or strip_legal(name) != name.strip()


def is_org_word(word: str) -> bool:
    """Tell whether one word belongs to a team, an organisation or a role ("Personalteam", "Rekryteringsteamet")."""
    word = word.casefold()
    return word in ORG_WORDS or word.endswith(_ORG_ENDINGS) or word.startswith(_ORG_STARTS)
