"""Signed copies: real PDFs that open, and damaged or hostile ones that never crash Pacte."""

from __future__ import annotations

import contextlib
import hashlib
import json
import struct
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PageObject, PdfReader
from pypdf.errors import (
    DeprecationError,
    EmptyFileError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfReadError,
    PdfStreamError,
    WrongPasswordError,
)

import pacte.pdf as pdf
from conftest import run_pacte
from pacte.load import load_site
from pacte.model import SignatureField
from pacte.pdf import PdfError, extract_text, inspect_signed_copy
from sitefixture import write_site
from test_pdf_makers import (
    ALGORITHMS,
    Library,
    broken_flate_stream,
    circular_page_tree,
    corrupted,
    decompression_bomb,
    deep_page_tree,
    encrypted,
    handmade_pdf,
    huge_declared_stream,
    image_only_pdf,
    library,
    looping_page_tree,
    needs_soffice,
    pypdf_text_pdf,
    simple_objects,
    truncated,
    unsupported_encryption,
    wrong_xref,
)

TEXT_PAGES = [
    ["CONVENTION DE PARTENARIAT 2024-2026", "Article 1 – Objet", "La convention fixe..."],
    ["Article 2 – Durée", "Du 1er janvier 2024 au 31 décembre 2026."],
]
SOUND = pypdf_text_pdf(TEXT_PAGES, title="Convention de partenariat")


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return library(tmp_path_factory)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def only_problem(path: Path) -> str:
    info, problems = inspect_signed_copy(path)
    assert info is None
    assert len(problems) == 1
    assert problems[0].startswith(f"the signed copy {path.name!r} ")
    return problems[0]


# --- sound PDFs -------------------------------------------------------------------


def test_a_pdf_written_by_pypdf_gives_pages_size_and_checksum(tmp_path: Path) -> None:
    path = write(tmp_path, "2024-2026.pdf", SOUND)
    info, problems = inspect_signed_copy(path, "conventions/c/2024-2026.pdf")
    assert problems == []
    assert info is not None
    assert info.path == "conventions/c/2024-2026.pdf"
    assert info.pages == 2
    assert info.size == len(SOUND) == path.stat().st_size
    assert info.sha256 == hashlib.sha256(SOUND).hexdigest()
    assert info.signature_fields == ()


@needs_soffice
def test_libreoffice_exports_open_with_their_page_count(pdfs: Library) -> None:
    for path in [*pdfs.libreoffice.values(), *pdfs.examples.values()]:
        info, problems = inspect_signed_copy(path)
        assert problems == [], path
        assert info is not None and info.pages >= 1
        assert info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    long_info, _ = inspect_signed_copy(pdfs.libreoffice["long"])
    assert long_info is not None and long_info.pages >= 90


@needs_soffice
def test_inspecting_a_hundred_page_pdf_reads_no_page_and_each_file_once(
    pdfs: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a signed copy says (pages, size, fields, signatures) costs no page's content,
    and an unchanged file is read once (`mkdocs serve` rebuilds on every change). Counted,
    not timed: its speed is the benchmark's."""
    opened: list[object] = []
    monkeypatch.setattr(pdf, "PdfReader", lambda *a, **k: opened.append(a) or PdfReader(*a, **k))

    def no_text(*args: object, **kwargs: object) -> str:
        raise AssertionError("a page's text was extracted to inspect the file")

    monkeypatch.setattr(PageObject, "extract_text", no_text)
    pdf._CACHE.clear()
    info, _ = inspect_signed_copy(pdfs.libreoffice["long"])
    again, _ = inspect_signed_copy(pdfs.libreoffice["long"])
    assert info == again and info is not None and info.pages >= 90
    assert len(opened) == 1


def test_signature_fields_are_reported_signed_or_not(tmp_path: Path) -> None:
    data = pypdf_text_pdf(TEXT_PAGES, signatures=[("Commune", True), ("Association", False)])
    info, problems = inspect_signed_copy(write(tmp_path, "signed.pdf", data))
    assert problems == []
    assert info is not None
    assert info.signature_fields == (
        SignatureField("Commune", True),
        SignatureField("Association", False),
    )


def test_signature_fields_in_a_hierarchy_inherit_their_type_and_loops_are_cut(
    tmp_path: Path,
) -> None:
    objects = simple_objects(["Article 1"])
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 10 0 R] >> >>"
    objects += [
        b"<< /T (Signatures) /FT /Sig /Kids [7 0 R 8 0 R 6 0 R] >>",  # 6 lists itself
        b"<< /T (Maire) /Parent 6 0 R /V 9 0 R /Subtype /Widget /Rect [0 0 1 1] >>",
        b"<< /T (Presidente) /Parent 6 0 R /V null /Subtype /Widget /Rect [0 0 1 1] >>",
        b"<< /Type /Sig /Filter /Adobe.PPKLite /Contents <00> >>",
        b"<< /T (Nom) /FT /Tx /V (Dupont) >>",  # a text field, not a signature
    ]
    info, problems = inspect_signed_copy(write(tmp_path, "form.pdf", handmade_pdf(objects)))
    assert problems == []
    assert info is not None
    assert info.signature_fields == (
        SignatureField("Signatures.Maire", True),
        SignatureField("Signatures.Presidente", False),
    )


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_pdf_encrypted_without_a_user_password_opens(tmp_path: Path, algorithm: str) -> None:
    path = write(tmp_path, "locked.pdf", encrypted(SOUND, algorithm, ""))
    info, problems = inspect_signed_copy(path)
    assert problems == []
    assert info is not None and info.pages == 2
    assert "La convention fixe" in extract_text(path).pages[0]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_a_pdf_protected_by_a_password_is_refused_with_what_to_do(
    tmp_path: Path, algorithm: str
) -> None:
    message = only_problem(write(tmp_path, "locked.pdf", encrypted(SOUND, algorithm, "secret")))
    assert "protected by a password" in message
    assert "store a copy without a password" in message


