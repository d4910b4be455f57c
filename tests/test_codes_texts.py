"""The page of problem codes has, for every code, its description in French, Italian and
German and a piece of advice in the four languages (plugins/pacte/messages/codes.py): none
missing, none left over from a code that is gone, none empty or left in English."""

from __future__ import annotations

import re

from pacte.messages.codes import ADVICE, DESCRIPTIONS
from pacte.problems import CODES

# French puts a no-break space before : ; ? ! (what editors type, such as 'key: value' or
# 'mailto:', has no space before its colon, or is not followed by a space)
_FRENCH_SPACE = re.compile(r" [:;?!](?!\S)")


def test_every_code_has_its_description_and_advice_and_nothing_else() -> None:
    for table, name in ((DESCRIPTIONS, "DESCRIPTIONS"), (ADVICE, "ADVICE")):
        missing = sorted(set(CODES) - set(table))
        leftover = sorted(set(table) - set(CODES))
        assert missing == [], f"codes without an entry in {name}: {missing}"
        assert leftover == [], f"entries of {name} that are not codes: {leftover}"


def test_every_text_is_written_and_the_french_is_translated() -> None:
    for code, english in CODES.items():
        descriptions, advice = DESCRIPTIONS[code], ADVICE[code]
        assert len(descriptions) == 3 and len(advice) == 4, code
        for text in (*descriptions, *advice):
            assert isinstance(text, str) and text.strip(), f"{code}: an empty text"
        assert descriptions[0] != english, f"{code}: the French description is the English"
        assert advice[1] != advice[0], f"{code}: the French advice is the English"


def test_french_punctuation_has_its_no_break_space() -> None:
    for code in CODES:
        for text in (DESCRIPTIONS[code][0], ADVICE[code][1]):
            found = _FRENCH_SPACE.search(text)
            assert found is None, f"{code}: a plain space before {found.group()!r}: {text!r}"
