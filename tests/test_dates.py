"""find_when: the one proposed interview time, read in ten languages against the Date header."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from mailtool.dates import find_when
from mailtool.model import CalendarEvent, Mail
from mailtool.parse import parse

DEV = Path(__file__).parent / "data" / "dev"
CET = timezone(timedelta(hours=1))
# Monday 1 March 2027, 10:00 in Central Europe: the "now" of most synthetic mails below.
MONDAY = datetime(2027, 3, 1, 10, 0, tzinfo=CET)


def mail(
    body: str, date: datetime | None = MONDAY, subject: str = "", calendar: tuple[CalendarEvent, ...] = ()
) -> Mail:
    """Build a parsed mail whose decisive text is `body`."""
    return Mail(message_id="<t@x>", subject=subject, sender=None, date=date, text=body, new_text=body, body=body,
                calendar=calendar)  # fmt: skip


def when(
    body: str, date: datetime | None = MONDAY, subject: str = "", calendar: tuple[CalendarEvent, ...] = ()
) -> str | None:
    """Return find_when's answer as "YYYY-MM-DDTHH:MM", or None."""
    found = find_when(mail(body, date, subject, calendar), "en")
    return found.value.strftime("%Y-%m-%dT%H:%M") if found else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # en
        ("We would like to invite you to an interview on Tuesday, 9 March 2027 at 10:30.", "2027-03-09T10:30"),
        ("Would Thursday at 3pm work for a quick call?", "2027-03-04T15:00"),
        ("Date & time: March 3rd, 2:00 pm – 3:00 pm (GMT)", "2027-03-03T14:00"),
        ("The panel suggested Friday 12th March at 11am.", "2027-03-12T11:00"),
        ("Your screen is at 9:30 AM PST on April 6, 2027.", "2027-04-06T09:30"),
        ("Slot booked: Wednesday, 10 March 2027, 1:00 – 2:00 pm", "2027-03-10T13:00"),
        ("Can we talk tomorrow at 16:00?", "2027-03-02T16:00"),
        ("Date: Thursday, 11 March 2027\nTime: 14:00 – 15:00 (CET)", "2027-03-11T14:00"),
        ("Time: 09:15 CET\nDate: Friday 5 March 2027", "2027-03-05T09:15"),
        # nb / nn
        ("Vi vil gjerne invitere deg til intervju tirsdag 9. mars kl. 13.00.", "2027-03-09T13:00"),
        ("Passer det onsdag kl 9?", "2027-03-03T09:00"),
        ("Dato: 10.03.2027\nTid: kl. 09:00–10:00\nSted: Storgata 4", "2027-03-10T09:00"),
        ("Vi kallar deg inn til intervju måndag 15. mars 2027 klokka 10.30.", "2027-03-15T10:30"),
        ("Kan du kome i morgon kl. 14?", "2027-03-02T14:00"),
        # sv
        ("Välkommen på intervju tisdag den 16 mars kl. 13.15 hos oss.", "2027-03-16T13:15"),
        ("Intervjun: 2027-03-18 kl. 10:00–11:00, rum Ekan.", "2027-03-18T10:00"),
        ("Hinner du ett kort samtal på torsdag kl 14?", "2027-03-04T14:00"),
        # da
        ("Vi vil gerne invitere dig til samtale torsdag den 4. marts kl. 10.30.", "2027-03-04T10:30"),
        ("Kan du fredag d. 5/3 kl. 14?", "2027-03-05T14:00"),
        ("Tidspunkt: onsdag den 17. marts 2027 kl. 8.45-9.30", "2027-03-17T08:45"),
        # de
        ("Wir laden Sie am Donnerstag, 11. März 2027 um 14 Uhr zu einem Gespräch ein.", "2027-03-11T14:00"),
        ("Termin: Di., 16.03.2027, 10:30 Uhr bis ca. 12:00 Uhr", "2027-03-16T10:30"),
        ("Passt es Ihnen morgen um 9.30 Uhr?", "2027-03-02T09:30"),
        ("Datum\tMittwoch, 24. März 2027\nUhrzeit\t15.00 Uhr (MEZ)", "2027-03-24T15:00"),
        # fi
        ("Haastattelu on tiistaina 9.3. klo 13.00 Teamsissa.", "2027-03-09T13:00"),
        ("Tervetuloa haastatteluun keskiviikkona 10. maaliskuuta 2027 kello 9.30.", "2027-03-10T09:30"),
        # fr
        ("Nous vous proposons un entretien le mardi 9 mars 2027 à 14h30.", "2027-03-09T14:30"),
        ("Seriez-vous disponible jeudi 11 mars à 10h ?", "2027-03-11T10:00"),
        ("Votre entretien aura lieu le 1er avril à 9h00 dans nos locaux.", "2027-04-01T09:00"),
        # nl
        ("We nodigen je uit op dinsdag 9 maart om 10.00 uur.", "2027-03-09T10:00"),
        ("Kun je morgen om 14.30 uur langskomen?", "2027-03-02T14:30"),
        ("Datum: woensdag 10 maart 2027 om 14.00 uur\nDuur: ongeveer 1 uur", "2027-03-10T14:00"),
        # es
        ("Te proponemos una entrevista el martes 9 de marzo de 2027 a las 10:00.", "2027-03-09T10:00"),
        ("¿Te viene bien el jueves a las 5 de la tarde?", "2027-03-04T17:00"),
        ("Podemos hablar mañana a las 9:30 por videollamada.", "2027-03-02T09:30"),
        ("Cita: miércoles 10 de marzo, de 10:00 a 11:00.", "2027-03-10T10:00"),
        ("Nos vemos el 10 de marzo a la 1 de la tarde.", "2027-03-10T13:00"),
        ("Entrevista: lunes, 8 de marzo de 2027, 10:00 h", "2027-03-08T10:00"),
    ],
)
def test_one_proposed_time_is_read_in_every_language(body: str, expected: str) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("When: Tuesday, March 9, 2027 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern", "2027-03-09T10:00"),
        ("Wann: Dienstag, 9. März 2027 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom", "2027-03-09T10:00"),
        ("Dienstag, 09.03.2027 von 10:00 bis 11:00 Uhr", "2027-03-09T10:00"),
        ("Are you free on the 9th of March at 10?", "2027-03-09T10:00"),
        ("Tid: 10.00–11.00\nDato: tirsdag 9. mars", "2027-03-09T10:00"),
        ("Dato: tirsdag 9. mars\nKlokkeslett: 10.00", "2027-03-09T10:00"),
        ("Rendez-vous le mardi 9 mars à 14 heures.", "2027-03-09T14:00"),
        ("Välkommen den 9:e mars kl 10.", "2027-03-09T10:00"),
        ("Tuesday March 9th, 10:00", "2027-03-09T10:00"),
        ("Interview: this Friday at 2pm", "2027-03-05T14:00"),
        ("Haastatteluaika: ti 9.3.2027 klo 10-11", "2027-03-09T10:00"),
        ("Afspraak op 9-3-2027 om 10:00", "2027-03-09T10:00"),
        ("Gespräch am 9.3. um 10 Uhr", "2027-03-09T10:00"),
        ("Intervju 9/3 kl 10.30", "2027-03-09T10:30"),
        ("Thursday, 11 March 2027 at 10:00 GMT (11:00 CET)", "2027-03-11T10:00"),
        ("Meet at 9.30am on Friday 12 March.", "2027-03-12T09:30"),
        ("Du er velkommen til intervju onsdag 10. mars fra kl. 12.00 til kl. 13.00.", "2027-03-10T12:00"),
        ("Intervjun äger rum onsdagen den 10 mars klockan 13.", "2027-03-10T13:00"),
        ("Le rendez-vous est fixé au 10/03/2027 à 9h30.", "2027-03-10T09:30"),
        ("Sollicitatiegesprek: woensdag 10 maart 2027, 13:00 - 14:00 uur", "2027-03-10T13:00"),
        ("Samtalen er tirsdag den 9. marts. Vi ses kl. 10 i receptionen.", "2027-03-09T10:00"),
        ("Dato: 9. mars 2027\nSamtalen varer fra 10.00 til 11.00.", "2027-03-09T10:00"),
        ("Tue, Mar 9 · 1:00 – 2:00pm", "2027-03-09T13:00"),
        ("Mar 9, 2027 @ 10:00am", "2027-03-09T10:00"),
        ("Datum\tTid\tPlats\n2027-03-09\t10:00\tKontoret", "2027-03-09T10:00"),
        ("Kan du ringe kl. 14 i dag?", "2027-03-01T14:00"),
        # casual hours: "ved 14-tiden", "vid 9", "around 2" read as the start of office hours
        ("Kan du kigge forbi på tirsdag ved 14-tiden?", "2027-03-02T14:00"),
        ("Hinner du ett snack imorgon vid 9?", "2027-03-02T09:00"),
        ("Could you pop in on Thursday around 2?", "2027-03-04T14:00"),
        ("Passt es dir am Mittwoch gegen 11 Uhr?", "2027-03-03T11:00"),
    ],
)
def test_common_layouts_of_one_time(body: str, expected: str) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Interview Monday 8 March at 10:00. Our office is open Monday–Friday 8:00–16:00.", "2027-03-08T10:00"),
        ("We meet every Monday at 9:00 as a team; your interview is Wednesday 10 March at 11:00.", "2027-03-10T11:00"),
        ("Monday 8 March or Tuesday 9 March at 10:00?", None),
        ("Kan du onsdag eller torsdag kl. 10?", None),
        ("Monday 8 March at 10:00 or 14:00?", None),
        ("Frist for svar er 5. mars. Intervjuet blir kl. 10.", None),
        ("Den 1. mar. 2027 kl. 09.12 skrev Per Hansen <per@example.no>:", None),
        ("Deadline for confirmation: Friday 5 March at 12:00. Interview: Monday 8 March at 10:00.", "2027-03-08T10:00"),
        (
            "Laat ons voor 5 maart om 12.00 uur weten of je komt. Het gesprek is dinsdag 9 maart om 10.00 uur.",
            "2027-03-09T10:00",
        ),
        ("Hierbij een uitnodiging voor dinsdag 9 maart om 10.00 uur.", "2027-03-09T10:00"),
        (
            "Thanks for the chat on Friday at 16:00. Could you meet the team on Thursday 11 March at 14:00?",
            "2027-03-11T14:00",
        ),
        (
            "Danke für das nette Telefonat am Freitag um 16 Uhr! Hätten Sie am 11. März um 14 Uhr Zeit?",
            "2027-03-11T14:00",
        ),
        ("Ny tid: torsdag 11. mars kl. 14.00 (opprinnelig tirsdag 9. mars kl. 10.00).", "2027-03-11T14:00"),
        (
            "Neuer Termin: Donnerstag, 11. März, 14 Uhr. Der Termin am Dienstag, 9. März, 10 Uhr entfällt.",
            "2027-03-11T14:00",
        ),
    ],
)
def test_decoys_and_alternatives(body: str, expected: str | None) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Please complete the online test by 23:59 on Sunday 7 March 2027.",
        "Pick a slot that suits you: https://cal.example.com/team/intro-call",
        "Could you do Monday 8 March at 10:00 or Tuesday 9 March at 14:00?",
        "Jeg kan tilby tirsdag 9. mars kl. 09.00 eller onsdag 10. mars kl. 15.00.",
        "Testerna görs när det passar dig, men senast söndag 7 mars kl. 23.59.",
        "Bitte bestätigen Sie bis zum 5. März 2027, 12:00 Uhr.",
        "Guten Morgen, wir melden uns um 10 Uhr.",
        "Merci de confirmer avant le 5 mars à 12h.",
        "Laat het ons uiterlijk vrijdag 5 maart om 12.00 uur weten.",
        "Por favor, responde antes del 5 de marzo a las 12:00.",
        "Vastaathan 5.3. klo 12 mennessä.",
        "We will call you at 10:00.",
        "Svar innen fredag kl. 12.",
    ],
)
def test_no_single_proposal_gives_none(body: str) -> None:
    assert when(body) is None


