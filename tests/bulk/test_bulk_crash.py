"""Kill -9 at random moments, rerun with the same ledger: nothing sent twice,
nothing lost, under injected faults (15% of creates answered 503, 5% created
with the answer cut off, 10% of task listings and polls failing).

BULK_CRASH_KILLS sets the number of killed runs (default 6; BENCHMARKS.md
reports a run with 20).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from twelvelabs_sdk.bulk import Ledger
from twelvelabs_sdk.testing import FakeTwelveLabs

CHILD = Path(__file__).with_name("_crash_child.py")
KILLS = int(os.environ.get("BULK_CRASH_KILLS", "6"))
# Creates are held 100 ms and two run at once: a run cannot finish 150 items
# before its kill, so every kill lands mid-run.
ITEMS = 150


def test_killed_runs_resume_without_duplicates_or_losses(
    fake: FakeTwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    task_names: Callable[[], list[str]],
    tmp_path: Path,
) -> None:
    videos = make_videos(ITEMS)
    fake.inject("POST", "/tasks", status=503, probability=0.15, times=None)
    fake.inject("POST", "/tasks", drop_after=0, probability=0.05, times=None)
    fake.inject("GET", "/tasks*", status=500, probability=0.10, times=None)
    fake.inject("POST", "/tasks", delay=0.1, times=None)
    ledger = tmp_path / "crash.ledger"
    env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
    command = [sys.executable, str(CHILD), index_id, str(ledger), str(videos[0].parent)]
    rng = random.Random(15)
    killed = 0
    for _ in range(KILLS):
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.2))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed += 1
        child.wait(timeout=30)
    final = subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=120
    )
    assert final.returncode == 0, final.stdout + final.stderr[-2000:]
    assert killed == KILLS

    names = Counter(task_names())
    assert [name for name, n in names.items() if n > 1] == []  # 0 duplicates
    assert len(names) == ITEMS  # 0 lost
    assert fake.creations["tasks"] == ITEMS
    with Ledger(ledger, index_id) as book:
        assert book.counts()["ready"] == ITEMS
    assert fake.fault_hits > 0
