"""Messages an ATS or a job board relays from the employer ("Neue Nachricht von Acme", "Acme har svarat dig").

The platform sends, names itself in the From and signs as itself; the employer and the person who wrote are
in the relayed text only. Patterns are compiled on first use: only mail sent by such a platform asks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from mailtool import orgs
from mailtool.lazyre import lazy
from mailtool.model import Mail
from mailtool.orgname import NAME, employer_name
from mailtool.signature import person_name

# "Message from Acme", "Neue Nachricht von Acme", "Ny melding fra Acme": the cue before the employer's name.
_BEFORE = (
    r"(?:(?:new\s+)?(?:message|reply|response|answer)\s+from|(?:neue\s+)?(?:nachricht|antwort)\s+von|"
    r"(?:ny|nytt|nyt)\s+(?:melding|meddelande|besked|svar)\s+(?:fra|från)|(?:melding|meddelande|besked|svar)\s+"
    r"(?:fra|från)|(?:nouveau\s+)?(?:message|réponse)\s+de|(?:nieuw\s+)?(?:bericht|antwoord)\s+van|"
    r"(?:nuevo\s+)?(?:mensaje|respuesta)\s+de|uusi\s+viesti\s+(?:yritykseltä|työnantajalta))"
)
# "Acme has replied", "Acme hat dir geantwortet", "Acme har svarat på din ansökan": the cue after it.
_AFTER = (
    r"(?:has\s+(?:replied|answered|responded|sent\s+you\s+a\s+message|messaged\s+you)|"
    r"hat\s+(?:dir\s+|ihnen\s+)?(?:geantwortet|geschrieben|eine\s+nachricht\s+gesendet)|"
    r"har\s+(?:svarat|svart|svaret|besvaret|skrevet|skrivit|sendt\s+deg\s+en\s+melding|skickat\s+ett\s+meddelande)|"
    r"on\s+vastannut|lähetti\s+(?:sinulle\s+)?viestin|a\s+répondu|heeft\s+(?:gereageerd|geantwoord)|ha\s+respondido)"
)
# An ATS's footer telling whom it sends for: "sent via Jobvite on behalf of Acme", "im Auftrag von Acme".
_ON_BEHALF = (
    r"(?:on\s+behalf\s+of|på\s+vegne\s+av|på\s+vegne\s+af|på\s+uppdrag\s+av|för\s+(?:räkning|räkningen)\s+av|"
    r"im\s+(?:Auftrag|Namen)\s+(?:von|der|des)|pour\s+le\s+compte\s+de|au\s+nom\s+de|namens|en\s+nombre\s+de|"
    r"(?:työnantajan|yrityksen)\s+puolesta)"
)
# The relayed words in quotation marks, or quoted line by line.
_QUOTED = r"[\"“„»«]([^\"“”„»«]{20,})[\"”“«»]|((?:^>.*\n?)+)"
_PIECES = r"[,\n]"
_NOTICE = 300  # characters of the new text where a platform's notice stands


class Relay(NamedTuple):
    """The employer and the person a platform relays a message from; either may be unknown."""

    employer: str | None
    person: str | None


_NAME_AFTER_CUE = lazy(r"(?i:\b" + _BEFORE + r")\s+(" + NAME + ")")
# The cue alone: a pattern opening with NAME would be tried at every capital of a long mail.
_CUE_AFTER_NAME = lazy(r"[ \t]+(?i:" + _AFTER + r")\b")
_NAME_AT_END = lazy(r"(" + NAME + r")$")


def relayed(mail: Mail) -> Relay | None:
    """Return whom an ATS or job board relays a message from, None for mail that relays nobody."""
    sender = mail.sender
    if sender is None:
        return None
    host = orgs.domain_of(sender.addr)
    # "Ana Ruiz via Scrive": a person sends through the platform, and the mail is read as theirs.
    if not (orgs.is_ats(host) or orgs.is_job_board(host)) or " via " in sender.name:
        return None
    # The platform's notice opens the mail ("Neue Nachricht von Acme zu deiner Bewerbung"); the rest is relayed.
    names = [name for name in _named(f"{mail.subject}\n{mail.new_text[:_NOTICE]}") if not _platform(name, host)]
    if not names:
        return None
    person = _quoted_signer(mail.new_text)
    # "Nachricht von Ana" signed "Ana Ruiz": the writer, not the employer.
    own = {orgs.fold(word) for word in person.split()} | {orgs.fold(person)} if person else set()
    employer = next((name for name in names if orgs.fold(name) not in own), None)
    return Relay(employer, person) if employer else None


_SENT_FOR = lazy(r"\b" + _ON_BEHALF + r"\s+(" + NAME + ")")


def sent_for(mail: Mail) -> str | None:
    """Return the employer an ATS says it sends for ("sent via Jobvite on behalf of Acme"), None if it does not say."""
    sender = mail.sender
    if sender is None or not orgs.is_ats(orgs.domain_of(sender.addr)):
        return None
    for match in _SENT_FOR.finditer(mail.new_text):
        name = employer_name(match.group(1))
        # "Ana Ruiz <no-reply@ats>" ... "on behalf of Ana Ruiz": the person sending, not the employer.
        if name and not vendor_name(name) and orgs.fold(name) != orgs.fold(sender.name):
            return name
    return None


def _named(text: str) -> list[str]:
    """Return the names the relay cues stand next to, the cue before a name first."""
    found = [m.group(1) for m in _NAME_AFTER_CUE.finditer(text)]
    for cue in _CUE_AFTER_NAME.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        named = _NAME_AT_END.search(text, max(line_start, cue.start() - 80), cue.start())
        found += [named.group(1)] if named else []
    return [name for name in map(employer_name, found) if name]


def _platform(name: str, host: str) -> bool:
    """Tell whether a name is the relaying platform's own ("JOIN" of join.com): it never employs."""
    folded = orgs.fold(name)
    return folded == orgs.fold(orgs.split_host(host)[1].split(".")[0]) or vendor_name(name)


def _quoted_signer(text: str) -> str | None:
    """Return the person who signs the relayed words: the last piece of a quotation ("Viele Grüße, Ana Ruiz")."""
    for match in re.finditer(_QUOTED, text, re.MULTILINE):
        quoted = (match.group(1) or match.group(2)).replace(">", " ")
        pieces = [piece.strip(" .!") for piece in re.split(_PIECES, quoted) if piece.strip(" .!")]
        name = person_name(pieces[-1]) if pieces else None
        if name:
            return name
    return None


@cache
def _vendor_names() -> frozenset[str]:
    return frozenset(orgs.fold(d.split(".")[0]) for d in orgs.ATS_DOMAINS | orgs.JOB_BOARD_DOMAINS)


def vendor_name(name: str) -> bool:
    """Tell whether a name is an ATS's or a job board's own ("Teamtailor", "Indeed", "JOIN"): never an employer."""
    return orgs.fold(name) in _vendor_names()
