"""The whole workflow end to end against the fake server, sync and async:
create an index, upload a file and wait, search through every page, stream an
analysis, gist, summarize, embed, and wait for an embedding task."""

import asyncio
import os
from pathlib import Path

import pytest

from twelvelabs_sdk import AsyncTwelveLabs, NotFoundError, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs

MODELS = [
    {"model_name": "marengo3.0", "model_options": ["visual", "audio"]},
    {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
]


@pytest.fixture
def videos(tmp_path: Path) -> list[Path]:
    files = []
    for name in ("harbour-at-dawn.mp4", "city-at-night.mp4", "mountain-road.mp4"):
        path = tmp_path / name
        path.write_bytes(os.urandom(64 * 1024))
        files.append(path)
    return files


def test_sync_workflow(twelvelabs_fake: FakeTwelveLabs, videos: list[Path]) -> None:
    statuses: list[str] = []
    with TwelveLabs(api_key=twelvelabs_fake.api_key, base_url=twelvelabs_fake.url) as client:
        index = client.indexes.create("workflow", models=MODELS)
        ready = [
            client.tasks.create_and_wait(
                index_id=str(index.id),
                video_file=path,
                user_metadata={"place": path.stem.split("-")[0]},
                poll_interval=0.01,
                on_update=lambda t: statuses.append(str(t.status)),
            )
            for path in videos
        ]
        assert {t.status for t in ready} == {"ready"}
        assert statuses[:4] == ["validating", "pending", "indexing", "ready"]
        assert client.indexes.retrieve(str(index.id)).video_count == 3

        listed = list(client.videos.list(str(index.id), page_limit=2))
        assert sorted(v.system_metadata.filename for v in listed) == sorted(p.name for p in videos)  # type: ignore[union-attr]

        pager = client.search.query(
            index_id=str(index.id),
            search_options=["visual"],
            query_text="city at night",
            page_limit=2,
        )
        pages = list(pager.pages())
        clips = [clip for page in pages for clip in page.data]
        assert len(pages) > 1
        assert len(clips) == pages[0].page_info.total_results  # type: ignore[union-attr]
        assert pager.search_pool().total_count == 3  # type: ignore[union-attr]
        assert twelvelabs_fake.request_count("POST", "/search") == 1
        assert twelvelabs_fake.request_count("GET", "/search/{page_token}") == len(pages) - 1

        video_id = str(ready[1].video_id)
        with client.analyze_stream(video_id, "What is shown?") as stream:
            pieces = list(stream.text_stream)
        assert len(pieces) > 1
        assert stream.text == "".join(pieces)
        assert stream.finish_reason == "stop"
        assert stream.usage.output_tokens > 0

        assert client.analyze(video_id, "What is shown?").data
        gist = client.gist(video_id, ["title", "hashtag"])
        assert gist.title
        assert gist.hashtags
        chapters = client.summarize(video_id, "chapter").chapters
        assert chapters
        assert chapters[0].chapter_title

        one = client.embed.create(model_name="Marengo-retrieval-2.7", text="harbour")
        again = client.embed.create(model_name="Marengo-retrieval-2.7", text="harbour")
        vector = one.text_embedding.segments[0].float_  # type: ignore[union-attr,index]
        assert vector == again.text_embedding.segments[0].float_  # type: ignore[union-attr,index]
        assert abs(sum(x * x for x in vector) - 1.0) < 1e-6  # type: ignore[union-attr]

        job = client.embed.tasks.create(model_name="Marengo-retrieval-2.7", video_file=videos[0])
        done = client.embed.tasks.wait(str(job.id), poll_interval=0.01)
        assert done.status == "ready"
        assert done.video_embedding.segments  # type: ignore[union-attr]

        client.indexes.delete(str(index.id))
        with pytest.raises(NotFoundError):
            client.indexes.retrieve(str(index.id))


def test_async_workflow(twelvelabs_fake: FakeTwelveLabs, videos: list[Path]) -> None:
    async def run() -> None:
        async with AsyncTwelveLabs(
            api_key=twelvelabs_fake.api_key, base_url=twelvelabs_fake.url
        ) as client:
            index = await client.indexes.create("workflow", models=MODELS)
            ready = await asyncio.gather(
                *(
                    client.tasks.create_and_wait(
                        index_id=str(index.id), video_file=p, poll_interval=0.01
                    )
                    for p in videos
                )
            )
            assert {t.status for t in ready} == {"ready"}
            assert len([v async for v in client.videos.list(str(index.id), page_limit=1)]) == 3

            pager = client.search.query(
                index_id=str(index.id),
                search_options=["visual", "audio"],
                query_text="mountain",
                page_limit=2,
            )
            clips = [clip async for clip in pager]
            assert clips
            assert len(clips) == (await pager.first_page()).page_info.total_results  # type: ignore[union-attr]

            video_id = str(ready[0].video_id)
            async with await client.analyze_stream(video_id, "Describe it.") as stream:
                pieces = [piece async for piece in stream.text_stream]
            assert stream.text == "".join(pieces)
            assert stream.finish_reason == "stop"

            assert (await client.gist(video_id, ["topic"])).topics
            assert (await client.summarize(video_id, "highlight")).highlights
            emb = await client.embed.create(model_name="Marengo-retrieval-2.7", text="mountain")
            assert emb.text_embedding.segments  # type: ignore[union-attr]
            job = await client.embed.tasks.create(
                model_name="Marengo-retrieval-2.7", video_url="https://x.test/a.mp4"
            )
            assert (
                await client.embed.tasks.wait(str(job.id), poll_interval=0.01)
            ).status == "ready"

    asyncio.run(run())
