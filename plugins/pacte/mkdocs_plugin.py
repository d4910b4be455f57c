"""The MkDocs plugin: a thin adapter that hands MkDocs what the core made."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import stat
from collections import Counter
from collections.abc import Collection, Iterable
from pathlib import Path

import jinja2
from markupsafe import escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page as Page_
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.templates import TemplateContext

from .bodypolicy import clean_between
from .build import SiteBuild, build_site, open_data
from .compact import compact
from .export import DATA_FILES
from .guard import Refused, write_file
from .load import current_date
from .messages import command_language, say
from .mkdocs_search import SEARCH_MODES, PagefindSearch, install
from .model import Site
from .navigation import place_listings
from .pages import AFTER, BEFORE, DOCUMENT_PAGES, Rendered
from .problems import Problem, Severity, visible
from .siteconfig import localized_footer
from .urls import Urls, relocate_html

log = get_plugin_logger(__name__)


class PacteConfig(base.Config):  # type: ignore[no-untyped-call]
    drafts = c.Type(bool, default=False)  # publish drafts too (preview builds)
    root = c.Optional(c.Dir(exists=True))  # the sources' folder; default: beside mkdocs.yml
    templates = c.Optional(c.Dir(exists=True))  # a folder of templates overriding Pacte's
    # pages were once rendered in a worker process; the build is now cheap enough alone
    parallel = c.Deprecated(message="the option 'parallel' of pacte is no longer used: remove it")
    # bodies may hold raw HTML; never scripts, event handlers, javascript: links (bodypolicy)
    raw_html = c.Type(bool, default=False)
    # a document's page: a copy of its current version, a page sending the reader there,
    # or "auto": a copy up to DOCUMENT_COPIES_UP_TO versions (pages.py)
    document_pages = c.Choice(DOCUMENT_PAGES, default="auto")
    # the header's search: Pagefind in each text's language, or the theme's own (lunr)
    search = c.Choice(SEARCH_MODES, default="pagefind")


# A page shown at a second address: the file MkDocs wrote, its address, the other
# address, the site's folder and the file to write there in it.
Copy = tuple[str, str, str, str, str]


def write_page(site_dir: str, rel: str, html: str) -> None:
    """Write a page of Pacte's own into the built site: never through a link (guard.py)."""
    try:
        write_file(site_dir, rel, html.encode("utf-8"))
    except Refused as exc:
        raise PluginError(f"{rel} in the built site {exc}: nothing more was written") from None


def write_copy(written: str, from_url: str, to_url: str, site_dir: str, rel: str) -> None:
    """Write a built page again at another address, its relative links still right.

    The page is read from the file MkDocs wrote: what every plugin made of it.
    """
    html = Path(written).read_text(encoding="utf-8")
    write_page(site_dir, rel, relocate_html(html, from_url, to_url))


# Problems of one code and severity the build's log shows before it sums up the rest
# (a registry of thousands of versions can have thousands of one warning);
# `pacte validate` lists them all.
LOGGED_PER_CODE = 20


def log_problems(
    problems: list[Problem],
    drafts: Collection[str] = (),
    language: str = "en",
    site_url: str | None = None,
) -> None:
    """Log each problem at its level, in LANGUAGE, LOGGED_PER_CODE at most of one code
    and severity; the warnings of DRAFTS (their files) at the level of information, so
    that MkDocs' --strict does not count them (Site.blocking_warnings)."""
    levels = {Severity.ERROR: logging.ERROR, Severity.WARNING: logging.WARNING}
    seen: Counter[tuple[Severity, str]] = Counter()
    for problem in problems:
        key = (problem.severity, problem.code)
        seen[key] += 1
        if seen[key] <= LOGGED_PER_CODE:
            level = levels.get(problem.severity, logging.INFO)
            if problem.severity is Severity.WARNING and problem.path in drafts:
                level = logging.INFO
            log.log(level, problem.as_text(language, site_url))
    for (severity, code), number in seen.items():
        if number > LOGGED_PER_CODE:
            more = say(
                "{count} more {severity}s [{code}]: 'pacte validate' lists them all",
                count=number - LOGGED_PER_CODE,
                severity=severity.value,
                code=code,
            )
            log.log(levels.get(severity, logging.INFO), more.said(language))


def _pages_in(items: Iterable[object]) -> list[Page_]:
    """The pages of a navigation's ITEMS in their order, those of sections included."""
    found: list[Page_] = []
    for item in items:
        if isinstance(item, Page_):
            found.append(item)
        elif isinstance(item, Section):
            found += _pages_in(item.children)
    return found


