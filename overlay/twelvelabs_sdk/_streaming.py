"""Streaming analyze: NDJSON events as they arrive.

The body is read as it arrives and split into lines at "\n" only (a JSON
string may hold U+2028 or U+0085 unescaped, which `str.splitlines`, and so
httpx's `iter_lines`, would take for line breaks); it is never buffered whole.
Each line becomes the generated `AnalyzeStreamEvent`; event types the spec does not list
are passed through. A stream that ends without `stream_end`, breaks off, times
out, carries a malformed line, or ends with a `stream_end` carrying an `error`
raises StreamError with the text received so far. `stream_end` is the end:
nothing after it is read, and the connection is closed. Leaving early (break,
`close()`, the end of a `with` block) closes the HTTP connection too.

Events are handed to the caller and then dropped unless the stream was opened
with `keep_events=True`: memory stays flat however long the stream runs; only
the text so far and the `stream_end` results are kept.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Self

import httpx

from twelvelabs_api.models.analyze_stream_event import AnalyzeStreamEvent
from twelvelabs_api.models.analyze_stream_event_event_type import AnalyzeStreamEventEventType
from twelvelabs_api.types import Unset

from . import _json
from ._body import DEFAULT_MAX_RESPONSE_BYTES as DEFAULT_MAX_LINE
from ._body import BodyUndecodable, aiter_text, iter_text
from ._error_codes import ErrorCategory
from ._errors import InvalidParameterError, StreamError
from ._response import APIResponse, AsyncAPIResponse

if TYPE_CHECKING:
    from twelvelabs_api.models.usage import Usage

_TEXT_GENERATION = AnalyzeStreamEventEventType.TEXT_GENERATION

__all__ = [
    "AnalyzeStream",
    "AnalyzeStreamManager",
    "AsyncAnalyzeStream",
    "AsyncAnalyzeStreamManager",
]


class _Text:
    """Text pieces joined as they come, without keeping one object per piece.

    A list of a million small strings costs ~50 bytes of overhead each; pieces
    are joined into one chunk every `_BATCH`, so memory follows the text's length.
    """

    _BATCH = 512

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._pieces: list[str] = []

    def append(self, piece: str) -> None:
        self._pieces.append(piece)
        if len(self._pieces) >= self._BATCH:
            self._chunks.append("".join(self._pieces))
            self._pieces = []

    def __str__(self) -> str:
        return "".join([*self._chunks, *self._pieces])


class _StreamState:
    """What the stream has delivered so far; shared by the sync and async stream.

    Events are kept only when asked (`keep_events`): a long stream's events would
    otherwise pile up in memory for a consumer that has already handled them.
    """

    def __init__(self, keep_events: bool = False, max_line: int = DEFAULT_MAX_LINE) -> None:
        self.events: list[AnalyzeStreamEvent] | None = [] if keep_events else None
        self._max_line = max_line
        self._partial_len = 0
        self._text = _Text()
        self.finish_reason: str | None = None
        self.generation_id: str | None = None
        self.usage: Usage | None = None
        self.ended = False
        self._lines = 0
        self._partial: list[str] = []  # the start of a line whose "\n" has not arrived

    @property
    def text(self) -> str:
        return str(self._text)

    def feed_text(self, chunk: str) -> Iterator[AnalyzeStreamEvent]:
        """Decode, one by one, the lines `chunk` completes; a partial last line waits.

        Nothing after `stream_end` is decoded: the stream is over there.
        """
        if self.ended:
            return
        end = chunk.rfind("\n")
        if end < 0:
            self._partial.append(chunk)
            self._partial_len += len(chunk)
            if self._partial_len > self._max_line:
                # A line that never ends would otherwise grow without bound.
                self._partial, self._partial_len = [], 0
                raise self.error(
                    f"a stream line longer than max_response_bytes={self._max_line} characters"
                )
            return
        if self._partial:
            self._partial.append(chunk[:end])
            block = "".join(self._partial)
        else:
            block = chunk[:end]
        rest = chunk[end + 1 :]
        self._partial = [rest] if rest else []
        self._partial_len = len(rest)
        yield from self._feed_lines(block.split("\n"))

    def _feed_lines(self, lines: list[str]) -> Iterator[AnalyzeStreamEvent]:
        # The hot loop of a stream: a bare text piece is decoded by one C call and
        # becomes its event here, with no further function call. Anything else
        # (blank, other event types, malformed) goes through `feed`, which owns
        # every check and error.
        loads = _json.fast_loads
        kept = self.events
        text = self._text
        for line in lines:
            try:
                data = loads(line)
            except (ValueError, RecursionError):
                data = None
            if (
                type(data) is dict
                and len(data) == 2
                and data.get("event_type") == "text_generation"
                and type(piece := data.get("text")) is str
            ):
                self._lines += 1
                event = AnalyzeStreamEvent(event_type=_TEXT_GENERATION, text=piece)
                if kept is not None:
                    kept.append(event)
                text.append(piece)
                yield event
                continue
            general = self.feed(line.removesuffix("\r"))
            if general is not None:
                yield general
            if self.ended:
                self._partial, self._partial_len = [], 0
                return

    def feed_end(self) -> Iterator[AnalyzeStreamEvent]:
        """The body ended: decode a last line that had no "\n"."""
        last, self._partial = "".join(self._partial), []
        event = self.feed(last.removesuffix("\r")) if last and not self.ended else None
        if event is not None:
            yield event

    def feed(self, line: str) -> AnalyzeStreamEvent | None:
        """Decode one line; None for a blank line. Raises StreamError if malformed,
        or if it is a `stream_end` carrying an `error`."""
        self._lines += 1
        if not line.strip():
            return None
        try:
            data = _json.loads(line)
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            text = data.get("text")
            if (
                len(data) == 2
                and data.get("event_type") == "text_generation"
                and isinstance(text, str)
            ):
                # Nearly every line is a bare text piece: build the same event
                # from_dict would, for a third of its cost.
                event = AnalyzeStreamEvent(event_type=_TEXT_GENERATION, text=text)
                self._keep(event)
                self._text.append(text)
                return event
            event = AnalyzeStreamEvent.from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise self.error(f"malformed line {self._lines} in analyze stream: {exc}") from exc
        self._keep(event)
        kind = event.event_type
        if kind == "text_generation" and isinstance(event.text, str):
            self._text.append(event.text)
        if isinstance(event.finish_reason, str):
            self.finish_reason = event.finish_reason
        meta = event.metadata
        if not isinstance(meta, Unset):
            if isinstance(meta.generation_id, str):
                self.generation_id = meta.generation_id
            if not isinstance(meta.usage, Unset):
                self.usage = meta.usage
        if kind == "stream_end":
            self.ended = True
            failure = data.get("error")
            if failure is not None:
                raise self.error(f"analyze stream ended with an error: {_error_message(failure)}")
        return event

    def _keep(self, event: AnalyzeStreamEvent) -> None:
        if self.events is not None:
            self.events.append(event)

    def finish(self) -> None:
        """The body ended: an error unless `stream_end` was seen."""
        if not self.ended:
            raise self.error("analyze stream ended before its stream_end event")

    def error(self, message: str) -> StreamError:
        return StreamError(message, text=self.text, events=list(self.events or ()))


def _error_message(failure: object) -> str:
    """The `message` of a stream_end's `error` object, or the error as sent."""
    if isinstance(failure, dict):
        message = failure.get("message")
        if isinstance(message, str) and message:
            return message
    text = repr(failure)
    return text if len(text) <= 200 else text[:200] + "..."


