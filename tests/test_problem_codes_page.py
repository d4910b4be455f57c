"""The site's page of problem codes (problems/), where each problem's message sends the
editor: every code of the checks under its own anchor, what it means and what to do, in
the site's language; made from the code's own list, so that it cannot drift."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from pacte.build import build_site
from pacte.problems import CODES, code_texts, help_address
from sitefixture import mkdocs_build, write_site


@pytest.mark.parametrize(
    ("language", "title", "bad_date"),
    [
        ("fr", "Vérifications des sources", "<p>Pas une date réelle écrite AAAA-MM-JJ.</p>"),
        ("it", "Verifiche delle fonti", "<p>Non una data reale scritta AAAA-MM-GG.</p>"),
        ("de", "Prüfungen der Quellen", "<p>Kein echtes Datum in der Form JJJJ-MM-TT.</p>"),
        ("en", "Checks of the sources", "<p>Not a real date written YYYY-MM-DD.</p>"),
    ],
)
def test_every_code_is_explained_in_the_site_language(
    tmp_path: Path, language: str, title: str, bad_date: str
) -> None:
    root = write_site(tmp_path, language=language)
    result = build_site(root, language=language, today=dt.date(2026, 11, 22))
    assert result.generator is not None
    page = result.generator.render("problems/index.md").html
    assert f'<h1 id="problems">{title}</h1>' in page
    anchors = re.findall(r'<h2 id="([a-z-]+)"><code>\1</code></h2>', page)
    assert anchors == list(CODES)  # every code, in the order of the list, each once
    section = page.split('<h2 id="bad-date">', 1)[1].split("<h2", 1)[0]
    assert bad_date in html.unescape(section)  # a sentence of its own
    texts = {t.code: t for t in code_texts(language)}
    assert html.escape(texts["unknown-member"].advice, quote=False) in page.replace("&#39;", "'")


def test_the_page_is_published_where_messages_send_editors(tmp_path: Path) -> None:
    root = write_site(tmp_path)
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr
    built = root / "site" / "problems" / "index.html"
    page = built.read_text(encoding="utf-8")
    assert 'id="translation-stale"' in page
    assert help_address("translation-stale", None) == "problems/#translation-stale"
    assert (
        help_address("bad-date", "https://reseau.example.org/pacte")
        == "https://reseau.example.org/pacte/problems/#bad-date"
    )
