"""The text of two versions aligned passage by passage (articles, preamble, sections).

The text is aligned in stages, so that the cost stays about linear in its size:
identical passages first (unchanged, or moved/renumbered), then passages with the
same number or similar words (changed, maybe moved), the rest added or removed; a
word-level diff then runs inside each changed pair only.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..model import Article, Version
from .records import (
    ArticleAdded,
    ArticleChanged,
    ArticleMoved,
    ArticleRemoved,
    ArticleUnchanged,
    Passage,
    Segment,
    TextChange,
)
from .words import _content_key, _normalise, word_diff

# alignment thresholds, on the Dice coefficient of word pairs (see _similarity)
SIMILAR = 0.5  # two passages with different numbers are the same one, changed
SIMILAR_SAME_NUMBER = 0.25  # enough for two passages that have the same number
SHARED = 0.6  # share of a passage's words found in another: split from / merged into
EXHAUSTIVE = 2_000  # below this many pairs of unmatched passages, score them all
SAMPLE, SAMPLE_POSTING = 16, 32  # else pairs sharing sampled word pairs (1 in 16), if rare

# --- the text: passages, normalisation, alignment ------------------------------------

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LEVEL2 = re.compile(r"^##(?:[ \t]|$)")
_WORD = re.compile(r"\w+")


class _Unit:
    """A passage with what the alignment compares of it, each computed when first needed."""

    def __init__(self, passage: Passage, text: str) -> None:
        self.passage = passage
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        self._norm: tuple[str, str] | None = None
        self._key: tuple[str, str] | None = None
        self._words: frozenset[str] | None = None
        self._word_list: list[str] | None = None
        self._pairs: frozenset[str] | None = None

    @property
    def raw(self) -> tuple[str, str]:
        return (self.passage.title, self.text)

    @property
    def norm(self) -> tuple[str, str]:
        """Title and text with whitespace normalised."""
        if self._norm is None:
            self._norm = (_normalise(self.passage.title), _normalise(self.text))
        return self._norm

    @property
    def key(self) -> tuple[str, str]:
        """Title and text, equal for two passages that differ only in whitespace."""
        if self._key is None:
            self._key = (_content_key(self.norm[0]), _content_key(self.norm[1]))
        return self._key

    def same_as(self, other: _Unit) -> bool:
        return self.raw == other.raw or self.norm == other.norm or self.key == other.key

    @property
    def word_list(self) -> list[str]:
        if self._word_list is None:
            self._word_list = _WORD.findall(self.norm[1].lower())
        return self._word_list

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(self.word_list)
        return self._words

    @property
    def pairs(self) -> frozenset[str]:
        """Word bigrams: unrelated texts in one language share words, rarely pairs."""
        if self._pairs is None:
            words = self.word_list
            self._pairs = frozenset(
                [f"{a} {b}" for a, b in itertools.pairwise(words)] if len(words) > 2 else words
            )
        return self._pairs


def _passages(version: Version) -> list[_Unit]:
    """The passages of a version's text: the preamble, the articles, the other sections."""
    body = version.body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        return [
            _Unit(Passage("article", a.key, a.number, a.title, a.heading, i, a.line), a.text)
            for i, a in enumerate(version.articles)
        ]
    lines = body.split("\n")
    articles: dict[int, Article] = {a.line - version.body_line: a for a in version.articles}
    heads: list[int] = []
    fenced = False
    for index, written in enumerate(lines):
        if _FENCE.match(written):
            fenced = not fenced
        elif index in articles or (not fenced and _LEVEL2.match(written)):
            heads.append(index)
    units: list[_Unit] = []
    preamble = "\n".join(lines[: heads[0] if heads else len(lines)])
    if preamble.strip():
        first = next(i for i, written in enumerate(lines) if written.strip())
        passage = Passage("preamble", "preamble", "", "", "", 0, version.body_line + first)
        units.append(_Unit(passage, preamble))
    for n, start in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        text = "\n".join(lines[start + 1 : end])
        line = version.body_line + start
        article = articles.get(start)
        if article is not None:
            a = article
            passage = Passage("article", a.key, a.number, a.title, a.heading, len(units), line)
        else:
            heading = lines[start].lstrip("#").strip().rstrip("#").strip()
            key = " ".join(unicodedata.normalize("NFC", heading).lower().split())
            passage = Passage("section", key, "", heading, heading, len(units), line)
        units.append(_Unit(passage, text))
    return units


def _similarity(a: _Unit, b: _Unit) -> float:
    """Dice coefficient of the word pairs of two passages (0 unrelated, 1 same words)."""
    total = len(a.pairs) + len(b.pairs)
    if total == 0:
        return 1.0
    return 2 * len(a.pairs & b.pairs) / total


