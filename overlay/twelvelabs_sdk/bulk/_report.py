"""What a bulk run reports: progress as it goes, and a report at the end."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

__all__ = ["BulkFailure", "BulkProgress", "BulkReport"]


@dataclass(frozen=True, slots=True)
class BulkFailure:
    """One item that failed: its key, the API's error `code` and `message`, and
    whether a rerun will try it again (`retryable`)."""

    key: str
    code: str
    message: str
    retryable: bool = False


@dataclass(frozen=True, slots=True)
class BulkProgress:
    """A snapshot passed to `on_progress` as the run goes.

    `done` counts items finished (indexed, or accepted when not waiting, or
    failed), `failed` those of them that failed, `in_flight` items being
    uploaded or awaited. `total` is known when the items have a length (else
    None), and then `eta` (seconds) too. `throughput` is items done per second.
    """

    done: int
    failed: int
    in_flight: int
    total: int | None
    elapsed: float
    throughput: float
    eta: float | None


@dataclass(slots=True)
class BulkReport:
    """The outcome of `client.bulk.index(...)`.

    Counts: `ready` (indexed; `already_done` of them were ready in the ledger
    before this run), `created` (accepted, not awaited or not ready in time),
    `failed`, `pending` (not finished: the run stopped early; a rerun with the
    same ledger continues). `failures` lists each failure with its code;
    `stopped` is the code that stopped the run (`usage_limit_exceeded`, a bad
    key...) or None. `ok` is True when every item was indexed (or accepted,
    when not waiting).
    """

    index_id: str
    total: int = 0
    ready: int = 0
    created: int = 0
    failed: int = 0
    pending: int = 0
    already_done: int = 0
    adopted: int = 0
    failures: list[BulkFailure] = field(default_factory=list)
    stopped: str | None = None
    stopped_message: str | None = None
    waited: bool = True
    elapsed: float = 0.0
    ledger_seconds: float = 0.0
    ledger_path: str | None = None

    @property
    def ok(self) -> bool:
        if self.failed or self.pending or self.stopped:
            return False
        return not self.created if self.waited else True

    def summary(self) -> dict[str, object]:
        """The counts, as a JSON-ready dict."""
        out = asdict(self)
        out.pop("failures")
        out["ok"] = self.ok
        return out

    def to_jsonl(self) -> Iterator[str]:
        """JSON lines: one per failure (`{"type": "failure", ...}`), then the summary."""
        for failure in self.failures:
            yield json.dumps({"type": "failure", **asdict(failure)})
        yield json.dumps({"type": "summary", **self.summary()})
