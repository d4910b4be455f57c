"""Values written into YAML that Pacte generates (a generated page's front matter, a new
version's, an imported draft's, a `signed_copy` pin): the rule of quoting, once.

`quoted` writes any text as a double-quoted scalar that reads back as that text, whatever
it holds; `scalar` writes it plain when YAML reads it back as the same text, also inside
a flow collection (`{path: NAME, sha256: ...}`), and quoted otherwise: a label that
would be a number or a date (2024, 2020-2022 is text but 2024-01-01 a date), a yes/no
word, a title with ': ' or ' #', leading spaces.
"""

from __future__ import annotations

import json
import re

import yaml

# What a double-quoted YAML string cannot hold as it is, and JSON leaves as it is: DEL,
# C1 controls (U+0085 is a line break to YAML), line and paragraph separators, and the
# noncharacters U+FFFE and U+FFFF. Lone surrogates cannot even be written to a file.
_NOT_YAML = re.compile(r"[\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def quoted(text: str) -> str:
    """TEXT as a double-quoted YAML scalar that reads back as TEXT, whatever it holds
    (quotes, '---', line breaks, control characters); a lone surrogate becomes U+FFFD."""
    escaped = json.dumps(_SURROGATE.sub("\ufffd", text), ensure_ascii=False)
    return _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)


def scalar(text: str) -> str:
    """TEXT plain if YAML reads it back as TEXT, in a block and in a flow collection;
    else `quoted`."""
    if text and text == text.strip() and quoted(text) == json.dumps(text, ensure_ascii=False):
        try:
            plain = text if "\n" not in text and yaml.safe_load(f"[{text}]") == [text] else None
        except yaml.YAMLError:
            plain = None
        if plain is not None:
            return plain
    return quoted(text)
