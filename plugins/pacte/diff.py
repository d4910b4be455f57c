"""What changed between two versions of a document, as typed records.

``compare(old, new, organisations)`` gives a :class:`Comparison`: the metadata fields
that changed, the parties and commitments added, removed or changed, the text
aligned passage by passage (articles, the preamble, other level-2 sections) with
word-level insertions and deletions, and what changed for each organisation.

Each change is one frozen record of its own kind (as griffe models API breakages):
it can ``explain()`` itself in a language and a style (text, markdown, html) and
give ``as_dict()`` for JSON, so the changes page, the terminal and the JSON output
render one list of records three ways (see diff_render).

The text is aligned in stages, so that the cost stays about linear in its size:
identical passages first (unchanged, or moved/renumbered), then passages with the
same number or similar words (changed, maybe moved), the rest added or removed; a
word-level diff then runs inside each changed pair only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import itertools
import re
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, ClassVar, Literal

from markupsafe import escape

from .i18n import LABELS, translator
from .model import (
    Article,
    Commitment,
    Document,
    Organisation,
    Party,
    Period,
    Site,
    Version,
)

SCHEMA_VERSION = 1

Value = str | tuple[str, ...] | None
Style = Literal["text", "markdown", "html"]
Op = Literal["equal", "insert", "delete"]

PARAGRAPH = "\n\n"  # a paragraph break, one token of the word diff
METADATA_FIELDS = (
    "title",
    "status",
    "adopted",
    "effective",
    "lang",
    "supersedes",
    "themes",
    "summary",
    "signed_copy",
)
COMMITMENT_FIELDS = ("text", "by", "article", "due", "status")
QUOTED_FIELDS = ("title", "summary", "text", "signatory")  # free text, shown in quotes

# alignment thresholds, on the Dice coefficient of word pairs (see _similarity)
SIMILAR = 0.5  # two passages with different numbers are the same one, changed
SIMILAR_SAME_NUMBER = 0.25  # enough for two passages that have the same number
SHARED = 0.6  # share of a passage's words found in another: split from / merged into
EXHAUSTIVE = 2_000  # below this many pairs of unmatched passages, score them all
SAMPLE, SAMPLE_POSTING = 16, 32  # else pairs sharing sampled word pairs (1 in 16), if rare
DIFF_BUDGET = 1_000_000  # most token pairs one SequenceMatcher run may face


# --- explaining records --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quoted:
    """A value as written in the sources, shown between quotation marks."""

    text: str


@dataclass(frozen=True, slots=True)
class Label:
    """A word of the interface, shown in the reader's language."""

    key: str


Arg = str | Quoted | Label


def markdown_escape(text: str, line_start: bool = True) -> str:
    """Text that Markdown shows as written: HTML escaped, Markdown punctuation backslashed.

    ``line_start``: the text may begin a line, where '#', '-', '1.' would start a block.
    """
    text = html.escape(text, quote=False)
    text = re.sub(r"([\\`*_\[\]|~{}])", r"\\\1", text)
    if not line_start:
        return text
    text = re.sub(r"^(\s*)([#>+\-=])", r"\1\\\2", text, flags=re.MULTILINE)
    return re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", text, flags=re.MULTILINE)


def format_message(key: str, args: Mapping[str, Arg], language: str, style: Style) -> str:
    """One sentence of the interface with its values, escaped for the style."""
    translate = translator(language)

    def show(arg: Arg) -> str:
        if isinstance(arg, Label):
            text, quoted = translate(arg.key), False
        elif isinstance(arg, Quoted):
            text, quoted = arg.text, True
        else:
            text, quoted = arg, False
        if style == "html":
            text = str(escape(text))
        elif style == "markdown":
            text = markdown_escape(text)
        return f"“{text}”" if quoted else text

    return _template(key, language, style).format(**{name: show(arg) for name, arg in args.items()})


@functools.lru_cache(maxsize=1024)
def _template(key: str, language: str, style: Style) -> str:
    template = translator(language)(key)
    return str(escape(template)) if style == "html" else template


def _label_or_value(prefix: str, value: str) -> Arg:
    key = f"changes.{prefix}.{value}"
    return Label(key) if key in LABELS else Quoted(value)


def _value_arg(name: str, value: Value, names: Mapping[str, str] | None = None) -> Arg:
    if value is None or value == ():
        return Label("changes.none")
    if isinstance(value, tuple):
        if names is not None:
            return ", ".join(names.get(v, v) for v in value)
        return ", ".join(f"“{v}”" for v in value)
    if name == "status":
        return _label_or_value("status", value)
    if name == "role":
        return _label_or_value("role", value)
    if name == "effective":
        start, _slash, end = value.partition("/")
        return f"{start} – {end}" if end != ".." else f"{start} – …"
    return Quoted(value) if name in QUOTED_FIELDS else value


def _plain(value: Any) -> Any:
    """A value made of JSON types only."""
    if isinstance(value, Passage | Segment):
        return value.as_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class Change:
    """One change between two versions; every kind is a frozen dataclass below."""

    __slots__ = ()
    kind: ClassVar[str] = "change"
    group: ClassVar[str] = ""  # metadata | parties | commitments | text

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        """The label key of the sentence that explains the change, and its values."""
        raise NotImplementedError

    def explain(self, language: str = "en", style: Style = "text") -> str:
        key, args = self.message(language)
        return format_message(key, args, language, style)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind}
        for item in dataclasses.fields(self):  # type: ignore[arg-type]
            data[item.name] = _plain(getattr(self, item.name))
        data["message"] = self.explain()
        return data


# --- records: metadata, parties, commitments -----------------------------------------


@dataclass(frozen=True, slots=True)
class FieldChanged(Change):
    """A field of the front matter (title, status, dates, ...) has another value."""

    kind: ClassVar[str] = "field-changed"
    group: ClassVar[str] = "metadata"
    field: str
    old: Value
    new: Value
    segments: tuple[Segment, ...] = ()  # the word diff, for the title and the summary

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        args: dict[str, Arg] = {
            "field": Label(f"changes.field.{self.field}"),
            "old": _value_arg(self.field, self.old),
            "new": _value_arg(self.field, self.new),
        }
        if self.old in (None, ()):
            return "changes.field_set", args
        if self.new in (None, ()):
            return "changes.field_removed", args
        return "changes.field_changed", args


