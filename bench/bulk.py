"""Bulk indexing figures against the fake server (`make bench-bulk`).

    python -m bench.bulk [--only throughput,rate,crash,scale] [--kills 20]

9. throughput: 200 small files, 200 ms injected on every request, concurrency
   16 against one at a time (whole run, uploads and readiness);
10. rate: rpm 600, the most creates any 10-second window saw (server receive
   times) and the share of the allowance the run used;
11. crash: runs killed with SIGKILL at random moments and resumed, with 15%
   of creates answered 503, 5% created with the answer cut off and 10% of
   task listings failing: duplicates and losses;
12. scale: a 10,000-item manifest in a child process: its memory growth and
   the share of the run spent writing the ledger.

Prints a Markdown section for BENCHMARKS.md. Wall-clock figures depend on the
machine; the test suite asserts only the counts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.bulk import BulkItem
from twelvelabs_sdk.testing import FakeTwelveLabs


def _check(ok: bool, detail: object) -> None:
    if not ok:
        raise SystemExit(f"bench.bulk: unexpected outcome: {detail}")


def _videos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"clip{i:05d}.mp4"
        path.write_bytes(os.urandom(1024))
        paths.append(path)
    return paths


def _client(fake: FakeTwelveLabs) -> TwelveLabs:
    return TwelveLabs(api_key=fake.api_key, base_url=fake.url)


@contextlib.contextmanager
def _fake_process(*args: str) -> Iterator[tuple[str, str]]:
    """The fake in a process of its own (so it does not share the client's GIL):
    yields its base URL and key."""
    server = subprocess.Popen(
        [sys.executable, "-m", "twelvelabs_sdk.testing", "--port", "0", "--log-level",
         "WARNING", *args],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip().split("=", 1)[1]
        key = server.stdout.readline().strip().split("=", 1)[1]
        yield url, key
    finally:
        server.terminate()
        server.wait(timeout=30)


def throughput(tmp: Path) -> list[str]:
    videos = _videos(tmp / "throughput", 200)
    urls = [BulkItem(key=f"u{i}", video_url=f"https://media.example/{i}.mp4") for i in range(200)]
    rows = []
    for label, items in (("files", videos), ("URLs", urls)):
        seconds = {}
        for concurrency in (1, 16):
            seconds[concurrency] = _timed_run(items, concurrency)
        ratio = seconds[1] / seconds[16]
        rows += [
            f"| 9. Throughput | 200 {label}, 200 ms latency on every request, one at a time | "
            f"{seconds[1]:.1f} s | {200 / seconds[1]:.1f} items/s |",
            f"| 9. Throughput | 200 {label}, 200 ms latency on every request, concurrency 16 | "
            f"{seconds[16]:.1f} s | {200 / seconds[16]:.1f} items/s, **{ratio:.1f}x** faster |",
        ]
    floor = _gather_floor(videos)
    rows.append(
        "| 9. Throughput | reference: 200 `tasks.create(video_file=...)` by `asyncio.gather`, "
        f"16 at a time, no bulk machinery | {floor:.1f} s | the fake server's floor |"
    )
    return rows


_FAKE_ARGS = ("--task-seconds", "0.05", "--fault", "*:delay=0.2:times=none")
_MODELS: list[dict[str, Any]] = [{"model_name": "marengo3.0", "model_options": ["visual"]}]


def _timed_run(items: list[Any], concurrency: int) -> float:
    with _fake_process(*_FAKE_ARGS) as (url, key), TwelveLabs(key, base_url=url) as client:
        index_id = str(client.indexes.create("bench", models=_MODELS).id)
        started = time.perf_counter()
        report = client.bulk.index(
            items,
            index_id=index_id,
            concurrency=concurrency,
            poll_interval=0.1,  # the fake's tasks index in 0.15 s
            reconcile_grace=0.1,
        )
        elapsed = time.perf_counter() - started
        _check(report.ok and report.ready == len(items), report)
    return elapsed


def _gather_floor(videos: list[Path]) -> float:
    async def go(url: str, key: str) -> float:
        async with AsyncTwelveLabs(key, base_url=url) as client:
            index_id = str((await client.indexes.create("bench", models=_MODELS)).id)
            gate = asyncio.Semaphore(16)

            async def one(path: Path) -> None:
                async with gate:
                    await client.tasks.create(index_id=index_id, video_file=path)

            started = time.perf_counter()
            await asyncio.gather(*(one(p) for p in videos))
            return time.perf_counter() - started

    with _fake_process(*_FAKE_ARGS) as (url, key):
        return asyncio.run(go(url, key))


def rate(tmp: Path) -> list[str]:
    count = 250
    videos = _videos(tmp / "rate", count)
    with FakeTwelveLabs(task_seconds_per_status=0.05) as fake, _client(fake) as client:
        index_id = fake.create_index("bench")
        report = client.bulk.index(videos, index_id=index_id, concurrency=16, rpm=600, wait=False)
        _check(report.created == count, report)
        times = sorted(r.received_at for r in fake.requests if r.operation_id == "createTask")
    worst = max(sum(1 for t in times if s <= t < s + 10.0) for s in times)
    span = times[-1] - times[0]
    used = (len(times) - 1) / (span * 600 / 60)
    return [
        f"| 10. Rate | rpm 600, {count} creates | {span:.1f} s | busiest 10-s window "
        f"**{worst}** creates (limit 100); **{used:.1%}** of the allowance used |"
    ]


_CHILD = """
import sys
from pathlib import Path
from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.bulk import BulkItem
index_id, ledger, folder = sys.argv[1:4]
with TwelveLabs() as client:
    report = client.bulk.index(sorted(Path(folder).glob("*.mp4")), index_id=index_id,
        ledger=ledger, concurrency=2, poll_interval=0.1, reconcile_grace=0.3)
sys.exit(0 if report.ok else 1)
"""


def crash(tmp: Path, kills: int) -> list[str]:
    items = 400  # more than 20 runs can finish before their kills: each lands mid-run
    videos = _videos(tmp / "crash", items)
    with FakeTwelveLabs(task_seconds_per_status=0.05) as fake, _client(fake) as client:
        index_id = fake.create_index("bench")
        faults = [
            fake.inject("POST", "/tasks", status=503, probability=0.15, times=None),
            fake.inject("POST", "/tasks", drop_after=0, probability=0.05, times=None),
            fake.inject("GET", "/tasks*", status=500, probability=0.10, times=None),
        ]
        fake.inject("POST", "/tasks", delay=0.1, times=None)
        env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
        command = [sys.executable, "-c", _CHILD, index_id, str(tmp / "crash.ledger"),
                   str(videos[0].parent)]  # fmt: skip
        rng = random.Random(11)
        landed = 0
        started = time.perf_counter()
        for _ in range(kills):
            child = subprocess.Popen(command, env=env)
            time.sleep(rng.uniform(0.3, 1.2))
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                landed += 1
            child.wait(timeout=60)
        final = subprocess.run(command, env=env, check=False, timeout=300)
        seconds = time.perf_counter() - started
        names = Counter(str(t.system_metadata.filename) for t in client.tasks.list(index_id=index_id, page_limit=50) if t.system_metadata)  # fmt: skip
        duplicates = sum(n - 1 for n in names.values() if n > 1)
        lost = items - len(names)
        hits = [f.hits for f in faults]
        sends = fake.request_count("POST", "/tasks")
    _check(final.returncode == 0, "the last crash run did not finish")
    return [
        f"| 11. Crashes | {kills} runs SIGKILLed at random moments ({landed} while running), "
        f"then one to the end, {items} files | {seconds:.1f} s | **{duplicates} duplicates, {lost} lost**; "
        f"{sends} creates sent, {hits[0]} answered 503, {hits[1]} created with the answer "
        f"cut off, {hits[2]} task listings failed |"
    ]


_SCALE_CHILD = """
import json, sys, time
from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.bulk import BulkItem
from twelvelabs_sdk.bulk import read_manifest

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) * 1024
    return 0

