"""Small helpers the fake's tests share: multipart forms, an index, an upload."""

from __future__ import annotations

import json
from typing import Any

import httpx


def multipart(
    fields: dict[str, Any] | None = None, files: dict[str, tuple[str, bytes]] | None = None
) -> list[tuple[str, Any]]:
    """httpx ``files=`` parts for a multipart form: lists repeat a field, files upload."""
    parts: list[tuple[str, Any]] = []
    for name, value in (fields or {}).items():
        for item in value if isinstance(value, list) else [value]:
            text = item if isinstance(item, str) else json.dumps(item)
            parts.append((name, (None, text)))
    for name, (filename, content) in (files or {}).items():
        parts.append((name, (filename, content, "application/octet-stream")))
    return parts


MODELS = [{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]


def create_index(api: httpx.Client, name: str = "library", **extra: Any) -> str:
    response = api.post("/indexes", json={"index_name": name, "models": MODELS, **extra})
    assert response.status_code == 201, response.text
    return str(response.json()["_id"])


def upload(
    api: httpx.Client,
    index_id: str,
    filename: str = "cats.mp4",
    content: bytes = b"\x00" * 2048,
    **fields: Any,
) -> dict[str, Any]:
    """createTask with a file; returns the task."""
    response = api.post(
        "/tasks",
        files=multipart({"index_id": index_id, **fields}, {"video_file": (filename, content)}),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def wait_ready(api: httpx.Client, task_id: str, polls: int = 10) -> dict[str, Any]:
    for _ in range(polls):
        task = dict(api.get(f"/tasks/{task_id}").json())
        if task["status"] in ("ready", "failed"):
            return task
    raise AssertionError(f"task {task_id} not done after {polls} polls")
