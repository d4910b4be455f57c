"""`pacte diff` as a user runs it: two versions, and the working tree against a git revision."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run_pacte
from pacte.diff import compare_sites, site_changes_markdown
from pacte.gitbase import GitError, load_site_at, write_sources
from pacte.load import load_site
from test_diff_support import MEMBERS, articles, version_text, write_site

OBJET = "Objet | La convention organise la coopération entre les parties."
MISSIONS = "Missions | L'Union anime le collectif logement et relaie les propositions."
SUIVI = "Suivi | Un comité se réunit deux fois par an pour dresser le bilan."

V1 = version_text(articles(OBJET, MISSIONS, SUIVI), status="superseded", adopted="2020-02-17")
V2 = version_text(
    articles(OBJET, MISSIONS.replace("anime", "coordonne"), SUIVI),
    extra="supersedes: v1\n",
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_site(tmp_path / "site", {"v1": V1, "v2": V2})


# --- two versions --------------------------------------------------------------------


def test_diff_two_versions_as_text(site: Path) -> None:
    done = run_pacte("diff", "convention", "v1", "v2", cwd=site)
    assert done.returncode == 0, done.stderr
    assert "[-anime-]{+coordonne+}" in done.stdout
    assert done.stderr == ""


def test_diff_as_markdown_and_json(site: Path) -> None:
    markdown = run_pacte("diff", "convention", "v1", "v2", "--format", "markdown", cwd=site)
    assert markdown.returncode == 0
    assert "<del>anime</del><ins>coordonne</ins>" in markdown.stdout
    done = run_pacte("diff", "convention", "v1", "v2", "--format", "json", cwd=site)
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["schema_version"] == 1
    assert data["from"]["version"] == "v1" and data["to"]["version"] == "v2"
    assert data["summary"]["articles_changed"] == 1
    assert [t["kind"] for t in data["text"]] == [
        "article-unchanged",
        "article-changed",
        "article-unchanged",
    ]


def test_diff_a_version_against_the_one_it_supersedes(site: Path) -> None:
    done = run_pacte("diff", "convention", "v2", cwd=site)
    assert done.returncode == 0
    assert "Changes from version v1 to version v2" in done.stdout
    refused = run_pacte("diff", "convention", "v1", cwd=site)
    assert refused.returncode == 2
    assert "supersedes no other version" in refused.stderr


def test_the_labels_follow_the_site_language(site: Path) -> None:
    (site / "mkdocs.yml").write_text("site_name: Test\ntheme:\n  name: material\n  language: fr\n")
    # the suite speaks English (conftest.py): here, the site's language
    done = run_pacte("diff", "convention", "v1", "v2", cwd=site, env={"PACTE_LANG": ""})
    assert "Modifications de la version v1 à la version v2" in done.stdout
    english = run_pacte("diff", "convention", "v1", "v2", "--language", "en", cwd=site)
    assert "Changes from version v1" in english.stdout


def test_an_unknown_document_exits_2_naming_the_known_ones(site: Path) -> None:
    done = run_pacte("diff", "convnetion", "v1", "v2", cwd=site)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        "pacte: error: there is no document 'convnetion' (did you mean 'convention'?); "
        "the documents are: conventions/convention\n"
    )


def test_an_unknown_version_exits_2_naming_the_known_ones(site: Path) -> None:
    done = run_pacte("diff", "convention", "v1", "v3", cwd=site)
    assert done.returncode == 2
    assert "conventions/convention/ has no version 'v3'" in done.stderr
    assert "its versions are: v1, v2" in done.stderr


def test_an_id_used_by_a_charter_and_a_convention_needs_its_folder(site: Path) -> None:
    write_site(site, {"v1": V1, "v2": V2}, kind="charters")
    done = run_pacte("diff", "convention", "v1", "v2", cwd=site)
    assert done.returncode == 2
    assert "write charters/convention or conventions/convention" in done.stderr
    assert run_pacte("diff", "charters/convention", "v1", "v2", cwd=site).returncode == 0
    assert run_pacte("diff", "conventions/convention", "v1", "v2", cwd=site).returncode == 0
    assert run_pacte("diff", "annexes/convention", "v1", "v2", cwd=site).returncode == 2


@pytest.mark.parametrize(
    "args",
    [("diff",), ("diff", "convention", "v1", "v2", "v3"), ("diff", "convention", "--base", "x")],
)
def test_wrong_arguments_exit_2(site: Path, args: tuple[str, ...]) -> None:
    done = run_pacte(*args, cwd=site)
    assert done.returncode == 2
    assert done.stderr.startswith("pacte: error: ")


# --- the working tree against a git revision -----------------------------------------

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env={**os.environ, **GIT_ENV},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def commit_all(repo: Path, message: str) -> None:
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", message, cwd=repo)


CHARTE = version_text(articles(OBJET, SUIVI), title="Charte", parties="  - departement\n  - caf\n")
ANCIENNE = version_text(articles(OBJET), title="Ancienne convention", status="expired",
                        parties="  - caf\n  - uriopss\n")  # fmt: skip
NOUVELLE = version_text(articles(OBJET), title="Nouvelle convention", status="draft",
                        parties="  - departement\n  - etat\n")  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose last commit has three documents, and a working tree that changes them."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git("init", "-q", "-b", "main", cwd=repo)
    write_site(repo, {"v1": V1})
    write_site(repo, {"2024": CHARTE}, kind="charters", doc="charte")
    write_site(repo, {"2019": ANCIENNE}, doc="ancienne")
    (repo / "README.md").write_text("not a source\n")
    commit_all(repo, "base")
    # the pull request: a new version, an article changed, a document removed and one added
    write_site(repo, {"v2": V2})
    charte = repo / "charters" / "charte" / "2024.md"
    charte.write_text(CHARTE.replace("deux fois", "trois fois"), encoding="utf-8")
    shutil.rmtree(repo / "conventions" / "ancienne")
    write_site(repo, {"2026": NOUVELLE}, doc="nouvelle")
    members = MEMBERS.replace("Caisse d'allocations familiales", "CAF du Pas-de-Calais")
    (repo / "members.yml").write_text(members, encoding="utf-8")
    return repo


def test_base_report_as_markdown(repo: Path) -> None:
    done = run_pacte("diff", "--base", "HEAD", cwd=repo)
    assert done.returncode == 0, done.stderr
    report = done.stdout
    assert report.startswith("## What this change does to the documents, compared with `HEAD`")
    assert "### Convention `ancienne` — Ancienne convention (removed)" in report
    assert "### Convention `nouvelle` — Nouvelle convention (added)" in report
    assert "### Charter `charte` — Charte (changed)" in report
    assert "- Version `2024` (`charters/charte/2024.md`): changed" in report
    assert "<del>deux</del><ins>trois</ins>" in report
    assert "- Version `v2` (`conventions/convention/v2.md`): added (compared with v1)" in report
    assert "<del>anime</del><ins>coordonne</ins>" in report
    assert "- CAF du Pas-de-Calais (`caf`): changed (name)" in report
    assert "### Organisations concerned" in report
    assert "- **Préfecture &lt;b&gt;du Nord&lt;/b&gt;** (`etat`): `nouvelle` 2026" in report
    assert "<b>" not in report


def test_base_report_as_json(repo: Path) -> None:
    done = run_pacte("diff", "--base", "HEAD", "--format", "json", cwd=repo)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    states = {(d["kind"], d["document"]): d["state"] for d in data["documents"]}
    assert states == {
        ("charter", "charte"): "changed",
        ("convention", "ancienne"): "removed",
        ("convention", "convention"): "changed",
        ("convention", "nouvelle"): "added",
    }
    convention = next(d for d in data["documents"] if d["document"] == "convention")
    (version,) = convention["versions"]
    assert version["version"] == "v2" and version["state"] == "added"
    assert version["comparison"]["from"]["version"] == "v1"
    affected = {a["member"] for a in data["affected"]}
    assert affected == {"caf", "departement", "etat", "uriopss"}
    assert data["organisations"] == [
        {"member": "caf", "name": "CAF du Pas-de-Calais", "state": "changed", "fields": ["name"]}
    ]


def test_base_report_as_text(repo: Path) -> None:
    done = run_pacte("diff", "--base", "HEAD", "--format", "text", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "Charter charte — Charte (changed)" in done.stdout
    assert "[-deux-]{+trois+}" in done.stdout


def test_nothing_changed_against_the_base(repo: Path) -> None:
    commit_all(repo, "the pull request")
    done = run_pacte("diff", "--base", "HEAD", cwd=repo)
    assert done.returncode == 0
    assert "No document, version or organisation changes." in done.stdout


def test_a_reformatted_version_is_told_apart(repo: Path) -> None:
    commit_all(repo, "the pull request")
    charte = repo / "charters" / "charte" / "2024.md"
    charte.write_text(charte.read_text().replace("coopération entre", "coopération\nentre"))
    done = run_pacte("diff", "--base", "HEAD", cwd=repo)
    assert "- Version `2024` (`charters/charte/2024.md`): layout only, same content" in done.stdout


def test_a_broken_tree_at_the_base_is_still_compared(repo: Path) -> None:
    charte = repo / "charters" / "charte" / "2024.md"
    good = charte.read_text()
    charte.write_text("---\ntitle: [unclosed\n---\n## Article 1\n")
    (repo / "members.yml").write_text("- id: [\n")
    commit_all(repo, "broken")
    charte.write_text(good)
    (repo / "members.yml").write_text(MEMBERS)
    done = run_pacte("diff", "--base", "HEAD", cwd=repo)
    assert done.returncode == 0, done.stderr
    assert "### Charter `charte` — Charte (changed)" in done.stdout


def test_the_site_may_live_in_a_folder_of_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    site = repo / "site"
    write_site(site, {"v1": V1})
    git("init", "-q", "-b", "main", cwd=repo)
    commit_all(repo, "base")
    write_site(site, {"v2": V2})
    done = run_pacte("-C", "site", "diff", "--base", "HEAD", "--format", "json", cwd=repo)
    assert done.returncode == 0, done.stderr
    (document,) = json.loads(done.stdout)["documents"]
    assert [v["version"] for v in document["versions"]] == ["v2"]


def test_an_unknown_revision_exits_2(repo: Path) -> None:
    done = run_pacte("diff", "--base", "origin/main", cwd=repo)
    assert done.returncode == 2
    assert "git does not know the revision 'origin/main'" in done.stderr
    assert "fetch-depth: 0" in done.stderr
    assert run_pacte("diff", "--base", "--upload-pack=x", cwd=repo).returncode == 2


def test_outside_a_repository_exits_2(site: Path) -> None:
    done = run_pacte(
        "diff", "--base", "HEAD", cwd=site, env={"GIT_CEILING_DIRECTORIES": str(site.parent)}
    )
    assert done.returncode == 2
    assert "is not in a git repository" in done.stderr


def test_write_sources_takes_only_the_sources(repo: Path, tmp_path: Path) -> None:
    os.symlink("../../members.yml", repo / "charters" / "charte" / "lien.md")
    commit_all(repo, "with a link")
    out = tmp_path / "out"
    written = write_sources(repo, "HEAD", out)
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert files == [
        "charters/charte/2024.md",
        "conventions/convention/v1.md",
        "conventions/convention/v2.md",
        "conventions/nouvelle/2026.md",
        "members.yml",
    ]
    assert written == 5
    with pytest.raises(GitError):
        write_sources(repo, "no-such-branch", out)


def test_load_site_at_and_compare_sites_in_process(repo: Path) -> None:
    base, notes = load_site_at(repo, "HEAD", "en")
    assert notes == []
    assert set(base.documents) == {
        ("charter", "charte"),
        ("convention", "ancienne"),
        ("convention", "convention"),
    }
    changes = compare_sites(base, load_site(repo, "en"), "HEAD")
    assert not changes.is_empty
    short = site_changes_markdown(changes, "en", limit=1500)
    assert len(short) <= 1500
    assert "The report is too long for a comment" in short
    assert "<del>" not in short  # the text of the articles is the first thing left out
