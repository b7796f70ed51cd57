from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoHls")


@_attrs_define
class VideoHls:
    """
    Attributes:
        video_url (str | Unset):
        thumbnail_urls (list[str] | Unset):
        status (str | Unset):
    """

    video_url: str | Unset = UNSET
    thumbnail_urls: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        thumbnail_urls: list[str] | Unset = UNSET
        if not isinstance(self.thumbnail_urls, Unset):
            thumbnail_urls = self.thumbnail_urls

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_urls is not UNSET:
            field_dict["thumbnail_urls"] = thumbnail_urls
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        video_url = get("video_url", UNSET)

        thumbnail_urls = get("thumbnail_urls", UNSET)

        status = get("status", UNSET)

        video_hls = cls(
            video_url,
            thumbnail_urls,
            status,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("video_url", None)
            pop("thumbnail_urls", None)
            pop("status", None)
            video_hls.additional_properties = extras
        return video_hls

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
        "video_url",
        "thumbnail_urls",
        "status",
    }
)
