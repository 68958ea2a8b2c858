"""mailtool can never send: no SMTP client, no sendmail, no mail submission anywhere in the package."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mailtool"
SENDING_CALLS = frozenset({"sendmail", "send_message", "smtp", "smtp_ssl", "lmtp", "starttls_smtp"})


def offences(source: str, name: str = "<test>") -> list[str]:
    """Return every place in a module's syntax tree that could submit mail."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Import):
            found += [f"{line}: import {a.name}" for a in node.names if "smtp" in a.name.lower()]
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").lower()
            names = [a.name.lower() for a in node.names]
            if "smtp" in module or any(n in SENDING_CALLS for n in names):
                found.append(f"{line}: from {node.module} import ...")
        elif isinstance(node, ast.Attribute) and node.attr.lower() in SENDING_CALLS:
            # email.policy.SMTP is a line-ending policy for building messages, not a client.
            if not (isinstance(node.value, ast.Attribute | ast.Name) and _name(node.value) == "policy"):
                found.append(f"{line}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id.lower() in SENDING_CALLS:
            found.append(f"{line}: {node.id}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "sendmail" in node.value.lower():
            found.append(f"{line}: {node.value!r}")
    return found


def _name(node: ast.AST) -> str:
    return node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""


def test_no_module_of_the_package_can_submit_mail() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    found = [f"{p.relative_to(PACKAGE.parent)}:{o}" for p in files for o in offences(p.read_text("utf-8"), str(p))]
    assert found == []


def test_the_check_catches_every_way_of_sending() -> None:
    assert offences("import smtplib")
    assert offences("from smtplib import SMTP_SSL")
    assert offences("import x\nx.SMTP('mail.example.org').send_message(m)")
    assert offences("subprocess.run(['/usr/sbin/sendmail', '-t'])")
    assert not offences("import email.policy\nm.as_bytes(policy=email.policy.SMTP)")
