"""Whatever an editor (or a fuzzer) writes, load_site reports problems and never raises.

Each property writes a small site to a fresh folder (Hypothesis runs many examples per
test, so pytest's tmp_path, made once per test, cannot be used) and checks that
load_site returns a Site whose problems are all well formed and placed in the file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pacte.load import load_site
from pacte.model import Site
from pacte.problems import CODES, Severity
from pacte.vocabulary import (
    COMMITMENT_KEYS,
    MEMBER_KEYS,
    PARTY_KEYS,
    PERIOD_KEYS,
    VERSION_KEYS,
    VERSION_STATUSES,
)

MEMBERS = "- id: federation\n  name: Fédération\n- id: canton-valais\n  name: Canton du Valais\n"
VERSION = (
    "---\ntitle: Charte\nstatus: in-force\nadopted: 2024-01-10\n"
    "parties: [{member: federation, signed: 2024-01-10},\n"
    "  {member: canton-valais, signed: 2024-01-10}]\n---\n## Article 1\n\nTexte.\n"
)
FUZZED_VERSION = "charters/fuzz/2024.md"

# PACTE_FUZZ_EXAMPLES=5000 pytest tests/test_loader_fuzz.py searches longer
FUZZ = settings(
    max_examples=int(os.environ.get("PACTE_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def load(files: dict[str, str | bytes]) -> Site:
    """load_site on a site made of the given files (members.yml and a valid version added)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        contents: dict[str, str | bytes] = {
            "members.yml": MEMBERS,
            "charters/valid/2023.md": VERSION,
            **files,
        }
        for rel, content in contents.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        site = load_site(root, "fr")
        check(site, contents)
        return site


def line_count(content: str | bytes) -> int:
    """Lines of a file as an editor counts them (\\n, \\r\\n and \\r end a line)."""
    if isinstance(content, bytes):
        content = content.decode("utf-8", errors="replace")
    return content.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def check(site: Site, files: dict[str, str | bytes]) -> None:
    assert isinstance(site, Site)
    for problem in site.problems:
        assert problem.code in CODES
        assert isinstance(problem.severity, Severity)
        assert problem.line >= 1, problem
        assert problem.column >= 1, problem
        assert problem.message.strip(), problem
        assert "\n" not in problem.message, problem
        assert not problem.path.startswith("/"), problem
        if problem.path in files:
            # the place is in the file (a problem may point just past its last line)
            assert problem.line <= line_count(files[problem.path]) + 1, problem
    # the valid version is never blamed for what the fuzzed files hold, unless members.yml
    # (which it depends on) is the fuzzed file
    if "members.yml" not in files or files["members.yml"] == MEMBERS:
        assert not [p for p in site.problems if p.path == "charters/valid/2023.md"]


# --- arbitrary text and bytes ------------------------------------------------------------


@FUZZ
@given(st.text())
def test_any_text_as_a_version(text: str) -> None:
    load({FUZZED_VERSION: text})


@FUZZ
@given(st.text())
def test_any_text_after_the_front_matter_opens(text: str) -> None:
    load({FUZZED_VERSION: "---\n" + text + "\n---\n## Article 1\n"})


@FUZZ
@given(st.binary())
def test_any_bytes_as_a_version(data: bytes) -> None:
    load({FUZZED_VERSION: b"---\n" + data})


@FUZZ
@given(st.text())
def test_any_text_as_members(text: str) -> None:
    load({"members.yml": text})


@FUZZ
@given(st.binary())
def test_any_bytes_as_members(data: bytes) -> None:
    load({"members.yml": data})


# --- YAML-ish front matters made of the words Pacte knows ---------------------------------

