"""The core's figures on the labelled corpora, each with floors set just under what it reaches.

dev is the shared labelled corpus; extra to extra7 were written for the project, each by someone who had not seen
the rules or the other sets. Each was measured before any rule was tuned on it (the README keeps those first
figures: they are the honest estimate for unseen mail); extra to extra6 then joined the tuning sets, extra7 was
never tuned on. The floors here guard
against regressions. `python benchmarks/accuracy.py tests/data/<set> --misses` lists what is missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool.evaluate import Report, evaluate
from mailtool.pipeline import analyse

DATA = Path(__file__).parent / "data"
NAMES = ("draft_precision", "draft_recall", "kind", "lang", "company", "contact", "reply_to", "when", "position")

# Issue targets: draft precision/recall >= 0.97, kind >= 0.96, lang >= 0.99, company >= 0.92, contact >= 0.90,
# reply_to >= 0.97, when >= 0.90, position >= 0.85.
# Floors just under what each set reaches now (a set of 50-70 mails moves 0.014-0.02 per miss).
FLOORS: dict[str, dict[str, float]] = {
    "dev": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.95), strict=True)),
    "extra": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.97), strict=True)),
    "extra2": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.96, 0.98, 0.98, 0.98, 0.95), strict=True)),
    "extra3": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.96), strict=True)),
    "extra4": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.97), strict=True)),
    "extra5": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.97, 0.98, 0.98, 0.98, 0.89), strict=True)),
    "extra6": dict(zip(NAMES, (0.98, 0.98, 0.98, 0.98, 0.92, 0.97, 0.98, 0.97, 0.87), strict=True)),
    "extra7": dict(zip(NAMES, (0.98, 0.95, 0.96, 0.98, 0.84, 0.92, 0.98, 0.98, 0.85), strict=True)),
}
SIZES = {"dev": 90, "extra": 50, "extra2": 60, "extra3": 70, "extra4": 70, "extra5": 70, "extra6": 70, "extra7": 50}

_reports: dict[str, Report] = {}


def _report(name: str) -> Report:
    if name not in _reports:
        _reports[name] = evaluate(DATA / name, analyse)
    return _reports[name]


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_every_labelled_message_is_measured(corpus: str) -> None:
    assert _report(corpus).total == SIZES[corpus]


@pytest.mark.parametrize(("corpus", "name"), [(c, n) for c in sorted(FLOORS) for n in NAMES])
def test_figure_stays_above_its_floor(corpus: str, name: str) -> None:
    report = _report(corpus)
    figure = report.figures()[name]
    misses = "\n".join(m for m in report.misses if f" {name}:" in m)
    assert figure >= FLOORS[corpus][name], f"{corpus} {name} = {figure:.3f} < {FLOORS[corpus][name]}\n{misses}"
