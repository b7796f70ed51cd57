"""How the command line shows things: JSON for scripts, tables for people."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from ..bulk import BulkProgress, BulkReport


def to_json(obj: Any) -> Any:
    """A JSON-ready form of a generated model (its `to_dict`), or the value itself."""
    to_dict = getattr(obj, "to_dict", None)
    return to_dict() if callable(to_dict) else obj


def print_json_lines(objs: Iterable[Any]) -> None:
    for obj in objs:
        sys.stdout.write(json.dumps(to_json(obj), default=str) + "\n")


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    count = 0
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
        count += 1
    Console().print(table if count else f"{title}: none")


def print_report(report: BulkReport) -> None:
    console = Console()
    table = Table(title="Upload report")
    table.add_column("outcome")
    table.add_column("items", justify="right")
    for name in ("ready", "created", "failed", "pending"):
        table.add_row(name, str(getattr(report, name)))
    table.add_row("total", str(report.total))
    console.print(table)
    if report.failures:
        failures = Table(title="Failures")
        for column in ("item", "code", "message", "rerun retries"):
            failures.add_column(column)
        for failure in report.failures:
            failures.add_row(
                failure.key, failure.code, failure.message, "yes" if failure.retryable else "no"
            )
        console.print(failures)
    if report.stopped:
        console.print(f"stopped early: {report.stopped}: {report.stopped_message}")
    if report.ledger_path:
        console.print(f"ledger: {report.ledger_path} (rerun the same command to resume)")


class PlainProgress:
    """One progress line on stderr at most every `every` seconds (not a terminal)."""

    def __init__(self, every: float = 2.0) -> None:
        self._every = every
        self._last = 0.0

    def __call__(self, p: BulkProgress) -> None:
        now = time.monotonic()
        finished = p.total is not None and p.done >= p.total and not p.in_flight
        if now - self._last < self._every and not finished:
            return
        self._last = now
        total = "?" if p.total is None else str(p.total)
        eta = "" if p.eta is None else f", eta {p.eta:.0f}s"
        sys.stderr.write(
            f"progress: {p.done}/{total} done, {p.failed} failed, {p.in_flight} in flight, "
            f"{p.throughput:.2f}/s{eta}\n"
        )
        sys.stderr.flush()
