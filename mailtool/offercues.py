"""Cue families for job offers: offer phrases, offer nouns, contracts, acceptance, salary and start."""

from __future__ import annotations

from mailtool.cues import Cue
from mailtool.lazyre import lazy

# --- offer ---------------------------------------------------------------------------------------------------

# "offer you", "tilbyde dig", "erbjuda dig", "Ihnen ... anbieten", "ofrecerte", hiring verbs.
OFFER_YOU = Cue(
    r"\boffer(?:ing)?\s+you\b|\b(?:make|extend|send)(?:ing)?\s+(?:you\s+)?(?:a|an)\s+(?:\w+\s+){0,2}offer\b",
    r"\btilby\w*\s+(?:\w+\s+){0,2}(?:dig|deg)\b|\b(?:give|gi)\s+(?:dig|deg)\s+(?:et\s+)?tilbud\b",
    r"\berbjud(?:a|er)\s+(?:\w+\s+){0,2}dig\b|\bge\s+dig\s+ett\s+erbjudande\b",
    r"\b(?:ihnen|dir)\b[^.?!\n]{0,120}?\ban(?:zu)?bieten\b|\bbiete[nt]?\s+(?:wir|ich)\s+(?:ihnen|dir)\b",
    r"\b(?:ihnen|dir)\s+(?:ein|unser)\s+(?:\w+\s+)?angebot\s+(?:zu\s+)?(?:machen|unterbreiten)\b",
    r"\btarjo(?:ta|amme|an)\s+sinulle\b",
    r"\bbied(?:en|t)\s+(?:we|wij|ik)\s+(?:je|u)\b|\b(?:je|u)\s+(?:een|het)\s+(?:\w+\s+){0,2}aan\s+te\s+bieden\b",
    r"\b(?:vous|te)\s+(?:proposer|offrir)\s+(?:le|un|ce)\s+poste\b|\bvous\s+(?:faire|adresser)\s+une\s+offre\b",
    r"\bofrecer(?:te|le)\b|\b(?:te|le)\s+ofrecemos\b",
)
# Verbs that mean "hire you": an offer by themselves.
HIRE_YOU = Cue(
    r"\bhire you\b|\bansætte dig\b|\bansette deg\b|\btilsetje deg\b|\banställa dig\b|\bsie einstellen\b",
    r"\bdich einstellen\b|\bpalkata sinut\b|\b(?:je|u)\b[^.?!\n]{0,30}?\baan(?:nemen| te nemen)\b",
    r"\bvous embaucher\b|\bvous recruter\b|\bcontratarte\b|\bcontratarle\b",
    # the verb at the end of the clause: "möchten wir Sie zum 1. Mai in Vollzeit einstellen"
    r"\b(?:sie|dich)\b(?:[^.?!\n]|(?<=\d)\.){0,100}?\beinstellen\b",
    # selected for the post itself (not for the next round): "has sido seleccionada para el puesto"
    r"\b(?:you(?:'ve| have) been|you were) (?:selected|chosen) (?:for|as) (?:the|our) (?:\w+ )?(?:position|role|job)\b"
    r"|\b(?:has|ha) sido seleccionad[oa] (?:para|como) (?:el|la) (?:puesto|plaza|posición|vacante|cargo)\b"
    r"|\b(?:vous avez|tu as) été (?:retenue?|sélectionnée?) (?:pour|comme) (?:le|ce) poste\b"
    r"|\b(?:sie|du) (?:wurden|wurdest|sind|bist) (?:für|als) (?:die|diese) (?:stelle|position) ausgewählt\b"
    r"|\b(?:je|u) (?:bent|is) (?:geselecteerd|gekozen) (?:voor|als) (?:de|deze) (?:functie|baan|positie)\b"
    r"|\bdu (?:har|er) (?:blitt|blivit|blevet|valgt|vald|utvald|udvalgt)\w* (?:ut |ud )?(?:til|till|som) (?:stillingen"
    r"|tjänsten|jobbet)\b|\bsinut on valittu (?:tehtävään|työhön|virkaan)\b",
    # the choice fell on the addressee: "die Wahl ist auf Sie gefallen", "valget har falt på deg"
    r"\b(?:wahl|entscheidung)\b[^.?!\n]{0,80}?\bauf (?:sie|dich) gefallen\b|\bvalget (?:har |er )?(?:falt|falle|faldet)"
    r" på (?:deg|dig)\b|\bvalet (?:har )?fallit på dig\b|\bkeuze is op (?:jou|u) gevallen\b|\bchoix s'est porté sur"
    r" (?:vous|toi)\b|\belección ha recaído en (?:ti|usted)\b|\bvalinta (?:on )?kohdistu\w* sinuun\b"
    r"|\b(?:chosen|selected) you (?:for|as) (?:the|our) (?:new )?(?:position|role|job)\b",
    # the hire confirmed, often subject to a council's or a board's approval: "pleased to confirm your employment"
    r"\bconfirm (?:your|the) (?:employment|appointment to the (?:role|position))\b(?! (?:history|status|dates?)\b)"
    r"|\bbekrefte (?:ansettelsen|tilsetjinga|tilsettinga|din ansettelse)\b|\bbekræfte (?:din )?ansættelse\w*"
    r"|\bbekräfta (?:din )?anställning\w*|\b(?:ihre|deine) einstellung (?:zu )?bestätigen\b"
    r"|\b(?:je|jouw|uw) (?:aanstelling|indiensttreding) (?:te )?bevestigen\b"
    r"|\bconfirmer votre (?:embauche|recrutement)\b"
    r"|\bconfirmar (?:tu|su) contratación\b|\bvahvista\w* työsuhtee\w*",
)
# Wanting the addressee in the team: "we'd love to have you on board", "vi vil gjerne ha deg med som utvikler".
JOIN_US = Cue(
    r"\b(?:want|have|welcome|bring)\s+you\s+(?:on board|aboard|on (?:the|our) team|to (?:the|our) team|in (?:the"
    r"|our) team)\b|\byou\s+join(?:ing)?\s+(?:us|the team|our team)\b",
    r"\b(?:ha|få)\s+(?:deg|dig)\s+(?:med|ombord|på laget|på teamet|i teamet)\b|\bhave dig (?:med|ombord|på holdet)\b"
    r"|\b(?:ønske|byde) (?:deg|dig) velkommen (?:til|som|i|på)\b|\bvälkomna dig (?:till|som|i)\b",
    r"\b(?:sie|dich)\b[^.?!\n]{0,40}?\b(?:an bord|im team|in unserem team|bei uns|als)\b[^.?!\n]{0,45}?"
    r"\b(?:haben|begrüßen|willkommen heißen)\b",
    r"\bsinut (?:mukaan )?(?:tiimiin|joukkoomme|taloon)\b|\btoivottaa sinut tervetulleeksi\b",
    r"\b(?:je|u) (?:graag )?(?:aan boord|in ons team|bij ons) (?:hebben|verwelkomen)\b|\b(?:je|u) (?:graag )?"
    r"verwelkomen als\b",
    r"\b(?:vous|t')\s?accueillir (?:dans|au sein|parmi)|\bvous compter parmi\b",
    r"\btenerte (?:en el equipo|con nosotros|a bordo)\b|\bdarte la bienvenida (?:al equipo|como)\b"
    r"|\bcontar contigo (?:en|como)\b",
    # "we'd love you to join", "we want you to join us as": the wish told without the word offer
    r"\b(?:love|like|want)\s+(?:for\s+)?you\s+to\s+(?:join|come on board|come aboard|be part of (?:the|our) team)\b"
    r"|\b(?:love|like) to have you join\b",
    # "vi vil gerne have dig som ny butikschef": the role follows, AS_ROLE weighs it
    r"\b(?:have|ha|få) (?:deg|dig) som\b|\bhave you as (?:our|a|the)\b|\bgraag als\b"
    r"|\b(?:vous|t') avoir (?:comme|parmi)\b|\btenerte como\b",
    r"\b(?:ha|have) (?:deg|dig) (?:hos oss|hos os|med oss|med os)\b|\bat du (?:blir|bliver) en del af\b"
    r"|\batt du (?:ansluter|börjar hos oss)\b|\bdass (?:sie|du) (?:zu uns kommen|unser team verstärk\w*)\b"
    r"|\bhaluamme sinut\b|\bdat (?:je|u) (?:bij ons )?(?:komt|komen) werken\b|\bque (?:vous|tu) (?:nous )?rejoign\w*"
    r"|\bque te unas (?:a|al)\b",
)
# Naming the addressee's role in the team: "som backend-utvikler", "as our new analyst".
AS_ROLE = lazy(
    r"\b(?:as|som|als|comme|como|kuin|en tant que)\s+(?:(?:our|a|an|the|new|vår|vores|ny|nye|unse\w+|neue\w*|onze"
    r"|nieuwe|notre|nouvel\w*|nuestr[oa]|nuev[oa])\s+){0,2}\w{4,}"
)
# The employment contract promised or sent: "den formelle kontrakten kommer", "Ihr Arbeitsvertrag".
CONTRACT_NOUN = Cue(
    r"\b(?:employment|formal|written)\s+contract\b|\bcontract of employment\b|\bformelle kontrakt\w*",
    r"\barbeidsavtale\w*|\barbeidskontrakt\w*|\bansættelseskontrakt\w*|\bansættelsesaftale\w*|\banställningsavtal\w*",
    r"\barbeitsvertrag\w*|\bvertragsunterlagen\b",
    r"\btyösopimu\w*|\barbeidsovereenkomst\w*|\barbeidscontract\w*|\bcontrat de travail\b",
    r"\bcontrato (?:de trabajo|laboral)\b|\bemployment (?:agreement|documents)\b|\bansettelseskontrakt\w*"
    r"|\bansettelsesavtal\w*|\btilsetjingsavtal\w*|\banställningskontrakt\w*|\bansættelsesdokument\w*",
)
# The offer named as such: "offer letter", "Tilbud om stilling", "Einstellungszusage", "Työtarjous".
OFFER_NOUN = Cue(
    r"\b(?:job|employment|formal|written|conditional|your|updated|revised|verbal)\s+offer\b"
    r"|\boffer (?:letter|of employment)\b",
    # an offer revised after the candidate's counter-offer: only a job offer is revised in a thread
    r"\b(?:uppdatera|revidera|justera|ändra)t erbjudande\b|\b(?:oppdatert|revidert|justert|endret|opdateret"
    r"|revideret|justeret|ændret) tilbud\b|\b(?:überarbeitet|aktualisiert|angepasst|geändert)\w* angebot\b"
    r"|\b(?:päivitet|tarkistet|uusit)\w* tarjou\w*|\b(?:herzien|aangepast|bijgewerkt)e? aanbod\b"
    r"|\boffre (?:révisée|actualisée|mise à jour|modifiée)\b|\boferta (?:revisada|actualizada|modificada)\b",
    r"\btilbud om (?:stilling|ansættelse|ansettelse|jobb|arbeid|fast)\w*|\btilbod om (?:tilsetjing|stilling)\w*",
    r"\bjobbtilbud\w*|\btilbuds?brev\w*|\btilbodsbrev\w*|\bansættelsesbrev\w*|\b(?:tilsettings|tilsetjings"
    r"|ansettelses|anställnings)brev\w*|\banställningserbjudande\w*",
    # a proposal of the terms of employment: what Dutch and German employers call the offer
    r"\barbeidsvoorwaardenvoorstel\w*|\bvoorstel (?:van |voor )?(?:de |je |uw )?arbeidsvoorwaarden\b"
    r"|\bvertragsvorschlag\w*|\b(?:contract|employment) proposal\b|\bproposition de contrat\b"
    r"|\bpropuesta de contrato\b",
    r"\berbjudande om anställning\b|\bditt erbjudande från\b|\bjobberbjudande\b",
    r"\b(?:vertrags|job|stellen|arbeits)angebot\w*|\beinstellungszusage\b|\btyötarjou\w*",
    r"\b(?:je|jouw|uw) aanbod\b|\b(?:contract|baan)aanbod\b",
    r"\boffre d'emploi\b|\bpromesse d'embauche\b|\bproposition d'embauche\b",
    r"\boferta (?:de empleo|de trabajo|laboral)\b|\bcarta de oferta\b",
)
# A bare offer word: weak, marketing uses it too ("special offer", "ditt personliga erbjudande").
OFFER_WORD = Cue(r"\b(?:offer|tilbud|tilbod|erbjudande|angebot|tarjous|aanbod|offre|oferta)\b")
CONTRACT_FILE = Cue(
    r"offer|tilbud|tilbod|erbjudande|avtal|kontrakt|contract|vertrag|angebot|zusage|ansættelse|ansettelse"
    r"|tilsetting|arbeidsvoorwaarden"
    r"|työsopimus|tarjous|aanbod|overeenkomst|contrat|oferta|contrato",
)
OFFER_LINK = Cue(r"/offers?/|/aanbod/|/ofertas?/|/tilbud/|/erbjudande/|/angebot/")
# Asking the candidate to accept or sign.
ACCEPT = Cue(
    r"\baccept(?:ing)?\s+(?:or decline\s+)?(?:the|this|your|our|my)?\s*offer\b|\bto accept\b"
    r"|\bsign (?:and return )?(?:the|your) (?:letter|offer|contract)|\bsign electronically\b",
    r"\baccept\w* tilbuddet\b|\bsiger? (?:du )?ja\b|\bsagt ja\b|\bmodtage stillingen\b|\bdigital underskrift\b",
    r"\baksept\w* tilbudet\b|\btakker (?:du )?ja\b|\bsier (?:du )?ja\b|\btar imot (?:stillingen|tilbudet)",
    r"\btek imot tilbodet\b|\bsigner\w* arbeidsavtalen\b",
    r"\baccepter\w* (?:erbjudandet|det)\b|\btackar (?:du )?ja\b|\bsäger (?:du )?ja\b|\bskriv under\b",
    r"\b(?:die stelle|das angebot|die position) an(?:nehmen|zunehmen)\b|\baccept the (?:position|role|job)\b"
    r"|\bfirma(?:r|la)? la propuesta\b|\b(?:firmar|aceptar) (?:la|nuestra) propuesta\b"
    r"|\bangebot an(?:nehmen|zunehmen)\b|\b(?:ihre|deine) zusage\b|\bunterschreiben sie\b|\bsignen\b"
    r"|\bdigitalen unterschrift\b",
    r"\btarjouksen vastaan\b|\ballekirjoitettavaksi\b",
    r"\b(?:'ja'|ja) zegt\b|\baanbod (?:accepteren|aannemen)\b|\bdigitaal (?:te )?ondertekenen\b",
    r"\baccepter (?:l'offre|notre offre|la proposition|cette offre)|\bsigner (?:le|votre) contrat\b",
    # return it signed: "ondertekend retour", "unterschrieben zurück", "return the signed copy"
    r"\b(?:ondertekend|getekend) (?:retour|terug)\b|\bunterschrieben (?:an uns )?zurück\b|\breturn (?:it |the"
    r" \w+ )?signed\b|\bsigned copy\b|\b(?:underskrevet|underskriven|signert|signerad) (?:retur|tilbage|tilbake"
    r"|tillbaka)\b|\ballekirjoitettuna takaisin\b|\bsigné\w* en retour\b|\bfirmad[oa] de vuelta\b",
    r"\b(?:tu|su) aceptación\b|\baceptar (?:la|nuestra) oferta\b|\bfirmar el contrato\b",
    # an e-signature request for the employment papers: "review and sign: Employment Agreement", "bitte signieren"
    r"\b(?:sign|signer|signere|signera|underskriv\w*|unterschreib\w*|unterzeichn\w*|signier\w*|allekirjoit\w*"
    r"|onderteken\w*|firmar\w*)\b[^?!]{0,60}?\b(?:employment (?:agreement|contract|documents)|arbeitsvertrag\w*"
    r"|ansettelseskontrakt\w*|arbeidsavtal\w*|ansættelseskontrakt\w*|anställningsavtal\w*|työsopimu\w*"
    r"|arbeidsovereenkomst\w*|contrat de travail|contrato de trabajo)",
)
# The pay, in the definite and compound forms a casual offer uses ("Lønnen bliver", "bruto maandsalaris").
SALARY = Cue(
    r"\b(?:salary|base|pay|lønn|lønna|lønnen|løn|månedsløn\w*|årslønn\w*|bruttolønn\w*|timeløn\w*|lön|lönen"
    r"|månadslön\w*|årslön\w*|timlön\w*|gehalt\w*|jahreslohn|jahresbruttogehalt|stundenlohn|vergütung|palkka\w*"
    r"|salaris|maandsalaris|jaarsalaris|brutosalaris|loon|salaire|salario|sueldo)\b",
)
# The start: a start date named, or the addressee asked when they can start ("Kan du starte 1. september?").
START = Cue(
    r"\b(?:start date|start|tiltrædelse|tiltredelse|tiltreding|oppstart|tillträdesdag|tillträde|beginn"
    r"|eintritt|aloitus|startdatum|indiensttreding|date de début|prise de poste|incorporación)\b",
    r"\b(?:can you|could you|kan du|kunne du|kan ni|können sie|kannst du|kun je|kunt u|voitko|pourriez-vous"
    r"|pouvez-vous|puedes|podrías) (?:[\w.]+ ){0,3}?(?:start|starte|starta|begynde|begynne|byrje|börja|anfangen"
    r"|beginnen|starten|aloittaa|commencer|empezar|comenzar)\b",
    r"\b(?:first day|første (?:arbeids|arbejds)dag|första arbetsdag\w*|erster arbeitstag|ensimmäinen työpäivä"
    r"|eerste werkdag|premier jour|primer día)\b",
)
# The contract promised: "så laver jeg kontrakten", "I'll send the contract", "der Vertrag folgt".
CONTRACT_TO_COME = Cue(
    r"\b(?:send|sende|sender|skicka\w*|laver|lave|lage|lager|skriver|schick\w*|sende\w*|stuur\w*|lähet\w*|envoi\w*"
    r"|envi\w*|enví\w*|prepare|draw up|udarbejde\w*|bereite\w*|maak|opstellen|valmistel\w*|prépar\w*|prepar\w*)"
    r"\b[^.?!\n]{0,30}?\b(?:kontrakt\w*|avtal\w*|arbeidsavtal\w*|vertrag\w*|contract\w*|contrat|contrato"
    r"|sopimu\w*|overeenkomst)",
    r"\b(?:kontrakt\w*|avtal\w*|vertrag\w*|contract\w*|contrat|contrato|sopimu\w*|overeenkomst)\b[^.?!\n]{0,25}?"
    r"\b(?:kommer|følger|følgjer|följer|folgt|follows?|to follow|suivra|volgt|tulee|llegará|skickas|sendes"
    # the object put first, as Nordic and German word order allows: "kontrakten sender jeg i morgen"
    r"|sender|sende|skickar|schick\w*|sende\w*|stuur\w*|laver|lager)\b",
)
