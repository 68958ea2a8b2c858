"""Read the dates and times written in a text (ten languages) as positioned mentions, not yet resolved."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from mailtool.datemention import DateRef, Mention
from mailtool.datewords import MONTH, RELATIVE, WEEKDAY, month_re, relative_re, weekday_re
from mailtool.lazyre import LazyPattern, lazy
from mailtool.spokentime import spoken_times

__all__ = ["DateRef", "Mention", "scan"]


def _num(group: str, not_before: str) -> str:
    """Return a 1-2 digit group not preceded by those characters; starting with \\d keeps the scan fast."""
    return rf"(?P<{group}>\d(?<![{not_before}]\d)\d?)"


_NOT_DATE = r"\w.:/,+-"  # "v1.2", "10:30", "+45 2890": digits that belong to something else
_NOT_SLASH_DATE = r"\w/.:"  # "1/2/3", "v2/3": a fraction or path, not "23/1"
_NOT_TIME = r"\d:.,+"  # "+01:00" is a zone offset
_ORD = r"(?:\.|st|nd|rd|th|er|e|:e|:a|º|°)?"  # Swedish "9:e", "1:a"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_FLAGS = 0  # scan() lower-cases the text once: case-insensitive patterns are several times slower

_ISO = lazy(r"(?P<y>[12](?<![\d.][12])\d{3})-(?P<m>\d\d?)-(?P<d>\d\d?)(?!\d)")
_NUMERIC = lazy(rf"{_num('d', _NOT_DATE)}(?P<s>[./-])(?P<m>\d\d?)(?P=s)(?P<y>(?:19|20)?\d\d)(?!\d)")


def _wd() -> str:
    """Return the weekday group: a name, with Nordic endings ("måndagen", "i fredags")."""
    return rf"(?P<wd>{weekday_re()})(?:en|na|s)?"


# Patterns holding a word list are assembled on first use, like all of them are compiled then (see lazyre).
_DAY_MONTH = lazy(
    lambda: (
        rf"{_num('d', _NOT_DATE)}{_ORD}\s*(?:of\s+|de\s+|-\s*)?(?P<m>{month_re()})(?!\w)\.?"
        rf"(?:,?\s*(?:de\s+|del\s+)?{_YEAR})?"
    ),
    _FLAGS,
)
_MONTH_DAY = lazy(
    lambda: rf"\b(?P<m>{month_re()})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:.]\d|\d|\w)(?:,?\s+{_YEAR})?",
    _FLAGS,
)
_DAY_DOT_MONTH = lazy(rf"{_num('d', _NOT_DATE)}\.(?P<m>\d\d?)\.(?!\d)")
_DAY_SLASH_MONTH = lazy(rf"{_num('d', _NOT_SLASH_DATE)}/(?P<m>\d\d?)(?![\d/])")
_WEEKDAY_DAY = lazy(
    lambda: rf"\b{_wd()},?\s+(?:(?:the|den|d\.|le|el|der|am)\s*)?(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.|er)(?!\d)", _FLAGS
)
_WEEKDAY = lazy(lambda: rf"\b{_wd()}(?!\w)", _FLAGS)
_RELATIVE = lazy(lambda: rf"\b(?P<rel>{relative_re()})(?!\w)", _FLAGS)
# "morgen" (de, nl) and "mañana" (es) also mean "morning": "Guten Morgen", "de la mañana".
_MORNING_BEFORE = lazy(r"\b(?:guten|goeden|goede|am|jeden|diesen|heute|den|la|esta|por|cada|de)\s+$", _FLAGS)

_AMPM = lazy(rf"{_num('h', _NOT_TIME)}(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?", _FLAGS)
# Times behind a cue word. For "um/om/at/à" an hour alone is read only when the next word allows it.
_CUED = lazy(
    r"\b(?P<cue>kl\.?|klokka|klokken|klockan|klo\.?|kello|a las|a la|sobre las|hacia las|um|om|at|à|vers|gegen|ved|vid"
    r"|omkring|around|runt|rundt|tegen)\s*:?\s*(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?(?P<suf>\s*(?:uhr|uur|h|o'clock"
    r"|-?tiden)(?!\w))?(?![\d:.]?\d)",
    _FLAGS,
)
_STRONG_CUES = frozenset({"kl", "kl.", "klokka", "klokken", "klockan", "klo", "klo.", "kello", "a las", "a la"})
_HOUR_ALONE_NEXT = lazy(r"\s*(?:$|[?!,;)\n]|\.(?!\d)|\s*(?:on|am|le|op|el|the|og|and|und|et|y|i|in|på)\b)", _FLAGS)
_AM_AFTER = lazy(
    r"\s*(?:uhr\s*)?(?:in the morning|morgens|früh|om morgenen|på morgonen|du matin|de la mañana|"
    r"'s ochtends|aamulla)",
    _FLAGS,
)
_SUFFIXED = lazy(rf"{_num('h', _NOT_TIME)}(?:[:.](?P<mi>[0-5]\d))?\s*(?:uhr|uur|heures?|horas?)(?!\w)", _FLAGS)
_FRENCH_H = lazy(rf"{_num('h', _NOT_TIME)}\s?h\s?(?P<mi>[0-5]\d)?(?!\w)", _FLAGS)
_COLON = lazy(rf"{_num('h', _NOT_TIME)}:(?P<mi>[0-5]\d)(?P<sec>:\d\d)?(?!\d)")
_NOON = lazy(r"\b(?:12\s*)?(?:noon|midday)\b")
_ZONE_BEFORE = lazy(r"\b(?:utc|gmt)\s*[-−]\s*$")  # "UTC-05:00" is an offset, not a time
# "10.00" alone is read only on a time label line ("Tid: 10.00") or as a range start ("10.00–11.00").
_DOTTED = lazy(rf"{_num('h', _NOT_TIME)}\.(?P<mi>[0-5]\d)(?!\d)")
_TIME_LABEL = lazy(
    r"\b(?:tid|tidspunkt|klokkeslett|klokkeslæt|klockslag|kellonaika|aika|time|uhrzeit|zeit|heure|hora|tijd|"
    r"tijdstip)\s*:?\s*$"
)
_DOTTED_RANGE = lazy(r"\s*(?:[-–—]|til|till|to|bis|tot|à|a|until)\s*(?:kl\.?\s*)?\d\d?[.:]\d\d")
# A bare number with "Uhr"/"uur"/"h" after "ca."/"Dauer" is a duration ("ongeveer 1 uur"), not a clock time.
_DURATION_BEFORE = lazy(
    r"\b(?:ca\.?|circa|cirka|about|approx\.?|approximately|around|etwa|ungefähr|rund|environ|ongeveer|"
    r"omtrent|noin|dauer|duur|durée|duration|duración|varighet|varighed|kesto|längd|in|within|binnen|nach)\s*:?\s*$",
    _FLAGS,
)
_TIME_CUE_BEFORE = lazy(r"\b(?:kl|klo|um|om|at|à)\.?\s*$", _FLAGS)
_PM_AFTER = lazy(
    r"\s*(?:de la tarde|de la noche|in the afternoon|in the evening|de l'après-midi|du soir|nachmittags|abends|"
    r"'s middags|'s avonds|på eftermiddagen|om eftermiddagen|om ettermiddagen|iltapäivällä)",
    _FLAGS,
)
_RANGE_GAP = lazy(
    r"\s*(?:uhr|uur|h)?\s*(?:\([^)\n]{0,12}\))?\s*(?:-|–|—|to|til|till|bis|tot|à|a|au|until|through)\s*"
    r"(?:ca\.?|circa|etwa|kl\.?|klo\.?)?\s*",
    _FLAGS,
)

_SAME_TIME_ELSEWHERE = lazy(r"\s*(?:[a-z]{2,5}\s*)?(?:[+-]\d\d?(?::?\d\d)?\s*)?\(\s*(?:=\s*)?")


def scan(text: str, month_first: bool = False) -> list[Mention]:
    """Return the dates and times of the text in reading order (overlaps go to the more specific reading).

    With month_first (a US sender), an ambiguous "03/09/2027" is read as 9 March.
    """
    text = _lower(text)
    found: list[Mention] = []
    for reader in _READERS:
        for mention in reader(text):
            if not any(m.start < mention.end and mention.start < m.end for m in found):
                found.append(mention)
    found.sort(key=lambda m: m.start)
    if month_first:
        found = [_month_first(text, m) for m in found]
    return _mark_ranges(text, _blank_weekday_spans(text, _merge_weekdays(text, found)))


def _month_first(text: str, mention: Mention) -> Mention:
    date = mention.date
    if date is None or date.day is None or date.month is None or "/" not in text[mention.start : mention.end]:
        return mention
    return replace(mention, date=replace(date, day=date.month, month=date.day)) if date.day <= 12 else mention


def _lower(text: str) -> str:
    """Lower-case the text without moving any offset (a few letters such as "İ" grow when lower-cased)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return int(value) if value else None


