"""Dates: find date expressions, resolve them against the publish date, keep their precision.

The extractor is one composed regular expression over normalised text (simplified, half-width)
whose branches each carry an empty marker group (``k_md``, ``k_weekday``, ...) saying which
form matched. The resolver turns a match into a ``DateValue`` at the precision the text gives:
a month stays a month, a year a year. Forms that need the publish date resolve to ``None``
without one rather than guessing. Full publish dates in formats the patterns do not know
(RFC 2822 headers, dotted European dates) go to dateparser in strict mode
(``parse_absolute_date``); dateparser is not used on running text, where it mis-resolves
partial dates ("2024年" as the year 2, "12月31日" read in January as the coming December).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, NamedTuple

import regex

from . import resources
from .errors import MAX_INPUT_CHARS, InputTooLargeError
from .money.patterns import alternation
from .schema import DateValue, Precision, Span
from .text import HAN, LATIN_RUNS, leftmost_matches, normalize

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_QUARTER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@cache
def _zh() -> dict[str, Any]:
    return resources.load_toml("zh/dates.toml")


@cache
def _en() -> dict[str, Any]:
    return resources.load_toml("en/dates.toml")


def _keys(table: dict[str, Any], flags: str = "") -> str:
    return alternation(table, flags=flags)


@cache
def date_regex() -> regex.Pattern[str]:
    """Compile the date candidate pattern (cached; built on first use)."""
    chinese, english = _date_branches()
    return regex.compile("|".join(f"(?:{b})" for b in (*chinese, *english)))


class _Anchor(NamedTuple):
    """A lower-case word every match of a branch contains, rarer than the branch's first
    character, and how far (``before``, ``after``) a match and its lookarounds reach from it."""

    regex: re.Pattern[str]
    before: int
    after: int

    def windows(self, lowered: str) -> list[tuple[int, int]]:
        """The merged windows around the anchor's occurrences in lower-cased text."""
        windows: list[tuple[int, int]] = []
        for hit in self.regex.finditer(lowered):
            low, high = max(0, hit.start() - self.before), hit.end() + self.after
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], high)
            else:
                windows.append((low, high))
        return windows


class _Branch(NamedTuple):
    """One alternative of the date pattern, searched on its own.

    A branch with an anchor is searched only in the windows around it. A window can only add
    candidate starts (a match cut at the window's end), never hide one, and the joined pattern
    decides at each start.
    """

    regex: regex.Pattern[str]
    anchor: _Anchor | None = None


@cache
def _branches() -> tuple[_Branch, ...]:
    """Each branch of the date pattern on its own, with its anchor when it has one.

    Searched one by one, each branch scans fast from its literal prefix; the joined pattern
    has to try some 30 branches at every position (about 5x slower on news). The branches
    that start with a digit or a number word but need a rarer word later (an English month
    or weekday, 日 or 号) are searched around that word only: on the corpus that takes a
    third off date time.
    """
    en = _en()

    def prefixes(words: dict[str, Any]) -> re.Pattern[str]:
        return re.compile("|".join(sorted({word[:3].lower() for word in words})))

    # "Wednesday, 31st of September, 2024", "March of last year": 19 characters before the
    # month name, at most 6 + 19 after its first three letters, one more for the lookarounds.
    months = _Anchor(prefixes(en["months"]), 24, 30)
    anchors = {
        "k_mdy": months,
        "k_dmy": months,
        "k_my": months,
        "k_mry": months,
        "k_monly": months,
        "k_mlast": months,
        "k_wden": _Anchor(prefixes(en["weekdays"]), 8, 10),
    }
    # "31 日": three characters before 日, two more for the lookbehinds; "昨(20)日": five.
    day_word = _Anchor(re.compile("[日号]"), 6, 2)
    anchors["k_d"] = anchors["k_pd"] = day_word
    # "时隔二十一个多月", "一年半之后": at most five characters before 个 or 半, five after.
    anchors["k_storym"] = _Anchor(re.compile("[个半]"), 6, 6)
    # Every other English branch matches a Latin letter at most five characters in ("2024
    # Q1") and reads at most a year and a lookahead past its last one ("in 2024"). Chinese
    # text has few Latin letters, so these branches skip most of it.
    latin = _Anchor(LATIN_RUNS, 6, 12)
    chinese, english = _date_branches()
    branches = []
    for pattern in (*chinese, *english):
        kind = pattern[pattern.index("<") + 1 : pattern.index(">")]
        default = latin if pattern in english else None
        branches.append(_Branch(regex.compile(pattern), anchors.get(kind, default)))
    return tuple(branches)


