"""Reading translations: `<kind>s/<doc>/<version>.<lang>.md`, a version's text in another
language, checked against the version it translates.

file -> parsed translation (with positions) -> attached to its version, article by
article: an article the version lacks is an error, one the translation lacks a warning,
and an article whose text changed since the superseded version while its translation
did not is a warning (the translation is stale). Everything a translation does not say
(dates, parties, commitments but their texts) is its version's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from yaml.nodes import Node, ScalarNode

from . import values
from .articles import parse_articles
from .bodypolicy import check_body
from .messages import say
from .model import Article, Document, Site, Translation, Version
from .problems import Severity
from .sources import Reader, compose, read_text, split_front_matter
from .vocabulary import (
    TRANSLATED_COMMITMENT_KEYS,
    TRANSLATION_KEYS,
    did_you_mean,
    shortened,
)

# 2025.de.md, 2023-2025.rm.md: a version label (a slug, without dots), a dot and a
# language code of two or three lowercase letters
_STEM = re.compile(r"^(?P<version>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[a-z]{2,3})$")
_NULL = ScalarNode("tag:yaml.org,2002:null", "")
# what the checks of values (values.py) name in their messages
_FRONT_MATTER = say("the front matter of a translation")


# 2025.de-CH.md, 2025.DE.md: a translation named with a region or in capitals
_LIKE_TRANSLATION = re.compile(
    r"^(?P<version>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*$"
)


def translation_name_for(stem: str) -> str | None:
    """The file name a translation named STEM should have ('2025.de-CH': '2025.de.md'),
    if STEM looks like one without being one; else None."""
    found = _LIKE_TRANSLATION.match(stem)
    if found is None or _STEM.match(stem):
        return None
    return f"{found['version']}.{found['lang'].lower()}.md"


def translation_stem(stem: str) -> tuple[str, str] | None:
    """The version label and language code of a translation's file stem, or None."""
    found = _STEM.match(stem)
    return (found["version"], found["lang"]) if found else None


@dataclass
class ParsedTranslation:
    kind: str
    document: str
    version: str  # the label of the version it translates
    translation: Translation
    reader: Reader
    unreadable: bool = False  # its front matter could not be read (see its problems)
    lang_at: tuple[int, int] = (1, 1)  # where 'lang' is written, else the front matter
    commitment_refs: list[tuple[str, int, int]] = field(default_factory=list)
    end_line: int = 1  # the file's last line


def read_translation(
    root: Path, path: Path, kind: str, *, raw_html: bool = False
) -> ParsedTranslation:
    """One translation file, read and checked on its own (its version is checked later:
    attach_translations)."""
    rel = path.relative_to(root).as_posix()
    reader = Reader(rel)
    stem = translation_stem(path.stem)
    assert stem is not None, path
    label, code = stem
    parsed = ParsedTranslation(kind, path.parent.name, label, Translation(code, rel), reader)
    text = read_text(root, path, reader)
    fm = split_front_matter(text, reader, "translation") if text is not None else None
    if text is None or fm is None:
        parsed.unreadable = True
        return parsed
    parsed.end_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    reader.line_offset = fm.yaml_line - 1
    node = compose(fm.yaml_text, reader)
    pairs = None
    if node is None and not reader.problems:
        reader.report(
            fm.yaml_line, 1, say("the front matter is empty: add 'lang'"), "not-a-mapping"
        )
    elif node is not None:
        pairs = values.mapping(node, reader, TRANSLATION_KEYS, _FRONT_MATTER)
    if node is None or pairs is None:
        parsed.unreadable = True
        return parsed
    values.require(pairs, node, reader, TRANSLATION_KEYS, _FRONT_MATTER)

    def get(key: str) -> Node | None:
        return pairs[key][1] if key in pairs else None

    lang_node = get("lang")
    if lang_node is not None:
        parsed.lang_at = reader.position(lang_node.start_mark)
        lang = values.lang(lang_node, reader, "'lang'")
        if lang is not None and lang != code:
            reader.at(
                lang_node,
                say(
                    "'lang' says {lang!r} but the file name says {code!r}: a translation "
                    "into {lang!r} is named {label}.{lang}.md; make the two agree",
                    lang=lang,
                    code=code,
                    label=label,
                ),
                "translation-lang",
            )
    else:
        parsed.lang_at = reader.position(node.start_mark)
    title = _text(get("title"), reader, say("the title"))
    summary = _text(get("summary"), reader, say("the summary"))
    authentic_node = get("authentic")
    authentic = values.flag(authentic_node, reader, "'authentic'") if authentic_node else None
    commitments: list[tuple[str, str]] = []
    seen: set[str] = set()
    for item in values.items(get("commitments") or _NULL, reader, "'commitments'"):
        found = values.mapping(
            item, reader, TRANSLATED_COMMITMENT_KEYS, say("a commitment of a translation")
        )
        if found is None:
            continue
        values.require(found, item, reader, TRANSLATED_COMMITMENT_KEYS, say("a commitment"))
        id_node = found["id"][1] if "id" in found else None
        cid = values.text(id_node, reader, say("the id")) if id_node is not None else None
        words = _text(found["text"][1] if "text" in found else None, reader, say("the text"))
        if id_node is None or cid is None:
            continue
        if cid in seen:
            reader.at(id_node, say("commitment {id!r} is translated twice", id=cid), "duplicate-id")
            continue
        seen.add(cid)
        line, column = reader.position(id_node.start_mark)
        parsed.commitment_refs.append((cid, line, column))
        if words is not None:
            commitments.append((cid, words))
    for problem in check_body(fm.body, fm.body_line, raw_html=raw_html):  # nothing active
        reader.report(problem.line, problem.column, problem.message, problem.code)
    parsed.translation = Translation(
        lang=code,
        path=rel,
        title=title,
        authentic=authentic is True,
        summary=summary,
        commitments=tuple(commitments),
        body=fm.body,
        body_line=fm.body_line,
        articles=parse_articles(fm.body, fm.body_line),
    )
    return parsed


