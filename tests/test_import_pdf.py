"""`pacte import-pdf`: drafts made from real PDFs, and what it recognises in their text."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from conftest import ROOT, run_pacte
from pacte.articles import parse_articles
from pacte.importpdf import (
    Line,
    adoption_date,
    clean_lines,
    detect_language,
    effective_period,
    find_dates,
    find_parties,
    find_structure,
    normalise_number,
    recognise,
)
from pacte.load import load_site, read_members
from pacte.model import Organisation
from pacte.pdf import extract_text
from test_pdf_makers import (
    TWO_COLUMNS_ARTICLES,
    Library,
    circular_page_tree,
    encrypted,
    image_only_pdf,
    library,
    needs_soffice,
    pypdf_text_pdf,
    split_version,
)

D = dt.date


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return library(tmp_path_factory)


MEMBERS = """\
- id: rete-torino
  name: Rete per la domiciliarità di Torino
- id: il-ponte
  name: Cooperativa sociale Il Ponte
  short: Il Ponte
- id: gemeinde-brig
  name: Stadtgemeinde Brig-Glis
- id: verein-oberwallis
  name: Verein für Menschen mit Beeinträchtigung Oberwallis
  short: VMBO
"""

GERMAN = [
    [
        "LEISTUNGSVEREINBARUNG 2025-2027",
        "zwischen der Stadtgemeinde Brig-Glis und dem Verein für Menschen mit",
        "Beeinträchtigung Oberwallis (VMBO)",
        "Art. 1 Gegenstand",
        "Diese Vereinbarung regelt die Zusammenarbeit der Parteien und die",
        "Leistungen des Vereins für die Einwohnerinnen und Einwohner der Gemeinde.",
        "Art. 2 Dauer",
        "Die Vereinbarung gilt vom 1. Januar 2025 bis 31. Dezember 2027.",
        "Seite 1 von 2",
    ],
    [
        "Artikel 3",
        "Leistungen",
        "Der Verein bietet Wohnplätze und Werkstattplätze an. Er berichtet der",
        "Gemeinde jedes Jahr über die erbrachten Leistungen.",
        "Art. 4 – Inkrafttreten",
        "Artikel 12 des Gesetzes über die Eingliederung bleibt vorbehalten.",
        "Brig, den 12. März 2025",
        "Seite 2 von 2",
    ],
]


def site(root: Path, members: str = MEMBERS, language: str = "fr") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text(members, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        f"site_name: Test\ntheme:\n  name: material\n  language: {language}\nplugins:\n  - pacte\n",
        encoding="utf-8",
    )
    return root


def words(markdown: str) -> str:
    """Text as a reader sees it: Markdown escapes, list marks and line breaks aside."""
    text = re.sub(r"\\(.)", r"\1", markdown)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return " ".join(re.sub(r"[*_`]", "", text).split())


def no_traceback(result: object) -> None:
    output = getattr(result, "stdout", "") + getattr(result, "stderr", "")
    assert "Traceback" not in output, output


# --- what is recognised in a text -------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("premier", ("1", 1)),
        ("PREMIER", ("1", 1)),
        ("1er", ("1", 1)),
        ("1 er", ("1", 1)),
        ("1°", ("1", 1)),
        ("primo", ("1", 1)),
        ("II", ("2", 2)),
        ("XIV", ("14", 14)),
        ("3 bis", ("3 bis", 3)),
        ("12", ("12", 12)),
        ("unique", ("unique", None)),
    ],
)
def test_article_numbers_are_normalised(raw: str, expected: tuple[str, int | None]) -> None:
    assert normalise_number(raw) == expected


def headings(text: str, lang: str = "fr") -> list[str]:
    lines = [Line(line, 1) for line in text.strip().splitlines()]
    return [h.markdown for h, _ in find_structure(lines, lang, frozenset()).parts]


def test_article_headings_in_every_form_become_pacte_headings() -> None:
    text = """
ARTICLE PREMIER – OBJET DE LA CONVENTION
Texte.
Article 2 : Durée
Texte.
Art. 3 - Engagements des parties
Texte.
ARTICLE 4
Financement
Le Département verse une subvention.
Article 5. Résiliation
Texte.
Article 5 bis – Avenants
Texte.
"""
    assert headings(text) == [
        "## Article 1 – Objet de la convention",
        "## Article 2 – Durée",
        "## Article 3 – Engagements des parties",
        "## Article 4 – Financement",
        "## Article 5 – Résiliation",
        "## Article 5 bis – Avenants",
    ]


def test_headings_follow_the_language_of_the_text() -> None:
    assert headings("Articolo 1 – Oggetto\nTesto.\nArt. 2 Durata", "it") == [
        "## Articolo 1 – Oggetto",
        "## Articolo 2 – Durata",
    ]
    assert headings("Artikel 1: Zweck\nText.\n§ 2 Dauer", "de") == [
        "## Artikel 1 – Zweck",
        "## Artikel 2 – Dauer",
    ]


def test_references_to_articles_inside_the_text_are_not_headings() -> None:
    text = """
