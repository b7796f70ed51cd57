from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.search_clip import SearchClip
    from ..models.search_results_search_pool import SearchResultsSearchPool


T = TypeVar("T", bound="SearchResults")


@_attrs_define
class SearchResults:
    """
    Attributes:
        search_pool (SearchResultsSearchPool | Unset):
        data (list[SearchClip] | Unset):
        page_info (PageInfo | Unset):
    """

    search_pool: SearchResultsSearchPool | Unset = UNSET
    data: list[SearchClip] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_pool, Unset):
            search_pool = self.search_pool.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_pool is not UNSET:
            field_dict["search_pool"] = search_pool
        if data is not UNSET:
            field_dict["data"] = data
        if page_info is not UNSET:
            field_dict["page_info"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _search_pool = get("search_pool", UNSET)
        search_pool: SearchResultsSearchPool | Unset
        if _search_pool is None or _search_pool is UNSET:
            search_pool = UNSET
        else:
            search_pool = SearchResultsSearchPool.from_dict(_search_pool)

        _data = get("data", UNSET)
        data: list[SearchClip] | Unset
        if _data is None or _data is UNSET:
            data = UNSET
        else:
            data = [SearchClip.from_dict(data_item_data) for data_item_data in _data]

        _page_info = get("page_info", UNSET)
        page_info: PageInfo | Unset
        if _page_info is None or _page_info is UNSET:
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        search_results = cls(
            search_pool,
            data,
            page_info,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("search_pool", None)
            pop("data", None)
            pop("page_info", None)
            search_results.additional_properties = extras
        return search_results

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


from ..models.page_info import PageInfo
from ..models.search_clip import SearchClip
from ..models.search_results_search_pool import SearchResultsSearchPool

_DECLARED_KEYS = frozenset(
    {
        "search_pool",
        "data",
        "page_info",
    }
)
