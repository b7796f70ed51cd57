"""A deadline holds against a server that trickles its answer one byte every half
second (httpx's read timeout applies to each read, so a trickle never trips it):
`tasks.wait(timeout=T)` and `embed.tasks.wait(timeout=T)` end with
WaitTimeoutError within T plus a small margin, and any call made with
`total_timeout=T` ends with APITimeoutError, retries and sleeps included."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator

import pytest
from _hostile import Conn, RawServer, Request, response, trickle

from twelvelabs_sdk import APITimeoutError, AsyncTwelveLabs, TwelveLabs, WaitTimeoutError

KEY = "tlk-hostile-deadline-key"
TIMEOUT = 2.0
# Generous, for a busy machine: without a total deadline these calls last 60 s.
MARGIN = 3.0
TRICKLE_SECONDS = 60.0


def trickling(conn: Conn, request: Request) -> None:
    """A 200 whose JSON body arrives one byte every 0.5 s (120 bytes: 60 s)."""
    body = json.dumps({"_id": "t1", "index_id": "i1", "status": "indexing", "pad": "x" * 60})
    body = body[:120].ljust(120)
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    conn.send(head.encode())
    trickle(conn, body.encode(), every=0.5, limit=TRICKLE_SECONDS)
    conn.close()


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(trickling) as server:
        yield server


def timed(call: Callable[[], object]) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        call()
    except Exception as exc:  # the test asserts on its type
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


@pytest.mark.parametrize("area", ["tasks", "embed"])
def test_wait_ends_on_time_against_a_trickle(server: RawServer, area: str) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        waiter = client.tasks if area == "tasks" else client.embed.tasks
        error, elapsed = timed(lambda: waiter.wait("t1", timeout=TIMEOUT, poll_interval=0.1))
    assert isinstance(error, WaitTimeoutError)
    assert elapsed < TIMEOUT + MARGIN


@pytest.mark.parametrize("area", ["tasks", "embed"])
def test_async_wait_ends_on_time_against_a_trickle(server: RawServer, area: str) -> None:
    async def wait() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            waiter = client.tasks if area == "tasks" else client.embed.tasks
            await waiter.wait("t1", timeout=TIMEOUT, poll_interval=0.1)

    error, elapsed = timed(lambda: asyncio.run(wait()))
    assert isinstance(error, WaitTimeoutError)
    assert elapsed < TIMEOUT + MARGIN


def test_total_timeout_bounds_a_call_and_its_retries(server: RawServer) -> None:
    with TwelveLabs(api_key=KEY, base_url=server.url, total_timeout=TIMEOUT) as client:
        error, elapsed = timed(lambda: client.tasks.retrieve("t1"))
    assert isinstance(error, APITimeoutError)
    assert "total deadline" in str(error)
    assert elapsed < TIMEOUT + MARGIN
    assert server.count("GET", "/tasks/t1") == 1  # no retry started past the deadline


def test_async_total_timeout_from_with_options(server: RawServer) -> None:
    async def call() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            await client.with_options(total_timeout=TIMEOUT).tasks.retrieve("t1")

    error, elapsed = timed(lambda: asyncio.run(call()))
    assert isinstance(error, APITimeoutError)
    assert elapsed < TIMEOUT + MARGIN


def trickling_headers(conn: Conn, request: Request) -> None:
    """A status line and headers that arrive one byte every 0.5 s (30 s in all)."""
    trickle(conn, b"HTTP/1.1 200 OK\r\n" + b"X-Pad: " + b"y" * 200, every=0.5, limit=30)
    conn.close()


@pytest.fixture
def headers_server() -> Iterator[RawServer]:
    with RawServer(trickling_headers) as server:
        yield server


@pytest.mark.parametrize("how", ["client", "with_options", "per_call"])
def test_total_timeout_covers_trickled_headers(headers_server: RawServer, how: str) -> None:
    # Each read gets a byte well inside the read timeout: only the call's deadline,
    # applied to every read of the status line and headers, can end it.
    on_client = TIMEOUT if how == "client" else None
    with TwelveLabs(api_key=KEY, base_url=headers_server.url, total_timeout=on_client) as client:
        if how == "per_call":
            error, elapsed = timed(lambda: client.tasks.retrieve("t1", total_timeout=TIMEOUT))
        else:
            bounded = client if how == "client" else client.with_options(total_timeout=TIMEOUT)
            error, elapsed = timed(lambda: bounded.tasks.retrieve("t1"))
    assert isinstance(error, APITimeoutError)
    assert "total deadline" in str(error)
    assert elapsed < TIMEOUT + MARGIN
    assert headers_server.count("GET", "/tasks/t1") == 1


def test_async_total_timeout_covers_trickled_headers(headers_server: RawServer) -> None:
    async def call() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=headers_server.url) as client:
            await client.tasks.retrieve("t1", total_timeout=TIMEOUT)

    error, elapsed = timed(lambda: asyncio.run(call()))
    assert isinstance(error, APITimeoutError)
    assert "total deadline" in str(error)
    assert elapsed < TIMEOUT + MARGIN


@pytest.mark.parametrize("area", ["tasks", "embed"])
def test_wait_ends_on_time_against_trickled_headers(headers_server: RawServer, area: str) -> None:
    with TwelveLabs(api_key=KEY, base_url=headers_server.url) as client:
        waiter = client.tasks if area == "tasks" else client.embed.tasks
        error, elapsed = timed(lambda: waiter.wait("t1", timeout=TIMEOUT, poll_interval=0.1))
    assert isinstance(error, WaitTimeoutError)
    assert elapsed < TIMEOUT + MARGIN


@pytest.mark.parametrize("area", ["tasks", "embed"])
def test_async_wait_ends_on_time_against_trickled_headers(
    headers_server: RawServer, area: str
) -> None:
    async def wait() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=headers_server.url) as client:
            waiter = client.tasks if area == "tasks" else client.embed.tasks
            await waiter.wait("t1", timeout=TIMEOUT, poll_interval=0.1)

    error, elapsed = timed(lambda: asyncio.run(wait()))
    assert isinstance(error, WaitTimeoutError)
    assert elapsed < TIMEOUT + MARGIN


def test_sync_client_still_uses_a_proxy_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The deadline-bounding transport replaces httpx's own only without a proxy in
    # the environment: an HTTP_PROXY must keep working.
    def proxy(conn: Conn, request: Request) -> None:
        conn.send(response(200, {"_id": "t1", "index_id": "i1", "status": "ready"}))

    with RawServer(proxy) as server:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.port}")
        with TwelveLabs(api_key=KEY, base_url="http://api.example.invalid/v1.3") as client:
            task = client.tasks.retrieve("t1")
    assert task.id == "t1"
    assert server.count("GET", "http://api.example.invalid/v1.3/tasks/t1") == 1
