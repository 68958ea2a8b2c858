"""Command line: argument parsing, logging set-up, the one place errors become messages and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

from mailtool import __version__, commands
from mailtool.errors import MailtoolError

log = logging.getLogger("mailtool")

EXIT_CODES = """\
exit codes:
  0  done: for reply, the draft was written, or one already answers the message (nothing written);
     for classify, every input got a row (unparseable mail included)
  1  an input file could not be read, or an unexpected error (run with --debug for the traceback)
  2  wrong usage
  3  reply: the message is neither an invitation nor an offer (nothing written; choose a reply with --intent)
  4  reply: no message with that Message-ID in the folders searched
  5  configuration error
  6  template error
  7  mail store error (connection, TLS, login, folder)
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the mailtool command line and return its exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose, args.debug)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except MailtoolError as err:
        if args.debug:
            log.exception("%s", err)
        print(f"mailtool: error: {err}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailtool",
        description="Recognise interview invitations and job offers and draft replies in the sender's "
        "language. mailtool never sends mail: it only writes drafts for you to read, edit and send.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mailtool {__version__}")
    _add_common(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_classify(sub)
    _add_reply(sub)
    _add_watch(sub)
    _add_scan(sub)
    _add_check(sub)
    _add_templates(sub)
    _add_demo(sub)
    return parser


def _add_config(p: argparse.ArgumentParser, extra: str = "") -> None:
    p.add_argument(
        "--config",
        metavar="C",
        help="configuration file (default: $MAILTOOL_CONFIG, then ~/.config/mailtool/config.toml)" + extra,
    )


def _add_accounts(p: argparse.ArgumentParser, verb: str) -> None:
    p.add_argument("--account", action="append", metavar="NAME", help=f"{verb} only this account (repeatable)")


def _command(sub: Any, name: str, summary: str, description: str, examples: str = "") -> argparse.ArgumentParser:
    """Add a subcommand whose --help shows its description, examples and the exit codes."""
    epilog = (f"examples:\n{examples}\n\n" if examples else "") + EXIT_CODES
    return sub.add_parser(  # type: ignore[no-any-return]
        name,
        help=summary,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (INFO level)")
    parser.add_argument("--debug", action="store_true", help="log everything and show tracebacks")


def _add_classify(sub: Any) -> None:
    p = _command(
        sub,
        "classify",
        "tell whether messages are invitations or offers, and read who, where, when",
        "Analyse .eml files (or standard input with '-') and print, for each, its kind (invitation, offer, other), "
        "language, company, contact, position, reply address and interview time. Nothing is written anywhere. "
        "With --json, one object per line and per input with the keys file, kind, lang, company, contact, "
        "position, reply_to, when (YYYY-MM-DDTHH:MM or null), confidence, evidence; plus error when the input "
        'could not be read as mail (kind is then "other").',
        "  mailtool classify ~/Maildir/INBOX/cur/*\n  mailtool classify --json message.eml | jq .kind\n"
        "  neomutt: | mailtool classify -",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a message file (RFC 5322), or - for standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per line and per input")
    p.set_defaults(run=commands.run_classify)


def _add_reply(sub: Any) -> None:
    p = _command(
        sub,
        "reply",
        "draft the reply to one message, in its language, into your Drafts folder",
        "Find one message (by its Message-ID in your mailbox, or from a file or standard input), decide what it is "
        "and draft the reply your policy asks for (or the one --intent names), in the message's language, threaded "
        "to it and quoting it, into the account's Drafts folder. Before writing, Drafts is searched for a mailtool "
        "draft already answering the message: a repeat run writes nothing (--force writes another). With "
        "--dry-run the draft is printed (RFC 5322) and nothing is written. mailtool never sends mail and never "
        "changes the original.",
        "  mailtool reply '<CAF=abc123@mail.gmail.com>'\n"
        "  mailtool reply --account work --all-folders '<abc@example.com>'\n"
        "  mailtool reply --dry-run --file message.eml\n"
        "  mailtool reply --intent reschedule --alternative '2027-01-15 14:00' --file message.eml\n"
        "  neomutt:  macro index,pager \\er '<pipe-message>mailtool reply -<enter>'\n"
        "  aerc:     :pipe -m mailtool reply -",
    )
    p.add_argument(
        "message_id",
        nargs="?",
        metavar="MESSAGE-ID",
        help="the Message-ID to answer (with or without <>), or - to read the message itself from standard input",
    )
    p.add_argument("--file", metavar="PATH", help="read the message from this file (- for standard input)")
    p.add_argument("--account", metavar="NAME", help="the account to use (default: the first in the configuration)")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--folder",
        action="append",
        metavar="F",
        help="search this folder (repeatable; default: the account's folders, INBOX unless configured)",
    )
    where.add_argument("--all-folders", action="store_true", help="search every folder of the account")
    intents = [i.value for i in _intents()] + ["accept", "decline", "reschedule", "withdraw"]
    p.add_argument(
        "--intent",
        choices=intents,
        metavar="INTENT",
        help="the reply to draft instead of the policy's: "
        + ", ".join(intents[:6])
        + " (or accept, decline, reschedule, withdraw); also answers a message that is not an invitation or offer",
    )
    p.add_argument(
        "--lang", metavar="L", help="reply in this language instead of the message's (en, nb, nn, sv, da, de)"
    )
    p.add_argument(
        "--alternative",
        action="append",
        default=[],
        metavar="TEXT",
        help="a time to propose when rescheduling (repeatable; 'YYYY-MM-DD HH:MM' is spelled out "
        "in the reply's language)",
    )
    p.add_argument("--dry-run", action="store_true", help="print the draft instead of writing it anywhere")
    p.add_argument("--force", action="store_true", help="write a draft even when one already answers the message")
    _add_config(p)
    p.set_defaults(run=commands.run_reply)


def _add_watch(sub: Any) -> None:
    p = _command(
        sub,
        "watch",
        "the daemon: draft replies as invitations and offers arrive",
        "Watch every configured account (or those named) and draft the reply to each invitation and offer as it "
        "arrives. At start it catches up on what arrived while it was not running (by UID, from the last UID it "
        "saw; on the very first start only mail from the last since_days); then it waits in IMAP IDLE (re-issued "
        "every 4 minutes, with a NOOP liveness check) or polls, and reconnects with exponential backoff when a "
        "connection is lost. A message that breaks anything is logged and skipped. SIGTERM or SIGINT: finish the "
        "message in hand, log out, exit 0. State (folder progress, what was drafted) is kept in SQLite ([watch] "
        "state_file, default $XDG_STATE_HOME/mailtool/state.sqlite3); a lost state never causes a second draft, "
        "since Drafts is searched first.",
        "  mailtool watch\n  mailtool -v watch --account work\n"
        "  systemctl --user enable --now mailtool   (contrib/mailtool.service)",
    )
    _add_accounts(p, "watch")
    _add_config(p)
    p.set_defaults(run=commands.run_watch)


def _add_scan(sub: Any) -> None:
    p = _command(
        sub,
        "scan",
        "one pass over the backlog: find invitations and offers, draft the replies",
        "Look at every message since a day in the accounts' folders, draft the reply to each invitation and offer "
        "that has none yet, and print a table of what was found and drafted (a progress bar shows on a terminal). "
        "Attachments are never downloaded: large messages are read only as far as the decision needs.",
        "  mailtool scan --since 2026-10-01 --dry-run\n  mailtool scan --account work",
    )
    p.add_argument("--since", metavar="DATE", help="YYYY-MM-DD (default: [watch] since_days ago, 14 days)")
    _add_accounts(p, "scan")
    p.add_argument("--dry-run", action="store_true", help="decide and show, but write no draft")
    _add_config(p)
    p.set_defaults(run=commands.run_scan)


def _add_demo(sub: Any) -> None:
    p = _command(
        sub,
        "demo",
        "try it: draft replies for sample mail in a temporary Maildir (no server, no configuration)",
        "Build a temporary Maildir holding sample invitations, offers and look-alikes in several languages, run "
        "the daemon's catch-up pass over it, and print the drafts it wrote and where.",
    )
    p.add_argument("--into", metavar="DIR", help="build the sample Maildir here instead of a temporary directory")
    p.set_defaults(run=commands.run_demo)


def _add_check(sub: Any) -> None:
    p = _command(
        sub,
        "check",
        "validate the configuration and test each account's connection",
        "Load the configuration (reporting every problem at once), connect to each account (or the one named), "
        "and show the capabilities that matter (IDLE, SPECIAL-USE, UIDPLUS...), the Drafts folder drafts will go "
        "to, and whether the keyword of mark_keyword can be stored. Nothing is written.",
    )
    p.add_argument("--account", metavar="NAME", help="check only this account")
    _add_config(p)
    p.set_defaults(run=commands.run_check)


def _add_templates(sub: Any) -> None:
    p = _command(
        sub,
        "templates",
        "list or check the reply templates",
        "list: which file serves each intent in each language (shipped, or your templates_dir). check: render "
        'every template with sample facts, all present and each missing, and report any "None", empty field, '
        "stray template syntax or placeholder.",
    )
    p.add_argument("action", choices=["list", "check"])
    _add_config(p, "; its policy.templates_dir is laid over the shipped templates")
    p.add_argument("--templates-dir", metavar="DIR", help="use this directory of overrides instead of the config's")
    p.set_defaults(run=commands.run_templates)


def _intents() -> list[Any]:
    from mailtool.model import Intent

    return list(Intent)


def _setup_logging(verbose: bool, debug: bool) -> None:
    from mailtool.credentials import REDACTOR

    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)  # passwords and tokens never reach the log, whichever library writes them
    logging.basicConfig(level=level, handlers=[handler], force=True)
