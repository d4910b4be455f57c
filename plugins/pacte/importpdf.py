"""``pacte import-pdf``: a draft version made from the text of a signed PDF.

The PDF's text is read with pypdf (see :mod:`pacte.pdf`), cleaned of running headers,
footers and page numbers, and recognised as far as it can be: the title, the dates of
adoption and of validity, the parties (organisations of members.yml named in the
preamble or the signatures), and the articles, whose headings are written the way
Pacte reads them (``## Article 3 – Objet``). The result is a draft version file with
the PDF kept beside it as its signed copy; what could not be recognised is said, so
that the editor completes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .articles import NUMBER, ONLY_ONE, ORDINAL_ONE
from .guard import MAX_SIGNED_COPY_BYTES, Refused, read_input, read_source, write_file
from .i18n import month_numbers
from .load import MEMBERS_FILE, read_members
from .messages import message_of, say
from .model import Organisation
from .newversion import check_slug
from .pdf import PdfError, PdfText, extract_text
from .siteconfig import read_site_config
from .vocabulary import KINDS, reserved
from .yamltext import scalar

FOLDERS = {kind: folder for folder, kind in KINDS.items()}  # charter -> charters
MIN_LETTERS = 40  # fewer letters than this in the whole PDF: a scan without text
WRAP = 88  # width of the body's lines in the version file


class ImportUsage(ValueError):
    """The arguments make no sense (exit 2)."""


class ImportRefused(RuntimeError):
    """This file cannot be imported; the message says why and what to do (exit 1)."""


# --- cleaning the text ------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    page: int  # 1-based


_CHARACTERS = str.maketrans(
    {
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u00ad": None,  # soft hyphen
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u2019": "'",
        "\u02bc": "'",
        "\t": " ",
        "\r": "\n",
        "\f": "\n",
        "\x00": None,
    }
)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|pagina|pag\.|seite|s\.|p\.)\s*)?\d{1,4}(?:\s*(?:/|sur|su|di|von|of|de)\s*\d{1,4})?$"
    r"|^[\-–—]\s*\d{1,4}\s*[\-–—]$",
    re.IGNORECASE,
)
_PAGE_WORD = re.compile(
    r"(?:\b(?:page|pagina|pag\.|seite)\s*\d{1,4}(?:\s*(?:/|sur|su|di|von|of|de)\s*\d{1,4})?$"
    r"|^(?:page|pagina|pag\.|seite)\s*\d{1,4}\b)",
    re.IGNORECASE,
)


def clean_lines(pages: Sequence[str]) -> list[Line]:
    """The lines of every page, without running headers, footers and page numbers."""
    per_page: list[list[str]] = []
    for text in pages:
        lines = []
        for raw in text.translate(_CHARACTERS).split("\n"):
            line = " ".join(raw.split())
            if line:
                lines.append(line)
        per_page.append(lines)
    running = _running_lines(per_page)
    result: list[Line] = []
    for number, lines in enumerate(per_page, start=1):
        last = len(lines) - 1
        for index, line in enumerate(lines):
            at_edge = index < 2 or index > last - 2
            position = index if index < 2 else index - len(lines)
            if at_edge and (
                _PAGE_NUMBER.match(line)
                or (_PAGE_WORD.search(line) and len(line) < 100)
                or (
                    (position, _shape(line)) in running
                    and not _heading_like(line)
                    and not _flows(lines, index)
                )
            ):
                continue
            result.append(Line(line, number))
    return result


def _flows(lines: list[str], index: int) -> bool:
    """The line is part of a sentence that goes on: body text, not a running header."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return line[:1].islower() or (not line.endswith(_END) and following[:1].islower())


