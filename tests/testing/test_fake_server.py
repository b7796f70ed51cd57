"""FakeTwelveLabs as a server: start and stop, its URL and key, concurrency, reset."""

from __future__ import annotations

import hashlib
import re
import threading
from pathlib import Path

import httpx
import pytest

from twelvelabs_sdk.testing import FakeTwelveLabs


def test_context_manager_serves_then_frees_the_port() -> None:
    with FakeTwelveLabs() as fake:
        url = fake.url
        assert httpx.get(f"{url}/indexes", headers={"x-api-key": fake.api_key}).status_code == 200

    assert not fake.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/indexes")


def test_start_and_stop_are_explicit_and_idempotent() -> None:
    fake = FakeTwelveLabs()
    assert fake.start() is fake.start()
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1\.3", fake.url)
    finally:
        fake.stop()
        fake.stop()
    with pytest.raises(RuntimeError):
        _ = fake.url


def test_each_fake_has_its_own_key_which_repr_hides() -> None:
    with FakeTwelveLabs() as first, FakeTwelveLabs() as second:
        assert first.api_key != second.api_key
        assert first.api_key.startswith("tlk_fake_")
        assert first.api_key not in repr(first)
        assert first.port != second.port


def test_concurrent_requests_are_served_and_counted(fake: FakeTwelveLabs) -> None:
    index_id = fake.create_index("busy")
    errors: list[BaseException] = []

    def add_videos() -> None:
        try:
            with httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key}) as client:
                for _ in range(5):
                    response = client.post(
                        "/tasks",
                        files={"index_id": (None, index_id), "video_file": ("a.mp4", b"abc")},
                    )
                    assert response.status_code == 201
        except BaseException as exc:  # re-raised below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=add_videos) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert fake.request_count("POST", "/tasks") == 30
    assert fake.request_count(path="/v1.3/tasks") == 30
    assert fake.creations["tasks"] == 30
    assert len({r.body_sha256 for r in fake.requests}) == 30  # each body has its own boundary


def test_reset_forgets_state_requests_and_faults(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    index_id = fake.create_index("old")
    fake.inject("GET", "/indexes", status=500, times=None)
    assert api.get("/indexes").status_code == 500

    fake.reset()

    assert fake.requests == []
    assert fake.faults == []
    assert fake.fault_hits == 0
    assert fake.creations == {"indexes": 0, "tasks": 0, "embedding_tasks": 0}
    assert api.get("/indexes").json()["data"] == []
    assert api.get(f"/indexes/{index_id}").status_code == 404


def test_request_log_keeps_headers_without_the_key(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    api.get("/indexes", params={"page": 1}, headers={"x-trace": "abc"})

    (record,) = fake.requests
    assert (record.method, record.path, record.route) == ("GET", "/indexes", "/indexes")
    assert record.operation_id == "listIndexes"
    assert record.query == {"page": ["1"]}
    assert record.headers["x-trace"] == "abc"
    assert "x-api-key" not in record.headers
    assert fake.api_key not in repr(record)
    assert record.status == 200


def test_request_log_hashes_the_body_as_sent(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    response = api.post("/indexes", json={"index_name": "x", "models": []})

    (record,) = fake.requests
    sent = response.request.content
    assert record.body_size == len(sent)
    assert record.body_sha256 == hashlib.sha256(sent).hexdigest()
    assert record.json == {"index_name": "x", "models": []}


def test_every_answer_has_a_request_id(api: httpx.Client) -> None:
    first, second = api.get("/indexes"), api.get("/indexes/unknown")

    assert re.fullmatch(r"[0-9a-f]{24}", first.headers["x-request-id"])
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


def test_the_spec_location_can_be_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    from twelvelabs_sdk.testing._spec import SPEC_ENV_VAR, find_spec_path

    spec = Path(__file__).resolve().parents[2] / "openapi.yaml"
    monkeypatch.setenv(SPEC_ENV_VAR, str(spec))
    assert find_spec_path() == spec

    monkeypatch.setenv(SPEC_ENV_VAR, str(spec.with_name("missing.yaml")))
    with pytest.raises(FileNotFoundError, match=r"missing\.yaml"):
        find_spec_path()
