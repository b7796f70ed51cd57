"""Per-call request options (`timeout`, `max_retries`, `extra_headers`,
`extra_query`, `extra_body`), `with_options`/`copy`, and the one request
builder: what each puts on the wire, sync and async, against a real local
server; and that every public method of both clients takes them.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_sdk import (
    NOT_GIVEN,
    APITimeoutError,
    AsyncTwelveLabs,
    InternalServerError,
    InvalidParameterError,
    TwelveLabs,
    TwelveLabsError,
)
from twelvelabs_sdk._operation import Operation, no_content

API_KEY = "tlk_test_options_fake_key"
INDEX = {"_id": "idx1", "index_name": "docs"}
TASK = {"_id": "task1", "status": "ready"}
GIST = {"id": "g1", "title": "A title"}
OPTION_NAMES = (
    "timeout",
    "max_retries",
    "total_timeout",
    "extra_headers",
    "extra_query",
    "extra_body",
)
FAST = {"poll_interval": 0.01, "max_poll_interval": 0.02}


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/")) as c:
        yield c


def aclient(httpserver: HTTPServer, **kwargs: Any) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"), **kwargs)


def requests(httpserver: HTTPServer) -> list[Request]:
    return [request for request, _ in httpserver.log]


def serve_list(httpserver: HTTPServer) -> None:
    """Two pages of indexes, one item each."""

    def handler(request: Request) -> Response:
        page = int(request.args["page"])
        body = {
            "data": [{**INDEX, "_id": f"idx{page}"}],
            "page_info": {"page": page, "total_page": 2, "limit_per_page": 1},
        }
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/indexes", method="GET").respond_with_handler(handler)


# -- each option on the wire, for a representative set of methods -------------------

# (name, server path, method, how to call it sync, the answer): a GET, a JSON POST, a
# multipart POST, a top-level text method, a pager, and a wait.
SyncCall = Callable[..., Any]
CASES: list[tuple[str, str, str, Callable[[Any], SyncCall], Any]] = [
    (
        "indexes.retrieve",
        "/indexes/idx1",
        "GET",
        lambda c: lambda **o: c.indexes.retrieve("idx1", **o),
        INDEX,
    ),
    (
        "indexes.create",
        "/indexes",
        "POST",
        lambda c: (
            lambda **o: c.indexes.create(
                "docs", [{"model_name": "marengo3.0", "model_options": ["visual"]}], **o
            )
        ),
        {"_id": "idx1"},
    ),
    (
        "tasks.create",
        "/tasks",
        "POST",
        lambda c: lambda **o: c.tasks.create("idx1", video_url="https://v.example/a.mp4", **o),
        {"_id": "task1"},
    ),
    ("gist", "/gist", "POST", lambda c: lambda **o: c.gist("vid1", ["title"], **o), GIST),
    ("tasks.wait", "/tasks/task1", "GET", lambda c: lambda **o: c.tasks.wait("task1", **o), TASK),
]
CASE_IDS = [case[0] for case in CASES]


def _sync(client: TwelveLabs, case: Any, **options: Any) -> Any:
    return case[3](client)(**options)


def _async(httpserver: HTTPServer, case: Any, **options: Any) -> Any:
    async def main() -> Any:
        async with aclient(httpserver) as client:
            return await case[3](client)(**options)

    return asyncio.run(main())


RUNNERS = {
    "sync": lambda httpserver, client, case, **o: _sync(client, case, **o),
    "async": lambda httpserver, client, case, **o: _async(httpserver, case, **o),
}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_extra_headers_and_extra_query_reach_the_wire(
    httpserver: HTTPServer, client: TwelveLabs, case: Any, mode: str
) -> None:
    _, path, method, _, answer = case
    httpserver.expect_request(path, method=method).respond_with_json(answer, status=200)

    RUNNERS[mode](
        httpserver,
        client,
        case,
        extra_headers={"X-Trace-Id": "trace-7", "User-Agent": "mine/1"},
        extra_query={"probe": "on", "n": 3},
    )

    request = requests(httpserver)[0]
    assert request.headers["X-Trace-Id"] == "trace-7"
    assert request.headers["User-Agent"] == "mine/1"  # overrides the client's own
    assert request.headers["x-api-key"] == API_KEY
    assert request.args.get("probe") == "on"
    assert request.args.get("n") == "3"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_extra_body_is_merged_into_a_json_body(
    httpserver: HTTPServer, client: TwelveLabs, mode: str
) -> None:
    case = CASES[3]  # gist
    httpserver.expect_request("/gist", method="POST").respond_with_json(GIST)

    RUNNERS[mode](httpserver, client, case, extra_body={"beta_flag": True, "types": ["topic"]})

    body = json.loads(requests(httpserver)[0].get_data())
    assert body == {"video_id": "vid1", "types": ["topic"], "beta_flag": True}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_extra_body_becomes_form_fields_of_a_multipart_body(
    httpserver: HTTPServer, client: TwelveLabs, mode: str
) -> None:
    case = CASES[2]  # tasks.create
    httpserver.expect_request("/tasks", method="POST").respond_with_json({"_id": "t"}, status=201)

    RUNNERS[mode](httpserver, client, case, extra_body={"language": "en", "priority": 2})

    request = requests(httpserver)[0]
    assert request.mimetype == "multipart/form-data"
    assert request.form["index_id"] == "idx1"
    assert request.form["language"] == "en"
    assert request.form["priority"] == "2"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_max_retries_per_call(
    httpserver: HTTPServer, client: TwelveLabs, case: Any, mode: str
) -> None:
    _, path, method, _, _ = case
    httpserver.expect_request(path, method=method).respond_with_data(
        "busy", status=503, headers={"Retry-After": "0"}
    )

    with pytest.raises(InternalServerError):
        RUNNERS[mode](httpserver, client, case, max_retries=1)
    assert len(httpserver.log) == 2
    assert [r.headers["X-Retry-Count"] for r in requests(httpserver)] == ["0", "1"]


def slow(delay: float, answer: Any) -> Callable[[Request], Response]:
    def handler(request: Request) -> Response:
        time.sleep(delay)
        return Response(json.dumps(answer), content_type="application/json")

    return handler


class Stall:
    """A handler that holds each request until released (at most 5 s), counting
    arrivals; `finish()` releases them and waits until the server has logged
    them, so no answer lands in the next test's log."""

    def __init__(self, httpserver: HTTPServer) -> None:
        self.httpserver = httpserver
        self.arrived = 0
        self.release = threading.Event()

    def __call__(self, request: Request) -> Response:
        self.arrived += 1
        self.release.wait(5)
        return Response(json.dumps(INDEX), content_type="application/json")

    def finish(self) -> None:
        self.release.set()
        deadline = time.monotonic() + 5
        while len(self.httpserver.log) < self.arrived and time.monotonic() < deadline:
            time.sleep(0.01)


