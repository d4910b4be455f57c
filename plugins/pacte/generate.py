"""`pacte generate`: the whole site as plain files that any engine builds.

DIR/mkdocs.yml is the site's configuration without the pacte plugin, its `docs_dir`
pointing at DIR/docs, which holds the hand-written pages, every generated page as
Markdown with its HTML in place, the assets, the signed copies and the open data.
MkDocs, ProperDocs and Zensical each build the whole site from it with no plugin.

The configuration is edited as a YAML node tree, so that what Pacte does not know
(`!!python/name` tags of Material's extensions, `!relative`) is written back as it
was; `!ENV` values are resolved now, as the build would have resolved them.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .build import build, open_data, site_options
from .guard import MAX_SIGNED_COPY_BYTES, Refused, read_source, write_file
from .navigation import engine_nav
from .pages import Generator
from .problems import HELP_PAGE, Problem
from .siteconfig import SiteConfig, localized_footer, read_site_config
from .urls import Urls, relocate_html

MARKER = ".pacte-generated"  # a folder holding it was written by `pacte generate`
DOCS = "docs"
OVERRIDES = "overrides"
# what the plugin adds to the configuration: anchors on articles, tables in bodies, and
# Markdown converted inside the HTML around a version's text
EXTENSIONS = ("attr_list", "tables", "md_in_html")
# The generated pages the plugin keeps out of the navigation (all but the listings), as
# MkDocs' `not_in_nav` patterns: the navigation stays the same, and so do the logs.
NOT_IN_NAV = ("/charters/*/", "/conventions/*/", "/members/*/", f"/{HELP_PAGE}")
_STR = "tag:yaml.org,2002:str"


class GenerateRefused(Exception):
    """The output folder cannot be used; nothing was written."""


@dataclass
class Generated:
    out: Path
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0  # Markdown pages written (hand-written and generated)
    files: int = 0  # other files written
    skipped: list[str] = field(default_factory=list)  # what was not copied, and why

    @property
    def written(self) -> bool:
        return self.pages > 0


def generate(
    root: Path,
    out: Path,
    *,
    include_drafts: bool | None = None,
    site_url: str | None = None,
    today: dt.date | None = None,
) -> Generated:
    """Write the site of ROOT into OUT; nothing is written from an invalid tree."""
    root, out = Path(root), Path(out)
    config = read_site_config(root)
    _check_out(root, out, config)
    result = build(
        site_options(config, include_drafts=include_drafts, site_url=site_url, today=today)
    )
    generated = Generated(out, list(result.problems))
    if result.generator is None:
        return generated
    feed_title = f"{result.generator.t('feed')} – {config.site_name}"
    configuration, custom_dir = engine_config(root, result.css, result.javascript, config.language)
    try:
        if out.exists():
            shutil.rmtree(out)  # links inside are removed, never followed
        docs = out / DOCS
        docs.mkdir(parents=True)
    except OSError as exc:
        raise GenerateRefused(f"{out} cannot be written: {exc.strerror or exc}") from None
    # from here every file is written through the guard: never through a link, never
    # outside OUT (`guard.write_file`)
    _write(
        out,
        out / MARKER,
        b"Written by `pacte generate`: it is replaced as a whole on the next run.\n",
    )
    written_by_hand = _copy_hand_written(config, docs, generated, result.generator)
    urls = Urls(config.use_directory_urls)
    pages = {page.src_uri: page for page in result.output.pages}
    for page in result.output.pages:
        if page.src_uri in written_by_hand:  # a hand-written page of the same name wins
            generated.skipped.append(f"{page.src_uri}: written by hand")
            continue
        shown = pages[page.alias_of] if page.alias_of else page
        text = result.render(shown.src_uri).standalone(shown)
        if page.alias_of:  # the same page at another address: its links still lead there
            text = relocate_html(text, urls.url(shown.src_uri), urls.url(page.src_uri))
        path = engine_path(page.src_uri, config.use_directory_urls)
        if path != page.src_uri:
            text = deepen_links(text)
        _write(out, docs / path, text.encode("utf-8"))
        generated.pages += 1
    files = dict(result.output.files)
    files.update(open_data(result.generator, result.options))
    for path, content in files.items():
        _write(out, docs / path, content)
        generated.files += 1
    for path in result.output.copies:  # the signed copies, read as every source is
        try:
            copy = read_source(result.options.root, path, MAX_SIGNED_COPY_BYTES)
        except Refused as refused:
            raise GenerateRefused(f"{path} {refused.predicate}") from None
        _write(out, docs / path, copy)
        generated.files += 1
    if custom_dir is not None:  # the theme's overrides, beside the configuration
        for override, relative in _regular_files(custom_dir):
            if override is not None:
                _write(out, out / OVERRIDES / relative, override.read_bytes())
    main = out / OVERRIDES / "main.html"
    if not main.exists():  # the feed's link in every page's head (a site's own main wins)
        theme = result.generator.env.get_template("theme/main.html.j2")
        _write(out, main, theme.render(feed_title=feed_title).encode("utf-8"))
    _write(out, out / "mkdocs.yml", config_text(configuration).encode("utf-8"))
    # a site without a `nav`: the one the plugin's build shows, for every engine
    listings = {
        engine_path(page.src_uri, config.use_directory_urls): page.src_uri
        for page in result.output.pages
        if page.in_nav and page.src_uri not in written_by_hand
    }
    nav = engine_nav(out / "mkdocs.yml", listings)
    written_nav = yaml.compose(yaml.safe_dump(nav, allow_unicode=True)) if nav else None
    if written_nav is not None:
        _set(configuration, "nav", written_nav)
        _write(out, out / "mkdocs.yml", config_text(configuration).encode("utf-8"))
    return generated


def engine_path(src_uri: str, directory_urls: bool) -> str:
    """Where a generated page is written: in a folder of its own with directory URLs.

    Then its file is where its address is, and a relative link in its HTML leads to the
    same place for MkDocs (which reads it from the address) and for Zensical (which
    reads it from the file, as a Markdown link).
    """
    stem, _, name = src_uri[: -len(".md")].rpartition("/")
    if not directory_urls or name in ("index", "README"):
        return src_uri
    return f"{stem}/{name}/index.md" if stem else f"{name}/index.md"


_INLINE_LINK = re.compile(r"(\]\(\s*<?)([^\s)>]+)")
_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*<?)(\S+)", re.M)
_NOT_RELATIVE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|[/#?])")


def deepen_links(markdown: str) -> str:
    """Markdown links of a page moved one folder down, still leading where they did."""

    def deeper(match: re.Match[str]) -> str:
        target = match.group(2)
        if _NOT_RELATIVE.match(target):
            return match.group(0)
        return match.group(1) + "../" + target

    return _REFERENCE.sub(deeper, _INLINE_LINK.sub(deeper, markdown))


def _check_out(root: Path, out: Path, config: SiteConfig) -> None:
    """OUT is a new or empty folder, or one this command wrote, outside the sources."""
    resolved, site_root = out.resolve(), root.resolve()
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise GenerateRefused(f"{out} is not a folder: choose a new folder")
    guarded = [site_root, *(p.resolve() for p in (config.docs_dir, config.sources) if p)]
    for folder in guarded:
        if resolved == folder or folder.is_relative_to(resolved):
            raise GenerateRefused(
                f"{out} would overwrite the site's own files: choose a new folder, "
                "for example build/engines"
            )
    for folder in guarded[1:]:
        if resolved.is_relative_to(folder):
            raise GenerateRefused(
                f"{out} is inside the site's pages or sources: choose a folder outside them"
            )
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise GenerateRefused(
            f"{out} is not empty and was not written by pacte generate: "
            "choose a new folder, or empty this one"
        )


def _copy_hand_written(
    config: SiteConfig, docs: Path, generated: Generated, pages: Generator
) -> set[str]:
    """Copy the hand-written pages and files; their paths relative to the pages' folder.

    A page gets the lists it asks for with a marker, as the plugin gives them.
    """
    copied: set[str] = set()
    source = config.docs_dir
    if source is None or not source.is_dir() or source.is_symlink():
        return copied
    for path, relative in _regular_files(source):
        if path is None:
            generated.skipped.append(f"{relative}: not a regular file (a link?), not copied")
            continue
        content = path.read_bytes()
        if relative.endswith(".md"):
            text = content.decode("utf-8-sig", "replace")
            front, body = _split_front(text)
            content = (front + pages.hand_written(body, relative)).encode("utf-8")
        _write(docs, docs / relative, content)
        copied.add(relative)
        if relative.endswith(".md"):
            generated.pages += 1
        else:
            generated.files += 1
    return copied


def _split_front(text: str) -> tuple[str, str]:
    """A page's YAML front matter (with its --- lines) and its Markdown, as MkDocs splits."""
    match = re.match(r"^---[ \t]*\n.*?^(?:---|\.\.\.)[ \t]*\n", text, re.S | re.M)
    return (text[: match.end()], text[match.end() :]) if match else ("", text)


