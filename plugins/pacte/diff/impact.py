"""What a comparison changes for each organisation: its part, its commitments, their articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Version
from ..periods import bound_by, optional_articles
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
    # the members bound by a commitment of each article, before and after
    old_bound, new_bound = _bound_by_article(old), _bound_by_article(new)
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
        concerned = _bound(before, old_bound) | _bound(after, new_bound)
        for member in members if concerned else ():
            if member in concerned:
                found[member].append(change)
    return tuple(
        MemberImpact(member, name(member), tuple(changes))
        for member, changes in found.items()
        if changes
    )


def _bound_by_article(version: Version) -> dict[str, set[str]]:
    """For each article that carries commitments, the members they bind."""
    bound: dict[str, set[str]] = {}
    optional = optional_articles(version)
    for commitment in version.commitments:
        if commitment.article is not None:
            members = bound_by(version, commitment, optional)
            bound.setdefault(commitment.article, set()).update(members)
    return bound


def _bound(passage: Passage | None, bound: dict[str, set[str]]) -> set[str]:
    if passage is None or passage.kind != "article":
        return set()
    return bound.get(passage.key, set())


def _everyone(old: Version, new: Version) -> tuple[str, ...]:
    """The members that a commitment ``by: all`` binds in one version or the other."""
    return tuple(
        dict.fromkeys(p.member for version in (old, new) for p in version.parties if p.commits)
    )