@pytest.fixture
def stall(httpserver: HTTPServer) -> Iterator[Stall]:
    handler = Stall(httpserver)
    httpserver.expect_request("/indexes/idx1").respond_with_handler(handler)
    yield handler
    handler.finish()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_timeout_per_call_shortens_the_clients(
    httpserver: HTTPServer, client: TwelveLabs, stall: Stall, mode: str
) -> None:
    with pytest.raises(APITimeoutError):
        RUNNERS[mode](httpserver, client, CASES[0], timeout=0.2, max_retries=0)
    assert stall.arrived == 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    "timeout", [5.0, httpx.Timeout(5.0), None], ids=["float", "Timeout", "None"]
)
def test_timeout_per_call_lengthens_the_clients(
    httpserver: HTTPServer, mode: str, timeout: Any
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_handler(slow(0.4, INDEX))
    url = httpserver.url_for("/")

    if mode == "sync":
        with TwelveLabs(api_key=API_KEY, base_url=url, timeout=0.1, max_retries=0) as c:
            index = c.indexes.retrieve("idx1", timeout=timeout)
    else:

        async def main() -> Any:
            async with aclient(httpserver, timeout=0.1, max_retries=0) as c:
                return await c.indexes.retrieve("idx1", timeout=timeout)

        index = asyncio.run(main())
    assert index.id == "idx1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_total_timeout_per_call_bounds_the_call_with_its_retries(
    httpserver: HTTPServer,
    client: TwelveLabs,
    stall: Stall,
    mode: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="twelvelabs_sdk")

    with pytest.raises(APITimeoutError):
        RUNNERS[mode](httpserver, client, CASES[0], total_timeout=0.3)

    # Without total_timeout, a timed-out read is retried (max_retries is 2): not here.
    assert not [r for r in caplog.records if "retrying in" in r.getMessage()]


