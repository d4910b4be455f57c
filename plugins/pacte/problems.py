"""Problems found in the sources: one record each, with a stable code and a position."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum

from .messages import ENGLISH, localize, say


class Severity(StrEnum):
    """How serious a problem is.

    Errors stop a publication, warnings stop it only with ``--strict``, and notices
    (findings that depend on today's date) never stop anything.
    """

    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"


# Every kind of problem, with the short description shown by ``pacte validate --help``.
CODES: dict[str, str] = {
    "encoding": "the file is not valid UTF-8 text",
    "unreadable": "the file cannot be read",
    "not-a-file": "a link, a folder, a named pipe or a device where a file is expected",
    "outside-site": "a symbolic link that leads outside the site",
    "too-large": "the file is larger than Pacte reads (4 MB for a source, 50 MB for a PDF)",
    "bad-character": "a character that no file can hold (a lone surrogate, as a YAML escape)",
    "reserved-name": "a name that a page of the site already uses (index)",
    "no-front-matter": "a version file must start with a front matter between two '---' lines",
    "unterminated-front-matter": "the front matter is never closed by a '---' line",
    "yaml-syntax": "the YAML cannot be read",
    "yaml-alias": "YAML anchors and aliases (& and *) are not accepted",
    "yaml-tag": "YAML tags (!!python/..., !custom) are not accepted",
    "duplicate-key": "the same key is written twice",
    "not-a-mapping": "a set of 'key: value' pairs was expected",
    "not-a-list": "a list was expected",
    "unknown-key": "a key that Pacte does not know",
    "missing-key": "a required key is missing",
    "wrong-type": "a value of the wrong type",
    "quote-value": "YAML reads the value as a yes/no or a number: put it in quotes",
    "bad-date": "not a real date written YYYY-MM-DD",
    "bad-value": "a value outside the allowed list",
    "bad-slug": "an identifier must be lowercase letters, digits and single hyphens",
    "bad-lang": "not a language code such as fr, it, de or fr-CH",
    "bad-url": "a website must be an http:// or https:// address",
    "period-order": "a period ends before it starts (validity; a party's withdrawal before "
    "its signature)",
    "unknown-member": "an organisation that is not in members.yml",
    "duplicate-member": "the same organisation is listed twice",
    "not-a-party": "a commitment names an organisation that is not a party of this version",
    "observer-commitment": "an observer makes no commitment",
    "duplicate-id": "the same identifier is used twice",
    "unknown-article": "a commitment names an article that the text does not have",
    "duplicate-article": "two articles of the text have the same number",
    "acceptance-missing": "a signatory does not say which optional articles it accepts",
    "not-optional": "an accepted article is not open to choice ('acceptance' does not list it)",
    "acceptance-below-minimum": "a party accepts fewer optional (or core) articles than the "
    "minimum",
    "unknown-version": "'supersedes' names a version that does not exist",
    "translation-orphan": "a translation of a version that does not exist",
    "translation-lang": "a translation's 'lang' is not the code of its file name, or is the "
    "version's own language",
    "unknown-commitment": "a translation gives the text of a commitment the version does not have",
    "translation-missing-article": "an article of the version is missing from its translation",
    "translation-extra-article": "a translation has an article that its version does not have",
    "translation-stale": "an article changed since the superseded version, but its translation "
    "did not",
    "supersedes-cycle": "versions supersede each other in a circle",
    "path-outside": "a path leaves the document's folder",
    "missing-file": "a file named in the front matter does not exist",
    "bad-pdf": "the signed copy is not a readable PDF",
    "bad-hash": "a 'sha256' that is not 64 hexadecimal digits",
    "signed-copy-changed": "the signed copy is not the file its 'sha256' pins",
    "signature-broken": "a signature of the signed copy no longer matches the bytes it signed",
    "modified-after-signing": "the signed copy was changed after a signature, beyond adding "
    "other signatures or filling form fields",
    "misplaced-file": "a file that is not where Pacte expects it",
    "no-members": "members.yml is missing",
    "parent-cycle": "organisations are each other's parent in a circle",
    "several-in-force": "several versions of one document are in force",
    "not-superseded": "a version is marked superseded but no version replaces it",
    "past-end": "a version is still marked in force after its period of validity",
    "overdue": "a commitment is past its due date and not done",
    "to-review": "a value copied by 'pacte new --from' (a due date, the summary) is still "
    "marked for review",
    "unsigned-party": "a signatory of a version that is no longer a draft has no 'signed' date",
    "adopted-in-future": "a version that is no longer a draft was adopted on a day still to come",
    "signed-after-end": "a party signed after the version's period of validity ended",
    "done-in-draft": "a commitment is marked done in a draft",
    "due-before-start": "a commitment is due before its version starts (or was adopted)",
    "signature-fields-missing": "the signed copy has fewer signed signature fields than the "
    "version has signatories",
    "raw-html": "raw HTML in a text (only inline elements such as <br>, <sup>, <abbr> without "
    "the site option raw_html)",
    "active-html": "an element that runs code or loads other content (<script>, <iframe>, "
    "<meta>...), never published",
    "unsafe-attribute": "an event handler (onclick=...), or an attribute that an attribute "
    "list or inline HTML may not set (only id, class, lang, dir, title)",
    "active-link": "a link or image whose address runs code or embeds content (javascript:, "
    "vbscript:, data:) or has a scheme that is not published",
}


# What a terminal or a log viewer would act on instead of showing: C0 controls (but tab
# and line feed), DEL, C1 controls, the direction overrides of bidirectional text, line
# and paragraph separators, and lone surrogates (which cannot even be encoded).
_CONTROLS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_INVISIBLE = re.compile(f"[{_CONTROLS}]")
_INVISIBLE_LINE = re.compile(f"[{_CONTROLS}\\n\\t]")


def visible(text: str, one_line: bool = False) -> str:
    """Text made safe to print: each control character shown as an escape (``\\u001b``).

    The escapes are JSON's, so that JSON output stays valid JSON with the same meaning.
    ``one_line``: line feeds and tabs are shown too (a file name, a problem's message).
    """
    pattern = _INVISIBLE_LINE if one_line else _INVISIBLE
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# the site's page that explains every code, each under its own anchor (pages.py)
HELP_PAGE = "problems/"


def help_address(code: str, site_url: str | None) -> str:
    """Where the site explains CODE: its address from the site's ``site_url``, else from
    the site's root (``problems/#code``)."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    return f"{base}{HELP_PAGE}#{code}"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding, anchored in a file of the site. Its MESSAGE is English, and a
    `messages.Message` can be said in the site's language (`said`)."""

    path: str
    line: int
    column: int
    severity: Severity
    message: str
    code: str

    def __post_init__(self) -> None:
        if self.code not in CODES:  # a typo in a code is a bug, not an editor's problem
            raise ValueError(f"unknown problem code {self.code!r}")

    def said(self, language: str = ENGLISH, site_url: str | None = None) -> str:
        """The message in LANGUAGE, and where the site explains its code (`help_address`)."""
        address = help_address(self.code, site_url)
        return (
            localize(self.message, language)
            + " ("
            + say("see {address}", address=address).said(language)
            + ")"
        )

    def as_text(self, language: str = ENGLISH, site_url: str | None = None) -> str:
        """``PATH:LINE:COL: SEVERITY: MESSAGE [CODE]``: the severity and the code as they
        are (tools parse them), the message in LANGUAGE with where its code is explained."""
        return (
            f"{visible(self.path, True)}:{self.line}:{self.column}: {self.severity.value}: "
            f"{visible(self.said(language, site_url), True)} [{self.code}]"
        )

    def as_github(self, language: str = ENGLISH, site_url: str | None = None) -> str:
        def esc(value: str, prop: bool = False) -> str:
            value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            if prop:
                value = value.replace(":", "%3A").replace(",", "%2C")
            return value

        return (
            f"::{self.severity.value} file={esc(visible(self.path), True)},line={self.line},"
            f"col={self.column},title={esc(self.code, True)}::"
            f"{esc(visible(self.said(language, site_url)))}"
        )

    def as_dict(self, language: str = ENGLISH, site_url: str | None = None) -> dict[str, object]:
        """The stable keys (``message`` in English), and the message in LANGUAGE with the
        address of its explanation."""
        data = asdict(self)
        data["message"] = str(self.message)
        data["severity"] = self.severity.value
        data["lang"] = language
        data["localized_message"] = localize(self.message, language)
        data["help"] = help_address(self.code, site_url)
        return data


@dataclass(frozen=True, slots=True)
class CodeText:
    """A problem code explained: what it means and what an editor does about it."""

    code: str
    description: str  # a phrase, as `pacte validate --help` lists it ("not a real date…")
    advice: str

    @property
    def sentence(self) -> str:
        """The description as a sentence of its own, for the page of problem codes."""
        text = self.description.strip()
        return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def code_texts(language: str) -> list[CodeText]:
    """Every code of CODES explained in LANGUAGE (English for a language without its
    translations), in the order of CODES: the site's page of problem codes."""
    from .messages import base
    from .messages.catalog import TRANSLATED
    from .messages.codes import ADVICE, DESCRIPTIONS

    lang = base(language)
    index = TRANSLATED.index(lang) if lang in TRANSLATED else None
    found = []
    for code, description in CODES.items():
        advice = ADVICE[code]
        if index is not None:
            description = DESCRIPTIONS[code][index]
        found.append(CodeText(code, description, advice[0 if index is None else index + 1]))
    return found


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.path, p.line, p.column, p.code, p.message))


def count(problems: Iterable[Problem], severity: Severity) -> int:
    return sum(1 for p in problems if p.severity is severity)


def render(
    problems: Iterable[Problem],
    fmt: str,
    language: str = ENGLISH,
    site_url: str | None = None,
) -> str:
    """All problems in one of the formats of ``pacte validate``, said in LANGUAGE."""
    ordered = sort_problems(problems)
    if fmt == "json":
        data = [p.as_dict(language, site_url) for p in ordered]
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(p.as_github(language, site_url) for p in ordered)
    return "\n".join(p.as_text(language, site_url) for p in ordered)
