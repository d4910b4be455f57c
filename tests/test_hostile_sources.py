"""A pull request cannot harm CI, the published site or its readers.

The threat model. Whoever opens a pull request decides every file of the site: the
version files, members.yml, the signed PDFs, mkdocs.yml, docs/. CI runs `pacte
validate`, `pacte diff --base` and `mkdocs build --strict` on them, then publishes the
site from main. So, for anything a pull request can put in a site:

- **Sources (what Pacte reads).** A file is read only through `guard.read_source`: never
  through a symbolic link (even one that stays in the site: a decision, see guard.py),
  never outside the site, never a FIFO, a device or a folder, never more than a bounded
  number of bytes (4 MB for a source, 50 MB for a PDF), without blocking. Each refusal is
  a problem with its own code at line 1, column 1 of its path (`not-a-file`,
  `outside-site`, `too-large`); nothing is silently dropped, nothing crashes, every other
  file is still checked. The git base of `pacte diff --base` is read blob by blob, each
  cut past the same limits. YAML is composed with the same limits everywhere, `pacte new
  --from` included (aliases, nesting), and the cross-checks stay linear in the size of the
  site (unknown ids, parent chains, circles reported once).
- **Files (what Pacte writes).** `new`, `import-pdf`, `export`, `schema` and `generate`
  write only through `guard.write_file`: never through a link, never outside the target
  folder; a refusal is a clear usage error, never a traceback.
- **Outputs (what readers and maintainers see).** Names that generated pages use
  (`index`) cannot be taken by a member, a document or a version. Any date YAML reads is
  drawn (9999-12-31 too). A generated page's front matter reads back as its title
  whatever the title holds. Terminal output shows control characters as escapes (file
  names too); the pull-request report mentions no one and says that an unreadable file
  is invalid instead of reporting a change. Published files depend on the sources and
  PACTE_TODAY only (sitemap.xml too), and only main is ever published.

Each test is named after what it attacks; no test depends on timing (commands run with
generous time limits, and only their completion and their output are asserted).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_pacte
from pacte import charts, guard, vocabulary
from pacte.diff import compare_sites, site_changes_markdown
from pacte.gitbase import load_site_at, write_sources
from pacte.guard import MAX_SOURCE_BYTES, Refused, read_source, write_file
from pacte.load import load_site
from pacte.model import Document, Period, Version
from pacte.pages import Page, front_matter, make_environment
from sitefixture import mkdocs_build, write_site
from test_diff_cli import commit_all, git
from test_import_pdf import GERMAN
from test_import_pdf import site as pdf_site
from test_pdf_makers import pypdf_text_pdf

MB = 1024 * 1024
ESC = "\x1b"
MEMBERS = "- id: federation\n  name: Fédération\n- id: canton\n  name: Canton\n"
VALID = """\
---
title: Charte
status: in-force
adopted: 2024-01-10
parties: [{member: federation, signed: 2024-01-10}, {member: canton, signed: 2024-01-10}]
---
## Article 1 – Objet