@cache
def _date_branches() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The alternatives of the date pattern, in priority order: Chinese, then English."""
    zh, en = _zh(), _en()
    # 民国112年 (Taiwan's Minguo calendar): year 112 is 2023.
    year = (
        r"(?:民国\s?(?P<roc>1[01]\d|[1-9]\d)(?=\s?年)"
        r"|(?<!\d)(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}))"
    )
    month = r"(?<!\d)(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
    day = r"(?P<d>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    months_zh = r"[1-9]\d?|[二三]?十[一二三四五六七八九]?|[一二两三四五六七八九]"
    part = rf"(?P<part>{alternation(zh['month_parts'])})"
    ri = "(?i:"  # scoped case-insensitive group opener for English words
    mon = rf"{ri}(?P<mon>{_keys(en['months'])}))\.?"
    wd_en = rf"{ri}(?P<wde>{_keys(en['weekdays'])}))"
    seasons = rf"(?:the\s)?(?:{alternation(en['seasons'])})\s(?:of\s)?"
    chinese = (
        rf"(?P<k_iso>){year}[-/.]{month}[-/.]{day}(?!\d)",
        rf"(?P<k_ymd>){year}\s?年\s?{month}\s?月\s?{day}\s?[日号]",
        rf"(?P<k_ym>){year}\s?年\s?{month}\s?月{part}?",
        rf"(?P<k_yq>){year}\s?年\s?(?:(?:第)?(?P<q>[一二三四1-4])\s?季度?|Q(?P<q>[1-4]))",
        rf"(?P<k_y>){year}\s?年(?:度)?",
        rf"(?P<k_ry>)(?P<ry>{_keys(zh['relative_years'])})"
        # "今年一季度", "今年第一季" (Taiwan drops 度), "今年Q1"
        rf"(?:{month}\s?月(?:\s?{day}\s?[日号])?{part}?|第(?P<q>[一二三四])季度?"
        rf"|(?P<q>[一二三四])季度|\s?Q(?P<q>[1-4]))?",
        rf"(?P<k_md>){month}\s?月\s?{day}\s?[日号]",
        # "于3月完成", "3月份", "3月下旬": a month without a year (not "3月5日", "3个月").
        rf"(?P<k_mpart>)(?<![\d年〇一二三四五六七八九十])(?<!年\s){month}\s?月{part}?(?!\s?\d|[日号])",
        r"(?P<k_q>)(?:第)?(?P<q>[一二三四])季度",
        r"(?P<k_d>)(?<![\d月.])(?<!月\s)(?P<d>3[01]|[12]\d|0?[1-9])\s?[日号](?![内前后起])",
        # 今(21)日, 昨(20)日: the text is normalised, so the brackets are ASCII.
        rf"(?P<k_pd>)(?:{alternation(zh['parenthesised_day_words'])})\((?P<d>3[01]|[12]\d|0?[1-9])\)\s?[日号]",
        rf"(?P<k_rd>)(?P<rd>{_keys(zh['relative_days'])})(?!{alternation(zh['day_word_labels'])})",
        rf"(?P<k_weekday>)(?<![{''.join(zh['weekday_not_after'])}])"
        rf"(?P<rwd>{_keys(zh['weekday_relatives'])})?"
        rf"(?:{alternation(zh['weekday_prefixes'])})(?P<wd>[一二三四五六日天])",
        rf"(?P<k_rweek>)(?P<rw>{_keys(zh['relative_weeks'])})",
        rf"(?P<k_rmonth>)(?P<rm>{_keys(zh['relative_months'])})(?:\s?{day}\s?[日号])?",
        rf"(?P<k_undated>){alternation(zh['undated'])}",
        rf"(?P<k_story>)(?P<sy>{_keys(zh['story_years'])})(?:{month}\s?月{part}?)?",
        # "时隔14个月", "8个月后", "半年后": months from the story's last date
        rf"(?P<k_storym>)(?:(?:时隔|相隔)(?P<smz>{months_zh})个多?月"
        rf"|(?<![\d年])(?P<smz>{months_zh})个多?月(?:之后|后)|(?P<smf>{_keys(zh['story_months'])}))",
        rf"(?P<k_same_day>){alternation(zh['same_day'])}",
        rf"(?P<k_same_month>){alternation(zh['same_month'])}",
    )
    # A leading \b keeps words whole and lets each branch scan fast.
    english = (
        rf"(?P<k_mdy>)\b(?:{wd_en},?\s)?{mon}\s{day}(?:st|nd|rd|th)?(?!\d)(?:,?\s(?P<y>(?:19|20)\d{{2}}))?",
        rf"(?P<k_dmy>)(?<!\d){day}(?:st|nd|rd|th)?\s(?:of\s)?{mon}(?:,?\s(?P<y>(?:19|20)\d{{2}}))?",
        rf"(?P<k_my>)\b{mon},?\s(?P<y>(?:19|20)\d{{2}})(?!\d)",
        rf"(?P<k_mry>){mon}\s(?:of\s)?{ri}(?P<ryw>last|this|next)\syear)",
        # "in January", "by early March": a capitalised month with no day or year after it.
        rf"(?P<k_monly>)\b{ri}(?:in|during|by)\s(?:(?:early|mid|late)[-\s])?"
        rf"|(?:early|mid|late)[-\s])(?=[A-Z]){mon}(?!\p{{L}})(?!\.?\s?\d|,\s(?:19|20)\d\d)"
        rf"(?!\s(?:of\s)?{ri}(?:last|this|next|that|that\ssame|the\ssame)\syear))",
        # "last October", "next March": the nearest such month before or after publication.
        rf"(?P<k_mlast>)\b{ri}(?P<mrel>last|this|next)\s)(?=[A-Z]){mon}(?!\p{{L}})(?!\.?\s?\d)",
        rf"(?P<k_qen>)(?:Q(?P<q>[1-4])(?:\s(?P<y>(?:19|20)\d{{2}}))?|(?P<y>(?:19|20)\d{{2}})\sQ(?P<q>[1-4])"
        rf"|{ri}the\s(?P<qw>{_keys(en['quarters'])})\squarter(?:\sof\s(?P<y>(?:19|20)\d{{2}}))?))",
        rf"(?P<k_ren>)\b{ri}(?P<ren>{_keys({**en['relative_weeks'], **en['relative_months'], **en['relative_years'], **en['relative_days']})}))",
        rf"(?P<k_wden>)\b(?:{ri}(?P<wrel>last|this|on|past)\s))?{wd_en}",
        rf"(?P<k_the>){ri}on\s(?:the\s)?){day}(?:st|nd|rd|th)(?!\p{{L}})"
        rf"(?!\s{ri}(?:{alternation(en['ordinal_not_dates'])})(?!\p{{L}})))",
        # "this (18) day announced": a translated "本(18)日", the day of the publish month.
        rf"(?P<k_the>)(?:\b{ri}this|that)\s)?\({day}\)\s?{ri}day)(?!\p{{L}})",
        rf"(?P<k_storyen>)\b{ri}(?P<sye>{_keys(en['story_years'])}))(?!\p{{L}})",
        rf"(?P<k_storyen>)\b{ri}(?P<syme>{alternation(en['story_month_openers'])})\s)(?=[A-Z]){mon}"
        r"(?!\p{L})(?!\.?\s?\d)",
        # "In October that year", "in March of the same year": the month in the story's year.
        rf"(?P<k_storyen>)\b{ri}(?:in\s)?)(?=[A-Z]){mon}\s(?:of\s)?"
        rf"{ri}(?P<syme>that|that\ssame|the\ssame)\syear)(?!\p{{L}})",
        rf"(?P<k_storymen>)\b{ri}(?:(?P<sme>\d{{1,2}}|{_keys(en['story_month_counts'])})\smonths?"
        rf"\s(?:{alternation(en['story_month_afters'])})|(?P<smfe>{_keys(en['story_months'])})))(?!\p{{L}})",
        # "in late 2022", "in the spring of 2021", "in spring 2023", "by the spring of 2023",
        # "at the end of 2023", "by the end of 2023" (a bare "by 2030" is a target, not a date)
        rf"(?P<k_yen>){ri}(?:(?:in|during)\s(?:(?:early|mid|late)[-\s]|{seasons}"
        rf"|the\s(?:end|start|beginning|middle)\sof\s)?|at\sthe\s(?:end|start|beginning|turn)\sof\s"
        rf"|by\s(?:{seasons}|the\send\sof\s)))"
        rf"(?P<y>(?:19|20)\d{{2}})(?![\d年])",
        rf"(?P<k_undated>){ri}{alternation(en['undated'])})(?!\p{{L}})",
        rf"(?P<k_same_day>)\b{ri}{alternation(en['same_day'])})(?!\p{{L}})",
        rf"(?P<k_same_month>)\b{ri}{alternation(en['same_month'])})(?!\p{{L}})",
    )
    return chinese, english


class Groups:
    """A match's named groups, read one at a time: a resolver reads three or four of the
    pattern's eighty, and ``groupdict`` would build them all."""

    __slots__ = ("_match",)

    def __init__(self, match: regex.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str) -> str | None:
        value: str | None = self._match.group(name)
        return value


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, before resolution."""

    match: regex.Match[str]
    kind: str
    not_event: bool
    # For a year told from the story ("次年", "a year later"): the year the text gave last;
    # for months told from it ("eighteen months later"), also its month when it gave one;
    # for a month with no year right after a year in its sentence ("2021年春天…4月份"): that year.
    base_year: int | None = None
    base_month: int | None = None

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


#: How far before a date its "not the event's" word may end: long enough for "incorporated "
#: and "established " (English puts "in" inside the date, so the word is the one before it).
NOT_EVENT_REACH = 16


@cache
def _not_event_regex() -> regex.Pattern[str]:
    words = [*_zh()["not_event_before"], *_en()["not_event_before"]]
    return regex.compile(rf"(?:{alternation(words, flags='i')})\s?$")


@cache
def _kinds() -> tuple[str, ...]:
    """The empty ``k_…`` groups that open the branches: the one that took part names the kind."""
    return tuple(name for name in date_regex().groupindex if name.startswith("k_"))


@cache
def zh_scene_tail() -> regex.Pattern[str]:
    """What may stand between a Chinese sentence's closing date and its end: "2020年|夏天。"."""
    data = _zh()
    seasons = alternation(data["scene_tail_seasons"])
    endings = alternation(data["scene_tail_endings"])
    return regex.compile(rf"(?:{seasons})?(?:{endings})?[\s。！!；;…．.]*")


