"""The employer behind the shapes names take: people's display names, abbreviations, national entities, divisions."""

from __future__ import annotations

import pytest

from mailtool.company import find_company
from mailtool.contact import find_contact, find_reply_to
from mailtool.orgname import org_line, plausible
from tests.mailmaker import make_mail


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        # [A persons display name in any shape is never the employer]
        # "Surname Given (Dept)", as corporate Outlook directories write it.
        (
            "Hartwig Lena (HR/PE3-Ka) <lena.hartwig@de.kornblum.com>",
            "Guten Tag,\n\nkönnen Sie am Dienstag?\n\nViele Grüße\nLena Hartwig\nKornblum GmbH | www.kornblum.com\n",
            "Kornblum",
        ),
        # "SURNAME Given", as French mail writes it.
        (
            "DUVAL Margaux <margaux.duval@brisane.fr>",
            "Bonjour,\n\nNous vous proposons le poste.\n\nCordialement,\nMargaux Duval\nBrisane – 4 rue Neuve, Lyon\n",
            "Brisane",
        ),
        # "Surname, Given" with a department in brackets.
        (
            "Aaberg, Trine (Økonomi) <trine.aaberg@selvik.no>",
            "Hei,\n\nVelkommen til intervju hos Selvik.\n\nMvh\nTrine Aaberg\n",
            "Selvik",
        ),
        # [A short domain label stands for the name whose initials it spells]
        (
            "Sigrid Holm <sigrid.holm@ak.dk>",
            "Kære Kim\n\nVi tilbyder dig stillingen i Aarvig Kommune.\n\nMed venlig hilsen\nSigrid Holm\n",
            "Aarvig Kommune",
        ),
        (
            "Eva Lind <eva.lind@ms.se>",
            "Hej Kim,\n\nVälkommen till intervju på Mälarviks Sjukhus.\n\nHälsningar\nEva Lind\n",
            "Mälarviks Sjukhus",
        ),
        # [A country or region after the name is dropped]
        (
            "Lunora Schweiz AG via softgarden <noreply@softgarden.io>",
            "Guten Tag\n\nDanke für Ihr Interesse an Lunora.\n\nFreundliche Grüsse\nLunora Schweiz AG\n",
            "Lunora",
        ),
        (
            "Brekka Norge <jobb@brekka.no>",
            "Hei,\n\nVi vil gjerne invitere deg til intervju.\n\nHilsen\nBrekka Norge AS\n",
            "Brekka",
        ),
        (
            "Mia Berg <mia.berg@tallvik.com>",
            "Hi Kim,\n\nWe would like to offer you the role.\n\nMia Berg\nPeople | Tallvik Nordic\n",
            "Tallvik",
        ),
        # [A division word is kept but not a site or an entity code]
        # A one-word domain is the group's brand; the division's own word completes the name people use.
        (
            "Karl Dahl <karl.dahl@velmar.se>",
            "Hej Kim,\n\nVi vill träffa dig i Velmarby.\n\nHälsningar\nKarl Dahl\nProduktchef, Velmar Aqua\n",
            "Velmar Aqua",
        ),
        (
            "Lucía Pardo <lucia.pardo@ferrov.es>",
            "Hola Kim:\n\nTe adjunto la carta de oferta.\n\nUn saludo,\n\nLucía Pardo\nPeople | Ferrov Cloud\n",
            "Ferrov Cloud",
        ),
        # A domain that spells several words spells the whole name: a site after it is not part of it.
        (
            "Nyhus, Åse <ase.nyhus@fjordheim-helse.no>",
            "Hei,\n\nVi tilbyr deg stillingen.\n\nHilsen\nÅse Nyhus\nAnestesi, Fjordheim Helse Nordby\n",
            "Fjordheim Helse",
        ),
        # Capitals after the brand code a legal entity ("Acme CV AB"), not a division.
        (
            "Olle Ek <olle.ek@granvik.com>",
            "Hej,\n\nVälkommen på intervju.\n\nOlle Ek\nGranvik CV AB\n",
            "Granvik",
        ),
    ],
)
def test_names_the_employer_whatever_shape_its_name_takes(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


def test_a_founders_name_before_the_brand_is_the_registered_name_not_the_employers() -> None:
    body = "Hallo,\n\nwir laden Sie ein.\n\nGruß\nJonas Wendler\nHeinrich Kornblum GmbH | Hauptstr. 3 | Ulm\n"
    assert find_company(make_mail("Jonas Wendler <jonas.wendler@kornblum.de>", body), job_mail=True) == "Kornblum"


def test_initials_of_a_greeting_or_a_persons_name_are_no_employer() -> None:
    body = "Kære Kim Krogh\n\nVi ses i morgen.\n\nMvh\nKarin Kolstad\n"
    mail = make_mail("Karin Kolstad <karin@kk.dk>", body, to="Kim Krogh <kim@example.org>")
    assert find_company(mail, job_mail=True) == "Kk"


def test_an_internal_meeting_names_the_shared_domains_organisation() -> None:
    body = "Hei begge,\n\nVi går gjennom kandidatene mandag.\n\nVegard\n"
    to = "Lie, Silje <silje.lie@torvald.no>, Adrian Moe <adrian.moe@torvald.no>"
    mail = make_mail("Strand, Vegard <vegard.strand@torvald.no>", body, subject="Forberedelse intervjuer", to=to)
    assert find_company(mail, job_mail=False) == "Torvald"


def test_relatives_sharing_a_domain_are_no_internal_meeting() -> None:
    body = "Hei bror!\n\nGratulerer med tilbudet!\n\nHilsen Eivind\n"
    mail = make_mail("Eivind Hauge <eivind@fjellpost.no>", body, to="Sindre Hauge <sindre@fjellpost.no>")
    assert find_company(mail, job_mail=False) is None


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Interview with Quarrow – QA Engineer",
            "Hi Kim,\n\nQuarrow would like to meet you on Tuesday. Ask for Dermot Hale at reception.\n\nLauren",
            "Quarrow",
        ),
        (
            "Intervju hos Brattli Kraft",
            "Hei Kim,\n\nMøt opp i resepsjonen og spør etter Ola Berg fra Brattli Kraft.\n\nHilsen Maren",
            "Brattli Kraft",
        ),
    ],
)
def test_an_agencys_client_is_the_one_the_subject_names_not_a_person_to_ask_for(
    subject: str, body: str, want: str
) -> None:
    mail = make_mail("Whitfield, Lauren <lauren.whitfield@hays.com>", body, subject=subject)
    assert find_company(mail, job_mail=True) == want


