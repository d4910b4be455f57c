"""Broken sources: each case is a small site with one kind of mistake.

Every case runs `pacte validate` as an editor would and checks that
- the mistake is reported at its exact place (PATH:LINE:COL) with its code,
- nothing else is reported for the files of the case (no double or spurious report),
- an independent broken file of the same site (the "sentinel") is still reported,
- the command exits 1 and never prints a traceback.

Version files are written as ``doc(front matter, body)``: the front matter starts on
line 2 of the file, so the key on line N of the front matter string is on line N + 1.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from pacte.load import load_site
from pacte.problems import CODES
from test_pdf_makers import pypdf_text_pdf

RunPacte = Callable[..., CompletedProcess[str]]

BODY = "## Article 1 – Objet\n\nTexte.\n\n## Article 2 – Durée\n\nTexte.\n"
# its German translation: the heading of article 2 is on line 8 of a translation file
# whose front matter is one line
DE_BODY = "## Artikel 1 – Gegenstand\n\nText.\n\n## Artikel 2 – Dauer\n\nText.\n"


def doc(front: str, body: str = BODY) -> str:
    """A version file: '---', the front matter, '---', the Markdown body."""
    return "---\n" + front + "---\n" + body


MKDOCS = "site_name: Réseau\ntheme:\n  name: material\n  language: fr\n"

MEMBERS = """\
- id: federation
  name: Fédération des institutions
- id: canton-valais
  name: Canton du Valais
- id: hopital-sion
  name: Hôpital de Sion
- id: commune-sion
  name: Commune de Sion
"""

# An independent mistake in another document, which must be reported in every case.
SENTINEL_PATH = "conventions/sentinel/2020.md"
SENTINEL = doc("title: Sentinelle\nstatus: in-forse\nadopted: 2020-01-01\nparties: [federation]\n")
SENTINEL_LINE = (
    f"{SENTINEL_PATH}:3:9: error: the status 'in-forse' is not allowed "
    "(did you mean 'in-force'?) (see problems/#bad-value) [bad-value]"
)

# A valid front matter, the starting point of most cases.
VALID = """\
title: Charte de collaboration
status: in-force
adopted: 2024-01-10
parties:
  - {member: federation, signed: 2024-01-10}
  - {member: canton-valais, signed: 2024-01-10}
"""
PARTIES = VALID[VALID.index("parties:") :].rstrip("\n")

# A version whose articles 3 to 6 are open to choice (DESIGN, "Acceptance").
OPTIONAL_BODY = "".join(f"## Article {n}\n\nTexte.\n\n" for n in range(1, 7))
ACCEPTING = """\
title: Charte européenne
status: in-force
adopted: 2024-01-10
acceptance: {articles: [3, 4, 5, 6], minimum: 2, core: [3, 4], core_minimum: 1}
parties:
  - {member: federation, accepts: [3, 5], signed: 2024-01-10}
