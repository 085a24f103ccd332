"""The public surface: names, errors, and the first rule path end to end."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

import vcextract
from vcextract import Extraction, extract


def test_public_api_every_name_in_all_is_importable() -> None:
    for name in vcextract.__all__:
        assert getattr(vcextract, name) is not None


@pytest.mark.parametrize("bad", [None, b"bytes", 12, ["list"]])
def test_public_api_non_str_raises_type_error(bad: object) -> None:
    for function in (vcextract.extract, vcextract.find_money, vcextract.parse_money):
        with pytest.raises(TypeError):
            function(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        vcextract.parse_date(bad)  # type: ignore[arg-type]


def test_public_api_empty_string_gives_empty_extraction() -> None:
    assert extract("") == Extraction()
    assert extract("   \n") == Extraction()


def test_public_api_too_large_input_is_a_clear_error() -> None:
    with pytest.raises(vcextract.InputTooLargeError):
        extract("a" * (vcextract.MAX_INPUT_CHARS + 1))


def test_public_api_bad_published_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="full date"):
        extract("星河科技完成1亿元A轮融资。", published="next tuesday")


# fmt: off
SEED_CASES = [
    ("星河科技完成1.2亿元B轮融资，由甲乙资本领投，丙丁创投跟投。", "zh-Hans", "星河科技", "B轮融资",
     "1.2亿元", "甲乙资本", "丙丁创投"),
    ("星河科技完成1.2億元B輪融資，由甲乙資本領投，丙丁創投跟投。", "zh-Hant", "星河科技", "B輪融資",
     "1.2億元", "甲乙資本", "丙丁創投"),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "language", "company", "round_text", "amount_text", "lead", "follower"), SEED_CASES
)
def test_public_api_plain_chinese_announcement(
    text: str,
    language: str,
    company: str,
    round_text: str,
    amount_text: str,
    lead: str,
    follower: str,
) -> None:
    result = extract(text, published="2026-03-01")
    assert result.language == language
    assert len(result.events) == 1
    event = result.events[0]
    assert event.company is not None
    assert event.company.name == company
    assert event.round == "b"
    assert event.round_text == round_text
    assert event.amount is not None
    assert event.amount.text == amount_text
    assert (event.amount.value, event.amount.currency) == (Decimal("120000000"), "CNY")
    assert [(i.name, i.role) for i in event.investors] == [
        (lead, "lead"),
        (follower, "participant"),
    ]
    assert event.status == "completed"
    assert event.date is not None
    assert event.date.source == "published"
    assert event.date.value == "2026-03-01"
    assert 0 < event.confidence <= 1


def test_public_api_plain_english_announcement() -> None:
    text = "Foo Robotics raised $30 million in a Series A round led by Bar Ventures."
    result = extract(text, published=dt.date(2026, 3, 1))
    assert result.language == "en"
    [event] = result.events
    assert event.company is not None
    assert event.company.name == "Foo Robotics"
    assert (event.round, event.round_text) == ("a", "Series A")
    assert event.amount is not None
    assert (event.amount.value, event.amount.currency, event.amount.qualifier) == (
        Decimal("30000000"),
        "USD",
        "exact",
    )
    assert [(i.name, i.role) for i in event.investors] == [("Bar Ventures", "lead")]
    assert event.status == "completed"


def test_public_api_offsets_slice_the_original_text() -> None:
    text = "深圳機器人公司“星河科技”（Xinghe）近日完成１２億元Ｃ輪融資，由甲資本領投。"
    result = extract(text, published="2026-03-01")
    spans = [s for e in result.events for s in e.evidence]
    spans += list(result.money)  # type: ignore[misc]
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_public_api_output_is_json_serialisable_with_decimal_strings() -> None:
    result = extract("星河科技完成1.2亿元B轮融资。", published="2026-03-01")
    data = json.loads(result.model_dump_json())
    assert data["events"][0]["amount"]["value"] == "120000000"
    assert Extraction.model_validate_json(result.model_dump_json()) == result


def test_public_api_models_are_frozen() -> None:
    result = extract("星河科技完成1.2亿元B轮融资。", published="2026-03-01")
    with pytest.raises(ValueError, match="frozen"):
        result.events[0].round = "c"  # type: ignore[misc]


def test_public_api_publish_date_found_in_front_matter() -> None:
    text = '---\ntitle: "日报"\ndate: "2025-09-03"\n---\n\n## 星河科技完成1亿元A轮融资\n\n星河科技昨日完成1亿元A轮融资。\n'
    result = extract(text)
    assert result.published is not None
    assert (result.published.value, result.published.source) == (
        dt.date(2025, 9, 3),
        "front_matter",
    )
    assert result.events[0].date is not None
    assert result.events[0].date.value == "2025-09-02"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Daily digest\nDATE: Sat, 14 Jun 2025 08:00:00 +0800\nFoo raised $5 million.", None),
        ("Daily digest\nDATE:  Jun 14 2025\nFoo raised $5 million.", None),
        ("Foo raised $5 million in a seed round.", "June 14, 2025"),
        ("Foo raised $5 million in a seed round.", "14.06.2025"),
        # A short date line under the title: a newsletter's issue date, a byline's date.
        ("THE CAP TABLE — Issue #112\nSaturday, 14 June 2025\n\nFoo raised $5 million.", None),
        ("Foo raises $5 million\n\nBy Jane Roe\nJune 14, 2025\n\nFoo raised $5 million.", None),
        ("创投日报\n2025年6月14日 星期六\n\n星河科技完成1亿元A轮融资。", None),
    ],
)
def test_public_api_publish_date_in_other_formats(text: str, published: str | None) -> None:
    result = extract(text, published=published)
    assert result.published is not None
    assert result.published.value == dt.date(2025, 6, 14)


def test_public_api_sentence_with_a_date_under_the_title_is_no_publish_date() -> None:
    text = "Foo raises $5 million\nThe company said on June 14, 2025, that it raised $5 million."
    assert extract(text).published is None
