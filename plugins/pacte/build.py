"""One build of a site: load, check, and make every page and file (no MkDocs here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .export import data_files
from .load import load_site
from .model import Site
from .pages import ASSET_DIR, Generator, SiteOutput, asset_files
from .problems import Problem
from .schema import schema_files
from .urls import Urls


@dataclass
class SiteBuild:
    site: Site
    output: SiteOutput
    problems: list[Problem] = field(default_factory=list)
    css: str = f"{ASSET_DIR}/pacte.css"
    javascript: str = f"{ASSET_DIR}/pacte.js"


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
) -> SiteBuild:
    """Everything a site shows, from its sources; pages are made only from a valid tree."""
    site = load_site(root, language, today)
    if not site.valid:
        return SiteBuild(site, SiteOutput([], {}, {}), site.problems)
    published = site.published(include_drafts)
    generator = Generator(
        published,
        language=language,
        use_directory_urls=use_directory_urls,
        template_dirs=template_dirs,
    )
    urls = Urls(use_directory_urls)
    files = data_files(published, urls, site_url, site_name, generator.ledger)
    files.update(asset_files())
    for name, text in schema_files().items():
        files[f"data/schema/{name}"] = text.encode("utf-8")
    copies = {v.signed_copy: root / v.signed_copy for v in published.versions() if v.signed_copy}
    return SiteBuild(site, SiteOutput(list(generator.pages()), files, copies), site.problems)
