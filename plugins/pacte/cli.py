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
from typing import Any, TextIO

from . import __version__
from .diff import COMMENT_LIMIT, compare, compare_sites, render_comparison, render_site_changes
from .diff.render_common import Format
from .gitbase import GitError, load_site_at
from .guard import Refused, write_file
from .load import current_date, load_site
from .messages import ENVIRONMENT, LANGUAGES, Message, command_language, localize, message_of, say
from .model import Document, Signature, Site, Version
from .newversion import NewVersionRefused, NewVersionUsage, new_version
from .problems import CODES, Problem, Severity, count, render, visible
from .schema import schema_files, schemas
from .siteconfig import SiteConfig, read_site_config
from .vocabulary import KINDS, did_you_mean, nearest

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command was called with arguments that make no sense; exit 2.

    Its message is said in the command's language (a `Message`), or as it is."""


def speaks(args: argparse.Namespace) -> str:
    """The language the command speaks (decided once, by `spoken_language`)."""
    language: str = getattr(args, "speaks", None) or command_language(None, None)
    return language


# what a person may answer to say yes, in the languages the command speaks
YES = frozenset({"y", "yes", "o", "oui", "s", "si", "sì", "j", "ja"})


def ask(args: argparse.Namespace) -> Callable[[str], bool]:
    """A question put to the person at the terminal, in the command's language."""

    def question(text: str) -> bool:
        try:
            return input(localize(text, speaks(args))).strip().casefold() in YES
        except EOFError:
            return False

    return question


def tell(args: argparse.Namespace, text: str, *, error: bool = False, end: str = "\n") -> None:
    """Print TEXT in the command's language: on the error output if ERROR."""
    print(localize(text, speaks(args)), file=sys.stderr if error else sys.stdout, end=end)


def show_problems(
    args: argparse.Namespace,
    problems: Sequence[Problem],
    config: SiteConfig,
    fmt: str = "text",
    *,
    error: bool = True,
    site_url: str | None = None,
) -> None:
    """The problems in FMT, in the command's language, each with where the site explains
    its code (from SITE_URL, else the site's site_url); nothing if there are none."""
    shown = render(problems, fmt, speaks(args), site_url or config.site_url)
    if shown:
        print(shown, file=sys.stderr if error else sys.stdout)


def today() -> dt.date:
    """Today, or the date in PACTE_TODAY; a wrong PACTE_TODAY is a usage error."""
    try:
        return current_date()
    except ValueError as exc:
        raise UsageError(message_of(exc)) from None


def load_here(root: Path, config: SiteConfig | None = None) -> Site:
    config = config or read_site_config(root)
    return load_site(root, config.language, today(), raw_html=config.raw_html)


def site_root(args: argparse.Namespace, needs: str = "members.yml") -> Path:
    """The site's root folder (-C), once it is known to be one; a usage error otherwise.

    NEEDS: what the command cannot do without, mkdocs.yml or (by default) either file.
    """
    root = Path(args.root)
    if not root.is_dir():
        raise UsageError(
            say("{root} is not a folder: give the root folder of the site with -C", root=root)
        )
    found = [name for name in ("mkdocs.yml", "members.yml") if os.path.lexists(root / name)]
    if not found or (needs == "mkdocs.yml" and "mkdocs.yml" not in found):
        wanted = (
            say("no mkdocs.yml") if needs == "mkdocs.yml" else say("no mkdocs.yml nor members.yml")
        )
        raise UsageError(
            say(
                "{root} is not a Pacte site ({wanted}): run pacte {command} at the root of "
                "the site, or name it with -C",
                root=root.resolve(),
                wanted=wanted,
                command=args.command,
            )
        )
    return root


def write_out(out: Path, name: str, content: bytes) -> Path:
    """Write OUT/NAME, never through a link nor outside OUT; a usage error if it cannot be."""
    try:
        write_file(out, name, content)
    except Refused as refused:
        raise UsageError(f"{out / name} " + refused.predicate) from None
    return out / name


