from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Missing, Unset

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="GenerateGistResponse200")


@_attrs_define
class GenerateGistResponse200:
    """
    Attributes:
        id (str):
        title (str | Unset):
        topics (list[str] | Unset):
        hashtags (list[str] | Unset):
        usage (Usage | Unset):
    """

    id: str
    title: str | Unset = UNSET
    topics: list[str] | Unset = UNSET
    hashtags: list[str] | Unset = UNSET
    usage: Usage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = MISSING
        if not isinstance(self.id, Missing):
            id = self.id

        title = self.title

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        hashtags: list[str] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = self.hashtags

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if title is not UNSET:
            field_dict["title"] = title
        if topics is not UNSET:
            field_dict["topics"] = topics
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as the API's JSON (what `to_dict()` returns, serialized)."""
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        get = src_dict.get
        _raw_id = get("id")
        if _raw_id is None:
            id = cast("str", MISSING)
        else:
            id = _raw_id

        title = get("title", UNSET)

        topics = get("topics", UNSET)

        hashtags = get("hashtags", UNSET)

        _usage = get("usage", UNSET)
        usage: Usage | Unset
        if _usage is None or _usage is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        generate_gist_response_200 = cls(
            id,
            title,
            topics,
            hashtags,
            usage,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("id", None)
            pop("title", None)
            pop("topics", None)
            pop("hashtags", None)
            pop("usage", None)
            generate_gist_response_200.additional_properties = extras
        return generate_gist_response_200

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


from ..models.usage import Usage

_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "topics",
        "hashtags",
        "usage",
    }
)
