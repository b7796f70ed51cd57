"""The ordinary workflow, written the way a strictly typed service writes it.

Every value is annotated with the SDK's friendly result types, and the file
passes `mypy --strict` and `basedpyright` in strict mode (`make typecheck`
checks it) without a cast, a `type: ignore` or an `isinstance(x, Unset)` for
what the API always returns: ids, statuses, timestamps, pages, generated
text and embeddings are plain values.

    python examples/typed_workflow.py        # against the local fake server

Set TWELVELABS_API_KEY (and TWELVELABS_DEMO_VIDEO) to run it against the API.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import tempfile
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path

from twelvelabs_sdk import (
    AnalyzeResponse,
    AsyncTwelveLabs,
    Chapter,
    Clip,
    CreatedIndex,
    Embedding,
    Gist,
    Index,
    Page,
    SearchPool,
    Summary,
    Task,
    TaskStatus,
    TwelveLabs,
    Usage,
    Video,
)
from twelvelabs_sdk.testing import FakeTwelveLabs


@contextmanager
def environment() -> Generator[tuple[str, str, str]]:
    """(api_key, base_url, video): the real API when a key is set, else the fake."""
    key = os.environ.get("TWELVELABS_API_KEY")
    if key:
        base = os.environ.get("TWELVELABS_BASE_URL", "https://api.twelvelabs.io/v1.3")
        yield key, base, os.environ["TWELVELABS_DEMO_VIDEO"]
        return
    with FakeTwelveLabs(task_polls_per_status=1) as fake, tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.mp4"
        sample.write_bytes(os.urandom(256 * 1024))
        yield fake.api_key, fake.url, str(sample)


def index_and_upload(client: TwelveLabs, video: str) -> tuple[str, str]:
    """Create an index, upload `video` and wait: (index_id, video_id)."""
    created: CreatedIndex = client.indexes.create(
        f"typed-{datetime.datetime.now(datetime.UTC):%Y%m%d%H%M%S}",
        [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}],
    )
    index: Index = client.indexes.retrieve(created.id)
    created_at: datetime.datetime = index.created_at
    print("index", index.id, index.index_name, created_at.isoformat())

    task: Task = client.tasks.create_and_wait(
        index_id=index.id, video_file=video, user_metadata={"team": "search"}, poll_interval=0.2
    )
    status: TaskStatus = task.status
    print("task", task.id, status, "video", task.video_id)
    return index.id, task.video_id


def browse(client: TwelveLabs, index_id: str) -> None:
    """List videos page by page, then search every page."""
    for page in client.videos.list(index_id, page_limit=10).pages():
        videos: list[Video] = page.data
        total: int = page.page_info.total_results
        print(f"{len(videos)} of {total} videos")
        for video in videos:
            print(" ", video.id, video.system_metadata.filename, video.system_metadata.duration)

    results = client.search.query(index_id=index_id, search_options=["visual"], query_text="car")
    pool: SearchPool = results.search_pool()
    print("searched", pool.total_count, "videos in", pool.index_id)
    search_page: Page[Clip]
    for search_page in results.pages():
        for clip in search_page.data:
            span: float = clip.end - clip.start
            print(f"  {clip.video_id} {clip.start:.1f}-{clip.end:.1f}s ({span:.1f}s) {clip.score}")


def generate(client: TwelveLabs, video_id: str) -> None:
    """Analyze (whole and streamed), gist, summarize and embed."""
    answer: AnalyzeResponse = client.analyze(video_id, "What happens?")
    text: str = answer.data
    print("analysis:", text[:60])

    with client.analyze_stream(video_id, "Describe the scene.") as stream:
        pieces: list[str] = list(stream.text_stream)
    usage: Usage | None = stream.usage  # known once stream_end arrived
    print(
        "streamed", len("".join(pieces)), "chars;", usage.output_tokens if usage else "?", "tokens"
    )

    gist: Gist = client.gist(video_id, ["title", "hashtag"])
    print("gist:", gist.id, gist.title or "(no title)", gist.hashtags or [])

    summary: Summary = client.summarize(video_id, "chapter")
    chapters: list[Chapter] = summary.chapters or []  # present for type="chapter"
    for chapter in chapters:
        print(
            f"  {chapter.chapter_number}. {chapter.chapter_title} ({chapter.start}-{chapter.end})"
        )

    embedding: Embedding = client.embed.create(model_name="marengo3.0", text="a red car")
    if embedding.text_embedding:  # the modality you sent
        vector: list[float] = embedding.text_embedding.segments[0].float_
        print("embedding:", embedding.model_name, len(vector), "dimensions")


async def count_async(api_key: str, base_url: str, index_id: str) -> int:
    """The same types on the async client."""
    async with AsyncTwelveLabs(api_key=api_key, base_url=base_url) as client:
        videos: list[Video] = [video async for video in client.videos.list(index_id)]
        return len(videos)


def main() -> None:
    with (
        environment() as (api_key, base_url, video),
        TwelveLabs(api_key=api_key, base_url=base_url) as client,
    ):
        index_id, video_id = index_and_upload(client, video)
        browse(client, index_id)
        generate(client, video_id)
        print("async count:", asyncio.run(count_async(api_key, base_url, index_id)))
        client.indexes.delete(index_id)


if __name__ == "__main__":
    main()
