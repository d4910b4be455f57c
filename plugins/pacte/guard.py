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
  (``pdf.MAX_SIGNED_COPY_BYTES``, 50 MB).

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

from .problems import Problem, Severity

MAX_SOURCE_BYTES = 4 * 1024 * 1024  # version files, members.yml, mkdocs.yml
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


class Refused(Exception):
    """A file that Pacte does not read or write, and why.

    ``predicate`` follows the file's name: "is a folder, not a file".
    """

    def __init__(self, code: str, predicate: str) -> None:
        super().__init__(predicate)
        self.code = code
        self.predicate = predicate

    def sentence(self, subject: str = "this file") -> str:
        return f"{subject} {self.predicate}"

    def problem(self, path: str, subject: str = "this file") -> Problem:
        return Problem(path, 1, 1, Severity.ERROR, self.sentence(subject), self.code)


def size_words(size: int) -> str:
    if size >= _MB:
        return f"{size / _MB:.1f} MB"
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} bytes"


def _too_large(size: int | None, limit: int) -> Refused:
    shown = f"is {size_words(size)}, more" if size is not None else "is larger"
    return Refused(
        "too-large",
        f"{shown} than the {size_words(limit)} Pacte reads of such a file: "
        "split it, or remove what does not belong in it",
    )


def _kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file: remove it"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file: remove it"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file: remove it"
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    return "is not a regular file: remove it"


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
    if inside:
        shown = os.path.relpath(where, base).replace(os.sep, "/")
        return Refused(
            "not-a-file",
            f"is a symbolic link (to {shown}): Pacte never follows a link, even one that "
            f"stays in the site; put the {noun} itself here",
        )
    return Refused(
        "outside-site",
        f"is a symbolic link to {target}, outside the site: Pacte never follows a link "
        f"out of the site; put the {noun} itself here",
    )


def _parts(rel: str | PurePosixPath) -> tuple[str, ...]:
    pure = PurePosixPath(str(rel).replace("\\", "/"))
    if pure.is_absolute() or any(p in ("..", ".", "") for p in pure.parts) or not pure.parts:
        raise Refused("outside-site", "is not a path inside the site")
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
        return Refused("unreadable", "does not exist")
    if exc.errno == errno.ENOTDIR:
        return Refused("not-a-file", "is not in a folder (a file stands where a folder is)")
    if exc.errno == errno.EISDIR:
        return Refused("not-a-file", "is a folder, not a file")
    return Refused("unreadable", f"cannot be read: {exc.strerror or exc}")


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
            raise Refused("unreadable", "does not exist") from None
        try:
            os.mkdir(part, dir_fd=parent)
        except FileExistsError:
            pass
        except OSError as exc:
            raise Refused(
                "unreadable", f"cannot be written in {where}/: {exc.strerror or exc}"
            ) from None
        info = os.stat(part, dir_fd=parent, follow_symlinks=False)
    if stat.S_ISLNK(info.st_mode):
        refusal = link_refusal(root, where, os.readlink(part, dir_fd=parent), "folder")
        raise Refused(refusal.code, f"is in {where}/, which {refusal.predicate}")
    if not stat.S_ISDIR(info.st_mode):
        raise Refused("not-a-file", f"is in {where}, which is not a folder")
    flags = os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW | _O_CLOEXEC
    try:
        return os.open(part, flags, dir_fd=parent)
    except OSError as exc:  # replaced by a link in the meantime: ELOOP or ENOTDIR
        raise Refused(
            "not-a-file", f"is in {where}, which cannot be opened as a folder ({exc.strerror})"
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
            raise Refused("not-a-file", "is a symbolic link") from None
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
            raise Refused(refusal.code, f"is in {where}/, which {refusal.predicate}")
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
            raise Refused("unreadable", "does not exist") from None
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
        raise Refused("unreadable", f"cannot be written: {exc.strerror or exc}") from None
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
        raise Refused("unreadable", f"cannot be written: {exc.strerror or exc}") from None
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
                f"is a symbolic link (to {target}): Pacte never writes through a link; remove it",
            )
        if exclusive:
            raise Refused("unreadable", "already exists")
        kind = _kind_of(info.st_mode)
        if kind is not None:
            raise Refused("not-a-file", kind)
    flags = os.O_WRONLY | os.O_CREAT | _O_NOFOLLOW | _O_NONBLOCK | _O_NOCTTY | _O_CLOEXEC
    flags |= _O_BINARY | (os.O_EXCL if exclusive or info is None else 0)
    try:
        fd = os.open(name, flags, 0o666, dir_fd=parent)
    except FileExistsError:
        raise Refused("unreadable", "already exists") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused(
                "not-a-file", "is a symbolic link: Pacte never writes through a link"
            ) from None
        raise Refused("unreadable", f"cannot be written: {exc.strerror or exc}") from None
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
            raise Refused(
                "not-a-file",
                ("is a symbolic link" if last else f"is in {where}/, a symbolic link")
                + ": Pacte never writes through a link",
            )
        if index < len(parts) - 1:
            try:
                path.mkdir(exist_ok=True)
            except OSError as exc:
                raise Refused("unreadable", f"cannot be written: {exc.strerror or exc}") from None
    if path.exists() and (exclusive or not path.is_file()):
        raise Refused(
            "unreadable" if exclusive else "not-a-file",
            "already exists" if exclusive else "is not a regular file",
        )
    try:
        with open(path, "xb" if exclusive else "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise Refused("unreadable", f"cannot be written: {exc.strerror or exc}") from None


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
            Refused("unreadable", f"cannot be read: {exc.strerror}").problem(folder, "this folder")
        )
        return []
    if stat.S_ISLNK(info.st_mode):
        refusal = link_refusal(root, folder, os.readlink(base), "folder")
        problems.append(refusal.problem(folder, "this"))
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
                Refused("unreadable", f"cannot be read: {exc.strerror}").problem(rel, "this folder")
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
                    problems.append(refusal.problem(rel, "this"))
                elif entry.is_dir(follow_symlinks=False):
                    found.append(path)
                    stack.append(path)
                elif entry.is_file(follow_symlinks=False):
                    found.append(path)
                else:
                    kind = _kind_of(entry.stat(follow_symlinks=False).st_mode)
                    problems.append(
                        Refused("not-a-file", kind or "is not a regular file").problem(rel, "this")
                    )
            except OSError as exc:
                problems.append(
                    Refused("unreadable", f"cannot be read: {exc.strerror}").problem(rel, "this")
                )
    return sorted(found)
