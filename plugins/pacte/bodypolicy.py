"""What a version's text may hold, and the one rule that keeps what is published inert.

A pull request is untrusted: its Markdown bodies reach every reader of the site. The
rule is written once, here, and used three ways:

- **validation** (`check_body`, called by `load.read_version`): whatever would run code,
  load or embed other content, or be changed on its way to the page is an error with
  its line, so that `pacte validate` and the build refuse it before anything is
  published;
- **publication** (`clean_between`, called by the MkDocs plugin on the converted body of
  each generated page): the body's HTML goes through nh3 (the Rust sanitiser ammonia)
  with the same allow-lists, so that nothing active is published even if validation
  were bypassed;
- **the changes page** (`diff/redline.py`): each version's HTML is cleaned the same way
  (`clean_html`) before it is compared.

The policy, by default:

- The body is Markdown. Raw HTML is refused (``raw-html``) but for inline phrasing
  elements (`RAW_INLINE_TAGS`: ``<br>``, ``<sup>``, ``<sub>``, ``<abbr title>``,
  ``<mark>``, ``<ins>``, ``<del>``, ``<span lang>``...), which may carry ``id``,
  ``class``, ``lang``, ``dir`` and ``title`` (and ``datetime`` or ``cite`` where HTML
  gives them a meaning). Comments are allowed and never published.
- Attribute lists (``{: ...}``) may set ids, classes, ``lang``, ``dir`` and ``title``
  only: ``{: style=... }``, ``{: target=... }`` are ``unsafe-attribute`` errors.
- Event handlers (``on...=``), from raw HTML or attribute lists, are refused
  (``unsafe-attribute``), always.
- Links and images (Markdown links, reference definitions, autolinks, images, raw
  ``href``/``src``/``cite``...) may use relative addresses and the schemes ammonia deems
  safe (`LINK_SCHEMES`: http, https, mailto, tel...); ``javascript:``, ``vbscript:`` and
  ``data:`` and any other scheme are refused (``active-link``), always.
- Elements that run code, load or embed content, or restyle the whole page
  (`ACTIVE_TAGS`: ``<script>``, ``<style>``, ``<iframe>``, ``<object>``, ``<embed>``,
  ``<meta>``, ``<link>``, ``<base>``, ``<form>``, ``<svg>``...) are refused
  (``active-html``), always.

With the site option ``raw_html: true`` (plugin option, read by ``pacte validate`` from
mkdocs.yml too), raw HTML elements that ammonia deems safe (`RAW_MODE_TAGS`: ``div``,
``table``, ``details``, ``figure``, ``img``...) and their attributes (`id`, `class`,
`lang`, `dir`, `title`, `style`, `role`, `data-*`, `aria-*` and those of each element)
are published as written, attribute lists may set them too; event handlers, active
links and active elements stay refused.

Validation converts the body with Python-Markdown and the extensions a site's bodies
are written with (`BODY_EXTENSIONS`), watching which pieces of the output were raw HTML
and which attributes came from attribute lists; it then reads the HTML, and finds each
offending construct back in the Markdown source for its line. Last, the HTML is cleaned
by the sanitiser: what it would still remove, though nothing was found above, is
reported too, so that what validation accepts is what the page shows.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

import markdown
import nh3
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.preprocessors import Preprocessor

from .articles import markdown_lines
from .messages import say

# What a site's bodies are converted with, here and on the changes page (MkDocs adds
# tables and fenced code; Pacte, attr_list; the example site, def_list and admonition).
BODY_EXTENSIONS = ("tables", "attr_list", "def_list", "fenced_code", "admonition")


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Raw HTML an editor may write without the raw_html option: inline phrasing only.
RAW_INLINE_TAGS = _names(
    "abbr b bdi bdo br cite code del dfn em i ins kbd mark q s samp small span strong sub "
    "sup time u var wbr"
)
# What Markdown (and Pacte's notes under articles) make of a body: kept when published.
MARKDOWN_TAGS = _names(
    "a abbr aside blockquote br caption code col colgroup dd del details div dl dt em "
    "figcaption figure h1 h2 h3 h4 h5 h6 hr img ins li ol p pre span strong summary sup "
    "table tbody td tfoot th thead tr ul"
)
# Elements that run code, load or embed other content, submit data or restyle the page:
# refused even with raw_html, and removed with their content when published.
ACTIVE_TAGS = _names(
    "applet audio base embed form frame frameset iframe input link math meta noembed "
    "noframes noscript object portal script select style svg template textarea title "
    "video xmp button fencedframe param source track"
)
_CLEAN_CONTENT = _names(
    "applet embed frameset iframe math noembed noframes noscript object script select "
    "style svg template textarea title xmp"
)
# With raw_html: what ammonia deems safe, and what Markdown makes.
RAW_MODE_TAGS = (frozenset(nh3.ALLOWED_TAGS) | MARKDOWN_TAGS | RAW_INLINE_TAGS) - ACTIVE_TAGS

# Attributes: those any element may have; those of some elements.
HARMLESS_ATTRIBUTES = _names("id class lang dir title")
_TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": _names("href hreflang"),
    "img": _names("src alt width height"),
    "th": _names("align style colspan rowspan scope"),
    "td": _names("align style colspan rowspan"),
    "ol": _names("start type reversed"),
    "li": _names("value"),
    "time": _names("datetime"),
    "ins": _names("datetime cite"),
    "del": _names("datetime cite"),
    "q": _names("cite"),
    "blockquote": _names("cite"),
    "details": _names("open"),
    "col": _names("span"),
    "colgroup": _names("span"),
}
_RAW_MODE_GENERIC = HARMLESS_ATTRIBUTES | _names("style role")
_RAW_MODE_PREFIXES = ("data-", "aria-")
# Attributes whose value is an address (or a list of them: srcset, ping).
URL_ATTRIBUTES = _names(
    "href src cite action formaction poster background longdesc xlink:href data srcset "
    "ping usemap codebase manifest icon lowsrc dynsrc archive classid"
)
# The schemes a link or an image may use (besides relative addresses).
LINK_SCHEMES = frozenset(nh3.ALLOWED_URL_SCHEMES)
_CODE_SCHEMES = ("javascript", "vbscript", "livescript", "mocha")


MAX_FINDINGS = 100  # a text with more says enough with the first ones


# --- the sanitiser ------------------------------------------------------------------------


def _tag_attributes(tags: Iterable[str], raw_html: bool) -> dict[str, set[str]]:
    attributes: dict[str, set[str]] = {
        "*": set(_RAW_MODE_GENERIC if raw_html else HARMLESS_ATTRIBUTES)
    }
    for tag in tags:
        allowed = set(_TAG_ATTRIBUTES.get(tag, ()))
        if raw_html:
            allowed |= set(nh3.ALLOWED_ATTRIBUTES.get(tag, ()))
        if allowed:
            attributes[tag] = allowed
    return attributes


@lru_cache(maxsize=2)
def cleaner(raw_html: bool) -> nh3.Cleaner:
    """The sanitiser of published bodies: what Markdown makes and the raw HTML the policy
    allows (all of RAW_MODE_TAGS with raw_html), no script, no handler, no active link."""
    tags = RAW_MODE_TAGS if raw_html else MARKDOWN_TAGS | RAW_INLINE_TAGS
    return nh3.Cleaner(
        tags=set(tags),
        clean_content_tags=set(_CLEAN_CONTENT),
        attributes=_tag_attributes(tags, raw_html),
        generic_attribute_prefixes=set(_RAW_MODE_PREFIXES) if raw_html else None,
        url_schemes=set(LINK_SCHEMES),
        link_rel=None,
        strip_comments=True,
        # tables align their cells with style="text-align: ..."; raw HTML may style more
        filter_style_properties=None if raw_html else {"text-align"},
    )


def clean_html(fragment: str, *, raw_html: bool = False) -> str:
    """FRAGMENT of body HTML as it may be published."""
    return str(cleaner(raw_html).clean(fragment))


def clean_between(page: str, start: str, end: str, *, raw_html: bool = False) -> str:
    """PAGE with what lies between the first START and the last END cleaned (the body of
    a generated page, between its placeholders); PAGE as it is without them."""
    head, found, rest = page.partition(start)
    if not found or end not in rest:
        return page
    middle, _, tail = rest.rpartition(end)
    return head + start + clean_html(middle, raw_html=raw_html) + end + tail


# --- addresses ----------------------------------------------------------------------------

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_URL_NOISE = re.compile(r"[\t\n\r]")  # browsers drop them from an address
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # and these around it


def url_scheme(value: str) -> str | None:
    """The scheme of an address as a browser reads it (lowercase), None if relative."""
    value = _URL_NOISE.sub("", value).strip(_C0_AND_SPACE)
    match = _SCHEME.match(value)
    return match.group(1).lower() if match else None


def refused_scheme(value: str) -> str | None:
    """The scheme of VALUE if a link or image may not use it."""
    scheme = url_scheme(value)
    return scheme if scheme is not None and scheme not in LINK_SCHEMES else None


def _addresses(name: str, value: str) -> list[str]:
    if name == "srcset":
        return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
    if name in ("ping", "archive"):
        return value.split()
    return [value]


# --- what the conversion shows ------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A problem of a body, positioned in the file."""

    line: int
    column: int
    message: str
    code: str


