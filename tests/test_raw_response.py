"""Raw responses (`client.with_raw_response...`) and rate-limit information,
sync and async, against a real local server."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_api.models.index import Index
from twelvelabs_api.models.task import Task
from twelvelabs_sdk import (
    AnalyzeStream,
    APIResponse,
    AsyncAnalyzeStream,
    AsyncAPIResponse,
    AsyncPager,
    AsyncTwelveLabs,
    RateLimitError,
    RateLimitInfo,
    SyncPager,
    TwelveLabs,
)

API_KEY = "tlk_test_raw_fake_key"
INDEX = {"_id": "idx1", "index_name": "docs"}
LIMITS = {
    "X-Ratelimit-Limit": "600",
    "X-Ratelimit-Remaining": "599",
    "X-Ratelimit-Used": "1",
    "X-Ratelimit-Reset": "1767225600",
    "X-Request-Id": "req-42",
}
FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/")) as c:
        yield c


def aclient(httpserver: HTTPServer) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"))


def json_response(body: Any, status: int = 200, **headers: str) -> Response:
    return Response(
        json.dumps(body), status=status, headers=headers, content_type="application/json"
    )


def busy_then(body: Any) -> Any:
    """A handler answering 503 (Retry-After: 0) once, then `body` with LIMITS."""
    calls: list[int] = []

    def handler(request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            return Response("busy", status=503, headers={"Retry-After": "0"})
        return json_response(body, **LIMITS)

    return handler


# -- single calls -------------------------------------------------------------------


def test_raw_retrieve_gives_status_headers_ids_retries_and_the_parsed_result(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_handler(busy_then(INDEX))

    raw = client.with_raw_response.indexes.retrieve("idx1")

    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-limit"] == "600"
    assert raw.request_id == "req-42"
    assert raw.retries_taken == 1
    assert isinstance(raw.elapsed, timedelta)
    assert raw.elapsed > timedelta(0)
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.json() == INDEX
    assert raw.operation == "retrieveIndex"
    index = raw.parse()
    assert isinstance(index, Index)
    assert index.id == "idx1"
    assert raw.parse() is index  # parsed once
    assert raw.rate_limit == RateLimitInfo(limit=600, remaining=599, used=1, reset=1767225600.0)
    assert raw.rate_limit.reset_at == datetime(2026, 1, 1, tzinfo=UTC)


def test_raw_calls_take_the_per_call_options(httpserver: HTTPServer, client: TwelveLabs) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_json(INDEX)

    raw = client.with_raw_response.indexes.retrieve("idx1", extra_headers={"X-R": "1"})

    assert raw.parse().id == "idx1"
    assert httpserver.log[0][0].headers["X-R"] == "1"


def test_raw_text_methods_answer_with_their_typed_result(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/analyze").respond_with_json({"id": "a1", "data": "text"})
    httpserver.expect_request("/gist").respond_with_json({"id": "g1", "title": "T"})
    httpserver.expect_request("/summarize").respond_with_json(
        {"id": "s1", "summarize_type": "summary", "summary": "S"}
    )

    analyzed = client.with_raw_response.analyze("vid1", "p")
    gist = client.with_raw_response.gist("vid1", ["title"])
    summary = client.with_raw_response.summarize("vid1", "summary")

    assert analyzed.parse().data == "text"
    assert gist.parse().title == "T"
    assert summary.parse().summary == "S"
    assert client.analyze("vid1", "p").data == "text"  # the plain client is untouched


def test_raw_no_content_calls_parse_to_none(httpserver: HTTPServer, client: TwelveLabs) -> None:
    httpserver.expect_request("/indexes/idx1", method="DELETE").respond_with_data("", status=204)

    raw = client.with_raw_response.indexes.delete("idx1")

    assert raw.status_code == 204
    assert raw.parse() is None


def test_raw_analyze_stream_answers_before_the_body_and_parses_to_the_open_stream(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    lines = [
        {"event_type": "stream_start"},
        {"event_type": "text_generation", "text": "Hi"},
        {"event_type": "stream_end"},
    ]
    httpserver.expect_request("/analyze").respond_with_data(
        "".join(json.dumps(x) + "\n" for x in lines),
        content_type="application/x-ndjson",
        headers=LIMITS,
    )

    raw = client.with_raw_response.analyze_stream("vid1", "p")

    assert raw.status_code == 200
    assert raw.rate_limit.remaining == 599
    stream = raw.parse()
    assert isinstance(stream, AnalyzeStream)
    with stream:
        assert stream.until_done().text == "Hi"
    assert raw.http_response.is_closed


def test_raw_wait_answers_with_the_poll_that_saw_the_task_ready(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    states = iter(["indexing", "ready"])
    httpserver.expect_request("/tasks/t1").respond_with_handler(
        lambda r: json_response({"_id": "t1", "status": next(states)}, **LIMITS)
    )

    raw = client.with_raw_response.tasks.wait("t1", **FAST)

    assert len(httpserver.log) == 2
    assert isinstance(raw.parse(), Task)
    assert raw.parse().status == "ready"
    assert raw.request_id == "req-42"


def test_raw_create_and_wait_answers_with_the_final_poll(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json(
        {"_id": "t1", "status": "pending"}, status=201
    )
    httpserver.expect_request("/tasks/t1").respond_with_response(
        json_response({"_id": "t1", "status": "ready"}, **LIMITS)
    )

    raw = client.with_raw_response.tasks.create_and_wait(
        "idx1", video_url="https://v/a.mp4", **FAST
    )

    assert raw.operation == "retrieveTask"
    assert raw.parse().status == "ready"
    assert raw.rate_limit.limit == 600


# -- pagers -------------------------------------------------------------------------


def serve_two_pages(httpserver: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        page = int(request.args["page"])
        body = {
            "data": [{**INDEX, "_id": f"idx{page}"}],
            "page_info": {"page": page, "total_page": 2, "limit_per_page": 1},
        }
        return json_response(body, **{**LIMITS, "X-Request-Id": f"req-page-{page}"})

    httpserver.expect_request("/indexes").respond_with_handler(handler)


def test_each_page_carries_its_raw_response(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_two_pages(httpserver)

    pages = list(client.indexes.list(page_limit=1).pages())

    assert [p.raw_response.request_id for p in pages if p.raw_response] == [
        "req-page-1",
        "req-page-2",
    ]
    assert all(isinstance(p.raw_response, APIResponse) for p in pages)
    assert pages[1].raw_response is not None
    assert pages[1].raw_response.rate_limit.limit == 600


def test_raw_pager_method_answers_with_the_first_page_and_parses_to_the_pager(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve_two_pages(httpserver)

    raw = client.with_raw_response.indexes.list(page_limit=1)

    assert len(httpserver.log) == 1  # the first page only
    assert raw.request_id == "req-page-1"
    pager = raw.parse()
    assert isinstance(pager, SyncPager)
    assert [i.id for i in pager] == ["idx1", "idx2"]
    assert len(httpserver.log) == 2  # the first page was not fetched again


# -- rate limits --------------------------------------------------------------------


def test_rate_limit_error_carries_the_rate_limit_and_retry_after(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_response(
        json_response(
            {"code": "too_many_requests", "message": "slow down"},
            status=429,
            **{**LIMITS, "X-Ratelimit-Remaining": "0", "Retry-After": "90"},
        )
    )

    with pytest.raises(RateLimitError) as info:
        client.with_options(max_retries=0).indexes.retrieve("idx1")

    assert info.value.rate_limit == RateLimitInfo(
        limit=600, remaining=0, used=1, reset=1767225600.0
    )
    assert info.value.retry_after == 90.0  # as sent, not capped like the retry wait


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, RateLimitInfo()),
        (
            {
                "X-Ratelimit-Limit": "lots",
                "X-Ratelimit-Remaining": "-1",
                "X-Ratelimit-Used": "1.5",
                "X-Ratelimit-Reset": "soon",
            },
            RateLimitInfo(),
        ),
        ({"X-Ratelimit-Reset": "nan", "X-Ratelimit-Used": " 7 "}, RateLimitInfo(used=7)),
        ({"X-Ratelimit-Reset": "inf", "X-Ratelimit-Limit": "9" * 40}, RateLimitInfo()),
        ({"X-Ratelimit-Limit": "٣".encode()}, RateLimitInfo()),  # a non-ASCII digit
        ({"X-Ratelimit-Reset": "1e300"}, RateLimitInfo(reset=1e300)),
    ],
)
def test_missing_or_garbage_rate_limit_headers_read_as_none(
    headers: dict[str, str | bytes], expected: RateLimitInfo
) -> None:
    info = RateLimitInfo.from_headers(httpx.Headers(headers))

    assert info == expected
    if info.reset == 1e300:
        assert info.reset_at is None  # out of datetime's range: None, not an exception


@pytest.mark.parametrize("retry_after", ["", "soon", "nan", "inf"])
def test_rate_limit_error_with_garbage_headers_has_none_fields(
    httpserver: HTTPServer, client: TwelveLabs, retry_after: str
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_response(
        Response("slow down", status=429, headers={"Retry-After": retry_after})
    )

    with pytest.raises(RateLimitError) as info:
        client.with_options(max_retries=0).indexes.retrieve("idx1")

    assert info.value.rate_limit == RateLimitInfo()
    assert info.value.retry_after is None


# -- async --------------------------------------------------------------------------


def test_async_raw_responses_mirror_the_sync_ones(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_handler(busy_then(INDEX))
    serve_two_pages(httpserver)
    lines = [{"event_type": "stream_start"}, {"event_type": "stream_end"}]
    httpserver.expect_request("/analyze").respond_with_data(
        "".join(json.dumps(x) + "\n" for x in lines), content_type="application/x-ndjson"
    )

    async def main() -> None:
        async with aclient(httpserver) as client:
            raw = await client.with_raw_response.indexes.retrieve("idx1")
            assert isinstance(raw, AsyncAPIResponse)
            assert (raw.status_code, raw.retries_taken, raw.request_id) == (200, 1, "req-42")
            assert raw.rate_limit.remaining == 599
            assert (await raw.parse()).id == "idx1"

            listed = await client.with_raw_response.indexes.list(page_limit=1)
            pager = await listed.parse()
            assert isinstance(pager, AsyncPager)
            assert [str(i.id) async for i in pager] == ["idx1", "idx2"]
            pages = [p async for p in client.indexes.list(page_limit=1).pages()]
            assert all(isinstance(p.raw_response, AsyncAPIResponse) for p in pages)

            streamed = await client.with_raw_response.analyze_stream("vid1", "p")
            stream = await streamed.parse()
            assert isinstance(stream, AsyncAnalyzeStream)
            async with stream:
                await stream.until_done()
            assert stream.finish_reason is None

    asyncio.run(main())


# -- every method has its raw twin, typed ----------------------------------------------


def _namespace_methods(obj: object, path: str = "") -> set[str]:
    names: set[str] = set()
    for name in dir(obj):
        if name.startswith("_") or name in {"close", "with_options", "copy", "api"}:
            continue
        if name in {"with_raw_response", "base_url", "timeout", "max_retries"}:
            continue
        value = getattr(obj, name)
        if callable(value) and not inspect.isclass(value):
            names.add(path + name)
        elif type(value).__module__.startswith(("twelvelabs_sdk.resources", "twelvelabs_sdk._raw")):
            names |= _namespace_methods(value, f"{path}{name}.")
    return names


@pytest.mark.parametrize("cls", [TwelveLabs, AsyncTwelveLabs])
def test_every_public_method_has_a_raw_twin(cls: type[Any]) -> None:
    client = cls(api_key=API_KEY, base_url="http://127.0.0.1:9")

    plain = _namespace_methods(client)
    raw = _namespace_methods(client.with_raw_response)

    assert "tasks.create_and_wait" in plain
    assert plain == raw
    assert client.with_raw_response is client.with_raw_response  # built once, not per call
    assert client.with_raw_response.indexes.retrieve.__doc__ == client.indexes.retrieve.__doc__


TYPED = """
from typing import assert_type
from twelvelabs_api.models.index import Index
from twelvelabs_api.models.video import Video
from twelvelabs_sdk import (
    AnalyzeStream, APIResponse, AsyncAPIResponse, AsyncPager, AsyncTwelveLabs, SyncPager,
    TwelveLabs,
)

