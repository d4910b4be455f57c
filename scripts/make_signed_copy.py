"""Make the signed original of a version of the example site, from the version's own text.

    python scripts/make_signed_copy.py conventions/convention-avip-canton-valais/2025.md
    python scripts/make_signed_copy.py VERSION_FILE --out /tmp/2025.pdf

The version is read as Pacte reads it (``pacte.load``): its title, its parties (with the
names of ``members.yml``) and its Markdown body. They are written as a flat OpenDocument
text (title, parties, articles as headings, paragraphs, lists, then a block with one
place to sign per signatory party), which LibreOffice (``soffice --headless``, with a
private profile so that it never meets another running soffice) exports to PDF. Each
place to sign is a form control, so LibreOffice's own layout says where it landed; pypdf
then turns those controls into signature fields of the last page (AcroForm, ``/FT
/Sig``, a widget with its rectangle, the field named after the party), and pyHanko signs
each field in turn, as a real signing party would, with a self-signed certificate made
here whose subject says what it is: "Exemple – certificat de démonstration, sans valeur".

The result is meant to be committed once, beside the version file (``2025.pdf`` for
``2025.md``, the default of ``--out``), and named by ``signed_copy`` in its front matter;
it is not rebuilt with the site. Running the script again gives the same text, the same
fields and the same signing dates (each signature is dated on its party's ``signed`` day),
but not the same bytes: the demonstration key is drawn at random, and the file's
identifiers and dates of creation and modification are those of the run.

Needs LibreOffice (Debian's ``libreoffice-writer-nogui``) and the ``test`` dependency
group (pyHanko), which ``make test`` installs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

import markdown
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))  # run from a checkout without installing pacte

from pacte.load import load_site  # noqa: E402
from pacte.model import Organisation, Party, Site, Version  # noqa: E402
from pacte.problems import Severity  # noqa: E402

CERTIFICATE_SUBJECT = "Exemple – certificat de démonstration, sans valeur"
CERTIFICATE_ORGANISATION = "Pacte – site d'exemple"
CONTROL_PREFIX = "pacte-signature-"  # names of the placeholders LibreOffice lays out
FONT = "Liberation Serif"  # Debian's LibreOffice brings it (fonts-liberation2)
SIGNED_COPY_PROBLEMS = frozenset({"missing-file", "bad-pdf"})
SOFFICE_TIMEOUT = 240  # seconds; a first start of LibreOffice makes its profile

# --- words of the document, in the version's language ----------------------------------

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "between": "Entre les parties signataires :",
        "signatory": "Signataire : {name}",
        "partner": "Avec la participation de :",
        "observer": "En présence de :",
        "signatures": "Signatures",
        "signed": "Signé le {date}",
        "page": "page {page} sur {count}",
        "stamp": "Signature de démonstration,\nsans valeur",
        "reason": "Signature de démonstration pour {party}, sans valeur",
        "note": "Exemplaire de démonstration du site d'exemple de Pacte : les signatures "
        "électroniques de ce document sont faites avec un certificat de démonstration, "
        "sans valeur juridique.",
    },
    "it": {
        "between": "Tra le parti firmatarie:",
        "signatory": "Firmatario: {name}",
        "partner": "Con la partecipazione di:",
        "observer": "Alla presenza di:",
        "signatures": "Firme",
        "signed": "Firmato il {date}",
        "page": "pagina {page} di {count}",
        "stamp": "Firma dimostrativa,\nsenza valore",
        "reason": "Firma dimostrativa per {party}, senza valore",
        "note": "Esemplare dimostrativo del sito di esempio di Pacte: le firme elettroniche "
        "di questo documento sono apposte con un certificato dimostrativo, privo di valore "
        "giuridico.",
    },
    "de": {
        "between": "Zwischen den unterzeichnenden Parteien:",
        "signatory": "Unterzeichnet von: {name}",
        "partner": "Unter Beteiligung von:",
        "observer": "In Anwesenheit von:",
        "signatures": "Unterschriften",
        "signed": "Unterzeichnet am {date}",
        "page": "Seite {page} von {count}",
        "stamp": "Demonstrationssignatur,\nohne Rechtswirkung",
        "reason": "Demonstrationssignatur für {party}, ohne Rechtswirkung",
        "note": "Demonstrationsexemplar der Beispielseite von Pacte: Die elektronischen "
        "Signaturen dieses Dokuments wurden mit einem Demonstrationszertifikat ohne "
        "Rechtswirkung erstellt.",
    },
    "en": {
        "between": "Between the signatory parties:",
        "signatory": "Signatory: {name}",
        "partner": "With the participation of:",
        "observer": "In the presence of:",
        "signatures": "Signatures",
        "signed": "Signed on {date}",
        "page": "page {page} of {count}",
        "stamp": "Demonstration signature,\nno legal value",
        "reason": "Demonstration signature for {party}, no legal value",
        "note": "Demonstration copy of Pacte's example site: the electronic signatures of "
        "this document are made with a demonstration certificate, of no legal value.",
    },
}


def language(version: Version) -> str:
    """The version's language, if its words are written here; else French."""
    return version.lang if version.lang in LABELS else "fr"


