"""Each comparison rendered in the format asked for: text, Markdown or JSON."""

from __future__ import annotations

from .records import (
    Comparison,
)
from .render_common import COMMENT_LIMIT, Format
from .render_json import render_json
from .render_markdown import render_markdown, site_changes_markdown
from .render_text import render_text, site_changes_text
from .site import SiteChanges


def render_comparison(comparison: Comparison, fmt: Format, language: str = "en") -> str:
    if fmt == "json":
        return render_json(comparison)
    if fmt == "markdown":
        return render_markdown(comparison, language)
    return render_text(comparison, language)


def render_site_changes(
    changes: SiteChanges, fmt: Format, language: str = "en", limit: int | None = COMMENT_LIMIT
) -> str:
    if fmt == "json":
        return render_json(changes)
    if fmt == "markdown":
        return site_changes_markdown(changes, language, limit)
    return site_changes_text(changes, language)
