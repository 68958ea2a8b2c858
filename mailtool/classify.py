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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from mailtool import againstcues, cues, eventcues, offercues, orgs
from mailtool.model import Kind, Mail
from mailtool.reading import Reading, find, fold, has_meeting, negations, read

THRESHOLD = 2.5
"""The score an invitation or an offer must reach; below it the message is OTHER."""

_MOVES = "body: moves the interview"  # the evidence of a reschedule, which a regret word does not weaken
_REPLY_WEIGHT = 0.6  # a reply's subject was often written by the candidate: it says less about this message
_CONTEXT = 3  # sentences before a clock time that may name the interview it belongs to
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


def classify(mail: Mail, lang: str) -> Verdict:
    """Decide whether a message is an interview invitation, a job offer or something else."""
    reading = read(mail, lang)
    invitation = list(_invitation_hits(mail, reading))
    moved = any(h.why.startswith(_MOVES) for h in invitation)
    return _decide([*invitation, *_offer_hits(mail, reading), *_against_hits(mail, reading, moved=moved)])


def _decide(hits: Sequence[_Hit]) -> Verdict:
    against = sum(h.weight for h in hits if h.target is None)
    scores = {kind: against + sum(h.weight for h in hits if h.target is kind) for kind in (Kind.INVITATION, Kind.OFFER)}
    best = max(scores, key=lambda kind: scores[kind])
    chosen = best if scores[best] >= THRESHOLD else Kind.OTHER
    margin = abs(scores[best] - THRESHOLD)
    evidence = tuple(h.why for h in hits if h.target in (best, None))
    return Verdict(chosen, round(1 / (1 + math.exp(-margin)), 2), evidence)


def _body_hit(
    target: Kind, weight: float, label: str, cue: cues.Cue, reading: Reading, **scope: bool
) -> Iterator[_Hit]:
    found = find(cue, reading, **scope)
    if found is not None:
        yield _Hit(target, weight, f"body: {label} '{found}'")


# --- invitation ----------------------------------------------------------------------------------------------


def _invitation_hits(mail: Mail, reading: Reading) -> Iterator[_Hit]:
    inv = Kind.INVITATION
    yield from _subject_invitation(reading)
    invite = find(cues.INVITE_YOU, reading, meeting=True) or find(cues.INVITE_NOUN, reading, meeting=True, words=False)
    if invite is not None:
        yield _Hit(inv, 3.0, f"body: invitation '{invite}'")
    else:
        yield from _body_hit(inv, 1.5, "invitation without an interview word", cues.INVITE_YOU, reading)
    yield from _body_hit(inv, 2.5, "wants to meet you", cues.MEET_YOU, reading, meeting=True, past=False)
    yield from _body_hit(inv, 2.5, "reminder or confirmation", cues.REMIND, reading, meeting=True)
    moves = list(_body_hit(inv, 2.5, _MOVES[6:], cues.RESCHEDULE, reading, meeting=True, past=False))
    yield from moves or _moves_near(reading)
    yield from _body_hit(inv, 2.0, "next step", cues.NEXT_STEP, reading, meeting=True)
    yield from _body_hit(inv, 1.0, "moves you forward", cues.PROGRESS, reading)
    yield from _body_hit(inv, 1.5, "asks to book a time", cues.BOOKING_ASK, reading)
    yield from _body_hit(inv, 1.0, "asks which time suits", cues.ASKS_TIME, reading)
    yield from _asks_for_time(reading)
    yield from _body_hit(inv, 1.0, "welcomes you", cues.WELCOME, reading)
    yield from _time_hit(reading)
    yield from _booking_link(mail)
    yield from _calendar_hit(mail)


def _moves_near(reading: Reading) -> Iterator[_Hit]:
    """Yield when a move stands near a planned interview, or under a subject naming one (weaker than in its sentence).

    "Unfortunately we cannot hold your interview on Wednesday. Could you come on Thursday instead?": the
    interview is named in a sentence that is negated, the new time in the next one.
    """
    subject = reading.subject_meeting
    for match in cues.RESCHEDULE.at_words(reading.body):
        index = reading.sentence(match.start())
        if index not in reading.past and (subject or index in reading.meeting or _meeting_near(reading, index)):
            if reading.job:  # a client's meeting moved to a new time is no interview
                yield _Hit(Kind.INVITATION, 1.5, f"{_MOVES} (near it) '{match.group(0)}'")
            return


