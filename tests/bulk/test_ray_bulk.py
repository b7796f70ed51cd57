"""examples/ray_bulk_index.py on a local Ray instance (two CPUs) against the
fake server: the driver is killed with SIGKILL mid-run and started again; every
item ends indexed exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from twelvelabs_sdk.bulk import Ledger
from twelvelabs_sdk.testing import FakeTwelveLabs

pytest.importorskip("ray")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ray_bulk_index.py"
ITEMS = 12


def _created_rows(ledger: Path, index_id: str) -> int:
    if not ledger.exists():
        return 0
    try:
        with Ledger(ledger, index_id) as book:
            counts = book.counts()
    except Exception:  # the driver may be creating it right now
        return 0
    return counts["created"] + counts["ready"]


def test_ray_driver_killed_mid_run_resumes_exactly_once(
    fake: FakeTwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    task_names: Callable[[], list[str]],
    tmp_path: Path,
) -> None:
    videos = make_videos(ITEMS - 2)
    manifest = tmp_path / "library.jsonl"
    with manifest.open("w") as fh:
        for path in videos:
            fh.write(json.dumps({"key": path.stem, "video_file": str(path)}) + "\n")
        for i in range(2):
            fh.write(json.dumps({"key": f"url{i}", "video_url": f"https://x.test/u{i}.mp4"}) + "\n")
    fake.inject("POST", "/tasks", status=503, probability=0.15, times=None)
    fake.inject("POST", "/tasks", delay=0.3, times=None)  # keep the first run going
    ledger = tmp_path / "library.ledger"
    env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
    command = [sys.executable, str(EXAMPLE), str(manifest), "--index-id", index_id,
               "--ledger", str(ledger), "--concurrency", "4", "--rpm", "600",
               "--poll-interval", "0.1"]  # fmt: skip

    driver = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while _created_rows(ledger, index_id) < 3 and time.monotonic() < deadline:
        if driver.poll() is not None:
            break
        time.sleep(0.05)
    assert driver.poll() is None, "the first run ended before it could be killed"
    driver.send_signal(signal.SIGKILL)
    driver.communicate(timeout=30)  # waits, and closes the stderr pipe
    assert _created_rows(ledger, index_id) < ITEMS

    fake.clear_faults()
    fake.inject("POST", "/tasks", status=503, probability=0.15, times=None)
    done = subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["ready"] == ITEMS

    names = Counter(task_names())
    assert [name for name, n in names.items() if n > 1] == []
    assert len(names) == ITEMS
    assert fake.creations["tasks"] == ITEMS
    assert fake.api_key not in done.stdout + done.stderr
