"""Configuration: the documented file loads, defaults apply without one, every problem is reported at once."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mailtool.config import ENV_VAR, Config, default_path, load
from mailtool.errors import ConfigError
from mailtool.model import Intent, Kind

EXAMPLE = Path(__file__).resolve().parent.parent / "config.example.toml"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_configuration_loads() -> None:
    config = load(EXAMPLE, env={})
    assert config.identity.email == "kari.nordmann@example.org"
    assert config.identity.name == "Kari Nordmann"
    assert "linkedin" in config.identity.signature
    assert config.policy.intent_for(Kind.INVITATION) is Intent.INVITATION_DECLINE
    assert config.policy.intent_for(Kind.OFFER) is Intent.OFFER_DECLINE
    assert config.policy.intent_for(Kind.OTHER) is None
    assert config.path == EXAMPLE


def test_no_file_at_the_default_path_means_defaults(tmp_path: Path) -> None:
    config = load(env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert config == Config()
    assert config.policy.fallback_language == "en"


def test_default_path_follows_xdg_then_home(tmp_path: Path) -> None:
    assert default_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/mailtool/config.toml")
    assert default_path({"HOME": "/home/kari"}) == Path("/home/kari/.config/mailtool/config.toml")


def test_the_default_file_is_read_when_present(tmp_path: Path) -> None:
    (tmp_path / "mailtool").mkdir()
    (tmp_path / "mailtool" / "config.toml").write_text('[policy]\noffer = "accept"\n', encoding="utf-8")
    assert load(env={"XDG_CONFIG_HOME": str(tmp_path)}).policy.offer is Intent.OFFER_ACCEPT


def test_environment_variable_and_option_choose_the_file(tmp_path: Path) -> None:
    env_file = _write(tmp_path, '[policy]\ninvitation = "accept"\n')
    option_file = tmp_path / "other.toml"
    option_file.write_text('[policy]\ninvitation = "reschedule"\n', encoding="utf-8")
    assert load(env={ENV_VAR: str(env_file)}).policy.invitation is Intent.INVITATION_ACCEPT
    assert load(option_file, env={ENV_VAR: str(env_file)}).policy.invitation is Intent.INVITATION_RESCHEDULE


def test_a_named_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist") as caught:
        load(tmp_path / "nope.toml", env={})
    assert caught.value.exit_code == 5


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "[identity\nname = 1\n")
    with pytest.raises(ConfigError, match=r"config\.toml: not valid TOML"):
        load(path, env={})


def test_every_problem_is_reported_at_once_with_its_key(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[identity]
name = "Kari"
email = "not an address"
nickname = "K"

[policy]
invitation = "withdraw"
offer = 3
fallback_language = "English"
alternatives = "tomorrow"
accepted_elsewhere = "yes"
templates_dir = "missing-dir"

[accounts_typo]
host = "x"
""",
    )
    with pytest.raises(ConfigError) as caught:
        load(path, env={})
    message = str(caught.value)
    assert str(path) in message
    for key in (
        "identity.email",
        "identity.nickname: unknown key",
        'policy.invitation: \'withdraw\' is not one of "accept", "decline", "reschedule"',
        "policy.offer: must be a string",
        "policy.fallback_language",
        "policy.alternatives: must be a list",
        "policy.accepted_elsewhere: must be true or false",
        "policy.templates_dir",
        "accounts_typo: unknown section",
    ):
        assert key in message
    assert caught.value.hint


def test_a_section_that_is_not_a_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"identity: must be a table"):
        load(_write(tmp_path, 'identity = "Kari"\n'), env={})


def test_a_name_with_a_line_break_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"identity\.name: must be one line"):
        load(_write(tmp_path, '[identity]\nname = "Kari\\nBcc: x@example.org"\n'), env={})


def test_templates_dir_is_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "my-templates" / "fi").mkdir(parents=True)
    path = _write(tmp_path, '[policy]\ntemplates_dir = "my-templates"\nfallback_language = "fi"\n')
    policy = load(path, env={}).policy
    assert policy.templates_dir == (tmp_path / "my-templates").resolve()
    assert policy.fallback_language == "fi"


def test_a_fallback_language_without_templates_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no templates for 'fi'"):
        load(_write(tmp_path, '[policy]\nfallback_language = "fi"\n'), env={})


def test_alternatives_and_intents_are_read(tmp_path: Path) -> None:
    path = _write(tmp_path, '[policy]\noffer = "withdraw"\nalternatives = ["2027-01-15 14:00", "Friday morning"]\n')
    policy = load(path, env={}).policy
    assert policy.offer is Intent.OFFER_WITHDRAW
    assert policy.alternatives == ("2027-01-15 14:00", "Friday morning")


def test_importing_reads_no_file(tmp_path: Path) -> None:
    # A broken configuration must only fail when load() is called, never on import.
    env = {**os.environ, ENV_VAR: str(_write(tmp_path, "not toml ["))}

    def run(code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)

    assert run("import mailtool.config, mailtool.cli").returncode == 0
    loaded = run("import mailtool.config; mailtool.config.load()")
    assert loaded.returncode != 0
    assert "not valid TOML" in loaded.stderr


def test_config_example_documents_every_key_the_loader_knows() -> None:
    from mailtool.config import ACCOUNT_KEYS, IDENTITY_KEYS, POLICY_KEYS, SECTIONS, WATCH_KEYS

    example = (Path(__file__).resolve().parent.parent / "config.example.toml").read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f"[{section}]" in example or f"[[{section}]]" in example, section
    for key in [*IDENTITY_KEYS, *POLICY_KEYS, *ACCOUNT_KEYS, *WATCH_KEYS]:
        assert re.search(rf"^#?\s*{key} = ", example, re.MULTILINE), f"{key} is not documented"
