"""One rate limit for a whole bulk run: at most `rpm` creates a minute, and a
429 seen by any worker pauses every worker for as long as it says.

`SlotClock` is the arithmetic (pure, clock passed in), shared by the asyncio
limiter here and the Ray actor in `twelvelabs_sdk.ray`. Creates are spaced
evenly (a token bucket holding one token), 5% under the limit, so the
allowance is never exceeded over any window even with some jitter between
taking a slot and the request reaching the server.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

__all__ = ["AsyncRateLimiter", "Limiter", "SlotClock"]

HEADROOM = 0.95


class SlotClock:
    """Hands out send times at most `rpm * HEADROOM` a minute, after any pause."""

    def __init__(self, rpm: float | None) -> None:
        self.interval: float = 0.0 if not rpm else 60.0 / (rpm * HEADROOM)
        self._next = 0.0
        self.paused_until: float = 0.0

    def reserve(self, now: float) -> float:
        """Take the next slot; returns how long to wait before sending (>= 0)."""
        at = max(now, self._next, self.paused_until)
        self._next = at + self.interval
        return at - now

    def pause(self, now: float, seconds: float) -> None:
        """Nobody sends before `now + seconds` (a 429's Retry-After)."""
        self.paused_until = max(self.paused_until, now + max(0.0, seconds))


class Limiter(Protocol):
    """What a worker needs: wait for a slot; tell everyone to back off."""

    async def acquire(self) -> None: ...

    async def pause(self, seconds: float) -> None: ...


class AsyncRateLimiter:
    """The SlotClock for the tasks of one event loop."""

    def __init__(self, rpm: float | None) -> None:
        self._clock = SlotClock(rpm)

    async def acquire(self) -> None:
        # Slots are handed out in call order; after a pause, recheck, since a
        # 429 may have pushed the pause further while this worker slept.
        for _ in range(1000):
            delay = self._clock.reserve(time.monotonic())
            if delay <= 0:
                return
            await asyncio.sleep(delay)
            if time.monotonic() >= self._clock.paused_until:
                return

    async def pause(self, seconds: float) -> None:
        self._clock.pause(time.monotonic(), seconds)
