from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Missing

T = TypeVar("T", bound="SearchResultsSearchPool")


@_attrs_define
class SearchResultsSearchPool:
    """
    Attributes:
        total_count (int):
        total_duration (float):
        index_id (str):
    """

    total_count: int
    total_duration: float
    index_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count: Any = MISSING
        if not isinstance(self.total_count, Missing):
            total_count = self.total_count

        total_duration: Any = MISSING
        if not isinstance(self.total_duration, Missing):
            total_duration = self.total_duration

        index_id: Any = MISSING
        if not isinstance(self.index_id, Missing):
            index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "total_duration": total_duration,
                "index_id": index_id,
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
        _raw_total_count = get("total_count")
        if _raw_total_count is None:
            total_count = cast("int", MISSING)
        else:
            total_count = _raw_total_count

        _raw_total_duration = get("total_duration")
        if _raw_total_duration is None:
            total_duration = cast("float", MISSING)
        else:
            total_duration = _raw_total_duration

        _raw_index_id = get("index_id")
        if _raw_index_id is None:
            index_id = cast("str", MISSING)
        else:
            index_id = _raw_index_id

        search_results_search_pool = cls(
            total_count,
            total_duration,
            index_id,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("total_count", None)
            pop("total_duration", None)
            pop("index_id", None)
            search_results_search_pool.additional_properties = extras
        return search_results_search_pool

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
        "total_count",
        "total_duration",
        "index_id",
    }
)
