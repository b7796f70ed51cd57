"""The API key stays secret: only in `x-api-key`, only to the API's origin, never
in a repr, an exception or a log line. TLS verification is on by default, and
the library prints nothing."""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import traceback
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import (
    APIConnectionError,
    APIStatusError,
    AsyncTwelveLabs,
    InvalidParameterError,
    TwelveLabs,
    TwelveLabsError,
)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1.3"


def everything_about(err: BaseException) -> str:
    """str, repr and the full traceback text (chained causes included)."""
    return "\n".join([str(err), repr(err), "".join(traceback.format_exception(err))])


@pytest.fixture
def other_origin() -> Iterator[HTTPServer]:
    """A second server: same host, another port, hence another origin."""
    server = HTTPServer()
    server.start()
    yield server
    server.clear()
    server.stop()


# -- repr and str ------------------------------------------------------------------


def test_client_repr_and_str_hide_the_key(client: TwelveLabs, api_key: str) -> None:
    copy = client.with_options(max_retries=0)
    for text in (repr(client), str(client), repr(copy), repr(client._auth)):
        assert api_key not in text
    assert "***" in repr(client)


def test_async_client_repr_hides_the_key(api_key: str) -> None:
    client = AsyncTwelveLabs(api_key=api_key)
    assert api_key not in repr(client)
    assert api_key not in str(client)
    asyncio.run(client.close())


def test_generated_client_repr_hides_the_key(client: TwelveLabs, api_key: str) -> None:
    assert api_key not in repr(client.api)
    assert api_key not in repr(client.api.with_headers({"X-Extra": "1"}))