@dataclass(frozen=True, slots=True)
class PartyAdded(Change):
    kind: ClassVar[str] = "party-added"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    role: str

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.party_added", {
            "member": self.name,
            "role": _value_arg("role", self.role),
        }


@dataclass(frozen=True, slots=True)
class PartyRemoved(Change):
    kind: ClassVar[str] = "party-removed"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    role: str

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.party_removed", {
            "member": self.name,
            "role": _value_arg("role", self.role),
        }


@dataclass(frozen=True, slots=True)
class PartyRoleChanged(Change):
    kind: ClassVar[str] = "party-role-changed"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    old: str
    new: str

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.party_field", {
            "member": self.name,
            "field": Label("changes.field.role"),
            "old": _value_arg("role", self.old),
            "new": _value_arg("role", self.new),
        }


@dataclass(frozen=True, slots=True)
class PartySigningChanged(Change):
    """The date on which a party signed, or the person who signed, is another."""

    kind: ClassVar[str] = "party-signing-changed"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    field: str  # signed | signatory
    old: str | None
    new: str | None

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.party_field", {
            "member": self.name,
            "field": Label(f"changes.field.{self.field}"),
            "old": _value_arg(self.field, self.old),
            "new": _value_arg(self.field, self.new),
        }


@dataclass(frozen=True, slots=True)
class CommitmentAdded(Change):
    kind: ClassVar[str] = "commitment-added"
    group: ClassVar[str] = "commitments"
    id: str
    text: str
    by: tuple[str, ...]  # member ids bound, 'all' expanded
    article: str | None
    due: str | None
    status: str | None

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.commitment_added", {"id": self.id, "text": Quoted(self.text)}

    @property
    def members(self) -> tuple[str, ...]:
        return self.by


@dataclass(frozen=True, slots=True)
class CommitmentRemoved(Change):
    kind: ClassVar[str] = "commitment-removed"
    group: ClassVar[str] = "commitments"
    id: str
    text: str
    by: tuple[str, ...]
    article: str | None
    due: str | None
    status: str | None

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.commitment_removed", {"id": self.id, "text": Quoted(self.text)}

    @property
    def members(self) -> tuple[str, ...]:
        return self.by


@dataclass(frozen=True, slots=True)
class CommitmentChanged(Change):
    """One field of a commitment kept under the same id has another value."""

    kind: ClassVar[str] = "commitment-changed"
    group: ClassVar[str] = "commitments"
    id: str
    field: str  # text | by | article | due | status
    old: Value
    new: Value
    members: tuple[str, ...]  # bound before or after
    segments: tuple[Segment, ...] = ()  # the word diff, for the text
    names: tuple[tuple[str, str], ...] = ()  # member id -> name, for 'by'

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        names = dict(self.names) if self.field == "by" else None
        label = "commitment_status" if self.field == "status" else self.field
        return "changes.commitment_field", {
            "id": self.id,
            "field": Label(f"changes.field.{label}"),
            "old": _value_arg(self.field, self.old, names),
            "new": _value_arg(self.field, self.new, names),
        }


# --- records: the text ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the text that both versions share, or that one of them adds."""

    op: Op
    text: str  # as written, with the whitespace before each word; PARAGRAPH between paragraphs

    def as_dict(self) -> dict[str, Any]:
        return {"op": self.op, "text": self.text}


@dataclass(frozen=True, slots=True)
class Passage:
    """An article of one version, or a stretch of its text outside the articles."""

    kind: str  # article | preamble | section
    key: str  # article key ('3bis'); 'preamble'; or the section's heading, normalised
    number: str  # as written; empty outside articles
    title: str
    heading: str  # as written, without '##'; empty for the preamble
    position: int  # index among the passages of its version
    line: int  # line of the heading (of the first line for the preamble) in the file

    @property
    def anchor(self) -> str:
        if self.kind == "article":
            return "article-" + self.key
        if self.kind == "preamble":
            return "preamble"
        return "section-" + (re.sub(r"[^\w]+", "-", self.key).strip("-").lower() or "text")

    def label(self, language: str = "en") -> str:
        if self.kind == "preamble":
            return translator(language)("changes.preamble")
        return self.heading

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "key": self.key,
            "number": self.number,
            "title": self.title,
            "heading": self.heading,
            "position": self.position,
            "line": self.line,
            "anchor": self.anchor,
        }


class TextChange(Change):
    """What happened to one passage of the text."""

    __slots__ = ()
    group: ClassVar[str] = "text"

    @property
    def passage(self) -> Passage:
        raise NotImplementedError

    @property
    def is_change(self) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class ArticleUnchanged(TextChange):
    kind: ClassVar[str] = "article-unchanged"
    old: Passage
    new: Passage

    @property
    def passage(self) -> Passage:
        return self.new

    @property
    def is_change(self) -> bool:
        return False

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return "changes.article_unchanged", {"article": self.new.label(language)}


@dataclass(frozen=True, slots=True)
class ArticleMoved(TextChange):
    """The same text under another number, or at another place."""

    kind: ClassVar[str] = "article-moved"
    old: Passage
    new: Passage
    renumbered: bool
    moved: bool  # its place among the other passages changed

    @property
    def passage(self) -> Passage:
        return self.new

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        args: dict[str, Arg] = {"article": self.new.label(language), "old": self.old.number}
        if self.renumbered:
            return "changes.article_renumbered", args
        return "changes.article_moved", args


@dataclass(frozen=True, slots=True)
class ArticleChanged(TextChange):
    kind: ClassVar[str] = "article-changed"
    old: Passage
    new: Passage
    segments: tuple[Segment, ...]
    title_segments: tuple[Segment, ...]  # empty when the title is the same
    renumbered: bool
    moved: bool
    extent: str  # wording | punctuation | paragraphs | title

    @property
    def passage(self) -> Passage:
        return self.new

    @property
    def retitled(self) -> bool:
        return bool(self.title_segments)

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        args: dict[str, Arg] = {
            "article": self.new.label(language),
            "old": self.old.number,
            "extent": Label(f"changes.extent.{self.extent}"),
        }
        if self.renumbered:
            return "changes.article_renumbered_changed", args
        if self.moved:
            return "changes.article_moved_changed", args
        return "changes.article_changed", args


