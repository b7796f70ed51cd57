"""Uploads that lose their connection.

A read-only POST carrying a file (embed.create, search with query_media_file) is
retried, and the retry resends the whole file from its first byte: the fake
hashes every upload it receives, and the hash is the file's. tasks.create is
not retried once the upload has started (the server may have acted on it). A
body that cannot seek (a pipe) is sent once, and the log says why it was not
retried.

"Mid-upload" is real here: a small TCP proxy in front of the fake resets the
connection after the first megabyte of the request, while the client is still
sending.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _reliability import capture_logs, report

from twelvelabs_sdk import APIConnectionError, AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

SIZE = 8 * 1024 * 1024
CUT_AFTER = 1024 * 1024
MODEL = "marengo3.0"


class CuttingProxy:
    """A TCP proxy to `upstream`; the first connection to carry more than `cut_after`
    bytes towards the server is reset at that point. Later connections pass through."""

    def __init__(self, upstream: tuple[str, int], cut_after: int) -> None:
        self.upstream = upstream
        self.cut_after = cut_after
        self.cuts = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._spawn(self._accept)

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
            self._spawn(self._forward, conn)

    def _forward(self, client: socket.socket) -> None:
        server = socket.create_connection(self.upstream)
        self._spawn(self._pump_back, server, client)
        sent = 0
        try:
            while data := client.recv(1 << 16):
                sent += len(data)
                if sent > self.cut_after and self._take_cut():
                    _reset(client)
                    _reset(server)
                    return
                server.sendall(data)
            server.shutdown(socket.SHUT_WR)
        except OSError:
            _reset(server)

    def _pump_back(self, server: socket.socket, client: socket.socket) -> None:
        try:
            while data := server.recv(1 << 16):
                client.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.close()

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cuts:
                return False
            self.cuts += 1
            return True

    def close(self) -> None:
        # Shutting the listening socket down wakes the thread blocked in accept().
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


def _reset(sock: socket.socket) -> None:
    """Close with an RST, as a crashed proxy or a lost network path would."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("uploads") / "clip.mp4"
    path.write_bytes(os.urandom(SIZE))
    return path, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    with FakeTwelveLabs() as fake:
        yield fake


@pytest.fixture
def proxy(fake: FakeTwelveLabs) -> Iterator[CuttingProxy]:
    proxy = CuttingProxy((fake.host, fake.port), CUT_AFTER)
    yield proxy
    proxy.close()


def via(proxy: CuttingProxy) -> str:
    return f"http://127.0.0.1:{proxy.port}/v1.3"


def uploads_to(fake: FakeTwelveLabs, path: str) -> list[tuple[int, str, str]]:
    """(size, sha256, X-Retry-Count) of each whole file the fake received on `path`."""
    return [
        (u.size, u.sha256, r.headers.get("x-retry-count", ""))
        for r in fake.requests
        if r.route == path
        for u in r.uploads
    ]


# -- retried: read-only POSTs ----------------------------------------------------------------


def test_embed_upload_cut_mid_transfer_is_resent_whole(
    fake: FakeTwelveLabs, proxy: CuttingProxy, video: tuple[Path, str]
) -> None:
    path, digest = video
    with (
        capture_logs(logging.INFO) as logs,
        TwelveLabs(api_key=fake.api_key, base_url=via(proxy)) as client,
    ):
        result = client.embed.create(model_name=MODEL, video_file=path)
        delays = logs.take_retry_delays()

    assert result.video_embedding
    assert proxy.cuts == 1
    assert len(delays) == 1
    assert uploads_to(fake, "/embed") == [(SIZE, digest, "1")]
    report(
        "uploads",
        embed_create_cut_after_1_MiB_of_8_MiB="retried once; the fake got the whole file, sha256 equal",
    )


def test_search_with_a_media_file_cut_mid_transfer_is_resent_whole(
    fake: FakeTwelveLabs, proxy: CuttingProxy, video: tuple[Path, str]
) -> None:
    path, digest = video
    index_id = fake.create_index("uploads")
    with open(path, "rb") as image, TwelveLabs(api_key=fake.api_key, base_url=via(proxy)) as client:
        pager = client.search.query(
            index_id=index_id, search_options=["visual"], query_media_file=image
        )
        pager.first_page()

    assert proxy.cuts == 1
    assert uploads_to(fake, "/search") == [(SIZE, digest, "1")]


