"""The open data: one way to the files, their JSON Schemas, and a valid Atom feed.

`pacte export` writes the bytes the build publishes (whatever the addresses, drafts
only when asked); every file matches the schema published beside it; the feed follows
RFC 4287, checked here by rules written from the RFC, even when the sources hold text
that XML cannot (control characters) or that looks like markup.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import ROOT, run_pacte
from pacte.export import DATA_FILES
from pacte.feed import atom_feed
from pacte.load import load_site
from pacte.schema import data_schemas
from pacte.urls import Urls
from sitefixture import write_site

SITE_URL = "https://example.org/pacte/"
TODAY = "2026-11-22"
DATA_SCHEMAS = {
    "data/documents.json": "documents.schema.json",
    "data/members.json": "members.schema.json",
    "data/commitments.json": "commitments.schema.json",
    "data/commitments.csv": "commitments.csv.schema.json",
    "data/obligations.json": "obligations.schema.json",
}


def mkdocs_build(root: Path, site: Path, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=root,
        env={**os.environ, "PACTE_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def export(root: Path, out: Path, *args: str, env: dict[str, str] | None = None) -> Path:
    result = run_pacte("export", "--out", str(out), *args, cwd=root, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return out


def assert_export_is_the_build(exported: Path, site: Path) -> None:
    """`pacte export` wrote, flat, what the build published, schemas in schema/."""
    for name in DATA_FILES:
        assert (exported / Path(name).name).read_bytes() == (site / name).read_bytes(), name
    published = sorted(p.name for p in (site / "data" / "schema").iterdir())
    assert published == sorted(DATA_SCHEMAS.values())
    assert sorted(p.name for p in (exported / "schema").iterdir()) == published
    for name in published:
        exported_schema = (exported / "schema" / name).read_bytes()
        assert exported_schema == (site / "data" / "schema" / name).read_bytes()


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The repository's example site, built by the plugin and exported by `pacte export`."""
    work = tmp_path_factory.mktemp("example")
    env = {"SITE_URL": SITE_URL}
    mkdocs_build(ROOT, work / "site", env)
    return work / "site", export(ROOT, work / "export", env=env)


# --- one way to the files -----------------------------------------------------------------


def test_export_writes_the_bytes_the_build_publishes(example: tuple[Path, Path]) -> None:
    site, exported = example
    assert_export_is_the_build(exported, site)
    # the schemas of the sources are published too, as the repository keeps them
    for name in ("front-matter.schema.json", "members.schema.json", "translation.schema.json"):
        assert (site / "schema" / name).read_bytes() == (ROOT / "schema" / name).read_bytes()


