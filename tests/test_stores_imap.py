"""The IMAP store against a real Dovecot: TLS, logins, Drafts, reading without changing anything."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from imapclient.exceptions import IMAPClientError

from mailtool.errors import ConfigError, MailtoolError, StoreError
from mailtool.stores import imap as imap_module
from mailtool.stores.base import ANSWERS_HEADER, Account
from mailtool.stores.imap import ImapStore
from tests import dovecot
from tests.conftest import DATA, admin_client

MESSAGE = (DATA / "dev" / "sv-107.eml").read_bytes()
MESSAGE_ID = "<CA+29bd60d7469e66b1cb845239E6E68A8086AA@mail.gmail.com>"


def _draft(answers: str) -> bytes:
    return f"From: me@example.org\r\nSubject: Re: x\r\n{ANSWERS_HEADER}: {answers}\r\n\r\nHello\r\n".encode()


def _flags(account: Account, folder: str) -> dict[int, tuple[bytes, ...]]:
    client = admin_client(account)
    client.select_folder(folder, readonly=True)
    flags = {uid: data[b"FLAGS"] for uid, data in client.fetch(client.search(), ["FLAGS"]).items()}
    client.logout()
    return flags


def test_tls_with_the_servers_ca_file_finds_drafts_and_features(imap_account: Account) -> None:
    store = ImapStore(imap_account)
    caps = store.capabilities()
    store.close()
    assert caps.drafts == "Drafts"
    assert {"IDLE", "SPECIAL-USE", "UIDPLUS"} <= set(caps.features)
    assert caps.keywords_allowed


def test_starttls_and_plain_on_loopback_both_log_in(imap_account: Account, imap_server: dovecot.Dovecot) -> None:
    for security in ("starttls", "none"):
        store = ImapStore(dataclasses.replace(imap_account, security=security, port=imap_server.port))
        assert store.drafts == "Drafts"
        store.close()


def test_a_self_signed_certificate_is_refused_without_ca_file(imap_account: Account) -> None:
    with pytest.raises(StoreError, match="not trusted") as caught:
        ImapStore(dataclasses.replace(imap_account, ca_file=None))
    assert caught.value.hint and "ca_file" in caught.value.hint


def test_plain_imap_to_a_remote_host_is_refused_before_connecting(imap_account: Account) -> None:
    with pytest.raises(ConfigError, match="loopback"):
        ImapStore(dataclasses.replace(imap_account, host="mail.example.com", security="none"))


def test_a_wrong_password_is_a_clear_error_that_does_not_show_it(imap_account: Account) -> None:
    with pytest.raises(StoreError, match="refused the login") as caught:
        ImapStore(dataclasses.replace(imap_account, password="not-the-Password-42"))
    assert "not-the-Password-42" not in str(caught.value)


def test_an_unreachable_port_is_a_clear_error(imap_account: Account) -> None:
    with pytest.raises(StoreError, match=r"cannot connect to 127\.0\.0\.1:1"):
        ImapStore(dataclasses.replace(imap_account, port=1))


def test_the_servers_drafts_folder_wins_over_a_different_configured_one(
    imap_account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    client = admin_client(imap_account)
    client.create_folder("Entwürfe")
    client.logout()
    with caplog.at_level(logging.WARNING):
        store = ImapStore(dataclasses.replace(imap_account, drafts="Entwürfe"))
    where = store.write_draft(_draft("<a@b>"))
    store.close()
    assert where.startswith("Drafts on ") and "using it rather than drafts = 'Entwürfe'" in caplog.text
    assert _flags(imap_account, "Entwürfe") == {}


class _NoSpecialUse:
    """A server without SPECIAL-USE: its folders carry no \\Drafts flag (Dovecot here always flags one)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.appended: list[str] = []

    def login(self, user: str, password: str) -> None:
        pass

    def list_folders(self) -> list[tuple[tuple[bytes, ...], bytes, str]]:
        return [((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"), ((b"\\HasNoChildren",), b"/", "[Gmail]/Kladder"),
                ((b"\\HasNoChildren",), b"/", "INBOX")]  # fmt: skip

    def select_folder(self, folder: str, readonly: bool = False) -> None:
        # The wording of a real NO: "CANNOT" holds "NO", so only the folder list can tell missing from unopenable.
        if folder == "[Gmail]":
            raise IMAPClientError("select failed: [CANNOT] Mailbox is not selectable")
        raise IMAPClientError("select failed: Unknown Mailbox")

    def logout(self) -> None:
        pass


def test_an_unselectable_folder_cannot_be_opened_and_only_an_unlisted_one_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(imap_module.imapclient, "IMAPClient", _NoSpecialUse)
    store = ImapStore(Account(name="g", host="imap.example.org", username="u", password="p", drafts="INBOX"))
    with pytest.raises(StoreError, match=r"cannot open \[Gmail\] on .*not selectable"):
        store.folder_state("[Gmail]")
    with pytest.raises(StoreError, match=r"has no folder 'Nowhere'; folders: \[Gmail\], \[Gmail\]/Kladder, INBOX"):
        store.folder_state("Nowhere")


def test_a_missing_folder_on_dovecot_names_the_folders_there(imap_account: Account) -> None:
    store = ImapStore(imap_account)
    try:
        with pytest.raises(StoreError, match=r"has no folder 'Nowhere'; folders: .*INBOX") as caught:
            store.uids_after("Nowhere", 0)
    finally:
        store.close()
    assert caught.value.hint and "folders" in caught.value.hint


def test_without_special_use_the_configured_folder_below_a_hierarchy_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap_module.imapclient, "IMAPClient", _NoSpecialUse)
    account = Account(name="g", host="imap.example.org", username="u", password="p", drafts="[Gmail]/Kladder")
    assert ImapStore(account).drafts == "[Gmail]/Kladder"


def test_without_special_use_or_a_drafts_key_the_error_lists_the_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap_module.imapclient, "IMAPClient", _NoSpecialUse)
    account = Account(name="g", host="imap.example.org", username="u", password="p")
    with pytest.raises(
        StoreError, match=r"marks no folder as \\Drafts; folders: \[Gmail\], \[Gmail\]/Kladder, INBOX"
    ) as caught:
        ImapStore(account)
    assert caught.value.hint and "drafts =" in caught.value.hint
    with pytest.raises(StoreError, match="no folder 'Utkast'"):
        ImapStore(dataclasses.replace(account, drafts="Utkast"))