"""

PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning|notice): "
    r"(?P<message>.*) \(see problems/#(?P<help>[a-z-]+)\) \[(?P<code>[a-z-]+)\]$"
)


@dataclass(frozen=True)
class Expect:
    path: str
    line: int
    column: int
    code: str
    says: str = ""  # a fragment of the message
    severity: str = "error"


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes]
    expect: tuple[Expect, ...]
    members: str | bytes | None = MEMBERS  # None: no members.yml at all


def build_site(root: Path, files: dict[str, str | bytes], members: str | bytes | None) -> None:
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    if members is not None:
        write(root / "members.yml", members)
    for rel, content in {SENTINEL_PATH: SENTINEL, **files}.items():
        write(root / rel, content)


def write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)


def bomb(levels: int = 9, width: int = 9) -> str:
    """Billion laughs: each anchor is a list of `width` aliases of the one before."""
    lines = ["a0: &a0 [" + ", ".join(['"lol"'] * width) + "]"]
    for level in range(1, levels):
        aliases = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "\n".join(lines) + "\n"


C = "charters/collab"
V = "conventions/canton"

CASES: list[Case] = [
    # --- one mistake, one problem: no knock-on problem of the mistake already reported
    Case(
        "misspelt-party-key-only-once",
        {f"{C}/2024.md": doc(VALID.replace("{member: canton-valais", "{membre: canton-valais"))},
        # not also "this party has no 'member'": the unknown key says which it misspells
        (Expect(f"{C}/2024.md", 7, 6, "unknown-key", "(did you mean 'member'?)"),),
    ),
    Case(
        "misspelt-party-id-only-once",
        {
            f"{C}/2024.md": doc(
                VALID.replace("{member: canton-valais", "{member: canton-valai")
                + "commitments:\n  - {id: c1, text: Rapport annuel, by: [canton-valais]}\n"
            )
        },
        # not also "'canton-valais' is not a party" for the commitment, nor a missing
        # 'signed' of an organisation that does not exist
        (Expect(f"{C}/2024.md", 7, 14, "unknown-member", "(did you mean 'canton-valais'?)"),),
    ),
    Case(
        "bad-signing-date-only-once",
        {
            f"{C}/2024.md": doc(
                VALID.replace(
                    "signed: 2024-01-10}\n  - {member: canton",
                    "signed: 2024-02-30}\n  - {member: canton",
                )
            )
        },
        # not also "federation is a signatory with no 'signed' date"
        (Expect(f"{C}/2024.md", 6, 34, "bad-date", "is not a real date"),),
    ),
    # --- reading the file -----------------------------------------------------------------
    Case(
        "yaml-syntax",
        {f"{C}/2024.md": doc("title: Charte: collaboration\n" + VALID.split("\n", 1)[1])},
        (Expect(f"{C}/2024.md", 2, 14, "yaml-syntax", "must be put in quotes"),),
    ),
    Case(
        "tab-indentation",
        {f"{C}/2024.md": doc(VALID.replace("  - {member: federation", "\t- {member: federation"))},
        (Expect(f"{C}/2024.md", 6, 1, "yaml-syntax", "use spaces, not tabs"),),
    ),
    Case(
        "latin-1-byte",
        {
            f"{C}/2024.md": doc(VALID.replace("collaboration", "coopération"), "Texte.\n").encode(
                "latin-1"
            )
        },
        (Expect(f"{C}/2024.md", 2, 22, "encoding", "byte 0xe9"),),
    ),
    Case(
        "control-character",
        {f"{C}/2024.md": doc(VALID.replace("collaboration", "coopé\x07ration"))},
        (Expect(f"{C}/2024.md", 2, 23, "yaml-syntax", "control characters"),),
    ),
    Case(
        "invisible-line-separator",
        {f"{C}/2024.md": doc(VALID.replace("de collaboration", "de\u2028collaboration"))},
        (Expect(f"{C}/2024.md", 2, 17, "yaml-syntax", "invisible line separator (U+2028)"),),
    ),
    Case(
        "empty-file",
        {f"{C}/2024.md": ""},
        (Expect(f"{C}/2024.md", 1, 1, "no-front-matter", "must start with a line '---'"),),
    ),
    Case(
        "no-front-matter",
        {f"{C}/2024.md": "# Charte de collaboration\n\n" + BODY},
        (Expect(f"{C}/2024.md", 1, 1, "no-front-matter"),),
    ),
    Case(
        "unterminated-front-matter",
        {f"{C}/2024.md": "---\n" + VALID + "\n" + BODY},
        (Expect(f"{C}/2024.md", 1, 1, "unterminated-front-matter", "never closed"),),
    ),
    Case(
        "empty-front-matter",
        {f"{C}/2024.md": doc("")},
        (Expect(f"{C}/2024.md", 2, 1, "not-a-mapping", "empty"),),
    ),
    Case(
        "front-matter-is-a-list",
        {f"{C}/2024.md": doc("- title: Charte\n- status: in-force\n")},
        (Expect(f"{C}/2024.md", 2, 1, "not-a-mapping", "'key: value'"),),
    ),
    Case(
        "front-matter-is-a-string",
        {f"{C}/2024.md": doc("Charte de collaboration entre les membres\n")},
        (Expect(f"{C}/2024.md", 2, 1, "not-a-mapping"),),
    ),
    Case(
        "duplicate-key",
        {f"{C}/2024.md": doc(VALID + "title: Autre titre\n")},
        (Expect(f"{C}/2024.md", 8, 1, "duplicate-key", "'title' is written twice"),),
    ),
    Case(
        "duplicate-key-in-party",
        {
            f"{C}/2024.md": doc(
                VALID + "  - member: hopital-sion\n    role: partner\n    role: observer\n"
            )
        },
        (Expect(f"{C}/2024.md", 10, 5, "duplicate-key", "'role' is written twice"),),
    ),
    Case(
        "alias-bomb",
        {f"{C}/2024.md": doc(VALID + bomb())},
        # at the first alias (the anchors are on line 8)
        (Expect(f"{C}/2024.md", 9, 10, "yaml-alias", "anchors and aliases"),),
    ),
    Case(
        "python-object-tag",
        {
            f"{C}/2024.md": doc(
                VALID.replace("title: Charte", "title: !!python/object:os.system Charte")
            )
        },
        (Expect(f"{C}/2024.md", 2, 8, "yaml-tag", "tag:yaml.org,2002:python/object:os.system"),),
    ),
    Case(
        "deep-nesting",
        {f"{C}/2024.md": doc(VALID + "themes: " + "[" * 600 + "]" * 600 + "\n")},
        # at the bracket that opens level 501 (the front matter's mapping is level 1)
        (Expect(f"{C}/2024.md", 8, 508, "yaml-syntax", "nested too deeply"),),
    ),
    Case(
        "deep-block-nesting",
        {f"{C}/2024.md": doc(VALID + "".join("  " * i + "k:\n" for i in range(2_000)))},
        (Expect(f"{C}/2024.md", 508, 1001, "yaml-syntax", "nested too deeply"),),
    ),
    # --- keys and types -------------------------------------------------------------------
    Case(
        "unknown-key-suggestion",
        {f"{C}/2024.md": doc(VALID + "comitments:\n  - id: c1\n    text: Faire\n")},
        (Expect(f"{C}/2024.md", 8, 1, "unknown-key", "did you mean 'commitments'?"),),
    ),
    Case(
        "missing-title",
        {f"{C}/2024.md": doc(VALID.replace("title: Charte de collaboration\n", ""))},
        (Expect(f"{C}/2024.md", 2, 1, "missing-key", "has no 'title'"),),
    ),
    Case(
        "title-is-a-list",
        {f"{C}/2024.md": doc(VALID.replace("title: Charte de collaboration", "title: [a, b]"))},
        (Expect(f"{C}/2024.md", 2, 8, "wrong-type", "must be text"),),
    ),
    Case(
        "title-is-a-number",
        {f"{C}/2024.md": doc(VALID.replace("title: Charte de collaboration", "title: 2024"))},
        (Expect(f"{C}/2024.md", 2, 8, "quote-value", 'put it in quotes: "2024"'),),
    ),
    Case(
        "parties-is-a-string",
        {f"{C}/2024.md": doc(VALID.replace(PARTIES, "parties: federation"))},
        (Expect(f"{C}/2024.md", 5, 10, "not-a-list", "must be a list"),),
    ),
    Case(
        "parties-empty",
        {f"{C}/2024.md": doc(VALID.replace(PARTIES, "parties: []"))},
        (Expect(f"{C}/2024.md", 5, 10, "missing-key", "at least one organisation"),),
    ),
    Case(
        "status-not-in-vocabulary",
        {f"{C}/2024.md": doc(VALID.replace("status: in-force", "status: inforce"))},
        (Expect(f"{C}/2024.md", 3, 9, "bad-value", "did you mean 'in-force'?"),),
    ),
    Case(
        "adopted-missing-unless-draft",
        {
            f"{C}/2024.md": doc(VALID.replace("adopted: 2024-01-10\n", "")),
            # a draft may go without: nothing is reported for it
            f"{C}/2025.md": doc(
                VALID.replace("adopted: 2024-01-10\n", "").replace("in-force", "draft")
            ),
        },
        (Expect(f"{C}/2024.md", 2, 1, "missing-key", "no 'adopted' date"),),
    ),
    Case(
        "impossible-date",
        {f"{C}/2024.md": doc(VALID.replace("adopted: 2024-01-10", "adopted: 2023-02-30"))},
        (Expect(f"{C}/2024.md", 4, 10, "bad-date", "'2023-02-30' is not a real date"),),
    ),
    Case(
        "week-date-is-not-yyyy-mm-dd",
        {f"{C}/2024.md": doc(VALID.replace("adopted: 2024-01-10", "adopted: 2024-W02-3"))},
        (Expect(f"{C}/2024.md", 4, 10, "bad-date", "YYYY-MM-DD"),),
    ),
    Case(
        "until-before-from",
        {f"{C}/2024.md": doc(VALID + "effective:\n  from: 2024-01-01\n  until: 2023-12-31\n")},
        (Expect(f"{C}/2024.md", 10, 10, "period-order", "ends (2023-12-31) before"),),
    ),
    Case(
        "effective-is-a-string",
        {f"{C}/2024.md": doc(VALID + "effective: 2024-2026\n")},
        (Expect(f"{C}/2024.md", 8, 12, "not-a-mapping", "'effective'"),),
    ),
    Case(
        "lang-not-a-language-code",
        {f"{C}/2024.md": doc(VALID + "lang: français\n")},
        (Expect(f"{C}/2024.md", 8, 7, "bad-lang", "'français'"),),
    ),
    # --- parties and commitments ----------------------------------------------------------
    Case(
        "unknown-member-suggestion",
        {f"{C}/2024.md": doc(VALID.replace("member: canton-valais", "member: canton-vallais"))},
        (Expect(f"{C}/2024.md", 7, 14, "unknown-member", "did you mean 'canton-valais'?"),),
    ),
    Case(
        "unquoted-no-as-member",
        {f"{C}/2024.md": doc(VALID + "  - no\n")},
        (Expect(f"{C}/2024.md", 8, 5, "quote-value", 'put it in quotes: "no"'),),
    ),
    Case(
        "duplicate-party",
        {f"{C}/2024.md": doc(VALID + "  - member: federation\n    role: partner\n")},
        (Expect(f"{C}/2024.md", 8, 13, "duplicate-member", "'federation' is listed twice"),),
    ),
    Case(
        "party-role-suggestion",
        {
            f"{C}/2024.md": doc(
                VALID + "  - member: hopital-sion\n    role: observateur\n    signed: 2024-01-10\n"
            )
        },
        (Expect(f"{C}/2024.md", 9, 11, "bad-value", "did you mean 'observer'?"),),
    ),
    Case(
        "by-not-a-party",
        {
            f"{C}/2024.md": doc(
                VALID + "commitments:\n  - id: c1\n    text: Former\n"
                "    by: [federation, hopital-sion]\n"
            )
        },
        (Expect(f"{C}/2024.md", 11, 22, "not-a-party", "'hopital-sion', which is not a party"),),
    ),
    Case(
        "by-an-observer",
        {
            f"{C}/2024.md": doc(
                VALID + "  - member: commune-sion\n    role: observer\n"
                "commitments:\n  - id: c1\n    text: Observer\n    by: commune-sion\n"
            )
        },
        (Expect(f"{C}/2024.md", 13, 9, "observer-commitment", "observer"),),
    ),
    Case(
        "duplicate-commitment-id",
        {
            f"{C}/2024.md": doc(
                VALID + "commitments:\n  - id: c1\n    text: Former\n"
                "  - id: c1\n    text: Informer\n"
            )
        },
        (Expect(f"{C}/2024.md", 11, 9, "duplicate-id", "'c1' is used twice"),),
    ),
    Case(
        "commitment-status-suggestion",
        {
            f"{C}/2024.md": doc(
                VALID + "commitments:\n  - id: c1\n    text: Former\n    status: ongong\n"
            )
        },
        (Expect(f"{C}/2024.md", 11, 13, "bad-value", "did you mean 'ongoing'?"),),
    ),
    Case(
        "unknown-article",
        {
            f"{C}/2024.md": doc(
                VALID + "commitments:\n  - id: c1\n    text: Former\n    article: 7\n"
            )
        },
        (Expect(f"{C}/2024.md", 11, 14, "unknown-article", "articles found: 1, 2"),),
    ),
    Case(
        "withdrawn-before-signed",
        {
            f"{C}/2024.md": doc(
                VALID + "  - member: hopital-sion\n    signed: 2024-03-01\n"
                "    withdrawn: 2024-02-01\n"
            )
        },
        (Expect(f"{C}/2024.md", 10, 16, "period-order", "withdrew (2024-02-01) before it signed"),),
    ),
    # --- acceptance: articles open to choice ---------------------------------------------
    Case(
        "acceptance-missing",
        {
            f"{C}/2024.md": doc(
                # a partner need not choose; a signatory must
                ACCEPTING
                + "  - {member: hopital-sion, role: partner}\n"
                + "  - {member: canton-valais, signed: 2024-01-10}\n",
                OPTIONAL_BODY,
            )
        },
        (Expect(f"{C}/2024.md", 9, 14, "acceptance-missing", "list the ones it accepts"),),
    ),
    Case(
        "accepts-an-article-not-optional",
        {
            f"{C}/2024.md": doc(
                ACCEPTING + "  - {member: canton-valais, accepts: [3, 4, 2], signed: 2024-01-10}\n",
                OPTIONAL_BODY,
            )
        },
        (Expect(f"{C}/2024.md", 8, 45, "not-optional", "article '2', which is not open"),),
    ),
    Case(
        "accepts-without-acceptance",
        {
            f"{C}/2024.md": doc(
                VALID + "  - {member: hopital-sion, accepts: [1], signed: 2024-01-10}\n"
            )
        },
        (Expect(f"{C}/2024.md", 8, 37, "not-optional", "has no 'acceptance'"),),
    ),
    Case(
        "acceptance-below-minimum",
        {
            f"{C}/2024.md": doc(
                ACCEPTING + "  - {member: canton-valais, accepts: [3], signed: 2024-01-10}\n",
                OPTIONAL_BODY,
            )
        },
        (Expect(f"{C}/2024.md", 8, 38, "acceptance-below-minimum", "fewer than the minimum of 2"),),
    ),
    Case(
        "acceptance-below-core-minimum",
        {
            f"{C}/2024.md": doc(
                ACCEPTING + "  - {member: canton-valais, accepts: [5, 6], signed: 2024-01-10}\n",
                OPTIONAL_BODY,
            )
        },
        (Expect(f"{C}/2024.md", 8, 38, "acceptance-below-minimum", "0 of the core articles"),),
    ),
    Case(
        "acceptance-names-an-unknown-article",
        {f"{C}/2024.md": doc(ACCEPTING.replace("[3, 4, 5, 6]", "[3, 4, 5, 9]"), OPTIONAL_BODY)},
        (Expect(f"{C}/2024.md", 5, 34, "unknown-article", "'acceptance' names article '9'"),),
    ),
    Case(
        "acceptance-core-not-optional",
        {f"{C}/2024.md": doc(ACCEPTING.replace("core: [3, 4]", "core: [3, 1]"), OPTIONAL_BODY)},
        (Expect(f"{C}/2024.md", 5, 60, "not-optional", "core article '1'"),),
    ),
    Case(
        "acceptance-minimum-too-large",
        {f"{C}/2024.md": doc(ACCEPTING.replace("minimum: 2", "minimum: 5"), OPTIONAL_BODY)},
        (Expect(f"{C}/2024.md", 5, 47, "bad-value", "lists only 4 articles"),),
    ),
    Case(
        # the articles open to choice cannot be read: that alone is said, not every
        # party's choice nor the minimums judged against no article
        "acceptance-articles-not-a-list",
        {f"{C}/2024.md": doc(ACCEPTING.replace("[3, 4, 5, 6]", '"3-6"'), OPTIONAL_BODY)},
        (Expect(f"{C}/2024.md", 5, 24, "not-a-list", "'articles' must be a list"),),
    ),
    Case(
        "acceptance-unknown-key",
        {f"{C}/2024.md": doc(ACCEPTING.replace("core_minimum", "core_minimun"), OPTIONAL_BODY)},
        (Expect(f"{C}/2024.md", 5, 64, "unknown-key", "did you mean 'core_minimum'?"),),
    ),
    # --- versions of a document ------------------------------------------------------------
    Case(
        "supersedes-missing-version",
        {
            f"{C}/2024.md": doc(VALID.replace("in-force", "superseded")),
            f"{C}/2025.md": doc(VALID + "supersedes: 2023\n"),
        },
        (
            Expect(f"{C}/2025.md", 8, 13, "unknown-version", "does not have (did you mean"),
            # at the status to change
            Expect(f"{C}/2024.md", 3, 9, "not-superseded", "", "warning"),
        ),
    ),
    Case(
        "supersedes-cycle",
        {
            f"{C}/2024.md": doc(VALID.replace("in-force", "superseded") + "supersedes: 2025\n"),
            f"{C}/2025.md": doc(VALID + "supersedes: 2024\n"),
            # 2026 supersedes a version of the circle but is not in it
            f"{C}/2026.md": doc(VALID.replace("in-force", "draft") + "supersedes: '2025'\n"),
        },
        (
            Expect(f"{C}/2024.md", 8, 13, "supersedes-cycle", "in a circle (2024, 2025)"),
            Expect(f"{C}/2025.md", 8, 13, "supersedes-cycle", "in a circle (2024, 2025)"),
        ),
    ),
    Case(
        "supersedes-itself",
        {f"{C}/2024.md": doc(VALID + "supersedes: '2024'\n")},
        (Expect(f"{C}/2024.md", 8, 13, "supersedes-cycle", "cannot supersede itself"),),
    ),
    # --- signed copy ----------------------------------------------------------------------
    Case(
        "signed-copy-escapes",
        {
            f"{C}/2024.md": doc(VALID + "signed_copy: ../canton/2023.pdf\n"),
            f"{V}/2023.pdf": b"%PDF-1.4\n%%EOF\n",
        },
        (Expect(f"{C}/2024.md", 8, 14, "path-outside", "document's folder"),),
    ),
    Case(
        "signed-copy-absolute",
        {f"{C}/2024.md": doc(VALID + "signed_copy: /etc/passwd\n")},
        (Expect(f"{C}/2024.md", 8, 14, "path-outside", "document's folder"),),
    ),
    Case(
        "signed-copy-missing",
        {f"{C}/2024.md": doc(VALID + "signed_copy: 2024.pdf\n")},
        (Expect(f"{C}/2024.md", 8, 14, "missing-file", "'2024.pdf'"),),
    ),
    # --- signatures as evidence (DESIGN, "Signatures as evidence") ----------------------------
    Case(
        "unsigned-party",
        {
            f"{C}/2024.md": doc(
                VALID.replace("{member: canton-valais, signed: 2024-01-10}", "canton-valais")
            ),
            # a draft is not signed yet: nothing is reported for it
            f"{C}/2025.md": doc(
                VALID.replace("in-force", "draft").replace("adopted: 2024-01-10\n", "")
                + "  - hopital-sion\n"
            ),
        },
        (Expect(f"{C}/2024.md", 7, 5, "unsigned-party", "no 'signed' date", "warning"),),
    ),
    Case(
        "adopted-in-future",
        {f"{C}/2024.md": doc(VALID.replace("adopted: 2024-01-10", "adopted: 2027-01-10"))},
        (Expect(f"{C}/2024.md", 4, 10, "adopted-in-future", "2027-01-10", "warning"),),
    ),
    Case(
        "signed-after-end",
        {
            f"{C}/2024.md": doc(
                VALID.replace("in-force", "expired").replace(
                    "canton-valais, signed: 2024-01-10", "canton-valais, signed: 2025-02-01"
                )
                + "effective: {from: 2024-01-01, until: 2024-12-31}\n"
            )
        },
        (Expect(f"{C}/2024.md", 7, 37, "signed-after-end", "after the version ended", "warning"),),
    ),
    Case(
        "done-in-draft",
        {
            f"{C}/2024.md": doc(
                VALID.replace("in-force", "draft")
                + "commitments:\n  - id: c1\n    text: Former\n    status: done\n"
            )
        },
        (Expect(f"{C}/2024.md", 11, 13, "done-in-draft", "marked done in a draft", "warning"),),
    ),
    Case(
        "due-before-start",
        {
            f"{C}/2024.md": doc(
                VALID + "effective: {from: 2024-02-01}\n"
                "commitments:\n  - id: c1\n    text: Former\n"
                "    due: 2024-01-15\n    status: done\n"
            )
        },
        (
            Expect(
                f"{C}/2024.md", 12, 10, "due-before-start", "before the version starts", "warning"
            ),
        ),
    ),
    Case(
        "signatory-in-both-forms",
        {
            # a name, or {name, capacity, mandate}: both valid
            f"{C}/2024.md": doc(
                VALID
                + "  - member: hopital-sion\n    signed: 2024-01-10\n    signatory: Anne Dupont\n"
                "  - member: commune-sion\n    signed: 2024-01-10\n    signatory:\n"
                "      name: Jean Martin\n      capacity: Président\n"
                "      mandate: Décision du conseil communal du 8 janvier 2024\n"
            ),
            # the mapping form: unknown keys and a missing name are errors
            f"{V}/2024.md": doc(
                VALID + "  - member: hopital-sion\n    signed: 2024-01-10\n"
                "    signatory: {name: Anne Dupont, fonction: Directrice}\n"
                "  - member: commune-sion\n    signed: 2024-01-10\n"
                "    signatory: {capacity: Président}\n"
            ),
        },
        (
            Expect(f"{V}/2024.md", 10, 36, "unknown-key", "'fonction'"),
            Expect(f"{V}/2024.md", 13, 16, "missing-key", "has no 'name'"),
        ),
    ),
    Case(
        "signature-fields-missing",
        {
            f"{C}/2024.md": doc(VALID + "signed_copy: 2024.pdf\n"),
            f"{C}/2024.pdf": pypdf_text_pdf(
                [["Charte"]], signatures=[("Fédération", False), ("Canton du Valais", False)]
            ),
        },
        (Expect(f"{C}/2024.md", 8, 14, "signature-fields-missing", "0 signed", "warning"),),
    ),
    # --- where files are ------------------------------------------------------------------
    Case(
        "folder-not-a-slug",
        {"charters/Charte_Collab/2024.md": doc(VALID)},
        (Expect("charters/Charte_Collab", 1, 1, "bad-slug", "folder name 'Charte_Collab'"),),
    ),
    Case(
        "file-name-not-a-slug",
        {f"{C}/Version 2024.md": doc(VALID)},
        (Expect(f"{C}/Version 2024.md", 1, 1, "bad-slug", "version label 'Version 2024'"),),
    ),
    Case(
        "file-directly-in-charters",
        {"charters/2024.md": doc(VALID)},
        (Expect("charters/2024.md", 1, 1, "misplaced-file", "charters/<document>/"),),
    ),
    # --- members.yml ----------------------------------------------------------------------
    Case(
        "members-missing",
        {},
        (Expect("members.yml", 1, 1, "no-members", "members.yml is missing"),),
        members=None,
    ),
    Case(
        "members-not-a-list",
        {},
        (Expect("members.yml", 1, 1, "not-a-list", "must be a list"),),
        members="federation: Fédération\ncanton-valais: Canton du Valais\n",
    ),
    Case(
        "members-yaml-syntax",
        {},
        # libyaml's words said plainly
        (
            Expect(
                "members.yml",
                3,
                5,
                "yaml-syntax",
                "list in brackets that starts on line 2, column 9",
            ),
        ),
        members=MEMBERS.replace("  name: Fédération des institutions", "  name: [Fédération"),
    ),
    Case(
        "members-duplicate-id",
        {},
        (Expect("members.yml", 9, 7, "duplicate-id", "'federation' is used twice"),),
        members=MEMBERS + "- id: federation\n  name: Autre fédération\n",
    ),
    Case(
        "members-missing-name",
        {},
        (Expect("members.yml", 9, 3, "missing-key", "has no 'name'"),),
        members=MEMBERS + "- id: hopital-martigny\n  short: HM\n",
    ),
    Case(
        "members-bad-slug",
        {},
        (Expect("members.yml", 9, 7, "bad-slug", "'Hopital_Martigny'"),),
        members=MEMBERS + "- id: Hopital_Martigny\n  name: Hôpital de Martigny\n",
    ),
    Case(
        "members-unquoted-no",
        {},
        (Expect("members.yml", 9, 7, "quote-value", 'put it in quotes: "no"'),),
        members=MEMBERS + "- id: no\n  name: Association Norvège\n",
    ),
    Case(
        "members-unknown-parent",
        {},
        (Expect("members.yml", 11, 11, "unknown-member", "did you mean 'federation'?"),),
        members=MEMBERS + "- id: hopital-martigny\n  name: Hôpital de Martigny\n"
        "  parent: federaton\n",
    ),
    Case(
        "members-parent-cycle",
        {},
        (
            # once, at the member written first, naming the circle
            Expect("members.yml", 11, 11, "parent-cycle", "(a-un → a-deux → a-un)"),
        ),
        members=MEMBERS + "- id: a-un\n  name: Un\n  parent: a-deux\n"
        "- id: a-deux\n  name: Deux\n  parent: a-un\n",
    ),
    Case(
        "members-javascript-website",
        {},
        (Expect("members.yml", 11, 12, "bad-url", "https://"),),
        members=MEMBERS + "- id: hopital-martigny\n  name: Hôpital de Martigny\n"
        "  website: javascript:alert(1)\n",
    ),
    # --- what is valid, and keeps positions right -------------------------------------------
    Case(
        "bom-and-crlf",
        {
            # valid: nothing is reported for it
            f"{C}/2024.md": b"\xef\xbb\xbf" + doc(VALID).replace("\n", "\r\n").encode(),
            # the error keeps its line and column despite the BOM and CRLF
            f"{V}/2024.md": b"\xef\xbb\xbf"
            + doc(VALID.replace("adopted: 2024-01-10", "adopted: 2024-13-10"))
            .replace("\n", "\r\n")
            .encode(),
        },
        (Expect(f"{V}/2024.md", 4, 10, "bad-date", "'2024-13-10' is not a real date"),),
    ),
    Case(
        "supersedes-bare-number",
        {
            f"{C}/2024.md": doc(VALID.replace("in-force", "superseded")),
            f"{C}/2025.md": doc(VALID.replace("2024-01-10", "2025-01-10") + "supersedes: 2024\n"),
            # the only problem is elsewhere: a duplicate article heading, a warning
            f"{V}/2024.md": doc(VALID, BODY + "## Article 2 – Encore\n"),
        },
        (Expect(f"{V}/2024.md", 16, 1, "duplicate-article", "first on line 13", "warning"),),
    ),
    # --- translations (DESIGN, "Translations"): <version>.<lang>.md beside the version -----
    Case(
        "translation-orphan",
        {f"{C}/2024.md": doc(VALID), f"{C}/2025.de.md": doc("lang: de\n", DE_BODY)},
        (Expect(f"{C}/2025.de.md", 1, 1, "translation-orphan", "version '2025'"),),
    ),
    Case(
        # as a Swiss German text would be named: the region is not part of the name
        "translation-named-with-a-region",
        {f"{C}/2024.md": doc(VALID), f"{C}/2024.de-CH.md": doc("lang: de\n", DE_BODY)},
        (Expect(f"{C}/2024.de-CH.md", 1, 1, "bad-slug", "name it 2024.de.md"),),
    ),
    Case(
        "translation-without-front-matter",
        {f"{C}/2024.md": doc(VALID), f"{C}/2024.de.md": DE_BODY},
        (Expect(f"{C}/2024.de.md", 1, 1, "no-front-matter", "(title, lang...)"),),
    ),
    Case(
        "translation-lang-differs-from-file-name",
        {f"{C}/2024.md": doc(VALID), f"{C}/2024.de.md": doc("lang: it\n", DE_BODY)},
        (Expect(f"{C}/2024.de.md", 2, 7, "translation-lang", "the file name says 'de'"),),
    ),
    Case(
        "translation-in-the-version-s-own-language",
        {f"{C}/2024.md": doc(VALID), f"{C}/2024.fr.md": doc("lang: fr\n")},
        (Expect(f"{C}/2024.fr.md", 2, 7, "translation-lang", "is itself in 'fr'"),),
    ),
    Case(
        "translation-without-lang",
        {f"{C}/2024.md": doc(VALID), f"{C}/2024.de.md": doc("title: Charta\n", DE_BODY)},
        (Expect(f"{C}/2024.de.md", 2, 1, "missing-key", "has no 'lang'"),),
    ),
    Case(
        "translation-with-a-version-s-key",
        {
            f"{C}/2024.md": doc(VALID),
            f"{C}/2024.de.md": doc("lang: de\nstatus: in-force\n", DE_BODY),
        },
        (Expect(f"{C}/2024.de.md", 3, 1, "unknown-key", "'status'"),),
    ),
    Case(
        "translation-authentic-not-a-boolean",
        {
            f"{C}/2024.md": doc(VALID),
            f"{C}/2024.de.md": doc("lang: de\nauthentic: oui\n", DE_BODY),
        },
        (Expect(f"{C}/2024.de.md", 3, 12, "wrong-type", "true or false"),),
    ),
    Case(
        "translation-unknown-commitment",
        {
            f"{C}/2024.md": doc(
                VALID + "commitments:\n  - {id: rapport, text: Publier un rapport.}\n"
            ),
            f"{C}/2024.de.md": doc(
                "lang: de\ncommitments:\n  - {id: raport, text: Einen Bericht vorlegen.}\n",
                DE_BODY,
            ),
        },
        (Expect(f"{C}/2024.de.md", 4, 10, "unknown-commitment", "(did you mean 'rapport'?)"),),
    ),
    Case(
        "translation-extra-article",
        {
            f"{C}/2024.md": doc(VALID),
            f"{C}/2024.de.md": doc("lang: de\n", DE_BODY + "\n## Artikel 3 – Schluss\n\nText.\n"),
        },
        (Expect(f"{C}/2024.de.md", 12, 1, "translation-extra-article", "article 3 is not in"),),
    ),
    Case(
        "translation-missing-article",
        {
            f"{C}/2024.md": doc(VALID),
            f"{C}/2024.de.md": doc("lang: de\n", "## Artikel 2 – Dauer\n\nText.\n"),
        },
        (
            Expect(
                f"{C}/2024.de.md",
                4,
                1,
                "translation-missing-article",
                "article 1 of charters/collab/2024.md (line 9) is missing",
                "warning",
            ),
        ),
    ),
    Case(
        "translation-stale",
        {
            f"{C}/2023.md": doc(
                VALID.replace("in-force", "superseded").replace("2024-01-10", "2023-01-10")
            ),
            f"{C}/2024.md": doc(
                VALID + 'supersedes: "2023"\n', BODY.replace("Texte.\n", "Nouveau texte.\n", 2)
            ),
            f"{C}/2023.de.md": doc("lang: de\n", DE_BODY),
            f"{C}/2024.de.md": doc("lang: de\n", DE_BODY.replace("Text.\n", "Neuer Text.\n", 1)),
        },
        (
            Expect(
                f"{C}/2024.de.md",
                8,
                1,
                "translation-stale",
                "article 2 changed in charters/collab/2024.md since version 2023",
                "warning",
            ),
        ),
    ),
]


def problems_of(output: str) -> list[dict[str, str]]:
    found = []
    for line in output.splitlines():
        match = PROBLEM_LINE.match(line)
        assert match, f"not a problem line: {line!r}"
        assert match["help"] == match["code"]  # where the site explains the code
        found.append({k: v for k, v in match.groupdict().items() if k != "help"})
    return found


def test_enough_cases() -> None:
    assert len(CASES) >= 35
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_source_is_reported(case: Case, tmp_path: Path, pacte: RunPacte) -> None:
    build_site(tmp_path, case.files, case.members)
    result = pacte("validate", cwd=tmp_path)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    problems = problems_of(result.stdout)
    # every other file is still checked
    assert SENTINEL_LINE in result.stdout.splitlines(), result.stdout
    # exactly the expected problems, each at its place, for the files of the case
    got = {
        (p["path"], int(p["line"]), int(p["column"]), p["code"], p["severity"])
        for p in problems
        if p["path"] != SENTINEL_PATH
    }
    wanted = {(e.path, e.line, e.column, e.code, e.severity) for e in case.expect}
    assert got == wanted, result.stdout
    for expect in case.expect:
        (message,) = [
            p["message"]
            for p in problems
            if (p["path"], int(p["line"]), int(p["column"]), p["code"])
            == (expect.path, expect.line, expect.column, expect.code)
        ]
        assert expect.says in message
    for problem in problems:
        assert problem["code"] in CODES


@pytest.mark.parametrize(
    ("depth", "own_limit"), [(1_200, False), (100_000, False), (100_000, True)]
)
def test_parser_nesting_limit_is_the_same_problem(
    depth: int, own_limit: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever limit stops it, Pacte's or the parser's, the editor gets one positioned problem.

    libyaml scans ahead of the events it gives, so on very deep input its own limit
    (1,000 levels since PyYAML 6.0.4) may come before Pacte's.
    """
    from pacte import sources

    if not own_limit:
        monkeypatch.setattr(sources, "MAX_DEPTH", 10**9)  # let the parser's own limit speak
    build_site(tmp_path, {f"{C}/2024.md": doc(VALID + "themes: " + "[" * depth + "\n")}, None)
    problems = [p for p in load_site(tmp_path).problems if p.path == f"{C}/2024.md"]
    assert [(p.line, p.code) for p in problems] == [(8, "yaml-syntax")], problems
    assert "nested too deeply" in problems[0].message
    assert 9 < problems[0].column < 9 + depth


