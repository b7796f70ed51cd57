"""Scenario 3: parsing large responses, against `json.loads` of the same bytes."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from bench import _clients, _payloads
from bench._harness import OFFICIAL, OURS, RAW, Section, collect, per_call
from bench._payloads import INDEX_ID, TASK_ID
from twelvelabs_api.models.embedding_task import EmbeddingTask
from twelvelabs_api.models.list_videos_response_200 import ListVideosResponse200

BASE = "https://api.twelvelabs.io/v1.3"
CPU = time.process_time
JSON_ONLY = "json.loads alone"
# This SDK's parse step on its own: the generated models' from_dict over json.loads.
MODELS = "json.loads + generated from_dict"
SEGMENTS, DIMS = 3_600, 1_024


def cases(quick: bool) -> dict[str, tuple[bytes, dict[str, Callable[[], object]]]]:
    """case -> (body, contender -> one call)."""
    embedding = _payloads.embedding_task(360 if quick else SEGMENTS, DIMS)
    videos = _payloads.video_page(50)
    routes = {
        ("GET", f"/v1.3/embed/tasks/{TASK_ID}"): embedding,
        ("GET", f"/v1.3/indexes/{INDEX_ID}/videos"): videos,
    }
    # The embedding answer (37 MiB) is past the default cap on an answer read into
    # memory (32 MiB): a program fetching such tasks raises it, as here.
    ours = _clients.ours(_clients.mock_http(routes), BASE, max_response_bytes=64 * 2**20)
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
                MODELS: lambda: EmbeddingTask.from_dict(json.loads(embedding)),
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
                MODELS: lambda: ListVideosResponse200.from_dict(json.loads(videos)),
            },
        ),
    }


def run(quick: bool = False) -> Section:
    section = Section(
        "3. Large responses",
        "The whole call over an in-memory transport, in CPU time as in scenario 2, against "
        "`raw httpx` (`client.get` + `json.loads`) and `json.loads` of the same bytes alone "
        "(the floor: every client must at least decode the JSON). Embedding vectors carry "
        "float32-precision values (`-0.0412345`). The `json.loads + generated from_dict` row is "
        "this SDK's parse step alone (no transport): the generated models it returns. This SDK's "
        "client is built with `max_response_bytes=64 MiB` (the default cap is 32 MiB). The "
        "official SDK takes 10-20 s a parse of the large body: it stops at three rounds.",
    )
    for case, (body, contenders) in cases(quick).items():
        big = len(body) > 1_000_000
        stats = collect(
            {client: per_call(call, 1 if big else 20, CPU) for client, call in contenders.items()},
            repeats=(3 if quick else 7) if big else (5 if quick else 15),
            warmup=0 if big else 1,
            budget=20 if big else 3,
        )
        section.add(case, stats, "ms", 1e3)
        if big:
            section.ratio_goal(
                f"{case}: at most 1.05x raw httpx + json.loads ({len(body) / 2**20:.1f} MiB body)",
                case,
                1.05,
            )
    return section