def find_date_mentions(text: str) -> list[DateMention]:
    """Every date expression in normalised ``text``, in order."""
    mentions = []
    kinds = _kinds()
    for match in _date_matches(text):
        # One C call for the ~30 kind groups: the matched branch's is "", the others None.
        kind = kinds[match.group(*kinds).index("")]
        if kind == "k_d" and _in_quoted_name(text, match.start(), match.end()):
            continue  # "“11号仓”", "「田間2號」": a name with a number, not a day
        window = text[max(0, match.start() - NOT_EVENT_REACH) : match.start()]
        not_event = _not_event_regex().search(window) is not None
        mentions.append(DateMention(match, kind[2:], not_event))
    return mentions


#: How far a quoted or bold name may reach around a number in it (characters).
QUOTED_NAME_REACH = 10
#: How long such a name may be at most: longer quoted text is speech ("“公司11号完成”").
QUOTED_NAME_CHARS = 6
NAME_OPENERS, NAME_CLOSERS = ("“", "「", "『", "**"), ("”", "」", "』", "**")


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands inside a short quoted or bold name with other
    Chinese characters in it: "“11号仓”", "**田间2号**"."""
    before = text[max(0, start - QUOTED_NAME_REACH) : start]
    after = text[end : end + QUOTED_NAME_REACH]
    opened = max(
        (before.rfind(mark) + len(mark) for mark in NAME_OPENERS if mark in before), default=-1
    )
    closes = [after.find(mark) for mark in NAME_CLOSERS if mark in after]
    if opened < 0 or not closes:
        return False
    inside_before, inside_after = before[opened:], after[: min(closes)]
    if any(mark in inside_before for mark in NAME_CLOSERS if mark != "**"):
        return False
    inside = len(inside_before) + (end - start) + len(inside_after)
    return inside <= QUOTED_NAME_CHARS and bool(HAN.search(inside_before + inside_after))


#: Kinds with no date of their own: "近日" gives none, "同日" and "the same month" the date
#: the text gave last, which only the caller knows.
UNRESOLVED_KINDS = ("undated", "same_day", "same_month")
STORY_KINDS = ("story", "storyen", "storym", "storymen")
# A month or a month and day with no year ("4月份", "8月12日"): after a year in the same
# sentence it is in that year, else it is read against the publish date.
YEARLESS_KINDS = ("mpart", "md")
#: How far after a year such a month may stand and still be in it (characters).
YEAR_REACH = 40
SENTENCE_BREAK = regex.compile(r"[。！？!?\n]")


def with_story_years(
    mentions: list[DateMention], published: dt.date | None, headings: list[tuple[int, int]]
) -> list[DateMention]:
    """``mentions`` with each story year ("次年", "two years later") given the year the text
    gave last before it, so that it resolves: "2019年拿到天使轮……次年完成A轮" is 2020.

    A story year that resolves is itself the year the next one counts from ("同年底……两年后"),
    except in one of the ``headings`` (sorted spans): "## 次年：两次融资" announces the section
    whose first sentence says "次年" again, and counting both would skip a year.
    """
    heading_starts = [start for start, _ in headings]
    year: int | None = None
    month: int | None = None
    told_year, told_end = 0, -1  # the last year an event date gave, and where it ends
    told: list[DateMention] = []
    for mention in mentions:
        story = mention.kind in STORY_KINDS
        if story:
            mention = replace(mention, base_year=year, base_month=month)
        elif mention.kind in YEARLESS_KINDS and told_end >= 0:
            between = mention.match.string[told_end : mention.start]
            if len(between) <= YEAR_REACH and not SENTENCE_BREAK.search(between):
                # "2021年春天辞的职，4月份注册的公司": the month of the year just told
                mention = replace(mention, base_year=told_year)
        resolved = resolve(mention, published)
        if resolved is not None and not (
            story and _inside(mention.start, headings, heading_starts)
        ):
            value, precision = resolved
            year = int(value[:4])
            # "成立于2017年的擎仓科技于12月2日完成": a founding year lends no month its year
            told_year, told_end = (
                (told_year, told_end) if mention.not_event else (year, mention.end)
            )
            # a day or a month gives the month "eighteen months later" counts from
            month = int(value[5:7]) if precision in ("day", "month") else None
        told.append(mention)
    return told


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < spans[index][1]


def _story_year(mention: DateMention) -> tuple[str, Precision] | None:
    if mention.base_year is None:
        return None
    if mention.kind in ("storym", "storymen"):
        return _story_months(mention, mention.base_year)
    g = mention.match.groupdict()
    if mention.kind == "story":
        year = mention.base_year + _zh()["story_years"][g["sy"]]
        return _month(year, _int(g["m"])) if g["m"] else (str(year), "year")
    if g["syme"]:
        return _month(mention.base_year, _en()["months"][(g["mon"] or "").lower()])
    return str(mention.base_year + _en()["story_years"][(g["sye"] or "").lower()]), "year"


def _story_months(mention: DateMention, base_year: int) -> tuple[str, Precision] | None:
    """ "Eighteen months later" from March 2021 is 2022-09. From a year alone only whole
    years resolve ("24 months later" from 2021 is 2023): the month it lands in is unknown."""
    g = Groups(mention.match)
    if mention.kind == "storym":
        count = _zh()["story_months"][g["smf"]] if g["smf"] else _int(g["smz"])
    else:
        en = _en()
        phrase, number = (g["smfe"] or "").lower(), (g["sme"] or "").lower()
        count = en["story_months"][phrase] if phrase else en["story_month_counts"].get(number)
        count = count if count is not None else int(number)
    if mention.base_month is not None:
        return _month(*_shift_month(base_year, mention.base_month, count))
    return (str(base_year + count // 12), "year") if count % 12 == 0 else None


def _date_matches(text: str) -> Iterator[regex.Match[str]]:
    """What ``date_regex().finditer(text)`` finds, several times faster."""
    return leftmost_matches(date_regex(), _candidate_starts(text), text)


def _candidate_starts(text: str) -> set[int]:
    """Every position where some branch of the date pattern matches."""
    lowered = text.lower()
    # Lower-casing can change the length (İ): then the anchors' offsets would not be the
    # text's, so every branch scans the whole text.
    anchored = len(lowered) == len(text)
    windows: dict[_Anchor, list[tuple[int, int]]] = {}
    starts: set[int] = set()
    for branch in _branches():
        if branch.anchor is None or not anchored:
            starts.update(m.start() for m in branch.regex.finditer(text, overlapped=True))
            continue
        if branch.anchor not in windows:
            windows[branch.anchor] = branch.anchor.windows(lowered)
        for low, high in windows[branch.anchor]:
            starts.update(
                m.start() for m in branch.regex.finditer(text, low, high, overlapped=True)
            )
    return starts


def _int(text: str | None) -> int:
    """An ASCII or small Chinese numeral (三, 十二, 二十七) as an int."""
    if not text:
        return 0
    if text.isdigit():
        return int(text)
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _CN_DIGITS[text]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _year(text: str) -> int:
    """A Gregorian year written in digits or Chinese numerals (二〇二四)."""
    if text.isdigit():
        return int(text)
    return int("".join(str(_CN_DIGITS[c]) for c in text))


def _zh_year(g: Groups) -> int:
    """The Gregorian year of a Chinese year group: 民国 years count from 1912."""
    roc = g["roc"]
    return MINGUO_EPOCH + int(roc) if roc else _year(g["y"] or "")


# 民国1年 is 1912.
MINGUO_EPOCH = 1911


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _back_a_year_if_future(date: dt.date | None, published: dt.date) -> dt.date | None:
    if date is not None and date > published:
        return _safe_date(date.year - 1, date.month, date.day)
    return date


def _day(date: dt.date | None) -> tuple[str, Precision] | None:
    return None if date is None else (date.isoformat(), "day")


def _month(year: int, month: int) -> tuple[str, Precision]:
    return f"{year:04d}-{month:02d}", "month"


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _week(date: dt.date) -> tuple[str, Precision]:
    iso = date.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}", "week"


def _weekday(target: int, relative: int | None, published: dt.date) -> dt.date:
    """A weekday: in P's week (relative 0), the week before (-1), or latest on/before P."""
    if relative is None:
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    monday = published - dt.timedelta(days=published.weekday())
    return monday + dt.timedelta(weeks=relative, days=target)


