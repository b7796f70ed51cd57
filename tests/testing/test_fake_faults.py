"""Injected faults: statuses with Retry-After, HTML pages, drops, cut streams, delays."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from fake_helpers import create_index, multipart

from twelvelabs_sdk.testing import FakeTwelveLabs, Fault


def create_task(api: httpx.Client, index_id: str) -> httpx.Response:
    return api.post(
        "/tasks", files=multipart({"index_id": index_id}, {"video_file": ("a.mp4", b"abc")})
    )


def test_status_fault_with_retry_after_hits_the_next_n_requests(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(api)
    fault = fake.inject("POST", "/tasks", status=503, retry_after=2, times=3)

    answers = [create_task(api, index_id) for _ in range(4)]

    assert [r.status_code for r in answers] == [503, 503, 503, 201]
    assert answers[0].headers["retry-after"] == "2"
    assert answers[0].json() == {
        "code": "service_unavailable",
        "message": "Injected fault: HTTP 503.",
    }
    assert fault.hits == 3
    assert fault.exhausted
    assert fake.fault_hits == 3
    assert fake.request_count("POST", "/tasks") == 4
    assert fake.creations["tasks"] == 1
    assert [r.fault for r in fake.requests[-4:]] == ["status", "status", "status", None]


def test_faults_match_templates_globs_and_any_method(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    by_template = fake.inject("GET", "/indexes/{index_id}", status=500)
    by_glob = fake.inject(path="/tasks/*", status=429)

    assert api.get("/indexes/abc").status_code == 500
    assert api.delete("/tasks/abc").status_code == 429
    assert api.get("/indexes").status_code == 200
    assert (by_template.hits, by_glob.hits) == (1, 1)


def test_a_global_fault_hits_any_route_until_cleared(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    fake.inject(status=500, times=None)

    assert api.get("/indexes").status_code == 500
    assert api.post("/gist", json={}).status_code == 500
    fake.clear_faults()
    assert api.get("/indexes").status_code == 200


def test_html_fault_sends_a_proxy_page(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    fake.inject("GET", "/indexes", html=True)

    response = api.get("/indexes")

    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")
    assert "Bad Gateway" in response.text


def test_custom_body_and_headers(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    fake.inject(
        "GET",
        "/indexes",
        status=429,
        body='{"code": "too_many_requests", "message": "Slow down"}',
        headers={"x-ratelimit-remaining": "0"},
    )

    response = api.get("/indexes")

    assert response.json()["message"] == "Slow down"
    assert response.headers["x-ratelimit-remaining"] == "0"


def test_dropped_connection_is_a_transport_error(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    fake.inject("GET", "/indexes", drop=True)

    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/indexes")

    assert api.get("/indexes").status_code == 200
    dropped = fake.requests[0]
    assert (dropped.fault, dropped.status) == ("drop", None)
    assert fake.request_count("GET", "/indexes") == 2


def test_dropped_upload_still_records_what_was_sent(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(api)
    fake.inject("POST", "/tasks", drop=True)

    with pytest.raises(httpx.TransportError):
        create_task(api, index_id)
    assert create_task(api, index_id).status_code == 201

    first, second = (r for r in fake.requests if r.route == "/tasks")
    assert first.uploads[0].sha256 == second.uploads[0].sha256


def test_delay_holds_the_answer(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    fake.inject("GET", "/indexes", delay=0.3)

    started = time.monotonic()
    response = api.get("/indexes")

    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_delay_beyond_the_client_timeout_is_a_read_timeout(fake: FakeTwelveLabs) -> None:
    fake.inject("GET", "/indexes", delay=1.0)

    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{fake.url}/indexes", headers={"x-api-key": fake.api_key}, timeout=0.2)


@pytest.fixture
def video_id(fake: FakeTwelveLabs) -> str:
    return fake.add_video(fake.create_index("library"), "boats.mp4")


def test_truncated_stream_ends_without_stream_end(
    api: httpx.Client, fake: FakeTwelveLabs, video_id: str
) -> None:
    fake.inject("POST", "/analyze", truncate_after=3)

    with api.stream("POST", "/analyze", json={"video_id": video_id, "prompt": "Go"}) as response:
        events = [json.loads(line) for line in response.iter_lines()]

    assert response.status_code == 200
    assert len(events) == 3
    assert events[0]["event_type"] == "stream_start"
    assert all(e["event_type"] != "stream_end" for e in events)


def test_drop_mid_stream_breaks_the_read_after_some_lines(
    api: httpx.Client, fake: FakeTwelveLabs, video_id: str
) -> None:
    fake.inject("POST", "/analyze", drop_after=2)
    received: list[str] = []

    def read_everything() -> None:
        with api.stream("POST", "/analyze", json={"video_id": video_id, "prompt": "Go"}) as answer:
            received.extend(answer.iter_lines())

    with pytest.raises(httpx.RemoteProtocolError):
        read_everything()

    assert len(received) == 2
    assert json.loads(received[0])["event_type"] == "stream_start"


def test_probability_fires_on_a_seeded_share_of_requests() -> None:
    def pattern(seed: int) -> list[int]:
        with FakeTwelveLabs(seed=seed) as fake:
            fake.inject("GET", "/indexes", status=500, times=None, probability=0.5)
            with httpx.Client(base_url=fake.url, headers={"x-api-key": fake.api_key}) as client:
                return [client.get("/indexes").status_code for _ in range(12)]

    first = pattern(seed=7)

    assert first == pattern(seed=7)
    assert 0 < first.count(500) < 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "POST /tasks:503:retry_after=2:times=3",
            Fault(method="POST", path="/tasks", status=503, retry_after="2", times=3),
        ),
        ("GET /tasks/*:drop", Fault(method="GET", path="/tasks/*", drop=True)),
        ("*:502:html:probability=0.25:times=none", Fault(html=True, probability=0.25, times=None)),
        ("POST /analyze:truncate_after=3", Fault(method="POST", path="/analyze", truncate_after=3)),
        ("/search:delay=1.5", Fault(path="/search", delay=1.5)),
        (
            "GET:429:retry_after=Wed, 21 Oct 2015 07:28:00 GMT",
            Fault(method="GET", status=429, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"),
        ),
    ],
)
def test_fault_parse_reads_the_command_line_form(text: str, expected: Fault) -> None:
    parsed = Fault.parse(text)

    assert vars(parsed) == vars(expected)


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"status": 99}, {"status": 500, "probability": 2.0}, {"status": 500, "times": -1}],
)
def test_a_fault_that_makes_no_sense_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 (the message varies by problem)
        Fault(**kwargs)  # type: ignore[arg-type]


def test_parse_refuses_unknown_fields() -> None:
    with pytest.raises(ValueError, match="colour"):
        Fault.parse("GET /indexes:500:colour=red")
