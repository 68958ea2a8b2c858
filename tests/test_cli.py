"""`mailtool classify` as a user runs it: rows per input, JSON keys, stdin, bad and missing input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailtool.cli import main

DATA = Path(__file__).parent / "data"
INVITATION = DATA / "dev" / "da-107.eml"
OTHER = DATA / "dev" / "en-113.eml"
NOT_MAIL = DATA / "wild" / "mail-parser" / "mail_outlook_1"
KEYS = {"file", "kind", "lang", "company", "contact", "position", "reply_to", "when", "confidence", "evidence"}


def json_rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_json_rows_have_exactly_the_public_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", str(INVITATION), str(OTHER)]) == 0
    rows = json_rows(capsys.readouterr().out)
    assert [row["file"] for row in rows] == [str(INVITATION), str(OTHER)]
    for row in rows:
        assert set(row) == KEYS
        assert row["kind"] in ("invitation", "offer", "other")
        assert isinstance(row["confidence"], float) and isinstance(row["evidence"], list)
        assert row["when"] is None or len(str(row["when"])) == len("2026-01-28T10:00")


def test_dash_reads_the_message_from_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(INVITATION.read_bytes())))
    assert main(["classify", "--json", "-"]) == 0
    (row,) = json_rows(capsys.readouterr().out)
    assert row["file"] == "-" and set(row) == KEYS


def test_unparseable_input_gives_an_error_row_and_the_batch_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", str(NOT_MAIL), str(OTHER)]) == 0
    captured = capsys.readouterr()
    bad, good = json_rows(captured.out)
    assert set(bad) == KEYS | {"error"} and bad["kind"] == "other" and "Outlook" in str(bad["error"])
    assert good["file"] == str(OTHER) and "error" not in good
    assert f"mailtool: {NOT_MAIL}:" in captured.err and "Traceback" not in captured.err


def test_missing_file_is_one_clear_line_without_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    status = main(["classify", "--json", str(missing), str(OTHER)])
    captured = capsys.readouterr()
    assert status == 1  # documented: an input file could not be read
    assert f"cannot read {missing}" in captured.err and "Traceback" not in captured.err
    assert [row["file"] for row in json_rows(captured.out)] == [str(missing), str(OTHER)]


def test_text_summary_names_file_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", str(OTHER)]) == 0
    assert capsys.readouterr().out.startswith(f"{OTHER}: other")


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "classify" in capsys.readouterr().out


def test_python_dash_m_entry_point_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "mailtool", "classify", "--json", "-"],
        input=INVITATION.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    (row,) = json_rows(proc.stdout.decode())
    assert set(row) == KEYS and row["file"] == "-"


@pytest.mark.parametrize("command", ["watch", "scan"])
def test_watch_and_scan_take_account_more_than_once(command: str) -> None:
    from mailtool.cli import _parser

    args = _parser().parse_args([command, "--account", "work", "--account", "home"])
    assert args.account == ["work", "home"]
    assert _parser().parse_args([command]).account is None
