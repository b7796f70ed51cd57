"""A create answered by a redirect has reached the server: if the next hop then
fails to connect, the create is not sent again. The retry decision looks at the
whole redirect chain of the attempt, not only at the last hop's failure."""

from __future__ import annotations

import asyncio
import socket

import pytest
from _hostile import Conn, Handler, RawServer, Request, response

from twelvelabs_sdk import APIConnectionError, AsyncTwelveLabs, TwelveLabs

KEY = "tlk-hostile-redirect-key"
MODELS = [{"model_name": "marengo3.0", "model_options": ["visual"]}]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def redirect_to_nowhere(port: int) -> Handler:
    def handle(conn: Conn, request: Request) -> None:
        location = f"http://127.0.0.1:{port}/v1.3/indexes/created"
        conn.send(response(303, b"", headers={"Location": location}))

    return handle


def test_create_redirected_to_a_dead_hop_is_sent_once() -> None:
    with RawServer(redirect_to_nowhere(closed_port())) as server:
        with (
            TwelveLabs(api_key=KEY, base_url=server.url, max_retries=2) as client,
            pytest.raises(APIConnectionError),
        ):
            client.indexes.create("n", models=MODELS)
        assert server.count("POST", "/indexes") == 1


def test_async_create_redirected_to_a_dead_hop_is_sent_once() -> None:
    async def call(url: str) -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url, max_retries=2) as client:
            await client.indexes.create("n", models=MODELS)

    with RawServer(redirect_to_nowhere(closed_port())) as server:
        with pytest.raises(APIConnectionError):
            asyncio.run(call(server.url))
        assert server.count("POST", "/indexes") == 1


def test_a_read_redirected_to_a_dead_hop_is_still_retried() -> None:
    with RawServer(redirect_to_nowhere(closed_port())) as server:
        with (
            TwelveLabs(api_key=KEY, base_url=server.url, max_retries=1) as client,
            pytest.raises(APIConnectionError),
        ):
            client.indexes.retrieve("abc")
        assert server.count("GET", "/indexes/abc") == 2
