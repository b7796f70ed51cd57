from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.model_config import ModelConfig


T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    """
    Attributes:
        id (str):
        index_name (str):
        models (list[ModelConfig]):
        created_at (datetime.datetime):
        video_count (int | Unset):
        total_duration (float | Unset):
        addons (list[str] | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: str
    index_name: str
    models: list[ModelConfig]
    created_at: datetime.datetime
    video_count: int | Unset = UNSET
    total_duration: float | Unset = UNSET
    addons: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        index_name: Any = MISSING
        if not isinstance(self.index_name, Missing):
            index_name = self.index_name

        models: Any = MISSING
        if not isinstance(self.models, Missing):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        created_at: Any = MISSING
        if not isinstance(self.created_at, Missing):
            created_at = self.created_at.isoformat()

        video_count = self.video_count

        total_duration = self.total_duration

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = self.addons

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "index_name": index_name,
                "models": models,
                "created_at": created_at,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if video_count is not UNSET:
            field_dict["video_count"] = video_count
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if addons is not UNSET:
            field_dict["addons"] = addons
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_id = d.pop("_id", MISSING)
        if _raw_id is MISSING or _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        _raw_index_name = d.pop("index_name", MISSING)
        if _raw_index_name is MISSING or _raw_index_name is None:
            index_name = cast("str", MISSING)
        else:
            index_name = _raw_index_name

        _raw_models = d.pop("models", MISSING)
        if _raw_models is MISSING or _raw_models is None:
            models = cast("list[ModelConfig]", MISSING)
        else:
            models = []
            _models = _raw_models
            for models_item_data in _models:
                models_item = ModelConfig.from_dict(models_item_data)

                models.append(models_item)

        _raw_created_at = d.pop("created_at", MISSING)
        if _raw_created_at is MISSING or _raw_created_at is None:
            created_at = cast("datetime.datetime", MISSING)
        else:
            created_at = datetime.datetime.fromisoformat(_raw_created_at)

        video_count = d.pop("video_count", UNSET)

        total_duration = d.pop("total_duration", UNSET)

        addons = cast(list[str], d.pop("addons", UNSET))

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
            created_at=created_at,
            video_count=video_count,
            total_duration=total_duration,
            addons=addons,
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
