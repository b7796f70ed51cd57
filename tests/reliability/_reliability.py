"""What the reliability suite shares: its scale, the figures it reports, log capture
that tells concurrent callers apart, and probes of the process (fds, RSS, pools)."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

# `make soak` sets RELIABILITY_SCALE (e.g. 10); every count below is multiplied by it.
SCALE = max(1, int(os.environ.get("RELIABILITY_SCALE", "1")))

SDK_LOGGERS = ("twelvelabs_sdk", "httpx", "httpcore")


# -- figures --------------------------------------------------------------------------

FIGURES: dict[str, dict[str, str]] = {}


def report(section: str, **figures: object) -> None:
    """Record figures for the summary printed at the end of the run."""
    FIGURES.setdefault(section, {}).update(
        {name.replace("_", " "): _show(value) for name, value in figures.items()}
    )


def _show(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 100 else f"{value:.1f}"
    return str(value)


# -- logs -----------------------------------------------------------------------------


def caller() -> str:
    """The asyncio task's name inside a loop, else the thread's name."""
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    return task.get_name() if task is not None else threading.current_thread().name


class LogCapture(logging.Handler):
    """Counts every record, keeps the SDK's retry records per caller, and remembers
    any formatted line that contains one of `secrets`."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self._secrets = secrets
        self._lock = threading.Lock()
        self._retries: dict[str, list[logging.LogRecord]] = defaultdict(list)
        self.lines_by_logger: dict[str, int] = defaultdict(int)
        self.leaks: list[str] = []
        self.not_retried: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = self.format(record)
        who = caller()
        with self._lock:
            self.lines_by_logger[record.name.split(".")[0]] += 1
            if any(secret in text for secret in self._secrets):
                self.leaks.append(text)
            if record.name == "twelvelabs_sdk" and record.levelno == logging.INFO:
                if ": retrying in " in str(record.msg):
                    self._retries[who].append(record)
                elif "not retried" in str(record.msg):
                    self.not_retried.append(record.getMessage())

    def take_retry_delays(self) -> list[float]:
        """The delays of the retries the current caller logged since it last asked."""
        with self._lock:
            records = self._retries.pop(caller(), [])
        return [float(r.args[1]) for r in records]


@contextmanager
def capture_logs(level: int = logging.DEBUG, secrets: tuple[str, ...] = ()) -> Iterator[LogCapture]:
    """Capture the SDK's, httpx's and httpcore's logs at `level`; nothing reaches the root."""
    handler = LogCapture(secrets)
    saved = []
    for name in SDK_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.level, logger.propagate))
        logger.setLevel(level)
        logger.propagate = False
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger, old_level, old_propagate in saved:
            logger.removeHandler(handler)
            logger.setLevel(old_level)
            logger.propagate = old_propagate


# -- the process ----------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def settle() -> None:
    gc.collect()
    gc.collect()


def wait_until(check: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll `check` until it holds or `timeout` passes; its last answer."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return check()
        time.sleep(0.01)
    return True


def pool_connections(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The httpcore connections of the client's default transport (private, read only)."""
    return list(http._transport._pool.connections)


def busy_connections(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """Connections that are neither idle nor closed: a request still holds them."""
    return [c for c in pool_connections(http) if not (c.is_idle() or c.is_closed())]
