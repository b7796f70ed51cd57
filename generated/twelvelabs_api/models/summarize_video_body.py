from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_video_body_type import SummarizeVideoBodyType
from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="SummarizeVideoBody")


@_attrs_define
class SummarizeVideoBody:
    """
    Attributes:
        video_id (str): Unique identifier of the video.
        type_ (SummarizeVideoBodyType): The kind of text to generate.
        prompt (str | Unset): Optional context to guide generation (up to 2,000 tokens).
        temperature (float | Unset):  Default: 0.2.
    """

    video_id: str
    type_: SummarizeVideoBodyType
    prompt: str | Unset = UNSET
    temperature: float | Unset = 0.2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: Any = MISSING
        if not isinstance(self.video_id, Missing):
            video_id = self.video_id

        type_: Any = MISSING
        if not isinstance(self.type_, Missing):
            type_ = self.type_.value

        prompt = self.prompt

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "type": type_,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

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

        _raw_type_ = get("type")
        if _raw_type_ is None:
            type_ = cast("SummarizeVideoBodyType", MISSING)
        else:
            type_ = _SummarizeVideoBodyType_MEMBERS.get(
                _raw_type_
            ) or SummarizeVideoBodyType.from_value(_raw_type_)

        prompt = get("prompt", UNSET)

        temperature = get("temperature", UNSET)

        summarize_video_body = cls(
            video_id,
            type_,
            prompt,
            temperature,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("video_id", None)
            pop("type", None)
            pop("prompt", None)
            pop("temperature", None)
            summarize_video_body.additional_properties = extras
        return summarize_video_body

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
        "type",
        "prompt",
        "temperature",
    }
)

_SummarizeVideoBodyType_MEMBERS = cast(
    "dict[Any, SummarizeVideoBodyType]", SummarizeVideoBodyType._value2member_map_
)
