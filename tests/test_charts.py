"""The pictures of charts.py: well-formed, labelled for screen readers, escaped, and saying
in words what they draw."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from pacte import charts, urls
from pacte.model import Commitment, Document, Organisation, Party, Period, Site, Version
from pacte.pages import Generator, make_environment

SVG = "{http://www.w3.org/2000/svg}"
ENV = make_environment()  # the package's own templates


def version(label: str, status: str = "in-force", **fields: object) -> Version:
    values: dict[str, object] = {
        "kind": "convention",
        "document": "convention-test",
        "label": label,
        "path": f"conventions/convention-test/{label}.md",
        "title": "Convention de test",
        "status": status,
        "parties": (Party("federation"),),
        **fields,
    }
    return Version(**values)  # type: ignore[arg-type]


def document(*versions: Version) -> Document:
    return Document("convention", "convention-test", versions)


def parse(markup: str) -> ET.Element:
    """The figure as XML: the markup must be well-formed for the browser's HTML parser too."""
    return ET.fromstring(markup)


def labelled_images(figure: ET.Element) -> list[tuple[str, str]]:
    """(name, description) of every SVG of the figure, as a screen reader gets them."""
    texts = {el.get("id"): "".join(el.itertext()) for el in figure.iter() if el.get("id")}
    images = []
    for svg in figure.iter(f"{SVG}svg"):
        assert svg.get("role") == "img"
        assert svg.find(f"{SVG}title") is not None and svg.find(f"{SVG}desc") is not None
        name_id, desc_id = str(svg.get("aria-labelledby")).split()
        images.append((texts[name_id], texts[desc_id]))
    return images


def test_timeline_escapes_every_text_of_the_sources() -> None:
    hostile = version(
        "2024<b>",
        title='<script>alert("x")</script> & co',
        effective=Period(date(2024, 1, 1), date(2026, 12, 31)),
    )
    markup = charts.timeline_svg(document(hostile), "fr", ENV)
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "2024&lt;b&gt;" in markup
    figure = parse(markup)
    ((name, description),) = labelled_images(figure)
    assert name == 'Les versions dans le temps — <script>alert("x")</script> & co'
    assert description.startswith("2024<b> · En vigueur · du 1er janvier 2024 au 31 décembre 2026")


def test_timeline_draws_periods_supersessions_and_open_ends() -> None:
    first = version(
        "2020-2022", "superseded", effective=Period(date(2020, 1, 1), date(2022, 12, 31))
    )
    second = version("2023", supersedes="2020-2022", effective=Period(date(2023, 1, 1)))
    figure = parse(charts.timeline_svg(document(first, second), "fr", ENV))
    rows = {g.get("data-pacte-row"): g for g in figure.iter(f"{SVG}g") if g.get("data-pacte-row")}
    assert list(rows) == ["2020-2022", "2023"]
    closed = rows["2020-2022"].find(f"{SVG}rect")
    assert closed is not None and closed.get("class") == "pacte-chart-bar"
    opened = rows["2023"].find(f"{SVG}path")
    assert opened is not None and "pacte-chart-bar--open" in str(opened.get("class"))
    assert "sans terme" in "".join(rows["2023"].itertext())
    # the open bar runs to the end of the axis, which goes a year past the last known date
    years = [t.text for t in figure.iter(f"{SVG}text") if t.text and t.text.isdigit()]
    assert years == ["2020", "2021", "2022", "2023", "2024"]
    connectors = [p for p in figure.iter(f"{SVG}path") if p.get("class") == "pacte-chart-connector"]
    assert len(connectors) == 1 and "arrow" in str(connectors[0].get("marker-end"))
    ((_, description),) = labelled_images(figure)
    assert "2023 · En vigueur · depuis le 1er janvier 2023 (sans terme) · Remplace 2020-2022." in (
        description
    )


def test_timeline_hatches_drafts_and_says_what_has_no_date() -> None:
    adopted = version("2017", "expired", adopted=date(2016, 12, 15))  # no period: a dot
    draft = version("2020", "draft", supersedes="2017")  # no date: after the one it replaces
    alone = version("brouillon", "draft")  # nothing to place it by
    markup = charts.timeline_svg(document(adopted, draft, alone), "en", ENV)
    figure = parse(markup)
    rows = {g.get("data-pacte-row"): g for g in figure.iter(f"{SVG}g") if g.get("data-pacte-row")}
    assert rows["2017"].find(f"{SVG}circle") is not None
    hatched = rows["2020"].find(f"{SVG}path")
    assert hatched is not None and re.fullmatch(r"url\(#.*-hatch\)", str(hatched.get("fill")))
    assert "no date" in "".join(rows["brouillon"].itertext())
    ((_, description),) = labelled_images(figure)
    assert "2017 · Expired · Adopted 15 December 2016." in description
    assert "2020 · Draft · no date · Replaces 2017." in description


def test_the_charts_are_data_that_the_templates_draw() -> None:
    first = version("2020", "superseded", effective=Period(date(2020, 1, 1), date(2022, 1, 1)))
    second = version("2022", supersedes="2020", effective=Period(date(2022, 1, 2)))
    chart = charts.timeline(document(first, second), "en")
    assert [(row.version, row.status) for row in chart.rows] == [
        ("2020", "superseded"),
        ("2022", "in-force"),
    ]
    assert isinstance(chart.rows[0].bar, charts.Rect)
    assert isinstance(chart.rows[1].bar, charts.OpenBar) and len(chart.connectors) == 1
    assert chart.axis is not None
    assert [y.text for y in chart.axis.years] == ["2020", "2021", "2022", "2023"]
    # coordinates are numbers, written as the pictures write them
    assert str(charts.Coord(35.0)) == "35" and str(charts.Coord(187.24)) == "187.2"
    status = charts.status_chart("org", [("In force", charts.count_statuses(["done"]))], "en")
    assert status is not None
    ((segment,),) = [row.segments for row in status.rows]
    assert (segment.key, segment.count, segment.legend) == ("done", 1, "Done: 1")
    assert charts.status_chart("org", [("In force", {})], "en") is None


