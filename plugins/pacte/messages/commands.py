"""Messages of the ``pacte`` command: usage errors, summaries, what each command prints
(cli.py, newversion.py, at.py, importpdf.py, init.py, gitbase.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {}
