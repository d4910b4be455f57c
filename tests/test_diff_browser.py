"""The changes page in Chromium: what screen readers are told before each insertion and
deletion (generated content, from the labels the page gives once), and marks that show
more than a colour.

(The labels are not written in each mark: pacte.css writes them before each ins and del,
from --pacte-inserted and --pacte-deleted on the page's container; see
test_diff_render.test_what_screen_readers_say_before_a_mark_is_given_once.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from sitepages import CHANGES

if TYPE_CHECKING:
    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser

NBSP = "\u00a0"


def _tree(page: Any) -> list[tuple[int, str, str]]:
    """Chromium's accessibility tree, what screen readers are given: (depth, role, name)."""
    session = page.context.new_cdp_session(page)
    session.send("Accessibility.enable")
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    by_id = {node["nodeId"]: node for node in nodes}
    out: list[tuple[int, str, str]] = []

    def walk(node: dict[str, Any], depth: int) -> None:
        role = node.get("role", {}).get("value", "")
        out.append((depth, role, node.get("name", {}).get("value", "")))
        for child in node.get("childIds", []):
            if child in by_id:
                walk(by_id[child], depth + 1)

    walk(nodes[0], 0)
    return out


def _marks(tree: list[tuple[int, str, str]]) -> list[tuple[str, list[str]]]:
    """Each deletion and insertion of the tree, with the texts it holds, in order."""
    found = []
    for index, (depth, role, _name) in enumerate(tree):
        if role in ("deletion", "insertion"):
            texts = []
            for inner_depth, inner_role, name in tree[index + 1 :]:
                if inner_depth <= depth:
                    break
                if inner_role == "StaticText":
                    texts.append(name)
            found.append((role, texts))
    return found


def test_screen_readers_are_told_each_insertion_and_deletion(visit: Visit) -> None:
    visit.goto(CHANGES)
    page = visit.page
    marks = _marks(_tree(page))
    assert {role for role, _texts in marks} == {"deletion", "insertion"}, marks
    said = {"deletion": f"suppression{NBSP}:", "insertion": f"insertion{NBSP}:"}
    for role, texts in marks:
        # the label first, then the words marked: read before them, in the site's language
        assert texts[0].strip() == said[role], (role, texts)
        assert len(texts) > 1 and said[role] not in texts[1:], (role, texts)
    # and nobody sees it, nor copies it with the text
    shown = page.evaluate(
        """() => [...document.querySelectorAll(".pacte-ins, .pacte-del")].map((el) => {
            const before = getComputedStyle(el, "::before");
            return [before.content, before.position, before.width, before.clip];
        })"""
    )
    assert shown
    for content, position, width, clip in shown:
        assert content in (f'"suppression{NBSP}: "', f'"insertion{NBSP}: "'), content
        assert (position, width, clip) == ("absolute", "1px", "rect(0px, 0px, 0px, 0px)")
    text = page.evaluate("() => document.querySelector('.pacte-changes').innerText")
    assert f"suppression{NBSP}:" not in text and f"insertion{NBSP}:" not in text
    visit.assert_clean()
