"""A date or a time as written in a text, at its position, not yet resolved against the Date header."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateRef:
    """A date as written: any part may be missing until it is resolved against the Date header."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int | None = None
    """Days after the Date header ("tomorrow" = 1)."""


@dataclass(frozen=True)
class Mention:
    """A date or a time found at text[start:end]."""

    start: int
    end: int
    date: DateRef | None = None
    hour: int = 0
    minute: int = 0
    is_time: bool = False
    meridiem: str = ""
    """"am"/"pm" when the time said so: a range start without one borrows the end's."""
    range_end: bool = False
    """The second time of a range ("10:00–11:00"): not a proposal of its own."""
    stamp: bool = False
    """A time with seconds: a timestamp of a mail, never a meeting."""