def test_a_person_relayed_by_a_job_board_names_the_employer_in_the_headline() -> None:
    body = (
        "Rhona Vale\nTalent Partner at Quillmoor Health | Hiring engineers\nLeeds\n\n"
        '"Hi Kim, I would love to keep in touch."\n\nAccept: https://www.linkedin.com/comm/invitations/accept\n'
    )
    headers = {"List-Unsubscribe": "<https://www.linkedin.com/unsubscribe>"}
    mail = make_mail("Rhona Vale via LinkedIn <invitations@linkedin.com>", body, headers=headers)
    assert find_company(mail, job_mail=False) == "Quillmoor Health"
    assert find_contact(mail, find_reply_to(mail)) == "Rhona Vale"


def test_a_job_boards_own_alert_relays_nobody() -> None:
    headers = {"List-Unsubscribe": "<https://www.linkedin.com/unsubscribe>"}
    mail = make_mail("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "12 new jobs\n", headers=headers)
    assert find_company(mail, job_mail=False) is None
    assert find_contact(mail, None) is None


def test_an_e_signature_service_is_not_the_employer_the_body_names() -> None:
    body = (
        "Hej Kim\n\nIda Holm (Søndervig Tryk ApS) har inviteret dig til at underskrive følgende dokument:\n\n"
        "Ansættelseskontrakt.pdf\n\nBesked fra afsender: skriv til ida@soendervigtryk.dk, hvis noget skal rettes.\n\n"
        "Med venlig hilsen\nPenneo\n"
    )
    mail = make_mail("Penneo <noreply@penneo.com>", body, subject="Ida Holm har sendt dig dokumenter")
    reply_to = find_reply_to(mail)
    assert reply_to == "ida@soendervigtryk.dk"
    assert find_company(mail, job_mail=True, reply_to=reply_to) == "Søndervig Tryk"
    assert find_contact(mail, reply_to) == "Ida Holm"


def test_a_surname_first_display_name_the_address_spells_is_a_person() -> None:
    body = "Sehr geehrter Herr Kim,\n\nanbei Ihr Vertrag.\n\nMit freundlichen Grüßen\n\nMag. Lena Baumgart\n"
    body += "Kessler Holz GmbH\n"
    mail = make_mail("BAUMGART Lena <lena.baumgart@kessler-holz.at>", body)
    assert find_company(mail, job_mail=True) == "Kessler Holz"


def test_a_sentence_end_ends_the_name() -> None:
    body = "Hola Pablo:\n\nGracias por tu interés en Grupo Almendral. Hemos revisado tu candidatura.\n\nUn saludo\n"
    mail = make_mail("Grupo Almendral <noreply@smartrecruiters.com>", body)
    assert find_company(mail, job_mail=True) == "Grupo Almendral"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        # The ATS slug spells the brand; subject and signature write the whole name.
        (
            "Eva Dahl <notifications@teamtailor-mail.com>",
            "Next step at Fjellrev Labs",
            "Hei Maja,\n\nBook en tid her: https://fjellrev.teamtailor.com/meetings/book/1\n\nHilsen\nEva Dahl\n"
            "Fjellrev Labs\n",
            "Fjellrev Labs",
        ),
        # The display name's short form, the body's full name.
        (
            "Stormhav Careers <stormhav@myworkday.com>",
            "Your video interview - Stormhav Mutual Society",
            "Dear Chloe,\n\nThank you for applying to the graduate programme at Stormhav Mutual Society.\n\n"
            "Early Talent Team\nStormhav Mutual Society\n",
            "Stormhav Mutual Society",
        ),
        # A place before a bank's name is part of it; a founder's name before a brand is not (tested above).
        (
            "Lie, Marit <marit.lie@fjordbank.no>",
            "Nytt tidspunkt",
            "Hei Kim,\n\nPasser fredag kl. 12?\n\nMed vennlig hilsen\nMarit Lie\nHR-rådgiver\nVestland Fjordbank ASA\n",
            "Vestland Fjordbank",
        ),
        # A one-word subject does not make the short name the one in use.
        (
            "Hans Moe <hans@solvind.energy>",
            "Solvind",
            "Hei Sara!\n\nVi vil gjerne ha deg med.\n\nHilsen\nHans\n\nHans Moe\nDaglig leder | Solvind Energi AS\n",
            "Solvind Energi",
        ),
    ],
)
def test_the_full_name_the_mail_writes_extends_the_short_form(sender: str, subject: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=True) == want


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        # A longer form only in the signature is the legal entity: the display name is the name in use.
        ("Brask <noreply@brask.emply.net>", "Kære Kim\n\nTak.\n\nHilsen\nEva Ry\nBrask Forsikring\n", "Brask"),
        # A genitive writes the short name on its own: "Vidbanken Umeå Centrum" is a branch.
        ("Vidbanken <noreply@reachmee.com>",
         "Hej,\n\nTjänsten som rådgivare vid Vidbanken Umeå Centrum är tillsatt.\n\nKarl Ek\n"
         "Kontorschef, Vidbanken Umeå Centrum\nSkickat från Vidbankens rekryteringssystem.\n", "Vidbanken"),
    ],
)  # fmt: skip
def test_keeps_the_display_name_where_the_longer_form_is_an_entity_or_a_branch(
    sender: str, body: str, want: str
) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Doctolib <no-reply@doctolib.de>",
            "Ihr Termin ist bestätigt",
            "Guten Tag,\n\nIhr Termin bei Dr. Ute Kamp ist bestätigt: Donnerstag um 08:40 Uhr.\n\nIhr Doctolib-Team\n",
        ),
        (
            "Bilsenteret Lunde <noreply@verkstedbestilling.no>",
            "Bekreftelse på timebestilling",
            "Hei,\n\nVi bekrefter timen din på verkstedet tirsdag kl. 07.30.\n\nHilsen\nBilsenteret Lunde AS\n",
        ),
        (
            "Tandklinikken Vestby <no-reply@tandbooking.dk>",
            "Bekræftelse af tid",
            "Kære Kim\n\nHermed bekræftelse af din tid hos tandlægen torsdag kl. 08.15.\n\nTandklinikken Vestby\n",
        ),
    ],
)
def test_a_care_or_service_booking_names_no_employer(sender: str, subject: str, body: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=False) is None


