"""A bulk run on one event loop: a producer reading the items as a stream into
a bounded queue, N upload workers sharing one rate limiter, one status poller
for the index, and the ledger recording every step."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._create import CreateOptions, ItemResult, create_item
from ._items import BulkItem, to_item
from ._ledger import CREATED, FAILED, READY, UPLOADING, Ledger
from ._limiter import AsyncRateLimiter, Limiter
from ._poller import IndexPoller
from ._report import BulkFailure, BulkProgress, BulkReport

log = logging.getLogger("twelvelabs_sdk.bulk")

if TYPE_CHECKING:
    from .._client import AsyncTwelveLabs

ProgressCallback = Callable[[BulkProgress], None]
Creator = Callable[[BulkItem, "float | None", Callable[[float], None]], Awaitable[ItemResult]]
"""creator(item, in_doubt_since, on_send) -> ItemResult: the per-item work (local or remote)."""


@dataclass(frozen=True, slots=True)
class RunOptions:
    create: CreateOptions
    ledger: str
    concurrency: int
    rpm: float | None
    wait: bool
    wait_timeout: float | None
    poll_interval: float
    on_progress: ProgressCallback | None
    total: int | None


class _Run:
    def __init__(
        self,
        client: AsyncTwelveLabs,
        options: RunOptions,
        limiter: Limiter | None = None,
        creator: Creator | None = None,
    ) -> None:
        self.client = client
        self.options = options
        self.ledger = Ledger(options.ledger, options.create.index_id)
        self.limiter = limiter or AsyncRateLimiter(options.rpm)
        self.creator = creator or self._create_here
        self.report = BulkReport(
            index_id=options.create.index_id,
            waited=options.wait,
            ledger_path=None if options.ledger == ":memory:" else options.ledger,
        )
        self.poller = IndexPoller(
            client,
            options.create.index_id,
            self._task_done,
            options.poll_interval,
            batch=self.ledger.batch,
        )
        self.queue: asyncio.Queue[tuple[BulkItem, float | None] | None] = asyncio.Queue(
            maxsize=max(2 * options.concurrency, 8)
        )
        self.stop = asyncio.Event()
        self.uploading = 0
        self.started = time.monotonic()
        # Keys queued or uploading now (bounded by the queue and the workers): a key
        # listed twice in the manifest is sent once.
        self.active: set[str] = set()

    # -- the pieces --------------------------------------------------------
    async def produce(self, items: Iterable[Any]) -> None:
        for raw in items:
            if self.stop.is_set():
                break
            item = to_item(raw)
            row = self.ledger.get(item.key)
            if item.key in self.active or (
                row is not None and row.task_id and self.poller.tracking(row.task_id)
            ):
                log.info("bulk: %s listed twice; once is enough", item.key)
                continue
            self.report.total += 1
            if row is None:
                self.active.add(item.key)
                await self.queue.put((item, None))
            elif row.state == READY:
                self.report.ready += 1
                self.report.already_done += 1
                self._progress()
            elif row.state == FAILED and not row.retryable:
                self._fail(BulkFailure(item.key, row.code or "failed", row.message or ""))
            elif row.state == CREATED and row.task_id:
                self._created(item.key, row.task_id, None)
            else:
                doubt = row.sent_at if row.state == UPLOADING else None
                self.active.add(item.key)
                await self.queue.put((item, doubt))

    async def work(self) -> None:
        while (job := await self.queue.get()) is not None:
            item, doubt = job
            if self.stop.is_set():
                self.report.pending += 1
                self.active.discard(item.key)
                continue
            self.uploading += 1
            try:
                result = await self.creator(
                    item, doubt, functools.partial(self.ledger.sending, item)
                )
            finally:
                self.uploading -= 1
                self.active.discard(item.key)
            self._record(result)

    async def _create_here(
        self, item: BulkItem, doubt: float | None, on_send: Callable[[float], None]
    ) -> ItemResult:
        return await create_item(
            self.client,
            item,
            self.limiter,
            self.options.create,
            in_doubt_since=doubt,
            on_send=on_send,
        )

    def _record(self, result: ItemResult) -> None:
        key = result.key
        if result.outcome == "created" and result.task_id:
            self.ledger.created(key, result.task_id)
            self.report.adopted += int(result.adopted)
            self._created(key, result.task_id, result)
        elif result.outcome == "stop":
            self.ledger.pending(key)
            self.report.pending += 1
            if self.report.stopped is None:
                self.report.stopped = result.code
                self.report.stopped_message = result.message
            self.stop.set()
            self.poller.deadline = 0.0
            self._progress()
        else:
            code, message = result.code or "failed", result.message or ""
            if result.outcome == "failed":
                self.ledger.failed(key, code, message, retryable=result.retryable)
            # "in_doubt": the row stays `uploading`, so the next run looks first.
            self._fail(BulkFailure(key, code, message, retryable=result.retryable))

    def _created(self, key: str, task_id: str, result: ItemResult | None) -> None:
        if self.options.wait and not self.stop.is_set():
            if result is None:
                self.poller.track(task_id, key)
            else:
                self.poller.track(task_id, key, result.created_at, result.sent_at)
        else:
            self.report.created += 1
        self._progress()

    def _task_done(self, key: str, status: str, task: Any) -> None:
        if status == "ready":
            video_id = getattr(task, "video_id", None)
            self.ledger.ready(key, video_id if isinstance(video_id, str) else None)
            self.report.ready += 1
            self._progress()
        else:
            message = f"indexing failed (task {getattr(task, 'id', '?')})"
            self.ledger.failed(key, "task_failed", message, retryable=False)
            self._fail(BulkFailure(key, "task_failed", message))

    def _fail(self, failure: BulkFailure) -> None:
        self.report.failed += 1
        self.report.failures.append(failure)
        self._progress()

    def _progress(self) -> None:
        callback = self.options.on_progress
        if callback is None:
            return
        report = self.report
        done = report.ready + report.failed + (0 if self.options.wait else report.created)
        elapsed = time.monotonic() - self.started
        fresh = done - report.already_done
        throughput = fresh / elapsed if elapsed > 0 else 0.0
        total = self.options.total
        eta = None
        if total is not None and throughput > 0:
            eta = max(0, total - done) / throughput
        callback(
            BulkProgress(
                done=done,
                failed=report.failed,
                in_flight=self.uploading + self.poller.outstanding,
                total=total,
                elapsed=elapsed,
                throughput=throughput,
                eta=eta,
            )
        )

    # -- the whole run -----------------------------------------------------
    async def _produce_all(self, items: Iterable[Any]) -> None:
        await self.produce(items)
        for _ in range(self.options.concurrency):
            await self.queue.put(None)

    async def run(self, items: Iterable[Any]) -> BulkReport:
        finished = asyncio.Event()
        tasks = [asyncio.create_task(self.work()) for _ in range(self.options.concurrency)]
        polling = asyncio.create_task(self.poller.run(finished)) if self.options.wait else None
        producer = asyncio.create_task(self._produce_all(items))
        try:
            # A failing producer (a bad manifest line) or worker ends the run at once.
            done, _ = await asyncio.wait([producer, *tasks], return_when=asyncio.FIRST_EXCEPTION)
            for finished_task in done:
                error = finished_task.exception()
                if error is not None:
                    raise error
            loop = asyncio.get_running_loop()
            if self.options.wait_timeout is not None and self.poller.deadline is None:
                self.poller.deadline = loop.time() + self.options.wait_timeout
            finished.set()
            if polling is not None:
                await polling
            self.report.created += self.poller.outstanding
        finally:
            for task in [producer, *tasks, *([polling] if polling else [])]:
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            self.report.elapsed = time.monotonic() - self.started
            self.report.ledger_seconds = self.ledger.write_seconds
            self.ledger.close()
        self._progress()
        return self.report


async def run_bulk(
    client: AsyncTwelveLabs,
    items: Iterable[Any],
    options: RunOptions,
    limiter: Limiter | None = None,
    creator: Creator | None = None,
) -> BulkReport:
    """Run one bulk indexing job (see `AsyncBulk.index`); `creator` replaces the
    per-item work (the Ray integration runs it on the cluster)."""
    total = options.total
    if total is None and isinstance(items, Sized):
        from dataclasses import replace

        options = replace(options, total=len(items))
    return await _Run(client, options, limiter, creator).run(items)
