"""openapi.yaml is the seed with its structure restored, and a valid OpenAPI document."""

from pathlib import Path

import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
SEED = Path(__file__).parent / "data" / "twelvelabs-openapi-v1.3.seed.txt"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def test_stripping_indentation_gives_back_the_seed_line_for_line() -> None:
    restored = [
        line.strip() for line in SPEC.read_text().splitlines() if not line.lstrip().startswith("#")
    ]
    assert restored == SEED.read_text().splitlines()


def test_spec_passes_openapi_spec_validator() -> None:
    validate(yaml.safe_load(SPEC.read_text()))


def test_spec_describes_22_operations_with_unique_ids() -> None:
    doc = yaml.safe_load(SPEC.read_text())
    ids = [
        op["operationId"]
        for item in doc["paths"].values()
        for m, op in item.items()
        if m in HTTP_METHODS
    ]
    assert len(ids) == 22
    assert len(set(ids)) == 22
