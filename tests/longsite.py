"""A site whose lists take more than one page (plugins/pacte/paging.py): 210 charters
of 3 commitments each, 630 commitments, 540 of them in force.

Charter n°k (k from 0) has three parties: the federation, and two of ten homes; in force
for k < 180 (from 2020, open-ended), expired for the others (2010 to 2015). Its
commitments: c1 by all, c2 by its first home, c3 by its second home. The "late"
organisation is party only to charters 170 to 179 (in force) and 200 to 209 (expired):
its commitments come after the first page of the commitments page. Charter n°199's
title and first commitment hold markup, which every page must show as text.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sitefixture import MKDOCS

CHARTERS = 210
IN_FORCE = 180
HOMES = 10
LATE = (*range(170, 180), *range(200, 210))
STATUSES = ("planned", "ongoing", "done", "dropped", None)
HOSTILE = 199
HOSTILE_TITLE = 'Charte <img src=x onerror="alert(1)"> n°199'
HOSTILE_TEXT = "Engagement <script>alert(2)</script> & <b>gras</b>"


def title(k: int) -> str:
    return HOSTILE_TITLE if k == HOSTILE else f"Charte n°{k:03d}"


def text(k: int, index: int) -> str:
    return (
        HOSTILE_TEXT if (k, index) == (HOSTILE, 1) else f"Engagement {index} de la charte {k:03d}"
    )


def home(number: int) -> str:
    return f"home-{number:02d}"


def parties(k: int) -> list[str]:
    first, second = home(k % HOMES), home((k * 3 + 1) % HOMES)
    if second == first:
        second = home((k + 1) % HOMES)
    found = ["federation", first, second]
    if k in LATE:
        found.append("late")
    return found


def charter(k: int) -> str:
    members = parties(k)
    if k < IN_FORCE:
        start = dt.date(2020, 1, 1) + dt.timedelta(days=k)
        dates = f"adopted: {start}\neffective: {{from: {start}}}\n"
        status = "in-force"
    else:
        start = dt.date(2010, 1, 1) + dt.timedelta(days=k - IN_FORCE)
        dates = f"adopted: {start}\neffective: {{from: {start}, until: 2015-12-31}}\n"
        status = "expired"
    lines = [
        "---",
        f"title: {json.dumps(title(k), ensure_ascii=False)}",
        f"status: {status}",
        dates.rstrip("\n"),
        "parties:",
        *(f"  - {{member: {m}, signed: {start}}}" for m in members),
        "commitments:",
    ]
    named = members[3] if len(members) > 3 else members[1]
    for index, by in enumerate(("all", f"[{named}]", f"[{members[2]}]"), start=1):
        status_ = STATUSES[(k + index) % len(STATUSES)]
        due = dt.date(2021, 1, 1) + dt.timedelta(days=(k * 7 + index * 31) % 1500)
        words = json.dumps(text(k, index), ensure_ascii=False)
        item = f"  - {{id: c{index}, text: {words}, by: {by}"
        item += f", article: {index}, due: {due}"
        if status_:
            item += f", status: {status_}"
        lines.append(item + "}")
    lines.append(f"themes: [theme-{k % 4}]")
    lines.append("---")
    for index in range(1, 4):
        lines.append(f"## Article {index} – Objet {index}\n\nTexte de l'article {index}.\n")
    return "\n".join(lines) + "\n"


def write_long_site(root: Path, language: str = "fr") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    members = ["- id: federation\n  name: Fédération\n", "- id: late\n  name: Tardive\n"]
    members += [f"- id: {home(n)}\n  name: Foyer {n:02d}\n" for n in range(HOMES)]
    (root / "members.yml").write_text("".join(members), encoding="utf-8")
    for k in range(CHARTERS):
        path = root / "charters" / f"charte-{k:03d}" / "2020.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(charter(k), encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        MKDOCS.format(language=language, plugin_options=""), encoding="utf-8"
    )
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    return root
