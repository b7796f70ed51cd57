"""JSON decoding for whatever a server sends.

`json.loads` raises RecursionError (not ValueError) on a document nested past
the interpreter's recursion limit, so a hostile or broken server could send
`[[[[...]]]]` and have a raw RecursionError escape from a parse. `loads` turns
that into a ValueError like every other malformed document, so callers need
handle only one kind of failure.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["JSONNestingError", "loads"]


class JSONNestingError(ValueError):
    """The document nests arrays/objects deeper than Python can decode."""


def loads(data: str | bytes | bytearray) -> Any:
    """`json.loads`, with too-deep nesting raised as JSONNestingError (a ValueError)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise JSONNestingError("JSON document nested too deeply to decode") from None
