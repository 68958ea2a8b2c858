"""extract(): the facts a reply needs, assembled from the employer, contact, reply-address and date readers."""

from __future__ import annotations

from pathlib import Path

from mailtool.extract import extract
from mailtool.model import Kind
from mailtool.parse import parse
from tests.mailmaker import make_mail

DEV = Path(__file__).parent / "data" / "dev"


def test_reads_employer_contact_and_reply_address_of_an_ats_invitation() -> None:
    body = "Hei Kim,\n\nVi vil gjerne invitere deg til intervju.\n\nVennlig hilsen\nSiri Holm\nTalent Partner\n"
    mail = make_mail(
        "Vestkraft via Teamtailor <no-reply@vestkraft.teamtailor-mail.com>",
        body,
        subject="Invitasjon til intervju",
        reply_to="Siri Holm <reply+77ab@inbound.teamtailor-mail.com>",
    )
    facts = extract(mail, "nb", Kind.INVITATION)
    assert (facts.company, facts.contact, facts.reply_to) == (
        "Vestkraft",
        "Siri Holm",
        "reply+77ab@inbound.teamtailor-mail.com",
    )


def test_a_personal_mail_keeps_its_sender_but_names_no_employer() -> None:
    body = "Hei!\n\nGratulerer med jobbtilbudet fra Vestkraft!\n\nKlem\nMamma\n"
    facts = extract(make_mail("Grete Holm <grete.holm@holmslekt.no>", body), "nb", Kind.OTHER)
    assert (facts.company, facts.contact, facts.reply_to) == (None, "Grete Holm", "grete.holm@holmslekt.no")


def test_an_offer_never_carries_an_interview_time() -> None:
    facts = extract(parse((DEV / "nb-106.eml").read_bytes()), "nb", Kind.OFFER)
    assert facts.when is None
    assert (facts.company, facts.contact, facts.reply_to) == ("Hydro", "Nora Eriksrud", "nora.eriksrud@hydro.com")


def test_a_no_reply_mail_names_the_employer_of_the_recruiter_address_in_the_body() -> None:
    body = (
        "Hei Kim,\n\nVi innkaller deg til intervju. Svar til eli.vang@kartverk.no innen fredag.\n\n"
        "Med vennlig hilsen\nEli Vang\nseksjonsleder\nStatens kartverk\n"
    )
    mail = make_mail("Jobbnorge <noreply@jobbnorge.no>", body, subject="Innkalling til intervju")
    facts = extract(mail, "nb", Kind.INVITATION)
    assert (facts.company, facts.contact, facts.reply_to) == ("Statens kartverk", "Eli Vang", "eli.vang@kartverk.no")
