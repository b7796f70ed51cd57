"""The work for one item: look for an earlier upload when in doubt, wait for a
rate-limit slot, create the task, and sort out failures.

Written once for `client.bulk` and the Ray workers (`twelvelabs_sdk.ray`). The
create is sent without the SDK's own retries, so that a 429 pauses every
worker and a create whose answer was lost is looked up before it is re-sent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._retry import backoff, parse_retry_after
from ._classify import FailureKind, classify, error_code, error_message
from ._items import BulkItem
from ._limiter import Limiter

if TYPE_CHECKING:
    from twelvelabs_api.models.task import Task

    from .._client import AsyncTwelveLabs

__all__ = ["CreateOptions", "ItemResult", "create_item", "find_task"]

log = logging.getLogger("twelvelabs_sdk.bulk")

# How far back (seconds, against the server's clock) to look for an earlier upload.
RECONCILE_SKEW = 120.0
_PAGE = 50


@dataclass(frozen=True, slots=True)
class CreateOptions:
    """Per-item settings of a run."""

    index_id: str
    # Failed creates and failed lookups of an in-doubt create both count. Under a
    # 15% 503 / 5% cut-answer / 10% failed-listing mix an attempt fails about 28%
    # of the time: 5 tries gave up on ~0.2% of items (one in a 150-item crash run,
    # now and then), 10 tries on ~3 in a million.
    max_attempts: int = 10
    max_rate_limited: int = 50
    reconcile_grace: float = 2.0
    enable_video_stream: bool | None = None


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What became of one item: `created` (task id), `failed`, `in_doubt` (gave up
    while a create may exist: the next run looks again) or `stop` (quota or a
    fatal error such as a bad key: nothing created, end the run)."""

    key: str
    outcome: str
    task_id: str | None = None
    created_at: datetime | None = None
    sent_at: float | None = None
    code: str | None = None
    message: str | None = None
    retryable: bool = False
    adopted: bool = False


async def create_item(
    client: AsyncTwelveLabs,
    item: BulkItem,
    limiter: Limiter,
    options: CreateOptions,
    *,
    in_doubt_since: float | None = None,
    on_send: Any = None,
) -> ItemResult:
    """Create `item`'s task unless one exists already; never raises for API failures.

    `in_doubt_since` (wall-clock time of an earlier send whose answer was lost)
    makes it look for that upload first. `on_send(sent_at)` is called before
    each create leaves, so the caller can record it as in doubt.
    """
    sender = client.with_options(max_retries=0)
    doubt = in_doubt_since
    failures = rate_limited = 0
    last: BaseException | None = None
    while failures < options.max_attempts and rate_limited < options.max_rate_limited:
        if doubt is not None:
            try:
                found = await find_task(client, options, item, doubt)
            except Exception as exc:  # a failed lookup: try again later, never re-send blind
                last, failures = exc, failures + 1
                await asyncio.sleep(backoff(failures))
                continue
            if found is not None:
                return _created(item, found, adopted=True)
        await limiter.acquire()
        sent_at = time.time()
        if on_send is not None:
            on_send(sent_at)
        try:
            task = await _send(sender, item, options)
        except Exception as exc:
            last = exc
            kind = classify(exc)
            log.info("bulk: %s: create failed (%s): %s", item.key, kind.value, exc)
            if kind is FailureKind.RATE_LIMITED:
                rate_limited += 1
                wait = parse_retry_after(_retry_after(exc))
                await limiter.pause(wait if wait is not None else backoff(rate_limited))
                continue
            if kind in (FailureKind.QUOTA, FailureKind.FATAL):
                return ItemResult(
                    item.key, "stop", code=error_code(exc), message=error_message(exc)
                )
            if kind is FailureKind.PERMANENT:
                return ItemResult(
                    item.key, "failed", code=error_code(exc), message=error_message(exc)
                )
            if kind is FailureKind.IN_DOUBT and doubt is None:
                doubt = sent_at
            failures += 1
            await asyncio.sleep(backoff(failures - 1))
            continue
        return _created(item, task, adopted=False, sent_at=sent_at)
    code = error_code(last) if last is not None else "retries_exhausted"
    message = error_message(last) if last is not None else "gave up"
    # Still in doubt after every attempt: leave it so the next run looks again.
    outcome = "in_doubt" if doubt is not None else "failed"
    return ItemResult(item.key, outcome, code=code, message=message, retryable=True)


async def _send(client: AsyncTwelveLabs, item: BulkItem, options: CreateOptions) -> Task:
    if item.video_url is not None:
        return await client.tasks.create(
            index_id=options.index_id,
            video_url=item.video_url,
            enable_video_stream=options.enable_video_stream,
            user_metadata=item.metadata_json(),
        )
    with _NamedReader(Path(item.video_file or ""), item.upload_name) as body:
        return await client.tasks.create(
            index_id=options.index_id,
            video_file=body,  # type: ignore[arg-type]
            enable_video_stream=options.enable_video_stream,
            user_metadata=item.metadata_json(),
        )


async def find_task(
    client: AsyncTwelveLabs, options: CreateOptions, item: BulkItem, since: float
) -> Task | None:
    """The task an earlier send of `item` created, if any.

    Lists the index's tasks newest first, down to `since - RECONCILE_SKEW`,
    matching the tagged filename. Waits first until `reconcile_grace` seconds
    have passed since that send, so a request still being processed lands.
    """
    wait = since + options.reconcile_grace - time.time()
    if wait > 0:
        await asyncio.sleep(wait)
    name = item.upload_name
    cutoff = since - RECONCILE_SKEW
    pager = client.tasks.list(index_id=options.index_id, page_limit=_PAGE)
    async for page in pager.pages():
        oldest: float | None = None
        for task in page.data:
            if _filename(task) == name:
                return task
            created = _timestamp(task)
            if created is not None:
                oldest = created if oldest is None else min(oldest, created)
        if oldest is not None and oldest < cutoff:
            break
    return None


def _created(
    item: BulkItem, task: Task, *, adopted: bool, sent_at: float | None = None
) -> ItemResult:
    created = getattr(task, "created_at", None)
    return ItemResult(
        item.key,
        "created",
        task_id=str(task.id),
        created_at=created if isinstance(created, datetime) else None,
        sent_at=sent_at,
        adopted=adopted,
    )


def _filename(task: Any) -> str | None:
    meta = getattr(task, "system_metadata", None)
    name = getattr(meta, "filename", None)
    return name if isinstance(name, str) else None


def _timestamp(task: Any) -> float | None:
    created = getattr(task, "created_at", None)
    return created.timestamp() if isinstance(created, datetime) else None


def _retry_after(exc: BaseException) -> str | None:
    response = getattr(exc, "response", None)
    return None if response is None else response.headers.get("retry-after")


class _NamedReader:
    """A file opened for upload under another name (the tagged filename)."""

    def __init__(self, path: Path, name: str) -> None:
        from .._errors import InvalidParameterError

        try:
            self._fh: IO[bytes] = path.open("rb")
        except OSError as exc:
            raise InvalidParameterError(
                "video_file", f"a readable file ({exc.strerror})", str(path)
            ) from None
        self.name = name

    def read(self, size: int = -1) -> bytes:
        return self._fh.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()

    def __enter__(self) -> _NamedReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._fh.close()
