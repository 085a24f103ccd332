"""Language data: TOML files per language, validated with pydantic when first loaded.

Code never spells out words of a language; it asks this module. Each loader is cached, so a
file is read and validated once per process, on first use (never at import time).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CurrencyForms(_Data):
    """The surface forms of one currency."""

    symbols: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)


class Qualifiers(_Data):
    """Qualifier words around an amount, by position and meaning."""

    prefix_approx: list[str]
    prefix_at_most: list[str]
    prefix_at_least: list[str]
    suffix_approx: list[str]
    suffix_at_least: list[str]
    suffix_at_most: list[str]
    more: list[str] = Field(default_factory=list)
    range_separators: list[str]

    def prefix_meaning(self) -> dict[str, str]:
        """Map each prefix word to its qualifier."""
        return _meanings(
            approx=self.prefix_approx, at_most=self.prefix_at_most, at_least=self.prefix_at_least
        )

    def suffix_meaning(self) -> dict[str, str]:
        """Map each suffix word to its qualifier."""
        return _meanings(
            approx=self.suffix_approx, at_most=self.suffix_at_most, at_least=self.suffix_at_least
        )


def _meanings(**groups: list[str]) -> dict[str, str]:
    return {word: meaning for meaning, words in groups.items() for word in words}


class ZhContext(_Data):
    """Cues that decide whether a currency-less Chinese amount is money."""

    cues_before: list[str]
    cues_after: list[str]
    counters: list[str]
    counter_exceptions: list[str]
    clause_breaks: list[str]


class CurrencyNote(_Data):
    """The words of a note naming the currency of a text's bare 元 amounts ("除另有注明外，
    金额单位为新台币"): an opener or a scope, then a noun and the currency."""

    openers: list[str]
    scopes: list[str]
    nouns: list[str]
    fillers: list[str]
    adverbs: list[str]
    copulas: list[str]
    by: list[str]


class ZhMoney(_Data):
    """Chinese money words."""

    qualifiers: Qualifiers
    vague: dict[str, tuple[Decimal, Decimal]]
    round_figures: dict[str, str]
    bands: dict[str, list[str]]
    context: ZhContext
    currency_note: CurrencyNote
    #: Measure words between a number and 亿 in speech (十个亿 = 十亿).
    measure_words: list[str] = Field(default_factory=list)
    #: Places that make a zh-Hant item a mainland story, whose bare 元 is renminbi.
    mainland_places: list[str] = Field(default_factory=list)

    @field_validator("round_figures")
    @classmethod
    def _known_qualifiers(cls, value: dict[str, str]) -> dict[str, str]:
        bad = {k: v for k, v in value.items() if v not in {"approx", "at_least", "at_most"}}
        if bad:
            raise ValueError(f"unknown qualifiers in round_figures: {bad}")
        return value


class YenContext(_Data):
    """Words that tell whether an English item's "¥" is the yen's sign or the yuan's."""

    japan: list[str]
    china: list[str]
    yuan: list[str]


class EnBands(_Data):
    """Machine-translated bands ("100-million-yuan-level"): phrase -> [low, high), and the
    level words that must follow the currency."""

    levels: list[str]
    phrases: dict[str, tuple[Decimal, Decimal]]

    @field_validator("phrases")
    @classmethod
    def _ordered(
        cls, value: dict[str, tuple[Decimal, Decimal]]
    ) -> dict[str, tuple[Decimal, Decimal]]:
        bad = [phrase for phrase, (low, high) in value.items() if not 0 < low < high]
        if bad:
            raise ValueError(f"bands need 0 < low < high: {bad}")
        return value


class EnMoney(_Data):
    """English money words."""

    qualifiers: Qualifiers
    yen: YenContext
    vague: dict[str, tuple[Decimal, Decimal]]
    bands: EnBands


class Units(_Data):
    """Multipliers of Chinese unit characters and English scale words."""

    zh: dict[str, Decimal]
    en: dict[str, Decimal]

    @field_validator("zh")
    @classmethod
    def _single_characters(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        if any(len(key) != 1 for key in value):
            raise ValueError("zh units must be single characters")
        return value


def load_toml(relative_path: str) -> dict[str, Any]:
    """Read one TOML data file shipped in this package."""
    data_file = resources.files(__package__).joinpath(relative_path)
    data: dict[str, Any] = tomllib.loads(data_file.read_text(encoding="utf-8"))
    return data


@cache
def currencies() -> dict[str, CurrencyForms]:
    """ISO 4217 code -> surface forms, validated."""
    raw = load_toml("base/currencies.toml")
    table = {code: CurrencyForms.model_validate(forms) for code, forms in raw.items()}
    for code in table:
        if len(code) != 3 or not code.isupper():
            raise ValueError(f"not an ISO 4217 code: {code!r}")
    return table


@cache
def units() -> Units:
    """Unit multipliers, validated."""
    return Units.model_validate(load_toml("base/units.toml"))


@cache
def zh_money() -> ZhMoney:
    """Chinese money words, validated."""
    return ZhMoney.model_validate(load_toml("zh/money.toml"))


@cache
def en_money() -> EnMoney:
    """English money words, validated."""
    return EnMoney.model_validate(load_toml("en/money.toml"))


@cache
def zh_events() -> dict[str, Any]:
    """Chinese event cue words (validated shape: tables of word lists)."""
    return _validated(load_toml("zh/events.toml"))


@cache
def en_events() -> dict[str, Any]:
    """English event cue words."""
    return _validated(load_toml("en/events.toml"))


def _validated(data: dict[str, Any]) -> dict[str, Any]:
    """Check the shape of an events file: its sections, and cues as lists of non-empty words."""
    for section in ("rounds", "cues", "company", "investors", "document"):
        if section not in data:
            raise ValueError(f"event data lacks section [{section}]")
    for name, words in data["cues"].items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise ValueError(f"cues.{name} must be a list of non-empty strings")
    for table in ("cue_blockers", "cue_followers"):
        for cue, chars in data.get(table, {}).items():
            if not isinstance(chars, list) or not all(
                isinstance(c, str) and len(c) == 1 for c in chars
            ):
                raise ValueError(f"{table}.{cue} must be a list of single characters")
    return data
