"""`mailtool demo`: the main job on a temporary Maildir of sample mail, with no server and no configuration."""

from __future__ import annotations

import email
import email.policy
import shutil
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import TextIO

from mailtool.compose import Identity
from mailtool.config import Config, Watch
from mailtool.state import State
from mailtool.stores.base import Account
from mailtool.stores.maildir import MaildirStore
from mailtool.watch import Tally, Watcher

PREVIEW_LINES = 14


def run_demo(out: TextIO, keep: Path | None = None) -> Path:
    """Build a Maildir of sample mail, run one pass of the daemon over it, print the drafts; return the Maildir."""
    root = keep or Path(tempfile.mkdtemp(prefix="mailtool-demo-"))
    samples = _fill(root)
    account = Account(name="demo", maildir=root)
    conf = Config(
        identity=Identity(name="Alex Demo", email="alex.demo@example.org"),
        accounts=(account,),
        watch=Watch(state_file=root / "mailtool-state.sqlite3"),
    )
    out.write(f"A Maildir with {samples} sample messages in {root}\n")
    out.write("Running the daemon's catch-up pass over INBOX (no server, nothing leaves this machine)...\n\n")
    tally = _one_pass(account, conf)
    drafts = sorted((root / ".Drafts" / "cur").iterdir())
    for path in drafts:
        out.write(_preview(path))
    out.write(
        f"{tally.seen} messages read, {tally.drafted} drafts written to {root / '.Drafts' / 'cur'}, "
        f"the other {tally.seen - tally.drafted} are not invitations or offers.\n"
        f"Look at them with: neomutt -f {root / '.Drafts'}   (or: ls {root / '.Drafts' / 'cur'})\n"
        "Next: copy config.example.toml to ~/.config/mailtool/config.toml, then `mailtool check`.\n"
    )
    return root


def _fill(root: Path) -> int:
    for folder in (root, root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    count = 0
    for i, sample in enumerate(sorted(resources.files("mailtool.samples").iterdir(), key=lambda p: p.name)):
        if sample.name.endswith(".eml"):
            with resources.as_file(sample) as path:
                shutil.copyfile(path, root / "new" / f"{1700000000 + i}.demo{i}.mailtool")
            count += 1
    return count


def _one_pass(account: Account, conf: Config) -> Tally:
    state = State(conf.watch.state_path())
    store = MaildirStore(account)
    try:
        return Watcher(account, conf, state, threading.Event()).catch_up(store)
    finally:
        state.close()


def _preview(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    lines = [line for line in str(text).splitlines()][:PREVIEW_LINES]
    head = [
        f"── {path.name}",
        f"   To:       {message['To'] or '(none found: the draft asks you to add it)'}",
        f"   Subject:  {message['Subject']}",
        f"   Reply:    {message['X-Mailtool-Intent']} in {message['X-Mailtool-Language']}",
        "",
    ]
    return "\n".join([*head, *("   " + line for line in lines), "   ...", "", ""])
