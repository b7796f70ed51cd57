"""A mix of calls against a fake that answers about 30% of requests with a fault.

Every call either succeeds or raises the documented TwelveLabsError subclass; no
raw httpx exception escapes. With `max_retries=5`, every call whose faults the
rules allow to retry succeeds. Creates are retried only after a 429 or a 503
(refused unprocessed) and never duplicated. Each retry sleeps what the
Retry-After header said, or the jittered backoff, within its cap. Meanwhile the
API key never shows in a log line (SDK, httpx and httpcore at DEBUG) or in any
exception.

The faults are planned per call (a seeded schedule), so each outcome is known in
advance and checked exactly. Calls run in lanes, each lane a fake of its own
driven by one sequential caller: the lanes overlap their backoff sleeps, which
keeps the run short, while every lane's counts stay exact.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
import traceback
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx
from _reliability import SCALE, LogCapture, capture_logs, report, wait_until

from twelvelabs_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncTwelveLabs,
    InternalServerError,
    RateLimitError,
    TwelveLabs,
    TwelveLabsError,
)
from twelvelabs_sdk._retry import INITIAL_BACKOFF, MAX_BACKOFF
from twelvelabs_sdk.testing import FakeTwelveLabs

MAX_RETRIES = 5
# Short, so a "slow response" fault costs little, yet far above what an answer takes
# with 16 lanes sharing two busy CPUs (a few hundred ms at worst): an unplanned
# timeout would break the exact accounting.
READ_TIMEOUT = 1.0
# An injected delay well past the read timeout: the async client's timer runs on an
# event loop that, starved of the GIL by 16 fakes on a busy machine, can fire late; a
# margin of 0.3 s once let a slow answer arrive first. The client waits READ_TIMEOUT
# either way; only the fake's thread sleeps longer.
SLOW = READ_TIMEOUT + 1.0
FAULTED_CALLS = 0.3  # share of calls that meet at least one fault
LANES = 16
API_KEY = "tlk_reliability_SECRET_0123456789abcdef"
MODELS = [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]


@dataclass(frozen=True)
class Kind:
    """One kind of fault: how to inject it and what the SDK owes it."""

    name: str
    inject: dict[str, Any]
    retry_after: float | None  # the sleep the server asked for; None: the SDK's backoff
    refused_unprocessed: bool  # the server cannot have acted: a create may be retried
    error: type[TwelveLabsError]  # what a call ending on this fault raises
    weight: int


KINDS = [
    Kind("429 Retry-After: 0", {"status": 429, "retry_after": "0"}, 0.0, True, RateLimitError, 20),
    Kind(
        "429 Retry-After: 0.01",
        {"status": 429, "retry_after": "0.01"},
        0.01,
        True,
        RateLimitError,
        10,
    ),
    Kind("429 without Retry-After", {"status": 429}, None, True, RateLimitError, 8),
    Kind("502 HTML page", {"status": 502, "html": True}, None, False, InternalServerError, 8),
    Kind(
        "503 Retry-After: 0",
        {"status": 503, "retry_after": "0"},
        0.0,
        True,
        InternalServerError,
        20,
    ),
    Kind("504", {"status": 504}, None, False, InternalServerError, 8),
    Kind("dropped connection", {"drop": True}, None, False, APIConnectionError, 14),
    Kind("slow response", {"delay": SLOW}, None, False, APITimeoutError, 12),
]
EXHAUSTING = [k for k in KINDS if k.retry_after == 0.0]  # free to repeat past max_retries


# -- the calls ------------------------------------------------------------------------


@dataclass
class Lane:
    """One fake, one client on it, and the index and video the calls use."""

    name: str
    fake: FakeTwelveLabs
    index_id: str
    video_id: str
    created_before: int  # the fake's creations before any call (the lane's own index)

    def created(self) -> int:
        return sum(self.fake.creations.values()) - self.created_before


SyncRun = Callable[[TwelveLabs, Lane, int], object]
AsyncRun = Callable[[AsyncTwelveLabs, Lane, int], Awaitable[object]]


@dataclass(frozen=True)
class Op:
    name: str
    method: str
    path: str
    creates: str | None  # the fake's `creations` key, for calls that create
    run: SyncRun
    arun: AsyncRun
    weight: int


async def _first_search_page(c: AsyncTwelveLabs, lane: Lane) -> object:
    pager = c.search.query(index_id=lane.index_id, search_options=["visual"], query_text="car")
    return await pager.first_page()


OPS = [
    Op(
        "retrieve video",
        "GET",
        "/indexes/{index_id}/videos/{video_id}",
        None,
        lambda c, lane, i: c.videos.retrieve(lane.index_id, lane.video_id),
        lambda c, lane, i: c.videos.retrieve(lane.index_id, lane.video_id),
        2,
    ),
    Op(
        "list videos",
        "GET",
        "/indexes/{index_id}/videos",
        None,
        lambda c, lane, i: c.videos.list(lane.index_id, page_limit=10).to_list(),
        lambda c, lane, i: c.videos.list(lane.index_id, page_limit=10).to_list(),
        2,
    ),
    Op(
        "search",
        "POST",
        "/search",
        None,
        lambda c, lane, i: c.search.query(
            index_id=lane.index_id, search_options=["visual"], query_text="car"
        ).first_page(),
        lambda c, lane, i: _first_search_page(c, lane),
        2,
    ),
    Op(
        "analyze",
        "POST",
        "/analyze",
        None,
        lambda c, lane, i: c.analyze(lane.video_id, "What happens?"),
        lambda c, lane, i: c.analyze(lane.video_id, "What happens?"),
        2,
    ),
    Op(
        "create index",
        "POST",
        "/indexes",
        "indexes",
        lambda c, lane, i: c.indexes.create(f"{lane.name}-{i}", MODELS),
        lambda c, lane, i: c.indexes.create(f"{lane.name}-{i}", MODELS),
        1,
    ),
    Op(
        "create task",
        "POST",
        "/tasks",
        "tasks",
        lambda c, lane, i: c.tasks.create(
            index_id=lane.index_id, video_url=f"https://cdn.example.com/{i}.mp4"
        ),
        lambda c, lane, i: c.tasks.create(
            index_id=lane.index_id, video_url=f"https://cdn.example.com/{i}.mp4"
        ),
        1,
    ),
    Op(
        "create embedding task",
        "POST",
        "/embed/tasks",
        "embedding_tasks",
        lambda c, lane, i: c.embed.tasks.create(
            model_name="marengo3.0", video_url=f"https://cdn.example.com/{i}.mp4"
        ),
        lambda c, lane, i: c.embed.tasks.create(
            model_name="marengo3.0", video_url=f"https://cdn.example.com/{i}.mp4"
        ),
        1,
    ),
]


# -- the plan -------------------------------------------------------------------------


@dataclass
class Call:
    number: int
    op: Op
    faults: list[Kind]
    # filled in by the run
    attempts: int = 0
    error: BaseException | None = None
    delays: list[float] = field(default_factory=list)
    elapsed: float = 0.0

    def expected(self) -> tuple[int, type[TwelveLabsError] | None]:
        """(attempts, error type or None) the retry rules promise for this schedule."""
        for attempt, kind in enumerate(self.faults):
            retryable = self.op.creates is None or kind.refused_unprocessed
            if not retryable or attempt == MAX_RETRIES:
                return attempt + 1, kind.error
        return len(self.faults) + 1, None

    @property
    def server_acted_on_failed_create(self) -> bool:
        """A create that timed out after the fake had it: the fake creates it anyway."""
        _, error = self.expected()
        return self.op.creates is not None and error is APITimeoutError


def plan_calls(count: int, seed: int) -> list[Call]:
    rng = random.Random(seed)
    calls = []
    for number in range(count):
        op = rng.choices(OPS, [o.weight for o in OPS])[0]
        faults: list[Kind] = []
        roll = rng.random()
        if roll < 0.01:  # one more fault than max_retries allows: the error after the last try
            faults = [rng.choice(EXHAUSTING)] * (MAX_RETRIES + 1)
        elif roll < FAULTED_CALLS:
            depth = rng.choices([1, 2, 3], [70, 20, 10])[0]
            faults = rng.choices(KINDS, [k.weight for k in KINDS], k=depth)
        calls.append(Call(number, op, faults))
    return calls


def deal(calls: list[Call], lanes: int) -> list[list[Call]]:
    return [calls[n::lanes] for n in range(lanes)]


# -- running --------------------------------------------------------------------------


def start_lanes(stack: ExitStack, count: int) -> list[Lane]:
    lanes = []
    for n in range(count):
        fake = stack.enter_context(FakeTwelveLabs(api_key=API_KEY))
        index_id = fake.create_index(f"lane-{n}")
        video_id = fake.add_video(index_id, "car.mp4")
        lanes.append(Lane(f"lane-{n}", fake, index_id, video_id, sum(fake.creations.values())))
    return lanes


def client_options(lane: Lane) -> dict[str, Any]:
    return {
        "api_key": API_KEY,
        "base_url": lane.fake.url,
        "max_retries": MAX_RETRIES,
        "timeout": httpx.Timeout(READ_TIMEOUT, connect=5.0),
    }


class Attempt:
    """Injects a call's faults, then reads back what happened to it."""

    def __init__(self, lane: Lane, call: Call, capture: LogCapture) -> None:
        self.lane, self.call, self.capture = lane, call, capture
        fake = lane.fake
        self.faults = [
            fake.inject(call.op.method, call.op.path, times=1, **k.inject) for k in call.faults
        ]
        self.before = len(fake.requests)
        self.started = time.monotonic()

    def done(self, error: BaseException | None) -> None:
        call = self.call
        call.elapsed = time.monotonic() - self.started
        call.error = error
        call.attempts = len(self.lane.fake.requests) - self.before
        call.delays = self.capture.take_retry_delays()
        hits = [f.hits for f in self.faults]
        used = min(call.attempts, len(hits))
        if hits != [1] * used + [0] * (len(hits) - used):
            call.error = AssertionError(f"faults not delivered as planned: hits {hits}")
        self.lane.fake.clear_faults()


