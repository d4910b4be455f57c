"""Messages of the checks of texts: translations, the HTML of bodies, signed copies
(translations.py, bodypolicy.py, signatures.py, pdf.py)."""

from __future__ import annotations

# English template: (French, Italian, German)
MESSAGES: dict[str, tuple[str, str, str]] = {}