def test_timeline_marks_the_version_of_the_page() -> None:
    first = version("2020", "superseded", effective=Period(date(2020, 1, 1), date(2022, 1, 1)))
    second = version("2022", supersedes="2020", effective=Period(date(2022, 1, 2)))
    markup = charts.timeline_svg(document(first, second), "de", ENV)
    marked = charts.mark_version(markup, "2022")
    assert marked.count("data-pacte-this") == 1
    assert 'data-pacte-row="2022" data-pacte-this' in marked
    assert "Die Fassungen im Zeitverlauf" in markup


def test_status_chart_writes_the_numbers_in_words() -> None:
    in_force = charts.count_statuses(["planned", "ongoing", "ongoing", None, "done"])
    earlier = charts.count_statuses(["done"] * 10 + ["dropped"])
    assert in_force == {"planned": 1, "ongoing": 2, "done": 1, "dropped": 0, "none": 1}
    markup = charts.status_svg(
        "org<script>", [("Engagements en vigueur", in_force), ("Autres", earlier)], "fr", ENV
    )
    assert "<script>" not in markup
    figure = parse(markup)
    images = labelled_images(figure)
    # French puts a no-break space before a colon
    assert images == [
        (
            "Engagements en vigueur\u00a0: 5",
            "Prévu 1, En cours 2, Réalisé 1, Abandonné 0, Non précisé 1.",
        ),
        ("Autres\u00a0: 11", "Prévu 0, En cours 0, Réalisé 10, Abandonné 1, Non précisé 0."),
    ]
    keys = ["".join(li.itertext()) for li in figure.iter("li")]
    assert keys == [
        "Prévu\u00a0: 1",
        "En cours\u00a0: 2",
        "Réalisé\u00a0: 1",
        "Non précisé\u00a0: 1",
        "Réalisé\u00a0: 10",
        "Abandonné\u00a0: 1",
    ]
    # the bars are to scale: 11 commitments fill the width, 5 a little under half of it
    widths = [
        sum(
            float(r.get("width", 0))
            for r in svg.iter(f"{SVG}rect")
            if "pacte-chart-segment" in str(r.get("class"))
        )
        for svg in figure.iter(f"{SVG}svg")
    ]
    assert widths[0] / widths[1] == pytest.approx(5 / 11, rel=0.02)


def test_status_chart_in_english_and_without_commitments() -> None:
    counts = charts.count_statuses(["done"])
    markup = charts.status_svg("org", [("In force", counts), ("Other", {})], "en", ENV)
    assert "In force: 1" in markup and "Other" not in markup
    assert charts.status_svg("org", [("In force", charts.count_statuses([]))], "en", ENV) == ""


def test_a_site_overrides_the_templates_of_the_charts(tmp_path: Path) -> None:
    """A site's `templates` folder (the Generator's template_dirs) draws the charts its
    own way, from the same data; the texts of the sources stay escaped."""
    (tmp_path / "_timeline_chart.j2").write_text(
        '<figure class="house-timeline">{% for row in chart.rows %}'
        '<b data-pacte-row="{{ row.version }}">{{ row.label.text }}</b>'
        "{% endfor %}</figure>\n",
        encoding="utf-8",
    )
    (tmp_path / "_status_chart.j2").write_text(
        '<figure class="house-status">{% for row in chart.rows %}{{ row.name }}'
        "{% for s in row.segments %}|{{ s.key }}={{ s.count }}{% endfor %}"
        "{% endfor %}</figure>\n",
        encoding="utf-8",
    )
    first = version(
        "2020<i>",
        "superseded",
        effective=Period(date(2020, 1, 1), date(2022, 1, 1)),
        commitments=(Commitment("a", "Former", status="done"),),
    )
    second = version(
        "2022",
        supersedes="2020<i>",
        effective=Period(date(2022, 1, 2)),
        commitments=(Commitment("b", "Rendre compte", status="ongoing"),),
    )
    site = Site(
        str(tmp_path),
        "fr",
        organisations={"federation": Organisation("federation", "Fédération <Nord>")},
        documents={("convention", "convention-test"): document(first, second)},
    )
    generator = Generator(site, language="fr", template_dirs=[tmp_path])
    page = generator.render(urls.version_src(second))
    timelines = [page.html, *page.late]
    assert any('<figure class="house-timeline">' in part for part in timelines)
    assert not any("pacte-timeline" in part for part in timelines)
    # the version of the page is still marked, and the hostile label escaped
    marked = next(part for part in timelines if "house-timeline" in part)
    assert 'data-pacte-row="2022" data-pacte-this' in marked
    assert "2020&lt;i&gt; · Remplacée" in marked and "<i>" not in marked
    member = generator.render(urls.member_src("federation"))
    parts = "".join([member.html, *member.late])
    assert '<figure class="house-status">' in parts and "pacte-status-chart" not in parts
    assert "|ongoing=1</figure>" in parts
    # the package's own templates still draw them where no site overrides them
    own = Generator(site, language="fr").render(urls.version_src(second))
    assert any('class="pacte-chart pacte-timeline"' in part for part in [own.html, *own.late])
