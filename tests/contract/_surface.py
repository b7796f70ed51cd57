"""What the SDK relies on in openapi.yaml: the operations it calls, the
parameters and body fields it can send, and the response fields its own code
reads (beyond handing the parsed model to the caller).

The request tests check these lists both ways against what the SDK actually
sends, so they cannot drift from the code; the surface test checks each entry
still exists in the spec, so a spec bump that removes or renames one fails
naming it.
"""

from __future__ import annotations

# operationId -> query parameters and body fields the SDK can send.
SENDS: dict[str, frozenset[str]] = {
    "listIndexes": frozenset({"page", "page_limit", "sort_by", "sort_option", "index_name"}),
    "createIndex": frozenset({"index_name", "models", "addons"}),
    "retrieveIndex": frozenset(),
    "updateIndex": frozenset({"index_name"}),
    "deleteIndex": frozenset(),
    "listVideos": frozenset({"page", "page_limit", "sort_by", "sort_option"}),
    "retrieveVideo": frozenset(),
    "updateVideo": frozenset({"video_title", "user_metadata"}),
    "deleteVideo": frozenset(),
    "listTasks": frozenset({"index_id", "status", "page", "page_limit"}),
    "createTask": frozenset(
        {"index_id", "video_file", "video_url", "enable_video_stream", "user_metadata"}
    ),
    "retrieveTask": frozenset(),
    "deleteTask": frozenset(),
    "createSearch": frozenset(
        {
            "index_id",
            "search_options",
            "query_text",
            "query_media_type",
            "query_media_url",
            "query_media_file",
            "group_by",
            "operator",
            "page_limit",
            "filter",
            "threshold",
            "sort_option",
        }
    ),
    "retrieveSearchPage": frozenset(),
    "analyzeVideo": frozenset(
        {"video_id", "prompt", "temperature", "stream", "max_tokens", "response_format"}
    ),
    "generateGist": frozenset({"video_id", "types"}),
    "summarizeVideo": frozenset({"video_id", "type", "prompt", "temperature"}),
    "createEmbeddings": frozenset(
        {
            "model_name",
            "text",
            "image_url",
            "image_file",
            "audio_url",
            "audio_file",
            "video_url",
            "video_file",
        }
    ),
    "createEmbeddingTask": frozenset(
        {"model_name", "video_url", "video_file", "video_embedding_scopes"}
    ),
    "listEmbeddingTasks": frozenset({"page", "page_limit"}),
    "retrieveEmbeddingTask": frozenset(),
}

# (operationId, response content type, field path, what reads it). "[]" steps into items.
_JSON = "application/json"
_NDJSON = "application/x-ndjson"
_PAGER = "the pagers (page bookkeeping)"
READS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    *(
        (op, _JSON, path, _PAGER)
        for op in ("listIndexes", "listVideos", "listTasks", "listEmbeddingTasks")
        for path in (
            ("data",),
            ("page_info", "page"),
            ("page_info", "total_page"),
            ("page_info", "limit_per_page"),
        )
    ),
    *(
        (op, _JSON, path, "search pagination")
        for op in ("createSearch", "retrieveSearchPage")
        for path in (("data",), ("search_pool",), ("page_info", "next_page_token"))
    ),
    ("retrieveTask", _JSON, ("status",), "tasks.wait"),
    ("createTask", _JSON, ("status",), "tasks.create_and_wait"),
    ("createTask", _JSON, ("_id",), "tasks.create_and_wait"),
    ("retrieveEmbeddingTask", _JSON, ("status",), "embed.tasks.wait"),
    ("analyzeVideo", _NDJSON, ("event_type",), "analyze_stream"),
    ("analyzeVideo", _NDJSON, ("text",), "analyze_stream"),
    ("analyzeVideo", _NDJSON, ("finish_reason",), "analyze_stream"),
    ("analyzeVideo", _NDJSON, ("metadata", "generation_id"), "analyze_stream"),
    ("analyzeVideo", _NDJSON, ("metadata", "usage"), "analyze_stream"),
)
