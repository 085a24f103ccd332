"""The money parser: turn one candidate match into a ``Money``, or reject it.

Parsing is strict: a candidate is money only with a currency, or with a Chinese unit of at
least 万 and (in running text) a deal context. Values are computed in ``Decimal`` throughout.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import NamedTuple

from .. import resources
from ..schema import Money, Qualifier
from .patterns import BRANCH_MARKERS, money_regex

TEN_THOUSAND = Decimal(10000)
ZH_UNIT_CHARS = frozenset("十百千万亿兆")
#: Larger amounts are misreadings (a run of 亿亿亿 or digits), never money: rejected, not clipped.
MAX_AMOUNT = Decimal(10) ** 16


def canonical(value: Decimal) -> Decimal:
    """Drop exponent and trailing zeros: Decimal('1.2E+8') -> Decimal('120000000')."""
    if value.adjusted() > 20:
        return value  # absurdly large: rejected by MAX_AMOUNT, never quantized
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


class ParsedAmount(NamedTuple):
    """What a candidate means, before offsets and confidence are attached.

    A named tuple, not a frozen dataclass: it is built once per candidate and a tuple is several
    times cheaper to build.
    """

    currency: str | None
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    qualifier: Qualifier
    has_zh_unit: bool
    vague: bool


@cache
def _currency_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for code, forms in resources.currencies().items():
        for word in [*forms.symbols, *forms.zh, *forms.codes]:
            lookup[word] = code
        for word in forms.en:
            lookup[word.lower()] = code
    return lookup


@lru_cache(maxsize=4096)
def currency_code(surface: str | None) -> str | None:
    """The ISO code of a currency surface form ("美元" -> "USD", " of dollars" -> "USD")."""
    if not surface:
        return None
    word = surface.strip()
    if word.lower().startswith("of "):
        word = word[3:].strip()
    lookup = _currency_lookup()
    return lookup.get(word) or lookup.get(word.lower())


def _zh_unit_value(unit: str) -> Decimal:
    table = resources.units().zh
    result = Decimal(1)
    for char in unit:
        result *= table[char]
    return result


@lru_cache(maxsize=1024)
def unit_value(unit: str | None) -> Decimal:
    """Multiplier of a unit surface ("亿" -> 1e8, "千万" -> 1e7, "bn" -> 1e9)."""
    if not unit:
        return Decimal(1)
    unit = unit.strip()
    if unit[0] in resources.units().zh:
        return _zh_unit_value(unit)
    return resources.units().en[unit.lower()]


CN_DIGITS = {
    **dict.fromkeys("零〇", 0),
    "一": 1,
    "壹": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "三": 3,
    "叁": 3,
    "参": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_SECTION_UNITS = {"万": 10**4, "亿": 10**8}


def _cn_integer(text: str) -> int | None:
    """一千二百亿 -> 120000000000; None for anything that is not a well-formed numeral.

    Sections end at 万 or 亿 (a 万 after 亿 multiplies only its own section: 一亿五千万).
    """
    total, section, digit = 0, 0, None
    for char in text:
        if char in "零〇" and len(text) > 1:
            if digit is not None:
                return None
            continue  # a placeholder: 一百零五
        if char in CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row (一二) is not a numeral
            digit = CN_DIGITS[char]
        elif char in CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * CN_SMALL_UNITS[char]
            digit = None
        elif char in CN_SECTION_UNITS:
            unit = CN_SECTION_UNITS[char]
            section += digit or 0
            if unit == 10**8:
                total = (total + section) * unit
            elif total % 10**8 == 0 and total:
                total += section * unit  # 一亿五千万: 万 scales its own section
            else:
                total = (total + section) * unit
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def _cn_numeral(text: str) -> Decimal | None:
    """Value of a Chinese numeral (一亿五千万, 两亿, 百亿, 一点五亿), or None."""
    units = resources.units().zh
    if "点" not in text and not all(char in units for char in text):
        value = _cn_integer(text)
        if value is not None:
            return Decimal(value)
    import cn2an  # the fallback for forms the fast path declines (decimals with 点)

    if all(char in units for char in text):
        return _zh_unit_value(text) if len(text) <= 3 else None
    try:
        return Decimal(str(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
        pass
    # cn2an rejects decimals before a unit ("一点五亿"): split off the trailing unit run.
    head = text.rstrip("十百千万亿")
    if head and head != text:
        try:
            return Decimal(str(cn2an.cn2an(head, "smart"))) * _zh_unit_value(text[len(head) :])
        except (ValueError, KeyError, IndexError, TypeError, InvalidOperation):
            return None
    return None


def number_value(text: str) -> Decimal | None:
    """Value of an ASCII or Chinese number as written (no unit applied)."""
    if text[0].isdigit() and "亿" in text:
        high, _, low = text.replace(" ", "").partition("亿")
        low_value = number_value(low.lstrip("零").replace("千万", "000").rstrip("万")) or Decimal(0)
        return Decimal(high) * 10**8 + low_value * TEN_THOUSAND
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    return _cn_numeral(text)


def _is_cn_single_unit(text: str) -> bool:
    # 十元 / 百元 are amounts; a lone 万 or 亿 is a word (万元户, 亿元级 is handled as a band).
    return text in ("万", "亿")


class Groups(NamedTuple):
    """What one match of ``money_regex`` captured, whichever alternative matched.

    A named tuple read straight from ``match.groups()`` by ``groups_of``: several times cheaper
    than ``groupdict()`` or a dict built from it.
    """

    pq: str | None
    vz: str | None
    vzu: str | None
    m3: str | None
    c3: str | None
    band: str | None
    bu: str | None
    fq: str | None
    fu: str | None
    ve: str | None
    eb: str | None
    amt: str | None
    btw: str | None
    c1: str | None
    n1: str | None
    m1: str | None
    u1: str | None
    c2: str | None
    n2: str | None
    m2: str | None
    u2: str | None
    sep: str | None
    sq: str | None


#: Groups every alternative shares (the qualifiers before and after the amount).
SHARED_GROUPS = ("pq", "sq")


class _Reader(NamedTuple):
    """How to read one alternative's match: the group set exactly when it matched, and the
    group numbers that fill ``Groups`` in order."""

    marker: int
    numbers: tuple[int, ...]


@cache
def _readers() -> tuple[_Reader, ...]:
    """One reader per alternative of ``money_regex``, the plain amount (most common) first.

    A field an alternative does not have reads a group of another alternative, which is always
    unset when this one matched, so one C-level ``match.group(*numbers)`` fills ``Groups``.
    Built once (not keyed by the pattern: hashing an ``re.Pattern`` costs ~13 us); a group name
    ``Groups`` does not know fails here, loudly.
    """
    number = money_regex().groupindex
    # group name -> (its field, its alternative's tag or None for the plain amount)
    branch_of: dict[str, tuple[str, str | None]] = {}
    for name in number:
        base, _, tag = name.rpartition("_")
        if tag in BRANCH_MARKERS and base in Groups._fields:
            branch_of[name] = (base, tag)
        elif name not in Groups._fields:
            raise RuntimeError(f"money pattern group {name!r} is not a Groups field")
        elif name not in SHARED_GROUPS:
            branch_of[name] = (name, None)

    def reader(tag: str | None, marker: str) -> _Reader:
        def pick(field: str) -> int:
            own = f"{field}_{tag}" if tag else field
            if own in number:
                return number[own]
            if field in SHARED_GROUPS:
                return number[field]
            # Unset whenever this alternative matched: a group of another alternative.
            return next(number[n] for n, (f, b) in branch_of.items() if f == field and b != tag)

        return _Reader(
            number[f"{marker}_{tag}" if tag else marker], tuple(map(pick, Groups._fields))
        )

    return (reader(None, "n1"), *(reader(tag, m) for tag, m in BRANCH_MARKERS.items()))


def groups_of(match: re.Match[str]) -> Groups:
    """The ``Groups`` of one match of ``money_regex``."""
    for reader in _readers():
        if match.group(reader.marker) is not None:
            return Groups._make(match.group(*reader.numbers))
    raise AssertionError("a money match always sets one alternative's marker group")


@cache
def _qualifier_words() -> tuple[dict[str, str], dict[str, str]]:
    """Prefix and suffix qualifier words (English lower-cased) -> meaning, built once."""
    zh, en = resources.zh_money().qualifiers, resources.en_money().qualifiers
    prefixes = {**zh.prefix_meaning(), **{k.lower(): v for k, v in en.prefix_meaning().items()}}
    suffixes = {**zh.suffix_meaning(), **{k.lower(): v for k, v in en.suffix_meaning().items()}}
    return prefixes, suffixes


def _qualifier_of(g: Groups) -> Qualifier:
    prefixes, suffixes = _qualifier_words()
    meaning: str | None = None
    if g.pq:
        meaning = prefixes.get(g.pq) or prefixes.get(g.pq.lower())
    if meaning is None and g.sq:
        meaning = suffixes.get(g.sq) or suffixes.get(g.sq.lower())
    if meaning is None and (g.m1 or g.m3 or g.m2):
        meaning = "at_least"
    return meaning if meaning in ("approx", "at_least", "at_most") else "exact"  # type: ignore[return-value]


def _bounded(
    value: Decimal, qualifier: Qualifier, currency: str | None, has_zh_unit: bool
) -> ParsedAmount:
    value = canonical(value)
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return ParsedAmount(currency, value, low, high, qualifier, has_zh_unit, False)


def _is_cn_numeral(number: str) -> bool:
    return not number[0].isdigit()


def _cn_with_big_unit(number: str | None) -> bool:
    """一亿五千万, 百亿: a Chinese numeral that carries 万 or 亿 inside."""
    return bool(number) and _is_cn_numeral(number) and ("万" in number or "亿" in number)  # type: ignore[arg-type,operator]


def _is_zh_unit(unit: str | None) -> bool:
    return unit is not None and unit[0] in ZH_UNIT_CHARS


def _parse_amount(g: Groups) -> ParsedAmount | None:
    n1, n2, u1, u2 = g.n1, g.n2, g.u1, g.u2
    if n1 is None:
        return None
    currency = currency_code(g.c1 or g.c2 or g.c3)
    zh_unit = _is_zh_unit(u1) or _is_zh_unit(u2) or _cn_with_big_unit(n1) or _cn_with_big_unit(n2)
    if currency is None and (
        not zh_unit or (u1 is not None and u1[0].isascii()) or (u2 is not None and u2[0].isascii())
    ):
        return None  # "30 million users", "2019": numbers, not money
    qualifier = _qualifier_of(g)
    lone_unit = _is_cn_single_unit(n1) or (n2 is not None and _is_cn_single_unit(n2))
    if lone_unit and qualifier == "exact" and n2 is None:
        return None  # a lone 万 or 亿 is a word, not an amount
    v1 = number_value(n1)
    if v1 is None:
        return None
    if n2 is None:
        return _bounded(v1 * unit_value(g.u1), qualifier, currency, zh_unit)
    v2 = number_value(n2)
    if v2 is None:
        return None
    high = v2 * unit_value(g.u2)
    low = v1 * unit_value(g.u1 or g.u2)
    if low > high:
        # "5-6千万" is fine; "5亿-6千万" is not a range. Keep the reading that is ordered.
        return None
    return ParsedAmount(currency, None, canonical(low), canonical(high), "range", zh_unit, False)


def _band(low: Decimal, high: Decimal, currency: str | None, zh_unit: bool) -> ParsedAmount:
    return ParsedAmount(currency, None, canonical(low), canonical(high), "vague", zh_unit, True)


def _parse_vague_zh(g: Groups) -> ParsedAmount:
    low_factor, high_factor = resources.zh_money().vague[g.vz or ""]
    unit = _zh_unit_value(g.vzu or "")
    currency = currency_code(g.c3)
    return _band(low_factor * unit, high_factor * unit, currency, True)


def _parse_band(g: Groups) -> ParsedAmount:
    unit = _zh_unit_value(g.bu or "")
    return _band(unit, unit * 10, currency_code(g.c3), True)


def _parse_figure(g: Groups) -> ParsedAmount:
    qualifier = resources.zh_money().round_figures[g.fq or ""]
    value = _zh_unit_value(g.fu or "")
    return _bounded(value, qualifier, currency_code(g.c3), True)  # type: ignore[arg-type]


def _parse_vague_en(g: Groups) -> ParsedAmount | None:
    currency = currency_code(g.c3)
    if currency is None:
        return None  # "millions of users"
    low, high = resources.en_money().vague[(g.ve or "").lower()]
    return _band(low, high, currency, False)


def _parse_band_en(g: Groups) -> ParsedAmount:
    low, high = resources.en_money().bands.phrases[(g.eb or "").lower()]
    return _band(low, high, currency_code(g.c3), False)


def parse_candidate(match: re.Match[str]) -> ParsedAmount | None:
    """Parse one match of ``money_regex``; None when it is not money."""
    parsed = _parse_any(groups_of(match))
    if parsed is None:
        return None
    if any(v is not None and v > MAX_AMOUNT for v in (parsed.value, parsed.low, parsed.high)):
        return None
    return parsed


def _parse_any(g: Groups) -> ParsedAmount | None:
    if g.vz:
        return _parse_vague_zh(g)
    if g.band:
        return _parse_band(g)
    if g.fq:
        return _parse_figure(g)
    if g.ve:
        return _parse_vague_en(g)
    if g.eb:
        return _parse_band_en(g)
    return _parse_amount(g)


def to_money(
    parsed: ParsedAmount,
    *,
    text: str,
    start: int,
    end: int,
    currency: str | None,
    confidence: float,
    equivalents: list[Money] | None = None,
) -> Money:
    """Attach surface, offsets and confidence to a parsed amount."""
    return Money(
        text=text,
        start=start,
        end=end,
        currency=currency,
        value=parsed.value,
        low=parsed.low,
        high=parsed.high,
        qualifier=parsed.qualifier,
        equivalents=equivalents or [],
        confidence=confidence,
    )