def test_deadline_next_to_the_interview_time_is_ignored() -> None:
    body = "Svarfrist: fredag 5. mars kl. 12.00.\nIntervjuet blir mandag 8. mars kl. 10.15 på Teams."
    assert when(body) == "2027-03-08T10:15"


def test_past_interview_mentioned_before_the_new_one_is_ignored() -> None:
    body = "Thanks for the interview on 22 February at 10:00. Our second round is on 10 March at 13:00."
    assert when(body) == "2027-03-10T13:00"


def test_rescheduled_interview_takes_the_new_time() -> None:
    body = "We need to move your interview from Tuesday 9 March at 10:00 to Thursday 11 March at 15:00."
    assert when(body) == "2027-03-11T15:00"


def test_was_and_now_lines_take_the_now_time() -> None:
    assert when("We have to move it.\n\nWas: Tuesday 9 March, 2:00 PM\nNow: Thursday 11 March, 9:30 AM") == (
        "2027-03-11T09:30"
    )
    assert when("Tidligere: tirsdag 9. mars kl. 14.00\nNå: torsdag 11. mars kl. 09.30") == "2027-03-11T09:30"


def test_hours_in_words_are_read_against_the_date_header() -> None:
    assert when("Kan du kigge forbi i morgen ved totiden?") == "2027-03-02T14:00"
    assert when("Hast du Mittwoch um halb neun Zeit?") == "2027-03-03T08:30"


