"""`mailtool watch` on a real Dovecot, run as the user runs it: a subprocess with a config file.

Every job mail gets exactly one threaded draft, whatever happens to the daemon or the server (restarts, kill -9,
a server restart); nothing else gets one; INBOX keeps its bytes and flags; SIGTERM stops it at once.
"""

from __future__ import annotations

import base64
import collections
import email
import email.policy
import json
import logging
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import imapclient
import pytest

from mailtool.config import Config
from mailtool.parse import parse
from mailtool.pipeline import analyse_mail
from mailtool.state import State
from mailtool.stores.base import Account
from mailtool.stores.imap import ImapStore
from mailtool.watch import Watcher
from tests import dovecot
from tests.conftest import DATA, PASSWORD_ENV, admin_client, message_id, write_config

DEV = DATA / "dev"
LABELS = [json.loads(line) for path in sorted(DEV.glob("labels-*.jsonl")) for line in path.read_text().splitlines()]
JOB = [row["file"] for row in LABELS if row["kind"] in ("invitation", "offer")]
NOT_JOB = [row["file"] for row in LABELS if row["kind"] not in ("invitation", "offer")]
WAIT = 30.0  # generous: a loaded 2-core machine; a passing run takes a fraction of it
Snapshot = dict[int, tuple[bytes, frozenset[bytes]]]


def _message_id(name: str) -> str:
    return message_id(DEV / name)


def _config(tmp_path: Path, account: Account, watch: str = "") -> Path:
    state = tmp_path / "state.sqlite3"
    return write_config(tmp_path, account, f'[watch]\nstate_file = "{state}"\npoll_seconds = 2\n{watch}')


class Daemon:
    """`python -m mailtool watch` in a subprocess, its output (stdout and stderr) in a file."""

    _count = 0

    def __init__(self, config: Path, password: str, *options: str) -> None:
        Daemon._count += 1
        self.log = config.parent / f"daemon-{Daemon._count}.log"
        env = dict(os.environ, **{PASSWORD_ENV: password})
        command = [sys.executable, "-m", "mailtool", "-v", *options, "watch", "--config", str(config)]
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)

    def output(self) -> str:
        """Everything the daemon printed so far."""
        return self.log.read_text(errors="replace")

    def wait_for(self, text: str, count: int = 1) -> None:
        """Wait until the output holds `text` (count times); fail at once if the daemon died."""
        _until(lambda: self.output().count(text) >= count or self.process.poll() is not None, f"'{text}'")
        assert self.output().count(text) >= count, f"the daemon exited ({self.process.poll()}):\n{self.output()}"

    def terminate(self, within: float = WAIT) -> tuple[int, float]:
        """SIGTERM; return the exit code and how long the daemon took to exit."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise AssertionError(f"no exit {within:.0f} s after SIGTERM:\n{self.output()}") from None
        return code, time.monotonic() - started

    def kill(self) -> None:
        """SIGKILL, as the OOM killer or a power cut would."""
        self.process.kill()
        self.process.wait()


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    """The daemons a test starts; any still running at the end are killed."""
    started: list[Daemon] = []
    yield started
    for daemon in started:
        if daemon.process.poll() is None:
            daemon.kill()


@pytest.fixture
def account(imap_account: Account, monkeypatch: pytest.MonkeyPatch) -> Account:
    """A fresh mailbox whose password the test's config reads from the environment."""
    monkeypatch.setenv(PASSWORD_ENV, imap_account.password or "")
    return imap_account


def _start(daemons: list[Daemon], config: Path, account: Account, *options: str) -> Daemon:
    daemon = Daemon(config, account.password or "", *options)
    daemons.append(daemon)
    daemon.wait_for("connected to")
    return daemon


