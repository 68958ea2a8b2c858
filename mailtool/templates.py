"""Reply templates: where they live, which file serves an intent and language, rendering and self-check."""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from mailtool.errors import TemplateError
from mailtool.model import Intent

log = logging.getLogger(__name__)

SUFFIX = ".txt.j2"
# Reply languages with shipped templates; "nn" gets its own Nynorsk replies.
SHIPPED_LANGUAGES = ("en", "nb", "nn", "sv", "da", "de")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def shipped_dir() -> Path:
    """Return the directory of the shipped templates: the repository checkout first, the installed copy second."""
    package = Path(__file__).resolve().parent
    for candidate in (package.parent / "templates", package / "_templates"):
        if (candidate / "en").is_dir():
            return candidate
    raise TemplateError(
        f"the shipped reply templates are missing (looked in {package.parent / 'templates'} and "
        f"{package / '_templates'})",
    )


@dataclass(frozen=True)
class Source:
    """The file that serves one intent in one language, and whether it is the user's override."""

    path: Path
    override: bool


class Templates:
    """The shipped templates with the user's templates_dir laid over them (same relative name wins)."""

    @classmethod
    @functools.cache
    def for_dir(cls, override_dir: Path | None = None) -> Templates:
        """Return one shared instance per override directory, so that Jinja compiles each template once."""
        return cls(override_dir)

    def __init__(self, override_dir: Path | None = None, shipped: Path | None = None) -> None:
        """Set up the lookup; the override directory may be absent (then only shipped templates serve)."""
        self.shipped = shipped or shipped_dir()
        self.override = override_dir
        dirs = [str(d) for d in (override_dir, self.shipped) if d is not None]
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(dirs),
            undefined=jinja2.StrictUndefined,
            autoescape=False,  # plain text mail; the HTML part escapes on its own
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    def source(self, intent: Intent, lang: str) -> Source | None:
        """Return the file serving this intent and language, or None when no template exists."""
        if not _LANGUAGE.fullmatch(lang):  # a language code, never a path ("../x") into another directory
            return None
        name = relative_name(intent, lang)
        if self.override is not None and (self.override / name).is_file():
            return Source(self.override / name, override=True)
        if (self.shipped / name).is_file():
            return Source(self.shipped / name, override=False)
        return None

    def languages(self) -> list[str]:
        """List every language with at least one template, shipped languages first."""
        found = {p.parent.name for d in (self.override, self.shipped) if d for p in d.glob(f"*/*{SUFFIX}")}
        return [*(lang for lang in SHIPPED_LANGUAGES if lang in found), *sorted(found - set(SHIPPED_LANGUAGES))]

    def render(self, intent: Intent, lang: str, context: dict[str, Any]) -> str:
        """Render one template with the reply's facts; raise TemplateError naming the file on any failure."""
        name = relative_name(intent, lang)
        source = self.source(intent, lang)
        where = str(source.path) if source else name
        try:
            text = self._env.get_template(name).render(context)
        except jinja2.TemplateNotFound as err:
            raise TemplateError(f"no template {name} (in {self._dirs_text()})") from err
        except jinja2.TemplateSyntaxError as err:
            raise TemplateError(f"{err.filename or where}:{err.lineno}: {err.message}") from err
        except jinja2.TemplateError as err:
            raise TemplateError(f"{where}: {err}") from err
        return tidy(text)

    def _dirs_text(self) -> str:
        return ", ".join(str(d) for d in (self.override, self.shipped) if d is not None)


def relative_name(intent: Intent, lang: str) -> str:
    """Return a template's name relative to a templates directory: "<lang>/<intent>.txt.j2"."""
    return f"{lang}/{intent.value}{SUFFIX}"


def tidy(text: str) -> str:
    """Drop trailing spaces and the blank lines an empty optional paragraph leaves behind."""
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"
