"""The salutation mirrors the sender: German du/Sie, gendered forms only when the mail shows them."""

from mailtool.greeting import first_name, full_name, is_formal, salute
from mailtool.model import Address, Mail


def _mail(body: str, signature: str = "", sender: str = "") -> Mail:
    return Mail(
        message_id="<1@example.org>",
        subject="Einladung",
        sender=Address(sender, "hr@example.org"),
        body=body,
        new_text=body,
        text=body,
        signature=signature,
    )


SIE = _mail("Sehr geehrter Herr Brandt,\n\nwir laden Sie herzlich ein. Bitte bestätigen Sie Ihre Teilnahme.")
DU = _mail("Hallo Yusuf,\n\nwir möchten dir die Stelle anbieten. Gib mir bitte Bescheid, ob du einverstanden bist.")


def test_german_sie_mail_gets_a_formal_neutral_greeting() -> None:
    greeting = salute("de", "Julia Neumann", SIE)
    assert greeting.text == "Guten Tag Julia Neumann,"
    assert greeting.formal


def test_german_du_mail_gets_hallo_and_the_first_name() -> None:
    greeting = salute("de", "Jana Klostermann", DU)
    assert greeting.text == "Hallo Jana,"
    assert not greeting.formal


def test_sentence_initial_sie_is_not_counted_as_formal() -> None:
    # "Sie" opening a sentence may mean "they"; the du forms decide here.
    mail = _mail("Hi Tom, Sie freuen sich schon. Kannst du am Montag? Sag mir, ob dir das passt.")
    assert not is_formal("de", mail.body)


def test_gendered_salutation_only_when_the_signature_shows_it() -> None:
    titled = _mail(SIE.body, signature="Mit freundlichen Grüßen\nFrau Dr. Julia Neumann\nPersonal")
    assert salute("de", "Julia Neumann", titled).text == "Sehr geehrte Frau Dr. Neumann,"
    mister = _mail(SIE.body, signature="Ihr Ansprechpartner: Herr Ole Petersen")
    assert salute("de", "Ole Petersen", mister).text == "Sehr geehrter Herr Petersen,"


def test_the_candidates_own_title_does_not_gender_the_contact() -> None:
    # "Herr Brandt" is the candidate; the contact's name never appears with a title.
    assert salute("de", "Elif Kaya", SIE).text == "Guten Tag Elif Kaya,"


def test_a_gendered_noun_shows_the_gender() -> None:
    mail = _mail(SIE.body + "\nIhre Ansprechpartnerin ist Monika Ströbl.")
    assert salute("de", "Monika Ströbl", mail).text == "Sehr geehrte Frau Ströbl,"


def test_english_mirrors_hi_and_dear() -> None:
    informal = _mail("Hi Sam,\n\nWould you be free for a chat on Tuesday?")
    formal = _mail("Dear Sam Taylor,\n\nWe would like to invite you to an interview.")
    assert salute("en", "Imani Whitaker", informal).text == "Hi Imani,"
    assert salute("en", "Imani Whitaker", formal).text == "Dear Imani Whitaker,"
    titled = _mail(formal.body, signature="Kind regards,\nMs Imani Whitaker")
    assert salute("en", "Imani Whitaker", titled).text == "Dear Ms Whitaker,"


def test_nordic_greetings_use_the_first_name() -> None:
    mail = _mail("Hei Ola,\n\nVi vil gjerne invitere deg til intervju.")
    assert salute("nb", "Kari Nordmann", mail).text == "Hei Kari,"
    assert salute("nn", "Arnhild Lunde Hamre", mail).text == "Hei Arnhild,"
    assert salute("sv", "Åsa Lindgren", mail).text == "Hej Åsa,"
    assert salute("da", "Mette Søgaard", mail).text == "Hej Mette,"
    kaere = _mail("Kære Mads,\n\nTak for din ansøgning.")
    assert salute("da", "Mette Søgaard", kaere).text == "Kære Mette,"


def test_no_contact_gives_a_greeting_without_a_name() -> None:
    assert salute("de", None, SIE).text == "Sehr geehrte Damen und Herren,"
    assert salute("de", None, DU).text == "Hallo zusammen,"
    assert salute("en", None, None).text == "Hello,"
    assert salute("nb", None, None).text == "Hei,"
    assert salute("sv", "", None).text == "Hej,"


def test_register_can_be_forced() -> None:
    assert salute("de", "Jana Klostermann", SIE, formal=False).text == "Hallo Jana,"


def test_names_in_other_orders_and_with_titles() -> None:
    assert first_name("Neumann, Julia") == "Julia"
    assert full_name("Neumann, Julia") == "Julia Neumann"
    assert first_name("Dr. Julia Neumann") == "Julia"
    assert first_name("Kai-Uwe Lemke") == "Kai-Uwe"
