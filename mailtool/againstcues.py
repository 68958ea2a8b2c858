"""Cue families against a job message: rejections, receipts, alerts, marketing, bulk mail, personal mail."""

from __future__ import annotations

from mailtool.cues import Cue

# --- against -------------------------------------------------------------------------------------------------

REJECTION = Cue(
    r"\banother candidate\b|\bother candidates? who\w*\b|\bregret to inform\b|\bnot (?:be )?(?:progressing|moving"
    r" forward|proceeding)\b|\bnot been successful\b|\bunsuccessful\b|\bdecided to (?:proceed|go|move forward)"
    r" with (?:another|other|a different)",
    r"\b(?:anden|annen|annan|anderen?|andere) (?:kandidat\w*|person|bewerber\w*)\b|\btoisen hakijan\b",
    r"\bautre candidat\w*|\botro candidato\b|\botra candidata\b|\bandere kandida\w*",
    r"\bentschieden, die stelle\b|\babsage\b|\bpas été retenue?\b|\bno ha sido seleccionad\w*",
    # "decided not to move forward with your application" and its kin
    r"\bnot (?:to )?(?:move|moving|go|going) (?:forward|further|ahead) with (?:you|your)\b",
    r"\bikke (?:gå|å gå) videre med (?:deg|dig|din)\b|\binte (?:gå|att gå) vidare med (?:dig|din)\b",
    r"\bnicht (?:weiter )?berücksichtig\w*|\bgegen (?:sie|dich|ihre bewerbung) entschieden\b",
    r"\bniet (?:verder|door) (?:gaan )?met (?:je|jou|u|uw)\b|\bpas (?:pu )?donner (?:une )?suite\b",
    r"\bno (?:continuar|seguir) con tu candidatura\b|\bemme (?:voi )?jatka\w* kanssasi\b",
)
# Regret words: weak alone, a reschedule may start with "unfortunately".
REGRET = Cue(
    r"\b(?:unfortunately|desværre|dessverre|dessverre|diverre|tyvärr|leider|valitettavasti|malheureusement"
    r"|helaas|lamentablemente|desafortunadamente)\b",
)
RECEIPT = Cue(
    r"\breceived your application\b|\bapplication (?:has been |was )?received\b|\backnowledge receipt\b",
    r"\bmodtaget din ansøgning\b|\bfået dine (?:dokumenter|papirer)\b|\bmottatt søknaden\b"
    r"|\bsøknaden (?:din )?(?:er|ble) (?:mottatt|registrert)\b",
    r"\btagit emot din ansökan\b|\bmottagit din ansökan\b|\bvi har tagit emot\b",
    r"\beingang ihrer (?:bewerbung|unterlagen)\b|\beingangsbestätigung\b|\bbewerbung ist (?:bei uns )?eingegangen",
    r"\bvastaanott\w* hakemuksesi\b|\bhakemuksesi on vastaanotettu\b",
    r"\b(?:je|uw) sollicitatie (?:goed )?ontvangen\b|\bhebben (?:je|uw) sollicitatie\b",
    r"\bbien reçu votre candidature\b|\baccusons réception\b|\bhemos recibido tu (?:candidatura|solicitud)\b",
)
INVOICE = Cue(
    r"\b(?:receipt|invoice|amount paid|payment method|vat|kvittering|kvitto|faktura|rechnung|quittung|kuitti"
    r"|lasku|factuur|facture|factura)\b",
)
ALERT = Cue(
    r"\b\d+\s+(?:new|nye|nya|neue|uutta|nieuwe|nouvelles?|nuevos?|nuevas?)\s+(?:\w+\s+)?(?:jobs?|jobb\w*"
    r"|stillinger|stellen\w*|työpaikkaa|vacatures|offres|empleos|ofertas)\b",
    r"\bjobs? for you\b|\bmore jobs\b|\bmatching your search\b|\bmatch\w* din søgning\b|\bfor din søgning\b",
    r"\bför din sökning\b|\bjobb som matchar\b|\bfür ihre suche\b|\bjob ?alert\b|\bjobbagent\b|\bsøgeagent\b",
    r"\bjobmail\w*|\bjobbvarsel\b|\bhakuvahti\b|\bvacature-?alert\b|\balerte emploi\b|\balerta de empleo\b",
    r"\bsee all \d+ jobs\b|\balle \d+ (?:neuen )?jobs\b|\bse alle (?:jobber|job|resultater)\b|\bvisa alla jobb\b",
)
MARKETING = Cue(
    r"\bwebinar\w*|\bwebbinar\w*|\bwebinaari\w*|\bwebinaire\w*|\bseminario web\b|\bspecial offer\b",
    r"\b\d+\s?% (?:off|rabatt|rabat|korting|alennus|de (?:réduction|descuento))\b|\bmedlemstilbud\b",
    r"\bmedlemserbjudande\b|\bmitgliederangebot\b|\bdiscount\b|\bpromo code\b|\bnewsletter\b|\bnyhetsbrev\w*",
    r"\bnyhedsbrev\w*|\bkarrierebrev\w*|\buutiskirje\w*|\bnieuwsbrief\w*|\binfolettre\b|\bboletín\b",
    r"\bsave your seat\b|\bplatz sichern\b|\bmeld deg på\b|\banmäl dig\b|\btilmelding\b|\bregister now\b",
    r"\bfagkveld\b|\bopen house\b|\bcareer fair\b|\bkarrieremesse\b|\bjobbmässa\b",
)
UNSUBSCRIBE = Cue(
    r"\bunsubscribe\b|\bavregistrera\b|\babbestellen\b|\buitschrijven\b|\bdésabonner\b|\bdarse de baja\b",
    r"\bperuuta tilaus\b|\bmeld deg av\b|\bafmeld\w*:|\babmelden\b|\bopt[- ]out\b|\bemail preferences\b",
)
UNSUBSCRIBE_LINK = Cue(r"unsubscribe|afmeld|abmelden|avregistrera|opt-?out|/preferences|samtykker")
# The user as the interviewer: a colleague preparing interviews of "candidates".
INTERVIEWER_SIDE = Cue(
    r"\bcandidates\b|\bkandidater(?:ne)?\b|\bkandidaten\b|\bkandidat\*innen\b|\bbewerber\*innen\b|\bsøkere\w*"
    r"|\bansøgere\w*|\bsökande\b|\bhakijat\b|\bcandidats\b|\bcandidatos\b",
    r"\binterview ?(?:guide|leitfaden|scorecard)\w*|\bintervjuguide\w*|\bbewertungsmatrix\b|\bscorecard\w*",
)
# The addressee asked to take part as an interviewer: "would you sit in on", "kan du sitta med som intervjuare".
# Never the bare agent word: "stillingen som telefonintervjuer" is a job title a candidate is invited for.
INTERVIEWER_ASK = Cue(
    r"\bsit in (?:on|as|with)\b|\bjoin (?:me|us) (?:in|on|for) (?:the|an|this|a|her|his|their) (?:\w+ )?interview"
    r"|\bhelp (?:me |us )?(?:with (?:the )?)?interview(?:ing|s)?\b|\binterview (?:the|a|this|our|both|two|three)"
    r" (?:\w+ )?candidates?\b|\b(?:second|co-|fellow) ?interviewer\b|\bon the interview panel\b"
    # the addressee holds the interview: "you're running the system design interview for all three"
    r"|\byou(?:'re| are|'ll be| will be) (?:running|conducting|leading|doing|taking|owning) (?:\w+ ){0,4}?interview",
    # the addressee sits on the panel, or prepares it: "you're both on the panel for", "interview panel prep"
    r"\byou(?:'re| are)(?: both| all)? on the (?:\w+ )?panel\b|\b(?:interview )?panel (?:prep|preparation|briefing"
    r"|calibration|debrief)\b|\b(?:du|dere|ni|i) (?:er|är|sitter|sidder) (?:med )?i (?:intervju|interview)?panel\w*"
    r"|\b(?:du bist|sie sind|ihr seid) (?:\w+ )?(?:im|in der) (?:interview)?(?:panel|auswahlkommission)\b",
    r"\b(?:sitte|sidde|sitta|være|vere|vara) med (?:som|på|i|under) (?:\w+ )?(?:intervju\w*|interview\w*"
    r"|samtal\w*|jobsamtal\w*)|\bmed som (?:\w+ )?(?:intervjuer|intervjuare|interviewer|bisidder|bisittar)\b"
    r"|\b(?:du|dig|deg) (?:holder|leder|leda|håller) (?:\w+ ){0,3}?(?:intervju\w*|interview\w*)"
    r"|\bintervjue (?:kandidat\w*|søker\w*)|\binterviewe (?:kandidat\w*|ansøger\w*)|\bintervjua (?:kandidat\w*"
    r"|sökande)|\bmedintervjuar\w*|\bbisidder\b",
    r"\b(?:beim|bei dem|im) (?:\w+ )?(?:interview|gespräch|vorstellungsgespräch|bewerbungsgespräch)\w*[^.?!\n]{0,40}?"
    r"\bdabei\b"
    r"|\bals (?:\w+ )?(?:interviewer\w*|beisitzer\w*)\b|\bbeisitz\w*"
    r"|\b(?:sie|du) (?:leite\w*|übernehm\w*|übernimmst) (?:\w+ ){0,3}?(?:interview|gespräch)\w*",
    r"\bhaastattelemaan\b|\bhaastattelijaksi\b",
    r"\b(?:aanschuiven|aansluiten) bij (?:het|de) (?:\w+ )?(?:gesprek|interview|sollicitatiegesprek)\w*"
    r"|\bals (?:tweede )?(?:interviewer|gespreksleider)\b",
    r"\b(?:mener|conduire|faire passer) (?:l'|les |un |cet )?entretien|\bfaire partie du jury\b"
    r"|\ben tant que (?:second )?(?:recruteur|intervieweur|jury)\b",
    r"\bcomo entrevistador\w*|\b(?:realizar|hacer|llevar) (?:la |las )?entrevistas? (?:a|con) (?:el|la|los|las)"
    r" candidat|\bformar parte del (?:panel|tribunal)\b",
)
# Personal mail: hugs and kisses, parents; a recruiter never signs "klem".
PERSONAL = Cue(
    r"\b(?:klem|klemmer|kram|kramar|kramis|knus|hugs|xoxo|kisses|love you(?! to\b)|umarmung\w*|drück dich|halauksin"
    r"|halaus|knuffel\w*|kusjes|bisous|bises|besos|abrazos|un abrazo)\b",
    r"\b(?:mamma|pappa|mamá|papá|maman|mom|mum|dad|mutti|vati|äiti|isä|mormor|farmor|morfar|farfar)\b",
)

