"""The header's search in Chromium: a word found in its inflected forms in the language of
each text (French, Italian, German), from a French page and from an Italian one;
versions in force first, each result with its status; Material's keys and `?q=`;
filters, drawn from the panel's settings that the first opening fetches; what a first
search downloads; a phone's width; texts of the sources shown as text.

The example site (French, with Italian documents) is built once per test process
(browsersite.py); the German texts are in a small site of searchsite.py, built here.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pagefindbundle import pages as indexed_pages
from searchsite import GERMAN, write_search_site
from sitefixture import mkdocs_build, run_python
from sitepages import DESKTOP, HOME, PHONE

if TYPE_CHECKING:
    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser

ITALIAN_PAGE = "charters/accordo-collaborazione-domiciliarita/2022/"
META = "document.querySelector('.md-search-result__meta')"
RESULTS = """(items) => items.map((item) => {
    const link = item.querySelector("a.md-search-result__link");
    const badge = item.querySelector(".pacte-status");
    return {
        url: link.href,
        title: item.querySelector("h1").textContent,
        kicker: (item.querySelector(".pacte-search-kicker") || {}).textContent || "",
        status: badge ? [...badge.classList].find((c) => c.startsWith("pacte-status--")) : "",
        badge: badge ? badge.textContent : "",
    };
})"""


def open_search(visit: Visit) -> None:
    """Open the search with its key, as a reader does."""
    page = visit.page
    page.keyboard.press("/")
    page.wait_for_function("document.activeElement.matches('input.md-search__input')")


def ask(visit: Visit, words: str) -> list[dict[str, str]]:
    """Type WORDS in the open search; every result, once all are shown, in their order."""
    page = visit.page
    page.locator("input.md-search__input").fill(words)
    # the count of results says it is searching as soon as the words change
    page.wait_for_function(f"!{META}.dataset.pacteState")
    more = page.locator("button.pacte-search-more")
    while more.is_visible():
        shown = page.locator(".md-search-result__item").count()
        more.click()
        page.wait_for_function(
            f"document.querySelectorAll('.md-search-result__item').length > {shown}"
        )
    items = page.locator(".md-search-result__item")
    return list(items.evaluate_all(RESULTS))


def open_filters(visit: Visit) -> None:
    """Open the filters under the count of results: their values come from the index."""
    page = visit.page
    page.locator("details[data-pacte-search-filters] > summary").click()
    page.wait_for_function(
        "document.querySelectorAll('select[data-pacte-search-filter=kind] option').length > 1"
    )


def filter_labels(visit: Visit) -> list[str]:
    """The label of each filter shown, as the reader reads it above its list."""
    return list(
        visit.page.locator(".pacte-search-facets label:not([hidden])").evaluate_all(
            "(labels) => labels.map((label) => label.firstChild.textContent)"
        )
    )


def addresses(visit: Visit, results: list[dict[str, str]]) -> list[str]:
    return [result["url"].removeprefix(visit.base) for result in results]


# words asked: a page where the word is only in another form (its text holds no other)
FRENCH_AND_ITALIAN = {
    "signataires": "conventions/convention-pas-de-calais-uriopss/2023-2025/",  # plural
    "signataire": "a-propos/",  # singular for a plural
    "signées": "conventions/convention-pas-de-calais-uriopss/2023-2025/",  # signée: gender
    "engager": "conventions/convention-pas-de-calais-uriopss/2020-2022/",  # engagent
    "servizio": ITALIAN_PAGE,  # servizi: plural
    "promuove": "conventions/convenzione-domiciliarita-torino/2024/",  # promuovere
    "formativa": "conventions/convenzione-domiciliarita-torino/2024/",  # formativi: gender
}


@pytest.mark.parametrize("start", [HOME, ITALIAN_PAGE])
def test_inflected_forms_are_found_in_french_and_italian(visit: Visit, start: str) -> None:
    visit.goto(start)
    open_search(visit)
    missed = {}
    for words, expected in FRENCH_AND_ITALIAN.items():
        found = addresses(visit, ask(visit, words))
        if expected not in found:
            missed[words] = found
    assert missed == {}
    visit.assert_clean()


def test_versions_in_force_come_first_and_each_result_shows_its_status(visit: Visit) -> None:
    visit.goto(HOME)
    open_search(visit)
    results = ask(visit, "signataire")
    statuses = [result["status"] for result in results if result["status"]]
    in_force = [i for i, status in enumerate(statuses) if status == "pacte-status--in-force"]
    older = [i for i, status in enumerate(statuses) if status != "pacte-status--in-force"]
    assert in_force and older and max(in_force) < min(older), statuses
    first = results[0]
    assert first["badge"] == "En vigueur" and first["kicker"].startswith("Convention · Version ")
    badges = {result["badge"] for result in results}
    assert {"En vigueur", "Échue", "Remplacée"} <= badges
    # a result names its document and its version; an organisation and a page say so
    assert any(r["kicker"] == "Organisation" for r in ask(visit, "Uriopss"))
    visit.assert_clean()


def test_material_keys_open_move_through_follow_and_close(visit: Visit) -> None:
    page = visit.page
    visit.goto(HOME)
    checked = "document.querySelector('[data-md-toggle=search]').checked"
    active = "document.activeElement"
    for key in ("/", "s", "f"):
        page.keyboard.press(key)
        page.wait_for_function(f"{checked} && {active}.matches('input.md-search__input')")
        assert page.locator("input.md-search__input").input_value() == ""  # not typed in
        page.keyboard.press("Escape")
        page.wait_for_function(f"!{checked} && !{active}.matches('input.md-search__input')")
    page.keyboard.press("/")
    results = ask(visit, "domiciliarità")
    assert len(results) >= 2
    links = page.locator("a.md-search-result__link")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(f"{active} === document.querySelector('a.md-search-result__link')")
    page.keyboard.press("ArrowDown")
    second = links.nth(1).evaluate(f"(link) => link === {active}")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert second and page.evaluate(f"{active}.matches('input.md-search__input')")
    page.keyboard.press("Enter")  # the first result
    page.wait_for_url(results[0]["url"])
    page.wait_for_function(f"!{checked}")
    visit.assert_clean()


def test_filters_narrow_the_results(visit: Visit) -> None:
    page = visit.page
    visit.goto(HOME)
    open_search(visit)
    everything = ask(visit, "signataire")
    open_filters(visit)
    # drawn from the settings the search fetched, in the site's language
    assert filter_labels(visit) == ["Type", "Statut", "Organisation", "Thème"]
    assert page.locator("select[data-pacte-search-filter='kind'] option").all_inner_texts() == [
        "Tous",
        "Charte",
        "Convention",
        "Organisation",
        "Page",
    ]
    select = page.locator("select[data-pacte-search-filter='status']")
    assert select.locator("option").all_inner_texts() == [
        "Tous",
        "En vigueur",
        "Échue",
        "Remplacée",
    ]
    select.select_option("in-force")
    page.wait_for_function(f"!{META}.dataset.pacteState")
    in_force = ask(visit, "signataire")
    assert in_force and all(r["badge"] == "En vigueur" for r in in_force)
    assert len(in_force) < len(everything)
    kind = page.locator("select[data-pacte-search-filter='kind']")
    kind.select_option("charter")
    page.wait_for_function(f"!{META}.dataset.pacteState")
    charters = ask(visit, "signataire")
    assert charters and all(r["kicker"].startswith("Charte · ") for r in charters)
    select.select_option("")
    kind.select_option("")
    organisation = page.locator("select[data-pacte-search-filter='organisation']")
    organisation.select_option("Rete per la cultura della domiciliarità")
    page.wait_for_function(f"!{META}.dataset.pacteState")
    assert set(addresses(visit, ask(visit, "signataire"))) == {
        ITALIAN_PAGE,
        "conventions/convenzione-domiciliarita-torino/2024/",
    }
    # the themes of the versions are offered too
    themes = page.locator("select[data-pacte-search-filter='theme'] option").all_inner_texts()
    assert "domiciliarità" in themes and "logement et hébergement" in themes
    visit.assert_clean()


def test_an_address_with_a_question_opens_the_search_on_it(visit: Visit) -> None:
    page = visit.page
    visit.goto("?q=signataires")
    page.wait_for_function("document.querySelector('[data-md-toggle=search]').checked")
    page.wait_for_function(
        f"!{META}.dataset.pacteState && "
        "document.querySelectorAll('.md-search-result__item').length > 0"
    )
    assert page.locator("input.md-search__input").input_value() == "signataires"
    assert "conventions/convention-pas-de-calais-uriopss/2023-2025/" in addresses(
        visit, ask(visit, "signataires")
    )
    visit.assert_clean()


def test_the_panel_settings_are_fetched_once_when_the_search_first_opens(visit: Visit) -> None:
    page = visit.page
    visit.goto(HOME)
    page.wait_for_load_state("networkidle")
    assert not [url for url in visit.requests if "/pagefind/" in url]  # a page alone
    assert page.locator(".pacte-search-facets label").count() == 0
    open_search(visit)
    page.wait_for_function(f"!{META}.dataset.pacteState")
    assert next(url for url in visit.requests if "/pagefind/" in url) == (
        visit.base + "pagefind/panel.json"
    )
    # the filters are there, empty until the reader opens them
    assert filter_labels(visit) == ["Type", "Statut", "Organisation", "Thème"]
    ask(visit, "signataire")
    page.keyboard.press("Escape")
    open_search(visit)
    ask(visit, "convention")
    assert visit.requests.count(visit.base + "pagefind/panel.json") == 1
    visit.assert_clean()


FAILED = "La recherche n'a pas pu être chargée."


def test_a_search_whose_settings_cannot_come_says_so(visit: Visit) -> None:
    """The message is in the page: the settings that hold the other words are missing."""
    page = visit.page
    page.route("**/pagefind/panel.json", lambda route: route.fulfill(status=404))
    visit.goto(HOME)
    open_search(visit)
    page.wait_for_function(f"{META}.textContent === {json.dumps(FAILED)}")
    page.locator("input.md-search__input").fill("signataire")
    page.wait_for_timeout(300)
    assert page.locator(".md-search-result__meta").inner_text() == FAILED
    assert page.locator(".md-search-result__item").count() == 0
    assert not [url for url in visit.requests if "/pagefind/" in url and "panel" not in url]


def test_a_first_search_downloads_under_a_megabyte(visit: Visit) -> None:
    page = visit.page
    visit.goto(HOME)
    page.wait_for_load_state("networkidle")
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))
    open_search(visit)
    results = ask(visit, "convention")
    assert results
    size = sum(len(response.body()) for response in responses if response.ok)
    assert 0 < size <= 1_000_000, size
    fetched = [response.url.removeprefix(visit.base) for response in responses]
    assert all(url.startswith("pagefind/") for url in fetched), fetched
    assert fetched.count("pagefind/panel.json") == 1  # the panel's settings, once
    visit.assert_clean()


def test_the_search_fits_a_phone(new_visit: Callable[..., Visit]) -> None:
    visit = new_visit(PHONE)
    page = visit.page
    visit.goto(ITALIAN_PAGE)
    page.locator("label.md-header__button[for='__search']").click()
    page.wait_for_function("document.activeElement.matches('input.md-search__input')")
    results = ask(visit, "servizio")
    assert results
    open_filters(visit)
    width = PHONE["width"]
    for selector in (
        "input.md-search__input",
        "a.md-search-result__link",
        "select[data-pacte-search-filter='organisation']",
    ):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["width"] > 0, selector
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (selector, box)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    visit.assert_clean()


# --- a site with a German text, and texts of the sources that look like HTML -----------


SITE_PATH = "/pacte/"  # the path of the fixture's site_url


class _UnderPath(http.server.SimpleHTTPRequestHandler):
    """Serves the site under SITE_PATH only, as a host that publishes it there."""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(SITE_PATH):
            return str(Path(self.directory) / "missing" / "nothing")
        return super().translate_path("/" + path[len(SITE_PATH) :])


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    """SITE served where its site_url says: under /pacte/ (the search finds its bundles
    and gives the addresses of its results under that path)."""
    handler = functools.partial(_UnderPath, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture(scope="module")
def german_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site with a German text, served."""
    root = write_search_site(tmp_path_factory.mktemp("german"))
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    with served(root / "site") as url:
        yield url