KEYS = sorted(
    {*VERSION_KEYS, *PERIOD_KEYS, *PARTY_KEYS, *COMMITMENT_KEYS, *MEMBER_KEYS}
    | {"comitments", "titel", "", "0", "true", "<<"}
)
WORDS = [
    *VERSION_STATUSES,
    "federation",
    "canton-valais",
    "inconnu",
    "all",
    "observer",
    "partner",
    "no",
    "yes",
    "on",
    "~",
    "null",
    "2024",
    "2024.5",
    "0x1F",
    "1e3",
    ".inf",
    "2023-02-30",
    "2024-01-10",
    "2024-W01-1",
    "2024-01-10T10:00:00",
    "fr-CH",
    "français",
    "../x.pdf",
    "/etc/passwd",
    "C:\\x.pdf",
    "2024.pdf",
    "javascript:alert(1)",
    "https://example.org",
    "Article 1er",
    "'quoted'",
    '"double"',
    "&a",
    "*a",
    "!!python/object:os.system",
    "!custom",
    "|",
    ">-",
    "[",
    "]",
    "{",
    "}",
    "#",
    "@",
    "`",
    "%",
    "\t",
    "é",
    "\u2028",
    "\x85",
]

scalars = st.one_of(
    st.sampled_from(WORDS),
    st.integers(),
    st.dates().map(str),
    st.text(max_size=12),
)
plain = st.sampled_from(WORDS) | st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True)


def yaml_values(depth: int) -> st.SearchStrategy[object]:
    """Nested values, to be dumped as YAML (every type YAML can read safely)."""
    leaf = st.one_of(
        scalars, st.none(), st.booleans(), st.floats(allow_nan=False), st.dates(), plain
    )
    if depth == 0:
        return leaf
    inner = yaml_values(depth - 1)
    return st.one_of(
        leaf,
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=5),
    )


front_matters = st.dictionaries(st.sampled_from(KEYS), yaml_values(3), max_size=10)


@FUZZ
@given(front_matters, st.booleans())
def test_dumped_front_matter(data: dict[str, object], flow: bool) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow, sort_keys=False)
    load({FUZZED_VERSION: f"---\n{text}---\n## Article 1 – Objet\n\nTexte.\n"})


@FUZZ
@given(st.lists(yaml_values(2), max_size=6))
def test_dumped_members(data: list[object]) -> None:
    load({"members.yml": yaml.safe_dump(data, allow_unicode=True)})


# Lines written by hand, as an editor would: indentation, a key, a separator and a word,
# unquoted, so that YAML reads booleans, numbers, dates, anchors and tags as it likes.
hand_lines = st.builds(
    lambda indent, dash, key, sep, value: f"{indent}{dash}{key}{sep}{value}",
    st.sampled_from(["", "  ", "    ", "\t", " "]),
    st.sampled_from(["", "- "]),
    st.sampled_from(KEYS),
    st.sampled_from([": ", ":", " : ", ": - ", ": [", ": {"]),
    st.lists(plain | st.sampled_from(WORDS), max_size=3).map(" ".join),
)


@FUZZ
@given(st.lists(hand_lines, max_size=15), st.sampled_from(["---", "...", ""]))
def test_hand_written_front_matter(lines: list[str], closing: str) -> None:
    load({FUZZED_VERSION: "---\n" + "\n".join(lines) + f"\n{closing}\n## Article 1\n"})


@FUZZ
@given(st.lists(hand_lines, max_size=15))
def test_hand_written_members(lines: list[str]) -> None:
    load({"members.yml": "\n".join(lines) + "\n"})


@FUZZ
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": plain, "text": scalars},
            optional={
                "by": st.sampled_from(["all", "federation", "canton-valais", "inconnu"])
                | st.lists(plain, max_size=3),
                "article": scalars,
                "due": scalars,
                "status": plain,
            },
        ),
        max_size=5,
    ),
    st.lists(
        plain
        | st.fixed_dictionaries(
            {"member": plain},
            optional={"role": plain, "signed": scalars, "signatory": scalars},
        ),
        max_size=4,
    ),
    st.sampled_from([*VERSION_STATUSES, "in-forse"]),
    st.text(max_size=200),
)
def test_well_shaped_front_matter(
    commitments: list[dict[str, object]],
    parties: list[object],
    status: str,
    body: str,
) -> None:
    """Front matters close to valid ones reach the cross-checks (parties, 'by', articles)."""
    data = {
        "title": "Charte",
        "status": status,
        "adopted": "2024-01-10",
        "parties": parties,
        "commitments": commitments,
    }
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    load(
        {
            FUZZED_VERSION: f"---\n{text}---\n{body}\n## Article 1\n",
            "charters/fuzz/2025.md": f"---\n{text}supersedes: 2024\n---\n",
        }
    )
