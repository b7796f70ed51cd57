"""Which failures of a bulk upload are retried, recorded, or stop the run.

A pure function of the SDK's exception: the status, the API's error `code`,
and for network failures whether the request can have reached the server.
"""

from __future__ import annotations

import enum

import httpx

from .._errors import (
    APIConnectionError,
    APIStatusError,
    InvalidParameterError,
    TaskFailedError,
    TwelveLabsError,
)

__all__ = ["FailureKind", "classify", "error_code"]

# Codes that mean the account's plan is exhausted: waiting a minute will not help.
QUOTA_CODES = frozenset({"usage_limit_exceeded"})
# Codes after which no item of the run can succeed.
FATAL_CODES = frozenset({"api_key_invalid", "index_not_found", "forbidden"})
# Raised before the request left this machine: the server cannot have acted on it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class FailureKind(enum.Enum):
    """What a failed create means for the item and the run."""

    PERMANENT = "permanent"  # the item itself is bad (broken video, bad parameter): record it
    TRANSIENT = "transient"  # nothing was created; try again after a backoff
    IN_DOUBT = "in_doubt"  # the create may have taken effect: look before re-sending
    RATE_LIMITED = "rate_limited"  # 429: nothing created; every worker pauses
    QUOTA = "quota"  # the plan's usage limit: stop the run, resumable later
    FATAL = "fatal"  # bad key, missing index: stop the run


def classify(exc: BaseException) -> FailureKind:
    """The kind of a failure raised by `tasks.create` (sent without SDK retries)."""
    if isinstance(exc, APIStatusError):
        if exc.code in QUOTA_CODES:
            return FailureKind.QUOTA
        if exc.code in FATAL_CODES or exc.status_code in (401, 403):
            return FailureKind.FATAL
        if exc.status_code == 429:
            return FailureKind.RATE_LIMITED
        if exc.status_code >= 500 or exc.status_code == 408:
            return FailureKind.IN_DOUBT
        return FailureKind.PERMANENT
    if isinstance(exc, APIConnectionError):
        cause = exc.__cause__
        return FailureKind.TRANSIENT if isinstance(cause, _NOT_SENT) else FailureKind.IN_DOUBT
    if isinstance(exc, (InvalidParameterError, TaskFailedError)):
        return FailureKind.PERMANENT
    if isinstance(exc, TwelveLabsError):
        return FailureKind.TRANSIENT
    return FailureKind.PERMANENT


def error_code(exc: BaseException) -> str:
    """The API's error code, or a short name for failures that carry none."""
    if isinstance(exc, APIStatusError):
        return exc.code or f"http_{exc.status_code}"
    if isinstance(exc, InvalidParameterError):
        return "invalid_parameter"
    if isinstance(exc, TaskFailedError):
        return "task_failed"
    if isinstance(exc, APIConnectionError):
        return "connection_error"
    return type(exc).__name__


def error_message(exc: BaseException) -> str:
    return str(getattr(exc, "message", None) or exc)
