"""The Maildir store: Maildir++ and one-directory-per-folder trees, drafts with the D flag, nothing else touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool.errors import StoreError
from mailtool.stores.base import ANSWERS_HEADER, Account
from mailtool.stores.maildir import MaildirStore
from tests.conftest import DATA

MESSAGE = (DATA / "dev" / "sv-107.eml").read_bytes()
MESSAGE_ID = "<CA+29bd60d7469e66b1cb845239E6E68A8086AA@mail.gmail.com>"


def _folder(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def maildirpp(tmp_path: Path) -> Path:
    """A Maildir++ tree (as Dovecot and offlineimap write it) with one message in INBOX/new."""
    root = _folder(tmp_path / "Mail")
    _folder(root / ".Drafts")
    _folder(root / ".Archive.2026")
    (root / "new" / "1700000000.M1P1.host").write_bytes(MESSAGE)
    return root


def test_finds_a_message_by_message_id_and_changes_nothing(maildirpp: Path) -> None:
    before = _snapshot(maildirpp)
    store = MaildirStore(Account(name="local", maildir=maildirpp))
    found = store.find(MESSAGE_ID, ("INBOX",))
    assert found is not None and found.raw == MESSAGE and found.folder == "INBOX"
    assert store.find("<absent@example.org>", ("INBOX",)) is None
    assert _snapshot(maildirpp) == before


def test_a_draft_lands_in_drafts_cur_flagged_draft_and_seen(maildirpp: Path) -> None:
    store = MaildirStore(Account(name="local", maildir=maildirpp))
    assert not store.drafted(MESSAGE_ID)
    where = store.write_draft(f"Subject: Re: x\r\n{ANSWERS_HEADER}: {MESSAGE_ID}\r\n\r\nHi\r\n".encode())
    assert Path(where).parent == maildirpp / ".Drafts" / "cur"
    assert where.endswith(":2,DS")
    assert store.drafted(MESSAGE_ID)
    assert not any((maildirpp / ".Drafts" / "tmp").iterdir())


def test_folders_are_listed_with_imap_like_names(maildirpp: Path) -> None:
    assert MaildirStore(Account(name="local", maildir=maildirpp)).folders() == ["INBOX", "Archive/2026", "Drafts"]


def test_an_mbsync_tree_with_one_directory_per_folder_works(tmp_path: Path) -> None:
    _folder(tmp_path / "INBOX")
    _folder(tmp_path / "Utkast")
    (tmp_path / "INBOX" / "cur" / "1.host:2,S").write_bytes(MESSAGE)
    store = MaildirStore(Account(name="local", maildir=tmp_path))
    assert store.drafts == "Utkast"
    assert store.find(MESSAGE_ID, ("INBOX",)) is not None


def test_no_drafts_folder_is_an_error_that_lists_the_folders_and_creates_none(tmp_path: Path) -> None:
    root = _folder(tmp_path / "m")
    _folder(root / ".Sent")
    with pytest.raises(StoreError, match="no Drafts folder; folders: INBOX, Sent") as caught:
        MaildirStore(Account(name="local", maildir=root))
    assert caught.value.hint and "drafts" in caught.value.hint
    assert not (root / ".Drafts").exists()


def test_a_missing_maildir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        MaildirStore(Account(name="local", maildir=tmp_path / "nowhere"))
