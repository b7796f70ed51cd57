from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_embedding_task_body_video_embedding_scopes_item import (
    CreateEmbeddingTaskBodyVideoEmbeddingScopesItem,
)
from ..types import MISSING, UNSET, File, FileTypes, Missing, Unset

T = TypeVar("T", bound="CreateEmbeddingTaskBody")


@_attrs_define
class CreateEmbeddingTaskBody:
    """
    Attributes:
        model_name (str):
        video_url (str | Unset):
        video_file (File | Unset):
        video_embedding_scopes (list[CreateEmbeddingTaskBodyVideoEmbeddingScopesItem] | Unset):
    """

    model_name: str
    video_url: str | Unset = UNSET
    video_file: File | Unset = UNSET
    video_embedding_scopes: (
        list[CreateEmbeddingTaskBodyVideoEmbeddingScopesItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: Any = MISSING
        if not isinstance(self.model_name, Missing):
            model_name = self.model_name

        video_url = self.video_url

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_embedding_scopes: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_scopes, Unset):
            video_embedding_scopes = []
            for video_embedding_scopes_item_data in self.video_embedding_scopes:
                video_embedding_scopes_item = video_embedding_scopes_item_data.value
                video_embedding_scopes.append(video_embedding_scopes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_embedding_scopes is not UNSET:
            field_dict["video_embedding_scopes"] = video_embedding_scopes

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("model_name", (None, str(self.model_name).encode(), "text/plain"))
        )

        if not isinstance(self.video_url, Unset):
            files.append(
                ("video_url", (None, str(self.video_url).encode(), "text/plain"))
            )

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_embedding_scopes, Unset):
            for video_embedding_scopes_item_element in self.video_embedding_scopes:
                files.append(
                    (
                        "video_embedding_scopes",
                        (
                            None,
                            str(video_embedding_scopes_item_element.value).encode(),
                            "text/plain",
                        ),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_model_name = get("model_name")
        if _raw_model_name is None:
            model_name = cast("str", MISSING)
        else:
            model_name = _raw_model_name

        video_url = get("video_url", UNSET)

        _video_file = get("video_file", UNSET)
        video_file: File | Unset
        if _video_file is None or _video_file is UNSET:
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        _video_embedding_scopes = get("video_embedding_scopes", UNSET)
        video_embedding_scopes: (
            list[CreateEmbeddingTaskBodyVideoEmbeddingScopesItem] | Unset
        )
        if _video_embedding_scopes is None or _video_embedding_scopes is UNSET:
            video_embedding_scopes = UNSET
        else:
            video_embedding_scopes = [
                (
                    _CreateEmbeddingTaskBodyVideoEmbeddingScopesItem_MEMBERS.get(
                        video_embedding_scopes_item_data
                    )
                    or CreateEmbeddingTaskBodyVideoEmbeddingScopesItem.from_value(
                        video_embedding_scopes_item_data
                    )
                )
                for video_embedding_scopes_item_data in _video_embedding_scopes
            ]

        create_embedding_task_body = cls(
            model_name,
            video_url,
            video_file,
            video_embedding_scopes,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("model_name", None)
            pop("video_url", None)
            pop("video_file", None)
            pop("video_embedding_scopes", None)
            create_embedding_task_body.additional_properties = extras
        return create_embedding_task_body

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
        "video_url",
        "video_file",
        "video_embedding_scopes",
    }
)

_CreateEmbeddingTaskBodyVideoEmbeddingScopesItem_MEMBERS = cast(
    "dict[Any, CreateEmbeddingTaskBodyVideoEmbeddingScopesItem]",
    CreateEmbeddingTaskBodyVideoEmbeddingScopesItem._value2member_map_,
)
