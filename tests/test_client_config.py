"""Client configuration: key and base URL from arguments or the environment,
timeouts, retries, headers, a caller's own httpx client, `with_options`, the
context managers and the generated low-level client at `client.api`."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_api.api.indexes import retrieve_index
from twelvelabs_api.models.index import Index
from twelvelabs_sdk import (
    DEFAULT_MAX_RETRIES,
    APITimeoutError,
    AsyncTwelveLabs,
    InvalidParameterError,
    ResponseTooLargeError,
    TwelveLabs,
    TwelveLabsError,
)

INDEX = {"_id": "idx1", "index_name": "lib"}


def serve_index(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_json(INDEX)


def last_headers(httpserver: HTTPServer) -> dict[str, str]:
    httpserver.check_assertions()
    return dict(httpserver.log[-1][0].headers)


# -- the API key ----------------------------------------------------------------


def test_api_key_argument_is_sent_as_x_api_key(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    with TwelveLabs(api_key=api_key, base_url=base_url) as client:
        client.indexes.retrieve("idx1")

    assert last_headers(httpserver)["X-Api-Key"] == api_key


def test_api_key_falls_back_to_the_environment(
    httpserver: HTTPServer, api_key: str, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_index(httpserver)
    monkeypatch.setenv("TWELVELABS_API_KEY", "tlk-FAKE-from-env")

    with TwelveLabs(base_url=base_url) as client:
        client.indexes.retrieve("idx1")

    assert last_headers(httpserver)["X-Api-Key"] == "tlk-FAKE-from-env"


def test_api_key_argument_wins_over_the_environment(
    httpserver: HTTPServer, api_key: str, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_index(httpserver)
    monkeypatch.setenv("TWELVELABS_API_KEY", "tlk-FAKE-from-env")

    with TwelveLabs(api_key=api_key, base_url=base_url) as client:
        client.indexes.retrieve("idx1")

    assert last_headers(httpserver)["X-Api-Key"] == api_key


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize("key", [None, ""])
def test_missing_api_key_fails_at_construction_with_a_clear_error(
    api_key: str, client_class: type[TwelveLabs], key: str | None
) -> None:
    with pytest.raises(TwelveLabsError) as caught:
        client_class(api_key=key, base_url="http://127.0.0.1:9")

    assert "api_key" in str(caught.value)
    assert "TWELVELABS_API_KEY" in str(caught.value)


# -- the base URL -----------------------------------------------------------------


def test_base_url_argument_is_used_with_its_path_prefix(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    with TwelveLabs(api_key=api_key, base_url=base_url + "/") as client:
        assert client.indexes.retrieve("idx1").id == "idx1"

    assert httpserver.log[-1][0].path == "/v1.3/indexes/idx1"


def test_base_url_falls_back_to_the_environment(
    httpserver: HTTPServer, api_key: str, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_index(httpserver)
    monkeypatch.setenv("TWELVELABS_BASE_URL", base_url)

    with TwelveLabs(api_key=api_key) as client:
        assert client.indexes.retrieve("idx1").id == "idx1"


def test_base_url_argument_wins_over_the_environment(
    httpserver: HTTPServer, api_key: str, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    serve_index(httpserver)
    monkeypatch.setenv("TWELVELABS_BASE_URL", "http://127.0.0.1:9/elsewhere")

    with TwelveLabs(api_key=api_key, base_url=base_url) as client:
        assert client.indexes.retrieve("idx1").id == "idx1"


def test_base_url_defaults_to_the_public_api_v1_3(api_key: str) -> None:
    with TwelveLabs(api_key=api_key) as client:
        assert str(client.base_url) == "https://api.twelvelabs.io/v1.3"
        assert client.api.get_httpx_client().base_url == "https://api.twelvelabs.io/v1.3/"


def test_async_base_url_defaults_to_the_public_api_v1_3(api_key: str) -> None:
    client = AsyncTwelveLabs(api_key=api_key)
    assert str(client.base_url) == "https://api.twelvelabs.io/v1.3"
    asyncio.run(client.close())


@pytest.mark.parametrize("bad", ["api.twelvelabs.io/v1.3", "ftp://example.com", "http://"])
def test_base_url_that_is_not_an_absolute_http_url_is_rejected(api_key: str, bad: str) -> None:
    with pytest.raises(InvalidParameterError, match="base_url"):
        TwelveLabs(api_key=api_key, base_url=bad)


# -- timeouts and retries -----------------------------------------------------------


def _slow_index(request: Request) -> Response:
    time.sleep(0.3)
    return Response('{"_id": "idx1"}', content_type="application/json")


def test_default_timeout_is_finite_and_default_max_retries_is_two(api_key: str) -> None:
    with TwelveLabs(api_key=api_key) as client:
        timeout = client.timeout
        assert client.max_retries == DEFAULT_MAX_RETRIES == 2

    assert isinstance(timeout, httpx.Timeout)
    for phase in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        assert phase is not None
        assert 0 < phase <= 600


def test_timeout_as_float_applies_to_every_phase(api_key: str) -> None:
    with TwelveLabs(api_key=api_key, timeout=7.5) as client:
        assert client.timeout == httpx.Timeout(7.5)


def test_timeout_as_httpx_timeout_is_kept(api_key: str) -> None:
    custom = httpx.Timeout(30.0, connect=2.0)
    with TwelveLabs(api_key=api_key, timeout=custom) as client:
        assert client.timeout == custom


def test_short_timeout_cuts_a_slow_answer(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_handler(_slow_index)

    with (
        TwelveLabs(api_key=api_key, base_url=base_url, timeout=0.1, max_retries=0) as client,
        pytest.raises(APITimeoutError),
    ):
        client.indexes.retrieve("idx1")


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_max_retries_must_be_a_non_negative_integer(api_key: str, bad: object) -> None:
    with pytest.raises(InvalidParameterError, match="max_retries"):
        TwelveLabs(api_key=api_key, max_retries=bad)


# -- headers -----------------------------------------------------------------------


def test_default_headers_are_sent_with_every_request(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    with TwelveLabs(
        api_key=api_key, base_url=base_url, default_headers={"X-Team": "search"}
    ) as client:
        client.indexes.retrieve("idx1")

    headers = last_headers(httpserver)
    assert headers["X-Team"] == "search"
    assert headers["User-Agent"].startswith("twelvelabs-sdk-python/")
    assert headers["X-Api-Key"] == api_key


# -- with_options --------------------------------------------------------------------


def test_with_options_returns_a_configured_copy_and_leaves_the_original(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_index(httpserver)

    copy = client.with_options(
        timeout=3.0, max_retries=5, extra_headers={"X-Request-Source": "batch"}
    )
    copy.indexes.retrieve("idx1")
    copied_headers = last_headers(httpserver)
    client.indexes.retrieve("idx1")
    original_headers = last_headers(httpserver)

    assert (copy.timeout, copy.max_retries) == (httpx.Timeout(3.0), 5)
    assert (client.timeout, client.max_retries) != (httpx.Timeout(3.0), 5)
    assert copied_headers["X-Request-Source"] == "batch"
    assert "X-Request-Source" not in original_headers
    assert copied_headers["X-Api-Key"] == original_headers["X-Api-Key"]
    assert copy.base_url == client.base_url


def test_with_options_timeout_applies_to_calls_made_through_the_copy(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/indexes/idx1").respond_with_handler(_slow_index)

    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.1, max_retries=0).indexes.retrieve("idx1")
    assert client.indexes.retrieve("idx1").id == "idx1"


def test_closing_a_with_options_copy_leaves_the_shared_pool_open(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_index(httpserver)

    with client.with_options(max_retries=0) as copy:
        copy.indexes.retrieve("idx1")

    assert client.indexes.retrieve("idx1").id == "idx1"


def test_async_with_options_returns_an_async_copy(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            copy = client.with_options(max_retries=0, extra_headers={"X-Copy": "1"})
            assert isinstance(copy, AsyncTwelveLabs)
            assert copy.max_retries == 0
            await copy.indexes.retrieve("idx1")

    asyncio.run(run())
    assert last_headers(httpserver)["X-Copy"] == "1"


# -- a caller's own httpx client --------------------------------------------------------


def test_callers_http_client_is_used_and_not_closed(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)
    seen: list[str] = []
    http = httpx.Client(
        headers={"X-Caller": "mine"},
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
        timeout=12.0,
    )

    with TwelveLabs(api_key=api_key, base_url=base_url, http_client=http) as client:
        client.indexes.retrieve("idx1")
        assert client.timeout == httpx.Timeout(12.0)

    assert seen == ["/v1.3/indexes/idx1"]
    assert last_headers(httpserver)["X-Caller"] == "mine"
    assert not http.is_closed
    assert http.get(httpserver.url_for("/v1.3/indexes/idx1")).status_code == 200
    http.close()


def test_callers_async_http_client_is_used_and_not_closed(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    async def run() -> bool:
        async with httpx.AsyncClient(headers={"X-Caller": "mine"}) as http:
            async with AsyncTwelveLabs(api_key=api_key, base_url=base_url, http_client=http) as c:
                await c.indexes.retrieve("idx1")
            return http.is_closed

    assert asyncio.run(run()) is False
    assert last_headers(httpserver)["X-Caller"] == "mine"


def test_callers_http_client_headers_changed_later_are_sent_too(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)
    http = httpx.Client(headers={"X-Caller": "first"})
    client = TwelveLabs(api_key=api_key, base_url=base_url, http_client=http)

    client.indexes.retrieve("idx1")
    assert last_headers(httpserver)["X-Caller"] == "first"
    http.headers["X-Caller"] = "second"
    client.indexes.retrieve("idx1")

    sent = last_headers(httpserver)
    assert sent["X-Caller"] == "second"
    assert sent["X-Api-Key"] == api_key
    http.close()


def test_callers_http_client_cookies_and_default_params_are_sent(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)
    http = httpx.Client(cookies={"session": "s1"}, params={"trace": "t1"})
    with TwelveLabs(api_key=api_key, base_url=base_url, http_client=http) as client:
        client.indexes.retrieve("idx1")

    request = httpserver.log[-1][0]
    assert request.cookies.get("session") == "s1"
    assert request.args.get("trace") == "t1"
    assert request.headers["X-Api-Key"] == api_key
    http.close()


def _mock_index(request: httpx.Request) -> httpx.Response:
    # An answer built from content= is already read when the SDK gets it.
    return httpx.Response(200, json=INDEX)


def test_callers_mock_transport_answers_are_parsed_and_capped(api_key: str) -> None:
    http = httpx.Client(transport=httpx.MockTransport(_mock_index))
    client = TwelveLabs(api_key=api_key, http_client=http)

    assert client.indexes.retrieve("idx1").index_name == "lib"
    with pytest.raises(ResponseTooLargeError):
        client.with_options(max_response_bytes=8).indexes.retrieve("idx1")


def test_async_callers_mock_transport_answers_are_parsed_and_capped(api_key: str) -> None:
    async def run() -> str:
        http = httpx.AsyncClient(transport=httpx.MockTransport(_mock_index))
        client = AsyncTwelveLabs(api_key=api_key, http_client=http)
        with pytest.raises(ResponseTooLargeError):
            await client.with_options(max_response_bytes=8).indexes.retrieve("idx1")
        index = await client.indexes.retrieve("idx1")
        await http.aclose()
        return str(index.index_name)

    assert asyncio.run(run()) == "lib"


# -- context managers close what they own ------------------------------------------------


def test_sync_context_manager_closes_the_client_it_created(api_key: str) -> None:
    with TwelveLabs(api_key=api_key) as client:
        assert not client._http.is_closed
    assert client._http.is_closed


def test_close_closes_the_client_it_created(api_key: str) -> None:
    client = TwelveLabs(api_key=api_key)
    client.close()
    assert client._http.is_closed


def test_async_context_manager_closes_the_client_it_created(api_key: str) -> None:
    async def run() -> AsyncTwelveLabs:
        async with AsyncTwelveLabs(api_key=api_key) as client:
            assert not client._http.is_closed
        return client

    assert asyncio.run(run())._http.is_closed


# -- the generated low-level client ------------------------------------------------------


def test_api_is_the_generated_client_and_its_functions_send_the_key(
    httpserver: HTTPServer, client: TwelveLabs, api_key: str
) -> None:
    serve_index(httpserver)

    index = retrieve_index.sync("idx1", client=client.api)

    assert isinstance(index, Index)
    assert index.id == "idx1"
    assert last_headers(httpserver)["X-Api-Key"] == api_key
    # A view over the same pool: the SDK's own httpx client is left as it was.
    assert client._http.base_url == httpx.URL("")
    assert client._http.auth is None


def test_async_api_is_the_generated_client_and_its_functions_send_the_key(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    async def run() -> Index | None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            assert client.api.get_async_httpx_client() is not client._http
            return await retrieve_index.asyncio("idx1", client=client.api)

    index = asyncio.run(run())
    assert isinstance(index, Index)
    assert last_headers(httpserver)["X-Api-Key"] == api_key


def test_api_works_through_a_callers_http_client_too(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    serve_index(httpserver)

    with (
        httpx.Client() as http,
        TwelveLabs(api_key=api_key, base_url=base_url, http_client=http) as client,
    ):
        index = retrieve_index.sync("idx1", client=client.api)

    assert isinstance(index, Index)
    assert last_headers(httpserver)["X-Api-Key"] == api_key
