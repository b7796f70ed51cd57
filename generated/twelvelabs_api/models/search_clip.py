from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_clip_confidence import SearchClipConfidence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_clip_clips_item import SearchClipClipsItem


T = TypeVar("T", bound="SearchClip")


@_attrs_define
class SearchClip:
    """
    Attributes:
        score (float | Unset):
        start (float | Unset):
        end (float | Unset):
        video_id (str | Unset):
        confidence (SearchClipConfidence | Unset):
        thumbnail_url (str | Unset):
        clips (list[SearchClipClipsItem] | Unset):
    """

    score: float | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    video_id: str | Unset = UNSET
    confidence: SearchClipConfidence | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    clips: list[SearchClipClipsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        start = self.start

        end = self.end

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
        d = dict(src_dict)
        score = d.pop("score", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        video_id = d.pop("video_id", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: SearchClipConfidence | Unset
        if _confidence is None or isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = SearchClipConfidence.from_value(_confidence)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        _clips = d.pop("clips", UNSET)
        clips: list[SearchClipClipsItem] | Unset = UNSET
        if _clips is not UNSET and _clips is not None:
            clips = []
            for clips_item_data in _clips:
                clips_item = SearchClipClipsItem.from_dict(clips_item_data)

                clips.append(clips_item)

        search_clip = cls(
            score=score,
            start=start,
            end=end,
            video_id=video_id,
            confidence=confidence,
            thumbnail_url=thumbnail_url,
            clips=clips,
        )

        search_clip.additional_properties = d
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
