"""Whom to greet and where the reply goes: invented senders in several languages, plus dev regressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool.contact import find_contact, find_reply_to
from mailtool.parse import parse
from tests.mailmaker import make_mail

DEV = Path(__file__).parent / "data" / "dev"
_BULK = {"List-Unsubscribe": "<mailto:unsubscribe@news.example.com>"}


def test_reply_to_header_wins_over_from() -> None:
    mail = make_mail("Acme <no-reply@acme.com>", "Hi\n", reply_to="Rita Moe <rita.moe@acme.com>")
    assert find_reply_to(mail) == "rita.moe@acme.com"


def test_an_ats_routing_reply_to_is_the_reply_address() -> None:
    mail = make_mail(
        "Acme <no-reply@acme.teamtailor-mail.com>", "Hi\n", reply_to="Rita Moe <reply+9f3a@inbound.teamtailor-mail.com>"
    )
    assert find_reply_to(mail) == "reply+9f3a@inbound.teamtailor-mail.com"


def test_a_human_sender_is_the_reply_address() -> None:
    assert find_reply_to(make_mail("Jon Ek <jon.ek@ekberg.se>", "Hej\n")) == "jon.ek@ekberg.se"


@pytest.mark.parametrize(
    "body",
    [
        "Bitte bestätigen Sie den Termin bei Ihrer Ansprechpartnerin: lea.hoffmann@kranwerk.de\n",
        "Vennligst bekreft på e-post til lea.hoffmann@kranwerk.de eller på telefon.\n",
        "Questions? Contact lea.hoffmann@kranwerk.de (not privacy@kranwerk.de).\n",
    ],
)
def test_a_no_reply_sender_is_answered_at_the_address_the_body_names(body: str) -> None:
    assert find_reply_to(make_mail("Kranwerk <noreply@kranwerk.de>", body)) == "lea.hoffmann@kranwerk.de"


def test_the_body_address_is_never_the_candidates_own_or_a_data_protection_box() -> None:
    body = "Wir haben Ihre Bewerbung von kim.candidate@example.org erhalten. Fragen: datenschutz@kranwerk.de\n"
    assert find_reply_to(make_mail("Kranwerk <no-reply@kranwerk.de>", body)) is None


@pytest.mark.parametrize("sender", ["Acme <donotreply@acme.com>", "Acme <acme@myworkday.com>", "noreply@varbi.com"])
def test_a_system_sender_without_a_named_address_has_no_reply_address(sender: str) -> None:
    assert find_reply_to(make_mail(sender, "Thank you for applying.\n")) is None


def test_bulk_mail_is_answered_only_at_an_explicit_reply_to() -> None:
    assert find_reply_to(make_mail("Tips <hello@careertips.example>", "Webinar!\n", headers=_BULK)) is None
    mail = make_mail(
        "Tips <hello@careertips.example>", "Webinar!\n", reply_to="events@careertips.example", headers=_BULK
    )
    assert find_reply_to(mail) == "events@careertips.example"


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        (
            "Kari Nordmann <kari.nordmann@fjellbygg.no>",
            "Hei,\n\nVelkommen til intervju.\n\nMed vennlig hilsen\nKari Nordmann\nHR-rådgiver\nFjellbygg AS\n",
            "Kari Nordmann",
        ),
        ('"Lindqvist, Maria" <maria.lindqvist@kvarnby.se>', "Hej!\n\nPasst tisdag kl 10?\n", "Maria Lindqvist"),
        ("Jonas Ek <jonas.ek@ekberg.se>", "Hej,\n\nTack!\n\n/Jonas\n", "Jonas Ek"),
        (
            "Sabine Krause <s.krause@rheintal-pharma.de>",
            "Guten Tag,\n\nMit freundlichen Grüßen\n\nDr. Sabine Krause\nLeiterin Personal\nRheintal Pharma GmbH\n",
            "Sabine Krause",
        ),
        (
            "Lea Moreau <lea@brume.io>",
            "Salut Kim,\n\nOn se parle jeudi ?\n\nLea Moreau | Talent Partner | Brume\n",
            "Lea Moreau",
        ),
        (
            "Brume Recrutement <noreply@brume.io>",
            "Bonjour,\n\nCordialement,\nMathilde Garnier\nChargée de recrutement\n",
            "Mathilde Garnier",
        ),
        (
            '"Ó Briain, Cathal" <cathal.obriain@glenroe.ie>',
            "Hi Kim,\n\nThanks,\nCathal\n",
            "Cathal Ó Briain",
        ),
    ],
)
def test_greets_the_person_who_signs(sender: str, body: str, want: str) -> None:
    mail = make_mail(sender, body)
    assert find_contact(mail, find_reply_to(mail)) == want


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("Kestrel Robotics <no-reply@greenhouse.io>", "Hi Kim,\n\nBest regards,\nKestrel Robotics Talent Team\n"),
        ("Stadtwerke Lindau <noreply@stadtwerke-lindau.de>", "Guten Tag,\n\nIhr Personalteam\n"),
        ("Rekrytering <jobb@vattholma.se>", "Hej,\n\nVänliga hälsningar\nRekryteringsteamet\n"),
        ("Meadow Insurance Careers <careers@meadow.example>", "Hi,\n\nThe Recruitment Team\n"),
    ],
)
def test_a_team_or_system_signature_has_no_contact(sender: str, body: str) -> None:
    mail = make_mail(sender, body)
    assert find_contact(mail, find_reply_to(mail)) is None


def test_a_team_signed_mail_greets_the_recruiter_whose_address_the_body_names() -> None:
    body = (
        "Guten Tag,\n\nBei Fragen wenden Sie sich an Ihren Ansprechpartner Tobias Brandt: tobias.brandt@kranwerk.de\n"
    )
    mail = make_mail("Kranwerk Karriere <noreply@kranwerk.de>", body + "\nIhr Recruiting-Team\n")
    assert find_contact(mail, find_reply_to(mail)) == "Tobias Brandt"


def test_a_product_line_in_a_receipt_is_not_a_signer() -> None:
    body = "Receipt\n\nCoaching Gold Plan – 3 sessions £74.17\nAmount paid £89.00\n"
    assert find_contact(make_mail("Prepwise <billing@prepwise.example>", body), None) is None


def test_bulk_mail_has_no_contact() -> None:
    mail = make_mail("Anna Berg <anna@careertips.example>", "Tips!\n\nAnna Berg\n", headers=_BULK)
    assert find_contact(mail, None) is None


@pytest.mark.parametrize(
    ("name", "contact", "reply_to"),
    [
        ("de-106.eml", "Ole Petersen", "ole.petersen@lht.dlh.de"),  # team-signed, recruiter named in the body
        ("sv-110.eml", "Pernilla Ström", "rekrytering@axfood.se"),  # Reply-To a team box, a person signs
        ("en-104.eml", None, "earlycareers@carnabybank.co.uk"),  # team-signed Workday mail
        ("de-102.eml", "Monika Ströbl", "m.stroebl@hufnagel-landtechnik.de"),  # From shows the first name only
    ],
)
def test_dev_corpus_regressions(name: str, contact: str | None, reply_to: str | None) -> None:
    mail = parse((DEV / name).read_bytes())
    assert find_reply_to(mail) == reply_to
    assert find_contact(mail, reply_to) == contact


def test_a_person_sending_through_an_ats_who_signs_by_first_name_is_the_contact() -> None:
    mail = make_mail("Ana Ruiz <no-reply@hire.lever.co>", "Hi Kim,\n\nLooking forward to it!\n\nAna\n")
    assert find_contact(mail, find_reply_to(mail)) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("sender", "reply_to", "body", "want"),
    [
        (
            "Vestby Bygg <noreply@recman.no>",
            "Mona Lie <mona.lie@vestbybygg.no>",
            "Vestby Bygg\n\nHei Kim,\n\nTakk for intervjuet.\n\nMed vennlig hilsen\nMona Lie\nHR-rådgiver\n"
            "Vestby Bygg AS\n",
            "Mona Lie",
        ),
        (
            "Kranich Werke <no-reply@kranich.de>",
            "Lea Vogt <lea.vogt@kranich.de>",
            "Kranich Werke\n\nHallo Kim,\n\nvielen Dank.\n\nViele Grüße\nLea Vogt\nKranich Werke GmbH\n",
            "Lea Vogt",
        ),
    ],
)
def test_the_person_who_signs_beats_a_company_display_name(sender: str, reply_to: str, body: str, want: str) -> None:
    mail = make_mail(sender, body, reply_to=reply_to)
    assert find_contact(mail, find_reply_to(mail)) == want


def test_a_place_line_repeating_a_no_reply_senders_name_is_not_a_signer() -> None:
    body = (
        "BRISANE\n\nHej Kim\n\nVi glæder os til samtalen.\n\nHvornår torsdag kl. 14.00\n"
        "Hvor Brisane, Havnegade 4, 1000 København\n\nVenlig hilsen\nBrisane Talent Acquisition\n"
    )
    mail = make_mail("Brisane <no-reply@teamtailor.com>", body)
    assert find_contact(mail, find_reply_to(mail)) is None


def test_an_agency_system_names_display_does_not_outrank_the_consultant_who_signs() -> None:
    body = "Nordvik Work\n\nHei Kim!\n\nVelg en tid.\n\nVennlig hilsen\nIda Lerstad\nKonsulent\nNordvik Work AS\n"
    mail = make_mail("Nordvik Work <noreply@nordvikwork.no>", body, reply_to="Ida Lerstad <ida.lerstad@nordvikwork.no>")
    assert find_contact(mail, find_reply_to(mail)) == "Ida Lerstad"


def test_a_clinics_appointment_confirmation_greets_nobody() -> None:
    body = "Kære Kim\n\nHermed bekræftelse af din tid.\n\nMed venlig hilsen\nTandklinikken Vestby\n"
    mail = make_mail("Tandklinikken Vestby <no-reply@tidsbooking.dk>", body)
    assert find_contact(mail, find_reply_to(mail)) is None


def test_a_firm_line_under_a_first_name_sign_off_is_not_the_person() -> None:
    body = "Hej Jonas\n\nKan du mandag kl. 11?\n\nVh Mads\nKrogh VVS ApS\n40 12 87 33\n"
    mail = make_mail("Mads Krogh <mads@krogh-vvs.dk>", body)
    assert find_contact(mail, find_reply_to(mail)) == "Mads Krogh"


@pytest.mark.parametrize(
    ("address", "body", "want"),
    [
        # An address of the given name alone: the full name the text writes for it.
        ("liv@havbrise.dk", "Liv Aagesen (Havbrise ApS) sender en kontrakt. Skriv til liv@havbrise.dk.", "Liv Aagesen"),
        # "ü" spelled "ue" in the address; the name far into a long sentence.
        (
            "juergen.maier@kessel-werk.de",
            "Sollten Sie den Termin nicht wahrnehmen können, informieren Sie bitte Ihren Ansprechpartner Jürgen Maier "
            "(juergen.maier@kessel-werk.de).",
            "Jürgen Maier",
        ),
    ],
)  # fmt: skip
def test_a_no_reply_mail_names_the_person_behind_the_address_it_gives(address: str, body: str, want: str) -> None:
    mail = make_mail(
        "Kesselwerk Karriere <no-reply@taleo.net>", f"Guten Tag,\n\n{body}\n\nFreundliche Grüße\nRecruiting\n"
    )
    reply_to = find_reply_to(mail)
    assert reply_to == address
    assert find_contact(mail, reply_to) == want


def test_the_employer_signing_a_team_mail_is_nobody_to_greet() -> None:
    body = "Dear Chloe,\n\nEmail talent@stormhav.co.uk with questions.\n\nEarly Talent Team\nStormhav Mutual Society\n"
    mail = make_mail("Stormhav Careers <stormhav@myworkday.com>", body)
    assert find_contact(mail, find_reply_to(mail), "Stormhav Mutual Society") is None


def test_a_role_written_before_the_name_is_not_part_of_it() -> None:
    body = (
        "Hej Kim,\n\nIntervjuare Sara Lund, enhetschef, och Per Ek\n\nMejla mig på sara.lund@vikby.se.\n\n"
        "Med vänlig hälsning\nSara Lund\nEnhetschef\nVikby kommun\n"
    )
    mail = make_mail("Vikby kommun <noreply@reachmee.com>", body)
    assert find_contact(mail, find_reply_to(mail), "Vikby kommun") == "Sara Lund"


@pytest.mark.parametrize(
    ("sender", "reply_to", "body"),
    [
        ("Brookside Physio <no-reply@janeapp.co.uk>", "Brookside Physio Reception <reception@brookside.co.uk>",
         "Hi Kim,\n\nYour appointment is confirmed.\n\nThe Brookside Physio team\n"),
        ("Studieförbundet Lyktan <noreply@lyktan-studie.se>", "kurs@lyktan-studie.se",
         "Hej Kim!\n\nTack för din anmälan.\n\nVälkommen!\nStudieförbundet Lyktan\n"),
        ("Bloemgaard Zorg <no-reply@recruitee.com>", None,
         "Beste Kim,\n\nBedankt voor je sollicitatie.\n\nMet vriendelijke groet,\nTeam Recruitment\nBloemgaard Zorg\n"),
    ],
)  # fmt: skip
def test_a_desk_or_an_organisation_is_nobody_to_greet(sender: str, reply_to: str | None, body: str) -> None:
    mail = make_mail(sender, body, reply_to=reply_to)
    assert find_contact(mail, find_reply_to(mail)) is None


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("Hjulpartner <noreply@booking.hjulpartner.no>",
         "Hei Kim,\n\nTakk for din bestilling!\n\nSted: Hjulpartner Ski, Industriveien 4, 1400 Ski\n\n"
         "Vennlig hilsen\nHjulpartner Ski\n"),
        ("Linsgården Optik <no-reply@boka.linsgarden.se>",
         "Hej Kim,\n\nTack för din bokning!\n\nLinsgården Optik Norrmalm, Vasagatan 8, Stockholm\n\nVälkommen!\n"
         "Linsgården Optik\n"),
    ],
)  # fmt: skip
def test_a_shop_that_gives_its_street_is_nobody_to_greet(sender: str, body: str) -> None:
    mail = make_mail(sender, body)
    assert find_contact(mail, find_reply_to(mail)) is None


def test_the_person_signing_above_a_shop_line_is_the_contact() -> None:
    body = "Hej Kim!\n\nVill du komma på en provdag?\n\nKram,\nEva Holm\nKonditori Mandel, Storgatan 12, Lund\n"
    mail = make_mail("Konditori Mandel <konditorimandel@gmail.com>", body)
    assert find_contact(mail, find_reply_to(mail), "Konditori Mandel") == "Eva Holm"


def test_the_person_a_platform_relays_signs_the_quotation() -> None:
    body = (
        'Neue Nachricht von Café Morgenrot zu deiner Bewerbung\n\n"Hallo Kim, danke für deine Nachricht! Die Stelle '
        'ist noch offen. Viele Grüße, Jonas Morgen"\n\nAntworte direkt in JOIN.\n'
    )
    mail = make_mail("JOIN <noreply@join.com>", body, subject="Neue Nachricht von Café Morgenrot")
    assert find_contact(mail, find_reply_to(mail)) == "Jonas Morgen"


def test_a_meeting_place_in_the_body_does_not_hide_the_signer() -> None:
    body = "Hi Kim,\n\nSee you at Harbour House, Quay Street 4.\n\nBest,\nAmy Reed\n"
    mail = make_mail("Amy Reed <amy.reed@harbourfoods.co.uk>", body)
    assert find_contact(mail, find_reply_to(mail)) == "Amy Reed"


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        ("Banco Valdora <noreply@taleo.net>", "Estimada Kim,\n\nGracias por su candidatura.\n\nBanco Valdora\n"),
        ("Salong Krusig via Bokaen <no-reply@bokaen.se>", "Hej Kim!\n\nTack för din bokning.\n\nSalong Krusig\n"),
    ],
)
def test_a_bank_or_a_salon_is_never_the_contact(sender: str, body: str) -> None:
    assert find_contact(make_mail(sender, body), None) is None
