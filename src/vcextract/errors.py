"""Errors and coded warnings."""

from __future__ import annotations

#: The largest text ``extract`` accepts, in characters (about 2,000 pages of news). Split
#: longer input into documents; every stage is linear, so this bounds time and memory.
MAX_INPUT_CHARS = 5_000_000

WARNINGS = {
    "VCX001": "currency of {text!r} assumed CNY: a Chinese amount with no currency word in a deal context",
}


class InputTooLargeError(ValueError):
    """The text is longer than ``MAX_INPUT_CHARS``."""

    def __init__(self, size: int) -> None:
        super().__init__(
            f"text has {size:,} characters; vcextract accepts at most {MAX_INPUT_CHARS:,} "
            "(extract, find_money, parse_money, parse_date). "
            "Split it into documents (vcextract.errors.MAX_INPUT_CHARS)."
        )
        self.size = size


def warning(code: str, **values: object) -> str:
    """A coded warning message, e.g. ``VCX001: currency of '1.2亿' assumed CNY ...``."""
    return f"{code}: " + WARNINGS[code].format(**values)
