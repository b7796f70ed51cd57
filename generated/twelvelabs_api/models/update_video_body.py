from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_video_body_user_metadata import UpdateVideoBodyUserMetadata


T = TypeVar("T", bound="UpdateVideoBody")


@_attrs_define
class UpdateVideoBody:
    """
    Attributes:
        video_title (str | Unset):
        user_metadata (UpdateVideoBodyUserMetadata | Unset):
    """

    video_title: str | Unset = UNSET
    user_metadata: UpdateVideoBodyUserMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_title = self.video_title

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_title is not UNSET:
            field_dict["video_title"] = video_title
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        video_title = get("video_title", UNSET)

        _user_metadata = get("user_metadata", UNSET)
        user_metadata: UpdateVideoBodyUserMetadata | Unset
        if _user_metadata is None or _user_metadata is UNSET:
            user_metadata = UNSET
        else:
            user_metadata = UpdateVideoBodyUserMetadata.from_dict(_user_metadata)

        update_video_body = cls(
            video_title,
            user_metadata,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("video_title", None)
            pop("user_metadata", None)
            update_video_body.additional_properties = extras
        return update_video_body

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


from ..models.update_video_body_user_metadata import UpdateVideoBodyUserMetadata

_DECLARED_KEYS = frozenset(
    {
        "video_title",
        "user_metadata",
    }
)
