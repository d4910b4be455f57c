"""The search's bundles: Pagefind indexes a build's pages once the site is written, a
part at a time (no MkDocs here).

While MkDocs writes the pages, the copy of each that the search indexes
(`search.indexed_html`) is only kept, compressed (`Indexer.add`): a quarter of its size,
and no indexer running beside the build. Once the site is written, and the build has let
go of what only its pages needed, the pages of each language go to Pagefind in parts of
at most `PART_BYTES` of HTML, `MOST_PARTS` at most, each part to a service of its own
that makes its bundle and ends (`Indexer.write`): `pagefind/<lang>/`, then
`pagefind/<lang>-2/` and so on. The reader's browser merges a language's parts into one
search (`theme/assets/pacte/pacte-search.js`).

Why parts: to make a bundle, Pagefind holds every word of its pages at once, about
thirteen times their HTML (at 3,000 versions, 85 MB of pages took one bundle to 1.1 GB,
twice plain Material's whole build). Parts keep that under what the build itself used
to write the pages, at the cost of each further part's metadata and index pieces in a
reader's first search (about 150 kB each): hence few parts, of the same size. A site of
a thousand versions is one part.

It speaks the service's wire format itself: the Python API of the same package reads one
answer every tenth of a second (ten pages a second, ten minutes for a site of 6,000
pages).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import threading
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, Any

from .search import BUNDLE_DIR, Entry, SearchError, part_name

# the HTML of the pages of one bundle at most: Pagefind's memory to make it is about
# thirteen times that (about 400 MB); at 3,000 versions of the acceptance corpus, the
# French texts are three parts, which a reader's first search loads in 0.8 MB
PART_BYTES = 32_000_000
# the parts of a language at most, whatever the size of the site: each costs a reader's
# first search about 150 kB more. Past three times PART_BYTES a part grows with the site,
# as the build's own memory does (at 10,000 versions, MkDocs alone holds 2 GB while it
# writes the pages, and Pagefind a third of the texts' 280 MB less than that)
MOST_PARTS = 3
# parts of a page that are not its text (permalinks of headings, forms, buttons,
# pictures), or that repeat it (the commitments listed again under their article)
EXCLUDED = (
    ".headerlink",
    ".pacte-article-commitments",
    "[data-search-exclude]",
    "form",
    "button",
    "svg",
    "script",
    "style",
    ".md-source-file",
    ".pacte-actions",
)
# Pagefind's allocator (jemalloc, its variables prefixed _RJEM_) keeps the pages it frees
# for ten seconds before it gives them back, and making a bundle frees a lot as it goes:
# at 3,000 versions in one bundle its peak was 1.27-1.51 GB, 1.12 GB when they go back at
# once, for 2 to 5 s more of its processor time (26 s). A setting of the caller's own is
# kept.
ALLOCATOR_SETTINGS = ("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
# files of a bundle that the site's search does not use (Pagefind's own interfaces, its
# worker: each bundle is searched on the page's thread, so that one worker is not
# downloaded per bundle)
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
    "pagefind-worker.js",
)
# how long a request may wait for the service's answer: making a bundle of PART_BYTES
# takes Pagefind about ten seconds; one that does not answer is stopped
ANSWER_SECONDS = 600.0
# the folder of a further part of a language's pages (`search.part_name`): fr-2
_FURTHER_PART = re.compile(r"[a-z]+-[0-9]+")


@dataclass(frozen=True)
class IndexedPage:
    """A page for the search, kept until the bundles are made."""

    url: str
    data: bytes  # its indexed copy, compressed (zlib)
    size: int  # the bytes of the copy

    def html(self) -> str:
        return zlib.decompress(self.data).decode("utf-8")


@dataclass(frozen=True)
class Part:
    """The pages of one bundle: all of a language's, or a part of them."""

    name: str  # its folder in pagefind/ (`search.part_name`)
    language: str
    pages: list[IndexedPage]


