"""Long lists in pages of a size budget, and the compact rows of the commitments page.

At registry scale (3,000 versions: 37,500 commitments, 1,500 documents) a list on one
page would weigh tens of megabytes. A list is cut into pages (`split`): the first at the
list's own address, the others at `<folder>/page_N/` (`page_src`; an underscore, so
that no document id, a slug, can take the address), each holding at most PAGE_ROWS
rows and about PAGE_BYTES of them, so that no page passes 1 MB. A small site's lists
stay on one page.

The commitments page is one page: it holds its first PAGE_ROWS rows, and its filters
work over every commitment with the compact rows of `commitments/rows.json`
(`rows_file`), fetched when a reader filters, sorts or asks for more, and drawn by
pacte.js from a `<template>` of the page: this file holds data only (texts, codes,
dates), never HTML. Without script, the other commitments are on their versions' pages
and in the open data: pages of their own would repeat them (a third of a registry's
site, 33 MB at 3,000 versions).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from .i18n import format_date
from .ledger import Ledger, Pledge
from .model import Article, Document, Site
from .periods import bound_by, optional_articles
from .urls import COMMITMENTS_INDEX, Urls, member_src, version_src

PAGE_ROWS = 500  # rows of the commitments page written in it (the others: the rows file)
PAGE_DOCUMENTS = 200  # rows of a listing of documents
PAGE_BYTES = 600_000  # about this much HTML of rows on a page, at most
ROWS_FILE = "commitments/rows.json"
# how many parties of a commitment made by "all" its row names; more are counted
NAMED_PARTIES = 5
# how many commitments of other versions a member's page lists; more are counted (each
# is on its version's page, which the member's table of documents links to)
EARLIER_LISTED = 200

T = TypeVar("T")


def page_src(first: str, number: int) -> str:
    """The source path of page NUMBER (from 1) of the list whose first page is FIRST."""
    if number == 1:
        return first
    folder = first.rsplit("/", 1)[0]
    return f"{folder}/page_{number}.md"


@dataclass(frozen=True)
class ListPage:
    """One page of a list: its number (from 1), its source path and its rows."""

    number: int
    src: str
    start: int  # index of its first row in the whole list
    stop: int  # index after its last row


def split(
    items: Sequence[T], first: str, weight: Callable[[T], int], max_rows: int
) -> list[ListPage]:
    """ITEMS in pages of at most MAX_ROWS rows and about PAGE_BYTES, WEIGHT being the
    bytes a row is expected to take (an estimate: pages are cut before being rendered)."""
    pages: list[ListPage] = []
    start, size = 0, 0
    for index, item in enumerate(items):
        cost = weight(item)
        if index > start and (index - start >= max_rows or size + cost > PAGE_BYTES):
            pages.append(ListPage(len(pages) + 1, page_src(first, len(pages) + 1), start, index))
            start, size = index, 0
        size += cost
    pages.append(ListPage(len(pages) + 1, page_src(first, len(pages) + 1), start, len(items)))
    return pages


# --- the commitments ---------------------------------------------------------------------


def commitment_order(pledges: Iterable[Pledge]) -> list[Pledge]:
    """The commitments as the commitments page lists them: those in force first, then by
    document title, version and place in the file."""
    return sorted(
        pledges,
        key=lambda p: (
            p.version.status != "in-force",
            p.version.title.casefold(),
            p.version.label,
            p.commitment.line,
        ),
    )


def document_weight(document: Document) -> int:
    """About how many bytes a document's row takes on its listing."""
    version = document.current
    return 700 + 2 * len(version.title) + 110 * len(version.parties) + 60 * len(document.versions)


def listing_order(documents: Iterable[Document]) -> list[Document]:
    """Documents as their listing shows them: those in force first, then by title."""
    return sorted(
        documents, key=lambda d: (d.current.status != "in-force", d.current.title.casefold())
    )


def rows_file(site: Site, urls: Urls, ledger: Ledger) -> bytes:
    """The compact rows the commitments page filters with script (ROWS_FILE).

    `members`: [id, short label, name (null when it is the label), link from the page
    (null for an id outside the registry)]; `themes`: names;
    `versions`: [link from the page, "kind/document", label, title, status, [themes],
    [members bound by a commitment of "all"]]; `dates`: {ISO date: as the site writes
    it}; `rows`, in the page's order: [version, commitment id, text, by, article, due,
    status], where by is 0 for every party of the version, [members] for the parties
    named, or [-1, members] for the parties that accepted an article open to choice;
    article is its number as written (its anchor being article-NUMBER), [number,
    anchor], or null; due an ISO date or null; status a code or ""; then, when the
    version's translations give the text in other languages, {language: text}.
    Members, themes and versions are given by their place in their list.
    """
    organisations = site.organisations
    member_index: dict[str, int] = {}
    members: list[list[str | None]] = []

    def member(member_id: str) -> int:
        if member_id not in member_index:
            member_index[member_id] = len(members)
            org = organisations.get(member_id)
            if org is None:
                members.append([member_id, member_id, None, None])
            else:
                name = org.name if org.name != org.label else None
                link = urls.relative(COMMITMENTS_INDEX, member_src(member_id))
                members.append([member_id, org.label, name, link])
        return member_index[member_id]

    theme_index: dict[str, int] = {}
    version_index: dict[tuple[str, str, str], int] = {}
    versions: list[list[object]] = []
    dates: dict[str, str] = {}
    rows: list[list[object]] = []
    for pledge in commitment_order(ledger.pledges):
        version, commitment = pledge.version, pledge.commitment
        if version.key not in version_index:
            version_index[version.key] = len(versions)
            themes = [theme_index.setdefault(t, len(theme_index)) for t in version.themes]
            everyone = [member(p.member) for p in version.parties if p.commits]
            versions.append(
                [
                    urls.relative(COMMITMENTS_INDEX, version_src(version)),
                    f"{version.kind}/{version.document}",
                    version.label,
                    version.title,
                    version.status,
                    themes,
                    everyone,
                ]
            )
        by: object
        optional = optional_articles(version)
        if commitment.by is None and commitment.article not in optional:
            by = 0
        elif commitment.by is None:
            by = [-1, *(member(m) for m in bound_by(version, commitment, optional))]
        else:
            by = [member(m) for m in bound_by(version, commitment, optional)]
        article = version.article(commitment.article)
        due = None
        if commitment.due is not None:
            due = commitment.due.isoformat()
            dates.setdefault(due, format_date(commitment.due, site.language))
        row: list[object] = [
            version_index[version.key],
            commitment.id,
            commitment.text,
            by,
            _article(article),
            due,
            commitment.status or "",
        ]
        translated = version.translated_texts(commitment.id)
        if translated:  # its text in other languages, shown when a reader asks (?lang=)
            row.append(translated)
        rows.append(row)
    data = {
        "members": members,
        "themes": list(theme_index),
        "versions": versions,
        "dates": dates,
        "rows": rows,
    }
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _article(article: Article | None) -> str | list[str] | None:
    """An article as the rows file gives it: its number alone when its anchor follows."""
    if article is None:
        return None
    if article.anchor == f"article-{article.number}":
        return article.number
    return [article.number, article.anchor]
