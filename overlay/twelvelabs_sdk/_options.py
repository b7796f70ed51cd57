"""Per-call request options: `timeout`, `max_retries`, `total_timeout`,
`extra_headers`, `extra_query` and `extra_body`, named as in the OpenAI and
Anthropic SDKs (`total_timeout` is this SDK's whole-call deadline).

Every method takes them keyword-only; they are checked at the call, before
anything is sent, frozen into a `RequestOptions`, and carried by the
Operation to the one request builder. Where None means something (`timeout=None`
is "no timeout"), "not given" is the `NOT_GIVEN` sentinel.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final, Literal, TypeAlias

import httpx

from ._errors import InvalidParameterError

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "RequestOptions", "Timeout"]


class NotGiven:
    """The type of `NOT_GIVEN`: an argument the caller left out, where None has
    its own meaning (`timeout=None` disables the timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout: TypeAlias = float | httpx.Timeout | None
"""Seconds for every phase, an `httpx.Timeout`, or None for no timeout."""
Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """What one call adds to, or changes in, the client's settings.

    `timeout`, `max_retries` and `total_timeout` are NOT_GIVEN to keep the
    client's. Headers are added to (and override) the client's; query
    parameters to the URL's; body fields to the JSON body, or as form fields to
    a multipart body.
    """

    timeout: httpx.Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    total_timeout: float | NotGiven | None = NOT_GIVEN
    extra_headers: Headers = field(default_factory=lambda: _EMPTY)
    extra_query: Query = field(default_factory=lambda: _EMPTY)
    extra_body: Body = field(default_factory=lambda: _EMPTY)

    def merged(self, later: RequestOptions) -> RequestOptions:
        """These options with `later`'s laid over them (later wins per key)."""
        return RequestOptions(
            timeout=self.timeout if isinstance(later.timeout, NotGiven) else later.timeout,
            max_retries=self.max_retries
            if isinstance(later.max_retries, NotGiven)
            else later.max_retries,
            total_timeout=self.total_timeout
            if isinstance(later.total_timeout, NotGiven)
            else later.total_timeout,
            extra_headers={**self.extra_headers, **later.extra_headers},
            extra_query={**self.extra_query, **later.extra_query},
            extra_body={**self.extra_body, **later.extra_body},
        )


NO_OPTIONS: Final = RequestOptions()


def request_options(
    timeout: Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    total_timeout: float | NotGiven | None = NOT_GIVEN,
) -> RequestOptions:
    """Check a call's options (InvalidParameterError naming the bad one) and freeze them."""
    if (
        timeout is NOT_GIVEN
        and max_retries is NOT_GIVEN
        and total_timeout is NOT_GIVEN
        and not extra_headers
        and not extra_query
        and not extra_body
    ):
        return NO_OPTIONS  # nearly every call: identity tests only, nothing imported
    from ._validation import check_int, check_optional_seconds, check_timeout

    if (
        isinstance(timeout, NotGiven)
        and isinstance(max_retries, NotGiven)
        and isinstance(total_timeout, NotGiven)
        and not extra_headers
        and not extra_query
        and not extra_body
    ):
        return NO_OPTIONS
    return RequestOptions(
        timeout=timeout if isinstance(timeout, NotGiven) else check_timeout("timeout", timeout),
        max_retries=max_retries
        if isinstance(max_retries, NotGiven)
        else check_int("max_retries", max_retries, minimum=0),
        total_timeout=total_timeout
        if isinstance(total_timeout, NotGiven)
        else check_optional_seconds("total_timeout", total_timeout),
        extra_headers=check_headers("extra_headers", extra_headers),
        extra_query=check_query("extra_query", extra_query),
        extra_body=check_body("extra_body", extra_body),
    )


def check_headers(param: str, value: object) -> Headers:
    """A mapping of header names to string values (None: no headers)."""
    if value is None:
        return _EMPTY
    if not isinstance(value, Mapping):
        raise InvalidParameterError(param, "a dict of header names to string values", value)
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise InvalidParameterError(
                f"{param}[{key!r}]", "a str header name with a str value", item
            )
        if not _header_safe(key) or not _header_safe(item):
            raise InvalidParameterError(
                f"{param}[{key!r}]", "printable ASCII without line breaks", show_value=False
            )
    return MappingProxyType(dict(value))


def check_mapping(param: str, value: object) -> Mapping[str, object]:
    """A mapping with string keys (None: nothing)."""
    if value is None:
        return _EMPTY
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise InvalidParameterError(param, "a dict with str keys", value)
    return MappingProxyType(dict(value))


def check_query(param: str, value: object) -> Query:
    """Query parameters: str keys; str, number, bool or a list of them as values."""
    query = check_mapping(param, value)
    for key, item in query.items():
        items = item if isinstance(item, (list, tuple)) else [item]
        if not all(isinstance(i, (str, int, float)) for i in items):
            raise InvalidParameterError(
                f"{param}[{key!r}]", "a str, number or bool, or a list of them", item
            )
    return query


def check_body(param: str, value: object) -> Body:
    """Body fields: str keys, JSON-serializable values."""
    body = check_mapping(param, value)
    for key, item in body.items():
        try:
            json.dumps(item, allow_nan=False)
        except (TypeError, ValueError):
            raise InvalidParameterError(
                f"{param}[{key!r}]", "a JSON-serializable value", item
            ) from None
    return body


def _header_safe(text: str) -> bool:
    return text.isascii() and all(c.isprintable() for c in text)
