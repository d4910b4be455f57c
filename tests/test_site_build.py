"""Real builds of a small site with `mkdocs build --strict`, asserting on what readers get."""

from __future__ import annotations

import csv
import html as html_module
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import run_pacte
from pacte.export import DATA_FILES
from pagefindbundle import fragments
from pagefindbundle import pages as indexed_pages
from sitefixture import mkdocs_build, write_site


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("site"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def commitment_ids(html: str) -> set[str]:
    """The commitments linked to from a page: document/version/id."""
    links = re.findall(
        r'href="[./]*(?:charters|conventions)/([^/"]+/[^/"]+)/#commitment-([^"]+)"', html
    )
    return {f"{version}/{commitment}" for version, commitment in links}


def section(html: str, start_id: str, end_id: str | None) -> str:
    start = html.index(f'id="{start_id}"')
    end = html.index(f'id="{end_id}"', start) if end_id and f'id="{end_id}"' in html else None
    return html[start:end]


def test_every_page_of_the_contract_exists(built: Path) -> None:
    for url in (
        "charters",
        "conventions",
        "charters/charte",
        "charters/charte/2025",
        "conventions/convention-canton",
        "conventions/convention-canton/2020-2022",
        "conventions/convention-canton/2023-2025",
        "members",
        "members/federation",
        "members/canton",
        "commitments",
    ):
        assert (built / url / "index.html").is_file(), url
    for name in (
        "data/documents.json",
        "data/members.json",
        "data/commitments.json",
        "data/commitments.csv",
        "feed.xml",
    ):
        assert (built / name).is_file(), name


def test_drafts_are_not_published(built: Path) -> None:
    assert not (built / "conventions/convention-canton/2026-2028").exists()
    everything = "".join(p.read_text(encoding="utf-8") for p in built.rglob("*.html"))
    assert "brouillonné" not in everything
    assert "2026-2028" not in (built / "data/documents.json").read_text(encoding="utf-8")
    assert "brouillonné" not in json.dumps(fragments(built), ensure_ascii=False)


def test_drafts_are_published_when_the_plugin_is_told(tmp_path: Path) -> None:
    root = write_site(tmp_path, plugin_options=":\n      drafts: true")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root / "site", "conventions/convention-canton/2026-2028")
    assert "brouillonné" in html
    assert "Projet\u00a0: cette version n'a pas été adoptée." in html_module.unescape(html)


def test_document_url_shows_the_version_in_force(built: Path) -> None:
    html = page(built, "conventions/convention-canton")
    assert "Les parties se rencontrent deux fois par an." in html
    assert 'data-pacte-version="2023-2025"' in html


def test_version_page_shows_metadata_parties_commitments_text(built: Path) -> None:
    html = page(built, "charters/charte/2025")
    assert '<h1 id="charte">Charte de collaboration</h1>' in html
    assert "1er mars 2025" in html  # adopted, in French
    assert "La directrice" in html  # signatory
    assert "Observateur" in html
    # the commitment links to its article's anchor, and the heading carries it
    assert '<a href="#article-2">2</a>' in html
    assert 'id="article-2"' in html
    assert 'id="article-1"' in html  # "Article 1er"
    # "by: all" is expanded to every party but the observer
    row = re.search(r'<tr id="commitment-partage">.*?</tr>', html, re.S)
    assert row is not None
    assert "Foyer A" in row.group(0) and "Observatoire" not in row.group(0)


def test_version_page_says_who_signed_in_what_capacity_by_what_mandate(built: Path) -> None:
    html = html_module.unescape(page(built, "charters/charte/2025"))
    table = re.search(r'<table class="pacte-table [^"]*pacte-parties".*?</table>', html, re.S)
    assert table is not None
    row = re.search(r"<tr>(?:(?!</tr>).)*Fédération.*?</tr>", table.group(0), re.S)
    assert row is not None, table.group(0)
    # {name, capacity, mandate}: each shown; a plain name stays a name
    assert '<span class="pacte-signatory-name">Anne Dupont</span>' in row.group(0)
    assert '<span class="pacte-capacity">Présidente</span>' in row.group(0)
    assert "Mandat\u00a0: Décision du comité" in row.group(0)
    assert "1er mars 2025" in row.group(0)
    assert '<span class="pacte-signatory-name">La directrice</span>' in table.group(0)
    # every column but the first is named once, for the narrow layout (cards)
    opening = table.group(0)[: table.group(0).index(">")]
    assert re.findall(r"--pacte-label-(\d+):", opening) == ["2", "3", "4"]
    assert "data-label=" not in table.group(0)
    # no signed copy: no column for it
    assert "Dans le PDF" not in table.group(0)


