"""The `pacte` command speaks the site's language, run as a user runs it.

The suite sets PACTE_LANG=en (conftest.py) so that its other checks read English; here
PACTE_LANG is emptied, and the language comes from --lang, PACTE_LANG or the site's
theme.language, in that order. Every sentence checked is one of the catalogs
(plugins/pacte/messages/), in full: a wrong or missing translation fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from conftest import run_pacte
from test_pdf_makers import pypdf_text_pdf

NO_LANGUAGE = {"PACTE_LANG": ""}  # neither --lang nor PACTE_LANG: the site's language

MEMBERS = """\
- id: federation
  name: Fédération des institutions
- id: canton-valais
  name: Canton du Valais
"""


def version(adopted: str) -> str:
    return (
        "---\n"
        "title: Charte de collaboration\n"
        "status: in-force\n"
        f"adopted: {adopted}\n"
        "parties:\n"
        "  - {member: federation, signed: 2024-01-10}\n"
        "  - {member: canton-valais, signed: 2024-01-10}\n"
        "---\n"
        "## Article 1 – Objet\n\nTexte.\n"
    )


def make_site(root: Path, language: str, adopted: str = "2024-02-30", url: str = "") -> Path:
    """A site in LANGUAGE with one version, adopted on ADOPTED (by default a day that
    does not exist: one error, [bad-date])."""
    root.mkdir(parents=True, exist_ok=True)
    site_url = f"site_url: {url}\n" if url else ""
    (root / "mkdocs.yml").write_text(
        f"site_name: Réseau\n{site_url}theme:\n  name: material\n  language: {language}\n",
        encoding="utf-8",
    )
    (root / "members.yml").write_text(MEMBERS, encoding="utf-8")
    folder = root / "charters" / "collab"
    folder.mkdir(parents=True)
    (folder / "2024.md").write_text(version(adopted), encoding="utf-8")
    return root


def pacte(root: Path, *args: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
    return run_pacte(*args, cwd=root, env={**NO_LANGUAGE, **(env or {})})


@pytest.fixture
def french(tmp_path: Path) -> Path:
    return make_site(tmp_path / "fr", "fr")


PROBLEM = "charters/collab/2024.md:4:10: error: {message} ({see} problems/#bad-date) [bad-date]"

# the problem and the summary of `pacte validate` on the broken site, in each language
SAID = {
    "fr": (
        PROBLEM.format(
            message="'adopted'\u00a0: '2024-02-30' n'est pas une date qui existe", see="voir"
        ),
        "2 fichiers vérifiés\u00a0: 1 erreur(s), 0 avertissement(s), 0 remarque(s)",
    ),
    "it": (
        PROBLEM.format(message="'adopted': '2024-02-30' non è una data esistente", see="vedi"),
        "2 file verificati: 1 errore/i, 0 avviso/i, 0 nota/e",
    ),
    "de": (
        PROBLEM.format(message="'adopted': '2024-02-30' ist kein existierendes Datum", see="siehe"),
        "2 Dateien geprüft: 1 Fehler, 0 Warnung(en), 0 Hinweis(e)",
    ),
    "en": (
        PROBLEM.format(message="'adopted': '2024-02-30' is not a real date", see="see"),
        "2 files checked: 1 error(s), 0 warning(s), 0 notice(s)",
    ),
}


def said(result: CompletedProcess[str]) -> tuple[str, str]:
    """The problem (the only line of the output) and the summary (the error output)."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    (problem,) = result.stdout.splitlines()
    return problem, result.stderr.strip()


def test_a_french_site_is_checked_in_french(french: Path) -> None:
    assert said(pacte(french, "validate")) == SAID["fr"]


@pytest.mark.parametrize("language", ["it", "de", "en"])
def test_lang_chooses_the_language_whatever_the_site_s(french: Path, language: str) -> None:
    assert said(pacte(french, "validate", "--lang", language)) == SAID[language]