def _valid(day: int | None, month: int | None) -> bool:
    return (day is None or 1 <= day <= 31) and (month is None or 1 <= month <= 12)


def _year(match: re.Match[str]) -> int | None:
    year = _int(match, "y")
    return year + 2000 if year is not None and year < 100 else year


def _dates(pattern: LazyPattern, text: str, month_first_swap: bool = False) -> Iterator[Mention]:
    """Yield numeric or named dates; day/month that only make sense swapped (US "1/20") are swapped."""
    for match in pattern.finditer(text):
        name = match.group("m")
        month = MONTH.get(name.lower().rstrip(".")) if not name.isdigit() else int(name)
        day = _int(match, "d")
        if month_first_swap and month is not None and day is not None and month > 12 >= day:
            day, month = month, day
        if _valid(day, month):
            ref = DateRef(day=day, month=month, year=_year(match) if "y" in match.groupdict() else None)
            yield Mention(match.start(), match.end(), date=ref)


def _day_dot_month(text: str) -> Iterator[Mention]:
    """Yield "16.11." dates, except after a time cue ("kl. 10.12.")."""
    for mention in _dates(_DAY_DOT_MONTH, text):
        if not _TIME_CUE_BEFORE.search(text, max(0, mention.start - 6), mention.start):
            yield mention


