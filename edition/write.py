"""Writing the site: into a temporary folder beside the target, then swapped in atomically.

A build killed half-way leaves at most a staging folder `.site.new-PID-*` (or, where the atomic
exchange is unsupported, `.site.old-PID-*`) and, with `--no-cache`, its one-build cache
`.site.cache-PID-*` beside `site/`, never a half-written `site/`; the next build removes such
folders of processes that are gone. Single files outside the site (the
build cache, the schema cache) are written the same way, through a temporary name
(`write_atomic`).

A build replaces only a folder that holds its mark, `.edition-site` (written into every site), or
nothing at all: `--out docs` must not delete the documentation (`out_refusal`).
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

RENAME_EXCHANGE = 2
SITE_MARK = ".edition-site"
"""The file every site gets: a folder without it was not made by a build, and is not replaced."""
MARK_TEXT = ("This folder is a site written by the edition's build.py; the next build into it "
             "replaces it whole.\n")
PROGRAM = Path(__file__).resolve().parents[1]
"""The folder of this program (the repository, in a checkout): never a site folder."""


class SiteWriter:
    """Collects the files of one build in a staging folder; `commit` swaps it in for `target`.

    Paths are checked to stay inside the folder, and no path may be written twice.
    """

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        refused = replace_refusal(self.target)
        if refused:  # an OSError: the command line reports it as a file in the way, not a bug
            raise FileExistsError(errno.EEXIST, refused, str(target))
        self.target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(self.target)
        self.stage = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.new-{os.getpid()}-",
                                           dir=self.target.parent))
        self.written: set[str] = set()
        self.folders: set[str] = set()
        self.write_text(SITE_MARK, MARK_TEXT)

    def path(self, relative: str) -> Path:
        """Where to write the site path `relative`, its folder made; each path only once."""
        return Path(self.claim(relative))

    def claim(self, relative: str) -> str:
        """`path` as a string: a build writes a million files (the DTS passages), and pathlib's
        parsing cost more than writing them."""
        if not inside(relative) or relative in self.written:
            raise ValueError(f"refusing to write {relative!r}: outside the site or written twice")
        self.written.add(relative)
        return self.folder_made(f"{self.stage}/{relative}")

    def staged(self, relative: str) -> None:
        """Count site path `relative`, which a worker staged, as written: nobody writes it
        again."""
        if not inside(relative) or relative in self.written:
            raise ValueError(f"refusing to write {relative!r}: outside the site or written twice")
        self.written.add(relative)

    def folder_made(self, destination: str) -> str:
        folder = destination.rpartition("/")[0]
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        return destination

    def write_bytes(self, relative: str, data: bytes) -> None:
        with open(self.claim(relative), "wb") as stream:
            stream.write(data)

    def write_text(self, relative: str, text: str) -> None:
        self.write_bytes(relative, text.encode("utf-8"))

    def copy(self, relative: str, source: Path) -> None:
        shutil.copyfile(source, self.path(relative))

    def link(self, relative: str, source: Path | str) -> None:
        """`source` as `relative`, hard-linked where the file system allows (else copied):
        only for files nobody changes in place, such as build cache entries. No `Path` made:
        a build links two files a document (`output.write_tei`)."""
        destination = self.claim(relative)
        try:
            os.link(source, destination)
        except OSError:
            shutil.copyfile(source, destination)

    def commit(self, keep: Path | None = None) -> None:
        """Make the staged folder the site. The previous site is renamed `keep` if given (see
        `edition.spare`), else removed only afterwards, by a process of its own (deleting
        100,000 files takes long, and nobody waits for it)."""
        os.chmod(self.stage, 0o755)
        if self.target.exists() and _exchange(self.stage, self.target):
            self._put_by(self.stage, keep)
            return
        if self.target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.old-{os.getpid()}-",
                                        dir=self.target.parent))
            os.rmdir(old)
            os.rename(self.target, old)
            os.rename(self.stage, self.target)
            self._put_by(old, keep)
        else:
            os.rename(self.stage, self.target)

    @staticmethod
    def _put_by(previous: Path, keep: Path | None) -> None:
        if keep is not None and not keep.exists():
            os.rename(previous, keep)
        else:
            remove_in_background(previous)

    def abandon(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


def out_refusal(target: Path, seeds: Path) -> str | None:
    """Why a build may not replace `target`, or None: it is, or holds, the seeds folder, the
    working folder or this program, or it is something other than a site (`replace_refusal`)."""
    resolved = target.resolve()
    for name, folder in (("the seeds folder", seeds), ("the working folder", Path.cwd()),
                         ("this program", PROGRAM)):
        if _holds(resolved, folder.resolve()):
            where = "is" if resolved == folder.resolve() else "holds"
            return (f"{where} {name} ({folder}): a build replaces its --out folder whole; "
                    "choose a folder of its own, e.g. --out site")
    return replace_refusal(resolved)


def replace_refusal(target: Path) -> str | None:
    """Why the site folder `target` may not be replaced, or None: it is missing, empty or a
    site a build wrote (it holds `SITE_MARK`)."""
    if not os.path.lexists(target):
        return None
    if not target.is_dir():
        return "is a file, not a site folder: a build would replace it; choose another --out"
    if (target / SITE_MARK).is_file() or not any(target.iterdir()):
        return None
    return (f"is a folder that no build wrote (it has no {SITE_MARK}): a build would delete "
            "what it holds; choose another --out, or, if it is a site built before builds "
            "marked their sites, remove it yourself")


def _holds(folder: Path, inner: Path) -> bool:
    return folder == inner or folder in inner.parents


def remove_in_background(folder: Path) -> None:
    """Delete `folder` in a detached process: it outlives this one, and if it is killed, the
    next build removes the rest (the folder's name says it is a leftover, see below)."""
    subprocess.Popen(["rm", "-rf", "--", str(folder)], stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def inside(relative: str) -> bool:
    """True when `relative` names a file below the site folder: no absolute path, no `..`,
    no empty or `.` part (the staging folder holds no links, so the names alone decide)."""
    parts = relative.split("/")
    return "\0" not in relative and all(part not in ("", ".", "..") for part in parts)


def remove_leftovers(target: Path, kinds: tuple[str, ...] = ("old", "new")) -> None:
    """Remove the staging folders of builds of `target` that were killed; restore a lost site.

    `.site.new-PID-*` and `.site.old-PID-*` (or the `kinds` named: `cache`, see
    `BuildCache.temporary`) are removed unless process PID is still running (a build running at
    the same time keeps its folder), in the background: they may be previous sites still being
    deleted, and this build does not need them gone. If `site/` itself is
    missing because a build was killed between the two renames of the fallback swap, the
    previous site is put back.
    """
    for kind in kinds:
        prefix = f".{target.name}.{kind}-"
        for folder in sorted(target.parent.glob(f"{prefix}*")):
            if process_alive(folder.name[len(prefix):].split("-")[0]):
                continue
            if kind == "old" and not target.exists():
                os.rename(folder, target)
            else:
                remove_in_background(folder)


def process_alive(pid: str) -> bool:
    """True when `pid` is a running process other than this one."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def site_json(data: object, indent: int = 2) -> str:
    """JSON for a file of the site: deterministic, and `<`, `>`, `&` escaped, so that no data
    file holds markup that a careless consumer could paste into a page."""
    return markup_escaped(json.dumps(data, ensure_ascii=False, indent=indent)) + "\n"


def markup_escaped(text: str) -> str:
    """JSON `text` with `<`, `>` and `&` written as `\\u` escapes (`site_json`)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()
"""The mode a file written with open() gets: cache entries are linked into the site, and a web
server must be able to read them (mkstemp makes files only their owner can read)."""


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file beside it, renamed over it."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(handle, FILE_MODE)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
