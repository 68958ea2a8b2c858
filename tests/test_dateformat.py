"""Interview times and quote dates as each reply language writes them."""

from datetime import datetime

import pytest

from mailtool.dateformat import format_attribution_date, format_when, known

TUESDAY = datetime(2027, 1, 12, 10, 0)
EVENING = datetime(2027, 3, 5, 17, 45)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Tuesday 12 January 2027 at 10:00"),
        ("nb", "tirsdag 12. januar kl. 10.00"),
        ("nn", "tysdag 12. januar kl. 10.00"),
        ("sv", "tisdag den 12 januari kl. 10.00"),
        ("da", "tirsdag den 12. januar kl. 10.00"),
        ("de", "Dienstag, 12. Januar 2027, um 10:00 Uhr"),
    ],
)
def test_interview_time_in_the_languages_own_words(lang: str, expected: str) -> None:
    assert format_when(TUESDAY, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Friday 5 March 2027 at 17:45"),
        ("nb", "fredag 5. mars kl. 17.45"),
        ("sv", "fredag den 5 mars kl. 17.45"),
        ("da", "fredag den 5. marts kl. 17.45"),
        ("de", "Freitag, 5. März 2027, um 17:45 Uhr"),
    ],
)
def test_other_months_and_weekdays(lang: str, expected: str) -> None:
    assert format_when(EVENING, lang) == expected


def test_a_language_without_names_gets_the_iso_form() -> None:
    assert not known("fi")
    assert format_when(TUESDAY, "fi") == "2027-01-12 10:00"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "5 March 2027 at 17:45"),
        ("nb", "05.03.2027 kl. 17.45"),
        ("sv", "5 mars 2027 kl. 17.45"),
        ("da", "05.03.2027 kl. 17.45"),
        ("de", "05.03.2027 um 17:45"),
    ],
)
def test_attribution_dates(lang: str, expected: str) -> None:
    assert format_attribution_date(EVENING, lang) == expected
