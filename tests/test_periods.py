"""The rule of who was bound by what, when (pacte.periods), on its edge cases."""

from __future__ import annotations

import datetime as dt

from pacte.model import Commitment, Document, Party, Period, Site, Version
from pacte.periods import binding_commitments, bindings, in_force_on, version_periods

D = dt.date
START = D(2020, 1, 1)


def version(
    label: str,
    *,
    status: str = "in-force",
    adopted: dt.date | None = START,
    effective: Period | None = None,
    supersedes: str | None = None,
    parties: tuple[Party, ...] = (Party("a"), Party("b")),
    commitments: tuple[Commitment, ...] = (),
) -> Version:
    return Version(
        "charter",
        "c",
        label,
        f"charters/c/{label}.md",
        "Charte",
        status,
        parties,
        commitments,
        adopted=adopted,
        effective=effective,
        supersedes=supersedes,
    )


def site(*versions: Version) -> Site:
    return Site("/", "fr", documents={("charter", "c"): Document("charter", "c", versions)})


def periods_of(s: Site) -> dict[tuple[str, str], tuple[dt.date, dt.date | None]]:
    return {(b.member, b.version.label): (b.period.start, b.period.end) for b in bindings(s)}


def test_open_ended_version_binds_from_its_adoption() -> None:
    s = site(version("2020"))
    assert periods_of(s) == {
        ("a", "2020"): (D(2020, 1, 1), None),
        ("b", "2020"): (D(2020, 1, 1), None),
    }


def test_effective_from_wins_over_adoption() -> None:
    s = site(version("2020", effective=Period(D(2020, 3, 1), D(2022, 12, 31))))
    assert periods_of(s)[("a", "2020")] == (D(2020, 3, 1), D(2022, 12, 31))


def test_a_successor_ends_an_open_ended_predecessor_the_day_before_it_starts() -> None:
    s = site(
        version("2020", status="superseded"),
        version("2024", adopted=D(2024, 6, 15), supersedes="2020"),
    )
    found = periods_of(s)
    assert found[("a", "2020")] == (D(2020, 1, 1), D(2024, 6, 14))
    assert found[("a", "2024")] == (D(2024, 6, 15), None)


def test_a_successor_starting_before_the_predecessor_until_keeps_both_periods() -> None:
    """An explicit `until` is the end, even when the next version starts earlier."""
    s = site(
        version("2020", status="superseded", effective=Period(D(2020, 1, 1), D(2022, 12, 31))),
        version("2022", adopted=D(2022, 6, 1), supersedes="2020"),
    )
    found = periods_of(s)
    assert found[("a", "2020")] == (D(2020, 1, 1), D(2022, 12, 31))
    assert found[("a", "2022")] == (D(2022, 6, 1), None)
    assert {v.label for v in in_force_on(s, D(2022, 7, 1))} == {"2020", "2022"}


def test_a_gap_between_versions_binds_nobody() -> None:
    s = site(
        version("2018", status="expired", effective=Period(D(2018, 1, 1), D(2019, 12, 31))),
        version("2021", adopted=D(2021, 1, 1), supersedes="2018"),
    )
    assert in_force_on(s, D(2020, 6, 1)) == []
    assert [b for b in bindings(s) if b.period.contains(D(2020, 6, 1))] == []


def test_a_party_that_signs_later_is_bound_from_that_day() -> None:
    late = Party("b", signed=D(2021, 3, 1))
    s = site(version("2020", parties=(Party("a", signed=D(2019, 12, 1)), late)))
    found = periods_of(s)
    assert found[("a", "2020")] == (D(2020, 1, 1), None)  # signed before the start
    assert found[("b", "2020")] == (D(2021, 3, 1), None)
    (b,) = [b for b in bindings(s) if b.member == "b"]
    assert b.differs


def test_a_party_that_withdraws_is_bound_until_that_day() -> None:
    s = site(version("2020", parties=(Party("a"), Party("b", withdrawn=D(2022, 5, 31)))))
    assert periods_of(s)[("b", "2020")] == (D(2020, 1, 1), D(2022, 5, 31))


def test_withdrawn_before_signing_binds_nothing() -> None:
    s = site(version("2020", parties=(Party("a", signed=D(2022, 1, 1), withdrawn=D(2021, 1, 1)),)))
    assert periods_of(s) == {}


def test_a_terminated_version_binds_until_its_end() -> None:
    s = site(version("2020", status="terminated", effective=Period(D(2020, 1, 1), D(2021, 6, 30))))
    assert periods_of(s)[("a", "2020")] == (D(2020, 1, 1), D(2021, 6, 30))


def test_drafts_and_observers_bind_nobody() -> None:
    s = site(
        version("2020", parties=(Party("a"), Party("o", role="observer"))),
        version("2026", status="draft", adopted=None, supersedes="2020"),
    )
    assert set(periods_of(s)) == {("a", "2020")}
    # a draft does not end the version it would replace
    assert periods_of(s)[("a", "2020")] == (D(2020, 1, 1), None)


def test_commitments_that_bind_a_party() -> None:
    commitments = (
        Commitment("all", "Tous"),
        Commitment("b-only", "B seule", by=("b",)),
    )
    s = site(version("2020", commitments=commitments))
    by_member = {b.member: [c.id for c in binding_commitments(b)] for b in bindings(s)}
    assert by_member == {"a": ["all"], "b": ["all", "b-only"]}


def test_version_periods_by_label() -> None:
    document = Document(
        "charter",
        "c",
        (
            version("2020", status="superseded"),
            version("2023", adopted=D(2023, 1, 1), supersedes="2020"),
        ),
    )
    assert version_periods(document) == {
        "2020": Period(D(2020, 1, 1), D(2022, 12, 31)),
        "2023": Period(D(2023, 1, 1), None),
    }
