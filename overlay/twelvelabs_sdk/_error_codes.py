"""The API's documented error `code` strings, and what a caller should do about each.

Every failure the SDK raises has a `category`:

- ``"retryable"``: trying the same request again later may succeed (a network
  failure, a 5xx, a request the API timed out, a wait that ran out of time);
- ``"permanent"``: it will fail again until the input changes (bad parameters,
  a broken or too short video, a missing index, a bad key);
- ``"quota"``: the account is out of allowance (`too_many_requests`,
  `usage_limit_exceeded`); retry after the limit resets, not in a tight loop.

The codes come from the API's error-code reference
(https://docs.twelvelabs.io/v1.3/api-reference/error-codes). A code the SDK does
not know yet is classified by its HTTP status instead.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ErrorCategory", "ErrorCode", "category_of"]


class ErrorCategory(StrEnum):
    """What to do about a failure; compares equal to its string value."""

    RETRYABLE = "retryable"
    PERMANENT = "permanent"
    QUOTA = "quota"


class ErrorCode(StrEnum):
    """The `code` strings the API documents; `APIStatusError.code` compares equal to them."""

    # General
    PARAMETER_INVALID = "parameter_invalid"
    PARAMETER_NOT_PROVIDED = "parameter_not_provided"
    PARAMETER_UNKNOWN = "parameter_unknown"
    RESOURCE_NOT_EXIST = "resource_not_exist"
    API_KEY_INVALID = "api_key_invalid"
    API_ALLOWED_FOR_PAID_PLAN = "api_allowed_for_paid_plan"
    API_NOT_ALLOWED = "api_not_allowed"
    UNAUTHORIZED = "unauthorized"
    REGION_NOT_ALLOWED = "region_not_allowed"
    REQUEST_CANCELED_OR_TIMED_OUT = "request_canceled_or_timed_out"
    TOO_MANY_REQUESTS = "too_many_requests"
    TAGS_NOT_ALLOWED = "tags_not_allowed"
    API_UPGRADE_REQUIRED = "api_upgrade_required"
    # /indexes
    INDEX_OPTION_CANNOT_BE_CHANGED = "index_option_cannot_be_changed"
    INDEX_ENGINE_CANNOT_BE_CHANGED = "index_engine_cannot_be_changed"
    INDEX_NAME_ALREADY_EXISTS = "index_name_already_exists"
    # /tasks
    VIDEO_RESOLUTION_TOO_LOW = "video_resolution_too_low"
    VIDEO_RESOLUTION_TOO_HIGH = "video_resolution_too_high"
    VIDEO_RESOLUTION_INVALID_ASPECT_RATIO = "video_resolution_invalid_aspect_ratio"
    VIDEO_DURATION_TOO_SHORT = "video_duration_too_short"
    VIDEO_DURATION_TOO_LONG = "video_duration_too_long"
    VIDEO_FILE_BROKEN = "video_file_broken"
    VIDEO_FILESIZE_TOO_LARGE = "video_filesize_too_large"
    TASK_CANNOT_BE_DELETED = "task_cannot_be_deleted"
    USAGE_LIMIT_EXCEEDED = "usage_limit_exceeded"
    # /search
    SEARCH_OPTION_NOT_SUPPORTED = "search_option_not_supported"
    SEARCH_OPTION_COMBINATION_NOT_SUPPORTED = "search_option_combination_not_supported"
    SEARCH_FILTER_INVALID = "search_filter_invalid"
    SEARCH_PAGE_TOKEN_EXPIRED = "search_page_token_expired"
    INDEX_NOT_SUPPORTED_FOR_SEARCH = "index_not_supported_for_search"
    # /analyze, /gist, /summarize
    TOKEN_LIMIT_EXCEEDED = "token_limit_exceeded"
    INDEX_NOT_SUPPORTED_FOR_GENERATE = "index_not_supported_for_generate"


_QUOTA = frozenset({ErrorCode.TOO_MANY_REQUESTS, ErrorCode.USAGE_LIMIT_EXCEEDED})
_RETRYABLE = frozenset({ErrorCode.REQUEST_CANCELED_OR_TIMED_OUT})
# Statuses that say "not now" rather than "not this request".
_RETRYABLE_STATUSES = frozenset({408, 425, 500, 502, 503, 504})


def category_of(status_code: int, code: str | None) -> ErrorCategory:
    """The category of an API error answer: by its documented `code` first, else its status.

    Every documented code that is neither quota nor retryable is permanent.
    """
    if code in _QUOTA:
        return ErrorCategory.QUOTA
    if code in _RETRYABLE:
        return ErrorCategory.RETRYABLE
    if code in ErrorCode._value2member_map_:
        return ErrorCategory.PERMANENT
    if status_code == 429:
        return ErrorCategory.QUOTA
    if status_code in _RETRYABLE_STATUSES or status_code >= 500:
        return ErrorCategory.RETRYABLE
    return ErrorCategory.PERMANENT
