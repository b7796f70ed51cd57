from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="VideoSystemMetadata")


@_attrs_define
class VideoSystemMetadata:
    """
    Attributes:
        duration (float):
        filename (str):
        fps (float | Unset):
        height (int | Unset):
        width (int | Unset):
    """

    duration: float
    filename: str
    fps: float | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration: Any = MISSING
        if not isinstance(self.duration, Missing):
            duration = self.duration

        filename: Any = MISSING
        if not isinstance(self.filename, Missing):
            filename = self.filename

        fps = self.fps

        height = self.height

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "filename": filename,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if fps is not UNSET:
            field_dict["fps"] = fps
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_duration = get("duration")
        if _raw_duration is None:
            duration = cast("float", MISSING)
        else:
            duration = _raw_duration

        _raw_filename = get("filename")
        if _raw_filename is None:
            filename = cast("str", MISSING)
        else:
            filename = _raw_filename

        fps = get("fps", UNSET)

        height = get("height", UNSET)

        width = get("width", UNSET)

        video_system_metadata = cls(
            duration,
            filename,
            fps,
            height,
            width,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("duration", None)
            pop("filename", None)
            pop("fps", None)
            pop("height", None)
            pop("width", None)
            video_system_metadata.additional_properties = extras
        return video_system_metadata

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
        "fps",
        "height",
        "width",
    }
)
