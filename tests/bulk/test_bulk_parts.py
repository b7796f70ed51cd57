"""The pure parts of bulk indexing: the rate-limit arithmetic, failure
classification, the ledger's states, and item parsing."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from twelvelabs_sdk import APIConnectionError, APITimeoutError, InvalidParameterError
from twelvelabs_sdk._errors import status_error
from twelvelabs_sdk.bulk import BulkItem, FailureKind, Ledger, SlotClock, classify, read_manifest


def test_slot_clock_never_allows_more_than_rpm_in_any_window() -> None:
    clock = SlotClock(600)
    now, sends = 0.0, []
    for _ in range(500):  # workers asking as fast as they can
        now += clock.reserve(now)
        sends.append(now)
    worst = max(sum(1 for t in sends if s <= t < s + 10.0) for s in sends)
    assert worst <= 100
    assert worst >= 90  # uses the allowance, 5% headroom


def test_slot_clock_pause_holds_every_later_slot() -> None:
    clock = SlotClock(None)
    assert clock.reserve(10.0) == 0.0
    clock.pause(10.0, 2.5)
    assert clock.reserve(10.5) == pytest.approx(2.0)
    assert clock.reserve(13.0) == 0.0


def _error(status: int, code: str | None = None) -> BaseException:
    body = {"code": code, "message": "m"} if code else {"message": "m"}
    request = httpx.Request("POST", "https://api.example/v1.3/tasks")
    return status_error(httpx.Response(status, json=body, request=request))


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (_error(400, "video_file_broken"), FailureKind.PERMANENT),
        (_error(400, "video_duration_too_short"), FailureKind.PERMANENT),
        (_error(422, "parameter_invalid"), FailureKind.PERMANENT),
        (_error(429, "usage_limit_exceeded"), FailureKind.QUOTA),
        (_error(400, "usage_limit_exceeded"), FailureKind.QUOTA),
        (_error(429, "too_many_requests"), FailureKind.RATE_LIMITED),
        (_error(429), FailureKind.RATE_LIMITED),
        (_error(400, "parameter_invalid"), FailureKind.PERMANENT),
        (_error(403, "api_not_allowed"), FailureKind.FATAL),
        (_error(504, "request_canceled_or_timed_out"), FailureKind.IN_DOUBT),
        (_error(401, "api_key_invalid"), FailureKind.FATAL),
        (_error(404, "index_not_found"), FailureKind.FATAL),
        (_error(500), FailureKind.IN_DOUBT),
        (_error(503, "service_unavailable"), FailureKind.IN_DOUBT),
        (InvalidParameterError("video_file", "a file"), FailureKind.PERMANENT),
    ],
)
def test_classify_status_errors_by_code_and_status(error: BaseException, kind: FailureKind) -> None:
    assert classify(error) is kind


def test_classify_network_errors_by_whether_the_request_left() -> None:
    request = httpx.Request("POST", "https://api.example/v1.3/tasks")
    refused = APIConnectionError(request)
    refused.__cause__ = httpx.ConnectError("refused")
    assert classify(refused) is FailureKind.TRANSIENT
    read_timeout = APITimeoutError(request)
    read_timeout.__cause__ = httpx.ReadTimeout("slow")
    assert classify(read_timeout) is FailureKind.IN_DOUBT
    cut = APIConnectionError(request)
    cut.__cause__ = httpx.RemoteProtocolError("cut")
    assert classify(cut) is FailureKind.IN_DOUBT


def test_ledger_records_states_durably_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "l.sqlite"
    item = BulkItem(key="a", video_url="https://example.com/a.mp4")
    with Ledger(path, "idx") as ledger:
        assert ledger.get("a") is None
        ledger.sending(item, 123.0)
        assert ledger.get("a").state == "uploading"  # type: ignore[union-attr]
        ledger.created("a", "task1")
        with ledger.batch():
            ledger.ready("a", "video1")
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Ledger(path, "idx") as ledger:
        row = ledger.get("a")
        assert row is not None
        assert (row.state, row.task_id, row.video_id, row.attempts) == (
            "ready",
            "task1",
            "video1",
            1,
        )
        assert ledger.counts()["ready"] == 1
        assert json.loads(next(ledger.iter_jsonl()))["video_id"] == "video1"


def test_ledger_refuses_another_index(tmp_path: Path) -> None:
    Ledger(tmp_path / "l", "idx").close()
    with pytest.raises(InvalidParameterError, match="ledger"):
        Ledger(tmp_path / "l", "other")


def test_items_from_paths_urls_and_records(tmp_path: Path) -> None:
    video = tmp_path / "My Clip.mp4"
    item = BulkItem(key="k", video_file=video)
    assert item.upload_name == f"My Clip.tl-{item.tag}.mp4"
    assert json.loads(item.metadata_json()) == {"twelvelabs_bulk_tag": item.tag}
    url = BulkItem(key="u", video_url="https://cdn.example/a/b%20c.mp4?x=1", user_metadata={"a": 1})
    assert url.upload_name == "b c.mp4"
    assert json.loads(url.metadata_json())["a"] == 1
    manifest = io.StringIO(
        '{"key": "a", "video_file": "a.mp4"}\n\n{"key": "b", "video_url": "https://x/b.mp4"}\n'
    )
    assert [i.key for i in read_manifest(manifest)] == ["a", "b"]
    with pytest.raises(InvalidParameterError, match="line 1"):
        list(read_manifest(io.StringIO("not json\n")))
    # Nested past the recursion limit: json.loads raises RecursionError, which
    # must not escape a manifest read.
    with pytest.raises(InvalidParameterError, match="line 2"):
        list(read_manifest(io.StringIO('{"key": "a", "video_file": "a.mp4"}\n' + "[" * 200_000)))
