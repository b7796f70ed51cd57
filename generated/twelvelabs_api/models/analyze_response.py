from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="AnalyzeResponse")


@_attrs_define
class AnalyzeResponse:
    """
    Attributes:
        id (str | Unset):
        data (str | Unset): The generated text.
        finish_reason (str | Unset):
        usage (Usage | Unset):
    """

    id: str | Unset = UNSET
    data: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data

        finish_reason = self.finish_reason

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if data is not UNSET:
            field_dict["data"] = data
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        id = get("id", UNSET)

        data = get("data", UNSET)

        finish_reason = get("finish_reason", UNSET)

        _usage = get("usage", UNSET)
        usage: Usage | Unset
        if _usage is None or _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        analyze_response = cls(
            id,
            data,
            finish_reason,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("id", None)
            pop("data", None)
            pop("finish_reason", None)
            pop("usage", None)
            analyze_response.additional_properties = extras
        return analyze_response

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


from ..models.usage import Usage

_DECLARED_KEYS = frozenset(
    {
        "id",
        "data",
        "finish_reason",
        "usage",
    }
)
