"""`pacte generate`: the example site as plain files, built by three engines with no plugin.

MkDocs 1.6, ProperDocs (its continuation) and Zensical (Material's successor) each build
the generated folder; the key pages and the open data must be there in each, the same
as the plugin's own build makes them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from markupsafe import escape

from conftest import ROOT, run_pacte
from pacte.generate import deepen_links, engine_path
from pacte.load import load_site
from pacte.model import Version
from sitefixture import mkdocs_build
from test_site_build import primary_nav

ENGINES = ("mkdocs", "properdocs", "zensical")
TODAY = "2026-11-22"
ENV = {**os.environ, "PACTE_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}


def engine_build(engine: str, folder: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """Build FOLDER/mkdocs.yml into SITE with ENGINE, as a user would from a shell."""
    command = [str(Path(sys.executable).parent / engine), "build", "-f", "mkdocs.yml"]
    if engine == "zensical":  # builds into the configuration's site_dir (DIR/site)
        command.append("--strict")
    else:
        command += ["--strict", "--site-dir", str(site)]
    result = subprocess.run(
        command, cwd=folder, env=ENV, capture_output=True, text=True, timeout=600, check=False
    )
    if engine == "zensical" and result.returncode == 0:
        shutil.move(folder / "site", site)
    return result


def example_version() -> tuple[Version, Version]:
    """A version of the example site with commitments, and the version it supersedes."""
    site = load_site(ROOT, "fr")
    for version in site.versions():
        if version.commitments and version.supersedes and not version.is_draft:
            document = site.documents[(version.kind, version.document)]
            predecessor = next(v for v in document.versions if v.label == version.supersedes)
            return version, predecessor
    raise AssertionError("the example site has no version with commitments that supersedes one")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "site-files"
    result = run_pacte("generate", "--out", str(out), cwd=ROOT, env={"SITE_URL": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    return out


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example site as the plugin builds it: the reference."""
    site = tmp_path_factory.mktemp("plugin") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**ENV, "SITE_URL": ""},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return site


def test_generated_folder(generated: Path) -> None:
    config = yaml.safe_load((generated / "mkdocs.yml").read_text(encoding="utf-8"))
    plugins = [p if isinstance(p, str) else next(iter(p)) for p in config.get("plugins", [])]
    assert "pacte" not in plugins
    assert "search" in plugins
    assert config["docs_dir"] == "docs"
    assert config["theme"]["language"] == "fr"
    assert "md_in_html" in config["markdown_extensions"]
    assert "assets/pacte/pacte.css" in config["extra_css"]
    docs = generated / "docs"
    for hand_written in (ROOT / "docs").rglob("*"):
        if hand_written.is_file():
            relative = hand_written.relative_to(ROOT / "docs")
            copied = (docs / relative).read_bytes()
            if hand_written.suffix != ".md":
                assert copied == hand_written.read_bytes()
                continue
            # pages as the plugin shows them: the lists they ask for, French typography
            text = copied.decode("utf-8")
            assert "<!-- pacte:" not in text
            assert (
                text.replace("\u00a0", " ")
                .replace("\u202f", " ")
                .startswith(hand_written.read_text(encoding="utf-8").split("<!-- pacte:")[0])
            )
    version, _ = example_version()
    # in a folder of its own: its file is where its address is, for every engine
    page = docs / f"{version.kind}s" / version.document / version.label / "index.md"
    text = page.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: ")
    assert "<!--pacte:" not in text  # every part in place, no placeholder left
    assert '<div class="pacte-text" markdown="block"' in text


