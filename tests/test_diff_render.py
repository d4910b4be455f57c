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
from pacte.diff.page import short_form
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
    assert '<del class="pacte-del">anime</del><ins class="pacte-ins">coordonne</ins>' in html
    # a new list item is an item of the list, inserted; the added article is inserted whole
    assert '<li class="pacte-block-ins"><ins class="pacte-ins">il évalue</ins></li>' in html
    assert '<section class="pacte-article-added">' in html
    assert '<p class="pacte-block-ins"><ins class="pacte-ins">L&#39;Union assure une veille' in html


def test_what_screen_readers_say_before_a_mark_is_given_once(comparison) -> None:
    """Not a hidden span in every mark: the page's container gives the words once, as CSS
    strings, and pacte.css says them before each ins and del (generated content, which
    screen readers read, hidden from sight)."""
    html = changes_html(comparison, "en", version_url="../", previous_url="../../v1/")
    assert "pacte-visually-hidden" not in html
    style = re.search(r'<div class="pacte-changes" style="([^"]*)">', html)
    assert style is not None, html[:300]
    assert style.group(1) == (
        "--pacte-inserted:&#34;inserted: &#34;;--pacte-deleted:&#34;deleted: &#34;"
    )
    assert html.count("--pacte-inserted") == 1
    css = (Path(__file__).parent.parent / "plugins/pacte/assets/pacte.css").read_text()
    assert ".pacte-ins::before { content: var(--pacte-inserted); }" in css
    assert ".pacte-del::before { content: var(--pacte-deleted); }" in css
    hidden = re.search(r"\.pacte-ins::before, \.pacte-del::before \{([^}]*)\}", css)
    assert hidden is not None
    # hidden from sight only: display: none or visibility: hidden would silence it
    assert "clip: rect(0, 0, 0, 0)" in hidden.group(1) and "position: absolute" in hidden.group(1)
    assert "display" not in hidden.group(1) and "visibility" not in hidden.group(1)


def test_a_passage_of_plain_paragraphs_shown_whole_is_one_mark(tmp_path: Path) -> None:
    added = "Veille | L'Union assure une veille.\n\nElle en rend compte."
    comparison = pair(tmp_path, articles(OBJET), articles(OBJET, added))
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    # one <ins> around its paragraphs, said once to screen readers, in no container
    assert (
        '<p>Texte ajouté</p>\n<ins class="pacte-ins pacte-block"><p>L&#39;Union assure une '
        "veille.</p>\n<p>Elle en rend compte.</p>\n</ins>\n</section>"
    ) in html
    assert html.count("<ins") == 1 and "pacte-redline" not in html
    assert 'style="--pacte-inserted:&#34;insertion\u00a0: &#34;;' in html


LONG_V1 = "Présenter chaque année au comité un bilan écrit des actions <b>menées</b> & prévues"
LONG_V2 = "Présenter chaque année au comité un bilan écrit des actions <b>menées</b> & à venir"
ADDED = "Publier sur le site du réseau les comptes rendus de toutes les réunions du comité"
KEPT = "Transmettre au canton le rapport financier certifié de l'exercice écoulé, chaque mai"


