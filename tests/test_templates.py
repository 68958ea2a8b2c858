"""The shipped reply templates: every intent in every language renders cleanly; overrides and the checks work."""

from pathlib import Path

import pytest

from mailtool.cli import main
from mailtool.errors import TemplateError
from mailtool.model import Intent
from mailtool.templatecheck import check, samples
from mailtool.templates import SHIPPED_LANGUAGES, Templates, shipped_dir

REQUIRED = ("en", "nb", "sv", "da", "de")
SIGN_OFFS = {
    "en": ("Kind regards,", "Best regards,"),
    "nb": ("Med vennlig hilsen",),
    "nn": ("Med venleg helsing",),
    "sv": ("Med vänliga hälsningar",),
    "da": ("Med venlig hilsen", "Venlig hilsen"),
    "de": ("Mit freundlichen Grüßen", "Viele Grüße"),
}


def _render(intent: Intent, lang: str, label: str) -> str:
    context = dict(samples(intent, lang))[label]
    return Templates().render(intent, lang, context)


@pytest.mark.parametrize("lang", REQUIRED)
@pytest.mark.parametrize("intent", list(Intent))
def test_every_intent_in_every_language_is_shipped(intent: Intent, lang: str) -> None:
    assert (shipped_dir() / lang / f"{intent.value}.txt.j2").is_file()


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("intent", list(Intent))
def test_all_fields_are_used(intent: Intent, lang: str) -> None:
    text = _render(intent, lang, "all fields, formal")
    assert "Fjordvik Analytics" in text
    assert "Senior Data Engineer (m/w/d)" in text
    assert "Åse" in text.splitlines()[0]
    assert text.rstrip().endswith("Jörg Strauß")
    assert any(sign_off in text for sign_off in SIGN_OFFS[lang])


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
@pytest.mark.parametrize("intent", list(Intent))
def test_no_optional_field_leaves_no_trace(intent: Intent, lang: str) -> None:
    text = _render(intent, lang, "no optional field, formal")
    assert "None" not in text
    assert "  " not in text
    assert " ." not in text and " ," not in text
    assert "{" not in text
    brackets = text.count("[")
    assert brackets == (1 if intent is Intent.INVITATION_RESCHEDULE else 0)
    assert text.rstrip().splitlines()[-1] in SIGN_OFFS[lang]


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_accept_confirms_the_time_in_the_local_format(lang: str) -> None:
    text = _render(Intent.INVITATION_ACCEPT, lang, "all fields, formal")
    expected = {
        "en": "Thursday 14 January 2027 at 10:00",
        "nb": "torsdag 14. januar kl. 10.00",
        "nn": "torsdag 14. januar kl. 10.00",
        "sv": "torsdag den 14 januari kl. 10.00",
        "da": "torsdag den 14. januar kl. 10.00",
        "de": "Donnerstag, 14. Januar 2027, um 10:00 Uhr",
    }
    assert expected[lang] in text


@pytest.mark.parametrize("lang", SHIPPED_LANGUAGES)
def test_reschedule_lists_the_alternatives_without_the_placeholder(lang: str) -> None:
    text = _render(Intent.INVITATION_RESCHEDULE, lang, "all fields, formal")
    assert "[" not in text
    assert text.count("\n- ") == 2


def test_german_replies_follow_the_register() -> None:
    formal = _render(Intent.OFFER_DECLINE, "de", "all fields, formal")
    informal = _render(Intent.OFFER_DECLINE, "de", "all fields, informal")
    assert "Ihr Angebot" in formal and "Mit freundlichen Grüßen" in formal
    assert "dein Angebot" in informal and "Viele Grüße" in informal
    assert " Sie " not in informal and "Ihnen" not in informal


def test_decline_says_another_position_was_accepted_only_when_configured() -> None:
    context = dict(samples(Intent.OFFER_DECLINE, "en"))["all fields, formal"]
    plain = Templates().render(Intent.OFFER_DECLINE, "en", context)
    told = Templates().render(Intent.OFFER_DECLINE, "en", {**context, "accepted_elsewhere": True})
    assert "another position" not in plain
    assert "another position" in told


def test_shipped_templates_pass_the_check() -> None:
    rendered, problems = check(Templates())
    assert problems == []
    assert rendered >= 30 * 8


def _override(tmp_path: Path, lang: str, intent: Intent, text: str) -> Path:
    (tmp_path / lang).mkdir(exist_ok=True)
    (tmp_path / lang / f"{intent.value}.txt.j2").write_text(text, encoding="utf-8")
    return tmp_path


def test_an_override_replaces_the_shipped_file_of_the_same_name(tmp_path: Path) -> None:
    templates = Templates(_override(tmp_path, "en", Intent.OFFER_ACCEPT, "{{ greeting }}\n\nYes please!\n"))
    source = templates.source(Intent.OFFER_ACCEPT, "en")
    assert source is not None and source.override
    assert "Yes please!" in templates.render(Intent.OFFER_ACCEPT, "en", {"greeting": "Hi,"})
    other = templates.source(Intent.OFFER_DECLINE, "en")
    assert other is not None and not other.override


def test_an_override_directory_may_add_a_language(tmp_path: Path) -> None:
    templates = Templates(_override(tmp_path, "fi", Intent.OFFER_ACCEPT, "Kiitos!\n"))
    assert templates.languages()[-1] == "fi"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("{{ greeting }}\n\nThanks {{ company }}.\n", "None"),
        ("{{ greeting }}\n\nThanks{% if company %} at {{ company }}{% endif %} [company].\n", "bracketed"),
        ("{{ greeting }}\n\nThanks at {% if company %}{{ company }}{% endif %}.\n", "space before"),
        ("{{ greeting }}\n\n{{ nonsense }}\n", "does not render"),
        ("{{ greeting }\n", "does not render"),
        ("{{ greeting }}\n\nThanks.\n", "leaves out"),
    ],
)
def test_the_check_catches_what_a_recipient_must_never_see(tmp_path: Path, text: str, complaint: str) -> None:
    _, problems = check(Templates(_override(tmp_path, "en", Intent.OFFER_DECLINE, text)))
    assert problems
    assert any(complaint in problem.message for problem in problems)
    assert all("offer-decline" in problem.template for problem in problems)


def test_a_syntax_error_names_the_file(tmp_path: Path) -> None:
    templates = Templates(_override(tmp_path, "en", Intent.OFFER_DECLINE, "{% if %}\n"))
    with pytest.raises(TemplateError, match=r"offer-decline\.txt\.j2"):
        templates.render(Intent.OFFER_DECLINE, "en", {})


def test_templates_list_shows_the_grid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _override(tmp_path, "de", Intent.OFFER_ACCEPT, "Danke!\n")
    assert main(["templates", "list", "--templates-dir", str(tmp_path), "--config", _empty_config(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("offer-accept"))
    assert row.split() == ["offer-accept", "shipped", "shipped", "shipped", "shipped", "shipped", "override"]
    assert "invitation-reschedule" in out


def test_templates_check_fails_with_a_broken_override(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = _empty_config(tmp_path)
    assert main(["templates", "check", "--config", config]) == 0
    _override(tmp_path, "en", Intent.OFFER_DECLINE, "{{ greeting }} {{ company }}\n")
    assert main(["templates", "check", "--templates-dir", str(tmp_path), "--config", config]) == 6
    out = capsys.readouterr()
    assert "offer-decline.txt.j2" in out.out
    assert "None" in out.out


def _empty_config(tmp_path: Path) -> str:
    path = tmp_path / "config.toml"
    path.write_text("", encoding="utf-8")
    return str(path)
