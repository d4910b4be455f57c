"""`pacte at DATE`: what was in force on a day, and what bound each organisation then.

Made from the one rule of `periods.py`; rendered as text in the site's language or as
JSON with stable keys (dates in ISO form).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from .i18n import format_date, translator
from .model import Commitment, Site, Version
from .periods import Binding, binding_commitments, bindings, in_force_on, version_periods


@dataclass(frozen=True)
class MemberOnDay:
    member: str
    name: str
    bound: tuple[tuple[Binding, tuple[Commitment, ...]], ...]


@dataclass(frozen=True)
class Situation:
    """What was in force on DAY, and per organisation what bound it."""

    day: dt.date
    in_force: tuple[Version, ...]
    members: tuple[MemberOnDay, ...]


def situation_on(site: Site, day: dt.date, member: str | None = None) -> Situation:
    """The situation of the site on DAY; only MEMBER's if given (it must exist)."""
    versions = tuple(
        sorted(in_force_on(site, day), key=lambda v: (v.kind, v.title.casefold(), v.label))
    )
    bound: dict[str, list[Binding]] = {}
    for binding in bindings(site):
        if binding.period.contains(day) and (member is None or binding.member == member):
            bound.setdefault(binding.member, []).append(binding)
    wanted = [member] if member is not None else sorted(bound, key=lambda m: _name(site, m))
    members = tuple(
        MemberOnDay(
            m,
            _name(site, m),
            tuple(
                (b, tuple(binding_commitments(b)))
                for b in sorted(bound.get(m, []), key=lambda b: b.version.title.casefold())
            ),
        )
        for m in wanted
    )
    return Situation(day, versions, members)


def _name(site: Site, member: str) -> str:
    org = site.organisations.get(member)
    return org.name if org else member


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def as_json(situation: Situation, site: Site) -> str:
    periods = {(d.kind, d.id): version_periods(d) for d in site.documents.values()}

    def version_row(v: Version) -> dict[str, Any]:
        period = periods[(v.kind, v.document)].get(v.label)
        return {
            "kind": v.kind,
            "document": v.document,
            "version": v.label,
            "title": v.title,
            "status": v.status,
            "from": _iso(period.start) if period else None,
            "until": _iso(period.end) if period else None,
        }

    data = {
        "date": situation.day.isoformat(),
        "in_force": [version_row(v) for v in situation.in_force],
        "members": [
            {
                "member": m.member,
                "name": m.name,
                "versions": [
                    {
                        **version_row(b.version),
                        "bound_from": _iso(b.period.start),
                        "bound_until": _iso(b.period.end),
                        "commitments": [
                            {
                                "id": c.id,
                                "text": c.text,
                                "article": _article_number(b.version, c),
                                "due": _iso(c.due),
                                "status": c.status,
                            }
                            for c in commitments
                        ],
                    }
                    for b, commitments in m.bound
                ],
            }
            for m in situation.members
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _article_number(version: Version, commitment: Commitment) -> str | None:
    article = version.article(commitment.article)
    return article.number if article else None


def as_text(situation: Situation, language: str) -> str:
    t = translator(language)

    def day(value: dt.date) -> str:
        return format_date(value, language)

    def period(start: dt.date, end: dt.date | None) -> str:
        if end is None:
            return f"{t('since')} {day(start)}"
        return f"{t('from-date')} {day(start)} {t('until-date')} {day(end)}"

    lines = [f"{t('at-in-force')} {day(situation.day)}{t('colon').rstrip()}"]
    if not situation.in_force:
        lines.append(f"  {t('nothing-in-force')}")
    for v in situation.in_force:
        lines.append(f"  - {v.title} — {t(v.kind)} {v.label}")
    for member in situation.members:
        lines.append("")
        lines.append(f"{member.name} ({member.member})")
        if not member.bound:
            lines.append(f"  {t('at-not-bound')}")
        for binding, commitments in member.bound:
            v = binding.version
            lines.append(
                f"  {v.title} — {t(v.kind)} {v.label} · {t('at-bound')} "
                f"{period(binding.period.start, binding.period.end)}"
            )
            if not commitments:
                lines.append(f"    {t('no-commitments')}")
            for c in commitments:
                details = [c.text]
                number = _article_number(v, c)
                if number:
                    details.append(f"{t('article')} {number}")
                if c.due:
                    details.append(f"{t('due')} {day(c.due)}")
                details.append(t("commitment:" + (c.status or "none")))
                lines.append("    - " + " · ".join(details))
    return "\n".join(lines) + "\n"
