"""Articles of a version's text: level-2 headings such as '## Article 3 – Objet'."""

from __future__ import annotations

import re

from .model import Article

# The word for article in French, Italian, German and English, and abbreviations.
_WORD = r"(?:article|art\.?|articolo|artikel|art\u00edculo)"
_NUMBER = (
    r"(?P<number>premier|première|primo|unique|unico|\d+(?:\s*(?:er|re|°|º))?"
    r"(?:[.\-]\d+)*(?:\s*(?:bis|ter|quater|quinquies)\b|[a-z]\b)?|[IVXLC]+\b)"
)
HEADING = re.compile(
    rf"^##\s+{_WORD}\s*{_NUMBER}\s*(?P<rest>.*?)\s*#*\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\s.:\-–—)]+")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def article_key(number: str | int) -> str:
    """Normalised article number: '1er', 'premier' and 'Article 1' are all '1'."""
    text = str(number).strip().lower()
    text = re.sub(r"^(?:article|art\.?|articolo|artikel)\s*", "", text)
    if text in ("premier", "première", "primo", "unique", "unico"):
        return "1" if text not in ("unique", "unico") else "unique"
    text = re.sub(r"^(\d+)\s*(?:er|re|°|º)", r"\1", text)
    return re.sub(r"[\s.]+", "", text)


def parse_articles(body: str, body_line: int) -> tuple[Article, ...]:
    """Every article of a Markdown body, with its text, in order."""
    found: list[tuple[str, str, str, int, int]] = []  # number, title, heading, line, index
    lines = body.split("\n")
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or not line.startswith("##") or line.startswith("###"):
            continue
        match = HEADING.match(line)
        if match:
            title = _SEPARATOR.sub("", match.group("rest"))
            heading = line.lstrip("#").strip()
            found.append((match.group("number"), title, heading, body_line + index, index))
        elif found:
            # another level-2 heading closes the article before it
            found.append(("", "", "", -1, index))
    articles = []
    for position, (number, title, heading, line_no, index) in enumerate(found):
        if line_no < 0:
            continue
        end = found[position + 1][4] if position + 1 < len(found) else len(lines)
        text = "\n".join(lines[index + 1 : end]).strip("\n")
        articles.append(Article(number, article_key(number), title, heading, text, line_no))
    return tuple(articles)
