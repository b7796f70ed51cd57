"""Embeddings: deterministic unit vectors, every input kind, async embedding tasks."""

from __future__ import annotations

import math

import httpx
import pytest
from fake_helpers import multipart

from twelvelabs_sdk.testing import FakeTwelveLabs

MODEL = "Marengo-retrieval-2.7"


def embed(
    api: httpx.Client, fields: dict[str, str], files: dict[str, tuple[str, bytes]] | None = None
) -> httpx.Response:
    return api.post("/embed", files=multipart({"model_name": MODEL, **fields}, files))


def norm(vector: list[float]) -> float:
    return math.sqrt(sum(v * v for v in vector))


def test_text_embedding_is_a_deterministic_unit_vector(api: httpx.Client) -> None:
    first = embed(api, {"text": "a red fox"}).json()
    again = embed(api, {"text": "a red fox"}).json()
    other = embed(api, {"text": "a blue whale"}).json()

    vector = first["text_embedding"]["segments"][0]["float"]
    assert first["model_name"] == MODEL
    assert len(vector) == 1024
    assert norm(vector) == pytest.approx(1.0)
    assert again == first
    assert other["text_embedding"]["segments"][0]["float"] != vector


@pytest.mark.twelvelabs_fake(embedding_dimension=16)
def test_dimension_is_configurable(api: httpx.Client) -> None:
    vector = embed(api, {"text": "x"}).json()["text_embedding"]["segments"][0]["float"]

    assert len(vector) == 16


@pytest.mark.twelvelabs_fake(embedding_dimension=32)
def test_image_audio_and_video_inputs_get_their_embeddings(api: httpx.Client) -> None:
    image = embed(api, {}, {"image_file": ("frame.jpg", b"jpeg bytes")}).json()
    audio = embed(api, {"audio_url": "https://example.com/talk.mp3"}).json()
    video = embed(api, {}, {"video_file": ("short.mp4", b"\x00" * 10_000)}).json()

    assert norm(image["image_embedding"]["segments"][0]["float"]) == pytest.approx(1.0)
    audio_segments = audio["audio_embedding"]["segments"]
    assert audio_segments[0]["start_offset_sec"] == 0.0
    assert audio_segments[-1]["end_offset_sec"] > audio_segments[0]["end_offset_sec"]
    video_segments = video["video_embedding"]["segments"]
    assert {s["embedding_scope"] for s in video_segments} == {"clip"}
    assert [s["start_offset_sec"] for s in video_segments] == [0.0, 6.0, 12.0, 18.0, 24.0, 30.0]


def test_same_file_gives_the_same_vector_whatever_its_name(api: httpx.Client) -> None:
    first = embed(api, {}, {"image_file": ("a.jpg", b"same bytes")}).json()
    second = embed(api, {}, {"image_file": ("b.jpg", b"same bytes")}).json()

    assert first["image_embedding"] == second["image_embedding"]


def test_embed_needs_an_input(api: httpx.Client) -> None:
    response = embed(api, {})

    assert response.status_code == 400
    assert response.json()["code"] == "parameter_not_provided"


@pytest.mark.twelvelabs_fake(embedding_dimension=32)
def test_embedding_task_processes_then_carries_segments(
    api: httpx.Client, fake: FakeTwelveLabs
) -> None:
    created = api.post(
        "/embed/tasks",
        files=multipart(
            {"model_name": MODEL, "video_embedding_scopes": ["clip", "video"]},
            {"video_file": ("long.mp4", b"\x01" * 50_000)},
        ),
    )
    assert created.status_code == 201
    task_id = created.json()["_id"]

    listed = api.get("/embed/tasks").json()
    first = api.get(f"/embed/tasks/{task_id}").json()

    assert [t["_id"] for t in listed["data"]] == [task_id]
    assert listed["data"][0]["status"] == "processing"
    assert first["status"] == "ready"
    segments = first["video_embedding"]["segments"]
    assert segments[-1]["embedding_scope"] == "video"
    assert {s["embedding_scope"] for s in segments[:-1]} == {"clip"}
    assert all(norm(s["float"]) == pytest.approx(1.0) for s in segments)
    assert fake.creations["embedding_tasks"] == 1


@pytest.mark.twelvelabs_fake(task_polls_per_status=3, embedding_dimension=32)
def test_embedding_task_follows_the_polls_setting(api: httpx.Client) -> None:
    task_id = api.post(
        "/embed/tasks",
        files=multipart({"model_name": MODEL, "video_url": "https://example.com/v.mp4"}),
    ).json()["_id"]

    statuses = [api.get(f"/embed/tasks/{task_id}").json()["status"] for _ in range(3)]

    assert statuses == ["processing", "processing", "ready"]


def test_fail_next_embedding_task(api: httpx.Client, fake: FakeTwelveLabs) -> None:
    fake.fail_next_embedding_task()
    task_id = api.post(
        "/embed/tasks",
        files=multipart({"model_name": MODEL, "video_url": "https://example.com/v.mp4"}),
    ).json()["_id"]

    task = api.get(f"/embed/tasks/{task_id}").json()

    assert task["status"] == "failed"
    assert "video_embedding" not in task


def test_unknown_embedding_task_is_404(api: httpx.Client) -> None:
    response = api.get("/embed/tasks/0123456789abcdef01234567")

    assert response.status_code == 404
    assert response.json()["code"] == "task_not_found"
