"""Agencies told by what they write: a client introduced by a cue, a consultant naming another employer, a subject."""

from __future__ import annotations

import pytest

from mailtool.company import find_company
from tests.mailmaker import make_mail


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        # The client noun with an article before the name.
        (
            "Karl Obst <k.obst@obst-personal.de>",
            "Vertragsangebot",
            "Hallo Herr Lenz,\n\nunser Mandant, die Rotbach Feinmechanik GmbH, möchte Sie einstellen.\n\n"
            "Beste Grüße\nKarl Obst\nObst Personalberatung GmbH\n",
            "Rotbach Feinmechanik",
        ),
        (
            "Ann Pike <ann.pike@pikesearch.co.uk>",
            "Offer",
            "Hi Kim,\n\nOur client, the Wexley Brewing Company, would like to offer you the role.\n\nAnn Pike\n",
            "Wexley Brewing Company",
        ),
    ],
)
def test_a_client_introduced_with_an_article_is_the_employer(sender: str, subject: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=True) == want


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        (
            "Siv Hauge <siv.hauge@talentpartner.no>",
            "Tilbud fra Fjordlaks Eksport – skiftleder",
            "Hei Ola,\n\nSom lovet sender jeg deg tilbudet fra Fjordlaks Eksport.\n\n"
            "Med vennlig hilsen\nSiv Hauge\nSeniorkonsulent, Havbruk\nTalentpartner AS\n",
            "Fjordlaks Eksport",
        ),
        (
            "Jens Krag <jens.krag@krag-search.dk>",
            "Samtale hos Vestmark Plast",
            "Hej Kim\n\nVestmark Plast vil gerne møde dig.\n\nVh\nJens Krag\nSenior Consultant\nKrag Search ApS\n",
            "Vestmark Plast",
        ),
    ],
)
def test_a_consultant_naming_another_employer_writes_for_a_client(
    sender: str, subject: str, body: str, want: str
) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=True) == want


def test_an_employers_own_consultant_names_the_employer() -> None:
    body = "Hei Kim,\n\nVelkommen til intervju hos Lysvik Kraft.\n\nHilsen\nEli Berg\nHR-konsulent\nLysvik Kraft AS\n"
    mail = make_mail("Eli Berg <eli.berg@lysvik-kraft.no>", body, subject="Intervju – Kvalitetskonsulent")
    assert find_company(mail, job_mail=True) == "Lysvik Kraft"


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Moorside Rail Services - interview slots", "Moorside Rail Services"),
        # A job title in the subject is no client: the agency stays the company.
        ("Senior Quality Engineer - interview slots", "Thornby"),
    ],
)
def test_an_agency_names_its_client_in_the_subject(subject: str, want: str) -> None:
    body = (
        "Hi Ravi,\n\nGreat news - Moorside Rail Services and the Senior Quality Engineer team have come back to me "
        "with two slots.\n\nKind regards,\nTom Reid\nThornby Recruitment Ltd\n"
    )
    mail = make_mail("Tom Reid <tom.reid@thornby.co.uk>", body, subject=subject)
    assert find_company(mail, job_mail=True) == want


def test_an_agency_named_for_what_it_does_gives_the_client_its_subject_names() -> None:
    body = (
        "Hi Kim,\n\nBrightmoor Energy would like to see you for the final stage.\n\nMany thanks,\nTom\n\nTom Ashby\n"
        "Principal Consultant – Finance & Accounting\nSaltmarsh Talent\nwww.saltmarsh-talent.co.uk\n"
    )
    mail = make_mail("Tom Ashby <tom.ashby@saltmarsh-talent.co.uk>", body, "Final stage - Brightmoor Energy - Analyst")
    assert find_company(mail, job_mail=True) == "Brightmoor Energy"


def test_the_subjects_client_beats_a_preposition_naming_a_person() -> None:
    body = (
        "Hi Kim,\n\nGreat news - Corrie Bay Energy have come back with an offer! They liked how you handled the "
        "grilling from Ian.\n\nLiam\n\nLiam Shaw\nSenior Recruitment Consultant\nWestgate Technical Recruitment\n"
    )
    mail = make_mail("Shaw, Liam <liam.shaw@westgate-technical.co.uk>", body, "Corrie Bay - OFFER!")
    # The subject's "Corrie Bay" at its fullest in the body: "Energy" is a word of an organisation's kind.
    assert find_company(mail, job_mail=True) == "Corrie Bay Energy"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        # The agency signs after the writer's title; the client is the one that hires.
        (
            "Rune Vik <rune@vikrekruttering.dk>",
            "Nordlys Bageri – gode nyheder!",
            "Hej Emil\n\nNordlys Bageri vil gerne ansætte dig som bager!\n\nHilsen\nRune Vik\n"
            "Partner, Vik Rekruttering\n",
            "Nordlys Bageri",
        ),
        (
            "Ute Berg <u.berg@kaltfeld-personal.de>",
            "Neuigkeiten",
            "Guten Tag Herr Lenz,\n\ndie Moosbach Anlagenbau GmbH möchte Sie als Monteur (m/w/d) einstellen.\n\n"
            "Beste Grüße\nUte Berg\nPersonalberaterin\nKaltfeld Personal GmbH\n",
            "Moosbach Anlagenbau",
        ),
        # An update: the CV forwarded to a named client.
        (
            "Tone Lie <tone@lyngrekruttering.no>",
            "Oppdatering",
            "Hei Kim,\n\nJeg har sendt CV-en din videre til Fjordkyst Laks i dag.\n\nTone Lie\n"
            "Rådgiver | Lyng Rekruttering AS\n",
            "Fjordkyst Laks",
        ),
    ],
)
def test_an_agency_signing_after_a_title_names_its_client(sender: str, subject: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), True) == want


def test_a_pronoun_that_hires_is_no_client() -> None:
    body = "Hej Kim,\n\nJag vill gärna erbjuda dig tjänsten.\n\nHälsningar\nEva Sand\nKonsult | Sand Rekrytering\n"
    mail = make_mail("Eva Sand <eva@sandrekrytering.se>", body, subject="Erbjudande")
    # No client named: the agency itself.
    assert find_company(mail, True) == "Sand Rekrytering"