def test_version_page_table_of_contents_has_its_sections_and_articles(built: Path) -> None:
    html = page(built, "conventions/convention-canton/2023-2025")
    start = html.index('data-md-component="toc"')
    toc = html[start : html.index('<div class="md-content"', start)]
    assert re.findall(r'href="(#[^"]+)"', toc) == [
        "#parties",
        "#commitments",
        "#text",
        "#article-1",
        "#article-2",
        "#versions",
    ]
    # the articles are under "Texte"
    text = toc[toc.index('href="#text"') : toc.index('href="#versions"')]
    assert '<nav class="md-nav" aria-label="Texte">' in text and "#article-2" in text


def test_versions_link_to_each_other(built: Path) -> None:
    old = page(built, "conventions/convention-canton/2020-2022")
    new = page(built, "conventions/convention-canton/2023-2025")
    assert 'href="../2023-2025/"' in old
    assert 'href="../2020-2022/"' in new
    assert "Cette version n'est pas la version en vigueur." in html_module.unescape(old)


def test_member_table_lists_exactly_its_commitments(built: Path) -> None:
    html = page(built, "members/canton")
    in_force = commitment_ids(section(html, "commitments", "earlier-commitments"))
    assert in_force == {
        "convention-canton/2023-2025/dialogue",
        "convention-canton/2023-2025/rapport",
    }
    # the commitments of other versions, condensed: their texts under their version
    earlier = section(html, "earlier-commitments", None)
    assert re.findall(r"<li>([^<]*)</li>", earlier) == [
        "Se rencontrer une fois par an",
        "Engagement abandonné depuis",
    ]
    assert 'href="../../conventions/convention-canton/2020-2022/"' in earlier
    # a partner is bound by "all"; an observer never is
    home_a = commitment_ids(page(built, "members/home-a"))
    assert home_a == {"charte/2025/partage", "convention-canton/2023-2025/dialogue"}
    assert commitment_ids(page(built, "members/observer-org")) == set()


def test_source_text_is_escaped(built: Path) -> None:
    for url in ("conventions/convention-canton/2020-2022", "members/home-b", "members"):
        html = page(built, url)
        assert "<script>alert(" not in html, url
        assert "&lt;script&gt;alert(" in html, url


def test_open_data_matches_the_sources(built: Path) -> None:
    documents = json.loads((built / "data/documents.json").read_text(encoding="utf-8"))
    assert {(d["document"], d["version"], d["status"]) for d in documents} == {
        ("charte", "2025", "in-force"),
        ("convention-canton", "2020-2022", "superseded"),
        ("convention-canton", "2023-2025", "in-force"),
        ("convenzione-torino", "2024", "in-force"),
    }
    languages = {d["document"]: d["lang"] for d in documents}
    assert languages["charte"] == "fr" and languages["convenzione-torino"] == "it"
    commitments = json.loads((built / "data/commitments.json").read_text(encoding="utf-8"))
    assert len(commitments) == 7
    rows = list(csv.DictReader(io.StringIO((built / "data/commitments.csv").read_text("utf-8"))))
    assert [(r["document"], r["version"], r["id"]) for r in rows] == [
        (c["document"], c["version"], c["id"]) for c in commitments
    ]
    partage = next(r for r in rows if r["id"] == "partage")
    assert partage["by"] == "federation|home-a|home-b"
    members = json.loads((built / "data/members.json").read_text(encoding="utf-8"))
    assert {m["id"] for m in members} == {
        "federation",
        "canton",
        "home-a",
        "home-b",
        "observer-org",
        "comune",
    }


def test_feed_has_an_entry_per_published_version(built: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring((built / "feed.xml").read_bytes())
    links = {e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)}  # type: ignore[union-attr]
    assert links == {
        "https://example.org/pacte/charters/charte/2025/",
        "https://example.org/pacte/conventions/convention-canton/2020-2022/",
        "https://example.org/pacte/conventions/convention-canton/2023-2025/",
        "https://example.org/pacte/conventions/convenzione-torino/2024/",
    }


