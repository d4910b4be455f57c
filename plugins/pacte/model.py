"""The validated model: organisations, documents, versions, parties, commitments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from .problems import Problem, Severity


def named(title: str, label: str) -> str:
    """TITLE with LABEL after it in parentheses, unless TITLE holds LABEL as a word of
    four characters or more (a year, a period: a short label such as '2' may be any
    number of the title)."""
    if len(label) >= 4 and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", title):
        return title
    return f"{title} ({label})"


ALL = "all"


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    short: str | None = None
    kind: str | None = None
    website: str | None = None
    region: str | None = None
    parent: str | None = None

    @property
    def label(self) -> str:
        return self.short or self.name

    @property
    def short_aside(self) -> str | None:
        """The short name when the name does not already hold it: shown after the name."""
        return self.short if self.short and self.short not in self.name else None


@dataclass(frozen=True, slots=True)
class Signatory:
    """Who signed for a party: a name, with the capacity and the mandate if given."""

    name: str
    capacity: str | None = None  # "Présidente"
    mandate: str | None = None  # the decision that empowered the signatory, as text

    def __str__(self) -> str:
        """The name, then the capacity: what a line of text (a diff, a CSV cell) shows."""
        return f"{self.name}, {self.capacity}" if self.capacity else self.name


@dataclass(frozen=True, slots=True)
class Party:
    member: str
    role: str = "signatory"
    signed: date | None = None
    signatory: Signatory | None = None
    withdrawn: date | None = None  # the day it left the document
    accepts: tuple[str, ...] | None = None  # keys of the optional articles it accepted

    @property
    def commits(self) -> bool:
        """Observers make no commitments."""
        return self.role != "observer"


@dataclass(frozen=True, slots=True)
class Acceptance:
    """Articles each party may choose to accept, with the least it must accept."""

    articles: tuple[str, ...]  # keys of the optional articles
    minimum: int = 0
    core: tuple[str, ...] = ()  # among `articles`, those of which...
    core_minimum: int = 0  # ...at least this many must be accepted


@dataclass(frozen=True, slots=True)
class Commitment:
    id: str
    text: str
    by: tuple[str, ...] | None = None  # None means every party but observers
    article: str | None = None  # the article's key, see articles.article_key
    due: date | None = None
    status: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    number: str  # as written: "3", "1er", "3 bis"
    key: str  # normalised: "3", "1", "3bis"
    title: str  # the rest of the heading, without the separator
    heading: str  # the heading text as written, without the leading '##'
    text: str  # the Markdown under the heading, up to the next level-2 heading
    line: int  # line of the heading in the file

    @property
    def anchor(self) -> str:
        return "article-" + self.key


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date | None = None

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class SignatureField:
    name: str
    signed: bool


@dataclass(frozen=True, slots=True)
class Signature:
    """One PDF signature of a signed copy, as far as it can be checked without a network.

    The signer's certificate is not judged: ``intact`` says only that the signed bytes
    still match the signature (pages say "intacte", never "valide").
    """

    field: str  # the name of its signature field
    signer: str | None  # as the certificate says (its common name), else as the signature
    signed_at: datetime | None  # as the signature says (signingTime, else /M), with its zone
    intact: bool  # the signed bytes match the digest, and the digest its signature
    covers_whole_file: bool  # nothing was added to the file after it
    # bytes added after it change more than form fields and signatures, or follow the
    # last signature (no signature covers them)
    modified_after: bool
    readable: bool = True  # False: the signature could not even be read (then not intact)


@dataclass(frozen=True, slots=True)
class SignedCopy:
    """What was learnt of a signed PDF when the sources were checked."""

    path: str  # relative to the site root
    pages: int
    size: int  # bytes
    sha256: str
    signature_fields: tuple[SignatureField, ...] = ()
    signatures: tuple[Signature, ...] = ()  # the signed fields, in signing order


@dataclass(frozen=True)
class Translation:
    """A version's text in another language: `<version>.<lang>.md` beside it. Everything
    it does not say (dates, parties, commitments but their texts) is the version's."""

    lang: str  # the code of its file name, as its front matter repeats it
    path: str  # relative to the site root
    title: str | None = None
    authentic: bool = False  # the text has legal force too
    summary: str | None = None
    commitments: tuple[tuple[str, str], ...] = ()  # (id, text) in this language
    body: str = ""
    body_line: int = 1
    articles: tuple[Article, ...] = ()

    def commitment_text(self, commitment_id: str) -> str | None:
        return next((text for cid, text in self.commitments if cid == commitment_id), None)


