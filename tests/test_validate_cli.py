"""`pacte validate` as a command: output formats, --strict, notices and exit codes."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from pacte.problems import CODES

RunPacte = Callable[..., CompletedProcess[str]]

MEMBERS = """\
- id: federation
  name: Fédération des institutions
- id: canton-valais
  name: Canton du Valais
"""
BODY = "## Article 1 – Objet\n\nTexte.\n"


def doc(front: str, body: str = BODY) -> str:
    return "---\n" + front + "---\n" + body


def version(status: str = "in-force", adopted: str = "2024-01-10", extra: str = "") -> str:
    return doc(
        f"title: Charte de collaboration\nstatus: {status}\nadopted: {adopted}\n"
        "parties:\n  - {member: federation, signed: 2024-01-10}\n"
        f"  - {{member: canton-valais, signed: 2024-01-10}}\n{extra}"
    )


def make_site(root: Path, files: dict[str, str]) -> Path:
    (root / "mkdocs.yml").write_text("site_name: Réseau\n", encoding="utf-8")
    (root / "members.yml").write_text(MEMBERS, encoding="utf-8")
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


# two errors in two files, in an order that is not the order of the output
BROKEN = {
    "conventions/canton/2023.md": version(status="in-forse"),
    "charters/collab/2024.md": version(adopted="2024-02-30"),
}


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return make_site(tmp_path, BROKEN)


def test_valid_site(tmp_path: Path, pacte: RunPacte) -> None:
    make_site(tmp_path, {"charters/collab/2024.md": version()})
    result = pacte("validate", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "all valid" in result.stderr


def test_text_format(broken: Path, pacte: RunPacte) -> None:
    result = pacte("validate", cwd=broken)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "charters/collab/2024.md:4:10: error: 'adopted': '2024-02-30' is not a real date "
        "(see problems/#bad-date) [bad-date]",
        "conventions/canton/2023.md:3:9: error: the status 'in-forse' is not allowed "
        "(did you mean 'in-force'?) (see problems/#bad-value) [bad-value]",
    ]
    assert "2 error(s)" in result.stderr
    assert "Traceback" not in result.stderr


def test_json_format(broken: Path, pacte: RunPacte) -> None:
    result = pacte("validate", "--format", "json", cwd=broken)
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert isinstance(problems, list)
    assert len(problems) == 2
    for problem in problems:
        assert set(problem) == {
            "path", "line", "column", "severity", "message", "code",
            "lang", "localized_message", "help",
        }  # fmt: skip
        assert isinstance(problem["line"], int)
        assert isinstance(problem["column"], int)
        assert problem["severity"] == "error"
        assert problem["code"] in CODES
    assert problems[0] == {
        "path": "charters/collab/2024.md",
        "line": 4,
        "column": 10,
        "severity": "error",
        "message": "'adopted': '2024-02-30' is not a real date",
        "code": "bad-date",
        "lang": "en",  # PACTE_LANG, set by the suite (conftest.py)
        "localized_message": "'adopted': '2024-02-30' is not a real date",
        "help": "problems/#bad-date",
    }
    assert (problems[1]["path"], problems[1]["line"], problems[1]["column"]) == (
        "conventions/canton/2023.md",
        3,
        9,
    )


def test_json_format_of_a_valid_site_is_an_empty_list(tmp_path: Path, pacte: RunPacte) -> None:
    make_site(tmp_path, {"charters/collab/2024.md": version()})
    result = pacte("validate", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout or "[]") == []


def test_github_format(broken: Path, pacte: RunPacte) -> None:
    result = pacte("validate", "--format", "github", cwd=broken)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "::error file=charters/collab/2024.md,line=4,col=10,title=bad-date::"
        "'adopted': '2024-02-30' is not a real date (see problems/#bad-date)",
        "::error file=conventions/canton/2023.md,line=3,col=9,title=bad-value::"
        "the status 'in-forse' is not allowed (did you mean 'in-force'?) "
        "(see problems/#bad-value)",
    ]


def test_github_format_escapes_properties(tmp_path: Path, pacte: RunPacte) -> None:
    """A comma or a colon in a path would end the property: they are escaped."""
    make_site(tmp_path, {"charters/a,b:c/2024.md": version()})
    result = pacte("validate", "--format", "github", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith("::error file=charters/a%2Cb%3Ac,line=1,col=1,title=bad-slug::")
    assert re.fullmatch(r"::error file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::[^\n]+", line)


def several_in_force(root: Path) -> Path:
    return make_site(
        root,
        {
            "charters/collab/2020.md": version(adopted="2020-01-10"),
            "charters/collab/2024.md": version(extra="supersedes: 2020\n"),
        },
    )


def test_warning_fails_only_with_strict(tmp_path: Path, pacte: RunPacte) -> None:
    several_in_force(tmp_path)
    relaxed = pacte("validate", cwd=tmp_path)
    assert relaxed.returncode == 0, relaxed.stdout
    lines = relaxed.stdout.splitlines()
    assert len(lines) == 2
    assert all(": warning: " in line and line.endswith("[several-in-force]") for line in lines)
    assert lines[0].startswith("charters/collab/2020.md:3:9: ")  # at the status to change
    assert "0 error(s), 2 warning(s)" in relaxed.stderr
    strict = pacte("validate", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert strict.stdout == relaxed.stdout
    github = pacte("validate", "--strict", "--format", "github", cwd=tmp_path)
    assert github.returncode == 1
    assert github.stdout.startswith("::warning file=charters/collab/2020.md,")


NOTICES = {
    # in force, but its period ended before today (PACTE_TODAY=2026-11-22)
    "charters/collab/2023.md": version(
        adopted="2023-01-10", extra="effective:\n  from: 2023-01-01\n  until: 2025-12-31\n"
    ),
    # a commitment past its due date and not done
    "conventions/canton/2024.md": version(
        extra="commitments:\n  - id: rapport\n    text: Rendre un rapport\n"
        "    due: 2026-06-30\n    status: planned\n"
        "  - id: bilan\n    text: Faire le bilan\n    due: 2026-06-30\n    status: done\n"
    ),
}


@pytest.mark.parametrize("strict", [False, True])
def test_notices_never_fail(tmp_path: Path, pacte: RunPacte, strict: bool) -> None:
    make_site(tmp_path, NOTICES)
    result = pacte("validate", *(["--strict"] if strict else []), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    past_end, overdue = result.stdout.splitlines()
    assert past_end == (
        "charters/collab/2023.md:3:9: notice: this version is marked in force but its period "
        "ended on 2025-12-31: mark it expired, or supersede it (see problems/#past-end) [past-end]"
    )
    # the commitment 'rapport' starts on line 9 (its column is not pinned down here)
    assert re.fullmatch(
        r"conventions/canton/2024\.md:9:\d+: notice: commitment 'rapport' was due on "
        r"2026-06-30 and is not marked done or dropped \(see problems/#overdue\) \[overdue\]",
        overdue,
    )
    assert "2 notice(s)" in result.stderr


def test_notices_depend_on_today(tmp_path: Path, pacte: RunPacte) -> None:
    make_site(tmp_path, NOTICES)
    result = pacte("validate", cwd=tmp_path, env={"PACTE_TODAY": "2025-01-01"})
    assert (result.returncode, result.stdout) == (0, "")


def test_notices_in_json(tmp_path: Path, pacte: RunPacte) -> None:
    make_site(tmp_path, NOTICES)
    result = pacte("validate", "--format", "json", "--strict", cwd=tmp_path)
    assert result.returncode == 0
    problems = json.loads(result.stdout)
    assert [(p["severity"], p["code"]) for p in problems] == [
        ("notice", "past-end"),
        ("notice", "overdue"),
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--bogus"),
        ("validate", "--format", "xml"),
        ("validate", "--strict=yes"),
        ("frobnicate",),
        (),
    ],
    ids=["unknown-option", "bad-format", "option-with-value", "unknown-command", "no-command"],
)
def test_usage_errors_exit_2(broken: Path, pacte: RunPacte, args: tuple[str, ...]) -> None:
    result = pacte(*args, cwd=broken)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_not_a_site_exits_2(tmp_path: Path, pacte: RunPacte) -> None:
    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    result = pacte("validate", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a Pacte site" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_today_exits_2(broken: Path, pacte: RunPacte) -> None:
    result = pacte("validate", cwd=broken, env={"PACTE_TODAY": "2026-02-30"})
    assert result.returncode == 2
    assert "PACTE_TODAY" in result.stderr
    assert "Traceback" not in result.stderr


def test_site_folder_given_with_C(
    broken: Path, tmp_path_factory: pytest.TempPathFactory, pacte: RunPacte
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    result = pacte("-C", str(broken), "validate", cwd=elsewhere)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("charters/collab/2024.md:4:10: error:")


def test_only_members_yml_is_a_site(tmp_path: Path, pacte: RunPacte) -> None:
    """A site without mkdocs.yml yet is still checked (members.yml marks the root)."""
    (tmp_path / "members.yml").write_text(MEMBERS, encoding="utf-8")
    result = pacte("validate", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


def test_help_lists_every_code(pacte: RunPacte, tmp_path: Path) -> None:
    result = pacte("validate", "--help", cwd=tmp_path)
    assert result.returncode == 0
    for code in CODES:
        assert code in result.stdout
