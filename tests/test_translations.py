"""Translations (DESIGN, "Translations"): `<version>.<lang>.md` beside a version, read,
checked and published as real builds do. The problem codes at PATH:LINE:COL are in
test_validate_cases.py; here: the pages, the open data, the search and what blocks a
strict build.

The site is the shared test site (sitefixture.py) whose convention with the canton has
two versions (2020-2022, then 2023-2025: article 1 went from "chaque année" to "deux
fois par an"), here with German translations of both (authentic) and an Italian one of
the current version (not authentic, without the second commitment).
"""

from __future__ import annotations

import html as html_module
import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from pacte import search, urls
from pacte.load import load_site
from sitefixture import mkdocs_build, write_site

RunPacte = Callable[..., CompletedProcess[str]]
CONVENTION = "conventions/convention-canton"

DE_2020 = """\
    ---
    title: Vereinbarung mit dem Kanton
    lang: de
    authentic: true
    commitments:
      - {id: dialogue, text: Sich einmal im Jahr treffen}
    ---
    ## Artikel 1 – Dialog
    Die Parteien treffen sich jedes Jahr.

    ## Artikel 2 – Dauer
    Die Vereinbarung gilt drei Jahre.
    """

DE_2023 = """\
    ---
    title: Vereinbarung mit dem Kanton
    lang: de
    authentic: true
    summary: Die Parteien sprechen sich regelmässig ab.
    commitments:
      - {id: dialogue, text: Sich zweimal im Jahr treffen}
      - {id: rapport, text: Einen Jahresbericht veröffentlichen}
    ---
    ## Artikel 1 – Dialog
    Die Parteien treffen sich zweimal im Jahr, um ihre Zusammenarbeit zu besprechen.

    ## Artikel 2 – Dauer
    Die Vereinbarung gilt fünf Jahre.
    """

IT_2023 = """\
    ---
    title: Convenzione con il cantone
    lang: it
    commitments:
      - {id: dialogue, text: Incontrarsi due volte all'anno}
    ---
    ## Articolo 1 – Dialogo
    Le parti si incontrano due volte all'anno per discutere la loro collaborazione.

    ## Articolo 2 – Rapporto
    Il cantone pubblica un rapporto annuale.
    """

