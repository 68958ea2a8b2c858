"""Frozen values shared by every part of mailtool: the parsed mail and the analysis of it."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class Kind(enum.StrEnum):
    """What a message is, as far as drafting a reply goes."""

    INVITATION = "invitation"
    OFFER = "offer"
    OTHER = "other"


class Intent(enum.StrEnum):
    """The reply the user wants to send."""

    INVITATION_ACCEPT = "invitation-accept"
    INVITATION_DECLINE = "invitation-decline"
    INVITATION_RESCHEDULE = "invitation-reschedule"
    OFFER_ACCEPT = "offer-accept"
    OFFER_DECLINE = "offer-decline"
    OFFER_WITHDRAW = "offer-withdraw"

    @property
    def kind(self) -> Kind:
        """The kind of message this intent answers."""
        return Kind(self.value.split("-", 1)[0])


@dataclass(frozen=True)
class Address:
    """One mailbox: a display name (may be empty) and an address (lower-cased)."""

    name: str
    addr: str


@dataclass(frozen=True)
class CalendarEvent:
    """A VEVENT of a text/calendar part (METHOD:REQUEST and friends)."""

    start: datetime | None
    """DTSTART; aware when the part names a zone or UTC, naive for floating times."""
    in_utc: bool = False
    """DTSTART was given in UTC ("...Z"): its wall time is not the local time the body states."""
    summary: str = ""
    method: str = ""
    organizer: Address | None = None


@dataclass(frozen=True)
class Mail:
    """A message as mailtool reads it: decoded headers and the text a human would read."""

    message_id: str
    subject: str
    sender: Address | None
    """The From address (the first one when there are several)."""
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: datetime | None = None
    """The Date header, aware, in the sender's own offset."""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    """Every header as (lower-case name, decoded value), in order."""
    text: str = ""
    """The whole body as plain text (text/plain, or the HTML part turned into text)."""
    html: str = ""
    """The raw HTML part, empty when there is none."""
    new_text: str = ""
    """The text written for this message: quoted earlier messages set aside."""
    quoted_text: str = ""
    """What `new_text` left out: the quoted thread below (or above) the new text."""
    body: str = ""
    """`new_text` without the signature and legal disclaimers: the text that decides."""
    signature: str = ""
    """The sign-off block and signature found at the end of `new_text`."""
    links: tuple[str, ...] = ()
    """URLs of the text and of HTML anchors, in order of appearance."""
    calendar: tuple[CalendarEvent, ...] = ()
    attachments: tuple[str, ...] = ()
    """File names of attached parts."""
    defects: tuple[str, ...] = ()
    """Problems met while parsing that did not stop it."""

    def header(self, name: str) -> str:
        """Return the first header of that name, or ''."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key == wanted), "")


@dataclass(frozen=True)
class Analysis:
    """What mailtool concluded about one message: the public contract of `classify --json`."""

    kind: Kind
    lang: str
    company: str | None = None
    contact: str | None = None
    position: str | None = None
    reply_to: str | None = None
    when: datetime | None = None
    """The interview's local time (naive) when exactly one is proposed."""
    confidence: float = 0.0
    evidence: tuple[str, ...] = field(default=())
    lang_confidence: float = 0.0
