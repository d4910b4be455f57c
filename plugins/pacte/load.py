"""Reading every source of a site once into the validated model, collecting every problem.

files -> parsed sources (with positions) -> cross-checked model; see validate_site.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from . import values
from .articles import article_key, parse_articles
from .bodypolicy import check_body
from .guard import source_tree
from .messages import Message, say
from .model import (
    Acceptance,
    Commitment,
    Document,
    Organisation,
    Party,
    Period,
    Signatory,
    Site,
    Version,
)
from .problems import Problem, Severity
from .signatures import check_signed_copy
from .sources import Reader, compose, read_text, split_front_matter
from .translations import (
    ParsedTranslation,
    attach_translations,
    read_translation,
    translation_name_for,
    translation_stem,
)
from .vocabulary import (
    ACCEPTANCE_KEYS,
    COMMITMENT_KEYS,
    COMMITMENT_STATUSES,
    KINDS,
    MEMBER_KEYS,
    PARTY_KEYS,
    PARTY_ROLES,
    PERIOD_KEYS,
    REVIEW_MARK,
    SIGNATORY_KEYS,
    SLUG,
    VERSION_KEYS,
    VERSION_STATUSES,
    Hints,
    nearest,
    reserved,
    shortened,
)

MEMBERS_FILE = "members.yml"
_T = TypeVar("_T")


@dataclass
class _Ref:
    """A member id used in a version, kept with its position for the cross-checks."""

    member: str
    line: int
    column: int


@dataclass
class _Accepts:
    """What a party says it accepts of the optional articles, with positions."""

    member: str
    role: str
    party: _Ref  # where the party's member id is written
    node: _Ref | None = None  # where its 'accepts' list is, if written
    items: list[tuple[str, str, _Ref]] = field(default_factory=list)  # key, as written, ref
    readable: bool = True  # 'accepts' is a list (else it has been reported)


@dataclass
class _Parsed:
    version: Version
    reader: Reader
    party_refs: list[_Ref]
    by_refs: list[tuple[str, _Ref]]  # (commitment id, member reference)
    # (what names it: "commitment 'c1'", "'acceptance'"; article as written; ref)
    article_refs: list[tuple[str, str, _Ref]]
    supersedes_ref: _Ref | None
    signed_copy_ref: _Ref | None
    # where a value is written: ("adopted", ""), ("signed", member), ("due"|"status", id)
    at: dict[tuple[str, str], _Ref] = field(default_factory=dict)


def current_date() -> dt.date:
    """Today, unless PACTE_TODAY (YYYY-MM-DD) fixes it so that a run can be reproduced.

    Raises ValueError when PACTE_TODAY is set but is not such a date.
    """
    value = os.environ.get("PACTE_TODAY")
    if not value:
        return dt.date.today()
    try:
        return values.written_date(value)
    except ValueError:
        raise ValueError(
            say("PACTE_TODAY={value!r} is not a date written YYYY-MM-DD", value=value)
        ) from None


def load_site(
    root: Path | str, language: str = "fr", today: dt.date | None = None, *, raw_html: bool = False
) -> Site:
    """Read and check every source of the site whose root folder is given (RAW_HTML: the
    site option that lets bodies hold raw HTML, see bodypolicy)."""
    root = Path(root)
    site = Site(str(root), language)
    organisations, member_problems = read_members(root)
    site.organisations = organisations
    site.problems.extend(member_problems)
    parsed: list[_Parsed] = []
    translated: list[ParsedTranslation] = []
    for folder, kind in KINDS.items():
        base = root / folder
        for path in source_tree(root, folder, site.problems):  # links, pipes... reported
            rel = path.relative_to(root).as_posix()
            if not _placed_well(path, base, rel, site.problems):
                continue
            if path.suffix == ".md" and translation_stem(path.stem) is not None:
                translated.append(read_translation(root, path, kind, raw_html=raw_html))
            elif path.suffix == ".md":
                item = read_version(root, path, kind, raw_html=raw_html)
                if item is not None:
                    parsed.append(item)
                    site.problems.extend(item.reader.problems)
    _cross_check(site, parsed, root, today or current_date())
    attach_translations(site, translated)
    return site


def _placed_well(path: Path, base: Path, rel: str, problems: list[Problem]) -> bool:
    """Version files live at <kind>/<doc-id>/<version>.md, PDFs beside them."""
    parts = path.relative_to(base).parts
    if any(part.startswith(".") for part in parts):
        return False
    if path.is_dir():
        if len(parts) == 1 and not SLUG.match(parts[0]):
            problems.append(
                Problem(
                    rel,
                    1,
                    1,
                    Severity.ERROR,
                    say(
                        "the folder name {name!r} must be lowercase letters, digits and "
                        "single hyphens (it becomes the document's address)",
                        name=parts[0],
                    ),
                    "bad-slug",
                )
            )
        elif len(parts) == 1 and (why := reserved(parts[0], say("a document id"))):
            problems.append(Problem(rel, 1, 1, Severity.ERROR, why, "reserved-name"))
        return False
    if len(parts) != 2:
        problems.append(
            Problem(
                rel,
                1,
                1,
                Severity.ERROR,
                say(
                    "put this file in a folder of its document: {folder}/<document>/<version>.md",
                    folder=base.name,
                ),
                "misplaced-file",
            )
        )
        return False
    if path.suffix == ".md":
        return SLUG.match(parts[0]) is not None and _check_stem(path, rel, problems)
    if path.suffix.lower() != ".pdf":
        problems.append(
            Problem(
                rel,
                1,
                1,
                Severity.WARNING,
                say(
                    "only version files (.md) and signed copies (.pdf) belong in a document's "
                    "folder"
                ),
                "misplaced-file",
            )
        )
    return False


def _check_stem(path: Path, rel: str, problems: list[Problem]) -> bool:
    if translation_stem(path.stem) is not None:  # 2025.de.md: a translation of 2025
        return True
    if SLUG.match(path.stem) and (why := reserved(path.stem, say("a version label"))):
        problems.append(Problem(rel, 1, 1, Severity.ERROR, why, "reserved-name"))
        return False
    if SLUG.match(path.stem):
        return True
    if (name := translation_name_for(path.stem)) is not None:
        why = say(
            "{file!r} is named as a translation, but a translation's language is a code of two "
            "or three lowercase letters, without a region: name it {name}",
            file=path.name,
            name=name,
        )
    else:
        why = say(
            "the version label {label!r} (the file name) must be lowercase letters, "
            "digits and single hyphens, for example 2023-2025.md",
            label=path.stem,
        )
    problems.append(Problem(rel, 1, 1, Severity.ERROR, why, "bad-slug"))
    return False


def read_members(root: Path) -> tuple[dict[str, Organisation], list[Problem]]:
    reader = Reader(MEMBERS_FILE)
    path = root / MEMBERS_FILE
    if not os.path.lexists(path):  # a link or a folder in its place: the guard says so
        reader.report(
            1, 1, say("members.yml is missing: list every organisation there"), "no-members"
        )
        return {}, reader.problems
    text = read_text(root, path, reader)
    node = compose(text, reader) if text is not None else None
    organisations: dict[str, Organisation] = {}
    if node is None:
        if text is not None and not reader.problems:
            reader.report(
                1, 1, say("members.yml is empty: list every organisation there"), "not-a-list"
            )
        return organisations, reader.problems
    parents: list[tuple[str, Node]] = []
    for item in values.items(node, reader, "members.yml"):
        pairs = values.mapping(item, reader, MEMBER_KEYS, say("an organisation"))
        if pairs is None:
            continue
        values.require(pairs, item, reader, MEMBER_KEYS, say("this organisation"))
        got: dict[str, str | None] = {}
        for key, (_k, value) in pairs.items():
            if key in ("id", "parent"):
                got[key] = values.slug(value, reader, f"'{key}'")
            else:
                got[key] = values.text(value, reader, f"'{key}'")
        member_id, name = got.get("id"), got.get("name")
        website = got.get("website")
        if website is not None and not website.lower().startswith(("http://", "https://")):
            reader.at(
                pairs["website"][1],
                say("the website {website!r} must start with https:// or http://", website=website),
                "bad-url",
            )
            website = None
        if member_id is None or name is None:
            continue
        if member_id in organisations:
            reader.at(
                pairs["id"][1], say("the id {id!r} is used twice", id=member_id), "duplicate-id"
            )
            continue
        if why := reserved(member_id, say("a member id")):
            reader.at(pairs["id"][1], why, "reserved-name")
        organisations[member_id] = Organisation(
            member_id,
            name,
            got.get("short"),
            got.get("kind"),
            website,
            got.get("region"),
            got.get("parent"),
        )
        if got.get("parent") is not None:
            parents.append((member_id, pairs["parent"][1]))
    hint = Hints()
    for member_id, parent_node in parents:
        parent = organisations[member_id].parent
        assert parent is not None
        if parent not in organisations:
            reader.at(
                parent_node,
                say("the parent {parent!r} is not in members.yml", parent=parent)
                + hint(parent, organisations),
                "unknown-member",
            )
    nodes = dict(parents)
    for cycle in _cycles({m: o.parent for m, o in organisations.items()}):
        first = cycle[0]  # reported once, at its member written first in members.yml
        reader.at(
            nodes[first],
            say(
                "{member!r} is its own parent through others ({circle})",
                member=first,
                circle=_circle(cycle),
            )
            if len(cycle) > 1
            else say("{member!r} is its own parent", member=first),
            "parent-cycle",
        )
    return organisations, reader.problems


def _cycles(links: dict[str, str | None]) -> list[list[str]]:
    """Each circle of a relation where every item names at most one other (its parent,
    the version it supersedes), found once, in linear time; each circle starts with its
    item that comes first in LINKS."""
    order = {item: index for index, item in enumerate(links)}
    state: dict[str, bool] = {}  # True: on the chain being followed; False: done
    cycles: list[list[str]] = []
    for start in links:
        chain: list[str] = []
        item: str | None = start
        while item is not None and item in links and item not in state:
            state[item] = True
            chain.append(item)
            item = links[item]
        if item is not None and state.get(item) is True:
            cycle = chain[chain.index(item) :]
            first = min(range(len(cycle)), key=lambda i: order[cycle[i]])
            cycles.append(cycle[first:] + cycle[:first])
        for done in chain:
            state[done] = False
    return cycles


def _circle(cycle: list[str]) -> str:
    if len(cycle) > 10:
        return say("{items}, and back to {first}", items=shortened(cycle), first=cycle[0])
    return " → ".join([*cycle, cycle[0]])


def _review_marks(yaml_text: str, first_line: int, reader: Reader) -> None:
    """A notice at each value that `pacte new --from` marked for review (REVIEW_MARK),
    until the editor removes the comment."""
    for number, line in enumerate(yaml_text.split("\n")):
        column = line.find(REVIEW_MARK)
        if column >= 0:
            reader.report(
                first_line + number,
                column + 1,
                say(
                    "a value copied from the earlier version is marked for review: check "
                    "it, then remove this comment"
                ),
                "to-review",
                Severity.NOTICE,
            )


def read_version(root: Path, path: Path, kind: str, *, raw_html: bool = False) -> _Parsed | None:
    """One version file as a model record and the references still to check."""
    rel = path.relative_to(root).as_posix()
    reader = Reader(rel)
    text = read_text(root, path, reader)
    fm = split_front_matter(text, reader) if text is not None else None
    if fm is None:
        # the file is still reported; nothing more can be said of it
        return _Parsed(_empty_version(rel, kind, path), reader, [], [], [], None, None)
    reader.line_offset = fm.yaml_line - 1
    node = compose(fm.yaml_text, reader)
    if node is None:
        if not reader.problems:
            reader.report(fm.yaml_line, 1, say("the front matter is empty"), "not-a-mapping")
        return _Parsed(_empty_version(rel, kind, path), reader, [], [], [], None, None)
    _review_marks(fm.yaml_text, fm.yaml_line, reader)
    pairs = values.mapping(node, reader, VERSION_KEYS, say("the front matter"))
    if pairs is None:
        return _Parsed(_empty_version(rel, kind, path), reader, [], [], [], None, None)
    values.require(pairs, node, reader, VERSION_KEYS, say("the front matter"))

    def get(key: str) -> Node | None:
        return pairs[key][1] if key in pairs else None

    title = _opt(get("title"), lambda n: values.text(n, reader, say("the title")))
    status_node = get("status")
    status = _opt(
        status_node, lambda n: values.choice(n, reader, say("the status"), VERSION_STATUSES)
    )
    # problems with the status point at it: the value an editor changes
    status_at = reader.position(status_node.start_mark) if status_node else (fm.yaml_line, 1)
    adopted = _opt(get("adopted"), lambda n: values.date(n, reader, "'adopted'"))
    if "adopted" not in pairs and status not in (None, "draft"):
        reader.at(
            node,
            say(
                "the front matter has no 'adopted' date: add it (only a draft may go without; "
                "this version's status is {status!r})",
                status=status,
            ),
            "missing-key",
        )
    effective = _opt(get("effective"), lambda n: _period(n, reader))
    lang = _opt(get("lang"), lambda n: values.lang(n, reader, "'lang'"))
    supersedes_ref = None
    supersedes = None
    if get("supersedes") is not None:
        sup_node = pairs["supersedes"][1]
        supersedes = values.label(sup_node, reader, "'supersedes'")
        supersedes_ref = _ref(supersedes or "", sup_node, reader)
    authentic = _opt(get("authentic"), lambda n: values.flag(n, reader, "'authentic'"))
    themes = tuple(
        t
        for item in values.items(get("themes") or _NULL, reader, "'themes'")
        if (t := values.text(item, reader, say("a theme"))) is not None
    )
    summary = _opt(get("summary"), lambda n: values.text(n, reader, say("the summary")))
    signed_copy = None
    signed_copy_ref = None
    pin, pin_node = None, None
    if get("signed_copy") is not None:
        signed_copy, sc_node, pin, pin_node = values.signed_copy(pairs["signed_copy"][1], reader)
        if signed_copy is not None:
            signed_copy_ref = _ref(signed_copy, sc_node, reader)
    party_refs: list[_Ref] = []
    accepts_refs: list[_Accepts] = []
    at: dict[tuple[str, str], _Ref] = {}  # where values are written, for later checks
    if adopted is not None:
        at["adopted", ""] = _ref("", pairs["adopted"][1], reader)
    parties = _parties(get("parties"), reader, party_refs, accepts_refs, at)
    articles = parse_articles(fm.body, fm.body_line)
    for found in check_body(fm.body, fm.body_line, raw_html=raw_html):  # nothing active
        reader.report(found.line, found.column, found.message, found.code)
    by_refs: list[tuple[str, _Ref]] = []
    article_refs: list[tuple[str, str, _Ref]] = []
    commitments = _commitments(get("commitments"), reader, by_refs, article_refs, at)
    acceptance = _opt(get("acceptance"), lambda n: _acceptance(n, reader, article_refs))
    _check_accepts(acceptance, accepts_refs, reader)
    version = Version(
        kind=kind,
        document=path.parent.name,
        label=path.stem,
        path=rel,
        title=title or path.stem,
        status=status or "draft",
        parties=parties,
        commitments=commitments,
        adopted=adopted,
        effective=effective,
        lang=lang,
        supersedes=supersedes,
        themes=themes,
        summary=summary,
        signed_copy=None,
        body=fm.body,
        body_line=fm.body_line,
        articles=articles,
        acceptance=acceptance,
        status_at=status_at,
        authentic=authentic is not False,
    )
    if signed_copy_ref is not None:
        inside = _inside(root, path, signed_copy_ref, reader)
        info = None
        if inside is not None:
            from .pdf import inspect_signed_copy  # pypdf, a third of a second, when needed

            info, troubles = inspect_signed_copy(root / inside, inside, root=root)
            for message in troubles:
                reader.report(signed_copy_ref.line, signed_copy_ref.column, message, "bad-pdf")
            if info is not None:
                copy_at = (signed_copy_ref.line, signed_copy_ref.column)
                pin_at = reader.position(pin_node.start_mark) if pin_node else copy_at
                check_signed_copy(info, pin, copy_at, pin_at, reader)
        version = replace(version, signed_copy=inside, signed_copy_info=info, signed_copy_pin=pin)
    return _Parsed(
        version, reader, party_refs, by_refs, article_refs, supersedes_ref, signed_copy_ref, at
    )


_NULL = ScalarNode("tag:yaml.org,2002:null", "")


def _opt(node: Node | None, read: Callable[[Node], _T | None]) -> _T | None:
    return None if node is None else read(node)


def _ref(member: str, node: Node, reader: Reader) -> _Ref:
    return _Ref(member, values.line_of(node, reader), int(node.start_mark.column) + 1)


def _empty_version(rel: str, kind: str, path: Path) -> Version:
    return Version(kind, path.parent.name, path.stem, rel, path.stem, "draft", (), unreadable=True)


def _period(node: Node, reader: Reader) -> Period | None:
    pairs = values.mapping(node, reader, PERIOD_KEYS, "'effective'")
    if pairs is None:
        return None
    values.require(pairs, node, reader, PERIOD_KEYS, "'effective'")
    start = _opt(pairs.get("from", (None, None))[1], lambda n: values.date(n, reader, "'from'"))
    end = _opt(pairs.get("until", (None, None))[1], lambda n: values.date(n, reader, "'until'"))
    if start is None:
        return None
    if end is not None and end < start:
        reader.at(
            pairs["until"][1],
            say(
                "the period ends ({end}) before it starts ({start}): check the dates",
                end=end,
                start=start,
            ),
            "period-order",
        )
        return None
    return Period(start, end)


# what each key of a signatory is called in its problems
_SIGNATORY_PARTS = {
    "name": say("the signatory's name"),
    "capacity": say("the signatory's capacity"),
    "mandate": say("the signatory's mandate"),
}


def _signatory(node: Node, reader: Reader) -> Signatory | None:
    """A name, or {name, capacity, mandate}."""
    if not isinstance(node, MappingNode):
        name = values.text(node, reader, "'signatory'")
        return None if name is None else Signatory(name)
    pairs = values.mapping(node, reader, SIGNATORY_KEYS, "'signatory'")
    if pairs is None:
        return None
    values.require(pairs, node, reader, SIGNATORY_KEYS, "'signatory'")
    read = {
        key: values.text(pairs[key][1], reader, _SIGNATORY_PARTS[key])
        for key in SIGNATORY_KEYS
        if key in pairs
    }
    name = read.get("name")
    return None if name is None else Signatory(name, read.get("capacity"), read.get("mandate"))


def _parties(
    node: Node | None,
    reader: Reader,
    refs: list[_Ref],
    accepts_refs: list[_Accepts],
    at: dict[tuple[str, str], _Ref],
) -> tuple[Party, ...]:
    if node is None:
        return ()
    parties: list[Party] = []
    seen: set[str] = set()
    listed = 0
    for item in values.items(node, reader, "'parties'"):
        listed += 1
        party: Party | None = None
        member_node = item
        accepts: _Accepts | None = None
        if isinstance(item, MappingNode):
            pairs = values.mapping(item, reader, PARTY_KEYS, say("a party"))
            if pairs is None:
                continue
            values.require(pairs, item, reader, PARTY_KEYS, say("this party"))
            if "member" not in pairs:
                continue
            member_node = pairs["member"][1]
            member = values.slug(member_node, reader, say("the member id"))
            role = (
                values.choice(pairs["role"][1], reader, say("the role"), PARTY_ROLES)
                if "role" in pairs
                else "signatory"
            )
            signed = (
                values.date(pairs["signed"][1], reader, "'signed'") if "signed" in pairs else None
            )
            signatory = _signatory(pairs["signatory"][1], reader) if "signatory" in pairs else None
            if member is not None and "signed" in pairs:
                # where the date is written, read or not: a bad date is its own mistake,
                # not a missing one (unsigned-party)
                at["signed", member] = _ref(member, pairs["signed"][1], reader)
            withdrawn = (
                values.date(pairs["withdrawn"][1], reader, "'withdrawn'")
                if "withdrawn" in pairs
                else None
            )
            if withdrawn is not None and signed is not None and withdrawn < signed:
                reader.at(
                    pairs["withdrawn"][1],
                    say(
                        "the party withdrew ({withdrawn}) before it signed ({signed}): "
                        "check the dates",
                        withdrawn=withdrawn,
                        signed=signed,
                    ),
                    "period-order",
                )
                withdrawn = None
            if member is not None:
                accepts = _Accepts(member, role or "signatory", _ref(member, member_node, reader))
                if "accepts" in pairs:
                    _read_accepts(pairs["accepts"][1], reader, accepts)
                accepted = (
                    tuple(dict.fromkeys(key for key, _raw, _where in accepts.items))
                    if "accepts" in pairs
                    else None
                )
                party = Party(member, role or "signatory", signed, signatory, withdrawn, accepted)
        else:
            member = values.slug(item, reader, say("the member id"))
            if member is not None:
                party = Party(member)
                accepts = _Accepts(member, party.role, _ref(member, member_node, reader))
        if party is None:
            continue
        if party.member in seen:
            reader.at(
                member_node,
                say("{member!r} is listed twice among the parties", member=party.member),
                "duplicate-member",
            )
            continue
        seen.add(party.member)
        parties.append(party)
        refs.append(_ref(party.member, member_node, reader))
        if accepts is not None:
            accepts_refs.append(accepts)
    if listed == 0 and not (isinstance(node, ScalarNode) and node.tag != values.T + "null"):
        reader.at(node, say("'parties' must list at least one organisation"), "missing-key")
    return tuple(parties)


def _commitments(
    node: Node | None,
    reader: Reader,
    by_refs: list[tuple[str, _Ref]],
    article_refs: list[tuple[str, str, _Ref]],
    at: dict[tuple[str, str], _Ref],
) -> tuple[Commitment, ...]:
    if node is None:
        return ()
    commitments: list[Commitment] = []
    seen: set[str] = set()
    for item in values.items(node, reader, "'commitments'"):
        pairs = values.mapping(item, reader, COMMITMENT_KEYS, say("a commitment"))
        if pairs is None:
            continue
        values.require(pairs, item, reader, COMMITMENT_KEYS, say("this commitment"))
        cid = (
            values.slug(pairs["id"][1], reader, say("the commitment id")) if "id" in pairs else None
        )
        text = values.text(pairs["text"][1], reader, say("the text")) if "text" in pairs else None
        by: tuple[str, ...] | None = None
        if "by" in pairs:
            by = _by(pairs["by"][1], reader, cid or "?", by_refs)
        article = None
        if "article" in pairs:
            raw = values.label(pairs["article"][1], reader, "'article'")
            if raw is not None:
                article = article_key(raw)
                ref = _ref(raw, pairs["article"][1], reader)
                article_refs.append((say("commitment {id!r}", id=cid or "?"), raw, ref))
        due = values.date(pairs["due"][1], reader, "'due'") if "due" in pairs else None
        status = (
            values.choice(pairs["status"][1], reader, say("the status"), COMMITMENT_STATUSES)
            if "status" in pairs
            else None
        )
        if cid is None or text is None:
            continue
        if cid in seen:
            reader.at(
                pairs["id"][1],
                say("the commitment id {id!r} is used twice in this version", id=cid),
                "duplicate-id",
            )
            continue
        seen.add(cid)
        for key in ("due", "status"):
            if key in pairs:
                at[key, cid] = _ref(cid, pairs[key][1], reader)
        commitments.append(
            Commitment(cid, text, by, article, due, status, values.line_of(item, reader))
        )
    return tuple(commitments)


def _read_accepts(node: Node, reader: Reader, accepts: _Accepts) -> None:
    accepts.node = _ref(accepts.member, node, reader)
    accepts.readable = isinstance(node, SequenceNode) or (
        isinstance(node, ScalarNode) and node.tag == values.T + "null"
    )
    for item in values.items(node, reader, "'accepts'"):
        raw = values.label(item, reader, say("an accepted article"))
        if raw is not None:
            accepts.items.append((article_key(raw), raw, _ref(raw, item, reader)))


def _article_list(
    pairs: dict[str, tuple[Node, Node]], key: str, reader: Reader
) -> list[tuple[str, str, Node]]:
    """The articles listed under KEY of 'acceptance': key, number as written, node."""
    found: list[tuple[str, str, Node]] = []
    if key not in pairs:
        return found
    seen: set[str] = set()
    for item in values.items(pairs[key][1], reader, f"'{key}'"):
        raw = values.label(item, reader, say("an article in '{key}'", key=key))
        if raw is not None and article_key(raw) not in seen:
            seen.add(article_key(raw))
            found.append((article_key(raw), raw, item))
    return found


def _acceptance(
    node: Node, reader: Reader, article_refs: list[tuple[str, str, _Ref]]
) -> Acceptance | None:
    """'acceptance': the articles open to choice, each of the text (checked with the
    commitments' articles), and the least each party must accept of them."""
    pairs = values.mapping(node, reader, ACCEPTANCE_KEYS, "'acceptance'")
    if pairs is None:
        return None
    values.require(pairs, node, reader, ACCEPTANCE_KEYS, "'acceptance'")
    articles = _article_list(pairs, "articles", reader)
    for _key, raw, item in articles:
        article_refs.append(("'acceptance'", raw, _ref(raw, item, reader)))
    if not articles:  # none could be read (said there): nothing to judge the rest by
        return Acceptance((), 0, (), 0) if "articles" in pairs else None
    listed = {key for key, _raw, _node in articles}
    core = []
    for key, raw, item in _article_list(pairs, "core", reader):
        if key in listed:
            core.append(key)
        else:
            reader.at(
                item,
                say(
                    "the core article {article!r} is not among the 'articles' open to choice: "
                    "add it there or remove it from 'core'",
                    article=raw,
                ),
                "not-optional",
            )
    least = {}
    for name, most, among in (
        ("minimum", len(articles), "articles"),
        ("core_minimum", len(core), "core"),
    ):
        if name not in pairs:
            continue
        value = values.count(pairs[name][1], reader, f"'{name}'")
        if value is not None and value > most:
            reader.at(
                pairs[name][1],
                (
                    say(
                        "'{name}' is {value}, but '{among}' lists only {most} article open to "
                        "choice: no party could accept that many",
                        name=name,
                        value=value,
                        among=among,
                        most=most,
                    )
                    if most == 1
                    else say(
                        "'{name}' is {value}, but '{among}' lists only {most} articles open "
                        "to choice: no party could accept that many",
                        name=name,
                        value=value,
                        among=among,
                        most=most,
                    )
                ),
                "bad-value",
            )
            value = None
        least[name] = value or 0
    if "articles" not in pairs:
        return None
    return Acceptance(
        tuple(key for key, _raw, _node in articles),
        least.get("minimum", 0),
        tuple(core),
        least.get("core_minimum", 0),
    )


def _check_accepts(acceptance: Acceptance | None, parties: list[_Accepts], reader: Reader) -> None:
    """Each signatory says which optional articles it accepts, enough of them, and only
    articles open to choice (DESIGN, "Acceptance"). An 'acceptance' whose 'articles'
    could not be read (reported there) leaves nothing to judge them by."""
    if acceptance is not None and not acceptance.articles:
        return
    for party in parties:
        if acceptance is None:
            if party.node is not None:
                reader.report(
                    party.node.line,
                    party.node.column,
                    say(
                        "{member!r} lists the articles it 'accepts', but this version has "
                        "no 'acceptance' (no article is open to choice): remove 'accepts' or add "
                        "'acceptance'",
                        member=party.member,
                    ),
                    "not-optional",
                )
            continue
        optional = acceptance.articles
        shown = shortened(optional)
        if party.node is None:
            if party.role == "signatory":
                reader.report(
                    party.party.line,
                    party.party.column,
                    say(
                        "{member!r} signs a version whose articles {shown} are open to "
                        "choice: list the ones it accepts, as 'accepts: [...]'",
                        member=party.member,
                        shown=shown,
                    ),
                    "acceptance-missing",
                )
            continue
        if not party.readable:
            continue
        for key, raw, ref in party.items:
            if key not in optional:
                reader.report(
                    ref.line,
                    ref.column,
                    say(
                        "{member!r} accepts article {article!r}, which is not open to choice "
                        "(articles open to choice: {shown}); every other article binds every "
                        "party",
                        member=party.member,
                        article=raw,
                        shown=shown,
                    ),
                    "not-optional",
                )
        accepted = {key for key, _raw, _where in party.items if key in optional}
        if len(accepted) < acceptance.minimum:
            reader.report(
                party.node.line,
                party.node.column,
                say(
                    "{member!r} accepts {count} of the articles open to choice "
                    "({shown}), fewer than the minimum of {minimum}",
                    member=party.member,
                    count=len(accepted),
                    shown=shown,
                    minimum=acceptance.minimum,
                ),
                "acceptance-below-minimum",
            )
        core = accepted & set(acceptance.core)
        if len(core) < acceptance.core_minimum:
            reader.report(
                party.node.line,
                party.node.column,
                say(
                    "{member!r} accepts {count} of the core articles ({core}), fewer than the "
                    "minimum of {minimum}",
                    member=party.member,
                    count=len(core),
                    core=shortened(acceptance.core),
                    minimum=acceptance.core_minimum,
                ),
                "acceptance-below-minimum",
            )


def _by(
    node: Node, reader: Reader, cid: str, refs: list[tuple[str, _Ref]]
) -> tuple[str, ...] | None:
    if isinstance(node, ScalarNode):
        value = values.slug(node, reader, "'by'")
        if value is None or value == "all":
            return None
        refs.append((cid, _ref(value, node, reader)))
        return (value,)
    members: list[str] = []
    for item in values.items(node, reader, "'by'"):
        value = values.slug(item, reader, say("a member id in 'by'"))
        if value is not None and value not in members:
            members.append(value)
            refs.append((cid, _ref(value, item, reader)))
    return tuple(members)


def _inside(root: Path, version_path: Path, ref: _Ref, reader: Reader) -> str | None:
    """The signed copy's path from the site root, if it stays in the document's folder."""
    folder = version_path.parent
    raw = ref.member
    pure = PurePosixPath(raw.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or ":" in raw or raw.startswith("~"):
        reader.report(
            ref.line,
            ref.column,
            say(
                "'signed_copy' {path!r} must be a file in the document's folder, "
                "for example {stem}.pdf",
                path=raw,
                stem=version_path.stem,
            ),
            "path-outside",
        )
        return None
    target = folder / pure
    try:
        resolved = os.path.realpath(target)
        if os.path.commonpath([resolved, os.path.realpath(folder)]) != os.path.realpath(folder):
            raise ValueError
    except ValueError:
        reader.report(
            ref.line,
            ref.column,
            say("'signed_copy' {path!r} leads outside the document's folder", path=raw),
            "path-outside",
        )
        return None
    if not target.is_file():
        reader.report(
            ref.line,
            ref.column,
            say(
                "the signed copy {path!r} is not in {folder}/: add the PDF there or fix the name",
                path=raw,
                folder=folder.relative_to(root).as_posix(),
            ),
            "missing-file",
        )
        return None
    if target.suffix.lower() != ".pdf":
        reader.report(
            ref.line,
            ref.column,
            say("the signed copy {path!r} must be a PDF file", path=raw),
            "bad-pdf",
        )
        return None
    return target.relative_to(root).as_posix()


def _cross_check(site: Site, parsed: list[_Parsed], root: Path, today: dt.date) -> None:
    organisations = site.organisations
    hint = Hints()
    by_document: dict[tuple[str, str], list[_Parsed]] = {}
    for item in parsed:
        by_document.setdefault((item.version.kind, item.version.document), []).append(item)
    for item in parsed:
        version, reader = item.version, item.reader
        before = len(reader.problems)
        roles = {p.member: p.role for p in version.parties}
        # the ids that the parties not in members.yml misspell: a commitment by one of
        # them is not a second mistake (the party's problem names the id it is close to);
        # looked for only when a commitment names an id that is not a party
        misspelt: set[str | None] = set()
        if any(ref.member not in roles for _cid, ref in item.by_refs):
            misspelt = {
                nearest(ref.member, organisations)
                for ref in item.party_refs
                if organisations and ref.member not in organisations
            }
        for ref in item.party_refs:
            if organisations and ref.member not in organisations:
                reader.report(
                    ref.line,
                    ref.column,
                    say(
                        "{member!r} is not in members.yml{hint}; add it there or fix the id",
                        member=ref.member,
                        hint=hint(ref.member, organisations),
                    ),
                    "unknown-member",
                )
        for cid, ref in item.by_refs:
            if ref.member not in roles and ref.member in misspelt:
                continue
            if ref.member not in roles:
                known = organisations and ref.member not in organisations
                reader.report(
                    ref.line,
                    ref.column,
                    say("{member!r} is not in members.yml", member=ref.member)
                    + hint(ref.member, roles)
                    if known
                    else say(
                        "commitment {id!r} names {member!r}, which is not a party of this "
                        "version; add it to 'parties' or remove it from 'by'",
                        id=cid,
                        member=ref.member,
                    ),
                    "unknown-member" if known else "not-a-party",
                )
            elif roles[ref.member] == "observer":
                reader.report(
                    ref.line,
                    ref.column,
                    say(
                        "{member!r} is an observer of this version and makes no commitment; "
                        "change its role or remove it from 'by'",
                        member=ref.member,
                    ),
                    "observer-commitment",
                )
        article_keys = {a.key for a in version.articles}
        have = shortened(a.number for a in version.articles) or say("none")
        for what, raw, ref in item.article_refs:
            if article_key(raw) not in article_keys:
                reader.report(
                    ref.line,
                    ref.column,
                    say(
                        "{what} names article {article!r}, which the text does not have "
                        "(articles found: {have}); articles are headings such as '## Article 3'",
                        what=what,
                        article=raw,
                        have=have,
                    ),
                    "unknown-article",
                )
        seen_articles: dict[str, int] = {}
        for article in version.articles:
            if article.key in seen_articles:
                reader.report(
                    article.line,
                    1,
                    say(
                        "article {number} appears twice (first on line {line})",
                        number=article.number,
                        line=seen_articles[article.key],
                    ),
                    "duplicate-article",
                    Severity.WARNING,
                )
            else:
                seen_articles[article.key] = article.line
        _dated_notices(version, reader, today)
        _signature_checks(item, today, organisations)
        site.problems.extend(reader.problems[before:])
    for (kind, doc_id), items in by_document.items():
        _check_document(site, items, hint)
        versions = tuple(sorted((i.version for i in items), key=_version_order))
        site.documents[(kind, doc_id)] = Document(kind, doc_id, versions)


def _version_order(version: Version) -> tuple[str, str]:
    """Oldest first by start of validity or adoption; undated versions (drafts) last."""
    if version.effective:
        return (version.effective.start.isoformat(), version.label)
    if version.adopted:
        return (version.adopted.isoformat(), version.label)
    return ("9999", version.label)


def _check_document(site: Site, items: list[_Parsed], hint: Hints) -> None:
    labels = {i.version.label: i for i in items}
    circles = {
        label: cycle
        for cycle in _cycles({k: i.version.supersedes for k, i in labels.items()})
        for label in cycle
        if len(cycle) > 1  # a version superseding itself is said so below
    }
    for item in items:
        version, ref = item.version, item.supersedes_ref
        if ref is None or version.supersedes is None:
            continue
        if version.supersedes == version.label:
            site.problems.append(
                Problem(
                    version.path,
                    ref.line,
                    ref.column,
                    Severity.ERROR,
                    say("a version cannot supersede itself"),
                    "supersedes-cycle",
                )
            )
            continue
        if version.supersedes not in labels:
            site.problems.append(
                Problem(
                    version.path,
                    ref.line,
                    ref.column,
                    Severity.ERROR,
                    say(
                        "'supersedes' names version {label!r}, which {folder}/ does not have",
                        label=version.supersedes,
                        folder=f"{version.kind}s/{version.document}",
                    )
                    + hint(version.supersedes, (k for k in labels if k != version.label)),
                    "unknown-version",
                )
            )
            continue
        circle = circles.get(version.label)  # a chain that leads into a circle is not one
        if circle is not None:
            site.problems.append(
                Problem(
                    version.path,
                    ref.line,
                    ref.column,
                    Severity.ERROR,
                    say(
                        "versions supersede each other in a circle ({versions}): the oldest one "
                        "must supersede nothing",
                        versions=shortened(sorted(circle)),
                    ),
                    "supersedes-cycle",
                )
            )
    in_force = [i.version for i in items if i.version.status == "in-force"]
    if len(in_force) > 1:
        listed = shortened(sorted(v.label for v in in_force))
        for version in in_force:
            site.problems.append(
                Problem(
                    version.path,
                    *version.status_at,
                    Severity.WARNING,
                    say(
                        "several versions of this document are in force ({versions}): mark the "
                        "older ones superseded or expired",
                        versions=listed,
                    ),
                    "several-in-force",
                )
            )
    replaced = {i.version.supersedes for i in items}
    for item in items:
        if item.version.status == "superseded" and item.version.label not in replaced:
            site.problems.append(
                Problem(
                    item.version.path,
                    *item.version.status_at,
                    Severity.WARNING,
                    say(
                        "this version is marked superseded, but no version of the document "
                        "supersedes it: add 'supersedes' to the newer version"
                    ),
                    "not-superseded",
                )
            )


def _dated_notices(version: Version, reader: Reader, today: dt.date) -> None:
    end = version.effective.end if version.effective else None
    if version.status == "in-force" and end is not None and end < today:
        reader.report(
            *version.status_at,
            say(
                "this version is marked in force but its period ended on {end}: mark it "
                "expired, or supersede it",
                end=end,
            ),
            "past-end",
            Severity.NOTICE,
        )
    if version.status != "in-force":
        return
    for commitment in version.commitments:
        if (
            commitment.due
            and commitment.due < today
            and commitment.status not in ("done", "dropped")
        ):
            reader.report(
                commitment.line,
                1,
                say(
                    "commitment {id!r} was due on {due} and is not marked done or dropped",
                    id=commitment.id,
                    due=commitment.due,
                ),
                "overdue",
                Severity.NOTICE,
            )


def _signature_checks(item: _Parsed, today: dt.date, organisations: Mapping[str, Any]) -> None:
    """Warnings on what the dates and the signed copy say of the signatures; none on a
    party whose id is not in ORGANISATIONS (the site's members; empty: not read)."""
    version, reader, at = item.version, item.reader, item.at
    if version.unreadable:
        return

    def warn(where: _Ref | None, message: Message, code: str) -> None:
        if where is not None:
            reader.report(where.line, where.column, message, code, Severity.WARNING)

    start = version.effective.start if version.effective else None
    end = version.effective.end if version.effective else None
    member_at = {ref.member: ref for ref in item.party_refs}
    unknown = {r.member for r in item.party_refs if organisations and r.member not in organisations}
    if not version.is_draft:
        if version.adopted is not None and version.adopted > today:
            warn(
                at.get(("adopted", "")),
                say(
                    "this version is marked {status} but says it was adopted on {adopted}, "
                    "a day still to come: check the date, or mark it draft",
                    status=version.status,
                    adopted=version.adopted,
                ),
                "adopted-in-future",
            )
        for party in version.parties:
            # a 'signed' that is not a date, or an id not in members.yml, is reported as
            # what it is, once
            if (
                party.role == "signatory"
                and party.signed is None
                and ("signed", party.member) not in at
                and party.member not in unknown
            ):
                warn(
                    member_at.get(party.member),
                    say(
                        "{member!r} is a signatory of a version marked {status} but has no "
                        "'signed' date: add the day it signed",
                        member=party.member,
                        status=version.status,
                    ),
                    "unsigned-party",
                )
    for party in version.parties:
        if party.signed is not None and end is not None and party.signed > end:
            warn(
                at.get(("signed", party.member)),
                say(
                    "{member!r} signed on {signed}, after the version ended ({end}): check the "
                    "date, or sign the newer version",
                    member=party.member,
                    signed=party.signed,
                    end=end,
                ),
                "signed-after-end",
            )
    begins = start or version.adopted
    for commitment in version.commitments:
        if version.is_draft and commitment.status == "done":
            warn(
                at.get(("status", commitment.id)),
                say(
                    "commitment {id!r} is marked done in a draft, which commits no one yet: "
                    "mark it planned",
                    id=commitment.id,
                ),
                "done-in-draft",
            )
        if commitment.due is not None and begins is not None and commitment.due < begins:
            warn(
                at.get(("due", commitment.id)),
                say(
                    "commitment {id!r} is due on {due}, before the version starts ({date}): "
                    "check the date",
                    id=commitment.id,
                    due=commitment.due,
                    date=begins,
                )
                if start
                else say(
                    "commitment {id!r} is due on {due}, before the version was adopted "
                    "({date}): check the date",
                    id=commitment.id,
                    due=commitment.due,
                    date=begins,
                ),
                "due-before-start",
            )
    info, copy_at = version.signed_copy_info, item.signed_copy_ref
    if info is not None and info.signature_fields and not version.is_draft:
        signed = sum(1 for f in info.signature_fields if f.signed)
        signers = sum(1 for p in version.parties if p.role == "signatory")
        if signed < signers:
            warn(
                copy_at,
                say(
                    "the signed copy has {signed} signed signature field(s) for {signers} "
                    "signatory parties: add the missing signatures, or check the PDF",
                    signed=signed,
                    signers=signers,
                ),
                "signature-fields-missing",
            )