# An appointment with a carer or a service: a dentist's booking confirmation has a time and a calendar invite
# too. Counted only when the mail speaks of no job (a clinic hires nurses and interviews them).
CARE = Cue(
    r"\b(?:dentist\w*|dental|doctor|gp|clinic|physio\w*|optician|hygienist|vaccination|check-up|haircut"
    r"|hairdresser\w*|barber\w*|car service|service appointment|veterinar\w*|patient\w*)\b",
    r"\b(?:tandlæge\w*|tannlege\w*|tandläkar\w*|tandklinik\w*|tannklinikk\w*|tandvård\w*|tannhelse\w*"
    r"|tandpleje\w*|tandrens\w*|tannrens\w*|legen|legekontor\w*|legetime\w*|læge|lægen|lægehus\w*"
    r"|läkar\w*|vårdcentral\w*|fysioterapeut\w*|fysioterapi\w*|optiker\w*|frisør\w*|frisör\w*|dyrlæge\w*"
    r"|veterinær\w*|veterinär\w*|verksted\w*|værksted\w*|bilverkstad\w*|bilservice|pasient\w*|eftersyn"
    r"|syn av bil\w*|klinikk\w*|klinik\w*)\b",
    r"\b(?:zahnarzt\w*|zahnärzt\w*|arztpraxis|hausarzt\w*|ärztin|friseur\w*|kfz-werkstatt|werkstatt"
    r"|tierarzt\w*|patient\w*|hammaslääkär\w*|lääkär\w*|terveyskeskus\w*|kampaamo\w*|korjaamo\w*"
    r"|eläinlääkär\w*|tandarts\w*|huisarts\w*|kapper\w*|kapsalon\w*|dierenarts\w*|apk-keuring"
    r"|dentiste|médecin|cabinet médical|coiffeur|coiffure|vétérinaire|contrôle technique|dentista|médico|clínica"
    r"|peluquería|veterinari[oa])\b",
    # a bank's or an insurer's adviser confirms a meeting with a time too: "möte med din rådgivare", "Beratungstermin"
    r"\b(?:financial (?:advis[eo]r|planner)|mortgage\w*|bank (?:advis[eo]r|appointment)|insurance polic\w*"
    r"|(?:bank|finans|privat|kunde|pensjons|pensions)rådgiv\w*|rådgivningsmøte\w*|rådgivningsmöte\w*"
    r"|boliglån\w*|bolån\w*|realkredit\w*|forsikringsrådgiv\w*|försäkringsrådgiv\w*|beratungstermin\w*"
    r"|(?:bank|finanz|versicherungs|kunden)berater\w*|baufinanzierung\w*|pankkineuvo\w*|asuntolaina\w*"
    r"|sijoitusneuvo\w*|hypotheek\w*|(?:financieel|bank|hypotheek)adviseur\w*|financieel adviseur"
    r"|conseill(?:er|ère) (?:bancaire|financi\w*)|prêt immobilier|asesor financiero|asesora financiera"
    r"|hipoteca\w*)\b",
    # a tax adviser's or an accountant's meeting about the tax return: "møde om din årsopgørelse", "Steuerberater"
    r"\b(?:tax (?:return|advis[eo]r|adviser)|accountant|årsopgørelse\w*|selvangivelse\w*|skattemelding\w*"
    r"|skatterådgiv\w*|skatteråd\w*|deklaration\w*|skattedeklaration\w*|revisor\w*|steuerberat\w*"
    r"|steuererklärung\w*|einkommensteuer\w*|veroilmoitu\w*|veroneuvo\w*|tilitoimisto\w*|belastingaangifte\w*"
    r"|belastingadvies\w*|belastingadviseur\w*|boekhouder\w*|déclaration d'impôts?|expert-comptable|comptable"
    r"|declaración de la renta|asesor fiscal|asesora fiscal|gestoría)\b",
)
