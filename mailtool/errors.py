"""The one exception root of mailtool and its documented subclasses."""


class MailtoolError(Exception):
    """Base of every error mailtool reports to the user."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class UsageError(MailtoolError):
    """The command line asks for something impossible."""

    exit_code = 2


class ConfigError(MailtoolError):
    """The configuration file is missing, unreadable or invalid."""

    exit_code = 5


class MailParseError(MailtoolError):
    """A message could not be read as RFC 5322 mail."""


class TemplateError(MailtoolError):
    """A reply template is missing or does not render."""

    exit_code = 6


class StoreError(MailtoolError):
    """A mail store (IMAP server, Maildir) failed or refused."""

    exit_code = 7


class NothingToAnswerError(MailtoolError):
    """The message is neither an invitation nor an offer, and no --intent says what to answer."""

    exit_code = 3


class MessageNotFoundError(MailtoolError):
    """No message with the asked-for Message-ID is in the folders searched."""

    exit_code = 4
