"""The date case table (tests/data/date_cases.jsonl), one test per case."""

from __future__ import annotations

from typing import Any

import pytest

from vcextract import parse_date

from conftest import load_jsonl

CASES = load_jsonl("date_cases.jsonl")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_date_table(case: dict[str, Any]) -> None:
    value = parse_date(case["text"], published=case["published"])
    if case["expect"] is None:
        assert value is None
    else:
        assert value is not None
        assert (value.value, value.precision) == (
            case["expect"]["value"],
            case["expect"]["precision"],
        )
        assert value.span is not None
        assert case["text"][value.span.start : value.span.end] == value.text
