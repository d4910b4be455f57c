"""What a change of the sources does to the whole site: documents, versions, organisations.

``compare_sites(old, new)`` is the report of a pull request (``pacte diff --base``):
each version file added, removed or changed, compared with its earlier state.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Document, Organisation, Site, Version
from ..problems import Severity, sort_problems
from ..translations import stale_articles, translation_changes
from .records import SCHEMA_VERSION, Comparison
from .versions import _namer, compare


@dataclass(frozen=True)
class TranslationChanges:
    """A translation of a version added, removed or changed, and its stale articles."""

    lang: str
    state: str  # added | removed | changed | unchanged (but stale: the version changed)
    path: str
    articles: tuple[str, ...] = ()  # changed: the numbers of the articles it changed
    stale: tuple[str, ...] = ()  # the version's articles it did not follow (translation-stale)

    def as_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "state": self.state,
            "path": self.path,
            "articles": list(self.articles),
            "stale": list(self.stale),
        }


@dataclass(frozen=True)
class VersionChanges:
    """A version file added, removed or changed between two states of the sources."""

    kind: str
    document: str
    label: str
    # added | removed | changed | reformatted (edited, same content) | invalid (the file
    # cannot be read now: its problems are given, nothing is compared) | repaired (it could
    # not be read before: nothing to compare it with)
    state: str
    path: str
    title: str
    # changed: the earlier state against this one; added: the version it supersedes against it
    comparison: Comparison | None = None
    problems: tuple[str, ...] = ()  # invalid: why, as "LINE:COLUMN: MESSAGE [CODE]"
    translations: tuple[TranslationChanges, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.label,
            "state": self.state,
            "path": self.path,
            "title": self.title,
            "comparison": self.comparison.as_dict() if self.comparison else None,
            "problems": list(self.problems),
            "translations": [t.as_dict() for t in self.translations],
        }


@dataclass(frozen=True)
class DocumentChanges:
    kind: str
    id: str
    title: str
    state: str  # added | removed | changed
    versions: tuple[VersionChanges, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.id,
            "title": self.title,
            "state": self.state,
            "versions": [v.as_dict() for v in self.versions],
        }


@dataclass(frozen=True, slots=True)
class OrganisationChange:
    """An organisation added to, removed from or changed in members.yml."""

    member: str
    name: str
    state: str  # added | removed | changed
    fields: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "state": self.state,
            "fields": list(self.fields),
        }


@dataclass(frozen=True, slots=True)
class AffectedOrganisation:
    """An organisation that a change of the sources concerns, and the versions it concerns."""

    member: str
    name: str
    versions: tuple[tuple[str, str, str], ...]  # (kind, document, version label)

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "versions": [
                {"kind": kind, "document": document, "version": label}
                for kind, document, label in self.versions
            ],
        }


@dataclass(frozen=True)
class SiteChanges:
    """Everything a change of the sources does: documents, versions, organisations."""

    base: str  # what the sources are compared with, e.g. a git revision
    documents: tuple[DocumentChanges, ...]
    organisations: tuple[OrganisationChange, ...]
    affected: tuple[AffectedOrganisation, ...]
    notes: tuple[str, ...] = ()  # what could not be compared, in plain words

    @property
    def is_empty(self) -> bool:
        return not self.documents and not self.organisations

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "base": self.base,
            "documents": [d.as_dict() for d in self.documents],
            "organisations": [o.as_dict() for o in self.organisations],
            "affected": [a.as_dict() for a in self.affected],
            "notes": list(self.notes),
        }


def compare_sites(old: Site, new: Site, base: str = "", notes: Sequence[str] = ()) -> SiteChanges:
    """What the sources of ``new`` change against those of ``old``."""
    organisations = {**old.organisations, **new.organisations}
    name = _namer(organisations)
    affected: dict[str, list[tuple[str, str, str]]] = {}

    def concern(members: Iterable[str], version: VersionChanges) -> None:
        for member in members:
            ref = (version.kind, version.document, version.label)
            refs = affected.setdefault(member, [])
            if ref not in refs:
                refs.append(ref)

    problems: dict[str, list[str]] = {}
    for problem in sort_problems(new.problems):
        if problem.severity is Severity.ERROR:
            problems.setdefault(problem.path, []).append(
                f"{problem.line}:{problem.column}: {problem.message} [{problem.code}]"
            )
    documents: list[DocumentChanges] = []
    for key in sorted(set(old.documents) | set(new.documents)):
        before, after = old.documents.get(key), new.documents.get(key)
        versions: list[VersionChanges] = []
        labels = [v.label for v in (after.versions if after else ())]
        labels += [v.label for v in (before.versions if before else ()) if v.label not in labels]
        for label in labels:
            was = before.version(label) if before else None
            now = after.version(label) if after else None
            change = _version_changes(was, now, after, organisations, problems)
            if change is None:
                continue
            versions.append(change)
            if change.state in ("added", "removed"):
                version = now or was
                assert version is not None
                concern((p.member for p in version.parties), change)
            elif change.comparison is not None:
                concern((m.member for m in change.comparison.impact), change)
        if not versions:
            continue
        state = "changed" if before and after else ("added" if after else "removed")
        document = after or before
        assert document is not None
        if before is not None and document.current.unreadable:  # its title is unknown now
            document = before
        documents.append(DocumentChanges(key[0], key[1], document.title, state, tuple(versions)))
    return SiteChanges(
        base=base,
        documents=tuple(documents),
        organisations=tuple(_organisation_changes(old, new)),
        affected=tuple(
            AffectedOrganisation(member, name(member), tuple(refs))
            for member, refs in sorted(affected.items(), key=lambda item: name(item[0]).lower())
        ),
        notes=tuple(notes),
    )


def _version_changes(
    was: Version | None,
    now: Version | None,
    document: Document | None,
    organisations: Mapping[str, Organisation],
    problems: Mapping[str, list[str]],
) -> VersionChanges | None:
    if now is None:
        assert was is not None
        return VersionChanges(was.kind, was.document, was.label, "removed", was.path, was.title)
    if now.unreadable:  # what it says is unknown: its problems, not a fake change
        if was is not None and was.unreadable:
            return None  # it could not be read before either: validation says why
        why = tuple(problems.get(now.path, ()))
        return VersionChanges(
            now.kind, now.document, now.label, "invalid", now.path, now.title, None, why
        )
    if was is not None and was.unreadable:
        return VersionChanges(now.kind, now.document, now.label, "repaired", now.path, now.title)
    earlier = document.version(now.supersedes) if document and now.supersedes else None
    if earlier is not None and earlier.unreadable:
        earlier = None
    translated = _translations(was, now, earlier)
    if was is None:
        comparison = compare(earlier, now, organisations) if earlier is not None else None
        return VersionChanges(
            now.kind,
            now.document,
            now.label,
            "added",
            now.path,
            now.title,
            comparison,
            translations=translated,
        )
    if was == now:
        return None
    comparison = compare(was, now, organisations, same_version=True)
    changed = not comparison.is_empty or any(t.state != "unchanged" for t in translated)
    return VersionChanges(
        now.kind,
        now.document,
        now.label,
        "changed" if changed else "reformatted",
        now.path,
        now.title,
        comparison,
        translations=translated,
    )


def _translations(
    was: Version | None, now: Version, earlier: Version | None
) -> tuple[TranslationChanges, ...]:
    """The translations of a version added, removed or changed, and those left stale by
    the change (an article changed since EARLIER, the version it supersedes, while its
    translation did not)."""
    found = []
    before = {t.lang: t for t in was.translations} if was is not None else {}
    after = {t.lang: t for t in now.translations}
    for lang in sorted(set(before) | set(after)):
        old, new = before.get(lang), after.get(lang)
        change = translation_changes(old, new)
        stale: tuple[str, ...] = ()
        if new is not None and earlier is not None:
            stale = tuple(a.number for a, _ in stale_articles(now, earlier, new))
        if change is None and not stale:
            continue
        state, articles = change or ("unchanged", ())
        path = (new or old).path  # type: ignore[union-attr]
        found.append(TranslationChanges(lang, state, path, articles, stale))
    return tuple(found)


def _organisation_changes(old: Site, new: Site) -> Iterable[OrganisationChange]:
    for member, organisation in old.organisations.items():
        if member not in new.organisations:
            yield OrganisationChange(member, organisation.label, "removed")
    for member, organisation in new.organisations.items():
        earlier = old.organisations.get(member)
        if earlier is None:
            yield OrganisationChange(member, organisation.label, "added")
        elif earlier != organisation:
            fields = tuple(
                f.name
                for f in dataclasses.fields(organisation)
                if getattr(earlier, f.name) != getattr(organisation, f.name)
            )
            yield OrganisationChange(member, organisation.label, "changed", fields)
