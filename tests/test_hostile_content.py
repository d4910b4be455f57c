"""Hostile content: what a pull request's sources may try against the site's readers.

Threat model. Anyone may open a pull request; its files are untrusted until merged,
and CI builds them (preview builds publish them). What a source says reaches readers
in four ways, and none of them may carry active content:

- **bodies** (the Markdown text of a version): raw HTML (``<script>``, ``<iframe>``,
  ``<meta http-equiv=refresh>``), event handlers (raw ``onclick=`` or through attribute
  lists ``{: onclick=... }``), styles that cover the page (``{: style=... }``) and
  addresses that run code or embed content (``javascript:``, ``vbscript:``, ``data:``
  in Markdown links, reference definitions, autolinks, images, raw ``href``/``src``)
  are validation errors with their line, which stop ``pacte validate`` and the build
  (``bodypolicy``); the site option ``raw_html: true`` lets raw HTML through but never
  handlers, active links or active elements. Even if validation were bypassed, the
  published page is cleaned by the same rule (nh3), and so is the changes page;
- **links** anywhere in a body: only relative addresses and safe schemes;
- **imported PDFs** (``pacte import-pdf``): a PDF's text is untrusted too and comes
  out as inert, escaped Markdown: ``[site](javascript:...)`` stays text;
- **data files** (``data/commitments.csv``): a cell, or any part of it that a
  spreadsheet of some locale would split off (after ``;`` in a French Excel, ``,``,
  a tab, ``|``, a line break), never starts like a formula; lists are joined by ``|``,
  which no locale splits on.

Each finding has tests that fail on the code before the change: real builds
(``mkdocs build --strict``), real PDFs (pypdf), real exports (``pacte export``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import markdown
import pytest

from conftest import run_pacte
from pacte.bodypolicy import BODY_EXTENSIONS, check_body, clean_between, clean_html
from pacte.diff.redline import redline
from pacte.export import LIST_SEPARATOR, csv_cell
from pacte.problems import CODES
from pacte.schema import data_schemas
from pagefindbundle import fragments
from sitefixture import mkdocs_build, write_site
from test_pdf_makers import pypdf_text_pdf

# --- hostile bodies -------------------------------------------------------------------

FRONT = """\
---
title: Texte hostile
status: in-force
adopted: 2025-01-01
parties: [{member: federation, signed: 2025-01-01}, {member: canton, signed: 2025-01-01}]
---
## Article 1 – Objet

"""  # the hostile text starts on line 9

# name: (text, [(line, column, code), ...])
HOSTILE: dict[str, tuple[str, list[tuple[int, int, str]]]] = {
    "script-block": ("<script>alert('pwned')</script>", [(9, 1, "active-html")]),
    "script-inline": ("Texte <script>alert('pwned')</script> suite.", [(9, 7, "active-html")]),
    "iframe": ('<iframe src="https://evil.example/pwned"></iframe>', [(9, 1, "active-html")]),
    "meta-refresh": (
        '<meta http-equiv="refresh" content="0;url=https://evil.example/pwned">',
        [(9, 1, "active-html")],
    ),
    "attr-list-onclick": ('Un paragraphe.\n{: onclick="pwned()" }', [(10, 4, "unsafe-attribute")]),
    "attr-list-style": (
        'Un paragraphe.\n{: style="position:fixed;top:0" }',
        [(10, 4, "unsafe-attribute")],
    ),
    "inline-attr-handler": (
        '[lien](https://example.org){: onmouseover="pwned()" }',
        [(9, 31, "unsafe-attribute")],
    ),
    "javascript-link": ("Voir [le site](javascript:pwned()) ici.", [(9, 16, "active-link")]),
    "reference-definition": (
        "Voir [le site][ref].\n\n[ref]: javascript:pwned()",
        [(11, 8, "active-link")],
    ),
    "autolink": ("Voir <javascript:pwned()>.", [(9, 7, "active-link")]),
    "data-image": (
        "![logo](data:text/html;base64,PHNjcmlwdD5wd25lZCgpPC9zY3JpcHQ+)",
        [(9, 9, "active-link")],
    ),
    "vbscript-link": ("Voir [x](vbscript:pwned) ici.", [(9, 10, "active-link")]),
    "entity-obfuscated-link": (
        "Voir [x](&#106;avascript:pwned()) ici.",
        [(9, 10, "active-link")],
    ),
    "raw-a-javascript": (
        'Un <a href="javascript:pwned()">lien</a>.',
        [(9, 4, "raw-html"), (9, 13, "active-link")],
    ),
    "img-onerror": (
        '<img src="x" onerror="pwned()">',
        [(9, 1, "raw-html"), (9, 14, "unsafe-attribute")],
    ),
    "raw-div": ('<div class="cadre">bloc</div>', [(9, 1, "raw-html")]),
}

# raw HTML that the option raw_html lets through, and what it still refuses
RAW_ALLOWED = """\
<div class="cadre" style="border: 1px solid">
<details><summary>Annexe</summary>Le détail de l'annexe.</details>
</div>

