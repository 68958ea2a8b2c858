"""The decision-sized fetch: the BODYSTRUCTURE walk, the rebuilt message, and reading a large mailbox on Dovecot."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import imapclient
import pytest

from mailtool.parse import parse
from mailtool.pipeline import analyse
from mailtool.stores import bodystructure, imapfetch
from mailtool.stores.base import Account
from mailtool.stores.bodystructure import Leaf, Multi, OddStructure, fetch_items, plan, rebuild, trim
from mailtool.stores.imap import ImapStore
from tests import dovecot
from tests.conftest import DATA, admin_client

DEV = sorted((DATA / "dev").glob("*.eml"))
PDF = b"%PDF-1.7\n" + b"0123456789abcdef" * 64
ICS = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20270114T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


def _base(subject: str = "Interview invitation") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Anna Berg <anna.berg@example.com>"
    msg["To"] = "kim@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 12 Jan 2027 09:30:00 +0100"
    msg["Message-ID"] = f"<{subject.replace(' ', '.')}@example.com>"
    return msg


def _plain() -> EmailMessage:
    msg = _base()
    msg.set_content("We would like to invite you to an interview on Thursday.\n")
    return msg


def _alternative() -> EmailMessage:
    msg = _plain()
    msg.add_alternative("<p>We would like to invite you to an interview on Thursday.</p>", subtype="html")
    return msg


def _html_only() -> EmailMessage:
    msg = _base()
    msg.set_content("<p>We would like to invite you to an interview.</p>", subtype="html")
    return msg


def _with_pdf(size: int = len(PDF)) -> EmailMessage:
    msg = _alternative()
    msg.add_attachment(PDF * max(1, size // len(PDF)), maintype="application", subtype="pdf", filename="Offer.pdf")
    return msg


def _calendar() -> EmailMessage:
    msg = _alternative()
    msg.add_attachment(ICS, maintype="text", subtype="calendar", params={"method": "REQUEST"}, disposition="inline")
    msg.add_attachment(ICS, maintype="application", subtype="octet-stream", filename="invite.ics")
    return msg


def _forwarded() -> EmailMessage:
    inner = _base("Old news")
    inner.set_content("This text belongs to the forwarded message, not to this one.\n")
    inner.add_attachment(PDF, maintype="application", subtype="pdf", filename="inner.pdf")
    msg = _plain()
    msg.add_attachment(inner)
    return msg


def _huge_text() -> EmailMessage:
    msg = _base()
    msg.set_content("We would like to invite you to an interview.\n" + "Lorem ipsum dolor sit amet.\n" * 40000)
    return msg


def _named_texts() -> EmailMessage:
    msg = _plain()
    msg.add_attachment("notes", filename="notes.txt")  # a text file attached: a name, no text
    msg.add_attachment("also body text", filename="inline.txt", disposition="inline")
    return msg


BUILT = {
    "plain": _plain,
    "alternative": _alternative,
    "html-only": _html_only,
    "pdf": _with_pdf,
    "calendar": _calendar,
    "forwarded": _forwarded,
    "huge-text": _huge_text,
    "named-texts": _named_texts,
}


@pytest.fixture(scope="module")
def structures(imap_server: Any) -> dict[str, Any]:
    """The BODYSTRUCTURE Dovecot reports for each built message (real server structures, not hand-written)."""
    account = _account(imap_server, "structures")
    client = admin_client(account)
    for build in BUILT.values():
        client.append("INBOX", build().as_bytes())
    client.select_folder("INBOX", readonly=True)
    data = client.fetch(client.search(), ["BODYSTRUCTURE"])
    client.logout()
    return {name: data[uid][b"BODYSTRUCTURE"] for name, uid in zip(BUILT, sorted(data), strict=True)}


def _account(server: Any, user: str) -> Account:
    return Account(name=user, host=server.host, port=server.tls_port, username=user, password=server.password,
                   ca_file=server.ca_file)  # fmt: skip


def _contents(root: bodystructure.Node) -> list[str]:
    if isinstance(root, Leaf):
        return [root.path] if root.content else []
    return [p for child in root.children for p in _contents(child)]


def test_a_plain_message_is_read_as_its_text(structures: dict[str, Any]) -> None:
    root = plan(structures["plain"])
    assert root == Leaf("", True)
    assert fetch_items(root, 1000) == ["BODY.PEEK[HEADER]", "BODY.PEEK[TEXT]<0.1000>"]


def test_alternative_and_html_only_read_every_text(structures: dict[str, Any]) -> None:
    assert _contents(plan(structures["alternative"])) == ["1", "2"]
    assert plan(structures["html-only"]) == Leaf("", True)


def test_a_pdf_keeps_its_mime_header_but_its_content_is_never_fetched(structures: dict[str, Any]) -> None:
    root = plan(structures["pdf"])
    assert isinstance(root, Multi) and root.boundary
    assert _contents(root) == ["1.1", "1.2"]
    items = fetch_items(root)
    assert "BODY.PEEK[2.MIME]" in items
    assert not any(item.startswith("BODY.PEEK[2]") for item in items)


def test_calendar_parts_are_read_also_when_attached_as_ics(structures: dict[str, Any]) -> None:
    assert _contents(plan(structures["calendar"])) == ["1.1", "1.2", "2", "3"]


def test_a_forwarded_message_is_a_placeholder_and_never_walked(structures: dict[str, Any]) -> None:
    root = plan(structures["forwarded"])
    assert isinstance(root, Multi)
    assert root.children == (Leaf("1", True), Leaf("2", False))
    assert not any(item.startswith("BODY.PEEK[2.") and item != "BODY.PEEK[2.MIME]" for item in fetch_items(root))


def test_named_text_is_read_only_when_marked_inline(structures: dict[str, Any]) -> None:
    assert _contents(plan(structures["named-texts"])) == ["1", "3"]


def test_a_huge_text_is_read_in_part_and_cut_at_a_line_break() -> None:
    text = b"line one\r\nline two\r\nline thr"
    assert trim(text, len(text)) == b"line one\r\nline two\r\n"
    assert trim(text, len(text) + 1) == text  # shorter than the cap: the whole part was read


@pytest.mark.parametrize(
    "odd",
    [
        None,
        b"garbage",
        (),
        ([], b"mixed", (b"boundary", b"x"), None, None, None),  # a multipart without parts
        ([(b"text", b"plain", None, None, None, b"7bit", 3, 1)], b"mixed", None, None, None, None),  # no boundary
        ((b"text", 7),),
    ],
)
def test_odd_structures_are_refused_so_the_caller_falls_back(odd: object) -> None:
    with pytest.raises(OddStructure):
        plan(odd)


def test_rebuild_keeps_the_tree_the_text_and_the_attachment_names() -> None:
    root = Multi("", b"b1", (Leaf("1", True), Leaf("2", False)))
    data = {
        b"BODY[HEADER]": b"From: a@example.com\r\nSubject: Offer\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n",
        b"BODY[1.MIME]": b"Content-Type: text/plain; charset=utf-8\r\n\r\n",
        b"BODY[1]<0>": b"We are pleased to offer you the position.\r\n",
        b"BODY[2.MIME]": b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="Offer.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n",
    }
    mail = parse(rebuild(root, data))
    assert mail.subject == "Offer" and "pleased to offer" in mail.text
    assert mail.attachments == ("Offer.pdf",)


# On Dovecot: what mailtool reads, how much, and that nothing changes.


def _load(account: Account, messages: list[bytes], flags: list[bytes] | None = None) -> None:
    client = admin_client(account)
    for raw in messages:
        client.append("INBOX", raw, flags=flags or [])
    client.logout()


def _read_all(account: Account) -> Iterator[tuple[int, bytes]]:
    store = ImapStore(account)
    try:
        uids = store.uids_after("INBOX", 0)
        for stored in store.fetch("INBOX", uids):
            yield int(stored.key), stored.raw
    finally:
        store.close()


def test_the_walk_of_every_dev_message_gives_the_same_analysis(
    imap_account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    originals = [path.read_bytes() for path in DEV]
    _load(imap_account, originals)
    monkeypatch.setattr(imapfetch, "WHOLE_MAX", 0)  # every message through the structure walk
    read = dict(_read_all(imap_account))
    assert sorted(read) == list(range(1, len(DEV) + 1))
    for uid, original in enumerate(originals, 1):
        assert analyse(read[uid]) == analyse(original), DEV[uid - 1].name


def test_dev_messages_with_attachments_give_the_same_analysis_without_them(imap_account: Account) -> None:
    chosen = DEV[::5]
    originals = [_attach(path.read_bytes(), 300_000) for path in chosen]
    _load(imap_account, originals)
    for (_uid, raw), original, path in zip(_read_all(imap_account), originals, chosen, strict=True):
        assert len(raw) < len(original) - 300_000, path.name
        assert analyse(raw) == analyse(original), path.name


def _attach(raw: bytes, size: int) -> bytes:
    """Add a PDF of `size` bytes to a message: as an extra part of a multipart, or by wrapping a single part."""
    import email
    import email.policy

    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    blob = PDF * (size // len(PDF) + 1)
    pdf = EmailMessage()
    pdf.set_content(blob, maintype="application", subtype="pdf", filename="Offer letter.pdf")
    if msg.get_content_type() == "multipart/mixed":
        msg.attach(pdf)
        return msg.as_bytes()
    body = email.message.Message()
    for name in ("Content-Type", "Content-Transfer-Encoding"):
        if msg[name] is not None:
            body[name] = msg[name]
            del msg[name]
    body.set_payload(msg.get_payload())
    msg.set_type("multipart/mixed")
    msg.set_payload([body, pdf])
    return msg.as_bytes()


def test_an_offer_with_a_20_mb_attachment_is_decided_from_a_few_kilobytes(imap_account: Account) -> None:
    offer = (DATA / "dev" / "en-107.eml").read_bytes()
    big = _attach(offer, 20 * 1024 * 1024)
    _load(imap_account, [big], flags=[b"\\Flagged"])
    store = ImapStore(imap_account)
    counter = dovecot.count_reads(store)
    [stored] = list(store.fetch("INBOX", [1]))
    store.close()
    assert counter.count < 64 * 1024 < len(big) // 300
    assert analyse(stored.raw) == analyse(big)
    assert "Offer letter.pdf" in parse(stored.raw).attachments
    assert _flags(imap_account) == {1: (b"\\Flagged",)}


def _flags(account: Account) -> dict[int, tuple[bytes, ...]]:
    client = admin_client(account)
    client.select_folder("INBOX", readonly=True)
    flags = {uid: tuple(sorted(d[b"FLAGS"])) for uid, d in client.fetch(client.search(), ["FLAGS"]).items()}
    client.logout()
    return {uid: tuple(f for f in value if f != b"\\Recent") for uid, value in flags.items()}


def test_reading_changes_no_flag(imap_account: Account, monkeypatch: pytest.MonkeyPatch) -> None:
    _load(imap_account, [DEV[0].read_bytes(), _with_pdf(400_000).as_bytes()], flags=[])
    _load(imap_account, [DEV[1].read_bytes()], flags=[b"\\Seen"])
    before = _flags(imap_account)
    assert len(list(_read_all(imap_account))) == 3
    monkeypatch.setattr(imapfetch, "WHOLE_MAX", 0)
    assert len(list(_read_all(imap_account))) == 3
    assert _flags(imap_account) == before == {1: (), 2: (), 3: (b"\\Seen",)}


def test_batches_come_in_uid_order_and_skip_expunged_messages(
    imap_account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imapfetch, "BATCH_UIDS", 4)
    monkeypatch.setattr(imapfetch, "BATCH_BYTES", 5000)
    big = _with_pdf(400_000).as_bytes()
    _load(imap_account, [p.read_bytes() for p in DEV[:6]] + [big] + [p.read_bytes() for p in DEV[6:10]])
    client = admin_client(imap_account)
    client.select_folder("INBOX")
    client.delete_messages([3])
    client.expunge()
    client.logout()
    store = ImapStore(imap_account)
    keys = [int(s.key) for s in store.fetch("INBOX", list(range(1, 12)))]
    store.close()
    assert keys == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11]


def test_an_odd_structure_falls_back_to_the_whole_message_or_its_first_text(
    imap_account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = _with_pdf(400_000).as_bytes()
    _load(imap_account, [big])

    def refuse(structure: object) -> bodystructure.Node:
        raise OddStructure("test")

    monkeypatch.setattr(bodystructure, "plan", refuse)
    [(_, whole)] = list(_read_all(imap_account))
    assert whole.replace(b"\r\n", b"\n") == big.replace(b"\r\n", b"\n")
    monkeypatch.setattr(imapfetch, "FALLBACK_WHOLE_MAX", 0)
    [(_, head)] = list(_read_all(imap_account))
    assert len(head) <= bodystructure.PART_CAP + 2000
    assert analyse(head).kind == analyse(big).kind


def test_the_imap_part_numbers_match_the_servers_sections(imap_account: Account) -> None:
    """A guard on the walk: every section it asks for exists on a real server (no NIL comes back)."""
    _load(imap_account, [build().as_bytes() for build in BUILT.values()])
    client: imapclient.IMAPClient = admin_client(imap_account)
    client.select_folder("INBOX", readonly=True)
    for uid, data in client.fetch(client.search(), ["BODYSTRUCTURE"]).items():
        items = fetch_items(plan(data[b"BODYSTRUCTURE"]))
        fetched = client.fetch([uid], items)[uid]
        assert all(value is not None for key, value in fetched.items() if key.startswith(b"BODY[")), uid
    client.logout()


def test_the_huge_text_is_read_up_to_the_cap(imap_account: Account) -> None:
    raw = _huge_text().as_bytes()
    assert len(raw) > imapfetch.WHOLE_MAX and len(raw) > bodystructure.PART_CAP
    _load(imap_account, [raw])
    [(_, read)] = list(_read_all(imap_account))
    assert len(read) <= bodystructure.PART_CAP + 1000
    assert "invite you to an interview" in parse(read).text
