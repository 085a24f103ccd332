"""vcextract: structured, normalised funding rounds from venture-capital news.

>>> from vcextract import extract
>>> extract("Foo Robotics raised $30 million in a Series A round led by Bar Ventures.").events[0].round
'a'

Importing the package is cheap: the stages and their language data load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "extract": "vcextract.api",
    "extract_many": "vcextract.batch",
    "extract_partition": "vcextract.batch",
    "find_money": "vcextract.money",
    "parse_money": "vcextract.money",
    "parse_date": "vcextract.dates",
    "InputTooLargeError": "vcextract.errors",
    "MAX_INPUT_CHARS": "vcextract.errors",
    "DateValue": "vcextract.schema",
    "Extraction": "vcextract.schema",
    "FundingEvent": "vcextract.schema",
    "Investor": "vcextract.schema",
    "Money": "vcextract.schema",
    "Party": "vcextract.schema",
    "PublishedDate": "vcextract.schema",
    "Span": "vcextract.schema",
    "Valuation": "vcextract.schema",
}

__all__ = ["__version__", *_LAZY]

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract
    from .batch import extract_many, extract_partition
    from .dates import parse_date
    from .errors import MAX_INPUT_CHARS, InputTooLargeError
    from .money import find_money, parse_money
    from .schema import (
        DateValue,
        Extraction,
        FundingEvent,
        Investor,
        Money,
        Party,
        PublishedDate,
        Span,
        Valuation,
    )


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'vcextract' has no attribute {name!r}")