def test_a_line_names_a_commitment_by_its_first_words(tmp_path: Path) -> None:
    """Where the page shows a commitment's text whole elsewhere (its word diff, its item),
    a line that links there quotes its first words: never cut inside a word, with an
    ellipsis, escaped; where nothing else shows it, its whole text."""
    body = articles(OBJET)

    def commitments(text: str, kept_by: str, added: bool) -> str:
        lines = f"commitments:\n  - {{id: bilan, text: '{text}', by: all, article: 1}}\n"
        lines += f'  - {{id: rapport, text: "{KEPT}", by: [{kept_by}], article: 1}}\n'
        return lines + (f"  - {{id: site, text: '{ADDED}', by: all}}\n" if added else "")

    old = version_text(body, status="superseded", extra=commitments(LONG_V1, "uriopss", False))
    new = version_text(body, extra=commitments(LONG_V2, "departement", True) + "supersedes: v1\n")
    site = load_site(write_site(tmp_path, {"v1": old, "v2": new}), "fr")
    document = site.document("convention")
    assert document is not None
    comparison = compare(*document.versions, site.organisations)
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    parse(html)
    listed = html[html.index('id="changes-commitments"') : html.index('id="changes-impact"')]
    impact = html[html.index('id="changes-impact"') :]
    # reworded: the diff shows its whole text, escaped
    assert "à venir" in listed and "&lt;b&gt;menées&lt;/b&gt; &amp;" in listed
    # only its parties changed: its whole text, which nothing else on the page shows
    assert '<span title="rapport">Transmettre au canton le rapport financier certifié de ' in listed
    # added: its whole text in its item; the lines for each organisation: first words, a
    # link to that item or word diff
    assert "comptes rendus de toutes les réunions du comité" in listed
    assert '<a href="#commitment-bilan">Présenter chaque année au comité…</a>' in impact
    assert '<a href="#commitment-rapport">Transmettre au canton le rapport…</a>' in impact
    assert '<a href="#commitment-site">Publier sur le site du réseau…</a>' in impact
    assert "à venir" not in impact and "comptes rendus" not in impact and "<b>" not in html


def test_a_reworded_commitment_is_named_by_its_first_words_above_its_diff(tmp_path: Path) -> None:
    body = articles(OBJET)
    old = version_text(
        body, status="superseded", extra=f"commitments:\n  - {{id: bilan, text: '{LONG_V1}'}}\n"
    )
    text = f"commitments:\n  - {{id: bilan, text: '{LONG_V2}', article: 1}}\nsupersedes: v1\n"
    new = version_text(body, extra=text)
    site = load_site(write_site(tmp_path, {"v1": old, "v2": new}), "fr")
    document = site.document("convention")
    assert document is not None
    html = changes_html(
        compare(*document.versions, site.organisations), "fr", version_url="../", previous_url=""
    )
    item = re.search(r'<li id="commitment-bilan">(.*?)</li>\n', html)
    assert item is not None, html
    # its name, then the word diff of its text (its whole new text) and its other field
    assert item.group(1) == (
        'Engagement «\u00a0<span title="bilan">Présenter chaque année au comité…</span>'
        "\u00a0»\u00a0:<ul><li>texte\u00a0: Présenter chaque année au comité un bilan écrit des "
        'actions &lt;b&gt;menées&lt;/b&gt; &amp; <del class="pacte-del">prévues</del>'
        '<ins class="pacte-ins">à venir</ins></li><li>article\u00a0: 1 (ajout)</li></ul>'
    )


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Présenter un bilan annuel détaillé", "Présenter un bilan annuel détaillé"),
        # a word or two more than the limit: whole, rather than an ellipsis for so little
        ("Présenter un bilan annuel très détaillé", "Présenter un bilan annuel très détaillé"),
        (
            "Partager les expertises et les outils entre institutions",
            "Partager les expertises et les…",
        ),
        # the punctuation where the cut falls goes; a no-break space binds two words
        (
            "Réunir le comité, les parties\u00a0: chaque année sans faute",
            "Réunir le comité, les parties…",
        ),
        (
            "Un\nretour à la ligne   et des espaces en trop dans ce texte",
            "Un retour à la ligne et des…",
        ),
        # a first word longer than the limit is kept whole; one word, whole
        (
            "Anticonstitutionnellementissimement-parlant suivi de mots",
            "Anticonstitutionnellementissimement-parlant…",
        ),
        ("x" * 60, "x" * 60),
    ],
)
def test_a_short_form_is_first_words_never_a_cut_word(text: str, short: str) -> None:
    assert short_form(text) == short
    # whole words of the text, in order, from its first
    shown = short.removesuffix("…").split()
    assert shown == text.split()[: len(shown)]


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
    assert '<p class="pacte-block-del"><del class="pacte-del">L&#39;Union anime' in html


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Résumé", "Articles modifiés\u00a0: <strong>2</strong>", "suppression\u00a0: "]),
        ("de", ["Übersicht", "Geänderte Artikel: <strong>2</strong>", "gestrichen: "]),
        ("it", ["Sintesi", "Articoli modificati: <strong>2</strong>", "eliminazione: "]),
        ("en", ["Summary", "Articles changed: <strong>2</strong>", "deleted: "]),
    ],
)
def test_the_page_speaks_the_site_language(comparison, language: str, words: list[str]) -> None:
    html = changes_html(comparison, language, version_url="../", previous_url="../../v1/")
    *shown, deleted = words
    for word in shown:
        assert word in html
    # what screen readers say before a deletion, once, in the container's style
    assert 'style="--pacte-inserted:&#34;' in html
    assert f";--pacte-deleted:&#34;{deleted}&#34;" in html


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


