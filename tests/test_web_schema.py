"""Requests generated from /openapi.json (schemathesis) never meet a server error."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from nextseason.web import create_app  # noqa: E402
from test_web_sample import sample_url, settings as web_settings  # noqa: E402,F401

pytestmark = pytest.mark.slow
EXAMPLES = 40


def test_no_generated_request_meets_a_server_error(sample_url):
    app = create_app(sample_url, settings=web_settings(writes_per_minute=6000, write_burst=1000))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 7
    for operation in operations:
        # Each operation gets its own run, so one failing operation names itself in the report.
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def no_server_error(case):
            case.call_and_validate(checks=[not_a_server_error])

        no_server_error()
