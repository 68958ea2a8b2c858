"""Set aside quoted replies, signatures and legal disclaimers (cues in en/nb/nn/sv/da/de/fi/fr/nl/es)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line that introduces a quoted earlier message: "On Tue, ... wrote:", "Den ... skrev ...:", "Am ... schrieb",
# "tir. 5. maj 2026 kl. 21.32 skrev ...:", "Le ... a écrit :", "El ... escribió:", "Op ... schreef ...:".
_ATTRIBUTION = re.compile(
    r"^.{0,200}?\b(wrote|skrev|schrieb|a écrit|escribió|schreef|kirjoitti|skreiv)\s*:?\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_START = re.compile(r"^(On|Den|Am|Le|El|Op|Em|Il|På)\b", re.IGNORECASE)
# Outlook-style forwarded/quoted header blocks and separators.
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|opprinnelig melding|oprindelig meddelelse|"
    r"ursprungligt meddelande|originalbericht|message d'origine|mensaje original|alkuperäinen viesti|"
    r"forwarded message|videresendt melding|weitergeleitete nachricht|vidarebefordrat meddelande)",
    re.IGNORECASE,
)
_HEADER_BLOCK_FROM = re.compile(r"^\s*\*?(from|fra|från|von|de|van|lähettäjä|fr[åa])\s*:\*?\s+\S", re.IGNORECASE)
_HEADER_BLOCK_NEXT = re.compile(
    r"^\s*\*?(sent|sendt|skickat|gesendet|envoyé|enviado|verzonden|lähetetty|date|dato|datum|"
    r"to|til|till|an|à|para|aan|vastaanottaja|subject|emne|ämne|betreff|objet|asunto|onderwerp|aihe)\s*:",
    re.IGNORECASE,
)
_UNDERSCORES = re.compile(r"^\s*_{10,}\s*$")

# Sign-offs: the line that ends the written text and starts the signature.
_SIGN_OFF = re.compile(
    r"^\s*("
    r"(with )?(kind|best|warm|warmest|many)? ?(regards|wishes)|best|cheers|thanks|thank you|many thanks|"
    r"all the best|sincerely|yours sincerely|yours faithfully|talk soon|speak soon|"
    r"med vennlig hilsen|vennlig hilsen|mvh|beste hilsen|hilsen|med venleg helsing|venleg helsing|helsing|"
    r"med vänliga hälsningar|vänliga hälsningar|vänlig hälsning|bästa hälsningar|hälsningar|mvh|"
    r"med venlig hilsen|venlig hilsen|de bedste hilsner|bedste hilsner|mange hilsner|hilsner|kh|vh|"
    r"mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|"
    r"viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|lg|vg|herzliche grüße|gruß|grüße|"
    r"ystävällisin terveisin|terveisin|parhain terveisin|"
    r"cordialement|bien cordialement|bien à vous|salutations|"
    r"met vriendelijke groet(en)?|vriendelijke groet(en)?|groet(en)?|"
    r"saludos|un saludo|atentamente|saludos cordiales|un cordial saludo"
    r")\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_DASH_SIGNATURE = re.compile(r"^(-- ?|--|__)$")
_SLASH_NAME = re.compile(r"^/\s?\w[\w.\- ]{0,30}$")

_DISCLAIMER = re.compile(
    r"(confidential|intended (solely )?for the|intended recipient|privileged|"
    r"konfidensiell|taushetsbelagt|fortrolig|konfidentiell|sekretessbelagd|vertraulich|"
    r"nicht der richtige adressat|luottamuksellinen|destinataire|vertrouwelijk|confidencial|"
    r"please consider the environment|think before you print|"
    r"unsubscribe|avmeld|avsluta prenumeration|abmelden|afmeld)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Split:
    """A body cut into what was written now and what was set aside."""

    new_text: str
    quoted_text: str
    body: str
    signature: str


def split(text: str) -> Split:
    """Cut a plain-text body into new text, quoted thread, decisive body and signature."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    cut = _quote_start(lines)
    new_lines = lines[:cut]
    quoted = "\n".join(lines[cut:]).strip()
    new_lines = [line for line in new_lines if not line.lstrip().startswith(">")]
    new_text = "\n".join(new_lines).strip()
    body, signature = _split_signature(new_lines)
    body = _drop_disclaimers(body)
    return Split(new_text=new_text, quoted_text=quoted, body=body.strip(), signature=signature.strip())


def _quote_start(lines: list[str]) -> int:
    """Return the index of the first line of the quoted thread (len(lines) when there is none)."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _ORIGINAL_MESSAGE.match(stripped) or _is_attribution(lines, i):
            return i
        if _UNDERSCORES.match(stripped) and _header_block_at(lines, i + 1):
            return i
        if _HEADER_BLOCK_FROM.match(stripped) and _header_block_at(lines, i):
            return i
        if stripped.startswith(">") and _rest_is_quote(lines, i):
            return i
    return len(lines)


def _is_attribution(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if _ATTRIBUTION.match(line):
        return True
    # Attributions wrapped over two lines: "On Tue, 3 Mar 2026 at 10:00, Anna\n<anna@x.com> wrote:".
    if i + 1 < len(lines) and _ATTRIBUTION_START.match(line) and len(line) < 160:
        return bool(_ATTRIBUTION.match(line + " " + lines[i + 1].strip()))
    return False


def _header_block_at(lines: list[str], i: int) -> bool:
    window = [line for line in lines[i : i + 6] if line.strip()]
    if not window or not _HEADER_BLOCK_FROM.match(window[0]):
        return False
    return sum(1 for line in window[1:5] if _HEADER_BLOCK_NEXT.match(line)) >= 2


def _rest_is_quote(lines: list[str], i: int) -> bool:
    rest = [line for line in lines[i:] if line.strip()]
    quoted = sum(1 for line in rest if line.lstrip().startswith(">"))
    return quoted >= max(1, int(len(rest) * 0.6))


def _split_signature(lines: list[str]) -> tuple[str, str]:
    """Cut at the last sign-off (or "-- " line) in the lower part of the text."""
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    start = len(lines) // 3
    for i in range(len(lines) - 1, start - 1, -1):
        stripped = lines[i].strip()
        if _DASH_SIGNATURE.match(stripped) or _SIGN_OFF.match(stripped):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
        if _SLASH_NAME.match(stripped) and i >= len(lines) - 6:
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return "\n".join(lines), ""


def _drop_disclaimers(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    kept = [p for p in paragraphs if not (_DISCLAIMER.search(p) and _looks_like_boilerplate(p))]
    return "\n\n".join(kept)


def _looks_like_boilerplate(paragraph: str) -> bool:
    """A disclaimer is a longish paragraph of legal wording, not a sentence that happens to say 'confidential'."""
    return len(paragraph) > 120 or paragraph.isupper()
