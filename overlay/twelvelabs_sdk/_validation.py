"""Argument checks that run before any request is built: each failure names the
parameter and what it accepts (InvalidParameterError, a ValueError)."""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeGuard, TypeVar

import httpx

from . import _json
from ._errors import InvalidParameterError

E = TypeVar("E", bound=enum.Enum)

MAX_PAGE_LIMIT = 50


# What str() makes of a missing value: as an id it would address `/tasks/None`.
_MISSING_TEXT = frozenset({"None", "UNSET"})


# A control character, "/" or whitespace (re's \s is str.isspace()'s set): one C
# scan of the id instead of a Python-level test per character.
_BAD_ID_CHAR = re.compile(r"[\x00-\x1f/\s]")


def check_id(param: str, value: object) -> str:
    """A path identifier: a non-empty string that cannot change the URL's path."""
    if not isinstance(value, str) or not value.strip() or value in _MISSING_TEXT:
        raise InvalidParameterError(param, "a non-empty string id", value)
    if value in {".", ".."} or _BAD_ID_CHAR.search(value):
        raise InvalidParameterError(param, "an id without '/', whitespace, '.' or '..'", value)
    return value


def check_token(param: str, value: object) -> str:
    """An opaque token the server issued (a search page token): any non-empty string.

    The generated path builder percent-encodes every character, "/" included;
    only "." and "..", which URL normalization would swallow, are refused.
    """
    if not isinstance(value, str) or not value or value in {".", "..", *_MISSING_TEXT}:
        raise InvalidParameterError(param, "a non-empty token string", value)
    return value


def check_str(param: str, value: object, *, allow_empty: bool = False) -> str:
    """A string argument (non-empty unless `allow_empty`)."""
    if not isinstance(value, str) or (not allow_empty and not value.strip()):
        raise InvalidParameterError(param, "a non-empty string", value)
    return value


# value -> member of each enum checked so far: the members the spec lists, built
# once per class instead of on every call.
_LISTED: dict[type[enum.Enum], dict[object, enum.Enum]] = {}


def check_enum(param: str, value: object, enum_cls: type[E]) -> E:
    """One of the spec's values for `enum_cls` (the generated enums are open for
    parsing responses; what a caller sends must be a value the spec lists)."""
    listed = _LISTED.get(enum_cls)
    if listed is None:
        listed = _LISTED[enum_cls] = {m.value: m for m in enum_cls}
    raw = value.value if isinstance(value, enum.Enum) else value
    try:
        member = listed.get(raw)
    except TypeError:  # unhashable: not a value the spec lists either
        member = None
    if member is None:
        allowed = ", ".join(map(repr, listed))
        raise InvalidParameterError(param, "one of " + allowed, value)
    return member  # type: ignore[return-value]


