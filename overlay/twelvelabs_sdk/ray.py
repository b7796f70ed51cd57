"""Bulk indexing on a Ray cluster (`pip install 'twelvelabs-sdk[ray]'`).

The same per-item work as `client.bulk` (look up in-doubt uploads, wait for a
rate-limit slot, create, sort out failures) runs as Ray tasks; Ray decides
where. Every worker takes its slots from one named actor, so the account's
rate limit holds across machines, and the driver alone owns the ledger, so a
driver killed and started again resumes exactly like a single-machine run.

    import ray
    from twelvelabs_sdk import AsyncTwelveLabs
    from twelvelabs_sdk.bulk import read_manifest
    from twelvelabs_sdk.ray import index_on_ray

    ray.init(address="auto", runtime_env={"env_vars": {"TWELVELABS_API_KEY": key}})
    report = index_on_ray(read_manifest("library.jsonl"), index_id=..., ledger="library.ledger")

Workers build their client from TWELVELABS_API_KEY / TWELVELABS_BASE_URL in
their environment (pass them with `runtime_env`); files named by `video_file`
must be readable where the task runs (a shared filesystem), or use URLs.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Iterable
from typing import Any

try:
    import ray
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("twelvelabs_sdk.ray needs Ray: pip install 'twelvelabs-sdk[ray]'") from exc

from ._client import AsyncTwelveLabs
from .bulk._create import CreateOptions, ItemResult, create_item
from .bulk._items import BulkItem, ItemInput
from .bulk._limiter import SlotClock
from .bulk._report import BulkReport
from .bulk._resource import (
    DEFAULT_CONCURRENCY,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    run_options,
)
from .bulk._run import ProgressCallback, run_bulk

__all__ = [
    "CPUS_PER_UPLOAD",
    "RATE_LIMITER_NAME",
    "ActorLimiter",
    "RateLimiter",
    "index_on_ray",
    "rate_limiter",
    "upload_item",
]

RATE_LIMITER_NAME = "twelvelabs-rate-limit"
# Uploads wait on the network, not the CPU: let several share one.
CPUS_PER_UPLOAD = 0.25
_WORKER_LOSSES = 3


class _RateLimiterState:
    """The account-wide SlotClock, behind a Ray actor."""

    def __init__(self, rpm: float | None) -> None:
        self._clock = SlotClock(rpm)

    def reserve(self) -> float:
        return self._clock.reserve(time.monotonic())

    def pause(self, seconds: float) -> None:
        self._clock.pause(time.monotonic(), seconds)

    def paused_for(self) -> float:
        return max(0.0, self._clock.paused_until - time.monotonic())


RateLimiter = ray.remote(num_cpus=0)(_RateLimiterState)
"""The rate-limit actor class: `reserve()` returns seconds to wait; `pause(s)`."""


def rate_limiter(rpm: float | None, *, name: str = RATE_LIMITER_NAME) -> Any:
    """The named rate-limit actor, created on first use (later callers share it)."""
    return RateLimiter.options(name=name, get_if_exists=True).remote(rpm)


class ActorLimiter:
    """The `Limiter` a worker uses: slots from the shared actor."""

    def __init__(self, actor: Any) -> None:
        self._actor = actor

    async def acquire(self) -> None:
        for _ in range(1000):
            delay = await self._actor.reserve.remote()
            if delay <= 0:
                return
            await asyncio.sleep(delay)
            if await self._actor.paused_for.remote() <= 0:
                return

    async def pause(self, seconds: float) -> None:
        await self._actor.pause.remote(seconds)


def _upload_item(
    item: BulkItem, options: CreateOptions, actor: Any, in_doubt_since: float | None
) -> ItemResult:
    """One item's create, on a Ray worker (client from the worker's environment)."""

    async def work() -> ItemResult:
        async with AsyncTwelveLabs() as client:
            return await create_item(
                client, item, ActorLimiter(actor), options, in_doubt_since=in_doubt_since
            )

    return asyncio.run(work())


# max_retries=0: a create must never be re-sent blind after a lost worker; the
# driver looks the upload up first.
upload_item = ray.remote(max_retries=0, num_cpus=CPUS_PER_UPLOAD)(_upload_item)
"""The per-item Ray task: `upload_item.remote(item, options, actor, in_doubt_since)`."""


def _ray_creator(
    options: CreateOptions, actor: Any
) -> Callable[[BulkItem, float | None, Callable[[float], None]], Any]:
    async def create(
        item: BulkItem, doubt: float | None, on_send: Callable[[float], None]
    ) -> ItemResult:
        for _ in range(_WORKER_LOSSES):
            sent_at = time.time()
            on_send(sent_at)  # in the ledger before the task can send anything
            try:
                result: ItemResult = await upload_item.remote(item, options, actor, doubt)
                return result
            except ray.exceptions.RayError:
                doubt = sent_at if doubt is None else doubt  # the worker may have sent it
        return ItemResult(
            item.key, "in_doubt", code="worker_lost", message="Ray task lost", retryable=True
        )

    return create


def index_on_ray(
    items: Iterable[ItemInput],
    *,
    index_id: str,
    ledger: str | os.PathLike[str] | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    rpm: float | None = None,
    wait: bool = True,
    wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    max_attempts: int = 10,
    on_progress: ProgressCallback | None = None,
    total: int | None = None,
    reconcile_grace: float = 2.0,
    limiter_name: str = RATE_LIMITER_NAME,
) -> BulkReport:
    """`client.bulk.index` with the uploads run as Ray tasks (Ray must be initialised).

    The driver reads `items` as a stream, keeps the ledger and polls the
    index; at most `concurrency` upload tasks are in the cluster at once, and
    all of them share the named rate-limit actor (`rpm`). Same options and
    report as `AsyncBulk.index`.
    """
    options = run_options(
        index_id=index_id,
        concurrency=concurrency,
        rpm=rpm,
        ledger=ledger,
        wait=wait,
        wait_timeout=wait_timeout,
        poll_interval=poll_interval,
        max_attempts=max_attempts,
        on_progress=on_progress,
        total=total,
        enable_video_stream=None,
        reconcile_grace=reconcile_grace,
    )
    actor = rate_limiter(options.rpm, name=limiter_name)

    async def drive() -> BulkReport:
        async with AsyncTwelveLabs() as client:
            creator = _ray_creator(options.create, actor)
            return await run_bulk(client, items, options, creator=creator)

    return asyncio.run(drive())
