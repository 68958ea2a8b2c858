"""Find the one proposed interview time of a message (local date grammars, calendar parts)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from mailtool.dategrammar import DateRef, Mention, scan
from mailtool.datewords import (
    ALTERNATIVE,
    DEADLINE_AFTER,
    DEADLINE_BEFORE,
    INSTEAD,
    MATERIAL,
    MATERIAL_HINTS,
    MOVED_FROM,
    NEW_TIME,
    NEXT_AFTER,
    NEXT_BEFORE,
    NEXT_WEEK,
    NOT_THIS_WEEKDAY,
    PAST_MEETING,
    REPLACED_BEFORE,
    SEND,
    US_ZONE,
)
from mailtool.lazyre import lazy
from mailtool.model import CalendarEvent, Mail


@dataclass(frozen=True)
class When:
    """A local (naive) interview time and the cue it was read from."""

    value: datetime
    evidence: str


@dataclass(frozen=True)
class _Found:
    value: datetime
    snippet: str
    marked_new: bool = False
    """Introduced as the new time ("New time: ...") of a moved interview."""


# A year-less date this many days before the Date header is a past reference ("thanks for 3 March"), not next year's.
_PAST_WINDOW_DAYS = 180
_MAX_SAME_LINE_GAP = 90
_MAX_TEXT = 8000  # an interview time sits near the top; this bounds the cost of very long mails
_MAX_LINE_GAP = 3  # newlines between a "Date:" line and its "Time:" line (HTML tables leave blank lines)

# Lines of a quoted thread that the quote splitter may have left in: "On ... wrote:", "Sent: ...".
_ATTRIBUTION = lazy(
    r"^.{0,200}?\b(?:wrote|skrev|schrieb|a écrit|escribió|schreef|kirjoitti|skreiv)\b.{0,120}:\s*$", re.IGNORECASE
)
_SENT_LINE = lazy(r"^\s*\*?(?:sent|sendt|skickat|gesendet|envoyé|enviado|verzonden|lähetetty)\s*:", re.IGNORECASE)
_FROM_LINE = lazy(r"^\s*\*?(?:from|fra|från|von|de|van|lähettäjä)\s*:", re.IGNORECASE)
_DATE_LINE = lazy(r"^\s*\*?(?:date|dato|datum|fecha|päivämäärä)\s*:", re.IGNORECASE)
_URL = lazy(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
# What may stand between a time and the date after it: "2pm on Friday", "23:59 GMT on Sunday", "kl. 14 på torsdag".
_TIME_TO_DATE = lazy(
    r"\s*(?:\(?[A-Z]{2,5}\)?)?\s*,?\s*(?:(?:on|the|le|el|am|op|på|den|d\.|this|next|coming)\s+)*\(?",
)
_SENTENCE_END = lazy(r"[!?]|\.\s+[A-ZÆØÅÄÖÜ]")
_SENTENCE_BREAK = lazy(r"[.!?\n]")
_INSTEAD_REACH = 48  # "Would Thursday at 10:30 work for you instead?"


def find_when(mail: Mail, lang: str) -> When | None:
    """Return the interview's local time when the message proposes exactly one, else None."""
    ref = _reference(mail)
    body = _times_in(mail.body or mail.new_text or mail.text, ref)
    local, utc = _calendar_times(mail)
    if body:
        return _choose(body, local or utc)
    if local is not None:
        return When(local, "calendar part (local time)")
    for text in (mail.subject, mail.signature):
        found = _times_in(text, ref)
        if found:
            return _choose(found, None)
    return When(utc, "calendar part (UTC, in the Date header's offset)") if utc is not None else None


def _reference(mail: Mail) -> datetime | None:
    """Return the Date header as naive local time: the "now" that "Thursday" and "3 March" are read against."""
    return mail.date.replace(tzinfo=None) if mail.date is not None else None


def _choose(found: list[_Found], calendar: datetime | None) -> When | None:
    """Return the only distinct time; among several, the one the calendar part confirms."""
    values = {f.value for f in found}
    if len(values) == 1:
        return When(found[0].value, f"text: {found[0].snippet}")
    if calendar is not None and calendar in values:
        return When(calendar, "calendar part matching one of the times in the text")
    marked = [f for f in found if f.marked_new]
    if len({f.value for f in marked}) == 1:
        return When(marked[0].value, f"text, the new time: {marked[0].snippet}")
    return None


def _calendar_times(mail: Mail) -> tuple[datetime | None, datetime | None]:
    """Return the one event's start as (local wall time, or UTC start moved to the Date header's offset)."""
    starts = {e.start for e in mail.calendar if _is_proposal(e) and e.start is not None}
    if len(starts) != 1:
        return None, None
    event = next(e for e in mail.calendar if e.start in starts)
    start = event.start
    assert start is not None
    if event.in_utc:
        offset = mail.date.tzinfo if mail.date is not None else None
        return None, (start.astimezone(offset) if offset else start).replace(tzinfo=None)
    return start.replace(tzinfo=None), None


