"""File arguments: a path, an open binary file or bytes; progress reports; and
large files streamed from disk rather than read into memory."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import json
import os
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from twelvelabs_sdk import AsyncTwelveLabs, BadRequestError, InvalidParameterError, TwelveLabs

DATA = os.urandom(200 * 1024 + 7)  # several 64 KiB chunks and a ragged end


@pytest.fixture
def video_path(tmp_path: Path) -> Path:
    path = tmp_path / "holiday.mp4"
    path.write_bytes(DATA)
    return path


def file_parts(request: Request) -> dict[str, tuple[str | None, bytes]]:
    parts = {name: (p.filename, p.read()) for name, p in request.files.items(multi=True)}
    request.close()  # the parts were spooled to temporary files: close them now
    return parts


def last_request(httpserver: HTTPServer) -> Request:
    httpserver.check_assertions()
    assert len(httpserver.log) == 1
    return httpserver.log[-1][0]


# Each file parameter, how to call it, and the endpoint it goes to.
FILE_PARAMS: dict[str, tuple[str, Callable[[Any, Any], Any]]] = {
    "tasks.create video_file": (
        "/v1.3/tasks",
        lambda c, f: c.tasks.create(index_id="idx1", video_file=f),
    ),
    "embed.create image_file": (
        "/v1.3/embed",
        lambda c, f: c.embed.create(model_name="marengo3.0", image_file=f),
    ),
    "embed.create audio_file": (
        "/v1.3/embed",
        lambda c, f: c.embed.create(model_name="marengo3.0", audio_file=f),
    ),
    "embed.create video_file": (
        "/v1.3/embed",
        lambda c, f: c.embed.create(model_name="marengo3.0", video_file=f),
    ),
    "embed.tasks.create video_file": (
        "/v1.3/embed/tasks",
        lambda c, f: c.embed.tasks.create(model_name="marengo3.0", video_file=f),
    ),
    "search.query query_media_file": (
        "/v1.3/search",
        lambda c, f: c.search.query(
            index_id="idx1", search_options=["visual"], query_media_file=f
        ).first_page(),
    ),
}


def _field(param: str) -> str:
    return param.rsplit(maxsplit=1)[-1]


@pytest.mark.parametrize("param", list(FILE_PARAMS))
@pytest.mark.parametrize("kind", ["path", "str path", "open file", "bytes"])
def test_file_parameter_accepts_a_path_an_open_file_or_bytes(
    httpserver: HTTPServer, client: TwelveLabs, video_path: Path, param: str, kind: str
) -> None:
    endpoint, call = FILE_PARAMS[param]
    httpserver.expect_request(endpoint, method="POST").respond_with_json({"_id": "x"})

    if kind == "open file":
        with video_path.open("rb") as fh:
            call(client, fh)
            assert not fh.closed, "a file the caller opened is the caller's to close"
    else:
        call(client, {"path": video_path, "str path": str(video_path), "bytes": DATA}[kind])

    filename = _field(param) if kind == "bytes" else "holiday.mp4"
    assert file_parts(last_request(httpserver)) == {_field(param): (filename, DATA)}


def test_async_client_uploads_a_path(
    httpserver: HTTPServer, api_key: str, base_url: str, video_path: Path
) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=201
    )
    seen: list[tuple[int, int | None]] = []

    async def run() -> str:
        async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
            task = await client.tasks.create(
                index_id="idx1", video_file=video_path, on_progress=lambda *a: seen.append(a)
            )
            return str(task.id)

    assert asyncio.run(run()) == "task1"
    assert file_parts(last_request(httpserver)) == {"video_file": ("holiday.mp4", DATA)}
    assert seen[-1] == (len(DATA), len(DATA))


def test_bytearray_and_memoryview_are_accepted_as_bytes(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/embed", method="POST").respond_with_json({})

    client.embed.create(
        model_name="marengo3.0", image_file=bytearray(b"img"), audio_file=memoryview(b"aud")
    )

    assert file_parts(last_request(httpserver)) == {
        "image_file": ("image_file", b"img"),
        "audio_file": ("audio_file", b"aud"),
    }


def test_a_part_read_file_sends_what_remains(httpserver: HTTPServer, client: TwelveLabs) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=201
    )
    seen: list[tuple[int, int | None]] = []
    fh = io.BytesIO(b"HEADER" + DATA)
    fh.read(6)

    client.tasks.create(index_id="idx1", video_file=fh, on_progress=lambda *a: seen.append(a))

    assert file_parts(last_request(httpserver))["video_file"][1] == DATA
    assert seen[-1] == (len(DATA), len(DATA))


@pytest.mark.parametrize("status", [201, 400])
def test_file_opened_from_a_path_is_closed_after_the_call(
    httpserver: HTTPServer, client: TwelveLabs, video_path: Path, status: int
) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=status
    )
    before = set(os.listdir("/proc/self/fd"))

    # A file left for the garbage collector to close says so with a
    # ResourceWarning naming it; one the SDK closed does not.
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with contextlib.suppress(BadRequestError):
            client.tasks.create(index_id="idx1", video_file=video_path)
        gc.collect()

    leaked = [
        fd
        for fd in set(os.listdir("/proc/self/fd")) - before
        if _fd_target(fd) == str(video_path.resolve())
    ]
    assert leaked == []
    assert [str(w.message) for w in caught if str(video_path) in str(w.message)] == []


def _fd_target(fd: str) -> str | None:
    """What descriptor `fd` points at, or None if it was closed meanwhile (the
    test server's threads open and close sockets while the list is read)."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except FileNotFoundError:
        return None


@pytest.mark.parametrize("kind", ["path", "open file", "bytes"])
@pytest.mark.parametrize(
    "call",
    [
        lambda c, f, p: c.tasks.create(index_id="idx1", video_file=f, on_progress=p),
        lambda c, f, p: c.embed.create(model_name="marengo3.0", video_file=f, on_progress=p),
        lambda c, f, p: c.embed.tasks.create(model_name="marengo3.0", video_file=f, on_progress=p),
    ],
    ids=["tasks.create", "embed.create", "embed.tasks.create"],
)
def test_on_progress_reports_increasing_bytes_ending_at_the_total(
    httpserver: HTTPServer,
    client: TwelveLabs,
    video_path: Path,
    kind: str,
    call: Callable[..., Any],
) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=201
    )
    httpserver.expect_request("/v1.3/embed", method="POST").respond_with_json({})
    httpserver.expect_request("/v1.3/embed/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=201
    )
    seen: list[tuple[int, int | None]] = []

    def on_progress(sent: int, total: int | None) -> None:
        seen.append((sent, total))

    if kind == "open file":
        with video_path.open("rb") as fh:
            call(client, fh, on_progress)
    else:
        call(client, video_path if kind == "path" else DATA, on_progress)

    sent = [s for s, _ in seen]
    assert len(seen) > 1
    assert sent == sorted(set(sent)), "strictly increasing"
    assert {t for _, t in seen} == {len(DATA)}
    assert seen[-1] == (len(DATA), len(DATA))