@pytest.mark.parametrize("engine", ENGINES)
def test_engine_builds_the_whole_site(
    engine: str, generated: Path, plugin_site: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "files"
    shutil.copytree(generated, folder)
    site = tmp_path / "site"
    result = engine_build(engine, folder, site)
    assert result.returncode == 0, result.stdout + result.stderr
    version, predecessor = example_version()
    base = site / f"{version.kind}s" / version.document

    # a version: its text converted from Markdown, its commitments table
    page = (base / version.label / "index.html").read_text(encoding="utf-8")
    first_article = version.articles[0]
    assert re.search(rf'<h2 id="{re.escape(first_article.anchor)}"', page), first_article
    assert "\n## " not in page  # no heading left as raw Markdown
    assert 'class="pacte-table pacte-labelled pacte-commitments"' in page
    for commitment in version.commitments:
        assert html_text(commitment.text) in page
    assert "pacte.css" in page

    # its changes from the version it supersedes
    changes = (base / version.label / "changes" / "index.html").read_text(encoding="utf-8")
    assert "pacte-ins" in changes or "pacte-del" in changes
    assert predecessor.label in changes

    # the document's address shows its current version, its links still lead somewhere
    document_page = (base / "index.html").read_text(encoding="utf-8")
    assert 'class="pacte-version"' in document_page
    assert_links_resolve(site, base / "index.html")
    assert_links_resolve(site, base / version.label / "index.html")

    # a member of the version, and every commitment
    member = version.parties[0].member
    assert (site / "members" / member / "index.html").is_file()
    assert_links_resolve(site, site / "members" / member / "index.html")
    commitments = (site / "commitments" / "index.html").read_text(encoding="utf-8")
    assert html_text(version.commitments[0].text) in commitments

    # the open data and the feed, as the plugin's own build writes them
    for name in ("data/documents.json", "data/commitments.json", "data/commitments.csv"):
        assert (site / name).read_bytes() == (plugin_site / name).read_bytes(), name
    documents = json.loads((site / "data" / "documents.json").read_text(encoding="utf-8"))
    assert documents
    assert (site / "feed.xml").read_bytes() == (plugin_site / "feed.xml").read_bytes()


def html_text(text: str) -> str:
    return str(escape(text))


_LINK = re.compile(r'\s(?:href|src)="([^"#?]+)[^"]*"')


def assert_links_resolve(site: Path, page: Path) -> None:
    """Every relative link of a built page leads to a file of the built site."""
    html = page.read_text(encoding="utf-8")
    broken = []
    for link in _LINK.findall(html):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:|^/", link):
            continue
        target = (page.parent / link).resolve()
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(link)
    assert not broken, f"{page.relative_to(site)}: {broken}"


# --- the command --------------------------------------------------------------------------


def small_site(root: Path) -> None:
    from sitefixture import write_site

    write_site(root)


def test_generate_refuses_a_folder_it_did_not_write(tmp_path: Path) -> None:
    small_site(tmp_path / "site")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = run_pacte("generate", "--out", str(out), cwd=tmp_path / "site")
    assert result.returncode == 2, result.stderr
    assert "not empty" in result.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("where", [".", "docs", "docs/generated", "charters"])
def test_generate_never_writes_over_the_sources(tmp_path: Path, where: str) -> None:
    root = tmp_path / "site"
    small_site(root)
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    result = run_pacte("generate", "--out", where, cwd=root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before


def test_generate_again_replaces_the_folder(tmp_path: Path) -> None:
    root = tmp_path / "site"
    small_site(root)
    out = tmp_path / "out"
    assert run_pacte("generate", "--out", str(out), cwd=root).returncode == 0
    stale = out / "docs" / "charters" / "old" / "2001.md"
    stale.parent.mkdir(parents=True)
    stale.write_text("---\ntitle: old\n---\n", encoding="utf-8")
    result = run_pacte("generate", "--out", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert (out / "docs" / "charters" / "charte" / "2025" / "index.md").is_file()


def test_generate_writes_nothing_from_an_invalid_tree(tmp_path: Path) -> None:
    root = tmp_path / "site"
    small_site(root)
    version = root / "charters" / "charte" / "2025.md"
    version.write_text(version.read_text(encoding="utf-8").replace("in-force", "en-vigueur"))
    out = tmp_path / "out"
    result = run_pacte("generate", "--out", str(out), cwd=root)
    assert result.returncode == 1
    assert "charters/charte/2025.md:" in result.stderr
    assert "nothing was generated" in result.stderr
    assert not out.exists()


def test_generate_writes_the_navigation_of_a_site_without_one(tmp_path: Path) -> None:
    """The plugin puts each listing in the place of the section MkDocs makes of its folder
    ("Charters" on a French site); the generated configuration says the same to every
    engine. A folder with a page of the site's own keeps its section."""
    root = tmp_path / "site"
    small_site(root)
    (root / "docs" / "members").mkdir()
    (root / "docs" / "members" / "adherer.md").write_text("# Adhérer\n\nComment.\n", "utf-8")
    out = tmp_path / "out"
    result = run_pacte("generate", "--out", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["nav"] == [
        "index.md",
        "charters/index.md",
        "conventions/index.md",
        "commitments/index.md",
        {"Members": ["members/index.md", "members/adherer.md"]},
    ]
    # MkDocs shows what the plugin's build shows
    plugin = mkdocs_build(root)
    assert plugin.returncode == 0, plugin.stderr
    built = engine_build("mkdocs", out, tmp_path / "engine")
    assert built.returncode == 0, built.stderr
    shown = [
        primary_nav((site / "index.html").read_text(encoding="utf-8"))
        for site in (root / "site", tmp_path / "engine")
    ]
    assert shown[0] == shown[1]
    labels, sections = shown[0]
    assert labels[:5] == ["Accueil", "Chartes", "Conventions", "Engagements", "Members"]
    assert sections == 1


def test_generate_leaves_the_navigation_of_a_site_that_has_one(generated: Path) -> None:
    config = yaml.safe_load((generated / "mkdocs.yml").read_text(encoding="utf-8"))

    class Tolerant(yaml.SafeLoader):
        """Reads the site's mkdocs.yml, its tags (!ENV) left unread."""

    Tolerant.add_multi_constructor("!", lambda loader, suffix, node: None)
    site = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Tolerant)
    assert config["nav"] == site["nav"]


def test_generate_keeps_what_it_does_not_know_of_the_configuration(tmp_path: Path) -> None:
    """Tags of Material's extensions survive, !ENV is resolved, overrides come along."""
    root = tmp_path / "site"
    small_site(root)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config += (
        "markdown_extensions:\n"
        "  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "extra:\n"
        "  contact: !ENV [PACTE_TEST_CONTACT, nobody]\n"
    )
    config = config.replace("theme:\n", "theme:\n  custom_dir: overrides\n", 1)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "overrides").mkdir()
    (root / "overrides" / "main.html").write_text('{% extends "base.html" %}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run_pacte(
        "generate", "--out", str(out), cwd=root, env={"PACTE_TEST_CONTACT": "info@example.org"}
    )
    assert result.returncode == 0, result.stderr
    written = (out / "mkdocs.yml").read_text(encoding="utf-8")
    assert "!!python/name:material.extensions.emoji.twemoji" in written
    assert "info@example.org" in written
    assert (out / "overrides" / "main.html").is_file()
    assert "custom_dir: overrides" in written
    build = engine_build("mkdocs", out, tmp_path / "built")
    assert build.returncode == 0, build.stderr


def test_generate_does_not_follow_links_out_of_the_pages(tmp_path: Path) -> None:
    root = tmp_path / "site"
    small_site(root)
    secret = tmp_path / "secret.md"
    secret.write_text("SECRET-TEXT", encoding="utf-8")
    (root / "docs" / "leak.md").symlink_to(secret)
    (root / "docs" / "folder").symlink_to(tmp_path, target_is_directory=True)
    out = tmp_path / "out"
    result = run_pacte("generate", "--out", str(out), cwd=root)
    assert result.returncode == 0, result.stderr
    assert "leak.md: not a regular file" in result.stderr
    assert not (out / "docs" / "leak.md").exists()
    assert not (out / "docs" / "folder").exists()
    assert all("SECRET-TEXT" not in p.read_text(errors="replace") for p in out.rglob("*.md"))


def test_pages_move_into_folders_with_their_links() -> None:
    assert engine_path("charters/c/2025.md", True) == "charters/c/2025/index.md"
    assert engine_path("charters/c/2025/changes.md", True) == "charters/c/2025/changes/index.md"
    assert engine_path("charters/c/index.md", True) == "charters/c/index.md"
    assert engine_path("charters/c/2025.md", False) == "charters/c/2025.md"
    body = (
        "See [the PDF](2025.pdf), [the other](../autre/2020.md#article-2 'title'),\n"
        "![a picture](<images/a b.png>), [a site](https://example.org/x), [here](#top),\n"
        "[root](/abs/), [mail](mailto:a@b.c).\n\n"
        "[ref]: annexes/annexe.pdf\n"
        "[web]: https://example.org\n"
    )
    assert deepen_links(body) == (
        "See [the PDF](../2025.pdf), [the other](../../autre/2020.md#article-2 'title'),\n"
        "![a picture](<../images/a b.png>), [a site](https://example.org/x), [here](#top),\n"
        "[root](/abs/), [mail](mailto:a@b.c).\n\n"
        "[ref]: ../annexes/annexe.pdf\n"
        "[web]: https://example.org\n"
    )