def _is_proposal(event: CalendarEvent) -> bool:
    return event.method.upper() not in ("CANCEL", "REPLY", "DECLINECOUNTER")


def _times_in(text: str, ref: datetime | None) -> list[_Found]:
    """Return every date-with-time of the text that reads as a proposed meeting (decoys dropped)."""
    text = _clean(text[:_MAX_TEXT])
    mentions = scan(text, month_first=bool(US_ZONE.search(text)))
    dates = [m for m in mentions if m.date is not None]
    times = [m for m in mentions if m.is_time and not m.range_end and not m.stamp]
    found: list[_Found] = []
    for clock in times:
        day = _date_for(text, clock, dates, mentions)
        if day is None or _is_decoy(text, clock, mentions):
            continue
        for option in (day, *_alternatives(text, day, dates)):
            value = _resolve(text, option, clock, ref) if not _is_decoy(text, option, mentions) else None
            if value is not None and (ref is None or (value.date() >= ref.date() and value != _minute(ref))):
                new = _is_marked_new(text, option, clock, mentions)
                found.append(_Found(value, _snippet(text, option, clock), new))
    return found


def _alternatives(text: str, day: Mention, dates: list[Mention]) -> list[Mention]:
    """Return the dates offered as alternatives right before this one ("Monday or Tuesday at 10")."""
    earlier = [d for d in dates if d.end <= day.start]
    options: list[Mention] = []
    while earlier and ALTERNATIVE.fullmatch(text, earlier[-1].end, (options[-1] if options else day).start):
        options.append(earlier.pop())
    return options


def _clean(text: str) -> str:
    """Blank out URLs and the quote-header lines a splitter may have left, keeping every offset."""
    text = _URL.sub(lambda m: " " * len(m.group()), text)
    lines = text.split("\n")
    previous = ""
    for i, line in enumerate(lines):
        header = _DATE_LINE.match(line) and _FROM_LINE.match(previous)
        if _ATTRIBUTION.match(line) or _SENT_LINE.match(line) or header:
            lines[i] = " " * len(line)
        previous = line if line.strip() else previous
    return "\n".join(lines)


def _date_for(text: str, clock: Mention, dates: list[Mention], mentions: list[Mention]) -> Mention | None:
    """Return the date a time belongs to: next to it on its line, or on a label line just above."""
    line_start = text.rfind("\n", 0, clock.start) + 1
    before = next((d for d in reversed(dates) if d.end <= clock.start), None)
    after = next((d for d in dates if d.start >= clock.end), None)
    if before is not None and before.start >= line_start and not text[before.end : clock.start].strip(" ,"):
        return before
    if after is not None and _TIME_TO_DATE.fullmatch(text, clock.end, after.start):
        return after
    if before is not None and before.start >= line_start:
        gap = text[before.end : clock.start]
        # One sentence break is fine ("Samtalen er tirsdag 9. marts. Vi ses kl. 10."), two are too far.
        return before if len(gap) <= _MAX_SAME_LINE_GAP and len(_SENTENCE_END.findall(gap)) <= 1 else None
    for day in (before, after):
        if day is not None and _is_label_pair(text, day, clock, mentions):
            return day
    return None


def _is_label_pair(text: str, day: Mention, clock: Mention, mentions: list[Mention]) -> bool:
    """Tell whether a date line and a time line a few lines apart form one appointment ("Dato: …" / "Tid: …")."""
    first, second = (day, clock) if day.start < clock.start else (clock, day)
    if not 0 < text.count("\n", first.end, second.start) <= _MAX_LINE_GAP:
        return False
    day_line = (text.rfind("\n", 0, day.start) + 1, _line_end(text, day.end))
    clock_line = (text.rfind("\n", 0, clock.start) + 1, _line_end(text, clock.end))
    for other in mentions:
        if other is clock or other is day:
            continue
        if other.is_time and (day_line[0] <= other.start < day_line[1] or first.end <= other.start < second.start):
            return False  # the date has a time of its own, or another time sits between
        if other.date is not None and clock_line[0] <= other.start < clock_line[1]:
            return False  # the time's own line names a date
    return True


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_marked_new(text: str, day: Mention, clock: Mention, mentions: list[Mention]) -> bool:
    """Tell whether the time is named the new one: "New time: ..." before it, or "instead" next to it."""
    start, end = min(day.start, clock.start), max(day.end, clock.end)
    line_start = text.rfind("\n", 0, start) + 1
    if NEW_TIME.search(text, max(line_start, start - 40), start):
        return True
    # "instead" must sit in the same sentence with no other date or time between, else it belongs to that one.
    limit = next((m.start for m in mentions if m.start >= end), len(text))
    after = _SENTENCE_BREAK.split(text[end : min(limit, end + _INSTEAD_REACH)], maxsplit=1)[0]
    since = max(line_start, start - _INSTEAD_REACH, _previous_end(mentions, start))
    before = _SENTENCE_BREAK.split(text[since:start])[-1]
    return any(word in f"{before} {after}".lower() for word in INSTEAD)


