"""Real PDFs for the tests, made at test time by different producers, and broken copies.

- LibreOffice (Debian's ``soffice``) exports flat ODT documents written here: the
  example conventions of the repository, a two-column layout, a long document with
  running footers, an Italian convention;
- pypdf's writer makes text pages with a standard font, signature fields (signed or
  not), an image-only "scan", and encrypted copies with every algorithm it offers;
- hand-written bytes make what no producer would: a circular page tree, a wrong
  cross-reference table, a decompression bomb, truncated and corrupted copies.

Every PDF is made once per test session (per xdist worker) and cached on disk.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from conftest import ROOT
from pacte.translations import translation_stem

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: run `make system-deps` (CI installs it)",
)

# --- LibreOffice ------------------------------------------------------------------

_FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:footer-style/>
 </style:page-layout>
 <style:style style:name="Cols" style:family="section"><style:section-properties>
  <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
 </style:section-properties></style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>
  <style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="Bullet" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.4cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
{footer}</style:master-page></office:master-styles>
<office:body><office:text>
"""
_FODT_TAIL = "</office:text></office:body></office:document>\n"


@dataclass
class Flat:
    """A flat ODT document written block by block."""

    footer: str | None = None  # text of a running footer; {page} is the page number
    blocks: list[str] = field(default_factory=list)

    def title(self, text: str) -> Flat:
        return self._p("Title", text)

    def heading(self, text: str) -> Flat:
        return self._p("Head", text)

    def para(self, text: str) -> Flat:
        return self._p("Body", text)

    def bullet(self, text: str) -> Flat:
        return self._p("Bullet", "• " + text)

    def page_break(self) -> Flat:
        self.blocks.append('<text:p text:style-name="Body"/><text:soft-page-break/>')
        return self

    def columns(self, inner: Flat) -> Flat:
        self.blocks.append(
            '<text:section text:style-name="Cols" text:name="Columns">'
            + "".join(inner.blocks)
            + "</text:section>"
        )
        return self

    def _p(self, style: str, text: str) -> Flat:
        self.blocks.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
        return self

    def xml(self) -> str:
        footer = ""
        if self.footer:
            before, _, after = escape(self.footer).partition("{page}")
            footer = (
                f"<style:footer><text:p>{before}"
                f'<text:page-number text:select-page="current"/>{after}</text:p></style:footer>'
            )
        return _FODT_HEAD.format(footer=footer) + "\n".join(self.blocks) + _FODT_TAIL


def from_markdown(body: str, title: str | None = None) -> Flat:
    """A document as an editor would have typed it: headings in bold, paragraphs justified."""
    short = " ".join((title or "Convention").split()[:4])
    doc = Flat(footer=f"{short} – page {{page}}")
    if title:
        doc.title(title)
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            doc.para(_plain(" ".join(paragraph)))
            paragraph.clear()

    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("# ") and title:
            flush()  # the title is already there
        elif stripped.startswith("#"):
            flush()
            doc.heading(_plain(stripped.lstrip("#").strip()))
        elif re.match(r"^[-*+] ", stripped):
            flush()
            doc.bullet(_plain(stripped[2:]))
        elif re.match(r"^\d+[.)] ", stripped):
            flush()
            paragraph.append(stripped)
        else:
            paragraph.append(stripped)
    flush()
    return doc


def _plain(markdown: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"(\*\*|\*|__|`)", "", text)


