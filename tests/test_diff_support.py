"""Helpers of the diff tests: tiny sites with two versions of a document, written to a folder.

(No tests here; the name keeps it beside the tests it serves.)
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from pacte.diff import Comparison, compare
from pacte.load import load_site
from pacte.model import Site

MEMBERS = """\
- id: departement
  name: Département du Pas-de-Calais
  short: Pas-de-Calais
- id: uriopss
  name: Uriopss Hauts-de-France
- id: caf
  name: Caisse d'allocations familiales
- id: etat
  name: Préfecture <b>du Nord</b>
"""

FRONT = """\
---
title: {title}
status: {status}
adopted: {adopted}
parties:
{parties}
{extra}---
"""

OLD_PARTIES = "  - departement\n  - uriopss\n"


def version_text(
    body: str,
    *,
    title: str = "Convention de partenariat",
    status: str = "in-force",
    adopted: str = "2023-03-13",
    parties: str = OLD_PARTIES,
    extra: str = "",
) -> str:
    """A version file: front matter, then the body (dedented)."""
    front = FRONT.format(
        title=title, status=status, adopted=adopted, parties=parties.rstrip("\n"), extra=extra
    )
    return front + textwrap.dedent(body).lstrip("\n")


def write_site(
    root: Path,
    versions: dict[str, str],
    *,
    kind: str = "conventions",
    doc: str = "convention",
    members: str = MEMBERS,
) -> Path:
    """members.yml and one document with the given versions {label: file text}."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text(members, encoding="utf-8")
    folder = root / kind / doc
    folder.mkdir(parents=True, exist_ok=True)
    for label, text in versions.items():
        (folder / f"{label}.md").write_text(text, encoding="utf-8", newline="\n")
    return root


def load(root: Path) -> Site:
    return load_site(root, "fr")


def pair(
    root: Path, old_body: str, new_body: str, *, tolerate: tuple[str, ...] = (), **new_front: str
) -> Comparison:
    """Compare two versions that differ by their body (and what new_front sets); errors
    of the codes in TOLERATE aside (what the pages must withstand if validation were
    bypassed)."""
    old = version_text(old_body, status="superseded", adopted="2020-02-17")
    extra = new_front.pop("extra", "") + "supersedes: v1\n"
    new = version_text(new_body, extra=extra, **new_front)
    write_site(root, {"v1": old, "v2": new})
    site = load(root)
    errors = [p for p in site.problems if p.severity == "error" and p.code not in tolerate]
    assert not errors, errors
    document = site.document("convention")
    assert document is not None
    before, after = document.version("v1"), document.version("v2")
    assert before is not None and after is not None
    return compare(before, after, site.organisations)


def articles(*texts: str, start: int = 1) -> str:
    """A body of articles numbered from ``start``: each text is 'Title | paragraphs'."""
    out = []
    for number, text in enumerate(texts, start=start):
        title, _bar, body = text.partition(" | ")
        out.append(f"## Article {number} – {title}\n\n{body}\n")
    return "\n".join(out)
