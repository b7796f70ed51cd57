from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.task_system_metadata import TaskSystemMetadata


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        id (str):
        index_id (str):
        video_id (str):
        status (TaskStatus):
        created_at (datetime.datetime):
        updated_at (datetime.datetime | Unset):
        estimated_time (datetime.datetime | Unset):
        system_metadata (TaskSystemMetadata | Unset):
    """

    id: str
    index_id: str
    video_id: str
    status: TaskStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime | Unset = UNSET
    estimated_time: datetime.datetime | Unset = UNSET
    system_metadata: TaskSystemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        index_id: Any = MISSING
        if not isinstance(self.index_id, Missing):
            index_id = self.index_id

        video_id: Any = MISSING
        if not isinstance(self.video_id, Missing):
            video_id = self.video_id

        status: Any = MISSING
        if not isinstance(self.status, Missing):
            status = self.status.value

        created_at: Any = MISSING
        if not isinstance(self.created_at, Missing):
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
        field_dict.update(
            {
                "_id": id,
                "index_id": index_id,
                "video_id": video_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
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
        get = src_dict.get
        _raw_id = get("_id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        _raw_index_id = get("index_id")
        if _raw_index_id is None:
            index_id = cast("str", MISSING)
        else:
            index_id = _raw_index_id

        _raw_video_id = get("video_id")
        if _raw_video_id is None:
            video_id = cast("str", MISSING)
        else:
            video_id = _raw_video_id

        _raw_status = get("status")
        if _raw_status is None:
            status = cast("TaskStatus", MISSING)
        else:
            status = _TaskStatus_MEMBERS.get(_raw_status) or TaskStatus.from_value(
                _raw_status
            )

        _raw_created_at = get("created_at")
        if _raw_created_at is None:
            created_at = cast("datetime.datetime", MISSING)
        else:
            created_at = datetime.datetime.fromisoformat(_raw_created_at)

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _estimated_time = get("estimated_time", UNSET)
        estimated_time: datetime.datetime | Unset
        if _estimated_time is None or _estimated_time is UNSET:
            estimated_time = UNSET
        else:
            estimated_time = datetime.datetime.fromisoformat(_estimated_time)

        _system_metadata = get("system_metadata", UNSET)
        system_metadata: TaskSystemMetadata | Unset
        if _system_metadata is None or _system_metadata is UNSET:
            system_metadata = UNSET
        else:
            system_metadata = TaskSystemMetadata.from_dict(_system_metadata)

        task = cls(
            id,
            index_id,
            video_id,
            status,
            created_at,
            updated_at,
            estimated_time,
            system_metadata,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("_id", None)
            pop("index_id", None)
            pop("video_id", None)
            pop("status", None)
            pop("created_at", None)
            pop("updated_at", None)
            pop("estimated_time", None)
            pop("system_metadata", None)
            task.additional_properties = extras
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

_DECLARED_KEYS = frozenset(
    {
        "_id",
        "index_id",
        "video_id",
        "status",
        "created_at",
        "updated_at",
        "estimated_time",
        "system_metadata",
    }
)

_TaskStatus_MEMBERS = cast("dict[Any, TaskStatus]", TaskStatus._value2member_map_)
