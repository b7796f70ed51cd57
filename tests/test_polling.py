"""Waiting for tasks: `tasks.wait`, `tasks.create_and_wait` and
`embed.tasks.wait`, sync and async, against a real local HTTP server that
answers each poll from a script of statuses, errors and dropped connections.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_sdk import (
    AsyncTwelveLabs,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    TaskFailedError,
    TwelveLabs,
    WaitTimeoutError,
)

API_KEY = "tlk_test_polling_fake_key"
FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}

# A script step: a status string (answered as the task), an int (that HTTP
# status with an API Error body; 429 says Retry-After: 0.2), DROP (the connection is cut without an answer),
# or a threading.Event (the server hangs until it is set, then answers "ready").
DROP = "<drop>"


class TaskScript:
    """Answers successive polls of one task from `steps`; the last step repeats."""

    def __init__(self, task_id: str, steps: list[Any], **fields: Any) -> None:
        self.task_id = task_id
        self.steps = steps
        self.fields = fields
        self.polls: list[float] = []  # server-side arrival time of each poll

    def __call__(self, request: Request) -> Response:
        self.polls.append(time.monotonic())
        step = self.steps[min(len(self.polls), len(self.steps)) - 1]
        if step == DROP:
            request.environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
            return Response("", status=500)
        if isinstance(step, threading.Event):
            step.wait(5)
            step = "ready"
        if isinstance(step, int):
            body = {"code": "scripted_error", "message": f"scripted {step}"}
            headers = {"Retry-After": "0.2"} if step == 429 else {}
            return Response(
                json.dumps(body), status=step, headers=headers, content_type="application/json"
            )
        task = {"_id": self.task_id, "status": step, **self.fields}
        return Response(json.dumps(task), content_type="application/json")


def script(httpserver: HTTPServer, path: str, steps: list[Any], **fields: Any) -> TaskScript:
    handler = TaskScript(path.rsplit("/", 1)[-1], steps, **fields)
    httpserver.expect_request(path, method="GET").respond_with_handler(handler)
    return handler


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/")) as c:
        yield c


def aclient(httpserver: HTTPServer) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"))


def statuses(tasks: list[Any]) -> list[str]:
    return [str(t.status) for t in tasks]


# -- tasks.wait ----------------------------------------------------------------


def test_wait_returns_the_ready_task_calling_on_update_once_per_status(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    steps = ["validating", "validating", "pending", "indexing", "indexing", "indexing", "ready"]
    polls = script(httpserver, "/tasks/task1", steps, video_id="vid1")
    updates: list[Any] = []

    task = client.tasks.wait("task1", on_update=updates.append, **FAST)

    assert (task.id, task.status, task.video_id) == ("task1", "ready", "vid1")
    assert statuses(updates) == ["validating", "pending", "indexing", "ready"]
    assert updates[-1] is task
    assert len(polls.polls) == len(steps)
    assert all(r.headers["x-api-key"] == API_KEY for r, _ in httpserver.log)


def test_wait_on_an_already_ready_task_polls_once(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["ready"])
    updates: list[Any] = []

    assert client.tasks.wait("task1", on_update=updates.append).status == "ready"
    assert len(polls.polls) == 1
    assert statuses(updates) == ["ready"]


def test_wait_raises_task_failed_with_the_task(httpserver: HTTPServer, client: TwelveLabs) -> None:
    script(httpserver, "/tasks/task1", ["validating", "indexing", "failed"])

    with pytest.raises(TaskFailedError) as info:
        client.tasks.wait("task1", **FAST)
    assert info.value.task.id == "task1"
    assert info.value.task.status == "failed"
    assert "task1" in str(info.value)


def test_wait_times_out_with_the_last_task_seen(httpserver: HTTPServer, client: TwelveLabs) -> None:
    script(httpserver, "/tasks/task1", ["pending", "indexing"])
    started = time.monotonic()

    with pytest.raises(WaitTimeoutError) as info:
        client.tasks.wait("task1", timeout=0.3, poll_interval=0.01, max_poll_interval=0.05)
    elapsed = time.monotonic() - started

    assert 0.3 <= elapsed < 1.0
    assert info.value.task.status == "indexing"
    assert info.value.timeout == 0.3
    assert isinstance(info.value, TimeoutError)


def test_a_poll_that_hangs_does_not_hold_the_wait_past_its_timeout(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    release = threading.Event()
    script(httpserver, "/tasks/task1", ["indexing", release])
    started = time.monotonic()
    try:
        with pytest.raises(WaitTimeoutError) as info:
            client.tasks.wait("task1", timeout=0.4, **FAST)
        elapsed = time.monotonic() - started
    finally:
        release.set()

    assert elapsed < 1.5
    assert info.value.task.status == "indexing"


def test_wait_without_a_deadline_when_timeout_is_none(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/tasks/task1", ["indexing", "ready"])

    assert client.tasks.wait("task1", timeout=None, **FAST).status == "ready"


def test_a_503_during_polling_is_retried_by_the_poll_and_does_not_end_the_wait(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", 503, 503, "indexing", "ready"])
    updates: list[Any] = []

    task = client.tasks.wait("task1", on_update=updates.append, **FAST)

    assert task.status == "ready"
    assert statuses(updates) == ["indexing", "ready"]
    assert len(polls.polls) == 5
    retry_counts = [r.headers["X-Retry-Count"] for r, _ in httpserver.log]
    assert retry_counts == ["0", "0", "1", "2", "0"]


def test_a_408_is_retried_by_retrieve_and_by_wait_alike(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/tasks/task1", [408, "indexing"])
    assert client.tasks.retrieve("task1").status == "indexing"

    httpserver.clear()
    polls = script(httpserver, "/tasks/task1", ["indexing", 408, "ready"])

    assert client.tasks.wait("task1", **FAST).status == "ready"
    assert len(polls.polls) == 3


def test_a_poll_still_failing_after_its_retries_ends_the_wait_with_that_error(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", 503, 503, 503, "ready"])

    with pytest.raises(InternalServerError) as info:
        client.tasks.wait("task1", timeout=None, **FAST)
    assert info.value.status_code == 503
    assert len(polls.polls) == 4  # one poll seen indexing, one poll with its 2 retries


def test_wait_takes_per_call_options_and_applies_them_to_every_poll(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", "indexing", "ready"])

    task = client.tasks.wait(
        "task1", extra_headers={"X-Trace": "t-1"}, extra_query={"probe": "1"}, **FAST
    )

    assert task.status == "ready"
    assert len(polls.polls) == 3
    assert [r.headers.get("X-Trace") for r, _ in httpserver.log] == ["t-1"] * 3
    assert [r.args.get("probe") for r, _ in httpserver.log] == ["1"] * 3


def test_wait_max_retries_applies_to_each_poll(httpserver: HTTPServer, client: TwelveLabs) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", 503, "ready"])

    with pytest.raises(InternalServerError):
        client.tasks.wait("task1", max_retries=0, **FAST)
    assert len(polls.polls) == 2


def test_a_dropped_connection_during_polling_does_not_end_the_wait(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", DROP, DROP, "ready"])

    assert client.tasks.wait("task1", **FAST).status == "ready"
    assert len(polls.polls) == 4


def test_a_429_during_polling_is_waited_out_honouring_retry_after(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", 429, "ready"])

    assert client.tasks.wait("task1", **FAST).status == "ready"
    assert len(polls.polls) == 3
    assert polls.polls[2] - polls.polls[1] >= 0.2


def test_polls_failing_until_the_deadline_time_out_with_the_last_task(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/tasks/task1", ["pending", 500])

    with pytest.raises(WaitTimeoutError) as info:
        client.tasks.wait("task1", timeout=0.2, **FAST)
    assert info.value.task.status == "pending"
    assert isinstance(info.value.__cause__, InternalServerError)  # the poll's own error


def test_a_missing_task_ends_the_wait_at_once(httpserver: HTTPServer, client: TwelveLabs) -> None:
    polls = script(httpserver, "/tasks/gone", [404])

    with pytest.raises(NotFoundError):
        client.tasks.wait("gone", **FAST)
    assert len(polls.polls) == 1


def test_an_unknown_status_keeps_the_wait_going(httpserver: HTTPServer, client: TwelveLabs) -> None:
    script(httpserver, "/tasks/task1", ["indexing", "postprocessing", "postprocessing", "ready"])
    updates: list[Any] = []

    task = client.tasks.wait("task1", on_update=updates.append, **FAST)

    assert task.status == "ready"
    assert statuses(updates) == ["indexing", "postprocessing", "ready"]


def test_cadence_starts_short_and_backs_off_to_the_cap(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing"] * 9 + ["ready"])

    client.tasks.wait("task1", poll_interval=0.05, max_poll_interval=0.2)

    gaps = [b - a for a, b in zip(polls.polls, polls.polls[1:], strict=False)]
    expected = [0.05, 0.075, 0.1125, 0.16875, 0.2, 0.2, 0.2, 0.2, 0.2]
    assert len(gaps) == len(expected)
    # Each gap is at least the planned sleep (less a little jitter in request time)...
    assert all(gap >= want - 0.005 for gap, want in zip(gaps, expected, strict=True))
    # ...it grows at first (the bounds leave a busy machine ~60 ms per request)...
    assert gaps[0] < 0.1125 < gaps[3]
    # ...and stops growing at the cap (uncapped, the last gap would be 1.28 s).
    assert max(gaps) < 0.6


def test_a_poll_interval_above_the_default_cap_is_accepted(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/tasks/task1", ["ready"])

    assert client.tasks.wait("task1", poll_interval=30).status == "ready"


@pytest.mark.parametrize(
    "bad",
    [{"timeout": -1}, {"poll_interval": -0.1}, {"max_poll_interval": float("nan")}],
)
def test_bad_wait_settings_are_refused_before_any_request(
    httpserver: HTTPServer, client: TwelveLabs, bad: dict[str, float]
) -> None:
    with pytest.raises(InvalidParameterError):
        client.tasks.wait("task1", **bad)
    assert httpserver.log == []


# -- create_and_wait -----------------------------------------------------------


def test_create_and_wait_uploads_then_polls_until_ready(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    # The API answers createTask with the new ids only, no status.
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "task9", "video_id": "vid9"}, status=201
    )
    script(httpserver, "/tasks/task9", ["validating", "indexing", "ready"])
    updates: list[Any] = []

    task = client.tasks.create_and_wait(
        index_id="idx1", video_url="https://example.com/a.mp4", on_update=updates.append, **FAST
    )

    assert (task.id, task.status) == ("task9", "ready")
    assert statuses(updates) == ["validating", "indexing", "ready"]
    create = httpserver.log[0][0]
    assert (create.method, create.form["index_id"]) == ("POST", "idx1")


def test_create_and_wait_reports_the_created_status_once(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "task9", "status": "validating"}, status=201
    )
    script(httpserver, "/tasks/task9", ["validating", "ready"])
    updates: list[Any] = []

    client.tasks.create_and_wait(
        index_id="idx1", video_file=b"\x00" * 64, on_update=updates.append, **FAST
    )

    assert statuses(updates) == ["validating", "ready"]


def test_create_and_wait_raises_task_failed(httpserver: HTTPServer, client: TwelveLabs) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "task9"}, status=201
    )
    script(httpserver, "/tasks/task9", ["validating", "failed"])

    with pytest.raises(TaskFailedError) as info:
        client.tasks.create_and_wait(index_id="idx1", video_url="https://e.com/a.mp4", **FAST)
    assert info.value.task.id == "task9"


# -- embed.tasks.wait ----------------------------------------------------------


def test_embedding_task_wait_returns_the_ready_task(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/embed/tasks/emb1", ["processing", 503, "processing", "ready"])
    updates: list[Any] = []

    task = client.embed.tasks.wait("emb1", on_update=updates.append, **FAST)

    assert (task.id, task.status) == ("emb1", "ready")
    assert statuses(updates) == ["processing", "ready"]


def test_embedding_task_wait_raises_task_failed_and_times_out(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    script(httpserver, "/embed/tasks/bad", ["processing", "failed"])
    script(httpserver, "/embed/tasks/slow", ["processing"])

    with pytest.raises(TaskFailedError) as failed:
        client.embed.tasks.wait("bad", **FAST)
    with pytest.raises(WaitTimeoutError) as slow:
        client.embed.tasks.wait("slow", timeout=0.1, **FAST)
    assert failed.value.task.status == "failed"
    assert slow.value.task.id == "slow"


# -- async ---------------------------------------------------------------------


def test_async_wait_calls_on_update_and_survives_a_503_and_a_drop(
    httpserver: HTTPServer,
) -> None:
    steps = ["validating", "pending", 503, DROP, "indexing", "postprocessing", "ready"]
    script(httpserver, "/tasks/task1", steps)
    updates: list[Any] = []

    async def main() -> Any:
        async with aclient(httpserver) as client:
            return await client.tasks.wait("task1", on_update=updates.append, **FAST)

    assert asyncio.run(main()).status == "ready"
    assert statuses(updates) == ["validating", "pending", "indexing", "postprocessing", "ready"]


def test_async_a_408_is_retried_by_retrieve_and_by_wait_alike(httpserver: HTTPServer) -> None:
    script(httpserver, "/tasks/task1", [408, "indexing", "indexing", 408, "ready"])

    async def main() -> tuple[Any, Any]:
        async with aclient(httpserver) as client:
            retrieved = await client.tasks.retrieve("task1")
            waited = await client.tasks.wait("task1", extra_headers={"X-Trace": "a"}, **FAST)
            return retrieved, waited

    retrieved, waited = asyncio.run(main())
    assert (retrieved.status, waited.status) == ("indexing", "ready")
    assert [r.headers.get("X-Trace") for r, _ in httpserver.log[2:]] == ["a"] * 3


def test_async_a_poll_still_failing_after_its_retries_ends_the_wait(
    httpserver: HTTPServer,
) -> None:
    polls = script(httpserver, "/tasks/task1", ["indexing", 503, "ready"])

    async def main() -> None:
        async with aclient(httpserver) as client:
            await client.tasks.wait("task1", max_retries=0, **FAST)

    with pytest.raises(InternalServerError):
        asyncio.run(main())
    assert len(polls.polls) == 2


def test_async_wait_raises_task_failed_and_wait_timeout(httpserver: HTTPServer) -> None:
    script(httpserver, "/tasks/bad", ["indexing", "failed"])
    script(httpserver, "/tasks/slow", ["indexing"])
    release = threading.Event()
    script(httpserver, "/tasks/hung", ["pending", release])

    async def main() -> tuple[BaseException, ...]:
        async with aclient(httpserver) as client:
            calls = [
                client.tasks.wait("bad", **FAST),
                client.tasks.wait("slow", timeout=0.2, **FAST),
                client.tasks.wait("hung", timeout=0.3, **FAST),
            ]
            errors = []
            for call in calls:
                try:
                    await call
                except (TaskFailedError, WaitTimeoutError) as exc:
                    errors.append(exc)
            return tuple(errors)

    started = time.monotonic()
    try:
        failed, slow, hung = asyncio.run(main())
    finally:
        release.set()
    assert time.monotonic() - started < 2.5
    assert isinstance(failed, TaskFailedError)
    assert failed.task.status == "failed"
    assert isinstance(slow, WaitTimeoutError)
    assert slow.task.status == "indexing"
    assert isinstance(hung, WaitTimeoutError)
    assert hung.task.status == "pending"


def test_async_create_and_wait_and_embedding_wait(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "task9", "video_id": "vid9"}, status=201
    )
    script(httpserver, "/tasks/task9", ["validating", "ready"])
    script(httpserver, "/embed/tasks/emb1", ["processing", "ready"])
    updates: list[Any] = []

    async def main() -> tuple[Any, Any]:
        async with aclient(httpserver) as client:
            task = await client.tasks.create_and_wait(
                index_id="idx1", video_url="https://e.com/a.mp4", on_update=updates.append, **FAST
            )
            emb = await client.embed.tasks.wait("emb1", timeout=None, **FAST)
            return task, emb

    task, emb = asyncio.run(main())
    assert (task.id, task.status) == ("task9", "ready")
    assert statuses(updates) == ["validating", "ready"]
    assert (emb.id, emb.status) == ("emb1", "ready")
