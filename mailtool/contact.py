"""Who to answer: the reply address a human reads and the full name of the person to greet."""

from __future__ import annotations

import re

from mailtool import orgs, relay
from mailtool.model import Mail
from mailtool.signature import business_names, name_for_address, person_name, relayed_person, signer, signs_as

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# Mailboxes that answer about data protection or the web site, not about the application (matched lower-cased).
_NOT_RECRUITER = (
    r"^(?:privacy|dataprotection|data-protection|gdpr|dpo|datenschutz|personvern|dataskydd|tietosuoja|support|"
    r"help|webmaster|info|unsubscribe|abuse|security)\b"
)
_TAIL_LINES = 15
_SIGN_LINES = 6


def find_reply_to(mail: Mail) -> str | None:
    """Return where a human reply reaches a person: Reply-To, else From, else the address a no-reply mail names."""
    for address in mail.reply_to:
        if address.addr and not orgs.is_noreply(address.addr):
            return address.addr
    # Bulk mail's From is a broadcast address: only an explicit Reply-To invites answers.
    if orgs.is_bulk(mail) or mail.sender is None:
        return None
    if not orgs.is_noreply(mail.sender.addr):
        return mail.sender.addr
    return _address_in_text(mail)


def _address_in_text(mail: Mail) -> str | None:
    """Return the first recruiter's address the new text names (not the candidate's, not a no-reply one)."""
    own = {a.addr for a in (*mail.to, *mail.cc)}
    for match in _EMAIL.finditer(mail.new_text):
        addr = match.group().rstrip(".").lower()
        local = addr.partition("@")[0]
        if addr not in own and not orgs.is_noreply(addr) and not re.match(_NOT_RECRUITER, local):
            return addr
    return None


def find_contact(mail: Mail, reply_to: str | None, company: str | None = None) -> str | None:
    """Return the full name of the person who signs (or whom the reply reaches), None for teams and systems."""
    relayed = relayed_person(mail)
    if relayed or orgs.is_broadcast(mail):
        return relayed
    passed_on = relay.relayed(mail)
    if passed_on:
        return passed_on.person
    people = [*mail.reply_to, *([mail.sender] if mail.sender else [])]
    # The employer signs team mail like a person would ("Corbel Aerospace"): never the person to greet.
    tail = [line for line in mail.new_text.splitlines() if line.strip()][-_TAIL_LINES:]
    # A shop or a practice signs with the name it gives with its street ("Acme Optik, Storgata 5"): no person.
    not_names = business_names(tail) | ({orgs.fold(company)} if company else set())
    # A no-reply address and its display name ("Acme Work <noreply@...>") name the system or the employer: hints
    # from them would make a line that repeats the employer's name look like the signer.
    hints = [part for a in people if not orgs.is_noreply(a.addr) for part in (a.name, a.addr.partition("@")[0])]
    hints += [reply_to.partition("@")[0]] if reply_to else []
    # A name the headers or the reply address confirm may stand anywhere near the end; any other full name
    # only in the signature block, where product lines and headings of the body do not reach.
    sign_block = mail.signature.splitlines() if mail.signature.strip() else tail[-_SIGN_LINES:]
    name = signer(tail, hints, True, not_names) or signer(sign_block, not_names=not_names)
    if name:
        return name
    if reply_to:
        named = name_for_address(mail.new_text, reply_to)
        if named:
            return named
    # A no-reply sender's display name is the employer or the system ("Acme Robotics"), not someone to greet,
    # unless the text is signed by that person ("Ana Ruiz <no-reply@ats>" ... "Ana").
    humans = [a for a in people if not orgs.is_noreply(a.addr) or signs_as(a.name, tail)]
    return next((n for n in (person_name(a.name) for a in humans) if n and orgs.fold(n) not in not_names), None)
