"""Text normalisation that never moves a character, and language detection.

Every rule runs on a normalised copy of the caller's text in which full-width ASCII is
half-width and traditional characters are simplified. Both mappings are one character to one
character, so an offset into the normalised copy is the same offset into the original: facts
are read from the copy and sliced from the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, NamedTuple

import regex

from .schema import Language

_FULLWIDTH_OFFSET = 0xFEE0
# Characters outside the U+FF01..FF5E block that we also fold, one to one.
_EXTRA_FOLDS = {
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",  # no-break space
    "\uffe5": "¥",  # full-width yen sign
    "\uffe0": "¢",
    "\uffe1": "£",
    "\uff5e": "~",
    "\u301c": "~",  # wave dash
}
_FOLD_TABLE = {cp: chr(cp - _FULLWIDTH_OFFSET) for cp in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({ord(k): v for k, v in _EXTRA_FOLDS.items()})


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@cache
def _t2s_converter() -> Any:
    import opencc  # imported lazily: nothing heavy at import time

    return opencc.OpenCC("t2s")


@cache
def _t2s_char(char: str) -> str:
    converted: str = _t2s_converter().convert(char)
    return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, keeping the length of the text.

    OpenCC converts phrase by phrase; in the rare case a phrase changes length we fall back to
    converting character by character so offsets stay valid.
    """
    if text.isascii():
        return text  # nothing to convert, and OpenCC's call costs more than this check
    try:
        converted: str = _t2s_converter().convert(text)
    except UnicodeEncodeError:
        # A lone surrogate ("\udce8", left by decoding bytes with surrogateescape) cannot
        # reach OpenCC as UTF-8; U+FFFD takes its place, one character for one.
        text = LONE_SURROGATE.sub("\ufffd", text)
        converted = _t2s_converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_t2s_char(c) for c in text)


def fold_width(text: str) -> str:
    """Map full-width ASCII and a few look-alikes to their half-width forms."""
    return text if text.isascii() else text.translate(_FOLD_TABLE)


class Normalized(NamedTuple):
    """The caller's text and its normalised copy, index-aligned.

    A named tuple: ``parse_money`` builds one per call, and a tuple is the cheapest immutable
    record Python has.
    """

    original: str
    text: str

    def simplified_changes(self) -> int:
        """How many characters simplification changed (a measure of traditional script)."""
        folded = fold_width(self.original)
        if folded == self.text:  # simplified text: one C comparison instead of a loop
            return 0
        return sum(map(str.__ne__, folded, self.text))  # C-level loop: 3x a generator

    def slice(self, start: int, end: int) -> str:
        """The original characters between two offsets."""
        return self.original[start:end]


def normalize(original: str) -> Normalized:
    """Fold widths and simplify, keeping every character at its offset."""
    return Normalized(original, to_simplified(fold_width(original)))


CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")
#: One Han character of any block (``is_chinese``, names with Chinese in them).
HAN = regex.compile(r"\p{Han}")
LATIN = re.compile("[A-Za-z]+")


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the runs of ``runs`` cover (runs: fewer matches)."""
    return sum(map(len, runs.findall(text)))


def detect_language(norm: Normalized) -> Language | None:
    """Classify the text as zh-Hans, zh-Hant, en or mixed.

    One CJK character is weighed against about four Latin letters (an English word is about
    five letters, a Chinese word about two characters). Traditional script is recognised by the
    share of characters that simplification changed.
    """
    cjk = _count(CJK, norm.text)
    latin = _count(LATIN, norm.text)
    if cjk == 0 and latin == 0:
        return None
    zh_share = cjk / (cjk + latin / 4)
    if zh_share < 0.3:
        return "en"
    if zh_share < 0.6:
        return "mixed"
    return "zh-Hant" if norm.simplified_changes() / cjk > 0.04 else "zh-Hans"


def leftmost_matches(
    joined: regex.Pattern[str], starts: Iterable[int], text: str
) -> Iterator[regex.Match[str]]:
    """What ``joined.finditer(text)`` finds, trying ``joined`` only at ``starts``.

    ``joined`` is an alternation of branches and ``starts`` every position where some branch
    matches on its own (overlapping matches included). Each branch scans fast from its own
    prefix, while the joined pattern tries every branch at every position: on news this is
    several times faster than ``finditer``, with the same leftmost, non-overlapping matches.
    """
    pos = 0
    for start in sorted(set(starts)):
        if start < pos:
            continue
        match = joined.match(text, start)
        if match is not None:
            yield match
            pos = max(match.end(), start + 1)


# A run of Latin letters on lower-cased text, with the runs after it that stand at most 12
# other characters apart: [a-zſ] is every character there that (?i:) lets match an ASCII
# letter (the Kelvin sign lower-cases to k; İ changes the length, so callers check it). The
# date and round branches that need a Latin letter are searched only around these runs.
LATIN_RUNS = re.compile("(?>[a-zſ]+)(?:(?>[^a-zſ]{0,12})[a-zſ]+)*")

# Two characters that a case-insensitive English word can open with: ASCII letters, and the
# three others that (?i:) lets match one (İ, the long s, the Kelvin sign).
LATIN_PAIR = re.compile("[A-Za-z\u0130\u017f\u212a]{2}")


class SplitCues(NamedTuple):
    """A list of Chinese and English cue words, searched as their joined pattern would be.

    At one position only one part can match (the Chinese part never opens with a Latin
    letter, the English part always with two), so the joined pattern's first match is the earlier of the
    two parts' first matches. The English part is case-insensitive, the slowest to scan, and
    is searched only from the first pair of Latin letters: most Chinese sentences have none
    before their cue, if any. Everything but ``search`` goes to the joined pattern.
    """

    joined: regex.Pattern[str]
    chinese: regex.Pattern[str]
    english: regex.Pattern[str]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        end = len(text) if endpos is None else endpos
        found = self.chinese.search(text, pos, end)
        latin = LATIN_PAIR.search(text, pos, found.start() + 1 if found else end)
        if latin is None:
            return found
        english = self.english.search(text, latin.start(), end)
        if english is not None and (found is None or english.start() < found.start()):
            return english
        return found

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        return self.joined.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[regex.Match[str]]:
        return self.joined.finditer(text, pos, len(text) if endpos is None else endpos)


def split_cues(joined: str, chinese: str, english: str) -> SplitCues | regex.Pattern[str]:
    """A cue pattern searched in two parts when it splits (see ``SplitCues``), else whole.

    ``chinese`` must never match at a Latin letter and ``english`` only at two of them, and ``joined`` must match what the two match; when either part is "", the joined
    pattern is compiled on its own.
    """
    if not chinese or not english:
        return regex.compile(joined)
    return SplitCues(regex.compile(joined), regex.compile(chinese), regex.compile(english))


def inside_number(text: str, index: int) -> bool:
    """True for the comma of "2,000" or the colon of "10:30": digits on both sides, so the
    character separates no clause and no list."""
    return (
        text[index] in ",:"
        and 0 < index < len(text) - 1
        and text[index - 1].isdigit()
        and text[index + 1].isdigit()
    )
