"""The site's search: Pagefind bundles, one per language of the texts (no MkDocs here).

A word is found in its inflected forms only if the index was stemmed in the language
of the text it is in, and the reader's browser searches with that language's stemmer.
Pagefind stems a page in the language it is given and, in the browser, one bundle
answers in one language (its WebAssembly stemmer is one per module). So every page goes
to the bundle of its text's language, `pagefind/<lang>/` (a version page: the version's
`lang`, else the site's; every other page: the site's language), and the reader's
browser loads every bundle as its own module and merges the answers
(`theme/assets/pacte/pacte-search.js`).

What each page is for the search (document, version, status, parties, themes) comes
from the model as an `Entry`: its metadata and its filters are written into the copy of
the page that is indexed, never into the published page. Listing pages, changes pages,
the commitments page and the document pages that copy the current version are not
indexed: each of their lines is found on the page it sums up.

What the pages' search panel needs besides (the bundles, its labels, the filters) is
one file of the site, `pagefind/panel.json` (`panel`, `write_panel`), which the script
fetches when the reader first opens the search: not 1.1 kB in each page.

`Indexer` feeds the Pagefind binary (`pagefind --service`, from the `pagefind[bin]`
package) from a thread while the engine writes pages, and writes the bundles at the
end. It speaks the service's wire format itself: the Python API of the same package
reads one answer every tenth of a second (ten pages a second, ten minutes for a site of
6,000 pages).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from markupsafe import escape

from . import urls
from .guard import Refused, write_file
from .i18n import base_language, translator
from .model import Site, Version
from .translations import translated
from .vocabulary import VERSION_STATUSES

BUNDLE_DIR = "pagefind"  # bundles are in pagefind/<lang>/ of the built site
# the search panel's settings (`panel`), once for the whole site: fetched by the pages
PANEL = f"{BUNDLE_DIR}/panel.json"
THEME_DIR = Path(__file__).resolve().parent / "theme"  # the header's search (Material)
SCRIPT = "assets/pacte/pacte-search.js"  # in THEME_DIR, copied by the engine
STYLE = "assets/pacte/pacte-search.css"
# a filter the panel does not show: versions no longer (or not yet) in force, which the
# browser ranks after the others
OLDER = "older"
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
# at 3,000 versions its peak was 1.27-1.51 GB, 1.12 GB when they go back at once, for 2
# to 5 s more of its processor time (26 s; 3 % of the build). A setting of the caller's
# own is kept.
ALLOCATOR_SETTINGS = ("_RJEM_MALLOC_CONF", "dirty_decay_ms:0,muzzy_decay_ms:0")
# files of a bundle that the site's search does not use (Pagefind's own interfaces, its
# worker: each bundle is searched on the page's thread, so that one worker is not
# downloaded per language)
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


@dataclass(frozen=True)
class Entry:
    """What the search shows of a page besides its text, and where it is indexed."""

    language: str  # the bundle: the language of the page's text (bundle_language)
    title: str
    kind: str  # charter, convention, member, page
    version: str = ""
    status: str = ""
    organisations: tuple[str, ...] = ()  # names: what the organisation filter offers
    themes: tuple[str, ...] = ()

    @property
    def older(self) -> bool:
        """A version that is not in force: ranked after the pages that are."""
        return bool(self.status) and self.status != "in-force"


def bundle_language(code: str | None, default: str) -> str:
    """The bundle of a text in language CODE (BCP 47): its primary language, as Pagefind
    names its stemmers (de-CH: de); DEFAULT when none is given."""
    base = re.sub(r"[^a-z]", "", base_language(code or default))
    return base or re.sub(r"[^a-z]", "", base_language(default)) or "und"


def version_entry(site: Site, version: Version, language: str) -> Entry:
    organisations = site.organisations
    names = dict.fromkeys(
        organisations[p.member].name if p.member in organisations else p.member
        for p in version.parties
    )
    return Entry(
        language=bundle_language(version.lang, language),
        title=version.title,
        kind=version.kind,
        version=version.label,
        status=version.status,
        organisations=tuple(names),
        themes=tuple(dict.fromkeys(version.themes)),
    )


def entries(site: Site, language: str) -> dict[str, Entry]:
    """The generated pages the search indexes, by source path: each version (its text in
    its own language) and each organisation. SITE holds the published versions."""
    found: dict[str, Entry] = {}
    for document in site.documents.values():
        for version in document.versions:
            found[urls.version_src(version)] = version_entry(site, version, language)
            for translation in version.translations:  # in its own language's bundle
                found[urls.translation_src(version, translation.lang)] = version_entry(
                    site, translated(version, translation), language
                )
    site_language = bundle_language(None, language)
    for org in site.organisations.values():
        found[urls.member_src(org.id)] = Entry(
            site_language, org.name, "member", organisations=(org.name,)
        )
    return found


def languages(site: Site, language: str) -> list[str]:
    """The bundles of a site: the site's language (hand-written and organisations'
    pages) first, then the languages of the versions' texts and translations."""
    found = dict.fromkeys([bundle_language(None, language)])
    for version in site.versions():
        for code in version.languages(language):
            found[bundle_language(code, language)] = None
    return list(found)


