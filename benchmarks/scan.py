"""Backlog scan of a large INBOX: mailtool's decision-sized fetch against a naive fetch-everything baseline.

python benchmarks/scan.py [--messages 10000] [--big 5] [--big-mb 20]

A private Dovecot (tests/dovecot.py) gets an INBOX of the dev corpus repeated with unique Message-IDs, holding a
few job mails with a large PDF attached. Then, each in its own process and one after the other, the same
`mailtool scan --dry-run` work runs over it twice: (a) with mailtool's store, (b) with a store whose fetch reads
every message whole (BODY.PEEK[], 100 per command). Both parse and decide every message, so the difference is
the fetch alone. Bytes moved are counted where imaplib reads the (decrypted) stream; peak RSS is the worker's.

Targets: (a) moves at least 3x fewer bytes than (b) and is faster; (a)'s peak RSS <= 150 MB.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.dovecot import CountingFile, count_reads  # noqa: E402  after the sys.path line

DEV = ROOT / "tests" / "data" / "dev"
BATCH = 500  # multiappend batch: ~3000 msg/s on Dovecot (imap-testing.md)
NAIVE_BATCH = 100
TARGET_RATIO, TARGET_RSS_MB = 3.0, 150.0
SINCE = date(2000, 1, 1)  # every message: all were appended today
_MESSAGE_ID = re.compile(rb"(?im)^message-id:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*")


def main() -> int:
    """Fill a private Dovecot, run both scans in their own processes, print the figures."""
    args = _arguments()
    if args.worker:
        print(json.dumps(_work(args.worker, args.stage, json.loads(args.account))))
        return 0
    from tests import dovecot

    server = dovecot.start()
    try:
        account = {"host": server.host, "port": server.tls_port, "user": server.user, "password": server.password,
                   "ca_file": str(server.ca_file)}  # fmt: skip
        started = time.perf_counter()
        count = _fill(account, args.messages, args.big, args.big_mb)
        print(
            f"INBOX filled: {count} messages ({args.big} of {args.big_mb} MB) in {time.perf_counter() - started:.0f} s"
        )
        results = {kind: _run_worker(kind, args.stage, account) for kind in ("mailtool", "naive")}
    finally:
        dovecot.cleanup(server)
    return _report(results, args.stage)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000, help="messages in INBOX (default 10000)")
    parser.add_argument("--big", type=int, default=5, help="how many of them carry a large attachment (default 5)")
    parser.add_argument("--big-mb", type=int, default=20, help="size of each large message in MB (default 20)")
    parser.add_argument("--stage", choices=("read", "full"), default="read",
                        help="read: fetch and parse every message (default); full: the whole dry-run scan, decisions "
                        "and drafts included (~30 ms more per message on this machine)")  # fmt: skip
    parser.add_argument("--worker", choices=("mailtool", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--account", help=argparse.SUPPRESS)
    return parser.parse_args()


# Filling the mailbox


def _client(account: dict[str, Any]) -> Any:
    import ssl

    import imapclient

    context = ssl.create_default_context(cafile=account["ca_file"])
    client = imapclient.IMAPClient(account["host"], port=account["port"], ssl=True, ssl_context=context)
    client.login(account["user"], account["password"])
    return client


def _fill(account: dict[str, Any], total: int, big: int, big_mb: int) -> int:
    """Append `total` messages with MULTIAPPEND; `big` of them, spread out, carry a large attachment."""
    client = _client(account)
    big_at = {int((i + 0.5) * total / big) for i in range(big)} if big else set()
    batch: list[bytes] = []
    appended = 0
    for i, raw in enumerate(_messages(total, big_at, big_mb)):
        batch.append(raw)
        if len(batch) >= BATCH or i in big_at:  # a large message goes out at once: the parent keeps little
            client.multiappend("INBOX", batch)
            appended, batch = appended + len(batch), []
    if batch:
        client.multiappend("INBOX", batch)
        appended += len(batch)
    client.logout()
    return appended


def _messages(total: int, big_at: set[int], big_mb: int) -> Iterator[bytes]:
    corpus = [path.read_bytes() for path in sorted(DEV.glob("*.eml"))]
    offers = [raw for raw in corpus if b"offer" in raw.lower()] or corpus
    for i in range(total):
        raw = _with_attachment(offers[i % len(offers)], big_mb) if i in big_at else corpus[i % len(corpus)]
        yield _unique(raw, i)


def _unique(raw: bytes, i: int) -> bytes:
    """Give a copy its own Message-ID, so that every message is decided (the state dedups by Message-ID)."""
    header = f"Message-ID: <bench-{i}@mailtool.invalid>\r\n".encode()
    return header + _MESSAGE_ID.sub(b"", raw, count=1)


def _with_attachment(raw: bytes, megabytes: int) -> bytes:
    """Wrap a message's body with a PDF of about `megabytes` MB (base64 on the wire)."""
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    pdf = EmailMessage()
    blob = b"%PDF-1.7\n" + random.Random(megabytes).randbytes(megabytes * 1024 * 1024 * 3 // 4)
    pdf.set_content(blob, maintype="application", subtype="pdf", filename="Offer letter.pdf")
    if msg.is_multipart():
        msg.attach(pdf)
        return msg.as_bytes()
    body = email.message.Message()
    for name in ("Content-Type", "Content-Transfer-Encoding"):
        if msg[name] is not None:
            body[name] = msg[name]
            del msg[name]
    body.set_payload(msg.get_payload())
    msg.set_type("multipart/mixed")
    msg.set_payload([body, pdf])
    return msg.as_bytes()


# One scan, in its own process


def _run_worker(kind: str, stage: str, account: dict[str, Any]) -> dict[str, Any]:
    command = [sys.executable, __file__, "--worker", kind, "--stage", stage, "--account", json.dumps(account)]
    print(f"scanning with {kind} ...", flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"the {kind} worker failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _work(kind: str, stage: str, account: dict[str, Any]) -> dict[str, Any]:
    """Scan INBOX with the chosen store (read stage or the full dry-run scan); return what was measured."""
    import logging

    from mailtool.stores.base import Account

    logging.disable(logging.CRITICAL)  # one log line per decision would time the terminal, not the scan
    acct = Account(name="bench", host=account["host"], port=account["port"], username=account["user"],
                   password=account["password"], ca_file=Path(account["ca_file"]))  # fmt: skip
    meter = _Meter(kind)
    started = time.perf_counter()
    figures = _full_scan(acct, meter) if stage == "full" else _read_stage(acct, meter)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return figures | {"wall": wall, "fetch": meter.fetch_seconds, "bytes": meter.bytes(),
                      "rss_mb": _peak_rss_mb(usage), "cpu": usage.ru_utime + usage.ru_stime}  # fmt: skip


def _peak_rss_mb(usage: resource.struct_rusage) -> float:
    """This program's peak RSS: VmHWM, since Linux carries ru_maxrss over fork and exec from the parent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return usage.ru_maxrss / 1024


def _read_stage(account: Any, meter: _Meter) -> dict[str, Any]:
    """Fetch every message the scan would look at and parse it, as the scan does before it decides."""
    from mailtool.errors import MailParseError
    from mailtool.parse import parse

    store = meter.open(account)
    seen = failed = named = 0
    try:
        for stored in store.fetch("INBOX", store.uids_since("INBOX", SINCE)):
            seen += 1
            try:
                named += "Offer letter.pdf" in parse(stored.raw).attachments
            except MailParseError:
                failed += 1
    finally:
        store.close()
    return {"seen": seen, "failed": failed, "found": named}


def _full_scan(account: Any, meter: _Meter) -> dict[str, Any]:
    """Run `mailtool scan --dry-run` (parse, decide, compose) with the meter's store."""
    from mailtool import scan
    from mailtool.config import Config, Watch

    setattr(scan, "open_store", meter.open)  # noqa: B010  the scan opens its store itself: count what it reads
    with tempfile.TemporaryDirectory() as tmp:
        conf = Config(accounts=(account,), watch=Watch(state_file=Path(tmp) / "state.sqlite3"))
        out = io.StringIO()
        tally = scan.scan(conf, [account], SINCE, dry_run=True, out=out)
    return {"seen": tally.seen, "failed": tally.failed, "found": out.getvalue().count(" would draft ")}


class _Meter:
    """Open the store the scan uses, counting the bytes it reads and the time spent in fetch()."""

    def __init__(self, kind: str) -> None:
        self.kind, self.fetch_seconds = kind, 0.0
        self.files: list[CountingFile] = []

    def open(self, account: Any) -> Any:
        from mailtool.stores.imap import ImapStore

        store = ImapStore(account)
        self.files.append(count_reads(store))
        inner = _naive_fetch(store) if self.kind == "naive" else store.fetch
        store.fetch = self._timed(inner)  # type: ignore[method-assign]
        return store

    def _timed(self, fetch: Any) -> Any:
        def timed(folder: str, uids: list[int]) -> Iterator[Any]:
            messages = fetch(folder, uids)
            while True:
                started = time.perf_counter()
                stored = next(messages, None)
                self.fetch_seconds += time.perf_counter() - started
                if stored is None:
                    return
                yield stored

        return timed

    def bytes(self) -> int:
        return sum(counter.count for counter in self.files)


def _naive_fetch(store: Any) -> Any:
    """The baseline: every message whole with BODY.PEEK[], NAIVE_BATCH per FETCH, in UID order."""
    from mailtool.stores.base import Stored

    def fetch(folder: str, uids: list[int]) -> Iterator[Stored]:
        store._examine(folder)
        for start in range(0, len(uids), NAIVE_BATCH):
            batch = uids[start : start + NAIVE_BATCH]
            data = store.client.fetch(batch, ["BODY.PEEK[]"])
            for uid in batch:
                if uid in data:
                    yield Stored(folder, str(uid), data[uid][b"BODY[]"])

    return fetch


# The report


def _report(results: dict[str, dict[str, Any]], stage: str) -> int:
    a, b = results["mailtool"], results["naive"]
    rows = [
        ("messages scanned", "{:.0f}", "seen"),
        ("job mails found" if stage == "full" else "offer PDFs named", "{:.0f}", "found"),
        ("wall time (s)", "{:.1f}", "wall"),
        ("  of which fetch (s)", "{:.1f}", "fetch"),
        ("CPU time (s)", "{:.1f}", "cpu"),
        ("bytes moved (MB)", "{:.1f}", "mb"),
        ("messages/s", "{:.0f}", "rate"),
        ("peak RSS (MB)", "{:.0f}", "rss_mb"),
    ]
    for r in (a, b):
        r["mb"], r["rate"] = r["bytes"] / 1e6, r["seen"] / r["wall"]
    print(f"\n{'':22}{'mailtool':>12}{'naive':>12}")
    for label, fmt, key in rows:
        print(f"{label:22}{fmt.format(a[key]):>12}{fmt.format(b[key]):>12}")
    ratio, speed = b["bytes"] / max(1, a["bytes"]), b["wall"] / a["wall"]
    ok = ratio >= TARGET_RATIO and speed > 1 and a["rss_mb"] <= TARGET_RSS_MB and a["found"] == b["found"]
    print(f"\n{ratio:.1f}x less data (target >= {TARGET_RATIO:.0f}x), {speed:.2f}x the speed "
          f"(fetch alone {b['fetch'] / max(a['fetch'], 1e-9):.1f}x), peak RSS {a['rss_mb']:.0f} MB "
          f"(target <= {TARGET_RSS_MB:.0f}), same findings: {a['found'] == b['found']}: "
          f"{'targets met' if ok else 'TARGETS MISSED'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