def libreoffice_pdfs(documents: dict[str, Flat], outdir: Path, profile: Path) -> dict[str, Path]:
    """Every document exported to PDF by LibreOffice, in one run of soffice."""
    assert SOFFICE is not None
    sources = outdir / "fodt"
    sources.mkdir(parents=True, exist_ok=True)
    for name, doc in documents.items():
        (sources / f"{name}.fodt").write_text(doc.xml(), encoding="utf-8")
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",  # a profile per session: parallel runs
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(outdir),
        *(str(sources / f"{name}.fodt") for name in documents),
    ]
    env = {**os.environ, "HOME": str(profile.parent)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    result = {name: outdir / f"{name}.pdf" for name in documents}
    missing = [name for name, path in result.items() if not path.is_file()]
    assert not missing, f"soffice made no PDF for {missing}: {done.stdout}{done.stderr}"
    return result


# --- pypdf ------------------------------------------------------------------------


def _content(lines: Sequence[str], size: float = 11) -> bytes:
    """A page's content stream: one line of Helvetica text after another."""
    out = [b"BT", b"/F1 %g Tf" % size, b"%g TL" % (size * 1.35), b"60 790 Td"]
    for line in lines:
        raw = line.encode("cp1252", "replace")
        raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        out.append(b"(" + raw + b") Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def pypdf_text_pdf(
    pages: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    signatures: Sequence[tuple[str, bool]] = (),
) -> bytes:
    """A PDF written by pypdf: text pages, and signature fields (name, signed) if asked."""
    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    for lines in pages:
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        stream = DecodedStreamObject()
        stream.set_data(_content(lines))
        page.replace_contents(stream)
    if title:
        writer.add_metadata({"/Title": title})
    if signatures:
        _add_signature_fields(writer, signatures)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _add_signature_fields(writer: PdfWriter, signatures: Sequence[tuple[str, bool]]) -> None:
    page = writer.pages[-1]
    fields = ArrayObject()
    annotations = ArrayObject()
    for index, (name, signed) in enumerate(signatures):
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject(
                    NumberObject(n) for n in (60 + 200 * index, 80, 240 + 200 * index, 140)
                ),
            }
        )
        if signed:
            signature = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Sig"),
                    NameObject("/Filter"): NameObject("/Adobe.PPKLite"),
                    NameObject("/SubFilter"): NameObject("/adbe.pkcs7.detached"),
                    NameObject("/Name"): TextStringObject(name),
                    NameObject("/M"): TextStringObject("D:20240312100000+01'00'"),
                }
            )
            widget[NameObject("/V")] = writer._add_object(signature)
        reference = writer._add_object(widget)
        widget[NameObject("/P")] = page.indirect_reference
        fields.append(reference)
        annotations.append(reference)
    page[NameObject("/Annots")] = annotations
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): fields, NameObject("/SigFlags"): NumberObject(3)}
    )


def image_only_pdf() -> bytes:
    """A 'scan': each page is one grey image, with no text at all."""
    writer = PdfWriter()
    for shade in (200, 230):
        page = writer.add_blank_page(595, 842)
        image = StreamObject()
        image._data = bytes([shade]) * (64 * 90)
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(64),
                NameObject("/Height"): NumberObject(90),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject("/Im1"): writer._add_object(image)}
                )
            }
        )
        stream = DecodedStreamObject()
        stream.set_data(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
        page.replace_contents(stream)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


ALGORITHMS = ("RC4-40", "RC4-128", "AES-128", "AES-256-R5", "AES-256")


def encrypted(data: bytes, algorithm: str, user_password: str) -> bytes:
    """A copy of a PDF encrypted by pypdf (an empty user password opens without asking)."""
    writer = PdfWriter(clone_from=BytesIO(data))
    writer.encrypt(user_password, "owner-secret", algorithm=algorithm)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- by hand ----------------------------------------------------------------------


def handmade_pdf(objects: Sequence[bytes], *, root: int = 1, xref_shift: int = 0) -> bytes:
    """A PDF from raw object bodies (object n is objects[n-1]), with its xref table.

    ``xref_shift`` moves every offset of the table: a malformed table that a reader
    must rebuild by scanning the file.
    """
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + xref_shift)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def simple_objects(lines: Sequence[str]) -> list[bytes]:
    """Catalog, page tree, one page of text, font: the smallest sound PDF."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(_content(lines)),
        _FONT,
    ]


def circular_page_tree() -> bytes:
    """The page tree's root lists itself among its kids."""
    objects = simple_objects(["Article 1 – Objet"])
    objects[1] = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    return handmade_pdf(objects)


