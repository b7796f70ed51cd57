from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_search_body_group_by import CreateSearchBodyGroupBy
from ..models.create_search_body_operator import CreateSearchBodyOperator
from ..models.create_search_body_query_media_type import CreateSearchBodyQueryMediaType
from ..models.create_search_body_search_options_item import (
    CreateSearchBodySearchOptionsItem,
)
from ..models.create_search_body_sort_option import CreateSearchBodySortOption
from ..models.create_search_body_threshold import CreateSearchBodyThreshold
from ..types import MISSING, UNSET, File, FileTypes, Missing, Unset

T = TypeVar("T", bound="CreateSearchBody")


@_attrs_define
class CreateSearchBody:
    """
    Attributes:
        index_id (str): Unique identifier of the index to search.
        search_options (list[CreateSearchBodySearchOptionsItem]): Sources of information the platform uses.
        query_text (str | Unset): Natural-language query (up to 500 tokens).
        query_media_type (CreateSearchBodyQueryMediaType | Unset): Type of media query.
        query_media_url (str | Unset): Publicly accessible URL of the query media.
        query_media_file (File | Unset): Local query media file.
        group_by (CreateSearchBodyGroupBy | Unset):  Default: CreateSearchBodyGroupBy.CLIP.
        operator (CreateSearchBodyOperator | Unset):  Default: CreateSearchBodyOperator.OR.
        page_limit (int | Unset):  Default: 10.
        filter_ (str | Unset): Stringified JSON filter over video metadata.
        threshold (CreateSearchBodyThreshold | Unset): Minimum confidence level of returned results.
        sort_option (CreateSearchBodySortOption | Unset):  Default: CreateSearchBodySortOption.SCORE.
    """

    index_id: str
    search_options: list[CreateSearchBodySearchOptionsItem]
    query_text: str | Unset = UNSET
    query_media_type: CreateSearchBodyQueryMediaType | Unset = UNSET
    query_media_url: str | Unset = UNSET
    query_media_file: File | Unset = UNSET
    group_by: CreateSearchBodyGroupBy | Unset = CreateSearchBodyGroupBy.CLIP
    operator: CreateSearchBodyOperator | Unset = CreateSearchBodyOperator.OR
    page_limit: int | Unset = 10
    filter_: str | Unset = UNSET
    threshold: CreateSearchBodyThreshold | Unset = UNSET
    sort_option: CreateSearchBodySortOption | Unset = CreateSearchBodySortOption.SCORE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_id: Any = MISSING
        if not isinstance(self.index_id, Missing):
            index_id = self.index_id

        search_options: Any = MISSING
        if not isinstance(self.search_options, Missing):
            search_options = []
            for search_options_item_data in self.search_options:
                search_options_item = search_options_item_data.value
                search_options.append(search_options_item)

        query_text = self.query_text

        query_media_type: str | Unset = UNSET
        if not isinstance(self.query_media_type, Unset):
            query_media_type = self.query_media_type.value

        query_media_url = self.query_media_url

        query_media_file: FileTypes | Unset = UNSET
        if not isinstance(self.query_media_file, Unset):
            query_media_file = self.query_media_file.to_tuple()

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        page_limit = self.page_limit

        filter_ = self.filter_

        threshold: str | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.value

        sort_option: str | Unset = UNSET
        if not isinstance(self.sort_option, Unset):
            sort_option = self.sort_option.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_id": index_id,
                "search_options": search_options,
            }
        )
        if MISSING in field_dict.values():
            field_dict = {k: v for k, v in field_dict.items() if v is not MISSING}
        if query_text is not UNSET:
            field_dict["query_text"] = query_text
        if query_media_type is not UNSET:
            field_dict["query_media_type"] = query_media_type
        if query_media_url is not UNSET:
            field_dict["query_media_url"] = query_media_url
        if query_media_file is not UNSET:
            field_dict["query_media_file"] = query_media_file
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if operator is not UNSET:
            field_dict["operator"] = operator
        if page_limit is not UNSET:
            field_dict["page_limit"] = page_limit
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if sort_option is not UNSET:
            field_dict["sort_option"] = sort_option

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        for search_options_item_element in self.search_options:
            files.append(
                (
                    "search_options",
                    (
                        None,
                        str(search_options_item_element.value).encode(),
                        "text/plain",
                    ),
                )
            )

        if not isinstance(self.query_text, Unset):
            files.append(
                ("query_text", (None, str(self.query_text).encode(), "text/plain"))
            )

        if not isinstance(self.query_media_type, Unset):
            files.append(
                (
                    "query_media_type",
                    (None, str(self.query_media_type.value).encode(), "text/plain"),
                )
            )

        if not isinstance(self.query_media_url, Unset):
            files.append(
                (
                    "query_media_url",
                    (None, str(self.query_media_url).encode(), "text/plain"),
                )
            )

        if not isinstance(self.query_media_file, Unset):
            files.append(("query_media_file", self.query_media_file.to_tuple()))

        if not isinstance(self.group_by, Unset):
            files.append(
                ("group_by", (None, str(self.group_by.value).encode(), "text/plain"))
            )

        if not isinstance(self.operator, Unset):
            files.append(
                ("operator", (None, str(self.operator.value).encode(), "text/plain"))
            )

        if not isinstance(self.page_limit, Unset):
            files.append(
                ("page_limit", (None, str(self.page_limit).encode(), "text/plain"))
            )

        if not isinstance(self.filter_, Unset):
            files.append(("filter", (None, str(self.filter_).encode(), "text/plain")))

        if not isinstance(self.threshold, Unset):
            files.append(
                ("threshold", (None, str(self.threshold.value).encode(), "text/plain"))
            )

        if not isinstance(self.sort_option, Unset):
            files.append(
                (
                    "sort_option",
                    (None, str(self.sort_option.value).encode(), "text/plain"),
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

        _raw_search_options = get("search_options")
        if _raw_search_options is None:
            search_options = cast("list[CreateSearchBodySearchOptionsItem]", MISSING)
        else:
            search_options = [
                (
                    _CreateSearchBodySearchOptionsItem_MEMBERS.get(
                        search_options_item_data
                    )
                    or CreateSearchBodySearchOptionsItem.from_value(
                        search_options_item_data
                    )
                )
                for search_options_item_data in _raw_search_options
            ]

        query_text = get("query_text", UNSET)

        _query_media_type = get("query_media_type", UNSET)
        query_media_type: CreateSearchBodyQueryMediaType | Unset
        if _query_media_type is None or _query_media_type is UNSET:
            query_media_type = UNSET
        else:
            query_media_type = _CreateSearchBodyQueryMediaType_MEMBERS.get(
                _query_media_type
            ) or CreateSearchBodyQueryMediaType.from_value(_query_media_type)

        query_media_url = get("query_media_url", UNSET)

        _query_media_file = get("query_media_file", UNSET)
        query_media_file: File | Unset
        if _query_media_file is None or _query_media_file is UNSET:
            query_media_file = UNSET
        else:
            query_media_file = File(payload=BytesIO(_query_media_file))

        _group_by = get("group_by", UNSET)
        group_by: CreateSearchBodyGroupBy | Unset
        if _group_by is None or _group_by is UNSET:
            group_by = UNSET
        else:
            group_by = _CreateSearchBodyGroupBy_MEMBERS.get(
                _group_by
            ) or CreateSearchBodyGroupBy.from_value(_group_by)

        _operator = get("operator", UNSET)
        operator: CreateSearchBodyOperator | Unset
        if _operator is None or _operator is UNSET:
            operator = UNSET
        else:
            operator = _CreateSearchBodyOperator_MEMBERS.get(
                _operator
            ) or CreateSearchBodyOperator.from_value(_operator)

        page_limit = get("page_limit", UNSET)

        filter_ = get("filter", UNSET)

        _threshold = get("threshold", UNSET)
        threshold: CreateSearchBodyThreshold | Unset
        if _threshold is None or _threshold is UNSET:
            threshold = UNSET
        else:
            threshold = _CreateSearchBodyThreshold_MEMBERS.get(
                _threshold
            ) or CreateSearchBodyThreshold.from_value(_threshold)

        _sort_option = get("sort_option", UNSET)
        sort_option: CreateSearchBodySortOption | Unset
        if _sort_option is None or _sort_option is UNSET:
            sort_option = UNSET
        else:
            sort_option = _CreateSearchBodySortOption_MEMBERS.get(
                _sort_option
            ) or CreateSearchBodySortOption.from_value(_sort_option)

        create_search_body = cls(
            index_id,
            search_options,
            query_text,
            query_media_type,
            query_media_url,
            query_media_file,
            group_by,
            operator,
            page_limit,
            filter_,
            threshold,
            sort_option,
        )

        if not _DECLARED_KEYS.issuperset(src_dict):
            extras = dict(src_dict)
            pop = extras.pop
            pop("index_id", None)
            pop("search_options", None)
            pop("query_text", None)
            pop("query_media_type", None)
            pop("query_media_url", None)
            pop("query_media_file", None)
            pop("group_by", None)
            pop("operator", None)
            pop("page_limit", None)
            pop("filter", None)
            pop("threshold", None)
            pop("sort_option", None)
            create_search_body.additional_properties = extras
        return create_search_body

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
        "search_options",
        "query_text",
        "query_media_type",
        "query_media_url",
        "query_media_file",
        "group_by",
        "operator",
        "page_limit",
        "filter",
        "threshold",
        "sort_option",
    }
)

_CreateSearchBodyGroupBy_MEMBERS = cast(
    "dict[Any, CreateSearchBodyGroupBy]", CreateSearchBodyGroupBy._value2member_map_
)
_CreateSearchBodyOperator_MEMBERS = cast(
    "dict[Any, CreateSearchBodyOperator]", CreateSearchBodyOperator._value2member_map_
)
_CreateSearchBodyQueryMediaType_MEMBERS = cast(
    "dict[Any, CreateSearchBodyQueryMediaType]",
    CreateSearchBodyQueryMediaType._value2member_map_,
)
_CreateSearchBodySearchOptionsItem_MEMBERS = cast(
    "dict[Any, CreateSearchBodySearchOptionsItem]",
    CreateSearchBodySearchOptionsItem._value2member_map_,
)
_CreateSearchBodySortOption_MEMBERS = cast(
    "dict[Any, CreateSearchBodySortOption]",
    CreateSearchBodySortOption._value2member_map_,
)
_CreateSearchBodyThreshold_MEMBERS = cast(
    "dict[Any, CreateSearchBodyThreshold]", CreateSearchBodyThreshold._value2member_map_
)
