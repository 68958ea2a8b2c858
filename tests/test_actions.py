"""`mailtool reply <message-id>` end to end on a real Dovecot: one threaded draft per job mail, nothing else changes."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import imapclient
import pytest

from mailtool.cli import main
from mailtool.stores.base import Account
from tests.conftest import DATA, admin_client, message_id, write_config

DEV = DATA / "dev"
LABELS = [json.loads(line) for path in sorted(DEV.glob("labels-*.jsonl")) for line in path.read_text().splitlines()]
JOB = [row["file"] for row in LABELS if row["kind"] in ("invitation", "offer")]
NOT_JOB = [row["file"] for row in LABELS if row["kind"] not in ("invitation", "offer")]


def _message_id(name: str) -> str:
    return message_id(DEV / name)


def _config(tmp_path: Path, account: Account, extra: str = "") -> str:
    return str(write_config(tmp_path, account, extra))


def _snapshot(client: imapclient.IMAPClient, folder: str) -> dict[int, tuple[bytes, frozenset[bytes]]]:
    client.select_folder(folder, readonly=True)
    data = client.fetch(client.search(), ["BODY.PEEK[]", "FLAGS"])
    return {uid: (d[b"BODY[]"], frozenset(d[b"FLAGS"]) - {b"\\Recent"}) for uid, d in data.items()}


@pytest.fixture
def loaded(imap_account: Account, monkeypatch: pytest.MonkeyPatch) -> Account:
    """The test mailbox with the whole dev corpus in INBOX (some seen, some flagged) and a Sent message."""
    monkeypatch.setenv("MAILTOOL_TEST_PASSWORD", imap_account.password or "")
    client = admin_client(imap_account)
    for i, path in enumerate(sorted(DEV.glob("*.eml"))):
        flags = [b"\\Seen"] if i % 3 == 0 else [b"\\Flagged"] if i % 3 == 1 else []
        client.append("INBOX", path.read_bytes(), flags=flags)
    client.append("Sent", b"From: alex.moreau@example.org\r\nSubject: hello\r\n\r\nsent earlier\r\n", flags=[b"\\Seen"])
    client.logout()
    return imap_account


def test_each_job_mail_gets_one_threaded_draft_and_nothing_else_changes(
    loaded: Account, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, loaded)
    client = admin_client(loaded)
    before = {folder: _snapshot(client, folder) for folder in ("INBOX", "Sent", "Trash", "Junk")}
    chosen = JOB[::6]  # a spread over languages and kinds keeps the test quick
    for name in chosen:
        assert main(["reply", "--config", config, _message_id(name)]) == 0, name
        assert main(["reply", "--config", config, _message_id(name)]) == 0, name  # a repeat writes nothing
    out = capsys.readouterr().out
    assert out.count("wrote ") == len(chosen) and out.count("already drafted") == len(chosen)
    drafts = _snapshot(client, "Drafts")
    assert len(drafts) == len(chosen)
    answered = set()
    for raw, flags in drafts.values():
        assert {b"\\Draft", b"\\Seen"} <= flags
        draft = email.message_from_bytes(raw, policy=email.policy.default)
        assert draft["In-Reply-To"] == draft["X-Mailtool-In-Reply-To"]
        assert str(draft["References"]).split()[-1] == draft["In-Reply-To"]
        answered.add(str(draft["In-Reply-To"]))
    assert answered == {_message_id(name) for name in chosen}
    assert {folder: _snapshot(client, folder) for folder in before} == before
    client.logout()


def test_force_writes_a_second_draft(loaded: Account, tmp_path: Path) -> None:
    config = _config(tmp_path, loaded)
    message_id = _message_id(JOB[0])
    assert main(["reply", "--config", config, message_id]) == 0
    assert main(["reply", "--config", config, "--force", message_id]) == 0
    client = admin_client(loaded)
    assert len(_snapshot(client, "Drafts")) == 2
    client.logout()


def test_a_message_that_is_not_a_job_mail_exits_3_and_writes_nothing_unless_an_intent_is_given(
    loaded: Account, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(tmp_path, loaded)
    message_id = _message_id(NOT_JOB[0])
    assert main(["reply", "--config", config, message_id.strip("<>")]) == 3
    assert "nothing written" in capsys.readouterr().err
    client = admin_client(loaded)
    assert _snapshot(client, "Drafts") == {}
    assert main(["reply", "--config", config, "--intent", "invitation-decline", message_id]) == 0
    assert len(_snapshot(client, "Drafts")) == 1
    client.logout()


def test_an_unknown_message_id_exits_4(loaded: Account, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _config(tmp_path, loaded)
    assert main(["reply", "--config", config, "<no-such-message@example.org>"]) == 4
    assert "no message with Message-ID <no-such-message@example.org> in INBOX" in capsys.readouterr().err
    assert main(["reply", "--config", config, "--folder", "Sent", _message_id(JOB[0])]) == 4


def test_all_folders_finds_a_message_outside_inbox(loaded: Account, tmp_path: Path) -> None:
    client = admin_client(loaded)
    client.create_folder("Jobs")
    client.append("Jobs", b"From: hr@example.com\r\nMessage-ID: <only-in-jobs@example.com>\r\nSubject: x\r\n\r\nx\r\n")
    client.logout()
    config = _config(tmp_path, loaded)
    assert main(["reply", "--config", config, "<only-in-jobs@example.com>"]) == 4
    assert main(["reply", "--config", config, "--all-folders", "<only-in-jobs@example.com>"]) == 3


def test_a_piped_message_is_drafted_into_the_accounts_drafts(
    loaded: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    config = _config(tmp_path, loaded)
    raw = (DEV / JOB[1]).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["reply", "--config", config, "-"]) == 0
    client = admin_client(loaded)
    (draft,) = _snapshot(client, "Drafts").values()
    assert email.message_from_bytes(draft[0])["In-Reply-To"] == _message_id(JOB[1])
    client.logout()


def test_mark_keyword_marks_only_the_answered_message(loaded: Account, tmp_path: Path) -> None:
    config = _config(tmp_path, loaded, 'mark_keyword = "$MailtoolDrafted"')
    client = admin_client(loaded)
    before = _snapshot(client, "INBOX")
    assert main(["reply", "--config", config, _message_id(JOB[2])]) == 0
    after = _snapshot(client, "INBOX")
    changed = {uid for uid in before if before[uid] != after[uid]}
    assert len(changed) == 1
    (uid,) = changed
    assert after[uid][1] - before[uid][1] == {b"$MailtoolDrafted"} and after[uid][0] == before[uid][0]
    client.logout()


def test_check_shows_drafts_capabilities_and_keywords(
    loaded: Account, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", _config(tmp_path, loaded, 'mark_keyword = "$MailtoolDrafted"')]) == 0
    out = capsys.readouterr().out
    assert "drafts go to:   Drafts" in out and "IDLE" in out and "$MailtoolDrafted can be stored" in out


def test_a_wrong_password_is_one_clear_line_without_the_password(
    loaded: Account, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MAILTOOL_TEST_PASSWORD", "Wr0ng-Secret-77")
    config = _config(tmp_path, loaded)
    assert main(["check", "--config", config]) == 7
    captured = capsys.readouterr()
    assert "refused the login" in captured.err and "Traceback" not in captured.err
    assert main(["--debug", "check", "--config", config]) == 7  # every protocol line is logged at debug level
    captured_debug = capsys.readouterr()
    assert "LOGIN" in captured_debug.err
    assert "Wr0ng-Secret-77" not in captured.err + captured.out + captured_debug.err + captured_debug.out
