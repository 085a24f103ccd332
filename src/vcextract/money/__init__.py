"""Money: ``find_money`` finds every money mention in running text, ``parse_money`` parses one.

Stages (Recognizers-Text style): ``patterns`` finds candidate spans permissively, ``parse``
decides strictly what each means, and this module assembles ``Money`` objects with offsets into
the caller's original text, equivalents and confidence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import regex

from .. import resources
from ..errors import MAX_INPUT_CHARS, InputTooLargeError
from ..schema import Money
from ..text import Normalized, normalize
from .context import is_counted_noun, is_deal_context
from .parse import ParsedAmount, parse_candidate, to_money
from .patterns import alternation, candidates, equivalent_gap_regex, money_regex

__all__ = ["find_money", "find_money_in", "parse_money"]

#: Confidence of an amount whose currency the text states.
STATED_CURRENCY = 0.97
#: Confidence of a Chinese amount whose currency is assumed from a deal context.
ASSUMED_CURRENCY = 0.75
#: Confidence of an amount with no currency at all (only from ``parse_money``).
NO_CURRENCY = 0.6


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(len(text))
    return text


def find_money(text: str) -> list[Money]:
    """Every money mention in ``text``, in order, with offsets into ``text``.

    >>> [m.value for m in find_money("公司完成1.2亿元B轮融资，投后估值10亿美元")]
    [Decimal('120000000'), Decimal('1000000000')]
    """
    return find_money_in(normalize(_check_text(text)))


def parse_money(text: str) -> Money | None:
    """Parse one amount expression, or return None when ``text`` holds no money.

    A Chinese amount without a currency word keeps ``currency=None``.

    >>> parse_money("约1.45亿美元").value
    Decimal('145000000')
    """
    norm = normalize(_check_text(text))
    # The common case: the text is just the expression. One anchored match, no scan.
    start = len(norm.text) - len(norm.text.lstrip())
    match = money_regex().match(norm.text, start)
    if match is not None and match.end() == len(norm.text.rstrip()):
        return _single(norm, match)
    if match is not None:
        # "10亿元人民币（约1.45亿美元）": keep scanning after the first match for equivalents.
        rest = candidates(norm.text, match.end())
        found = _accepted(norm, itertools.chain([match], rest), assume_deal=False)
    else:
        # Words before the amount ("融资约1亿元"), or no money at all ("未披露"): scan.
        found = find_money_in(norm, assume_deal=False)
    return found[0] if found else None


def _single(norm: Normalized, match: re.Match[str]) -> Money | None:
    """``_accepted`` for one match that is the whole text: nothing can be its equivalent."""
    parsed = parse_candidate(match)
    decision = parsed and _accept(norm, parsed, *match.span(), assume_deal=False)
    if parsed is None or decision is None:
        return None
    return _to_money(norm, _Accepted(parsed, *match.span(), *decision), [])


def _accept(
    norm: Normalized, parsed: ParsedAmount, start: int, end: int, assume_deal: bool
) -> tuple[str | None, float] | None:
    """Decide the currency and confidence of a parsed candidate, or reject it."""
    if end < len(norm.text) and "\uac00" <= norm.text[end] <= "\ud7a3":
        return None  # "₩100억": a Korean unit we do not read; never a silent 100
    if parsed.currency is not None:
        return parsed.currency, STATED_CURRENCY if not parsed.vague else STATED_CURRENCY - 0.05
    if not parsed.has_zh_unit or is_counted_noun(norm.text, end):
        return None
    if not assume_deal:
        return None, NO_CURRENCY
    if is_deal_context(norm.text, start, end):
        return "CNY", ASSUMED_CURRENCY
    return None


@cache
def _renminbi() -> regex.Pattern[str]:
    """The forms of CNY that say renminbi, unlike a bare 元 or 块."""
    forms = resources.currencies()["CNY"]
    words = [
        w for w in [*forms.symbols, *forms.zh, *forms.codes, *forms.en] if w not in ("元", "块")
    ]
    return regex.compile(alternation(words, flags="i"))


def _bare_yuan(text: str, money: Money) -> bool:
    """True for a CNY amount read from a bare 元 (or assumed), not one that names renminbi."""
    return money.currency == "CNY" and not _renminbi().search(text, money.start, money.end)


#: The longest first line read as a headline (a longer one is the first paragraph).
TITLE_MAX = 100


def _title_end(text: str) -> int:
    """Where a text's title ends: past its front matter and the headline lines (the first line,
    ``#`` lines) right after it."""
    from ..document import FRONT_MATTER  # local: document imports money's patterns

    front = FRONT_MATTER.match(text)
    end = front.end() if front else 0
    first = True
    while end < len(text):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end].strip()
        if line and not line.startswith("#") and (not first or len(line) > TITLE_MAX):
            break  # a body line; a long first line is a paragraph, not a headline
        first = first and not line
        end = line_end + 1
    return end


