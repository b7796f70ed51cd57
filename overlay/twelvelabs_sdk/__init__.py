"""twelvelabs_sdk: a typed, retrying, streaming client for the TwelveLabs API v1.3.

from twelvelabs_sdk import TwelveLabs

with TwelveLabs() as client:              # key from TWELVELABS_API_KEY
    for index in client.indexes.list():
        print(index.id, index.index_name)
"""

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
    ConflictError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    TaskFailedError,
    TwelveLabsError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._logs import setup_logging as _setup_logging
from ._pagination import AsyncPager, AsyncSearchPager, Page, SearchPager, SyncPager
from ._progress import ProgressPrinter
from ._streaming import AnalyzeStream, AsyncAnalyzeStream, AsyncAnalyzeStreamManager
from ._version import API_VERSION, __version__

_setup_logging()  # TWELVELABS_LOG=debug|info

__all__ = [
    "API_VERSION",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnalyzeStream",
    "ApiKeyAuth",
    "AsyncAnalyzeStream",
    "AsyncAnalyzeStreamManager",
    "AsyncPager",
    "AsyncSearchPager",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorCategory",
    "ErrorCode",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "ProgressPrinter",
    "RateLimitError",
    "SearchPager",
    "StreamError",
    "SyncPager",
    "TaskFailedError",
    "TwelveLabs",
    "TwelveLabsError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
]