# -- exceptions --------------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500, 418])
def test_status_errors_do_not_show_the_key(
    httpserver: HTTPServer, api_key: str, base_url: str, status: int
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(
        {"code": "api_key_invalid", "message": "The API key is invalid."}, status=status
    )

    with (
        TwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        client.indexes.retrieve("idx1")

    assert api_key not in everything_about(caught.value)


def test_connection_errors_do_not_show_the_key(api_key: str) -> None:
    with (
        TwelveLabs(api_key=api_key, base_url=closed_port_url(), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.indexes.retrieve("idx1")

    assert api_key not in everything_about(caught.value)


def test_missing_key_and_bad_input_errors_do_not_show_the_key(api_key: str) -> None:
    with pytest.raises(TwelveLabsError) as missing:
        TwelveLabs(api_key="", base_url="http://127.0.0.1:9")
    with (
        TwelveLabs(api_key=api_key, base_url="http://127.0.0.1:9") as client,
        pytest.raises(InvalidParameterError) as bad,
    ):
        client.search.query(index_id="idx1", search_options=["visuals"], query_text="cat")

    assert api_key not in everything_about(missing.value)
    assert api_key not in everything_about(bad.value)


def test_key_read_with_a_trailing_newline_is_sent_without_it(
    httpserver: HTTPServer, api_key: str, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As from a secret file: the newline would make the header illegal, and the
    # HTTP layer's error would quote the key.
    monkeypatch.setenv("TWELVELABS_API_KEY", f"  {api_key}\n")
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json({"_id": "idx1"})

    with TwelveLabs(base_url=base_url) as client:
        client.indexes.retrieve("idx1")

    assert httpserver.log[0][0].headers["x-api-key"] == api_key


@pytest.mark.parametrize("bad", ["tlk-FAKE\r\nX-Injected: 1", "tlk-FAKE-\x00-key", "tlk-FAKE-clé"])
def test_key_that_cannot_be_a_header_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        TwelveLabs(api_key=bad, base_url="http://127.0.0.1:9")

    assert caught.value.param == "api_key"
    assert bad not in everything_about(caught.value)
    assert "tlk-FAKE" not in everything_about(caught.value)


# -- logs ---------------------------------------------------------------------------------


def test_debug_logs_of_the_sdk_and_httpx_never_contain_the_key(
    httpserver: HTTPServer, api_key: str, base_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_oneshot_request("/v1.3/indexes/idx1").respond_with_json(
        {"code": "busy", "message": "try again"}, status=503, headers={"Retry-After": "0"}
    )
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json({"_id": "idx1"})
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"code": "bad", "message": "bad video"}, status=400
    )

    with caplog.at_level(logging.DEBUG):  # root: twelvelabs_sdk, httpx and httpcore alike
        for name in ("twelvelabs_sdk", "httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        with TwelveLabs(api_key=api_key, base_url=base_url) as client:
            client.indexes.retrieve("idx1")
            with pytest.raises(APIStatusError):
                client.tasks.create(index_id="idx1", video_file=b"video bytes")
        with (
            TwelveLabs(api_key=api_key, base_url=closed_port_url(), max_retries=0) as offline,
            pytest.raises(APIConnectionError),
        ):
            offline.indexes.retrieve("idx1")
    for name in ("twelvelabs_sdk", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.NOTSET)

    loggers = {r.name.split(".")[0] for r in caplog.records}
    assert {"twelvelabs_sdk", "httpx", "httpcore"} <= loggers
    assert api_key not in caplog.text
    for record in caplog.records:
        assert api_key not in record.getMessage()
        assert api_key not in repr(record.args)
    sdk_debug = [
        r.getMessage()
        for r in caplog.records
        if r.name == "twelvelabs_sdk" and r.levelno == logging.DEBUG
    ]
    assert any("GET /v1.3/indexes/idx1 -> 503 (attempt 1" in m for m in sdk_debug)
    assert any("GET /v1.3/indexes/idx1 -> 200 (attempt 2" in m for m in sdk_debug)
    assert any("POST /v1.3/tasks -> 400" in m for m in sdk_debug)


# -- redirects ------------------------------------------------------------------------------


def test_key_is_dropped_on_a_redirect_to_another_host(
    httpserver: HTTPServer, client: TwelveLabs, api_key: str
) -> None:
    elsewhere = httpserver.url_for("/mirror/idx1").replace("localhost", "127.0.0.1")
    assert "localhost" in httpserver.url_for("/")
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_data(
        "", status=302, headers={"Location": elsewhere}
    )
    httpserver.expect_request("/mirror/idx1").respond_with_json({"_id": "idx1"})

    assert client.indexes.retrieve("idx1").id == "idx1"

    (first, _), (second, _) = httpserver.log
    assert first.headers["x-api-key"] == api_key
    assert second.host.startswith("127.0.0.1")
    assert "x-api-key" not in second.headers


def test_key_is_dropped_on_a_redirect_to_another_port(
    httpserver: HTTPServer, other_origin: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/tasks/t1").respond_with_data(
        "", status=307, headers={"Location": other_origin.url_for("/v1.3/tasks/t1")}
    )
    other_origin.expect_request("/v1.3/tasks/t1").respond_with_json({"_id": "t1"})

    assert client.tasks.retrieve("t1").id == "t1"

    ((request, _),) = other_origin.log
    assert "x-api-key" not in request.headers


def test_async_client_drops_the_key_on_a_cross_origin_redirect(
    httpserver: HTTPServer, other_origin: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/tasks/t1").respond_with_data(
        "", status=302, headers={"Location": other_origin.url_for("/t1")}
    )
    other_origin.expect_request("/t1").respond_with_json({"_id": "t1"})

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            await client.tasks.retrieve("t1")

    asyncio.run(run())
    ((request, _),) = other_origin.log
    assert "x-api-key" not in request.headers


def test_key_is_kept_on_a_same_origin_redirect(
    httpserver: HTTPServer, client: TwelveLabs, api_key: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/old").respond_with_data(
        "", status=301, headers={"Location": "/v1.3/indexes/new"}
    )
    httpserver.expect_request("/v1.3/indexes/new").respond_with_json({"_id": "new"})

    assert client.indexes.retrieve("old").id == "new"

    assert [r.headers.get("x-api-key") for r, _ in httpserver.log] == [api_key, api_key]


# -- TLS --------------------------------------------------------------------------------------


def _ssl_context(http: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    return http._transport._pool._ssl_context


def test_tls_certificates_are_verified_by_default(api_key: str) -> None:
    with TwelveLabs(api_key=api_key) as client:
        context = _ssl_context(client._http)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_async_tls_certificates_are_verified_by_default(api_key: str) -> None:
    client = AsyncTwelveLabs(api_key=api_key)
    context = _ssl_context(client._http)
    asyncio.run(client.close())
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


# -- nothing printed ---------------------------------------------------------------------------


def test_the_library_prints_nothing(
    httpserver: HTTPServer, client: TwelveLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_oneshot_request("/v1.3/indexes/idx1").respond_with_json(
        {}, status=500, headers={"Retry-After": "0"}
    )
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json({"_id": "idx1"})
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json({}, status=409)

    client.indexes.retrieve("idx1")
    with pytest.raises(APIStatusError):
        client.tasks.create(index_id="idx1", video_file=b"video", on_progress=lambda *a: None)

    assert capsys.readouterr() == ("", "")
