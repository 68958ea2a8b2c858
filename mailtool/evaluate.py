"""Measure the core against a labelled corpus (labels-*.jsonl beside the .eml files)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailtool.model import Analysis

DRAFT_KINDS = frozenset({"invitation", "offer"})
FIELDS = ("company", "contact", "reply_to", "when", "position")
_LEGAL_SUFFIX = re.compile(r"\s*,?\s*\b(as|asa|ab|gmbh|ag|a/s|aps|ltd|inc|plc|oy|oyj|bv|sa|llc)\.?$")
_WORD = re.compile(r"\w+")


@dataclass
class Report:
    """Figures of one run over a corpus, and the rows that missed."""

    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of drafted messages that deserved a draft."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of job messages that got a draft."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def score(self, name: str) -> float:
        """Accuracy of one field (kind, lang, company, ...) over the corpus."""
        return self.correct.get(name, 0.0) / self.total if self.total else 0.0

    def figures(self) -> dict[str, float]:
        """All figures, rounded, by name."""
        out = {"draft_precision": self.precision, "draft_recall": self.recall}
        for name in ("kind", "lang", *FIELDS):
            out[name] = self.score(name)
        return {k: round(v, 3) for k, v in out.items()}


def load_labels(folder: Path) -> list[dict[str, Any]]:
    """Read every labels-*.jsonl of a folder."""
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("labels-*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return rows


def evaluate(folder: Path, analyse: Callable[[bytes], Analysis]) -> Report:
    """Analyse every labelled message of a folder and compare with its labels."""
    report = Report()
    for label in load_labels(folder):
        got = analyse((folder / label["file"]).read_bytes())
        _score(report, label, got)
    return report


def _score(report: Report, label: dict[str, Any], got: Analysis) -> None:
    report.total += 1
    truth_draft = label["kind"] in DRAFT_KINDS
    got_draft = got.kind.value in DRAFT_KINDS
    report.tp += truth_draft and got_draft
    report.fp += got_draft and not truth_draft
    report.fn += truth_draft and not got_draft
    truth_kind = label["kind"] if truth_draft else "other"
    checks: dict[str, float] = {
        "kind": float(got.kind.value == truth_kind),
        "lang": float(got.lang == label["lang"]),
        "company": float(_same_name(got.company, label["company"])),
        "contact": float(_same_name(got.contact, label["contact"])),
        "reply_to": float((got.reply_to or None) == (label["reply_to"] or None)),
        "when": float(_when(got) == label["when"]),
        "position": word_overlap(got.position, label["position"]),
    }
    for name, value in checks.items():
        report.correct[name] = report.correct.get(name, 0.0) + value
        if value < 1.0:
            report.misses.append(f"{label['file']} {name}: got {_shown(got, name)!r}, want {label.get(name)!r}")


def _shown(got: Analysis, name: str) -> object:
    if name == "when":
        return _when(got)
    value = getattr(got, name)
    return value.value if name == "kind" else value


def _when(got: Analysis) -> str | None:
    return got.when.strftime("%Y-%m-%dT%H:%M") if got.when else None


def normalise_name(value: str | None) -> str:
    """Casefold, strip accents' compatibility forms and legal suffixes (AS, GmbH, Ltd...)."""
    if not value:
        return ""
    text = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    return _LEGAL_SUFFIX.sub("", text).strip(" .,")


def _same_name(got: str | None, want: str | None) -> bool:
    return normalise_name(got) == normalise_name(want)


def word_overlap(got: str | None, want: str | None) -> float:
    """F1 of the words of two titles: 1.0 when both are absent, 0.0 when only one is."""
    if not got and not want:
        return 1.0
    if not got or not want:
        return 0.0
    a = set(_WORD.findall(got.casefold()))
    b = set(_WORD.findall(want.casefold()))
    common = len(a & b)
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def format_report(report: Report, misses: Iterable[str] = ()) -> str:
    """Render the figures (and optionally the misses) as text."""
    lines = [f"{name:16} {value:.3f}" for name, value in report.figures().items()]
    lines.extend(misses)
    return "\n".join(lines)
