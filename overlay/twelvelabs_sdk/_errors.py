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

Every one has a `category` (an `ErrorCategory`, equal to its string):
"retryable", "permanent" or "quota" (see `_error_codes`), with the shortcuts
`is_retryable`, `is_permanent` and `is_quota`.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._error_codes import ErrorCategory, category_of

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
    """Base class of every exception the SDK raises.

    `category` says what a caller can do about it: "retryable" (the same call
    may succeed later), "permanent" (change the input first) or "quota" (wait
    for the account's limit to reset).
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


class APIError(TwelveLabsError):
    """A request to the API failed; `request` is the httpx request that failed."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


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
        self.response: httpx.Response = response
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
    """429: too many requests; retried automatically up to `max_retries`."""


class InternalServerError(APIStatusError):
    """5xx: the API failed; 500/502/503/504 are retried automatically."""


class APIConnectionError(APIError):
    """The request got no answer (DNS, refused or dropped connection, TLS...).

    The httpx exception is the `__cause__`.
    """

    category = ErrorCategory.RETRYABLE

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
        self.response: httpx.Response = response
        self.status_code: int = response.status_code


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
