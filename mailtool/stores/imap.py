"""The IMAP store on imapclient: TLS by default, read with BODY.PEEK, write drafts to Drafts only."""

from __future__ import annotations

import ipaddress
import logging
import socket
import ssl
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import imapclient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from mailtool.credentials import (
    password_from_env,
    password_from_keyring,
    remember_secret,
    run_secret_command,
)
from mailtool.errors import ConfigError, StoreError
from mailtool.stores.base import ANSWERS_HEADER, Account, Capabilities, FolderState, Stored

if TYPE_CHECKING:
    from mailtool.stores.idle import Idler

log = logging.getLogger(__name__)

DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}
_FEATURES = ("IDLE", "SPECIAL-USE", "UIDPLUS", "CONDSTORE", "MULTIAPPEND", "MOVE", "STARTTLS", "XLIST")
# Phrases servers use when they refuse password logins altogether (Outlook, Gmail, Yahoo, ...).
_BASIC_AUTH_OFF = (
    "basic auth",
    "application-specific password",
    "app password",
    "web login required",
    "authentication is disabled",
    "logondenied",
    "please log in via your web browser",
)
_SEEN, _DRAFT = b"\\Seen", b"\\Draft"


class _Session:
    """A logged-in IMAP connection for one account (TLS verified, secrets from their source)."""

    def __init__(self, account: Account) -> None:
        self.account = account
        self.port = account.port or DEFAULT_PORTS[account.security]
        self.where = f"{account.username}@{account.host}:{self.port}"
        self.client = self._connect()
        try:
            self._login()
        except BaseException:
            self._logout()
            raise

    def _connect(self) -> imapclient.IMAPClient:
        account = self.account
        if account.security == "none" and not _is_loopback(account.host):
            raise ConfigError(
                f"account '{account.name}': security = \"none\" is only allowed for a server on this machine "
                f"(loopback), not {account.host}"
            )
        context = _tls_context(account) if account.security != "none" else None
        try:
            client = imapclient.IMAPClient(
                account.host,
                port=self.port,
                ssl=account.security == "tls",
                ssl_context=context,
                timeout=account.timeout,
            )
            if account.security == "starttls":
                client.starttls(context)
        except ssl.SSLCertVerificationError as err:
            raise _tls_error(self.where, err) from err
        except ssl.SSLError as err:
            raise StoreError(f"TLS with {account.host}:{self.port} failed: {err.reason or err}") from err
        except socket.gaierror as err:
            raise StoreError(
                f"cannot resolve host {account.host}: {err.strerror}",
                hint="check `host` in the account's configuration",
            ) from err
        except TimeoutError as err:
            raise StoreError(f"{account.host}:{self.port} did not answer within {account.timeout:.0f} s") from err
        except (OSError, IMAPClientError) as err:
            raise StoreError(
                f"cannot connect to {account.host}:{self.port}: {_reason(err)}",
                hint="check host, port and security, and that the server is reachable",
            ) from err
        return client

    def _login(self) -> None:
        account = self.account
        try:
            if account.oauth2_token_command:
                token = run_secret_command(account.oauth2_token_command, "oauth2_token_command")
                self.client.oauth2_login(account.username, token)
            else:
                self.client.login(account.username, self._password())
        except LoginError as err:
            raise _login_error(self.where, err, oauth=bool(account.oauth2_token_command)) from err
        except (OSError, IMAPClientError) as err:
            raise StoreError(f"login to {self.where} failed: {_reason(err)}") from err
        log.debug("logged in to %s", self.where)

    def _password(self) -> str:
        account = self.account
        if account.password_command:
            return run_secret_command(account.password_command, "password_command")
        if account.password_env:
            return password_from_env(account.password_env)
        if account.keyring:
            return password_from_keyring(account.keyring, account.username)
        if account.password is not None:
            return remember_secret(account.password)
        raise ConfigError(f"account '{account.name}' has no password_command, password_env, keyring or password")

    def close(self) -> None:
        """Log out."""
        self._logout()

    def _logout(self) -> None:
        try:
            self.client.logout()
        except (IMAPClientError, OSError):
            log.debug("logout failed", exc_info=True)


