"""The ``pacte`` command."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .diff import COMMENT_LIMIT, compare, compare_sites, render_comparison, render_site_changes
from .gitbase import GitError, load_site_at
from .guard import Refused, write_file
from .load import current_date, load_site
from .model import Document, Site, Version
from .newversion import NewVersionRefused, NewVersionUsage, new_version
from .problems import CODES, Severity, count, render, visible
from .schema import schema_files, schemas
from .siteconfig import read_site_config
from .vocabulary import KINDS, did_you_mean, nearest

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command was called with arguments that make no sense; exit 2."""


def today() -> dt.date:
    """Today, or the date in PACTE_TODAY; a wrong PACTE_TODAY is a usage error."""
    try:
        return current_date()
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def load_here(root: Path) -> Site:
    config = read_site_config(root)
    return load_site(root, config.language, today(), raw_html=config.raw_html)


def site_root(args: argparse.Namespace, needs: str = "members.yml") -> Path:
    """The site's root folder (-C), once it is known to be one; a usage error otherwise.

    NEEDS: what the command cannot do without, mkdocs.yml or (by default) either file.
    """
    root = Path(args.root)
    if not root.is_dir():
        raise UsageError(f"{root} is not a folder: give the root folder of the site with -C")
    found = [name for name in ("mkdocs.yml", "members.yml") if os.path.lexists(root / name)]
    if not found or (needs == "mkdocs.yml" and "mkdocs.yml" not in found):
        wanted = "no mkdocs.yml" if needs == "mkdocs.yml" else "no mkdocs.yml nor members.yml"
        raise UsageError(
            f"{root.resolve()} is not a Pacte site ({wanted}): run pacte {args.command} at "
            "the root of the site, or name it with -C"
        )
    return root


def write_out(out: Path, name: str, content: bytes) -> Path:
    """Write OUT/NAME, never through a link nor outside OUT; a usage error if it cannot be."""
    try:
        write_file(out, name, content)
    except Refused as refused:
        raise UsageError(f"{out / name} {refused.predicate}") from None
    return out / name


def cmd_validate(args: argparse.Namespace) -> int:
    root = site_root(args)
    site = load_here(root)
    problems = site.problems
    output = render(problems, args.format)
    if output:
        print(output)
    errors = count(problems, Severity.ERROR)
    warnings = count(problems, Severity.WARNING)
    notices = count(problems, Severity.NOTICE)
    if args.format == "text":
        files = 1 + sum(1 + len(v.translations) for v in site.versions())
        summary = (
            f"{files} files checked: {errors} error(s), {warnings} warning(s), {notices} notice(s)"
        )
        print(
            summary if errors or warnings or notices else f"{files} files checked: all valid",
            file=sys.stderr,
        )
    # the warnings of drafts never fail: drafts are not published (Site.blocking_warnings)
    if errors or (args.strict and site.blocking_warnings()):
        return EXIT_INVALID
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """The open data files as the build publishes them, with their schemas; drafts only
    with --drafts."""
    from .build import export_open_data, site_options
    from .schema import data_schema_files

    options = site_options(
        read_site_config(site_root(args)),
        include_drafts=args.drafts,
        site_url=args.site_url,
        today=today(),
    )
    site, files = export_open_data(options)
    if files is None:
        print(render(site.problems, "text"), file=sys.stderr)
        print("pacte: the sources have errors: nothing was exported", file=sys.stderr)
        return EXIT_INVALID
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder")
    written = {Path(name).name: content for name, content in files.items()}
    written.update({f"schema/{name}": content for name, content in data_schema_files().items()})
    for name, content in written.items():
        print(write_out(out, name, content))
    return EXIT_OK


