"""Indexing tasks: upload by file or URL, the status lifecycle, failures, the resulting video."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator

import httpx
import pytest
from fake_helpers import create_index, multipart, upload, wait_ready

from twelvelabs_sdk.testing import FakeTwelveLabs


def test_each_retrieve_moves_the_task_one_status_on(api: httpx.Client) -> None:
    task = upload(api, create_index(api))
    assert task["status"] == "validating"

    seen = [api.get(f"/tasks/{task['_id']}").json()["status"] for _ in range(4)]

    assert seen == ["pending", "indexing", "ready", "ready"]


@pytest.mark.twelvelabs_fake(task_polls_per_status=2)
def test_polls_per_status_is_configurable(api: httpx.Client) -> None:
    task = upload(api, create_index(api))

    seen = [api.get(f"/tasks/{task['_id']}").json()["status"] for _ in range(6)]

    assert seen == ["validating", "pending", "pending", "indexing", "indexing", "ready"]


@pytest.mark.twelvelabs_fake(task_polls_per_status=0)
def test_zero_polls_makes_tasks_ready_at_once(api: httpx.Client) -> None:
    task = upload(api, create_index(api))

    assert task["status"] == "ready"


@pytest.mark.twelvelabs_fake(task_seconds_per_status=0.05)
def test_tasks_can_advance_with_time_instead_of_polls(api: httpx.Client) -> None:
    index_id = create_index(api)
    task = upload(api, index_id)
    assert api.get(f"/tasks/{task['_id']}").json()["status"] == "validating"

    time.sleep(0.2)

    # Time alone made it ready: the video shows without another poll.
    videos = api.get(f"/indexes/{index_id}/videos").json()["data"]
    assert [v["_id"] for v in videos] == [task["video_id"]]
    assert api.get(f"/tasks/{task['_id']}").json()["status"] == "ready"


def test_ready_task_puts_the_video_in_its_index(api: httpx.Client) -> None:
    index_id = create_index(api)
    content = b"\x01\x02" * 500_000
    task = upload(
        api,
        index_id,
        "Cooking Show.mp4",
        content,
        user_metadata=json.dumps({"category": "food", "season": 2}),
    )
    assert api.get(f"/indexes/{index_id}/videos").json()["data"] == []

    done = wait_ready(api, task["_id"])

    video = api.get(f"/indexes/{index_id}/videos/{done['video_id']}").json()
    assert video["video_title"] == "Cooking Show"
    assert video["system_metadata"]["filename"] == "Cooking Show.mp4"
    assert video["system_metadata"]["size"] == len(content)
    assert video["system_metadata"]["duration"] == done["system_metadata"]["duration"] == 38.0
    assert video["user_metadata"] == {"category": "food", "season": 2}
    assert api.get(f"/indexes/{index_id}").json()["video_count"] == 1


def test_video_url_uploads_take_the_filename_from_the_url(api: httpx.Client) -> None:
    index_id = create_index(api)
    response = api.post(
        "/tasks",
        files=multipart(
            {"index_id": index_id, "video_url": "https://cdn.example.com/clips/Red%20Fox.mp4?sig=1"}
        ),
    )
    assert response.status_code == 201

    done = wait_ready(api, response.json()["_id"])

    video = api.get(f"/indexes/{index_id}/videos/{done['video_id']}").json()
    assert video["system_metadata"]["filename"] == "Red Fox.mp4"
    assert video["video_title"] == "Red Fox"


def test_enable_video_stream_false_leaves_out_hls(api: httpx.Client) -> None:
    index_id = create_index(api)
    task = upload(api, index_id, enable_video_stream="false")

    done = wait_ready(api, task["_id"])

    video = api.get(f"/indexes/{index_id}/videos/{done['video_id']}").json()
    assert "hls" not in video


def test_fail_next_task_ends_failed_without_a_video(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(api)
    fake.fail_next_task()

    failed = upload(api, index_id, "first.mp4")
    fine = upload(api, index_id, "second.mp4")

    assert [api.get(f"/tasks/{failed['_id']}").json()["status"] for _ in range(3)] == [
        "pending",
        "indexing",
        "failed",
    ]
    assert wait_ready(api, fine["_id"])["status"] == "ready"
    videos = api.get(f"/indexes/{index_id}/videos").json()["data"]
    assert [v["system_metadata"]["filename"] for v in videos] == ["second.mp4"]


def test_fail_tasks_by_filename_pattern(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = create_index(api)
    fake.fail_tasks(filename="broken-*.mp4")

    bad = upload(api, index_id, "broken-1.mp4")
    good = upload(api, index_id, "fine.mp4")

    assert wait_ready(api, bad["_id"])["status"] == "failed"
    assert wait_ready(api, good["_id"])["status"] == "ready"


def test_list_filters_by_index_and_status(api: httpx.Client) -> None:
    first, second = create_index(api, "first"), create_index(api, "second")
    ready = upload(api, first)
    wait_ready(api, ready["_id"])
    pending = upload(api, first)
    other = upload(api, second)

    by_index = api.get("/tasks", params={"index_id": first}).json()
    by_status = api.get("/tasks", params={"status": "ready"}).json()
    everything = api.get("/tasks", params={"page_limit": 2}).json()

    assert {t["_id"] for t in by_index["data"]} == {ready["_id"], pending["_id"]}
    assert [t["_id"] for t in by_status["data"]] == [ready["_id"]]
    assert [t["_id"] for t in everything["data"]] == [other["_id"], pending["_id"]]
    assert everything["page_info"]["total_results"] == 3


def test_delete_removes_the_task(api: httpx.Client) -> None:
    task = upload(api, create_index(api))

    assert api.delete(f"/tasks/{task['_id']}").status_code == 204

    missing = api.get(f"/tasks/{task['_id']}")
    assert missing.status_code == 404
    assert missing.json()["code"] == "task_not_found"


def test_task_for_unknown_index_is_404(api: httpx.Client) -> None:
    response = api.post(
        "/tasks",
        files=multipart({"index_id": "0123456789abcdef01234567"}, {"video_file": ("a.mp4", b"x")}),
    )

    assert response.status_code == 404
    assert response.json()["code"] == "index_not_found"


@pytest.mark.parametrize(
    ("fields", "files", "code", "named"),
    [
        ({}, {}, "parameter_not_provided", "video_url"),
        (
            {"video_url": "https://x/a.mp4"},
            {"video_file": ("a.mp4", b"x")},
            "parameter_invalid",
            "video_file",
        ),
        (
            {"user_metadata": "{not json"},
            {"video_file": ("a.mp4", b"x")},
            "parameter_invalid",
            "user_metadata",
        ),
        (
            {"user_metadata": "[1, 2]"},
            {"video_file": ("a.mp4", b"x")},
            "parameter_invalid",
            "user_metadata",
        ),
    ],
)
def test_task_refuses_bad_sources_and_metadata(
    api: httpx.Client,
    fields: dict[str, str],
    files: dict[str, tuple[str, bytes]],
    code: str,
    named: str,
) -> None:
    index_id = create_index(api)

    response = api.post("/tasks", files=multipart({"index_id": index_id, **fields}, files))

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert named in response.json()["message"]


def test_uploads_are_recorded_with_size_and_sha256(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    content = bytes(range(256)) * 4000
    index_id = create_index(api)
    upload(api, index_id, "data.mp4", content)

    (record,) = [r for r in fake.requests if r.operation_id == "createTask"]

    (uploaded,) = record.uploads
    assert (uploaded.field, uploaded.filename) == ("video_file", "data.mp4")
    assert uploaded.size == len(content)
    assert uploaded.sha256 == hashlib.sha256(content).hexdigest()
    assert record.body_size > len(content)
    assert record.form == {"index_id": [index_id]}
    assert "x-api-key" not in record.headers
    assert fake.creations["tasks"] == 1


def test_a_chunked_streamed_upload_is_accepted(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = create_index(api)
    boundary = "fakeboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="index_id"\r\n\r\n{index_id}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="video_file"; filename="big.mp4"\r\n'
        "Content-Type: video/mp4\r\n\r\n"
    ).encode()
    chunk = b"\xab" * 65536

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(32):
            yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    response = api.post(
        "/tasks",
        content=body(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )

    assert response.status_code == 201, response.text
    (uploaded,) = fake.requests[-1].uploads
    assert uploaded.size == 32 * 65536
    assert uploaded.sha256 == hashlib.sha256(chunk * 32).hexdigest()


def test_text_fields_may_come_as_file_parts(api: httpx.Client) -> None:
    index_id = create_index(api)

    response = api.post(
        "/tasks",
        files={
            "index_id": ("index_id.txt", index_id.encode()),
            "user_metadata": ("meta.json", b'{"lang": "en"}'),
            "video_file": ("talk.mp4", b"\x00" * 100),
        },
    )

    assert response.status_code == 201, response.text
    done = wait_ready(api, response.json()["_id"])
    video = api.get(f"/indexes/{index_id}/videos/{done['video_id']}").json()
    assert video["user_metadata"] == {"lang": "en"}