def test_pacte_export_writes_the_same_data_files(built: Path, tmp_path: Path) -> None:
    root = built.parent
    result = run_pacte(
        "export",
        "--out",
        str(tmp_path / "out"),
        "--site-url",
        "https://example.org/pacte/",
        cwd=root,
    )
    assert result.returncode == 0, result.stderr
    for name in ("documents.json", "members.json", "commitments.json", "commitments.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (built / "data" / name).read_bytes()
    assert (tmp_path / "out" / "feed.xml").read_bytes() == (built / "feed.xml").read_bytes()
    # and the schemas of the files, as the site publishes them beside the files
    schemas = sorted(p.name for p in (built / "data" / "schema").iterdir())
    assert "documents.schema.json" in schemas
    for name in schemas:
        exported = (tmp_path / "out" / "schema" / name).read_bytes()
        assert exported == (built / "data" / "schema" / name).read_bytes(), name


def test_search_index_holds_texts_commitments_and_organisations(built: Path) -> None:
    index = json.dumps(fragments(built), ensure_ascii=False)
    assert "synergies entre institutions" in index  # document text
    assert "Publier un rapport annuel" in index  # a commitment
    assert "domiciliarit" in index  # the Italian document
    assert "Observatoire social" in index  # an organisation


def test_commitments_page_offers_filters(built: Path) -> None:
    html = page(built, "commitments")
    assert html.count("data-vstatus=") == 7
    assert '<option value="canton">Canton du Valais</option>' in html
    assert '<option value="domiciliarità">domiciliarità</option>' in html


@pytest.mark.parametrize(
    ("language", "label"),
    [("fr", "Engagements"), ("it", "Impegni"), ("de", "Verpflichtungen"), ("en", "Commitments")],
)
def test_labels_follow_the_site_language(tmp_path: Path, language: str, label: str) -> None:
    root = write_site(tmp_path, language=language)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root / "site", "charters/charte/2025")
    assert f'<h2 id="commitments">{label}</h2>' in html