@dataclass(frozen=True, slots=True)
class ArticleAdded(TextChange):
    kind: ClassVar[str] = "article-added"
    new: Passage
    text: str
    source: Passage | None = None  # an old passage most of whose words this one repeats

    @property
    def passage(self) -> Passage:
        return self.new

    @property
    def segments(self) -> tuple[Segment, ...]:
        return (Segment("insert", self.text),) if self.text else ()

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        if self.source is not None:
            return "changes.article_added_from", {
                "article": self.new.label(language),
                "old": self.source.label(language),
            }
        return "changes.article_added", {"article": self.new.label(language)}


@dataclass(frozen=True, slots=True)
class ArticleRemoved(TextChange):
    kind: ClassVar[str] = "article-removed"
    old: Passage
    text: str
    target: Passage | None = None  # a new passage that repeats most of its words

    @property
    def passage(self) -> Passage:
        return self.old

    @property
    def segments(self) -> tuple[Segment, ...]:
        return (Segment("delete", self.text),) if self.text else ()

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        if self.target is not None:
            return "changes.article_removed_into", {
                "article": self.old.label(language),
                "new": self.target.label(language),
            }
        return "changes.article_removed", {"article": self.old.label(language)}


# --- the comparison ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Summary:
    """How many things changed, for the top of the changes page."""

    articles_changed: int = 0
    articles_added: int = 0
    articles_removed: int = 0
    articles_moved: int = 0  # same text, moved or renumbered
    articles_unchanged: int = 0
    other_text_changed: int = 0  # preamble and sections outside the articles
    commitments_added: int = 0
    commitments_removed: int = 0
    commitments_changed: int = 0  # commitments, not fields
    parties_added: int = 0
    parties_removed: int = 0
    parties_changed: int = 0
    details_changed: int = 0

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    def counts(self) -> list[tuple[str, int]]:
        """The counts to show (label key, number): the articles always, the rest if any."""
        shown = []
        for name, number in self.as_dict().items():
            if name == "articles_unchanged":
                continue
            if number or name.startswith("articles_"):
                shown.append((f"changes.count.{name}", number))
        return shown


@dataclass(frozen=True, slots=True)
class MemberImpact:
    """What changed for one organisation: its part, its commitments, their articles."""

    member: str
    name: str
    changes: tuple[Change, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "changes": [c.as_dict() for c in self.changes],
        }


@dataclass(frozen=True)
class Comparison:
    """Everything that changed from one version of a document to another."""

    kind: str
    document: str
    old_label: str
    new_label: str
    old_title: str
    new_title: str
    old_path: str
    new_path: str
    lang: str | None
    metadata: tuple[FieldChanged, ...]
    parties: tuple[Change, ...]
    commitments: tuple[Change, ...]
    text: tuple[TextChange, ...]  # every passage, new order, removed ones where they were
    impact: tuple[MemberImpact, ...]
    summary: Summary

    @property
    def changes(self) -> tuple[Change, ...]:
        """Every change, without the passages that stayed as they were."""
        text = tuple(c for c in self.text if c.is_change)
        return (*self.metadata, *self.parties, *self.commitments, *text)

    @property
    def text_changes(self) -> tuple[TextChange, ...]:
        return tuple(c for c in self.text if c.is_change)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": self.kind,
            "document": self.document,
            "from": {"version": self.old_label, "title": self.old_title, "path": self.old_path},
            "to": {"version": self.new_label, "title": self.new_title, "path": self.new_path},
            "lang": self.lang,
            "summary": self.summary.as_dict(),
            "metadata": [c.as_dict() for c in self.metadata],
            "parties": [c.as_dict() for c in self.parties],
            "commitments": [c.as_dict() for c in self.commitments],
            "text": [c.as_dict() for c in self.text],
            "impact": [m.as_dict() for m in self.impact],
        }


def compare(
    old: Version, new: Version, organisations: Mapping[str, Organisation] | None = None
) -> Comparison:
    """What changed from ``old`` to ``new`` (two versions of one document, usually)."""
    names = _namer(organisations or {})
    metadata = tuple(_compare_metadata(old, new))
    parties = tuple(_compare_parties(old, new, names))
    commitments = tuple(_compare_commitments(old, new, names))
    text = tuple(_compare_text(old, new))
    impact = _impact(old, new, parties, commitments, text, names)
    return Comparison(
        kind=new.kind,
        document=new.document,
        old_label=old.label,
        new_label=new.label,
        old_title=old.title,
        new_title=new.title,
        old_path=old.path,
        new_path=new.path,
        lang=new.lang or old.lang,
        metadata=metadata,
        parties=parties,
        commitments=commitments,
        text=text,
        impact=impact,
        summary=_summarise(metadata, parties, commitments, text),
    )


def _namer(organisations: Mapping[str, Organisation]) -> Callable[[str], str]:
    def name(member: str) -> str:
        organisation = organisations.get(member)
        return organisation.label if organisation is not None else member

    return name


# --- metadata, parties, commitments --------------------------------------------------


def _show(value: object) -> Value:
    """A field's value as text: dates in ISO form, periods as ISO intervals."""
    if value is None:
        return None
    if isinstance(value, Period):
        return f"{value.start.isoformat()}/{value.end.isoformat() if value.end else '..'}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    return str(value)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return _content_key(_normalise(a)) == _content_key(_normalise(b))


def _compare_metadata(old: Version, new: Version) -> Iterable[FieldChanged]:
    for name in METADATA_FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if name in ("title", "summary"):
            if _same_text(before, after):
                continue
            if before and after:
                yield FieldChanged(name, before, after, word_diff(before, after))
                continue
        elif _show(before) == _show(after):
            continue
        yield FieldChanged(name, _show(before), _show(after))


