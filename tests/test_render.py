"""Pages rendered ahead in a worker process are the pages rendered in the build's own."""

from __future__ import annotations

import datetime as dt
import gzip
import logging
import sys
from pathlib import Path

import pytest

from pacte.build import build_site
from pacte.render import MIN_PAGES_FOR_WORKER, Renderer, use_worker
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


def outline_and_render(root: Path) -> tuple[list[str], dict[str, str]]:
    """The pages a build renders, and what the build renders for each by itself."""
    build = build_site(root, language="fr", today=TODAY)
    order = [p.src_uri for p in build.output.pages if p.alias_of is None]
    expected = {src: repr(build.render(src)) for src in order}
    return order, expected


def test_the_worker_renders_every_page_as_the_build_does(site: Path) -> None:
    order, expected = outline_and_render(site)
    build = build_site(site, language="fr", today=TODAY)
    assert build.generator is not None
    renderer = Renderer(build.generator, build.options, order, worker=True)
    try:
        assert renderer.worker
        got = {src: repr(renderer.get(src)) for src in order}
    finally:
        renderer.close()
    assert got == expected


def test_a_worker_that_stops_leaves_the_pages_to_the_build(
    site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    order, expected = outline_and_render(site)
    build = build_site(site, language="fr", today=TODAY)
    assert build.generator is not None
    renderer = Renderer(build.generator, build.options, order, worker=True)
    try:
        process = renderer._process
        assert process is not None
        process.kill()  # as the system does to a process when memory runs out
        process.wait()
        with caplog.at_level(logging.WARNING, logger="pacte.render"):
            got = {src: repr(renderer.get(src)) for src in order}
    finally:
        renderer.close()
    assert got == expected
    assert any("stopped" in r.getMessage() for r in caplog.records)


def test_a_worker_that_finds_other_sources_is_not_believed(site: Path, tmp_path: Path) -> None:
    """The sources changed between the build's reading and the worker's: the build's win."""
    order, expected = outline_and_render(site)
    build = build_site(site, language="fr", today=TODAY)
    assert build.generator is not None
    moved = build.options.__class__(**{**build.options.__dict__, "root": tmp_path / "empty"})
    (tmp_path / "empty").mkdir()
    renderer = Renderer(build.generator, moved, order, worker=True)
    try:
        got = {src: repr(renderer.get(src)) for src in order}
    finally:
        renderer.close()
    assert got == expected


def test_without_an_interpreter_to_start_pages_are_rendered_in_process(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order, expected = outline_and_render(site)
    build = build_site(site, language="fr", today=TODAY)
    assert build.generator is not None
    monkeypatch.setattr(sys, "executable", str(site / "no-such-python"))
    renderer = Renderer(build.generator, build.options, order, worker=True)
    try:
        assert not renderer.worker
        got = {src: repr(renderer.get(src)) for src in order}
    finally:
        renderer.close()
    assert got == expected


def test_a_worker_is_used_for_big_sites_on_machines_with_two_processors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("pacte.render.available_cpus", lambda: 2)
    assert use_worker(MIN_PAGES_FOR_WORKER, None)
    assert not use_worker(MIN_PAGES_FOR_WORKER - 1, None)
    assert use_worker(3, True) and not use_worker(10_000, False)
    monkeypatch.setattr("pacte.render.available_cpus", lambda: 1)
    assert not use_worker(10_000, None)
