"""The changes page of a version, as data for its templates.

``changes_view`` gives what the page shows: the links to both versions, the summary,
the details, parties and commitments that changed (each a sentence in the site's
language), then the text passage by passage, each with its redline (see ``redline``),
and what changes for each organisation: a line per change, which links to where the
page shows it in full (a commitment named by its first words: ``short_form``), what
changes for every party said once, and the organisations with the same changes named
together (a registry's charter binds dozens of parties).
The templates ``_changes.j2`` and ``_redline.j2`` (overridable, autoescaped) make the
HTML; nothing here writes markup.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import jinja2

from ..i18n import colon, translator
from .records import (
    Arg,
    ArticleAdded,
    ArticleChanged,
    ArticleRemoved,
    Change,
    CommitmentAdded,
    CommitmentChanged,
    CommitmentRemoved,
    Comparison,
    FieldChanged,
    Label,
    MemberImpact,
    Quoted,
    Segment,
    TextChange,
    format_message,
)
from .redline import Block, Element, Node, Text, flatten, inline_nodes, redline, whole
from .render_common import short_name, text_runs

TEMPLATE = "_changes.j2"


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str
    rel: str = ""


@dataclass(frozen=True, slots=True)
class Item:
    """One change said in a sentence, an item of a list; ``anchor``: where others link to
    it (a commitment)."""

    kind: ClassVar[str] = "item"
    tag: ClassVar[str] = "li"
    nodes: tuple[Node, ...]
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """The changes of the details, of the parties or of the commitments."""

    anchor: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class PassageView:
    """A passage of the text that changed: its heading, what happened, its redline."""

    kind: ClassVar[str] = "passage"
    change: str  # the kind of change: article-changed, article-added...
    anchor: str
    heading: str
    href: str
    note: str
    title: tuple[Node, ...]  # the word diff of its title, if the title changed
    body: tuple[Node, ...]  # the redline of its text, if there is one to show

    @property
    def shown_whole(self) -> bool:
        """Whether its text is only shown whole, inserted, deleted or both: blocks of plain
        paragraphs, each one mark, which needs no container around it."""
        return bool(self.body) and all(isinstance(n, Block) for n in self.body)


@dataclass(frozen=True, slots=True)
class UnchangedView:
    """Passages that stayed as they were, named in one sentence with links."""

    kind: ClassVar[str] = "unchanged"
    before: str
    links: tuple[Link, ...]
    after: str


@dataclass(frozen=True, slots=True)
class MemberLink:
    member: str
    name: str
    href: str | None


@dataclass(frozen=True, slots=True)
class ImpactGroup:
    """What changes for some organisations, said once for all of them: for every party
    (no ``members``: what a commitment ``by: all`` or its article changes), or for the
    organisations named, besides, which have the same changes."""

    anchor: str
    members: tuple[MemberLink, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class ChangesView:
    """Everything the changes page shows, its sentences in the site's language."""

    page_title: str
    lang: str | None  # the language of the document's text, if not the page's
    level: int  # of the headings of the parts (summary, details...); passages one below
    links: tuple[Link, ...]
    summary_title: str
    empty: str  # the sentence that says nothing changed, if so
    counts: tuple[tuple[str, int], ...]
    colon: str
    groups: tuple[Group, ...]
    text_title: str
    recast: str  # the sentence that says the text was recast, if so (Comparison.recast)
    title_label: str
    text: tuple[PassageView | UnchangedView, ...]
    impact_title: str
    impact: tuple[ImpactGroup, ...]
    everyone: str  # the heading of what changes for every party
    inserted: str  # what a screen reader says before inserted words (see marks_style)
    deleted: str

    @property
    def sublevel(self) -> int:
        return min(self.level + 1, 6)

    @property
    def marks_style(self) -> str:
        """The style attribute of the page's container: what screen readers say before
        each insertion and deletion, said once for the page rather than in every mark;
        pacte.css reads it before each ``ins``/``del`` (the template escapes it)."""
        return f"--pacte-inserted:{_css_string(self.inserted + ' ')};" + (
            f"--pacte-deleted:{_css_string(self.deleted + ' ')}"
        )

    @staticmethod
    def flat(nodes: Sequence[Node] | Sequence[Item]) -> Sequence[tuple[Node | Item, bool | None]]:
        """The nodes (or the items of a list, each opened, its nodes, closed) as the
        template writes them, in one loop (see ``redline.flatten``)."""
        if not nodes or not isinstance(nodes[0], Item):
            return flatten(nodes)  # type: ignore[arg-type]  # nodes: no item among them
        out: list[tuple[Node | Item, bool | None]] = []
        for item in nodes:
            assert isinstance(item, Item)
            out.append((item, False))
            out += flatten(item.nodes)
            out.append((item, True))
        return out