@pytest.mark.parametrize("fault", ["drop", "503"])
def test_every_retry_resends_the_same_bytes(
    fake: FakeTwelveLabs, video: tuple[Path, str], fault: str
) -> None:
    path, digest = video
    if fault == "drop":  # the fake reads the whole body, then drops the connection
        fake.inject("POST", "/embed", drop=True, times=2)
    else:
        fake.inject("POST", "/embed", status=503, retry_after="0", times=2)
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
        client.embed.create(model_name=MODEL, video_file=path)

    assert uploads_to(fake, "/embed") == [(SIZE, digest, str(n)) for n in range(3)]
    if fault == "drop":
        report("uploads", embed_create_dropped_twice_after_the_body="3 sends, 3 identical sha256")


def test_async_upload_cut_mid_transfer_is_resent_whole(
    fake: FakeTwelveLabs, proxy: CuttingProxy, video: tuple[Path, str]
) -> None:
    path, digest = video

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=fake.api_key, base_url=via(proxy)) as client:
            await client.embed.create(model_name=MODEL, video_file=path)

    asyncio.run(run())
    assert proxy.cuts == 1
    assert uploads_to(fake, "/embed") == [(SIZE, digest, "1")]


# -- not retried: creates and streams that cannot seek ------------------------------------------


def test_task_create_cut_mid_upload_is_not_retried(
    fake: FakeTwelveLabs, proxy: CuttingProxy, video: tuple[Path, str]
) -> None:
    path, _ = video
    index_id = fake.create_index("uploads")
    with (
        capture_logs(logging.INFO) as logs,
        TwelveLabs(api_key=fake.api_key, base_url=via(proxy), max_retries=5) as client,
        pytest.raises(APIConnectionError),
    ):
        client.tasks.create(index_id=index_id, video_file=path)

    assert logs.take_retry_delays() == []
    assert proxy.cuts == 1
    assert proxy.connections == 1
    assert uploads_to(fake, "/tasks") == []
    assert fake.creations["tasks"] == 0


def test_task_create_dropped_after_the_upload_is_not_retried(
    fake: FakeTwelveLabs, video: tuple[Path, str]
) -> None:
    path, digest = video
    index_id = fake.create_index("uploads")
    fake.inject("POST", "/tasks", drop=True)
    with (
        TwelveLabs(api_key=fake.api_key, base_url=fake.url, max_retries=5) as client,
        pytest.raises(APIConnectionError),
    ):
        client.tasks.create(index_id=index_id, video_file=path)

    assert uploads_to(fake, "/tasks") == [(SIZE, digest, "0")]
    assert fake.creations["tasks"] == 0
    report("uploads", tasks_create_cut_or_dropped="1 attempt, APIConnectionError, 0 tasks created")


def test_a_stream_that_cannot_seek_is_sent_once_and_the_log_says_why(
    fake: FakeTwelveLabs,
) -> None:
    data = os.urandom(256 * 1024)
    read_end, write_end = os.pipe()

    def feed() -> None:
        with open(write_end, "wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    fake.inject("POST", "/embed", drop=True)
    with (
        capture_logs(logging.INFO) as logs,
        open(read_end, "rb") as pipe,
        TwelveLabs(api_key=fake.api_key, base_url=fake.url, max_retries=5) as client,
        pytest.raises(APIConnectionError),
    ):
        client.embed.create(model_name=MODEL, video_file=pipe)
    writer.join()

    assert fake.request_count("POST", "/embed") == 1
    assert uploads_to(fake, "/embed") == [(len(data), hashlib.sha256(data).hexdigest(), "0")]
    assert logs.take_retry_delays() == []
    (why,) = logs.not_retried
    assert "the file body (video_file) cannot be rewound" in why
    report("uploads", pipe_body_after_a_drop=f"sent once, not retried; log: {why!r}")