def _text(node: Node | None, reader: Reader, what: str) -> str | None:
    return None if node is None else values.text(node, reader, what)


def attach_translations(site: Site, parsed: list[ParsedTranslation]) -> None:
    """Check each translation against its version and give the versions their
    translations; then the stale articles, which need both versions' translations."""
    found: dict[tuple[str, str, str], list[Translation]] = {}
    for item in sorted(parsed, key=lambda p: p.translation.path):
        version = _version_of(site, item)
        if version is not None and not item.unreadable:
            _check_against(item, version, site.language)
            found.setdefault(version.key, []).append(item.translation)
        site.problems.extend(item.reader.problems)
    if not found:
        return
    for key, document in list(site.documents.items()):
        versions = tuple(
            replace(v, translations=tuple(sorted(found[v.key], key=lambda t: t.lang)))
            if v.key in found
            else v
            for v in document.versions
        )
        site.documents[key] = Document(document.kind, document.id, versions)
    readers = {item.translation.path: item.reader for item in parsed}
    already = {path: len(reader.problems) for path, reader in readers.items()}
    for document in site.documents.values():
        labels = {v.label: v for v in document.versions}
        for version in document.versions:
            predecessor = labels.get(version.supersedes or "")
            if predecessor is not None and version.translations:
                _check_stale(version, predecessor, readers)
    for path, reader in readers.items():
        site.problems.extend(reader.problems[already[path] :])


def _version_of(site: Site, item: ParsedTranslation) -> Version | None:
    document = site.documents.get((item.kind, item.document))
    versions = document.versions if document else ()
    labels = [v.label for v in versions]
    version = next((v for v in versions if v.label == item.version), None)
    if version is None:
        item.reader.report(
            1,
            1,
            say(
                "this file translates version {version!r}, which this folder does not have "
                "({version}.md)",
                version=item.version,
            )
            + did_you_mean(item.version, labels)
            + say(": a translation is named <version>.<lang>.md, beside its version"),
            "translation-orphan",
        )
    return version