@dataclass(frozen=True)
class _Issue:
    """A problem before it is positioned: what to look for in the Markdown source."""

    needle: str  # a regex on the prepared source, or an address (folded) when folded
    message: str
    code: str
    folded: bool = False


class _Watch:
    """What a conversion saw: raw HTML pieces, attributes set by attribute lists."""

    def __init__(self) -> None:
        self.raw: list[str] = []
        self.attr_lists: list[tuple[str, str, str | None]] = []  # tag, name, value

    def reset(self) -> None:
        self.raw, self.attr_lists = [], []


class _RawBlocks(Preprocessor):
    """Runs the raw HTML block preprocessor and notes what it put aside."""

    def __init__(self, md: markdown.Markdown, inner: Preprocessor, watch: _Watch) -> None:
        super().__init__(md)
        self.inner, self.watch = inner, watch

    def run(self, lines: list[str]) -> list[str]:
        before = len(self.md.htmlStash.rawHtmlBlocks)
        result = self.inner.run(lines)
        for block in self.md.htmlStash.rawHtmlBlocks[before:]:
            self.watch.raw.append(
                block if isinstance(block, str) else etree.tostring(block, encoding="unicode")
            )
        return result


class _RawInline(HtmlInlineProcessor):
    def __init__(self, pattern: str, md: markdown.Markdown, watch: _Watch) -> None:
        super().__init__(pattern, md)
        self.watch = watch

    def handleMatch(  # type: ignore[override]  # as InlineProcessor does
        self, m: re.Match[str], data: str
    ) -> tuple[str | etree.Element | None, int | None, int | None]:
        self.watch.raw.append(m.group(1))
        return super().handleMatch(m, data)


