"""The fast scans (each branch alone, then the joined pattern at the starts found) change no
match: property tests against the joined pattern's own ``finditer``."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vcextract.dates import _date_matches, date_regex
from vcextract.rounds import find_rounds, round_regex

DATE_FRAGMENTS = [
    *"0123456789日号月年 ,.-/",
    "March",
    "SEPTEMBER",
    "May",
    "Wednesday",
    "31st",
    "12",
    "28日",
    "9 号",
    " of ",
    "去年",
    "本周",
    "Q3",
    "in 2024",
    "on the 3rd",
    "İ",  # lower-cases to two characters: the anchors are not used
    "十二",
    # The English branches without a word of their own are searched near Latin letters.
    "recently",
    "Earlier this month",
    "the third quarter of ",
    "2025 Q2",
    "during ",
    "LATER THAT YEAR",
    "ſ",  # (?i:s) matches the long s, which lower-cases to itself
    "\u212a",  # the Kelvin sign: (?i:k) matches it
]


@given(st.lists(st.sampled_from(DATE_FRAGMENTS), max_size=40).map("".join))
def test_date_search_finds_what_the_joined_pattern_finds(text: str) -> None:
    """The fast candidate search (branches alone, some only near an anchor word) changes
    nothing: the matches are those of ``date_regex().finditer``."""
    expected = [(m.start(), m.end()) for m in date_regex().finditer(text)]
    assert [(m.start(), m.end()) for m in _date_matches(text)] == expected


ROUND_FRAGMENTS = [
    *"ABCabc+-12 轮,",
    "Pre",
    "pre-",
    "PRE",
    "pRe-",
    "Series ",
    " round",
    " and ",
    "天使",
    "种子",
    "seed",
    "Angel",
    "新一轮",
    "a new round",
    "extension",
    "战略融资",
    "IPO",
]


@given(st.lists(st.sampled_from(ROUND_FRAGMENTS), max_size=30).map("".join))
def test_round_search_finds_what_the_joined_pattern_finds(text: str) -> None:
    expected = [(m.start(), m.end()) for m in round_regex().finditer(text)]
    assert [(r.start, r.end) for r in find_rounds(text)] == expected
