"""What changed between two versions of a document, and what a change of the sources does.

The stages, in the order data flows:

- ``records``: the typed change records (each explains itself) and ``Comparison``;
- ``words``: the word diff inside a passage;
- ``align``: the passages of two texts aligned (unchanged, moved, changed, added, removed);
- ``impact``: what the changes mean for each organisation;
- ``versions``: ``compare``, two versions compared, every stage put together;
- ``site``: ``compare_sites``, the sources compared with an earlier state (pull requests);
- renderers: ``render_text``, ``render_markdown``, ``render_json`` and ``formats`` for the
  command line; ``redline`` and ``page`` for the changes page of the site.
"""

from __future__ import annotations

from .formats import render_comparison, render_site_changes
from .page import ChangesView, changes_html, changes_view
from .records import (
    PARAGRAPH,
    SCHEMA_VERSION,
    Arg,
    ArticleAdded,
    ArticleChanged,
    ArticleMoved,
    ArticleRemoved,
    ArticleUnchanged,
    Change,
    CommitmentAdded,
    CommitmentChanged,
    CommitmentRemoved,
    Comparison,
    FieldChanged,
    Label,
    MemberImpact,
    PartyAcceptsChanged,
    PartyAdded,
    PartyRemoved,
    PartyRoleChanged,
    PartySigningChanged,
    Passage,
    Quoted,
    Segment,
    Style,
    Summary,
    TextChange,
    format_message,
    markdown_escape,
)
from .render_common import COMMENT_LIMIT, Format, paragraphs
from .render_json import render_json
from .render_markdown import render_markdown, site_changes_markdown
from .render_text import render_text, site_changes_text
from .site import (
    AffectedOrganisation,
    DocumentChanges,
    OrganisationChange,
    SiteChanges,
    VersionChanges,
    compare_sites,
)
from .versions import compare
from .words import word_diff

__all__ = [
    "COMMENT_LIMIT",
    "PARAGRAPH",
    "SCHEMA_VERSION",
    "AffectedOrganisation",
    "Arg",
    "ArticleAdded",
    "ArticleChanged",
    "ArticleMoved",
    "ArticleRemoved",
    "ArticleUnchanged",
    "Change",
    "ChangesView",
    "CommitmentAdded",
    "CommitmentChanged",
    "CommitmentRemoved",
    "Comparison",
    "DocumentChanges",
    "FieldChanged",
    "Format",
    "Label",
    "MemberImpact",
    "OrganisationChange",
    "PartyAcceptsChanged",
    "PartyAdded",
    "PartyRemoved",
    "PartyRoleChanged",
    "PartySigningChanged",
    "Passage",
    "Quoted",
    "Segment",
    "SiteChanges",
    "Style",
    "Summary",
    "TextChange",
    "VersionChanges",
    "changes_html",
    "changes_view",
    "compare",
    "compare_sites",
    "format_message",
    "markdown_escape",
    "paragraphs",
    "render_comparison",
    "render_json",
    "render_markdown",
    "render_site_changes",
    "render_text",
    "site_changes_markdown",
    "site_changes_text",
    "word_diff",
]