def _md(month: int, day: int, year: str | None, p: dt.date | None) -> tuple[str, Precision] | None:
    if year:
        return _day(_safe_date(_year(year), month, day))
    if p is None:
        return None
    return _day(_back_a_year_if_future(_safe_date(p.year, month, day), p))


def month_day(month: int, day: int, published: dt.date) -> str | None:
    """The ISO day a month and day with no year name: in the publish year, or the year before
    when that day would fall after the publish date ("12月31日" published 2026-01-05)."""
    resolved = _md(month, day, None, published)
    return resolved[0] if resolved else None


def _month_no_year(month: int, p: dt.date | None) -> tuple[str, Precision] | None:
    if p is None:
        return None
    return _month(p.year - 1 if month > p.month else p.year, month)


def _month_nearest(month: int, relation: str, p: dt.date) -> tuple[str, Precision]:
    """ "last October" is the latest October before the publish month, "next March" the
    first March after it, "this June" the publish year's."""
    relation = relation.lower()
    if relation == "last":
        return _month(p.year if month < p.month else p.year - 1, month)
    if relation == "next":
        return _month(p.year if month > p.month else p.year + 1, month)
    return _month(p.year, month)


def _quarter(year: int, quarter: int) -> tuple[str, Precision]:
    return f"{year:04d}-Q{quarter}", "quarter"