class _StreamBase:
    """What the sync and async streams share: the response and what arrived so far.

    Built by the client from the open `response`; `keep_events` keeps every
    event for `.events`; `max_line` is the longest NDJSON line accepted, in
    bytes (a longer one raises StreamError).
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        keep_events: bool = False,
        max_line: int = DEFAULT_MAX_LINE,
    ) -> None:
        self.response = response
        self._state = _StreamState(keep_events, max_line)
        self._started = False

    @property
    def text(self) -> str:
        """All text received so far (the whole text once the stream is done)."""
        return self._state.text

    @property
    def finish_reason(self) -> str | None:
        """From `stream_end`, once received."""
        return self._state.finish_reason

    @property
    def generation_id(self) -> str | None:
        """From the events' metadata, once received."""
        return self._state.generation_id

    @property
    def usage(self) -> Usage | None:
        """Token usage (`input_tokens`, `output_tokens`) from `stream_end`, once received."""
        return self._state.usage

    @property
    def events(self) -> list[AnalyzeStreamEvent]:
        """Every event received so far; only with `analyze_stream(..., keep_events=True)`.

        Events are not kept by default, so that a long stream's memory stays flat.
        """
        if self._state.events is None:
            raise InvalidParameterError(
                "keep_events",
                "True in analyze_stream(...) to read stream.events afterwards "
                "(events are not kept by default)",
                show_value=False,
            )
        return list(self._state.events)

    def _claim(self) -> None:
        if self._started:
            error = self._state.error(
                "an analyze stream can be iterated only once: read .text, .finish_reason "
                "and .usage for its result, or call analyze_stream again"
            )
            error.category = ErrorCategory.PERMANENT  # iterating again will not help
            raise error
        self._started = True


