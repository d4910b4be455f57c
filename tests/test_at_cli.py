"""`pacte at DATE`, run as a user runs it: what was in force, and what bound whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_pacte
from sitefixture import write_site

LATE_AND_LEAVING = """\
---
title: Charte avec des arrivées et des départs
status: in-force
adopted: 2021-01-01
parties:
  - federation
  - {member: home-a, signed: 2022-06-01}
  - {member: home-b, signed: 2021-01-01, withdrawn: 2023-12-31}
commitments:
  - {id: tous, text: Se réunir chaque année, by: all}
---
## Article 1 – Objet
Les institutions se réunissent.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("at"))


def at(site: Path, *args: str) -> dict[str, object]:
    result = run_pacte("at", *args, "--format", "json", cwd=site)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def labels(rows: object) -> set[str]:
    assert isinstance(rows, list)
    return {f"{r['document']}/{r['version']}" for r in rows}


def test_versions_in_force_on_a_day(site: Path) -> None:
    data = at(site, "2021-06-01")
    assert data["date"] == "2021-06-01"
    assert labels(data["in_force"]) == {"convention-canton/2020-2022"}
    assert labels(at(site, "2024-06-01")["in_force"]) == {
        "convention-canton/2023-2025",
        "convenzione-torino/2024",
    }
    # the draft 2026-2028 binds nobody; the charter starts on 1 March 2025
    assert "charte/2025" in labels(at(site, "2025-03-01")["in_force"])
    assert "charte/2025" not in labels(at(site, "2025-02-28")["in_force"])


def test_what_bound_one_organisation(site: Path) -> None:
    data = at(site, "2025-06-01", "--member", "home-a")
    (member,) = data["members"]  # type: ignore[misc]
    assert member["member"] == "home-a"
    versions = {v["document"]: v for v in member["versions"]}
    assert set(versions) == {"charte", "convention-canton"}  # a partner is bound too
    charte = versions["charte"]
    assert charte["bound_from"] == "2025-03-01" and charte["bound_until"] is None
    assert [c["id"] for c in charte["commitments"]] == ["partage"]  # by all; not `position`
    assert versions["convention-canton"]["commitments"][0]["id"] == "dialogue"


def test_observers_are_not_bound(site: Path) -> None:
    data = at(site, "2025-06-01", "--member", "observer-org")
    (member,) = data["members"]  # type: ignore[misc]
    assert member["versions"] == []


def test_joining_late_and_leaving(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra={"charters/mouvements/2021.md": LATE_AND_LEAVING})
    early = at(root, "2021-06-01")
    bound = {
        m["member"]
        for m in early["members"]
        if any(  # type: ignore[union-attr]
            v["document"] == "mouvements" for v in m["versions"]
        )
    }
    assert bound == {"federation", "home-b"}  # home-a signs in June 2022
    later = at(root, "2024-06-01")
    bound = {
        m["member"]
        for m in later["members"]
        if any(  # type: ignore[union-attr]
            v["document"] == "mouvements" for v in m["versions"]
        )
    }
    assert bound == {"federation", "home-a"}  # home-b left at the end of 2023


def test_text_speaks_the_site_language(site: Path) -> None:
    # the suite speaks English (conftest.py): here, the site's language
    result = run_pacte("at", "2024-06-01", "--member", "canton", cwd=site, env={"PACTE_LANG": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("En vigueur le 1er juin 2024")
    assert "Canton du Valais (canton)" in result.stdout
    assert "Publier un rapport annuel · Article 2 · Échéance 31 mars 2027 · Prévu" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["2024-02-30"], "is not a date"),
        (["next week"], "is not a date"),
        (["20240601"], "write it YYYY-MM-DD"),  # as the sources and the pages' ?date= do
        (["2024-W22-6"], "write it YYYY-MM-DD"),
        (["2024-06-01", "--member", "canon"], "did you mean 'canton'"),
    ],
)
def test_a_bad_date_or_member_is_a_usage_error(site: Path, args: list[str], says: str) -> None:
    result = run_pacte("at", *args, cwd=site)
    assert result.returncode == 2
    assert says in result.stderr
    assert "Traceback" not in result.stderr
