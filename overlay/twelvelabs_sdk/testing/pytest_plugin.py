"""pytest plugin (entry point ``twelvelabs_sdk``): the ``twelvelabs_fake`` fixture.

    def test_upload(twelvelabs_fake):
        client = TwelveLabs(base_url=twelvelabs_fake.url, api_key=twelvelabs_fake.api_key)

    @pytest.mark.twelvelabs_fake(task_polls_per_status=0, stream_delay=0.05)
    def test_with_options(twelvelabs_fake): ...

Each test gets its own server with empty state. The fake (and werkzeug,
openapi-core) is imported only when the fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import FakeTwelveLabs

__all__ = ["pytest_configure", "twelvelabs_fake"]


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``twelvelabs_fake`` marker with pytest's `config`."""
    config.addinivalue_line(
        "markers",
        "twelvelabs_fake(**options): FakeTwelveLabs options for the twelvelabs_fake fixture",
    )


@pytest.fixture
def twelvelabs_fake(request: pytest.FixtureRequest) -> Iterator[FakeTwelveLabs]:
    """A running FakeTwelveLabs, options from the ``twelvelabs_fake`` marker."""
    from ._extra import require_testing_extra

    require_testing_extra()
    from ._server import FakeTwelveLabs

    marker = request.node.get_closest_marker("twelvelabs_fake")
    options = dict(marker.kwargs) if marker else {}
    with FakeTwelveLabs(**options) as fake:
        yield fake