def test_a_clinic_writing_about_a_job_is_still_an_employer() -> None:
    body = "Kære Kim\n\nTak for din ansøgning til stillingen som tandlæge. Vi har modtaget den.\n\n"
    body += "Med venlig hilsen\nTandklinikken Vestby\n"
    mail = make_mail("Tandklinikken Vestby <noreply@emply.net>", body, subject="Tak for din ansøgning")
    assert find_company(mail, job_mail=False) == "Tandklinikken Vestby"


def test_an_ats_rejection_with_list_headers_still_names_employer_and_contact() -> None:
    body = "Hi Tobias,\n\nWe decided to move forward with another candidate.\n\nWarmly,\nBeth Lowe\nVellby Health\n"
    mail = make_mail(
        "Vellby Health <no-reply@hire.lever.co>",
        body,
        reply_to="Beth Lowe <beth.lowe@vellbyhealth.com>",
        headers={"List-Unsubscribe": "<https://hire.lever.co/unsubscribe/vellby/1>"},
    )
    assert find_company(mail, job_mail=False) == "Vellby Health"
    assert find_contact(mail, find_reply_to(mail)) == "Beth Lowe"


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        (
            "Nordlys Gymnasium <noreply@emply.net>",
            "Kære Kim\n\nTak for din ansøgning til stillingen som lektor ved Nordlys Gymnasium.\n\n"
            "Med venlig hilsen\nNordlys Gymnasium\nAnsættelsesudvalget\n",
            "Nordlys Gymnasium",
        ),
        (
            "Corvid Aerospace <donotreply@icims.com>",
            "Dear Mateo,\n\nThanks for applying to Corvid Aerospace. We have received your application.\n\n"
            "Sincerely,\nTalent Acquisition\nCorvid Aerospace\n",
            "Corvid Aerospace",
        ),
    ],
)
def test_a_team_signed_system_mail_names_the_employer_and_nobody_to_greet(sender: str, body: str, want: str) -> None:
    mail = make_mail(sender, body)
    company = find_company(mail, job_mail=False)
    assert company == want
    assert find_contact(mail, find_reply_to(mail), company) is None


@pytest.mark.parametrize(
    "name", ["Tuesday 9 March", "Montag 3", "März 2027", "Talent", "HR Team", "Careers", "Rekrytering"]
)
def test_dates_and_recruiting_words_are_no_employer(name: str) -> None:
    assert not plausible(name)


@pytest.mark.parametrize("name", ["Mars Wrigley", "Sparebank 1 SMN", "Kestrel Rail", "Talentia Rekrytering"])
def test_names_that_merely_hold_such_words_are_employers(name: str) -> None:
    assert plausible(name)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (("Med vennlig hilsen", "HR-avdelingen", "Norsk senter for havbruk", "Denne e-posten kan ikke besvares."),
         "Norsk senter for havbruk"),
        (("Terveisin", "Liisa Mäki", "koulun rehtori", "Pohjalahden kaupunki"), "Pohjalahden kaupunki"),
        (("Best regards", "Anna Berg", "Skickat via ReachMee"), None),
        (("Team Recruitment",), None),
    ],
)  # fmt: skip
def test_reads_the_organisation_a_signature_line_names_by_its_kind(lines: tuple[str, ...], want: str | None) -> None:
    assert org_line(lines) == want
