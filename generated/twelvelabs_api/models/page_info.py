from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """
    Attributes:
        limit_per_page (int):
        total_results (int):
        page (int | Unset):
        total_page (int | Unset):
        next_page_token (str | Unset):
        prev_page_token (str | Unset):
    """

    limit_per_page: int
    total_results: int
    page: int | Unset = UNSET
    total_page: int | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_per_page: Any = MISSING
        if not isinstance(self.limit_per_page, Missing):
            limit_per_page = self.limit_per_page

        total_results: Any = MISSING
        if not isinstance(self.total_results, Missing):
            total_results = self.total_results

        page = self.page

        total_page = self.total_page

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_per_page": limit_per_page,
                "total_results": total_results,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if page is not UNSET:
            field_dict["page"] = page
        if total_page is not UNSET:
            field_dict["total_page"] = total_page
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_limit_per_page = get("limit_per_page")
        if _raw_limit_per_page is None:
            limit_per_page = cast("int", MISSING)
        else:
            limit_per_page = _raw_limit_per_page

        _raw_total_results = get("total_results")
        if _raw_total_results is None:
            total_results = cast("int", MISSING)
        else:
            total_results = _raw_total_results

        page = get("page", UNSET)

        total_page = get("total_page", UNSET)

        next_page_token = get("next_page_token", UNSET)

        prev_page_token = get("prev_page_token", UNSET)

        page_info = cls(
            limit_per_page,
            total_results,
            page,
            total_page,
            next_page_token,
            prev_page_token,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("limit_per_page", None)
            pop("total_results", None)
            pop("page", None)
            pop("total_page", None)
            pop("next_page_token", None)
            pop("prev_page_token", None)
            page_info.additional_properties = extras
        return page_info

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
        "limit_per_page",
        "total_results",
        "page",
        "total_page",
        "next_page_token",
        "prev_page_token",
    }
)
