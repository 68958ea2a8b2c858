"""Calendar words of the ten supported languages: weekdays, months, relative days and their cue words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from mailtool.lazyre import lazy

# Weekday names (Monday first) in en, nb/da, nn, sv, de, fi, fr, nl, es. Full names only: abbreviations such
# as "mar", "ma", "Di" or "Sun" are ordinary words too often to be read as a day on their own.
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "mandag", "måndag", "montag", "maanantai", "lundi", "maandag", "lunes"),
    ("tuesday", "tirsdag", "tysdag", "tisdag", "dienstag", "tiistai", "mardi", "dinsdag", "martes"),
    ("wednesday", "onsdag", "mittwoch", "keskiviikko", "mercredi", "woensdag", "miércoles", "miercoles"),
    ("thursday", "torsdag", "donnerstag", "torstai", "jeudi", "donderdag", "jueves"),
    ("friday", "fredag", "freitag", "perjantai", "vendredi", "vrijdag", "viernes"),
    ("saturday", "lørdag", "laurdag", "lördag", "samstag", "sonnabend", "lauantai", "samedi", "zaterdag", "sábado",
     "sabado"),
    ("sunday", "søndag", "sundag", "söndag", "sonntag", "sunnuntai", "dimanche", "zondag", "domingo"),
)  # fmt: skip

# Month names and safe abbreviations. Left out on purpose: "des" (French article), "ago" (English word),
# "may"-like words in month-first order are still read (English "May 3").
_MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "januar", "januari", "jänner", "jän", "janvier", "janv", "enero", "ene"),
    ("february", "feb", "februar", "februari", "feber", "février", "fevrier", "févr", "fevr", "febrero"),
    ("march", "mar", "mars", "marts", "märz", "maerz", "mär", "maart", "mrt", "marzo"),
    ("april", "apr", "avril", "avr", "abril", "abr"),
    ("may", "mai", "maj", "mei", "mayo"),
    ("june", "jun", "juni", "juin", "junio"),
    ("july", "jul", "juli", "juillet", "juil", "julio"),
    ("august", "aug", "augusti", "augustus", "août", "aout", "agosto"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre"),
    ("november", "nov", "novembre", "noviembre"),
    ("december", "dec", "desember", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic"),
)
# Finnish months take case endings: "marraskuuta" (partitive, after a day), "marraskuun", "marraskuussa".
_FINNISH_MONTHS = (
    "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
    "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
)  # fmt: skip
_FINNISH_ENDINGS = ("", "ta", "n", "ssa")

WEEKDAY: dict[str, int] = {name: index for index, names in enumerate(_WEEKDAYS) for name in names}
MONTH: dict[str, int] = {name: index + 1 for index, names in enumerate(_MONTHS) for name in names}
MONTH.update({stem + end: index + 1 for index, stem in enumerate(_FINNISH_MONTHS) for end in _FINNISH_ENDINGS})

# Days relative to the Date header. "morgen"/"mañana" are guarded in the grammar: they also mean "morning".
RELATIVE: dict[str, int] = {
    "today": 0, "i dag": 0, "idag": 0, "heute": 0, "vandaag": 0, "tänään": 0, "aujourd'hui": 0, "hoy": 0,
    "tomorrow": 1, "i morgen": 1, "imorgen": 1, "i morgon": 1, "imorgon": 1, "morgen": 1, "huomenna": 1,
    "demain": 1, "mañana": 1,
    "the day after tomorrow": 2, "overmorgen": 2, "i overmorgen": 2, "i övermorgon": 2, "übermorgen": 2,
    "ylihuomenna": 2, "après-demain": 2, "pasado mañana": 2,
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """Return a regex matching any of the words, as a prefix tree: far faster than a flat list of 150 names."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict[str, Any]) -> str:
    """Return the regex of one trie node; a word ending here makes the rest optional (greedy: longest first)."""
    arms = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"
    return f"(?:{body})?" if "" in node else body


# The prefix trees are built on first use: assembling them costs milliseconds that a mail without dates never needs.
@cache
def weekday_re() -> str:
    """Return the regex of every weekday name."""
    return alternation(WEEKDAY)


@cache
def month_re() -> str:
    """Return the regex of every month name and abbreviation."""
    return alternation(MONTH)


