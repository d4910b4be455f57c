"""The open data files of the published versions: documents, members, commitments.

Each file is a list of records, and each field of a record is written once, here: its
name, its description, its JSON Schema and how it is read from the model. The rows of
the files and their published schemas (`schema.data_schemas`) are both made from these
lists, so they cannot disagree. The Atom feed is made in `feed.py`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

from .feed import atom_feed
from .ledger import Ledger, build_ledger
from .model import Acceptance, Commitment, Organisation, Party, SignatureField, Site, Version
from .paging import ROWS_FILE, rows_file
from .periods import Binding, bindings, bound_by
from .urls import Urls, member_src, version_src
from .vocabulary import (
    COMMITMENT_STATUSES,
    KINDS,
    LANG,
    PARTY_ROLES,
    SLUG,
    VERSION_STATUSES,
)

# the open data files, by their path in the site; and the compact rows that the
# commitments page filters with script (paging.rows_file), made from the same data
DATA_FILES = (
    "data/documents.json",
    "data/members.json",
    "data/commitments.json",
    "data/commitments.csv",
    "data/obligations.json",
    "feed.xml",
    ROWS_FILE,
)

# how commitments.csv writes what JSON writes as lists, booleans and null; a list's
# values are joined by a character that no locale's spreadsheet splits cells on (a
# French Excel splits on ';', others on ',' or a tab)
LIST_SEPARATOR = "|"
TRUE, FALSE = "yes", "no"
# Spreadsheets run a cell that starts with one of FORMULA_STARTS as a formula. A
# spreadsheet may also split a cell of ours where it finds one of CELL_BREAKS (the
# separator of its locale, or a line break when it does not read our quotes): so the
# start of a cell and of every such piece, spaces and quotes before it aside, is
# preceded by FORMULA_GUARD when it starts like a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CELL_BREAKS = (",", ";", "\t", "|", "\n", "\r")
FORMULA_GUARD = "'"
_FORMULA = re.compile(
    "(?:^|(?<=[" + re.escape("".join(CELL_BREAKS)) + "]))"
    '([ "]*)(?=[' + re.escape("".join(FORMULA_STARTS)) + "])"
)
_SHOWN = {"\t": "a tab", "\r": "a carriage return", "\n": "a line feed"}
# the rule in words, for the schema of commitments.csv
FORMULA_RULE = (
    "a cell, or a part of a cell after "
    + ", ".join(_SHOWN.get(c, f"'{c}'") for c in CELL_BREAKS)
    + " (where a spreadsheet of some locale may split it), that would start with "
    + ", ".join(_SHOWN.get(c, f"'{c}'") for c in FORMULA_STARTS)
    + f" (spaces and double quotes before it aside) is preceded by {FORMULA_GUARD}"
)

Json = dict[str, Any]
S = TypeVar("S")


@dataclass(frozen=True)
class Env:
    """What rows are made with, beside their subject."""

    urls: Urls
    language: str  # the site's: a version's language when it names none
    ledger: Ledger


@dataclass(frozen=True)
class Field(Generic[S]):
    """One field of a record: its name, what it means, its JSON Schema, its value."""

    name: str
    description: str
    schema: Json
    value: Callable[[S, Env], Any]
    in_csv: bool = True  # a column of commitments.csv (a field of one text a cell)


@dataclass(frozen=True)
class Record(Generic[S]):
    """A kind of row: a list of fields, made from a subject (a version, a party...)."""

    title: str
    description: str
    fields: tuple[Field[S], ...]

    @cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @cached_property
    def csv_fields(self) -> tuple[Field[S], ...]:
        """The fields a CSV file of these rows has as columns."""
        return tuple(f for f in self.fields if f.in_csv)

    @cached_property
    def _getters(self) -> tuple[tuple[str, Callable[[S, Env], Any]], ...]:
        return tuple((f.name, f.value) for f in self.fields)

    def row(self, subject: S, env: Env) -> dict[str, Any]:
        return {name: value(subject, env) for name, value in self._getters}

    def rows(self, subjects: Iterable[S], env: Env) -> list[dict[str, Any]]:
        getters = self._getters
        return [{name: value(s, env) for name, value in getters} for s in subjects]

    def schema(self) -> Json:
        """The JSON Schema of one row: every field is always there, null when unknown."""
        return {
            "title": self.title,
            "description": self.description,
            "type": "object",
            "additionalProperties": False,
            "required": list(self.names),
            "properties": {f.name: {"description": f.description, **f.schema} for f in self.fields},
        }


# --- schemas of values --------------------------------------------------------------------

_TEXT: Json = {"type": "string"}
_SLUG: Json = {"type": "string", "pattern": SLUG.pattern}
_DATE: Json = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_LANG: Json = {"type": "string", "pattern": LANG.pattern}
_KIND: Json = {"enum": list(KINDS.values())}
_ADDRESS: Json = {"type": "string"}  # from the site's root; a page's ends with / or .html
_COUNT: Json = {"type": "integer", "minimum": 0}
_SHA256: Json = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def nullable(schema: Json) -> Json:
    """SCHEMA, or null."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    kind = schema["type"]
    return {**schema, "type": [*(kind if isinstance(kind, list) else [kind]), "null"]}