def cmd_validate(args: argparse.Namespace) -> int:
    root = site_root(args)
    config = read_site_config(root)
    site = load_here(root, config)
    problems = site.problems
    show_problems(args, problems, config, args.format, error=False)
    errors = count(problems, Severity.ERROR)
    warnings = count(problems, Severity.WARNING)
    notices = count(problems, Severity.NOTICE)
    if args.format == "text":
        files = 1 + sum(1 + len(v.translations) for v in site.versions())
        if errors or warnings or notices:
            summary = say(
                "{files} files checked: {errors} error(s), {warnings} warning(s), "
                "{notices} notice(s)",
                files=files,
                errors=errors,
                warnings=warnings,
                notices=notices,
            )
        else:
            summary = say("{files} files checked: all valid", files=files)
        tell(args, summary, error=True)
    # the warnings of drafts never fail: drafts are not published (Site.blocking_warnings)
    if errors or (args.strict and site.blocking_warnings()):
        return EXIT_INVALID
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """The open data files as the build publishes them, with their schemas; drafts only
    with --drafts."""
    from .build import export_open_data, site_options
    from .schema import data_schema_files

    config = read_site_config(site_root(args))
    options = site_options(
        config,
        include_drafts=args.drafts,
        site_url=args.site_url,
        today=today(),
    )
    site, files = export_open_data(options)
    if files is None:
        show_problems(args, site.problems, config, site_url=args.site_url)
        tell(args, "pacte: " + say("the sources have errors: nothing was exported"), error=True)
        return EXIT_INVALID
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(say("{out} is a file, not a folder", out=out))
    written = {Path(name).name: content for name, content in files.items()}
    written.update({f"schema/{name}": content for name, content in data_schema_files().items()})
    for name, content in written.items():
        print(write_out(out, name, content))
    return EXIT_OK


def cmd_at(args: argparse.Namespace) -> int:
    from .at import as_json, as_text, situation_on
    from .values import written_date

    try:
        day = written_date(args.date)
    except ValueError:
        raise UsageError(
            say(
                "{date!r} is not a date: write it YYYY-MM-DD, for example 2024-03-01",
                date=args.date,
            )
        ) from None
    root = site_root(args)
    config = read_site_config(root)
    site = load_here(root, config)
    if not site.valid:
        show_problems(args, site.problems, config)
        tell(
            args,
            "pacte: " + say("the sources have errors: fix them first (pacte validate)"),
            error=True,
        )
        return EXIT_INVALID
    if args.member is not None and args.member not in site.organisations:
        hint = did_you_mean(args.member, site.organisations)
        raise UsageError(
            say("no organisation {member!r} in members.yml", member=args.member) + hint
        )
    situation = situation_on(site.published(False), day, args.member)
    if args.format == "json":
        print(as_json(situation, site))
    else:
        print(as_text(situation, speaks(args)), end="")
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
        raise UsageError(message_of(exc)) from None
    except OSError as exc:  # the output folder cannot be looked at or written
        raise UsageError(f"{args.out}: {exc.strerror or exc}") from None
    show_problems(args, result.problems, read_site_config(root), site_url=args.site_url)
    if not result.written:
        tell(args, "pacte: " + say("the sources have errors: nothing was generated"), error=True)
        return EXIT_INVALID
    for skipped in result.skipped:
        tell(args, "pacte: " + skipped, error=True)
    tell(
        args,
        say(
            "{pages} pages and {files} other files written in {out}; build them with "
            "`mkdocs build -f {config}` (or properdocs, or zensical)",
            pages=result.pages,
            files=result.files,
            out=result.out,
            config=result.out / "mkdocs.yml",
        ),
    )
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    if args.out is None:
        print(json.dumps(schemas(), ensure_ascii=False, indent=2))
        return EXIT_OK
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(say("{out} is a file, not a folder", out=out))
    for name, text in schema_files().items():
        print(write_out(out, name, text.encode("utf-8")))
    return EXIT_OK


