"""Analyze (JSON and NDJSON stream), gist and summarize on indexed videos."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from fake_conformance import SpecChecker

from twelvelabs_sdk.testing import FakeTwelveLabs

UNKNOWN = "0123456789abcdef01234567"


@pytest.fixture
def video_id(fake: FakeTwelveLabs) -> str:
    index_id = fake.create_index("library")
    return fake.add_video(index_id, "Harbor at dawn.mp4")


def read_stream(api: httpx.Client, body: dict[str, Any]) -> tuple[httpx.Response, list[str]]:
    with api.stream("POST", "/analyze", json=body) as response:
        return response, list(response.iter_lines())


def test_analyze_with_stream_false_answers_json(api: httpx.Client, video_id: str) -> None:
    response = api.post(
        "/analyze", json={"video_id": video_id, "prompt": "Describe the boats", "stream": False}
    )

    result = response.json()
    assert response.headers["content-type"] == "application/json"
    assert result["finish_reason"] == "stop"
    assert '"Describe the boats"' in result["data"]
    assert "Harbor at dawn" in result["data"]
    assert result["usage"]["output_tokens"] == len(result["data"].split())
    assert result["id"]


def test_analyze_is_deterministic(api: httpx.Client, video_id: str) -> None:
    body = {"video_id": video_id, "prompt": "What happens?", "stream": False}

    assert (
        api.post("/analyze", json=body).json()["data"]
        == api.post("/analyze", json=body).json()["data"]
    )


def test_analyze_streams_ndjson_events_by_default(
    api: httpx.Client, video_id: str, spec_checker: SpecChecker
) -> None:
    response, lines = read_stream(api, {"video_id": video_id, "prompt": "Describe the boats"})

    events = [json.loads(line) for line in lines]
    assert response.headers["content-type"] == "application/x-ndjson"
    assert [e["event_type"] for e in events[:2]] == ["stream_start", "text_generation"]
    assert events[-1]["event_type"] == "stream_end"
    assert {e["event_type"] for e in events[1:-1]} == {"text_generation"}
    assert len(events) > 5
    generation_id = events[0]["metadata"]["generation_id"]
    assert events[-1]["metadata"]["generation_id"] == generation_id
    assert events[-1]["finish_reason"] == "stop"
    text = "".join(e["text"] for e in events[1:-1])
    whole = api.post(
        "/analyze", json={"video_id": video_id, "prompt": "Describe the boats", "stream": False}
    ).json()
    assert text == whole["data"]
    assert events[-1]["metadata"]["usage"] == whole["usage"]
    assert spec_checker.check(response, [line.encode() for line in lines]) == "analyzeVideo"


@pytest.mark.twelvelabs_fake(stream_delay=0.05)
def test_stream_lines_arrive_before_the_stream_ends(api: httpx.Client, video_id: str) -> None:
    started = time.monotonic()
    with api.stream("POST", "/analyze", json={"video_id": video_id, "prompt": "Go"}) as response:
        lines = response.iter_lines()
        first = json.loads(next(lines))
        first_at = time.monotonic() - started
        rest = list(lines)
        end_at = time.monotonic() - started

    assert first["event_type"] == "stream_start"
    # Every later line waits 50 ms, so the first one must come well before the end.
    assert end_at >= 0.05 * len(rest) * 0.9
    assert first_at < end_at / 3


def test_max_tokens_cuts_the_text_with_finish_reason_length(
    api: httpx.Client, video_id: str
) -> None:
    result = api.post(
        "/analyze",
        json={"video_id": video_id, "prompt": "Go", "stream": False, "max_tokens": 5},
    ).json()

    assert result["finish_reason"] == "length"
    assert len(result["data"].split()) == 5


def test_a_json_schema_response_format_gives_json_text(api: httpx.Client, video_id: str) -> None:
    schema = {
        "type": "object",
        "properties": {"summary": {"type": "string"}, "boats": {"type": "integer"}},
    }

    result = api.post(
        "/analyze",
        json={
            "video_id": video_id,
            "prompt": "Count the boats",
            "stream": False,
            "response_format": {"type": "json_schema", "json_schema": schema},
        },
    ).json()

    data = json.loads(result["data"])
    assert set(data) == {"summary", "boats"}
    assert isinstance(data["summary"], str)
    assert isinstance(data["boats"], int)


def test_analyze_unknown_video_is_404(api: httpx.Client) -> None:
    response = api.post("/analyze", json={"video_id": UNKNOWN, "prompt": "Go", "stream": False})

    assert response.status_code == 404
    assert response.json()["code"] == "video_not_found"


def test_gist_gives_the_types_asked_for(api: httpx.Client, video_id: str) -> None:
    full = api.post(
        "/gist", json={"video_id": video_id, "types": ["title", "topic", "hashtag"]}
    ).json()
    title_only = api.post("/gist", json={"video_id": video_id, "types": ["title"]}).json()

    assert "Harbor at dawn" in full["title"]
    assert full["topics"]
    assert all(tag.startswith("#") for tag in full["hashtags"])
    assert set(title_only) == {"id", "title", "usage"}


def test_summarize_summary_chapters_and_highlights(api: httpx.Client, video_id: str) -> None:
    summary = api.post("/summarize", json={"video_id": video_id, "type": "summary"}).json()
    chapters = api.post("/summarize", json={"video_id": video_id, "type": "chapter"}).json()
    highlights = api.post("/summarize", json={"video_id": video_id, "type": "highlight"}).json()

    assert "Harbor at dawn" in summary["summary"]
    numbers = [c["chapter_number"] for c in chapters["chapters"]]
    assert numbers == list(range(1, len(numbers) + 1))
    assert chapters["chapters"][0]["start"] == 0.0
    assert all(c["start"] < c["end"] for c in chapters["chapters"])
    assert all(h["start"] < h["end"] for h in highlights["highlights"])
    assert "chapters" not in summary
    assert "summary" not in highlights


def test_summarize_prompt_shapes_the_summary(api: httpx.Client, video_id: str) -> None:
    result = api.post(
        "/summarize",
        json={"video_id": video_id, "type": "summary", "prompt": "the fishing boats"},
    ).json()

    assert "the fishing boats" in result["summary"]


@pytest.mark.parametrize(
    ("path", "body"),
    [("/gist", {"types": ["title"]}), ("/summarize", {"type": "summary"})],
)
def test_gist_and_summarize_of_unknown_video_are_404(
    api: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    response = api.post(path, json={"video_id": UNKNOWN, **body})

    assert response.status_code == 404
    assert response.json()["code"] == "video_not_found"
