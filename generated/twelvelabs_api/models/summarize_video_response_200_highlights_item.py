from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Missing

T = TypeVar("T", bound="SummarizeVideoResponse200HighlightsItem")


@_attrs_define
class SummarizeVideoResponse200HighlightsItem:
    """
    Attributes:
        start (float):
        end (float):
        highlight (str):
    """

    start: float
    end: float
    highlight: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start: Any = MISSING
        if not isinstance(self.start, Missing):
            start = self.start

        end: Any = MISSING
        if not isinstance(self.end, Missing):
            end = self.end

        highlight: Any = MISSING
        if not isinstance(self.highlight, Missing):
            highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "highlight": highlight,
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

        _raw_highlight = get("highlight")
        if _raw_highlight is None:
            highlight = cast("str", MISSING)
        else:
            highlight = _raw_highlight

        summarize_video_response_200_highlights_item = cls(
            start,
            end,
            highlight,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("start", None)
            pop("end", None)
            pop("highlight", None)
            summarize_video_response_200_highlights_item.additional_properties = extras
        return summarize_video_response_200_highlights_item

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
        "start",
        "end",
        "highlight",
    }
)
