from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_task_status import EmbeddingTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedding_segments import EmbeddingSegments


T = TypeVar("T", bound="EmbeddingTask")


@_attrs_define
class EmbeddingTask:
    """
    Attributes:
        id (str | Unset):
        model_name (str | Unset):
        status (EmbeddingTaskStatus | Unset):
        created_at (datetime.datetime | Unset):
        video_embedding (EmbeddingSegments | Unset):
    """

    id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    status: EmbeddingTaskStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    video_embedding: EmbeddingSegments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_name = self.model_name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        _status = d.pop("status", UNSET)
        status: EmbeddingTaskStatus | Unset
        if _status is None or isinstance(_status, Unset):
            status = UNSET
        else:
            status = EmbeddingTaskStatus.from_value(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _video_embedding = d.pop("video_embedding", UNSET)
        video_embedding: EmbeddingSegments | Unset
        if _video_embedding is None or isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = EmbeddingSegments.from_dict(_video_embedding)

        embedding_task = cls(
            id=id,
            model_name=model_name,
            status=status,
            created_at=created_at,
            video_embedding=video_embedding,
        )

        embedding_task.additional_properties = d
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
