"""The Maildir store: a local tree kept in sync by mbsync or offlineimap (Maildir++ or one folder per directory)."""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import logging
import os
import socket
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from mailtool.errors import StoreError
from mailtool.stores.base import ANSWERS_HEADER, Account, Capabilities, FolderState, Stored

log = logging.getLogger(__name__)

# Without SPECIAL-USE, a Maildir's Drafts folder is known by its name; these are the usual ones of mail clients.
DRAFTS_NAMES = (
    "Drafts",
    "Draft",
    "Entwürfe",
    "Utkast",
    "Kladder",
    "Kladde",
    "Concepten",
    "Brouillons",
    "Borradores",
    "Luonnokset",
    "[Gmail]/Drafts",
    "INBOX/Drafts",
)
_HEADER_BYTES = 256 * 1024
_COUNTER = itertools.count(1)


class MaildirStore:
    """A Maildir tree; INBOX is its root (Maildir++) or its INBOX directory (one folder per directory)."""

    def __init__(self, account: Account) -> None:
        assert account.maildir is not None
        self.root = account.maildir.expanduser()
        self.account = account
        if not (self.root.is_dir()):
            raise StoreError(f"the Maildir {self.root} does not exist", hint="check `maildir` in the configuration")
        self.drafts = self._drafts_folder()

    def folder_path(self, folder: str) -> Path | None:
        """Return the directory of a folder (Maildir++ '.A.B' or nested 'A/B'), None when it does not exist."""
        if folder.upper() == "INBOX":
            candidates = [self.root, self.root / "INBOX", self.root / ".INBOX"]
        else:
            candidates = [self.root / ("." + folder.replace("/", ".")), self.root / folder]
        return next((path for path in candidates if _is_maildir(path)), None)

    def folders(self) -> list[str]:
        """List the folders of the tree, in IMAP-like names."""
        names = ["INBOX"] if self.folder_path("INBOX") else []
        for entry in sorted(self.root.iterdir()):
            if entry.name.startswith(".") and _is_maildir(entry):
                names.append(entry.name[1:].replace(".", "/"))
            elif entry.is_dir() and entry.name not in {"cur", "new", "tmp", "INBOX"} and _is_maildir(entry):
                names.append(entry.name)
        return names

    def _drafts_folder(self) -> str:
        wanted = (self.account.drafts,) if self.account.drafts else DRAFTS_NAMES
        for name in wanted:
            if self.folder_path(name):
                return name
        folders = ", ".join(self.folders()) or "none"
        if self.account.drafts:
            raise StoreError(f"the Maildir {self.root} has no folder '{self.account.drafts}'; folders: {folders}")
        raise StoreError(
            f"the Maildir {self.root} has no Drafts folder; folders: {folders}",
            hint='set `drafts = "<folder>"` in the account; mailtool never creates a folder',
        )

    def _messages(self, folder: str) -> Iterator[Path]:
        path = self.folder_path(folder)
        if path is None:
            raise StoreError(f"the Maildir {self.root} has no folder '{folder}'; folders: {', '.join(self.folders())}")
        for sub in ("cur", "new"):
            yield from sorted((path / sub).iterdir())

    def find(self, message_id: str, folders: tuple[str, ...]) -> Stored | None:
        """Return the message with this Message-ID in the first folder that has it."""
        for folder in folders:
            for path in self._messages(folder):
                if _header(path, "message-id") == message_id:
                    return Stored(folder, path.name, path.read_bytes())
        return None

    # A Maildir has no UIDs. A message's modification time in nanoseconds stands in for one: it grows with
    # arrival and survives the move from new/ to cur/ (a rename), which is all the daemon needs.
    def _by_uid(self, folder: str) -> dict[int, Path]:
        listing: dict[int, Path] = {}
        for path in self._messages(folder):
            try:
                uid = path.stat().st_mtime_ns
            except OSError:
                continue  # moved or deleted by the sync tool meanwhile
            while uid in listing:
                uid += 1
            listing[uid] = path
        return listing

    def folder_state(self, folder: str) -> FolderState:
        """Return a constant UIDVALIDITY and the next pseudo-UID (newest modification time + 1)."""
        return FolderState(1, max(self._by_uid(folder), default=0) + 1)

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """Return the pseudo-UIDs above last_uid, oldest first."""
        return sorted(uid for uid in self._by_uid(folder) if uid > last_uid)

    def uids_since(self, folder: str, since: date) -> list[int]:
        """Return the pseudo-UIDs of messages modified on or after `since`."""
        start = int(datetime.combine(since, datetime.min.time()).timestamp() * 1e9)
        return sorted(uid for uid in self._by_uid(folder) if uid >= start)

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Stored]:
        """Yield each message's bytes (files that vanished meanwhile are skipped)."""
        listing = self._by_uid(folder)
        for uid in uids:
            path = listing.get(uid)
            try:
                raw = path.read_bytes() if path else None
            except OSError:
                raw = None
            if raw is not None and path is not None:
                yield Stored(folder, str(uid), raw)

    def idler(self, folder: str) -> None:
        """A Maildir has no push; the daemon polls it."""
        return None

    def drafted(self, message_id: str) -> bool:
        """Whether the Drafts folder already holds a mailtool draft answering this Message-ID."""
        return any(_header(path, ANSWERS_HEADER.lower()) == message_id for path in self._messages(self.drafts))

    def write_draft(self, draft: bytes) -> str:
        """Write the draft into Drafts/cur with the D (draft) and S (seen) flags, atomically via tmp/."""
        folder = self.folder_path(self.drafts)
        assert folder is not None
        name = _unique_name()
        tmp, final = folder / "tmp" / name, folder / "cur" / f"{name}:2,DS"
        try:
            with open(tmp, "xb") as handle:
                handle.write(draft)
                handle.flush()
                os.fsync(handle.fileno())
            os.rename(tmp, final)
        except OSError as err:
            raise StoreError(f"cannot write the draft into {folder}: {err.strerror}") from err
        return str(final)

    def mark(self, stored: Stored, keyword: str) -> bool:
        """Keywords are not portable in Maildir file names; the original is left as it is."""
        log.info("Maildir stores no keywords; %s left unmarked", stored.key)
        return False

    def capabilities(self) -> Capabilities:
        """Describe the tree for `mailtool check`."""
        return Capabilities(f"Maildir {self.root}", self.drafts, (), False)

    def close(self) -> None:
        """Nothing to release."""


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _header(path: Path, name: str) -> str:
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except OSError:
        return ""
    end = head.find(b"\n\n") if b"\r\n\r\n" not in head else head.find(b"\r\n\r\n")
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head[: end if end > 0 else None])
    return " ".join(str(headers.get(name, "")).split())


def _unique_name() -> str:
    """Return a Maildir-unique file name (time, pid, counter, host)."""
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")
    return f"{time.time_ns()}.P{os.getpid()}Q{next(_COUNTER)}.{host}"
