"""Scenario 6: uploading a 1 GiB video: peak memory growth and time.

Each upload runs in its own interpreter (see `_child`), so one client's peak resident
set size cannot hide another's.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench import _clients
from bench._harness import OFFICIAL, OURS, RAW, LocalServer, Section, Stats, collect, run_python
from bench._payloads import INDEX_ID

SIZE = 1 << 30
MIB = 1 << 20


def _status_kib(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    assert match, field
    return int(match.group(1))


def _uploader(client: str, url: str) -> Callable[[str], int]:
    """A ready `client`: a function uploading a path, returning the byte count the server
    says it received."""
    http = httpx.Client(timeout=120)
    if client == OURS:
        ours = _clients.ours(http, url)

        def upload_ours(path: str) -> int:
            task = ours.tasks.create(index_id=INDEX_ID, video_file=path)
            return int(task["received_bytes"])

        return upload_ours
    if client == OFFICIAL:
        official = _clients.official(http, url)

        def upload_official(path: str) -> int:
            with open(path, "rb") as file:
                created = official.tasks.create(index_id=INDEX_ID, video_file=file)
            return int(created.received_bytes)  # type: ignore[attr-defined]

        return upload_official

    def upload_raw(path: str) -> int:
        with open(path, "rb") as file:
            response = http.post(
                f"{url}/tasks",
                data={"index_id": INDEX_ID},
                files={"video_file": (Path(path).name, file, "video/mp4")},
                headers=_clients.HEADERS,
            )
        return int(response.json()["received_bytes"])

    return upload_raw


def _child(client: str, url: str, path: str) -> None:
    """Measure one upload in this process; print {"growth_bytes", "seconds"} as JSON."""
    upload = _uploader(client, url)
    # One small upload first, so that what any client imports or sets up on its first call
    # (a resource module, a JSON decoder, the connection) is neither timed nor counted.
    with tempfile.NamedTemporaryFile(suffix=".mp4") as small:
        small.write(b"\0" * 4096)
        small.flush()
        upload(small.name)
    # Reset the peak resident set size (VmHWM) to the current one: imports, set-up and the
    # warm-up are done, so what follows is the 1 GiB upload's own growth.
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kib("VmRSS")
    start = time.perf_counter()
    received = upload(path)
    seconds = time.perf_counter() - start
    assert received >= os.path.getsize(path), received
    growth = (_status_kib("VmHWM") - before) * 1024
    print(json.dumps({"growth_bytes": growth, "seconds": seconds}))


_CHILD = "import sys; from bench.upload import _child; _child(*sys.argv[1:])"


@contextmanager
def _sparse_file(size: int) -> Iterator[str]:
    """A temporary file of `size` bytes that takes no disk space; deleted afterwards.

    It is read through once here, so that every client reads it from the page cache
    and none pays for its first reading.
    """
    fd, path = tempfile.mkstemp(prefix="bench-upload-", suffix=".mp4", dir="/tmp")
    try:
        os.ftruncate(fd, size)
        while os.read(fd, MIB):
            pass
        os.close(fd)
        yield path
    finally:
        os.unlink(path)


def run(quick: bool = False) -> Section:
    size = SIZE // 4 if quick else SIZE
    section = Section(
        "6. Upload",
        f"`tasks.create(video_file=...)` with a {size // MIB:,} MiB sparse file to a local server "
        "(another process) that reads and discards the body. Each upload runs in a fresh "
        "interpreter that first uploads a 4 KiB file (untimed: first-call imports and the "
        "connection), then resets its peak RSS (`/proc/self/clear_refs`); "
        "growth = VmHWM after the upload - VmRSS before. `raw httpx` is `httpx.Client.post` with "
        "`files=` (httpx streams file objects in 64 KiB chunks).",
    )
    results: dict[str, list[dict[str, float]]] = {OURS: [], OFFICIAL: [], RAW: []}
    with LocalServer() as server, _sparse_file(size) as path:

        def sampler(client: str) -> Callable[[], float]:
            def sample() -> float:
                result = json.loads(run_python(_CHILD, client, server.url, path))
                results[client].append(result)
                return float(result["seconds"])

            return sample

        # Uploads are at the mercy of the scheduler: this SDK and raw httpx run in pairs,
        # round after round; the official SDK's interpreter takes a second longer to start,
        # it stops at three rounds.
        times = collect(
            {client: sampler(client) for client in results},
            repeats=5 if quick else 11,
            warmup=0,
            budget=8,
        )
    growth = {
        client: Stats(tuple(run["growth_bytes"] for run in runs), times[client].rounds)
        for client, runs in results.items()
    }
    label = f"{size // MIB:,} MiB"
    section.add(f"{label} upload: peak RSS growth", growth, "MiB", 1 / MIB)
    section.add(f"{label} upload: time", times, "s")
    ours_growth = growth[OURS].max / MIB
    section.goal(
        "peak RSS growth under 2 MiB",
        ours_growth < 2,
        f"{ours_growth:.2f} MiB at worst (raw httpx {growth[RAW].max / MIB:.2f} MiB, "
        f"official {growth[OFFICIAL].max / MIB:.2f} MiB)",
    )
    ratios = section.ratio_goal(
        "upload time within 5% of a raw httpx streamed upload", f"{label} upload: time", 1.05
    )
    section.notes.append(
        f"throughput: {size / times[OURS].median / MIB:,.0f} MiB/s vs "
        f"{size / times[RAW].median / MIB:,.0f} MiB/s (medians); paired time ratio "
        f"median {ratios.median:.3f}x"
    )
    return section
