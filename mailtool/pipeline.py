"""The pure core: raw bytes in, an Analysis or a Decision out; no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from mailtool import classify, extract, language
from mailtool.errors import MailtoolError, NothingToAnswerError
from mailtool.model import Analysis, Intent, Kind, Mail
from mailtool.parse import parse

if TYPE_CHECKING:  # compose (and Jinja2) is imported only when a reply is planned, not to classify
    from mailtool.compose import Identity, Policy, ReplyOptions


@dataclass(frozen=True)
class Skip:
    """No draft: why not, and what the message was found to be."""

    reason: str
    mail: Mail
    analysis: Analysis


@dataclass(frozen=True)
class Draft:
    """The draft to write, and what it answers."""

    message: EmailMessage
    intent: Intent
    mail: Mail
    analysis: Analysis


def analyse(raw: bytes) -> Analysis:
    """Parse a message and decide what it is, in which language, from whom and when."""
    return analyse_mail(parse(raw))


def analyse_mail(mail: Mail) -> Analysis:
    """Decide kind, language and the reply's facts for a parsed message."""
    lang = language.detect(mail)
    verdict = classify.classify(mail, lang.code)
    facts = extract.extract(mail, lang.code, verdict.kind)
    return Analysis(
        kind=verdict.kind,
        lang=lang.code,
        company=facts.company,
        contact=facts.contact,
        position=facts.position,
        reply_to=facts.reply_to,
        when=facts.when,
        confidence=verdict.confidence,
        evidence=(*verdict.evidence, *facts.evidence),
        lang_confidence=lang.confidence,
    )


def plan(
    mail: Mail,
    policy: Policy,
    identity: Identity,
    wanted: str | None = None,
    options: ReplyOptions | None = None,
) -> Skip | Draft:
    """Decide the reply to a message: the policy's intent for its kind, or the one the user names."""
    from mailtool.compose import compose

    analysis = analyse_mail(mail)
    if wanted is None and analysis.kind is Kind.OTHER:
        return Skip(f"not an invitation or an offer ({_cues(analysis)})", mail, analysis)
    intent = choose_intent(wanted, analysis.kind, policy)
    return Draft(compose(mail, analysis, intent, identity, policy, options), intent, mail, analysis)


def choose_intent(wanted: str | None, kind: Kind, policy: Policy) -> Intent:
    """Return the intent to answer with: a full intent name, a short one for the message's kind, or the policy's."""
    if wanted and "-" in wanted:
        return Intent(wanted)
    if kind is Kind.OTHER:
        raise NothingToAnswerError(
            "this message is neither an interview invitation nor a job offer",
            hint="to answer it anyway, name the reply with --intent, e.g. --intent invitation-decline",
        )
    if wanted:
        try:
            return Intent(f"{kind.value}-{wanted}")
        except ValueError:
            raise MailtoolError(f"an {kind.value} cannot be answered with {wanted!r}") from None
    intent = policy.intent_for(kind)
    assert intent is not None  # every kind but OTHER has a configured intent
    return intent


def _cues(analysis: Analysis) -> str:
    return "; ".join(analysis.evidence[:3]) or "no invitation or offer cues"
