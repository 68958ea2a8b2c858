"""The daemon loop: catch up by UID, then IDLE (or poll); reconnect with backoff; never draft twice."""

from __future__ import annotations

import logging
import os
import random
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from types import FrameType

from imapclient.exceptions import IMAPClientError

from mailtool.actions import Outcome, Settings, answer
from mailtool.config import Config
from mailtool.errors import ConfigError, MailParseError, StoreError
from mailtool.parse import parse
from mailtool.pipeline import Draft
from mailtool.state import State
from mailtool.stores import open_store
from mailtool.stores.base import Account, MailStore, Stored, Waiter

log = logging.getLogger(__name__)

IDLE_SECONDS = 240.0  # IDLE is re-issued well within the 10 minutes some servers and NAT boxes allow
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 300.0
# Errors that mean the connection (not the message) failed: reconnect and carry on.
LINK_ERRORS = (StoreError, IMAPClientError, OSError, EOFError)
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(<[^>\r\n]{1,250}>)", re.IGNORECASE | re.MULTILINE)


@dataclass
class Tally:
    """What one pass saw: messages looked at, drafts written, drafts found already there, failures."""

    seen: int = 0
    drafted: int = 0
    already: int = 0
    failed: int = 0


class Watcher:
    """Watch one account: catch up on every folder, then wait for new mail; one working and one idling link."""

    def __init__(
        self, account: Account, conf: Config, state: State, stop: threading.Event, dry_run: bool = False
    ) -> None:
        self.account = account
        self.dry_run = dry_run
        self.conf = conf
        self.state = state
        self.stop = stop
        self.settings = Settings(conf.identity, conf.policy)
        self.on_outcome: Callable[[Stored, Outcome], None] | None = None
        self._started = 0.0  # when the message in hand was taken up, for the decision's log line

    def run(self) -> None:
        """Serve the account until stopped; a lost connection is retried with exponential backoff and jitter."""
        failures = 0
        while not self.stop.is_set():
            try:
                self._serve()
                failures = 0
            except ConfigError:
                raise
            except LINK_ERRORS as err:
                failures += 1
                delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (failures - 1)) * random.uniform(0.5, 1.5)
                log.warning("%s: %s; reconnecting in %.0f s", self.account.name, err, delay)
                self.stop.wait(delay)

    def _serve(self) -> None:
        store = open_store(self.account)
        idler: Waiter | None = None
        try:
            log.info("%s: connected to %s", self.account.name, self.account.where)
            idler = store.idler(self.account.folders[0])
            while not self.stop.is_set():
                self.catch_up(store)
                self._wait(idler)
        finally:
            for link in (idler, store):
                if link is not None:
                    _quietly(link.close)

    def _wait(self, idler: Waiter | None) -> None:
        """Sleep until the first folder changes (IDLE) or the poll interval passes."""
        poll = float(self.conf.watch.poll_seconds)
        if idler is None:
            self.stop.wait(poll)
            return
        several = len(self.account.folders) > 1
        idler.wait(min(poll, IDLE_SECONDS) if several else IDLE_SECONDS, self.stop)

    def catch_up(self, store: MailStore, since: date | None = None) -> Tally:
        """Handle what arrived in every folder since the last UID seen (the first start: the last since_days)."""
        tally = Tally()
        for folder in self.account.folders:
            if self.stop.is_set():
                break
            self._catch_up_folder(store, folder, since, tally)
        return tally

    def _catch_up_folder(self, store: MailStore, folder: str, since: date | None, tally: Tally) -> None:
        current = store.folder_state(folder)
        seen = self.state.seen(self.account.name, folder)
        first = since or date.today() - timedelta(days=self.conf.watch.since_days)
        if seen is None or seen.uidvalidity != current.uidvalidity or since is not None:
            if seen is not None and seen.uidvalidity != current.uidvalidity:
                log.warning("%s/%s: UIDVALIDITY changed; rescanning since %s", self.account.name, folder, first)
            uids = store.uids_since(folder, first)
        else:
            uids = store.uids_after(folder, seen.last_uid)
        last = seen.last_uid if seen and seen.uidvalidity == current.uidvalidity else 0
        for stored in store.fetch(folder, uids):
            if self.stop.is_set():
                return  # the message in hand was finished; the rest waits for the next start
            self.handle(store, stored, tally)
            last = max(last, int(stored.key))
            self.state.advance(self.account.name, folder, current.uidvalidity, last)
        if since is None:
            self.state.advance(self.account.name, folder, current.uidvalidity, max(last, current.uidnext - 1))

    def handle(self, store: MailStore, stored: Stored, tally: Tally) -> None:
        """Decide and draft one message; content that breaks anything is logged and skipped, links are not."""
        tally.seen += 1
        self._started = time.monotonic()
        try:
            self._handle(store, stored, tally)
        except LINK_ERRORS:
            raise
        except MailParseError as err:
            log.warning("%s: not readable as mail (%s); skipped", self._where(stored), err)
            tally.failed += 1
        except Exception:  # the daemon's per-message guard: one bad message must never stop the daemon
            log.exception("%s: failed; skipped", self._where(stored))
            tally.failed += 1

    def _where(self, stored: Stored) -> str:
        return f"{self.account.name}/{stored.folder} UID {stored.key} {_message_id_hint(stored.raw)}"

    def _handle(self, store: MailStore, stored: Stored, tally: Tally) -> None:
        mail = parse(stored.raw)
        key = mail.message_id or f"{stored.folder}/{stored.key}"
        if self.state.decided(self.account.name, key):
            log.debug("%s: %s was handled before", self.account.name, key)
            return
        outcome = answer(mail, None if self.dry_run else store, self.account, self.settings, original=stored)
        decision = outcome.decision
        if self.dry_run:
            self._report(stored, outcome)
            return
        # Crash-safe order: the draft was written first; recording it comes after (a lost record is caught by
        # the Drafts look-up of the next run, which finds the draft and writes no second one).
        label = decision.intent.value if isinstance(decision, Draft) else f"skip: {decision.analysis.kind.value}"
        uid = int(stored.key) if stored.key.isdigit() else None
        self.state.record(self.account.name, stored.folder, uid, key, label, outcome.written)
        tally.drafted += bool(outcome.written)
        tally.already += outcome.already
        self._report(stored, outcome)
        if outcome.written and self.conf.watch.notify_command:
            notify(self.conf.watch.notify_command, outcome)

    def _report(self, stored: Stored, outcome: Outcome) -> None:
        _log_decision(self.account.name, stored, outcome, (time.monotonic() - self._started) * 1000)
        if self.on_outcome is not None:
            self.on_outcome(stored, outcome)