def cmd_at(args: argparse.Namespace) -> int:
    from .at import as_json, as_text, situation_on

    try:
        day = dt.date.fromisoformat(args.date)
    except ValueError:
        raise UsageError(
            f"{args.date!r} is not a date: write it YYYY-MM-DD, for example 2024-03-01"
        ) from None
    root = site_root(args)
    config = read_site_config(root)
    site = load_site(root, config.language, today(), raw_html=config.raw_html)
    if not site.valid:
        print(render(site.problems, "text"), file=sys.stderr)
        print("pacte: the sources have errors: fix them first (pacte validate)", file=sys.stderr)
        return EXIT_INVALID
    if args.member is not None and args.member not in site.organisations:
        hint = did_you_mean(args.member, site.organisations)
        raise UsageError(f"no organisation {args.member!r} in members.yml{hint}")
    situation = situation_on(site.published(False), day, args.member)
    if args.format == "json":
        print(as_json(situation, site))
    else:
        print(as_text(situation, config.language), end="")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from .generate import GenerateRefused, generate

    root = site_root(args, needs="mkdocs.yml")
    try:
        result = generate(
            root,
            Path(args.out),
            include_drafts=True if args.drafts else None,
            site_url=args.site_url,
            today=today(),
        )
    except GenerateRefused as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:  # the output folder cannot be looked at or written
        raise UsageError(f"{args.out}: {exc.strerror or exc}") from None
    shown = render(result.problems, "text")
    if shown:
        print(shown, file=sys.stderr)
    if not result.written:
        print("pacte: the sources have errors: nothing was generated", file=sys.stderr)
        return EXIT_INVALID
    for skipped in result.skipped:
        print(f"pacte: {skipped}", file=sys.stderr)
    config = result.out / "mkdocs.yml"
    print(
        f"{result.pages} pages and {result.files} other files written in {result.out}; "
        f"build them with `mkdocs build -f {config}` (or properdocs, or zensical)"
    )
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.out is None:
        print(json.dumps(schemas(), ensure_ascii=False, indent=2))
        return EXIT_OK
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder")
    for name, text in schema_files().items():
        print(write_out(out, name, text.encode("utf-8")))
    return EXIT_OK


def find_document(site: Site, ref: str) -> Document:
    """A document by id, or by kind folder and id (charters/ID) when both kinds use the id."""
    folder, _slash, doc_id = ref.rpartition("/")
    kind = KINDS.get(folder.strip("/")) if folder else None
    if folder and kind is None:
        raise UsageError(f"{ref!r}: write the document as ID, charters/ID or conventions/ID")
    found = [d for (k, i), d in site.documents.items() if i == doc_id and kind in (None, k)]
    if len(found) > 1:
        raise UsageError(
            f"{doc_id!r} is both a charter and a convention: "
            f"write charters/{doc_id} or conventions/{doc_id}"
        )
    if not found:
        close = nearest(doc_id, [i for _k, i in site.documents])
        known = ", ".join(sorted(f"{k}s/{i}" for k, i in site.documents)) or "none"
        raise UsageError(
            f"there is no document {ref!r}"
            + (f" (did you mean {close!r}?)" if close else "")
            + f"; the documents are: {known}"
        )
    return found[0]


def find_version(document: Document, label: str) -> Version:
    version = document.version(label)
    if version is None:
        labels = [v.label for v in document.versions]
        close = next((v for v in labels if v.startswith(label)), None) or nearest(label, labels)
        raise UsageError(
            f"{document.folder}/ has no version {label!r}"
            + (f" (did you mean {close!r}?)" if close else "")
            + f"; its versions are: {', '.join(labels)}"
        )
    return version


