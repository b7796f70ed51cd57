from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_task_status import EmbeddingTaskStatus
from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.embedding_segments import EmbeddingSegments


T = TypeVar("T", bound="EmbeddingTask")


@_attrs_define
class EmbeddingTask:
    """
    Attributes:
        id (str):
        model_name (str):
        status (EmbeddingTaskStatus):
        created_at (datetime.datetime):
        video_embedding (EmbeddingSegments | Unset):
    """

    id: str
    model_name: str
    status: EmbeddingTaskStatus
    created_at: datetime.datetime
    video_embedding: EmbeddingSegments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        model_name: Any = MISSING
        if not isinstance(self.model_name, Missing):
            model_name = self.model_name

        status: Any = MISSING
        if not isinstance(self.status, Missing):
            status = self.status.value

        created_at: Any = MISSING
        if not isinstance(self.created_at, Missing):
            created_at = self.created_at.isoformat()

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "model_name": model_name,
                "status": status,
                "created_at": created_at,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_id = get("_id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        _raw_model_name = get("model_name")
        if _raw_model_name is None:
            model_name = cast("str", MISSING)
        else:
            model_name = _raw_model_name

        _raw_status = get("status")
        if _raw_status is None:
            status = cast("EmbeddingTaskStatus", MISSING)
        else:
            status = _EmbeddingTaskStatus_MEMBERS.get(
                _raw_status
            ) or EmbeddingTaskStatus.from_value(_raw_status)

        _raw_created_at = get("created_at")
        if _raw_created_at is None:
            created_at = cast("datetime.datetime", MISSING)
        else:
            created_at = datetime.datetime.fromisoformat(_raw_created_at)

        _video_embedding = get("video_embedding", UNSET)
        video_embedding: EmbeddingSegments | Unset
        if _video_embedding is None or _video_embedding is UNSET:
            video_embedding = UNSET
        else:
            video_embedding = EmbeddingSegments.from_dict(_video_embedding)

        embedding_task = cls(
            id,
            model_name,
            status,
            created_at,
            video_embedding,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("_id", None)
            pop("model_name", None)
            pop("status", None)
            pop("created_at", None)
            pop("video_embedding", None)
            embedding_task.additional_properties = extras
        return embedding_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


from ..models.embedding_segments import EmbeddingSegments

_DECLARED_KEYS = frozenset(
    {
        "_id",
        "model_name",
        "status",
        "created_at",
        "video_embedding",
    }
)

_EmbeddingTaskStatus_MEMBERS = cast(
    "dict[Any, EmbeddingTaskStatus]", EmbeddingTaskStatus._value2member_map_
)