class _AttrLists(AttrListTreeprocessor):
    def __init__(self, md: markdown.Markdown, watch: _Watch) -> None:
        super().__init__(md)
        self.watch = watch

    def assign_attrs(self, elem: etree.Element, attrs_string: str, *, strict: bool = False) -> str:
        attrs, remainder = get_attrs_and_remainder(attrs_string)
        if not (strict and remainder):
            for key, value in attrs:
                if key not in (".", "#", "id"):
                    self.watch.attr_lists.append((elem.tag, self.sanitize_name(key), value))
        return super().assign_attrs(elem, attrs_string, strict=strict)


class _WatchExtension(Extension):
    def __init__(self, watch: _Watch) -> None:
        super().__init__()
        self.watch = watch

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        inner = md.preprocessors["html_block"]
        md.preprocessors.register(_RawBlocks(md, inner, self.watch), "html_block", 20)
        md.inlinePatterns.register(_RawInline(HTML_RE, md, self.watch), "html", 90)
        md.treeprocessors.register(_AttrLists(md, self.watch), "attr_list", 8)


_local = threading.local()


def _convert(body: str) -> tuple[str, _Watch]:
    """The body's HTML as a site converts it, and what was raw HTML or an attribute list."""
    state: tuple[markdown.Markdown, _Watch] | None = getattr(_local, "state", None)
    if state is None:
        watch = _Watch()
        converter = markdown.Markdown(extensions=[*BODY_EXTENSIONS, _WatchExtension(watch)])
        state = _local.state = (converter, watch)
    converter, watch = state
    converter.reset()
    watch.reset()
    output = converter.convert(body)
    return output, watch


