"""TOML configuration -> frozen dataclasses; every problem reported at once, with the file and the key."""

from __future__ import annotations

import logging
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mailtool.compose import Identity, Policy
from mailtool.errors import ConfigError
from mailtool.model import Intent, Kind
from mailtool.stores.base import Account
from mailtool.templates import SHIPPED_LANGUAGES

log = logging.getLogger(__name__)

ENV_VAR = "MAILTOOL_CONFIG"
HINT = "every key is described in config.example.toml"
_ADDRESS = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Watch:
    """How the daemon and the backlog scan behave."""

    since_days: int = 14
    """On the very first start, only mail from the last this many days is looked at."""
    poll_seconds: int = 60
    """How often folders are polled when the server has no IDLE, or for folders other than the first."""
    state_file: Path | None = None
    """The SQLite state; default $XDG_STATE_HOME/mailtool/state.sqlite3."""
    notify_command: str | None = None
    """Run by the shell after each draft, with MAILTOOL_SUBJECT, MAILTOOL_COMPANY... in its environment."""

    def state_path(self, env: Mapping[str, str] | None = None) -> Path:
        """Return where the state database lives."""
        if self.state_file is not None:
            return self.state_file
        env = os.environ if env is None else env
        base = env.get("XDG_STATE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".local" / "state")
        return Path(base) / "mailtool" / "state.sqlite3"


@dataclass(frozen=True)
class Config:
    """The whole configuration; `path` is the file it came from, None when built-in defaults apply."""

    identity: Identity = field(default_factory=Identity)
    policy: Policy = field(default_factory=Policy)
    accounts: tuple[Account, ...] = ()
    watch: Watch = field(default_factory=Watch)
    path: Path | None = None

    def account(self, name: str | None) -> Account:
        """Return the named account, or the first one when no name is given."""
        if not self.accounts:
            where = self.path or default_path()
            raise ConfigError(
                f"no [[accounts]] in {where}: writing a draft needs a mailbox",
                hint="add an [[accounts]] table (config.example.toml shows how), or print the draft with --dry-run",
            )
        if name is None:
            return self.accounts[0]
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts)
        raise ConfigError(f"no account named {name!r} in {self.path} (accounts: {known})")


class Problems:
    """Collects what is wrong with a file so that the user sees all of it in one go."""

    def __init__(self, source: Path) -> None:
        """Start an empty list for one file."""
        self.source = source
        self.items: list[str] = []

    def add(self, key: str, message: str) -> None:
        """Record a problem with one key ("policy.offer")."""
        self.items.append(f"{key}: {message}")

    def raise_if_any(self) -> None:
        """Raise one ConfigError listing every problem, naming the file."""
        if self.items:
            err = ConfigError(f"invalid configuration in {self.source}:\n  " + "\n  ".join(self.items))
            err.hint = HINT
            raise err


# A converter turns one TOML value into the field's value, or raises ValueError saying what is wrong.
Converter = Callable[[Any, Path], Any]


def default_path(env: Mapping[str, str] | None = None) -> Path:
    """Return $XDG_CONFIG_HOME/mailtool/config.toml (~/.config/mailtool/config.toml without the variable)."""
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    return Path(base) / "mailtool" / "config.toml"


