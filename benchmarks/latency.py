"""Measure arrival-to-draft latency of `mailtool watch` on a private Dovecot.

python benchmarks/latency.py [--count 100] [--gap 0.3]

Starts a private Dovecot (tests/dovecot.py) and the daemon as a subprocess, then APPENDs job mails to INBOX one by
one (each after the previous draft appeared, plus a short gap) and times, for each:
  - latency: APPEND completed -> the draft is in Drafts (STATUS Drafts polled every 10 ms from another connection);
  - push: APPEND completed -> Dovecot's IDLE push reaching a listener of our own (Dovecot waits ~500 ms itself);
  - mailtool: push -> draft in Drafts, the part the daemon adds (wake-up, fetch, decision, Drafts look-up, APPEND);
  - handling: per message, from the daemon's log line ("... (N ms)"): parse, decide, look up Drafts, write.

Target: p50 latency <= 650 ms, i.e. mailtool adds at most ~150 ms to Dovecot's own delay.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import imapclient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import dovecot  # noqa: E402  (the repository's own test server)

DEV = ROOT / "tests" / "data" / "dev"
TARGET_P50_MS = 650.0
USER = "bench"
_HANDLED = re.compile(r"UID \d+ (<bench-\d+\.[^>]*>): .* \((\d+) ms\)$")


def job_mails() -> list[bytes]:
    """The dev corpus's invitations and offers."""
    rows = [json.loads(line) for path in sorted(DEV.glob("labels-*.jsonl")) for line in path.read_text().splitlines()]
    return [(DEV / row["file"]).read_bytes() for row in rows if row["kind"] in ("invitation", "offer")]


def unique(raw: bytes, i: int) -> tuple[bytes, str]:
    """Give a mail a Message-ID of its own, so that each copy gets its own draft; return it with the ID."""
    message_id = f"<bench-{i}.{time.time_ns()}@latency.example>"
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    lines = [line for line in head.splitlines() if not line.lower().startswith(b"message-id:")]
    new_head = b"\r\n".join([f"Message-ID: {message_id}".encode(), *lines])
    return new_head + sep + body, message_id


def client_for(server: dovecot.Dovecot) -> imapclient.IMAPClient:
    """A connection of the benchmark's own."""
    context = ssl.create_default_context(cafile=str(server.ca_file))
    client = imapclient.IMAPClient(server.host, port=server.tls_port, ssl=True, ssl_context=context)
    client.login(USER, server.password)
    return client


@dataclass
class Pushes:
    """When Dovecot's IDLE push for each INBOX message count reached a listener of our own."""

    at: dict[int, float] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)

    def listen(self, client: imapclient.IMAPClient) -> None:
        """IDLE on INBOX until stopped, stamping every EXISTS."""
        client.select_folder("INBOX", readonly=True)
        while not self.stop.is_set():
            client.noop()
            client.idle()
            until = time.monotonic() + 60
            while time.monotonic() < until and not self.stop.is_set():
                for response in client.idle_check(timeout=0.2):
                    if len(response) > 1 and response[1] == b"EXISTS":
                        self.at.setdefault(int(response[0]), time.monotonic())
            client.idle_done()


class Daemon:
    """The daemon under test, its log lines stamped as they arrive."""

    def __init__(self, config: Path) -> None:
        env = dict(os.environ, MAILTOOL_BENCH_PASSWORD=dovecot.PASSWORD)
        command = [sys.executable, "-m", "mailtool", "-v", "watch", "--config", str(config)]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, env=env, text=True)
        self.lines: list[str] = []
        self.handled_ms: dict[str, float] = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line.rstrip("\n"))
            found = _HANDLED.search(line.rstrip("\n"))
            if found:
                self.handled_ms[found.group(1)] = float(found.group(2))

    def wait_for(self, text: str, timeout: float = 30) -> None:
        """Wait until a log line holds text."""
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.lines):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise SystemExit("the daemon did not start:\n" + "\n".join(self.lines))
            time.sleep(0.02)

    def stop(self) -> int:
        """SIGTERM and wait."""
        self.process.terminate()
        return self.process.wait(timeout=30)


