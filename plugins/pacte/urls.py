"""Where each generated page lives, and relative links between pages."""

from __future__ import annotations

import posixpath

from .model import Document, Version

LISTINGS = {"charter": "charters/index.md", "convention": "conventions/index.md"}
MEMBERS_INDEX = "members/index.md"
COMMITMENTS_INDEX = "commitments/index.md"


def document_src(document: Document) -> str:
    return f"{document.kind}s/{document.id}/index.md"


def version_src(version: Version) -> str:
    return f"{version.kind}s/{version.document}/{version.label}.md"


def changes_src(version: Version) -> str:
    return f"{version.kind}s/{version.document}/{version.label}/changes.md"


def member_src(member_id: str) -> str:
    return f"members/{member_id}.md"


class Urls:
    """Page addresses as MkDocs makes them, with or without directory URLs."""

    def __init__(self, use_directory_urls: bool = True) -> None:
        self.directory_urls = use_directory_urls

    def url(self, src_uri: str) -> str:
        """The address of a page (for a .md source) or of a static file, from the root."""
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
        here = self.url(from_src)
        base = here if here.endswith("/") or not here else posixpath.dirname(here)
        target = self.url(to_src)
        link = posixpath.relpath(target or ".", base or ".")
        if target.endswith("/") or not target:
            link = "./" if link == "." else link + "/"
        return link + (f"#{fragment}" if fragment else "")
