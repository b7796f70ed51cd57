"""Scenario 3: parsing large responses, against `json.loads` of the same bytes."""

from __future__ import annotations

import json
from collections.abc import Callable

from bench import _clients, _payloads
from bench._harness import OFFICIAL, OURS, RAW, Section, collect, per_call
from bench._payloads import INDEX_ID, TASK_ID

BASE = "https://api.twelvelabs.io/v1.3"
JSON_ONLY = "json.loads alone"
SEGMENTS, DIMS = 3_600, 1_024


def cases(quick: bool) -> dict[str, tuple[bytes, dict[str, Callable[[], object]]]]:
    """case -> (body, contender -> one call)."""
    embedding = _payloads.embedding_task(360 if quick else SEGMENTS, DIMS)
    videos = _payloads.video_page(50)
    routes = {
        ("GET", f"/v1.3/embed/tasks/{TASK_ID}"): embedding,
        ("GET", f"/v1.3/indexes/{INDEX_ID}/videos"): videos,
    }
    ours = _clients.ours(_clients.mock_http(routes), BASE)
    official = _clients.official(_clients.mock_http(routes), BASE)
    raw = _clients.mock_http(routes)
    headers = _clients.HEADERS
    segments = "360" if quick else f"{SEGMENTS:,}"
    return {
        f"embedding task, {segments} x {DIMS:,} floats": (
            embedding,
            {
                OURS: lambda: ours.embed.tasks.retrieve(TASK_ID),
                OFFICIAL: lambda: official.embed.tasks.retrieve(TASK_ID),
                RAW: lambda: json.loads(
                    raw.get(f"{BASE}/embed/tasks/{TASK_ID}", headers=headers).content
                ),
                JSON_ONLY: lambda: json.loads(embedding),
            },
        ),
        "50 videos with rich metadata": (
            videos,
            {
                OURS: lambda: next(iter(ours.videos.list(INDEX_ID, page_limit=50).pages())).data,
                OFFICIAL: lambda: official.indexes.videos.list(INDEX_ID, page_limit=50).items,
                RAW: lambda: json.loads(
                    raw.get(
                        f"{BASE}/indexes/{INDEX_ID}/videos",
                        params={"page_limit": 50},
                        headers=headers,
                    ).content
                ),
                JSON_ONLY: lambda: json.loads(videos),
            },
        ),
    }


def run(quick: bool = False) -> Section:
    section = Section(
        "3. Large responses",
        "The whole call over an in-memory transport, against `json.loads` of the same bytes "
        "(the floor: every client must at least decode the JSON). Embedding vectors carry "
        "float32-precision values (`-0.0412345`).",
    )
    for case, (body, contenders) in cases(quick).items():
        # The large body takes the official SDK 10-20 s a parse here: it stops at the
        # harness's minimum of runs, and none is spent on warming up (one-off costs are
        # noise at that scale).
        big = len(body) > 1_000_000
        stats = collect(
            {client: per_call(call, 1 if big else 20) for client, call in contenders.items()},
            repeats=5 if big else (5 if quick else 15),
            warmup=0 if big else 1,
            budget=20 if big else None,
        )
        section.add(case, stats, "ms", 1e3)
        ratio = section.ratio(case, OURS, JSON_ONLY)
        section.goal(
            f"{case}: within 1.5x of json.loads alone",
            ratio <= 1.5,
            f"{stats[OURS].median * 1e3:.1f} ms vs {stats[JSON_ONLY].median * 1e3:.1f} ms "
            f"= {ratio:.2f}x ({len(body) / 2**20:.1f} MiB body)",
        )
    return section
