"""Mail -> Kind (invitation | offer | other) with a confidence and the cues that decided.

A scored rule model: each cue family (an invitation phrase, a clock time near an interview word, a booking
link, an offer phrase, a contract attachment, a rejection, bulk-mail headers...) adds its weight once to the
invitation score, the offer score, or (negative cues) to both. The better score wins when it reaches
THRESHOLD. Only the new text decides: quoted earlier messages are never read, and a sentence that is
negated or hypothetical ("if shortlisted, we will invite you") does not count as an invitation.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from mailtool import cues
from mailtool.model import Kind, Mail

THRESHOLD = 2.5
"""The score an invitation or an offer must reach; below it the message is OTHER."""

_REPLY_WEIGHT = 0.6  # a reply's subject was often written by the candidate: it says less about this message
_CONTEXT = 3  # sentences before a clock time that may name the interview it belongs to
_SENTENCE = re.compile(r"\n+|(?<=[!?])\s+|(?<=[.])\s+(?=[A-ZÀ-ÖØ-Þ])")
_FINNISH_NEGATION = re.compile(r"\b(?:ei|en|et|emme|ette|eivät)\b")  # only in Finnish: "en"/"et" mean other things
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


@dataclass(frozen=True)
class Verdict:
    """The kind of a message, how sure we are (0..1) and the evidence."""

    kind: Kind
    confidence: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Hit:
    """One cue family that fired: for which kind (None: against both), its weight and why."""

    target: Kind | None
    weight: float
    why: str


@dataclass(frozen=True)
class _Reading:
    """The parts of a mail the classifier reads, lower-cased, and what the scope cues say of each sentence."""

    subject: str
    is_reply: bool
    body: str
    whole: str
    """Subject, body and signature: where bulk-mail and marketing cues are looked for."""
    lang: str
    starts: tuple[int, ...]
    """Offset in `body` where each sentence starts."""
    meeting: frozenset[int]
    """Sentences naming an interview, a call or an assessment."""
    past: frozenset[int]
    negated: frozenset[int]
    condition: dict[int, int]
    """Offset of the first conditional ("if", "hvis", "falls") of each sentence that has one."""

    def sentence(self, offset: int) -> int:
        """Return the index of the sentence holding a body offset."""
        return bisect_right(self.starts, offset) - 1

    def asserted(self, offset: int) -> bool:
        """Tell whether a cue at `offset` is stated as fact: not negated, not after an "if"."""
        index = self.sentence(offset)
        return index not in self.negated and self.condition.get(index, offset) >= offset


def classify(mail: Mail, lang: str) -> Verdict:
    """Decide whether a message is an interview invitation, a job offer or something else."""
    reading = _read(mail, lang)
    hits = [*_invitation_hits(mail, reading), *_offer_hits(mail, reading), *_against_hits(mail, reading)]
    return _decide(hits)


def _read(mail: Mail, lang: str) -> _Reading:
    subject = _fold(mail.subject)
    stripped = cues.REPLY_PREFIX.sub("", subject)
    body = _fold(mail.body or mail.new_text)
    starts = (0, *(m.end() for m in _SENTENCE.finditer(body)))
    whole = "\n".join((subject, body, _fold(mail.signature)))
    reading = _Reading(
        stripped, stripped != subject, body, whole, lang, starts, frozenset(), frozenset(), frozenset(), {}
    )
    meeting = frozenset(reading.sentence(m.start()) for m in _meetings(body))
    past = frozenset(reading.sentence(m.start()) for m in cues.PAST.at_words(body))
    negated = frozenset(reading.sentence(m.start()) for m in _negations(body, lang))
    condition: dict[int, int] = {}
    for match in cues.CONDITIONAL.at_words(body):
        condition.setdefault(reading.sentence(match.start()), match.start())
    return replace(reading, meeting=meeting, past=past, negated=negated, condition=condition)


def _fold(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def _decide(hits: Sequence[_Hit]) -> Verdict:
    against = sum(h.weight for h in hits if h.target is None)
    scores = {kind: against + sum(h.weight for h in hits if h.target is kind) for kind in (Kind.INVITATION, Kind.OFFER)}
    best = max(scores, key=lambda kind: scores[kind])
    chosen = best if scores[best] >= THRESHOLD else Kind.OTHER
    margin = abs(scores[best] - THRESHOLD)
    evidence = tuple(h.why for h in hits if h.target in (best, None))
    return Verdict(chosen, round(1 / (1 + math.exp(-margin)), 2), evidence)


# --- sentence scope ------------------------------------------------------------------------------------------


def _negations(text: str, lang: str) -> Iterator[re.Match[str]]:
    """Yield the negations of a text, idioms like "don't hesitate" left out."""
    plain = text
    for idiom in cues.NOT_NEGATION.finditer(text):
        plain = (
            plain[: idiom.start()] + " " * len(idiom.group(0)) + plain[idiom.end() :]
        )  # same length: offsets stay valid
    yield from cues.NEGATION.at_words(plain)
    if lang == "fi":
        yield from _FINNISH_NEGATION.finditer(plain)


def _word(cue: cues.Cue, text: str) -> re.Match[str] | None:
    return cue.first(text)


def _meetings(text: str) -> Iterator[re.Match[str]]:
    """Yield the words of a text naming an interview, a call or an assessment (not the interviewer)."""
    yield from (m for m in cues.MEETING_ROOT.finditer(text) if not cues.AGENT.match(text, m.start()))
    yield from cues.MEETING_WORD.at_words(text)


def _has_meeting(text: str) -> bool:
    return next(_meetings(text), None) is not None


def _find(
    cue: cues.Cue, reading: _Reading, *, meeting: bool = False, past: bool = True, words: bool = True
) -> str | None:
    """Return the first asserted match in the body (with an interview word in its sentence if `meeting`)."""
    matches = cue.at_words(reading.body) if words else cue.finditer(reading.body)
    for match in matches:
        index = reading.sentence(match.start())
        if (meeting and index not in reading.meeting) or (not past and index in reading.past):
            continue
        if reading.asserted(match.start()):
            return match.group(0).strip()
    return None


def _body_hit(
    target: Kind, weight: float, label: str, cue: cues.Cue, reading: _Reading, **scope: bool
) -> Iterator[_Hit]:
    found = _find(cue, reading, **scope)
    if found is not None:
        yield _Hit(target, weight, f"body: {label} '{found}'")


# --- invitation ----------------------------------------------------------------------------------------------


def _invitation_hits(mail: Mail, reading: _Reading) -> Iterator[_Hit]:
    inv = Kind.INVITATION
    yield from _subject_invitation(reading)
    invite = _find(cues.INVITE_YOU, reading, meeting=True) or _find(
        cues.INVITE_NOUN, reading, meeting=True, words=False
    )
    if invite is not None:
        yield _Hit(inv, 3.0, f"body: invitation '{invite}'")
    else:
        yield from _body_hit(inv, 1.5, "invitation without an interview word", cues.INVITE_YOU, reading)
    yield from _body_hit(inv, 2.5, "wants to meet you", cues.MEET_YOU, reading, meeting=True, past=False)
    yield from _body_hit(inv, 2.5, "reminder or confirmation", cues.REMIND, reading, meeting=True)
    yield from _body_hit(inv, 2.5, "moves the interview", cues.RESCHEDULE, reading, meeting=True, past=False)
    yield from _body_hit(inv, 2.0, "next step", cues.NEXT_STEP, reading, meeting=True)
    yield from _body_hit(inv, 1.0, "moves you forward", cues.PROGRESS, reading)
    yield from _body_hit(inv, 1.5, "asks to book a time", cues.BOOKING_ASK, reading)
    yield from _body_hit(inv, 1.0, "asks which time suits", cues.ASKS_TIME, reading)
    yield from _body_hit(inv, 1.0, "welcomes you", cues.WELCOME, reading)
    yield from _time_hit(reading)
    yield from _booking_link(mail)
    yield from _calendar_hit(mail)


def _subject_invitation(reading: _Reading) -> Iterator[_Hit]:
    subject = reading.subject
    factor = _REPLY_WEIGHT if reading.is_reply else 1.0
    if not _has_meeting(subject) or any(_negations(subject, reading.lang)):
        return
    strong = cues.INVITE_NOUN.search(subject) or _word(cues.REMIND, subject) or _word(cues.NEXT_STEP, subject)
    weight, label = (3.0, "invitation") if strong else (1.5, "names an interview")
    yield _Hit(Kind.INVITATION, weight * factor, f"subject: {label} '{subject}'")


def _time_hit(reading: _Reading) -> Iterator[_Hit]:
    """Yield when a clock time is proposed for an interview or a call named in its sentence or near it."""
    # the subject names the interview this time is for, unless the body speaks of an interview that is past
    subject_context = _has_meeting(reading.subject) and not (reading.meeting & reading.past)
    for match in cues.TIME.at_words(reading.body):
        index = reading.sentence(match.start())
        if index in reading.past or not reading.asserted(match.start()):
            continue
        if index in reading.meeting:
            yield _Hit(Kind.INVITATION, 2.5, f"body: proposes a time for it '{match.group(0)}'")
            return
        nearby = range(index - _CONTEXT, index)
        if subject_context or any(i in reading.meeting and i not in reading.past for i in nearby):
            yield _Hit(Kind.INVITATION, 2.0, f"body: proposes a time '{match.group(0)}'")
            return


def _booking_link(mail: Mail) -> Iterator[_Hit]:
    link = next((url for url in mail.links if cues.BOOKING_LINK.search(url.lower())), None)
    if link is not None:
        yield _Hit(Kind.INVITATION, 2.0, f"link: booking page '{link[:60]}'")


def _calendar_hit(mail: Mail) -> Iterator[_Hit]:
    event = next((e for e in mail.calendar if e.method.upper() in ("REQUEST", "")), None)
    if event is None:
        return
    named = _has_meeting(_fold(event.summary))
    yield _Hit(Kind.INVITATION, 2.5 if named else 1.5, f"calendar: {event.method or 'event'} '{event.summary}'")


# --- offer ---------------------------------------------------------------------------------------------------


def _offer_hits(mail: Mail, reading: _Reading) -> Iterator[_Hit]:
    off = Kind.OFFER
    yield from _subject_offer(reading)
    yield from _offer_phrase(reading)
    yield from _body_hit(off, 2.0, "names the offer", cues.OFFER_NOUN, reading)
    accept = next(
        (m.group(0) for m in cues.ACCEPT.at_words(reading.body) if reading.sentence(m.start()) not in reading.negated),
        None,
    )
    if accept is not None:
        yield _Hit(off, 2.0, f"body: asks to accept or sign '{accept}'")
    yield from _contract_file(mail)
    link = next((url for url in mail.links if cues.OFFER_LINK.search(url.lower())), None)
    if link is not None:
        yield _Hit(off, 1.5, f"link: offer page '{link[:60]}'")
    if _word(cues.SALARY, reading.body) and _word(cues.START, reading.body):
        yield _Hit(off, 1.0, "body: states salary and start")


def _subject_offer(reading: _Reading) -> Iterator[_Hit]:
    factor = _REPLY_WEIGHT if reading.is_reply else 1.0
    strong = _word(cues.OFFER_NOUN, reading.subject)
    weak = strong or _word(cues.OFFER_WORD, reading.subject) or cues.CONTRACT_FILE.search(reading.subject)
    if weak is not None:
        weight = 3.0 if strong else 1.5
        yield _Hit(Kind.OFFER, weight * factor, f"subject: offer '{weak.group(0)}'")


def _offer_phrase(reading: _Reading) -> Iterator[_Hit]:
    """Yield when the sender offers the addressee the job ("we'd love to offer you the role")."""
    hire = _find(cues.HIRE_YOU, reading)
    if hire is not None:
        yield _Hit(Kind.OFFER, 3.0, f"body: wants to hire you '{hire}'")
        return
    for match in cues.OFFER_YOU.at_words(reading.body):
        if not reading.asserted(match.start()):
            continue
        index = reading.sentence(match.start())
        sentence = reading.body[
            reading.starts[index] : reading.starts[index + 1] if index + 1 < len(reading.starts) else None
        ]
        job = (
            _word(cues.POSITION, sentence) or _word(cues.OFFER_NOUN, sentence) or _word(cues.OFFER_WORD, match.group(0))
        )
        yield _Hit(Kind.OFFER, 3.0 if job else 1.5, f"body: offers you {'the job ' if job else ''}'{match.group(0)}'")
        return


def _contract_file(mail: Mail) -> Iterator[_Hit]:
    name = next(
        (n for n in mail.attachments if cues.CONTRACT_FILE.search(n.lower()) and not n.lower().endswith(".ics")), None
    )
    if name is not None:
        yield _Hit(Kind.OFFER, 2.0, f"attachment: offer or contract '{name}'")


# --- against -------------------------------------------------------------------------------------------------


def _against_hits(mail: Mail, reading: _Reading) -> Iterator[_Hit]:
    yield from _bulk_hits(mail, reading)
    families = (
        (cues.ALERT, -5.0, "job alert"),
        (cues.MARKETING, -3.0, "newsletter or marketing"),
        (cues.REJECTION, -3.5, "rejection"),
        (cues.REGRET, -1.5, "regret"),
        (cues.RECEIPT, -3.0, "application receipt"),
    )
    for cue, weight, label in families:
        match = _word(cue, reading.whole)
        if match is not None:
            yield _Hit(None, weight, f"text: {label} cue '{match.group(0)}'")
    invoice = _word(cues.INVOICE, reading.subject) or _word(cues.INVOICE, reading.body)
    if invoice is not None:
        yield _Hit(None, -3.0, f"text: receipt or invoice cue '{invoice.group(0)}'")
    yield from _internal_hits(mail, reading)


def _bulk_hits(mail: Mail, reading: _Reading) -> Iterator[_Hit]:
    """Yield when the mail is bulk: list headers, or an unsubscribe line or link."""
    precedence = mail.header("precedence").strip().lower()
    if mail.header("list-unsubscribe") or mail.header("list-id") or precedence in _BULK_PRECEDENCE:
        yield _Hit(None, -6.0, "header: bulk mail (List-Unsubscribe, List-Id or Precedence)")
    text = _word(cues.UNSUBSCRIBE, reading.whole)
    link = next((url for url in mail.links if cues.UNSUBSCRIBE_LINK.search(url.lower())), None)
    if text is not None or link is not None:
        yield _Hit(None, -4.0, f"text: unsubscribe '{text.group(0) if text else link}'")


def _internal_hits(mail: Mail, reading: _Reading) -> Iterator[_Hit]:
    """Yield when a colleague writes from the recipient's own (non free-mail) domain."""
    domain = _domain(mail.sender.addr) if mail.sender else ""
    # every To address in the sender's domain: a candidate cc'ing colleagues on an invitation is not internal
    if not domain or domain in cues.FREE_MAIL or not mail.to or any(_domain(a.addr) != domain for a in mail.to):
        return
    yield _Hit(None, -2.5, f"sender: same domain as the recipient '{domain}'")
    side = _word(cues.INTERVIEWER_SIDE, reading.body)
    if side is not None:
        yield _Hit(None, -2.0, f"body: the recipient interviews '{side.group(0)}'")


def _domain(addr: str) -> str:
    return addr.rpartition("@")[2].lower()
