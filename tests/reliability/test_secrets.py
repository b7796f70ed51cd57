"""The API key stays secret under every kind of failure: not in the client's repr,
not in any exception the SDK raises (the fault mix checks hundreds more), not in
DEBUG logs of the SDK, httpx and httpcore, and not sent to another origin after a
redirect. TLS verification is on by default."""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import traceback
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import pytest
from _reliability import capture_logs, report
from pytest_httpserver import HTTPServer

from twelvelabs_sdk import (
    AsyncTwelveLabs,
    AuthenticationError,
    TwelveLabs,
    TwelveLabsError,
)
from twelvelabs_sdk.testing import FakeTwelveLabs

API_KEY = "tlk_reliability_SECRET_fedcba9876543210"


def everything_about(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error))])


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    with FakeTwelveLabs(api_key=API_KEY, task_polls_per_status=10**6) as fake:
        yield fake


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def failures(
    fake: FakeTwelveLabs, index_id: str, video_id: str
) -> list[tuple[str, Callable[[TwelveLabs], Any]]]:
    """One call per kind of failure, each with its fault set up when it runs."""

    def status(code: int, **extra: Any) -> Callable[[TwelveLabs], Any]:
        def call(c: TwelveLabs) -> Any:
            fake.inject("GET", "/indexes/{index_id}", status=code, **extra)
            try:
                return c.indexes.retrieve(index_id)
            finally:
                fake.clear_faults()

        return call

    def stream(**fault: Any) -> Callable[[TwelveLabs], Any]:
        def call(c: TwelveLabs) -> Any:
            fake.inject("POST", "/analyze", **fault)
            with c.analyze_stream(video_id, "Describe") as s:
                return list(s)

        return call

    def wait(c: TwelveLabs) -> Any:
        task = c.tasks.create(index_id=index_id, video_url="https://cdn.example.com/a.mp4")
        return c.tasks.wait(task.id, timeout=0.3, poll_interval=0.05)

    def wrong_key(c: TwelveLabs) -> Any:
        with TwelveLabs(api_key=API_KEY + "-revoked", base_url=fake.url) as other:
            return other.indexes.retrieve(index_id)

    def offline(c: TwelveLabs) -> Any:
        with TwelveLabs(
            api_key=API_KEY, base_url=f"http://127.0.0.1:{closed_port()}/v1.3", max_retries=0
        ) as other:
            return other.indexes.retrieve(index_id)

    return [
        *[(f"HTTP {code}", status(code)) for code in (400, 403, 404, 409, 422, 500)],
        ("HTTP 429", status(429, retry_after="0")),
        ("HTTP 502 HTML page", status(502, html=True)),
        ("HTTP 503", status(503, retry_after="0")),
        ("HTTP 504", status(504)),
        ("401 for a wrong key", wrong_key),
        (
            "dropped connection",
            lambda c: (
                fake.inject("GET", "/indexes/*", drop=True),
                c.indexes.retrieve(index_id),
            ),
        ),
        (
            "read timeout",
            lambda c: (
                fake.inject("GET", "/indexes/*", delay=0.5),
                c.with_options(timeout=0.2).indexes.retrieve(index_id),
            ),
        ),
        ("connection refused", offline),
        ("stream truncated", stream(truncate_after=2)),
        ("stream dropped", stream(drop_after=2)),
        (
            "stream malformed",
            stream(status=200, body="{oops\n", content_type="application/x-ndjson"),
        ),
        ("wait timed out", wait),
        ("bad input", lambda c: c.indexes.retrieve("../etc")),
        (
            "missing file",
            lambda c: c.tasks.create(index_id=index_id, video_file="/nonexistent.mp4"),
        ),
    ]


def test_no_exception_and_no_debug_log_line_shows_the_key(fake: FakeTwelveLabs) -> None:
    index_id = fake.create_index("secrets")
    video_id = fake.add_video(index_id, "beach.mp4")
    seen: dict[str, BaseException] = {}
    with (
        capture_logs(logging.DEBUG, secrets=(API_KEY,)) as logs,
        # No retries: the fault mix covers them; here each failure surfaces at once.
        TwelveLabs(api_key=API_KEY, base_url=fake.url, max_retries=0) as client,
    ):
        for name, call in failures(fake, index_id, video_id):
            with pytest.raises(TwelveLabsError) as caught:
                call(client)
            seen[name] = caught.value
            fake.clear_faults()

    leaking = [name for name, error in seen.items() if API_KEY in everything_about(error)]
    assert leaking == []
    assert logs.leaks == []
    assert {"twelvelabs_sdk", "httpx", "httpcore"} <= set(logs.lines_by_logger)
    kinds = sorted({type(e).__name__ for e in seen.values()})
    report(
        "secrets",
        exceptions_checked=f"{len(seen)} failures, {len(kinds)} types: {', '.join(kinds)}; key in 0",
        debug_log_lines_checked=f"{sum(logs.lines_by_logger.values())}; key in 0",
    )


def test_client_reprs_hide_the_key() -> None:
    for text in (
        repr(TwelveLabs(api_key=API_KEY)),
        str(TwelveLabs(api_key=API_KEY).with_options(max_retries=0)),
        repr(TwelveLabs(api_key=API_KEY)._auth),
        repr(TwelveLabs(api_key=API_KEY).api),
    ):
        assert API_KEY not in text
    client = AsyncTwelveLabs(api_key=API_KEY)
    assert API_KEY not in repr(client) + str(client) + repr(client.api)
    asyncio.run(client.close())


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_key_is_not_sent_to_another_origin_after_a_redirect(
    fake: FakeTwelveLabs, method: str
) -> None:
    # `front` (localhost) is the configured API; it redirects to the fake (127.0.0.1, another
    # port): another origin, which answers 401 because no key came with the request.
    index_id = fake.create_index("redirected")
    front = HTTPServer(host="localhost")
    front.start()
    try:
        path = "/v1.3/search" if method == "POST" else f"/v1.3/indexes/{index_id}"
        front.expect_request(path, method=method).respond_with_data(
            "", status=307, headers={"Location": fake.url + path.removeprefix("/v1.3")}
        )
        with TwelveLabs(api_key=API_KEY, base_url=front.url_for("/v1.3")) as client:
            pager = client.search.query(
                index_id=index_id, search_options=["visual"], query_text="car"
            )
            call = (
                pager.first_page if method == "POST" else partial(client.indexes.retrieve, index_id)
            )
            with pytest.raises(AuthenticationError) as caught:
                call()
        ((sent_to_front, _),) = front.log
    finally:
        front.clear()
        front.stop()

    assert sent_to_front.headers["x-api-key"] == API_KEY  # the configured origin got it
    assert "x-api-key header is missing" in caught.value.message  # the other one did not
    assert fake.request_count(method) == 1
    report("secrets", **{f"{method} redirected to another origin": "key not sent (401: missing)"})


def test_tls_certificates_are_verified_by_default() -> None:
    with TwelveLabs(api_key=API_KEY) as client:
        sync_context = client._http._transport._pool._ssl_context
    aclient = AsyncTwelveLabs(api_key=API_KEY)
    async_context = aclient._http._transport._pool._ssl_context
    asyncio.run(aclient.close())
    for context in (sync_context, async_context):
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True
    report("secrets", tls_verification="on by default (CERT_REQUIRED, hostname checked)")
