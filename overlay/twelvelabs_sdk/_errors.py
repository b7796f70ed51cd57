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
│   └── APIResponseValidationError a 2xx answer the SDK could not parse
├── TaskFailedError                a task the SDK waited for ended `failed`
├── WaitTimeoutError               waiting for a task ran out of time
├── StreamError                    an analyze stream broke off or was malformed
└── InvalidParameterError          bad input, caught before any request (a ValueError)
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "TaskFailedError",
    "TwelveLabsError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]

# Header names under which gateways commonly return a request id, first match wins.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id")
_SNIPPET = 200


class TwelveLabsError(Exception):
    """Base class of every exception the SDK raises."""


class APIError(TwelveLabsError):
    """A request to the API failed; `request` is the httpx request that failed."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with a non-2xx status.

    Attributes: `status_code`; `code` and `message` from the API's Error body (a
    readable summary of the body when it is not the API's JSON); `request_id`
    from the response headers when present; `body` (parsed JSON or text) and
    the `response` itself.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body: Any = _decode_body(response)
        self.code: str | None = None
        detail: str | None = None
        if isinstance(self.body, dict):
            code, msg = self.body.get("code"), self.body.get("message")
            self.code = code if isinstance(code, str) else None
            detail = msg if isinstance(msg, str) else None
        if detail is None:
            detail = _describe_non_api_body(response, self.body)
        self.request_id = next(
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

    `rate_limit` holds the answer's X-Ratelimit-* headers (a RateLimitInfo,
    fields None where absent); `retry_after` the seconds the server asked to
    wait (Retry-After as seconds or an HTTP date), or None.
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

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request, message)


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the API documents (not JSON, wrong shape)."""

    def __init__(self, response: httpx.Response, message: str) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class TaskFailedError(TwelveLabsError):
    """A task reached status `failed`; `task` is the last task object seen."""

    def __init__(self, task: Any) -> None:
        task_id = getattr(task, "id", None)
        super().__init__(f"task {task_id} failed (status {getattr(task, 'status', None)!s})")
        self.task = task


class WaitTimeoutError(TwelveLabsError, TimeoutError):
    """Waiting for a task ran past `timeout`; `task` is the last task seen (or None)."""

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
    """

    def __init__(self, message: str, *, text: str, events: list[Any]) -> None:
        super().__init__(message)
        self.text = text
        self.events = events


class InvalidParameterError(TwelveLabsError, ValueError):
    """An argument was rejected before any request was sent.

    `param` names the parameter and `allowed` says what it accepts.
    """

    def __init__(
        self, param: str, allowed: str, value: Any = None, *, show_value: bool = True
    ) -> None:
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
        return json.loads(response.content)
    except ValueError:
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
    text = json.dumps(body)
    return text if len(text) <= _SNIPPET else text[:_SNIPPET] + "..."
