"""Rounds: find round mentions and map them to the canonical taxonomy of docs/rounds.md."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from .money.patterns import alternation
from .resources import en_events, zh_events
from .text import LATIN_RUNS, leftmost_matches

LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class RoundMention:
    """A round named in the text; ``canonical`` is None for "新一轮" / "a new round"."""

    start: int
    end: int
    canonical: str | None


@cache
def round_regex() -> regex.Pattern[str]:
    """Compile the round pattern (cached)."""
    return regex.compile("|".join(f"(?:{b})" for b in _round_branches()))


@cache
def _branch_regexes() -> tuple[tuple[regex.Pattern[str], bool], ...]:
    """Each branch compiled on its own, and whether it matches only at a Latin letter."""
    chinese = _chinese_opening_branches()
    return tuple((regex.compile(b), b not in chinese) for b in _round_branches())


# The branches that open with a Latin letter ("Series B", "Pre-A轮", "seed") read at most 12
# characters past their last letter (the "+轮融资" of "A+轮融资"), so they are searched only
# within that reach of Latin letters: Chinese news has few.
LATIN_REACH = 12


def _latin_windows(text: str, lowered: str) -> list[tuple[int, int]] | None:
    """Where the Latin-letter branches can match in ``text`` (``lowered`` is it lower-cased),
    or None to search the whole text."""
    if len(lowered) != len(text):
        return None  # "İ" lower-cases to two characters: offsets would not be the text's
    return [(m.start(), m.end() + LATIN_REACH) for m in LATIN_RUNS.finditer(lowered)]


#: The money in "added ₹45 crore to its Series A", "added IDR 160 billion to its": an optional
#: ISO code, a symbol, a number of at most 13 characters and one unit.
ADDED_MONEY = (
    r"(?:[A-Z]{3}\s)?[^\s\d]{0,3}\d[\d.,]{0,12}(?:[mMbBkK]n?|\s(?i:million|billion|crore|lakh))?"
)


@cache
def _chinese_opening_branches() -> tuple[str, str, str]:
    """The branches a match of which may open with a Han character (every other one opens
    with a Latin letter): the Chinese named rounds (天使轮, also "Pre-IPO"), the stage
    investments (获天使投资) and the unnamed rounds of both languages (新一轮, a new round)."""
    zh, en = zh_events()["rounds"], en_events()["rounds"]
    return (
        rf"(?P<named>{alternation(zh['named'], flags='i')})"
        # "战略投资人", not "天使轮领投方" (the holder of an earlier round)
        rf"(?:(?<=轮)|(?!{alternation(zh['named_blockers'])}))",
        rf"(?<={alternation(zh['stage_investment_openers'])})"
        rf"(?P<named>{alternation(zh['stage_investments'])})"
        rf"(?!{alternation(zh['stage_investment_blockers'])})",
        rf"(?P<unnamed>{alternation([*zh['unnamed'], *en['unnamed']], flags='i')})",
    )


@cache
def _round_branches() -> tuple[str, ...]:
    """The alternatives of the round pattern, in priority order."""
    zh, en = zh_events()["rounds"], en_events()["rounds"]
    # [Pp][Rr][Ee], not (?i:pre): the regex module scans a case-insensitive group that opens a
    # pattern several times slower, and "pre" has no other case forms.
    pre = "[Pp][Rr][Ee]"
    letter = rf"(?P<pre>{pre}\s?-?\s?)?(?P<letter>[{LETTERS}{LETTERS.lower()}])(?P<suf>\s?\+\+|\s?\+|-?[1-9])?"
    named_en = alternation(en["named"])
    zh_named, stage, unnamed = _chinese_opening_branches()
    branches = [
        # "an extension of its Series B", "tops up its Series A": the round's extension (X+).
        rf"(?<![A-Za-z])(?P<ext>(?i:extension\sof|tops?\sup|topped\sup))\s(?:(?i:its|the|their)\s)?"
        rf"(?i:series)\s(?P<letter>[{LETTERS}])(?P<suf>\+\+|\+|-?[1-9])?(?![A-Za-z])",
        # "an extension of its seed round", "a seed extension": seed+ (angel+ likewise).
        r"(?<![A-Za-z])(?P<ext>(?i:extension\sof|tops?\sup|topped\sup))\s(?:(?i:its|the|their)\s)?"
        r"(?P<named>(?i:seed|angel))(?:\s(?i:round|funding))?(?![A-Za-z])",
        r"(?<![A-Za-z])(?P<named>(?i:seed|angel))(?P<ext>\s(?i:extension|top-up))(?![A-Za-z])",
        # "added $14 million to its Series A", "added ₹45 crore to its Series A": money added to
        # a round is its extension. The opener is read behind "Series" so that the branch opens
        # where the round does.
        rf"(?<=(?P<ext>(?<![A-Za-z])(?i:add(?:ed|s|ing)?)\s{ADDED_MONEY}\sto\s(?i:its|the|their)\s))"
        rf"(?i:series)\s(?P<letter>[{LETTERS}])(?P<suf>\+\+|\+|-?[1-9])?(?![A-Za-z])",
        rf"(?<![A-Za-z])(?:(?P<pre>{pre}-?\s?)(?i:series)\s|(?i:series)\s(?P<pre>{pre}-?)?)(?P<letter>[{LETTERS}])(?P<suf>\+\+|\+|-?[1-9])?"
        rf"(?P<ext>\s(?i:extension|top-up))?(?![A-Za-z])",
        # "追加A轮": the extension of the A round (A+). The opener is read behind the letter so
        # that the branch still opens at a Latin letter.
        rf"(?<=(?P<ext>{alternation(zh['extension_openers'])})){letter}\s?(?:{alternation(zh['suffix'])})",
        rf"(?<![A-Za-z]){letter}\s?(?:{alternation(zh['suffix'])})",
        # A+B轮: the first of two rounds joined by "+" (the second is matched on its own).
        rf"(?<![A-Za-z])(?P<pre>{pre}-?)?(?P<letter>[{LETTERS}])"
        rf"(?=\+(?:{pre}-?)?[{LETTERS}][+1-9]{{0,4}}\s?(?:{alternation(zh['suffix'])}))",
        # "A+ round", and the first of two coordinated rounds: "Pre-A and Pre-A+ rounds".
        rf"(?<![A-Za-z])(?P<pre>{pre}-?)?(?P<letter>[{LETTERS}])(?P<suf>\+\+|\+|-?[1-9])?"
        rf"(?:\s(?i:rounds?|financing|funding)(?![A-Za-z])"
        rf"|(?=\s(?:and|&|or)\s(?:{pre}-?)?[{LETTERS}][+1-9]{{0,4}}\s(?i:rounds?)(?![A-Za-z])))",
        zh_named,
        stage,
        rf"(?<![A-Za-z])(?P<named>{alternation(en['named'], flags='i')})(?P<plus>\+)?"
        rf"(?:\s(?i:rounds?|financing|funding|investment|stage)(?![A-Za-z])"
        rf"|(?=(?:,\s|\s(?:and|&|or)\s)(?:(?i:{named_en})\+?|(?i:series)\s[{LETTERS}][+1-9]{{0,4}})"
        rf"(?:\s(?i:rounds?)|,\s|\s(?:and|&|or)\s)))",
        # "a $6 million seed in 2019": a bare seed or angel right after an amount.
        r"(?<=(?i:illion|\d[kmb]?)\s)(?P<named>(?i:pre-seed|seed|angel))(?P<plus>\+)?"
        r"(?![\w-]|\s(?i:funds?|vehicle|investors?|portfolio|programs?|programmes?)\b)",
        # "$750,000, which we called a pre-seed": "pre-seed" names nothing but a round.
        r"(?<![\w-])(?P<named>[Pp][Rr][Ee]-[Ss][Ee][Ee][Dd])(?P<plus>\+)?"
        r"(?![\w-]|\s(?i:funds?|vehicles?|investors?|portfolios?|programs?|programmes?|stage"
        r"|startups?|companies|firms?|rounds?|checks?|cheques?|deals?)\b"
        # "pre-seed and seed B2B software", "pre-seed to Series A": stages, not a round
        r"|\s?(?:and|or|to|through|&|/)\s?\S)",
        # "We closed our seed in the spring of 2021", "We raised our A a year later", "We led
        # Mabuhay Pay's seed in 2021": a bare seed or letter after a possessive.
        r"(?<=\b(?i:our|its|their)\s|[A-Za-z]['’]s\s)(?P<named>(?i:pre-seed|seed|angel))(?P<plus>\+)?"
        r"(?![\w-]|\s(?i:funds?|vehicle|investors?|portfolio|programs?|programmes?|stage)\b)",
        rf"(?<=\b(?i:our|its|their)\s)(?P<pre>{pre}-?)?(?P<letter>[{LETTERS}])"
        r"(?P<suf>-[1-9]|\+\+|\+)?(?![\w+-]|\s(?i:investors?|shareholders?)\b)",
        # "drew €8 million in venture debt": debt named right after the amount it lent (not
        # "Nobody wants to talk about venture debt").
        r"(?<=(?i:illion|\d[kmb]?)\s(?:in|of)\s(?:new\s)?)(?P<named>(?i:venture\sdebt))"
        r"(?![\w-]|\s(?i:funds?|facility|facilities|line)\b)",
        # "| Trellisoft | Seed | $6.5M |": a named round alone in a table cell.
        rf"(?<=\|[ \t]{{0,8}})(?P<named>{alternation(en['named'], flags='i')})(?P<plus>\+)?(?=[ \t]{{0,8}}\|)",
        # "follows a $45 million B-1 last year": a lettered tranche right after an amount.
        rf"(?<=(?i:illion|\d[kmb]?)\s)(?P<pre>{pre}-?)?(?P<letter>[{LETTERS}])"
        r"(?P<suf>-[1-9]|\+\+|\+)(?![\w+-])",  # "B-1", not "A4 paper"
        # "a $40 million term loan from Eastbrook Bank", "$8 million in convertible notes":
        # an instrument named on its own is a round of its kind.
        rf"(?<![A-Za-z])(?P<inst>{alternation(en['instruments'], flags='i')})s?(?![A-Za-z])",
        unnamed,
    ]
    return tuple(branches)


@cache
def round_holder() -> regex.Pattern[str]:
    """Who holds a round's shares, right after the round and not followed by a statement."""
    zh, en = zh_events()["rounds"], en_events()["rounds"]
    zh_part = rf"{alternation(zh['holders'])}(?!{alternation(zh['holder_statements'])})"
    en_part = (
        rf"\s{alternation(en['holders'], flags='i')}(?![A-Za-z])"
        rf"(?!\s{alternation(en['holder_statements'], flags='i')}(?![A-Za-z]))"
    )
    return regex.compile(rf"(?:{zh_part}|{en_part})")


