from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_index_request_addons_item import CreateIndexRequestAddonsItem
from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.model_config import ModelConfig


T = TypeVar("T", bound="CreateIndexRequest")


@_attrs_define
class CreateIndexRequest:
    """
    Attributes:
        index_name (str):
        models (list[ModelConfig]):
        addons (list[CreateIndexRequestAddonsItem] | Unset):
    """

    index_name: str
    models: list[ModelConfig]
    addons: list[CreateIndexRequestAddonsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_name: Any = MISSING
        if not isinstance(self.index_name, Missing):
            index_name = self.index_name

        models: Any = MISSING
        if not isinstance(self.models, Missing):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item = addons_item_data.value
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_name": index_name,
                "models": models,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_index_name = get("index_name")
        if _raw_index_name is None:
            index_name = cast("str", MISSING)
        else:
            index_name = _raw_index_name

        _raw_models = get("models")
        if _raw_models is None:
            models = cast("list[ModelConfig]", MISSING)
        else:
            models = [
                ModelConfig.from_dict(models_item_data)
                for models_item_data in _raw_models
            ]

        _addons = get("addons", UNSET)
        addons: list[CreateIndexRequestAddonsItem] | Unset
        if _addons is None or _addons is UNSET:
            addons = UNSET
        else:
            addons = [
                (
                    _CreateIndexRequestAddonsItem_MEMBERS.get(addons_item_data)
                    or CreateIndexRequestAddonsItem.from_value(addons_item_data)
                )
                for addons_item_data in _addons
            ]

        create_index_request = cls(
            index_name,
            models,
            addons,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("index_name", None)
            pop("models", None)
            pop("addons", None)
            create_index_request.additional_properties = extras
        return create_index_request

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


from ..models.model_config import ModelConfig

_DECLARED_KEYS = frozenset(
    {
        "index_name",
        "models",
        "addons",
    }
)

_CreateIndexRequestAddonsItem_MEMBERS = cast(
    "dict[Any, CreateIndexRequestAddonsItem]",
    CreateIndexRequestAddonsItem._value2member_map_,
)