@pytest.fixture
def german_visit(browser: Any, german_url: str) -> Iterator[Visit]:
    from browsersite import _open  # a plugin of this module: imported once registered

    visit = _open(browser, german_url, DESKTOP)
    dialogs: list[str] = []
    visit.page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    yield visit
    visit.page.context.close()
    assert dialogs == [], "a text of the sources ran as a script"


GERMAN_PAGE = GERMAN.removesuffix(".md") + "/"
# a version in force and the one it replaced
CANTON = ("conventions/convention-canton/2023-2025/", "conventions/convention-canton/2020-2022/")
GERMAN_FORMS = ("Einrichtungen", "verpflichtet", "öffentlicher")  # Einrichtung…


@pytest.mark.parametrize("start", ["", "conventions/convenzione-torino/2024/"])
def test_inflected_forms_are_found_in_german(german_visit: Visit, start: str) -> None:
    german_visit.goto(start)
    open_search(german_visit)
    for words in GERMAN_FORMS:
        assert GERMAN_PAGE in addresses(german_visit, ask(german_visit, words)), words
    # and the other languages' texts from the same page
    assert "conventions/convenzione-torino/2024/" in addresses(
        german_visit, ask(german_visit, "formativo")
    )
    german_visit.assert_clean()


def test_the_version_in_force_comes_before_the_one_it_replaced(german_visit: Visit) -> None:
    german_visit.goto("")
    open_search(german_visit)
    found = addresses(german_visit, ask(german_visit, "rencontrent"))
    assert found[:2] == list(CANTON)


