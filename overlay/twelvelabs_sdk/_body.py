"""Reading a response body whole: bounded in size and in time.

httpx inflates a compressed body one network read at a time with no bound on the
output, so 64 KiB of gzip can become 64 MiB in one step. Here the raw bytes are
inflated in slices of at most `SLICE` bytes and the decoded size is checked
after each slice: a 1 MB body that inflates to 1 GiB stops at the cap having
held little more than the cap. A 2xx body past the cap is an error naming it; an
error page is cut short instead (an exception keeps only its beginning). The
deadline is checked after every read, so a server trickling the body one byte
at a time cannot hold the call past it.

Streams use the same bounded decoding (`iter_text`, `aiter_text`); they are not
capped in total, only line by line (the stream's own business).

`BodyDecoder` is the pure part; `read_sync` and `read_async` are the I/O shells.
"""

from __future__ import annotations

import codecs
import time
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

SLICE = 64 * 1024
# Whole answers are read into memory: past this (decoded) size, ResponseTooLargeError.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# Encodings decoded here; the client asks for no others (Accept-Encoding).
ACCEPT_ENCODING = "gzip, deflate"
_FRAMING_HEADERS = (b"content-encoding", b"content-length", b"transfer-encoding")


class BodyTooLarge(Exception):
    """The decoded body passed the cap."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class BodyUndecodable(Exception):
    """The body is not what its Content-Encoding says."""


class DeadlinePassed(Exception):
    """The call's total deadline passed while the body was being read."""


class _Inflater:
    """zlib decompression with bounded output per step; `wbits` None means
    deflate, which servers send either zlib-wrapped or raw (httpx accepts both)."""

    def __init__(self, wbits: int | None) -> None:
        self._deflate = wbits is None
        self._wbits = zlib.MAX_WBITS if wbits is None else wbits
        self._d = zlib.decompressobj(self._wbits)
        self._started = False

    def decode(self, data: bytes) -> Iterator[bytes]:
        try:
            yield from self._decode(data)
        except zlib.error as exc:
            raise BodyUndecodable(str(exc)) from None

    def _decode(self, data: bytes) -> Iterator[bytes]:
        if self._deflate and not self._started and data:
            self._started = True
            try:
                first = self._d.decompress(data, SLICE)
            except zlib.error:  # raw deflate, without the zlib header
                self._wbits = -zlib.MAX_WBITS
                self._d = zlib.decompressobj(self._wbits)
                first = self._d.decompress(data, SLICE)
            if first:
                yield first
            data = self._d.unconsumed_tail
            if not data and len(first) < SLICE:
                return
        while True:
            out = self._d.decompress(data, SLICE)
            if out:
                yield out
            data = self._d.unconsumed_tail
            if self._d.eof and self._d.unused_data and self._wbits > 16:
                # Another gzip member follows (concatenated gzip files are valid).
                data = self._d.unused_data
                self._d = zlib.decompressobj(self._wbits)
                continue
            if not data and len(out) < SLICE:
                return


def _inflaters(content_encoding: str) -> list[_Inflater]:
    """Decoders for a Content-Encoding value, in the order they apply on reading."""
    stages: list[_Inflater] = []
    for name in reversed([e.strip().lower() for e in content_encoding.split(",")]):
        if name in ("", "identity"):
            continue
        if name in ("gzip", "x-gzip"):
            stages.append(_Inflater(zlib.MAX_WBITS | 16))
        elif name == "deflate":
            stages.append(_Inflater(None))
        else:
            raise BodyUndecodable(f"unsupported Content-Encoding {name!r}")
    return stages


def _through(stages: list[_Inflater], data: bytes, stage: int = 0) -> Iterator[bytes]:
    """`data` through the decoders from `stage` on, in slices of at most SLICE bytes."""
    if stage == len(stages):
        yield data
        return
    for piece in stages[stage].decode(data):
        yield from _through(stages, piece, stage + 1)


class BodyDecoder:
    """Decodes raw body bytes into at most `limit` bytes.

    Past the limit it raises BodyTooLarge, or with `truncate` keeps the first
    `limit` bytes and reports `full`, telling the reader to stop.
    """

    def __init__(self, content_encoding: str, limit: int, *, truncate: bool = False) -> None:
        self._stages = _inflaters(content_encoding)
        self._limit = limit
        self._truncate = truncate
        # Pieces are kept as they come and joined once: a body that arrives in one
        # piece (most do) is returned without a copy.
        self._parts: list[bytes] = []
        self._size = 0
        self.full = False

    def feed(self, raw: bytes) -> None:
        if not self._stages:  # identity: the common case, no generator per read
            self._add(raw)
            return
        for piece in _through(self._stages, raw):
            self._add(piece)
            if self.full:
                return

    def _add(self, piece: bytes) -> None:
        room = self._limit - self._size
        if len(piece) > room:
            if not self._truncate:
                raise BodyTooLarge(self._limit)
            piece = piece[:room]
            self.full = True
        self._parts.append(piece)
        self._size += len(piece)

    def content(self) -> bytes:
        return b"".join(self._parts)


