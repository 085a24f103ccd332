"""The public contract of vcextract: every model a caller receives.

All models are frozen pydantic v2 models that forbid unknown fields and serialise to JSON
(``Decimal`` values become strings, so no amount ever passes through a float). Every fact keeps
its surface text and character offsets into the caller's original string:
``text[span.start:span.end] == span.text`` holds whatever normalisation happens inside.

Field names here are relied on by users' pipelines: add beside them, never rename.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Confidence = Annotated[float, Field(ge=0.0, le=1.0)]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
Precision = Literal["day", "week", "month", "quarter", "year"]
Language = Literal["zh-Hans", "zh-Hant", "en", "mixed"]
Role = Literal["lead", "participant", "existing"]
Status = Literal["completed", "announced", "planned"]
PublishedSource = Literal["argument", "front_matter", "date_line", "title", "dateline"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Span(_Model):
    """A piece of the caller's text, with an optional label saying what it is evidence of."""

    start: int = Field(ge=0)
    """Offset of the first character in the original text."""
    end: int = Field(ge=0)
    """Offset one past the last character in the original text."""
    text: str
    """Exactly ``original[start:end]``."""
    label: str | None = None
    """What this span is evidence of, e.g. ``"company"``, ``"amount"``, ``"cue:领投"``."""


class Money(_Model):
    """One money mention: an amount, a range or a vague band in one currency.

    ``value`` holds exact, approx, at_least and at_most amounts; ``low``/``high`` hold the bounds
    of ranges and vague bands (vague bands are half-open ``[low, high)``), and the known bound
    of at_least (``low``) and at_most (``high``). All values are whole currency units.
    """

    text: str
    """The surface text of the whole expression, qualifier words included."""
    start: int = Field(ge=0)
    """Offset of the expression in the original text."""
    end: int = Field(ge=0)
    """Offset one past the expression in the original text."""
    currency: str | None = None
    """ISO 4217 code, or None when the text names no currency and the context does not settle it."""
    value: Decimal | None = None
    """The amount, for exact, approx, at_least and at_most."""
    low: Decimal | None = None
    """Lower bound (ranges, vague bands, at_least)."""
    high: Decimal | None = None
    """Upper bound (ranges, vague bands, at_most); exclusive for vague bands."""
    qualifier: Qualifier = "exact"
    """How the text qualifies the amount."""
    equivalents: list[Money] = Field(default_factory=list)
    """The same amount stated in other currencies, e.g. a parenthesised 约1.45亿美元."""
    confidence: Confidence = 1.0
    """Probability that this is money and that value and currency are right."""


class Valuation(_Model):
    """A company valuation stated with a round."""

    amount: Money
    """The valuation amount."""
    basis: Literal["pre", "post"] | None = None
    """Pre-money or post-money, when the text says."""
    confidence: Confidence = 1.0
    """Probability that this valuation belongs to the event and is right."""


class DateValue(_Model):
    """A calendar date at the precision the text gives it."""

    value: str
    """ISO at its precision: ``2026-02-27``, ``2026-W09``, ``2024-03``, ``2025-Q3``, ``2019``."""
    precision: Precision
    """How much of the date is known."""
    source: Literal["text", "published"] = "text"
    """``text`` when the text states it, ``published`` when it falls back to the publish date."""
    text: str | None = None
    """The surface text of the date expression (None for the publish-date fallback)."""
    span: Span | None = None
    """Where the expression stands in the original text."""
    confidence: Confidence = 1.0
    """Probability that this is the event's date at this precision."""


class PublishedDate(_Model):
    """The publish date used to resolve relative dates, and where it came from."""

    value: _dt.date
    """The date."""
    source: PublishedSource
    """The ``published`` argument, or where in the text it was found."""
    span: Span | None = None
    """The text it was read from, when it came from the text."""


class Party(_Model):
    """A company or an organisation named in the text."""

    name: str
    """The name as the text writes it (short name preferred), without descriptors or quotes."""
    aliases: list[str] = Field(default_factory=list)
    """Other names of the same party in the text: English, legal, short or former names."""
    span: Span | None = None
    """The mention the name was taken from."""
    confidence: Confidence = 1.0
    """Probability that this is the right party with the right name."""


class Investor(Party):
    """An investor in a round."""

    role: Role = "participant"
    """``lead``, ``participant`` or ``existing`` (an existing shareholder investing again)."""
    amount: Money | None = None
    """This investor's own contribution, when the text gives it."""


class FundingEvent(_Model):
    """One funding round reported by the text."""

    kind: Literal["funding_round"] = "funding_round"
    """The event kind; more kinds (IPO, M&A) may come later."""
    company: Party | None = None
    """The funded company."""
    round: str | None = None
    """Canonical round from docs/rounds.md (``"a"``, ``"pre-ipo"``, ...), None when not stated."""
    round_text: str | None = None
    """The round as written."""
    amount: Money | None = None
    """This round's raise; None when undisclosed."""
    valuation: Valuation | None = None
    """The company's valuation stated with this round."""
    investors: list[Investor] = Field(default_factory=list)
    """This round's investors, in the order the text names them."""
    date: DateValue | None = None
    """When the round was announced or closed."""
    status: Status = "completed"
    """completed, announced or planned."""
    confidence: Confidence = 1.0
    """Probability that the text reports this round."""
    field_confidence: dict[str, Confidence] = Field(default_factory=dict)
    """Probability per field that carries a value: company, round, amount, valuation, date,
    status, and investors (the mean of the investors' own). See docs/confidence.md."""
    evidence: list[Span] = Field(default_factory=list)
    """The spans each fact and cue was read from, labelled."""


class Extraction(_Model):
    """Everything vcextract read from one text."""

    events: list[FundingEvent] = Field(default_factory=list)
    """Every funding round the text reports, in order of first mention."""
    money: list[Money] = Field(default_factory=list)
    """Every money mention in the text, in order."""
    language: Language | None = None
    """The text's language and script; None for an empty text."""
    published: PublishedDate | None = None
    """The publish date used to resolve relative dates, and where it came from."""
    warnings: list[str] = Field(default_factory=list)
    """Coded notes on guesses made (``VCX...``), e.g. a currency assumed from context."""


Money.model_rebuild()
