"""What the classifier reads of a mail: the lower-cased parts, the sentences, and the scope of each sentence.

A sentence may name an interview, speak of the past, be negated, or hold a conditional from some offset on;
cue families are then looked for in the sentences whose scope allows them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain

from mailtool import cues, eventcues, scopecues
from mailtool.lazyre import lazy
from mailtool.model import Mail

# a full stop before a capital ends a sentence, unless it follows an ordinal ("den 23. April") or an initial;
# Spanish opens a question or an exclamation with "¿" or "¡" before the capital
_SENTENCE = lazy(r"\n+|(?<=[!?])\s+|(?<=[.])(?<![\s(]\w[.])(?<![\s(]\d\d[.])\s+(?=[¿¡]?[A-ZÀ-ÖØ-Þ])")
_FINNISH_NEGATION = lazy(r"\b(?:ei|en|et|emme|ette|eivät)\b")  # only in Finnish: "en"/"et" mean other things
_FEEDBACK_SPAN = 20  # characters around a call word where a feedback word makes it a feedback call


@dataclass(frozen=True)
class Reading:
    """The parts of a mail the classifier reads, lower-cased, and what the scope cues say of each sentence."""

    subject: str
    is_reply: bool
    body: str
    whole: str
    """Subject, body and signature: where bulk-mail and marketing cues are looked for."""
    lang: str
    job: bool
    """Whether the subject or the body speaks of a job, an application or an interview."""
    subject_meeting: bool
    """Whether the subject names an interview, a call or an assessment (asked often: read once)."""
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

    def text(self, index: int) -> str:
        """Return the text of sentence `index`."""
        return self.body[self.starts[index] : self.starts[index + 1] if index + 1 < len(self.starts) else None]

    def asserted(self, offset: int) -> bool:
        """Tell whether a cue at `offset` is stated as fact: not negated, not after an "if"."""
        index = self.sentence(offset)
        return index not in self.negated and self.condition.get(index, offset) >= offset


def read(mail: Mail, lang: str) -> Reading:
    """Read a mail's subject, new text and signature, and the scope of each sentence of the text."""
    subject = fold(mail.subject)
    stripped = cues.REPLY_PREFIX.sub("", subject)
    raw = (mail.body or mail.new_text).replace("\u2019", "'").replace("\u2018", "'")
    body = raw.lower()  # fold() without losing the case, which tells where a sentence starts
    cased = raw if len(raw) == len(body) else body  # split where the case is known, offsets must stay valid
    starts = (0, *(m.end() for m in _SENTENCE.finditer(cased)))
    whole = "\n".join((subject, body, fold(mail.signature)))
    job = job_mail(f"{stripped}\n{body}")
    empty: frozenset[int] = frozenset()  # the scope of each sentence, filled in below once the sentences are known
    reading = Reading(
        stripped, stripped != subject, body, whole, lang, job, has_meeting(stripped), starts, empty, empty, empty, {}
    )
    # "kom innom, så tar vi en prat": a chat or a visit is an interview only in a mail about a job
    chats = (m for m in eventcues.CHAT.at_words(body) if not _feedback(body, m)) if job else ()
    meeting = frozenset(reading.sentence(m.start()) for m in chain(meetings(body), chats))
    past = frozenset(reading.sentence(m.start()) for m in scopecues.PAST.at_words(body))
    negated = frozenset(reading.sentence(m.start()) for m in negations(body, lang))
    condition: dict[int, int] = {}
    for match in scopecues.CONDITIONAL.at_words(body):
        condition.setdefault(reading.sentence(match.start()), match.start())
    return replace(reading, meeting=meeting, past=past, negated=negated, condition=condition)


def job_mail(text: str) -> bool:
    """Tell whether a lower-cased text speaks of a job, an application or an interview."""
    return bool(
        cues.INTERVIEW_ROOT.search(text)
        or cues.POSITION.first(text)
        or cues.APPLICATION.first(text)
        or cues.NAMED_TEST.first(text)
        or eventcues.EXERCISE.first(text)
        or eventcues.EVENT.search(text)  # a trial day or a trial lecture is held only for a post
    )


def fold(text: str) -> str:
    """Lower-case a text and fold typographic apostrophes to "'", keeping its length."""
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def negations(text: str, lang: str) -> Iterator[re.Match[str]]:
    """Yield the negations of a text, idioms like "don't hesitate" left out."""
    plain = text
    for idiom in scopecues.NOT_NEGATION.finditer(text):
        plain = (
            plain[: idiom.start()] + " " * len(idiom.group(0)) + plain[idiom.end() :]
        )  # same length: offsets stay valid
    yield from scopecues.NEGATION.at_words(plain)
    if lang == "fi":
        yield from _FINNISH_NEGATION.finditer(plain)


def meetings(text: str) -> Iterator[re.Match[str]]:
    """Yield the words of a text naming an interview, a call or an assessment (not the interviewer)."""
    roots = (m for m in cues.MEETING_ROOT.finditer(text) if not cues.AGENT.match(text, m.start()))
    words = chain(
        cues.MEETING_WORD.at_words(text),
        cues.NAMED_TEST.at_words(text),
        eventcues.EXERCISE.at_words(text),
        eventcues.EVENT.finditer(text),
    )
    for match in chain(roots, words):
        if not _feedback(text, match):
            yield match


def _feedback(text: str, match: re.Match[str]) -> bool:
    """Tell whether a call word names a feedback call ("feedback call", "tilbakemeldingssamtale")."""
    before = text[max(0, match.start() - _FEEDBACK_SPAN) : match.start()]
    after = text[match.end() : match.end() + _FEEDBACK_SPAN]
    return bool(cues.FEEDBACK_BEFORE.search(before) or cues.FEEDBACK_AFTER.match(after))


def has_meeting(text: str) -> bool:
    """Tell whether a text names an interview, a call or an assessment."""
    return next(meetings(text), None) is not None


def find(
    cue: cues.Cue, reading: Reading, *, meeting: bool = False, past: bool = True, words: bool = True
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
