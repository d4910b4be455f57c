"""Pages written without the indentation of their templates.

Material's templates indent every line of a page's frame (header, navigation, table of
contents, footer): about 5 kB of each page, 30 MB of a registry of 3,000 versions. A
browser reads a run of spaces and line breaks between two tags or words as one space,
so the spaces at the start of a line and the empty lines are dropped, except inside
the elements where white space is the content or the code: pre, textarea, script and
style.
"""

from __future__ import annotations

import re

# the elements whose white space is kept as written
_KEPT = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
_INDENT = re.compile(r"\n[ \t]*(?:\n[ \t]*)*")


def compact(html: str) -> str:
    """HTML without indentation nor empty lines outside pre, textarea, script, style."""
    pieces: list[str] = []
    done = 0
    for kept in _KEPT.finditer(html):
        pieces.append(_INDENT.sub("\n", html[done : kept.start()]))
        pieces.append(kept.group())
        done = kept.end()
    pieces.append(_INDENT.sub("\n", html[done:]))
    return "".join(pieces)
