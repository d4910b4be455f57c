"""Every message of the package said in four languages, and nowhere left untranslated.

The catalogs (plugins/pacte/messages/) cannot drift from the code: every ``say`` of the
package is found in its source, and its template must have French, Italian and German
translations with the same fields; a translation whose template is no longer said is a
leftover.
"""

from __future__ import annotations

import ast
import string
from collections import Counter
from pathlib import Path

import pytest

from pacte import messages
from pacte.messages import Message, catalog, command_language, localize, say

PACKAGE = Path(messages.__file__).resolve().parent.parent


def said_templates() -> dict[str, list[str]]:
    """Every template given to ``say`` in the package, with where it is said."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            if name != "say" or (path.name == "__init__.py" and path.parent.name == "messages"):
                continue
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            first = node.args[0] if node.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{where}: say() takes its template as a literal, to be found here"
            )
            found.setdefault(first.value, []).append(where)
    return found


def fields(template: str) -> Counter[str]:
    return Counter(
        f"{name}!{conversion}"
        for _, name, _, conversion in string.Formatter().parse(template)
        if name is not None
    )


def test_every_message_said_has_its_three_translations_with_the_same_fields() -> None:
    templates = said_templates()
    assert len(templates) > 1
    missing = sorted(t for t in templates if t not in catalog.CATALOG)
    assert missing == [], "\n".join(f"{templates[t][0]}: {t!r}" for t in missing)
    for template in templates:
        translations = catalog.CATALOG[template]
        assert len(translations) == len(catalog.TRANSLATED)
        words = len(string.Formatter().parse(template).__next__()[0].split())
        for language, text in zip(catalog.TRANSLATED, translations, strict=True):
            assert text.strip(), (language, template)
            assert fields(text) == fields(template), (language, template, text)
        # a sentence copied untranslated (French shares no sentence with English)
        assert words < 3 or translations[0] != template, template


def test_no_translation_is_left_over_nor_given_twice() -> None:
    said = said_templates()
    leftover = sorted(t for t in catalog.CATALOG if t not in said)
    assert leftover == []
    parts = [
        catalog.reading.MESSAGES,
        catalog.checks.MESSAGES,
        catalog.texts.MESSAGES,
        catalog.commands.MESSAGES,
        catalog.build.MESSAGES,
    ]
    assert sum(len(p) for p in parts) == len(catalog.CATALOG)


def test_a_message_is_english_as_a_string_and_said_in_each_language() -> None:
    message = say("see {address}", address="problems/#bad-date")
    assert message == "see problems/#bad-date" and isinstance(message, str)
    assert [message.said(lang) for lang in ("fr", "it", "de", "fr-CH", "es")] == [
        "voir problems/#bad-date",
        "vedi problems/#bad-date",
        "siehe problems/#bad-date",
        "voir problems/#bad-date",
        "see problems/#bad-date",
    ]
    # joined with text, each part said in its language; values that are messages too
    joined = "(" + message + ")"
    assert isinstance(joined, Message) and joined.said("de") == "(siehe problems/#bad-date)"
    nested = say("see {address}", address=message)
    assert nested.said("it") == "vedi vedi problems/#bad-date"
    # braces of plain text joined to a message are text, not fields
    assert (message + " {x}").said("fr") == "voir problems/#bad-date {x}"
    assert localize("plain", "fr") == "plain"


@pytest.mark.parametrize(
    ("given", "environment", "site", "expected"),
    [
        ("it", "de", "fr", "it"),  # --lang first
        (None, "de", "fr", "de"),  # then PACTE_LANG
        (None, None, "fr-CH", "fr"),  # then the site's language
        (None, None, "es", "en"),  # English for any other
        (None, None, None, "en"),
    ],
)
def test_the_command_speaks_the_language_given_then_the_site_s(
    monkeypatch: pytest.MonkeyPatch,
    given: str | None,
    environment: str | None,
    site: str | None,
    expected: str,
) -> None:
    if environment is None:
        monkeypatch.delenv(messages.ENVIRONMENT, raising=False)
    else:
        monkeypatch.setenv(messages.ENVIRONMENT, environment)
    assert command_language(given, site) == expected
