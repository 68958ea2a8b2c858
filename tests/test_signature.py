"""Reading people's names out of signatures, display names and addresses."""

from __future__ import annotations

import pytest

from mailtool.signature import (
    business_names,
    company_line,
    is_person_name,
    located,
    name_for_address,
    person_name,
    signer,
    signs_as,
)


@pytest.mark.parametrize(
    "name", ["Anna Berg", "Malene Birk Sørensen", "Ludwig van der Berg", "Noa Ben-David", "Siobhán Ó Ceallaigh"]
)
def test_recognises_full_names(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text",
    ["Anna", "Talent Acquisition Partner", "KTH Royal Institute", "Hej Anna", "Acme AB", "Universitetet i Bergen"],
)
def test_rejects_single_names_roles_teams_and_greetings(text: str) -> None:
    assert not is_person_name(text)


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("Ströbl, Monika", "Monika Ströbl"),
        ("Dr. Jan Roth", "Jan Roth"),
        ("Acme Careers", None),
        ("Monika", None),
        ("MOREAU Élodie", "Élodie Moreau"),
        ("Aaberg, Trine (Økonomi)", "Trine Aaberg"),
        ("Hartwig Lena (HR/PE3-Ka)", "Hartwig Lena"),
        ("Dahl Ingrid [External]", "Dahl Ingrid"),
        ("BREKKA Norge", None),
        ("HR Anna", None),
        ("Tandklinikken Vest", None),
    ],
)
def test_reads_a_display_name(display: str, want: str | None) -> None:
    assert person_name(display) == want


def test_prefers_the_signer_the_headers_hint_at() -> None:
    lines = ["Med vennlig hilsen", "Kari Nordmann", "HR-rådgiver", "Ola Hansen"]
    assert signer(lines, hints=["ola.hansen"]) == "Ola Hansen"
    assert signer(lines) == "Kari Nordmann"


def test_reads_the_name_before_a_separator() -> None:
    assert signer(["Lea Moreau | Talent Partner | Brume"]) == "Lea Moreau"


def test_finds_the_name_an_address_spells() -> None:
    text = "Fragen? Ihr Ansprechpartner Tobias Brandt: tobias.brandt@kranwerk.de"
    assert name_for_address(text, "tobias.brandt@kranwerk.de") == "Tobias Brandt"
    assert name_for_address(text, "jobs@kranwerk.de") is None


def test_finds_a_company_by_its_legal_form() -> None:
    assert company_line(["Kari Nordmann", "HR-rådgiver", "Fjellbygg Entreprenør AS", "Tlf 12345678"]) == (
        "Fjellbygg Entreprenør"
    )
    assert company_line(["Kari Nordmann", "Hei Kim,"]) is None


def test_a_firm_written_with_its_legal_form_elsewhere_is_not_the_signer() -> None:
    lines = ["Vestby Bygg", "Hei Kim,", "Med vennlig hilsen", "Mona Lie", "Vestby Bygg AS"]
    assert signer(lines, hints=["Vestby Bygg", "mona.lie"]) == "Mona Lie"


@pytest.mark.parametrize(
    "closing",
    ["Bh Mads", "Mvh Mads", "Vh. Mads", "Kh Mads", "LG Mads", "VG Mads", "MfG Mads", "BR, Mads", "/Mads", "Br Mads"],
)
def test_an_abbreviated_sign_off_before_the_first_name_is_not_a_surname(closing: str) -> None:
    lines = ["Vi ses!", closing, "", "Mads Kjærbo", "Head of Growth"]
    assert signer(lines, hints=["mads.kjaerbo"]) == "Mads Kjærbo"
    assert signer(lines) == "Mads Kjærbo"


def test_a_surname_first_display_name_signs_in_either_order() -> None:
    assert signs_as("Hartwig Lena (HR/PE3-Ka)", ["Viele Grüße", "Lena Hartwig"])
    assert signs_as("MOREAU Élodie", ["Élodie"])
    assert not signs_as("Hartwig Lena", ["Jonas Wendler"])


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("LE BRIS Claire", "Claire Le Bris"),
        ("VAN DER WAL Sanne", "Sanne van der Wal"),
        ("GARNIER Thibault", "Thibault Garnier"),
        ("Intervjuare Sara Lund", "Sara Lund"),
        ("Interviewer: Anna Berg", "Anna Berg"),
        ("Ansprechpartnerin Eva Roth", "Eva Roth"),
    ],
)
def test_reads_a_person_however_the_name_is_written(display: str, want: str) -> None:
    assert person_name(display) == want


@pytest.mark.parametrize("display", ["ACME Sverige", "HR Anna", "Brookside Physio Reception", "Studieförbundet Lyktan"])
def test_brands_desks_and_organisations_are_no_person(display: str) -> None:
    assert person_name(display) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Bageri Kanel, Sveavägen 41, Stockholm", ["Bageri Kanel"]),
        ("Sted: Dekkhuset Ås, Moerveien 62, 1430 Ås", ["Dekkhuset Ås"]),
        ("Praxis Dr. Lind, Am Markt 3a", ["Praxis Dr. Lind"]),
        ("Tel. 22 33 44 55", []),
        ("Vi sees i Storgata 5, Oslo", []),
    ],
)
def test_located_reads_a_name_before_a_street_and_number(line: str, want: list[str]) -> None:
    assert located([line]) == want


def test_business_names_leave_off_a_site_after_the_shop() -> None:
    assert business_names(["Optik Lins Södermalm, Götgatan 6, Stockholm"]) == {"optiklinssodermalm", "optiklins"}
