"""Retries: which failures are retried, how often, how long apart, and never a
create that the server may have acted on.

The server answers from a script and records when each request arrived; most
retryable answers carry `Retry-After: 0` so the suite stays fast, and the
tests that measure waiting use fractions of a second.
"""

from __future__ import annotations

import asyncio
import email.utils
import io
import logging
import math
import os
import socket
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncTwelveLabs,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    TwelveLabs,
)
from twelvelabs_sdk._retry import backoff, parse_retry_after

OK_INDEX = Response('{"_id": "idx1"}', status=200, content_type="application/json")
CREATED = Response('{"_id": "new1"}', status=201, content_type="application/json")
OK_JSON = Response("{}", status=200, content_type="application/json")
DROP = object()  # in a script: close the connection without answering


def failure(status: int, retry_after: str | None = "0") -> Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return Response(
        f'{{"code": "e{status}", "message": "status {status}"}}',
        status=status,
        headers=headers,
        content_type="application/json",
    )


def _content(request: Request) -> Any:
    """The body as sent; a form as its fields and file parts (boundaries differ per attempt)."""
    if request.mimetype != "multipart/form-data":
        return request.get_data()
    files = {name: part.read() for name, part in request.files.items(multi=True)}
    request.close()  # the parts were spooled to temporary files: close them now
    return request.form.to_dict(flat=False), files


class Script:
    """Answers one request after another from `answers` (the last one repeats),
    remembering when each arrived, its X-Retry-Count header and its body.

    An answer is a Response, DROP, or a function making the Response then."""

    def __init__(self, *answers: Any) -> None:
        self.answers = answers
        self.arrivals: list[float] = []
        self.wall_clock: list[float] = []
        self.retry_counts: list[str | None] = []
        self.bodies: list[Any] = []

    def __call__(self, request: Request) -> Response:
        self.arrivals.append(time.monotonic())
        self.wall_clock.append(time.time())
        self.retry_counts.append(request.headers.get("X-Retry-Count"))
        self.bodies.append(_content(request))
        answer = self.answers[min(len(self.arrivals), len(self.answers)) - 1]
        if answer is DROP:
            request.environ["werkzeug.socket"].shutdown(socket.SHUT_RDWR)
            return Response("never sent")
        return answer if isinstance(answer, Response) else answer()  # a Response is callable too

    @property
    def count(self) -> int:
        return len(self.arrivals)

    def gaps(self) -> list[float]:
        return [b - a for a, b in zip(self.arrivals, self.arrivals[1:], strict=False)]


def script(httpserver: HTTPServer, path: str, *answers: Any, method: str = "GET") -> Script:
    s = Script(*answers)
    httpserver.expect_request(path, method=method).respond_with_handler(s)
    return s


@pytest.fixture
def make_client(api_key: str, base_url: str) -> Iterator[Callable[..., TwelveLabs]]:
    made: list[TwelveLabs] = []

    def make(**options: Any) -> TwelveLabs:
        made.append(TwelveLabs(api_key=api_key, base_url=base_url, **options))
        return made[-1]

    yield make
    for c in made:
        c.close()


# -- which statuses are retried -------------------------------------------------


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_after_transient_status(
    httpserver: HTTPServer, client: TwelveLabs, status: int
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(status), failure(status), OK_INDEX)

    assert client.indexes.retrieve("idx1").id == "idx1"
    assert s.count == 3


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (404, NotFoundError)])
def test_get_is_not_retried_after_client_error(
    httpserver: HTTPServer, client: TwelveLabs, status: int, error: type[Exception]
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(status), OK_INDEX)

    with pytest.raises(error):
        client.indexes.retrieve("idx1")
    assert s.count == 1


def test_retry_count_header_counts_attempts_from_zero(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(500), failure(503), OK_INDEX)

    client.indexes.retrieve("idx1")

    assert s.retry_counts == ["0", "1", "2"]


def test_async_client_retries_with_the_same_rules(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(429), failure(502), OK_INDEX)

    async def run() -> str:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            return str((await client.indexes.retrieve("idx1")).id)

    assert asyncio.run(run()) == "idx1"
    assert s.retry_counts == ["0", "1", "2"]


