"""What a reader finds on every page, built for real: what is in force first, the feed
named in every page's head, the footer and the labels in the site's language."""

from __future__ import annotations

import html as html_module
import re
from pathlib import Path

import pytest

from sitefixture import mkdocs_build, write_site

HOME = """\
# Accueil

Bienvenue : voici les « textes » en vigueur, et `le code : intact`.

## En vigueur

<!-- pacte:in-force -->

## Dernières versions

<!-- pacte:recent -->
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("site"))
    (root / "docs" / "index.md").write_text(HOME, encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    return root / "site"


def read(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def test_home_lists_what_is_in_force_and_the_latest_versions(built: Path) -> None:
    home = read(built, "")
    assert "<!-- pacte:" not in home
    start, middle = home.index('id="en-vigueur"'), home.index('id="dernieres-versions"')
    in_force = home[start:middle]
    # the versions in force of the sources, and none other
    assert 'href="charters/charte/2025/"' in in_force
    assert 'href="conventions/convention-canton/2023-2025/"' in in_force
    assert 'href="conventions/convenzione-torino/2024/"' in in_force
    assert "2020-2022" not in in_force
    assert "2026-2028" not in home  # drafts are not published
    recent = home[middle:]
    links = re.findall(r'href="((?:charters|conventions)/[^"]+/)"', recent)
    # newest first, with a link to what the newest with a predecessor changed
    assert links.index("charters/charte/2025/") < links.index(
        "conventions/convention-canton/2020-2022/"
    )
    assert 'href="conventions/convention-canton/2023-2025/changes/"' in recent
    assert "modifications depuis la version 2020-2022" in text_of(recent)


def test_hand_written_pages_get_french_typography(built: Path) -> None:
    home = html_module.unescape(read(built, ""))
    assert "Bienvenue\u00a0: voici les «\u00a0textes\u00a0» en vigueur" in home
    assert "<code>le code : intact</code>" in home


def test_every_page_names_the_feed_in_its_head(built: Path) -> None:
    pages = list(built.rglob("index.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        found = re.findall(r'<link rel="alternate" type="application/atom\+xml"[^>]*>', head)
        assert len(found) == 1, path
        href = re.search(r'href="([^"]+)"', found[0])
        assert href is not None
        assert (path.parent / href.group(1)).resolve() == (built / "feed.xml").resolve(), path


def test_footer_speaks_the_site_language(built: Path) -> None:
    footer = read(built, "charters/charte/2025").split('class="md-copyright"', 1)[1]
    footer = text_of(footer.split("</div>", 2)[0] + "</div>")
    assert "Réalisé avec" in footer
    assert "Made with" not in footer


def test_a_site_keeps_its_own_footer_choice(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config += "copyright: Fédération des institutions\nextra:\n  generator: true\n"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    footer = read(root / "site", "").split('class="md-copyright"', 1)[1]
    assert "Fédération des institutions" in footer
    assert "Réalisé avec" not in footer
    assert "Made with" in footer


def test_language_names_instead_of_codes(built: Path) -> None:
    html = text_of(read(built, "conventions/convenzione-torino/2024"))
    assert "Langue\nitalien" in html or re.search(r"Langue\s*italien", html), html[:2000]


def test_labels_agree_and_colons_do_not_break(built: Path) -> None:
    commitments = read(built, "commitments")
    assert '<option value="">Toutes</option>' in commitments  # les organisations
    assert '<option value="in-force" selected>' in commitments  # what is in force first
    assert "Tous</option>" in commitments
    members = read(built, "members")
    headers = re.findall(r'<th scope="col">([^<]+)</th>', members)
    assert headers and all(h[:1].isupper() for h in headers), headers
    draft_free = text_of(commitments)
    assert " : " not in draft_free.replace("\u00a0:", "")  # a no-break space before colons


def test_every_table_cell_names_its_column(built: Path) -> None:
    """On a phone a row becomes a card: each value shows under its column's name, which
    its cell gives (data-label), or its table for each column but the first (the style
    --pacte-label-N, in the long tables, so that no cell repeats it)."""
    for url in ("charters", "members", "members/federation", "commitments", "charters/charte/2025"):
        html = read(built, url)
        for table in re.findall(r'<table class="pacte-table.*?</table>', html, re.S):
            opening = table[: table.index(">")]
            columns = len(re.findall(r"<th scope=\"col\"", table))
            named = {int(n) for n in re.findall(r"--pacte-label-(\d+):", opening)}
            assert not named or named == set(range(2, columns + 1)), (url, opening)
            rows = re.findall(r"<tr\b[^>]*>.*?</tr>", table, re.S)
            cells = [
                (index, cell)
                for row in rows
                for index, cell in enumerate(re.findall(r"<td\b[^>]*>", row), 1)
            ]
            assert cells, url
            unnamed = [c for i, c in cells if i > 1 and "data-label=" not in c and i not in named]
            assert unnamed == [], (url, unnamed[:3])
    labels = re.search(
        r'<table class="pacte-table pacte-labelled[^>]*>', read(built, "commitments")
    )
    assert labels is not None
    assert "--pacte-label-2:&#34;Par&#34;" in labels.group()


def test_member_picture_counts_what_is_in_force(built: Path) -> None:
    """The picture and the table of commitments in force agree: the commitments of other
    versions are listed apart, and not counted in it."""
    html = read(built, "members/canton")
    picture = html[html.index('class="pacte-chart') :]
    picture = picture[: picture.index("</figure>")]
    assert "Engagements des autres versions" not in picture
    assert "Engagements en vigueur" in picture
