"""Deterministic response bodies shaped like openapi.yaml's, sized like real traffic."""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta
from typing import Any

INDEX_ID = "6650a1b2c3d4e5f6a7b8c9d0"
VIDEO_ID = "6650a1b2c3d4e5f6a7b8c9d1"
TASK_ID = "6650a1b2c3d4e5f6a7b8c9d2"

_EPOCH = datetime(2025, 1, 6, 9, 30, tzinfo=UTC)


def _oid(kind: int, i: int) -> str:
    """A 24-hex-digit id, like the API's."""
    return f"{kind:08x}{i:016x}"


def _ts(minutes: int) -> str:
    return (_EPOCH + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def video(i: int) -> dict[str, Any]:
    """A video with rich system and user metadata and an HLS rendition."""
    vid = _oid(2, i)
    return {
        "_id": vid,
        "created_at": _ts(i),
        "updated_at": _ts(i + 5),
        "indexed_at": _ts(i + 9),
        "system_metadata": {
            "duration": 1834.52 + i,
            "filename": f"match-highlights-{i:05d}.mp4",
            "fps": 29.97,
            "height": 1080,
            "width": 1920,
            "size": 734_003_200 + i,
            "video_title": f"Match highlights #{i}",
        },
        "video_title": f"Match highlights #{i}",
        "user_metadata": {
            "category": "sports",
            "league": "premier",
            "season": 2024,
            "round": i % 38 + 1,
            "home_team": "Northfield Rovers",
            "away_team": "Harbour City",
            "tags": ["goal", "replay", "crowd", "celebration", "var-review"],
            "rating": 4.5,
            "reviewed": i % 2 == 0,
            "camera": "Sony HDC-5500",
            "lens": "Canon HJ24ex7.5B",
        },
        "hls": {
            "video_url": f"https://cdn.example.com/{vid}/stream/master.m3u8",
            "thumbnail_urls": [f"https://cdn.example.com/{vid}/thumb-{k}.jpg" for k in range(5)],
            "status": "COMPLETE",
            "updated_at": _ts(i + 12),
        },
    }


def index(i: int) -> dict[str, Any]:
    return {
        "_id": _oid(1, i),
        "index_name": f"broadcast-archive-{i:04d}",
        "models": [
            {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
            {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
        ],
        "video_count": 120 + i,
        "total_duration": 86_400.5 + i,
        "addons": ["thumbnail"],
        "created_at": _ts(i),
        "updated_at": _ts(i + 30),
        "expires_at": _ts(i + 525_600),
    }


def task(i: int) -> dict[str, Any]:
    return {
        "_id": _oid(3, i),
        "index_id": INDEX_ID,
        "video_id": _oid(2, i),
        "status": "ready",
        "created_at": _ts(i),
        "updated_at": _ts(i + 7),
        "estimated_time": _ts(i + 7),
        "system_metadata": {
            "duration": 612.4 + i,
            "filename": f"upload-{i:06d}.mp4",
            "height": 720,
            "width": 1280,
        },
    }


def search_clip(i: int) -> dict[str, Any]:
    start = 7.25 * i
    return {
        "score": round(92.5 - i * 0.4, 2),
        "start": start,
        "end": start + 6.5,
        "video_id": _oid(2, i % 12),
        "confidence": ("high", "medium", "low")[i % 3],
        "thumbnail_url": f"https://cdn.example.com/{_oid(2, i % 12)}/clip-{i}.jpg",
        "rank": i + 1,
    }


def page(items: list[dict[str, Any]], number: int, limit: int, total: int) -> dict[str, Any]:
    return {
        "data": items,
        "page_info": {
            "limit_per_page": limit,
            "page": number,
            "total_page": math.ceil(total / limit),
            "total_results": total,
        },
    }


def index_page(limit: int = 50) -> bytes:
    return dumps(page([index(i) for i in range(limit)], 1, limit, limit))


def video_page(limit: int = 50) -> bytes:
    return dumps(page([video(i) for i in range(limit)], 1, limit, limit))


def task_page(number: int, limit: int, total: int) -> bytes:
    first = (number - 1) * limit
    items = [task(i) for i in range(first, min(first + limit, total))]
    return dumps(page(items, number, limit, total))


def search_results(clips: int = 50) -> bytes:
    """One page of clips with no next page token (the whole result fits)."""
    return dumps(
        {
            "search_pool": {"total_count": 1200, "total_duration": 81_234.5, "index_id": INDEX_ID},
            "data": [search_clip(i) for i in range(clips)],
            "page_info": {"limit_per_page": clips, "total_results": clips},
        }
    )


def embedding_task(segments: int, dims: int) -> bytes:
    """A ready embedding task with `segments` clip vectors of `dims` float32-precision values.

    Built as text rather than with json.dumps: 3.7 million random floats would take
    longer to generate than to parse. Sixteen distinct vectors are reused; a JSON
    parser does the same work for a repeated vector as for a new one.
    """
    rng = random.Random(7)
    vectors = [",".join(f"{rng.uniform(-0.12, 0.12):.7f}" for _ in range(dims)) for _ in range(16)]
    head = {
        "_id": TASK_ID,
        "model_name": "Marengo-retrieval-2.7",
        "status": "ready",
        "created_at": _ts(0),
        "updated_at": _ts(3),
    }
    parts = [json.dumps(head)[:-1], ',"video_embedding":{"segments":[']
    for k in range(segments):
        if k:
            parts.append(",")
        segment = {
            "start_offset_sec": float(k),
            "end_offset_sec": float(k + 1),
            "embedding_scope": "clip",
            "embedding_option": "visual-text",
        }
        parts += [json.dumps(segment)[:-1], ',"float":[', vectors[k % 16], "]}"]
    parts.append("]}}")
    return "".join(parts).encode()


def stream_event(event_type: str, **fields: Any) -> bytes:
    return dumps({"event_type": event_type, **fields}) + b"\n"


STREAM_START = stream_event("stream_start", metadata={"generation_id": _oid(9, 1)})
STREAM_END = stream_event(
    "stream_end",
    finish_reason="stop",
    metadata={"generation_id": _oid(9, 1), "usage": {"output_tokens": 20_000, "input_tokens": 12}},
)


_WORDS = ("The", " keeper", " dives", " left,", " but", " the", " ball", " curls", " in.")


def text_length(events: int) -> int:
    """The length of the text an `events`-long `analyze_stream` carries."""
    return sum(len(_WORDS[i % len(_WORDS)]) for i in range(events))


def analyze_stream(events: int) -> bytes:
    """A whole NDJSON analyze stream of `events` text pieces between start and end."""
    words = _WORDS
    body = [STREAM_START]
    body.extend(stream_event("text_generation", text=words[i % len(words)]) for i in range(events))
    body.append(STREAM_END)
    return b"".join(body)