def _weekday_day(text: str) -> Iterator[Mention]:
    for match in _WEEKDAY_DAY.finditer(text):
        day = int(match.group("d"))
        if 1 <= day <= 31:
            yield Mention(match.start(), match.end(), date=DateRef(day=day, weekday=_weekday(match)))


def _weekday(match: re.Match[str]) -> int:
    return WEEKDAY[match.group("wd").lower()]


def _weekdays(text: str) -> Iterator[Mention]:
    for match in _WEEKDAY.finditer(text):
        yield Mention(match.start(), match.end(), date=DateRef(weekday=_weekday(match)))


def _relatives(text: str) -> Iterator[Mention]:
    for match in _RELATIVE.finditer(text):
        word = match.group("rel").lower()
        if word in ("morgen", "mañana") and _MORNING_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        yield Mention(match.start(), match.end(), date=DateRef(offset=RELATIVE[word]))


def _time(match: re.Match[str], text: str, hour: int, meridiem: str = "") -> Mention | None:
    minute = _int(match, "mi") or 0
    if _PM_AFTER.match(text, match.end()) and hour < 12:
        hour += 12
    if not 0 <= hour <= 23:
        return None
    return Mention(match.start(), match.end(), hour=hour, minute=minute, is_time=True, meridiem=meridiem)


def _ampm(text: str) -> Iterator[Mention]:
    for match in _AMPM.finditer(text):
        meridiem = match.group("ap") + "m"
        hour = int(match.group("h"))
        if 1 <= hour <= 12 and (mention := _time(match, text, hour % 12 + (12 if meridiem == "pm" else 0), meridiem)):
            yield mention


def _cued(text: str) -> Iterator[Mention]:
    for match in _CUED.finditer(text):
        strong = match.group("cue").lower() in _STRONG_CUES
        if not (strong or match.group("mi") or match.group("suf") or _hour_alone_fits(text, match)):
            continue
        hour = _business_hour(text, match)
        if (mention := _time(match, text, hour)) is not None:
            yield mention


def _hour_alone_fits(text: str, match: re.Match[str]) -> bool:
    """Tell whether "at 2" is a clock time: the next word allows it, or a day names when ("Thursday at 2 for")."""
    if _HOUR_ALONE_NEXT.match(text, match.end()):
        return True
    before = text[max(0, match.start() - 24) : match.start()].rstrip(" ,").rsplit(None, 1)
    word = before[-1] if before else ""
    return _day_word(word) or word in RELATIVE


def _day_word(word: str) -> bool:
    # Weekdays take endings: "tiistaina", "måndagen", "i fredags".
    return any(word[: len(word) - cut] in WEEKDAY for cut in (0, 1, 2) if len(word) > cut)


def _business_hour(text: str, match: re.Match[str]) -> int:
    """Read a casual "at 2"/"um 3"/"kl. 4" as the afternoon: interviews keep office hours, 8 to 18.

    A written leading zero ("kl. 02.00") or a morning word after it ("um 6 Uhr morgens") keeps the hour.
    """
    hour = int(match.group("h"))
    if 1 <= hour <= 6 and not match.group("h").startswith("0") and not _AM_AFTER.match(text, match.end()):
        return hour + 12
    return hour


def _suffixed(pattern: LazyPattern, text: str) -> Iterator[Mention]:
    for match in pattern.finditer(text):
        if _DURATION_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if (mention := _time(match, text, int(match.group("h")))) is not None:
            yield mention


def _colon(text: str) -> Iterator[Mention]:
    for match in _COLON.finditer(text):
        if _ZONE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        if (mention := _time(match, text, int(match.group("h")))) is not None:
            yield replace(mention, stamp=bool(match.group("sec")))


