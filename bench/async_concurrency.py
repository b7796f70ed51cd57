"""Scenario 7: 2,000 retrieve calls, 64 in flight, over a real loopback server."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from bench import _clients
from bench._harness import OURS, RAW, LocalServer, Section, Stats, collect, paired
from bench._payloads import INDEX_ID, VIDEO_ID

CALLS, IN_FLIGHT = 2_000, 64


def _pool() -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    return httpx.AsyncClient(limits=limits)


async def _run_all(call: Callable[[], Awaitable[object]], calls: int = CALLS) -> None:
    """`calls` calls, by IN_FLIGHT workers that each start the next call when one returns."""
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))


def run(quick: bool = False) -> Section:
    section = Section(
        "7. Async concurrency",
        f"{CALLS:,} `videos.retrieve` calls by {IN_FLIGHT} concurrent workers over one "
        f"`httpx.AsyncClient` per client (pool of {IN_FLIGHT} keep-alive connections) to a local "
        "server in another process; the figure is the wall time of the whole batch. Each batch "
        f"is preceded, untimed, by {2 * IN_FLIGHT} calls on the same pool, so every batch starts "
        "with its 64 connections open. "
        "`raw httpx` is `AsyncClient.get` + `json.loads`; the goal is against it, and the official "
        "SDK's batches would add a minute to the run. httpcore's pool scans every connection "
        "for each request it places, so both pay a cost that grows with the pool size.",
    )
    loop = asyncio.new_event_loop()
    try:
        with LocalServer() as server:
            pools = [_pool() for _ in range(2)]
            ours = _clients.ours_async(pools[0], server.url)
            raw = pools[1]
            path = f"{server.url}/indexes/{INDEX_ID}/videos/{VIDEO_ID}"

            async def raw_retrieve() -> object:
                response = await raw.get(path, headers=_clients.HEADERS)
                return json.loads(response.content)

            calls: dict[str, Callable[[], Awaitable[object]]] = {
                OURS: lambda: ours.videos.retrieve(INDEX_ID, VIDEO_ID),
                RAW: raw_retrieve,
            }

            cpu: dict[str, list[float]] = {OURS: [], RAW: []}

            def batch(name: str, call: Callable[[], Awaitable[object]]) -> Callable[[], float]:
                def sample() -> float:
                    # Warm this pool right before its batch: the other contender's batch
                    # may have outlasted httpx's keep-alive expiry (5 s), and a batch that
                    # starts by reconnecting 64 sockets measures the reconnects.
                    loop.run_until_complete(_run_all(call, 2 * IN_FLIGHT))
                    start, cpu_start = time.perf_counter(), time.process_time()
                    loop.run_until_complete(_run_all(call))
                    cpu[name].append(time.process_time() - cpu_start)
                    return time.perf_counter() - start

                return sample

            stats = collect(
                {name: batch(name, call) for name, call in calls.items()},
                repeats=3 if quick else 5,
                warmup=1,
            )
            for pool in pools:
                loop.run_until_complete(pool.aclose())
    finally:
        loop.close()
    case = f"{CALLS:,} retrieves, {IN_FLIGHT} in flight"
    section.add(case, stats, "ms", 1e3)
    section.ratio_goal("at least as fast as raw httpx.AsyncClient (time ratio <= 1)", case, 1.0)
    cpu_ratios = paired(
        Stats(tuple(cpu[OURS]), tuple(range(len(cpu[OURS])))),
        Stats(tuple(cpu[RAW]), tuple(range(len(cpu[RAW])))),
    )
    section.notes.append(
        f"client CPU time per batch (this process; the server runs in another): "
        f"{statistics.median(cpu[OURS]):.2f} s vs {statistics.median(cpu[RAW]):.2f} s, paired "
        f"ratio median {cpu_ratios.median:.3f}x, min {cpu_ratios.min:.3f}x (warm-up round "
        "included)"
    )
    section.notes.append(
        f"throughput: {CALLS / stats[OURS].median:,.0f} calls/s vs "
        f"{CALLS / stats[RAW].median:,.0f} calls/s (medians)"
    )
    return section
