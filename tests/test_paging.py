"""Long lists in pages (plugins/pacte/paging.py) and the pictures of an organisation bound
by many versions, without MkDocs: the pages a list is cut into, the rows file, and the
labels of these pages in each language of the site."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import pytest

import longsite
from longsite import CHARTERS, IN_FORCE
from pacte import charts, paging, urls
from pacte.build import build_site
from pacte.model import Party, Period, Version
from pacte.pages import Generator, make_environment
from pacte.periods import Binding

SVG = "{http://www.w3.org/2000/svg}"


def test_a_list_is_cut_by_rows_and_by_bytes() -> None:
    pages = paging.split(list(range(1_001)), "conventions/index.md", lambda _: 10, 500)
    assert [(p.number, p.src, p.start, p.stop) for p in pages] == [
        (1, "conventions/index.md", 0, 500),
        (2, "conventions/page_2.md", 500, 1_000),
        (3, "conventions/page_3.md", 1_000, 1_001),
    ]
    heavy = paging.split(list(range(10)), "charters/index.md", lambda _: 250_000, 500)
    assert [(p.src, p.stop - p.start) for p in heavy] == [
        ("charters/index.md", 2),
        ("charters/page_2.md", 2),
        ("charters/page_3.md", 2),
        ("charters/page_4.md", 2),
        ("charters/page_5.md", 2),
    ]
    # a row heavier than a page alone still gets a page; an empty list one empty page
    assert len(paging.split([1, 2], "c/index.md", lambda _: 10**7, 500)) == 2
    assert [(p.start, p.stop) for p in paging.split([], "c/index.md", len, 500)] == [(0, 0)]


@pytest.fixture(scope="module")
def generators(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generator]:
    root = longsite.write_long_site(tmp_path_factory.mktemp("long"))
    made = {}
    for language in ("fr", "en", "it", "de"):
        result = build_site(root, language=language, today=dt.date(2026, 11, 22))
        assert result.generator is not None
        made[language] = result.generator
    return made


@pytest.mark.parametrize(
    ("language", "range_", "window", "pages"),
    [
        ("fr", "1 à 500 sur 630", "Les {shown} premiers sont affichés.", "Pages"),
        ("en", "1–500 of 630", "The first {shown} are shown.", "Pages"),
        ("it", "1–500 di 630", "Sono visualizzati i primi {shown}.", "Pagine"),
        ("de", "1–500 von 630", "Die ersten {shown} werden angezeigt.", "Seiten"),
    ],
)
def test_the_pages_of_a_list_speak_the_site_language(
    generators: dict[str, Generator], language: str, range_: str, window: str, pages: str
) -> None:
    generator = generators[language]
    html = generator.render("commitments/index.md").html
    assert range_ in html
    assert f'data-window="{window}"' in html
    assert f'aria-label="{pages}"' in generator.render("charters/index.md").html
    # the commitments page is one page: the others are in the rows file
    assert generator.knows("charters/page_2.md") and not generator.knows("commitments/page_2.md")


def test_the_rows_file_gives_every_commitment_once_in_the_page_order(
    generators: dict[str, Generator],
) -> None:
    generator = generators["fr"]
    data = json.loads(paging.rows_file(generator.site, generator.urls, generator.ledger))
    assert len(data["rows"]) == longsite.CHARTERS * 3
    first = data["rows"][0]
    version = data["versions"][first[0]]
    assert version[:5] == ["../charters/charte-000/2020/", "charter/charte-000", "2020",
                           "Charte n°000", "in-force"]  # fmt: skip
    assert first[1:] == [
        "c1",
        "Engagement 1 de la charte 000",
        0,  # by every party of the version
        "1",  # article 1, whose anchor is article-1
        "2021-02-01",
        "ongoing",
    ]
    assert data["dates"]["2021-02-01"] == "1er février 2021"  # as the site writes it
    members = {member[0]: member for member in data["members"]}
    assert members["home-00"] == ["home-00", "Foyer 00", None, "../members/home-00/"]
    # in force first, as the first page of the commitments page
    statuses = [data["versions"][row[0]][4] for row in data["rows"]]
    assert statuses == sorted(statuses, key=lambda status: status != "in-force")


def binding(member: str, start: dt.date, end: dt.date | None, label: str) -> Binding:
    party = Party(member)
    version = Version(
        "charter", f"doc-{label}", label, f"charters/doc-{label}/{label}.md", f"Charte {label}",
        "in-force" if end is None else "expired", (party,), adopted=start,
    )  # fmt: skip
    return Binding(member, version, party, Period(start, end), Period(start, end))


def test_many_periods_make_a_picture_of_how_many_bound_at_once() -> None:
    bound = [
        binding("org", dt.date(2010, 1, 1) + dt.timedelta(days=30 * n), None, f"{n:02d}")
        for n in range(20)
    ]
    bound += [binding("org", dt.date(2011, 1, 1), dt.date(2012, 12, 31), "old")]
    chart = charts.bound_count("org", "Organisation", bound, "fr")
    assert chart.description == (
        "21 versions l'ont liée à partir du 1er janvier 2010\u00a0; au plus 21 à la fois, "
        "le 25 juillet 2011."
    )
    assert chart.most.text == "21"
    env = make_environment()  # the package's templates
    svg = charts.member_timeline_svg("org", "Organisation", bound, "fr", env)
    figure = ET.fromstring(svg)
    assert figure.get("class") == "pacte-chart pacte-timeline pacte-count-chart"
    assert len(svg) < 4_000  # the same size whatever the number of periods
    paths = [p for p in figure.iter(f"{SVG}path") if p.get("class") == "pacte-chart-bar"]
    assert len(paths) == 1
    # a few periods keep a bar each
    few = charts.member_timeline_svg("org", "Organisation", bound[:3], "fr", env)
    assert few.count('class="pacte-chart-row') == 3


def test_the_words_above_a_bar_stay_in_the_picture() -> None:
    title = "Convention d'appui à la lutte contre la pauvreté et d'accès à l'emploi 2019-2021"
    label, when = " (2019-2021)", " · du 28 juin 2019 au 31 décembre 2021"
    assert charts._fit("Charte", label, when, 540) == "Charte" + label + when
    # no room for the period (the bar shows it): the title and label, the title cut short
    short = charts._fit(title, label, when, 400)
    assert short.endswith("…" + label) and len(short) <= 400 / charts._CHAR
    assert charts._fit("Convention constitutive", label, when, 400) == (
        "Convention constitutive" + label
    )


def test_a_member_with_hundreds_of_earlier_commitments_gets_their_number(
    generators: dict[str, Generator], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The federation is bound by 30 expired charters' first commitment: listed as text
    under EARLIER_LISTED, counted above it (each is on its version's page, which the
    table of documents links to)."""
    generator = generators["fr"]
    src = urls.member_src("federation")
    rendered = generator.render(src)
    listed = rendered.fill_late(rendered.html)
    assert listed.count('<ul class="pacte-earlier-list">') == CHARTERS - IN_FORCE
    assert "Engagement 1 de la charte 205" in listed
    monkeypatch.setattr(paging, "EARLIER_LISTED", 29)
    again = generator.render(src)
    counted = again.fill_late(again.html)
    assert 'class="pacte-earlier-list"' not in counted
    assert "Engagement 1 de la charte 205" not in counted
    assert 'class="pacte-earlier"' not in counted  # no table repeating the documents
    assert (
        '<p class="pacte-earlier-counted">30 engagements de 30 autres versions '
        "l&#39;ont liée\u00a0: chacun figure parmi les engagements de sa version"
    ) in counted
    assert '<a href="../../charters/charte-205/2020/">' in counted  # in the documents
    # what is in force is listed whatever the number
    assert "Engagement 1 de la charte 010" in counted
