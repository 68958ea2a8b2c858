"""Bytes -> Mail: headers, charsets (declared right and wrong), MIME structure, attachments and bad input."""

from __future__ import annotations

import base64
import quopri
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from mailtool.errors import MailParseError
from mailtool.parse import decode_bytes, decode_header, parse, repair_mojibake

TEXT = "Hei Åse,\n\nvelkommen til intervju fredag kl. 10 – «Søknad» hos Bærum Energi. Lønn: 700 000 €.\n"


def raw_mail(body: bytes, charset: str, cte: str = "8bit", subject: str = "Intervju", extra: str = "") -> bytes:
    head = (
        f"From: Kari Nordmann <kari@example.no>\nTo: ase@example.org\nSubject: {subject}\n"
        f"Date: Tue, 3 Mar 2026 10:00:00 +0100\nMessage-ID: <x1@example.no>\n{extra}MIME-Version: 1.0\n"
        f'Content-Type: text/plain; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n'
    )
    return head.encode("ascii") + body


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252", "iso-8859-15"])
@pytest.mark.parametrize("cte", ["8bit", "quoted-printable", "base64"])
def test_body_is_decoded_in_the_declared_charset(charset: str, cte: str) -> None:
    text = TEXT if charset in ("utf-8", "windows-1252") else TEXT.replace("–", "-")
    text = text if charset != "iso-8859-1" else text.replace("€", "EUR")
    data = text.encode(charset)
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    elif cte == "base64":
        data = base64.encodebytes(data)
    assert parse(raw_mail(data, charset, cte)).text.strip() == text.strip()


def test_utf8_bytes_declared_latin1_are_repaired() -> None:
    assert parse(raw_mail(TEXT.encode("utf-8"), "iso-8859-1")).text.strip() == TEXT.strip()


def test_windows_1252_bytes_declared_utf8_are_read_as_windows_1252() -> None:
    text = "Grüße – wir freuen uns auf Sie “am Montag” um 10 Uhr. Gehalt: 60.000 €"
    assert parse(raw_mail(text.encode("windows-1252"), "utf-8")).text.strip() == text


def test_curly_quotes_declared_latin1_are_read_as_windows_1252() -> None:
    text = "I’m pleased to invite you – Friday at 2pm."
    assert parse(raw_mail(text.encode("windows-1252"), "iso-8859-1")).text.strip() == text


def test_unknown_charset_falls_back_to_utf8() -> None:
    assert parse(raw_mail("Välkommen på intervju".encode(), "x-unknown-42")).text.strip() == "Välkommen på intervju"


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252", "iso-8859-15"])
@pytest.mark.parametrize("encoding", ["B", "Q"])
def test_rfc2047_subject_and_name_in_any_charset(charset: str, encoding: str) -> None:
    subject, name = "Einladung zum Vorstellungsgespräch, Ärztin", "Jürgen Größ"

    def word(text: str) -> str:
        data = text.encode(charset)
        if encoding == "B":
            return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
        return f"=?{charset}?Q?{quopri.encodestring(data, header=True).decode()}?="

    raw = raw_mail(b"Hallo", "utf-8", subject=word(subject)).replace(b"Kari Nordmann", word(name).encode())
    mail = parse(raw)
    assert mail.subject == subject
    assert mail.sender is not None and mail.sender.name == name


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?iso-8859-1?Q?S=F8knad_mottatt?=", "Søknad mottatt"),
        ("=?windows-1252?Q?Interview_=96_Friday?=", "Interview – Friday"),
        (
            "=?iso-8859-15?B?" + base64.b64encode("Palkka 5 000 €".encode("iso-8859-15")).decode() + "?=",
            "Palkka 5 000 €",
        ),
        ("=?utf-8?B?" + base64.b64encode("Tilbud om stilling 🎉".encode()).decode() + "?=", "Tilbud om stilling 🎉"),
        ("Re: =?utf-8?q?Fr=C3=A5ga?= om tjänsten", "Re: Fråga om tjänsten"),
        ("=?utf-8?q?broken", "=?utf-8?q?broken"),
        ("=?no-such-charset?q?abc?=", "abc"),
    ],
)
def test_decode_header(header: str, expected: str) -> None:
    assert decode_header(header) == expected


def test_encoded_name_with_a_comma_stays_one_name() -> None:
    raw = raw_mail(b"Hallo", "utf-8").replace(
        b"From: Kari Nordmann <kari@example.no>", b"From: =?windows-1252?Q?Gr=F6nberg=2C_Lea?= <lea@example.de>"
    )
    sender = parse(raw).sender
    assert sender is not None and (sender.name, sender.addr) == ("Grönberg, Lea", "lea@example.de")


def test_raw_8bit_utf8_headers_are_read() -> None:
    raw = raw_mail(b"x", "utf-8", subject="SUBJECT").replace(b"Kari Nordmann", "Kåre".encode())
    raw = raw.replace(b"SUBJECT", "Kallelse till intervju – Göteborg".encode())
    mail = parse(raw)
    assert mail.subject == "Kallelse till intervju – Göteborg"
    assert mail.sender is not None and mail.sender.name == "Kåre"


