"""A small but complete site, written into a folder, and a helper to build it for real."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

MEMBERS = """\
- id: federation
  name: Fédération des institutions
  short: FED
- id: canton
  name: Canton du Valais
  website: https://www.vs.ch
- id: home-a
  name: Foyer A
  parent: federation
- id: home-b
  name: Foyer B <script>alert("m")</script>
  parent: federation
- id: observer-org
  name: Observatoire social
- id: comune
  name: Comune di Torino
"""

FILES = {
    "charters/charte/2025.md": """\
        ---
        title: Charte de collaboration
        status: in-force
        adopted: 2025-03-01
        effective: {from: 2025-03-01}
        parties:
          - member: federation
            signed: 2025-03-01
            signatory: {name: Anne Dupont, capacity: Présidente, mandate: Décision du comité}
          - {member: home-a, signed: 2025-03-01, signatory: La directrice}
          - {member: home-b, signed: 2025-03-01}
          - {member: observer-org, role: observer}
        commitments:
          - {id: partage, text: Partager les expertises entre institutions, by: all, article: 2}
          - {id: position, text: Porter une position commune, by: [federation], article: 3,
             due: 2026-06-30, status: ongoing}
        themes: [collaboration, expertise]
        summary: Une boussole pour les institutions.
        ---
        Préambule de la charte.

        ## Article 1er – Objet
        La charte renforce les synergies entre institutions membres.

        ## Article 2 – Expertises
        Les institutions partagent leurs savoir-faire pédagogiques.

        ## Article 3 – Position commune
        La fédération présente une position cohérente.
        """,
    "conventions/convention-canton/2020-2022.md": """\
        ---
        title: Convention <script>alert("x")</script> avec le canton
        status: superseded
        adopted: 2020-01-15
        effective: {from: 2020-01-01, until: 2022-12-31}
        parties:
          - {member: federation, signed: 2020-01-15}
          - {member: canton, signed: 2020-01-15}
        commitments:
          - {id: dialogue, text: Se rencontrer une fois par an, by: all, article: 1, status: done}
          - {id: ancien, text: Engagement abandonné depuis, by: [canton], status: dropped}
        themes: [gouvernance]
        ---
        ## Article 1 – Dialogue
        Les parties se rencontrent chaque année.

        ## Article 2 – Durée
        La convention vaut trois ans.
        """,
    "conventions/convention-canton/2023-2025.md": """\
        ---
        title: Convention avec le canton
        status: in-force
        adopted: 2023-01-20
        effective: {from: 2023-01-01, until: 2027-12-31}
        supersedes: 2020-2022
        parties:
          - {member: federation, signed: 2023-01-20}
          - {member: canton, signed: 2023-01-20}
          - {member: home-a, role: partner}
        commitments:
          - {id: dialogue, text: Se rencontrer deux fois par an, by: all, article: 1}
          - {id: rapport, text: Publier un rapport annuel, by: [canton], article: 2,
             due: 2027-03-31, status: planned}
        themes: [gouvernance, dialogue]
        ---
        ## Article 1 – Dialogue
        Les parties se rencontrent deux fois par an.

        ## Article 2 – Rapport
        Le canton publie un rapport.
        """,
    "conventions/convention-canton/2026-2028.md": """\
        ---
        title: Convention avec le canton (projet)
        status: draft
        supersedes: 2023-2025
        parties: [federation, canton]
        ---
        ## Article 1 – Dialogue
        Projet confidentiel de texte brouillonné.
        """,
    "conventions/convenzione-torino/2024.md": """\
        ---
        title: Convenzione per la domiciliarità
        status: in-force
        adopted: 2024-05-10
        lang: it
        parties:
          - {member: federation, signed: 2024-05-10}
          - {member: comune, signed: 2024-05-10}
        commitments:
          - {id: formazione, text: Promuovere percorsi formativi, by: [comune], article: 1}
        themes: [domiciliarità]
        ---
        ## Articolo 1 – Oggetto
        Le parti promuovono la cultura della domiciliarità nei quartieri.
        """,
}

MKDOCS = """\
site_name: Test Pacte
site_url: https://example.org/pacte/
theme:
  name: material
  language: {language}
  font: false
  features: [navigation.instant]
plugins:
  - search
  - pacte{plugin_options}
"""


def write_site(
    root: Path,
    *,
    language: str = "fr",
    plugin_options: str = "",
    extra: dict[str, str] | None = None,
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text(MEMBERS, encoding="utf-8")
    for name, text in {**FILES, **(extra or {})}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        MKDOCS.format(language=language, plugin_options=plugin_options), encoding="utf-8"
    )
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").write_text("# Accueil\n\nBienvenue.\n", encoding="utf-8")
    return root


def mkdocs_build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_python(root, "-m", "mkdocs", "build", "--strict", *args)


def run_python(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Python with ARGS in ROOT, on the tests' day (a build, or a script that builds)."""
    env = {**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
