"""Dates and times written the way each reply language writes them, without relying on system locales."""

from __future__ import annotations

from datetime import datetime

# Month and weekday names per language; written out here because the machine's locales are unknown.
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "nn": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nn": "måndag tysdag onsdag torsdag fredag laurdag sundag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}
# {w} weekday, {d} day, {m} month name, {y} year, {t} time; the Nordic languages write the time 10.00.
_WHEN = {
    "en": "{w} {d} {m} {y} at {t}",
    "nb": "{w} {d}. {m} kl. {t}",
    "nn": "{w} {d}. {m} kl. {t}",
    "sv": "{w} den {d} {m} kl. {t}",
    "da": "{w} den {d}. {m} kl. {t}",
    "de": "{w}, {d}. {m} {y}, um {t} Uhr",
}
_TIME_SEPARATOR = {"nb": ".", "nn": ".", "sv": ".", "da": "."}
# The date in the attribution line above the quote ("On … wrote:"), as mail clients of each language write it.
_ATTRIBUTION_DATE = {
    "en": "{d} {m} {y} at {t}",
    "nb": "{dd}.{mm}.{y} kl. {t}",
    "nn": "{dd}.{mm}.{y} kl. {t}",
    "sv": "{d} {m} {y} kl. {t}",
    "da": "{dd}.{mm}.{y} kl. {t}",
    "de": "{dd}.{mm}.{y} um {t}",
}


def known(lang: str) -> bool:
    """Tell whether dates can be written in this language."""
    return lang in _WHEN


def format_when(when: datetime, lang: str) -> str:
    """Write an interview time with weekday, date and time in the language's own style."""
    return _fill(_WHEN.get(lang, ""), when, lang)


def format_attribution_date(when: datetime, lang: str) -> str:
    """Write the date of the quoted message for the attribution line."""
    return _fill(_ATTRIBUTION_DATE.get(lang, ""), when, lang)


def _fill(pattern: str, when: datetime, lang: str) -> str:
    if not pattern:  # a language without names here gets the unambiguous ISO form
        return when.strftime("%Y-%m-%d %H:%M")
    return pattern.format(
        w=_WEEKDAYS[lang].split()[when.weekday()],
        d=when.day,
        dd=f"{when.day:02d}",
        m=_MONTHS[lang].split()[when.month - 1],
        mm=f"{when.month:02d}",
        y=when.year,
        t=f"{when.hour:02d}{_TIME_SEPARATOR.get(lang, ':')}{when.minute:02d}",
    )
