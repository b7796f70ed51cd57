from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_config_model_options_item import ModelConfigModelOptionsItem

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
        model_name = self.model_name

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        model_name = src_dict["model_name"]

        model_options = [
            (
                _ModelConfigModelOptionsItem_MEMBERS.get(model_options_item_data)
                or ModelConfigModelOptionsItem.from_value(model_options_item_data)
            )
            for model_options_item_data in src_dict["model_options"]
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

    def __contains__(self, key: str) -> bool:
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
