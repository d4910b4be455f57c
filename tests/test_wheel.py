"""Pacte as a site installs it: the wheel built from this repository, in a virtual
environment of its own outside the repository.

The wheel must hold every file of `plugins/pacte/` (templates, assets, theme, skeleton,
py.typed) and nothing else: no test, no bytecode. Installed with its dependencies (at the
versions of uv.lock, from uv's cache when it has them), its `pacte` says the version of
pyproject.toml, and its `pacte` and `mkdocs` check and build the example site, and a site
that `pacte init` writes, from folders outside the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

UV = ROOT / ".uv" / "bin" / "uv"  # the pinned uv that make installs
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PACKAGE = ROOT / "plugins" / "pacte"
# what a site's build needs, beside its sources: the example site is these
SITE_SOURCES = ("mkdocs.yml", "members.yml", "charters", "conventions", "docs")
TODAY = "2026-11-22"


def repository_files() -> list[str]:
    """The files of the repository as a clone with its uncommitted changes holds them:
    tracked or new, never what .gitignore leaves out (caches, .venv, build/)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return [rel for rel in listed.split("\0") if rel and os.path.lexists(ROOT / rel)]


def copy_files(files: list[str], to: Path) -> None:
    for rel in files:
        (to / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, to / rel, follow_symlinks=False)