def _regular_files(folder: Path) -> Iterator[tuple[Path | None, str]]:
    """Every regular file under FOLDER, never following a link (None for what is not one)."""
    for directory, subfolders, names in os.walk(folder, followlinks=False):
        here = Path(directory)
        for name in sorted(subfolders):
            if (here / name).is_symlink():
                yield None, (here / name).relative_to(folder).as_posix()
        subfolders[:] = sorted(s for s in subfolders if not (here / s).is_symlink())
        for name in sorted(names):
            path = here / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink() or not path.is_file():
                yield None, relative
            else:
                yield path, relative


def _write(out: Path, target: Path, content: bytes) -> None:
    """Write TARGET, a path inside OUT, through the guard; GenerateRefused if it cannot be."""
    relative = target.relative_to(out).as_posix()
    try:
        write_file(out, relative, content)
    except Refused as refused:
        raise GenerateRefused(f"{target} {refused.predicate}") from None


# --- the configuration -------------------------------------------------------------------


class _NodeLoader(yaml.SafeLoader):
    """Composes mkdocs.yml into nodes; any tag is kept, none is constructed."""


def engine_config(
    root: Path, css: str, javascript: str, language: str
) -> tuple[MappingNode, Path | None]:
    """The site's mkdocs.yml for DIR, as nodes (`config_text` writes it): no pacte plugin,
    pages in DIR/docs, Pacte's assets; and the folder of the theme's overrides to copy
    into DIR/overrides, if any."""
    try:
        text = read_source(root, "mkdocs.yml").decode("utf-8-sig")
        node = yaml.compose(text, Loader=_NodeLoader)
    except Refused as refused:
        raise GenerateRefused(f"mkdocs.yml {refused.predicate}") from None
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
        raise GenerateRefused(f"mkdocs.yml cannot be read: {exc}") from None
    custom_dir = None
    if not isinstance(node, MappingNode):
        node = MappingNode("tag:yaml.org,2002:map", [])
    _resolve_env(node)
    config = node
    for key in ("docs_dir", "site_dir", "watch"):
        _remove(config, key)
    _set(config, "docs_dir", ScalarNode(_STR, DOCS))
    plugins = _get(config, "plugins")
    if isinstance(plugins, SequenceNode):
        plugins.value = [p for p in plugins.value if _plugin_name(p) != "pacte"]
    elif isinstance(plugins, MappingNode):
        plugins.value = [(k, v) for k, v in plugins.value if _scalar(k) != "pacte"]
    _append_missing(config, "extra_css", css)
    _append_missing(config, "extra_javascript", javascript)
    for extension in EXTENSIONS:
        _append_missing(config, "markdown_extensions", extension, as_key=True)
    hidden = _get(config, "not_in_nav")
    written = _scalar(hidden) if hidden is not None else None
    patterns = "\n".join([*(written.splitlines() if written else []), *NOT_IN_NAV]) + "\n"
    _set(config, "not_in_nav", ScalarNode(_STR, patterns, style="|"))
    theme = _get(config, "theme")
    if isinstance(theme, ScalarNode):  # `theme: material`
        name = theme
        theme = MappingNode("tag:yaml.org,2002:map", [(ScalarNode(_STR, "name"), name)])
        _set(config, "theme", theme)
    if isinstance(theme, MappingNode):
        custom = _get(theme, "custom_dir")
        if isinstance(custom, ScalarNode) and custom.value:
            source = root / custom.value
            if source.is_dir() and not source.is_symlink():
                custom_dir = source
        _set(theme, "custom_dir", ScalarNode(_STR, OVERRIDES))
        if _scalar(_get(theme, "name") or ScalarNode(_STR, "")) == "material":
            _localize_footer(config, language)
    for key in ("hooks",):  # paths of the site's own Python hooks, from where they are
        hooks = _get(config, key)
        if isinstance(hooks, SequenceNode):
            for hook in hooks.value:
                if isinstance(hook, ScalarNode) and not os.path.isabs(hook.value):
                    hook.value = str((root / hook.value).resolve())
    return config, custom_dir


