"""A stateful, spec-validating fake of the TwelveLabs API, for tests and demos.

    from twelvelabs_sdk.testing import FakeTwelveLabs

    with FakeTwelveLabs() as fake:
        client = TwelveLabs(base_url=fake.url, api_key=fake.api_key)

Also a pytest fixture (``twelvelabs_fake``) and a command line
(``python -m twelvelabs_sdk.testing``). Needs the ``testing`` extra
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
    return getattr(importlib.import_module(home, __name__), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
