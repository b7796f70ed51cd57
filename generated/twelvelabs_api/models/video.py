from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.video_hls import VideoHls
    from ..models.video_system_metadata import VideoSystemMetadata
    from ..models.video_user_metadata import VideoUserMetadata


T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """
    Attributes:
        id (str):
        created_at (datetime.datetime):
        system_metadata (VideoSystemMetadata):
        updated_at (datetime.datetime | Unset):
        indexed_at (datetime.datetime | Unset):
        video_title (str | Unset):
        user_metadata (VideoUserMetadata | Unset):
        hls (VideoHls | Unset):
    """

    id: str
    created_at: datetime.datetime
    system_metadata: VideoSystemMetadata
    updated_at: datetime.datetime | Unset = UNSET
    indexed_at: datetime.datetime | Unset = UNSET
    video_title: str | Unset = UNSET
    user_metadata: VideoUserMetadata | Unset = UNSET
    hls: VideoHls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        created_at: Any = MISSING
        if not isinstance(self.created_at, Missing):
            created_at = self.created_at.isoformat()

        system_metadata: Any = MISSING
        if not isinstance(self.system_metadata, Missing):
            system_metadata = self.system_metadata.to_dict()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        indexed_at: str | Unset = UNSET
        if not isinstance(self.indexed_at, Unset):
            indexed_at = self.indexed_at.isoformat()

        video_title = self.video_title

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "created_at": created_at,
                "system_metadata": system_metadata,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if indexed_at is not UNSET:
            field_dict["indexed_at"] = indexed_at
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
        get = src_dict.get
        _raw_id = get("_id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        _raw_created_at = get("created_at")
        if _raw_created_at is None:
            created_at = cast("datetime.datetime", MISSING)
        else:
            created_at = datetime.datetime.fromisoformat(_raw_created_at)

        _raw_system_metadata = get("system_metadata")
        if _raw_system_metadata is None:
            system_metadata = cast("VideoSystemMetadata", MISSING)
        else:
            system_metadata = VideoSystemMetadata.from_dict(_raw_system_metadata)

        _updated_at = get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is None or _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _indexed_at = get("indexed_at", UNSET)
        indexed_at: datetime.datetime | Unset
        if _indexed_at is None or _indexed_at is UNSET:
            indexed_at = UNSET
        else:
            indexed_at = datetime.datetime.fromisoformat(_indexed_at)

        video_title = get("video_title", UNSET)

        _user_metadata = get("user_metadata", UNSET)
        user_metadata: VideoUserMetadata | Unset
        if _user_metadata is None or _user_metadata is UNSET:
            user_metadata = UNSET
        else:
            user_metadata = VideoUserMetadata.from_dict(_user_metadata)

        _hls = get("hls", UNSET)
        hls: VideoHls | Unset
        if _hls is None or _hls is UNSET:
            hls = UNSET
        else:
            hls = VideoHls.from_dict(_hls)

        video = cls(
            id,
            created_at,
            system_metadata,
            updated_at,
            indexed_at,
            video_title,
            user_metadata,
            hls,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("_id", None)
            pop("created_at", None)
            pop("system_metadata", None)
            pop("updated_at", None)
            pop("indexed_at", None)
            pop("video_title", None)
            pop("user_metadata", None)
            pop("hls", None)
            video.additional_properties = extras
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

_DECLARED_KEYS = frozenset(
    {
        "_id",
        "created_at",
        "system_metadata",
        "updated_at",
        "indexed_at",
        "video_title",
        "user_metadata",
        "hls",
    }
)