def find_document(site: Site, ref: str) -> Document:
    """A document by id, or by kind folder and id (charters/ID) when both kinds use the id."""
    folder, _slash, doc_id = ref.rpartition("/")
    kind = KINDS.get(folder.strip("/")) if folder else None
    if folder and kind is None:
        raise UsageError(
            say("{ref!r}: write the document as ID, charters/ID or conventions/ID", ref=ref)
        )
    found = [d for (k, i), d in site.documents.items() if i == doc_id and kind in (None, k)]
    if len(found) > 1:
        raise UsageError(
            say(
                "{id!r} is both a charter and a convention: write charters/{id} or "
                "conventions/{id}",
                id=doc_id,
            )
        )
    if not found:
        if not site.documents:
            raise UsageError(say("there is no document {ref!r}; the documents are: none", ref=ref))
        close = nearest(doc_id, [i for _k, i in site.documents])
        known = ", ".join(sorted(f"{k}s/{i}" for k, i in site.documents))
        if close:
            raise UsageError(
                say(
                    "there is no document {ref!r} (did you mean {close!r}?); "
                    "the documents are: {known}",
                    ref=ref,
                    close=close,
                    known=known,
                )
            )
        raise UsageError(
            say("there is no document {ref!r}; the documents are: {known}", ref=ref, known=known)
        )
    return found[0]


def find_version(document: Document, label: str) -> Version:
    version = document.version(label)
    if version is None:
        labels = [v.label for v in document.versions]
        close = next((v for v in labels if v.startswith(label)), None) or nearest(label, labels)
        if close:
            raise UsageError(
                say(
                    "{folder}/ has no version {label!r} (did you mean {close!r}?); "
                    "its versions are: {labels}",
                    folder=document.folder,
                    label=label,
                    close=close,
                    labels=", ".join(labels),
                )
            )
        raise UsageError(
            say(
                "{folder}/ has no version {label!r}; its versions are: {labels}",
                folder=document.folder,
                label=label,
                labels=", ".join(labels),
            )
        )
    return version


def cmd_diff(args: argparse.Namespace) -> int:
    root = site_root(args)
    config = read_site_config(root)
    language = speaks(args)  # of the labels, as of every message
    if args.max_chars < 0:
        raise UsageError(
            say(
                "--max-chars {number}: give a number of characters, or 0 for no limit",
                number=args.max_chars,
            )
        )
    if args.base is not None:
        if args.versions:
            raise UsageError(say("give either DOC FROM TO or --base GIT-REV, not both"))
        try:
            old_site, notes = load_site_at(root, args.base, config.language, today())
        except GitError as exc:
            raise UsageError(message_of(exc)) from None
        fmt: Format = args.format or "markdown"
        if fmt != "json":  # JSON says them in English, as every key and value it has
            notes = [localize(note, language) for note in notes]
        changes = compare_sites(old_site, load_here(root, config), args.base, notes)
        limit = args.max_chars or None
        print(render_site_changes(changes, fmt, language, limit), end="")
        return EXIT_OK
    if len(args.versions) not in (2, 3):
        raise UsageError(
            say(
                "compare two versions with: pacte diff DOC FROM TO "
                "(or pacte diff DOC VERSION, against the version it supersedes), "
                "or the sources with a git revision: pacte diff --base GIT-REV"
            )
        )
    site = load_here(root, config)
    document = find_document(site, args.versions[0])
    labels = args.versions[1:]
    if len(labels) == 1:
        new = find_version(document, labels[0])
        if new.unreadable:
            return unreadable(args, site, config, [new])
        if new.supersedes is None:
            raise UsageError(
                say(
                    "version {label} of {folder} supersedes no other version: "
                    "name the one to compare it with, pacte diff DOC FROM TO",
                    label=new.label,
                    folder=document.folder,
                )
            )
        old = find_version(document, new.supersedes)
    else:
        old, new = find_version(document, labels[0]), find_version(document, labels[1])
    if old.unreadable or new.unreadable:
        return unreadable(args, site, config, [v for v in (old, new) if v.unreadable])
    comparison = compare(old, new, site.organisations)
    print(render_comparison(comparison, args.format or "text", language), end="")
    return EXIT_OK


def unreadable(
    args: argparse.Namespace, site: Site, config: SiteConfig, versions: Sequence[Version]
) -> int:
    """A version that cannot be read is not compared: what it says is unknown (exit 1)."""
    paths = {v.path for v in versions}
    errors = [p for p in site.problems if p.path in paths and p.severity is Severity.ERROR]
    show_problems(args, errors, config)
    for version in versions:
        tell(
            args,
            "pacte: "
            + say(
                "{path} is invalid: its front matter cannot be read, so it cannot be "
                "compared; fix it first (pacte validate shows how)",
                path=version.path,
            ),
            error=True,
        )
    return EXIT_INVALID


