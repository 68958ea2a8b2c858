"""The pure core: raw bytes in, an Analysis out; no I/O."""

from __future__ import annotations

from mailtool import classify, extract, language
from mailtool.model import Analysis, Mail
from mailtool.parse import parse


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
