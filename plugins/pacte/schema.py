"""JSON Schema of the front matter and of members.yml, made from the vocabulary."""

from __future__ import annotations

import json
from typing import Any

from .vocabulary import (
    COMMITMENT_KEYS,
    COMMITMENT_STATUSES,
    MEMBER_KEYS,
    PARTY_KEYS,
    PARTY_ROLES,
    PERIOD_KEYS,
    SLUG,
    VERSION_KEYS,
    VERSION_STATUSES,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_SLUG = {"type": "string", "pattern": SLUG.pattern}
_TEXT = {"type": "string", "minLength": 1}


def _object(
    keys: dict[str, tuple[bool, str]], properties: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    missing = set(keys) - set(properties)
    if missing:  # every key of the vocabulary has a type here
        raise AssertionError(f"no schema for {sorted(missing)}")
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [k for k, (required, _) in keys.items() if required],
        "properties": {
            key: {"description": description, **properties[key]}
            for key, (_, description) in keys.items()
        },
    }


def front_matter_schema() -> dict[str, Any]:
    party = _object(
        PARTY_KEYS,
        {
            "member": _SLUG,
            "role": {"enum": list(PARTY_ROLES), "default": "signatory"},
            "signed": _DATE,
            "signatory": _TEXT,
        },
    )
    commitment = _object(
        COMMITMENT_KEYS,
        {
            "id": _SLUG,
            "text": _TEXT,
            "by": {
                "anyOf": [
                    {"const": "all"},
                    {"type": "array", "items": _SLUG, "minItems": 1},
                ],
                "default": "all",
            },
            "article": {"type": ["string", "integer"]},
            "due": _DATE,
            "status": {"enum": list(COMMITMENT_STATUSES)},
        },
    )
    schema = _object(
        VERSION_KEYS,
        {
            "title": _TEXT,
            "status": {"enum": list(VERSION_STATUSES)},
            "adopted": _DATE,
            "effective": _object(PERIOD_KEYS, {"from": _DATE, "until": _DATE}),
            "lang": {"type": "string", "pattern": r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"},
            "supersedes": {"type": ["string", "integer"]},
            "parties": {"type": "array", "minItems": 1, "items": {"anyOf": [_SLUG, party]}},
            "commitments": {"type": "array", "items": commitment},
            "themes": {"type": "array", "items": _TEXT},
            "summary": _TEXT,
            "signed_copy": {"type": "string", "pattern": r"^[^/\\][^:]*\.pdf$"},
        },
    )
    schema["if"] = {"properties": {"status": {"not": {"const": "draft"}}}}
    schema["then"] = {"required": ["adopted"]}
    return {
        "$schema": DIALECT,
        "$id": "https://pacte.invalid/schema/front-matter.json",
        "title": "Pacte version front matter",
        **schema,
    }


def members_schema() -> dict[str, Any]:
    member = _object(
        MEMBER_KEYS,
        {
            "id": _SLUG,
            "name": _TEXT,
            "short": _TEXT,
            "kind": _TEXT,
            "website": {"type": "string", "format": "uri", "pattern": "^https?://"},
            "region": _TEXT,
            "parent": _SLUG,
        },
    )
    return {
        "$schema": DIALECT,
        "$id": "https://pacte.invalid/schema/members.json",
        "title": "Pacte members.yml",
        "type": "array",
        "items": member,
    }


def schemas() -> dict[str, Any]:
    return {"front_matter": front_matter_schema(), "members": members_schema()}


def schema_files() -> dict[str, str]:
    """The schemas as the files `pacte schema --out` writes and the site publishes."""
    return {
        name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in (
            ("front-matter.schema.json", front_matter_schema()),
            ("members.schema.json", members_schema()),
        )
    }
