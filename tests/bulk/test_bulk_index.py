"""client.bulk.index: every item indexed once, streamed, bounded, rate-limited,
resumable, with failures sorted by kind (sync and async clients)."""

from __future__ import annotations

import asyncio
import io
import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from twelvelabs_sdk import AsyncTwelveLabs, InvalidParameterError, TwelveLabs, TwelveLabsError
from twelvelabs_sdk.bulk import BulkItem, BulkProgress, BulkReport, Ledger
from twelvelabs_sdk.testing import FakeTwelveLabs

FAST = {"poll_interval": 0.05, "reconcile_grace": 0.1}


def run_index(
    which: str, client: TwelveLabs, aclient: AsyncTwelveLabs, items: Any, **kwargs: Any
) -> BulkReport:
    """client.bulk.index on the sync or the async client."""
    options = {**FAST, **kwargs}
    if which == "sync":
        return client.bulk.index(items, **options)

    async def go() -> BulkReport:
        async with aclient:
            return await aclient.bulk.index(items, **options)

    return asyncio.run(go())


@pytest.mark.parametrize("which", ["sync", "async"])
def test_index_uploads_every_item_once_and_waits_until_ready(
    which: str,
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    aclient: AsyncTwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    task_names: Callable[[], list[str]],
    tmp_path: Path,
) -> None:
    videos = make_videos(12)
    url_item = BulkItem(key="remote-1", video_url="https://example.com/a/remote.mp4")
    report = run_index(
        which,
        client,
        aclient,
        [*videos, url_item],
        index_id=index_id,
        concurrency=4,
        ledger=tmp_path / "run.ledger",
    )
    assert report.ok, report
    assert (report.total, report.ready, report.failed, report.pending) == (13, 13, 0, 0)
    assert fake.creations["tasks"] == 13
    names = task_names()
    assert len(names) == len(set(names)) == 13
    with Ledger(tmp_path / "run.ledger", index_id) as ledger:
        assert ledger.counts()["ready"] == 13
        assert all(row.video_id for row in ledger.rows())
    # Each upload carries its tag: in the filename and in user_metadata.
    videos_listed = client.videos.list(index_id, page_limit=50).to_list()
    tags = {v.user_metadata["twelvelabs_bulk_tag"] for v in videos_listed if v.user_metadata}
    assert tags == {BulkItem(key=str(p.resolve()), video_file=p).tag for p in videos} | {
        url_item.tag
    }


