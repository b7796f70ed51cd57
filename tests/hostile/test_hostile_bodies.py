"""Whole answers are read with a cap on their decoded size, decoded in bounded
steps, and every way a body can lie surfaces as a typed error:

- a 1 MB gzip body that inflates to 1 GiB stops at `max_response_bytes`
  (ResponseTooLargeError naming the cap), the same bomb as an analyze stream stops
  at a line of that length (StreamError), and a 500 MiB error page is read only
  as far as the 64 KiB an exception keeps: the process grows by a few tens of
  MiB at most;
- a body that is not the gzip its Content-Encoding claims is a typed error, and a
  503 carrying one is still retried;
- JSON nested 100,000 deep is an APIResponseValidationError (2xx) or a status
  error with a readable message, never a RecursionError.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _hostile import Conn, RawServer, Request, response

from twelvelabs_sdk import (
    APIResponseValidationError,
    AsyncTwelveLabs,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    ResponseTooLargeError,
    StreamError,
    TwelveLabs,
)

KEY = "tlk-hostile-bodies-key"
INDEX = {"_id": "idx", "index_name": "n", "models": []}
HUGE_PAGE = 500 * 1024 * 1024
PAGE_CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """One gzip member of 1 GiB of zeros: about 1 MB on the wire."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * (1 << 20)
    return b"".join([packer.compress(block) for _ in range(1024)] + [packer.flush()])


