from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embedding_segments_segments_item_embedding_scope import (
    EmbeddingSegmentsSegmentsItemEmbeddingScope,
)
from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="EmbeddingSegmentsSegmentsItem")


@_attrs_define
class EmbeddingSegmentsSegmentsItem:
    """
    Attributes:
        float_ (list[float]):
        start_offset_sec (float | Unset):
        end_offset_sec (float | Unset):
        embedding_scope (EmbeddingSegmentsSegmentsItemEmbeddingScope | Unset):
    """

    float_: list[float]
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    embedding_scope: EmbeddingSegmentsSegmentsItemEmbeddingScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        float_: Any = MISSING
        if not isinstance(self.float_, Missing):
            float_ = self.float_

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        embedding_scope: str | Unset = UNSET
        if not isinstance(self.embedding_scope, Unset):
            embedding_scope = self.embedding_scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "float": float_,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_float_ = get("float")
        if _raw_float_ is None:
            float_ = cast("list[float]", MISSING)
        else:
            float_ = _raw_float_

        start_offset_sec = get("start_offset_sec", UNSET)

        end_offset_sec = get("end_offset_sec", UNSET)

        _embedding_scope = get("embedding_scope", UNSET)
        embedding_scope: EmbeddingSegmentsSegmentsItemEmbeddingScope | Unset
        if _embedding_scope is None or _embedding_scope is UNSET:
            embedding_scope = UNSET
        else:
            embedding_scope = _EmbeddingSegmentsSegmentsItemEmbeddingScope_MEMBERS.get(
                _embedding_scope
            ) or EmbeddingSegmentsSegmentsItemEmbeddingScope.from_value(
                _embedding_scope
            )

        embedding_segments_segments_item = cls(
            float_,
            start_offset_sec,
            end_offset_sec,
            embedding_scope,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("float", None)
            pop("start_offset_sec", None)
            pop("end_offset_sec", None)
            pop("embedding_scope", None)
            embedding_segments_segments_item.additional_properties = extras
        return embedding_segments_segments_item

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
        "float",
        "start_offset_sec",
        "end_offset_sec",
        "embedding_scope",
    }
)

_EmbeddingSegmentsSegmentsItemEmbeddingScope_MEMBERS = cast(
    "dict[Any, EmbeddingSegmentsSegmentsItemEmbeddingScope]",
    EmbeddingSegmentsSegmentsItemEmbeddingScope._value2member_map_,
)
