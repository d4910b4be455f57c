"""The typed records of a comparison: each change, the passages of the text, Comparison.

Each change is one frozen record of its own kind (as griffe models API breakages):
it can ``explain()`` itself in a language and a style (text, markdown, html) and
give ``as_dict()`` for JSON, so the changes page, the terminal and the JSON output
render one list of records three ways (see render_text, render_markdown, render_json
and page).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from markupsafe import escape

from ..i18n import LABELS, format_date, translator

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


# --- explaining records --------------------------------------------------------------

# the facts of one version, not of its text: comparing them between two versions says
# nothing (2020-2022 is "superseded", 2023-2025 "in force"); edits of the same version
# across revisions of the sources change them, and list them
VERSION_FACTS = ("status", "supersedes", "adopted", "signed_copy")
PARTY_FACTS = ("signed", "signatory", "withdrawn")
# the parts of `acceptance` (articles open to choice), compared as fields of the version
ACCEPTANCE_FIELDS = ("articles", "minimum", "core", "core_minimum")
COMMITMENT_FACTS = ("status",)  # how far a commitment got, in each version
DATE_FIELDS = ("adopted", "due", "signed", "withdrawn")


@dataclass(frozen=True, slots=True)
class Quoted:
    """A value as written in the sources, shown between quotation marks.

    ``title``: what editors know it by (a commitment's id), a tooltip on the page.
    """

    text: str
    title: str | None = None


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


def quote(text: str, language: str) -> str:
    """Text between the quotation marks of the language: « … » in French, „…“ in German."""
    return translator(language)("changes.quote").format(text=text)


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
        return quote(text, language) if quoted else text

    return _template(key, language, style).format(**{name: show(arg) for name, arg in args.items()})


@functools.lru_cache(maxsize=1024)
def _template(key: str, language: str, style: Style) -> str:
    template = translator(language)(key)
    return str(escape(template)) if style == "html" else template


def _label_or_value(prefix: str, value: str) -> Arg:
    key = f"changes.{prefix}.{value}"
    return Label(key) if key in LABELS else Quoted(value)


def show_date(value: str, language: str) -> str:
    """An ISO date as the version pages write it: 13 mars 2023, 13. März 2023."""
    try:
        return format_date(dt.date.fromisoformat(value), language)
    except ValueError:
        return value


def show_period(value: str, language: str) -> str:
    """An ISO interval (start/end, start/..) as the version pages write it."""
    t = translator(language)
    start, _slash, end = value.partition("/")
    if end in ("", ".."):
        return f"{t('since')} {show_date(start, language)}"
    return (
        f"{t('from-date')} {show_date(start, language)} "
        f"{t('until-date')} {show_date(end, language)}"
    )


def _value_arg(
    name: str, value: Value, language: str, names: Mapping[str, str] | None = None
) -> Arg:
    if value is None or value == ():
        return Label("changes.none")
    if isinstance(value, tuple):
        if names is not None:
            return ", ".join(names.get(v, v) for v in value)
        return ", ".join(quote(v, language) for v in value)
    if name == "status":
        return _label_or_value("status", value)
    if name == "role":
        return _label_or_value("role", value)
    if name in DATE_FIELDS:
        return show_date(value, language)
    if name == "effective":
        return show_period(value, language)
    return Quoted(value) if name in QUOTED_FIELDS else value


def _set_or_removed(key: str, old: Value, new: Value) -> str:
    """``key`` (…_changed), or its variant for a value given where there was none
    (…_set), or taken away (…_removed)."""
    if old in (None, ()):
        return key.replace("_changed", "_set")
    if new in (None, ()):
        return key.replace("_changed", "_removed")
    return key


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
            if item.metadata.get("json", True):
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
            "old": _value_arg(self.field, self.old, language),
            "new": _value_arg(self.field, self.new, language),
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
            "role": _value_arg("role", self.role, language),
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
            "role": _value_arg("role", self.role, language),
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
        return "changes.party_field_changed", {
            "member": self.name,
            "field": Label("changes.field.role"),
            "old": _value_arg("role", self.old, language),
            "new": _value_arg("role", self.new, language),
        }


@dataclass(frozen=True, slots=True)
class PartySigningChanged(Change):
    """The date on which a party signed, or the person who signed, is another."""

    kind: ClassVar[str] = "party-signing-changed"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    field: str  # signed | signatory | withdrawn
    old: str | None
    new: str | None

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        return _set_or_removed("changes.party_field_changed", self.old, self.new), {
            "member": self.name,
            "field": Label(f"changes.field.{self.field}"),
            "old": _value_arg(self.field, self.old, language),
            "new": _value_arg(self.field, self.new, language),
        }


@dataclass(frozen=True, slots=True)
class PartyAcceptsChanged(Change):
    """A party accepts other articles open to choice (DESIGN, "Acceptance").

    ``old`` and ``new`` are the keys of the articles it accepts (None: it did not say);
    ``numbers`` shows each key as the text writes its article's number.
    """

    kind: ClassVar[str] = "party-accepts-changed"
    group: ClassVar[str] = "parties"
    member: str
    name: str
    old: tuple[str, ...] | None
    new: tuple[str, ...] | None
    numbers: tuple[tuple[str, str], ...] = ()  # article key -> number as written

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(k for k in self.new or () if k not in (self.old or ()))

    @property
    def dropped(self) -> tuple[str, ...]:
        return tuple(k for k in self.old or () if k not in (self.new or ()))

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        numbers = dict(self.numbers)
        added, dropped = self.added, self.dropped
        args: dict[str, Arg] = {
            "member": self.name,
            "joined": ", ".join(numbers.get(k, k) for k in added),
            "left": ", ".join(numbers.get(k, k) for k in dropped),
        }
        which = "changed" if added and dropped else "joined" if added else "left"
        return f"changes.party_accepts_{which}", args


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
        return "changes.commitment_added", {"text": Quoted(self.text, self.id)}

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
        return "changes.commitment_removed", {"text": Quoted(self.text, self.id)}

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
    text: str = ""  # the commitment's text (in the new version), which names it for readers

    def message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        key, args = self.field_message(language)
        args["text"] = Quoted(self.text or self.id, self.id)
        return key.replace("changes.", "changes.commitment_", 1), args

    def field_message(self, language: str = "en") -> tuple[str, dict[str, Arg]]:
        """The change of the field alone, without the commitment's name."""
        label = "commitment_status" if self.field == "status" else self.field
        args: dict[str, Arg] = {"field": Label(f"changes.field.{label}")}
        if self.field == "by" and isinstance(self.old, tuple) and isinstance(self.new, tuple):
            names = dict(self.names)
            joined = [m for m in self.new if m not in self.old]
            left = [m for m in self.old if m not in self.new]
            args["joined"] = ", ".join(names.get(m, m) for m in joined)
            args["left"] = ", ".join(names.get(m, m) for m in left)
            return "changes.by_" + (
                "changed" if joined and left else "joined" if joined else "left"
            ), args
        args["old"] = _value_arg(self.field, self.old, language)
        args["new"] = _value_arg(self.field, self.new, language)
        return _set_or_removed("changes.field_changed", self.old, self.new), args


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
    extent: str  # wording | punctuation | paragraphs | title | rewritten
    # the Markdown of the passage in each version, for the changes page (the segments
    # carry the words; the JSON output has the segments only)
    old_text: str = dataclasses.field(default="", metadata={"json": False})
    new_text: str = dataclasses.field(default="", metadata={"json": False})

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


# a text of fewer passages rewritten whole is still shown, struck out and inserted
RECAST_MIN_PASSAGES = 3


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
    # the members that a commitment `by: all` binds in one version or the other (every
    # party but observers): what changes for each of them, the page says once
    everyone: tuple[str, ...] = ()

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

    @property
    def recast(self) -> bool:
        """Whether the text was rewritten as a whole (a recast, a *refonte*): the new
        version has at least RECAST_MIN_PASSAGES passages, and nothing of the earlier text
        is kept or changed in part (every passage added, removed or rewritten, none
        repeating an old one). Its redline would be both texts in full: the changes page
        names the passages and leaves each text to its version's page."""
        passages = self.text
        new = sum(not isinstance(c, ArticleRemoved) for c in passages)
        return new >= RECAST_MIN_PASSAGES and all(
            (isinstance(c, ArticleAdded) and c.source is None)
            or (isinstance(c, ArticleRemoved) and c.target is None)
            or (isinstance(c, ArticleChanged) and c.extent == "rewritten")
            for c in passages
        )

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
            {
                c.member
                for c in parties
                if isinstance(c, PartyRoleChanged | PartySigningChanged | PartyAcceptsChanged)
            }
        ),
        details_changed=len(metadata),
    )
