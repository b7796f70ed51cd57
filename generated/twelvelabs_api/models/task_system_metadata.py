from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskSystemMetadata")


@_attrs_define
class TaskSystemMetadata:
    """
    Attributes:
        duration (float | Unset):
        filename (str | Unset):
    """

    duration: float | Unset = UNSET
    filename: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        duration = get("duration", UNSET)

        filename = get("filename", UNSET)

        task_system_metadata = cls(
            duration,
            filename,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("duration", None)
            pop("filename", None)
            task_system_metadata.additional_properties = extras
        return task_system_metadata

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


_DECLARED_KEYS = frozenset(
    {
        "duration",
        "filename",
    }
)