def long_date(day: dt.date, lang: str) -> str:
    """A date as the document's language writes it: 1er juin 2025, 5. Juni 2025."""
    month = MONTHS[lang].split()[day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    first = {"fr": "1er", "it": "1°"}.get(lang) if day.day == 1 else None
    return f"{first or day.day} {month} {day.year}"


# --- the version, as Pacte reads it -----------------------------------------------------


@dataclass(frozen=True)
class Signing:
    """A signatory party: the name of its field, its name in the text, who signs, when."""

    field: str
    name: str
    signatory: str | None
    day: dt.date


def field_name(organisation: Organisation) -> str:
    """The field is named after the party (a dot would make a hierarchy of fields)."""
    return organisation.label.replace(".", " ").strip()


def signings(version: Version, site: Site) -> list[Signing]:
    found = []
    for party in version.parties:
        if party.role != "signatory":
            continue
        day = party.signed or version.adopted
        if day is None:
            raise SystemExit(
                f"{version.path}: the party {party.member!r} has no date of signature "
                "('signed', or the version's 'adopted'): a draft has no signed original"
            )
        organisation = site.organisations[party.member]
        who = str(party.signatory) if party.signatory else None  # name, capacity
        found.append(Signing(field_name(organisation), organisation.name, who, day))
    if not found:
        raise SystemExit(f"{version.path}: the version has no signatory party")
    if len({s.field for s in found}) != len(found):
        raise SystemExit(f"{version.path}: two signatory parties have the same short name")
    return found


def site_root(version_file: Path) -> Path:
    """The site holding a version file: <root>/<kind>s/<doc>/<version>.md."""
    root = version_file.resolve().parent.parent.parent
    if not (root / "members.yml").is_file():
        raise SystemExit(f"{version_file}: no members.yml two folders above: not a site's version")
    return root


def read_version(version_file: Path) -> tuple[Version, Site]:
    root = site_root(version_file)
    rel = version_file.resolve().relative_to(root).as_posix()
    site = load_site(root)
    errors = [
        p
        for p in site.problems
        if p.severity is Severity.ERROR
        and p.path in (rel, "members.yml")
        and p.code not in SIGNED_COPY_PROBLEMS  # the copy this script is about to (re)make
    ]
    if errors:
        raise SystemExit("\n".join(p.as_text() for p in errors))
    version = next((v for v in site.versions() if v.path == rel), None)
    if version is None:
        raise SystemExit(f"{rel}: not a version of the site at {root}")
    return version, site


# --- Markdown to a flat OpenDocument text -----------------------------------------------

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ooo": "http://openoffice.org/2004/office",  # form controls name their kind with it
}

