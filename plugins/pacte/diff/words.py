"""The word diff: which words of one text another has not, and the other way round.

Whitespace is not compared (a re-wrapped paragraph is the same), except paragraph
breaks; the edit is sought by paragraphs, then sentences, then words, so that the cost
stays about that of the words that changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from .records import PARAGRAPH, Op, Segment

DIFF_BUDGET = 1_000_000  # most token pairs one SequenceMatcher run may face

_PARAGRAPHS = re.compile(r"\n\s*\n")
_SPACE_BY_PUNCTUATION = re.compile(r" (?=[^\w\s])|(?<=[^\w\s]) ")


def _normalise(text: str) -> str:
    """The text with line ends, runs of spaces and Unicode forms made uniform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return PARAGRAPH.join(" ".join(p.split()) for p in _PARAGRAPHS.split(text.strip()) if p.strip())


def _content_key(normalised: str) -> str:
    """Equal for two texts that differ only in whitespace (also around punctuation)."""
    return _SPACE_BY_PUNCTUATION.sub("", normalised)


# --- the word diff -------------------------------------------------------------------


_SHOWN = re.compile(r"\s*(?:\w+|[^\w\s])")
_KEY = re.compile(r"\w+|[^\w\s]")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Words, signs and paragraph breaks: what is compared, and what is shown."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    keys: list[str] = []
    shown: list[str] = []
    for paragraph in _PARAGRAPHS.split(text.strip()):
        words = _KEY.findall(paragraph)
        if not words:
            continue
        if keys:
            keys.append(PARAGRAPH)
            shown.append(PARAGRAPH)
        written = _SHOWN.findall(paragraph)
        written[0] = written[0].lstrip()
        keys += words
        shown += written
    return keys, shown


Opcode = tuple[str, int, int, int, int]


# the edit is sought by paragraphs, then by sentences inside the paragraphs that
# changed, then by words inside the sentences that changed: difflib is pure Python
# and costs about the product of the lengths it compares, so each level keeps the
# next one short
PARAGRAPHS, SENTENCES, WORDS = 0, 1, 2
_SENTENCE_ENDS = frozenset(".!?;:")


def _opcodes(
    a: Sequence[str],
    b: Sequence[str],
    a1: int = 0,
    a2: int | None = None,
    b1: int = 0,
    b2: int | None = None,
    level: int = PARAGRAPHS,
) -> list[Opcode]:
    """The edit of a[a1:a2] into b[b1:b2]: common ends first, then the middle only."""
    a2 = len(a) if a2 is None else a2
    b2 = len(b) if b2 is None else b2
    start = 0
    while a1 + start < a2 and b1 + start < b2 and a[a1 + start] == b[b1 + start]:
        start += 1
    end = 0
    while a2 - end > a1 + start and b2 - end > b1 + start and a[a2 - 1 - end] == b[b2 - 1 - end]:
        end += 1
    ops: list[Opcode] = []
    if start:
        ops.append(("equal", a1, a1 + start, b1, b1 + start))
    ops.extend(_middle(a, b, a1 + start, a2 - end, b1 + start, b2 - end, level))
    if end:
        ops.append(("equal", a2 - end, a2, b2 - end, b2))
    return ops


def _middle(
    a: Sequence[str], b: Sequence[str], a1: int, a2: int, b1: int, b2: int, level: int
) -> list[Opcode]:
    """The edit of a middle that differs at both ends, level by level."""
    if a1 == a2 and b1 == b2:
        return []
    if a1 == a2:
        return [("insert", a1, a2, b1, b2)]
    if b1 == b2:
        return [("delete", a1, a2, b1, b2)]
    while level < WORDS:
        spans_a, spans_b = _spans(a, a1, a2, level), _spans(b, b1, b2, level)
        if len(spans_a) > 1 or len(spans_b) > 1:
            return _by_spans(a, b, spans_a, spans_b, a2, b2, level)
        level += 1
    # difflib skips frequent words only past the budget, where it could go quadratic
    budget = (a2 - a1) * (b2 - b1) > DIFF_BUDGET
    words = SequenceMatcher(None, a[a1:a2], b[b1:b2], autojunk=budget)
    return [
        (tag, i1 + a1, i2 + a1, j1 + b1, j2 + b1) for tag, i1, i2, j1, j2 in words.get_opcodes()
    ]


