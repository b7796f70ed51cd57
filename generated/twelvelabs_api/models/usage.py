from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Missing

T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """
    Attributes:
        output_tokens (int):
        input_tokens (int):
    """

    output_tokens: int
    input_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_tokens: Any = MISSING
        if not isinstance(self.output_tokens, Missing):
            output_tokens = self.output_tokens

        input_tokens: Any = MISSING
        if not isinstance(self.input_tokens, Missing):
            input_tokens = self.input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output_tokens": output_tokens,
                "input_tokens": input_tokens,
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
        _raw_output_tokens = get("output_tokens")
        if _raw_output_tokens is None:
            output_tokens = cast("int", MISSING)
        else:
            output_tokens = _raw_output_tokens

        _raw_input_tokens = get("input_tokens")
        if _raw_input_tokens is None:
            input_tokens = cast("int", MISSING)
        else:
            input_tokens = _raw_input_tokens

        usage = cls(
            output_tokens,
            input_tokens,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("output_tokens", None)
            pop("input_tokens", None)
            usage.additional_properties = extras
        return usage

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
        "output_tokens",
        "input_tokens",
    }
)
