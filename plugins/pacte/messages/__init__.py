"""What the ``pacte`` command and the checks say, in the site's language.

A message is written once, in English, where it is said: ``say(TEMPLATE, **args)``,
TEMPLATE a literal with ``{name}`` fields. What it returns, a `Message`, *is* the English
sentence (a ``str``: sorted, compared, joined as before), and keeps its template and
values so that `localize` can say it in French, Italian or German from the catalogs of
this package, its values said in that language too when they are messages themselves.
Messages join with ``+`` (a sentence and its "did you mean" hint).

The catalogs map each English template to its translations; ``tests/test_messages.py``
finds every ``say`` of the package and checks that each template has its three
translations with the same fields, and that no catalog entry is left over: a message
cannot be added, changed or removed without its translations.

Which language: `command_language` (the ``--lang`` option, then ``PACTE_LANG``, then the
site's ``theme.language``); English for anything else.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from typing import Any

from .catalog import CATALOG, TRANSLATED

ENGLISH = "en"
LANGUAGES = (ENGLISH, *TRANSLATED)  # en, fr, it, de
ENVIRONMENT = "PACTE_LANG"  # the language of the command, if --lang does not say


class Message(str):
    """An English sentence that can be said in another language (`say`, `localize`)."""

    parts: tuple[tuple[str, Mapping[str, Any]], ...]

    def __new__(cls, parts: tuple[tuple[str, Mapping[str, Any]], ...]) -> Message:
        message = super().__new__(cls, "".join(_said(t, a, ENGLISH) for t, a in parts))
        message.parts = parts
        return message

    def __getnewargs__(self) -> tuple[tuple[tuple[str, Mapping[str, Any]], ...]]:  # type: ignore[override]
        """Copied and pickled as a message (dataclasses.asdict deep-copies problems)."""
        return (self.parts,)

    def __add__(self, other: str) -> Message:
        return Message(self.parts + _parts(other))

    def __radd__(self, other: str) -> Message:
        return Message(_parts(other) + self.parts)

    def said(self, language: str) -> str:
        """The sentence in LANGUAGE (a BCP 47 code: fr-CH is French), else in English."""
        lang = base(language)
        return "".join(_said(t, a, lang) for t, a in self.parts)


def say(template: str, /, **args: Any) -> Message:
    """The message of TEMPLATE (English, with ``{name}`` fields) filled with ARGS."""
    if not args:
        return _constant(template)
    return Message(((template, args),))


@functools.cache
def _constant(template: str) -> Message:
    """A message without values, made once: the checks name what they look at ("the
    text", "a commitment") for every item they read, whether or not it is wrong."""
    return Message(((template, {}),))


def message_of(exc: BaseException) -> str:
    """What an exception says: its `Message` if it was raised with one (to be said in a
    language later), else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def localize(text: str, language: str) -> str:
    """TEXT in LANGUAGE if it is a message; as it is otherwise."""
    return text.said(language) if isinstance(text, Message) else str(text)


def base(language: str | None) -> str:
    """The language of the catalogs that LANGUAGE is said in (fr-CH: fr); en if none."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGES else ENGLISH


def command_language(given: str | None, site_language: str | None) -> str:
    """The language the command speaks: GIVEN (--lang), PACTE_LANG, the site's."""
    for choice in (given, os.environ.get(ENVIRONMENT), site_language):
        if choice:
            return base(choice)
    return ENGLISH


def _parts(text: str) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    if isinstance(text, Message):
        return text.parts
    return ((_literal(str(text)), {}),)


def _literal(text: str) -> str:
    """TEXT as a template that says itself (a plain string joined to a message)."""
    return text.replace("{", "{{").replace("}", "}}")


def _said(template: str, args: Mapping[str, Any], language: str) -> str:
    if language != ENGLISH:
        translations = CATALOG.get(template)
        if translations is not None:
            template = translations[TRANSLATED.index(language)]
    values = {k: v.said(language) if isinstance(v, Message) else v for k, v in args.items()}
    return template.format(**values)