def test_pagers_apply_the_options_to_every_page(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve_list(httpserver)

    ids = [i.id for i in client.indexes.list(page_limit=1, extra_headers={"X-P": "1"})]

    assert ids == ["idx1", "idx2"]
    assert [r.headers.get("X-P") for r in requests(httpserver)] == ["1", "1"]


def test_async_pagers_apply_the_options_to_every_page(httpserver: HTTPServer) -> None:
    serve_list(httpserver)

    async def main() -> list[str]:
        async with aclient(httpserver) as client:
            pager = client.indexes.list(page_limit=1, extra_query={"q": "x"})
            return [str(i.id) async for i in pager]

    assert asyncio.run(main()) == ["idx1", "idx2"]
    assert [r.args.get("q") for r in requests(httpserver)] == ["x", "x"]


def test_analyze_stream_takes_the_options(httpserver: HTTPServer, client: TwelveLabs) -> None:
    lines = [{"event_type": "stream_start"}, {"event_type": "stream_end"}]
    httpserver.expect_request("/analyze", method="POST").respond_with_data(
        "".join(json.dumps(line) + "\n" for line in lines), content_type="application/x-ndjson"
    )

    with client.analyze_stream("vid1", "p", extra_headers={"X-S": "1"}, extra_body={"k": 1}) as s:
        s.until_done()

    request = requests(httpserver)[0]
    assert request.headers["X-S"] == "1"
    assert json.loads(request.get_data())["k"] == 1


def test_options_set_on_a_call_do_not_stick_to_the_client(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_json(INDEX)

    client.indexes.retrieve("idx1", extra_headers={"X-Once": "1"}, extra_query={"once": "1"})
    client.indexes.retrieve("idx1")

    first, second = requests(httpserver)
    assert first.headers.get("X-Once") == "1"
    assert "X-Once" not in second.headers
    assert second.args.to_dict() == {}


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"timeout": -1}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"total_timeout": -1}, "total_timeout"),
        ({"extra_headers": {"X-A": 1}}, "extra_headers['X-A']"),
        ({"extra_headers": {"X-A": "a\r\nInjected: 1"}}, "extra_headers['X-A']"),
        ({"extra_headers": ["X-A"]}, "extra_headers"),
        ({"extra_query": {"q": object()}}, "extra_query['q']"),
        ({"extra_query": {1: "x"}}, "extra_query"),
        ({"extra_body": {"b": {1, 2}}}, "extra_body['b']"),
        ({"extra_body": "raw"}, "extra_body"),
    ],
)
def test_bad_options_are_refused_before_any_request(
    httpserver: HTTPServer, client: TwelveLabs, options: dict[str, Any], param: str
) -> None:
    with pytest.raises(InvalidParameterError) as sync_info:
        client.indexes.retrieve("idx1", **options)
    with pytest.raises(InvalidParameterError) as pager_info:
        client.videos.list("idx1", **options)

    async def main() -> None:
        async with aclient(httpserver) as c:
            await c.gist("vid1", ["title"], **options)

    with pytest.raises(InvalidParameterError) as async_info:
        asyncio.run(main())
    assert sync_info.value.param == pager_info.value.param == async_info.value.param == param
    assert httpserver.log == []