def cmd_diff(args: argparse.Namespace) -> int:
    root = site_root(args)
    language = args.language or read_site_config(root).language
    if args.max_chars < 0:
        raise UsageError(
            f"--max-chars {args.max_chars}: give a number of characters, or 0 for no limit"
        )
    if args.base is not None:
        if args.versions:
            raise UsageError("give either DOC FROM TO or --base GIT-REV, not both")
        try:
            old_site, notes = load_site_at(root, args.base, language, today())
        except GitError as exc:
            raise UsageError(str(exc)) from None
        changes = compare_sites(old_site, load_here(root), args.base, notes)
        limit = args.max_chars or None
        print(render_site_changes(changes, args.format or "markdown", language, limit), end="")
        return EXIT_OK
    if len(args.versions) not in (2, 3):
        raise UsageError(
            "compare two versions with: pacte diff DOC FROM TO "
            "(or pacte diff DOC VERSION, against the version it supersedes), "
            "or the sources with a git revision: pacte diff --base GIT-REV"
        )
    site = load_here(root)
    document = find_document(site, args.versions[0])
    labels = args.versions[1:]
    if len(labels) == 1:
        new = find_version(document, labels[0])
        if new.unreadable:
            return unreadable(site, [new])
        if new.supersedes is None:
            raise UsageError(
                f"version {new.label} of {document.folder} supersedes no other version: "
                "name the one to compare it with, pacte diff DOC FROM TO"
            )
        old = find_version(document, new.supersedes)
    else:
        old, new = find_version(document, labels[0]), find_version(document, labels[1])
    if old.unreadable or new.unreadable:
        return unreadable(site, [v for v in (old, new) if v.unreadable])
    comparison = compare(old, new, site.organisations)
    print(render_comparison(comparison, args.format or "text", language), end="")
    return EXIT_OK


def unreadable(site: Site, versions: Sequence[Version]) -> int:
    """A version that cannot be read is not compared: what it says is unknown (exit 1)."""
    paths = {v.path for v in versions}
    errors = [p for p in site.problems if p.path in paths and p.severity is Severity.ERROR]
    if errors:
        print(render(errors, "text"), file=sys.stderr)
    for version in versions:
        print(
            f"pacte: {version.path} is invalid: its front matter cannot be read, so it cannot "
            "be compared; fix it first (pacte validate shows how)",
            file=sys.stderr,
        )
    return EXIT_INVALID


def cmd_new(args: argparse.Namespace) -> int:
    root = site_root(args)
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
        for note in made.notes:
            print(note)
        for path in made.translations:
            print(f"Wrote {path}: a translation, copied as it is, to review (its first line).")
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


def cmd_init(args: argparse.Namespace) -> int:
    from .init import InitNotEmpty, InitRefused, InitUsage, init_site

    target = Path(args.root) / args.dir
    try:
        result = init_site(target, args.lang, force=args.force)
    except InitUsage as exc:
        raise UsageError(str(exc)) from None
    except (InitNotEmpty, InitRefused) as exc:
        print(f"pacte: {exc}", file=sys.stderr)
        return EXIT_INVALID
    for rel in result.written:
        print(target / rel)
    for rel in result.kept:
        print(f"kept as it was: {target / rel}")
    print(
        f"A new site ({result.language}) in {target}: {len(result.written)} files written"
        + (f", {len(result.kept)} kept" if result.kept else "")
        + f"; its workflows install pacte=={result.version}."
    )
    if "+" in result.version or "dev" in result.version:
        print(
            f"Note: {result.version} is not a release: in .github/workflows/, install a "
            "released version or a git reference of Pacte (see the comment there)."
        )
    print("Next steps:")
    print(f"  cd {target}")
    print("  pacte validate")
    print("  mkdocs serve     # then open http://127.0.0.1:8000")
    print(f"Replace the examples with your own: {', '.join(result.examples)}.")
    print(
        "To publish: push to GitHub, then in Settings > Pages choose GitHub Actions as "
        "the source (README.md says more)."
    )
    return EXIT_OK


def cmd_import_pdf(args: argparse.Namespace) -> int:
    from .importpdf import ImportUsage, import_files  # pypdf is loaded only when needed

    try:
        return import_files(
            site_root(args), [Path(f) for f in args.files], args.kind, args.doc, args.versions
        )
    except ImportUsage as exc:
        raise UsageError(str(exc)) from None


