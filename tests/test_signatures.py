"""Signed copies pinned by their SHA-256, and their PDF signatures checked with pyHanko.

The PDFs are real: pypdf writes the document with empty signature fields, pyHanko signs
them with a throw-away self-signed certificate made here, and the tests tamper with the
result as someone could: a byte changed under a signature, an update that adds a page,
another party's signature (which is no tampering), a file swapped for another.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO
from pathlib import Path
from typing import TypeVar

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from conftest import run_pacte
from pacte.load import load_site
from pacte.pdf import inspect_signed_copy
from test_pdf_makers import pypdf_text_pdf

PAGES = [
    ["CONVENTION DE PARTENARIAT 2025", "Article 1 – Objet", "La convention fixe le cadre."],
    ["Article 2 – Durée", "Du 1er janvier 2025 au 31 décembre 2027."],
]
SIGNED_AT = dt.datetime(2025, 3, 12, 9, 30, tzinfo=dt.UTC)


T = TypeVar("T")


def certificate(name: str) -> signers.SimpleSigner:
    """A throw-away self-signed certificate in NAME, and a signer with its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
        .sign(key, hashes.SHA256())
    )
    certificate = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=SimpleCertificateStore.from_certs([certificate]),
    )


class _Dated(signers.PdfSigner):
    def init_signing_session(self, pdf_out, existing_fields_only=False):  # type: ignore[no-untyped-def]
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = SIGNED_AT
        return session


def in_a_thread(work: Callable[[], T]) -> T:
    """pyHanko runs asyncio.run: where a loop already runs (Playwright's, when browser
    tests share this process), it must run in a thread of its own."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(work).result()


def sign(data: bytes, field: str, signer_name: str) -> bytes:
    """DATA with FIELD signed by SIGNER_NAME, in an incremental update of its own."""
    meta = signers.PdfSignatureMetadata(field_name=field, md_algorithm="sha256")
    out = in_a_thread(
        lambda: _Dated(meta, certificate(signer_name)).sign_pdf(
            IncrementalPdfFileWriter(BytesIO(data)), existing_fields_only=True
        )
    )
    return out.getvalue()


def unsigned() -> bytes:
    return pypdf_text_pdf(PAGES, signatures=[("Commune", False), ("Association", False)])


def signed_by_both() -> bytes:
    return sign(sign(unsigned(), "Commune", "Jeanne Martin"), "Association", "Paul Roux")


def with_new_page(data: bytes) -> bytes:
    """An incremental update that adds a page with text: content changed after signing."""
    writer = IncrementalPdfFileWriter(BytesIO(data))
    pages_ref = writer.root.raw_get("/Pages")
    pages = pages_ref.get_object()
    first = pages["/Kids"][0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 11 Tf 60 790 Td (Article 3 - Ajout) Tj ET")
    page = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/Parent"): pages_ref,
            generic.NameObject("/MediaBox"): first["/MediaBox"],
            generic.NameObject("/Resources"): first["/Resources"],
            generic.NameObject("/Contents"): writer.add_object(stream),
        }
    )
    pages["/Kids"].append(writer.add_object(page))
    pages[generic.NameObject("/Count")] = generic.NumberObject(int(pages["/Count"]) + 1)
    writer.update_container(pages)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def changed_inside(data: bytes) -> bytes:
    """One letter of the text changed, under the first signature (same length)."""
    at = data.index(b"fixe le cadre")
    return data[:at] + b"fixa" + data[at + 4 :]


VERSION = """---
title: Convention de partenariat
status: in-force
adopted: 2025-03-12
parties: [{member: commune, signed: 2025-03-12}, {member: association, signed: 2025-03-12}]
signed_copy: {copy}
---

## Article 1 – Objet

