"""The closed vocabularies and keys of the sources: the one place they are written.

Validation, the JSON Schema and the pages all read these constants.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from .messages import Message, say

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A YAML comment that marks a value copied from an earlier version for the editor to
# check (`pacte new --from` writes it; validation gives a notice [to-review] until it
# is removed)
REVIEW_MARK = "# pacte-review:"
LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

KINDS = {"charters": "charter", "conventions": "convention"}  # folder -> kind

VERSION_STATUSES = ("draft", "in-force", "expired", "superseded", "terminated")
PARTY_ROLES = ("signatory", "partner", "observer")
COMMITMENT_STATUSES = ("planned", "ongoing", "done", "dropped")

# key -> (required, description); "adopted" is required unless the status is draft
VERSION_KEYS: dict[str, tuple[bool, str]] = {
    "title": (True, "Title of the document"),
    "status": (True, "Status of this version"),
    "adopted": (False, "Date of signature or adoption (required unless the status is draft)"),
    "effective": (False, "Period of validity: from and until (until may be left out)"),
    "lang": (False, "Language of the text (BCP 47 code); defaults to the site's language"),
    "supersedes": (False, "Label of the earlier version of the same document that this replaces"),
    "parties": (True, "Organisations party to this version: member ids or {member, role, ...}"),
    "commitments": (False, "Commitments made in this version"),
    "themes": (False, "Themes of the document"),
    "summary": (False, "One paragraph that sums up the document"),
    "signed_copy": (
        False,
        "Path of the signed PDF, beside the version file, or {path, sha256} to pin its content",
    ),
    "acceptance": (
        False,
        "Articles each party may choose to accept: {articles, minimum, core, core_minimum}",
    ),
    "authentic": (False, "Whether this text has legal force (true unless it says false)"),
}
# A translation of a version: <version>.<lang>.md beside it (translations.py)
TRANSLATION_KEYS: dict[str, tuple[bool, str]] = {
    "title": (False, "Title of the document in this language"),
    "lang": (True, "Language of this translation: the code of its file name (2025.de.md: de)"),
    "authentic": (False, "Whether this text has legal force too (default false)"),
    "summary": (False, "The summary in this language"),
    "commitments": (False, "The texts of the version's commitments in this language: {id, text}"),
}
TRANSLATED_COMMITMENT_KEYS: dict[str, tuple[bool, str]] = {
    "id": (True, "Identifier of a commitment of the version"),
    "text": (True, "Its text in this language"),
}
SIGNED_COPY_KEYS: dict[str, tuple[bool, str]] = {
    "path": (True, "Path of the signed PDF, beside the version file"),
    "sha256": (False, "SHA-256 of the PDF, 64 hexadecimal digits: `pacte pin FILE.pdf` prints it"),
}
SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
PERIOD_KEYS: dict[str, tuple[bool, str]] = {
    "from": (True, "First day of validity"),
    "until": (False, "Last day of validity; leave out for an open-ended document"),
}
PARTY_KEYS: dict[str, tuple[bool, str]] = {
    "member": (True, "Member id from members.yml"),
    "role": (False, "signatory (default), partner or observer"),
    "signed": (False, "Date on which this party signed"),
    "signatory": (False, "Who signed: a name, or {name, capacity, mandate}"),
    "withdrawn": (False, "Date on which this party left the document"),
    "accepts": (False, "Numbers of the optional articles (see 'acceptance') it accepted"),
}
SIGNATORY_KEYS: dict[str, tuple[bool, str]] = {
    "name": (True, "Name of the person who signed"),
    "capacity": (False, "In what capacity they signed (Présidente, directeur)"),
    "mandate": (False, "The decision that empowered them to sign, as text"),
}
ACCEPTANCE_KEYS: dict[str, tuple[bool, str]] = {
    "articles": (True, "Numbers of the articles each party may choose to accept"),
    "minimum": (False, "Least number of them each party must accept (default 0)"),
    "core": (False, "Among those articles, the core ones"),
    "core_minimum": (False, "Least number of core articles each party must accept (default 0)"),
}
COMMITMENT_KEYS: dict[str, tuple[bool, str]] = {
    "id": (True, "Identifier, unique within the version"),
    "text": (True, "What is committed to"),
    "by": (False, "'all' (every party but observers, the default) or a list of member ids"),
    "article": (False, "Number of the article of the text where the commitment is made"),
    "due": (False, "Date by which it is due"),
    "status": (False, "planned, ongoing, done or dropped"),
}
MEMBER_KEYS: dict[str, tuple[bool, str]] = {
    "id": (True, "Identifier (lowercase letters, digits, hyphens)"),
    "name": (True, "Full name of the organisation"),
    "short": (False, "Short name or acronym"),
    "kind": (False, "Kind of organisation (free text)"),
    "website": (False, "Web address (http:// or https://)"),
    "region": (False, "Region or territory"),
    "parent": (False, "Member id of the organisation it belongs to"),
}


def nearest(word: str, choices: Iterable[str]) -> str | None:
    """The closest valid choice to a misspelt word, if one is close enough."""
    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


# no hint: an empty string that is a message too, so that joining it keeps the sentence's
NO_HINT = Message(())


def did_you_mean(word: str, choices: Iterable[str]) -> Message:
    """The hint that follows a misspelt WORD: the nearest choice, else the choices if few."""
    choices = list(choices)
    close = nearest(word, choices)
    if close:
        return say(" (did you mean {word!r}?)", word=close)
    if 0 < len(choices) <= 12:
        return say(" (expected one of: {choices})", choices=", ".join(choices))
    return NO_HINT


class Hints:
    """`did_you_mean` for the cross-checks of a whole site, within a budget of work.

    Each hint compares a word with every choice: thousands of unknown ids against
    thousands of members would take minutes. Hints are given while the comparisons made
    stay within ``budget``, then no more (the problems are still reported, without a
    hint), so that a check stays linear in the size of the site.
    """

    def __init__(self, budget: int = 200_000) -> None:
        self.budget = budget

    def __call__(self, word: str, choices: Iterable[str]) -> Message:
        if self.budget <= 0:
            return NO_HINT
        listed = list(choices)
        self.budget -= len(listed) + 1
        return did_you_mean(word, listed)


def shortened(items: Iterable[str], most: int = 10) -> str:
    """Items joined by commas, the first MOST of them and how many in all past that."""
    listed = list(items)
    if len(listed) <= most:
        return ", ".join(listed)
    return ", ".join(listed[:most]) + say(", … ({count} in all)", count=len(listed))


# Names that a generated page already has: members/index.md is the list of organisations,
# <kind>s/<doc>/index.md the document's own page (its current version). A member, a
# document or a version of that name would take its place. (README is an index page for
# MkDocs too, but no slug has capitals.)
RESERVED_NAMES = frozenset({"index"})


def reserved(name: str, what: str) -> Message | None:
    """Why NAME cannot be used as WHAT (a member id, a document id, a version label)."""
    if name.lower() not in RESERVED_NAMES:
        return None
    return say(
        "{name!r} cannot be used as {what}: the site already has a page of that name "
        "(the list or the document's own page), which it would replace; choose another",
        name=name,
        what=what,
    )
