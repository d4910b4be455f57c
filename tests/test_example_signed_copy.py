"""The example site's signed original: made from its text by scripts/make_signed_copy.py.

The convention between the AVIP and the canton of Valais (2025) carries the PDF that the
script made: its own text exported by LibreOffice, one signature field per signatory
party on the last page, each signed with a demonstration certificate. These tests read
the committed PDF as a reader would, build the repository's site, and run the script
again to see that it makes the same document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from conftest import ROOT
from pacte.load import load_site
from pacte.model import SignatureField, Site, Version
from pacte.pdf import extract_text, inspect_signed_copy
from sitefixture import mkdocs_build
from test_pdf_makers import needs_soffice

VERSION_FILE = "conventions/convention-avip-canton-valais/2025.md"
SIGNED_COPY = "conventions/convention-avip-canton-valais/2025.pdf"
VERSION_URL = "conventions/convention-avip-canton-valais/2025"
SCRIPT = ROOT / "scripts" / "make_signed_copy.py"
DEMONSTRATION = "Exemple – certificat de démonstration, sans valeur"


@pytest.fixture(scope="module")
def example() -> tuple[Site, Version]:
    site = load_site(ROOT)
    version = next(v for v in site.versions() if v.path == VERSION_FILE)
    return site, version


def signatory_fields(site: Site, version: Version) -> list[str]:
    """The fields the PDF should have: one per signatory party, named after it."""
    return [
        site.organisations[party.member].label
        for party in version.parties
        if party.role == "signatory"
    ]


def plain(text: str) -> str:
    """Text with Markdown's marks and line breaks gone, as a PDF's text reads."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(re.sub(r"(\*\*|\*|__|`)", "", text).split())


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(extract_text(path).pages).split())


@dataclass(frozen=True)
class Signature:
    field: str
    intact: bool
    trusted: bool  # valid with its own certificate as the only trust root
    whole_file: bool
    changes_after: str  # pyHanko's word for what later revisions changed
    signed_at: dt.datetime | None
    subject: str


def signatures(path: Path) -> list[Signature]:
    """Every signature of the PDF as pyHanko validates it, offline.

    pyHanko runs asyncio.run: in a thread of its own, since browser tests sharing this
    process keep Playwright's loop running."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_signatures, path).result()


def _signatures(path: Path) -> list[Signature]:
    found = []
    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        for embedded in reader.embedded_signatures:
            context = ValidationContext(trust_roots=[embedded.signer_cert], allow_fetching=False)
            status = validate_pdf_signature(embedded, context)
            found.append(
                Signature(
                    field=embedded.field_name,
                    intact=status.intact,
                    trusted=status.valid and status.trusted and status.bottom_line,
                    whole_file=status.coverage.name == "ENTIRE_FILE",
                    changes_after=status.modification_level.name,
                    signed_at=status.signer_reported_dt,
                    subject=embedded.signer_cert.subject.native["common_name"],
                )
            )
    return found


def widgets(path: Path) -> list[tuple[str, int, tuple[float, ...]]]:
    """(name, page number from 1, rectangle) of every signature field's widget."""
    reader = PdfReader(path)
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages, 1)}
    found = []
    for reference in reader.trailer["/Root"]["/AcroForm"]["/Fields"]:
        field = reference.get_object()
        assert field["/FT"] == "/Sig"
        assert field["/Subtype"] == "/Widget"
        rect = tuple(float(n) for n in field["/Rect"])
        found.append((str(field["/T"]), pages[field.raw_get("/P").idnum], rect))
    return found


# --- the committed PDF ---------------------------------------------------------------


def test_the_version_names_its_signed_copy_and_the_site_is_valid(
    example: tuple[Site, Version],
) -> None:
    site, version = example
    assert version.status == "in-force" and version.lang == "fr"
    assert version.signed_copy == SIGNED_COPY
    assert [p for p in site.problems if p.path == VERSION_FILE] == []
    info = version.signed_copy_info
    assert info is not None
    data = (ROOT / SIGNED_COPY).read_bytes()
    assert info.size == len(data) < 200 * 1024
    assert info.sha256 == hashlib.sha256(data).hexdigest()


def test_the_signed_copy_opens_and_holds_the_articles_of_the_version(
    example: tuple[Site, Version],
) -> None:
    site, version = example
    reader = PdfReader(ROOT / SIGNED_COPY)
    assert len(reader.pages) >= 1
    assert reader.metadata is not None and reader.metadata.title == version.title
    text = pdf_text(ROOT / SIGNED_COPY)
    assert len(version.articles) == 7
    for article in version.articles:
        assert plain(article.heading) in text, article.heading
        assert plain(article.text) in text, article.heading
    for party in version.parties:  # the parties, signatory or partner, are named
        assert plain(site.organisations[party.member].name) in text


def test_each_signatory_party_has_its_field_on_the_last_page_signed_and_intact(
    example: tuple[Site, Version],
) -> None:
    site, version = example
    names = signatory_fields(site, version)
    assert names == ["Canton du Valais", "AVIP"]
    path = ROOT / SIGNED_COPY
    info, problems = inspect_signed_copy(path)
    assert problems == [] and info is not None
    assert info.signature_fields == tuple(SignatureField(name, True) for name in names)

    last = len(PdfReader(path).pages)
    placed = widgets(path)
    assert [name for name, _, _ in placed] == names
    for name, page, (x0, y0, x1, y1) in placed:
        assert page == last, name
        assert x1 - x0 > 100 and y1 - y0 > 40, name  # a place to sign, not a dot

    found = signatures(path)
    assert [s.field for s in found] == names  # signed one after the other
    signed_on = {
        site.organisations[p.member].label: p.signed
        for p in version.parties
        if p.role == "signatory"
    }
    for signature in found:
        assert signature.intact and signature.trusted, signature
        assert signature.subject == DEMONSTRATION
        assert signature.signed_at is not None
        assert signature.signed_at.date() == signed_on[signature.field]
    # the last signature covers the whole file; what came after an earlier one is only
    # the filling of the other signature fields
    assert found[-1].whole_file and found[-1].changes_after == "NONE"
    assert all(s.changes_after == "FORM_FILLING" for s in found[:-1])


# --- the repository's site -----------------------------------------------------------


def test_the_repository_site_publishes_the_signed_copy_on_the_version_page(
    tmp_path: Path, example: tuple[Site, Version]
) -> None:
    site, version = example
    result = mkdocs_build(ROOT, "-d", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    data = (ROOT / SIGNED_COPY).read_bytes()
    published = tmp_path / "site" / SIGNED_COPY
    assert published.read_bytes() == data
    page = (tmp_path / "site" / VERSION_URL / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<dd class="pacte-signed-copy">(.*?)</dd>', page, re.S)
    assert match, "the version page shows no signed copy"
    shown = html.unescape(match.group(1))
    assert 'href="../2025.pdf" download' in shown
    pages = len(PdfReader(ROOT / SIGNED_COPY).pages)
    assert f"{pages} pages" in shown
    assert re.search(r"\d+(?:,\d)?\s?(?:o|Ko|Mo)\b", shown)  # the size, in French units
    assert hashlib.sha256(data).hexdigest() in shown
    for name in signatory_fields(site, version):
        assert name in shown


# --- the script, again -----------------------------------------------------------------


@needs_soffice
def test_the_script_makes_the_same_document_again(
    tmp_path: Path, example: tuple[Site, Version]
) -> None:
    committed = (ROOT / SIGNED_COPY).read_bytes()
    out = tmp_path / "again" / "2025.pdf"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(ROOT / VERSION_FILE), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (ROOT / SIGNED_COPY).read_bytes() == committed  # --out leaves it alone

    again, before = PdfReader(out), PdfReader(ROOT / SIGNED_COPY)
    assert len(again.pages) == len(before.pages)
    for new, old in zip(again.pages, before.pages, strict=True):
        assert " ".join(new.extract_text().split()) == " ".join(old.extract_text().split())

    info, problems = inspect_signed_copy(out)
    assert problems == [] and info is not None
    assert info.signature_fields == inspect_signed_copy(ROOT / SIGNED_COPY)[0].signature_fields
    for (name, page, rect), (old_name, old_page, old_rect) in zip(
        widgets(out), widgets(ROOT / SIGNED_COPY), strict=True
    ):
        assert (name, page) == (old_name, old_page)
        assert rect == pytest.approx(old_rect, abs=1.0), name
    old_signatures = signatures(ROOT / SIGNED_COPY)
    new_signatures = signatures(out)
    assert [(s.field, s.signed_at, s.subject) for s in new_signatures] == [
        (s.field, s.signed_at, s.subject) for s in old_signatures
    ]
    assert all(s.intact and s.trusted for s in new_signatures)