def _quarter_no_year(quarter: int, p: dt.date | None) -> tuple[str, Precision] | None:
    if p is None:
        return None
    return _quarter(p.year - 1 if (quarter - 1) * 3 + 1 > p.month else p.year, quarter)


def _day_of_month(day: int, p: dt.date | None) -> tuple[str, Precision] | None:
    if p is None:
        return None
    if day <= p.day:
        return _day(_safe_date(p.year, p.month, day))
    year, month = _shift_month(p.year, p.month, -1)
    return _day(_safe_date(year, month, day))


def _relative_year(g: Groups, offset: int, p: dt.date) -> tuple[str, Precision] | None:
    year = p.year + offset
    if g["q"]:
        return _quarter(year, _QUARTER_WORDS[g["q"]])
    if g["m"] and g["d"]:
        return _day(_safe_date(year, _int(g["m"]), _int(g["d"])))
    if g["m"]:
        return _month(year, _int(g["m"]))
    return str(year), "year"


def _resolve_english_relative(word: str, p: dt.date) -> tuple[str, Precision]:
    en = _en()
    if word in en["relative_days"]:
        return p.isoformat() if en["relative_days"][word] == 0 else (
            p + dt.timedelta(days=en["relative_days"][word])
        ).isoformat(), "day"
    if word in en["relative_weeks"]:
        return _week(p + dt.timedelta(weeks=en["relative_weeks"][word]))
    if word in en["relative_months"]:
        return _month(*_shift_month(p.year, p.month, en["relative_months"][word]))
    return str(p.year + en["relative_years"][word]), "year"


