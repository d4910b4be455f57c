"""The navigation of a site that has no `nav` of its own.

MkDocs then makes a section of each folder, titled from the folder's name ("Charters",
"Members" on a French site), and sorts them by those names: each generated listing
would sit alone in a section named in English. The listing takes its section's place
instead, under its own title in the site's language, and the listings come in the order
of NAV_ORDER. A folder that also holds pages of the site's own keeps its section.

The plugin applies it to the navigation MkDocs made (`mkdocs_plugin.on_nav`); `pacte
generate` to the `nav` it writes, so that every engine shows the same navigation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .urls import COMMITMENTS_INDEX, LISTINGS, MEMBERS_INDEX

# the generated pages of the navigation, in this order (MkDocs would sort their folders'
# English names: charters, commitments, conventions, members)
NAV_ORDER = (*LISTINGS.values(), MEMBERS_INDEX, COMMITMENTS_INDEX)

Item = TypeVar("Item")


def place_listings(
    items: Iterable[Item], listing: Callable[[Item], tuple[Item, str] | None]
) -> list[Item]:
    """The top level of a navigation, ITEMS, with each section that holds nothing but a
    generated listing replaced by it (LISTING gives the listing of a section and its
    source path, or None), the listings in the order of NAV_ORDER in the places their
    sections had."""
    placed = list(items)
    slots: list[int] = []
    found: list[tuple[Item, str]] = []
    for index, item in enumerate(placed):
        inside = listing(item)
        if inside is not None:
            slots.append(index)
            found.append(inside)
    found.sort(key=lambda pair: _rank(pair[1]))
    for slot, (page, _src) in zip(slots, found, strict=True):
        placed[slot] = page
    return placed


def _rank(src: str) -> int:
    return NAV_ORDER.index(src) if src in NAV_ORDER else len(NAV_ORDER)


def engine_nav(config_file: Path, listings: Mapping[str, str]) -> list[Any] | None:
    """The `nav` that `pacte generate` writes into CONFIG_FILE (its mkdocs.yml) for a
    site without one: what MkDocs makes of the pages beside it (its folders as sections,
    the pages kept out of the navigation left out), each listing in the place of its
    section. LISTINGS: the generated pages by their path in the folder, each with its
    path in the site. None if the site has a `nav`, or if MkDocs cannot read the
    configuration (the engine then says why, as it would have)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException
    from mkdocs.structure.files import file_sort_key, get_files
    from mkdocs.utils import nest_paths

    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)  # what it says of the site, the engine says too
    try:
        # without plugins or hooks: only the pages and what keeps them out count here
        config = load_config(str(config_file), plugins=[], hooks=[])
        if config.nav is not None:
            return None
        files = get_files(config)
    except (MkDocsException, OSError, ValueError):
        return None
    finally:
        logger.setLevel(level)
    pages = sorted(files.documentation_pages(), key=file_sort_key)
    in_nav = [f.src_uri for f in pages if f.inclusion.is_in_nav()]  # type: ignore[no-untyped-call]
    nav: list[Any] = nest_paths(in_nav)  # type: ignore[no-untyped-call]

    def listing(item: Any) -> tuple[Any, str] | None:
        if isinstance(item, dict) and len(item) == 1:
            [children] = item.values()
            if len(children) == 1 and isinstance(children[0], str) and children[0] in listings:
                return children[0], listings[children[0]]
        return None

    return place_listings(nav, listing)
