"""`python -m twelvelabs_sdk`: the `twelvelabs` command line."""

import sys

from ._cli import main

__all__: list[str] = []  # a command to run, not names to import

if __name__ == "__main__":
    sys.exit(main())