def test_alias_bomb_is_refused_fast_and_small(tmp_path: Path) -> None:
    """Nine levels of nine aliases would be 9**9 items once expanded: never expanded."""
    members = (
        MEMBERS
        + "- id: bomb\n  name: Bombe\n  region:\n"
        + "".join("    " + line + "\n" for line in bomb().splitlines())
    )
    build_site(tmp_path, {f"{C}/2024.md": doc(VALID + bomb())}, members)
    tracemalloc.start()
    try:
        start = time.perf_counter()
        site = load_site(tmp_path, "fr")
        elapsed = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 50 * 1024 * 1024
    found = {(p.path, p.code) for p in site.problems}
    assert (f"{C}/2024.md", "yaml-alias") in found
    assert ("members.yml", "yaml-alias") in found
    assert (SENTINEL_PATH, "bad-value") in found


def test_valid_site_has_no_problem(tmp_path: Path, pacte: RunPacte) -> None:
    """The starting point of every case is valid: each problem comes from its mistake."""
    write(tmp_path / "mkdocs.yml", MKDOCS)
    write(tmp_path / "members.yml", MEMBERS)
    write(tmp_path / f"{C}/2024.md", doc(VALID))
    site = load_site(tmp_path, "fr")
    assert site.problems == []
    result = pacte("validate", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
