"""The benchmark corpus generator writes valid, reproducible sites and their plain twin."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from gen_corpus import generate, main, make_plain_twin


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _versions(root: Path) -> list[Path]:
    return sorted(root.glob("c*/*/*.md"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    generate(root, versions=20, members=15, seed=3)
    return root


def test_small_corpus_is_a_valid_site(corpus: Path, pacte: Callable[..., Any]) -> None:
    done = pacte("validate", cwd=corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert ": error:" not in done.stdout
    assert "21 files checked: all valid" in done.stderr
    assert len(_versions(corpus)) == 20
    assert {"mkdocs.yml", "members.yml", "docs/index.md"} <= set(_files(corpus))


def test_corpus_has_the_shape_the_benchmark_needs(corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in _versions(corpus)]
    assert all(t.startswith("---\ntitle: ") and "\n## Article " in t for t in texts)
    assert any("supersedes: " in t for t in texts)
    assert any("status: superseded" in t for t in texts)
    members = (corpus / "members.yml").read_text(encoding="utf-8")
    assert sum(line.startswith("- id: ") for line in members.splitlines()) == 15
    config = (corpus / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - pacte\n" in config and "language: fr" in config and "font: false" in config


def test_same_seed_same_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    generate(tmp_path / "a", versions=20, members=15, seed=7)
    generate(tmp_path / "b", versions=20, members=15, seed=7)
    generate(tmp_path / "c", versions=20, members=15, seed=8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_plain_twin_has_one_page_per_version(corpus: Path, tmp_path: Path) -> None:
    twin = tmp_path / "plain"
    pages = make_plain_twin(corpus, twin)
    expected = {p.relative_to(corpus).as_posix() for p in _versions(corpus)}
    written = {p.relative_to(twin / "docs").as_posix() for p in _versions(twin / "docs")}
    assert pages == 20
    assert written == expected
    for listing in ("index.md", "charters/index.md", "conventions/index.md"):
        assert (twin / "docs" / listing).is_file()
    assert (twin / "docs" / "members" / "index.md").is_file()
    assert (twin / "docs" / "commitments" / "index.md").is_file()
    config = (twin / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - search\n" in config and "pacte" not in config
    page = (twin / "docs" / sorted(expected)[0]).read_text(encoding="utf-8")
    assert page.startswith("# ") and "\n---" not in page and "## Article " in page


def test_command_line_writes_the_corpus_and_its_twin(tmp_path: Path) -> None:
    code = main([str(tmp_path / "site"), "--versions", "5", "--members", "4"])
    assert code == 0
    assert len(_versions(tmp_path / "site")) == 5
    main(
        [
            str(tmp_path / "site2"),
            "--versions",
            "5",
            "--members",
            "4",
            "--plain",
            str(tmp_path / "p"),
        ]
    )
    assert len(_versions(tmp_path / "p" / "docs")) == 5