<table><tr><td colspan="2">Une cellule</td></tr></table>

Un mot <span style="color: #036" lang="de">hervorgehoben</span>.
"""
RAW_STILL_REFUSED: dict[str, tuple[str, list[tuple[int, int, str]]]] = {
    "raw-a-javascript": (
        'Un <a href="javascript:pwned()">lien</a>.',
        [(9, 13, "active-link")],
    ),
    "raw-onclick": (
        '<div onclick="pwned()">bloc</div>',
        [(9, 6, "unsafe-attribute")],
    ),
    "attr-list-onclick": ('Un paragraphe.\n{: onclick="pwned()" }', [(10, 4, "unsafe-attribute")]),
    "script-block": ("<script>alert('pwned')</script>", [(9, 1, "active-html")]),
    "javascript-link": ("Voir [le site](javascript:pwned()) ici.", [(9, 16, "active-link")]),
}


def hostile_files(cases: dict[str, tuple[str, list[tuple[int, int, str]]]]) -> dict[str, str]:
    return {
        f"charters/hostile-{name}/2025.md": FRONT + text + "\n" for name, (text, _) in cases.items()
    }


def assert_reported(output: str, cases: dict[str, tuple[str, list[tuple[int, int, str]]]]) -> None:
    for name, (_, places) in cases.items():
        path = f"charters/hostile-{name}/2025.md"
        reported = re.findall(rf"{re.escape(path)}:(\d+):(\d+): error: .*?\[([a-z-]+)\]", output)
        assert sorted((int(line), int(col), code) for line, col, code in reported) == sorted(
            places
        ), (name, output)


def test_each_hostile_body_stops_the_build_with_its_place(tmp_path: Path) -> None:
    """Finding 5: a real `mkdocs build --strict` fails on each hostile body, naming the
    file, line and column of what it refuses, and publishes nothing."""
    root = write_site(tmp_path / "src", extra=hostile_files(HOSTILE))
    result = mkdocs_build(root, "--site-dir", str(tmp_path / "site"))
    assert result.returncode != 0
    assert "nothing was published" in result.stderr
    assert_reported(result.stderr, HOSTILE)
    assert not (tmp_path / "site").exists()


def test_pacte_validate_reports_the_same_problems(tmp_path: Path) -> None:
    root = write_site(tmp_path / "src", extra=hostile_files(HOSTILE))
    result = run_pacte("validate", "--format", "json", cwd=root)
    assert result.returncode == 1
    problems = [p for p in json.loads(result.stdout) if p["path"].startswith("charters/hostile")]
    text = "\n".join(
        f"{p['path']}:{p['line']}:{p['column']}: {p['severity']}: {p['message']} [{p['code']}]"
        for p in problems
    )
    assert_reported(text, HOSTILE)
    helped = run_pacte("validate", "--help", cwd=root).stdout
    for code in ("raw-html", "active-html", "unsafe-attribute", "active-link"):
        assert code in CODES and code in helped


def test_raw_html_option_lets_html_through_but_never_what_runs_code(tmp_path: Path) -> None:
    """With `raw_html: true`, raw HTML is published; `<a href="javascript:...">`,
    event handlers and scripts are still refused, by the build and by `pacte validate`."""
    allowed = {"charters/raw-allowed/2025.md": FRONT + RAW_ALLOWED}
    root = write_site(
        tmp_path / "src",
        plugin_options=":\n      raw_html: true",
        extra={**allowed, **hostile_files(RAW_STILL_REFUSED)},
    )
    result = mkdocs_build(root, "--site-dir", str(tmp_path / "refused"))
    assert result.returncode != 0
    assert_reported(result.stderr, RAW_STILL_REFUSED)
    assert "raw-allowed" not in result.stderr

    # without the refused ones, the build passes and the raw HTML is on the page
    for name in RAW_STILL_REFUSED:
        (root / f"charters/hostile-{name}/2025.md").unlink()
        (root / f"charters/hostile-{name}").rmdir()
    assert run_pacte("validate", cwd=root).returncode == 0
    result = mkdocs_build(root, "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site/charters/raw-allowed/2025/index.html").read_text(encoding="utf-8")
    assert "<details><summary>Annexe</summary>" in page
    assert '<td colspan="2">Une cellule</td>' in page
    assert 'lang="de"' in page and "color:" in page

    # the same site without the option: pacte validate follows mkdocs.yml
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("raw_html: true", "raw_html: false"))
    refused = run_pacte("validate", cwd=root)
    assert refused.returncode == 1
    assert "charters/raw-allowed/2025.md:9:1: error: raw HTML <div>" in refused.stdout


# a driver that builds the site with validation of bodies switched off: what the
# published page would hold if a source got past it
BYPASS = """\
import sys
import pacte.load
pacte.load.check_body = lambda *args, **kwargs: []  # validation bypassed
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", "build", "--strict", "--site-dir", sys.argv[1]]
cli()
"""

ACTIVE_MARKS = re.compile(
    r"<script|<iframe|<meta|<style|javascript:|vbscript:|data:text|\son[a-z]+\s*=|pwned"
    r"|position:fixed",
    re.IGNORECASE,
)


def article(page: str) -> str:
    match = re.search(r'<article class="md-content__inner md-typeset">(.*?)</article>', page, re.S)
    assert match, "no article in the page"
    return match.group(1)


def test_published_pages_are_inert_even_if_validation_were_bypassed(tmp_path: Path) -> None:
    """The version pages and the changes page clean the body by the same rule: nothing
    of a hostile source's scripts, handlers or active links reaches the published HTML."""
    everything = "\n\n".join(text for text, _ in HOSTILE.values())
    previous = FRONT.replace("in-force", "superseded").replace("2025-01-01", "2024-01-01")
    extra = {
        **hostile_files(HOSTILE),
        "conventions/hostile-changes/2024.md": previous + "Un texte sage.\n",
        "conventions/hostile-changes/2025.md": FRONT.replace(
            "adopted: 2025-01-01\n", "adopted: 2025-01-01\nsupersedes: '2024'\n"
        )
        + everything
        + "\n",
    }
    root = write_site(tmp_path / "src", extra=extra)
    env = {**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"}
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-c", BYPASS, str(site)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = [site / f"charters/hostile-{name}/2025/index.html" for name in HOSTILE]
    pages += [
        site / "conventions/hostile-changes/2025/index.html",
        site / "conventions/hostile-changes/2025/changes/index.html",
    ]
    for path in pages:
        page = path.read_text(encoding="utf-8")
        found = ACTIVE_MARKS.findall(article(page))
        assert not found, (path, found)
        assert "pwned" not in page and "javascript:" not in page, path
    # the words around stay
    changes = article(pages[-2].read_text(encoding="utf-8"))
    assert "Un paragraphe." in changes and "le site" in changes
    index = json.dumps(fragments(site))  # what the search indexed, and shows
    assert "pwned" not in index


# --- the policy, closer -----------------------------------------------------------------


def problems(body: str, raw_html: bool = False) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.code) for f in check_body(body, 1, raw_html=raw_html)]


