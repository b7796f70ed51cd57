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
from collections.abc import Callable
from typing import Any

__all__ = ["JSONNestingError", "NonFiniteNumberError", "fast_loads", "loads"]


def _first_fast_loads(data: str | bytes | bytearray) -> Any:
    """msgspec's JSON decoder, imported on first use (importing it costs ~20 ms,
    which a program that never parses an answer should not pay)."""
    global fast_loads
    import msgspec

    fast_loads = msgspec.json.Decoder().decode
    return fast_loads(data)


# Strict JSON to Python, two to three times as fast as `json.loads`, with the same
# values (integers of any size, floats read exactly as `float()` reads them). It
# refuses what strict JSON lacks and `json.loads` accepts (NaN, Infinity, numbers
# past a float's range, lone surrogates, a byte-order mark) with a ValueError, and
# very deep nesting with RecursionError: callers then decode with `loads`, which
# accepts what `json.loads` accepts and words every error.
fast_loads: Callable[[str | bytes | bytearray], Any] = _first_fast_loads


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
    if allow_nan:
        try:
            return fast_loads(data)
        except (ValueError, RecursionError):
            pass  # not strict JSON for msgspec: json.loads decides, and words the error
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
