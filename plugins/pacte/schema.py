"""JSON Schemas: of the sources (front matter, members.yml), made from the vocabulary;
and of the open data files, made from their records (export.py)."""

from __future__ import annotations

import json
import re
from typing import Any

from .export import (
    COMMITMENT,
    DOCUMENT,
    FALSE,
    FORMULA_RULE,
    LIST_SEPARATOR,
    MEMBER,
    OBLIGATION,
    TRUE,
    Record,
)
from .vocabulary import (
    ACCEPTANCE_KEYS,
    COMMITMENT_KEYS,
    COMMITMENT_STATUSES,
    MEMBER_KEYS,
    PARTY_KEYS,
    PARTY_ROLES,
    PERIOD_KEYS,
    SHA256,
    SIGNATORY_KEYS,
    SIGNED_COPY_KEYS,
    SLUG,
    TRANSLATED_COMMITMENT_KEYS,
    TRANSLATION_KEYS,
    VERSION_KEYS,
    VERSION_STATUSES,
)

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_SLUG = {"type": "string", "pattern": SLUG.pattern}
_TEXT = {"type": "string", "minLength": 1}
_ARTICLE = {"type": ["string", "integer"]}  # an article's number, as in '## Article 3'
_ARTICLES = {"type": "array", "items": _ARTICLE, "uniqueItems": True}
_COUNT = {"type": "integer", "minimum": 0}


_PDF_PATH = {"type": "string", "pattern": r"^[^/\\][^:]*\.pdf$"}


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
            "signatory": {
                "anyOf": [
                    _TEXT,
                    _object(SIGNATORY_KEYS, {"name": _TEXT, "capacity": _TEXT, "mandate": _TEXT}),
                ]
            },
            "withdrawn": _DATE,
            "accepts": _ARTICLES,
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
            "article": _ARTICLE,
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
            "signed_copy": {
                "anyOf": [
                    _PDF_PATH,
                    _object(
                        SIGNED_COPY_KEYS,
                        {
                            "path": _PDF_PATH,
                            "sha256": {"type": "string", "pattern": SHA256.pattern},
                        },
                    ),
                ]
            },
            "authentic": {"type": "boolean", "default": True},
            "acceptance": _object(
                ACCEPTANCE_KEYS,
                {
                    "articles": {**_ARTICLES, "minItems": 1},
                    "minimum": {**_COUNT, "default": 0},
                    "core": _ARTICLES,
                    "core_minimum": {**_COUNT, "default": 0},
                },
            ),
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


