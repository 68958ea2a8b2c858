"""Drafted replies: golden drafts per language, threading, encodings, missing fields, injection, fallback."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import os
import re
from dataclasses import replace
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailtool.cli import main
from mailtool.compose import (
    NO_RECIPIENT_NOTE,
    Identity,
    Policy,
    ReplyOptions,
    compose,
    draft_bytes,
    reply_address,
    reply_subject,
)
from mailtool.model import Analysis, Intent, Kind, Mail
from mailtool.parse import parse

DEV = Path(__file__).parent / "data" / "dev"
GOLDEN = Path(__file__).parent / "golden"
NOW = datetime(2027, 1, 20, 9, 30, tzinfo=UTC)
ME = Identity(name="Kari Nordmann", email="kari.nordmann@example.org", signature="+47 400 00 000\nlinkedin.com/in/kari")
# (corpus file, intent, policy changes): every reply language, both German registers, fallback, no reply address.
GOLDEN_CASES = [
    ("en-101.eml", Intent.INVITATION_ACCEPT, {}),
    ("en-104.eml", Intent.INVITATION_DECLINE, {}),
    ("en-107.eml", Intent.OFFER_DECLINE, {"accepted_elsewhere": True}),
    ("nb-108.eml", Intent.INVITATION_ACCEPT, {}),
    ("nb-106.eml", Intent.OFFER_WITHDRAW, {}),
    ("nb-117.eml", Intent.INVITATION_RESCHEDULE, {}),
    ("nb-118.eml", Intent.OFFER_ACCEPT, {}),
    ("sv-105.eml", Intent.INVITATION_RESCHEDULE, {"alternatives": ("2027-01-15 14:00", "2027-01-18 09:30")}),
    ("sv-101.eml", Intent.OFFER_DECLINE, {}),
    ("da-113.eml", Intent.INVITATION_ACCEPT, {}),
    ("da-104.eml", Intent.OFFER_ACCEPT, {}),
    ("de-101.eml", Intent.INVITATION_DECLINE, {}),
    ("de-109.eml", Intent.OFFER_DECLINE, {}),
    ("de-108.eml", Intent.OFFER_WITHDRAW, {}),
    ("sv-117.eml", Intent.INVITATION_ACCEPT, {}),
]


def _labels() -> dict[str, dict[str, str | None]]:
    rows = (json.loads(line) for path in DEV.glob("labels-*.jsonl") for line in path.read_text("utf-8").splitlines())
    return {row["file"]: row for row in rows}


def _hand_built(name: str) -> tuple[Mail, Analysis]:
    """The parsed mail and an Analysis written from the hand labels (not from analyse(), which still changes)."""
    label = _labels()[name]
    when = label["when"]
    analysis = Analysis(
        kind=Kind(str(label["kind"])),
        lang=str(label["lang"]),
        company=label["company"],
        contact=label["contact"],
        position=label["position"],
        reply_to=label["reply_to"],
        when=datetime.fromisoformat(when) if when else None,
    )
    return parse((DEV / name).read_bytes()), analysis


def _normalised(raw: bytes) -> bytes:
    """Drop what changes on every run: Date, Message-ID and the MIME boundary."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = [line for line in head.split(b"\r\n") if not line.startswith((b"Date:", b"Message-ID:"))]
    boundary = re.search(rb'boundary="([^"]+)"', raw)
    text = b"\r\n".join(lines) + b"\r\n\r\n" + body
    return text.replace(boundary[1], b"BOUNDARY") if boundary else text


@pytest.mark.parametrize(("name", "intent", "changes"), GOLDEN_CASES, ids=[case[0] for case in GOLDEN_CASES])
def test_golden_drafts(name: str, intent: Intent, changes: dict[str, object]) -> None:
    mail, analysis = _hand_built(name)
    policy = replace(Policy(), **changes)  # type: ignore[arg-type]
    draft = _normalised(draft_bytes(compose(mail, analysis, intent, ME, policy, ReplyOptions(now=NOW))))
    golden = GOLDEN / name.replace(".eml", f".{intent.value}.eml")
    if os.environ.get("MAILTOOL_UPDATE_GOLDEN"):
        golden.write_bytes(draft)
    assert draft == golden.read_bytes(), f"{golden.name} differs; see tests/golden/README.md to regenerate"


