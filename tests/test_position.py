"""find_position: the job title as the message writes it, from the subject or the body, in ten languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailtool.evaluate import word_overlap
from mailtool.model import Address, Mail
from mailtool.parse import parse
from mailtool.position import find_position

DEV = Path(__file__).parent / "data" / "dev"


def _mail(
    subject: str,
    body: str = "",
    *,
    sender: Address | None = None,
    signature: str = "",
    headers: tuple[tuple[str, str], ...] = (),
    to: tuple[Address, ...] = (Address("Kari Nordmann", "kari@example.org"),),
) -> Mail:
    return Mail(
        message_id="<t@example.org>",
        subject=subject,
        sender=sender or Address("Recruiting", "jobs@example.com"),
        to=to,
        headers=headers,
        text=body,
        new_text=body,
        body=body,
        signature=signature,
    )


# Subjects that name the job beside a recruiting word, in many shapes and languages.
@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Interview invitation – Cloud Security Architect", "Cloud Security Architect"),
        ("Re: Application – Junior Actuary", "Junior Actuary"),
        ("Tilbud om stilling – Driftstekniker, Bergen", "Driftstekniker"),
        ("Kallelse till intervju – Löneadministratör", "Löneadministratör"),
        ("Einladung zum Vorstellungsgespräch – Lagerlogistiker (m/w/d)", "Lagerlogistiker (m/w/d)"),
        ("Einladung zum Vorstellungsgespräch am 12.03.2027 - Kfz-Mechatroniker (m/w/d)", "Kfz-Mechatroniker (m/w/d)"),
        ("Your application for Site Reliability Engineer at Quillwork", "Site Reliability Engineer"),
        ("Invitation à un entretien – Chef de projet digital (H/F)", "Chef de projet digital (H/F)"),
        ("Uitnodiging sollicitatiegesprek – Accountmanager Zakelijk", "Accountmanager Zakelijk"),
        ("Haastattelukutsu: Myyntipäällikkö, Tampere", "Myyntipäällikkö"),
        ("Invitación a entrevista – Analista de Datos", "Analista de Datos"),
        ("Innkalling til intervju - Barnehagelærer (ref. 998877)", "Barnehagelærer"),
        ("SV: Intervju – rörmokare", "rörmokare"),
        ("Offer letter – Staff Data Engineer", "Staff Data Engineer"),
        ("Interview confirmed: Mobile Developer (Kotlin) at Pebblecart", "Mobile Developer (Kotlin)"),
        ("Opfølgning på din samtale – Lønbogholder", "Lønbogholder"),
        ("Jobsamtale – lagermedarbejder hos Norvik Foods", "lagermedarbejder"),
        ("Telefonintervju – Butikksjef til vår kunde i Tromsø", "Butikksjef"),
        ("Spørsmål om stillingen som renholder i Molde", "renholder"),
        ("Samtale om stillingen som skibsmægler", "skibsmægler"),
        ("Ihre Bewerbung als Disponent (m/w/d) - Rückmeldung", "Disponent (m/w/d)"),
        ("Re: Your offer - Head of Growth (m/f/d) @ Brightloop", "Head of Growth (m/f/d)"),
        ("RE: Principal Engineer – Payments Core: availability", "Principal Engineer – Payments Core"),
        ("Goed nieuws! Je aanbod als Projectleider bij Tulpenstad", "Projectleider"),
        ("Työtarjous: Kirjanpitäjä, Oulu", "Kirjanpitäjä"),
        ("Next step: complete your online assessment – Summer Intern 2027", "Summer Intern 2027"),
        ("Lead Data Engineer - interview request", "Lead Data Engineer"),
        ("Interview invitation: Event Planner | Sunfield Resorts", "Event Planner"),
        ("Sollicitatie – Medewerker Klantenservice (m/v/x)", "Medewerker Klantenservice (m/v/x)"),
    ],
)
def test_reads_the_title_from_the_subject(subject: str, want: str) -> None:
    assert find_position(_mail(subject), "en") == want


# Body phrases, with a subject that names no job ("Hello"), one or two per language.
BODY_CASES = [
    (
        "de",
        "im Rahmen Ihrer Bewerbung um die Stelle „Controller (m/w/d)“ möchten wir Sie einladen.",
        "Controller (m/w/d)",
    ),
    ("nb", "Takk for søknaden på stillingen som «Rådgiver økonomi» i Fjellby kommune.", "Rådgiver økonomi"),
    ("nl", "We hebben je sollicitatie voor de functie van Financieel Adviseur ontvangen.", "Financieel Adviseur"),
    (
        "en",
        "We would like to invite you to interview for the position of Quantity Surveyor at Brickfield.",
        "Quantity Surveyor",
    ),
    (
        "en",
        "Thanks for applying for the Customer Success Lead role at Orbitly – we loved your letter.",
        "Customer Success Lead",
    ),
    (
        "en",
        "I am the hiring manager for the Senior Payroll Specialist position and would like to talk.",
        "Senior Payroll Specialist",
    ),
    ("en", "Your interview is booked.\n\nPosition: Warehouse Supervisor\nDate: Monday", "Warehouse Supervisor"),
    ("nb", "Vi har gleden av å tilby deg stillingen som regnskapsmedarbeider hos oss i Hamar.", "regnskapsmedarbeider"),
    ("nb", "Her er detaljene:\n\nStilling: Kokk, Fjellstua Hotell\nTid: mandag", "Kokk"),
    ("nn", "Vi viser til søknaden din på stillinga som lærar i matematikk ved Fjordly skule.", "lærar i matematikk"),
    (
        "sv",
        "Tack för din ansökan till tjänsten som Systemutvecklare inom betalningar på Banko i Umeå.",
        "Systemutvecklare inom betalningar",
    ),
    ("da", "Vi er glade for at kunne tilbyde dig stillingen som pædagog i vores børnehave.", "pædagog"),
    (
        "de",
        "vielen Dank für Ihre Bewerbung als Produktionsplaner (m/w/d) in unserem Werk in Kassel.",
        "Produktionsplaner (m/w/d)",
    ),
    (
        "de",
        "wir möchten Ihnen die Position als Teamleiter Kundenservice (m/w/d) anbieten.",
        "Teamleiter Kundenservice (m/w/d)",
    ),
    ("de", "cool, dass du dich als Werkstudent Data Analytics beworben hast!", "Werkstudent Data Analytics"),
    (
        "de",
        "für die Besetzung der Stelle\n\nSachbearbeiterin / Sachbearbeiter (m/w/d) für Grundsteuer\n\nausgewählt",
        "Sachbearbeiterin / Sachbearbeiter (m/w/d) für Grundsteuer",
    ),
    ("fi", "Kiitos hakemuksestasi tehtävään Ohjelmistokehittäjä. Kutsumme sinut haastatteluun.", "Ohjelmistokehittäjä"),
    (
        "fr",
        "Je vous confirme votre entretien pour le poste de Responsable logistique (H/F) à Nantes.",
        "Responsable logistique (H/F)",
    ),
    (
        "nl",
        "Bedankt voor je sollicitatie naar de functie Teamleider Klantenservice bij de gemeente Zeist.",
        "Teamleider Klantenservice",
    ),
    ("es", "Nos complace ofrecerte el puesto de Ingeniera de Datos en Pradera Labs.", "Ingeniera de Datos"),
]


@pytest.mark.parametrize(("lang", "body", "want"), BODY_CASES)
def test_reads_the_title_from_a_body_phrase(lang: str, body: str, want: str) -> None:
    assert find_position(_mail("Hello", body), lang) == want


def test_prefers_the_body_when_the_subject_cuts_the_title_short() -> None:
    mail = _mail(
        "Let's chat about the Platform Engineer role at Gridwise",
        "Thanks for applying for the Platform Engineer (Kubernetes) role at Gridwise!",
    )
    assert find_position(mail, "en") == "Platform Engineer (Kubernetes)"


def test_keeps_the_subject_when_the_body_says_less() -> None:
    mail = _mail("Tilbud om stilling: Dataingeniør – Energy Analytics", "Vi tilbyr deg stillingen som Dataingeniør.")
    assert find_position(mail, "nb") == "Dataingeniør – Energy Analytics"


def test_keeps_a_comma_part_the_body_repeats() -> None:
    mail = _mail("Vi har mottatt søknaden din – Rådgiver, HMS", "Takk for søknaden på stillingen Rådgiver, HMS.")
    assert find_position(mail, "nb") == "Rådgiver, HMS"


def test_drops_an_employer_in_brackets_but_keeps_a_technology() -> None:
    hr = Address("Nordlys Energi HR", "hr@x.dk")
    employer = _mail("Invitation til samtale – Supporter (Nordlys Energi)", sender=hr)
    tech = _mail("Interview invitation – Backend Engineer (Elixir)", sender=Address("Ana Ruiz", "ana@coral.io"))
    assert find_position(employer, "da") == "Supporter"
    assert find_position(tech, "en") == "Backend Engineer (Elixir)"


def test_keeps_a_field_in_lower_case_and_cuts_a_place_in_capitals() -> None:
    field = _mail("Tilbod om tilsetjing – førsteamanuensis i historie")
    place = _mail("Tilbud om stilling – sykepleier i Kristiansund")
    assert find_position(field, "nn") == "førsteamanuensis i historie"
    assert find_position(place, "nb") == "sykepleier"


def test_cuts_employment_terms_in_brackets() -> None:
    mail = _mail("Hei", "Takk for at du søkte på stillingen som lagerarbeider (vikariat 6 måneder) via Jobbhuset.")
    assert find_position(mail, "nb") == "lagerarbeider"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Re: Thanks for today!", "We'd love to have you on board. Let me know."),
        ("Quick chat?", "Are you free on Tuesday at 10?"),
        ("Your application – Fjordbyen Kraft ASA", "Unfortunately we have chosen another candidate."),
        ("Entretien – Lucie Martin / Calypso", "Bonjour, à jeudi !"),
        ("Tillykke!!", "Far fortalte, at du har fået tilbudt jobbet – skønt!"),
        ("Karriere: 5 tips for jobbintervjuet", "Stillingen krever ofte at du forbereder deg."),
    ],
)
def test_finds_nothing_where_no_title_is_stated(subject: str, body: str) -> None:
    assert find_position(_mail(subject, body, to=(Address("Lucie Martin", "l@m.fr"),)), "en") is None


def test_ignores_job_alerts_and_newsletters() -> None:
    alert = _mail(
        "Data Engineer and 9 more jobs for you",
        "Thanks for applying for the Data Engineer role at Acmeo",
        headers=(("list-unsubscribe", "<https://jobs.example/unsub>"),),
    )
    assert find_position(alert, "en") is None


def test_dev_corpus_scores_well_on_word_overlap() -> None:
    rows = [json.loads(line) for p in sorted(DEV.glob("labels-*.jsonl")) for line in p.read_text("utf-8").splitlines()]
    got = [find_position(parse((DEV / row["file"]).read_bytes()), row["lang"]) for row in rows]
    scores = [word_overlap(title, row["position"]) for title, row in zip(got, rows, strict=True)]
    assert sum(scores) / len(scores) >= 0.9


# Reminder words in ten languages are what the mail is, never the job; the title after them still counts.
@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Erinnerung: Videogespräch Werkstudent Controlling (m/w/d)", "Werkstudent Controlling (m/w/d)"),
        ("Påminnelse: intervju – Lagerchef", "Lagerchef"),
        ("Reminder: interview – Payroll Specialist", "Payroll Specialist"),
        ("Herinnering: sollicitatiegesprek – Monteur", "Monteur"),
        ("Rappel : entretien – Comptable", "Comptable"),
        ("Muistutus: haastattelu – Kirjanpitäjä", "Kirjanpitäjä"),
        ("Recordatorio: entrevista – Contable", "Contable"),
        ("Erinnerung", None),
    ],
)
def test_a_reminder_word_is_never_the_title(subject: str, want: str | None) -> None:
    assert find_position(_mail(subject), "en") == want


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Re: Motion Illustrator role", "Motion Illustrator"),
        ("Question about the Data Engineer opening", "Data Engineer"),
        ("Fråga om lagerchef", "lagerchef"),
        ("Din ansøgning som tømrer", "tømrer"),
        (
            "Interview confirmed: Staff Engineer, Payments Infrastructure at Orbitly",
            "Staff Engineer, Payments Infrastructure",
        ),
    ],
)
def test_reads_more_subject_shapes(subject: str, want: str) -> None:
    assert find_position(_mail(subject), "en") == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Tak for din ansøgning som tømrer. Vi vil gerne se dig.", "tømrer"),
        ("Vi vil gjerne ha deg med som lagermedarbeider hos oss!", "lagermedarbeider"),
        ("Vi vill gärna anställa dig som projektledare från 1 juni.", "projektledare"),
        ("Du kan starte som lærling i august.", "lærling"),
        ("Rekryteringen till ekonomiassistent är avslutad.", "ekonomiassistent"),
        ("Takk for søknaden som du sendte oss.", None),
        (
            "Your offer for the Principal Designer, Design Systems position at Fjordly is ready.",
            "Principal Designer, Design Systems",
        ),
        ("wir freuen uns, Sie als Junior Buchhalter (m/w/d) bei uns begrüßen zu dürfen.", "Junior Buchhalter (m/w/d)"),
        ("vielen Dank für Ihre Bewerbung als Lagerist (m/w/d) und Ihr Vertrauen.", "Lagerist (m/w/d)"),
        ("Wij bieden je graag de functie van Teamleider Logistiek aan per 1 mei.", "Teamleider Logistiek"),
        ("We verwelkomen je graag als Data Analist bij ons in Utrecht.", "Data Analist"),
    ],
)
def test_reads_more_body_phrases(body: str, want: str | None) -> None:
    assert find_position(_mail("Hello", body), "en") == want


def test_reads_a_title_beside_the_employer_without_a_recruiting_word() -> None:
    mail = _mail("Backend Developer – Fjellnett", sender=Address("Fjellnett Rekruttering", "jobb@fjellnett.no"))
    assert find_position(mail, "nb") == "Backend Developer"


def test_keeps_a_team_after_a_comma_but_drops_an_employer_or_the_senders_unit() -> None:
    team = _mail("Interview: Data Engineer, Risk Platform", "Looking forward to it.")
    employer = _mail(
        "Offer – Data Analyst, Brightwell Energy",
        "I just spoke with Brightwell Energy and they want you.",
        sender=Address("Kim Lee", "kim@talentbridge.co.uk"),
    )
    unit = _mail(
        "Intervju – Sjuksköterska, Akutmottagning Väst", signature="Anna Berg\nEnhetschef, Akutmottagning Väst"
    )
    assert find_position(team, "en") == "Data Engineer, Risk Platform"
    assert find_position(employer, "en") == "Data Analyst"
    assert find_position(unit, "sv") == "Sjuksköterska"


def test_internal_mail_between_colleagues_has_no_position() -> None:
    colleague = Address("Ola Dahl", "ola@fjordkraft-as.no")
    internal = _mail(
        "Intervjuer neste uke – regnskapsfører", sender=colleague, to=(Address("Kari", "kari@fjordkraft-as.no"),)
    )
    friends = _mail(
        "Re: Product Designer role", sender=Address("Ola", "ola@gmail.com"), to=(Address("Kari", "kari@gmail.com"),)
    )
    assert find_position(internal, "nb") is None
    assert find_position(friends, "en") == "Product Designer"


EVENT_SUBJECTS = [
    # A title after "for/för/für/til" behind the event: the event words are not part of it.
    ("Next step: onsite loop for Data Platform Engineer", "Data Platform Engineer"),
    ("Bekräftelse: intervju för Lagerchef, Norrköping", "Lagerchef"),
    ("Påminnelse: samtale til Regnskapsmedarbeider", "Regnskapsmedarbeider"),
    ("Terminbestätigung: Gespräch für Projektingenieur (m/w/d)", "Projektingenieur (m/w/d)"),
    # An event noun straight before the title, and a recruiting word straight after it.
    ("Intervju lagermedarbeider", "lagermedarbeider"),
    ("Haastattelu myyntipäällikkö", "myyntipäällikkö"),
    ("Re: Solutions Architect application", "Solutions Architect"),
    ("Quality Engineer interview", "Quality Engineer"),
    # Offer words of French, Spanish and Finnish name the what, not the job.
    ("Proposition d'embauche – Chargée de projet RH", "Chargée de projet RH"),
    ("Propuesta de contratación – Técnico de Mantenimiento", "Técnico de Mantenimiento"),
    ("Työsopimus allekirjoitettavaksi – Myyntiasiantuntija", "Myyntiasiantuntija"),
]


def test_a_subject_part_with_a_date_is_not_a_title() -> None:
    dated = _mail(
        "Andre runde – caseintervju 14. mars", "Vi vil gjerne invitere deg videre for stillingen som controller."
    )
    timed = _mail("Bekræftelse af tid: gennemgang fredag d. 5/3 kl. 10.00")
    assert find_position(dated, "nb") == "controller"
    assert find_position(timed, "da") is None


def test_drops_a_place_in_brackets_that_the_body_names_as_a_place() -> None:
    place = _mail(
        "Entrevista – Jefa de Turno (Zaragoza)", "Buscamos una jefa de turno para nuestra planta de Zaragoza."
    )
    town = _mail("Interview – Field Technician (Leeds)", "The role is based in Leeds.")
    tech = _mail("Interview – Backend Engineer (Rust)", "You will write Rust every day.")
    assert find_position(place, "es") == "Jefa de Turno"
    assert find_position(town, "en") == "Field Technician"
    assert find_position(tech, "en") == "Backend Engineer (Rust)"


HIRING_PHRASES = [
    ("en", "We'd be thrilled to have you join Brightmoor as our Lead Data Engineer.", "Lead Data Engineer"),
    ("en", "Everyone agreed: we want you to come on board as Operations Manager from May.", "Operations Manager"),
    ("en", "Please join us as soon as you can.", None),
    ("nb", "Vi vil gjerne ha deg med på laget som lagerleder i Drammen!", "lagerleder"),
    (
        "da",
        "Vi vil rigtig gerne have dig med ombord som Marketing Coordinator i vores team.",
        "Marketing Coordinator",
    ),
    ("sv", "Vi vill gärna ha dig med i teamet som projektledare.", "projektledare"),
    (
        "de",
        "Wir möchten Sie gern in unserem Team als Vertriebsingenieur (m/w/d) begrüßen.",
        "Vertriebsingenieur (m/w/d)",
    ),
    ("nl", "We willen je graag aan boord als Productowner voor ons platform.", "Productowner"),
    (
        "fr",
        "Nous souhaitons vous accueillir en qualité d'Analyste Financière Senior, en CDI.",
        "Analyste Financière Senior",
    ),
    (
        "fr",
        "Vous rejoindrez l'équipe en tant que technicienne de maintenance à Nantes.",
        "technicienne de maintenance",
    ),
    ("es", "Queremos contar contigo como Analista de Riesgos en nuestra sede.", "Analista de Riesgos"),
    ("fi", "Lähetän liitteenä työsopimuksen myyntipäällikön tehtävään Oulun toimipisteeseemme.", "myyntipäällikkö"),
    ("fi", "Kiitos hakemuksestasi kaupungin ohjelmistokehittäjän tehtävään.", "ohjelmistokehittäjä"),
    ("fi", "Kiitos hakemuksestasi Backend Developer -tehtävään.", "Backend Developer"),
    ("fi", "Kerromme lisää tämän tehtävän sisällöstä haastattelussa.", None),
]


# Where a title ends: a day ("tomorrow", a weekday), a site in the definite form, a modal verb, an emoji.
TITLE_ENDS = [
    ("Husk intervjuet om stillingen som lagerleder i morgen kl. 9.", "lagerleder"),
    ("Vi inviterer til samtale om stillingen som kok torsdag den 4. marts.", "kok"),
    ("Thanks for applying to the position of Lab Technician tomorrow's slot is confirmed.", "Lab Technician"),
    ("Tilbudet gjelder stillingen som skiftleder ved fabrikken på Mo.", "skiftleder"),
    ("Vi har läst din ansökan till tjänsten som kurator på vårdcentralen och vill träffa dig.", "kurator"),
    (
        "Vi har läst din ansökan till tjänsten som lärare inom matematik och vill gärna träffa dig.",
        "lärare inom matematik",
    ),
    ("Vi vil gerne have dig som ny værkfører 🎉 fra august.", "værkfører"),
    ("We would love to have you as our new Support Engineer 🚀", "Support Engineer"),
    ("Tilbudet gjelder stillingen som rådgiver i informasjonssikkerhet.", "rådgiver i informasjonssikkerhet"),
]


# Hiring phrases of ten languages, and where the title they name ends (in any language).
@pytest.mark.parametrize(
    ("lang", "body", "want"), [*HIRING_PHRASES, *(("xx", body, want) for body, want in TITLE_ENDS)]
)
def test_reads_the_title_a_hiring_phrase_names(lang: str, body: str, want: str | None) -> None:
    assert find_position(_mail("Hei", body), lang) == want


# Subjects: steps and tests of the process are never the job; a purpose after "til" belongs to a lone title.
STEP_SUBJECTS = [
    ("Nächster Schritt: Online-Test – Controller (m/w/d)", "Controller (m/w/d)"),
    ("Next step: online tests – Claims Handler", "Claims Handler"),
    ("Nästa steg: kodtest – Backendutvecklare", "Backendutvecklare"),
    ("Indkaldelse til samtale - Tekniker til service og vedligehold", "Tekniker til service og vedligehold"),
    ("Sv: Ansøgning montør", "montør"),
    ("Conditional offer - JR-55120 Payroll Specialist", "Payroll Specialist"),
]


# A title around event words (read as English) and behind process steps and application words (any language).
@pytest.mark.parametrize(
    ("lang", "subject", "want"),
    [*(("en", subject, want) for subject, want in EVENT_SUBJECTS), *(("xx", s, w) for s, w in STEP_SUBJECTS)],
)
def test_reads_the_title_of_a_subject(lang: str, subject: str, want: str) -> None:
    assert find_position(_mail(subject), lang) == want


def test_the_company_in_the_subject_is_not_the_title() -> None:
    # An agency writes about its client: the subject names the client, the body the job.
    mail = _mail(
        "Norbrook Ferries - interview times",
        "Norbrook Ferries would like to meet you for the Marine Electrician position next week.",
        sender=Address("Ola Hansen", "ola@talentbridge.example"),
    )
    assert find_position(mail, "en") == "Marine Electrician"
    mail = _mail(
        "Your assessment - Hollin Mutual Society", "Thank you for your interest in a career at Hollin Mutual Society."
    )
    assert find_position(mail, "en") is None


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        ("de", "Unser Kunde möchte Sie als Serviceleiter (m/w/d) Kältetechnik für die Region Nord einstellen.",
         "Serviceleiter (m/w/d) Kältetechnik"),
        ("en", "We'd love to have you as our next Data Steward! Details below.", "Data Steward"),
        ("en", "Thank you for applying to the 2028 Summer Internship – Finance at Orbel Bank.",
         "2028 Summer Internship – Finance"),
        ("sv", "Roligt att du vill gå vidare i processen för Testledare inom bank!", "Testledare inom bank"),
        ("nb", "Vi går videre i prosessen for å finne rett kandidat.", None),
        ("fi", "Haluamme valita sinut myyntipäälliköksi Turun toimipisteeseen.", "myyntipäällikkö"),
        ("fi", "Toivotamme sinut tervetulleeksi haastatteluun.", None),
    ],
)  # fmt: skip
def test_reads_hiring_phrases_added_in_round_three(lang: str, body: str, want: str | None) -> None:
    assert find_position(_mail("Hei", body), lang) == want


def test_a_signed_documents_name_gives_the_title() -> None:
    body = "Anna has sent you a document to sign:\n\n• Employment contract – Payroll Officer.pdf\n\nSign here."
    assert find_position(_mail("Anna has sent you documents to sign", body), "en") == "Payroll Officer"


def test_a_transactional_mail_with_an_unsubscribe_link_still_has_its_title() -> None:
    body = "We have decided to move forward with another candidate for the Senior Designer, Payments role."
    unsubscribe = ("list-unsubscribe", "<https://ats.example/unsubscribe/1>")
    assert find_position(_mail("Your application", body, headers=(unsubscribe,)), "en") == ("Senior Designer, Payments")
    bulk = (unsubscribe, ("precedence", "bulk"))
    assert find_position(_mail("5 new jobs: Senior Designer", body, headers=bulk), "en") is None


ROUND4_BODY_CASES = [
    (
        "de",
        "Unser Angebot für dich als Zweiradmechaniker*in (Teilzeit):\n- 2.800 € brutto",
        "Zweiradmechaniker*in (Teilzeit)",
    ),
    (
        "en",
        "We'd like to move you to the next step for Site Reliability Engineer (Go).",
        "Site Reliability Engineer (Go)",
    ),
    ("en", "We would love you to lead our analytics work as our Analytics Engineer.", "Analytics Engineer"),
    ("sv", "Vi vill gärna att du börjar hos oss som ansvarig snickare.", "ansvarig snickare"),
    ("nn", "Takk for søknaden på stillinga som reinhaldar hjå oss.", "reinhaldar"),
]


@pytest.mark.parametrize(("lang", "body", "want"), ROUND4_BODY_CASES)
def test_reads_round4_body_phrases(lang: str, body: str, want: str) -> None:
    assert find_position(_mail("Hello", body), lang) == want


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        ("Change of time for your Warehouse Planner interview", "Warehouse Planner"),
        ("Your application for Signal Engineer (Req 5120)", "Signal Engineer"),
        ("Prøvedag hos Bakeriet – Konditor", "Konditor"),
        ("Runde to – Dataanalytiker – kundeinnsikt", "Dataanalytiker – kundeinnsikt"),
        ("Tiedote hakijalle: Lastentarhan opettaja, Kuusikon päiväkoti", "Lastentarhan opettaja"),
    ],
)
def test_reads_round4_subjects(subject: str, want: str) -> None:
    assert find_position(_mail(subject, "Hei."), "xx") == want


def test_rejects_a_title_cut_inside_its_bracket() -> None:
    mail = _mail("Next step: coding exercise (Data Engineer, Python)", "We'd like you to try the exercise.")
    assert find_position(mail, "en") is None


# --- round 5: workplaces after a comma, employers spelt as their domain, terms in brackets, calls to action ----


@pytest.mark.parametrize(
    ("subject", "want"),
    [
        # a named workplace after the comma places the job
        ("Kutsu haastatteluun: Lastenhoitaja, Päiväkoti Kielo", "Lastenhoitaja"),
        ("Einladung zum Gespräch – Erzieherin, Kita Sonnenblume", "Erzieherin"),
        ("Invitasjon til intervju - Lærer, Skolen Nordlys", "Lærer"),
    ],
)
def test_a_named_workplace_after_a_comma_is_dropped(subject: str, want: str) -> None:
    assert find_position(_mail(subject), "en") == want


def test_an_employer_written_as_its_domain_is_dropped_after_a_comma() -> None:
    mail = _mail("Sv: Ansökan – Frontendutvecklare, Åkerlund Kod", sender=Address("Per", "per@akerlundkod.se"))
    assert find_position(mail, "sv") == "Frontendutvecklare"


def test_the_terms_of_the_post_in_brackets_are_dropped() -> None:
    body = "Vi vil gjerne invitere deg til intervju for stillingen som barnevernspedagog (80 % vikariat)."
    assert find_position(_mail("Intervju", body), "nb") == "barnevernspedagog"


def test_a_call_to_action_is_never_a_title() -> None:
    assert find_position(_mail("Action required: please review your documents"), "en") is None


def test_a_moved_appointment_is_no_title_and_the_interview_names_its_job() -> None:
    body = "We need to move your phone interview for Senior Data Analyst, Risk. Sorry for the change."
    assert find_position(_mail("Change of time: your phone interview", body), "en") == "Senior Data Analyst, Risk"
    assert find_position(_mail("Change of time", "Your interview for Tuesday is moved."), "en") is None


def test_a_first_hire_names_its_role() -> None:
    body = "We'd love you to come on board as our first Support Engineer. Base is 50k."
    assert find_position(_mail("Re: Thanks", body), "en") == "Support Engineer"
