"""Tell Danish, Bokmål, Nynorsk and Swedish apart by spelling and function words, weighed by counts."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

# Each line: the languages a word supports, then the words. A word shared by two of them still helps against
# the third ("mig" is Danish or Swedish, never Norwegian), so shared words are listed with every language they
# belong to. Words all of da/nb/nn/sv share ("jeg"/"ikke" are da+nb, "og" da+nb+nn, "vi", "har", "som") are
# only listed where they exclude someone.
_WORDS = """
da: af tak venlig venlige venligst kære ansøgning ansøgningen ansøger jer jeres vores os nogle noget nogen hvad
da: bliver havde gerne uge ugen ugens møde mødes spørgsmål hjælp hjælpe glæde glæder gør gøre meget mere endnu
da: sådan uden inden gennem hedder fik lige tage give sige tusind løn modtaget bekræfte hvornår marts interview
da: ansættelse samarbejde arbejde arbejder medarbejder læse kende hilsner have
da nb: jeg ikke hvordan hvorfor hvem hvor hun at fra hele flere sammen selv stillingen tilbud mandag tirsdag
da nb: lørdag hilsen bare deres hører ønsker ønsket
da nb nn: og også er til for skal vil kunne når ved mange søndag februar august velkommen samtale komme
da nb sv: en
da sv: mig dig sig efter igen nu blev maj december
nb: vennlig vennlige vennligst søknad søknaden dere noe noen hva takker nå ble mye veldig fikk gjør gjøre
nb: kjenne uten innen ennå ansettelse
nb nn: kjære takk hei meg deg seg gjerne hadde igjen glede gleder mai desember våre etter uke møte hjelp hjelpe
nb nn: lønn arbeid arbeidet mottatt bekrefte gjennom slik
nb nn sv: av oss vår vårt blir mars ha
nb sv: mer
nn: ikkje eg frå kva korleis kvifor kven kvar vere vore tilsetjing helsing venleg dykk dykkar òg berre meir
nn: noko nokon mykje ho dei ein eit heile fleire saman kome seie sjå gong veke veka kjem tek gjer ynskjer
nn: ønskjer høyrer sjølv fekk tysdag laurdag tilbod søkjar stillinga gleda treng veit nokre gje stadfest stadfeste
nn: velkomen hjå ver heilt eigen sest viss høyre gler
nn sv: innan utan måndag passar vart morgon
sv: och jag inte att är för till från tack vill kunna ska hej gärna träffa tjänst tjänsten ansökan vänliga
sv: vänlig hälsningar hur vad vem varför också bara mycket någon något några sedan eftersom redan även inom
sv: mellan genom ju dock vecka veckan era ett hade vara varit kära samtal erbjudande anställning våra
sv: tisdag lördag januari februari augusti
"""

# Endings and stems that mark a spelling tradition in words the lists cannot enumerate (compounds, inflections).
_AFFIX_LIST = (
    (r"^\w{3,}hed(?:en|er|erne)?$", "da"),  # mulighed; nb/sv write mulighet/möjlighet
    (r"^\w{3,}heit(?:a|en|er)?$", "nn"),  # moglegheit
    (r"^\w{3,}het(?:en|er)?$", "nb sv"),
    (r"^\w{2,}sjon(?:en|er|ene)?$", "nb nn"),  # informasjon
    (r"^\w{2,}tion(?:en|er|erne)?$", "da sv"),  # information
    (r"^\w{3,}erne$", "da"),  # ansøgningerne
    (r"^\w{3,}(?:arna|orna)$", "sv"),
    (r"^\w{3,}leg(?:e|t)?$", "nn"),  # venleg, mogleg; nb/da write -lig
    (r"^\w{4,}ane$", "nn"),  # referansane; nb writes -ene
    (r"^\w{2,}(?:gje|kje|rje)$", "nn"),  # ringje, byrje, følgje; nb writes ringe, begynne, følge
    (r"arbejd|ansøg|ansæt", "da"),
    (r"arbeid|søknad", "nb nn"),
    (r"ansett", "nb"),
    (r"tilsetj|søkjar|ynskj", "nn"),
    (r"anställ|ansök|arbet", "sv"),
)
# One alternation, so each word costs one search; the group that matched names the languages.
_AFFIXES = re.compile("|".join(f"(?P<a{i}>{pattern})" for i, (pattern, _) in enumerate(_AFFIX_LIST)))
_AFFIX_LANGS = {f"a{i}": frozenset(langs.split()) for i, (_, langs) in enumerate(_AFFIX_LIST)}
_SWEDISH_LETTERS = re.compile(r"[äö]")
_NORWEGIAN_DANISH_LETTERS = re.compile(r"[æø]")
_WORD = re.compile(r"[^\W\d_]+")
LANGS = ("da", "nb", "nn", "sv")


def _word_table() -> dict[str, frozenset[str]]:
    """Build word -> languages from the table above (a word listed twice supports the union)."""
    table: dict[str, set[str]] = {}
    for line in _WORDS.strip().splitlines():
        head, words = line.split(":", 1)
        for word in words.split():
            table.setdefault(word, set()).update(head.split())
    return {word: frozenset(langs) for word, langs in table.items()}


_TABLE = _word_table()


@dataclass(frozen=True)
class Cues:
    """How many words of a text speak for each of da, nb, nn and sv."""

    counts: dict[str, int]

    def get(self, lang: str) -> int:
        """Return the count for one language."""
        return self.counts.get(lang, 0)


@functools.lru_cache(maxsize=20000)
def _token_langs(token: str) -> frozenset[str]:
    """Return the languages one lower-case word speaks for (empty when it is neutral)."""
    langs = set(_TABLE.get(token, ()))
    affix = _AFFIXES.search(token)
    if affix and affix.lastgroup:
        langs |= _AFFIX_LANGS[affix.lastgroup]
    if _SWEDISH_LETTERS.search(token):
        langs.add("sv")
    elif _NORWEGIAN_DANISH_LETTERS.search(token):
        langs |= {"da", "nb", "nn"}
    return frozenset(langs)


def cues(text: str) -> Cues:
    """Count, per Nordic language, the words of `text` that speak for it."""
    counts: Counter[str] = Counter()
    for token in _WORD.findall(text.lower()):
        counts.update(_token_langs(token))
    return Cues(dict(counts))


def split_norwegian(text: str) -> tuple[int, int]:
    """Count the words of `text` that are Nynorsk but not Bokmål, and Bokmål but not Nynorsk."""
    nn = nb = 0
    for token in _WORD.findall(text.lower()):
        langs = _token_langs(token)
        nn += "nn" in langs and "nb" not in langs
        nb += "nb" in langs and "nn" not in langs
    return nn, nb
