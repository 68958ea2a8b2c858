"""Carry out a decision on a mail store: look for an earlier draft, write the new one, mark the original."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mailtool.compose import Identity, Policy, ReplyOptions, draft_bytes
from mailtool.model import Mail
from mailtool.pipeline import Draft, Skip, plan
from mailtool.stores.base import Account, MailStore, Stored

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What happened to one message: a draft written (where), already drafted, or skipped (why)."""

    decision: Skip | Draft
    written: str | None = None
    already: bool = False

    def describe(self) -> str:
        """One line for the user: what was decided and where the draft went."""
        decision = self.decision
        if isinstance(decision, Skip):
            return f"skipped {_label(decision.mail)}: {decision.reason}"
        facts = decision.analysis
        about = ", ".join(part for part in (facts.company, facts.position) if part)
        head = f"{decision.intent.value} ({decision.message['X-Mailtool-Language']})"
        head += f" for {about}" if about else ""
        if self.already:
            return f"already drafted: {head}; {_label(decision.mail)} has a mailtool draft in Drafts (nothing written)"
        if self.written:
            return f"wrote {head} to {self.written}"
        return f"would write {head} (dry run: nothing written)"


@dataclass(frozen=True)
class Settings:
    """What a reply is made of, besides the message: who writes and what they want."""

    identity: Identity
    policy: Policy
    wanted: str | None = None
    options: ReplyOptions | None = None


def answer(mail: Mail, store: MailStore | None, account: Account | None, settings: Settings, *,
           original: Stored | None = None, force: bool = False) -> Outcome:  # fmt: skip
    """Decide the reply to a message and, with a store, write it to Drafts unless a draft already answers it."""
    decision = plan(mail, settings.policy, settings.identity, settings.wanted, settings.options)
    if isinstance(decision, Skip) or store is None:
        return Outcome(decision)
    if mail.message_id and not force and store.drafted(mail.message_id):
        log.info("%s already has a draft in Drafts; not writing another", mail.message_id)
        return Outcome(decision, already=True)
    where = store.write_draft(draft_bytes(decision.message))
    log.info("draft for %s written to %s", mail.message_id or "(no Message-ID)", where)
    if original is not None and account is not None and account.mark_keyword:
        store.mark(original, account.mark_keyword)
    return Outcome(decision, written=where)


def _label(mail: Mail) -> str:
    return mail.message_id or f"the message '{mail.subject[:60]}'"
