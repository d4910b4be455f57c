"""Addresses of generated pages and relative links between them."""

from __future__ import annotations

import pytest

from pacte.urls import Urls, relocate_html


@pytest.mark.parametrize(
    ("directory_urls", "source", "target", "link"),
    [
        (True, "charters/a/2025.md", "members/x.md", "../../../members/x/"),
        (True, "charters/a/2025.md", "charters/a/2024.md", "../2024/"),
        (True, "charters/a/2025.md", "charters/a/2025.md", "./"),
        (True, "charters/a/2025/changes.md", "charters/a/2025.md", "../"),
        (True, "charters/index.md", "charters/a/index.md", "a/"),
        (True, "members/index.md", "data/commitments.csv", "../data/commitments.csv"),
        (True, "index.md", "charters/index.md", "charters/"),
        (False, "charters/a/2025.md", "members/x.md", "../../members/x.html"),
        (False, "charters/a/2025.md", "charters/a/index.md", "index.html"),
        (False, "charters/index.md", "feed.xml", "../feed.xml"),
    ],
)
def test_relative_links(directory_urls: bool, source: str, target: str, link: str) -> None:
    assert Urls(directory_urls).relative(source, target) == link


def test_relocated_page_keeps_its_links() -> None:
    html = (
        '<a href="../2024/">old</a> <a href="./">self</a> <a href="changes/#x">c</a> '
        '<a href="#article-1">a</a> <a href="https://example.org/">out</a> '
        '<img src="../../../assets/logo.svg"> '
        '<script id="__config">{"base": "../../..", "search": "../../../assets/w.js"}</script>'
    )
    moved = relocate_html(html, "charters/a/2025/", "charters/a/")
    assert '<a href="2024/">old</a>' in moved
    assert '<a href="2025/">self</a>' in moved
    assert '<a href="2025/changes/#x">c</a>' in moved
    assert '<a href="#article-1">a</a>' in moved
    assert '<a href="https://example.org/">out</a>' in moved
    assert 'src="../../assets/logo.svg"' in moved
    assert '"base": "../.."' in moved and '"search": "../../assets/w.js"' in moved


def test_relocation_within_a_folder_changes_nothing() -> None:
    html = '<a href="2024.html">x</a>'
    assert relocate_html(html, "charters/a/2025.html", "charters/a/index.html") == html
