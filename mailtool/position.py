"""Find the job title a message is about."""

from __future__ import annotations

from mailtool.model import Mail


def find_position(mail: Mail, lang: str) -> str | None:
    """Return the position as written in the message, or None when it is not stated."""
    return None  # placeholder until the position extractor lands
