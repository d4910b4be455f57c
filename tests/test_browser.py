"""What only a browser shows: search, filtering and sorting, instant navigation, links
between versions and their changes, a clean console, no request leaving the site, and
screenshots of each page type at desktop and phone widths (tests/_screenshots/).

The example site is built once per test process and served on 127.0.0.1 (browsersite.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest

from sitepages import CHANGES, COMMITMENTS, DESKTOP, HOME, PAGE_TYPES, PHONE, SCREENSHOTS, VERSION

if TYPE_CHECKING:
    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser


def search(visit: Visit, words: str) -> list[str]:
    """Type in Material's search box; the addresses of the results, once there are some."""
    page = visit.page
    box = page.locator("input.md-search__input")
    meta = "document.querySelector('.md-search-result__meta').textContent"
    box.fill("")
    box.press("Backspace")  # an empty query: Material takes back the previous results
    page.wait_for_function(f"!/\\d/.test({meta})")
    box.fill(words[:-1])
    box.press(words[-1])  # Material searches on a key stroke
    # Material says how many documents it found, or that it found none
    none = "JSON.parse(__config.textContent).translations['search.result.none']"
    page.wait_for_function(f"/\\d/.test({meta}) || {meta} === {none}")
    links = page.locator(".md-search-result__item a.md-search-result__link")
    return [str(href) for href in links.evaluate_all("(links) => links.map((a) => a.href)")]


SEARCHES = {  # words typed: the page that must be among the results
    "lancée le 13 octobre 2018": "conventions/convention-pauvrete-aveyron/",  # in a text
    "Assurer une veille sur les projets": "conventions/convention-pas-de-calais-uriopss/",
    "esigibili": "charters/accordo-collaborazione-domiciliarita/",  # Italian
    "Uriopss Hauts-de-France": "members/uriopss-hauts-de-france/",  # an organisation
}


def test_search_finds_texts_commitments_italian_words_and_organisations(visit: Visit) -> None:
    visit.goto(HOME)
    missed = {}
    for words, expected in SEARCHES.items():
        results = search(visit, words)
        if not any(url.startswith(visit.base + expected) for url in results):
            missed[words] = results
    assert missed == {}
    visit.assert_clean()


def test_search_finds_a_word_after_an_elided_article(visit: Visit) -> None:
    """'agricoltura' is written only as "all'agricoltura" and "l'agricoltura" in the text:
    the search must split words at apostrophes (French and Italian elide articles)."""
    visit.goto(HOME)
    results = search(visit, "agricoltura")
    expected = visit.base + "charters/accordo-collaborazione-domiciliarita/"
    assert any(url.startswith(expected) for url in results), results


def visible_rows(page: Any) -> list[dict[str, str]]:
    return list(
        page.locator("table.pacte-all-commitments tbody tr:not([hidden])").evaluate_all(
            """(rows) => rows.map((row) => ({
                member: row.dataset.member, status: row.dataset.status,
                vstatus: row.dataset.vstatus, themes: row.dataset.themes,
                due: row.cells[4].dataset.sort}))"""
        )
    )


def choose(page: Any, name: str, value: str | None = None) -> str:
    """Pick an option of a filter (by default the first one after 'all'); its value."""
    select = page.locator(f"form[data-pacte-filters] select[name='{name}']")
    if value is None:
        value = str(select.locator("option").nth(1).get_attribute("value"))
    select.select_option(value)
    return value


def test_commitments_filter_and_sort_after_instant_navigation(visit: Visit) -> None:
    page = visit.page
    visit.goto(HOME)
    # instant navigation starts once Material has read sitemap.xml: a click before
    # that is an ordinary page load
    page.wait_for_load_state("networkidle")
    page.evaluate("window.pacteSamePage = true")  # survives only instant navigation
    page.locator(".md-tabs__link", has_text="Engagements").click()
    page.wait_for_url(visit.base + COMMITMENTS)
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    assert page.evaluate("window.pacteSamePage === true"), "the tab reloaded the whole page"

    # the page opens on the commitments of the versions in force
    total = page.locator("table.pacte-all-commitments tbody tr").count()
    in_force = visible_rows(page)
    assert 0 < len(in_force) < total
    assert all(row["vstatus"] == "in-force" for row in in_force)
    count = page.locator("[data-pacte-shown]")
    assert count.inner_text() == str(len(in_force))
    # one click shows them all
    page.locator("form[data-pacte-filters] button[data-pacte-show-all]").click()
    everything = visible_rows(page)
    assert len(everything) == total > 10
    assert count.inner_text() == str(total)

    member = choose(page, "member")
    rows = visible_rows(page)
    assert 0 < len(rows) < total
    assert all(f" {member} " in row["member"] for row in rows)
    assert count.inner_text() == str(len(rows))
    assert len(rows) == sum(f" {member} " in row["member"] for row in everything)

    # reset: back to what is in force
    page.locator("form[data-pacte-filters] button[type='reset']").click()
    shown = len(in_force)
    page.wait_for_function(f"document.querySelector('[data-pacte-shown]').textContent == '{shown}'")
    page.locator("form[data-pacte-filters] button[data-pacte-show-all]").click()

    choose(page, "status", "done")
    done = visible_rows(page)
    assert done and all(row["status"] == "done" for row in done)
    theme = choose(page, "theme")
    rows = visible_rows(page)
    assert rows == [row for row in done if f"|{theme}|" in row["themes"]]
    assert count.inner_text() == str(len(rows))
    page.locator("form[data-pacte-filters] button[data-pacte-show-all]").click()
    page.wait_for_function(f"document.querySelector('[data-pacte-shown]').textContent == '{total}'")

    due = page.locator("table.pacte-all-commitments th").nth(4)
    due.locator("button.pacte-sort").click()
    assert due.get_attribute("aria-sort") == "ascending"
    dates = [row["due"] for row in visible_rows(page) if row["due"]]
    assert len(dates) > 3 and dates == sorted(dates)
    due.locator("button.pacte-sort").click()
    assert due.get_attribute("aria-sort") == "descending"
    dates = [row["due"] for row in visible_rows(page) if row["due"]]
    assert dates == sorted(dates, reverse=True)
    visit.assert_clean()


