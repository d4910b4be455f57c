"""Messages of reading the sources: files, their encoding and YAML, values and their
hints (sources.py, guard.py, values.py, vocabulary.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {}
