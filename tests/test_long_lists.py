"""Long lists (paging.py), built for real: a site of 210 charters and 630 commitments
(longsite.py) whose listing of charters is cut into pages, and whose commitments page
holds its first 500 rows and filters every commitment with the rows file.

Without script every document is on one of the listing's pages, and every commitment on
its version's page (the commitments page says so); with script
(headless Chromium) the filters, sorting and "show more" of the commitments page work
over the rows of every page, drawn as the page draws its own; a member bound by 210
versions gets a picture of a fixed size, and the date field still works over every
period.
"""

from __future__ import annotations

import functools
import html as html_module
import http.server
import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import longsite
from sitefixture import mkdocs_build
from sitepages import DESKTOP, PHONE
from test_accessibility import axe_violations

if TYPE_CHECKING:
    from browsersite import Visit

pytest_plugins = ["browsersite"]

LIMIT = 1_000_000  # bytes: no HTML page above it


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = longsite.write_long_site(tmp_path_factory.mktemp("long"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def commitments(site: Path) -> list[dict[str, Any]]:
    return list(json.loads((site / "data" / "commitments.json").read_text(encoding="utf-8")))


def linked_commitments(html: str) -> list[str]:
    """The commitments a page links to, in order: document/version/id."""
    links = re.findall(r'<td><a href="[./]*charters/([^"#]+)/#commitment-([^"]+)"', html)
    return [f"{version}/{commitment}" for version, commitment in links]


def pager(html: str) -> list[tuple[str, bool]]:
    """The links of a page's first list of pages: address, and whether it is this page."""
    found = re.search(r'<nav class="pacte-pager".*?</nav>', html, re.S)
    assert found is not None
    return [
        (href, current != "")
        for href, current in re.findall(r'<a href="([^"]+)"( aria-current="page")?>', found.group())
    ]


def test_the_commitments_page_holds_the_first_rows_and_says_where_the_others_are(
    built: Path,
) -> None:
    first = read(built, "commitments")
    assert "pacte-pager" not in first and not (built / "commitments" / "page_2").exists()
    data = commitments(built)
    assert len(data) == longsite.CHARTERS * 3
    on_page = linked_commitments(first)
    assert len(on_page) == len(set(on_page)) == 500  # paging.PAGE_ROWS
    statuses = {f"{c['document']}/{c['version']}/{c['id']}": c["version_status"] for c in data}
    order = [statuses[key] == "in-force" for key in on_page]
    assert order == sorted(order, reverse=True)  # those in force first
    # without script, the page says how many it holds and where the others are
    text = html_module.unescape(re.sub(r"<[^>]+>", "", first))
    assert "1 à 500 sur 630. Les autres sont sur la page de leur version" in text
    assert 'href="../data/commitments.csv"' in first
    # and every commitment is on its version's page, by the address the data gives
    for c in data:
        page, _, anchor = c["url"].partition("#")
        assert f'id="{anchor}"' in read(built, page.rstrip("/")), c["url"]
    # markup in a source is shown as text
    hostile = read(built, f"charters/charte-{longsite.HOSTILE}/2020")
    escaped = "Engagement &lt;script&gt;alert(2)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;"
    assert escaped in hostile
    assert "<script>alert" not in hostile and "<img src=x" not in hostile


def test_the_rows_file_holds_every_commitment_as_data(built: Path) -> None:
    first = read(built, "commitments")
    table = re.search(r'<table class="[^"]*pacte-all-commitments"[^>]*>', first)
    assert table is not None
    assert 'data-pacte-rows="rows.json"' in table.group()
    assert 'data-pacte-default="540"' in table.group()  # what the page opens on: in force
    assert "<template data-pacte-row-template" in first
    rows = json.loads((built / "commitments" / "rows.json").read_text(encoding="utf-8"))
    members = [member[0] for member in rows["members"]]
    found = []
    for row in rows["rows"]:
        link, _, _, _, status, _, everyone = rows["versions"][row[0]]
        by = everyone if row[3] == 0 else row[3]
        found.append((link, row[1], row[2], tuple(members[m] for m in by), status))
    expected = [
        (
            f"../charters/{c['document']}/{c['version']}/",
            c["id"],
            c["text"],
            tuple(c["by"]),
            c["version_status"],
        )
        for c in commitments(built)
    ]
    assert sorted(found) == sorted(expected)
    # the rows in the order of the page, which holds the first ones
    order = [f"{link.split('/')[2]}/{link.split('/')[3]}/{cid}" for link, cid, *_ in found]
    assert order[:500] == linked_commitments(first)
    # texts as they are, never made HTML: the page draws them with textContent
    assert longsite.HOSTILE_TEXT in [row[2] for row in rows["rows"]]
    size = (built / "commitments" / "rows.json").stat().st_size
    assert size < 150 * len(found)  # compact: about 150 bytes a commitment at most


def test_the_charters_are_on_pages_in_force_first(built: Path) -> None:
    first, second = read(built, "charters"), read(built, "charters/page_2")
    assert pager(first) == [("./", True), ("page_2/", False)]
    listed = []
    for page in (first, second):
        listed += re.findall(r'<tr><td><a href="[./]*(charte-\d+)/">', page)
    assert sorted(listed) == [f"charte-{k:03d}" for k in range(longsite.CHARTERS)]
    assert len(set(listed)) == len(listed)
    assert listed[: longsite.IN_FORCE] == [f"charte-{k:03d}" for k in range(longsite.IN_FORCE)]
    # the first page alone is in the navigation; a long list is not sortable page by page
    home = read(built, "")
    assert 'href="charters/"' in home and "page_2" not in home
    assert "pacte-sortable" not in first
    assert "Chartes – page 2" in html_module.unescape(second)


def test_no_page_is_too_large(built: Path) -> None:
    sizes = {path: path.stat().st_size for path in built.rglob("*.html")}
    assert max(sizes.values()) < LIMIT
    assert (built / "members" / "federation" / "index.html").stat().st_size < 400_000


def test_a_member_bound_by_many_versions_gets_a_picture_of_a_fixed_size(built: Path) -> None:
    html = read(built, "members/federation")
    figure = re.search(
        r'<figure class="pacte-chart pacte-timeline pacte-count-chart".*?</figure>', html, re.S
    )
    assert figure is not None
    assert len(figure.group()) < 6_000
    desc = html_module.unescape(re.sub(r"<[^>]+>", " ", figure.group()))
    assert "210 versions l'ont liée à partir du 1er janvier 2010" in desc
    assert "au plus 180 à la fois" in desc
    # every row and group of rows says when its version bound the organisation
    documents = re.search(
        r'<table class="pacte-table pacte-labelled pacte-member-documents".*?</table>', html, re.S
    )
    assert documents is not None
    assert len(re.findall(r'<tr data-from="\d{4}-\d\d-\d\d"', documents.group())) == 210
    assert '<tr data-from="2010-01-20" data-until="2015-12-31">' in documents.group()


# --- in a browser -----------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def long_url(built: Path) -> Iterator[str]:
    """The built site, served by a plain static server on a free port of 127.0.0.1."""
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture
def tab(browser: Any, long_url: str) -> Iterator[Callable[..., Visit]]:
    from browsersite import _open

    opened: list[Visit] = []

    def open_tab(viewport: dict[str, int] = DESKTOP) -> Visit:
        opened.append(_open(browser, long_url, viewport))
        return opened[-1]

    yield open_tab
    for visit in opened:
        visit.page.context.close()


ROWS = "table.pacte-all-commitments tbody tr"
SHOWN = "document.querySelector('[data-pacte-shown]').textContent"


def rows_shown(page: Any) -> list[dict[str, str]]:
    return list(
        page.locator(f"{ROWS}:not([hidden])").evaluate_all(
            """(rows) => rows.map((row) => ({
                member: row.dataset.member, status: row.dataset.status,
                vstatus: row.dataset.vstatus, text: row.cells[0].innerText,
                due: row.cells[4].dataset.sort}))"""
        )
    )


def wait_count(page: Any, count: int) -> None:
    page.wait_for_function(f"{SHOWN} === '{count}'")


def expected(member: str | None = None, in_force: bool | None = None) -> list[str]:
    """The texts of the commitments of the long site a filter keeps, in the page's order."""
    found = []
    for k in sorted(
        range(longsite.CHARTERS),
        key=lambda k: (k >= longsite.IN_FORCE, longsite.title(k).casefold()),
    ):
        members = longsite.parties(k)
        named = members[3] if len(members) > 3 else members[1]
        bound = [members, [named], [members[2]]]  # c1 by all, c2 and c3 by one
        for index, who in enumerate(bound, start=1):
            if member is not None and member not in who:
                continue
            if in_force is not None and (k < longsite.IN_FORCE) != in_force:
                continue
            found.append(longsite.text(k, index))
    return found


@pytest.mark.browser
def test_the_filters_work_over_every_commitment(tab: Callable[..., Visit]) -> None:
    visit = tab()
    visit.goto("commitments/")
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    # the page opens on what is in force: its own 500 rows, out of 540
    wait_count(page, 540)
    assert len(rows_shown(page)) == 500
    more = page.locator("[data-pacte-more]")
    assert more.is_visible() and "Les 500 premiers sont affichés." in more.inner_text()
    requests = len(visit.requests)
    # an organisation whose commitments are all after the first page
    page.locator("select[name='member']").select_option("late")
    wait_count(page, 20)
    shown = rows_shown(page)
    assert [row["text"] for row in shown] == expected("late", in_force=True)
    assert all(" late " in row["member"] and row["vstatus"] == "in-force" for row in shown)
    assert [url for url in visit.requests[requests:] if url.endswith("rows.json")] != []
    assert more.is_hidden()
    page.locator("select[name='vstatus']").select_option("")
    wait_count(page, 40)
    assert [row["text"] for row in rows_shown(page)] == expected("late")
    # words, over every row: the markup of a source is text
    page.locator("select[name='member']").select_option("")
    page.locator("input[name='q']").fill("<script>")
    wait_count(page, 1)
    assert [row["text"] for row in rows_shown(page)] == [longsite.HOSTILE_TEXT]
    table = page.locator("table.pacte-all-commitments")
    assert table.locator("script, img, b").count() == 0
    assert longsite.HOSTILE_TITLE in table.inner_text()
    # everything, 500 rows at a time
    page.locator("button[data-pacte-show-all]").click()
    wait_count(page, 630)
    assert len(rows_shown(page)) == 500
    page.locator("[data-pacte-more-button]").click()
    page.wait_for_function(f"document.querySelectorAll('{ROWS}').length === 630")
    assert [row["text"] for row in rows_shown(page)] == expected()
    assert more.is_hidden()
    # the file was fetched once
    assert len([url for url in visit.requests if url.endswith("rows.json")]) == 1
    visit.assert_clean()


@pytest.mark.browser
def test_sorting_and_the_address_work_over_every_commitment(tab: Callable[..., Visit]) -> None:
    visit = tab()
    visit.goto("commitments/?status=done")
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    rows = json.loads(page.evaluate("fetch('rows.json').then((r) => r.text())"))
    count = sum(row[6] == "done" for row in rows["rows"])
    wait_count(page, count)
    assert all(row["status"] == "done" for row in rows_shown(page))
    page.locator("button[data-pacte-show-all]").click()
    wait_count(page, 630)
    due = page.locator("table.pacte-all-commitments th").nth(4)
    due.locator("button.pacte-sort").click()
    assert due.get_attribute("aria-sort") == "ascending"
    everyone = sorted(row[5] for row in rows["rows"])
    page.wait_for_function(
        f"document.querySelector('{ROWS}').cells[4].dataset.sort === '{everyone[0]}'"
    )
    dates = [row["due"] for row in rows_shown(page)]
    assert dates == everyone[:500]
    due.locator("button.pacte-sort").click()
    page.wait_for_function(
        f"document.querySelector('{ROWS}').cells[4].dataset.sort === '{everyone[-1]}'"
    )
    assert [row["due"] for row in rows_shown(page)] == everyone[::-1][:500]
    visit.assert_clean()


@pytest.mark.browser
def test_rows_drawn_from_the_file_read_as_the_page_s_own(tab: Callable[..., Visit]) -> None:
    visit = tab()
    visit.goto("commitments/")
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    texts = "(rows) => rows.map((row) => [row.innerText, row.querySelectorAll('a').length])"
    own = page.locator(ROWS).evaluate_all(texts)
    page.locator("button[data-pacte-show-all]").click()
    wait_count(page, 630)
    drawn = page.locator(ROWS).evaluate_all(texts)
    assert drawn == own
    found = axe_violations(page)
    assert found == [], json.dumps(found, indent=1)
    visit.assert_clean()


HIDDEN_CELLS = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("table.pacte-table td")].filter((cell) => {
    if (cell.closest("tr[hidden], tbody[hidden]") || !cell.textContent.trim()) return false;
    const box = cell.getBoundingClientRect();
    return box.width === 0 || box.right > width + 1;
  }).map((cell) => cell.textContent.trim().slice(0, 40));
}"""


@pytest.mark.browser
def test_rows_drawn_from_the_file_are_cards_on_a_phone(tab: Callable[..., Visit]) -> None:
    visit = tab(PHONE)
    visit.goto("commitments/")
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    page.locator("select[name='vstatus']").select_option("expired")
    wait_count(page, 90)
    assert page.evaluate(HIDDEN_CELLS) == []
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    label = (
        page.locator(f"{ROWS} td")
        .nth(1)
        .evaluate("(td) => getComputedStyle(td, '::before').content")
    )
    assert "Par" in label
    visit.assert_clean()


@pytest.mark.browser
def test_the_date_field_works_over_every_period(tab: Callable[..., Visit]) -> None:
    visit = tab()
    visit.goto("members/federation/?date=2012-06-01")
    page = visit.page
    page.wait_for_selector("form[data-pacte-on-date]:not([hidden])")
    result = page.locator("[data-pacte-on-date-result]")
    # then, only the expired charters bound it: each with its commitment made by all
    assert "Versions\u00a0: 30 · Engagements\u00a0: 30" in result.inner_text()
    shown = page.locator("table.pacte-member-documents tbody tr:not([hidden])")
    assert shown.count() == 30
    assert all("Échue" in row for row in shown.all_inner_texts())
    assert page.locator("table.pacte-ledger tbody:not([hidden])").count() == 0
    earlier = page.locator("table.pacte-earlier tbody tr:not([hidden])").all_inner_texts()
    assert len(earlier) == 30 and "Engagement 1 de la charte 180" in earlier[0]
    page.locator("input[name='date']").fill("2021-01-01")
    page.wait_for_function(
        "document.querySelector('[data-pacte-on-date-result]').textContent.includes(': 180')"
    )
    assert page.locator("table.pacte-earlier tbody tr:not([hidden])").count() == 0
    assert page.locator("table.pacte-ledger tbody:not([hidden])").count() == 180
    visit.assert_clean()


@pytest.mark.browser
@pytest.mark.parametrize(
    "url", ["commitments/", "charters/page_2/", "members/federation/?date=2012-06-01"]
)
def test_pages_of_long_lists_have_no_serious_violation(tab: Callable[..., Visit], url: str) -> None:
    visit = tab()
    visit.goto(url)
    visit.page.wait_for_load_state("networkidle")
    found = axe_violations(visit.page)
    assert found == [], json.dumps(found, indent=1)
    visit.assert_clean()


def printed(visit: Visit) -> str:
    """The page as Chromium prints it, read back from the PDF."""
    import io

    from pypdf import PdfReader

    visit.page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(visit.page.pdf(format="A4")))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.browser
def test_long_lists_print_their_rows_without_the_controls(tab: Callable[..., Visit]) -> None:
    visit = tab()
    visit.goto("members/federation/?date=2012-06-01")
    visit.page.wait_for_selector("form[data-pacte-on-date]:not([hidden])")
    text = printed(visit)
    assert "Ce qui la liait le 1 juin 2012" in text  # what the tables show is said
    assert "Charte n°180" in text and "Charte n°000" not in text
    visit.goto("charters/page_2/")
    text = printed(visit)
    flat = re.sub(r"\s+", "", text)
    assert "Charten°205" in flat and "Charten°209" in flat
    assert "201 à 210 sur 210" in text  # a page of a list says which
    assert "Pages" not in text  # links to the other pages are not printed
    visit.assert_clean()
