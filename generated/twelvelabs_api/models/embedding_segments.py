from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Missing

if TYPE_CHECKING:
    from ..models.embedding_segments_segments_item import EmbeddingSegmentsSegmentsItem


T = TypeVar("T", bound="EmbeddingSegments")


@_attrs_define
class EmbeddingSegments:
    """
    Attributes:
        segments (list[EmbeddingSegmentsSegmentsItem]):
    """

    segments: list[EmbeddingSegmentsSegmentsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segments: Any = MISSING
        if not isinstance(self.segments, Missing):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "segments": segments,
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
        _raw_segments = get("segments")
        if _raw_segments is None:
            segments = cast("list[EmbeddingSegmentsSegmentsItem]", MISSING)
        else:
            segments = [
                EmbeddingSegmentsSegmentsItem.from_dict(segments_item_data)
                for segments_item_data in _raw_segments
            ]

        embedding_segments = cls(
            segments,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("segments", None)
            embedding_segments.additional_properties = extras
        return embedding_segments

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


from ..models.embedding_segments_segments_item import EmbeddingSegmentsSegmentsItem

_DECLARED_KEYS = frozenset(
    {
        "segments",
    }
)