def run_sync(lanes: list[Lane], plans: list[list[Call]], capture: LogCapture) -> None:
    failures: list[BaseException] = []

    def work(lane: Lane, calls: list[Call]) -> None:
        try:
            with TwelveLabs(**client_options(lane)) as client:
                assert API_KEY not in repr(client) + str(client)
                for call in calls:
                    attempt = Attempt(lane, call, capture)
                    try:
                        call.op.run(client, lane, call.number)
                    except Exception as exc:
                        attempt.done(exc)
                    else:
                        attempt.done(None)
        except BaseException as exc:
            failures.append(exc)

    threads = [
        threading.Thread(target=work, args=(lane, calls), name=lane.name)
        for lane, calls in zip(lanes, plans, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


async def run_async(lanes: list[Lane], plans: list[list[Call]], capture: LogCapture) -> None:
    async def work(lane: Lane, calls: list[Call]) -> None:
        async with AsyncTwelveLabs(**client_options(lane)) as client:
            assert API_KEY not in repr(client) + str(client)
            for call in calls:
                attempt = Attempt(lane, call, capture)
                try:
                    await call.op.arun(client, lane, call.number)
                except Exception as exc:
                    attempt.done(exc)
                else:
                    attempt.done(None)

    tasks = [
        asyncio.create_task(work(lane, calls), name=lane.name)
        for lane, calls in zip(lanes, plans, strict=True)
    ]
    await asyncio.gather(*tasks)


# -- checking -------------------------------------------------------------------------


def everything_about(error: BaseException) -> str:
    """str, repr and the whole traceback, chained causes included."""
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error))])


