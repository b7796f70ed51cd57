"""pyright --verifytypes: at least 95% of twelvelabs_sdk's public API has known types."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import type_completeness

pytestmark = pytest.mark.skipif(
    shutil.which("basedpyright", path=str(Path(sys.executable).parent)) is None,
    reason="basedpyright (dev extra) is not installed",
)


def test_public_api_type_completeness_is_at_least_95_percent() -> None:
    score, problems = type_completeness.measure()
    assert score >= 95.0, "\n".join(problems)
