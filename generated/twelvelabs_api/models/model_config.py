from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_config_model_options_item import ModelConfigModelOptionsItem
from ..types import MISSING, Missing

T = TypeVar("T", bound="ModelConfig")


@_attrs_define
class ModelConfig:
    """
    Attributes:
        model_name (str): e.g. marengo3.0 or pegasus1.2.
        model_options (list[ModelConfigModelOptionsItem]):
    """

    model_name: str
    model_options: list[ModelConfigModelOptionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: Any = MISSING
        if not isinstance(self.model_name, Missing):
            model_name = self.model_name

        model_options: Any = MISSING
        if not isinstance(self.model_options, Missing):
            model_options = []
            for model_options_item_data in self.model_options:
                model_options_item = model_options_item_data.value
                model_options.append(model_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "model_options": model_options,
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
        _raw_model_name = get("model_name")
        if _raw_model_name is None:
            model_name = cast("str", MISSING)
        else:
            model_name = _raw_model_name

        _raw_model_options = get("model_options")
        if _raw_model_options is None:
            model_options = cast("list[ModelConfigModelOptionsItem]", MISSING)
        else:
            model_options = [
                (
                    _ModelConfigModelOptionsItem_MEMBERS.get(model_options_item_data)
                    or ModelConfigModelOptionsItem.from_value(model_options_item_data)
                )
                for model_options_item_data in _raw_model_options
            ]

        model_config = cls(
            model_name,
            model_options,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("model_name", None)
            pop("model_options", None)
            model_config.additional_properties = extras
        return model_config

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
        "model_name",
        "model_options",
    }
)

_ModelConfigModelOptionsItem_MEMBERS = cast(
    "dict[Any, ModelConfigModelOptionsItem]",
    ModelConfigModelOptionsItem._value2member_map_,
)
