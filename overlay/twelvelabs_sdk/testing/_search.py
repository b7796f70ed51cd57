"""Search over what was indexed: deterministic scores, clips, grouping, filters.

A clip's score mixes the overlap between the query's words and the video's
title, filename and metadata with a stable hash, so every video gets a score,
related videos rank first, and the same query always ranks the same way.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import _generate as gen
from ._errors import invalid
from ._state import VideoRecord

_CONFIDENCE = (("high", 70.0), ("medium", 45.0), ("low", 0.0))
_THRESHOLD_FLOOR = {"high": 70.0, "medium": 45.0, "low": 0.0, "none": 0.0}
_SYSTEM_FIELDS = {"duration", "filename", "width", "height", "fps"}
_COMPARISONS = {
    "gte": lambda a, b: a >= b,
    "gt": lambda a, b: a > b,
    "lte": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
}


@dataclass(frozen=True)
class Query:
    """A search request, as read from the createSearch form."""

    text: str | None
    media_key: str | None
    options: tuple[str, ...]
    group_by: str = "clip"
    operator: str = "or"
    threshold: str | None = None
    sort_option: str = "score"
    filter: dict[str, Any] | None = None
    thumbnails: bool = False


def parse_filter(raw: str | None) -> dict[str, Any] | None:
    """The ``filter`` form field: stringified JSON naming metadata to match."""
    if raw is None or not raw.strip():
        return None
    try:
        value = json.loads(raw)
    except RecursionError:
        raise invalid("filter", "not valid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise invalid("filter", f"not valid JSON ({exc})") from exc
    if not isinstance(value, dict):
        raise invalid("filter", "must be a JSON object")
    return value


def search(videos: list[VideoRecord], query: Query) -> list[dict[str, Any]]:
    """Every result item, best first: clips, or videos with their clips."""
    clips = [
        clip
        for video in videos
        if _passes(video, query.filter)
        for clip in _clips(video, query)
        if clip["score"] >= _THRESHOLD_FLOOR.get(query.threshold or "low", 0.0)
    ]
    per_video = Counter(c["video_id"] for c in clips)
    if query.group_by == "video":
        return _group(clips, per_video, query.sort_option)
    return sorted(clips, key=lambda c: _rank(c, per_video, query.sort_option))


def _rank(item: dict[str, Any], per_video: Counter[str], sort_option: str) -> tuple[Any, ...]:
    count = per_video[item["video_id"]] if sort_option == "clip_count" else 0
    return (-count, -item["score"], item["video_id"], item.get("start", 0.0))


def _group(
    clips: list[dict[str, Any]], per_video: Counter[str], sort_option: str
) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for clip in sorted(clips, key=lambda c: -c["score"]):
        groups.setdefault(clip["video_id"], []).append(clip)
    items = [
        {
            "video_id": video_id,
            "score": members[0]["score"],
            "confidence": members[0]["confidence"],
            "clips": members,
        }
        for video_id, members in groups.items()
    ]
    return sorted(items, key=lambda i: _rank(i, per_video, sort_option))


def _clips(video: VideoRecord, query: Query) -> list[dict[str, Any]]:
    duration = video.media.duration
    identity = (video.title, video.media.key)
    count = 2 + int(gen.stable_fraction("clips", *identity) * 3)
    length = round(min(8.0, duration / (count * 2)), 2)
    clips = []
    for i in range(count):
        start = round(duration * (i + gen.stable_fraction("start", i, *identity) * 0.5) / count, 2)
        scores = [_score(video, query, option, i) for option in query.options]
        score = max(scores) if query.operator == "or" else min(scores)
        clip: dict[str, Any] = {
            "score": score,
            "start": start,
            "end": round(min(duration, start + length), 2),
            "video_id": video.id,
            "confidence": next(name for name, floor in _CONFIDENCE if score >= floor),
        }
        if query.thumbnails:
            clip["thumbnail_url"] = (
                f"https://fake-thumbnails.twelvelabs.invalid/{video.id}/{int(start)}.jpg"
            )
        clips.append(clip)
    return clips


def _score(video: VideoRecord, query: Query, option: str, clip: int) -> float:
    noise = gen.stable_fraction(
        "score", query.text, query.media_key, option, video.title, video.media.key, clip
    )
    if query.text is None:
        return round(100.0 * noise, 2)
    asked = gen.words(query.text)
    known = gen.words(" ".join([video.title, video.media.filename, *_text_values(video)]))
    overlap = len(asked & known) / max(1, len(asked))
    return round(100.0 * (0.55 * overlap + 0.45 * noise), 2)


def _text_values(video: VideoRecord) -> list[str]:
    return [str(v) for v in video.user_metadata.values() if isinstance(v, str | int | float)]


def _passes(video: VideoRecord, wanted: dict[str, Any] | None) -> bool:
    """Whether the video's metadata satisfies every key of the filter."""
    for key, expected in (wanted or {}).items():
        if key == "id":
            allowed = expected if isinstance(expected, list) else [expected]
            if video.id not in allowed:
                return False
            continue
        actual = _field(video, key)
        if isinstance(expected, list):
            if actual not in expected:
                return False
        elif isinstance(expected, dict):
            if not _compare(actual, expected):
                return False
        elif actual != expected:
            return False
    return True


def _field(video: VideoRecord, key: str) -> Any:
    if key in video.user_metadata:
        return video.user_metadata[key]
    if key == "duration":
        return video.media.duration
    if key == "filename":
        return video.media.filename
    if key in _SYSTEM_FIELDS:
        return {"width": 1280, "height": 720, "fps": 30.0}[key]
    return None


def _compare(actual: Any, conditions: dict[str, Any]) -> bool:
    for op, bound in conditions.items():
        check = _COMPARISONS.get(op)
        if check is None:
            raise invalid("filter", f"unknown operator {op!r} (use {', '.join(_COMPARISONS)})")
        try:
            if actual is None or not check(actual, bound):
                return False
        except TypeError:
            return False
    return True