@pytest.mark.parametrize(("name", "intent", "changes"), GOLDEN_CASES, ids=[case[0] for case in GOLDEN_CASES])
def test_drafts_answer_as_the_acceptance_asks(name: str, intent: Intent, changes: dict[str, object]) -> None:
    mail, analysis = _hand_built(name)
    draft = _reparsed(compose(mail, analysis, intent, ME, options=ReplyOptions(now=NOW)))
    text = _text(draft)
    assert draft["In-Reply-To"] == mail.message_id
    assert mail.message_id in draft["References"]
    assert draft["Subject"].startswith("Re: ")
    if analysis.reply_to:
        assert draft["To"].addresses[0].addr_spec == analysis.reply_to
    else:
        assert draft["To"] is None and text.startswith(NO_RECIPIENT_NOTE)
    expected_lang = analysis.lang if analysis.lang in ("en", "nb", "nn", "sv", "da", "de") else "en"
    assert draft["X-Mailtool-Language"] == expected_lang
    reply = text.split("\n> ", 1)[0]
    if analysis.contact:
        assert analysis.contact.split()[0] in reply.splitlines()[-0 if analysis.reply_to else 2]
    if analysis.company:
        assert analysis.company in reply
    assert "None" not in reply and "{{" not in reply
    assert "\n> " in text