@cache
def _taiwan_dollar() -> regex.Pattern[str]:
    forms = resources.currencies()["TWD"]
    return regex.compile(alternation([*forms.symbols, *forms.zh, *forms.codes, *forms.en]))


@cache
def _mainland() -> regex.Pattern[str]:
    return regex.compile(alternation(resources.zh_money().mainland_places))


def in_taiwan_dollars(
    text: str, money: list[Money], items: list[tuple[int, int]], *, traditional: bool = False
) -> list[Money]:
    """``money`` with each bare 元 amount read as New Taiwan dollars in a news item that names
    them and never renminbi: a Taiwan story writes "新台幣4億元" once and "2.8億元" after.

    The scope is the item, not the text: a roundup of Taiwan and mainland companies names
    新台幣 for the one and means renminbi by a bare 元 for the other. In a ``traditional``
    (zh-Hant) text whose first amount in a Chinese-speaking place's currency names New Taiwan
    dollars (foreign currencies skipped, and a bare 元 in the title), an item that never names
    renminbi reads bare 元 as New Taiwan dollars too: a Taiwan daily's third item or a
    feature's later section does not repeat 新台幣, and such a text writes 人民幣 where it
    means renminbi, unless it names a mainland place ("北京的密衡科技"). A text that opens on a
    bare 元 and names 新台幣 only later (a Hong Kong story of a mainland round that mentions a
    Taiwan budget) keeps the item scope.
    """
    # The first amount in a Chinese-speaking place's currency, past the title: a headline's
    # bare "約33億元" or a dollar round says nothing of where the text is from.
    titled = _title_end(text)
    first = next(
        (
            m
            for m in money
            if m.currency in ("TWD", "HKD", "CNY")
            and not (m.start < titled and _bare_yuan(text, m))
        ),
        None,
    )
    taiwan_text = traditional and first is not None and first.currency == "TWD"
    taiwan = [
        (start, end)
        for start, end in items
        # The Taiwan test first: most texts never name New Taiwan dollars, and then no item
        # is searched for renminbi at all.
        if (
            _taiwan_dollar().search(text, start, end)
            or (taiwan_text and not _mainland().search(text, start, end))
        )
        and not _renminbi().search(text, start, end)
    ]
    if not taiwan:
        return money
    read = []
    for m in money:
        if _bare_yuan(text, m) and any(start <= m.start < end for start, end in taiwan):
            m = m.model_copy(update={"currency": "TWD"})
        read.append(m)
    return read


@cache
def _currency_note() -> tuple[regex.Pattern[str], dict[str, str]]:
    """The note naming a text's currency, and each currency word's code (bare 元 and 块
    name no currency of their own: "金额单位：万元" is a unit note)."""
    note = resources.zh_money().currency_note
    codes = {
        word: code
        for code, forms in resources.currencies().items()
        for word in forms.zh
        if word not in ("元", "块")
    }
    scopes, adverbs = alternation(note.scopes), alternation(note.adverbs)
    openers, nouns = alternation(note.openers), alternation(note.nouns)
    fillers, joiners = alternation(note.fillers), alternation([*note.copulas, *note.by])
    opener = rf"(?:{openers})[,，、]?\s?(?:{scopes})?"
    pattern = regex.compile(
        rf"(?:(?:{opener}|{scopes})(?:{fillers})*"
        # "金额单位为", and "金额皆以新台币计": the noun, then the copula or 以
        rf"(?:(?:{nouns})\s?(?:{adverbs})?\s?(?:{joiners})|(?:{adverbs})?(?:{alternation(note.by)}))"
        # "本栏金额除特别注明外，均为新台币": the scope and noun before the opener
        rf"|(?:{scopes})(?:{fillers})*(?:{nouns})(?:{openers})[,，、]?\s?(?:{adverbs})?\s?"
        rf"(?:{joiners}))"
        rf"\s?(?P<currency>{alternation(list(codes))})"
        # "金额为新台币12亿元" states an amount, not the text's currency.
        r"(?!\s?[\d零一二三四五六七八九十百千万亿])"
    )
    return pattern, codes


def with_noted_currency(text: str, money: list[Money]) -> list[Money]:
    """``money`` with each bare 元 amount (and equivalent) in the currency a note of the text
    names: a Taiwan weekly writes "除另有註明外，金額單位為新台幣" once and "2.2億元" in every item.

    The note speaks for the whole text, whichever item it stands in; an amount that names
    renminbi keeps it.
    """
    pattern, codes = _currency_note()
    note = pattern.search(text)
    if note is None or codes[note.group("currency")] == "CNY":
        return money
    code = codes[note.group("currency")]
    return [_in_currency(text, m, code) for m in money]


