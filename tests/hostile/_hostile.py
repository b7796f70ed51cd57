"""A scriptable raw-socket HTTP/1.1 server on 127.0.0.1 for the hostile suite.

Each test hands `RawServer` a handler called once per request with the
connection and the parsed request; the handler writes whatever bytes it likes
(a well-formed answer, a trickle, a lie about the encoding, nothing at all).
Connections are numbered, so a handler can tag answers by connection. Every
loop is bounded: a socket timeout on each read, a cap on requests per
connection, and `close()` joins every thread it started.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

MAX_REQUESTS_PER_CONNECTION = 10_000
READ_TIMEOUT = 10.0
JOIN_TIMEOUT = 10.0


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""
    connection: int = 0


@dataclass
class Conn:
    """One accepted connection: `number` counts from 1 in accept order."""

    sock: socket.socket
    number: int
    stopping: threading.Event = field(default_factory=threading.Event)
    closed: bool = False
    _buffer: bytes = b""

    def send(self, data: bytes) -> bool:
        """Write `data`; False when the peer has gone."""
        try:
            self.sock.sendall(data)
            return True
        except OSError:
            self.closed = True
            return False

    def close(self) -> None:
        self.closed = True
        with suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(65536)
        except OSError:
            return b""

    def _read_until(self, marker: bytes, limit: int = 1 << 20) -> bytes | None:
        while marker not in self._buffer:
            if len(self._buffer) > limit:
                return None
            chunk = self._recv()
            if not chunk:
                return None
            self._buffer += chunk
        head, _, self._buffer = self._buffer.partition(marker)
        return head

    def _read_exactly(self, n: int) -> bytes | None:
        while len(self._buffer) < n:
            chunk = self._recv()
            if not chunk:
                return None
            self._buffer += chunk
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def read_request(self) -> Request | None:
        """The next request on this connection, or None at EOF or on garbage."""
        head = self._read_until(b"\r\n\r\n")
        if not head:
            return None
        lines = head.decode("latin-1").split("\r\n")
        try:
            method, path, _ = lines[0].split(" ", 2)
        except ValueError:
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        body: bytes | None = b""
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = self._read_chunked()
        elif "content-length" in headers:
            body = self._read_exactly(int(headers["content-length"]))
        if body is None:
            return None
        return Request(method, path, headers, body, self.number)

    def _read_chunked(self) -> bytes | None:
        parts: list[bytes] = []
        for _ in range(1_000_000):
            size_line = self._read_until(b"\r\n")
            if size_line is None:
                return None
            size = int(size_line.split(b";")[0], 16)
            data = self._read_exactly(size + 2)
            if data is None:
                return None
            if size == 0:
                return b"".join(parts)
            parts.append(data[:-2])
        return None


Handler = Callable[[Conn, Request], None]


@dataclass
class RawServer:
    """Serve `handler` on 127.0.0.1 until `close()`; `url` is the base to point a client at."""

    handler: Handler
    requests: list[Request] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/v1.3"
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: list[Conn] = []
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, name="raw-server", daemon=True)
        self._acceptor.start()

    def count(self, method: str, path_suffix: str) -> int:
        with self._lock:
            return sum(
                1 for r in self.requests if r.method == method and r.path.endswith(path_suffix)
            )

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(READ_TIMEOUT)
            with self._lock:
                self.connections += 1
                conn = Conn(sock, self.connections, self._stop)
                self._conns.append(conn)
                thread = threading.Thread(
                    target=self._serve, args=(conn,), name=f"raw-conn-{conn.number}", daemon=True
                )
                self._threads.append(thread)
            thread.start()

    def _serve(self, conn: Conn) -> None:
        try:
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                if conn.closed or self._stop.is_set():
                    return
                request = conn.read_request()
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                self.handler(conn, request)
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._acceptor.join(JOIN_TIMEOUT)
        with self._lock:
            conns, threads = list(self._conns), list(self._threads)
        for conn in conns:
            conn.close()
        for thread in threads:
            thread.join(JOIN_TIMEOUT)

    def __enter__(self) -> RawServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@contextmanager
def raw_server(handler: Handler) -> Iterator[RawServer]:
    with RawServer(handler) as server:
        yield server


def response(
    status: int = 200,
    body: bytes | Any = b"",
    *,
    headers: dict[str, str] | None = None,
    reason: str = "",
) -> bytes:
    """A complete HTTP/1.1 answer; a non-bytes `body` is sent as JSON."""
    if not isinstance(body, bytes):
        body = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
    head = [f"HTTP/1.1 {status} {reason or _REASONS.get(status, 'Status')}"]
    all_headers = {"Content-Length": str(len(body)), **(headers or {})}
    head += [f"{k}: {v}" for k, v in all_headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def trickle(conn: Conn, data: bytes, *, every: float, limit: float) -> None:
    """Send `data` one byte every `every` seconds, for at most `limit` seconds."""
    end = time.monotonic() + limit
    for byte in data:
        if time.monotonic() > end or not conn.send(bytes([byte])):
            return
        if conn.stopping.wait(every):
            return


_REASONS = {
    200: "OK",
    201: "Created",
    303: "See Other",
    400: "Bad Request",
    404: "Not Found",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def retrieve_missing_index(api_key: str, base_url: str) -> None:
    """Run in a worker process: a call that raises NotFoundError there."""
    from twelvelabs_sdk import TwelveLabs

    with TwelveLabs(api_key=api_key, base_url=base_url, max_retries=0) as client:
        client.indexes.retrieve("000000000000000000000000")
