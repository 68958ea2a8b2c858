"""The gate of a cue family opens exactly the alternatives a plain search for their keys would."""

from __future__ import annotations

import pytest

from mailtool import cuegate, cues, eventcues, offercues


def _by_key_search(cue: cues.Cue, text: str) -> list[int]:
    return [i for i, (keys, _) in enumerate(cue.parts) if keys is None or any(key in text for key in keys)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kl",  # shorter than a window
        "kan du komme til intervju tirsdag klokka ni?",
        "we would like to offer you the position 😀 of engineer",  # a character outside the BMP
        "lone \ud800 surrogate, then an interview at 10:00",
        "x" * 60_000 + " vorstellungsgespräch um 10 uhr",  # too long to index: every key is searched
    ],
)
@pytest.mark.parametrize("cue", [cues.TIME, cues.MEETING_WORD, eventcues.CHAT, offercues.OFFER_YOU])
def test_gate_opens_the_alternatives_whose_keys_occur(cue: cues.Cue, text: str) -> None:
    gate = cuegate.Gate([keys for keys, _ in cue.parts])
    assert gate.open_parts(text) == _by_key_search(cue, text)


@pytest.mark.parametrize("cue", [cues.TIME, cues.MEETING_WORD, eventcues.CHAT, offercues.OFFER_YOU])
def test_gate_keeps_most_alternatives_closed(cue: cues.Cue) -> None:
    # the comparison above holds too when no key is known and every alternative runs: the gate must gate
    gate = cuegate.Gate([keys for keys, _ in cue.parts])
    assert sum(keys is None for keys, _ in cue.parts) * 4 < len(cue.parts)
    assert len(gate.open_parts("kan du komme til intervju tirsdag klokka ni?")) * 4 < len(cue.parts)