def array(items: Json) -> Json:
    return {"type": "array", "items": items}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# --- documents.json: a row per published version ----------------------------------------

# The records read as tables, a field on a line or two.
# fmt: off
PARTY: Record[Party] = Record(
    "Party",
    "An organisation party to the version.",
    (
        Field("member", "Member id of the organisation (see members.json)", _SLUG,
              lambda p, e: p.member),
        Field("role", "signatory, partner or observer (observers make no commitments)",
              {"enum": list(PARTY_ROLES)}, lambda p, e: p.role),
        Field("signed", "Date on which it signed", nullable(_DATE), lambda p, e: _iso(p.signed)),
        Field("signatory", "Name of who signed for it", nullable(_TEXT),
              lambda p, e: p.signatory.name if p.signatory else None),
        Field("signatory_capacity", "In what capacity they signed", nullable(_TEXT),
              lambda p, e: p.signatory.capacity if p.signatory else None),
        Field("signatory_mandate", "The decision that empowered them to sign", nullable(_TEXT),
              lambda p, e: p.signatory.mandate if p.signatory else None),
        Field("withdrawn", "Date on which it left the document", nullable(_DATE),
              lambda p, e: _iso(p.withdrawn)),
        Field("accepts", "The articles open to choice that it accepted (their numbers, "
              "normalised as in commitments' 'article'); null when it did not say",
              nullable(array(_TEXT)),
              lambda p, e: None if p.accepts is None else list(p.accepts)),
    ),
)

ACCEPTANCE: Record[Acceptance] = Record(
    "Acceptance",
    "The articles each party may choose to accept, and the least it must accept. Every "
    "other article binds every party.",
    (
        Field("articles", "Numbers of the articles open to choice (normalised as in "
              "commitments' 'article')", array(_TEXT), lambda a, e: list(a.articles)),
        Field("minimum", "Least number of them each party must accept", _COUNT,
              lambda a, e: a.minimum),
        Field("core", "Among them, the core articles", array(_TEXT), lambda a, e: list(a.core)),
        Field("core_minimum", "Least number of core articles each party must accept", _COUNT,
              lambda a, e: a.core_minimum),
    ),
)

SIGNATURE_FIELD: Record[SignatureField] = Record(
    "Signature field",
    "A signature field of the signed PDF.",
    (
        Field("name", "Name of the field in the PDF", _TEXT, lambda f, e: f.name),
        Field("signed", "Whether the field holds a signature", {"type": "boolean"},
              lambda f, e: f.signed),
    ),
)


def _signature_fields(version: Version, env: Env) -> list[dict[str, Any]]:
    info = version.signed_copy_info
    return SIGNATURE_FIELD.rows(info.signature_fields if info else (), env)


