"""Signed PDF originals: checking that they open, and reading their text for an import.

Their PDF signatures are checked by `signatures.py`, inside the same guard.

Every PDF is read with pypdf inside a guard: pypdf's own resource limits (decompressed
stream sizes, page tree depth, form fields...), a time limit per file, pypdf's logging
and warnings kept out of the user's terminal, and every exception pypdf may raise on a
damaged or hostile file turned into one plain sentence (:class:`PdfError`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from types import FrameType

from pypdf import PasswordType, PdfReader, apply_configuration, get_configuration
from pypdf.errors import (
    DependencyError,
    EmptyFileError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfReadError,
)
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NullObject, PdfObject

from .guard import MAX_SIGNED_COPY_BYTES, Refused, read_input, read_source
from .messages import Message, say
from .model import SignatureField, SignedCopy
from .signatures import check_signatures

# Seconds of processor time (not of the clock, so that a busy machine does not fail a
# sound file): checking a signed copy takes milliseconds, reading its text ~30 ms a page.
TIMEOUT_SECONDS = 30.0
TEXT_TIMEOUT_SECONDS = 120.0
MAX_TEXT_PAGES = 500  # pages read for an import
MAX_TEXT_CHARS = 2_000_000  # characters kept for an import
MAX_SIGNATURE_FIELDS = 10_000  # form fields visited when looking for signatures

# pypdf's defaults allow 75 MB per decoded stream; a convention's text needs far less.
_LIMITS: dict[str, object] = {
    "zlib_maximum_output_length": 32_000_000,
    "lzw_maximum_output_length": 32_000_000,
    "run_length_maximum_output_length": 32_000_000,
    "array_based_stream_maximum_output_length": 32_000_000,
    "brotli_maximum_output_length": 32_000_000,
    "stream_decoding_work_maximum_length": 128_000_000,
    "image_maximum_buffer_size": 32_000_000,
    "page_tree_maximum_depth": 64,
    "form_fields_maximum_depth": 64,
    "jbig2dec_binary": None,  # never start another program on a file from elsewhere
}

_MB = 1024 * 1024
_PASSWORD = say(
    "is protected by a password: store a copy without a password "
    "(print it to a new PDF, or remove the protection in your PDF software)"
)
_EMPTY = say("is empty: store the complete signed PDF")


class PdfError(Exception):
    """A PDF that cannot be used, with the reason in plain words.

    ``predicate`` ('is not a PDF ...') follows the file's name: a message said in the
    site's language; joined after a name (``f"{name} " + predicate``) it stays one.
    ``str()`` of the error is its English sentence.
    """

    def __init__(self, predicate: str) -> None:
        super().__init__(predicate)
        self.predicate = predicate


class _TimeUp(BaseException):
    """Raised by the alarm; a BaseException so that pypdf's own `except Exception` lets it by."""


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF, page by page, as far as it was read."""

    pages: tuple[str, ...]  # text of each page read, in order
    total_pages: int
    truncated: bool  # pages or characters were left out (limits)
    unreadable_pages: tuple[int, ...]  # 1-based numbers of pages whose text could not be read
    title: str | None  # the title in the PDF's properties, if any
    info: SignedCopy


def inspect_signed_copy(
    path: Path | str,
    rel: str | None = None,
    *,
    max_bytes: int = MAX_SIGNED_COPY_BYTES,
    timeout: float | None = TIMEOUT_SECONDS,
    root: Path | None = None,
) -> tuple[SignedCopy | None, list[str]]:
    """What a signed copy is (pages, size, SHA-256, signature fields), or why it cannot be used.

    ``rel`` is the path recorded in the result (relative to the site root); the messages
    name the file by its name and are meant for an editor. With ``root`` (the site's
    root, ``rel`` relative to it), the file is read as every source is
    (`guard.read_source`: no link, no FIFO, no device); without it, as a file the user
    named (`guard.read_input`).
    """
    path = Path(path)
    rel = rel if rel is not None else path.as_posix()
    try:
        stat = path.lstat() if root is not None else path.stat()
    except OSError as exc:
        return None, [
            say(
                "the signed copy {name!r} cannot be read: {error}",
                name=path.name,
                error=exc.strerror or str(exc),
            )
        ]
    # a link is refused as a source: kept apart from the file it leads to
    key = (str(path.absolute()), rel, stat.st_mtime_ns, stat.st_size, max_bytes, root is None)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached[0], list(cached[1])
    try:
        with _opened(path, max_bytes, timeout, root, rel) as (reader, data, digest):
            info = _info(reader, data, digest, rel)
        result: tuple[SignedCopy | None, tuple[str, ...]] = (info, ())
    except PdfError as exc:
        result = (
            None,
            (say("the signed copy {name!r} {predicate}", name=path.name, predicate=exc.predicate),),
        )
    if len(_CACHE) >= 256:
        _CACHE.clear()
    _CACHE[key] = result
    return result[0], list(result[1])


# mkdocs serve rebuilds the site on every change: inspect each unchanged PDF once
_CACHE: dict[tuple[str, str, int, int, int, bool], tuple[SignedCopy | None, tuple[str, ...]]] = {}


def extract_text(
    path: Path | str,
    rel: str | None = None,
    *,
    max_pages: int = MAX_TEXT_PAGES,
    max_chars: int = MAX_TEXT_CHARS,
    max_bytes: int = MAX_SIGNED_COPY_BYTES,
    timeout: float | None = TEXT_TIMEOUT_SECONDS,
) -> PdfText:
    """The text of every page (within limits); raises PdfError if the PDF cannot be used."""
    path = Path(path)
    rel = rel if rel is not None else path.as_posix()
    with _opened(path, max_bytes, timeout) as (reader, data, digest):
        total = len(reader.pages)
        info = _info(reader, data, digest, rel)
        pages: list[str] = []
        unreadable: list[int] = []
        chars = 0
        truncated = total > max_pages
        for number, page in enumerate(reader.pages[:max_pages], start=1):
            try:
                text = page.extract_text() or ""
            except Exception:  # one damaged page must not cost the others
                unreadable.append(number)
                text = ""
            if chars + len(text) > max_chars:
                pages.append(text[: max_chars - chars])
                truncated = True
                break
            chars += len(text)
            pages.append(text)
        return PdfText(tuple(pages), total, truncated, tuple(unreadable), _title(reader), info)


def _info(reader: PdfReader, data: bytes, digest: str, rel: str) -> SignedCopy:
    """What the PDF is, its signatures checked (within the same guard and time limit)."""
    fields = _signatures(reader)
    signatures = check_signatures(data) if any(f.signed for f in fields) else ()
    return SignedCopy(rel, len(reader.pages), len(data), digest, fields, signatures)


@contextmanager
def _opened(
    path: Path,
    max_bytes: int,
    timeout: float | None,
    root: Path | None = None,
    rel: str | None = None,
) -> Iterator[tuple[PdfReader, bytes, str]]:
    """A PdfReader on the file's bytes, inside the guard; every failure becomes a PdfError."""
    data, digest = _read(path, max_bytes, root, rel)
    try:
        with _guard(timeout):
            try:
                reader = PdfReader(BytesIO(data), strict=False)
                if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                    raise PdfError(_PASSWORD)
                if len(reader.pages) == 0:
                    raise PdfError(say("has no pages: store the complete signed document"))
                yield reader, data, digest
            except PdfError:
                raise
            except Exception as exc:  # pypdf raises far more than PdfReadError
                raise PdfError(_explain(exc, b"/Encrypt" in data)) from None
    except _TimeUp:
        raise PdfError(
            say(
                "took more than {seconds:g} seconds of work to read and was left aside: it is "
                "probably damaged; store a copy made again from the original (print it to a "
                "new PDF)",
                seconds=timeout,
            )
        ) from None