@dataclass(frozen=True)
class Version:
    kind: str  # charter | convention
    document: str  # doc id
    label: str  # file stem
    path: str  # relative to the site root
    title: str
    status: str
    parties: tuple[Party, ...]
    commitments: tuple[Commitment, ...] = ()
    adopted: date | None = None
    effective: Period | None = None
    lang: str | None = None
    supersedes: str | None = None
    themes: tuple[str, ...] = ()
    summary: str | None = None
    signed_copy: str | None = None  # relative to the site root
    signed_copy_info: SignedCopy | None = None  # set once the PDF has been inspected
    signed_copy_pin: str | None = None  # the SHA-256 that 'signed_copy' pins, if given
    body: str = ""
    body_line: int = 1
    articles: tuple[Article, ...] = ()
    acceptance: Acceptance | None = None
    status_at: tuple[int, int] = (2, 1)  # line and column of the status in the file
    # its front matter could not be read at all (see its problems): what it says is unknown
    unreadable: bool = False
    authentic: bool = True  # the text has legal force (`authentic: false` says it has not)
    translations: tuple[Translation, ...] = ()  # by language code, in the order of the codes

    def translation(self, lang: str) -> Translation | None:
        return next((t for t in self.translations if t.lang == lang), None)

    def translated_texts(self, commitment_id: str) -> dict[str, str]:
        """A commitment's text in each language the version's translations give it in."""
        texts = {t.lang: t.commitment_text(commitment_id) for t in self.translations}
        return {lang: text for lang, text in texts.items() if text is not None}

    def languages(self, default: str) -> tuple[str, ...]:
        """The languages the version can be read in: its own (DEFAULT, the site's, when it
        names none) first, then its translations'."""
        return tuple(dict.fromkeys([self.lang or default, *(t.lang for t in self.translations)]))

    def authentic_languages(self, default: str) -> tuple[str, ...]:
        """The languages whose text has legal force."""
        own = (self.lang or default,) if self.authentic else ()
        return tuple(dict.fromkeys([*own, *(t.lang for t in self.translations if t.authentic)]))

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.document, self.label)

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def name(self) -> str:
        """The version as a page, a feed or a search names it: its title and its label,
        the label not said twice when the title already holds it ("Convention 2019-2021"
        of version 2019-2021; not "Charte n°2" of version 2)."""
        return named(self.title, self.label)

    @cached_property
    def party_by_member(self) -> dict[str, Party]:
        return {p.member: p for p in self.parties}

    def committed_by(self, commitment: Commitment) -> tuple[str, ...]:
        """Member ids bound by a commitment, with 'all' expanded to every non-observer."""
        if commitment.by is None:
            return tuple(p.member for p in self.parties if p.commits)
        return commitment.by

    def article(self, key: str | None) -> Article | None:
        if key is None:
            return None
        return next((a for a in self.articles if a.key == key), None)


@dataclass(frozen=True)
class Document:
    kind: str
    id: str
    versions: tuple[Version, ...]  # ordered oldest first

    @property
    def folder(self) -> str:
        return f"{self.kind}s/{self.id}"

    @property
    def current(self) -> Version:
        """The latest version in force, else the latest one."""
        in_force = [v for v in self.versions if v.status == "in-force"]
        return (in_force or list(self.versions))[-1]

    @property
    def title(self) -> str:
        return self.current.title

    def version(self, label: str) -> Version | None:
        return next((v for v in self.versions if v.label == label), None)

    def successor(self, version: Version) -> Version | None:
        return next((v for v in self.versions if v.supersedes == version.label), None)


@dataclass
class Site:
    """Everything read from the sources, and every problem found in them."""

    root: str
    language: str
    organisations: dict[str, Organisation] = field(default_factory=dict)
    documents: dict[tuple[str, str], Document] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    def document(self, doc_id: str, kind: str | None = None) -> Document | None:
        for (k, d), document in self.documents.items():
            if d == doc_id and (kind is None or k == kind):
                return document
        return None

    def draft_files(self) -> set[str]:
        """The files of the drafts and of their translations: their warnings are an
        editor's work in progress and never block a build (`blocking_warnings`)."""
        return {
            path
            for version in self.versions()
            if version.is_draft
            for path in (version.path, *(t.path for t in version.translations))
        }

    def blocking_warnings(self) -> list[Problem]:
        """The warnings that fail a strict build (`mkdocs build --strict`, `pacte validate
        --strict`): all but those of drafts, which are not published."""
        drafts = self.draft_files()
        return [p for p in self.problems if p.severity is Severity.WARNING and p.path not in drafts]

    def versions(self, include_drafts: bool = True) -> list[Version]:
        return [
            v
            for d in self.documents.values()
            for v in d.versions
            if include_drafts or not v.is_draft
        ]

    def published(self, include_drafts: bool = False) -> Site:
        """The same site without its drafts (unless asked), and documents left empty."""
        if include_drafts:
            return self
        documents = {}
        for key, document in self.documents.items():
            kept = tuple(v for v in document.versions if not v.is_draft)
            if kept:
                documents[key] = Document(document.kind, document.id, kept)
        return Site(self.root, self.language, self.organisations, documents, self.problems)
