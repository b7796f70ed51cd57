from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index import Index
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="ListIndexesResponse200")


@_attrs_define
class ListIndexesResponse200:
    """
    Attributes:
        data (list[Index] | Unset):
        page_info (PageInfo | Unset):
    """

    data: list[Index] | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if data is not UNSET:
            field_dict["data"] = data
        if page_info is not UNSET:
            field_dict["page_info"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _data = get("data", UNSET)
        data: list[Index] | Unset
        if _data is None or _data is UNSET:
            data = UNSET
        else:
            data = [Index.from_dict(data_item_data) for data_item_data in _data]

        _page_info = get("page_info", UNSET)
        page_info: PageInfo | Unset
        if _page_info is None or _page_info is UNSET:
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        list_indexes_response_200 = cls(
            data,
            page_info,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("data", None)
            pop("page_info", None)
            list_indexes_response_200.additional_properties = extras
        return list_indexes_response_200

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


from ..models.index import Index
from ..models.page_info import PageInfo

_DECLARED_KEYS = frozenset(
    {
        "data",
        "page_info",
    }
)
