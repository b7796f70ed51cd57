"""The whole TwelveLabs workflow in one script.

Create an index, upload a video and wait for it to be indexed (with progress),
search through every page of results, stream an analysis as it is written,
then gist, summarize and embed.

    python examples/quickstart.py            # `make demo` runs this

With TWELVELABS_API_KEY set it talks to the real API and needs a video:
TWELVELABS_DEMO_VIDEO=/path/to/video.mp4 (or an https:// URL). Without a key it
starts the SDK's local fake server and uses a generated sample file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Generator
from pathlib import Path

from twelvelabs_sdk import ProgressPrinter, TwelveLabs
from twelvelabs_sdk.testing import FakeTwelveLabs


@contextlib.contextmanager
def connect() -> Generator[tuple[TwelveLabs, str]]:
    """A client and a video (path or URL): the real API if a key is set, else the fake."""
    if os.environ.get("TWELVELABS_API_KEY"):
        video = os.environ.get("TWELVELABS_DEMO_VIDEO")
        if not video:
            sys.exit(
                "Set TWELVELABS_DEMO_VIDEO to a video file path or URL to run against the real API."
            )
        print(
            "Using the TwelveLabs API at", os.environ.get("TWELVELABS_BASE_URL", "its default URL")
        )
        with TwelveLabs() as client:
            yield client, video
        return
    with FakeTwelveLabs() as fake, tempfile.TemporaryDirectory() as tmp:
        print(f"No TWELVELABS_API_KEY: using the local fake server at {fake.url}")
        sample = Path(tmp) / "city-tour.mp4"
        sample.write_bytes(os.urandom(48 * 1024 * 1024))  # the fake does not decode video
        with TwelveLabs(api_key=fake.api_key, base_url=fake.url) as client:
            yield client, str(sample)


def main() -> None:
    started = time.monotonic()
    with connect() as (client, video):
        index = client.indexes.create(
            f"sdk-demo-{int(time.time())}",
            models=[
                {"model_name": "marengo3.0", "model_options": ["visual", "audio"]},
                {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
            ],
        )
        print(f"1. Created index {index.id}")

        is_url = video.startswith(("http://", "https://"))
        print("2. Uploading and indexing", video, flush=True)
        with ProgressPrinter(sys.stdout) as progress:
            task = client.tasks.create_and_wait(
                index_id=index.id,
                video_url=video if is_url else None,
                video_file=None if is_url else video,
                user_metadata={"category": "travel"},
                on_progress=progress.upload,
                on_update=progress.task,
                poll_interval=0.5,
            )
        video_id = task.video_id
        print(f"  ready: video {video_id}")

        print("3. Searching every page for 'city skyline'")
        results = client.search.query(
            index_id=index.id,
            search_options=["visual", "audio"],
            query_text="city skyline",
            page_limit=5,
        )
        for number, page in enumerate(results.pages(), start=1):
            for clip in page.data:
                print(
                    f"  page {number}: video {clip.video_id} {clip.start:7.2f}-{clip.end:7.2f}s score {clip.score}"
                )

        print("4. Streaming an analysis:")
        with client.analyze_stream(video_id, "Describe this video in three sentences.") as stream:
            for text in stream.text_stream:
                print(text, end="", flush=True)
        print(
            f"\n  ({stream.finish_reason}, {stream.usage.output_tokens if stream.usage else '?'} tokens)"
        )

        gist = client.gist(video_id, ["title", "topic", "hashtag"])
        print(f"5. Gist: {gist.title!r}, topics {gist.topics}, hashtags {gist.hashtags}")

        summary = client.summarize(video_id, "summary")
        print(f"6. Summary: {summary.summary}")
        chapters = client.summarize(video_id, "chapter").chapters or []
        for chapter in chapters:
            print(f"   chapter {chapter.chapter_number}: {chapter.chapter_title}")

        embedding = client.embed.create(
            model_name="Marengo-retrieval-2.7", text="city skyline at night"
        )
        if embedding.text_embedding:
            vector = embedding.text_embedding.segments[0].float_
            print(f"7. Text embedding: {len(vector)} dimensions, starts {vector[:3]}")

        client.indexes.delete(index.id)
        print(f"8. Deleted the demo index. Done in {time.monotonic() - started:.1f}s.")


if __name__ == "__main__":
    main()