STYLES = """\
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="{font}" fo:font-family="'{font}'" fo:font-size="11pt"
   fo:language="{lang}" fo:country="none"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="2cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.8cm"
   fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.7cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"
   fo:keep-with-next="always"/>
  <style:text-properties fo:font-style="italic" fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="Lead" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:keep-with-next="always"/></style:style>
 <style:style style:name="Party" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.1cm"/></style:style>
 <style:style style:name="Gap" style:family="paragraph">
  <style:text-properties fo:font-size="6pt"/></style:style>
 <style:style style:name="Quote" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="1cm" fo:margin-right="1cm"
   fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="Code" style:family="paragraph">
  <style:text-properties style:font-name="Liberation Mono"
   fo:font-family="'Liberation Mono'" fo:font-size="9.5pt"/></style:style>
 {bullets}
 <style:style style:name="Em" style:family="text">
  <style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Strong" style:family="text">
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Mono" style:family="text">
  <style:text-properties style:font-name="Liberation Mono"
   fo:font-family="'Liberation Mono'"/></style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="SigTable" style:family="table">
  <style:table-properties style:width="16.6cm" table:align="margins" fo:margin-top="0.3cm"
   style:may-break-between-rows="false"/></style:style>
 <style:style style:name="SigColumn" style:family="table-column">
  <style:table-column-properties style:column-width="8.3cm"/></style:style>
 <style:style style:name="SigCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.15cm" fo:border="none"/></style:style>
 <style:style style:name="SigName" style:family="paragraph">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="SigLine" style:family="paragraph">
  <style:paragraph-properties fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="SigBox" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Note" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm"/>
  <style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="gr1" style:family="graphic">
  <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""

BULLET_STYLE = """\
<style:style style:name="Bullet{level}" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="{margin:.1f}cm" fo:text-indent="-0.5cm"
   fo:margin-bottom="0.1cm" fo:text-align="justify"/></style:style>"""
MAX_LEVEL = 4


class _Tree(HTMLParser):
    """The HTML that python-markdown writes, as nested (tag, children) lists."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: Node = Node("root")
        self.stack: list[Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, attrs=dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


@dataclass
class Node:
    tag: str
    children: list[Node | str] = field(default_factory=list)
    attrs: dict[str, str | None] = field(default_factory=dict)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


def parse_html(source: str) -> Node:
    tree = _Tree()
    tree.feed(source)
    tree.close()
    return tree.root


BLOCKS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table",
     "div", "hr", "dl", "dt", "dd"}
)  # fmt: skip


def inline(node: Node | str) -> str:
    """ODF XML of inline Markdown: emphasis, strong, code, links as their text, breaks."""
    if isinstance(node, str):
        return escape(re.sub(r"\s+", " ", node))
    inner = "".join(inline(child) for child in node.children if not _is_block(child))
    style = {"em": "Em", "i": "Em", "strong": "Strong", "b": "Strong", "code": "Mono"}.get(node.tag)
    if style:
        return f'<text:span text:style-name="{style}">{inner}</text:span>'
    if node.tag == "br":
        return "<text:line-break/>"
    if node.tag == "img":
        return escape(node.attrs.get("alt") or "")
    return inner


def _is_block(node: Node | str) -> bool:
    return isinstance(node, Node) and node.tag in BLOCKS


def _trimmed(xml: str) -> str:
    return re.sub(r"^ +| +$", "", xml)


@dataclass
class Writer:
    """The body of the flat ODT document, block by block."""

    blocks: list[str] = field(default_factory=list)

    def paragraph(self, style: str, xml: str) -> None:
        self.blocks.append(f'<text:p text:style-name="{style}">{_trimmed(xml)}</text:p>')

    def heading(self, level: int, xml: str) -> None:
        style = f"H{min(level, 3)}"
        self.blocks.append(
            f'<text:h text:style-name="{style}" text:outline-level="{level}">'
            f"{_trimmed(xml)}</text:h>"
        )

    def markdown(self, body: str, *, skip_title: bool) -> None:
        html_text = markdown.markdown(body, extensions=["tables", "def_list", "sane_lists"])
        children = [c for c in parse_html(html_text).children if isinstance(c, Node)]
        if skip_title and children and children[0].tag == "h1":
            children = children[1:]
        for child in children:
            self.block(child, level=0, style="Body")

    def block(self, node: Node, *, level: int, style: str) -> None:
        tag = node.tag
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.heading(int(tag[1]), inline(node))
        elif tag in {"p", "dt", "dd"}:
            self.paragraph(style, inline(node))
        elif tag in {"ul", "ol"}:
            self.list(node, level=level)
        elif tag == "blockquote":
            for child in node.children:
                if isinstance(child, Node):
                    self.block(child, level=level, style="Quote")
        elif tag == "pre":
            for line in node.text().rstrip("\n").split("\n"):
                self.paragraph("Code", escape(line).replace(" ", "<text:s/>"))
        elif tag == "table":
            for row in _descendants(node, "tr"):
                cells = [inline(cell) for cell in row.children if isinstance(cell, Node)]
                self.paragraph(style, " · ".join(c.strip() for c in cells))
        elif tag == "hr":
            return
        else:  # div, dl, and what else raw HTML brings: its blocks, else its text
            blocks = [c for c in node.children if _is_block(c)]
            if blocks:
                for child in blocks:
                    assert isinstance(child, Node)
                    self.block(child, level=level, style=style)
            elif node.text().strip():
                self.paragraph(style, inline(node))

    def list(self, node: Node, *, level: int) -> None:
        depth = min(level + 1, MAX_LEVEL)
        start = int(node.attrs.get("start") or 1)
        items = [c for c in node.children if isinstance(c, Node) and c.tag == "li"]
        for number, item in enumerate(items, start=start):
            marker = f"{number}." if node.tag == "ol" else "•"
            # a tight item holds its text; a loose one holds paragraphs
            first = True
            lead = inline(item).strip()
            if lead:
                self.paragraph(f"Bullet{depth}", f"{marker}<text:tab/>{lead}")
                first = False
            for child in item.children:
                if not _is_block(child):
                    continue
                assert isinstance(child, Node)
                if child.tag == "p":
                    text = inline(child).strip()
                    prefix = f"{marker}<text:tab/>" if first else "<text:tab/>"
                    self.paragraph(f"Bullet{depth}", prefix + text)
                    first = False
                elif child.tag in {"ul", "ol"}:
                    self.list(child, level=level + 1)
                else:
                    self.block(child, level=level + 1, style=f"Bullet{depth}")


