"""What a version's signed copy says of its signatures, set against its parties.

A PDF's signature field is named after the party that signs in it (see
scripts/make_signed_copy.py): its short name, or its name, or its member id. A field
matches a party when its name is one of these, whatever the case, the dots and spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Organisation, Signature, SignatureField, Version


@dataclass(frozen=True, slots=True)
class FieldEvidence:
    """A signature field of the PDF, and the party it names (None: none of them)."""

    field: SignatureField
    party: str | None
    signature: Signature | None = None  # what pyHanko says of it (signatures.py), if signed


@dataclass(frozen=True, slots=True)
class Evidence:
    """The fields of a signed copy, and the signatory parties no signed field names."""

    fields: tuple[FieldEvidence, ...]
    by_party: dict[str, SignatureField]  # member id -> the field that names it
    signed: int  # how many fields are signed
    signatories: int  # how many parties are signatories
    unmatched: tuple[str, ...]  # signatory parties without a signed field of their own

    @property
    def short(self) -> bool:
        """Fewer signed fields than signatory parties."""
        return self.signed < self.signatories


def _key(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text).strip().casefold()


def _names(member: str, organisation: Organisation | None) -> set[str]:
    names = {member}
    if organisation is not None:
        names.update(n for n in (organisation.name, organisation.short) if n)
    return {_key(n) for n in names}


def evidence(version: Version, organisations: dict[str, Organisation]) -> Evidence | None:
    """None when the version has no inspected signed copy, or its PDF has no field."""
    info = version.signed_copy_info
    if info is None or not info.signature_fields:
        return None
    owners: dict[str, str] = {}
    for party in version.parties:
        for name in _names(party.member, organisations.get(party.member)):
            owners.setdefault(name, party.member)
    checked = {s.field: s for s in info.signatures}
    fields = tuple(
        FieldEvidence(f, owners.get(_key(f.name)), checked.get(f.name))
        for f in info.signature_fields
    )
    by_party = {e.party: e.field for e in fields if e.party is not None}
    signatories = [p.member for p in version.parties if p.role == "signatory"]
    unmatched = tuple(m for m in signatories if m not in by_party or not by_party[m].signed)
    return Evidence(
        fields,
        by_party,
        sum(1 for f in info.signature_fields if f.signed),
        len(signatories),
        unmatched,
    )