def test_instead_of_marks_the_old_time() -> None:
    assert when("Kan vi ta det torsdag 4. mars kl. 14 i stedet for tirsdag 2. mars kl. 10?") == "2027-03-04T14:00"


def test_quote_attribution_and_sent_lines_left_in_the_body_are_ignored() -> None:
    body = (
        "Let's do Wednesday 10 March at 14:00.\n\n"
        "On Mon, 1 Mar 2027 at 09:12, Jo Brennan <jo@example.org> wrote:\n"
        "Sent: Monday, 1 March 2027 09:12"
    )
    assert when(body) == "2027-03-10T14:00"


def test_mail_timestamp_with_seconds_is_not_a_meeting() -> None:
    assert when("Received 01.03.2027 09:12:45 via portal.") is None


def test_new_text_decides_over_the_quoted_older_time() -> None:
    older = "> Would Tuesday 2 March at 09:00 work?"
    new = "Sorry, something came up: can we say Friday 5 March at 11:00 instead?"
    m = Mail(message_id="", subject="", sender=None, date=MONDAY, text=new + "\n" + older, new_text=new, body=new,
             quoted_text=older)  # fmt: skip
    found = find_when(m, "en")
    assert found is not None and found.value == datetime(2027, 3, 5, 11, 0)


def test_weekday_resolves_on_or_after_the_date_header() -> None:
    tuesday_evening = datetime(2026, 11, 10, 16, 58, tzinfo=CET)
    assert when("Har du tid tisdag kl 10?", tuesday_evening) == "2026-11-17T10:00"  # 10:00 today already passed
    tuesday_morning = datetime(2026, 11, 10, 8, 0, tzinfo=CET)
    assert when("Har du tid tisdag kl 14?", tuesday_morning) == "2026-11-10T14:00"