def test_on_progress_total_is_none_for_a_stream_of_unknown_size(
    httpserver: HTTPServer, client: TwelveLabs
) -> None:
    httpserver.expect_request("/v1.3/tasks", method="POST").respond_with_json(
        {"_id": "task1"}, status=201
    )
    read_end, write_end = os.pipe()
    writer = threading.Thread(target=lambda: (os.write(write_end, DATA), os.close(write_end)))
    writer.start()
    seen: list[tuple[int, int | None]] = []

    with os.fdopen(read_end, "rb") as pipe:
        client.tasks.create(index_id="idx1", video_file=pipe, on_progress=lambda *a: seen.append(a))
    writer.join()

    assert seen[-1] == (len(DATA), None)
    assert file_parts(last_request(httpserver))["video_file"][1] == DATA


@pytest.mark.parametrize(
    ("value", "allowed"),
    [
        ("/no/such/file.mp4", "the path of an existing file"),
        (".", "a file, not a directory"),
        (12345, "a path, an open binary file, or bytes"),
    ],
)
def test_bad_file_argument_is_rejected_before_any_request(
    httpserver: HTTPServer, client: TwelveLabs, value: Any, allowed: str
) -> None:
    with pytest.raises(InvalidParameterError, match="video_file") as caught:
        client.tasks.create(index_id="idx1", video_file=value)

    assert allowed in str(caught.value)
    assert httpserver.log == []


