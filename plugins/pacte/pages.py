"""The site's pages and files, made from the model; knows nothing of MkDocs.

`Generator.outline` lists every generated page at once: its address, front matter and
the Markdown body it shows. `Generator.render` makes, page by page, the HTML around the
body (escaped, from the Jinja templates of `templates/`). An engine converts the body,
calls `Rendered.fill` (then `Rendered.fill_late` once its search index is made), so
that MkDocs today, or another engine tomorrow, can take them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from . import charts, paging, urls
from .articles import markdown_lines
from .bodypolicy import passage_html
from .diff import changes_view, compare
from .evidence import evidence
from .i18n import base_language, format_date, language_name, translator
from .ledger import Ledger, Pledge, build_ledger
from .model import (
    Article,
    Commitment,
    Document,
    Organisation,
    Party,
    Period,
    Site,
    Translation,
    Version,
)
from .paging import ListPage
from .periods import Binding, bindings, bound_by, optional_articles
from .problems import code_texts
from .translations import translated
from .typography import french_spaces_markdown
from .vocabulary import COMMITMENT_STATUSES, VERSION_STATUSES
from .yamltext import quoted

ASSETS = ("pacte.css", "pacte.js")
ASSET_DIR = "assets/pacte"


# Where the Markdown body of a page goes. Engines convert only the body; the HTML made
# here is put back in its place afterwards (fill), which keeps generated pages cheap.
BODY_MARKER = Markup("<!--pacte:body-->")
BEFORE = "<!--pacte:before-->"
AFTER = "<!--pacte:after-->"
# Parts of a page that repeat what other pages index (a member's tables of commitments,
# pictures, lists of versions) go in after the search index is made: the search then
# finds each commitment once, on its version's page, and indexing stays cheap.
# A late part may give, after LATE_INDEX, plain text that the search indexes in its
# place: a table's rows as short paragraphs are found as well and cost the indexer (an
# HTML parser in Python, paid per tag) less: a version page took 2.2 ms to index with
# its parties and commitments tables, 0.9 ms with paragraphs.
LATE_START = Markup("<!--pacte:late-start-->")
LATE_INDEX = Markup("<!--pacte:late-index-->")
LATE_END = Markup("<!--pacte:late-end-->")
_LATE_SLOT = "<!--pacte:late:{}-->"
_LATE_SLOT_END = "<!--pacte:late:{}:end-->"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Up to this many versions, a document's page repeats its current version; beyond, it
# sends the reader there: at 3,000 versions the copies would weigh 80 MB of the site's
# 400 (DESIGN.md's budget).
DOCUMENT_COPIES_UP_TO = 1000
DOCUMENT_PAGES = ("auto", "copy", "redirect")
# A hand-written page asks for a generated list with <!-- pacte:NAME --> (fill_markers).
MARKER_PREFIX = "<!-- pacte:"
RECENT_COUNT = 8  # versions listed as the latest changes


@dataclass(frozen=True)
class Page:
    """A generated page as an engine first needs it: its address, front matter and body.

    What the page shows around its body is rendered apart (`Generator.render`), so that
    an engine can list, convert and lay out every page before, or while, it is rendered.
    """

    src_uri: str  # e.g. charters/charte-avip/2025.md
    front_matter: str  # YAML, without the --- lines
    body: str = ""  # Markdown
    in_nav: bool = False  # listing pages may appear in the navigation
    alias_of: str | None = None  # shows the page of this source at its own address
    # an alias written as a page that sends the reader to that address (a large site)
    redirect: bool = False

    @property
    def markdown(self) -> str:
        """What the engine converts: the front matter, the body, and two placeholders."""
        parts = [f"---\n{self.front_matter}---\n\n{BEFORE}\n"]
        if self.body:
            parts.append(f"\n{self.body}\n\n{AFTER}\n")
        return "".join(parts)


@dataclass(frozen=True)
class Rendered:
    """The HTML of a generated page around its converted body."""

    html: str  # with BODY_MARKER where the converted body goes
    late: tuple[str, ...] = ()  # HTML put in after indexing, in the slots of `html`
    meta: dict[str, Any] = field(default_factory=dict)  # front matter a template added
    # the page's own level-2 headings, for its table of contents: (anchor, title as
    # HTML), those before the body and those after it
    headings_before: tuple[tuple[str, str], ...] = ()
    headings_after: tuple[tuple[str, str], ...] = ()

    def fill(self, converted: str) -> str:
        """The converted Markdown with the page's own HTML in place of its placeholders."""
        before, _, after = self.html.partition(BODY_MARKER)
        if AFTER not in converted:  # a page without a body
            return converted.replace(BEFORE, before + after, 1)
        head, _, rest = converted.partition(BEFORE)
        middle, _, tail = rest.rpartition(AFTER)
        return head + before + middle + after + tail

    def fill_late(self, output: str) -> str:
        """The page with the parts that are not indexed for search put in.

        Each part takes the place of its slot, and of the text indexed in its stead.
        """
        for number, part in enumerate(self.late):
            opening, closing = _LATE_SLOT.format(number), _LATE_SLOT_END.format(number)
            start = output.find(opening)
            end = output.find(closing, start)
            if start < 0 or end < 0:  # a slot another plugin took out
                continue
            output = output[:start] + part + output[end + len(closing) :]
        return output

    def standalone(self, page: Page) -> str:
        """The page as one Markdown file that any engine converts alone (`pacte generate`).

        The HTML is put in as raw blocks; the elements still open where the body goes
        are marked `markdown`, so that an engine with the md_in_html extension converts
        the body inside them. The search indexes what the plugin's build indexes: the
        parts the plugin puts in after indexing are marked `data-search-exclude` (which
        Material's search and Zensical's honour), and the plain text the plugin indexes
        in their stead is there, hidden from readers.
        """
        html = self.html
        for number, part in enumerate(self.late):
            opening, closing = _LATE_SLOT.format(number), _LATE_SLOT_END.format(number)
            start = html.find(opening)
            end = html.find(closing, start)
            if start < 0 or end < 0:
                continue
            indexed = html[start + len(opening) : end]
            shown = f"<div data-search-exclude>{part}</div>"
            if indexed.strip():
                shown += f'<div class="pacte-search-only" hidden>{indexed}</div>'
            html = html[:start] + shown + html[end + len(closing) :]
        before, _, after = html.partition(BODY_MARKER)
        front = page.front_matter
        extra = {key: value for key, value in self.meta.items() if key not in _meta_keys(front)}
        if extra:
            front += yaml.safe_dump(extra, allow_unicode=True, sort_keys=False)
        if not page.body:
            return f"---\n{front}---\n\n{before}{after}\n"
        return f"---\n{front}---\n\n{_markdown_inside(before)}\n{page.body}\n\n{after}\n"