def _compare_parties(old: Version, new: Version, name: Callable[[str], str]) -> Iterable[Change]:
    before = old.party_by_member
    after = new.party_by_member
    for party in old.parties:
        if party.member not in after:
            yield PartyRemoved(party.member, name(party.member), party.role)
    for party in new.parties:
        earlier: Party | None = before.get(party.member)
        if earlier is None:
            yield PartyAdded(party.member, name(party.member), party.role)
            continue
        if earlier.role != party.role:
            yield PartyRoleChanged(party.member, name(party.member), earlier.role, party.role)
        for attribute in ("signed", "signatory"):
            was, now = _show(getattr(earlier, attribute)), _show(getattr(party, attribute))
            if was != now:
                assert not isinstance(was, tuple) and not isinstance(now, tuple)
                yield PartySigningChanged(party.member, name(party.member), attribute, was, now)


def _commitment_values(version: Version, commitment: Commitment) -> dict[str, Value]:
    return {
        "text": commitment.text,
        "by": version.committed_by(commitment),
        "article": commitment.article,
        "due": _show(commitment.due),
        "status": commitment.status,
    }


def _compare_commitments(
    old: Version, new: Version, name: Callable[[str], str]
) -> Iterable[Change]:
    before = {c.id: c for c in old.commitments}
    after = {c.id: c for c in new.commitments}
    for commitment in old.commitments:
        if commitment.id not in after:
            yield CommitmentRemoved(
                id=commitment.id,
                text=commitment.text,
                by=old.committed_by(commitment),
                article=commitment.article,
                due=_iso(commitment.due),
                status=commitment.status,
            )
    for commitment in new.commitments:
        earlier = before.get(commitment.id)
        if earlier is None:
            yield CommitmentAdded(
                id=commitment.id,
                text=commitment.text,
                by=new.committed_by(commitment),
                article=commitment.article,
                due=_iso(commitment.due),
                status=commitment.status,
            )
            continue
        was, now = _commitment_values(old, earlier), _commitment_values(new, commitment)
        bound_before, bound_after = old.committed_by(earlier), new.committed_by(commitment)
        members = tuple(dict.fromkeys((*bound_before, *bound_after)))
        for key in COMMITMENT_FIELDS:
            if key == "text":
                if _same_text(earlier.text, commitment.text):
                    continue
                yield CommitmentChanged(
                    commitment.id, key, earlier.text, commitment.text, members,
                    word_diff(earlier.text, commitment.text),
                )  # fmt: skip
            elif key == "by":
                if set(bound_before) != set(bound_after):
                    labels = tuple((m, name(m)) for m in members)
                    yield CommitmentChanged(
                        commitment.id, key, bound_before, bound_after, members, names=labels
                    )
            elif was[key] != now[key]:
                yield CommitmentChanged(commitment.id, key, was[key], now[key], members)


# --- the text: passages, normalisation, alignment ------------------------------------

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LEVEL2 = re.compile(r"^##(?:[ \t]|$)")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_SPACE_BY_PUNCTUATION = re.compile(r" (?=[^\w\s])|(?<=[^\w\s]) ")
_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])")
_WORD = re.compile(r"\w+")


def _normalise(text: str) -> str:
    """The text with line ends, runs of spaces and Unicode forms made uniform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return PARAGRAPH.join(" ".join(p.split()) for p in _PARAGRAPHS.split(text.strip()) if p.strip())


def _content_key(normalised: str) -> str:
    """Equal for two texts that differ only in whitespace (also around punctuation)."""
    return _SPACE_BY_PUNCTUATION.sub("", normalised)


class _Unit:
    """A passage with what the alignment compares of it, each computed when first needed."""

    def __init__(self, passage: Passage, text: str) -> None:
        self.passage = passage
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        self._norm: tuple[str, str] | None = None
        self._key: tuple[str, str] | None = None
        self._words: frozenset[str] | None = None
        self._word_list: list[str] | None = None
        self._pairs: frozenset[str] | None = None

    @property
    def raw(self) -> tuple[str, str]:
        return (self.passage.title, self.text)

    @property
    def norm(self) -> tuple[str, str]:
        """Title and text with whitespace normalised."""
        if self._norm is None:
            self._norm = (_normalise(self.passage.title), _normalise(self.text))
        return self._norm

    @property
    def key(self) -> tuple[str, str]:
        """Title and text, equal for two passages that differ only in whitespace."""
        if self._key is None:
            self._key = (_content_key(self.norm[0]), _content_key(self.norm[1]))
        return self._key

    def same_as(self, other: _Unit) -> bool:
        return self.raw == other.raw or self.norm == other.norm or self.key == other.key

    @property
    def word_list(self) -> list[str]:
        if self._word_list is None:
            self._word_list = _WORD.findall(self.norm[1].lower())
        return self._word_list

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(self.word_list)
        return self._words

    @property
    def pairs(self) -> frozenset[str]:
        """Word bigrams: unrelated texts in one language share words, rarely pairs."""
        if self._pairs is None:
            words = self.word_list
            self._pairs = frozenset(
                [f"{a} {b}" for a, b in itertools.pairwise(words)] if len(words) > 2 else words
            )
        return self._pairs


def _passages(version: Version) -> list[_Unit]:
    """The passages of a version's text: the preamble, the articles, the other sections."""
    body = version.body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        return [
            _Unit(Passage("article", a.key, a.number, a.title, a.heading, i, a.line), a.text)
            for i, a in enumerate(version.articles)
        ]
    lines = body.split("\n")
    articles: dict[int, Article] = {a.line - version.body_line: a for a in version.articles}
    heads: list[int] = []
    fenced = False
    for index, written in enumerate(lines):
        if _FENCE.match(written):
            fenced = not fenced
        elif index in articles or (not fenced and _LEVEL2.match(written)):
            heads.append(index)
    units: list[_Unit] = []
    preamble = "\n".join(lines[: heads[0] if heads else len(lines)])
    if preamble.strip():
        first = next(i for i, written in enumerate(lines) if written.strip())
        passage = Passage("preamble", "preamble", "", "", "", 0, version.body_line + first)
        units.append(_Unit(passage, preamble))
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        text = "\n".join(lines[start + 1 : end])
        line = version.body_line + start
        article = articles.get(start)
        if article is not None:
            a = article
            passage = Passage("article", a.key, a.number, a.title, a.heading, len(units), line)
        else:
            heading = lines[start].lstrip("#").strip().rstrip("#").strip()
            key = " ".join(unicodedata.normalize("NFC", heading).lower().split())
            passage = Passage("section", key, "", heading, heading, len(units), line)
        units.append(_Unit(passage, text))
    return units


