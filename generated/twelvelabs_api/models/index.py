from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_config import ModelConfig


T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    """
    Attributes:
        id (str | Unset):
        index_name (str | Unset):
        models (list[ModelConfig] | Unset):
        video_count (int | Unset):
        total_duration (float | Unset):
        addons (list[str] | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    index_name: str | Unset = UNSET
    models: list[ModelConfig] | Unset = UNSET
    video_count: int | Unset = UNSET
    total_duration: float | Unset = UNSET
    addons: list[str] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index_name = self.index_name

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        video_count = self.video_count

        total_duration = self.total_duration

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = self.addons

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if models is not UNSET:
            field_dict["models"] = models
        if video_count is not UNSET:
            field_dict["video_count"] = video_count
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if addons is not UNSET:
            field_dict["addons"] = addons
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        index_name = d.pop("index_name", UNSET)

        _models = d.pop("models", UNSET)
        models: list[ModelConfig] | Unset = UNSET
        if _models is not UNSET and _models is not None:
            models = []
            for models_item_data in _models:
                models_item = ModelConfig.from_dict(models_item_data)

                models.append(models_item)

        video_count = d.pop("video_count", UNSET)

        total_duration = d.pop("total_duration", UNSET)

        addons = cast(list[str], d.pop("addons", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        index = cls(
            id=id,
            index_name=index_name,
            models=models,
            video_count=video_count,
            total_duration=total_duration,
            addons=addons,
            created_at=created_at,
            updated_at=updated_at,
        )

        index.additional_properties = d
        return index

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
