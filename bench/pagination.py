"""Scenario 4: iterating 10,000 tasks, 50 a page, over a real loopback server."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable, Iterable

import httpx

from bench import _clients
from bench._harness import OFFICIAL, OURS, RAW, LocalServer, Section, collect

TOTAL, LIMIT = 10_000, 50
ROUTE = "GET /tasks"


def _raw_tasks(http: httpx.Client, base_url: str) -> Iterable[object]:
    page = 1
    while True:
        body = json.loads(
            http.get(
                f"{base_url}/tasks",
                params={"page": page, "page_limit": LIMIT},
                headers=_clients.HEADERS,
            ).content
        )
        yield from body["data"]
        if page >= body["page_info"]["total_page"]:
            return
        page += 1


def run(quick: bool = False) -> Section:
    section = Section(
        "4. Auto-pagination",
        f"`for task in client.tasks.list(page_limit={LIMIT})` over {TOTAL:,} tasks served by a "
        "local HTTP/1.1 server in another process (keep-alive, pages pre-rendered), against a "
        "hand-written `httpx` loop that stops on `total_page`. The server counts the requests.",
    )
    pages = math.ceil(TOTAL / LIMIT)
    with LocalServer() as server:
        server.configure(tasks_total=TOTAL)
        ours = _clients.ours(httpx.Client(), server.url)
        official = _clients.official(httpx.Client(), server.url)
        raw = httpx.Client()
        iterators: dict[str, Callable[[], Iterable[object]]] = {
            OURS: lambda: ours.tasks.list(page_limit=LIMIT),
            OFFICIAL: lambda: official.tasks.list(page_limit=LIMIT),
            RAW: lambda: _raw_tasks(raw, server.url),
        }
        requests: dict[str, set[int]] = {client: set() for client in iterators}

        def sampler(client: str) -> Callable[[], float]:
            def sample() -> float:
                server.reset()
                start = time.perf_counter()
                count = sum(1 for _ in iterators[client]())
                elapsed = time.perf_counter() - start
                assert count == TOTAL, (client, count)
                requests[client].add(server.requests(ROUTE))
                return elapsed

            return sample

        stats = collect(
            {client: sampler(client) for client in iterators}, repeats=3 if quick else 11, budget=6
        )
    assert requests[OURS] == {pages}, f"expected {pages} requests per run, saw {requests[OURS]}"
    section.add(f"{TOTAL:,} tasks, {pages} pages", stats, "ms", 1e3)
    for client, seen in requests.items():
        section.notes.append(f"{client}: {', '.join(map(str, sorted(seen)))} requests per run")
    ratios = section.paired(f"{TOTAL:,} tasks, {pages} pages", OURS, RAW)
    section.goal(
        f"exactly {pages} requests (one per page)",
        requests[OURS] == {pages},
        f"{pages} requests (official {', '.join(map(str, sorted(requests[OFFICIAL])))}); "
        f"time {stats[OURS].median * 1e3:.0f} ms vs {stats[RAW].median * 1e3:.0f} ms for the raw "
        f"loop; paired ratio median {ratios.median:.2f}x, min {ratios.min:.2f}x",
    )
    return section
