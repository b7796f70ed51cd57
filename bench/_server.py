"""A small, fast HTTP/1.1 server for the benchmarks: `python -m bench._server`.

It prints the port it listens on, then serves until terminated. It runs in its own
process (see `LocalServer`), and speaks just enough HTTP for our clients: keep-alive,
Content-Length and chunked request bodies (read and discarded, only counted), canned
JSON responses and chunked NDJSON streams. Routes, under /v1.3:

    GET  /indexes/{id}/videos/{id}   a video
    GET  /tasks?page=&page_limit=    one page of `tasks_total` tasks
    POST /tasks                      discards the upload; the task says how many bytes came
    POST /analyze                    an NDJSON stream: `stream_events` text events, either
                                     paced (`stream_delay` seconds apart, each stamped with
                                     time.perf_counter() as it leaves) or all at once

Control, outside /v1.3: POST /__bench/config?key=value..., POST /__bench/reset,
GET /__bench/stats (request counts per route).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

from bench import _payloads

_JSON = b"application/json"
_CHUNK = 64 * 1024


class _State:
    def __init__(self) -> None:
        self.config: dict[str, float] = {
            "tasks_total": 10_000,
            "stream_events": 20,
            "stream_delay": 0,
        }
        self.requests: Counter[str] = Counter()
        self.video = _payloads.dumps(_payloads.video(1))
        self.task_pages: dict[tuple[int, int, int], bytes] = {}
        self.streams: dict[int, bytes] = {}

    def task_page(self, number: int, limit: int) -> bytes:
        key = (number, limit, int(self.config["tasks_total"]))
        if key not in self.task_pages:
            self.task_pages[key] = _payloads.task_page(*key)
        return self.task_pages[key]

    def stream(self, events: int) -> bytes:
        if events not in self.streams:
            self.streams[events] = _payloads.analyze_stream(events)
        return self.streams[events]


_STATE = _State()


def _response(status: str, body: bytes, content_type: bytes = _JSON) -> bytes:
    return (
        b"HTTP/1.1 %s\r\ncontent-type: %s\r\ncontent-length: %d\r\n\r\n"
        % (status.encode(), content_type, len(body))
    ) + body


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


_STREAM_HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/x-ndjson\r\ntransfer-encoding: chunked\r\n\r\n"
)


class _Connection(asyncio.Protocol):
    """Parses requests incrementally; bodies are counted as they pass, never buffered."""

    def __init__(self) -> None:
        self._transport: asyncio.Transport | None = None
        self._pending = b""  # an incomplete head or chunk-size line, or data held while busy
        self._state = "head"
        self._remaining = 0
        self._body_bytes = 0
        self._request: tuple[str, str] = ("", "")
        self._busy = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        if self._pending:
            data, self._pending = self._pending + data, b""
        self._feed(data)

    def _feed(self, data: bytes) -> None:
        pos, size = 0, len(data)
        while (pos < size or self._state == "body-done") and not self._busy:
            state = self._state
            if state in ("body", "chunk-data"):
                taken = min(self._remaining, size - pos)
                pos += taken
                self._remaining -= taken
                self._body_bytes += taken
                if not self._remaining:
                    self._state = "body-done" if state == "body" else "chunk-crlf"
            elif state == "body-done":
                self._state = "head"
                self._dispatch()
            elif state == "chunk-crlf":
                if size - pos < 2:
                    break
                pos += 2
                self._state = "chunk-size"
            else:
                end = data.find(b"\r\n\r\n" if state == "head" else b"\r\n", pos)
                if end < 0:
                    break
                line, pos = data[pos:end], end + (4 if state == "head" else 2)
                if state == "head":
                    self._start_request(line.decode("latin-1"))
                elif state == "chunk-size":
                    self._remaining = int(line.split(b";")[0], 16)
                    self._state = "chunk-data" if self._remaining else "trailer"
                elif not line:  # the empty line that ends the trailer
                    self._state = "body-done"
        self._pending = data[pos:]

    def _start_request(self, head: str) -> None:
        request_line, *header_lines = head.split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        self._request = (method, target)
        self._body_bytes = 0
        if headers.get("transfer-encoding", "").lower() == "chunked":
            self._state = "chunk-size"
        elif int(headers.get("content-length", "0")):
            self._remaining = int(headers["content-length"])
            self._state = "body"
        else:
            self._state = "body-done"

    def _dispatch(self) -> None:
        method, target = self._request
        url = urlsplit(target)
        query = dict(parse_qsl(url.query))
        path = url.path.removeprefix("/v1.3")
        transport = self._transport
        assert transport is not None
        if url.path.startswith("/__bench/"):
            transport.write(self._control(url.path.removeprefix("/__bench/"), query))
            return
        route = f"{method} {path}"
        if path.startswith("/indexes/") and "/videos/" in path:
            route = "GET /indexes/{index_id}/videos/{video_id}"
        _STATE.requests[route] += 1
        if route == "GET /indexes/{index_id}/videos/{video_id}":
            transport.write(_response("200 OK", _STATE.video))
        elif route == "GET /tasks":
            number, limit = int(query.get("page", 1)), int(query.get("page_limit", 10))
            transport.write(_response("200 OK", _STATE.task_page(number, limit)))
        elif route == "POST /tasks":
            created = {**_payloads.task(0), "status": "pending", "received_bytes": self._body_bytes}
            transport.write(_response("201 Created", _payloads.dumps(created)))
        elif route == "POST /analyze":
            self._busy = True
            asyncio.get_running_loop().create_task(self._analyze())
        else:
            error = {"code": "not_found", "message": f"no route {route}"}
            transport.write(_response("404 Not Found", _payloads.dumps(error)))

    def _control(self, action: str, query: dict[str, str]) -> bytes:
        if action == "config":
            _STATE.config.update({key: float(value) for key, value in query.items()})
            if not _STATE.config["stream_delay"]:
                _STATE.stream(int(_STATE.config["stream_events"]))  # render it before it is timed
        elif action == "reset":
            _STATE.requests.clear()
        body = json.dumps({"config": _STATE.config, "requests": _STATE.requests}).encode()
        return _response("200 OK", body)

    async def _analyze(self) -> None:
        transport = self._transport
        assert transport is not None
        events, delay = int(_STATE.config["stream_events"]), _STATE.config["stream_delay"]
        transport.write(_STREAM_HEAD)
        if delay:
            transport.write(_chunk(_payloads.STREAM_START))
            for _ in range(events):
                await asyncio.sleep(delay)
                if transport.is_closing():
                    return
                stamp = b'{"event_type":"text_generation","text":"%.9f"}\n' % time.perf_counter()
                transport.write(_chunk(stamp))
            transport.write(_chunk(_payloads.STREAM_END))
        else:
            body = memoryview(_STATE.stream(events))
            for start in range(0, len(body), _CHUNK):
                transport.write(_chunk(bytes(body[start : start + _CHUNK])))
        transport.write(b"0\r\n\r\n")
        self._busy = False
        self.data_received(b"")


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Connection, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(_serve())
    except KeyboardInterrupt:
        sys.exit(0)
