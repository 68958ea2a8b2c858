"""Mail -> language code and confidence (langdetect, seeded; Nordic disambiguation)."""

from __future__ import annotations

from dataclasses import dataclass

from mailtool.model import Mail


@dataclass(frozen=True)
class Language:
    """An ISO 639-1 code ("nb" for Bokmål, "nn" for Nynorsk) and how sure we are."""

    code: str
    confidence: float


def detect(mail: Mail) -> Language:
    """Return the language of the message's own text (quotes, signature and disclaimers set aside)."""
    return Language("en", 0.0)  # placeholder until the detector lands
