"""The fake's in-memory world: indexes, videos, tasks, embedding tasks, search pages.

One re-entrant lock guards everything, since werkzeug serves each request on
its own thread. Methods return JSON-ready dicts shaped like the spec's
schemas and raise ApiError for what the API refuses.
"""

from __future__ import annotations

import fnmatch
import itertools
import math
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import _generate as gen
from ._errors import ApiError, invalid, not_found

TASK_STEPS = ("validating", "pending", "indexing", "ready")
EMBEDDING_STEPS = ("processing", "ready")
CLIP_SECONDS = 6.0


def now_iso() -> str:
    """The current UTC time as the API writes it (RFC 3339, milliseconds, ``Z``)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Ids:
    """Mongo ObjectId-shaped ids: 4 bytes of time, 5 random bytes, a 3-byte counter."""

    def __init__(self) -> None:
        self._random = os.urandom(5).hex()
        self._counter = itertools.count(int.from_bytes(os.urandom(3), "big"))

    def new(self) -> str:
        return f"{int(time.time()):08x}{self._random}{next(self._counter) % 0x1000000:06x}"


@dataclass
class Options:
    """How the fake world behaves; see FakeTwelveLabs for each knob."""

    task_polls_per_status: int = 1
    task_seconds_per_status: float | None = None
    embedding_dimension: int = 1024
    search_token_ttl: float | None = None


@dataclass
class _Stamped:
    id: str
    created_at: str
    updated_at: str
    created_seq: int
    updated_seq: int


@dataclass
class IndexRecord(_Stamped):
    name: str
    models: list[dict[str, Any]]
    addons: list[str]


@dataclass
class Media:
    """What an upload or URL told the fake about a video."""

    filename: str
    size: int | None
    sha256: str | None
    url: str | None

    @property
    def duration(self) -> float:
        return gen.duration_for(self.size, self.url or self.sha256 or self.filename)

    @property
    def key(self) -> str:
        """Identity of the content, for deterministic vectors."""
        return self.sha256 or self.url or self.filename


@dataclass
class VideoRecord(_Stamped):
    index_id: str
    media: Media
    title: str
    user_metadata: dict[str, Any]
    stream: bool
    indexed_at: str


@dataclass
class TaskRecord(_Stamped):
    index_id: str
    video_id: str
    media: Media
    user_metadata: dict[str, Any]
    stream: bool
    fail: bool
    status: str = "validating"
    polls: int = 0
    started: float = field(default_factory=time.monotonic)


@dataclass
class EmbeddingTaskRecord(_Stamped):
    model_name: str
    media: Media
    scopes: list[str]
    fail: bool
    status: str = "processing"
    polls: int = 0
    started: float = field(default_factory=time.monotonic)


@dataclass
class SearchSession:
    id: str
    pages: list[list[dict[str, Any]]]
    page_limit: int
    total_results: int
    search_pool: dict[str, Any]
    created: float = field(default_factory=time.monotonic)
    expired: bool = False


class FakeState:
    """Everything the fake API knows, behind one lock."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.lock = threading.RLock()
        self._ids = _Ids()
        self._seq = itertools.count(1)
        self.reset()

    def reset(self) -> None:
        """Forget every object, counter and failure rule."""
        with self.lock:
            self.indexes: dict[str, IndexRecord] = {}
            self.videos: dict[str, VideoRecord] = {}
            self.tasks: dict[str, TaskRecord] = {}
            self.embedding_tasks: dict[str, EmbeddingTaskRecord] = {}
            self.searches: dict[str, SearchSession] = {}
            self.creations: Counter[str] = Counter()
            self.fail_next_tasks = 0
            self.fail_next_embedding_tasks = 0
            self.fail_rules: list[tuple[str | None, str | None]] = []

    def _stamp(self) -> dict[str, Any]:
        stamp, seq = now_iso(), next(self._seq)
        return {
            "id": self._ids.new(),
            "created_at": stamp,
            "updated_at": stamp,
            "created_seq": seq,
            "updated_seq": seq,
        }

    def _touch(self, record: _Stamped) -> None:
        record.updated_at, record.updated_seq = now_iso(), next(self._seq)

    # Indexes

    def create_index(self, name: str, models: list[dict[str, Any]], addons: list[str]) -> str:
        """Create an index; a name already in use is a 409 like the API's."""
        if not models:
            raise invalid("models", "at least one model is required")
        with self.lock:
            self._check_unique_name(name)
            record = IndexRecord(**self._stamp(), name=name, models=models, addons=addons)
            self.indexes[record.id] = record
            self.creations["indexes"] += 1
            return record.id

    def _check_unique_name(self, name: str, exclude: str | None = None) -> None:
        if any(i.name == name and i.id != exclude for i in self.indexes.values()):
            raise ApiError(409, "index_name_already_exists", f"An index named {name!r} exists.")

    def index(self, index_id: str) -> IndexRecord:
        with self.lock:
            if index_id not in self.indexes:
                raise not_found("index", index_id)
            return self.indexes[index_id]

    def index_json(self, index: IndexRecord) -> dict[str, Any]:
        with self.lock:
            videos = self.videos_in(index.id)
            return {
                "_id": index.id,
                "index_name": index.name,
                "models": index.models,
                "addons": index.addons,
                "video_count": len(videos),
                "total_duration": round(sum(v.media.duration for v in videos), 2),
                "created_at": index.created_at,
                "updated_at": index.updated_at,
            }

    def list_indexes(self, query: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            records = [
                i for i in self.indexes.values() if query.get("index_name") in (None, i.name)
            ]
            return paginate(records, query, self.index_json)

    def update_index(self, index_id: str, name: str) -> None:
        with self.lock:
            index = self.index(index_id)
            self._check_unique_name(name, exclude=index_id)
            index.name = name
            self._touch(index)

    def delete_index(self, index_id: str) -> None:
        with self.lock:
            self.index(index_id)
            del self.indexes[index_id]
            for video in self.videos_in(index_id):
                del self.videos[video.id]

    # Videos

    def videos_in(self, index_id: str) -> list[VideoRecord]:
        with self.lock:
            self._tick()
            return [v for v in self.videos.values() if v.index_id == index_id]

    def _tick(self) -> None:
        """Bring time-driven tasks up to date, so their videos show without a poll."""
        if self.options.task_seconds_per_status is None:
            return
        for task in self.tasks.values():
            self._advance_task(task, poll=False)

    def video(self, index_id: str, video_id: str) -> VideoRecord:
        with self.lock:
            self._tick()
            self.index(index_id)
            found = self.videos.get(video_id)
            if found is None or found.index_id != index_id:
                raise not_found("video", video_id)
            return found

    def any_video(self, video_id: str) -> VideoRecord:
        """A video in whichever index holds it (analyze and friends take only its id)."""
        with self.lock:
            self._tick()
            if video_id not in self.videos:
                raise not_found("video", video_id)
            return self.videos[video_id]

    def video_json(self, video: VideoRecord) -> dict[str, Any]:
        system: dict[str, Any] = {
            "filename": video.media.filename,
            "duration": video.media.duration,
            "fps": 30.0,
            "width": 1280,
            "height": 720,
        }
        if video.media.size is not None:
            system["size"] = video.media.size
        out: dict[str, Any] = {
            "_id": video.id,
            "created_at": video.created_at,
            "updated_at": video.updated_at,
            "indexed_at": video.indexed_at,
            "video_title": video.title,
            "system_metadata": system,
            "user_metadata": dict(video.user_metadata),
        }
        if video.stream:
            base = f"https://fake-stream.twelvelabs.invalid/{video.index_id}/{video.id}"
            out["hls"] = {
                "video_url": f"{base}/stream.m3u8",
                "thumbnail_urls": [f"{base}/thumbnail.jpg"],
                "status": "COMPLETE",
            }
        return out

    def list_videos(self, index_id: str, query: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            self.index(index_id)
            return paginate(self.videos_in(index_id), query, self.video_json)

    def update_video(
        self, index_id: str, video_id: str, title: str | None, metadata: dict[str, Any] | None
    ) -> None:
        """Set the title and merge user metadata (a null value removes a key)."""
        with self.lock:
            video = self.video(index_id, video_id)
            if title is not None:
                video.title = title
            for key, value in (metadata or {}).items():
                if value is None:
                    video.user_metadata.pop(key, None)
                else:
                    video.user_metadata[key] = value
            self._touch(video)

    def delete_video(self, index_id: str, video_id: str) -> None:
        with self.lock:
            self.video(index_id, video_id)
            del self.videos[video_id]

    def add_video(
        self, index_id: str, media: Media, user_metadata: dict[str, Any], stream: bool = True
    ) -> VideoRecord:
        """Put a ready video straight into an index (no task)."""
        with self.lock:
            self.index(index_id)
            return self._store_video(self._stamp(), index_id, media, user_metadata, stream)

    def _store_video(
        self,
        stamp: dict[str, Any],
        index_id: str,
        media: Media,
        metadata: dict[str, Any],
        stream: bool,
    ) -> VideoRecord:
        video = VideoRecord(
            **stamp,
            index_id=index_id,
            media=media,
            title=gen.title_from_filename(media.filename),
            user_metadata=dict(metadata),
            stream=stream,
            indexed_at=now_iso(),
        )
        self.videos[video.id] = video
        return video

    # Indexing tasks

    def fail_tasks(self, filename: str | None, index_id: str | None) -> None:
        with self.lock:
            self.fail_rules.append((filename, index_id))

    def _should_fail(self, media: Media, index_id: str) -> bool:
        if self.fail_next_tasks > 0:
            self.fail_next_tasks -= 1
            return True
        return any(
            (pattern is None or fnmatch.fnmatchcase(media.filename, pattern))
            and (index is None or index == index_id)
            for pattern, index in self.fail_rules
        )

    def create_task(
        self, index_id: str, media: Media, metadata: dict[str, Any], stream: bool
    ) -> dict[str, Any]:
        with self.lock:
            self.index(index_id)
            task = TaskRecord(
                **self._stamp(),
                index_id=index_id,
                video_id=self._ids.new(),
                media=media,
                user_metadata=metadata,
                stream=stream,
                fail=self._should_fail(media, index_id),
            )
            self.tasks[task.id] = task
            self.creations["tasks"] += 1
            self._advance_task(task, poll=False)
            return self.task_json(task)

    def task(self, task_id: str, poll: bool = False) -> TaskRecord:
        """A task, moved along its lifecycle (a retrieve counts as one poll)."""
        with self.lock:
            if task_id not in self.tasks:
                raise not_found("task", task_id)
            task = self.tasks[task_id]
            self._advance_task(task, poll)
            return task

    def _advance_task(self, task: TaskRecord, poll: bool) -> None:
        if task.status in ("ready", "failed"):
            return
        task.polls += int(poll)
        step = self._step(task.polls, task.started, len(TASK_STEPS) - 1)
        status = TASK_STEPS[step]
        if status == "ready" and task.fail:
            status = "failed"
        if status == task.status:
            return
        task.status = status
        self._touch(task)
        if status == "ready" and task.index_id in self.indexes:
            stamp = self._stamp() | {"id": task.video_id}
            self._store_video(stamp, task.index_id, task.media, task.user_metadata, task.stream)

    def _step(self, polls: int, started: float, last: int) -> int:
        """How far along a lifecycle of ``last + 1`` statuses an object is."""
        seconds = self.options.task_seconds_per_status
        if seconds is not None:
            return last if seconds <= 0 else min(last, int((time.monotonic() - started) / seconds))
        per_status = self.options.task_polls_per_status
        return last if per_status <= 0 else min(last, polls // per_status)

    def task_json(self, task: TaskRecord) -> dict[str, Any]:
        return {
            "_id": task.id,
            "index_id": task.index_id,
            "video_id": task.video_id,
            "status": task.status,
            "created_at": task.created_at,
            "updated_at": task.updated_at,
            "system_metadata": {
                "filename": task.media.filename,
                "duration": task.media.duration,
            },
        }

    def list_tasks(self, query: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            for task in self.tasks.values():
                self._advance_task(task, poll=False)
            records = [
                t
                for t in self.tasks.values()
                if query.get("index_id") in (None, t.index_id)
                and query.get("status") in (None, t.status)
            ]
            return paginate(records, query, self.task_json)

    def delete_task(self, task_id: str) -> None:
        with self.lock:
            self.task(task_id)
            del self.tasks[task_id]

    # Embedding tasks

    def create_embedding_task(self, model_name: str, media: Media, scopes: list[str]) -> str:
        with self.lock:
            fail = self.fail_next_embedding_tasks > 0
            self.fail_next_embedding_tasks -= int(fail)
            task = EmbeddingTaskRecord(
                **self._stamp(), model_name=model_name, media=media, scopes=scopes, fail=fail
            )
            self.embedding_tasks[task.id] = task
            self.creations["embedding_tasks"] += 1
            self._advance_embedding(task, poll=False)
            return task.id

    def embedding_task(self, task_id: str, poll: bool = False) -> EmbeddingTaskRecord:
        with self.lock:
            if task_id not in self.embedding_tasks:
                raise not_found("task", task_id)
            task = self.embedding_tasks[task_id]
            self._advance_embedding(task, poll)
            return task

    def _advance_embedding(self, task: EmbeddingTaskRecord, poll: bool) -> None:
        if task.status != "processing":
            return
        task.polls += int(poll)
        if self._step(task.polls, task.started, len(EMBEDDING_STEPS) - 1) > 0:
            task.status = "failed" if task.fail else "ready"
            self._touch(task)

    def embedding_task_json(self, task: EmbeddingTaskRecord, full: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "_id": task.id,
            "model_name": task.model_name,
            "status": task.status,
            "created_at": task.created_at,
        }
        if full and task.status == "ready":
            out["video_embedding"] = {
                "segments": video_segments(
                    task.media, task.model_name, task.scopes, self.options.embedding_dimension
                )
            }
        return out

    def list_embedding_tasks(self, query: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            for task in self.embedding_tasks.values():
                self._advance_embedding(task, poll=False)
            records = list(self.embedding_tasks.values())
            return paginate(records, query, lambda t: self.embedding_task_json(t, full=False))

    # Search pages

    def open_search(
        self, items: list[dict[str, Any]], page_limit: int, pool: dict[str, Any]
    ) -> dict[str, Any]:
        """Keep a search's results and answer its first page."""
        pages = [items[i : i + page_limit] for i in range(0, len(items), page_limit)] or [[]]
        with self.lock:
            session = SearchSession(self._ids.new(), pages, page_limit, len(items), pool)
            self.searches[session.id] = session
            return self._search_page(session, 1)

    def search_page(self, token: str) -> dict[str, Any]:
        """The page a ``next_page_token``/``prev_page_token`` points at."""
        session_id, _, page = token.rpartition("-")
        with self.lock:
            session = self.searches.get(session_id)
            if session is None or not page.isdigit() or not 1 <= int(page) <= len(session.pages):
                raise ApiError(
                    404, "search_page_token_not_found", f"The page token {token!r} is unknown."
                )
            ttl = self.options.search_token_ttl
            if session.expired or (ttl is not None and time.monotonic() - session.created > ttl):
                raise ApiError(
                    400, "search_page_token_expired", f"The page token {token!r} has expired."
                )
            return self._search_page(session, int(page))

    def _search_page(self, session: SearchSession, page: int) -> dict[str, Any]:
        info: dict[str, Any] = {
            "limit_per_page": session.page_limit,
            "page": page,
            "total_page": len(session.pages),
            "total_results": session.total_results,
        }
        if page < len(session.pages):
            info["next_page_token"] = f"{session.id}-{page + 1}"
        if page > 1:
            info["prev_page_token"] = f"{session.id}-{page - 1}"
        return {
            "search_pool": session.search_pool,
            "data": session.pages[page - 1],
            "page_info": info,
        }

    def expire_search_tokens(self) -> None:
        with self.lock:
            for session in self.searches.values():
                session.expired = True


def video_segments(
    media: Media, model_name: str, scopes: Iterable[str], dimension: int
) -> list[dict[str, Any]]:
    """Embedding segments for a video: one per 6-second clip, plus one for the whole."""
    duration = media.duration
    segments: list[dict[str, Any]] = []
    if "clip" in scopes:
        for start, end in gen.clip_bounds(duration, CLIP_SECONDS):
            segments.append(
                {
                    "float": gen.unit_vector(dimension, model_name, "video", media.key, start),
                    "start_offset_sec": start,
                    "end_offset_sec": end,
                    "embedding_scope": "clip",
                }
            )
    if "video" in scopes:
        segments.append(
            {
                "float": gen.unit_vector(dimension, model_name, "video", media.key, "whole"),
                "start_offset_sec": 0.0,
                "end_offset_sec": duration,
                "embedding_scope": "video",
            }
        )
    return segments


def paginate(
    records: list[Any], query: dict[str, Any], render: Callable[[Any], dict[str, Any]]
) -> dict[str, Any]:
    """One page of ``records`` as ``{"data": [...], "page_info": {...}}``.

    Sorted by ``sort_by`` (created_at or updated_at) and ``sort_option``, newest
    first by default, as the API lists.
    """
    page, limit = int(query.get("page", 1)), int(query.get("page_limit", 10))
    if page < 1:
        raise invalid("page", "must be 1 or more")
    if limit < 1:
        raise invalid("page_limit", "must be 1 or more")
    by_updated = query.get("sort_by") == "updated_at"
    records = sorted(
        records,
        key=lambda r: (
            (r.updated_at, r.updated_seq) if by_updated else (r.created_at, r.created_seq)
        ),
        reverse=query.get("sort_option", "desc") == "desc",
    )
    chunk = records[(page - 1) * limit : page * limit]
    return {
        "data": [render(r) for r in chunk],
        "page_info": {
            "limit_per_page": limit,
            "page": page,
            "total_page": max(1, math.ceil(len(records) / limit)),
            "total_results": len(records),
        },
    }
