"""A cache on disk for what every run would otherwise rebuild from the same files: the loaded
rule set (rules, registry, citations checked against their sources, the conflict analysis) and
the document reader's vocabulary.

A pre-commit hook starts govcheck once per commit; loading and checking the rules is about a
fifth of that start. The cache keeps the loaded object as a pickle, keyed by

- the content of every file under the folders it was built from (rules edited, added or
  removed: another key), read and hashed each time (~0.5 MB, about a millisecond);
- govcheck's own code (the size and modification time of each of its modules), Python's and
  pydantic's versions (a pickle is only read back by the code that wrote it);
- what the caller adds (the options the object was built with).

Only a file the user owns and nobody else may write is read back (a pickle runs code when it is
loaded), from a folder created private (0700). Anything wrong with the cache (no home folder, a
read-only disk, a damaged or foreign file) means the object is built as without it: the cache
can make a run faster, never different or failing. ``GOVCHECK_NO_CACHE=1`` turns it off;
``GOVCHECK_CACHE_DIR`` moves it (default ``$XDG_CACHE_HOME/govcheck``, else
``~/.cache/govcheck``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: Entries kept per kind (older ones are removed when a new one is written).
KEEP = 8
#: Files larger than this are never read back (a cache entry is ~0.3 MB).
MAX_ENTRY_BYTES = 64 * 1024 * 1024


def cache_dir() -> Path | None:
    """Where entries live, or None when caching is off."""
    if os.environ.get("GOVCHECK_NO_CACHE", "").strip() not in ("", "0"):
        return None
    chosen = os.environ.get("GOVCHECK_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "govcheck"
    try:
        return Path.home() / ".cache" / "govcheck"
    except RuntimeError:  # no home folder
        return None


@functools.lru_cache(maxsize=1)
def code_stamp() -> str:
    """govcheck's modules (name, size, mtime), Python's and pydantic's versions."""
    import pydantic

    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{pydantic.VERSION}|{pickle.HIGHEST_PROTOCOL}".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        with contextlib.suppress(OSError):
            info = path.stat()
            digest.update(
                f"{path.relative_to(package)}|{info.st_size}|{info.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def tree_digest(folders: Iterable[Path]) -> str:
    """The content of every regular file under the folders (hidden names skipped), with its
    path relative to its folder: any edit, addition or removal changes it."""
    digest = hashlib.sha256()
    for folder in dict.fromkeys(folder.resolve() for folder in folders):  # each once
        digest.update(f"\x00folder|{folder}\n".encode())
        for path in _files(folder):
            try:
                data = path.read_bytes()
            except OSError:
                data = b"\x00unreadable"
            digest.update(f"{path.relative_to(folder)}|{len(data)}\n".encode())
            digest.update(data)
    return digest.hexdigest()


def _files(folder: Path) -> list[Path]:
    out: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return out
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                out += _files(Path(entry.path))
            elif entry.is_file():
                out.append(Path(entry.path))
        except OSError:
            continue
    return out


def cached(kind: str, folders: Sequence[Path], extra: str, build: Callable[[], T]) -> T:
    """``build()``, or the object a run with the same folders, code and ``extra`` built."""
    where = cache_dir()
    if where is None:
        return build()
    key = hashlib.sha256(
        f"{kind}|{code_stamp()}|{tree_digest(folders)}|{extra}".encode()
    ).hexdigest()[:32]
    path = where / f"{kind}-{key}.pickle"
    found = _read(path)
    if found is not None:
        try:
            return pickle.loads(found)  # type: ignore[no-any-return]
        except Exception:
            pass
    value = build()
    _write(where, path, kind, value)
    return value


def _read(path: Path) -> bytes | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        getuid = getattr(os, "getuid", None)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None
        if getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022):
            return None  # not ours, or others may write it: never unpickled
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _write(where: Path, path: Path, kind: str, value: object) -> None:
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = where.lstat()
        getuid = getattr(os, "getuid", None)
        if not stat.S_ISDIR(info.st_mode) or (
            getuid is not None and (info.st_uid != getuid() or info.st_mode & 0o022)
        ):
            return  # a folder others may write to is no place for code we will load
        handle, temporary = tempfile.mkstemp(dir=where, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _prune(where, kind)
    except OSError:
        return


def _prune(where: Path, kind: str) -> None:
    entries = []
    for candidate in where.glob(f"{kind}-*.pickle"):
        with contextlib.suppress(OSError):
            entries.append((candidate.stat().st_mtime_ns, candidate))
    for _, old in sorted(entries, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