def _until(condition: Callable[[], object], what: str, timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def _snapshot(client: imapclient.IMAPClient, folder: str) -> Snapshot:
    client.select_folder(folder, readonly=True)
    data = client.fetch(client.search(), ["BODY.PEEK[]", "FLAGS"])
    return {uid: (d[b"BODY[]"], frozenset(d[b"FLAGS"]) - {b"\\Recent"}) for uid, d in data.items()}


def _drafts(client: imapclient.IMAPClient) -> list[email.message.EmailMessage]:
    return [
        email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[misc]
        for raw, _flags in _snapshot(client, "Drafts").values()
    ]


def _answered(client: imapclient.IMAPClient) -> list[str]:
    """The Message-ID each draft answers, one entry per draft (so duplicates show)."""
    return [str(draft["X-Mailtool-In-Reply-To"]) for draft in _drafts(client)]


def _wait_drafts(client: imapclient.IMAPClient, count: int, timeout: float = WAIT) -> None:
    _until(lambda: len(_answered(client)) >= count, f"{count} drafts", timeout)


def _append(client: imapclient.IMAPClient, name: str, when: datetime | None = None) -> None:
    client.append("INBOX", (DEV / name).read_bytes(), msg_time=when)


def test_a_job_mail_gets_a_threaded_draft_within_seconds_and_other_mail_none(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    daemon = _start(daemons, _config(tmp_path, account), account)
    client = admin_client(account)
    started = time.monotonic()
    _append(client, JOB[0])
    _wait_drafts(client, 1)
    latency = time.monotonic() - started
    _append(client, NOT_JOB[0])
    daemon.wait_for(f"UID 2 {_message_id(NOT_JOB[0])}")
    (draft,) = _drafts(client)
    assert latency < 10, f"the draft took {latency:.1f} s"
    assert draft["In-Reply-To"] == draft["X-Mailtool-In-Reply-To"] == _message_id(JOB[0])
    assert str(draft["References"]).split()[-1] == _message_id(JOB[0])
    assert {b"\\Draft", b"\\Seen"} <= _snapshot(client, "Drafts")[1][1]
    assert _inbox_untouched(client, [JOB[0], NOT_JOB[0]])
    assert daemon.terminate()[0] == 0
    client.logout()


def _lines(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n")  # Dovecot stores a bare LF as CRLF


def _inbox_untouched(client: imapclient.IMAPClient, names: list[str]) -> bool:
    """INBOX holds exactly the mail appended, byte for byte, with no flag set (no \\Seen, no keyword)."""
    inbox = _snapshot(client, "INBOX")
    appended = collections.Counter(_lines((DEV / name).read_bytes()) for name in names)
    flags = {flag for _, flagged in inbox.values() for flag in flagged}
    assert collections.Counter(_lines(raw) for raw, _ in inbox.values()) == appended, "INBOX's messages changed"
    assert not flags, f"flags were set in INBOX: {flags}"
    return True


def test_the_first_start_catches_up_on_recent_mail_but_not_on_mail_older_than_since_days(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    client = admin_client(account)
    now = datetime.now().astimezone()
    _append(client, JOB[1], now - timedelta(days=40))  # UID 1: before since_days
    _append(client, JOB[2], now - timedelta(days=3))  # UID 2: recent, handled after UID 1 would have been
    _append(client, NOT_JOB[1], now - timedelta(days=1))
    daemon = _start(daemons, _config(tmp_path, account, "since_days = 14"), account)
    daemon.wait_for(f"UID 3 {_message_id(NOT_JOB[1])}")
    assert _answered(client) == [_message_id(JOB[2])]
    assert daemon.terminate()[0] == 0
    daemon = _start(daemons, _config(tmp_path, account, "since_days = 14"), account)
    _append(client, JOB[3])
    _wait_drafts(client, 2)  # the second start reads on from the last UID: the old mail stays undrafted
    assert sorted(_answered(client)) == sorted([_message_id(JOB[2]), _message_id(JOB[3])])
    assert daemon.terminate()[0] == 0
    assert _inbox_untouched(client, [JOB[1], JOB[2], NOT_JOB[1], JOB[3]])
    client.logout()


class Feeder(threading.Thread):
    """Append mail to INBOX from a connection of its own, one message every `every` seconds."""

    def __init__(self, account: Account, names: list[str], every: float) -> None:
        super().__init__(daemon=True)
        self.account, self.names, self.every = account, names, every
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            client = admin_client(self.account)
            for name in self.names:
                _append(client, name)
                time.sleep(self.every)
            client.logout()
        except BaseException as err:  # reported by the test, which joins the thread
            self.error = err


def test_a_daemon_restarted_while_mail_arrives_drafts_each_job_mail_once(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    config = _config(tmp_path, account)
    names = [*JOB[4:16], *NOT_JOB[2:6]]
    random.Random(5).shuffle(names)
    feeder = Feeder(account, names, every=0.25)
    feeder.start()
    for _restart in range(4):
        daemon = _start(daemons, config, account)
        time.sleep(0.5)
        assert daemon.terminate()[0] == 0
    feeder.join()
    assert feeder.error is None
    client = admin_client(account)
    daemon = _start(daemons, config, account)
    _wait_drafts(client, 12)
    assert daemon.terminate()[0] == 0
    assert sorted(_answered(client)) == sorted(_message_id(n) for n in JOB[4:16])
    assert _inbox_untouched(client, names)
    client.logout()


@pytest.fixture
def own_server() -> Iterator[list[dovecot.Dovecot]]:
    """A Dovecot of the test's own, which it may stop and restart; the last one started is cleaned up."""
    if not dovecot.available():
        pytest.skip("dovecot is not installed")  # the session fixture fails in CI before this is reached
    servers = [dovecot.start()]
    yield servers
    dovecot.cleanup(servers[-1])


def test_dovecot_restarted_while_the_daemon_idles_it_reconnects_and_drafts_what_arrives_after(
    imap_server: dovecot.Dovecot, own_server: list[dovecot.Dovecot], tmp_path: Path, daemons: list[Daemon]
) -> None:
    server = own_server[0]
    account = Account(name="restart", host=server.host, port=server.tls_port, username="restart",
                      password=server.password, ca_file=server.ca_file)  # fmt: skip
    daemon = _start(daemons, _config(tmp_path, account), account)
    client = admin_client(account)
    _append(client, JOB[16])
    _wait_drafts(client, 1)
    time.sleep(1.5)  # well into IDLE
    own_server.append(dovecot.restart(server))
    daemon.wait_for("reconnecting in")
    client = admin_client(account)
    _append(client, JOB[17])
    _wait_drafts(client, 2, timeout=60)  # a first reconnect may fail while Dovecot starts: backoff 1-3 s, then 2-6
    assert sorted(_answered(client)) == sorted([_message_id(JOB[16]), _message_id(JOB[17])])
    assert daemon.terminate()[0] == 0
    assert _inbox_untouched(client, [JOB[16], JOB[17]])
    client.logout()


def test_kill_9_at_random_moments_never_loses_or_doubles_a_draft(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    seed = int(os.environ.get("MAILTOOL_KILL_SEED", time.time()))
    rng = random.Random(seed)
    config = _config(tmp_path, account)
    names, batches = [*JOB[18:48], *NOT_JOB[6:16]], []
    rng.shuffle(names)
    client = admin_client(account)
    for trial in range(20):
        batch = names[trial * 2 : trial * 2 + 2]
        before, during = (batch, []) if trial % 2 else ([], batch)
        for name in before:  # caught up at start
            _append(client, name)
        daemon = _start(daemons, config, account)
        for name in during:  # arrives while the daemon works or idles
            _append(client, name)
        time.sleep(rng.uniform(0.0, 1.2))
        daemon.kill()
        batches.append(batch)
    daemon = _start(daemons, config, account)
    expected = sorted(_message_id(n) for n in names if n in JOB)
    _wait_drafts(client, len(expected))
    assert daemon.terminate()[0] == 0
    answered = _answered(client)
    duplicates = [mid for mid, n in collections.Counter(answered).items() if n > 1]
    assert not duplicates, f"seed {seed}: duplicate drafts for {duplicates}"
    assert sorted(answered) == expected, f"seed {seed}: missing {set(expected) - set(answered)}"
    assert _inbox_untouched(client, names)
    client.logout()


def test_sigterm_stops_the_idling_daemon_promptly_with_exit_0_and_a_logout(
    imap_server: dovecot.Dovecot, account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    daemon = _start(daemons, _config(tmp_path, account), account)
    server_log = imap_server.directory / "dovecot.log"
    logins = f"Login: user=<{account.username}>"
    _until(lambda: server_log.read_text(errors="replace").count(logins) >= 2, "two logins")
    time.sleep(1.0)  # in IDLE by now
    code, took = daemon.terminate()
    assert code == 0
    assert took < 5, f"the daemon took {took:.1f} s to exit"
    assert "SIGTERM received" in daemon.output() and "stopped" in daemon.output()
    logged_out = f"imap({account.username})"
    _until(
        lambda: sum("Logged out" in line for line in server_log.read_text().splitlines() if logged_out in line) >= 2,
        "both connections to log out (not drop)",
    )


def test_a_message_that_breaks_parsing_is_logged_with_uid_and_message_id_and_skipped(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    daemon = _start(daemons, _config(tmp_path, account), account)
    client = admin_client(account)
    client.append("INBOX", b"{{{ not a header line\r\nMessage-ID: <broken-1@example.org>\r\n\r\n\x00\x01\xff\r\n")
    daemon.wait_for("UID 1 <broken-1@example.org>: not readable as mail")
    _append(client, JOB[48])
    _wait_drafts(client, 1)
    assert _answered(client) == [_message_id(JOB[48])]
    assert daemon.terminate()[0] == 0
    client.logout()


def test_a_failure_while_deciding_is_logged_and_the_next_message_still_drafted(
    account: Account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import mailtool.watch

    real = mailtool.watch.answer
    broken = _message_id(JOB[49])

    def answer(mail, *args, **kwargs):  # type: ignore[no-untyped-def]
        if mail.message_id == broken:
            raise RuntimeError("boom")
        return real(mail, *args, **kwargs)

    monkeypatch.setattr(mailtool.watch, "answer", answer)
    client = admin_client(account)
    _append(client, JOB[49])
    _append(client, JOB[50])
    store, state = ImapStore(account), State(tmp_path / "state.sqlite3")
    watcher = Watcher(account, Config(), state, threading.Event())
    caplog.set_level(logging.ERROR, "mailtool.watch")
    tally = watcher.catch_up(store)
    store.close()
    state.close()
    assert (tally.seen, tally.drafted, tally.failed) == (2, 1, 1)
    assert f"UID 1 {broken}: failed; skipped" in caplog.text and "RuntimeError: boom" in caplog.text
    assert _answered(client) == [_message_id(JOB[50])]
    client.logout()


def test_notify_command_runs_after_each_draft_with_subject_and_company(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    notified = tmp_path / "notified.txt"
    command = f'printf \'%s|%s\\n\' "$MAILTOOL_SUBJECT" "$MAILTOOL_COMPANY" >> {notified}'
    config = _config(tmp_path, account, f"notify_command = '''{command}'''")
    daemon = _start(daemons, config, account)
    client = admin_client(account)
    chosen = [JOB[51], NOT_JOB[16], JOB[52]]
    for name in chosen:
        _append(client, name)
    _wait_drafts(client, 2)
    _until(lambda: notified.exists() and len(notified.read_text().splitlines()) >= 2, "two notifications")
    assert daemon.terminate()[0] == 0
    expected = []
    for name in (JOB[51], JOB[52]):
        mail = parse((DEV / name).read_bytes())
        expected.append(f"{mail.subject}|{analyse_mail(mail).company or ''}")
    assert notified.read_text(encoding="utf-8").splitlines() == expected
    client.logout()


def test_the_password_never_appears_in_the_output_even_with_debug(
    account: Account, tmp_path: Path, daemons: list[Daemon]
) -> None:
    daemon = _start(daemons, _config(tmp_path, account), account, "--debug")
    client = admin_client(account)
    _append(client, JOB[53])
    _wait_drafts(client, 1)
    assert daemon.terminate()[0] == 0
    out = daemon.output()
    assert "DEBUG imapclient" in out and "LOGIN" in out  # the protocol log was really on
    password = account.password or ""
    plain = base64.b64encode(f"\0{account.username}\0{password}".encode()).decode()
    assert password not in out and plain not in out
    client.logout()
