"""What changed between two versions of a document: ``compare``.

``compare(old, new, organisations)`` gives a :class:`Comparison`: the metadata fields
that changed, the parties and commitments added, removed or changed, the text
aligned passage by passage (articles, the preamble, other level-2 sections) with
word-level insertions and deletions, and what changed for each organisation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

from ..model import Commitment, Organisation, Party, Period, Signatory, Version
from .align import _compare_text
from .impact import _everyone, _impact
from .records import (
    ACCEPTANCE_FIELDS,
    COMMITMENT_FACTS,
    COMMITMENT_FIELDS,
    METADATA_FIELDS,
    PARTY_FACTS,
    VERSION_FACTS,
    Change,
    CommitmentAdded,
    CommitmentChanged,
    CommitmentRemoved,
    Comparison,
    FieldChanged,
    PartyAcceptsChanged,
    PartyAdded,
    PartyRemoved,
    PartyRoleChanged,
    PartySigningChanged,
    Value,
    _summarise,
)
from .words import _content_key, _normalise, word_diff


def compare(
    old: Version,
    new: Version,
    organisations: Mapping[str, Organisation] | None = None,
    *,
    same_version: bool | None = None,
) -> Comparison:
    """What changed from ``old`` to ``new`` (two versions of one document, usually).

    Between two different versions, the facts of each version (its status, the version
    it supersedes, its adoption, its signed copy, when and by whom each party signed)
    are not compared: they are not changes of the text. Between two states of the same
    version (``same_version``, by default when both have the same document and label:
    ``pacte diff --base``), they are edits like any other, and listed.
    """
    if same_version is None:
        same_version = (old.kind, old.document, old.label) == (new.kind, new.document, new.label)
    names = _namer(organisations or {})
    metadata = tuple(_compare_metadata(old, new, same_version))
    parties = tuple(_compare_parties(old, new, names, same_version))
    commitments = tuple(_compare_commitments(old, new, names, same_version))
    text = tuple(_compare_text(old, new))
    impact = _impact(old, new, parties, commitments, text, names)
    return Comparison(
        kind=new.kind,
        document=new.document,
        old_label=old.label,
        new_label=new.label,
        old_title=old.title,
        new_title=new.title,
        old_path=old.path,
        new_path=new.path,
        lang=new.lang or old.lang,
        metadata=metadata,
        parties=parties,
        commitments=commitments,
        text=text,
        impact=impact,
        summary=_summarise(metadata, parties, commitments, text),
        everyone=_everyone(old, new),
    )


def _namer(organisations: Mapping[str, Organisation]) -> Callable[[str], str]:
    def name(member: str) -> str:
        organisation = organisations.get(member)
        return organisation.label if organisation is not None else member

    return name


# --- metadata, parties, commitments --------------------------------------------------


def _show(value: object) -> Value:
    """A field's value as text: dates in ISO form, periods as ISO intervals."""
    if value is None:
        return None
    if isinstance(value, Period):
        return f"{value.start.isoformat()}/{value.end.isoformat() if value.end else '..'}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return tuple(str(v) for v in value)
    if isinstance(value, Signatory):  # a change of capacity or mandate is a change too
        return " · ".join(x for x in (value.name, value.capacity, value.mandate) if x)
    return str(value)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return _content_key(_normalise(a)) == _content_key(_normalise(b))


def _compare_metadata(old: Version, new: Version, facts: bool) -> Iterable[FieldChanged]:
    for name in METADATA_FIELDS:
        if name in VERSION_FACTS and not facts:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if name in ("title", "summary"):
            if _same_text(before, after):
                continue
            if before and after:
                yield FieldChanged(name, before, after, word_diff(before, after))
                continue
        elif _show(before) == _show(after):
            continue
        yield FieldChanged(name, _show(before), _show(after))
    yield from _compare_acceptance(old, new)