def test_pacte_lang_chooses_it_when_lang_does_not(french: Path) -> None:
    assert said(pacte(french, "validate", env={"PACTE_LANG": "de"})) == SAID["de"]
    # --lang before PACTE_LANG
    assert said(pacte(french, "validate", "--lang", "it", env={"PACTE_LANG": "de"})) == SAID["it"]


def test_an_italian_site_speaks_italian(tmp_path: Path) -> None:
    site = make_site(tmp_path, "it")
    assert said(pacte(site, "validate")) == SAID["it"]


def test_a_valid_site_says_so_in_its_language(tmp_path: Path) -> None:
    site = make_site(tmp_path, "de", adopted="2024-01-10")
    result = pacte(site, "validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == "2 Dateien geprüft: alles gültig\n"


def test_each_problem_says_where_the_site_explains_it(tmp_path: Path) -> None:
    site = make_site(tmp_path, "fr", url="https://reseau.example.org/")
    problem, _summary = said(pacte(site, "validate"))
    assert problem.endswith("(voir https://reseau.example.org/problems/#bad-date) [bad-date]")


def test_a_usage_error_is_said_in_the_site_s_language(french: Path) -> None:
    result = pacte(french, "at", "2024-13-45")
    assert result.returncode == 2
    assert result.stderr == (
        "pacte: error: '2024-13-45' n'est pas une date\u00a0: écrivez-la AAAA-MM-JJ, par "
        "exemple 2024-03-01\n"
    )


def test_a_usage_error_before_any_site_speaks_lang(tmp_path: Path) -> None:
    result = pacte(tmp_path, "validate", "--lang", "de")
    assert result.returncode == 2
    assert result.stderr == (
        f"pacte: error: {tmp_path.resolve()} ist keine Pacte-Website (weder mkdocs.yml noch "
        "members.yml): führen Sie pacte validate im Stammordner der Website aus, oder "
        "geben Sie diesen mit -C an\n"
    )


def test_json_keeps_the_english_message_and_adds_the_localized_one(french: Path) -> None:
    result = pacte(french, "validate", "--format", "json")
    assert result.returncode == 1, result.stderr
    (problem,) = json.loads(result.stdout)
    assert problem["message"] == "'adopted': '2024-02-30' is not a real date"
    assert problem["localized_message"] == (
        "'adopted'\u00a0: '2024-02-30' n'est pas une date qui existe"
    )
    assert problem["lang"] == "fr"
    assert problem["help"] == "problems/#bad-date"
    assert result.stderr == ""  # no summary: the output is for tools


def test_pacte_new_guides_the_editor_in_french(tmp_path: Path) -> None:
    site = make_site(tmp_path, "fr", adopted="2024-01-10")
    result = pacte(site, "new", "charter", "collab", "2027")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "charters/collab/2027.md a été écrit\u00a0: un projet copié de "
        "charters/collab/2024.md, avec supersedes: 2024.",
        "Laissés de côté, car la nouvelle version n'en a pas encore\u00a0: adopted, les "
        "signed et signatory des parties, signed_copy.",
        "À présent, dans ce fichier\u00a0:",
        "  - title, effective (from, until)\u00a0: mettez-les à jour pour la nouvelle version",
        "  - parties et commitments\u00a0: vérifiez qui s'engage à quoi dans cette version",
        "  - le texte\u00a0: modifiez les articles",
        "Une fois la version adoptée\u00a0: status: in-force, adopted: AAAA-MM-JJ, et "
        "marquez 2024 comme superseded.",
        "Puis vérifiez le tout avec\u00a0: pacte validate",
    ]


def test_pacte_new_starts_a_document_in_german(tmp_path: Path) -> None:
    site = make_site(tmp_path, "fr", adopted="2024-01-10")
    result = pacte(site, "new", "convention", "partenariat", "2027", "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        "conventions/partenariat/2027.md geschrieben: die erste Fassung einer neuen "
        "Vereinbarung, als Entwurf.",
        "Nun in dieser Datei:",
    ]
    again = pacte(site, "new", "convention", "partenariat", "2027", "--lang", "it")
    assert again.returncode == 1
    assert again.stderr == (
        "pacte: conventions/partenariat/2027.md esiste già: scegliete un'altra etichetta di "
        "versione\n"
    )


