"""`pacte new`: a new version copied from an earlier one, or a skeleton for a new document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from pypdf import PdfWriter

from conftest import run_pacte
from pacte.articles import parse_articles
from pacte.newversion import draft_front_matter, skeleton

MEMBERS = """\
- id: departement
  name: Département
- id: union
  name: Union régionale
"""

OLD = """\
---
title: Convention triennale 2020-2022
status: superseded
adopted: 2020-02-10
effective:
  from: 2020-01-01
  until: 2022-12-31
parties:
  - member: departement
    signed: 2020-02-10
  - {member: union, signed: 2020-02-10}
---

## Article 1 – Objet

Texte de 2020.
"""

LATEST = """\
---
# Adoptée en commission permanente
title: Convention triennale 2023-2025
status: in-force   # depuis mars 2023
adopted: 2023-03-13
effective:
  from: 2023-01-01
  until: 2025-12-31
lang: fr
supersedes: "2020-2022"
parties:
  - member: departement
    signed: 2023-03-13
    signatory: Le président du Conseil départemental
  - signed: 2023-03-20
    member: union
    role: partner
commitments:
  - id: bilan
    text: "Présenter chaque année un bilan : actions et moyens."
    by: all
    article: 2
    due: 2025-12-31
    status: ongoing
themes: [solidarités, logement]
summary: >-
  Deuxième convention triennale.
signed_copy: 2023-2025.pdf
---

## Article 1 – Objet

La convention fixe le partenariat.

## Article 2 – Bilan

Un bilan chaque année.
"""


def front(text: str) -> dict[str, object]:
    data = yaml.safe_load(text.split("---\n")[1])
    assert isinstance(data, dict)
    return data


def not_dated(problems: list[dict[str, str]]) -> list[dict[str, str]]:
    """Problems but the notices, which depend on today's date."""
    return [p for p in problems if p["severity"] != "notice"]


def body(text: str) -> str:
    return text.split("---\n", 2)[2]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text("site_name: T\ntheme:\n  language: fr\n")
    (tmp_path / "members.yml").write_text(MEMBERS)
    folder = tmp_path / "conventions" / "convention-triennale"
    folder.mkdir(parents=True)
    (folder / "2020-2022.md").write_text(OLD)
    (folder / "2023-2025.md").write_text(LATEST)
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with (folder / "2023-2025.pdf").open("wb") as out:
        writer.write(out)
    assert run_pacte("validate", cwd=tmp_path).returncode == 0
    return tmp_path


def test_copies_the_latest_version_as_a_draft_that_supersedes_it(site: Path) -> None:
    result = run_pacte("new", "convention", "convention-triennale", "2026-2028", cwd=site)
    assert result.returncode == 0, result.stderr
    path = site / "conventions/convention-triennale/2026-2028.md"
    text = path.read_text()
    got, source = front(text), front(LATEST)
    assert got["status"] == "draft"
    assert got["supersedes"] == "2023-2025"
    assert "adopted" not in got and "signed_copy" not in got
    assert got["parties"] == [{"member": "departement"}, {"member": "union", "role": "partner"}]
    for key in ("title", "effective", "lang", "themes", "summary"):
        assert got[key] == source[key], key
    # the commitments start again: planned, with the same due dates (marked for review)
    assert got["commitments"] == [{**c, "status": "planned"} for c in source["commitments"]]
    assert list(got) == [k for k in source if k not in ("adopted", "signed_copy")]
    assert body(text) == body(LATEST)
    # the editor's layout survives: comments, quoting, flow lists
    assert "# Adoptée en commission permanente\n" in text
    assert "status: draft   # depuis mars 2023\n" in text
    assert "themes: [solidarités, logement]\n" in text
    assert "supersedes: 2023-2025\nparties:" in text  # replaced where it was
    assert "Wrote conventions/convention-triennale/2026-2028.md" in result.stdout
    assert "supersedes: 2023-2025" in result.stdout
    assert "pacte validate" in result.stdout


def test_the_copy_validates(site: Path) -> None:
    assert (
        run_pacte("new", "convention", "convention-triennale", "2026-2028", cwd=site).returncode
        == 0
    )
    result = run_pacte("validate", "--format", "json", cwd=site)
    assert result.returncode == 0, result.stdout
    assert not_dated(json.loads(result.stdout or "[]")) == []


