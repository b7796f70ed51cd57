from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_hls import VideoHls
    from ..models.video_system_metadata import VideoSystemMetadata
    from ..models.video_user_metadata import VideoUserMetadata


T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """
    Attributes:
        id (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        indexed_at (datetime.datetime | Unset):
        system_metadata (VideoSystemMetadata | Unset):
        video_title (str | Unset):
        user_metadata (VideoUserMetadata | Unset):
        hls (VideoHls | Unset):
    """

    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    indexed_at: datetime.datetime | Unset = UNSET
    system_metadata: VideoSystemMetadata | Unset = UNSET
    video_title: str | Unset = UNSET
    user_metadata: VideoUserMetadata | Unset = UNSET
    hls: VideoHls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        indexed_at: str | Unset = UNSET
        if not isinstance(self.indexed_at, Unset):
            indexed_at = self.indexed_at.isoformat()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        video_title = self.video_title

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if indexed_at is not UNSET:
            field_dict["indexed_at"] = indexed_at
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if video_title is not UNSET:
            field_dict["video_title"] = video_title
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if hls is not UNSET:
            field_dict["hls"] = hls

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

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

        _indexed_at = d.pop("indexed_at", UNSET)
        indexed_at: datetime.datetime | Unset
        if _indexed_at is None or isinstance(_indexed_at, Unset):
            indexed_at = UNSET
        else:
            indexed_at = datetime.datetime.fromisoformat(_indexed_at)

        _system_metadata = d.pop("system_metadata", UNSET)
        system_metadata: VideoSystemMetadata | Unset
        if _system_metadata is None or isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = VideoSystemMetadata.from_dict(_system_metadata)

        video_title = d.pop("video_title", UNSET)

        _user_metadata = d.pop("user_metadata", UNSET)
        user_metadata: VideoUserMetadata | Unset
        if _user_metadata is None or isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = VideoUserMetadata.from_dict(_user_metadata)

        _hls = d.pop("hls", UNSET)
        hls: VideoHls | Unset
        if _hls is None or isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = VideoHls.from_dict(_hls)

        video = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            indexed_at=indexed_at,
            system_metadata=system_metadata,
            video_title=video_title,
            user_metadata=user_metadata,
            hls=hls,
        )

        video.additional_properties = d
        return video

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


from ..models.video_hls import VideoHls
from ..models.video_system_metadata import VideoSystemMetadata
from ..models.video_user_metadata import VideoUserMetadata
