"""A key sent over plain http to another machine can be read on the way: the
client says so in a WARNING (once per origin); plain http to this machine stays
silent."""

from __future__ import annotations

import logging

import pytest

from twelvelabs_sdk import AsyncTwelveLabs, TwelveLabs

KEY = "tlk-hostile-clear-text-key"


@pytest.mark.parametrize("cls", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize(
    "url",
    [
        "http://api.example.invalid:{port}/v1.3",
        "http://10.1.2.3:{port}/v1.3",
        "http://[2001:db8::1]:{port}/",
    ],
)
def test_plain_http_to_another_host_warns(
    cls: type[TwelveLabs], url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="twelvelabs_sdk")
    # The warning comes once per origin and process: one port per client class.
    cls(api_key=KEY, base_url=url.format(port=8001 if cls is TwelveLabs else 8002))
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "clear text" in warnings[0].getMessage()
    assert KEY not in caplog.text


@pytest.mark.parametrize("cls", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/v1.3",
        "http://localhost/v1.3",
        "http://[::1]:9000/v1.3",
        "http://127.0.0.2/",
        "https://api.example.invalid/v1.3",
    ],
)
def test_loopback_or_https_stays_silent(
    cls: type[TwelveLabs], url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_sdk")
    cls(api_key=KEY, base_url=url)
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
