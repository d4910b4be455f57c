"""Articles open to choice (`acceptance`, `accepts`) and parties that withdrew
(`withdrawn`), from the sources to the pages, the diff, `pacte new` and the open data
(DESIGN, "Acceptance" and "What bound whom, when")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import run_pacte
from pacte.diff import (
    FieldChanged,
    PartyAcceptsChanged,
    changes_html,
    compare,
    render_json,
    render_markdown,
    render_text,
)
from pacte.export import commitments_data, documents_data
from pacte.ledger import build_ledger
from pacte.load import load_site
from pacte.model import Acceptance
from pacte.newversion import draft_front_matter
from pacte.periods import bound_by
from pacte.schema import data_schemas
from pacte.urls import Urls
from sitefixture import mkdocs_build, write_site
from test_open_data import schema_errors

SOCIAL = "conventions/charte-sociale"

# Articles 2 and 3 open to choice; the canton accepts 2 only, and withdrew in 2025.
VERSION_2024 = """\
---
title: Charte sociale du réseau
status: in-force
adopted: 2024-01-10
acceptance: {articles: [2, 3], minimum: 1, core: [2], core_minimum: 1}
parties:
  - {member: federation, signed: 2024-01-10, accepts: [2, 3]}
  - {member: canton, signed: 2024-01-10, withdrawn: 2025-06-30, accepts: [2]}
  - {member: observer-org, role: observer}
