"""The money case table (tests/data/money_cases.jsonl), one test per case."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from vcextract import find_money, parse_money
from vcextract.schema import Money

from conftest import load_jsonl

CASES = load_jsonl("money_cases.jsonl")


def _d(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _assert_money(money: Money, expect: dict[str, Any]) -> None:
    got = (money.currency, money.value, money.low, money.high, money.qualifier)
    want = (
        expect.get("currency"),
        _d(expect.get("value")),
        _d(expect.get("low")),
        _d(expect.get("high")),
        expect.get("qualifier", "exact"),
    )
    assert got == want
    if "text" in expect:
        assert money.text == expect["text"]
    expected_equivalents = expect.get("equivalents", [])
    assert len(money.equivalents) == len(expected_equivalents)
    for equivalent, wanted in zip(money.equivalents, expected_equivalents, strict=True):
        _assert_money(equivalent, wanted)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_money_table(case: dict[str, Any]) -> None:
    if case["kind"] == "parse":
        money = parse_money(case["text"])
        if case["expect"] is None:
            assert money is None
        else:
            assert money is not None
            _assert_money(money, case["expect"])
    else:
        found = find_money(case["text"])
        assert [m.text for m in found] == [e["text"] for e in case["expect"]]
        for money, expect in zip(found, case["expect"], strict=True):
            _assert_money(money, expect)
            assert case["text"][money.start : money.end] == money.text


def test_money_table_has_every_group() -> None:
    groups = {c["group"] for c in CASES}
    assert {
        "units",
        "digits",
        "currencies",
        "english",
        "qualifiers",
        "ranges",
        "vague",
        "equivalents",
        "negatives",
    } <= groups
    assert len(CASES) >= 200