def table_of_contents(rendered: Rendered, body: TableOfContents) -> TableOfContents:
    """The page's headings around those of its body, which go under the last one before
    it (a version's text, article by article, under "Text")."""
    before = [AnchorLink(title, anchor, 2) for anchor, title in rendered.headings_before]
    after = [AnchorLink(title, anchor, 2) for anchor, title in rendered.headings_after]
    items = list(body)
    if before and items:
        before[-1].children.extend(items)
        items = []
    toc = [*before, *items, *after]
    if toc:
        toc[0].active = True  # type: ignore[attr-defined]  # as MkDocs marks its first
    return TableOfContents(toc)


def hand_written_problems(docs_dir: str) -> list[str]:
    """What in docs/ must not be published: symbolic links (MkDocs follows them, out of
    the site too, and round in circles) and what is not a regular file (a named pipe
    would stop the build). Found without following any link."""
    problems = []
    for folder, subfolders, names in os.walk(docs_dir, followlinks=False):
        for name in sorted([*subfolders, *names]):
            path = os.path.join(folder, name)
            shown = os.path.relpath(path, os.path.dirname(docs_dir)).replace(os.sep, "/")
            try:
                mode = os.lstat(path).st_mode
            except OSError as exc:
                problems.append(f"{shown} cannot be read: {exc.strerror}")
                continue
            if stat.S_ISLNK(mode):
                problems.append(
                    f"{shown} is a symbolic link: Pacte publishes no link, even one that "
                    "stays in the site; put the file itself there"
                )
            elif not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                problems.append(f"{shown} is not a regular file: remove it")
    return problems


def serve_banner(problems: list[Problem], language: str, site_url: str | None) -> str:
    """What every page of a preview shows while its sources have errors: the problems as
    `pacte validate` says them, escaped, in a banner that needs no style sheet."""
    lines = "\n".join(escape(visible(p.as_text(language, site_url), True)) for p in problems)
    intro = say(
        "The sources have problems: the pages of the charters and conventions come back "
        "once they are fixed."
    ).said(language)
    return (
        '<div class="pacte-serve-problems" role="alert" style="margin:0;padding:1em;'
        "background:#fff3e0;color:#3e2723;border-bottom:3px solid #e65100;font:15px/1.4 "
        f'sans-serif"><p style="margin:0 0 .5em;font-weight:bold">{escape(intro)}</p>'
        f'<pre style="margin:0;white-space:pre-wrap;font:13px/1.4 monospace">{lines}</pre>'
        "</div>"
    )


def with_banner(html: str, banner: str) -> str:
    """HTML with BANNER first in its body (none: as it is)."""
    if not banner:
        return html
    body = html.find("<body")
    start = html.find(">", body) + 1 if body >= 0 else 0
    return html[:start] + banner + html[start:]


