"""Where mail lives: the MailStore protocol and its IMAP and Maildir implementations."""

from __future__ import annotations

from mailtool.stores.base import Account, MailStore


def open_store(account: Account) -> MailStore:
    """Connect to the account's store: its Maildir when `maildir` is set, else its IMAP server."""
    if account.maildir is not None:
        from mailtool.stores.maildir import MaildirStore

        return MaildirStore(account)
    from mailtool.stores.imap import ImapStore  # imapclient is imported only for IMAP accounts

    return ImapStore(account)
