from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_stream_event_event_type import AnalyzeStreamEventEventType
from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.analyze_stream_event_metadata import AnalyzeStreamEventMetadata


T = TypeVar("T", bound="AnalyzeStreamEvent")


@_attrs_define
class AnalyzeStreamEvent:
    """One NDJSON event emitted while streaming an analyze response.

    Attributes:
        event_type (AnalyzeStreamEventEventType):
        text (str | Unset): A slice of generated text (text_generation events).
        finish_reason (str | Unset):
        metadata (AnalyzeStreamEventMetadata | Unset):
    """

    event_type: AnalyzeStreamEventEventType
    text: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    metadata: AnalyzeStreamEventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: Any = MISSING
        if not isinstance(self.event_type, Missing):
            event_type = self.event_type.value

        text = self.text

        finish_reason = self.finish_reason

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if text is not UNSET:
            field_dict["text"] = text
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_event_type = get("event_type")
        if _raw_event_type is None:
            event_type = cast("AnalyzeStreamEventEventType", MISSING)
        else:
            event_type = _AnalyzeStreamEventEventType_MEMBERS.get(
                _raw_event_type
            ) or AnalyzeStreamEventEventType.from_value(_raw_event_type)

        text = get("text", UNSET)

        finish_reason = get("finish_reason", UNSET)

        _metadata = get("metadata", UNSET)
        metadata: AnalyzeStreamEventMetadata | Unset
        if _metadata is None or _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = AnalyzeStreamEventMetadata.from_dict(_metadata)

        analyze_stream_event = cls(
            event_type,
            text,
            finish_reason,
            metadata,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("event_type", None)
            pop("text", None)
            pop("finish_reason", None)
            pop("metadata", None)
            analyze_stream_event.additional_properties = extras
        return analyze_stream_event

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


from ..models.analyze_stream_event_metadata import AnalyzeStreamEventMetadata

_DECLARED_KEYS = frozenset(
    {
        "event_type",
        "text",
        "finish_reason",
        "metadata",
    }
)

_AnalyzeStreamEventEventType_MEMBERS = cast(
    "dict[Any, AnalyzeStreamEventEventType]",
    AnalyzeStreamEventEventType._value2member_map_,
)
