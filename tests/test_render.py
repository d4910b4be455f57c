"""Pages rendered ahead in a worker process are the pages rendered in the build's own."""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import pytest

from pacte.build import BuildOptions, SiteBuild, build_site, open_data
from pacte.render import MIN_PAGES_FOR_WORKER, Renderer, use_worker, write_copy
from sitefixture import mkdocs_build, write_site

TODAY = dt.date(2026, 11, 22)


def files_of(site: Path) -> dict[str, bytes]:
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":  # the gzip header holds the time it was written
                data = gzip.decompress(data)
            found[path.relative_to(site).as_posix()] = data
    return found


def test_a_site_built_with_a_worker_is_the_site_built_without(tmp_path: Path) -> None:
    sites = {}
    for parallel in ("true", "false"):
        root = write_site(tmp_path / parallel, plugin_options=f":\n      parallel: {parallel}")
        result = mkdocs_build(root, "--verbose")
        assert result.returncode == 0, result.stderr
        said = "a worker process renders the" in result.stderr
        assert said is (parallel == "true")
        sites[parallel] = files_of(root / "site")
    assert sites["true"].keys() == sites["false"].keys()
    differing = [name for name in sites["true"] if sites["true"][name] != sites["false"][name]]
    assert differing == []
    assert len(sites["true"]) > 40


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return write_site(tmp_path / "site")


def build_of(root: Path) -> SiteBuild:
    build = build_site(root, language="fr", today=TODAY)
    assert build.generator is not None
    return build


def order_of(build: SiteBuild) -> list[str]:
    """The pages rendered for a build, in the order MkDocs asks for them."""
    return [p.src_uri for p in build.output.pages if p.alias_of is None]


def built_page(out: Path, number: int, src: str) -> str:
    """A page as MkDocs writes it, at p/NUMBER/."""
    path = out / "built" / f"{number}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<a href="../{number}/">{src}</a><img src="a.png">', encoding="utf-8")
    return str(path)


def copies_in(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


@pytest.fixture
def expected(site: Path, tmp_path: Path) -> dict[str, object]:
    """What the build makes by itself: data files, pages, and a copy of each page."""
    build = build_of(site)
    assert build.generator is not None
    out = tmp_path / "expected"
    made: dict[str, object] = {"data": open_data(build.generator, build.options)}
    for number, src in enumerate(order_of(build)):
        made[src] = repr(build.render(src))
        written = built_page(out, number, src)
        write_copy(written, f"p/{number}/", "p/", str(out / "copies" / f"{number}.html"))
    made["copies"] = copies_in(out / "copies")
    return made


@contextmanager
def renderer_for(build: SiteBuild, options: BuildOptions | None = None) -> Iterator[Renderer]:
    assert build.generator is not None
    renderer = Renderer(build.generator, options or build.options, order_of(build), worker=True)
    try:
        yield renderer
    finally:
        renderer.close()


def use(
    renderer: Renderer,
    build: SiteBuild,
    out: Path,
    before_copies: Callable[[], object] = lambda: None,
) -> dict[str, object]:
    """All a build asks of a renderer, as the `expected` fixture makes it."""
    got: dict[str, object] = {"data": renderer.data_files()}
    for src in order_of(build):
        got[src] = repr(renderer.get(src))
    before_copies()
    for number, src in enumerate(order_of(build)):
        written = built_page(out, number, src)
        renderer.copy_page(written, f"p/{number}/", "p/", str(out / "copies" / f"{number}.html"))
    renderer.finish()
    got["copies"] = copies_in(out / "copies")
    return got


def test_the_worker_does_all_as_the_build_does(
    site: Path, tmp_path: Path, expected: dict[str, object]
) -> None:
    build = build_of(site)
    with renderer_for(build) as renderer:
        assert renderer.worker
        assert use(renderer, build, tmp_path / "got") == expected
    copies = expected["copies"]
    assert isinstance(copies, dict)  # the links are moved from p/0/ to p/
    assert copies["0.html"] == f'<a href="0/">{order_of(build)[0]}</a><img src="0/a.png">'


def test_a_worker_that_stops_leaves_its_work_to_the_build(
    site: Path, tmp_path: Path, expected: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    build = build_of(site)
    caplog.set_level(logging.INFO, logger="pacte.render")  # the thread that notices logs
    with renderer_for(build) as renderer:
        process = renderer._process
        assert process is not None
        process.kill()  # as the system does to a process when memory runs out
        process.wait()
        assert use(renderer, build, tmp_path / "got") == expected
    assert any("stopped" in r.getMessage() for r in caplog.records)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_worker_that_hangs_does_not_hang_the_build(
    site: Path,
    tmp_path: Path,
    expected: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr("pacte.render.STALL", 0.5)
    caplog.set_level(logging.INFO, logger="pacte.render")
    build = build_of(site)
    with renderer_for(build) as renderer:
        process = renderer._process
        assert process is not None
        os.kill(process.pid, signal.SIGSTOP)  # alive, and silent
        assert use(renderer, build, tmp_path / "got") == expected
    assert any("sent nothing" in r.getMessage() for r in caplog.records)
    assert process.poll() is not None  # stopped for good


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_worker_that_hangs_while_copying_leaves_the_copies_to_the_build(
    site: Path, tmp_path: Path, expected: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pacte.render.STALL", 0.5)
    build = build_of(site)
    with renderer_for(build) as renderer:
        process = renderer._process
        assert process is not None

        def hang() -> None:  # every page came from the worker; it hangs before any copy
            assert process.poll() is None
            os.kill(process.pid, signal.SIGSTOP)

        assert use(renderer, build, tmp_path / "got", before_copies=hang) == expected


def test_a_worker_that_finds_other_sources_is_not_believed(
    site: Path, tmp_path: Path, expected: dict[str, object]
) -> None:
    """The sources changed between the build's reading and the worker's: the build's win."""
    build = build_of(site)
    (tmp_path / "changed").mkdir()
    (tmp_path / "changed" / "members.yml").write_text("- {id: x, name: [\n", encoding="utf-8")
    with renderer_for(build, replace(build.options, root=tmp_path / "changed")) as renderer:
        assert use(renderer, build, tmp_path / "got") == expected


def test_without_an_interpreter_to_start_the_build_does_all(
    site: Path, tmp_path: Path, expected: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    build = build_of(site)
    monkeypatch.setattr(sys, "executable", str(site / "no-such-python"))
    with renderer_for(build) as renderer:
        assert not renderer.worker
        assert use(renderer, build, tmp_path / "got") == expected


def test_a_worker_is_used_for_big_sites_on_machines_with_two_processors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("pacte.render.available_cpus", lambda: 2)
    assert use_worker(MIN_PAGES_FOR_WORKER, None)
    assert not use_worker(MIN_PAGES_FOR_WORKER - 1, None)
    assert use_worker(3, True) and not use_worker(10_000, False)
    monkeypatch.setattr("pacte.render.available_cpus", lambda: 1)
    assert not use_worker(10_000, None)