def test_pacte_diff_labels_and_errors_follow_lang(tmp_path: Path) -> None:
    site = make_site(tmp_path, "fr", adopted="2024-01-10")
    assert pacte(site, "new", "charter", "collab", "2027").returncode == 0
    german = pacte(site, "diff", "collab", "2027", "--lang", "de")
    assert german.returncode == 0, german.stderr
    assert "Änderungen von Fassung 2024 zu Fassung 2027" in german.stdout
    # --language, its former name, still says the same
    italian = pacte(site, "diff", "collab", "2024", "2027", "--language", "it")
    assert "Modifiche dalla versione 2024 alla versione 2027" in italian.stdout
    unknown = pacte(site, "diff", "colab", "2024", "2027")
    assert unknown.returncode == 2
    assert unknown.stderr == (
        "pacte: error: il n'y a pas de document 'colab' (vouliez-vous dire 'collab'\u00a0?)"
        "\u00a0; les documents sont\u00a0: charters/collab\n"
    )


def test_pacte_init_speaks_the_language_of_the_new_site(tmp_path: Path) -> None:
    result = pacte(tmp_path, "init", "sito", "--lang", "it")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Passi successivi:" in lines
    assert "  mkdocs serve     # poi aprite http://127.0.0.1:8000" in lines
    assert lines[-1] == (
        "Per pubblicare: fate push su GitHub, poi in Settings > Pages scegliete GitHub "
        "Actions come sorgente (README.md spiega di più)."
    )
    # PACTE_LANG before the language of the new site
    again = pacte(tmp_path, "init", "sito", "--lang", "it", env={"PACTE_LANG": "fr"})
    assert again.returncode == 1
    assert again.stderr.startswith("pacte: sito n'est pas vide (.github, ")


# a convention that names none of the organisations of members.yml
CONVENTION = [
    [
        "VEREINBARUNG 2025-2027",
        "Art. 1 Gegenstand",
        "Diese Vereinbarung regelt die Zusammenarbeit der Parteien und ihre Leistungen.",
        "Art. 2 Dauer",
        "Die Vereinbarung gilt vom 1. Januar 2025 bis 31. Dezember 2027.",
        "Sitten, den 12. März 2025",
    ]
]


def test_pacte_import_pdf_reports_in_the_site_s_language(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", "fr", adopted="2024-01-10")
    pdf = tmp_path / "vereinbarung.pdf"
    pdf.write_bytes(pypdf_text_pdf(CONVENTION))
    result = pacte(site, "import-pdf", str(pdf), "--kind", "convention", "--doc", "sitten")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"lecture de {pdf} …",
        "  conventions/sitten/2025-2027.md écrit (projet), avec son exemplaire signé 2025-2027.pdf",
        "  trouvé\u00a0: 2 article(s)\u00a0; adoptée le 2025-03-12\u00a0; en vigueur du "
        "2025-01-01 au 2027-12-31",
        "  non reconnu, à compléter dans le fichier\u00a0:",
        "    - les parties\u00a0: aucune organisation de members.yml n'est nommée dans le texte",
        "    - la langue (supposée être 'fr')",  # too short a text to be sure it is German
        "  vérifiez le texte en le comparant au PDF avant de le proposer",
    ]
    again = pacte(site, "import-pdf", str(pdf), "--kind", "convention", "--doc", "sitten",
                  "--lang", "de")  # fmt: skip
    assert again.returncode == 1
    assert again.stderr == (
        "  nicht importiert: conventions/sitten/2025-2027.md existiert bereits und wurde "
        "nicht überschrieben: wählen Sie eine andere --version, oder entfernen Sie zuerst "
        "diese Datei\n"
    )


def test_pacte_pin_says_a_missing_file_in_italian(french: Path) -> None:
    result = pacte(french, "pin", "manca.pdf", "--lang", "it")
    assert result.returncode == 1
    assert result.stderr == "pacte: manca.pdf: file inesistente\n"