SIGNED_COPY: Record[Version] = Record(
    "Signed copy",
    "The signed original of the version, a PDF published beside it.",
    (
        Field("url", "Address of the PDF, from the site's root", _ADDRESS,
              lambda v, e: e.urls.url(v.signed_copy or "")),
        Field("pages", "Number of pages", nullable(_COUNT),
              lambda v, e: v.signed_copy_info.pages if v.signed_copy_info else None),
        Field("size", "Size in bytes", nullable(_COUNT),
              lambda v, e: v.signed_copy_info.size if v.signed_copy_info else None),
        Field("sha256", "SHA-256 of the file, in hexadecimal", nullable(_SHA256),
              lambda v, e: v.signed_copy_info.sha256 if v.signed_copy_info else None),
        Field("signature_fields", "The PDF's signature fields, signed or not",
              array(SIGNATURE_FIELD.schema()), _signature_fields),
    ),
)


def _effective(version: Version, end: bool) -> str | None:
    if version.effective is None:
        return None
    return _iso(version.effective.end if end else version.effective.start)


DOCUMENT: Record[Version] = Record(
    "Version",
    "A published version of a charter or convention.",
    (
        Field("kind", "charter or convention", _KIND, lambda v, e: v.kind),
        Field("document", "Identifier of the document (its folder)", _SLUG,
              lambda v, e: v.document),
        Field("version", "Label of the version (its file's name)", _TEXT, lambda v, e: v.label),
        Field("status", "Status of the version", {"enum": list(VERSION_STATUSES)},
              lambda v, e: v.status),
        Field("title", "Title of the document in this version", _TEXT, lambda v, e: v.title),
        Field("adopted", "Date of signature or adoption (none for a draft)", nullable(_DATE),
              lambda v, e: _iso(v.adopted)),
        Field("effective_from", "First day of validity", nullable(_DATE),
              lambda v, e: _effective(v, False)),
        Field("effective_until", "Last day of validity (none: open-ended or not given)",
              nullable(_DATE), lambda v, e: _effective(v, True)),
        Field("lang", "Language of the text (BCP 47 code)", _LANG,
              lambda v, e: v.lang or e.language),
        Field("languages", "The languages the version can be read in: its text's first, "
              "then its translations' (each at <url><lang>/)", array(_LANG),
              lambda v, e: list(v.languages(e.language))),
        Field("authentic", "The languages whose text has legal force", array(_LANG),
              lambda v, e: list(v.authentic_languages(e.language))),
        Field("supersedes", "Label of the earlier version this one replaces",
              nullable(_TEXT), lambda v, e: v.supersedes),
        Field("parties", "The organisations party to the version", array(PARTY.schema()),
              lambda v, e: PARTY.rows(v.parties, e)),
        Field("commitments", "Number of commitments of the version (see commitments.json)",
              _COUNT, lambda v, e: len(v.commitments)),
        Field("articles", "Numbers of the articles of the text, as written", array(_TEXT),
              lambda v, e: [a.number for a in v.articles]),
        Field("acceptance", "The articles open to choice, if any: what each party accepted "
              "is in its 'accepts'", nullable(ACCEPTANCE.schema()),
              lambda v, e: None if v.acceptance is None else ACCEPTANCE.row(v.acceptance, e)),
        Field("themes", "Themes of the document", array(_TEXT), lambda v, e: list(v.themes)),
        Field("summary", "One paragraph that sums up the document", nullable(_TEXT),
              lambda v, e: v.summary),
        Field("signed_copy", "The signed original, when it is published",
              nullable(SIGNED_COPY.schema()),
              lambda v, e: None if v.signed_copy is None else SIGNED_COPY.row(v, e)),
        Field("url", "Address of the version's page, from the site's root", _ADDRESS,
              lambda v, e: e.urls.url(version_src(v))),
    ),
)


# --- members.json: a row per organisation of the registry --------------------------------

MEMBERSHIP: Record[tuple[Version, Party]] = Record(
    "Membership",
    "A published version the organisation is party to.",
    (
        Field("kind", "charter or convention", _KIND, lambda vp, e: vp[0].kind),
        Field("document", "Identifier of the document", _SLUG, lambda vp, e: vp[0].document),
        Field("version", "Label of the version", _TEXT, lambda vp, e: vp[0].label),
        Field("status", "Status of the version", {"enum": list(VERSION_STATUSES)},
              lambda vp, e: vp[0].status),
        Field("role", "Its role: signatory, partner or observer", {"enum": list(PARTY_ROLES)},
              lambda vp, e: vp[1].role),
    ),
)