def test_inline_html_of_the_allow_list_and_harmless_attribute_lists_pass() -> None:
    body = textwrap.dedent(
        """\
        ## Article 1er – Objet {: #objet .important lang=fr }

        Le 1<sup>er</sup> janvier, H<sub>2</sub>O, <abbr title="Centre communal">CCAS</abbr>,
        <mark>important</mark>, <ins>ajouté</ins> <del>retiré</del>, <span lang="de">Ja</span>,
        une ligne<br>coupée, <time datetime="2025-01-01">1er janvier</time>.

        Un paragraphe classé.
        {: .note title="Note" dir=ltr }

        [relatif](../autre/) [ancre](#article-1) [web](https://example.org)
        [courriel](mailto:contact@example.org) [tel](tel:+41270000000) <https://example.org>

        <!-- un commentaire n'est jamais publié -->
        """
    )
    assert problems(body) == []


def test_code_shows_html_and_links_as_text() -> None:
    body = (
        "`<script>alert(1)</script>` et `[x](javascript:a)`\n\n```html\n<script>x</script>\n```\n"
    )
    assert problems(body) == []
    html = clean_html(markdown.markdown(body, extensions=list(BODY_EXTENSIONS)))
    assert "&lt;script&gt;" in html and "<script" not in html


def test_obfuscated_active_links_are_found() -> None:
    assert problems("[a](JaVaScRiPt:x)") == [(1, 5, "active-link")]
    assert problems("[a](java&#x09;script:x)") == [(1, 5, "active-link")]  # a tab, as browsers drop
    assert problems("[a]( javascript:x )") == [(1, 6, "active-link")]
    assert problems("<javascript://%0aalert(1)>") == [(1, 2, "active-link")]
    assert problems("[a](file:///etc/passwd)") == [(1, 5, "active-link")]


