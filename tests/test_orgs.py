"""Domain knowledge: ATS and free-mail hosts, no-reply addresses, legal forms, folding names into domain spelling."""

from __future__ import annotations

import pytest

from mailtool import orgs
from mailtool.model import Address


@pytest.mark.parametrize(
    "addr",
    [
        "noreply@acme.com",
        "no-reply@acme.teamtailor-mail.com",
        "careers-noreply@acme.de",
        "noreply-recruiting@acme.de",
        "DoNotReply@acme.se",
        "acme@myworkday.com",
        "notifications@smartrecruiters.com",
    ],
)
def test_recognises_addresses_no_human_reads(addr: str) -> None:
    assert orgs.is_noreply(addr)


@pytest.mark.parametrize(
    "addr", ["rita.moe@acme.no", "reply+ab12@inbound.teamtailor-mail.com", "rekrytering@acme.se", "jobs@acme.com"]
)
def test_keeps_addresses_a_human_reads(addr: str) -> None:
    assert not orgs.is_noreply(addr)


@pytest.mark.parametrize(
    ("addr", "want"),
    [
        ("anna@jobs.kvarnby.co.uk", "kvarnby"),
        ("per.olsen@bergen.kommune.no", "bergen"),
        ("jan.roth@bsi.bund.de", "bsi"),
        ("anna@gmail.com", None),
        ("anna@mail.dk", None),
        ("noreply@greenhouse.io", None),
        ("alert@indeed.com", None),
        ("paula@nhs.net", None),
    ],
)
def test_names_the_organisation_behind_an_address(addr: str, want: str | None) -> None:
    assert orgs.employer_domain(Address("", addr)) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Fjellbygg AS", "Fjellbygg"),
        ("Kranwerk GmbH & Co. KG", "Kranwerk"),
        ("Vikstrand AB (publ)", "Vikstrand"),
        ("Glenroe Ltd.", "Glenroe"),
        ("Saimaa Oyj", "Saimaa"),
        ("Asker Bygg", "Asker Bygg"),
    ],
)
def test_strips_legal_forms_only_at_the_end(name: str, want: str) -> None:
    assert orgs.strip_legal(name) == want


def test_folds_names_into_the_spelling_domains_use() -> None:
    assert orgs.fold("Västerås Stad") == "vasterasstad"
    assert orgs.fold("Bjørn & Søn") == "bjornson"


@pytest.mark.parametrize(
    "name",
    [
        "Acme Careers",
        "HR Team",
        "Acme Group",
        "Rekryteringsteamet",
        "Acme GmbH",
        "Tandklinikken Vest",
        "Zahnarztpraxis",
    ],
)
def test_recognises_organisation_words(name: str) -> None:
    assert orgs.has_org_word(name)


def test_a_plain_personal_name_has_no_organisation_word() -> None:
    assert not orgs.has_org_word("Ingrid Solberg")


@pytest.mark.parametrize(
    ("host", "want"),
    [
        ("jobs.kvarnby.co.uk", ("jobs", "kvarnby.co.uk")),
        ("mail.harbour.com.au", ("mail", "harbour.com.au")),
        ("tide.com.ua", ("", "tide.com.ua")),
        ("acme.com", ("", "acme.com")),
        ("a.b.acme.de", ("a.b", "acme.de")),
        ("bergen.kommune.no", ("", "bergen.kommune.no")),
        ("10.0.0.1", ("", "10.0.0.1")),
    ],
)
def test_splits_a_host_at_its_registered_domain_without_a_suffix_download(host: str, want: tuple[str, str]) -> None:
    assert orgs.split_host(host) == want


def test_knows_unions_are_not_employers() -> None:
    assert orgs.is_union("Parat") and orgs.is_union("IG Metall")
    assert not orgs.is_union("Parat Bygg")


@pytest.mark.parametrize(
    ("name", "want"),
    [("Lunora Schweiz", "Lunora"), ("Brekka Norge", "Brekka"), ("Tallvik Nordic", "Tallvik"), ("Nordic", "Nordic")],
)
def test_drops_a_country_or_region_after_a_name_but_keeps_a_name_of_one_word(name: str, want: str) -> None:
    assert orgs.strip_region(name) == want


@pytest.mark.parametrize(
    "addr",
    [
        "ikke-svar@booking.dekksenteret.no",
        "ikkesvar@kommune.no",
        "svara-inte@lyktan.se",
        "inte_svara@lyktan.se",
        "ej-svar@lyktan.se",
        "ikke-besvar@tandlaegen.dk",
        "nicht-antworten@rotbach.de",
        "keine.antwort@rotbach.de",
        "ne-pas-repondre@vasseur.fr",
        "no-responder@valdemora.es",
        "niet-beantwoorden@tulpenhof.nl",
        "ala-vastaa@pohjalahti.fi",
    ],
)
def test_no_reply_addresses_in_local_languages(addr: str) -> None:
    assert orgs.is_noreply(addr)


@pytest.mark.parametrize("addr", ["svarholm@acme.se", "inge.ejsvarsson@acme.se", "hej@acme.se"])
def test_names_that_hold_a_no_reply_word_are_read_by_people(addr: str) -> None:
    assert not orgs.is_noreply(addr)


@pytest.mark.parametrize("word", ["Hospitalsenheden", "Studieförbundet", "Reception", "Zorg", "institutt"])
def test_words_of_an_organisations_kind(word: str) -> None:
    assert orgs.is_org_word(word)
