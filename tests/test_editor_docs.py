"""What editors are given: the pages under docs/contribuer/, the schemas for their
editor, and the pre-commit hooks. Each is held to the code it documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run_pacte
from pacte import urls
from pacte.problems import CODES
from pacte.schema import schema_files

PAGES = ROOT / "docs" / "contribuer"
CHECKS_PAGE = PAGES / "verifications.md"
HEADING = re.compile(r"^### `([a-z0-9-]+)` \{#([a-z0-9-]+)\}$", re.M)


def test_every_problem_code_is_explained() -> None:
    text = CHECKS_PAGE.read_text(encoding="utf-8")
    documented = [code for code, _anchor in HEADING.findall(text)]
    missing = [code for code in CODES if code not in documented]
    assert not missing, f"explain these codes in {CHECKS_PAGE.relative_to(ROOT)}: {missing}"
    unknown = [code for code in documented if code not in CODES]
    assert not unknown, f"these codes no longer exist: {unknown}"
    assert len(documented) == len(set(documented)), "a code is explained twice"


def test_each_code_has_its_own_address_and_severity() -> None:
    text = CHECKS_PAGE.read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.M)[1:]
    for code, anchor in HEADING.findall(text):
        assert code == anchor  # verifications/#<code> is a stable link
    for section in sections:
        heading, _, rest = section.partition("\n")
        first = rest.strip().split("\n", 1)[0]
        assert re.match(r"\*(error|warning|notice)\*", first), heading


def test_pages_name_the_commands_they_teach() -> None:
    index = (PAGES / "index.md").read_text(encoding="utf-8")
    assert "pacte new convention" in index and "--from" in index
    publication = (PAGES / "publication.md").read_text(encoding="utf-8")
    for words in ("pacte diff --base", "site-preview", "GitHub Actions"):
        assert words in publication
    editor = (PAGES / "editeur.md").read_text(encoding="utf-8")
    for words in ("schema/front-matter.schema.json", "redhat.vscode-yaml", "pre-commit install"):
        assert words in editor
    # Debian 12 and recent Ubuntu refuse `pip install` outside a virtual environment
    # (PEP 668): the pages and every new site's README say pipx, or the distribution's
    # package
    skeletons = sorted((ROOT / "plugins" / "pacte" / "skeleton").glob("*/README.md.j2"))
    assert len(skeletons) == 4
    for text in [editor, *(p.read_text(encoding="utf-8") for p in skeletons)]:
        flat = " ".join(text.split())
        assert "pipx install pre-commit" in flat and "apt install pre-commit" in flat
        assert re.search(r"(?<![a-z])pip install (--user )?pre-commit", flat) is None


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.glob("*.md")))
def test_pages_link_only_to_pages_that_exist(page: str) -> None:
    """A written page or a page the plugin generates (the page of problem codes)."""
    text = (PAGES / page).read_text(encoding="utf-8")
    generated = {ROOT / "docs" / urls.PROBLEMS_INDEX}
    for target in re.findall(r"\]\(([^)#]+\.md)(?:#[^)]*)?\)", text):
        path = (PAGES / target).resolve()
        assert path.is_file() or path in generated, f"{page} links to {target}"


# --- schemas ------------------------------------------------------------------------------


def test_committed_schemas_are_up_to_date(tmp_path: Path) -> None:
    result = run_pacte("schema", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [
        "front-matter.schema.json",
        "members.schema.json",
        "translation.schema.json",
    ]
    for name in written:
        fresh = (tmp_path / "out" / name).read_text(encoding="utf-8")
        committed = ROOT / "schema" / name
        assert committed.is_file() and committed.read_text(encoding="utf-8") == fresh, (
            f"schema/{name} is out of date: run `.venv/bin/pacte schema --out schema`"
        )
    assert set(written) == set(schema_files())


def test_schema_without_out_still_prints_them_all(tmp_path: Path) -> None:
    result = run_pacte("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert set(json.loads(result.stdout)) == {"front_matter", "members", "translation"}
    assert not list(tmp_path.iterdir())


def test_schema_out_must_be_a_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = run_pacte("schema", "--out", "file", cwd=tmp_path)
    assert result.returncode == 2
    assert "not a folder" in result.stderr


def test_vscode_maps_members_yml_to_its_schema() -> None:
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping == {"./schema/members.schema.json": ["members.yml"]}
    for path in mapping:
        assert (ROOT / path).is_file()
    extensions = json.loads((ROOT / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


# --- pre-commit ---------------------------------------------------------------------------

SOURCES = ["members.yml", "charters/charte/2025.md", "conventions/c/2023-2025.pdf"]
NOT_SOURCES = ["docs/index.md", "mkdocs.yml", "plugins/pacte/cli.py", "tests/members.yml"]


def check_hook(hook: dict[str, object]) -> None:
    assert hook["id"] == "pacte-validate"
    assert hook["pass_filenames"] is False
    files = re.compile(str(hook["files"]))
    assert all(files.search(path) for path in SOURCES)
    assert not any(files.search(path) for path in NOT_SOURCES)


def test_the_hook_offered_to_other_sites() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert len(hooks) == 1
    hook = hooks[0]
    check_hook(hook)
    assert hook["entry"] == "pacte validate"
    assert hook["language"] == "python"


def test_the_projects_own_hook() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    assert repo["repo"] == "local"
    [hook] = repo["hooks"]
    check_hook(hook)
    assert str(hook["entry"]).endswith("pacte validate")