class ImapStore(_Session):
    """The working connection of an account: find and fetch messages, write drafts."""

    def __init__(self, account: Account) -> None:
        super().__init__(account)
        self._examined: str | None = None
        try:
            self.drafts = self._drafts_folder()
        except BaseException:
            self._logout()
            raise

    def idler(self, folder: str) -> Idler:
        """Open the account's second connection, which waits in IDLE on a folder."""
        from mailtool.stores.idle import Idler

        return Idler(self.account, folder)

    def _drafts_folder(self) -> str:
        """Use the folder flagged \\Drafts (RFC 6154), else the configured one; never create one."""
        listed = self._list()
        folders = [str(name) for _flags, _sep, name in listed]
        flagged = [str(name) for flags, _sep, name in listed if b"\\Drafts" in flags]
        wanted = self.account.drafts
        if flagged:
            if wanted and wanted != flagged[0]:
                log.warning("%s flags %s as \\Drafts; using it rather than drafts = %r", self.where, flagged[0], wanted)
            return flagged[0]
        if wanted:
            if wanted not in folders:
                raise self._missing_folder(wanted, folders, "drafts")
            return wanted
        raise StoreError(
            f"{self.where} marks no folder as \\Drafts; folders: {', '.join(folders)}",
            hint='set `drafts = "<folder>"` in the account\'s configuration',
        )

    def folders(self) -> list[str]:
        """List the folders that can hold messages (not \\Noselect ones)."""
        return [str(name) for flags, _sep, name in self._list() if b"\\Noselect" not in flags]

    def _folder_names(self) -> list[str]:
        return [str(name) for _flags, _sep, name in self._list()]

    def _list(self) -> list[tuple[tuple[bytes, ...], bytes, Any]]:
        try:
            return list(self.client.list_folders())
        except IMAPClientError as err:
            raise StoreError(f"listing the folders of {self.where} failed: {_reason(err)}") from err

    def _missing_folder(self, folder: str, folders: list[str], key: str) -> StoreError:
        return StoreError(
            f"{self.where} has no folder '{folder}'; folders: {', '.join(folders)}",
            hint=f"check `{key}` in the account's configuration",
        )

    def _examine(self, folder: str) -> dict[bytes, Any]:
        """Select a folder read-only (EXAMINE): nothing we do there can change a flag."""
        try:
            info = dict(self.client.select_folder(folder, readonly=True))
        except IMAPClientError as err:
            self._examined = None
            # Missing only when the server's folder list lacks it: a NO for any other reason (a \Noselect
            # folder, a lock, a quota) is "cannot open"; a lost connection cannot list, so is not asked.
            if not isinstance(err, IMAPClientAbortError):
                folders = self._folder_names()
                if folder not in folders:
                    raise self._missing_folder(folder, folders, "folders") from err
            raise StoreError(f"cannot open {folder} on {self.where}: {_reason(err)}") from err
        self._examined = folder
        return info

    def _reexamine(self, folder: str | None) -> None:
        """Select again the folder a caller had open: fetch() reads UIDs from it between our other commands."""
        if folder is not None and folder != self._examined:
            self._examine(folder)

    def _search_header(self, folder: str, name: str, value: str) -> list[int]:
        self._examine(folder)
        try:
            return sorted(self.client.search(["HEADER", name, value]))
        except IMAPClientError as err:
            raise StoreError(f"searching {folder} on {self.where} failed: {_reason(err)}") from err

    def find(self, message_id: str, folders: tuple[str, ...]) -> Stored | None:
        """Return the message with this Message-ID in the first folder that has it (read with BODY.PEEK)."""
        for folder in folders:
            uids = self._search_header(folder, "Message-ID", message_id)
            if uids:
                # The decision-sized fetch: a message with a 50 MB attachment is not downloaded whole.
                return next(iter(self.fetch(folder, uids[:1])), None)
        return None

    def folder_state(self, folder: str) -> FolderState:
        """Return the folder's UIDVALIDITY and UIDNEXT (from EXAMINE: nothing changes)."""
        info = self._examine(folder)
        return FolderState(int(info.get(b"UIDVALIDITY", 0)), int(info.get(b"UIDNEXT", 0)))

    def uids_after(self, folder: str, last_uid: int) -> list[int]:
        """Return the UIDs above last_uid ("UID n:*" also matches the highest UID when none is above: dropped)."""
        self._examine(folder)
        try:
            uids = self.client.search(["UID", f"{last_uid + 1}:*"])
        except IMAPClientError as err:
            raise StoreError(f"searching {folder} on {self.where} failed: {_reason(err)}") from err
        return sorted(uid for uid in uids if uid > last_uid)

    def uids_since(self, folder: str, since: date) -> list[int]:
        """Return the UIDs of messages whose internal date is on or after `since`."""
        self._examine(folder)
        try:
            return sorted(self.client.search(["SINCE", since]))
        except IMAPClientError as err:
            raise StoreError(f"searching {folder} on {self.where} failed: {_reason(err)}") from err

    def fetch(self, folder: str, uids: list[int]) -> Iterator[Stored]:
        """Yield each message in UID order, read with BODY.PEEK in batches; a large one without its attachments."""
        from mailtool.stores.imapfetch import fetch_messages

        self._examine(folder)
        yield from fetch_messages(self.client, self.where, folder, uids)

    def drafted(self, message_id: str) -> bool:
        """Whether Drafts already holds a mailtool draft answering this Message-ID."""
        previous = self._examined
        found = bool(self._search_header(self.drafts, ANSWERS_HEADER, message_id))
        self._reexamine(previous)
        return found

    def write_draft(self, draft: bytes) -> str:
        """APPEND the draft to Drafts with \\Draft and \\Seen in one command; return where it went."""
        try:
            response = self.client.append(self.drafts, draft, flags=(_DRAFT, _SEEN))
        except IMAPClientError as err:
            raise StoreError(f"writing the draft to {self.drafts} on {self.where} failed: {_reason(err)}") from err
        uid = _appended_uid(response)
        return f"{self.drafts} on {self.where}" + (f" (UID {uid})" if uid else "")

    def mark(self, stored: Stored, keyword: str) -> bool:
        """Set a keyword on the original when PERMANENTFLAGS allows keywords; nothing else ever changes."""
        previous = self._examined
        try:
            marked = self._mark(stored, keyword)
        finally:
            self._unselect()
        self._reexamine(previous)
        return marked

    def _mark(self, stored: Stored, keyword: str) -> bool:
        try:
            info = self.client.select_folder(stored.folder, readonly=False)
            if b"\\*" not in info.get(b"PERMANENTFLAGS", ()):
                log.info("%s does not allow keywords in %s; not marking", self.where, stored.folder)
                return False
            self.client.add_flags([int(stored.key)], [keyword.encode()], silent=True)
        except IMAPClientError as err:
            raise StoreError(f"setting {keyword} in {stored.folder} on {self.where} failed: {_reason(err)}") from err
        return True

    def _unselect(self) -> None:
        self._examined = None
        try:
            self.client.unselect_folder()
        except (IMAPClientError, OSError):
            log.debug("UNSELECT failed", exc_info=True)

    def capabilities(self) -> Capabilities:
        """Describe the server: the capabilities that matter, the Drafts folder, whether keywords can be stored."""
        caps = {c.decode(errors="replace").upper() for c in self.client.capabilities()}
        try:
            info = self.client.select_folder(self.drafts, readonly=False)
        except IMAPClientError as err:
            raise StoreError(f"cannot open {self.drafts} on {self.where}: {_reason(err)}") from err
        finally:
            self._unselect()
        keywords = b"\\*" in info.get(b"PERMANENTFLAGS", ())
        features = tuple(f for f in _FEATURES if f in caps)
        return Capabilities(f"IMAP {self.where} ({self.account.security})", self.drafts, features, keywords)


