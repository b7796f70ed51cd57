from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="SearchClipClipsItem")


@_attrs_define
class SearchClipClipsItem:
    """
    Attributes:
        score (float):
        start (float):
        end (float):
        video_id (str):
        confidence (str | Unset):
    """

    score: float
    start: float
    end: float
    video_id: str
    confidence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score: Any = MISSING
        if not isinstance(self.score, Missing):
            score = self.score

        start: Any = MISSING
        if not isinstance(self.start, Missing):
            start = self.start

        end: Any = MISSING
        if not isinstance(self.end, Missing):
            end = self.end

        video_id: Any = MISSING
        if not isinstance(self.video_id, Missing):
            video_id = self.video_id

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "start": start,
                "end": end,
                "video_id": video_id,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_score = get("score")
        if _raw_score is None:
            score = cast("float", MISSING)
        else:
            score = _raw_score

        _raw_start = get("start")
        if _raw_start is None:
            start = cast("float", MISSING)
        else:
            start = _raw_start

        _raw_end = get("end")
        if _raw_end is None:
            end = cast("float", MISSING)
        else:
            end = _raw_end

        _raw_video_id = get("video_id")
        if _raw_video_id is None:
            video_id = cast("str", MISSING)
        else:
            video_id = _raw_video_id

        confidence = get("confidence", UNSET)

        search_clip_clips_item = cls(
            score,
            start,
            end,
            video_id,
            confidence,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("score", None)
            pop("start", None)
            pop("end", None)
            pop("video_id", None)
            pop("confidence", None)
            search_clip_clips_item.additional_properties = extras
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


_DECLARED_KEYS = frozenset(
    {
        "score",
        "start",
        "end",
        "video_id",
        "confidence",
    }
)
