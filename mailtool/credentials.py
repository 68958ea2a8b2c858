"""Secrets for logging in: a password from a command, the environment, the keyring or the config; OAuth2 tokens."""

from __future__ import annotations

import logging
import os
import subprocess

from mailtool.errors import ConfigError, StoreError

log = logging.getLogger(__name__)

_COMMAND_TIMEOUT = 60.0  # a password manager may ask for a passphrase first


class _Redactor(logging.Filter):
    """Replace every known secret in log records, whichever logger wrote them."""

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            for secret in self.secrets:
                message = message.replace(secret, "**REDACTED**")
            record.msg, record.args = message, None
        return True


REDACTOR = _Redactor()


def remember_secret(secret: str) -> str:
    """Register a secret so that no log line can show it; return it unchanged."""
    if len(secret) >= 3:
        REDACTOR.secrets.add(secret)
    return secret


def run_secret_command(command: str, what: str) -> str:
    """Run a shell command and return the first line of its output (a password or a token)."""
    try:
        result = subprocess.run(
            command,
            shell=True,
            capture_output=True,
            text=True,
            timeout=_COMMAND_TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise StoreError(f"{what} did not finish within {_COMMAND_TIMEOUT:.0f} s") from err
    except OSError as err:
        raise StoreError(f"{what} could not be run: {err.strerror}") from err
    if result.returncode != 0:
        # The command's output may hold the secret or part of it: never show it.
        raise StoreError(f"{what} failed with exit code {result.returncode}")
    line = result.stdout.split("\n", 1)[0].strip()
    if not line:
        raise StoreError(f"{what} printed nothing")
    return remember_secret(line)


def password_from_env(name: str) -> str:
    """Return the password held in an environment variable."""
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"the environment variable {name} (password_env) is not set")
    return remember_secret(value)


def password_from_keyring(service: str, username: str) -> str:
    """Return the password stored in the system keyring for this service and user."""
    try:
        import keyring  # optional: only users who choose the keyring need it
        import keyring.errors
    except ImportError as err:
        raise ConfigError("keyring is set but the 'keyring' package is not installed (pip install keyring)") from err
    try:
        value = keyring.get_password(service, username)
    except keyring.errors.KeyringError as err:
        raise StoreError(f"the system keyring refused: {err}") from err
    if not value:
        raise StoreError(f"no password for {username} under '{service}' in the system keyring")
    return remember_secret(value)
