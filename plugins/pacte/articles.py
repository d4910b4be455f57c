"""Articles of a version's text: level-2 headings such as '## Article 3 – Objet'.

How a body is scanned is written here once: which lines are Markdown and which are code
(`markdown_lines`: fenced blocks are shown, never read as headings or HTML), and what a
level-2 heading is (`LEVEL2`). The articles, the changes' passages (diff/align.py), the
page's title line (pages.py) and the check of HTML (bodypolicy.py) all use them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Article

# The word for article in French, Italian, German and English, and abbreviations.
_WORD = r"(?:article|art\.?|articolo|artikel|art\u00edculo)"
# An article's number, as a heading or an imported text writes it: an ordinal word
# ('premier', 'primo', 'erster'), the only one ('unique', 'unico', 'einziger'), digits
# with an ordinal mark ('1er', '2°'), sub-numbers ('3.2', '3-1'), a suffix ('3 bis',
# '3a'), or a Roman numeral in capitals. The one grammar of headings and of import-pdf.
ORDINAL_ONE = ("premier", "première", "premiere", "primo", "erster")
ONLY_ONE = ("unique", "unico", "einziger")
NUMBER = (
    r"(?P<number>(?:"
    + "|".join(ORDINAL_ONE + ONLY_ONE)
    + r")\b|\d{1,4}(?:\s?(?:er|re|°|º))?(?:[.\-]\d+)*(?:\s?(?:bis|ter|quater|quinquies)\b|[a-z]\b)?"
    r"|(?-i:[IVXLC]{1,7})\b)"
)
HEADING = re.compile(
    rf"^##\s+{_WORD}\s*{NUMBER}\s*(?P<rest>.*?)\s*#*\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"^[\s.:\-–—)]+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
LEVEL2 = re.compile(r"^##(?:[ \t]|$)")  # a level-2 heading (not '###', not '##word')


def markdown_lines(lines: Sequence[str]) -> list[bool]:
    """For each line, whether it is Markdown: not a fence nor inside one. A fence is three
    or more backticks or tildes, indented by three spaces at most; it is closed by a
    fence of the same character, at least as long (a ``` block may hold ~~~ lines)."""
    found: list[bool] = []
    fence = ""  # the fence that opened the block the line is in
    for line in lines:
        match = _FENCE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
            found.append(False)
        elif match:
            fence = match.group(1)
            found.append(False)
        else:
            found.append(True)
    return found


def article_key(number: str | int) -> str:
    """Normalised article number: '1er', 'premier' and 'Article 1' are all '1'."""
    text = str(number).strip().lower()
    text = re.sub(r"^(?:article|art\.?|articolo|artikel)\s*", "", text)
    if text in ORDINAL_ONE:
        return "1"
    if text in ONLY_ONE:
        return "unique"
    text = re.sub(r"^(\d+)\s*(?:er|re|°|º)", r"\1", text)
    return re.sub(r"[\s.]+", "", text)


def parse_articles(body: str, body_line: int) -> tuple[Article, ...]:
    """Every article of a Markdown body, with its text, in order."""
    found: list[tuple[str, str, str, int, int]] = []  # number, title, heading, line, index
    lines = body.split("\n")
    markdown = markdown_lines(lines)
    for index, line in enumerate(lines):
        if not markdown[index] or not LEVEL2.match(line):
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
