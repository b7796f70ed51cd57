"""Waiting for indexing and embedding tasks.

One retry policy: each poll is an ordinary call, retried by the client's
request loop like any other (connection errors, timeouts, 408, 429, 5xx, with
Retry-After honoured, up to `max_retries`); the waiter itself only waits for a
task whose status is not final yet. A poll that still fails after its retries
ends the wait with that error.

The whole wait is bounded by `timeout` (None waits forever): each poll carries
the wait's deadline, which the request loop enforces (its timeouts cut to the
time left, no retry begun past it), so a hanging server cannot hold the wait
past it. A transient failure whose retries the deadline cut short is no
reason to give up early: the wait goes on to its deadline and then raises
WaitTimeoutError with that failure as its cause.

The cadence starts at `poll_interval` and grows by half each poll up to
`max_poll_interval`. `on_update` sees the first task that has a status and
every status change. The bookkeeping is pure and shared; the sync and async
waiters only sleep and fetch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    TaskFailedError,
    WaitTimeoutError,
)
from ._operation import Operation
from ._options import RequestOptions
from ._response import APIResponse, AsyncAPIResponse
from ._retry import RetryKind, retryable_status
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
_SAFE = RetryKind.SAFE


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
        self._last_error: APIError | None = None  # a poll's, cut short by the deadline
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

    def poll_failed(self, error: APIError, retries_taken: int, max_retries: int) -> bool:
        """A poll ended in `error` after `retries_taken` of its `max_retries`
        retries. True when the wait goes on: the failure is transient and only the
        wait's deadline kept the request loop from retrying it (or the deadline has
        passed); the error is kept as the cause of the WaitTimeoutError to come.
        False when it ends the wait: a lasting error, or a transient one that
        outlasted its retries."""
        transient = isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and retryable_status(error.status_code, _SAFE)
        )
        if not transient or self._deadline is None:
            return False
        if retries_taken >= max_retries and self._clock() < self._deadline:
            return False
        log.info("task poll failed near the wait's deadline, still waiting: %s", error)
        self._last_error = error
        return True

    def next_sleep(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError once time is up."""
        delay = self._interval
        self._interval = min(self._interval * _GROWTH, self._max_interval)
        self.start()
        if self._deadline is None:
            return delay
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise WaitTimeoutError(self.last, self.timeout or 0.0) from self._last_error
        return min(delay, remaining)

    def poll_deadline(self) -> float | None:
        """The next poll's own deadline on time.monotonic(): the wait's, though the
        last poll before it still gets MIN_POLL_TIMEOUT to answer. It bounds the
        poll as a whole, so a server trickling its answer cannot stretch the wait."""
        if self._deadline is None:
            return None
        return time.monotonic() + max(self._deadline - self._clock(), MIN_POLL_TIMEOUT)


def wait_sync(
    client: TwelveLabs,
    poll: Operation[T],
    waiter: Waiter,
    options: RequestOptions,
    sleep: Callable[[float], None] = time.sleep,
) -> APIResponse[T]:
    """Send `poll` (a retrieve operation) until the task is ready; returns the
    raw response of the poll that saw it ready."""
    waiter.start()
    while True:
        poll.using(options).deadline = waiter.poll_deadline()
        try:
            response = client._request(poll)
        except APIError as exc:
            if not waiter.poll_failed(exc, poll.retries_taken, client._max_retries(poll)):
                raise
        else:
            if waiter.observe(response.parse()):
                return response
        sleep(waiter.next_sleep())


async def wait_async(
    client: AsyncTwelveLabs,
    poll: Operation[T],
    waiter: Waiter,
    options: RequestOptions,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> AsyncAPIResponse[T]:
    """Async twin of `wait_sync`."""
    import asyncio

    do_sleep = sleep or asyncio.sleep
    waiter.start()
    while True:
        poll.using(options).deadline = waiter.poll_deadline()
        try:
            response = await client._request(poll)
        except APIError as exc:
            if not waiter.poll_failed(exc, poll.retries_taken, client._max_retries(poll)):
                raise
        else:
            if waiter.observe(await response.parse()):
                return response
        await do_sleep(waiter.next_sleep())
