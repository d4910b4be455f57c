"""Reading source files: text decoding, front matter splitting and YAML with positions.

YAML is composed into nodes (never constructed into Python objects by PyYAML), so
every value keeps the line and column where it was written and no tag can run code.
Aliases are refused: a composed alias is the very node it points to, which lets
an "alias bomb" be detected by identity without ever being expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .guard import MAX_SOURCE_BYTES, Refused, read_source
from .messages import say
from .problems import Problem, Severity

try:  # libyaml is about seven times faster at composing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
MAX_NODES = 1_000_000  # far beyond any real source (members.yml of a large network included)
# Nesting: no real source goes past ten levels. Kept well below the parser's own limit
# (libyaml stops at 1,000 levels since PyYAML 6.0.4), which is reported the same way.
MAX_DEPTH = 500
TOO_DEEP = say("this YAML is nested too deeply (lists within lists...): write it flatter")


@dataclass
class Reader:
    """Collects the problems of one file, positioned in that file."""

    path: str  # relative to the site root, with forward slashes
    line_offset: int = 0  # lines of the file before the YAML text starts
    problems: list[Problem] = field(default_factory=list)

    def report(
        self,
        line: int,
        column: int,
        message: str,
        code: str,
        severity: Severity = Severity.ERROR,
    ) -> None:
        self.problems.append(Problem(self.path, line, column, severity, message, code))

    def position(self, mark: yaml.Mark) -> tuple[int, int]:
        """Line and column in the file (from 1) of a place in its YAML text."""
        return mark.line + 1 + self.line_offset, mark.column + 1

    def at(self, node: Node, message: str, code: str, severity: Severity = Severity.ERROR) -> None:
        self.report(*self.position(node.start_mark), message, code, severity)

    @property
    def failed(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


def decode(data: bytes, reader: Reader) -> str | None:
    """UTF-8 text with a BOM removed and line ends made ``\\n``; None if not UTF-8."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        reader.report(
            line,
            column,
            say(
                "this file is not UTF-8 text (byte 0x{byte:02x} cannot be read); "
                "save it again as UTF-8 in your editor",
                byte=data[exc.start],
            ),
            "encoding",
        )
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(root: Path, path: Path, reader: Reader, limit: int = MAX_SOURCE_BYTES) -> str | None:
    """The decoded text of a file of the site, read through the guard (`guard.read_source`):
    a link, a folder, a FIFO, a device or a file over LIMIT bytes is a problem at 1:1."""
    try:
        data = read_source(root, path.relative_to(root).as_posix(), limit)
    except Refused as refused:
        reader.report(1, 1, refused.sentence(), refused.code)
        return None
    return decode(data, reader)


@dataclass(frozen=True)
class FrontMatter:
    yaml_text: str
    yaml_line: int  # line of the file where the YAML text starts (1-based)
    body: str
    body_line: int  # line of the file where the body starts (1-based)


# what a file's first line must open, by the kind of file (`split_front_matter`)
NO_FRONT_MATTER = {
    "version": say(
        "a version file must start with a line '---', then its front matter "
        "(title, status, parties...), then another line '---'"
    ),
    "translation": say(
        "a translation must start with a line '---', then its front matter (title, lang...), "
        "then another line '---'"
    ),
}