def test_yearless_date_rolls_over_to_next_year() -> None:
    december = datetime(2026, 12, 15, 9, 0, tzinfo=CET)
    assert when("Wir freuen uns auf Sie am 12. Jänner um 9:30 Uhr.", december) == "2027-01-12T09:30"
    assert when("Intervju 14 januari kl 10.", december) == "2027-01-14T10:00"


def test_recent_yearless_date_is_the_past_not_next_year() -> None:
    assert when("Tack för samtalet den 22 februari kl 10.") is None


def test_day_of_month_with_weekday_finds_the_next_matching_month() -> None:
    assert when("Could we meet Friday the 16th at 10:00?") == "2027-04-16T10:00"  # 16 March is a Tuesday


def test_numeric_us_order_is_swapped_only_when_day_first_is_impossible() -> None:
    assert when("Interview: 3/20/2027 at 10:00 AM") == "2027-03-20T10:00"
    assert when("Intervju 4/3/2027 kl. 10") == "2027-03-04T10:00"


def test_us_zone_reads_numbers_month_first() -> None:
    assert when("Interview: 03/09/2027 at 10:00 AM EST") == "2027-03-09T10:00"
    assert when("Interview: 03/09/2027 at 10:00 (London)") == "2027-09-03T10:00"


def test_next_week_moves_the_weekday_past_this_week() -> None:
    assert when("Could we meet Tuesday at 10:00?") == "2027-03-02T10:00"
    assert when("Could we meet next week, Tuesday at 10:00?") == "2027-03-09T10:00"
    assert when("Hast du nächste Woche am Mittwoch um 9 Uhr Zeit?") == "2027-03-10T09:00"


def test_noon_is_a_time() -> None:
    assert when("Can we meet Thursday at noon?") == "2027-03-04T12:00"


def test_subject_is_used_when_the_body_has_no_time() -> None:
    assert when("See you there!", subject="Påminnelse: intervju mandag 8.3. kl. 12:30") == "2027-03-08T12:30"


def _event(start: datetime, in_utc: bool = False, method: str = "REQUEST") -> CalendarEvent:
    return CalendarEvent(start=start, in_utc=in_utc, summary="Interview", method=method)


