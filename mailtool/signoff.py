"""Find where the signature starts: the sign-off line ("Best regards", "Med vennlig hilsen", ...) or a name block."""

from __future__ import annotations

import re


def _expand(*slots: str) -> set[str]:
    """Every phrase made of one choice per slot ("|"-separated, "" allowed): ("with|", "kind|best", "regards")."""
    phrases = {""}
    for slot in slots:
        phrases = {f"{head} {choice}".strip() for head in phrases for choice in slot.split("|")}
    return phrases


# Closing formulas per language, looked up in a set (a regex of them all took 15 ms to compile). A line that is
# one of them ends the written text, also as "A / B" (bilingual), after "Thanks &" or before a first name
# ("Hilsen Eivind", "Best, Anna").
_CLOSINGS = frozenset(
    # en
    _expand("with|", "kind|kindest|best|warm|warmest|many|", "regards|wishes")
    | _expand("best|all the best|cheers|thanks|thank you|many thanks|thanks again|thanks in advance|with thanks")
    | _expand("sincerely|yours sincerely|yours faithfully|yours truly|yours|respectfully|warmly|take care")
    | _expand("talk|speak|see you", "soon")
    | {"see you there"}
    # nb / nn / da
    | _expand(
        "med|",
        "vennlig|vennleg|venlig|venleg|beste|bedste|mange|kærlig|kærlige|varme|varm",
        "hilsen|hilsener|hilsner|helsing",
    )
    | _expand("mange|", "kærlige hilsner")
    | _expand("de bedste hilsner|hilsen|hilsner|helsing|mvh|vh|kh|takk|tak|ha det|vi ses|vi snakkes")
    | _expand("takk|tak", "på forhånd")
    # sv
    | _expand("med|", "vänlig|vänliga|bästa|varma|hjärtliga", "hälsning|hälsningar")
    | _expand("hälsningar|hälsning|tack|tack på förhand|allt gott|vi hörs|ha det bra")
    # de
    | _expand(
        "mit|",
        "freundlichen|freundliche|besten|beste|viele|liebe|herzliche|herzlichen|schöne",
        "grüßen|grüssen|grüße|grüsse|gruß|gruss",
    )
    | _expand("gruß|gruss|grüße|grüsse|lg|vg|mfg|danke|vielen dank|bis bald|bis dann")
    # fi
    | _expand("ystävällisin|parhain|lämpimin|", "terveisin")
    | _expand("terv|kiitos|kiittäen|hyvää päivänjatkoa|kiitos etukäteen")
    # fr
    | _expand("bien|très|", "cordialement")
    | _expand("meilleures|sincères|", "salutations")
    | _expand("bien à vous|bien à toi|belle journée|bonne journée|bonne soirée|à bientôt|a bientôt|amicalement")
    | _expand("bien amicalement|merci|merci d'avance|merci beaucoup")
    # nl
    | _expand("met|", "vriendelijke|hartelijke|beste", "groet|groeten")
    | _expand("groet|groeten|groetjes|mvg|tot snel|bedankt|alvast bedankt")
    # es
    | _expand("un|", "cordial|", "saludo")
    | _expand("saludos|saludos cordiales|un abrazo|abrazos|atentamente|cordialmente|hasta pronto|gracias")
    | _expand("muchas gracias|gracias de antemano")
)
_LONGEST_CLOSING = max(len(phrase.split()) for phrase in _CLOSINGS)
# "Danke & Gruß", "Thanks and best regards", "Tak og venlig hilsen".
_THANKS = frozenset("thanks danke tak takk tack kiitos merci gracias bedankt".split())
_AND = frozenset("& + and und og och ja et y en".split())
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")
_TRIM = ",.!:;"
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
        if is_sign_off(stripped) or (_SLASH_NAME.match(stripped) and i >= len(lines) - 6):
            return min(i, marker)
    if marker < len(lines):
        return marker
    return _name_block(lines, low)


def is_sign_off(line: str) -> bool:
    """Tell whether a line is a closing formula, possibly bilingual or followed by a first name."""
    words = line.replace("/", " / ").split()
    if len(words) > 2 and words[0].lower().strip(_TRIM) in _THANKS and words[1].lower() in _AND:
        words = words[2:]
    rest = _after_closing(words)
    if rest is None:
        return False
    if rest[:1] == ["/"]:
        rest = _after_closing(rest[1:])
        if rest is None:
            return False
    if rest and rest[0] in ("-", "–", "—"):
        rest = rest[1:]
    return len(rest) <= 3 and all(_NAME.fullmatch(word.strip(_TRIM)) for word in rest)


def _after_closing(words: list[str]) -> list[str] | None:
    """Return the words after the longest closing formula the words start with, or None."""
    norm = [word.lower().strip(_TRIM) for word in words]
    for k in range(min(len(words), _LONGEST_CLOSING), 0, -1):
        if " ".join(norm[:k]) in _CLOSINGS:
            return words[k:]
    return None


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