class AnalyzeStream(_StreamBase):
    """Events of a streamed analysis, as they arrive.

    Iterate it for `AnalyzeStreamEvent`s, or `.text_stream` for the text pieces
    alone; afterwards `.text`, `.finish_reason`, `.generation_id` and `.usage`
    hold the result. Use it as a context manager (or call `close()`) to release
    the connection when you stop early.
    """

    def __iter__(self) -> Iterator[AnalyzeStreamEvent]:
        self._claim()
        state = self._state
        try:
            for chunk in iter_text(self.response):
                yield from state.feed_text(chunk)
                if state.ended:
                    break  # the stream is over; whatever follows is ignored
            yield from state.feed_end()
            state.finish()
        except httpx.HTTPError as exc:
            raise state.error(f"analyze stream broke off: {type(exc).__name__}: {exc}") from exc
        except BodyUndecodable as exc:
            raise state.error(f"analyze stream could not be decoded: {exc}") from None
        finally:
            self.response.close()

    @property
    def text_stream(self) -> Iterator[str]:
        """Just the text pieces, in order."""
        for event in self:
            if event.event_type == "text_generation" and isinstance(event.text, str):
                yield event.text

    def until_done(self) -> Self:
        """Consume the rest of the stream; returns the stream with its result filled in."""
        if not self._started:
            for _ in self:
                pass
        return self

    def close(self) -> None:
        """Close the HTTP connection (safe to call more than once)."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAnalyzeStream(_StreamBase):
    """Async twin of AnalyzeStream: `async for`, `.text_stream`, `async with`."""

    async def __aiter__(self) -> AsyncIterator[AnalyzeStreamEvent]:
        self._claim()
        state = self._state
        try:
            async for chunk in aiter_text(self.response):
                for event in state.feed_text(chunk):
                    yield event
                if state.ended:
                    break  # the stream is over; whatever follows is ignored
            for event in state.feed_end():
                yield event
            state.finish()
        except httpx.HTTPError as exc:
            raise state.error(f"analyze stream broke off: {type(exc).__name__}: {exc}") from exc
        except BodyUndecodable as exc:
            raise state.error(f"analyze stream could not be decoded: {exc}") from None
        finally:
            await self.response.aclose()

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Just the text pieces, in order."""
        return self._text_pieces()

    async def _text_pieces(self) -> AsyncIterator[str]:
        async for event in self:
            if event.event_type == "text_generation" and isinstance(event.text, str):
                yield event.text

    async def until_done(self) -> Self:
        """Consume the rest of the stream; returns the stream with its result filled in."""
        if not self._started:
            async for _ in self:
                pass
        return self

    async def close(self) -> None:
        """Close the HTTP connection (safe to call more than once)."""
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class _ManagerBase:
    """What both stream managers offer once the stream has started: the
    stream's results so far (empty before it starts)."""

    _stream: AnalyzeStream | AsyncAnalyzeStream | None

    @property
    def text(self) -> str:
        """All text received so far."""
        return "" if self._stream is None else self._stream.text

    @property
    def finish_reason(self) -> str | None:
        """From `stream_end`, once received."""
        return None if self._stream is None else self._stream.finish_reason

    @property
    def generation_id(self) -> str | None:
        """From the events' metadata, once received."""
        return None if self._stream is None else self._stream.generation_id

    @property
    def usage(self) -> Any:
        """Token usage from `stream_end`, once received."""
        return None if self._stream is None else self._stream.usage

    @property
    def events(self) -> list[AnalyzeStreamEvent]:
        """Every event received so far."""
        return [] if self._stream is None else self._stream.events

    @property
    def response(self) -> httpx.Response | None:
        """The HTTP response, once the request was sent (None before)."""
        return None if self._stream is None else self._stream.response


