"""Clock times written in words: "ved totiden", "halv nio", "halb neun", "kvart over ti", "half past two".

A hiring manager writing from the phone rarely types "14:00": "kan du kigge forbi ved totiden?", "imorgon halv
nio?", "gegen Viertel nach zehn". The hour is a number word (or a digit after "halv"/"halb"); a half names the
hour to come in Nordic, German, Dutch and Finnish ("halv nio" = 8:30), the hour gone in English ("half past
nine" = 9:30). An hour of 1 to 6 said this way is in the afternoon: interviews keep office hours. Patterns run
on lower-cased text, like every pattern of `dategrammar`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailtool.datemention import Mention
from mailtool.lazyre import lazy

# The hours one to twelve in words, in the ten languages (Finnish in the nominative, as "puoli kaksi" takes it).
HOUR_WORDS: dict[str, int] = {
    **dict.fromkeys(("ett", "ei", "eitt", "one", "eins", "één", "yksi", "une", "una", "yhden"), 1),
    **dict.fromkeys(("to", "två", "two", "zwei", "twee", "kaksi", "deux", "dos", "kahden"), 2),
    **dict.fromkeys(("tre", "three", "drei", "drie", "kolme", "trois", "tres"), 3),
    **dict.fromkeys(("fire", "fyra", "four", "vier", "neljä", "quatre", "cuatro"), 4),
    **dict.fromkeys(("fem", "five", "fünf", "vijf", "viisi", "cinq", "cinco"), 5),
    **dict.fromkeys(("seks", "sex", "six", "sechs", "zes", "kuusi", "seis"), 6),
    **dict.fromkeys(("sju", "syv", "seven", "sieben", "zeven", "seitsemän", "sept", "siete"), 7),
    **dict.fromkeys(("åtte", "otte", "åtta", "eight", "acht", "kahdeksan", "huit", "ocho"), 8),
    **dict.fromkeys(("ni", "nio", "nine", "neun", "negen", "yhdeksän", "neuf", "nueve"), 9),
    **dict.fromkeys(("ti", "tio", "ten", "zehn", "tien", "kymmenen", "dix", "diez"), 10),
    **dict.fromkeys(("elleve", "elve", "elva", "eleven", "elf", "yksitoista", "onze", "once"), 11),
    **dict.fromkeys(("tolv", "twelve", "zwölf", "twaalf", "kaksitoista", "douze", "doce"), 12),
}


_ENGLISH = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def _words() -> str:
    return "|".join(sorted(HOUR_WORDS, key=len, reverse=True))


def _hour(name: str, named: bool) -> str:
    return rf"(?P<{name}>{_words()})" if named else rf"(?:{_words()})"


def _digit(named: bool) -> str:
    return rf"(?{'P<d>' if named else ':'}1[0-2]|[1-9])"


def _about(named: bool = True) -> str:
    """ "ved totiden", "vid tvåtiden", "omkring tretiden", "ved ni-tiden": about that hour."""
    return rf"\b(?:ved|vid|omkring|rundt|runt|ved ca\.?|vid ca\.?)\s+{_hour('w', named)}-?tiden\b"


def _half_before(named: bool = True) -> str:
    """ "halv nio", "halb neun", "half negen", "puoli yhdeksän" (the hour to come), or a digit: "halb 9"."""
    return rf"\b(?:halv|halb|half|puoli)\s+(?:{_hour('w', named)}|{_digit(named)})(?![\w:.,-]?\d|\w)"


def _quarter(named: bool = True) -> str:
    """ "half past nine", "kvart over ni", "Viertel nach neun", "kwart voor negen", "varttia yli kymmenen"."""
    part = "(?P<part>" if named else "(?:"
    return (
        rf"\b{part}half past|quarter past|quarter after|kvart over|kvart över|viertel nach|kwart over"
        r"|varttia yli|quarter to|quarter of|kvart på|kvart i|kvart før|kvart för|viertel vor|kwart voor"
        rf"|varttia vaille)\s+(?:{_hour('w', named)}|{_digit(named)})(?![\w:.,-]?\d|\w)"
    )


def _word_clock(named: bool = True) -> str:
    """ "klokka ni", "kello kaksi", "um neun Uhr", "om negen uur", "nine o'clock", "à deux heures (et demie)",
    "a las dos (y media)", "a la una"."""
    fr, es = ("(?P<fr>", "(?P<es>") if named else ("(?:", "(?:")
    # The lookahead changes no match (an hour word is a run of letters): it fails at once where no "o'clock"
    # follows, where trying the ~80 hour words at every offset was most of the classifier's time cue.
    return (
        rf"\b(?:(?:klokka|klokken|klockan|kello|klo|kl\.?)\s+{_hour('w', named)}(?!\w)"
        rf"|(?:um|om)\s+{_hour('u', named)}\s+(?:uhr|uur)\b|(?=\w++\s+o'clock\b){_hour('e', named)}\s+o'clock\b"
        rf"|à\s+{_hour('f', named)}\s+heures?\b{fr}\s+et (?:demie|quart)|\s+moins le quart)?"
        rf"|a las?\s+{_hour('s', named)}\b{es}\s+y media|\s+y cuarto|\s+menos cuarto)?)"
    )


_ABOUT = lazy(_about)
_HALF_BEFORE = lazy(_half_before)
_QUARTER = lazy(_quarter)
_WORD_CLOCK = lazy(_word_clock)
_MORNING_AFTER = lazy(
    r"\s*(?:in the morning|morgens|früh|om morgenen|på morgonen|på morgenen|du matin|de la mañana|'s ochtends"
    r"|aamulla|am\b|a\.m\.)"
)


def spoken_times(text: str) -> Iterator[Mention]:
    """Yield the clock times the lower-cased text writes in words, each as a time mention."""
    for match in _ABOUT.finditer(text):
        yield _mention(text, match, HOUR_WORDS[match.group("w")], 0)
    for match in _HALF_BEFORE.finditer(text):
        hour = _number(match)
        if match.group("w") in _ENGLISH:  # British "half nine" is 9:30
            yield _mention(text, match, hour, 30)
        else:
            yield _mention(text, match, hour - 1 if hour > 1 else 12, 30)
    for match in _QUARTER.finditer(text):
        hour, part = _number(match), match.group("part")
        if part == "half past":
            yield _mention(text, match, hour, 30)
        elif part.split()[-1] in ("past", "after", "over", "över", "nach", "yli"):
            yield _mention(text, match, hour, 15)
        else:
            yield _mention(text, match, hour - 1 if hour > 1 else 12, 45)
    for match in _WORD_CLOCK.finditer(text):
        word = next(g for g in (match.group(k) for k in ("w", "u", "e", "f", "s")) if g)
        hour, minute = HOUR_WORDS[word], 0
        extra = (match.group("fr") or match.group("es") or "").strip()
        if extra in ("et demie", "y media"):
            minute = 30
        elif extra in ("et quart", "y cuarto"):
            minute = 15
        elif extra:
            hour, minute = (hour - 1 if hour > 1 else 12), 45
        yield _mention(text, match, hour, minute)


def _number(match: re.Match[str]) -> int:
    word = match.group("w")
    return HOUR_WORDS[word] if word else int(match.group("d"))


def _mention(text: str, match: re.Match[str], hour: int, minute: int) -> Mention:
    """Build the time mention, reading an hour of 1 to 6 as the afternoon unless a morning word follows."""
    if 1 <= hour <= 6 and not _MORNING_AFTER.match(text, match.end()):
        hour += 12
    return Mention(match.start(), match.end(), hour=hour, minute=minute, is_time=True)


def spoken_time_source() -> str:
    """Return one pattern source matching any spoken clock time (groups unnamed), for the classifier's time cue."""
    return "|".join(source(False) for source in (_about, _half_before, _quarter, _word_clock))