def test_rerun_with_the_same_ledger_sends_nothing_again(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    videos = make_videos(6)
    first = client.bulk.index(videos, index_id=index_id, ledger=tmp_path / "l", **FAST)
    assert first.ready == 6
    sent = fake.request_count("POST", "/tasks")
    again = client.bulk.index(videos, index_id=index_id, ledger=tmp_path / "l", **FAST)
    assert (again.ready, again.already_done) == (6, 6)
    assert fake.request_count("POST", "/tasks") == sent


def test_a_key_listed_twice_is_sent_once(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    videos = make_videos(3)
    report = client.bulk.index([*videos, videos[0], videos[1]], index_id=index_id, **FAST)
    assert (report.total, report.ready) == (3, 3)
    assert fake.creations["tasks"] == 3


def test_items_are_read_as_a_stream(
    fake: FakeTwelveLabs, client: TwelveLabs, index_id: str
) -> None:
    """The producer stays a bounded queue ahead of the uploads: a long manifest
    is never read whole into memory."""
    state = {"pulled": 0, "done": 0, "lead": 0}

    def manifest() -> Iterator[BulkItem]:
        for i in range(300):
            state["lead"] = max(state["lead"], state["pulled"] - state["done"])
            state["pulled"] += 1
            yield BulkItem(key=f"k{i}", video_url=f"https://example.com/v/{i}.mp4")

    def progress(p: BulkProgress) -> None:
        state["done"] = p.done

    report = client.bulk.index(
        manifest(), index_id=index_id, concurrency=4, wait=False, on_progress=progress, **FAST
    )
    assert report.created == 300
    # queue (2 * 4, at least 8) + 4 workers + the item in the producer's hand.
    assert state["lead"] <= 8 + 4 + 1


def test_at_most_concurrency_uploads_in_flight(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    """Each create is held 0.2 s by the server; a worker's next one arrives only
    after its answer, so creates received less than 0.2 s apart overlap."""
    fake.inject("POST", "/tasks", delay=0.2, times=None)
    report = client.bulk.index(
        make_videos(15), index_id=index_id, concurrency=3, wait=False, **FAST
    )
    assert report.created == 15
    times = sorted(r.received_at for r in fake.requests if r.operation_id == "createTask")
    overlap = max(sum(1 for t in times if start <= t < start + 0.19) for start in times)
    assert overlap == 3


def test_rpm_bounds_creates_in_every_window(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    """At rpm 1200 no 5-second window sees more than 100 creates (the server's
    receive times); the same bound as 100 per 10 s at rpm 600, in half the time."""
    report = client.bulk.index(
        make_videos(110), index_id=index_id, concurrency=16, rpm=1200, wait=False, **FAST
    )
    assert report.created == 110
    times = sorted(r.received_at for r in fake.requests if r.operation_id == "createTask")
    assert len(times) == 110
    worst = max(sum(1 for t in times if start <= t < start + 5.0) for start in times)
    assert worst <= 100


def test_a_429_pauses_every_worker(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    fake.inject("POST", "/tasks", status=429, retry_after=1, times=1)
    report = client.bulk.index(
        make_videos(10), index_id=index_id, concurrency=4, wait=False, **FAST
    )
    assert report.created == 10
    creates = [r for r in fake.requests if r.operation_id == "createTask"]
    limited = next(r.received_at for r in creates if r.status == 429)
    # Requests already on their way may land just after; none is sent during the pause.
    during = [r for r in creates if limited + 0.2 < r.received_at < limited + 0.9]
    assert during == []
    assert fake.creations["tasks"] == 10


def test_create_whose_answer_was_lost_is_found_not_resent(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    task_names: Callable[[], list[str]],
) -> None:
    # The task is created, then the connection drops before the answer.
    fake.inject("POST", "/tasks", drop_after=0, times=2)
    report = client.bulk.index(make_videos(5), index_id=index_id, concurrency=2, **FAST)
    assert report.ready == 5
    assert report.adopted == 2
    assert fake.creations["tasks"] == 5
    assert len(set(task_names())) == 5


def test_uploading_row_found_at_start_is_reconciled(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    """A run killed between sending a create and recording its answer leaves the
    row `uploading`; the next run finds the task instead of uploading again."""
    video = make_videos(1)[0]
    item = BulkItem(key="only", video_file=video)
    with Ledger(tmp_path / "l", index_id) as ledger:
        ledger.sending(item, time.time())
    body = io.BytesIO(video.read_bytes())
    body.name = item.upload_name
    client.tasks.create(index_id=index_id, video_file=body, user_metadata=item.metadata_json())
    report = client.bulk.index([item], index_id=index_id, ledger=tmp_path / "l", **FAST)
    assert (report.ready, report.adopted) == (1, 1)
    assert fake.creations["tasks"] == 1


def test_uploading_row_with_nothing_on_the_server_is_sent(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    item = BulkItem(key="only", video_file=make_videos(1)[0])
    with Ledger(tmp_path / "l", index_id) as ledger:
        ledger.sending(item, time.time())
    report = client.bulk.index([item], index_id=index_id, ledger=tmp_path / "l", **FAST)
    assert (report.ready, report.adopted) == (1, 0)
    assert fake.creations["tasks"] == 1


def test_permanent_failure_is_recorded_and_not_retried(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    broken = json.dumps({"code": "video_file_broken", "message": "The video is broken."})
    fake.inject("POST", "/tasks", status=400, body=broken, times=1)
    videos = make_videos(4)
    report = client.bulk.index(
        videos, index_id=index_id, concurrency=1, ledger=tmp_path / "l", **FAST
    )
    assert (report.ready, report.failed) == (3, 1)
    assert fake.request_count("POST", "/tasks") == 4
    (failure,) = report.failures
    assert (failure.code, failure.message, failure.retryable) == (
        "video_file_broken",
        "The video is broken.",
        False,
    )
    again = client.bulk.index(videos, index_id=index_id, ledger=tmp_path / "l", **FAST)
    assert (again.ready, again.failed) == (3, 1)
    assert fake.request_count("POST", "/tasks") == 4
    assert not again.ok


def test_transient_failures_are_retried(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    task_names: Callable[[], list[str]],
) -> None:
    fake.inject("POST", "/tasks", status=502, times=3)
    fake.inject("GET", "/tasks", status=500, times=2)
    report = client.bulk.index(make_videos(4), index_id=index_id, concurrency=1, **FAST)
    assert report.ok
    assert fake.creations["tasks"] == 4
    assert len(set(task_names())) == 4


@pytest.mark.parametrize("which", ["sync", "async"])
def test_usage_limit_stops_the_run_and_a_rerun_finishes(
    which: str,
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    aclient: AsyncTwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    quota = json.dumps({"code": "usage_limit_exceeded", "message": "Plan limit reached."})
    fake.inject("POST", "/tasks", status=429, body=quota, times=1)
    videos = make_videos(6)
    ledger = tmp_path / "l"
    report = run_index(
        which, client, aclient, videos, index_id=index_id, concurrency=1, ledger=ledger
    )
    assert report.stopped == "usage_limit_exceeded"
    assert report.stopped_message == "Plan limit reached."
    assert not report.ok
    assert fake.creations["tasks"] == 0
    assert fake.request_count("POST", "/tasks") == 1  # no retry, no next item
    second = client.bulk.index(videos, index_id=index_id, ledger=ledger, **FAST)
    assert second.ok
    assert second.ready == 6
    assert fake.creations["tasks"] == 6


def test_a_task_that_fails_indexing_is_a_permanent_failure(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    fake.fail_tasks(filename="clip0002*")
    report = client.bulk.index(make_videos(4), index_id=index_id, **FAST)
    assert (report.ready, report.failed) == (3, 1)
    assert report.failures[0].code == "task_failed"


def test_readiness_is_followed_by_listing_not_per_task_polls(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
) -> None:
    report = client.bulk.index(make_videos(20), index_id=index_id, concurrency=8, **FAST)
    assert report.ready == 20
    assert fake.request_count("GET", "/tasks/{task_id}") == 0
    lists = [r for r in fake.requests if r.operation_id == "listTasks"]
    assert lists
    assert all(r.query.get("status") in (["ready"], ["failed"]) for r in lists)
    assert all(r.query.get("index_id") == [index_id] for r in lists)


def test_report_as_json_lines_and_ledger_lines(
    fake: FakeTwelveLabs,
    client: TwelveLabs,
    index_id: str,
    make_videos: Callable[[int], list[Path]],
    tmp_path: Path,
) -> None:
    fake.fail_tasks(filename="clip0000*")
    progress: list[BulkProgress] = []
    report = client.bulk.index(
        make_videos(3),
        index_id=index_id,
        ledger=tmp_path / "l",
        on_progress=progress.append,
        **FAST,
    )
    lines = [json.loads(line) for line in report.to_jsonl()]
    assert [line["type"] for line in lines] == ["failure", "summary"]
    assert lines[0]["code"] == "task_failed"
    assert lines[1]["ready"] == 2
    assert lines[1]["ok"] is False
    last = progress[-1]
    assert (last.done, last.failed, last.in_flight, last.total) == (3, 1, 0, 3)
    assert last.eta == 0
    with Ledger(tmp_path / "l", index_id) as ledger:
        states = Counter(json.loads(line)["state"] for line in ledger.iter_jsonl())
    assert states == {"ready": 2, "failed": 1}


def test_bad_input_is_refused_before_any_request(
    fake: FakeTwelveLabs, client: TwelveLabs, index_id: str, tmp_path: Path
) -> None:
    with pytest.raises(InvalidParameterError) as info:
        client.bulk.index([], index_id=index_id, concurrency=0)
    assert info.value.param == "concurrency"
    with pytest.raises(InvalidParameterError) as info:
        client.bulk.index([], index_id=index_id, rpm=-1)
    assert info.value.param == "rpm"
    with pytest.raises(InvalidParameterError):
        BulkItem(key="x")
    with pytest.raises(InvalidParameterError) as info:
        client.bulk.index([{"key": "a", "video": "x.mp4"}], index_id=index_id, **FAST)
    assert info.value.param == "items"
    Ledger(tmp_path / "l", index_id).close()
    with pytest.raises(InvalidParameterError) as info:
        client.bulk.index([], index_id="other-index", ledger=tmp_path / "l")
    assert info.value.param == "ledger"
    assert fake.request_count() == 0


def test_missing_file_is_a_permanent_failure(
    fake: FakeTwelveLabs, client: TwelveLabs, index_id: str, tmp_path: Path
) -> None:
    report = client.bulk.index([tmp_path / "nope.mp4"], index_id=index_id, **FAST)
    assert report.failed == 1
    assert report.failures[0].code == "invalid_parameter"
    assert fake.request_count("POST", "/tasks") == 0


def test_sync_bulk_refuses_to_run_inside_an_event_loop(client: TwelveLabs, index_id: str) -> None:
    async def inside() -> None:
        client.bulk.index([], index_id=index_id)

    with pytest.raises(TwelveLabsError, match="AsyncTwelveLabs"):
        asyncio.run(inside())