def changes_view(
    comparison: Comparison,
    language: str,
    *,
    version_url: str,
    previous_url: str,
    heading_level: int = 2,
    member_url: Callable[[str], str | None] | None = None,
) -> ChangesView:
    """What the changes page shows, for the templates.

    ``version_url`` and ``previous_url`` lead to the pages of the new and the earlier
    version (passage headings link to ``version_url#article-<key>``); ``member_url``
    gives the page of an organisation, if it has one.
    """
    t = translator(language)
    lang = _text_language(comparison, language)
    groups = []
    for key, anchor, changes in (
        ("changes.details", "changes-details", comparison.metadata),
        ("changes.parties", "changes-parties", comparison.parties),
        ("changes.commitments", "changes-commitments", comparison.commitments),
    ):
        if changes:
            groups.append(Group(anchor, t(key), _items(changes, language, lang)))
    text: list[PassageView | UnchangedView] = []
    recast = comparison.recast
    if comparison.text_changes:
        for run in text_runs(comparison):
            if isinstance(run, list):
                text.append(_unchanged(run, language, version_url))
            else:
                passage = _passage(run, language, version_url, previous_url, recast=recast)
                text.append(passage)
    impact = _impact_groups(comparison, language, member_url)
    return ChangesView(
        page_title=t("changes.page_title").format(title=comparison.new_title),
        lang=lang,
        level=heading_level,
        links=(
            Link(
                previous_url, _sentence("changes.previous_version", comparison.old_label, t), "prev"
            ),
            Link(version_url, _sentence("changes.this_version", comparison.new_label, t), "next"),
        ),
        summary_title=t("changes.summary"),
        empty=t("changes.no_change") if comparison.is_empty else "",
        counts=tuple((t(key), number) for key, number in comparison.summary.counts()),
        colon=colon(language),
        groups=tuple(groups),
        text_title=t("changes.text"),
        recast=t("changes.recast").format(old=comparison.old_label) if recast else "",
        title_label=t("changes.title_label"),
        text=tuple(text),
        impact_title=t("changes.impact"),
        impact=impact,
        everyone=t("changes.impact_everyone").format(count=len(comparison.everyone)),
        inserted=t("changes.inserted"),
        deleted=t("changes.deleted"),
    )


def _text_language(comparison: Comparison, language: str) -> str | None:
    """The language of the document's text, where it is not the page's (which says it)."""
    lang = comparison.lang
    return None if lang is None or lang.lower() == language.lower() else lang


def _sentence(key: str, label: str, t: Callable[[str], str]) -> str:
    return t(key).format(label=label)


# --- what changes for each organisation --------------------------------------------------


def _impact_groups(
    comparison: Comparison, language: str, member_url: Callable[[str], str | None] | None
) -> tuple[ImpactGroup, ...]:
    """What changes for each organisation, each thing said once: first what changes for
    every party (every member a commitment ``by: all`` binds, if two or more), then, for
    the organisations that have the same other changes, together, those changes."""
    lang = _text_language(comparison, language)
    changes = {m.member: m.changes for m in comparison.impact}
    everyone = [m for m in comparison.everyone if m in changes]
    common: tuple[Change, ...] = ()
    if len(comparison.everyone) >= 2 and len(everyone) == len(comparison.everyone):
        shared = set.intersection(*({id(c) for c in changes[m]} for m in everyone))
        common = tuple(c for c in changes[everyone[0]] if id(c) in shared)
    said = {id(c) for c in common}
    groups: dict[tuple[int, ...], list[MemberImpact]] = {}
    for member in comparison.impact:
        own = member.changes
        if member.member in comparison.everyone:
            own = tuple(c for c in own if id(c) not in said)
        if own:
            groups.setdefault(tuple(id(c) for c in own), []).append(member)
    out = []
    made: dict[tuple[int, ...], Item] = {}  # a line said for several groups is made once
    if common:
        items = _impact_items(common, language, lang, made)
        out.append(ImpactGroup("impact-everyone", (), items))
    for members in groups.values():
        links = tuple(
            MemberLink(m.member, m.name, member_url(m.member) if member_url else None)
            for m in members
        )
        own = members[0].changes
        if members[0].member in comparison.everyone:
            own = tuple(c for c in own if id(c) not in said)
        items = _impact_items(own, language, lang, made)
        out.append(ImpactGroup("member-" + members[0].member, links, items))
    return tuple(out)


