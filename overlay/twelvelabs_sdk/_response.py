"""Raw responses: what `client.with_raw_response.<...>` returns.

An `APIResponse[T]` is the final HTTP answer of one call (after redirects and
retries), with what the SDK learned sending it, and `.parse()` for the typed
result `T` the plain call returns. The request loop builds one for every call;
the plain methods just return its `.parse()`.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import timedelta
from functools import cached_property
from typing import Any, Generic, TypeVar

import httpx

from ._errors import REQUEST_ID_HEADERS
from ._ratelimit import RateLimitInfo

__all__ = ["APIResponse", "AsyncAPIResponse"]

T = TypeVar("T")
U = TypeVar("U")

_UNPARSED: Any = object()


class _BaseAPIResponse(Generic[T]):
    """What both raw responses share. Built by the request loop from the final
    `http_response`, the `parser` that turns it into the call's result, the
    `operation` (the spec's operationId), `retries_taken` and `elapsed`."""

    def __init__(
        self,
        http_response: httpx.Response,
        *,
        parser: Callable[[httpx.Response], T],
        operation: str,
        retries_taken: int,
        elapsed: timedelta,
    ) -> None:
        self.http_response = http_response
        self.operation = operation
        self.retries_taken = retries_taken
        self.elapsed = elapsed
        self._parser = parser
        self._parsed: T = _UNPARSED
        self._weak = False

    @property
    def status_code(self) -> int:
        """The HTTP status of the final answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The final answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The request id the API (or its gateway) sent, if any."""
        headers = self.http_response.headers
        return next((headers[h] for h in REQUEST_ID_HEADERS if h in headers), None)

    @property
    def url(self) -> httpx.URL:
        """The URL the final answer came from."""
        return self.http_response.url

    @property
    def method(self) -> str:
        """The HTTP method of the request."""
        return self.http_response.request.method

    @cached_property
    def rate_limit(self) -> RateLimitInfo:
        """The rate-limit headers of the answer (fields None where absent)."""
        return RateLimitInfo.from_headers(self.http_response.headers)

    def _parse(self) -> T:
        if self._parsed is _UNPARSED:
            result = self._parser(self.http_response)
            if self._weak:
                return result  # kept by the weak reference only (see below)
            self._parsed = result
        return self._parsed

    def _hold_result_weakly(self) -> None:
        """Keep the parsed result by weak reference from now on.

        For a result that refers back to this response (a Page's `raw_response`),
        a strong reference makes every page a reference cycle, which only the
        garbage collector frees: a 50-item page then lingers, and the collector's
        passes over it cost a list call more than half again. The result is alive
        whenever this response can be reached through it; should it be gone,
        `parse()` parses the answer again."""
        result = self._parsed
        if result is _UNPARSED:
            return
        kept = weakref.ref(result)
        parse = self._parser

        def parser(response: httpx.Response) -> T:
            alive = kept()
            return parse(response) if alive is None else alive

        self._parser = parser
        self._parsed = _UNPARSED
        self._weak = True

    def _with_result(self, result: U) -> _BaseAPIResponse[U]:
        """The same answer, parsing to `result` (a pager built on its first page)."""
        cls: type[_BaseAPIResponse[Any]] = type(self)
        copy: _BaseAPIResponse[U] = cls(
            self.http_response,
            parser=lambda _response: result,
            operation=self.operation,
            retries_taken=self.retries_taken,
            elapsed=self.elapsed,
        )
        return copy

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {self.operation} [{self.status_code}] "
            f"retries_taken={self.retries_taken}>"
        )


class APIResponse(_BaseAPIResponse[T]):
    """The raw answer of one call on `TwelveLabs`.

    `status_code`, `headers`, `request_id`, `rate_limit`, `retries_taken` (how
    many times the request was retried), `elapsed` (from the first attempt to
    the final answer, waits between retries included), `http_response` (the
    httpx response, body read unless it is a stream); `parse()` gives what
    the plain call returns (parsed once, then kept).
    """

    def parse(self) -> T:
        """The typed result the plain call returns."""
        return self._parse()


class AsyncAPIResponse(_BaseAPIResponse[T]):
    """The raw answer of one call on `AsyncTwelveLabs`; see `APIResponse`.
    `await response.parse()` gives what the plain call returns."""

    async def parse(self) -> T:
        """The typed result the plain call returns."""
        return self._parse()
