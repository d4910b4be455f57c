"""Pictures of the model as static SVG, made at build time; knows nothing of MkDocs.

Each function returns the markup of a `<figure>`: an SVG with `role="img"`, a
`<title>` and a `<desc>` that says in words everything the picture shows, so that
it reads without JavaScript, without colours and with a screen reader. Every text
that comes from a source is escaped here; callers may mark the result safe.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import escape

from .i18n import base_language, format_date, translator
from .model import Document, Version
from .vocabulary import COMMITMENT_STATUSES

NOT_STATED = "none"
STATUS_KEYS = (*COMMITMENT_STATUSES, NOT_STATED)  # planned, ongoing, done, dropped, none

# Sizes in SVG units; the pictures scale to the width of the page.
_WIDTH = 560
_PAD_X = 2
_ROW = 44
_BAR = 14
_AXIS = 30
_FONT = 17


def _ident(*parts: str) -> str:
    """An id usable in HTML and in url(#...), from parts that may hold any text."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-")


def _colon(language: str) -> str:
    """French sets a space before a colon; the other languages do not."""
    return " : " if base_language(language) == "fr" else ": "


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class _Span:
    """Where one version sits in time, as far as its sources say."""

    version: Version
    start: date | None
    end: date | None  # None: open-ended (if start is known)
    point: bool = False  # only an adoption date is known: a dot, not a bar


def _span(version: Version, predecessor: _Span | None) -> _Span:
    if version.effective is not None:
        return _Span(version, version.effective.start, version.effective.end)
    if version.adopted is not None:
        return _Span(version, version.adopted, version.adopted, point=True)
    if predecessor is not None and predecessor.start is not None:
        # an undated draft follows the version it replaces, with no known end
        return _Span(version, predecessor.end or predecessor.start, None)
    return _Span(version, None, None)


def _spans(document: Document) -> list[_Span]:
    spans: dict[str, _Span] = {}
    for version in document.versions:  # oldest first: a predecessor is placed before
        spans[version.label] = _span(version, spans.get(version.supersedes or ""))
    return list(spans.values())


def _describe(span: _Span, t: Callable[[str], str], day: Callable[[date], str]) -> str:
    version = span.version
    parts = [version.label, t("status:" + version.status)]
    if version.effective is not None:
        start, end = version.effective.start, version.effective.end
        if end is None:
            parts.append(f"{t('since')} {day(start)} ({t('open-ended')})")
        else:
            parts.append(f"{t('from-date')} {day(start)} {t('until-date')} {day(end)}")
    elif version.adopted is not None:
        parts.append(f"{t('adopted')} {day(version.adopted)}")
    else:
        parts.append(t("undated"))
    if version.supersedes:
        parts.append(f"{t('supersedes')} {version.supersedes}")
    return " · ".join(parts) + "."


def timeline_svg(document: Document, language: str) -> str:
    """The versions of a document on a year axis: a bar per period of validity."""
    t = translator(language)

    def day(value: date) -> str:
        return format_date(value, language)

    spans = _spans(document)
    base = _ident("pacte-timeline", document.kind, document.id)
    dated = [s for s in spans if s.start is not None]
    known: list[date] = [d for s in dated for d in (s.start, s.end) if d is not None]
    first_year = min((d.year for d in known), default=0)
    last_year = max((d.year for d in known), default=0)
    open_ended = any(s.end is None for s in dated)
    end_year = max(last_year + 1 + (1 if open_ended else 0), first_year + 3)
    axis_start = date(first_year or 1, 1, 1)
    axis_end = date(end_year or 4, 1, 1)
    left, right = _PAD_X, _WIDTH - _PAD_X
    total_days = (axis_end - axis_start).days or 1

    def x(value: date) -> float:
        return left + (value - axis_start).days / total_days * (right - left)

    height = 6 + len(spans) * _ROW + _AXIS
    axis_y = 6 + len(spans) * _ROW
    title = f"{t('timeline')} — {document.title}"
    desc = " ".join(_describe(s, t, day) for s in spans)
    out = [
        f'<figure class="pacte-chart pacte-timeline" id="{base}">',
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_WIDTH} {height}"'
        f' aria-labelledby="{base}-title {base}-desc" font-size="{_FONT}">',
        f'<title id="{base}-title">{escape(title)}</title>',
        f'<desc id="{base}-desc">{escape(desc)}</desc>',
        "<defs>",
        f'<pattern id="{base}-hatch" class="pacte-chart-hatch" width="6" height="6"'
        ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="#fff3cd"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#8a6100" stroke-width="3"/></pattern>',
        f'<marker id="{base}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7"'
        ' markerHeight="7" orient="auto-start-reverse">'
        '<path class="pacte-chart-connector-head" d="M0,0 L8,4 L0,8 z" fill="#3f51b5"/>'
        "</marker>",
        "</defs>",
    ]
    if dated:
        out.append(_year_axis(first_year, end_year, x, axis_y))
    rows: dict[str, tuple[float, float, float]] = {}  # label -> (x start, x end, bar middle y)
    for index, span in enumerate(spans):
        top = 6 + index * _ROW
        bar_y = top + _ROW - _BAR - 8
        version = span.version
        status = version.status
        label = f"{version.label} · {t('status:' + status)}"
        classes = f"pacte-chart-row pacte-chart-row--{status}"
        out.append(f'<g class="{classes}" data-pacte-row="{escape(version.label)}">')
        if span.start is None:
            out.append(
                f'<text x="{left}" y="{bar_y + _BAR - 1}">{escape(label)} · {escape(t("undated"))}'
                "</text></g>"
            )
            continue
        x1 = x(span.start)
        if version.is_draft:  # hatched and outlined: a draft is not a period of validity yet
            paint = f'fill="url(#{base}-hatch)" stroke="#8a6100"'
        else:
            paint = f'fill="{_BAR_FILL.get(status, "#757575")}"'
        if span.point:
            centre, x1, x2 = x1, x1 - _BAR / 2, x1 + _BAR / 2
            out.append(
                f'<circle class="pacte-chart-bar" cx="{_num(centre)}" cy="{bar_y + _BAR / 2}"'
                f' r="{_BAR / 2}" {paint}/>'
            )
        elif span.end is None:
            x2 = right
            tip = right - _BAR
            out.append(
                f'<path class="pacte-chart-bar pacte-chart-bar--open" {paint}'
                f' d="M{_num(x1)},{bar_y} H{_num(tip)} L{_num(right)},{bar_y + _BAR / 2}'
                f' L{_num(tip)},{bar_y + _BAR} H{_num(x1)} z"/>'
            )
            label += f" · {t('open-ended')}"
        else:
            x2 = max(x(span.end), x1 + 2)
            out.append(
                f'<rect class="pacte-chart-bar" x="{_num(x1)}" y="{bar_y}"'
                f' width="{_num(x2 - x1)}" height="{_BAR}" {paint}/>'
            )
        # the label sits above its bar, kept inside the picture
        if x1 <= left + (right - left) * 0.55:
            out.append(f'<text x="{_num(x1)}" y="{bar_y - 5}">{escape(label)}</text>')
        else:
            out.append(
                f'<text x="{_num(x2)}" y="{bar_y - 5}" text-anchor="end">{escape(label)}</text>'
            )
        out.append("</g>")
        rows[version.label] = (x1, x2, bar_y + _BAR / 2)
    for span in spans:
        before = rows.get(span.version.supersedes or "")
        after = rows.get(span.version.label)
        if before is not None and after is not None:
            out.append(_connector(before, after, f"url(#{base}-arrow)"))
    out.append("</svg>")
    out.append(f"<figcaption>{escape(t('timeline'))}</figcaption>")
    out.append("</figure>")
    return "\n".join(out) + "\n"


