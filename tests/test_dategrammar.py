"""scan: dates and times as written, before they are resolved against a Date header."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from mailtool.dategrammar import DateRef, Mention, scan
from mailtool.dates import find_when
from mailtool.model import Mail


def times(text: str) -> list[tuple[int, int]]:
    """Return the proposal-like times (range ends and timestamps left out)."""
    return [(m.hour, m.minute) for m in scan(text) if m.is_time and not m.range_end and not m.stamp]


def dates(text: str) -> list[DateRef]:
    return [m.date for m in scan(text) if m.date is not None]


def test_time_forms_of_ten_languages() -> None:
    assert times("kl. 9.15") == [(9, 15)]
    assert times("klo 14") == [(14, 0)]
    assert times("um 10 Uhr") == [(10, 0)]
    assert times("15.30 Uhr") == [(15, 30)]
    assert times("om 9.30 uur") == [(9, 30)]
    assert times("à 14h00") == [(14, 0)]
    assert times("a las 7 de la tarde") == [(19, 0)]
    assert times("2:30 p.m.") == [(14, 30)]
    assert times("12 am") == [(0, 0)]


def test_range_end_and_borrowed_pm() -> None:
    assert times("09:00–10:30") == [(9, 0)]
    assert times("1:00 - 2:00 pm") == [(13, 0)]
    assert times("8:30 Uhr bis ca. 16:30 Uhr") == [(8, 30)]


def test_not_times() -> None:
    assert times("Dauer ca. 2 Uhr") == []  # a duration
    assert times("(UTC+01:00) Amsterdam") == []
    assert times("Received 09:12:45") == []  # a timestamp
    assert times("om 2 veckor") == []  # Swedish "in two weeks"
    assert times("Tid: 10.00") == [(10, 0)]
    assert times("version 10.00 is out") == []


def test_date_forms() -> None:
    assert dates("14.01.2027") == [DateRef(day=14, month=1, year=2027)]
    assert dates("2027-01-14") == [DateRef(day=14, month=1, year=2027)]
    assert dates("den 3. december") == [DateRef(day=3, month=12)]
    assert dates("3rd of March") == [DateRef(day=3, month=3)]
    assert dates("March 3rd, 2027") == [DateRef(day=3, month=3, year=2027)]
    assert dates("12. Jänner") == [DateRef(day=12, month=1)]
    assert dates("16. marraskuuta") == [DateRef(day=16, month=11)]
    assert dates("3 de marzo de 2027") == [DateRef(day=3, month=3, year=2027)]
    assert dates("1/20/2027") == [DateRef(day=20, month=1, year=2027)]
    assert dates("fredag (8/5)") == [DateRef(day=8, month=5, weekday=4)]
    assert dates("Friday the 13th") == [DateRef(day=13, weekday=4)]
    assert dates("übermorgen") == [DateRef(offset=2)]


def test_morning_is_not_tomorrow() -> None:
    assert dates("Guten Morgen") == []
    assert dates("a las 10 de la mañana") == []
    assert dates("morgen") == [DateRef(offset=1)]


def test_month_first_for_us_senders() -> None:
    assert [m.date for m in scan("03/09/2027", month_first=True)] == [DateRef(day=9, month=3, year=2027)]


def test_offsets_survive_letters_that_grow_when_lower_cased() -> None:
    text = "İİİ Tuesday 9 March 10:00"
    found = scan(text)
    assert [text[m.start : m.end] for m in found] == ["Tuesday 9 March", "10:00"]
    assert isinstance(found[0], Mention)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 :./-–kl Uhr am pm Mar den\n,()åäö")), max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    mail = Mail(message_id="", subject=text, sender=None, date=datetime(2027, 3, 1, tzinfo=UTC), body=text)
    find_when(mail, "en")


def test_casual_hours_keep_office_hours() -> None:
    assert times("thursday at 2 for a call") == [(14, 0)]
    assert times("morgen um 3 Uhr") == [(15, 0)]
    assert times("kl. 4") == [(16, 0)]
    assert times("kl. 02.00") == [(2, 0)]  # a written leading zero means what it says
    assert times("um 6 Uhr morgens") == [(6, 0)]
    assert times("at 2 for 1") == []  # no day before it: a price, not a time


def test_a_span_of_dates_names_no_day() -> None:
    assert dates("fra torsdag 3. desember til onsdag 9. desember") == [DateRef()]
    assert dates("del 3 de marzo al 9 de marzo") == [DateRef()]
    assert dates("Monday 8 March or Tuesday 9 March") == [
        DateRef(day=8, month=3, weekday=0),
        DateRef(day=9, month=3, weekday=1),
    ]


def test_hours_from_to_after_a_weekday_start_at_the_first() -> None:
    assert times("provdag på lördag 10–16") == [(10, 0)]
    assert times("lauantaina 9-15") == [(9, 0)]
    assert times("the score was 10-16") == []  # no weekday before it: not hours
    assert times("fredag 19-04-2027") == []  # a date, not hours


def test_hours_in_words() -> None:
    assert times("kan du komme ved totiden?") == [(14, 0)]
    assert times("vid tvåtiden") == [(14, 0)]
    assert times("imorgon halv nio") == [(8, 30)]
    assert times("um halb neun") == [(8, 30)]
    assert times("om half negen") == [(8, 30)]
    assert times("puoli kymmenen") == [(9, 30)]
    assert times("at half past two") == [(14, 30)]
    assert times("see you half nine") == [(9, 30)]
    assert times("kvart over ti") == [(10, 15)]
    assert times("kvart på ni") == [(8, 45)]
    assert times("Viertel nach zehn".lower()) == [(10, 15)]
    assert times("viertel vor drei") == [(14, 45)]
    assert times("kwart voor negen") == [(8, 45)]
    assert times("quarter to ten") == [(9, 45)]
    assert times("klokka ni") == [(9, 0)]
    assert times("um neun uhr") == [(9, 0)]
    assert times("eleven o'clock") == [(11, 0)]
    assert times("à deux heures et demie") == [(14, 30)]
    assert times("a las diez y cuarto") == [(10, 15)]
    assert times("halv 9") == [(8, 30)]


def test_halves_that_are_no_hours() -> None:
    assert times("en halv time") == []
    assert times("half an hour") == []
    assert times("eine halbe stunde") == []
    assert times("half of the 12 candidates") == []
