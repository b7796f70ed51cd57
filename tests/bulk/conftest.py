"""Fixtures for the bulk, CLI and Ray tests: a fake API with one index, and
small video files on disk."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    """The fake API; tasks move on by time (50 ms a status), as the real API's do."""
    with FakeTwelveLabs(task_seconds_per_status=0.05) as server:
        yield server


@pytest.fixture
def index_id(fake: FakeTwelveLabs) -> str:
    return fake.create_index("library")


@pytest.fixture
def client(fake: FakeTwelveLabs) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as c:
        yield c


@pytest.fixture
def aclient(fake: FakeTwelveLabs) -> AsyncTwelveLabs:
    return AsyncTwelveLabs(api_key=fake.api_key, base_url=fake.url)


@pytest.fixture
def make_videos(tmp_path: Path) -> Callable[[int], list[Path]]:
    """`make_videos(n)`: n small distinct files under tmp_path/videos."""

    def make(count: int) -> list[Path]:
        folder = tmp_path / "videos"
        folder.mkdir(exist_ok=True)
        paths = []
        for i in range(count):
            path = folder / f"clip{i:04d}.mp4"
            path.write_bytes(os.urandom(512))
            paths.append(path)
        return paths

    return make


@pytest.fixture
def task_names(client: TwelveLabs, index_id: str) -> Callable[[], list[str]]:
    """`task_names()`: the filename of every task in the index, as the API lists them."""

    def names() -> list[str]:
        tasks = client.tasks.list(index_id=index_id, page_limit=50)
        return [str(t.system_metadata.filename) for t in tasks if t.system_metadata]

    return names