def test_body_local_time_wins_over_a_utc_calendar_part() -> None:
    utc = _event(datetime(2027, 3, 9, 17, 0, tzinfo=UTC), in_utc=True)
    assert when("Tuesday, March 9, 2027 · 9:00 AM – 10:00 AM PST", calendar=(utc,)) == "2027-03-09T09:00"


def test_calendar_wall_time_is_used_when_the_body_has_none() -> None:
    oslo = _event(datetime(2027, 3, 10, 10, 30, tzinfo=ZoneInfo("Europe/Oslo")))
    assert when("Se vedlagt kalenderinvitasjon.", calendar=(oslo,)) == "2027-03-10T10:30"


def test_utc_calendar_without_body_time_is_moved_to_the_date_header_offset() -> None:
    utc = _event(datetime(2027, 3, 10, 9, 30, tzinfo=UTC), in_utc=True)
    assert when("Invitation attached.", calendar=(utc,)) == "2027-03-10T10:30"


def test_cancelled_event_is_not_a_proposal() -> None:
    cancel = _event(datetime(2027, 3, 10, 10, 30, tzinfo=CET), method="CANCEL")
    assert when("The meeting was cancelled.", calendar=(cancel,)) is None


def test_calendar_picks_one_of_several_times_in_the_text() -> None:
    event = _event(datetime(2027, 3, 9, 14, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    body = "Sie hatten Montag, 8. März um 10 Uhr oder Dienstag, 9. März um 14 Uhr zur Auswahl."
    assert when(body, calendar=(event,)) == "2027-03-09T14:00"


def test_no_date_header_still_reads_full_dates() -> None:
    assert when("Interview: 2031-05-06 kl. 09:00", date=None) == "2031-05-06T09:00"


def test_evidence_quotes_the_text_it_read() -> None:
    found = find_when(mail("Tid: torsdag 11.03.2027 kl 14:15"), "nb")
    assert found is not None and "14:15" in found.evidence


def _labelled_invitations() -> list[dict[str, str]]:
    rows = [json.loads(line) for path in sorted(DEV.glob("labels-*.jsonl")) for line in path.open(encoding="utf-8")]
    return [row for row in rows if row["kind"] == "invitation"]


@pytest.mark.parametrize("label", _labelled_invitations(), ids=lambda row: row["file"])
def test_dev_corpus_invitations(label: dict[str, str]) -> None:
    found = find_when(parse((DEV / label["file"]).read_bytes()), label["lang"])
    assert (found.value.strftime("%Y-%m-%dT%H:%M") if found else None) == label["when"]


# A reschedule names the old slot and the new one; the one said to come "instead" is the proposal.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I'm afraid we can't keep your interview on Tuesday 9 March at 14:00. "
            "Could you do Thursday 11 March at 10:00 instead?",
            "2027-03-11T10:00",
        ),
        (
            "Leider müssen wir den Termin am Dienstag, 9. März um 10 Uhr absagen. "
            "Passt Ihnen stattdessen Donnerstag, 11. März um 14 Uhr?",
            "2027-03-11T14:00",
        ),
        (
            "Vår intervju tisdag 9 mars kl. 14.00 måste tyvärr flyttas. "
            "Skulle fredag 12 mars kl. 10.00 fungera istället?",
            "2027-03-12T10:00",
        ),
        (
            "Vi må dessverre endre intervjuet tirsdag 9. mars kl. 14.00. Passer onsdag 10. mars kl. 13.00 i stedet?",
            "2027-03-10T13:00",
        ),
        (
            "Notre entretien du mardi 9 mars à 14h ne peut pas avoir lieu. "
            "Pourriez-vous venir jeudi 11 mars à 10h à la place ?",
            "2027-03-11T10:00",
        ),
        (
            "No podremos hacer la entrevista el martes 9 de marzo a las 10:00. "
            "¿Te va bien el jueves 11 de marzo a las 12:00 en su lugar?",
            "2027-03-11T12:00",
        ),
        (
            "Ons gesprek op dinsdag 9 maart om 14:00 gaat helaas niet door. "
            "Kun je in plaats daarvan donderdag 11 maart om 10:00?",
            "2027-03-11T10:00",
        ),
        (
            "Haastattelu tiistaina 9.3. klo 14 ei valitettavasti onnistu. Sopisiko sen sijaan torstai 11.3. klo 10?",
            "2027-03-11T10:00",
        ),
    ],
)
def test_the_time_offered_instead_wins_over_the_old_one(body: str, expected: str) -> None:
    assert when(body) == expected


