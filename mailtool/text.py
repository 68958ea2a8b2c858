"""Set aside quoted replies, signatures and legal disclaimers (cues in en/nb/nn/sv/da/de/fi/fr/nl/es)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from mailtool.signoff import signature_start

# Patterns are lower-case and meet lower-cased text: re.IGNORECASE makes these alternations ~8x slower.

# The verb of a reply's attribution line in each language, as mail clients write it: "On ..., Anna <a@x> wrote:",
# "tir. 5. maj 2026 kl. 21.32 skrev Sara <s@x>:", "Am 20.01.2027 um 21:37 schrieb ...:", "Le ... a écrit :",
# "El ..., Ana (<a@x>) escribió:", "Op ... schreef ...:" / "... heeft ... het volgende geschreven:", "... kirjoitti:".
_ATTRIBUTION_VERB = re.compile(
    r"\b(wrote|writes|skrev|skreiv|schrieb|a\s+écrit|escribió|escribio|schreef|geschreven|kirjoitti)\b",
)
_ATTRIBUTION_END = re.compile(r":\s*$")
_HAS_DATE_OR_ADDRESS = re.compile(r"\d|@")
# Outlook-style separators above a quoted or forwarded message, in the ten languages.
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|opprinnelig melding|oprindelig meddelelse|"
    r"ursprungligt meddelande|oorspronkelijk bericht|originalbericht|message d'origine|mensaje original|"
    r"alkuperäinen viesti|forwarded message|videresendt melding|videresendt meddelelse|weitergeleitete nachricht|"
    r"vidarebefordrat meddelande|message transféré|mensaje reenviado|doorgestuurd bericht|välitetty viesti)",
)
# "From:/Sent:/To:/Subject:" blocks and their local names ("Fra:/Sendt:/Til:/Emne:", "Von:/Gesendet:/An:/Betreff:",
# "De :/Envoyé :/À :/Objet :", "Van:/Verzonden:/Aan:/Onderwerp:", "Lähettäjä:/Lähetetty:/Vastaanottaja:/Aihe:").
_HEADER_BLOCK_FROM = re.compile(r"^\s*\*?(from|fra|från|von|de|van|lähettäjä|frå)\s*:\*?\s+\S")
_HEADER_BLOCK_NEXT = re.compile(
    r"^\s*\*?(sent|sendt|skickat|gesendet|envoyé|enviado|enviado el|verzonden|lähetetty|date|dato|datum|fecha|"
    r"päivämäärä|to|til|till|an|à|a|para|aan|vastaanottaja|cc|kopi|kopia|kopie|subject|emne|ämne|betreff|objet|"
    r"asunto|onderwerp|aihe)\s*:",
)
_RULE = re.compile(r"^\s*_{10,}\s*$")

# Boilerplate: legal notices (often English under local text) and bulk-mail footers. A notice names at least two
# of these ("confidential" + "intended recipient", "konfidensiell" + "ved en feil"), so that a sentence that merely
# says "confidential" stays.
_LEGAL = re.compile(
    r"confidential|intended (solely |only )?for|intended recipient|addressee|privileged|in error|by mistake|"
    r"konfidensiell|taushetsbelagt|fortrolig|ved en feil|ved en fejl|mottakeren|modtageren|"
    r"konfidentiell|sekretessbelagd|av misstag|adressaten|vertraulich|nicht der richtige adressat|irrtümlich|"
    r"luottamuksellinen|virheellisesti|erehdyksessä|destinataire|par erreur|vertrouwelijk|geadresseerde|"
    r"per abuis|confidencial|destinatario|por error|consider the environment|before (you )?print",
)
_BULK_FOOTER = re.compile(
    r"unsubscribe|you are receiving|you received this|avmeld|meld deg av|avslutt abonnement|du (mottar|får) denne|"
    r"avsluta prenumeration|avregistrera|du får det här|abmelden|abbestellen|sie erhalten diese|afmeld|"
    r"du modtager|se désabonner|désinscri|vous recevez|darse de baja|darte de baja|recibes este|uitschrijven|"
    r"afmelden|je ontvangt deze|peruuta tilaus|saat tämän",
)
# A meeting-join block that Outlook or Teams appends between two rules of underscores.
_MEETING_BLOCK = re.compile(r"teams\.microsoft\.com|zoom\.us/|meet\.google\.com|webex\.com")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Split:
    """A body cut into what was written now and what was set aside."""

    new_text: str
    quoted_text: str
    body: str
    signature: str


def split(text: str) -> Split:
    """Cut a plain-text body into new text, quoted thread, decisive body and signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = quote_start(lines)
    quoted = "\n".join(lines[cut:]).strip()
    new_lines = [line.rstrip() for line in lines[:cut] if not line.lstrip().startswith(">")]
    new_lines = _drop_meeting_blocks(new_lines)
    while new_lines and not new_lines[-1].strip():
        new_lines.pop()
    sig_at = signature_start(new_lines)
    body = drop_boilerplate("\n".join(new_lines[:sig_at]))
    signature = "\n".join(new_lines[sig_at:])
    return Split(new_text="\n".join(new_lines).strip(), quoted_text=quoted, body=body, signature=signature.strip())