def test_a_version_without_supersedes_gets_it_after_its_status(site: Path) -> None:
    result = run_pacte(
        "new", "convention", "convention-triennale", "2023", "--from", "2020-2022", cwd=site
    )
    assert result.returncode == 0, result.stderr
    text = (site / "conventions/convention-triennale/2023.md").read_text()
    assert "status: draft\nsupersedes: 2020-2022\neffective:" in text


def test_from_copies_the_named_version(site: Path) -> None:
    result = run_pacte(
        "new",
        "convention",
        "convention-triennale",
        "2023-2025-bis",
        "--from",
        "2020-2022",
        cwd=site,
    )
    assert result.returncode == 0, result.stderr
    text = (site / "conventions/convention-triennale/2023-2025-bis.md").read_text()
    got = front(text)
    assert got["title"] == "Convention triennale 2020-2022"
    assert got["supersedes"] == "2020-2022"
    assert got["parties"] == [{"member": "departement"}, {"member": "union"}]
    assert body(text) == body(OLD)


def test_the_translations_are_copied_to_review(site: Path) -> None:
    """A translation of the version copied beside the new one, as it is, under a comment
    in the site's language; once an article of the new version changes, the validation
    names it as the translation to update."""
    folder = site / "conventions/convention-triennale"
    (folder / "2023-2025.de.md").write_text(
        "---\ntitle: Dreijahresvereinbarung\nlang: de\nauthentic: true\n---\n\n"
        + "".join(
            f"## Artikel {a.number} – {a.title}\n\nText {a.number}.\n\n"
            for a in parse_articles(body(LATEST), 1)
        ),
        encoding="utf-8",
    )
    assert run_pacte("validate", cwd=site).returncode == 0
    result = run_pacte("new", "convention", "convention-triennale", "2026-2028", cwd=site)
    assert result.returncode == 0, result.stderr
    copy = folder / "2026-2028.de.md"
    assert f"Wrote {copy.relative_to(site).as_posix()}: a translation" in result.stdout
    text = copy.read_text(encoding="utf-8")
    assert text.startswith("---\n# À revoir : copiée de la traduction de 2023-2025.")
    assert text.split("\n", 2)[2] == (folder / "2023-2025.de.md").read_text().split("\n", 1)[1]
    # the new version's article 1 is rewritten: its translation is now stale
    new = folder / "2026-2028.md"
    first = parse_articles(body(LATEST), 1)[0]
    new.write_text(new.read_text().replace(first.text.strip(), "Texte nouveau."))
    validate = run_pacte("validate", cwd=site)
    stale = [line for line in validate.stdout.splitlines() if "[translation-stale]" in line]
    assert len(stale) == 1 and stale[0].startswith(
        "conventions/convention-triennale/2026-2028.de.md:8:1: warning: article 1 changed"
    ), validate.stdout


def test_refuses_to_overwrite(site: Path) -> None:
    path = site / "conventions/convention-triennale/2023-2025.md"
    result = run_pacte("new", "convention", "convention-triennale", "2023-2025", cwd=site)
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert path.read_text() == LATEST


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("convention", "Convention", "2026"), "document id 'Convention'"),
        (("convention", "convention-triennale", "2026_2028"), "version label '2026_2028'"),
        (("convention", "convention-triennale", "2026", "--from", "2019"), "no version '2019'"),
        (("convention", "inconnue", "2026", "--from", "2019"), "there is no convention"),
        (("treaty", "convention-triennale", "2026"), "invalid choice"),
    ],
)
def test_usage_errors_exit_2(site: Path, args: tuple[str, ...], message: str) -> None:
    result = run_pacte("new", *args, cwd=site)
    assert result.returncode == 2
    assert message in result.stderr
    assert sorted(p.name for p in (site / "conventions/convention-triennale").iterdir()) == [
        "2020-2022.md",
        "2023-2025.md",
        "2023-2025.pdf",
    ]