def _read(
    path: Path, max_bytes: int, root: Path | None = None, rel: str | None = None
) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256, never read past the size limit.

    A file of a site (``root`` given, ``rel`` from it) is read as every source is; a file
    named on the command line may be reached through a link, but must be a regular file.
    """
    try:
        if os.path.getsize(path) > max_bytes:
            raise PdfError(_too_big(os.path.getsize(path), max_bytes))
    except OSError:
        pass  # the guard says what it is
    try:
        if root is not None and rel is not None:
            data = read_source(root, rel, max_bytes)
        else:
            data = read_input(path, max_bytes)
    except Refused as refused:
        if refused.code == "too-large":
            raise PdfError(_too_big(None, max_bytes)) from None
        raise PdfError(refused.predicate) from None
    digest = hashlib.sha256(data)
    if not data.strip():
        raise PdfError(_EMPTY)
    if b"%PDF-" not in data[:1024]:
        raise PdfError(_not_a_pdf(data))
    if b"%%EOF" not in data[-2048:]:
        raise PdfError(
            say(
                "is incomplete: it does not end as a PDF does (it was probably cut off while "
                "being copied or downloaded); copy it again from the original"
            )
        )
    return data, digest.hexdigest()


def _too_big(size: int | None, limit: int) -> Message:
    if size is None:
        return say(
            "is larger than the limit of {limit:.0f} MB: store a lighter copy (for example "
            "scanned at 200 dpi, or in black and white)",
            limit=limit / _MB,
        )
    return say(
        "is {size:.1f} MB, more than the limit of {limit:.0f} MB: store a lighter copy (for "
        "example scanned at 200 dpi, or in black and white)",
        size=size / _MB,
        limit=limit / _MB,
    )


_TIFF = say("a TIFF image")
_MAGIC = (
    (b"PK\x03\x04", say("a zip archive, perhaps a Word or LibreOffice document")),
    (b"\xd0\xcf\x11\xe0", say("an old Word or Excel document")),
    (b"{\\rtf", say("an RTF document")),
    (b"\x89PNG", say("a PNG image")),
    (b"\xff\xd8\xff", say("a JPEG image")),
    (b"II*\x00", _TIFF),
    (b"MM\x00*", _TIFF),
    (b"GIF8", say("a GIF image")),
)


def _not_a_pdf(data: bytes) -> Message:
    head = data[:64].lstrip()
    what = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if what is None and head[:1] == b"<":
        what = say("a web page or XML file")
    if what is None:
        return say("is not a PDF: export or scan the signed document to PDF and store that")
    return say(
        "is not a PDF (it is {what}): export or scan the signed document to PDF and store that",
        what=what,
    )


def _explain(exc: BaseException, encrypted: bool = False) -> Message:
    """One plain sentence for whatever pypdf (or Python) raised."""
    if isinstance(exc, FileNotDecryptedError):
        return _PASSWORD
    if encrypted and isinstance(exc, (DependencyError, NotImplementedError)):
        return say(
            "is protected in a way that cannot be opened here (with a certificate, or by an "
            "unknown method): store a copy without protection (print it to a new PDF)"
        )
    if isinstance(exc, DependencyError):
        return say(
            "needs a library that is not installed to be read ({error}): install pacte "
            "with its dependencies again",
            error=str(exc),
        )
    if isinstance(exc, NotImplementedError):
        return say(
            "uses a feature that cannot be read ({error}): store a copy made again from the "
            "original (print it to a new PDF)",
            error=str(exc),
        )
    if isinstance(exc, EmptyFileError):
        return _EMPTY
    if isinstance(exc, LimitReachedError):
        return say(
            "is too large or too complex to read (it goes beyond a safety limit): store a "
            "lighter copy, for example printed again to a new PDF"
        )
    if isinstance(exc, RecursionError):
        return say(
            "is damaged: its structure loops on itself; store a copy made again from the "
            "original (print it to a new PDF)"
        )
    if isinstance(exc, MemoryError):
        return say("is too large to read: store a lighter copy")
    detail = str(exc).strip().splitlines()[0][:160] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, PdfReadError):
        return say(
            "is damaged and cannot be read ({error}): store a copy made again from the original",
            error=detail,
        )
    return say(
        "cannot be read as a PDF ({error}): store a copy made again from the original",
        error=detail,
    )


@contextmanager
def _guard(timeout: float | None) -> Iterator[None]:
    """pypdf's limits, a time limit, and quiet: pypdf logs every repair it makes."""
    logger = logging.getLogger("pypdf")  # its modules log as pypdf.<module>
    quiet = logging.NullHandler()
    propagate = logger.propagate
    logger.addHandler(quiet)
    logger.propagate = False
    try:
        with (
            warnings.catch_warnings(),
            apply_configuration(get_configuration().with_overwrites(**_LIMITS)),
            _deadline(timeout),
        ):
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.removeHandler(quiet)
        logger.propagate = propagate


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise _TimeUp after some seconds of processor time, where an alarm can be set.

    The alarm (SIGVTALRM) can be set in the main thread on POSIX systems; elsewhere
    (another thread, Windows) only pypdf's own limits bound the work.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGVTALRM) in (signal.SIG_DFL, None)
        and signal.getitimer(signal.ITIMER_VIRTUAL)[0] == 0
    )
    if not usable:
        yield
        return
    assert seconds is not None
    armed = [True]

    def ring(signum: int, frame: FrameType | None) -> None:
        if armed[0]:
            raise _TimeUp

    previous = signal.signal(signal.SIGVTALRM, ring)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def _signatures(reader: PdfReader) -> tuple[SignatureField, ...]:
    """The signature fields of the PDF's form, each signed or not (a value is present).

    Whether a signature is valid is not checked: that needs the signer's certificate.
    A damaged form is read as having no signature fields rather than failing the file.
    """
    try:
        form = _resolve(reader.trailer["/Root"]).get("/AcroForm")
        fields = _resolve(form).get("/Fields") if form is not None else None
    except Exception:
        return ()
    found: list[SignatureField] = []
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[PdfObject, str, object]] = [
        (kid, "", None) for kid in reversed(_array(fields))
    ]
    visited = 0
    while stack and visited < MAX_SIGNATURE_FIELDS:
        item, parent, inherited = stack.pop()
        visited += 1
        try:
            if isinstance(item, IndirectObject):
                ref = (item.idnum, item.generation)
                if ref in seen:
                    continue
                seen.add(ref)
            field = _resolve(item)
            if not field:
                continue
            part = field.get("/T")
            name = f"{parent}.{part}" if parent and part is not None else str(part or parent)
            kind = field.get("/FT", inherited)
            kids = [k for k in _array(field.get("/Kids")) if "/T" in _resolve(k)]
            if kids:
                stack.extend((kid, name, kind) for kid in reversed(kids))
            elif kind == "/Sig" and part is not None:
                value = field.get("/V")
                signed = value is not None and not isinstance(_plain(value), NullObject)
                found.append(SignatureField(name or f"signature {len(found) + 1}", signed))
        except Exception:
            continue
    return tuple(found)


def _plain(value: PdfObject) -> PdfObject | None:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _resolve(value: object) -> DictionaryObject:
    """The dictionary behind a value, or an empty one."""
    if isinstance(value, IndirectObject):
        value = value.get_object()
    return value if isinstance(value, DictionaryObject) else DictionaryObject()


def _array(value: object) -> list[PdfObject]:
    if isinstance(value, IndirectObject):
        value = value.get_object()
    return list(value) if isinstance(value, ArrayObject) else []


def _title(reader: PdfReader) -> str | None:
    try:
        metadata = reader.metadata
        title = metadata.title if metadata is not None else None
    except Exception:
        return None
    return str(title).strip() or None if title else None
