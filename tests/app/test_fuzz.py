"""schemathesis against fairmt's own OpenAPI schema: no 5xx, documented statuses, responses match schemas."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from app.main import create_app
from app.settings import Settings

schemathesis = pytest.importorskip("schemathesis")
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

#: 20 per operation keeps CI reproducible and quick; FAIRMT_FUZZ_EXAMPLES=500 explores further.
EXAMPLES = int(os.environ.get("FAIRMT_FUZZ_EXAMPLES", "20"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzz_app(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    database = tmp_path_factory.mktemp("fuzz") / "g.db"
    app = create_app(
        Settings(model_dir=tiny_model_dir, database_url=f"sqlite:///{database}", beam_size=1, max_body_bytes=50_000)
    )
    with TestClient(app):
        yield app


@pytest.mark.slow
def test_api_fuzz(fuzz_app: object) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 15
    print(f"fuzzing {len(operations)} operations, up to {EXAMPLES} examples each")
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            derandomize=True,
        )
        def check(case: object) -> None:
            case.call_and_validate(checks=CHECKS)  # type: ignore[attr-defined]

        check()