@cache
def relative_re() -> str:
    """Return the regex of every word for a day relative to today."""
    return alternation(RELATIVE)


# A date or time right after these is a deadline (reply by, complete by), not the proposed meeting.
DEADLINE_BEFORE = lazy(
    r"\b(?:by|before|until|no later than|not later than|at the latest on|deadline|due|expires?|"
    r"senest|senast|innen|innan|inden|før|före|frist|svarfrist|seneste|"
    r"bis|bis zum|bis zur|bis spätestens|spätestens|spätestens am|"
    r"uiterlijk|vóór|ten laatste|tot en met|"
    r"avant|avant le|au plus tard|au plus tard le|d'ici|d'ici le|jusqu'au|"
    r"antes de|antes del|a más tardar|a más tardar el|hasta|hasta el|como tarde|"
    r"viimeistään|closes|closes on|closing date|expiry)"
    r"[\s:,]*(?:(?:the|den|d\.|le|el|am|on|på|op|kl\.?|klo|at|à|um|om|en|de|del)\s+)*$"
    # A deadline label a few words before its colon: "Deadline for confirmation:", "Frist for å svare:".
    r"|\b(?:deadline|frist|fristen|svarfrist|anmeldeschluss|rückmeldefrist|date limite|fecha límite|plazo|"
    r"määräaika|sista dag|sidste frist)\b[^.\n:]{0,30}(?::|\b(?:is|er|är|ist|est|es|on|blir|wird|será))\s*$"
    # Dutch "voor" is also "for" ("uitnodiging voor dinsdag"): a deadline only after a verb of replying.
    r"|\b(?:reageer|reageren|laat|antwoord|bevestig|bevestigen|aanmelden|inleveren|afronden)\w*\b[^.\n]{0,30}?"
    r"\bvoor\s+$",
    re.IGNORECASE,
)
DEADLINE_AFTER = lazy(
    r"[\s,]*(?:mennessä|viimeistään|senast|senest|spätestens|at the latest|au plus tard|a más tardar|uiterlijk)\b",
    re.IGNORECASE,
)
# A time named as the one being replaced ("instead of Tuesday 10:00") is not the proposal.
REPLACED_BEFORE = lazy(
    r"\b(?:instead of|rather than|in place of|previously|originally|moved from|opprinnelig|opprinneleg|"
    r"oprindeligt|oprindelig|ursprungligen|initialement|originalmente|alun perin|"
    r"i stedet for|istedenfor|istedet for|i stället för|istället för|i staden for|"
    r"anstatt|statt|anstelle|ursprünglich|au lieu de|en lugar de|en vez de|in plaats van|oorspronkelijk)"
    r"[\s:,]*(?:(?:the|den|d\.|le|el|am|on|på|op|kl\.?|klo|at|à|um|om|de|du|del)\s+)*$",
    re.IGNORECASE,
)
# "move your interview from Tuesday 10:00 to Thursday 14:00": the time after "from" is the old one.
MOVED_FROM = lazy(
    r"\b(?:mov|reschedul|postpon|push|shift|flytt|verschieb|verschob|verleg|verplaats|déplac|décal|decal|report|"
    r"cambi|aplaz|siirr|siirt)\w*\b[^.!?\n]{0,60}?\b(?:from|fra|från|von|van|du|de|del|desde)\s+"
    r"(?:(?:the|den|d\.|le|el|am|on|på|op)\s+)*$",
    re.IGNORECASE,
)
# "last Friday", "letzten Montag" (past) and "every Monday", "jeden Montag" (recurring): not one coming day.
NOT_THIS_WEEKDAY = lazy(
    r"\b(?:last|past|forrige|sidste|förra|förrige|letzten|letzte|vorigen|vorige|dernier|pasado|viime|"
    r"every|each|hver|hvar|varje|jeden|jede|jeweils|chaque|tous les|cada|todos los|elke|iedere|joka)\s+$",
    re.IGNORECASE,
)
# "Thanks for the interview on Monday at 10": a meeting that already took place.
PAST_MEETING = lazy(
    r"\b(?:thanks?|thank you|takk|tak|tack|danke|dank|merci|gracias|bedankt|kiitos)\b[^.!?\n]{0,25}?"
    r"\b(?:interview\w*|conversation|call|chat|talk|meeting|samtale\w*|praten|prat|intervju\w*|samtal\w*|"
    r"gespräch\w*|telefonat\w*|entretien|échange|entrevista|conversación|llamada|gesprek\w*|haastattelu\w*|"
    r"keskustelu\w*)[^.!?\n]{0,40}$",
    re.IGNORECASE,
)
# "New time: Thursday 14:00" in a reschedule: among several times, the one so marked is the proposal.
NEW_TIME = lazy(
    r"\b(?:new|updated|ny|nytt|nye|neue[rn]?|neu|nouvelle|nouveau|nueva|nuevo|nieuwe|uusi|uudeksi)\s+"
    r"(?:time|date|slot|tid|tidspunkt|dato|datum|termin|zeit|heure|date|horario|hora|fecha|tijd|tijdstip|aika|"
    r"ajankohta)\b[^\n]{0,20}$"
    # a reschedule set out as "Was: ... / Now: ...": the line labelled now
    r"|\b(?:now|nå|nu|nun|jetzt|neu|nieuw|maintenant|ahora|nyt|nyt tidspunkt)\s*:\s*$",
    re.IGNORECASE,
)
# "Would Thursday 18 March at 10:30 work instead?": a time said to replace another is the new proposal.
INSTEAD = ("instead", "i stället", "istället", "i stedet", "istedet", "i staden", "stattdessen", "statt dessen",
           "à la place", "en su lugar", "en cambio", "in plaats daarvan", "sen sijaan", "tilalle")  # fmt: skip