# Before a case interview the material is sent at a time of its own: that time is not the meeting.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "We'll send you the case on Friday 5 March at 09:00. "
            "The case interview itself is on Monday 8 March at 13:00.",
            "2027-03-08T13:00",
        ),
        (
            "Caset skickar vi till dig torsdag 4 mars kl. 12.00, och intervjun är måndag 8 mars kl. 09.00.",
            "2027-03-08T09:00",
        ),
        (
            "Die Fallstudie schicken wir Ihnen am Freitag, 5. März um 9 Uhr. "
            "Das Gespräch findet am Montag, 8. März um 14 Uhr statt.",
            "2027-03-08T14:00",
        ),
        ("Du får oppgaven tirsdag 2. mars kl. 12.00. Presentasjonen er torsdag 4. mars kl. 10.00.", "2027-03-04T10:00"),
        (
            "Vous recevrez le cas pratique le mercredi 3 mars à 9h. L'entretien aura lieu le vendredi 5 mars à 14h.",
            "2027-03-05T14:00",
        ),
        (
            "De opdracht sturen we je op dinsdag 2 maart om 9:00. Het gesprek is op vrijdag 5 maart om 11:00.",
            "2027-03-05T11:00",
        ),
        # Sending the invitation itself is no send-out of material.
        ("We'll send you a calendar invite for the interview on Tuesday 9 March at 10:00.", "2027-03-09T10:00"),
    ],
)
def test_a_send_out_time_for_case_material_is_not_the_meeting(body: str, expected: str) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Could you do Wednesday at 3 for a short chat?", "2027-03-03T15:00"),
        ("Hätten Sie Donnerstag um 2 Zeit für ein kurzes Telefonat?", "2027-03-04T14:00"),
        ("Kun je vrijdag om 4 even bellen?", "2027-03-05T16:00"),
        ("Passer det torsdag kl. 2 med en prat?", "2027-03-04T14:00"),
        ("Can we speak tomorrow at 11 for twenty minutes?", "2027-03-02T11:00"),
        ("Wir sehen uns Dienstag um 6 Uhr morgens an der Baustelle.", "2027-03-02T06:00"),
    ],
)
def test_casual_hour_after_a_day_keeps_office_hours(body: str, expected: str) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Said on Monday 1 March: "next Thursday" is the Thursday of the following week.
        ("Would next Thursday at 10:00 suit you?", "2027-03-11T10:00"),
        ("Hätten Sie nächsten Dienstag um 14 Uhr Zeit?", "2027-03-09T14:00"),
        ("Passer det neste onsdag kl. 13?", "2027-03-10T13:00"),
        ("Seriez-vous disponible mardi prochain à 11h ?", "2027-03-09T11:00"),
        ("¿Te viene bien el martes que viene a las 10:00?", "2027-03-09T10:00"),
    ],
)
def test_next_weekday_is_in_the_following_week(body: str, expected: str) -> None:
    assert when(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Det er ledige tider fra tirsdag 9. mars til fredag 12. mars, mellom kl. 08.30 og 16.00.",
        "Free slots run from 9 March to 12 March, from 9:00 each day – pick one in the booking tool.",
        "Freie Termine gibt es vom 9. bis 12. März ab 10:00 Uhr; buchen Sie bitte über den Link.",
        "Hay huecos del 9 de marzo al 12 de marzo a las 10:00; elige uno en el calendario.",
    ],
)
def test_a_span_of_days_with_a_time_is_a_window_not_a_proposal(body: str) -> None:
    assert when(body) is None


# Short replies read against the Date header, times in table cells, and a span of hours on a test day: the shapes
# of the round-three corpus, in sentences of our own.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Takk for søknaden. Passer det onsdag kl. 15?", "2027-03-03T15:00"),
        ("Hej, tak for ansøgningen. Kan du fredag kl. 9 her på lageret?", "2027-03-05T09:00"),
        ("Datum Dienstag, 16. März 2027\nUhrzeit 14:30 Uhr\nOrt Werk 2, Raum 3.12", "2027-03-16T14:30"),
        ("Nästa steg är ett arbetsprov hos oss.\n\nNär: torsdag 4 mars kl. 09.00–12.00", "2027-03-04T09:00"),
    ],
)
def test_short_replies_table_cells_and_spans_of_hours(body: str, expected: str) -> None:
    assert when(body) == expected
