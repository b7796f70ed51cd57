from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_system_metadata import TaskSystemMetadata


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        id (str | Unset):
        index_id (str | Unset):
        video_id (str | Unset):
        status (TaskStatus | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        estimated_time (datetime.datetime | Unset):
        system_metadata (TaskSystemMetadata | Unset):
    """

    id: str | Unset = UNSET
    index_id: str | Unset = UNSET
    video_id: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    estimated_time: datetime.datetime | Unset = UNSET
    system_metadata: TaskSystemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index_id = self.index_id

        video_id = self.video_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        estimated_time: str | Unset = UNSET
        if not isinstance(self.estimated_time, Unset):
            estimated_time = self.estimated_time.isoformat()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        index_id = d.pop("index_id", UNSET)

        video_id = d.pop("video_id", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskStatus | Unset
        if _status is None or isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskStatus.from_value(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _estimated_time = d.pop("estimated_time", UNSET)
        estimated_time: datetime.datetime | Unset
        if _estimated_time is None or isinstance(_estimated_time, Unset):
            estimated_time = UNSET
        else:
            estimated_time = datetime.datetime.fromisoformat(_estimated_time)

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: TaskSystemMetadata | Unset
        if _system_metadata is None or isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = TaskSystemMetadata.from_dict(_system_metadata)

        task = cls(
            id=id,
            index_id=index_id,
            video_id=video_id,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            estimated_time=estimated_time,
            system_metadata=system_metadata,
        )

        task.additional_properties = d
        return task

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


from ..models.task_system_metadata import TaskSystemMetadata