def _connector(
    before: tuple[float, float, float], after: tuple[float, float, float], arrow: str
) -> str:
    """An arrow from the version replaced down to the start of the one replacing it."""
    (before_start, before_end, before_y), (after_start, _, after_y) = before, after
    # leave from under the earlier bar, far enough left of the later one for the arrowhead
    x = max(before_start + 2, min(before_end, after_start) - 14)
    top, end = before_y + _BAR / 2, after_start - 1
    path = f"M{_num(x)},{_num(top)} V{_num(after_y - 5)} Q{_num(x)},{_num(after_y)}"
    path += f" {_num(x + 5)},{_num(after_y)} H{_num(max(end, x + 6))}"
    return (
        '<path class="pacte-chart-connector" fill="none" stroke="#3f51b5" stroke-width="1.5"'
        f' marker-end="{arrow}" d="{path}"/>'
    )


_BAR_FILL = {
    "in-force": "#2e7d32",
    "expired": "#757575",
    "superseded": "#757575",
    "terminated": "#757575",
}


def _year_axis(first: int, end: int, x: Callable[[date], float], axis_y: int) -> str:
    years = list(range(first, end))
    step = 1 if len(years) <= 12 else 2 if len(years) <= 24 else 5
    parts = ['<g class="pacte-chart-axis" stroke="#9e9e9e">']
    parts.append(
        f'<line x1="{_num(x(date(first, 1, 1)))}" y1="{axis_y}"'
        f' x2="{_num(x(date(end, 1, 1)))}" y2="{axis_y}"/>'
    )
    for year in [*years, end]:
        tick = _num(x(date(year, 1, 1)))
        parts.append(
            f'<line class="pacte-chart-grid" x1="{tick}" y1="2" x2="{tick}" y2="{axis_y + 5}"'
            ' stroke-dasharray="2 3"/>'
        )
    for year in years[::step]:
        middle = (x(date(year, 1, 1)) + x(date(year + 1, 1, 1))) / 2
        parts.append(
            f'<text x="{_num(middle)}" y="{axis_y + 20}" text-anchor="middle" stroke="none"'
            f' font-size="{_FONT - 2}">{year}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def mark_version(svg: str, label: str) -> str:
    """The timeline of a document with the row of one version marked as the page's own."""
    needle = f'data-pacte-row="{escape(label)}"'
    return svg.replace(needle, needle + " data-pacte-this", 1)


def count_statuses(statuses: Iterable[str | None]) -> dict[str, int]:
    """How many commitments have each status; those without one count as not stated."""
    counts = Counter(status or NOT_STATED for status in statuses)
    return {key: counts.get(key, 0) for key in STATUS_KEYS}


_STATUS_FILL = {
    "planned": ("#3949ab", "#ffffff"),  # (segment, number written on it)
    "ongoing": ("#f9a825", "#000000"),
    "done": ("#2e7d32", "#ffffff"),
    "dropped": ("#616161", "#ffffff"),
    NOT_STATED: ("#e0e0e0", "#000000"),
}


def status_svg(chart_id: str, rows: Sequence[tuple[str, Mapping[str, int]]], language: str) -> str:
    """Commitments by status: for each group (in force, other versions) a line of text,
    a stacked bar and its key, the numbers written in both.

    `rows` are (heading, counts by status key); rows without commitments are left
    out, and so is the whole picture when no row has any.
    """
    t = translator(language)
    rows = [(heading, counts) for heading, counts in rows if sum(counts.values())]
    if not rows:
        return ""
    base = _ident("pacte-status-chart", chart_id)
    colon = _colon(language)
    largest = max(sum(counts.values()) for _, counts in rows)
    left, right, height = 1, _WIDTH - 1, 22
    title = t("commitments-by-status")
    out = [
        f'<figure class="pacte-chart pacte-status-chart" id="{base}">',
        f'<figcaption class="pacte-chart-title">{escape(title)}</figcaption>',
    ]
    for index, (heading, counts) in enumerate(rows):
        total = sum(counts.values())
        ident = f"{base}-{index}"
        words = ", ".join(f"{t('commitment:' + key)} {counts.get(key, 0)}" for key in STATUS_KEYS)
        out.append(
            f'<p class="pacte-legend" id="{ident}-title">{escape(heading)}{colon}{total}</p>'
        )
        out.append(
            f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_WIDTH} {height}"'
            f' aria-labelledby="{ident}-title {ident}-desc" font-size="{_FONT - 2}">'
            f"<title>{escape(heading)}{colon}{total}</title>"
            f'<desc id="{ident}-desc">{escape(words)}.</desc>'
        )
        if counts.get("dropped"):  # dropped: hatched, so that it differs by more than colour
            out.append(
                f'<defs><pattern id="{ident}-hatch" width="6" height="6"'
                ' patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
                '<rect width="6" height="6" fill="#616161"/>'
                '<line x1="0" y1="0" x2="0" y2="6" stroke="#bdbdbd" stroke-width="2"/>'
                "</pattern></defs>"
            )
        position = float(left)
        for key in STATUS_KEYS:
            count = counts.get(key, 0)
            if not count:
                continue
            width = count / largest * (right - left)
            fill, ink = _STATUS_FILL[key]
            if key == "dropped":
                fill = f"url(#{ident}-hatch)"
            out.append(
                f'<rect class="pacte-chart-segment pacte-chart-segment--{key}"'
                f' x="{_num(position)}" y="1" width="{_num(width)}" height="{height - 2}"'
                f' fill="{fill}" stroke="#ffffff" stroke-width="1.5"/>'
            )
            if width >= 24 and key != "dropped":  # the hatching would hide a number
                out.append(
                    f'<text class="pacte-chart-count" x="{_num(position + width / 2)}"'
                    f' y="{height - 6}" text-anchor="middle" fill="{ink}">{count}</text>'
                )
            position += width
        out.append("</svg>")
        keys = "".join(
            f'<li><span class="pacte-key pacte-key--{key}" aria-hidden="true"></span>'
            f"{escape(t('commitment:' + key))}{colon}{counts.get(key, 0)}</li>"
            for key in STATUS_KEYS
            if counts.get(key, 0)
        )
        out.append(f'<ul class="pacte-legend-keys">{keys}</ul>')
    out.append("</figure>")
    return "\n".join(out) + "\n"
