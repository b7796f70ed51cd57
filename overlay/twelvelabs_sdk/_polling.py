"""Waiting for indexing and embedding tasks.

One retry policy: each poll is an ordinary call, retried by the client's
request loop like any other (connection errors, timeouts, 408, 429, 5xx, with
Retry-After honoured); the waiter itself only waits for a task whose status is
not final yet. A poll that still fails after its retries ends the wait with
that error, except when the wait's deadline has passed by then: that is a
WaitTimeoutError carrying the last task seen, with the poll's error as its
cause.

The cadence starts at `poll_interval` and grows by half each poll up to
`max_poll_interval`; the whole wait is bounded by `timeout` (None waits
forever): each poll's request timeout is cut to the time left, so a hanging
server cannot hold the wait past its deadline. `on_update` sees the first
task that has a status and every status change. The bookkeeping is pure and
shared; the sync and async waiters only sleep and fetch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    TaskFailedError,
    WaitTimeoutError,
)
from ._operation import Operation
from ._options import NotGiven, RequestOptions
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
        self._last_chance = False  # the next poll's timeout was cut by the deadline
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

    def timed_out(self, error: Exception) -> WaitTimeoutError | None:
        """A poll failed after its retries. A transient failure of the last poll
        that fits before the deadline (no time left to retry it), or one past the
        deadline, is the wait running out of time: the WaitTimeoutError to raise.
        Otherwise None: the poll's error ends the wait."""
        transient = isinstance(error, APIConnectionError) or (
            isinstance(error, APIStatusError) and retryable_status(error.status_code, _SAFE)
        )
        if not transient or self._deadline is None:
            return None
        if self._last_chance or self._clock() >= self._deadline:
            return WaitTimeoutError(self.last, self.timeout or 0.0)
        return None

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

    def poll_options(
        self, options: RequestOptions, client_timeout: httpx.Timeout
    ) -> RequestOptions:
        """The caller's options for the next poll, its timeout cut to the time left.

        A poll whose timeout had to be cut is the last one that fits before the
        deadline: it is sent without retries, which could only end past it.
        """
        if self._deadline is None:
            return options
        timeout = options.timeout
        if isinstance(timeout, NotGiven):
            timeout = client_timeout
        if not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        cut = self.request_timeout(timeout)
        self._last_chance = cut != timeout
        if not self._last_chance:
            return replace(options, timeout=cut)
        return replace(options, timeout=cut, max_retries=0)

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
    options: RequestOptions,
    sleep: Callable[[float], None] = time.sleep,
) -> APIResponse[T]:
    """Send `poll` (a retrieve operation) until the task is ready; returns the
    raw response of the poll that saw it ready."""
    waiter.start()
    while True:
        poll.using(waiter.poll_options(options, client.timeout))
        poll.deadline = waiter.poll_deadline()
        try:
            response = client._request(poll)
        except APIError as exc:
            timed_out = waiter.timed_out(exc)
            if timed_out is None:
                raise
            raise timed_out from exc
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
        poll.using(waiter.poll_options(options, client.timeout))
        poll.deadline = waiter.poll_deadline()
        try:
            response = await client._request(poll)
        except APIError as exc:
            timed_out = waiter.timed_out(exc)
            if timed_out is None:
                raise
            raise timed_out from exc
        if waiter.observe(await response.parse()):
            return response
        await do_sleep(waiter.next_sleep())
