"""Every SDK exception crosses a process boundary as itself, with its fields, and
without the API key: pickled by multiprocessing, ProcessPoolExecutor or Celery, it
unpickles in the parent as the same class. Exceptions keep a redacted copy of the
request, so the key is not in `exc.request`, `exc.response.request` or anything
`pickle.dumps(exc)` produces."""

from __future__ import annotations

import asyncio
import inspect
import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest
from _hostile import retrieve_missing_index

import twelvelabs_sdk
from twelvelabs_api.models.task import Task
from twelvelabs_sdk import (
    APIConnectionError,
    AsyncTwelveLabs,
    NotFoundError,
    TwelveLabs,
    TwelveLabsError,
)
from twelvelabs_sdk.testing import FakeTwelveLabs

KEY = "tlk-hostile-PICKLE-secret-0123456789"


def all_error_classes() -> list[type[TwelveLabsError]]:
    found: list[type[TwelveLabsError]] = []
    todo: list[type[TwelveLabsError]] = [TwelveLabsError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return sorted(set(found), key=lambda c: c.__name__)


def keyed_request() -> httpx.Request:
    return httpx.Request(
        "POST",
        "https://api.example.com/v1.3/indexes/abc",
        headers={"x-api-key": KEY, "Authorization": f"Bearer {KEY}", "x-request-id": "r-1"},
        content=b'{"index_name": "n"}',
    )


def keyed_response(status: int) -> httpx.Response:
    return httpx.Response(
        status,
        json={"code": "index_not_found", "message": "no such index"},
        headers={"x-request-id": "req-42"},
        request=keyed_request(),
    )


SAMPLE_TASK = Task.from_dict({"_id": "t-1", "index_id": "i-1", "status": "failed"})

ARGUMENTS: dict[str, Any] = {
    "message": "something broke",
    "param": "index_id",
    "allowed": "a non-empty string id",
    "value": "",
    "task": SAMPLE_TASK,
    "timeout": 2.5,
    "text": "text so far",
    "events": [],
}


def sample(cls: type[TwelveLabsError]) -> TwelveLabsError:
    """An instance of `cls` built from its own constructor's parameters."""
    kwargs: dict[str, Any] = {}
    for name, p in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if name == "response":
            kwargs[name] = keyed_response(404 if issubclass(cls, NotFoundError) else 503)
        elif name == "request":
            kwargs[name] = keyed_request()
        elif name in ARGUMENTS:
            kwargs[name] = ARGUMENTS[name]
        elif p.default is p.empty:
            kwargs[name] = 64 * 1024 * 1024  # a limit, such as the body cap
    return cls(**kwargs)


def comparable(value: Any) -> Any:
    if isinstance(value, httpx.Request):
        return (value.method, str(value.url), sorted(value.headers.multi_items()))
    if isinstance(value, httpx.Response):
        return (value.status_code, value.content, comparable(value.request))
    if hasattr(value, "to_dict"):  # a model; UNSET after a round trip is another issue
        return (type(value).__name__, value.id, value.status)
    return value


def fields(error: BaseException) -> dict[str, Any]:
    return {name: comparable(value) for name, value in vars(error).items()}


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_every_exception_pickles_with_class_and_fields(cls: type[TwelveLabsError]) -> None:
    error = sample(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert fields(copy) == fields(error)


@pytest.mark.parametrize("cls", all_error_classes(), ids=lambda c: c.__name__)
def test_no_exception_carries_the_key(cls: type[TwelveLabsError]) -> None:
    error = sample(cls)
    assert KEY.encode() not in pickle.dumps(error)
    request = getattr(error, "request", None)
    response = getattr(error, "response", None)
    for req in (request, getattr(response, "request", None)):
        if req is not None:
            assert KEY not in str(req.headers.raw)
            assert req.headers["x-api-key"] == "[REDACTED]"


def test_the_walk_finds_every_public_exception() -> None:
    public = {
        obj
        for name in twelvelabs_sdk.__all__
        if isinstance(obj := getattr(twelvelabs_sdk, name), type)
        and issubclass(obj, TwelveLabsError)
    }
    assert public <= set(all_error_classes())
    assert len(public) >= 18


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    with FakeTwelveLabs(api_key=KEY) as fake:
        yield fake


def test_not_found_from_a_process_pool_worker_reaches_the_parent_as_itself(
    fake: FakeTwelveLabs,
) -> None:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(retrieve_missing_index, KEY, fake.url)
        with pytest.raises(NotFoundError) as caught:
            future.result(timeout=60)
    error = caught.value
    assert error.status_code == 404
    assert error.code
    assert error.message
    assert error.request.headers["x-api-key"] == "[REDACTED]"


def test_a_real_status_error_pickles_without_the_key(fake: FakeTwelveLabs) -> None:
    with (
        TwelveLabs(api_key=KEY, base_url=fake.url) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        client.indexes.retrieve("000000000000000000000000")
    data = pickle.dumps(caught.value)
    assert KEY.encode() not in data
    assert KEY not in str(caught.value.response.request.headers.raw)
    copy = pickle.loads(data)
    assert (copy.status_code, copy.code, copy.message) == (
        404,
        caught.value.code,
        caught.value.message,
    )


def closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/v1.3"


def test_connection_error_and_its_cause_hold_no_key() -> None:
    with (
        TwelveLabs(api_key=KEY, base_url=closed_port_url(), max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.indexes.retrieve("abc")
    error = caught.value
    assert KEY.encode() not in pickle.dumps(error)
    assert KEY not in str(error.request.headers.raw)
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert KEY not in str(cause.request.headers.raw)


def test_async_connection_error_and_its_cause_hold_no_key() -> None:
    async def call() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=closed_port_url(), max_retries=0) as c:
            await c.indexes.retrieve("abc")

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(call())
    error = caught.value
    assert KEY.encode() not in pickle.dumps(error)
    cause = error.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert KEY not in str(cause.request.headers.raw)


def test_a_streams_response_request_holds_no_key(fake: FakeTwelveLabs) -> None:
    with TwelveLabs(api_key=KEY, base_url=fake.url) as client:
        index = client.indexes.create(
            "i", models=[{"model_name": "pegasus1.2", "model_options": ["visual"]}]
        )
        task = client.tasks.create_and_wait(
            index_id=index.id, video_url="https://example.com/v.mp4"
        )
        with client.analyze_stream(task.video_id or "", "p") as stream:
            stream.until_done()
            assert KEY not in str(stream.response.request.headers.raw)