# Material sent or received ahead of a case interview ("caset skickar vi fredag kl. 12", "you'll receive the brief
# on Monday at 9"): a send-out time, not the meeting. Whole words only: a "caseintervju" is the meeting itself.
MATERIAL = lazy(
    r"\b(?:case|caset|casen|brief|assignment|task|exercise|oppgaven?|oppgåva|uppgiften?|opgaven?|aufgaben?|"
    r"fallstudie|tehtävän?|cas pratique|étude de cas|caso práctico|ejercicio|opdracht)\b"
)
# Literal pieces of those words: a substring test rules most sentences out far faster than the regex.
MATERIAL_HINTS = ("case", "brief", "assign", "task", "exerc", "oppg", "uppg", "opga", "aufga", "fallst",
                  "tehtäv", "cas ", "caso", "ejerc", "opdr")  # fmt: skip
SEND = lazy(
    r"\b(?:send|sent|skick|schick|versend|zugeschickt|erhalt|receive|får|modtag|mottar|motta|envo|envi|recev|"
    r"recib|stur|stuur|ontvang|lähet|saat)"
)
# "next week Tuesday", "tisdag nästa vecka": the weekday of the following week, not this one.
NEXT_WEEK = lazy(
    r"\b(?:next week|neste uke|neste veke|næste uge|nästa vecka|nächste woche|kommende woche|"
    r"la semaine prochaine|la semana que viene|la próxima semana|volgende week|ensi viikolla)\b",
    re.IGNORECASE,
)
# "next Tuesday", "nächsten Dienstag", "mardi prochain": the weekday of the following week, as with NEXT_WEEK.
NEXT_BEFORE = lazy(
    r"\b(?:next|nächsten|nächste|neste|nästa|næste|kommende|kommenden|kommande|volgende|komende|ensi|"
    r"prochain|próximo|el próximo)\s+$",
    re.IGNORECASE,
)
NEXT_AFTER = lazy(r"(?:en|na|s)?\s+(?:prochain|que viene|próximo)\b", re.IGNORECASE)
# US zones signal month-first numbers ("03/09/2027 10:00 AM EST" is 9 March).
US_ZONE = lazy(r"\b(?:[PMCE][SD]T|(?:Pacific|Mountain|Central|Eastern) (?:Standard |Daylight )?Time)\b")
# "Monday 8 March or Tuesday 9 March at 10": the time belongs to both dates, so there are two options.
ALTERNATIVE = lazy(r"\s*,?\s*(?:or|eller|oder|ou|o|of|tai|vai)\s+", re.IGNORECASE)