index_id, manifest, ledger = sys.argv[1:4]
with TwelveLabs() as client:
    client.bulk  # imports done before the baseline
    import twelvelabs_sdk.bulk._run, asyncio, sqlite3
    before = rss("VmRSS:")
    report = client.bulk.index(read_manifest(manifest), index_id=index_id, ledger=ledger,
                               concurrency=16, poll_interval=0.5, total=int(sys.argv[4]))
print(json.dumps({"before": before, "peak": rss("VmHWM:"), "after": rss("VmRSS:"),
                  "elapsed": report.elapsed, "ledger": report.ledger_seconds,
                  "ready": report.ready, "ok": report.ok}))
"""


def scale(tmp: Path) -> list[str]:
    count = 10_000
    manifest = tmp / "scale.jsonl"
    with manifest.open("w") as fh:
        for i in range(count):
            url = f"https://media.example/library/{i:05d}.mp4"
            fh.write(json.dumps({"key": f"v{i}", "video_url": url}) + "\n")
    with FakeTwelveLabs(task_seconds_per_status=0.05) as fake:
        index_id = fake.create_index("bench")
        env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
        done = subprocess.run(
            [sys.executable, "-c", _SCALE_CHILD, index_id, str(manifest),
             str(tmp / "scale.ledger"), str(count)],
            env=env, check=True, capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    _check(figures["ok"] and figures["ready"] == count, figures)
    growth = (figures["peak"] - figures["before"]) / 2**20
    share = figures["ledger"] / figures["elapsed"]
    return [
        f"| 12. Scale | {count:,}-item manifest (URLs), concurrency 16, waited until ready | "
        f"{figures['elapsed']:.1f} s | peak memory growth **{growth:.1f} MiB**; ledger writes "
        f"{figures['ledger']:.2f} s = **{share:.1%}** of the run |"
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="throughput,rate,crash,scale")
    parser.add_argument("--kills", type=int, default=20)
    args = parser.parse_args()
    wanted = args.only.split(",")
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if "throughput" in wanted:
            rows += throughput(tmp)
        if "rate" in wanted:
            rows += rate(tmp)
        if "crash" in wanted:
            rows += crash(tmp, args.kills)
        if "scale" in wanted:
            rows += scale(tmp)
    print("| Point | Case | Wall time | Result |")
    print("|---|---|--:|---|")
    for row in rows:
        print(row)


if __name__ == "__main__":
    main()
