"""The employer's name: invented senders in several languages, plus a few dev-corpus regressions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailtool.company import find_company
from mailtool.parse import parse
from tests.mailmaker import make_mail

DEV = Path(__file__).parent / "data" / "dev"


@pytest.mark.parametrize(
    ("sender", "body", "want"),
    [
        # [Reads the employer from an ats display name]
        ("Nordlys Energi via Teamtailor <no-reply@nordlysenergi.teamtailor-mail.com>", "Hei!\n", "Nordlys Energi"),
        ("Brightwater Careers <careers-noreply@brightwater.com>", "Dear Kim,\n", "Brightwater"),
        ("Kestrel Foods Talent Acquisition <noreply@kestrelfoods.com>", "Hi,\n", "Kestrel Foods"),
        ("Falkenried Recruiting <bewerbung-noreply@mail.personio.de>", "Hallo,\n", "Falkenried"),
        ("Kommune Brekkefjord <noreply@webcruiter.no>", "Hei,\n", "Kommune Brekkefjord"),
        ("eFlow <no-reply@us.greenhouse-mail.io>", "Hi Kim,\n", "eFlow"),
        # [Writes a corporate domain as the mail writes the name]
        (
            "Ingrid Solberg <ingrid.solberg@fjellbyggeriet.no>",
            "Hei Kim,\n\nVi vil gjerne invitere deg til intervju.\n\nMvh\nIngrid Solberg\nFjellbyggeriet AS\n",
            "Fjellbyggeriet",
        ),
        (
            "Paul Okafor <paul@quillandpress.co.uk>",
            "Hi Kim,\n\nWe'd love to meet you.\n\nBest,\nPaul\nQuill and Press Ltd\n",
            "Quill and Press",
        ),
        (
            "Erik Lund <erik.lund@vasteras.se>",
            "Hej Kim,\n\nVälkommen på intervju.\n\nHälsningar\nErik Lund\nEnhetschef\nVästerås stad\n",
            "Västerås stad",
        ),
        (
            "Claire Dubois <claire.dubois@lumenis-conseil.fr>",
            "Bonjour Kim,\n\nMerci pour votre candidature chez Lumenis Conseil.\n\nCordialement\nClaire Dubois\n",
            "Lumenis Conseil",
        ),
        (
            "Anna Schmidt <anna.schmidt@bfs.bund.de>",
            "Guten Tag,\n\nMit freundlichen Grüßen\nAnna Schmidt\nBundesamt für Strahlenschutz (BfS)\n",
            "BfS",
        ),
        # [Prefers the fullest name the signature writes]
        # The signature writes the name to the left of the domain's spelling: a public body, a bank's full name.
        (
            "Ole Rud <ole.rud@kelmbach-stadt.de>",
            "Hallo,\n\nGrüße\nOle Rud\nLandeshauptstadt Kelmbach\nRingstr. 4, 30100 Kelmbach\n",
            "Landeshauptstadt Kelmbach",
        ),
        (
            "Kari Ness <kari.ness@fjm.no>",
            "Hei,\n\nMvh\nKari Ness\nSparebanken 2 FJM\nTlf. 900 00 000\n",
            "Sparebanken 2 FJM",
        ),
        # The domain abbreviates the name's last word.
        (
            "Wim Bos <w.bos@bosveld-install.nl>",
            "Beste Kim,\n\nGroet,\nWim Bos\nBosveld Installatiewerk B.V.\n",
            "Bosveld Installatiewerk",
        ),
        # The mail only ever writes the longer name.
        (
            "Amy Reed <amy.reed@kestrel.co.uk>",
            "Hi,\n\nThanks,\nAmy Reed\nRecruiter | Kestrel Marine Systems\n",
            "Kestrel Marine Systems",
        ),
        # [Expands a domain that abbreviates the name the mail writes]
        # Initials of the name's words, small joining words skipped.
        ("Dr. Ute Kranz <sekretariat@gsl-hagenau.de>",
         "Sehr geehrte Frau Berg,\n\nwir laden Sie ein.\n\nMit freundlichen Grüßen\nDr. Ute Kranz\nSchulleiterin\n"
         "Gymnasium Schloss am Lindenberg\nLindenweg 3\n", "Gymnasium Schloss am Lindenberg"),
        ("Lars Hed <lars.hed@hf.se>",
         "Hej Kim,\n\nVi erbjuder dig tjänsten.\n\nHälsningar\nLars Hed\nHR-specialist\nHögskolan i Fjällby\n",
         "Högskolan i Fjällby"),
        # Clipped words in any order: "sjødir" of "Direktoratet for sjøforsyning".
        ("Kari Ness <kari.ness@sjodir.no>",
         "Hei Kim,\n\nVi tilbyr deg stillingen.\n\nMed hilsen\nKari Ness\nDirektoratet for sjoforsyning\n",
         "Direktoratet for sjoforsyning"),
        # [A shop writing from free mail signs with its street]
        ("Konditori Mandel <konditorimandel@gmail.com>",
         "Hej Kim!\n\nVill du komma på en provdag?\n\nKram,\nEva Holm\nKonditori Mandel, Storgatan 12, Lund\n",
         "Konditori Mandel"),
        ("Salon Fjær <salongfjaer@hotmail.com>",
         "Hei Kim,\n\nVil du komme på intervju tirsdag?\n\nHilsen\nTone Berg\nSalong Fjær, Torggata 3, Oslo\n",
         "Salong Fjær"),
    ],
)  # fmt: skip
def test_names_the_employer_of_a_job_mail(sender: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body), job_mail=True) == want


def test_reads_the_employer_from_an_ats_system_address_when_the_display_name_is_empty() -> None:
    mail = make_mail("velora@myworkday.com", "Thank you for your interest in Velora.\n\nVelora Recruiting\n")
    assert find_company(mail, job_mail=True) == "Velora"


def test_reads_the_employer_from_an_ats_link() -> None:
    body = "Hi Kim,\n\nPlease accept your offer here: https://jobs.lever.co/quillbyte/offers/123\n\nCheers,\nAna\nQuillbyte\n"
    mail = make_mail("Ana Ruiz <no-reply@hire.lever.co>", body)
    assert find_company(mail, job_mail=True) == "Quillbyte"


def test_prefers_the_short_name_the_body_uses_over_the_longer_domain() -> None:
    body = (
        "Guten Tag,\n\nvielen Dank für Ihr Interesse an Brennwald.\n\nGrüße\nJan Roth\nBrennwald Logistik Holding AG\n"
    )
    mail = make_mail("Jan Roth <jan.roth@brennwaldlogistik.ch>", body)
    assert find_company(mail, job_mail=True) == "Brennwald"


def test_capitalises_a_domain_the_mail_never_writes_only_in_job_mail() -> None:
    mail = make_mail("Ola Berg <ola@saltvik.no>", "Passer torsdag kl. 14?\n\nOla\n")
    assert find_company(mail, job_mail=True) == "Saltvik"
    assert find_company(mail, job_mail=False) is None


def test_reads_the_employer_from_a_phrase_when_the_recruiter_writes_from_free_mail() -> None:
    body = "Hi Kim,\n\nI'd like to invite you to an interview at Harbourline Labs next week.\n\nBest,\nSam\n"
    mail = make_mail("Sam Patel <sam.patel.1984@gmail.com>", body)
    assert find_company(mail, job_mail=True) == "Harbourline Labs"
    assert find_company(mail, job_mail=False) is None


def test_a_friend_mentioning_an_employer_is_not_the_employer() -> None:
    body = "Hei!\n\nGratulerer med tilbudet fra Nordkraft! Ring meg.\n\nHilsen Pappa\n"
    assert find_company(make_mail("Arne Dahl <arne.dahl@online.no>", body), job_mail=False) is None


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        # [Names the agencys client or the agency]
        (
            "Sofie Berg <sofie.berg@randstad.se>",
            "Intervju hos Nordkraft – Projektledare",
            "Hej Kim,\n\nJag vill gärna träffa dig.\n\nHälsningar\nSofie Berg\nRandstad AB\n",
            "Nordkraft",
        ),
        (
            "Tom Hale <tom.hale@hays.co.uk>",
            "Interview request",
            "Hi Kim,\n\nMy client, a leading insurer in Leeds, would like to meet you.\n\nTom Hale\nHays\n",
            "Hays",
        ),
        (
            "Lena Vik <lena@talentbridge.no>",
            "Intervju",
            "Hei,\n\nVi rekrutterer for vår kunde Skagerak Data.\n\nMvh\nLena Vik\nTalentBridge AS\n",
            "Skagerak Data",
        ),
        (
            "Lena Vik <lena@talentbridge.no>",
            "Intervju",
            "Hei,\n\nStillingen er hos en av våre kunder i Bergen.\n\nMvh\nLena Vik\nTalentBridge AS\n",
            "TalentBridge",
        ),
        (
            "Jonas Weber <jonas.weber@hays.de>",
            "Telefoninterview",
            "Hallo,\n\nfür einen unserer Kunden in München suchen wir Sie.\n\nGrüße\nJonas Weber\nHays AG\n",
            "Hays",
        ),
        # [An unknown agency is recognised by what it writes]
        (
            "Mette Lund <ml@jobbroen.dk>",
            "Samtale",
            "Kære Kim\n\nJeg har vist dit CV til min kunde, Hvidsand Plast, og de vil gerne møde dig.\n\n"
            "Med venlig hilsen\nMette Lund\nJobbroen ApS\n",
            "Hvidsand Plast",
        ),
        (
            "Kai Brandt <kai.brandt@brandt-partner.de>",
            "Vorstellungsgespräch",
            "Hallo Kim,\n\nunser Mandant Kesselwerk Nord möchte Sie gern kennenlernen.\n\nGrüße\nKai Brandt\n",
            "Kesselwerk Nord",
        ),
        (
            "Sara Ek <sara.ek@rekrytera.se>",
            "Intervju",
            "Hej Kim,\n\nVår uppdragsgivare Norrsken Logistik vill träffa dig.\n\nHälsningar\nSara Ek\n",
            "Norrsken Logistik",
        ),
        (
            "Dan Frost <dan.frost@peakline.co.uk>",
            "Offer - Data Analyst, Marlow Water",
            "Hi Kim,\n\nI've just spoken with Marlow Water and they would like to offer you the role, based at the "
            "Reading office.\n\nDan Frost\nPeakline Recruitment Ltd\n",
            "Marlow Water",
        ),
        (
            "Dan Frost <dan.frost@peakline.co.uk>",
            "Interview",
            "Hi Kim,\n\nThe interview is at the Reading office.\n\nDan Frost\nPeakline is an employment agency.\n",
            "Peakline",
        ),
        # [A candidate that fails the gate falls through]
        # "a client workshop" is the employer's own client: no agency, and "Monday 3 May" is a date, not a client.
        (
            "Mira Holt <mira.holt@larchfielddata.com>",
            "Change of time",
            "Hi Kim,\n\nOur lead is stuck in a client workshop. Could we move from Monday 3 May at 10:00 to "
            "Wednesday 5 May?\n\nBest,\nMira Holt\nPeople Partner\nLarchfield Data Ltd\n",
            "Larchfield Data",
        ),
        # A recruiting word as the ATS host ("talent.icims.com") is no employer: the sender's own slug is.
        (
            "Pinecrest Mills Careers <pinecrestmills-careers@talent.icims.com>",
            "Your application",
            "Dear Kim,\n\nThank you for meeting us.\n\nKind regards,\nJo Vale\nPinecrest Mills\n",
            "Pinecrest Mills",
        ),
        # "SURNAME Given" with a particle is a person, not an organisation in capitals.
        (
            "LE BRIS Claire <c.lebris@atelier-vasseur.fr>",
            "Votre promesse d'embauche",
            "Bonjour,\n\nVeuillez trouver ci-joint votre promesse d'embauche.\n\nClaire Le Bris\nResponsable RH\n"
            "Atelier Vasseur\n",
            "Atelier Vasseur",
        ),
        (
            "VAN DER WAL Sanne <s.vanderwal@tulpenhof-bouw.nl>",
            "Aanbod",
            "Beste Kim,\n\nWe bieden je de functie aan.\n\nMet vriendelijke groet,\nSanne van der Wal\n"
            "Tulpenhof Bouw\n",
            "Tulpenhof Bouw",
        ),
        # [The full name as written]
        # The kind of organisation opens a compound ("Hospitalsenheden"): a name, not a founder's registered name.
        (
            "Mette Lund <mette.lund@kattegat-hospital.dk>",
            "Tilbud",
            "Kære Kim\n\nJeg tilbyder dig ansættelse ved Hospitalsenheden Kattegat, Grenaa.\n\nVenlig hilsen\n"
            "Mette Lund\nAfdelingsleder\nHospitalsenheden Kattegat\n",
            "Hospitalsenheden Kattegat",
        ),
        # The whole host, its ending too, spells the signature's name: "kjeld.studio" signed "Kjeld Studio AS".
        (
            "Siri Dahl <siri@kjeld.studio>",
            "Tilbud",
            "Hei Kim!\n\nVi vil gjerne ha deg med hos oss i Kjeld!\n\nHilsen\nSiri Dahl\n"
            "Daglig leder, Kjeld Studio AS\n",
            "Kjeld Studio",
        ),
        # [The fullest written form of a name]
        # A domain running a kind word on to the name: written apart.
        ("Ian Ross <ian@quillbanklabs.io>", "Interview", "Hi Kim - free for a call at 4?\n\nIan\n", "Quillbank Labs"),
        # A short form in the subject, the fuller one signed with the kind word.
        (
            "Ida Holm <ih@birkevang-friskole.dk>",
            "Velkommen på Birkevang?",
            "Hej Kim\n\nVelkommen til samtale.\n\nIda Holm\nSkoleleder, Birkevang Friskole\n"
            "Birkevang 7, 6000 Kolding\n",
            "Birkevang Friskole",
        ),
        # A university signed "University of X" behind the bare place name.
        (
            "Ann Lee <a.lee@harrowdale.ac.uk>",
            "Interview",
            "Dear Kim,\n\nWe would like to invite you to interview.\n\nAnn Lee\n"
            "University of Harrowdale | Mill Lane, Harrowdale HD1 2AB\n",
            "University of Harrowdale",
        ),
    ],
)
def test_names_the_employer_of_a_job_mail_with_its_subject(sender: str, subject: str, body: str, want: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=True) == want


def test_a_groups_sender_name_gives_way_to_the_division_the_mail_names() -> None:
    body = "Hei,\n\nVelkommen til intervju.\n\nHilsen\nTrine Moe\nPolaris Marine Systems AS\n"
    mail = make_mail("Polaris Gruppen <polaris@myworkday.com>", body)
    assert find_company(mail, job_mail=True) == "Polaris Marine Systems"


def test_bulk_mail_has_no_employer() -> None:
    headers = {"List-Unsubscribe": "<https://jobs.example.com/unsub>"}
    mail = make_mail("Jobfinder <alerts@jobfinder.example>", "12 new jobs at Acme\n", headers=headers)
    assert find_company(mail, job_mail=True) is None


def test_a_person_display_name_is_not_an_employer() -> None:
    mail = make_mail("Monika <m.keller@hartwig-bau.de>", "Hallo,\n\nGrüße\nMonika Keller\nHartwig Bau GmbH\n")
    assert find_company(mail, job_mail=True) == "Hartwig Bau"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("nb-110.eml", "Kongsberg Defence & Aerospace"),  # group sender, division in the signature
        ("da-107.eml", "Arla Foods"),  # agency for a named client
        ("sv-112.eml", "Manpower"),  # agency for an unnamed client
        ("de-115.eml", "Stadler"),  # the body's short name over the domain's longer one
        ("nb-104.eml", "reMarkable"),  # lower-case first letter as written
    ],
)
def test_dev_corpus_regressions(name: str, want: str) -> None:
    assert find_company(parse((DEV / name).read_bytes()), job_mail=True) == want


def test_a_consultancy_speaking_of_its_customers_is_not_an_agency() -> None:
    body = "Hei Kim,\n\nSom konsulent hos oss jobber du i prosjekter hos våre kunder, blant annet hos Statnord.\n"
    mail = make_mail("Per Lie <per.lie@fjordkonsult.no>", body + "\nMvh\nPer Lie\nFjordkonsult AS\n")
    assert find_company(mail, job_mail=True) == "Fjordkonsult"


def test_a_place_after_a_weak_preposition_gives_way_to_the_employer() -> None:
    body = "Hei,\n\nVi ønsker deg velkommen til intervju i Bergen hos Havbris Data neste uke.\n\nHilsen Tor\n"
    mail = make_mail("Tor Aas <tor.aas.77@hotmail.com>", body)
    assert find_company(mail, job_mail=True) == "Havbris Data"


@pytest.mark.parametrize(
    ("display", "want"),
    [
        ("Talent Team at Vindelf", "Vindelf"),
        ("Jobs @ Vindelf", "Vindelf"),
        ("Vindelf | Careers", "Vindelf"),
        ("Vindelf Hiring Team", "Vindelf"),
        ("Rekrytering Vindelf", "Vindelf"),
        ("Høgskulen på Nordfjord", "Høgskulen på Nordfjord"),
    ],
)
def test_reads_the_organisation_part_of_a_display_name(display: str, want: str) -> None:
    mail = make_mail(f'"{display}" <noreply@vindelf.example>', "Hello,\n\nThank you.\n")
    assert find_company(mail, job_mail=True) == want


def test_a_family_domain_spelling_the_senders_surname_is_not_an_employer() -> None:
    mail = make_mail("Eva Lindqvist <eva@lindqvist.se>", "Hej!\n\nGrattis till jobbet!\n\nKramar\nEva Lindqvist\n")
    assert find_company(mail, job_mail=False) is None


def test_an_employers_own_civil_service_sign_off_is_not_an_agency() -> None:
    body = "Guten Tag,\n\nwir bieten Ihnen die Stelle an.\n\nMit freundlichen Grüßen\nIm Auftrag\n\n"
    body += "Eva Kron\nStadt Kelmbach\n"
    mail = make_mail("Kron, Eva <eva.kron@kelmbach.de>", body)
    assert find_company(mail, job_mail=True) == "Stadt Kelmbach"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # The body writes the short name on its own: that is how the mail names the employer.
        ("Hi,\n\nThanks for your interest in Kestrel.\n\nAmy Reed\nKestrel Marine Systems Ltd\n", "Kestrel"),
        # A country or a code after the name marks a national entity.
        ("Hi,\n\nBest,\nAmy Reed\nKestrel Nordic AB\n", "Kestrel"),
        ("Hi,\n\nBest,\nAmy Reed\nKestrel CV AB\n", "Kestrel"),
        # "Group" ends a group's name; more words name one of its legal entities.
        ("Hi,\n\nBest,\nAmy Reed\nKestrel Group Bank AG\n", "Kestrel Group"),
        # A location line is not a signature's name line.
        ("Hi,\n\nPlace: Kestrel Marine, Dock Road 4\n\nAmy Reed\n", "Kestrel"),
    ],
)
def test_keeps_the_short_name_where_the_longer_one_is_not_how_the_mail_names_it(body: str, want: str) -> None:
    sender = "Amy Reed <amy.reed@kestrelgroup.com>" if "Group" in body else "Amy Reed <amy.reed@kestrel.com>"
    assert find_company(make_mail(sender, body), job_mail=True) == want


def test_a_no_reply_ats_mail_names_the_employer_by_the_address_the_body_gives() -> None:
    body = (
        "Hei Kim,\n\nVi innkaller deg til intervju. Panelet: seksjonsleder Eli Vang og en tillitsvalgt fra Tekna.\n\n"
        "Svar til eli.vang@kartverk.no.\n\nMed vennlig hilsen\nEli Vang\nseksjonsleder\nStatens kartverk\n"
    )
    mail = make_mail("Jobbnorge <noreply@jobbnorge.no>", body, subject="Innkalling til intervju")
    assert find_company(mail, job_mail=True, reply_to="eli.vang@kartverk.no") == "Statens kartverk"


def test_a_union_on_the_panel_is_not_the_employer() -> None:
    body = "Hei Kim,\n\nVelkommen til intervju med en tillitsvalgt fra Parat.\n\nHilsen\nEli\n"
    assert find_company(make_mail("Jobbnorge <noreply@jobbnorge.no>", body), job_mail=True) is None


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Tuva Lien <tuva.lien@online.no>",
            "Hei!\n\nHvordan gikk det i Lysaker i går? Blir det tilbud?\n\nKlem fra Tuva\n",
        ),
        ("Jonas Berg <jonas.berg@gmail.com>", "Hej!\n\nLycka till på intervjun hos Norrsken imorgon!\n\nJonas\n"),
    ],
)
def test_family_writing_about_an_interview_names_no_employer(sender: str, body: str) -> None:
    mail = make_mail(sender, body, to=f"Kim {sender.split()[1]} <kim@example.org>")
    assert find_company(mail, job_mail=True) is None


def test_the_writers_own_name_after_a_preposition_is_not_an_employer() -> None:
    mail = make_mail("Tuva Lien <tuva.lien@online.no>", "Hei!\n\nLykke til i morgen!\n\nKlem fra Tuva\n")
    assert find_company(mail, job_mail=True) is None


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        # [An invoice from a vendor names no employer]
        ("CV-Smia <faktura@cvsmia.se>", "Faktura 2027-11 från CV-Smia", "Hej!\n\nTack för att du valde CV-Smia.\n"),
        (
            "Prepwell <billing@prepwell.io>",
            "Your Prepwell receipt",
            "Receipt for Interview Coaching.\n\nPrepwell Ltd\n",
        ),
        ("Jobcoach Nord <post@jobcoachnord.de>", "Ihre Rechnung", "Hallo,\n\nanbei die Rechnung.\n\nJobcoach Nord\n"),
        # [A customers booking names no employer]
        (
            "Dekksenteret Lier <ikke-svar@booking.dekksenteret.no>",
            "Bekreftelse på time: dekkskift torsdag kl. 08:30",
            "Hei!\n\nTakk for bestillingen. Sted: Dekksenteret Lier, Kjellervegen 4.\n\nHilsen oss i Dekksenteret\n",
        ),
        (
            "Northway Tyres <bookings@northwaytyres.co.uk>",
            "Appointment confirmation - Tue 13 Apr 08:15",
            "Hi Kim,\n\nYour booking is confirmed for Tuesday at 08:15.\n\nThe Northway Tyres team\n",
        ),
    ],
)
def test_a_vendors_invoice_or_a_customers_booking_names_no_employer(sender: str, subject: str, body: str) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=False) is None


def test_a_colleagues_internal_mail_still_names_the_employer() -> None:
    body = "Hi both,\n\nCan we agree the interview rubric on Friday?\n\nThanks,\nAmy\n\n"
    body += "Amy Reed\nLead | Kestrel Insurance\n"
    mail = make_mail("Reed, Amy <amy.reed@kestrel.co.uk>", body, subject="Interview panel prep")
    assert find_company(mail, job_mail=False) == "Kestrel Insurance"


# Round 4: every candidate passes a sanity gate, and a failing one falls through to the next source.
def test_a_person_signing_through_an_e_sign_service_is_not_the_employer() -> None:
    body = (
        "Hej,\n\nHenrik Aalto (henrik.aalto@myrskyspel.se) på Myrsky Spelstudio AB har skickat ett dokument till dig."
        "\n\nVälkommen till Myrsky! /Henrik\n"
    )
    mail = make_mail("Henrik Aalto via Scrive <noreply@scrive.com>", body, "Anställningsavtal")
    # The address the body names spells the person; its domain spells the studio's name, cut short.
    assert find_company(mail, job_mail=True, reply_to="henrik.aalto@myrskyspel.se") == "Myrsky Spelstudio"


def test_a_display_name_adding_a_business_line_to_the_registered_name_gives_the_registered_name() -> None:
    body = (
        "Kære Kim\n\nVi vil gerne se dig til en 2. samtale.\n\nVenlig hilsen\nAnne Berg\nHR-konsulent\n"
        "Holm & Vester Statsautoriseret Revisionspartnerselskab\n"
    )
    mail = make_mail("Holm & Vester Revision <noreply@hr-manager.net>", body, "Invitation til 2. samtale")
    assert find_company(mail, job_mail=True) == "Holm & Vester"


def test_an_initialism_that_spells_a_person_is_no_employer() -> None:
    body = "Hi Kim,\n\nWe would like to invite you.\n\nBest,\nHanna Vik\n"
    # The bare label, not the person its letters spell.
    assert find_company(make_mail("Hanna Vik <hanna.vik@hv.io>", body), job_mail=True) == "Hv"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        ("JOIN <noreply@join.com>", "Neue Nachricht von Café Morgenrot",
         'Neue Nachricht von Café Morgenrot zu deiner Bewerbung\n\n"Hallo Kim, danke für deine Nachricht! Die Stelle '
         'ist noch offen. Viele Grüße, Jonas Morgen"\n\nAntworte direkt in JOIN.\n', "Café Morgenrot"),
        ("Jobbportalen <noreply@finn.no>", "Svar på søknaden din",
         "Fjordlys Bakeri har svart på søknaden din:\n\n> Hei Kim, takk for søknaden!\n> Hilsen Ola Strand\n",
         "Fjordlys Bakeri"),
        # A receipt or a rejection is no invitation or offer, but an ATS sends nothing but job mail: a team-signed
        # one names the employer on its signature.
        ("Jobbnorge <noreply@jobbnorge.no>", "Søknad",
         "Kjære Kim\n\nTakk for søknaden din på stillingen Forsker ved Nasjonalt senter for fjellforskning.\n\n"
         "Med vennlig hilsen\nHR-avdelingen\nNasjonalt senter for fjellforskning\n\n"
         "Denne e-posten kan ikke besvares.\n", "Nasjonalt senter for fjellforskning"),
        ("Kuntarekry <ala-vastaa@kuntarekry.fi>", "Søknad",
         "Hyvä Kim,\n\nKiitos hakemuksestasi.\n\nYstävällisin terveisin\nLiisa Mäki\nkoulun rehtori\n"
         "Pohjalahden kaupunki\n\nTähän viestiin ei voi vastata.\n", "Pohjalahden kaupunki"),
        ("Recruitee <no-reply@recruitee.com>", "Søknad",
         "Beste Kim,\n\nBedankt voor je sollicitatie.\n\nMet vriendelijke groet,\nTeam Recruitment\n"
         "Bloemgaard Zorg\n", "Bloemgaard Zorg"),
    ],
)  # fmt: skip
def test_an_ats_or_job_board_names_the_employer_it_relays_or_signs_for(
    sender: str, subject: str, body: str, want: str
) -> None:
    assert find_company(make_mail(sender, body, subject=subject), job_mail=False) == want


def test_the_platform_itself_is_never_the_employer() -> None:
    body = "Hallo Kim,\n\ndanke für deine Bewerbung.\n\nDu hast dich über JOIN beworben. Antworte in JOIN.\n"
    assert find_company(make_mail("JOIN <noreply@join.com>", body), job_mail=False) is None


def test_an_ats_footer_names_whom_it_sends_for() -> None:
    body = (
        "Hello Kim,\n\nCould we see you on Thursday instead?\n\nKind regards,\n\nAmy Reed\nTalent Partner\n"
        "Millbrook Lane Bakeries\n\n--\nThis message was sent via Jobvite on behalf of Millbrook Lane Bakeries.\n"
    )
    mail = make_mail("Amy Reed <notifications@jobvite.com>", body, reply_to="amy.reed@millbrooklane.co.uk")
    assert find_company(mail, job_mail=True) == "Millbrook Lane Bakeries"


def test_a_free_mail_writer_giving_her_own_address_names_no_shop() -> None:
    body = "Hej Kim!\n\nVill du komma på intervju?\n\nHälsningar\nEva Holm, Storgatan 12, Lund\n"
    assert find_company(make_mail("Eva Holm <eva.holm@gmail.com>", body), job_mail=True) is None


def test_a_team_for_a_kind_of_candidate_is_not_the_employers_name() -> None:
    mail = make_mail(
        "Brask & Holm Early Careers <brask@myworkday.com>",
        "Dear Kim,\n\nYou are invited to our assessment centre.\n\nKind regards,\nBrask & Holm\n",
        subject="Invitation: Assessment Centre",
    )
    assert find_company(mail, True) == "Brask & Holm"