def _check_against(item: ParsedTranslation, version: Version, site_language: str) -> None:
    reader, translation = item.reader, item.translation
    if translation.lang == (version.lang or site_language):
        reader.report(
            *item.lang_at,
            say(
                "{path} is itself in {lang!r}: a translation is in another language",
                path=version.path,
                lang=translation.lang,
            ),
            "translation-lang",
        )
    ids = [c.id for c in version.commitments]
    for cid, line, column in item.commitment_refs:
        if cid not in ids:
            reader.report(
                line,
                column,
                say("commitment {id!r} is not in {path}", id=cid, path=version.path)
                + did_you_mean(cid, ids)
                + say("; a translation gives the texts of the version's own commitments"),
                "unknown-commitment",
            )
    keys = {a.key for a in version.articles}
    have = shortened(a.number for a in version.articles) or say("none")
    for article in translation.articles:
        if article.key not in keys:
            reader.report(
                article.line,
                1,
                say(
                    "article {number} is not in {path} (its articles: {articles}); a "
                    "translation has the version's articles, under the same numbers",
                    number=article.number,
                    path=version.path,
                    articles=have,
                ),
                "translation-extra-article",
            )
    translated = [a.key for a in translation.articles]
    order = [a.key for a in version.articles]
    for place, article in enumerate(version.articles):
        if article.key in translated:
            continue
        # where it belongs: before the next article of the version that is translated
        later = next(
            (a for a in translation.articles if a.key in order[place + 1 :]),
            None,
        )
        reader.report(
            later.line if later else item.end_line,
            1,
            say(
                "article {number} of {path} (line {line}) is missing from this translation: "
                "translate it under a heading '## {heading}' in this language, with the "
                "same number",
                number=article.number,
                path=version.path,
                line=article.line,
                heading=article.heading,
            ),
            "translation-missing-article",
            Severity.WARNING,
        )


def _check_stale(version: Version, predecessor: Version, readers: dict[str, Reader]) -> None:
    """Report each stale article of VERSION's translations (`stale_articles`)."""
    for translation in version.translations:
        previous = predecessor.translation(translation.lang)
        for article, now in stale_articles(version, predecessor, translation):
            assert previous is not None
            readers[translation.path].report(
                now.line,
                1,
                say(
                    "article {number} changed in {path} since version {label}, but its "
                    "translation did not (it is word for word the one of {previous}): "
                    "translate the new text",
                    number=article.number,
                    path=version.path,
                    label=predecessor.label,
                    previous=previous.path,
                ),
                "translation-stale",
                Severity.WARNING,
            )


def stale_articles(
    version: Version, predecessor: Version, translation: Translation
) -> list[tuple[Article, Article]]:
    """The articles of VERSION whose text changed from PREDECESSOR while their
    TRANSLATION did not (the two versions' translations into its language say the same),
    each with its translated article."""
    previous = predecessor.translation(translation.lang)
    if previous is None:
        return []
    earlier = {a.key: a for a in predecessor.articles}
    old_words = {a.key: a for a in previous.articles}
    new_words = {a.key: a for a in translation.articles}
    found = []
    for article in version.articles:
        before = earlier.get(article.key)
        if before is None or _same(before, article):
            continue
        now, then = new_words.get(article.key), old_words.get(article.key)
        if now is not None and then is not None and _same(now, then):
            found.append((article, now))
    return found


def translation_changes(
    was: Translation | None, now: Translation | None
) -> tuple[str, tuple[str, ...]] | None:
    """What changed in a translation between two states of the sources: its state
    (added, removed, changed) and the numbers of the articles whose text changed (added
    or removed ones included); None if nothing did."""
    if was == now:
        return None
    if was is None or now is None:
        return ("added" if now is not None else "removed"), ()
    before = {a.key: a for a in was.articles}
    after = {a.key: a for a in now.articles}
    numbers = [a.number for a in now.articles if a.key not in before or not _same(before[a.key], a)]
    numbers += [a.number for a in was.articles if a.key not in after]
    return "changed", tuple(numbers)


def translated(version: Version, translation: Translation) -> Version:
    """VERSION as its translation's page shows it: the translation's title, summary,
    text and commitment texts (a commitment it does not translate keeps its own)."""
    return replace(
        version,
        title=translation.title or version.title,
        summary=translation.summary,
        lang=translation.lang,
        authentic=translation.authentic,
        body=translation.body,
        body_line=translation.body_line,
        articles=translation.articles,
        commitments=tuple(
            replace(c, text=translation.commitment_text(c.id) or c.text)
            for c in version.commitments
        ),
    )


def _same(a: Article, b: Article) -> bool:
    """Two articles say the same: same title and text, whatever the line breaks."""
    return (a.title.split(), a.text.split()) == (b.title.split(), b.text.split())