def _descendants(node: Node, tag: str) -> Iterator[Node]:
    for child in node.children:
        if isinstance(child, Node):
            if child.tag == tag:
                yield child
            else:
                yield from _descendants(child, tag)


def document_title(version: Version) -> tuple[str, bool]:
    """The title the text gives itself (its leading '# ' heading), else the version's."""
    match = re.match(r"\s*#\s+(.+?)\s*#*\s*$", version.body.lstrip("\n").split("\n", 1)[0])
    if match:
        return match.group(1), True
    return version.title, False


def opendocument(version: Version, site: Site, signing: Sequence[Signing]) -> str:
    """The flat ODT of the version: title, parties, text, then a place to sign per party."""
    lang = language(version)
    words = LABELS[lang]
    title, in_body = document_title(version)
    out = Writer()
    out.paragraph("Title", escape(title))

    out.paragraph("Lead", escape(words["between"]))
    for party in signing:
        line = f'<text:span text:style-name="Strong">{escape(party.name)}</text:span>'
        if party.signatory:
            line += "<text:line-break/>" + escape(words["signatory"].format(name=party.signatory))
        out.paragraph("Party", line)
    for role in ("partner", "observer"):
        others: list[Party] = [p for p in version.parties if p.role == role]
        if others:
            out.paragraph("Lead", escape(words[role]))
            for other in others:
                out.paragraph("Party", escape(site.organisations[other.member].name))

    out.paragraph("Gap", "")
    out.markdown(version.body, skip_title=in_body)

    out.heading(2, escape(words["signatures"]))
    out.blocks.append(signature_table(signing, lang))
    out.paragraph("Note", escape(words["note"]))

    short = title if len(title) <= 70 else title[:69].rsplit(" ", 1)[0] + " …"
    page = escape(words["page"]).format(
        page='<text:page-number text:select-page="current"/>', count="<text:page-count/>"
    )
    bullets = "\n".join(
        BULLET_STYLE.format(level=level, margin=0.5 + 0.6 * level)
        for level in range(1, MAX_LEVEL + 1)
    )
    head = "".join(f' xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
    forms = "".join(
        f'<form:text form:name="{CONTROL_PREFIX}{index}" xml:id="sig{index}" form:id="sig{index}"'
        ' form:control-implementation="ooo:com.sun.star.form.component.TextField">'
        '<form:properties><form:property form:property-name="DefaultControl"'
        ' office:value-type="string"'
        ' office:string-value="com.sun.star.form.control.TextField"/></form:properties>'
        "</form:text>"
        for index in range(len(signing))
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document{head} office:version="1.3"'
        ' office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"<office:meta><dc:title>{escape(version.title)}</dc:title>"
        f"<dc:language>{escape(lang)}</dc:language></office:meta>\n"
        + STYLES.format(font=FONT, lang=lang, bullets=bullets, footer=f"{escape(short)} – {page}")
        + "<office:body><office:text>\n"
        '<office:forms form:automatic-focus="false" form:apply-design-mode="false">'
        '<form:form form:name="Signatures"'
        ' form:control-implementation="ooo:com.sun.star.form.component.Form">'
        f"{forms}</form:form></office:forms>\n"
        + "\n".join(out.blocks)
        + "\n</office:text></office:body></office:document>\n"
    )


def signature_table(signing: Sequence[Signing], lang: str) -> str:
    """Two parties a row: the name, who signs, the day, and the control that marks the place."""
    words = LABELS[lang]
    cells = []
    for index, party in enumerate(signing):
        lines = [f'<text:p text:style-name="SigName">{escape(party.name)}</text:p>']
        if party.signatory:
            lines.append(f'<text:p text:style-name="SigLine">{escape(party.signatory)}</text:p>')
        signed = words["signed"].format(date=long_date(party.day, lang))
        lines.append(f'<text:p text:style-name="SigLine">{escape(signed)}</text:p>')
        lines.append(
            '<text:p text:style-name="SigBox"><draw:control text:anchor-type="as-char"'
            f' draw:z-index="{index}" draw:name="Signature{index}" draw:style-name="gr1"'
            f' svg:width="7.4cm" svg:height="2.4cm" draw:control="sig{index}"/></text:p>'
        )
        cells.append(
            '<table:table-cell table:style-name="SigCell" office:value-type="string">'
            + "".join(lines)
            + "</table:table-cell>"
        )
    if len(cells) % 2:
        cells.append('<table:table-cell table:style-name="SigCell"><text:p/></table:table-cell>')
    rows = "".join(
        "<table:table-row>" + "".join(cells[i : i + 2]) + "</table:table-row>"
        for i in range(0, len(cells), 2)
    )
    return (
        '<table:table table:name="Signatures" table:style-name="SigTable">'
        '<table:table-column table:style-name="SigColumn" table:number-columns-repeated="2"/>'
        f"{rows}</table:table>"
    )


# --- LibreOffice ------------------------------------------------------------------------


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise SystemExit(
            "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui"
        )
    return found


def to_pdf(fodt: str, name: str) -> bytes:
    """The document exported to PDF by LibreOffice, with a profile of its own."""
    with tempfile.TemporaryDirectory(prefix="pacte-signed-copy-") as work:
        folder = Path(work)
        source = folder / f"{name}.fodt"
        source.write_text(fodt, encoding="utf-8")
        profile = folder / "profile"
        command = [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",  # never the profile of another soffice
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(folder),
            str(source),
        ]
        env = {**os.environ, "HOME": work}
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT, env=env, check=False
        )
        made = folder / f"{name}.pdf"
        if not made.is_file():
            raise SystemExit(f"LibreOffice made no PDF:\n{done.stdout}{done.stderr}")
        return made.read_bytes()


