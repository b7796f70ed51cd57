"""Uses the client generated from constructs-3.1.yaml, as an SDK would.

tests/test_spec_constructs.py runs it against a local server (argv[1] is the
base URL) and type-checks it with mypy --strict next to the generated tree, so
each construct must come out both working and precisely typed.
"""

from __future__ import annotations

import datetime
import io
import sys
from typing import Literal

from twelvelabs_api import Client
from twelvelabs_api.api.embed import create
from twelvelabs_api.api.manage_indexes import retrieve, update
from twelvelabs_api.api.streams import events, generate, upload
from twelvelabs_api.models import (
    CreateBody,
    EmbeddingResult,
    EmbeddingResultQueryMedia,
    EmbeddingResultQueryText2,
    EmbeddingResultResultMedia,
    EmbeddingResultResultText,
    Error,
    GenerateBody,
    Generation,
    Index,
    Owner,
    UpdateBody,
    UploadBody,
)
from twelvelabs_api.types import File, Unset


def main(base_url: str) -> None:
    client = Client(base_url=base_url, raise_on_unexpected_status=True)

    # A hyphenated path parameter (`index-id`) is a plain argument.
    index = retrieve.sync("idx-1", client=client)
    assert isinstance(index, Index), index
    # OpenAPI 3.1: type arrays with "null", const, anyOf [$ref, null], $ref with siblings.
    deleted_at: datetime.datetime | Unset | None = index.deleted_at
    video_count: int | Unset | None = index.video_count
    kind: Literal["index"] | Unset = index.kind
    owner: Owner | Unset | None = index.owner
    expires_at: datetime.datetime | Unset = index.expires_at
    assert (deleted_at, video_count, kind, owner) == (None, 3, "index", None)
    assert expires_at == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)

    # Component responses (one of them a $ref to another) are parsed, not dropped.
    missing = retrieve.sync("gone", client=client)
    assert isinstance(missing, Error), missing
    assert missing.code == "index_not_found"
    updated = update.sync_detailed("idx-1", client=client, body=UpdateBody(index_name="x"))
    assert updated.status_code == 204
    limited = generate.sync(client=client, body=GenerateBody(prompt="p"))
    assert isinstance(limited, Error), limited

    # Two success content types: the JSON one is parsed.
    generation = generate.sync(client=client, body=GenerateBody(prompt="p", stream=False))
    assert isinstance(generation, Generation), generation
    assert generation.data == "hello"

    # Server-sent events: the body, as text.
    stream: str | None = events.sync("s-1", client=client)
    assert stream == "event: ping\ndata: 1\n\n"

    # A 3.1 file part (contentMediaType) goes out as a file, next to a text part.
    video = File(payload=io.BytesIO(b"\x00mp4"), file_name="v.mp4", mime_type="video/mp4")
    uploaded = upload.sync(client=client, body=UploadBody(video_file=video, title="t"))
    assert isinstance(uploaded, Generation), uploaded
    assert uploaded.data == "video_file: v.mp4, 4 bytes; title: t"

    # Colliding inline variants come out as distinct classes.
    result = create.sync(client=client, body=CreateBody(text="t"))
    assert isinstance(result, EmbeddingResult), result
    query: EmbeddingResultQueryText2 | EmbeddingResultQueryMedia | Unset = result.query
    answer: EmbeddingResultResultText | EmbeddingResultResultMedia | Unset = result.result
    assert isinstance(query, EmbeddingResultQueryText2), query
    assert isinstance(answer, EmbeddingResultResultMedia), answer
    assert answer.segments == 2


if __name__ == "__main__":
    main(sys.argv[1])
    print("ok")
