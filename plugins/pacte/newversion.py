"""``pacte new``: start a new version of a document, as a draft.

A new version is a copy of an earlier one (the latest unless another is named) that
supersedes it: same text and front matter, but a draft again, with the adoption date,
the signatures and the signed copy left out, since the new version has none yet, and
the parties that withdrew from it (`withdrawn`) left out, since they are no party of the
new one. What each party accepts of the articles open to choice (`acceptance`,
`accepts`) is copied. Its commitments start again: each status is `planned`, and each
due date and the summary carry a comment (`REVIEW_MARK`) asking the editor to check
them, which validation reports as a notice until it is removed. The
front matter is edited line by line so that the editor's layout and comments survive;
when its layout is too unusual for that, it is written out again from its values.
Either way the result is checked against the values it must have before it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .guard import Refused, write_file
from .i18n import translator
from .messages import Message, message_of, say
from .model import Site, Version
from .sources import Reader, compose, read_text, split_front_matter
from .vocabulary import KINDS, REVIEW_MARK, SLUG, nearest, reserved
from .yamltext import scalar

DROPPED_KEYS = ("adopted", "signed_copy")  # a new version is not adopted nor signed yet
DROPPED_PARTY_KEYS = ("signed", "signatory")
WITHDRAWN = "withdrawn"  # a party with this key left the source: it is not copied
FOLDERS = {kind: folder for folder, kind in KINDS.items()}  # charter -> charters


class NewVersionUsage(ValueError):
    """The arguments name no valid document or version (exit 2)."""


class NewVersionRefused(RuntimeError):
    """The new version cannot be written: it exists, or its source cannot be copied (exit 1)."""


@dataclass(frozen=True)
class NewVersion:
    path: str  # relative to the site root
    source: Version | None  # the version it copies and supersedes; None for a new document
    layout_kept: bool  # False when the front matter had to be written out again
    withdrawn: tuple[str, ...] = ()  # member ids of the source's parties that withdrew
    translations: tuple[str, ...] = ()  # the translations copied beside it (their paths)
    marked: bool = False  # values copied to review (REVIEW_MARK): due dates, the summary

    @property
    def notes(self) -> tuple[str, ...]:
        """What the command says of the copy, beside what it left out of every copy."""
        if not self.withdrawn or self.source is None:  # only a copy leaves parties out
            return ()
        return (
            say(
                "Not copied, since they withdrew from {label}: the parties {members} (add "
                "them again if they are party to the new version).",
                label=self.source.label,
                members=", ".join(self.withdrawn),
            ),
        )


def new_version(
    site: Site,
    root: Path,
    kind: str,
    doc: str,
    label: str,
    from_label: str | None = None,
    *,
    new_document: bool = False,
    confirm: Callable[[str], bool] | None = None,
) -> NewVersion:
    """Write ``<kind>s/<doc>/<label>.md`` as a draft and say what it was made from.

    A DOC that no document has, but close to one that exists (a typo would start a new
    document), is refused unless NEW_DOCUMENT says it is meant, or CONFIRM (asking the
    person at the terminal) answers yes.
    """
    if kind not in FOLDERS:
        raise NewVersionUsage(
            say("the kind must be charter or convention, not {kind!r}", kind=kind)
        )
    check_slug(doc, "document id", "charte-du-reseau", NewVersionUsage)
    check_slug(label, "version label", "2026-2028", NewVersionUsage)
    rel = f"{FOLDERS[kind]}/{doc}/{label}.md"
    target = root / rel
    if target.exists():
        raise NewVersionRefused(
            say("{path} already exists: choose another version label", path=rel)
        )
    document = site.documents.get((kind, doc))
    versions = document.versions if document else ()
    if from_label is not None:
        source = next((v for v in versions if v.label == from_label), None)
        facts = {"folder": f"{FOLDERS[kind]}/{doc}", "doc": doc, "label": from_label}
        if source is None and not versions and kind == "charter":
            raise NewVersionUsage(
                say(
                    "there is no charter {doc!r} to copy version {label!r} from ({folder}/ has "
                    "no version); leave out --from to start it",
                    **facts,
                )
            )
        if source is None and not versions:
            raise NewVersionUsage(
                say(
                    "there is no convention {doc!r} to copy version {label!r} from ({folder}/ "
                    "has no version); leave out --from to start it",
                    **facts,
                )
            )
        if source is None:
            have = ", ".join(v.label for v in versions)
            close = nearest(from_label, [v.label for v in versions])
            raise NewVersionUsage(
                say(
                    "{folder}/ has no version {label!r}: did you mean {close!r}? (its "
                    "versions: {versions})",
                    close=close,
                    versions=have,
                    **facts,
                )
                if close
                else say(
                    "{folder}/ has no version {label!r} (its versions: {versions})",
                    versions=have,
                    **facts,
                )
            )
    else:
        source = versions[-1] if versions else None  # the model orders versions oldest first
    if document is None and not new_document:
        _check_new_document(site, kind, doc, confirm)

    if source is None:
        text, layout_kept = skeleton(doc, site.language), True
    else:
        text, layout_kept = _copy(root, source, label, site.language)
    try:  # never overwrite, never through a link, never outside the site
        write_file(root, rel, text.encode("utf-8"), exclusive=True)
    except Refused as refused:
        raise NewVersionRefused(
            say("{path} cannot be written: it {predicate}", path=rel, predicate=refused.predicate)
        ) from None
    withdrawn = tuple(p.member for p in source.parties if p.withdrawn) if source else ()
    copied = _copy_translations(root, source, label, site.language) if source else ()
    return NewVersion(rel, source, layout_kept, withdrawn, copied, REVIEW_MARK in text)


def _check_new_document(
    site: Site, kind: str, doc: str, confirm: Callable[[str], bool] | None
) -> None:
    """Refuse a new document whose id is close to one that exists, unless confirmed."""
    close = nearest(doc, [d.id for d in site.documents.values() if d.kind == kind])
    if close is None:
        return
    facts = {"doc": doc, "close": close, "folder": f"{FOLDERS[kind]}/{close}"}
    if confirm is not None and confirm(
        say(
            "There is no document {doc!r}, but there is {close!r} ({folder}/). Start a new "
            "document {doc!r}? [y/N] ",
            **facts,
        )
    ):
        return
    raise NewVersionUsage(
        say(
            "there is no document {doc!r}: did you mean {close!r} ({folder}/)? To start a "
            "new document with this id, add --new-document",
            **facts,
        )
    )


def check_slug(value: str, what: str, example: str, refusal: type[Exception]) -> None:
    """Raise REFUSAL if VALUE cannot be WHAT ("document id" or "version label"): not a
    slug (EXAMPLE shows one), or a name that a page of the site already uses (the rule
    of `vocabulary.reserved`, said here as a whole sentence for each)."""
    document = what == "document id"
    if not SLUG.match(value):
        if document:
            raise refusal(
                say(
                    "the document id {value!r} must be lowercase letters, digits and single "
                    "hyphens, for example {example}",
                    value=value,
                    example=example,
                )
            )
        raise refusal(
            say(
                "the version label {value!r} must be lowercase letters, digits and single "
                "hyphens, for example {example}",
                value=value,
                example=example,
            )
        )
    if reserved(value, what) is None:
        return
    if document:
        raise refusal(
            say(
                "{value!r} cannot be used as a document id: the site already has a page of "
                "that name (the list or the document's own page), which it would replace; "
                "choose another",
                value=value,
            )
        )
    raise refusal(
        say(
            "{value!r} cannot be used as a version label: the site already has a page of "
            "that name (the list or the document's own page), which it would replace; "
            "choose another",
            value=value,
        )
    )


def _copy_translations(root: Path, source: Version, label: str, language: str) -> tuple[str, ...]:
    """Each translation of SOURCE copied beside the new version, as it is, under a comment
    asking for its review: once the new version's articles change, [translation-stale]
    names each article whose translation still says the old text. A translation that
    cannot be read, or whose copy exists already, is left alone."""
    note = translator(language)("translation-review").format(source=source.label)
    copied = []
    for translation in source.translations:
        reader = Reader(translation.path)
        text = read_text(root, root / translation.path, reader)
        if text is None or not text.startswith("---\n"):
            continue
        rel = f"{FOLDERS[source.kind]}/{source.document}/{label}.{translation.lang}.md"
        content = f"---\n# {note}\n{text[4:]}"
        try:
            write_file(root, rel, content.encode("utf-8"), exclusive=True)
        except Refused:
            continue
        copied.append(rel)
    return tuple(copied)


def _copy(root: Path, source: Version, label: str, language: str) -> tuple[str, bool]:
    reader = Reader(source.path)
    original = read_text(root, root / source.path, reader)
    front = split_front_matter(original, reader) if original is not None else None
    # read as validation reads it: no alias, no tag, not nested too deeply
    reader.line_offset = front.yaml_line - 1 if front is not None else 0
    if front is None or compose(front.yaml_text, reader) is None:
        raise _not_copied(source, _first_problem(reader))
    try:
        yaml_text, layout_kept = draft_front_matter(front.yaml_text, source.label, language)
    except RecursionError:
        raise _not_copied(source, say("its front matter is nested too deeply")) from None
    except ValueError as exc:
        raise _not_copied(source, message_of(exc)) from None
    if label == source.label:  # pragma: no cover - the file would exist
        raise NewVersionRefused(say("{path} already exists", path=source.path))
    return f"---\n{yaml_text}---\n{front.body}", layout_kept


def _not_copied(source: Version, reason: str) -> NewVersionRefused:
    return NewVersionRefused(
        say(
            "{path} cannot be copied: {reason}; fix it first (pacte validate shows how)",
            path=source.path,
            reason=reason,
        )
    )


def _first_problem(reader: Reader) -> str:
    if reader.problems:
        return reader.problems[0].message
    return say("its front matter cannot be read")


# --- the front matter of the copy --------------------------------------------------------


@dataclass(frozen=True)
class ReviewNotes:
    """The comments that mark a copied due date and the copied summary, in the site's
    language (they are the editors' to read and remove)."""

    due: str
    summary: str
    both: str  # a front matter written out again keeps no comment: one, at its end

    @classmethod
    def of(cls, from_label: str, language: str) -> ReviewNotes:
        def note(message: Message) -> str:
            return f"{REVIEW_MARK} {message.said(language)}"

        return cls(
            note(
                say(
                    "due date copied from version {label}: check it, then remove this comment",
                    label=from_label,
                )
            ),
            note(
                say(
                    "summary copied from version {label}: rewrite it for this version, then "
                    "remove this comment",
                    label=from_label,
                )
            ),
            note(
                say(
                    "the due dates and the summary were copied from version {label}: check "
                    "them, then remove this comment",
                    label=from_label,
                )
            ),
        )


def draft_front_matter(yaml_text: str, from_label: str, language: str = "en") -> tuple[str, bool]:
    """The front matter of a draft that supersedes ``from_label``, and whether its layout
    (comments, order, quoting) could be kept. Its commitments are `planned`, and its due
    dates and summary marked for review in LANGUAGE (ReviewNotes).

    Raises ValueError when the front matter is not a readable set of 'key: value' pairs.
    """
    try:
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as exc:
        raise ValueError(_not_yaml(exc)) from None
    if not isinstance(data, dict):
        raise ValueError(say("its front matter is not a set of 'key: value' pairs"))
    expected = _draft_values(data, from_label)
    notes = ReviewNotes.of(from_label, language)
    try:
        edited = _edit_in_place(yaml_text, from_label, notes)
    except _Unusual:
        edited = None
    if edited is not None and _values_of(edited) == expected:
        return edited, True
    dumped = _dump(expected)
    if "summary" in expected or any(
        isinstance(c, dict) and "due" in c for c in expected.get("commitments") or ()
    ):
        dumped += notes.both + "\n"
    return dumped, False


def _draft_values(data: dict[Any, Any], from_label: str) -> dict[Any, Any]:
    """The values the copy must have: the source's, made a draft that supersedes it."""
    result: dict[Any, Any] = {}
    for key, value in data.items():
        if key in DROPPED_KEYS or key == "supersedes":
            continue
        if key == "status":
            value = "draft"
        elif key == "commitments" and isinstance(value, list):
            value = [
                {k: "planned" if k == "status" else v for k, v in commitment.items()}
                if isinstance(commitment, dict)
                else commitment
                for commitment in value
            ]
        elif key == "parties" and isinstance(value, list):
            value = [
                {k: v for k, v in party.items() if k not in DROPPED_PARTY_KEYS}
                if isinstance(party, dict)
                else party
                for party in value
                if not (isinstance(party, dict) and WITHDRAWN in party)
            ]
        result[key] = value
        if key == "status":
            result["supersedes"] = from_label
    if "status" not in result:
        result = {"status": "draft", "supersedes": from_label, **result}
    return result


def _values_of(yaml_text: str) -> Any:
    try:
        return yaml.safe_load(yaml_text)
    except yaml.YAMLError:
        return None


def _dump(data: dict[Any, Any]) -> str:
    return yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100
    )


