"""Reading inputs and writing outputs without surprises.

Inputs (drafts, documents, configuration, waivers, rule files, source texts) are opened without
blocking (a FIFO or a device is refused, not read forever), must be regular files, and are read
up to a size limit. Every input a run reads is remembered, so that no output of the same run can
replace it. Outputs are regular files written whole: to a temporary file beside the target,
renamed into place; never through a symbolic link, never over a device, a FIFO or a folder, and
never left half-written when the run stops (Ctrl-C included). Missing folders are created.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from govcheck.errors import GovcheckError, one_line
from govcheck.i18n import t
from govcheck.models import Language

#: (device, inode) of every input read in this run. An output that does not exist yet cannot
#: be an input; one that exists is the same file as an input exactly when these match (a hard
#: link or another spelling of the path included), so nothing else needs keeping.
_INPUTS: set[tuple[int, int]] = set()


class FileRefused(Exception):
    """An input that cannot be read as a file: the message id and its values (see i18n)."""

    def __init__(self, message_id: str, **values: object) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.values = values

    def text(self, lang: Language | None = None) -> str:
        return t(self.message_id, lang, **self.values)


class OutputRefused(GovcheckError):
    """An output govcheck will not write (exit 2), named with the reason."""


def forget_inputs() -> None:
    """Starts a new run (the CLI calls it once per command)."""
    _INPUTS.clear()


#: Inputs remembered one by one, at most: the rules, configuration, waivers and baseline of a
#: run, and its first drafts. The drafts of a large run are compared with its outputs by a
#: walk that keeps nothing (``runner.refuse_inputs_as_outputs``), so memory stays flat.
INPUT_LIMIT = 4096


def remember(path: Path, status: os.stat_result | None = None) -> None:
    """Marks a file as an input of this run: no output may replace it."""
    if len(_INPUTS) >= INPUT_LIMIT:
        return
    with contextlib.suppress(OSError, ValueError):
        status = status or os.stat(path)
        _INPUTS.add((status.st_dev, status.st_ino))


def remember_tree(folder: Path) -> None:
    """Every regular file under a folder (a rule directory) as an input."""
    with contextlib.suppress(OSError):
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                with contextlib.suppress(OSError):
                    status = path.stat()
                    if stat.S_ISREG(status.st_mode):
                        remember(path, status)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``FileRefused`` otherwise."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except IsADirectoryError:
        raise FileRefused("is_a_folder") from None
    except FileNotFoundError:
        if path.is_symlink():
            raise FileRefused("dangling_link") from None
        raise FileRefused("no_such_file") from None
    except OSError as exc:
        raise FileRefused("unreadable", detail=exc.strerror or exc) from None
    try:
        status = os.fstat(handle)
        if stat.S_ISDIR(status.st_mode):
            raise FileRefused("is_a_folder")
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused("not_a_regular_file")
        if status.st_size > limit:
            raise FileRefused("too_large", size=status.st_size, limit=limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise FileRefused("too_large", size=total, limit=limit)
    except OSError as exc:
        raise FileRefused("unreadable", detail=exc.strerror or exc) from None
    finally:
        os.close(handle)
    remember(path, status)
    return b"".join(chunks)


def is_input(path: Path) -> bool:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return False
    return (status.st_dev, status.st_ino) in _INPUTS


def shown(path: Path | str) -> str:
    """A file name as it may be shown in a message: one line, no control characters."""
    return one_line(str(path))


def check_output(target: Path, lang: Language | None = None, *, overwrite: bool = True) -> None:
    """Refuses, before anything runs, an output that would replace an input, go through a link,
    or land on something that is not a regular file."""
    name = shown(target)
    if not str(target) or str(target).endswith(os.sep):
        raise OutputRefused(t("output_is_folder", lang, file=name))
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputRefused(t("cannot_write", lang, file=name, detail=exc.strerror)) from None
    if stat.S_ISLNK(status.st_mode):
        raise OutputRefused(t("output_is_link", lang, file=name))
    if stat.S_ISDIR(status.st_mode):
        raise OutputRefused(t("output_is_folder", lang, file=name))
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(t("output_not_regular", lang, file=name))
    if is_input(target):
        raise OutputRefused(t("output_is_input", lang, file=name))
    if not overwrite:
        raise OutputRefused(t("output_exists", lang, file=name))


def write_output(
    target: Path,
    chunks: Iterable[str],
    lang: Language | None = None,
    *,
    overwrite: bool = True,
) -> None:
    """Writes ``chunks`` to ``target`` whole or not at all (see the module's docstring)."""
    check_output(target, lang, overwrite=overwrite)
    name = shown(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputRefused(
            t("cannot_create_folder", lang, folder=shown(folder), detail=exc.strerror or exc)
        ) from None
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".govcheck-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", errors="surrogateescape") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        check_output(target, lang, overwrite=overwrite)  # nothing appeared there meanwhile
        if overwrite:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # fails, atomically, if the target appeared
            os.unlink(temporary)
        temporary = None
    except FileExistsError:
        raise OutputRefused(t("output_exists", lang, file=name)) from None
    except OSError as exc:
        raise OutputRefused(
            t("cannot_write", lang, file=name, detail=exc.strerror or exc)
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