def _could_reach(a: _Unit, b: _Unit, threshold: float) -> bool:
    """Whether the sizes alone allow the similarity to reach the threshold."""
    total = len(a.pairs) + len(b.pairs)
    return total == 0 or 2 * min(len(a.pairs), len(b.pairs)) / total >= threshold


def _match_same(
    old: list[_Unit], new: list[_Unit], pairs: dict[int, int], key: Callable[[_Unit], object]
) -> None:
    """Pair the passages that have the same key (their text and title, in some form)."""
    taken = set(pairs.values())
    same: dict[object, list[int]] = {}
    for unit in old:
        if unit.passage.position not in pairs:
            same.setdefault(key(unit), []).append(unit.passage.position)
    for unit in new:
        if unit.passage.position in taken:
            continue
        candidates = same.get(key(unit))
        if not candidates:
            continue
        chosen = next(
            (i for i in candidates if old[i].passage.key == unit.passage.key), candidates[0]
        )
        candidates.remove(chosen)
        pairs[chosen] = unit.passage.position


def _align(old: list[_Unit], new: list[_Unit]) -> dict[int, int]:
    """Pairs of positions (old -> new) of the passages that are the same one."""
    pairs: dict[int, int] = {}
    # 1. the same text and title: unchanged, or moved
    keys: list[Callable[[_Unit], object]] = [
        lambda u: u.raw,  # the same as written
        lambda u: u.norm,  # but for line breaks and runs of spaces
        lambda u: u.key,  # but for spaces around punctuation too
    ]
    for key in keys:
        _match_same(old, new, pairs, key)
    # 2. the same number (or heading), and a title or words in common: changed
    taken = set(pairs.values())
    free_old = {(u.passage.kind, u.passage.key): u for u in old if u.passage.position not in pairs}
    for b in new:
        a = free_old.get((b.passage.kind, b.passage.key))
        if a is None or b.passage.position in taken or a.passage.position in pairs:
            continue
        if (
            a.passage.kind != "article"
            or (a.norm[0] and a.norm[0] == b.norm[0])
            or (
                _could_reach(a, b, SIMILAR_SAME_NUMBER) and _similarity(a, b) >= SIMILAR_SAME_NUMBER
            )
        ):
            pairs[a.passage.position] = b.passage.position
            taken.add(b.passage.position)
    # 3. similar words under another number: changed and moved
    rest_old = [u for u in old if u.passage.position not in pairs]
    rest_new = [u for u in new if u.passage.position not in taken]
    scored: list[tuple[float, int, int]] = []
    for a, b in _candidates(rest_old, rest_new):
        if not _could_reach(a, b, SIMILAR):
            continue
        score = _similarity(a, b)
        if score >= SIMILAR:
            bonus = 0.1 if a.norm[0] and a.norm[0] == b.norm[0] else 0.0
            scored.append((score + bonus, a.passage.position, b.passage.position))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    for _score, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _candidates(old: list[_Unit], new: list[_Unit]) -> Iterable[tuple[_Unit, _Unit]]:
    """Pairs worth scoring: all of them when few, else those that share a rare word pair.

    Scoring every pair would cost the square of the passages (a text reworded and
    renumbered throughout); an index of sketches keeps it about linear.
    """
    if len(old) * len(new) <= EXHAUSTIVE:
        for b in new:
            for a in old:
                yield a, b
        return
    sampled: dict[str, bool] = {}

    def sample(unit: _Unit) -> list[str]:
        """The word pairs whose fixed hash falls in one bucket of SAMPLE: similar
        passages share about as many of them as they share pairs."""
        grams = []
        for gram in unit.pairs:
            keep = sampled.get(gram)
            if keep is None:
                keep = sampled[gram] = zlib.crc32(gram.encode()) % SAMPLE == 0
            if keep:
                grams.append(gram)
        return grams

    index: dict[str, list[int]] = {}
    for i, a in enumerate(old):
        for gram in sample(a):
            index.setdefault(gram, []).append(i)
    for j, b in enumerate(new):
        grams = sample(b)
        hits: Counter[int] = Counter()
        for gram in grams:
            posting = index.get(gram, ())
            if len(posting) <= SAMPLE_POSTING:
                hits.update(posting)
        enough = max(1, len(grams) // 5)  # similar passages share a third of their pairs
        found = {i for i, count in hits.items() if count >= enough}
        found.update(i for i in range(j - 1, j + 2) if 0 <= i < len(old))  # neighbours
        for i in sorted(found):
            yield old[i], b


def _in_place(pairs: dict[int, int]) -> set[int]:
    """Old positions of the pairs that keep their order (a longest increasing run)."""
    items = sorted(pairs.items())
    tails: list[int] = []  # index into items of the smallest tail of each length
    back: list[int] = [-1] * len(items)
    values: list[int] = []
    for k, (_i, j) in enumerate(items):
        at = bisect_left(values, j)
        if at > 0:
            back[k] = tails[at - 1]
        if at == len(values):
            values.append(j)
            tails.append(k)
        else:
            values[at] = j
            tails[at] = k
    kept: set[int] = set()
    k = tails[-1] if tails else -1
    while k >= 0:
        kept.add(items[k][0])
        k = back[k]
    return kept


def _shared(part: _Unit, whole: _Unit) -> float:
    """Share of the words of ``part`` that ``whole`` has too."""
    return len(part.words & whole.words) / len(part.words) if part.words else 0.0


def _best_holder(unit: _Unit, others: Sequence[_Unit]) -> Passage | None:
    """The passage that has most of the words of ``unit``, if one has enough of them."""
    best, best_share = None, SHARED
    for other in others:
        if len(other.words) < len(unit.words) * SHARED:
            continue
        share = _shared(unit, other)
        if share >= best_share:
            best, best_share = other.passage, share
    return best


def _near(
    units: Sequence[_Unit], anchor: int, pairs: Mapping[int, int], other: Sequence[_Unit]
) -> list[_Unit]:
    """The passages just after ``anchor`` that changed: where a split or merge went."""
    near = []
    for unit in units[max(0, anchor - 1) : anchor + 4]:
        position = unit.passage.position
        if position not in pairs or not unit.same_as(other[pairs[position]]):
            near.append(unit)
    return near


def _compare_text(old_version: Version, new_version: Version) -> list[TextChange]:
    old, new = _passages(old_version), _passages(new_version)
    pairs = _align(old, new)
    kept = _in_place(pairs)
    by_new = {j: i for i, j in pairs.items()}
    placed: list[tuple[tuple[int, int, int], TextChange]] = []
    anchor = -1  # the old position of the last passage of the new text that was matched
    for unit in new:
        b = unit.passage
        i = by_new.get(b.position)
        if i is None:
            # a split: most of its text may come from a changed passage near here
            near = _near(old, anchor, pairs, new)
            source = _best_holder(unit, near) if unit.text else None
            placed.append(((b.position, 0, 0), ArticleAdded(b, unit.text, source)))
            continue
        anchor = i
        a = old[i]
        renumbered = a.passage.kind == "article" and a.passage.key != b.key
        moved = i not in kept
        if a.same_as(unit):
            if renumbered or moved:
                change: TextChange = ArticleMoved(a.passage, b, renumbered, moved)
            else:
                change = ArticleUnchanged(a.passage, b)
        else:
            change = _changed(a, unit, renumbered, moved)
        placed.append(((b.position, 0, 0), change))
    after = -1  # the new position of the last passage of the old text that was matched
    for position, unit in enumerate(old):
        if position in pairs:
            after = max(after, pairs[position]) if position in kept else after
            continue
        # a merge: most of its text may have gone into a changed passage near here
        near = _near(new, after, by_new, old)
        target = _best_holder(unit, near) if unit.text else None
        removal = ArticleRemoved(unit.passage, unit.text, target)
        placed.append(((after, 1, position), removal))
    placed.sort(key=lambda p: p[0])
    return [change for _order, change in placed]


def _changed(a: _Unit, b: _Unit, renumbered: bool, moved: bool) -> ArticleChanged:
    same_text = a.text == b.text or a.norm[1] == b.norm[1] or a.key[1] == b.key[1]
    same_title = a.norm[0] == b.norm[0] or a.key[0] == b.key[0]
    segments = _unchanged(b.text) if same_text else word_diff(a.text, b.text)
    title_segments = () if same_title else word_diff(a.passage.title, b.passage.title)
    extent = "title" if same_text else _extent((*segments, *title_segments))
    return ArticleChanged(
        a.passage, b.passage, segments, title_segments, renumbered, moved, extent, a.text, b.text
    )


def _unchanged(text: str) -> tuple[Segment, ...]:
    return (Segment("equal", text),) if text else ()


def _extent(segments: Iterable[Segment]) -> str:
    changed = [s.text for s in segments if s.op != "equal"]
    if any(_WORD.search(text) for text in changed):
        return "wording"
    if any(not text.isspace() for text in changed):
        return "punctuation"
    return "paragraphs"