Texte.
"""


def small_site(root: Path, members: str = MEMBERS, **versions: str) -> Path:
    """mkdocs.yml, members.yml and version files {'charters/doc/2024.md': text}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text("site_name: Test\ntheme:\n  name: material\n")
    (root / "members.yml").write_text(members, encoding="utf-8")
    for rel, text in {"charters/charte/2024.md": VALID, **versions}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def run_limited(
    args: list[str], cwd: Path, memory: int = 500 * MB, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """A command run with at most MEMORY bytes of address space (RLIMIT_AS)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    env = {**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        env=env,
        preexec_fn=limit,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def problems_of(stdout: str) -> dict[str, str]:
    """{path: code} of the problem lines of `pacte validate`."""
    found = {}
    for line in stdout.splitlines():
        match = re.match(r"^(.+?):\d+:\d+: (?:error|warning|notice): .* \[([a-z-]+)\]$", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr


# --- 1. a version file that is a link to /dev/zero -----------------------------------------


def test_validate_on_a_link_to_dev_zero_ends_with_an_error_within_500_mb(tmp_path: Path) -> None:
    root = small_site(tmp_path / "site")
    os.symlink("/dev/zero", root / "charters" / "charte" / "2025.md")
    (root / "members.yml").rename(root / "members.real")
    os.symlink("/dev/zero", root / "members.yml")
    result = run_limited(["pacte", "validate"], root)
    no_traceback(result)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert (
        "charters/charte/2025.md:1:1: error: this is a symbolic link to /dev/zero, outside the "
        "site: Pacte never follows a link out of the site; put the file itself here "
        "(see problems/#outside-site) [outside-site]"
    ) in lines
    assert problems_of(result.stdout)["members.yml"] == "outside-site"


def test_diff_base_on_a_link_to_dev_zero_ends_within_500_mb(tmp_path: Path) -> None:
    root = small_site(tmp_path / "repo")
    git("init", "-q", "-b", "main", cwd=root)
    commit_all(root, "base")
    os.symlink("/dev/zero", root / "charters" / "charte" / "2025.md")
    commit_all(root, "a link")  # the base holds it too: git gives the link, not /dev/zero
    result = run_limited(["pacte", "diff", "--base", "HEAD~1"], root)
    no_traceback(result)
    assert result.returncode == 0, result.stderr


def test_mkdocs_build_strict_fails_cleanly_on_a_link_to_dev_zero(tmp_path: Path) -> None:
    """And on a FIFO and a linked document folder, in the same build."""
    root = write_site(tmp_path / "site")
    os.symlink("/dev/zero", root / "charters" / "charte" / "2026.md")
    os.mkfifo(root / "charters" / "charte" / "2027.md")
    os.symlink(tmp_path, root / "conventions" / "lien", target_is_directory=True)
    result = run_limited(["mkdocs", "build", "--strict"], root, memory=1024 * MB)
    no_traceback(result)
    assert result.returncode == 1
    assert "charters/charte/2026.md:1:1: error: this is a symbolic link to /dev/zero" in (
        result.stderr
    )
    assert "charters/charte/2027.md:1:1: error: this is a named pipe (FIFO)" in result.stderr
    assert "conventions/lien:1:1: error: this is a symbolic link to" in result.stderr
    assert "nothing was published" in result.stderr
    assert not (root / "site").exists()


def test_a_source_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    root = small_site(tmp_path / "site")
    with (root / "charters" / "charte" / "2030.md").open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES * 1000)  # sparse: 4 GB, never read
    site = load_site(root)
    (problem,) = [p for p in site.problems if p.path == "charters/charte/2030.md"]
    assert (problem.line, problem.column, problem.code) == (1, 1, "too-large")
    assert "4000.0 MB, more than the 4.0 MB" in problem.message


def test_the_git_base_is_read_blob_by_blob_within_the_limits(tmp_path: Path) -> None:
    root = small_site(tmp_path / "repo")
    big = root / "charters" / "charte" / "2031.md"
    big.write_bytes(VALID.encode() + b"x" * (MAX_SOURCE_BYTES + 10))
    git("init", "-q", "-b", "main", cwd=root)
    commit_all(root, "a big file")
    out = tmp_path / "out"
    assert write_sources(root, "HEAD", out) == 3
    assert (out / "charters/charte/2031.md").stat().st_size == MAX_SOURCE_BYTES + 1
    assert (out / "charters/charte/2024.md").read_text() == VALID
    base, notes = load_site_at(root, "HEAD", "fr")
    assert notes == []
    assert [(p.path, p.code) for p in base.problems] == [("charters/charte/2031.md", "too-large")]


# --- 2. links out of the site, linked folders, pipes --------------------------------------


def test_a_link_to_a_file_outside_the_site_is_refused_not_published(tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(VALID.replace("Charte", "Secret du serveur"), encoding="utf-8")
    root = write_site(tmp_path / "site")
    os.symlink(secret, root / "charters" / "charte" / "2026.md")
    validate = run_pacte("validate", cwd=root)
    no_traceback(validate)
    assert validate.returncode == 1
    assert problems_of(validate.stdout)["charters/charte/2026.md"] == "outside-site"
    build = mkdocs_build(root)
    assert build.returncode == 1 and "outside-site" in build.stderr
    assert not (root / "site").exists()


def test_members_yml_linked_outside_the_site_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "registry.yml"
    outside.write_text(MEMBERS, encoding="utf-8")
    root = small_site(tmp_path / "site")
    (root / "members.yml").unlink()
    os.symlink(outside, root / "members.yml")
    result = run_pacte("validate", cwd=root)
    no_traceback(result)
    assert result.returncode == 1
    assert problems_of(result.stdout)["members.yml"] == "outside-site"


def test_a_link_that_stays_in_the_site_is_refused_too(tmp_path: Path) -> None:
    """The decision: no link at all, so that a site reads the same on every platform."""
    root = small_site(tmp_path / "site")
    os.symlink("2024.md", root / "charters" / "charte" / "2025.md")
    (problem,) = [p for p in load_site(root).problems if p.path == "charters/charte/2025.md"]
    assert problem.code == "not-a-file"
    assert "symbolic link (to charters/charte/2024.md)" in problem.message


def test_a_linked_document_folder_is_reported_not_dropped(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere).mkdir()
    (elsewhere / "2024.md").write_text(VALID, encoding="utf-8")
    root = small_site(tmp_path / "site")
    os.symlink(elsewhere, root / "charters" / "lien", target_is_directory=True)
    os.symlink(elsewhere, root / "conventions", target_is_directory=True)
    site = load_site(root)
    found = {p.path: (p.line, p.column, p.code) for p in site.problems}
    assert found == {
        "charters/lien": (1, 1, "outside-site"),
        "conventions": (1, 1, "outside-site"),
    }
    assert "put the folder itself here" in site.problems[0].message
    assert set(site.documents) == {("charter", "charte")}


def test_a_fifo_named_like_a_version_does_not_hang_validation(tmp_path: Path) -> None:
    root = small_site(tmp_path / "site")
    os.mkfifo(root / "charters" / "charte" / "2025.md")
    os.mkfifo(root / "charters" / "charte" / "copie.pdf")
    result = run_pacte("validate", cwd=root, timeout=120)
    no_traceback(result)
    assert result.returncode == 1
    assert (
        "charters/charte/2025.md:1:1: error: this is a named pipe (FIFO), not a file: remove it "
        "(see problems/#not-a-file) [not-a-file]"
    ) in result.stdout.splitlines()
    assert problems_of(result.stdout)["charters/charte/copie.pdf"] == "not-a-file"


@pytest.fixture(params=["openat", "checked"])
def both_ways(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard's two ways: descriptors relative to each folder (POSIX), or each part of
    the path checked before the file is opened (where openat is missing: Windows)."""
    monkeypatch.setattr(guard, "_AT", request.param == "openat")


@pytest.mark.usefixtures("both_ways")
def test_the_guard_refuses_a_folder_a_device_and_a_linked_folder(tmp_path: Path) -> None:
    root = small_site(tmp_path / "site")
    os.symlink("/dev/null", root / "null.md")
    with pytest.raises(Refused) as device:
        read_source(root, "null.md")
    assert device.value.code == "outside-site"
    os.mkfifo(root / "pipe.md")
    with pytest.raises(Refused) as pipe:
        read_source(root, "pipe.md")
    assert pipe.value.code == "not-a-file" and "named pipe" in pipe.value.predicate
    with pytest.raises(Refused) as large:
        read_source(root, "charters/charte/2024.md", limit=10)
    assert large.value.code == "too-large"
    os.symlink("/dev", root / "devices")
    with pytest.raises(Refused) as folder:
        read_source(root, "charters/charte")
    assert folder.value.code == "not-a-file" and "is a folder" in folder.value.predicate
    with pytest.raises(Refused) as linked:
        read_source(root, "devices/null")
    assert linked.value.code == "outside-site" and "is in devices/" in linked.value.predicate
    with pytest.raises(Refused) as outside:
        read_source(root, "../secret.md")
    assert outside.value.code == "outside-site"
    # the root itself may be reached through a link: it is what the user named
    os.symlink(root, tmp_path / "alias", target_is_directory=True)
    assert read_source(tmp_path / "alias", "charters/charte/2024.md") == VALID.encode()


def test_a_signed_copy_that_is_a_link_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "real.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    version = VALID.replace("parties:", "signed_copy: 2024.pdf\nparties:")
    root = small_site(tmp_path / "site", **{"charters/charte/2024.md": version})
    os.symlink("../../../real.pdf", root / "charters" / "charte" / "2024.pdf")
    site = load_site(root)
    codes = {(p.path, p.code) for p in site.problems}
    assert ("charters/charte/2024.pdf", "outside-site") in codes
    assert ("charters/charte/2024.md", "path-outside") in codes  # it leads outside


def test_mkdocs_does_not_publish_a_linked_hand_written_page(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("le mot de passe", encoding="utf-8")
    root = write_site(tmp_path / "site")
    os.symlink(secret, root / "docs" / "leak.md")
    result = mkdocs_build(root)
    assert result.returncode == 1
    assert "docs/leak.md is a symbolic link" in result.stderr
    assert not (root / "site").exists()


# --- 3. names that generated pages use ------------------------------------------------


def test_the_id_index_cannot_take_a_generated_page(tmp_path: Path) -> None:
    members = MEMBERS + "- id: index\n  name: Page détournée\n"
    root = small_site(
        tmp_path / "site",
        members,
        **{"charters/charte/index.md": VALID, "conventions/index/2024.md": VALID},
    )
    result = run_pacte("validate", cwd=root)
    assert result.returncode == 1
    found = problems_of(result.stdout)
    assert found == {
        "members.yml": "reserved-name",
        "charters/charte/index.md": "reserved-name",
        "conventions/index": "reserved-name",
    }, result.stdout
    assert "'index' cannot be used as a member id" in result.stdout


@pytest.mark.parametrize(("doc", "label"), [("charte", "index"), ("index", "2026")])
def test_pacte_new_refuses_a_reserved_name(tmp_path: Path, doc: str, label: str) -> None:
    root = small_site(tmp_path / "site")
    result = run_pacte("new", "charter", doc, label, cwd=root)
    no_traceback(result)
    assert result.returncode == 2
    assert "'index' cannot be used as a" in result.stderr
    assert not (root / "charters" / doc / f"{label}.md").exists()


# --- 4. dates the site can draw -------------------------------------------------------


def far_version(label: str, start: str, until: str, status: str = "in-force") -> Version:
    period = Period(dt.date.fromisoformat(start), dt.date.fromisoformat(until))
    path = f"charters/charte/{label}.md"
    return Version("charter", "charte", label, path, "Charte", status, (), effective=period)


@pytest.mark.parametrize(
    ("start", "until"),
    [("2024-01-01", "9999-12-31"), ("9997-03-01", "9999-12-31"), ("9999-01-01", "9999-12-31")],
)
def test_the_timeline_draws_the_last_dates_python_knows(start: str, until: str) -> None:
    earlier = far_version("2020", "2020-01-01", "2023-12-31", status="superseded")
    document = Document("charter", "charte", (earlier, far_version("far", start, until)))
    chart = charts.timeline(document, "en")
    assert chart.axis is not None and len(chart.axis.years) <= 13
    svg = charts.timeline_svg(document, "en", make_environment())
    assert "31 December 9999" in svg  # the real date, in words
    row = next(r for r in chart.rows if r.version == "far")
    if start == "2024-01-01":  # far beyond every other date: drawn open-ended
        assert isinstance(row.bar, charts.OpenBar)
        assert "until 31 December 9999" in row.label.text


def test_an_open_ended_idiom_validates_and_builds(tmp_path: Path) -> None:
    root = write_site(
        tmp_path / "site",
        extra={
            "charters/infinie/2024.md": VALID.replace(
                "adopted: 2024-01-10",
                "adopted: 2024-01-10\neffective: {from: 2024-01-01, until: 9999-12-31}",
            ),
            # adopted now, in force from a far year (a version adopted in the future would
            # be a warning: adopted-in-future)
            "charters/lointaine/9997.md": VALID.replace(
                "adopted: 2024-01-10",
                "adopted: 2024-01-10\neffective: {from: 9997-05-01, until: 9999-12-31}",
            ),
        },
    )
    assert run_pacte("validate", cwd=root).returncode == 0
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    page = (root / "site" / "charters" / "infinie" / "2024" / "index.html").read_text()
    assert "31 décembre 9999" in page


# --- 7. control characters: front matter, terminal ------------------------------------


HOSTILE_TITLE = "a\x00b\x1b[31mc\x7fd\ufffee\uffff\x85f\u2028g\u2029 \"q\" 's'\n---\n...\n# x: y"


def test_a_generated_front_matter_reads_back_whatever_the_title() -> None:
    from markupsafe import escape

    for title in (HOSTILE_TITLE, "---", "...", "a: b", "- x", "!!python/name:os.system"):
        front = front_matter(title)
        for loader in (yaml.SafeLoader, yaml.CSafeLoader):
            assert yaml.load(front, Loader=loader) == {"title": str(escape(title))}
        # as MkDocs splits a page into its meta and its Markdown
        from mkdocs.utils.meta import get_data

        markdown, meta = get_data(Page("x.md", front).markdown)
        assert meta == {"title": str(escape(title))} and "---" not in markdown.split("\n")[0]


def test_control_characters_in_a_title_build_and_read_back(tmp_path: Path) -> None:
    title = json.dumps("Charte \x00\x1b[31m\x7f\ufffe\x85\u2028 fin")  # YAML reads JSON's escapes
    root = write_site(
        tmp_path / "site", extra={"charters/hostile/2024.md": VALID.replace("Charte", title, 1)}
    )
    assert run_pacte("validate", cwd=root).returncode == 0
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    assert "front matter" not in result.stderr.lower()
    page = (root / "site" / "charters" / "hostile" / "2024" / "index.html").read_text()
    (shown,) = re.findall(r"<title>([^<]*)</title>", page)
    assert shown.startswith("Charte ") and shown.endswith(" fin (2024) - Test Pacte"), shown
    assert 'title: "' not in page  # the front matter did not fall into the page


def test_a_lone_surrogate_which_no_file_can_hold_is_refused(tmp_path: Path) -> None:
    root = small_site(
        tmp_path / "site", **{"charters/charte/2024.md": VALID.replace("Charte", '"a\\ud800"')}
    )
    (problem,) = load_site(root).problems
    assert (problem.path, problem.line) == ("charters/charte/2024.md", 2)
    assert problem.code in ("yaml-syntax", "bad-character")  # libyaml, or the pure loader


def test_escape_sequences_in_a_file_name_reach_no_terminal(tmp_path: Path) -> None:
    root = small_site(tmp_path / "site")
    name = f"a{ESC}[2J{ESC}]0;pwned\x07\u202eb"
    (root / "charters" / "charte" / f"{name}.md").write_text("x", encoding="utf-8")
    for fmt in ("text", "github"):
        result = run_pacte("validate", "--format", fmt, cwd=root)
        assert result.returncode == 1
        assert ESC not in result.stdout + result.stderr and "\x07" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "a\\u001b[2J\\u001b]0;pwned\\u0007\\u202eb" in result.stdout
    as_json = run_pacte("validate", "--format", "json", cwd=root)
    paths = {p["path"] for p in json.loads(as_json.stdout)}
    assert f"charters/charte/{name}.md" in paths  # JSON keeps it exactly, escaped


def test_escape_sequences_in_a_text_reach_no_terminal_through_diff(tmp_path: Path) -> None:
    old = VALID.replace("in-force", "superseded")
    new = VALID.replace("parties:", "supersedes: '2024'\nparties:").replace(
        "Texte.", f"Texte {ESC}[2J{ESC}[31mrouge."
    )
    root = small_site(
        tmp_path / "site", **{"charters/charte/2024.md": old, "charters/charte/2025.md": new}
    )
    for fmt in ("text", "markdown", "json"):
        result = run_pacte("diff", "charte", "2024", "2025", "--format", fmt, cwd=root)
        assert result.returncode == 0, result.stderr
        assert ESC not in result.stdout
        if fmt == "json":  # still JSON
            assert json.loads(result.stdout)["summary"]["articles_changed"] == 1
        else:
            assert "\\u001b" in result.stdout and "rouge" in result.stdout


# --- 8. an unreadable version is invalid, not a change --------------------------------


BROKEN = "---\ntitle: Charte: cassée\nstatus: [\n---\n## Article 1 – Objet\n\nTexte.\n"


def test_pacte_diff_says_an_unreadable_version_is_invalid(tmp_path: Path) -> None:
    root = small_site(
        tmp_path / "site",
        **{
            "charters/charte/2024.md": VALID.replace("in-force", "superseded"),
            "charters/charte/2025.md": BROKEN,
        },
    )
    for args in (("charte", "2024", "2025"), ("charte", "2025")):
        result = run_pacte("diff", *args, cwd=root)
        no_traceback(result)
        assert result.returncode == 1, result.stdout
        assert result.stdout == ""
        assert "charters/charte/2025.md:2:" in result.stderr and "[yaml-syntax]" in result.stderr
        assert "charters/charte/2025.md is invalid" in result.stderr


def test_the_impact_report_lists_an_unreadable_version_as_invalid(tmp_path: Path) -> None:
    root = small_site(tmp_path / "repo")
    git("init", "-q", "-b", "main", cwd=root)
    commit_all(root, "base")
    (root / "charters" / "charte" / "2024.md").write_text(BROKEN, encoding="utf-8")
    result = run_pacte("diff", "--base", "HEAD", cwd=root)
    no_traceback(result)
    assert result.returncode == 0
    report = result.stdout
    assert "invalid: the file cannot be read, nothing is compared" in report
    assert "yaml-syntax" in report
    assert "Title" not in report and "deleted" not in report.lower()
    data = json.loads(run_pacte("diff", "--base", "HEAD", "--format", "json", cwd=root).stdout)
    (document,) = data["documents"]
    (version,) = document["versions"]
    assert version["state"] == "invalid" and version["comparison"] is None
    assert version["problems"][0].startswith("2:")
    # fixed again: said so, not compared with nothing
    commit_all(root, "broken")
    (root / "charters" / "charte" / "2024.md").write_text(VALID, encoding="utf-8")
    data = json.loads(run_pacte("diff", "--base", "HEAD", "--format", "json", cwd=root).stdout)
    assert data["documents"][0]["versions"][0]["state"] == "repaired"


# --- 9. pacte new and import-pdf ----------------------------------------------------------


def alias_bomb(levels: int = 10, width: int = 10) -> str:
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("front", "says"),
    [
        (alias_bomb(), "anchors and aliases"),
        ("themes: " + "[" * 900 + "]" * 900 + "\n", "nested too deeply"),
    ],
    ids=["alias-bomb-10x10", "nesting-900"],
)
def test_pacte_new_from_a_rejected_source_stops_cleanly(
    tmp_path: Path, front: str, says: str
) -> None:
    source = VALID.replace("parties:", front + "parties:")
    root = small_site(tmp_path / "site", **{"charters/charte/2024.md": source})
    result = run_pacte("new", "charter", "charte", "2026", "--from", "2024", cwd=root, timeout=300)
    no_traceback(result)
    assert result.returncode == 1
    assert says in result.stderr
    assert not (root / "charters" / "charte" / "2026.md").exists()


def test_pacte_new_writes_through_no_linked_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = small_site(tmp_path / "site")
    os.symlink(outside, root / "charters" / "autre", target_is_directory=True)
    result = run_pacte("new", "charter", "autre", "2026", cwd=root)
    no_traceback(result)
    assert result.returncode in (1, 2)
    assert "symbolic link" in result.stderr
    assert list(outside.iterdir()) == []


def test_import_pdf_writes_through_no_dangling_link(tmp_path: Path) -> None:
    root = pdf_site(tmp_path / "site", language="de")
    pdf = tmp_path / "vereinbarung.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    folder = root / "conventions" / "brig"
    folder.mkdir(parents=True)
    target = tmp_path / "planted.pdf"
    os.symlink(target, folder / "2025.pdf")  # dangling: a copy would create it outside
    args = ("import-pdf", str(pdf), "--kind", "convention", "--doc", "brig", "--version", "2025")
    result = run_pacte(*args, cwd=root)
    no_traceback(result)
    assert result.returncode == 1
    assert "symbolic link" in result.stderr
    assert not os.path.lexists(target) and not (folder / "2025.md").exists()
    # nor through a linked document folder
    os.unlink(folder / "2025.pdf")
    folder.rmdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, folder, target_is_directory=True)
    result = run_pacte(*args, cwd=root)
    no_traceback(result)
    assert result.returncode == 1 and "symbolic link" in result.stderr
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("given", ["folder", "device", "fifo", "missing"])
def test_import_pdf_says_what_a_given_path_is(tmp_path: Path, given: str) -> None:
    root = pdf_site(tmp_path / "site")
    path = {"folder": tmp_path, "device": Path("/dev/null"), "missing": tmp_path / "nope.pdf"}
    if given == "fifo":
        path["fifo"] = tmp_path / "pipe.pdf"
        os.mkfifo(path["fifo"])
    result = run_pacte("import-pdf", str(path[given]), "--kind", "charter", cwd=root, timeout=120)
    no_traceback(result)
    assert result.returncode == 2
    says = {
        "folder": "is a folder",
        "device": "is a device",
        "fifo": "named pipe",
        "missing": "no such file",
    }
    assert says[given] in result.stderr