def config_text(config: MappingNode) -> str:
    """The configuration's nodes as DIR/mkdocs.yml, under a header that says what it is."""
    header = (
        "# Written by `pacte generate` from the site's mkdocs.yml: the site's pages are in\n"
        "# docs/, generated, and no plugin of Pacte is needed. Build it with\n"
        "# mkdocs, properdocs or zensical (`build -f mkdocs.yml`). Do not edit: it is\n"
        "# written anew on each run.\n"
    )
    return header + yaml.serialize(config, allow_unicode=True)


def _localize_footer(config: MappingNode, language: str) -> None:
    """Material's footer in the site's language, as the plugin sets it."""
    extra = _get(config, "extra")
    generator = _get(extra, "generator") if isinstance(extra, MappingNode) else None
    copyright = _get(config, "copyright")
    footer = localized_footer(
        language,
        _scalar(copyright) if copyright is not None else None,
        None if generator is None else _scalar(generator),
    )
    if footer is None:
        return
    _set(config, "copyright", ScalarNode(_STR, footer))
    if not isinstance(extra, MappingNode):
        extra = MappingNode("tag:yaml.org,2002:map", [])
        _set(config, "extra", extra)
    _set(extra, "generator", ScalarNode("tag:yaml.org,2002:bool", "false"))


