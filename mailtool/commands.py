"""What each command does, once cli.py has parsed its arguments; heavy imports stay inside the functions."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mailtool.errors import MailtoolError

log = logging.getLogger("mailtool")


def _read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as err:
        raise MailtoolError(f"cannot read {name}: {err.strerror or err}") from err


def run_classify(args: argparse.Namespace) -> int:
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


def run_reply(args: argparse.Namespace) -> int:
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


def run_watch(args: argparse.Namespace) -> int:
    from mailtool import config
    from mailtool.watch import watch

    return watch(config.load(args.config), args.account)


def run_scan(args: argparse.Namespace) -> int:
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


def run_demo(args: argparse.Namespace) -> int:
    from mailtool.demo import run_demo

    into = Path(args.into).expanduser() if args.into else None
    run_demo(sys.stdout, into)
    return 0


def run_check(args: argparse.Namespace) -> int:
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


def run_templates(args: argparse.Namespace) -> int:
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
