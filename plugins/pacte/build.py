"""One build of a site: load, check, and outline every page and file (no MkDocs here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .export import data_files
from .load import current_date, load_site
from .model import Site
from .pages import ASSET_DIR, Generator, Rendered, SiteOutput, asset_files
from .problems import Problem
from .schema import data_schema_files, schema_files
from .siteconfig import SiteConfig


@dataclass(frozen=True)
class BuildOptions:
    """What a build is made from: another process given these makes the same pages."""

    root: Path
    language: str
    include_drafts: bool = False
    use_directory_urls: bool = True
    template_dirs: tuple[Path, ...] = ()
    site_url: str | None = None
    site_name: str = "Pacte"
    today: dt.date | None = None
    raw_html: bool = False  # bodies may hold raw HTML (never what runs code: bodypolicy)
    document_pages: str = "auto"  # a document's page: "copy", "redirect" or "auto" (pages.py)


@dataclass
class SiteBuild:
    site: Site
    output: SiteOutput
    options: BuildOptions
    problems: list[Problem] = field(default_factory=list)
    generator: Generator | None = None  # renders the pages of `output`; None if invalid
    css: str = f"{ASSET_DIR}/pacte.css"
    javascript: str = f"{ASSET_DIR}/pacte.js"

    def render(self, src_uri: str) -> Rendered:
        assert self.generator is not None, "an invalid site has no pages"
        return self.generator.render(src_uri)


def make_generator(site: Site, options: BuildOptions) -> Generator:
    """The page generator of a valid site, for the published versions."""
    return Generator(
        site.published(options.include_drafts),
        language=options.language,
        use_directory_urls=options.use_directory_urls,
        template_dirs=options.template_dirs,
        document_pages=options.document_pages,
    )


def site_options(
    config: SiteConfig,
    *,
    include_drafts: bool | None = None,
    site_url: str | None = None,
    today: dt.date | None = None,
) -> BuildOptions:
    """The options of a build of a site, as its mkdocs.yml gives them (what the plugin
    reads from MkDocs' configuration); drafts and the address as given, if given."""
    return BuildOptions(
        config.sources or config.root,
        config.language,
        config.include_drafts if include_drafts is None else include_drafts,
        config.use_directory_urls,
        (config.templates,) if config.templates else (),
        site_url or config.site_url,
        config.site_name,
        today or current_date(),
        config.raw_html,
    )


def open_data(generator: Generator, options: BuildOptions) -> dict[str, bytes]:
    """The open data files and the feed of a site (export.DATA_FILES), by path.

    The one way to them: the plugin's build, `pacte
    generate` and `pacte export` all make them here, from the published versions of
    the generator (drafts as the options say) and the addresses of the options.
    """
    site = generator.site
    return data_files(site, generator.urls, options.site_url, options.site_name, generator.ledger)


def export_open_data(options: BuildOptions) -> tuple[Site, dict[str, bytes] | None]:
    """The site's sources, checked, and its open data as a build with OPTIONS makes it
    (None from an invalid tree), without outlining any page."""
    site = load_site(options.root, options.language, options.today, raw_html=options.raw_html)
    if not site.valid:
        return site, None
    return site, open_data(make_generator(site, options), options)


def static_files() -> dict[str, bytes]:
    """The files of every site: style and script, and the JSON Schemas, of the sources
    (`schema/`, as the repository keeps them for editors) and of the open data
    (`data/schema/`, beside the files they describe)."""
    files = asset_files()
    for name, text in schema_files().items():
        files[f"schema/{name}"] = text.encode("utf-8")
    for name, content in data_schema_files().items():
        files[f"data/schema/{name}"] = content
    return files


def build_site(
    root: Path,
    *,
    language: str,
    include_drafts: bool = False,
    use_directory_urls: bool = True,
    template_dirs: Iterable[Path] = (),
    site_url: str | None = None,
    site_name: str = "Pacte",
    today: dt.date | None = None,
    raw_html: bool = False,
    document_pages: str = "auto",
) -> SiteBuild:
    """Everything a site shows, from its sources; pages are made only from a valid tree.

    The pages are outlined (addresses, titles, bodies); `SiteBuild.render` makes
    what each shows around its body, when the engine asks for it, and the open data
    (`open_data`). The output's files are the static ones: style, script, schemas.
    """
    return build(
        BuildOptions(
            root,
            language,
            include_drafts,
            use_directory_urls,
            tuple(template_dirs),
            site_url,
            site_name,
            today or current_date(),
            raw_html,
            document_pages,
        )
    )


def build(options: BuildOptions) -> SiteBuild:
    """`build_site` with its options given as one record (see `site_options`)."""
    root = options.root
    site = load_site(root, options.language, options.today, raw_html=options.raw_html)
    if not site.valid:
        return SiteBuild(site, SiteOutput([], {}, {}), options, site.problems)
    generator = make_generator(site, options)
    published = generator.site
    files = static_files()
    copies = {v.signed_copy: root / v.signed_copy for v in published.versions() if v.signed_copy}
    output = SiteOutput(generator.outline(), files, copies)
    return SiteBuild(site, output, options, site.problems, generator)
