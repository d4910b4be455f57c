"""Rendering generated pages ahead of the engine that shows them, in a worker process.

MkDocs builds a site in one process, one page after the other. Generated pages need
nothing from MkDocs to be rendered, so while MkDocs converts and lays out pages, a
worker process renders the next ones: a build puts a second processor to work on what
Pacte adds.

The worker is a fresh interpreter that imports Pacte alone and loads the sources again
(about a second for 1,000 versions, while MkDocs reads its own files). Forking the
build would share its memory, and every page of it the build then writes is copied:
measured here, that cost more system time than the rendering saved. Python's
multiprocessing "spawn" would import the build's main script again, which runs
whatever a script calling MkDocs does at import. So the worker is started as
`python -c`, and pages come back through a pipe, pickled (both ends are this package).

Whenever the worker cannot help (one processor, a small site, it failed to start or
stopped), pages are rendered in process when they are asked for. Either way the pages
are the same, byte for byte.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from .build import BuildOptions, make_generator
from .load import load_site
from .pages import Generator, Rendered

log = logging.getLogger(__name__)

# Below this many pages, starting a worker (half a second of processor) costs more
# than it saves.
MIN_PAGES_FOR_WORKER = 300
# Pages a worker sends back at a time: few enough that the first ones come soon.
CHUNK = 24
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent)


def available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def use_worker(pages: int, asked: bool | None) -> bool:
    """Whether to render in a worker: as the site says, else if it can pay off."""
    if asked is not None:
        return asked
    return pages >= MIN_PAGES_FOR_WORKER and available_cpus() > 1


class Renderer:
    """Gives each generated page's rendering, made ahead by a worker when there is one."""

    def __init__(
        self,
        generator: Generator,
        options: BuildOptions,
        order: Sequence[str],
        worker: bool | None = None,
    ) -> None:
        """ORDER: the pages, in the order they will be asked for; WORKER: None to choose."""
        self._generator = generator
        self._chunk_of = {src: number // CHUNK for number, src in enumerate(order)}
        self._ready: dict[str, Rendered | None] = {}
        self._chunks_done = 0  # chunks received, in order
        self._ended = False  # the worker sent all it will send
        self._condition = threading.Condition()
        self._process: subprocess.Popen[bytes] | None = None
        self._errors: IO[bytes] | None = None
        self._closing = False
        self.worker = False
        if use_worker(len(order), worker):
            self.worker = self._start(options, list(order))

    def _start(self, options: BuildOptions, order: list[str]) -> bool:
        env = dict(os.environ)
        # the worker imports this same package, wherever it was found
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (_PACKAGE_PARENT, env.get("PYTHONPATH", "")) if p
        )
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - open while the worker lives
        try:
            process = subprocess.Popen(
                [sys.executable, "-c", "from pacte.render import work; work()"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
                env=env,
            )
        except OSError as exc:  # no interpreter to start (an embedded Python)
            log.debug(f"pages are rendered in process: no worker ({exc})")
            return False
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        chunks = [order[start : start + CHUNK] for start in range(0, len(order), CHUNK)]
        reader = threading.Thread(
            target=self._read,
            args=(process.stdin, process.stdout, (options, chunks)),
            name="pacte-render",
            daemon=True,
        )
        reader.start()
        return True

    def _read(self, request: IO[bytes], stream: IO[bytes], asked: tuple[Any, ...]) -> None:
        """Ask the worker for the pages, then take in the renderings as they come (a
        thread of the build: writing more than a pipe holds waits for the worker to
        start reading, which the build need not wait for)."""
        chunks: list[list[str]] = asked[1]
        try:
            try:
                pickle.dump(asked, request, protocol=pickle.HIGHEST_PROTOCOL)
                request.close()
            except OSError:  # it stopped at once: what it wrote says why
                pass
            for chunk in chunks:
                renderings = pickle.load(stream)
                with self._condition:
                    self._ready.update(zip(chunk, renderings, strict=True))
                    self._chunks_done += 1
                    self._condition.notify_all()
        except Exception as exc:  # whatever stopped the worker, the build renders the rest
            if not self._closing:
                self._report_stop(exc)
        finally:
            stream.close()
            with self._condition:
                self._ended = True
                self._condition.notify_all()

    def _report_stop(self, exc: BaseException) -> None:
        detail = ""
        if self._errors is not None:
            try:
                self._errors.seek(0)
                lines = self._errors.read().decode("utf-8", "replace").strip().splitlines()
                detail = lines[-1] if lines else ""
            except (OSError, ValueError):
                pass
        log.warning(
            "The process rendering pages stopped"
            f"{f' ({detail})' if detail else ''}: the build renders them itself"
        )
        log.debug(f"render worker: {exc!r}")

    def get(self, src_uri: str) -> Rendered:
        """The rendering of a page, waiting for the worker if it is on its way."""
        if self.worker and src_uri in self._chunk_of:
            wanted = self._chunk_of[src_uri]
            with self._condition:
                while self._chunks_done <= wanted and not self._ended:
                    self._condition.wait()
                rendered = self._ready.pop(src_uri, None)
            if rendered is not None:
                return rendered
        return self._generator.render(src_uri)

    def close(self) -> None:
        """Stop the worker; pages not rendered yet will be rendered in process."""
        self._closing = True
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait()
        with self._condition:
            self._ended = True
            self._ready.clear()
            self._condition.notify_all()
        if self._errors is not None:
            self._errors.close()
            self._errors = None


def work(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> None:
    """The worker: load the site as the build did, render the chunks asked for, in order."""
    source = stdin or sys.stdin.buffer
    sink = stdout or sys.stdout.buffer
    options, chunks = pickle.load(source)  # from the build that started this process
    site = load_site(options.root, options.language, options.today)
    generator = make_generator(site, options) if site.valid else None
    gc.freeze()  # what is loaded lives as long as the worker: the collector skips it
    for chunk in chunks:
        renderings: list[Any] = [
            generator.render(src) if generator is not None and generator.knows(src) else None
            for src in chunk
        ]
        pickle.dump(renderings, sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()