def delay_problems(call: Call) -> Iterator[str]:
    if len(call.delays) != call.attempts - 1:
        yield f"{len(call.delays)} retries logged for {call.attempts} attempts"
        return
    for retry, (kind, delay) in enumerate(zip(call.faults, call.delays, strict=False)):
        if kind.retry_after is not None:
            if delay != kind.retry_after:
                yield f"retry {retry + 1} after {kind.name} slept {delay}s"
        else:
            base = min(INITIAL_BACKOFF * 2**retry, MAX_BACKOFF)
            if not 0.75 * base - 1e-9 <= delay <= base:
                yield f"retry {retry + 1} after {kind.name} slept {delay}s, not {base}s -25%"
    if call.elapsed < sum(call.delays) - 0.005:
        yield f"took {call.elapsed:.3f}s, less than the {sum(call.delays):.3f}s it slept"


def call_problems(call: Call) -> Iterator[str]:
    attempts, error_type = call.expected()
    if call.error is not None and not isinstance(call.error, TwelveLabsError):
        yield f"raised {type(call.error).__name__}: {call.error}"
    elif type(call.error) is not error_type and not (call.error is None and error_type is None):
        got = "success" if call.error is None else type(call.error).__name__
        want = "success" if error_type is None else error_type.__name__
        yield f"expected {want}, got {got} ({call.error})"
    if call.attempts != attempts:
        yield f"expected {attempts} attempts, the fake saw {call.attempts}"
    yield from delay_problems(call)
    if call.error is not None and API_KEY in everything_about(call.error):
        yield "the API key shows in the exception"


