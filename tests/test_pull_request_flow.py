"""The pull-request workflow played locally: a small site on main, a branch that changes
one version and adds another, and the very scripts of .github/workflows/pull-request.yml
(the source check and the impact report) run in a clone, as GitHub runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, run_pacte

MARKER = "<!-- pacte-impact -->"
BIN = Path(sys.executable).parent  # the environment where pacte is installed

MKDOCS = "site_name: Réseau\ntheme:\n  name: material\n  language: fr\nplugins:\n  - pacte\n"
MEMBERS = """\
- id: departement-nord
  name: Département du Nord
- id: union-regionale
  name: Union régionale des associations
- id: ville-lille
  name: Ville de Lille
"""
CONVENTION = """\
---
title: Convention de partenariat
status: in-force
adopted: 2023-03-01
effective:
  from: 2023-01-01
  until: 2025-12-31
parties:
  - member: departement-nord
    signed: 2023-03-01
  - member: union-regionale
    signed: 2023-03-01
commitments:
  - id: bilan-annuel
    text: Présenter un bilan chaque année.
    by: all
    article: 2
---

## Article 1 – Objet

La convention fixe le partenariat entre les parties.

## Article 2 – Bilan

Un bilan est présenté chaque année au comité de suivi.
"""
CHARTER = """\
---
title: Charte du réseau
status: in-force
adopted: 2024-01-15
parties:
  - {member: departement-nord, signed: 2024-01-15}
  - {member: union-regionale, signed: 2024-01-15}
---

## Article 1 – Principes

Les membres coopèrent.
"""


def git(*args: str, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Éditrice",
        "GIT_AUTHOR_EMAIL": "editrice@example.org",
        "GIT_COMMITTER_NAME": "Éditrice",
        "GIT_COMMITTER_EMAIL": "editrice@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    result = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def workflow_step(job: str, name: str) -> dict[str, Any]:
    data = yaml.safe_load((ROOT / ".github/workflows/pull-request.yml").read_text("utf-8"))
    [found] = [s for s in data["jobs"][job]["steps"] if name in (s.get("name"), s.get("id"))]
    return dict(found)


def run_step(
    job: str, name: str, cwd: Path, env: dict[str, str], path: str | None = None
) -> subprocess.CompletedProcess[str]:
    """A step's `run:` script under bash as GitHub runs it (-e, -o pipefail)."""
    script = workflow_step(job, name)["run"]
    full_env = {
        **os.environ,
        "PATH": path or f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PACTE_TODAY": "2024-06-01",
        **env,
    }
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


NEW = "conventions/convention-partenariat/2026-2028.md"


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone whose branch 'proposal' changes 2023-2025 and adds 2026-2028 (a draft),
    with a typo in a member id."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pull-request flow")
    base = tmp_path
    upstream = base / "upstream"
    (upstream / "conventions/convention-partenariat").mkdir(parents=True)
    (upstream / "charters/charte-reseau").mkdir(parents=True)
    (upstream / "mkdocs.yml").write_text(MKDOCS)
    (upstream / "members.yml").write_text(MEMBERS)
    (upstream / "conventions/convention-partenariat/2023-2025.md").write_text(CONVENTION)
    (upstream / "charters/charte-reseau/2024.md").write_text(CHARTER)
    git("init", "-q", "-b", "main", cwd=upstream)
    git("add", "-A", cwd=upstream)
    git("commit", "-q", "-m", "Le site", cwd=upstream)
    work = base / "work"
    git("clone", "-q", str(upstream), str(work), cwd=base)
    git("switch", "-q", "-c", "proposal", cwd=work)

    made = run_pacte("new", "convention", "convention-partenariat", "2026-2028", cwd=work)
    assert made.returncode == 0, made.stderr
    new = work / "conventions/convention-partenariat/2026-2028.md"
    text = new.read_text()
    text = text.replace(
        "  - member: union-regionale\n", "  - member: union-regionale\n  - ville-lile\n"
    )
    text = text.replace("chaque année au comité", "chaque semestre au comité")
    new.write_text(text)
    old = work / "conventions/convention-partenariat/2023-2025.md"
    old.write_text(old.read_text().replace("status: in-force", "status: superseded"))
    git("add", "-A", cwd=work)
    git("commit", "-q", "-m", "Convention 2026-2028 : projet", cwd=work)
    return work