commitments:
  - {id: objet, text: Appliquer la charte sociale, by: all, article: 1}
  - {id: emploi, text: Favoriser l'emploi accompagné, by: all, article: 2}
  - {id: logement, text: Garantir le droit au logement accompagné, by: all, article: 3}
---
## Article 1 – Objet

La charte engage toutes les parties.

## Article 2 – Emploi

Les parties favorisent l'emploi.

## Article 3 – Logement

Les parties garantissent le logement.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(
        tmp_path_factory.mktemp("acceptance") / "src",
        extra={f"{SOCIAL}/2024.md": VERSION_2024},
    )
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root


def page(root: Path, address: str) -> str:
    return (root / "site" / address / "index.html").read_text(encoding="utf-8")


# --- reading -------------------------------------------------------------------------------


def test_acceptance_is_read_into_the_model(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    site = load_site(root, "fr")
    assert [p for p in site.problems if p.path.startswith(SOCIAL)] == []
    document = site.document("charte-sociale")
    assert document is not None
    version = document.versions[0]
    assert version.acceptance == Acceptance(("2", "3"), 1, ("2",), 1)
    parties = version.party_by_member
    assert parties["federation"].accepts == ("2", "3")
    assert parties["canton"].accepts == ("2",)
    assert str(parties["canton"].withdrawn) == "2025-06-30"
    assert parties["observer-org"].accepts is None


# --- who is bound: the ledger ---------------------------------------------------------------


def test_a_commitment_of_an_optional_article_binds_only_who_accepted_it(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    site = load_site(root, "fr")
    document = site.document("charte-sociale")
    assert document is not None
    version = document.versions[0]
    by = {c.id: bound_by(version, c) for c in version.commitments}
    assert by == {
        "objet": ("federation", "canton"),  # not open to choice: every party but observers
        "emploi": ("federation", "canton"),
        "logement": ("federation",),  # article 3: the canton did not accept it
    }
    ledger = build_ledger(site)
    canton = {p.commitment.id for p in ledger.ledger_for("canton") if p.version is version}
    assert canton == {"objet", "emploi"}
    rows = commitments_data(site, Urls(use_directory_urls=True))
    logement = next(r for r in rows if r["id"] == "logement")
    assert logement["by"] == ["federation"]


# --- pages ---------------------------------------------------------------------------------


def test_version_page_shows_the_grid_of_accepted_articles(built: Path) -> None:
    html = page(built, f"{SOCIAL}/2024")
    grid = re.search(r'<table class="pacte-table pacte-acceptance">.*?</table>', html, re.S)
    assert grid is not None
    table = grid.group()
    assert "<caption>Articles au choix acceptés par chaque partie</caption>" in table
    assert table.count('<th scope="col">') == 3  # the organisation, articles 2 and 3
    assert 'href="#article-2"' in table and 'href="#article-3"' in table
    assert table.count('<th scope="row">') == 2  # observers choose nothing
    cells = re.findall(r'<td data-label="Article (\d)"[^>]*>(.*?)</td>', table, re.S)
    said = [(number, re.sub(r"<[^>]+>", "", cell).strip()) for number, cell in cells]
    assert said == [
        ("2", "✓ Accepté"),
        ("3", "✓ Accepté"),
        ("2", "✓ Accepté"),
        ("3", "– Non accepté"),
    ]
    assert '<span aria-hidden="true">' in table  # the symbol is not read out; the words are
    assert "Retirée le" in html and 'datetime="2025-06-30"' in html
    logement = re.search(r'<tr id="commitment-logement">.*?</tr>', html, re.S)
    assert logement is not None
    assert "Les parties qui ont accepté cet article" in logement.group()
    assert "Canton" not in logement.group()


def test_member_page_lists_only_what_binds_the_organisation(built: Path) -> None:
    canton = page(built, "members/canton")
    federation = page(built, "members/federation")
    assert "Favoriser l&#39;emploi accompagné" in canton or "Favoriser l'emploi" in canton
    assert "Garantir le droit au logement" not in canton
    assert "Garantir le droit au logement" in federation


def test_open_data_carries_the_grid_and_follows_its_schema(built: Path) -> None:
    rows = json.loads((built / "site" / "data" / "documents.json").read_text(encoding="utf-8"))
    row = next(r for r in rows if r["document"] == "charte-sociale")
    assert row["acceptance"] == {
        "articles": ["2", "3"],
        "minimum": 1,
        "core": ["2"],
        "core_minimum": 1,
    }
    parties = {p["member"]: p for p in row["parties"]}
    assert parties["canton"]["accepts"] == ["2"]
    assert parties["canton"]["withdrawn"] == "2025-06-30"
    assert parties["observer-org"]["accepts"] is None
    assert all(r["acceptance"] is None for r in rows if r["document"] != "charte-sociale")
    schema = json.loads(
        (built / "site" / "data" / "schema" / "documents.schema.json").read_text("utf-8")
    )
    assert schema == data_schemas()["documents.schema.json"]
    assert schema_errors(schema, rows) == []


def test_documents_rows_from_the_model_follow_the_schema(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    rows = documents_data(load_site(root, "fr"), Urls(use_directory_urls=True))
    assert schema_errors(data_schemas()["documents.schema.json"], rows) == []


# --- what changed ----------------------------------------------------------------------------


def _next_version(root: Path) -> None:
    newer = (
        VERSION_2024.replace("status: in-force", "status: in-force\nsupersedes: '2024'")
        .replace("adopted: 2024-01-10", "adopted: 2026-01-10")
        .replace("minimum: 1, core", "minimum: 2, core")
        .replace(
            "{member: canton, signed: 2024-01-10, withdrawn: 2025-06-30, accepts: [2]}",
            "{member: canton, signed: 2026-01-10, accepts: [2, 3]}",
        )
        .replace("{member: federation, accepts: [2, 3]}", "{member: federation, accepts: [2, 3]}")
    )
    old = root / f"{SOCIAL}/2024.md"
    old.write_text(VERSION_2024.replace("in-force", "superseded"), encoding="utf-8")
    (root / f"{SOCIAL}/2026.md").write_text(newer, encoding="utf-8")


def test_compare_reports_what_each_party_accepts(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    _next_version(root)
    site = load_site(root, "fr")
    document = site.document("charte-sociale")
    assert document is not None
    old, new = document.versions
    comparison = compare(old, new, site.organisations)
    accepts = [c for c in comparison.parties if isinstance(c, PartyAcceptsChanged)]
    assert [(c.member, c.added, c.dropped) for c in accepts] == [("canton", ("3",), ())]
    assert accepts[0].explain("fr") == "Canton du Valais, articles acceptés, ajout\u00a0: 3"
    assert accepts[0].explain("de") == "Canton du Valais, angenommene Artikel, neu: 3"
    fields = [c for c in comparison.metadata if isinstance(c, FieldChanged)]
    minimum = next(c for c in fields if c.field == "acceptance_minimum")
    assert (minimum.old, minimum.new) == ("1", "2")
    assert minimum.explain("fr") == "Nombre minimal d'articles à accepter\u00a0: 1 → 2"
    assert comparison.summary.parties_changed == 1
    # every rendering says it, in the site's language
    assert "articles acceptés, ajout\u00a0: 3" in render_text(comparison, "fr")
    assert "articles acceptés, ajout\u00a0: 3" in render_markdown(comparison, "fr")
    data = json.loads(render_json(comparison))
    (record,) = [c for c in data["parties"] if c["kind"] == "party-accepts-changed"]
    assert (record["old"], record["new"]) == (["2"], ["2", "3"])
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../2024/")
    assert "articles acceptés, ajout\u00a0: 3" in html
    # the canton's withdrawal is a fact of the old version, not a change of the text
    assert not any(getattr(c, "field", None) == "withdrawn" for c in comparison.parties)


def test_the_changes_page_is_built_with_the_acceptance_changes(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    _next_version(root)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    html = page(root, f"{SOCIAL}/2026/changes")
    assert "articles acceptés, ajout\u00a0: 3" in html
    assert "Nombre minimal d&#39;articles à accepter" in html or (
        "Nombre minimal d'articles à accepter" in html
    )


# --- pacte new --from ----------------------------------------------------------------------


def test_a_new_version_keeps_the_choices_and_leaves_out_who_withdrew() -> None:
    front = VERSION_2024.split("---\n")[1]
    yaml_text, kept = draft_front_matter(front, "2024")
    assert kept
    data = yaml.safe_load(yaml_text)
    assert data["acceptance"] == {"articles": [2, 3], "minimum": 1, "core": [2], "core_minimum": 1}
    assert data["parties"] == [
        {"member": "federation", "accepts": [2, 3]},
        {"member": "observer-org", "role": "observer"},
    ]


def test_a_new_version_in_block_layout_drops_the_party_that_withdrew() -> None:
    front = (
        "title: Charte\nstatus: in-force\nadopted: 2024-01-10\n"
        "acceptance:\n  articles: [2, 3]\n"
        "parties:\n"
        "  - member: canton\n    signed: 2024-01-10\n    withdrawn: 2025-06-30\n"
        "    accepts: [2]\n"
        "  # la fédération accepte tout\n"
        "  - member: federation\n    accepts: [2, 3]\n"
    )
    yaml_text, kept = draft_front_matter(front, "2024")
    assert kept, yaml_text
    assert "# la fédération accepte tout" in yaml_text
    assert yaml.safe_load(yaml_text)["parties"] == [{"member": "federation", "accepts": [2, 3]}]


def test_pacte_new_from_a_version_with_acceptance_validates(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    result = run_pacte("new", "convention", "charte-sociale", "2027", "--from", "2024", cwd=root)
    assert result.returncode == 0, result.stderr
    written = (root / f"{SOCIAL}/2027.md").read_text(encoding="utf-8")
    assert "acceptance: {articles: [2, 3]" in written
    assert "canton" not in written.split("---\n")[1]
    checked = run_pacte("validate", cwd=root)
    assert checked.returncode == 0, checked.stdout


def test_new_version_says_which_parties_withdrew(tmp_path: Path) -> None:
    from pacte.newversion import new_version

    root = write_site(tmp_path, extra={f"{SOCIAL}/2024.md": VERSION_2024})
    made = new_version(load_site(root, "fr"), root, "convention", "charte-sociale", "2027")
    assert made.withdrawn == ("canton",)
    (note,) = made.notes
    assert "withdrew from 2024" in note and "canton" in note
