"""Command line: argument parsing, logging set-up, the one place errors become messages and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from mailtool import __version__
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


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (INFO level)")
    parser.add_argument("--debug", action="store_true", help="log everything and show tracebacks")


def _add_classify(sub: Any) -> None:
    p = sub.add_parser(
        "classify",
        help="tell whether messages are invitations or offers, and read who, where, when",
        description="Analyse .eml files (or standard input with '-') and print, for each, its kind "
        "(invitation, offer, other), language, company, contact, position, reply address and interview "
        "time. Nothing is written anywhere.",
        epilog="examples:\n  mailtool classify ~/Maildir/INBOX/cur/*\n"
        "  mailtool classify --json message.eml | jq .kind\n  neomutt: | mailtool classify -\n\n"
        "JSON keys (one object per line and per input): file, kind, lang, company, contact, position,\n"
        "reply_to, when (YYYY-MM-DDTHH:MM or null), confidence, evidence; plus error when the input could\n"
        'not be read as mail (kind is then "other").\n\n' + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a message file (RFC 5322), or - for standard input")
    p.add_argument("--json", action="store_true", help="one JSON object per line and per input")
    p.set_defaults(run=_run_classify)


def _add_reply(sub: Any) -> None:
    p = sub.add_parser(
        "reply",
        help="draft the reply to one message, in its language, into your Drafts folder",
        description="Find one message (by its Message-ID in your mailbox, or from a file or standard input), "
        "decide what it is and draft the reply your policy asks for (or the one --intent names), in the "
        "message's language, threaded to it and quoting it, into the account's Drafts folder. Before writing, "
        "Drafts is searched for a mailtool draft already answering the message: a repeat run writes nothing "
        "(--force writes another). With --dry-run the draft is printed (RFC 5322) and nothing is written. "
        "mailtool never sends mail and never changes the original.",
        epilog="examples:\n"
        "  mailtool reply '<CAF=abc123@mail.gmail.com>'\n"
        "  mailtool reply --account work --all-folders '<abc@example.com>'\n"
        "  mailtool reply --dry-run --file message.eml\n"
        "  mailtool reply --intent reschedule --alternative '2027-01-15 14:00' --file message.eml\n"
        "  neomutt:  macro index,pager R '<pipe-message>mailtool reply -<enter>'\n"
        "  aerc:     :pipe -m mailtool reply -\n\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    p.add_argument(
        "--config",
        metavar="C",
        help="configuration file (default: $MAILTOOL_CONFIG, then ~/.config/mailtool/config.toml)",
    )
    p.set_defaults(run=_run_reply)


def _add_watch(sub: Any) -> None:
    p = sub.add_parser(
        "watch",
        help="the daemon: draft replies as invitations and offers arrive",
        description="Watch every configured account (or those named) and draft the reply to each invitation and "
        "offer as it arrives. At start it catches up on what arrived while it was not running (by UID, from the "
        "last UID it saw; on the very first start only mail from the last since_days); then it waits in IMAP "
        "IDLE (re-issued every 4 minutes, with a NOOP liveness check) or polls, and reconnects with exponential "
        "backoff when a connection is lost. A message that breaks anything is logged and skipped. SIGTERM or "
        "SIGINT: finish the message in hand, log out, exit 0. State (folder progress, what was drafted) is kept "
        "in SQLite ([watch] state_file, default $XDG_STATE_HOME/mailtool/state.sqlite3); a lost state never "
        "causes a second draft, since Drafts is searched first.",
        epilog="examples:\n  mailtool watch\n  mailtool -v watch --account work\n"
        "  systemctl --user enable --now mailtool   (contrib/mailtool.service)\n\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--account", action="append", metavar="NAME", help="watch only this account (repeatable)")
    p.add_argument("--config", metavar="C", help="configuration file")
    p.set_defaults(run=_run_watch)


def _add_scan(sub: Any) -> None:
    p = sub.add_parser(
        "scan",
        help="one pass over the backlog: find invitations and offers, draft the replies",
        description="Look at every message since a day in the accounts' folders, draft the reply to each "
        "invitation and offer that has none yet, and print a table of what was found and drafted (a progress "
        "bar shows on a terminal). Attachments are never downloaded: large messages are read only as far as "
        "the decision needs.",
        epilog="examples:\n  mailtool scan --since 2026-10-01 --dry-run\n  mailtool scan --account work\n\n"
        + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--since", metavar="DATE", help="YYYY-MM-DD (default: [watch] since_days ago, 14 days)")
    p.add_argument("--account", action="append", metavar="NAME", help="scan only this account (repeatable)")
    p.add_argument("--dry-run", action="store_true", help="decide and show, but write no draft")
    p.add_argument("--config", metavar="C", help="configuration file")
    p.set_defaults(run=_run_scan)


def _add_demo(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="try it: draft replies for sample mail in a temporary Maildir (no server, no configuration)",
        description="Build a temporary Maildir holding sample invitations, offers and look-alikes in several "
        "languages, run the daemon's catch-up pass over it, and print the drafts it wrote and where.",
    )
    p.add_argument("--into", metavar="DIR", help="build the sample Maildir here instead of a temporary directory")
    p.set_defaults(run=_run_demo)


def _add_check(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="validate the configuration and test each account's connection",
        description="Load the configuration (reporting every problem at once), connect to each account (or the "
        "one named), and show the capabilities that matter (IDLE, SPECIAL-USE, UIDPLUS...), the Drafts folder "
        "drafts will go to, and whether the keyword of mark_keyword can be stored. Nothing is written.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--account", metavar="NAME", help="check only this account")
    p.add_argument("--config", metavar="C", help="configuration file")
    p.set_defaults(run=_run_check)


def _add_templates(sub: Any) -> None:
    p = sub.add_parser(
        "templates",
        help="list or check the reply templates",
        description="list: which file serves each intent in each language (shipped, or your templates_dir). "
        "check: render every template with sample facts, all present and each missing, and report any "
        '"None", empty field, stray template syntax or placeholder.',
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", choices=["list", "check"])
    p.add_argument(
        "--config", metavar="C", help="configuration file (its policy.templates_dir is laid over the shipped templates)"
    )
    p.add_argument("--templates-dir", metavar="DIR", help="use this directory of overrides instead of the config's")
    p.set_defaults(run=_run_templates)


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


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as err:
        raise MailtoolError(f"cannot read {name}: {err.strerror or err}") from err


def _run_classify(args: argparse.Namespace) -> int:
    from mailtool.errors import MailParseError
    from mailtool.pipeline import analyse

    status = 0
    for name in args.files:
        try:
            row = analysis_row(name, analyse(_read_input(name)))
        except MailParseError as err:
            print(f"mailtool: {name}: not readable as mail: {err}", file=sys.stderr)
            row = error_row(name, str(err))
        except MailtoolError as err:
            print(f"mailtool: {name}: {err}", file=sys.stderr)
            row, status = error_row(name, str(err)), 1
        except Exception as err:  # the batch guard: one bad message must not stop the others
            log.debug("analysis of %s failed", name, exc_info=True)
            print(f"mailtool: {name}: internal error ({type(err).__name__}); skipped", file=sys.stderr)
            row, status = error_row(name, f"internal error: {type(err).__name__}"), 1
        print(json.dumps(row, ensure_ascii=False) if args.json else _summary(row), flush=True)
    return status


def analysis_row(name: str, analysis: Any) -> dict[str, Any]:
    """Build the public JSON row of one analysed input."""
    return {
        "file": name,
        "kind": analysis.kind.value,
        "lang": analysis.lang,
        "company": analysis.company,
        "contact": analysis.contact,
        "position": analysis.position,
        "reply_to": analysis.reply_to,
        "when": analysis.when.strftime("%Y-%m-%dT%H:%M") if analysis.when else None,
        "confidence": round(analysis.confidence, 3),
        "evidence": list(analysis.evidence),
    }


def error_row(name: str, message: str) -> dict[str, Any]:
    """Build the row of an input that could not be analysed."""
    row = dict.fromkeys(("file", "kind", "lang", "company", "contact", "position", "reply_to", "when"))
    row.update(file=name, kind="other", confidence=0.0, evidence=[], error=message)
    return row


def _summary(row: dict[str, Any]) -> str:
    head = f"{row['file']}: {row['kind']}"
    if row.get("error"):
        return f"{head} (error: {row['error']})"
    head += f" ({row['lang']}, confidence {row['confidence']:.2f})"
    lines = [head]
    for key in ("company", "contact", "position", "reply_to", "when"):
        if row[key]:
            lines.append(f"  {key.replace('_', '-'):9} {row[key]}")
    if row["evidence"]:
        lines.append(f"  evidence  {'; '.join(row['evidence'])}")
    return "\n".join(lines)


def _run_reply(args: argparse.Namespace) -> int:
    from mailtool import config
    from mailtool.actions import Settings, answer
    from mailtool.compose import ReplyOptions, draft_bytes
    from mailtool.errors import NothingToAnswerError, UsageError
    from mailtool.parse import parse
    from mailtool.pipeline import Draft

    source = args.file or (args.message_id if args.message_id == "-" else None)
    if args.file and args.message_id:
        raise UsageError("give either a Message-ID or --file, not both")
    if not source and not args.message_id:
        raise UsageError("name the message: a Message-ID, --file PATH, or - for standard input")
    conf = config.load(args.config)
    options = ReplyOptions(lang=args.lang, alternatives=tuple(args.alternative))
    settings = Settings(conf.identity, conf.policy, args.intent, options)
    account = None if args.dry_run and source else conf.account(args.account)
    with _opened(account) as store:
        original = None
        if source:
            mail = parse(_read_input(source))
        else:
            original = _find(store, account, args)
            mail = parse(original.raw)
        outcome = answer(mail, None if args.dry_run else store, account, settings, original=original, force=args.force)
    decision = outcome.decision
    if not isinstance(decision, Draft):
        raise NothingToAnswerError(
            f"nothing written: {decision.reason}",
            hint="to answer it anyway, name the reply with --intent, e.g. --intent invitation-decline",
        )
    _reply_notes(decision.message, decision.intent)
    if args.dry_run:
        sys.stdout.buffer.write(draft_bytes(decision.message))
        sys.stdout.flush()
    else:
        print(outcome.describe())
    return 0


def _find(store: Any, account: Any, args: argparse.Namespace) -> Any:
    from mailtool.errors import MessageNotFoundError

    message_id = args.message_id.strip()
    message_id = message_id if message_id.startswith("<") else f"<{message_id.strip('<>')}>"
    folders = tuple(store.folders()) if args.all_folders else tuple(args.folder or account.folders)
    found = store.find(message_id, folders)
    if found is None:
        raise MessageNotFoundError(
            f"no message with Message-ID {message_id} in {', '.join(folders)} of {account.where}",
            hint="search elsewhere with --folder F or --all-folders",
        )
    return found


@contextlib.contextmanager
def _opened(account: Any) -> Iterator[Any]:
    """Open the account's store for the duration of a command (nothing to open without an account)."""
    if account is None:
        yield None
        return
    from mailtool.stores import open_store

    store = open_store(account)
    try:
        yield store
    finally:
        store.close()


