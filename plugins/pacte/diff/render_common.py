"""What the renderers share: paragraphs of a word diff, runs of unchanged passages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from ..i18n import colon, language_name, translator
from ..problems import visible
from .records import (
    PARAGRAPH,
    ArticleAdded,
    ArticleChanged,
    ArticleRemoved,
    ArticleUnchanged,
    CommitmentChanged,
    Comparison,
    FieldChanged,
    Label,
    Segment,
    Style,
    TextChange,
    format_message,
    markdown_escape,
)
from .site import DocumentChanges, VersionChanges

Format = Literal["text", "markdown", "json"]
Piece = tuple[str, str]  # (op, text) inside one paragraph
COMMENT_LIMIT = 60_000  # characters; GitHub refuses pull-request comments over 65,536
BREAK = "¶"


# --- paragraphs of a word diff -------------------------------------------------------


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


def inline_text(paragraph: Sequence[Piece]) -> str:
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


def inline_markdown(paragraph: Sequence[Piece]) -> str:
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


def excerpt(segments: Sequence[Segment]) -> list[list[Piece] | None]:
    """The paragraphs that changed, None where unchanged ones are left out."""
    shown: list[list[Piece] | None] = []
    for paragraph in paragraphs(segments):
        if _changed(paragraph):
            shown.append(paragraph)
        elif not shown or shown[-1] is not None:
            shown.append(None)
    return shown


# --- one comparison: text ------------------------------------------------------------


def short_name(change: TextChange, language: str) -> str:
    passage = change.passage
    if passage.kind == "article":
        return translator(language)("changes.article_short").format(number=passage.number)
    return passage.label(language)


def unchanged_run(run: Sequence[TextChange], language: str) -> str:
    names = ", ".join(short_name(c, language) for c in run)
    return format_message("changes.unchanged", {"passages": names}, language, "text")


def text_runs(comparison: Comparison) -> list[TextChange | list[TextChange]]:
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


def body_segments(change: TextChange) -> tuple[Segment, ...]:
    if isinstance(change, ArticleChanged | ArticleAdded | ArticleRemoved):
        return change.segments
    return ()


def lead(change: FieldChanged | CommitmentChanged, language: str, style: Style) -> str:
    """What a change of a text is called, before its word diff."""
    if isinstance(change, CommitmentChanged):
        return format_message("changes.commitment_text", {}, language, style)
    field = Label(f"changes.field.{change.field}")
    return format_message("changes.field_text", {"field": field}, language, style)


# --- what a change of the sources does: text, Markdown -------------------------------


def document_heading(document: DocumentChanges, language: str, style: str) -> str:
    t = translator(language)
    kind = t(f"changes.kind.{document.kind}")
    state = t(f"changes.state.{document.state}")
    if style == "markdown":
        return f"{kind} `{document.id}` — {markdown_escape(document.title)} ({state})"
    return f"{kind} {document.id} — {document.title} ({state})"


def version_line(version: VersionChanges, language: str, style: str) -> str:
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
    return f"{t('changes.version')} {label} ({path}){colon(language)}{state}{against}"


def translation_lines(version: VersionChanges, language: str, style: str) -> list[str]:
    """A sentence for each translation of VERSION that the change added, removed or
    changed, or left behind the version (its stale articles, as validation warns)."""
    lines = []
    for change in version.translations:
        name = language_name(change.lang, language)
        path = f"`{change.path}`" if style == "markdown" else change.path
        args = {"language": name, "path": path}
        parts = []
        if change.state != "unchanged":
            key = f"changes.translation_{change.state}"
            parts.append(format_message(key, args, language, "text"))
        if change.articles:
            parts.append(_articles(change.articles, language, style))
        line = colon(language).join(parts[:2]) if len(parts) == 2 else "".join(parts)
        if change.stale:
            stale = format_message("changes.translation_stale", args, language, "text")
            stale += colon(language) + _articles(change.stale, language, style)
            stale += " [translation-stale]"
            separator = translator(language)("changes.impact_separator")
            line = f"{line}{separator}{stale}" if line else stale
        lines.append(line)
    return lines


def _articles(numbers: Sequence[str], language: str, style: str) -> str:
    short = translator(language)("changes.article_short")
    shown = (markdown_escape(n) if style == "markdown" else visible(n, True) for n in numbers)
    return ", ".join(short.format(number=number) for number in shown)


MAX_SHOWN_PROBLEMS = 5


def shown_problems(version: VersionChanges) -> list[str]:
    """The problems of an invalid version, the first few of them (validation has them all)."""
    shown = list(version.problems[:MAX_SHOWN_PROBLEMS])
    if len(version.problems) > MAX_SHOWN_PROBLEMS:
        shown.append(f"… ({len(version.problems)} in all: pacte validate lists them)")
    return shown


# "@name" and "@org/team" notify people once posted on GitHub: a title written
# "@everyone-in-the-org" must not page them from the bot's comment. (An address,
# "contact@example.org", is no mention: a letter comes before its "@".)
_MENTION = re.compile(r"(?<![\w`])@(?=[A-Za-z0-9])")


def quiet_mentions(markdown: str) -> str:
    """Markdown for a pull-request comment: no '@name' mentions anyone (a zero-width joiner
    follows each '@'), and control characters are shown as escapes (`problems.visible`:
    GitHub refuses a comment holding U+0000, and a log would act on the others)."""
    return visible(_MENTION.sub("@\u200d", markdown))