def test_extra_body_on_a_call_with_a_binary_body_is_refused(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    op = Operation("binaryUpload", {"method": "put", "url": "/blob", "content": b"xyz"}, no_content)

    with pytest.raises(InvalidParameterError, match="extra_body"):
        client._execute(op.using(_options(extra_body={"k": "v"})))
    assert httpserver.log == []


def _options(**kwargs: Any) -> Any:
    from twelvelabs_sdk._options import request_options

    return request_options(**kwargs)


# -- every public method takes the options ----------------------------------------


def public_methods(obj: object, path: str = "client") -> Iterator[tuple[str, Any]]:
    """Every public method reachable from `obj` through its namespaces (the
    resource objects the client exposes as attributes), depth first."""
    for name in sorted(dir(type(obj))):
        if name.startswith("_") or name in {"close", "with_options", "copy", "api"}:
            continue
        if name == "with_raw_response":
            continue
        value = getattr(obj, name)
        if inspect.ismethod(value):
            yield f"{path}.{name}", value
        elif type(value).__module__.startswith("twelvelabs_sdk.resources"):
            yield from public_methods(value, f"{path}.{name}")


def _both_clients() -> list[tuple[str, Any]]:
    sync = TwelveLabs(api_key=API_KEY, base_url="http://127.0.0.1:9")
    asyn = AsyncTwelveLabs(api_key=API_KEY, base_url="http://127.0.0.1:9")
    return [*public_methods(sync, "TwelveLabs"), *public_methods(asyn, "AsyncTwelveLabs")]


METHODS = _both_clients()


def test_the_walk_finds_every_namespace_of_both_clients() -> None:
    names = {name for name, _ in METHODS}
    for client in ("TwelveLabs", "AsyncTwelveLabs"):
        for method in (
            "analyze",
            "analyze_stream",
            "gist",
            "summarize",
            "indexes.list",
            "videos.retrieve",
            "tasks.wait",
            "tasks.create_and_wait",
            "search.query",
            "search.retrieve_page",
            "embed.create",
            "embed.tasks.wait",
        ):
            assert f"{client}.{method}" in names
    assert len(METHODS) == 2 * 26


@pytest.mark.parametrize(("name", "method"), METHODS, ids=[name for name, _ in METHODS])
def test_every_public_method_takes_the_request_options_keyword_only(name: str, method: Any) -> None:
    params = inspect.signature(method).parameters
    for option in OPTION_NAMES:
        assert option in params, f"{name} lacks {option}"
        assert params[option].kind is inspect.Parameter.KEYWORD_ONLY, (name, option)
    waits = name.endswith((".wait", ".create_and_wait"))
    # On a wait, `timeout` bounds the whole wait (each poll's request timeout is the
    # client's, cut to the time left); everywhere else it is the request timeout.
    if not waits:
        assert params["timeout"].default is NOT_GIVEN, name
    assert params["max_retries"].default is NOT_GIVEN, name
    assert params["total_timeout"].default is NOT_GIVEN, name
    for option in ("extra_headers", "extra_query", "extra_body"):
        assert params[option].default is None, (name, option)


# -- with_options / copy ------------------------------------------------------------


def test_with_options_takes_base_url_default_headers_and_the_call_options(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/other/indexes/idx1").respond_with_json(INDEX)

    copy = client.with_options(
        base_url=httpserver.url_for("/other"),
        default_headers={"X-Team": "search"},
        extra_headers={"X-Extra": "1"},
        extra_query={"region": "eu"},
        extra_body={"k": "v"},
        timeout=3.0,
        max_retries=4,
    )
    copy.indexes.retrieve("idx1", extra_query={"call": "1"})

    request = requests(httpserver)[0]
    assert request.headers["X-Team"] == "search"
    assert request.headers["X-Extra"] == "1"
    assert request.args.to_dict() == {"region": "eu", "call": "1"}
    assert json.loads(request.get_data()) == {"k": "v"}  # a bodiless call gets a JSON body
    assert (copy.max_retries, copy.timeout) == (4, httpx.Timeout(3.0))
    assert copy._http is client._http  # the pool is shared
    assert (client.max_retries, client.base_url) != (4, copy.base_url)


def test_copy_is_with_options(client: TwelveLabs) -> None:
    assert TwelveLabs.copy is TwelveLabs.with_options
    assert AsyncTwelveLabs.copy is AsyncTwelveLabs.with_options
    assert client.copy(max_retries=7).max_retries == 7


def test_with_options_defaults_accumulate_on_copies_of_copies(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_json(INDEX)

    client.with_options(extra_query={"a": "1"}).copy(extra_query={"b": "2"}).indexes.retrieve(
        "idx1"
    )

    assert requests(httpserver)[0].args.to_dict() == {"a": "1", "b": "2"}


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"timeout": -0.5}, "timeout"),
        ({"total_timeout": 0}, "total_timeout"),
        ({"max_retries": "3"}, "max_retries"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"default_headers": {"X": 1}}, "default_headers['X']"),
        ({"extra_headers": "X: 1"}, "extra_headers"),
        ({"extra_query": {"q": {"nested": 1}}}, "extra_query['q']"),
        ({"extra_body": {"b": object()}}, "extra_body['b']"),
    ],
)
def test_with_options_refuses_bad_values_naming_the_parameter(
    client: TwelveLabs, options: dict[str, Any], param: str
) -> None:
    with pytest.raises(InvalidParameterError) as info:
        client.with_options(**options)
    assert info.value.param == param

    async def main() -> None:
        async with AsyncTwelveLabs(api_key=API_KEY, base_url="http://127.0.0.1:9") as c:
            c.with_options(**options)

    with pytest.raises(InvalidParameterError) as async_info:
        asyncio.run(main())
    assert async_info.value.param == param


