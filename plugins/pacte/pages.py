"""The site's pages and files, made from the model; knows nothing of MkDocs.

`build_pages` returns every generated page (Markdown with HTML blocks) and every
static file (open data, feed, assets) keyed by their path in the site, so that any
engine (MkDocs today, another tomorrow) or a plain folder can take them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from . import charts, urls
from .diff import compare
from .diff_render import changes_html
from .i18n import format_date, translator
from .ledger import Ledger, Pledge, build_ledger
from .model import Document, Site, Version
from .vocabulary import COMMITMENT_STATUSES, VERSION_STATUSES

ASSETS = ("pacte.css", "pacte.js")
ASSET_DIR = "assets/pacte"


@dataclass(frozen=True)
class Page:
    src_uri: str  # e.g. charters/charte-avip/2025.md
    content: str
    in_nav: bool = False  # listing pages may appear in the navigation


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
    )


def filesize(size: int) -> str:
    for unit in ("o", "Ko", "Mo", "Go"):
        if size < 1024 or unit == "Go":
            return f"{size} {unit}" if unit == "o" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


_ATTRS = re.compile(r"\{[^{}]*\}\s*$")


def body_with_anchors(version: Version) -> tuple[str, dict[str, str]]:
    """The Markdown body with an anchor on each article heading (article-3, article-3bis)."""
    lines = version.body.split("\n")
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
    ) -> None:
        self.site = site
        self.language = language
        self.t = translator(language)
        self.urls = urls.Urls(use_directory_urls)
        self.env = make_environment(template_dirs)
        self.ledger: Ledger = build_ledger(site)
        self._timelines: dict[tuple[str, str], str] = {}  # one picture per document
        self._globals: dict[str, Any] = {
            "t": self.t,
            "fmt_date": lambda day: format_date(day, language),
            "filesize": filesize,
            "organisations": site.organisations,
            "site_language": language,
            "url": self.urls.url,
            "version_src": urls.version_src,
            "document_src": urls.document_src,
            "member_src": urls.member_src,
            "changes_src": urls.changes_src,
            "has_changes": True,
        }

    def render(self, template: str, src_uri: str, **context: Any) -> Page:
        def link(target: str, fragment: str = "") -> str:
            return self.urls.relative(src_uri, target, fragment)

        content = self.env.get_template(template).render(
            **self._globals, link=link, page_src=src_uri, **context
        )
        return Page(src_uri, content, in_nav=src_uri.endswith("index.md"))

    def pages(self) -> Iterator[Page]:
        for kind, src in urls.LISTINGS.items():
            documents = sorted(
                (d for d in self.site.documents.values() if d.kind == kind),
                key=lambda d: d.title.casefold(),
            )
            yield self.render("listing.md.j2", src, kind=kind, documents=documents)
        for document in self.site.documents.values():
            yield from self.document_pages(document)
        yield from self.member_pages()
        yield self.commitments_page()

    def document_pages(self, document: Document) -> Iterator[Page]:
        current = document.current
        labels = {v.label: v for v in document.versions}
        for version in document.versions:
            yield self.version_page(document, version, urls.version_src(version), labels)
            predecessor = labels.get(version.supersedes or "")
            if predecessor is not None:
                yield self.changes_page(predecessor, version)
        yield self.version_page(document, current, urls.document_src(document), labels)

    def changes_page(self, predecessor: Version, version: Version) -> Page:
        """What changed from the version it supersedes, article by article."""
        src = urls.changes_src(version)
        comparison = compare(predecessor, version, self.site.organisations)

        def member_url(member_id: str) -> str | None:
            if member_id not in self.site.organisations:
                return None
            return self.urls.relative(src, urls.member_src(member_id))

        fragment = changes_html(
            comparison,
            self.language,
            version_url=self.urls.relative(src, urls.version_src(version)),
            previous_url=self.urls.relative(src, urls.version_src(predecessor)),
            member_url=member_url,
        )
        page = self.render(
            "changes.md.j2",
            src,
            version=version,
            predecessor=predecessor,
            changes=Markup(fragment),  # diff_render escapes every text of the sources
            meta_title=str(escape(f"{self.t('changes')} – {version.title} ({version.label})")),
        )
        return Page(src, page.content, in_nav=False)

    def version_page(
        self, document: Document, version: Version, src: str, labels: dict[str, Version]
    ) -> Page:
        body, anchors = body_with_anchors(version)
        title = f"{version.title} ({version.label})"
        key = (document.kind, document.id)
        if key not in self._timelines:
            self._timelines[key] = charts.timeline_svg(document, self.language)
        timeline = charts.mark_version(self._timelines[key], version.label)
        page = self.render(
            "version.md.j2",
            src,
            document=document,
            version=version,
            current=document.current,
            is_current=version is document.current,
            predecessor=labels.get(version.supersedes or ""),
            successor=self.ledger.successors.get(version.key),
            body=body,
            anchors=anchors,
            meta_title=str(escape(title)),
            timeline_svg=Markup(timeline),  # charts.py escapes every text of the sources
        )
        return Page(src, page.content, in_nav=False)

    def member_pages(self) -> Iterator[Page]:
        counts = {org_id: 0 for org_id in self.site.organisations}
        for org_id in self.site.organisations:
            counts[org_id] = len(
                {(v.kind, v.document) for v, _ in self.ledger.documents_of(org_id)}
            )
        members_list = sorted(self.site.organisations.values(), key=lambda o: o.name.casefold())
        yield self.render(
            "members.md.j2", urls.MEMBERS_INDEX, members_list=members_list, document_counts=counts
        )
        for org in members_list:
            pledges = self.ledger.ledger_for(org.id)
            in_force = [p for p in pledges if p.in_force]
            earlier = [p for p in pledges if not p.in_force]
            status_chart = charts.status_svg(
                org.id,
                [
                    (
                        self.t("member-commitments"),
                        charts.count_statuses(p.commitment.status for p in in_force),
                    ),
                    (
                        self.t("member-earlier"),
                        charts.count_statuses(p.commitment.status for p in earlier),
                    ),
                ],
                self.language,
            )
            page = self.render(
                "member.md.j2",
                urls.member_src(org.id),
                org=org,
                children=self.ledger.children.get(org.id, []),
                documents=self.ledger.documents_of(org.id),
                in_force=in_force,
                earlier=earlier,
                meta_title=str(escape(org.name)),
                status_svg=Markup(status_chart),  # charts.py escapes every text of the sources
            )
            yield Page(page.src_uri, page.content, in_nav=False)

    def commitments_page(self) -> Page:
        pledges: list[Pledge] = sorted(
            self.ledger.pledges,
            key=lambda p: (
                p.version.status != "in-force",
                p.version.title.casefold(),
                p.version.label,
                p.commitment.line,
            ),
        )
        involved = {m for p in pledges for m in p.members}
        return self.render(
            "commitments.md.j2",
            urls.COMMITMENTS_INDEX,
            pledges=pledges,
            filter_members=sorted(
                (o for o in self.site.organisations.values() if o.id in involved),
                key=lambda o: o.name.casefold(),
            ),
            filter_documents=sorted(self.site.documents.values(), key=lambda d: d.title.casefold()),
            filter_themes=sorted({t for p in pledges for t in p.version.themes}, key=str.casefold),
            commitment_statuses=COMMITMENT_STATUSES,
            version_statuses=VERSION_STATUSES,
        )


def asset_files() -> dict[str, bytes]:
    folder = resources.files("pacte") / "assets"
    return {f"{ASSET_DIR}/{name}": (folder / name).read_bytes() for name in ASSETS}
