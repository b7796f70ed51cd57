from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.embedding_segments import EmbeddingSegments


T = TypeVar("T", bound="EmbeddingResponse")


@_attrs_define
class EmbeddingResponse:
    """
    Attributes:
        model_name (str):
        text_embedding (EmbeddingSegments | Unset):
        image_embedding (EmbeddingSegments | Unset):
        audio_embedding (EmbeddingSegments | Unset):
        video_embedding (EmbeddingSegments | Unset):
    """

    model_name: str
    text_embedding: EmbeddingSegments | Unset = UNSET
    image_embedding: EmbeddingSegments | Unset = UNSET
    audio_embedding: EmbeddingSegments | Unset = UNSET
    video_embedding: EmbeddingSegments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name: Any = MISSING
        if not isinstance(self.model_name, Missing):
            model_name = self.model_name

        text_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_embedding, Unset):
            text_embedding = self.text_embedding.to_dict()

        image_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_embedding, Unset):
            image_embedding = self.image_embedding.to_dict()

        audio_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_embedding, Unset):
            audio_embedding = self.audio_embedding.to_dict()

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if text_embedding is not UNSET:
            field_dict["text_embedding"] = text_embedding
        if image_embedding is not UNSET:
            field_dict["image_embedding"] = image_embedding
        if audio_embedding is not UNSET:
            field_dict["audio_embedding"] = audio_embedding
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_model_name = get("model_name")
        if _raw_model_name is None:
            model_name = cast("str", MISSING)
        else:
            model_name = _raw_model_name

        _text_embedding = get("text_embedding", UNSET)
        text_embedding: EmbeddingSegments | Unset
        if _text_embedding is None or _text_embedding is UNSET:
            text_embedding = UNSET
        else:
            text_embedding = EmbeddingSegments.from_dict(_text_embedding)

        _image_embedding = get("image_embedding", UNSET)
        image_embedding: EmbeddingSegments | Unset
        if _image_embedding is None or _image_embedding is UNSET:
            image_embedding = UNSET
        else:
            image_embedding = EmbeddingSegments.from_dict(_image_embedding)

        _audio_embedding = get("audio_embedding", UNSET)
        audio_embedding: EmbeddingSegments | Unset
        if _audio_embedding is None or _audio_embedding is UNSET:
            audio_embedding = UNSET
        else:
            audio_embedding = EmbeddingSegments.from_dict(_audio_embedding)

        _video_embedding = get("video_embedding", UNSET)
        video_embedding: EmbeddingSegments | Unset
        if _video_embedding is None or _video_embedding is UNSET:
            video_embedding = UNSET
        else:
            video_embedding = EmbeddingSegments.from_dict(_video_embedding)

        embedding_response = cls(
            model_name,
            text_embedding,
            image_embedding,
            audio_embedding,
            video_embedding,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("model_name", None)
            pop("text_embedding", None)
            pop("image_embedding", None)
            pop("audio_embedding", None)
            pop("video_embedding", None)
            embedding_response.additional_properties = extras
        return embedding_response

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


from ..models.embedding_segments import EmbeddingSegments

_DECLARED_KEYS = frozenset(
    {
        "model_name",
        "text_embedding",
        "image_embedding",
        "audio_embedding",
        "video_embedding",
    }
)