def hostile_bodies(bomb: bytes) -> Callable[[Conn, Request], None]:
    def handle(conn: Conn, request: Request) -> None:
        name = request.path.rsplit("/", 1)[-1]
        if name == "analyze":  # an NDJSON stream of 1 GiB of zeros: one endless line
            head = {"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"}
            conn.send(response(200, bomb, headers=head))
        elif name == "bomb":
            head = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
            conn.send(response(200, bomb, headers=head))
        elif name == "huge-error-page":
            head = (
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                f"Content-Length: {HUGE_PAGE}\r\n\r\n"
            )
            conn.send(head.encode())
            for _ in range(HUGE_PAGE // len(PAGE_CHUNK)):
                if not conn.send(PAGE_CHUNK):
                    break
            conn.close()
        elif name == "bogus-gzip":
            conn.send(response(200, b"this is not gzip", headers={"Content-Encoding": "gzip"}))
        elif name == "deep":
            depth = 100_000
            conn.send(response(200, b'{"a": ' + b"[" * depth + b"]" * depth + b"}"))
        elif name == "deep-error":
            depth = 30_000  # inside the 64 KiB an error keeps
            conn.send(response(400, b"[" * depth + b"]" * depth))
        else:
            body = json.dumps(INDEX).encode()
            conn.send(response(200, body, headers={"Content-Type": "application/json"}))

    return handle


@pytest.fixture
def server(gzip_bomb: bytes) -> Iterator[RawServer]:
    with RawServer(hostile_bodies(gzip_bomb)) as server:
        yield server


def probe(url: str, mode: str) -> dict[str, Any]:
    script = Path(__file__).with_name("_memory_probe.py")
    done = subprocess.run(
        [sys.executable, str(script), url, mode],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_gzip_bomb_and_a_huge_error_page_keep_memory_flat(server: RawServer, mode: str) -> None:
    result = probe(server.url, mode)
    assert result["bomb"]["error"] == "ResponseTooLargeError"
    assert "max_response_bytes=33554432" in result["bomb"]["message"]
    assert result["huge-error-page"]["error"] == "NotFoundError"
    assert result["huge-error-page"]["kept_body"] <= 64 * 1024
    assert result["stream-bomb"]["error"] == "StreamError"
    assert "stream line longer than max_response_bytes" in result["stream-bomb"]["message"]
    # Measured: about 33 MiB (the 32 MiB cap itself), against 1 GiB+ unbounded.
    assert result["growth_kib"] < 50 * 1024


def test_the_cap_is_configurable_and_named(server: RawServer) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url, max_response_bytes=64) as client:
        with pytest.raises(ResponseTooLargeError) as caught:
            client.indexes.retrieve("bomb")
        assert caught.value.limit == 64
        assert "max_response_bytes=64" in str(caught.value)
        assert client.with_options(max_response_bytes=10**6).indexes.retrieve("ok").id == "idx"


def test_an_error_kept_on_an_exception_is_truncated(server: RawServer) -> None:
    with (
        TwelveLabs(api_key=KEY, base_url=server.url) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        client.indexes.retrieve("huge-error-page")
    assert len(caught.value.response.content) == 64 * 1024
    assert "non-JSON body (text/html)" in str(caught.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_stream_line_past_the_cap_or_bogus_gzip_is_a_stream_error(mode: str) -> None:
    def handle(conn: Conn, request: Request) -> None:
        if request.headers.get("x-case") == "long":
            line = b'{"event_type": "text_generation", "text": "' + b"x" * 5000
            conn.send(response(200, line, headers={"Content-Type": "application/x-ndjson"}))
        else:
            head = {"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"}
            conn.send(response(200, b"\x1f\x8b not gzip", headers=head))

    async def run_async(url: str, case: str) -> None:
        async with (
            AsyncTwelveLabs(
                api_key=KEY, base_url=url, max_response_bytes=1024, default_headers={"x-case": case}
            ) as client,
            client.analyze_stream("v1", "p") as stream,
        ):
            await stream.until_done()

    def run(url: str, case: str) -> None:
        if mode == "async":
            asyncio.run(run_async(url, case))
            return
        with (
            TwelveLabs(
                api_key=KEY, base_url=url, max_response_bytes=1024, default_headers={"x-case": case}
            ) as client,
            client.analyze_stream("v1", "p") as stream,
        ):
            stream.until_done()

    with RawServer(handle) as server:
        with pytest.raises(StreamError, match="longer than max_response_bytes=1024"):
            run(server.url, "long")
        with pytest.raises(StreamError, match="could not be decoded"):
            run(server.url, "gzip")


def test_bogus_gzip_is_a_validation_error(server: RawServer) -> None:
    with (
        TwelveLabs(api_key=KEY, base_url=server.url) as client,
        pytest.raises(APIResponseValidationError, match="could not be decoded"),
    ):
        client.indexes.retrieve("bogus-gzip")


def test_async_bogus_gzip_is_a_validation_error(server: RawServer) -> None:
    async def call() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            await client.indexes.retrieve("bogus-gzip")

    with pytest.raises(APIResponseValidationError, match="could not be decoded"):
        asyncio.run(call())


def flaky_gzip_then_ok(failures: int) -> Callable[[Conn, Request], None]:
    seen: list[int] = []

    def handle(conn: Conn, request: Request) -> None:
        seen.append(1)
        if len(seen) <= failures:
            head = {"Content-Encoding": "gzip", "Retry-After": "0"}
            conn.send(response(503, b"\x1f\x8b garbage", headers=head))
        else:
            body = gzip.compress(json.dumps(INDEX).encode())
            head = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
            conn.send(response(200, body, headers=head))

    return handle


def test_a_503_with_bogus_gzip_is_retried() -> None:
    with RawServer(flaky_gzip_then_ok(2)) as server:
        with TwelveLabs(api_key=KEY, base_url=server.url, max_retries=2) as client:
            assert client.indexes.retrieve("x").id == "idx"
        assert server.count("GET", "/indexes/x") == 3


def test_async_a_503_with_bogus_gzip_is_retried_then_typed() -> None:
    async def call(url: str) -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=url, max_retries=1) as client:
            await client.indexes.retrieve("x")

    with RawServer(flaky_gzip_then_ok(5)) as server:
        with pytest.raises(InternalServerError) as caught:
            asyncio.run(call(server.url))
        assert caught.value.status_code == 503
        assert server.count("GET", "/indexes/x") == 2


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_json_nested_100000_deep_is_typed(server: RawServer, mode: str) -> None:
    async def call_async(name: str) -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            await client.indexes.retrieve(name)

    def call(name: str) -> None:
        if mode == "async":
            asyncio.run(call_async(name))
            return
        with TwelveLabs(api_key=KEY, base_url=server.url) as client:
            client.indexes.retrieve(name)

    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        call("deep")
    with pytest.raises(BadRequestError, match="non-JSON body"):
        call("deep-error")


def mock_api(request: httpx.Request) -> httpx.Response:
    """Answers built whole, as httpx.MockTransport and respx hand them over: read already."""
    if request.url.path.endswith("/analyze"):
        lines = [
            {"event_type": "stream_start", "metadata": {"generation_id": "g"}},
            {"event_type": "text_generation", "text": "hi"},
            {"event_type": "stream_end", "finish_reason": "stop"},
        ]
        body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
        return httpx.Response(200, content=body, headers={"Content-Type": "application/x-ndjson"})
    if request.url.path.endswith("/missing"):
        return httpx.Response(404, json={"code": "index_not_found", "message": "gone"})
    return httpx.Response(200, json=INDEX)


def test_answers_read_already_by_a_mock_transport_work() -> None:
    http = httpx.Client(transport=httpx.MockTransport(mock_api))
    with TwelveLabs(api_key=KEY, base_url="https://api.example.com/v1.3", http_client=http) as c:
        assert c.indexes.retrieve("x").id == "idx"
        with pytest.raises(NotFoundError, match="gone"):
            c.indexes.retrieve("missing")
        with c.analyze_stream("v1", "p") as stream:
            assert stream.until_done().text == "hi"
        with pytest.raises(ResponseTooLargeError):
            c.with_options(max_response_bytes=10).indexes.retrieve("x")
    http.close()


def test_async_answers_read_already_by_a_mock_transport_work() -> None:
    async def run() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(mock_api)) as http,
            AsyncTwelveLabs(
                api_key=KEY, base_url="https://api.example.com/v1.3", http_client=http
            ) as c,
        ):
            assert (await c.indexes.retrieve("x")).id == "idx"
            with pytest.raises(NotFoundError, match="gone"):
                await c.indexes.retrieve("missing")
            async with c.analyze_stream("v1", "p") as stream:
                assert (await stream.until_done()).text == "hi"

    asyncio.run(run())
