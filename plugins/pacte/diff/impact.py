"""What a comparison changes for each organisation: its part, its commitments, their articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Version
from ..periods import bound_by
from .records import (
    ArticleAdded,
    ArticleChanged,
    ArticleRemoved,
    Change,
    MemberImpact,
    Passage,
    TextChange,
)


def _impact(
    old: Version,
    new: Version,
    parties: Sequence[Change],
    commitments: Sequence[Change],
    text: Sequence[TextChange],
    name: Callable[[str], str],
) -> tuple[MemberImpact, ...]:
    members = list(dict.fromkeys([p.member for p in old.parties] + [p.member for p in new.parties]))
    found: dict[str, list[Change]] = {m: [] for m in members}
    for change in parties:
        member = getattr(change, "member", None)
        if member in found:
            found[member].append(change)
    for change in commitments:
        for member in getattr(change, "members", ()):
            if member in found:
                found[member].append(change)
    # articles that carry a commitment of the member, before or after
    old_articles: dict[str, set[str]] = {}
    new_articles: dict[str, set[str]] = {}
    for version, articles in ((old, old_articles), (new, new_articles)):
        for commitment in version.commitments:
            if commitment.article is None:
                continue
            for member in bound_by(version, commitment):
                articles.setdefault(member, set()).add(commitment.article)
    for change in text:
        before: Passage | None = None
        after: Passage | None = None
        if isinstance(change, ArticleChanged):
            before, after = change.old, change.new
        elif isinstance(change, ArticleAdded):
            after = change.new
        elif isinstance(change, ArticleRemoved):
            before = change.old
        else:
            continue
        for member in members:
            if _carries(before, old_articles.get(member)) or _carries(
                after, new_articles.get(member)
            ):
                found[member].append(change)
    return tuple(
        MemberImpact(member, name(member), tuple(changes))
        for member, changes in found.items()
        if changes
    )


def _carries(passage: Passage | None, keys: set[str] | None) -> bool:
    return passage is not None and passage.kind == "article" and passage.key in (keys or ())