def _resolve_absolute(kind: str, g: Groups) -> tuple[str, Precision] | None:
    """Forms that need no publish date (or are undated), else None with handled=False."""
    if kind in ("iso", "ymd"):
        return _day(_safe_date(_zh_year(g), _int(g["m"]), _int(g["d"])))
    if kind == "ym":
        return _month(_zh_year(g), _int(g["m"]))
    if kind == "yq":
        return _quarter(_zh_year(g), _QUARTER_WORDS[g["q"] or ""])
    if kind in ("y", "yen"):
        return str(_zh_year(g)), "year"
    if kind == "my":
        return _month(int(g["y"] or 0), _en()["months"][(g["mon"] or "").lower()])
    return None


def _resolve_relative(kind: str, g: Groups, p: dt.date | None) -> tuple[str, Precision] | None:
    zh, en = _zh(), _en()
    if kind in ("md", "mdy", "dmy"):
        month = _int(g["m"]) if g["m"] else en["months"][(g["mon"] or "").lower()]
        return _md(month, _int(g["d"]), g["y"], p)
    if kind == "qen" and g["y"]:
        quarter = int(g["q"]) if g["q"] else en["quarters"][(g["qw"] or "").lower()]
        return _quarter(int(g["y"]), quarter)
    if p is None:
        return None
    if kind == "ry":
        return _relative_year(g, zh["relative_years"][g["ry"]], p)
    if kind == "mpart":
        return _month_no_year(_int(g["m"]), p)
    if kind == "monly":
        return _month_no_year(en["months"][(g["mon"] or "").lower()], p)
    if kind == "mlast":
        return _month_nearest(en["months"][(g["mon"] or "").lower()], g["mrel"] or "", p)
    if kind in ("q", "qen"):
        quarter = _QUARTER_WORDS[g["q"]] if g["q"] else en["quarters"][(g["qw"] or "").lower()]
        return _quarter_no_year(quarter, p)
    if kind in ("d", "pd", "the"):
        return _day_of_month(_int(g["d"]), p)
    if kind == "rd":
        return _day(p + dt.timedelta(days=zh["relative_days"][g["rd"]]))
    if kind == "weekday":
        relative = zh["weekday_relatives"][g["rwd"]] if g["rwd"] else None
        return _day(_weekday(zh["weekdays"][g["wd"]], relative, p))
    if kind == "wden":
        rel = (g["wrel"] or "").lower()
        relative = {"this": 0, "last": -1}.get(rel)
        return _day(_weekday(en["weekdays"][(g["wde"] or "").lower()], relative, p))
    if kind == "rweek":
        return _week(p + dt.timedelta(weeks=zh["relative_weeks"][g["rw"]]))
    if kind == "rmonth":
        year, month = _shift_month(p.year, p.month, zh["relative_months"][g["rm"]])
        return _day(_safe_date(year, month, _int(g["d"]))) if g["d"] else _month(year, month)
    if kind == "ren":
        return _resolve_english_relative((g["ren"] or "").lower(), p)
    if kind == "mry":  # "in March last year"
        offset = {"last": -1, "this": 0, "next": 1}[(g["ryw"] or "").lower()]
        return _month(p.year + offset, en["months"][(g["mon"] or "").lower()])
    return None


