"""Analyze streams against servers that misbehave around the end of the stream.

- `stream_end` is the end: text or junk sent after it is neither read nor
  appended, and the client closes the connection without waiting for more.
- A `stream_end` carrying an `error` object raises StreamError with its message
  and the text so far, instead of looking like a normal end.
- A line nested 100,000 deep is a malformed line (StreamError), not a
  RecursionError escaping from the JSON decoder.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from _scripted import Conn, Request, ScriptedServer, head

from twelvelabs_sdk import AsyncTwelveLabs, StreamError, TwelveLabs

KEY = "tlk-hostile-streams-key"
START = {"event_type": "stream_start", "metadata": {"generation_id": "g1"}}
END = {
    "event_type": "stream_end",
    "finish_reason": "stop",
    "metadata": {"generation_id": "g1", "usage": {"input_tokens": 3, "output_tokens": 2}},
}
DEEP = "[" * 100_000 + "]" * 100_000


def text(piece: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": piece}


def ndjson(*lines: Any) -> bytes:
    return b"".join(
        (line if isinstance(line, str) else json.dumps(line)).encode() + b"\n" for line in lines
    )


def streaming(body: bytes, *, then_hold: bool = False) -> Callable[[Conn, Request], None]:
    """Send `body` as an NDJSON stream; with `then_hold`, keep the connection open
    (sending nothing more) until the client hangs up."""

    def script(conn: Conn, request: Request) -> None:
        conn.send(head(200, {"Content-Type": "application/x-ndjson"}) + body)
        if then_hold:
            conn.wait_for_hang_up()

    return script


def read_sync(url: str) -> tuple[list[str], Any]:
    with TwelveLabs(api_key=KEY, base_url=url, max_retries=0) as client:
        stream = client.analyze_stream("vid", "p")
        with stream:
            return list(stream.text_stream), stream


def read_async(url: str) -> tuple[list[str], Any]:
    async def run() -> tuple[list[str], Any]:
        async with (
            AsyncTwelveLabs(api_key=KEY, base_url=url, max_retries=0) as client,
            client.analyze_stream("vid", "p") as stream,
        ):
            return [piece async for piece in stream.text_stream], stream

    return asyncio.run(run())


READERS = {"sync": read_sync, "async": read_async}


@pytest.mark.parametrize("mode", sorted(READERS))
def test_bytes_after_stream_end_are_ignored_and_the_connection_closed(mode: str) -> None:
    after = ndjson(text(" LATE"), "junk {{{ not json", text(" LATER"))
    body = ndjson(START, text("All "), text("done."), END) + after
    with ScriptedServer(streaming(body, then_hold=True)) as server:
        pieces, stream = READERS[mode](server.url)
        # The server never ends the body: returning at all means the client stopped
        # reading at stream_end; the hang-up is seen on the server's side.
        assert server.conns[0].hung_up.wait(5)
    assert pieces == ["All ", "done."]
    assert stream.text == "All done."
    assert stream.finish_reason == "stop"
    assert stream.usage.output_tokens == 2


@pytest.mark.parametrize("mode", sorted(READERS))
def test_a_stream_end_carrying_an_error_raises_with_its_message_and_the_text(mode: str) -> None:
    failed = {**END, "finish_reason": "error", "error": {"message": "model overloaded"}}
    body = ndjson(START, text("Half a "), text("story"), failed)
    with ScriptedServer(streaming(body)) as server, pytest.raises(StreamError) as caught:
        READERS[mode](server.url)
    assert "model overloaded" in str(caught.value)
    assert caught.value.text == "Half a story"


@pytest.mark.parametrize("mode", sorted(READERS))
def test_a_stream_end_error_without_a_message_still_raises(mode: str) -> None:
    body = ndjson(START, text("x"), {**END, "error": {"code": "boom"}})
    with ScriptedServer(streaming(body)) as server, pytest.raises(StreamError, match="boom"):
        READERS[mode](server.url)


@pytest.mark.parametrize("mode", sorted(READERS))
def test_a_line_nested_100000_deep_is_a_stream_error_not_recursion(mode: str) -> None:
    body = ndjson(START, text("Before "), DEEP, END)
    with ScriptedServer(streaming(body)) as server, pytest.raises(StreamError) as caught:
        READERS[mode](server.url)
    assert "malformed line 3" in str(caught.value)
    assert caught.value.text == "Before "


@pytest.mark.parametrize("mode", sorted(READERS))
def test_events_are_listed_only_when_kept(mode: str) -> None:
    body = ndjson(START, text("a"), END)
    with ScriptedServer(streaming(body)) as server:
        _, stream = READERS[mode](server.url)
    with pytest.raises(ValueError, match="keep_events"):
        _ = stream.events
