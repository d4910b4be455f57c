"""Rules that several stages apply, each written once (issue 17): the months, the colon,
fenced code and level-2 headings, the grammar of article numbers; each test checks that
the stages use the one place."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_month_names_are_written_once_for_pages_and_for_imported_texts() -> None:
    """The months a page writes (i18n.format_date) are those an imported PDF is read with
    (importpdf.find_dates): one list, in i18n.py, with the spellings without accents."""
    import datetime as dt

    from pacte import importpdf
    from pacte.i18n import format_date, month_numbers

    assert importpdf._MONTHS is month_numbers()
    for language in ("fr", "it", "de", "en"):
        for month in range(1, 13):
            day = dt.date(2024, month, 15)
            _text, dates = importpdf.find_dates(f"Fait le {format_date(day, language)}.")
            assert dates == [day], (language, month)
    _text, dates = importpdf.find_dates("signée le 3 fevrier 2025 et le 9 aout 2025")
    assert dates == [dt.date(2025, 2, 3), dt.date(2025, 8, 9)]


def test_the_colon_is_written_by_its_one_rule() -> None:
    """A colon after a label is `i18n.colon` (the label "colon": French puts a no-break
    space before it, English and the others none): never typed in a template, where an
    English page would print "Current version : 2023-2025"."""
    import re
    from pathlib import Path

    from pacte import charts, i18n
    from pacte.diff import render_common

    templates = Path(i18n.__file__).parent / "templates"
    for path in templates.rglob("*.j2"):
        text = re.sub(r"\{[{%#].*?[}%#]\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert re.search(r"[ \u00a0]:[ \u00a0<]", text) is None, path.name
    assert [i18n.colon(lang) for lang in ("en", "fr", "it", "de")] == [
        ": ", "\u00a0: ", ": ", ": "
    ]  # fmt: skip
    assert charts.colon is i18n.colon and render_common.colon is i18n.colon
    assert "changes.colon" not in i18n.LABELS


def test_fenced_code_is_found_by_one_rule_for_every_reader_of_a_body() -> None:
    """Articles, the changes' passages, the page's title line, the check of HTML and the
    French spaces all read a body's fences with articles.markdown_lines: a fence closes
    only with its own character, at least as long, so a ``` block may show a ~~~ line."""
    from pacte import articles, bodypolicy, pages, typography
    from pacte.diff import align

    body = (
        "## Article 1 – Objet\n\nTexte : un exemple.\n\n"
        "````markdown\n~~~\n## Article 9 – Pas un article\n```\n<script>x</script>\n````\n\n"
        "## Article 2 – Durée\n\nTexte.\n"
    )
    lines = body.split("\n")
    code = [n for n, markdown in enumerate(articles.markdown_lines(lines)) if not markdown]
    assert [lines[n] for n in code] == [
        "````markdown", "~~~", "## Article 9 – Pas un article", "```", "<script>x</script>",
        "````",
    ]  # fmt: skip
    assert [a.number for a in articles.parse_articles(body, 1)] == ["1", "2"]
    spaced = typography.french_spaces_markdown(body)
    assert "Texte\u00a0: un exemple." in spaced and "## Article 9 – Pas un article" in spaced
    assert bodypolicy.check_body(body, 1) == []  # code is shown, not run
    for module in (pages, bodypolicy, align, typography):
        assert module.markdown_lines is articles.markdown_lines


@pytest.mark.parametrize(
    "number",
    ["1er", "premier", "Première", "primo", "erster", "unique", "unico", "einziger", "2°",
     "3 bis", "3bis", "IV", "3.2", "12a", "10-1"],
)  # fmt: skip
def test_an_article_number_is_read_by_one_grammar(number: str) -> None:
    """A number that a heading may give ('## Article 3 bis') is one an imported PDF may
    give ('Article 3 bis'): articles.NUMBER, read by both."""
    from pacte import articles, importpdf

    (article,) = articles.parse_articles(f"## Article {number} – Titre\n\nTexte.\n", 1)
    imported = importpdf._ARTICLE.match(f"Article {number} – Titre")
    assert imported is not None
    assert article.number == imported.group("number") == number
    assert importpdf.NUMBER is articles.NUMBER


@pytest.mark.parametrize(
    ("title", "label", "name"),
    [
        ("Convention avec le canton", "2023-2025", "Convention avec le canton (2023-2025)"),
        ("Convention d'appui 2019-2021 entre l'État et le Département", "2019-2021",
         "Convention d'appui 2019-2021 entre l'État et le Département"),
        ("Convention santé n°1 (2013-2015)", "2013-2015", "Convention santé n°1 (2013-2015)"),
        ("Charte n°2", "2", "Charte n°2 (2)"),
        ("Convention 2020-2022", "2020", "Convention 2020-2022 (2020)"),
    ],
)  # fmt: skip
def test_a_version_is_named_once_with_its_label(title: str, label: str, name: str) -> None:
    """A version's page, its changes and side-by-side pages and the feed name it with
    model.named: the label after the title, unless the title already says it."""
    from pacte import feed, model, pages

    assert model.named(title, label) == name
    for module in (pages, feed):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "title} ({version.label})" not in source
