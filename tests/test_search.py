"""The site's search, as built: Pagefind bundles, one per language of the texts, in place
of the theme's lunr index; which pages are indexed and what each result knows of its
version; a failed build or a rebuild of `mkdocs serve` leaves nothing behind. What the
reader does with it in a browser: test_browser_search.py.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pagefind.service import get_executable

from pacte.i18n import LABELS
from pacte.indexer import ALLOCATOR_SETTINGS, Indexer, Service
from pacte.search import PANEL, Entry, SearchError, indexed_html, panel, write_panel
from pagefindbundle import bundles, fragments
from pagefindbundle import pages as indexed_pages
from searchsite import GERMAN, write_search_site
from sitefixture import mkdocs_build, run_python, write_site
from test_serve import fetch, serving, wait_for

VERSIONS = {
    "charters/charte/2025/",
    "conventions/convention-canton/2020-2022/",
    "conventions/convention-canton/2023-2025/",
    "conventions/convenzione-torino/2024/",
    "conventions/vereinbarung-oberwallis/2025/",
}
MEMBERS = {
    f"members/{member}/"
    for member in ("federation", "canton", "home-a", "home-b", "observer-org", "comune")
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_search_site(tmp_path_factory.mktemp("site"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def test_each_language_of_the_texts_has_its_bundle(built: Path) -> None:
    folders = {path.name: path for path in bundles(built)}
    assert sorted(folders) == ["de", "fr", "it"]
    # beside them, nothing but the panel's settings
    assert sorted(path.name for path in (built / "pagefind").iterdir()) == [
        "de",
        "fr",
        "it",
        "panel.json",
    ]
    for language, folder in folders.items():
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert list(entry["languages"]) == [language]  # stemmed in that language only
        assert (folder / "pagefind.js").is_file()
        # what the site's search uses, and nothing else: its own stemmer, no interface
        assert [path.name for path in folder.glob("wasm.*")] == [f"wasm.{language}.pagefind"]
        assert not (folder / "pagefind-ui.js").exists()
        assert not (folder / "pagefind-worker.js").exists()
    index = indexed_pages(built)
    assert index["conventions/convenzione-torino/2024/"]["language"] == "it"
    assert index["conventions/vereinbarung-oberwallis/2025/"]["language"] == "de"
    assert index["charters/charte/2025/"]["language"] == "fr"
    # the other pages are in the site's language
    assert index["members/comune/"]["language"] == "fr"
    assert index[""]["language"] == "fr"


def test_versions_organisations_and_hand_written_pages_are_indexed_and_nothing_else(
    built: Path,
) -> None:
    """Listings, changes pages, the commitments page and the document pages (a copy of
    the current version) would repeat what the pages they sum up are found for."""
    assert set(indexed_pages(built)) == VERSIONS | MEMBERS | {""}
    # every page published is there to be found
    assert (built / "conventions/convention-canton/2023-2025/changes/index.html").is_file()
    assert (built / "conventions/convention-canton/index.html").is_file()


def test_the_theme_search_makes_no_index_and_its_field_stays_in_the_header(built: Path) -> None:
    assert not (built / "search").exists()
    html = (built / "index.html").read_text(encoding="utf-8")
    assert 'class="md-header__button md-icon" for="__search"' in html  # the header's button
    assert 'class="md-search__input"' in html and 'class="md-search-result__list"' in html
    # Material mounts its own search on neither of these: it would load the lunr index
    assert 'data-md-component="search"' not in html
    assert not re.search(r"<form[^>]*name=\"search\"", html)
    assert "assets/pacte/pacte-search.js" in html and "assets/pacte/pacte-search.css" in html
    assert (built / "assets/pacte/pacte-search.js").is_file()


def test_the_panel_settings_are_one_file_of_the_site_not_in_each_page(built: Path) -> None:
    """Some 1.1 kB a page (7 MB at 6,400 pages): the script fetches them once."""
    settings = json.loads((built / PANEL).read_text(encoding="utf-8"))
    assert settings["bundles"] == [["pagefind/fr/"], ["pagefind/it/"], ["pagefind/de/"]]
    # in the site's language
    assert settings["labels"]["more"] == "Plus de résultats"
    assert [facet["label"] for facet in settings["facets"]] == [
        "Type",
        "Statut",
        "Organisation",
        "Thème",
    ]
    assert settings["values"]["status"]["superseded"] == "Remplacée"
    assert settings["values"]["kind"]["charter"] == "Charte"
    for page in built.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if "data-pacte-search" not in html:
            continue  # a page that only sends the reader on
        assert "data-pacte-search-config" not in html and '"bundles"' not in html, page
        # the panel: no settings, no filters (the script draws them from the file), but
        # what it shows before the file comes, or if it cannot come
        start = html.index('<div class="md-search" data-pacte-search="pagefind/panel.json"')
        search = re.sub(r">\s+<", "><", html[start : html.index("</header>", start)])
        assert "<select" not in search and "<script" not in search, page
        assert '<summary>Filtres</summary><div class="pacte-search-facets"></div>' in search
        assert 'data-pacte-search-failed="La recherche n&#39;a pas pu être chargée."' in search


def test_the_panel_settings_are_never_written_through_a_link(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside.json"
    outside.write_text("{}", encoding="utf-8")
    (site / "pagefind").mkdir(parents=True)
    (site / PANEL).symlink_to(outside)
    with pytest.raises(SearchError, match="symbolic link"):
        write_panel(site, "fr", ["fr"])
    assert outside.read_text(encoding="utf-8") == "{}"
    (site / PANEL).unlink()
    (site / "pagefind").rmdir()
    (site / "pagefind").symlink_to(tmp_path)  # the folder itself
    with pytest.raises(SearchError, match="symbolic link"):
        write_panel(site, "fr", ["fr"])
    assert not (tmp_path / "panel.json").exists()
    (site / "pagefind").unlink()
    assert write_panel(site, "it", ["fr", "it"]) > 0
    assert json.loads((site / PANEL).read_text(encoding="utf-8"))["labels"]["more"] == (
        "Altri risultati"
    )


def test_each_result_knows_its_document_version_status_and_filters(built: Path) -> None:
    index = indexed_pages(built)
    older = index["conventions/convention-canton/2020-2022/"]
    assert older["meta"] == {
        "title": 'Convention <script>alert("x")</script> avec le canton',
        "kind": "convention",
        "version": "2020-2022",
        "status": "superseded",
    }
    assert older["filters"] == {
        "kind": ["convention"],
        "status": ["superseded"],
        "older": ["1"],  # ranked after the versions in force
        "organisation": ["Fédération des institutions", "Canton du Valais"],
        "theme": ["gouvernance"],
    }
    current = index["conventions/convention-canton/2023-2025/"]
    assert current["meta"]["status"] == "in-force" and "older" not in current["filters"]
    assert current["filters"]["organisation"] == [
        "Fédération des institutions",
        "Canton du Valais",
        "Foyer A",
    ]
    member = index["members/home-b/"]
    assert member["meta"]["kind"] == "member"
    assert member["filters"] == {
        "kind": ["member"],
        "organisation": ['Foyer B <script>alert("m")</script>'],
    }
    assert index[""]["filters"] == {"kind": ["page"]}
    # what a version page is found by: its text, and its parties and commitments as lines
    text = index["conventions/convenzione-torino/2024/"]["content"]
    assert "promuovono la cultura della domiciliarità" in text
    assert "Promuovere percorsi formativi · Comune di Torino" in text
    # a section of the page is a result of its own: an article of the text
    anchors = [a["text"] for a in index[GERMAN.removesuffix(".md") + "/"]["anchors"]]
    assert "Artikel 2 – Pflichten" in anchors


def test_drafts_are_not_indexed(built: Path) -> None:
    assert "brouillonné" not in json.dumps(fragments(built), ensure_ascii=False)


def test_the_option_search_theme_keeps_the_theme_search(tmp_path: Path) -> None:
    root = write_site(tmp_path, plugin_options=":\n      search: theme")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    site = root / "site"
    assert not (site / "pagefind").exists()
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert any("synergies entre institutions" in doc["text"] for doc in index["docs"])
    html = (site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' in html and "pacte-search" not in html


def test_a_site_overrides_the_search_partial_in_its_custom_dir(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    overrides = root / "overrides" / "partials"
    overrides.mkdir(parents=True)
    (overrides / "search.html").write_text('<div class="my-search"></div>\n', encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  name: material\n", "  name: material\n  custom_dir: overrides\n"
        ),
        encoding="utf-8",
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = (root / "site/index.html").read_text(encoding="utf-8")
    assert '<div class="my-search"></div>' in html and "data-pacte-search" not in html


def test_search_labels_are_written_in_every_language() -> None:
    for key in [key for key in LABELS if key.startswith("search.")]:
        assert set(LABELS[key]) >= {"en", "fr", "it", "de"}, key
    texts = {language: panel(language, ["fr"]) for language in ("en", "fr", "it", "de")}
    assert texts["it"]["labels"]["more"] == "Altri risultati"
    assert texts["de"]["facets"][3]["label"] == "Thema"
    assert len({json.dumps(settings) for settings in texts.values()}) == 4


def test_the_indexed_copy_escapes_every_text_of_the_sources() -> None:
    hostile = '<img src=x onerror="alert(1)">'
    entry = Entry("fr", hostile, "charter", "2025", "in-force", (hostile,), (hostile,))
    page = '<html><body><article class="md-content__inner md-typeset"><p>Texte</p></article>'
    html = indexed_html(page + "</body></html>", entry)
    assert "<img" not in html and html.count("&lt;img") == 4
    assert "<p>Texte</p>" in html  # the page's own article, as MkDocs wrote it


def pagefind_children() -> list[int]:
    """The Pagefind processes this process started that still run."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)
        except OSError:
            continue
        name = fields[0].split("(", 1)[1]
        if name.startswith("pagefind") and int(fields[1].split()[1]) == os.getpid():
            found.append(int(stat.parent.name))
    return found


