"""extract never crashes, hangs or returns invalid offsets, whatever the input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vcextract import extract, find_money, parse_date

NEWSY = st.sampled_from(
    [
        *list("星河科技完成亿万元轮融资由领投跟投和、，。（）()“”「」估值投后前近约超数"),
        "B轮",
        "A+轮",
        "Series A",
        "led by",
        " raised ",
        "$30 million",
        "2025年3月",
        "近日",
        "\n",
        "## ",
        "**",
        "(1) ",
        "DATE: Jun 14 2025\n",
        "---\ndate: 2025-09-03\n---\n",
        "<p>",
        "</div>",
        "🚀",
        "\u200b",
        "\x00",
        "\r\n",
        "\u3000",
        "１２",
        "於",
        "週二",
        "\udce8",  # a lone surrogate, as bytes decoded with surrogateescape leave
    ]
)
# Surrogates too: st.text leaves them out by default, and OpenCC once failed on one.
ANY_CHARACTER = st.characters(exclude_categories=())
TEXTS = st.lists(NEWSY, max_size=60).map("".join) | st.text(ANY_CHARACTER, max_size=200)


def _check(text: str) -> None:
    result = extract(text, published="2025-06-14")
    for money in result.money:
        assert text[money.start : money.end] == money.text
    for event in result.events:
        assert 0.0 <= event.confidence <= 1.0
        for span in event.evidence:
            assert text[span.start : span.end] == span.text
        if event.company is not None and event.company.span is not None:
            assert text[event.company.span.start : event.company.span.end] == event.company.name
    assert extract(text, published="2025-06-14") == result  # deterministic


@given(TEXTS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("星河科技完成1.2亿元B轮融资，由甲乙资本领投，丙丁创投跟投。")
@example("（（（（（（（（（（")
@example("由、、、、、、领投")
@example("的星河科技完成B轮。公司的星河科技（甲报）的")
@example("點序科技\udce8完成A輪融資1億元")
def test_robustness_extract_never_fails_on_arbitrary_text(text: str) -> None:
    _check(text)


def test_robustness_pathological_inputs_finish() -> None:
    """Quadratic time on any of these would take minutes, not seconds."""
    units = [
        "亿",
        "1",
        "（",
        "$",
        "数",
        "由",
        "、",
        "领投",
        "完成",
        "B轮",
        "。",
        "\n",
        "## a\n",
        "ab, the startup ",
        "trades as ab ",
        "a ",
        "led by A, ",
        "existing investors ",
        "A participated ",
        "投资方为甲、",
        "1亿元。",
        "Foo raised $5 million in a Series A. ",
        "1亿元B轮",
        "A轮和B轮",
        "甲资本战略投资乙科技",
        "led a seed round in Foo. ",
        "The company said it raised $5 million. ",
        "获",
        "上海的星河科技走的是B轮，",
        "的星河的星河的",
        "甲领投了乙的B轮",
        "估值较A轮时的1亿元翻倍至",
        "| Seed |",
        "# Foo's ",
        "The following year brought ",
        # One item of thousands of lines: each looked back over all earlier sentences once.
        "**a b c d e f g** — $1M seed.\n",
        # One sentence of thousands of one company's rounds: every amount was read for every
        # round (about a minute here before session 27).
        "熙衡完成3亿元B轮融资，",
    ]
    for unit in units:
        extract(unit * (200_000 // len(unit)))
    # One sentence of 20,000 compared valuations: rounds were once filtered against the
    # compared ones pairwise (about 400 million comparisons here).
    extract("valuation, up from $1 million in its Series A " * 20_000)
    # One item of thousands of sentences going on about one round: each once re-read every
    # sentence before it (about 10 s here before session 33, a minute at 100,000 more).
    extract("星澜科技" + "It raised a seed round in 2018. " * 6_250)
    names = "、".join(f"资本{i}号" for i in range(5_000))
    result = extract(f"星河科技完成1亿元A轮融资，由{names}共同投资。")
    assert len(result.events) == 1
    find_money("数" * 100_000 + "亿元")
    parse_date("2" * 100_000)


def test_robustness_ten_megabytes_is_refused_quickly_by_every_entry_point() -> None:
    from vcextract import InputTooLargeError, parse_money

    huge = "星河科技完成1亿元A轮融资。" * 700_000  # about 10 MB of UTF-8, 9.8 M characters
    for function in (extract, find_money, parse_money, parse_date):
        with pytest.raises(InputTooLargeError, match="at most 5,000,000"):
            function(huge)


def _letters(number: int) -> str:
    """Four lower-case letters that spell ``number`` in base 26 (a name with no digits)."""
    return "".join(chr(ord("a") + number // 26**k % 26) for k in range(4))


def test_robustness_a_megabyte_of_news_keeps_valid_offsets() -> None:
    # Each item names a Series A of its own company ("Foabcd"): 16,000 events however the
    # model weighs a bare "raised $5 million".
    text = "\n\n".join(
        f"## {i}\n星河{i}号科技完成{i % 9 + 1}亿元B轮融资，由甲乙资本领投。"
        f"Fo{_letters(i)} raised a $5 million Series A led by Bar Capital."
        for i in range(16_000)
    )
    assert len(text) > 1_000_000
    result = extract(text, published="2026-03-01")
    assert len(result.events) >= 16_000
    assert len(result.money) >= 32_000
    for event in result.events[:: max(1, len(result.events) // 500)]:
        for span in event.evidence:
            assert text[span.start : span.end] == span.text
    for money in result.money[:: max(1, len(result.money) // 500)]:
        assert text[money.start : money.end] == money.text


@given(st.text(ANY_CHARACTER, max_size=300))
@settings(max_examples=300, deadline=None)
@example("2" * 5000)
@example("2024年\udce8 3月 1億元")
@example("（（（（（（（（（（2025年")
def test_robustness_parse_date_and_parse_money_never_fail(text: str) -> None:
    from vcextract import parse_money

    date = parse_date(text, published="2025-06-14")
    if date is not None and date.span is not None:
        assert text[date.span.start : date.span.end] == date.span.text
    money = parse_money(text)
    assert money is None or money.value is None or money.value >= 0