def test_finding_a_message_reads_it_without_setting_seen(imap_account: Account) -> None:
    client = admin_client(imap_account)
    client.append("INBOX", MESSAGE)
    client.logout()
    before = _flags(imap_account, "INBOX")
    store = ImapStore(imap_account)
    found = store.find(MESSAGE_ID, ("INBOX",))
    missing = store.find("<nobody@nowhere>", ("INBOX",))
    store.close()
    assert found is not None and found.raw.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")
    assert missing is None
    assert _flags(imap_account, "INBOX") == before
    assert b"\\Seen" not in next(iter(before.values()))


def test_a_draft_is_appended_with_draft_and_seen_and_is_then_known(imap_account: Account) -> None:
    store = ImapStore(imap_account)
    assert not store.drafted("<job@example.com>")
    store.write_draft(_draft("<job@example.com>"))
    assert store.drafted("<job@example.com>")
    assert not store.drafted("<other@example.com>")
    store.close()
    (flags,) = _flags(imap_account, "Drafts").values()
    assert {b"\\Draft", b"\\Seen"} <= set(flags)


def test_the_keyword_is_the_only_change_to_the_original(imap_account: Account) -> None:
    client = admin_client(imap_account)
    client.append("INBOX", MESSAGE, flags=[b"\\Flagged"])
    client.logout()
    store = ImapStore(imap_account)
    found = store.find(MESSAGE_ID, ("INBOX",))
    assert found is not None and store.mark(found, "$MailtoolDrafted")
    store.close()
    (flags,) = _flags(imap_account, "INBOX").values()
    assert set(flags) - {b"\\Recent"} == {b"\\Flagged", b"$MailtoolDrafted"}


def test_password_command_gives_the_first_line(imap_account: Account, tmp_path: Path) -> None:
    command = f"printf '%s\\nsecond line\\n' '{imap_account.password}'"
    store = ImapStore(dataclasses.replace(imap_account, password=None, password_command=command))
    store.close()


def test_a_failing_password_command_is_reported_without_its_output(imap_account: Account) -> None:
    account = dataclasses.replace(imap_account, password=None, password_command="echo hunter2-secret; exit 3")
    with pytest.raises(MailtoolError, match="exit code 3") as caught:
        ImapStore(account)
    assert "hunter2" not in str(caught.value)


def test_password_env_is_read(imap_account: Account, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILTOOL_TEST_PW", imap_account.password or "")
    ImapStore(dataclasses.replace(imap_account, password=None, password_env="MAILTOOL_TEST_PW")).close()
    monkeypatch.delenv("MAILTOOL_TEST_PW")
    with pytest.raises(ConfigError, match="MAILTOOL_TEST_PW"):
        ImapStore(dataclasses.replace(imap_account, password=None, password_env="MAILTOOL_TEST_PW"))


def test_the_password_never_reaches_the_logs_even_at_debug(
    imap_account: Account, caplog: pytest.LogCaptureFixture
) -> None:
    from mailtool.credentials import REDACTOR

    logging.getLogger().addFilter(REDACTOR)
    caplog.set_level(logging.DEBUG)
    try:
        ImapStore(imap_account).close()
        with pytest.raises(StoreError):
            ImapStore(dataclasses.replace(imap_account, password=imap_account.password + "x"))
    finally:
        logging.getLogger().removeFilter(REDACTOR)
    assert imap_account.password and imap_account.password not in caplog.text
    assert "LOGIN" in caplog.text or "login" in caplog.text  # the debug log did record the exchange


def test_mail_that_arrives_after_the_folder_state_is_found_by_the_search_that_follows(imap_account: Account) -> None:
    # Each search EXAMINEs again on purpose: Dovecot's SEARCH in a folder left open does not see this message.
    store = ImapStore(imap_account)
    try:
        state = store.folder_state("INBOX")
        client = admin_client(imap_account)
        client.append("INBOX", MESSAGE)
        client.logout()
        uids = store.uids_after("INBOX", state.uidnext - 1)
        fetched = [stored.key for stored in store.fetch("INBOX", uids)]
    finally:
        store.close()
    assert uids == [state.uidnext] and fetched == [str(state.uidnext)]
