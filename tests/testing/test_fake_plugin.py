"""The pytest plugin: the twelvelabs_fake fixture, its marker, a cheap import."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from twelvelabs_sdk.testing import FakeTwelveLabs

pytest_plugins = ["pytester"]


def test_fixture_gives_a_running_fake(twelvelabs_fake: FakeTwelveLabs) -> None:
    response = httpx.get(
        f"{twelvelabs_fake.url}/indexes", headers={"x-api-key": twelvelabs_fake.api_key}
    )

    assert twelvelabs_fake.running
    assert twelvelabs_fake.url.endswith("/v1.3")
    assert response.status_code == 200


@pytest.mark.twelvelabs_fake(task_polls_per_status=0, embedding_dimension=8)
def test_marker_passes_options(twelvelabs_fake: FakeTwelveLabs) -> None:
    index_id = twelvelabs_fake.create_index("x")
    response = httpx.post(
        f"{twelvelabs_fake.url}/tasks",
        headers={"x-api-key": twelvelabs_fake.api_key},
        files={"index_id": (None, index_id), "video_file": ("a.mp4", b"abc")},
    )

    assert response.json()["status"] == "ready"


def test_plugin_is_registered_by_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import httpx

        def test_uses_the_fixture(twelvelabs_fake):
            answer = httpx.get(
                twelvelabs_fake.url + "/indexes",
                headers={"x-api-key": twelvelabs_fake.api_key},
            )
            assert answer.status_code == 200
        """
    )

    # Hypothesis (installed for other suites) spends seconds on its summary; not needed here.
    result = pytester.runpytest_inprocess("--strict-markers", "-p", "no:hypothesispytest")

    result.assert_outcomes(passed=1)


def test_plugin_import_leaves_the_server_stack_unloaded() -> None:
    code = (
        "import sys, twelvelabs_sdk.testing.pytest_plugin; "
        "heavy = [m for m in ('werkzeug', 'openapi_core') if m in sys.modules]; "
        "print(','.join(heavy))"
    )

    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()

    assert loaded == ""