_ARTICLE = re.compile(r"<article\b[^>]*\bmd-content__inner\b[^>]*>")
# elements whose texts Pagefind would glue to the next ("SigleIl Sogno", "StatutEn vigueur")
_CELL_END = re.compile(r"</(dd|dt|td|th|caption|figcaption|summary|label)>")


def indexed_html(output: str, entry: Entry) -> str:
    """The copy of a built page that Pagefind indexes: the page's article (Material's
    `article.md-content__inner`; the whole body with another theme) with the entry's
    metadata and filters, every text from the sources escaped."""
    start = _ARTICLE.search(output)
    end = output.rfind("</article>")
    if start is not None and end > start.end():
        content = output[start.end() : end]
    else:
        body = output.find("<body")
        content = output[output.find(">", body) + 1 :] if body >= 0 else output
        content = content.rsplit("</body>", 1)[0]
    content = _CELL_END.sub(r"</\1> ", content)
    tags = [_meta("title", entry.title), _meta("kind", entry.kind), _filter("kind", entry.kind)]
    if entry.version:
        tags.append(_meta("version", entry.version))
    if entry.status:
        tags += [_meta("status", entry.status), _filter("status", entry.status)]
    if entry.older:
        tags.append(_filter(OLDER, "1"))
    tags += [_filter("organisation", name) for name in entry.organisations]
    tags += [_filter("theme", theme) for theme in entry.themes]
    return (
        f'<!DOCTYPE html><html lang="{escape(entry.language)}"><head>'
        f"<title>{escape(entry.title)}</title></head><body><main data-pagefind-body>"
        f"<div data-pagefind-ignore>{''.join(tags)}</div>{content}</main></body></html>"
    )


def _meta(name: str, value: str) -> str:
    return f'<span data-pagefind-meta="{name}">{escape(value)}</span>'


def _filter(name: str, value: str) -> str:
    return f'<span data-pagefind-filter="{name}">{escape(value)}</span>'


def panel(language: str, bundles: Iterable[str]) -> dict[str, Any]:
    """What the search panel of the pages needs, in the site's language: the bundles
    (their folders from the site's root), its labels, and the filters with the label of
    each value that is a code. Written once as PANEL (`write_panel`), which the pages'
    script fetches when the reader first opens the search."""
    t = translator(language)
    return {
        "bundles": [f"{BUNDLE_DIR}/{code}/" for code in bundles],
        "older": OLDER,
        "labels": {
            "searching": t("search.searching"),
            "more": t("search.more"),
            "version": t("version"),
        },
        "facets": [
            {"name": "kind", "label": t("kind"), "any": t("search.any-kind")},
            {"name": "status", "label": t("status"), "any": t("any-status")},
            {"name": "organisation", "label": t("organisation"), "any": t("any-organisation")},
            {"name": "theme", "label": t("search.theme"), "any": t("any-theme")},
        ],
        "values": {
            "kind": {
                "charter": t("charter"),
                "convention": t("convention"),
                "member": t("organisation"),
                "page": t("search.page"),
            },
            # in the order of the vocabulary: in force first
            "status": {status: t("status:" + status) for status in VERSION_STATUSES},
        },
    }


