"""The split of a plain-text body into new text, quoted thread, decisive body and signature (synthetic mail)."""

from __future__ import annotations

import pytest

from mailtool.parse import parse
from mailtool.text import drop_boilerplate, split

DEV = "tests/data/dev"

ATTRIBUTIONS = [
    "On Mon, 2 Nov 2026 at 09:14, Priya Raman <priya.raman@example.org> wrote:",
    "man. 2. nov. 2026 kl. 09.14 skrev Priya Raman <priya.raman@example.org>:",
    "Den mån 2 nov. 2026 kl 09:14 skrev Priya Raman <priya.raman@example.org>:",
    "må. 2. nov. 2026 kl. 09:14 skreiv Priya Raman <priya.raman@example.org>:",
    "Am Mo., 2. Nov. 2026 um 09:14 Uhr schrieb Priya Raman <priya.raman@example.org>:",
    "Am 02.11.2026 um 09:14 schrieb Priya Raman:",
    "Le lun. 2 nov. 2026 à 09:14, Priya Raman <priya.raman@example.org> a écrit :",
    "El lun, 2 nov 2026 a las 9:14, Priya Raman (<priya.raman@example.org>) escribió:",
    "Op ma 2 nov 2026 om 09:14 schreef Priya Raman <priya.raman@example.org>:",
    "Op 2 nov. 2026 om 09:14 heeft Priya Raman <priya.raman@example.org> het volgende geschreven:",
    "ma 2. marrask. 2026 klo 9.14 Priya Raman (priya.raman@example.org) kirjoitti:",
]


@pytest.mark.parametrize("attribution", ATTRIBUTIONS)
def test_quoted_reply_below_an_attribution_in_any_language_is_set_aside(attribution: str) -> None:
    text = f"Hei Priya,\n\nTorsdag kl. 14 passer fint.\n\nHilsen\nOle\n\n{attribution}\n> Can we meet on Friday?\n"
    result = split(text)
    assert "Friday" not in result.body
    assert result.quoted_text.startswith(attribution[:20])
    assert "Torsdag kl. 14 passer fint." in result.body


def test_attribution_wrapped_over_two_lines_is_found() -> None:
    text = "Sounds good.\n\nOn Tue, 3 Mar 2026 at 10:00, Katarzyna Nowak\n<k.nowak@example.net> wrote:\n> Hello"
    assert split(text).body == "Sounds good."


def test_sentence_with_wrote_is_not_an_attribution() -> None:
    text = "Hi Tom,\n\nAs I wrote: we would like to meet you.\n\nBest,\nLea"
    assert "we would like to meet you" in split(text).body


@pytest.mark.parametrize(
    ("block", "marker"),
    [
        (
            "From: Jonas Berg <jonas@example.se>\nSent: Monday 2 Nov 2026\nTo: Eva\nSubject: Question",
            "From",
        ),
        ("Fra: Jonas Berg <jonas@example.no>\nSendt: mandag 2. november 2026 18:03\nTil: Eva\nEmne: Spørsmål", "Fra"),
        ("Från: Jonas Berg <jonas@example.se>\nSkickat: den 2 november 2026 18:03\nTill: Eva\nÄmne: Fråga", "Från"),
        (
            "Von: Jonas Berg <jonas@example.de>\nGesendet: Montag, 2. Nov 2026\nAn: Eva\nBetreff: Frage",
            "Von",
        ),
        ("De : Jonas Berg <jonas@example.fr>\nEnvoyé : lundi 2 novembre 2026 18:03\nÀ : Eva\nObjet : Question", "De"),
        ("De: Jonas Berg <jonas@example.es>\nEnviado el: lunes, 2 de noviembre\nPara: Eva\nAsunto: Pregunta", "De"),
        ("Van: Jonas Berg <jonas@example.nl>\nVerzonden: maandag 2 november 2026\nAan: Eva\nOnderwerp: Vraag", "Van"),
        ("Lähettäjä: Jonas Berg <jonas@example.fi>\nLähetetty: 2. marraskuuta 2026\nVastaanottaja: Eva\nAihe: X", "Lä"),
        ("-----Original Message-----\nFrom: Jonas\nSent: Monday\nTo: Eva\nSubject: Question", "-----"),
        ("-----Ursprüngliche Nachricht-----\nVon: Jonas", "-----"),
        ("-----Oprindelig meddelelse-----\nFra: Jonas", "-----"),
        ("________________________________\nFrom: Jonas\nSent: Monday\nTo: Eva\nSubject: Question", "____"),
    ],
)
def test_outlook_header_blocks_start_the_quoted_thread(block: str, marker: str) -> None:
    text = f"Dear Eva,\n\nThe role is still open.\n\nRegards\nAnna\n\n{block}\n\nIs the role still open?\n"
    result = split(text)
    assert result.quoted_text.startswith(marker)
    assert "Is the role still open?" not in result.body + result.signature
    assert "The role is still open." in result.body


