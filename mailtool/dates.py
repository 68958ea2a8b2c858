"""Find the one proposed interview time of a message (local date grammars, calendar parts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mailtool.model import Mail


@dataclass(frozen=True)
class When:
    """A local (naive) interview time and the cue it was read from."""

    value: datetime
    evidence: str


def find_when(mail: Mail, lang: str) -> When | None:
    """Return the interview's local time when the message proposes exactly one, else None."""
    return None  # placeholder until the date grammars land