def cmd_pin(args: argparse.Namespace) -> int:
    from .importpdf import pin_line  # pypdf and pyHanko are loaded only when needed
    from .pdf import inspect_signed_copy

    failed = False
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            what = "no such file" if not path.exists() else "not a regular file"
            print(f"pacte: {name}: {what}", file=sys.stderr)
            failed = True
            continue
        info, troubles = inspect_signed_copy(path)
        if info is None:
            for trouble in troubles:
                print(f"pacte: {trouble}", file=sys.stderr)
            failed = True
            continue
        if len(args.files) > 1:
            print(f"# {path.as_posix()}")
        print(pin_line(path.name, info.sha256))
        for signature in info.signatures:
            state = (
                "cannot be read" if not signature.readable
                else "is broken: the file was altered after it" if not signature.intact
                else "is intact, but the file was changed after it" if signature.modified_after
                else "is intact"
            )  # fmt: skip
            print(f"pacte: {path.name}: signature {signature.field!r} {state}", file=sys.stderr)
    return EXIT_INVALID if failed else EXIT_OK


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
        "--strict",
        action="store_true",
        help="fail on warnings too, but those of drafts (notices never fail)",
    )
    validate.set_defaults(run=cmd_validate)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schemas of the front matter, of members.yml and of translations",
        description="Print the JSON Schemas, or write them as files with --out.",
    )
    schema.add_argument(
        "--out",
        metavar="DIR",
        help="write DIR/front-matter.schema.json, DIR/members.schema.json and "
        "DIR/translation.schema.json instead",
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

    diff = commands.add_parser(
        "diff",
        help="show what changed between two versions, or what the sources change against git",
        description=(
            "pacte diff DOC FROM TO compares two versions of a document (DOC is its id, or "
            "charters/ID, conventions/ID); pacte diff DOC VERSION compares a version with the "
            "one it supersedes. pacte diff --base GIT-REV reports what the working tree "
            "changes against a git revision: documents, versions and organisations, with "
            "their diffs (Markdown by default, for a pull request)."
        ),
    )
    diff.add_argument("versions", nargs="*", metavar="DOC FROM TO", help="document and versions")
    diff.add_argument("--base", metavar="GIT-REV", help="compare the sources with a git revision")
    diff.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default=None,
        help="text (default), markdown (default with --base) or json",
    )
    diff.add_argument(
        "--language", default=None, help="language of the labels (default: the site's)"
    )
    diff.add_argument(
        "--max-chars",
        type=int,
        default=COMMENT_LIMIT,
        metavar="N",
        help=f"with --base --format markdown: past N characters leave out the text of the "
        f"articles, then cut (default {COMMENT_LIMIT}, for a pull-request comment; 0: no limit)",
    )
    diff.set_defaults(run=cmd_diff)

    export = commands.add_parser(
        "export",
        help="write the open data files of the site (documents.json, commitments.csv...)",
        description=(
            "Write the open data files as the site publishes them (DIR/documents.json, "
            "members.json, commitments.json, commitments.csv, feed.xml), with their JSON "
            "Schemas in DIR/schema/. Addresses and language come from mkdocs.yml."
        ),
    )
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    export.add_argument("--drafts", action="store_true", help="include draft versions")
    export.add_argument(
        "--site-url", default=None, help="address of the site, for the feed (default: site_url)"
    )
    export.set_defaults(run=cmd_export)

    at = commands.add_parser(
        "at",
        help="what was in force on a day, and what bound each organisation",
        description=(
            "The versions in force on DATE and, for each organisation (or the one given), "
            "the versions and commitments that bound it that day: from a version's start, "
            "or the day it signed, to the version's end, or the day it withdrew."
        ),
    )
    at.add_argument("date", metavar="DATE", help="the day, YYYY-MM-DD")
    at.add_argument("--member", default=None, metavar="ID", help="one organisation only")
    at.add_argument("--format", choices=("text", "json"), default="text")
    at.set_defaults(run=cmd_at)

    generator = commands.add_parser(
        "generate",
        help="write the whole site as files any engine builds (mkdocs, properdocs, zensical)",
        description=(
            "Write OUT/mkdocs.yml (the site's configuration without the pacte plugin) and "
            "OUT/docs/ (the hand-written pages, every generated page, the assets and the "
            "open data), so that `mkdocs build`, `properdocs build` or `zensical build` "
            "with -f OUT/mkdocs.yml builds the whole site. OUT is replaced as a whole."
        ),
    )
    generator.add_argument("--out", required=True, metavar="DIR", help="the folder to write")
    generator.add_argument("--drafts", action="store_true", help="include draft versions")
    generator.add_argument("--site-url", default=None, help="address of the site, for the feed")
    generator.set_defaults(run=cmd_generate)

    importer = commands.add_parser(
        "import-pdf",
        help="make a draft version from the text of a signed PDF",
        description=(
            "Read the text of each PDF and write a draft version file with its title, dates, "
            "parties and articles filled in as far as they can be recognised; the PDF is kept "
            "beside it as its signed copy. What could not be recognised is listed."
        ),
        epilog=(
            "With --doc, the files are versions of that document, oldest first: each "
            "supersedes the one before. Without --doc, each file becomes its own document, "
            "named after the file."
        ),
    )
    importer.add_argument("files", nargs="+", metavar="FILE.pdf", help="the PDF file(s)")
    importer.add_argument(
        "--kind", required=True, choices=tuple(KINDS.values()), help="the kind of document"
    )
    importer.add_argument("--doc", default=None, help="the document id, e.g. convention-caf")
    importer.add_argument(
        "--version",
        dest="versions",
        action="append",
        default=[],
        metavar="V",
        help="the version label, once per file (default: from the title or the dates)",
    )
    importer.set_defaults(run=cmd_import_pdf)

    init = commands.add_parser(
        "init",
        help="write a new site, with examples, in an empty folder",
        description=(
            "Write a new site in DIR: mkdocs.yml, members.yml, one example charter and "
            "convention to replace, the hand-written pages, the GitHub workflows that check "
            "pull requests and publish to GitHub Pages, the JSON Schemas and the editor's "
            "settings, in the language given. DIR must be empty or new, unless --force."
        ),
    )
    init.add_argument("dir", metavar="DIR", help="the folder of the new site")
    init.add_argument(
        "--lang",
        choices=("fr", "it", "de", "en"),
        default="fr",
        help="the language of the site and of its examples (default: fr)",
    )
    init.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that is not empty: only the missing files, existing ones "
        "are kept as they are",
    )
    init.set_defaults(run=cmd_init)

    pin = commands.add_parser(
        "pin",
        help="print the 'signed_copy' line that pins a signed PDF by its SHA-256",
        description=(
            "Check that each PDF opens and print the front matter line that names it as "
            "the signed copy and pins its content, for example\n"
            "  signed_copy: {path: 2025.pdf, sha256: 2c4a…}\n"
            "to paste in place of the version's 'signed_copy' line (the PDF stays beside "
            "the version file). pacte validate then reports [signed-copy-changed] if the "
            "file is ever replaced. What its PDF signatures say (intact or not) is "
            "printed on the error output; nothing is written."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pin.add_argument("files", nargs="+", metavar="FILE.pdf", help="the signed PDF(s)")
    pin.set_defaults(run=cmd_pin)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


class VisibleStream(io.TextIOBase):
    """A text stream that shows every control character written to it as an escape
    (`problems.visible`): nothing from a source (a title, a file name, a PDF's text)
    can move the cursor, recolour or clear a terminal or a CI log. JSON stays valid JSON."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(out), VisibleStream(err)
    try:
        return _main(argv)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (BrokenPipeError, ValueError):
            pass
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
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