RECAST_OLD = (
    "Objet | La convention organise la coopération entre les parties signataires.",
    "Missions | L'Union anime le collectif logement et relaie les propositions.",
    "Suivi | Un comité se réunit deux fois par an pour dresser le bilan.",
)
RECAST_NEW = (
    "Cadre | Les associations du réseau mettent en commun leurs moyens d'accueil.",
    "Accueil | Chaque foyer réserve trois places aux personnes orientées par le 115.",
    "Évaluation | Une enquête annuelle mesure la satisfaction des personnes hébergées.",
)


def test_a_recast_text_names_its_passages_and_leaves_each_text_to_its_page(
    tmp_path: Path,
) -> None:
    """Nothing of the earlier text kept or changed in part, in three passages or more: a
    redline would be both texts in full; the page says the text is recast and links each
    passage to its text, on its version's page."""
    comparison = pair(tmp_path, articles(*RECAST_OLD), articles(*RECAST_NEW))
    assert comparison.recast
    html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
    parse(html)
    assert (
        '<p class="pacte-changes-recast">Texte refondu\u00a0: rien du texte de la version v1 '
        "n&#39;est repris ni modifié en partie."
    ) in html
    assert "<ins" not in html and "<del" not in html
    assert "trois places" not in html and "deux fois par an" not in html
    # every passage still named, each heading leading to its text
    assert '<a href="../../v1/#article-2">Article 2 – Missions</a>' in html
    assert '<a href="../#article-2">Article 2 – Accueil</a>' in html
    # the command line still gives every word
    segments = [s.text for c in comparison.text for s in c.segments]
    assert any("trois places" in text for text in segments)


def test_a_text_with_a_passage_kept_or_few_passages_is_shown_in_full(tmp_path: Path) -> None:
    kept = pair(tmp_path / "kept", articles(*RECAST_OLD), articles(RECAST_OLD[0], *RECAST_NEW[1:]))
    two = pair(tmp_path / "two", articles(*RECAST_OLD[:2]), articles(*RECAST_NEW[:2]))
    for comparison in (kept, two):
        assert not comparison.recast
        html = changes_html(comparison, "fr", version_url="../", previous_url="../../v1/")
        assert "pacte-changes-recast" not in html
        assert "trois places" in html and "<ins" in html and "<del" in html


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The text is recast: nothing of version v1 is kept"),
        ("it", "Testo rifuso: nulla del testo della versione v1"),
        ("de", "Neufassung: nichts vom Text der Fassung v1"),
    ],
)
def test_a_recast_text_is_said_in_the_site_language(
    tmp_path: Path, language: str, sentence: str
) -> None:
    comparison = pair(tmp_path, articles(*RECAST_OLD), articles(*RECAST_NEW))
    html = changes_html(comparison, language, version_url="../", previous_url="../../v1/")
    assert sentence in html