def _previous_end(mentions: list[Mention], start: int) -> int:
    """Return where the last mention before this position ends (0 when there is none)."""
    return max((m.end for m in mentions if m.end <= start), default=0)


def _is_decoy(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Tell whether a date or time is a deadline, a replaced, past or send-out time, or not one coming weekday."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[max(line_start, mention.start - 40) : mention.start]
    if DEADLINE_BEFORE.search(before) or REPLACED_BEFORE.search(before) or DEADLINE_AFTER.match(text, mention.end):
        return True
    sentence = text[max(line_start, mention.start - 120) : mention.start]
    if MOVED_FROM.search(sentence) or PAST_MEETING.search(sentence):
        return True
    if _is_send_out(text, mention, sentence, mentions):
        return True
    if mention.date is not None and mention.date.day is None and mention.date.weekday is not None:
        # "last Friday", Scandinavian "i fredags" (last Friday)
        said = text[mention.start : mention.end].lower()
        return bool(NOT_THIS_WEEKDAY.search(before)) or (said.endswith("s") and before.lower().endswith("i "))
    return False


def _is_send_out(text: str, mention: Mention, sentence: str, mentions: list[Mention]) -> bool:
    """Tell whether the words leading to a time send or receive material ("caset skickar vi ...")."""
    lowered = sentence.lower()
    if not any(hint in lowered for hint in MATERIAL_HINTS):
        return False  # the cheap test first: most sentences name no case or task
    # Only the words since the previous date or time: "the case is sent Friday 12:00, the interview is Monday 9:00".
    since = max(_previous_end(mentions, mention.start), mention.start - len(sentence))
    low = text[since : mention.start].lower()
    low = low[max(low.rfind(". "), low.rfind("? "), low.rfind("! ")) + 1 :]
    return bool(MATERIAL.search(low) and SEND.search(low))


def _resolve(text: str, day: Mention, clock: Mention, ref: datetime | None) -> datetime | None:
    """Return the date-and-time meant, reading partial dates against the Date header."""
    assert day.date is not None
    at = time(clock.hour, clock.minute)
    resolved = _resolve_date(day.date, ref, at)
    if resolved is not None and ref is not None and day.date.day is None and day.date.offset is None:
        line = text[text.rfind("\n", 0, day.start) + 1 : _line_end(text, day.end)]
        if NEXT_WEEK.search(line) or _says_next(text, day):
            resolved = _in_next_week(resolved, ref.date())
    return datetime.combine(resolved, at) if resolved is not None else None


def _says_next(text: str, day: Mention) -> bool:
    """Tell whether a weekday is called the next one: "next Tuesday", "nächsten Dienstag", "mardi prochain"."""
    return bool(NEXT_BEFORE.search(text, max(0, day.start - 12), day.start) or NEXT_AFTER.match(text, day.end))


def _in_next_week(day: date, base: date) -> date:
    """Move a weekday into the week after the base date's week ("next week Tuesday")."""
    next_monday = base + timedelta(days=7 - base.weekday())
    return day if day >= next_monday else day + timedelta(days=7)


def _resolve_date(ref_date: DateRef, ref: datetime | None, at: time) -> date | None:
    base = ref.date() if ref is not None else date.today()
    if ref_date.offset is not None:
        return base + timedelta(days=ref_date.offset) if ref is not None else None
    if ref_date.month is not None and ref_date.day is not None:
        return _month_day(ref_date, base)
    if ref_date.day is not None:
        return _day_only(ref_date.day, ref_date.weekday, base)
    if ref_date.weekday is not None and ref is not None:
        ahead = (ref_date.weekday - base.weekday()) % 7
        # The same weekday as the Date header means today, unless that hour has already passed.
        if ahead == 0 and at < ref.time():
            ahead = 7
        return base + timedelta(days=ahead)
    return None


def _month_day(ref_date: DateRef, base: date) -> date | None:
    """Return the date; a year-less one is the next occurrence, or None when it lies just behind the base."""
    assert ref_date.month is not None and ref_date.day is not None
    year = ref_date.year if ref_date.year is not None else base.year
    candidate = _safe_date(year, ref_date.month, ref_date.day)
    if candidate is None or ref_date.year is not None or candidate >= base:
        return candidate
    if (base - candidate).days <= _PAST_WINDOW_DAYS:
        return None  # a recent past date ("thanks for our talk on 3 March"), not next year's
    return _safe_date(year + 1, ref_date.month, ref_date.day)


def _day_only(day: int, weekday: int | None, base: date) -> date | None:
    """Return the next date with that day of the month ("Friday the 13th"), matching the weekday if named."""
    first: date | None = None
    for ahead in range(13):
        month_index = base.month - 1 + ahead
        candidate = _safe_date(base.year + month_index // 12, month_index % 12 + 1, day)
        if candidate is None or candidate < base:
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
        first = first or candidate
    return first


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


def _snippet(text: str, day: Mention, clock: Mention) -> str:
    start, end = min(day.start, clock.start), max(day.end, clock.end)
    return " ".join(text[start:end].split())[:80]
