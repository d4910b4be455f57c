"""Pacte's share of a build, done ahead in a worker process while MkDocs does its own.

MkDocs builds a site in one process, one page after the other. What Pacte adds needs
nothing from MkDocs: the HTML of the generated pages, the open data files, and the
copies of pages shown at a second address (a document's page shows its current
version). A worker process does these while MkDocs converts and lays out pages, so a
build puts a second processor to work.

The worker is a fresh interpreter that imports Pacte alone and loads the sources again
(about a second for 1,000 versions, while MkDocs reads its own files). Forking the
build would share its memory, and every page of it the build then writes is copied:
measured here, that cost more system time than the worker saved. Python's
multiprocessing "spawn" would import the build's main script again, which runs
whatever a script calling MkDocs does at import. So the worker is started as
`python -c`, and work goes both ways through pipes, pickled (both ends are this
package): first the data files, then the pages in the order MkDocs asks for them;
last, after the copies the build sent, the list of copies written.

Whenever the worker cannot help (one processor, a small site, it failed to start or
stopped), the build does the work itself when it needs it. Either way the site is the
same, byte for byte.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from .build import BuildOptions, make_generator, open_data
from .load import load_site
from .pages import Generator, Rendered
from .urls import relocate_html

log = logging.getLogger(__name__)

# Below this many pages, starting a worker (half a second of processor) costs more
# than it saves.
MIN_PAGES_FOR_WORKER = 300
# Pages a worker sends back at a time: few enough that the first ones come soon.
CHUNK = 24
# Seconds without news from a worker after which the build stops waiting for it (it
# starts and loads 3,000 versions in under 5 s; a chunk takes a fraction of a second).
STALL = 120.0
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent)
_WORKER = (
    "import sys\n"
    "if sys.argv[1] not in sys.path: sys.path.insert(0, sys.argv[1])\n"
    "from pacte.render import work\n"
    "work()\n"
)
_PROTOCOL = pickle.HIGHEST_PROTOCOL

# A page shown at a second address: the file MkDocs wrote, its address, the other
# address, and the file to write there.
Copy = tuple[str, str, str, str]


def available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def use_worker(pages: int, asked: bool | None) -> bool:
    """Whether to use a worker: as the site says, else if it can pay off."""
    if asked is not None:
        return asked
    return pages >= MIN_PAGES_FOR_WORKER and available_cpus() > 1


def write_copy(written: str, from_url: str, to_url: str, path: str) -> None:
    """Write a built page again at another address, its relative links still right.

    The page is read from the file MkDocs wrote: what every plugin made of it.
    """
    html = Path(written).read_text(encoding="utf-8")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(relocate_html(html, from_url, to_url), encoding="utf-8")


class Renderer:
    """Renders generated pages, makes the open data and writes copies of pages: ahead
    in a worker process when there is one, else in process when asked."""

    def __init__(
        self,
        generator: Generator,
        options: BuildOptions,
        order: Sequence[str],
        worker: bool | None = None,
    ) -> None:
        """ORDER: the pages, in the order they will be asked for; WORKER: None to choose."""
        self._generator = generator
        self._options = options
        self._chunk_of = {src: number // CHUNK for number, src in enumerate(order)}
        self._condition = threading.Condition()
        # what the worker sent, guarded by the condition
        self._data: dict[str, bytes] | None = None
        self._data_sent = False
        self._ready: dict[str, Rendered | None] = {}
        self._chunks_done = 0  # chunks received, in order
        self._copied: set[str] = set()  # copies it wrote, known at its end
        self._ended = False  # it sent all it will send
        self._news = time.monotonic()  # when it last sent something
        self._copies: dict[str, Copy] = {}  # copies sent to the worker, by file
        self._outbox: queue.SimpleQueue[Copy | None] = queue.SimpleQueue()
        self._process: subprocess.Popen[bytes] | None = None
        self._errors: IO[bytes] | None = None
        self._closing = False
        self.worker = False
        if use_worker(len(order), worker):
            self.worker = self._start(options, list(order))

    # --- the build's side ------------------------------------------------------------

    def data_files(self) -> dict[str, bytes]:
        """The open data files (export.DATA_FILES) by path."""
        if self.worker:
            self._wait_for(lambda: self._data_sent)
            if self._data is not None:
                return self._data
        return open_data(self._generator, self._options)

    def get(self, src_uri: str) -> Rendered:
        """The rendering of a page, waiting for the worker if it is on its way."""
        if self.worker and src_uri in self._chunk_of:
            wanted = self._chunk_of[src_uri]
            self._wait_for(lambda: self._chunks_done > wanted)
            with self._condition:
                rendered = self._ready.pop(src_uri, None)
            if rendered is not None:
                return rendered
        return self._generator.render(src_uri)

    def _wait_for(self, done: Callable[[], bool]) -> None:
        """Wait until DONE or the worker's end; a worker silent for STALL seconds is
        stopped (the build does its work): a build never hangs on it."""
        stalled = False
        with self._condition:
            while not done() and not self._ended:
                if not self._condition.wait(timeout=1.0) and (
                    time.monotonic() - self._news > STALL
                ):
                    stalled = True
                    break
        if stalled:
            log.info(f"The worker process sent nothing for {STALL:.0f} s: the build goes on")
            self.close()

    def copy_page(self, written: str, from_url: str, to_url: str, path: str) -> None:
        """Write a page MkDocs wrote again at another address (by the worker if there is
        one): once WRITTEN is complete."""
        if self.worker and not self._ended and not self._closing:
            self._copies[path] = (written, from_url, to_url, path)
            self._outbox.put(self._copies[path])
        else:
            write_copy(written, from_url, to_url, path)

    def finish(self) -> None:
        """Wait for the worker's last copies, write any it did not, and stop it."""
        if self.worker:
            self._outbox.put(None)  # no more copies: the worker ends when it has written them
            with self._condition:
                self._news = time.monotonic()  # its last copies may take a while
            self._wait_for(lambda: False)  # stopped if it hangs: then it confirmed nothing
            for path, copy in self._copies.items():
                if path not in self._copied:
                    write_copy(*copy)
        self.close()

    def close(self) -> None:
        """Stop the worker at once; what it has not done, the build will do itself."""
        self._closing = True
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.kill()
            process.wait()
        self._outbox.put(None)
        with self._condition:
            self._ended = True
            self._ready.clear()
            self._condition.notify_all()
        if self._errors is not None:
            self._errors.close()
            self._errors = None

    # --- talking to the worker (threads of the build) ---------------------------------

    def _start(self, options: BuildOptions, order: list[str]) -> bool:
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - open while the worker lives
        try:
            process = subprocess.Popen(
                # -P: the site's folder is not put on the path (a yaml.py there is not
                # imported); Pacte is found where the build found it
                [sys.executable, "-P", "-c", _WORKER, _PACKAGE_PARENT],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._errors,
            )
        except OSError as exc:  # no interpreter to start (an embedded Python)
            log.debug(f"no worker process ({exc}): the build does all")
            return False
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        chunks = [order[start : start + CHUNK] for start in range(0, len(order), CHUNK)]
        # writing more than a pipe holds waits for the worker to read: threads wait,
        # the build goes on
        for target, args in (
            (self._send, (process.stdin, (options, chunks))),
            (self._receive, (process.stdout, chunks)),
        ):
            threading.Thread(target=target, args=args, name="pacte-worker", daemon=True).start()
        return True

    def _send(self, pipe: IO[bytes], request: tuple[BuildOptions, list[list[str]]]) -> None:
        try:
            pickle.dump(request, pipe, protocol=_PROTOCOL)
            pipe.flush()
            while (copy := self._outbox.get()) is not None:
                pickle.dump(copy, pipe, protocol=_PROTOCOL)
        except (OSError, ValueError):
            pass  # the worker stopped: the receiving thread sees it
        finally:
            with contextlib.suppress(OSError):
                pipe.close()

    def _receive(self, pipe: IO[bytes], chunks: list[list[str]]) -> None:
        try:
            data = pickle.load(pipe)
            with self._condition:
                self._data, self._data_sent = data, True
                self._news = time.monotonic()
                self._condition.notify_all()
            for chunk in chunks:
                renderings = pickle.load(pipe)
                with self._condition:
                    self._ready.update(zip(chunk, renderings, strict=True))
                    self._chunks_done += 1
                    self._news = time.monotonic()
                    self._condition.notify_all()
            copied = pickle.load(pipe)
            with self._condition:
                self._copied = set(copied)
        except Exception as exc:  # whatever stopped the worker, the build does the rest
            if not self._closing:
                self._report_stop(exc)
        finally:
            pipe.close()
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
        # info, not a warning: the site comes out the same, and a strict build must not
        # fail because the system stopped a process
        log.info(
            "The worker process stopped"
            f"{f' ({detail})' if detail else ''}: the build does its work itself"
        )
        log.debug(f"worker: {exc!r}")


def work() -> None:
    """The worker: load the site as the build did, send the data files and the pages
    asked for, in order; then write the copies the build sends until it closes."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer

    def send(message: object) -> None:
        pickle.dump(message, sink, protocol=_PROTOCOL)
        sink.flush()

    options, chunks = pickle.load(source)  # from the build that started this process
    site = load_site(options.root, options.language, options.today, raw_html=options.raw_html)
    # sources changed since the build read them: the build does the work
    generator = make_generator(site, options) if site.valid else None
    gc.freeze()  # what is loaded lives as long as the worker: the collector skips it
    send(open_data(generator, options) if generator is not None else None)
    for chunk in chunks:
        send([_render(generator, src) for src in chunk])
    copied = []
    while True:
        try:
            copy: Copy = pickle.load(source)
        except EOFError:
            break
        write_copy(*copy)
        copied.append(copy[3])
    send(copied)


def _render(generator: Generator | None, src_uri: str) -> Rendered | None:
    if generator is None or not generator.knows(src_uri):
        return None  # a page the build knows and this worker does not: the build makes it
    return generator.render(src_uri)
