"""The changes page as readers see it: the text's structure with its insertions and
deletions (a redline), commitments named by their text, dates, quotes and agreement in
the site's language, and no comparison of what two versions cannot share."""

from __future__ import annotations

import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pacte.diff import changes_html, compare, compare_sites
from pacte.diff.redline import Element, Mark, Text, marks, plain_words, redline
from pacte.i18n import LABELS
from pacte.load import load_site
from test_diff_support import articles, pair, version_text, write_site

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from bench_diff import GOAL_F1, example_fidelity, generated_fidelity, make_heavy_site

NBSP = "\u00a0"


class Redlines(HTMLParser):
    """The text of the redlines of a page (what readers read): each redline, and each text
    shown whole (a block: one mark around its paragraphs)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if self.depth:
            self.depth += tag not in ("br", "hr", "img")
        elif "pacte-redline" in classes or "pacte-block" in classes:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def redline_text(html: str) -> str:
    reader = Redlines()
    reader.feed(html)
    reader.close()
    return "".join(reader.text)


def words_of(nodes, leave_out: str) -> list[str]:
    """The words of a redline without its insertions (the old text) or deletions (the new)."""
    found: list[str] = []

    def walk(items) -> None:
        for node in items:
            if isinstance(node, Text):
                found.extend(re.findall(r"\w+|[^\w\s]", node.text))
            elif isinstance(node, Mark | Element) and node.op != leave_out:
                walk(node.children)

    walk(nodes)
    return found


# --- the redline -----------------------------------------------------------------------

OLD = """\
Le comité se réunit **une** fois par an.

- il dresse le bilan
- il propose des actions
- il rend compte

| Action | Moyens |
|---|---|
| Veille | Un salarié |
| Formation | Deux jours |
"""
NEW = """\
### Réunions

Le comité se réunit *deux* fois par an, et en tant que de besoin.

- il propose des actions
- il dresse le bilan
- il évalue