def _not_yaml(exc: yaml.YAMLError) -> Message:
    """Why the front matter is not YAML: what PyYAML says (in English), and where."""
    problem = getattr(exc, "problem", None) or say("invalid YAML")
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return say("its front matter is not valid YAML ({problem})", problem=problem)
    return say(
        "its front matter is not valid YAML ({problem} on line {line})",
        problem=problem,
        line=mark.line + 2,  # +1 for the '---' line
    )


class _Unusual(Exception):
    """A layout the line editor does not handle; the front matter is written out again."""


Edit = Callable[[str], str]


def _edit_in_place(yaml_text: str, from_label: str, notes: ReviewNotes) -> str:
    """Apply one small text edit at a time, reading the YAML again after each."""
    text = yaml_text
    for _ in range(5000):  # each edit settles one key or value; a front matter has fewer
        root = _compose(text)
        edit = _next_edit(root, from_label) or _next_review(root, text, notes)
        if edit is None:
            return text
        text = edit(text)
    raise _Unusual("too many edits")  # pragma: no cover


def _compose(text: str) -> MappingNode:
    try:
        # the pure-Python loader, whose marks count characters (the C one may not)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise _Unusual(str(exc)) from None
    if not isinstance(node, MappingNode) or node.flow_style:
        raise _Unusual("not a block mapping")
    return node


