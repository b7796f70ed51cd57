"""One function per operation of the spec, keyed by operationId.

Each receives a request the spec already accepted (defaults filled in) and
answers with a werkzeug Response; refusals are raised as ApiError.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from werkzeug.datastructures import FileStorage
from werkzeug.wrappers import Response

from . import _generate as gen
from ._errors import ApiError, invalid
from ._recording import Upload
from ._search import Query, parse_filter, search
from ._state import FakeState, Media, video_segments
from ._validation import ValidRequest

NDJSON = "application/x-ndjson"


@dataclass
class Context:
    """What handlers share: the state and the knobs that shape answers."""

    state: FakeState
    stream_delay: float = 0.0


@dataclass
class Call:
    """One validated request: path and query parameters, body, uploaded files."""

    valid: ValidRequest
    files: dict[str, tuple[FileStorage, Upload]] = field(default_factory=dict)
    # The spec's path parameter names -> the ones handlers read (Route.path_names).
    path_names: tuple[tuple[str, str], ...] = ()

    @property
    def path(self) -> dict[str, Any]:
        names = dict(self.path_names)
        return {names.get(name, name): value for name, value in self.valid.path.items()}

    @property
    def query(self) -> dict[str, Any]:
        return self.valid.query

    @property
    def body(self) -> dict[str, Any]:
        return dict(self.valid.body or {})


Handler = Callable[[Context, Call], Response]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


def json_response(data: Any, status: int = 200) -> Response:
    """``data`` as an application/json response."""
    return Response(json.dumps(data), status=status, mimetype="application/json")


def empty_response(status: int) -> Response:
    """A bodiless answer (204 for deletes, 200 for updates, as the spec describes)."""
    response = Response(status=status)
    del response.headers["Content-Type"]
    return response


# Indexes


@operation("listIndexes")
def list_indexes(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.list_indexes(call.query))


@operation("createIndex")
def create_index(ctx: Context, call: Call) -> Response:
    body = call.body
    index_id = ctx.state.create_index(
        body["index_name"], list(body["models"]), list(body.get("addons") or [])
    )
    return json_response({"_id": index_id}, 201)


@operation("retrieveIndex")
def retrieve_index(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.index_json(ctx.state.index(call.path["index_id"])))


@operation("updateIndex")
def update_index(ctx: Context, call: Call) -> Response:
    ctx.state.update_index(call.path["index_id"], call.body["index_name"])
    return empty_response(200)


@operation("deleteIndex")
def delete_index(ctx: Context, call: Call) -> Response:
    ctx.state.delete_index(call.path["index_id"])
    return empty_response(204)


# Videos


@operation("listVideos")
def list_videos(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.list_videos(call.path["index_id"], call.query))


@operation("retrieveVideo")
def retrieve_video(ctx: Context, call: Call) -> Response:
    video = ctx.state.video(call.path["index_id"], call.path["video_id"])
    return json_response(ctx.state.video_json(video))


@operation("updateVideo")
def update_video(ctx: Context, call: Call) -> Response:
    body = call.body
    ctx.state.update_video(
        call.path["index_id"],
        call.path["video_id"],
        body.get("video_title"),
        body.get("user_metadata"),
    )
    return empty_response(200)


@operation("deleteVideo")
def delete_video(ctx: Context, call: Call) -> Response:
    ctx.state.delete_video(call.path["index_id"], call.path["video_id"])
    return empty_response(204)


# Tasks


@operation("createTask")
def create_task(ctx: Context, call: Call) -> Response:
    body = call.body
    media = _media(call, "video_file", "video_url")
    metadata = _metadata(body.get("user_metadata"))
    stream = bool(body.get("enable_video_stream", True))
    return json_response(ctx.state.create_task(body["index_id"], media, metadata, stream), 201)


@operation("listTasks")
def list_tasks(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.list_tasks(call.query))


@operation("retrieveTask")
def retrieve_task(ctx: Context, call: Call) -> Response:
    task = ctx.state.task(call.path["task_id"], poll=True)
    return json_response(ctx.state.task_json(task))


@operation("deleteTask")
def delete_task(ctx: Context, call: Call) -> Response:
    ctx.state.delete_task(call.path["task_id"])
    return empty_response(204)


def _media(call: Call, file_field: str, url_field: str) -> Media:
    """The video a request names, by upload or by URL; one of the two is required."""
    media = _optional_media(call, file_field, url_field)
    if media is None:
        raise ApiError(400, "parameter_not_provided", f"{file_field} or {url_field} is required.")
    return media


def _optional_media(call: Call, file_field: str, url_field: str) -> Media | None:
    """The media sent as ``file_field`` (an upload) or ``url_field``, if any; not both."""
    upload = call.files.get(file_field)
    url = call.body.get(url_field)
    if upload is not None and url:
        raise invalid(file_field, f"send either {file_field} or {url_field}, not both")
    if upload is not None:
        record = upload[1]
        return Media(record.filename or "upload", record.size, record.sha256, None)
    if url:
        return Media(gen.filename_from_url(url), None, None, url)
    return None


def _metadata(raw: str | None) -> dict[str, Any]:
    """createTask's ``user_metadata``: a JSON-encoded object in a form field."""
    if raw is None or not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except RecursionError:
        raise invalid("user_metadata", "not valid JSON (nested too deeply)") from None
    except ValueError as exc:
        raise invalid("user_metadata", f"not valid JSON ({exc})") from exc
    if not isinstance(value, dict):
        raise invalid("user_metadata", "must be a JSON object")
    return value


