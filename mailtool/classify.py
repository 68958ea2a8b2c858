"""Mail -> Kind (invitation | offer | other) with a confidence and the cues that decided."""

from __future__ import annotations

from dataclasses import dataclass

from mailtool.model import Kind, Mail


@dataclass(frozen=True)
class Verdict:
    """The kind of a message, how sure we are (0..1) and the evidence."""

    kind: Kind
    confidence: float
    evidence: tuple[str, ...] = ()


def classify(mail: Mail, lang: str) -> Verdict:
    """Decide whether a message is an interview invitation, a job offer or something else."""
    return Verdict(Kind.OTHER, 0.0)  # placeholder until the classifier lands
