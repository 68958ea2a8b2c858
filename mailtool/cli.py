"""Command line: argument parsing, logging set-up, the one place errors become messages and exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mailtool import __version__
from mailtool.errors import MailtoolError

log = logging.getLogger("mailtool")

EXIT_CODES = """\
exit codes:
  0  done (for classify: every input got a row, unparseable mail included)
  1  an input file could not be read, or an unexpected error (run with --debug for the traceback)
  2  wrong usage
  5  configuration error
  6  template error
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


def _setup_logging(verbose: bool, debug: bool) -> None:
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


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