def _message_id_hint(raw: bytes) -> str:
    """The Message-ID of a message that could not be parsed, read straight from its bytes, for the log."""
    found = _MESSAGE_ID.search(raw[:65536])
    return found.group(1).decode("ascii", "replace") if found else "(no Message-ID)"


def _log_decision(account: str, stored: Stored, outcome: Outcome, ms: float) -> None:
    a = outcome.decision.analysis
    where = outcome.written or ("already in Drafts" if outcome.already else "no draft")
    intent = outcome.decision.intent.value if isinstance(outcome.decision, Draft) else "-"
    log.info(
        "%s/%s UID %s %s: %s, %s, company %s, intent %s, %s (%.0f ms)",
        account,
        stored.folder,
        stored.key,
        outcome.decision.mail.message_id or "(no Message-ID)",
        a.kind.value,
        a.lang,
        a.company or "-",
        intent,
        where,
        ms,
    )


def notify(command: str, outcome: Outcome) -> None:
    """Run the user's notify_command with what was drafted in its environment; its failure is only logged."""
    mail, facts = outcome.decision.mail, outcome.decision.analysis
    env = dict(os.environ)
    env.update(
        MAILTOOL_SUBJECT=mail.subject,
        MAILTOOL_COMPANY=facts.company or "",
        MAILTOOL_KIND=facts.kind.value,
        MAILTOOL_LANG=facts.lang,
        MAILTOOL_INTENT=outcome.decision.intent.value if isinstance(outcome.decision, Draft) else "",
        MAILTOOL_DRAFT=outcome.written or "",
        MAILTOOL_MESSAGE_ID=mail.message_id,
    )
    try:
        result = subprocess.run(
            command, shell=True, env=env, timeout=30, capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        log.warning("notify_command failed: %s", err)
        return
    if result.returncode:
        log.warning("notify_command exited with %s", result.returncode)


def watch(conf: Config, names: list[str] | None = None) -> int:
    """Watch every configured account (or the named ones) until SIGTERM or SIGINT; return the exit code."""
    accounts = [conf.account(name) for name in names] if names else list(conf.accounts)
    if not accounts:
        conf.account(None)  # raises the clear "no [[accounts]]" error
    stop = threading.Event()
    with _signals_stop(stop):
        State(conf.watch.state_path()).close()  # a state file that cannot be opened is reported before any thread
        return _run_all(accounts, conf, stop)


def _run_all(accounts: list[Account], conf: Config, stop: threading.Event) -> int:
    errors: list[BaseException] = []

    def serve(account: Account) -> None:
        # SQLite connections belong to the thread that opened them: one per account thread (WAL lets them share).
        state = State(conf.watch.state_path())
        try:
            Watcher(account, conf, state, stop).run()
        except Exception as err:  # a dead worker must stop the daemon with an error, never leave it exiting 0
            errors.append(err)
            stop.set()
        finally:
            state.close()

    threads = [threading.Thread(target=serve, args=(a,), name=f"watch-{a.name}", daemon=True) for a in accounts]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):
        for thread in threads:
            thread.join(timeout=0.5)
    if errors:
        raise errors[0]
    log.info("stopped")
    return 0


class _signals_stop:
    """Within the block, SIGTERM and SIGINT set the stop event (the message in hand is finished first)."""

    def __init__(self, stop: threading.Event) -> None:
        self.stop = stop
        self.previous: dict[int, object] = {}

    def __enter__(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            self.previous[sig] = signal.signal(sig, self._handler)

    def __exit__(self, *exc: object) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)  # type: ignore[arg-type]

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        log.info("%s received; finishing the message in hand", signal.Signals(signum).name)
        self.stop.set()


def _quietly(close: Callable[[], None]) -> None:
    try:
        close()
    except Exception:  # closing a dead link may fail in many ways; there is nothing left to do about it
        log.debug("close failed", exc_info=True)