def _subject_invitation(reading: Reading) -> Iterator[_Hit]:
    subject = reading.subject
    factor = _REPLY_WEIGHT if reading.is_reply else 1.0
    if not reading.subject_meeting or any(negations(subject, reading.lang)):
        return
    strong = cues.INVITE_NOUN.search(subject) or cues.REMIND.first(subject) or cues.NEXT_STEP.first(subject)
    weight, label = (3.0, "invitation") if strong else (1.5, "names an interview")
    yield _Hit(Kind.INVITATION, weight * factor, f"subject: {label} '{subject}'")


def _time_hit(reading: Reading) -> Iterator[_Hit]:
    """Yield when a clock time is proposed for an interview or a call named in its sentence or near it."""
    # the subject names the interview this time is for, unless the body speaks of an interview that is past
    subject_context = reading.subject_meeting and not (reading.meeting & reading.past)
    for match in cues.TIME.at_words(reading.body):
        index = reading.sentence(match.start())
        if index in reading.past or not reading.asserted(match.start()):
            continue
        sentence = reading.text(index)
        if index in reading.meeting:
            yield _Hit(Kind.INVITATION, 2.5, f"body: proposes a time for it '{match.group(0)}'")
        elif cues.SOCIAL.first(sentence) or cues.TIMESTAMP.first(sentence):
            continue  # the time of a lunch, or of when the application came in
        elif subject_context or _meeting_near(reading, index):
            yield _Hit(Kind.INVITATION, 2.0, f"body: proposes a time '{match.group(0)}'")
        else:
            continue
        # "Perfect, let's do Tuesday. See you at 10:00": the agreement may stand just before the time
        yield from _confirmed(reading.text(index - 1) + sentence if index else sentence)
        return


def _asks_for_time(reading: Reading) -> Iterator[_Hit]:
    """Yield when a job mail asks whether the addressee is free at a time, naming no interview.

    "Hätten Sie nächsten Dienstag um 14 Uhr Zeit, bei uns vorbeizuschauen?", "Kan du torsdag kl. 14?": a hiring
    manager's visit or chat is an interview. A friend asks the same, so the mail must speak of a job or an
    application; one that answers the candidate's application ("Takk for søknaden") counts more.
    """
    days = eventcues.DAY_ASK.at_words(reading.body) if reading.job else ()  # read only in a job mail: skip the scan
    asks = sorted(chain(cues.ASKS_TIME.at_words(reading.body), days), key=_start)
    for match in asks:
        index = reading.sentence(match.start())
        sentence = reading.text(index)
        if index in reading.past or not reading.asserted(match.start()) or cues.SOCIAL.first(sentence):
            continue
        if cues.TIME.first(sentence):
            if reading.job:
                weight, label = (3.0, " (answers your application)") if _answers_application(reading) else (2.0, "")
                yield _Hit(Kind.INVITATION, weight, f"body: asks if a time suits you{label} '{sentence.strip()[:60]}'")
            return


def _answers_application(reading: Reading) -> bool:
    """Tell whether the mail answers the candidate's application: thanks for it, or replies to its subject."""
    return bool(
        (reading.is_reply and cues.APPLICATION.first(reading.subject))
        or eventcues.APPLICATION_THANKS.first(reading.body)
    )


def _start(match: re.Match[str]) -> int:
    return match.start()


def _meeting_near(reading: Reading, index: int) -> bool:
    """Tell whether a sentence before or after `index` names an interview that is not past."""
    nearby = (*range(index - _CONTEXT, index), *range(index + 1, index + 1 + _CONTEXT))
    return any(i in reading.meeting and i not in reading.past for i in nearby)


def _confirmed(sentence: str) -> Iterator[_Hit]:
    """Yield when the sentence of an interview time agrees on it ("dann halten wir Freitag um 14 Uhr fest")."""
    agreed = cues.CONFIRM_TIME.first(sentence)
    if agreed is not None:
        yield _Hit(Kind.INVITATION, 1.5, f"body: agrees on the time '{agreed.group(0)}'")


def _link(mail: Mail, cue: cues.Cue) -> str | None:
    """Return the first link of the mail in which the cue occurs (links are read lower-cased)."""
    return next((url for url in mail.links if cue.search(url.lower())), None)


def _booking_link(mail: Mail) -> Iterator[_Hit]:
    link = _link(mail, cues.BOOKING_LINK)
    if link is not None:
        yield _Hit(Kind.INVITATION, 2.0, f"link: booking page '{link[:60]}'")


