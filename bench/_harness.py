"""Timing, repeats, statistics, report rendering and the local server helper."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

OURS = "twelvelabs-sdk"
OFFICIAL = "twelvelabs (official)"
RAW = "raw httpx"

MIN_REPEATS = 3


# --- measuring ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Samples of one measurement (seconds, bytes, ... as the caller chose).

    `rounds[i]` is the round of `collect` that took `samples[i]`: two contenders'
    samples from the same round ran back to back, which is what `paired` pairs.
    """

    samples: tuple[float, ...]
    rounds: tuple[int, ...] = ()

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)


def per_call(
    fn: Callable[[], object], number: int, clock: Callable[[], float] = time.perf_counter
) -> Callable[[], float]:
    """A sampler that calls `fn` `number` times and returns seconds per call.

    `clock` is wall time by default. CPU-bound, in-process work may pass
    `time.process_time`: it leaves out the time the scheduler gives other tenants of
    a shared machine, which is noise to such a measurement.
    """

    def sample() -> float:
        start = clock()
        for _ in range(number):
            fn()
        return (clock() - start) / number

    return sample


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    """A sampler that calls `fn` once and returns the wall-clock seconds it took."""
    return per_call(fn, 1)


def collect(
    samplers: Mapping[str, Callable[[], float]],
    *,
    repeats: int,
    warmup: int = 1,
    budget: float | None = None,
) -> dict[str, Stats]:
    """Run every sampler `repeats` times, round-robin, after `warmup` unrecorded rounds.

    Interleaving the contenders spreads the drift of a shared, noisy machine over
    all of them instead of penalising whichever happens to run last. With a `budget`
    (seconds), a contender that has spent longer than that stops at `MIN_REPEATS`
    samples, so one slow contender cannot stretch the whole run.
    """
    results: dict[str, list[float]] = {name: [] for name in samplers}
    rounds: dict[str, list[int]] = {name: [] for name in samplers}
    spent = dict.fromkeys(samplers, 0.0)
    for round_ in range(warmup + repeats):
        for name, sample in samplers.items():
            recorded = round_ >= warmup
            over = budget is not None and spent[name] > budget
            if recorded and over and len(results[name]) >= MIN_REPEATS:
                continue
            gc.collect()
            start = time.perf_counter()
            value = sample()
            spent[name] += time.perf_counter() - start
            if recorded:
                results[name].append(value)
                rounds[name].append(round_)
    return {name: Stats(tuple(values), tuple(rounds[name])) for name, values in results.items()}


def paired(stats: Stats, baseline: Stats) -> Stats:
    """Per-round ratios `stats / baseline`, over the rounds both took a sample in.

    A shared machine's load drifts over minutes; two samples taken back to back in
    one round see nearly the same load, so their ratio is steadier than the ratio of
    two medians taken over the whole run.
    """
    by_round = dict(zip(baseline.rounds, baseline.samples, strict=True))
    ratios = tuple(
        value / by_round[round_]
        for round_, value in zip(stats.rounds, stats.samples, strict=True)
        if round_ in by_round and by_round[round_] > 0
    )
    return Stats(ratios, tuple(range(len(ratios))))


def run_python(code: str, *args: str) -> str:
    """Run `code` in a fresh interpreter (this one's), from the repo root; return its stdout."""
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"subprocess failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout


# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One contender in one case; `scale` turns a sample into `unit` (lower is better)."""

    case: str
    client: str
    stats: Stats
    unit: str
    scale: float = 1.0


@dataclass(frozen=True)
class Goal:
    text: str
    met: bool
    figure: str


@dataclass
class Section:
    """One scenario's results: its table rows, its goals and how it was measured."""

    title: str
    method: str
    rows: list[Row] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, case: str, stats: Mapping[str, Stats], unit: str, scale: float = 1.0) -> None:
        for client, client_stats in stats.items():
            self.rows.append(Row(case, client, client_stats, unit, scale))

    def stats(self, case: str, client: str) -> Stats:
        for row in self.rows:
            if row.case == case and row.client == client:
                return row.stats
        raise KeyError((case, client))

    def median(self, case: str, client: str) -> float:
        return self.stats(case, client).median

    def ratio(self, case: str, client: str, baseline: str) -> float:
        return self.median(case, client) / self.median(case, baseline)

    def paired(self, case: str, client: str, baseline: str) -> Stats:
        """The per-round ratios of `client` to `baseline` in `case` (see `paired`)."""
        return paired(self.stats(case, client), self.stats(case, baseline))

    def goal(self, text: str, met: bool, figure: str) -> None:
        self.goals.append(Goal(text, met, figure))

    def ratio_goal(self, text: str, case: str, limit: float, baseline: str = RAW) -> Stats:
        """A goal `ours / baseline <= limit` on the median of the paired ratios."""
        ratios = self.paired(case, OURS, baseline)
        self.goal(
            text,
            ratios.median <= limit,
            f"paired ratio median {ratios.median:.3f}x, min {ratios.min:.3f}x, "
            f"max {ratios.max:.3f}x over {len(ratios.samples)} rounds (goal <= {limit}x)",
        )
        return ratios