| Action | Moyens |
|---|---|
| Veille | Un salarié |
"""


def test_the_redline_keeps_the_structure_of_the_text() -> None:
    lines = redline(OLD, NEW)
    assert lines.marked
    tags = [n.tag for n in lines.nodes if isinstance(n, Element)]
    assert tags[:4] == ["h4", "p", "ul", "table"]  # a heading of the text sits under the h3
    heading = lines.nodes[0]
    assert isinstance(heading, Element) and heading.op == "insert"
    assert marks(lines.nodes, "insert")[:1] == ["Réunions"]
    # the deleted item stays an item of the list, struck through
    (items,) = [n for n in lines.nodes if isinstance(n, Element) and n.tag == "ul"]
    deleted = [n for n in items.children if isinstance(n, Element) and n.op == "delete"]
    assert [marks(d.children, "delete") for d in deleted] == [["il rend compte"]]
    # a table row that lost every word is a row of the table, deleted
    (table,) = [n for n in lines.nodes if isinstance(n, Element) and n.tag == "table"]
    assert "Formation" in " ".join(marks([table], "delete"))


def test_the_redline_holds_both_texts_word_for_word() -> None:
    lines = redline(OLD, NEW)
    assert Counter(words_of(lines.nodes, "insert")) == Counter(plain_words(OLD))
    assert words_of(lines.nodes, "delete") == plain_words(NEW)


def test_the_redline_of_generated_rewrites_holds_both_texts(tmp_path: Path) -> None:
    make_heavy_site(tmp_path, articles=12, seed=7)
    document = load_site(tmp_path, "fr").document("bench")
    assert document is not None
    comparison = compare(*document.versions)
    checked = 0
    for change in comparison.text:
        old, new = getattr(change, "old_text", None), getattr(change, "new_text", None)
        if old is None or new is None:
            continue
        lines = redline(old, new)
        assert Counter(words_of(lines.nodes, "insert")) == Counter(plain_words(old))
        assert words_of(lines.nodes, "delete") == plain_words(new)
        checked += 1
    assert checked >= 10


def test_changes_of_line_breaks_alone_mark_nothing() -> None:
    assert not redline("Un texte\nsur deux lignes.", "Un texte sur\ndeux lignes.").marked
    assert not redline("Un. Deux.", "Un.\n\nDeux.").marked  # a paragraph split in two


def test_html_of_the_body_passes_but_not_what_runs_code() -> None:
    lines = redline(
        "Un texte.",
        'Un texte <b>gras</b> <script>alert(1)</script><a href="javascript:x()" '
        'onclick="y()" id="z" title="t">lien</a>.',
    )
    flat = repr(lines.nodes)
    assert "'b'" in flat and "alert" not in flat and "javascript" not in flat
    assert "onclick" not in flat and "'id'" not in flat and "('title', 't')" in flat


# --- the page --------------------------------------------------------------------------

STRUCTURED_OLD = articles(
    "Objet | La convention organise la **coopération** entre les parties.",
    "Suivi | Un comité se réunit une fois par an.\n\n- il dresse le bilan\n- il propose",
)
STRUCTURED_NEW = articles(
    "Objet | La convention organise la coopération *renforcée* entre les parties.",
    "Suivi | ### Comité\n\nUn comité se réunit deux fois par an.\n\n- il dresse le bilan\n"
    "- il évalue\n\n| Qui | Quoi |\n|---|---|\n| Union | bilan |",
)


def test_the_page_shows_no_markdown_marks(tmp_path: Path) -> None:
    comparison = pair(tmp_path, STRUCTURED_OLD, STRUCTURED_NEW)
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    text = redline_text(html)
    assert "coopération" in text and "évalue" in text
    assert "**" not in text and "*renforcée*" not in text and "|---|" not in text
    assert not re.search(r"^\s*(#+ |- |\* )", text, re.MULTILINE), text
    assert "<em>" in html and "<table" in html and "<li" in html and "<h4" in html


def test_whitespace_only_change_is_a_note(tmp_path: Path) -> None:
    text = "Le comité se réunit deux fois par an. Il dresse le bilan des actions."
    comparison = pair(
        tmp_path,
        articles(f"Suivi | {text}"),
        articles(f"Suivi | {text.replace(' Il', chr(10) * 2 + 'Il')}"),
    )
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    assert "Seuls les retours à la ligne changent" in html
    assert "¶" not in html and "<ins" not in html and "<del" not in html


def test_markdown_alone_changed_is_said_to_be_formatting(tmp_path: Path) -> None:
    comparison = pair(
        tmp_path,
        articles("Objet | La convention organise la coopération."),
        articles("Objet | La convention organise la **coopération**."),
    )
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    assert "Seule la mise en forme change" in html
    assert "<ins" not in html and "<del" not in html


COMMITMENTS_V1 = """\
commitments:
  - {id: bilan, text: Présenter un bilan annuel, by: [uriopss], article: 1, due: 2022-12-31,
     status: done}
  - {id: cpom, text: Accompagner les CPOM, by: [uriopss], article: 1}
"""
COMMITMENTS_V2 = """\
commitments:
  - {id: bilan, text: Présenter un bilan annuel détaillé, by: [uriopss], article: 1,
     due: 2025-12-31, status: planned}
