"""The text of two versions aligned passage by passage (articles, preamble, sections).

The text is aligned in stages, so that the cost stays about linear in its size:
identical passages first (unchanged, or moved/renumbered), then passages with the
same number or similar words (changed, maybe moved), the rest added or removed; a
word-level diff then runs inside each changed pair only.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..articles import LEVEL2, markdown_lines
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
SHARED = 0.6  # share of a passage's word pairs found in another: split from / merged into
EXHAUSTIVE = 2_000  # below this many pairs of unmatched passages, score them all
SAMPLE, SAMPLE_POSTING = 16, 32  # else pairs sharing sampled word pairs (1 in 16), if rare
# a passage rewritten wholesale: the shorter text has so few of its word pairs in the
# other that a word diff would mark nearly every word (and cost the product of their
# lengths to say so); it is shown whole, deleted, then the new one inserted. Heavily
# rewritten articles, a third of their words replaced, keep half their pairs and more;
# unrelated texts in one language share a few in a hundred.
REWRITTEN = 0.1
REWRITTEN_WORDS = 20  # shorter passages are compared word by word all the same

# --- the text: passages, normalisation, alignment ------------------------------------

_WORD = re.compile(r"\w+")


class _Unit:
    """A passage with what the alignment compares of it, each computed when first needed."""

    def __init__(self, passage: Passage, text: str) -> None:
        self.passage = passage
        self.text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        self._squeezed: tuple[str, str] | None = None
        self._norm: tuple[str, str] | None = None
        self._key: tuple[str, str] | None = None
        self._word_list: list[str] | None = None
        self._pairs: frozenset[int] | None = None

    @property
    def raw(self) -> tuple[str, str]:
        return (self.passage.title, self.text)

    @property
    def squeezed(self) -> tuple[str, str]:
        """Title and text without any whitespace: equal for two passages whose ``norm``
        or ``key`` are, and cheaper to make (the test before making those)."""
        if self._squeezed is None:
            self._squeezed = (_squeeze(self.passage.title), _squeeze(self.text))
        return self._squeezed

    @property
    def title(self) -> str:
        """The title with whitespace normalised (what ``norm`` has first)."""
        return self._norm[0] if self._norm is not None else _normalise(self.passage.title)

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
        if self.raw == other.raw:
            return True
        if self.squeezed != other.squeezed:
            return False
        return self.norm == other.norm or self.key == other.key

    def same_text(self, other: _Unit) -> bool:
        """Whether the two texts differ in whitespace at most (titles aside)."""
        if self.text == other.text:
            return True
        if self.squeezed[1] != other.squeezed[1]:
            return False
        return self.norm[1] == other.norm[1] or self.key[1] == other.key[1]

    @property
    def word_list(self) -> list[str]:
        if self._word_list is None:
            text = self.text
            if not unicodedata.is_normalized("NFC", text):
                text = unicodedata.normalize("NFC", text)
            self._word_list = _WORD.findall(text.lower())
        return self._word_list

    @property
    def pairs(self) -> frozenset[int]:
        """Word bigrams (their hashes: sets of numbers meet faster than sets of texts),
        or the words of a text of two words at most: unrelated texts in one language
        share words, rarely pairs."""
        if self._pairs is None:
            words = self.word_list
            grams = itertools.pairwise(words) if len(words) > 2 else words
            self._pairs = frozenset(map(hash, grams))
        return self._pairs

    @property
    def grams(self) -> list[str]:
        """The word pairs as text, which a fixed hash can sample (see ``_candidates``)."""
        words = self.word_list
        if len(words) <= 2:
            return list(dict.fromkeys(words))
        return list(dict.fromkeys(f"{a} {b}" for a, b in itertools.pairwise(words)))


def _squeeze(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return "".join(text.split())


class _Same:
    """A version as a key of a cache: the same object, not an equal one."""

    __slots__ = ("version",)

    def __init__(self, version: Version) -> None:
        self.version = version

    def __hash__(self) -> int:
        return id(self.version)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.version is self.version


@functools.lru_cache(maxsize=16)
def _cached_passages(key: _Same) -> list[_Unit]:
    """The passages of a version, and what the alignment computed of them, kept for the
    next comparison (a version is the new one of a page and the old one of the next)."""
    return _passages(key.version)


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
    markdown = markdown_lines(lines)
    for index, written in enumerate(lines):
        if markdown[index] and (index in articles or LEVEL2.match(written)):
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
    pa, pb = a.pairs, b.pairs
    total = len(pa) + len(pb)
    if total == 0:
        return 1.0
    return 2 * len(pa & pb) / total


def _could_reach(a: _Unit, b: _Unit, threshold: float) -> bool:
    """Whether the sizes alone allow the similarity to reach the threshold."""
    na, nb = len(a.pairs), len(b.pairs)
    return na + nb == 0 or 2 * min(na, nb) / (na + nb) >= threshold


def _match_same(
    old: list[_Unit], new: list[_Unit], pairs: dict[int, int], key: Callable[[_Unit], object]
) -> None:
    """Pair the passages that have the same key (their text and title, in some form; None:
    none to look for)."""
    taken = set(pairs.values())
    same: dict[object, list[int]] = {}
    for unit in old:
        if unit.passage.position not in pairs:
            found = key(unit)
            if found is not None:
                same.setdefault(found, []).append(unit.passage.position)
    for unit in new:
        if unit.passage.position in taken:
            continue
        found = key(unit)
        candidates = same.get(found) if found is not None else None
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
    _match_same(old, new, pairs, lambda u: u.raw)  # the same as written
    # but for line breaks and runs of spaces, or spaces around punctuation too: among the
    # passages whose text without spaces is found on both sides only
    taken = set(pairs.values())
    both = {u.squeezed for u in old if u.passage.position not in pairs}
    both &= {u.squeezed for u in new if u.passage.position not in taken}
    if both:
        _match_same(old, new, pairs, lambda u: u.norm if u.squeezed in both else None)
        _match_same(old, new, pairs, lambda u: u.key if u.squeezed in both else None)
    # 2. the same number (or heading), and a title or words in common: changed
    taken = set(pairs.values())
    free_old = {(u.passage.kind, u.passage.key): u for u in old if u.passage.position not in pairs}
    for b in new:
        a = free_old.get((b.passage.kind, b.passage.key))
        if a is None or b.passage.position in taken or a.passage.position in pairs:
            continue
        if (
            a.passage.kind != "article"
            or (a.title and a.title == b.title)
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
            bonus = 0.1 if a.title and a.title == b.title else 0.0
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
        for gram in unit.grams:
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
    """Share of the word pairs of ``part`` that ``whole`` has too (pairs, not words: two
    texts in one language share most of their words, and few pairs, unless one repeats
    the other)."""
    return len(part.pairs & whole.pairs) / len(part.pairs) if part.pairs else 0.0


def _best_holder(unit: _Unit, others: Sequence[_Unit]) -> Passage | None:
    """The passage that has most of the words of ``unit``, if one has enough of them."""
    best, best_share = None, SHARED
    for other in others:
        if len(other.pairs) < len(unit.pairs) * SHARED:
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
    old, new = _cached_passages(_Same(old_version)), _cached_passages(_Same(new_version))
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
    same_text = a.same_text(b)
    same_title = a.title == b.title or _content_key(a.title) == _content_key(b.title)
    title_segments = () if same_title else word_diff(a.passage.title, b.passage.title)
    if same_text:
        segments, extent = _unchanged(b.text), "title"
    elif _rewritten(a, b):
        segments, extent = (Segment("delete", a.text), Segment("insert", b.text)), "rewritten"
    else:
        segments = word_diff(a.text, b.text)
        extent = _extent((*segments, *title_segments))
    return ArticleChanged(
        a.passage, b.passage, segments, title_segments, renumbered, moved, extent, a.text, b.text
    )


def _rewritten(a: _Unit, b: _Unit) -> bool:
    """Whether the text of a passage was rewritten wholesale: the shorter of its two texts
    has few of its word pairs in the other (a text that grew around its old words was
    not rewritten, however much it grew)."""
    if min(len(a.word_list), len(b.word_list)) < REWRITTEN_WORDS:
        return False
    return len(a.pairs & b.pairs) < REWRITTEN * min(len(a.pairs), len(b.pairs))


def _unchanged(text: str) -> tuple[Segment, ...]:
    return (Segment("equal", text),) if text else ()


def _extent(segments: Iterable[Segment]) -> str:
    changed = [s.text for s in segments if s.op != "equal"]
    if any(_WORD.search(text) for text in changed):
        return "wording"
    if any(not text.isspace() for text in changed):
        return "punctuation"
    return "paragraphs"