def _compare_acceptance(old: Version, new: Version) -> Iterable[FieldChanged]:
    """The articles open to choice, and the least to accept: a field each
    (acceptance_articles, acceptance_minimum...), shown with the text's numbers."""
    for part in ACCEPTANCE_FIELDS:
        values = []
        for version in (old, new):
            acceptance = version.acceptance
            value = None if acceptance is None else getattr(acceptance, part)
            if isinstance(value, tuple):
                value = tuple(_number(version, key) for key in value)
            elif isinstance(value, int):
                value = str(value) if acceptance is not None else None
            values.append(value)
        before, after = values
        if before != after and not (before in (None, ()) and after in (None, ())):
            yield FieldChanged("acceptance_" + part, before, after)


def _number(version: Version, key: str) -> str:
    """An article's number as the version's text writes it (its key if it has none)."""
    article = version.article(key)
    return article.number if article is not None else key


def _compare_parties(
    old: Version, new: Version, name: Callable[[str], str], facts: bool
) -> Iterable[Change]:
    before = old.party_by_member
    after = new.party_by_member
    for party in old.parties:
        if party.member not in after:
            yield PartyRemoved(party.member, name(party.member), party.role)
    for party in new.parties:
        earlier: Party | None = before.get(party.member)
        if earlier is None:
            yield PartyAdded(party.member, name(party.member), party.role)
            continue
        if earlier.role != party.role:
            yield PartyRoleChanged(party.member, name(party.member), earlier.role, party.role)
        if set(earlier.accepts or ()) != set(party.accepts or ()):
            numbers = {k: _number(old, k) for k in earlier.accepts or ()}
            numbers.update({k: _number(new, k) for k in party.accepts or ()})
            yield PartyAcceptsChanged(
                party.member,
                name(party.member),
                earlier.accepts,
                party.accepts,
                tuple(numbers.items()),
            )
        for attribute in PARTY_FACTS if facts else ():
            was, now = _show(getattr(earlier, attribute)), _show(getattr(party, attribute))
            if was != now:
                assert not isinstance(was, tuple) and not isinstance(now, tuple)
                yield PartySigningChanged(party.member, name(party.member), attribute, was, now)


def _commitment_values(version: Version, commitment: Commitment) -> dict[str, Value]:
    return {
        "text": commitment.text,
        "by": version.committed_by(commitment),
        "article": commitment.article,
        "due": _show(commitment.due),
        "status": commitment.status,
    }


def _compare_commitments(
    old: Version, new: Version, name: Callable[[str], str], facts: bool
) -> Iterable[Change]:
    before = {c.id: c for c in old.commitments}
    after = {c.id: c for c in new.commitments}
    for commitment in old.commitments:
        if commitment.id not in after:
            yield CommitmentRemoved(
                id=commitment.id,
                text=commitment.text,
                by=old.committed_by(commitment),
                article=commitment.article,
                due=_iso(commitment.due),
                status=commitment.status,
            )
    for commitment in new.commitments:
        earlier = before.get(commitment.id)
        if earlier is None:
            yield CommitmentAdded(
                id=commitment.id,
                text=commitment.text,
                by=new.committed_by(commitment),
                article=commitment.article,
                due=_iso(commitment.due),
                status=commitment.status,
            )
            continue
        was, now = _commitment_values(old, earlier), _commitment_values(new, commitment)
        bound_before, bound_after = old.committed_by(earlier), new.committed_by(commitment)
        members = tuple(dict.fromkeys((*bound_before, *bound_after)))
        for key in COMMITMENT_FIELDS:
            if key in COMMITMENT_FACTS and not facts:
                continue
            if key == "text":
                if _same_text(earlier.text, commitment.text):
                    continue
                yield CommitmentChanged(
                    commitment.id, key, earlier.text, commitment.text, members,
                    word_diff(earlier.text, commitment.text), text=commitment.text,
                )  # fmt: skip
            elif key == "by":
                if set(bound_before) != set(bound_after):
                    labels = tuple((m, name(m)) for m in members)
                    yield CommitmentChanged(
                        commitment.id, key, bound_before, bound_after, members,
                        names=labels, text=commitment.text,
                    )  # fmt: skip
            elif was[key] != now[key]:
                yield CommitmentChanged(
                    commitment.id, key, was[key], now[key], members, text=commitment.text
                )
