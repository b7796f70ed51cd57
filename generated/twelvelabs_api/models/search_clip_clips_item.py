from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchClipClipsItem")


@_attrs_define
class SearchClipClipsItem:
    """
    Attributes:
        score (float | Unset):
        start (float | Unset):
        end (float | Unset):
        video_id (str | Unset):
        confidence (str | Unset):
    """

    score: float | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    video_id: str | Unset = UNSET
    confidence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        start = self.start

        end = self.end

        video_id = self.video_id

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        score = d.pop("score", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        video_id = d.pop("video_id", UNSET)

        confidence = d.pop("confidence", UNSET)

        search_clip_clips_item = cls(
            score=score,
            start=start,
            end=end,
            video_id=video_id,
            confidence=confidence,
        )

        search_clip_clips_item.additional_properties = d
        return search_clip_clips_item

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
