from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import MISSING, UNSET, File, FileTypes, Missing, Unset

T = TypeVar("T", bound="CreateEmbeddingsBody")


@_attrs_define
class CreateEmbeddingsBody:
    """
    Attributes:
        model_name (str): The Marengo embedding model, e.g. Marengo-retrieval-2.7.
        text (str | Unset): Text to embed.
        image_url (str | Unset):
        image_file (File | Unset):
        audio_url (str | Unset):
        audio_file (File | Unset):
        video_url (str | Unset): URL of a short (<10 min) video to embed.
        video_file (File | Unset):
    """

    model_name: str
    text: str | Unset = UNSET
    image_url: str | Unset = UNSET
    image_file: File | Unset = UNSET
    audio_url: str | Unset = UNSET
    audio_file: File | Unset = UNSET
    video_url: str | Unset = UNSET
    video_file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: Any = MISSING
        if not isinstance(self.model_name, Missing):
            model_name = self.model_name

        text = self.text

        image_url = self.image_url

        image_file: FileTypes | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_tuple()

        audio_url = self.audio_url

        audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.audio_file, Unset):
            audio_file = self.audio_file.to_tuple()

        video_url = self.video_url

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_file is not UNSET:
            field_dict["image_file"] = image_file
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_file is not UNSET:
            field_dict["video_file"] = video_file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(
            ("model_name", (None, str(self.model_name).encode(), "text/plain"))
        )

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.image_url, Unset):
            files.append(
                ("image_url", (None, str(self.image_url).encode(), "text/plain"))
            )

        if not isinstance(self.image_file, Unset):
            files.append(("image_file", self.image_file.to_tuple()))

        if not isinstance(self.audio_url, Unset):
            files.append(
                ("audio_url", (None, str(self.audio_url).encode(), "text/plain"))
            )

        if not isinstance(self.audio_file, Unset):
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(
                ("video_url", (None, str(self.video_url).encode(), "text/plain"))
            )

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

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

        text = get("text", UNSET)

        image_url = get("image_url", UNSET)

        _image_file = get("image_file", UNSET)
        image_file: File | Unset
        if _image_file is None or _image_file is UNSET:
            image_file = UNSET
        else:
            image_file = File(payload=BytesIO(_image_file))

        audio_url = get("audio_url", UNSET)

        _audio_file = get("audio_file", UNSET)
        audio_file: File | Unset
        if _audio_file is None or _audio_file is UNSET:
            audio_file = UNSET
        else:
            audio_file = File(payload=BytesIO(_audio_file))

        video_url = get("video_url", UNSET)

        _video_file = get("video_file", UNSET)
        video_file: File | Unset
        if _video_file is None or _video_file is UNSET:
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        create_embeddings_body = cls(
            model_name,
            text,
            image_url,
            image_file,
            audio_url,
            audio_file,
            video_url,
            video_file,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("model_name", None)
            pop("text", None)
            pop("image_url", None)
            pop("image_file", None)
            pop("audio_url", None)
            pop("audio_file", None)
            pop("video_url", None)
            pop("video_file", None)
            create_embeddings_body.additional_properties = extras
        return create_embeddings_body

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
        "text",
        "image_url",
        "image_file",
        "audio_url",
        "audio_file",
        "video_url",
        "video_file",
    }
)