def _is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _tls_context(account: Account) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
    except (OSError, ssl.SSLError) as err:
        raise ConfigError(f"account '{account.name}': ca_file {account.ca_file} is not usable: {err}") from err


def _tls_error(where: str, err: ssl.SSLCertVerificationError) -> StoreError:
    return StoreError(
        f"the TLS certificate of {where.split('@', 1)[-1]} is not trusted: {err.verify_message or err.reason}",
        hint="for a self-signed server, set `ca_file` to its certificate; verification is never turned off",
    )


def _login_error(where: str, err: LoginError, oauth: bool) -> StoreError:
    text = _reason(err)
    if any(phrase in text.lower() for phrase in _BASIC_AUTH_OFF):
        return StoreError(
            f"{where} refuses password logins (basic authentication is disabled): {text}",
            hint="use an app password, or OAuth2 with `oauth2_token_command`",
        )
    if oauth:
        return StoreError(
            f"{where} refused the OAuth2 token: {text}",
            hint="check that oauth2_token_command prints a fresh access token",
        )
    return StoreError(
        f"{where} refused the login (wrong user name or password?): {text}",
        hint="check `username` and the password source of the account",
    )


def _reason(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    text = str(err.args[0] if err.args else err)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return text or type(err).__name__


def _appended_uid(response: object) -> int | None:
    """Read the UID from an APPENDUID response code (RFC 4315), when the server sends one."""
    text = response.decode(errors="replace") if isinstance(response, bytes) else str(response)
    parts = text.split("APPENDUID", 1)
    if len(parts) < 2:
        return None
    fields = parts[1].replace("]", " ").split()
    return int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else None