def _similarity(a: _Unit, b: _Unit) -> float:
    """Dice coefficient of the word pairs of two passages (0 unrelated, 1 same words)."""
    total = len(a.pairs) + len(b.pairs)
    if total == 0:
        return 1.0
    return 2 * len(a.pairs & b.pairs) / total


def _could_reach(a: _Unit, b: _Unit, threshold: float) -> bool:
    """Whether the sizes alone allow the similarity to reach the threshold."""
    total = len(a.pairs) + len(b.pairs)
    return total == 0 or 2 * min(len(a.pairs), len(b.pairs)) / total >= threshold


def _match_same(
    old: list[_Unit], new: list[_Unit], pairs: dict[int, int], key: Callable[[_Unit], object]
) -> None:
    """Pair the passages that have the same key (their text and title, in some form)."""
    taken = set(pairs.values())
    same: dict[object, list[int]] = {}
    for unit in old:
        if unit.passage.position not in pairs:
            same.setdefault(key(unit), []).append(unit.passage.position)
    for unit in new:
        if unit.passage.position in taken:
            continue
        candidates = same.get(key(unit))
        if not candidates:
            continue
        chosen = next(
            (i for i in candidates if old[i].passage.key == unit.passage.key), candidates[0]
        )
        candidates.remove(chosen)
        pairs[chosen] = unit.passage.position


