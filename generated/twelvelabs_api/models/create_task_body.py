from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import MISSING, UNSET, File, FileTypes, Missing, Unset

T = TypeVar("T", bound="CreateTaskBody")


@_attrs_define
class CreateTaskBody:
    """
    Attributes:
        index_id (str): Unique identifier of the target index.
        video_file (File | Unset): The video file to upload (use this OR video_url).
        video_url (str | Unset): Publicly accessible URL of the video (use this OR video_file).
        enable_video_stream (bool | Unset): Whether the platform stores the video for streaming. Default: True.
        user_metadata (str | Unset): JSON-encoded user metadata for categorization.
    """

    index_id: str
    video_file: File | Unset = UNSET
    video_url: str | Unset = UNSET
    enable_video_stream: bool | Unset = True
    user_metadata: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id: Any = MISSING
        if not isinstance(self.index_id, Missing):
            index_id = self.index_id

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_url = self.video_url

        enable_video_stream = self.enable_video_stream

        user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_id": index_id,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if enable_video_stream is not UNSET:
            field_dict["enable_video_stream"] = enable_video_stream
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(
                ("video_url", (None, str(self.video_url).encode(), "text/plain"))
            )

        if not isinstance(self.enable_video_stream, Unset):
            files.append(
                (
                    "enable_video_stream",
                    (
                        None,
                        b"true" if self.enable_video_stream else b"false",
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.user_metadata, Unset):
            files.append(
                (
                    "user_metadata",
                    (None, str(self.user_metadata).encode(), "text/plain"),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_index_id = get("index_id")
        if _raw_index_id is None:
            index_id = cast("str", MISSING)
        else:
            index_id = _raw_index_id

        _video_file = get("video_file", UNSET)
        video_file: File | Unset
        if _video_file is None or _video_file is UNSET:
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        video_url = get("video_url", UNSET)

        enable_video_stream = get("enable_video_stream", UNSET)

        user_metadata = get("user_metadata", UNSET)

        create_task_body = cls(
            index_id,
            video_file,
            video_url,
            enable_video_stream,
            user_metadata,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("index_id", None)
            pop("video_file", None)
            pop("video_url", None)
            pop("enable_video_stream", None)
            pop("user_metadata", None)
            create_task_body.additional_properties = extras
        return create_task_body

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
        "index_id",
        "video_file",
        "video_url",
        "enable_video_stream",
        "user_metadata",
    }
)
