"""The build's log at registry scale: a thousand warnings of one kind are summed up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pacte.mkdocs_plugin import LOGGED_PER_CODE

PARTIES = 45  # more than LOGGED_PER_CODE, each a signatory without a 'signed' date


def write_site(root: Path) -> None:
    members = "".join(f"- id: org-{i:02d}\n  name: Association {i}\n" for i in range(PARTIES))
    (root / "members.yml").write_text(members, encoding="utf-8")
    parties = "".join(f"  - org-{i:02d}\n" for i in range(PARTIES))
    folder = root / "charters" / "charte"
    folder.mkdir(parents=True)
    (folder / "2025.md").write_text(
        "---\ntitle: Charte\nstatus: in-force\nadopted: 2025-01-10\n"
        f"parties:\n{parties}---\n\n## Article 1 – Objet\n\nLe texte.\n",
        encoding="utf-8",
    )
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Registre\ntheme:\n  name: material\n  language: fr\nplugins:\n  - pacte\n",
        encoding="utf-8",
    )


def build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *args],
        cwd=root,
        env={**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_many_warnings_of_one_code_are_summed_up_after_the_first(tmp_path: Path) -> None:
    write_site(tmp_path)
    result = build(tmp_path)
    assert result.returncode == 0, result.stderr
    shown = [line for line in result.stderr.splitlines() if "[unsigned-party]" in line]
    assert len(shown) == LOGGED_PER_CODE + 1
    assert "charters/charte/2025.md:6:5: warning:" in shown[0]  # the first ones, as they come
    summary = shown[-1]
    assert f"{PARTIES - LOGGED_PER_CODE} more warnings [unsigned-party]" in summary
    assert "pacte validate" in summary
    assert (tmp_path / "site" / "charters" / "charte" / "2025" / "index.html").is_file()


def test_strict_build_still_stops_on_them(tmp_path: Path) -> None:
    write_site(tmp_path)
    result = build(tmp_path, "--strict")
    assert result.returncode != 0
    assert "nothing was published" in result.stderr
    assert not (tmp_path / "site").exists()