"""


def commitment_pair(tmp_path: Path, language: str = "fr") -> str:
    body = articles("Objet | La convention organise la coopération.")
    old = version_text(body, status="superseded", adopted="2020-02-17", extra=COMMITMENTS_V1)
    new = version_text(
        body,
        parties="  - departement\n  - {member: uriopss, signed: 2023-03-20, signatory: Elle}\n",
        extra=COMMITMENTS_V2 + "supersedes: v1\nsummary: Une convention « de partenariat ».\n",
    )
    write_site(tmp_path, {"v1": old, "v2": new})
    site = load_site(tmp_path, language)
    document = site.document("convention")
    assert document is not None
    comparison = compare(*document.versions, site.organisations)
    return changes_html(comparison, language, version_url="../", previous_url="../../v1/")


def test_commitments_are_named_by_their_text_with_their_id_as_tooltip(tmp_path: Path) -> None:
    html = commitment_pair(tmp_path)
    assert (
        f'Engagement supprimé{NBSP}: «{NBSP}<span title="cpom">Accompagner les CPOM</span>{NBSP}»'
    ) in html
    assert f'Engagement «{NBSP}<span title="bilan">Présenter un bilan annuel détaillé' in html
    assert "Engagement cpom" not in html and "Engagement bilan" not in html


def test_dates_are_written_as_on_version_pages(tmp_path: Path) -> None:
    html = commitment_pair(tmp_path)
    assert f"échéance{NBSP}: 31 décembre 2022 → 31 décembre 2025" in html
    assert "2022-12-31" not in html
    german = commitment_pair(tmp_path / "de", "de")
    assert "Frist: 31. Dezember 2022 → 31. Dezember 2025" in german


def test_facts_of_each_version_are_not_compared_between_versions(tmp_path: Path) -> None:
    html = commitment_pair(tmp_path)
    for word in ("Statut", "statut", "Date d&#39;adoption", "Version remplacée", "signature"):
        assert word not in html, word
    assert "réalisé" not in html and "prévu" not in html  # how far each commitment got


def test_the_same_version_edited_lists_its_facts(tmp_path: Path) -> None:
    body = articles("Objet | La convention organise la coopération.")
    before = version_text(body, status="in-force", extra=COMMITMENTS_V1)
    after = version_text(
        body,
        status="expired",
        adopted="2023-03-20",
        parties="  - departement\n  - {member: uriopss, signed: 2023-03-20}\n",
        extra=COMMITMENTS_V1.replace("status: done", "status: ongoing"),
    )
    old_site = load_site(write_site(tmp_path / "a", {"v1": before}), "fr")
    new_site = load_site(write_site(tmp_path / "b", {"v1": after}), "fr")
    changes = compare_sites(old_site, new_site, "HEAD")
    (document,) = changes.documents
    (version,) = document.versions
    assert version.comparison is not None
    fields = {c.field for c in version.comparison.metadata}
    assert {"status", "adopted"} <= fields
    parties = [c.kind for c in version.comparison.parties]
    assert parties == ["party-signing-changed"]
    statuses = [c for c in version.comparison.commitments if getattr(c, "field", "") == "status"]
    assert [c.explain("fr") for c in statuses] == [
        f"Engagement «{NBSP}Présenter un bilan annuel{NBSP}», statut{NBSP}: réalisé → en cours"
    ]


@pytest.mark.parametrize(
    ("language", "opening", "closing"),
    [("fr", f"«{NBSP}", f"{NBSP}»"), ("de", "„", "“"), ("it", "«", "»"), ("en", "“", "”")],
)
def test_quotes_follow_the_language(tmp_path: Path, language: str, opening: str, closing: str):
    html = commitment_pair(tmp_path, language)
    assert f'{opening}<span title="cpom">Accompagner les CPOM</span>{closing}' in html


def test_french_labels_follow_french_typography() -> None:
    for key, texts in LABELS.items():
        if not key.startswith("changes."):
            continue
        assert set(texts) >= {"en", "fr", "it", "de"}, key
        french = texts["fr"]
        assert not re.search(r" [:;!?]", french), (key, french)
        assert not re.search(r"\w[:;!?]", french), (key, french)
        assert "“" not in french and "”" not in french and '"' not in french, key


# --- fidelity --------------------------------------------------------------------------


def test_the_marks_agree_with_an_independent_word_diff_on_the_example_site() -> None:
    score = example_fidelity()
    assert score.articles >= 8
    assert score.insert.f1 >= GOAL_F1, (score.insert.precision, score.insert.recall)
    assert score.delete.f1 >= GOAL_F1, (score.delete.precision, score.delete.recall)


def test_the_marks_agree_with_an_independent_word_diff_on_heavy_rewrites() -> None:
    score = generated_fidelity(seed=3, articles=20, documents=2)
    assert score.articles == 40
    assert score.insert.f1 >= GOAL_F1, (score.insert.precision, score.insert.recall)
    assert score.delete.f1 >= GOAL_F1, (score.delete.precision, score.delete.recall)


_BLOCK = st.one_of(
    st.lists(
        st.sampled_from(["la", "convention", "**Union**", "*de*", ",", ".", "l'", "art"]),
        min_size=1,
        max_size=8,
    ).map(" ".join),
    st.lists(st.sampled_from(["la", "Union", "de", "art", "comité"]), min_size=1, max_size=4).map(
        lambda words: "\n".join(f"- {w}" for w in words)
    ),
    st.sampled_from(
        ["### Titre", "### Autre titre", "| a | b |\n|---|---|\n| la | de |", "> cité"]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_BLOCK, max_size=6), st.lists(_BLOCK, max_size=6))
def test_any_redline_holds_both_texts(old: list[str], new: list[str]) -> None:
    old_text, new_text = "\n\n".join(old), "\n\n".join(new)
    lines = redline(old_text, new_text)
    assert Counter(words_of(lines.nodes, "insert")) == Counter(plain_words(old_text))
    assert words_of(lines.nodes, "delete") == plain_words(new_text)
