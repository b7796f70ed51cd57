"""Waiting for indexing and embedding tasks.

The cadence starts at `poll_interval` and grows by half each poll up to
`max_poll_interval`; the whole wait is bounded by `timeout` (None waits
forever). A poll that fails transiently (connection error, timeout, 429, 5xx,
after the client's own retries) is logged and the wait goes on; `on_update`
sees the first task and every status change. The bookkeeping is pure and
shared; the sync and async waiters only sleep and fetch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from ._errors import (
    APIConnectionError,
    InternalServerError,
    RateLimitError,
    TaskFailedError,
    WaitTimeoutError,
)
from ._validation import check_number

log = logging.getLogger("twelvelabs_sdk")
T = TypeVar("T")

DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 10.0
_GROWTH = 1.5
TRANSIENT_POLL_ERRORS = (APIConnectionError, RateLimitError, InternalServerError)


class Waiter:
    """Poll bookkeeping for one wait: deadline, cadence, status changes."""

    def __init__(
        self,
        *,
        timeout: float | None,
        poll_interval: float,
        max_poll_interval: float,
        on_update: Callable[[Any], None] | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if timeout is not None:
            check_number("timeout", timeout, minimum=0, maximum=1e9)
        check_number("poll_interval", poll_interval, minimum=0, maximum=3600)
        check_number("max_poll_interval", max_poll_interval, minimum=poll_interval, maximum=3600)
        self._clock = clock
        self._deadline: float | None = None
        self.timeout = timeout
        self._interval = poll_interval
        self._max_interval = max_poll_interval
        self._on_update = on_update
        self.last: Any = None
        self._last_status: object = object()

    def start(self) -> None:
        """Start the clock (once): the timeout counts from the first observation."""
        if self._deadline is None and self.timeout is not None:
            self._deadline = self._clock() + self.timeout

    def observe(self, task: Any) -> bool:
        """Record a polled task; True when it is ready. Raises TaskFailedError."""
        self.start()
        self.last = task
        status = getattr(task, "status", None)
        if status != self._last_status:
            self._last_status = status
            if self._on_update is not None:
                self._on_update(task)
        if status == "failed":
            raise TaskFailedError(task)
        return status == "ready"

    def transient(self, error: Exception) -> None:
        """A poll failed transiently: log it; the caller keeps waiting."""
        log.info("task poll failed, still waiting: %s", error)

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError once time is up."""
        delay = self._interval
        self._interval = min(self._interval * _GROWTH, self._max_interval)
        self.start()
        if self._deadline is None:
            return delay
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.last, self.timeout or 0.0)
        return min(delay, remaining)


def wait_sync(
    fetch: Callable[[], T], waiter: Waiter, sleep: Callable[[float], None] = time.sleep
) -> T:
    """Poll `fetch` until the task is ready; returns the ready task."""
    waiter.start()
    while True:
        try:
            task = fetch()
        except TRANSIENT_POLL_ERRORS as exc:
            waiter.transient(exc)
        else:
            if waiter.observe(task):
                return task
        sleep(waiter.next_sleep())


async def wait_async(
    fetch: Callable[[], Awaitable[T]],
    waiter: Waiter,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """Async twin of `wait_sync`."""
    import asyncio

    do_sleep = sleep or asyncio.sleep
    waiter.start()
    while True:
        try:
            task = await fetch()
        except TRANSIENT_POLL_ERRORS as exc:
            waiter.transient(exc)
        else:
            if waiter.observe(task):
                return task
        await do_sleep(waiter.next_sleep())
