"""Property tests over amount parsing: render any amount in every surface form, parse it back."""

from __future__ import annotations

from decimal import Decimal

import cn2an
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vcextract import find_money, parse_money

FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
ZH_UNITS = {"万": 10**4, "亿": 10**8, "千万": 10**7, "万亿": 10**12, "百万": 10**6}
TRAD_UNITS = {"萬": 10**4, "億": 10**8, "千萬": 10**7}
ZH_CURRENCIES = {
    "元": "CNY",
    "元人民币": "CNY",
    "美元": "USD",
    "港元": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "新加坡元": "SGD",
    "新台币": "TWD",
}
TRAD_CURRENCIES = {"元": "CNY", "美元": "USD", "港幣": "HKD", "新台幣": "TWD", "歐元": "EUR"}
SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "RMB": "CNY",
    "USD ": "USD",
}
EN_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "M": 10**6,
    "bn": 10**9,
    "B": 10**9,
    "tn": 10**12,
}
EN_WORDS = {"dollars": "USD", "US dollars": "USD", "yuan": "CNY", "euros": "EUR", "RMB": "CNY"}

mantissas = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2).map(
    lambda d: d.normalize() if d == d.to_integral_value() else d
)


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@given(
    mantissas,
    st.sampled_from(sorted(ZH_UNITS)),
    st.sampled_from(sorted(ZH_CURRENCIES)),
    st.booleans(),
)
def test_money_chinese_units_round_trip(
    number: Decimal, unit: str, currency: str, space: bool
) -> None:
    text = f"{_plain(number)}{' ' if space else ''}{unit}{currency}"
    money = parse_money(text)
    assert money is not None, text
    assert (money.value, money.currency) == (number * ZH_UNITS[unit], ZH_CURRENCIES[currency])


@given(mantissas, st.sampled_from(sorted(TRAD_UNITS)), st.sampled_from(sorted(TRAD_CURRENCIES)))
def test_money_traditional_units_round_trip(number: Decimal, unit: str, currency: str) -> None:
    money = parse_money(f"{_plain(number)}{unit}{currency}")
    assert money is not None
    assert (money.value, money.currency) == (number * TRAD_UNITS[unit], TRAD_CURRENCIES[currency])


@given(st.integers(min_value=1, max_value=10**13), st.sampled_from(sorted(ZH_CURRENCIES)))
@example(150_000_000, "元")
@example(120_000_000_000, "美元")
def test_money_chinese_numerals_round_trip(number: int, currency: str) -> None:
    text = f"{cn2an.an2cn(number, 'low')}{currency}"
    money = parse_money(text)
    assert money is not None, text
    assert (money.value, money.currency) == (Decimal(number), ZH_CURRENCIES[currency])


@given(
    mantissas, st.sampled_from(sorted(SYMBOLS)), st.sampled_from(sorted(EN_SCALES)), st.booleans()
)
def test_money_english_scales_round_trip(
    number: Decimal, symbol: str, scale: str, space: bool
) -> None:
    gap = " " if space or len(scale) > 2 else ""
    text = f"{symbol}{_plain(number)}{gap}{scale}"
    money = parse_money(text)
    assert money is not None, text
    assert (money.value, money.currency) == (number * EN_SCALES[scale], SYMBOLS[symbol])


@given(mantissas, st.sampled_from(["million", "billion"]), st.sampled_from(sorted(EN_WORDS)))
def test_money_english_currency_words_round_trip(number: Decimal, scale: str, word: str) -> None:
    money = parse_money(f"{_plain(number)} {scale} {word}")
    assert money is not None
    assert (money.value, money.currency) == (number * EN_SCALES[scale], EN_WORDS[word])


@given(st.integers(min_value=1000, max_value=10**12), st.sampled_from(["$", "US$", "€", "£"]))
def test_money_thousands_separators_round_trip(number: int, symbol: str) -> None:
    money = parse_money(f"{symbol}{number:,}")
    assert money is not None
    assert (money.value, money.currency) == (Decimal(number), SYMBOLS[symbol])


@given(mantissas, st.sampled_from(sorted(ZH_UNITS)), st.sampled_from(sorted(ZH_CURRENCIES)))
def test_money_fullwidth_digits_equal_ascii(number: Decimal, unit: str, currency: str) -> None:
    ascii_text = f"{_plain(number)}{unit}{currency}"
    wide = parse_money(ascii_text.translate(FULLWIDTH))
    narrow = parse_money(ascii_text)
    assert wide is not None
    assert narrow is not None
    assert (wide.value, wide.currency) == (narrow.value, narrow.currency)


ALPHABET = st.sampled_from(
    [*list("0123456789.,亿万千百十元美约超近数至-$ 融资估值（）()USDmillion，。"), "\n"]
)


@given(st.text(alphabet=ALPHABET, max_size=80) | st.text(max_size=80))
@settings(max_examples=300)
def test_money_find_offsets_slice_back_and_never_raise(text: str) -> None:
    for money in find_money(text):
        assert text[money.start : money.end] == money.text
        for equivalent in money.equivalents:
            assert text[equivalent.start : equivalent.end] == equivalent.text
        if money.low is not None and money.high is not None:
            assert money.low <= money.high
    parse_money(text)


def test_money_pathological_input_finishes() -> None:
    """Guards against catastrophic backtracking: quadratic time here would take minutes."""
    for unit in ["1", "亿", "1亿", "数", "（", "$", "约", "1,", "1.", "万亿元", "十"]:
        text = unit * 100_000
        find_money(text)
        parse_money(text)
