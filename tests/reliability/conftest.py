"""The reliability suite: every test here is marked `reliability`; their figures are
printed in a table at the end of the run and written to a Markdown file
(`.pytest_cache/d/reliability/last-run.md`, or the temp dir without a cache)."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _reliability import FIGURES, SCALE, wait_until

_HERE = Path(__file__).parent
_started = time.monotonic()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.reliability)


# Sections in the order a reader meets them, whatever order the tests ran in.
_ORDER = ("fault mix", "waiting", "streams", "uploads", "bad input", "secrets", "resources")


def _rank(section: str) -> int:
    return next((n for n, prefix in enumerate(_ORDER) if section.startswith(prefix)), len(_ORDER))


@pytest.fixture(autouse=True)
def _no_server_thread_left_behind() -> Iterator[None]:
    """Let the local servers' threads a test disturbed (a delayed answer still
    sleeping, a dropped connection's handler) finish before the next test, so that
    no test here leaves work running into the rest of the suite."""
    before = threading.active_count()
    yield
    wait_until(lambda: threading.active_count() <= before, timeout=10)


def _table() -> list[str]:
    lines = [
        f"Reliability figures (RELIABILITY_SCALE={SCALE}, "
        f"{time.monotonic() - _started:.1f}s since the suite was loaded)",
        "",
        "| area | figure | value |",
        "|---|---|---|",
    ]
    for section, figures in sorted(FIGURES.items(), key=lambda item: _rank(item[0])):
        for n, (name, value) in enumerate(figures.items()):
            lines.append(f"| {section if n == 0 else ''} | {name} | {value} |")
    return lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    lines = _table()
    terminalreporter.write_sep("=", "reliability figures")
    for line in lines:
        terminalreporter.write_line(line)
    config = terminalreporter.config
    cache = getattr(config, "cache", None)
    folder = cache.mkdir("reliability") if cache is not None else Path(tempfile.gettempdir())
    path = Path(folder) / "last-run.md"
    path.write_text("\n".join(lines) + "\n")
    terminalreporter.write_line(f"(also written to {path})")
