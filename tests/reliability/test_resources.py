"""Long runs leave nothing behind: after many calls, sync and async, the process
holds as many file descriptors and about as much memory as after a warm-up, and
closing the client closes its connections.

The server is a minimal HTTP/1.1 responder in a child process (`_tiny_api.py`),
so its sockets and memory stay out of the figures and each call costs little
more than the SDK itself. Python allocations are measured with tracemalloc over
a window (tracing doubles the cost of a call) and with `sys.getallocatedblocks`
over the whole run.
"""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from _reliability import SCALE, open_fds, pool_connections, report, rss_kib, settle, wait_until

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

KEY = "tlk_reliability_resources_key"
INDEX_ID = "65f0c0ffee0000000000beef"
WARMUP = 300
TRACED_CALLS = 300
ASYNC_TRACED_CALLS = 150  # async calls cost more under tracing
CONCURRENCY = 50  # async calls in flight at once
# Generous bounds: a leak of one object, one buffer or one socket per call would be
# thousands over the run; noise (allocator arenas, caches filling) is far below these.
MAX_RSS_GROWTH_KIB = 16 * 1024
MAX_BLOCK_GROWTH = 1_000
MAX_TRACED_GROWTH = 64 * 1024  # bytes left behind over a traced window of a few hundred calls
MAX_FD_GROWTH = 2


@pytest.fixture(scope="module")
def tiny_api() -> Iterator[str]:
    script = Path(__file__).with_name("_tiny_api.py")
    proc = subprocess.Popen(
        [sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdin is not None
    port = int(proc.stdout.readline())
    yield f"http://127.0.0.1:{port}/v1.3"
    proc.stdin.close()
    proc.wait(timeout=10)
    proc.stdout.close()


@dataclass
class Usage:
    fds: int  # descriptors not held by a pooled connection
    rss_kib: int
    blocks: int

    @classmethod
    def now(cls, http: httpx.Client | httpx.AsyncClient) -> Usage:
        settle()
        return cls(open_fds() - len(pool_connections(http)), rss_kib(), sys.getallocatedblocks())


def check_flat(
    label: str,
    calls: int,
    before: Usage,
    after: Usage,
    traced: tuple[int, int],
    duration: float,
    baseline: int,
) -> None:
    assert after.fds - before.fds <= MAX_FD_GROWTH
    assert after.rss_kib - before.rss_kib <= MAX_RSS_GROWTH_KIB
    assert after.blocks - before.blocks <= MAX_BLOCK_GROWTH
    assert traced[0] <= MAX_TRACED_GROWTH
    report(
        label,
        calls=calls,
        duration=f"{duration:.1f} s ({duration / calls * 1000:.2f} ms a call)",
        fds_before_after=f"{before.fds} -> {after.fds} (besides pooled connections)",
        rss_before_after=f"{before.rss_kib / 1024:.1f} MiB -> {after.rss_kib / 1024:.1f} MiB",
        python_blocks_growth=after.blocks - before.blocks,
        tracemalloc_growth=f"{traced[0]} B over {traced[1]} calls",
        after_close=f"0 connections, fds back to {baseline}",
    )


def python_allocations() -> int:
    """Bytes of live Python allocations, leaving out lone blocks of 64 KiB or more: those
    are one-off resizes of interpreter tables (the interned strings), not per-call garbage."""
    settle()
    stats = tracemalloc.take_snapshot().statistics("lineno")
    return sum(s.size for s in stats if s.count > 1 or s.size < 64 * 1024)


def traced_growth(run: Callable[[int], None], calls: int) -> tuple[int, int]:
    """Bytes of Python allocations that `calls` calls leave behind (traced after a warm-up)."""
    tracemalloc.start()
    try:
        run(calls // 3)
        start = python_allocations()
        run(calls)
        return python_allocations() - start, calls
    finally:
        tracemalloc.stop()


def test_sequential_calls_leave_descriptors_and_memory_flat(tiny_api: str) -> None:
    calls = 10_000 * SCALE
    gc.collect()  # earlier tests' garbage would close its descriptors mid-count
    baseline = open_fds()
    with TwelveLabs(api_key=KEY, base_url=tiny_api) as client:

        def call(n: int) -> None:
            for _ in range(n):
                assert client.indexes.retrieve(INDEX_ID).id == INDEX_ID

        call(WARMUP)
        before = Usage.now(client._http)
        started = time.monotonic()
        call(calls)
        duration = time.monotonic() - started
        after = Usage.now(client._http)
        traced = traced_growth(call, TRACED_CALLS)
        assert len(pool_connections(client._http)) == 1  # one keep-alive connection, reused

    assert pool_connections(client._http) == []
    assert wait_until(lambda: open_fds() == baseline)
    check_flat("resources, sync client", calls, before, after, traced, duration, baseline)


def test_concurrent_async_calls_leave_descriptors_and_memory_flat(tiny_api: str) -> None:
    calls = 1_000 * SCALE
    gc.collect()  # earlier tests' garbage would close its descriptors mid-count
    baseline = open_fds()

    async def run() -> tuple[Usage, Usage, tuple[int, int], float, AsyncTwelveLabs]:
        async with AsyncTwelveLabs(api_key=KEY, base_url=tiny_api) as client:

            async def worker(n: int) -> None:
                for _ in range(n):
                    assert (await client.indexes.retrieve(INDEX_ID)).id == INDEX_ID

            async def call(n: int) -> None:
                """`n` calls by CONCURRENCY callers at once, each making its calls in turn."""
                await asyncio.gather(*(worker(n // CONCURRENCY) for _ in range(CONCURRENCY)))

            await call(WARMUP)
            before = Usage.now(client._http)
            started = time.monotonic()
            await call(calls)
            duration = time.monotonic() - started
            after = Usage.now(client._http)
            tracemalloc.start()
            try:
                await call(ASYNC_TRACED_CALLS // 3)
                start = python_allocations()
                await call(ASYNC_TRACED_CALLS)
                traced = python_allocations() - start, ASYNC_TRACED_CALLS
            finally:
                tracemalloc.stop()
            # httpx keeps at most 20 idle connections; the others close after their call.
            assert 1 <= len(pool_connections(client._http)) <= 20
        return before, after, traced, duration, client

    before, after, traced, duration, client = asyncio.run(run())
    assert pool_connections(client._http) == []
    assert wait_until(lambda: open_fds() == baseline)
    check_flat("resources, async client", calls, before, after, traced, duration, baseline)
