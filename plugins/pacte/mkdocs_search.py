"""The site's search in a MkDocs build: Pagefind in place of Material's lunr search.

The pacte plugin calls `install` from its on_config (plugin option `search: pagefind`,
the default). Material draws its search field in the header only while its search
plugin is in `config.plugins`: the entry stays, its event handlers are taken out (no
lunr index is made, no search/search_index.json written), and the header's search
partial comes from `theme/` (`search.py`), put after the site's own custom_dir so that
a site can still override it. The handlers of this module go in as a plugin of their
own, `pacte/search`, for one build: they index each page as MkDocs writes it and write
the bundles, and the search panel's settings beside them, once the site is built.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from .i18n import translator
from .model import Site
from .search import (
    PANEL,
    SCRIPT,
    STYLE,
    THEME_DIR,
    Entry,
    Indexer,
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


def install(config: MkDocsConfig, site: Site, language: str, mode: str) -> PagefindSearch | None:
    """Put Pagefind in place of the theme's search for this build (MODE "pagefind");
    None when the site keeps its theme's search (MODE "theme"), has no search, or is not
    drawn by Material."""
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
    search = PagefindSearch(site, language)
    config.plugins["pacte/search"] = search  # registers its handlers for this build
    return search


class PagefindSearch(BasePlugin):  # type: ignore[type-arg,no-untyped-call]
    """Indexes the pages of one build and writes the bundles (not an entry point)."""

    def __init__(self, site: Site, language: str) -> None:
        self.language = language
        self.entries = entries(site, language)
        self.bundles = languages(site, language)
        self.indexer = Indexer(self.bundles)
        self.seconds = 0.0  # spent on the pages, on MkDocs' thread
        self.waiting: set[str] = set()  # the pages it indexes that MkDocs has yet to write

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

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """The pages to come: once the last is written, Pagefind makes the bundles while
        MkDocs goes on with the pages it does not index (the commitments page, say)."""
        self.waiting = {
            file.src_uri
            for file in files.documentation_pages()
            if file.generated_by is None or file.src_uri in self.entries
        }
        return files

    @event_priority(50)  # before the pacte plugin puts in the parts that are not indexed
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        start = time.perf_counter()
        entry = self._entry(page)
        try:
            if entry is not None:
                self.indexer.add(entry, "/" + (page.url or ""), indexed_html(output, entry))
            if self.waiting:
                self.waiting.discard(page.file.src_uri)
                if not self.waiting:
                    self.indexer.finish()
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

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        start = time.perf_counter()
        try:
            sizes = self.indexer.write(Path(config.site_dir))
            write_panel(Path(config.site_dir), self.language, self.bundles)
        except SearchError as exc:
            raise PluginError(str(exc)) from None
        pages = sum(self.indexer.pages.values())
        seconds, memory = self.indexer.usage or (0.0, 0)
        shown = ", ".join(f"{lang} {size / 1e6:.1f} MB" for lang, size in sizes.items())
        log.debug(
            f"search: {pages} pages sent to Pagefind in {self.seconds:.2f} s, bundles "
            f"written in {time.perf_counter() - start:.2f} s ({shown}); Pagefind used "
            f"{seconds:.2f} s of processor time and {memory / 1e6:.0f} MB of memory at most"
        )

    def on_build_error(self, *, error: Exception) -> None:
        self.close()

    def close(self) -> None:
        """Stop the indexer, whatever the build came to."""
        self.indexer.close()
