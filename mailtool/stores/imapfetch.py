"""Fetch messages from an IMAP folder in batches, each only as far as a decision needs; BODY.PEEK keeps flags.

Small messages (nearly all mail) are fetched whole, many per command: exact, and one round trip per batch.
A large one is read through its BODYSTRUCTURE: headers, text parts and the MIME headers of its attachments, so
a 50 MB attachment is never downloaded (see bodystructure.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientError

from mailtool.errors import StoreError
from mailtool.stores import bodystructure
from mailtool.stores.base import Stored

log = logging.getLogger(__name__)

WHOLE_MAX = 256 * 1024
"""Messages up to this size are fetched whole: the structure walk would save little and cost a round trip."""
FALLBACK_WHOLE_MAX = 8 * 1024 * 1024
"""A large message whose structure cannot be walked is fetched whole only up to this size."""
BATCH_UIDS = 500
BATCH_BYTES = 8 * 1024 * 1024
"""A batch of whole messages stops at this many bytes, which bounds the memory one FETCH response takes."""


def fetch_messages(client: imapclient.IMAPClient, where: str, folder: str, uids: list[int]) -> Iterator[Stored]:
    """Yield the messages of the selected folder in UID order; expunged ones are skipped."""
    reader = _Reader(client, where, folder)
    for start in range(0, len(uids), BATCH_UIDS):
        yield from reader.chunk(sorted(uids)[start : start + BATCH_UIDS])


def runs(uids: list[int], sizes: dict[int, int], whole_max: int, batch_bytes: int) -> Iterator[tuple[bool, list[int]]]:
    """Split UIDs (in order) into batches of small messages (True) and single large ones (False)."""
    pending: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid)
        if size is None:
            continue  # expunged since the search
        if size > whole_max:
            if pending:
                yield True, pending
            pending, total = [], 0
            yield False, [uid]
            continue
        pending.append(uid)
        total += size
        if total >= batch_bytes:
            yield True, pending
            pending, total = [], 0
    if pending:
        yield True, pending


class _Reader:
    """Fetch from one selected folder of one connection."""

    def __init__(self, client: imapclient.IMAPClient, where: str, folder: str) -> None:
        self.client, self.where, self.folder = client, where, folder

    def chunk(self, uids: list[int]) -> Iterator[Stored]:
        """Yield a chunk's messages: sizes first, then whole batches and structure-walked large messages."""
        sizes = {uid: int(d.get(b"RFC822.SIZE", 0)) for uid, d in self._fetch(uids, ["RFC822.SIZE"]).items()}
        self._log_gone(set(uids) - set(sizes))
        whole_max = WHOLE_MAX  # read at call time, so a test can send every message through the structure walk
        large = [uid for uid in uids if sizes.get(uid, 0) > whole_max]
        structures = self._fetch(large, ["BODYSTRUCTURE"]) if large else {}
        for whole, batch in runs(uids, sizes, whole_max, BATCH_BYTES):
            if whole:
                yield from self._whole(batch)
            else:
                uid = batch[0]
                yield from self._large(uid, sizes[uid], structures.get(uid, {}).get(b"BODYSTRUCTURE"))

    def _whole(self, uids: list[int]) -> Iterator[Stored]:
        data = self._fetch(uids, ["BODY.PEEK[]"])
        for uid in uids:
            body = data.get(uid, {}).get(b"BODY[]")
            if isinstance(body, bytes):
                yield Stored(self.folder, str(uid), body)
            else:
                self._log_gone({uid})

    def _large(self, uid: int, size: int, structure: object) -> Iterator[Stored]:
        try:
            root = bodystructure.plan(structure)
            data = self._fetch([uid], bodystructure.fetch_items(root)).get(uid)
            raw = bodystructure.rebuild(root, data) if data is not None else None
        except bodystructure.OddStructure as err:
            log.info("UID %s of %s: %s; reading it another way", uid, self.folder, err)
            raw = self._fallback(uid, size)
        if raw is None:
            self._log_gone({uid})
            return
        log.debug("UID %s of %s: %d bytes, %d read for the decision", uid, self.folder, size, len(raw))
        yield Stored(self.folder, str(uid), raw)

    def _fallback(self, uid: int, size: int) -> bytes | None:
        """Read a message whose structure is odd: whole when not too large, else its header and first text."""
        if size <= FALLBACK_WHOLE_MAX:
            body = self._fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
            return body if isinstance(body, bytes) else None
        cap = bodystructure.PART_CAP
        data = self._fetch([uid], ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{cap}>"]).get(uid)
        if data is None:
            return None
        header, text = data.get(b"BODY[HEADER]"), data.get(b"BODY[TEXT]<0>")
        head = bodystructure.header_block(header if isinstance(header, bytes) else b"")
        return head + bodystructure.trim(text if isinstance(text, bytes) else b"", cap)

    def _fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        try:
            return dict(self.client.fetch(uids, items))
        except IMAPClientError as err:
            first = f"UID {uids[0]}" if len(uids) == 1 else f"{len(uids)} messages"
            raise StoreError(f"fetching {first} from {self.folder} on {self.where} failed: {_reason(err)}") from err

    def _log_gone(self, uids: set[int]) -> None:
        for uid in sorted(uids):
            log.info("UID %s of %s is gone (expunged meanwhile); skipped", uid, self.folder)


def _reason(err: BaseException) -> str:
    text = str(err.args[0] if err.args else err)
    return text[2:-1] if text.startswith(("b'", 'b"')) else text or type(err).__name__