Vu la loi du 2 janvier 2002, et notamment son
Article 5 : Les établissements sociaux sont autorisés par le préfet.
Article 1 – Objet
Le présent accord est pris en application de la loi.
Article 12 de la loi du 2 janvier 2002 : il s'applique aux parties.
Article 2 – Durée
Texte.
Article 7 – Ceci est un renvoi hors d'ordre
Article 3 – Suivi
"""
    assert headings(text) == [
        "## Article 1 – Objet",
        "## Article 2 – Durée",
        "## Article 3 – Suivi",
    ]


def test_chapters_and_preamble_become_headings_that_close_the_article_before() -> None:
    text = """
PRÉAMBULE
Les parties rappellent leurs missions.
TITRE I – DISPOSITIONS GÉNÉRALES
Article 1 – Objet
Texte.
Chapitre 2
Financement
Article 2 – Montant
Texte.
"""
    assert headings(text) == [
        "## Préambule",
        "## Titre I – Dispositions générales",
        "## Article 1 – Objet",
        "## Chapitre 2 – Financement",
        "## Article 2 – Montant",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("signée le 28 juin 2019 à Rodez", D(2019, 6, 28)),
        ("le 7 janvier 2020", D(2020, 1, 7)),
        ("au 1er janvier 2023", D(2023, 1, 1)),
        ("le 1er\njanvier\n2023", D(2023, 1, 1)),
        ("le 15 août 2021", D(2021, 8, 15)),
        ("il 12 marzo 2024", D(2024, 3, 12)),
        ("dal 1° gennaio 2024", D(2024, 1, 1)),
        ("am 12. März 2025", D(2025, 3, 12)),
        ("den 3. Jänner 2022", D(2022, 1, 3)),
        ("on June 28, 2019", D(2019, 6, 28)),
        ("le 28/06/2019", D(2019, 6, 28)),
        ("am 28.06.2019", D(2019, 6, 28)),
        ("adopted 2019-06-28", D(2019, 6, 28)),
    ],
)
def test_dates_in_french_italian_german_english_and_numbers(text: str, expected: D) -> None:
    _, dates = find_dates(text)
    assert dates == [expected]


def test_impossible_dates_are_not_dates() -> None:
    assert find_dates("le 31 février 2020, le 45/13/2020")[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fait à Rodez, le 28 juin 2019, en deux exemplaires.", D(2019, 6, 28)),
        ("Fait à Sion le 3 mai 2025\nFait à Sion le 5 mai 2025", D(2025, 5, 5)),
        ("Signé le 2 février 2021", D(2021, 2, 2)),
        ("Torino, 12 marzo 2024", D(2024, 3, 12)),
        ("Letto, approvato e sottoscritto il 4 aprile 2024", D(2024, 4, 4)),
        ("Brig, den 12. März 2025", D(2025, 3, 12)),
        ("Adoptée par l'assemblée générale le 14 mai 2025.", D(2025, 5, 14)),
        ("La loi du 2 janvier 2002 s'applique.", None),
    ],
)
def test_the_date_of_signature(text: str, expected: D | None) -> None:
    tokens, dates = find_dates(text)
    assert adoption_date(tokens, dates) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pour la période du 1er janvier 2023 au 31 décembre 2025.",
            (D(2023, 1, 1), D(2025, 12, 31)),
        ),
        ("ha durata dal 1° gennaio 2024 al 31 dicembre 2026", (D(2024, 1, 1), D(2026, 12, 31))),
        ("gilt vom 1. Januar 2025 bis 31. Dezember 2027", (D(2025, 1, 1), D(2027, 12, 31))),
        ("Elle entre en vigueur le 1er juillet 2025.", (D(2025, 7, 1), None)),
        ("a decorrere dal 1° aprile 2024", (D(2024, 4, 1), None)),
        ("Vu la délibération du 3 mars 2022.", None),
    ],
)
def test_the_period_of_validity(text: str, expected: tuple[D, D | None] | None) -> None:
    tokens, dates = find_dates(text)
    assert effective_period(tokens, dates) == expected


def test_language_detection() -> None:
    assert (
        detect_language("La présente convention fixe les règles pour les parties " * 3, "en")[0]
        == "fr"
    )
    assert (
        detect_language(
            "La presente convenzione disciplina la collaborazione tra le parti e gli enti " * 3,
            "fr",
        )[0]
        == "it"
    )
    assert (
        detect_language(
            "Diese Vereinbarung regelt die Zusammenarbeit der Parteien und die Leistungen " * 3,
            "fr",
        )[0]
        == "de"
    )
    assert detect_language("Objet", "fr") == ("fr", False)


ORGS = {
    "dep": Organisation("dep", "Département de l'Aveyron", "Aveyron"),
    "prefecture": Organisation("prefecture", "Préfecture de l'Aveyron"),
    "caf": Organisation("caf", "Caisse d'allocations familiales de l'Aveyron", "CAF"),
    "urei": Organisation("urei", "Union régionale des entreprises d'insertion", "UREI"),
}


def test_parties_are_found_by_name_or_short_name_in_order() -> None:
    text = "Entre la Préfecture de l’Aveyron, la CAF et le DÉPARTEMENT DE L'AVEYRON."
    assert find_parties(text, ORGS) == ["prefecture", "caf", "dep"]


def test_a_name_inside_a_longer_name_is_not_another_party() -> None:
    # 'Aveyron' (the Département's short name) is only part of the Préfecture's name here
    assert find_parties("Entre la Préfecture de l'Aveyron et l'UREI.", ORGS) == [
        "prefecture",
        "urei",
    ]
    # an acronym is matched as written, not inside words nor in lowercase
    assert find_parties("la cafétéria de l'urei", ORGS) == []


def test_running_headers_footers_and_page_numbers_are_removed() -> None:
    pages = [
        f"Convention 2023 – confidentiel\nArticle {n} – Titre\nTexte {n}.\n- {n} -\nPage {n} sur 4"
        for n in range(1, 5)
    ]
    assert [line.text for line in clean_lines(pages)] == [
        text for n in range(1, 5) for text in (f"Article {n} – Titre", f"Texte {n}.")
    ]


def test_text_from_a_pdf_cannot_become_markdown_or_html() -> None:
    page = "\n".join(
        [
            "CONVENTION DE TEST",
            "Article 1 – Objet",
            "# Ceci n'est pas un titre, ni <script>alert(1)</script> du HTML.",
            "Les *étoiles* et les _soulignés_ restent du texte, comme `ceci`.",
            "> pas une citation",
            "## Article 9 – pas un article non plus",
        ]
    )
    found = recognise([page], {}, "fr")
    assert [a.key for a in parse_articles(found.body, 1)] == ["1"]
    assert "<script>" not in found.body
    assert "\\# Ceci" in found.body and "\\*étoiles\\*" in found.body
    assert "\n\\> pas une citation" in found.body or "\n> " not in found.body


# --- real PDFs --------------------------------------------------------------------


@needs_soffice
def test_the_libreoffice_export_of_every_example_gives_back_its_articles(
    pdfs: Library,
) -> None:
    """Each example version of the repository, exported by LibreOffice and imported again."""
    organisations, _ = read_members(ROOT)
    assert len(pdfs.examples) >= 3
    for source, path in pdfs.examples.items():
        title, body = split_version(ROOT / source)
        text = extract_text(path)
        found = recognise(text.pages, organisations, "fr", text.title)
        original = parse_articles(body, 1)
        imported = parse_articles(found.body, 1)
        assert [a.key for a in imported] == [a.key for a in original], source
        for before, after in zip(original, imported, strict=True):
            assert after.title.casefold() == before.title.casefold(), source
            assert words(after.text) == words(before.text), (source, before.number)
        assert found.title == title, source


@needs_soffice
def test_import_of_a_libreoffice_example_writes_a_valid_draft(
    tmp_path: Path, pdfs: Library
) -> None:
    source = "conventions/convention-pas-de-calais-uriopss/2023-2025.md"
    if source not in pdfs.examples:
        pytest.skip(f"{source} is no longer an example of the repository")
    root = site(tmp_path / "site", (ROOT / "members.yml").read_text(encoding="utf-8"))
    result = run_pacte(
        "import-pdf", str(pdfs.examples[source]), "--kind", "convention", "--doc", "pdc", cwd=root
    )
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "wrote conventions/pdc/2023-2025.md (draft)" in result.stdout
    assert "8 article(s)" in result.stdout
    assert "the date of signature ('adopted')" in result.stdout  # the example has no signature
    draft = (root / "conventions/pdc/2023-2025.md").read_text(encoding="utf-8")
    assert "status: draft\n" in draft
    pin = hashlib.sha256(pdfs.examples[source].read_bytes()).hexdigest()
    assert f"signed_copy: {{path: 2023-2025.pdf, sha256: {pin}}}\n" in draft
    assert "effective:\n  from: 2023-01-01\n  until: 2025-12-31\n" in draft
    assert "  - departement-pas-de-calais\n  - uriopss-hauts-de-france\n" in draft
    assert (root / "conventions/pdc/2023-2025.pdf").read_bytes() == pdfs.examples[
        source
    ].read_bytes()
    checked = load_site(root, "fr")
    assert checked.problems == [], [p.as_text() for p in checked.problems]
    version = checked.versions()[0]
    assert version.signed_copy_info is not None and version.signed_copy_info.pages >= 1
    assert version.signed_copy_pin == pin


@needs_soffice
def test_a_two_column_layout_keeps_each_article_whole(pdfs: Library) -> None:
    text = extract_text(pdfs.libreoffice["two-columns"])
    found = recognise(text.pages, {}, "fr", text.title)
    articles = parse_articles(found.body, 1)
    assert [f"Article {a.number} – {a.title}" for a in articles] == [
        heading for heading, _ in TWO_COLUMNS_ARTICLES
    ]
    for article, (_, body) in zip(articles, TWO_COLUMNS_ARTICLES, strict=True):
        assert words(article.text) == words(body)
    assert found.title == "Charte de collaboration du réseau"
    assert found.adopted == D(2025, 5, 14)


@needs_soffice
def test_an_italian_libreoffice_convention(tmp_path: Path, pdfs: Library) -> None:
    root = site(tmp_path / "site", language="fr")
    result = run_pacte(
        "import-pdf",
        str(pdfs.libreoffice["italian"]),
        "--kind",
        "convention",
        "--doc",
        "domiciliarita",
        cwd=root,
    )
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    draft = (root / "conventions/domiciliarita/2024-2026.md").read_text(encoding="utf-8")
    assert draft.startswith(
        "---\ntitle: Convenzione per la domiciliarità 2024-2026\nstatus: draft\n"
        "adopted: 2024-03-12\neffective:\n  from: 2024-01-01\n  until: 2026-12-31\n"
        "lang: it\nparties:\n  - rete-torino\n  - il-ponte\n"
        "signed_copy: {path: 2024-2026.pdf, sha256: "
        + hashlib.sha256(pdfs.libreoffice["italian"].read_bytes()).hexdigest()
        + "}\n---\n"
    )
    assert "## Articolo 1 – Oggetto" in draft
    assert "## Articolo 3 – Impegni\n\n- promuovere la domiciliarità;\n- condividere" in draft
    assert "Pagina" not in draft  # the running footer
    assert run_pacte("validate", cwd=root).returncode == 0


def test_a_german_pdf_written_by_pypdf(tmp_path: Path) -> None:
    root = site(tmp_path / "site", language="de")
    pdf = tmp_path / "vereinbarung.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    result = run_pacte(
        "import-pdf", str(pdf), "--kind", "convention", "--doc", "brig", "--version", "2025",
        cwd=root,
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    draft = (root / "conventions/brig/2025.md").read_text(encoding="utf-8")
    assert "title: Leistungsvereinbarung 2025-2027\n" in draft
    assert "adopted: 2025-03-12\n" in draft
    assert "  from: 2025-01-01\n  until: 2027-12-31\n" in draft
    assert "lang:" not in draft  # the site's language
    assert "parties:\n  - gemeinde-brig\n  - verein-oberwallis\n" in draft
    assert [line for line in draft.splitlines() if line.startswith("## ")] == [
        "## Artikel 1 – Gegenstand",
        "## Artikel 2 – Dauer",
        "## Artikel 3 – Leistungen",
        "## Artikel 4 – Inkrafttreten",
    ]
    assert "Seite" not in draft
    # a reference to another text is no heading; the place and date of signature stand apart
    assert "\n\nArtikel 12 des Gesetzes über die Eingliederung bleibt vorbehalten.\n\n" in draft
    assert draft.endswith("\n\nBrig, den 12. März 2025\n")


@needs_soffice
def test_a_hundred_page_convention_is_imported_whole(tmp_path: Path, pdfs: Library) -> None:
    root = site(tmp_path / "site")
    result = run_pacte(
        "import-pdf", str(pdfs.libreoffice["long"]), "--kind", "convention", "--doc", "cadre",
        "--version", "2026", cwd=root, timeout=300,
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    draft = (root / "conventions/cadre/2026.md").read_text(encoding="utf-8")
    articles = parse_articles(draft, 1)
    assert [a.key for a in articles] == [str(n) for n in range(1, 551)]
    assert "Convention-cadre – page" not in draft
    assert all(words(a.text).count("Les parties conviennent") == 3 for a in articles)


# --- the command: failures, batches, usage ----------------------------------------


def test_an_image_only_scan_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(image_only_pdf())
    result = run_pacte(
        "import-pdf", str(scan), "--kind", "charter", "--doc", "charte", "--version", "2024",
        cwd=root,
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 1
    assert "has no text to read: it looks like a scanned image" in result.stderr
    assert "OCR" in result.stderr and "nothing was written" in result.stderr
    assert "wrote" not in result.stdout
    assert not (root / "charters").exists()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (encrypted(pypdf_text_pdf(GERMAN), "AES-256", "secret"), "protected by a password"),
        (pypdf_text_pdf(GERMAN)[:900], "incomplete"),
        (circular_page_tree(), "damaged"),
        (b"PK\x03\x04" + b"\x00" * 50, "not a PDF"),
    ],
    ids=["password", "truncated", "circular", "docx"],
)
def test_a_pdf_that_cannot_be_read_is_refused_with_the_reason(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    root = site(tmp_path / "site")
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(data)
    result = run_pacte(
        "import-pdf", str(pdf), "--kind", "convention", "--doc", "c", "--version", "1", cwd=root
    )
    no_traceback(result)
    assert result.returncode == 1
    assert expected in result.stderr
    assert not (root / "conventions").exists()


def test_an_existing_version_is_never_overwritten(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    args = ("import-pdf", str(pdf), "--kind", "convention", "--doc", "brig", "--version", "2025")
    assert run_pacte(*args, cwd=root).returncode == 0
    target = root / "conventions/brig/2025.md"
    target.write_text(target.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    again = run_pacte(*args, cwd=root)
    assert again.returncode == 1
    assert "conventions/brig/2025.md already exists and was not overwritten" in again.stderr
    assert target.read_text(encoding="utf-8").endswith("Edited.\n")


def test_a_different_pdf_of_the_same_name_is_not_overwritten(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    folder = root / "conventions/brig"
    folder.mkdir(parents=True)
    (folder / "2025.pdf").write_bytes(b"%PDF-1.4 another signed copy %%EOF")
    pdf = tmp_path / "v.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    result = run_pacte(
        "import-pdf", str(pdf), "--kind", "convention", "--doc", "brig", "--version", "2025",
        cwd=root,
    )  # fmt: skip
    assert result.returncode == 1
    assert "already exists and is another file" in result.stderr
    assert not (folder / "2025.md").exists()
    assert (folder / "2025.pdf").read_bytes().startswith(b"%PDF-1.4 another")


def test_a_pdf_already_in_place_is_kept_where_it_is(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    folder = root / "conventions/brig"
    folder.mkdir(parents=True)
    pdf = folder / "2025.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    result = run_pacte(
        "import-pdf", "conventions/brig/2025.pdf", "--kind", "convention", "--doc", "brig",
        "--version", "2025", cwd=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["2025.md", "2025.pdf"]


def test_several_files_as_versions_of_one_document(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(pypdf_text_pdf(GERMAN))
    second.write_bytes(pypdf_text_pdf([[line.replace("2025", "2028") for line in GERMAN[0]]]))
    result = run_pacte(
        "import-pdf", str(first), str(second), "--kind", "convention", "--doc", "brig",
        "--version", "2025-2027", "--version", "2028-2030", cwd=root,
    )  # fmt: skip
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert f"[1/2] {first}" in result.stdout and f"[2/2] {second}" in result.stdout
    assert "2 of 2 files imported" in result.stdout
    newer = (root / "conventions/brig/2028-2030.md").read_text(encoding="utf-8")
    assert 'supersedes: "2025-2027"\n' in newer
    older = (root / "conventions/brig/2025-2027.md").read_text(encoding="utf-8")
    assert "supersedes" not in older


def test_a_batch_goes_on_past_a_file_that_fails_and_says_so(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    good, scan = tmp_path / "Vereinbarung Brig.pdf", tmp_path / "scan.pdf"
    good.write_bytes(pypdf_text_pdf(GERMAN))
    scan.write_bytes(image_only_pdf())
    result = run_pacte("import-pdf", str(scan), str(good), "--kind", "convention", cwd=root)
    no_traceback(result)
    assert result.returncode == 1
    assert f"[1/2] {scan}" in result.stdout and f"[2/2] {good}" in result.stdout
    assert "not imported" in result.stderr and "scanned image" in result.stderr
    assert "1 of 2 files imported" in result.stdout
    # without --doc, the document is named after the file, the version after the title
    assert (root / "conventions/vereinbarung-brig/2025-2027.md").is_file()
    assert not (root / "conventions/scan").exists()


def test_what_was_not_recognised_is_listed(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(pypdf_text_pdf([["Quelques lignes sans titre reconnaissable ni article,"] * 3]))
    result = run_pacte(
        "import-pdf", str(pdf), "--kind", "charter", "--doc", "note", "--version", "1", cwd=root
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "not recognised, to complete in the file:" in out
    for item in (
        "the date of signature ('adopted')",
        "the period of validity ('effective')",
        "the parties: no organisation of members.yml is named in the text",
        "the articles: no heading such as 'Article 1' was found",
    ):
        assert item in out
    draft = (root / "charters/note/1.md").read_text(encoding="utf-8")
    assert "parties: []  # none recognised" in draft
    assert "# adopted: YYYY-MM-DD" in draft


def test_without_a_year_the_version_must_be_given(tmp_path: Path) -> None:
    root = site(tmp_path / "site")
    pdf = tmp_path / "charte.pdf"
    lines = ["Charte du réseau", "Article 1 – Objet", "Le réseau réunit ses membres chaque mois."]
    pdf.write_bytes(pypdf_text_pdf([lines]))
    result = run_pacte("import-pdf", str(pdf), "--kind", "charter", cwd=root)
    assert result.returncode == 1
    assert "give it with --version" in result.stderr
    assert not (root / "charters").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["missing.pdf", "--kind", "charter", "--doc", "c"], "no such file"),
        (["{pdf}", "--kind", "charter", "--doc", "Ma Charte"], "lowercase letters"),
        (["{pdf}", "--kind", "charter", "--doc", "c", "--version", "V 1"], "lowercase letters"),
        (
            ["{pdf}", "{pdf}", "--kind", "charter", "--doc", "c", "--version", "1"],
            "one --version per file",
        ),
        (["{pdf}", "--kind", "statute", "--doc", "c"], "invalid choice"),
        (["{pdf}", "--doc", "c"], "--kind"),
        (["--kind", "charter"], "FILE.pdf"),
    ],
    ids=["missing", "doc", "version", "count", "kind", "no-kind", "no-file"],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], expected: str) -> None:
    root = site(tmp_path / "site")
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    result = run_pacte("import-pdf", *(a.format(pdf=pdf) for a in args), cwd=root)
    no_traceback(result)
    assert result.returncode == 2
    assert expected in result.stderr
    assert not (root / "charters").exists()


def test_outside_a_site_is_a_usage_error(tmp_path: Path) -> None:
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(pypdf_text_pdf(GERMAN))
    result = run_pacte("import-pdf", str(pdf), "--kind", "charter", "--doc", "c", cwd=tmp_path)
    assert result.returncode == 2
    assert "is not a Pacte site" in result.stderr


def test_import_files_gives_what_it_found_and_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Like the other commands' cores, import_files returns what it found (lines, each
    for the output or the error output, then how many files were imported) and the
    command prints them in its language (cli.py)."""
    from pacte.importpdf import Done, Said, import_files
    from pacte.messages import Message

    root = site(tmp_path / "site")
    good, scan = tmp_path / "a.pdf", tmp_path / "scan.pdf"
    good.write_bytes(pypdf_text_pdf(GERMAN))
    scan.write_bytes(image_only_pdf())
    found = list(import_files(root, [scan, good], "convention", "brig", ["2024", "2025"]))
    assert capsys.readouterr() == ("", "")
    assert found[-1] == Done(imported=1, total=2) and not found[-1].complete
    said = [item for item in found if isinstance(item, Said)]
    errors = [item.text for item in said if item.error]
    assert len(errors) == 1 and "scanned image" in errors[0]
    assert isinstance(errors[0], Message) and "image" in errors[0].said("fr")
    assert said[-1].text == "1 of 2 files imported"
    assert (root / "conventions/brig/2025.md").is_file()