def test_invalid_sources_fail_the_strict_build_with_the_validate_messages(tmp_path: Path) -> None:
    broken = {
        "charters/charte/2025.md": "---\ntitle: Charte\nstatus: in-force\n"
        "adopted: 2025-02-30\nparties: [federation, nobody]\n---\n",
    }
    root = write_site(tmp_path, extra=broken)
    result = mkdocs_build(root)
    assert result.returncode != 0
    validate = run_pacte("validate", cwd=root)
    assert validate.returncode == 1
    lines = [line for line in validate.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 2
    for line in lines:
        assert line in result.stderr
    assert "Traceback" not in result.stderr
    assert not (root / "site").exists()  # nothing was written


def test_warnings_fail_only_the_strict_build(tmp_path: Path) -> None:
    extra = {
        "conventions/convention-canton/2020-2022.md": FILES_IN_FORCE_TWICE,
    }
    root = write_site(tmp_path, extra=extra)
    strict = mkdocs_build(root)
    assert strict.returncode != 0
    assert "[several-in-force]" in strict.stderr


FILES_IN_FORCE_TWICE = """\
---
title: Convention avec le canton
status: in-force
adopted: 2020-01-15
parties: [federation, canton]
---
Texte.
"""


def test_a_site_can_override_a_template(tmp_path: Path) -> None:
    root = write_site(tmp_path, plugin_options=":\n      templates: overrides")
    (root / "overrides").mkdir()
    (root / "overrides" / "members.md.j2").write_text(
        "---\ntitle: Annuaire\n---\n\n# Annuaire maison\n\n{{ members_list | length }} membres\n",
        encoding="utf-8",
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root / "site", "members")
    assert "Annuaire maison" in html and "6 membres" in html


def test_use_directory_urls_off_gives_working_links(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("use_directory_urls: false\n")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    html = (site / "conventions/convention-canton/2023-2025.html").read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"#:]+\.html)"', html):
        target = (site / "conventions/convention-canton" / href).resolve()
        assert target.is_file(), href


def test_changes_page_shows_what_changed_and_links_both_ways(built: Path) -> None:
    version = page(built, "conventions/convention-canton/2023-2025")
    assert 'href="changes/" class="pacte-changes-link"' in version
    changes = page(built, "conventions/convention-canton/2023-2025/changes")
    assert 'href="../"' in changes  # back to the version
    assert 'href="../../2020-2022/"' in changes  # and to the one it supersedes
    text = html_module.unescape(changes)
    # word by word: "une fois par an" became "deux fois par an"
    assert re.search(r"<del[^>]*>(<span[^>]*>[^<]*</span>)?une</del><ins[^>]*>", text)
    assert re.search(r"<ins[^>]*>(<span[^>]*>[^<]*</span>)?deux</ins> fois par an", text)
    assert "Publier un rapport annuel" in text  # a commitment added
    assert "&lt;script&gt;" in changes and "<script>alert(" not in changes
    # the first version of a document has no changes page
    assert not (built / "conventions/convention-canton/2020-2022/changes").exists()


def test_the_example_site_is_valid_and_builds(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    validate = run_pacte("validate", "--strict", cwd=root)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    # one warning, on purpose: the draft renewal of the AVIP convention changed article 4,
    # its German translation did not; a draft's warnings never block (--strict included)
    assert validate.stdout.splitlines() == [
        "conventions/convention-avip-canton-valais/2026.de.md:60:1: warning: article 4 "
        "changed in conventions/convention-avip-canton-valais/2026.md since version 2025, "
        "but its translation did not (it is word for word the one of "
        "conventions/convention-avip-canton-valais/2025.de.md): translate the new text "
        "(see http://127.0.0.1:8000/problems/#translation-stale) [translation-stale]"
    ]
    result = mkdocs_build(root, "-d", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    # the two versions of the Pas-de-Calais convention and the changes between them
    base = site / "conventions/convention-pas-de-calais-uriopss"
    assert (base / "2023-2025/changes/index.html").is_file()
    italian = (site / "conventions/convenzione-domiciliarita-torino/2024/index.html").read_text(
        encoding="utf-8"
    )
    assert 'lang="it"' in italian and 'id="article-1"' in italian
    # the draft of the Pays d'Aix experiment is not published
    assert not (site / "conventions/experimentation-asg-pays-aix/2020").exists()


def test_document_page_links_resolve_like_the_version_page(built: Path) -> None:
    html = page(built, "conventions/convention-canton")
    hrefs = re.findall(r'(?:href|src)="([^"#:?]+)(?:#[^"]*)?"', html)
    assert hrefs
    for href in hrefs:
        target = (built / "conventions/convention-canton" / href).resolve()
        assert target.exists(), href
        if target.is_dir():
            assert (target / "index.html").is_file(), href
    assert '"base": "../.."' in html  # Material's settings moved with the page


def test_a_document_page_is_its_version_as_every_plugin_made_it(tmp_path: Path) -> None:
    """A plugin working on pages after Pacte (a minifier, say) shapes the copy too."""
    root = write_site(tmp_path)
    (root / "stamp.py").write_text(
        "def on_post_page(output, page, config):\n"
        "    return output.replace('</body>', '<!-- stamped ' + page.url + ' --></body>')\n",
        encoding="utf-8",
    )
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("hooks: [stamp.py]\n")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    document = page(root / "site", "conventions/convention-canton")
    assert "<!-- stamped conventions/convention-canton/2023-2025/ -->" in document
    assert document.count("stamped") == 1


def test_search_indexes_each_commitment_once(built: Path) -> None:
    index = indexed_pages(built)
    locations = [
        url for url, page in index.items() if "Publier un rapport annuel" in page["content"]
    ]
    # found on its version's page, not again on the member's page or the commitments page
    assert locations == ["conventions/convention-canton/2023-2025/"]
    assert "members/canton/" in index
    # the member's page still shows the table to readers
    assert "Publier un rapport annuel" in page(built, "members/canton")


def test_search_reads_the_tables_of_a_version_as_plain_paragraphs(built: Path) -> None:
    text = indexed_pages(built)["conventions/convention-canton/2023-2025/"]["content"]
    # each commitment with who made it and its article, as one line of text
    assert re.search(r"Publier un rapport annuel[^.]*· [^.]*· Article \d", text)
    assert "Canton du Valais · Signataire" in text
    # readers get the tables; the text read by the search is gone from the page
    html = page(built, "conventions/convention-canton/2023-2025")
    assert 'class="pacte-table pacte-labelled pacte-commitments"' in html
    assert 'class="pacte-table pacte-labelled pacte-parties"' in html
    assert "pacte:late" not in html
    assert not re.search(r"<p>Publier un rapport annuel", html)


TURIN = "conventions/convenzione-torino/2024.md"


def turin(extra_front_matter: str, body: str) -> str:
    """The Italian version of the fixture site, with a line of front matter and a body."""
    front = (
        "---\ntitle: Convenzione per la domiciliarità\nstatus: in-force\n"
        "adopted: 2024-05-10\nlang: it\n"
        "parties: [{member: federation, signed: 2024-05-10},\n"
        "  {member: comune, signed: 2024-05-10}]\n"
    )
    return front + (extra_front_matter + "\n" if extra_front_matter else "") + "---\n" + body + "\n"


def test_signed_copy_is_published_with_its_pages_size_and_digest(tmp_path: Path) -> None:
    import hashlib

    from pypdf import PdfWriter

    signed = turin(
        "signed_copy: 2024.pdf",
        "## Articolo 1 – Oggetto\nLe parti promuovono la cultura della domiciliarità.",
    )
    root = write_site(tmp_path, extra={TURIN: signed})
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    pdf = root / "conventions/convenzione-torino/2024.pdf"
    with pdf.open("wb") as out:
        writer.write(out)
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    assert (site / "conventions/convenzione-torino/2024.pdf").read_bytes() == pdf.read_bytes()
    html = page(site, "conventions/convenzione-torino/2024")
    assert 'href="../2024.pdf" download' in html
    assert "3 pages" in html and digest in html
    assert re.search(r"\d+ o|\d+,\d Ko", html)  # the size, in French units
    documents = json.loads((site / "data/documents.json").read_text(encoding="utf-8"))
    row = next(d for d in documents if d["document"] == "convenzione-torino")
    assert row["signed_copy"]["pages"] == 3 and row["signed_copy"]["sha256"] == digest


def test_a_title_repeated_in_the_text_is_not_a_second_heading(tmp_path: Path) -> None:
    with_title = turin(
        "",
        "# Convenzione quadro\n\n```\n# not a title: code\n```\n\n"
        "## Articolo 1 – Oggetto\nLe parti promuovono la domiciliarità.",
    )
    root = write_site(tmp_path, extra={TURIN: with_title})
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root / "site", "conventions/convenzione-torino/2024")
    assert html.count("<h1") == 1
    assert '<p class="pacte-body-title">Convenzione quadro</p>' in html
    assert "# not a title: code" in html
    assert 'id="article-1"' in html


def test_a_large_sites_document_page_sends_the_reader_to_its_current_version(
    tmp_path: Path,
) -> None:
    """Beyond DOCUMENT_COPIES_UP_TO versions (or when asked) a document's page is not a
    copy of its current version but a small page that sends the reader there."""
    root = write_site(tmp_path, plugin_options=":\n      document_pages: redirect")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root / "site", "conventions/convention-canton")
    assert '<meta http-equiv="refresh" content="0; url=2023-2025/">' in html
    assert '<link rel="canonical" href="2023-2025/">' in html
    assert "<h1>Convention avec le canton</h1>" in html
    assert len(html.encode()) < 2000  # not the version's page again
    version = page(root / "site", "conventions/convention-canton/2023-2025")
    assert "Publier un rapport annuel" in version


def test_document_pages_option_is_checked(tmp_path: Path) -> None:
    root = write_site(tmp_path, plugin_options=":\n      document_pages: sometimes")
    result = mkdocs_build(root)
    assert result.returncode != 0
    assert "document_pages" in result.stderr


def test_the_pull_request_preview_opens_from_its_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview a pull request keeps (.github/workflows/pull-request.yml) is built with
    --no-directory-urls, drafts included: unzipped, it is browsed from its index.html, so
    every link and every file a page loads is a file of the folder (the 404 page aside,
    whose addresses start from the site's root)."""
    root = Path(__file__).resolve().parent.parent
    monkeypatch.setenv("PACTE_DRAFTS", "true")
    site = tmp_path / "site-preview"
    result = mkdocs_build(root, "--no-directory-urls", "-d", str(site))
    assert result.returncode == 0, result.stderr
    assert (site / "conventions/experimentation-asg-pays-aix/2020.html").is_file()  # a draft
    checked = 0
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        for address in re.findall(r'(?:href|src)="([^"]*)"', page.read_text("utf-8")):
            target = re.split(r"[#?]", address, maxsplit=1)[0]
            if not target or target.startswith("//") or re.match(r"[a-z][a-z0-9+.-]*:", target):
                continue  # the page itself, or another site
            path = (page.parent / target).resolve()
            assert path.is_file(), f"{page.relative_to(site)}: {target}"
            checked += 1
    assert checked > 1_000


KEPT_HOOK = """\
import json
from pathlib import Path

FILES = []


def on_files(files, config):
    FILES.append(files)
    return files


def on_post_build(config):
    generated = [f for f in FILES[-1] if f.generated_by and f.src_uri.endswith(".md")]
    report = {
        "pages": len(generated),
        "sources_kept": sum(1 for f in generated if f.content_string),
        "markdown_kept": sum(1 for f in generated if f.page and f.page.markdown),
        "content_kept": sum(1 for f in generated if f.page and f.page.content),
        "released": [f.src_uri for f in FILES[-1] if f.generated_by and not f.content_bytes],
    }
    Path("kept.json").write_text(json.dumps(report))
"""


def test_the_build_keeps_one_copy_of_each_generated_page(tmp_path: Path) -> None:
    """At 3,000 versions each copy of the pages' Markdown is a hundred megabytes held to
    the end of the build: once converted, a generated page keeps its HTML only, and the
    open data its files once MkDocs has copied them."""
    root = write_site(tmp_path / "site")
    (root / "kept.py").write_text(KEPT_HOOK, encoding="utf-8")
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("hooks:\n  - kept.py\n")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    kept = json.loads((root / "kept.json").read_text(encoding="utf-8"))
    assert kept["pages"] > 10 and kept["content_kept"] == kept["pages"]
    assert kept["sources_kept"] == 0 and kept["markdown_kept"] == 0
    assert set(DATA_FILES) <= set(kept["released"])
    for name in DATA_FILES:  # written whole before their bytes were let go
        assert (root / "site" / name).stat().st_size > 100, name


def primary_nav(html: str) -> tuple[list[str], int]:
    """The labels of the navigation's entries, and how many of them are sections."""
    start = html.index('<nav class="md-nav md-nav--primary"')
    nav = html[start : html.index('<div class="md-sidebar md-sidebar--secondary"', start)]
    labels = re.findall(r'<span class="md-ellipsis">\s*([^<]*?)\s*</span>', nav)
    return labels, nav.count("md-nav__item--nested")


def test_a_site_without_nav_lists_its_listings_in_its_language(built: Path) -> None:
    """MkDocs would title a section after each folder ("Charters", "Members") around the
    French listing it holds alone, sorted by those names."""
    labels = ["Accueil", "Chartes", "Conventions", "Organisations", "Engagements"]
    assert primary_nav(page(built, "")) == (labels, 0)


def test_a_folder_with_pages_of_the_site_keeps_its_section(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("navigation.instant", "navigation.instant, navigation.footer"))
    (root / "docs" / "members").mkdir()
    (root / "docs" / "members" / "adherer.md").write_text("# Adhérer\n\nComment.\n", "utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    labels, sections = primary_nav((root / "site" / "index.html").read_text(encoding="utf-8"))
    assert sections == 1 and labels[:3] == ["Accueil", "Chartes", "Conventions"]
    assert "Adhérer" in labels and "Organisations" in labels and "Engagements" in labels
    # the links to the previous and next page follow the navigation's new order
    charters = (root / "site" / "charters" / "index.html").read_text(encoding="utf-8")
    footer = re.findall(r'md-footer__link--(prev|next)"[^>]*aria-label="[^"]*?: ([^"]+)"', charters)
    assert footer == [("prev", "Accueil"), ("next", "Conventions")]
