"""`pacte schema`: the JSON Schema of the front matter and of members.yml.

The schema is for editors' tools (completion and checks in an editor); it must agree
with what `pacte validate` accepts on the examples below.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from pacte.load import load_site
from pacte.vocabulary import MEMBER_KEYS, VERSION_KEYS


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "pacte", "schema"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


VALID_FRONT_MATTER: dict[str, Any] = {
    "title": "Convention triennale 2023-2025",
    "status": "in-force",
    "adopted": "2023-03-14",
    "effective": {"from": "2023-01-01", "until": "2025-12-31"},
    "lang": "fr-CH",
    "supersedes": "2020-2022",
    "parties": [
        {
            "member": "departement",
            "signed": "2023-03-14",
            "signatory": {"name": "Anne Dupont", "capacity": "Présidente", "mandate": "Décision"},
        },
        {"member": "union-regionale", "role": "partner", "signed": "2023-03-14"},
        {"member": "etat", "role": "observer", "signatory": "La préfète"},
    ],
    "commitments": [
        {"id": "c1", "text": "Financer", "by": "all", "article": 3, "due": "2024-06-30"},
        {"id": "c2", "text": "Former", "by": ["departement"], "article": "4 bis"},
        {"id": "c3", "text": "Évaluer", "status": "planned"},
    ],
    "themes": ["santé", "jeunesse"],
    "summary": "Une convention.",
    "signed_copy": "2023-2025.pdf",
}

VALID_MEMBERS: list[dict[str, Any]] = [
    {"id": "departement", "name": "Département"},
    {
        "id": "union-regionale",
        "name": "Union régionale",
        "short": "UR",
        "kind": "association",
        "website": "https://union.example.org",
        "region": "Nord",
        "parent": "departement",
    },
]


def test_prints_every_schema(schemas: dict[str, Any]) -> None:
    assert set(schemas) == {"front_matter", "members", "translation"}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_every_key_of_the_vocabulary_is_described(schemas: dict[str, Any]) -> None:
    front = schemas["front_matter"]
    assert set(front["properties"]) == set(VERSION_KEYS)
    assert front["additionalProperties"] is False
    assert set(schemas["members"]["items"]["properties"]) == set(MEMBER_KEYS)
    for key, description in front["properties"].items():
        assert description.get("description"), key


def test_valid_front_matter_passes(schemas: dict[str, Any]) -> None:
    validator(schemas["front_matter"]).validate(VALID_FRONT_MATTER)


@pytest.mark.parametrize(
    "change",
    [
        {"comitments": []},  # an unknown key
        {"title": ["a", "b"]},
        {"title": ""},
        {"status": "in-forse"},
        {"adopted": "14.03.2023"},
        {"lang": "français"},
        {"parties": []},
        {"parties": "departement"},
        {"parties": ["Departement"]},
        {"parties": [{"member": "etat", "role": "spectator"}]},
        {"parties": [{"member": "etat", "party": "x"}]},
        {"commitments": [{"id": "c1"}]},
        {"commitments": [{"id": "c1", "text": "x", "by": "departement"}]},
        {"commitments": [{"id": "c1", "text": "x", "status": "finished"}]},
        {"effective": {"until": "2025-12-31"}},
        {"signed_copy": "/etc/passwd"},
        {"signed_copy": "scan.docx"},
    ],
    ids=lambda change: "-".join(change),
)
def test_invalid_front_matter_fails(schemas: dict[str, Any], change: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator(schemas["front_matter"]).validate({**VALID_FRONT_MATTER, **change})


def test_unknown_key_is_named(schemas: dict[str, Any]) -> None:
    errors = list(
        validator(schemas["front_matter"]).iter_errors({**VALID_FRONT_MATTER, "comitments": []})
    )
    assert len(errors) == 1
    assert "comitments" in errors[0].message


def test_missing_title_fails(schemas: dict[str, Any]) -> None:
    data = {k: v for k, v in VALID_FRONT_MATTER.items() if k != "title"}
    with pytest.raises(jsonschema.ValidationError, match="title"):
        validator(schemas["front_matter"]).validate(data)


def test_adopted_is_required_unless_draft(schemas: dict[str, Any]) -> None:
    data = {k: v for k, v in VALID_FRONT_MATTER.items() if k != "adopted"}
    check = validator(schemas["front_matter"])
    with pytest.raises(jsonschema.ValidationError, match="adopted"):
        check.validate(data)
    check.validate({**data, "status": "draft"})


def test_version_label_may_be_a_number(schemas: dict[str, Any]) -> None:
    validator(schemas["front_matter"]).validate({**VALID_FRONT_MATTER, "supersedes": 2024})


def test_members(schemas: dict[str, Any]) -> None:
    check = validator(schemas["members"])
    check.validate(VALID_MEMBERS)
    for bad in (
        {"members": VALID_MEMBERS},  # not a list
        [{"id": "x"}],  # no name
        [{"id": "Bad_Id", "name": "X"}],
        [{"id": "x", "name": "X", "adress": "Rue 1"}],  # unknown key
        [{"id": "x", "name": "X", "website": "javascript:alert(1)"}],
    ):
        with pytest.raises(jsonschema.ValidationError):
            check.validate(bad)


def test_schema_and_validate_agree_on_the_valid_example(tmp_path: Path) -> None:
    """The example the schema accepts is a valid site for `pacte validate` too."""
    folder = tmp_path / "conventions" / "triennale"
    folder.mkdir(parents=True)
    members = [*VALID_MEMBERS, {"id": "etat", "name": "État"}]
    (tmp_path / "members.yml").write_text(
        yaml.safe_dump(members, allow_unicode=True), encoding="utf-8"
    )
    previous = {**VALID_FRONT_MATTER, "status": "superseded"}
    for key in ("supersedes", "signed_copy", "commitments"):
        del previous[key]
    current = {k: v for k, v in VALID_FRONT_MATTER.items() if k != "signed_copy"}
    body = "## Article 3 – Financement\n\nTexte.\n\n## Article 4 bis – Formation\n\nTexte.\n"
    for label, data in (("2020-2022", previous), ("2023-2025", current)):
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (folder / f"{label}.md").write_text(f"---\n{text}---\n{body}", encoding="utf-8")
    site = load_site(tmp_path, "fr", today=dt.date(2024, 1, 1))
    assert site.problems == []
