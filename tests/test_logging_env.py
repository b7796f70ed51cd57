"""TWELVELABS_LOG=debug|info turns the SDK's logging on, on stderr, with one handler."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from twelvelabs_sdk.testing import FakeTwelveLabs

SCRIPT = """
import importlib, logging, os
import twelvelabs_sdk
from twelvelabs_sdk import TwelveLabs
from twelvelabs_sdk._logs import setup_logging
setup_logging()  # a second time: still one handler
importlib.reload(twelvelabs_sdk)
handlers = logging.getLogger("twelvelabs_sdk").handlers
print("handlers", len(handlers))
with TwelveLabs() as client:
    list(client.indexes.list())
"""


def _run(value: str | None, fake: FakeTwelveLabs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TWELVELABS_API_KEY": fake.api_key, "TWELVELABS_BASE_URL": fake.url}
    env.pop("TWELVELABS_LOG", None)
    if value is not None:
        env["TWELVELABS_LOG"] = value
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


@pytest.mark.parametrize("value", ["debug", "DEBUG"])
def test_debug_logs_each_request_on_stderr_through_one_handler(value: str) -> None:
    with FakeTwelveLabs() as fake:
        done = _run(value, fake)
    assert "handlers 1" in done.stdout
    assert "GET" in done.stderr
    assert "/indexes" in done.stderr
    assert "DEBUG twelvelabs_sdk" in done.stderr
    assert fake.api_key not in done.stderr


def test_info_sets_info_level_and_hides_debug_lines() -> None:
    with FakeTwelveLabs() as fake:
        done = _run("info", fake)
    assert "handlers 1" in done.stdout
    assert "DEBUG" not in done.stderr


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_unset_or_unknown_value_adds_no_handler(value: str | None) -> None:
    with FakeTwelveLabs() as fake:
        done = _run(value, fake)
    assert "handlers 0" in done.stdout
    assert done.stderr == ""
