"""Mail -> language code and confidence (langdetect's profiles, deterministic; Nordic disambiguation)."""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path

from mailtool import nordic
from mailtool.model import Mail

log = logging.getLogger(__name__)

# The languages a job seeker's mail here is written in; langdetect knows Norwegian only as "no" (Bokmål-like).
# Restricting the model to them keeps short texts from landing on Catalan, Afrikaans or Estonian.
PROFILES = ("en", "no", "da", "sv", "de", "fi", "fr", "nl", "es")
_NORDIC = frozenset({"no", "da", "sv"})
DEFAULT = "en"

# langdetect's smoothing: every n-gram probability gets alpha / BASE_FREQ added (0.5 / 10000).
_SMOOTHING = 0.5 / 10000
# Log-likelihoods of hundreds of n-grams are not independent; scaling them down gives probabilities that
# stay below 1.0 on short or mixed text, so the confidence means something.
_TEMPERATURE = 0.15
_MIN_LETTERS = 20  # below this a text says too little; look at the next candidate
_TARGET_LETTERS = 300  # read whole paragraphs until this many letters: enough evidence, and the first language
_MAX_CHARS = 900
# How many cue words langdetect's Nordic verdict is worth: it settles ties, the spellings decide otherwise.
_NORDIC_MODEL_WEIGHT = 1.5
_NYNORSK_MIN_WORDS = 2
_NYNORSK_MIN_SHARE = 0.6

_URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")
_REPLY_PREFIX = re.compile(r"^\s*((re|sv|aw|vs|fw|fwd|wg|tr|rv|antw)\s*:\s*)+", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Language:
    """An ISO 639-1 code ("nb" for Bokmål, "nn" for Nynorsk) and how sure we are."""

    code: str
    confidence: float


def detect(mail: Mail) -> Language:
    """Return the language of the message's own text (quotes, signature and disclaimers set aside)."""
    text = _opening(_readable_text(mail))
    if _letters(text) == 0:
        return Language(DEFAULT, 0.0)
    return detect_text(text)


def detect_text(text: str) -> Language:
    """Return the language of a piece of plain text."""
    probs = _model_probabilities(text)
    best = max(probs, key=probs.__getitem__)
    if best in _NORDIC:
        code, certainty = _nordic_choice(text, probs)
        confidence = sum(probs[lang] for lang in _NORDIC) * certainty
    else:
        code, confidence = best, probs[best]
    return Language(code, round(confidence * _length_factor(text), 3))


def _readable_text(mail: Mail) -> str:
    """Pick the text a human reads first: the body, else the new text, the subject, the whole text."""
    subject = _REPLY_PREFIX.sub("", mail.subject)
    for candidate in (mail.body, mail.new_text, subject, mail.text):
        cleaned = _clean(candidate)
        if _letters(cleaned) >= _MIN_LETTERS:
            return cleaned
    return _clean(f"{mail.body or mail.new_text}\n\n{subject}")


def _clean(text: str) -> str:
    """Drop links and addresses, which are letters in no language."""
    return _URL.sub(" ", text)


def _opening(text: str) -> str:
    """Keep the first paragraphs, so a message written twice over is read in its first language."""
    kept: list[str] = []
    letters = 0
    for paragraph in _PARAGRAPH.split(text):
        kept.append(paragraph)
        letters += _letters(paragraph)
        if letters >= _TARGET_LETTERS:
            break
    return "\n\n".join(kept)[:_MAX_CHARS]


def _letters(text: str) -> int:
    """Count the letters of a text."""
    return len(_NOT_LETTERS.sub("", text))


def _length_factor(text: str) -> float:
    """Return how far the length of a text lets any verdict be trusted (0.5 for a word, ~1 for a paragraph)."""
    return 1.0 - 0.5 * math.exp(-_letters(text) / 80)


def _model_probabilities(text: str) -> dict[str, float]:
    """Score the text against each language's n-gram profile and return normalised probabilities."""
    rows = [row for row in map(_word_scores, _WORD.findall(text)) if row is not None]
    if not rows:
        return {lang: 1.0 / len(PROFILES) for lang in PROFILES}
    # Naive Bayes over every n-gram (no sampling, so no seed to keep): one log-likelihood per language.
    scores = [sum(column) for column in zip(*rows, strict=True)]
    return _softmax(dict(zip(PROFILES, scores, strict=True)))


def _softmax(scores: dict[str, float]) -> dict[str, float]:
    """Turn log-likelihoods into probabilities, tempered."""
    top = max(scores.values())
    weights = {lang: math.exp((score - top) * _TEMPERATURE) for lang, score in scores.items()}
    total = sum(weights.values())
    return {lang: weight / total for lang, weight in weights.items()}


@functools.lru_cache(maxsize=50000)
def _word_scores(word: str) -> tuple[float, ...] | None:
    """Return a word's log-likelihood per language (None when no profile knows its n-grams); cached, as
    mail repeats its words."""
    if len(word) > 1 and word.isupper():
        return None  # acronyms and shouted headings say little about the language (langdetect skips them too)
    table = _profiles()
    padded = f" {word} "
    grams = [*padded[1:-1], *map(_join, padded, padded[1:]), *map(_join, padded, padded[1:], padded[2:])]
    rows = [row for row in map(table.get, grams) if row is not None]
    return tuple(sum(column) for column in zip(*rows, strict=True)) if rows else None


def _join(*chars: str) -> str:
    return "".join(chars)


def _nordic_choice(text: str, probs: dict[str, float]) -> tuple[str, float]:
    """Choose among da, nb, nn and sv from spelling cues, with the model's verdict as a tie-breaker."""
    found = nordic.cues(text)
    family = sum(probs[lang] for lang in _NORDIC)
    scores = {
        "da": found.get("da") + _NORDIC_MODEL_WEIGHT * probs["da"] / family,
        "no": max(found.get("nb"), found.get("nn")) + _NORDIC_MODEL_WEIGHT * probs["no"] / family,
        "sv": found.get("sv") + _NORDIC_MODEL_WEIGHT * probs["sv"] / family,
    }
    ranked = sorted(scores.values(), reverse=True)
    certainty = _certainty(ranked[0] - ranked[1])
    best = max(scores, key=scores.__getitem__)
    if best != "no":
        return best, certainty
    variety, margin = _norwegian_variety(text)
    # With no word telling Bokmål from Nynorsk, Bokmål is the likelier reading, not a sure one.
    return variety, certainty * _certainty(margin + 1)


def _certainty(margin: float) -> float:
    """Map a lead of `margin` cue words to a probability: 0.5 for a tie, 0.93 for two words."""
    return 1.0 - 0.5 * math.exp(-margin)


def _norwegian_variety(text: str) -> tuple[str, int]:
    """Return "nn" when Nynorsk forms clearly outnumber Bokmål ones, else "nb"; and the lead in words."""
    nn, nb = nordic.split_norwegian(text)
    if nn >= _NYNORSK_MIN_WORDS and nn >= _NYNORSK_MIN_SHARE * (nn + nb):
        return "nn", nn - nb
    return "nb", abs(nb - nn)


@functools.cache
def _profiles() -> dict[str, tuple[float, ...]]:
    """Load the plausible languages' langdetect profiles once: n-gram -> log-probability per language."""
    folder = _profile_folder()
    table: dict[str, list[float]] = {}
    for index, lang in enumerate(PROFILES):
        profile = json.loads((folder / lang).read_text(encoding="utf-8"))
        n_words: list[int] = profile["n_words"]
        for gram, freq in profile["freq"].items():
            if 1 <= len(gram) <= 3:
                table.setdefault(gram, [0.0] * len(PROFILES))[index] = freq / n_words[len(gram) - 1]
    log.debug("loaded %d language profiles, %d n-grams", len(PROFILES), len(table))
    return {gram: tuple(math.log(p + _SMOOTHING) for p in row) for gram, row in table.items()}


def _profile_folder() -> Path:
    """Find langdetect's profile files without importing langdetect (its import alone costs ~40 ms)."""
    spec = importlib.util.find_spec("langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("langdetect is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "profiles"