# -- how many times -------------------------------------------------------------


def test_default_is_two_retries_then_the_error(httpserver: HTTPServer, client: TwelveLabs) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(503))

    with pytest.raises(InternalServerError) as caught:
        client.indexes.retrieve("idx1")

    assert caught.value.status_code == 503
    assert client.max_retries == 2
    assert s.count == 3


@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_max_retries_per_client_bounds_the_attempts(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs], max_retries: int
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(500))

    with pytest.raises(InternalServerError):
        make_client(max_retries=max_retries).indexes.retrieve("idx1")

    assert s.count == max_retries + 1


def test_max_retries_per_call_through_with_options(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(500))

    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).indexes.retrieve("idx1")
    assert s.count == 1

    with pytest.raises(InternalServerError):
        client.with_options(max_retries=3).indexes.retrieve("idx1")
    assert s.count == 1 + 4

    with pytest.raises(InternalServerError):
        client.indexes.retrieve("idx1")  # the original keeps its own setting
    assert s.count == 5 + 3


def test_async_max_retries_per_call_through_with_options(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(500))

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            await client.with_options(max_retries=1).indexes.retrieve("idx1")

    with pytest.raises(InternalServerError):
        asyncio.run(run())
    assert s.count == 2


# -- how long apart -------------------------------------------------------------


def test_retry_after_seconds_is_honoured(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs]
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(429, "0.3"), OK_INDEX)

    make_client(max_retries=1).indexes.retrieve("idx1")

    assert 0.3 <= s.gaps()[0] < 0.3 + 0.25


def test_retry_after_http_date_is_honoured(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs]
) -> None:
    retry_at: list[float] = []

    def until_next_second() -> Response:
        # HTTP dates have whole seconds: ask for the next one, at most 1s away.
        retry_at.append(math.floor(time.time()) + 1.0)
        return failure(503, email.utils.formatdate(retry_at[0], usegmt=True))

    s = script(httpserver, "/v1.3/indexes/idx1", until_next_second, OK_INDEX)

    make_client(max_retries=1).indexes.retrieve("idx1")

    assert s.count == 2
    assert s.wall_clock[1] >= retry_at[0] - 0.02
    assert s.gaps()[0] < 1.0 + 0.25


def test_retry_after_date_in_the_past_retries_at_once(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs]
) -> None:
    s = script(
        httpserver,
        "/v1.3/indexes/idx1",
        failure(503, "Wed, 21 Oct 2015 07:28:00 GMT"),
        OK_INDEX,
    )

    make_client(max_retries=1).indexes.retrieve("idx1")

    assert s.gaps()[0] < 0.2


def test_without_retry_after_the_first_retry_backs_off_about_half_a_second(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs]
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", failure(500, None), OK_INDEX)

    make_client(max_retries=1).indexes.retrieve("idx1")

    assert 0.375 <= s.gaps()[0] < 0.5 + 0.25


def test_retries_are_logged_at_info(
    httpserver: HTTPServer, client: TwelveLabs, caplog: pytest.LogCaptureFixture
) -> None:
    script(httpserver, "/v1.3/indexes/idx1", failure(503), OK_INDEX)

    with caplog.at_level(logging.INFO, logger="twelvelabs_sdk"):
        client.indexes.retrieve("idx1")

    retries = [r for r in caplog.records if r.name == "twelvelabs_sdk" and "retrying" in r.message]
    assert len(retries) == 1
    assert retries[0].levelno == logging.INFO
    assert "retrieveIndex" in retries[0].message
    assert "HTTP 503" in retries[0].message


def test_retry_after_is_capped_and_backoff_doubles_up_to_a_cap() -> None:
    # The waits themselves, without sleeping through them.
    assert parse_retry_after("3600") == 60.0
    assert parse_retry_after("not a date") is None
    assert [backoff(n, rand=lambda: 0.0) for n in range(6)] == [0.5, 1, 2, 4, 8, 8]
    assert backoff(0, rand=lambda: 1.0) == 0.375  # jitter shortens by up to a quarter


# -- creates are never repeated once the server may have acted -------------------

