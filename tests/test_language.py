"""Language detection on short invented texts (the held-out mail is not the dev corpus) and on whole mails."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool import language
from mailtool.model import Mail
from mailtool.parse import parse

DEV = Path(__file__).parent / "data" / "dev"

# Short (1-3 sentence) texts written for these tests, with names, companies and wordings of their own.
SHORT = {
    "en": [
        "Hi Priya, thanks for your application. Could you do a quick call on Thursday at 3pm?",
        "We are delighted to offer you the role of Warehouse Supervisor. Please sign the attached contract by Friday.",
        "Would Tuesday morning work for a chat with our team lead? Let me know and I'll send an invite.",
        "Sorry for the delay, the hiring manager is travelling this week.",
        "Great to meet you yesterday! The panel would like to see you again for a final round.",
    ],
    "nb": [
        "Hei Kari! Passer det for deg med et intervju på torsdag kl. 14? Jeg ringer deg da.",
        "Takk for søknaden din. Vi vil gjerne invitere deg til en samtale neste uke.",
        "Vi har gleden av å tilby deg stillingen som lagerleder hos oss. Gi meg beskjed om du takker ja.",
        "Kan du komme innom kontoret vårt på mandag? Vi ser frem til å møte deg.",
        "Hva med fredag etter lunsj? Si ifra hvis det ikke passer.",
        "Beklager sent svar. Jeg har snakket med lederen, og hun vil gjerne treffe deg.",
        "Du får arbeidsavtalen på e-post i løpet av dagen. Ta kontakt hvis noe er uklart.",
    ],
    "nn": [
        "Hei Ola! Vi vil gjerne kalle deg inn til intervju. Passar det for deg på tysdag kl. 10?",
        "Takk for søknaden. Eg har lese han og vil gjerne snakke meir med deg om stillinga.",
        "Vi har gleda av å tilby deg fast tilsetjing som sjukepleiar. Gje oss svar innan fredag.",
        "Kva tid passar det best for deg? Eg kan ikkje på måndag, men resten av veka er fin.",
        "Du er velkomen til ein samtale hjå oss. Ver venleg og stadfest at du kjem.",
    ],
    "da": [
        "Hej Mette! Har du tid til en samtale på torsdag kl. 14? Jeg ringer dig.",
        "Tak for din ansøgning. Vi vil gerne invitere dig til en samtale i næste uge.",
        "Vi er glade for at kunne tilbyde dig stillingen som lagerchef. Giv mig besked, om du siger ja.",
        "Kan du komme forbi vores kontor på mandag? Vi glæder os til at møde dig.",
        "Hvad med fredag efter frokost? Sig til, hvis det ikke passer.",
        "Undskyld det sene svar. Jeg har talt med lederen, og hun vil gerne mødes med dig.",
        "Du får kontrakten på mail i løbet af dagen. Kontakt mig, hvis noget er uklart.",
        "Fint, så siger vi onsdag kl. 9. Jeg sender et link til mødet.",
    ],
    "sv": [
        "Hej Lisa! Har du tid för en intervju på torsdag kl. 14? Jag ringer dig.",
        "Tack för din ansökan. Vi vill gärna bjuda in dig till ett samtal nästa vecka.",
        "Vi är glada att kunna erbjuda dig tjänsten som lagerchef. Hör av dig om du tackar ja.",
        "Kan du komma förbi vårt kontor på måndag? Vi ser fram emot att träffa dig.",
        "Vad sägs om fredag efter lunch? Säg till om det inte passar.",
        "Ursäkta sent svar. Jag har pratat med chefen och hon vill gärna träffa dig.",
        "Bra, då säger vi onsdag kl. 9. Jag skickar en länk till mötet.",
    ],
    "de": [
        "Hallo Herr Becker, passt Ihnen ein kurzes Telefonat am Donnerstag um 14 Uhr?",
        "Vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu einem Gespräch einladen.",
        "Wir freuen uns, Ihnen die Stelle als Lagerleiter anbieten zu können.",
        "Kannst du am Montag kurz vorbeikommen? Wir freuen uns auf dich.",
    ],
    "fi": [
        "Hei Mikko, sopisiko sinulle haastattelu torstaina kello 14?",
        "Kiitos hakemuksestasi. Haluaisimme kutsua sinut haastatteluun ensi viikolla.",
        "Meillä on ilo tarjota sinulle varastopäällikön tehtävää.",
    ],
    "fr": [
        "Bonjour Claire, seriez-vous disponible jeudi à 14h pour un entretien ?",
        "Merci pour votre candidature. Nous souhaitons vous rencontrer la semaine prochaine.",
        "Nous avons le plaisir de vous proposer le poste de responsable d'entrepôt.",
    ],
    "nl": [
        "Hoi Sanne, heb je donderdag om 14.00 uur tijd voor een gesprek?",
        "Bedankt voor je sollicitatie. We willen je graag uitnodigen voor een kennismaking.",
        "We bieden je graag de functie van magazijnchef aan.",
    ],
    "es": [
        "Hola Lucía, ¿te viene bien una entrevista el jueves a las 14:00?",
        "Gracias por tu candidatura. Nos gustaría invitarte a una entrevista la semana que viene.",
        "Nos complace ofrecerte el puesto de jefe de almacén.",
    ],
}

# The same short message in three or four Nordic languages: the cases langdetect alone gets wrong.
PARALLEL = {
    "da": [
        "Passer det dig på fredag?",
        "Tak, vi ses i morgen kl. 10.",
        "Jeg glæder mig til at høre fra dig.",
        "Vi vender tilbage hurtigst muligt.",
        "Må jeg ringe dig i eftermiddag?",
        "Stillingen er din, hvis du vil have den!",
        "Vi har brug for svar inden torsdag.",
        "Hvornår kan du starte?",
        "Mødet bliver på vores kontor i Odense.",
    ],
    "nb": [
        "Passer det for deg på fredag?",
        "Takk, vi ses i morgen kl. 10.",
        "Jeg gleder meg til å høre fra deg.",
        "Vi kommer tilbake til deg så snart som mulig.",
        "Kan jeg ringe deg i ettermiddag?",
        "Stillingen er din hvis du vil ha den!",
        "Vi trenger svar innen torsdag.",
        "Når kan du begynne?",
        "Møtet blir på kontoret vårt i Bergen.",
    ],
    "nn": [
        "Passar det for deg på fredag?",
        "Takk, vi sest i morgon kl. 10.",
        "Kan du vere her kl. 9 på måndag?",
        "Eg gler meg til å høyre frå deg.",
        "Vi kjem tilbake til deg så snart som mogleg.",
        "Kan eg ringje deg i ettermiddag?",
        "Vi treng svar innan torsdag.",
    ],
    "sv": [
        "Passar det dig på fredag?",
        "Tack, vi ses i morgon kl. 10.",
        "Kan du vara här kl. 9 på måndag?",
        "Jag ser fram emot att höra från dig.",
        "Vi återkommer så snart som möjligt.",
        "Kan jag ringa dig i eftermiddag?",
        "Tjänsten är din om du vill ha den!",
        "Vi behöver svar senast torsdag.",
        "När kan du börja?",
        "Mötet blir på vårt kontor i Umeå.",
    ],
}

CASES = [(lang, text) for lang, texts in SHORT.items() for text in texts]
PARALLEL_CASES = [(lang, text) for lang, texts in PARALLEL.items() for text in texts]


def _mail(body: str, *, subject: str = "", new_text: str | None = None, text: str | None = None) -> Mail:
    new = body if new_text is None else new_text
    return Mail(
        message_id="", subject=subject, sender=None, body=body, new_text=new, text=new if text is None else text
    )


@pytest.mark.parametrize(("want", "text"), CASES)
def test_short_texts_are_read_in_their_language(want: str, text: str) -> None:
    assert language.detect(_mail(text)).code == want


def test_the_synthetic_set_is_read_almost_perfectly() -> None:
    hits = sum(language.detect_text(text).code == want for want, text in CASES)
    assert hits == len(CASES)


def test_short_nordic_parallels_are_told_apart() -> None:
    misses = [(want, text) for want, text in PARALLEL_CASES if language.detect_text(text).code != want]
    assert len(misses) <= len(PARALLEL_CASES) // 10, misses


@pytest.mark.parametrize(
    "text",
    [
        "Kan du være her kl. 9 på mandag?",  # word for word Danish and Bokmål
        "Møtet blir på kontoret vårt i Førde.",  # Bokmål and Nynorsk alike
    ],
)
def test_a_text_two_languages_share_has_low_confidence(text: str) -> None:
    assert language.detect_text(text).confidence < 0.6


def test_norwegian_is_never_reported_as_no() -> None:
    codes = {language.detect_text(text).code for _, text in CASES}
    assert "no" not in codes
    assert {"nb", "nn"} <= codes


def test_a_mail_written_twice_is_read_in_its_first_language() -> None:
    english = (
        "Dear Ms Novak,\n\nThank you for applying for the Process Engineer position. We would like to invite you "
        "to an interview at our plant on Monday 8 March at 10:00. Please confirm that the time suits you.\n\n"
        "The interview will take about an hour and you will meet the plant manager and a colleague from HR."
    )
    german = (
        "Sehr geehrte Frau Novak,\n\nvielen Dank für Ihre Bewerbung als Verfahrensingenieurin. Wir möchten Sie "
        "gerne am Montag, 8. März, um 10 Uhr zu einem Vorstellungsgespräch in unser Werk einladen. Bitte "
        "bestätigen Sie uns den Termin.\n\nDas Gespräch dauert etwa eine Stunde."
    )
    assert language.detect(_mail(f"{english}\n\n{german}")).code == "en"
    assert language.detect(_mail(f"{german}\n\n{english}")).code == "de"


def test_the_body_decides_not_the_quoted_thread_or_subject() -> None:
    quoted = "On Mon, Jane wrote:\n> Thanks, I am very interested in the role and available most days next week."
    mail = _mail(
        "Hej Jonas, fint – skal vi sige tirsdag kl. 10? Jeg sender en invitation.",
        subject="Re: Application - Senior Designer",
        text="Hej Jonas, fint – skal vi sige tirsdag kl. 10? Jeg sender en invitation.\n\n" + quoted,
    )
    assert language.detect(mail).code == "da"


def test_a_short_body_falls_back_to_the_subject() -> None:
    mail = _mail("", subject="SV: Inbjudan till intervju för tjänsten som ekonomiassistent")
    assert language.detect(mail).code == "sv"


def test_an_empty_mail_is_english_with_no_confidence() -> None:
    assert language.detect(_mail("  \n-- \n12 34")) == language.Language("en", 0.0)


def test_the_same_text_gives_the_same_answer() -> None:
    text = "Har du tid på fredag?"
    assert len({language.detect_text(text) for _ in range(5)}) == 1


def test_confidence_grows_with_the_evidence() -> None:
    short = language.detect_text("Hej, passer fredag?")
    long = language.detect_text(" ".join(SHORT["da"]))
    assert 0.0 < short.confidence < long.confidence <= 1.0
    assert long.confidence > 0.9


def test_nynorsk_needs_more_than_one_word() -> None:
    # One Nynorsk-looking word in otherwise Bokmål text ("eg" also abbreviates "e.g.") keeps it Bokmål.
    text = "Vi vil gjerne invitere deg til et intervju, eg på mandag. Jeg ringer deg etter lunsj."
    assert language.detect_text(text).code == "nb"


@pytest.mark.parametrize(
    ("name", "want"), [("da-113.eml", "da"), ("nb-117.eml", "nn"), ("de-117.eml", "en"), ("sv-107.eml", "sv")]
)
def test_corpus_regressions(name: str, want: str) -> None:
    assert language.detect(parse((DEV / name).read_bytes())).code == want
