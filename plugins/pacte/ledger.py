"""Views derived from the model once: who is party to what, who committed to what."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .model import Commitment, Document, Party, Site, Version
from .periods import bound_by, optional_articles


@dataclass(frozen=True)
class Pledge:
    """A commitment of one version, seen from the organisations it binds."""

    version: Version
    commitment: Commitment
    members: tuple[str, ...]

    @property
    def in_force(self) -> bool:
        return self.version.status == "in-force"


@dataclass
class Ledger:
    """Per-organisation and per-document indexes, built in one pass over the versions."""

    parties: dict[str, list[tuple[Version, Party]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    pledges: list[Pledge] = field(default_factory=list)
    by_member: dict[str, list[Pledge]] = field(default_factory=lambda: defaultdict(list))
    children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    successors: dict[tuple[str, str, str], Version] = field(default_factory=dict)

    def documents_of(self, member: str) -> list[tuple[Version, Party]]:
        return self.parties.get(member, [])

    def ledger_for(self, member: str) -> list[Pledge]:
        return self.by_member.get(member, [])


def build_ledger(site: Site) -> Ledger:
    ledger = Ledger()
    for organisation in site.organisations.values():
        if organisation.parent:
            ledger.children[organisation.parent].append(organisation.id)
    for document in site.documents.values():
        _add_document(ledger, document)
    return ledger


def _add_document(ledger: Ledger, document: Document) -> None:
    labels = {v.label: v for v in document.versions}
    for version in document.versions:
        if version.supersedes in labels:
            ledger.successors[labels[version.supersedes].key] = version
        for party in version.parties:
            ledger.parties[party.member].append((version, party))
        optional = optional_articles(version)
        for commitment in version.commitments:
            pledge = Pledge(version, commitment, bound_by(version, commitment, optional))
            ledger.pledges.append(pledge)
            for member in pledge.members:
                ledger.by_member[member].append(pledge)
