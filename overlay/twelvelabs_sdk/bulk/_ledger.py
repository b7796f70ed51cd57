"""The durable ledger of a bulk run: one SQLite file (WAL), one row per item.

A row is written when the item's first create is about to be sent; items
not yet attempted are only in the manifest. States: pending (refused, nothing
created: a quota stop), uploading (a create was sent and its
answer not yet recorded: in doubt after a crash), created (task id), ready
(video id), failed (the API's code and message; `retryable` for failures a
rerun should try again). A row moves to `uploading` (committed) before its
create is sent and to `created` right after the answer, so a process killed at
any point leaves each item either provably not created, provably created, or
marked as in doubt, to be looked up before anything is re-sent.

WAL with `synchronous=NORMAL` survives the process being killed (the OS keeps
what was written); only a power cut can lose the last commits.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .._errors import InvalidParameterError
from ._items import BulkItem

__all__ = ["Ledger", "LedgerRow"]

PENDING, UPLOADING, CREATED, READY, FAILED = "pending", "uploading", "created", "ready", "failed"
STATES = (PENDING, UPLOADING, CREATED, READY, FAILED)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
    key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    state TEXT NOT NULL,
    task_id TEXT,
    video_id TEXT,
    code TEXT,
    message TEXT,
    retryable INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at REAL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS items_state ON items (state);
"""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One item as the ledger knows it."""

    key: str
    source: str
    state: str
    task_id: str | None
    video_id: str | None
    code: str | None
    message: str | None
    retryable: bool
    attempts: int
    sent_at: float | None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "state": self.state}
        for name in ("task_id", "video_id", "code", "message"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


class Ledger:
    """The ledger file of one bulk run into one index.

    A ledger remembers the index it was made for and refuses another, so a
    rerun cannot mix two libraries. `write_seconds` adds up the time spent in
    writes (for the run's report).
    """

    def __init__(self, path: str | os.PathLike[str], index_id: str) -> None:
        self.path: str = os.fspath(path)
        self.write_seconds: float = 0.0
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise InvalidParameterError(
                "ledger", f"a writable SQLite file path ({exc})", self.path
            ) from None
        found = self._db.execute("SELECT value FROM meta WHERE name='index_id'").fetchone()
        if found is None:
            self._write("INSERT INTO meta VALUES ('index_id', ?)", (index_id,))
        elif found[0] != index_id:
            self._db.close()
            raise InvalidParameterError(
                "ledger", f"a ledger of index {found[0]} (this run is for {index_id})", self.path
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- reads -------------------------------------------------------------
    def get(self, key: str) -> LedgerRow | None:
        row = self._db.execute("SELECT * FROM items WHERE key=?", (key,)).fetchone()
        return None if row is None else _row(row)

    def counts(self) -> dict[str, int]:
        """How many items are in each state."""
        found = dict(self._db.execute("SELECT state, count(*) FROM items GROUP BY state"))
        return {state: int(found.get(state, 0)) for state in STATES}

    def rows(self, state: str | None = None) -> Iterator[LedgerRow]:
        """Every row (of one state), streamed from the file in key order."""
        if state is None:
            cursor = self._db.execute("SELECT * FROM items ORDER BY key")
        else:
            cursor = self._db.execute("SELECT * FROM items WHERE state=? ORDER BY key", (state,))
        for row in cursor:
            yield _row(row)

    def iter_jsonl(self) -> Iterator[str]:
        """One JSON line per item: key, state, and task/video id or failure code."""
        for row in self.rows():
            yield json.dumps(row.as_json())

    # -- transitions -------------------------------------------------------
    def sending(self, item: BulkItem, sent_at: float) -> None:
        """About to send a create (committed before it leaves); adds the row if new."""
        source = str(item.video_file if item.video_file is not None else item.video_url)
        self._write(
            "INSERT INTO items (key, source, state, attempts, sent_at, updated_at) "
            "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "state=excluded.state, attempts=attempts+1, sent_at=excluded.sent_at, "
            "updated_at=excluded.updated_at",
            (item.key, source, UPLOADING, sent_at, time.time()),
        )

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Several writes in one transaction (one commit), e.g. a page of ready tasks."""
        self._write("BEGIN", ())
        try:
            yield
        finally:
            self._write("COMMIT", ())

    def created(self, key: str, task_id: str) -> None:
        self._set(key, CREATED, task_id=task_id)

    def ready(self, key: str, video_id: str | None) -> None:
        self._set(key, READY, video_id=video_id)

    def failed(self, key: str, code: str, message: str, *, retryable: bool) -> None:
        self._set(key, FAILED, code=code, message=message, retryable=int(retryable))

    def pending(self, key: str) -> None:
        """Back to pending: nothing was created (a refusal, a quota stop)."""
        self._set(key, PENDING)

    def _set(self, key: str, state: str, **fields: Any) -> None:
        names = ["state", *fields, "updated_at"]
        values = [state, *fields.values(), time.time(), key]
        sets = ", ".join(f"{name}=?" for name in names)
        self._write(f"UPDATE items SET {sets} WHERE key=?", values)

    def _write(self, sql: str, params: Any) -> None:
        started = time.perf_counter()
        try:
            self._db.execute(sql, params)
        finally:
            self.write_seconds += time.perf_counter() - started


def _row(row: tuple[Any, ...]) -> LedgerRow:
    key, source, state, task_id, video_id, code, message, retryable, attempts, sent_at, _ = row
    return LedgerRow(
        key, source, state, task_id, video_id, code, message, bool(retryable), attempts, sent_at
    )
