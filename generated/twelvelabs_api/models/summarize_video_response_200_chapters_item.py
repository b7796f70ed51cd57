from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizeVideoResponse200ChaptersItem")


@_attrs_define
class SummarizeVideoResponse200ChaptersItem:
    """
    Attributes:
        chapter_number (int | Unset):
        start (float | Unset):
        end (float | Unset):
        chapter_title (str | Unset):
        chapter_summary (str | Unset):
    """

    chapter_number: int | Unset = UNSET
    start: float | Unset = UNSET
    end: float | Unset = UNSET
    chapter_title: str | Unset = UNSET
    chapter_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_number = self.chapter_number

        start = self.start

        end = self.end

        chapter_title = self.chapter_title

        chapter_summary = self.chapter_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chapter_number is not UNSET:
            field_dict["chapter_number"] = chapter_number
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if chapter_title is not UNSET:
            field_dict["chapter_title"] = chapter_title
        if chapter_summary is not UNSET:
            field_dict["chapter_summary"] = chapter_summary

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chapter_number = d.pop("chapter_number", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        chapter_title = d.pop("chapter_title", UNSET)

        chapter_summary = d.pop("chapter_summary", UNSET)

        summarize_video_response_200_chapters_item = cls(
            chapter_number=chapter_number,
            start=start,
            end=end,
            chapter_title=chapter_title,
            chapter_summary=chapter_summary,
        )

        summarize_video_response_200_chapters_item.additional_properties = d
        return summarize_video_response_200_chapters_item

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
