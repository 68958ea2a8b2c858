"""Any bytes in: a Mail (or an Analysis) out, or a MailParseError - never another exception, never a hang."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailtool.errors import MailParseError
from mailtool.model import Analysis, Mail
from mailtool.parse import parse
from mailtool.pipeline import analyse

DEV = sorted((Path(__file__).parent / "data" / "dev").glob("*.eml"))
SEEDS = [p.read_bytes() for p in DEV]
FUZZ = settings(max_examples=60, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def parse_or_refuse(raw: bytes) -> Mail | None:
    try:
        mail = parse(raw)
    except MailParseError as err:
        assert str(err)  # a refusal always says why
        return None
    assert isinstance(mail.text, str) and isinstance(mail.body, str)
    return mail


def analyse_or_refuse(raw: bytes) -> Analysis | None:
    try:
        return analyse(raw)
    except MailParseError as err:
        assert str(err)
        return None


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A dev message with bytes flipped, cut off or inserted."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        if action == "flip":
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif action == "truncate":
            del data[where:]
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=40))
        else:
            del data[where : where + draw(st.integers(1, 200))]
        if not data:
            break
    return bytes(data)


_HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Cc",
        "Reply-To",
        "Subject",
        "Date",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "MIME-Version",
        "Message-ID",
        "X-Anything",
    ]
)
_HEADER_VALUES = st.one_of(
    st.text(max_size=120).map(lambda t: t.replace("\r", " ").replace("\n", " ")),
    st.sampled_from(
        [
            "multipart/mixed; boundary=",
            'multipart/alternative; boundary="b"',
            "text/plain; charset=x-bogus",
            'text/html; charset="utf-8"',
            "text/calendar; method=REQUEST",
            "base64",
            "quoted-printable",
            "8bit",
            "=?utf-8?B?////?=",
            "=?iso-8859-1?Q?=FF=FE?=",
            '"unterminated <a@b',
            "<>",
            "@@@",
            "Thu, 99 Foo 20261",
            "attachment; filename*=utf-8''%FF%FE.pdf",
            "attachment; filename*0*=bogus",
        ]
    ),
)


@st.composite
def random_headers(draw: st.DrawFn) -> bytes:
    """A message made of random (often broken) headers and a random body."""
    pairs = draw(st.lists(st.tuples(_HEADER_NAMES, _HEADER_VALUES), min_size=1, max_size=10))
    head = "".join(f"{name}: {value}\r\n" for name, value in pairs)
    body = draw(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8", "replace"))))
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + body


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_parse_or_are_refused(raw: bytes) -> None:
    parse_or_refuse(raw)


@FUZZ
@given(st.binary(max_size=600).map(lambda b: b"From: a@b.c\r\nSubject: x\r\n\r\n" + b))
def test_random_bodies_behind_valid_headers_parse(raw: bytes) -> None:
    assert parse_or_refuse(raw) is not None


@FUZZ
@given(mutated())
def test_mutated_dev_messages_parse_or_are_refused(raw: bytes) -> None:
    parse_or_refuse(raw)


@FUZZ
@given(random_headers())
def test_random_headers_parse_or_are_refused(raw: bytes) -> None:
    parse_or_refuse(raw)


@settings(max_examples=25, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), random_headers()))
def test_analyse_survives_mutated_and_broken_mail(raw: bytes) -> None:
    analyse_or_refuse(raw)