def _impact_items(
    changes: Sequence[Change],
    language: str,
    lang: str | None,
    made: dict[tuple[int, ...], Item],
) -> tuple[Item, ...]:
    """Each change in a line that links to where the page shows it in full: a commitment
    named by its first words with what changed in it (its new wording, the parties it
    binds: above; its id, a tooltip there), an article by its number with what happened
    to it (its redline: above)."""
    items: list[Item] = []
    index = 0
    while index < len(changes):
        run = _run(changes, index)
        index += len(run)
        key = tuple(id(c) for c in run)
        item = made.get(key)
        if item is None:
            item = made[key] = Item(tuple(_impact_line(run, language, lang)))
        items.append(item)
    return tuple(items)


def _impact_line(run: Sequence[Change], language: str, lang: str | None) -> list[Node]:
    change = run[0]
    if isinstance(change, CommitmentChanged):
        return _commitment_line(run, language, lang)
    if isinstance(change, CommitmentAdded | CommitmentRemoved):
        key, args = change.message(language)
        args["text"] = Quoted(short_form(change.text))  # its id: on its item, above
        link = {"text": "#" + _commitment_anchor(change.id)}
        return message_nodes(key, args, language, lang, link)
    if isinstance(change, TextChange):
        key, args = change.message(language)
        args["article"] = short_name(change, language)  # "art. 3", as unchanged ones are
        link = {"article": "#" + _passage_anchor(change)}
        return message_nodes(key, args, language, lang, link)
    return explain_nodes(change, language, lang)


def _commitment_line(run: Sequence[Change], language: str, lang: str | None) -> list[Node]:
    """A commitment that changed, in one line: its first words (a link to its changes
    above), then each field: the short ones as in the commitments above, the others
    named."""
    t = translator(language)
    first = run[0]
    assert isinstance(first, CommitmentChanged)
    fields: list[Node] = []
    for number, change in enumerate(run):
        assert isinstance(change, CommitmentChanged)
        if number:
            fields.append(Text(t("changes.impact_separator")))
        if change.field in ("text", "by"):
            fields.append(Text(t(f"changes.impact_{change.field}_changed")))
        else:
            key, args = change.field_message(language)
            fields += message_nodes(key, args, language, lang)
    name = Quoted(short_form(first.text) if first.text else first.id)
    link = {"text": "#" + _commitment_anchor(first.id)}
    named: dict[str, Arg] = {"text": name}
    return message_nodes(
        "changes.impact_commitment", named, language, lang, link, {"fields": fields}
    )


def _commitment_anchor(commitment: str) -> str:
    return "commitment-" + commitment


def _passage_anchor(change: TextChange) -> str:
    """The id of a passage's part of the page (a removed one's is apart: the new text may
    have a passage of the same name)."""
    removed = isinstance(change, ArticleRemoved)
    return ("removed-" if removed else "") + change.passage.anchor


def _run(changes: Sequence[Change], index: int) -> Sequence[Change]:
    """The change at ``index``, with the changes of the same commitment after it."""
    change = changes[index]
    end = index + 1
    if isinstance(change, CommitmentChanged):
        while (
            end < len(changes)
            and isinstance(changes[end], CommitmentChanged)
            and getattr(changes[end], "id", None) == change.id
        ):
            end += 1
    return changes[index:end]


# --- sentences ---------------------------------------------------------------------------


def message_nodes(
    key: str,
    args: Mapping[str, Arg],
    language: str,
    lang: str | None = None,
    links: Mapping[str, str] | None = None,
    given: Mapping[str, Sequence[Node]] | None = None,
) -> list[Node]:
    """A sentence of the interface with its values: values from the sources between the
    language's quotation marks, in the document's language, with their id as a tooltip;
    ``links``: for some values, where they link to; ``given``: values made already."""
    t = translator(language)
    out: list[Node] = []
    text = ""  # the words since the last element, one text (what tidy would make of them)

    def add(node: Node) -> None:
        nonlocal text
        if isinstance(node, Text):
            text += node.text
            return
        if text:
            out.append(Text(text))
            text = ""
        out.append(node)

    for literal, name in _pieces(key, language):
        text += literal
        if name is None:
            continue
        if given and name in given:
            for node in given[name]:
                add(node)
            continue
        arg = args[name]
        href = links.get(name) if links else None
        if isinstance(arg, Label):
            text += t(arg.key)
        elif isinstance(arg, Quoted):
            opening, closing = _quotes(language)
            text += opening
            add(_value(arg.text, lang, arg.title, href))
            text += closing
        elif href:
            add(Element("a", (("href", href),), [Text(arg)]))
        else:
            text += arg
    if text:
        out.append(Text(text))
    return out


