"""`templates check`: render every template against sample facts and report what a recipient must never see."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from mailtool import greeting
from mailtool.compose import Identity, Policy, reply_context
from mailtool.errors import TemplateError
from mailtool.model import Analysis, Intent, Kind
from mailtool.templates import Templates

SAMPLE = Analysis(
    kind=Kind.INVITATION,
    lang="en",
    company="Fjordvik Analytics",
    contact="Åse Müller-Øberg",
    position="Senior Data Engineer (m/w/d)",
    reply_to="ase@fjordvik.example",
    when=datetime(2027, 1, 14, 10, 0),
)
SAMPLE_IDENTITY = Identity(name="Jörg Strauß", email="jorg@example.org", signature="+47 400 00 000")
SAMPLE_ALTERNATIVES = ("2027-01-15 14:00", "2027-01-18 09:30")
OPTIONAL = ("company", "contact", "position", "when", "alternatives", "name")
# What only an empty field or a template slip leaves behind.
_LEFTOVERS = (
    (re.compile(r"\bNone\b"), '"None"'),
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "template syntax"),
    (re.compile(r"[^\S\n][.,;:!?)]"), "a space before punctuation (an empty field?)"),
    (re.compile(r"[^\S\n]{2,}"), "a double space (an empty field?)"),
    (re.compile(r"\(\s*\)|\[\s*\]"), "empty brackets"),
    (re.compile(r"\b(?:at|bei|hos|som|als|for|für|om|til|of|from|am)\s*$", re.MULTILINE), "a dangling word"),
)
_BRACKETED = re.compile(r"\[[^\]\n]*\]")


@dataclass(frozen=True)
class Problem:
    """One failure of one template against one sample."""

    template: str
    sample: str
    message: str

    def __str__(self) -> str:
        """Describe the failure on one line."""
        return f"{self.template} ({self.sample}): {self.message}"


def check(templates: Templates) -> tuple[int, list[Problem]]:
    """Render every intent in every language against every sample; return the count rendered and the failures."""
    problems: list[Problem] = []
    rendered = 0
    for lang in templates.languages():
        for intent in Intent:
            source = templates.source(intent, lang)
            if source is None:
                continue
            for label, context in samples(intent, lang):
                rendered += 1
                problems.extend(Problem(str(source.path), label, m) for m in _check_one(templates, intent, context))
    return rendered, problems


def samples(intent: Intent, lang: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield the sample contexts: all fields, none of the optional ones, each one missing; both registers."""
    for formal in (True, False):
        register = "formal" if formal else "informal"
        yield f"all fields, {register}", _context(intent, lang, (), formal)
        yield f"no optional field, {register}", _context(intent, lang, OPTIONAL, formal)
        for missing in OPTIONAL:
            yield f"without {missing}, {register}", _context(intent, lang, (missing,), formal)


def _context(intent: Intent, lang: str, missing: tuple[str, ...], formal: bool) -> dict[str, Any]:
    fields = {name: None for name in ("company", "contact", "position", "when") if name in missing}
    analysis = replace(SAMPLE, kind=intent.kind, lang=lang, **fields)  # type: ignore[arg-type]
    identity = replace(SAMPLE_IDENTITY, name="") if "name" in missing else SAMPLE_IDENTITY
    policy = Policy(alternatives=() if "alternatives" in missing else SAMPLE_ALTERNATIVES)
    context = reply_context(None, analysis, intent, lang, identity, policy)
    salutation = greeting.salute(lang, context["contact"], None, formal)
    return {**context, "formal": formal, "greeting": salutation.text}


def expected(context: dict[str, Any], intent: Intent) -> list[str]:
    """Values a recipient must find in the reply when they are known."""
    wanted = [context["first_name"], context["company"], context["position"], context["name"] or None]
    if intent in (Intent.INVITATION_ACCEPT, Intent.INVITATION_RESCHEDULE):
        wanted.append(context["when"])
    if intent is Intent.INVITATION_RESCHEDULE:
        wanted.extend(context["alternatives"])
    return [value for value in wanted if value]


def _check_one(templates: Templates, intent: Intent, context: dict[str, Any]) -> Iterator[str]:
    try:
        text = templates.render(intent, context["lang"], context)
    except TemplateError as err:
        yield f"does not render: {err}"
        return
    for pattern, what in _LEFTOVERS:
        found = pattern.search(text)
        if found:
            yield f"{what}: {_around(text, found.start())!r}"
    yield from _check_brackets(text, intent, context)
    for value in expected(context, intent):
        if value not in text:
            yield f"leaves out {value!r}"


def _check_brackets(text: str, intent: Intent, context: dict[str, Any]) -> Iterator[str]:
    # The one deliberate placeholder: the times the user fills in when rescheduling without alternatives.
    allowed = 1 if intent is Intent.INVITATION_RESCHEDULE and not context["alternatives"] else 0
    found = _BRACKETED.findall(text)
    if len(found) != allowed:
        yield f"{len(found)} bracketed placeholder(s), expected {allowed}: {found!r}"


def _around(text: str, at: int) -> str:
    return text[max(0, at - 25) : at + 25]