CREATES = {
    "indexes.create": (
        "/v1.3/indexes",
        lambda c: c.indexes.create(
            "lib", [{"model_name": "marengo3.0", "model_options": ["visual"]}]
        ),
    ),
    "tasks.create": (
        "/v1.3/tasks",
        lambda c: c.tasks.create(index_id="idx1", video_url="https://example.com/v.mp4"),
    ),
    "embed.tasks.create": (
        "/v1.3/embed/tasks",
        lambda c: c.embed.tasks.create(model_name="marengo3.0", video_url="https://e.com/v.mp4"),
    ),
}


@pytest.mark.parametrize("status", [500, 502, 504])
@pytest.mark.parametrize("create", list(CREATES))
def test_create_is_not_repeated_after_a_server_error(
    httpserver: HTTPServer, client: TwelveLabs, create: str, status: int
) -> None:
    path, call = CREATES[create]
    s = script(httpserver, path, failure(status), CREATED, method="POST")

    with pytest.raises(InternalServerError):
        call(client)

    assert s.count == 1


@pytest.mark.parametrize("create", list(CREATES))
def test_create_is_not_repeated_after_the_connection_dropped_once_sent(
    httpserver: HTTPServer, client: TwelveLabs, create: str
) -> None:
    path, call = CREATES[create]
    s = script(httpserver, path, DROP, CREATED, method="POST")

    with pytest.raises(APIConnectionError):
        call(client)

    assert s.count == 1


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("create", list(CREATES))
def test_create_is_retried_when_the_server_refused_it_unprocessed(
    httpserver: HTTPServer, client: TwelveLabs, create: str, status: int
) -> None:
    path, call = CREATES[create]
    s = script(httpserver, path, failure(status), CREATED, method="POST")

    assert call(client).id == "new1"
    assert s.count == 2
    assert s.bodies[0] == s.bodies[1]


def test_async_create_is_not_repeated_after_a_server_error(
    httpserver: HTTPServer, api_key: str, base_url: str
) -> None:
    path, call = CREATES["tasks.create"]
    s = script(httpserver, path, failure(500), CREATED, method="POST")

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            await call(client)

    with pytest.raises(InternalServerError):
        asyncio.run(run())
    assert s.count == 1


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1.3"


def test_create_is_not_repeated_after_a_read_timeout(
    httpserver: HTTPServer, make_client: Callable[..., TwelveLabs]
) -> None:
    def slow() -> Response:
        time.sleep(0.3)
        return CREATED

    path, call = CREATES["tasks.create"]
    s = script(httpserver, path, slow, method="POST")

    with pytest.raises(APITimeoutError):
        call(make_client(timeout=0.1))

    time.sleep(0.3)  # let the slow answer finish before counting
    assert s.count == 1


@pytest.mark.parametrize("create", list(CREATES))
def test_create_is_retried_after_a_connect_error(
    api_key: str, create: str, caplog: pytest.LogCaptureFixture
) -> None:
    _, call = CREATES[create]
    with (
        TwelveLabs(api_key=api_key, base_url=_closed_port_url(), max_retries=1) as client,
        caplog.at_level(logging.INFO, logger="twelvelabs_sdk"),
        pytest.raises(APIConnectionError),
    ):
        call(client)

    retries = [r.message for r in caplog.records if "retrying" in r.message]
    assert len(retries) == 1
    assert "ConnectError" in retries[0]


def test_get_is_retried_after_connection_refused(
    api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        TwelveLabs(api_key=api_key, base_url=_closed_port_url(), max_retries=1) as client,
        caplog.at_level(logging.INFO, logger="twelvelabs_sdk"),
        pytest.raises(APIConnectionError),
    ):
        client.indexes.retrieve("idx1")

    assert len([r for r in caplog.records if "retrying" in r.message]) == 1


