"""The one way Pacte opens a file of a site, and the one way it writes a file.

A pull request decides every file of the site: what it holds, but also what it *is*. A
version file may be committed as a symbolic link to `/dev/zero` or to a file outside the
repository, a folder may be a link, and in a working tree a file may be a named pipe
(FIFO) or a device. So no file of a site is opened with a plain ``open(path)``:

Reading (`read_source`), from the site's root:

- the path is walked one folder at a time from the root, each folder opened relative to
  the one before with ``O_NOFOLLOW | O_DIRECTORY`` (``openat``): no symbolic link is
  ever followed below the root, and nothing outside the root can be reached;
- **every** symbolic link below the root is refused, even one whose target stays inside
  the site. Decided so because a link is never needed (a document's files sit beside
  it), because git on Windows checks links out as small text files (the site would
  differ by platform), because `pacte diff --base` reads blobs, not links, and because
  following a link safely means resolving it and opening the result, a race;
- the file itself is looked at without following it (``lstat``), must be a regular file
  no larger than the limit, then is opened with ``O_NOFOLLOW | O_NONBLOCK | O_NOCTTY``
  (a FIFO put there in the meantime cannot block the read), checked again on the open
  descriptor (``fstat``), and read up to the limit and one byte more, never further;
- limits: `MAX_SOURCE_BYTES` (4 MB, some ten times the longest real convention with
  its annexes) for version files, members.yml and mkdocs.yml; PDFs use their own
  (`MAX_SIGNED_COPY_BYTES`, 50 MB).

The root itself is trusted: it is the folder the user (``-C``) or mkdocs.yml names, and
may be reached through a link.

Each refusal is a `Refused` with the code of its problem (`not-a-file`, `outside-site`,
`too-large`, `unreadable`) and a predicate that follows the file's name ("is a named
pipe (FIFO), not a file: remove it"); callers report it at line 1, column 1 of the path.

Writing (`write_file`), in a target folder (the site's root for `pacte new` and
`import-pdf`, the output folder for `export`, `generate` and `schema`): the same walk,
creating the missing folders; a link, or anything but a folder, on the way is refused;
the file is created with ``O_NOFOLLOW`` (and ``O_EXCL`` when it must be new, which also
refuses a dangling link), or replaced only if it is a regular file. Nothing is ever
written through a link or outside the target folder.

Files named on the command line (the PDFs given to `pacte import-pdf`) are the user's
own choice: `read_input` follows a link the user typed, but still refuses what is not a
regular file and reads no more than the limit, without blocking.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from .messages import Message, say
from .problems import Problem, Severity

MAX_SOURCE_BYTES = 4 * 1024 * 1024  # version files, members.yml, mkdocs.yml
MAX_SIGNED_COPY_BYTES = 50 * 1024 * 1024  # a signed scan of a long convention stays below
_CHUNK = 256 * 1024
_MB = 1024 * 1024

_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_NOCTTY = getattr(os, "O_NOCTTY", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)
# openat and friends: every POSIX system Pacte runs on; elsewhere a slower, checked path
_AT = (
    os.open in os.supports_dir_fd
    and os.stat in os.supports_dir_fd
    and os.mkdir in os.supports_dir_fd
    and os.readlink in os.supports_dir_fd
    and bool(_O_NOFOLLOW and _O_DIRECTORY)
)


# the subjects that a predicate follows in a problem (`Refused.sentence`)
THIS_FILE = say("this file")
THIS_FOLDER = say("this folder")
THIS = say("this")


class Refused(Exception):
    """A file that Pacte does not read or write, and why.

    ``predicate`` follows the file's name: "is a folder, not a file", a message said in
    the site's language; joined after a path (``f"{path} " + predicate``) it stays one.
    """

    def __init__(self, code: str, predicate: str) -> None:
        super().__init__(predicate)
        self.code = code
        self.predicate = predicate

    def sentence(self, subject: str = THIS_FILE) -> str:
        return subject + " " + self.predicate

    def problem(self, path: str, subject: str = THIS_FILE) -> Problem:
        return Problem(path, 1, 1, Severity.ERROR, self.sentence(subject), self.code)


def size_words(size: int) -> Message:
    if size >= _MB:
        return say("{size:.1f} MB", size=size / _MB)
    if size >= 1024:
        return say("{size:.0f} kB", size=size / 1024)
    return say("{size} bytes", size=size)


def _too_large(size: int | None, limit: int) -> Refused:
    if size is None:
        return Refused(
            "too-large",
            say(
                "is larger than the {limit} Pacte reads of such a file: "
                "split it, or remove what does not belong in it",
                limit=size_words(limit),
            ),
        )
    return Refused(
        "too-large",
        say(
            "is {size}, more than the {limit} Pacte reads of such a file: "
            "split it, or remove what does not belong in it",
            size=size_words(size),
            limit=size_words(limit),
        ),
    )


def _kind_of(mode: int) -> Message | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return say("is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return say("is a named pipe (FIFO), not a file: remove it")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("is a device, not a file: remove it")
    if stat.S_ISSOCK(mode):
        return say("is a socket, not a file: remove it")
    if stat.S_ISLNK(mode):
        return say("is a symbolic link")
    return say("is not a regular file: remove it")


def link_refusal(root: Path, rel: str, target: str, noun: str = "file") -> Refused:
    """A symbolic link found at REL (from the root): refused, and said where it leads.

    NOUN is what should stand there instead: a file, or a folder.
    """
    base = os.path.realpath(root)
    where = os.path.realpath(os.path.join(base, *PurePosixPath(rel).parent.parts, target))
    try:
        inside = os.path.commonpath([where, base]) == base
    except ValueError:  # another drive
        inside = False
    folder = noun == "folder"
    if inside:
        shown = os.path.relpath(where, base).replace(os.sep, "/")
        if folder:
            predicate = say(
                "is a symbolic link (to {target}): Pacte never follows a link, even one that "
                "stays in the site; put the folder itself here",
                target=shown,
            )
        else:
            predicate = say(
                "is a symbolic link (to {target}): Pacte never follows a link, even one that "
                "stays in the site; put the file itself here",
                target=shown,
            )
        return Refused("not-a-file", predicate)
    if folder:
        predicate = say(
            "is a symbolic link to {target}, outside the site: Pacte never follows a link "
            "out of the site; put the folder itself here",
            target=target,
        )
    else:
        predicate = say(
            "is a symbolic link to {target}, outside the site: Pacte never follows a link "
            "out of the site; put the file itself here",
            target=target,
        )
    return Refused("outside-site", predicate)


def _parts(rel: str | PurePosixPath) -> tuple[str, ...]:
    pure = PurePosixPath(str(rel).replace("\\", "/"))
    if pure.is_absolute() or any(p in ("..", ".", "") for p in pure.parts) or not pure.parts:
        raise Refused("outside-site", say("is not a path inside the site"))
    return pure.parts


@contextmanager
def _folder_fd(folder: Path) -> Iterator[int]:
    try:
        fd = os.open(folder, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
    except OSError as exc:
        raise _os_refusal(exc) from None
    try:
        yield fd
    finally:
        os.close(fd)


def _os_refusal(exc: OSError) -> Refused:
    if exc.errno == errno.ENOENT:
        return Refused("unreadable", say("does not exist"))
    if exc.errno == errno.ENOTDIR:
        return Refused("not-a-file", say("is not in a folder (a file stands where a folder is)"))
    if exc.errno == errno.EISDIR:
        return Refused("not-a-file", say("is a folder, not a file"))
    return Refused("unreadable", say("cannot be read: {reason}", reason=exc.strerror or str(exc)))


def _unwritable(exc: OSError) -> Refused:
    return Refused(
        "unreadable", say("cannot be written: {reason}", reason=exc.strerror or str(exc))
    )


def _descend(
    fd: int, root: Path, parts: tuple[str, ...], *, create: bool = False
) -> tuple[int, list[int]]:
    """The descriptor of the folder holding the last part, opened link-free from FD.

    Returns it and every descriptor opened on the way (to close).
    """
    opened: list[int] = []
    current = fd
    try:
        for index, part in enumerate(parts[:-1]):
            current = _subfolder(current, root, "/".join(parts[: index + 1]), part, create)
            opened.append(current)
    except BaseException:
        for opened_fd in opened:
            os.close(opened_fd)
        raise
    return current, opened


def _subfolder(parent: int, root: Path, where: str, part: str, create: bool) -> int:
    """The folder PART of the folder PARENT, opened without following a link."""
    try:
        info = os.stat(part, dir_fd=parent, follow_symlinks=False)
    except FileNotFoundError:
        if not create:
            raise Refused("unreadable", say("does not exist")) from None
        try:
            os.mkdir(part, dir_fd=parent)
        except FileExistsError:
            pass
        except OSError as exc:
            raise Refused(
                "unreadable",
                say(
                    "cannot be written in {where}/: {reason}",
                    where=where,
                    reason=exc.strerror or str(exc),
                ),
            ) from None
        info = os.stat(part, dir_fd=parent, follow_symlinks=False)
    if stat.S_ISLNK(info.st_mode):
        refusal = link_refusal(root, where, os.readlink(part, dir_fd=parent), "folder")
        raise Refused(
            refusal.code,
            say("is in {where}/, which {predicate}", where=where, predicate=refusal.predicate),
        )
    if not stat.S_ISDIR(info.st_mode):
        raise Refused("not-a-file", say("is in {where}, which is not a folder", where=where))
    flags = os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC
    try:
        return os.open(part, flags, dir_fd=parent)
    except OSError as exc:  # replaced by a link in the meantime: ELOOP or ENOTDIR
        raise Refused(
            "not-a-file",
            say(
                "is in {where}, which cannot be opened as a folder ({reason})",
                where=where,
                reason=exc.strerror,
            ),
        ) from None


def _read_fd(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise _too_large(None, limit)
        chunks.append(chunk)


def _open_checked(name: str, dir_fd: int | None, root: Path, rel: str, limit: int) -> int:
    """Open a regular file no larger than LIMIT without following a link or blocking."""
    try:
        info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except OSError as exc:
        raise _os_refusal(exc) from None
    if stat.S_ISLNK(info.st_mode):
        raise link_refusal(root, rel, os.readlink(name, dir_fd=dir_fd))
    kind = _kind_of(info.st_mode)
    if kind is not None:
        raise Refused("not-a-file", kind)
    if info.st_size > limit:
        raise _too_large(info.st_size, limit)
    flags = os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_NOCTTY | _O_CLOEXEC | _O_BINARY
    try:
        fd = os.open(name, flags, dir_fd=dir_fd)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # became a link in the meantime
            raise Refused("not-a-file", say("is a symbolic link")) from None
        raise _os_refusal(exc) from None
    try:
        opened = os.fstat(fd)
        kind = _kind_of(opened.st_mode)
        if kind is not None:
            raise Refused("not-a-file", kind)
        if opened.st_size > limit:
            raise _too_large(opened.st_size, limit)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_source(root: Path | str, rel: str | PurePosixPath, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of the regular file REL of the site whose root is ROOT; raises Refused."""
    root = Path(root)
    parts = _parts(rel)
    shown = "/".join(parts)
    if not _AT:
        return _read_source_checked(root, parts, limit)
    with _folder_fd(root) as top:
        folder, opened = _descend(top, root, parts)
        try:
            fd = _open_checked(parts[-1], folder, root, shown, limit)
        finally:
            for opened_fd in opened:
                os.close(opened_fd)
    try:
        return _read_fd(fd, limit)
    except OSError as exc:
        raise _os_refusal(exc) from None
    finally:
        os.close(fd)


