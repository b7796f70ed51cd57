"""Which failures of a bulk upload are retried, recorded, or stop the run.

A pure function of the SDK's exception, built on its error `category` (from
the API's documented `code`, else the status), refined for creates: a
retryable failure may have created the task (look before re-sending), a 429
is a pause for every worker rather than a stop, and only a usage limit or an
error no item can get past (a bad key, a missing index) stops the run.
"""

from __future__ import annotations

import enum

from .._error_codes import ErrorCategory, ErrorCode
from .._errors import (
    APIConnectionError,
    APIStatusError,
    InvalidParameterError,
    TaskFailedError,
    TwelveLabsError,
)
from .._retry import NOT_SENT

__all__ = ["FailureKind", "classify", "error_code"]

# Codes after which no item of the run can succeed.
FATAL_CODES = frozenset(
    {
        ErrorCode.API_KEY_INVALID,
        ErrorCode.UNAUTHORIZED,
        ErrorCode.API_NOT_ALLOWED,
        ErrorCode.API_ALLOWED_FOR_PAID_PLAN,
        ErrorCode.REGION_NOT_ALLOWED,
        ErrorCode.API_UPGRADE_REQUIRED,
        ErrorCode.RESOURCE_NOT_EXIST,
        "index_not_found",
    }
)


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
        if exc.code == ErrorCode.USAGE_LIMIT_EXCEEDED:
            return FailureKind.QUOTA
        if exc.code in FATAL_CODES or exc.status_code in (401, 403):
            return FailureKind.FATAL
        if exc.category is ErrorCategory.QUOTA:  # a 429 / too_many_requests: wait
            return FailureKind.RATE_LIMITED
        if exc.category is ErrorCategory.RETRYABLE:
            return FailureKind.IN_DOUBT
        return FailureKind.PERMANENT
    if isinstance(exc, APIConnectionError):
        cause = exc.__cause__
        return FailureKind.TRANSIENT if isinstance(cause, NOT_SENT) else FailureKind.IN_DOUBT
    if isinstance(exc, TwelveLabsError):
        return FailureKind.TRANSIENT if exc.is_retryable else FailureKind.PERMANENT
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