MEMBER: Record[Organisation] = Record(
    "Organisation",
    "An organisation of the registry (members.yml).",
    (
        Field("id", "Identifier of the organisation", _SLUG, lambda o, e: o.id),
        Field("name", "Full name", _TEXT, lambda o, e: o.name),
        Field("short", "Short name or acronym", nullable(_TEXT), lambda o, e: o.short),
        Field("kind", "Kind of organisation (free text)", nullable(_TEXT), lambda o, e: o.kind),
        Field("website", "Web address", nullable(_TEXT), lambda o, e: o.website),
        Field("region", "Region or territory", nullable(_TEXT), lambda o, e: o.region),
        Field("parent", "Member id of the organisation it belongs to", nullable(_SLUG),
              lambda o, e: o.parent),
        Field("documents", "The published versions it is party to", array(MEMBERSHIP.schema()),
              lambda o, e: MEMBERSHIP.rows(e.ledger.documents_of(o.id), e)),
        Field("url", "Address of the organisation's page, from the site's root", _ADDRESS,
              lambda o, e: e.urls.url(member_src(o.id))),
    ),
)


# --- commitments.json and commitments.csv: a row per commitment --------------------------


def _commitment_url(vc: tuple[Version, Commitment], env: Env) -> str:
    return env.urls.url(version_src(vc[0])) + f"#commitment-{vc[1].id}"


COMMITMENT: Record[tuple[Version, Commitment]] = Record(
    "Commitment",
    "A commitment made in a published version.",
    (
        Field("kind", "charter or convention", _KIND, lambda vc, e: vc[0].kind),
        Field("document", "Identifier of the document", _SLUG, lambda vc, e: vc[0].document),
        Field("version", "Label of the version", _TEXT, lambda vc, e: vc[0].label),
        Field("version_status", "Status of the version", {"enum": list(VERSION_STATUSES)},
              lambda vc, e: vc[0].status),
        Field("document_title", "Title of the document in this version", _TEXT,
              lambda vc, e: vc[0].title),
        Field("id", "Identifier of the commitment, unique within the version", _SLUG,
              lambda vc, e: vc[1].id),
        Field("text", "What is committed to", _TEXT, lambda vc, e: vc[1].text),
        Field("translations", "Its text in the languages of the version's translations that "
              "give it, by language code (not in commitments.csv)",
              {"type": "object", "propertyNames": {"pattern": LANG.pattern},
               "additionalProperties": _TEXT},
              lambda vc, e: vc[0].translated_texts(vc[1].id), in_csv=False),
        Field("by", "Member ids of the organisations bound by it (made in an article open "
              "to choice, only those that accepted the article)", array(_SLUG),
              lambda vc, e: list(bound_by(*vc))),
        Field("by_all", "Whether it binds every party but the observers ('all')",
              {"type": "boolean"}, lambda vc, e: vc[1].by is None),
        Field("article", "Number of the article of the text where it is made", nullable(_TEXT),
              lambda vc, e: vc[1].article),
        Field("due", "Date by which it is due", nullable(_DATE), lambda vc, e: _iso(vc[1].due)),
        Field("status", "planned, ongoing, done or dropped",
              nullable({"enum": list(COMMITMENT_STATUSES)}), lambda vc, e: vc[1].status),
        Field("themes", "Themes of the document", array(_TEXT),
              lambda vc, e: list(vc[0].themes)),
        Field("url", "Address of the commitment in its version's page, from the site's root",
              _ADDRESS, _commitment_url),
    ),
)

# fmt: on

# the columns of commitments.csv, in order
COMMITMENT_COLUMNS = tuple(f.name for f in COMMITMENT.csv_fields)


# --- the rows ----------------------------------------------------------------------------


# --- obligations.json: a row per (organisation, version) that binds it ---------------------

