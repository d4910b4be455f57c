"""The small site of sitefixture.py with a German document: texts in three languages."""

from __future__ import annotations

from pathlib import Path

from sitefixture import write_site

GERMAN = "conventions/vereinbarung-oberwallis/2025.md"
GERMAN_FILES = {
    GERMAN: """\
        ---
        title: Leistungsvereinbarung mit dem Kanton
        status: in-force
        adopted: 2025-02-01
        lang: de
        parties:
          - {member: canton, signed: 2025-02-01}
          - {member: home-a, signed: 2025-02-01}
        commitments:
          - {id: bericht, text: Jährlich einen Tätigkeitsbericht vorlegen, by: [home-a], article: 2}
        themes: [Betreuung]
        ---
        ## Artikel 1 – Gegenstand
        Diese Vereinbarung regelt die Betreuung in der Einrichtung im Oberwallis.

        ## Artikel 2 – Pflichten
        Die Parteien verpflichten sich zu einer öffentlichen Berichterstattung.
        Der Ausdruck `<img src=x onerror=alert(1)>` bleibt ein Zitat.
        """,
}


def write_search_site(root: Path, plugin_options: str = "") -> Path:
    """The fixture site (French, with an Italian convention) and a German convention."""
    return write_site(root, plugin_options=plugin_options, extra=GERMAN_FILES)