def resolve(mention: DateMention, published: dt.date | None) -> tuple[str, Precision] | None:
    """ISO value and precision of a mention, or None when undated or unresolvable."""
    if mention.kind in UNRESOLVED_KINDS:
        return None  # resolved by the caller against the date the text gave last
    if mention.kind in STORY_KINDS:
        return _story_year(mention)
    if mention.kind in YEARLESS_KINDS and mention.base_year is not None:
        published = dt.date(mention.base_year, 12, 31)  # any month falls in that year
    groups = Groups(mention.match)
    return _resolve_absolute(mention.kind, groups) or _resolve_relative(
        mention.kind, groups, published
    )


YEAR = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_absolute_date(text: str) -> dt.date | None:
    """A full calendar date written in ``text`` in any common format, or None.

    Our own patterns come first; formats they do not know ("Sat, 14 Jun 2025 08:00 +0800",
    "14.06.2025") go to dateparser in strict mode. dateparser is only asked when a four-digit
    year is present, because even strict mode resolves "yesterday" against the clock.
    """
    for mention in find_date_mentions(normalize(text).text):
        resolved = resolve(mention, None)
        if resolved and resolved[1] == "day":
            return dt.date.fromisoformat(resolved[0])
    if not YEAR.search(text) or len(text) > 80:
        return None
    import dateparser  # lazily: about 0.1 s to import, needed only for unusual formats

    parsed = dateparser.parse(text, languages=["en", "zh"], settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


def coerce_published(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Accept a date, a datetime or an ISO string for the publish date."""
    if published is None or (
        isinstance(published, dt.date) and not isinstance(published, dt.datetime)
    ):
        return published
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            value = parse_absolute_date(published)
        if value is None:
            raise ValueError(f"published must be a full date (ISO YYYY-MM-DD), got {published!r}")
        return value
    raise TypeError(
        f"published must be a date, a datetime or an ISO string, got {type(published).__name__}"
    )


def to_date_value(
    mention: DateMention, original: str, published: dt.date | None, confidence: float = 0.95
) -> DateValue | None:
    """A public ``DateValue`` for a mention, sliced from the original text."""
    resolved = resolve(mention, published)
    if resolved is None:
        return None
    value, precision = resolved
    surface = original[mention.start : mention.end]
    return DateValue(
        value=value,
        precision=precision,
        source="text",
        text=surface,
        span=Span(start=mention.start, end=mention.end, text=surface, label="date"),
        confidence=confidence,
    )


def parse_date(text: str, published: dt.date | str | None = None) -> DateValue | None:
    """The first date ``text`` states, resolved against ``published``.

    Returns None when the text states no date ("近日", "recently") or when resolving it needs a
    publish date that is not given.

    >>> parse_date("北京时间2月27日晚间", published="2026-03-01").value
    '2026-02-27'
    >>> parse_date("12月31日", published="2026-01-05").value
    '2025-12-31'
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(len(text))
    base = coerce_published(published)
    norm = normalize(text)
    for mention in find_date_mentions(norm.text):
        if mention.kind == "undated":
            return None
        value = to_date_value(mention, text, base)
        if value is not None:
            return value
        if mention.kind not in ("d",):
            return None  # the first date needs a publish date we do not have
    return None
