"""The `twelvelabs` command line (`pip install 'twelvelabs-sdk[cli]'`).

Its libraries (click, rich) come with the `cli` extra, so the SDK itself keeps
its few dependencies; without them `main()` says which extra to install.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main", "main_exit"]

MISSING_EXTRA = 3


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]); returns the exit status."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError as exc:
        sys.stderr.write(
            f"twelvelabs: the command line needs the 'cli' extra ({exc.name} is missing): "
            "pip install 'twelvelabs-sdk[cli]'\n"
        )
        return MISSING_EXTRA
    from ._commands import run

    return run(argv)


def main_exit() -> None:
    """The `twelvelabs` console script: `main()`, then exit with its status."""
    sys.exit(main())
