"""Pictures of the model as static SVG, made at build time; knows nothing of MkDocs.

This module computes what a picture shows: its geometry, its words, its colours by
status and its ids, as frozen dataclasses (`timeline`, `status_chart`). The markup is
written by two templates that a site may override like any other:
`_timeline_chart.j2` and `_status_chart.j2`. Each makes a `<figure>`: an SVG with
`role="img"`, a `<title>` and a `<desc>` that says in words everything the picture
shows, so that it reads without JavaScript, without colours and with a screen reader.
Every text reaches the templates as plain text, which the environment's autoescape
escapes; `timeline_svg` and `status_svg` render them, and callers may mark the result
safe.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from markupsafe import escape

from .i18n import colon, format_date, translator
from .model import Document, Version
from .periods import Binding
from .vocabulary import COMMITMENT_STATUSES

if TYPE_CHECKING:
    import jinja2

NOT_STATED = "none"
STATUS_KEYS = (*COMMITMENT_STATUSES, NOT_STATED)  # planned, ongoing, done, dropped, none

TIMELINE_TEMPLATE = "_timeline_chart.j2"
STATUS_TEMPLATE = "_status_chart.j2"

# Sizes in SVG units; the pictures scale to the width of the page.
_WIDTH = 560
_PAD_X = 2
_ROW = 44
_BAR = 14
_AXIS = 30
_FONT = 17
# An end of validity this many years past every other date of the document (9999-12-31,
# a common way to write "open-ended") is drawn as an open bar, its date said in words:
# drawn to scale, it would squeeze every other bar into a line.
FAR_YEARS = 100
_LAST_YEAR = date.max.year  # 9999: the axis ends at the latest on the last day of it


def _ident(*parts: str) -> str:
    """An id usable in HTML and in url(#...), from parts that may hold any text."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-")


def _num(value: float) -> str:
    """A number as the pictures write it: 187.2, 12 (not 12.0)."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


class Coord(float):
    """A position or size in SVG units, written with one decimal at most and no trailing
    zero (12, 187.2): in a template (`{{ bar.x }}`) as by str(). Sums of coordinates are
    plain floats."""

    __slots__ = ()

    def __str__(self) -> str:
        return _num(self)

    __html__ = __str__  # what autoescape asks for


# --- the versions of a document in time -----------------------------------------------


@dataclass(frozen=True)
class Rect:
    """A bar from one date to another."""

    shape: ClassVar[str] = "rect"
    x: Coord
    y: Coord
    width: Coord
    height: Coord


@dataclass(frozen=True)
class Dot:
    """A version of which only the day of adoption is known."""

    shape: ClassVar[str] = "dot"
    cx: Coord
    cy: Coord
    r: Coord


@dataclass(frozen=True)
class OpenBar:
    """A bar with no known end: it runs to the end of the axis and ends in a point."""

    shape: ClassVar[str] = "open"
    d: str  # SVG path data


@dataclass(frozen=True)
class Label:
    """A line of text in a picture; `anchor` "end" puts its end, not its start, at x."""

    text: str
    x: Coord
    y: Coord
    anchor: str | None = None


@dataclass(frozen=True)
class TimelineRow:
    """One version: its bar (none when it has no date) and the words above it."""

    version: str  # its label, which `mark_version` finds in data-pacte-row
    status: str
    label: Label
    bar: Rect | Dot | OpenBar | None = None
    fill: str = ""  # a colour, or url(#...) of the hatching for a draft
    stroke: str | None = None


@dataclass(frozen=True)
class Connector:
    """An arrow from the version replaced to the one replacing it."""

    d: str  # SVG path data


@dataclass(frozen=True)
class YearAxis:
    """A line under the rows, a dashed line at the start of each year, the years' numbers
    (every year, or every second or fifth one on a long axis) in the middle of theirs."""

    x1: Coord
    x2: Coord
    y: Coord
    grid_top: Coord
    grid_bottom: Coord
    ticks: tuple[Coord, ...]  # x of the start of each year, and of the axis's end
    years: tuple[Label, ...]
    font_size: int


class _Described:
    """A picture, or a row of one, whose title and description its SVG names by id."""

    id: str

    @property
    def title_id(self) -> str:
        return f"{self.id}-title"

    @property
    def desc_id(self) -> str:
        return f"{self.id}-desc"


@dataclass(frozen=True)
class Timeline(_Described):
    """The versions of a document on a year axis, as `_timeline_chart.j2` draws them."""

    id: str
    title: str
    description: str  # everything the picture shows, in words
    caption: str
    width: int
    height: int
    font_size: int
    rows: tuple[TimelineRow, ...]
    connectors: tuple[Connector, ...]
    axis: YearAxis | None  # none when no version has a date

    @property
    def hatch_id(self) -> str:
        return f"{self.id}-hatch"

    @property
    def arrow_id(self) -> str:
        return f"{self.id}-arrow"


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


_BAR_FILL = {
    "in-force": "#2e7d32",
    "expired": "#757575",
    "superseded": "#757575",
    "terminated": "#757575",
}
_OTHER_FILL = "#757575"
_DRAFT_STROKE = "#8a6100"  # the ink of the hatching (in the template)


def timeline(document: Document, language: str) -> Timeline:
    """The versions of a document on a year axis: a bar per period of validity."""
    t = translator(language)

    def day(value: date) -> str:
        return format_date(value, language)

    spans = _spans(document)
    base = _ident("pacte-timeline", document.kind, document.id)
    dated = [s for s in spans if s.start is not None]
    starts = [s.start for s in dated if s.start is not None]
    horizon = max(starts, default=date.min).year + FAR_YEARS
    far = {id(s) for s in dated if s.end is not None and s.end.year > horizon}
    known: list[date] = [
        d for s in dated for d in (s.start, None if id(s) in far else s.end) if d is not None
    ]
    first_year = min((d.year for d in known), default=0)
    last_year = max((d.year for d in known), default=0)
    open_ended = any(s.end is None or id(s) in far for s in dated)
    end_year = max(last_year + 1 + (1 if open_ended else 0), first_year + 3)
    end_year = min(end_year, _LAST_YEAR + 1)
    axis_start = _year_start(first_year or 1)
    axis_end = _year_start(end_year or 4)
    left, right = _PAD_X, _WIDTH - _PAD_X
    total_days = (axis_end - axis_start) or 1

    def x(value: date) -> float:
        place = left + (value.toordinal() - axis_start) / total_days * (right - left)
        return min(max(place, left), right)

    def year_x(year: int) -> float:
        return left + (_year_start(year) - axis_start) / total_days * (right - left)

    axis_y = 6 + len(spans) * _ROW
    rows: list[TimelineRow] = []
    ends: dict[str, tuple[float, float, float]] = {}  # label -> (x start, x end, bar middle y)
    for index, span in enumerate(spans):
        top = 6 + index * _ROW
        bar_y = top + _ROW - _BAR - 8
        version = span.version
        status = version.status
        words = f"{version.label} · {t('status:' + status)}"
        if span.start is None:
            label = Label(f"{words} · {t('undated')}", Coord(left), Coord(bar_y + _BAR - 1))
            rows.append(TimelineRow(version.label, status, label))
            continue
        x1 = x(span.start)
        if version.is_draft:  # hatched and outlined: a draft is not a period of validity yet
            fill, stroke = f"url(#{base}-hatch)", _DRAFT_STROKE
        else:
            fill, stroke = _BAR_FILL.get(status, _OTHER_FILL), None
        bar: Rect | Dot | OpenBar
        if span.point:
            centre, x1, x2 = x1, x1 - _BAR / 2, x1 + _BAR / 2
            bar = Dot(Coord(centre), Coord(bar_y + _BAR / 2), Coord(_BAR / 2))
        elif span.end is None or id(span) in far:
            x2 = right
            bar = _open_bar(x1, bar_y, right)
            if span.end is None:
                words += f" · {t('open-ended')}"
            else:  # drawn open, its date said
                words += f" · {t('until-date')} {day(span.end)}"
        else:
            x2 = max(x(span.end), x1 + 2)
            bar = Rect(Coord(x1), Coord(bar_y), Coord(x2 - x1), Coord(_BAR))
        # the label sits above its bar, kept inside the picture
        label = _bar_label(words, x1, x2, bar_y, left, right)
        rows.append(TimelineRow(version.label, status, label, bar, fill, stroke))
        ends[version.label] = (x1, x2, bar_y + _BAR / 2)
    connectors = []
    for span in spans:
        before = ends.get(span.version.supersedes or "")
        after = ends.get(span.version.label)
        if before is not None and after is not None:
            connectors.append(_connector(before, after))
    return Timeline(
        id=base,
        title=f"{t('timeline')} — {document.title}",
        description=" ".join(_describe(s, t, day) for s in spans),
        caption=t("timeline"),
        width=_WIDTH,
        height=axis_y + _AXIS,
        font_size=_FONT,
        rows=tuple(rows),
        connectors=tuple(connectors),
        axis=_year_axis(first_year, end_year, year_x, axis_y) if dated else None,
    )


def _connector(before: tuple[float, float, float], after: tuple[float, float, float]) -> Connector:
    """An arrow from the version replaced down to the start of the one replacing it."""
    (before_start, before_end, before_y), (after_start, _, after_y) = before, after
    # leave from under the earlier bar, far enough left of the later one for the arrowhead
    x = max(before_start + 2, min(before_end, after_start) - 14)
    top, end = before_y + _BAR / 2, after_start - 1
    path = f"M{_num(x)},{_num(top)} V{_num(after_y - 5)} Q{_num(x)},{_num(after_y)}"
    path += f" {_num(x + 5)},{_num(after_y)} H{_num(max(end, x + 6))}"
    return Connector(path)


def _year_start(year: int) -> int:
    """The ordinal of the first day of YEAR; past 9999, of the day after the last date."""
    if year > _LAST_YEAR:
        return date.max.toordinal() + 1
    return date(year, 1, 1).toordinal()


_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)


def _year_axis(first: int, end: int, x: Callable[[int], float], axis_y: int) -> YearAxis:
    """The axis from the start of year FIRST to the start of year END; X places the start
    of a year. A long axis names every second, fifth, tenth... year, and its dashed lines
    follow the names once there would be more than 60 of them."""
    years = range(first, end)
    step = next((s for s in _STEPS if len(years) <= 12 * s), _STEPS[-1])
    lines = years if len(years) <= 60 else years[::step]
    return YearAxis(
        x1=Coord(x(first)),
        x2=Coord(x(end)),
        y=Coord(axis_y),
        grid_top=Coord(2),
        grid_bottom=Coord(axis_y + 5),
        ticks=tuple(Coord(x(year)) for year in [*lines, end]),
        years=tuple(
            Label(
                str(year),
                Coord((x(year) + x(year + 1)) / 2),
                Coord(axis_y + 20),
                anchor="middle",
            )
            for year in years[::step]
        ),
        font_size=_FONT - 2,
    )


def timeline_svg(document: Document, language: str, env: jinja2.Environment) -> str:
    """The timeline of a document as the markup of a `<figure>` (`_timeline_chart.j2`).

    `env` is the environment of the site's templates (`pages.make_environment`), which
    compiles the template once and escapes every text.
    """
    template = env.get_template(TIMELINE_TEMPLATE)
    return template.render(chart=timeline(document, language))


def _open_bar(x1: float, bar_y: float, right: float) -> OpenBar:
    """A bar from X1 that runs on to the picture's right edge, pointed: no end date."""
    tip = right - _BAR
    return OpenBar(
        f"M{_num(x1)},{_num(bar_y)} H{_num(tip)} L{_num(right)},{_num(bar_y + _BAR / 2)}"
        f" L{_num(tip)},{_num(bar_y + _BAR)} H{_num(x1)} z"
    )


def _bar_label(words: str, x1: float, x2: float, bar_y: float, left: float, right: float) -> Label:
    """The words above a bar, from its start, or ending at its end: inside the picture."""
    if x1 <= left + (right - left) * 0.55:
        return Label(words, Coord(x1), Coord(bar_y - 5))
    return Label(words, Coord(x2), Coord(bar_y - 5), anchor="end")


# about how wide a character of the pictures' text is, in SVG units (0.56 em)
_CHAR = _FONT * 0.56


def _fit(title: str, label: str, when: str, room: float) -> str:
    """The words above a bar in ROOM units at most: TITLE, LABEL and WHEN; without WHEN
    if they do not fit (the bar shows the period), and the title cut short with an
    ellipsis if it still does not fit."""
    most = max(int(room / _CHAR), 12)
    if len(title) + len(label) + len(when) <= most:
        return title + label + when
    if len(title) + len(label) <= most:
        return title + label
    return title[: max(most - len(label) - 1, 4)].rstrip() + "…" + label


@dataclass(frozen=True)
class _PeriodAxis:
    """The year axis of an organisation's periods, shared by its timeline and its count
    chart: from the first year a period starts to a year past the last end it knows
    (an end more than FAR_YEARS after the last start is drawn open)."""

    horizon: int  # the last year an end is drawn at
    first_year: int
    end_year: int
    start: int  # the axis's first day (ordinal)
    days: int  # days the axis spans

    @classmethod
    def of(cls, bound: Sequence[Binding]) -> _PeriodAxis:
        starts = [b.period.start for b in bound]
        horizon = max(starts).year + FAR_YEARS
        ends = [b.period.end for b in bound]
        known = [*starts, *(e for e in ends if e is not None and e.year <= horizon)]
        first_year = min(d.year for d in known)
        open_ended = any(e is None or e.year > horizon for e in ends)
        last = max(d.year for d in known) + 1 + (1 if open_ended else 0)
        end_year = min(max(last, first_year + 3), _LAST_YEAR + 1)
        start = _year_start(first_year)
        return cls(horizon, first_year, end_year, start, (_year_start(end_year) - start) or 1)

    def x(self, ordinal: int) -> float:
        """Where a day is, within the picture's margins."""
        left, right = _PAD_X, _WIDTH - _PAD_X
        place = left + (ordinal - self.start) / self.days * (right - left)
        return min(max(place, left), right)

    def year_x(self, year: int) -> float:
        left, right = _PAD_X, _WIDTH - _PAD_X
        return left + (_year_start(year) - self.start) / self.days * (right - left)


def member_timeline(
    member: str, name: str, bound: Sequence[Binding], language: str
) -> Timeline | None:
    """When an organisation was bound by each version (periods.py): a bar per period,
    on the same kind of year axis as a document's timeline; none without any period."""
    if not bound:
        return None
    t = translator(language)

    def day(value: date) -> str:
        return format_date(value, language)

    axis = _PeriodAxis.of(bound)
    horizon, left, right = axis.horizon, _PAD_X, _WIDTH - _PAD_X

    def x(value: date) -> float:
        return axis.x(value.toordinal())

    rows: list[TimelineRow] = []
    words_all: list[str] = []
    for index, binding in enumerate(bound):
        version, period = binding.version, binding.period
        bar_y = 6 + index * _ROW + _ROW - _BAR - 8
        when = (
            f"{t('since')} {day(period.start)}"
            if period.end is None
            else f"{t('from-date')} {day(period.start)} {t('until-date')} {day(period.end)}"
        )
        label_words, when_words = f" ({version.label})", f" · {when}"
        words_all.append(f"{version.title}{label_words}{when_words}.")
        x1 = x(period.start)
        bar: Rect | OpenBar
        if period.end is None or period.end.year > horizon:
            x2: float = right
            bar = _open_bar(x1, bar_y, right)
        else:
            x2 = max(x(period.end), x1 + 2)
            bar = Rect(Coord(x1), Coord(bar_y), Coord(x2 - x1), Coord(_BAR))
        # the words above a bar stay in the picture: cut short when too long (the description
        # and the table of documents say them whole)
        room = right - x1 if x1 <= left + (right - left) * 0.55 else x2 - left
        words = _fit(version.title, label_words, when_words, room)
        label = _bar_label(words, x1, x2, bar_y, left, right)
        fill = _BAR_FILL.get(version.status, _OTHER_FILL)
        rows.append(
            TimelineRow(f"{version.document}/{version.label}", version.status, label, bar, fill)
        )
    axis_y = 6 + len(bound) * _ROW
    return Timeline(
        id=_ident("pacte-member-timeline", member),
        title=f"{t('member-periods')} — {name}",
        description=" ".join(words_all),
        caption=t("member-periods"),
        width=_WIDTH,
        height=axis_y + _AXIS,
        font_size=_FONT,
        rows=tuple(rows),
        connectors=(),
        axis=_year_axis(axis.first_year, axis.end_year, axis.year_x, axis_y),
    )


@dataclass(frozen=True)
class CountChart(_Described):
    """How many versions bound an organisation at once, over time: a stepped area on a
    year axis, as `_bound_chart.j2` draws it (for an organisation bound by many)."""

    id: str
    title: str
    description: str  # what the picture shows, in words
    caption: str
    width: int
    height: int
    font_size: int
    area: str  # SVG path data of the area under the count
    top: Coord  # y of the largest count
    most: Label  # the largest count, written at the top of the area
    axis: YearAxis


def bound_count(member: str, name: str, bound: Sequence[Binding], language: str) -> CountChart:
    """How many versions bound an organisation at once, from its first period to the end
    of the axis (as `member_timeline` lays it out); a version binds it from the first day
    of its period to the last, both included."""
    t = translator(language)
    steps: Counter[int] = Counter()
    starts = [b.period.start for b in bound]
    axis = _PeriodAxis.of(bound)
    x, left, right = axis.x, _PAD_X, _WIDTH - _PAD_X
    for binding in bound:
        steps[binding.period.start.toordinal()] += 1
        end = binding.period.end
        if end is not None and end.year <= axis.horizon:
            steps[end.toordinal() + 1] -= 1

    top, base = 26, 126  # the largest count, and none
    count, most, most_day = 0, 0, min(starts)
    heights: list[tuple[int, int]] = []  # (day, count from that day on)
    for day in sorted(steps):
        count += steps[day]
        if count > most:
            most, most_day = count, date.fromordinal(day)
        heights.append((day, count))

    def y(value: int) -> float:
        return base - value / (most or 1) * (base - top)

    # a step where the count changes, the changes of one same place on the axis as one
    places: dict[str, int] = {}
    for day, value in heights:
        places[_num(x(day))] = value
    path = [f"M{next(iter(places))},{base}"]
    path.extend(f"H{place} V{_num(y(value))}" for place, value in places.items())
    path.append(f"H{_num(right)} V{base} z")

    def day_text(value: date) -> str:
        return format_date(value, language)

    return CountChart(
        id=_ident("pacte-member-timeline", member),
        title=f"{t('member-periods')} — {name}",
        description=t("bound-count-desc").format(
            count=len(bound), first=day_text(min(starts)), most=most, when=day_text(most_day)
        ),
        caption=t("bound-count-caption"),
        width=_WIDTH,
        height=base + _AXIS,
        font_size=_FONT,
        area=" ".join(path),
        top=Coord(top),
        most=Label(str(most), Coord(left), Coord(top - 6)),
        axis=_year_axis(axis.first_year, axis.end_year, axis.year_x, base),
    )


# An organisation bound by more versions than this gets the count of them over time (a
# picture of a fixed size) rather than a bar for each, which the table of documents lists.
TIMELINE_BARS = 12
COUNT_TEMPLATE = "_bound_chart.j2"


def member_timeline_svg(
    member: str, name: str, bound: Sequence[Binding], language: str, env: jinja2.Environment
) -> str:
    """The periods of an organisation as the markup of a `<figure>`: a bar for each
    (`_timeline_chart.j2`), or how many bound it at once when they are many
    (`_bound_chart.j2`)."""
    if len(bound) > TIMELINE_BARS:
        count = bound_count(member, name, bound, language)
        return env.get_template(COUNT_TEMPLATE).render(chart=count)
    chart = member_timeline(member, name, bound, language)
    return "" if chart is None else env.get_template(TIMELINE_TEMPLATE).render(chart=chart)


def mark_version(svg: str, label: str) -> str:
    """The timeline of a document with the row of one version marked as the page's own."""
    needle = f'data-pacte-row="{escape(label)}"'
    return svg.replace(needle, needle + " data-pacte-this", 1)


# --- commitments by status --------------------------------------------------------------


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


@dataclass(frozen=True)
class Segment:
    """The commitments of one status in a stacked bar, and their line in its key."""

    key: str  # a status key: planned, ongoing, done, dropped, none
    name: str  # the status in words
    count: int
    legend: str  # name and count, as the key under the bar says them
    x: Coord
    width: Coord
    fill: str  # a colour, or url(#...) of the hatching for dropped commitments
    ink: str  # the colour of the number written on the segment
    count_x: Coord | None  # the middle of the number, None when none is written


@dataclass(frozen=True)
class StatusRow(_Described):
    """A group of commitments (in force, other versions): a line of text, a bar, its key."""

    id: str
    name: str  # the heading and the number of commitments
    description: str  # every status and its number, in words
    hatch_id: str | None  # the pattern of dropped commitments, if there are any
    segments: tuple[Segment, ...]  # the statuses that have commitments, in order


@dataclass(frozen=True)
class StatusChart:
    """Commitments by status, a row per group, as `_status_chart.j2` draws them."""

    id: str
    title: str
    width: int
    height: int
    bar_top: Coord
    bar_height: Coord
    count_y: Coord  # the baseline of the numbers written on the segments
    font_size: int
    rows: tuple[StatusRow, ...]


def status_chart(
    chart_id: str, rows: Sequence[tuple[str, Mapping[str, int]]], language: str
) -> StatusChart | None:
    """Commitments by status: for each group (in force, other versions) a line of text,
    a stacked bar and its key, the numbers written in both.

    `rows` are (heading, counts by status key); rows without commitments are left
    out, and so is the whole picture (None) when no row has any.
    """
    t = translator(language)
    rows = [(heading, counts) for heading, counts in rows if sum(counts.values())]
    if not rows:
        return None
    base = _ident("pacte-status-chart", chart_id)
    separator = colon(language)
    largest = max(sum(counts.values()) for _, counts in rows)
    left, right, height = 1, _WIDTH - 1, 22
    made: list[StatusRow] = []
    for index, (heading, counts) in enumerate(rows):
        ident = f"{base}-{index}"
        words = ", ".join(f"{t('commitment:' + key)} {counts.get(key, 0)}" for key in STATUS_KEYS)
        # dropped: hatched, so that it differs by more than colour
        hatch = f"{ident}-hatch" if counts.get("dropped") else None
        segments: list[Segment] = []
        position = float(left)
        for key in STATUS_KEYS:
            count = counts.get(key, 0)
            if not count:
                continue
            width = count / largest * (right - left)
            fill, ink = _STATUS_FILL[key]
            if key == "dropped":
                fill = f"url(#{hatch})"
            name = t("commitment:" + key)
            segments.append(
                Segment(
                    key=key,
                    name=name,
                    count=count,
                    legend=f"{name}{separator}{count}",
                    x=Coord(position),
                    width=Coord(width),
                    fill=fill,
                    ink=ink,
                    # the hatching would hide a number, and a narrow segment cannot hold one
                    count_x=Coord(position + width / 2)
                    if width >= 24 and key != "dropped"
                    else None,
                )
            )
            position += width
        made.append(
            StatusRow(
                id=ident,
                name=f"{heading}{separator}{sum(counts.values())}",
                description=words + ".",
                hatch_id=hatch,
                segments=tuple(segments),
            )
        )
    return StatusChart(
        id=base,
        title=t("commitments-by-status"),
        width=_WIDTH,
        height=height,
        bar_top=Coord(1),
        bar_height=Coord(height - 2),
        count_y=Coord(height - 6),
        font_size=_FONT - 2,
        rows=tuple(made),
    )


def status_svg(
    chart_id: str,
    rows: Sequence[tuple[str, Mapping[str, int]]],
    language: str,
    env: jinja2.Environment,
) -> str:
    """The commitments by status as the markup of a `<figure>` (`_status_chart.j2`),
    or "" when there are none; `env` as for `timeline_svg`."""
    chart = status_chart(chart_id, rows, language)
    if chart is None:
        return ""
    return env.get_template(STATUS_TEMPLATE).render(chart=chart)