def _read_source_checked(root: Path, parts: tuple[str, ...], limit: int) -> bytes:
    """read_source without openat (Windows): each part checked, then the file opened."""
    path = root
    for index, part in enumerate(parts):
        path = path / part
        try:
            info = os.lstat(path)
        except OSError as exc:
            raise _os_refusal(exc) from None
        where = "/".join(parts[: index + 1])
        if stat.S_ISLNK(info.st_mode):
            last = index == len(parts) - 1
            refusal = link_refusal(root, where, os.readlink(path), "file" if last else "folder")
            if last:
                raise refusal
            raise Refused(
                refusal.code,
                say("is in {where}/, which {predicate}", where=where, predicate=refusal.predicate),
            )
    fd = _open_checked(str(path), None, root, "/".join(parts), limit)
    try:
        return _read_fd(fd, limit)
    finally:
        os.close(fd)


def read_input(path: Path | str, limit: int) -> bytes:
    """A file named on the command line: a link the user typed is followed, but only a
    regular file is read, without blocking and never past LIMIT; raises Refused."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise Refused("unreadable", say("does not exist")) from None
        raise _os_refusal(exc) from None
    kind = _kind_of(info.st_mode)
    if kind is not None:
        raise Refused("not-a-file", kind)
    if info.st_size > limit:
        raise _too_large(info.st_size, limit)
    flags = os.O_RDONLY | _O_NONBLOCK | _O_NOCTTY | _O_CLOEXEC | _O_BINARY
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _os_refusal(exc) from None
    try:
        opened = os.fstat(fd)
        kind = _kind_of(opened.st_mode)
        if kind is not None:
            raise Refused("not-a-file", kind)
        return _read_fd(fd, limit)
    except OSError as exc:
        raise _os_refusal(exc) from None
    finally:
        os.close(fd)


def write_file(
    folder: Path | str, rel: str | PurePosixPath, data: bytes, *, exclusive: bool = False
) -> None:
    """Write DATA as FOLDER/REL, creating the folders on the way; raises Refused.

    Never through a link, never outside FOLDER (which is trusted, and may be a link);
    ``exclusive``: the file must not exist yet (a dangling link counts as existing).
    An existing file is replaced only if it is a regular file.
    """
    folder = Path(folder)
    parts = _parts(rel)
    shown = "/".join(parts)
    if not _AT:
        _write_checked(folder, parts, data, exclusive)
        return
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise _unwritable(exc) from None
    with _folder_fd(folder) as top:
        parent, opened = _descend(top, folder, parts, create=True)
        try:
            fd = _open_for_writing(parts[-1], parent, folder, shown, exclusive)
        finally:
            for opened_fd in opened:
                os.close(opened_fd)
    try:
        os.ftruncate(fd, 0)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise _unwritable(exc) from None
    finally:
        os.close(fd)


def _open_for_writing(name: str, parent: int, folder: Path, rel: str, exclusive: bool) -> int:
    try:
        info: os.stat_result | None = os.stat(name, dir_fd=parent, follow_symlinks=False)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _os_refusal(exc) from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            target = os.readlink(name, dir_fd=parent)
            raise Refused(
                "not-a-file",
                say(
                    "is a symbolic link (to {target}): Pacte never writes through a link; "
                    "remove it",
                    target=target,
                ),
            )
        if exclusive:
            raise Refused("unreadable", say("already exists"))
        kind = _kind_of(info.st_mode)
        if kind is not None:
            raise Refused("not-a-file", kind)
    flags = os.O_WRONLY | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK | _O_NOCTTY | _O_CLOEXEC
    flags |= _O_BINARY | (os.O_EXCL if exclusive or info is None else 0)
    try:
        fd = os.open(name, flags, 0o666, dir_fd=parent)
    except FileExistsError:
        raise Refused("unreadable", say("already exists")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(
                "not-a-file", say("is a symbolic link: Pacte never writes through a link")
            ) from None
        raise _unwritable(exc) from None
    kind = _kind_of(os.fstat(fd).st_mode)
    if kind is not None:
        os.close(fd)
        raise Refused("not-a-file", kind)
    if _O_NONBLOCK:
        os.set_blocking(fd, True)
    return fd


def _write_checked(folder: Path, parts: tuple[str, ...], data: bytes, exclusive: bool) -> None:
    """write_file without openat (Windows): each part checked, then the file written."""
    path = folder
    for index, part in enumerate(parts):
        path = path / part
        where = "/".join(parts[: index + 1])
        if os.path.islink(path):
            last = index == len(parts) - 1
            if last:
                raise Refused(
                    "not-a-file", say("is a symbolic link: Pacte never writes through a link")
                )
            raise Refused(
                "not-a-file",
                say(
                    "is in {where}/, a symbolic link: Pacte never writes through a link",
                    where=where,
                ),
            )
        if index < len(parts) - 1:
            try:
                path.mkdir(exist_ok=True)
            except OSError as exc:
                raise _unwritable(exc) from None
    if path.exists() and (exclusive or not path.is_file()):
        if exclusive:
            raise Refused("unreadable", say("already exists"))
        raise Refused("not-a-file", say("is not a regular file"))
    try:
        with open(path, "xb" if exclusive else "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise _unwritable(exc) from None


def source_tree(root: Path | str, folder: str, problems: list[Problem]) -> list[Path]:
    """Every regular file and folder under ROOT/FOLDER (sorted, as the site's paths),
    never following a link; what is a link or not a regular file is reported instead.

    Names starting with a dot are left out (editors' and systems' own files), as the
    loader leaves them out.
    """
    root = Path(root)
    base = root / folder
    try:
        info = os.lstat(base)
    except FileNotFoundError:
        return []
    except OSError as exc:
        problems.append(
            Refused("unreadable", say("cannot be read: {reason}", reason=exc.strerror)).problem(
                folder, THIS_FOLDER
            )
        )
        return []
    if stat.S_ISLNK(info.st_mode):
        refusal = link_refusal(root, folder, os.readlink(base), "folder")
        problems.append(refusal.problem(folder, THIS))
        return []
    if not stat.S_ISDIR(info.st_mode):
        return []  # a file named like a kind's folder is not a source
    found: list[Path] = []
    stack = [base]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as exc:
            rel = current.relative_to(root).as_posix()
            problems.append(
                Refused("unreadable", say("cannot be read: {reason}", reason=exc.strerror)).problem(
                    rel, THIS_FOLDER
                )
            )
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = current / entry.name
            rel = path.relative_to(root).as_posix()
            try:
                if entry.is_symlink():
                    noun = "folder" if os.path.isdir(path) else "file"
                    refusal = link_refusal(root, rel, os.readlink(path), noun)
                    problems.append(refusal.problem(rel, THIS))
                elif entry.is_dir(follow_symlinks=False):
                    found.append(path)
                    stack.append(path)
                elif entry.is_file(follow_symlinks=False):
                    found.append(path)
                else:
                    kind = _kind_of(entry.stat(follow_symlinks=False).st_mode)
                    predicate = kind or say("is not a regular file")
                    problems.append(Refused("not-a-file", predicate).problem(rel, THIS))
            except OSError as exc:
                reason = say("cannot be read: {reason}", reason=exc.strerror)
                problems.append(Refused("unreadable", reason).problem(rel, THIS))
    return sorted(found)
