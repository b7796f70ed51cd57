"""One status poller per index: lists the index's finished tasks (status
`ready`, then `failed`), newest first, instead of one poll loop per task.

Paging stops at the oldest task still awaited, so a round costs a page or two
however large the index. A task whose creation time is unknown (one resumed
from the ledger) is retrieved once to learn it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .._retry import backoff

if TYPE_CHECKING:
    from .._client import AsyncTwelveLabs

__all__ = ["IndexPoller"]

log = logging.getLogger("twelvelabs_sdk.bulk")
_PAGE = 50
# Slack on the creation-time cutoff: server times against server times need
# little; a local clock standing in for the server's needs more.
_SKEW = 1.0
_CLOCK_SKEW = 120.0

OnDone = Callable[[str, str, Any], None]
"""on_done(key, status, task): status is "ready" or "failed"."""


class IndexPoller:
    """Tracks created tasks of one index until each is ready or failed."""

    def __init__(
        self,
        client: AsyncTwelveLabs,
        index_id: str,
        on_done: OnDone,
        interval: float,
        batch: Callable[[], AbstractContextManager[None]] = contextlib.nullcontext,
    ) -> None:
        self._client = client
        self._batch = batch
        self._index_id = index_id
        self._on_done = on_done
        self.interval = interval
        self._keys: dict[str, str] = {}
        self._created: dict[str, float | None] = {}
        self.deadline: float | None = None  # loop time after which run() gives up

    def track(
        self,
        task_id: str,
        key: str,
        created_at: datetime | None = None,
        sent_at: float | None = None,
    ) -> None:
        """Follow `task_id` until it is ready or failed. Its creation time bounds the
        listing: the server's `created_at`, else the local `sent_at` (with a wide
        margin for the clocks' difference), else it is retrieved once to learn it."""
        self._keys[task_id] = key
        if created_at is not None:
            self._created[task_id] = created_at.timestamp()
        elif sent_at is not None:
            self._created[task_id] = sent_at - _CLOCK_SKEW
        else:
            self._created[task_id] = None

    def tracking(self, task_id: str) -> bool:
        return task_id in self._keys

    @property
    def outstanding(self) -> int:
        return len(self._keys)

    async def run(self, finished: asyncio.Event) -> None:
        """Poll until `finished` is set and nothing is outstanding, or `deadline`
        (loop time) passes. A failed round is retried after a backoff."""
        loop = asyncio.get_running_loop()
        errors = 0
        while not (finished.is_set() and not self._keys):
            if self.deadline is not None and loop.time() >= self.deadline:
                return
            try:
                await self.poll_once()
                errors = 0
                pause = self.interval
            except Exception as exc:  # the SDK already retried; keep waiting
                errors += 1
                log.info("bulk: status poll failed (%s); retrying", exc)
                pause = max(self.interval, backoff(min(errors, 5)))
            if finished.is_set():
                await asyncio.sleep(pause)
            else:  # wake early when the uploads end, to finish promptly
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(finished.wait(), pause)

    async def poll_once(self) -> None:
        """One round: learn unknown creation times, then list finished tasks."""
        for task_id in [t for t, c in self._created.items() if c is None][:_PAGE]:
            task = await self._client.tasks.retrieve(task_id)
            created = getattr(task, "created_at", None)
            self._created[task_id] = (
                created.timestamp() if isinstance(created, datetime) else float("-inf")
            )
            self._resolve(task)
        if self._keys:  # both lists at once: a round costs one request's latency
            async with asyncio.TaskGroup() as group:
                group.create_task(self._scan("ready"))
                group.create_task(self._scan("failed"))

    async def _scan(self, status: str) -> None:
        known = [c for c in self._created.values() if c is not None]
        cutoff = min(known) - _SKEW if known else None
        pager = self._client.tasks.list(
            index_id=self._index_id,
            status=status,  # type: ignore[arg-type]
            page_limit=_PAGE,
        )
        async for page in pager.pages():
            oldest: float | None = None
            with self._batch():  # a page's results recorded in one go
                for task in page.data:
                    self._resolve(task)
            for task in page.data:
                created = getattr(task, "created_at", None)
                if isinstance(created, datetime):
                    stamp = created.timestamp()
                    oldest = stamp if oldest is None else min(oldest, stamp)
            if not self._keys or (cutoff is not None and oldest is not None and oldest < cutoff):
                return

    def _resolve(self, task: Any) -> None:
        task_id = str(getattr(task, "id", ""))
        status = str(getattr(task, "status", ""))
        if task_id not in self._keys or status not in ("ready", "failed"):
            return
        key = self._keys.pop(task_id)
        self._created.pop(task_id, None)
        self._on_done(key, status, task)