def test_get_is_retried_after_a_dropped_connection(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    s = script(httpserver, "/v1.3/indexes/idx1", DROP, OK_INDEX)

    assert client.indexes.retrieve("idx1").id == "idx1"
    assert s.count == 2


# -- read-only POSTs retry like GETs ------------------------------------------------

READ_ONLY_POSTS = {
    "search": (
        "/v1.3/search",
        lambda c: (
            c.search.query(index_id="idx1", search_options=["visual"], query_text="cat")
            .first_page()
            .data
        ),
    ),
    "analyze": ("/v1.3/analyze", lambda c: c.analyze("vid1", "What happens?")),
    "gist": ("/v1.3/gist", lambda c: c.gist("vid1", ["title"])),
    "summarize": ("/v1.3/summarize", lambda c: c.summarize("vid1", "summary")),
    "embed": ("/v1.3/embed", lambda c: c.embed.create(model_name="marengo3.0", text="cat")),
}


@pytest.mark.parametrize("answer", [failure(500), failure(502), failure(504), DROP])
@pytest.mark.parametrize("op", list(READ_ONLY_POSTS))
def test_read_only_post_is_retried_like_a_get(
    httpserver: HTTPServer, client: TwelveLabs, op: str, answer: Any
) -> None:
    path, call = READ_ONLY_POSTS[op]
    s = script(httpserver, path, answer, OK_JSON, method="POST")

    call(client)

    assert s.count == 2
    assert s.bodies[0] == s.bodies[1]


# -- file bodies ----------------------------------------------------------------


@pytest.fixture
def video(tmp_path: Path) -> tuple[Path, bytes]:
    data = os.urandom(300 * 1024)  # several of httpx's 64 KiB chunks
    path = tmp_path / "clip.mp4"
    path.write_bytes(data)
    return path, data


def _file_part(body: Any, data: bytes) -> bool:
    _form, files = body
    return list(files.values()) == [data]


def test_file_body_is_rewound_and_resent_whole_on_a_retry(
    httpserver: HTTPServer, client: TwelveLabs, video: tuple[Path, bytes]
) -> None:
    path, data = video
    s = script(httpserver, "/v1.3/tasks", failure(429), failure(503), CREATED, method="POST")

    task = client.tasks.create(index_id="idx1", video_file=path)

    assert task.id == "new1"
    assert s.count == 3
    assert all(_file_part(body, data) for body in s.bodies)
    assert s.bodies[0] == s.bodies[1] == s.bodies[2]


def test_open_file_body_is_rewound_for_a_read_only_post_retry(
    httpserver: HTTPServer, client: TwelveLabs, video: tuple[Path, bytes]
) -> None:
    path, data = video
    s = script(httpserver, "/v1.3/embed", failure(500), OK_JSON, method="POST")

    with path.open("rb") as fh:
        client.embed.create(model_name="marengo3.0", video_file=fh)

    assert s.count == 2
    assert all(_file_part(body, data) for body in s.bodies)


def test_async_file_body_is_rewound_and_resent_whole(
    httpserver: HTTPServer, api_key: str, base_url: str, video: tuple[Path, bytes]
) -> None:
    path, data = video
    s = script(httpserver, "/v1.3/tasks", failure(429), CREATED, method="POST")

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            await client.tasks.create(index_id="idx1", video_file=path)

    asyncio.run(run())
    assert s.count == 2
    assert all(_file_part(body, data) for body in s.bodies)


def test_non_seekable_stream_body_is_sent_once_and_not_retried(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    s = script(httpserver, "/v1.3/tasks", failure(429), CREATED, method="POST")
    read_end, write_end = os.pipe()
    os.write(write_end, b"streamed video bytes")
    os.close(write_end)

    with os.fdopen(read_end, "rb") as pipe, pytest.raises(RateLimitError):
        client.tasks.create(index_id="idx1", video_file=pipe)

    assert s.count == 1
    assert _file_part(s.bodies[0], b"streamed video bytes")


def test_reader_without_seek_is_sent_once_and_not_retried(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    class Reader:
        """A bare reader (a socket or generator wrapper): `read` and nothing else."""

        def __init__(self, data: bytes) -> None:
            self._buffer = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._buffer.read(size)

    s = script(httpserver, "/v1.3/embed", failure(500), OK_JSON, method="POST")

    with pytest.raises(InternalServerError):
        client.embed.create(model_name="marengo3.0", audio_file=Reader(b"audio bytes"))

    assert s.count == 1
    assert _file_part(s.bodies[0], b"audio bytes")
