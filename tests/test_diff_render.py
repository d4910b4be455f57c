"""One comparison rendered three ways: the changes page fragment, the terminal, Markdown."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pacte.diff import (
    changes_html,
    compare,
    paragraphs,
    render_comparison,
    render_markdown,
    render_text,
)
from pacte.i18n import LABELS
from pacte.load import load_site
from test_diff_support import articles, pair, version_text, write_site

OBJET = "Objet | La convention organise la coopération entre les parties."
MISSIONS = "Missions | L'Union anime le *collectif* logement & relaie les <b>propositions</b>."
SUIVI = "Suivi | Un comité se réunit deux fois par an.\n\n- il dresse le bilan\n- il propose"
EXTRA = "Veille | L'Union assure une veille <script>alert(1)</script>."
VOID = {"br", "hr", "img", "input", "meta", "link"}


class Balance(HTMLParser):
    """Checks that every element opened is closed, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids += [v for k, v in attrs if k == "id" and v]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Balance:
    checker = Balance()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    return checker


@pytest.fixture
def comparison(tmp_path: Path):
    old = articles(OBJET, MISSIONS, SUIVI)
    new = articles(
        OBJET,
        MISSIONS.replace("anime", "coordonne"),
        EXTRA,
        SUIVI.replace("deux", "trois").replace("- il propose", "- il propose\n- il évalue"),
    )
    # the body's <script> is refused by validation; the page leaves it out all the same
    return pair(
        tmp_path, old, new, tolerate=("active-html",), title="Convention <script>x</script>"
    )


def test_the_page_fragment_is_well_formed_and_escapes_the_sources(comparison) -> None:
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    checker = parse(html)
    assert "<script>" not in html and "alert(1)" not in html  # what runs code is left out
    assert "<b>propositions</b>" in html  # the body's own HTML, as on the version page
    assert "<em>collectif</em>" in html  # the Markdown shown as the version page shows it
    assert "*collectif*" not in html
    assert "&amp; relaie" in html
    assert checker.ids[:2] == ["changes-summary", "changes-details"]
    assert {"article-2", "article-3", "article-4", "changes-text"} <= set(checker.ids)


def test_the_page_marks_insertions_and_deletions_without_colour(comparison) -> None:
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    assert (
        '<del class="pacte-del"><span class="pacte-visually-hidden">deleted: </span>anime</del>'
        '<ins class="pacte-ins"><span class="pacte-visually-hidden">inserted: </span>coordonne'
        "</ins>"
    ) in html
    # a new list item is an item of the list, inserted; the added article is inserted whole
    assert (
        '<li class="pacte-block-ins"><ins class="pacte-ins"><span class="pacte-visually-hidden">'
        "inserted: </span>il évalue</ins></li>"
    ) in html
    assert '<section class="pacte-change pacte-article-added">' in html
    assert "inserted: </span>L&#39;Union assure une veille" in html


def test_the_page_links_both_versions_and_every_article(comparison) -> None:
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    assert '<a href="../../v1/" rel="prev">Earlier version v1</a>' in html
    assert '<a href="../" rel="next">Version v2</a>' in html
    assert '<h3 id="article-2"><a href="../#article-2">Article 2 – Missions</a></h3>' in html
    assert '<a href="../#article-1">art. 1</a>' in html  # an unchanged article


def test_the_page_summary_comes_first_then_article_by_article(comparison) -> None:
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    text = "".join(parse(html).text)
    summary = re.search(r"Summary(.*?)Details", text, re.S)
    assert summary is not None
    assert "Articles changed: 2" in summary.group(1)
    assert "Articles added: 1" in summary.group(1)
    assert "Articles moved or renumbered: 0" in summary.group(1)
    order = [text.index(s) for s in ("Summary", "Text", "Article 2 – Missions", "Article 3")]
    assert order == sorted(order)


def test_a_removed_article_links_to_the_earlier_version(tmp_path: Path) -> None:
    comparison = pair(tmp_path, articles(OBJET, MISSIONS), articles(OBJET))
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    assert '<h3 id="removed-article-2"><a href="../../v1/#article-2">' in html
    assert "deleted: </span>L&#39;Union anime" in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Résumé", "Articles modifiés\u00a0: <strong>2</strong>", "suppression\u00a0: "]),
        ("de", ["Übersicht", "Geänderte Artikel: <strong>2</strong>", "gestrichen: "]),
        ("it", ["Sintesi", "Articoli modificati: <strong>2</strong>", "eliminazione: "]),
    ],
)
def test_the_page_speaks_the_site_language(comparison, language: str, words: list[str]) -> None:
    html = changes_html(comparison, language, version_url="../", previous_url="../../v1/")
    for word in words:
        assert word in html


def test_every_changes_label_exists_in_four_languages() -> None:
    keys = [k for k in LABELS if k.startswith("changes.")]
    assert len(keys) > 50
    for key in keys:
        assert set(LABELS[key]) >= {"en", "fr", "it", "de"}, key
        placeholders = {lang: set(re.findall(r"{(\w+)}", t)) for lang, t in LABELS[key].items()}
        assert len({frozenset(p) for p in placeholders.values()}) == 1, key


def test_no_change_says_so(tmp_path: Path) -> None:
    body = articles(OBJET)
    write_site(tmp_path, {"v1": version_text(body), "v2": version_text(body)})
    site = load_site(tmp_path, "en")
    document = site.document("convention")
    assert document is not None
    comparison = compare(document.versions[0], document.versions[1])
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    parse(html)
    assert "No change between these versions." in html
    assert "No change between these versions." in render_text(comparison)


def test_the_terminal_text_marks_changes_in_brackets(comparison) -> None:
    text = render_text(comparison)
    assert text.startswith("convention convention: Changes from version v1 to version v2\n")
    assert "[-anime-]{+coordonne+}" in text
    assert "[-deux-]{+trois+}" in text
    assert "  * Article 3 – Veille: added" in text
    assert "  Unchanged: art. 1" in text
    assert "{+- il évalue+}" in text or "{+il évalue+}" in text


def test_the_markdown_escapes_and_folds_each_article(comparison) -> None:
    markdown = render_markdown(comparison)
    assert markdown.startswith("## Convention &lt;script&gt;x&lt;/script&gt;: Changes from")
    assert "<details>\n<summary>Article 2 – Missions: text changed</summary>" in markdown
    assert "<del>anime</del><ins>coordonne</ins>" in markdown
    assert r"\*collectif\*" in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown
    assert "<script>" not in markdown
    assert "Articles changed: **2**" in markdown


def test_render_comparison_picks_the_format(comparison) -> None:
    assert render_comparison(comparison, "json").lstrip().startswith("{")
    assert render_comparison(comparison, "markdown").startswith("## ")
    assert render_comparison(comparison, "text").startswith("convention ")


def test_paragraph_breaks_are_marked_where_only_one_side_has_them(tmp_path: Path) -> None:
    text = "Le comité se réunit. Il dresse le bilan."
    comparison = pair(
        tmp_path,
        articles(f"Suivi | {text}"),
        articles(f"Suivi | {text.replace(' Il', chr(10) * 2 + 'Il')}"),
    )
    (change,) = comparison.text_changes
    shown = paragraphs(change.segments)  # type: ignore[attr-defined]
    assert shown == [
        [("equal", "Le comité se réunit."), ("insert", "¶")],
        [("equal", "Il dresse le bilan.")],
    ]
    # on the page, line breaks alone are a note, not marks
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    assert "Only line breaks changed" in html
    assert "¶" not in html and "<ins" not in html and "<del" not in html