# --- pypdf: the signature fields ----------------------------------------------------------


def with_signature_fields(data: bytes, signing: Sequence[Signing], version: Version) -> bytes:
    """LibreOffice's placeholders replaced by one empty signature field per party."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    places: dict[int, tuple[int, list[float]]] = {}
    for number, page in enumerate(writer.pages):
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = ArrayObject()
        for reference in annotations.get_object():
            annotation = reference.get_object()
            name = str(annotation.get("/T", ""))
            if annotation.get("/Subtype") == "/Widget" and name.startswith(CONTROL_PREFIX):
                rect = [float(n) for n in annotation["/Rect"]]
                places[int(name.removeprefix(CONTROL_PREFIX))] = (number, rect)
            else:
                kept.append(reference)
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page["/Annots"]
    if "/AcroForm" in writer.root_object:
        del writer.root_object["/AcroForm"]
    last = len(writer.pages) - 1
    if sorted(places) != list(range(len(signing))):
        raise SystemExit(f"LibreOffice laid out {len(places)} places to sign of {len(signing)}")
    if any(number != last for number, _ in places.values()):
        raise SystemExit("the places to sign do not all fit on the last page")

    page = writer.pages[last]
    fields = ArrayObject()
    annotations = page.get("/Annots", ArrayObject())
    for index, party in enumerate(signing):
        _, rect = places[index]
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Sig"),
                NameObject("/T"): TextStringObject(party.field),
                NameObject("/F"): NumberObject(4),  # printed
                NameObject("/Rect"): ArrayObject(FloatObject(round(n, 3)) for n in rect),
                NameObject("/P"): page.indirect_reference,
            }
        )
        reference = writer._add_object(widget)
        fields.append(reference)
        annotations.append(reference)
    page[NameObject("/Annots")] = annotations
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): fields, NameObject("/SigFlags"): NumberObject(1)}
    )
    lang = language(version)
    writer.add_metadata(
        {
            "/Title": version.title,
            "/Subject": LABELS[lang]["note"],
            "/Creator": "Pacte: scripts/make_signed_copy.py",
        }
    )
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# --- pyHanko: the signatures --------------------------------------------------------------


def demonstration_certificate(
    not_before: dt.datetime,
) -> tuple[asn1_x509.Certificate, asn1_keys.PrivateKeyInfo]:
    """A self-signed certificate that says it is worth nothing, and its key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, CERTIFICATE_SUBJECT),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, CERTIFICATE_ORGANISATION),
        ]
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        # RFC 5280, 4.1.2.5: a certificate with no well-defined expiration date
        .not_valid_after(dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER)),
        asn1_keys.PrivateKeyInfo.load(der_key),
    )