def clean_env(venv: Path | None = None) -> dict[str, str]:
    """The environment of a shell outside the repository: no virtual environment active,
    nothing of the repository on the path; VENV's commands first if given."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME", "UV_PROJECT_ENVIRONMENT")
    }
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and not p.startswith(str(ROOT))]
    if venv is not None:
        path.insert(0, str(venv / "bin"))
    env["PATH"] = os.pathsep.join(path)
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env["PACTE_TODAY"] = TODAY
    env["NO_MKDOCS_2_WARNING"] = "1"
    return env


def uv(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the pinned uv from its cache alone, then, if something is missing there, with
    the network (the first run on a machine)."""
    for offline in (["--offline"], []):
        done = subprocess.run(
            [str(UV), *args, *offline],
            cwd=cwd,
            env=clean_env(),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode == 0:
            break
    return done


def run(
    command: Path, *args: str, cwd: Path, venv: Path, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(command), *args],
        cwd=cwd,
        env=clean_env(venv),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    work: Path  # a folder outside the repository to run the commands in

    def run(self, name: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return run(self.venv / "bin" / name, *args, cwd=cwd, venv=self.venv)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    assert UV.is_file(), f"{UV} is missing: `make test-deps` installs the pinned uv"
    tmp = tmp_path_factory.mktemp("wheel")
    assert ROOT not in tmp.parents, "the test must run outside the repository"

    # the wheel, built from a copy: never from a stale build/ folder, never writing in
    # the repository; with the bytecode that a run leaves beside the package's data
    source = tmp / "source"
    copy_files(repository_files(), source)
    for junk in ("theme/__pycache__", "templates/__pycache__", "skeleton/__pycache__"):
        folder = source / "plugins" / "pacte" / junk
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "left.cpython-311.pyc").write_bytes(b"\0")
    dist = tmp / "dist"
    built = uv(
        "build", "--wheel", "--python", sys.executable, "--out-dir", str(dist), ".", cwd=source
    )
    assert built.returncode == 0, built.stderr
    [wheel] = dist.glob("pacte-*.whl")

    # a fresh environment, its dependencies at the versions of uv.lock
    constraints = tmp / "constraints.txt"
    exported = uv(
        "export",
        "--frozen",
        "--no-default-groups",
        "--no-emit-project",
        "--no-hashes",
        "--output-file",
        str(constraints),
        cwd=ROOT,
    )
    assert exported.returncode == 0, exported.stderr
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    done = uv(
        "pip", "install", "--python", str(python), "-c", str(constraints), str(wheel), cwd=tmp
    )
    assert done.returncode == 0, done.stderr
    work = tmp / "work"
    work.mkdir()
    return Installed(wheel, venv, work)


def test_the_wheel_holds_every_file_of_the_package_and_nothing_else(installed: Installed) -> None:
    expected = {
        "pacte/" + Path(rel).relative_to("plugins/pacte").as_posix()
        for rel in repository_files()
        if rel.startswith("plugins/pacte/")
    }
    info = f"pacte-{VERSION}.dist-info/"
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        metadata = wheel.read(info + "METADATA").decode("utf-8")
        entry_points = wheel.read(info + "entry_points.txt").decode("utf-8")
    package = {name for name in names if not name.startswith(info)}
    assert not expected - package, f"missing from the wheel: {sorted(expected - package)}"
    assert not package - expected, f"not of the package: {sorted(package - expected)}"
    # the nested data the package reads at run time are there (a glob that stops a level
    # too early drops them without a word)
    for nested in (
        "pacte/templates/theme/main.html.j2",
        "pacte/theme/partials/search.html",
        "pacte/theme/assets/pacte/pacte-search.js",
        "pacte/theme/assets/pacte/pacte-search.css",
        "pacte/assets/pacte.js",
        "pacte/py.typed",
    ):
        assert nested in package
    assert (
        any(name.startswith("pacte/skeleton/") for name in package)
        == (PACKAGE / "skeleton").is_dir()
    )
    assert f"\nVersion: {VERSION}\n" in metadata
    assert "pacte = pacte.cli:main" in entry_points
    assert "pacte = pacte.mkdocs_plugin:PactePlugin" in entry_points


def test_the_installed_pacte_says_the_version_of_pyproject(installed: Installed) -> None:
    result = installed.run("pacte", "--version", cwd=installed.work)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"pacte {VERSION}\n"
    # the package imported is the installed one, not the repository's
    where = installed.run(
        "python", "-c", "import pacte, sys; print(pacte.__file__)", cwd=installed.work
    )
    assert Path(where.stdout.strip()).is_relative_to(installed.venv), where.stdout


def test_the_installed_pacte_checks_and_builds_the_example_site(installed: Installed) -> None:
    site = installed.work / "example"
    copy_files([rel for rel in repository_files() if rel.split("/")[0] in SITE_SOURCES], site)

    checked = installed.run("pacte", "validate", "--strict", cwd=site)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = installed.run("mkdocs", "build", "--strict", cwd=site)
    assert built.returncode == 0, built.stderr

    out = site / "site"
    page = out / "conventions" / "convention-avip-canton-valais" / "2025" / "index.html"
    assert "Convention de partenariat entre l" in page.read_text(encoding="utf-8")
    assert (out / "conventions" / "convention-avip-canton-valais" / "2025" / "de").is_dir()
    for language in ("fr", "it", "de"):  # the search, one bundle per language
        assert (out / "pagefind" / language / "pagefind.js").is_file()
    assert (out / "pagefind" / "panel.json").is_file()
    assert (out / "assets" / "pacte" / "pacte-search.js").is_file()  # the theme's, nested
    assert (out / "data" / "documents.json").is_file()


@pytest.mark.parametrize("language", ["fr", "it", "de", "en"])
def test_a_site_that_the_installed_pacte_init_writes_checks_and_builds(
    installed: Installed, language: str
) -> None:
    """Issue 19: from a virtual environment with only the wheel installed,
    `pacte init site --lang L && cd site && pacte validate && mkdocs build --strict`."""
    helped = installed.run("pacte", "init", "--help", cwd=installed.work)
    if helped.returncode != 0 and "invalid choice" in helped.stderr:
        pytest.skip("this Pacte has no `pacte init` command")
    assert helped.returncode == 0, helped.stderr

    name = f"site-{language}"
    written = installed.run("pacte", "init", name, "--lang", language, cwd=installed.work)
    assert written.returncode == 0, written.stdout + written.stderr
    site = installed.work / name
    checked = installed.run("pacte", "validate", "--strict", cwd=site)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = installed.run("mkdocs", "build", "--strict", cwd=site)
    assert built.returncode == 0, built.stderr

    versions = [path for path in (site / "charters").glob("*/*.md") if "." not in path.stem]
    assert versions, "pacte init wrote no charter"
    for version in versions:
        page = site / "site" / "charters" / version.parent.name / version.stem / "index.html"
        assert page.is_file(), page
        assert f'<html lang="{language}"' in page.read_text(encoding="utf-8")
    assert (site / "site" / "pagefind" / language / "pagefind.js").is_file()
