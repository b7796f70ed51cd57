"""The SDK's exceptions: one base class, a branch per kind of failure.

TwelveLabsError
├── APIError                       something went wrong talking to the API
│   ├── APIStatusError             the API answered with a non-2xx status
│   │   ├── BadRequestError            400
│   │   ├── AuthenticationError        401
│   │   ├── PermissionDeniedError      403
│   │   ├── NotFoundError              404
│   │   ├── ConflictError              409
│   │   ├── UnprocessableEntityError   422
│   │   ├── RateLimitError             429
│   │   └── InternalServerError        5xx
│   ├── APIConnectionError         no answer: the network failed (wraps httpx)
│   │   └── APITimeoutError
│   ├── APIResponseValidationError a 2xx answer the SDK could not parse
│   └── ResponseTooLargeError      an answer larger than max_response_bytes
├── TaskFailedError                a task the SDK waited for ended `failed`
├── WaitTimeoutError               waiting for a task ran out of time
├── StreamError                    an analyze stream broke off or was malformed
├── PaginationError                a server's pages do not end (a token cycle...)
├── InvalidParameterError          bad input, caught before any request (a ValueError)
├── UploadChangedError             a file changed size while it was being uploaded
└── ClientClosedError              the client was closed, or is bound to another event loop

Every one has a `category` (an `ErrorCategory`, equal to its string):
"retryable", "permanent" or "quota" (see `_error_codes`), with the shortcuts
`is_retryable`, `is_permanent` and `is_quota`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from . import _json
from ._error_codes import ErrorCategory, category_of

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "StreamError",
    "TaskFailedError",
    "TwelveLabsError",
    "UnprocessableEntityError",
    "UploadChangedError",
    "WaitTimeoutError",
]

# Header names under which gateways commonly return a request id, first match wins.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id")
_SNIPPET = 200


# Request headers that carry credentials: shown as REDACTED on the requests that
# exceptions keep. httpx itself masks only Authorization, and only in its repr.
SECRET_HEADERS = ("x-api-key", "authorization", "proxy-authorization", "cookie")
REDACTED = "[REDACTED]"
# How much of a body an exception keeps (and how much of an error page is read).
ERROR_BODY_LIMIT = 64 * 1024
# The kept body is already decoded: these headers no longer describe it.
_BODY_FRAMING_HEADERS = ("content-encoding", "content-length", "transfer-encoding")
_KEPT_EXTENSIONS = ("http_version", "reason_phrase")


class TwelveLabsError(Exception):
    """Base class of every exception the SDK raises.

    `category` says what a caller can do about it: "retryable" (the same call
    may succeed later), "permanent" (change the input first) or "quota" (wait
    for the account's limit to reset).

    Every subclass pickles with its class and attributes, so an error raised in
    a worker process (multiprocessing, ProcessPoolExecutor, Celery) reaches the
    parent as itself.
    """

    category: ErrorCategory = ErrorCategory.PERMANENT

    @property
    def is_retryable(self) -> bool:
        """True when the same call may succeed if tried again later."""
        return self.category is ErrorCategory.RETRYABLE

    @property
    def is_permanent(self) -> bool:
        """True when the call will keep failing until its input changes."""
        return self.category is ErrorCategory.PERMANENT

    @property
    def is_quota(self) -> bool:
        """True when the account ran out of allowance (rate or usage limit)."""
        return self.category is ErrorCategory.QUOTA

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own pickling calls cls(*self.args), which does not match
        # the subclasses' constructors: rebuild from args and attributes instead.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[TwelveLabsError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of `request` for keeping on an exception: credential headers
    replaced by REDACTED, no body (an upload may be gigabytes), picklable."""
    headers = httpx.Headers(
        [
            (name, REDACTED if name.lower() in SECRET_HEADERS else value)
            for name, value in request.headers.multi_items()
        ]
    )
    return httpx.Request(request.method, request.url, headers=headers)


def kept_response(response: httpx.Response) -> httpx.Response:
    """A detached copy of `response` for keeping on an exception: its request
    redacted, its body (already read and decoded) cut to ERROR_BODY_LIMIT bytes,
    no connection behind it; picklable."""
    try:
        content = response.content[:ERROR_BODY_LIMIT]
    except httpx.ResponseNotRead:
        content = b""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in _BODY_FRAMING_HEADERS
    ]
    extensions = {k: v for k, v in response.extensions.items() if k in _KEPT_EXTENSIONS}
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=redacted_request(response.request),
        extensions=extensions,
    )