def test_a_body_line_starting_with_date_is_not_a_header_block() -> None:
    text = "Hello,\n\nDate: Monday 9 March\nTo: the main office\nTime: 10:00\n\nRegards\nAnna"
    assert "Date: Monday 9 March" in split(text).body


def test_leftover_angle_quotes_do_not_reach_the_body() -> None:
    result = split("Yes, 10:00 works.\n> old line\nSee you then.\nBring an ID card.\nThe office is on floor 3.")
    assert ">" not in result.body and "See you then." in result.body


SIGN_OFFS = [
    ("Best regards,", "en"),
    ("Kind regards", "en"),
    ("Med vennlig hilsen", "nb"),
    ("Venleg helsing", "nn"),
    ("Med vänlig hälsning", "sv"),
    ("Vänliga hälsningar", "sv"),
    ("Venlig hilsen", "da"),
    ("Mit freundlichen Grüßen", "de"),
    ("Viele Grüße", "de"),
    ("Ystävällisin terveisin", "fi"),
    ("Cordialement,", "fr"),
    ("Bien à vous,", "fr"),
    ("Met vriendelijke groet,", "nl"),
    ("Groetjes,", "nl"),
    ("Un saludo,", "es"),
    ("Saludos cordiales", "es"),
    ("Med vänliga hälsningar / Kind regards", "bilingual"),
    ("Thanks & regards", "thanks-and"),
]


@pytest.mark.parametrize(("sign_off", "lang"), SIGN_OFFS)
def test_sign_off_and_what_follows_go_to_the_signature(sign_off: str, lang: str) -> None:
    text = (
        "Hello Kim,\n\nWe would like to invite you to an interview on 12 May at 10:00.\n\n"
        "Please confirm by replying to this message.\n\n"
        f"{sign_off}\nRoberta Quist\nHead of Talent\nNorthwind Instruments Ltd\n+47 555 01 234"
    )
    result = split(text)
    assert result.signature.startswith(sign_off), lang
    assert "Northwind Instruments" not in result.body
    assert result.body.endswith("Please confirm by replying to this message.")


def test_sign_off_with_the_first_name_on_the_same_line() -> None:
    result = split("Hei!\n\nGratulerer med jobben.\n\nHilsen Per\n\nSendt fra min iPhone")
    assert result.body == "Hei!\n\nGratulerer med jobben."
    assert result.signature.startswith("Hilsen Per")


def test_thanks_followed_by_a_sentence_is_not_a_sign_off() -> None:
    text = "Hi Sam,\n\nThanks for your time today.\nWe will send the contract on Monday.\n\nRegards,\nIb"
    assert "Thanks for your time today." in split(text).body


