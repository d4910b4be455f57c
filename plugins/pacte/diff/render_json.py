"""The records as JSON (see Comparison.as_dict and SiteChanges.as_dict)."""

from __future__ import annotations

import json

from .records import (
    Comparison,
)
from .site import SiteChanges


def render_json(comparison: Comparison | SiteChanges) -> str:
    """The records as JSON (see Comparison.as_dict and SiteChanges.as_dict)."""
    return json.dumps(comparison.as_dict(), ensure_ascii=False, indent=2) + "\n"
