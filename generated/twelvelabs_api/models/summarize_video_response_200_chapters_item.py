from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="SummarizeVideoResponse200ChaptersItem")


@_attrs_define
class SummarizeVideoResponse200ChaptersItem:
    """
    Attributes:
        chapter_number (int):
        start (float):
        end (float):
        chapter_title (str):
        chapter_summary (str | Unset):
    """

    chapter_number: int
    start: float
    end: float
    chapter_title: str
    chapter_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_number: Any = MISSING
        if not isinstance(self.chapter_number, Missing):
            chapter_number = self.chapter_number

        start: Any = MISSING
        if not isinstance(self.start, Missing):
            start = self.start

        end: Any = MISSING
        if not isinstance(self.end, Missing):
            end = self.end

        chapter_title: Any = MISSING
        if not isinstance(self.chapter_title, Missing):
            chapter_title = self.chapter_title

        chapter_summary = self.chapter_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_number": chapter_number,
                "start": start,
                "end": end,
                "chapter_title": chapter_title,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if chapter_summary is not UNSET:
            field_dict["chapter_summary"] = chapter_summary

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_chapter_number = get("chapter_number")
        if _raw_chapter_number is None:
            chapter_number = cast("int", MISSING)
        else:
            chapter_number = _raw_chapter_number

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

        _raw_chapter_title = get("chapter_title")
        if _raw_chapter_title is None:
            chapter_title = cast("str", MISSING)
        else:
            chapter_title = _raw_chapter_title

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

    def __contains__(self, key: object) -> bool:
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