def test_a_pdf_encrypted_with_a_certificate_is_refused(tmp_path: Path) -> None:
    message = only_problem(write(tmp_path, "pubsec.pdf", unsupported_encryption()))
    assert "protected" in message and "without protection" in message


# --- what is not a usable PDF -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        (b"<!DOCTYPE html><html><body>Convention</body></html>", "a web page"),
        (b"PK\x03\x04" + b"\x00" * 200, "Word or LibreOffice document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200, "old Word"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 200, "JPEG image"),
        (b"Convention de partenariat, texte brut", "is not a PDF"),
    ],
    ids=["empty", "blank", "html", "docx", "doc", "png", "jpeg", "text"],
)
def test_a_file_that_is_not_a_pdf_says_what_it_is(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    assert expected in only_problem(write(tmp_path, "copy.pdf", data))


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    assert "cannot be read" in only_problem(tmp_path / "absent.pdf")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "heavy.pdf", SOUND)
    info, problems = inspect_signed_copy(path, max_bytes=1024)
    assert info is None
    assert "more than the limit" in problems[0] and "lighter copy" in problems[0]
    assert pdf.MAX_SIGNED_COPY_BYTES == 50 * 1024 * 1024
    with pytest.raises(PdfError, match="more than the limit"):
        extract_text(path, max_bytes=1024)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_a_truncated_pdf_is_reported_incomplete(tmp_path: Path, fraction: float) -> None:
    message = only_problem(write(tmp_path, "cut.pdf", truncated(SOUND, fraction)))
    assert "incomplete" in message and "copy it again" in message


@needs_soffice
@pytest.mark.parametrize("fraction", [0.3, 0.7, 0.99])
def test_a_truncated_libreoffice_export_is_reported_incomplete(
    tmp_path: Path, pdfs: Library, fraction: float
) -> None:
    data = pdfs.libreoffice["italian"].read_bytes()
    assert "incomplete" in only_problem(write(tmp_path, "cut.pdf", truncated(data, fraction)))


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        (circular_page_tree, "damaged"),
        (looping_page_tree, "damaged"),
        (deep_page_tree, "safety limit"),
    ],
    ids=["circular", "looping", "5000-deep"],
)
def test_a_broken_page_tree_is_reported_damaged(
    tmp_path: Path, maker: Callable[[], bytes], expected: str
) -> None:
    path = write(tmp_path, "tree.pdf", maker())
    assert expected in only_problem(path)
    with pytest.raises(PdfError, match=expected):
        extract_text(path)


def test_a_wrong_cross_reference_table_is_repaired_quietly(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "xref.pdf", wrong_xref())
    info, problems = inspect_signed_copy(path)
    assert problems == [] and info is not None and info.pages == 1
    assert "Article 1 – Objet" in extract_text(path).pages[0]
    captured = capfd.readouterr()
    assert captured.out == "" and captured.err == "", "pypdf's repair log reached the terminal"