def sync(client: TwelveLabs) -> None:
    raw = client.with_raw_response.videos.retrieve("idx", "vid", timeout=5)
    assert_type(raw, APIResponse[Video])
    assert_type(raw.parse(), Video)
    assert_type(client.with_raw_response.indexes.list(), APIResponse[SyncPager[Index]])
    assert_type(client.with_raw_response.analyze_stream("v", "p"), APIResponse[AnalyzeStream])
    assert_type(client.with_raw_response.indexes.delete("idx"), APIResponse[None])

async def run(client: AsyncTwelveLabs) -> None:
    raw = await client.with_raw_response.videos.retrieve("idx", "vid")
    assert_type(raw, AsyncAPIResponse[Video])
    assert_type(await raw.parse(), Video)
    pager = await client.with_raw_response.indexes.list()
    assert_type(pager, AsyncAPIResponse[AsyncPager[Index]])
"""


def test_raw_methods_are_typed_with_the_plain_methods_result(tmp_path: Path) -> None:
    """mypy --strict infers `APIResponse[Video]` for a raw `videos.retrieve`, etc."""
    root = Path(__file__).resolve().parents[1]
    probe = tmp_path / "raw_types.py"
    probe.write_text(TYPED)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(probe)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"MYPYPATH": f"{root / 'overlay'}:{root / 'generated'}", "PATH": ""},
    )
    assert done.returncode == 0, done.stdout + done.stderr