def _scalar(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _get(mapping: MappingNode, key: str) -> Node | None:
    for k, v in mapping.value:
        if _scalar(k) == key:
            value: Node = v
            return value
    return None


def _remove(mapping: MappingNode, key: str) -> None:
    mapping.value = [(k, v) for k, v in mapping.value if _scalar(k) != key]


def _set(mapping: MappingNode, key: str, value: Node) -> None:
    for index, (k, _) in enumerate(mapping.value):
        if _scalar(k) == key:
            mapping.value[index] = (k, value)
            return
    mapping.value.append((ScalarNode(_STR, key), value))


def _plugin_name(node: Node) -> str | None:
    if isinstance(node, MappingNode) and len(node.value) == 1:
        return _scalar(node.value[0][0])
    return _scalar(node)


def _append_missing(mapping: MappingNode, key: str, item: str, *, as_key: bool = False) -> None:
    """Add ITEM to the list under KEY unless it is there (as a string or as a mapping key)."""
    items = _get(mapping, key)
    if not isinstance(items, SequenceNode):
        items = SequenceNode("tag:yaml.org,2002:seq", [])
        _set(mapping, key, items)
    names = {_plugin_name(n) if as_key else _scalar(n) for n in items.value}
    if item not in names:
        items.value.append(ScalarNode(_STR, item))


def _resolve_env(node: Node) -> None:
    """Replace each `!ENV` value by what it gives now (as MkDocs reads it)."""
    children: list[Node] = []
    if isinstance(node, MappingNode):
        for index, (key, value) in enumerate(node.value):
            if value.tag == "!ENV":
                node.value[index] = (key, _env_value(value))
            else:
                children.append(value)
    elif isinstance(node, SequenceNode):
        for index, value in enumerate(node.value):
            if value.tag == "!ENV":
                node.value[index] = _env_value(value)
            else:
                children.append(value)
    for child in children:
        _resolve_env(child)


def _env_value(node: Node) -> Node:
    if isinstance(node, SequenceNode):
        items = list(node.value)
        names, default = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    else:
        names, default = [node], None
    for name in names:
        value = os.environ.get(str(_scalar(name)))
        if value is not None:
            composed = yaml.compose(value, Loader=yaml.SafeLoader) if value else None
            return composed if composed is not None else ScalarNode("tag:yaml.org,2002:null", "")
    if not isinstance(default, Node):
        return ScalarNode("tag:yaml.org,2002:null", "")
    return default