def test_dash_signature_below_the_sign_off_does_not_move_the_cut() -> None:
    text = "Hallo Tim,\n\nhier ist dein Angebot.\n\nLiebe Grüße\nSaskia\n\n--\nSaskia Brenner | People Lead"
    result = split(text)
    assert result.signature.startswith("Liebe Grüße")
    assert result.body == "Hallo Tim,\n\nhier ist dein Angebot."


def test_signature_without_sign_off_is_found_by_the_name_block() -> None:
    text = "Hi Lou,\n\nYour interview is on Monday at 3pm.\n\nGood luck!\n\nMarisol Ekwueme\nRecruiter, Quillfeather"
    result = split(text)
    assert result.signature.startswith("Marisol Ekwueme")
    assert "Good luck!" in result.body


def test_a_button_label_is_not_taken_for_a_name() -> None:
    text = "Hi Lou,\n\nYour offer is ready.\n\nView Offer"
    assert split(text).body.endswith("View Offer")


def test_english_disclaimer_under_local_text_is_dropped_from_the_body() -> None:
    disclaimer = (
        "This e-mail may contain confidential information and is intended only for the named recipient. "
        "If you have received it in error, please notify the sender and delete it."
    )
    text = f"Hej Oskar,\n\nVälkommen på intervju tisdag 3 mars kl. 10.\n\n{disclaimer}"
    assert split(text).body == "Hej Oskar,\n\nVälkommen på intervju tisdag 3 mars kl. 10."


def test_a_sentence_that_says_confidential_stays() -> None:
    text = "Hi Ana,\n\nThe salary figures below are confidential, so please keep them to yourself for now, thanks."
    assert "confidential" in split(text).body


@pytest.mark.parametrize(
    "footer",
    [
        "You are receiving this email because you signed up. Unsubscribe: https://example.com/u",
        "Du får denne e-posten fordi du er medlem. Meld deg av her.",
        "Sie erhalten diesen Newsletter, weil Sie registriert sind. Newsletter abbestellen",
        "Vous recevez cet e-mail car vous êtes inscrit. Se désabonner",
        "Je ontvangt deze e-mail omdat je lid bent. Uitschrijven",
    ],
)
def test_bulk_mail_footers_are_dropped(footer: str) -> None:
    assert drop_boilerplate(f"Five tips for your next interview.\n\n{footer}") == "Five tips for your next interview."


def test_footer_inside_a_single_html_paragraph_drops_only_the_footer() -> None:
    text = "Hello\nThree new jobs for you.\nUnsubscribe here\nAcme Jobs Ltd, 1 Road"
    assert drop_boilerplate(text) == "Hello\nThree new jobs for you."


def test_teams_meeting_block_is_not_part_of_the_body() -> None:
    text = (
        "Hi both,\n\nLet us prepare the interviews.\n\n" + "_" * 40 + "\nMicrosoft Teams meeting\n"
        "Join: https://teams.microsoft.com/l/meetup-join/abc\nMeeting ID: 123\n" + "_" * 40 + "\n"
    )
    assert split(text).body == "Hi both,\n\nLet us prepare the interviews."


def test_crlf_and_plain_lf_split_alike() -> None:
    text = "Hi,\n\nSee you at 10.\n\nCheers\nMo\n\nOn Mon, 1 Jun 2026, Bo <b@x.io> wrote:\n> hi"
    assert split(text) == split(text.replace("\n", "\r\n"))


def test_dev_gmail_reply_in_danish_keeps_only_the_new_text() -> None:
    with open(f"{DEV}/da-113.eml", "rb") as fh:
        mail = parse(fh.read())
    assert "Hi Morten" not in mail.body + mail.signature
    assert mail.quoted_text.startswith("tir. 5. maj 2026")


def test_dev_german_apple_reply_keeps_only_the_new_text() -> None:
    with open(f"{DEV}/de-115.eml", "rb") as fh:
        mail = parse(fh.read())
    assert "Am 20.01.2027 um 21:37 schrieb" in mail.quoted_text
    assert "schrieb" not in mail.signature
