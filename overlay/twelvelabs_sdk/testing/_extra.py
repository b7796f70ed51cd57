"""The fake needs the `testing` extra; say so, rather than fail on a bare import."""

from __future__ import annotations

import importlib.util
import sys

# Distribution-level requirements of the `testing` extra, by import name.
_REQUIRED = {"werkzeug": "werkzeug", "openapi_core": "openapi-core", "yaml": "pyyaml"}
INSTALL_HINT = 'pip install "twelvelabs-sdk[testing]"'


def _is_missing(module: str) -> bool:
    if module in sys.modules:
        return sys.modules[module] is None
    return importlib.util.find_spec(module) is None


def require_testing_extra() -> None:
    """Raise ModuleNotFoundError naming the extra when one of its packages is missing."""
    missing = [dist for module, dist in _REQUIRED.items() if _is_missing(module)]
    if missing:
        raise ModuleNotFoundError(
            "twelvelabs_sdk.testing (the fake API server) needs the 'testing' extra, "
            f"which is not installed (missing: {', '.join(missing)}). "
            f"Install it with: {INSTALL_HINT}",
            name=next(m for m, d in _REQUIRED.items() if d == missing[0]),
        )