# --- 10. linear checks ----------------------------------------------------------------


def test_a_parent_circle_of_20000_members_is_reported_once(tmp_path: Path) -> None:
    count = 20_000
    members = "".join(
        f"- id: m{i}\n  name: M {i}\n  parent: m{(i + 1) % count}\n" for i in range(count)
    )
    root = small_site(tmp_path / "site", MEMBERS + members)
    problems = [p for p in load_site(root).problems if p.path == "members.yml"]
    assert [p.code for p in problems] == ["parent-cycle"]
    assert "'m0' is its own parent through others (m0, m1, m2" in problems[0].message
    assert "(20000 in all)" in problems[0].message
    assert problems[0].line == 7  # the parent of m0, the first of the circle in the file


def test_thousands_of_unknown_parents_get_hints_within_a_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = 3_000
    members = "".join(f"- id: m{i}\n  name: M {i}\n  parent: inconnu-{i}\n" for i in range(count))
    root = small_site(tmp_path / "site", MEMBERS + members)
    calls = []
    nearest = vocabulary.nearest
    monkeypatch.setattr(vocabulary, "nearest", lambda w, c: calls.append(w) or nearest(w, c))
    problems = [p for p in load_site(root).problems if p.path == "members.yml"]
    assert len(problems) == count and {p.code for p in problems} == {"unknown-member"}
    assert 0 < len(calls) < count / 10  # each hint compares with every member: a budget


