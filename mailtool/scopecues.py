"""Cue families that scope a sentence: negation, conditionals and hedges, past events."""

from __future__ import annotations

from mailtool.cues import Cue

# --- sentence scope ------------------------------------------------------------------------------------------

# Negation: a negated sentence invites to nothing ("we are not arranging interviews").
NEGATION = Cue(
    r"\b(?:not|no(?![-.])|never|ikke|ikkje|ingen|inte|ej|inga|nicht|kein\w*|emme|eivät|niet|geen|pas|jamais|nunca"
    r"|ningun[oa]?)\b|\b(?:don|doesn|didn|won|can|couldn|wouldn|isn|aren|wasn|weren|haven|hasn|shouldn)'t\b",
)
# Idioms that carry a negation word but do not negate ("don't hesitate", "glem ikke").
NOT_NEGATION = Cue(
    r"\bdo(?:n't| not) (?:hesitate|forget)\b|\bnot only\b|\bikke nøl\b|\bglem ikke\b|\bglöm inte\b"
    r"|\btveka inte\b|\bnicht nur\b|\bzögern sie nicht\b|\bvergessen sie nicht\b|\bvergeet niet\b"
    r"|\bn'hésitez pas\b|\bn'oubliez pas\b|\bno dudes\b|\bno olvides\b|\bikke tøv\b|\bnicht vergessen\b",
)
# Conditionals and hedges: what follows is hypothetical ("if shortlisted, we will invite you").
CONDITIONAL = Cue(
    r"\bif\b|\bunless\b|\bshould (?:you|we)\b|\bonce\b|\bas soon as\b|\bmight\b|\bsuccessful\b",
    r"\bhvis\b|\bdersom\b|\bom (?:du|vi|ni|det)\b|\bifall\b|\bnår vi\b|\bnär vi\b|\bkan komma att\b",
    r"\bwenn\b|\bfalls\b|\bsollten?\b|\bsobald\b|\bjos\b|\bmikäli\b",
    # "Kommen Sie für die nächste Runde infrage, ...": German puts the verb first instead of "wenn"
    r"\b(?:infrage|in frage) (?:kommen|kommst)\b|\binfrage\b|\bin die engere auswahl\b",
    r"\bindien\b|\bmocht(?:en)?\b|\bals (?:je|u|we|wij)\b|\bzodra\b",
    r"\bsi (?:vous|tu|nous)\b|\bs'il\b|\bau cas où\b|\bdès que\b|\bsi (?:te|le|eres|es)\b|\ben caso de\b",
)
# A past event: thanks for an interview that took place, "yesterday", "last week".
PAST = Cue(
    r"\bthank(?:s| you) for (?:attending|coming|meeting|taking|speaking|your time|the (?:interview|call|chat"
    r"|meeting|conversation))|\b(?:attended|yesterday|last week|earlier today|this morning|we spoke|we met)\b",
    r"\b(?:takk|tak) for (?:at du (?:deltok|kom|tok)|praten|samtalen|intervjuet|sist|de gode|første)"
    r"|\b(?:deltok|i går|igår|forrige uke|sidste uge|i formiddags|viser til intervju|med henvisning til)\b",
    r"\btack för (?:att du kom|att du deltog|samtalet|intervjun|senast)|\b(?:förra veckan|kom på intervju)\b",
    r"\b(?:danke|dank) für (?:das|den|ihren besuch|deinen besuch|die)\b|\b(?:gestern|letzte woche|wie am)\b",
    r"\bkiitos (?:vielä )?(?:eilisestä|tapaamisesta|haastattelusta)|\beilen\b",
    r"\b(?:bedankt|dank) voor (?:het gesprek|je komst|de gesprekken)|\b(?:gisteren|vorige week)\b",
    r"\bmerci pour (?:l'entretien|votre venue)|\bla semaine dernière\b|\bsuite à (?:notre|votre|l')",
    r"\bgracias por (?:la entrevista|venir|tu tiempo)|\b(?:ayer|la semana pasada)\b|\btras (?:las|la) entrevista",
)
