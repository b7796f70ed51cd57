"""The resource namespaces (`client.indexes`, `client.videos`...), by class.

One private module per API area (`_indexes.py`...) holds its pure operation
builders and its sync and async resource classes side by side; only the
classes are public, exported here (imported on first use, like the clients do).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._embed import AsyncEmbed, AsyncEmbeddingTasks, Embed, EmbeddingTasks
    from ._indexes import AsyncIndexes, Indexes
    from ._search import AsyncSearch, Search
    from ._tasks import AsyncTasks, Tasks
    from ._videos import AsyncVideos, Videos

__all__ = [
    "AsyncEmbed",
    "AsyncEmbeddingTasks",
    "AsyncIndexes",
    "AsyncSearch",
    "AsyncTasks",
    "AsyncVideos",
    "Embed",
    "EmbeddingTasks",
    "Indexes",
    "Search",
    "Tasks",
    "Videos",
]

_HOMES = {
    "Embed": "._embed",
    "AsyncEmbed": "._embed",
    "EmbeddingTasks": "._embed",
    "AsyncEmbeddingTasks": "._embed",
    "Indexes": "._indexes",
    "AsyncIndexes": "._indexes",
    "Search": "._search",
    "AsyncSearch": "._search",
    "Tasks": "._tasks",
    "AsyncTasks": "._tasks",
    "Videos": "._videos",
    "AsyncVideos": "._videos",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
