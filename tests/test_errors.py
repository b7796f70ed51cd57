"""Typed errors: a class per status, the API's code and message, request ids,
readable messages for non-API bodies, and transport failures wrapped."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import httpx
import pytest
from operation_cases import OPERATION_IDS, OPERATIONS, Case
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwelveLabs,
    TwelveLabsError,
    UnprocessableEntityError,
)

ERROR_BODY = {"code": "index_not_found", "message": "The index idx1 does not exist."}


def drop_connection(request: Request) -> Response:
    """Close the connection after the request arrived, without answering."""
    request.environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
    return Response("never sent")


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1.3"


@pytest.fixture
def no_retry(api_key: str, base_url: str) -> Any:
    with TwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client:
        yield client


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (418, APIStatusError),
        (451, APIStatusError),
    ],
)
def test_status_maps_to_its_error_class_with_code_message_and_request_id(
    httpserver: HTTPServer, no_retry: TwelveLabs, status: int, error_class: type[APIStatusError]
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(
        ERROR_BODY, status=status, headers={"x-request-id": "req-7f3a"}
    )

    with pytest.raises(error_class) as caught:
        no_retry.indexes.retrieve("idx1")

    err = caught.value
    assert type(err) is error_class
    assert isinstance(err, APIError)
    assert isinstance(err, TwelveLabsError)
    assert err.status_code == status
    assert err.code == "index_not_found"
    assert err.message == "The index idx1 does not exist."
    assert err.request_id == "req-7f3a"
    assert err.body == ERROR_BODY
    assert isinstance(err.response, httpx.Response)
    assert err.response.status_code == status
    assert err.request.url.path == "/v1.3/indexes/idx1"
    text = str(err)
    assert str(status) in text
    assert "[index_not_found]" in text
    assert "The index idx1 does not exist." in text
    assert "req-7f3a" in text


def test_html_error_page_gives_a_readable_message(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    page = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>\n"
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data(
        page, status=502, content_type="text/html"
    )

    with pytest.raises(InternalServerError) as caught:
        no_retry.indexes.retrieve("idx1")

    err = caught.value
    assert err.code is None
    assert err.body == page
    assert "text/html" in err.message
    assert "502 Bad Gateway" in err.message
    assert "\n" not in str(err)
    assert str(err).startswith("502 BAD GATEWAY")


def test_empty_error_body_gives_a_readable_message(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data("", status=403)

    with pytest.raises(PermissionDeniedError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert caught.value.body is None
    assert caught.value.code is None
    assert str(caught.value) == "403 FORBIDDEN: empty response body"


def test_long_non_api_body_is_cut_short_in_the_message(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data("x" * 5000, status=500)

    with pytest.raises(InternalServerError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert len(str(caught.value)) < 300
    assert caught.value.body == "x" * 5000


def test_json_error_without_the_api_fields_shows_the_json(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(
        {"error": "quota"}, status=400
    )

    with pytest.raises(BadRequestError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert caught.value.code is None
    assert caught.value.message == '{"error": "quota"}'


def _serve_error(httpserver: HTTPServer, case: Case) -> None:
    httpserver.expect_request(case.path, method=case.method).respond_with_json(
        {"code": "resource_not_exists", "message": f"nothing at {case.path}"},
        status=404,
        headers={"x-request-id": "req-404"},
    )


def _assert_not_found(err: NotFoundError, case: Case) -> None:
    assert err.status_code == 404
    assert err.code == "resource_not_exists"
    assert err.message == f"nothing at {case.path}"
    assert err.request_id == "req-404"


@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
def test_every_sync_operation_raises_the_typed_status_error(
    httpserver: HTTPServer, client: TwelveLabs, case: Case
) -> None:
    _serve_error(httpserver, case)

    with pytest.raises(NotFoundError) as caught:
        case.call(client)

    _assert_not_found(caught.value, case)
    assert len(httpserver.log) == 1


@pytest.mark.parametrize("case", OPERATIONS, ids=OPERATION_IDS)
def test_every_async_operation_raises_the_typed_status_error(
    httpserver: HTTPServer, api_key: str, base_url: str, case: Case
) -> None:
    _serve_error(httpserver, case)

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            await case.call(client)

    with pytest.raises(NotFoundError) as caught:
        asyncio.run(run())

    _assert_not_found(caught.value, case)


def test_connection_refused_raises_api_connection_error_wrapping_httpx(api_key: str) -> None:
    with (
        TwelveLabs(api_key=api_key, base_url=closed_port_url(), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.indexes.retrieve("idx1")

    err = caught.value
    assert type(err) is APIConnectionError
    assert not isinstance(err, httpx.HTTPError)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert err.request.url.path == "/v1.3/indexes/idx1"
    assert "ConnectError" in str(err)


def test_async_connection_refused_raises_api_connection_error(api_key: str) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(
            api_key=api_key, base_url=closed_port_url(), max_retries=0
        ) as client:
            await client.indexes.retrieve("idx1")

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(run())

    assert isinstance(caught.value.__cause__, httpx.ConnectError)


def _slow(request: Request) -> Response:
    time.sleep(0.4)
    return Response('{"_id": "idx1"}', content_type="application/json")


def test_read_timeout_raises_api_timeout_error(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_handler(_slow)

    with (
        TwelveLabs(api_key=api_key, base_url=base_url, timeout=0.1, max_retries=0) as client,
        pytest.raises(APITimeoutError) as caught,
    ):
        client.indexes.retrieve("idx1")

    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_async_read_timeout_raises_api_timeout_error(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_handler(_slow)

    async def run() -> None:
        async with AsyncTwelveLabs(
            api_key=api_key, base_url=base_url, timeout=0.1, max_retries=0
        ) as client:
            await client.indexes.retrieve("idx1")

    with pytest.raises(APITimeoutError) as caught:
        asyncio.run(run())

    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_dropped_connection_raises_api_connection_error(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_handler(drop_connection)

    with pytest.raises(APIConnectionError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


def test_success_status_with_a_body_that_is_not_json_raises_validation_error(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data(
        "<html>maintenance</html>", content_type="text/html"
    )

    with pytest.raises(APIResponseValidationError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert caught.value.status_code == 200
    assert "not JSON" in str(caught.value)


def test_redirect_loop_ends_in_a_status_error_after_five_hops(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data(
        "", status=302, headers={"Location": "/v1.3/indexes/idx1"}
    )

    with pytest.raises(APIStatusError) as caught:
        no_retry.indexes.retrieve("idx1")

    assert caught.value.status_code == 302
    assert len(httpserver.log) == 1 + 5


def test_redirect_loop_on_a_streamed_call_ends_in_a_status_error(
    httpserver: HTTPServer, no_retry: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/analyze", method="POST").respond_with_data(
        "", status=307, headers={"Location": "/v1.3/analyze"}
    )

    with pytest.raises(APIStatusError) as caught:
        list(no_retry.analyze_stream("vid1", "What happens?"))

    assert caught.value.status_code == 307


def test_async_redirect_loop_on_a_streamed_call_ends_in_a_status_error(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/analyze", method="POST").respond_with_data(
        "", status=307, headers={"Location": "/v1.3/analyze"}
    )

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client:
            await client.analyze_stream("vid1", "What happens?")

    with pytest.raises(APIStatusError) as caught:
        asyncio.run(run())
    assert caught.value.status_code == 307
