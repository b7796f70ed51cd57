"""The generated package reads naturally and survives what a future API may send."""

import io

import httpx
import pytest

from twelvelabs_api.api.tasks import create_task
from twelvelabs_api.models import (
    CreateTaskBody,
    EmbeddingTask,
    Index,
    ModelConfig,
    ModelConfigModelOptionsItem,
    SearchResults,
    Task,
    TaskStatus,
    Video,
)
from twelvelabs_api.types import File


def test_underscore_id_reads_as_id_and_round_trips() -> None:
    video = Video.from_dict({"_id": "v1", "video_title": "t"})
    assert video.id == "v1"
    assert video.to_dict() == {"_id": "v1", "video_title": "t"}


def test_unknown_task_status_parses_and_round_trips() -> None:
    task = Task.from_dict({"_id": "t1", "status": "canceled"})
    assert task.status == "canceled"
    assert isinstance(task.status, TaskStatus)
    assert task.to_dict()["status"] == "canceled"
    assert TaskStatus("ready") is TaskStatus.READY
    assert "canceled" not in {s.value for s in TaskStatus}  # members stay the spec's


def test_unknown_model_option_parses_inside_nested_models() -> None:
    index = Index.from_dict(
        {
            "_id": "i",
            "models": [{"model_name": "marengo3.0", "model_options": ["visual", "text_in_video"]}],
        }
    )
    assert index.models[0].model_options == [
        ModelConfigModelOptionsItem.VISUAL,
        ModelConfigModelOptionsItem("text_in_video"),
    ]
    assert isinstance(index.models[0], ModelConfig)


def test_unknown_enum_values_at_every_level_of_search_results() -> None:
    res = SearchResults.from_dict(
        {"data": [{"confidence": "very_high", "clips": [{"confidence": "x"}]}]}
    )
    assert res.data[0].confidence == "very_high"
    assert EmbeddingTask.from_dict({"status": "queued"}).status == "queued"


def test_non_string_enum_value_still_fails_loudly() -> None:
    with pytest.raises(ValueError, match="not a valid TaskStatus"):
        TaskStatus(3)  # type: ignore[arg-type]


def test_null_optional_fields_parse_as_unset() -> None:
    video = Video.from_dict({"_id": "v", "indexed_at": None, "hls": None, "system_metadata": None})
    assert not video.indexed_at
    assert not video.hls
    task = Task.from_dict({"estimated_time": None, "status": None})
    assert not task.estimated_time
    assert not task.status
    assert not SearchResults.from_dict({"data": None}).data


def test_unknown_fields_are_kept() -> None:
    video = Video.from_dict({"_id": "v", "embedding": {"x": 1}})
    assert video["embedding"] == {"x": 1}
    assert video.to_dict()["embedding"] == {"x": 1}


@pytest.mark.parametrize(
    ("stamp", "offset_hours"),
    [
        ("2024-05-01T10:00:00Z", 0),
        ("2024-05-01T10:00:00.123456Z", 0),
        ("2024-05-01T10:00:00+02:00", 2),
    ],
)
def test_timestamps_with_and_without_fraction_and_offset(stamp: str, offset_hours: int) -> None:
    created = Task.from_dict({"created_at": stamp}).created_at
    assert created.utcoffset().total_seconds() == offset_hours * 3600  # type: ignore[union-attr]


def test_multipart_uses_a_random_boundary_and_lowercase_booleans() -> None:
    body = CreateTaskBody(
        index_id="i", video_file=File(payload=io.BytesIO(b"--+++"), file_name="a.mp4")
    )
    body.enable_video_stream = False
    kwargs = create_task._get_kwargs(body=body)
    assert "Content-Type" not in kwargs["headers"]
    request = httpx.Request("POST", "http://x/tasks", files=kwargs["files"])
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "+++" not in content_type
    content = request.read()
    assert b'name="enable_video_stream"\r\nContent-Type: text/plain\r\n\r\nfalse\r\n' in content


def test_unset_fields_read_as_unset_in_repr() -> None:
    # created_at is always sent (the overlay says so): absent here, it reads MISSING;
    # updated_at is truly optional: UNSET.
    text = repr(Video.from_dict({"_id": "v"}))
    assert text.startswith("Video(id='v', created_at=MISSING,")
    assert "updated_at=UNSET," in text