def cmd_new(args: argparse.Namespace) -> int:
    root = site_root(args)
    site = load_here(root)
    try:
        made = new_version(
            site,
            root,
            args.kind,
            args.doc,
            args.version,
            args.from_version,
            new_document=args.new_document,
            confirm=ask(args) if sys.stdin.isatty() else None,
        )
    except NewVersionUsage as exc:
        raise UsageError(message_of(exc)) from None
    except NewVersionRefused as exc:
        tell(args, "pacte: " + message_of(exc), error=True)
        return EXIT_INVALID
    source = made.source
    lines: list[str]
    if source is None:
        lines = [
            say("Wrote {path}: the first version of a new charter, as a draft.", path=made.path)
            if args.kind == "charter"
            else say(
                "Wrote {path}: the first version of a new convention, as a draft.",
                path=made.path,
            ),
            say("Now, in that file:"),
            say("  - title: the document's full title"),
            say("  - parties: one '- member: <id>' line per organisation, ids from members.yml"),
            say("  - the text: one '## Article N' heading per article"),
            say("  - optional: effective, lang, commitments, themes, summary (hints in comments)"),
        ]
    else:
        lines = [
            say(
                "Wrote {path}: a draft copied from {source}, with supersedes: {label}.",
                path=made.path,
                source=source.path,
                label=source.label,
            ),
            say(
                "Left out, since the new version has none yet: adopted, the parties' signed "
                "and signatory, signed_copy."
            ),
            *(
                [
                    say(
                        "Commitments start again as planned; their due dates and the summary "
                        "are marked '# pacte-review:' (pacte validate lists them until you "
                        "remove the comments)."
                    )
                ]
                if made.marked
                else []
            ),
            *made.notes,
            *(
                say(
                    "Wrote {path}: a translation, copied as it is, to review (its first line).",
                    path=path,
                )
                for path in made.translations
            ),
        ]
        if not made.layout_kept:
            lines.append(say("Note: the front matter was written out again, without its comments."))
        lines += [
            say("Now, in that file:"),
            say("  - title, effective (from, until): update them for the new version"),
            say("  - parties and commitments: check who commits to what in this version"),
            say("  - the text: edit the articles"),
            say(
                "Once adopted: status: in-force, adopted: YYYY-MM-DD, and mark {label} superseded.",
                label=source.label,
            ),
        ]
    lines.append(say("Then check everything with: pacte validate"))
    for line in lines:
        tell(args, line)
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from .init import InitNotEmpty, InitRefused, InitUsage, init_site

    target = Path(args.root) / args.dir
    try:
        result = init_site(target, args.lang, force=args.force)
    except InitUsage as exc:
        raise UsageError(message_of(exc)) from None
    except (InitNotEmpty, InitRefused) as exc:
        tell(args, "pacte: " + message_of(exc), error=True)
        return EXIT_INVALID
    for rel in result.written:
        print(target / rel)
    for rel in result.kept:
        tell(args, say("kept as it was: {path}", path=target / rel))
    facts = {
        "language": result.language,
        "target": target,
        "written": len(result.written),
        "version": result.version,
    }
    if result.kept:
        tell(
            args,
            say(
                "A new site ({language}) in {target}: {written} files written, {kept} kept; "
                "its workflows install pacte=={version}.",
                kept=len(result.kept),
                **facts,
            ),
        )
    else:
        tell(
            args,
            say(
                "A new site ({language}) in {target}: {written} files written; its workflows "
                "install pacte=={version}.",
                **facts,
            ),
        )
    if "+" in result.version or "dev" in result.version:
        tell(
            args,
            say(
                "Note: {version} is not a release: in .github/workflows/, install a released "
                "version or a git reference of Pacte (see the comment there).",
                version=result.version,
            ),
        )
    tell(args, say("Next steps:"))
    print(f"  cd {target}")
    print("  pacte validate")
    tell(args, "  mkdocs serve     # " + say("then open {address}", address=LOCAL_SITE))
    tell(
        args,
        say(
            "Replace the examples with your own: {examples}.",
            examples=", ".join(result.examples),
        ),
    )
    tell(
        args,
        say(
            "To publish: push to GitHub, then in Settings > Pages choose GitHub Actions as "
            "the source (README.md says more)."
        ),
    )
    return EXIT_OK


