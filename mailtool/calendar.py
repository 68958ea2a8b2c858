"""Read the events of a text/calendar part with icalendar."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime

import icalendar

from mailtool.model import Address, CalendarEvent

log = logging.getLogger(__name__)


def read_events(data: bytes) -> Iterator[CalendarEvent]:
    """Yield the VEVENTs of an iCalendar document; a broken document yields nothing."""
    try:
        cal = icalendar.Calendar.from_ical(data)
        method = str(cal.get("METHOD", "")).upper()
        events = list(cal.walk("VEVENT"))
    except Exception as err:  # icalendar raises ValueError, KeyError and more on broken input
        log.debug("calendar part not readable: %s", err)
        return
    for event in events:
        yield CalendarEvent(
            start=_start(event),
            in_utc=_is_utc(event),
            summary=str(event.get("SUMMARY", "")),
            method=method,
            organizer=_organizer(event),
        )


def _start(event: icalendar.cal.Component) -> datetime | None:
    try:
        value = event.decoded("DTSTART")
    except Exception:  # a missing or malformed DTSTART: the event carries no time
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return None  # an all-day event names no time
    return None


def _is_utc(event: icalendar.cal.Component) -> bool:
    prop = event.get("DTSTART")
    try:
        return bool(prop) and prop.to_ical().endswith(b"Z")
    except Exception:  # a property icalendar could not serialise back
        return False


def _organizer(event: icalendar.cal.Component) -> Address | None:
    prop = event.get("ORGANIZER")
    if not prop:
        return None
    addr = str(prop).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()
    name = str(getattr(prop, "params", {}).get("CN", "")).strip('"')
    return Address(name, addr) if "@" in addr else None