def fix_typo(clone: Path) -> None:
    path = clone / NEW
    path.write_text(path.read_text().replace("ville-lile", "ville-lille"))
    git("commit", "-q", "-am", "Correction", cwd=clone)


def test_the_source_check_annotates_the_line_and_lists_everything(clone: Path) -> None:
    summary = clone.parent / "summary-check.md"
    result = run_step("check", "Check the sources", clone, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1, result.stderr
    new = NEW
    line = next(
        n
        for n, text in enumerate((clone / new).read_text().splitlines(), start=1)
        if "ville-lile" in text
    )
    annotations = [a for a in result.stdout.splitlines() if a.startswith("::")]
    assert annotations == [
        f"::error file={new},line={line},col=5,title=unknown-member::"
        "'ville-lile' is not in members.yml (did you mean 'ville-lille'?); "
        "add it there or fix the id (see problems/#unknown-member)"
    ]
    listed = summary.read_text()
    assert listed.startswith("## Vérification des sources\n")
    assert f"{new}:{line}:5: error: 'ville-lile' is not in members.yml" in listed
    assert "1 error(s)" in listed

    fix_typo(clone)  # the editor fixes the typo: the check passes
    again = run_step("check", "Check the sources", clone, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.strip() == ""


def test_the_impact_report_names_documents_versions_and_organisations(clone: Path) -> None:
    fix_typo(clone)
    summary = clone.parent / "summary-impact.md"
    output = clone.parent / "output.txt"
    env = {
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(output),
        "BASE_REF": "main",
        "RUN_URL": "https://github.invalid/network/site/actions/runs/1",
    }
    result = run_step("check", "impact", clone, env)
    assert result.returncode == 0, result.stderr
    report = (clone / "impact/report.md").read_text()
    assert "origin/main" in report
    assert "convention-partenariat" in report
    assert "2023-2025" in report and "2026-2028" in report
    for name in ("Département du Nord", "Union régionale des associations", "Ville de Lille"):
        assert name in report
    assert "charte-reseau" not in report  # untouched documents stay out of the report
    comment = (clone / "impact/comment.md").read_text()
    assert comment == f"{MARKER}\n{report}"
    assert report in summary.read_text()
    assert output.read_text() == "ready=true\n"


def test_a_very_long_report_is_cut_in_the_comment_only(tmp_path: Path) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    pacte = fake / "pacte"
    pacte.write_text(
        "#!/bin/sh\n"
        'for i in $(seq 1 3000); do echo "- ligne $i du rapport, assez longue pour compter"; done\n'
    )
    pacte.chmod(0o755)
    summary = tmp_path / "summary.md"
    env = {
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_OUTPUT": str(tmp_path / "output.txt"),
        "BASE_REF": "main",
        "RUN_URL": "https://github.invalid/network/site/actions/runs/2",
    }
    path = f"{fake}{os.pathsep}{BIN}{os.pathsep}/usr/bin{os.pathsep}/bin"
    result = run_step("check", "impact", tmp_path, env, path=path)
    assert result.returncode == 0, result.stderr
    report = (tmp_path / "impact/report.md").read_text()
    comment = (tmp_path / "impact/comment.md").read_text()
    assert len(report) > 65536
    assert len(comment) < 65536
    assert comment.startswith(MARKER + "\n- ligne 1 du rapport")
    assert "Rapport tronqué" in comment and env["RUN_URL"] in comment
    assert "ligne 3000 du rapport" in summary.read_text()  # the summary keeps it whole