def split_front_matter(text: str, reader: Reader, kind: str = "version") -> FrontMatter | None:
    """The front matter and body of a version file (KIND "version") or a translation."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        reader.report(1, 1, NO_FRONT_MATTER[kind], "no-front-matter")
        return None
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return FrontMatter(
                yaml_text="\n".join(lines[1:index]) + "\n",
                yaml_line=2,
                body="\n".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    reader.report(
        1,
        1,
        say("the front matter opened on line 1 is never closed: add a line '---' after it"),
        "unterminated-front-matter",
    )
    return None


# libyaml's words for what it cannot read, said plainly in the site's language (the
# catalog translates them: messages/reading.py); words it has besides are shown as they are
_YAML_PROBLEMS = {
    "mapping values are not allowed in this context": say(
        "a ':' followed by a space cannot be here"
    ),
    "found unexpected end of stream": say("the text ends before what was opened is closed"),
    "found character that cannot start any token": say("a character that cannot start a value"),
    "found a tab character that violates indentation": say("a tab where the indentation should be"),
    "found a tab character where an indentation space is expected": say(
        "a tab where the indentation should be"
    ),
    "could not find expected ':'": say("a ':' is missing after a key"),
    "did not find expected key": say("a line is not indented like the keys around it"),
    "did not find expected '-' indicator": say(
        "a line is not indented like the items of its list ('- ')"
    ),
    "did not find expected ',' or ']'": say("a ',' or a ']' is missing in a list in brackets"),
    "did not find expected ',' or '}'": say("a ',' or a '}}' is missing between braces"),
    "did not find expected node content": say("a value is missing"),
    "found unknown escape character": say("an unknown escape with '\\' in a text in double quotes"),
    "did not find expected comment or line break": say("something follows a value on its line"),
    "found unexpected document indicator": say("a line '---' or '...' inside a value"),
}
_YAML_CONTEXTS = {
    "while scanning a quoted scalar": say("a text in quotes"),
    "while scanning a simple key": say("a key"),
    "while parsing a block mapping": say("a group of keys"),
    "while parsing a block collection": say("a list"),
    "while parsing a flow sequence": say("a list in brackets"),
    "while parsing a flow mapping": say("keys between braces"),
    "while parsing a block node": say("a value"),
    "while parsing a flow node": say("a value"),
    "while scanning a plain scalar": say("a value"),
    "while scanning a block scalar": say("a text block ('|' or '>')"),
}


def compose(yaml_text: str, reader: Reader) -> Node | None:
    """The YAML text as a node tree, or None after reporting why it cannot be read."""
    if _odd_line_break(yaml_text, reader) or _too_deep(yaml_text, reader):
        return None
    try:
        node: Node | None = yaml.compose(yaml_text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        if _is_nesting_limit(exc):
            _report_too_deep(exc.problem_mark, reader)
            return None
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1 if mark else 1) + reader.line_offset
        column = mark.column + 1 if mark else 1
        problem = exc.problem or ""
        what = _YAML_PROBLEMS.get(problem) or problem or say("invalid YAML")
        context = _YAML_CONTEXTS.get(exc.context or "") or exc.context
        hint = ""
        if _tab_near(yaml_text, mark) or ("\t" in yaml_text and "tab" in problem):
            hint = say(" (use spaces, not tabs, to indent)")
        elif "mapping values are not allowed" in problem:
            hint = say(" (a value that contains ': ' must be put in quotes)")
        elif context:
            start = exc.context_mark
            if start is not None and mark is not None and start.line != mark.line:
                # an unclosed bracket or quote: say where it was opened
                hint = say(
                    " ({context} that starts on line {line}, column {column})",
                    context=context,
                    line=start.line + 1 + reader.line_offset,
                    column=start.column + 1,
                )
            else:
                hint = " (" + context + ")"
        message = say("YAML cannot be read: {what}", what=what) + hint
        reader.report(line, column, message, "yaml-syntax")
        return None
    except yaml.YAMLError as exc:
        # reader errors (control characters) carry a position of their own
        position = getattr(exc, "position", None)
        line = 1 + reader.line_offset
        column = 1
        if isinstance(position, int):
            if _Loader is not yaml.SafeLoader:  # libyaml counts bytes of UTF-8
                before = yaml_text.encode("utf-8")[:position].decode("utf-8", "replace")
            else:
                before = yaml_text[:position]
            line = before.count("\n") + 1 + reader.line_offset
            column = len(before) - (before.rfind("\n") + 1) + 1
        reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
        reader.report(line, column, say("YAML cannot be read: {what}", what=reason), "yaml-syntax")
        return None
    except RecursionError:
        reader.report(1 + reader.line_offset, 1, TOO_DEEP, "yaml-syntax")
        return None
    if node is not None and not check_tree(node, reader, yaml_text):
        return None
    return node


_ODD_BREAKS = {"\x85": "U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}


def _odd_line_break(yaml_text: str, reader: Reader) -> bool:
    """Report the invisible characters that YAML reads as line breaks and editors do not.

    Left in, they would shift every line number given after them, and split values.
    """
    found = [i for i in (yaml_text.find(c) for c in _ODD_BREAKS) if i >= 0]
    if not found:
        return False
    index = min(found)
    before = yaml_text[:index]
    reader.report(
        before.count("\n") + 1 + reader.line_offset,
        index - (before.rfind("\n") + 1) + 1,
        say(
            "an invisible line separator ({character}) is here, "
            "often pasted from another document: delete it",
            character=_ODD_BREAKS[yaml_text[index]],
        ),
        "yaml-syntax",
    )
    return True


def _too_deep(yaml_text: str, reader: Reader) -> bool:
    """Report YAML nested deeper than MAX_DEPTH, found without composing it.

    Each level of nesting needs one of the characters counted here, so most texts
    are cleared by counting; the others are scanned event by event, which is flat.
    Should the parser's own limit come first, it is reported as the same problem.
    """
    if sum(yaml_text.count(c) for c in "[{-?:") < MAX_DEPTH:
        return False
    depth = 0
    try:
        for event in yaml.parse(yaml_text, Loader=_Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    _report_too_deep(event.start_mark, reader)
                    return True
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        if _is_nesting_limit(exc):
            _report_too_deep(exc.problem_mark, reader)
            return True
    except yaml.YAMLError:
        pass  # compose reports it, with its position
    return False


def _is_nesting_limit(exc: yaml.MarkedYAMLError) -> bool:
    return "nesting" in (exc.problem or "")


def _report_too_deep(mark: Any, reader: Reader) -> None:
    reader.report(
        (mark.line + 1 if mark else 1) + reader.line_offset,
        mark.column + 1 if mark else 1,
        TOO_DEEP,
        "yaml-syntax",
    )


def _tab_near(yaml_text: str, mark: yaml.Mark | None) -> bool:
    """Whether the line of a YAML error is indented with a tab."""
    if mark is None:
        return False
    lines = yaml_text.split("\n")
    if not 0 <= mark.line < len(lines):
        return False
    line = lines[mark.line]
    return "\t" in line[: len(line) - len(line.lstrip())]


def _first_alias(yaml_text: str) -> yaml.Mark | None:
    """Where the first alias (*name) is written."""
    try:
        for token in yaml.scan(yaml_text, Loader=_Loader):
            if isinstance(token, yaml.AliasToken):
                mark: yaml.Mark = token.start_mark
                return mark
    except yaml.YAMLError:
        pass
    return None


def check_tree(root: Node, reader: Reader, yaml_text: str = "") -> bool:
    """Refuse aliases and non-standard tags, visiting each node once."""
    seen: set[int] = set()
    stack = [root]
    ok = True
    while stack:
        node = stack.pop()
        if id(node) in seen:
            message = say(
                "YAML anchors and aliases (& and *) are not accepted here: "
                "write the value out in full"
            )
            # the tree only knows where the anchored value is; point at the alias
            where = _first_alias(yaml_text) or node.start_mark
            reader.report(*reader.position(where), message, "yaml-alias")
            return False
        seen.add(id(node))
        if len(seen) > MAX_NODES:
            reader.at(
                node,
                say("this YAML has more than {count} values: split it", count=MAX_NODES),
                "yaml-syntax",
            )
            return False
        if node.tag not in _STANDARD_TAGS:
            reader.at(
                node,
                say(
                    "the YAML tag {tag!r} is not accepted: remove it and write plain text",
                    tag=node.tag,
                ),
                "yaml-tag",
            )
            ok = False
        if isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.append(value)
                stack.append(key)
    return ok


def is_scalar(node: Node) -> bool:
    return isinstance(node, ScalarNode)
