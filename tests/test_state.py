"""The state database: folder progress per UIDVALIDITY, decisions per Message-ID, surviving a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool.state import Seen, State, StateError


def test_folder_progress_survives_a_reopen(tmp_path: Path) -> None:
    state = State(tmp_path / "state" / "mailtool.sqlite3")
    assert state.seen("work", "INBOX") is None
    state.advance("work", "INBOX", 17, 40)
    state.advance("work", "INBOX", 17, 42)
    state.advance("home", "INBOX", 3, 7)
    state.close()
    again = State(tmp_path / "state" / "mailtool.sqlite3")
    assert again.seen("work", "INBOX") == Seen(17, 42)
    assert again.seen("home", "INBOX") == Seen(3, 7)


def test_decisions_are_kept_per_account_and_message_id(tmp_path: Path) -> None:
    state = State(tmp_path / "s.sqlite3")
    state.record("work", "INBOX", 5, "<a@x>", "invitation-decline", "Drafts on alice@host (UID 3)")
    state.record("work", "INBOX", 6, "<b@x>", "skip: newsletter", None)
    decided = state.decided("work", "<a@x>")
    assert decided is not None and decided.draft == "Drafts on alice@host (UID 3)"
    assert state.decided("home", "<a@x>") is None
    skipped = state.decided("work", "<b@x>")
    assert skipped is not None and skipped.draft is None and skipped.decision == "skip: newsletter"


def test_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StateError, match="cannot open the state database"):
        State(blocker / "state.sqlite3")
