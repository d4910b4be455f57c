"""The records for a terminal: plain text, changes as [-deleted-]{+inserted+}."""

from __future__ import annotations

from ..i18n import colon, translator
from .records import (
    ArticleChanged,
    Change,
    CommitmentChanged,
    Comparison,
    FieldChanged,
    format_message,
)
from .render_common import (
    body_segments,
    document_heading,
    excerpt,
    inline_text,
    lead,
    paragraphs,
    shown_problems,
    text_runs,
    translation_lines,
    unchanged_run,
    version_line,
)
from .site import SiteChanges


def render_text(comparison: Comparison, language: str = "en") -> str:
    """The comparison for a terminal: plain text, changes as [-deleted-]{+inserted+}."""
    title = format_message(
        "changes.heading",
        {"old": comparison.old_label, "new": comparison.new_label},
        language,
        "text",
    )
    lines = [f"{comparison.kind} {comparison.document}{colon(language)}{title}", ""]
    lines += _text_body(comparison, language, indent="")
    return "\n".join(lines).rstrip() + "\n"


def _text_body(comparison: Comparison, language: str, indent: str) -> list[str]:
    t = translator(language)
    lines: list[str] = []
    if comparison.is_empty:
        return [indent + t("changes.no_change")]
    counts = [f"{t(key)}{colon(language)}{number}" for key, number in comparison.summary.counts()]
    lines += [f"{indent}{t('changes.summary')}{colon(language)}" + "; ".join(counts), ""]
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
        for run in text_runs(comparison):
            if isinstance(run, list):
                lines.append(f"{indent}  {unchanged_run(run, language)}")
                continue
            lines.append(f"{indent}  * {run.explain(language)}")
            if isinstance(run, ArticleChanged) and run.retitled:
                title = inline_text(paragraphs(run.title_segments)[0])
                lines.append(f"{indent}      {t('changes.title_label')}{colon(language)}{title}")
            for paragraph in excerpt(body_segments(run)):
                text = "…" if paragraph is None else inline_text(paragraph)
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


def _explain_text(change: Change, language: str) -> str:
    if isinstance(change, FieldChanged | CommitmentChanged) and change.segments:
        text = " ".join(inline_text(p) for p in paragraphs(change.segments))
        return f"{lead(change, language, 'text')}{colon(language)}{text}"
    return change.explain(language)


def site_changes_text(changes: SiteChanges, language: str = "en") -> str:
    t = translator(language)
    lines = [format_message("changes.base_heading", {"base": changes.base}, language, "text"), ""]
    lines += [f"! {note}" for note in changes.notes]
    if changes.is_empty:
        lines.append(t("changes.base_nothing"))
        return "\n".join(lines) + "\n"
    for document in changes.documents:
        lines.append(document_heading(document, language, "text"))
        for version in document.versions:
            lines.append("  " + version_line(version, language, "text"))
            lines += [f"    ! {problem}" for problem in shown_problems(version)]
            lines += [f"    {line}" for line in translation_lines(version, language, "text")]
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
            lines.append(f"  * {change.name} ({change.member}){colon(language)}{state}{fields}")
        lines.append("")
    if changes.affected:
        lines.append(t("changes.affected"))
        for organisation in changes.affected:
            refs = ", ".join(f"{doc} {label}" for _kind, doc, label in organisation.versions)
            lines.append(f"  * {organisation.name} ({organisation.member}){colon(language)}{refs}")
    return lines