def split(pages: list[IndexedPage], limit: int, most: int) -> list[list[IndexedPage]]:
    """PAGES in their order, in as few parts as keep each about under LIMIT bytes, but
    MOST parts at most; the parts of about the same size (a page goes where the middle
    of its bytes falls)."""
    total = sum(page.size for page in pages)
    count = max(1, min(most, -(-total // max(limit, 1))))
    target = total / count
    parts: list[list[IndexedPage]] = [[]]
    done = 0
    for page in pages:
        if parts[-1] and done + page.size / 2 > target * len(parts):
            parts.append([])
        parts[-1].append(page)
        done += page.size
    return parts


class Indexer:
    """The pages of one build for the search, and their bundles once the site is written.

    `add` keeps a page; `write` makes and writes the bundles, a part after the other,
    each by a `Service` of its own; `close` stops a service that a failed `write` left
    running. Nothing runs beside the build before `write`.
    """

    def __init__(
        self,
        languages: Iterable[str],
        executable: Path | None = None,
        part_bytes: int | None = None,
        most_parts: int | None = None,
    ) -> None:
        self.languages = list(dict.fromkeys(languages))
        self.part_bytes = part_bytes or PART_BYTES
        self.most_parts = most_parts or MOST_PARTS
        self._pages: dict[str, list[IndexedPage]] = {lang: [] for lang in self.languages}
        self._executable = executable
        self._service: Service | None = None
        # Pagefind's processor time (seconds, every part) and peak memory (bytes, the
        # largest part), once written
        self.usage: tuple[float, int] | None = None

    @property
    def pages(self) -> dict[str, int]:
        """The pages kept, by language."""
        return {lang: len(pages) for lang, pages in self._pages.items()}

    def add(self, entry: Entry, url: str, html: str) -> None:
        """Keep a page (its indexed copy, `search.indexed_html`) for its language's bundle."""
        if entry.language not in self._pages:
            raise SearchError(f"no bundle for the language {entry.language!r}")
        data = html.encode("utf-8")
        self._pages[entry.language].append(IndexedPage(url, zlib.compress(data, 1), len(data)))

    def parts(self) -> list[Part]:
        """The bundles to make, in the order of the languages."""
        found = []
        for lang in self.languages:
            parts = split(self._pages[lang], self.part_bytes, self.most_parts)
            for number, pages in enumerate(parts, 1):
                found.append(Part(part_name(lang, number), lang, pages))
        return found

    def write(self, site_dir: Path) -> dict[str, int]:
        """Make every bundle and write it into SITE_DIR/pagefind/<name>/, in place of an
        earlier build's (whose further parts that this build has not go); the bytes of
        each bundle, by name, the first part of a language before its others. A language
        without any page gets a bundle that finds nothing, so that every bundle the pages
        name exists.

        The service hands the files over (it would write them itself from tasks that may
        still run when it answers, or when it exits): they are written here, but for
        those the site's search does not use.
        """
        parts = self.parts()
        self._pages = {lang: [] for lang in self.languages}  # each part goes once made
        _remove_other_parts(site_dir / BUNDLE_DIR, {part.name for part in parts})
        sizes: dict[str, int] = {}
        seconds, peak = 0.0, 0
        try:
            while parts:  # each part, and its files, let go before the next is made
                part = parts.pop(0)
                sizes[part.name], used, memory = self._make(part, site_dir)
                seconds, peak = seconds + used, max(peak, memory)
        finally:
            self.close()
        self.usage = (seconds, peak)
        return sizes

    def close(self) -> None:
        """Stop the service at work, if any (a failed build); what is kept goes."""
        self._pages = {lang: [] for lang in self.languages}
        service, self._service = self._service, None
        if service is not None:
            service.kill()

    def _make(self, part: Part, site_dir: Path) -> tuple[int, float, int]:
        """Make PART's bundle and write it into SITE_DIR: its bytes, and the processor
        time and memory its service used."""
        with Service(self._executable) as service:
            self._service = service
            index_id = service.new_index(part.language)
            for page in part.pages:
                service.send(
                    {
                        "type": "AddFile",
                        "index_id": index_id,
                        "url": page.url,
                        "file_contents": page.html(),
                    }
                )
            if not part.pages:
                service.send(_empty_record(index_id, part.language))
            files = service.files(index_id)
            seconds, memory = service.usage() or (0.0, 0)
        self._service = None
        return _write_bundle(site_dir / BUNDLE_DIR / part.name, files), seconds, memory


# --- the service -------------------------------------------------------------------------


@dataclass
class _Call:
    """A request to the service whose answer someone waits for."""

    done: threading.Event = field(default_factory=threading.Event)
    answer: dict[str, Any] | None = None


class Service:
    """One `pagefind --service` (the binary of the `pagefind[bin]` package): requests are
    written on the caller's thread, answers read by a thread of its own (the service
    answers every page: unread, its answers would fill the pipe and stop it). Used as a
    context: leaving it ends the service, killed if it did not finish."""

    def __init__(self, executable: Path | None = None, seconds: float = ANSWER_SECONDS) -> None:
        self.errors: list[str] = []
        self.seconds = seconds  # the longest wait for an answer
        self._calls: dict[int, _Call] = {}
        self._lock = threading.Lock()
        self._next_id = 0
        name, settings = ALLOCATOR_SETTINGS
        self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
            [str(executable or _executable()), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={name: settings, **os.environ},
        )
        stdout = self._process.stdout
        assert stdout is not None
        self._reader = threading.Thread(target=self._read_loop, args=(stdout,), daemon=True)
        self._reader.start()

    def __enter__(self) -> Service:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is not None:
            self.kill()  # stopped half way: what it holds is not wanted
        else:
            self.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def new_index(self, language: str) -> int:
        """An index stemmed in LANGUAGE, whatever a page says; its id."""
        call = self._call({"type": "NewIndex", "config": _index_config(language)})
        return int(self._wait(call)["index_id"])

    def send(self, payload: Mapping[str, Any]) -> None:
        """A request whose answer nobody waits for (an error is kept in `errors`)."""
        self._write(self._message_id(), payload)

    def files(self, index_id: int) -> list[dict[str, Any]]:
        """The files of the index's bundle (path and base64 content), once every page
        sent is in; SearchError if any request failed."""
        answer = self._wait(self._call({"type": "GetFiles", "index_id": index_id}))
        self._fail_on_errors()
        return list(answer.get("files") or [])

    def usage(self) -> tuple[float, int] | None:
        """The processor time (seconds) the service has used and its peak memory (bytes),
        on Linux; None elsewhere."""
        process = self._process
        if process is None:
            return None
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            status = Path(f"/proc/{process.pid}/status").read_text()
            peak = re.search(r"^VmHWM:\s*(\d+) kB", status, re.M)
            seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            return seconds, int(peak.group(1)) * 1024 if peak else 0
        except (OSError, ValueError, IndexError):
            return None

    def close(self) -> None:
        """End the service: its input closes and it exits; one that does not within a
        minute, or that is stopped half way (a failed build), is killed."""
        process, self._process = self._process, None
        if process is None:
            return
        assert process.stdin is not None
        with contextlib.suppress(OSError):
            process.stdin.close()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._reader.join()
        with self._lock:
            for call in self._calls.values():
                call.done.set()  # no answer can come any more
            self._calls = {}

    def kill(self) -> None:
        """End the service at once, whatever it was doing."""
        if self._process is not None:
            self._process.kill()
        self.close()

    def _message_id(self) -> int:
        with self._lock:
            self._next_id += 1
            return self._next_id

    def _call(self, payload: Mapping[str, Any]) -> _Call:
        """Send PAYLOAD and keep a place for its answer (`_wait`)."""
        call = _Call()
        message_id = self._message_id()
        with self._lock:
            self._calls[message_id] = call
        self._write(message_id, payload)
        return call

    def _write(self, message_id: int, payload: Mapping[str, Any]) -> None:
        process = self._process
        if process is None or process.stdin is None:
            raise SearchError("the search index of this build is closed")
        try:
            process.stdin.write(_encode(message_id, payload))
        except OSError as exc:
            self._fail_on_errors()
            raise SearchError(f"Pagefind stopped: {exc}") from None

    def _wait(self, call: _Call) -> dict[str, Any]:
        process = self._process
        if process is not None and process.stdin is not None:
            try:
                process.stdin.flush()  # the request is not left waiting in a buffer
            except OSError as exc:
                raise SearchError(f"Pagefind stopped: {exc}") from None
        if not call.done.wait(self.seconds):
            self.kill()
            raise SearchError(f"Pagefind did not answer within {self.seconds:g} s: stopped")
        if call.answer is None:
            self._fail_on_errors()
            raise SearchError("Pagefind stopped before it answered")
        if call.answer.get("type") == "Error":
            raise SearchError(f"Pagefind: {call.answer.get('message')}")
        return call.answer

    def _read_loop(self, stdout: IO[bytes]) -> None:
        """Read the answers, each base64 and a comma (the bundle's files are one answer of
        tens of megabytes: the buffer grows by whole chunks and is searched once)."""
        pending = bytearray()
        try:
            while chunk := os.read(stdout.fileno(), 1 << 20):
                start = len(pending)
                pending += chunk
                while (comma := pending.find(b",", start)) >= 0:
                    message = bytes(pending[:comma])
                    del pending[: comma + 1]
                    start = 0
                    try:
                        response = json.loads(base64.b64decode(message))
                    except ValueError:
                        self.errors.append(f"Pagefind said what cannot be read: {message[:80]!r}")
                        continue
                    self._answer(response)
        finally:
            stdout.close()
            with self._lock:
                for call in self._calls.values():
                    call.done.set()  # the service ended: nobody waits any longer

    def _answer(self, response: Any) -> None:
        if not isinstance(response, dict):
            return
        payload = response.get("payload") or {}
        message_id = response.get("message_id")
        if payload.get("type") == "Error":
            self.errors.append(str(payload.get("message", payload)))
            if message_id is None:  # a request it could not read: its id is in it
                with contextlib.suppress(KeyError, ValueError, TypeError, AttributeError):
                    message_id = json.loads(payload["original_message"]).get("message_id")
        with self._lock:
            call = self._calls.pop(message_id, None) if message_id is not None else None
        if call is not None:
            call.answer = payload
            call.done.set()

    def _fail_on_errors(self) -> None:
        if self.errors:
            shown = "; ".join(self.errors[:5])
            raise SearchError(f"Pagefind could not index the site: {shown}")


def _encode(message_id: int, payload: Mapping[str, Any]) -> bytes:
    text = json.dumps({"message_id": message_id, "payload": payload}, ensure_ascii=False)
    return base64.b64encode(text.encode("utf-8")) + b","


def _index_config(language: str) -> dict[str, Any]:
    return {"force_language": language, "exclude_selectors": list(EXCLUDED)}


def _empty_record(index_id: int, language: str) -> dict[str, Any]:
    return {
        "type": "AddRecord",
        "index_id": index_id,
        "url": "/",
        "content": "",
        "language": language,
        "meta": {"title": ""},
    }


def _executable() -> Path:
    from pagefind.service import get_executable

    found = get_executable()
    if found is None:
        raise SearchError("the Pagefind binary is missing: install pagefind[bin]")
    return Path(found)


def _remove_other_parts(folder: Path, names: set[str]) -> None:
    """Take out of FOLDER (pagefind/) the further parts of an earlier build (fr-3/) that
    this one does not make; never through a link."""
    if folder.is_symlink() or not folder.is_dir():
        return
    for child in folder.iterdir():
        further = _FURTHER_PART.fullmatch(child.name) and child.name not in names
        if further and child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)


def _write_bundle(folder: Path, files: list[dict[str, Any]]) -> int:
    """Write a bundle's FILES (path and base64 content, from the service) into FOLDER, in
    place of an earlier build's, but for what the site's search does not use (Pagefind's
    interfaces, the stemmers of other languages); the bytes written."""
    for place in (folder.parent, folder):  # pagefind/ and pagefind/<name>/: no link
        if place.is_symlink() or (place.exists() and not place.is_dir()):
            raise SearchError(f"{place} is not a folder: the search bundle is not written there")
    if folder.is_dir():
        shutil.rmtree(folder)
    by_name = {str(file["path"]): str(file["content"]) for file in files}
    entry = json.loads(base64.b64decode(by_name.get("pagefind-entry.json", "e30=")))
    stemmers = {
        f"wasm.{index.get('wasm') or 'unknown'}.pagefind"
        for index in entry.get("languages", {}).values()
    }
    written = 0
    for name, content in by_name.items():
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or name in UNUSED:
            continue
        if name.startswith("wasm.") and name not in stemmers:
            continue
        target = folder.joinpath(*path.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = base64.b64decode(content)
        target.write_bytes(data)
        written += len(data)
    return written