# Search


@operation("createSearch")
def create_search(ctx: Context, call: Call) -> Response:
    body = call.body
    index = ctx.state.index(body["index_id"])
    media_key = _query_media_key(call)
    if media_key is None and not (body.get("query_text") or "").strip():
        raise ApiError(
            400,
            "parameter_not_provided",
            "query_text or query_media_file/query_media_url is required.",
        )
    page_limit = int(body.get("page_limit", 10))
    if page_limit < 1:
        raise invalid("page_limit", "must be 1 or more")
    query = Query(
        text=body.get("query_text") or None,
        media_key=media_key,
        options=tuple(dict.fromkeys(body["search_options"])),
        group_by=body.get("group_by", "clip"),
        operator=body.get("operator", "or"),
        threshold=body.get("threshold"),
        sort_option=body.get("sort_option", "score"),
        filter=parse_filter(body.get("filter")),
        thumbnails="thumbnail" in index.addons,
    )
    if not query.options:
        raise ApiError(400, "parameter_not_provided", "search_options needs at least one value.")
    videos = ctx.state.videos_in(index.id)
    pool = {
        "total_count": len(videos),
        "total_duration": round(sum(v.media.duration for v in videos), 2),
        "index_id": index.id,
    }
    return json_response(ctx.state.open_search(search(videos, query), page_limit, pool))


def _query_media_key(call: Call) -> str | None:
    upload = call.files.get("query_media_file")
    url = call.body.get("query_media_url")
    if upload is None and not url:
        return None
    if call.body.get("query_media_type") is None:
        raise ApiError(
            400, "parameter_not_provided", "query_media_type is required with a media query."
        )
    return upload[1].sha256 if upload is not None else str(url)


@operation("retrieveSearchPage")
def retrieve_search_page(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.search_page(call.path["page_token"]))


# Analyze, gist, summarize


@operation("analyzeVideo")
def analyze_video(ctx: Context, call: Call) -> Response:
    body = call.body
    video = ctx.state.any_video(body["video_id"])
    generation = gen.analysis(
        body["prompt"], video.title, body.get("max_tokens"), body.get("response_format")
    )
    generation_id = str(uuid.uuid4())
    if not body.get("stream", True):
        return json_response(
            {
                "id": generation_id,
                "data": generation.text,
                "finish_reason": generation.finish_reason,
                "usage": generation.usage,
            }
        )
    events = _stream_events(generation_id, generation)
    return Response(_ndjson(events, ctx.stream_delay), mimetype=NDJSON, direct_passthrough=True)


