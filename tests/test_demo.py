"""`mailtool demo`: the main job on a temporary Maildir of sample mail, with no server and no configuration."""

from __future__ import annotations

import email
import email.policy
import io
from pathlib import Path

from mailtool.demo import run_demo


def test_the_demo_drafts_a_reply_to_every_sample_invitation_and_offer_only(tmp_path: Path) -> None:
    out = io.StringIO()
    root = run_demo(out, tmp_path / "demo")
    drafts = sorted((root / ".Drafts" / "cur").iterdir())
    samples = sorted((root / "cur").iterdir()) + sorted((root / "new").iterdir())
    assert len(samples) == 10
    assert len(drafts) == 8  # the job alert and the rejection among the samples get none
    answered = set()
    for path in drafts:
        assert path.name.endswith(":2,DS")
        draft = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert draft["From"] == "Alex Demo <alex.demo@example.org>"
        assert draft["In-Reply-To"] and draft["X-Mailtool-Intent"]
        answered.add(str(draft["In-Reply-To"]))
    languages = {str(email.message_from_bytes(p.read_bytes())["X-Mailtool-Language"]) for p in drafts}
    assert {"en", "nb", "nn", "sv", "da", "de"} <= languages
    report = out.getvalue()
    assert "10 messages read, 8 drafts written" in report and str(root) in report
    assert len(answered) == 8


def test_a_second_pass_writes_no_second_draft(tmp_path: Path) -> None:
    root = run_demo(io.StringIO(), tmp_path / "demo")
    run_demo(io.StringIO(), root)  # the samples are copied again under the same names; state and Drafts say done
    assert len(list((root / ".Drafts" / "cur").iterdir())) == 8
