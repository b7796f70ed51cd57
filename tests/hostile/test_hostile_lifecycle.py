"""A client's lifecycle surfaces as typed errors, and the caller's httpx client
stays the caller's:

- a call after `close()` (also through a copy made by with_options, or after the
  caller closed their own httpx client) raises ClientClosedError;
- an async client used from a second event loop raises ClientClosedError;
- `client.api` never reconfigures an httpx client the caller passed in: the
  caller's own relative requests do not go to the API with the key.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from _hostile import Conn, RawServer, Request, response

from twelvelabs_api.api.indexes import retrieve_index
from twelvelabs_sdk import AsyncTwelveLabs, ClientClosedError, TwelveLabs, TwelveLabsError

KEY = "tlk-hostile-lifecycle-key"


def index_answer(conn: Conn, request: Request) -> None:
    index_id = request.path.rsplit("/", 1)[-1]
    conn.send(response(200, {"_id": index_id, "index_name": "n", "models": []}))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(index_answer) as server:
        yield server


def test_a_closed_client_and_its_copies_raise_client_closed(server: RawServer) -> None:
    client = TwelveLabs(api_key=KEY, base_url=server.url)
    copy = client.with_options(max_retries=0)
    assert client.indexes.retrieve("a").id == "a"
    client.close()
    for closed in (client, copy):
        with pytest.raises(ClientClosedError) as caught:
            closed.indexes.retrieve("a")
        assert isinstance(caught.value, TwelveLabsError)
        assert isinstance(caught.value, RuntimeError)
    assert server.count("GET", "/indexes/a") == 1


def test_closing_a_copy_leaves_the_original_working(server: RawServer) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        client.with_options(max_retries=0).close()
        assert client.indexes.retrieve("b").id == "b"


def test_a_caller_closed_http_client_raises_client_closed(server: RawServer) -> None:
    http = httpx.Client()
    client = TwelveLabs(api_key=KEY, base_url=server.url, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError):
        client.indexes.retrieve("a")


def test_async_closed_client_raises_client_closed(server: RawServer) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            await client.indexes.retrieve("a")
        await client.indexes.retrieve("a")

    with pytest.raises(ClientClosedError):
        asyncio.run(run())


def test_async_client_from_a_second_event_loop_raises_client_closed(server: RawServer) -> None:
    # No keep-alive, so that no connection is left behind on the first, closed loop.
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    client = AsyncTwelveLabs(api_key=KEY, base_url=server.url, http_client=http)

    async def call() -> str:
        return (await client.indexes.retrieve("a")).id

    assert asyncio.run(call()) == "a"
    with pytest.raises(ClientClosedError, match="event loop"):
        asyncio.run(call())
    asyncio.run(http.aclose())


def test_api_leaves_the_callers_http_client_alone(server: RawServer) -> None:
    with RawServer(index_answer) as elsewhere, httpx.Client() as http:
        client = TwelveLabs(api_key=KEY, base_url=server.url, http_client=http)
        index = retrieve_index.sync("via-api", client=client.api)
        assert index is not None
        assert index.id == "via-api"
        assert server.requests[-1].headers["x-api-key"] == KEY

        assert http.base_url == httpx.URL("")
        assert http.auth is None
        with pytest.raises(httpx.UnsupportedProtocol):  # relative: nowhere to go
            http.get("/v1.3/indexes/mine")
        http.get(f"{elsewhere.url}/indexes/mine")
        assert "x-api-key" not in elsewhere.requests[-1].headers
    assert server.count("GET", "/indexes/mine") == 0


def test_async_api_leaves_the_callers_http_client_alone(server: RawServer) -> None:
    async def run() -> None:
        async with httpx.AsyncClient() as http:
            client = AsyncTwelveLabs(api_key=KEY, base_url=server.url, http_client=http)
            index = await retrieve_index.asyncio("via-api", client=client.api)
            assert index is not None
            assert index.id == "via-api"
            assert http.base_url == httpx.URL("")
            assert http.auth is None
            with pytest.raises(httpx.UnsupportedProtocol):
                await http.get("/v1.3/indexes/mine")

    asyncio.run(run())
    assert server.requests[-1].headers["x-api-key"] == KEY
    assert server.count("GET", "/indexes/mine") == 0