class PactePlugin(BasePlugin[PacteConfig]):  # type: ignore[no-untyped-call]
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.result: SiteBuild | None = None
        self.pages: set[str] = set()  # source paths of the generated pages MkDocs builds
        self.aliases: dict[str, list[str]] = {}  # source path -> pages that show it
        self.redirects: set[str] = set()  # the aliases written as pages sending readers on
        # pages being laid out by MkDocs: their rendering and their converted body
        self.rendered: dict[str, tuple[Rendered, str | None]] = {}
        self.written: list[Page_] = []  # the generated pages MkDocs has written
        self.data: list[File] = []  # the open data files, filled in before MkDocs copies them
        self.epoch_set = False  # SOURCE_DATE_EPOCH was set from PACTE_TODAY for this build
        self.to_copy: list[Copy] = []  # pages to show at a second address
        self.feed_title = ""
        self.search: PagefindSearch | None = None  # the search of the build under way
        self.serving = False  # under `mkdocs serve`: a broken source does not stop it
        self.broken: str = ""  # while serving: the banner of the sources' problems

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._end_build()  # `mkdocs serve` keeps this object between builds
        self.result = None
        self.pages, self.aliases, self.redirects = set(), {}, set()
        self.written = []
        self.broken = ""
        root = Path(self.config.root or Path(config.config_file_path).parent)
        theme_language = config.theme.get("language") or "en"
        language = command_language(None, str(theme_language))  # PACTE_LANG, the site's
        for extension in ("attr_list", "tables"):  # anchors on articles; tables in bodies
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        for source in ("members.yml", "charters", "conventions"):
            path = root / source
            if path.exists() and str(path) not in config.watch:
                config.watch.append(str(path))
        try:
            today = current_date()
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        if os.environ.get("PACTE_TODAY") and "SOURCE_DATE_EPOCH" not in os.environ:
            # MkDocs dates every page of sitemap.xml (and the .gz) with the build's day,
            # unless SOURCE_DATE_EPOCH says otherwise: with PACTE_TODAY, two builds of the
            # same sources on two days give the same files
            midnight = dt.datetime.combine(today, dt.time(), dt.UTC)
            os.environ["SOURCE_DATE_EPOCH"] = str(int(midnight.timestamp()))
            self.epoch_set = True  # taken back after the build
        result = build_site(
            root,
            today=today,
            language=str(theme_language),
            include_drafts=self.config.drafts,
            use_directory_urls=config.use_directory_urls,
            template_dirs=[Path(self.config.templates)] if self.config.templates else [],
            site_url=config.site_url,
            site_name=config.site_name,
            raw_html=self.config.raw_html,
            document_pages=self.config.document_pages,
        )
        problems = result.problems
        errors = [p for p in problems if p.severity is Severity.ERROR]
        # the warnings of drafts, an editor's work in progress, never block (DESIGN:
        # drafts are not published); the others do with --strict
        warnings = result.site.blocking_warnings()
        log_problems(problems, result.site.draft_files(), language, config.site_url)
        hand_written = hand_written_problems(config.docs_dir)
        for message in hand_written:
            log.error(visible(message, True))
        if errors or (config.strict and warnings) or hand_written:
            count = len(errors) + (len(warnings) if config.strict else 0) + len(hand_written)
            if self.serving and not hand_written:
                # a preview: its pages say what to fix, and the next save rebuilds it
                shown = [p for p in problems if p.severity is Severity.ERROR or config.strict]
                self.broken = serve_banner(shown, language, config.site_url)
                message = say(
                    "{count} problem(s) in the sources: every page of the preview shows "
                    "them until they are fixed",
                    count=count,
                )
                log.error(message.said(language))
                return config
            # nothing is written: the build stops before MkDocs cleans or writes the site,
            # and before it reads docs/, following its links
            message = say(
                "{count} problem(s) in the sources (see above, or run 'pacte validate'): "
                "nothing was published",
                count=count,
            )
            raise PluginError(message.said(language))
        self.result = result
        assert result.generator is not None
        config.extra_css.append(result.css)
        config.extra_javascript.append(result.javascript)
        if config.theme.name == "material":
            footer = localized_footer(
                str(theme_language), config.copyright, config.extra.get("generator")
            )
            if footer is not None:
                config.copyright = footer
                config.extra["generator"] = False
        self.feed_title = f"{result.generator.t('feed')} – {config.site_name}"
        self._set_up_search(config, result.generator.site, str(theme_language))
        return config

    def _set_up_search(self, config: MkDocsConfig, site: Site, language: str) -> None:
        """Pagefind in place of the theme's search, unless the site keeps the theme's
        (mkdocs_search.py); it indexes the pages and writes its bundles by itself."""
        if self.search is not None:  # `mkdocs serve`: a build that never ended
            self.search.close()
        self.search = install(config, site, language, self.config.search, self._release)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.result is None:  # a preview of sources with errors: its own pages only
            return files
        for page in self.result.output.pages:
            existing = files.get_file_from_path(page.src_uri)
            if existing is not None:  # a hand-written page of the same name wins
                log.info(f"{page.src_uri} is written by hand: Pacte does not generate it")
                continue
            if page.alias_of is not None:
                self.aliases.setdefault(page.alias_of, []).append(page.src_uri)
                if page.redirect:
                    self.redirects.add(page.src_uri)
                continue
            self.pages.add(page.src_uri)
            inclusion = InclusionLevel.UNDEFINED if page.in_nav else InclusionLevel.NOT_IN_NAV
            files.append(
                File.generated(config, page.src_uri, content=page.markdown, inclusion=inclusion)
            )
        for path, content in self.result.output.files.items():
            files.append(File.generated(config, path, content=content))
        self.data = [File.generated(config, path, content=b"") for path in DATA_FILES]
        for file in self.data:
            files.append(file)
        for path, source in self.result.output.copies.items():
            files.append(File.generated(config, path, abs_src_path=str(source)))
        # MkDocs holds each page's Markdown from now on: the outline's copy goes
        self.result.output.pages.clear()
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """A site without a `nav` of its own: each generated listing takes the place of
        the section MkDocs made of its folder (`navigation.place_listings`)."""
        if config.nav is not None or self.result is None:
            return nav

        def listing(item: object) -> tuple[object, str] | None:
            if isinstance(item, Section) and len(item.children) == 1:
                child = item.children[0]
                if isinstance(child, Page_) and child.file.src_uri in self.pages:
                    return child, child.file.src_uri
            return None

        nav.items = place_listings(nav.items, listing)
        for item in nav.items:
            if isinstance(item, Page_):
                item.parent = None
        nav.pages = _pages_in(nav.items)  # and the links to the previous and next page
        for page, following in itertools.pairwise(nav.pages):
            page.next_page, following.previous_page = following, page
        return nav

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        """The open data, made meanwhile, is in place before MkDocs copies the files."""
        if self.result is not None and self.result.generator is not None and self.data:
            made = open_data(self.result.generator, self.result.options)
            for file in self.data:
                file.content_bytes = made[file.src_uri]
        return env

    def on_page_markdown(
        self, markdown: str, /, *, page: Page_, config: MkDocsConfig, files: Files
    ) -> str:
        """A hand-written page gets the lists it asks for (<!-- pacte:in-force -->...) and
        the site's typography."""
        result = self.result
        if page.file.src_uri in self.pages:
            # MkDocs read the page's Markdown into page.markdown: the file's copy goes (at
            # 3,000 versions, a hundred megabytes held to the end of the build)
            page.file.content_string = ""
            return markdown
        if result is None or result.generator is None:
            return markdown
        return result.generator.hand_written(markdown, page.file.src_uri)

    def on_page_content(
        self, html: str, /, *, page: Page_, config: MkDocsConfig, files: Files
    ) -> str:
        """The converted body of a generated page, cleaned by the policy that validation
        checks: nothing active is published even if a source got past validation."""
        if page.file.src_uri not in self.pages:
            return html
        page.markdown = ""  # converted: the page's HTML is what MkDocs uses from now on
        return clean_between(html, BEFORE, AFTER, raw_html=self.config.raw_html)

    @event_priority(50)  # before the search plugin indexes the page
    def on_page_context(
        self, context: TemplateContext, /, *, page: Page_, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """Put the generated HTML around the converted body, as the page is laid out."""
        self._copy_written_pages()  # the pages before this one are written
        for file in self.data:  # copied by MkDocs before the pages: their bytes can go
            file.content_bytes = b""
        self.data = []
        generator = self.result.generator if self.result is not None else None
        if page.file.src_uri in self.pages and generator is not None:
            rendered = generator.render(page.file.src_uri)
            self.rendered[page.file.src_uri] = (rendered, page.content)
            page.content = rendered.fill(page.content or "")
            page.meta.update(rendered.meta)
            page.toc = table_of_contents(rendered, page.toc)
        return context

    def on_post_page(self, output: str, /, *, page: Page_, config: MkDocsConfig) -> str:
        """Put in what is not indexed, then write the pages that show this one elsewhere."""
        laid_out = self.rendered.pop(page.file.src_uri, None)
        if laid_out is not None:
            rendered, converted = laid_out
            output = rendered.fill_late(output)
            # MkDocs keeps every page's content to the end of the build: the converted
            # body, as for any page, not the generated HTML around it (at 3,000 versions
            # that HTML would be most of the build's memory)
            page.content = converted
            self.written.append(page)
        output = compact(self._announce_feed(with_banner(output, self.broken), page, config))
        for alias in self.aliases.get(page.file.src_uri, ()):
            url = Urls(config.use_directory_urls).url(alias)
            rel = url + "index.html" if url.endswith("/") or not url else url
            if alias in self.redirects and self.result and self.result.generator:
                write_page(config.site_dir, rel, self.result.generator.redirect_page(alias))
                continue
            # copied once MkDocs has written the page, as every plugin made it
            self.to_copy.append((page.file.abs_dest_path, page.file.url, url, config.site_dir, rel))
        return output

    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str:
        """The theme's own pages (404.html) are written compact too; while a preview's
        sources have errors, its 404 page (where the generated pages were) says them."""
        if not template_name.endswith(".html"):
            return output_content
        return compact(with_banner(output_content, self.broken))

    def _announce_feed(self, output: str, page: Page_, config: MkDocsConfig) -> str:
        """Every page names the site's Atom feed in its head, for readers' feed finders."""
        head = output.find("</head>")
        if head < 0:
            return output
        href = Urls(config.use_directory_urls).relative(page.file.src_uri, "feed.xml")
        link = (
            f'<link rel="alternate" type="application/atom+xml" '
            f'title="{escape(self.feed_title)}" href="{escape(href)}">\n'
        )
        return output[:head] + link + output[head:]

    def _copy_written_pages(self) -> None:
        for copy in self.to_copy:
            write_copy(*copy)
        self.to_copy = []

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._copy_written_pages()  # the last page is written
        self._end_build()

    def on_build_error(self, *, error: Exception) -> None:
        self._end_build()

    def _release(self) -> None:
        """Once the site is written and every plugin is done with the pages (called by
        the search, the last handler of the build's end), let go of what only the pages
        needed: the model of the sources and the generated pages' content, which MkDocs
        keeps to the end of the build. At 3,000 versions, 330 MB that Pagefind then uses
        to make the bundles."""
        for page in self.written:
            page.content = None
        self.written = []
        self.result = None

    def _end_build(self) -> None:
        if self.epoch_set:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self.epoch_set = False
        self.rendered, self.to_copy = {}, []