TRANSLATIONS = {
    f"{CONVENTION}/2020-2022.de.md": DE_2020,
    f"{CONVENTION}/2023-2025.de.md": DE_2023,
    f"{CONVENTION}/2023-2025.it.md": IT_2023,
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("translated"), extra=TRANSLATIONS)
    result = mkdocs_build(root, "-d", "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def read(built: Path, address: str) -> str:
    return (built / address / "index.html").read_text(encoding="utf-8")


def article_text(html: str) -> str:
    """What the page's article says, as HTML."""
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


def test_a_translation_has_its_page_in_its_language(built: Path) -> None:
    html = article_text(read(built, f"{CONVENTION}/2023-2025/de"))
    # the text, the title, the summary and the commitments in German...
    assert '<h1 id="convention-canton" lang="de">Vereinbarung mit dem Kanton</h1>' in html
    assert re.search(r'<div class="pacte-text" lang="de">\s*<h2 id="article-1">Artikel 1', html)
    assert '<p class="pacte-summary" lang="de">' in html
    assert "Einen Jahresbericht veröffentlichen" in html
    # ...the version's metadata in the site's language, and its own address
    assert "<dt>Statut</dt>" in html and "En vigueur" in html
    assert re.search(r'class="pacte-permalink">[^<]*/2023-2025/de/</a>', html)
    # the parties and dates are the version's
    assert "Fédération" in html and "20 janvier 2023" in html


def test_every_language_links_to_the_others_and_the_authentic_ones_are_named(
    built: Path,
) -> None:
    pages = {
        "fr": article_text(read(built, f"{CONVENTION}/2023-2025")),
        "de": article_text(read(built, f"{CONVENTION}/2023-2025/de")),
        "it": article_text(read(built, f"{CONVENTION}/2023-2025/it")),
    }
    targets = {
        "fr": {"de": "de/", "it": "it/"},
        "de": {"fr": "../", "it": "../it/"},
        "it": {"fr": "../", "de": "../de/"},
    }
    for shown, html in pages.items():
        nav = re.search(r'<nav class="pacte-languages".*?</nav>', html, re.S)
        assert nav is not None, shown
        assert f'<strong aria-current="page" lang="{shown}">' in nav.group()
        for code, href in targets[shown].items():
            assert f'<a href="{href}" hreflang="{code}" lang="{code}">' in nav.group(), shown
        # named in the site's language: the original's is authentic unless it says not
        assert "Textes faisant foi\u00a0: français, allemand." in nav.group()
    # a translation without legal force says so, in the site's language
    assert "Cette traduction n'a pas de valeur juridique" in pages["it"].replace("&#39;", "'")
    assert "n&#39;a pas de valeur juridique" not in pages["de"]
    # a version without translations has no list of languages
    assert "pacte-languages" not in article_text(read(built, "charters/charte"))


def test_side_by_side_aligns_the_articles_and_marks_each_text(built: Path) -> None:
    html = article_text(read(built, f"{CONVENTION}/2023-2025/it/side-by-side"))
    rows = pairs(html)
    assert [anchor for anchor, _ in rows] == ["article-1", "article-2"]
    first, second = rows[0][1], rows[1][1]
    assert re.search(r'lang="fr"><h2>Article 1 – Dialogue</h2><p>Les parties', first)
    assert re.search(r'lang="it"><h2>Articolo 1 – Dialogo</h2><p>Le parti', first)
    assert re.search(r'lang="it"><h2>Articolo 2 – Rapporto</h2><p>Il cantone', second)
    assert "pacte-untranslated" not in html


def pairs(html: str) -> list[tuple[str, str]]:
    """The rows of a side-by-side page: (anchor, HTML of both texts)."""
    section = r'<section class="pacte-parallel-row" id="([^"]+)">(.*?)</section>'
    return re.findall(section, html, re.S)


def test_open_data_lists_each_version_s_languages(built: Path) -> None:
    rows = json.loads((built / "data/documents.json").read_text(encoding="utf-8"))
    found = {
        r["version"]: (r["languages"], r["authentic"])
        for r in rows
        if r["document"] == "convention-canton"
    }
    assert found == {
        "2020-2022": (["fr", "de"], ["fr", "de"]),
        "2023-2025": (["fr", "de", "it"], ["fr", "de"]),
    }
    schema = json.loads((built / "data/schema/documents.schema.json").read_text("utf-8"))
    assert {"languages", "authentic"} <= set(json.dumps(schema).split('"'))


def test_each_translation_is_searched_in_its_own_language(tmp_path: Path) -> None:
    root = write_site(tmp_path, extra=TRANSLATIONS)
    site = load_site(root, "fr")
    assert [p for p in site.problems if p.severity.value != "notice"] == []
    found = search.entries(site, "fr")
    document = site.document("convention-canton")
    assert document is not None
    version = next(v for v in document.versions if v.label == "2023-2025")
    assert found[urls.translation_src(version, "de")].language == "de"
    assert found[urls.translation_src(version, "it")].language == "it"
    assert found[urls.version_src(version)].language == "fr"
    assert {"fr", "de", "it"} <= set(search.languages(site, "fr"))


def test_a_stale_translation_blocks_a_strict_build_of_what_is_published(
    tmp_path: Path, pacte: RunPacte
) -> None:
    stale = DE_2023.replace(
        "Die Parteien treffen sich zweimal im Jahr, um ihre Zusammenarbeit zu besprechen.",
        "Die Parteien treffen sich jedes Jahr.",
    )
    root = write_site(tmp_path, extra={**TRANSLATIONS, f"{CONVENTION}/2023-2025.de.md": stale})
    result = mkdocs_build(root, "-d", "site")
    assert result.returncode == 1
    assert f"{CONVENTION}/2023-2025.de.md:10:1: warning: article 1 changed" in result.stderr
    assert "[translation-stale]" in result.stderr
    assert not (root / "site").exists()
    validate = pacte("validate", "--strict", cwd=root)
    assert validate.returncode == 1
    assert [line for line in validate.stdout.splitlines() if "[translation" in line] == [
        f"{CONVENTION}/2023-2025.de.md:10:1: warning: article 1 changed in "
        f"{CONVENTION}/2023-2025.md since version 2020-2022, but its translation did not (it "
        f"is word for word the one of {CONVENTION}/2020-2022.de.md): translate the new text "
        "(see https://example.org/pacte/problems/#translation-stale) [translation-stale]"
    ]


def test_a_draft_s_warnings_never_block(tmp_path: Path, pacte: RunPacte) -> None:
    """A draft is work in progress: its warnings are shown (the preview shows them) but
    never block a strict build or `pacte validate --strict`; its errors still do."""
    draft = textwrap.dedent(
        """\
        ---
        title: Convention avec le canton (renouvellement)
        status: draft
        supersedes: 2023-2025
        parties: [federation, canton]
        ---
        ## Article 1 – Dialogue
        Les parties se rencontrent trois fois par an.

        ## Article 2 – Durée
        La convention vaut cinq ans.
        """
    )
    # its German translation kept article 1 of 2023-2025 word for word, lacks article 2
    stale = """\
        ---
        title: Vereinbarung mit dem Kanton (Entwurf)
        lang: de
        ---
        ## Artikel 1 – Dialog
        Die Parteien treffen sich zweimal im Jahr, um ihre Zusammenarbeit zu besprechen.
        """
    extra = {
        **TRANSLATIONS,
        f"{CONVENTION}/2026-2028.md": draft,
        f"{CONVENTION}/2026-2028.de.md": stale,
    }
    root = write_site(tmp_path, extra=extra)
    for drafts in ("false", "true"):
        (root / "mkdocs.yml").write_text(
            (root / "mkdocs.yml").read_text(encoding="utf-8").split("  - pacte")[0]
            + f"  - pacte:\n      drafts: {drafts}\n",
            encoding="utf-8",
        )
        result = mkdocs_build(root, "-d", f"site-{drafts}")
        assert result.returncode == 0, result.stderr
        assert f"{CONVENTION}/2026-2028.de.md:5:1: warning: article 1 changed" in result.stderr
    assert (root / f"site-true/{CONVENTION}/2026-2028/de/index.html").is_file()
    # an article the translation lacks: said so beside the original, in the site's language
    side = article_text(read(root / "site-true", f"{CONVENTION}/2026-2028/de/side-by-side"))
    (_, missing) = pairs(side)[1]
    assert 'lang="fr"><h2>Article 2 – Durée</h2>' in missing
    assert '<p class="pacte-untranslated" lang="fr">Non traduit.</p>' in missing
    assert not (root / f"site-false/{CONVENTION}/2026-2028").exists()
    validate = pacte("validate", "--strict", cwd=root)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "[translation-stale]" in validate.stdout


def test_open_data_gives_each_commitment_s_translated_texts(built: Path) -> None:
    rows = json.loads((built / "data/commitments.json").read_text(encoding="utf-8"))
    found = {
        (r["version"], r["id"]): r["translations"]
        for r in rows
        if r["document"] == "convention-canton"
    }
    assert found[("2023-2025", "dialogue")] == {
        "de": "Sich zweimal im Jahr treffen",
        "it": "Incontrarsi due volte all'anno",
    }
    assert found[("2023-2025", "rapport")] == {"de": "Einen Jahresbericht veröffentlichen"}
    assert found[("2020-2022", "ancien")] == {}
    # the CSV keeps one text a cell: the original's
    header = (built / "data/commitments.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "translations" not in header and ",text," in header


def test_the_changes_can_be_read_in_a_translation(built: Path) -> None:
    """Both versions translated into German: what changed, in German; a translation
    whose earlier version has none links to the changes in the original."""
    html = article_text(read(built, f"{CONVENTION}/2023-2025/de/changes"))
    redline = re.search(r'<div class="pacte-redline" lang="de">(.*?)</div>', html, re.S)
    assert redline is not None
    assert re.search(r"<del[^>]*>(<span[^>]*>[^<]*</span>)?jedes", redline.group(1))
    assert re.search(r"<ins[^>]*>(<span[^>]*>[^<]*</span>)?zweimal", redline.group(1))
    assert "Foyer A devient partie" in html  # its organisations and labels: the site's
    german = article_text(read(built, f"{CONVENTION}/2023-2025/de"))
    assert '<a href="changes/" class="pacte-changes-link">' in german
    italian = article_text(read(built, f"{CONVENTION}/2023-2025/it"))
    assert '<a href="../changes/" class="pacte-changes-link">' in italian
    assert not (built / f"{CONVENTION}/2023-2025/it/changes").exists()


def test_member_and_commitments_pages_carry_the_translated_texts(built: Path) -> None:
    for address in ("members/canton", "commitments"):
        html = article_text(read(built, address))
        nav = re.search(r'<nav class="pacte-text-languages".*?</nav>', html, re.S)
        assert nav is not None, address
        assert [c for c in re.findall(r'hreflang="(\w+)"', nav.group())] == ["fr", "de", "it"]
        texts = [
            json.loads(html_module.unescape(found))
            for found in re.findall(r'data-pacte-texts="([^"]*)"', html)
        ]
        assert {
            "fr": "Se rencontrer deux fois par an",
            "de": "Sich zweimal im Jahr treffen",
            "it": "Incontrarsi due volte all'anno",
        } in texts, address
    # a page without translated commitments offers no choice
    assert "pacte-text-languages" not in read(built, "members/comune")


def test_a_pull_request_s_report_names_its_translation_changes(tmp_path: Path) -> None:
    """`pacte diff --base`: the translations a change touches, the articles it changed in
    each, and those it left behind their version (translation-stale)."""
    root = write_site(tmp_path / "repo", extra=TRANSLATIONS)
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "PACTE_LANG": "",  # the site's language, French (the suite speaks English)
    }
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)
    german = root / f"{CONVENTION}/2023-2025.de.md"
    german.write_text(  # article 1 back to the 2020 wording: behind its version again
        german.read_text(encoding="utf-8").replace(
            "Die Parteien treffen sich zweimal im Jahr, um ihre Zusammenarbeit zu besprechen.",
            "Die Parteien treffen sich jedes Jahr.",
        ),
        encoding="utf-8",
    )
    italian = root / f"{CONVENTION}/2023-2025.it.md"
    italian.write_text(
        italian.read_text(encoding="utf-8").replace("rapporto annuale", "rapporto annuo"),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pacte", "diff", "--base", "HEAD", "--format", "json"],
        cwd=root,
        env={**env, "PACTE_TODAY": "2026-11-22"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (document,) = json.loads(done.stdout)["documents"]
    (version,) = document["versions"]
    assert (version["version"], version["state"]) == ("2023-2025", "changed")
    assert version["translations"] == [
        {
            "lang": "de",
            "state": "changed",
            "path": f"{CONVENTION}/2023-2025.de.md",
            "articles": ["1"],
            "stale": ["1"],
        },
        {
            "lang": "it",
            "state": "changed",
            "path": f"{CONVENTION}/2023-2025.it.md",
            "articles": ["2"],
            "stale": [],
        },
    ]
    markdown = subprocess.run(
        [sys.executable, "-m", "pacte", "diff", "--base", "HEAD"],
        cwd=root,
        env={**env, "PACTE_TODAY": "2026-11-22"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (
        f"  - traduction en allemand modifiée (`{CONVENTION}/2023-2025.de.md`)\u00a0: art. 1"
        "\u00a0; pas mis à jour en allemand\u00a0: art. 1 [translation-stale]"
    ) in markdown


def test_a_hostile_translation_is_refused_or_shown_as_text(tmp_path: Path) -> None:
    """A translation is a source like any other: markup in its texts reaches the pages as
    text, and an active element in its body is an error at its place."""
    hostile = DE_2023.replace(
        "title: Vereinbarung mit dem Kanton",
        'title: "Vereinbarung <img src=x onerror=alert(1)>"',
    ).replace("Sich zweimal im Jahr treffen", "<script>alert(2)</script> treffen")
    root = write_site(
        tmp_path / "ok", extra={**TRANSLATIONS, f"{CONVENTION}/2023-2025.de.md": hostile}
    )
    result = mkdocs_build(root, "-d", "site")
    assert result.returncode == 0, result.stderr
    for address in (f"{CONVENTION}/2023-2025/de", f"{CONVENTION}/2023-2025/de/side-by-side"):
        html = read(root / "site", address)
        assert "<img src=x" not in html and "<script>alert(2)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in read(root / "site", f"{CONVENTION}/2023-2025/de")
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in read(root / "site", "members/canton")
    active = DE_2023.replace("Die Vereinbarung gilt fünf Jahre.", "<script>alert(3)</script>")
    broken = write_site(
        tmp_path / "broken", extra={**TRANSLATIONS, f"{CONVENTION}/2023-2025.de.md": active}
    )
    problems = [
        (p.path, p.line, p.code)
        for p in load_site(broken, "fr").problems
        if p.code == "active-html"
    ]
    assert problems == [(f"{CONVENTION}/2023-2025.de.md", 14, "active-html")]


def test_the_rows_file_carries_the_translated_texts(built: Path) -> None:
    """The commitments page's rows drawn by script (filters, "show all") can be shown in
    the language asked too: each row whose version's translations give its text has them."""
    data = json.loads((built / "commitments/rows.json").read_text(encoding="utf-8"))
    labels = {index: v[2] for index, v in enumerate(data["versions"])}
    found = {(labels[r[0]], r[1]): (r[7] if len(r) > 7 else None) for r in data["rows"]}
    assert found[("2023-2025", "dialogue")] == {
        "de": "Sich zweimal im Jahr treffen",
        "it": "Incontrarsi due volte all'anno",
    }
    assert found[("2023-2025", "rapport")] == {"de": "Einen Jahresbericht veröffentlichen"}
    assert found[("2024", "formazione")] is None
