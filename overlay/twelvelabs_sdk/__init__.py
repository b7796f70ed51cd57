"""twelvelabs_sdk: a typed, retrying, streaming client for the TwelveLabs API v1.3.

from twelvelabs_sdk import TwelveLabs

with TwelveLabs() as client:              # key from TWELVELABS_API_KEY
    for index in client.indexes.list():
        print(index.id, index.index_name)
"""

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ApiKeyAuth, AsyncTwelveLabs, TwelveLabs
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
from ._pagination import AsyncPager, AsyncSearchPager, Page, SearchPager, SyncPager
from ._progress import ProgressPrinter
from ._streaming import AnalyzeStream, AsyncAnalyzeStream, AsyncAnalyzeStreamManager
from ._version import API_VERSION, __version__

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
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "ProgressPrinter",
    "RateLimitError",
    "ResponseTooLargeError",
    "SearchPager",
    "StreamError",
    "SyncPager",
    "TaskFailedError",
    "TwelveLabs",
    "TwelveLabsError",
    "UnprocessableEntityError",
    "UploadChangedError",
    "WaitTimeoutError",
    "__version__",
]
