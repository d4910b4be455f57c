"""The comparison of two versions as typed records: text, metadata, parties, commitments."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pacte.diff import (
    PARAGRAPH,
    ArticleAdded,
    ArticleChanged,
    ArticleMoved,
    ArticleRemoved,
    ArticleUnchanged,
    CommitmentAdded,
    CommitmentChanged,
    CommitmentRemoved,
    FieldChanged,
    PartyAdded,
    PartyRemoved,
    PartyRoleChanged,
    PartySigningChanged,
    Segment,
    compare,
    word_diff,
)
from pacte.model import Article, Party, Version
from test_diff_support import articles, load, pair, version_text, write_site

OBJET = "Objet | La présente convention organise la coopération entre les parties signataires."
MISSIONS = (
    "Missions | L'Union anime le collectif logement et relaie les propositions des "
    "associations adhérentes auprès du Département."
)
SUIVI = "Suivi | Un comité de suivi se réunit deux fois par an pour dresser le bilan des actions."
DUREE = "Durée | La convention est conclue pour trois ans à compter de sa signature."
FINANCEMENT = (
    "Financement | Le Département verse chaque année une subvention de fonctionnement "
    "dont le montant est fixé par avenant."
)


def kinds(comparison) -> list[tuple[str, str]]:
    return [(c.kind, c.passage.number) for c in comparison.text]


def changed_words(segments: tuple[Segment, ...], op: str) -> list[str]:
    return [s.text.strip() for s in segments if s.op == op]


# --- the text, article by article ----------------------------------------------------


def test_identical_versions_have_no_change(tmp_path: Path) -> None:
    body = articles(OBJET, MISSIONS, SUIVI)
    comparison = pair(tmp_path, body, body)
    assert comparison.text_changes == ()
    assert all(isinstance(c, ArticleUnchanged) for c in comparison.text)
    assert comparison.summary.articles_unchanged == 3


def test_rewording_marks_the_words_inserted_and_deleted(tmp_path: Path) -> None:
    reworded = MISSIONS.replace("anime", "coordonne").replace("adhérentes ", "")
    comparison = pair(tmp_path, articles(OBJET, MISSIONS, SUIVI), articles(OBJET, reworded, SUIVI))
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-changed", "2"),
        ("article-unchanged", "3"),
    ]
    change = comparison.text[1]
    assert isinstance(change, ArticleChanged)
    assert not change.renumbered and not change.moved and change.extent == "wording"
    assert changed_words(change.segments, "delete") == ["anime", "adhérentes"]
    assert changed_words(change.segments, "insert") == ["coordonne"]
    new_text = "".join(s.text for s in change.segments if s.op != "delete")
    assert " ".join(new_text.split()) == reworded.split(" | ")[1]
    assert comparison.summary.articles_changed == 1
    assert change.explain() == "Article 2 – Missions: text changed"


def test_an_article_added_renumbers_the_next_ones_without_changing_them(tmp_path: Path) -> None:
    comparison = pair(
        tmp_path, articles(OBJET, MISSIONS, SUIVI), articles(OBJET, FINANCEMENT, MISSIONS, SUIVI)
    )
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-added", "2"),
        ("article-moved", "3"),
        ("article-moved", "4"),
    ]
    moved = comparison.text[2]
    assert isinstance(moved, ArticleMoved)
    assert moved.renumbered and not moved.moved  # the order of the rest is kept
    assert moved.old.number == "2" and moved.new.number == "3"
    added = comparison.text[1]
    assert isinstance(added, ArticleAdded) and added.source is None
    assert added.segments == (Segment("insert", FINANCEMENT.split(" | ")[1]),)
    summary = comparison.summary
    assert (summary.articles_added, summary.articles_moved, summary.articles_changed) == (1, 2, 0)
    assert moved.explain() == "Article 3 – Missions: renumbered (was 2), text unchanged"


def test_an_article_removed_is_shown_where_it_was(tmp_path: Path) -> None:
    comparison = pair(
        tmp_path, articles(OBJET, FINANCEMENT, MISSIONS, SUIVI), articles(OBJET, MISSIONS, SUIVI)
    )
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-removed", "2"),
        ("article-moved", "2"),
        ("article-moved", "3"),
    ]
    removed = comparison.text[1]
    assert isinstance(removed, ArticleRemoved)
    assert removed.old.title == "Financement" and removed.target is None
    assert removed.segments[0].op == "delete"
    assert comparison.summary.articles_removed == 1


def test_an_article_moved_under_its_own_number_is_moved_not_deleted(tmp_path: Path) -> None:
    old = articles(OBJET, MISSIONS, SUIVI, DUREE)
    # article 4 written before article 2, numbers kept
    blocks = old.split("\n## ")
    new = "\n## ".join([blocks[0], blocks[3], blocks[1], blocks[2]])
    comparison = pair(tmp_path, old, new)
    assert not [c for c in comparison.text if c.kind in ("article-added", "article-removed")]
    moved = [c for c in comparison.text if isinstance(c, ArticleMoved)]
    assert len(moved) == 1
    assert moved[0].new.number == "4" and moved[0].moved and not moved[0].renumbered
    assert moved[0].explain() == "Article 4 – Durée: moved, text unchanged"


def test_two_articles_that_swap_numbers_are_renumbered(tmp_path: Path) -> None:
    comparison = pair(tmp_path, articles(OBJET, MISSIONS, SUIVI), articles(OBJET, SUIVI, MISSIONS))
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-moved", "2"),
        ("article-moved", "3"),
    ]
    suivi, missions = comparison.text[1], comparison.text[2]
    assert isinstance(suivi, ArticleMoved) and isinstance(missions, ArticleMoved)
    assert suivi.old.number == "3" and missions.old.number == "2"
    assert suivi.renumbered and missions.renumbered
    assert suivi.moved != missions.moved  # one of the two kept its place in the order


def test_an_article_renumbered_and_reworded_is_changed_not_replaced(tmp_path: Path) -> None:
    reworded = MISSIONS.replace("deux", "trois")
    comparison = pair(
        tmp_path,
        articles(OBJET, MISSIONS, SUIVI),
        articles(OBJET, FINANCEMENT, MISSIONS, SUIVI.replace("deux", "trois")),
    )
    assert reworded == MISSIONS  # (MISSIONS has no 'deux': only article 4 is reworded)
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-added", "2"),
        ("article-moved", "3"),
        ("article-changed", "4"),
    ]
    change = comparison.text[3]
    assert isinstance(change, ArticleChanged)
    assert change.renumbered and change.old.number == "3"
    assert changed_words(change.segments, "delete") == ["deux"]
    assert change.explain() == "Article 4 – Suivi: renumbered (was 3); text changed"


def test_an_article_split_in_two_is_changed_then_added_from_it(tmp_path: Path) -> None:
    first = "L'Union anime le collectif logement des associations du département."
    second = "Elle organise chaque année une journée d'information sur le cadre budgétaire."
    old = articles(OBJET, f"Missions | {first}\n\n{second}", SUIVI)
    new = articles(OBJET, f"Missions | {first}", f"Information | {second}", SUIVI)
    comparison = pair(tmp_path, old, new)
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-changed", "2"),
        ("article-added", "3"),
        ("article-moved", "4"),
    ]
    changed, added = comparison.text[1], comparison.text[2]
    assert isinstance(changed, ArticleChanged) and isinstance(added, ArticleAdded)
    assert changed_words(changed.segments, "delete") == [second]
    assert added.source is not None and added.source.number == "2"
    assert added.explain() == (
        "Article 3 – Information: added, taking up most of the text of Article 2 – Missions"
    )


def test_two_articles_merged_are_one_changed_and_one_removed_into_it(tmp_path: Path) -> None:
    first = "L'Union anime le collectif logement des associations du département."
    second = "Elle organise chaque année une journée d'information sur le cadre budgétaire."
    old = articles(OBJET, f"Missions | {first}", f"Information | {second}", SUIVI)
    new = articles(OBJET, f"Missions | {first}\n\n{second}", SUIVI)
    comparison = pair(tmp_path, old, new)
    assert kinds(comparison) == [
        ("article-unchanged", "1"),
        ("article-changed", "2"),
        ("article-removed", "3"),
        ("article-moved", "3"),
    ]
    removed = comparison.text[2]
    assert isinstance(removed, ArticleRemoved)
    assert removed.target is not None and removed.target.number == "2"
    assert comparison.summary.articles_removed == 1


def test_whitespace_only_changes_are_no_change(tmp_path: Path) -> None:
    old = articles(OBJET, MISSIONS, SUIVI)
    new = (
        old.replace("coopération entre", "coopération\nentre")  # re-wrapped
        .replace("bilan des", "bilan   des")  # runs of spaces
        .replace("\n\n## Article 3", "  \n\n\n## Article 3")  # trailing spaces, blank lines
        .replace("Département.", "Département .")  # a space before a full stop
        .replace("L'Union", "L' Union")
    )
    assert new != old
    comparison = pair(tmp_path, old, new)
    assert comparison.text_changes == ()
    assert comparison.summary.articles_unchanged == 3


def test_punctuation_only_change_is_a_change_said_to_be_punctuation(tmp_path: Path) -> None:
    new = articles(OBJET, MISSIONS.replace("logement et", "logement, et"), SUIVI)
    comparison = pair(tmp_path, articles(OBJET, MISSIONS, SUIVI), new)
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "punctuation"
    assert changed_words(change.segments, "insert") == [","]
    assert change.explain() == "Article 2 – Missions: punctuation changed only"


def test_a_new_paragraph_break_is_a_change_of_paragraphs(tmp_path: Path) -> None:
    text = "Le comité se réunit deux fois par an. Il dresse le bilan des actions."
    new = text.replace(" Il", "\n\nIl")
    comparison = pair(
        tmp_path, articles(OBJET, f"Suivi | {text}"), articles(OBJET, f"Suivi | {new}")
    )
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "paragraphs"
    assert [s.op for s in change.segments] == ["equal", "insert", "equal"]
    assert change.segments[1].text == PARAGRAPH


def test_a_title_change_alone(tmp_path: Path) -> None:
    new = articles(OBJET, MISSIONS.replace("Missions", "Missions de l'Union"), SUIVI)
    comparison = pair(tmp_path, articles(OBJET, MISSIONS, SUIVI), new)
    (change,) = comparison.text_changes
    assert isinstance(change, ArticleChanged) and change.extent == "title"
    assert change.retitled
    assert changed_words(change.title_segments, "insert") == ["de l'Union"]


def test_crlf_against_lf_is_no_change(tmp_path: Path) -> None:
    body = articles(OBJET, MISSIONS, SUIVI)
    write_site(
        tmp_path,
        {
            "v1": version_text(body, status="superseded", adopted="2020-02-17"),
            "v2": version_text(body, status="superseded", adopted="2020-02-17"),
        },
    )
    path = tmp_path / "conventions" / "convention" / "v2.md"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert b"\r\n" in path.read_bytes()
    site = load(tmp_path)
    document = site.document("convention")
    assert document is not None
    comparison = compare(document.versions[0], document.versions[1], site.organisations)
    assert comparison.is_empty


def test_crlf_in_a_version_made_in_memory_is_no_change() -> None:
    body = "Préambule.\n\n## Article 1 – Objet\n\nLa convention\norganise la coopération.\n"
    old = _version(body)
    new = _version(body.replace("\n", "\r\n"))
    assert compare(old, new).is_empty


def _version(body: str, label: str = "v") -> Version:
    from pacte.articles import parse_articles

    return Version(
        kind="convention",
        document="doc",
        label=label,
        path=f"conventions/doc/{label}.md",
        title="Convention",
        status="draft",
        parties=(Party("departement"),),
        body=body,
        body_line=5,
        articles=parse_articles(body.replace("\r\n", "\n"), 5),
    )


def test_the_preamble_and_other_sections_are_compared_too(tmp_path: Path) -> None:
    old = (
        "Entre le Département et l'Union.\n\n"
        + articles(OBJET)
        + "\n## Signatures\n\nFait à Arras.\n"
    )
    new = (
        "Entre le Département du Pas-de-Calais et l'Union.\n\n"
        + articles(OBJET)
        + "\n## Signatures\n\nFait à Arras, en deux exemplaires.\n"
    )
    comparison = pair(tmp_path, old, new)
    changed = comparison.text_changes
    assert [(c.passage.kind, c.passage.label()) for c in changed] == [
        ("preamble", "Preamble"),
        ("section", "Signatures"),
    ]
    assert comparison.summary.other_text_changed == 2
    assert comparison.summary.articles_changed == 0
    assert changed[0].passage.anchor == "preamble"
    assert changed[1].passage.anchor == "section-signatures"


def test_versions_made_in_memory_without_a_body_compare_their_articles() -> None:
    def version(text: str) -> Version:
        article = Article("1", "1", "Objet", "Article 1 – Objet", text, 3)
        return dataclasses.replace(_version(""), articles=(article,))

    comparison = compare(version("Un texte."), version("Un autre texte."))
    (change,) = comparison.text_changes
    assert changed_words(change.segments, "insert") == ["autre"]  # type: ignore[attr-defined]


# --- metadata, parties and commitments -----------------------------------------------

COMMITMENTS_V1 = """\
commitments:
  - {id: bilan, text: Présenter un bilan annuel, by: [uriopss], article: 3, due: 2022-12-31}
  - {id: comite, text: Réunir le comité de suivi, article: 3, status: ongoing}
  - {id: cpom, text: Accompagner les CPOM, by: [uriopss], article: 2}
