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
from .problems import CODES, Severity, count, render
from .schema import schemas
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
            f"{files} files checked: {errors} error(s), {warnings} warning(s), "
            f"{notices} notice(s)"
        )
        print(summary if errors or warnings or notices else f"{files} files checked: all valid",
              file=sys.stderr)
    if errors or (args.strict and warnings):
        return EXIT_INVALID
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(schemas(), ensure_ascii=False, indent=2))
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
        "schema", help="print the JSON Schema of the front matter and of members.yml"
    )
    schema.set_defaults(run=cmd_schema)
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