def _noon(text: str) -> Iterator[Mention]:
    for match in _NOON.finditer(text):
        yield Mention(match.start(), match.end(), hour=12, is_time=True)


def _dotted(text: str) -> Iterator[Mention]:
    for match in _DOTTED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        labelled = _TIME_LABEL.search(text, max(line_start, match.start() - 20), match.start())
        if (labelled or _DOTTED_RANGE.match(text, match.end())) and (
            mention := _time(match, text, int(match.group("h")))
        ):
            yield mention


# "lördag 10–16", "Samstag 9-15": bare hours from-to right after a weekday; the start is the time
_HOUR_SPAN = lazy(
    r"(?<![\w.,:/+-])(?P<h>[0-2]?\d)(?:[.:](?P<mi>[0-5]\d))?\s?[–-]\s?[0-2]?\d(?:[.:][0-5]\d)?(?![\w./–-])"
)


def _weekday_hours(text: str) -> Iterator[Mention]:
    for match in _HOUR_SPAN.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()].rsplit(None, 1)
        if before and _day_word(before[-1]) and (mention := _time(match, text, int(match.group("h")))):
            yield replace(mention, end=match.end("mi") if match.group("mi") else match.end("h"))


_READERS: tuple[Callable[[str], Iterator[Mention]], ...] = (
    lambda text: _dates(_ISO, text),
    lambda text: _dates(_NUMERIC, text, month_first_swap=True),
    lambda text: _dates(_DAY_MONTH, text),
    lambda text: _dates(_MONTH_DAY, text),
    _ampm,
    _noon,
    spoken_times,
    _cued,
    lambda text: _suffixed(_SUFFIXED, text),
    lambda text: _suffixed(_FRENCH_H, text),
    _colon,
    _day_dot_month,
    _dotted,
    _weekday_hours,
    lambda text: _dates(_DAY_SLASH_MONTH, text, month_first_swap=True),
    _weekday_day,
    _relatives,
    _weekdays,
)

_WEEKDAY_RANGE = lazy(r"\s*(?:-|–|—|to|til|till|bis|à|a|au|al|tot|through|thru|until)\s*")
# Between a weekday and the date it names: "Friday, 13th March", "fredag den 23/1", "fredag (8/5)".
_WEEKDAY_JOIN = lazy(r"[\s,(]*(?:(?:den|d\.|le|el|the|am|der|op)\s*)?", _FLAGS)


def _merge_weekdays(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a weekday to the date right after it, so both read as one mention."""
    merged: list[Mention] = []
    for mention in mentions:
        weekday = merged[-1].date.weekday if merged and merged[-1].date and _is_bare_weekday(merged[-1]) else None
        date = mention.date
        if weekday is not None and date and date.day and _WEEKDAY_JOIN.fullmatch(text, merged[-1].end, mention.start):
            merged[-1] = replace(mention, start=merged[-1].start, date=replace(date, weekday=weekday))
            continue
        merged.append(mention)
    return merged


def _is_span(text: str, first: Mention, second: Mention) -> bool:
    """Tell whether two dates joined by "–", "to", "til", "bis"... are the ends of one span of days."""
    if first.date is None or second.date is None or first.is_time or second.is_time:
        return False
    if not _WEEKDAY_RANGE.fullmatch(text, first.end, second.start):
        return False
    return (_is_bare_weekday(first) and _is_bare_weekday(second)) or bool(first.date.day and second.date.day)


def _is_bare_weekday(mention: Mention) -> bool:
    date = mention.date
    return date is not None and date.weekday is not None and date.day is None and date.offset is None


def _blank_weekday_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """Turn "Monday–Friday" (opening hours) and "from 3 to 9 December" (free slots) into one date naming no day.

    A span of days is a window to choose from, not the day of a meeting: no time is read against it.
    """
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if last is not None and _is_span(text, last, mention):
            out[-1] = Mention(last.start, mention.end, date=DateRef())
            continue
        out.append(mention)
    return out


def _mark_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mark the second time of "10:00–11:00" as a range end; a start without am/pm borrows the end's pm."""
    out = list(mentions)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (first.is_time and second.is_time):
            continue
        if _SAME_TIME_ELSEWHERE.fullmatch(text, first.end, second.start):
            out[i] = replace(second, range_end=True)  # "10:00 GMT (11:00 CET)": one meeting, two clocks
        elif _RANGE_GAP.fullmatch(text, first.end, second.start):
            out[i] = replace(second, range_end=True)
            if not first.meridiem and second.meridiem == "pm" and first.hour + 12 <= second.hour:
                out[i - 1] = replace(first, hour=first.hour + 12)
    return out
