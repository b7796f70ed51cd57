from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="AnalyzeStreamEventMetadata")


@_attrs_define
class AnalyzeStreamEventMetadata:
    """
    Attributes:
        generation_id (str | Unset):
        usage (Usage | Unset):
    """

    generation_id: str | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        generation_id = get("generation_id", UNSET)

        _usage = get("usage", UNSET)
        usage: Usage | Unset
        if _usage is None or _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        analyze_stream_event_metadata = cls(
            generation_id,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("generation_id", None)
            pop("usage", None)
            analyze_stream_event_metadata.additional_properties = extras
        return analyze_stream_event_metadata

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


from ..models.usage import Usage

_DECLARED_KEYS = frozenset(
    {
        "generation_id",
        "usage",
    }
)
