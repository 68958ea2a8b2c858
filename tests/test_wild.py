"""Real-world mail from other projects' test suites: never a crash, never a hang, never a job message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailtool.errors import MailParseError
from mailtool.model import Kind
from mailtool.pipeline import analyse

WILD = Path(__file__).parent / "data" / "wild"
FILES = sorted(p for p in WILD.rglob("*") if p.is_file() and p.name != "README.md")
# Files that are not RFC 5322 at all: a parse error with a clear message is the right answer for them.
NOT_MAIL = {"mail-parser/mail_outlook_1", "cpython/msg_19.txt", "ruby-mail/sample_output_multipart"}
# A hang guard, not a speed target (speed is measured by benchmarks/speed.py, not by timed tests): a message
# that took this long would mean a runaway regular expression, not a slow machine.
HANG_SECONDS = 10.0


def test_the_wild_corpus_is_there() -> None:
    assert (WILD / "README.md").is_file()
    assert len(FILES) > 100


@pytest.fixture(scope="module")
def warm() -> None:
    """Analyse one message first, so that lazy imports and language profiles do not count as one mail's time."""
    analyse((WILD / "cpython" / "msg_01.txt").read_bytes())


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(WILD)))
def test_wild_mail_is_analysed_without_a_hang_and_never_drafted(path: Path, warm: None) -> None:
    raw = path.read_bytes()
    start = time.perf_counter()
    try:
        analysis = analyse(raw)
    except MailParseError as err:
        assert str(path.relative_to(WILD)) in NOT_MAIL, f"unexpected parse error: {err}"
        assert str(err)
        return
    assert time.perf_counter() - start < HANG_SECONDS
    assert analysis.kind is Kind.OTHER, analysis.evidence


def test_outlook_msg_gets_a_clear_parse_error() -> None:
    with pytest.raises(MailParseError, match=r"Outlook \.msg"):
        analyse((WILD / "mail-parser" / "mail_outlook_1").read_bytes())