def _align(old: list[_Unit], new: list[_Unit]) -> dict[int, int]:
    """Pairs of positions (old -> new) of the passages that are the same one."""
    pairs: dict[int, int] = {}
    # 1. the same text and title: unchanged, or moved
    keys: list[Callable[[_Unit], object]] = [
        lambda u: u.raw,  # the same as written
        lambda u: u.norm,  # but for line breaks and runs of spaces
        lambda u: u.key,  # but for spaces around punctuation too
    ]
    for key in keys:
        _match_same(old, new, pairs, key)
    # 2. the same number (or heading), and a title or words in common: changed
    taken = set(pairs.values())
    free_old = {(u.passage.kind, u.passage.key): u for u in old if u.passage.position not in pairs}
    for b in new:
        a = free_old.get((b.passage.kind, b.passage.key))
        if a is None or b.passage.position in taken or a.passage.position in pairs:
            continue
        if (
            a.passage.kind != "article"
            or (a.norm[0] and a.norm[0] == b.norm[0])
            or (
                _could_reach(a, b, SIMILAR_SAME_NUMBER) and _similarity(a, b) >= SIMILAR_SAME_NUMBER
            )
        ):
            pairs[a.passage.position] = b.passage.position
            taken.add(b.passage.position)
    # 3. similar words under another number: changed and moved
    rest_old = [u for u in old if u.passage.position not in pairs]
    rest_new = [u for u in new if u.passage.position not in taken]
    scored: list[tuple[float, int, int]] = []
    for a, b in _candidates(rest_old, rest_new):
        if not _could_reach(a, b, SIMILAR):
            continue
        score = _similarity(a, b)
        if score >= SIMILAR:
            bonus = 0.1 if a.norm[0] and a.norm[0] == b.norm[0] else 0.0
            scored.append((score + bonus, a.passage.position, b.passage.position))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    for _score, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _candidates(old: list[_Unit], new: list[_Unit]) -> Iterable[tuple[_Unit, _Unit]]:
    """Pairs worth scoring: all of them when few, else those that share a rare word pair.

    Scoring every pair would cost the square of the passages (a text reworded and
    renumbered throughout); an index of sketches keeps it about linear.
    """
    if len(old) * len(new) <= EXHAUSTIVE:
        for b in new:
            for a in old:
                yield a, b
        return
    sampled: dict[str, bool] = {}

    def sample(unit: _Unit) -> list[str]:
        """The word pairs whose fixed hash falls in one bucket of SAMPLE: similar
        passages share about as many of them as they share pairs."""
        grams = []
        for gram in unit.pairs:
            keep = sampled.get(gram)
            if keep is None:
                keep = sampled[gram] = zlib.crc32(gram.encode()) % SAMPLE == 0
            if keep:
                grams.append(gram)
        return grams

    index: dict[str, list[int]] = {}
    for i, a in enumerate(old):
        for gram in sample(a):
            index.setdefault(gram, []).append(i)
    for j, b in enumerate(new):
        grams = sample(b)
        hits: Counter[int] = Counter()
        for gram in grams:
            posting = index.get(gram, ())
            if len(posting) <= SAMPLE_POSTING:
                hits.update(posting)
        enough = max(1, len(grams) // 5)  # similar passages share a third of their pairs
        found = {i for i, count in hits.items() if count >= enough}
        found.update(i for i in range(j - 1, j + 2) if 0 <= i < len(old))  # neighbours
        for i in sorted(found):
            yield old[i], b


def _in_place(pairs: dict[int, int]) -> set[int]:
    """Old positions of the pairs that keep their order (a longest increasing run)."""
    items = sorted(pairs.items())
    tails: list[int] = []  # index into items of the smallest tail of each length
    back: list[int] = [-1] * len(items)
    values: list[int] = []
    for k, (_i, j) in enumerate(items):
        at = bisect_left(values, j)
        if at > 0:
            back[k] = tails[at - 1]
        if at == len(values):
            values.append(j)
            tails.append(k)
        else:
            values[at] = j
            tails[at] = k
    kept: set[int] = set()
    k = tails[-1] if tails else -1
    while k >= 0:
        kept.add(items[k][0])
        k = back[k]
    return kept


def _shared(part: _Unit, whole: _Unit) -> float:
    """Share of the words of ``part`` that ``whole`` has too."""
    return len(part.words & whole.words) / len(part.words) if part.words else 0.0


def _best_holder(unit: _Unit, others: Sequence[_Unit]) -> Passage | None:
    """The passage that has most of the words of ``unit``, if one has enough of them."""
    best, best_share = None, SHARED
    for other in others:
        if len(other.words) < len(unit.words) * SHARED:
            continue
        share = _shared(unit, other)
        if share >= best_share:
            best, best_share = other.passage, share
    return best


def _near(
    units: Sequence[_Unit], anchor: int, pairs: Mapping[int, int], other: Sequence[_Unit]
) -> list[_Unit]:
    """The passages just after ``anchor`` that changed: where a split or merge went."""
    near = []
    for unit in units[max(0, anchor - 1) : anchor + 4]:
        position = unit.passage.position
        if position not in pairs or not unit.same_as(other[pairs[position]]):
            near.append(unit)
    return near


def _compare_text(old_version: Version, new_version: Version) -> list[TextChange]:
    old, new = _passages(old_version), _passages(new_version)
    pairs = _align(old, new)
    kept = _in_place(pairs)
    by_new = {j: i for i, j in pairs.items()}
    placed: list[tuple[tuple[int, int, int], TextChange]] = []
    anchor = -1  # the old position of the last passage of the new text that was matched
    for unit in new:
        b = unit.passage
        i = by_new.get(b.position)
        if i is None:
            # a split: most of its text may come from a changed passage near here
            near = _near(old, anchor, pairs, new)
            source = _best_holder(unit, near) if unit.text else None
            placed.append(((b.position, 0, 0), ArticleAdded(b, unit.text, source)))
            continue
        anchor = i
        a = old[i]
        renumbered = a.passage.kind == "article" and a.passage.key != b.key
        moved = i not in kept
        if a.same_as(unit):
            if renumbered or moved:
                change: TextChange = ArticleMoved(a.passage, b, renumbered, moved)
            else:
                change = ArticleUnchanged(a.passage, b)
        else:
            change = _changed(a, unit, renumbered, moved)
        placed.append(((b.position, 0, 0), change))
    after = -1  # the new position of the last passage of the old text that was matched
    for position, unit in enumerate(old):
        if position in pairs:
            after = max(after, pairs[position]) if position in kept else after
            continue
        # a merge: most of its text may have gone into a changed passage near here
        near = _near(new, after, by_new, old)
        target = _best_holder(unit, near) if unit.text else None
        removal = ArticleRemoved(unit.passage, unit.text, target)
        placed.append(((after, 1, position), removal))
    placed.sort(key=lambda p: p[0])
    return [change for _order, change in placed]


def _changed(a: _Unit, b: _Unit, renumbered: bool, moved: bool) -> ArticleChanged:
    same_text = a.text == b.text or a.norm[1] == b.norm[1] or a.key[1] == b.key[1]
    same_title = a.norm[0] == b.norm[0] or a.key[0] == b.key[0]
    segments = _unchanged(b.text) if same_text else word_diff(a.text, b.text)
    title_segments = () if same_title else word_diff(a.passage.title, b.passage.title)
    extent = "title" if same_text else _extent((*segments, *title_segments))
    return ArticleChanged(a.passage, b.passage, segments, title_segments, renumbered, moved, extent)


def _unchanged(text: str) -> tuple[Segment, ...]:
    return (Segment("equal", text),) if text else ()


def _extent(segments: Iterable[Segment]) -> str:
    changed = [s.text for s in segments if s.op != "equal"]
    if any(_WORD.search(text) for text in changed):
        return "wording"
    if any(not text.isspace() for text in changed):
        return "punctuation"
    return "paragraphs"


# --- the word diff -------------------------------------------------------------------


_SHOWN = re.compile(r"\s*(?:\w+|[^\w\s])")
_KEY = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Words, signs and paragraph breaks: what is compared, and what is shown."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    keys: list[str] = []
    shown: list[str] = []
    for paragraph in _PARAGRAPHS.split(text.strip()):
        words = _KEY.findall(paragraph)
        if not words:
            continue
        if keys:
            keys.append(PARAGRAPH)
            shown.append(PARAGRAPH)
        written = _SHOWN.findall(paragraph)
        written[0] = written[0].lstrip()
        keys += words
        shown += written
    return keys, shown


Opcode = tuple[str, int, int, int, int]


# the edit is sought by paragraphs, then by sentences inside the paragraphs that
# changed, then by words inside the sentences that changed: difflib is pure Python
# and costs about the product of the lengths it compares, so each level keeps the
# next one short
PARAGRAPHS, SENTENCES, WORDS = 0, 1, 2
_SENTENCE_ENDS = frozenset(".!?;:")


def _opcodes(
    a: Sequence[str],
    b: Sequence[str],
    a1: int = 0,
    a2: int | None = None,
    b1: int = 0,
    b2: int | None = None,
    level: int = PARAGRAPHS,
) -> list[Opcode]:
    """The edit of a[a1:a2] into b[b1:b2]: common ends first, then the middle only."""
    a2 = len(a) if a2 is None else a2
    b2 = len(b) if b2 is None else b2
    start = 0
    while a1 + start < a2 and b1 + start < b2 and a[a1 + start] == b[b1 + start]:
        start += 1
    end = 0
    while a2 - end > a1 + start and b2 - end > b1 + start and a[a2 - 1 - end] == b[b2 - 1 - end]:
        end += 1
    ops: list[Opcode] = []
    if start:
        ops.append(("equal", a1, a1 + start, b1, b1 + start))
    ops.extend(_middle(a, b, a1 + start, a2 - end, b1 + start, b2 - end, level))
    if end:
        ops.append(("equal", a2 - end, a2, b2 - end, b2))
    return ops


def _middle(
    a: Sequence[str], b: Sequence[str], a1: int, a2: int, b1: int, b2: int, level: int
) -> list[Opcode]:
    """The edit of a middle that differs at both ends, level by level."""
    if a1 == a2 and b1 == b2:
        return []
    if a1 == a2:
        return [("insert", a1, a2, b1, b2)]
    if b1 == b2:
        return [("delete", a1, a2, b1, b2)]
    while level < WORDS:
        spans_a, spans_b = _spans(a, a1, a2, level), _spans(b, b1, b2, level)
        if len(spans_a) > 1 or len(spans_b) > 1:
            return _by_spans(a, b, spans_a, spans_b, a2, b2, level)
        level += 1
    # difflib skips frequent words only past the budget, where it could go quadratic
    budget = (a2 - a1) * (b2 - b1) > DIFF_BUDGET
    words = SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=budget)
    return [
        (tag, i1 + a1, i2 + a1, j1 + b1, j2 + b1) for tag, i1, i2, j1, j2 in words.get_opcodes()
    ]


