"""Typed values read from YAML nodes, reporting every problem at the value's position."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .messages import Message, say
from .sources import Reader
from .vocabulary import LANG, SHA256, SIGNED_COPY_KEYS, SLUG, did_you_mean, nearest

T = "tag:yaml.org,2002:"
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
A_NUMBER = say("a number")
_NOT_TEXT = {T + "bool": say("a yes/no value"), T + "int": A_NUMBER, T + "float": A_NUMBER}
# Lone surrogates: YAML lets "\uD800" through, but no file can hold one (UTF-8 has no
# encoding for it), so no page, data file or terminal could show it. Other control
# characters written as escapes ("\0", "\e", "\x7f", "\uFFFE") are accepted: every
# output is made to cope with them (pages' front matter, feed, JSON, CSV, terminal).
_UNWRITABLE = re.compile(r"[\ud800-\udfff]")


def mapping(
    node: Node, reader: Reader, keys: dict[str, tuple[bool, str]], what: str
) -> dict[str, tuple[Node, Node]] | None:
    """The pairs of a mapping by key; unknown, duplicate and missing keys are reported."""
    if not isinstance(node, MappingNode):
        reader.at(
            node, say("{what} must be a set of 'key: value' lines", what=what), "not-a-mapping"
        )
        return None
    pairs: dict[str, tuple[Node, Node]] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            reader.at(key_node, say("a key must be a plain word"), "wrong-type")
            continue
        key = key_node.value
        if key not in keys:
            reader.at(
                key_node,
                say("unknown key {key!r} in {what}", key=key, what=what) + did_you_mean(key, keys),
                "unknown-key",
            )
            continue
        if key in pairs:
            reader.at(
                key_node,
                say("the key {key!r} is written twice in {what}", key=key, what=what),
                "duplicate-key",
            )
            continue
        pairs[key] = (key_node, value_node)
    return pairs


def require(
    pairs: dict[str, tuple[Node, Node]],
    node: Node,
    reader: Reader,
    keys: dict[str, tuple[bool, str]],
    what: str,
) -> None:
    """Report each required key missing from PAIRS, the pairs of the mapping NODE; not a
    key that an unknown key of NODE misspells: `mapping` reported that one, with the key
    it is close to (one mistake, one problem)."""
    misspelt = set()
    if isinstance(node, MappingNode):
        misspelt = {
            nearest(k.value, keys)
            for k, _value in node.value
            if isinstance(k, ScalarNode) and k.value not in keys
        }
    for key, (required, _description) in keys.items():
        if required and key not in pairs and key not in misspelt:
            reader.at(node, say("{what} has no {key!r}: add it", what=what, key=key), "missing-key")


def text(node: Node, reader: Reader, what: str, empty_ok: bool = False) -> str | None:
    """A string; YAML booleans and numbers get a hint to quote them."""
    if not isinstance(node, ScalarNode):
        reader.at(
            node, say("{what} must be text, not a list or a mapping", what=what), "wrong-type"
        )
        return None
    if node.tag in _NOT_TEXT:
        reader.at(
            node,
            say(
                '{what}: YAML reads {value!r} as {kind}; put it in quotes: "{value}"',
                what=what,
                value=node.value,
                kind=_NOT_TEXT[node.tag],
            ),
            "quote-value",
        )
        return None
    if node.tag == T + "null" or (not node.value.strip() and not empty_ok):
        reader.at(node, say("{what} is empty", what=what), "wrong-type")
        return None
    unwritable = _UNWRITABLE.search(node.value)
    if unwritable is not None:
        reader.at(
            node,
            say(
                "{what} holds U+{code:04X}, half of a character (a lone surrogate, written "
                "with a YAML escape \\u....), which no file can hold: remove it",
                what=what,
                code=ord(unwritable.group()),
            ),
            "bad-character",
        )
        return None
    if node.tag == T + "timestamp" and node.style is None:
        reader.at(
            node,
            say(
                '{what}: YAML reads {value!r} as {kind}; put it in quotes: "{value}"',
                what=what,
                value=node.value,
                kind=say("a date"),
            ),
            "quote-value",
        )
        return None
    return str(node.value).strip()


def label(node: Node, reader: Reader, what: str) -> str | None:
    """A version label: bare numbers and dates are taken as the text written."""
    if isinstance(node, ScalarNode) and node.tag in (T + "int", T + "float", T + "timestamp"):
        return str(node.value)
    return text(node, reader, what)


def slug(node: Node, reader: Reader, what: str) -> str | None:
    value = text(node, reader, what)
    if value is not None and not SLUG.match(value):
        reader.at(
            node,
            say(
                "{what} {value!r} must be lowercase letters, digits and single hyphens "
                "(for example 'canton-valais')",
                what=what,
                value=value,
            ),
            "bad-slug",
        )
        return None
    return value


def written_date(text: str) -> dt.date:
    """The day TEXT names, written YYYY-MM-DD as in the sources; ValueError otherwise
    (`date.fromisoformat` alone also takes 20240301 and 2024-W09-5)."""
    if not _DATE.match(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def date(node: Node, reader: Reader, what: str) -> dt.date | None:
    if not isinstance(node, ScalarNode):
        reader.at(
            node,
            say("{what} must be a date written YYYY-MM-DD, not 'this value'", what=what),
            "bad-date",
        )
        return None
    if node.tag not in (T + "timestamp", T + "str"):
        reader.at(node, _not_a_date(what, node.value), "bad-date")
        return None
    value = node.value.strip()
    if not _DATE.match(value):
        reader.at(node, _not_a_date(what, value), "bad-date")
        return None
    try:
        return written_date(value)
    except ValueError:
        reader.at(
            node, say("{what}: {value!r} is not a real date", what=what, value=value), "bad-date"
        )
        return None


def _not_a_date(what: str, value: str) -> Message:
    return say("{what} must be a date written YYYY-MM-DD, not {value!r}", what=what, value=value)


def count(node: Node, reader: Reader, what: str) -> int | None:
    """A whole number, zero or more (written without quotes)."""
    if not isinstance(node, ScalarNode):
        reader.at(
            node,
            say("{what} must be a whole number such as 3, not 'this value'", what=what),
            "wrong-type",
        )
        return None
    if node.tag != T + "int":
        reader.at(
            node,
            say(
                "{what} must be a whole number such as 3, not {value!r}",
                what=what,
                value=node.value,
            ),
            "wrong-type",
        )
        return None
    try:
        value = int(str(node.value).replace("_", ""), 10)
    except ValueError:  # 0x1f, 0o17: YAML numbers, but not as an editor counts
        reader.at(node, say("{what} must be written in digits, such as 3", what=what), "wrong-type")
        return None
    if value < 0:
        reader.at(
            node,
            say("{what} cannot be below zero, not {value}", what=what, value=value),
            "bad-value",
        )
        return None
    return value


def choice(node: Node, reader: Reader, what: str, choices: tuple[str, ...]) -> str | None:
    value = text(node, reader, what)
    if value is not None and value not in choices:
        reader.at(
            node,
            say("{what} {value!r} is not allowed", what=what, value=value)
            + did_you_mean(value, choices),
            "bad-value",
        )
        return None
    return value


def flag(node: Node, reader: Reader, what: str) -> bool | None:
    """A YAML boolean: true or false (yes and no are read as YAML reads them)."""
    if isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
        return node.value.lower() in ("true", "yes", "on", "y")
    reader.at(node, say("{what} must be true or false", what=what), "wrong-type")
    return None


def lang(node: Node, reader: Reader, what: str) -> str | None:
    value = text(node, reader, what)
    if value is not None and not LANG.match(value):
        reader.at(
            node,
            say(
                "{what} {value!r} is not a language code such as 'fr' or 'it'",
                what=what,
                value=value,
            ),
            "bad-lang",
        )
        return None
    return value


def items(node: Node, reader: Reader, what: str) -> Iterator[Node]:
    """The items of a list; a single scalar is not a list."""
    if isinstance(node, ScalarNode) and node.tag == T + "null":
        return
    if not isinstance(node, SequenceNode):
        reader.at(
            node, say("{what} must be a list (lines starting with '- ')", what=what), "not-a-list"
        )
        return
    yield from node.value


def line_of(node: Node, reader: Reader) -> int:
    return int(node.start_mark.line) + 1 + reader.line_offset


def signed_copy(node: Node, reader: Reader) -> tuple[str | None, Node, str | None, Node | None]:
    """'signed_copy': a path, or {path, sha256}; with the nodes where each is written.

    Returns the path (None if unreadable, reported), the node of the path, the pinned
    SHA-256 in lowercase (None if not given or not 64 hexadecimal digits, reported) and
    the node of the ``sha256`` value.
    """
    if not isinstance(node, MappingNode):
        return text(node, reader, "'signed_copy'"), node, None, None
    pairs = mapping(node, reader, SIGNED_COPY_KEYS, "'signed_copy'")
    if pairs is None:
        return None, node, None, None
    require(pairs, node, reader, SIGNED_COPY_KEYS, "'signed_copy'")
    path_node = pairs["path"][1] if "path" in pairs else node
    path = text(path_node, reader, "'signed_copy: path'") if "path" in pairs else None
    if "sha256" not in pairs:
        return path, path_node, None, None
    sha_node = pairs["sha256"][1]
    if isinstance(sha_node, ScalarNode) and sha_node.tag in (T + "int", T + "float"):
        value: str | None = str(sha_node.value).strip()  # all digits: still a hash
    else:
        value = text(sha_node, reader, "'signed_copy: sha256'")
    if value is None:
        return path, path_node, None, sha_node
    if not SHA256.match(value):
        reader.at(
            sha_node,
            say(
                "'signed_copy: sha256' must be the 64 hexadecimal digits of the PDF's SHA-256, "
                "not {count} character(s) {start!r}{more}: "
                "print the line to paste with `pacte pin` and the PDF's path",
                count=len(value),
                start=value[:16],
                more="…" if len(value) > 16 else "",
            ),
            "bad-hash",
        )
        return path, path_node, None, sha_node
    return path, path_node, value.lower(), sha_node