def test_an_active_element_hides_nothing_inside_it() -> None:
    body = '<svg><a xlink:href="javascript:x"><text>y</text></a></svg>'
    found = problems(body)
    assert (1, 1, "active-html") in found and (1, 21, "active-link") in found
    assert all(code != "raw-html" for _, _, code in found)  # its content goes with it


def test_attribute_lists_may_not_style_or_retarget() -> None:
    assert problems('Un texte.\n{: style="display:none" }') == [(2, 4, "unsafe-attribute")]
    assert problems("[a](https://x.org){: target=_blank }") == [(1, 22, "unsafe-attribute")]
    assert problems('[a](https://x.org){: href="javascript:x" }') == [
        (1, 22, "unsafe-attribute"),
        (1, 28, "active-link"),
    ]
    # with raw_html, a style is raw HTML like any other; a handler never is
    assert problems('Un texte.\n{: style="color:red" }', raw_html=True) == []
    assert problems('Un texte.\n{: onclick="x()" }', raw_html=True) == [(2, 4, "unsafe-attribute")]


def test_the_published_body_is_cleaned_between_its_placeholders_only() -> None:
    page = (
        "<p>head</p><!--pacte:before-->"
        '<p onclick="x()">a <!--pacte:after--><script>x()</script>'
        '<a href="javascript:y()" class="k">b</a></p>'
        "<!--pacte:after--><script>theme()</script>"
    )
    cleaned = clean_between(page, "<!--pacte:before-->", "<!--pacte:after-->")
    assert cleaned == (
        "<p>head</p><!--pacte:before-->"
        '<p>a <a class="k">b</a></p>'
        "<!--pacte:after--><script>theme()</script>"
    )


def test_the_changes_page_uses_the_same_rule() -> None:
    old = "Un texte."
    new = (
        'Un texte <details><summary>plus</summary>détail</details> <span onclick="x()">'
        'mot</span> <iframe src="https://evil.example"></iframe>[l](javascript:z)'
    )
    flat = repr(redline(old, new).nodes)
    assert "'details'" in flat and "'summary'" in flat  # published as with raw_html
    assert "onclick" not in flat and "iframe" not in flat and "javascript" not in flat


# --- import-pdf ------------------------------------------------------------------------

PDF_MEMBERS = """\
- id: ville
  name: Ville de Sion
- id: association
  name: Association des foyers
"""

HOSTILE_PDF = [
    [
        "CONVENTION DE PARTENARIAT",
        "entre la Ville de Sion et l'Association des foyers",
        "Article 1 – Objet [site](javascript:alert(1))",
        "Voir [le site](javascript:alert(2)) pour le detail.",
        "Un texte <script>alert(3)</script> et <img src=x onerror=alert(4)>.",
        "Un paragraphe avec {: onclick=alert(5) } a la fin.",
        "[ref]: javascript:alert(6)",
        "Une entite &lt;b&gt; reste du texte, comme <javascript:alert(7)>.",
        "Article 2 – Duree",
        "La convention vaut trois ans. ![x](data:text/html,alert8)",
        "Fait a Sion, le 12 mars 2025",
    ]
]


