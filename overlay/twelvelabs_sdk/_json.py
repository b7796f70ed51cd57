"""JSON decoding for whatever a server sends.

`json.loads` raises RecursionError (not ValueError) on a document nested past
the interpreter's recursion limit, so a hostile or broken server could send
`[[[[...]]]]` and have a raw RecursionError escape from a parse. `loads` turns
that into a ValueError like every other malformed document, so callers need
handle only one kind of failure.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["JSONNestingError", "NonFiniteNumberError", "loads"]


class JSONNestingError(ValueError):
    """The document nests arrays/objects deeper than Python can decode."""


class NonFiniteNumberError(ValueError):
    """The document holds NaN, Infinity or a number too large for a float."""


def loads(data: str | bytes | bytearray, *, allow_nan: bool = True) -> Any:
    """`json.loads`, with too-deep nesting raised as JSONNestingError (a ValueError).

    With `allow_nan=False`, `NaN`, `Infinity` and numbers that overflow a float
    (which Python reads as infinity) raise NonFiniteNumberError: strict JSON has
    no such values.
    """
    try:
        if allow_nan:
            return json.loads(data)
        return json.loads(data, parse_constant=_refuse, parse_float=_finite)
    except RecursionError:
        raise JSONNestingError("JSON document nested too deeply to decode") from None


def _refuse(name: str) -> Any:
    raise NonFiniteNumberError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise NonFiniteNumberError(f"{text} does not fit a float")
    return number