def _reparsed(message: EmailMessage) -> EmailMessage:
    parsed = email.message_from_bytes(draft_bytes(message), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


RAW = """\
From: =?utf-8?q?J=C3=B8rgen_=C3=86rlig?= <jorgen@fjordvik.example>
To: Jörg Strauß <jorg@example.org>
Subject: {subject}
Date: Tue, 05 Jan 2027 08:15:00 +0100
Message-ID: <new-1@fjordvik.example>
In-Reply-To: <older-2@example.org>
References: <root-0@fjordvik.example> <older-2@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hei Jørg,

vi vil gjerne invitere deg til intervju.

> Hei, her er søknaden min.

Hilsen Jørgen
"""


def _mail(subject: str = "SV: Intervju hos Fjordvik – æøå") -> Mail:
    return parse(RAW.format(subject=subject).encode())


ANALYSIS = Analysis(
    kind=Kind.INVITATION,
    lang="nb",
    company="Fjordvik Ærlig AS",
    contact="Jørgen Ærlig",
    position="Dataingeniør",
    reply_to="jorgen@fjordvik.example",
    when=datetime(2027, 1, 12, 10, 0),
)


def _draft(analysis: Analysis = ANALYSIS, intent: Intent = Intent.INVITATION_ACCEPT, **kwargs: object) -> EmailMessage:
    mail = kwargs.pop("mail", None) or _mail()
    options = ReplyOptions(now=NOW, **kwargs)  # type: ignore[arg-type]
    return _reparsed(compose(mail, analysis, intent, ME, options=options))  # type: ignore[arg-type]


def _text(draft: EmailMessage) -> str:
    content: str = draft.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return content.replace("\r\n", "\n")


def test_threading_headers() -> None:
    draft = _draft()
    assert draft["In-Reply-To"] == "<new-1@fjordvik.example>"
    assert draft["References"] == "<root-0@fjordvik.example> <older-2@example.org> <new-1@fjordvik.example>"
    assert draft["X-Mailtool-In-Reply-To"] == "<new-1@fjordvik.example>"
    assert draft["Message-ID"].endswith("@example.org>")
    assert draft["Message-ID"] != _draft()["Message-ID"]
    assert draft["Date"] == "Wed, 20 Jan 2027 09:30:00 +0000"
    assert draft["X-Mailtool-Intent"] == "invitation-accept"


def test_a_message_without_message_id_gives_a_draft_without_threading() -> None:
    mail = parse(RAW.replace("Message-ID: <new-1@fjordvik.example>\n", "").format(subject="x").encode())
    draft = _draft(mail=mail)
    assert draft["In-Reply-To"] is None
    assert draft["X-Mailtool-In-Reply-To"] is None
    assert draft["References"] == "<root-0@fjordvik.example> <older-2@example.org>"


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Interview", "Re: Interview"),
        ("Re: Interview", "Re: Interview"),
        ("RE: Re: SV: Interview", "Re: Interview"),
        ("AW: WG: Einladung", "Re: Einladung"),
        ("Sv: VS: Intervju", "Re: Intervju"),
        ("Antw: Fwd: Fw: TR: Ref: Gesprek", "Re: Gesprek"),
        ("Re[2]: Re [3]:Interview", "Re: Interview"),
        ("  re:  interview ", "Re: interview"),
        ("Review of your application", "Re: Review of your application"),
        ("Svar på søknad", "Re: Svar på søknad"),
        ("", "Re:"),
    ],
)
def test_subject_prefixes_do_not_stack(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_non_ascii_names_and_subjects_are_encoded_and_read_back() -> None:
    draft = _draft()
    raw = draft_bytes(compose(_mail(), ANALYSIS, Intent.INVITATION_ACCEPT, ME, options=ReplyOptions(now=NOW)))
    head = raw.partition(b"\r\n\r\n")[0]
    assert head.isascii()  # RFC 2047 in the headers
    assert draft["Subject"] == "Re: Intervju hos Fjordvik – æøå"
    assert draft["To"].addresses[0].display_name == "Jørgen Ærlig"
    german = Identity(name="Jörg Strauß", email="jorg@example.org")
    mail = _mail("AW: Einladung für Müller – Größe ß")
    back = _reparsed(compose(mail, ANALYSIS, Intent.INVITATION_ACCEPT, german, options=ReplyOptions(now=NOW)))
    assert back["From"].addresses[0].display_name == "Jörg Strauß"
    assert back["Subject"] == "Re: Einladung für Müller – Größe ß"
    assert back.get_content_charset() == "utf-8"
    assert "Hei Jørgen," in _text(back)


def test_values_from_the_mail_cannot_add_headers() -> None:
    evil = replace(
        ANALYSIS,
        company="Evil AS\r\nBcc: victim@example.com",
        contact="Eve\nBcc: victim@example.com",
        position="Boss\r\n\r\nInjected body",
        reply_to="jorgen@fjordvik.example\r\nBcc: victim@example.com",
    )
    mail = _mail("Hello\r\nBcc: victim@example.com")
    raw = draft_bytes(compose(mail, evil, Intent.INVITATION_ACCEPT, ME, options=ReplyOptions(now=NOW)))
    draft = _reparsed(compose(mail, evil, Intent.INVITATION_ACCEPT, ME, options=ReplyOptions(now=NOW)))
    assert draft["Bcc"] is None
    assert b"\r\nBcc:" not in raw.partition(b"\r\n\r\n")[0]
    assert draft["To"] is None  # not a plain address: left for the user rather than trusted
    assert "Evil AS Bcc: victim@example.com" in _text(draft)


def test_reply_address_accepts_plain_addresses_only() -> None:
    assert reply_address("Julia.Neumann@Example.COM") == "julia.neumann@example.com"
    assert reply_address("<hr@example.org>") == "hr@example.org"
    assert reply_address("hr@example.org, boss@example.org") is None
    assert reply_address(None) is None


def test_no_reply_address_means_no_to_and_a_note_on_the_first_line() -> None:
    draft = _draft(replace(ANALYSIS, reply_to=None))
    assert draft["To"] is None
    assert _text(draft).splitlines()[0] == NO_RECIPIENT_NOTE


def test_missing_fields_are_left_out_gracefully() -> None:
    bare = Analysis(kind=Kind.INVITATION, lang="nb", reply_to="jorgen@fjordvik.example")
    for intent in Intent:
        reply = _text(_draft(bare, intent)).split("\n> ")[0]
        assert reply.startswith("Hei,\n")
        assert "None" not in reply and " ." not in reply and "  " not in reply


def test_signature_sits_between_the_reply_and_the_quote() -> None:
    text = _text(_draft())
    sign_off = text.index("Med vennlig hilsen\nKari Nordmann")
    signature = text.index("+47 400 00 000\nlinkedin.com/in/kari")
    attribution = text.index("Den 05.01.2027 kl. 08.15 skrev Jørgen Ærlig <jorgen@fjordvik.example>:")
    assert sign_off < signature < attribution
    assert "> Hei Jørg,\n>\n> vi vil gjerne invitere deg til intervju.\n>\n>> Hei, her er søknaden min." in text


@pytest.mark.parametrize(
    ("lang", "attribution"),
    [
        ("en", "On 5 January 2027 at 08:15, Jørgen Ærlig <jorgen@fjordvik.example> wrote:"),
        ("sv", "Den 5 januari 2027 kl. 08.15 skrev Jørgen Ærlig <jorgen@fjordvik.example>:"),
        ("da", "Den 05.01.2027 kl. 08.15 skrev Jørgen Ærlig <jorgen@fjordvik.example>:"),
        ("de", "Am 05.01.2027 um 08:15 schrieb Jørgen Ærlig <jorgen@fjordvik.example>:"),
        ("nn", "Den 05.01.2027 kl. 08.15 skreiv Jørgen Ærlig <jorgen@fjordvik.example>:"),
    ],
)
def test_attribution_in_the_replys_language(lang: str, attribution: str) -> None:
    assert attribution in _text(_draft(replace(ANALYSIS, lang=lang)))


def test_accept_confirms_the_time_in_the_local_format() -> None:
    assert "Jeg bekrefter gjerne intervjuet tirsdag 12. januar kl. 10.00" in _text(_draft())


def test_reschedule_writes_iso_alternatives_in_the_replys_language() -> None:
    options = ("2027-01-15 14:00", "fredag formiddag")
    text = _text(_draft(intent=Intent.INVITATION_RESCHEDULE, alternatives=options))
    assert "- fredag 15. januar kl. 14.00\n- fredag formiddag\n" in text
    assert "[" not in text.split("\n> ")[0]


def test_reschedule_without_alternatives_leaves_one_marked_line() -> None:
    reply = _text(_draft(intent=Intent.INVITATION_RESCHEDULE)).split("\n> ")[0]
    assert len(re.findall(r"^\[.+\]$", reply, re.MULTILINE)) == 1


def test_a_language_without_templates_falls_back_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="mailtool.compose"):
        draft = _draft(replace(ANALYSIS, lang="fi"))
    assert draft["X-Mailtool-Language"] == "en"
    assert "fi" in draft["X-Mailtool-Language-Fallback"]
    assert _text(draft).startswith("Dear Jørgen Ærlig,")
    assert "fallback" in caplog.text


