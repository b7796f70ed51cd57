"""Every public method says what each of its parameters is (by name, in its
docstring or, for __init__, its class's)."""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest

MODULES = ["twelvelabs_sdk", "twelvelabs_sdk.testing", "twelvelabs_sdk.resources"]


def _public_methods() -> Iterator[tuple[str, Any, str]]:
    """(dotted name, function, the text that must document it) of each public method."""
    seen: set[Any] = set()
    for module_name in MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            cls = getattr(module, name)
            if not (inspect.isclass(cls) and cls.__module__.startswith("twelvelabs_sdk")):
                continue
            for attr, func in inspect.getmembers(cls, inspect.isfunction):
                public = not attr.startswith("_") or attr == "__init__"
                if not public or func in seen or not func.__module__.startswith("twelvelabs_sdk"):
                    continue
                seen.add(func)
                owner: Any = importlib.import_module(func.__module__)
                for part in func.__qualname__.split(".")[:-1]:
                    owner = getattr(owner, part)
                text = inspect.getdoc(func) or ""
                if attr == "__init__":
                    text += "\n" + (inspect.getdoc(owner) or "")
                yield f"{func.__module__}.{func.__qualname__}", func, text


CASES = list(_public_methods())


def test_the_check_covers_errors_progress_pages_and_the_fake() -> None:
    names = {name for name, _, _ in CASES}
    for expected in (
        "twelvelabs_sdk._errors.InvalidParameterError.__init__",
        "twelvelabs_sdk._progress.ProgressPrinter.upload",
        "twelvelabs_sdk.testing._server.FakeTwelveLabs.inject",
        "twelvelabs_sdk._pagination.Page.__init__",
    ):
        assert expected in names


@pytest.mark.parametrize(("name", "func", "text"), CASES, ids=[c[0] for c in CASES])
def test_public_method_documents_every_parameter(name: str, func: Any, text: str) -> None:
    params = [p for p in inspect.signature(func).parameters if p not in ("self", "cls")]
    missing = [p for p in params if not re.search(rf"\b{re.escape(p)}\b", text)]
    assert not missing, f"{name} does not document {missing}"