@functools.lru_cache(maxsize=1024)
def _pieces(key: str, language: str) -> tuple[tuple[str, str | None], ...]:
    """A label cut into its text and the names of its values, in order."""
    parsed = string.Formatter().parse(translator(language)(key))
    return tuple((literal, name) for literal, name, _spec, _conversion in parsed)


@functools.lru_cache(maxsize=32)
def _quotes(language: str) -> tuple[str, str]:
    """The quotation marks of the language, opening and closing."""
    opening, _text, closing = translator(language)("changes.quote").partition("{text}")
    return opening, closing


def _value(text: str, lang: str | None, title: str | None = None, href: str | None = None) -> Node:
    attrs: tuple[tuple[str, str], ...] = (("href", href),) if href else ()
    attrs += (("title", title),) if title else ()
    attrs += (("lang", lang),) if lang else ()
    if href:
        return Element("a", attrs, [Text(text)])
    return Element("span", attrs, [Text(text)]) if attrs else Text(text)


def explain_nodes(change: Change, language: str, lang: str | None = None) -> list[Node]:
    """A change said in one sentence; a text that changed, word by word."""
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        lead: Node
        if isinstance(change, CommitmentChanged):
            lead = Element(
                "span",
                (("title", change.id),),
                [Text(translator(language)("changes.commitment_text"))],
            )
        else:
            field = translator(language)(f"changes.field.{change.field}")
            lead = Text(translator(language)("changes.field_text").format(field=field))
        return [lead, Text(colon(language)), *_diff_nodes(change.segments, lang)]
    key, args = change.message(language)
    return message_nodes(key, args, language, lang)


def _items(changes: Sequence[Change], language: str, lang: str | None) -> tuple[Item, ...]:
    """A sentence per change; the changes of one commitment under its name, once."""
    items: list[Item] = []
    index = 0
    while index < len(changes):
        change = changes[index]
        run = _run(changes, index)
        index += len(run)
        identifier = getattr(change, "id", None) if change.group == "commitments" else None
        anchor = _commitment_anchor(identifier) if identifier else ""
        if len(run) > 1:
            items.append(Item(tuple(_commitment_nodes(run, language, lang)), anchor))
        else:
            items.append(Item(tuple(explain_nodes(change, language, lang)), anchor))
    return tuple(items)


def _commitment_nodes(run: Sequence[Change], language: str, lang: str | None) -> list[Node]:
    """A commitment with several fields changed: its name, then a line per field. Its
    name is its first words when its new text is shown whole just below, in the word
    diff of its text; its whole text otherwise (nothing else on the page shows it)."""
    t = translator(language)
    first = run[0]
    assert isinstance(first, CommitmentChanged)
    reworded = any(isinstance(c, CommitmentChanged) and c.segments for c in run)
    text = short_form(first.text) if reworded else first.text
    name = Quoted(text or first.id, first.id)
    nodes = message_nodes("changes.commitment_changed", {"text": name}, language, lang)
    fields: list[Node] = []
    for change in run:
        assert isinstance(change, CommitmentChanged)
        if change.segments:
            line: list[Node] = [
                Text(t("changes.field.text") + colon(language)),
                *_diff_nodes(change.segments, lang),
            ]
        else:
            key, args = change.field_message(language)
            line = message_nodes(key, args, language, lang)
        fields.append(Element("li", (), line))
    nodes.append(Element("ul", (), fields))
    return nodes


def _diff_nodes(segments: Sequence[Segment], lang: str | None) -> list[Node]:
    """A word diff in a line, in the document's language if it is not the page's."""
    nodes = inline_nodes(segments)
    return [Element("span", (("lang", lang),), nodes)] if lang else nodes


SHORT_FORM = 32  # characters, at most, of the words a commitment is named by in a line
_SHORT_SLACK = 8  # a text at most this much longer is named whole: no word or two cut off
_SPACE = re.compile(r"[ \t\r\n]+")  # between words (a no-break space binds two)
_TRAILING = re.compile(r"[\s,;:.!?…\-–—(«“„\"']+$")


