"""Translations in a real browser, on the example site: the AVIP's convention with the
canton of Valais, authentic in French and German. From the French page a reader goes to
the German one and back, and reads both texts side by side: two columns on a desktop,
each article's two texts one above the other on a phone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from sitepages import DESKTOP, PHONE

if TYPE_CHECKING:
    from collections.abc import Callable

    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser

VERSION = "conventions/convention-avip-canton-valais/2025/"


def test_a_reader_switches_language_and_back(new_visit: Callable[..., Visit]) -> None:
    visit = new_visit(PHONE)
    visit.goto(VERSION)
    nav = visit.page.locator("nav.pacte-languages")
    assert "Textes faisant foi\u00a0: français, allemand." in nav.inner_text()
    nav.get_by_role("link", name="Deutsch", exact=True).click()
    visit.page.wait_for_url("**/2025/de/")
    visit.page.wait_for_selector("article.md-content__inner .pacte-text[lang=de]")
    heading = visit.page.locator(".pacte-text[lang=de] h2").first.inner_text()
    assert heading.startswith("Artikel 1")
    # the site's labels stay French; the current language is marked, not linked
    assert visit.page.locator("nav.pacte-languages [aria-current=page]").inner_text() == "Deutsch"
    visit.page.locator("nav.pacte-languages").get_by_role("link", name="français").click()
    visit.page.wait_for_url("**/2025/")
    assert visit.page.locator(".pacte-text h2").first.inner_text().startswith("Article 1")
    visit.assert_clean()


def _boxes(visit: Visit) -> list[dict[str, Any]]:
    """The boxes of the two texts of article 4 (French, then German)."""
    row = visit.page.locator(".pacte-parallel-row#article-4")
    return [
        row.locator(f".pacte-parallel-text[lang={code}]").bounding_box() for code in ("fr", "de")
    ]


def test_side_by_side_is_two_columns_on_a_desktop(new_visit: Callable[..., Visit]) -> None:
    visit = new_visit(DESKTOP)
    visit.goto(VERSION + "de/side-by-side/")
    french, german = _boxes(visit)
    assert french["y"] == german["y"]
    assert french["x"] + french["width"] <= german["x"]
    visit.assert_clean()


def test_side_by_side_stacks_each_article_on_a_phone(new_visit: Callable[..., Visit]) -> None:
    visit = new_visit(PHONE)
    visit.goto(VERSION + "de/side-by-side/")
    french, german = _boxes(visit)
    assert french["y"] + french["height"] <= german["y"]  # the German under the French
    # nothing wider than the screen
    width = visit.page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    # the next article comes after both texts of this one
    after = visit.page.locator(".pacte-parallel-row#article-5").bounding_box()
    assert german["y"] + german["height"] <= after["y"]
    visit.assert_clean()


def test_a_member_s_commitments_in_the_language_asked(new_visit: Callable[..., Visit]) -> None:
    """The AVIP's commitments in force come from the French convention, translated into
    German: ?lang=de shows them in German, marked so; the others stay as they are."""
    visit = new_visit(PHONE)
    visit.goto("members/avip/")
    nav = visit.page.locator("nav.pacte-text-languages")
    assert nav.inner_text() == "Langue des engagements\u00a0: français · allemand"
    texts = visit.page.locator("table.pacte-ledger [data-pacte-texts]")
    assert texts.count() >= 3
    first = texts.first.inner_text()
    assert first.startswith("Désigner au sein de l'AVIP")
    nav.get_by_role("link", name="allemand").click()
    visit.page.wait_for_url("**/members/avip/?lang=de")
    visit.page.wait_for_selector("table.pacte-ledger [data-pacte-texts][lang=de]")
    assert texts.first.inner_text().startswith("Innerhalb der AVIP eine einzige Ansprechperson")
    assert texts.first.get_attribute("lang") == "de"
    assert nav.locator("[aria-current]").inner_text() == "allemand"
    # a commitment of a version without translation keeps its text and its language
    others = visit.page.locator("table.pacte-ledger td > a:not([data-pacte-texts])")
    assert others.count() == 0 or others.first.get_attribute("lang") is None
    visit.assert_clean()
