"""Scenario 2: client-side cost of one call, over an in-memory transport (no network)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from bench import _clients, _payloads
from bench._harness import OFFICIAL, OURS, RAW, Section, collect, per_call
from bench._payloads import INDEX_ID, VIDEO_ID

BASE = "https://api.twelvelabs.io/v1.3"
CPU = time.process_time
ROUTES = {
    ("GET", f"/v1.3/indexes/{INDEX_ID}/videos/{VIDEO_ID}"): _payloads.dumps(_payloads.video(1)),
    ("GET", "/v1.3/indexes"): _payloads.index_page(50),
    ("GET", f"/v1.3/indexes/{INDEX_ID}/videos"): _payloads.video_page(50),
    ("POST", "/v1.3/search"): _payloads.search_results(50),
}
QUERY = "a goalkeeper diving to the left"


def cases() -> dict[str, dict[str, Callable[[], object]]]:
    """case -> contender -> one call. Each contender has its own client and connection pool."""
    ours = _clients.ours(_clients.mock_http(ROUTES), BASE)
    official = _clients.official(_clients.mock_http(ROUTES), BASE)
    raw = _clients.mock_http(ROUTES)
    headers = _clients.HEADERS

    def raw_search() -> object:
        response = raw.post(
            f"{BASE}/search",
            data={"index_id": INDEX_ID, "query_text": QUERY, "page_limit": "50"},
            files=[("search_options", (None, "visual"))],
            headers=headers,
        )
        return json.loads(response.content)["data"]

    return {
        "retrieve video": {
            OURS: lambda: ours.videos.retrieve(INDEX_ID, VIDEO_ID),
            OFFICIAL: lambda: official.indexes.videos.retrieve(INDEX_ID, VIDEO_ID),
            RAW: lambda: json.loads(
                raw.get(f"{BASE}/indexes/{INDEX_ID}/videos/{VIDEO_ID}", headers=headers).content
            ),
        },
        # The first page only: the official pager has no end-of-list test and would ask
        # for page 2 (see the pagination scenario).
        "list videos (1 page of 50)": {
            OURS: lambda: next(iter(ours.videos.list(INDEX_ID, page_limit=50).pages())).data,
            OFFICIAL: lambda: official.indexes.videos.list(INDEX_ID, page_limit=50).items,
            RAW: lambda: json.loads(
                raw.get(
                    f"{BASE}/indexes/{INDEX_ID}/videos", params={"page_limit": 50}, headers=headers
                ).content
            )["data"],
        },
        "list indexes (1 page of 50)": {
            OURS: lambda: next(iter(ours.indexes.list(page_limit=50).pages())).data,
            OFFICIAL: lambda: official.indexes.list(page_limit=50).items,
            RAW: lambda: json.loads(
                raw.get(f"{BASE}/indexes", params={"page_limit": 50}, headers=headers).content
            )["data"],
        },
        "search (50 clips)": {
            OURS: lambda: list(
                ours.search.query(
                    index_id=INDEX_ID, search_options=["visual"], query_text=QUERY, page_limit=50
                )
            ),
            OFFICIAL: lambda: list(
                official.search.query(
                    index_id=INDEX_ID, search_options=["visual"], query_text=QUERY, page_limit=50
                )
            ),
            RAW: raw_search,
        },
    }


# Issue 14's goals: this SDK's time over raw httpx + json.loads, median of paired ratios.
GOALS = {
    "retrieve video": 1.1,
    "list videos (1 page of 50)": 1.3,
    "search (50 clips)": 1.3,
}


def run(quick: bool = False) -> Section:
    section = Section(
        "2. Per-call overhead",
        "Each client over its own `httpx.Client(transport=httpx.MockTransport(...))` answering "
        "canned bodies from memory; time per call is the mean of a batch of calls, batches "
        "interleaved across clients, in CPU time (`time.process_time`: the work is CPU-bound and "
        "in-process, and CPU time leaves out the other tenants of a shared machine). `raw httpx` "
        "is `client.get/post` + `json.loads`. The official SDK stops at three rounds once it has "
        "spent its budget.",
    )
    for case, contenders in cases().items():
        number = 40 if "retrieve" in case else 15
        stats = collect(
            {client: per_call(call, number, CPU) for client, call in contenders.items()},
            repeats=7 if quick else 21,
            budget=3,
        )
        section.add(case, stats, "µs", 1e6)
        if case in GOALS:
            section.ratio_goal(
                f"{case}: at most {GOALS[case]}x raw httpx + json.loads", case, GOALS[case]
            )
    return section