def test_nothing_runs_beside_the_build_and_a_failed_write_leaves_nothing(
    tmp_path: Path,
) -> None:
    """The pages are kept while MkDocs writes them; Pagefind runs only once the site is
    written, a part after the other; a part that cannot be written stops the service of
    the next, and what is written of the others stays as it was."""
    indexer = Indexer(["fr"], part_bytes=1)  # a part a page
    for name in ("premier", "second", "troisieme"):
        entry = Entry("fr", name, "page")
        page = f'<article class="md-content__inner">Le {name} signataire.</article>'
        indexer.add(entry, f"/{name}/", indexed_html(page, entry))
    assert pagefind_children() == []
    (tmp_path / "pagefind").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "pagefind/fr-2").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(SearchError, match="fr-2 is not a folder"):
        indexer.write(tmp_path)
    assert pagefind_children() == []
    assert (tmp_path / "pagefind/fr/pagefind-entry.json").is_file()
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert not (tmp_path / "pagefind/fr-3").exists()
    assert indexer.pages == {"fr": 0}  # what was kept is gone


def test_pagefind_gives_back_the_memory_it_frees_at_once() -> None:
    """Making a bundle frees a lot as it goes: Pagefind's allocator is told to give it
    back at once (its peak at 3,000 versions in one bundle: 1.27-1.51 GB without, 1.12
    GB with)."""
    name, settings = ALLOCATOR_SETTINGS
    with Service() as service:
        assert pagefind_children() == [service.pid]
        environ = Path(f"/proc/{service.pid}/environ").read_bytes().split(b"\0")
    assert pagefind_children() == []
    assert f"{name}={settings}".encode() in environ
    # the binary's allocator reads that variable and takes each setting
    shown = subprocess.run(
        [get_executable(), "--version"],
        env={**os.environ, name: settings + ",stats_print:true"},
        capture_output=True,
        text=True,
        check=True,
    )
    said = shown.stdout + shown.stderr
    assert "Invalid conf" not in said
    assert "opt.dirty_decay_ms: 0 " in said and "opt.muzzy_decay_ms: 0 " in said


