"""Spelling cues that tell Danish, Bokmål, Nynorsk and Swedish apart, on invented sentences."""

from __future__ import annotations

import pytest

from mailtool import nordic


def _leader(text: str) -> str:
    found = nordic.cues(text)
    return max(nordic.LANGS, key=found.get)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vi glæder os til at høre fra dig efter mødet i næste uge.", "da"),
        ("Vi gleder oss til å høre fra deg etter møtet neste uke.", "nb"),
        ("Vi ser fram emot att höra från dig efter mötet nästa vecka.", "sv"),
        ("Eg gler meg til å høyre frå deg etter møtet neste veke.", "nn"),
    ],
)
def test_the_same_sentence_points_to_its_own_language(text: str, want: str) -> None:
    assert _leader(text) == want


def test_words_that_danish_and_norwegian_share_do_not_decide_between_them() -> None:
    found = nordic.cues("jeg ikke hvordan")
    assert found.get("da") == found.get("nb") > found.get("sv") == 0


def test_compounds_and_endings_count_without_being_listed() -> None:
    assert _leader("medarbejderudviklingssamtalen muligheden informationerne") == "da"
    assert _leader("arbeidsforholdet informasjonen") in {"nb", "nn"}
    assert _leader("anställningsintervjun möjligheten") == "sv"


def test_swedish_letters_speak_for_swedish_only() -> None:
    found = nordic.cues("räkmacka smörgås")
    assert found.get("sv") == 2
    assert found.get("da") == found.get("nb") == 0


def test_split_norwegian_counts_only_telling_words() -> None:
    nn, nb = nordic.split_norwegian("Eg kan ikkje kome på måndag, men takk for tilbodet.")
    assert (nn, nb) == (4, 0)
    assert nordic.split_norwegian("Jeg kan ikke komme på mandag, takk.") == (0, 3)  # jeg, ikke, mandag