@pytest.mark.parametrize(
    "maker",
    [huge_declared_stream, broken_flate_stream, decompression_bomb],
    ids=lambda maker: maker.__name__,
)
def test_a_broken_or_huge_content_stream_costs_only_its_page(
    tmp_path: Path, maker: Callable[[], bytes]
) -> None:
    path = write(tmp_path, "stream.pdf", maker())
    info, problems = inspect_signed_copy(path)
    assert problems == [] and info is not None and info.pages == 1
    text = extract_text(path)
    assert text.pages in (("",), ("Article 1",)) or text.unreadable_pages == (1,)


@needs_soffice
def test_corrupted_bytes_in_a_libreoffice_export_are_repaired_or_reported(
    tmp_path: Path, pdfs: Library
) -> None:
    data = pdfs.libreoffice["two-columns"].read_bytes()
    table = data.rindex(b"\nxref\n") + 6
    cases = {
        "xref": corrupted(data, table, b"ZZ 99\nQQQQ"),
        "middle": corrupted(data, len(data) // 2, b"\x00\xff garbage \x00" * 30),
        "start": corrupted(data, 20, b"\x00" * 400),
        "trailer": corrupted(data, data.rindex(b"trailer"), b"tr@iler <<"),
    }
    for name, broken in cases.items():
        path = write(tmp_path, f"{name}.pdf", broken)
        info, problems = inspect_signed_copy(path)
        assert (info is None) == bool(problems), name
        with contextlib.suppress(PdfError):
            extract_text(path)


def test_an_image_only_scan_opens_and_has_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", image_only_pdf())
    info, problems = inspect_signed_copy(path)
    assert problems == [] and info is not None and info.pages == 2
    assert "".join(extract_text(path).pages).strip() == ""


# --- nothing escapes --------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        PdfReadError("bad"),
        PdfStreamError("stream"),
        EmptyFileError("empty"),
        FileNotDecryptedError("locked"),
        WrongPasswordError("wrong"),
        LimitReachedError("limit"),
        DeprecationError("old"),
        NotImplementedError("unsupported filter"),
        RecursionError("deep"),
        MemoryError(),
        KeyError("/Root"),
        ValueError("bad value"),
        TypeError("bad type"),
        AttributeError("no attribute"),
        IndexError("index"),
        AssertionError(),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
        struct.error("unpack"),
        zlib.error("inflate"),
        OSError("io"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_every_exception_pypdf_may_raise_becomes_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(pdf, "PdfReader", explode)
    message = only_problem(write(tmp_path, f"{type(error).__name__}.pdf", SOUND))
    assert "Traceback" not in message
    with pytest.raises(PdfError):
        extract_text(tmp_path / f"{type(error).__name__}.pdf")


def test_a_pdf_that_takes_too_long_is_left_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if threading.current_thread() is not threading.main_thread():
        pytest.skip("the time limit uses an alarm, which only the main thread receives")

    class Endless:
        """A parser that never ends (pypdf's own `except Exception` would not stop the alarm)."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            while True:
                with contextlib.suppress(Exception):
                    sum(range(10_000))

    monkeypatch.setattr(pdf, "PdfReader", Endless)
    start = time.process_time()
    info, problems = inspect_signed_copy(write(tmp_path, "slow.pdf", SOUND), timeout=0.2)
    assert time.process_time() - start < 3
    assert info is None and "more than 0.2 seconds of work" in problems[0]
    with pytest.raises(PdfError, match=r"more than 0\.3 seconds"):
        extract_text(tmp_path / "slow.pdf", timeout=0.3)
    busy = time.process_time() + 0.5
    while time.process_time() < busy:  # the alarm is disarmed: nothing rings afterwards
        pass


_BASE = handmade_pdf(simple_objects(["Article 1 – Objet", "Texte de l'article."]))


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    source=st.sampled_from(["handmade", "pypdf"]),
    edits=st.lists(
        st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=16)), min_size=1, max_size=6
    ),
    cut=st.one_of(st.none(), st.floats(0.05, 1)),
)
def test_random_damage_never_escapes(
    tmp_path: Path, source: str, edits: list[tuple[float, bytes]], cut: float | None
) -> None:
    data = _BASE if source == "handmade" else SOUND
    for where, garbage in edits:
        data = corrupted(data, int(where * (len(data) - len(garbage))), garbage)
    if cut is not None:
        data = truncated(data, cut) + b"\n%%EOF\n"  # past the quick check for truncation
    path = write(tmp_path, "fuzz.pdf", data)
    pdf._CACHE.clear()
    info, problems = inspect_signed_copy(path, timeout=5)  # bounded by the guard
    assert (info is None) == bool(problems)
    with contextlib.suppress(PdfError):
        extract_text(path, timeout=5)


# --- in the sources: pacte validate -----------------------------------------------

VERSION = """\
---
title: Convention de partenariat
status: in-force
adopted: 2024-03-12
parties: [{{member: commune, signed: 2024-03-12}}]
signed_copy: {name}
---

## Article 1 – Objet

Texte.
"""


def small_site(root: Path, copies: dict[str, bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text("- id: commune\n  name: Commune\n", encoding="utf-8")
    for label, data in copies.items():
        folder = root / "conventions" / f"doc-{label}"
        folder.mkdir(parents=True)
        (folder / "2024.md").write_text(VERSION.format(name=f"{label}.pdf"), encoding="utf-8")
        (folder / f"{label}.pdf").write_bytes(data)
    return root


def test_the_loader_records_what_the_signed_copy_is(tmp_path: Path) -> None:
    data = pypdf_text_pdf(TEXT_PAGES, signatures=[("Commune", True)])
    site = load_site(small_site(tmp_path, {"good": data}), "fr")
    assert site.problems == []
    version = site.versions()[0]
    assert version.signed_copy == "conventions/doc-good/good.pdf"
    info = version.signed_copy_info
    assert info is not None
    assert (info.path, info.pages, info.size) == (version.signed_copy, 2, len(data))
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.signature_fields == (SignatureField("Commune", True),)


def test_pacte_validate_reports_each_bad_copy_at_its_line(tmp_path: Path) -> None:
    root = small_site(
        tmp_path,
        {
            "locked": encrypted(SOUND, "AES-256", "secret"),
            "cut": truncated(SOUND, 0.5),
            "loop": circular_page_tree(),
            "word": b"PK\x03\x04" + b"\x00" * 64,
            "good": SOUND,
        },
    )
    result = run_pacte("validate", cwd=root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = sorted(line for line in result.stdout.splitlines() if "[bad-pdf]" in line)
    assert len(lines) == 4, result.stdout
    assert all(":6:14: error: the signed copy " in line for line in lines), lines
    text = "\n".join(lines)
    assert "conventions/doc-locked/2024.md:6:14" in text and "password" in text
    assert "conventions/doc-cut/2024.md:6:14" in text and "incomplete" in text
    assert "conventions/doc-loop/2024.md:6:14" in text and "damaged" in text
    assert "conventions/doc-word/2024.md:6:14" in text and "not a PDF" in text
    assert "doc-good" not in result.stdout


def test_the_open_data_carries_what_the_signed_copy_is(tmp_path: Path) -> None:
    data = pypdf_text_pdf(TEXT_PAGES, signatures=[("Commune", True), ("Témoin", False)])
    root = small_site(tmp_path / "site", {"good": data})
    result = run_pacte("export", "--out", str(tmp_path / "data"), cwd=root)
    assert result.returncode == 0, result.stderr
    rows = json.loads((tmp_path / "data" / "documents.json").read_text(encoding="utf-8"))
    copy = rows[0]["signed_copy"]
    assert copy["pages"] == 2 and copy["size"] == len(data)
    assert copy["sha256"] == hashlib.sha256(data).hexdigest()
    assert copy["signature_fields"] == [
        {"name": "Commune", "signed": True},
        {"name": "Témoin", "signed": False},
    ]


def test_the_text_read_for_an_import_is_bounded(tmp_path: Path) -> None:
    path = write(tmp_path, "c.pdf", SOUND)
    whole = extract_text(path)
    assert (len(whole.pages), whole.total_pages, whole.truncated) == (2, 2, False)
    assert whole.title == "Convention de partenariat"
    first = extract_text(path, max_pages=1)
    assert (len(first.pages), first.total_pages, first.truncated) == (1, 2, True)
    short = extract_text(path, max_chars=20)
    assert short.truncated and sum(len(page) for page in short.pages) == 20


def test_pypdf_is_loaded_only_for_a_pdf(tmp_path: Path) -> None:
    """Loading pypdf costs a third of a second: a command, a pre-commit check or a build
    of a site without signed copies does without it."""
    root = write_site(tmp_path / "site")
    script = (
        "import sys\n"
        "import pacte.cli, pacte.mkdocs_plugin\n"
        "from pacte.load import load_site\n"
        f"load_site({str(root)!r})\n"
        "print('pypdf' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False", result.stderr