def translation_schema() -> dict[str, Any]:
    """The front matter of a translation, `<version>.<lang>.md` (translations.py)."""
    commitment = _object(TRANSLATED_COMMITMENT_KEYS, {"id": _SLUG, "text": _TEXT})
    schema = _object(
        TRANSLATION_KEYS,
        {
            "title": _TEXT,
            "lang": {"type": "string", "pattern": r"^[a-z]{2,3}$"},
            "authentic": {"type": "boolean", "default": False},
            "summary": _TEXT,
            "commitments": {"type": "array", "items": commitment},
        },
    )
    return {
        "$schema": DIALECT,
        "$id": "https://pacte.invalid/schema/translation.json",
        "title": "Pacte translation front matter",
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
    return {
        "front_matter": front_matter_schema(),
        "members": members_schema(),
        "translation": translation_schema(),
    }


def schema_files() -> dict[str, str]:
    """The schemas as the files `pacte schema --out` writes and the site publishes."""
    return {
        name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in (
            ("front-matter.schema.json", front_matter_schema()),
            ("members.schema.json", members_schema()),
            ("translation.schema.json", translation_schema()),
        )
    }


# --- the open data ------------------------------------------------------------------------

DATA_ID = "https://pacte.invalid/data/schema/"


def _data_list(file: str, record: Record[Any]) -> dict[str, Any]:
    return {
        "$schema": DIALECT,
        "$id": f"{DATA_ID}{file.removesuffix('.json')}.schema.json",
        "title": f"Pacte data/{file}",
        "description": f"The open data file data/{file}: a list of rows, one a line. "
        + record.description,
        "type": "array",
        "items": record.schema(),
    }


def _types(schema: dict[str, Any]) -> tuple[set[str], bool]:
    """The JSON types a field's schema allows but null, and whether it allows null."""
    if "enum" in schema:
        return {"enum"}, None in schema["enum"]
    kind = schema["type"]
    types = set(kind) if isinstance(kind, list) else {kind}
    return types - {"null"}, "null" in types


def csv_cell_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema of a CSV cell holding a field of SCHEMA, as export.csv_cell writes it."""
    types, can_be_null = _types(schema)
    if types == {"enum"}:
        cell: dict[str, Any] = {"enum": [v for v in schema["enum"] if v is not None]}
    elif types == {"boolean"}:
        cell = {"enum": [TRUE, FALSE]}
    elif types == {"array"}:
        item = schema["items"].get("pattern")
        cell = {"type": "string"}
        if item:  # a list of identifiers: the pattern of one, repeated
            one = item.removeprefix("^").removesuffix("$")
            cell["pattern"] = f"^({one}({re.escape(LIST_SEPARATOR)}{one})*)?$"
    elif types == {"string"}:
        cell = {k: v for k, v in schema.items() if k in ("type", "format", "pattern")}
        cell["type"] = "string"
    else:  # a field of another shape needs its own rule here
        raise AssertionError(f"no CSV cell for {schema}")
    if can_be_null:
        if "enum" in cell:
            cell["enum"].append("")
        else:
            cell = {"anyOf": [{"const": ""}, cell]}
    return cell


def commitments_csv_schema() -> dict[str, Any]:
    """commitments.csv read as a table (a list of rows, each a list of text cells): the
    header row, then a row per commitment with the fields of commitments.json (but the
    texts of its translations: a field of one text a cell)."""
    columns = [
        {"title": f.name, "description": f.description, **csv_cell_schema(f.schema)}
        for f in COMMITMENT.csv_fields
    ]
    return {
        "$schema": DIALECT,
        "$id": f"{DATA_ID}commitments.csv.schema.json",
        "title": "Pacte data/commitments.csv",
        "description": (
            "The open data file data/commitments.csv (RFC 4180: UTF-8, comma-separated, "
            "lines ending in CRLF) read as a table, a list of rows of text cells: first the "
            "names of the columns, then a row per commitment, with the fields of "
            "commitments.json but its translations. In a cell, a list's values are joined "
            f"by '{LIST_SEPARATOR}', "
            f"true and false are '{TRUE}' and '{FALSE}', and no value is an empty cell; "
            f"{FORMULA_RULE}, so that spreadsheets do not take it for a formula."
        ),
        "type": "array",
        "minItems": 1,
        "prefixItems": [{"const": [f.name for f in COMMITMENT.csv_fields]}],
        "items": {
            "title": COMMITMENT.title,
            "description": COMMITMENT.description,
            "type": "array",
            "prefixItems": columns,
            "minItems": len(columns),
            "items": False,
        },
    }


def data_schemas() -> dict[str, dict[str, Any]]:
    """The schemas of the open data files, by the name the site publishes them under
    (`data/schema/`)."""
    return {
        "documents.schema.json": _data_list("documents.json", DOCUMENT),
        "members.schema.json": _data_list("members.json", MEMBER),
        "commitments.schema.json": _data_list("commitments.json", COMMITMENT),
        "commitments.csv.schema.json": commitments_csv_schema(),
        "obligations.schema.json": _data_list("obligations.json", OBLIGATION),
    }


def data_schema_files() -> dict[str, bytes]:
    """The schemas of the open data as files, by name."""
    return {
        name: (json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        for name, schema in data_schemas().items()
    }
