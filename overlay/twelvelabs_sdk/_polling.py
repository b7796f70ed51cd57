"""Waiting for indexing and embedding tasks.

The cadence starts at `poll_interval` and grows by half each poll up to
`max_poll_interval`; the whole wait is bounded by `timeout` (None waits
forever): each poll's request timeout is cut to the time left, so a hanging
server cannot hold the wait past its deadline. Polls are sent without the
client's own retries; the waiter is their retry loop: a poll that fails
transiently (connection error, timeout, 429, 5xx) is logged, its Retry-After
honoured, and the wait goes on. `on_update` sees the first task that has a
status and every status change. The bookkeeping is pure and shared; the sync
and async waiters only sleep and fetch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
    TaskFailedError,
    WaitTimeoutError,
)
from ._operation import Operation
from ._retry import parse_retry_after
from ._validation import check_number

if TYPE_CHECKING:
    from ._client import AsyncTwelveLabs, TwelveLabs

log = logging.getLogger("twelvelabs_sdk")
T = TypeVar("T")

DEFAULT_WAIT_TIMEOUT = 3600.0
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_MAX_POLL_INTERVAL = 10.0
_GROWTH = 1.5
# The last poll before the deadline still gets this long to answer.
MIN_POLL_TIMEOUT = 0.5
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
        check_number("max_poll_interval", max_poll_interval, minimum=0, maximum=3600)
        self._clock = clock
        self._deadline: float | None = None
        self.timeout = timeout
        self._interval = poll_interval
        # A poll_interval above the cap raises the cap rather than being refused.
        self._max_interval = max(max_poll_interval, poll_interval)
        self._retry_after: float | None = None
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
        # A task without a status (createTask answers with ids only) is no update.
        if isinstance(status, str) and status != self._last_status:
            self._last_status = status
            if self._on_update is not None:
                self._on_update(task)
        if status == "failed":
            raise TaskFailedError(task)
        return status == "ready"

    def transient(self, error: Exception) -> None:
        """A poll failed transiently: log it, note any Retry-After; the caller keeps waiting."""
        log.info("task poll failed, still waiting: %s", error)
        if isinstance(error, APIStatusError):
            self._retry_after = parse_retry_after(error.response.headers.get("retry-after"))

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError once time is up."""
        delay = max(self._interval, self._retry_after or 0.0)
        self._retry_after = None
        self._interval = min(self._interval * _GROWTH, self._max_interval)
        self.start()
        if self._deadline is None:
            return delay
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.last, self.timeout or 0.0)
        return min(delay, remaining)

    def poll_deadline(self) -> float | None:
        """The next poll's own deadline on time.monotonic(): the wait's, though the
        last poll before it still gets MIN_POLL_TIMEOUT to answer. It bounds the
        poll as a whole, so a server trickling its answer cannot stretch the wait."""
        if self._deadline is None:
            return None
        return time.monotonic() + max(self._deadline - self._clock(), MIN_POLL_TIMEOUT)

    def request_timeout(self, base: httpx.Timeout) -> httpx.Timeout:
        """The next poll's request timeout: `base`, cut to the time left."""
        if self._deadline is None:
            return base
        left = max(self._deadline - self._clock(), MIN_POLL_TIMEOUT)

        def cut(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cut(base.connect),
            read=cut(base.read),
            write=cut(base.write),
            pool=cut(base.pool),
        )


def wait_sync(
    client: TwelveLabs,
    poll: Operation[T],
    waiter: Waiter,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Send `poll` (a retrieve operation) until the task is ready; returns the ready task."""
    waiter.start()
    while True:
        poller = client.with_options(max_retries=0, timeout=waiter.request_timeout(client.timeout))
        poll.deadline = waiter.poll_deadline()
        try:
            task = poller._execute(poll)
        except TRANSIENT_POLL_ERRORS as exc:
            waiter.transient(exc)
        else:
            if waiter.observe(task):
                return task
        sleep(waiter.next_sleep())


async def wait_async(
    client: AsyncTwelveLabs,
    poll: Operation[T],
    waiter: Waiter,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> T:
    """Async twin of `wait_sync`."""
    import asyncio

    do_sleep = sleep or asyncio.sleep
    waiter.start()
    while True:
        poller = client.with_options(max_retries=0, timeout=waiter.request_timeout(client.timeout))
        poll.deadline = waiter.poll_deadline()
        try:
            task = await poller._execute(poll)
        except TRANSIENT_POLL_ERRORS as exc:
            waiter.transient(exc)
        else:
            if waiter.observe(task):
                return task
        await do_sleep(waiter.next_sleep())
