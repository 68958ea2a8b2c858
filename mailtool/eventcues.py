"""Cue families for interviews that are not called one: trial lectures and test days, a chat or a visit with a
hiring manager, a bare "can you do Thursday?", and the reply to an application that carries them.

Hiring managers of small firms rarely write "interview": they answer the application from their phone with
"come by the office and we'll have a chat". Universities and schools invite to a trial lecture, shops and
kitchens to a trial day. Patterns run on lower-cased text, like every family in `cues`.
"""

from __future__ import annotations

from mailtool.cues import Cue

# An event that plays the part of an interview: a trial lecture, a teaching sample, a trial or test day.
# Searched anywhere ("hochschulöffentlichen Probevortrag"); never "Probezeit" or "prøvetid" (a probation period).
EVENT = Cue(
    r"berufungsvortrag|probevortrag|probevorlesung|lehrprobe|probelektion|probeunterricht|probearbeit|probetag"
    r"|schnuppertag|hospitation|prøveforelesning|prøveforelesing|prøveforelæsning|prøveundervisning|prøvetime"
    r"|prøvedag|prøvevagt|prøvevakt|provföreläsning|provlektion|provundervisning|provdag|provpass"
    r"|trial (?:lecture|lesson|day|shift)|test day|teaching (?:demo|sample)|demo lesson|sample lesson|job talk"
    r"|koeluen|opetusnäyt|näytetun|koetun|koepäiv|työkoe|työkoke|proefcollege|proefles|proefdag|meeloopdag"
    r"|leçon d'essai|cours d'essai|journée d'essai|mise en situation|clase (?:de prueba|muestra)"
    r"|(?:día|jornada) de prueba",
    # the texts one of which every match holds: a mail with none of them is not scanned at all
    needs=tuple(
        (
            "vortrag|vorlesung|probe|prøve|prov|trial|test|lesson|teaching|job talk"
            "|schnupper|hospitation|koe|koke|näyt|proef|meeloop|essai|mise en|clase|prueba"
        ).split("|")
    ),
)

# A take-home, coding or case exercise: an assessment the candidate is invited to, even when the mail gives only the
# deadline to hand it in. Never a bare "task" or "case": every work mail has those. Not "case study" either: a
# marketing mail offers one to read.
EXERCISE = Cue(
    r"\b(?:take-home|take home|coding|programming|case) (?:exercise|assignment|challenge|task)s?\b"
    r"|\b(?:technical|practical|written|home) (?:exercise|assignment)s?\b",
    r"\b(?:case|hjemme|kode|programmerings|hem|kod)(?:oppgave|oppgåve|opgave|uppgift)\w*",
    r"\b(?:case|coding|programmier)-?aufgabe\w*|\b(?:ennakko|koti|koodaus|case-?)tehtäv\w*",
    r"\b(?:thuis|case|programmeer)-?opdracht\w*|\bexercice (?:technique|pratique|de code|à la maison)\b"
    r"|\bcas pratique\b|\b(?:ejercicio|reto) (?:técnico|práctico|de programación|para casa)\b|\bcaso práctico\b",
    needs=(
        "exercise",
        "assignment",
        "challenge",
        "task",
        "oppgave",
        "oppgåve",
        "opgave",
        "uppgift",
        "aufgabe",
        "tehtäv",
        "opdracht",
        "exercice",
        "cas pratique",
        "ejercicio",
        "reto",
        "caso práctico",
    ),
)

# A chat, a coffee or a visit: a meeting in a job mail only ("så tar vi en prat", "schauen Sie vorbei").
# A friend proposes the same, so `reading` counts these only when the mail speaks of a job or an application.
CHAT = Cue(
    r"\b(?:chat|talk|catch up|coffee|prat|prate|snak|snakke|snakkes|fika|kaffe|snack|snacka|snackas|prata"
    r"|plaudern|sprechen|unterhalten|kaffee|jutella\w*|jutustella|kahvi\w*|praten|kletsen|bakje koffie|café"
    r"|échanger|discuter|charlar|charla)\b",
    # a visit: "kom innom kontoret", "kig forbi", "schauen Sie vorbei", "drop by", "kom even langs"
    r"\b(?:come|drop|stop|pop) (?:by|in|over)\b|\bkom\w* (?:innom|forbi|förbi)\b|\b(?:stikk|stikke|titt|titte"
    r"|titta|kig|kigge|kik) (?:innom|forbi|förbi)\b|\bvorbei(?:zu)?(?:kommen|schauen)\b"
    r"|\b(?:schau|komm)\w*\b[^.?!\n]{0,60}?\bvorbei\b|\btule\w* käymään\b|\bpoikkea\w*"
    r"|\bkom\w* (?:even )?langs\b|\blangs te komen\b"
    r"|\bpasser (?:nous voir|au bureau|à l'agence)\b|\bpása(?:te|se) por\b|\bpasar por (?:la|nuestra) oficina\b",
)

# "Can you do Thursday?": availability asked with a day and no verb of suiting; read only with a clock time.
_DAYS = (
    r"(?:on |på |am |op |el |le )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|mandag|tirsdag|onsdag"
    r"|torsdag|fredag|måndag|tisdag|tysdag|i morgen|imorgen|i morgon|imorgon|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|lundi|mardi|mercredi|jeudi|vendredi|demain"
    r"|lunes|martes|miércoles|jueves|viernes|mañana|maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina"
    r"|huomenna)\b"
)
DAY_ASK = Cue(
    r"\b(?:can|could) you (?:make |manage )?" + _DAYS,
    r"\b(?:kan|kunne|kunde) (?:du|dere|de|ni|i) (?:\w+ )?" + _DAYS,
    r"\b(?:können|könnten) sie (?:\w+ )?" + _DAYS + r"|\b(?:kannst|könntest) du (?:\w+ )?" + _DAYS,
    r"\b(?:geht|ginge|passt|passer|passar|past|schikt) (?:es |det |het |dir |ihnen |je |u )?" + _DAYS,
    r"\b(?:kun je|kunt u|kan je) (?:\w+ )?" + _DAYS,
    r"\b(?:tu peux|vous pouvez|pouvez-vous|peux-tu) " + _DAYS,
    r"\b(?:puedes|puede|podrías|podría) (?:venir )?" + _DAYS,
    r"\b(?:voitko|voisitko|pääsetkö|pääsisitkö|sopiiko|ehditkö) (?:\w+ )?" + _DAYS,
)

# Thanks for the application: the sender answers the candidate's application ("Takk for søknaden").
APPLICATION_THANKS = Cue(
    r"\bthank(?:s| you) for (?:your |the )?(?:application|applying|interest in)\b",
    r"\b(?:takk|tak|tack) (?:for|för) (?:søknaden|søknaden din|din søknad|søknad|ansøgningen|din ansøgning"
    r"|ansökan|din ansökan|ansökningen|søknaden di|søknaden)\b",
    r"\bdank für (?:ihre|deine|die) bewerbung\b|\bdanke für (?:ihre|deine|die) bewerbung\b",
    r"\bkiitos hakemuksesta\w*|\bkiitos (?:kun )?hait\w*",
    r"\b(?:bedankt|dank) (?:je |u )?voor (?:je|jouw|uw|de) sollicitatie\b",
    r"\bmerci (?:pour|de) (?:votre|ta) candidature\b|\bgracias por (?:tu|su) (?:candidatura|postulación|solicitud)\b",
)
