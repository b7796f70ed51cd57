"""Streaming analyze: NDJSON events delivered as they arrive, sync and async.

The local server streams its body from a generator that can be held at any
line by a `threading.Event`, so a test proves the caller got an event while
the server had not yet sent the next one (no buffering), and sees on the
server side when the client hangs up early.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from twelvelabs_api.models.analyze_stream_event import AnalyzeStreamEvent
from twelvelabs_sdk import (
    AnalyzeStream,
    AnalyzeStreamManager,
    AsyncTwelveLabs,
    BadRequestError,
    InvalidParameterError,
    StreamError,
    TwelveLabs,
)

API_KEY = "tlk_test_streaming_fake_key"
WAIT = 5.0  # generous bound for cross-thread handshakes; never reached when all is well


def start(generation_id: str = "gen-1") -> dict[str, Any]:
    return {"event_type": "stream_start", "metadata": {"generation_id": generation_id}}


def text(piece: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": piece}


def end(finish_reason: str = "stop") -> dict[str, Any]:
    return {
        "event_type": "stream_end",
        "finish_reason": finish_reason,
        "metadata": {"generation_id": "gen-1", "usage": {"input_tokens": 7, "output_tokens": 3}},
    }


WHOLE = [start(), text("A dog "), text("runs "), text("on a beach."), end()]


class StreamServer:
    """Serves `lines` as an NDJSON body, one write per line.

    `hold[i]` (an Event) keeps line i unsent until the test sets it;
    `waiting` is set while the generator is held; `finished` when the whole
    body went out, `hung_up` when the client closed the connection first.
    """

    def __init__(self, lines: list[Any], hold: dict[int, threading.Event] | None = None) -> None:
        self.lines = lines
        self.hold = hold or {}
        self.waiting = threading.Event()
        self.finished = threading.Event()
        self.hung_up = threading.Event()
        self.requests: list[Request] = []

    def body(self) -> Iterator[bytes]:
        try:
            for i, line in enumerate(self.lines):
                gate = self.hold.get(i)
                if gate is not None:
                    self.waiting.set()
                    gate.wait(WAIT)
                    self.waiting.clear()
                raw = line if isinstance(line, str) else json.dumps(line)
                yield (raw + "\n").encode()
            self.finished.set()
        except GeneratorExit:
            self.hung_up.set()
            raise

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        return Response(self.body(), content_type="application/x-ndjson")


def serve(httpserver: HTTPServer, server: StreamServer) -> StreamServer:
    httpserver.expect_request("/analyze", method="POST").respond_with_handler(server)
    return server


def trailing_lines(n: int) -> list[Any]:
    """Enough further lines that writing them to a closed socket must fail."""
    return [text(f"filler {i} " + "x" * 1024) for i in range(n)]


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/")) as c:
        yield c


def aclient(httpserver: HTTPServer) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=API_KEY, base_url=httpserver.url_for("/"))


# -- sync ----------------------------------------------------------------------


def test_first_event_reaches_the_caller_before_the_server_sends_the_next(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    release = threading.Event()
    server = serve(httpserver, StreamServer(WHOLE, hold={2: release}))

    with client.analyze_stream("vid1", "Describe it") as stream:
        events = iter(stream)
        first, second = next(events), next(events)
        # The server is parked before line 3: what we hold was not buffered behind it.
        assert server.waiting.wait(WAIT)
        assert not server.finished.is_set()
        assert (first.event_type, second.text) == ("stream_start", "A dog ")
        assert stream.text == "A dog "
        release.set()
        rest = list(events)

    assert [e.event_type for e in rest] == ["text_generation", "text_generation", "stream_end"]
    assert server.finished.wait(WAIT)  # set once the server thread resumes after the last line


def test_stream_sends_stream_true_and_fills_the_result(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    server = serve(httpserver, StreamServer(WHOLE))

    stream = client.analyze_stream(
        "vid1", "Describe it", temperature=0.2, max_tokens=100, keep_events=True
    )
    pieces = list(stream.text_stream)

    assert pieces == ["A dog ", "runs ", "on a beach."]
    assert stream.text == "A dog runs on a beach."
    assert stream.finish_reason == "stop"
    assert stream.generation_id == "gen-1"
    assert (stream.usage.input_tokens, stream.usage.output_tokens) == (7, 3)
    assert [e.event_type for e in stream.events] == [
        "stream_start",
        "text_generation",
        "text_generation",
        "text_generation",
        "stream_end",
    ]
    request = server.requests[0]
    assert request.json == {
        "video_id": "vid1",
        "prompt": "Describe it",
        "stream": True,
        "temperature": 0.2,
        "max_tokens": 100,
    }
    assert request.headers["x-api-key"] == API_KEY
    assert "application/x-ndjson" in request.headers["accept"]
    assert stream.response.is_closed


def test_plain_iteration_yields_typed_events_and_skips_blank_lines(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve(httpserver, StreamServer([start(), "", text("Hi"), "   ", end("length")]))

    stream = client.analyze_stream("vid1", "p")
    events = list(stream)

    assert isinstance(stream, AnalyzeStreamManager)
    assert [e.event_type for e in events] == ["stream_start", "text_generation", "stream_end"]
    assert stream.finish_reason == "length"
    assert isinstance(stream.until_done(), AnalyzeStream)


def test_each_event_equals_what_the_generated_model_parses_from_its_line(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    lines = [
        start(),
        text("plain "),
        {"event_type": "text_generation", "text": "with extra ", "confidence": 0.9},
        {
            "event_type": "text_generation",
            "text": "and metadata",
            "metadata": {"generation_id": "g"},
        },
        end(),
    ]
    serve(httpserver, StreamServer(lines))

    with client.analyze_stream("vid1", "p") as stream:
        events = list(stream)

    assert events == [AnalyzeStreamEvent.from_dict(line) for line in lines]
    assert events[2]["confidence"] == 0.9
    assert stream.text == "plain with extra and metadata"


def test_unknown_event_type_is_passed_through(httpserver: HTTPServer, client: TwelveLabs) -> None:
    odd = {"event_type": "tool_call", "name": "lookup", "arguments": {"q": "dog"}}
    serve(httpserver, StreamServer([start(), text("Hi "), odd, text("there"), end()]))

    with client.analyze_stream("vid1", "p") as stream:
        events = list(stream)

    assert [e.event_type for e in events][2] == "tool_call"
    assert events[2]["name"] == "lookup"
    assert events[2]["arguments"] == {"q": "dog"}
    assert stream.text == "Hi there"


def test_breaking_out_of_a_with_block_closes_the_connection(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    left = threading.Event()
    server = serve(httpserver, StreamServer([start(), text("Hi"), *trailing_lines(200)], {2: left}))

    with client.analyze_stream("vid1", "p") as stream:
        for event in stream:
            if event.event_type == "text_generation":
                break
    assert stream.response.is_closed
    left.set()

    assert server.hung_up.wait(WAIT)
    assert not server.finished.is_set()
    assert stream.text == "Hi"


def test_breaking_out_of_a_plain_loop_closes_the_connection(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    left = threading.Event()
    lines = [start(), text("Hi"), *trailing_lines(200)]
    server = serve(httpserver, StreamServer(lines, {2: left}))

    stream = client.analyze_stream("vid1", "p")
    for piece in stream.text_stream:
        assert piece == "Hi"
        break
    assert stream.response.is_closed
    left.set()

    assert server.hung_up.wait(WAIT)


def test_stream_without_stream_end_raises_with_the_text_so_far(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    serve(httpserver, StreamServer([start(), text("Half "), text("a story")]))

    stream = client.analyze_stream("vid1", "p", keep_events=True)
    pieces: list[str] = []
    with pytest.raises(StreamError, match="stream_end") as info:
        pieces.extend(stream.text_stream)

    assert pieces == ["Half ", "a story"]
    assert info.value.text == "Half a story"
    assert len(info.value.events) == 3
    assert stream.response.is_closed


def test_malformed_line_raises_with_the_text_so_far(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    lines = [start(), text("Good "), '{"event_type": "text_generation", "text": "tru', end()]
    serve(httpserver, StreamServer(lines))

    with pytest.raises(StreamError, match="malformed line 3") as info:
        client.analyze_stream("vid1", "p").until_done()
    assert info.value.text == "Good "


@pytest.mark.parametrize("line", ["[1, 2]", '"text"', '{"metadata": "not an object"}'])
def test_a_json_line_that_is_not_an_event_is_malformed(
    httpserver: HTTPServer, client: TwelveLabs, line: str
) -> None:
    serve(httpserver, StreamServer([start(), line, end()]))

    with pytest.raises(StreamError, match="malformed"):
        list(client.analyze_stream("vid1", "p"))


def test_a_body_cut_off_mid_transfer_raises_stream_error(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    def handler(request: Request) -> Response:
        body = (json.dumps(start()) + "\n" + json.dumps(text("Cut ")) + "\n").encode()
        # Promise more than is sent: the connection closes mid-body.
        return Response(
            iter([body]),
            content_type="application/x-ndjson",
            headers={"Content-Length": str(len(body) + 500)},
        )

    httpserver.expect_request("/analyze", method="POST").respond_with_handler(handler)

    with pytest.raises(StreamError, match="broke off") as info:
        list(client.analyze_stream("vid1", "p"))
    assert info.value.text == "Cut "


def test_an_error_status_raises_before_any_event(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/analyze", method="POST").respond_with_json(
        {"code": "video_not_ready", "message": "The video is still indexing."}, status=400
    )

    stream = client.analyze_stream("vid1", "p")
    assert not httpserver.log  # nothing is sent until the stream is used
    with pytest.raises(BadRequestError) as info, stream:
        pass
    assert info.value.code == "video_not_ready"


def test_a_503_before_the_stream_starts_is_retried(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_oneshot_request("/analyze", method="POST").respond_with_data(
        "busy", status=503, headers={"Retry-After": "0"}
    )
    serve(httpserver, StreamServer(WHOLE))

    with client.analyze_stream("vid1", "p") as stream:
        assert stream.until_done().text == "A dog runs on a beach."
    assert len(httpserver.log) == 2


def test_a_stream_is_iterated_once(httpserver: HTTPServer, client: TwelveLabs) -> None:
    serve(httpserver, StreamServer(WHOLE))

    stream = client.analyze_stream("vid1", "p")
    list(stream)
    with pytest.raises(StreamError, match="only once") as caught:
        list(stream)
    assert caught.value.text == "A dog runs on a beach."
    assert caught.value.is_permanent


def test_async_a_stream_is_iterated_once(httpserver: HTTPServer) -> None:
    serve(httpserver, StreamServer(WHOLE))

    async def main() -> None:
        async with aclient(httpserver) as client:
            stream = await client.analyze_stream("vid1", "p")
            async with stream:
                _ = [event async for event in stream]
                _ = [event async for event in stream]

    with pytest.raises(StreamError, match="only once") as caught:
        asyncio.run(main())
    assert caught.value.text == "A dog runs on a beach."
    assert caught.value.is_permanent


def test_analyze_sends_stream_false_and_returns_the_response(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/analyze", method="POST").respond_with_json(
        {
            "id": "gen-2",
            "data": "A dog runs on a beach.",
            "finish_reason": "stop",
            "usage": {"output_tokens": 6},
        }
    )

    answer = client.analyze("vid1", "Describe it")

    assert (answer.id, answer.data, answer.finish_reason) == (
        "gen-2",
        "A dog runs on a beach.",
        "stop",
    )
    assert answer.usage.output_tokens == 6
    assert httpserver.log[0][0].json == {
        "video_id": "vid1",
        "prompt": "Describe it",
        "stream": False,
    }


# -- async ---------------------------------------------------------------------


def test_async_first_event_arrives_before_the_server_sends_the_next(
    httpserver: HTTPServer,
) -> None:
    release = threading.Event()
    server = serve(httpserver, StreamServer(WHOLE, hold={2: release}))

    async def main() -> tuple[list[str], str, Any]:
        async with aclient(httpserver) as client:
            stream = await client.analyze_stream("vid1", "p")
            seen: list[str] = []
            async with stream:
                async for event in stream:
                    seen.append(str(event.event_type))
                    if len(seen) == 2:
                        # Event 2 is here while the server is parked before line 3.
                        assert await asyncio.to_thread(server.waiting.wait, WAIT)
                        assert not server.finished.is_set()
                        release.set()
            return seen, stream.text, stream.usage

    seen, whole, usage = asyncio.run(main())
    assert seen == [
        "stream_start",
        "text_generation",
        "text_generation",
        "text_generation",
        "stream_end",
    ]
    assert whole == "A dog runs on a beach."
    assert usage.output_tokens == 3


def test_async_text_stream_and_result(httpserver: HTTPServer) -> None:
    server = serve(
        httpserver,
        StreamServer([start(), text("Hi "), {"event_type": "ping"}, text("there"), end("length")]),
    )

    async def main() -> tuple[list[str], Any]:
        async with aclient(httpserver) as client:
            stream = await client.analyze_stream("vid1", "p", keep_events=True)
            async with stream:
                pieces = [piece async for piece in stream.text_stream]
            return pieces, stream

    pieces, stream = asyncio.run(main())
    assert pieces == ["Hi ", "there"]
    assert (stream.text, stream.finish_reason, stream.generation_id) == (
        "Hi there",
        "length",
        "gen-1",
    )
    assert [e.event_type for e in stream.events][2] == "ping"
    assert server.requests[0].json["stream"] is True


def test_async_leaving_early_closes_the_connection(httpserver: HTTPServer) -> None:
    left = threading.Event()
    server = serve(httpserver, StreamServer([start(), text("Hi"), *trailing_lines(200)], {2: left}))

    async def main() -> Any:
        async with aclient(httpserver) as client:
            stream = await client.analyze_stream("vid1", "p")
            async with stream:
                async for event in stream:
                    if event.event_type == "text_generation":
                        break
            return stream

    stream = asyncio.run(main())
    assert stream.response.is_closed
    left.set()
    assert server.hung_up.wait(WAIT)
    assert not server.finished.is_set()


def test_async_with_on_the_call_sends_on_entry_and_closes_on_exit(httpserver: HTTPServer) -> None:
    left = threading.Event()
    server = serve(httpserver, StreamServer([start(), text("Hi"), *trailing_lines(200)], {2: left}))

    async def main() -> Any:
        async with aclient(httpserver) as client:
            manager = client.analyze_stream("vid1", "p")
            assert not httpserver.log  # nothing sent until entered
            async with manager as stream:
                async for event in stream:
                    if event.event_type == "text_generation":
                        break
            return stream

    stream = asyncio.run(main())
    assert len(httpserver.log) == 1
    assert stream.text == "Hi"
    assert stream.response.is_closed
    left.set()
    assert server.hung_up.wait(WAIT)


def test_async_analyze_stream_checks_arguments_before_sending(httpserver: HTTPServer) -> None:
    client = aclient(httpserver)
    with pytest.raises(InvalidParameterError, match="temperature"):
        client.analyze_stream("vid1", "p", temperature=2)
    assert not httpserver.log


def test_async_truncated_and_malformed_streams_raise_with_partial_text(
    httpserver: HTTPServer,
) -> None:
    truncated = StreamServer([start(), text("Half")])
    malformed = StreamServer([start(), text("Good "), "not json", end()])
    httpserver.expect_ordered_request("/analyze", method="POST").respond_with_handler(truncated)
    httpserver.expect_ordered_request("/analyze", method="POST").respond_with_handler(malformed)

    async def consume(client: AsyncTwelveLabs) -> StreamError:
        stream = await client.analyze_stream("vid1", "p")
        try:
            async with stream:
                await stream.until_done()
        except StreamError as exc:
            return exc
        raise AssertionError("no StreamError")

    async def main() -> tuple[StreamError, StreamError]:
        async with aclient(httpserver) as client:
            return await consume(client), await consume(client)

    cut, bad = asyncio.run(main())
    assert "stream_end" in str(cut)
    assert cut.text == "Half"
    assert "malformed line 3" in str(bad)
    assert bad.text == "Good "


def test_async_analyze_returns_the_whole_response(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/analyze", method="POST").respond_with_json(
        {"id": "gen-3", "data": "Done."}
    )

    async def main() -> Any:
        async with aclient(httpserver) as client:
            return await client.analyze("vid1", "p")

    assert asyncio.run(main()).data == "Done."
    assert httpserver.log[0][0].json["stream"] is False
