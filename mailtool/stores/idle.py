"""The idling connection of an IMAP account: IDLE (RFC 2177) on one folder, with liveness checks."""

from __future__ import annotations

import os
import socket
import threading
import time
from typing import Any

from imapclient.exceptions import IMAPClientError

from mailtool.errors import StoreError
from mailtool.stores.base import Account
from mailtool.stores.imap import _reason, _Session


class Idler(_Session):
    """The connection that waits: IDLE (RFC 2177) on one folder, with a liveness check at every wake-up."""

    def __init__(self, account: Account, folder: str) -> None:
        super().__init__(account)
        self.folder = folder
        try:
            self.supported = self.client.has_capability("IDLE")
            self.client.select_folder(folder, readonly=True)
        except IMAPClientError as err:
            self._logout()
            raise StoreError(f"cannot open {folder} on {self.where}: {_reason(err)}") from err

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        """Wait in IDLE until the folder changes (True), `seconds` pass or `stop` is set; raise when the link died."""
        if not self.supported:
            stop.wait(seconds)
            return True  # no IDLE: the caller polls
        deadline = time.monotonic() + seconds
        try:
            # Changes that happened since the last IDLE would come in the same TLS record as "+ idling", where
            # imaplib's buffer swallows them and poll() never sees them: collect them with a NOOP first.
            changed = _changed(self.client.noop()[1])
            if changed:
                return True
            self.client.idle()
            while not changed and not stop.is_set() and time.monotonic() < deadline:
                changed = self._check(min(1.0, max(0.0, deadline - time.monotonic())))
            self.client.idle_done()
            self.client.noop()  # the liveness check: a dead link fails here within the socket timeout
        except (IMAPClientError, OSError) as err:
            raise StoreError(f"the IDLE connection to {self.where} was lost: {_reason(err)}") from err
        return changed

    def _check(self, timeout: float) -> bool:
        started = time.monotonic()
        responses = self.client.idle_check(timeout=timeout)
        if any(r and r[0] == b"BYE" for r in responses):
            raise StoreError(f"{self.where} closed the connection (BYE)")
        if not responses and time.monotonic() - started < timeout / 2 and _closed(self.client.socket()):
            raise StoreError(f"{self.where} closed the connection")
        return _changed(responses)


def _changed(responses: list[Any]) -> bool:
    return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses)


def _closed(sock: socket.socket) -> bool:
    """Whether the peer closed the socket (a readable socket with nothing to read)."""
    try:
        # An SSLSocket refuses recv flags (ValueError): peek at the TCP stream through a duplicate descriptor.
        with socket.socket(fileno=os.dup(sock.fileno())) as raw:
            return raw.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True
