"""openapi.yaml still has everything the SDK relies on (`_surface.py`).

A spec bump that removes or renames an operation, a parameter or a response
field the SDK uses fails here, naming it. Additions the SDK does not expose
yet are reported as warnings, not failures.
"""

from __future__ import annotations

import warnings

import pytest
from _contract import operations, schema_property
from _surface import READS, SENDS


def test_every_operation_the_sdk_calls_is_in_openapi_yaml() -> None:
    missing = sorted(set(SENDS) - set(operations()))
    assert not missing, f"the SDK calls operations openapi.yaml no longer has: {missing}"


def test_every_parameter_the_sdk_sends_is_declared_by_openapi_yaml() -> None:
    ops = operations()
    missing = [
        f"{op}: {name}"
        for op, params in SENDS.items()
        if op in ops
        for name in sorted(params - {*ops[op].query_params, *ops[op].body_properties})
    ]
    assert not missing, f"the SDK sends parameters openapi.yaml no longer declares: {missing}"


def test_every_response_field_the_sdk_reads_is_in_openapi_yaml() -> None:
    ops = operations()
    missing = [
        f"{op} response field {'.'.join(path)} (read by {reader})"
        for op, content_type, path, reader in READS
        if op not in ops or schema_property(ops[op].response_schema(content_type), *path) is None
    ]
    assert not missing, "the SDK reads response fields openapi.yaml no longer has:\n" + "\n".join(
        missing
    )


# A report, not a failure: a spec bump that adds an operation or parameter must
# pass (make spec-bump-check), so these warnings stay warnings here, shown in
# pytest's summary, while every other warning in the suite is an error.
@pytest.mark.filterwarnings("always::UserWarning")
def test_spec_additions_the_sdk_does_not_expose_yet_are_reported() -> None:
    ops = operations()
    for op_id, op in ops.items():
        if op_id not in SENDS:
            warnings.warn(
                f"openapi.yaml has {op_id} ({op.method.upper()} {op.template}, "
                f"tags {list(op.tags)}), which the SDK does not wrap yet",
                stacklevel=1,
            )
            continue
        for name in sorted({*op.query_params, *op.body_properties} - SENDS[op_id]):
            warnings.warn(
                f"openapi.yaml gives {op_id} a parameter {name!r} the SDK does not send yet",
                stacklevel=1,
            )