def scrub_request(request: httpx.Request, present: tuple[str, ...] | None = None) -> None:
    """Remove credentials from a request that failed and will not be sent again,
    so that the httpx exception kept as `__cause__` does not carry them either.

    `present`, when the caller knows it, names exactly the credential headers the
    request carries (saving a lookup per name it does not)."""
    if present is not None:
        for name in present:
            request.headers[name] = REDACTED
        return
    for name in SECRET_HEADERS:
        if name in request.headers:
            request.headers[name] = REDACTED


class APIError(TwelveLabsError):
    """A request to the API failed; `request` is a copy of the httpx request that
    failed, with credential headers redacted and without its body."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        """`message` says what failed; `request` is the request that failed (kept redacted)."""
        super().__init__(message)
        self.message = message
        self.request: httpx.Request = redacted_request(request)


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes: `status_code`; `code` and `message` from the API's Error body (a
    readable summary of the body when it is not the API's JSON), `code`
    comparable with the `ErrorCode` constants; `docs_url` when the body links
    the documentation; `category` from the code (else the status);
    `request_id` from the response headers when present; `body` (parsed JSON
    or text) and the `response` itself.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response: httpx.Response = kept_response(response)
        response = self.response
        self.status_code: int = response.status_code
        self.body: Any = _decode_body(response)
        self.code: str | None = None
        self.docs_url: str | None = None
        detail: str | None = None
        if isinstance(self.body, dict):
            code, msg = self.body.get("code"), self.body.get("message")
            docs_url = self.body.get("docs_url")
            self.code = code if isinstance(code, str) else None
            self.docs_url = docs_url if isinstance(docs_url, str) else None
            detail = msg if isinstance(msg, str) else None
        self.category: ErrorCategory = category_of(self.status_code, self.code)
        if detail is None:
            detail = _describe_non_api_body(response, self.body)
        self.request_id: str | None = next(
            (response.headers[h] for h in REQUEST_ID_HEADERS if h in response.headers), None
        )
        summary = f"{self.status_code} {response.reason_phrase}".rstrip()
        if self.code:
            summary += f" [{self.code}]"
        summary += f": {detail}"
        if self.request_id:
            summary += f" (request id {self.request_id})"
        super().__init__(summary, request=response.request)
        self.message = detail


class BadRequestError(APIStatusError):
    """400: the API rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such index, video, task or search page."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state (e.g. a duplicate name)."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically up to `max_retries`.

    Built from the 429 `response`: `rate_limit` holds its X-Ratelimit-*
    headers (a RateLimitInfo, fields None where absent); `retry_after` the
    seconds the server asked to wait (Retry-After as seconds or an HTTP date),
    or None.
    """

    def __init__(self, response: httpx.Response) -> None:
        from ._ratelimit import RateLimitInfo
        from ._retry import parse_retry_after

        super().__init__(response)
        self.rate_limit = RateLimitInfo.from_headers(response.headers)
        self.retry_after = parse_retry_after(response.headers.get("retry-after"), cap=None)


class InternalServerError(APIStatusError):
    """5xx: the API failed; 500/502/503/504 are retried automatically."""


class APIConnectionError(APIError):
    """The request got no answer (DNS, refused or dropped connection, TLS...).

    The httpx exception is the `__cause__`.
    """

    category = ErrorCategory.RETRYABLE

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        """`request` got no answer; `message` says why (httpx's error is the cause)."""
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        """`request` timed out; `message` says which phase."""
        super().__init__(request, message)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API documents (not JSON, wrong shape)."""

    def __init__(self, response: httpx.Response, message: str) -> None:
        """`response` is the 2xx answer that did not parse; `message` says how."""
        super().__init__(message, request=response.request)
        self.response: httpx.Response = kept_response(response)
        self.status_code: int = response.status_code


class ResponseTooLargeError(APIError):
    """The answer's body, decoded, is larger than the client's `max_response_bytes`.

    Reading stopped at the cap; `response` has the status and headers, no body.
    """

    def __init__(self, response: httpx.Response, limit: int) -> None:
        """`response` is the answer cut at `limit` bytes (the client's max_response_bytes)."""
        super().__init__(
            f"response body larger than max_response_bytes={limit} "
            f"({response.status_code} {response.request.method} {response.request.url.path}); "
            "pass a larger max_response_bytes to the client if this answer is expected",
            request=response.request,
        )
        self.response: httpx.Response = kept_response(response)
        self.status_code: int = response.status_code
        self.limit = limit


class UploadChangedError(TwelveLabsError):
    """A file changed size while it was being sent (another process writing or
    truncating it). The request was cut off there: the server received an
    incomplete body, not a different file. `param` names the argument;
    `expected` is the size declared when sending began, `actual` what was read.
    """

    def __init__(self, param: str, expected: int, actual: int) -> None:
        change = "grew" if actual > expected else "shrank"
        super().__init__(
            f"{param}: the file {change} while it was being uploaded "
            f"({expected} bytes declared, {actual} read); send it again once it is complete"
        )
        self.param = param
        self.expected = expected
        self.actual = actual


class ClientClosedError(TwelveLabsError, RuntimeError):
    """The client cannot send: it was closed, or (async) it is bound to another
    event loop. Also a RuntimeError, which is what httpx raised before."""

    def __init__(self, message: str) -> None:
        """`message` says why the client cannot send."""
        super().__init__(message)
        self.message = message


class TaskFailedError(TwelveLabsError):
    """A task reached status `failed`; `task` is the last task object seen."""

    def __init__(self, task: Any) -> None:
        task_id = getattr(task, "id", None)
        super().__init__(f"task {task_id} failed (status {getattr(task, 'status', None)!s})")
        self.task = task


class WaitTimeoutError(TwelveLabsError, TimeoutError):
    """Waiting for a task ran past `timeout`; `task` is the last task seen (or None).

    Retryable: the task may still finish; wait for it again.
    """

    category = ErrorCategory.RETRYABLE

    def __init__(self, task: Any, timeout: float) -> None:
        status = getattr(task, "status", None)
        super().__init__(
            f"task {getattr(task, 'id', None)} not ready after {timeout:g}s "
            f"(last status {status!s})"
        )
        self.task = task
        self.timeout = timeout


class StreamError(TwelveLabsError):
    """An analyze stream ended early, broke off or carried a malformed line.

    `text` is the text received before the failure; `events` the events parsed.
    Retryable: the same request may stream through next time.
    """

    category = ErrorCategory.RETRYABLE

    def __init__(self, message: str, *, text: str, events: list[Any]) -> None:
        """`message` says how the stream failed; `text` and `events` are what arrived."""
        super().__init__(message)
        self.text = text
        self.events = events


class PaginationError(TwelveLabsError):
    """The server's pages do not end: a search page token fetched before (a cycle
    of any length), a page repeating the one before it, or a list growing far
    past what its first page announced. Raised before the request that would go
    round again."""


class InvalidParameterError(TwelveLabsError, ValueError):
    """An argument was rejected before any request was sent.

    `param` names the parameter and `allowed` says what it accepts.
    """

    def __init__(
        self, param: str, allowed: str, value: Any = None, *, show_value: bool = True
    ) -> None:
        """`param` was given `value`, which is not `allowed` (a phrase: "a non-empty
        string id"); `show_value=False` keeps the value out of the message (a secret)."""
        got = f"; got {value!r}" if show_value else ""
        super().__init__(f"{param}: must be {allowed}{got}")
        self.param = param
        self.allowed = allowed


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed exception for a non-2xx `response` (whose body must be read)."""
    cls = _STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(response)


def _decode_body(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return _json.loads(response.content)
    except ValueError:  # not JSON, or nested too deeply to decode
        return response.content.decode(response.encoding or "utf-8", errors="replace")


def _describe_non_api_body(response: httpx.Response, body: Any) -> str:
    if body is None:
        return "empty response body"
    if isinstance(body, str):
        text = " ".join(body.split())
        ctype = response.headers.get("content-type", "unknown content type").split(";")[0]
        if len(text) > _SNIPPET:
            text = text[:_SNIPPET] + "..."
        return f"non-JSON body ({ctype}): {text}"
    try:
        text = json.dumps(body)
    except (RecursionError, ValueError):
        return "JSON body nested too deeply to show"
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "..."