def test_outside_a_site_exits_2(tmp_path: Path) -> None:
    result = run_pacte("new", "charter", "charte", "2026", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a Pacte site" in result.stderr


def test_a_source_that_cannot_be_read_is_refused(site: Path) -> None:
    folder = site / "conventions/convention-triennale"
    (folder / "2024.md").write_text("---\ntitle: [unclosed\nstatus: draft\n---\n")
    result = run_pacte(
        "new", "convention", "convention-triennale", "2026", "--from", "2024", cwd=site
    )
    assert result.returncode == 1
    assert "2024.md cannot be copied" in result.stderr
    assert not (folder / "2026.md").exists()


def test_a_new_document_gets_a_skeleton_that_asks_for_its_parties(site: Path) -> None:
    result = run_pacte("new", "charter", "charte-du-reseau", "2027", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "charters/charte-du-reseau/2027.md" in result.stdout
    assert "parties" in result.stdout
    text = (site / "charters/charte-du-reseau/2027.md").read_text()
    assert front(text)["status"] == "draft"
    assert front(text)["title"] == "Charte du reseau"
    assert "## Article 1 – Objet" in text
    check = run_pacte("validate", "--format", "json", cwd=site)
    assert check.returncode == 1
    problems = not_dated(json.loads(check.stdout))
    assert [(p["path"], p["code"]) for p in problems] == [
        ("charters/charte-du-reseau/2027.md", "missing-key")
    ]
    assert "parties" in problems[0]["message"]


@pytest.mark.parametrize("language", ["fr", "it", "de", "en", "fr-CH", "rm"])
def test_the_skeleton_has_one_article_in_the_site_language(language: str) -> None:
    text = skeleton("accordo-di-rete", language)
    articles = parse_articles(body(text), 1)
    assert [a.key for a in articles] == ["1"]
    data = front(text)
    assert data["title"] == "Accordo di rete"
    assert data["status"] == "draft"
    assert data["parties"] is None


# --- the line editor on the layouts editors write ------------------------------------------


def draft(yaml_text: str, label: str = "2024") -> tuple[dict[str, object], str, bool]:
    text, kept = draft_front_matter(yaml_text, label)
    data = yaml.safe_load(text)
    assert data["status"] == "draft"
    assert data["supersedes"] == label
    assert "adopted" not in data and "signed_copy" not in data
    return data, text, kept


def test_a_first_key_of_a_party_is_removed_without_breaking_the_item() -> None:
    data, text, kept = draft(
        "title: T\nstatus: in-force\nadopted: 2024-01-02\nparties:\n"
        "  - signed: 2024-01-02\n    signatory: M. X\n    member: a\n  - b\n"
    )
    assert kept
    assert data["parties"] == [{"member": "a"}, "b"]
    assert "  - member: a\n" in text


def test_a_signatory_with_capacity_and_mandate_is_removed_whole() -> None:
    data, text, kept = draft(
        "title: T\nstatus: in-force\nadopted: 2024-01-02\nparties:\n"
        "  - member: a\n    signed: 2024-01-02\n    signatory:\n      name: Anne Dupont\n"
        "      capacity: Présidente\n      mandate: Décision du comité\n"
        "    # gardée\n  - b\n"
    )
    assert kept, text
    assert data["parties"] == [{"member": "a"}, "b"]
    assert "  - member: a\n    # gardée\n  - b\n" in text


def test_flow_mappings_lose_only_the_signature() -> None:
    data, text, kept = draft(
        "title: T\nstatus: expired\nadopted: 2024-01-02\nparties:\n"
        "  - {member: a, signed: 2024-01-02, role: partner}\n  - {signed: 2024-01-03, member: b}\n"
    )
    assert kept
    assert data["parties"] == [{"member": "a", "role": "partner"}, {"member": "b"}]
    assert "  - {member: a, role: partner}\n" in text


def test_numbers_and_dates_as_labels_are_quoted() -> None:
    data, text, kept = draft("title: T\nstatus: in-force\nsupersedes: 2020\nparties: [a]\n")
    assert kept and 'supersedes: "2024"' in text
    data, text, kept = draft("title: T\nstatus: draft\nparties: [a]\n", "2024-01-15")
    assert kept and data["supersedes"] == "2024-01-15"


def test_blocks_and_comments_after_a_removed_key_are_kept() -> None:
    source = (
        "title: T\nstatus:\nsigned_copy: x.pdf\n\n# the parties\nparties:\n"
        "  - member: a\n    signatory: >\n      Long name\n      on two lines\n    role: partner\n"
        "summary: |\n  Line\n  # not a comment\n"
    )
    data, text, kept = draft(source)
    assert kept
    assert data["parties"] == [{"member": "a", "role": "partner"}]
    assert data["summary"] == "Line\n# not a comment\n"
    assert "\n\n# the parties\nparties:\n" in text


def test_an_unusual_layout_is_written_out_again_with_the_same_values() -> None:
    data, _, kept = draft("{title: T, status: in-force, adopted: 2024-01-02, parties: [a]}\n")
    assert not kept
    assert data == {"title": "T", "status": "draft", "supersedes": "2024", "parties": ["a"]}


def test_a_front_matter_that_is_not_yaml_is_refused() -> None:
    with pytest.raises(ValueError, match="not valid YAML"):
        draft_front_matter("title: [\n", "2024")
    with pytest.raises(ValueError, match="key: value"):
        draft_front_matter("- a\n", "2024")


def test_a_copy_starts_its_commitments_again_and_marks_what_to_review(site: Path) -> None:
    """Copied commitments are planned again; the due date and the summary carry a comment
    that validation reports as a notice, at its place, until the editor removes it."""
    result = run_pacte("new", "convention", "convention-triennale", "2026-2028", cwd=site)
    assert result.returncode == 0, result.stderr
    assert "Commitments start again as planned" in result.stdout
    path = site / "conventions/convention-triennale/2026-2028.md"
    text = path.read_text()
    lines = text.splitlines()
    due = next(n for n, line in enumerate(lines, 1) if line.lstrip().startswith("due:"))
    summary = next(n for n, line in enumerate(lines, 1) if line.startswith("summary:"))
    # in the site's language (French): they are comments for its editors
    assert lines[due - 1] == (
        "    due: 2025-12-31  # pacte-review: échéance reprise de la version 2023-2025\u00a0: "
        "vérifiez-la, puis retirez ce commentaire"
    )
    assert lines[summary - 1].startswith("summary: >-  # pacte-review: résumé repris de")
    assert "    status: planned" in lines
    validate = run_pacte("validate", "--format", "json", cwd=site)
    assert validate.returncode == 0, validate.stdout  # notices never fail
    notices = [
        (p["line"], p["column"]) for p in json.loads(validate.stdout) if p["code"] == "to-review"
    ]
    assert notices == [(due, lines[due - 1].index("#") + 1), (summary, 14)]
    # once checked, the comments go and so do the notices
    path.write_text(text.replace("  # pacte-review:", "\n# reviewed:"), encoding="utf-8")
    again = run_pacte("validate", "--format", "json", cwd=site)
    assert [p for p in json.loads(again.stdout) if p["code"] == "to-review"] == []


def test_a_front_matter_written_out_again_still_marks_what_to_review() -> None:
    """A layout too unusual to edit in place is written out again, without comments: one
    comment at its end says what to review."""
    unusual = (
        "{title: T, status: in-force, summary: S, parties: [{member: x}],\n"
        " commitments: [{id: a, text: A, due: 2024-01-01, status: done}]}\n"
    )
    text, kept = draft_front_matter(unusual, "2024", "fr")
    assert not kept
    data = yaml.safe_load(text)
    assert data["commitments"] == [
        {"id": "a", "text": "A", "due": dt.date(2024, 1, 1), "status": "planned"}
    ]
    assert text.endswith(
        "# pacte-review: les échéances et le résumé sont repris de la version 2024\u00a0: "
        "vérifiez-les, puis retirez ce commentaire\n"
    )


def test_an_unknown_from_gets_the_label_it_is_close_to(site: Path) -> None:
    result = run_pacte(
        "new", "convention", "convention-triennale", "2026-2028", "--from", "2023-2026", cwd=site
    )
    assert result.returncode == 2
    assert (
        "conventions/convention-triennale/ has no version '2023-2026': did you mean "
        "'2023-2025'? (its versions: 2020-2022, 2023-2025)"
    ) in result.stderr
    assert not (site / "conventions/convention-triennale/2026-2028.md").exists()


def test_a_document_id_close_to_an_existing_one_is_not_started_by_mistake(site: Path) -> None:
    typo = run_pacte("new", "convention", "convention-trienale", "2026-2028", cwd=site)
    assert typo.returncode == 2
    assert (
        "there is no document 'convention-trienale': did you mean 'convention-triennale' "
        "(conventions/convention-triennale/)? To start a new document with this id, add "
        "--new-document"
    ) in typo.stderr
    assert not (site / "conventions/convention-trienale").exists()
    meant = run_pacte(
        "new", "convention", "convention-trienale", "2026-2028", "--new-document", cwd=site
    )
    assert meant.returncode == 0, meant.stderr
    assert (site / "conventions/convention-trienale/2026-2028.md").is_file()
    # an id close to none is a new document without a question
    other = run_pacte("new", "charter", "charte-ethique", "2026", cwd=site)
    assert other.returncode == 0, other.stderr