def _in_currency(text: str, money: Money, code: str) -> Money:
    """``money`` in ``code`` when it is a bare 元 amount, its equivalents likewise."""
    equivalents = [_in_currency(text, e, code) for e in money.equivalents]
    update: dict[str, object] = {}
    if _bare_yuan(text, money):
        update["currency"] = code
    if equivalents != money.equivalents:
        update["equivalents"] = equivalents
    return money.model_copy(update=update) if update else money


HAN = regex.compile(r"\p{Han}")
#: How many characters before a "¥" amount must be free of Han characters for the amount to be
#: read as English text.
ENGLISH_CONTEXT = 30


@cache
def _yen_context() -> tuple[regex.Pattern[str], ...]:
    words = resources.en_money().yen
    return tuple(
        regex.compile(rf"(?<![A-Za-z])(?:{alternation(group)})(?![A-Za-z])")
        for group in (words.japan, words.china, words.yuan)
    )


def _yen_item(text: str, start: int, end: int) -> bool:
    """True when an item never names the yuan and names Japan more often than China."""
    japan, china, yuan = _yen_context()
    if yuan.search(text, start, end):
        return False
    return len(japan.findall(text, start, end)) > len(china.findall(text, start, end))


def _yen_paragraph(text: str, position: int, item: tuple[int, int]) -> bool:
    """``_yen_item`` on the paragraph holding ``position``: a sector piece on five recyclers
    names the yuan for one company and Japan in the paragraph on another."""
    start = max(item[0], text.rfind("\n", 0, position) + 1)
    end = text.find("\n", position, item[1])
    return _yen_item(text, start, item[1] if end < 0 else end)


def in_yen(text: str, money: list[Money], items: list[tuple[int, int]]) -> list[Money]:
    """``money`` with each "¥" amount in English read as yen in a news item, or a paragraph,
    about Japan (see ``_yen_item``): "Kagerou Recycle (Osaka) raised ¥3.2 billion". A "¥" in
    Chinese text, or in an item and a paragraph that name the yuan, stays renminbi."""
    read = []
    for m in money:
        if m.currency == "CNY" and m.text.lstrip().startswith("¥"):
            item = next(((s, e) for s, e in items if s <= m.start < e), None)
            if (
                item is not None
                and not HAN.search(text, max(item[0], m.start - ENGLISH_CONTEXT), m.start)
                and (_yen_item(text, *item) or _yen_paragraph(text, m.start, item))
            ):
                m = m.model_copy(update={"currency": "JPY"})
        read.append(m)
    return read


def find_money_in(norm: Normalized, *, assume_deal: bool = True) -> list[Money]:
    """``find_money`` on an already normalised text (``extract`` normalises once)."""
    return _accepted(norm, candidates(norm.text), assume_deal=assume_deal)


class _Accepted(NamedTuple):
    """A candidate that passed, before its ``Money`` is built (equivalents come after it)."""

    parsed: ParsedAmount
    start: int
    end: int
    currency: str | None
    confidence: float


def _accepted(
    norm: Normalized, matches: Iterable[re.Match[str]], *, assume_deal: bool
) -> list[Money]:
    kept: list[tuple[_Accepted, list[_Accepted]]] = []  # each amount with its equivalents
    for match in matches:
        parsed = parse_candidate(match)
        if parsed is None:
            continue
        start, end = match.span()
        decision = _accept(norm, parsed, start, end, assume_deal)
        if decision is None:
            continue
        accepted = _Accepted(parsed, start, end, *decision)
        if kept and not kept[-1][1] and _is_equivalent(norm.text, kept[-1][0], accepted):
            kept[-1][1].append(accepted)
        else:
            kept.append((accepted, []))
    # Money is built once per amount: a pydantic copy to add an equivalent costs as much again.
    return [
        _to_money(norm, amount, [_to_money(norm, e, []) for e in equivalents])
        for amount, equivalents in kept
    ]


def _to_money(norm: Normalized, accepted: _Accepted, equivalents: list[Money]) -> Money:
    return to_money(
        accepted.parsed,
        text=norm.slice(accepted.start, accepted.end),
        start=accepted.start,
        end=accepted.end,
        currency=accepted.currency,
        confidence=accepted.confidence,
        equivalents=equivalents,
    )


def _is_equivalent(text: str, previous: _Accepted, money: _Accepted) -> bool:
    """True when ``money`` is a parenthesised restatement of ``previous`` in another currency."""
    if money.currency == previous.currency:
        return False
    gap = equivalent_gap_regex().fullmatch(text, previous.end, money.start)
    if gap is None:
        return False
    after = text[money.end : money.end + 2].lstrip()
    return after.startswith(")")
