"""The translations of every message, one catalog per stage that says them: reading
files (reading.py), checking a site (checks.py), texts and signed copies (texts.py), the
command (commands.py).

Each catalog maps an English template (exactly as ``say`` is given it) to its French,
Italian and German translations, in that order, with the same ``{fields}``.
"""

from __future__ import annotations

from . import build, checks, commands, reading, texts

TRANSLATED = ("fr", "it", "de")

CATALOG: dict[str, tuple[str, str, str]] = {
    **reading.MESSAGES,
    **checks.MESSAGES,
    **texts.MESSAGES,
    **commands.MESSAGES,
    **build.MESSAGES,
}