def test_a_service_that_does_not_answer_is_stopped(tmp_path: Path) -> None:
    """Every wait for Pagefind is bounded: a service that never answers is killed."""
    silent = tmp_path / "pagefind"
    silent.write_text("#!/bin/sh\nexec sleep 600\n", encoding="utf-8")
    silent.chmod(0o755)
    with Service(silent, seconds=0.2) as service:
        pid = service.pid
        assert Path(f"/proc/{pid}").exists()
        with pytest.raises(SearchError, match=re.escape("did not answer within 0.2 s")):
            service.new_index("fr")
        assert not Path(f"/proc/{pid}").exists()  # killed, and its end collected


def test_the_indexer_writes_a_bundle_for_a_language_without_pages(tmp_path: Path) -> None:
    indexer = Indexer(["fr", "de"])
    entry = Entry("fr", "Titre", "page")
    page = '<article class="md-content__inner">Des signataires.</article>'
    indexer.add(entry, "/a/", indexed_html(page, entry))
    sizes = indexer.write(tmp_path)
    assert set(sizes) == {"fr", "de"} and all(size > 0 for size in sizes.values())
    assert (tmp_path / "pagefind/de/pagefind-entry.json").is_file()
    assert pagefind_children() == []


FAILING_HOOK = """\
def on_post_page(output, page, config):
    if page.file.src_uri.startswith("members/"):
        raise RuntimeError("stopped on purpose")
    return output
"""

BUILD_AND_LOOK = """\
import json, os, threading
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

try:
    build(load_config("mkdocs.yml"))
    failure = None
except Exception as exc:
    failure = str(exc)
children = []
for stat in Path("/proc").glob("[0-9]*/stat"):
    try:
        name, rest = stat.read_text().split("(", 1)[1].rsplit(")", 1)
    except (OSError, IndexError, ValueError):
        continue
    if int(rest.split()[1]) == os.getpid():
        children.append(name)
threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
print(json.dumps({"failure": failure, "children": children, "threads": threads}))
"""