Texte.
"""


def site(root: Path, data: bytes, copy: str = "2025.pdf") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "members.yml").write_text(
        "- id: commune\n  name: Commune\n- id: association\n  name: Association\n",
        encoding="utf-8",
    )
    folder = root / "conventions" / "convention-partenariat"
    folder.mkdir(parents=True)
    (folder / "2025.md").write_text(VERSION.replace("{copy}", copy), encoding="utf-8")
    (folder / "2025.pdf").write_bytes(data)
    return root


OTHERS = ("[signature-fields-missing]",)  # a field left unsigned: not what is tested here


def problems(root: Path) -> list[str]:
    """What `pacte validate` prints, as a user runs it, but the summary line."""
    result = run_pacte("validate", cwd=root)
    assert "Traceback" not in result.stdout + result.stderr
    return [
        line
        for line in result.stdout.splitlines()
        if line.startswith("conventions/") and not line.endswith(OTHERS)
    ]


FILE = "conventions/convention-partenariat/2025.md"


# --- what a signature says -------------------------------------------------------------


def test_two_parties_signing_one_after_the_other_is_no_problem(tmp_path: Path) -> None:
    data = signed_by_both()
    info, troubles = inspect_signed_copy(write(tmp_path, data))
    assert troubles == [] and info is not None
    first, second = info.signatures
    assert (first.field, first.signer, first.signed_at) == ("Commune", "Jeanne Martin", SIGNED_AT)
    assert (second.field, second.signer) == ("Association", "Paul Roux")
    assert first.intact and second.intact
    assert not first.covers_whole_file and second.covers_whole_file  # the second came after
    assert not first.modified_after and not second.modified_after
    assert problems(site(tmp_path / "site", data)) == []


def test_a_byte_changed_under_a_signature_breaks_it(tmp_path: Path) -> None:
    data = changed_inside(signed_by_both())
    info, _ = inspect_signed_copy(write(tmp_path, data))
    assert info is not None
    assert [s.intact for s in info.signatures] == [False, False]
    found = problems(site(tmp_path / "site", data))
    broken = [line for line in found if "[signature-broken]" in line]
    assert len(broken) == 2, found
    assert all(line.startswith(f"{FILE}:6:14: error: ") for line in broken), broken
    assert "'Commune' (signed by Jeanne Martin)" in broken[0] + broken[1]


def test_a_page_added_after_signing_is_a_modification(tmp_path: Path) -> None:
    data = with_new_page(sign(unsigned(), "Commune", "Jeanne Martin"))
    info, _ = inspect_signed_copy(write(tmp_path, data))
    assert info is not None and info.pages == 3
    (signature,) = info.signatures
    assert signature.intact and signature.modified_after and not signature.covers_whole_file
    found = problems(site(tmp_path / "site", data))
    assert len(found) == 1, found
    assert found[0].startswith(f"{FILE}:6:14: warning: the signed copy '2025.pdf' was changed")
    assert found[0].endswith("[modified-after-signing]")
    assert run_pacte("validate", "--strict", cwd=tmp_path / "site").returncode == 1


def with_new_title(data: bytes) -> bytes:
    """An incremental update that changes nothing but the document's information."""
    writer = IncrementalPdfFileWriter(BytesIO(data))
    writer.set_info(
        generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject("Autre")})
    )
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(lambda data: data + b"\n% bytes added\n", id="bytes-that-are-no-revision"),
        pytest.param(with_new_title, id="the-information-changed"),
    ],
)
def test_bytes_added_after_the_last_signature_are_a_modification(
    tmp_path: Path, after: Callable[[bytes], bytes]
) -> None:
    """No later signature covers them, whatever they do: the page must not say the file
    is the one that was signed."""
    data = after(signed_by_both())
    info, _ = inspect_signed_copy(write(tmp_path, data))
    assert info is not None
    first, second = info.signatures
    assert first.intact and second.intact and not second.covers_whole_file
    assert second.modified_after and not first.modified_after  # the second one covers it
    found = problems(site(tmp_path / "site", data))
    assert len(found) == 1, found
    assert "after its signature 'Association'" in found[0], found
    assert found[0].endswith("[modified-after-signing]")


@pytest.mark.parametrize(("pages", "shown"), [(1, "1 page ·"), (2, "2 pages ·")])
def test_the_version_page_counts_the_pages_of_its_signed_copy(
    tmp_path: Path, pages: int, shown: str
) -> None:
    from pacte.build import build_site

    root = site(tmp_path / "site", pypdf_text_pdf(PAGES[:pages]))
    result = build_site(root, language="fr", today=dt.date(2026, 11, 22))
    assert result.generator is not None
    rendered = result.generator.render("conventions/convention-partenariat/2025.md")
    page = rendered.html + "".join(rendered.late)
    copy = page.split('class="pacte-signed-copy"', 1)[1].split("</dd>", 1)[0]
    assert shown in copy


def test_a_signature_field_filled_without_a_digital_signature_is_not_checked(
    tmp_path: Path,
) -> None:
    data = pypdf_text_pdf(PAGES, signatures=[("Commune", True)])
    info, _ = inspect_signed_copy(write(tmp_path, data))
    assert info is not None and info.signatures == ()


# --- pinned originals ------------------------------------------------------------------