def _by_spans(
    a: Sequence[str],
    b: Sequence[str],
    spans_a: list[tuple[int, int]],
    spans_b: list[tuple[int, int]],
    a2: int,
    b2: int,
    level: int,
) -> list[Opcode]:
    """Whole paragraphs (or sentences) aligned, and the edit of those that differ."""
    matcher = SequenceMatcher(
        None,
        [tuple(a[s:e]) for s, e in spans_a],
        [tuple(b[s:e]) for s, e in spans_b],
        autojunk=False,
    )
    ops: list[Opcode] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        s1 = spans_a[i1][0] if i1 < len(spans_a) else a2
        e1 = spans_a[i2 - 1][1] if i2 > i1 else s1
        s2 = spans_b[j1][0] if j1 < len(spans_b) else b2
        e2 = spans_b[j2 - 1][1] if j2 > j1 else s2
        if tag == "equal":
            ops.append(("equal", s1, e1, s2, e2))
        else:
            ops.extend(_opcodes(a, b, s1, e1, s2, e2, level + 1))
    return ops


def _spans(tokens: Sequence[str], start: int, end: int, level: int) -> list[tuple[int, int]]:
    """Token ranges of the paragraphs (or sentences), each with the token that ends it."""
    ends = (PARAGRAPH,) if level == PARAGRAPHS else _SENTENCE_ENDS
    spans = []
    begin = start
    for index in range(start, end):
        if tokens[index] in ends:
            spans.append((begin, index + 1))
            begin = index + 1
    if begin < end:
        spans.append((begin, end))
    return spans


def _absorb_islands(ops: Sequence[Opcode], keys: Sequence[str]) -> list[Opcode]:
    """Ops where a word or two left equal between two longer changes join the change.

    '[-the Union, which gathers-] les [-associations-]' reads better as one replaced
    phrase than as a sequence of fragments around a shared article.
    """
    merged: list[Opcode] = []
    for op in ops:
        merged.append(op)
        while len(merged) >= 3:
            before, island, after = merged[-3:]
            if before[0] == "equal" or island[0] != "equal" or after[0] == "equal":
                break
            size = island[2] - island[1]
            around = max(before[2] - before[1], before[4] - before[3]) + max(
                after[2] - after[1], after[4] - after[3]
            )
            if size > 2 or around < 4 * size or PARAGRAPH in keys[island[1] : island[2]]:
                break
            merged[-3:] = [("replace", before[1], after[2], before[3], after[4])]
    return merged


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """The words of ``new`` with those ``old`` had and it has not, and the other way round.

    Whitespace is not compared (a re-wrapped paragraph is the same), except paragraph
    breaks; punctuation signs are words of their own.
    """
    keys_a, shown_a = _tokens(old)
    keys_b, shown_b = _tokens(new)
    segments: list[Segment] = []

    def add(op: Op, parts: Sequence[str], before: str = "") -> None:
        text = before + "".join(parts)
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for tag, i1, i2, j1, j2 in _absorb_islands(_opcodes(keys_a, keys_b), keys_a):
        if tag == "equal":
            before = ""
            if (
                segments
                and shown_b[j1] == keys_b[j1]
                and (segments[-1].op == "delete" or segments[-1].text.endswith(PARAGRAPH))
            ):
                # the words before were deleted with the space that followed them, or a
                # paragraph break took the place of a space: keep it for the old text
                before = shown_a[i1][: len(shown_a[i1]) - len(keys_a[i1])]
            add("equal", shown_b[j1:j2], before)
            continue
        if tag in ("delete", "replace"):
            add("delete", shown_a[i1:i2])
        if tag in ("insert", "replace"):
            add("insert", shown_b[j1:j2])
    return tuple(segments)
