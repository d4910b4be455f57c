"""The redline of a passage: its two versions shown as one text, as word processors
track changes.

The old and the new Markdown are each converted to HTML (Python-Markdown, with the
extensions a site uses for its bodies) and read into trees. The words of the two trees
are compared (the word diff of ``words``, block by block, then sentence by sentence,
then word by word); the result follows the new text's structure: its headings, lists,
emphasis, links and tables, with the words it adds in ``ins`` marks, and the words it
lost, in ``del`` marks, where they stood. A block of the old text that lost every word
(a list item, a paragraph, a table row) comes back whole, struck through, at its place in
the new structure. Changes of line breaks and spaces alone mark nothing.

A passage added, removed or rewritten wholesale is not merged: ``whole`` gives its text
struck through or underlined block by block, and a text of plain paragraphs (most are)
without converting it at all (:class:`Block`).

The result is data (:class:`Element`, :class:`Text`, :class:`Mark`, :class:`Block`),
which the templates render (``_redline.j2``, in one flat loop: ``flatten``): nothing
here writes HTML. A body's own HTML passes through as on the version page, cleaned by
the rule of ``bodypolicy`` (no script, frame, event handler or ``javascript:`` link,
whatever the site's ``raw_html`` option), without what would break the page around it
(ids, styles).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html.parser import HTMLParser
from typing import ClassVar, Literal

import markdown

from ..bodypolicy import BODY_EXTENSIONS, clean_html
from .records import PARAGRAPH, Segment
from .words import Opcode, _absorb_islands, _opcodes

MarkOp = Literal["insert", "delete"]

EXTENSIONS = BODY_EXTENSIONS  # what a site's bodies are converted with
# the headings of a passage's text sit under the passage's own (h3): its title line (#)
# and its first level of headings (###; ## begins another passage) become h4
HEADINGS = {"h1": "h4", "h2": "h4", "h3": "h4", "h4": "h5", "h5": "h6", "h6": "h6"}


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


VOID = _names("area base br col embed hr img input link meta source track wbr")
# elements whose words are read as one unit of text: a paragraph, a list item, a cell
BLOCKS = _names(
    "address article aside blockquote caption dd details div dl dt figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table "
    "tbody td tfoot th thead tr ul"
)
_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9]*")
_ATTRIBUTE = re.compile(r"[a-zA-Z_:][-a-zA-Z0-9_:.]*")
_SHOWN = re.compile(r"\s*(?:\w+|[^\w\s])")


# --- what the templates render ---------------------------------------------------------


@dataclass(slots=True)
class Text:
    """Text as it is read (the template escapes it)."""

    kind: ClassVar[str] = "text"
    text: str


@dataclass(slots=True)
class Mark:
    """Words inserted (``ins``) or deleted (``del``)."""

    kind: ClassVar[str] = "mark"
    op: MarkOp
    children: list[Node] = field(default_factory=list)

    @property
    def tag(self) -> str:
        return "ins" if self.op == "insert" else "del"


@dataclass(slots=True)
class Element:
    """An element of the text; ``op`` when the whole block is inserted or deleted."""

    kind: ClassVar[str] = "element"
    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    children: list[Node] = field(default_factory=list)
    op: MarkOp | None = None

    @property
    def void(self) -> bool:
        return self.tag in VOID

    @property
    def class_name(self) -> str:
        for name, value in self.attrs:
            if name == "class":
                return value
        return ""

    @property
    def classes(self) -> str:
        """Its class attribute: its own classes, and the mark of a block inserted or
        deleted whole."""
        own = self.class_name if self.attrs else ""
        if self.op is None:
            return own
        block = "pacte-block-ins" if self.op == "insert" else "pacte-block-del"
        return f"{own} {block}" if own else block

    @property
    def other_attrs(self) -> tuple[tuple[str, str], ...]:
        """Its attributes but the class (see ``classes``)."""
        attrs = self.attrs
        for name, _value in attrs:
            if name == "class":
                return tuple(item for item in attrs if item[0] != "class")
        return attrs


@dataclass(frozen=True, slots=True)
class Block:
    """A passage's whole text, inserted or deleted, when it is plain paragraphs (which
    Markdown would only put in ``p`` elements): those paragraphs, as written, shown as
    one mark around them (one ``ins`` or ``del``, said once to screen readers)."""

    kind: ClassVar[str] = "block"
    op: MarkOp
    paragraphs: tuple[str, ...]

    @property
    def tag(self) -> str:
        return "ins" if self.op == "insert" else "del"


Node = Text | Mark | Element | Block


@dataclass(frozen=True, slots=True)
class Redline:
    """The merged text of a passage, and whether anything in it is marked."""

    nodes: tuple[Node, ...]
    marked: bool


# --- reading the HTML of each version ----------------------------------------------------


class _Element:
    __slots__ = ("attrs", "children", "end", "parent", "start", "tag")

    def __init__(self, tag: str, attrs: tuple[tuple[str, str], ...], parent: _Element | None):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children: list[_Element | _Word | str] = []
        self.start = self.end = 0  # its words, as indices into the tree's words

    @property
    def is_block(self) -> bool:
        return self.tag in BLOCKS or self.parent is None


class _Word:
    """A word or a sign, with the whitespace before it as written."""

    __slots__ = ("block", "index", "key", "parent", "shown")

    def __init__(self, shown: str, parent: _Element) -> None:
        self.shown = shown
        self.key = shown.lstrip()
        self.parent = parent
        self.block = parent
        self.index = 0


def _clean_attrs(attrs: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """The attributes of an element of the cleaned HTML but ids and styles, which would
    clash with the page around (the rule against what runs code is bodypolicy's)."""
    kept = []
    for name, value in attrs:
        name = name.lower()
        if name in ("id", "style") or not _ATTRIBUTE.fullmatch(name):
            continue
        kept.append((name, value or ""))
    return tuple(kept)


def _tag(tag: str) -> str:
    return HEADINGS.get(tag, tag)


class _Reader(HTMLParser):
    """HTML (cleaned by bodypolicy) into a tree of elements, words and whitespace."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("", (), None)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not _NAME.fullmatch(tag):
            return
        top = self.stack[-1]
        if tag in ("li", "dt", "dd", "tr", "td", "th", "p") and top.tag == tag:
            self.stack.pop()  # an element that closes the one before, as browsers read it
        node = _Element(_tag(tag), _clean_attrs(attrs), self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        tag = _tag(tag)
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if not data:
            return
        if not unicodedata.is_normalized("NFC", data):
            data = unicodedata.normalize("NFC", data)
        parent = self.stack[-1]
        end = 0
        for match in _SHOWN.finditer(data):
            parent.children.append(_Word(match.group(), parent))
            end = match.end()
        if end < len(data):
            parent.children.append(data[end:])


class _Tree:
    """A version's passage: its elements, its words in order, and what the diff compares."""

    def __init__(self, root: _Element) -> None:
        self.root = root
        self.words: list[_Word] = []
        self._number(root, root)
        # the words compared, each block ended by a paragraph break
        self.keys: list[str] = []
        self.at: list[int] = []  # for each key, the index of its word (-1: a break)
        self.before: list[int] = []  # for each key, how many words come before it
        self.spans: list[tuple[int, int]] = []  # the keys of each block, with its break
        self.blocks: list[tuple[str, ...]] = []  # the words of each block
        for index, word in enumerate(self.words):
            if not self.spans or word.block is not self.words[index - 1].block:
                if self.spans:
                    self._end_block(index)
                self.spans.append((len(self.keys), -1))
            self.keys.append(word.key)
            self.at.append(index)
            self.before.append(index)
        if self.spans:
            self._end_block(len(self.words))

    def _end_block(self, words_before: int) -> None:
        start = self.spans[-1][0]
        self.blocks.append(tuple(self.keys[start:]))
        self.keys.append(PARAGRAPH)
        self.at.append(-1)
        self.before.append(words_before)
        self.spans[-1] = (start, len(self.keys))

    def _number(self, node: _Element, block: _Element) -> None:
        node.start = len(self.words)
        for child in node.children:
            if isinstance(child, _Word):
                child.index = len(self.words)
                child.block = block
                self.words.append(child)
            elif isinstance(child, _Element):
                self._number(child, child if child.tag in BLOCKS else block)
        node.end = len(self.words)


_local = threading.local()


def _to_html(text: str) -> str:
    converter: markdown.Markdown | None = getattr(_local, "markdown", None)
    if converter is None:
        converter = _local.markdown = markdown.Markdown(extensions=list(EXTENSIONS))
    converter.reset()
    # raw HTML as a site with the raw_html option publishes it: never what runs code
    return clean_html(converter.convert(text), raw_html=True)


# what a text of plain paragraphs does not have: what Markdown reads as emphasis, code,
# links, raw HTML or entities, escapes, tables, attribute lists; line breaks (spaces at
# the end of a line); tabs; and lines that begin a block (a list, a heading, a
# quotation, code, a definition, an admonition: any line that begins with a space or a
# sign but an opening quotation mark or parenthesis, or with a number and a dot)
_MARKDOWN_SIGNS = (*"\\`*_[]<>&|{}~^\t", " \n")
_OPENINGS = frozenset("«\"'(“„")
_NUMBERED = re.compile(r"\d+\.(?:\s|$)")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


@functools.lru_cache(maxsize=512)
def plain_paragraphs(text: str) -> tuple[str, ...] | None:
    """The paragraphs of a text that Markdown would only put in ``p`` elements, as written
    (None if it has anything else): shown without converting it. (Searching for each sign
    costs a tenth of a regular expression that finds them all.)"""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not text:
        return ()
    if text.endswith(" ") or any(sign in text for sign in _MARKDOWN_SIGNS):
        return None
    for line in text.split("\n"):
        if not line:
            continue
        first = line[0]
        if not (first.isalnum() or first in _OPENINGS):
            return None
        if first.isdigit() and _NUMBERED.match(line):
            return None
    return tuple(_PARAGRAPH_BREAK.split(text))


def whole(text: str, op: MarkOp) -> tuple[Node, ...]:
    """A passage's text inserted (``op``: insert) or deleted whole, as the redline of an
    empty text against it shows it; plain paragraphs without converting them."""
    if not text.strip():
        return ()
    paragraphs = plain_paragraphs(text)
    if paragraphs is not None:
        return (Block(op, paragraphs),)
    return redline("", text).nodes if op == "insert" else redline(text, "").nodes


@functools.lru_cache(maxsize=256)
def _read(text: str) -> _Tree:
    """The tree of a passage's Markdown (kept: a version is the new one of a page and the
    old one of the next; trees are never changed once read)."""
    reader = _Reader()
    reader.feed(_to_html(text))
    reader.close()
    return _Tree(reader.root)


def plain_words(text: str) -> list[str]:
    """The words and signs a reader reads in a passage's Markdown, in order."""
    return [word.key for word in _read(text).words]


# --- the merge ---------------------------------------------------------------------------


def redline(old: str, new: str) -> Redline:
    """The new Markdown with what changed from the old one marked in it."""
    return _Merge(_read(old), _read(new)).result()


def _chain(node: _Element) -> list[_Element]:
    """The node's ancestors and itself, from the root down."""
    chain = []
    current: _Element | None = node
    while current is not None:
        chain.append(current)
        current = current.parent
    chain.reverse()
    return chain


class _Merge:
    def __init__(self, a: _Tree, b: _Tree) -> None:
        self.a, self.b = a, b
        self.equal_b = [False] * len(b.words)  # per new word: kept from the old text
        self.to_b = [-1] * len(a.words)  # per old word: the new word it is, if kept
        self.deletions: list[tuple[list[int], int]] = []  # old words, at a gap of the new
        for tag, i1, i2, j1, _j2 in self._opcodes():
            if tag == "equal":
                for offset in range(i2 - i1):
                    wa, wb = a.at[i1 + offset], b.at[j1 + offset]
                    if wa >= 0 and wb >= 0:
                        self.to_b[wa] = wb
                        self.equal_b[wb] = True
                continue
            deleted = [w for w in a.at[i1:i2] if w >= 0]
            if deleted:
                gap = b.before[j1] if j1 < len(b.keys) else len(b.words)
                self.deletions.append((deleted, gap))
        # old words kept, counted: an element whose count does not grow lost every word
        self.kept = [0]
        for target in self.to_b:
            self.kept.append(self.kept[-1] + (target >= 0))
        self.before: dict[int, list[Node]] = {}  # id of a new node -> what comes before it
        self.after: dict[int, list[Node]] = {}
        self.at_end: list[Node] = []  # for a new text without words
        self.holding: set[int] = set()  # ids of the new elements a deleted fragment is in
        self.wrappers: dict[tuple[int, int], Element] = {}
        self.placed: set[int] = set()
        self.marked = False

    def _opcodes(self) -> list[Opcode]:
        """Blocks first (a list item kept is kept whole), then words inside the others."""
        a, b = self.a, self.b
        ops: list[Opcode] = []
        blocks = SequenceMatcher(None, a.blocks, b.blocks, autojunk=False)
        for tag, i1, i2, j1, j2 in blocks.get_opcodes():
            s1 = a.spans[i1][0] if i1 < len(a.spans) else len(a.keys)
            e1 = a.spans[i2 - 1][1] if i2 > i1 else s1
            s2 = b.spans[j1][0] if j1 < len(b.spans) else len(b.keys)
            e2 = b.spans[j2 - 1][1] if j2 > j1 else s2
            if tag == "equal":
                ops.append(("equal", s1, e1, s2, e2))
            else:
                ops.extend(_opcodes(a.keys, b.keys, s1, e1, s2, e2))
        return _absorb_islands(ops, a.keys)

    # --- where the deleted words go --------------------------------------------------

    def _lost_all(self, node: _Element) -> bool:
        return node.end > node.start and self.kept[node.end] == self.kept[node.start]

    def _place_deletions(self) -> None:
        for words, gap in self.deletions:
            self.marked = True
            run: list[_Word] = []
            for index in words:
                word = self.a.words[index]
                if run and run[-1].block is not word.block:
                    self._place_run(run, gap)
                    run = []
                run.append(word)
            if run:
                self._place_run(run, gap)

    def _place_run(self, run: list[_Word], gap: int) -> None:
        block = run[0].block
        if block.parent is not None and self._lost_all(block):
            unit = block
            while unit.parent is not None and unit.parent.parent is not None:
                if not self._lost_all(unit.parent):
                    break
                unit = unit.parent
            if id(unit) not in self.placed:
                self.placed.add(id(unit))
                self._place_block(unit, gap)
            return
        self._place_inline(run, gap)

    def _place_inline(self, run: list[_Word], gap: int) -> None:
        """Words deleted inside a block that keeps others: beside the words they stood by."""
        fragment = _inline_fragment(run, run[0].block, "delete")
        words = self.b.words
        mapped = {
            id(words[self.to_b[k]].block)
            for k in range(run[0].block.start, run[0].block.end)
            if self.to_b[k] >= 0
        }
        if gap > 0 and id(words[gap - 1].block) in mapped:
            self._put_after(words[gap - 1], fragment)
        elif gap < len(words) and id(words[gap].block) in mapped:
            self._put_before(words[gap], fragment)
        else:
            block = run[0].block
            first = run[0].index
            earlier = [self.to_b[k] for k in range(block.start, first) if self.to_b[k] >= 0]
            later = [self.to_b[k] for k in range(first, block.end) if self.to_b[k] >= 0]
            if earlier:
                self._put_after(words[earlier[-1]], fragment)
            elif later:
                self._put_before(words[later[0]], fragment)
            else:  # the block kept no word (its whole text is deleted)
                self._put_block(self.a.root, fragment, gap)

    def _place_block(self, unit: _Element, gap: int) -> None:
        """A block that lost every word: whole, struck through, in the new structure."""
        self._put_block(unit.parent or self.a.root, [_block_clone(unit, "delete")], gap, unit)

    def _put_block(
        self, parent: _Element, nodes: list[Node], gap: int, unit: _Element | None = None
    ) -> None:
        words = self.b.words
        if not words:
            self.at_end.extend(nodes)
            return
        after = gap > 0
        word = words[gap - 1] if after else words[gap]
        old_chain = _chain(parent)
        new_chain = _chain(word.block)
        depth = 0  # the deepest level where the old and the new containers correspond
        while (
            depth + 1 < len(old_chain)
            and depth + 1 < len(new_chain)
            and old_chain[depth + 1].tag == new_chain[depth + 1].tag
            and self._correspond(old_chain[depth + 1], new_chain[depth + 1])
        ):
            depth += 1
        container = new_chain[depth]
        # the child of the container that holds the word: the fragment goes beside it
        child: _Element | _Word = word
        while child.parent is not container and child.parent is not None:
            child = child.parent
        # the old containers between that level and the block, rebuilt around it
        for level in range(len(old_chain) - 1, depth, -1):
            wrapper_of = old_chain[level]
            key = (id(child), id(wrapper_of))
            existing = self.wrappers.get(key)
            if existing is not None and level == depth + 1:
                existing.children.extend(nodes)
                return
            wrapper = Element(wrapper_of.tag, wrapper_of.attrs, list(nodes))
            if level == depth + 1:
                self.wrappers[key] = wrapper
            nodes = [wrapper]
        self._hold(container)
        target = self.after if after else self.before
        target.setdefault(id(child), []).extend(nodes)

    def _correspond(self, old: _Element, new: _Element) -> bool:
        """Whether a word of the old element was kept in the new one."""
        return any(new.start <= self.to_b[k] < new.end for k in range(old.start, old.end))

    def _put_after(self, word: _Word, nodes: list[Node]) -> None:
        node: _Element | _Word = word
        # out of the emphasis or link the word ends, so that deleted words keep their own
        while (
            node.parent is not None
            and not node.parent.is_block
            and node.parent.end == word.index + 1
        ):
            node = node.parent
        self._hold(node.parent)
        self.after.setdefault(id(node), []).extend(nodes)

    def _put_before(self, word: _Word, nodes: list[Node]) -> None:
        node: _Element | _Word = word
        while (
            node.parent is not None and not node.parent.is_block and node.parent.start == word.index
        ):
            node = node.parent
        self._hold(node.parent)
        self.before.setdefault(id(node), []).extend(nodes)

    def _hold(self, element: _Element | None) -> None:
        while element is not None and id(element) not in self.holding:
            self.holding.add(id(element))
            element = element.parent

    # --- the new tree, with the marks -------------------------------------------------

    def result(self) -> Redline:
        self._place_deletions()
        nodes = self._children(self.b.root)
        nodes.extend(self.at_end)
        marked = self.marked or not all(self.equal_b)
        return Redline(tuple(tidy(nodes)), marked)

    def _inserted_whole(self, node: _Element) -> bool:
        return (
            node.end > node.start
            and id(node) not in self.holding
            and not any(self.equal_b[node.start : node.end])
        )

    def _children(self, node: _Element) -> list[Node]:
        out: list[Node] = []
        for child in node.children:
            key = id(child)
            out.extend(self.before.get(key, ()))
            if isinstance(child, str):
                out.append(Text(child))
            elif isinstance(child, _Word):
                if self.equal_b[child.index]:
                    out.append(Text(child.shown))
                else:
                    space = child.shown[: len(child.shown) - len(child.key)]
                    if space:
                        out.append(Text(space))
                    out.append(Mark("insert", [Text(child.key)]))
            elif child.is_block and self._inserted_whole(child):
                out.append(_block_clone(child, "insert"))
            else:
                out.append(Element(child.tag, child.attrs, tidy(self._children(child))))
            out.extend(self.after.get(key, ()))
        return out


def _inline_fragment(words: Sequence[_Word], block: _Element, op: MarkOp) -> list[Node]:
    """Words of one block in a mark, inside their own emphasis and links."""
    top: list[Node] = []
    stack: list[tuple[_Element | None, list[Node]]] = [(None, top)]
    for word in words:
        chain: list[_Element] = []
        parent: _Element | None = word.parent
        while parent is not block and parent is not None:
            chain.append(parent)
            parent = parent.parent
        chain.reverse()
        common = 0
        while (
            common < len(chain)
            and common + 1 < len(stack)
            and stack[common + 1][0] is chain[common]
        ):
            common += 1
        del stack[common + 1 :]
        for element in chain[common:]:
            clone = Element(element.tag, element.attrs)
            stack[-1][1].append(clone)
            stack.append((element, clone.children))
        stack[-1][1].append(Text(word.shown))
    # the space before the first word stays out of the mark
    space = ""
    first = top[0] if top else None
    if isinstance(first, Text):
        body = first.text.lstrip()
        space, first.text = first.text[: len(first.text) - len(body)], body
    mark = Mark(op, tidy(top))
    return [Text(space), mark] if space else [mark]


def _block_clone(node: _Element, op: MarkOp) -> Element:
    """A block inserted or deleted whole: its structure, its words in marks."""
    return Element(node.tag, node.attrs, _marked_children(node, op), op)


def _marked_children(node: _Element, op: MarkOp) -> list[Node]:
    out: list[Node] = []
    run: list[Node] = []

    def close() -> None:
        if any(not isinstance(n, Text) or n.text.strip() for n in run):
            out.append(Mark(op, tidy(run)))
        else:
            out.extend(run)
        run.clear()

    for child in node.children:
        if isinstance(child, _Element) and child.tag in BLOCKS:
            close()
            out.append(_block_clone(child, op))
        else:
            run.append(_copy(child))
    close()
    return out


def _copy(child: _Element | _Word | str) -> Node:
    if isinstance(child, str):
        return Text(child)
    if isinstance(child, _Word):
        return Text(child.shown)
    return Element(child.tag, child.attrs, [_copy(c) for c in child.children])


def tidy(nodes: list[Node]) -> list[Node]:
    """Neighbouring texts joined, and neighbouring marks of the same kind with the space
    between them; a word replaced shows one space before it, not two."""
    out: list[Node] = []
    for node in nodes:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        elif isinstance(node, Mark):
            if out and isinstance(out[-1], Mark) and out[-1].op == node.op:
                out[-1].children = tidy([*out[-1].children, *node.children])
                continue
            if (
                len(out) >= 2
                and isinstance(out[-1], Text)
                and not out[-1].text.strip()
                and isinstance(out[-2], Mark)
            ):
                before = out[-2]
                if before.op == node.op:
                    space = out.pop()
                    assert isinstance(space, Text)
                    before.children = tidy([*before.children, space, *node.children])
                    continue
                if before.op == "delete" and node.op == "insert" and _spaced(out[:-2]):
                    out.pop()  # '… <del>old</del><ins>new</ins> …'
        out.append(node)
    return out


def _spaced(nodes: Sequence[Node]) -> bool:
    """Whether what comes before ends with a space (or nothing comes before)."""
    if not nodes:
        return True
    last = nodes[-1]
    return isinstance(last, Text) and last.text[-1:].isspace()


# --- a line of text (titles, summaries, commitments) -------------------------------------


def inline_nodes(segments: Iterable[Segment]) -> list[Node]:
    """A word diff of plain text as one line: paragraph breaks read as spaces."""
    out: list[Node] = []
    for segment in segments:
        text = segment.text.replace(PARAGRAPH, " ")
        if segment.op == "equal":
            out.append(Text(text))
            continue
        body = text.lstrip()
        if text != body:
            out.append(Text(text[: len(text) - len(body)]))
        out.append(Mark(segment.op, [Text(body)]))
    return tidy(out)


def flatten(nodes: Iterable[Node]) -> list[tuple[Node, bool | None]]:
    """The nodes in the order of the page: an element or a mark opened (False), then what
    it holds, then itself closed (True), or, if it holds one text only, at once (None); a
    text or a block once. The template writes them in one loop (a macro called for each
    element cost a tenth of the build at scale)."""
    out: list[tuple[Node, bool | None]] = []
    append = out.append

    def walk(items: Iterable[Node]) -> None:
        for node in items:
            if isinstance(node, Mark) or (isinstance(node, Element) and node.tag not in VOID):
                children = node.children
                if len(children) == 1 and isinstance(children[0], Text):
                    append((node, None))
                    continue
                append((node, False))
                walk(children)
                append((node, True))
            else:
                append((node, False))

    walk(nodes)
    return out


def marks(nodes: Iterable[Node], op: MarkOp) -> list[str]:
    """The text of each mark of the kind, in order (for tests and measures)."""
    found: list[str] = []

    def text(node: Node) -> str:
        if isinstance(node, Text):
            return node.text
        if isinstance(node, Block):
            return " ".join(node.paragraphs)
        return "".join(text(child) for child in node.children)

    def walk(items: Iterable[Node]) -> None:
        for node in items:
            if isinstance(node, Block):
                if node.op == op:
                    found.append(text(node))
            elif isinstance(node, Mark):
                if node.op == op:
                    found.append(text(node))
                else:
                    walk(node.children)
            elif isinstance(node, Element):
                walk(node.children)

    walk(nodes)
    return found
