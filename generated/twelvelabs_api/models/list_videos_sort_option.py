from enum import StrEnum
from typing import cast


class ListVideosSortOption(StrEnum):
    """The values the spec lists; a value it does not list yet parses too (an open enum)."""

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_value(cls, value: str) -> "ListVideosSortOption":
        """The member for `value`: a dict lookup for known values (calling the
        class costs several times more), a pseudo-member for unknown ones."""
        try:
            return cast("ListVideosSortOption", cls._value2member_map_[value])
        except KeyError:
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "ListVideosSortOption | None":
        # Open enum: a value the spec does not list yet (the API added one)
        # becomes a pseudo-member instead of raising ValueError while parsing.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
