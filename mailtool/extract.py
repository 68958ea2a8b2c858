"""Mail -> company, contact, position, reply address and interview time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailtool import dates, position
from mailtool.company import find_company
from mailtool.contact import find_contact, find_reply_to
from mailtool.model import Kind, Mail


@dataclass(frozen=True)
class Facts:
    """What a reply needs to know; None where the message does not tell."""

    company: str | None = None
    contact: str | None = None
    position: str | None = None
    reply_to: str | None = None
    when: datetime | None = None
    evidence: tuple[str, ...] = ()


def extract(mail: Mail, lang: str, kind: Kind) -> Facts:
    """Read who wrote, for which employer and position, where to reply and when the interview is."""
    # Only an invitation proposes an interview time; offers and the rest carry start dates and deadlines.
    when = dates.find_when(mail, lang) if kind is Kind.INVITATION else None
    reply_to = find_reply_to(mail)
    company = find_company(mail, job_mail=kind is not Kind.OTHER, reply_to=reply_to)
    return Facts(
        company=company,
        contact=find_contact(mail, reply_to, company),
        position=position.find_position(mail, lang),
        reply_to=reply_to,
        when=when.value if when else None,
        evidence=(when.evidence,) if when else (),
    )
