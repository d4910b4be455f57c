"""The changes page of a version, as data for its templates.

``changes_view`` gives what the page shows: the links to both versions, the summary,
the details, parties and commitments that changed (each a sentence in the site's
language), then the text passage by passage, each with its redline (see ``redline``),
and what changes for each organisation. The templates ``_changes.j2`` and
``_redline.j2`` (overridable, autoescaped) make the HTML; nothing here writes markup.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import jinja2

from ..i18n import translator
from .records import (
    Arg,
    ArticleAdded,
    ArticleChanged,
    ArticleRemoved,
    Change,
    CommitmentChanged,
    Comparison,
    FieldChanged,
    Label,
    Quoted,
    Segment,
    TextChange,
    format_message,
)
from .redline import Element, Node, Text, inline_nodes, redline, tidy
from .render_common import colon, short_name, text_runs

TEMPLATE = "_changes.j2"


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    text: str
    rel: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """The changes of the details, of the parties or of the commitments."""

    anchor: str
    title: str
    items: tuple[tuple[Node, ...], ...]


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


@dataclass(frozen=True, slots=True)
class UnchangedView:
    """Passages that stayed as they were, named in one sentence with links."""

    kind: ClassVar[str] = "unchanged"
    before: str
    links: tuple[Link, ...]
    after: str


@dataclass(frozen=True, slots=True)
class MemberView:
    member: str
    name: str
    href: str | None
    items: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True, slots=True)
class ChangesView:
    """Everything the changes page shows, its sentences in the site's language."""

    page_title: str
    lang: str | None  # the language of the document's text
    level: int  # of the headings of the parts (summary, details...); passages one below
    links: tuple[Link, ...]
    summary_title: str
    empty: str  # the sentence that says nothing changed, if so
    counts: tuple[tuple[str, int], ...]
    colon: str
    groups: tuple[Group, ...]
    text_title: str
    title_label: str
    text: tuple[PassageView | UnchangedView, ...]
    impact_title: str
    impact: tuple[MemberView, ...]
    inserted: str  # what a screen reader says before inserted words
    deleted: str

    @property
    def sublevel(self) -> int:
        return min(self.level + 1, 6)


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
    lang = comparison.lang
    groups = []
    for key, anchor, changes in (
        ("changes.details", "changes-details", comparison.metadata),
        ("changes.parties", "changes-parties", comparison.parties),
        ("changes.commitments", "changes-commitments", comparison.commitments),
    ):
        if changes:
            groups.append(Group(anchor, t(key), _items(changes, language, lang)))
    text: list[PassageView | UnchangedView] = []
    if comparison.text_changes:
        for run in text_runs(comparison):
            if isinstance(run, list):
                text.append(_unchanged(run, language, version_url))
            else:
                text.append(_passage(run, language, version_url, previous_url))
    impact = tuple(
        MemberView(
            member.member,
            member.name,
            member_url(member.member) if member_url else None,
            _items(member.changes, language, lang),
        )
        for member in comparison.impact
    )
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
        title_label=t("changes.title_label"),
        text=tuple(text),
        impact_title=t("changes.impact"),
        impact=impact,
        inserted=t("changes.inserted"),
        deleted=t("changes.deleted"),
    )


def _sentence(key: str, label: str, t: Callable[[str], str]) -> str:
    return t(key).format(label=label)


# --- sentences ---------------------------------------------------------------------------


def message_nodes(
    key: str, args: Mapping[str, Arg], language: str, lang: str | None = None
) -> list[Node]:
    """A sentence of the interface with its values: values from the sources between the
    language's quotation marks, in the document's language, with their id as a tooltip."""
    t = translator(language)
    out: list[Node] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(t(key)):
        if literal:
            out.append(Text(literal))
        if name is None:
            continue
        arg = args[name]
        if isinstance(arg, Label):
            out.append(Text(t(arg.key)))
        elif isinstance(arg, Quoted):
            opening, _text, closing = t("changes.quote").partition("{text}")
            out += [Text(opening), _value(arg.text, lang, arg.title), Text(closing)]
        else:
            out.append(Text(arg))
    return tidy(out)


def _value(text: str, lang: str | None, title: str | None = None) -> Node:
    attrs: tuple[tuple[str, str], ...] = (("title", title),) if title else ()
    attrs += (("lang", lang),) if lang else ()
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
        attrs = (("class", "pacte-diff-text"),) + ((("lang", lang),) if lang else ())
        diff = Element("span", attrs, inline_nodes(change.segments))
        return [lead, Text(colon(language)), diff]
    key, args = change.message(language)
    return message_nodes(key, args, language, lang)


def _items(
    changes: Sequence[Change], language: str, lang: str | None
) -> tuple[tuple[Node, ...], ...]:
    """A sentence per change; the changes of one commitment under its name, once."""
    items: list[tuple[Node, ...]] = []
    index = 0
    while index < len(changes):
        change = changes[index]
        run = [change]
        if isinstance(change, CommitmentChanged):
            for later in changes[index + 1 :]:
                if not isinstance(later, CommitmentChanged) or later.id != change.id:
                    break
                run.append(later)
        if len(run) > 1:
            items.append(tuple(_commitment_nodes(run, language, lang)))
        else:
            items.append(tuple(explain_nodes(change, language, lang)))
        index += len(run)
    return tuple(items)


def _commitment_nodes(run: Sequence[Change], language: str, lang: str | None) -> list[Node]:
    t = translator(language)
    first = run[0]
    assert isinstance(first, CommitmentChanged)
    name = Quoted(first.text or first.id, first.id)
    nodes = message_nodes("changes.commitment_changed", {"text": name}, language, lang)
    fields: list[Node] = []
    for change in run:
        assert isinstance(change, CommitmentChanged)
        if change.segments:
            attrs = (("class", "pacte-diff-text"),) + ((("lang", lang),) if lang else ())
            line: list[Node] = [
                Text(t("changes.field.text") + colon(language)),
                Element("span", attrs, inline_nodes(change.segments)),
            ]
        else:
            key, args = change.field_message(language)
            line = message_nodes(key, args, language, lang)
        fields.append(Element("li", (), line))
    nodes.append(Element("ul", (("class", "pacte-changes-fields"),), fields))
    return nodes


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


def _passage(change: TextChange, language: str, version_url: str, previous_url: str) -> PassageView:
    passage = change.passage
    removed = isinstance(change, ArticleRemoved)
    title: tuple[Node, ...] = ()
    body: tuple[Node, ...] = ()
    if isinstance(change, ArticleChanged):
        if change.retitled:
            title = tuple(inline_nodes(change.title_segments))
        if change.extent != "title":
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
        body = redline("", change.text).nodes
    elif isinstance(change, ArticleRemoved):
        body = redline(change.text, "").nodes
    return PassageView(
        change=change.kind,
        anchor=("removed-" if removed else "") + passage.anchor,
        heading=passage.label(language),
        href=f"{previous_url if removed else version_url}#{passage.anchor}",
        note=_note(change, language),
        title=title,
        body=body,
    )


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
