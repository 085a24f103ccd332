"""Context tests for money candidates that state no currency."""

from __future__ import annotations

from functools import cache

import regex

from .. import resources
from .patterns import alternation

#: How far back (characters) a deal cue may stand from a currency-less amount.
CUE_WINDOW = 24


@cache
def _counter_regex() -> regex.Pattern[str]:
    ctx = resources.zh_money().context
    exceptions = alternation(ctx.counter_exceptions)
    return regex.compile(rf"\s?(?!{exceptions})(?:{alternation(ctx.counters)})")


@cache
def _cue_after_regex() -> regex.Pattern[str]:
    ctx = resources.zh_money().context
    return regex.compile(r"\s?(?:" + alternation(ctx.cues_after) + ")")


@cache
def _cue_before_regex() -> regex.Pattern[str]:
    return regex.compile(alternation(resources.zh_money().context.cues_before))


@cache
def _clause_breaks() -> frozenset[str]:
    return frozenset(resources.zh_money().context.clause_breaks)


def is_counted_noun(text: str, end: int) -> bool:
    """True when a counter noun follows the amount (3亿用户, 80万台)."""
    return _counter_regex().match(text, end) is not None


def _clause_start(text: str, start: int) -> int:
    breaks = _clause_breaks()
    lower = max(0, start - CUE_WINDOW)
    for index in range(start - 1, lower - 1, -1):
        if text[index] in breaks:
            return index + 1
    return lower


def is_deal_context(text: str, start: int, end: int) -> bool:
    """True when a currency-less Chinese amount reads as money in a deal.

    A deal cue (融资, 估值, 获, ...) must stand earlier in the same clause, or a round or
    financing word must follow the amount.
    """
    if start > 0 and text[start - 1] == "第":
        return False  # 第1亿位用户 is an ordinal
    if _cue_after_regex().match(text, end):
        return True
    return _cue_before_regex().search(text, _clause_start(text, start), start) is not None
