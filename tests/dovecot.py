"""A private Dovecot IMAP server for the integration tests (facts in ../shared/docs/imap-testing.md)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USER = "alice"
PASSWORD = "s3cret-Pa55"
_PORT_TAKEN = 89  # dovecot's exit code when a listener's port is in use


@dataclass(frozen=True)
class Dovecot:
    """A running server: where it listens and how to log in."""

    host: str
    port: int
    tls_port: int
    user: str
    password: str
    ca_file: Path
    directory: Path
    process: subprocess.Popen[bytes]

    def maildir(self, user: str = USER) -> Path:
        """Return the Maildir root of a user."""
        return self.directory / "mail" / user / "Maildir"

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def available() -> bool:
    """Whether Debian's dovecot binary is installed."""
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


def _binary() -> str:
    return shutil.which("dovecot") or "/usr/sbin/dovecot"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _make_cert(directory: Path) -> None:
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(directory / "key.pem"), "-out", str(directory / "cert.pem"), "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip


def _config(directory: Path, port: int, tls_port: int) -> str:
    d = directory
    return f"""
instance_name = mailtool-test-{port}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{d}/cert.pem
ssl_key = <{d}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 0
mail_location = maildir:~/Maildir
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={d}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
}}
"""


def _wait_for_greeting(port: int, process: subprocess.Popen[bytes], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(64).startswith(b"* OK"):
                    return True
        except OSError:
            time.sleep(0.03)
    return False


def start() -> Dovecot:
    """Start a private Dovecot in a fresh temporary directory on free ports; every user name has PASSWORD."""
    directory = Path(tempfile.mkdtemp(prefix="mailtool-dovecot-"))
    directory.chmod(0o755)  # the mail processes run as nobody and must traverse it
    _make_cert(directory)
    mail = directory / "mail"
    mail.mkdir()
    shutil.chown(mail, "nobody", "nogroup")
    for _attempt in range(5):
        port, tls_port = _free_port(), _free_port()
        conf = directory / "dovecot.conf"
        conf.write_text(_config(directory, port, tls_port))
        process = subprocess.Popen([_binary(), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE)  # fmt: skip
        if _wait_for_greeting(port, process):
            return Dovecot("127.0.0.1", port, tls_port, USER, PASSWORD, directory / "cert.pem", directory, process)
        if process.poll() is None:
            process.kill()
        if process.wait() != _PORT_TAKEN:
            log = (
                (directory / "dovecot.log").read_text(errors="replace") if (directory / "dovecot.log").exists() else ""
            )
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"dovecot did not start: {err}{log}")
    raise RuntimeError("dovecot: no free port after 5 attempts")


def restart(server: Dovecot) -> Dovecot:
    """Stop the server (SIGTERM) and start it again on the same directory and ports, as an upgrade would."""
    server.stop()
    conf = server.directory / "dovecot.conf"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # the old listeners may take a moment to free their ports
        process = subprocess.Popen([_binary(), "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        if _wait_for_greeting(server.port, process):
            return dataclasses.replace(server, process=process)
        if process.poll() is None:
            process.kill()
        process.wait()
        time.sleep(0.2)
    raise RuntimeError(f"dovecot did not restart in {server.directory}")


def cleanup(server: Dovecot) -> None:
    """Stop the server and remove its directory."""
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)


def in_ci() -> bool:
    """Whether we run in CI, where a missing server is a failure, never a skip."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


class CountingFile:
    """Count the bytes imaplib reads from the server (what a fetch moved over the wire, after TLS)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.count = inner, 0

    def read(self, size: int = -1) -> bytes:
        data: bytes = self.inner.read(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data: bytes = self.inner.readline(size)
        self.count += len(data)
        return data

    def close(self) -> None:
        self.inner.close()


def count_reads(store: Any) -> CountingFile:
    """Put a byte counter between an ImapStore's connection and imaplib; return the counter."""
    imap = store.client._imap
    counter = CountingFile(imap.file)
    imap.file = counter
    return counter
