"""Waiting for a task through a burst of failed polls, and giving up on time.

Each poll of `tasks.wait` is an ordinary call: the request loop retries a
transient failure (5xx, 429, a dropped connection, a poll that times out) by
the client's rules, here with `max_retries` raised for the wait, and the wait
returns the ready task once the fake has moved it there. When time runs out it
raises WaitTimeoutError at the deadline, even while the server hangs.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _reliability import report

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs, WaitTimeoutError
from twelvelabs_sdk.testing import FakeTwelveLabs

POLL = {"poll_interval": 0.01, "max_poll_interval": 0.05}
TIMEOUT = httpx.Timeout(0.3, connect=5.0)  # also bounds each poll: a hanging one costs 0.3 s
TASK_PATH = "/tasks/{task_id}"
# A generous allowance for a last poll and scheduling on a busy machine.
TOLERANCE = 0.5


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    with FakeTwelveLabs(task_polls_per_status=1) as fake:
        yield fake


BURST = 11


def burst(fake: FakeTwelveLabs) -> list[Any]:
    """Eleven failed polls in a row, of every transient kind. The answers say
    Retry-After: 0 where HTTP lets them, so the backoff stays short."""
    return [
        fake.inject("GET", TASK_PATH, drop=True, times=2),
        fake.inject("GET", TASK_PATH, delay=0.5, times=1),  # past the 0.3 s read timeout
        fake.inject("GET", TASK_PATH, status=503, retry_after=0, times=3),
        fake.inject("GET", TASK_PATH, status=502, html=True, retry_after=0, times=2),
        fake.inject("GET", TASK_PATH, status=429, retry_after="0.05", times=1),
        fake.inject("GET", TASK_PATH, status=504, retry_after=0, times=2),
    ]


def check_survived(fake: FakeTwelveLabs, faults: list[Any], task: Any, updates: list[Any]) -> int:
    assert task.status == "ready"
    assert [f.hits for f in faults] == [f.times for f in faults]
    polls = [r for r in fake.requests if r.route == TASK_PATH]
    failed = [r for r in polls if r.fault is not None]
    assert len(failed) == sum(f.times for f in faults)
    assert polls[-1].fault is None  # the last poll, the one that saw `ready`, got through
    assert [str(t.status) for t in updates][-1] == "ready"
    # One poll, retried by the request loop through the whole burst; then fresh polls.
    counts = [r.headers["x-retry-count"] for r in polls]
    assert counts[: BURST + 1] == [str(n) for n in range(BURST + 1)]
    assert set(counts[BURST + 1 :]) <= {"0"}
    return len(polls)


def test_wait_survives_a_burst_of_failed_polls_and_returns_the_ready_task(
    fake: FakeTwelveLabs,
) -> None:
    updates: list[Any] = []
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url, timeout=TIMEOUT) as client:
        index_id = fake.create_index("waiting")
        created = client.tasks.create(index_id=index_id, video_url="https://cdn.example.com/a.mp4")
        faults = burst(fake)
        started = time.monotonic()
        task = client.tasks.wait(
            created.id, timeout=30, max_retries=BURST, on_update=updates.append, **POLL
        )
        elapsed = time.monotonic() - started

    polls = check_survived(fake, faults, task, updates)
    report(
        "waiting",
        failed_polls_survived=(
            f"{sum(f.hits for f in faults)} in a row (dropped, slow, 503, 502 HTML, 429, 504), "
            "retried within one poll"
        ),
        ready_task_returned=f"after {polls} polls, {elapsed:.2f} s",
    )


def test_async_wait_survives_a_burst_of_failed_polls(fake: FakeTwelveLabs) -> None:
    updates: list[Any] = []

    async def run() -> Any:
        async with AsyncTwelveLabs(
            api_key=fake.api_key, base_url=fake.url, timeout=TIMEOUT
        ) as client:
            index_id = fake.create_index("waiting")
            created = await client.tasks.create(
                index_id=index_id, video_url="https://cdn.example.com/a.mp4"
            )
            faults.extend(burst(fake))
            return await client.tasks.wait(
                created.id, timeout=30, max_retries=BURST, on_update=updates.append, **POLL
            )

    faults: list[Any] = []
    task = asyncio.run(run())
    check_survived(fake, faults, task, updates)


@pytest.mark.parametrize("timeout", [0.5, 1.0])
def test_wait_raises_wait_timeout_on_time(timeout: float) -> None:
    with (
        FakeTwelveLabs(task_polls_per_status=10**6) as fake,
        TwelveLabs(api_key=fake.api_key, base_url=fake.url, timeout=TIMEOUT) as client,
    ):
        index_id = fake.create_index("never-ready")
        created = client.tasks.create(index_id=index_id, video_url="https://cdn.example.com/a.mp4")
        fake.inject("GET", TASK_PATH, status=503, times=2)  # failures along the way change nothing
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as caught:
            client.tasks.wait(created.id, timeout=timeout, **POLL)
        elapsed = time.monotonic() - started

    assert timeout <= elapsed <= timeout + TOLERANCE
    assert caught.value.timeout == timeout
    assert caught.value.task.id == created.id
    assert caught.value.task.status != "ready"
    report(
        "waiting", **{f"WaitTimeoutError, timeout={timeout:g} s": f"raised after {elapsed:.3f} s"}
    )


def test_wait_raises_on_time_while_every_poll_hangs() -> None:
    timeout = 1.0
    with (
        FakeTwelveLabs(task_polls_per_status=10**6) as fake,
        # a read timeout far past the deadline: only the waiter's own cut can end a poll in time
        TwelveLabs(api_key=fake.api_key, base_url=fake.url, timeout=60) as client,
    ):
        index_id = fake.create_index("hanging")
        created = client.tasks.create(index_id=index_id, video_url="https://cdn.example.com/a.mp4")
        fake.inject("GET", TASK_PATH, delay=timeout + TOLERANCE + 0.5, times=None)
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError):
            client.tasks.wait(created.id, timeout=timeout, **POLL)
        elapsed = time.monotonic() - started

    assert timeout <= elapsed <= timeout + TOLERANCE
    report(
        "waiting",
        **{
            f"WaitTimeoutError, timeout={timeout:g} s, server hanging": f"raised after {elapsed:.3f} s"
        },
    )


def test_async_wait_raises_wait_timeout_on_time() -> None:
    timeout = 0.5

    async def run(fake: FakeTwelveLabs) -> float:
        async with AsyncTwelveLabs(
            api_key=fake.api_key, base_url=fake.url, timeout=TIMEOUT
        ) as client:
            index_id = fake.create_index("never-ready")
            created = await client.tasks.create(
                index_id=index_id, video_url="https://cdn.example.com/a.mp4"
            )
            fake.inject("GET", TASK_PATH, drop=True, times=2)
            started = time.monotonic()
            with pytest.raises(WaitTimeoutError):
                await client.tasks.wait(created.id, timeout=timeout, **POLL)
            return time.monotonic() - started

    with FakeTwelveLabs(task_polls_per_status=10**6) as fake:
        elapsed = asyncio.run(run(fake))
    assert timeout <= elapsed <= timeout + TOLERANCE