def test_filters_speak_french(visit: Visit) -> None:
    """'All' agrees with what it qualifies: toutes (les organisations), tous (les thèmes)."""
    visit.goto(COMMITMENTS)
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    first = "form[data-pacte-filters] select[name='{}'] option:first-child"
    assert page.locator(first.format("member")).inner_text() == "Toutes"
    assert page.locator(first.format("document")).inner_text() == "Tous"
    assert page.locator(first.format("theme")).inner_text() == "Tous"
    labels = page.locator("form[data-pacte-filters] label").all_inner_texts()
    assert all(label[:1].isupper() for label in labels), labels


def test_print_button_prints_the_page(visit: Visit) -> None:
    visit.goto(VERSION)
    page = visit.page
    page.evaluate("window.print = () => { window.pactePrinted = true; }")
    button = page.locator("button[data-pacte-print]")
    assert button.is_visible()
    assert button.inner_text() == "Imprimer"
    button.click()
    assert page.evaluate("window.pactePrinted === true")
    visit.assert_clean()


def test_filters_come_from_the_address(visit: Visit) -> None:
    visit.goto(COMMITMENTS + "?status=planned")
    page = visit.page
    page.wait_for_selector("form[data-pacte-filters]:not([hidden])")
    rows = visible_rows(page)
    assert rows and all(row["status"] == "planned" for row in rows)
    visit.assert_clean()


def test_a_version_links_to_its_changes_and_back(visit: Visit) -> None:
    page = visit.page
    visit.goto(VERSION)
    link = page.locator("a.pacte-changes-link")
    assert link.count() >= 1, "the version page has no link to its changes page"
    link.first.click()
    page.wait_for_url(visit.base + CHANGES)
    page.wait_for_selector("article.md-content__inner h1")
    version = visit.base + VERSION
    back = page.locator("article.md-content__inner a").evaluate_all(
        "(links, version) => links.filter((a) => a.href.split('#')[0] === version).length",
        version,
    )
    assert back >= 1, "the changes page does not link back to its version"
    page.evaluate(
        """(version) => [...document.querySelectorAll("article.md-content__inner a")]
            .find((a) => a.href.split("#")[0] === version).click()""",
        version,
    )
    page.wait_for_url(version)
    page.wait_for_selector("a.pacte-changes-link")
    visit.assert_clean()


def test_other_pages_are_clean(visit: Visit) -> None:
    """No console error, nothing fetched from outside the site (page types: test_page_type)."""
    for path in ("charters/", "charters/accordo-collaborazione-domiciliarita/", "members/"):
        visit.page.goto(visit.base + path)
        visit.page.wait_for_load_state("networkidle")
    assert len(visit.requests) > 10, "requests are not recorded"
    visit.assert_clean()


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type(visit: Visit, name: str) -> None:
    """Each page type loads without a console error or a request off the site, and fits
    the width of a desktop and of a phone; screenshots are kept to be looked at."""
    visit.goto(PAGE_TYPES[name])
    page = visit.page
    page.wait_for_load_state("networkidle")
    SCREENSHOTS.mkdir(exist_ok=True)
    too_wide = {}
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.evaluate("document.fonts.ready")
        height = min(page.evaluate("document.documentElement.scrollHeight"), 5000)
        page.screenshot(
            path=SCREENSHOTS / f"{name}-{viewport['width']}.png",
            full_page=True,
            clip={"x": 0, "y": 0, "width": viewport["width"], "height": height},
        )
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide[viewport["width"]] = overflow
        hidden = page.evaluate(HIDDEN_CELLS)
        assert hidden == [], f"at {viewport['width']} px, cells out of sight: {hidden[:5]}"
        text = page.locator("article.md-content__inner").inner_text()
        marks = [line for line in text.splitlines() if RAW_MARKDOWN.match(line)]
        assert marks == [], f"raw Markdown shows at {viewport['width']} px: {marks[:5]}"
    assert too_wide == {}, "the page is wider than the screen (width: pixels too many)"
    visit.assert_clean()


