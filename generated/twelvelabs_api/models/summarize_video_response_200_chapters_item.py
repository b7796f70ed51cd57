from __future__ import annotations

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        chapter_number = get("chapter_number", UNSET)

        start = get("start", UNSET)

        end = get("end", UNSET)

        chapter_title = get("chapter_title", UNSET)

        chapter_summary = get("chapter_summary", UNSET)

        summarize_video_response_200_chapters_item = cls(
            chapter_number,
            start,
            end,
            chapter_title,
            chapter_summary,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("chapter_number", None)
            pop("start", None)
            pop("end", None)
            pop("chapter_title", None)
            pop("chapter_summary", None)
            summarize_video_response_200_chapters_item.additional_properties = extras
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_DECLARED_KEYS = frozenset(
    {
        "chapter_number",
        "start",
        "end",
        "chapter_title",
        "chapter_summary",
    }
)
