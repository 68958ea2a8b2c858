"""The MailStore protocol: the one point of substitution between mailtool and a mail store."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, Protocol

Security = Literal["tls", "starttls", "none"]

# Every draft mailtool writes carries the Message-ID it answers in this header, so a repeat run, a second machine
# or a lost state can see that a message was already drafted.
ANSWERS_HEADER = "X-Mailtool-In-Reply-To"


@dataclass(frozen=True)
class Account:
    """One mailbox to read and to draft into: an IMAP server, or a local Maildir when `maildir` is set."""

    name: str
    host: str = ""
    port: int | None = None
    security: Security = "tls"
    username: str = ""
    password: str | None = None
    password_command: str | None = None
    password_env: str | None = None
    keyring: str | None = None
    """The keyring service name under which the password is stored for `username`."""
    oauth2_token_command: str | None = None
    ca_file: Path | None = None
    folders: tuple[str, ...] = ("INBOX",)
    drafts: str | None = None
    mark_keyword: str | None = None
    maildir: Path | None = None
    timeout: float = 30.0

    @property
    def where(self) -> str:
        """Name the store for messages: user@host:port or the Maildir path (never a secret)."""
        if self.maildir is not None:
            return str(self.maildir)
        return f"{self.username}@{self.host}:{self.port}" if self.port else f"{self.username}@{self.host}"


@dataclass(frozen=True)
class Stored:
    """A message found in a store: where it is and its raw bytes."""

    folder: str
    key: str
    """The store's own handle: an IMAP UID, a Maildir file name."""
    raw: bytes


@dataclass(frozen=True)
class FolderState:
    """A folder's UIDVALIDITY and the UID the next message will get."""

    uidvalidity: int
    uidnext: int


@dataclass(frozen=True)
class Capabilities:
    """What `mailtool check` reports about a store."""

    description: str
    drafts: str
    features: tuple[str, ...]
    keywords_allowed: bool


class Waiter(Protocol):
    """A second connection that waits for a folder to change."""

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        """Return True when the folder changed, False when `seconds` passed or `stop` was set."""
        ...

    def close(self) -> None:
        """Log out."""
        ...


class MailStore(Protocol):
    """Read messages without changing them; write drafts to the Drafts folder only."""

    def find(self, message_id: str, folders: tuple[str, ...]) -> Stored | None:
        """Return the message with this Message-ID in the first folder that has it."""
        ...

    def folders(self) -> list[str]:
        """List the folders of the store."""
        ...

    def folder_state(self, folder: str) -> FolderState:
        """Return the folder's UIDVALIDITY and UIDNEXT."""
        ...

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """Return the UIDs above last_uid, in order."""
        ...

    def uids_since(self, folder: str, since: date) -> list[int]:
        """Return the UIDs of messages that arrived on or after a day (by internal date), in order."""
        ...

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Stored]:
        """Yield each message, read without changing it; with only the parts a decision needs when it is large."""
        ...

    def idler(self, folder: str) -> Waiter | None:
        """Open a connection that waits for the folder to change (IMAP IDLE); None where the store can only poll."""
        ...

    def drafted(self, message_id: str) -> bool:
        """Whether the Drafts folder already holds a mailtool draft answering this Message-ID."""
        ...

    def write_draft(self, draft: bytes) -> str:
        """Store a draft in the Drafts folder (flagged as a draft and seen); return where it went."""
        ...

    def mark(self, stored: Stored, keyword: str) -> bool:
        """Set a keyword on the original when the store allows it; return whether it was set."""
        ...

    def capabilities(self) -> Capabilities:
        """Describe the store for `mailtool check`."""
        ...

    def close(self) -> None:
        """Log out and release the connection."""
        ...