def short_form(text: str, limit: int = SHORT_FORM) -> str:
    """A commitment's first words, followed by an ellipsis, as a line that links to its
    whole text names it: at most ``limit`` characters, never cut inside a word (a first
    word longer than that is kept whole), without the punctuation where the cut falls.
    A text not much longer than ``limit`` is kept whole."""
    words = _SPACE.sub(" ", text).strip()
    if len(words) <= limit + _SHORT_SLACK:
        return text
    cut = words.rfind(" ", 0, limit + 1)
    if cut < 0:  # a first word longer than the limit: whole
        cut = words.find(" ")
        if cut < 0:
            return text
    head = _TRAILING.sub("", words[:cut])
    return (head or words[:cut]) + "…"


def _css_string(text: str) -> str:
    """TEXT as a CSS string: quoted, its backslashes, quotes and line breaks escaped (the
    template escapes the attribute around it)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ")
    return f'"{escaped}"'


# --- the text ----------------------------------------------------------------------------


def _unchanged(run: Sequence[TextChange], language: str, version_url: str) -> UnchangedView:
    before, _mark, after = translator(language)("changes.unchanged").partition("{passages}")
    links = tuple(Link(f"{version_url}#{c.passage.anchor}", short_name(c, language)) for c in run)
    return UnchangedView(before, links, after)


def _note(change: TextChange, language: str) -> str:
    """What happened to a passage, under its heading: the explanation without its name."""
    key, args = change.message(language)
    args["article"] = "\x00"
    text = format_message(key, args, language, "text")
    text = re.sub(r"^\x00[\s\u00a0]*:\s*", "", text).replace("\x00", "")
    return text[:1].upper() + text[1:]


def _passage(
    change: TextChange, language: str, version_url: str, previous_url: str, *, recast: bool
) -> PassageView:
    """A passage's heading, note and redline; of a recast text, its heading and note: its
    text is on its version's page (the heading links there)."""
    passage = change.passage
    removed = isinstance(change, ArticleRemoved)
    anchor = _passage_anchor(change)
    title: tuple[Node, ...] = ()
    body: tuple[Node, ...] = ()
    if not recast:
        change, title, body = _shown(change)
    return PassageView(
        change=change.kind,
        anchor=anchor,
        heading=passage.label(language),
        href=f"{previous_url if removed else version_url}#{passage.anchor}",
        note=_note(change, language),
        title=title,
        body=body,
    )


def _shown(change: TextChange) -> tuple[TextChange, tuple[Node, ...], tuple[Node, ...]]:
    """The redline of a passage's title and of its text; the change, said more exactly
    when its words read the same."""
    title: tuple[Node, ...] = ()
    body: tuple[Node, ...] = ()
    if isinstance(change, ArticleChanged):
        if change.retitled:
            title = tuple(inline_nodes(change.title_segments))
        if change.extent == "rewritten":
            old = change.old_text or _side(change.segments, "insert")
            new = change.new_text or _side(change.segments, "delete")
            body = (*whole(old, "delete"), *whole(new, "insert"))
        elif change.extent != "title":
            old = change.old_text or _side(change.segments, "insert")
            new = change.new_text or _side(change.segments, "delete")
            lines = redline(old, new)
            if lines.marked:
                body = lines.nodes
            elif change.extent != "paragraphs":
                # the words read the same: only the title, or the Markdown around them, changed
                extent = "title" if change.retitled else "formatting"
                change = dataclasses.replace(change, extent=extent)
    elif isinstance(change, ArticleAdded):
        body = whole(change.text, "insert")
    elif isinstance(change, ArticleRemoved):
        body = whole(change.text, "delete")
    return change, title, body


def _side(segments: Sequence[Segment], leave_out: str) -> str:
    return "".join(s.text for s in segments if s.op != leave_out)


# --- the HTML, for callers without a site's templates ------------------------------------


_environment: jinja2.Environment | None = None


def environment() -> jinja2.Environment:
    """The package's templates, as pages.make_environment sets them (autoescaped)."""
    global _environment
    if _environment is None:
        _environment = jinja2.Environment(
            loader=jinja2.PackageLoader("pacte", "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            undefined=jinja2.StrictUndefined,
        )
    return _environment


def changes_html(
    comparison: Comparison,
    language: str,
    *,
    version_url: str,
    previous_url: str,
    heading_level: int = 2,
    member_url: Callable[[str], str | None] | None = None,
    env: jinja2.Environment | None = None,
) -> str:
    """The body of a version's changes page (``_changes.j2``), as HTML."""
    view = changes_view(
        comparison,
        language,
        version_url=version_url,
        previous_url=previous_url,
        heading_level=heading_level,
        member_url=member_url,
    )
    return (env or environment()).get_template(TEMPLATE).render(changes=view)