def write_config(directory: Path, server: dovecot.Dovecot) -> Path:
    """A config for the daemon: the private server over TLS, state in the temporary directory."""
    path = directory / "config.toml"
    path.write_text(
        f"""
[identity]
name = "Alex Moreau"
email = "alex.moreau@example.org"

[[accounts]]
name = "bench"
host = "{server.host}"
port = {server.tls_port}
username = "{USER}"
password_env = "MAILTOOL_BENCH_PASSWORD"
ca_file = "{server.ca_file}"

[watch]
state_file = "{directory / "state.sqlite3"}"
"""
    )
    return path


def drafts(client: imapclient.IMAPClient) -> int:
    """How many messages Drafts holds (STATUS: no selection needed, cheap)."""
    return int(client.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"])


def wait_draft(client: imapclient.IMAPClient, count: int, timeout: float = 10.0) -> float | None:
    """Poll Drafts every 10 ms until it holds `count` messages; return when, None on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if drafts(client) >= count:
            return time.monotonic()
        time.sleep(0.01)
    return None


@dataclass
class Sample:
    """One message's timings, in ms (None where it was not seen)."""

    message_id: str
    latency: float | None
    push: float | None
    handled: float | None = None


def run(server: dovecot.Dovecot, daemon: Daemon, count: int, gap: float) -> list[Sample]:
    """Append `count` job mails one by one and time each until its draft shows."""
    mails, pushes = job_mails(), Pushes()
    appender, watcher = client_for(server), client_for(server)
    threading.Thread(target=pushes.listen, args=(client_for(server),), daemon=True).start()
    samples = []
    for i in range(count + 1):  # the first one warms up the daemon (language profiles) and is not counted
        raw, message_id = unique(mails[i % len(mails)], i)
        appender.append("INBOX", raw)
        arrived = time.monotonic()
        seen = wait_draft(watcher, i + 1)
        pushed = pushes.at.get(i + 1)
        if i:
            samples.append(Sample(message_id, _ms(arrived, seen), _ms(arrived, pushed)))
        if seen is None:
            print(f"message {i}: no draft within 10 s", file=sys.stderr)
        time.sleep(gap)
    pushes.stop.set()
    for sample in samples:
        sample.handled = daemon.handled_ms.get(sample.message_id)
    return samples


def _ms(start: float, end: float | None) -> float | None:
    return None if end is None else (end - start) * 1000


def _quantiles(values: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), cuts[94], max(values)


def report(samples: list[Sample]) -> bool:
    """Print p50/p95/max of each measure; return whether the target was met."""
    rows = {
        "arrival -> draft": [s.latency for s in samples],
        "arrival -> IDLE push": [s.push for s in samples],
        "push -> draft (mailtool)": [s.latency - s.push for s in samples if s.latency is not None and s.push],
        "handling (daemon log)": [s.handled for s in samples],
    }
    print(f"{len(samples)} messages; times in ms")
    print(f"{'':26} {'p50':>7} {'p95':>7} {'max':>7}")
    for name, raw in rows.items():
        values = [v for v in raw if v is not None]
        if values:
            p50, p95, top = _quantiles(values)
            print(f"{name:26} {p50:7.0f} {p95:7.0f} {top:7.0f}")
    latencies = [s.latency for s in samples if s.latency is not None]
    missing = len(samples) - len(latencies)
    p50 = statistics.median(latencies) if latencies else float("inf")
    ok = p50 <= TARGET_P50_MS and not missing
    print(f"target p50 <= {TARGET_P50_MS:.0f} ms: {'met' if ok else 'NOT met'} (p50 {p50:.0f} ms, {missing} missing)")
    return ok


def main() -> int:
    """Run the benchmark; exit 0 when the target was met."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100, help="messages to time (default 100)")
    parser.add_argument("--gap", type=float, default=0.3, help="seconds between a draft and the next APPEND")
    args = parser.parse_args()
    server = dovecot.start()
    try:
        with tempfile.TemporaryDirectory(prefix="mailtool-latency-") as tmp:
            daemon = Daemon(write_config(Path(tmp), server))
            try:
                daemon.wait_for("connected to")
                ok = report(run(server, daemon, args.count, args.gap))
            finally:
                daemon.stop()
    finally:
        dovecot.cleanup(server)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
