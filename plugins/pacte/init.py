"""`pacte init`: a new site in a language, valid and built as it is written.

The files are those of ``skeleton/``: ``common/`` for every language, then the
language's own folder (``fr/``...). A name's ``dot-`` prefix stands for its leading dot
(package data leaves hidden files out), and a file ending in ``.j2`` is a Jinja template,
written without that ending. Templates use ``[[ ]]`` and ``[% %]``, so that the
workflows' ``${{ }}`` stay as they are. Their words: the language's ``words.yml``, the
labels of ``i18n.py`` (``label.charters``...), the actions of ``actions.yml``
(``pin("actions/checkout")``) and the version of Pacte that the workflows install.
The JSON Schemas are those of ``pacte schema --out``.

Nothing is printed here: ``init_site`` says what it wrote and what it kept.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import yaml

from .guard import Refused, link_refusal, write_file
from .i18n import translator
from .messages import say
from .schema import schema_files

LANGUAGES = ("fr", "it", "de", "en")
SKELETON = "skeleton"
COMMON = "common"
WORDS = "words.yml"
ACTIONS = "actions.yml"
TEMPLATE = ".j2"
DOT = "dot-"
# what a folder may hold and still count as empty: a fresh clone's git folder
IGNORED = frozenset({".git"})
# the labels of i18n.py that the skeleton's templates use, as label.<name>
LABELS = ("charters", "conventions", "members", "commitments", "article")


class InitUsage(Exception):
    """The command cannot be run as given (an unknown language, a file for a folder)."""


class InitNotEmpty(Exception):
    """The folder holds files already, and --force was not given."""


class InitRefused(Exception):
    """A file of the new site cannot be written: nothing, or only part, was written."""


@dataclass(frozen=True)
class InitResult:
    root: Path
    language: str
    version: str  # the version of Pacte the workflows install
    written: tuple[str, ...]  # paths from the root, in the order written
    kept: tuple[str, ...]  # files that were there already (--force), left untouched

    @property
    def examples(self) -> tuple[str, ...]:
        """The files holding the examples to replace."""
        return tuple(
            rel
            for rel in (*self.written, *self.kept)
            if rel == "members.yml" or rel.startswith(("charters/", "conventions/"))
        )


def pacte_version() -> str:
    """The installed version of Pacte, which the new site's workflows install."""
    try:
        return metadata.version("pacte")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        from . import __version__

        return str(__version__)


def _yaml_scalar(value: object) -> str:
    """VALUE as a YAML scalar: as it is when YAML reads it back the same, else quoted."""
    text = str(value)
    try:
        plain = yaml.safe_load(text) == text and text == text.strip() and "#" not in text
    except yaml.YAMLError:
        plain = False
    return text if plain else json.dumps(text, ensure_ascii=False)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        block_start_string="[%",
        block_end_string="%]",
        variable_start_string="[[",
        variable_end_string="]]",
        comment_start_string="[#",
        comment_end_string="#]",
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # YAML, Markdown and JSON, made of our own words only
    )
    env.filters["yaml"] = _yaml_scalar
    return env


