from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.summarize_video_response_200_chapters_item import (
        SummarizeVideoResponse200ChaptersItem,
    )
    from ..models.summarize_video_response_200_highlights_item import (
        SummarizeVideoResponse200HighlightsItem,
    )
    from ..models.usage import Usage


T = TypeVar("T", bound="SummarizeVideoResponse200")


@_attrs_define
class SummarizeVideoResponse200:
    """
    Attributes:
        id (str):
        summary (str | Unset):
        chapters (list[SummarizeVideoResponse200ChaptersItem] | Unset):
        highlights (list[SummarizeVideoResponse200HighlightsItem] | Unset):
        usage (Usage | Unset):
    """

    id: str
    summary: str | Unset = UNSET
    chapters: list[SummarizeVideoResponse200ChaptersItem] | Unset = UNSET
    highlights: list[SummarizeVideoResponse200HighlightsItem] | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        summary = self.summary

        chapters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chapters, Unset):
            chapters = []
            for chapters_item_data in self.chapters:
                chapters_item = chapters_item_data.to_dict()
                chapters.append(chapters_item)

        highlights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = []
            for highlights_item_data in self.highlights:
                highlights_item = highlights_item_data.to_dict()
                highlights.append(highlights_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if summary is not UNSET:
            field_dict["summary"] = summary
        if chapters is not UNSET:
            field_dict["chapters"] = chapters
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_id = get("id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        summary = get("summary", UNSET)

        _chapters = get("chapters", UNSET)
        chapters: list[SummarizeVideoResponse200ChaptersItem] | Unset
        if _chapters is None or _chapters is UNSET:
            chapters = UNSET
        else:
            chapters = [
                SummarizeVideoResponse200ChaptersItem.from_dict(chapters_item_data)
                for chapters_item_data in _chapters
            ]

        _highlights = get("highlights", UNSET)
        highlights: list[SummarizeVideoResponse200HighlightsItem] | Unset
        if _highlights is None or _highlights is UNSET:
            highlights = UNSET
        else:
            highlights = [
                SummarizeVideoResponse200HighlightsItem.from_dict(highlights_item_data)
                for highlights_item_data in _highlights
            ]

        _usage = get("usage", UNSET)
        usage: Usage | Unset
        if _usage is None or _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        summarize_video_response_200 = cls(
            id,
            summary,
            chapters,
            highlights,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("id", None)
            pop("summary", None)
            pop("chapters", None)
            pop("highlights", None)
            pop("usage", None)
            summarize_video_response_200.additional_properties = extras
        return summarize_video_response_200

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


from ..models.summarize_video_response_200_chapters_item import (
    SummarizeVideoResponse200ChaptersItem,
)
from ..models.summarize_video_response_200_highlights_item import (
    SummarizeVideoResponse200HighlightsItem,
)
from ..models.usage import Usage

_DECLARED_KEYS = frozenset(
    {
        "id",
        "summary",
        "chapters",
        "highlights",
        "usage",
    }
)
