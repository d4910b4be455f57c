"""The site's search in a MkDocs build: Pagefind in place of Material's lunr search.

The pacte plugin calls `install` from its on_config (plugin option `search: pagefind`,
the default). Material draws its search field in the header only while its search
plugin is in `config.plugins`: the entry stays, its event handlers are taken out (no
lunr index is made, no search/search_index.json written), and the header's search
partial comes from `theme/` (`search.py`), put after the site's own custom_dir so that
a site can still override it. The handlers of this module go in as a plugin of their
own, `pacte/search`, for one build: they keep each page as MkDocs writes it and, once
the site is written, the last of the build's handlers, let the build go of what only
its pages needed and make the bundles (indexer.py), and the search panel's settings
beside them.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from . import indexer
from .i18n import translator
from .model import Site
from .search import (
    PANEL,
    SCRIPT,
    STYLE,
    THEME_DIR,
    Entry,
    SearchError,
    bundle_language,
    entries,
    indexed_html,
    languages,
    write_panel,
)

log = get_plugin_logger(__name__)

SEARCH_MODES = ("pagefind", "theme")  # the plugin's `search` option
THEME_SEARCH = "material/search"


def install(
    config: MkDocsConfig, site: Site, language: str, mode: str, release: Callable[[], None]
) -> PagefindSearch | None:
    """Put Pagefind in place of the theme's search for this build (MODE "pagefind");
    None when the site keeps its theme's search (MODE "theme"), has no search, or is not
    drawn by Material. RELEASE lets the build go of what only its pages needed: called
    once they are all written, before the bundles are made."""
    if mode != "pagefind" or config.theme.name != "material":
        return None
    lunr = config.plugins.get(THEME_SEARCH)
    if lunr is None or not getattr(lunr.config, "enabled", True):
        return None
    folder = str(THEME_DIR)
    if folder not in config.theme.dirs:
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, folder)
    # the config event is under way (and lunr's handler has run): the others are removed
    for event, handlers in config.plugins.events.items():
        if event != "config":
            handlers[:] = [h for h in handlers if getattr(h, "__self__", None) is not lunr]
    config.extra_css.append(STYLE)
    config.extra_javascript.append(SCRIPT)
    search = PagefindSearch(site, language, release)
    config.plugins["pacte/search"] = search  # registers its handlers for this build
    return search


class PagefindSearch(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Indexes the pages of one build and writes the bundles (not an entry point)."""

    def __init__(self, site: Site, language: str, release: Callable[[], None]) -> None:
        self.language = language
        self.entries = entries(site, language)
        self.indexer = indexer.Indexer(languages(site, language))
        self.release = release
        self.seconds = 0.0  # spent on the pages, on MkDocs' thread

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """What the header's search partial holds: the address of the panel's settings
        (written once for the site, `on_post_build`) and the words it shows before they
        are fetched, or when they cannot be."""
        t = translator(self.language)
        env.globals["pacte_search"] = {
            "panel": PANEL,
            "filters": t("search.filters"),
            "failed": t("search.failed"),
        }
        return env

    @event_priority(50)  # before the pacte plugin puts in the parts that are not indexed
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        start = time.perf_counter()
        entry = self._entry(page)
        try:
            if entry is not None:
                self.indexer.add(entry, "/" + (page.url or ""), indexed_html(output, entry))
        except SearchError as exc:
            raise PluginError(str(exc)) from None
        self.seconds += time.perf_counter() - start
        return output

    def _entry(self, page: Page) -> Entry | None:
        """What the search shows of a page; None for a page it leaves out."""
        search: Any = page.meta.get("search")
        if isinstance(search, dict) and search.get("exclude"):
            return None
        if page.file.generated_by is not None:  # listings, changes... are not in entries
            return self.entries.get(page.file.src_uri)
        site_language = bundle_language(None, self.language)
        return Entry(site_language, str(page.title or ""), "page")

    @event_priority(-100)  # the last: every other plugin is done with the pages
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """The bundles, once the site is written: in the memory the pages held."""
        start = time.perf_counter()
        pages = sum(self.indexer.pages.values())
        self.release()
        _give_back_memory()
        try:
            sizes = self.indexer.write(Path(config.site_dir))
            write_panel(Path(config.site_dir), self.language, sizes)
        except SearchError as exc:
            raise PluginError(str(exc)) from None
        seconds, memory = self.indexer.usage or (0.0, 0)
        shown = ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in sizes.items())
        log.debug(
            f"search: {pages} pages kept in {self.seconds:.2f} s, bundles made and written "
            f"in {time.perf_counter() - start:.2f} s ({shown}); Pagefind used {seconds:.2f} "
            f"s of processor time and {memory / 1e6:.0f} MB of memory at most"
        )

    def on_build_error(self, *, error: Exception) -> None:
        self.close()

    def close(self) -> None:
        """Stop the indexer, whatever the build came to."""
        self.indexer.close()


def _give_back_memory() -> None:
    """Collect what the build let go of and give the freed pages of the heap back to the
    system (glibc's malloc_trim; elsewhere, collected only): Pagefind, a process of its
    own, cannot use what Python keeps for later."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