def check_and_report(
    label: str, calls: list[Call], lanes: list[Lane], capture: LogCapture, duration: float
) -> None:
    problems = [
        f"call {c.number} {c.op.name} {[k.name for k in c.faults]}: {p}"
        for c in calls
        for p in call_problems(c)
    ]
    assert not problems, f"{len(problems)} problems, first ones:\n" + "\n".join(problems[:15])

    escapes = [c.error for c in calls if isinstance(c.error, httpx.HTTPError)]
    assert escapes == []
    assert capture.leaks == [], capture.leaks[:3]
    assert {"twelvelabs_sdk", "httpx", "httpcore"} <= set(capture.lines_by_logger)

    # Creates: the fake's creations are the successes, plus the creates that timed out
    # after the fake had them (the SDK did not retry those); never one more.
    creates = [c for c in calls if c.op.creates]
    succeeded = sum(c.error is None for c in creates)
    acted = sum(c.server_acted_on_failed_create for c in creates)

    def created() -> int:
        return sum(lane.created() for lane in lanes)

    wait_until(lambda: created() >= succeeded + acted, timeout=SLOW + 5)
    time.sleep(SLOW)  # a late duplicate, if any, would land by now
    assert created() == succeeded + acted

    requests = sum(c.attempts for c in calls)
    hits = Counter(k.name for c in calls for k in c.faults[: c.attempts])
    faulted = sum(hits.values())
    retryable = [c for c in calls if c.faults and c.expected()[1] is None]
    errors = Counter(type(c.error).__name__ for c in calls if c.error is not None)
    delays = [d for c in calls for d in c.delays]
    honoured = sum(
        1
        for c in calls
        for k, _ in zip(c.faults, c.delays, strict=False)
        if k.retry_after is not None
    )
    succeeded_calls = sum(c.error is None for c in calls)
    retryable_ok = sum(c.error is None for c in retryable)
    report(
        label,
        calls=f"{len(calls)} in {len(lanes)} lanes (a fake each), max_retries={MAX_RETRIES}",
        requests=requests,
        faulted_requests=f"{faulted} ({faulted / requests:.1%})",
        faults_by_kind=", ".join(f"{n} x{hits[n]}" for n in (k.name for k in KINDS)),
        calls_succeeded=f"{succeeded_calls} ({succeeded_calls / len(calls):.1%})",
        calls_meeting_only_faults_the_rules_retry=(
            f"{len(retryable)}, succeeded {retryable_ok} ({retryable_ok / len(retryable):.0%})"
        ),
        typed_errors=", ".join(f"{n} x{k}" for n, k in sorted(errors.items())) or "none",
        raw_httpx_exceptions=len(escapes),
        retries=len(delays),
        **{"sleeps as Retry-After said": f"{honoured} of {honoured}"},
        backoff_sleeps_within_jitter_bounds=f"{len(delays) - honoured} of {len(delays) - honoured}",
        total_sleep=f"{sum(delays):.1f} s (lanes sleep side by side)",
        longest_sleep=f"{max(delays, default=0.0):.2f} s (cap {MAX_BACKOFF:g} s)",
        creates=f"{len(creates)}: {succeeded} succeeded, {len(creates) - succeeded} typed errors",
        fake_creations=(
            f"{created()} = {succeeded} succeeded + {acted} timed out after the server acted; "
            "duplicates 0"
        ),
        log_lines_at_DEBUG_checked=sum(capture.lines_by_logger.values()),
        API_key_in_logs_or_errors=0,
        duration=f"{duration:.1f} s",
    )


# -- the tests ------------------------------------------------------------------------


def test_sync_fault_mix_every_call_succeeds_or_raises_a_typed_error() -> None:
    calls = plan_calls(1000 * SCALE, seed=8)
    with ExitStack() as stack, capture_logs(secrets=(API_KEY,)) as capture:
        lanes = start_lanes(stack, LANES)
        started = time.monotonic()
        run_sync(lanes, deal(calls, LANES), capture)
        duration = time.monotonic() - started
        check_and_report("fault mix, sync client", calls, lanes, capture, duration)


def test_async_fault_mix_every_call_succeeds_or_raises_a_typed_error() -> None:
    calls = plan_calls(300 * SCALE, seed=9)
    with ExitStack() as stack, capture_logs(secrets=(API_KEY,)) as capture:
        lanes = start_lanes(stack, LANES)
        started = time.monotonic()
        asyncio.run(run_async(lanes, deal(calls, LANES), capture))
        duration = time.monotonic() - started
        check_and_report("fault mix, async client", calls, lanes, capture, duration)