def passage_html(text: str) -> str:
    """A passage of a body (an article's text) as HTML, converted as the site converts
    bodies, without anything that runs code or loads content."""
    converter: markdown.Markdown | None = getattr(_local, "passages", None)
    if converter is None:
        converter = _local.passages = markdown.Markdown(extensions=list(BODY_EXTENSIONS))
    converter.reset()
    return clean_html(converter.convert(text), raw_html=True)


class _Tags(HTMLParser):
    """Every start tag of some HTML, with its attributes; given INSIDE (the active
    elements open, kept from one piece of HTML to the next), none of those inside an
    active element (its content goes with it)."""

    def __init__(self, inside: list[str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.outer_only = inside is not None
        self.inside: list[str] = [] if inside is None else inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.inside:
            return
        self.tags.append((tag, attrs))
        if self.outer_only and tag in ACTIVE_TAGS and tag not in _VOID:
            self.inside.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.inside:
            self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.inside:
            del self.inside[self.inside.index(tag) :]


_VOID = _names("area base br col embed hr img input link meta param source track wbr")


def _start_tags(
    fragment: str, inside: list[str] | None = None
) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags(inside)
    parser.feed(fragment)
    parser.close()
    return parser.tags


def _tag_needle(tag: str) -> str:
    return rf"<{re.escape(tag)}(?=[\s/>]|$)"


def _attribute_needle(name: str) -> str:
    return rf"(?<![\w:-]){re.escape(name)}(?![\w:-])"


def _short(value: str, limit: int = 60) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _link_issue(value: str, scheme: str) -> _Issue:
    if scheme in _CODE_SCHEMES:
        why = say("runs code")
    elif scheme == "data":
        why = say("embeds content in the page")
    else:
        why = say("uses the scheme '{scheme}:', which is not published", scheme=scheme)
    return _Issue(
        value,
        say(
            "the address '{address}' {why}: links and images may use relative addresses "
            "and http:, https:, mailto:, tel: (and the other schemes of safe links) only",
            address=_short(value),
            why=why,
        ),
        "active-link",
        folded=True,
    )


def _handler_issue(name: str) -> _Issue:
    return _Issue(
        _attribute_needle(name),
        say(
            "the attribute '{name}' is an event handler: it runs code in readers' browsers; "
            "remove it",
            name=name,
        ),
        "unsafe-attribute",
    )


def _attribute_allowed(tag: str, name: str, raw_html: bool) -> bool:
    if name in HARMLESS_ATTRIBUTES or name in _TAG_ATTRIBUTES.get(tag, ()):
        return True
    if not raw_html:
        return False
    return (
        name in _RAW_MODE_GENERIC
        or name.startswith(_RAW_MODE_PREFIXES)
        or name in nh3.ALLOWED_ATTRIBUTES.get(tag, ())
    )


def _raw_issues(raw: Iterable[str], raw_html: bool) -> list[_Issue]:
    issues: list[_Issue] = []
    inside: list[str] = []  # inline raw HTML comes tag by tag: what is open stays open
    for piece in raw:
        for tag, attrs in _start_tags(piece, inside):
            if ":" in tag:  # <javascript:alert(1)>: meant as an autolink
                scheme = refused_scheme(tag)
                if scheme is not None:
                    issues.append(_link_issue(tag, scheme))
                    continue
            if tag in ACTIVE_TAGS:
                issues.append(
                    _Issue(
                        _tag_needle(tag),
                        say(
                            "<{tag}> is not allowed in a text: it runs code, loads or embeds "
                            "other content, or changes the whole page; it is never "
                            "published, even with raw_html",
                            tag=tag,
                        ),
                        "active-html",
                    )
                )
                continue
            if not raw_html and tag not in RAW_INLINE_TAGS:
                issues.append(
                    _Issue(
                        _tag_needle(tag),
                        say(
                            "raw HTML <{tag}>: write the text in Markdown (raw HTML may only "
                            "be inline elements such as <br>, <sup>, <sub>, <abbr>, <mark>, "
                            "<ins>, <del>, <span>), or allow raw HTML with the site option "
                            "raw_html",
                            tag=tag,
                        ),
                        "raw-html",
                    )
                )
                continue
            if tag not in (RAW_MODE_TAGS if raw_html else RAW_INLINE_TAGS):
                issues.append(
                    _Issue(
                        _tag_needle(tag),
                        say(
                            "the HTML element <{tag}> is not published, even with raw_html",
                            tag=tag,
                        ),
                        "raw-html",
                    )
                )
                continue
            for name, _value in attrs:
                if name.startswith("on") or name in URL_ATTRIBUTES:
                    if name in URL_ATTRIBUTES and not _attribute_allowed(tag, name, raw_html):
                        issues.append(_attribute_issue(tag, name, raw_html))
                    continue  # handlers and addresses: see _html_issues
                if not _attribute_allowed(tag, name, raw_html):
                    issues.append(_attribute_issue(tag, name, raw_html))
    return issues


def _attribute_issue(tag: str, name: str, raw_html: bool) -> _Issue:
    if raw_html:
        message = say("the attribute '{name}' of <{tag}> is not published", name=name, tag=tag)
    else:
        message = say(
            "the attribute '{name}' is not allowed in a text: attribute lists {{: ...}} and "
            "inline HTML may set id, class, lang, dir and title only (or allow raw HTML with "
            "the site option raw_html)",
            name=name,
        )
    return _Issue(_attribute_needle(name), message, "unsafe-attribute")


def _attr_list_issues(seen: Iterable[tuple[str, str, str | None]], raw_html: bool) -> list[_Issue]:
    issues = []
    for tag, name, _value in seen:
        lowered = name.lower()
        if lowered.startswith("on"):
            continue  # handlers: see _html_issues
        if raw_html:
            allowed = _attribute_allowed(tag, lowered, raw_html)
        else:  # an attribute list may name, classify and say the language: no more
            allowed = lowered in HARMLESS_ATTRIBUTES
        if not allowed:
            issues.append(_attribute_issue(tag, name, raw_html))
    return issues


def _html_issues(tags: Iterable[tuple[str, list[tuple[str, str | None]]]]) -> list[_Issue]:
    """Handlers and active addresses, wherever they come from."""
    issues: list[_Issue] = []
    for _tag, attrs in tags:
        for name, value in attrs:
            if name.startswith("on"):
                issues.append(_handler_issue(name))
            elif name in URL_ATTRIBUTES and value:
                for address in _addresses(name, value):
                    scheme = refused_scheme(address)
                    if scheme is not None:
                        issues.append(_link_issue(address, scheme))
    return issues


def _removed(before: str, after: str) -> list[_Issue]:
    """What the sanitiser takes out of BEFORE (elements, attributes), as issues."""

    def tokens(fragment: str) -> Counter[tuple[str, str]]:
        found: Counter[tuple[str, str]] = Counter()
        for tag, attrs in _start_tags(fragment):
            found[(tag, "")] += 1
            for name, _value in attrs:
                found[(tag, name)] += 1
        return found

    issues = []
    for (tag, name), _count in (tokens(before) - tokens(after)).items():
        if name:
            issues.append(
                _Issue(
                    _attribute_needle(name),
                    say(
                        "the attribute '{name}' of <{tag}> is not published: remove it",
                        name=name,
                        tag=tag,
                    ),
                    "unsafe-attribute",
                )
            )
        else:
            issues.append(
                _Issue(
                    _tag_needle(tag),
                    say("the HTML element <{tag}> is not published", tag=tag),
                    "raw-html",
                )
            )
    return issues


# --- back to the Markdown source ---------------------------------------------------------

_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _prepared(body: str) -> list[str]:
    """The body's lines with code and comments blanked (they are shown, not run)."""
    body = _COMMENT.sub(lambda m: _blank(m.group()), body)
    lines = body.split("\n")
    for index, is_markdown in enumerate(markdown_lines(lines)):
        blanked = _CODE_SPAN.sub(lambda m: _blank(m.group()), lines[index])
        lines[index] = blanked if is_markdown else ""
    return lines


def _fold(text: str) -> str:
    """Text as an address reads once entities, escapes and spaces are undone."""
    return _INVISIBLE.sub("", html.unescape(_ESCAPE.sub(r"\1", text))).lower()


def _columns(line: str, needle: str) -> list[int]:
    """The columns of LINE where a text that folds to NEEDLE begins (a letter as written,
    or an entity or an escape that stands for one)."""
    width = 12 * len(needle) + 16  # what an entity-written needle may take at most
    first = needle[:1]
    starts = [
        p
        for p, char in enumerate(line)
        if (char.lower() == first or char in "&\\")
        and _fold(line[p : p + width]).startswith(needle)
    ]
    taken = set(starts)
    return [p + 1 for p in starts if p - 1 not in taken] or [1]


class _Places:
    """Where each construct is in the body, found in order, one occurrence per issue."""

    def __init__(self, body: str) -> None:
        self.lines = _prepared(body)
        self.folded: list[str] | None = None
        self.used: dict[tuple[str, bool], int] = {}
        self.found: dict[tuple[str, bool], list[tuple[int, int]]] = {}

    def place(self, issue: _Issue) -> tuple[int, int] | None:
        """(line index, column) of the next occurrence of the issue's construct."""
        key = (issue.needle, issue.folded)
        places = self._occurrences(issue)
        if not places and issue.folded:
            scheme = url_scheme(issue.needle) or ""
            places = self._occurrences(_Issue(scheme + ":", "", "", folded=True))
        if not places:
            return None
        count = self.used.get(key, 0)
        self.used[key] = count + 1
        return places[min(count, len(places) - 1)]

    def _occurrences(self, issue: _Issue) -> list[tuple[int, int]]:
        key = (issue.needle, issue.folded)
        if key not in self.found:
            self.found[key] = self._search(issue)
        return self.found[key]

    def _search(self, issue: _Issue) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        if issue.folded:
            if self.folded is None:
                self.folded = [_fold(line) for line in self.lines]
            needle = _fold(issue.needle)[:48]
            for index, line in enumerate(self.folded):
                if needle and needle in line:
                    found.extend((index, column) for column in _columns(self.lines[index], needle))
            return found
        pattern = re.compile(issue.needle, re.IGNORECASE)
        for index, line in enumerate(self.lines):
            found.extend((index, match.start() + 1) for match in pattern.finditer(line))
        return found


def check_body(body: str, body_line: int, *, raw_html: bool = False) -> list[Finding]:
    """The problems of a Markdown body that starts on line BODY_LINE of its file."""
    if "<" not in body and "{" not in body and "]" not in body:
        return []  # no HTML, no attribute list, no link, no image: nothing to convert
    converted, watch = _convert(body)
    issues = _raw_issues(watch.raw, raw_html)
    issues += _attr_list_issues(watch.attr_lists, raw_html)
    issues += _html_issues(_start_tags(converted))
    if not issues:
        issues = _removed(converted, clean_html(converted, raw_html=raw_html))
    places = _Places(body)
    findings: dict[Finding, None] = {}  # in order, each once
    for issue in issues[:MAX_FINDINGS]:
        place = places.place(issue)
        line, column = (body_line + place[0], place[1]) if place else (body_line, 1)
        findings[Finding(line, column, issue.message, issue.code)] = None
    return list(findings)
