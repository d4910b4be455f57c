"""The changes page at the scale of a registry: what changes for every party said once,
organisations with the same changes named together, passages rewritten wholesale shown
whole (deleted, then inserted) rather than word by word, and texts of plain paragraphs
shown whole without converting them."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pacte.diff import ArticleChanged, changes_html, compare, render_json, render_text
from pacte.diff.redline import EXTENSIONS, Block, Element, Text, plain_paragraphs, whole
from pacte.load import load_site
from sitefixture import mkdocs_build, write_site
from test_diff_support import articles, pair, version_text
from test_diff_support import write_site as write_pair_site

NBSP = "\u00a0"

# --- a real build -------------------------------------------------------------------------

MOYENS_2024 = (
    "Les institutions mettent en commun leurs locaux, leurs véhicules et leurs outils "
    "informatiques pour les activités du réseau, selon un calendrier arrêté chaque année "
    "par le comité de coordination."
)
MOYENS_2025 = (
    "Chaque membre verse une cotisation annuelle fixée par l'assemblée générale ; son "
    "montant tient compte du nombre de places d'accueil, des subventions publiques reçues "
    "et des dons affectés au réseau."
)
NETWORK = """\
---
title: Charte du réseau
status: {status}
adopted: {adopted}
{supersedes}parties:
  - {{member: federation, signed: {adopted}}}
  - {{member: canton, signed: {adopted}}}
  - {{member: home-a, signed: {adopted}}}
  - {{member: home-b, signed: {adopted}}}
  - {{member: comune, signed: {adopted}}}
  - {{member: observer-org, role: observer}}
commitments:
{commitments}
---
## Article 1 – Objet
La charte renforce les synergies entre {who} institutions membres.

## Article 2 – Moyens
{moyens}

{article_3}
"""
COMMITMENTS_2024 = """\
  - {id: partage, text: Partager les expertises entre institutions, by: all, article: 2}
  - {id: accueil, text: Accueillir des stagiaires, by: [home-a, home-b], article: 1,
     due: 2025-06-30}
  - {id: position, text: Porter une position commune, by: [federation], article: 3}"""
COMMITMENTS_2025 = """\
  - {id: partage, text: Partager les expertises et les outils entre institutions,
     by: all, article: 2}
  - {id: accueil, text: Accueillir des stagiaires, by: [home-a, home-b], article: 1,
     due: 2026-06-30}
  - {id: position, text: Porter une position commune au canton, by: [federation],
     article: 3}"""
ARTICLE_3_2024 = "## Article 3 – Position\nLa fédération présente une position cohérente."
ARTICLE_3_2025 = """\
## Article 3 – Suivi
### Comité {: #comite }

Un *comité* suit la charte.

