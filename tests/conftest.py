"""Shared fixtures: a private Dovecot for the whole session, and a fresh mailbox per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import imapclient
import pytest

from mailtool.stores.base import Account
from tests import dovecot

DATA = Path(__file__).parent / "data"
PASSWORD_ENV = "MAILTOOL_TEST_PASSWORD"
_USERS = itertools.count(1)


@pytest.fixture(scope="session")
def imap_server() -> Iterator[dovecot.Dovecot]:
    """Start Dovecot once per session; without it, skip locally but fail in CI."""
    if not dovecot.available():
        if dovecot.in_ci():
            pytest.fail("dovecot is not installed, and CI must run the IMAP tests (see .ci/run)")
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd)")
    server = dovecot.start()
    yield server
    dovecot.cleanup(server)


@pytest.fixture
def imap_account(imap_server: dovecot.Dovecot) -> Account:
    """A fresh, empty mailbox on the test server, reached over TLS with the server's own CA file."""
    user = f"user{next(_USERS)}"
    return Account(name=user, host=imap_server.host, port=imap_server.tls_port, security="tls", username=user,
                   password=imap_server.password, ca_file=imap_server.ca_file)  # fmt: skip


def admin_client(account: Account) -> imapclient.IMAPClient:
    """Log in as the test mailbox's owner, outside mailtool, to load and inspect mail."""
    import ssl

    context = ssl.create_default_context(cafile=str(account.ca_file))
    client = imapclient.IMAPClient(account.host, port=account.port, ssl=True, ssl_context=context)
    client.login(account.username, account.password)
    return client


def write_config(tmp_path: Path, account: Account, tail: str = "") -> Path:
    """Write a configuration for the test mailbox (password from PASSWORD_ENV); `tail` adds keys or tables."""
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[identity]
name = "Alex Moreau"
email = "alex.moreau@example.org"

[[accounts]]
name = "test"
host = "{account.host}"
port = {account.port}
username = "{account.username}"
password_env = "{PASSWORD_ENV}"
ca_file = "{account.ca_file}"
{tail}
""",
        encoding="utf-8",
    )
    return path


def message_id(path: Path) -> str:
    """Return the Message-ID header of a message file."""
    import email

    return str(email.message_from_bytes(path.read_bytes())["Message-ID"]).strip()