def cmd_import_pdf(args: argparse.Namespace) -> int:
    from .importpdf import Done, ImportUsage, import_files  # pypdf is loaded only when needed

    code = EXIT_INVALID
    try:
        found = import_files(
            site_root(args), [Path(f) for f in args.files], args.kind, args.doc, args.versions
        )
        for item in found:  # printed as each file is read: a batch takes a while
            if isinstance(item, Done):
                code = EXIT_OK if item.complete else EXIT_INVALID
            else:
                tell(args, item.text, error=item.error)
                (sys.stderr if item.error else sys.stdout).flush()
    except ImportUsage as exc:
        raise UsageError(message_of(exc)) from None
    return code


def cmd_pin(args: argparse.Namespace) -> int:
    from .importpdf import pin_line  # pypdf and pyHanko are loaded only when needed
    from .pdf import inspect_signed_copy

    failed = False
    for name in args.files:
        path = Path(name)
        if not path.is_file():
            what = say("no such file") if not path.exists() else say("not a regular file")
            tell(args, f"pacte: {name}: " + what, error=True)
            failed = True
            continue
        info, troubles = inspect_signed_copy(path)
        if info is None:
            for trouble in troubles:
                tell(args, "pacte: " + trouble, error=True)
            failed = True
            continue
        if len(args.files) > 1:
            print(f"# {path.as_posix()}")
        print(pin_line(path.name, info.sha256))
        for signature in info.signatures:
            tell(args, "pacte: " + signature_state(path.name, signature), error=True)
    return EXIT_INVALID if failed else EXIT_OK


def signature_state(name: str, signature: Signature) -> Message:
    """What `pacte pin` says of a signature of the PDF NAME."""
    facts = {"file": name, "field": signature.field}
    if not signature.readable:
        return say("{file}: signature {field!r} cannot be read", **facts)
    if not signature.intact:
        return say("{file}: signature {field!r} is broken: the file was altered after it", **facts)
    if signature.modified_after:
        return say(
            "{file}: signature {field!r} is intact, but the file was changed after it", **facts
        )
    return say("{file}: signature {field!r} is intact", **facts)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pacte",
        description="Check, compare and publish the charters and conventions of a network.",
    )
    parser.add_argument("--version", action="version", version=f"pacte {__version__}")
    parser.add_argument(
        "-C", dest="root", default=".", help="the site's root folder (default: this folder)"
    )
    # every command but init, whose --lang is the language of the site it writes
    speaking = argparse.ArgumentParser(add_help=False)
    speaking.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=f"the language the command speaks (default: the {ENVIRONMENT} environment "
        "variable, else the site's theme.language, else en)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, **options: Any) -> argparse.ArgumentParser:
        return subparsers.add_parser(name, parents=[speaking], **options)

    validate = command(
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

    schema = command(
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

    new = command(
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
    new.add_argument(
        "--new-document",
        action="store_true",
        help="start a new document even if its id is close to an existing one's",
    )
    new.set_defaults(run=cmd_new)

    diff = command(
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
        "--language", dest="lang", default=None, help="the same as --lang (its former name)"
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

    export = command(
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

    at = command(
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

    generator = command(
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

    importer = command(
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

    init = subparsers.add_parser(
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

    pin = command(
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
LOCAL_SITE = "http://127.0.0.1:8000"  # where `mkdocs serve` shows the site


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


def spoken_language(args: argparse.Namespace) -> str:
    """The language of the command: --lang, else PACTE_LANG, else the site's theme.language
    (none before a site is found). pacte init speaks PACTE_LANG, else the language of the
    site it writes (its own --lang)."""
    if args.command == "init":
        return command_language(None, args.lang)
    root = Path(args.root)
    site = None
    if root.is_dir() and os.path.lexists(root / "mkdocs.yml"):
        site = read_site_config(root).language
    return command_language(args.lang, site)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.speaks = spoken_language(args)
        code: int = args.run(args)
    except UsageError as exc:
        tell(args, "pacte: error: " + message_of(exc), error=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
