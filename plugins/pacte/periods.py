"""Who was bound by what, when: the one rule of the core (DESIGN, "What bound whom, when").

A version binds from its start (`effective.from`, else `adopted`) to its end
(`effective.until`, else the day before the start of the version that supersedes it;
none while it is open-ended). A party is bound from the later of that start and the day
it signed (a member that joins later) to the earlier of that end and the day it
withdrew. Drafts bind nobody, and neither do observers, who make no commitment.

Every view of time (`pacte at`, member pages, `data/obligations.json`) reads these
records; none computes a period of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .model import Commitment, Document, Party, Period, Site, Version


@dataclass(frozen=True, slots=True)
class Binding:
    """One organisation bound by one version, for one period."""

    member: str
    version: Version
    party: Party
    period: Period  # the party's
    version_period: Period  # the version's own

    @property
    def differs(self) -> bool:
        """Whether the party was bound for less than the version (it joined or left)."""
        return self.period != self.version_period


def version_start(version: Version) -> dt.date | None:
    if version.is_draft:
        return None
    if version.effective is not None:
        return version.effective.start
    return version.adopted


def version_periods(document: Document) -> dict[str, Period]:
    """The period during which each version of a document binds, by label (drafts have
    none, nor a version with no date to start from)."""
    starts = {v.label: version_start(v) for v in document.versions}
    successors: dict[str, list[dt.date]] = {}
    for version in document.versions:
        start = starts[version.label]
        if version.supersedes and start is not None:
            successors.setdefault(version.supersedes, []).append(start)
    periods = {}
    for version in document.versions:
        start = starts[version.label]
        if start is None:
            continue
        end: dt.date | None
        if version.effective is not None and version.effective.end is not None:
            end = version.effective.end
        elif version.label in successors:
            end = min(successors[version.label]) - dt.timedelta(days=1)
        else:
            end = None
        if end is not None and end < start:  # replaced before it began: it never bound
            continue
        periods[version.label] = Period(start, end)
    return periods


def party_period(version_period: Period, party: Party) -> Period | None:
    """The part of the version's period during which the party was bound, if any."""
    start = max(version_period.start, party.signed or version_period.start)
    end = version_period.end
    if party.withdrawn is not None and (end is None or party.withdrawn < end):
        end = party.withdrawn
    if end is not None and end < start:
        return None
    return Period(start, end)


def bindings(site: Site) -> list[Binding]:
    """Every (organisation, version) that binds, with its period: the one rule."""
    found: list[Binding] = []
    for document in site.documents.values():
        periods = version_periods(document)
        for version in document.versions:
            period = periods.get(version.label)
            if period is None:
                continue
            for party in version.parties:
                if not party.commits:
                    continue
                bound = party_period(period, party)
                if bound is not None:
                    found.append(Binding(party.member, version, party, bound, period))
    return found


def in_force_on(site: Site, day: dt.date) -> list[Version]:
    """The versions whose period covers DAY, by document."""
    out: list[Version] = []
    for document in site.documents.values():
        periods = version_periods(document)
        out.extend(
            v for v in document.versions if v.label in periods and periods[v.label].contains(day)
        )
    return out


def bound_on(all_bindings: Iterable[Binding], day: dt.date) -> Iterator[Binding]:
    return (b for b in all_bindings if b.period.contains(day))


def binding_commitments(binding: Binding) -> list[Commitment]:
    """The commitments of the version that bind the organisation of BINDING."""
    optional = optional_articles(binding.version)
    return [
        c
        for c in binding.version.commitments
        if binding.member in bound_by(binding.version, c, optional)
    ]


def bound_by(
    version: Version, commitment: Commitment, optional: frozenset[str] | None = None
) -> tuple[str, ...]:
    """The members a commitment binds: those it names (or every party but observers),
    but, when it is made in an article open to choice (periods.optional_articles), only
    the parties that accepted that article (DESIGN, "Acceptance")."""
    members = version.committed_by(commitment)
    if optional is None:
        optional = optional_articles(version)
    if commitment.article not in optional:
        return members
    parties = version.party_by_member
    return tuple(
        m
        for m in members
        if (accepts := parties[m].accepts if m in parties else None) is not None
        and commitment.article in accepts
    )


def optional_articles(version: Version) -> frozenset[str]:
    """Keys of the articles each party may choose to accept (none without `acceptance`)."""
    acceptance = version.acceptance
    return frozenset(acceptance.articles) if acceptance is not None else frozenset()