def test_a_long_supersedes_circle_is_found_in_linear_time(tmp_path: Path) -> None:
    count = 300
    versions = {
        f"charters/cercle/v{i}.md": VALID.replace(
            "parties:", f"supersedes: v{(i + 1) % count}\nparties:"
        ).replace("in-force", "superseded")
        for i in range(count)
    }
    root = small_site(tmp_path / "site", **versions)
    problems = [p for p in load_site(root).problems if p.code == "supersedes-cycle"]
    assert len(problems) == count  # one per file of the circle, each naming it shortly
    assert all("(300 in all)" in p.message for p in problems)
    assert max(len(p.message) for p in problems) < 300


# --- 11. pacte export and the other writers -----------------------------------------------


def test_export_onto_a_folder_named_documents_json_is_a_usage_error(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site")
    out = tmp_path / "out"
    (out / "documents.json").mkdir(parents=True)
    result = run_pacte("export", "--out", str(out), cwd=root)
    no_traceback(result)
    assert result.returncode == 2
    assert "documents.json is a folder, not a file" in result.stderr


def test_export_onto_an_unwritable_path_is_a_usage_error(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site")
    for out in ("/proc/pacte-export", str(root / "mkdocs.yml" / "out")):
        result = run_pacte("export", "--out", out, cwd=root)
        no_traceback(result)
        assert result.returncode == 2, result.stderr
        assert "pacte: error:" in result.stderr


@pytest.mark.parametrize("command", ["export", "schema"])
def test_writers_do_not_write_through_a_link(tmp_path: Path, command: str) -> None:
    root = write_site(tmp_path / "site")
    victim = tmp_path / "victim.txt"
    victim.write_text("intact", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    name = "documents.json" if command == "export" else "members.schema.json"
    os.symlink(victim, out / name)
    result = run_pacte(command, "--out", str(out), cwd=root)
    no_traceback(result)
    assert result.returncode == 2
    assert "symbolic link" in result.stderr
    assert victim.read_text(encoding="utf-8") == "intact"


@pytest.mark.usefixtures("both_ways")
def test_write_file_stays_in_its_folder(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "out"
    folder.mkdir()
    os.symlink(outside, folder / "sub", target_is_directory=True)
    for rel in ("sub/x.json", "../x.json", "/etc/x.json"):
        with pytest.raises(Refused):
            write_file(folder, rel, b"{}")
    assert list(outside.iterdir()) == []
    write_file(folder, "a/b/c.json", b"{}")
    write_file(folder, "a/b/c.json", b"[]")  # a regular file is replaced
    assert (folder / "a/b/c.json").read_bytes() == b"[]"
    with pytest.raises(Refused):
        write_file(folder, "a/b/c.json", b"{}", exclusive=True)
    os.symlink(tmp_path / "planted", folder / "dangling.json")
    for exclusive in (True, False):
        with pytest.raises(Refused) as refused:
            write_file(folder, "dangling.json", b"{}", exclusive=exclusive)
        assert "symbolic link" in refused.value.predicate
    assert not os.path.lexists(tmp_path / "planted")


# --- 12. the smaller ones -------------------------------------------------------------


def test_a_negative_max_chars_is_a_usage_error(tmp_path: Path) -> None:
    root = small_site(tmp_path / "repo")
    git("init", "-q", "-b", "main", cwd=root)
    commit_all(root, "base")
    result = run_pacte("diff", "--base", "HEAD", "--max-chars", "-5", cwd=root)
    assert result.returncode == 2
    assert "--max-chars -5" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("diff", "doc", "a", "b"),
        ("new", "charter", "doc", "2026"),
        ("export", "--out", "out"),
        ("generate", "--out", "out"),
        ("import-pdf", "x.pdf", "--kind", "charter"),
    ],
    ids=lambda args: args[0],
)
def test_every_command_says_a_folder_is_not_a_site(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    result = run_pacte("-C", str(tmp_path), *args, cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 2, result.stderr
    assert "is not a Pacte site" in result.stderr
    assert "members.yml is missing" not in result.stdout + result.stderr


def test_no_empty_list_of_expected_words() -> None:
    assert vocabulary.did_you_mean("x", []) == ""
    assert vocabulary.did_you_mean("x", ["a", "b"]) == " (expected one of: a, b)"


def test_the_sitemap_is_dated_by_pacte_today(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site")
    env = {**os.environ, "PACTE_TODAY": "2030-01-02", "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sitemap = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    dates = set(re.findall(r"<lastmod>([^<]*)</lastmod>", sitemap))
    assert dates == {"2030-01-02"}


def test_only_main_is_published() -> None:
    data = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    for job in ("build", "deploy"):
        assert data["jobs"][job]["if"] == "github.ref == 'refs/heads/main'", job


def test_the_test_image_says_why_it_is_not_pinned() -> None:
    text = (ROOT / ".github/workflows/pull-request.yml").read_text(encoding="utf-8")
    job = yaml.safe_load(text)["jobs"]["test"]
    assert job["container"]["image"] == "python:3.11-bookworm"
    before = text[: text.index("image: python:3.11-bookworm")]
    assert "Dependabot cannot" in before and "dependabot-core#5819" in before
    dependabot = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text(encoding="utf-8"))
    assert "docker" not in {u["package-ecosystem"] for u in dependabot["updates"]}


def test_mentions_in_titles_reach_no_one_from_the_report(tmp_path: Path) -> None:
    root = small_site(tmp_path / "repo")
    git("init", "-q", "-b", "main", cwd=root)
    commit_all(root, "base")
    mention = VALID.replace(
        "title: Charte", "title: Charte pour @octocat et @org/team, contact@example.org"
    )
    (root / "charters" / "charte" / "2025.md").write_text(mention, encoding="utf-8")
    result = run_pacte("diff", "--base", "HEAD", cwd=root)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert re.search(r"(?<!\w)@[A-Za-z0-9]", report) is None, report
    assert "@\u200doctocat" in report and "@\u200dorg/team" in report
    assert "contact@example.org" in report
    # in process too, as the workflow's comment is made of it
    base, _ = load_site_at(root, "HEAD", "fr")
    markdown = site_changes_markdown(compare_sites(base, load_site(root)), "fr")
    assert "@\u200doctocat" in markdown


def test_no_traceback_on_a_site_made_of_every_hostile_file(tmp_path: Path) -> None:
    """Everything above at once: one run, every problem, no traceback, within 500 MB."""
    root = small_site(tmp_path / "site", MEMBERS + "- id: index\n  name: I\n  parent: index\n")
    folder = root / "charters" / "charte"
    os.symlink("/dev/zero", folder / "2025.md")
    os.symlink("/etc/passwd", folder / "2026.md")
    os.mkfifo(folder / "2027.md")
    (folder / "index.md").write_text(VALID, encoding="utf-8")
    (folder / f"x{ESC}[31m.md").write_text(BROKEN, encoding="utf-8")
    (root / "conventions").mkdir()
    os.symlink("/", root / "conventions" / "racine", target_is_directory=True)
    text = textwrap.dedent(VALID).replace(
        "adopted: 2024-01-10",
        "adopted: 2024-01-10\neffective: {from: 2024-01-01, until: 9999-12-31}",
    )
    (folder / "2024.md").write_text(text, encoding="utf-8")
    result = run_limited(["pacte", "validate"], root)
    no_traceback(result)
    assert result.returncode == 1
    assert ESC not in result.stdout
    found = problems_of(result.stdout)
    assert found["charters/charte/2025.md"] == "outside-site"
    assert found["charters/charte/2026.md"] == "outside-site"
    assert found["charters/charte/2027.md"] == "not-a-file"
    assert found["charters/charte/index.md"] == "reserved-name"
    assert found["conventions/racine"] == "outside-site"
    assert "charters/charte/2024.md" not in found