def test_texts_of_the_sources_are_shown_as_text(german_visit: Visit) -> None:
    page = german_visit.page
    german_visit.goto("")
    open_search(german_visit)
    titles = [result["title"] for result in ask(german_visit, "canton")]
    assert 'Convention <script>alert("x")</script> avec le canton' in titles
    ask(german_visit, "Ausdruck")
    excerpt = page.locator(".md-search-result__item p").all_inner_texts()
    assert any("<img src=x onerror=alert(1)>" in text for text in excerpt), excerpt
    # nothing of the texts became an element: only the panel's own, and <mark>
    inside = "a, article, div, h1, h2, li, mark, p, span"
    strangers = page.locator(f".md-search-result__list *:not({inside})")
    assert strangers.count() == 0
    open_filters(german_visit)
    options = page.locator("select[data-pacte-search-filter='organisation'] option")
    assert 'Foyer B <script>alert("m")</script>' in options.all_inner_texts()
    german_visit.assert_clean()


def test_the_open_panel_passes_the_accessibility_checks(visit: Visit) -> None:
    """The pages pass axe-core with the search closed (test_accessibility.py); open, with
    results and filters, the panel does too."""
    from test_accessibility import axe_violations

    visit.goto(HOME)
    open_search(visit)
    assert ask(visit, "signataire")
    open_filters(visit)
    found = axe_violations(visit.page)
    assert found == [], [v["nodes"] for v in found]


