"""The Atom feed of a site (RFC 4287): an entry per published version, newest first.

The feed is made from the sources alone, so that the same sources give the same bytes:
its dates are those of the versions (adoption, signatures), never the clock's.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

from .model import Site, Version
from .urls import Urls, version_src

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_SCHEME = "urn:pacte:status"
EPOCH = dt.date(1970, 1, 1)  # the date of a feed with no dated version

# What XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE, U+FFFF), and the
# controls it discourages (DEL, C1 but NEL); YAML's escapes ("\x1b") let any of them in.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# what an IRI keeps as it is in a path, beside letters and digits
_PATH_SAFE = "/-._~!$&'()*+,;=:@%"


def xml_text(text: str) -> str:
    """TEXT with every character XML 1.0 forbids or discourages replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def iri_path(path: str) -> str:
    """A path of the site, as it can stand in an IRI (spaces and controls escaped)."""
    return quote(path, safe=_PATH_SAFE)


def timestamp(day: dt.date) -> str:
    """A date as an RFC 3339 date-time: its first instant, in UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def published(version: Version) -> dt.date | None:
    """When the version was adopted: the first event of its entry."""
    return version.adopted


def updated(version: Version) -> dt.date | None:
    """The latest of its adoption and of its parties' signatures; else the start of its
    validity; None for a version with no date at all (a draft)."""
    days = [day for day in (version.adopted, *(p.signed for p in version.parties)) if day]
    if days:
        return max(days)
    return version.effective.start if version.effective else None


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def atom_feed(site: Site, urls: Urls, site_url: str | None, title: str) -> bytes:
    """The feed of the published versions of SITE, as UTF-8 bytes.

    With the site's address, every identifier and link is absolute; without it, links
    are relative to the feed (at the site's root), entries are identified by URNs.
    """
    base = site_url.rstrip("/") + "/" if site_url else ""
    dates = {version.key: updated(version) for version in site.versions()}
    latest = max((day for day in dates.values() if day), default=EPOCH)

    def when(version: Version) -> dt.date:
        return dates[version.key] or latest  # an undated draft is as new as the newest

    versions = sorted(site.versions(), key=lambda v: (when(v), v.path), reverse=True)

    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: xml_text(site.language)})
    _add(feed, "id", base + "feed.xml" if base else "urn:pacte:feed")
    _add(feed, "title", title)
    _add(feed, "updated", timestamp(latest))
    author = _add(feed, "author")
    _add(author, "name", title)
    if base:
        _add(author, "uri", base)
    _add(feed, "link", rel="self", type="application/atom+xml", href=base + "feed.xml")
    home = iri_path(urls.url("index.md"))
    _add(
        feed, "link", rel="alternate", type="text/html", href=base + home if base else home or "./"
    )
    _add(feed, "generator", "Pacte")
    for version in versions:
        _entry(feed, version, urls, base, site.language, when(version))
    ET.indent(feed, space="  ")
    # written as text, then encoded at once: ElementTree's own encoding writes piecemeal
    text = ET.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{text}\n'.encode()


def _entry(
    feed: ET.Element, version: Version, urls: Urls, base: str, language: str, day: dt.date
) -> None:
    lang = version.lang or language
    entry = _add(feed, "entry", **({XML_LANG: lang} if lang != language else {}))
    page = base + iri_path(urls.url(version_src(version)))
    if base:
        identifier = page
    else:
        parts = (version.kind, version.document, version.label)
        identifier = "urn:pacte:" + ":".join(quote(part, safe="") for part in parts)
    _add(entry, "id", identifier)
    _add(entry, "title", version.name)
    _add(entry, "updated", timestamp(day))
    adopted = published(version)
    if adopted is not None:
        _add(entry, "published", timestamp(adopted))
    _add(entry, "link", rel="alternate", type="text/html", hreflang=lang, href=page)
    if version.signed_copy is not None:
        info = version.signed_copy_info
        _add(
            entry,
            "link",
            rel="enclosure",
            type="application/pdf",
            href=base + iri_path(urls.url(version.signed_copy)),
            **({"length": str(info.size)} if info else {}),
        )
    _add(entry, "category", term=version.status, scheme=STATUS_SCHEME)
    for theme in version.themes:
        _add(entry, "category", term=theme)
    if version.summary:
        _add(entry, "summary", version.summary)