class DatedSigner(signers.PdfSigner):
    """A signer whose signatures bear a given time rather than the clock's."""

    def __init__(
        self,
        signature_meta: signers.PdfSignatureMetadata,
        signer: signers.Signer,
        *,
        when: dt.datetime,
        stamp_style: TextStampStyle,
    ) -> None:
        super().__init__(signature_meta, signer, stamp_style=stamp_style)
        self.when = when

    def init_signing_session(
        self, pdf_out: BasePdfFileWriter, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self.when  # the time of the signed attributes and of /M
        return session


def signing_time(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=dt.UTC)


def sign_fields(data: bytes, signing: Sequence[Signing], lang: str) -> bytes:
    """Each field signed in turn, in an update of its own, as each party would sign."""
    words = LABELS[lang]
    certificate, key = demonstration_certificate(
        signing_time(min(s.day for s in signing)) - dt.timedelta(days=1)
    )
    signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([certificate]),
    )
    style = TextStampStyle(
        stamp_text="%(party)s\n%(note)s\n%(day)s",
        background=None,
        border_width=0,  # LibreOffice drew the frame of the place to sign
    )
    for party in signing:
        meta = signers.PdfSignatureMetadata(
            field_name=party.field,
            md_algorithm="sha256",
            reason=words["reason"].format(party=party.name),
        )
        pdf_signer = DatedSigner(meta, signer, stamp_style=style, when=signing_time(party.day))
        out = pdf_signer.sign_pdf(
            IncrementalPdfFileWriter(BytesIO(data)),
            existing_fields_only=True,
            appearance_text_params={
                "party": party.field,
                "note": words["stamp"],
                "day": long_date(party.day, lang),
            },
        )
        data = out.getvalue()
    return data


# --- the command ------------------------------------------------------------------------


def make_signed_copy(version_file: Path) -> tuple[bytes, Version, list[Signing]]:
    version, site = read_version(version_file)
    signing = signings(version, site)
    lang = language(version)
    exported = to_pdf(opendocument(version, site, signing), Path(version.path).stem)
    unsigned = with_signature_fields(exported, signing, version)
    return sign_fields(unsigned, signing, lang), version, signing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Make the signed original (PDF) of a version of the example site, "
        "from its own text, with a signature field per signatory party, signed with a "
        "demonstration certificate."
    )
    parser.add_argument("version_file", type=Path, help="charters|conventions/<doc>/<v>.md")
    parser.add_argument(
        "--out", type=Path, help="the PDF to write (default: beside the version, <v>.pdf)"
    )
    args = parser.parse_args(argv)
    if not args.version_file.is_file():
        parser.error(f"{args.version_file}: no such file")
    out = args.out or args.version_file.with_suffix(".pdf")
    data, version, signing = make_signed_copy(args.version_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    pages = len(PdfReader(BytesIO(data)).pages)
    fields = ", ".join(s.field for s in signing)
    print(f"{out}: {pages} pages, {len(data):,} bytes, signed fields: {fields}")
    named = re.search(r"^signed_copy:", args.version_file.read_text(encoding="utf-8"), re.M)
    if not named and out.parent.resolve() == args.version_file.parent.resolve():
        print(f"add to the front matter of {version.path}: signed_copy: {out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
