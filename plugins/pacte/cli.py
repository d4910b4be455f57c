"""The ``pacte`` command."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .load import load_site
from .model import Site
from .newversion import NewVersionRefused, NewVersionUsage, new_version
from .problems import CODES, Severity, count, render
from .schema import schema_files, schemas
from .siteconfig import read_site_config

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command was called with arguments that make no sense; exit 2."""


def today() -> dt.date:
    """Today, or the date in PACTE_TODAY (YYYY-MM-DD) so that results can be reproduced."""
    value = os.environ.get("PACTE_TODAY")
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"PACTE_TODAY={value!r} is not a date written YYYY-MM-DD") from None
    return dt.date.today()


def load_here(root: Path) -> Site:
    config = read_site_config(root)
    return load_site(root, config.language, today())


def cmd_validate(args: argparse.Namespace) -> int:
    root = Path(args.root)
    if not (root / "mkdocs.yml").is_file() and not (root / "members.yml").is_file():
        raise UsageError(
            f"{root.resolve()} is not a Pacte site (no mkdocs.yml nor members.yml): "
            "run pacte validate at the root of the site"
        )
    site = load_here(root)
    problems = site.problems
    output = render(problems, args.format)
    if output:
        print(output)
    errors = count(problems, Severity.ERROR)
    warnings = count(problems, Severity.WARNING)
    notices = count(problems, Severity.NOTICE)
    if args.format == "text":
        files = len(site.versions()) + 1
        summary = (
            f"{files} files checked: {errors} error(s), {warnings} warning(s), {notices} notice(s)"
        )
        print(
            summary if errors or warnings or notices else f"{files} files checked: all valid",
            file=sys.stderr,
        )
    if errors or (args.strict and warnings):
        return EXIT_INVALID
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .export import data_files
    from .urls import Urls

    root = Path(args.root)
    config = read_site_config(root)
    site = load_site(root, config.language, today())
    if not site.valid:
        print(render(site.problems, "text"), file=sys.stderr)
        print("pacte: the sources have errors: nothing was exported", file=sys.stderr)
        return EXIT_INVALID
    published = site.published(args.drafts)
    out = Path(args.out)
    site_url = args.site_url or config.site_url
    for name, content in data_files(published, Urls(), site_url, config.site_name).items():
        target = out / Path(name).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        print(target)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.out is None:
        print(json.dumps(schemas(), ensure_ascii=False, indent=2))
        return EXIT_OK
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)
    for name, text in schema_files().items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
        print(out / name)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    root = Path(args.root)
    if not (root / "mkdocs.yml").is_file() and not (root / "members.yml").is_file():
        raise UsageError(
            f"{root.resolve()} is not a Pacte site (no mkdocs.yml nor members.yml): "
            "run pacte new at the root of the site"
        )
    site = load_here(root)
    try:
        made = new_version(site, root, args.kind, args.doc, args.version, args.from_version)
    except NewVersionUsage as exc:
        raise UsageError(str(exc)) from None
    except NewVersionRefused as exc:
        print(f"pacte: {exc}", file=sys.stderr)
        return EXIT_INVALID
    source = made.source
    if source is None:
        print(f"Wrote {made.path}: the first version of a new {args.kind}, as a draft.")
        print("Now, in that file:")
        print("  - title: the document's full title")
        print("  - parties: one '- member: <id>' line per organisation, ids from members.yml")
        print("  - the text: one '## Article N' heading per article")
        print("  - optional: effective, lang, commitments, themes, summary (hints in comments)")
    else:
        print(
            f"Wrote {made.path}: a draft copied from {source.path}, "
            f"with supersedes: {source.label}."
        )
        print(
            "Left out, since the new version has none yet: adopted, the parties' signed "
            "and signatory, signed_copy."
        )
        if not made.layout_kept:
            print("Note: the front matter was written out again, without its comments.")
        print("Now, in that file:")
        print("  - title, effective (from, until): update them for the new version")
        print("  - parties and commitments: check who commits to what in this version")
        print("  - the text: edit the articles")
        print(
            "Once adopted: status: in-force, adopted: YYYY-MM-DD, and mark "
            f"{source.label} superseded."
        )
    print("Then check everything with: pacte validate")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pacte",
        description="Check, compare and publish the charters and conventions of a network.",
    )
    parser.add_argument("--version", action="version", version=f"pacte {__version__}")
    parser.add_argument(
        "-C", dest="root", default=".", help="the site's root folder (default: this folder)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    validate = commands.add_parser(
        "validate",
        help="check every source of the site",
        description="Check members.yml and every version of every charter and convention.",
        epilog="Problem codes:\n" + "\n".join(f"  {c:27} {d}" for c, d in CODES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("--format", choices=("text", "json", "github"), default="text")
    validate.add_argument(
        "--strict", action="store_true", help="fail on warnings too (notices never fail)"
    )
    validate.set_defaults(run=cmd_validate)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the front matter and of members.yml",
        description="Print both JSON Schemas, or write them as files with --out.",
    )
    schema.add_argument(
        "--out",
        metavar="DIR",
        help="write DIR/front-matter.schema.json and DIR/members.schema.json instead",
    )
    schema.set_defaults(run=cmd_schema)

    new = commands.add_parser(
        "new",
        help="start a new version of a charter or convention, as a draft",
        description=(
            "Write <kind>s/DOC/VERSION.md as a draft. It copies the latest version of the "
            "document (or the one given with --from) and supersedes it, leaving out the "
            "adoption date, the signatures and the signed copy. For a new document it "
            "writes a skeleton to complete."
        ),
    )
    new.add_argument("kind", choices=("charter", "convention"), help="the kind of document")
    new.add_argument("doc", metavar="DOC", help="the document id, for example charte-reseau")
    new.add_argument("version", metavar="VERSION", help="the new version's label, e.g. 2026-2028")
    new.add_argument(
        "--from",
        dest="from_version",
        metavar="VERSION",
        help="the version to copy and supersede (default: the latest)",
    )
    new.set_defaults(run=cmd_new)

    export = commands.add_parser(
        "export",
        help="write the open data files of the site (documents.json, commitments.csv...)",
    )
    export.add_argument("--out", required=True, help="folder to write the files into")
    export.add_argument("--drafts", action="store_true", help="include draft versions")
    export.add_argument("--site-url", default=None, help="address of the site, for the feed")
    export.set_defaults(run=cmd_export)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except UsageError as exc:
        print(f"pacte: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
