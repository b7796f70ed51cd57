from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Missing

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.video import Video


T = TypeVar("T", bound="ListVideosResponse200")


@_attrs_define
class ListVideosResponse200:
    """
    Attributes:
        data (list[Video]):
        page_info (PageInfo):
    """

    data: list[Video]
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: Any = MISSING
        if not isinstance(self.data, Missing):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        page_info: Any = MISSING
        if not isinstance(self.page_info, Missing):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "page_info": page_info,
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
        _raw_data = get("data")
        if _raw_data is None:
            data = cast("list[Video]", MISSING)
        else:
            data = [Video.from_dict(data_item_data) for data_item_data in _raw_data]

        _raw_page_info = get("page_info")
        if _raw_page_info is None:
            page_info = cast("PageInfo", MISSING)
        else:
            page_info = PageInfo.from_dict(_raw_page_info)

        list_videos_response_200 = cls(
            data,
            page_info,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("data", None)
            pop("page_info", None)
            list_videos_response_200.additional_properties = extras
        return list_videos_response_200

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


from ..models.page_info import PageInfo
from ..models.video import Video

_DECLARED_KEYS = frozenset(
    {
        "data",
        "page_info",
    }
)