def test_the_fallback_language_is_configurable() -> None:
    mail, analysis = _mail(), replace(ANALYSIS, lang="fr")
    policy = Policy(fallback_language="de")
    draft = _reparsed(compose(mail, analysis, Intent.OFFER_ACCEPT, ME, policy, ReplyOptions(now=NOW)))
    assert draft["X-Mailtool-Language"] == "de"


def test_nynorsk_mail_gets_a_nynorsk_reply() -> None:
    text = _text(_draft(replace(ANALYSIS, lang="nn")))
    assert "Eg stadfestar gjerne intervjuet tysdag 12. januar kl. 10.00" in text
    assert "Med venleg helsing" in text


def test_the_language_can_be_chosen() -> None:
    assert _text(_draft(lang="sv")).startswith("Hej Jørgen,")
    assert _draft(lang="../nb")["X-Mailtool-Language"] == "en"  # never a path out of the templates


def test_html_alternative_only_when_the_original_was_html() -> None:
    assert not _draft().is_multipart()
    html_mail = parse((DEV / "de-109.eml").read_bytes())
    analysis = replace(ANALYSIS, lang="de")
    draft = _reparsed(compose(html_mail, analysis, Intent.OFFER_DECLINE, ME, options=ReplyOptions(now=NOW)))
    html = draft.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert '<blockquote type="cite"' in html
    assert "Elektroniker PV &amp; Wärmepumpe" in html


def test_without_identity_the_draft_is_from_the_address_the_mail_went_to() -> None:
    message = compose(_mail(), ANALYSIS, Intent.OFFER_DECLINE, options=ReplyOptions(now=NOW))
    draft = _reparsed(message)
    assert draft["From"].addresses[0].addr_spec == "jorg@example.org"
    assert _text(draft).split("\n\nDen ")[0].endswith("Med vennlig hilsen")


def test_draft_bytes_use_crlf_line_ends() -> None:
    raw = draft_bytes(compose(_mail(), ANALYSIS, Intent.OFFER_DECLINE, ME, options=ReplyOptions(now=NOW)))
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")


def test_policy_picks_the_intent() -> None:
    policy = Policy(invitation=Intent.INVITATION_RESCHEDULE, offer=Intent.OFFER_WITHDRAW)
    assert policy.intent_for(Kind.INVITATION) is Intent.INVITATION_RESCHEDULE
    assert policy.intent_for(Kind.OFFER) is Intent.OFFER_WITHDRAW


def _config(tmp_path: Path, text: str = "") -> str:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_reply_dry_run_prints_the_draft(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    config = _config(tmp_path, '[identity]\nname = "Kari"\nemail = "kari@example.org"\n')
    args = ["reply", "--dry-run", "--intent", "invitation-reschedule", "--config", config]
    args += ["--alternative", "2027-02-10 09:00", "--file", str(DEV / "de-101.eml")]
    assert main(args) == 0
    out = capsysbinary.readouterr().out
    draft = email.message_from_bytes(out, policy=email.policy.default)
    assert draft["From"] == "Kari <kari@example.org>"
    assert draft["In-Reply-To"] == "<ac.invite.TDM2027.118273@basf.com>"
    assert draft["X-Mailtool-Intent"] == "invitation-reschedule"
    assert "Mittwoch, 10. Februar 2027, um 09:00 Uhr" in out.decode()
    assert list(tmp_path.iterdir()) == [tmp_path / "config.toml"]


def test_reply_without_dry_run_needs_an_account(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["reply", "--config", _config(tmp_path), "--file", str(DEV / "de-101.eml")]) == 5
    err = capsys.readouterr().err
    assert "[[accounts]]" in err and "--dry-run" in err


def test_reply_to_a_message_that_is_no_invitation_or_offer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    note = tmp_path / "note.eml"
    note.write_text("From: a@example.org\nTo: b@example.org\nSubject: lunch\n\nPizza on Friday?\n", encoding="utf-8")
    config = _config(tmp_path)
    assert main(["reply", "--dry-run", "--config", config, "--file", str(note)]) == 3
    assert "--intent" in capsys.readouterr().err
    assert main(["reply", "--dry-run", "--intent", "decline", "--config", config, "--file", str(note)]) == 3
    assert main(["reply", "--dry-run", "--intent", "offer-decline", "--config", config, "--file", str(note)]) == 0
