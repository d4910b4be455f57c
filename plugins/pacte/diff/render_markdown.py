"""The records as GitHub-flavoured Markdown: a pull-request comment, a job summary."""

from __future__ import annotations

from ..i18n import colon, translator
from .records import (
    ArticleChanged,
    Change,
    CommitmentChanged,
    Comparison,
    FieldChanged,
    TextChange,
    format_message,
    markdown_escape,
)
from .render_common import (
    COMMENT_LIMIT,
    body_segments,
    document_heading,
    excerpt,
    inline_markdown,
    lead,
    paragraphs,
    quiet_mentions,
    shown_problems,
    text_runs,
    translation_lines,
    unchanged_run,
    version_line,
)
from .site import SiteChanges


def render_markdown(
    comparison: Comparison,
    language: str = "en",
    heading_level: int = 2,
    heading: str | None = None,
    text_bodies: bool = True,
) -> str:
    """The comparison as GitHub-flavoured Markdown (a pull-request comment, a job summary)."""
    return quiet_mentions(
        _comparison_markdown(comparison, language, heading_level, heading, text_bodies)
    )


def _comparison_markdown(
    comparison: Comparison,
    language: str,
    heading_level: int,
    heading: str | None,
    text_bodies: bool,
) -> str:
    t = translator(language)
    h = "#" * heading_level
    if heading is None:
        title = format_message(
            "changes.heading",
            {"old": comparison.old_label, "new": comparison.new_label},
            language,
            "markdown",
        )
        heading = f"{markdown_escape(comparison.new_title)}{colon(language)}{title}"
    out = [f"{h} {heading}", ""]
    if comparison.is_empty:
        return "\n".join([*out, t("changes.no_change"), ""])
    counts = [
        f"{t(key)}{colon(language)}**{number}**" for key, number in comparison.summary.counts()
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
        for run in text_runs(comparison):
            if isinstance(run, list):
                out += [markdown_escape(unchanged_run(run, language)), ""]
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
        title = inline_markdown(paragraphs(change.title_segments)[0])
        out += [f"*{translator(language)('changes.title_label')}*{colon(language)}{title}", ""]
    for paragraph in excerpt(body_segments(change)):
        out += ["…" if paragraph is None else inline_markdown(paragraph), ""]
    return out


def _explain_markdown(change: Change, language: str) -> str:
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        text = " ".join(inline_markdown(p) for p in paragraphs(change.segments))
        return f"{lead(change, language, 'markdown')}{colon(language)}{text}"
    return change.explain(language, "markdown")


def site_changes_markdown(
    changes: SiteChanges, language: str = "en", limit: int | None = COMMENT_LIMIT
) -> str:
    """The report of a pull request, as Markdown for a comment or a job summary.

    Past ``limit`` characters the text of the articles is left out, then the report is cut.
    """
    report = quiet_mentions(_site_markdown(changes, language, text_bodies=True))
    if limit is None or len(report) <= limit:
        return report
    t = translator(language)
    report = quiet_mentions(_site_markdown(changes, language, text_bodies=False))
    note = f"\n> {t('changes.too_long')}\n"
    if len(report) + len(note) > limit:
        report = report[: max(limit - len(note) - 2, 0)].rsplit("\n", 1)[0] + "\n…\n"
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
            f"**{t('changes.affected')}**{colon(language)}"
            + ", ".join(markdown_escape(a.name) for a in changes.affected),
            "",
        ]
    for document in changes.documents:
        out += [f"### {document_heading(document, language, 'markdown')}", ""]
        for version in document.versions:
            out += [f"- {version_line(version, language, 'markdown')}", ""]
            if version.problems:  # invalid: why, as validation says it
                out += [f"  - {markdown_escape(p)}" for p in shown_problems(version)] + [""]
            translated = translation_lines(version, language, "markdown")
            if translated:
                out += [f"  - {line}" for line in translated] + [""]
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
                f"- {markdown_escape(change.name)} (`{change.member}`){colon(language)}"
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
            out.append(f"- **{name}** (`{organisation.member}`){colon(language)}{refs}")
        out.append("")
    return "\n".join(out)