def test_text_mode_file_is_rejected_naming_binary_mode(
    httpserver: HTTPServer, client: TwelveLabs, video_path: Path
) -> None:
    with (
        video_path.open("r", encoding="latin-1") as fh,
        pytest.raises(InvalidParameterError, match=r"video_file.*binary mode"),
    ):
        client.tasks.create(index_id="idx1", video_file=fh)
    assert httpserver.log == []


# -- a large file is streamed from disk ------------------------------------------------
#
# Intent: prove that uploading a file much larger than the memory budget does not
# load it into memory. The client runs in a subprocess so its peak RSS (VmHWM) is
# its own; the server (in this process) counts and discards the body as it
# arrives, since pytest-httpserver would buffer it whole.

BIG_FILE_SIZE = 210 * 1024 * 1024
RSS_BUDGET_MB = 64

CLIENT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from twelvelabs_sdk import TwelveLabs

    def peak_rss_kb():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])

    base_url, path = sys.argv[1], sys.argv[2]
    progress = []
    with TwelveLabs(base_url=base_url, max_retries=0) as client:
        client.tasks.create(index_id="warm-up", video_file=b"warm-up")  # imports, pools
        before = peak_rss_kb()
        task = client.tasks.create(
            index_id="idx1",
            video_file=path,
            on_progress=lambda sent, total: progress.append((sent, total)),
        )
        after = peak_rss_kb()
    print(json.dumps({
        "growth_mb": (after - before) / 1024,
        "last_progress": progress[-1],
        "calls": len(progress),
        "task_id": task.id,
    }))
    """
)


class _DiscardingHandler(BaseHTTPRequestHandler):
    received: ClassVar[list[int]] = []

    def do_POST(self) -> None:
        remaining = int(self.headers["Content-Length"])
        total = 0
        while remaining:
            chunk = self.rfile.read(min(remaining, 1 << 20))
            if not chunk:
                break
            remaining -= len(chunk)
            total += len(chunk)
        self.received.append(total)
        body = json.dumps({"_id": f"task-{total}"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def discarding_server() -> Iterator[tuple[str, list[int]]]:
    received: ClassVar[list[int]] = []
    handler = type("Handler", (_DiscardingHandler,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1.3", received
    server.shutdown()
    server.server_close()


def test_upload_of_a_210_mb_file_grows_client_memory_by_less_than_64_mb(
    tmp_path: Path, discarding_server: tuple[str, list[int]]
) -> None:
    base_url, received = discarding_server
    big = tmp_path / "big.mp4"
    with big.open("wb") as fh:
        fh.truncate(BIG_FILE_SIZE)  # sparse: costs no disk

    env = {**os.environ, "TWELVELABS_API_KEY": "tlk-FAKE-subprocess-key"}
    env.pop("TWELVELABS_BASE_URL", None)
    run = subprocess.run(
        [sys.executable, "-c", CLIENT_SCRIPT, base_url, str(big)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )

    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    print(f"client peak RSS growth: {report['growth_mb']:.1f} MB for {BIG_FILE_SIZE >> 20} MB")
    assert report["growth_mb"] < RSS_BUDGET_MB
    assert report["last_progress"] == [BIG_FILE_SIZE, BIG_FILE_SIZE]
    assert received[-1] > BIG_FILE_SIZE  # the whole file, plus the form's framing
    assert report["task_id"] == f"task-{received[-1]}"
