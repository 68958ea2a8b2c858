"""SQLite state: what was seen per account/folder/UIDVALIDITY, and what was decided per source Message-ID."""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailtool.errors import MailtoolError

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    PRIMARY KEY (account, folder)
);
CREATE TABLE IF NOT EXISTS decisions (
    account     TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uid         INTEGER,
    decision    TEXT NOT NULL,
    draft       TEXT,
    decided_at  REAL NOT NULL,
    PRIMARY KEY (account, message_id)
);
"""


class StateError(MailtoolError):
    """The state database cannot be opened or written."""


@dataclass(frozen=True)
class Seen:
    """How far a folder was read: its UIDVALIDITY and the last UID handled."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class Decision:
    """What was decided for one source message, and where its draft went (None when skipped)."""

    message_id: str
    decision: str
    draft: str | None


class State:
    """The daemon's memory, in one SQLite file (WAL, synchronous writes: a record survives a crash)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise StateError(f"cannot open the state database {path}: {err}") from err

    def seen(self, account: str, folder: str) -> Seen | None:
        """Return how far a folder was read, None on the first start."""
        row = self._one("SELECT uidvalidity, last_uid FROM folders WHERE account=? AND folder=?", account, folder)
        return Seen(int(row[0]), int(row[1])) if row else None

    def advance(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        """Record that every message up to last_uid of this folder (at this UIDVALIDITY) was handled."""
        self._write(
            "INSERT INTO folders VALUES (?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET "
            "uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid",
            account,
            folder,
            uidvalidity,
            last_uid,
        )

    def decided(self, account: str, message_id: str) -> Decision | None:
        """Return what was decided for a source Message-ID, None when it was never handled."""
        row = self._one("SELECT decision, draft FROM decisions WHERE account=? AND message_id=?", account, message_id)
        return Decision(message_id, str(row[0]), row[1]) if row else None

    def record(
        self, account: str, folder: str, uid: int | None, message_id: str, decision: str, draft: str | None
    ) -> None:
        """Remember the decision for a source message (after its draft was written, never before)."""
        self._write(
            "INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?)",
            account,
            message_id,
            folder,
            uid,
            decision,
            draft,
            time.time(),
        )

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def _one(self, sql: str, *args: object) -> tuple[Any, ...] | None:
        try:
            row = self.db.execute(sql, args).fetchone()
        except sqlite3.Error as err:
            raise StateError(f"reading the state database {self.path} failed: {err}") from err
        return tuple(row) if row else None

    def _write(self, sql: str, *args: object) -> None:
        try:
            self.db.execute(sql, args)
        except sqlite3.Error as err:
            raise StateError(f"writing the state database {self.path} failed: {err}") from err