def _walk(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    """Every file under FOLDER, with its path from it, sorted."""
    found: list[tuple[str, Traversable]] = []
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.startswith(".") or item.name == "__pycache__":
            continue
        rel = f"{prefix}{item.name}"
        if item.is_dir():
            found.extend(_walk(item, rel + "/"))
        else:
            found.append((rel, item))
    return found


def _target(rel: str) -> str:
    """The path a skeleton file is written at: dot- prefixes and .j2 endings undone."""
    parts = ["." + p[len(DOT) :] if p.startswith(DOT) else p for p in rel.split("/")]
    name = parts[-1]
    if name.endswith(TEMPLATE):
        parts[-1] = name[: -len(TEMPLATE)]
    return "/".join(parts)


def _read_yaml(item: Traversable) -> dict[str, Any]:
    data = yaml.safe_load(item.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise AssertionError(f"{item.name}: a mapping is expected")
    return data


def skeleton_files(language: str, version: str) -> dict[str, bytes]:
    """The files of a new site in LANGUAGE, by their path from its root."""
    if language not in LANGUAGES:
        raise InitUsage(
            say(
                "no skeleton in {language!r}: choose --lang among {languages}",
                language=language,
                languages=", ".join(LANGUAGES),
            )
        )
    skeleton = resources.files("pacte") / SKELETON
    own = skeleton / language
    label = translator(language)
    actions = _read_yaml(skeleton / ACTIONS)

    def pin(action: str) -> str:
        """An action as `uses:` names it: pinned by SHA, its version in a comment."""
        return f"{action}@{actions[action]}"

    context: dict[str, Any] = {
        **_read_yaml(own / WORDS),
        "lang": language,
        "version": version,
        "label": {name: label(name) for name in LABELS},
        "pin": pin,
    }
    env = _environment()
    files: dict[str, bytes] = {}
    for folder in (skeleton / COMMON, own):
        for rel, item in _walk(folder):
            if folder is own and rel == WORDS:
                continue
            target = _target(rel)
            if target in files:
                raise AssertionError(f"skeleton/{language}/{rel} is also in skeleton/{COMMON}")
            text = item.read_text(encoding="utf-8")
            if rel.endswith(TEMPLATE):
                text = env.from_string(text).render(context)
            files[target] = text.encode("utf-8")
    for name, text in schema_files().items():
        files[f"schema/{name}"] = text.encode("utf-8")
    return dict(sorted(files.items()))


def _crowd(root: Path) -> list[str]:
    """What ROOT holds already, but a git folder."""
    with os.scandir(root) as entries:
        return sorted(e.name for e in entries if e.name not in IGNORED)


def _existing(root: Path, rel: str) -> tuple[str, Refused] | bool:
    """Whether ROOT/REL is a file already (True) or free to write (False); or what stands
    in the way and why: a link (the file, or a folder on its way), or not a regular file.
    Looked at without following links."""
    parts = PurePosixPath(rel).parts
    path = root
    for index, part in enumerate(parts):
        path = path / part
        where = "/".join(parts[: index + 1])
        last = index == len(parts) - 1
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return False
        if stat.S_ISLNK(info.st_mode):
            noun = "file" if last else "folder"
            return where, link_refusal(root, where, os.readlink(path), noun)
        if not last and not stat.S_ISDIR(info.st_mode):
            return where, Refused(
                "not-a-file", say("is not a folder: Pacte writes {path} in it", path=rel)
            )
        if last and stat.S_ISDIR(info.st_mode):
            return where, Refused("not-a-file", say("is a folder: Pacte writes a file there"))
        if last and not stat.S_ISREG(info.st_mode):
            return where, Refused(
                "not-a-file", say("is not a regular file: Pacte writes a file there")
            )
    return True


def init_site(root: Path, language: str, *, force: bool = False) -> InitResult:
    """Write a new site in ROOT, in LANGUAGE.

    ROOT must be missing or empty (a git folder aside), unless FORCE: then the files
    that are there already are kept as they are and the missing ones written. Every file
    is written through guard.write_file: never through a link, never over a file.
    """
    version = pacte_version()
    files = skeleton_files(language, version)
    if os.path.lexists(root) and not root.is_dir():
        raise InitUsage(say("{root} is not a folder", root=root))
    if root.is_dir() and not force:
        crowd = _crowd(root)
        if crowd:
            shown = ", ".join(crowd[:5]) + (", ..." if len(crowd) > 5 else "")
            raise InitNotEmpty(
                say(
                    "{root} is not empty ({shown}): give an empty or new folder, or add "
                    "--force to write only the files that are missing (those there are kept "
                    "as they are)",
                    root=root,
                    shown=shown,
                )
            )
    kept: list[str] = []
    refused: dict[str, str] = {}  # what stands in the way, once each: a folder holds many
    if root.is_dir():
        for rel in files:
            state = _existing(root, rel)
            if isinstance(state, tuple):
                where, refusal = state
                refused[where] = f"{where} " + refusal.predicate
            elif state:
                kept.append(rel)
    if refused:
        reasons = list(refused.values())
        joined = reasons[0]
        for reason in reasons[1:]:  # each said in the command's language
            joined = say("{first}; {second}", first=joined, second=reason)
        raise InitRefused(say("nothing was written: {reasons}", reasons=joined))
    written: list[str] = []
    for rel, data in files.items():
        if rel in kept:
            continue
        try:  # never through a link, never over a file, even one that appeared meanwhile
            write_file(root, rel, data, exclusive=True)
        except Refused as refusal:
            if not written:
                raise InitRefused(f"{rel} " + refusal.predicate) from None
            raise InitRefused(
                say(
                    "{path} {predicate} (written before it: {written})",
                    path=rel,
                    predicate=refusal.predicate,
                    written=", ".join(written),
                )
            ) from None
        written.append(rel)
    return InitResult(root, language, version, tuple(written), tuple(kept))
