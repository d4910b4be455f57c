"""What a built site's Pagefind bundles hold: each indexed page as Pagefind keeps it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"


def read_file(path: Path) -> bytes:
    """A file of a bundle, uncompressed and without Pagefind's signature."""
    data = path.read_bytes()
    if not data.startswith(SIGNATURE):
        data = gzip.decompress(data)
    assert data.startswith(SIGNATURE), path
    return data[len(SIGNATURE) :]


def bundles(site: Path) -> list[Path]:
    """The folder of each bundle, pagefind/<lang>/ (beside them: the panel's settings)."""
    return [path for path in (site / "pagefind").iterdir() if path.is_dir()]


def fragments(site: Path) -> dict[str, list[dict[str, Any]]]:
    """Every page of each bundle (url, content, meta, filters, anchors), by language."""
    found: dict[str, list[dict[str, Any]]] = {}
    for bundle in sorted(bundles(site)):
        found[bundle.name] = [
            json.loads(read_file(path)) for path in sorted(bundle.glob("fragment/*.pf_fragment"))
        ]
    return found


def pages(site: Path) -> dict[str, dict[str, Any]]:
    """Every indexed page by its address (without the leading /), with its language."""
    return {
        fragment["url"].lstrip("/"): {**fragment, "language": language}
        for language, found in fragments(site).items()
        for fragment in found
    }
