"""The fast scans (each branch alone, then the joined pattern at the starts found) change no
match: property tests against the joined pattern's own ``finditer``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vcextract.assemble import _cue_regexes, _trigger_regex
from vcextract.dates import _date_matches, date_regex
from vcextract.rounds import find_rounds, round_regex
from vcextract.text import SplitCues

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
    # Latin-letter branches are searched within 12 characters of a Latin letter.
    "+++++",
    "融资融资融资融资融资融资",
    " million ",
    "term loan",
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


CUE_FRAGMENTS = [
    *"AB 中,，。-",
    "完成",
    "获",
    "获悉",
    "拟",
    "虚拟",
    "正在",
    "宣布",
    "IPO",
    "ipo",
    "raised",
    "RAISES",
    "is raising",
    "announced",
    "pre-",
    "valued at",
    "post-money",
    "投后估值",
    "Foo",
    "ſ",
    "\u212a",
    "İ",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(CUE_FRAGMENTS), max_size=12).map("".join), st.data())
def test_split_cue_search_finds_what_the_joined_pattern_finds(
    text: str, data: st.DataObject
) -> None:
    """Searching a cue list's Chinese and English parts apart (the English one only from the
    first Latin letters) finds the joined pattern's first match, in any slice."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for cues in [*_cue_regexes().values(), _trigger_regex()]:
        if isinstance(cues, SplitCues):
            found = cues.search(text, start, end)
            expected = cues.joined.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text",
    [
        "raised完成",
        "完成 raised",
        "Foo raised 拟",
        "IPO完成",
        "完成IPO",
        "ſ raises 获",
        "A轮 is raising",
    ],
)
def test_split_cue_search_takes_the_earlier_part(text: str) -> None:
    """Whichever part matches first wins, as in the joined pattern."""
    for cues in [*_cue_regexes().values(), _trigger_regex()]:
        if isinstance(cues, SplitCues):
            found, expected = cues.search(text), cues.joined.search(text)
            assert (found and found.span()) == (expected and expected.span())