def _key(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _next_edit(root: MappingNode, from_label: str) -> Edit | None:
    for key, value in root.value:
        if _key(key) in DROPPED_KEYS:
            return _delete(root, key, value)
    for key, value in root.value:
        if _key(key) == "parties" and isinstance(value, SequenceNode):
            for party in value.value:
                if isinstance(party, MappingNode) and any(
                    _key(k) == WITHDRAWN for k, _v in party.value
                ):
                    return _delete_item(value, party)
            for party in value.value:
                if not isinstance(party, MappingNode):
                    continue
                for pkey, pvalue in party.value:
                    if _key(pkey) in DROPPED_PARTY_KEYS:
                        return _delete(party, pkey, pvalue)
    pairs = {_key(k): (k, v) for k, v in root.value}
    status = pairs.get("status")
    if status is None:
        raise _Unusual("no status")
    if not (isinstance(status[1], ScalarNode) and status[1].value == "draft"):
        return _replace_value(status[1], "draft")
    label = scalar(from_label)
    supersedes = pairs.get("supersedes")
    if supersedes is None:
        return _insert_after(status[0], status[1], f"supersedes: {label}")
    value = supersedes[1]
    as_text = isinstance(value, ScalarNode) and value.tag == "tag:yaml.org,2002:str"
    if not (as_text and value.value == from_label):
        return _replace_value(value, label)
    return None


def _next_review(root: MappingNode, text: str, notes: ReviewNotes) -> Edit | None:
    """The next edit that makes a copied commitment `planned`, or marks a copied due
    date or the summary for review; None when all are."""
    lines = text.split("\n")
    for key, value in root.value:
        if _key(key) == "commitments" and isinstance(value, SequenceNode):
            for item in value.value:
                if not isinstance(item, MappingNode):
                    continue
                for ckey, cvalue in item.value:
                    if _key(ckey) == "status" and not (
                        isinstance(cvalue, ScalarNode) and cvalue.value == "planned"
                    ):
                        return _replace_value(cvalue, "planned")
                for ckey, cvalue in item.value:
                    line = _comment_line(ckey, cvalue)
                    if _key(ckey) == "due" and REVIEW_MARK not in lines[line]:
                        return _comment(line, notes.due)
        if _key(key) == "summary":
            line = _comment_line(key, value)
            if REVIEW_MARK not in lines[line]:
                return _comment(line, notes.summary)
    return None


def _comment_line(key: Node, value: Node) -> int:
    """The line (from 0) where a comment on VALUE goes: the key's for a block scalar
    (after its '>' or '|'), else the value's last line."""
    if isinstance(value, ScalarNode) and value.style in ("|", ">"):
        return key.start_mark.line
    end = value.end_mark
    return end.line if end.column > 0 or end.line == key.start_mark.line else end.line - 1


def _comment(line: int, note: str) -> Edit:
    def edit(text: str) -> str:
        lines = text.split("\n")
        lines[line] = f"{lines[line].rstrip()}  {note}"
        return "\n".join(lines)

    return edit


def _last_line(lines: list[str], first: int, value: Node) -> int:
    """The last line of a key's value, leaving out the blank and comment lines after it."""
    end = value.end_mark
    last = end.line if end.column > 0 or end.line == first else end.line - 1
    last = min(last, len(lines) - 1)
    while last > first and (not lines[last].strip() or lines[last].lstrip().startswith("#")):
        last -= 1
    return last


def _delete(mapping: MappingNode, key: Node, value: Node) -> Edit:
    def edit(text: str) -> str:
        if mapping.flow_style:
            return _delete_flow(text, key, value)
        lines = text.split("\n")
        first = key.start_mark.line
        last = _last_line(lines, first, _innermost_last(value))  # a block mapping too
        column = key.start_mark.column
        prefix = lines[first][:column]
        if prefix.strip():
            # the first key of a list item ('- signed: ...'): the next key takes its '- '
            index = next(i for i, (k, _) in enumerate(mapping.value) if k is key)
            if index + 1 >= len(mapping.value):
                raise _Unusual("nothing left in the item")
            following = mapping.value[index + 1][0]
            line = following.start_mark.line
            if (
                line <= last
                or following.start_mark.column != column
                or lines[line][:column].strip()
            ):
                raise _Unusual("an item laid out on one line")
            lines[line] = prefix + lines[line][column:]
        del lines[first : last + 1]
        return "\n".join(lines)

    return edit


def _delete_item(sequence: SequenceNode, item: Node) -> Edit:
    """Take an item out of a list: its lines ('- ...' and what follows), or its place
    between the commas of a list written [a, b]."""

    def edit(text: str) -> str:
        if sequence.flow_style:
            return _delete_span(text, item.start_mark.index, item.end_mark.index)
        lines = text.split("\n")
        first = item.start_mark.line
        if not re.fullmatch(r"\s*-\s+", lines[first][: item.start_mark.column]):
            raise _Unusual("an item that does not start its line")
        del lines[first : _last_line(lines, first, _innermost_last(item)) + 1]
        return "\n".join(lines)

    return edit


def _innermost_last(node: Node) -> Node:
    """The last value inside a block collection: where it ends is where the collection's
    own text ends (the collection's end mark is at whatever follows it)."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node


def _delete_flow(text: str, key: Node, value: Node) -> str:
    return _delete_span(text, key.start_mark.index, value.end_mark.index)


def _delete_span(text: str, start: int, end: int) -> str:
    """TEXT without [START, END), with one of the commas around it."""
    after = re.compile(r"\s*,\s*").match(text, end)
    if after:
        end = after.end()
    else:
        before = re.search(r",\s*\Z", text[:start])
        if before:
            start = before.start()
    return text[:start] + text[end:]


def _replace_value(value: Node, new: str) -> Edit:
    def edit(text: str) -> str:
        if not isinstance(value, ScalarNode) or value.style in ("|", ">"):
            raise _Unusual("a value on several lines")
        start, end = value.start_mark.index, value.end_mark.index
        if start == end:  # 'key:' with no value
            return text[:start] + " " + new + text[end:]
        return text[:start] + new + text[end:]

    return edit


def _insert_after(key: Node, value: Node, line: str) -> Edit:
    def edit(text: str) -> str:
        lines = text.split("\n")
        first = key.start_mark.line
        last = _last_line(lines, first, value)
        lines.insert(last + 1, " " * key.start_mark.column + line)
        return "\n".join(lines)

    return edit


# --- the first version of a new document ---------------------------------------------------

# (article word, first article's title, what to write, hint on parties, hint on dates)
_SKELETON_WORDS: dict[str, tuple[str, str, str, str, str]] = {
    "fr": (
        "Article",
        "Objet",
        "Écrivez ici le texte de l'article.",
        "une ligne par organisation, avec son identifiant dans members.yml, par exemple :",
        "à compléter quand la version est adoptée :",
    ),
    "it": (
        "Articolo",
        "Oggetto",
        "Scrivete qui il testo dell'articolo.",
        "una riga per organizzazione, con il suo identificativo in members.yml, ad esempio:",
        "da completare quando la versione è adottata:",
    ),
    "de": (
        "Artikel",
        "Gegenstand",
        "Schreiben Sie hier den Text des Artikels.",
        "eine Zeile pro Organisation, mit ihrer Kennung aus members.yml, zum Beispiel:",
        "auszufüllen, wenn die Fassung angenommen ist:",
    ),
    "en": (
        "Article",
        "Purpose",
        "Write the text of the article here.",
        "one line per organisation, with its id in members.yml, for example:",
        "to fill in once the version is adopted:",
    ),
}


def skeleton(doc: str, language: str) -> str:
    """A draft for a document's first version: valid once its parties are listed."""
    words = _SKELETON_WORDS.get(language.split("-")[0].lower(), _SKELETON_WORDS["en"])
    article, subject, write_here, parties_hint, dates_hint = words
    title = doc.replace("-", " ").capitalize()
    return (
        "---\n"
        f"title: {scalar(title)}\n"
        "status: draft\n"
        f"# {dates_hint}\n"
        "# adopted: YYYY-MM-DD\n"
        "# effective:\n"
        "#   from: YYYY-MM-DD\n"
        "#   until: YYYY-MM-DD\n"
        "parties:\n"
        f"  # {parties_hint}\n"
        "  # - member: member-id\n"
        "  #   role: signatory\n"
        "# commitments:\n"
        "#   - id: first-commitment\n"
        "#     text: ...\n"
        "#     by: all\n"
        "#     article: 1\n"
        "# themes: [...]\n"
        "# summary: ...\n"
        "---\n"
        "\n"
        f"## {article} 1 – {subject}\n"
        "\n"
        f"{write_here}\n"
    )