def test_export_follows_the_addresses_of_the_site(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src")
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("use_directory_urls: false\n")
    mkdocs_build(root, tmp_path / "site")
    exported = export(root, tmp_path / "out")
    assert_export_is_the_build(exported, tmp_path / "site")
    documents = json.loads((exported / "documents.json").read_text(encoding="utf-8"))
    assert {d["url"] for d in documents} >= {"charters/charte/2025.html"}
    members = json.loads((exported / "members.json").read_text(encoding="utf-8"))
    assert all(m["url"].endswith(".html") for m in members)
    feed = ET.fromstring((exported / "feed.xml").read_bytes())
    links = [link.get("href") for link in feed.iter(f"{A}link")]
    assert f"{SITE_URL}charters/charte/2025.html" in links
    assert f"{SITE_URL}index.html" in links  # the site's home


def test_drafts_are_exported_only_when_asked(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src", plugin_options=":\n      drafts: true")
    mkdocs_build(root, tmp_path / "site")  # a preview: the build publishes drafts
    assert "2026-2028" in (tmp_path / "site/data/documents.json").read_text(encoding="utf-8")
    plain = export(root, tmp_path / "plain")
    for name in ("documents.json", "commitments.csv", "feed.xml"):
        assert "2026-2028" not in (plain / name).read_text(encoding="utf-8"), name
    drafts = export(root, tmp_path / "drafts", "--drafts")
    assert_export_is_the_build(drafts, tmp_path / "site")
    # a draft has no date of its own: its entry is as new as the newest, not published
    feed = (drafts / "feed.xml").read_bytes()
    assert atom_problems(feed) == []
    root_element = ET.fromstring(feed)
    entry = next(
        e for e in root_element.findall(f"{A}entry") if "2026-2028" in (e.findtext(f"{A}id") or "")
    )
    assert entry.find(f"{A}published") is None
    assert entry.findtext(f"{A}updated") == root_element.findtext(f"{A}updated")


def test_the_data_does_not_depend_on_the_day(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src")
    first = export(root, tmp_path / "a")
    second = export(root, tmp_path / "b", env={"PACTE_TODAY": "2031-01-01"})
    for name in DATA_FILES:
        file = Path(name).name
        assert (first / file).read_bytes() == (second / file).read_bytes(), name


def test_export_refuses_a_file_for_a_folder(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src")
    (tmp_path / "file").write_text("mine", encoding="utf-8")
    result = run_pacte("export", "--out", str(tmp_path / "file"), cwd=root)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert (tmp_path / "file").read_text(encoding="utf-8") == "mine"


# --- the schemas --------------------------------------------------------------------------


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def read_data(path: Path) -> Any:
    """A JSON file as its rows, or a CSV file as its table of text cells."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        return list(csv.reader(io.StringIO(text, newline="")))
    return json.loads(text)


def schema_errors(schema: dict[str, Any], data: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator(schema).iter_errors(data)
    ]


@pytest.mark.parametrize("made_by", ["build", "export"])
def test_open_data_files_match_their_schemas(example: tuple[Path, Path], made_by: str) -> None:
    site, exported = example
    for name, schema_name in DATA_SCHEMAS.items():
        if made_by == "build":
            data_path, schema_path = site / name, site / "data" / "schema" / schema_name
        else:
            data_path, schema_path = exported / Path(name).name, exported / "schema" / schema_name
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = read_data(data_path)
        assert len(data) > 1, name  # something to check
        assert schema_errors(schema, data) == [], name


def described(schema: Any, where: str = "") -> list[str]:
    """Where a property of SCHEMA has no description (or a CSV column no title)."""
    missing = []
    if isinstance(schema, dict):
        for name, value in schema.get("properties", {}).items():
            if not value.get("description"):
                missing.append(f"{where}/{name}")
        for key, value in schema.items():
            missing += described(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            missing += described(value, f"{where}/{index}")
    return missing


def test_every_field_of_the_open_data_is_described() -> None:
    schemas = data_schemas()
    assert set(schemas) == set(DATA_SCHEMAS.values())
    for name, schema in schemas.items():
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["description"]
        assert described(schema) == [], name
    columns = schemas["commitments.csv.schema.json"]["items"]["prefixItems"]
    assert all(c["title"] and c["description"] for c in columns)
    header = schemas["commitments.csv.schema.json"]["prefixItems"][0]["const"]
    assert header == [c["title"] for c in columns]
    # the CSV has the columns of commitments.json, in the same order, but its translations
    # (texts by language: commitments.json only)
    fields = list(schemas["commitments.schema.json"]["items"]["properties"])
    assert header == [name for name in fields if name != "translations"]


def test_a_wrong_row_fails_its_schema(example: tuple[Path, Path]) -> None:
    site, _ = example
    schemas = data_schemas()

    def fails(name: str, change: Any) -> bool:
        data = read_data(site / name)
        change(data)
        return bool(schema_errors(schemas[DATA_SCHEMAS[name]], data))

    documents, commitments = "data/documents.json", "data/commitments.json"
    assert not fails(documents, lambda rows: None)
    assert fails(documents, lambda rows: rows[0].update(status="adopted"))
    assert fails(documents, lambda rows: rows[0].update(adopted="2025-02-30"))
    assert fails(documents, lambda rows: rows[0].pop("url"))
    assert fails(documents, lambda rows: rows[0].update(extra=1))
    assert fails(documents, lambda rows: rows[0]["parties"][0].update(role="chair"))
    assert fails(documents, lambda rows: rows[0].update(commitments=-1))
    assert fails("data/members.json", lambda rows: rows[0].update(id="Not A Slug"))
    assert fails("data/members.json", lambda rows: rows[0].update(documents=None))
    assert fails(commitments, lambda rows: rows[0].update(by_all="yes"))
    assert fails(commitments, lambda rows: rows[0].update(by="federation"))
    assert fails(commitments, lambda rows: rows[0].update(due="31/12/2025"))

    csv_name = "data/commitments.csv"
    header = read_data(site / csv_name)[0]
    column = header.index

    def cell(name: str, value: str) -> Any:
        return lambda table: table[1].__setitem__(column(name), value)

    assert not fails(csv_name, lambda table: None)
    assert fails(csv_name, cell("by_all", "true"))
    assert fails(csv_name, cell("due", "2025-12-32"))
    assert fails(csv_name, cell("status", "late"))
    assert fails(csv_name, cell("version_status", ""))  # required
    assert fails(csv_name, cell("by", "federation, canton"))
    assert fails(csv_name, lambda table: table[1].append("one too many"))
    assert fails(csv_name, lambda table: table[1].pop())
    assert fails(csv_name, lambda table: table[0].reverse())


# --- the feed: RFC 4287 -------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"
A = f"{{{ATOM}}}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# the children each element may have (4.1.1, 4.1.2, 3.2), as (fewest, most)
MANY = None
FEED = {
    "author": (0, MANY),
    "category": (0, MANY),
    "contributor": (0, MANY),
    "generator": (0, 1),
    "icon": (0, 1),
    "id": (1, 1),
    "link": (0, MANY),
    "logo": (0, 1),
    "rights": (0, 1),
    "subtitle": (0, 1),
    "title": (1, 1),
    "updated": (1, 1),
    "entry": (0, MANY),
}
ENTRY = {
    "author": (0, MANY),
    "category": (0, MANY),
    "content": (0, 1),
    "contributor": (0, MANY),
    "id": (1, 1),
    "link": (0, MANY),
    "published": (0, 1),
    "rights": (0, 1),
    "source": (0, 1),
    "summary": (0, 1),
    "title": (1, 1),
    "updated": (1, 1),
}
PERSON = {"name": (1, 1), "uri": (0, 1), "email": (0, 1)}  # 3.2
TEXT_CONSTRUCTS = {"title", "subtitle", "summary", "rights"}  # 3.1
DATE_CONSTRUCTS = {"updated", "published"}  # 3.3
# 3.3: an RFC 3339 date-time, with an uppercase T and Z
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# an absolute IRI (RFC 3987): a scheme, then no space nor character IRIs exclude
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
IRI_REFERENCE = re.compile(r"^[^\s<>\"{}|\\^`]*$")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")  # RFC 3066
MEDIA_TYPE = re.compile(r"^[\w!#$&^.+-]+/[\w!#$&^.+-]+$")  # RFC 4288
LINK_RELATION = re.compile(r"^(alternate|related|self|enclosure|via)$")  # 4.2.7.2, IANA
# XML 1.0 characters, without the controls it discourages (2.2)
NOT_XML_TEXT = re.compile(r"[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_problems(document: bytes) -> list[str]:
    """What makes DOCUMENT other than an Atom Feed Document by RFC 4287 (empty: none)."""
    problems: list[str] = []
    if not document.startswith(b'<?xml version="1.0" encoding="utf-8"?>'):
        problems.append("no XML declaration naming UTF-8")
    try:
        text = document.decode("utf-8")
        feed = ET.fromstring(document)  # well-formed, or expat says where it is not
    except (UnicodeDecodeError, ET.ParseError) as exc:
        return [*problems, f"not well-formed: {exc}"]
    if NOT_XML_TEXT.search(text):
        problems.append("a character XML 1.0 forbids or discourages")
    if feed.tag != f"{A}feed":
        return [*problems, f"the root is {feed.tag}, not atom:feed"]

    def children(element: ET.Element, allowed: dict[str, tuple[int, int | None]], where: str):
        counts = Counter(
            child.tag[len(A) :] for child in element if child.tag.startswith(A)
        )  # other namespaces are extensions (6.4)
        for name in counts.keys() - allowed.keys():
            problems.append(f"{where}: atom:{name} is not allowed here")
        for name, (fewest, most) in allowed.items():
            if counts[name] < fewest or (most is not None and counts[name] > most):
                problems.append(f"{where}: {counts[name]} atom:{name}")

    def common(element: ET.Element, where: str) -> None:
        for child in element:
            name = child.tag[len(A) :]
            here = f"{where}/{name}"
            lang = child.get(XML_LANG)
            if lang is not None and not LANGUAGE_TAG.match(lang):
                problems.append(f"{here}: xml:lang {lang!r}")
            if name in TEXT_CONSTRUCTS:
                kind = child.get("type", "text")
                if kind not in ("text", "html", "xhtml"):
                    problems.append(f"{here}: type {kind!r}")
                if kind in ("text", "html") and len(child):
                    problems.append(f"{here}: child elements in a {kind} construct")
            elif name in DATE_CONSTRUCTS:
                value = child.text or ""
                if not DATE_TIME.match(value):
                    problems.append(f"{here}: {value!r} is not an RFC 3339 date-time")
                else:
                    dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            elif name == "id":
                if not ABSOLUTE_IRI.match(child.text or ""):
                    problems.append(f"{here}: {child.text!r} is not an absolute IRI")
            elif name in ("author", "contributor"):
                children(child, PERSON, here)
                if not (child.findtext(f"{A}name") or "").strip():
                    problems.append(f"{here}: an empty name")
                uri = child.findtext(f"{A}uri")
                if uri is not None and not IRI_REFERENCE.match(uri):
                    problems.append(f"{here}: uri {uri!r}")
            elif name == "link":
                check_link(child, here)
            elif name == "category":
                if child.get("term") is None:
                    problems.append(f"{here}: no term")
                scheme = child.get("scheme")
                if scheme is not None and not ABSOLUTE_IRI.match(scheme):
                    problems.append(f"{here}: scheme {scheme!r} is not an IRI")
            elif name == "generator" and not IRI_REFERENCE.match(child.get("uri", "")):
                problems.append(f"{here}: uri {child.get('uri')!r}")

    def check_link(link: ET.Element, where: str) -> None:  # 4.2.7
        href = link.get("href")
        if href is None or not IRI_REFERENCE.match(href):
            problems.append(f"{where}: href {href!r}")
        rel = link.get("rel", "alternate")
        if not (LINK_RELATION.match(rel) or ABSOLUTE_IRI.match(rel)):
            problems.append(f"{where}: rel {rel!r}")
        if link.get("type") is not None and not MEDIA_TYPE.match(link.get("type", "")):
            problems.append(f"{where}: type {link.get('type')!r}")
        if link.get("hreflang") is not None and not LANGUAGE_TAG.match(link.get("hreflang", "")):
            problems.append(f"{where}: hreflang {link.get('hreflang')!r}")
        if link.get("length") is not None and not (link.get("length") or "").isdigit():
            problems.append(f"{where}: length {link.get('length')!r}")

    def alternates_unique(element: ET.Element, where: str) -> None:
        pairs = [
            (link.get("type"), link.get("hreflang"))
            for link in element.findall(f"{A}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        if len(pairs) != len(set(pairs)):
            problems.append(f"{where}: two alternate links of the same type and language")

    children(feed, FEED, "feed")
    common(feed, "feed")
    alternates_unique(feed, "feed")
    entries = feed.findall(f"{A}entry")
    has_author = feed.find(f"{A}author") is not None
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        children(entry, ENTRY, where)
        common(entry, where)
        alternates_unique(entry, where)
        if not has_author and entry.find(f"{A}author") is None:
            problems.append(f"{where}: no author, and the feed has none (4.1.1)")
        content = entry.find(f"{A}content")
        links = [link.get("rel", "alternate") for link in entry.findall(f"{A}link")]
        if content is None and "alternate" not in links:
            problems.append(f"{where}: no content and no alternate link (4.1.2)")
        if content is not None and content.get("src") and entry.find(f"{A}summary") is None:
            problems.append(f"{where}: content by reference and no summary (4.1.2)")
    ids = [entry.findtext(f"{A}id") for entry in entries]
    if len(ids) != len(set(ids)):
        problems.append("two entries with the same id")
    if not any(link.get("rel") == "self" for link in feed.findall(f"{A}link")):
        problems.append("feed: no self link (4.1.1 SHOULD)")
    return problems


def entry_dates(feed: ET.Element) -> list[str]:
    return [entry.findtext(f"{A}updated") or "" for entry in feed.findall(f"{A}entry")]


def test_the_checker_finds_what_rfc_4287_forbids(example: tuple[Path, Path]) -> None:
    good = (example[0] / "feed.xml").read_bytes()
    assert atom_problems(good) == []
    broken = {
        "no author": re.sub(rb"<author>.*?</author>", b"", good, flags=re.S),
        "two ids": good.replace(b"<title>", b"<id>urn:x:y</id><title>", 1),
        "a date": good.replace(b"T00:00:00Z</updated>", b"</updated>", 1),
        "an id": re.sub(rb"<id>[^<]*</id>", b"<id>feed.xml</id>", good, count=1),
        "an element": good.replace(b"<generator>", b"<published>2025</published><generator>"),
        "a character": good.replace(b"<title>", b"<title>\x1b", 1),
        "a NUL": good.replace(b"<title>", b"<title>\x00", 1),
    }
    for what, feed in broken.items():
        assert atom_problems(feed), what


def test_the_feed_is_valid_atom(example: tuple[Path, Path]) -> None:
    site, _ = example
    data = (site / "feed.xml").read_bytes()
    assert atom_problems(data) == []
    feed = ET.fromstring(data)
    assert feed.get(XML_LANG) == "fr"  # the site's language
    assert feed.findtext(f"{A}author/{A}name") == "Pacte — chartes et conventions"
    assert feed.findtext(f"{A}title") == "Pacte — chartes et conventions"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{A}link")}
    assert links == {"self": f"{SITE_URL}feed.xml", "alternate": SITE_URL}
    documents = json.loads((site / "data/documents.json").read_text(encoding="utf-8"))
    entries = feed.findall(f"{A}entry")
    assert len(entries) == len(documents)
    by_link = {
        entry.find(f"{A}link[@rel='alternate']").get("href"): entry  # type: ignore[union-attr]
        for entry in entries
    }
    assert set(by_link) == {SITE_URL + d["url"] for d in documents}
    for row in documents:
        entry = by_link[SITE_URL + row["url"]]
        assert entry.findtext(f"{A}id") == SITE_URL + row["url"]
        assert entry.findtext(f"{A}published") == f"{row['adopted']}T00:00:00Z"
        assert entry.findtext(f"{A}summary") == row["summary"]
        terms = [c.get("term") for c in entry.findall(f"{A}category") if not c.get("scheme")]
        assert terms == row["themes"]
        signatures = [p["signed"] for p in row["parties"] if p["signed"]]
        assert entry.findtext(f"{A}updated") == f"{max([row['adopted'], *signatures])}T00:00:00Z"
    # newest first, and the feed as new as its newest entry
    dates = entry_dates(feed)
    assert dates == sorted(dates, reverse=True)
    assert feed.findtext(f"{A}updated") == dates[0]


def test_the_feed_without_the_site_address(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src")
    site = load_site(root, "fr").published()
    data = atom_feed(site, Urls(), None, "Réseau")
    assert atom_problems(data) == []
    feed = ET.fromstring(data)
    ids = [entry.findtext(f"{A}id") for entry in feed.findall(f"{A}entry")]
    assert "urn:pacte:charter:charte:2025" in ids
    links = [link.get("href") for link in feed.iter(f"{A}link")]
    assert "charters/charte/2025/" in links  # relative to the feed, at the site's root
    assert "./" in links and "feed.xml" in links
    assert feed.find(f"{A}author/{A}uri") is None
    assert data == atom_feed(site, Urls(), None, "Réseau")  # the same, every time


HOSTILE = "Titre \x00 <script>alert('x')</script> ]]> \"q\" & 'a' \x1b[31m \x7f \ufffe \x85 fin"


def yaml_string(text: str) -> str:
    """TEXT as a YAML double-quoted scalar, every control character escaped (YAML reads
    JSON's escapes)."""
    return json.dumps(text)


def test_hostile_text_keeps_the_feed_well_formed(tmp_path: Path) -> None:
    formula = yaml_string("=HYPERLINK(1) ]]> <b>\x00")
    theme = yaml_string("thème \x0b <b>")
    summary = yaml_string("Résumé \x01\x02 <![CDATA[ x ]]> &amp; \u009f")
    version = f"""\
        ---
        title: {yaml_string(HOSTILE)}
        status: in-force
        adopted: 2024-02-02
        parties:
          - {{member: federation, signed: 2024-03-03}}
          - {{member: canton, signed: 2024-03-03}}
        commitments:
          - {{id: formule, text: {formula}, by: [canton]}}
        themes: [{theme}, "]]>", "a \\"b\\" & c"]
        summary: {summary}
        ---
        ## Article 1
        Texte.
        """
    root = write_site(tmp_path / "src", extra={"charters/hostile/2024.md": version})
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("site_name: Test Pacte", f"site_name: {yaml_string(HOSTILE)}")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    mkdocs_build(root, tmp_path / "site")
    exported = export(root, tmp_path / "out")
    assert_export_is_the_build(exported, tmp_path / "site")

    data = (exported / "feed.xml").read_bytes()
    assert atom_problems(data) == []
    feed = ET.fromstring(data)
    shown = (
        "Titre \ufffd <script>alert('x')</script> ]]> \"q\" & 'a' \ufffd[31m \ufffd \ufffd \x85 fin"
    )
    assert feed.findtext(f"{A}title") == shown
    assert feed.findtext(f"{A}author/{A}name") == shown
    entry = next(e for e in feed.findall(f"{A}entry") if "hostile" in (e.findtext(f"{A}id") or ""))
    assert entry.findtext(f"{A}title") == shown + " (2024)"
    assert entry.findtext(f"{A}summary") == "Résumé \ufffd\ufffd <![CDATA[ x ]]> &amp; \ufffd"
    terms = [c.get("term") for c in entry.findall(f"{A}category") if not c.get("scheme")]
    assert terms == ["thème \ufffd <b>", "]]>", 'a "b" & c']
    assert entry.findtext(f"{A}updated") == "2024-03-03T00:00:00Z"  # the last signature
    assert entry.findtext(f"{A}published") == "2024-02-02T00:00:00Z"

    # the JSON keeps the text as it is, the CSV too (but formulas), and both validate
    documents = json.loads((exported / "documents.json").read_text(encoding="utf-8"))
    assert HOSTILE in {d["title"] for d in documents}
    schemas = data_schemas()
    for name, schema_name in DATA_SCHEMAS.items():
        rows = read_data(exported / Path(name).name)
        assert schema_errors(schemas[schema_name], rows) == [], name
    table = read_data(exported / "commitments.csv")
    texts = [row[table[0].index("text")] for row in table[1:]]
    assert "'=HYPERLINK(1) ]]> <b>\x00" in texts
