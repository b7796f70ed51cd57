from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        id = get("_id", UNSET)

        index_name = get("index_name", UNSET)

        _models = get("models", UNSET)
        models: list[ModelConfig] | Unset
        if _models is None or _models is UNSET:
            models = UNSET
        else:
            models = [
                ModelConfig.from_dict(models_item_data) for models_item_data in _models
            ]

        video_count = get("video_count", UNSET)

        total_duration = get("total_duration", UNSET)

        addons = get("addons", UNSET)

        _created_at = get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is None or _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        index = cls(
            id,
            index_name,
            models,
            video_count,
            total_duration,
            addons,
            created_at,
            updated_at,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("_id", None)
            pop("index_name", None)
            pop("models", None)
            pop("video_count", None)
            pop("total_duration", None)
            pop("addons", None)
            pop("created_at", None)
            pop("updated_at", None)
            index.additional_properties = extras
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

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.model_config import ModelConfig

_DECLARED_KEYS = frozenset(
    {
        "_id",
        "index_name",
        "models",
        "video_count",
        "total_duration",
        "addons",
        "created_at",
        "updated_at",
    }
)
