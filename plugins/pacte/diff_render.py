"""The records of diff rendered for readers: text, Markdown, JSON and the changes page.

Every renderer reads the same records (diff.Comparison, diff.SiteChanges). Insertions
and deletions stay readable without colour: ``[-deleted-]{+inserted+}`` in the
terminal, ``<del>``/``<ins>`` (struck through, underlined) in Markdown and HTML, with a
visually hidden word for screen readers on the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from markupsafe import escape

from .diff import (
    PARAGRAPH,
    ArticleAdded,
    ArticleChanged,
    ArticleMoved,
    ArticleRemoved,
    ArticleUnchanged,
    Change,
    CommitmentChanged,
    Comparison,
    DocumentChanges,
    FieldChanged,
    Label,
    Segment,
    SiteChanges,
    Style,
    TextChange,
    VersionChanges,
    format_message,
    markdown_escape,
)
from .i18n import translator

Format = Literal["text", "markdown", "json"]
Piece = tuple[str, str]  # (op, text) inside one paragraph
COMMENT_LIMIT = 60_000  # characters; GitHub refuses pull-request comments over 65,536
INSERTED, DELETED, BREAK = "pacte-ins", "pacte-del", "¶"


# --- paragraphs of a word diff -------------------------------------------------------


def _colon(language: str) -> str:
    """': ' as the language writes it (French puts a space before)."""
    return translator(language)("changes.colon")


def paragraphs(segments: Iterable[Segment]) -> list[list[Piece]]:
    """The segments cut into paragraphs; a paragraph break that only one side has is marked.

    A paragraph that one side has whole is a paragraph of its own; a break added inside
    a paragraph ends it with an inserted ¶, a break removed joins two with a deleted ¶.
    """
    result: list[list[Piece]] = [[]]
    for segment in segments:
        for index, piece in enumerate(segment.text.split(PARAGRAPH)):
            if index:
                current = result[-1]
                whole = all(op == segment.op for op, _text in current)
                if segment.op == "delete" and not whole:
                    current.append(("delete", BREAK))
                else:
                    if segment.op == "insert" and not whole:
                        current.append(("insert", BREAK))
                    result.append([])
            current = result[-1]
            if not current:
                piece = piece.lstrip()
            if not piece:
                continue
            if (
                segment.op == "insert"
                and current
                and current[-1][0] == "delete"
                and current[-1][1][:1].isspace()
            ):
                piece = piece.lstrip()  # one space before a replaced word, not two
            current.append((segment.op, piece))
    return [p for p in result if p]


def _changed(paragraph: Sequence[Piece]) -> bool:
    return any(op != "equal" for op, _text in paragraph)


def _split_space(text: str) -> tuple[str, str]:
    body = text.lstrip()
    return text[: len(text) - len(body)], body


def _inline_text(paragraph: Sequence[Piece]) -> str:
    out = []
    for op, text in paragraph:
        space, body = _split_space(text)
        if op == "equal":
            out.append(text)
        elif op == "insert":
            out.append(f"{space}{{+{body}+}}")
        else:
            out.append(f"{space}[-{body}-]")
    return "".join(out).strip()


def _inline_markdown(paragraph: Sequence[Piece]) -> str:
    out: list[str] = []
    for op, text in paragraph:
        space, body = _split_space(text.replace("\n", " "))
        body = markdown_escape(body, line_start=not out)
        if op == "equal":
            out.append(space + body)
        else:
            tag = "ins" if op == "insert" else "del"
            out.append(f"{space}<{tag}>{body}</{tag}>")
    return "".join(out).strip()


_BLOCK_START = re.compile(r"[ \t]*(?:[-*+>|#]|\d+[.)])[ \t]")
_BLOCK_LINE = re.compile(r"\n(?=" + _BLOCK_START.pattern + ")")


def _html_text(text: str) -> str:
    """Escaped source text; a line break is kept where the next line is a list item, a
    table row, a quote or a heading, and reads as a space in a wrapped paragraph."""
    return str(escape(_BLOCK_LINE.sub("\x00", text))).replace("\x00", "<br>\n")


def _inline_html(paragraph: Sequence[Piece], inserted: str, deleted: str) -> str:
    out = []
    for op, text in paragraph:
        space, body = _split_space(text)
        space = "<br>\n" if "\n" in space and _BLOCK_START.match(body) else str(escape(space))
        shown = _html_text(body)
        if op == "equal":
            out.append(space + shown)
        else:
            tag, css, word = (
                ("ins", INSERTED, inserted) if op == "insert" else ("del", DELETED, deleted)
            )
            out.append(
                f'{space}<{tag} class="{css}">'
                f'<span class="pacte-visually-hidden">{escape(word)} </span>{shown}</{tag}>'
            )
    return "".join(out).strip()


def _excerpt(segments: Sequence[Segment]) -> list[list[Piece] | None]:
    """The paragraphs that changed, None where unchanged ones are left out."""
    shown: list[list[Piece] | None] = []
    for paragraph in paragraphs(segments):
        if _changed(paragraph):
            shown.append(paragraph)
        elif not shown or shown[-1] is not None:
            shown.append(None)
    return shown


# --- one comparison: text ------------------------------------------------------------


def _short(change: TextChange, language: str) -> str:
    passage = change.passage
    if passage.kind == "article":
        return translator(language)("changes.article_short").format(number=passage.number)
    return passage.label(language)


def _unchanged_run(run: Sequence[TextChange], language: str) -> str:
    names = ", ".join(_short(c, language) for c in run)
    return format_message("changes.unchanged", {"passages": names}, language, "text")


def _text_runs(comparison: Comparison) -> list[TextChange | list[TextChange]]:
    """The text changes, with consecutive unchanged passages gathered in lists."""
    runs: list[TextChange | list[TextChange]] = []
    for change in comparison.text:
        if isinstance(change, ArticleUnchanged):
            last = runs[-1] if runs else None
            if isinstance(last, list):
                last.append(change)
            else:
                runs.append([change])
        else:
            runs.append(change)
    return runs


def _body_segments(change: TextChange) -> tuple[Segment, ...]:
    if isinstance(change, ArticleChanged | ArticleAdded | ArticleRemoved):
        return change.segments
    return ()


def render_text(comparison: Comparison, language: str = "en") -> str:
    """The comparison for a terminal: plain text, changes as [-deleted-]{+inserted+}."""
    title = format_message(
        "changes.heading",
        {"old": comparison.old_label, "new": comparison.new_label},
        language,
        "text",
    )
    lines = [f"{comparison.kind} {comparison.document}{_colon(language)}{title}", ""]
    lines += _text_body(comparison, language, indent="")
    return "\n".join(lines).rstrip() + "\n"


def _text_body(comparison: Comparison, language: str, indent: str) -> list[str]:
    t = translator(language)
    lines: list[str] = []
    if comparison.is_empty:
        return [indent + t("changes.no_change")]
    counts = [f"{t(key)}{_colon(language)}{number}" for key, number in comparison.summary.counts()]
    lines += [f"{indent}{t('changes.summary')}{_colon(language)}" + "; ".join(counts), ""]
    for key, changes in (
        ("changes.details", comparison.metadata),
        ("changes.parties", comparison.parties),
        ("changes.commitments", comparison.commitments),
    ):
        if not changes:
            continue
        lines.append(indent + t(key))
        for change in changes:
            lines.append(f"{indent}  * {_explain_text(change, language)}")
        lines.append("")
    if comparison.text_changes:
        lines.append(indent + t("changes.text"))
        for run in _text_runs(comparison):
            if isinstance(run, list):
                lines.append(f"{indent}  {_unchanged_run(run, language)}")
                continue
            lines.append(f"{indent}  * {run.explain(language)}")
            if isinstance(run, ArticleChanged) and run.retitled:
                title = _inline_text(paragraphs(run.title_segments)[0])
                lines.append(f"{indent}      {t('changes.title_label')}{_colon(language)}{title}")
            for paragraph in _excerpt(_body_segments(run)):
                text = "…" if paragraph is None else _inline_text(paragraph)
                lines += [f"{indent}      {line}" for line in text.split("\n")]
        lines.append("")
    if comparison.impact:
        lines.append(indent + t("changes.impact"))
        for member in comparison.impact:
            lines.append(f"{indent}  {member.name} ({member.member})")
            for change in member.changes:
                lines.append(f"{indent}    * {change.explain(language)}")
        lines.append("")
    return lines


def _lead(change: FieldChanged | CommitmentChanged, language: str, style: Style) -> str:
    """What a change of a text is called, before its word diff."""
    if isinstance(change, CommitmentChanged):
        return format_message("changes.commitment_text", {"id": change.id}, language, style)
    field = Label(f"changes.field.{change.field}")
    return format_message("changes.field_text", {"field": field}, language, style)


def _explain_text(change: Change, language: str) -> str:
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        text = " ".join(_inline_text(p) for p in paragraphs(change.segments))
        return f"{_lead(change, language, 'text')}{_colon(language)}{text}"
    return change.explain(language)


def render_json(comparison: Comparison | SiteChanges) -> str:
    """The records as JSON (see Comparison.as_dict and SiteChanges.as_dict)."""
    return json.dumps(comparison.as_dict(), ensure_ascii=False, indent=2) + "\n"


# --- one comparison: Markdown --------------------------------------------------------


def render_markdown(
    comparison: Comparison,
    language: str = "en",
    heading_level: int = 2,
    heading: str | None = None,
    text_bodies: bool = True,
) -> str:
    """The comparison as GitHub-flavoured Markdown (a pull-request comment, a job summary)."""
    t = translator(language)
    h = "#" * heading_level
    if heading is None:
        title = format_message(
            "changes.heading",
            {"old": comparison.old_label, "new": comparison.new_label},
            language,
            "markdown",
        )
        heading = f"{markdown_escape(comparison.new_title)}{_colon(language)}{title}"
    out = [f"{h} {heading}", ""]
    if comparison.is_empty:
        return "\n".join([*out, t("changes.no_change"), ""])
    counts = [
        f"{t(key)}{_colon(language)}**{number}**" for key, number in comparison.summary.counts()
    ]
    out += [" · ".join(counts), ""]
    sub = "#" * min(heading_level + 1, 6)
    for key, changes in (
        ("changes.details", comparison.metadata),
        ("changes.parties", comparison.parties),
        ("changes.commitments", comparison.commitments),
    ):
        if not changes:
            continue
        out += [f"{sub} {t(key)}", ""]
        out += [f"- {_explain_markdown(change, language)}" for change in changes]
        out.append("")
    if comparison.text_changes:
        out += [f"{sub} {t('changes.text')}", ""]
        for run in _text_runs(comparison):
            if isinstance(run, list):
                out += [markdown_escape(_unchanged_run(run, language)), ""]
                continue
            body = _markdown_passage(run, language) if text_bodies else []
            if not body:
                out += [f"- {run.explain(language, 'markdown')}", ""]
                continue
            out += [
                "<details>",
                f"<summary>{run.explain(language, 'html')}</summary>",
                "",
                *body,
                "</details>",
                "",
            ]
    if comparison.impact:
        out += [f"{sub} {t('changes.impact')}", ""]
        for member in comparison.impact:
            out.append(f"- **{markdown_escape(member.name)}**")
            out += [f"  - {c.explain(language, 'markdown')}" for c in member.changes]
        out.append("")
    return "\n".join(out)


def _markdown_passage(change: TextChange, language: str) -> list[str]:
    out = []
    if isinstance(change, ArticleChanged) and change.retitled:
        title = _inline_markdown(paragraphs(change.title_segments)[0])
        out += [f"*{translator(language)('changes.title_label')}*{_colon(language)}{title}", ""]
    for paragraph in _excerpt(_body_segments(change)):
        out += ["…" if paragraph is None else _inline_markdown(paragraph), ""]
    return out


def _explain_markdown(change: Change, language: str) -> str:
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        text = " ".join(_inline_markdown(p) for p in paragraphs(change.segments))
        return f"{_lead(change, language, 'markdown')}{_colon(language)}{text}"
    return change.explain(language, "markdown")


# --- one comparison: the changes page ------------------------------------------------


def changes_html(
    comparison: Comparison,
    language: str,
    *,
    version_url: str,
    previous_url: str,
    heading_level: int = 2,
    member_url: Callable[[str], str | None] | None = None,
) -> str:
    """The body of a version's changes page: summary, then article by article.

    ``version_url`` and ``previous_url`` lead to the pages of the new and the earlier
    version (article headings link to ``version_url#article-<key>``); ``member_url``
    gives the page of an organisation, if it has one. Everything from the sources is
    escaped; the text is shown as its Markdown source, word by word.
    """
    t = translator(language)
    h2 = f"h{heading_level}"
    h3 = f"h{min(heading_level + 1, 6)}"
    inserted, deleted = t("changes.inserted"), t("changes.deleted")
    lang = f' lang="{escape(comparison.lang)}"' if comparison.lang else ""
    out = ['<div class="pacte-changes">']
    links = [
        (previous_url, "changes.previous_version", comparison.old_label, "prev"),
        (version_url, "changes.this_version", comparison.new_label, "next"),
    ]
    out.append('<p class="pacte-changes-links">')
    out.append(
        " · ".join(
            f'<a href="{escape(url)}" rel="{rel}">'
            + format_message(key, {"label": label}, language, "html")
            + "</a>"
            for url, key, label, rel in links
        )
    )
    out.append("</p>")
    out.append(f'<{h2} id="changes-summary">{escape(t("changes.summary"))}</{h2}>')
    if comparison.is_empty:
        out.append(f"<p>{escape(t('changes.no_change'))}</p>")
        out.append("</div>")
        return "\n".join(out) + "\n"
    out.append('<ul class="pacte-changes-summary">')
    for key, number in comparison.summary.counts():
        out.append(f"<li>{escape(t(key))}{_colon(language)}<strong>{number}</strong></li>")
    out.append("</ul>")
    for key, anchor, changes in (
        ("changes.details", "changes-details", comparison.metadata),
        ("changes.parties", "changes-parties", comparison.parties),
        ("changes.commitments", "changes-commitments", comparison.commitments),
    ):
        if not changes:
            continue
        out.append(f'<{h2} id="{anchor}">{escape(t(key))}</{h2}>')
        out.append(f'<ul class="pacte-{anchor}">')
        for change in changes:
            out.append(f"<li>{_explain_html(change, language, inserted, deleted, lang)}</li>")
        out.append("</ul>")
    if comparison.text_changes:
        out.append(f'<{h2} id="changes-text">{escape(t("changes.text"))}</{h2}>')
        for run in _text_runs(comparison):
            if isinstance(run, list):
                out.append(_unchanged_html(run, language, version_url))
            else:
                out += _passage_html(
                    run, language, h3, version_url, previous_url, inserted, deleted, lang
                )
    if comparison.impact:
        out.append(f'<{h2} id="changes-impact">{escape(t("changes.impact"))}</{h2}>')
        for member in comparison.impact:
            url = member_url(member.member) if member_url else None
            name = str(escape(member.name))
            if url:
                name = f'<a href="{escape(url)}">{name}</a>'
            out.append(f'<{h3} id="member-{escape(member.member)}">{name}</{h3}>')
            out.append('<ul class="pacte-changes-member">')
            out += [f"<li>{c.explain(language, 'html')}</li>" for c in member.changes]
            out.append("</ul>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def _explain_html(change: Change, language: str, inserted: str, deleted: str, lang: str) -> str:
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        text = " ".join(_inline_html(p, inserted, deleted) for p in paragraphs(change.segments))
        label = _lead(change, language, "html")
        return f'{label}{_colon(language)}<span class="pacte-diff-text"{lang}>{text}</span>'
    return change.explain(language, "html")


def _unchanged_html(run: Sequence[TextChange], language: str, version_url: str) -> str:
    links = ", ".join(
        f'<a href="{escape(version_url)}#{escape(c.passage.anchor)}">'
        f"{escape(_short(c, language))}</a>"
        for c in run
    )
    text = format_message("changes.unchanged", {"passages": "\x00"}, language, "html")
    return '<p class="pacte-changes-unchanged">' + text.replace("\x00", links) + "</p>"


def _note(change: TextChange, language: str) -> str:
    """What happened to a passage, under its heading: the explanation without its name."""
    key, args = change.message(language)
    args["article"] = "\x00"
    text = format_message(key, args, language, "html")
    text = re.sub(r"^\x00[\s\u00a0]*:\s*", "", text).replace("\x00", "")
    return text[:1].upper() + text[1:]


def _passage_html(
    change: TextChange,
    language: str,
    h3: str,
    version_url: str,
    previous_url: str,
    inserted: str,
    deleted: str,
    lang: str,
) -> list[str]:
    passage = change.passage
    removed = isinstance(change, ArticleRemoved)
    url = previous_url if removed else version_url
    anchor = ("removed-" if removed else "") + passage.anchor
    heading = str(escape(passage.label(language)))
    out = [
        f'<section class="pacte-change pacte-{change.kind}">',
        f'<{h3} id="{escape(anchor)}"><a href="{escape(url)}#{escape(passage.anchor)}">'
        f"{heading}</a></{h3}>",
        f'<p class="pacte-change-note">{_note(change, language)}</p>',
    ]
    if isinstance(change, ArticleChanged) and change.retitled:
        title = _inline_html(paragraphs(change.title_segments)[0], inserted, deleted)
        label = escape(translator(language)("changes.title_label"))
        out.append(
            f'<p class="pacte-diff-title">{label}{_colon(language)}<span{lang}>{title}</span></p>'
        )
    body = paragraphs(_body_segments(change))
    if body and not isinstance(change, ArticleMoved):
        out.append(f'<div class="pacte-diff-text"{lang}>')
        out += [f"<p>{_inline_html(p, inserted, deleted)}</p>" for p in body]
        out.append("</div>")
    out.append("</section>")
    return out


# --- what a change of the sources does: text, Markdown -------------------------------


def _document_heading(document: DocumentChanges, language: str, style: str) -> str:
    t = translator(language)
    kind = t(f"changes.kind.{document.kind}")
    state = t(f"changes.state.{document.state}")
    if style == "markdown":
        return f"{kind} `{document.id}` — {markdown_escape(document.title)} ({state})"
    return f"{kind} {document.id} — {document.title} ({state})"


def _version_line(version: VersionChanges, language: str, style: str) -> str:
    t = translator(language)
    state = t(f"changes.state.{version.state}")
    comparison = version.comparison
    against = ""
    if comparison is not None and version.state == "added":
        against = " " + format_message(
            "changes.compared_with", {"label": comparison.old_label}, language, "text"
        )
    label = f"`{version.label}`" if style == "markdown" else version.label
    path = f"`{version.path}`" if style == "markdown" else version.path
    return f"{t('changes.version')} {label} ({path}){_colon(language)}{state}{against}"


def site_changes_text(changes: SiteChanges, language: str = "en") -> str:
    t = translator(language)
    lines = [format_message("changes.base_heading", {"base": changes.base}, language, "text"), ""]
    lines += [f"! {note}" for note in changes.notes]
    if changes.is_empty:
        lines.append(t("changes.base_nothing"))
        return "\n".join(lines) + "\n"
    for document in changes.documents:
        lines.append(_document_heading(document, language, "text"))
        for version in document.versions:
            lines.append("  " + _version_line(version, language, "text"))
            if version.comparison is not None and version.state != "reformatted":
                lines += _text_body(version.comparison, language, indent="    ")
        lines.append("")
    lines += _organisations_text(changes, language)
    return "\n".join(lines).rstrip() + "\n"


def _organisations_text(changes: SiteChanges, language: str) -> list[str]:
    t = translator(language)
    lines = []
    if changes.organisations:
        lines.append(t("changes.members_file"))
        for change in changes.organisations:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            state = t(f"changes.state.{change.state}")
            lines.append(f"  * {change.name} ({change.member}){_colon(language)}{state}{fields}")
        lines.append("")
    if changes.affected:
        lines.append(t("changes.affected"))
        for organisation in changes.affected:
            refs = ", ".join(f"{doc} {label}" for _kind, doc, label in organisation.versions)
            lines.append(f"  * {organisation.name} ({organisation.member}){_colon(language)}{refs}")
    return lines


def site_changes_markdown(
    changes: SiteChanges, language: str = "en", limit: int | None = COMMENT_LIMIT
) -> str:
    """The report of a pull request, as Markdown for a comment or a job summary.

    Past ``limit`` characters the text of the articles is left out, then the report is cut.
    """
    report = _site_markdown(changes, language, text_bodies=True)
    if limit is None or len(report) <= limit:
        return report
    t = translator(language)
    report = _site_markdown(changes, language, text_bodies=False)
    note = f"\n> {t('changes.too_long')}\n"
    if len(report) + len(note) > limit:
        report = report[: limit - len(note) - 2].rsplit("\n", 1)[0] + "\n…\n"
    return report + note


def _site_markdown(changes: SiteChanges, language: str, text_bodies: bool) -> str:
    t = translator(language)
    base = f"`{changes.base}`" if changes.base else ""
    out = [
        "## "
        + format_message("changes.base_heading", {"base": "\x00"}, language, "markdown").replace(
            "\x00", base
        ),
        "",
    ]
    out += [f"> {markdown_escape(note)}" for note in changes.notes]
    if changes.notes:
        out.append("")
    if changes.is_empty:
        return "\n".join([*out, t("changes.base_nothing"), ""])
    if changes.affected:
        out += [
            f"**{t('changes.affected')}**{_colon(language)}"
            + ", ".join(markdown_escape(a.name) for a in changes.affected),
            "",
        ]
    for document in changes.documents:
        out += [f"### {_document_heading(document, language, 'markdown')}", ""]
        for version in document.versions:
            out += [f"- {_version_line(version, language, 'markdown')}", ""]
            comparison = version.comparison
            if comparison is None or version.state == "reformatted":
                continue
            if version.state == "changed":  # the same version, edited
                key, args = "changes.heading_edit", {"label": comparison.new_label}
            else:
                key, args = (
                    "changes.heading",
                    {
                        "old": comparison.old_label,
                        "new": comparison.new_label,
                    },
                )
            heading = format_message(key, args, language, "markdown")
            out.append(render_markdown(comparison, language, 4, heading, text_bodies=text_bodies))
    if changes.organisations:
        out += [f"### {t('changes.members_file')}", ""]
        for change in changes.organisations:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            out.append(
                f"- {markdown_escape(change.name)} (`{change.member}`): "
                f"{t(f'changes.state.{change.state}')}{fields}"
            )
        out.append("")
    if changes.affected:
        out += [f"### {t('changes.affected')}", ""]
        for organisation in changes.affected:
            refs = ", ".join(
                f"`{doc}` {markdown_escape(label)}" for _kind, doc, label in organisation.versions
            )
            name = markdown_escape(organisation.name)
            out.append(f"- **{name}** (`{organisation.member}`){_colon(language)}{refs}")
        out.append("")
    return "\n".join(out)


def render_comparison(comparison: Comparison, fmt: Format, language: str = "en") -> str:
    if fmt == "json":
        return render_json(comparison)
    if fmt == "markdown":
        return render_markdown(comparison, language)
    return render_text(comparison, language)


def render_site_changes(
    changes: SiteChanges, fmt: Format, language: str = "en", limit: int | None = COMMENT_LIMIT
) -> str:
    if fmt == "json":
        return render_json(changes)
    if fmt == "markdown":
        return site_changes_markdown(changes, language, limit)
    return site_changes_text(changes, language)