def test_headers_reply_to_and_date() -> None:
    mail = parse(raw_mail(b"x", "utf-8", extra='Reply-To: "Berg, Anna" <Anna.Berg@Example.COM>\n'))
    assert [(a.name, a.addr) for a in mail.reply_to] == [("Berg, Anna", "anna.berg@example.com")]
    assert mail.date == datetime(2026, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert mail.header("Message-ID") == "<x1@example.no>"


def test_date_without_zone_is_aware() -> None:
    raw = raw_mail(b"x", "utf-8").replace(b"+0100", b"-0000")
    assert parse(raw).date == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_html_only_mail_reads_as_text_and_links_are_collected() -> None:
    msg = EmailMessage()
    msg["From"] = "no-reply@ats.example"
    msg["Subject"] = "Invitation"
    msg.set_content(
        "<html><body><p>Dear Lin,</p><table><tr><td>Date</td><td>Friday 6 March</td></tr><tr><td>Time</td>"
        '<td>14:00</td></tr></table><p><a href="https://ats.example/book">Confirm</a></p></body></html>',
        subtype="html",
    )
    mail = parse(msg.as_bytes())
    assert "Date Friday 6 March\nTime 14:00" in mail.text
    assert "https://ats.example/book" in mail.links
    assert mail.html.startswith("<html>")


def test_plain_part_is_preferred_in_multipart_alternative() -> None:
    msg = EmailMessage()
    msg["From"] = "hr@example.com"
    msg.set_content("Plain words of the invitation, long enough to be the real text of this message here.")
    msg.add_alternative("<p>HTML words</p>", subtype="html")
    assert parse(msg.as_bytes()).text.startswith("Plain words")


def test_stub_plain_part_gives_way_to_the_html() -> None:
    msg = EmailMessage()
    msg["From"] = "hr@example.com"
    msg.set_content("View this email in your browser.")
    msg.add_alternative("<p>" + "We are delighted to offer you the position of Welder. " * 5 + "</p>", subtype="html")
    assert parse(msg.as_bytes()).text.startswith("We are delighted")


def test_attachment_names_rfc2231_and_rfc2047() -> None:
    msg = EmailMessage()
    msg["From"] = "hr@example.com"
    msg.set_content("See attached.")
    msg.add_attachment(
        b"%PDF-1.4", maintype="application", subtype="pdf", filename=("utf-8", "", "Tilbodsbrev_Ørsta.pdf")
    )
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="plain name.pdf")
    raw = msg.as_bytes().replace(b'filename="plain name.pdf"', b'filename="=?iso-8859-1?Q?Gehalts=FCbersicht.pdf?="')
    mail = parse(raw)
    assert mail.attachments == ("Tilbodsbrev_Ørsta.pdf", "Gehaltsübersicht.pdf")
    assert mail.text.strip() == "See attached."


def test_attached_message_text_is_not_this_mails_text() -> None:
    inner = EmailMessage()
    inner["From"] = "x@example.com"
    inner.set_content("We regret to inform you")
    outer = EmailMessage()
    outer["From"] = "y@example.com"
    outer.set_content("Forwarding for your records.")
    outer.add_attachment(inner)
    assert "regret" not in parse(outer.as_bytes()).text


def test_calendar_part_is_read() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20260309T120000Z\r\n"
        "SUMMARY:Interview\r\nORGANIZER;CN=Rita Ek:mailto:Rita@Example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg = EmailMessage()
    msg["From"] = "rita@example.com"
    msg.set_content("Invitation attached.")
    msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    (event,) = parse(msg.as_bytes()).calendar
    assert event.start == datetime(2026, 3, 9, 12, 0, tzinfo=UTC) and event.in_utc
    assert event.method == "REQUEST" and event.organizer is not None and event.organizer.addr == "rita@example.com"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Outlook .msg"),
        (b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", "header line"),
        (b"Hello, this is just a sentence.", "header line"),
    ],
)
def test_bytes_that_are_not_mail_give_a_clear_error(raw: bytes, message: str) -> None:
    with pytest.raises(MailParseError, match=message):
        parse(raw)


def test_not_bytes_is_an_error() -> None:
    with pytest.raises(MailParseError, match="expected bytes"):
        parse("From: x@y.z\n\nhi")  # type: ignore[arg-type]


def test_mbox_from_line_is_skipped() -> None:
    mail = parse(b"From kari@example.no Tue Mar  3 10:00:00 2026\n" + raw_mail(b"Hei", "utf-8"))
    assert mail.subject == "Intervju"


def test_decode_bytes_never_fails() -> None:
    assert decode_bytes(b"\x81\x8d\x8f", "utf-8") == "\x81\x8d\x8f"
    assert decode_bytes("æøå".encode(), None) == "æøå"


def test_repair_mojibake_leaves_correct_text_alone() -> None:
    assert repair_mojibake("Â£ and Ã¸") == "£ and ø"
    assert repair_mojibake("Crème brûlée, São Paulo") == "Crème brûlée, São Paulo"
