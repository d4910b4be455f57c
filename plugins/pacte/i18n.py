"""Labels of the generated pages in the site's language (one site, one interface language)."""

from __future__ import annotations

from collections.abc import Callable

FALLBACK = "en"

# label -> {language: text}. Keep every label in en, fr, it and de.
LABELS: dict[str, dict[str, str]] = {
    "charters": {"en": "Charters", "fr": "Chartes", "it": "Carte", "de": "Chartas"},
    "conventions": {
        "en": "Conventions",
        "fr": "Conventions",
        "it": "Convenzioni",
        "de": "Vereinbarungen",
    },
    # --- labels of the changes page (diff rendering) ---
    # --- end of the changes page labels ---
}


def base_language(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


def translator(language: str) -> Callable[[str], str]:
    """A function giving each label in the language, falling back to English."""
    lang = base_language(language)

    def translate(key: str) -> str:
        texts = LABELS.get(key)
        if texts is None:
            raise KeyError(f"no label {key!r}")
        return texts.get(lang) or texts[FALLBACK]

    return translate
