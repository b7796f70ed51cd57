"""A stateful, spec-validating fake of the TwelveLabs API, for tests and demos.

    from twelvelabs_sdk.testing import FakeTwelveLabs

    with FakeTwelveLabs(task_polls_per_status=1) as fake:
        client = TwelveLabs(base_url=fake.url, api_key=fake.api_key)
        fake.inject("POST", "/tasks", status=503, retry_after=2, times=2)
        ...  # run the code under test
        assert fake.request_count("POST", "/tasks") == 3
        assert fake.creations["tasks"] == 1

Every request is checked against openapi.yaml (400 naming the problem, 401
without the key); tasks move validating -> pending -> indexing -> ready one
step per retrieve; search, analyze (JSON or NDJSON stream), gist, summarize
and embeddings answer deterministically. Faults: ``inject`` an error status
(with Retry-After), an HTML page, a delay, a dropped connection, or a stream
cut after N lines. Inspect ``requests``, ``request_count``, ``creations``,
``fault_hits``; steer with ``fail_next_task``, ``fail_tasks``,
``expire_search_tokens``, ``create_index``, ``add_video``, ``reset``.

Also a pytest fixture (``twelvelabs_fake``, options through the
``@pytest.mark.twelvelabs_fake(...)`` marker) and a command line
(``python -m twelvelabs_sdk.testing --help``). Needs the ``testing`` extra
(werkzeug, openapi-core); those are imported only when a fake is used, so
this package and its pytest plugin import cheaply.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._faults import Fault
    from ._recording import RecordedRequest, Upload
    from ._server import FakeTwelveLabs

__all__ = ["FakeTwelveLabs", "Fault", "RecordedRequest", "Upload"]

_HOMES = {
    "FakeTwelveLabs": "._server",
    "Fault": "._faults",
    "RecordedRequest": "._recording",
    "Upload": "._recording",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if home == "._server":
        from ._extra import require_testing_extra

        require_testing_extra()
    return getattr(importlib.import_module(home, __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