def check_enum_list(
    param: str, values: object, enum_cls: type[E], *, min_items: int = 1
) -> list[E]:
    """A list of the spec's values for `enum_cls`, with at least `min_items` of them."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidParameterError(param, f"a list of values from {_listing(enum_cls)}", values)
    items = list(values)
    if len(items) < min_items:
        raise InvalidParameterError(
            param, f"a non-empty list of values from {_listing(enum_cls)}", values
        )
    return [check_enum(f"{param}[{i}]", v, enum_cls) for i, v in enumerate(items)]


def check_int(
    param: str, value: object, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An integer (not a bool) within [minimum, maximum]."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidParameterError(param, _range_text("an integer", minimum, maximum), value)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise InvalidParameterError(param, _range_text("an integer", minimum, maximum), value)
    return value


def check_number(param: str, value: object, *, minimum: float, maximum: float) -> float:
    """A finite number within [minimum, maximum]."""
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not minimum <= value <= maximum
    ):
        raise InvalidParameterError(param, _range_text("a number", minimum, maximum), value)
    return float(value)


def check_timeout(param: str, value: object) -> httpx.Timeout:
    """`timeout`: seconds (a finite number >= 0), None for no limit, or an
    httpx.Timeout whose every phase is one of those."""
    allowed = "a number of seconds >= 0, None, or an httpx.Timeout"
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            limit = getattr(value, phase)
            if limit is not None and not _non_negative(limit):
                raise InvalidParameterError(f"{param}.{phase}", allowed, limit)
        return value
    if value is None:
        return httpx.Timeout(None)
    if not _non_negative(value):
        raise InvalidParameterError(param, allowed, value)
    return httpx.Timeout(float(value))


def check_optional_seconds(param: str, value: object) -> float | None:
    """A duration in seconds (a finite number > 0), or None for no limit."""
    if value is None:
        return None
    if not _non_negative(value) or value == 0:
        raise InvalidParameterError(param, "a number of seconds > 0, or None", value)
    return float(value)


def _non_negative(value: object) -> TypeGuard[float]:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def check_page_limit(value: object) -> int:
    """`page_limit`: 1 to 50, as the spec allows."""
    return check_int("page_limit", value, minimum=1, maximum=MAX_PAGE_LIMIT)


def check_bool(param: str, value: object) -> bool:
    """A real bool (a string such as "false" would be truthy)."""
    if not isinstance(value, bool):
        raise InvalidParameterError(param, "True or False", value)
    return value


_NOT_FINITE = "finite numbers only (JSON cannot carry NaN or Infinity)"


def json_text(param: str, value: object) -> str:
    """A dict sent as JSON text, or a string that is already JSON; either way
    without NaN or Infinity, which JSON cannot carry (Python would write them)."""
    if isinstance(value, Mapping):
        check_finite_json(param, value)
        try:
            return json.dumps(value, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidParameterError(
                param, f"JSON-serialisable ({exc})", show_value=False
            ) from None
    if isinstance(value, str):
        try:
            _json.loads(value, allow_nan=False)
        except _json.NonFiniteNumberError:
            raise InvalidParameterError(param, _NOT_FINITE, value) from None
        except ValueError:
            raise InvalidParameterError(param, "a dict or a JSON string", value) from None
        return value
    raise InvalidParameterError(param, "a dict or a JSON string", value)


def check_finite_json(param: str, value: object) -> None:
    """Refuse a NaN or an infinity anywhere inside `value` (dicts, lists, tuples),
    naming where: `filter["a"][0]`. The walk is iterative and bounded by the
    value's size, so a deeply nested value cannot exhaust the stack."""
    pending: list[tuple[str, object]] = [(param, value)]
    while pending:
        where, item = pending.pop()
        if isinstance(item, float) and not math.isfinite(item):
            raise InvalidParameterError(where, _NOT_FINITE, item)
        if isinstance(item, Mapping):
            pending.extend((f"{where}[{k!r}]", v) for k, v in item.items())
        elif isinstance(item, (list, tuple)):
            pending.extend((f"{where}[{i}]", v) for i, v in enumerate(item))


def check_json_body(body: object) -> None:
    """A request's JSON body carries only what JSON can: each top-level field is
    named as the parameter it came from."""
    if isinstance(body, Mapping):
        for name, value in body.items():
            check_finite_json(str(name), value)
    else:
        check_finite_json("body", body)


def exactly_one(params: Mapping[str, Any]) -> str:
    """Name of the one parameter in `params` that is set; error if none or several."""
    given = [name for name, value in params.items() if value is not None]
    if len(given) != 1:
        names = " or ".join(params)
        state = "neither was given" if not given else f"got {', '.join(given)}"
        raise InvalidParameterError(names, f"exactly one of {names} ({state})", show_value=False)
    return given[0]


def at_most_one(params: Mapping[str, Any]) -> str | None:
    """Name of the parameter in `params` that is set, if any; error if several."""
    given = [name for name, value in params.items() if value is not None]
    if len(given) > 1:
        names = " or ".join(params)
        raise InvalidParameterError(
            names, f"at most one of {names} (got {', '.join(given)})", show_value=False
        )
    return given[0] if given else None


def _listing(enum_cls: type[enum.Enum]) -> str:
    return ", ".join(repr(m.value) for m in enum_cls)


def _range_text(kind: str, minimum: float | None, maximum: float | None) -> str:
    if minimum is not None and maximum is not None:
        return f"{kind} from {minimum:g} to {maximum:g}"
    if minimum is not None:
        return f"{kind} >= {minimum:g}"
    if maximum is not None:
        return f"{kind} <= {maximum:g}"
    return kind


def sequence_of(param: str, value: object) -> Sequence[Any]:
    """A list/tuple argument (a lone string is not a list of strings)."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidParameterError(param, "a list", value)
    return value