def _meta_keys(front_matter: str) -> set[str]:
    meta = yaml.load(front_matter, Loader=_YAML_LOADER) if front_matter.strip() else None
    return set(meta) if isinstance(meta, dict) else set()


class _OpenElements(HTMLParser):
    """Where the start tags of the elements still open at the end of some HTML end."""

    VOID = frozenset(
        [
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
        ]
    )

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for line in html.split("\n"):
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)
        self.open: list[tuple[str, int]] = []  # (tag, offset of its '>')
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        line, column = self.getpos()
        start = self.line_starts[line - 1] + column
        text = self.get_starttag_text() or ""
        self.open.append((tag, start + len(text) - 1))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return


def _markdown_inside(html: str) -> str:
    """HTML whose elements left open get a `markdown="block"` attribute."""
    for _, end in reversed(_OpenElements(html).open):
        html = html[:end] + ' markdown="block"' + html[end:]
    return html


def front_matter(title: str, *, wide: bool = False, indexed: bool = True) -> str:
    """A generated page's front matter: its title, and how the theme and search treat it."""
    # escaped: the theme prints the title as it is (JSON strings are YAML)
    lines = [f"title: {quoted(str(escape(title)))}\n"]
    if wide:
        lines.append("hide: [navigation, toc]\n")  # a table that takes the page's width
    if not indexed:
        lines.append("search: {exclude: true}\n")  # what it shows is found on other pages
    return "".join(lines)


@dataclass(frozen=True)
class SiteOutput:
    pages: list[Page]
    files: dict[str, bytes]  # static files by path in the site
    copies: dict[str, Path]  # files copied as they are (signed PDFs), by path in the site


def make_environment(template_dirs: Iterable[Path] = ()) -> jinja2.Environment:
    """Templates of the package, overridable by a site's own folder."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(str(d)) for d in template_dirs]
    loaders.append(jinja2.PackageLoader("pacte", "templates"))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,  # nothing from a source reaches a page unescaped but the body
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates do not change during a build: no stat per page
    )


def filesize(size: int, language: str = "en") -> str:
    """A file's size as people read it: 1.2 MB, or 1,2 Mo in French."""
    french = language.split("-")[0].lower() == "fr"
    units = ("o", "Ko", "Mo", "Go") if french else ("B", "kB", "MB", "GB")
    if size < 1024:
        return f"{size} {units[0]}"
    value = float(size)
    for unit in units[1:]:
        value /= 1024
        if value < 1024 or unit == units[-1]:
            shown = f"{value:.1f}"
            return (
                f"{shown.replace('.', ',') if language[:2] in ('fr', 'it', 'de') else shown} {unit}"
            )
    return f"{size} {units[0]}"


_ATTRS = re.compile(r"\{[^{}]*\}\s*$")
_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$")


def body_with_anchors(
    version: Version, notes: dict[str, str] | None = None
) -> tuple[str, dict[str, str]]:
    """The Markdown body with an anchor on each article heading (article-3, article-3bis),
    and under it the HTML of NOTES for that article (by its key), if any."""
    lines = version.body.split("\n")
    notes = notes or {}
    anchors: dict[str, str] = {}
    used: set[str] = set()
    for article in version.articles:
        anchor = article.anchor
        suffix = 2
        while anchor in used:
            anchor = f"{article.anchor}-{suffix}"
            suffix += 1
        used.add(anchor)
        anchors.setdefault(article.key, anchor)
        index = article.line - version.body_line
        if 0 <= index < len(lines) and not _ATTRS.search(lines[index]):
            lines[index] = lines[index].rstrip().rstrip("#").rstrip() + f" {{ #{anchor} }}"
        note = notes.pop(article.key, None)  # under the first article of that number
        if note and 0 <= index < len(lines):
            lines[index] += f"\n\n{note}\n"
    # the page's title is its only level-1 heading: a title written again at the top of
    # the text (as imported PDFs and many editors do) is shown as a title line instead
    markdown = markdown_lines(lines)
    for index, line in enumerate(lines):
        if markdown[index] and (match := _TITLE.match(line)):
            lines[index] = f"{match.group(1)}\n{{: .pacte-body-title }}\n"
    return "\n".join(lines), anchors


