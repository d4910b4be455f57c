"""Where each generated page lives, and relative links between pages."""

from __future__ import annotations

import functools
import posixpath
import re

from .model import Document, Version
from .problems import HELP_PAGE

LISTINGS = {"charter": "charters/index.md", "convention": "conventions/index.md"}
MEMBERS_INDEX = "members/index.md"
COMMITMENTS_INDEX = "commitments/index.md"
PROBLEMS_INDEX = f"{HELP_PAGE}index.md"  # every problem code explained (problems.py)


def document_src(document: Document) -> str:
    return f"{document.kind}s/{document.id}/index.md"


def version_src(version: Version) -> str:
    return f"{version.kind}s/{version.document}/{version.label}.md"


def changes_src(version: Version) -> str:
    return f"{version.kind}s/{version.document}/{version.label}/changes.md"


def translation_src(version: Version, lang: str) -> str:
    """The page of a version's translation into LANG: charters/<doc>/<version>/<lang>/."""
    return f"{version.kind}s/{version.document}/{version.label}/{lang}.md"


def translation_changes_src(version: Version, lang: str) -> str:
    """What changed from the version it supersedes, in their translations into LANG."""
    return f"{version.kind}s/{version.document}/{version.label}/{lang}/changes.md"


def side_by_side_src(version: Version, lang: str) -> str:
    """The version's text and its translation into LANG, article by article."""
    return f"{version.kind}s/{version.document}/{version.label}/{lang}/side-by-side.md"


def language_src(version: Version, lang: str, default: str) -> str:
    """The page of VERSION in LANG: its own page in its own language (DEFAULT: the site's,
    when it names none), else its translation's."""
    return (
        version_src(version)
        if lang == (version.lang or default)
        else translation_src(version, lang)
    )


def member_src(member_id: str) -> str:
    return f"members/{member_id}.md"


class Urls:
    """Page addresses as MkDocs makes them, with or without directory URLs."""

    def __init__(self, use_directory_urls: bool = True) -> None:
        self.directory_urls = use_directory_urls
        self._urls: dict[str, str] = {}  # pages link to the same pages over and over

    def url(self, src_uri: str) -> str:
        """The address of a page (for a .md source) or of a static file, from the root."""
        found = self._urls.get(src_uri)
        if found is None:
            found = self._urls[src_uri] = self._url(src_uri)
        return found

    def _url(self, src_uri: str) -> str:
        if not src_uri.endswith(".md"):
            return src_uri
        stem = src_uri[: -len(".md")]
        parent, name = posixpath.split(stem)
        if name in ("index", "README"):
            if self.directory_urls:
                return f"{parent}/" if parent else ""
            return f"{parent}/index.html" if parent else "index.html"
        return f"{stem}/" if self.directory_urls else f"{stem}.html"

    def relative(self, from_src: str, to_src: str, fragment: str = "") -> str:
        """A link from one page to another page or file, relative so the site can move."""
        link = _relative(_directory(self.url(from_src)), self.url(to_src))
        return link + (f"#{fragment}" if fragment else "")


@functools.lru_cache(maxsize=65536)
def _relative(base: str, target: str) -> str:
    """The path from a folder to a page or file, both from the site root (generated pages
    link to each other by the hundred thousand: this is plain list work, no filesystem)."""
    here = [part for part in base.split("/") if part]
    there = [part for part in target.split("/") if part]
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    parts = [".."] * (len(here) - common) + there[common:]
    link = "/".join(parts) or "."
    if target.endswith("/") or not target:
        return "./" if link == "." else link + "/"
    return link


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")
_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_CONFIG_PATH = re.compile(r'("(?:base|search)":\s*")([^"]*)(")')


def _directory(url: str) -> str:
    return url.rstrip("/") if url.endswith("/") or not url else posixpath.dirname(url)


def relocate_html(html: str, from_url: str, to_url: str) -> str:
    """A built page moved to another address: its relative links still lead where they did.

    Used to show a document's current version at the document's own address without
    building the page twice (links in attributes and in the theme's JSON settings).
    """
    source, target = _directory(from_url), _directory(to_url)
    if source == target:
        return html

    def move(match: re.Match[str]) -> str:
        value = match.group(2)
        if not value or value.startswith(("#", "/", "?")) or _SCHEME.match(value):
            return match.group(0)
        return match.group(1) + _moved(source, target, value) + match.group(3)

    html = _ATTRIBUTE.sub(move, html)
    return _CONFIG_PATH.sub(move, html)


@functools.lru_cache(maxsize=16384)
def _moved(source: str, target: str, value: str) -> str:
    """A relative link written in folder SOURCE, rewritten for folder TARGET (pages share
    most of their links: the theme's assets, the navigation)."""
    path, mark, rest = value.partition("#") if "#" in value else value.partition("?")
    joined = posixpath.normpath(posixpath.join(source or ".", path or "."))
    moved = posixpath.relpath(joined, target or ".")
    if path.endswith("/") or path in ("", ".", "./"):
        moved = "./" if moved == "." else moved + "/"
    return moved + mark + rest
