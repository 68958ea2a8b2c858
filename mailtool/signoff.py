"""Find where the signature starts: the sign-off line ("Best regards", "Med vennlig hilsen", ...) or a name block."""

from __future__ import annotations

import re

# Closing formulas per language; a line that is one of them (optionally "A / B" bilingual, optionally followed by
# a first name: "Hilsen Eivind", "Best, Anna") ends the written text.
_CLOSINGS = (
    # en
    r"(with )?(kind|kindest|best|warm|warmest|many|warm and best)? ?(regards|wishes)|best|all the best|cheers|"
    r"thanks|thank you|many thanks|thanks again|thanks in advance|with thanks|sincerely|yours sincerely|"
    r"yours faithfully|yours truly|yours|respectfully|talk soon|speak soon|see you soon|see you there|take care|warmly|"
    # nb / nn / da
    r"(med )?(vennlig|vennleg|venlig|venleg|beste|bedste|mange|kærlige?|varme) (hilsen|hilsener|hilsner|helsing)|"
    r"(mange )?kærlige hilsner|kærlig hilsen|de bedste hilsner|hilsen|hilsner|helsing|mvh|vh|kh|"
    r"takk|tak|takk på forhånd|tak på forhånd|ha det|vi ses|"
    # sv
    r"(med )?(vänlig|vänliga|bästa|varma|hjärtliga) (hälsning|hälsningar)|hälsningar|hälsning|tack|"
    r"tack på förhand|allt gott|vi hörs|"
    # de
    r"(mit )?(freundlichen|freundliche|besten|beste|viele|liebe|herzliche|herzlichen|schöne) (grüßen|grüssen|"
    r"grüße|grüsse|gruß|gruss)|gruß|gruss|grüße|grüsse|lg|vg|mfg|danke|vielen dank|bis bald|"
    # fi
    r"(ystävällisin|parhain|lämpimin|hyvää päivänjatkoa)? ?terveisin|terv|kiitos|kiittäen|"
    # fr
    r"(bien |très )?cordialement|bien à (vous|toi)|(meilleures |sincères )?salutations|belle journée|"
    r"bonne (journée|soirée)|à bientôt|a bientôt|(bien )?amicalement|merci|merci d'avance|"
    # nl
    r"(met )?(vriendelijke|hartelijke|beste) (groet|groeten)|groet|groeten|groetjes|mvg|tot snel|bedankt|"
    # es
    r"(un )?(cordial )?saludo|saludos( cordiales)?|un abrazo|abrazos|atentamente|cordialmente|hasta pronto|gracias|"
    r"muchas gracias"
)
# "Danke & Gruß", "Thanks and best regards", "Tak og venlig hilsen".
_THANKS_AND = r"((thanks|danke|tak|takk|tack|kiitos|merci|gracias|bedankt)\s*(,|&|\+|and|und|og|och|ja|et|y|en)\s*)?"
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_SIGN_OFF = re.compile(
    rf"^\s*(?i:{_THANKS_AND}({_CLOSINGS})\s*[,.!]?\s*(/\s*({_CLOSINGS})\s*[,.!]?\s*)?)"
    rf"([-–—,]?\s*{_NAME_WORD}(\s+{_NAME_WORD}){{0,2}})?\s*[,.!]?\s*$"
)
_LONGEST_SIGN_OFF = 80  # longer lines are sentences; skipping them keeps the scan cheap
# Markers a client puts above a signature: "-- ", "__", "Sent from my iPhone", "Sendt fra Outlook for Android".
_MARKER = re.compile(
    r"^(--\s?|__|—)$|^(sent from|sendt fra|skickat från|von meinem|gesendet von|envoyé de|enviado desde|"
    r"verzonden (vanaf|met)|lähetetty|get outlook for|hent outlook for|skaffa outlook för)\b",
    re.IGNORECASE,
)
_SLASH_NAME = re.compile(r"^/\s?\w[\w.\- ]{0,30}$")
# A signature without a closing formula: "Carla Benedetti\nTalent Lead, Lumio" after the last sentence.
_PERSON = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(\s+(van|von|de|der|den|da|af|la|le|del|ó|o'|mc)?\s*[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}$"
)
_NOT_A_NAME = frozenset(
    "view book see apply click read accept sign start join register confirm download open watch log learn get "
    "visit schedule reply the your our new all more jobs job team".split()
)
_SENTENCE_END = re.compile(r"[.!?:)]\s*$")


def signature_start(lines: list[str]) -> int:
    """Return the index where the signature starts in the lines of new text (len(lines) when there is none)."""
    low = len(lines) // 3
    marker = next((i for i in range(low, len(lines)) if _MARKER.match(lines[i].strip())), len(lines))
    for i in range(len(lines) - 1, low - 1, -1):
        stripped = lines[i].strip()
        if len(stripped) > _LONGEST_SIGN_OFF:
            continue
        if _SIGN_OFF.match(stripped) or (_SLASH_NAME.match(stripped) and i >= len(lines) - 6):
            return min(i, marker)
    if marker < len(lines):
        return marker
    return _name_block(lines, low)


def _name_block(lines: list[str], low: int) -> int:
    """Return the start of a trailing block led by a person's name after a finished sentence."""
    starts = [i for i in range(max(low, 1), len(lines)) if lines[i].strip() and not lines[i - 1].strip()]
    for i in starts[-2:]:
        block = [line for line in lines[i:] if line.strip()]
        previous = next((line for line in reversed(lines[:i]) if line.strip()), "")
        if len(block) <= 8 and _is_person(block[0].strip()) and _SENTENCE_END.search(previous):
            return i
    return len(lines)


def _is_person(line: str) -> bool:
    if not _PERSON.match(line) or any(ch.isdigit() for ch in line):
        return False
    return not any(word.lower().strip(".") in _NOT_A_NAME for word in line.split())