# --- rendering ---------------------------------------------------------------------------


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3f}"


def _times(ratio: float) -> str:
    if ratio >= 10:
        return f"{ratio:,.0f}x"
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3f}x"


def _ratio(rows: list[Row], row: Row, baseline: str) -> str:
    """Median and min of the per-round ratios to `baseline`'s row in the same case."""
    for other in rows:
        if other.case == row.case and other.client == baseline:
            ratios = paired(row.stats, other.stats)
            if not ratios.samples:
                return "-"
            return f"{_times(ratios.median)} ({_times(ratios.min)})"
    return "-"


def render_table(sections: list[Section]) -> str:
    lines = [
        "| Scenario | Case | Client | Median | Min | Max | vs raw httpx: median (min) "
        "| vs official: median (min) |",
        "|---|---|---|--:|--:|--:|--:|--:|",
    ]
    for section in sections:
        for row in section.rows:
            cells = [
                _number(v * row.scale) for v in (row.stats.median, row.stats.min, row.stats.max)
            ]
            lines.append(
                f"| {section.title} | {row.case} | {row.client} | {cells[0]} {row.unit} "
                f"| {cells[1]} | {cells[2]} | {_ratio(section.rows, row, RAW)} "
                f"| {_ratio(section.rows, row, OFFICIAL)} |"
            )
    return "\n".join(lines)


def render_goals(sections: list[Section]) -> str:
    lines = ["| Scenario | Goal | Result | Figure |", "|---|---|---|---|"]
    for section in sections:
        for goal in section.goals:
            verdict = "met" if goal.met else "**missed**"
            lines.append(f"| {section.title} | {goal.text} | {verdict} | {goal.figure} |")
    return "\n".join(lines)


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "Date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "Code": _revision(),
        "CPU": f"{cpu}, {os.cpu_count()} logical cores ({usable} usable)",
        "OS": platform.platform(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Packages": ", ".join(
            f"{dist} {version(dist)}"
            for dist in ("twelvelabs-sdk", "twelvelabs", "httpx", "pydantic", "attrs")
        ),
    }


def _git(*args: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return proc.stdout.strip()


def _revision() -> str:
    """The commit measured, flagged when the SDK's code differs from it."""
    commit = _git("rev-parse", "--short", "HEAD")
    if not commit:
        return "unknown"
    dirty = _git("status", "--porcelain", "--", "overlay", "generated")
    return f"commit {commit}" + (
        " with uncommitted changes to overlay/ or generated/" if dirty else ""
    )


def load_average() -> str:
    """The system load averages: on a shared machine, how much else was running."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


# --- the local server ----------------------------------------------------------------------


class LocalServer:
    """`bench._server` in a child process, so it runs on the other core, not under our GIL.

    `url` is the API base URL (with the /v1.3 prefix); `configure`, `reset` and `stats`
    talk to the server's control endpoints.
    """

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self.origin = ""

    def __enter__(self) -> LocalServer:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "bench._server"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        port = int(self._proc.stdout.readline())
        self.origin = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(timeout=10)
            assert self._proc.stdout is not None
            self._proc.stdout.close()

    @property
    def url(self) -> str:
        return f"{self.origin}/v1.3"

    def _control(self, method: str, action: str, **params: object) -> dict[str, object]:
        query = "&".join(f"{key}={value}" for key, value in params.items())
        request = urllib.request.Request(f"{self.origin}/__bench/{action}?{query}", method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            result: dict[str, object] = json.loads(response.read())
            return result

    def configure(self, **params: object) -> None:
        self._control("POST", "config", **params)

    def reset(self) -> None:
        self._control("POST", "reset")

    def requests(self, route: str) -> int:
        """How many requests `route` (e.g. "GET /tasks") received since the last reset."""
        counts = self._control("GET", "stats")["requests"]
        assert isinstance(counts, dict)
        return int(counts.get(route, 0))


def progress(message: str) -> None:
    """One line on stderr per step, so a long run shows where it is."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)
