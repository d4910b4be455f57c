"""A version page prints as a clean document: Chromium prints it to PDF, pypdf reads it back.

Printed: the title, the articles with their numbers, the parties and who signed, the
commitments with every column, and the page's address. Not printed: the navigation, the
header, the search, the sidebars and the footer.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader

from sitepages import VERSION

if TYPE_CHECKING:
    from browsersite import Visit

pytest_plugins = ["browsersite"]
pytestmark = pytest.mark.browser

ARTICLES = [
    "Article 1 – Objet",
    "Article 2 – Missions de l'Uriopss",
    "Article 4 – Animation du Collectif Logement 62",
    "Article 8 – Durée et résiliation",
]
PARTIES = [
    "Département du Pas-de-Calais",
    "Le président du Conseil départemental du Pas-de-Calais",
    "Le président de l'Uriopss Hauts-de-France",
    "13 mars 2023",
    "20 mars 2023",
]
NOT_PRINTED = [
    "À propos",  # a navigation tab
    "Rechercher",  # the search box
    "Table des matières",  # the sidebar
    "Made with",  # the footer
    "Choisissez un titre",  # the sorting hint
]


def flat(text: str) -> str:
    """The text without its line breaks and spaces, so that wrapped words still match."""
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


@pytest.fixture
def printed(visit: Visit) -> str:
    visit.goto(VERSION)
    page = visit.page
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    visit.assert_clean()
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages)


def test_a_version_prints_its_articles_parties_and_address(printed: str, visit: Visit) -> None:
    text = flat(printed)
    missing = [words for words in [*ARTICLES, *PARTIES] if flat(words) not in text]
    assert missing == []
    assert flat("Échéance") in text and flat("31 décembre 2025") in text  # every column
    assert flat(visit.base + VERSION) in text  # the absolute address of the version


def test_a_version_prints_without_the_site_around_it(printed: str) -> None:
    assert [words for words in NOT_PRINTED if words in printed] == []
