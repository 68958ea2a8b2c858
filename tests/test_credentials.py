"""Secrets: commands, environment, keyring; never echoed, never logged; OAuth2 tokens fetched at every login."""

from __future__ import annotations

import logging
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest
from imapclient.exceptions import LoginError

from mailtool import config
from mailtool.credentials import REDACTOR, password_from_keyring, remember_secret, run_secret_command
from mailtool.errors import ConfigError, StoreError
from mailtool.stores import imap
from mailtool.stores.base import Account


def test_a_secret_command_gives_its_first_line() -> None:
    assert run_secret_command("printf 'tok-123\\nrefresh-456\\n'", "oauth2_token_command") == "tok-123"


def test_a_failing_or_silent_command_is_named_without_its_output() -> None:
    with pytest.raises(StoreError, match="password_command failed with exit code 2") as caught:
        run_secret_command("echo hunter2; exit 2", "password_command")
    assert "hunter2" not in str(caught.value)
    with pytest.raises(StoreError, match="printed nothing"):
        run_secret_command("true", "password_command")


def test_a_remembered_secret_is_redacted_in_any_log_record(caplog: pytest.LogCaptureFixture) -> None:
    remember_secret("Sup3r-Secret-Token")
    logger = logging.getLogger("imapclient.imaplib")
    caplog.handler.addFilter(REDACTOR)
    with caplog.at_level(logging.DEBUG):
        logger.debug("> b'AUTHENTICATE XOAUTH2 %s'", "Sup3r-Secret-Token")
    assert "Sup3r-Secret-Token" not in caplog.text and "REDACTED" in caplog.text


def test_keyring_is_asked_for_the_service_and_user(monkeypatch: pytest.MonkeyPatch) -> None:
    errors = types.ModuleType("keyring.errors")
    errors.KeyringError = RuntimeError  # type: ignore[attr-defined]
    fake = types.ModuleType("keyring")
    fake.errors = errors  # type: ignore[attr-defined]
    fake.get_password = lambda service, user: "from-keyring" if (service, user) == ("mailtool", "kari") else None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    monkeypatch.setitem(sys.modules, "keyring.errors", errors)
    assert password_from_keyring("mailtool", "kari") == "from-keyring"
    with pytest.raises(StoreError, match="no password for ola"):
        password_from_keyring("mailtool", "ola")


def test_without_the_keyring_package_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)
    with pytest.raises(ConfigError, match="pip install keyring"):
        password_from_keyring("mailtool", "kari")


class _FakeClient:
    """Stands in for IMAPClient where Dovecot cannot: an XOAUTH2 login and a server that refuses passwords."""

    logins: ClassVar[list[tuple[str, str, str]]] = []
    refusal: ClassVar[bytes | None] = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        pass

    def oauth2_login(self, user: str, token: str) -> None:
        self.logins.append(("oauth2", user, token))

    def login(self, user: str, password: str) -> None:
        if self.refusal:
            raise LoginError(self.refusal)
        self.logins.append(("login", user, password))

    def list_folders(self) -> list[tuple[tuple[bytes, ...], bytes, str]]:
        return [((b"\\Drafts",), b"/", "Drafts")]

    def find_special_folder(self, flag: bytes) -> str:
        return "Drafts"

    def logout(self) -> None:
        pass


def test_an_oauth2_token_is_fetched_again_at_every_login(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(imap.imapclient, "IMAPClient", _FakeClient)
    counter = tmp_path / "n"
    command = f"echo x >> {counter}; echo token-$(wc -l < {counter})"
    account = Account(name="gmail", host="imap.gmail.com", username="kari@gmail.com", oauth2_token_command=command)
    _FakeClient.logins = []
    imap.ImapStore(account).close()
    imap.ImapStore(account).close()
    assert _FakeClient.logins == [("oauth2", "kari@gmail.com", "token-1"), ("oauth2", "kari@gmail.com", "token-2")]


def test_a_server_that_refuses_passwords_gets_the_app_password_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap.imapclient, "IMAPClient", _FakeClient)
    monkeypatch.setattr(_FakeClient, "refusal", b"[ALERT] Application-specific password required")
    account = Account(name="gmail", host="imap.gmail.com", username="kari@gmail.com", password="pw")
    with pytest.raises(StoreError, match="basic authentication is disabled") as caught:
        imap.ImapStore(account)
    assert caught.value.hint and "app password" in caught.value.hint and "oauth2_token_command" in caught.value.hint


def test_a_literal_password_in_a_file_others_can_read_is_warned_about(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[[accounts]]\nname = "a"\nhost = "h"\nusername = "u"\npassword = "pw"\n')
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        config.load(path)
    assert "can be read by other users" in caplog.text
    caplog.clear()
    path.chmod(0o600)
    with caplog.at_level(logging.WARNING):
        config.load(path)
    assert "can be read by other users" not in caplog.text