class AnalyzeStreamManager(_ManagerBase):
    """What `TwelveLabs.analyze_stream(...)` returns. The request is sent when it
    is first used: `with client.analyze_stream(...) as stream:` (the connection
    is closed on exit), `for event in client.analyze_stream(...)`, or
    `.text_stream` / `.until_done()` on it.

    The client builds it with `start`, which sends the request and returns its
    raw response (whose `parse()` is the stream).
    """

    def __init__(self, start: Callable[[], APIResponse[AnalyzeStream]]) -> None:
        self._start = start
        self._stream: AnalyzeStream | None = None

    def _raw(self) -> APIResponse[AnalyzeStream]:
        """Send the request; the raw response, whose `parse()` is the stream."""
        response = self._start()
        self._stream = response.parse()
        return response

    def _get(self) -> AnalyzeStream:
        if self._stream is None:
            self._raw()
        assert self._stream is not None
        return self._stream

    def __enter__(self) -> AnalyzeStream:
        return self._get()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[AnalyzeStreamEvent]:
        return iter(self._get())

    @property
    def text_stream(self) -> Iterator[str]:
        """Just the text pieces, in order."""
        return self._get().text_stream

    def until_done(self) -> AnalyzeStream:
        """Consume the whole stream; returns it with its result filled in."""
        return self._get().until_done()

    def close(self) -> None:
        """Close the HTTP connection, if the request was sent."""
        if self._stream is not None:
            self._stream.close()


class AsyncAnalyzeStreamManager(_ManagerBase):
    """What `AsyncTwelveLabs.analyze_stream(...)` returns. The request is sent
    when it is first used: `async with client.analyze_stream(...) as stream:`
    (the connection is closed on exit), `async for event in
    client.analyze_stream(...)`, `.text_stream` / `await .until_done()` on it,
    or `await` it for the AsyncAnalyzeStream itself.

    The client builds it with `start`, which sends the request and returns its
    raw response (whose `parse()` is the stream).
    """

    def __init__(
        self, start: Callable[[], Awaitable[AsyncAPIResponse[AsyncAnalyzeStream]]]
    ) -> None:
        self._start = start
        self._stream: AsyncAnalyzeStream | None = None

    async def _raw(self) -> AsyncAPIResponse[AsyncAnalyzeStream]:
        """Send the request; the raw response, whose `parse()` is the stream."""
        response = await self._start()
        self._stream = await response.parse()
        return response

    async def _get(self) -> AsyncAnalyzeStream:
        if self._stream is None:
            await self._raw()
        assert self._stream is not None
        return self._stream

    def __await__(self) -> Generator[Any, None, AsyncAnalyzeStream]:
        return self._get().__await__()

    async def __aenter__(self) -> AsyncAnalyzeStream:
        return await self._get()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def __aiter__(self) -> AsyncIterator[AnalyzeStreamEvent]:
        async for event in await self._get():
            yield event

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Just the text pieces, in order."""
        return self._text_pieces()

    async def _text_pieces(self) -> AsyncIterator[str]:
        async for piece in (await self._get()).text_stream:
            yield piece

    async def until_done(self) -> AsyncAnalyzeStream:
        """Consume the whole stream; returns it with its result filled in."""
        return await (await self._get()).until_done()

    async def close(self) -> None:
        """Close the HTTP connection, if the request was sent."""
        if self._stream is not None:
            await self._stream.close()
