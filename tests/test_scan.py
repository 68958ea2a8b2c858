"""`mailtool scan` on a real Dovecot loaded with the dev corpus: the table, drafts written once, --since."""

from __future__ import annotations

import email
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import imapclient
import pytest

from mailtool.parse import decode_header
from mailtool.stores.base import Account
from tests.conftest import DATA, admin_client

DEV = DATA / "dev"
LABELS = [json.loads(line) for path in sorted(DEV.glob("labels-*.jsonl")) for line in path.read_text().splitlines()]
JOB = {row["file"] for row in LABELS if row["kind"] in ("invitation", "offer")}
OLD = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)


def _config(tmp_path: Path, account: Account, state: str = "state.sqlite3") -> str:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[identity]
name = "Alex Moreau"
email = "alex.moreau@example.org"

[watch]
state_file = "{tmp_path / state}"

[[accounts]]
name = "test"
host = "{account.host}"
port = {account.port}
username = "{account.username}"
password_env = "MAILTOOL_TEST_PASSWORD"
ca_file = "{account.ca_file}"
""",
        encoding="utf-8",
    )
    return str(path)


@pytest.fixture
def loaded(imap_account: Account, monkeypatch: pytest.MonkeyPatch) -> Account:
    """The dev corpus in INBOX: job mail arrived today, every fourth other mail in 2020 (by internal date)."""
    monkeypatch.setenv("MAILTOOL_TEST_PASSWORD", imap_account.password or "")
    client = admin_client(imap_account)
    for i, path in enumerate(sorted(DEV.glob("*.eml"))):
        when = OLD if path.name not in JOB and i % 4 == 0 else None
        client.append("INBOX", path.read_bytes(), flags=[b"\\Seen"] if i % 2 else [], msg_time=when)
    client.logout()
    return imap_account


def _mailtool(*args: str) -> tuple[int, str, str]:
    """Run the command a user types, in its own process: exit code, standard output, standard error."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-m", "mailtool", *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    return done.returncode, done.stdout, done.stderr


def _subject(name: str) -> str:
    return decode_header(email.message_from_bytes((DEV / name).read_bytes())["Subject"] or "")


def _rows(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[1 : lines.index("")] if lines and lines[0].startswith("folder") else []


def _snapshot(client: imapclient.IMAPClient, folder: str) -> dict[int, tuple[bytes, ...]]:
    client.select_folder(folder, readonly=True)
    data = client.fetch(client.search(), ["FLAGS"])
    return {uid: tuple(sorted(set(d[b"FLAGS"]) - {b"\\Recent"})) for uid, d in data.items()}


def test_dry_run_lists_the_job_mail_and_writes_nothing(loaded: Account, tmp_path: Path) -> None:
    config = _config(tmp_path, loaded)
    code, out, _err = _mailtool("scan", "--dry-run", "--config", config)
    assert code == 0
    rows = _rows(out)
    assert all(" would draft " in row for row in rows)
    assert all(row.split()[1] in ("invitation", "offer") for row in rows)
    listed = {name for name in JOB if any(_subject(name)[:48] in row for row in rows)}
    assert len(listed) >= 0.9 * len(JOB), sorted(JOB - listed)
    assert f"{len(rows)} invitations or offers, 0 would be drafted (dry run)" in out
    client = admin_client(loaded)
    assert _snapshot(client, "Drafts") == {}
    client.logout()


def test_a_scan_drafts_each_job_mail_once_and_changes_no_flag(loaded: Account, tmp_path: Path) -> None:
    config = _config(tmp_path, loaded)
    client = admin_client(loaded)
    before = _snapshot(client, "INBOX")
    code, out, _err = _mailtool("scan", "--config", config)
    assert code == 0
    rows = _rows(out)
    assert rows and all(" drafted " in row for row in rows)
    assert len(_snapshot(client, "Drafts")) == len(rows)
    code, out, _err = _mailtool("scan", "--config", config)  # the state knows every message: nothing again
    assert code == 0 and "0 invitations or offers, 0 drafted" in out
    fresh = _config(tmp_path, loaded, state="other.sqlite3")  # a lost state: the Drafts look-up still knows
    code, out, _err = _mailtool("scan", "--config", fresh)
    assert code == 0 and f", 0 drafted, {len(rows)} already drafted" in out
    assert len(_snapshot(client, "Drafts")) == len(rows)
    assert _snapshot(client, "INBOX") == before
    client.logout()


def test_since_filters_by_the_day_the_mail_arrived(loaded: Account, tmp_path: Path) -> None:
    total = len(list(DEV.glob("*.eml")))
    old = sum(1 for i, p in enumerate(sorted(DEV.glob("*.eml"))) if p.name not in JOB and i % 4 == 0)
    config = _config(tmp_path, loaded)
    for since, seen in (("2021-01-01", total - old), ("2020-03-01", total), (None, total - old)):
        # No --since: the last since_days (14) days.
        code, out, _err = _mailtool("scan", "--dry-run", "--config", config, *(["--since", since] if since else []))
        assert code == 0 and f"{seen} messages looked at" in out, since


def test_a_bad_since_is_a_usage_error(loaded: Account, tmp_path: Path) -> None:
    code, out, err = _mailtool("scan", "--since", "last tuesday", "--config", _config(tmp_path, loaded))
    assert code == 2 and "--since" in err and out == ""
