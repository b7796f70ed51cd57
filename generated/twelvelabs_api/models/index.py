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
        get = src_dict.get
        _raw_id = get("_id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

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

        _raw_created_at = get("created_at")
        if _raw_created_at is None:
            created_at = cast("datetime.datetime", MISSING)
        else:
            created_at = datetime.datetime.fromisoformat(_raw_created_at)

        video_count = get("video_count", UNSET)

        total_duration = get("total_duration", UNSET)

        addons = get("addons", UNSET)

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
            created_at,
            video_count,
            total_duration,
            addons,
            updated_at,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("_id", None)
            pop("index_name", None)
            pop("models", None)
            pop("created_at", None)
            pop("video_count", None)
            pop("total_duration", None)
            pop("addons", None)
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

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


from ..models.model_config import ModelConfig

_DECLARED_KEYS = frozenset(
    {
        "_id",
        "index_name",
        "models",
        "created_at",
        "video_count",
        "total_duration",
        "addons",
        "updated_at",
    }
)