def test_a_copy_that_is_not_the_pinned_file_is_reported_at_its_sha256(tmp_path: Path) -> None:
    data = signed_by_both()
    pinned = hashlib.sha256(b"the original").hexdigest()
    root = site(tmp_path, data, copy=f"\n  path: 2025.pdf\n  sha256: {pinned}")
    found = problems(root)
    assert len(found) == 1, found
    line = found[0]
    assert line.startswith(f"{FILE}:8:11: error: the signed copy '2025.pdf' is not the file")
    assert hashlib.sha256(data).hexdigest()[:12] in line and pinned[:12] in line
    assert "pacte pin conventions/convention-partenariat/2025.pdf" in line
    assert line.endswith("[signed-copy-changed]")


@pytest.mark.parametrize(
    ("value", "column"),
    [("abc123", 39), ("'" + "g" * 64 + "'", 39), ("[1, 2]", 39)],
)
def test_a_sha256_that_is_not_64_hex_digits_is_an_error(
    tmp_path: Path, value: str, column: int
) -> None:
    root = site(tmp_path, signed_by_both(), copy=f"{{path: 2025.pdf, sha256: {value}}}")
    found = problems(root)
    assert len(found) == 1, found
    assert found[0].startswith(f"{FILE}:6:{column}: error: ")
    assert "[bad-hash]" in found[0] or "[wrong-type]" in found[0]


def test_the_pinned_form_needs_its_path(tmp_path: Path) -> None:
    root = site(tmp_path, signed_by_both(), copy="{sha256: " + "0" * 64 + "}")
    found = problems(root)
    assert any("[missing-key]" in line and "'path'" in line for line in found), found


def test_a_missing_pinned_file_is_still_a_missing_file(tmp_path: Path) -> None:
    root = site(tmp_path, signed_by_both(), copy="{path: 2024.pdf, sha256: " + "0" * 64 + "}")
    found = problems(root)
    assert len(found) == 1 and found[0].endswith("[missing-file]"), found
    assert found[0].startswith(f"{FILE}:6:21: error: ")


def test_pacte_pin_prints_the_line_to_paste_and_it_validates(tmp_path: Path) -> None:
    data = signed_by_both()
    root = site(tmp_path, data)
    pdf = "conventions/convention-partenariat/2025.pdf"
    result = run_pacte("pin", pdf, cwd=root)
    assert result.returncode == 0, result.stderr
    digest = hashlib.sha256(data).hexdigest()
    assert result.stdout == f"signed_copy: {{path: 2025.pdf, sha256: {digest}}}\n"
    assert "signature 'Commune' is intact" in result.stderr
    version = root / FILE
    text = version.read_text(encoding="utf-8")
    version.write_text(text.replace("signed_copy: 2025.pdf\n", result.stdout), encoding="utf-8")
    assert problems(root) == []
    loaded = load_site(root, "fr").versions()[0]
    assert loaded.signed_copy_pin == digest
    # then the file is swapped for another: the pin says so
    (root / pdf).write_bytes(sign(unsigned(), "Commune", "Jeanne Martin"))
    found = problems(root)
    assert len(found) == 1 and found[0].endswith("[signed-copy-changed]"), found


def test_pacte_pin_refuses_what_is_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    result = run_pacte("pin", "scan.pdf", "absent.pdf", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "not a PDF" in result.stderr and "absent.pdf: no such file" in result.stderr


def test_the_example_site_signed_copy_is_pinned_and_intact() -> None:
    root = Path(__file__).resolve().parent.parent
    info, troubles = inspect_signed_copy(
        root / "conventions/convention-avip-canton-valais/2025.pdf"
    )
    assert troubles == [] and info is not None
    assert [s.field for s in info.signatures] == ["Canton du Valais", "AVIP"]
    assert all(s.intact and not s.modified_after for s in info.signatures)


def write(folder: Path, data: bytes, name: str = "copy.pdf") -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_signatures_are_checked_where_an_event_loop_already_runs() -> None:
    """pyHanko runs a loop of its own: an asynchronous host must not turn it into 'broken'."""
    import asyncio

    from conftest import ROOT
    from pacte.signatures import check_signatures

    data = (ROOT / "conventions" / "convention-avip-canton-valais" / "2025.pdf").read_bytes()

    async def inside() -> list[bool]:
        return [s.intact for s in check_signatures(data)]

    assert in_a_thread(lambda: asyncio.run(inside())) == [True, True]


def test_the_example_page_says_its_signatures_are_intact(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from conftest import ROOT

    env = {**os.environ, "PACTE_TODAY": "2026-11-22", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "s")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "s/conventions/convention-avip-canton-valais/2025/index.html").read_text()
    assert page.count("signature intacte") == 2
    assert "certificat de démonstration" in page
    assert "valide" not in page.split('id="signatures"', 1)[1].split("</section>", 1)[0]
