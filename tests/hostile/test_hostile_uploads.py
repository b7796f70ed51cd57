"""A file that grows or shrinks while it is uploaded (another process still
writing it, or truncating it) raises UploadChangedError naming the parameter,
instead of h11's LocalProtocolError from inside httpx; nothing complete reaches
the server."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from _hostile import Conn, RawServer, Request, response

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs, UploadChangedError

KEY = "tlk-hostile-upload-key"
SIZE = 256 * 1024


def task_answer(conn: Conn, request: Request) -> None:
    conn.send(response(200, {"_id": "t1", "index_id": "i1", "status": "pending"}))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(task_answer) as server:
        yield server


def changing(path: Path, change: str) -> Callable[[int, int | None], None]:
    """An on_progress callback that changes the file once half of it was sent."""
    done: list[bool] = []

    def on_progress(sent: int, total: int | None) -> None:
        if sent >= SIZE // 2 and not done:
            done.append(True)
            if change == "grow":
                with path.open("ab") as more:
                    more.write(b"y" * SIZE)
            else:
                os.truncate(path, SIZE // 2 + 10)

    return on_progress


@pytest.mark.parametrize("change", ["grow", "shrink"])
def test_a_file_changing_size_mid_upload_is_typed(
    server: RawServer, tmp_path: Path, change: str
) -> None:
    path = tmp_path / "video.mp4"
    path.write_bytes(b"x" * SIZE)
    with TwelveLabs(api_key=KEY, base_url=server.url) as client:
        with pytest.raises(UploadChangedError) as caught:
            client.tasks.create(index_id="i1", video_file=path, on_progress=changing(path, change))
        assert caught.value.param == "video_file"
        assert caught.value.expected == SIZE
        assert (caught.value.actual > SIZE) == (change == "grow")
        # The client stays usable.
        assert client.tasks.create(index_id="i1", video_url="https://example.com/v.mp4").id == "t1"
    assert all(len(r.body) < SIZE for r in server.requests if r.method == "POST" and r.body)


@pytest.mark.parametrize("change", ["grow", "shrink"])
def test_async_a_file_changing_size_mid_upload_is_typed(
    server: RawServer, tmp_path: Path, change: str
) -> None:
    path = tmp_path / "video.mp4"
    path.write_bytes(b"x" * SIZE)

    async def run() -> None:
        async with AsyncTwelveLabs(api_key=KEY, base_url=server.url) as client:
            with open(path, "rb") as fh:
                await client.tasks.create(
                    index_id="i1", video_file=fh, on_progress=changing(path, change)
                )

    with pytest.raises(UploadChangedError) as caught:
        asyncio.run(run())
    assert caught.value.param == "video_file"
