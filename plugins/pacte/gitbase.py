"""The sources of the site as they were at a git revision, for `pacte diff --base`.

Only the sources are read (members.yml, charters/, conventions/), blob
by blob with ``git ls-tree`` and ``git cat-file --batch``, into a temporary folder
that the ordinary loader then reads: a broken tree at that revision gives problems,
never a crash. Nothing in the working tree or the repository is changed.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from .guard import MAX_SIGNED_COPY_BYTES, MAX_SOURCE_BYTES
from .load import MEMBERS_FILE, load_site
from .messages import say
from .model import Site
from .vocabulary import KINDS

SOURCES = (MEMBERS_FILE, *KINDS)  # what load_site reads
_BLOB_MODES = ("100644", "100755")


class GitError(Exception):
    """The revision cannot be read: not a repository, unknown revision, git missing.

    Its message is a `messages.Message`, or what git said (in git's own language)."""


def _no_git() -> GitError:
    return GitError(say("git is not installed, or not on the PATH"))


def _git(args: list[str], cwd: Path, data: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=data, capture_output=True, check=False)
    except FileNotFoundError:
        raise _no_git() from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else say("git {command} failed", command=args[0]))
    return done.stdout


def resolve(root: Path, revision: str) -> str:
    """The commit id that a revision (a branch, a tag, HEAD~1, an id) names."""
    if not revision or revision.startswith("-"):
        raise GitError(say("{revision!r} is not a git revision", revision=revision))
    try:
        _git(["rev-parse", "--is-inside-work-tree"], root)
    except GitError:
        raise GitError(say("{root} is not in a git repository", root=root.resolve())) from None
    try:
        out = _git(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], root
        )
    except GitError:
        raise GitError(
            say(
                "git does not know the revision {revision!r} here; check its name, or fetch "
                "it (a shallow clone in CI needs fetch-depth: 0)",
                revision=revision,
            )
        ) from None
    return out.decode().strip()


def write_sources(root: Path, revision: str, destination: Path) -> int:
    """Write the site's sources as they were at ``revision`` into ``destination``.

    ``root`` is the site's root folder in the working tree (it may be a sub-folder of
    the repository). Returns the number of files written.
    """
    commit = resolve(root, revision)
    prefix = _git(["rev-parse", "--show-prefix"], root).decode().strip()
    top = Path(_git(["rev-parse", "--show-toplevel"], root).decode().strip())
    listing = _git(
        ["ls-tree", "-r", "-z", "--full-tree", commit, "--", *(prefix + s for s in SOURCES)], top
    )
    wanted: list[tuple[str, PurePosixPath]] = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _tab, raw_path = entry.partition(b"\t")
        mode, kind, oid = meta.decode().split(" ")
        path = raw_path.decode("utf-8", "surrogateescape")
        if kind != "blob" or mode not in _BLOB_MODES or not path.startswith(prefix):
            continue  # symbolic links and submodules are not sources
        relative = PurePosixPath(path[len(prefix) :])
        if relative.is_absolute() or ".." in relative.parts:
            continue
        wanted.append((oid, relative))
    if not wanted:
        return 0
    target = destination.resolve()
    for (_oid, relative), content in zip(wanted, _blobs(top, wanted), strict=True):
        written = target.joinpath(*relative.parts)
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_bytes(content)
    return len(wanted)


def _blobs(top: Path, wanted: list[tuple[str, PurePosixPath]]) -> Iterator[bytes]:
    """The content of each blob, streamed from `git cat-file --batch`, each cut one byte
    past the limit the loader reads of such a file (which then reports it as too large):
    a blob of gigabytes in the base never fills the memory."""
    requests = "".join(f"{oid}\n" for oid, _ in wanted).encode()
    try:
        process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=top,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise _no_git() from None
    assert process.stdin is not None and process.stdout is not None
    feeder = threading.Thread(target=_feed, args=(process.stdin, requests), daemon=True)
    feeder.start()
    out = process.stdout
    try:
        for oid, relative in wanted:
            header = out.readline(1024).decode("utf-8", "replace").split(" ")
            if len(header) != 3 or header[0] != oid or not header[2].strip().isdigit():
                raise GitError(
                    say("git cat-file gave an unexpected answer for {path}", path=relative)
                )
            size = int(header[2])
            keep = min(size, _limit(relative) + 1)
            content = out.read(keep)
            left = size - keep + 1  # the rest, and the newline after the content
            while left > 0:
                skipped = out.read(min(left, 1 << 20))
                if not skipped:
                    break
                left -= len(skipped)
            yield content
    finally:
        out.close()
        process.kill()
        process.wait()
        feeder.join(timeout=5)


def _feed(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
        stream.close()
    except (BrokenPipeError, ValueError, OSError):
        pass


def _limit(relative: PurePosixPath) -> int:
    return MAX_SIGNED_COPY_BYTES if relative.suffix.lower() == ".pdf" else MAX_SOURCE_BYTES


def load_site_at(
    root: Path, revision: str, language: str, today: dt.date | None = None
) -> tuple[Site, list[str]]:
    """The site as it was at ``revision``, and notes on what could not be read.

    Raises GitError when the revision cannot be read at all; sources that were broken
    at that revision are loaded as well as they can be, their problems in ``site.problems``.
    """
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pacte-base-") as folder:
        destination = Path(folder)
        write_sources(root, revision, destination)
        try:
            site = load_site(destination, language, today)
        except Exception as exc:  # a bug in reading an old tree must not stop the report
            notes.append(
                say(
                    "the sources at {revision} could not be read ({error}); compared with none",
                    revision=revision,
                    error=exc,
                )
            )
            site = Site(str(destination), language)
    site.root = f"{revision}:"
    return site, notes