def _stream_events(generation_id: str, generation: gen.Generation) -> list[dict[str, Any]]:
    return [
        {"event_type": "stream_start", "metadata": {"generation_id": generation_id}},
        *({"event_type": "text_generation", "text": piece} for piece in generation.pieces),
        {
            "event_type": "stream_end",
            "finish_reason": generation.finish_reason,
            "metadata": {"generation_id": generation_id, "usage": generation.usage},
        },
    ]


def _ndjson(events: list[dict[str, Any]], delay: float) -> Iterator[bytes]:
    """One line per event, written as produced; ``delay`` seconds between lines."""
    for number, event in enumerate(events):
        if number and delay:
            time.sleep(delay)
        yield (json.dumps(event) + "\n").encode()


@operation("generateGist")
def generate_gist(ctx: Context, call: Call) -> Response:
    body = call.body
    video = ctx.state.any_video(body["video_id"])
    result = gen.gist(video.title, list(body["types"]))
    usage = {"input_tokens": 64, "output_tokens": len(json.dumps(result).split())}
    return json_response({"id": str(uuid.uuid4()), **result, "usage": usage})


@operation("summarizeVideo")
def summarize_video(ctx: Context, call: Call) -> Response:
    body = call.body
    video = ctx.state.any_video(body["video_id"])
    kind, prompt = body["type"], body.get("prompt")
    out: dict[str, Any] = {"id": str(uuid.uuid4())}
    if kind == "summary":
        out["summary"] = gen.summary(video.title, prompt)
    elif kind == "chapter":
        out["chapters"] = gen.chapters(video.title, video.media.duration)
    else:
        out["highlights"] = gen.highlights(video.title, video.media.duration)
    out["usage"] = {
        "input_tokens": 64 + len((prompt or "").split()),
        "output_tokens": len(json.dumps(out).split()),
    }
    return json_response(out)


# Embeddings


@operation("createEmbeddings")
def create_embeddings(ctx: Context, call: Call) -> Response:
    body = call.body
    model, dimension = body["model_name"], ctx.state.options.embedding_dimension
    out: dict[str, Any] = {"model_name": model}
    if body.get("text"):
        vector = gen.unit_vector(dimension, model, "text", body["text"])
        out["text_embedding"] = {"segments": [{"float": vector}]}
    for kind in ("image", "audio", "video"):
        media = _optional_media(call, f"{kind}_file", f"{kind}_url")
        if media is None:
            continue
        out[f"{kind}_embedding"] = {"segments": _segments(kind, media, model, dimension)}
    if len(out) == 1:
        raise ApiError(
            400,
            "parameter_not_provided",
            "One of text, image_url/image_file, audio_url/audio_file, video_url/video_file is required.",
        )
    return json_response(out)


def _segments(kind: str, media: Media, model: str, dimension: int) -> list[dict[str, Any]]:
    if kind == "image":
        return [{"float": gen.unit_vector(dimension, model, "image", media.key)}]
    if kind == "video":
        return video_segments(media, model, ["clip"], dimension)
    return [
        {
            "float": gen.unit_vector(dimension, model, "audio", media.key, start),
            "start_offset_sec": start,
            "end_offset_sec": end,
        }
        for start, end in gen.clip_bounds(media.duration, 10.0)
    ]


@operation("createEmbeddingTask")
def create_embedding_task(ctx: Context, call: Call) -> Response:
    body = call.body
    media = _media(call, "video_file", "video_url")
    scopes = list(dict.fromkeys(body.get("video_embedding_scopes") or ["clip"]))
    task_id = ctx.state.create_embedding_task(body["model_name"], media, scopes)
    return json_response({"_id": task_id}, 201)


@operation("listEmbeddingTasks")
def list_embedding_tasks(ctx: Context, call: Call) -> Response:
    return json_response(ctx.state.list_embedding_tasks(call.query))


@operation("retrieveEmbeddingTask")
def retrieve_embedding_task(ctx: Context, call: Call) -> Response:
    task = ctx.state.embedding_task(call.path["task_id"], poll=True)
    return json_response(ctx.state.embedding_task_json(task, full=True))
