"""The pages of the example site that the browser tests open: one of each type."""

from __future__ import annotations

from pathlib import Path

SCREENSHOTS = Path(__file__).resolve().parent / "_screenshots"  # git-ignored
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

HOME = ""
LISTING = "conventions/"
VERSION = "conventions/convention-pas-de-calais-uriopss/2023-2025/"
CHANGES = "conventions/convention-pas-de-calais-uriopss/2023-2025/changes/"
MEMBER = "members/departement-aveyron/"
COMMITMENTS = "commitments/"
DOCUMENT = "conventions/convention-pas-de-calais-uriopss/"
MEMBERS = "members/"
TRANSLATION = "conventions/convention-avip-canton-valais/2025/de/"
SIDE_BY_SIDE = "conventions/convention-avip-canton-valais/2025/de/side-by-side/"
PAGE_TYPES = {
    "home": HOME,
    "listing": LISTING,
    "document": DOCUMENT,
    "version": VERSION,
    "changes": CHANGES,
    "members": MEMBERS,
    "member": MEMBER,
    "commitments": COMMITMENTS,
    "translation": TRANSLATION,
    "side-by-side": SIDE_BY_SIDE,
}
