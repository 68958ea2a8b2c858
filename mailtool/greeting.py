"""The salutation of a reply: the contact's name in the register the sender chose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailtool.model import Mail

# Titles that may stand before a name in a signature or a "contact" field and are not a first name.
_TITLES = frozenset({"dr", "dr.", "prof", "prof.", "mag.", "mag.a", "frau", "herr", "ms", "ms.", "mrs", "mrs."})
_TITLES |= frozenset({"mr", "mr.", "miss", "mx", "mx."})
_DU = re.compile(r"\b(?:du|dich|dir|dein|deine[mnrs]?|euch|euer|eure[mnrs]?)\b", re.IGNORECASE)
_SIE = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b")  # case matters: "sie"/"ihr" are she/they/her
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*|\n\s*)$")
_EN_INFORMAL = re.compile(r"^\s*(?:hi|hey|hello|hiya)\b", re.IGNORECASE)
_DA_FORMAL = re.compile(r"^\s*kære\b", re.IGNORECASE)
_NO_CONTACT = {
    ("en", True): "Hello,",
    ("en", False): "Hello,",
    ("de", True): "Sehr geehrte Damen und Herren,",
    ("de", False): "Hallo zusammen,",
    ("nb", True): "Hei,",
    ("nn", True): "Hei,",
    ("sv", True): "Hej,",
    ("da", True): "Hej,",
}


@dataclass(frozen=True)
class Salutation:
    """The greeting line and the register the rest of the reply keeps."""

    text: str
    formal: bool
    first_name: str | None


def salute(lang: str, contact: str | None, mail: Mail | None, formal: bool | None = None) -> Salutation:
    """Greet the contact as the sender's own mail invites (or in the register given): gendered only when shown."""
    text = _mail_text(mail)
    formal = is_formal(lang, text) if formal is None else formal
    first = first_name(contact) if contact else None
    if not contact or not first:
        return Salutation(_NO_CONTACT.get((lang, formal), _NO_CONTACT.get((lang, True), "")), formal, None)
    return Salutation(_named(lang, contact, first, formal, text), formal, first)


def is_formal(lang: str, text: str) -> bool:
    """Tell whether the sender wrote formally (German Sie, English "Dear", Danish "Kære")."""
    if lang == "de":
        return not _german_informal(text)
    opening = text.lstrip().split("\n", 1)[0] if text.strip() else ""
    if lang == "en":
        return not _EN_INFORMAL.match(opening)
    if lang == "da":
        return bool(_DA_FORMAL.match(opening))
    return True  # Norwegian and Swedish greet by first name whatever the register


def first_name(contact: str) -> str | None:
    """Return the given name of a contact written "Julia Neumann", "Neumann, Julia" or "Dr. Julia Neumann"."""
    words = [word for word in full_name(contact).split() if word.lower() not in _TITLES]
    return words[0] if words else None


def full_name(contact: str) -> str:
    """Return a contact written "Neumann, Julia" in reading order: "Julia Neumann"."""
    if "," in contact:
        last, _, given = contact.partition(",")
        return f"{given.strip()} {last.strip()}".strip()
    return contact.strip()


def surname(contact: str) -> str:
    """Return the family name of a contact (the last word, or what stands before a comma)."""
    if "," in contact:
        return contact.partition(",")[0].strip()
    return contact.split()[-1]


def _named(lang: str, contact: str, first: str, formal: bool, text: str) -> str:
    full = full_name(contact)
    if lang == "de":
        titled = _german_title(contact, text) if formal else None
        if titled:
            return f"Sehr {'geehrte' if titled.startswith('Frau') else 'geehrter'} {titled},"
        return f"Guten Tag {full}," if formal else f"Hallo {first},"
    if lang == "en":
        titled = _english_title(contact, text) if formal else None
        if titled:
            return f"Dear {titled},"
        return f"Dear {full}," if formal else f"Hi {first},"
    if lang == "da":
        return f"Kære {first}," if formal else f"Hej {first},"
    if lang == "sv":
        return f"Hej {first},"
    if lang in ("nb", "nn"):
        return f"Hei {first},"
    return ""  # a language of a user's own templates: they write their greeting from `contact`


def _german_title(contact: str, text: str) -> str | None:
    name = re.escape(surname(contact))
    found = re.search(rf"\b(Frau|Herr|Herrn)\s+((?:(?:Dr|Prof|Mag)\.(?:a\b)?\s*)*)(?:\w[\w-]*\s+)?{name}\b", text)
    if found:
        return " ".join(("Herr" if found[1] == "Herrn" else found[1], *found[2].split(), surname(contact)))
    role = re.search(rf"\bAnsprechpartner(in)?\b[^\n]{{0,40}}\b{name}\b", text)
    if role:
        return f"{'Frau' if role[1] else 'Herr'} {surname(contact)}"
    return None


def _english_title(contact: str, text: str) -> str | None:
    name = re.escape(surname(contact))
    found = re.search(rf"\b(Ms|Mrs|Miss|Mr|Mx|Dr)(\.?)\s+(?:\w[\w-]*\s+)?{name}\b", text)
    return f"{found[1]}{found[2]} {surname(contact)}" if found else None


def _german_informal(text: str) -> bool:
    du = len(_DU.findall(text))
    sie = sum(1 for m in _SIE.finditer(text) if not _SENTENCE_START.search(text[: m.start()]))
    return du > sie


def _mail_text(mail: Mail | None) -> str:
    if mail is None:
        return ""
    sender = mail.sender.name if mail.sender else ""
    # The sender's signature is where a title ("Frau Dr. …") shows, so it is read along with the body.
    return "\n".join(part for part in (mail.body or mail.new_text or mail.text, mail.signature, sender) if part)
