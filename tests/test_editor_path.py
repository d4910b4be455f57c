"""An editor's whole path, in French, as docs/contribuer/ teaches it: `pacte new --from`,
edit the copy, `pacte validate`, fix what it says, `pacte diff --base`, every message in
the site's language."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import run_pacte

MKDOCS = """\
site_name: Réseau
site_url: https://reseau.example.org/
theme:
  name: material
  language: fr
"""
MEMBERS = """\
- id: departement
  name: Département
- id: union-regionale
  name: Union régionale
"""
CONVENTION = """\
---
title: Convention triennale 2023-2025
status: in-force
adopted: 2023-03-13
parties:
  - {member: departement, signed: 2023-03-13}
  - {member: union-regionale, signed: 2023-03-20}
commitments:
  - {id: bilan, text: Présenter un bilan annuel, by: all, article: 2, due: 2025-12-31, status: done}
summary: La deuxième convention triennale.
---

## Article 1 – Objet

La convention fixe le partenariat.

## Article 2 – Bilan

Un bilan chaque année.
"""
FOLDER = "conventions/convention-triennale"
FRENCH = {"PACTE_LANG": ""}  # the suite speaks English (conftest.py): here, the site's


def git(root: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Éditrice",
        "GIT_AUTHOR_EMAIL": "e@example.org",
        "GIT_COMMITTER_NAME": "Éditrice",
        "GIT_COMMITTER_EMAIL": "e@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def test_an_editor_prepares_the_next_version_in_french(tmp_path: Path) -> None:
    root = tmp_path
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (root / "members.yml").write_text(MEMBERS, encoding="utf-8")
    (root / FOLDER).mkdir(parents=True)
    (root / FOLDER / "2023-2025.md").write_text(CONVENTION, encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Convention 2023-2025")

    # 1. the next version, copied from the one in force
    new = run_pacte("new", "convention", "convention-triennale", "2026-2028", cwd=root, env=FRENCH)
    assert new.returncode == 0, new.stderr
    assert new.stdout.startswith(
        f"{FOLDER}/2026-2028.md a été écrit\u00a0: un projet copié de {FOLDER}/2023-2025.md, "
        "avec supersedes: 2023-2025."
    )
    assert "Les engagements repartent à planned\u00a0;" in new.stdout

    # 2. the editor edits it: a new article text, the due date checked, a typo in an id
    path = root / FOLDER / "2026-2028.md"
    text = path.read_text(encoding="utf-8")
    assert "status: planned}  # pacte-review: échéance reprise de la version 2023-2025" in text
    text = text.replace("due: 2025-12-31", "due: 2028-12-31").replace(
        "  # pacte-review: échéance reprise de la version 2023-2025\u00a0: vérifiez-la, puis "
        "retirez ce commentaire",
        "",
    )
    text = text.replace("member: union-regionale", "member: union-regional")
    text = text.replace("Un bilan chaque année.", "Un bilan chaque semestre.")
    path.write_text(text, encoding="utf-8")

    # 3. validate: the mistake once, in French, with where it is explained; the summary
    # still to review as a notice
    check = run_pacte("validate", cwd=root, env=FRENCH)
    assert check.returncode == 1
    assert check.stdout.splitlines() == [
        f"{FOLDER}/2026-2028.md:7:14: error: 'union-regional' n'est pas dans members.yml "
        "(vouliez-vous dire 'union-regionale'\u00a0?)\u00a0; ajoutez-la à members.yml ou "
        "corrigez l'identifiant (voir https://reseau.example.org/problems/#unknown-member) "
        "[unknown-member]",
        f"{FOLDER}/2026-2028.md:10:45: notice: une valeur reprise de la version précédente est "
        "à revoir\u00a0: vérifiez-la, puis retirez ce commentaire (voir "
        "https://reseau.example.org/problems/#to-review) [to-review]",
    ]
    assert (
        check.stderr
        == "3 fichiers vérifiés\u00a0: 1 erreur(s), 0 avertissement(s), 1 remarque(s)\n"
    )

    # 4. fixed, it validates (the notice stays until the comment goes)
    path.write_text(text.replace("union-regional}", "union-regionale}"), encoding="utf-8")
    again = run_pacte("validate", "--strict", cwd=root, env=FRENCH)
    assert again.returncode == 0, again.stdout

    # 5. what the pull request changes, as its comment will say it
    diff = run_pacte("diff", "--base", "HEAD", cwd=root, env=FRENCH)
    assert diff.returncode == 0, diff.stderr
    assert "Convention triennale 2023-2025" in diff.stdout
    assert "semestre" in diff.stdout and "Article 2" in diff.stdout
    assert "Engagement" in diff.stdout and "2028" in diff.stdout
    assert "Changes" not in diff.stdout and "Article 2 – Bilan" in diff.stdout
