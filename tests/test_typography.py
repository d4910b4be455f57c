"""French typography: no-break spaces in text, never in code, tags or link targets."""

from __future__ import annotations

from pacte.typography import NBSP, NNBSP, french_spaces, french_spaces_markdown


def test_plain_text() -> None:
    assert french_spaces("Statut : en vigueur") == f"Statut{NBSP}: en vigueur"
    assert french_spaces("Vraiment ? Oui ! Enfin ; bref") == (
        f"Vraiment{NNBSP}? Oui{NNBSP}! Enfin{NNBSP}; bref"
    )
    assert french_spaces("« Charte »") == f"«{NBSP}Charte{NBSP}»"
    assert french_spaces("à 10:30, http://x.org?a=1") == "à 10:30, http://x.org?a=1"
    assert french_spaces("Statut\u00a0: déjà") == "Statut\u00a0: déjà"  # idempotent


def test_markdown_keeps_code_tags_and_links() -> None:
    source = "\n".join(
        [
            'Les données : voir [la liste](data/a.json "titre : x") et `a : b`.',
            '<span title="Note : x">Note :</span> suite',
            "<!-- pacte:in-force -->",
            "```yaml",
            "status : in-force",
            "```",
            "## Article 1 – Objet {: #article-1 }",
            "",
            "    code : indenté",
            "Fin !",
        ]
    )
    assert french_spaces_markdown(source).split("\n") == [
        f'Les données{NBSP}: voir [la liste](data/a.json "titre : x") et `a : b`.',
        f'<span title="Note : x">Note{NBSP}:</span> suite',
        "<!-- pacte:in-force -->",
        "```yaml",
        "status : in-force",
        "```",
        "## Article 1 – Objet {: #article-1 }",
        "",
        "    code : indenté",
        f"Fin{NNBSP}!",
    ]


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
