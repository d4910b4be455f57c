"""What the core needs to know of mkdocs.yml, read without MkDocs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .guard import Refused, read_source


class _LenientLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !!python/name and !ENV tags are kept as plain values."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, ..., default]``, resolved as MkDocs does."""
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    else:
        names, default = [loader.construct_scalar(node)], None  # type: ignore[arg-type]
    for name in names:
        value = os.environ.get(str(name))
        if value is not None:
            return yaml.safe_load(value) if value else None
    return default


_LenientLoader.add_multi_constructor("", _any_tag)
_LenientLoader.add_constructor("!ENV", _env_tag)


@dataclass(frozen=True)
class SiteConfig:
    root: Path
    language: str = "en"
    include_drafts: bool = False
    site_name: str = "Pacte"
    site_url: str | None = None
    use_directory_urls: bool = True
    docs_dir: Path | None = None  # the hand-written pages
    templates: Path | None = None  # the plugin's `templates` option
    sources: Path | None = None  # the plugin's `root` option: where the sources are
    raw_html: bool = False  # the plugin's `raw_html` option: bodies may hold raw HTML


def pacte_options(data: dict[str, Any]) -> dict[str, Any]:
    """The options of the pacte plugin in a configuration read from mkdocs.yml."""
    for plugin in data.get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("pacte"), dict):
            return dict(plugin["pacte"])
    return {}


def read_site_config(root: Path) -> SiteConfig:
    """The site's language and Pacte options; defaults when mkdocs.yml is missing or odd."""
    try:  # bounded, and never through a link: a pull request may change mkdocs.yml too
        text = read_source(root, "mkdocs.yml").decode("utf-8-sig")
        data = yaml.load(text, Loader=_LenientLoader)
    except (Refused, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return SiteConfig(root)
    if not isinstance(data, dict):
        return SiteConfig(root)
    theme = data.get("theme")
    language = "en"
    if isinstance(theme, dict) and isinstance(theme.get("language"), str):
        language = theme["language"]
    options = pacte_options(data)
    site_name = data.get("site_name")
    site_url = data.get("site_url")
    docs_dir = data.get("docs_dir", "docs")
    return SiteConfig(
        root,
        language,
        bool(options.get("drafts", False)),
        site_name if isinstance(site_name, str) else "Pacte",
        site_url if isinstance(site_url, str) else None,
        data.get("use_directory_urls", True) is not False,
        root / docs_dir if isinstance(docs_dir, str) else None,
        _folder(root, options.get("templates")),
        _folder(root, options.get("root")),
        raw_html=options.get("raw_html") is True,
    )


def _folder(root: Path, value: Any) -> Path | None:
    return root / value if isinstance(value, str) and value else None


_MADE_WITH = {
    "fr": "Réalisé avec",
    "it": "Realizzato con",
    "de": "Erstellt mit",
}
_MATERIAL = (
    '<a href="https://squidfunk.github.io/mkdocs-material/" rel="noopener">Material for MkDocs</a>'
)


def localized_footer(language: str, copyright: str | None, generator: Any) -> str | None:
    """The footer line of a Material site in its language, or None to leave it as it is.

    Material writes "Made with Material for MkDocs" in English whatever the site's
    language, unless `extra.generator` is false: Pacte then turns it off and says it in
    the site's language after the site's own `copyright`. A site that set
    `extra.generator` itself keeps its choice.
    """
    made_with = _MADE_WITH.get(language.split("-")[0].split("_")[0].lower())
    if made_with is None or generator is not None:
        return None
    line = f"{made_with} {_MATERIAL}"
    return f"{copyright} · {line}" if copyright else line