def test_a_failed_build_leaves_no_pagefind_running(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    (root / "fail.py").write_text(FAILING_HOOK, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks: [fail.py]\n", encoding="utf-8")
    result = run_python(root, "-c", BUILD_AND_LOOK)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["failure"] == "stopped on purpose"
    assert seen["children"] == [] and seen["threads"] == []
    assert not (root / "site" / "pagefind").exists()


LATE_HOOK = """\
import json
from pathlib import Path

from mkdocs.plugins import event_priority

written = []


def on_post_page(output, page, config):
    written.append(page)
    return output


@event_priority(-50)  # late, as some plugins are: once the others are done
def on_post_build(config):
    missing = [p.file.src_uri for p in written if p.content is None]
    Path("late.json").write_text(json.dumps(missing))
"""


def test_plugins_read_the_pages_until_the_search_makes_its_bundles(tmp_path: Path) -> None:
    """The build lets go of the generated pages' content before Pagefind makes the
    bundles, as the last handler of the build's end: every other plugin's has read it."""
    root = write_site(tmp_path)
    (root / "late.py").write_text(LATE_HOOK, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "hooks: [late.py]\n", encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert json.loads((root / "late.json").read_text(encoding="utf-8")) == []
    assert indexed_pages(root / "site")


def test_serve_rebuilds_the_search_when_a_source_changes(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    with serving(root) as address:
        entry = f"{address}/pacte/pagefind/fr/pagefind-entry.json"
        assert wait_for(entry, '"fr"')
        before = json.loads(fetch(entry) or "{}")["languages"]["fr"]["hash"]
        version = root / "charters/charte/2025.md"
        version.write_text(
            version.read_text(encoding="utf-8").replace("synergies", "coopérations"),
            encoding="utf-8",
        )
        # the index of the new text has another name

        def rebuilt() -> bool:
            body = fetch(entry)
            return body is not None and '"fr"' in body and before not in body

        assert poll(rebuilt)


def poll(condition: Callable[[], object], seconds: float = 60) -> bool:
    """Whether CONDITION comes true within SECONDS (a rebuild of `mkdocs serve`)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_a_language_s_pages_go_to_bundles_of_a_bounded_size(tmp_path: Path) -> None:
    """Pagefind's memory to make a bundle grows with its pages: past PART_BYTES of HTML,
    a language's pages go to several bundles (MOST_PARTS at most) of about the same size,
    in their order, each page to one; the panel names every bundle, and a later build
    with fewer parts takes the others away."""
    words = ("premier", "second", "troisieme", "quatrieme", "cinquieme")
    pages = []
    for name in words:
        entry = Entry("fr", name, "page")
        text = f"Le {name} signataire. " * 12
        pages.append((entry, f"/{name}/", indexed_html(f"<article>{text}</article>", entry)))
    total = sum(len(html.encode("utf-8")) for _, _, html in pages)
    indexer = Indexer(["fr", "de"], part_bytes=total // 3 + 1)  # three parts
    for entry, url, html in pages:
        indexer.add(entry, url, html)
    kept = indexer.pages
    sizes = indexer.write(tmp_path)
    assert kept == {"fr": 5, "de": 0}
    assert list(sizes) == ["fr", "fr-2", "fr-3", "de"]
    found = fragments(tmp_path)
    order = [url for _, url, _ in pages]
    parts = ("fr", "fr-2", "fr-3")
    by_bundle = [sorted((p["url"] for p in found[name]), key=order.index) for name in parts]
    assert [url for urls in by_bundle for url in urls] == order  # each once, in order
    assert [len(urls) for urls in by_bundle] == [2, 1, 2]
    for name in ("fr-2", "fr-3"):  # each stemmed in its language
        entry = json.loads((tmp_path / "pagefind" / name / "pagefind-entry.json").read_bytes())
        assert list(entry["languages"]) == ["fr"]
    write_panel(tmp_path, "fr", sizes)
    settings = json.loads((tmp_path / PANEL).read_text(encoding="utf-8"))
    # the parts of a language together, the first the one the others are merged into
    assert settings["bundles"] == [
        ["pagefind/fr/", "pagefind/fr-2/", "pagefind/fr-3/"],
        ["pagefind/de/"],
    ]

    # however small the parts would be, a language has MOST_PARTS at most
    capped = Indexer(["fr"], part_bytes=1, most_parts=2)
    for entry, url, html in pages:
        capped.add(entry, url, html)
    assert [len(part.pages) for part in capped.parts()] == [3, 2]

    again = Indexer(["fr"])
    entry = Entry("fr", "premier", "page")
    again.add(entry, "/premier/", indexed_html("<article>Le premier.</article>", entry))
    assert list(again.write(tmp_path)) == ["fr"]
    assert sorted(path.name for path in bundles(tmp_path)) == ["de", "fr"]
