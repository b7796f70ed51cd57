"""A scripted HTTP/1.1 server on 127.0.0.1: each connection's request is read,
then `script(conn, request)` writes whatever bytes it likes (a well-formed answer,
bytes after the end of a stream, a hang) and may wait for the client to hang up.

Bounded throughout: a timeout on every socket read, `close()` joins its threads.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

READ_TIMEOUT = 5.0


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Conn:
    sock: socket.socket
    hung_up: threading.Event = field(default_factory=threading.Event)

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
        except OSError:
            self.hung_up.set()
            return False
        return True

    def wait_for_hang_up(self, timeout: float = READ_TIMEOUT) -> bool:
        """True once the client closed its end (EOF or reset) within `timeout`."""
        self.sock.settimeout(timeout)
        try:
            while self.sock.recv(65536):
                pass
        except TimeoutError:
            return False
        except OSError:
            pass
        self.hung_up.set()
        return True


Script = Callable[[Conn, Request], None]


class ScriptedServer:
    """Serve `script` for every connection (one request each) until `close()`."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Request] = []
        self.conns: list[Conn] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1.3"
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(READ_TIMEOUT)
            conn = Conn(sock)
            self.conns.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: Conn) -> None:
        try:
            request = _read_request(conn.sock)
            if request is not None:
                self.requests.append(request)
                self.script(conn, request)
        finally:
            conn.sock.close()

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join(READ_TIMEOUT)
        self._listener.close()
        for thread in list(self._threads):
            thread.join(READ_TIMEOUT * 2)

    def __enter__(self) -> ScriptedServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _read_request(sock: socket.socket) -> Request | None:
    data = b""
    while b"\r\n\r\n" not in data:
        if len(data) > 1 << 20:
            return None
        try:
            chunk = sock.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        try:
            chunk = sock.recv(65536)
        except OSError:
            return None
        if not chunk:
            return None
        body += chunk
    return Request(method, path, headers, body)


def head(status: int = 200, headers: dict[str, str] | None = None) -> bytes:
    """A response head for a body that runs until the connection closes."""
    lines = [
        f"HTTP/1.1 {status} Status",
        "Connection: close",
        *(f"{k}: {v}" for k, v in (headers or {}).items()),
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int, body: bytes, content_type: str = "application/json") -> bytes:
    """A complete response with a Content-Length."""
    return head(status, {"Content-Type": content_type, "Content-Length": str(len(body))}) + body