def load(explicit: str | Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Load the configuration: --config first, then $MAILTOOL_CONFIG, then the default path (may be absent)."""
    env = os.environ if env is None else env
    chosen = explicit or env.get(ENV_VAR) or None
    path = Path(chosen).expanduser() if chosen else default_path(env)
    if not chosen and not path.exists():
        log.info("no configuration at %s; using the defaults", path)
        return Config()
    return parse(_read(path), path)


def parse(data: Mapping[str, Any], path: Path) -> Config:
    """Build the configuration from parsed TOML; raise ConfigError listing every problem at once."""
    problems = Problems(path)
    sections: dict[str, Any] = {}
    for name, value in data.items():
        reader = SECTIONS.get(name)
        if reader is None:
            problems.add(name, f"unknown section or key (known: {', '.join(SECTIONS)})")
        else:
            sections[name] = reader(value, path, problems)
    problems.raise_if_any()
    return Config(path=path, **sections)


def as_table(value: Any, name: str, problems: Problems) -> Mapping[str, Any]:
    """Return a section's value when it is a table, else record the problem and return an empty one."""
    if isinstance(value, dict):
        return value
    problems.add(name, f"must be a table ([{name}]), not {_toml_type(value)}")
    return {}


def read_table(
    table: Mapping[str, Any], spec: Mapping[str, Converter], prefix: str, path: Path, problems: Problems
) -> dict[str, Any]:
    """Convert the keys of one table by its spec; unknown keys and bad values become problems."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        convert = spec.get(key)
        if convert is None:
            problems.add(f"{prefix}.{key}", f"unknown key (known: {', '.join(spec)})")
            continue
        try:
            values[key] = convert(value, path)
        except ValueError as err:
            problems.add(f"{prefix}.{key}", str(err))
    return values


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as err:
        missing = ConfigError(f"configuration file {path} does not exist")
        missing.hint = "copy config.example.toml there, or leave out --config and $MAILTOOL_CONFIG for the defaults"
        raise missing from err
    except OSError as err:
        raise ConfigError(f"cannot read configuration file {path}: {err.strerror or err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err


def _text(value: Any, _: Path) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a string, not {_toml_type(value)}")
    return value


def _line(value: Any, path: Path) -> str:
    text = _text(value, path)
    if "\n" in text or "\r" in text:
        raise ValueError("must be one line")
    return text.strip()


def _email(value: Any, path: Path) -> str:
    text = _line(value, path)
    if not _ADDRESS.match(text) or not text.isascii():
        raise ValueError(f"{text!r} is not a plain e-mail address (like name@example.org)")
    return text


def _language(value: Any, path: Path) -> str:
    text = _line(value, path).lower()
    if not _LANGUAGE.match(text):
        raise ValueError(f"{text!r} is not a language code (like en, nb, de)")
    return text


def _text_list(value: Any, path: Path) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list of strings, not {_toml_type(value)}")
    return tuple(_line(item, path) for item in value)


def _boolean(value: Any, _: Path) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {_toml_type(value)}")
    return value


def _directory(value: Any, path: Path) -> Path:
    # Relative to the configuration file, so that a config and its templates can move together.
    folder = (path.parent / Path(_line(value, path)).expanduser()).resolve()
    if not folder.is_dir():
        raise ValueError(f"{folder} is not a directory")
    return folder


def _intent_of(kind: Kind) -> Converter:
    choices = [intent.value.split("-", 1)[1] for intent in Intent if intent.kind is kind]

    def convert(value: Any, path: Path) -> Intent:
        text = _line(value, path)
        if text not in choices:
            raise ValueError(f"{text!r} is not one of " + ", ".join(f'"{c}"' for c in choices))
        return Intent(f"{kind.value}-{text}")

    return convert


def _toml_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


IDENTITY_KEYS: dict[str, Converter] = {"name": _line, "email": _email, "signature": _text}
POLICY_KEYS: dict[str, Converter] = {
    "invitation": _intent_of(Kind.INVITATION),
    "offer": _intent_of(Kind.OFFER),
    "fallback_language": _language,
    "alternatives": _text_list,
    "templates_dir": _directory,
    "accepted_elsewhere": _boolean,
}


def _read_identity(value: Any, path: Path, problems: Problems) -> Identity:
    table = as_table(value, "identity", problems)
    return Identity(**read_table(table, IDENTITY_KEYS, "identity", path, problems))


def _read_policy(value: Any, path: Path, problems: Problems) -> Policy:
    table = as_table(value, "policy", problems)
    policy = Policy(**read_table(table, POLICY_KEYS, "policy", path, problems))
    fallback = policy.fallback_language
    overridden = policy.templates_dir is not None and (policy.templates_dir / fallback).is_dir()
    if fallback not in SHIPPED_LANGUAGES and not overridden:
        shipped = ", ".join(SHIPPED_LANGUAGES)
        problems.add("policy.fallback_language", f"no templates for {fallback!r} (shipped: {shipped})")
    return policy


def _port(value: Any, _: Path) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 65536:
        raise ValueError(f"must be a port number (1-65535), not {value!r}")
    return value


def _security(value: Any, path: Path) -> str:
    text = _line(value, path)
    if text not in ("tls", "starttls", "none"):
        raise ValueError(f'{text!r} is not one of "tls", "starttls", "none"')
    return text


def _file(value: Any, path: Path) -> Path:
    found = (path.parent / Path(_line(value, path)).expanduser()).resolve()
    if not found.is_file():
        raise ValueError(f"{found} is not a file")
    return found


def _path(value: Any, path: Path) -> Path:
    # A path relative to the configuration file; it need not exist yet (the state file is created).
    return (path.parent / Path(_line(value, path)).expanduser()).resolve()


def _keyword(value: Any, path: Path) -> str:
    text = _line(value, path)
    if not re.fullmatch(r"\$?[A-Za-z0-9_.-]{1,64}", text):
        raise ValueError(f"{text!r} is not an IMAP keyword (letters, digits, $, _, ., -)")
    return text


def _folders(value: Any, path: Path) -> tuple[str, ...]:
    folders = _text_list(value, path)
    if not folders:
        raise ValueError("must name at least one folder")
    return folders


ACCOUNT_KEYS: dict[str, Converter] = {
    "name": _line,
    "host": _line,
    "port": _port,
    "security": _security,
    "username": _line,
    "password": _text,
    "password_command": _line,
    "password_env": _line,
    "keyring": _line,
    "oauth2_token_command": _line,
    "ca_file": _file,
    "folders": _folders,
    "drafts": _line,
    "mark_keyword": _keyword,
    "maildir": _path,
}
_SECRET_SOURCES = ("password", "password_command", "password_env", "keyring", "oauth2_token_command")


def _read_accounts(value: Any, path: Path, problems: Problems) -> tuple[Account, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        problems.add("accounts", "must be a list of tables ([[accounts]])")
        return ()
    accounts: list[Account] = []
    for i, table in enumerate(value, 1):
        prefix = f"accounts[{i}]"
        values = read_table(table, ACCOUNT_KEYS, prefix, path, problems)
        values.setdefault("name", values.get("username") or f"account{i}")
        _check_account(values, prefix, path, problems)
        accounts.append(Account(**values))
    names = [a.name for a in accounts]
    for name in sorted({n for n in names if names.count(n) > 1}):
        problems.add("accounts", f"two accounts are named {name!r}")
    return tuple(accounts)


def _check_account(values: dict[str, Any], prefix: str, path: Path, problems: Problems) -> None:
    """Check what one key alone cannot: an IMAP account needs a host, a user and exactly one secret."""
    if "maildir" in values:
        extra = sorted(set(values) & {"host", "username", *_SECRET_SOURCES})
        if extra:
            problems.add(prefix, f"a maildir account takes no {', '.join(extra)}")
        return
    for key in ("host", "username"):
        if key not in values:
            problems.add(f"{prefix}.{key}", "missing (or set maildir = PATH for a local Maildir)")
    sources = [key for key in _SECRET_SOURCES if key in values]
    if len(sources) != 1:
        problems.add(prefix, "needs exactly one of " + ", ".join(_SECRET_SOURCES) + f" (found {len(sources)})")
    if "password" in values and _readable_by_others(path):
        log.warning("%s holds a password and can be read by other users: chmod 600 %s", path, path)


def _readable_by_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & 0o044)
    except OSError:
        return False


def _positive(limit: int) -> Converter:
    def convert(value: Any, _: Path) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= limit:
            raise ValueError(f"must be a whole number from 1 to {limit}, not {value!r}")
        return value

    return convert


WATCH_KEYS: dict[str, Converter] = {
    "since_days": _positive(3650),
    "poll_seconds": _positive(3600),
    "state_file": _path,
    "notify_command": _line,
}


def _read_watch(value: Any, path: Path, problems: Problems) -> Watch:
    return Watch(**read_table(as_table(value, "watch", problems), WATCH_KEYS, "watch", path, problems))


# One reader per top-level table.
SECTIONS: dict[str, Callable[[Any, Path, Problems], Any]] = {
    "identity": _read_identity,
    "policy": _read_policy,
    "accounts": _read_accounts,
    "watch": _read_watch,
}