def test_async_with_options_copy_shares_the_pool_and_sends_its_defaults(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/indexes/idx1").respond_with_json(INDEX)

    async def main() -> None:
        async with aclient(httpserver) as client:
            copy = client.copy(default_headers={"X-C": "1"}, extra_query={"c": "1"})
            assert copy._http is client._http
            await copy.indexes.retrieve("idx1")
            await copy.close()  # leaves the shared pool open
            await client.indexes.retrieve("idx1")

    asyncio.run(main())
    first, second = requests(httpserver)
    assert (first.headers.get("X-C"), first.args.get("c")) == ("1", "1")
    assert ("X-C" not in second.headers, second.args.get("c")) == (True, None)


# -- the request builder sends every argument _get_kwargs may produce ---------------


def _read_part(request: Request, name: str) -> bytes:
    part = request.files[name]
    try:
        return part.read()
    finally:
        part.close()


def _op(**request: Any) -> Operation[None]:
    return Operation("probe", {"method": "post", "url": "/probe", **request}, no_content)


@pytest.mark.parametrize(
    ("request_kwargs", "check"),
    [
        ({"json": {"a": 1}}, lambda r: json.loads(r.get_data()) == {"a": 1}),
        ({"content": b"\x00raw-bytes"}, lambda r: r.get_data() == b"\x00raw-bytes"),
        ({"data": {"field": "v"}}, lambda r: r.form.to_dict() == {"field": "v"}),
        (
            {"files": [("f", ("a.bin", b"xyz", "application/octet-stream"))]},
            lambda r: _read_part(r, "f") == b"xyz",
        ),
        ({"params": {"p": "1"}}, lambda r: r.args.to_dict() == {"p": "1"}),
        ({"headers": {"X-Gen": "g"}}, lambda r: r.headers.get("X-Gen") == "g"),
        ({"cookies": {"session": "s1"}}, lambda r: r.cookies.get("session") == "s1"),
    ],
    ids=["json", "content", "data", "files", "params", "headers", "cookies"],
)
def test_the_request_builder_sends_each_kind_of_generated_argument(
    httpserver: HTTPServer, request_kwargs: dict[str, Any], check: Callable[[Request], bool]
) -> None:
    httpserver.expect_request("/probe", method="POST").respond_with_data("", status=204)
    url = httpserver.url_for("/")

    with TwelveLabs(api_key=API_KEY, base_url=url) as client:
        client._execute(_op(**request_kwargs))

    async def main() -> None:
        async with aclient(httpserver) as c:
            await c._execute(_op(**request_kwargs))

    asyncio.run(main())
    sync_request, async_request = requests(httpserver)
    assert check(sync_request)
    assert check(async_request)


def test_an_argument_the_builder_does_not_know_fails_loudly_before_sending(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    with pytest.raises(TwelveLabsError, match=r"probe.*extensions"):
        client._execute(_op(json={"a": 1}, extensions={"trace": None}))
    assert httpserver.log == []


def test_extra_body_is_added_to_a_form_data_body(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/probe", method="POST").respond_with_data("", status=204)

    client._execute(_op(data={"field": "v"}).using(_options(extra_body={"more": [1]})))

    assert requests(httpserver)[0].form.to_dict() == {"field": "v", "more": "[1]"}


def test_not_given_is_a_falsy_singleton_with_a_readable_repr() -> None:
    from twelvelabs_sdk import NotGiven

    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
