from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_gist_body_types_item import GenerateGistBodyTypesItem
from ..types import MISSING, Missing

T = TypeVar("T", bound="GenerateGistBody")


@_attrs_define
class GenerateGistBody:
    """
    Attributes:
        video_id (str): Unique identifier of the video.
        types (list[GenerateGistBodyTypesItem]): The gist types to generate.
    """

    video_id: str
    types: list[GenerateGistBodyTypesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: Any = MISSING
        if not isinstance(self.video_id, Missing):
            video_id = self.video_id

        types: Any = MISSING
        if not isinstance(self.types, Missing):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "types": types,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_video_id = get("video_id")
        if _raw_video_id is None:
            video_id = cast("str", MISSING)
        else:
            video_id = _raw_video_id

        _raw_types = get("types")
        if _raw_types is None:
            types = cast("list[GenerateGistBodyTypesItem]", MISSING)
        else:
            types = [
                (
                    _GenerateGistBodyTypesItem_MEMBERS.get(types_item_data)
                    or GenerateGistBodyTypesItem.from_value(types_item_data)
                )
                for types_item_data in _raw_types
            ]

        generate_gist_body = cls(
            video_id,
            types,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("video_id", None)
            pop("types", None)
            generate_gist_body.additional_properties = extras
        return generate_gist_body

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
        "video_id",
        "types",
    }
)

_GenerateGistBodyTypesItem_MEMBERS = cast(
    "dict[Any, GenerateGistBodyTypesItem]", GenerateGistBodyTypesItem._value2member_map_
)