"""
COMMITMENTS_V2 = """\
commitments:
  - {id: bilan, text: Présenter un bilan annuel détaillé, by: [uriopss], article: 3,
     due: 2025-12-31}
  - {id: comite, text: Réunir le comité de suivi, article: 3, status: done}
  - {id: veille, text: Assurer une veille, by: [uriopss, caf], article: 2}
"""


def commitment_site(tmp_path: Path):
    body_old = articles(OBJET, MISSIONS, SUIVI)
    body_new = articles(OBJET, MISSIONS, SUIVI.replace("deux", "trois"))
    old = version_text(
        body_old,
        status="superseded",
        adopted="2020-02-17",
        parties="  - departement\n  - uriopss\n  - {member: etat, role: partner}\n",
        extra=COMMITMENTS_V1 + "themes: [logement]\n",
    )
    new = version_text(
        body_new,
        title="Convention de partenariat 2023",
        parties=(
            "  - departement\n  - {member: uriopss, signed: 2023-03-20}\n"
            "  - {member: caf, role: partner}\n"
        ),
        extra=COMMITMENTS_V2
        + "supersedes: v1\nthemes: [logement, santé]\neffective: {from: 2023-01-01}\n",
    )
    write_site(tmp_path, {"v1": old, "v2": new})
    site = load(tmp_path)
    assert not [p for p in site.problems if p.severity == "error"], site.problems
    document = site.document("convention")
    assert document is not None
    return compare(document.versions[0], document.versions[1], site.organisations)


def test_metadata_fields_that_changed(tmp_path: Path) -> None:
    comparison = commitment_site(tmp_path)
    fields = {c.field: c for c in comparison.metadata}
    # status, adoption and the version replaced are facts of each version, not changes
    assert set(fields) == {"title", "effective", "themes"}
    assert fields["effective"] == FieldChanged("effective", None, "2023-01-01/..")
    assert fields["themes"].new == ("logement", "santé")
    assert changed_words(fields["title"].segments, "insert") == ["2023"]
    assert fields["effective"].explain() == "Period of validity: since 1 January 2023 (added)"
    assert fields["effective"].explain("fr") == (
        "Période de validité\u00a0: depuis le 1er janvier 2023 (ajout)"
    )
    assert fields["themes"].explain("fr") == (
        "Thèmes\u00a0: «\u00a0logement\u00a0» → «\u00a0logement\u00a0», «\u00a0santé\u00a0»"
    )
    assert fields["themes"].explain("de") == "Themen: „logement“ → „logement“, „santé“"


def test_the_facts_of_one_version_edited_are_changes(tmp_path: Path) -> None:
    """The same version in two states of the sources (pacte diff --base): its status,
    adoption and signatures are edits, listed."""
    commitment_site(tmp_path)
    site = load(tmp_path)
    document = site.document("convention")
    assert document is not None
    old, new = document.versions
    comparison = compare(old, new, site.organisations, same_version=True)
    fields = {c.field: c for c in comparison.metadata}
    assert set(fields) == {"title", "status", "adopted", "effective", "supersedes", "themes"}
    assert fields["status"].old == "superseded" and fields["status"].new == "in-force"
    assert fields["status"].explain() == "Status: superseded → in force"
    assert fields["status"].explain("fr") == "Statut\u00a0: remplacée → en vigueur"
    assert fields["adopted"].explain("fr") == (
        "Date d'adoption\u00a0: 17 février 2020 → 13 mars 2023"
    )
    assert fields["supersedes"].explain("fr") == "Version remplacée\u00a0: v1 (ajout)"
    signing = [c for c in comparison.parties if isinstance(c, PartySigningChanged)]
    assert [(c.member, c.field) for c in signing] == [("uriopss", "signed")]
    assert signing[0].explain("fr") == (
        "Uriopss Hauts-de-France, date de signature\u00a0: 20 mars 2023 (ajout)"
    )


def test_parties_added_removed_and_changed(tmp_path: Path) -> None:
    comparison = commitment_site(tmp_path)
    parties = {(c.kind, c.member) for c in comparison.parties}
    # the day uriopss signed each version is no change of the text
    assert parties == {("party-removed", "etat"), ("party-added", "caf")}
    added = next(c for c in comparison.parties if isinstance(c, PartyAdded))
    assert added.role == "partner"
    assert added.explain() == "Caisse d'allocations familiales becomes a party (partner)"
    removed = next(c for c in comparison.parties if isinstance(c, PartyRemoved))
    assert removed.name == "Préfecture <b>du Nord</b>"
    assert removed.explain(style="html") == (
        "Préfecture &lt;b&gt;du Nord&lt;/b&gt; is no longer a party (was partner)"
    )
    summary = comparison.summary
    assert (summary.parties_added, summary.parties_removed, summary.parties_changed) == (1, 1, 0)


def test_a_role_change(tmp_path: Path) -> None:
    body = articles(OBJET)
    write_site(
        tmp_path,
        {
            "v1": version_text(body, parties="  - departement\n  - uriopss\n"),
            "v2": version_text(
                body, parties="  - departement\n  - {member: uriopss, role: observer}\n"
            ),
        },
    )
    site = load(tmp_path)
    document = site.document("convention")
    assert document is not None
    comparison = compare(document.versions[0], document.versions[1], site.organisations)
    (change,) = comparison.parties
    assert change == PartyRoleChanged("uriopss", "Uriopss Hauts-de-France", "signatory", "observer")


def test_commitments_aligned_by_id(tmp_path: Path) -> None:
    comparison = commitment_site(tmp_path)
    by_kind: dict[str, list] = {}
    for change in comparison.commitments:
        by_kind.setdefault(change.kind, []).append(change)
    (removed,) = by_kind["commitment-removed"]
    assert isinstance(removed, CommitmentRemoved) and removed.id == "cpom"
    (added,) = by_kind["commitment-added"]
    assert isinstance(added, CommitmentAdded) and added.id == "veille"
    assert added.by == ("uriopss", "caf")
    changed = {(c.id, c.field): c for c in by_kind["commitment-changed"]}
    # 'comite' binds every party but observers: etat left, caf joined as partner; how far
    # it got ('status') is a fact of each version, compared only within one version
    assert set(changed) == {("bilan", "text"), ("bilan", "due"), ("comite", "by")}
    text = changed[("bilan", "text")]
    assert isinstance(text, CommitmentChanged)
    assert changed_words(text.segments, "insert") == ["détaillé"]
    by = changed[("comite", "by")]
    assert by.old == ("departement", "uriopss", "etat")
    assert by.new == ("departement", "uriopss", "caf")
    assert by.explain() == (
        "Commitment “Réunir le comité de suivi”, committed parties, "
        "added: Caisse d'allocations familiales; removed: Préfecture <b>du Nord</b>"
    )
    # a commitment is named by its text (its id is for editors: JSON, tooltips)
    assert by.explain("fr").startswith("Engagement «\u00a0Réunir le comité de suivi\u00a0», ")
    assert changed[("bilan", "due")].explain("fr") == (
        "Engagement «\u00a0Présenter un bilan annuel détaillé\u00a0», échéance\u00a0: "
        "31 décembre 2022 → 31 décembre 2025"
    )
    assert removed.explain() == "Commitment removed: “Accompagner les CPOM”"
    assert added.explain("it") == "Nuovo impegno: «Assurer une veille»"
    record = changed[("bilan", "due")].as_dict()
    assert record["id"] == "bilan" and record["text"] == "Présenter un bilan annuel détaillé"
    assert record["old"] == "2022-12-31"  # ISO dates in JSON
    assert comparison.summary.commitments_changed == 2


def test_impact_on_each_organisation(tmp_path: Path) -> None:
    comparison = commitment_site(tmp_path)
    impact = {m.member: m for m in comparison.impact}
    assert set(impact) == {"departement", "uriopss", "caf", "etat"}
    uriopss = {(c.kind, getattr(c, "id", None)) for c in impact["uriopss"].changes}
    assert ("commitment-removed", "cpom") in uriopss
    assert ("commitment-added", "veille") in uriopss
    assert ("commitment-changed", "bilan") in uriopss
    # article 3 carries commitments of uriopss (bilan) and of every party (comite)
    assert ("article-changed", None) in uriopss
    departement = {c.kind for c in impact["departement"].changes}
    assert "commitment-removed" not in departement  # cpom bound the Union only
    assert "article-changed" in departement
    assert {c.kind for c in impact["caf"].changes} >= {"party-added", "commitment-added"}
    assert {c.kind for c in impact["etat"].changes} >= {"party-removed"}
    assert impact["departement"].name == "Pas-de-Calais"


def test_the_json_records_are_plain_and_stable(tmp_path: Path) -> None:
    comparison = commitment_site(tmp_path)
    data = json.loads(json.dumps(comparison.as_dict(), ensure_ascii=False))
    assert data["schema_version"] == 1
    assert data["from"] == {"version": "v1", "title": "Convention de partenariat",
                            "path": "conventions/convention/v1.md"}  # fmt: skip
    assert list(data) == [
        "schema_version", "kind", "document", "from", "to", "lang", "summary",
        "metadata", "parties", "commitments", "text", "impact",
    ]  # fmt: skip
    article = next(t for t in data["text"] if t["kind"] == "article-changed")
    assert set(article) == {
        "kind", "old", "new", "segments", "title_segments", "renumbered", "moved", "extent",
        "message",
    }  # fmt: skip
    assert article["new"]["anchor"] == "article-3"
    assert {"op": "insert", "text": " trois"} in article["segments"]
    assert article["message"] == "Article 3 – Suivi: text changed"
    assert data["summary"]["articles_changed"] == 1


# --- the word diff -------------------------------------------------------------------


def test_word_diff_keeps_spaces_around_deleted_first_words() -> None:
    segments = word_diff("Désormais la convention vaut.", "La convention vaut.")
    assert segments == (
        Segment("delete", "Désormais la"),
        Segment("insert", "La"),
        Segment("equal", " convention vaut."),
    )


def test_word_diff_joins_small_islands_into_the_change() -> None:
    segments = word_diff(
        "L'Union, qui fédère les associations gestionnaires, apporte son expertise.",
        "L'ambition du pacte mobilise toutes les ressources du territoire, apporte son expertise.",
    )
    assert [s.op for s in segments] == ["equal", "delete", "insert", "equal"]


_WORDS = st.lists(
    st.sampled_from(["la", "convention", "Union", "de", ",", ".", "l'", "é", "\n\n", "art"]),
    max_size=40,
)


def _source(words: list[str]) -> str:
    return " ".join(words)


@settings(max_examples=200, deadline=None)
@given(_WORDS, _WORDS)
def test_word_diff_gives_back_both_texts(old: list[str], new: list[str]) -> None:
    from pacte.diff.words import _tokens

    segments = word_diff(_source(old), _source(new))
    kept_old = "".join(s.text for s in segments if s.op != "insert")
    kept_new = "".join(s.text for s in segments if s.op != "delete")
    assert _tokens(kept_old)[0] == _tokens(_source(old))[0]
    assert _tokens(kept_new)[0] == _tokens(_source(new))[0]


def test_comparing_200_articles_stays_fast(tmp_path: Path) -> None:
    texts = [
        f"Titre {n} | " + " ".join(f"mot{(n * 7 + k) % 997} de la convention" for k in range(50))
        for n in range(200)
    ]
    new_texts = [t.replace("mot1", "terme1") if n % 10 == 3 else t for n, t in enumerate(texts)]
    del new_texts[60]
    new_texts.insert(120, "Nouveau | Un article de plus.")
    comparison = pair(tmp_path, articles(*texts), articles(*new_texts))
    assert comparison.summary.articles_removed == 1
    assert comparison.summary.articles_added == 1
    old_version = load(tmp_path).document("convention").versions[0]  # type: ignore[union-attr]
    new_version = load(tmp_path).document("convention").versions[1]  # type: ignore[union-attr]
    start = time.process_time()
    compare(old_version, new_version)
    # about 30 ms on a laptop; the bound only catches a cost gone quadratic
    assert time.process_time() - start < 1.0