def panel_json(language: str, bundles: Iterable[str]) -> bytes:
    """`panel` as the file PANEL: compact JSON in UTF-8."""
    text = json.dumps(panel(language, bundles), ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def write_panel(site_dir: Path, language: str, bundles: Iterable[str]) -> int:
    """Write the panel's settings as SITE_DIR/PANEL, never through a link
    (`guard.write_file`); the bytes written."""
    data = panel_json(language, bundles)
    try:
        write_file(site_dir, PANEL, data)
    except Refused as exc:
        raise SearchError(f"{PANEL} in the built site {exc}: the search was not written") from None
    return len(data)


class SearchError(RuntimeError):
    """Pagefind could not index a page or write a bundle."""


@dataclass
class _Call:
    """A request to the service whose answer someone waits for."""

    done: threading.Event = field(default_factory=threading.Event)
    answer: dict[str, Any] | None = None


class Indexer:
    """One Pagefind service for one build: an index per language, fed from a thread.

    `add` only queues the page: a thread encodes and sends it while the engine goes on,
    another reads the answers. `finish` asks for the bundles once every page is in,
    `write` writes them and stops the service; `close` stops it whatever happened (a
    failed build), leaving nothing running.
    """

    def __init__(self, bundles: Iterable[str], executable: Path | None = None) -> None:
        self.bundles = list(dict.fromkeys(bundles))
        self.pages = dict.fromkeys(self.bundles, 0)  # pages sent, by language
        self.errors: list[str] = []
        self._executable = executable
        self._process: subprocess.Popen[bytes] | None = None
        self._queue: queue.SimpleQueue[tuple[int, Mapping[str, Any]] | None] = queue.SimpleQueue()
        self._calls: dict[int, _Call] = {}
        self._lock = threading.Lock()
        self._next_id = 0
        self._threads: list[threading.Thread] = []
        self._index_ids: dict[str, int] = {}
        self._written = False
        self._stopping = False
        self.usage: tuple[float, int] | None = None  # Pagefind's seconds and bytes (write)
        self._bundles: dict[str, _Call] | None = None  # the files asked for (finish)
        self._finished_at = 0  # pages in when they were

    # --- what a build calls -------------------------------------------------------------

    def add(self, entry: Entry, url: str, html: str) -> None:
        """Queue a page (its indexed copy, `indexed_html`) for the bundle of its language."""
        if entry.language not in self.pages:
            raise SearchError(f"no bundle for the language {entry.language!r}")
        self._start()
        self.pages[entry.language] += 1
        index_id = self._index_ids[entry.language]
        self._send({"type": "AddFile", "index_id": index_id, "url": url, "file_contents": html})

    def finish(self) -> None:
        """Ask for the bundles: every page is in. Pagefind then builds and compresses them
        (seconds, at thousands of pages) while the engine may still be busy with pages
        it does not index; a page added after this has them asked for again by `write`."""
        if self._bundles is not None:
            return
        self._start()
        for language in self.bundles:
            if not self.pages[language]:
                self._send(_empty_record(self._index_ids[language], language))
        self._bundles = {
            lang: self._call({"type": "GetFiles", "index_id": self._index_ids[lang]})
            for lang in self.bundles
        }
        self._finished_at = sum(self.pages.values())

    def write(self, site_dir: Path) -> dict[str, int]:
        """Write each bundle into SITE_DIR/pagefind/<lang>/, stop the service, and give
        the size of each bundle in bytes. A language without any page gets a bundle that
        finds nothing, so that every bundle the pages name exists.

        The service hands the files over (it would write them itself from tasks that may
        still run when it answers, or when it exits): they are written here, but for
        those the site's search does not use.
        """
        try:
            if self._bundles is not None and sum(self.pages.values()) != self._finished_at:
                self._bundles = None  # pages came after the bundles were asked for
            self.finish()
            assert self._bundles is not None
            sizes = {}
            for lang, call in self._bundles.items():
                files = self._wait(call).get("files") or []
                call.answer = None  # the files can go once written
                sizes[lang] = _write_bundle(site_dir / BUNDLE_DIR / lang, files)
            self._fail_on_errors()
            self._written = True
            self.usage = _usage(self._process)
            return sizes
        finally:
            self.close()

    def close(self) -> None:
        """Stop the service and the threads. After `write`, the service ends as its input
        closes; otherwise (a failed build) it is killed and what is queued is dropped."""
        process, self._process = self._process, None
        if process is None:
            return
        self._stopping = True
        if not self._written:
            process.kill()
        self._queue.put(None)  # the writer closes the service's input and stops
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for thread in self._threads:
            thread.join()
        self._threads = []
        with self._lock:
            for call in self._calls.values():
                call.done.set()  # no answer can come any more
            self._calls = {}

    # --- the service ----------------------------------------------------------------------

    def _start(self) -> None:
        if self._process is not None:
            return
        if self._stopping:
            raise SearchError("the search index of this build is closed")
        name, settings = ALLOCATOR_SETTINGS
        self._process = subprocess.Popen(
            [str(self._executable or _executable()), "--service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={name: settings, **os.environ},
        )
        stdin, stdout = self._process.stdin, self._process.stdout
        assert stdin is not None and stdout is not None
        self._threads = [
            threading.Thread(target=self._write_loop, args=(stdin,), daemon=True),
            threading.Thread(target=self._read_loop, args=(stdout,), daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        # one index per language, each stemmed in its language whatever a page says
        calls = {
            lang: self._call({"type": "NewIndex", "config": _index_config(lang)})
            for lang in self.bundles
        }
        for lang, call in calls.items():
            self._index_ids[lang] = int(self._wait(call)["index_id"])

    def _send(self, payload: Mapping[str, Any]) -> int:
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
        self._queue.put((message_id, payload))
        return message_id

    def _call(self, payload: Mapping[str, Any]) -> _Call:
        """Send PAYLOAD and keep a place for its answer (`_wait`)."""
        call = _Call()
        with self._lock:
            self._next_id += 1
            message_id = self._next_id
            self._calls[message_id] = call
        self._queue.put((message_id, payload))
        return call

    def _wait(self, call: _Call) -> dict[str, Any]:
        call.done.wait()
        if call.answer is None:
            self._fail_on_errors()
            raise SearchError("Pagefind stopped before it answered")
        if call.answer.get("type") == "Error":
            raise SearchError(f"Pagefind: {call.answer.get('message')}")
        return call.answer

    def _write_loop(self, stdin: IO[bytes]) -> None:
        """Encode and send what is queued, until told to stop; flushed whenever the queue
        is empty, so that a request is never left waiting in a buffer."""
        broken = False
        while (item := self._queue.get()) is not None:
            if broken:
                continue  # drained: the service is gone
            try:
                stdin.write(_encode(*item))
                if self._queue.empty():
                    stdin.flush()
            except OSError as exc:
                broken = True
                if not self._stopping:
                    self.errors.append(f"Pagefind stopped: {exc}")
        with contextlib.suppress(OSError):
            stdin.close()

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


def _usage(process: subprocess.Popen[bytes] | None) -> tuple[float, int] | None:
    """The processor time (seconds) a running process has used and its peak memory
    (bytes), on Linux; for the build's log."""
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


def _write_bundle(folder: Path, files: list[dict[str, Any]]) -> int:
    """Write a bundle's FILES (path and base64 content, from the service) into FOLDER, in
    place of an earlier build's, but for what the site's search does not use (Pagefind's
    interfaces, the stemmers of other languages); the bytes written."""
    for place in (folder.parent, folder):  # pagefind/ and pagefind/<lang>/: no link
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
