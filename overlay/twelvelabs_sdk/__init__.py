"""twelvelabs_sdk: a typed, retrying, streaming client for the TwelveLabs API v1.3.

from twelvelabs_sdk import TwelveLabs

with TwelveLabs() as client:              # key from TWELVELABS_API_KEY
    for index in client.indexes.list():
        print(index.id, index.index_name)
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ApiKeyAuth, AsyncTwelveLabs, TwelveLabs
from ._error_codes import ErrorCategory, ErrorCode
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    StreamError,
    TaskFailedError,
    TwelveLabsError,
    UnprocessableEntityError,
    UploadChangedError,
    WaitTimeoutError,
)
from ._logs import setup_logging as _setup_logging
from ._options import NOT_GIVEN, NotGiven
from ._ratelimit import RateLimitInfo
from ._response import APIResponse, AsyncAPIResponse
from ._version import API_VERSION, __version__

_setup_logging()  # TWELVELABS_LOG=debug|info

# The result types (twelvelabs_sdk.types), the pagers, the streams and the progress
# printer are exported here too, but imported on first use: they pull in the
# generated models and attrs, which `import twelvelabs_sdk` should not pay for
# (the resources and calls that need them import them).
if TYPE_CHECKING:
    from ._pagination import AsyncPager, AsyncSearchPager, Page, SearchPager, SyncPager
    from ._progress import ProgressPrinter
    from ._streaming import (
        AnalyzeStream,
        AnalyzeStreamManager,
        AsyncAnalyzeStream,
        AsyncAnalyzeStreamManager,
    )
    from .types import (
        MISSING,
        UNSET,
        AnalyzeResponse,
        AnalyzeStreamEvent,
        Chapter,
        Clip,
        ClipInVideo,
        Confidence,
        CreatedEmbeddingTask,
        CreatedIndex,
        Embedding,
        EmbeddingSegment,
        EmbeddingSegments,
        EmbeddingTask,
        EmbeddingTaskStatus,
        Gist,
        Highlight,
        Index,
        Missing,
        ModelConfig,
        PageInfo,
        SearchClip,
        SearchPool,
        SearchResults,
        StreamEndEvent,
        StreamEventMetadata,
        StreamEventType,
        StreamStartEvent,
        Summary,
        Task,
        TaskStatus,
        TaskSystemMetadata,
        TextGenerationEvent,
        Unset,
        Usage,
        Video,
        VideoHls,
        VideoSystemMetadata,
        VideoUserMetadata,
        is_missing,
        is_stream_end,
        is_stream_start,
        is_text_generation,
    )

__all__ = [
    "API_VERSION",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MISSING",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnalyzeResponse",
    "AnalyzeStream",
    "AnalyzeStreamEvent",
    "AnalyzeStreamManager",
    "ApiKeyAuth",
    "AsyncAPIResponse",
    "AsyncAnalyzeStream",
    "AsyncAnalyzeStreamManager",
    "AsyncPager",
    "AsyncSearchPager",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "Chapter",
    "ClientClosedError",
    "Clip",
    "ClipInVideo",
    "Confidence",
    "ConflictError",
    "CreatedEmbeddingTask",
    "CreatedIndex",
    "Embedding",
    "EmbeddingSegment",
    "EmbeddingSegments",
    "EmbeddingTask",
    "EmbeddingTaskStatus",
    "ErrorCategory",
    "ErrorCode",
    "Gist",
    "Highlight",
    "Index",
    "InternalServerError",
    "InvalidParameterError",
    "Missing",
    "ModelConfig",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PageInfo",
    "PaginationError",
    "PermissionDeniedError",
    "ProgressPrinter",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseTooLargeError",
    "SearchClip",
    "SearchPager",
    "SearchPool",
    "SearchResults",
    "StreamEndEvent",
    "StreamError",
    "StreamEventMetadata",
    "StreamEventType",
    "StreamStartEvent",
    "Summary",
    "SyncPager",
    "Task",
    "TaskFailedError",
    "TaskStatus",
    "TaskSystemMetadata",
    "TextGenerationEvent",
    "TwelveLabs",
    "TwelveLabsError",
    "UnprocessableEntityError",
    "Unset",
    "UploadChangedError",
    "Usage",
    "Video",
    "VideoHls",
    "VideoSystemMetadata",
    "VideoUserMetadata",
    "WaitTimeoutError",
    "__version__",
    "is_missing",
    "is_stream_end",
    "is_stream_start",
    "is_text_generation",
]

_LAZY_MODULES = {
    **dict.fromkeys(
        ("AsyncPager", "AsyncSearchPager", "Page", "SearchPager", "SyncPager"), "_pagination"
    ),
    "ProgressPrinter": "_progress",
    **dict.fromkeys(
        (
            "AnalyzeStream",
            "AnalyzeStreamManager",
            "AsyncAnalyzeStream",
            "AsyncAnalyzeStreamManager",
        ),
        "_streaming",
    ),
}
_TYPES = frozenset(__all__) - frozenset(globals()) - frozenset(_LAZY_MODULES)


def __getattr__(name: str) -> Any:
    module = _LAZY_MODULES.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if name in _TYPES:
        from . import types

        value = getattr(types, name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