# cells of the generated tables that a reader cannot see without scrolling sideways: out
# of the screen, or cut off by the box around their table
HIDDEN_CELLS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const cell of document.querySelectorAll("table.pacte-table td, table.pacte-table th")) {
    if (cell.closest("tr[hidden], thead") || !cell.textContent.trim()) continue;
    const box = cell.getBoundingClientRect();
    const frame = cell.closest(".pacte-scroll, table").getBoundingClientRect();
    if (box.width === 0 || box.right > width + 1 || box.right > frame.right + 1) {
      out.push(cell.textContent.trim().slice(0, 40));
    }
  }
  return out;
}"""
# a line that begins with the marks of Markdown source: a heading, a list item, emphasis
RAW_MARKDOWN = re.compile(r"^\s*(#{1,6} |[-*+] \S)|\*\*\S|\S\*\*")


def test_a_member_page_shows_what_bound_it_on_a_date(visit: Visit) -> None:
    """The date field, and ?date= in the address, leave in the page's tables only what
    bound the organisation that day; without script, the table of documents gives each
    period."""
    member = "members/atelier-insertion-martigny/"
    visit.goto(member + "?date=2025-09-01")
    page = visit.page
    page.wait_for_selector("form[data-pacte-on-date]:not([hidden])")
    result = page.locator("[data-pacte-on-date-result]")
    field = page.locator("form[data-pacte-on-date] input[name='date']")
    assert field.input_value() == "2025-09-01"
    assert "Liée par aucun document ce jour-là." in result.inner_text()  # joined in 2026
    documents = page.locator("table.pacte-member-documents tbody tr")
    commitments = page.locator("table.pacte-ledger tbody:not([hidden]) tr:not(.pacte-group)")
    assert documents.count() > 0
    assert page.locator("table.pacte-member-documents tbody tr:not([hidden])").count() == 0
    assert commitments.count() == 0
    field.fill("2026-03-01")
    page.wait_for_function(
        "document.querySelector('[data-pacte-on-date-result]').textContent.includes('Versions')"
    )
    assert "Ce qui la liait le 1 mars 2026" in result.inner_text()
    shown = page.locator("table.pacte-member-documents tbody tr:not([hidden])").all_inner_texts()
    assert any("Charte de collaboration des institutions membres de l'AVIP" in r for r in shown)
    texts = commitments.all_inner_texts()
    assert any("Respecter l'autonomie de gestion" in text for text in texts)
    assert f"Engagements\u00a0: {len(texts)}" in result.inner_text()
    assert "date=2026-03-01" in page.url  # the address can be shared
    field.fill("")  # no date: everything again
    page.wait_for_function("!document.querySelector('[data-pacte-on-date-result]').textContent")
    assert page.locator("table.pacte-member-documents tbody tr:not([hidden])").count() == (
        documents.count()
    )
    # without script, the periods are in the table of documents
    periods = documents.all_inner_texts()
    assert any("2 février 2026" in row for row in periods), periods
    visit.assert_clean()


SIGNED = "conventions/convention-avip-canton-valais/2025/"


def test_a_signed_version_shows_its_signed_copy_evidence(visit: Visit) -> None:
    """Who signed, in what capacity, by what mandate, when; and what the PDF's fields say."""
    visit.goto(SIGNED)
    page = visit.page
    # each cell under the name of its column (the table names them once, in its head)
    rows = page.locator("table.pacte-parties").evaluate(
        """(table) => {
            const names = [...table.tHead.rows[0].cells].map((th) => th.innerText.trim());
            return [...table.tBodies[0].rows].map((row) => Object.fromEntries(
                [...row.cells].map((cell, i) => [names[i], cell.innerText.trim()])));
        }"""
    )
    by_name = {row["Organisation"]: row for row in rows}
    avip = next(row for name, row in by_name.items() if "AVIP" in name)
    canton = next(row for name, row in by_name.items() if "État du Valais" in name)
    for row in (avip, canton):
        assert row["Signée le"] == "5 juin 2025"
        assert row["Dans le PDF"] == "signé"
    assert "Benjamin Roduit" in avip["Signée par"]
    assert "président de l'AVIP" in avip["Signée par"]
    assert "Mandat\u00a0: Décision du comité de l'AVIP" in avip["Signée par"]
    assert "Mandat\u00a0: Décision du Conseil d'État" in canton["Signée par"]
    partners = [row for row in rows if row["Rôle"] == "Partenaire"]
    assert partners and all(row["Dans le PDF"] == "—" for row in partners)
    # the fields of the signed copy, each signed, each naming its party
    fields = page.locator(".pacte-signature-fields li")
    assert fields.count() == 2
    for text in fields.all_inner_texts():
        assert "signé" in text and "non signé" not in text and "champ de" in text
    assert page.locator(".pacte-signatures-match").is_visible()
    assert page.locator(".pacte-signatures-short").count() == 0
    visit.assert_clean()
