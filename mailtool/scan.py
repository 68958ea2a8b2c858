"""One pass over the backlog: decide every message since a day, draft the replies, show what was found."""

from __future__ import annotations

import sys
import threading
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from mailtool.actions import Outcome
from mailtool.config import Config
from mailtool.pipeline import Draft
from mailtool.state import State
from mailtool.stores import open_store
from mailtool.stores.base import Account, Stored
from mailtool.watch import Tally, Watcher


@dataclass(frozen=True)
class Row:
    """One job mail found by the scan."""

    account: str
    folder: str
    key: str
    kind: str
    lang: str
    company: str
    subject: str
    result: str


def scan(conf: Config, accounts: list[Account], since: date, dry_run: bool, out: TextIO | None = None) -> Tally:
    """Decide every message since `since` in the accounts' folders; draft replies unless dry_run."""
    total = Tally()
    rows: list[Row] = []
    state = State(conf.watch.state_path())
    try:
        for account in accounts:
            _scan_account(conf, account, state, since, dry_run, rows, total)
    finally:
        state.close()
    (out or sys.stdout).write(table(rows, total, dry_run))
    return total


def _scan_account(
    conf: Config, account: Account, state: State, since: date, dry_run: bool, rows: list[Row], total: Tally
) -> None:
    watcher = Watcher(account, conf, state, threading.Event(), dry_run=dry_run)
    watcher.on_outcome = lambda stored, outcome: _collect(rows, account, stored, outcome, dry_run)
    store = open_store(account)
    try:
        for folder in account.folders:
            uids = store.uids_since(folder, since)
            progress = Progress(f"{account.name}/{folder}", len(uids))
            for stored in store.fetch(folder, uids):
                watcher.handle(store, stored, total)
                progress.step()
            progress.done()
    finally:
        store.close()


def _collect(rows: list[Row], account: Account, stored: Stored, outcome: Outcome, dry_run: bool) -> None:
    decision = outcome.decision
    if not isinstance(decision, Draft):
        return
    a = decision.analysis
    if outcome.written:
        result = f"drafted {decision.intent.value}"
    elif outcome.already:
        result = "already drafted"
    else:
        result = f"would draft {decision.intent.value}" if dry_run else "-"
    rows.append(
        Row(
            account.name,
            stored.folder,
            stored.key,
            a.kind.value,
            a.lang,
            a.company or "-",
            decision.mail.subject,
            result,
        )
    )


def table(rows: list[Row], total: Tally, dry_run: bool) -> str:
    """Render what was found and what was drafted."""
    lines = []
    if rows:
        head = ("folder", "kind", "lang", "company", "subject", "result")
        cells = [(f"{r.account}/{r.folder}", r.kind, r.lang, r.company[:24], r.subject[:48], r.result) for r in rows]
        widths = [max(len(str(c[i])) for c in [head, *cells]) for i in range(len(head))]
        for cell in [head, *cells]:
            lines.append("  ".join(str(v).ljust(w) for v, w in zip(cell, widths, strict=True)).rstrip())
        lines.append("")
    verb = "would be drafted (dry run)" if dry_run else "drafted"
    lines.append(
        f"{total.seen} messages looked at, {len(rows)} invitations or offers, {total.drafted} {verb}, "
        f"{total.already} already drafted, {total.failed} could not be read"
    )
    return "\n".join(lines) + "\n"


class Progress:
    """A one-line progress bar on standard error, only when it is a terminal."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None) -> None:
        self.label, self.total, self.count = label, total, 0
        self.stream = stream or sys.stderr  # resolved now, not at import: tests and redirections replace it
        self.live = self.stream.isatty() and total > 0

    def step(self) -> None:
        """Count one message."""
        self.count += 1
        if self.live and (self.count == self.total or self.count % max(1, self.total // 100) == 0):
            filled = int(30 * self.count / self.total)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {self.count}/{self.total}")
            self.stream.flush()

    def done(self) -> None:
        """End the bar's line."""
        if self.live:
            self.stream.write("\n")