OBLIGATION: Record[Binding] = Record(
    "Obligation",
    "An organisation bound by a published version, and for how long (the days included).",
    (
        Field("member", "Identifier of the organisation", _SLUG, lambda b, e: b.member),
        Field("kind", "charter or convention", _KIND, lambda b, e: b.version.kind),
        Field("document", "Identifier of the document", _SLUG, lambda b, e: b.version.document),
        Field("version", "Label of the version", _TEXT, lambda b, e: b.version.label),
        Field(
            "from",
            "First day it was bound: the version's start, or the day it signed if later",
            _DATE,
            lambda b, e: b.period.start.isoformat(),
        ),
        Field(
            "until",
            "Last day it was bound: the version's end, or the day it withdrew if earlier; "
            "null while open-ended",
            nullable(_DATE),
            lambda b, e: _iso(b.period.end),
        ),
    ),
)


def obligations_data(site: Site, urls: Urls, ledger: Ledger | None = None) -> list[Json]:
    """Who was bound by which version, when: the rows of periods.bindings, in order."""
    found = sorted(
        bindings(site),
        key=lambda b: (b.member, b.version.kind, b.version.document, b.period.start),
    )
    return OBLIGATION.rows(found, _env(site, urls, ledger))


def _env(site: Site, urls: Urls, ledger: Ledger | None) -> Env:
    return Env(urls, site.language, ledger or build_ledger(site))


def documents_data(site: Site, urls: Urls, ledger: Ledger | None = None) -> list[Json]:
    env = _env(site, urls, ledger)
    return DOCUMENT.rows((v for d in site.documents.values() for v in d.versions), env)


def members_data(site: Site, urls: Urls, ledger: Ledger | None = None) -> list[Json]:
    return MEMBER.rows(site.organisations.values(), _env(site, urls, ledger))


def commitments_data(site: Site, urls: Urls, ledger: Ledger | None = None) -> list[Json]:
    subjects = (
        (version, commitment)
        for document in site.documents.values()
        for version in document.versions
        for commitment in version.commitments
    )
    return COMMITMENT.rows(subjects, _env(site, urls, ledger))


def csv_cell(value: Any) -> str:
    """A value of a JSON row as commitments.csv writes it."""
    if isinstance(value, list):
        text = LIST_SEPARATOR.join(value)
    elif isinstance(value, bool):
        text = TRUE if value else FALSE
    elif value is None:
        text = ""
    else:
        text = str(value)
    return guard_formulas(text)


def guard_formulas(text: str) -> str:
    """TEXT with FORMULA_GUARD before whatever a spreadsheet would run as a formula."""
    return _FORMULA.sub(lambda m: m.group(1) + FORMULA_GUARD, text)


def commitments_csv(rows: list[Json]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COMMITMENT_COLUMNS)
    for row in rows:
        writer.writerow([csv_cell(row[column]) for column in COMMITMENT_COLUMNS])
    return out.getvalue()


def as_json(data: Any) -> bytes:
    """A list with one record a line: easy to read and to diff, and written by the json
    module's C encoder (indenting falls back to its Python one: twice the time for the
    commitments of 1,000 versions, 83 ms against 40), without spaces after separators
    (a tenth of the files' weight at registry scale)."""
    if isinstance(data, list) and data:
        lines = ",\n".join(json.dumps(item, **_COMPACT) for item in data)
        return f"[\n{lines}\n]\n".encode()
    return (json.dumps(data, **_COMPACT) + "\n").encode()


_COMPACT: dict[str, Any] = {"ensure_ascii": False, "separators": (",", ":")}


def data_files(
    site: Site,
    urls: Urls,
    site_url: str | None = None,
    title: str = "Pacte",
    ledger: Ledger | None = None,
) -> dict[str, bytes]:
    """Every open data file of a published site by its path (give the ledger if built).

    The build calls it through `build.open_data`, the one way to the files."""
    ledger = ledger or build_ledger(site)
    commitments = commitments_data(site, urls, ledger)
    files = {
        "data/documents.json": as_json(documents_data(site, urls, ledger)),
        "data/members.json": as_json(members_data(site, urls, ledger)),
        "data/commitments.json": as_json(commitments),
        "data/commitments.csv": commitments_csv(commitments).encode("utf-8"),
        "data/obligations.json": as_json(obligations_data(site, urls, ledger)),
        "feed.xml": atom_feed(site, urls, site_url, title),
        ROWS_FILE: rows_file(site, urls, ledger),
    }
    assert tuple(files) == DATA_FILES
    return files