def _check(deadline: float | None) -> None:
    if deadline is not None and time.monotonic() >= deadline:
        raise DeadlinePassed


def detached(response: httpx.Response, content: bytes, request: httpx.Request) -> httpx.Response:
    """A closed-over copy of `response` holding the decoded `content`: no connection
    behind it, and no Content-Encoding (the content is already decoded). A
    response that arrived read already, whole, is returned as it is."""
    if _already_read(response) is content:
        return response
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in _FRAMING_HEADERS]
    extensions = {
        k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")
    }
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
        extensions=extensions,
    )


def _already_read(response: httpx.Response) -> bytes | None:
    """The decoded body of a response that was handed over read already (a mock
    transport's, say), or None for an open stream."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return None


def _capped(content: bytes, limit: int, truncate: bool) -> bytes:
    if len(content) <= limit:
        return content
    if truncate:
        return content[:limit]
    raise BodyTooLarge(limit)


def iter_text(response: httpx.Response) -> Iterator[str]:
    """A streamed body as text, decoded in bounded slices (httpx's `iter_text`
    inflates each network read whole). Raises BodyUndecodable."""
    if _already_read(response) is not None:
        yield from response.iter_text()
        return
    stages = _inflaters(response.headers.get("content-encoding", ""))
    text = codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")
    for raw in response.iter_raw():
        for piece in _through(stages, raw):
            if chunk := text.decode(piece):
                yield chunk
    if tail := text.decode(b"", final=True):
        yield tail


async def aiter_text(response: httpx.Response) -> AsyncIterator[str]:
    """Async twin of `iter_text`."""
    if _already_read(response) is not None:
        async for chunk in response.aiter_text():
            yield chunk
        return
    stages = _inflaters(response.headers.get("content-encoding", ""))
    text = codecs.getincrementaldecoder(response.encoding or "utf-8")(errors="replace")
    async for raw in response.aiter_raw():
        for piece in _through(stages, raw):
            if chunk := text.decode(piece):
                yield chunk
    if tail := text.decode(b"", final=True):
        yield tail


def _one_read(response: httpx.Response, limit: int, deadline: float | None) -> bool:
    """Whether httpx may read this body in one go, as most answers are read: no
    deadline to check between reads, nothing to inflate in bounded steps, and a
    Content-Length within the cap (HTTP framing ends the read there)."""
    if deadline is not None:
        return False
    headers = response.headers
    length = headers.get("content-length")
    return (
        length is not None
        and length.isdigit()
        and int(length) <= limit
        and headers.get("content-encoding", "identity") == "identity"
    )


def read_whole_sync(
    response: httpx.Response, *, limit: int, deadline: float | None
) -> httpx.Response:
    """`response` with its body read and decoded (BodyTooLarge past `limit`
    decoded bytes, DeadlinePassed past `deadline`); the connection is released."""
    # Built already read (httpx.MockTransport); checked first, as _already_read
    # costs an exception on an open stream.
    if response.is_stream_consumed and (content := _already_read(response)) is not None:
        _capped(content, limit, truncate=False)
        return response
    if _one_read(response, limit, deadline):
        try:
            response.read()
        finally:
            response.close()
        return response
    return detached(response, read_sync(response, limit=limit, deadline=deadline), response.request)


async def read_whole_async(
    response: httpx.Response, *, limit: int, deadline: float | None
) -> httpx.Response:
    """Async twin of `read_whole_sync`."""
    # Built already read (httpx.MockTransport); checked first, as _already_read
    # costs an exception on an open stream.
    if response.is_stream_consumed and (content := _already_read(response)) is not None:
        _capped(content, limit, truncate=False)
        return response
    if _one_read(response, limit, deadline):
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response
    content = await read_async(response, limit=limit, deadline=deadline)
    return detached(response, content, response.request)


def read_sync(
    response: httpx.Response, *, limit: int, deadline: float | None, truncate: bool = False
) -> bytes:
    """Read and decode the body of an open `response` (then closed), bounded by
    `limit` decoded bytes and by `deadline`."""
    try:
        if (content := _already_read(response)) is not None:
            return _capped(content, limit, truncate)
        decoder = BodyDecoder(
            response.headers.get("content-encoding", ""), limit, truncate=truncate
        )
        for raw in response.iter_raw():
            decoder.feed(raw)
            if decoder.full:
                break
            _check(deadline)
        return decoder.content()
    finally:
        response.close()


async def read_async(
    response: httpx.Response, *, limit: int, deadline: float | None, truncate: bool = False
) -> bytes:
    """Async twin of `read_sync`."""
    try:
        if (content := _already_read(response)) is not None:
            return _capped(content, limit, truncate)
        decoder = BodyDecoder(
            response.headers.get("content-encoding", ""), limit, truncate=truncate
        )
        async for raw in response.aiter_raw():
            decoder.feed(raw)
            if decoder.full:
                break
            _check(deadline)
        return decoder.content()
    finally:
        await response.aclose()