def _calendar_hit(mail: Mail) -> Iterator[_Hit]:
    event = next((e for e in mail.calendar if e.method.upper() in ("REQUEST", "")), None)
    if event is None:
        return
    named = has_meeting(fold(event.summary))
    yield _Hit(Kind.INVITATION, 2.5 if named else 1.5, f"calendar: {event.method or 'event'} '{event.summary}'")


# --- offer ---------------------------------------------------------------------------------------------------


def _offer_hits(mail: Mail, reading: Reading) -> Iterator[_Hit]:
    off = Kind.OFFER
    yield from _subject_offer(reading)
    yield from _offer_phrase(reading)
    yield from _body_hit(off, 2.0, "names the offer", offercues.OFFER_NOUN, reading)
    yield from _body_hit(off, 1.5, "names the employment contract", offercues.CONTRACT_NOUN, reading)
    yield from _join_us(reading)
    accept = next(
        (
            m.group(0)
            for m in offercues.ACCEPT.at_words(reading.body)
            if reading.sentence(m.start()) not in reading.negated
        ),
        None,
    )
    if accept is not None:
        yield _Hit(off, 2.0, f"body: asks to accept or sign '{accept}'")
    yield from _contract_file(mail)
    link = _link(mail, offercues.OFFER_LINK)
    if link is not None:
        yield _Hit(off, 1.5, f"link: offer page '{link[:60]}'")
    yield from _terms(reading)


def _terms(reading: Reading) -> Iterator[_Hit]:
    """Yield when the body states the pay and the start, more so with a contract promised: an offer in all but name.

    "Lønnen bliver 38.000 kr. Kan du starte 1. september? Så laver jeg kontrakten": a small employer's offer.
    """
    if not (offercues.SALARY.first(reading.body) and offercues.START.first(reading.body)):
        return
    yield _Hit(Kind.OFFER, 1.0, "body: states salary and start")
    # "if you're in, I'll draw up the contract": the promise hangs on the answer to the offer, so a conditional
    # does not weaken it; a negation does
    for match in offercues.CONTRACT_TO_COME.at_words(reading.body):
        if reading.sentence(match.start()) not in reading.negated:
            yield _Hit(Kind.OFFER, 1.5, f"body: promises the contract '{match.group(0)}'")
            return


def _subject_offer(reading: Reading) -> Iterator[_Hit]:
    factor = _REPLY_WEIGHT if reading.is_reply else 1.0
    strong = offercues.OFFER_NOUN.first(reading.subject)
    weak = strong or offercues.OFFER_WORD.first(reading.subject) or offercues.CONTRACT_FILE.search(reading.subject)
    if weak is not None:
        weight = 3.0 if strong else 1.5
        yield _Hit(Kind.OFFER, weight * factor, f"subject: offer '{weak.group(0)}'")


def _offer_phrase(reading: Reading) -> Iterator[_Hit]:
    """Yield when the sender offers the addressee the job ("we'd love to offer you the role")."""
    hire = find(offercues.HIRE_YOU, reading)
    if hire is not None:
        yield _Hit(Kind.OFFER, 3.0, f"body: wants to hire you '{hire}'")
        return
    for match in offercues.OFFER_YOU.at_words(reading.body):
        if not reading.asserted(match.start()):
            continue
        index = reading.sentence(match.start())
        sentence = reading.text(index)
        job = (
            cues.POSITION.first(sentence)
            or offercues.OFFER_NOUN.first(sentence)
            or offercues.OFFER_WORD.first(match.group(0))
        )
        yield _Hit(Kind.OFFER, 3.0 if job else 1.5, f"body: offers you {'the job ' if job else ''}'{match.group(0)}'")
        return


def _join_us(reading: Reading) -> Iterator[_Hit]:
    """Yield when the sender wants the addressee in the team, more so when a role is named with it."""
    for match in offercues.JOIN_US.at_words(reading.body):
        if reading.asserted(match.start()):
            sentence = reading.text(reading.sentence(match.start()))
            role = cues.POSITION.first(sentence) or offercues.AS_ROLE.search(
                reading.body, match.start(), match.end() + 60
            )
            yield _Hit(Kind.OFFER, 3.0 if role else 1.5, f"body: wants you in the team '{match.group(0)}'")
            return


def _contract_file(mail: Mail) -> Iterator[_Hit]:
    name = next(
        (n for n in mail.attachments if offercues.CONTRACT_FILE.search(n.lower()) and not n.lower().endswith(".ics")),
        None,
    )
    if name is not None:
        yield _Hit(Kind.OFFER, 2.0, f"attachment: offer or contract '{name}'")


