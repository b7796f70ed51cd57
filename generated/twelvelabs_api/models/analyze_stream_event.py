from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_stream_event_event_type import AnalyzeStreamEventEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analyze_stream_event_metadata import AnalyzeStreamEventMetadata


T = TypeVar("T", bound="AnalyzeStreamEvent")


@_attrs_define
class AnalyzeStreamEvent:
    """One NDJSON event emitted while streaming an analyze response.

    Attributes:
        event_type (AnalyzeStreamEventEventType | Unset):
        text (str | Unset): A slice of generated text (text_generation events).
        finish_reason (str | Unset):
        metadata (AnalyzeStreamEventMetadata | Unset):
    """

    event_type: AnalyzeStreamEventEventType | Unset = UNSET
    text: str | Unset = UNSET
    finish_reason: str | Unset = UNSET
    metadata: AnalyzeStreamEventMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        text = self.text

        finish_reason = self.finish_reason

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if text is not UNSET:
            field_dict["text"] = text
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _event_type = get("event_type", UNSET)
        event_type: AnalyzeStreamEventEventType | Unset
        if _event_type is None or _event_type is UNSET:
            event_type = UNSET
        else:
            event_type = _AnalyzeStreamEventEventType_MEMBERS.get(
                _event_type
            ) or AnalyzeStreamEventEventType.from_value(_event_type)

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

    def __contains__(self, key: str) -> bool:
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