def quote_start(lines: list[str]) -> int:
    """Return the index of the first line of the quoted thread (len(lines) when there is none)."""
    for i, line in enumerate(lines):
        stripped = line.strip().lower()
        if not stripped:
            continue
        if _ORIGINAL_MESSAGE.match(stripped) or _is_attribution(lines, i):
            return i
        if _RULE.match(stripped) and _header_block_at(lines, i + 1):
            return i
        if _HEADER_BLOCK_FROM.match(stripped) and _header_block_at(lines, i):
            return i
        if stripped.startswith(">") and _rest_is_quote(lines, i):
            return i
    return len(lines)


def _is_attribution(lines: list[str], i: int) -> bool:
    line = lines[i].strip().lower()
    if _looks_like_attribution(line):
        return True
    # Clients wrap long attributions: "On Tue, 3 Mar 2026 at 10:00, Anna Berg\n<anna@example.com> wrote:".
    following = [candidate.strip().lower() for candidate in lines[i + 1 : i + 3]]
    if len(line) < 200 and following and following[0]:
        return _looks_like_attribution(line + " " + following[0]) and not _ATTRIBUTION_END.search(line)
    return False


def _looks_like_attribution(line: str) -> bool:
    """A short line ending in ':' with the verb 'wrote' and a date or an address."""
    return (
        len(line) <= 300
        and bool(_ATTRIBUTION_END.search(line))
        and bool(_ATTRIBUTION_VERB.search(line))
        and bool(_HAS_DATE_OR_ADDRESS.search(line))
    )


def _header_block_at(lines: list[str], i: int) -> bool:
    window = [line.lower() for line in lines[i : i + 8] if line.strip()]
    if not window or not _HEADER_BLOCK_FROM.match(window[0]):
        return False
    return sum(1 for line in window[1:6] if _HEADER_BLOCK_NEXT.match(line)) >= 2


def _rest_is_quote(lines: list[str], i: int) -> bool:
    rest = [line for line in lines[i:] if line.strip()]
    quoted = sum(1 for line in rest if line.lstrip().startswith(">"))
    return quoted >= max(1, int(len(rest) * 0.6))


def _drop_meeting_blocks(lines: list[str]) -> list[str]:
    """Remove a video-meeting block framed by underscore rules: the client wrote it, not the sender."""
    rules = [i for i, line in enumerate(lines) if _RULE.match(line)]
    for start, end in itertools.pairwise(rules):
        if _MEETING_BLOCK.search("\n".join(lines[start:end]).lower()):
            return [*lines[:start], *lines[end + 1 :]]
    return lines


def drop_boilerplate(text: str) -> str:
    """Remove legal notices and bulk-mail footers from a text, keeping what comes before them."""
    kept = [_before_boilerplate(p) for p in _PARAGRAPH_BREAK.split(text)]
    return "\n\n".join(p.strip("\n") for p in kept if p.strip()).strip()


def _before_boilerplate(paragraph: str) -> str:
    """Return the paragraph up to where a notice or footer starts (HTML mail often has no paragraph breaks)."""
    low = paragraph.lower()
    if not _BULK_FOOTER.search(low) and not _LEGAL.search(low):
        return paragraph  # the common case: one search instead of one per line
    lines = paragraph.split("\n")
    low_lines = low.split("\n")
    for k, line in enumerate(low_lines):
        if _BULK_FOOTER.search(line):
            return "\n".join(lines[:k])
        if _LEGAL.search(line) and _is_legal(low_lines[k:], paragraph.isupper()):
            return "\n".join(lines[:k])
    return paragraph


def _is_legal(low_lines: list[str], shouting: bool) -> bool:
    hits = {m.group(0) for m in _LEGAL.finditer("\n".join(low_lines))}
    return len(hits) >= 2 or (len(hits) == 1 and shouting)
