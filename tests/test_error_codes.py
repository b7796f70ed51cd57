"""The API's documented error codes as constants, and every error classified
retryable / permanent / quota, with the body's docs_url kept."""

from __future__ import annotations

import asyncio
import socket

import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import (
    APIConnectionError,
    APIStatusError,
    AsyncTwelveLabs,
    BadRequestError,
    ErrorCategory,
    ErrorCode,
    InternalServerError,
    InvalidParameterError,
    RateLimitError,
    TwelveLabs,
    TwelveLabsError,
)

DOCS = "https://docs.twelvelabs.io/v1.3/api-reference/error-codes"


def _fail(httpserver: HTTPServer, status: int, body: object) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(body, status=status)


def _sync_error(base_url: str, api_key: str) -> APIStatusError:
    with (
        TwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.indexes.retrieve("idx1")
    return caught.value


def _async_error(base_url: str, api_key: str) -> APIStatusError:
    async def run() -> APIStatusError:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client:
            with pytest.raises(APIStatusError) as caught:
                await client.indexes.retrieve("idx1")
        return caught.value

    return asyncio.run(run())


def test_error_code_constants_are_the_documented_strings() -> None:
    assert ErrorCode.VIDEO_FILE_BROKEN == "video_file_broken"
    assert ErrorCode.USAGE_LIMIT_EXCEEDED == "usage_limit_exceeded"
    assert ErrorCode("parameter_unknown") is ErrorCode.PARAMETER_UNKNOWN
    assert {c.value for c in ErrorCode} >= {
        "video_duration_too_short",
        "too_many_requests",
        "parameter_invalid",
        "resource_not_exist",
        "index_not_supported_for_generate",
        "search_page_token_expired",
    }


@pytest.mark.parametrize("shell", [_sync_error, _async_error], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("status", "code", "category", "error_class"),
    [
        (400, "video_file_broken", "permanent", BadRequestError),
        (400, "video_duration_too_short", "permanent", BadRequestError),
        (400, "parameter_unknown", "permanent", BadRequestError),
        (400, "usage_limit_exceeded", "quota", BadRequestError),
        (429, "too_many_requests", "quota", RateLimitError),
        (500, "request_canceled_or_timed_out", "retryable", InternalServerError),
        # Unknown codes fall back on the status.
        (503, "some_new_code", "retryable", InternalServerError),
        (429, "some_new_code", "quota", RateLimitError),
        (404, "some_new_code", "permanent", APIStatusError),
    ],
)
def test_status_error_is_classified_by_code_then_status(
    httpserver: HTTPServer,
    api_key: str,
    base_url: str,
    shell: object,
    status: int,
    code: str,
    category: str,
    error_class: type[APIStatusError],
) -> None:
    _fail(httpserver, status, {"code": code, "message": "m", "docs_url": DOCS})
    assert callable(shell)
    error = shell(base_url, api_key)
    assert isinstance(error, error_class)
    assert error.code == code
    assert error.category == category
    assert error.category in {"retryable", "permanent", "quota"}
    assert isinstance(error.category, ErrorCategory)
    assert error.is_permanent is (category == "permanent")
    assert error.is_retryable is (category == "retryable")
    assert error.is_quota is (category == "quota")
    assert error.docs_url == DOCS


def test_docs_url_is_none_when_the_body_has_none(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    _fail(httpserver, 400, {"code": "parameter_invalid", "message": "bad"})
    error = _sync_error(base_url, api_key)
    assert error.docs_url is None
    assert error.code == ErrorCode.PARAMETER_INVALID


def test_non_json_5xx_is_retryable(httpserver: HTTPServer, api_key: str, base_url: str) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data(
        "<html>bad gateway</html>", status=502, content_type="text/html"
    )
    error = _sync_error(base_url, api_key)
    assert error.code is None
    assert error.category == "retryable"


def test_connection_error_is_retryable_and_bad_input_is_permanent(api_key: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1.3"
    with TwelveLabs(api_key=api_key, base_url=url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as conn:
            client.indexes.retrieve("idx1")
        with pytest.raises(InvalidParameterError) as bad:
            client.indexes.retrieve("")
    assert conn.value.category == "retryable"
    assert bad.value.category == "permanent"
    assert isinstance(bad.value, TwelveLabsError)
