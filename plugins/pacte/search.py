"""The site's search: Pagefind bundles, one per language of the texts (no MkDocs here).

A word is found in its inflected forms only if the index was stemmed in the language
of the text it is in, and the reader's browser searches with that language's stemmer.
Pagefind stems a page in the language it is given and, in the browser, one bundle
answers in one language (its WebAssembly stemmer is one per module). So every page goes
to the bundle of its text's language, `pagefind/<lang>/` (a version page: the version's
`lang`, else the site's; every other page: the site's language), and the reader's
browser loads every bundle as its own module and merges the answers
(`theme/assets/pacte/pacte-search.js`).

What each page is for the search (document, version, status, parties, themes) comes
from the model as an `Entry`: its metadata and its filters are written into the copy of
the page that is indexed, never into the published page. Listing pages, changes pages,
the commitments page and the document pages that copy the current version are not
indexed: each of their lines is found on the page it sums up.

What the pages' search panel needs besides (the bundles, its labels, the filters) is
one file of the site, `pagefind/panel.json` (`panel`, `write_panel`), which the script
fetches when the reader first opens the search: not 1.1 kB in each page.

The bundles themselves are made by `indexer.py`, once the site is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import escape

from . import urls
from .guard import Refused, write_file
from .i18n import base_language, translator
from .model import Site, Version
from .translations import translated
from .vocabulary import VERSION_STATUSES

BUNDLE_DIR = "pagefind"  # bundles are in pagefind/<lang>/ (and <lang>-2/...) of the site
# the search panel's settings (`panel`), once for the whole site: fetched by the pages
PANEL = f"{BUNDLE_DIR}/panel.json"
THEME_DIR = Path(__file__).resolve().parent / "theme"  # the header's search (Material)
SCRIPT = "assets/pacte/pacte-search.js"  # in THEME_DIR, copied by the engine
STYLE = "assets/pacte/pacte-search.css"
# a filter the panel does not show: versions no longer (or not yet) in force, which the
# browser ranks after the others
OLDER = "older"


@dataclass(frozen=True)
class Entry:
    """What the search shows of a page besides its text, and where it is indexed."""

    language: str  # the bundle: the language of the page's text (bundle_language)
    title: str
    kind: str  # charter, convention, member, page
    version: str = ""
    status: str = ""
    organisations: tuple[str, ...] = ()  # names: what the organisation filter offers
    themes: tuple[str, ...] = ()

    @property
    def older(self) -> bool:
        """A version that is not in force: ranked after the pages that are."""
        return bool(self.status) and self.status != "in-force"


def bundle_language(code: str | None, default: str) -> str:
    """The bundle of a text in language CODE (BCP 47): its primary language, as Pagefind
    names its stemmers (de-CH: de); DEFAULT when none is given."""
    base = re.sub(r"[^a-z]", "", base_language(code or default))
    return base or re.sub(r"[^a-z]", "", base_language(default)) or "und"


def part_name(language: str, number: int) -> str:
    """The bundle (its folder in pagefind/) of the NUMBERth part of a language's pages
    (indexer.py): the language for the first, then fr-2, fr-3..."""
    return language if number == 1 else f"{language}-{number}"


def part_language(name: str) -> str:
    """The language of a bundle named by `part_name`."""
    return name.split("-", 1)[0]


def version_entry(site: Site, version: Version, language: str) -> Entry:
    organisations = site.organisations
    names = dict.fromkeys(
        organisations[p.member].name if p.member in organisations else p.member
        for p in version.parties
    )
    return Entry(
        language=bundle_language(version.lang, language),
        title=version.title,
        kind=version.kind,
        version=version.label,
        status=version.status,
        organisations=tuple(names),
        themes=tuple(dict.fromkeys(version.themes)),
    )


def entries(site: Site, language: str) -> dict[str, Entry]:
    """The generated pages the search indexes, by source path: each version (its text in
    its own language) and each organisation. SITE holds the published versions."""
    found: dict[str, Entry] = {}
    for document in site.documents.values():
        for version in document.versions:
            found[urls.version_src(version)] = version_entry(site, version, language)
            for translation in version.translations:  # in its own language's bundle
                found[urls.translation_src(version, translation.lang)] = version_entry(
                    site, translated(version, translation), language
                )
    site_language = bundle_language(None, language)
    for org in site.organisations.values():
        found[urls.member_src(org.id)] = Entry(
            site_language, org.name, "member", organisations=(org.name,)
        )
    return found


def languages(site: Site, language: str) -> list[str]:
    """The bundles of a site: the site's language (hand-written and organisations'
    pages) first, then the languages of the versions' texts and translations."""
    found = dict.fromkeys([bundle_language(None, language)])
    for version in site.versions():
        for code in version.languages(language):
            found[bundle_language(code, language)] = None
    return list(found)