- il dresse le bilan
- il propose des actions"""


def network_version(year: int) -> str:
    new = year == 2025
    return NETWORK.format(
        status="in-force" if new else "superseded",
        adopted=f"{year}-03-01",
        supersedes="supersedes: '2024'\n" if new else "",
        commitments=COMMITMENTS_2025 if new else COMMITMENTS_2024,
        who="toutes les" if new else "les",
        moyens=MOYENS_2025 if new else MOYENS_2024,
        article_3=ARTICLE_3_2025 if new else ARTICLE_3_2024,
    )


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> str:
    extra = {
        "charters/reseau/2024.md": network_version(2024),
        "charters/reseau/2025.md": network_version(2025),
    }
    root = write_site(tmp_path_factory.mktemp("scale"), extra=extra)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    page = (root / "site/charters/reseau/2025/changes/index.html").read_text(encoding="utf-8")
    start = page.index('<div class="pacte-changes"')
    return page[start : page.index("</article>", start)]


def part(page: str, anchor: str, end: str) -> str:
    start = page.index(f'id="{anchor}"')
    return page[start : page.index(end, start)]


def section(page: str, anchor: str) -> str:
    start = page.rindex("<section", 0, page.index(f'<h3 id="{anchor}">'))
    return page[start : page.index("</section>", start)]


def test_what_changes_for_every_party_is_said_once(changes: str) -> None:
    impact = part(changes, "changes-impact", "</div>")
    # five parties commit (the observer does not): the commitment 'by: all' and the
    # article it rests on are said once for all of them, not five times
    assert impact.count("Pour chacune des 5 parties") == 1
    assert impact.count('href="#commitment-partage"') == 1
    assert impact.count('href="#article-2"') == 1
    everyone = part(impact, "impact-everyone", "</ul>")
    assert 'href="#commitment-partage"' in everyone and 'href="#article-2"' in everyone
    # the organisations with nothing else that changes get no heading of their own
    assert 'id="member-canton"' not in impact and 'id="member-comune"' not in impact
    assert "Observatoire social" not in impact


def test_organisations_with_the_same_changes_are_named_together(changes: str) -> None:
    impact = part(changes, "changes-impact", "</div>")
    heading = re.search(r'<h3 id="member-home-a">(.*?)</h3>', impact)
    assert heading is not None, impact
    names = heading.group(1)
    assert re.fullmatch(
        r'<a href="[./]*members/home-a/">Foyer A</a>, '
        r'<a href="[./]*members/home-b/" id="member-home-b">Foyer B &lt;script&gt;.*</a>',
        names,
    ), names
    # their changes are listed once, under both names
    assert impact.count('href="#commitment-accueil"') == 1
    shared = part(impact, "member-home-a", "</ul>")
    assert f"échéance{NBSP}: 30 juin 2025 → 30 juin 2026" in shared
    assert 'href="#article-1"' in shared  # the article its commitment rests on changed
    # the federation's changes are its own
    own = part(impact, "member-federation", "</ul>")
    assert 'href="#commitment-position"' in own and "nouvelle rédaction" in own
    assert 'href="#removed-article-3"' in own and 'href="#article-3"' in own
    assert "accueil" not in own and "partage" not in own


def test_each_line_links_to_the_change_said_in_full(changes: str) -> None:
    commitments = part(changes, "changes-commitments", "</ul>")
    for commitment in ("partage", "accueil", "position"):
        assert f'<li id="commitment-{commitment}">' in commitments
    # the new wording of a commitment is in its word diff, once: the line for the parties
    # names it by its first words (never cut inside a word), a link to that diff
    assert changes.count("et les outils") == 1
    assert changes.count('<a href="#commitment-partage">Partager les expertises et les…</a>') == 1
    for anchor in ("article-1", "article-2", "article-3", "removed-article-3"):
        assert f'<h3 id="{anchor}">' in changes
    # an article by its number (its heading is where the line leads), as unchanged ones
    impact = part(changes, "changes-impact", "</div>")
    assert '<a href="#article-2">art. 2</a>' in impact
    assert '<a href="#removed-article-3">art. 3</a>' in impact
    assert "Moyens" not in impact and "Position" not in impact


def test_an_article_rewritten_wholesale_is_shown_deleted_then_inserted(changes: str) -> None:
    rewritten = section(changes, "article-2")
    assert 'class="pacte-article-changed"' in rewritten
    assert "Texte entièrement réécrit" in rewritten
    # its old text whole, struck through, then its new text whole: no word compared
    deleted = re.findall(r'<del class="pacte-del pacte-block"><p>(.*?)</p>\s*</del>', rewritten)
    inserted = re.findall(r'<ins class="pacte-ins pacte-block"><p>(.*?)</p>\s*</ins>', rewritten)
    assert len(deleted) == 1 and len(inserted) == 1, rewritten
    assert html.unescape(deleted[0]) == MOYENS_2024
    assert html.unescape(inserted[0]) == MOYENS_2025
    assert rewritten.index("<del") < rewritten.index("<ins")
    assert len(re.findall(r"<(?:ins|del)\b", rewritten)) == 2
    assert "<span" not in rewritten  # what screen readers say: pacte.css, from the container


def test_a_small_edit_is_still_marked_word_by_word(changes: str) -> None:
    edited = section(changes, "article-1")
    assert "Texte modifié" in edited
    assert '<ins class="pacte-ins">toutes</ins> les' in edited
    assert "pacte-block" not in edited


def test_a_text_added_or_removed_whole_keeps_its_structure(changes: str) -> None:
    added = section(changes, "article-3")
    assert 'class="pacte-article-added"' in added
    # converted as on the version page, its heading under the article's, without its id
    assert re.search(
        r'<h4 class="pacte-block-ins"><ins class="pacte-ins">.*Comité</ins></h4>', added
    )
    assert re.search(r"<ins [^>]*>Un <em>comité</em> suit la", added)
    assert re.search(
        r'<li class="pacte-block-ins"><ins [^>]*>.*il dresse le bilan</ins></li>', added
    )
    assert 'id="comite"' not in changes
    removed = section(changes, "removed-article-3")
    assert (
        '<del class="pacte-del pacte-block"><p>La fédération présente une position '
        "cohérente.</p>\n</del>"
    ) in removed, removed
    # what screen readers say before it, once for the page, in its language
    assert changes.startswith(
        '<div class="pacte-changes" style="--pacte-inserted:&#34;insertion\u00a0: &#34;;'
        '--pacte-deleted:&#34;suppression\u00a0: &#34;">'
    )


# --- what the page costs, party by party --------------------------------------------------


def registry(count: int) -> str:
    return "".join(f"- id: org-{n:02d}\n  name: Organisation {n:02d}\n" for n in range(count))


def parties(count: int) -> str:
    return "".join(f"  - org-{n:02d}\n" for n in range(count))


def test_the_page_does_not_grow_with_the_parties_bound_by_all(tmp_path: Path) -> None:
    def page(count: int) -> str:
        root = tmp_path / str(count)
        commitments = "commitments:\n  - {{id: c1, text: {text}, by: all, article: 1}}\n"
        old = version_text(
            articles("Objet | La charte relie les organisations."),
            status="superseded",
            adopted="2020-02-17",
            parties=parties(count),
            extra=commitments.format(text="Partager les données du réseau"),
        )
        new = version_text(
            articles("Objet | La charte relie toutes les organisations."),
            parties=parties(count),
            extra=commitments.format(text="Partager les données et les outils du réseau")
            + "supersedes: v1\n",
        )
        write_pair_site(root, {"v1": old, "v2": new}, members=registry(count))
        site = load_site(root, "fr")
        document = site.document("convention")
        assert document is not None
        comparison = compare(*document.versions, site.organisations)
        return changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")

    small, large = page(3), page(30)
    assert large.count('href="#commitment-c1"') == 1
    assert "Pour chacune des 30 parties" in large
    assert "Organisation 29" not in large  # nobody has a change of its own
    assert len(large) - len(small) < 100, (len(small), len(large))


# --- the comparison -----------------------------------------------------------------------

LONG_OLD = (
    "Objet | Les parties conviennent de se réunir chaque trimestre au siège de la "
    "fédération afin de dresser le bilan des actions engagées et de préparer les "
    "décisions du comité."
)
LONG_NEW = (
    "Objet | Une subvention de fonctionnement est versée au réseau sur présentation "
    "d'un budget prévisionnel détaillé, dont l'usage fait l'objet d'un compte rendu "
    "financier transmis au canton."
)


def test_a_passage_rewritten_wholesale_is_not_compared_word_by_word(tmp_path: Path) -> None:
    comparison = pair(tmp_path, articles(LONG_OLD), articles(LONG_NEW))
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "rewritten"
    assert [s.op for s in change.segments] == ["delete", "insert"]
    assert change.segments[0].text == LONG_OLD.partition(" | ")[2]
    assert change.segments[1].text == LONG_NEW.partition(" | ")[2]
    assert "Article 1 – Objet: text rewritten in full" in render_text(comparison)
    assert '"extent": "rewritten"' in render_json(comparison)


def test_a_text_that_grew_around_its_words_was_not_rewritten(tmp_path: Path) -> None:
    grown = LONG_OLD + " " + LONG_NEW.partition(" | ")[2] * 3
    comparison = pair(tmp_path, articles(LONG_OLD), articles(grown))
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "wording"


def test_short_passages_are_compared_word_by_word_however_different(tmp_path: Path) -> None:
    comparison = pair(tmp_path, articles("Objet | Un texte court."), articles("Objet | Autre."))
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "wording"


# --- texts shown whole --------------------------------------------------------------------


def test_a_text_shown_whole_with_markdown_is_converted() -> None:
    nodes = whole("### Titre {: #t .c }\n\nUn *mot*.\n\n[lien](javascript:x)", "insert")
    assert nodes and not any(isinstance(n, Block) for n in nodes)
    assert all(
        isinstance(n, Element) and n.op == "insert" for n in nodes if not isinstance(n, Text)
    )
    assert [n.tag for n in nodes if isinstance(n, Element)] == ["h4", "p", "p"]
    flat = repr(nodes)
    assert "'em'" in flat and "javascript" not in flat and "'id'" not in flat
    assert whole("  \n", "insert") == ()


def test_plain_paragraphs_are_shown_without_converting_them() -> None:
    (block,) = whole("Un texte.\n\nEt un autre,\nsur deux lignes.", "delete")
    assert isinstance(block, Block) and block.op == "delete"
    assert block.paragraphs == ("Un texte.", "Et un autre,\nsur deux lignes.")
    converted = markdown.markdown("Un texte.\n\nEt un autre,\nsur deux lignes.")
    assert converted == _as_markdown_does(block.paragraphs)
    for text in ("- une liste", "1. une liste", "Un *mot*", "Une ligne  \ncoupée", "    code"):
        assert plain_paragraphs(text) is None, text


def _as_markdown_does(paragraphs: tuple[str, ...]) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


# words, spaces and signs of plain text, often; what Markdown reads otherwise, now and then
_PLAIN = ["mot", "é", "12", " ", ".", ",", ";", ":", "!", "'", '"', "«", "»", "(", "\n", "\n\n"]
_SIGNS = [*"-+#>*_`[]<&|=~{}\\\t", "  ", "1. ", "    ", " \n", ": ", "!!! "]
_PIECES = _PLAIN * 8 + _SIGNS


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map("".join))
def test_plain_paragraphs_are_what_markdown_makes_of_them(text: str) -> None:
    paragraphs = plain_paragraphs(text)
    if paragraphs is None:
        return
    converted = markdown.markdown(text, extensions=list(EXTENSIONS))
    assert converted == _as_markdown_does(paragraphs), (text, paragraphs)