def holder_after(text: str, start: int, end: int, endpos: int) -> regex.Match[str] | None:
    """The holder word after the round ``text[start:end]`` ("A轮投资方", "Series A investors")."""
    # The round pattern may have taken 投资 as its suffix: the holder word reads on from 投资.
    at = end - 2 if text.endswith("投资", start, end) else end
    return round_holder().match(text, at, min(endpos, at + 24))


def canonical_round(match: regex.Match[str]) -> str | None:
    """The canonical round of a ``round_regex`` match."""
    if match.group("unnamed"):
        return None
    instrument = match.groupdict().get("inst")
    if instrument:
        kind: str = en_events()["rounds"]["instruments"][instrument.lower()]
        return kind
    named = match.group("named")
    if named:
        zh = zh_events()["rounds"]
        table = {**en_events()["rounds"]["named"], **zh["named"], **zh["stage_investments"]}
        value: str = table.get(named) or table.get(named.lower()) or table[named.lower()]
        extended = match.group("plus") or match.groupdict().get("ext")
        return value + ("+" if extended and value in ("seed", "angel") else "")
    letter = match.group("letter").lower()
    suffix = (match.group("suf") or "").replace(" ", "").replace("-", "")
    if match.groupdict().get("ext"):
        suffix = suffix or "+"
    prefix = "pre-" if match.group("pre") else ""
    return f"{prefix}{letter}{suffix}"


@cache
def _instrument_gates() -> tuple[str, ...]:
    """Lower-case words one of which every instrument contains ("term loan" has "loan")."""
    gates = ("loan", "facilit", "debt", "convertible")
    for word in en_events()["rounds"]["instruments"]:
        if not any(g in word for g in gates):
            raise ValueError(f"instrument {word!r} contains none of {gates}")
    return gates


def find_rounds(text: str) -> list[RoundMention]:
    """Every round mention in normalised ``text``."""
    branches = _branch_regexes()
    lowered = text.lower()
    if not any(gate in lowered for gate in _instrument_gates()):
        # The case-insensitive instrument branch scans slowly; most texts name none.
        branches = tuple(b for b in branches if "?P<inst>" not in b[0].pattern)
    windows = _latin_windows(text, lowered)
    starts: list[int] = []
    for branch, latin in branches:
        for low, high in [(0, len(text))] if windows is None or not latin else windows:
            starts.extend(m.start() for m in branch.finditer(text, low, high, overlapped=True))
    return [
        RoundMention(m.start(), m.end(), canonical_round(m))
        for m in leftmost_matches(round_regex(), starts, text)
    ]