class Generator:
    """Renders the pages of one site in one language."""

    def __init__(
        self,
        site: Site,
        *,
        language: str,
        use_directory_urls: bool = True,
        template_dirs: Iterable[Path] = (),
        document_pages: str = "auto",
    ) -> None:
        self.site = site
        # a document's page repeats its current version, or on a large site sends the
        # reader there (DOCUMENT_COPIES_UP_TO)
        versions = sum(len(d.versions) for d in site.documents.values())
        self.redirects = document_pages == "redirect" or (
            document_pages == "auto" and versions > DOCUMENT_COPIES_UP_TO
        )
        self.language = language
        self.t = translator(language)
        self.urls = urls.Urls(use_directory_urls)
        self.env = make_environment(template_dirs)
        self.ledger: Ledger = build_ledger(site)
        self._bound: dict[str, list[Binding]] | None = None
        self._apart: dict[tuple[str, str, str], dict[str, Period]] | None = None
        self._timelines: dict[tuple[str, str], str] = {}  # one picture per document
        self.dates: dict[dt.date, Markup] = {}
        self.pledge_rows: dict[tuple[str, tuple[str, str, str], str], Markup] = {}
        self.none = escape(self.t("none"))
        self._recipes: dict[str, Callable[[], Rendered]] = {}
        self._globals: dict[str, Any] = {
            "t": self.t,
            "fmt_date": lambda day: format_date(day, language),
            "language_name": lambda code: language_name(code, language),
            "filesize": lambda size: filesize(size, language),
            "organisations": site.organisations,
            "site_language": language,
            "url": self.urls.url,
            "version_src": urls.version_src,
            "document_src": urls.document_src,
            "member_src": urls.member_src,
            "changes_src": urls.changes_src,
            "translation_src": urls.translation_src,
            "has_changes": True,
        }
        self.rows: Any = self.env.get_template("_rows.j2").make_module(self._globals)

    # --- what the pages are: cheap, made at once ------------------------------------

    def outline(self) -> list[Page]:
        """Every generated page, in the order an engine should build them.

        Only addresses, titles and bodies are made here; `render` makes the rest of a
        page, so that an engine can have pages rendered ahead while it works on others.
        """
        t = self.t
        pages: list[Page] = []
        self._recipes = {}

        def add(page: Page, recipe: Callable[[], Rendered] | None) -> None:
            pages.append(page)
            if recipe is not None:
                self._recipes[page.src_uri] = recipe

        for kind in urls.LISTINGS:
            # a long listing is cut into pages (paging.py); the first is in the navigation
            for part in self._listing_pages(kind):
                title = t(kind + "s") + self._page_suffix(part)
                add(
                    Page(part.src, front_matter(title, wide=True), in_nav=part.number == 1),
                    partial(self._listing, kind, part),
                )
        for document in self.site.documents.values():
            labels = {v.label: v for v in document.versions}
            for version in document.versions:
                src = urls.version_src(version)
                body, anchors = body_with_anchors(version, self._article_notes(version))
                add(
                    Page(src, front_matter(version.name), body),
                    partial(self._version, document, version, src, labels, anchors),
                )
                for translation in version.translations:
                    self._outline_translation(add, document, version, translation, labels)
                predecessor = labels.get(version.supersedes or "")
                if predecessor is not None:
                    title = f"{t('changes')} – {version.name}"
                    add(
                        Page(urls.changes_src(version), front_matter(title, indexed=False)),
                        partial(self._changes, predecessor, version),
                    )
            # the document's address shows its current version
            current = urls.version_src(document.current)
            add(
                Page(urls.document_src(document), "", alias_of=current, redirect=self.redirects),
                None,
            )
        members_list = sorted(self.site.organisations.values(), key=lambda o: o.name.casefold())
        add(
            Page(urls.MEMBERS_INDEX, front_matter(t("members"), wide=True), in_nav=True),
            partial(self._members, members_list),
        )
        for org in members_list:
            add(
                Page(urls.member_src(org.id), front_matter(org.name)),
                partial(self._member, org.id),
            )
        add(
            Page(
                urls.COMMITMENTS_INDEX,
                front_matter(t("commitments"), wide=True, indexed=False),
                in_nav=True,
            ),
            self._commitments,
        )
        # for the editors: where each problem's message sends them (problems.help_address)
        add(
            Page(
                urls.PROBLEMS_INDEX, front_matter(t("problems-title"), indexed=False), in_nav=False
            ),
            self._problem_codes,
        )
        return pages

    def _outline_translation(
        self,
        add: Callable[[Page, Callable[[], Rendered] | None], None],
        document: Document,
        version: Version,
        translation: Translation,
        labels: dict[str, Version],
    ) -> None:
        """A translation's page (the version's page, its texts in that language) and the
        page showing the version's text and the translation's side by side."""
        view = translated(version, translation)
        src = urls.translation_src(version, translation.lang)
        body, anchors = body_with_anchors(view, self._article_notes(view))
        name = language_name(translation.lang, translation.lang)
        # its changes in this language, when the version it supersedes has it too
        predecessor = labels.get(version.supersedes or "")
        earlier = predecessor.translation(translation.lang) if predecessor else None
        changes = None
        if predecessor is not None and earlier is not None:
            changes = urls.translation_changes_src(version, translation.lang)
        add(
            Page(src, front_matter(f"{view.title} ({version.label}, {name})"), body),
            partial(
                self._version,
                document,
                view,
                src,
                labels,
                anchors,
                original=version,
                changes=changes,
            ),
        )
        if changes is not None and predecessor is not None and earlier is not None:
            title = f"{self.t('changes')} – {view.title} ({version.label}, {name})"
            add(
                Page(changes, front_matter(title, indexed=False)),
                partial(self._changes, translated(predecessor, earlier), view, translation.lang),
            )
        title = self.t("side-by-side") + f" – {version.name}"
        add(
            # not searched: both texts are, on their own pages
            Page(
                urls.side_by_side_src(version, translation.lang),
                front_matter(title, wide=True, indexed=False),
            ),
            partial(self._side_by_side, version, translation),
        )

    def _article_notes(self, version: Version) -> dict[str, str]:
        """For each article that commitments name, the list of them (under its heading)."""
        named: dict[str, list[Commitment]] = {}
        for commitment in version.commitments:
            if commitment.article is not None and version.article(commitment.article):
                named.setdefault(commitment.article, []).append(commitment)
        if not named:
            return {}
        template = self.env.get_template("_article_commitments.j2")
        return {
            key: template.render(**self._globals, commitments=commitments).strip()
            for key, commitments in named.items()
        }

    # --- hand-written pages: what they ask for with a marker ----------------------------

    def hand_written(self, markdown: str, src_uri: str) -> str:
        """A page written by hand, as the site shows it: the lists it asks for filled in
        (fill_markers) and, on a French site, French typography (typography.py)."""
        markdown = self.fill_markers(markdown, src_uri)
        if base_language(self.language) == "fr":
            markdown = french_spaces_markdown(markdown)
        return markdown

    def fill_markers(self, markdown: str, src_uri: str) -> str:
        """A hand-written page with each marker it holds replaced by what it names.

        `<!-- pacte:in-force -->` lists the documents in force, `<!-- pacte:recent -->`
        the latest versions; the lists are made from the sources at each build, with
        links relative to the page (SRC_URI, its path among the pages).
        """
        if MARKER_PREFIX not in markdown:
            return markdown
        for name, (template, context) in self._marker_lists().items():
            marker = f"{MARKER_PREFIX}{name} -->"
            if marker in markdown:
                html = self._render(template, src_uri, **context).html
                markdown = markdown.replace(marker, f"\n\n{html.strip()}\n\n")
        return markdown

    def _marker_lists(self) -> dict[str, tuple[str, dict[str, Any]]]:
        versions = [v for d in self.site.documents.values() for v in d.versions]
        in_force = sorted(
            (v for v in versions if v.status == "in-force"),
            key=lambda v: (v.kind, v.title.casefold(), v.label),
        )

        def when(version: Version) -> dt.date:
            start = version.effective.start if version.effective else None
            return max(d for d in (version.adopted, start, dt.date.min) if d is not None)

        recent = sorted((v for v in versions if not v.is_draft), key=when, reverse=True)
        labels = {(v.kind, v.document, v.label): v for v in versions}
        latest = [
            (v, labels.get((v.kind, v.document, v.supersedes or ""))) for v in recent[:RECENT_COUNT]
        ]
        return {
            "in-force": ("_in_force.j2", {"versions": in_force}),
            "recent": ("_recent.j2", {"versions": latest}),
        }

    # --- what the pages show: rendered one by one, on demand --------------------------

    def render(self, src_uri: str) -> Rendered:
        """The HTML of a page of the outline, around its body."""
        return self._recipe_book()[src_uri]()

    def redirect_page(self, src_uri: str) -> str:
        """The page at a document's address that sends the reader to its current version
        (a whole HTML file, from templates/redirect.html.j2)."""
        document = next(d for d in self.site.documents.values() if urls.document_src(d) == src_uri)
        version = document.current
        return self.env.get_template("redirect.html.j2").render(
            **self._globals,
            version=version,
            target=self.urls.relative(src_uri, urls.version_src(version)),
        )

    def knows(self, src_uri: str) -> bool:
        """Whether a page of the outline is rendered here (not the aliases)."""
        return src_uri in self._recipe_book()

    def _recipe_book(self) -> dict[str, Callable[[], Rendered]]:
        if not self._recipes:
            self.outline()
        return self._recipes

    def _render(self, template: str, src_uri: str, **context: Any) -> Rendered:
        def link(target: str, fragment: str = "") -> str:
            return self.urls.relative(src_uri, target, fragment)

        output = self.env.get_template(template).render(
            **self._globals,
            link=link,
            m=Snippets(self, link),
            page_src=src_uri,
            body=BODY_MARKER,
            late_start=LATE_START,
            late_index=LATE_INDEX,
            late_end=LATE_END,
            **context,
        )
        # a site's own template may still begin with front matter: it adds to the page's
        written, html = split_front_matter(output)
        meta = yaml.load(written, Loader=_YAML_LOADER) if written.strip() else None
        before, _, after = html.partition(BODY_MARKER)
        headings = (_headings(before), _headings(after))
        html, late = _set_aside(html)
        return Rendered(html, late, meta if isinstance(meta, dict) else {}, *headings)

    def _listing(self, kind: str, part: ListPage) -> Rendered:
        """Every document of a kind (in force first), or a page of them when they are many."""
        documents, pages = self._listings[kind]
        return self._render(
            "listing.md.j2",
            part.src,
            kind=kind,
            documents=documents[part.start : part.stop],
            total=len(documents),
            part=part,
            pages=pages,
        )

    def _listing_pages(self, kind: str) -> list[ListPage]:
        return self._listings[kind][1]

    @functools.cached_property
    def _listings(self) -> dict[str, tuple[list[Document], list[ListPage]]]:
        """The documents of each kind in the order of their listing, and its pages."""
        found = {}
        for kind, first in urls.LISTINGS.items():
            documents = paging.listing_order(
                d for d in self.site.documents.values() if d.kind == kind
            )
            pages = paging.split(documents, first, paging.document_weight, paging.PAGE_DOCUMENTS)
            found[kind] = (documents, pages)
        return found

    def _page_suffix(self, part: ListPage) -> str:
        """What a page's title adds to its list's: nothing on the first page."""
        return "" if part.number == 1 else f" – {self.t('page')} {part.number}"

    def _changes(self, predecessor: Version, version: Version, lang: str | None = None) -> Rendered:
        """What changed from the version it supersedes, article by article; with LANG, in
        that translation (both versions as their translations show them, `translated`)."""
        if lang is None:
            src = urls.changes_src(version)
            version_page, previous_page = urls.version_src(version), urls.version_src(predecessor)
        else:
            src = urls.translation_changes_src(version, lang)
            version_page = urls.translation_src(version, lang)
            previous_page = urls.translation_src(predecessor, lang)
        comparison = compare(predecessor, version, self.site.organisations)

        def member_url(member_id: str) -> str | None:
            if member_id not in self.site.organisations:
                return None
            return self.urls.relative(src, urls.member_src(member_id))

        view = changes_view(
            comparison,
            self.language,
            version_url=self.urls.relative(src, version_page),
            previous_url=self.urls.relative(src, previous_page),
            member_url=member_url,
        )
        return self._render(
            "changes.md.j2", src, version=version, predecessor=predecessor, changes=view
        )

    def _version(
        self,
        document: Document,
        version: Version,
        src: str,
        labels: dict[str, Version],
        anchors: dict[str, str],
        original: Version | None = None,
        changes: str | None = None,
    ) -> Rendered:
        """A version's page; with ORIGINAL, the page of its translation (VERSION: the
        version with the translation's texts, `translated`)."""
        original = original or version
        key = (document.kind, document.id)
        if key not in self._timelines:
            self._timelines[key] = charts.timeline_svg(document, self.language, self.env)
        timeline = charts.mark_version(self._timelines[key], version.label)
        return self._render(
            "version.md.j2",
            src,
            document=document,
            version=version,
            current=document.current,
            is_current=original is document.current,
            original=original,
            languages=self._languages(original, src),
            # its changes page: a translation's in its language, when both versions have it
            changes_page=changes or urls.changes_src(original),
            predecessor=labels.get(version.supersedes or ""),
            successor=self.ledger.successors.get(version.key),
            anchors=anchors,
            timeline_svg=Markup(timeline),  # its template escapes every text of the sources
            # the signed copy's signature fields set against the parties (None: no field)
            evidence=evidence(version, self.site.organisations),
            # parties bound for less than the version (they joined later, or left)
            bound_apart=self._bound_apart().get(version.key, {}),
        )

    def _languages(self, version: Version, src: str) -> list[dict[str, Any]]:
        """The languages a version can be read in, for its pages' language links: each
        with its page (SRC, the page shown, is marked current) and whether it is
        authentic; empty for a version without translations."""
        if not version.translations:
            return []
        authentic = version.authentic_languages(self.language)
        found = []
        for code in version.languages(self.language):
            target = urls.language_src(version, code, self.language)
            found.append(
                {
                    "code": code,
                    "name": language_name(code, code),
                    "src": target,
                    "current": target == src,
                    "authentic": code in authentic,
                    "side_by_side": (
                        urls.side_by_side_src(version, code) if version.translation(code) else None
                    ),
                }
            )
        return found

    def _side_by_side(self, version: Version, translation: Translation) -> Rendered:
        """The version's text and its translation's, article by article (the preamble
        first), each cell marked with its language."""
        src = urls.side_by_side_src(version, translation.lang)
        own = {a.key: a for a in translation.articles}
        pairs = [
            (
                article,
                own.get(article.key),
                Markup(passage_html(article.text)),
                Markup(passage_html(own[article.key].text)) if article.key in own else None,
            )
            for article in version.articles
        ]
        return self._render(
            "side_by_side.md.j2",
            src,
            version=version,
            translation=translation,
            view=translated(version, translation),
            original_lang=version.lang or self.language,
            preamble=(
                Markup(passage_html(_preamble(version.body, version.body_line, version.articles))),
                Markup(
                    passage_html(
                        _preamble(translation.body, translation.body_line, translation.articles)
                    )
                ),
            ),
            pairs=pairs,
            languages=self._languages(version, src),
        )

    def _members(self, members_list: list[Organisation]) -> Rendered:
        counts = {
            org_id: len({(v.kind, v.document) for v, _ in self.ledger.documents_of(org_id)})
            for org_id in self.site.organisations
        }
        return self._render(
            "members.md.j2", urls.MEMBERS_INDEX, members_list=members_list, document_counts=counts
        )

    def _member(self, org_id: str) -> Rendered:
        org = self.site.organisations[org_id]
        pledges = self.ledger.ledger_for(org.id)
        in_force = [p for p in pledges if p.in_force]
        earlier = [p for p in pledges if not p.in_force]
        # the picture shows what binds the organisation now, as the table under it does;
        # the commitments of other versions are listed apart, under their own heading
        status_chart = (
            charts.status_svg(
                org.id,
                [
                    (
                        self.t("member-commitments"),
                        charts.count_statuses(p.commitment.status for p in in_force),
                    )
                ],
                self.language,
                self.env,
            )
            if in_force
            else ""
        )
        src = urls.member_src(org.id)
        bound = self._bindings().get(org.id, [])
        # when the organisation was bound by each version: rows and groups of rows carry
        # it, and the date field (pacte.js) shows those that bound it on a given day
        periods = {b.version.key: b.period for b in bound}
        return self._render(
            "member.md.j2",
            src,
            org=org,
            children=self.ledger.children.get(org.id, []),
            documents=self.ledger.documents_of(org.id),
            in_force=in_force,
            text_languages=self._text_languages(p.version for p in in_force),
            earlier=_by_version(earlier),
            earlier_count=len(earlier),
            # hundreds of them (a registry's organisation): their number, not a table
            # whose rows would repeat the table of documents
            earlier_listed=len(earlier) <= paging.EARLIER_LISTED,
            periods=periods,
            status_svg=Markup(status_chart),  # its template escapes every text of the sources
            bindings=bound,
            # its template escapes every text of the sources
            periods_svg=Markup(
                charts.member_timeline_svg(org.id, org.name, bound, self.language, self.env)
            ),
        )

    def _text_languages(self, versions: Iterable[Version]) -> list[str]:
        """The languages the commitments of some versions can be read in: the site's,
        then those their translations give commitment texts in (_text_languages.j2)."""
        found = dict.fromkeys([self.language])
        for version in versions:
            for translation in version.translations:
                if translation.commitments:
                    found.update(dict.fromkeys(version.languages(self.language)))
        return list(found)

    def _bindings(self) -> dict[str, list[Binding]]:
        """Every organisation's periods of being bound (periods.py), made once."""
        if self._bound is None:
            self._bound = {}
            for binding in bindings(self.site):
                self._bound.setdefault(binding.member, []).append(binding)
            for found in self._bound.values():
                found.sort(key=lambda b: (b.period.start, b.version.title.casefold()))
        return self._bound

    def _bound_apart(self) -> dict[tuple[str, str, str], dict[str, Period]]:
        """For each version, its parties bound for less than the version, made once."""
        if self._apart is None:
            self._apart = {}
            for found in self._bindings().values():
                for b in found:
                    if b.differs:
                        self._apart.setdefault(b.version.key, {})[b.member] = b.period
        return self._apart

    def _problem_codes(self) -> Rendered:
        """Every problem code of the checks, what it means and what to do, in the site's
        language: made from the code's own list (problems.CODES), so it cannot drift."""
        return self._render("problems.md.j2", urls.PROBLEMS_INDEX, codes=code_texts(self.language))

    def _commitments(self) -> Rendered:
        """Every commitment, with filters. Past PAGE_ROWS (a registry's tens of thousands),
        the page holds the first rows and its filters work over every row with the rows
        file (paging.py); without script, the others are on their versions' pages and in
        the open data, not on pages of their own (which would repeat them: a third of a
        registry's site)."""
        pledges = paging.commitment_order(self.ledger.pledges)
        involved = {m for p in pledges for m in p.members}
        shown = pledges[: paging.PAGE_ROWS]
        return self._render(
            "commitments.md.j2",
            urls.COMMITMENTS_INDEX,
            text_languages=self._text_languages(p.version for p in shown),
            pledges=shown,
            total=len(pledges),
            rows_file=paging.ROWS_FILE,
            page_rows=paging.PAGE_ROWS,
            named_parties=paging.NAMED_PARTIES,
            filter_members=sorted(
                (o for o in self.site.organisations.values() if o.id in involved),
                key=lambda o: o.name.casefold(),
            ),
            filter_documents=sorted(self.site.documents.values(), key=lambda d: d.title.casefold()),
            filter_themes=sorted({t for p in pledges for t in p.version.themes}, key=str.casefold),
            commitment_statuses=COMMITMENT_STATUSES,
            version_statuses=VERSION_STATUSES,
            # what the page opens on: the commitments of the versions in force
            default_count=sum(p.in_force for p in pledges),
        )

    @functools.cached_property
    def labels(self) -> _Labels:
        """The labels of the site's language by key (Snippets.label)."""
        return _Labels(self.t)

    @functools.cached_property
    def member_rows(self) -> dict[tuple[Any, ...], Markup]:
        """Rows of members' pages that several pages share, made once (Snippets)."""
        return {}