# --- against -------------------------------------------------------------------------------------------------


def _against_hits(mail: Mail, reading: Reading, *, moved: bool) -> Iterator[_Hit]:
    yield from _bulk_hits(mail, reading)
    families = [
        (againstcues.ALERT, -5.0, "job alert"),
        (againstcues.MARKETING, -3.0, "newsletter or marketing"),
        (againstcues.REJECTION, -3.5, "rejection"),
        (againstcues.RECEIPT, -3.0, "application receipt"),
        (againstcues.PERSONAL, -2.5, "personal"),
    ]
    # "unfortunately" opens a reschedule as often as a rejection
    if not moved:
        families.append((againstcues.REGRET, -1.5, "regret"))
    if eventcues.APPLICATION_THANKS.first(reading.body):
        # "Tack för din ansökan! ... Kram": a small employer signs warmly, a friend does not thank for an application
        families = [f for f in families if f[0] is not againstcues.PERSONAL]
    for cue, weight, label in families:
        match = cue.first(reading.whole)
        if match is not None:
            yield _Hit(None, weight, f"text: {label} cue '{match.group(0)}'")
    care = None if reading.job else againstcues.CARE.first(reading.whole)
    if care is not None:
        # a veto: the booking reads like an invitation in every other respect (a time, "confirmed", a calendar
        # invite), and a mail with no word of a job, an application or an interview is no job message
        yield _Hit(None, -10.0, f"text: an appointment with a carer or a service '{care.group(0)}'")
    invoice = againstcues.INVOICE.first(reading.subject) or againstcues.INVOICE.first(reading.body)
    if invoice is not None:
        yield _Hit(None, -3.0, f"text: receipt or invoice cue '{invoice.group(0)}'")
    yield from _sender_hits(mail, reading)


def _bulk_hits(mail: Mail, reading: Reading) -> Iterator[_Hit]:
    """Yield when the mail is bulk: list headers, or an unsubscribe line or link."""
    precedence = mail.header("precedence").strip().lower()
    if mail.header("list-id") or precedence in _BULK_PRECEDENCE:
        yield _Hit(None, -6.0, "header: mailing list (List-Id or Precedence)")
    elif mail.header("list-unsubscribe"):
        # applicant-tracking systems add it to every mail, an invitation too: newsletters are told by their text
        yield _Hit(None, -2.5, "header: List-Unsubscribe")
    text = againstcues.UNSUBSCRIBE.first(reading.whole)
    link = _link(mail, againstcues.UNSUBSCRIBE_LINK)
    if text is not None or link is not None:
        yield _Hit(None, -3.5, f"text: unsubscribe '{text.group(0) if text else link}'")


def _sender_hits(mail: Mail, reading: Reading) -> Iterator[_Hit]:
    """Yield when the sender is a private person (a free-mail address) or a colleague of the recipient."""
    domain = orgs.domain_of(mail.sender.addr) if mail.sender else ""
    if domain and orgs.is_free_mail(domain):
        # a mailbox anyone can sign up to names no employer: mostly friends and family write from one
        yield _Hit(None, -1.0, f"sender: free-mail address '{domain}'")
        return
    yield from _internal_hits(mail, reading, domain)


def _internal_hits(mail: Mail, reading: Reading, domain: str) -> Iterator[_Hit]:
    """Yield when a colleague writes from the recipient's own domain, or the recipient is asked to interview."""
    # only a mail that names an interview can ask the recipient to hold one: most mails skip the scan
    asked = againstcues.INTERVIEWER_ASK.first(reading.whole) if reading.meeting else None
    # every To address in the sender's domain: a candidate cc'ing colleagues on an invitation is not internal
    if not domain or not mail.to or any(orgs.domain_of(a.addr) != domain for a in mail.to):
        if asked is not None:
            yield _Hit(None, -3.0, f"body: asks the recipient to interview '{asked.group(0)}'")
        return
    yield _Hit(None, -2.5, f"sender: same domain as the recipient '{domain}'")
    if asked is not None:
        # a veto: a colleague's request to sit on the panel has the time, the calendar invite and the interview word
        # of an invitation, and only the role of the recipient tells them apart
        yield _Hit(None, -10.0, f"body: asks a colleague to interview '{asked.group(0)}'")
        return
    side = againstcues.INTERVIEWER_SIDE.first(reading.body)
    if side is not None:
        yield _Hit(None, -2.0, f"body: the recipient interviews '{side.group(0)}'")
