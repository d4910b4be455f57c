"""Accessibility of each page type, checked by axe-core in Chromium, in the light and dark
colour schemes; and insertions and deletions told apart by more than their colour.

axe-core comes from tools/package-lock.json (`make tools`, i.e. `npm ci --prefix tools`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from sitepages import PAGE_TYPES

if TYPE_CHECKING:
    from collections.abc import Callable

    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "tools" / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")


EVERY_RULE = {
    "type": "tag",
    "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"],
}
COLOUR_RULES = {"type": "rule", "values": ["color-contrast", "link-in-text-block", "svg-img-alt"]}


def axe_violations(page: Any, rules: dict[str, Any] = EVERY_RULE) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations of the WCAG 2.x A and AA rules (and of
    its best practices)."""
    assert AXE.is_file(), f"{AXE} is missing: run 'make tools'"
    page.add_script_tag(path=str(AXE))
    results = page.evaluate(
        "(rules) => axe.run(document, {runOnly: rules, resultTypes: ['violations']})", rules
    )
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [(n["target"], n["failureSummary"]) for n in v["nodes"][:5]],
        }
        for v in results["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_no_serious_violation(new_visit: Callable[..., Visit], name: str, scheme: str) -> None:
    visit = new_visit(color_scheme=scheme)
    visit.goto(PAGE_TYPES[name])
    page = visit.page
    expected = "slate" if scheme == "dark" else "default"
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{expected}'")
    # the dark scheme changes only colours: its run checks only what colours can break
    assert axe_violations(page, COLOUR_RULES if scheme == "dark" else EVERY_RULE) == []


def test_insertions_and_deletions_are_not_told_by_colour_alone(visit: Visit) -> None:
    """Whatever markup the changes page uses, <ins>/<del> (and Pacte's classes for them)
    are underlined and struck through, and the real page's own are too."""
    visit.goto(PAGE_TYPES["changes"])
    page = visit.page
    decorations = page.evaluate(
        """() => {
            const box = document.querySelector("article.md-content__inner");
            box.insertAdjacentHTML("beforeend",
                '<p id="probe"><ins>a</ins><del>b</del>'
                + '<span class="pacte-ins">c</span><span class="pacte-del">d</span></p>');
            const line = (el) => getComputedStyle(el).textDecorationLine;
            const probe = [...document.querySelectorAll("#probe > *")].map(line);
            const own = [...box.querySelectorAll("ins, del, .pacte-ins, .pacte-del")]
                .filter((el) => !el.closest("#probe"))
                .map((el) => [el.matches("ins, .pacte-ins") ? "ins" : "del", line(el)]);
            return {probe, own};
        }"""
    )
    assert decorations["probe"] == ["underline", "line-through", "underline", "line-through"]
    for kind, line in decorations["own"]:
        assert line == ("underline" if kind == "ins" else "line-through"), (kind, line)
    visit.assert_clean()