def _run_watch(args: argparse.Namespace) -> int:
    from mailtool import config
    from mailtool.watch import watch

    return watch(config.load(args.config), args.account)


def _run_scan(args: argparse.Namespace) -> int:
    from datetime import date, timedelta

    from mailtool import config
    from mailtool.errors import UsageError
    from mailtool.scan import scan

    conf = config.load(args.config)
    try:
        since = date.fromisoformat(args.since) if args.since else date.today() - timedelta(conf.watch.since_days)
    except ValueError:
        raise UsageError(f"--since {args.since!r} is not a date like 2026-10-01") from None
    accounts = [conf.account(name) for name in args.account] if args.account else list(conf.accounts)
    if not accounts:
        conf.account(None)
    scan(conf, accounts, since, args.dry_run)
    return 0


def _run_demo(args: argparse.Namespace) -> int:
    from mailtool.demo import run_demo

    into = Path(args.into).expanduser() if args.into else None
    run_demo(sys.stdout, into)
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from mailtool import config

    conf = config.load(args.config)
    print(f"configuration: {conf.path or 'none (built-in defaults)'}: ok")
    accounts = [conf.account(args.account)] if args.account else list(conf.accounts)
    if not accounts:
        print("no [[accounts]] configured: only --dry-run replies and classify can run")
        return 0
    for account in accounts:
        with _opened(account) as store:
            caps = store.capabilities()
        print(f"account {account.name}: {caps.description}: connected")
        print(f"  drafts go to:   {caps.drafts}")
        if caps.features:
            print(f"  capabilities:   {' '.join(caps.features)}")
        if "IDLE" not in caps.features and account.maildir is None:
            print("  note: no IDLE; mailtool watch will poll this account")
        print(f"  folders read:   {', '.join(account.folders)}")
        keyword = account.mark_keyword
        if keyword:
            state = "can be stored" if caps.keywords_allowed else "cannot be stored here (originals stay unmarked)"
            print(f"  mark_keyword:   {keyword} {state}")
        else:
            print(f"  keywords:       {'allowed' if caps.keywords_allowed else 'not allowed'} (mark_keyword not set)")
    return 0