# --- a language's pages in several bundles, as thousands of versions have them ---------

# the build of `mkdocs build --strict`, with bundles of one page each (indexer.py)
ONE_PAGE_BUNDLES = """\
import sys
import pacte.indexer
from mkdocs.__main__ import cli

pacte.indexer.PART_BYTES = 1
pacte.indexer.MOST_PARTS = 1000
sys.argv = ["mkdocs", "build", "--strict"]
cli()
"""


@pytest.fixture(scope="module")
def parts_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The site with a German text, each page in a bundle of its own; served, and its
    folder."""
    root = write_search_site(tmp_path_factory.mktemp("parts"))
    result = run_python(root, "-c", ONE_PAGE_BUNDLES)
    assert result.returncode == 0, result.stderr
    with served(root / "site") as url:
        yield url, root / "site"


def test_a_language_in_several_bundles_is_searched_as_one(
    browser: Any, parts_url: tuple[str, Path]
) -> None:
    from browsersite import _open

    url, site = parts_url
    in_force, replaced = CANTON
    bundle = {address: page["language"] for address, page in indexed_pages(site).items()}
    assert bundle[in_force] != bundle[replaced] and bundle[in_force].startswith("fr")
    visit = _open(browser, url, DESKTOP)
    try:
        visit.goto("")
        open_search(visit)
        assert addresses(visit, ask(visit, "rencontrent"))[:2] == [in_force, replaced]
        assert GERMAN_PAGE in addresses(visit, ask(visit, "Einrichtungen"))
        visit.assert_clean()
    finally:
        visit.page.context.close()