_ARTICLE = re.compile(r"<article\b[^>]*\bmd-content__inner\b[^>]*>")
# elements whose texts Pagefind would glue to the next ("SigleIl Sogno", "StatutEn vigueur")
_CELL_END = re.compile(r"</(dd|dt|td|th|caption|figcaption|summary|label)>")


def indexed_html(output: str, entry: Entry) -> str:
    """The copy of a built page that Pagefind indexes: the page's article (Material's
    `article.md-content__inner`; the whole body with another theme) with the entry's
    metadata and filters, every text from the sources escaped."""
    start = _ARTICLE.search(output)
    end = output.rfind("</article>")
    if start is not None and end > start.end():
        content = output[start.end() : end]
    else:
        body = output.find("<body")
        content = output[output.find(">", body) + 1 :] if body >= 0 else output
        content = content.rsplit("</body>", 1)[0]
    content = _CELL_END.sub(r"</\1> ", content)
    tags = [_meta("title", entry.title), _meta("kind", entry.kind), _filter("kind", entry.kind)]
    if entry.version:
        tags.append(_meta("version", entry.version))
    if entry.status:
        tags += [_meta("status", entry.status), _filter("status", entry.status)]
    if entry.older:
        tags.append(_filter(OLDER, "1"))
    tags += [_filter("organisation", name) for name in entry.organisations]
    tags += [_filter("theme", theme) for theme in entry.themes]
    return (
        f'<!DOCTYPE html><html lang="{escape(entry.language)}"><head>'
        f"<title>{escape(entry.title)}</title></head><body><main data-pagefind-body>"
        f"<div data-pagefind-ignore>{''.join(tags)}</div>{content}</main></body></html>"
    )


def _meta(name: str, value: str) -> str:
    return f'<span data-pagefind-meta="{name}">{escape(value)}</span>'


def _filter(name: str, value: str) -> str:
    return f'<span data-pagefind-filter="{name}">{escape(value)}</span>'


def panel(language: str, bundles: Iterable[str]) -> dict[str, Any]:
    """What the search panel of the pages needs, in the site's language: the bundles
    (their folders from the site's root, those of a language together, its first part
    first), its labels, and the filters with the label of each value that is a code.
    Written once as PANEL (`write_panel`), which the pages' script fetches when the
    reader first opens the search."""
    t = translator(language)
    by_language: dict[str, list[str]] = {}
    for name in bundles:
        by_language.setdefault(part_language(name), []).append(f"{BUNDLE_DIR}/{name}/")
    return {
        "bundles": list(by_language.values()),
        "older": OLDER,
        "labels": {
            "searching": t("search.searching"),
            "more": t("search.more"),
            "version": t("version"),
        },
        "facets": [
            {"name": "kind", "label": t("kind"), "any": t("search.any-kind")},
            {"name": "status", "label": t("status"), "any": t("any-status")},
            {"name": "organisation", "label": t("organisation"), "any": t("any-organisation")},
            {"name": "theme", "label": t("search.theme"), "any": t("any-theme")},
        ],
        "values": {
            "kind": {
                "charter": t("charter"),
                "convention": t("convention"),
                "member": t("organisation"),
                "page": t("search.page"),
            },
            # in the order of the vocabulary: in force first
            "status": {status: t("status:" + status) for status in VERSION_STATUSES},
        },
    }


def panel_json(language: str, bundles: Iterable[str]) -> bytes:
    """`panel` as the file PANEL: compact JSON in UTF-8."""
    text = json.dumps(panel(language, bundles), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def write_panel(site_dir: Path, language: str, bundles: Iterable[str]) -> int:
    """Write the panel's settings as SITE_DIR/PANEL, never through a link
    (`guard.write_file`); the bytes written."""
    data = panel_json(language, bundles)
    try:
        write_file(site_dir, PANEL, data)
    except Refused as exc:
        raise SearchError(f"{PANEL} in the built site {exc}: the search was not written") from None
    return len(data)


class SearchError(RuntimeError):
    """Pagefind could not index a page or write a bundle."""