def _reply_notes(message: Any, intent: Any) -> None:
    from mailtool.model import Intent

    if message["To"] is None:
        print("mailtool: note: no reply address was found; add the recipient before sending", file=sys.stderr)
    if intent is Intent.OFFER_WITHDRAW:
        print("mailtool: note: check the notice period in the contract you signed before sending", file=sys.stderr)
    fallback = message["X-Mailtool-Language-Fallback"]
    if fallback:
        print(f"mailtool: note: {fallback}", file=sys.stderr)


def _run_templates(args: argparse.Namespace) -> int:
    from mailtool import config
    from mailtool.templates import Templates

    policy = config.load(args.config).policy
    override = Path(args.templates_dir).expanduser() if args.templates_dir else policy.templates_dir
    templates = Templates(override)
    if args.action == "list":
        print(_template_grid(templates, policy.fallback_language))
        return 0
    return _check_templates(templates)


def _template_grid(templates: Any, fallback: str) -> str:
    from mailtool.model import Intent

    languages = templates.languages()
    lines = [f"shipped:  {templates.shipped}", f"override: {templates.override or '(none: no templates_dir)'}", ""]
    lines.append(f"{'intent':24}" + "".join(f"{lang:10}" for lang in languages))
    for intent in Intent:
        cells = [templates.source(intent, lang) for lang in languages]
        marks = ["override" if c and c.override else "shipped" if c else f"-> {fallback}" for c in cells]
        lines.append(f"{intent.value:24}" + "".join(f"{mark:10}" for mark in marks))
    lines.append(f"\nMail in any other language is answered in {fallback} (policy.fallback_language).")
    return "\n".join(lines)


def _check_templates(templates: Any) -> int:
    from mailtool.errors import TemplateError
    from mailtool.templatecheck import check

    rendered, problems = check(templates)
    for problem in problems:
        print(problem)
    if problems:
        raise TemplateError(f"{len(problems)} problem(s) in {rendered} renderings of the templates")
    print(f"ok: {rendered} renderings of every template, with all sample fields and with each one missing")
    return 0