def _heading_like(line: str) -> bool:
    """Article headings look alike from page to page, but are never running headers."""
    return bool(_ARTICLE.match(line) or _SECTION.match(line))


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _running_lines(pages: list[list[str]]) -> set[tuple[int, str]]:
    """(position, shape) of lines found at the same place at the top or bottom of most pages.

    The position is 0 or 1 from the top, -1 or -2 from the bottom; digits are set aside,
    so that 'page 3' and 'page 4' are the same running footer.
    """
    if len(pages) < 2:
        return set()
    counts: dict[tuple[int, str], int] = {}
    for lines in pages:
        edges = {(p, _shape(lines[p])) for p in (0, 1, -2, -1) if -len(lines) <= p < len(lines)}
        for edge in edges:
            counts[edge] = counts.get(edge, 0) + 1
    return {edge for edge, n in counts.items() if n >= max(2, (len(pages) * 3 + 4) // 5)}


# --- headings ---------------------------------------------------------------------

_ARTICLE = re.compile(
    r"^(?:(?:article|articolo|artikel|art)\s+|art\.\s*|§\s*)"
    + NUMBER
    + r"(?P<rest>(?=$|[\s.:\-–—)]).*)$",
    re.IGNORECASE,
)
_SECTION = re.compile(
    r"^(?P<word>titre|chapitre|partie|section|titolo|capo|capitolo|sezione|parte|kapitel"
    r"|abschnitt|teil|title|chapter|part)\s+" + NUMBER + r"(?P<rest>(?=$|[\s.:\-–—)]).*)$",
    re.IGNORECASE,
)
_PREAMBLE = re.compile(
    r"^(?:pr[ée]ambule|preambolo|premesse|premessa|pr[äa]ambel|preamble)\s*:?$", re.IGNORECASE
)
_SEPARATOR = re.compile(r"^[\s.:\-–—)]+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
ARTICLE_WORD = {"fr": "Article", "it": "Articolo", "de": "Artikel", "en": "Article"}


def _roman(text: str) -> int | None:
    if not re.fullmatch(r"[IVXLC]+", text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total if total > 0 else None


def normalise_number(raw: str) -> tuple[str, int | None]:
    """An article number as Pacte writes it ('1', '3 bis', 'unique') and its value."""
    text = " ".join(raw.split())
    lower = text.lower()
    if lower in ORDINAL_ONE:
        return "1", 1
    if lower in ONLY_ONE:
        return "unique", None
    roman = _roman(text)
    if roman is not None:
        return str(roman), roman
    match = re.match(r"(\d+)\s?(?:er|re|°|º)?\s?(bis|ter|quater|quinquies)?$", lower)
    if not match:
        return text, None
    number = int(match.group(1))
    suffix = match.group(2)
    return (f"{number} {suffix}" if suffix else str(number)), number


def _heading_title(rest: str, line: str) -> str | None:
    """The title after a heading's number, or None if the line reads as a sentence."""
    separated = re.match(r"^\s*[.:\-–—)]", rest) is not None
    title = _SEPARATOR.sub("", rest).strip()
    if not title:
        return ""
    if len(line) > 160:
        return None
    if not separated and not title[0].isupper():
        return None  # 'Article 12 de la loi ...': a sentence that starts with a reference
    return title


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def sentence_case(text: str, keep: frozenset[str] = frozenset()) -> str:
    """'OBJET DE LA CONVENTION' -> 'Objet de la convention'; known acronyms stay."""
    if not _caps(text):
        return text
    words = []
    for index, word in enumerate(text.split(" ")):
        bare = word.strip("()[],.;:«»\"'")
        if bare in keep or any(c.isdigit() for c in word) or re.fullmatch(r"(?:[A-Z]\.){2,}", bare):
            words.append(word)
        else:
            lower = word.lower()
            words.append(lower[:1].upper() + lower[1:] if index == 0 else lower)
    return " ".join(words)


@dataclass
class _Heading:
    markdown: str  # the heading line, '## Article 3 – Objet'
    kind: str  # article | section


@dataclass
class _Structure:
    preamble: list[Line] = field(default_factory=list)
    parts: list[tuple[_Heading, list[Line]]] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return [h.markdown for h, _ in self.parts if h.kind == "article"]


@dataclass(frozen=True)
class _Candidate:
    """A line that may be an article heading."""

    index: int  # in the lines
    number: str  # normalised: '1', '3 bis'
    value: int | None  # None for 'Article unique'
    title: str  # '' when the heading has none on its line

    def may_follow(self, other: _Candidate) -> bool:
        """Articles come in order: 3 after 2 (or a gap of a few), 3 bis after 3."""
        if self.value is None or other.value is None:
            return True
        if " " in self.number and " " not in other.number:
            return self.value == other.value or other.value < self.value <= other.value + 3
        return other.value < self.value <= other.value + 3


def _article_headings(lines: Sequence[Line]) -> dict[int, _Candidate]:
    """The lines that are article headings: the longest run of candidates in order.

    A sentence that starts with 'Article 12 de la loi...' is no candidate at all; one
    that starts with 'Article 12 : ...' is, but falls out of the run of 1, 2, 3...
    """
    candidates: list[_Candidate] = []
    for index, line in enumerate(lines):
        match = _ARTICLE.match(line.text)
        if not match:
            continue
        title = _heading_title(match.group("rest"), line.text)
        if title is not None:
            number, value = normalise_number(match.group("number"))
            candidates.append(_Candidate(index, number, value, title))
    if not candidates:
        return {}
    # longest chain in order; among equal ones, the one that starts lowest
    length = [1] * len(candidates)
    before: list[int | None] = [None] * len(candidates)
    first = [c.value or 0 for c in candidates]  # the number the chain starts with
    for i, candidate in enumerate(candidates):
        for j in range(max(0, i - 60), i):  # a chain does not skip many candidates
            if length[j] + 1 > length[i] and candidate.may_follow(candidates[j]):
                length[i], before[i], first[i] = length[j] + 1, j, first[j]
    best = max(range(len(candidates)), key=lambda i: (length[i], -first[i]))
    chosen: dict[int, _Candidate] = {}
    position: int | None = best
    while position is not None:
        chosen[candidates[position].index] = candidates[position]
        position = before[position]
    return chosen


def find_structure(lines: Sequence[Line], lang: str, keep: frozenset[str]) -> _Structure:
    """Split the lines into a preamble and headed parts (articles, titles, chapters)."""
    structure = _Structure()
    articles = _article_headings(lines)
    word = ARTICLE_WORD.get(lang, "Article")
    index = 0
    while index < len(lines):
        text = lines[index].text
        heading: _Heading | None = None
        consumed = 1
        title: str | None = None
        label = ""
        section = _SECTION.match(text)
        if index in articles:
            label = f"{word} {articles[index].number}"
            title = articles[index].title
        elif section and not _ARTICLE.match(text) and len(text) <= 120:
            title = _heading_title(section.group("rest"), text)
            number = section.group("number")
            number = number if _roman(number) else number.lower()
            label = f"{section.group('word').capitalize()} {number}"
        elif _PREAMBLE.match(text):
            heading = _Heading("## " + sentence_case(text.rstrip(" :")), "section")
        if title is not None:
            if not title and index + 1 < len(lines) and _title_line(lines[index + 1].text):
                title = lines[index + 1].text
                consumed = 2
            kind = "article" if index in articles else "section"
            heading = _Heading(_heading(label, title, keep), kind)
        if heading is not None:
            following = lines[index + consumed].text if index + consumed < len(lines) else ""
            if (
                following[:1].islower()
                and len(following) <= 80
                and not _ITEM.match(following)
                and not heading.markdown.endswith(_END)
            ):
                # the heading's title goes on on the next line
                heading.markdown += " " + _escape(following)
                consumed += 1
            structure.parts.append((heading, []))
        elif structure.parts:
            structure.parts[-1][1].append(lines[index])
        else:
            structure.preamble.append(lines[index])
        index += consumed
    return structure


def _title_line(text: str) -> bool:
    """A short line that reads as the title of the heading above it."""
    return (
        len(text) <= 70
        and text[:1].isupper()
        and not text.endswith((".", ",", ";"))
        and not _ARTICLE.match(text)
        and not _BULLET.match(text)
    )


def _heading(label: str, title: str, keep: frozenset[str]) -> str:
    title = _escape(sentence_case(title.rstrip(" .:"), keep)) if title else ""
    return f"## {label} – {title}" if title else f"## {label}"


# --- paragraphs -------------------------------------------------------------------

_BULLET = re.compile(r"^[•◦▪●‣■□➢➤►\uf0b7\uf0a7\uf076\uf0d8\uf0fc*\-–—]\s+")
_ITEM = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s")
_END = (".", "!", "?", ":", ";", "»", '"', ")")


def _width(lines: Sequence[Line]) -> int:
    lengths = sorted(len(line.text) for line in lines)
    if not lengths:
        return 80
    return max(30, lengths[int(len(lengths) * 0.9)])


def paragraphs(lines: Sequence[Line], width: int) -> list[str]:
    """Lines joined into paragraphs and list items, as Markdown."""
    result: list[str] = []
    current: list[str] = []
    bullet = False
    previous: str | None = None

    def flush() -> None:
        if current:
            text = _escape(_join(current))
            result.append(("- " if bullet else "") + text)
            current.clear()

    for line in lines:
        text = line.text
        mark = _BULLET.match(text)
        if mark or previous is None or _new_paragraph(previous, text, width):
            flush()
            bullet = mark is not None
            text = text[mark.end() :] if mark else text
        current.append(text)
        previous = line.text
    flush()
    return result


_SIGNATURE = re.compile(
    r"^(?:fait (?:à|a|le)|fatto a|letto|geschehen|pour (?:le|la|l')|per (?:il|la|l')"
    r"|für (?:die|den|das)|(?-i:[A-ZÀ-Ý])[\w'\- ]{1,40},\s*(?:le |il |lì |li |den |am |on )?\d)",
    re.IGNORECASE,
)


def _new_paragraph(previous: str, text: str, width: int) -> bool:
    if _ITEM.match(text) or _SIGNATURE.match(text):
        return True
    if (_caps(previous) and len(previous) <= 80) or (_caps(text) and len(text) <= 80):
        return True
    short = len(previous) < 0.8 * width
    if previous.endswith(_END):
        return short
    return len(previous) < 0.6 * width and text[:1].isupper()


def _join(parts: Sequence[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        if text.endswith("-") and text[-2:-1].isalpha() and part[:1].islower():
            text += part  # 'co-' + 'construire': keep the hyphen, drop the line break
        else:
            text += " " + part
    return text


def _escape(text: str) -> str:
    """Text from a PDF as literal Markdown: no emphasis, code, HTML, link, attribute list
    or heading by accident (a PDF's `[site](javascript:...)` stays text)."""
    for char in "\\`*_[]{}":
        text = text.replace(char, "\\" + char)
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text).replace("<", "&lt;")
    if re.match(r"^(?:#|>|[-+=]\s|[-+=]$|\d+\.\s)", text) and not _ITEM.match(text):
        text = "\\" + text
    return text


def wrap(text: str, width: int = WRAP) -> str:
    """A paragraph on lines of about ``width`` characters; no line starts like Markdown syntax."""
    prefix = "- " if text.startswith("- ") else ""
    words = text[len(prefix) :].split(" ")
    lines: list[str] = []
    current = prefix + words[0]
    for word in words[1:]:
        risky = re.match(r"^(?:#|>|[-+*=]|\d+[.)]|\|)", word) is not None
        if len(current) + 1 + len(word) > width and not risky:
            lines.append(current)
            current = ("  " if prefix else "") + word
        else:
            current += " " + word
    lines.append(current)
    return "\n".join(lines)


# --- language, dates, title, parties ----------------------------------------------

_STOPWORDS = {
    "fr": "les des du et pour dans est par sur au aux cette qui sont avec leur leurs ses ou",
    "it": "il gli della delle dei per con che sono nel nella alla degli tra ai e di del al è",
    "de": "der die das und für mit von zu den dem ist eine auf im sich wird werden zur",
    "en": "the and of to for with by this that is are shall be from as on",
}
_STOP = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def detect_language(text: str, default: str) -> tuple[str, bool]:
    """The language of the text (fr, it, de, en), and whether it was clear."""
    counts = dict.fromkeys(_STOP, 0)
    for word in re.findall(r"[a-zäöüßàâçèéêëîïìôòûùœ]+", text[:200_000].lower()):
        for lang, words in _STOP.items():
            if word in words:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    best, hits = ranked[0]
    if hits < 8 or hits < 1.5 * ranked[1][1]:
        return default, False
    return best, True


_MONTHS = month_numbers()  # every language's month names (i18n.py)
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DATES = [
    re.compile(
        r"\b(?P<day>\d{1,2})\s?(?:er|re|°|º|\.)?\s+" + _MONTH + r"\s+(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d{2})\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
_SIGNED = re.compile(
    r"(?:\bfait\b|\bsign[ée]e?s?\b|\badopt[ée]e?s?\b|\bapprouv[ée]e?s?\b|"
    r"\bfatto\b|\bfirmat[oa]\b|\bsottoscritt[oa]\b|\bapprovat[oa]\b|\badottat[oa]\b|"
    r"\bgeschehen\b|\bunterzeichnet\b|\bunterschrieben\b|\bbeschlossen\b|\bgenehmigt\b|"
    r"\bdone\b|\bsigned\b|\badopted\b|\bapproved\b)[^⟦⟧.;]{0,80}?⟦(\d+)⟧",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(
    r"^[A-ZÀ-Ý][\w'\- ]{1,40},\s*(?:le|il|lì|li|den|am|the|on)?\s*⟦(\d+)⟧", re.MULTILINE
)
_RANGE = re.compile(
    r"\b(?:du|dal|vom|from|between|entre le)\s+⟦(\d+)⟧\s*(?:,\s*)?"
    r"(?:au|jusqu'au|al|fino al|bis(?: zum)?|to|until|till|and|et le)\s+⟦(\d+)⟧",
    re.IGNORECASE,
)
_START = re.compile(
    r"(?:à compter du|à partir du|à dater du|prend effet (?:le|au)|entre en vigueur(?: le)?|"
    r"a decorrere dal|a partire dal|con decorrenza dal|entra in vigore(?: il)?|"
    r"mit wirkung (?:ab|vom)|tritt am|ab dem|gilt ab|with effect from|effective (?:from|on|as of)"
    r"|takes effect on)\s+⟦(\d+)⟧",
    re.IGNORECASE,
)


def find_dates(text: str) -> tuple[str, list[dt.date]]:
    """The text with every date replaced by a token ⟦n⟧, and the dates."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end, _ in found):
                continue
            month = match.group("month")
            number = _MONTHS.get(month.lower()) if not month.isdigit() else int(month)
            try:
                day = dt.date(int(match.group("year")), number or 0, int(match.group("day")))
            except ValueError:
                continue
            found.append((match.start(), match.end(), day))
    found.sort()
    dates = [day for _, _, day in found]
    pieces, position = [], 0
    for index, (start, end, _) in enumerate(found):
        pieces.append(text[position:start] + f"⟦{index}⟧")
        position = end
    pieces.append(text[position:])
    return "".join(pieces), dates


def adoption_date(tokens: str, dates: Sequence[dt.date]) -> dt.date | None:
    """The date of signature: after 'fait à ... le', 'firmato', a place and a comma..."""
    found = [dates[int(m.group(1))] for m in _SIGNED.finditer(tokens)]
    found += [dates[int(m.group(1))] for m in _PLACE_DATE.finditer(tokens)]
    return max(found) if found else None


def effective_period(
    tokens: str, dates: Sequence[dt.date]
) -> tuple[dt.date, dt.date | None] | None:
    for match in _RANGE.finditer(tokens):
        start, end = dates[int(match.group(1))], dates[int(match.group(2))]
        if start < end:
            return start, end
    begins = _START.search(tokens)
    return (dates[int(begins.group(1))], None) if begins else None


_KIND_WORDS = re.compile(
    r"(?:\b(?:convention|charte|accord|contrat|protocole|avenant|pacte|convenzione|carta|"
    r"accordo|contratto|protocollo|patto|intesa|charta|agreement|charter|contract|memorandum)"
    r"|vereinbarung|vertrag|abkommen|konvention)",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(
    r"^(?:entre|et|tra|e|zwischen|und|between|and|vu|visto|considérant|conclue?|stipulata)\b",
    re.IGNORECASE,
)
_JUNK_TITLES = re.compile(
    r"(?:^microsoft word|\.docx?$|\.odt$|\.pdf$|^untitled|^sans titre|^document\d*$)",
    re.IGNORECASE,
)


def find_title(preamble: Sequence[Line], pdf_title: str | None) -> tuple[str | None, int, int]:
    """The title, and the lines of the preamble it takes (first, count)."""
    head = list(preamble[:15])
    start = next(
        (
            i
            for i, line in enumerate(head)
            if _KIND_WORDS.search(line.text)
            and len(line.text) < 200
            and not _NOT_TITLE.match(line.text)
        ),
        None,
    )
    if start is None:
        start = next(
            (
                i
                for i, line in enumerate(head[:6])
                if len(re.findall(r"\w+", line.text)) >= 3 and not _NOT_TITLE.match(line.text)
            ),
            None,
        )
    if start is None:
        if pdf_title and not _JUNK_TITLES.search(pdf_title):
            return pdf_title, 0, 0
        return None, 0, 0
    parts = [head[start].text]
    end = start + 1
    while end < len(head) and end - start < 4 and sum(map(len, parts)) < 200:
        text = head[end].text
        if _NOT_TITLE.match(text) or _ARTICLE.match(text):
            break
        period = re.fullmatch(r"[\d\s\-–/]+", text) is not None
        open_ended = not parts[-1].endswith(_END) and not _BULLET.match(text)
        continues = open_ended and _caps(parts[-1]) and _caps(text)
        # a long title wraps onto the next line; a short one is followed by other things
        wrapped = (
            open_ended
            and len(text) <= 70  # a title's lines are short: larger letters
            and (text[:1].islower() or (len(parts[-1]) >= 40 and not text.endswith(_END)))
        )
        if not (period or continues or wrapped) or any(d.search(text) for d in _DATES):
            break
        parts.append(text)
        end += 1
    return " ".join(parts), start, end - start


def _fold(text: str) -> str:
    """Case, accents, apostrophes and spacing set aside, for matching names."""
    text = unicodedata.normalize("NFKD", text.translate(_CHARACTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def _bare(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_CHARACTERS))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def find_parties(text: str, organisations: Mapping[str, Organisation]) -> list[str]:
    """Member ids of the organisations named in the text, by name or short name, in order.

    A name found only inside a longer name of another organisation does not count.
    """
    folded, bare = _fold(text), _bare(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for member, org in organisations.items():
        names = [(_fold(org.name), folded)]
        if org.short and len(org.short) >= 2:
            acronym = sum(c.isupper() for c in org.short) >= 2 and len(org.short) <= 12
            names.append((_bare(org.short), bare) if acronym else (_fold(org.short), folded))
        for name, haystack in names:
            if not name:
                continue
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            for match in pattern.finditer(haystack):
                spans.setdefault(member, []).append(match.span())
    claimed: list[tuple[int, int]] = []
    first: dict[str, int] = {}
    every = [(span, member) for member, found in spans.items() for span in found]
    for (start, end), member in sorted(every, key=lambda item: item[0][0] - item[0][1]):
        if any(c_start <= start and end <= c_end for c_start, c_end in claimed):
            continue  # inside a longer name found there
        claimed.append((start, end))
        first[member] = min(start, first.get(member, start))
    return sorted(first, key=lambda m: first[m])


# --- the whole recognition --------------------------------------------------------


@dataclass(frozen=True)
class Recognised:
    """What was read from a PDF, ready to be written as a draft version."""

    title: str | None
    lang: str
    lang_sure: bool
    adopted: dt.date | None
    effective: tuple[dt.date, dt.date | None] | None
    parties: tuple[str, ...]
    articles: tuple[str, ...]  # the article headings written in the body
    body: str
    label: str | None  # a version label suggested by the title or the dates


def recognise(
    pages: Sequence[str],
    organisations: Mapping[str, Organisation],
    default_lang: str,
    pdf_title: str | None = None,
) -> Recognised:
    lines = clean_lines(pages)
    flat = " ".join(line.text for line in lines)
    lang, sure = detect_language(flat, default_lang)
    keep = frozenset(
        s for org in organisations.values() for s in (org.short or "").split() if _caps(s)
    )
    structure = find_structure(lines, lang, keep)
    title, start, taken = find_title(structure.preamble, pdf_title)
    preamble = list(structure.preamble)
    del preamble[start : start + taken]
    title = sentence_case(title, keep) if title else None
    tokens, dates = find_dates("\n".join(line.text for line in lines))
    adopted = adoption_date(tokens, dates)
    effective = effective_period(tokens, dates)
    where = [*preamble, *[line for _, part in structure.parts[-1:] for line in part[-30:]]]
    named = " \n ".join([title or "", *(line.text for line in where)])
    parties = find_parties(named if structure.parts else flat, organisations)
    width = _width(lines)
    blocks = _blocks(paragraphs(preamble, width))
    for heading, part in structure.parts:
        blocks.append(heading.markdown)
        blocks.extend(_blocks(paragraphs(part, width)))
    body = "\n\n".join(blocks)
    return Recognised(
        title=title,
        lang=lang,
        lang_sure=sure,
        adopted=adopted,
        effective=effective,
        parties=tuple(parties),
        articles=tuple(structure.articles),
        body=body,
        label=_label(title, adopted, effective),
    )


def _blocks(items: Sequence[str]) -> list[str]:
    """Paragraphs apart, list items together: a list is one block of lines."""
    blocks: list[str] = []
    for index, item in enumerate(items):
        if item.startswith("- ") and index and items[index - 1].startswith("- "):
            blocks[-1] += "\n" + wrap(item)
        else:
            blocks.append(wrap(item))
    return blocks


def _label(
    title: str | None,
    adopted: dt.date | None,
    effective: tuple[dt.date, dt.date | None] | None,
) -> str | None:
    if title:
        period = re.search(r"\b((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})\b", title)
        if period and period.group(1) < period.group(2):
            return f"{period.group(1)}-{period.group(2)}"
        year = re.search(r"\b((?:19|20)\d{2})\b", title)
        if year:
            return year.group(1)
    if effective and effective[1] and effective[1].year > effective[0].year:
        return f"{effective[0].year}-{effective[1].year}"
    if effective:
        return str(effective[0].year)
    return str(adopted.year) if adopted else None


# --- writing the draft ------------------------------------------------------------


def pin_line(name: str, sha256: str) -> str:
    """The front matter line that names a signed copy and pins its content."""
    return f"signed_copy: {{path: {scalar(name)}, sha256: {sha256}}}"


def render(
    found: Recognised,
    *,
    title: str,
    signed_copy: str,
    site_lang: str,
    supersedes: str | None = None,
    sha256: str | None = None,
) -> str:
    """The version file: front matter (filled as far as it could be) and body."""
    out = ["---", f"title: {scalar(title)}", "status: draft"]
    if found.adopted:
        out.append(f"adopted: {found.adopted.isoformat()}")
    else:
        out.append("# adopted: YYYY-MM-DD  # the date of signature, not found in the PDF")
    if found.effective:
        out += ["effective:", f"  from: {found.effective[0].isoformat()}"]
        if found.effective[1]:
            out.append(f"  until: {found.effective[1].isoformat()}")
    else:
        out.append("# effective: {from: YYYY-MM-DD, until: YYYY-MM-DD}  # not found in the PDF")
    if found.lang != site_lang.split("-")[0]:
        out.append(f"lang: {found.lang}")
    if supersedes:
        out.append(f"supersedes: {json.dumps(supersedes)}")
    if found.parties:
        out.append("parties:")
        out += [f"  - {member}" for member in found.parties]
    else:
        out.append("parties: []  # none recognised: list the member ids from members.yml")
    pin = pin_line(signed_copy, sha256) if sha256 else f"signed_copy: {scalar(signed_copy)}"
    out += [pin, "---", ""]
    return "\n".join(out) + "\n" + found.body.rstrip() + "\n"


def unrecognised(found: Recognised, title_guessed: bool, text: PdfText) -> list[str]:
    """What the editor must complete, in plain words (messages, said in any language)."""
    missing: list[str] = []
    if title_guessed:
        missing.append(say("the title (the file name was used instead)"))
    if not found.adopted:
        missing.append(say("the date of signature ('adopted')"))
    if not found.effective:
        missing.append(say("the period of validity ('effective')"))
    elif not found.effective[1]:
        missing.append(say("the end of the period of validity ('effective: until')"))
    if not found.parties:
        missing.append(say("the parties: no organisation of members.yml is named in the text"))
    if not found.articles:
        missing.append(say("the articles: no heading such as 'Article 1' was found"))
    if not found.lang_sure:
        missing.append(say("the language (taken to be {lang!r})", lang=found.lang))
    if text.unreadable_pages:
        pages = ", ".join(str(n) for n in text.unreadable_pages)
        missing.append(say("the text of page(s) {pages}, which could not be read", pages=pages))
    if text.truncated:
        missing.append(
            say(
                "the end of the text: only the first {read} of {total} pages were read",
                read=len(text.pages),
                total=text.total_pages,
            )
        )
    return missing


@dataclass(frozen=True)
class Imported:
    path: Path  # the version file written
    signed_copy: Path
    found: Recognised
    missing: tuple[str, ...]


def import_pdf(
    root: Path,
    pdf: Path,
    kind: str,
    doc: str | None,
    label: str | None,
    *,
    supersedes: str | None = None,
    organisations: Mapping[str, Organisation] | None = None,
    site_lang: str | None = None,
) -> Imported:
    """Make the draft version of one PDF; raises ImportRefused without writing anything."""
    doc = doc or _slug(pdf.stem)
    if not doc or reserved(doc, "a document id"):
        raise ImportRefused(
            say(
                "{pdf}: its name gives no document id: give one with --doc (for example "
                "--doc convention-partenariat)",
                pdf=pdf,
            )
        )
    site_lang = site_lang or read_site_config(root).language
    if organisations is None:
        organisations, _ = read_members(root)
    try:
        text = extract_text(pdf)
    except PdfError as exc:
        raise ImportRefused(f"{pdf} " + message_of(exc)) from None
    letters = sum(1 for page in text.pages for c in page if c.isalpha())
    if letters < MIN_LETTERS:
        if text.unreadable_pages and len(text.unreadable_pages) == len(text.pages):
            raise ImportRefused(
                say(
                    "{pdf}: the text of its pages cannot be read (the PDF is damaged): make a "
                    "new PDF from the original and import that; nothing was written",
                    pdf=pdf,
                )
            )
        raise ImportRefused(
            say(
                "{pdf} has no text to read: it looks like a scanned image. Run it through "
                "text recognition (OCR, for example `ocrmypdf`) and import the result, or "
                "write the version by hand with `pacte new`; nothing was written",
                pdf=pdf,
            )
        )
    found = recognise(text.pages, organisations, site_lang.split("-")[0], text.title)
    label = label or found.label
    if label is None:
        raise ImportRefused(
            say(
                "{pdf}: no year was found to name the version: give it with --version "
                "(for example --version 2024-2026); nothing was written",
                pdf=pdf,
            )
        )
    folder = root / FOLDERS[kind] / doc
    target = folder / f"{label}.md"
    copy = folder / f"{label}.pdf"
    shown = target.relative_to(root).as_posix()
    if os.path.lexists(target):
        raise ImportRefused(
            say(
                "{path} already exists and was not overwritten: choose another --version, "
                "or remove that file first",
                path=shown,
            )
        )
    # both read through the guard: the copy in the site never through a link (a dangling
    # <label>.pdf link would lead the copy outside), the PDF given as a regular file
    copy_rel = copy.relative_to(root).as_posix()
    try:
        original = read_input(pdf, MAX_SIGNED_COPY_BYTES)
    except Refused as refused:
        raise ImportRefused(f"{pdf} " + refused.predicate) from None
    try:
        existing = None
        if os.path.lexists(copy):
            existing = read_source(root, copy_rel, MAX_SIGNED_COPY_BYTES)
    except Refused as refused:
        raise ImportRefused(
            say(
                "{path} {predicate}; nothing was written",
                path=copy_rel,
                predicate=refused.predicate,
            )
        ) from None
    same = existing == original
    if existing is not None and not same:
        raise ImportRefused(
            say(
                "{path} already exists and is another file: it was not overwritten; remove it "
                "or choose another --version",
                path=copy_rel,
            )
        )
    title = found.title or pdf.stem
    content = render(
        found,
        title=title,
        signed_copy=copy.name,
        site_lang=site_lang,
        supersedes=supersedes,
        sha256=hashlib.sha256(original).hexdigest(),
    )
    copied = False
    try:  # never through a link, never outside the site, never over a file
        if not same:
            write_file(root, copy_rel, original, exclusive=True)
            copied = True
        write_file(root, shown, content.encode("utf-8"), exclusive=True)
    except Refused as refused:
        if copied:
            copy.unlink(missing_ok=True)
        raise ImportRefused(
            say("{path} cannot be written: it {predicate}", path=shown, predicate=refused.predicate)
        ) from None
    missing = unrecognised(found, found.title is None, text)
    return Imported(target, copy, found, tuple(missing))


def _slug(text: str) -> str:
    text = _bare(text).lower()
    return "-".join(re.findall(r"[a-z0-9]+", text))[:60].strip("-")


@dataclass(frozen=True)
class Said:
    """A line of what `import_files` found, for the command to print: on the error
    output if ERROR."""

    text: str
    error: bool = False


@dataclass(frozen=True)
class Done:
    """The end of `import_files`: how many of the files became versions."""

    imported: int
    total: int

    @property
    def complete(self) -> bool:
        return self.imported == self.total


def import_files(
    root: Path,
    files: Sequence[Path],
    kind: str,
    doc: str | None,
    versions: Sequence[str],
) -> Iterator[Said | Done]:
    """``pacte import-pdf``: every file in order, what was found of each as it is found
    (`Said`, messages the command says in its language), then `Done`.

    With --doc, the files are versions of that document in order (each supersedes the
    one before); without it, each file becomes a document named after the file.
    """
    labels = _check(root, files, kind, doc, versions)
    organisations, _ = read_members(root)
    site_lang = read_site_config(root).language
    imported = 0
    previous: str | None = None
    batch = len(files) > 1
    for index, (pdf, label) in enumerate(zip(files, labels, strict=True), start=1):
        if batch:
            yield Said(f"[{index}/{len(files)}] {pdf} …")
        else:
            yield Said(say("reading {pdf} …", pdf=pdf))
        supersedes = previous if doc and batch else None
        try:
            result = import_pdf(
                root, pdf, kind, doc, label, supersedes=supersedes,
                organisations=organisations, site_lang=site_lang,
            )  # fmt: skip
        except ImportRefused as exc:
            yield Said(say("  not imported: {reason}", reason=message_of(exc)), error=True)
            previous = None
            continue
        imported += 1
        previous = result.path.stem
        for line in _report(result, root):
            yield Said(line)
    if batch:
        yield Said(say("{imported} of {total} files imported", imported=imported, total=len(files)))
    yield Done(imported, len(files))


def _report(result: Imported, root: Path) -> list[str]:
    """What the command says of a file imported, line by line."""
    found = result.found
    path = result.path.relative_to(root).as_posix()
    lines: list[str] = [
        say(
            "  wrote {path} (draft), with its signed copy {copy}",
            path=path,
            copy=result.signed_copy.name,
        )
    ]
    facts: list[str] = [say("{count} article(s)", count=len(found.articles))]
    if found.parties:
        facts.append(say("parties: {members}", members=", ".join(found.parties)))
    if found.adopted:
        facts.append(say("adopted {date}", date=found.adopted.isoformat()))
    if found.effective:
        until = found.effective[1].isoformat() if found.effective[1] else "…"
        facts.append(
            say("effective {start} to {end}", start=found.effective[0].isoformat(), end=until)
        )
    lines.append(say("  found: {facts}", facts=_joined(facts)))
    if result.missing:
        lines.append(say("  not recognised, to complete in the file:"))
        lines += ["    - " + item for item in result.missing]
    lines.append(say("  check the text against the PDF before proposing it"))
    return lines


def _joined(parts: Sequence[str]) -> str:
    """PARTS joined with semicolons, as each language writes them (a no-break space
    before it in French), each part still said in its language."""
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined = say("{first}; {second}", first=joined, second=part)
    return joined


def _check(
    root: Path, files: Sequence[Path], kind: str, doc: str | None, versions: Sequence[str]
) -> list[str | None]:
    """The version label for each file; raises ImportUsage on arguments that make no sense."""
    if kind not in FOLDERS:
        raise ImportUsage(say("--kind must be charter or convention, not {kind!r}", kind=kind))
    if not (root / MEMBERS_FILE).is_file() and not (root / "mkdocs.yml").is_file():
        raise ImportUsage(
            say(
                "{root} is not a Pacte site (no mkdocs.yml nor members.yml): run pacte "
                "import-pdf at the root of the site",
                root=root.resolve(),
            )
        )
    for path in files:
        if not path.is_file():  # a folder, a device, a pipe: said as such
            what = say("no such file") if not path.exists() else _not_a_file(path)
            raise ImportUsage(f"{path}: " + what)
    for what, value in [("document id", doc), *(("version label", v) for v in versions)]:
        if value is not None:
            check_slug(value, what, "2024-2026", ImportUsage)
    if len(set(versions)) != len(versions):
        raise ImportUsage(say("the same --version is given twice"))
    if len(versions) == len(files):
        return list(versions)
    if not versions:
        return [None] * len(files)
    if len(versions) == 1 and doc is None:
        return [versions[0]] * len(files)
    raise ImportUsage(
        say(
            "give one --version per file ({files} files, {versions} versions), or none to "
            "take each version's label from its title or dates",
            files=len(files),
            versions=len(versions),
        )
    )


def _not_a_file(path: Path) -> str:
    """What a path given as a PDF is, when it is not a file."""
    try:
        read_input(path, MAX_SIGNED_COPY_BYTES)
    except Refused as refused:
        return refused.predicate
    return say("not a regular file")
