"""The employer behind the shapes names take: people's display names, abbreviations, national entities, divisions."""

from __future__ import annotations

import pytest

from mailtool.company import find_company
from mailtool.contact import find_contact, find_reply_to
from tests.mailmaker import make_mail


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
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
    ],
)
def test_a_persons_display_name_in_any_shape_is_never_the_employer(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


def test_a_founders_name_before_the_brand_is_the_registered_name_not_the_employers() -> None:
    body = "Hallo,\n\nwir laden Sie ein.\n\nGruß\nJonas Wendler\nHeinrich Kornblum GmbH | Hauptstr. 3 | Ulm\n"
    assert find_company(make_mail("Jonas Wendler <jonas.wendler@kornblum.de>", body), job_mail=True) == "Kornblum"


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
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
    ],
)
def test_a_short_domain_label_stands_for_the_name_whose_initials_it_spells(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


def test_initials_of_a_greeting_or_a_persons_name_are_no_employer() -> None:
    body = "Kære Kim Krogh\n\nVi ses i morgen.\n\nMvh\nKarin Kolstad\n"
    mail = make_mail("Karin Kolstad <karin@kk.dk>", body, to="Kim Krogh <kim@example.org>")
    assert find_company(mail, job_mail=True) == "Kk"


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
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
    ],
)
def test_a_country_or_region_after_the_name_is_dropped(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
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
def test_a_division_word_is_kept_but_not_a_site_or_an_entity_code(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


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
