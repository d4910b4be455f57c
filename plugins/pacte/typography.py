"""French typography: the no-break spaces that keep « », : ; ! ? with their words.

French sets a space before a colon, semicolon, exclamation and question mark, and inside
guillemets; a line must never break there. Applied to the pages a French site writes by
hand (outside code, tags and link targets) and usable on any text Pacte writes.
"""

from __future__ import annotations

import re

from .articles import markdown_lines

NBSP = "\u00a0"  # before a colon, inside guillemets
NNBSP = "\u202f"  # narrow, before ; ! ?

_BEFORE_COLON = re.compile(r"(?<=\S)[ \t]+(?=:(?:\s|$))")
_BEFORE_PUNCTUATION = re.compile(r"(?<=\S)[ \t]+(?=[;!?](?:\s|$|[»)\]]))")
_AFTER_OPENING = re.compile(r"«[ \t]+")
_BEFORE_CLOSING = re.compile(r"[ \t]+»")

# what is left as it is in Markdown: fenced code (articles.markdown_lines), inline
# code, HTML tags and comments, link targets, and attribute lists
_PROTECTED = re.compile(
    r"`+[^`]*`+"  # inline code
    r"|<!--.*?-->"  # comments (markers among them)
    r"|<[A-Za-z/][^>]*>"  # tags
    r"|\]\([^)]*\)"  # link targets
    r"|\{[:#.][^}]*\}",  # attribute lists
    re.S,
)


def french_spaces(text: str) -> str:
    """Plain text with no-break spaces where French typography wants them."""
    text = _BEFORE_COLON.sub(NBSP, text)
    text = _BEFORE_PUNCTUATION.sub(NNBSP, text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    return _BEFORE_CLOSING.sub(NBSP + "»", text)


def french_spaces_markdown(markdown: str) -> str:
    """Markdown with French no-break spaces in its text, never in code, tags or links."""
    out: list[str] = []
    lines = markdown.split("\n")
    for line, is_markdown in zip(lines, markdown_lines(lines), strict=True):
        if not is_markdown:
            out.append(line)
            continue
        if line.startswith(("    ", "\t")) and (not out or not out[-1].strip()):
            out.append(line)  # an indented code block, or a list's continuation: kept
            continue
        out.append(_outside_protected(line))
    return "\n".join(out)


def _outside_protected(line: str) -> str:
    parts, last = [], 0
    for match in _PROTECTED.finditer(line):
        parts.append(french_spaces(line[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append(french_spaces(line[last:]))
    return "".join(parts)
