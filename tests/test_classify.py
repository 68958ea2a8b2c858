"""The classifier on invented mail in every language, on tricky negatives, and on the corpora."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailtool.classify import classify
from mailtool.errors import MailtoolError
from mailtool.model import Address, CalendarEvent, Kind, Mail
from mailtool.parse import parse

DATA = Path(__file__).parent / "data"
_URL = re.compile(r"https?://\S+")


def _mail(
    subject: str,
    body: str,
    *,
    sender: str = "kari.lund@nordvik-bygg.example",
    to: str = "ola.berg@postbox.example",
    headers: tuple[tuple[str, str], ...] = (),
    attachments: tuple[str, ...] = (),
    calendar: tuple[CalendarEvent, ...] = (),
    quoted: str = "",
) -> Mail:
    """Build a parsed mail as parse() would, for the body given as its new text."""
    return Mail(
        message_id="<test@example>",
        subject=subject,
        sender=Address("", sender),
        to=(Address("", to),),
        headers=headers,
        text=body + quoted,
        new_text=body,
        quoted_text=quoted,
        body=body,
        links=tuple(_URL.findall(body)),
        attachments=attachments,
        calendar=calendar,
    )


def _kind(mail: Mail, lang: str = "en") -> Kind:
    return classify(mail, lang).kind


def _expecting(kind: Kind, cases: list[tuple[str, str]]) -> list[tuple[str, str, Kind]]:
    """Pair each (subject, body) case with the kind it must get."""
    return [(subject, body, kind) for subject, body in cases]


# --- invitations ---------------------------------------------------------------------------------------------

INVITATIONS = [
    ("Interview invitation – Data Analyst", "Hi Sam,\n\nWe would like to invite you to an interview on 14 May."),
    ("Innkalling til intervju", "Hei Per,\n\nVi har gleden av å kalle deg inn til intervju torsdag 3. juni kl. 09.00."),
    ("Sv: Min ansökan", "Hej Lina!\n\nPassar det med ett kort videosamtal på onsdag kl 15? Jag skickar en länk."),
    ("Snak om stillingen", "Hej Mads\n\nBook en tid til en snak her: https://calendly.com/lise-holm/intro"),
    ("Einladung zum Vorstellungsgespräch", "Guten Tag Herr Roth,\n\ngerne möchten wir Sie zu einem Gespräch einladen."),
    ("Kutsu haastatteluun", "Hei Aino,\n\nkutsumme sinut haastatteluun tiistaina 4.3. klo 13.00."),
    ("Uitnodiging", "Beste Daan,\n\nWij nodigen je graag uit voor een sollicitatiegesprek op maandag om 14.00 uur."),
    ("Votre candidature", "Bonjour Chloé,\n\nNous souhaitons vous inviter à un entretien le mardi 5 mars à 14h00."),
    ("Tu candidatura", "Hola Lucía:\n\nNos gustaría invitarte a una entrevista el jueves a las 10:00."),
    ("Reminder: phone screen tomorrow", "Hi Priya,\n\nA reminder: your phone screen is scheduled for 9:00 AM."),
    ("Next step: online assessment", "Dear Tom,\n\nThe next step is an online assessment. Complete it by Sunday."),
    ("Nyt tidspunkt", "Hej Ida\n\nDesværre er vores chef syg. Kan vi flytte din samtale til fredag kl. 11.00?"),
    ("Påminning: intervju", "Hei Eirik,\n\nDette er ei påminning om intervjuet ditt.\n\nTid: onsdag kl. 12.30"),
    ("Final round – Analyst", "Hi Li,\n\nThe panel can do Tuesday 10:00 or Friday 14:00. I'll send a calendar invite."),
]


# Very short proposals: one question with a time and a word for the meeting.
SHORT_PROPOSALS = [
    "Hi Max,\n\nWould you be available for a call on Thursday at 3pm?",
    "Hallo Herr Kühn,\n\nhätten Sie am Donnerstag um 15 Uhr Zeit für ein kurzes Telefonat?",
    "Hej Elsa,\n\nHar du möjlighet att komma på intervju på fredag kl. 9?",
    "Hei Jonas,\n\nKan du komme på intervju hos oss mandag kl. 10?",
    "Hei Ville,\n\nSopisiko sinulle haastattelu torstaina klo 10?",
    "Hola Marta:\n\n¿Podrías hacer una entrevista el lunes a las 11:00?",
    "Bonjour Léa,\n\nSeriez-vous disponible pour un entretien mardi à 10h ?",
    "Hoi Bram,\n\nZou je dinsdag om 10.00 uur kunnen langskomen voor een gesprek?",
]


@pytest.mark.parametrize("body", SHORT_PROPOSALS)
def test_a_one_line_time_proposal_is_an_invitation(body: str) -> None:
    assert _kind(_mail("Re: Application", body)) is Kind.INVITATION


@pytest.mark.parametrize(("subject", "body"), INVITATIONS)
def test_invitations_in_every_language_are_invitations(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body)) is Kind.INVITATION


def test_language_argument_does_not_matter_for_cues() -> None:
    mail = _mail("Innkalling til intervju", "Hei,\n\nvi vil gjerne møte deg til et intervju fredag kl. 10.")
    assert {_kind(mail, lang) for lang in ("en", "nb", "de", "fi")} == {Kind.INVITATION}


def test_calendar_request_for_an_interview_with_a_bare_body_is_an_invitation() -> None:
    event = CalendarEvent(datetime(2027, 3, 4, 9, tzinfo=UTC), True, "Interview: Mia Koch", "REQUEST")
    mail = _mail("Interview: Mia Koch", "See you then.", calendar=(event,))
    assert _kind(mail) is Kind.INVITATION


def test_evidence_names_the_cues_that_decided() -> None:
    verdict = classify(_mail(*INVITATIONS[1]), "nb")
    assert any(e.startswith("subject: invitation") for e in verdict.evidence)
    assert any("kalle deg" in e for e in verdict.evidence)
    assert 0.5 < verdict.confidence <= 1.0


# --- offers --------------------------------------------------------------------------------------------------

OFFERS = [
    ("Your application", "Hi Jo,\n\nWe are delighted to offer you the position of Site Engineer. Please sign and "
     "return the contract by 1 June."),
    ("Tilbud om stilling", "Hei Siri,\n\nVi har gleden av å tilby deg stillingen som lagerleder i Bodø."),
    ("Besked", "Hej Alva,\n\nVi vill gärna erbjuda dig tjänsten som ekonom. Avtalet finns bifogat."),
    ("Stillingen", "Kære Søren\n\nVi kan hermed tilbyde dig stillingen som tekniker med start 1. maj."),
    ("Ihre Bewerbung", "Liebe Frau Berg,\n\nwir freuen uns, Ihnen die Stelle als Ingenieurin anbieten zu können."),
    ("Hakemuksesi", "Hei Mikko,\n\nmeillä on ilo tarjota sinulle myyntipäällikön tehtävää Tampereella."),
    ("Goed nieuws", "Hoi Sanne,\n\nWe willen je graag aannemen als data engineer in ons team!"),
    ("Votre candidature", "Bonjour Hugo,\n\nNous avons le plaisir de vous proposer le poste de chef de projet."),
    ("Tu candidatura", "Hola Pablo:\n\nNos complace ofrecerte el puesto de analista en Sevilla."),
    ("Your offer from Brightloop", "Hi Kim,\n\nCongratulations! Review it here: https://jobs.example/offers/77ab"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), OFFERS)
def test_offers_in_every_language_are_offers(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body)) is Kind.OFFER


def test_contract_attachment_and_accept_request_make_an_offer() -> None:
    mail = _mail("Anställning", "Hej Noah,\n\nHär kommer avtalet. Tackar du ja senast fredag?",
                 attachments=("Anställningsavtal_Noah.pdf",))  # fmt: skip
    assert _kind(mail) is Kind.OFFER


def test_an_offer_mentioning_the_past_interview_time_stays_an_offer() -> None:
    body = ("Hei Lars,\n\nTakk for intervjuet 3. mars kl. 10.00. Vi tilbyr deg stillingen som driftsleder. "
            "Gi beskjed innen fredag om du takker ja.")  # fmt: skip
    assert _kind(_mail("Re: Intervju", body)) is Kind.OFFER


# --- look-alike negatives ------------------------------------------------------------------------------------

NEGATIVES = [
    ("Thanks for applying", "Hi Ali,\n\nWe have received your application. If you are shortlisted, we will invite "
     "you to an interview."),
    ("Eingangsbestätigung", "Sehr geehrte Frau Nowak,\n\nSollten Sie in die engere Auswahl kommen, laden wir Sie zu "
     "einem Vorstellungsgespräch ein."),
    ("Din søknad", "Hei Ivar,\n\nTakk for at du kom på intervju 2. mars kl. 14.00. Vi har dessverre valgt en annen "
     "kandidat."),
    ("Opfølgning", "Kære Bo\n\nVi har besluttet at tilbyde stillingen til en anden kandidat."),
    ("Re: Question", "Hi Eva,\n\nWe are not scheduling any interviews yet; expect news in week 12."),
    ("Grattis!!", "Hei vennen!\n\nGratulerer med jobbtilbudet! Kommer du på middag søndag kl. 18?"),
    ("Your receipt", "Receipt\n\nMock interview package – 3 sessions\nAmount paid: 49 EUR\nPayment method: card"),
    ("Special offer: 30% off interview coaching", "Book a coach today and get 30% off. Offer ends Friday."),
    ("7 new jobs for \"interviewer\"", "Telephone Interviewer – evenings\nField Interviewer\nSee all 7 jobs"),
    ("Your interview", "Hi Max,\n\nHow did your interview go yesterday? Call me tonight at 8pm!"),
    ("Update", "Hi Max,\n\nSadly we chose another candidate. Happy to set up a feedback call on Friday at 10:00."),
    ("Tilbud på kurs", "Hei!\n\nVi har et godt tilbud til deg: 20 % rabatt på kurs i intervjuteknikk."),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), NEGATIVES)
def test_look_alikes_are_other(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body)) is Kind.OTHER


def test_bulk_mail_is_never_an_invitation() -> None:
    body = "Hi Sam,\n\nWe would like to invite you to our interview skills webinar on Tuesday at 18:00."
    mail = _mail("You're invited", body, headers=(("list-unsubscribe", "<https://news.example/u?1>"),))
    assert _kind(mail) is Kind.OTHER


def test_unsubscribe_line_marks_a_newsletter_without_list_headers() -> None:
    body = ("Inbjudan till intervjuträning torsdag kl. 12.00 – vi bjuder in dig till en intervju-workshop!\n"
            "Avregistrera dig från nyhetsbrevet här.")  # fmt: skip
    assert _kind(_mail("Inbjudan: intervjuträning", body)) is Kind.OTHER


def test_colleague_meeting_about_interviewing_candidates_is_other() -> None:
    event = CalendarEvent(datetime(2027, 3, 4, 9, tzinfo=UTC), True, "Interview prep", "REQUEST")
    mail = _mail("Interview prep", "Hi both,\n\nlet's align on the interview guide before we meet the candidates.",
                 sender="ana@acme-robotics.example", to="ola@acme-robotics.example", calendar=(event,))  # fmt: skip
    assert _kind(mail) is Kind.OTHER


def test_a_quoted_invitation_below_a_short_reply_does_not_count() -> None:
    quoted = "\n> We would like to invite you to an interview on Monday at 10:00."
    assert _kind(_mail("Re: Interview", "Thanks, noted!", quoted=quoted)) is Kind.OTHER


def test_invitation_cc_to_a_colleague_is_not_internal() -> None:
    mail = _mail("Interview invitation", "Hi Sam,\n\nWe would like to invite you to an interview on Monday at 10:00.",
                 sender="hr@fjell.example")  # fmt: skip
    mail = Mail(**{**mail.__dict__, "cc": (Address("", "cto@fjell.example"),)})
    assert _kind(mail) is Kind.INVITATION


# --- threads: confirmations and reschedules ------------------------------------------------------------------

# Agreeing on one of the times offered earlier, the interview named in a later sentence, not in the time's own.
CONFIRMATIONS = [
    "Hi Tom,\n\nThanks for the quick reply. Let's go with Thursday 6 May at 10:00 then.\n\nAsk for me at reception. "
    "The interview will take about an hour.",
    "Guten Tag Frau Arndt,\n\ndanke für Ihre Antwort. Dann halten wir Dienstag, den 4. Mai, um 9:30 Uhr fest.\n\n"
    "Bitte melden Sie sich am Empfang. Das Gespräch dauert etwa eine Stunde.",
    "Hej Maja,\n\nPerfekt, då säger vi onsdag kl. 13.00.\n\nFråga efter mig i receptionen. Intervjun tar ungefär en "
    "timme.",
    "Bonjour Paul,\n\nMerci pour votre retour. C'est noté pour mardi à 14h00.\n\nL'entretien aura lieu dans nos "
    "bureaux de Lyon.",
    "Hola Irene:\n\nGracias por responder. Quedamos el jueves a las 11:00.\n\nLa entrevista será en la segunda planta.",
    "Hoi Joris,\n\nDank voor je reactie. Dan spreken we af op vrijdag om 15.00 uur.\n\nHet gesprek duurt ongeveer een "
    "uur.",
]  # fmt: skip


@pytest.mark.parametrize("body", CONFIRMATIONS)
def test_a_confirmed_time_in_a_thread_is_an_invitation(body: str) -> None:
    assert _kind(_mail("Re: Your application", body)) is Kind.INVITATION


# A new time proposed with "instead" or a clash, without a verb for moving the interview.
RESCHEDULES = [
    "Hi Ana,\n\nUnfortunately a board meeting now clashes with our interview on Monday. Could you do Wednesday at "
    "11:00 instead?",
    "Hej Jonas,\n\nTyvärr krockar vår intervju på måndag med en resa. Skulle du kunna komma onsdag kl. 11 i stället?",
    "Hallo Herr Vogt,\n\nleider überschneidet sich unser Gespräch am Montag mit einem Termin. Passt Ihnen "
    "stattdessen Mittwoch um 11 Uhr?",
    "Hej Freja\n\nDesværre kolliderer vores samtale mandag med et møde. Kan du i stedet onsdag kl. 11?",
    "Hola Diego:\n\nLamentablemente la entrevista del lunes coincide con un viaje. ¿Te viene bien el miércoles a "
    "las 11:00 en su lugar?",
]  # fmt: skip


@pytest.mark.parametrize("body", RESCHEDULES)
def test_a_new_time_instead_of_the_planned_one_is_an_invitation(body: str) -> None:
    assert _kind(_mail("Re: Interview", body)) is Kind.INVITATION


def test_a_date_with_an_ordinal_dot_does_not_end_the_sentence() -> None:
    body = "Sehr geehrte Frau Lenz,\n\nwir laden Sie am Montag, den 3. Mai, um 10 Uhr zum Gespräch ein."
    assert _kind(_mail("Ihre Bewerbung", body)) is Kind.INVITATION


def test_a_negated_sentence_does_not_negate_the_next_one() -> None:
    body = "Hi Lea,\n\nMonday is not possible for us. We would like to invite you to an interview on Tuesday at 10:00."
    assert _kind(_mail("Your application", body)) is Kind.INVITATION


# --- informal offers -----------------------------------------------------------------------------------------

# Wanting the candidate in the team, with the role, under a neutral subject.
INFORMAL_OFFERS = [
    "Hi Zoe!\n\nWe talked it over as a team and we'd love to have you on board as our new backend developer!",
    "Hei Ola!\n\nVi har snakket sammen og vil veldig gjerne ha deg med som frontendutvikler hos oss!",
    "Hej Ebba!\n\nVi vill jättegärna ha dig med i teamet som utvecklare. Lön och villkor skickar jag i morgon.",
    "Hallo Timo,\n\nwir würden dich sehr gerne als Entwickler bei uns begrüßen!",
    "Hoi Fleur,\n\nWe willen je graag verwelkomen als onze nieuwe ontwerper.",
    "Bonjour Inès,\n\nNous serions ravis de vous accueillir dans l'équipe en tant que développeuse.",
    "Hola Nora:\n\n¡Nos encantaría tenerte en el equipo como diseñadora!",
]  # fmt: skip


@pytest.mark.parametrize("body", INFORMAL_OFFERS)
def test_an_informal_offer_is_an_offer(body: str) -> None:
    assert _kind(_mail("Re: Thanks for today!", body)) is Kind.OFFER


def test_a_promised_contract_with_salary_and_start_is_an_offer_not_an_invitation() -> None:
    body = ("Hei Kari,\n\nVi vil gjerne ha deg med på laget! Årslønn 650 000, oppstart 1. august. "
            "Arbeidsavtalen kommer i morgen.")  # fmt: skip
    assert _kind(_mail("Re: Takk for praten", body)) is Kind.OFFER


# --- personal mail -------------------------------------------------------------------------------------------

# Family and friends asking about an interview, proposing lunch at a time, from free-mail addresses.
PERSONAL = [
    ("Intervjuet?", "Hei du!\n\nHvordan gikk det i går? Kommer de med et tilbud? Lunsj på lørdag kl. 12?\n\nKlem"),
    ("Your interview?", "Hey!\n\nHow did it go? Any hint of an offer? Dinner at ours on Sunday at 6pm?\n\nLove, Mum"),
    ("Intervjun?", "Hej!\n\nHur gick det? Fika på söndag kl. 15? Kram"),
    ("Vorstellungsgespräch?", "Hi du,\n\nwie lief es? Kino am Samstag um 20 Uhr?\n\nUmarmung, Lena"),
    ("L'entretien ?", "Coucou,\n\nAlors, ça s'est passé comment ? Déjeuner samedi à 12h30 ?\n\nBisous"),
]  # fmt: skip


@pytest.mark.parametrize(("subject", "body"), PERSONAL)
def test_personal_mail_about_an_interview_is_other(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body, sender="sis.berg@gmail.com")) is Kind.OTHER


def test_a_recruiter_on_a_free_mail_address_still_invites() -> None:
    body = "Hi Sam,\n\nWe would like to invite you to an interview on Thursday at 10:00 at our office."
    assert _kind(_mail("Interview invitation", body, sender="bakery.owner@gmail.com")) is Kind.INVITATION


# --- rejections with a feedback call -------------------------------------------------------------------------

FEEDBACK_REJECTIONS = [
    "Hi Max,\n\nWe have decided not to move forward with your application. I'd be happy to set up a feedback call "
    "on Friday at 10:00.",
    "Hallo Frau Brandt,\n\nwir haben uns gegen Ihre Bewerbung entschieden. Gerne biete ich Ihnen ein "
    "Feedbackgespräch am Montag um 10 Uhr an.",
    "Hei Per,\n\nVi går ikke videre med deg i prosessen. Vi kan gjerne ta en tilbakemeldingssamtale fredag kl. 10.",
    "Hej Sara,\n\nVi har valt att inte gå vidare med din ansökan. Vi bokar gärna ett återkopplingssamtal på fredag "
    "kl. 10.",
]  # fmt: skip


@pytest.mark.parametrize("body", FEEDBACK_REJECTIONS)
def test_a_rejection_offering_a_feedback_call_at_a_time_is_other(body: str) -> None:
    assert _kind(_mail("Your application", body)) is Kind.OTHER


# --- bulk headers and timestamps -----------------------------------------------------------------------------

_LIST_UNSUBSCRIBE = (("list-unsubscribe", "<mailto:unsub@ats.example>"),)


def test_an_ats_invitation_with_list_unsubscribe_is_an_invitation() -> None:
    body = "Hi Sam,\n\nWe would like to invite you to an interview on Thursday at 10:00. Reply to confirm."
    mail = _mail("Interview invitation – Analyst", body, sender="no-reply@ats.example", headers=_LIST_UNSUBSCRIBE)
    assert _kind(mail) is Kind.INVITATION


def test_a_newsletter_with_list_unsubscribe_and_marketing_is_other() -> None:
    body = "Hi Sam,\n\nJoin our free webinar: how to ace your interview, Thursday at 18:00. Register now!"
    assert _kind(_mail("Ace your interview", body, headers=_LIST_UNSUBSCRIBE)) is Kind.OTHER


def test_a_mailing_list_post_about_interviews_is_other() -> None:
    body = "Hi all,\n\nWe would like to invite you to the interview panel on Thursday at 10:00."
    assert _kind(_mail("Panel", body, headers=(("list-id", "<team.lists.example>"),))) is Kind.OTHER


RECEIPTS_WITH_TIMES = [
    "Dear Ana,\n\nYour application was received on 3 May at 22:13. Interviews are planned for June; we will send a "
    "separate invitation if you are shortlisted.",
    "Sehr geehrter Herr Kranz,\n\nIhre Bewerbung ist am 3. Mai um 22:13 Uhr eingegangen. Die Vorstellungsgespräche "
    "sind für Juni geplant. Kommen Sie infrage, schicken wir Ihnen eine Einladung.",
]  # fmt: skip


@pytest.mark.parametrize("body", RECEIPTS_WITH_TIMES)
def test_the_time_an_application_came_in_is_no_interview_time(body: str) -> None:
    assert _kind(_mail("Your application", body)) is Kind.OTHER


# --- corpora -------------------------------------------------------------------------------------------------


def _labels(folder: str = "dev") -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((DATA / folder).glob("labels-*.jsonl")):
        rows.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return rows


def test_dev_corpus_draft_decision_and_kind_accuracy() -> None:
    rows = _labels()
    truth = [r["kind"] if r["kind"] in ("invitation", "offer") else "other" for r in rows]
    got = [classify(parse((DATA / "dev" / r["file"]).read_bytes()), "en").kind.value for r in rows]
    drafted = [t for t, g in zip(truth, got, strict=True) if g != "other"]
    wanted = [g for t, g in zip(truth, got, strict=True) if t != "other"]
    assert sum(t != "other" for t in drafted) / len(drafted) >= 0.97
    assert sum(g != "other" for g in wanted) / len(wanted) >= 0.97
    assert sum(t == g for t, g in zip(truth, got, strict=True)) / len(rows) >= 0.96


@pytest.mark.parametrize("name", ["nb-113.eml", "en-112.eml", "de-116.eml", "sv-109.eml", "en-118.eml"])
def test_dev_regressions(name: str) -> None:
    label = next(r for r in _labels() if r["file"] == name)
    want = label["kind"] if label["kind"] in ("invitation", "offer") else "other"
    assert classify(parse((DATA / "dev" / name).read_bytes()), "en").kind.value == want


# Once missed on the extra sets: confirmations and reschedules above a quoted thread, informal and revised
# offers, a sister's mail about the interview, a test in a table, a dentist's booking with a calendar invite;
# a manager's one-line answer to an application, a trial lecture, a colleague asked to interview.
@pytest.mark.parametrize(
    "name",
    ["extra/de-204.eml", "extra/sv-203.eml", "extra/nb-206.eml", "extra/nb-209.eml", "extra2/da-302.eml",
     "extra2/de-301.eml", "extra2/de-302.eml", "extra2/en-302.eml", "extra2/en-307.eml", "extra2/sv-307.eml",
     "extra2/da-309.eml", "extra3/nb-401.eml", "extra3/da-404.eml", "extra3/de-402.eml", "extra3/sv-404.eml",
     "extra3/da-408.eml", "extra3/da-414.eml", "extra3/sv-411.eml"],
)  # fmt: skip
def test_extra_regressions(name: str) -> None:
    folder, _, file = name.partition("/")
    label = next(r for r in _labels(folder) if r["file"] == file)
    want = label["kind"] if label["kind"] in ("invitation", "offer") else "other"
    assert classify(parse((DATA / name).read_bytes()), "en").kind.value == want


def test_wild_mail_is_never_a_job_message() -> None:
    for path in sorted((DATA / "wild").rglob("*")):
        if not path.is_file() or path.name == "README.md":
            continue
        try:
            mail = parse(path.read_bytes())
        except MailtoolError:  # parse errors belong to test_parse; only classify is judged here
            continue
        assert classify(mail, "en").kind is Kind.OTHER, path.name


# --- round 4: trial days, take-home exercises, numbered rounds, hires confirmed, advisers' meetings -----------

ROUND4_INVITATIONS = [
    # a take-home exercise whose only time is the deadline to hand it in
    (
        "Next step: coding challenge (Platform Engineer)",
        "Hi Ravi,\n\nThe next step is a short coding challenge. Please submit it by 6pm on Monday 3 May.",
    ),
    ("Neste steg", "Hei Siri,\n\nNeste steg er en caseoppgave som du leverer innen fredag kl. 12.00."),
    # a case interview with two options, named as the second round
    (
        "Zweite Runde",
        "Hallo Jonas,\n\nDie zweite Runde ist ein Case-Interview. Wir bieten zwei Termine an:\n"
        "- Montag, 3. Mai um 10 Uhr\n- Dienstag, 4. Mai um 14 Uhr",
    ),
    (
        "Second round",
        "Hi Ada,\n\nThe second round is a case interview with the team. Which of the times suits you: "
        "Monday 3 May at 10:00 or Tuesday 4 May at 14:00?",
    ),
    # a trial day with hours from-to after a weekday, in a job mail
    ("Sv: Jobb i kaféet", "Hej Maja!\n\nKan du komma på provdag på fredag 9–15? Då ser du hur vi jobbar."),
    ("Re: Stelle in der Backstube", "Hallo Finn,\n\nmagst du am Samstag 8-14 zum Probearbeiten kommen?"),
]


ROUND4_OFFERS = [
    (
        "Ihre Bewerbung",
        "Sehr geehrter Herr Adler,\n\nwir freuen uns, dass die Wahl für die Stelle auf Sie gefallen ist. "
        "Vorbehaltlich der Zustimmung des Personalrats möchten wir Sie zum 1. Juli in Teilzeit einstellen.",
    ),
    ("Your application", "Dear Lee,\n\nWe are pleased to confirm your employment as Lab Technician from 1 June."),
    ("Din ansökan", "Hej Sara,\n\nVi är glada att kunna meddela att valet har fallit på dig. Välkommen!"),
    ("Søknaden din", "Hei Per,\n\nVi kan med glede bekrefte ansettelsen din som lagerleder fra 1. august."),
]


ROUND4_NEGATIVES = [
    (
        "Bekräftelse på vårt möte",
        "Hej Eva,\n\nHär kommer en bekräftelse på vårt möte tisdag 4 maj kl. 10.00 om ditt bolån.\n\nHälsningar\n"
        "Tove, privatrådgivare",
    ),
    ("Ihr Beratungstermin", "Guten Tag,\n\nhiermit bestätigen wir Ihren Beratungstermin am Montag um 15 Uhr."),
    ("Meeting confirmed", "Hi Tom,\n\nConfirming our meeting on Friday at 10:00 with your financial advisor."),
    ("Bekreftelse rådgivningsmøte", "Hei,\n\nVi bekrefter rådgivningsmøtet torsdag kl. 14.00 om boliglånet ditt."),
]


# Trial days, exercises and rounds are invitations; hires confirmed without the word "offer" are offers; a bank
# adviser's meeting is no job mail.
@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        *_expecting(Kind.INVITATION, ROUND4_INVITATIONS),
        *_expecting(Kind.OFFER, ROUND4_OFFERS),
        *_expecting(Kind.OTHER, ROUND4_NEGATIVES),
    ],
)
def test_round4_mails_get_their_kind(subject: str, body: str, kind: Kind) -> None:
    assert _kind(_mail(subject, body)) is kind


# --- round 5: casual hours, e-signed contracts, founders' offers, tax advisers, colleagues who interview -------

ROUND5_INVITATIONS = [
    # a casual hour with no clock word, under a reply to the candidate's application
    ("Re: Lagermedarbejder", "Hej Sofie,\n\nFedt at du har søgt! Kan du kigge forbi på onsdag ved 10-tiden?"),
    ("Sv: Ansökan kock", "Hej Linn! Hinner du ett snack på fredag vid 11? Jag ringer dig."),
    ("Re: Application - support role", "Hi Sam, thanks for your application! Could you come by Thursday around 3?"),
    # a trial day signed with a hug by a small employer who thanks for the application
    (
        "Provdag?",
        "Hej Alva!\n\nTack för din ansökan! Vill du komma på en provdag hos oss på fredag kl. 9–15?\n\nKram,\nIda",
    ),
]


ROUND5_OFFERS = [
    # an e-signature request for the employment papers, never saying "offer"
    (
        "Please sign your documents",
        "Hi Noor,\n\nMaple Freight has sent you documents to review and sign:\n\n  1. Employment Agreement - Buyer\n",
    ),
    ("Dokumente zur Unterschrift", "Hallo Tim,\n\nbitte unterschreibe deinen Arbeitsvertrag digital bis Freitag."),
    ("Signering", "Hei Liv,\n\nDu kan nå signere ansettelseskontrakten din i lenken under."),
    # a founder's informal offer: the wish to have the addressee in the team as a named role
    (
        "Re: Designer bei Kiesel",
        "Hi Mara,\n\nwir würden dich wirklich sehr gern als Designerin bei Kiesel im Team haben!",
    ),
]


ROUND5_NEGATIVES = [
    ("Bekræftelse af møde", "Hej Ole\n\nHermed bekræftelse på vores møde om din selvangivelse tirsdag kl. 15.00."),
    ("Termin bestätigt", "Hallo Frau Roth,\n\nIhr Termin bei Ihrer Steuerberaterin ist am Montag um 10 Uhr."),
    ("Meeting on Friday", "Hi Jo,\n\nConfirming our meeting about your tax return on Friday at 11:00."),
]


# Casual hours and warm trial days are invitations; e-signed contracts and founders' wishes are offers; a tax
# adviser's meeting is no job mail.
@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        *_expecting(Kind.INVITATION, ROUND5_INVITATIONS),
        *_expecting(Kind.OFFER, ROUND5_OFFERS),
        *_expecting(Kind.OTHER, ROUND5_NEGATIVES),
    ],
)
def test_round5_mails_get_their_kind(subject: str, body: str, kind: Kind) -> None:
    assert _kind(_mail(subject, body)) is kind


def test_a_colleague_whose_recipient_runs_the_interview_is_other() -> None:
    body = "Hi Kim,\n\nYou're running the technical interview for both finalists on Tuesday at 14:00, please prep."
    mail = _mail("Interview prep", body, sender="lea@tern.example", to="kim@tern.example")
    assert _kind(mail) is Kind.OTHER


# --- round 6: spoken hours, visits, apprenticeships, selection for the post, panel prep ---------------------

SPOKEN_HOUR_INVITATIONS = [
    ("Sv: Ansøgning kok", "Hej Emil\n\nTak for ansøgningen. Kan du titte forbi på fredag ved tretiden?"),
    ("Re: Søknad", "Hei Lise\n\nTakk for søknaden. Har du mulighet til en prat på mandag halv ti? Jeg ringer deg."),
    ("Sv: Ansökan lagerarbetare", "Hej Elin!\n\nTack för ansökan. Har du möjlighet att ses på tisdag kvart över nio?"),
    ("Re: Lærling i elektrofaget", "Hei Jonas\n\nHar du lyst å ta en prøvedag tirsdag 4. mai? Oppmøte kl 07.30."),
]


@pytest.mark.parametrize(("subject", "body"), SPOKEN_HOUR_INVITATIONS)
def test_hours_in_words_and_trial_days_for_apprentices_are_invitations(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body)) is Kind.INVITATION


SELECTED_OFFERS = [
    (
        "Tu candidatura",
        "Hola Marta:\n\nHas sido seleccionada para el puesto de Técnica de Laboratorio. Puedes firmar "
        "la propuesta en el portal antes del viernes.",
    ),
    (
        "Ihre Bewerbung",
        "Sehr geehrte Frau Lenz,\n\nwir möchten Sie als Projektingenieurin (m/w/d) zum 1. März 2027 in "
        "unserem Werk in Kassel einstellen. Bitte teilen Sie uns mit, ob Sie die Stelle annehmen.",
    ),
    (
        "Re: great chat",
        "Hey Ari,\n\nWe'd love you to come on board as our first Data Lead. Base is £60k, start date in July.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), SELECTED_OFFERS)
def test_selection_for_the_post_and_come_on_board_are_offers(subject: str, body: str) -> None:
    assert _kind(_mail(subject, body)) is Kind.OFFER


def test_a_colleagues_panel_prep_is_other() -> None:
    body = (
        "Hi both,\n\nYou're both on the panel for the data candidates next week, so let's meet beforehand to split "
        "the questions.\n\nTuesday 4 May, 10:00-10:30, room 2."
    )
    mail = _mail("Panel prep - data candidates", body, sender="lea@firm.example", to="tom@firm.example")
    assert _kind(mail) is Kind.OTHER