def looping_page_tree() -> bytes:
    """Two page tree nodes that are each other's kid."""
    objects = simple_objects(["Article 1 – Objet"])
    objects[1] = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
    objects.append(b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>")
    return handmade_pdf(objects)


def wrong_xref() -> bytes:
    """Every offset of the cross-reference table is off by 7 bytes."""
    return handmade_pdf(simple_objects(["Article 1 – Objet", "Texte."]), xref_shift=7)


def huge_declared_stream() -> bytes:
    """A content stream that claims to be 900 MB long."""
    objects = simple_objects(["Article 1"])
    objects[3] = b"<< /Length 900000000 >>\nstream\nBT ET\nendstream"
    return handmade_pdf(objects)


def broken_flate_stream() -> bytes:
    """A content stream that says it is compressed but holds garbage."""
    objects = simple_objects(["Article 1"])
    objects[3] = _stream(b"\x78\x9c" + bytes(range(256)) * 4, b"/Filter /FlateDecode")
    return handmade_pdf(objects)


def decompression_bomb() -> bytes:
    """200 KB of compressed content that would expand to 200 MB."""
    bomb = zlib.compress(b" " * 200_000_000, 9)
    objects = simple_objects(["Article 1"])
    objects[3] = _stream(bomb, b"/Filter /FlateDecode")
    return handmade_pdf(objects)


def deep_page_tree(depth: int = 5000) -> bytes:
    """A page tree thousands of levels deep (recursion in a naive reader)."""
    objects = simple_objects(["Article 1"])
    first = len(objects) + 1
    objects[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % first
    for level in range(depth):
        number = first + level
        kid = number + 1 if level < depth - 1 else 3
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % kid)
    return handmade_pdf(objects)


def unsupported_encryption() -> bytes:
    """Encrypted with a public-key handler that needs a certificate to open."""
    data = handmade_pdf(simple_objects(["Article 1"]))
    return data.replace(
        b"trailer\n<< ",
        b"trailer\n<< /Encrypt << /Filter /Adobe.PubSec /V 4 /R 4 /Length 128 >> "
        b"/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ",
    )


def truncated(data: bytes, fraction: float) -> bytes:
    return data[: int(len(data) * fraction)]


def corrupted(data: bytes, offset: int, garbage: bytes) -> bytes:
    return data[:offset] + garbage + data[offset + len(garbage) :]


# --- the set used by the tests ----------------------------------------------------

ITALIAN = [
    ("title", "CONVENZIONE PER LA DOMICILIARITÀ 2024-2026"),
    ("para", "tra la Rete per la domiciliarità di Torino e la Cooperativa sociale Il Ponte."),
    ("heading", "Articolo 1 – Oggetto"),
    ("para", "La presente convenzione disciplina la collaborazione tra le parti."),
    ("heading", "Articolo 2 – Durata"),
    ("para", "La convenzione ha durata dal 1° gennaio 2024 al 31 dicembre 2026."),
    ("heading", "Articolo 3 – Impegni"),
    ("bullet", "promuovere la domiciliarità;"),
    ("bullet", "condividere i dati del servizio."),
    ("para", "Torino, 12 marzo 2024"),
]

TWO_COLUMNS_ARTICLES = [
    ("Article 1 – Objet", "La présente charte fixe les règles de collaboration du réseau. " * 6),
    ("Article 2 – Principes", "Les membres agissent dans le respect de leur indépendance. " * 6),
    ("Article 3 – Gouvernance", "Une assemblée réunit les membres une fois par an au moins. " * 6),
    ("Article 4 – Durée", "La charte est conclue pour une durée indéterminée. " * 6),
]


def two_columns() -> Flat:
    doc = Flat(footer="Charte du réseau – page {page}")
    doc.title("CHARTE DE COLLABORATION DU RÉSEAU")
    doc.para("Adoptée par l'assemblée des membres le 14 mai 2025.")
    inner = Flat()
    for heading, text in TWO_COLUMNS_ARTICLES:
        inner.heading(heading).para(text.strip())
    return doc.columns(inner)


def long_document(pages: int = 100) -> Flat:
    """About a hundred pages: 550 articles of several paragraphs, with a running footer."""
    doc = Flat(footer="Convention-cadre – page {page}")
    doc.title("CONVENTION-CADRE DE COOPÉRATION")
    for number in range(1, pages * 11 // 2 + 1):
        doc.heading(f"Article {number} – Disposition numéro {number}")
        for paragraph in range(3):
            doc.para(
                "Les parties conviennent de coopérer dans le respect de leurs missions "
                "respectives, de partager les informations utiles et de rendre compte "
                f"chaque année de la mise en œuvre de l'article {number}."
                + " Elles en font le bilan."
                * ((number + paragraph) % 4)
            )
    return doc


def flat(blocks: Iterable[tuple[str, str]], footer: str | None = None) -> Flat:
    doc = Flat(footer=footer)
    for kind, text in blocks:
        getattr(doc, kind)(text)
    return doc


@dataclass(frozen=True)
class Library:
    folder: Path
    libreoffice: dict[str, Path]  # name -> PDF made by LibreOffice ({} without soffice)
    examples: dict[str, Path]  # example version file (relative to ROOT) -> its PDF

    def write(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        return path


def example_versions() -> list[Path]:
    """The example site's version files whose text has articles (not their translations,
    `<version>.<lang>.md`)."""
    found = []
    for path in sorted([*ROOT.glob("conventions/*/*.md"), *ROOT.glob("charters/*/*.md")]):
        if translation_stem(path.stem) is None and (
            len(re.findall(r"^## (?:Article|Art\.|Articolo|Artikel)\b", path.read_text(), re.M))
            >= 2
        ):
            found.append(path)
    return found


def split_version(path: Path) -> tuple[str, str]:
    """(title, body) of a version file."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    title = re.search(r"^title:\s*(.+)$", front, re.M)
    return (title.group(1).strip().strip("\"'") if title else path.stem), body


_LIBRARY: dict[str, Library] = {}


def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """Every PDF the tests need, made once per session (and per xdist worker)."""
    if "library" in _LIBRARY:
        return _LIBRARY["library"]
    folder = tmp_path_factory.mktemp("pdfs")
    made: dict[str, Path] = {}
    examples: dict[str, Path] = {}
    if SOFFICE is not None:
        documents: dict[str, Flat] = {
            "italian": flat(ITALIAN, footer="Pagina {page}"),
            "two-columns": two_columns(),
            "long": long_document(),
        }
        names: dict[str, str] = {}
        for index, path in enumerate(example_versions()):
            title, body = split_version(path)
            name = f"example-{index}"
            documents[name] = from_markdown(body, title)
            names[name] = path.relative_to(ROOT).as_posix()
        pdfs = libreoffice_pdfs(documents, folder / "libreoffice", folder / "lo-profile")
        made = {name: pdfs[name] for name in ("italian", "two-columns", "long")}
        examples = {names[name]: pdfs[name] for name in names}
    _LIBRARY["library"] = Library(folder, made, examples)
    return _LIBRARY["library"]


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return library(tmp_path_factory)


# --- the makers make what they claim ----------------------------------------------


@needs_soffice
def test_libreoffice_makes_pdfs_of_the_examples(pdfs: Library) -> None:
    from pypdf import PdfReader

    assert pdfs.examples, "the example site has no version with articles"
    for path in [*pdfs.examples.values(), *pdfs.libreoffice.values()]:
        reader = PdfReader(path)
        assert str(reader.metadata.producer).startswith("LibreOffice")
    assert len(PdfReader(pdfs.libreoffice["long"]).pages) >= 90


def test_pypdf_makes_text_signatures_and_scans() -> None:
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pypdf_text_pdf([["Artikel 1 – Zweck"]], signatures=[("A", True)])))
    assert str(reader.metadata.producer).startswith("pypdf")
    assert "Artikel 1 – Zweck" in reader.pages[0].extract_text()
    assert reader.get_fields()["A"]["/FT"] == "/Sig"
    assert PdfReader(BytesIO(image_only_pdf())).pages[0].extract_text() == ""