def _by_spans(
    a: Sequence[str],
    b: Sequence[str],
    spans_a: list[tuple[int, int]],
    spans_b: list[tuple[int, int]],
    a2: int,
    b2: int,
    level: int,
) -> list[Opcode]:
    """Whole paragraphs (or sentences) aligned, and the edit of those that differ."""
    matcher = SequenceMatcher(
        None,
        [tuple(a[s:e]) for s, e in spans_a],
        [tuple(b[s:e]) for s, e in spans_b],
        autojunk=False,
    )
    ops: list[Opcode] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        s1 = spans_a[i1][0] if i1 < len(spans_a) else a2
        e1 = spans_a[i2 - 1][1] if i2 > i1 else s1
        s2 = spans_b[j1][0] if j1 < len(spans_b) else b2
        e2 = spans_b[j2 - 1][1] if j2 > j1 else s2
        if tag == "equal":
            ops.append(("equal", s1, e1, s2, e2))
        else:
            ops.extend(_opcodes(a, b, s1, e1, s2, e2, level + 1))
    return ops


def _spans(tokens: Sequence[str], start: int, end: int, level: int) -> list[tuple[int, int]]:
    """Token ranges of the paragraphs (or sentences), each with the token that ends it."""
    ends = (PARAGRAPH,) if level == PARAGRAPHS else _SENTENCE_ENDS
    spans = []
    begin = start
    for index in range(start, end):
        if tokens[index] in ends:
            spans.append((begin, index + 1))
            begin = index + 1
    if begin < end:
        spans.append((begin, end))
    return spans


