from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_clip_confidence import SearchClipConfidence
from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.search_clip_clips_item import SearchClipClipsItem


T = TypeVar("T", bound="SearchClip")


@_attrs_define
class SearchClip:
    """
    Attributes:
        score (float):
        start (float):
        end (float):
        video_id (str):
        confidence (SearchClipConfidence | Unset):
        thumbnail_url (str | Unset):
        clips (list[SearchClipClipsItem] | Unset):
    """

    score: float
    start: float
    end: float
    video_id: str
    confidence: SearchClipConfidence | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    clips: list[SearchClipClipsItem] | Unset = UNSET
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

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        thumbnail_url = self.thumbnail_url

        clips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clips, Unset):
            clips = []
            for clips_item_data in self.clips:
                clips_item = clips_item_data.to_dict()
                clips.append(clips_item)

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
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if clips is not UNSET:
            field_dict["clips"] = clips

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

        _confidence = get("confidence", UNSET)
        confidence: SearchClipConfidence | Unset
        if _confidence is None or _confidence is UNSET:
            confidence = UNSET
        else:
            confidence = _SearchClipConfidence_MEMBERS.get(
                _confidence
            ) or SearchClipConfidence.from_value(_confidence)

        thumbnail_url = get("thumbnail_url", UNSET)

        _clips = get("clips", UNSET)
        clips: list[SearchClipClipsItem] | Unset
        if _clips is None or _clips is UNSET:
            clips = UNSET
        else:
            clips = [
                SearchClipClipsItem.from_dict(clips_item_data)
                for clips_item_data in _clips
            ]

        search_clip = cls(
            score,
            start,
            end,
            video_id,
            confidence,
            thumbnail_url,
            clips,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("score", None)
            pop("start", None)
            pop("end", None)
            pop("video_id", None)
            pop("confidence", None)
            pop("thumbnail_url", None)
            pop("clips", None)
            search_clip.additional_properties = extras
        return search_clip

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


from ..models.search_clip_clips_item import SearchClipClipsItem

_DECLARED_KEYS = frozenset(
    {
        "score",
        "start",
        "end",
        "video_id",
        "confidence",
        "thumbnail_url",
        "clips",
    }
)

_SearchClipConfidence_MEMBERS = cast(
    "dict[Any, SearchClipConfidence]", SearchClipConfidence._value2member_map_
)