def test_import_pdf_never_produces_active_links(tmp_path: Path) -> None:
    """Finding 5: a real PDF (written by pypdf) whose text looks like Markdown links,
    HTML or attribute lists gives a draft where all of it is inert, escaped text."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "members.yml").write_text(PDF_MEMBERS, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\n  language: fr\nplugins:\n  - pacte\n",
        encoding="utf-8",
    )
    pdf = tmp_path / "convention.pdf"
    pdf.write_bytes(pypdf_text_pdf(HOSTILE_PDF))
    result = run_pacte(
        "import-pdf", str(pdf), "--kind", "convention", "--doc", "sion", "--version", "2025",
        cwd=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    draft = (root / "conventions/sion/2025.md").read_text(encoding="utf-8")
    body = draft.split("\n---\n", 1)[1]
    assert "javascript:alert(2)" in body  # the text is kept, as text
    html = markdown.markdown(body, extensions=list(BODY_EXTENSIONS))
    assert "<a" not in html and "<script" not in html and "<img" not in html, html
    assert not re.search(r"<[^>]*\son[a-z]+=", html), html
    assert "(javascript:alert(2))" in html  # shown as written
    assert "&lt;script&gt;" in html and "&amp;lt;b&amp;gt;" in html
    assert problems(body) == []
    validated = run_pacte("validate", cwd=root)
    assert validated.returncode == 0, validated.stdout + validated.stderr


# --- commitments.csv ------------------------------------------------------------------

FORMULAS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "a;=1+1",
    'a,=HYPERLINK("x")',
    "a; =1",
    'a;"=1"',
    "a\t=1",
    "a|=1",
    "a\n=1",
    "a;-2",
    "a,;,@x",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_never_starts_a_formula_in_any_locale(text: str) -> None:
    """Finding 6: the guard holds for a cell and for every piece of it that a
    spreadsheet may split off at its locale's separator."""
    cell = csv_cell(text)
    for piece in re.split(r"[,;\t|\r\n]", cell):
        assert not piece.lstrip(' "').startswith(("=", "+", "-", "@")), (text, cell)
    assert cell.replace("'", "") == text  # nothing else changes


def test_lists_are_joined_by_a_character_no_locale_splits_on() -> None:
    assert LIST_SEPARATOR not in ",;\t\n\r"
    assert csv_cell(["federation", "home-a"]) == "federation|home-a"
    assert csv_cell(["social, santé", "=danger"]) == "social, santé|'=danger"


def spreadsheet_cells(text: str, separator: str) -> list[str]:
    """The cells a spreadsheet set to SEPARATOR makes of the file, quotes and all: those
    of an Excel in French (';') opening a comma-separated file split it blindly."""
    return [cell for line in text.splitlines() for cell in line.split(separator)]


def test_exported_csv_survives_every_locale(tmp_path: Path) -> None:
    """Finding 6, on the real file: commitments and themes written to attack a French,
    an English or a tab-separated spreadsheet, exported by `pacte export`."""
    hostile = textwrap.dedent(
        """\
        ---
        title: "Convention;=HYPERLINK(\\"https://evil.example\\")"
        status: in-force
        adopted: 2025-01-01
        parties:
          - {member: federation, signed: 2025-01-01}
          - {member: canton, signed: 2025-01-01}
          - {member: home-a, signed: 2025-01-01}
        commitments:
          - {id: un, text: "Payer;=1+1", by: [federation, canton]}
          - {id: deux, text: "Payer,=cmd|' /C calc'!A0", by: all}
          - {id: trois, text: "Payer\\t@SUM(A1)", by: [canton]}
          - {id: quatre, text: "Payer\\n-2+3", by: [home-a]}
        themes: ["social;=1", "=2", "santé, +3"]
        ---
        ## Article 1
        Texte.
        """
    )
    root = write_site(tmp_path / "src", extra={"charters/formules/2025.md": hostile})
    result = run_pacte("export", "--out", str(tmp_path / "out"), cwd=root)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "out/commitments.csv").read_text(encoding="utf-8")
    for separator in (",", ";", "\t", "|"):
        for cell in spreadsheet_cells(text, separator):
            assert not cell.lstrip(' "').startswith(("=", "+", "-", "@", "\t")), (separator, cell)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    mine = {row["id"]: row for row in rows if row["document"] == "formules"}
    assert mine["un"]["by"] == "federation|canton"
    assert mine["deux"]["by"] == "federation|canton|home-a"
    assert mine["un"]["text"] == "Payer;'=1+1"
    assert mine["un"]["themes"] == "social;'=1|'=2|santé, '+3"
    for row in mine.values():  # a list stays one cell whatever the locale's separator
        assert not set(row["by"]) & set(",;\t")
    # the published schema says so, and the file matches it
    schema = data_schemas()["commitments.csv.schema.json"]
    assert f"joined by '{LIST_SEPARATOR}'" in schema["description"]
    assert "';'" in schema["description"] and "a tab" in schema["description"]
    by = next(c for c in schema["items"]["prefixItems"] if c["title"] == "by")
    assert re.fullmatch(by["pattern"], "federation|canton")
    assert not re.fullmatch(by["pattern"], "federation;canton")
    jsonschema = pytest.importorskip("jsonschema")
    table = list(csv.reader(io.StringIO(text, newline="")))
    jsonschema.Draft202012Validator(schema).validate(table)