def _absorb_islands(ops: Sequence[Opcode], keys: Sequence[str]) -> list[Opcode]:
    """Ops where a word or two left equal between two longer changes join the change.

    '[-the Union, which gathers-] les [-associations-]' reads better as one replaced
    phrase than as a sequence of fragments around a shared article.
    """
    merged: list[Opcode] = []
    for op in ops:
        merged.append(op)
        while len(merged) >= 3:
            before, island, after = merged[-3:]
            if before[0] == "equal" or island[0] != "equal" or after[0] == "equal":
                break
            size = island[2] - island[1]
            around = max(before[2] - before[1], before[4] - before[3]) + max(
                after[2] - after[1], after[4] - after[3]
            )
            if size > 2 or around < 4 * size or PARAGRAPH in keys[island[1] : island[2]]:
                break
            merged[-3:] = [("replace", before[1], after[2], before[3], after[4])]
    return merged


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The words of ``new`` with those ``old`` had and it has not, and the other way round.

    Whitespace is not compared (a re-wrapped paragraph is the same), except paragraph
    breaks; punctuation signs are words of their own.
    """
    keys_a, shown_a = _tokens(old)
    keys_b, shown_b = _tokens(new)
    segments: list[Segment] = []

    def add(op: Op, parts: Sequence[str], before: str = "") -> None:
        text = before + "".join(parts)
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in _absorb_islands(_opcodes(keys_a, keys_b), keys_a):
        if tag == "equal":
            before = ""
            if (
                segments
                and shown_b[j1] == keys_b[j1]
                and (segments[-1].op == "delete" or segments[-1].text.endswith(PARAGRAPH))
            ):
                # the words before were deleted with the space that followed them, or a
                # paragraph break took the place of a space: keep it for the old text
                before = shown_a[i1][: len(shown_a[i1]) - len(keys_a[i1])]
            add("equal", shown_b[j1:j2], before)
            continue
        if tag in ("delete", "replace"):
            add("delete", shown_a[i1:i2])
        if tag in ("insert", "replace"):
            add("insert", shown_b[j1:j2])
    return tuple(segments)


# --- impact on each organisation -----------------------------------------------------


def _impact(
    old: Version,
    new: Version,
    parties: Sequence[Change],
    commitments: Sequence[Change],
    text: Sequence[TextChange],
    name: Callable[[str], str],
) -> tuple[MemberImpact, ...]:
    members = list(dict.fromkeys([p.member for p in old.parties] + [p.member for p in new.parties]))
    found: dict[str, list[Change]] = {m: [] for m in members}
    for change in parties:
        member = getattr(change, "member", None)
        if member in found:
            found[member].append(change)
    for change in commitments:
        for member in getattr(change, "members", ()):
            if member in found:
                found[member].append(change)
    # articles that carry a commitment of the member, before or after
    old_articles: dict[str, set[str]] = {}
    new_articles: dict[str, set[str]] = {}
    for version, articles in ((old, old_articles), (new, new_articles)):
        for commitment in version.commitments:
            if commitment.article is None:
                continue
            for member in version.committed_by(commitment):
                articles.setdefault(member, set()).add(commitment.article)
    for change in text:
        before: Passage | None = None
        after: Passage | None = None
        if isinstance(change, ArticleChanged):
            before, after = change.old, change.new
        elif isinstance(change, ArticleAdded):
            after = change.new
        elif isinstance(change, ArticleRemoved):
            before = change.old
        else:
            continue
        for member in members:
            if _carries(before, old_articles.get(member)) or _carries(
                after, new_articles.get(member)
            ):
                found[member].append(change)
    return tuple(
        MemberImpact(member, name(member), tuple(changes))
        for member, changes in found.items()
        if changes
    )


def _carries(passage: Passage | None, keys: set[str] | None) -> bool:
    return passage is not None and passage.kind == "article" and passage.key in (keys or ())


def _summarise(
    metadata: Sequence[FieldChanged],
    parties: Sequence[Change],
    commitments: Sequence[Change],
    text: Sequence[TextChange],
) -> Summary:
    counts: Counter[str] = Counter()
    for change in text:
        article = change.passage.kind == "article"
        if isinstance(change, ArticleUnchanged):
            counts["articles_unchanged" if article else ""] += 1
        elif not article:
            counts["other_text_changed"] += 1
        elif isinstance(change, ArticleMoved):
            counts["articles_moved"] += 1
        elif isinstance(change, ArticleChanged):
            counts["articles_changed"] += 1
        elif isinstance(change, ArticleAdded):
            counts["articles_added"] += 1
        elif isinstance(change, ArticleRemoved):
            counts["articles_removed"] += 1
    return Summary(
        articles_changed=counts["articles_changed"],
        articles_added=counts["articles_added"],
        articles_removed=counts["articles_removed"],
        articles_moved=counts["articles_moved"],
        articles_unchanged=counts["articles_unchanged"],
        other_text_changed=counts["other_text_changed"],
        commitments_added=sum(isinstance(c, CommitmentAdded) for c in commitments),
        commitments_removed=sum(isinstance(c, CommitmentRemoved) for c in commitments),
        commitments_changed=len({c.id for c in commitments if isinstance(c, CommitmentChanged)}),
        parties_added=sum(isinstance(c, PartyAdded) for c in parties),
        parties_removed=sum(isinstance(c, PartyRemoved) for c in parties),
        parties_changed=len(
            {c.member for c in parties if isinstance(c, PartyRoleChanged | PartySigningChanged)}
        ),
        details_changed=len(metadata),
    )


# --- what a change of the sources does to the whole site (pull requests) -------------


@dataclass(frozen=True)
class VersionChanges:
    """A version file added, removed or changed between two states of the sources."""

    kind: str
    document: str
    label: str
    state: str  # added | removed | changed | reformatted (edited, same content)
    path: str
    title: str
    # changed: the earlier state against this one; added: the version it supersedes against it
    comparison: Comparison | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.label,
            "state": self.state,
            "path": self.path,
            "title": self.title,
            "comparison": self.comparison.as_dict() if self.comparison else None,
        }


@dataclass(frozen=True)
class DocumentChanges:
    kind: str
    id: str
    title: str
    state: str  # added | removed | changed
    versions: tuple[VersionChanges, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.id,
            "title": self.title,
            "state": self.state,
            "versions": [v.as_dict() for v in self.versions],
        }


@dataclass(frozen=True, slots=True)
class OrganisationChange:
    """An organisation added to, removed from or changed in members.yml."""

    member: str
    name: str
    state: str  # added | removed | changed
    fields: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "state": self.state,
            "fields": list(self.fields),
        }


@dataclass(frozen=True, slots=True)
class AffectedOrganisation:
    """An organisation that a change of the sources concerns, and the versions it concerns."""

    member: str
    name: str
    versions: tuple[tuple[str, str, str], ...]  # (kind, document, version label)

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "versions": [
                {"kind": kind, "document": document, "version": label}
                for kind, document, label in self.versions
            ],
        }


@dataclass(frozen=True)
class SiteChanges:
    """Everything a change of the sources does: documents, versions, organisations."""

    base: str  # what the sources are compared with, e.g. a git revision
    documents: tuple[DocumentChanges, ...]
    organisations: tuple[OrganisationChange, ...]
    affected: tuple[AffectedOrganisation, ...]
    notes: tuple[str, ...] = ()  # what could not be compared, in plain words

    @property
    def is_empty(self) -> bool:
        return not self.documents and not self.organisations

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "base": self.base,
            "documents": [d.as_dict() for d in self.documents],
            "organisations": [o.as_dict() for o in self.organisations],
            "affected": [a.as_dict() for a in self.affected],
            "notes": list(self.notes),
        }


def compare_sites(old: Site, new: Site, base: str = "", notes: Sequence[str] = ()) -> SiteChanges:
    """What the sources of ``new`` change against those of ``old``."""
    organisations = {**old.organisations, **new.organisations}
    name = _namer(organisations)
    affected: dict[str, list[tuple[str, str, str]]] = {}

    def concern(members: Iterable[str], version: VersionChanges) -> None:
        for member in members:
            ref = (version.kind, version.document, version.label)
            refs = affected.setdefault(member, [])
            if ref not in refs:
                refs.append(ref)

    documents: list[DocumentChanges] = []
    for key in sorted(set(old.documents) | set(new.documents)):
        before, after = old.documents.get(key), new.documents.get(key)
        versions: list[VersionChanges] = []
        labels = [v.label for v in (after.versions if after else ())]
        labels += [v.label for v in (before.versions if before else ()) if v.label not in labels]
        for label in labels:
            was = before.version(label) if before else None
            now = after.version(label) if after else None
            change = _version_changes(was, now, after, organisations)
            if change is None:
                continue
            versions.append(change)
            if change.state in ("added", "removed"):
                version = now or was
                assert version is not None
                concern((p.member for p in version.parties), change)
            elif change.comparison is not None:
                concern((m.member for m in change.comparison.impact), change)
        if not versions:
            continue
        state = "changed" if before and after else ("added" if after else "removed")
        document = after or before
        assert document is not None
        documents.append(DocumentChanges(key[0], key[1], document.title, state, tuple(versions)))
    return SiteChanges(
        base=base,
        documents=tuple(documents),
        organisations=tuple(_organisation_changes(old, new)),
        affected=tuple(
            AffectedOrganisation(member, name(member), tuple(refs))
            for member, refs in sorted(affected.items(), key=lambda item: name(item[0]).lower())
        ),
        notes=tuple(notes),
    )


def _version_changes(
    was: Version | None,
    now: Version | None,
    document: Document | None,
    organisations: Mapping[str, Organisation],
) -> VersionChanges | None:
    if now is None:
        assert was is not None
        return VersionChanges(was.kind, was.document, was.label, "removed", was.path, was.title)
    if was is None:
        earlier = document.version(now.supersedes) if document and now.supersedes else None
        comparison = compare(earlier, now, organisations) if earlier is not None else None
        return VersionChanges(
            now.kind, now.document, now.label, "added", now.path, now.title, comparison
        )
    if was == now:
        return None
    comparison = compare(was, now, organisations)
    state = "reformatted" if comparison.is_empty else "changed"
    return VersionChanges(now.kind, now.document, now.label, state, now.path, now.title, comparison)


def _organisation_changes(old: Site, new: Site) -> Iterable[OrganisationChange]:
    for member, organisation in old.organisations.items():
        if member not in new.organisations:
            yield OrganisationChange(member, organisation.label, "removed")
    for member, organisation in new.organisations.items():
        earlier = old.organisations.get(member)
        if earlier is None:
            yield OrganisationChange(member, organisation.label, "added")
        elif earlier != organisation:
            fields = tuple(
                f.name
                for f in dataclasses.fields(organisation)
                if getattr(earlier, f.name) != getattr(organisation, f.name)
            )
            yield OrganisationChange(member, organisation.label, "changed", fields)
