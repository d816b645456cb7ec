"""The ``govcheck`` command's entry point: Ctrl-C is quiet from the first instant.

Importing the command line takes a few tenths of a second; a Ctrl-C in that time would
otherwise print a traceback from the import. Until the command line has its own handling,
an interrupt ends the process at once with exit 130 and one word.
"""

from __future__ import annotations

import os
import signal
import sys
from types import FrameType


def _interrupted(signum: int, frame: FrameType | None) -> None:
    word = "interrupted" if os.environ.get("GOVCHECK_LANG") == "en" else "avbrutet"
    os.write(2, f"{word}\n".encode())
    os._exit(130)


# Set as this module is imported: it is imported only to run the command.
signal.signal(signal.SIGINT, _interrupted)


def main() -> None:
    # pydantic looks for plugins among every installed package's entry points the first time
    # it builds a validator; the command has none, and the search is about 2 % of a cold run.
    # A user who sets the variable keeps their value.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    from govcheck.cli import main as cli_main

    signal.signal(signal.SIGINT, signal.default_int_handler)
    cli_main()


if __name__ == "__main__":  # pragma: no cover - run as a script
    main()
    sys.exit(0)