def _css_string(text: str) -> str:
    """TEXT as a CSS string: quoted, its backslashes, quotes and line breaks escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return f'"{escaped}"'


class _Labels(dict[str, str]):
    """Labels by key, each looked up once."""

    def __init__(self, translate: Callable[[str], str]) -> None:
        super().__init__()
        self._translate = translate

    def __missing__(self, key: str) -> str:
        value = self[key] = self._translate(key)
        return value


def _by_version(pledges: Iterable[Pledge]) -> list[tuple[Version, list[Commitment]]]:
    """Commitments grouped by their version, in the order they come."""
    groups: dict[tuple[str, str, str], tuple[Version, list[Commitment]]] = {}
    for pledge in pledges:
        groups.setdefault(pledge.version.key, (pledge.version, []))[1].append(pledge.commitment)
    return list(groups.values())


_H2 = re.compile(r'<h2\b[^>]*?\bid="([^"]+)"[^>]*>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]*>")


def _preamble(body: str, body_line: int, articles: tuple[Article, ...]) -> str:
    """The text of a body before its first article, without a title line (# ...)."""
    lines = body.split("\n")
    if articles:
        lines = lines[: max(0, articles[0].line - body_line)]
    return "\n".join(line for line in lines if not _TITLE.match(line))


def _set_aside(html: str) -> tuple[str, tuple[str, ...]]:
    """The HTML with each part between LATE_START and LATE_END replaced by a numbered
    slot holding what is indexed in its stead (after LATE_INDEX, if any), and the parts."""
    pieces: list[str] = []
    late: list[str] = []
    done = 0
    while (start := html.find(LATE_START, done)) >= 0:
        end = html.find(LATE_END, start + len(LATE_START))
        if end < 0:
            break
        shown, _, indexed = html[start + len(LATE_START) : end].partition(LATE_INDEX)
        number = len(late)
        late.append(shown)
        pieces += [html[done:start], _LATE_SLOT.format(number), indexed]
        pieces.append(_LATE_SLOT_END.format(number))
        done = end + len(LATE_END)
    pieces.append(html[done:])
    return "".join(pieces), tuple(late)


def _headings(html: str) -> tuple[tuple[str, str], ...]:
    """The level-2 headings of generated HTML: anchor, and title as HTML without tags."""
    return tuple(
        (anchor, _TAG.sub("", title).strip()) for anchor, title in _H2.findall(html) if title
    )


def split_front_matter(output: str) -> tuple[str, str]:
    """A rendered template's front matter (YAML) and the rest."""
    if output.startswith("---\n"):
        end = output.find("\n---\n", 3)
        if end >= 0:
            return output[4 : end + 1], output[end + 5 :]
    return "", output


class Snippets:
    """Small pieces of HTML the templates use many times, made in Python for speed.

    Every text from the sources is escaped here, as Jinja would.
    """

    def __init__(self, generator: Generator, link: Callable[..., str]) -> None:
        self._g = generator
        self._link = link
        self._members: dict[str, Markup] = {}
        # the labels by key, for the rows that repeat by the thousand (_rows.j2): a
        # lookup costs less than a call to t() from a template
        self.label = generator.labels

    def date(self, day: dt.date | None) -> Markup:
        if day is None:
            return self._g.none
        cache = self._g.dates
        if day not in cache:
            shown = escape(format_date(day, self._g.language))
            cache[day] = Markup(f'<time datetime="{day.isoformat()}">{shown}</time>')
        return cache[day]

    def period(self, period: Period | None) -> Markup:
        t = self._g.t
        if period is None:
            return self._g.none
        start = self.date(period.start)
        if period.end is None:
            return Markup(f"{escape(t('since'))} {start} ({escape(t('open-ended'))})")
        until = escape(t("until-date"))
        return Markup(f"{escape(t('from-date'))} {start} {until} {self.date(period.end)}")

    def status(self, value: str) -> Markup:
        label = escape(self._g.t("status:" + value))
        return Markup(f'<span class="pacte-status pacte-status--{escape(value)}">{label}</span>')

    def cstatus(self, value: str | None) -> Markup:
        if not value:
            return Markup(
                f'<span class="pacte-cstatus">{escape(self._g.t("commitment:none"))}</span>'
            )
        label = escape(self._g.t("commitment:" + value))
        return Markup(f'<span class="pacte-cstatus pacte-cstatus--{escape(value)}">{label}</span>')

    def member(self, member_id: str) -> Markup:
        if member_id not in self._members:
            org = self._g.site.organisations.get(member_id)
            if org is None:
                self._members[member_id] = escape(member_id)
            else:
                href = escape(self._link(urls.member_src(member_id)))
                # the full name in a tooltip when the link shows a short one
                title = f' title="{escape(org.name)}"' if org.label != org.name else ""
                self._members[member_id] = Markup(
                    f'<a href="{href}"{title}>{escape(org.label)}</a>'
                )
        return self._members[member_id]

    def member_name(self, member_id: str) -> Markup:
        org = self._g.site.organisations.get(member_id)
        if org is None:
            return escape(member_id)
        href = escape(self._link(urls.member_src(member_id)))
        link = Markup(f'<a href="{href}">{escape(org.name)}</a>')
        return Markup(f"{link} ({escape(org.short_aside)})") if org.short_aside else link

    def texts(self, version: Version, commitment: Commitment) -> Markup:
        """The attribute of a commitment's text giving it in each language its version's
        translations give it (pacte.js shows the one a reader asks for: ?lang=); none
        when no translation does."""
        translated = version.translated_texts(commitment.id)
        if not translated:
            return Markup("")
        texts = {version.lang or self._g.language: commitment.text, **translated}
        return Markup(f' data-pacte-texts="{escape(json.dumps(texts, ensure_ascii=False))}"')

    def members(self, member_ids: Iterable[str]) -> Markup:
        return Markup(", ").join(self.member(m) for m in member_ids)

    def by(self, version: Version, commitment: Commitment) -> Markup:
        """Who a commitment binds: its parties, or "all" with the names of up to
        paging.NAMED_PARTIES parties, more counted (the version's parties table, and its
        acceptance grid for an article open to choice, name each of them)."""
        if commitment.by is not None:
            return self.members(bound_by(version, commitment))
        bound = bound_by(version, commitment)
        # made in an article open to choice: only the parties that accepted it
        optional = commitment.article in optional_articles(version)
        label = escape(self._g.t("accepting-parties" if optional else "all-parties"))
        if len(bound) > paging.NAMED_PARTIES:
            return Markup(f'{label} <span class="pacte-by-all">({len(bound)})</span>')
        orgs = self._g.site.organisations
        everyone = ", ".join(orgs[m].label if m in orgs else m for m in bound)
        return Markup(f'{label} <span class="pacte-by-all">({escape(everyone)})</span>')

    def _name(self, member_id: str) -> str:
        org = self._g.site.organisations.get(member_id)
        if org is None:
            return member_id
        return f"{org.name} ({org.short_aside})" if org.short_aside else org.name

    def index_parties(self, version: Version) -> Markup:
        """The parties as the search reads them: a short paragraph each, no table."""
        t = self._g.t
        lines = []
        for party in version.parties:
            cells = [self._name(party.member), t("role:" + party.role)]
            if party.signed:
                cells.append(f"{t('signed-on')} {format_date(party.signed, self._g.language)}")
            if party.signatory:
                who = party.signatory
                cells.extend(x for x in (who.name, who.capacity, who.mandate) if x)
            if party.withdrawn:
                day = format_date(party.withdrawn, self._g.language)
                cells.append(f"{t('withdrawn-on')} {day}")
            lines.append(f"<p>{escape(' · '.join(cells))}</p>")
        return Markup("\n".join(lines))

    def index_commitments(self, version: Version) -> Markup:
        """The commitments as the search reads them: a short paragraph each, no table."""
        t, language = self._g.t, self._g.language
        optional = optional_articles(version)
        lines = []
        for commitment in version.commitments:
            names = ", ".join(self._name(m) for m in bound_by(version, commitment))
            everyone = t("accepting-parties" if commitment.article in optional else "all-parties")
            by = f"{everyone} ({names})" if commitment.by is None else names
            cells = [commitment.text, by]
            article = version.article(commitment.article)
            if article is not None:
                cells.append(f"{t('article')} {article.number}")
            if commitment.due:
                cells.append(f"{t('due')} {format_date(commitment.due, language)}")
            cells.append(t("commitment:" + (commitment.status or "none")))
            lines.append(f"<p>{escape(' · '.join(cells))}</p>")
        return Markup("\n".join(lines))

    def themes(self, items: Iterable[str]) -> Markup:
        return Markup(" ").join(
            Markup(f'<span class="pacte-theme">{escape(theme)}</span>') for theme in items
        )

    @property
    def none(self) -> Markup:
        return self._g.none

    def article_link(self, version: Version, commitment: Commitment, page: str) -> Markup | None:
        """A link to the article a commitment names, on its version's page."""
        article = version.article(commitment.article)
        if article is None:
            return None
        href = escape(self._link(page, article.anchor))
        return Markup(f'<a href="{href}">{escape(article.number)}</a>')

    def commitment_row(self, pledge: Pledge) -> Markup:
        """A row of the commitments page (template _rows.j2), with what the filters of
        the page read in its attributes."""
        row: Markup = self._g.rows.commitment_row(pledge, self, self._link, self._g.t)
        return row

    def column_labels(self, *keys: str) -> Markup:
        """The style attribute of a table whose cells do not each repeat their column's
        name (data-label): the names of its columns from the second on, by the labels
        KEYS, which pacte.css shows before each value when a row is a card (a phone).
        A table of hundreds of rows weighs a fifth less."""
        labels = self.label
        names = ";".join(
            f"--pacte-label-{n}:{_css_string(labels[key])}"
            for n, key in enumerate(keys, 1)
            if n > 1
        )
        return Markup(f' style="{escape(names)}"')

    def bound_period(self, period: Period | None) -> Markup:
        """The attributes of a row or group of rows of a member's page that the date field
        reads (pacte.js): when the organisation was bound by its version, if ever."""
        if period is None:  # never bound: left out whatever the day
            return Markup(' data-from=""')
        until = f' data-until="{period.end.isoformat()}"' if period.end else ""
        return Markup(f' data-from="{period.start.isoformat()}"{until}')

    def period_words(self, period: Period | None) -> Markup:
        """A period in words only (its row carries the dates for machines: bound_period)."""
        t = self._g.t
        if period is None:
            return self._g.none
        start = escape(format_date(period.start, self._g.language))
        if period.end is None:
            return Markup(f"{escape(t('since'))} {start} ({escape(t('open-ended'))})")
        end = escape(format_date(period.end, self._g.language))
        return Markup(f"{escape(t('from-date'))} {start} {escape(t('until-date'))} {end}")

    def document_rows(
        self,
        documents: Iterable[tuple[Version, Party]],
        periods: dict[tuple[str, str, str], Period],
    ) -> Markup:
        """The rows of a member's documents (_rows.j2: member_document_cells), each saying
        when its version bound the organisation (PERIODS). Organisations that signed a
        version together share its row, made once."""
        cache, rows, t = self._g.member_rows, self._g.rows, self._g.t
        base = self._link(urls.MEMBERS_INDEX)
        parts = []
        for version, party in documents:
            period = periods.get(version.key)
            key = ("document", base, version.key, party.role, party.signed, period)
            cells = cache.get(key)
            if cells is None:
                cells = cache[key] = rows.member_document_cells(
                    version, party, period, self, self._link, t
                )
            parts.append(f"<tr{self.bound_period(period)}>{cells}</tr>\n")
        return Markup("".join(parts))

    def earlier_rows(
        self,
        groups: Iterable[tuple[Version, list[Commitment]]],
        periods: dict[tuple[str, str, str], Period],
    ) -> Markup:
        """The rows of a member's commitments of other versions (_rows.j2: earlier_cells),
        each saying when its version bound the organisation (PERIODS)."""
        cache, rows, t = self._g.member_rows, self._g.rows, self._g.t
        base = self._link(urls.MEMBERS_INDEX)
        parts = []
        for version, commitments in groups:
            key = ("earlier", base, version.key, tuple(c.id for c in commitments))
            cells = cache.get(key)
            if cells is None:
                cells = cache[key] = rows.earlier_cells(version, commitments, self, self._link, t)
            parts.append(f"<tr{self.bound_period(periods.get(version.key))}>{cells}</tr>\n")
        return Markup("".join(parts))

    def pledge_rows(
        self, pledges: Iterable[Pledge], periods: dict[tuple[str, str, str], Period]
    ) -> Markup:
        """A member's commitments, a group of rows per version under a heading row; each
        group says when the organisation was bound by its version (PERIODS).

        Rows are the same on every member's page (they all sit at the same depth), so
        each is made once.
        """
        cache = self._g.pledge_rows
        rows, t = self._g.rows, self._g.t
        base = self._link(urls.MEMBERS_INDEX)
        parts: list[str] = []
        current: Version | None = None
        for pledge in pledges:
            version, commitment = pledge.version, pledge.commitment
            if version is not current:
                if current is not None:
                    parts.append("</tbody>")
                current = version
                parts.append(f"<tbody{self.bound_period(periods.get(version.key))}>")
                key = (base, version.key, "")
                if key not in cache:
                    cache[key] = rows.pledge_group(version, self, self._link, t)
                parts.append(cache[key])
            key = (base, version.key, commitment.id)
            if key not in cache:
                cache[key] = rows.pledge_row(version, commitment, self, self._link, t)
            parts.append(cache[key])
        if current is not None:
            parts.append("</tbody>")
        return Markup("".join(parts))


def asset_files() -> dict[str, bytes]:
    folder = resources.files("pacte") / "assets"
    return {f"{ASSET_DIR}/{name}": (folder / name).read_bytes() for name in ASSETS}
