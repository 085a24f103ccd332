"""The money parser: turn one candidate match into a ``Money``, or reject it.

Parsing is strict: a candidate is money only with a currency, or with a Chinese unit of at
least 万 and (in running text) a deal context. Values are computed in ``Decimal`` throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

import regex

from .. import resources
from ..schema import Money, Qualifier

TEN_THOUSAND = Decimal(10000)
#: Larger amounts are misreadings (a run of 亿亿亿 or digits), never money: rejected, not clipped.
MAX_AMOUNT = Decimal(10) ** 16


def canonical(value: Decimal) -> Decimal:
    """Drop exponent and trailing zeros: Decimal('1.2E+8') -> Decimal('120000000')."""
    if value.adjusted() > 20:
        return value  # absurdly large: rejected by MAX_AMOUNT, never quantized
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@dataclass(frozen=True)
class ParsedAmount:
    """What a candidate means, before offsets and confidence are attached."""

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


def unit_value(unit: str | None) -> Decimal:
    """Multiplier of a unit surface ("亿" -> 1e8, "千万" -> 1e7, "bn" -> 1e9)."""
    if not unit:
        return Decimal(1)
    unit = unit.strip()
    if unit[0] in resources.units().zh:
        return _zh_unit_value(unit)
    return resources.units().en[unit.lower()]


def _cn_numeral(text: str) -> Decimal | None:
    """Value of a Chinese numeral (一亿五千万, 两亿, 百亿, 一点五亿), or None."""
    import cn2an  # lazily: cn2an pulls in its own data on import

    units = resources.units().zh
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
        high, _, low = text.partition("亿")
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
    return len(text) == 1 and text in "万亿"


Groups = dict[str, str | None]


def _qualifier_of(g: Groups) -> Qualifier:
    zh, en = resources.zh_money(), resources.en_money()
    meaning: str | None = None
    prefix, suffix = g["pq"], g["sq"]
    if prefix:
        meaning = zh.qualifiers.prefix_meaning().get(prefix) or en.qualifiers.prefix_meaning().get(
            prefix.lower()
        )
    if suffix and meaning is None:
        meaning = zh.qualifiers.suffix_meaning().get(suffix) or en.qualifiers.suffix_meaning().get(
            suffix.lower()
        )
    if meaning is None and (g["m1"] or g["m3"] or g["m2"]):
        meaning = "at_least"
    return meaning if meaning in ("approx", "at_least", "at_most") else "exact"  # type: ignore[return-value]


def _bounded(value: Decimal, qualifier: Qualifier) -> ParsedAmount:
    low = value if qualifier == "at_least" else None
    high = value if qualifier == "at_most" else None
    return ParsedAmount(None, canonical(value), low, high, qualifier, False, False)


def _parse_amount(g: Groups) -> ParsedAmount | None:
    n1, n2 = g["n1"], g["n2"]
    if n1 is None:
        return None
    u1, u2 = g["u1"], g["u2"]
    currency = currency_code(g["c1"] or g["c2"] or g["c3"])
    zh_unit = any(u and u.strip()[0] in "十百千万亿兆" for u in (u1, u2)) or any(
        n and not n[0].isdigit() and any(c in "万亿" for c in n) for n in (n1, n2)
    )
    en_unit = any(u and u.strip()[0].isascii() for u in (u1, u2))
    qualifier = _qualifier_of(g)
    if any(n and not n[0].isdigit() and _is_cn_single_unit(n) for n in (n1, n2)) and not (
        qualifier != "exact" or n2
    ):
        return None  # a lone 万 or 亿 is a word, not an amount
    v1 = number_value(n1)
    if v1 is None:
        return None
    if currency is None and (en_unit or not zh_unit):
        return None  # "30 million users", "2019": numbers, not money
    if n2 is None:
        parsed = _bounded(v1 * unit_value(u1), qualifier)
        return _with(parsed, currency=currency, has_zh_unit=zh_unit)
    v2 = number_value(n2)
    if v2 is None:
        return None
    high = v2 * unit_value(u2)
    low = v1 * unit_value(u1 or u2)
    if low > high:
        # "5-6千万" is fine; "5亿-6千万" is not a range. Keep the reading that is ordered.
        return None
    return ParsedAmount(currency, None, canonical(low), canonical(high), "range", zh_unit, False)


def _with(parsed: ParsedAmount, *, currency: str | None, has_zh_unit: bool) -> ParsedAmount:
    return ParsedAmount(
        currency, parsed.value, parsed.low, parsed.high, parsed.qualifier, has_zh_unit, parsed.vague
    )


def _band(low: Decimal, high: Decimal, currency: str | None, zh_unit: bool) -> ParsedAmount:
    return ParsedAmount(currency, None, canonical(low), canonical(high), "vague", zh_unit, True)


def _parse_vague_zh(g: Groups) -> ParsedAmount:
    low_factor, high_factor = resources.zh_money().vague[g["vz"] or ""]
    unit = _zh_unit_value(g["vzu"] or "")
    currency = currency_code(g["c3"])
    return _band(low_factor * unit, high_factor * unit, currency, True)


def _parse_band(g: Groups) -> ParsedAmount:
    unit = _zh_unit_value(g["bu"] or "")
    return _band(unit, unit * 10, currency_code(g["c3"]), True)


def _parse_figure(g: Groups) -> ParsedAmount:
    qualifier = resources.zh_money().round_figures[g["fq"] or ""]
    parsed = _bounded(_zh_unit_value(g["fu"] or ""), qualifier)  # type: ignore[arg-type]
    return _with(parsed, currency=currency_code(g["c3"]), has_zh_unit=True)


def _parse_vague_en(g: Groups) -> ParsedAmount | None:
    currency = currency_code(g["c3"])
    if currency is None:
        return None  # "millions of users"
    low, high = resources.en_money().vague[(g["ve"] or "").lower()]
    return _band(low, high, currency, False)


@cache
def _group_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    by_index = {index: name for name, index in pattern.groupindex.items()}
    return tuple(by_index.get(i, "") for i in range(1, pattern.groups + 1))


def parse_candidate(match: regex.Match[str]) -> ParsedAmount | None:
    """Parse one match of ``money_regex``; None when it is not money."""
    # groups() is ~25x cheaper than groupdict() on this pattern (duplicate names share numbers).
    parsed = _parse_any(dict(zip(_group_names(match.re), match.groups(), strict=True)))
    if parsed is None:
        return None
    if any(v is not None and v > MAX_AMOUNT for v in (parsed.value, parsed.low, parsed.high)):
        return None
    return parsed


def _parse_any(g: Groups) -> ParsedAmount | None:
    if g["vz"]:
        return _parse_vague_zh(g)
    if g["band"]:
        return _parse_band(g)
    if g["fq"]:
        return _parse_figure(g)
    if g["ve"]:
        return _parse_vague_en(g)
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
