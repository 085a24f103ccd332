"""Assemble funding events from the mentions found in a document.

For each news item and each sentence in it: a sentence that names a round, or that has a
completion verb and an amount, is a *signal*. It starts an event, or adds to the event of the
same company and round already open in the item. Other sentences may still add investors or a
valuation to the item's latest event. Headline and body drafts of one round merge; the body
wins when they disagree.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import islice, pairwise
from typing import Literal, NamedTuple, Protocol, TypeVar

import regex

from .dates import UNRESOLVED_KINDS, DateMention, month_day, resolve, to_date_value, zh_scene_tail
from .document import FRONT_MATTER, Item, Sentence, is_card
from .money.patterns import alternation
from .parties import (
    LIST_NUMBER,
    MARKUP,
    PartyCandidate,
    clean_zh_name,
    company_before,
    en_lower_case_brand,
    en_place_descriptor,
    en_time_opener,
    ends_with_descriptor,
    investor_before,
    is_chinese,
    is_institution,
    last_match,
    lower_case_brand,
    short_name_words,
    split_investor_list,
    strip_span,
    zh_dateline,
)
from .resources import en_events, zh_events
from .rounds import RoundMention, holder_after, round_regex
from .schema import DateValue, Money, Role, Span, Status
from .text import LATIN_PAIR, SplitCues, inside_number, split_cues

CLAUSE_STOPS = "，,。；;：:\n"
NOT_A_ROUND = {"ipo", "cornerstone"}
ROLE_RANK = {"lead": 3, "existing": 2, "participant": 1}


@dataclass
class Draft:
    """An event under construction."""

    item: int
    company: PartyCandidate | None
    round: str | None
    round_span: tuple[int, int] | None
    headline: bool
    amount: Money | None = None
    valuation: tuple[Money, str | None] | None = None
    investors: list[PartyCandidate] = field(default_factory=list)
    date: DateValue | None = None
    status: Status = "completed"
    cues: list[Span] = field(default_factory=list)
    disagreement: bool = False
    undated_cue: bool = False
    sentence: tuple[int, int] = (0, 0)  # the sentence that started it (the model's input)
    #: True while no sentence of the event named its company: the name came from a fallback
    #: (the item's topic, a name introduced earlier). Evidence for the confidence.
    inferred_company: bool = False
    valuation_headline: bool = False  # the valuation so far is a headline's (rounded) figure


@dataclass
class DocContext:
    """Everything found in one document, shared by the item passes."""

    text: str
    original: str
    money: list[Money]
    rounds: list[RoundMention]
    dates: list[DateMention]
    published: object  # dt.date | None; typed loosely to keep dates.py the owner
    drafts: list[Draft] = field(default_factory=list)
    last_date: DateValue | None = None  # what 同日 ("the same day") refers to
    #: The last date an earlier item gave: a digest item opening "熠森材料同日宣布" means it.
    earlier_item_date: DateValue | None = None
    # The item's own reference date when a dateline gives one ("台北20日電": 今天 is the 20th).
    reference: object = None
    list_period: DateValue | None = None  # what a numbered list's section heading dates
    # The date opening the sentence just before, when that sentence only sets the scene, and
    # where that sentence ends: "The following spring, as lockdowns …, demand doubled."
    scene: tuple[DateValue, int] | None = None
    # The company of a founder speaking as "we" (``_en_first_person_company``), in a 1-tuple
    # once looked for.
    first_person: tuple[PartyCandidate | None] | None = None
    demoted: frozenset[int] = frozenset()  # money the model says is not the round's amount
    # sentence start -> the recurring name it introduces (memo: each sentence is read once)
    subjects: dict[int, PartyCandidate | None] = field(default_factory=dict)
    # item start -> the name its English headline gives and its body keeps repeating
    headline_subjects: dict[int, PartyCandidate | None] = field(default_factory=dict)
    # (the draft told, an earlier valuation its sentence compares with, the round it names)
    #: (the draft, the earlier figure, the round it names, the comparing sentence's bounds)
    earlier_valuations: list[tuple[Draft, Money, RoundMention | None, tuple[int, int]]] = field(
        default_factory=list
    )
    _interview: bool | None = None
    _statistics_rows: list[tuple[int, int]] | None = None
    _speakers: frozenset[str] | None = None
    # (definition start, company) for each short name the text defines (以下简称), in order
    _definitions: list[tuple[int, PartyCandidate]] | None = None
    _table_rows: list[TableRow] | None = None

    def __post_init__(self) -> None:
        self.money = ByStart(self.money)
        self.rounds = ByStart(self.rounds)
        self.dates = ByStart(self.dates)

    @property
    def speakers(self) -> frozenset[str]:
        """Names of people: the labels opening lines of an interview ("吳庭萱："), and the
        names a person's title stands before ("研究員洪士鈞", "创始人张三表示": both 张三 and
        张三表, since where a Chinese name ends is unknown)."""
        if self._speakers is None:
            lines = SPEAKER_AT_LINE.finditer(self.text) if self.interview else ()
            labels = [m.group(1) for m in lines]
            titled = [m.group(1) for m in _zh_titled_person().finditer(self.text)]
            titled += [m.group(1) for m in _zh_speaking_person().finditer(self.text)]
            english = _en_person_names(self.text)
            self._speakers = frozenset([*labels, *titled, *(name[:2] for name in titled), *english])
        return self._speakers

    @property
    def table_rows(self) -> list[TableRow]:
        """The rows of the text's tables that name a company or investors, in text order."""
        if self._table_rows is None:
            self._table_rows = find_table_rows(self.text)
        return self._table_rows

    @property
    def statistics_rows(self) -> list[tuple[int, int]]:
        """The header and body rows of the text's statistics tables, in text order."""
        if self._statistics_rows is None:
            self._statistics_rows = find_statistics_rows(self.text)
        return self._statistics_rows

    @property
    def interview(self) -> bool:
        """True when the text has question lines ("問：", "Q:"): then "吳庭萱：" opening a
        line names who speaks, not the subject of what follows."""
        if self._interview is None:
            self._interview = INTERVIEW_QUESTION.search(self.text) is not None
        return self._interview


class InvestorCell(NamedTuple):
    """The span of one table row's investor cell and the role its column header gives."""

    start: int
    end: int
    role: Role


class TableRow(NamedTuple):
    """One row of a table whose header names a company or an investor column."""

    start: int
    end: int
    company: tuple[int, int] | None
    investors: tuple[InvestorCell, ...]
    valuation: tuple[int, int] | None = None  # the cell of a valuation column ("$1.95B post")
    date: tuple[int, int] | None = None  # the cell of a date column ("12月2日", "Oct 14")
    valuation_basis: str | None = None  # the basis the valuation column's header states


#: What a table column holds: each row's company, investors in this role, its valuation or date.
ColumnKind = Literal["company", "lead", "participant", "valuation", "date"]
TABLE_LINE = regex.compile(r"[^\n]+")
TABLE_RULE = regex.compile(r"[\s|:\-]+")  # "|---|:---:|": the line under a markdown header


@cache
def _table_columns() -> dict[str, ColumnKind]:
    """Header cell (case-folded) -> what its column holds: "company", or the role of the
    investors it names."""
    columns: dict[str, ColumnKind] = {}
    for data in (zh_events(), en_events()):
        document = data["document"]
        columns.update((w.casefold(), "company") for w in document["table_company_columns"])
        columns.update((w.casefold(), "participant") for w in document["table_investor_columns"])
        columns.update((w.casefold(), "lead") for w in document["table_lead_columns"])
        columns.update((w.casefold(), "valuation") for w in document["table_valuation_columns"])
        columns.update((w.casefold(), "date") for w in document["table_date_columns"])
    return columns


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """The cells of one table line as spans without spaces or bold marks; a markdown row's
    outer bars open and close no cell."""
    bounds, cursor = [start - 1], text.find(separator, start, end)
    while cursor >= 0:
        bounds.append(cursor)
        cursor = text.find(separator, cursor + 1, end)
    bounds.append(end)
    cells = [strip_span(text, a + 1, b, " \t*_") for a, b in pairwise(bounds)]
    if separator == "|" and cells and cells[0][0] == cells[0][1]:
        cells = cells[1:]  # "| 公司 | …": the bar opening the row
    if separator == "|" and cells and cells[-1][0] == cells[-1][1]:
        cells = cells[:-1]
    return cells


def find_table_rows(text: str) -> list[TableRow]:
    """The rows of every table in ``text`` whose header names a company or investor column
    (``table_company_columns``, ``table_investor_columns``, ``table_lead_columns`` in the events
    files): a markdown table ("| 公司 | 轮次 | 投资方 |") or a slash table ("公司名称/轮次/金额/
    主要投资人"). A table runs from its header to the first line without the header's
    separator; one pass over the lines.
    """
    if "|" not in text and "/" not in text:
        return []
    rows: list[TableRow] = []
    columns: list[tuple[int, ColumnKind]] = []
    separator = ""
    header_basis: str | None = None  # "| 投后估值 |", "| Post-money valuation |"
    for line in TABLE_LINE.finditer(text):
        start, end = line.span()
        if columns and separator in line.group():
            if TABLE_RULE.fullmatch(line.group()):
                continue
            cells = _cells(text, start, end, separator)
            filled = {
                i: cells[i] for i, _ in columns if i < len(cells) and cells[i][1] > cells[i][0]
            }
            company = next(
                (filled[i] for i, kind in columns if kind == "company" and i in filled), None
            )
            investors = tuple(
                InvestorCell(*filled[i], kind)
                for i, kind in columns
                if kind in ("lead", "participant") and i in filled
            )
            valuation, date = (
                next((filled[i] for i, kind in columns if kind == wanted and i in filled), None)
                for wanted in ("valuation", "date")
            )
            rows.append(TableRow(start, end, company, investors, valuation, date, header_basis))
            continue
        columns = []
        headless = _headless_deal_row(text, start, end)
        if headless is not None:
            rows.append(headless)
            continue
        for candidate in ("|", "/"):
            if line.group().count(candidate) < 2:
                continue
            labels = [text[a:b].casefold() for a, b in _cells(text, start, end, candidate)]
            columns = [
                (i, _table_columns()[x]) for i, x in enumerate(labels) if x in _table_columns()
            ]
            if columns:
                separator = candidate
                header_basis = next(
                    (_basis(labels[i]) for i, kind in columns if kind == "valuation"), None
                )
                break
    return rows


@cache
def _statistics_column() -> regex.Pattern[str]:
    zh = zh_events()["document"]["table_statistics_columns"]
    en = en_events()["document"]["table_statistics_columns"]
    return regex.compile(rf"{alternation(zh)}|\b{alternation(en, flags='i')}\b")


def find_statistics_rows(text: str) -> list[tuple[int, int]]:
    """The header and body rows of every markdown table whose header names a statistic ("| 轮次阶段 |
    事件数 | 占比 | 金额中位数 |", "| Quarter | Deals | Median |"): a row such as "| 种子/天使轮 |
    1104 | 28.2% | 800万元 |" counts rounds, it reports none. One pass over the lines."""
    if "|" not in text:
        return []
    rows: list[tuple[int, int]] = []
    inside = False
    for line in TABLE_LINE.finditer(text):
        start, end = line.span()
        if text.count("|", start, end) < 2:
            inside = False
        elif inside:
            rows.append((start, end))
        else:
            inside = _statistics_column().search(text, start, end) is not None
            if inside:
                rows.append((start, end))  # "| 季度 | 笔数 | A轮中位数 |": the header too
    return rows


#: The fewest cells a line without a header needs to be read as a deal row.
HEADLESS_ROW_CELLS = 4


# A last cell that holds a valuation or a figure ("估值未披露", "$1.2B post"), not names.
NOT_INVESTOR_CELL = regex.compile(
    r"(?i)估值|valu|\d[\d,.]*\s*(?:亿|億|万|萬|千|元|%|[mbk]\b)|[$¥€£]"
)


def _headless_deal_row(text: str, start: int, end: int) -> TableRow | None:
    """A deal line with no header above it ("1. 沃衡半导体|C轮|18亿元|澄岳资本（领投）、苍舒投资"):
    when a whole cell is a round and at least two cells follow it (the amount, then the
    investors), the last cell names the investors."""
    if text.count("|", start, end) < HEADLESS_ROW_CELLS - 1:
        return None
    cells = _cells(text, start, end, "|")
    if len(cells) < HEADLESS_ROW_CELLS:
        return None
    rounds = round_regex()
    at = next((i for i, (a, b) in enumerate(cells) if b > a and rounds.fullmatch(text, a, b)), None)
    if at is None or at == 0 or len(cells) - at < 3:
        return None
    last = cells[-1]
    if last[1] <= last[0] or NOT_INVESTOR_CELL.search(text, *last):
        return None
    return TableRow(start, end, None, (InvestorCell(*last, "participant"),))


#: How far above a table row its caption may stand (characters).
CAPTION_REACH = 1500
#: The longest line of a captioned list of rounds (characters).
CAPTION_ROW_CHARS = 120
# What opens a caption's line before the name: box drawing, brackets, bold and heading marks.
CAPTION_OPENING = regex.compile(r"[\s│|【\[*#]*")
CAPTION_CLOSING = regex.compile(r"[\s:：的'’s]*$")


@cache
def _history_caption() -> regex.Pattern[str]:
    zh = zh_events()["document"]["history_captions"]
    en = en_events()["document"]["history_captions"]
    return regex.compile(rf"{alternation(zh)}|{alternation(en, flags='i')}")


def _captioned_company(ctx: DocContext, sentence: Sentence) -> PartyCandidate | None:
    """The company named by a caption over a list of its rounds ("【巢動科技 歷年募資一覽】" and
    rows "2018年6月｜種子輪｜新台幣800萬元｜橙果天使會", "【蝦米智能大事記】" and lines "2019年
    天使輪，新台幣1,200萬元"), when the lines from the caption to ``sentence`` are one block
    of short lines."""
    if sentence.start and ctx.text[sentence.start - 1] != "\n":
        return None
    low = max(0, sentence.start - CAPTION_REACH)
    caption = last_match(_history_caption().finditer(ctx.text, low, sentence.start))
    if caption is None:
        return None
    line_end = ctx.text.find("\n", caption.end(), sentence.start)
    if line_end < 0:
        return None
    rows = ctx.text[line_end + 1 : sentence.start].split("\n")
    if any(not row.strip() or len(row) > CAPTION_ROW_CHARS for row in rows[:-1]):
        return None
    line = ctx.text.rfind("\n", 0, caption.start()) + 1
    opening = CAPTION_OPENING.match(ctx.text, line, caption.start())
    closing = CAPTION_CLOSING.search(ctx.text, line, caption.start())
    if opening is None or closing is None or closing.start() <= opening.end():
        return None
    return company_before(ctx.text, opening.end(), closing.start())


def _in_statistics_table(ctx: DocContext, sentence: Sentence) -> bool:
    """True when the sentence starts inside a row of a statistics table."""
    rows = ctx.statistics_rows
    if not rows:
        return False
    index = bisect.bisect_right(rows, sentence.start, key=lambda row: row[0]) - 1
    return index >= 0 and sentence.start < rows[index][1]


def _rows_in(ctx: DocContext, start: int, end: int) -> list[TableRow]:
    """The table rows inside [start, end)."""
    rows = ctx.table_rows
    low = bisect.bisect_left(rows, start, key=lambda row: row.start)
    high = bisect.bisect_left(rows, end, key=lambda row: row.start)
    return [row for row in rows[low:high] if row.end <= end]


def table_investors(ctx: DocContext, sentence: Sentence) -> list[PartyCandidate]:
    """Investors in the investor cells of the table rows inside ``sentence``."""
    return [
        found
        for row in _rows_in(ctx, sentence.start, sentence.end)
        for cell in row.investors
        for found in split_investor_list(ctx.text, cell.start, cell.end, cell.role)
    ]


def table_company(ctx: DocContext, anchor: int) -> PartyCandidate | None:
    """The company cell of the table row holding ``anchor``: a row names its company in its
    company column, whatever verbs its other cells hold ("翼田科技/策略投资/未揭露/大丰农机")."""
    rows = ctx.table_rows
    if not rows:
        return None  # most texts: no line scan at all
    line_start = ctx.text.rfind("\n", 0, anchor) + 1
    index = bisect.bisect_left(rows, line_start, key=lambda row: row.start)
    row = rows[index] if index < len(rows) else None
    if row is None or row.start != line_start or row.company is None:
        return None
    named = company_before(ctx.text, *row.company)
    if named is None and not is_chinese(ctx.text[row.company[0] : row.company[1]]):
        # "| kumoledger | Seed | $6.5M |": a lower-case brand is still the column's name.
        named = _lower_case_cell(ctx.text, *row.company)
    return named


LOWER_CASE_CELL = regex.compile(r"\s*([a-z][a-z0-9.\-]{1,30})\s*")


def _lower_case_cell(text: str, start: int, end: int) -> PartyCandidate | None:
    """A company cell's whole text when it is one lower-case word ("kumoledger", "turbiq")."""
    cell = LOWER_CASE_CELL.fullmatch(text, start, end)
    if cell is None:
        return None
    return PartyCandidate(cell.group(1), cell.start(1), cell.end(1))


def _not_speaker(ctx: DocContext, company: PartyCandidate | None) -> PartyCandidate | None:
    """``company`` unless it is a person's name ("洪士鈞透露，B輪投後估值約新台幣60億元")."""
    if company is None:
        return company
    return None if company.name in ctx.speakers else company


# "研究员洪士钧", "创始人兼CEO张三", "创办人暨执行长叶承恩": a person's title, or a chain of
# them, then two or three characters of name.
@cache
def _zh_titled_person() -> regex.Pattern[str]:
    titles = alternation(zh_events()["company"]["person_titles"])
    return regex.compile(rf"{titles}(?:[兼暨及、]{titles})*(\p{{Han}}{{2,3}})")


# "。何承澔说：「……」": a clause opening with two or three characters and a speech verb.
@cache
def _zh_speaking_person() -> regex.Pattern[str]:
    verbs = alternation(zh_events()["company"]["speech_verbs"])
    return regex.compile(
        rf"(?:^|(?<=[。！？!?\n」”,，]))(\p{{Han}}{{2,3}}){verbs}[:：,，「“]", regex.M
    )


# Latin letters only, from a word's start: "\w" would run through Han text ("B轮1亿元B轮…")
# from every capital, which is quadratic on long Chinese input.
EN_PERSON_NAME = (
    r"(?<![\p{Latin}\d'’-])(?P<name>[A-Z][\p{Latin}'’-]++(?:\s[A-Z][\p{Latin}'’-]++){0,2})"
)


@cache
def _en_titled_persons() -> tuple[regex.Pattern[str], ...]:
    """A person's title before a name, and a name before its role ("Tang is the founder of",
    "Menon-Sharma, a former credit officer"): two patterns, since one alternation of both
    scans at about half their joint speed."""
    company = en_events()["company"]
    titles = alternation(company["person_titles"], flags="i")
    roles = alternation([*company["person_titles"], *company["person_roles"]], flags="i")
    return (
        regex.compile(
            rf"(?<![\w-]){titles}(?:\s(?:and|&)\s{titles})?\s{EN_PERSON_NAME}(?![\w'’-])"
        ),
        regex.compile(
            rf"{EN_PERSON_NAME},?\s(?:is|was|,)?\s?(?i:the|its|a|an)\s(?:[\w-]+\s){{0,3}}?{roles}\b"
        ),
    )


def _en_person_names(text: str) -> list[str]:
    """The English person names the text titles, with each of their words: a feature calls
    "Ritika Menon-Sharma" "Menon-Sharma" after the first mention, and "Tang Yiwen" "Tang"."""
    if not regex.search(r"[A-Z]", text):
        return []
    names: list[str] = []
    for pattern in _en_titled_persons():
        for match in pattern.finditer(text):
            name = match.group("name")
            names.append(name)
            words = name.split()
            if len(words) > 1:
                names.extend(words)
    return names


# "问：", "Q:", and a bold "**問：…**" opening a line: the text is an interview.
INTERVIEW_QUESTION = regex.compile(r"(?m)^[ \t*_>]*(?:问|記者|记者|Q)[ \t]?[：:]")
# "吳庭萱：" at a line's start: a speaker's label of at most six characters.
SPEAKER_LABEL = regex.compile(r"[ \t]*[^\s：:，,。]{1,6}[：:]")
SPEAKER_AT_LINE = regex.compile(r"(?m)^[ \t]*([^\s：:，,。]{1,6})[：:]")


@cache
def _pronouns() -> frozenset[str]:
    """Subjects that refer back to the item's company (该公司, the company)."""
    words = [*zh_events()["company"]["pronouns"], *en_events()["company"]["pronouns"]]
    return frozenset(w.lower() for w in words)


@cache
def _zh_list_intro() -> regex.Pattern[str]:
    """投资方包括 / 参与本轮的机构为 / 投资方多达十二家，包括: a list of names follows."""
    intro = zh_events()["investors"]["list_intros"]
    subjects = rf"(?P<lead>{alternation(intro['lead_subjects'])})|{alternation(intro['subjects'])}"
    return regex.compile(
        rf"(?:{subjects})(?:多达[^,，。]{{1,8}}[,，])?{alternation(intro['verbs'])}"
    )


@cache
def _en_join_verbs() -> regex.Pattern[str]:
    """ "A and B also participated": verbs whose subject is a list of investors."""
    words = en_events()["investors"]
    verbs = alternation([*words["join_verbs"], *words["existing_join_verbs"]], flags="i")
    # "joined by X", "invested by X" are passive: the names follow, the cue list reads them.
    return regex.compile(rf"(?i)\s(?:also\s)?{verbs}(?![A-Za-z])(?!\sby\b)")


@cache
def _en_existing_join_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in en_events()["investors"]["existing_join_verbs"])


@cache
def _en_described_subject() -> regex.Pattern[str]:
    """ "The Osaka company, which ...": a description standing for the company."""
    nouns = alternation(en_events()["company"]["described_nouns"])
    return regex.compile(rf"\s*(?:The|This|That)\s(?:[\w-]+\s){{0,3}}{nouns}\b")


def _en_describes_told_company(ctx: DocContext, sentence: Sentence, anchor: int) -> bool:
    """True for a subject that describes a company ("The cold-chain sensor company raised"),
    not just "The company" (whose antecedent is the paragraph's subject, told or not)."""
    described = _en_described_subject().match(ctx.text, sentence.start, anchor)
    return described is not None and len(described.group().split()) > 2


Cues = SplitCues | regex.Pattern[str]


@cache
def _zh_words(section: str, key: str) -> regex.Pattern[str]:
    """Any word of the ``[section] key`` list in zh events.toml (documented there)."""
    return regex.compile(alternation(zh_events()[section][key]))


def _cue_regex(key: str) -> Cues:
    return _cue_regexes()[key]


@cache
def _cue_regexes() -> dict[str, Cues]:
    return {key: split_cues(*parts) for key, parts in _cue_parts().items()}


@cache
def _cue_parts() -> dict[str, tuple[str, str, str]]:
    """Each cue list as its joined pattern, and as the part that never opens with a Latin
    letter and the part that opens with two (both "" when the list cannot be split so:
    then only the joined pattern is searched)."""
    zh, en = zh_events()["cues"], en_events()["cues"]
    parts: dict[str, tuple[str, str, str]] = {}
    for key in {*zh, *en}:
        zh_words, en_words = zh.get(key, []), en.get(key, [])
        english = rf"(?<![A-Za-z-]){alternation(en_words, flags='i')}(?![A-Za-z])"
        joined = "|".join(
            [
                *([_zh_cue_alternation(zh_words)] if zh_words else []),
                *([english] if en_words else []),
            ]
        )
        # "IPO" among the Chinese words: it goes with the English part, ahead of the English
        # words as in the joined pattern.
        latin = [w for w in zh_words if LATIN_PAIR.match(w[:1] * 2)]
        han = [w for w in zh_words if w not in latin]
        if not han or not (en_words or latin) or not all(map(LATIN_PAIR.match, latin + en_words)):
            parts[key] = (joined, "", "")
            continue
        opening_latin = [_zh_cue_alternation(latin)] if latin else []
        parts[key] = (
            joined,
            _zh_cue_alternation(han),
            "|".join([*opening_latin, *([english] if en_words else [])]),
        )
    return parts


def _zh_cue_alternation(words: list[str]) -> str:
    """Chinese cue words, longest first, each blocked after the characters that
    ``[cue_blockers]`` names for it (虚拟 is not 拟) and before those ``[cue_followers]``
    names (获悉 is not 获)."""
    blockers: dict[str, list[str]] = zh_events().get("cue_blockers", {})
    followers: dict[str, list[str]] = zh_events().get("cue_followers", {})
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return (
        "(?:"
        + "|".join(_blocked(w, blockers.get(w, []), followers.get(w, [])) for w in ordered)
        + ")"
    )


def _blocked(word: str, before: list[str], after: list[str]) -> str:
    pattern = regex.escape(word)
    if before:
        pattern = f"(?<![{regex.escape(''.join(before))}]){pattern}"
    if after:
        pattern = f"{pattern}(?![{regex.escape(''.join(after))}])"
    return pattern


Mention = TypeVar("Mention", RoundMention, Money, DateMention)


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


Placed = TypeVar("Placed", bound=_Placed)


class ByStart(list[Placed]):
    """A document's mentions of one kind, sorted by start, with their starts beside them.

    ``_within`` runs tens of thousands of times per corpus pass: bisecting the plain list of
    starts stays in C, where a ``key=`` function costs a Python call at every step.
    """

    def __init__(self, mentions: Iterable[Placed] = ()) -> None:
        super().__init__(mentions)
        self.starts = [mention.start for mention in self]


def _within(start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions starting in [start, end); ``mentions`` is sorted by start (bisect: no
    quadratic scans on documents with thousands of sentences and mentions)."""
    if isinstance(mentions, ByStart):
        starts = mentions.starts
        return mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    low = bisect.bisect_left(mentions, start, key=_start)
    high = bisect.bisect_left(mentions, end, key=_start)
    return mentions[low:high]


def _starts_at(pos: int, mentions: list[Mention]) -> bool:
    """True when a mention starts at ``pos``."""
    return bool(_within(pos, pos + 1, mentions))


def _start(mention: RoundMention | Money | DateMention) -> int:
    return mention.start


# Compiled once: these run once per money mention, sentence or cue.
OTHER_MONEY_AFTER = regex.compile(
    r"\s?(?:in (?:total|revenue|sales|annual|arr|funding to date|assets|aum)|to date"
    r"|of (?:revenue|sales)|under management"
    r"|fund\b|的(?:营收|收入|规模|基金|订单)|规模|基金|订单|营收|(?:the )?(?:total|cumulative)"
    # "拟设100亿港元科创共同投资基金": a fund's size, unless the fund is the round's investor.
    r"|\p{Han}{1,8}?基金(?!\p{Han}{0,2}(?:投资|领投|跟投|参投|注资)))"
)
#: "has raised about $380 million from investors since 2017": a total over years.
EN_SINCE_AFTER = regex.compile(
    r"(?:\s(?:from|in)(?:\s[a-z]+){1,3}?)?\ssince\s(?:its\s|their\s)?(?:founding|inception|launch|\d{4})"
)
SENTENCE_STOP = regex.compile(r"[。；;]")
CLAUSE_BREAK = regex.compile(r"[，,；;]")
GOT_FROM_BREAK = regex.compile(r"[，,。；\d]|融资|投资(?!平台|机构|部门)")

#: How far back a clause or name search looks; names and clauses are far shorter.
LOOKBACK = 512


def clause_start(
    text: str, floor: int, pos: int, stops: str = CLAUSE_STOPS, lookback: int = LOOKBACK
) -> int:
    """Start of the clause ending at ``pos``, skipping punctuation inside parentheses.

    Looks back at most ``lookback`` characters, so scanning stays linear in the text.
    """
    floor = max(floor, pos - lookback)
    depth = 0
    for index in range(pos - 1, floor - 1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and char in stops and not inside_number(text, index):
            return index + 1
    return floor


# --- money roles --------------------------------------------------------------------------------


def money_role(
    text: str, money: Money, floor: int, neighbours: tuple[int, int] | None = None
) -> tuple[str, str | None]:
    """("amount" | "valuation" | "other", basis) for a money mention in its clause.

    ``neighbours`` are the end of the money mention before this one and the start of the one
    after it: a basis word beyond them is theirs ("本轮投后估值为18亿元，而2023年A轮时估值仅2亿元").
    """
    start = clause_start(text, floor, money.start, "，,。；;\n")
    # English cues run longer ("valuing the company at") than Chinese ones (估值).
    reach = 16 if is_chinese(text[max(start, money.start - 4) : money.start]) else 64
    before = text[max(start, money.start - reach) : money.start].lower()
    after = text[money.end : money.end + (16 if reach == 16 else 24)].lower()
    if text[max(floor, money.start - 3) : money.start].rstrip("约 about").endswith("("):
        return "other", None  # a parenthesised restatement: 1.5亿美元C轮融资（约10.9亿元）
    # "投后估值较上一轮的4亿元翻倍至8亿元", "its valuation has doubled …, reaching about 4
    # billion yuan after this round": the figure the valuation rose to. First: in "估值较上一轮
    # 翻倍至40亿元" the round after 较 would make the figure the earlier one's.
    risen_to = _zh_comparison().risen_to if reach == 16 else _en_risen_to()
    risen = risen_to.search(text, max(floor, money.start - 120), money.start)
    if risen is not None:
        # "本轮融资后，公司估值较上一轮的4亿元翻倍至8亿元", "After this round, the valuation of the
        # company rose to": the clause opening the comparison may state the basis; not past
        # an earlier figure, whose basis words are its own.
        opening = max(floor, risen.start() - (16 if reach == 16 else 48))
        figure = last_match(AMOUNT_BETWEEN.finditer(text, opening, risen.start()))
        opening = figure.end() if figure is not None else opening
        high = risen.end() if reach == 16 else money.end + 32
        return "valuation", _basis(text[opening:high])
    if _earlier_valuation(text, floor, money, before, after) or (
        reach == 64 and _en_valued_after().match(text, money.end, money.end + 48)
    ):
        return "earlier", None
    cap = last_match(_cue_regex("valuation_cap").finditer(before))
    if cap is not None and not AMOUNT_BETWEEN.search(before, cap.end()):
        return "other", None  # "with a valuation cap of $150 million": a note's conversion term
    if _cue_regex("valuation_cap").match(after.lstrip(" 的")):
        return "other", None  # "post-money SAFEs with a $9 million valuation cap", "估值上限"
    valuation = _cue_regex("valuation")
    cue = last_match(valuation.finditer(before))
    if cue is None and reach == 64 and before.endswith(" at "):
        # "values the Cambridge, Massachusetts, company at $480 million": the commas of a
        # place name split the clause, so the verb is looked for in the whole sentence part.
        wide = clause_start(text, floor, money.start, "。；;\n")
        before = text[max(wide, money.start - reach) : money.start].lower()
        cue = last_match(valuation.finditer(before))
    # A valuation cue names the first amount after it: in "以投前估值30亿元完成5亿元C轮融资"
    # the 5亿元 is the raise.
    if cue is not None and AMOUNT_BETWEEN.search(before, cue.end()):
        cue = None
    elif (
        cue is not None
        and reach == 64
        and (joined := EN_AND_NAME.search(text, money.start - len(before) + cue.end(), money.start))
    ):
        # "at a €55 million post-money valuation and Vinhal Robotics a €30 million": the next
        # company's clause opens after "and"; the words before it say nothing of its figure.
        cue, before = None, text[joined.end() - 1 : money.start].lower()
    elif cue is not None and _raise_verb(chinese=reach == 16).search(before, cue.end()):
        # "valued when it raised a $90 million Series B", "以相同的估值完成了8000万元A+轮": the
        # raise, not the value
        cue = None
    stated = _stated_basis(after)
    if cue is None and stated is not None and reach == 64:
        # "at a pre-money valuation of $310 million, or $350 million after the new money": a
        # figure stating its own basis after a valuation cue (across the comma) is a valuation.
        sentence_part = text[max(floor, money.start - reach) : money.start].lower()
        if valuation.search(sentence_part):
            return "valuation", stated
    bare = EN_BARE_BASIS.match(after) if reach == 64 and cue is None else None
    if bare is not None and before.endswith(" at "):
        return "valuation", bare.group(1)  # "$110M Series D at $2.3B post, led by …"
    # "$40 million valuation" names the valuation; in "逾3,000萬美元　投後估值約2億美元" a space
    # (a headline's separator) stands between a Chinese amount and the next fact's cue.
    if cue is not None or valuation.match(after.lstrip("的" if reach == 16 else " 的")):
        # The cue's own basis first: in "投前估值为12亿元，投后估值15亿元" the window of 15亿元
        # holds both words.
        # "$310 million pre-money and $350 million post-money": a basis the figure states
        # itself comes first of all.
        own_basis = stated or (_basis(cue.group()) if cue is not None else None)
        if own_basis is not None:
            return "valuation", own_basis
        # "After this round, X's valuation exceeded"; "$40 million before the investment"
        return "valuation", _basis(_basis_window(text, floor, money, reach == 16, neighbours))
    if THIS_ROUND_TOTAL.search(before):
        return "amount", None  # "本轮融资总额1.8亿元": the total of this round is its amount
    if (
        _cue_regex("other_money").search(before)
        or _other_after(after)
        or EN_SINCE_AFTER.match(text, money.end, money.end + 48)
    ):
        return "other", None
    return "amount", None


@cache
def _en_valued_after() -> regex.Pattern[str]:
    """ "triple the $640 million it was valued at in its Series B": the words after a figure
    that make it a past valuation (word lists in the en events file's [valuation] table)."""
    en = en_events()["valuation"]
    subjects = alternation(en["past_valued_subjects"]).replace("\\ ", r"\s")
    verbs = alternation(en["past_valued_verbs"]).replace("\\ ", r"\s")
    return regex.compile(rf"\s(?:(?:that|which)\s)?(?:{subjects})\s(?:{verbs})\b")


#: "valuation and Vinhal Robotics a": a cue whose phrase ended before another party's clause.
EN_AND_NAME = regex.compile(r"\sand\s[A-Z]")

#: "at $2.3B post,": a newsletter's shorthand for a post-money valuation (``after`` is lower-cased).
EN_BARE_BASIS = regex.compile(r"\s(pre|post)\b(?![-\w])")


def _stated_basis(after: str) -> str | None:
    """The basis the words right after a figure state: "$350 million after the new money"."""
    opening = after.lstrip(" (")[:24]
    for basis in ("pre", "post"):
        found = _cue_regex(f"valuation_{basis}").match(opening)
        if found is not None:
            return basis
    return None


@cache
def _raise_verb(chinese: bool) -> regex.Pattern[str]:
    if chinese:
        return regex.compile(alternation(zh_events()["valuation"]["raise_verbs"]))
    return regex.compile(rf"\b{alternation(en_events()['valuation']['raise_verbs'])}\b")


# "values the company at $1.2 billion, up from $400 million in its last round"; "估值从2亿元
# 涨到10亿元": the figure a valuation is compared with, the value of an earlier round.
@cache
def _compared() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The English "up from" / "compared with" ending a window, and the Chinese 从 ending one
    and 涨到 opening the next (word lists in the events files' [valuation] tables)."""
    en, zh = en_events()["valuation"], zh_events()["valuation"]
    verbs, phrases = alternation(en["compared_verbs"]), alternation(en["compared_phrases"])
    return (
        # "up from the $15 million it was valued at": an article may stand before the figure.
        regex.compile(rf"\b(?P<compared>{verbs}\sfrom|{phrases}|from)\s(?:the\s)?$"),
        # "估值从2亿元", "估值由上一轮的50亿元": the round it was, in a few words
        regex.compile(rf"{alternation(zh['compared_from'])}[^，,。；;\d]{{0,8}}$"),
        regex.compile(
            rf"(?:{alternation(zh['compared_adverbs'])})?{alternation(zh['compared_to'])}"
        ),
    )


@cache
def _en_risen_to() -> regex.Pattern[str]:
    """Ends right before the figure a valuation rose to: "valuation has doubled …, reaching"."""
    en = en_events()["valuation"]
    cue = alternation(en_events()["cues"]["valuation"], flags="i")
    risen, to = alternation(en["risen"]), alternation(en["risen_to"])
    # Bounded gaps without sentence punctuation: linear, and inside one sentence.
    return regex.compile(rf"(?i)\b{cue}[^.;]{{0,40}}?\b{risen}\b[^.;]{{0,50}}?\b{to}\s$")


class ZhComparison(NamedTuple):
    """The Chinese comparison of a valuation with an earlier round's (word lists in the
    zh events file's [valuation] table)."""

    round_after: regex.Pattern[str]  # ends right before a round: "较", "较2023年"
    figure_after: regex.Pattern[str]  # ends right before the earlier figure: "较A轮时的"
    risen_to: regex.Pattern[str]  # ends right before the figure arrived at: "估值较…翻倍至"


@cache
def _zh_comparison() -> ZhComparison:
    zh = zh_events()["valuation"]
    than = alternation(zh["compared_with"])
    when = alternation(zh["compared_when"])
    cue = alternation(zh_events()["cues"]["valuation"])
    risen, to = alternation(zh["risen"]), alternation(zh["risen_to"])
    owner = alternation(zh["compared_owners"])
    # Bounded gaps without clause punctuation keep every search linear and inside one clause
    # (the rise may follow in the next: "较A轮时的6亿元翻了三倍，达到24亿元").
    return ZhComparison(
        # "较种子轮", "较2023年A轮", "较去年的种子轮"
        regex.compile(rf"{than}\s?(?:{owner})?(?:(?:\d{{4}}\s?年|{when})的?)?\s?$"),
        regex.compile(rf"{than}[^，,。；;]{{0,12}}?(?:轮|时|{when}|上次)[^，,。；;]{{0,6}}$"),
        regex.compile(
            rf"{cue}[^。；;]{{0,30}}?(?:{than}|从|由)[^。；;]{{0,30}}?{risen}[^，,。；;]{{0,10}}?"
            rf"[，,]?[^，,。；;]{{0,4}}?{to}\s?$"
        ),
    )


def _earlier_valuation(text: str, floor: int, money: Money, before: str, after: str) -> bool:
    """True for the earlier figure a valuation is compared with: "up from $400 million",
    "compared with $800 million", "估值从2亿元涨到10亿元". It is never this round's amount."""
    low = max(floor, money.start - 120)
    if not _cue_regex("valuation").search(text, low, money.start):
        return False
    en_from, zh_from, zh_to = _compared()
    if is_chinese(text[max(floor, money.start - 2) : money.start]):
        # "估值从2亿元涨到10亿元"; "较A轮时的6亿元", "较天使轮投后估值1.8亿元"
        return (
            zh_from.search(before) is not None and zh_to.match(after) is not None
        ) or _zh_comparison().figure_after.search(before) is not None
    compared = en_from.search(before)
    # "valued at $1.2 billion, up from ..." (the word before "from" says it is a comparison;
    # a bare "from" must follow the valuation's own figure: "rose to $1.2bn from $400m").
    return compared is not None and (
        compared.group("compared") != "from"
        or AMOUNT_BETWEEN.search(text, low, money.start) is not None
    )


# "本轮融资总额1.8亿元", "这轮Pre-A轮规模6,000万元": the size of a round named right before
# (not "两轮合计": the total of several rounds).
THIS_ROUND_TOTAL = regex.compile(
    r"(?:本轮|本次|该轮|此轮|这轮|(?<![两二三四五六几多数各每])轮)(?:融资|募资)?(?:总额|总计|合计|规模|金额)\s?"
    r"(?:为|达|达到|约|共)?\s?$"
)


AMOUNT_BETWEEN = regex.compile(r"\d\s?(?:[万亿元]|million|billion)|[万亿]元")


def _other_after(after: str) -> bool:
    return OTHER_MONEY_AFTER.match(after) is not None


def _basis_window(
    text: str, floor: int, money: Money, chinese: bool, neighbours: tuple[int, int] | None
) -> str:
    """The words around a valuation figure that may state its basis: back to the money before
    it, on to the money after it or the end of the clause ("彼时估值约8亿元；本轮完成后" is
    the next clause's)."""
    reach_basis, after_basis = (40, 12) if chinese else (80, 32)
    low, high = max(floor, money.start - reach_basis), money.end + after_basis
    if neighbours is not None:
        low, high = max(low, neighbours[0]), min(high, max(money.end, neighbours[1]))
    denial = last_match(_cue_regex("basis_denials").finditer(text, low, money.start))
    if denial is not None:
        clause_end = CLAUSE_BREAK.search(text, denial.end(), money.start)
        low = clause_end.end() if clause_end else money.start
    stop = SENTENCE_STOP.search(text, money.end, high)
    return text[low : stop.start() if stop else high]


def _basis(window: str) -> str | None:
    if _cue_regex("valuation_pre").search(window):
        return "pre"
    if _cue_regex("valuation_post").search(window):
        return "post"
    return None


# --- investors ----------------------------------------------------------------------------------


def _role_for(key: str) -> Role:
    return {"lead": "lead", "existing_after": "existing", "existing": "existing"}.get(
        key, "participant"
    )  # type: ignore[return-value]


def _earlier(text: str, start: int, end: int) -> bool:
    return _cue_regex("earlier").search(text, start, end) is not None


def zh_investors(ctx: DocContext, sentence: Sentence) -> list[PartyCandidate]:
    """Investors named in a Chinese sentence, by cue."""
    text, found = ctx.text, []
    for key in ("lead", "participant", "existing_after"):
        floor = sentence.start  # a list never reaches back past the previous cue of its kind
        for cue in _cue_regex(key).finditer(text, sentence.start, sentence.end):
            if cue.start() > 0 and (
                text[cue.start() - 1] in "（("
                or ZH_ROUND_ROLE_MARK.search(
                    text, max(sentence.start, cue.start() - 8), cue.start()
                )
            ):
                continue  # "甲（领投）", "碧岙资本（A+轮领投）": a role marker, read with its element
            if text.startswith(_zh_role_capacities(), cue.end()):
                continue  # "以跟投方身份参与": the role it joins in, not a list's cue
            if _zh_negated_cue().search(text, max(sentence.start, cue.start() - 4), cue.start()):
                continue  # "德忌笠基金并未参与A+轮": an investor that stayed out
            if ZH_NAMED_AS.search(text, max(sentence.start, cue.start() - 6), cue.start()):
                continue  # "其中拓岭创投为本轮领投方": ZH_NAMED_LEAD reads the name
            clause = clause_start(text, floor, cue.start())
            if _earlier(text, clause, min(cue.end() + 4, sentence.end)) and not _within(
                clause, min(cue.end() + 20, sentence.end), ctx.rounds
            ):
                continue  # 丁和戊此前也参与了投资: investors of an earlier round, unnamed here
            start = _list_start(text, floor, cue.start())
            floor = cue.end()
            role = _role_for(key)
            if _cue_regex("existing").match(text, start) and role != "lead":
                role = "existing"  # but "由老股东曙潮创投领投": an existing investor who leads
            listed = split_investor_list(text, start, cue.start(), role)
            if not listed and key == "lead":
                listed = _zh_subject_leads(text, floor=sentence.start, clause=start)
            found.extend(listed)
    intros = list(_zh_list_intro().finditer(text, sentence.start, sentence.end))
    for index, intro in enumerate(intros):
        start = intro.end()
        limit = intros[index + 1].start() if index + 1 < len(intros) else sentence.end
        end = _list_end(text, start, limit)
        if intro["lead"]:
            # "领投方是上市公司岳鼎电子旗下的岳鼎创新投资，苧野创投……也参与": the leads end
            # at the clause; the clause after names others.
            comma = CLAUSE_COMMA.search(text, start, end)
            end = comma.start() if comma else end
        found.extend(
            split_investor_list(text, start, end, "lead" if intro["lead"] else "participant")
        )
    # Both patterns try a lazy run of names at every position: a literal they need is looked
    # for first (most sentences have neither).
    if text.find("领投", sentence.start, sentence.end) >= 0:
        for named in ZH_NAMED_LEAD.finditer(text, sentence.start, sentence.end):
            found.extend(split_investor_list(text, *named.span("names"), "lead"))
    if text.find("由", sentence.start, sentence.end) >= 0:
        for by in ZH_BY_INVESTOR.finditer(text, sentence.start, sentence.end):
            by_role: Role = "lead" if by.group("sole") else "participant"
            found.extend(split_investor_list(text, *by.span("names"), by_role))
    if text.find("获", sentence.start, sentence.end) >= 0:
        found.extend(_zh_got_from(ctx, sentence))
    return found


@cache
def _zh_role_capacities() -> tuple[str, ...]:
    return tuple(zh_events()["investors"]["role_capacity_after"])


def _zh_subject_leads(text: str, floor: int, clause: int) -> list[PartyCandidate]:
    """ "以消费医疗见长的石莲资本，本月领投……": a lead cue whose clause names nobody (a time
    word at most) is the institution ending the clause before it."""
    if clause <= floor or text[clause - 1] not in "，,":
        return []
    backer = investor_before(text, clause_start(text, floor, clause - 1), clause - 1)
    if backer is None or not is_institution(backer.name):
        return []
    return [replace(backer, role="lead")]


#: "并未参与", "没有跟投", "不参与": a negated investing cue names no investor.
@cache
def _zh_negated_cue() -> regex.Pattern[str]:
    """A negation ending right before an investor cue ("并未参与"): the cue names nobody."""
    return regex.compile(alternation(zh_events()["investors"]["cue_negations"]) + "$")


# 由钟山天使基金投资 / 由星岸资本认购 / 由甲独家投资
ZH_BY_INVESTOR = regex.compile(
    r"由(?P<names>[^,，。;；由]{2,60}?)(?P<sole>独家)?(?:共同|联合)?(?:投资|认购|出资|注资)"
    # "由国鼎投资、江澜基金……", "由杉岭投资独家投资": a 投资 followed by more names or by the verb
    # ends a name (X投资 is a common institution name), not the list.
    r"(?![方人机者、和与及等（(领跟参联共独基管集控平部公])"
)
# "碧岙资本（A+轮领投）": a table cell's marker naming the round its investor led.
ZH_ROUND_ROLE_MARK = regex.compile(r"[（(][^（()）]{1,6}轮$")
# "为本轮" right before a lead cue: the name stands before it (ZH_NAMED_LEAD).
ZH_NAMED_AS = regex.compile(r"(?:为|作为|担任)(?:本轮)?(?:的)?$")
# 其中绿洲资本为领投方 / 由甲担任本轮领投方
ZH_NAMED_LEAD = regex.compile(
    r"(?P<names>[^,，。;；、由]{2,30}?)(?:为|作为|担任)(?:本轮)?(?:的)?(?:领投方|领投机构|领投)"
)


def _list_start(text: str, floor: int, cue_start: int) -> int:
    """Where a list ending at a cue starts: after 由 (crossing commas) or at the clause start."""
    by = text.rfind("由", floor, cue_start)
    if (
        by >= 0
        and not SENTENCE_STOP.search(text, by, cue_start)
        and not any(
            _cue_regex(key).search(text, by + 1, cue_start) for key in ("lead", "participant")
        )
    ):
        return by + 1
    # Lists can be long (thousands of names); the caller's floor keeps this linear. A table's
    # cell border ends a list: "| 近亿元 | 翊沣创投领投".
    return clause_start(text, floor, cue_start, "，,。；;：:\n|", lookback=len(text))


CLAUSE_COMMA = regex.compile(r"[，,]")
LIST_STOP = regex.compile(
    r"[。；;\n]|[，,](?=[^，,。]{0,12}(?:领投|跟投|参投|此前|估值|资金将|资金主要|用于|本轮|其中))"
)
GOT = regex.compile(r"获(?:得)?(?:过|了)?(?!悉)")


def _list_end(text: str, start: int, floor_end: int) -> int:
    match = LIST_STOP.search(text, start, floor_end)
    return match.start() if match else floor_end


def _zh_got_from(ctx: DocContext, sentence: Sentence) -> list[PartyCandidate]:
    """获甲资本5000万元A轮投资: the investor stands between 获 and the amount or round."""
    text = ctx.text
    got = GOT
    anchors = sorted(
        [
            *(m.start for m in _within(sentence.start, sentence.end, ctx.money)),
            *(r.start for r in _within(sentence.start, sentence.end, ctx.rounds)),
        ]
    )
    found = []
    for match in got.finditer(text, sentence.start, sentence.end):
        index = bisect.bisect_left(anchors, match.end())
        if index == len(anchors):
            continue
        end = anchors[index]
        segment = text[match.end() : end]
        if not segment.strip() or GOT_FROM_BREAK.search(segment) or len(segment) > 40:
            continue
        role: Role = "lead" if "独家" in segment else "participant"
        found.extend(
            split_investor_list(text, match.end(), end - (1 if segment.endswith("的") else 0), role)
        )
    return found


EN_ENDERS = regex.compile(
    r",?\s(?:with|followed|bringing|valuing|which|while|according|as part|at a|at an|in a|in an|in its|"
    r"to (?:fund|expand|accelerate|build|support|help|develop|scale|further|grow|boost|bring)|"
    r"and existing|and participation|also|participated|joined|continued|said|put in|returned|"
    r"led the|co-led|for a|for its|on (?:Monday|Tuesday|Wednesday|Thursday|Friday)|"
    r"the company|bringing)\b|[.;](?:\s|$)|\s\(?(?:the )?(?:lead|co-lead)\)?(?=[,.;]|$)(?!.)"
    # "[Ruimo closes Pre-B round led by Sanheng Capital](https://…)": a link's text ends.
    r"|\]\("
    # "…led by Loomfield Capital! 🎉": an exclamation ends the sentence's list.
    r"|!+(?:\s|$)"
)


EN_CO_LED = regex.compile(r"(?i)\bco-led\b")


def en_investors(ctx: DocContext, sentence: Sentence) -> list[PartyCandidate]:
    """Investors named in an English sentence, by cue.

    A list runs from its cue to an ender or to the next cue, whichever comes first, so each
    character is read once however many cues a sentence holds.
    """
    text, found = ctx.text, []
    cues = sorted(
        (cue.start(), cue.end(), key)
        for key in ("lead", "participant", "existing")
        for cue in _cue_regex(key).finditer(text, sentence.start, sentence.end)
        if not is_chinese(cue.group())
        and not (
            key == "participant"
            and cue.group().lower() == "from"
            and not _from_is_investor(ctx, cue.start())
        )
    )
    # "exclusively invested by" holds the participant cue "invested by": the longer cue reads.
    cues = _outermost(cues)
    for index, (cue_start, cue_end, key) in enumerate(cues):
        limit = cues[index + 1][0] if index + 1 < len(cues) else sentence.end
        if limit <= cue_end:
            continue
        ender = EN_ENDERS.search(text, cue_end, limit)
        end = ender.start() if ender else limit
        joined = _en_join_verbs().match(text, end + text.startswith(",", end)) if ender else None
        if joined is not None:
            # "led by A, B followed the investment", "jointly led by A and B, C, D and other
            # institutions participated": the names after the lead list are the join verb's.
            cut = _en_lead_list_end(text, cue_end, end)
            if cut is not None:
                found.extend(_en_joined_list(text, cut + 2, end, joined))
                end = cut
        role = _role_for(key)
        if key == "existing" and index and _led_right_before(text, cues[index - 1], cue_start):
            role = "lead"  # "led by existing investor X": X leads (and held shares before)
        if key == "participant" and _as_did_existing(text, sentence.start, cue_start, cue_end):
            role = "existing"  # "Loamstead returned, as did Kuroshio": Kuroshio returned too
        if text[cue_start:cue_end].lower() == "alongside" and EN_CO_LED.search(
            text, max(sentence.start, cue_start - 160), cue_start
        ):
            role = "lead"  # "X co-led the round alongside Y": Y leads too
        found.extend(split_investor_list(text, cue_end, end, role))
    floor = sentence.start
    lead_ends = []
    for cue in _en_lead_after_cues(ctx, sentence):
        lead_ends.append(cue.end())
        start = _after_last_comma(text, floor, cue.start())
        end = cue.start()
        appositive = _en_appositive_opening()
        object_relative = EN_OBJECT_RELATIVE.match(text, start, end)
        if object_relative is not None:
            # "Cartwheel's $30 million Series B, which Pelham Oast Partners led": the relative
            # clause's subject is the lead.
            start = object_relative.end()
        elif start - 2 > floor and (
            not text[start:end].strip() or appositive.match(text, start, end)
        ):
            # "X, a subsidiary of Y, led the investment", "from X, which led the round": the
            # lead stands before the appositive or the relative clause.
            end = start - 2
            if appositive.match(text, _after_last_comma(text, floor, end), end):
                end = text.rfind(", ", floor, end)
            start = _after_last_comma(text, floor, end)
            source = EN_FROM_NAMES.search(text, start, end)
            start = source.end() if source else start
        dash = EN_DASH_BREAK.search(text, start, end)
        start = dash.end() if dash else start  # "TOKYO, March 6 (Lorrimer) - A and B co-led a"
        bold = EN_BOLD_PREFIX.match(text, start, end)
        start = bold.end() if bold else start  # "**Saltbox Kitchens.** Hollybush Capital led"
        colon = text.rfind(": ", start, end)
        if colon >= 0 and ")" not in text[colon:end]:
            start = colon + 2  # "a $12 million Series A: A and B co-led it", not "(NYSE: HRTH)"
        if cue.group().lower().startswith("leading"):
            # "raised $20 million, with A leading and B participating": "with" opens the lead.
            opener = _en_lead_opener().search(text, start, end)
            start = opener.end() if opener else start
        floor = cue.end()
        found.extend(split_investor_list(text, start, end, "lead"))
    found.extend(_en_left_of_verb(text, sentence, lead_ends))
    led_at = [c[1] for c in cues if c[2] == "lead"] + lead_ends
    if led_at:
        found.extend(_en_with_names(text, min(led_at), sentence.end))
    return [named for c in found if (named := _en_named_investor(ctx, c)) is not None]


def _as_did_existing(text: str, floor: int, cue_start: int, cue_end: int) -> bool:
    """True for an "as did" cue after a clause whose verb is an existing investor's."""
    if text[cue_start:cue_end].lower() != "as did":
        return False
    clause = text[max(floor, cue_start - 80) : cue_start].lower()
    return any(verb in clause for verb in _en_existing_join_verbs())


# "led by A, with B and C.": after a lead, "with" and nothing but names to the clause's end.
EN_WITH_OPENER = regex.compile(r",\swith\s(?=[A-Z])")
EN_WITH_NAME = r"[A-Z][\w'’&.-]*+(?:\s(?:&\s|of\s|de\s|van\s|von\s)?[A-Z][\w'’&.-]*+)*+(?:\s\([^()\n]{1,40}\))?"
EN_WITH_LIST = regex.compile(
    rf"{EN_WITH_NAME}(?:(?:,\s(?:and\s)?|\sand\s){EN_WITH_NAME})*+(?=\s*+(?:[.;!]|$))"
)


def _en_with_names(text: str, led: int, end: int) -> list[PartyCandidate]:
    """Participants named after a lead with a bare "with": "led by A, with B and C", "A led
    the round, with B (through its Fund III) and C". Only a clause of names qualifies, so
    "with Goldman Sachs as adviser" and "with plans to expand" name nobody."""
    for opener in EN_WITH_OPENER.finditer(text, led, end):
        names = EN_WITH_LIST.match(text, opener.end(), end)
        if names is not None:
            return split_investor_list(text, names.start(), names.end(), "participant")
    return []


def _en_named_investor(ctx: DocContext, candidate: PartyCandidate) -> PartyCandidate | None:
    """``candidate``, or the investor a pronoun stands for, or None for a clause.

    "In 2022 it", "That same year it" led: a profile's firm (``_en_profiled_investor``), else
    nobody named; "What sets Beckforth apart is a habit of" leading: a clause, not a name.
    """
    clause_verb, pronoun_end = _en_not_investor_names()
    if clause_verb.search(candidate.name):
        return None
    if not pronoun_end.search(candidate.name):
        return candidate
    firm = _en_profiled_investor(ctx)
    return replace(firm, role=candidate.role) if firm is not None else None


@cache
def _en_not_investor_names() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A copula inside a candidate name (a clause), and a pronoun ending one ("In 2022 it")."""
    investors = en_events()["investors"]
    verbs = alternation(investors["clause_verbs"])
    pronouns = alternation(investors["pronoun_subjects"], flags="i")
    return regex.compile(rf"\s{verbs}\s"), regex.compile(rf"(?:^|\s){pronouns}$")


def _led_right_before(text: str, cue: tuple[int, int, str], start: int) -> bool:
    """True when ``cue`` is a lead cue that only white space parts from ``start``."""
    return cue[2] == "lead" and not text[cue[1] : start].strip()


def _en_lead_after_cues(ctx: DocContext, sentence: Sentence) -> list[regex.Match[str]]:
    """The cues after a lead's name, in text order: "X led the round", and "X led the Series
    A", where the verb's object is a round mention (``lead_before_round``)."""
    text = ctx.text
    cues = list(_cue_regex("lead_after").finditer(text, sentence.start, sentence.end))
    taken = {cue.start() for cue in cues}
    for cue in _cue_regex("lead_before_round").finditer(text, sentence.start, sentence.end):
        if cue.start() in taken:
            continue
        # "led the company's $20 million Series A": the round follows within the clause
        nearby = _within(cue.end(), min(cue.end() + 40, sentence.end), ctx.rounds)
        if nearby and not CLAUSE_END.search(text, cue.end(), nearby[0].start):
            cues.append(cue)
    return sorted(cues, key=regex.Match.start)


EN_OBJECT_RELATIVE = regex.compile(r"(?:which|that)\s(?=[A-Z])")
# A dateline's or a bullet's dash before the names: "TOKYO, March 6 (Lorrimer) - A co-led".
EN_DASH_BREAK = regex.compile(r"(?r)\s(?:--|-|—|–)\s")
# A newsletter's bold lead-in before the clause's subject: "**Saltbox Kitchens.** ".
EN_BOLD_PREFIX = regex.compile(r"\s*+\*\*[^*\n]{1,60}+\*\*[\s—–:-]*+")
# "raised a $32 million Series B from Marrowstone Asia Growth": where the backers' names begin.
EN_FROM_NAMES = regex.compile(r"(?r)\s(?:from|by)\s")


@cache
def _en_lead_opener() -> regex.Pattern[str]:
    """The word opening a lead named before a participle cue: "with" in "with A leading"."""
    words = alternation(en_events()["investors"]["lead_openers"])
    return regex.compile(rf"(?ri)(?:^|\s){words}\s")


EN_EXISTING_HEAD = regex.compile(
    r"(?i)(?:with |and )?(?:the )?(?:(?:existing|old|original|returning|early) (?:investors?|shareholders?|backers?)(?: such as)?"
    r"|previous investors|insiders?)"
    r"\s?(?:including|such as)?\s?"
)


def _outermost(cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cues sorted by start, without those that start inside a kept one."""
    kept: list[tuple[int, int, str]] = []
    for cue in cues:
        if not kept or cue[0] >= kept[-1][1]:
            kept.append(cue)
    return kept


def _after_last_comma(text: str, floor: int, end: int) -> int:
    """Where the clause ending at ``end`` begins: after the last ", " in ``[floor, end)``."""
    comma = text.rfind(", ", floor, end)
    return floor if comma < 0 else comma + 2


def _en_lead_list_end(text: str, start: int, end: int) -> int | None:
    """Where a lead list a join verb's list follows ends: at the first comma after its "and"
    ("A and B, C, D … participated", "A, B and C, old shareholder D participated"), else at
    its first comma ("A, B and C followed investment")."""
    conjunction = text.find(" and ", start, end)
    comma = text.find(", ", conjunction if conjunction >= 0 else start, end)
    if comma < 0 and conjunction >= 0:
        comma = text.find(", ", start, end)
    return comma if comma > start else None


def _en_joined_list(
    text: str, start: int, end: int, verb: regex.Match[str]
) -> list[PartyCandidate]:
    """The names before a join verb: participants, or existing investors when marked so."""
    while start < end and text[start].isspace():
        start += 1  # a sentence's span opens with the space after the full stop
    head = EN_EXISTING_HEAD.match(text, start, end)
    word = verb.group().lower().strip().removeprefix("also ")
    existing = head is not None or word in _en_existing_join_verbs()
    role: Role = "existing" if existing else "participant"
    return split_investor_list(text, head.end() if head else start, end, role)


def _en_left_of_verb(text: str, sentence: Sentence, lead_ends: list[int]) -> list[PartyCandidate]:
    """ "A and B also participated", "old shareholders such as P continued to increase...".

    The list never reaches back past a lead cue ("with A leading and B participating")."""
    found = []
    floor = sentence.start  # never reach back past the previous verb: linear in the sentence
    leads = iter(lead_ends)
    lead_end = next(leads, None)
    for cue in _en_join_verbs().finditer(text, sentence.start, sentence.end):
        end = cue.start()
        while lead_end is not None and lead_end <= end:
            floor = max(floor, lead_end)
            lead_end = next(leads, None)
        start = _after_last_comma(text, floor, end)
        if start - 2 > floor and _descriptive_appositive(text[start:end]):
            # "Pangolin Bay Ventures and Ruang Capital, the Jakarta-based early-stage firm,
            # also participated": the names stand before the appositive.
            end = start - 2
            start = _after_last_comma(text, floor, end)
        floor = cue.end()
        found.extend(_en_joined_list(text, start, end, cue))
    return found


def _descriptive_appositive(clause: str) -> bool:
    """True for "the Jakarta-based early-stage firm" between names and their verb ("Ruang
    Capital, the Jakarta-based early-stage firm, also participated"): an article, and a
    lower-case noun last ("the Dolomites Fund" is a name)."""
    words = clause.split()
    return len(words) > 1 and words[0] in ("the", "a", "an") and words[-1].islower()


def _from_is_investor(ctx: DocContext, pos: int) -> bool:
    """ "$30 million from X": "from" right after an amount or a round names investors."""
    # Only mentions starting shortly before ``pos`` can end within 12 characters of it.
    ends = [m.end for m in _within(pos - 120, pos + 1, ctx.money)]
    ends += [r.end for r in _within(pos - 120, pos + 1, ctx.rounds)]
    return any(0 <= pos - end <= 12 for end in ends)


def merge_investors(
    existing: list[PartyCandidate], new: list[PartyCandidate]
) -> list[PartyCandidate]:
    """Add investors, keeping text order, one entry per party, the strongest role.

    A name that ends another one's ("宏硕科技" and "上市半导体设备商宏硕科技", a table cell and
    the prose's described name) is the same party: the shorter, bare name is kept.
    """
    by_name = {c.name: c for c in existing}
    # every proper ending of a known name -> that name (a dict: no quadratic scans of lists)
    described = {ending: c.name for c in existing for ending in _bare_names(c.name)}
    for candidate in new:
        name = candidate.name
        known = by_name.get(name) or next(
            (by_name[bare] for bare in _bare_names(name) if bare in by_name), None
        )
        if known is None and name in described and described[name] in by_name:
            # A known name describes this one: the bare name takes its place.
            longer = by_name.pop(described[name])
            existing[existing.index(longer)] = candidate
            candidate.role = max(candidate.role, longer.role, key=ROLE_RANK.__getitem__)
            by_name[name] = candidate
            continue
        if known is None:
            by_name[name] = candidate
            described.update((ending, name) for ending in _bare_names(name))
            existing.append(candidate)
        elif ROLE_RANK[candidate.role] > ROLE_RANK[known.role]:
            known.role = candidate.role
    existing.sort(key=lambda c: c.start)
    return existing


#: The shortest name a described name may end with and still be read as the same party.
BARE_NAME_MIN = 3


def _bare_names(name: str) -> list[str]:
    """The proper endings of ``name`` long enough to be a name of their own."""
    return [name[i:] for i in range(1, len(name) - BARE_NAME_MIN + 1)]


# --- events -------------------------------------------------------------------------------------


@cache
def _trigger_regex() -> Cues:
    """Any status cue; at one position the completed cues win, then planned, then announced."""
    parts = [_cue_parts()[k] for k in ("completed", "planned", "announced")]
    joined = "|".join(whole for whole, _, _ in parts)
    if not all(han and latin for _, han, latin in parts):
        return regex.compile(joined)
    return split_cues(
        joined, "|".join(han for _, han, _ in parts), "|".join(latin for _, _, latin in parts)
    )


@cache
def _announcer_backed() -> regex.Pattern[str]:
    roles = zh_events()["investors"]["announcer_backed"]
    # Not "宣布，领投方为红杉": a role noun after the verb names the round's lead instead.
    role_nouns = alternation(zh_events()["investors"]["announcer_not_before"])
    return regex.compile(
        rf"[,，]?(?:(?P<lead>{alternation(roles['lead'])})|{alternation(roles['participant'])})"
        rf"(?!{role_nouns})"
    )


@cache
def _digest_title() -> regex.Pattern[str]:
    """ "Funding Roundup", "Deal Tracker": words that title a digest (en document.digest_title_*)."""
    document = en_events()["document"]
    openers = alternation(document["digest_title_openers"])
    nouns = alternation(document["digest_title_nouns"])
    return regex.compile(rf"(?i)(?<![A-Za-z]){openers}\s{nouns}(?![A-Za-z])")


def _announcing_backer(
    ctx: DocContext, sentence: Sentence, trigger: regex.Match[str] | None
) -> PartyCandidate | None:
    """The investor announcing "其领投的乙完成B轮" (as an investor candidate), else None."""
    if trigger is None or ctx.text[trigger.start() : trigger.end()] not in _announced_words():
        return None
    backed = _announcer_backed().match(ctx.text, trigger.end(), sentence.end)
    if backed is None:
        return None
    end = trigger.start()
    start = _past_zh_byline(ctx.text, clause_start(ctx.text, sentence.start, end), end)
    # "Apogee Orbit Partners昨（9）日宣布": the name ends where the day is told.
    for date in _within(start, end, ctx.dates):
        if date.start <= start + 1:
            start = date.end  # "2024年3月红杉中国宣布"
        else:
            end = min(end, date.start)
    found = investor_before(ctx.text, start, end)
    if found is None:
        return None
    return replace(found, role="lead" if backed.group("lead") else "participant")


@cache
def _announced_words() -> frozenset[str]:
    return frozenset(zh_events()["cues"]["announced"])


def _trigger(text: str, sentence: Sentence) -> regex.Match[str] | None:
    """The first status cue of the sentence."""
    return _trigger_regex().search(text, sentence.start, sentence.end)


def _status(text: str, sentence: Sentence, until: int) -> Status:
    """Planned when a plan cue (拟, 正在, is raising) stands before the round or amount."""
    end = max(until, sentence.start)
    if _cue_regex("to_announce").search(text, sentence.start, end):
        return "announced"
    if _cue_regex("planned").search(text, sentence.start, end):
        return "planned"
    if _cue_regex("completed").search(text, sentence.start, sentence.end):
        return "completed"
    if _cue_regex("announced").search(text, sentence.start, sentence.end):
        return "announced"
    return "completed"


@cache
def _zh_story_round_owner() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(zh_events()['company']['story_round_owners'])})$")


def _zh_story_section_company(
    ctx: DocContext, item: Item, rounds: list[RoundMention]
) -> PartyCandidate | None:
    """The company the story reported last, for a section of a Chinese feature that tells a
    round with the round as its subject or a pronoun's ("最早的種子輪是2018年", "我們在2020年領投
    它的A輪") and names no company. A digest item's headline tells a round or an amount of its
    own: such an item is not a section of the story before it."""
    if not rounds or not ctx.drafts or ctx.drafts[-1].company is None:
        return None
    first = rounds[0].start
    if _zh_story_round_owner().search(ctx.text, max(item.start, first - 6), first) is None:
        return None
    heading = item.sentences[0] if item.sentences and item.sentences[0].headline else None
    if heading is not None:
        told_round = bool(_within(heading.start, heading.end, ctx.rounds))
        if told_round or _within(heading.start, heading.end, ctx.money):
            return None
    return ctx.drafts[-1].company


#: How far back an interview's "它" looks for the company an answer described last.
PROFILED_REACH = 600


def _zh_profiled_before(ctx: DocContext, sentence: Sentence) -> PartyCandidate | None:
    """The company an interview's answer described last before ``sentence`` ("拾音做的是工廠
    設備的聲學異常偵測…… 我們在2021年就跟投了它的種子輪"): the subject of the latest profile
    clause ("X做的是", "X专注于") opening a sentence within ``PROFILED_REACH`` characters."""
    low = max(0, sentence.start - PROFILED_REACH)
    found: PartyCandidate | None = None
    for line in LINE_OPENING.finditer(ctx.text, low, sentence.start):
        start = line.end()
        speaker = SPEAKER_LABEL.match(ctx.text, start, sentence.start)
        if speaker is None or INTERVIEW_QUESTION.match(ctx.text, start, sentence.start):
            continue  # only an answer describes ("問：外界比較熟悉的案子是拾音？" asks)
        start = speaker.end()
        # The answer may open with a short reply ("對。拾音做的是……").
        start = _past_short_reply(ctx.text, start, sentence.start)
        profile = _zh_profile_clause().match(ctx.text, start, sentence.start)
        named = company_before(ctx.text, start, profile.end()) if profile else None
        if named is not None and _key(named.name) not in _pronouns():
            found = named
    return found


SHORT_REPLY = regex.compile(r"[^。！？!?\n]{1,4}[。！!]")


def _past_short_reply(text: str, start: int, end: int) -> int:
    """Past an answer's opening reply of at most four characters ("對。", "是的！")."""
    reply = SHORT_REPLY.match(text, start, end)
    return reply.end() if reply is not None else start


#: A line's start: the text's, or after a newline.
LINE_OPENING = regex.compile(r"(?:^|(?<=\n))(?=\S)", regex.M)


def _drafted_company_in(
    drafts: list[Draft], text: str, start: int, end: int
) -> PartyCandidate | None:
    """The company of the latest of ``drafts`` whose name stands in [start, end) of ``text``."""
    for draft in reversed(drafts):
        if draft.company is not None and text.find(draft.company.name, start, end) >= 0:
            return draft.company
    return None


def _earlier_company_named(
    ctx: DocContext, item: Item, sentence: Sentence, *, inside: bool = False
) -> PartyCandidate | None:
    """The company of the latest earlier item's event whose name this item uses before
    ``sentence`` (``inside``: or in it)."""
    end = sentence.end if inside else sentence.start
    return _drafted_company_in(ctx.drafts[-EARLIER_DRAFTS:], ctx.text, item.start, end)


CLOSE_PAREN = regex.compile(r"[)）]")
CAPITAL = regex.compile(r"[A-Z]")


@cache
def _short_name_definition() -> regex.Pattern[str]:
    """An opening parenthesis, at most one name and a separator, then a short-name marker."""
    return regex.compile(rf"[(（](?:[^()（）\n]{{0,40}}?[,，、;；]\s?)?{short_name_words()}")


def _defined_company(ctx: DocContext, item: Item, before: int) -> PartyCandidate | None:
    """The company the item defines a short name for ("味研雲端股份有限公司（FlavorOps，以下簡稱
    味研）") before ``before``, when the text uses that short name again: an interview's or a
    profile's subject, whose answers say only 我們."""
    low = max(item.start, before - RECUR_WINDOW)
    definition = _short_name_definition().search(ctx.text, low, before)
    return None if definition is None else _company_defined(ctx, definition, low)


def _company_defined(
    ctx: DocContext, definition: regex.Match[str], floor: int
) -> PartyCandidate | None:
    """The company a short-name definition opened at ``definition`` names (its clause starts
    at ``floor`` at the earliest), when the text names it again."""
    close = CLOSE_PAREN.search(ctx.text, definition.end(), definition.end() + 40)
    if close is None:
        return None
    start = clause_start(ctx.text, max(floor, definition.start() - 60), definition.start())
    return _recurring(ctx, company_before(ctx.text, start, close.end()))


#: How many of a document's short-name definitions an unnamed section may point back to.
MAX_DEFINITIONS = 50


def _definitions(ctx: DocContext) -> list[tuple[int, PartyCandidate]]:
    """Each company the text defines a short name for, with where the definition opens
    (found once per document; at most ``MAX_DEFINITIONS``)."""
    if ctx._definitions is None:
        found: list[tuple[int, PartyCandidate]] = []
        for definition in islice(_short_name_definition().finditer(ctx.text), MAX_DEFINITIONS):
            company = _company_defined(ctx, definition, 0)
            if company is not None:
                found.append((definition.start(), company))
        ctx._definitions = found
    return ctx._definitions


def _section_of_defined(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    """The company an earlier section defined a short name for, when this section names it
    before or in ``sentence``: a prospectus story's "## 五轮融资" section lists
    "**A轮（2018年3月）**：鹭岛创投领投4000万元……" under the 康湃医疗 its opening defined."""
    for at, company in reversed(_definitions(ctx)):
        if at >= item.start:
            continue
        if any(
            ctx.text.find(n, item.start, sentence.end) >= 0
            for n in (company.name, *company.aliases)
        ):
            return company
    return None


# A document title opening with a company's legal name: "# 上海镕川科技股份有限公司首次公开发行
# 股票并在科创板上市招股说明书" (a prospectus, whose history says only 公司 and 发行人).
@cache
def _zh_title_legal_name() -> regex.Pattern[str]:
    """A title's opening legal name: the events file's suffixes that say 公司 (a 集团 or a
    partnership opening a title is not a prospectus's issuer)."""
    suffixes = [w for w in zh_events()["company"]["legal_suffixes"] if w.endswith("公司")]
    return regex.compile(rf"[#\s*]*(?P<name>\p{{Han}}{{2,20}}?{alternation(suffixes)})")


def _title_company(ctx: DocContext) -> PartyCandidate | None:
    """The company whose legal name opens the document's first line, when the text names it
    again: the subject of a prospectus or an announcement that says only 公司 after."""
    line_end = ctx.text.find("\n")
    first = _zh_title_legal_name().match(ctx.text, 0, line_end if line_end >= 0 else len(ctx.text))
    if first is None:
        return None
    return _recurring(ctx, PartyCandidate(first.group("name"), *first.span("name")))


# "點序科技（QueueNest）": a Chinese name with its Latin name in brackets.
ZH_LATIN_ALIASED = regex.compile(r"(?<=\p{Han})[(（][A-Z][\w .&'’-]{1,40}[)）]")


def _aliased_company(ctx: DocContext, item: Item, before: int) -> PartyCandidate | None:
    """The latest Chinese name the item gives a Latin alias before ``before``, when the text
    names it again: "點序科技（QueueNest）如今已有……。這家新創宣布完成A輪" is about 點序科技."""
    low = max(item.start, before - RECUR_WINDOW)
    last = last_match(ZH_LATIN_ALIASED.finditer(ctx.text, low, before))
    if last is None:
        return None
    start = clause_start(ctx.text, max(low, last.start() - 30), last.start())
    return _recurring(ctx, company_before(ctx.text, start, last.end()))


#: How many of the document's latest events an unnamed section may point back to.
EARLIER_DRAFTS = 8


def _same_company(a: PartyCandidate | None, b: PartyCandidate | None) -> bool:
    if a is None or b is None:
        return True
    names_a = {_key(n) for n in [a.name, *a.aliases]}
    names_b = {_key(n) for n in [b.name, *b.aliases]}
    if names_a & names_b:
        return True
    if any(x in y or y in x for x in names_a for y in names_b if min(len(x), len(y)) >= 2):
        return True
    return _holds_short_name(a, b) or _holds_short_name(b, a)


EN_NAME_WORD = regex.compile(r"[A-Za-z]{4,}")


def _holds_short_name(legal: PartyCandidate, short: PartyCandidate) -> bool:
    """ "Hangzhou Yunpai New Energy Technology Co., Ltd." and "Yunpai Charging": an English
    legal name holds the short name's first word. Not the legal name's first word, which is
    mostly a city ("Hangzhou Foo" and "Hangzhou Bar Co., Ltd." are two companies)."""
    suffixes = en_events()["company"]["legal_suffixes"]
    for name in [legal.name, *legal.aliases]:
        if not name.endswith(tuple(suffixes)):
            continue
        words = EN_NAME_WORD.findall(name)[1:]
        for other in [short.name, *short.aliases]:
            first = EN_NAME_WORD.match(other)
            if first and first.group()[0].isupper() and first.group() in words:
                return True
    return False


_KEY_DROP = str.maketrans("", "", " \t\n\r\u3000\"'“”「」")


def _key(name: str) -> str:
    return name.translate(_KEY_DROP).lower()


# "AUSTIN, Texas, March 4, 2025 /PRNewswire/ -- Foo", "SINGAPORE, March 3 (Reuters) - Foo".
EN_DATELINE = regex.compile(
    r"\s*(?:[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3},[^\n]{1,60}?"
    r"(?:\s/[^/\n]{1,30}/|\s\([^()\n]{1,30}\))?\s(?:--|-|—|–)\s"
    # "Bengaluru, October 28, 2025: ", "Leeds, 3 March 2025 — ": a title-case city and a date.
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:,\s\d{4})?"
    r"|\d{1,2}\s[A-Z][a-z]{2,8}\.?(?:,?\s\d{4})?)\s?(?::|--|-|—|–)\s"
    # "[Shanghai, March 4] Foo announced": a bracketed dispatch line.
    r"|[\[(][A-Z][^\[\]()\n]{1,40}?\d{1,2}(?:,\s\d{4})?[\])]\s?(?:(?::|--|-|—|–)\s)?)"
)


@cache
def _en_source_opener() -> regex.Pattern[str]:
    """ "According to figures compiled by X, ": the source, before the subject."""
    words = alternation(en_events()["company"]["source_openers"], flags="i")
    return regex.compile(rf"\s*{words}\s[^,\n]{{1,120}},\s")


@cache
def _en_generic_subject() -> regex.Pattern[str]:
    """ "Brazilian fintech startups raised": a plural subject, a sector and not a company."""
    plurals = alternation(en_events()["company"]["generic_plurals"], flags="i")
    return regex.compile(rf"\s*(?:[\w-]+\s){{0,3}}{plurals}(?![\w-])")


# A numbered item or thread post: "4/ On June 17, ...", "12. Kelvinshore raised".
EN_LIST_NUMBER = regex.compile(r"[ \t]*\d{1,3}(?:/|\.|\))[ \t]+(?=\S)")


@cache
def _en_participle_opener() -> regex.Pattern[str]:
    """ "Founded in Bengaluru in 2018 by two executives, ": a participle phrase, then its subject."""
    words = alternation(en_events()["company"]["participle_openers"])
    return regex.compile(rf"\s*{words}\s(?:in|by|at|on|out|from)\s[^,\n]{{1,120}},\s")


def _en_subject_start(text: str, start: int, anchor: int) -> int:
    """Where an English sentence's subject starts: after a list number ("4/ ", "12. "), a
    dateline, a source opener or a participle phrase."""
    for opener in (EN_LIST_NUMBER, EN_DATELINE, _en_source_opener(), _en_participle_opener()):
        found = opener.match(text, start, anchor)
        if found:
            start = found.end()
    return start


def _en_reports_aggregate(ctx: DocContext, sentence: Sentence, anchor: int) -> bool:
    if is_chinese(ctx.text[sentence.start : anchor]):
        return False
    start = _en_subject_start(ctx.text, sentence.start, anchor)
    if _en_generic_subject().match(ctx.text, start, anchor) is None:
        return False
    # "In 2021 the founders raised": the company's founders, a pronoun for it, not a sector.
    return _en_pronoun_regexes()[0].search(ctx.text, max(start, anchor - 48), anchor) is None


EN_HAD_RAISED = regex.compile(r"\bhad\s(?:(?:previously|already|earlier)\s)?(?:raised|secured)\b")
#: How far back in its item an exit ("was acquired by", "IPO") makes "had raised" a history.
EXIT_REACH = 300


def _en_raised_before_exit(ctx: DocContext, item: Item, sentence: Sentence, anchor: int) -> bool:
    """True for "The Lyon-based company had raised €30m from investors including Blauwbrug
    Capital." after "was acquired by Ordex Group": the money a company raised before its exit,
    not a round."""
    if not EN_HAD_RAISED.search(ctx.text, sentence.start, min(sentence.end, anchor + 12)):
        return False
    low = max(item.start, sentence.start - EXIT_REACH)
    return _cue_regex("not_round").search(ctx.text, low, sentence.start) is not None


def _zh_ipo_raise(ctx: DocContext, item: Item, sentence: Sentence) -> bool:
    """True for "此次拟募资9.6亿元" after "审议通过翼联新材的首发申请" in the same item: the money
    an IPO raises, not a round (cues.ipo_raise_verbs after cues.ipo_words)."""
    if not _zh_words("cues", "ipo_raise_verbs").search(ctx.text, sentence.start, sentence.end):
        return False
    low = max(item.start, sentence.start - EXIT_REACH)
    return _zh_words("cues", "ipo_words").search(ctx.text, low, sentence.end) is not None


# "Irongate Seed", "Marsk Angels": a capitalised word, then a stage word closing a firm's name.
EN_NAME_STAGE_WORDS = frozenset({"Seed", "Angel", "Angels"})
EN_CAPITALISED_BEFORE = regex.compile(r"(?<![\w$€£¥.,])[A-Z][\w'’&-]*\s\Z")
EN_ROUND_NOUN_AFTER = regex.compile(
    r"(?i)[\s-]+(?:round|rounds|funding|financing|extension|stage|deal|money|investment|cheque|check)\b"
)


def _en_round_in_name(text: str, mention: RoundMention) -> bool:
    """True for "Seed" or "Angels" ending an investor's name ("Cotswold Signal and Irongate
    Seed rounded out the round"), not "an oversubscribed Seed round"."""
    if text[mention.start : mention.end] not in EN_NAME_STAGE_WORDS:
        return False
    if not EN_CAPITALISED_BEFORE.search(text, max(0, mention.start - 30), mention.start):
        return False
    return EN_ROUND_NOUN_AFTER.match(text, mention.end) is None


@cache
def _zh_counted_rounds() -> regex.Pattern[str]:
    """A count of deals or companies ending right before a round (zh ``rounds.count_measures``,
    ``counted_companies``, ``counted_verbs``): "1起上市公司定增" is a statistic."""
    words = zh_events()["rounds"]
    return regex.compile(
        rf"(?<![第\d])(?:\d+|[二两三四五六七八九十几数多]+)"
        rf"(?:{alternation(words['count_measures'])}[^,，。;；:：\d]{{0,8}}"
        rf"|{alternation(words['counted_companies'])}{alternation(words['counted_verbs'])}(?:了)?)$"
    )


def _is_reference(text: str, mention: RoundMention) -> bool:
    """ "since its Series A": a round named as a point in time, not reported; "checks of $5
    million, mostly in Series A rounds": a kind of round, not one round."""
    found = _cue_regex("round_references").search(text, max(0, mention.start - 24), mention.start)
    if found is not None and not text[found.end() : mention.start].strip():
        return True
    if _en_round_in_name(text, mention):
        return True
    if holder_after(text, mention.start, mention.end, len(text)):
        return True  # "A轮领投方丰穰资本继续加注": who holds an earlier round, not a round
    if _zh_compared(text, mention):
        return True  # "估值较B轮时高出一倍": the round compared with, not reported
    if mention.canonical is None and _zh_words("rounds", "unnamed_other").match(text, mention.end):
        return True  # "启动新一轮裁员": a new round of something else
    if ROUND_AS_POINT.match(text, mention.end) and _bare_before(text, mention.start):
        return True  # "A轮之后，公司把市场……": a point in time ("继1.2亿元A轮之后" reports one)
    if _zh_counted_rounds().search(text, max(0, mention.start - 16), mention.start):
        return True  # "2起并购和1起上市公司定增", "共有7家公司完成C轮": a count, not a round
    if _negated_round().search(text, max(0, mention.start - 40), mention.start):
        return True  # "after failing to raise a Series B", "因未能完成B轮融资": no round
    if mention.canonical == "debt" and _debt_used().search(
        text, max(0, mention.start - 50), mention.start
    ):
        return True  # "to repay a $150 million term loan", "funded partly by a new term loan"
    en_kind, zh_kind = _kind_after()
    if en_kind.match(text, mention.end, mention.end + 60):
        return True  # "first checks into seed and Series A companies": a stage, not a round
    if zh_kind.match(text, mention.end, mention.end + 24) or ZH_RANGE_BEFORE.search(
        text, max(0, mention.start - 14), mention.start
    ):
        # "将专注投资A轮至B轮的硬科技企业", "锁定B轮前的新创", "早期融资（种子轮—A+轮）":
        # a stage or a range of stages, not a round
        return True
    plural = text[mention.end - 6 : mention.end].lower() == "rounds"
    return bool(
        (plural or EN_ROUNDS_AFTER.match(text, mention.end, mention.end + 60))
        and _en_kind_of_round().search(text, max(0, mention.start - 60), mention.start)
    )


@cache
def _debt_used() -> regex.Pattern[str]:
    """A loan repaid or spent on a deal, ending right before the debt word."""
    words = alternation(en_events()["rounds"]["debt_uses"], flags="i")
    return regex.compile(rf"(?<![A-Za-z]){words}\s(?:[^\s.;]+\s){{0,4}}$")


# "天使轮之后一年多一点": a round named as a point in time.
ROUND_AS_POINT = regex.compile(r"(?:之后|以后|过后|之前|以前|前(?![估的]))")
# What, before a round in its clause, says the round is told, not only named: an amount, a
# backer's or the company's verb ("继2022年1.2亿元A轮之后", "拿到星澜资本领投的A轮之后").
ZH_ROUND_TOLD_BEFORE = regex.compile(
    r"\d|[一二三四五六七八九十百千万亿]|领投|拿到|完成|获得|继|投资|融资"
)


def _bare_before(text: str, start: int) -> bool:
    """True when nothing in the round's clause before ``start`` tells of the round."""
    window = text[max(0, start - 24) : start]
    stop = max(window.rfind(c) for c in "，,。；;！？!?\n")
    return ZH_ROUND_TOLD_BEFORE.search(window, stop + 1) is None


#: How far after a round the words saying it fell through may stand (characters).
COLLAPSE_REACH = 48


@cache
def _collapsed_round() -> regex.Pattern[str]:
    """The rest of a round's sentence, up to words saying the round fell through."""
    zh, en = zh_events()["rounds"]["collapsed"], en_events()["rounds"]["collapsed"]
    return regex.compile(rf"[^。.!?！？\n]*?(?:{alternation(zh)}|\b{alternation(en, flags='i')}\b)")


@cache
def _negated_round() -> regex.Pattern[str]:
    """A negation ending right before a round, at most a few words or an amount between."""
    zh, en = zh_events()["rounds"]["negations"], en_events()["rounds"]["negations"]
    return regex.compile(
        rf"(?:{alternation(zh)}[^，,。；;\s]{{0,12}}"
        rf"|(?<![A-Za-z]){alternation(en, flags='i')}\s(?:[^\s.;]+\s){{0,4}})$"
    )


# A plural "rounds" closing a chain of rounds ("seed, Series A and Series B rounds").
ROUND_WORD = r"(?:(?:pre-)?[\w-]+(?:\s[A-J][+1-9]*)?)"
#: How far into a sentence a round named as a point in time may stand (characters).
TIME_CLAUSE_OPENING = 8


# "天使轮完成约半年后，…": a round named as a point in time; the time clause ends at 后 (the
# text is simplified, so 後 never stands here).
@cache
def _round_as_time() -> regex.Pattern[str]:
    verbs = alternation(zh_events()["rounds"]["time_clause_verbs"])
    return regex.compile(rf"(?:{verbs})[^,。;\n]{{0,8}}?后")


def _time_clause_end(text: str, sentence: Sentence, rounds: list[RoundMention]) -> int:
    """Where "天使轮完成约半年后" ends when it opens the sentence, else the sentence's start."""
    for mention in rounds:
        if mention.start - sentence.start > TIME_CLAUSE_OPENING:
            break
        after = _round_as_time().match(text, mention.end, sentence.end)
        if after is not None:
            return after.end()
    return sentence.start


ZH_RANGE_BEFORE = regex.compile(
    # "从天使到B轮", "从种子、天使到B轮都有案例": the second end of a range.
    r"(?:轮|[A-Z]\+?)[—–~～至到-]{1,2}$|从[^,，。;；\n从]{1,10}到$"
)


@cache
def _kind_after() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """What follows a round that names a kind of company, not a round: English ("seed and
    Series A companies", "Series B-stage"), Chinese (a range to another round, or 前/前后/阶段/
    的 and a kind noun: "A轮至B轮的硬科技企业", "B轮前的新创")."""
    en_nouns = alternation(en_events()["rounds"]["kind_nouns"])
    zh_nouns = alternation(zh_events()["rounds"]["kind_nouns"])
    return (
        regex.compile(rf"(?:(?:,\s|\s(?:and|or|to|&)\s){ROUND_WORD}){{0,3}}[\s-]{en_nouns}\b"),
        regex.compile(
            r"[—–~～至到-]{1,2}|(?:(?:前后|之前|以前|前|阶段)的?|的)"
            rf"(?:(?!投|为|是|由)[^，。；\n]){{0,12}}?{zh_nouns}"
            # "A轮中位数从1.4亿元降到1.1亿元": a statistic of the stage
            rf"|{alternation(zh_events()['rounds']['statistics'])}"
        ),
    )


EN_ROUNDS_AFTER = regex.compile(rf"(?:(?:,\s|\s(?:and|or|&)\s){ROUND_WORD}){{0,3}}\srounds\b")


@cache
def _en_kind_of_round() -> regex.Pattern[str]:
    """A preposition opening the chain without a determiner: "mostly in Series A rounds"."""
    words = alternation(en_events()["rounds"]["kind_openers"])
    return regex.compile(
        rf"(?i)(?<![A-Za-z]){words}\s(?:{ROUND_WORD}(?:,\s|\s(?:and|or|&)\s)){{0,3}}$"
    )


#: A run of at most five capitalised words: a company's name in English.
EN_CAPITALISED_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})"
# A roundup line: a bullet, a name, then a dash, a colon or a bar.
EN_BULLET_NAME = regex.compile(rf"[ \t]*[•▪◦*-][ \t]+{EN_CAPITALISED_NAME}(?:\s[-—–|]|:)\s")


def _opens_with_date(text: str, start: int, date_start: int) -> bool:
    """True when only a time preposition stands before the date: "On March 12, Foo raised"."""
    before = text[start:date_start].strip()
    return bool(before) and len(before) <= 8 and en_time_opener().fullmatch(before) is not None


# A roundup line's company before a colon, after a list number or in bold: "1. 镝昂光电：7月
# 完成……", "**岑朔科技**：11月10日完成……", "**Pawtrail** 這款寵物健康App近日完成".
@cache
def _zh_line_name() -> regex.Pattern[str]:
    demonstratives = _zh_words("company", "demonstratives").pattern
    return regex.compile(
        rf"[ \t]*(?:{LIST_NUMBER.pattern}(?P<name>[^\s：:，,。；;、]{{2,12}})[：:]"
        # A bold name's line goes on in Chinese ("**来源**：[Foo raises …](…)" is a source note);
        # a bar may stand for the colon ("**霂遠航運** | 新加坡的航運平台，7月10日完成"), and
        # a description pointing back at it for the space ("**Pawtrail** 這款寵物健康App").
        rf"|\*\*(?P<name>[^\s：:，,。；;、*]{{2,12}})\*\*[ \t]*+"
        rf"(?:[：:|｜][ \t]*(?=[\p{{Han}}\d])|(?={demonstratives})))"
    )


# "## 追加：A轮之后的A+轮": a feature's section heading opening with a keyword and a colon.
ZH_SECTION_LABEL = regex.compile(r"[ \t]*#{2,6}[ \t]+[^\s：:，,。；;、]{1,8}[：:]")


def _section_label(ctx: DocContext, sentence: Sentence) -> bool:
    """True for a section heading "关键词：…" that reports nothing ("## 高点：B轮投后估值40
    亿元"): its keyword names the section, not the company. "## 镜岫：完成4亿元C轮融资" has a
    completion verb after the colon and keeps its company."""
    if not sentence.headline:
        return False
    label = ZH_SECTION_LABEL.match(ctx.text, sentence.start, sentence.end)
    return label is not None and not _trigger_regex().search(ctx.text, label.end(), sentence.end)


#: How far after a section heading its label must recur to be a company's name (characters).
SECTION_NAME_READ = 600


def _section_company(ctx: DocContext, sentence: Sentence) -> PartyCandidate | None:
    """The company a section heading opens with ("## 絮還纖維：「我們領投了天使輪」"), when the
    section names it again right after and it is no investor's: a keyword ("## 高点：B轮投后估值40亿元") seldom recurs,
    and a name of two characters is too often a keyword to tell."""
    label = ZH_SECTION_LABEL.match(ctx.text, sentence.start, sentence.end)
    if label is None:
        return None
    name_end = label.end() - 1
    named = company_before(ctx.text, label.start(), name_end)
    if named is None or len(named.name) < MIN_FALLBACK_NAME - 1 or is_institution(named.name):
        return None  # "## 赤兔创投：参投竹蜻蜓机器人B轮" is the investor's section
    read = min(len(ctx.text), sentence.end + SECTION_NAME_READ)
    return named if ctx.text.find(named.name, sentence.end, read) >= 0 else None


ZH_NUMBERED_OPENING = regex.compile(rf"\s*(?:{LIST_NUMBER.pattern})?\s*")
# "11. 【农业|9月5日】智慧养殖企业…": a digest line's sector tag, whose date is no boundary.
ZH_TAG_OPENING = regex.compile(rf"\s*(?:{LIST_NUMBER.pattern})?\s*【[^【】\n]{{0,24}}】")


@cache
def _zh_talks_with() -> regex.Pattern[str]:
    """ "正与……洽谈", "和……谈判": the party after 与 is the other side of the talks (an
    investor), the company stands before it; so does the party after 向 in "向桐岸创投募得"."""
    company = zh_events()["company"]
    talks, raised = company["talks_with"], company["raised_from"]
    return regex.compile(
        rf"(?:正在|正|已)?{alternation(talks['joins'])}[^，,。；;与跟]{{1,40}}?"
        rf"(?:{alternation(talks['verbs'])})"
        rf"|(?:{alternation(raised['openers'])})?{alternation(raised['joins'])}[^，,。；;向]{{2,30}}?"
        rf"(?:{alternation(raised['verbs'])})"
    )


def _past_zh_byline(text: str, clause: int, anchor: int) -> int:
    """Where a Chinese clause's subject starts, past a tag ("【记者…／台北报导】"), a list
    number and a dateline ("1. （中央社記者王小明台北20日電）": its 20日 is no boundary)."""
    tag = ZH_TAG_OPENING.match(text, clause, anchor)
    clause = tag.end() if tag else clause
    opening = ZH_NUMBERED_OPENING.match(text, clause, anchor)
    dateline = zh_dateline().match(text, opening.end() if opening else clause, anchor)
    return dateline.end() if dateline is not None else clause


def _company_for(
    ctx: DocContext,
    sentence: Sentence,
    anchor: int,
    main: PartyCandidate | None,
    item_drafts: list[Draft],
) -> PartyCandidate | None:
    chinese = is_chinese(ctx.text[sentence.start : anchor])
    if chinese and sentence.headline:
        named = _section_company(ctx, sentence)
        if named is not None:
            return named
    if chinese and _section_label(ctx, sentence):
        return None
    bullet = None if chinese else EN_BULLET_NAME.match(ctx.text, sentence.start, anchor)
    if bullet is not None:
        # "• Kelvinshore: $8 million Series A-2", "• Brinewell Energy - The Reno-based maker
        # of ... pulled in $27 million": a roundup's line opens with its company.
        named = company_before(ctx.text, *bullet.span("name"))
        if named is not None and _key(named.name) not in _pronouns():
            return named
    opens_line = sentence.start == 0 or ctx.text[sentence.start - 1] == "\n"
    if chinese and opens_line and not ctx.interview and not is_card(ctx.text, sentence):
        # One character past the anchor: a bold name's lookahead reads the line's next word.
        labelled = _zh_line_name().match(ctx.text, sentence.start, anchor + 1)
        if labelled is not None:
            # "1. 镝昂光电：7月完成1.6亿元B轮融资": a roundup line opens with its company.
            named = company_before(ctx.text, *labelled.span("name"))
            if named is not None and _key(named.name) not in _pronouns():
                return named
    # English subjects carry appositives between commas; Chinese clauses end at commas.
    if chinese:
        clause = _past_zh_byline(ctx.text, clause_start(ctx.text, sentence.start, anchor), anchor)
    else:
        clause = _en_subject_start(ctx.text, sentence.start, anchor)
    if ctx.interview and (clause == 0 or ctx.text[clause - 1] == "\n"):
        speaker = SPEAKER_LABEL.match(ctx.text, clause, anchor)
        if speaker is not None:
            clause = (
                speaker.end()
            )  # "吳庭萱：A輪是去年3月關的": the answer's subject is the company
    start, end, after_date = clause, anchor, clause
    for date in _within(start, anchor, ctx.dates):
        if date.start <= start + 1 or _opens_with_date(ctx.text, start, date.start):
            start = max(start, date.end)  # "9月3日星河科技完成", "On March 12, Foo raised"
        elif date.end <= end and "的" not in ctx.text[date.end : end]:
            # "星河科技今年3月完成", "翔岳航太於2023年完成"; a date in a descriptor stays in it
            # for the descriptor to be stripped: "成立于2017年的擎仓科技于12月2日完成".
            end, after_date = min(end, date.start), max(after_date, date.end)
    if chinese and end > start:
        # The talks verb may be the anchor itself: read two characters past it.
        talks = _zh_talks_with().search(ctx.text, start, min(end + 2, sentence.end))
        if talks is not None and talks.start() < end:
            end = talks.start()  # "硯波智能正與……Kelvinrow Fab Ventures洽談C輪": the subject
    company = company_before(ctx.text, start, end) if end > start else None
    if company is None and chinese and end == anchor and ctx.text.endswith("的", start, end):
        # "絮還纖維的A輪在2023年秋天完成", "星河科技的A轮融资由红杉领投": the round's owner,
        # when the text names it again (a description before 的 seldom recurs).
        # Not after a date ("2022年年中的C輪", "同年秋天的A轮") nor in a section heading
        # ("## 下修的C輪"): there the words before 的 tell when or how.
        owner = company_before(ctx.text, start, end - 1)
        line = ctx.text.rfind("\n", 0, start) + 1
        if (
            owner is not None
            and not ctx.text.startswith("#", line)
            and not any(d.end >= owner.start - 1 for d in _within(line, owner.start, ctx.dates))
        ):
            company = _recurring(ctx, owner)
    if company is None and not chinese and end < after_date < anchor and not sentence.headline:
        # "The largest cheque this year went to Basinrun Metals, which raised": the name
        # follows the date (a headline listing several deals is left to its clauses).
        company = company_before(ctx.text, after_date, anchor)
    if company is None and not chinese:
        # "Veridane Therapeutics said on Thursday that it had raised": the reporter is the
        # subject of the raise.
        reported = EN_REPORTED_RAISE.search(ctx.text, max(start, end - 80), end)
        if reported is not None and reported.start() > start:
            company = company_before(ctx.text, start, reported.start())
    if (
        company is None
        and chinese
        and clause > sentence.start
        and _key(ctx.text[start:end].strip()) not in _pronouns()
    ):
        # "……起家的學森數位，2025年3月18日完成": the subject stands in the clause before,
        # unless that clause tells a round of its own ("早期的天使轮……依然活跃，而……B轮") or
        # this one has a pronoun subject ("回顧樂齡匯的募資歷程，2022年它完成").
        previous = clause_start(ctx.text, sentence.start, clause - 1)
        if not _within(previous, clause, ctx.rounds):
            founded = _zh_founding().search(ctx.text, previous, clause - 1)
            if founded is not None and previous == sentence.start:
                # "星河科技成立于2020年，2023年完成A轮融资": the founding clause's subject.
                named = company_before(ctx.text, previous, founded.start())
                return named if named is not None and _key(named.name) not in _pronouns() else main
            if previous == sentence.start:
                # "轨九航天专注于……的研制，此前曾在2023年获得铁杉资本领投的A轮投资", "菌言科技做的
                # 是饲料和洗涤用酶，7月宣布完成": the name before the opening clause's verb
                # saying what the company does, when the text names it again.
                profile = _zh_profile_clause().match(ctx.text, previous, clause - 1)
                named = company_before(ctx.text, previous, profile.end()) if profile else None
                if (
                    profile is not None
                    and named is not None
                    and ctx.text.startswith("是", profile.end())
                ):
                    named = _recurring(ctx, named)  # "工业仿真软件是……": a sector, unless repeated
                if named is not None and len(named.name) >= MIN_FALLBACK_NAME:
                    company = _not_speaker(ctx, named)
            if company is None:
                named = company_before(ctx.text, previous, clause - 1)
                company = _recurring(ctx, named)
                if company is None and previous == sentence.start:
                    company = _described_name(ctx, named, previous, clause, anchor)
    subject = ctx.text[start:end].strip().lower()
    if not chinese and subject in _en_previous_subject_words():
        # "Germany's Ostmark Systems, a developer of radios, is further along. It closed ...":
        # "it", "the company" is the company the previous sentence opens with; failing that,
        # "the company" is left to the topic ("[Beijing, March 5] Kuanjing AI, a …").
        told = _en_previous_subject(ctx, sentence)
        if told is not None or subject == "it":
            return told or main
    if company is None and not chinese and _en_described_subject().match(ctx.text, start, end):
        return None  # "The Osaka company, which ..., said": let the topic decide
    if (
        company is None
        and not chinese
        and EN_PARTICIPLE.search(ctx.text, max(start, anchor - 60), anchor + 16)
    ):
        # "Baridi Chain took a similar route in February, raising $6 million": the name
        # opening the main clause is the participle's subject when the text names it again.
        opening = EN_OPENING_SUBJECT.match(ctx.text, start, end)
        if opening is not None:
            company = _recurring(ctx, company_before(ctx.text, *opening.span("name")))
    if company is not None and chinese and _key(company.name) in _pronouns():
        # "晶還循環本輪估值達到新台幣10億元，是其2022年天使輪時……": the company this sentence
        # named before its pronoun, when an event of the text is that company's.
        recent = [*ctx.drafts[-EARLIER_DRAFTS:], *item_drafts]
        return (
            _drafted_company_in(recent, ctx.text, sentence.start, company.start)
            or (_zh_profiled_before(ctx, sentence) if ctx.interview else None)
            or main
        )
    if company is None and chinese and ctx.interview and "它" in ctx.text[clause:anchor]:
        # "我們在2021年就跟投了它的種子輪": in an interview, "它" is the company the answer
        # described last.
        company = _zh_profiled_before(ctx, sentence)
    if company is None and chinese:
        # "南灣天使會……共同投資新台幣1,200萬元，蝦米智能就此完成天使輪": a later clause's subject.
        company = _not_speaker(ctx, _zh_later_clause_subject(ctx, sentence, anchor))
    if company is None or _key(company.name) in _pronouns():
        return main
    if chinese and _zh_words("company", "demonstratives").match(ctx.text, start, company.start):
        return main  # "这个以写字楼自提店起家的连锁品牌": a description of the item's company
    return company


@cache
def _zh_founding() -> regex.Pattern[str]:
    """ "成立于2020年", "於2020年創立", "由两位校友于2020年创立": the founding verb (and what
    stands between the name and it) of a clause that tells when a company began."""
    verbs = alternation(zh_events()["company"]["founded_clause_verbs"])
    return regex.compile(rf"(?:由[^，,。；;]{{1,20}}?)?(?:[于於在]\d{{4}}年)?(?:{verbs})(?!的)")


# A sentence opening with a name, possibly a place's, then an appositive or a topic verb:
# "Germany's Ostmark Systems, a developer of radios, ...", "Tallyhome is ...".
@cache
def _en_opening_name() -> regex.Pattern[str]:
    verbs = alternation(en_events()["company"]["topic_verbs"])
    return regex.compile(
        r"\s*(?:[A-Z][\w.-]*['’]s\s)?(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})"
        rf"(?=,\s(?:a|an|the)\s|\s{verbs}\b)"
    )


@cache
def _en_bold_opening_name() -> regex.Pattern[str]:
    """A newsletter item's bold name opening a sentence, perhaps with its home town, before a
    description or a verb: "**Kvitto** (Stockholm), whose app …", "**Halden Bio** says"."""
    verbs = alternation(en_events()["company"]["topic_verbs"])
    return regex.compile(
        r"\s*\*\*(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})\*\*"
        rf"(?:\s\([^()\n]{{1,40}}\))?(?=,\s(?:a|an|the|whose|which)\s|\s{verbs}\b)"
    )


def _en_previous_subject(ctx: DocContext, sentence: Sentence) -> PartyCandidate | None:
    """The name opening the sentence before ``sentence`` ("Ostmark Systems, a …, is …")."""
    # Bounded: only the last 400 characters are read, so many "It" sentences stay linear.
    low = max(0, sentence.start - 400)
    # A paragraph's first sentence goes on from the last sentence of the paragraph before.
    end = low + len(ctx.text[low : sentence.start].rstrip())
    newline = ctx.text.rfind("\n", low, end)
    if newline >= 0:
        low = newline + 1
    stops = [m.end() for m in EN_SENTENCE_STOP.finditer(ctx.text, low, end)]
    start = stops[-1] if stops else low
    opening = (
        _en_opening_name().match(ctx.text, start, end)
        or _en_bold_opening_name().match(ctx.text, start, end)
        # "Quiverly's path to an exit follows a pattern. … The company raised"
        or _en_possessive_opening().match(ctx.text, start, end)
    )
    if opening is not None and opening.group("name") in _en_places():
        return None  # "As India's digital lending market grew"
    if opening is None or en_time_opener().match(opening.group("name")):
        return None
    company = company_before(ctx.text, *opening.span("name"))
    if company is None or _key(company.name) in _pronouns():
        return None
    return company


EN_SENTENCE_STOP = regex.compile(r"[.!?]\s")


@cache
def _en_possessive_opening() -> regex.Pattern[str]:
    """ "Quiverly's path to an exit …": a sentence opening with a name's possessive."""
    openers = alternation(en_events()["company"]["possessive_not_openers"])
    return regex.compile(
        rf"\s*(?!(?:{openers})\s)(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}})['’]s\s"
    )


@cache
def _en_previous_subject_words() -> frozenset[str]:
    return frozenset(en_events()["company"]["previous_subject_words"])


EN_REPORTED_RAISE = regex.compile(
    r"\s(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|revealed"
    r"|reveals|told\s[\w\s]{1,30}?)(?:\s(?:on|this|last|late|early)\s\w+)?(?:\sthat)?"
    r"(?:\s(?:it|the\scompany|the\sstartup|the\sfirm|they))?(?:\s(?:has|had|have))?\s*$"
)
EN_PARTICIPLE = regex.compile(
    r",\s(?:raising|securing|closing|landing|bringing\sin|picking\sup|pulling\sin)\b"
)
EN_OPENING_SUBJECT = regex.compile(
    r"\s*(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})\s(?=[a-z])"
)


@cache
def _zh_topic() -> regex.Pattern[str]:
    verbs = alternation(zh_events()["company"]["topic_verbs"])
    return regex.compile(rf"[^，,。；;：:]{{2,14}}?(?={verbs})")


@cache
def _zh_profile_clause() -> regex.Pattern[str]:
    """A clause's subject, up to the verb that says what the company does ("轨九航天专注于")."""
    company = zh_events()["company"]
    verbs = alternation(company["profile_clause_verbs"])
    # "工业仿真软件开发商澜栖科技": 开发 in a maker's noun is no verb.
    nouns = alternation(company["profile_verb_nouns"])
    # "为东南亚电商提供仓储调度的Tandemly": a clause opening with a preposition has no subject.
    openers = alternation(company["profile_not_openers"])
    return regex.compile(rf"(?!{openers})[^，,。；;：:]{{2,14}}?(?=(?:{verbs})(?!{nouns}))")


# 綺夢互動以增資方式戰略投資漫潮娛樂5億元: the subject invests, the object is funded.
ZH_INVEST_TARGET = regex.compile(
    r"(?:了)?(?P<target>[^,，。;；\d]{2,16}?)(?=\d|[约近超逾数几]|[,，。;；]|$)"
)


def _investor_subject(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention]
) -> tuple[PartyCandidate, PartyCandidate] | None:
    """(funded company, investor) when the sentence says "X invests in Y", else None."""
    for mention in rounds:
        if mention.canonical != "strategic" or "投资" not in ctx.text[mention.start : mention.end]:
            continue
        head = ctx.text.rfind("投资", mention.start, mention.end)
        # Bounded window: a name follows within a few characters (linear on pathological input).
        target = ZH_INVEST_TARGET.match(ctx.text, head + 2, min(sentence.end, head + 40))
        if target is None:
            continue
        company = company_before(ctx.text, *target.span("target"))
        start = clause_start(ctx.text, sentence.start, mention.start)
        backer = company_before(ctx.text, start, mention.start)
        if company is not None and backer is not None:
            return company, backer
    return None


@cache
def _zh_capital_increase() -> regex.Pattern[str]:
    """ "参与岷川新材增资", "对储能企业鲸电能源进行增资", "增资入股鲸电能源": the funded company
    of a capital increase another company joins (group ``target``; bounded lengths)."""
    words = zh_events()["investors"]["capital_increase"]
    name = r"[^，,。；;：:、\d【】]{2,24}?"
    return regex.compile(
        rf"(?:{alternation(words['before'])})(?P<target>{name})(?:{alternation(words['after'])})"
        rf"|(?:{alternation(words['opening'])})(?P<target>{name})(?=[，,。；;】]|$)"
    )


@cache
def _zh_filer() -> regex.Pattern[str]:
    """ "瑞楠股份公告称", "沪嘉精密：": a sentence's opening name, before a filing verb."""
    verbs = alternation(zh_events()["investors"]["filing_verbs"])
    return regex.compile(rf"(?P<name>[^，,。；;：:]{{2,16}}?)(?:{verbs}|[：:])")


def _zh_capital_increase_of(
    ctx: DocContext, sentence: Sentence
) -> tuple[PartyCandidate, PartyCandidate | None] | None:
    """(funded company, investor or None) when a sentence says "甲拟以8000万元对乙进行增资":
    the investor's sum is its own stake (kept on the investor), not the round's size."""
    text = ctx.text
    match = _zh_capital_increase().search(text, sentence.start, sentence.end)
    if match is None:
        return None
    if _zh_words("investors", "capital_increase_not").search(text, *match.span("target")):
        return None  # "公司拟向全资子公司峄阳新能源增资5亿元": a parent funds its own unit
    company = company_before(text, *match.span("target"))
    if company is None or _key(company.name) in _pronouns() or _round_named_by(ctx, company):
        return None  # "澄芯微本轮（B轮）增资总额为……": the round's own sentence tells it
    start, amounts = _capital_increase_clause(ctx, sentence, match)
    stake = (amounts[-1].start, amounts[-1].end) if amounts else None
    end = amounts[0].start if amounts else match.start()
    opener = _zh_words("investors", "stake_openers").search(text, start, end)
    backer = investor_before(text, start, opener.start() if opener else end)
    if backer is None or _key(backer.name) in _pronouns():
        # "瑞楠股份公告称，公司拟以自有资金……": "公司" is the filer the sentence opens with.
        opening = _past_zh_byline(text, sentence.start, match.start())
        # "**10:21 【沪嘉精密：拟出资……】": a flash's headline opens inside its bracket.
        opening = text.rfind("【", opening, match.start()) + 1 or opening
        filer = _zh_filer().match(text, opening, match.start())
        backer = investor_before(text, *filer.span("name")) if filer else None
    if backer is None or _key(backer.name) in _pronouns() or backer.name == company.name:
        return company, None
    return company, replace(backer, role="participant", amount_span=stake)


#: How many of a name's mentions, and how far after each, to look for its round.
NAMED_ROUND_MENTIONS, NAMED_ROUND_REACH = 20, 12


def _round_named_by(ctx: DocContext, company: PartyCandidate) -> bool:
    """True when a round mention follows one of the company's mentions closely."""
    position = ctx.text.find(company.name)
    for _ in range(NAMED_ROUND_MENTIONS):
        if position < 0:
            return False
        end = position + len(company.name)
        if _within(end, end + NAMED_ROUND_REACH, ctx.rounds):
            return True
        position = ctx.text.find(company.name, end)
    return False


def _capital_increase_clause(
    ctx: DocContext, sentence: Sentence, match: regex.Match[str]
) -> tuple[int, list[Money]]:
    """Where the subject of a capital increase's clause starts, and the sums before its verb."""
    start = clause_start(ctx.text, sentence.start, match.start())
    start = _past_zh_byline(ctx.text, start, match.start())
    return start, _within(start, match.start(), ctx.money)


def _capital_increase_stakes(ctx: DocContext, sentence: Sentence) -> set[int]:
    """Starts of the sums a sentence gives as an investor's own stake in a capital increase
    ("【瑞楠股份拟5000万元参与岷川新材增资】……公司拟以自有资金5000万元认购……": both)."""
    stakes: set[int] = set()
    for match in _zh_capital_increase().finditer(ctx.text, sentence.start, sentence.end):
        amounts = _capital_increase_clause(ctx, sentence, match)[1]
        if amounts:
            stakes.add(amounts[-1].start)
    return stakes


# "栩禾资本去年领投了常州微构新材料有限公司的Pre-B轮": investor, verb, company, 的, round.
@cache
def _zh_backed_round_of() -> regex.Pattern[str]:
    investors = zh_events()["investors"]
    verbs = investors["backed_round_verbs"]
    backing = rf"(?:(?P<lead>{alternation(verbs['lead'])})|{alternation(verbs['participant'])})"
    bare = investors["bare_backed_round_verbs"]
    lead_bare = [verb for verb in bare if verb in verbs["lead"]]
    bare_backing = rf"(?:(?P<lead>{alternation(lead_bare)})|{alternation(bare)})"
    # "北汇资本宣布领投栈桥的种子轮": after 宣布 the verb needs no 了.
    return regex.compile(
        rf"{backing}了|(?<={alternation(investors['announced_backing'])}){backing}"
        rf"|{bare_backing}"
        rf"|(?P<toward>{alternation(investors['toward_round_verbs'])})"
        rf"(?!{alternation(investors['toward_not'])})"
    )


#: How far before a round its 的 and the verb before the company may stand (characters).
ZH_ROUND_OF_WINDOW = 40


def _zh_round_of(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention]
) -> tuple[PartyCandidate, PartyCandidate | None] | None:
    """(company, investor or None) when a Chinese sentence says "甲领投了乙的B轮"."""
    text = ctx.text
    for mention in rounds:
        link = last_match(
            _zh_words("investors", "round_links").finditer(
                text, max(sentence.start, mention.start - 14), mention.start
            )
        )
        of = link.start() if link else -1
        if of < 0 or any(c in CLAUSE_STOPS for c in text[of : mention.start]):
            # "参与了手术导航企业术衡科技5000万元Pre-A轮融资": the amount ends the company.
            amount = _amount_just_before(ctx, sentence, mention.start, gap=2)
            if amount is None:
                direct = _zh_led_directly(ctx, sentence, mention)
                if direct is not None:
                    return direct
                continue
            # "丙的2,200万美元B轮": the number's comma hid the 的 before the amount.
            of = amount.start - 1 if ctx.text.endswith("的", 0, amount.start) else amount.start
        elif (amount := _amount_just_before(ctx, sentence, of, gap=1)) is not None:
            of = amount.start  # "星隼資本領投了芮砂1,200萬美元的A+輪": it ends it before 的 too
        low = max(sentence.start, of - ZH_ROUND_OF_WINDOW)
        verb = last_match(_zh_backed_round_of().finditer(text, low, of))
        if verb is None or any(c in CLAUSE_STOPS for c in text[verb.end() : of]):
            continue
        company = company_before(text, verb.end(), of)
        if company is None:
            continue
        start = clause_start(text, sentence.start, verb.start())
        title = _zh_words("investors", "person_titles").search(text, start, verb.start())
        own = _own_amount_before(ctx, start, verb.start())
        end = title.start() if title else own[0] if own else verb.start()
        backer = investor_before(text, start, end)
        if backer is None or _key(backer.name) in _pronouns():
            return company, None
        role: Role = "lead" if verb.group("lead") else "participant"
        # "晟华制药以2亿元对芮岚生物进行战略投资": one investor's deal; its sum is the round's.
        stake = None if own is None or verb.group("toward") else own[1]
        return company, replace(backer, role=role, amount_span=stake)
    return None


def _own_amount_before(
    ctx: DocContext, start: int, verb: int
) -> tuple[int, tuple[int, int]] | None:
    """(where 以 stands, the amount's span) for "甲以2,000万元参与乙的A轮": the amount is the
    investor's own stake, not the round's size, and the investor's name ends before 以."""
    amounts = _within(start, verb, ctx.money)
    if not amounts or amounts[-1].end < verb - 1:
        return None
    amount = amounts[-1]
    for word in zh_events()["investors"]["own_amount_by"]:
        if ctx.text.endswith(word, start, amount.start):
            return amount.start - len(word), (amount.start, amount.end)
    return None


def _amount_just_before(
    ctx: DocContext, sentence: Sentence, position: int, *, gap: int
) -> Money | None:
    """The amount ending at most ``gap`` characters before ``position`` (read 24 back)."""
    amounts = _within(max(sentence.start, position - 24), position, ctx.money)
    return amounts[-1] if amounts and amounts[-1].end >= position - gap else None


def _zh_clause_company(
    ctx: DocContext, sentence: Sentence, before: RoundMention | None, mention: RoundMention
) -> PartyCandidate | None:
    """The company opening ``mention``'s own clause ("，镜岳科技1.5亿元的B轮"), when that clause
    starts after the round told before it."""
    clause = clause_start(ctx.text, sentence.start, mention.start)
    if before is None or clause <= before.end:
        return None
    amounts = _within(clause, mention.start, ctx.money)
    end = amounts[0].start if amounts else mention.start
    return company_before(ctx.text, clause, end) if end > clause else None


@cache
def _asks_about_round() -> regex.Pattern[str]:
    """ "A轮是什么时候？", "B轮呢？", "When did you raise your Series A?": a question about the
    round itself (not "B轮的钱打算怎么花？"), whose answer's figure is that round's."""
    zh = zh_events()["document"]["round_questions"]
    en = en_events()["document"]["round_questions"]
    return regex.compile(rf"{alternation(zh)}|\b{alternation(en, flags='i')}\b")


# "该基金2021年领投纺光科技A轮": a lead verb right before the company and its round.
ZH_LED_BEFORE_NAME = regex.compile(r"(?:联合领投|领投|独家投资)了?")
#: How far before its round such a verb may stand (characters): a short name between.
ZH_LED_REACH = 16


def _zh_led_directly(
    ctx: DocContext, sentence: Sentence, mention: RoundMention
) -> tuple[PartyCandidate, PartyCandidate | None] | None:
    """(company, lead or None) for "甲领投乙A轮", the name standing between verb and round."""
    text = ctx.text
    low = max(sentence.start, mention.start - ZH_LED_REACH)
    verb = last_match(ZH_LED_BEFORE_NAME.finditer(text, low, mention.start))
    if verb is None or any(c in CLAUSE_STOPS for c in text[verb.end() : mention.start]):
        return None
    company = company_before(text, verb.end(), mention.start)
    if company is None or _key(company.name) in _pronouns():
        return None
    start = clause_start(text, sentence.start, verb.start())
    backer = investor_before(text, start, verb.start())
    if backer is None or _key(backer.name) in _pronouns() or backer.name[:1] in "该此这其":
        return company, None  # "该基金": the fund the story is about, named elsewhere
    return company, replace(backer, role="lead")


# "a Series B in Sable Quarry", "the Series C of Quennell Pay", "a Series B of about $30
# million in Sable Quarry": the company whose round an investor leads or joins.
@cache
def _en_appositive_opening() -> regex.Pattern[str]:
    """ "a subsidiary of", "which led": words opening an appositive or relative clause."""
    return regex.compile(rf"{alternation(en_events()['investors']['appositive_openers'])}\s")


@cache
def _en_round_in() -> regex.Pattern[str]:
    """ "a Series C in Tallyhome", "… in Osaka-based battery materials startup Amagumo": the
    company after a round, past a description ending in one of its nouns."""
    nouns = alternation(en_events()["company"]["described_nouns"])
    return regex.compile(
        r"\s(?:(?:round\s)?(?:of\s(?:(?:about|around|roughly|nearly|up\sto|some)\s)?[$€£¥]?"
        r"\d[\d.,]*(?:\s?(?:million|billion|[mb]n?))?\s)?(?:in|of|for)\s(?:the\s)?"
        # "extended a $20M venture debt facility to Portside Bio": a lender's loan goes to it
        r"|(?:(?:facility|loan|line)\s|(?<=(?:facility|loan|line|debt)\s))to\s)"
        rf"(?:(?:{en_place_descriptor().pattern})?(?:[a-z][\w-]*\s){{0,4}}?{nouns}\s)?"
        r"(?:(?P<target>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4}"
        rf"|{en_lower_case_brand().pattern})"
        # "led a $6.5M seed round in **tallywise**": a newsletter's bold name, of any case.
        r"|\*\*(?P<target>[\w&'’.-]+(?:\s[\w&'’.-]+){0,4})\*\*)"
    )


def _en_profiled_investor(ctx: DocContext) -> PartyCandidate | None:
    """The investor a profile is about: the name opening the document's first line when it
    ends in an institution word ("Beckforth Capital, the quiet Series B specialist")."""
    line_end = ctx.text.find("\n")
    line_end = len(ctx.text) if line_end < 0 else line_end
    title = _en_profile_title_opener().match(ctx.text, 0, line_end)
    opening = EN_PROFILE_OPENING.match(ctx.text, title.end() if title else 0, min(line_end, 200))
    if opening is None or not is_institution(opening.group("name")):
        return None
    return company_before(ctx.text, *opening.span("name"))


EN_WE_ENDING = regex.compile(r"(?i)(?:^|\s)we\s*$")


def _speaking_investor(ctx: DocContext, subject: str) -> PartyCandidate | None:
    """The firm a "we" subject speaks for, when the text's first person is an investor ("When
    we started Wrackline Capital", "a general partner at Wrackline Capital")."""
    if EN_WE_ENDING.search(subject) is None:
        return None
    return _first_person_investor(ctx)


def _investor_we(ctx: DocContext, sentence: Sentence, anchor: int) -> bool:
    """True when an investor's "we" is the subject before ``anchor`` ("We led a $750,000
    pre-seed"): the round is a portfolio company's, never the one told last by default."""
    low = max(sentence.start, anchor - 48)
    return (
        _en_first_person()[0].search(ctx.text, low, anchor) is not None
        and _first_person_investor(ctx) is not None
    )


def _first_person_investor(ctx: DocContext) -> PartyCandidate | None:
    """The first person's organisation when it is an investor, else None."""
    speaker = _first_person_company(ctx, chinese=False)
    return speaker if speaker is not None and is_institution(speaker.name) else None


@cache
def _en_profile_title_opener() -> regex.Pattern[str]:
    """ "Inside", "Meet": a word a profile's title opens with before the firm's name."""
    words = alternation(en_events()["investors"]["profile_title_openers"])
    return regex.compile(rf"\s*(?:#+\s)?{words}\s")


EN_PROFILE_OPENING = regex.compile(
    r"\s*(?:#+\s)?(?P<name>[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4})(?=,|:|\s[-–—]\s)"
)


@cache
def _en_sized_round() -> regex.Pattern[str]:
    """ "… round" right after a sum: "a roughly $50M round", "a $5M funding round"."""
    kinds = alternation(en_events()["investors"]["sized_round_kinds"])
    return regex.compile(rf"\s(?:(?:{kinds})\s)?round\b")


EN_LED_VERB = regex.compile(
    r"(?i)\b(?:co-)?(?:led|lead|leads|leading)\b|\binvest(?:ed|s|ing)?\b|\bback(?:ed|s|ing)\b"
    r"|\bjoin(?:ed|s|ing)?\b|\bparticipat(?:ed|es|ing)\b|\bsole\sinvestor\b"
    r"|\b(?:extend|provid|grant)ed\b"
)
# "took a stake, without leading, in": the verb names the round's owner but not a lead.
EN_NOT_LEADING = regex.compile(r"(?i)(?:without|not|never)\s(?:\w+\s)?$")


# "Larkspur Hollow led Arcwell Dental's $40 million Series B": the owner of the round.
EN_POSSESSIVE_ROUND = regex.compile(
    r"(?P<target>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,4})['’]s\s(?:\S+\s){0,3}$"
)


# "Oxbow Lantern said on Tuesday that it had led": the backer stands before the reporting verb.
@cache
def _en_reporting() -> regex.Pattern[str]:
    return regex.compile(rf"\s{alternation(en_events()['company']['reporting_verbs'])}\b")


# "The A round of Rongque Chips …": a sentence that opens with its round.
EN_ROUND_OPENING = regex.compile(r"[-*•\s]*(?i:the|this)\s")


def _en_round_of_subject(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention]
) -> tuple[PartyCandidate, None] | None:
    """(company, None) for "The A round of Rongque Chips of 650 million yuan is led by …",
    machine-translated English that names the company after the round the sentence opens with."""
    if not rounds or ctx.text[rounds[0].start - 1 : rounds[0].start] != " ":
        return None
    opening = EN_ROUND_OPENING.match(ctx.text, sentence.start, rounds[0].start)
    if opening is None or opening.end() != rounds[0].start:
        return None
    target = _en_round_in().match(ctx.text, rounds[0].end, sentence.end)
    if target is None:
        return None
    span = target.span("target")
    if _starts_at(span[0], ctx.dates) or _starts_at(span[0], ctx.money):
        return None  # "The Series B of March", "The A round of RMB 50 million"
    company = company_before(ctx.text, *span)
    return None if company is None else (company, None)


def _en_investor_subject(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention]
) -> tuple[PartyCandidate, PartyCandidate | None] | None:
    """(company, investor) for "Oxbow Lantern led an $8 million seed round in Tallyhome" and
    "Larkspur Hollow led Arcwell Dental's $40 million Series B"."""
    text = ctx.text
    verb = EN_LED_VERB.search(text, sentence.start, sentence.end)  # once per sentence
    if verb is None:
        return None
    # "is in talks to lead a roughly $50M round in Tarnwright": a sum and "round" name it too.
    sized = rounds or [
        RoundMention(money.start, noun.end(), None)
        for money in _within(sentence.start, sentence.end, ctx.money)
        if (noun := _en_sized_round().match(text, money.end, sentence.end))
    ]
    for mention in sized:
        if verb.start() > mention.start:
            continue
        target = _en_round_in().match(text, mention.end, sentence.end)
        span = target.span("target") if target else None
        if span and (_starts_at(span[0], ctx.dates) or _starts_at(span[0], ctx.money)):
            span = None  # "a Series B in April", "a Series A of RMB 50 million": not the company
        if span is None:
            owner = EN_POSSESSIVE_ROUND.search(
                text, max(verb.end(), mention.start - 80), mention.start
            )
            span = owner.span("target") if owner else None
        company = company_before(text, *span) if span else None
        if (
            company is None
            and span
            and (lower_case_brand(text, *span) or text.startswith("**", span[0] - 2))
        ):
            # "in ledgr, the … tool", "in **tallywise**": a brand its description or its bold
            # marks show to be one
            company = PartyCandidate(text[span[0] : span[1]], *span)
        if company is None:
            continue
        reporting = _en_reporting().search(text, sentence.start, verb.start())
        backer = _en_backer(text, sentence.start, reporting.start() if reporting else verb.start())
        said_by = reporting.start() if reporting else verb.start()
        if (backer is not None and _en_not_investor_names()[1].search(backer.name)) or (
            backer is None
            and _en_not_investor_names()[1].search(
                text[max(sentence.start, said_by - 24) : said_by].rstrip()
            )
        ):
            # "In 2024 it led a $120 million Series C in Orelith", "It led Everlode's $30
            # million Series B": in a firm's profile "it" is the firm the title names;
            # elsewhere nobody the text names. "We led Mabuhay Pay's seed" in a partner's
            # essay: "we" is the firm the partner speaks for.
            backer = _en_profiled_investor(ctx) or _speaking_investor(
                ctx, text[max(sentence.start, said_by - 24) : said_by]
            )
        if backer is None:
            return company, None
        leading = regex.search(r"(?i)le[ad]|sole", verb.group()) is not None
        if leading and EN_NOT_LEADING.search(text, max(0, verb.start() - 16), verb.start()):
            leading = False
        role: Role = "lead" if leading else "participant"
        return company, replace(backer, role=role)
    return None


# "Banyan Arc Ventures led a", "Oakhurst Partners led again, with a", "X and Y, both earlier
# backers, put in": a subject that invests in the round rather than raising it.
@cache
def _en_backing_verb() -> regex.Pattern[str]:
    verbs = alternation(en_events()["investors"]["subject_backing_verbs"])
    # ", which led the company's Series B": a relative clause's verb backs its subject too
    relative = r"(?:(?:which|who)\s)?"
    # "Sollund Kapital, the Oslo growth investor, led": an appositive may stand between.
    appositive = r"(?:,\s(?:the|an?)\s[^,.;\n]{1,60}+(?=,))?"
    return regex.compile(
        rf"{appositive},?\s{relative}(?:(?:again|also|then|too|jointly)\s)?{verbs}\b"
    )


EN_ROUND_OF_NAME = regex.compile(r"\bof\s(?:the\s)?[A-Z]")


def _en_backing_subject(
    ctx: DocContext, company: PartyCandidate | None, sentence: Sentence, anchor: int
) -> list[PartyCandidate]:
    """The investors a sentence's subject names when a backing verb follows it and no company
    is told ("Then Banyan Arc Ventures led a $6 million Series A"); else empty. When no
    subject was found before the round, the name before the verb is the subject: "Ribble
    Growth Partners led a £45 million Series B" opens with an investor's name, which is
    never the funded company."""
    if company is None and not is_chinese(ctx.text[sentence.start : anchor]):
        verb = _en_backing_verb().search(ctx.text, sentence.start, anchor)
        if (
            verb is not None
            and not CAPITAL.search(ctx.text, verb.end(), anchor)
            and not EN_ROUND_OF_NAME.search(ctx.text, anchor, sentence.end)
        ):
            # Not "Hongqu Capital led Aoxiang UAV's Series C", "led the Series C financing of
            # Aoxiang Drone": those name the company after the verb.
            start = _en_subject_start(ctx.text, sentence.start, verb.start())
            company = company_before(ctx.text, start, verb.start())
    if company is None or is_chinese(ctx.text[company.start : company.end]):
        return []
    verb = _en_backing_verb().match(ctx.text, company.end, anchor)
    if verb is None:
        return []
    leading = regex.search(r"led|sole|lead|only", verb.group()) is not None
    role: Role = "lead" if leading else "participant"
    return split_investor_list(ctx.text, company.start, company.end, role)


EN_ANSWER_OPENING = regex.compile(r"\s*[\"“]")


def _answered(ctx: DocContext, item: Item) -> bool:
    """True when a heading is an interview's question: a heading ending in "?", or one whose
    paragraph opens with a quotation (the answer)."""
    title = ctx.text[item.sentences[0].start : item.sentences[0].end]
    body = next((s for s in item.sentences if not s.headline), None)
    return title.rstrip(" *_").endswith("?") or (
        body is not None and EN_ANSWER_OPENING.match(ctx.text, body.start) is not None
    )


def _story_company(ctx: DocContext, item: Item) -> PartyCandidate | None:
    """The company of the latest event before ``item`` when ``item`` is a section of one
    story: no heading, or a section title ("The reset", "From Munich to Minhang"). A digest
    item's headline ("Zhenhai New Energy lands on the STAR Market, shares rise 86%") tells a
    story of its own: its company is the name opening the headline, never the previous
    item's."""
    first = item.sentences[0] if item.sentences else None
    if first is not None and first.headline:
        title = ctx.text[first.start : first.end]
        if _answered(ctx, item):
            pass  # "**Then the Series A came from the Netherlands.**" and a quoted answer
        elif len(title.split()) > SECTION_TITLE_WORDS or regex.search(r"\d", title):
            # A news headline: the name opening it, when the body names it again.
            opening = EN_HEADLINE_OPENING.match(ctx.text, first.start, first.end) or _en_title(
                ctx.text, first.start, first.end
            )
            if opening is None:
                return None
            name = opening.group("name")
            if ctx.text.find(name, first.end, min(item.end, first.end + EN_HEADLINE_READ)) < 0:
                return None
            return company_before(ctx.text, *opening.span("name"))
    told = ctx.drafts[-1].company if ctx.drafts else None
    return told or _en_title_company(ctx)


@cache
def _en_title_subject() -> regex.Pattern[str]:
    """A feature's title opening with its company, after an opener ("How"), and a possessive
    or a verb: "Vaneborg's long climb: …", "How Calverin went from a garage …"."""
    company = en_events()["company"]
    openers = alternation(company["headline_openers"])
    verbs = alternation(company["title_verbs"])
    return regex.compile(
        rf"[ \t#*>_]*(?:{openers}\s)?(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}})"
        rf"(?:['’]s\s|\s(?:[a-z]+(?:s|ed)|{verbs})\b)"
    )


#: How often the text must name a title's company again for a story's "the company" to be it.
EN_TITLE_REPEATS = 2


def _en_title_company(ctx: DocContext) -> PartyCandidate | None:
    """The company the document's title opens with, when the text names it again: in
    "Vaneborg's long climb …" a first round told of "the company" is Vaneborg's. Read once per
    text: finding the title's end reads a text with no newline to its end."""
    found = _en_title_company_of(ctx.text)
    return None if found is None else replace(found, aliases=list(found.aliases))


@lru_cache(maxsize=4)
def _en_title_company_of(text: str) -> PartyCandidate | None:
    front = FRONT_MATTER.match(text)
    start = front.end() if front else 0
    line_end = text.find("\n", start)
    end = line_end if line_end >= 0 else len(text)
    title = _en_title(text, start, end)
    if title is None:
        return _en_standfirst_company(text, end)
    name = title.group("name")
    if text.count(name, end, end + EN_HEADLINE_READ) < EN_TITLE_REPEATS:
        return None
    return company_before(text, *title.span("name"))


#: "*How molarity, the Amsterdam software company that runs 9,000 dental practices, rode the
#: boom …*": a feature's standfirst, the line under its title, opening with its company and
#: an appositive.
EN_STANDFIRST = regex.compile(
    r"\n*+[*_]{0,2}(?:(?:How|Why|Inside)\s)?(?P<name>[^,\n]{2,40}+),\s(?:the|an?)\s"
)


def _en_standfirst_company(text: str, title_end: int) -> PartyCandidate | None:
    """The company a feature's standfirst opens with, when the text names it again."""
    line = EN_STANDFIRST.match(text, title_end)
    if line is None:
        return None
    named = company_before(text, *line.span("name"))
    if named is None or text.count(named.name, line.end(), line.end() + EN_HEADLINE_READ) < (
        EN_TITLE_REPEATS
    ):
        return None
    return named


def _en_title(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_en_title_subject()`` at ``start``, unless its name is a place ("Europe's defence
    start-ups find the money")."""
    title = _en_title_subject().match(text, start, end)
    return None if title is None or title.group("name") in _en_places() else title


#: "**Fenlow Labs** — Raising. The Austin startup is in the market for …": a newsletter
#: paragraph opening with a bold name and a dash or colon is about that company; so is one
#: whose bold name is the subject ("**Verdissa Bio** came out of stealth with …",
#: "**Quillbyte**, the contract-review AI startup, pulled in …"); so is one whose bold name
#: closes on a full stop ("**Lumefold.** The supply-chain startup's …") when every word of it
#: is capitalised: "**Topping up.**" and "**IPO watch.**" are a feature's section labels. A
#: translated digest puts a description after the bold name ("**Fuyu Pay** Hong Kong
#: cross-border payment company yesterday announced …"): a description noun within eight words.
@cache
def _bold_lead() -> regex.Pattern[str]:
    nouns = alternation(en_events()["company"]["described_nouns"])
    return regex.compile(
        r"\*\*(?P<name>[^*\n]{2,60}?)(?:\*\*(?:\s?[—–:-]|,\s|\s(?=[a-z])"
        rf"|\s(?=[A-Z][\w-]*+(?:\s[\w-]++){{0,7}}?\s(?:{nouns})\b))|(?P<stop>\.)\*\*\s)"
    )


CAPITALISED_WORDS = regex.compile(r"[\p{Lu}\d][^\s]*+(?:\s(?:&|[\p{Lu}\d][^\s]*+))*+")


def _bold_lead_company(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    """The bold name opening the paragraph of ``sentence`` (a newsletter's lead-in)."""
    line = ctx.text.rfind("\n", item.start, sentence.start) + 1
    lead = _bold_lead().match(ctx.text, max(line, item.start), sentence.end)
    if lead is None or (lead.group("stop") and not _bold_name_with_stop(lead["name"])):
        return None
    found = company_before(ctx.text, *lead.span("name"))
    if found is None and LOWER_CASE_BRAND.fullmatch(lead.group("name")):
        # "**mintwell** — $9.5M seed": the bold lead-in is the name, whatever its case.
        return PartyCandidate(lead.group("name"), *lead.span("name"))
    return found


def _bold_name_with_stop(name: str) -> bool:
    """ "**Lumefold.**", "**Saltbox Kitchens.**" open a newsletter's note on a company;
    "**Topping up.**", "**The SAFEs.**" a feature's section: every word capitalised, and the
    first none of a headline's openers (``company.headline_openers``)."""
    return CAPITALISED_WORDS.fullmatch(name) is not None and name.split()[0] not in set(
        en_events()["company"]["headline_openers"]
    )


#: A lower-case brand ("mintwell", "northwind labs"): a name only where its place says so.
LOWER_CASE_BRAND = regex.compile(r"[a-z][a-z0-9&.-]{1,30}+(?: [a-z0-9&.-]{1,20}+){0,2}")


EN_HEADLINE_OPENING = regex.compile(
    # then a verb: "Zhenhai New Energy lands on", never "Cold money: the lenders ..."
    rf"[\s#*>_|-]*{EN_CAPITALISED_NAME}(?=\s[a-z]+(?:s|ed)\b)"
)
#: A section title inside a feature is short ("The early years"); a news headline is longer.
SECTION_TITLE_WORDS = 6


@cache
def _en_pronoun_regexes() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A pronoun subject (en ``[company].pronouns``) right before the verb, at most two words
    between ("In mid-2023 it raised"), and one opening the sentence after at most a short
    opener ("The company came back to its investors in 2023 and raised", "Later, it ...") or
    a time as the subject ("The following year brought an $18 million Series A")."""
    company = en_events()["company"]
    pronouns = alternation(company["pronouns"], flags="i")
    times = alternation(company["time_subject_nouns"])
    verbs = alternation(company["time_subject_verbs"])
    return (
        regex.compile(rf"(?:^|[\s,]){pronouns}\s(?:(?!a\s|an\s)[a-z]+\s){{0,2}}$"),
        regex.compile(
            rf"\s*(?:(?:[^,.;:]{{1,30}},\s)?{pronouns}\s"
            rf"|(?:[A-Za-z-]+\s){{0,3}}?(?:{times}|\d{{4}})\s{verbs}\s)"
        ),
    )


def _en_pronoun_subject(ctx: DocContext, sentence: Sentence, anchor: int) -> bool:
    """True when an English sentence's subject is a pronoun, right before its verb or amount
    ("In mid-2023 it raised", "More recently, the company took in") or opening it ("The
    company came back to its investors in 2023 and raised")."""
    before_verb, opening = _en_pronoun_regexes()
    low = max(sentence.start, anchor - 48)
    return (
        before_verb.search(ctx.text, low, anchor) is not None
        or opening.match(ctx.text, sentence.start, anchor) is not None
    )


@cache
def _en_round_subject_regex() -> regex.Pattern[str]:
    openers = alternation(en_events()["company"]["round_subject_openers"], flags="i")
    return regex.compile(rf"\s*{openers}\s")


@cache
def _en_money_subject() -> regex.Pattern[str]:
    company = en_events()["company"]
    openers = alternation(company["round_subject_openers"], flags="i")
    ordinals = alternation(company["money_subject_ordinals"])
    nouns = alternation(company["money_subject_nouns"])
    return regex.compile(rf"\s*{openers}\s(?:{ordinals})\s(?:[a-z-]++\s){{0,2}}?(?:{nouns})\b")


def _en_round_subject(ctx: DocContext, sentence: Sentence, rounds: list[RoundMention]) -> bool:
    """True when an English sentence opens with its round as the subject ("The Series A came
    together in mid-2021, when …", "Its seed closed in 2019", "The first outside money came in
    the spring of 2018: a €1.8 million seed")."""
    return bool(rounds) and (
        _en_round_subject_regex().fullmatch(ctx.text, sentence.start, rounds[0].start) is not None
        or _en_money_subject().match(ctx.text, sentence.start, rounds[0].start) is not None
    )


def _first_person(chinese: bool) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return _zh_first_person() if chinese else _en_first_person()


@cache
def _zh_first_person() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """ "我们", and a name a founder title follows after a line start or a title's separator
    ("专访｜藻能循环创办人谢沛纶"): bounded and lazy, so the scan stays linear. Used in
    interviews only: in narration a "我们" quoted from anyone may stand before a round."""
    company = zh_events()["company"]
    titles = alternation(company["founder_titles"])
    verbs = alternation(company["founding_verbs"])
    return (
        regex.compile(alternation(company["first_person"])),
        regex.compile(
            # not "問：身為女性創辦人，…": a description of the speaker
            rf"(?:^|(?<=[｜|:：]))(?!身为|作为)(?P<name>[\p{{Han}}A-Za-z]{{2,10}}?){titles}"
            rf"|(?<=[她他]{verbs}的)(?P<name>[\p{{Han}}A-Za-z]{{2,10}}?)(?=[(（，,。、\s])",
            regex.M,
        ),
    )


@cache
def _en_first_person() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A first-person subject ("we", "our"), and where the text names the speaker's company:
    "Co-founder & CEO at Pebblejar", "Maren Oldenkamp started Kilnstack"."""
    company = en_events()["company"]
    pronouns = alternation(company["first_person"], flags="i")
    titles = alternation(company["founder_titles"], flags="i")
    verbs = alternation(company["founding_verbs"])
    name = r"\p{Lu}[\p{L}\d&'’-]*+(?:\s\p{Lu}[\p{L}\d&'’-]*+){0,3}"
    # "before starting lorivo, which matches cargo owners with truckers": a lower-case brand,
    # told by the appositive after it.
    brand = r"\p{Ll}[\p{Ll}\d]{2,}+(?=,\s(?:which|a|an)\s)"
    return (
        regex.compile(rf"\b{pronouns}\b"),
        regex.compile(
            rf"(?:{titles}\b[^\n.!?]{{0,40}}?\s(?:at|of)|\b{verbs})\s(?P<name>{name}|{brand})"
        ),
    )


def _inside(party: PartyCandidate, sentence: Sentence) -> bool:
    return sentence.start <= party.start < sentence.end


def _first_person_company(ctx: DocContext, chinese: bool) -> PartyCandidate | None:
    """The company a founder speaking as "we" leads: the first one the text says a founder or
    chief executive is "at" or "of", or someone "started" or "founded"; in Chinese the first
    name a founder title follows ("藻能循环创办人谢沛纶") (memoised per text)."""
    if ctx.first_person is None:
        found = _first_person(chinese)[1].search(ctx.text)
        named = company_before(ctx.text, *found.span("name")) if found else None
        if found is not None and named is None and found.group("name").islower():
            # "before starting lorivo, which …": the brand's place makes it a name.
            named = PartyCandidate(found.group("name"), *found.span("name"))
        ctx.first_person = (named,)
    return ctx.first_person[0]


# "On Tuesday, when Larkspur Hollow led": words opening the clause of the backer.
EN_SUBORDINATOR = regex.compile(r"(?i)(?:when|after|as|while|and|but|then|where)\s")


# "Halvern Ventures is in talks to lead": the subject stands before the modal phrase.
EN_MODAL_BEFORE_VERB = regex.compile(
    r"\s(?:(?:is|are|was|were|has|have|had)\s)?(?:(?:in\stalks|set|expected|planning|plans?"
    r"|agreed|poised|about|likely|due|preparing|looking)\sto|will|would|may|could|might)\s$"
)


def _en_backer(text: str, start: int, verb: int) -> PartyCandidate | None:
    """The subject of "led"/"invested": the name nearest before the verb, else the sentence's."""
    modal = EN_MODAL_BEFORE_VERB.search(text, max(start, verb - 40), verb)
    if modal is not None:
        verb = modal.start()
    comma = text.rfind(", ", max(start, verb - 120), verb)
    if comma >= 0:
        clause = comma + 2
        dash = EN_DASH_BREAK.search(text, clause, verb)
        clause = dash.end() if dash else clause  # "TOKYO, March 6 (Lorrimer) - A co-led"
        opener = EN_SUBORDINATOR.match(text, clause, verb)
        backer = company_before(text, opener.end() if opener else clause, verb)
        if backer is not None:
            return backer
    return company_before(text, start, verb)


#: How far from a fallback subject its second mention must stand (characters).
RECUR_WINDOW = 4000


def _described_name(
    ctx: DocContext, company: PartyCandidate | None, opening: int, clause: int, anchor: int
) -> PartyCandidate | None:
    """The name a sentence's opening clause is, after its one "……的" descriptor, when the next
    clause opens with the round's date or verb: "從大學實驗室衍生的天梯推進，2023年拿到……種子輪"
    is about 天梯推進 even when the text never names it again.

    Not: a clause with a second 的 ("寧波的洋舟供應鏈主營……的海外倉與尾程配送" ends with an
    object), a demonstrative's description ("這家成立於2021年的精密農業新創"), or a next clause
    that opens otherwise ("……的措施，对当年获得A轮……的企业")."""
    if company is None:
        return None
    # "……調度的 Tandemly": a space may stand between the descriptor and a Latin name.
    before = ctx.text[opening : company.start].rstrip()
    if before.endswith("的"):
        if before.count("的") != 1:
            return None
    elif before.count("的") > 1 or not ends_with_descriptor(before):
        return None  # "東南亞物流平台澄語，完成": a descriptor's tail word stands before it
    if _zh_words("company", "demonstratives").match(ctx.text, opening):
        return None
    if ctx.text[company.end : clause - 1].strip():
        return None
    dated = any(d.start == clause for d in _within(clause, anchor, ctx.dates))
    return company if dated or anchor - clause <= 2 else None


def _recurring(ctx: DocContext, company: PartyCandidate | None) -> PartyCandidate | None:
    """A fallback subject only counts when the text names it again: names recur, descriptions
    ("英語口語陪練應用", "海外倉與尾程配送") mostly do not."""
    if company is None:
        return None
    # Counted near the mention only, so a document full of candidates stays linear.
    low, high = max(0, company.start - RECUR_WINDOW), company.end + RECUR_WINDOW
    for name in (company.name, *company.aliases):
        # "味研雲端股份有限公司（以下簡稱味研）": the short name the text defines recurs.
        first = ctx.text.find(name, low, high)
        if first >= 0 and ctx.text.find(name, first + 1, high) >= 0:
            return company
    return None


# "Tsurugi Robotics thinks that is a business." opens a paragraph about Tsurugi Robotics.
@cache
def _en_topic() -> regex.Pattern[str]:
    verbs = alternation(en_events()["company"]["topic_verbs"])
    name = r"[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4}"
    return regex.compile(rf"\s*(?P<name>{name})\s{verbs}\b")


# Where a fallback name may start: right after a descriptor's 的 ("蘇州的朗芮醫藥"). Clause starts
# were tried too: on train and dev they found no more events and added wrong ones.
ZH_AFTER_OF = regex.compile(r"(?<=的)\p{Han}{2,10}")
#: Sentences of an item searched for its recurring subject, nearest first.
TOPIC_SENTENCES = 8


def _zh_recurring_subject(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    """The name a Chinese item keeps coming back to ("蘇州的朗芮醫藥走的則是……。公司2023年完成").

    Candidates follow a descriptor's 的 in the item's sentences up to this one, nearest first;
    each is cut to its longest prefix that the item names again nearby, and in one sentence the
    one named most often wins. Names recur, narration rarely does.
    """
    # By bisection: an item of thousands of sentences stays linear.
    upto = bisect.bisect_right(item.sentences, sentence.start, key=lambda s: s.start)
    earlier = item.sentences[max(0, upto - TOPIC_SENTENCES) : upto]
    for previous in reversed(earlier):
        named = _introduced_in(ctx, item, previous)
        if named is not None:
            return named
    return None


#: English candidates for "the firm" / "It": the nearest few sentence-opening names.
EN_TOPIC_CANDIDATES = 4
#: How far around the sentence a candidate's mentions are counted (characters).
PROMINENCE_WINDOW = 3000


def _prominent(
    ctx: DocContext, sentence: Sentence, names: list[PartyCandidate]
) -> PartyCandidate | None:
    """The nearest candidate, unless another is named clearly more often around the sentence:
    a profile's "the firm" is its company, not the rival a paragraph mentioned last."""
    if len(names) < 2:
        return names[0] if names else None
    low = max(0, sentence.start - PROMINENCE_WINDOW)
    high = sentence.end + PROMINENCE_WINDOW
    counts = [ctx.text.count(n.name, low, high) for n in names]
    best = max(range(len(names)), key=lambda i: (counts[i], -i))
    return names[best] if counts[best] >= counts[0] + 2 else names[0]


def _introduced_in(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    """The name ``sentence`` introduces after a 的 (memoised per sentence)."""
    if sentence.start not in ctx.subjects:
        ctx.subjects[sentence.start] = _introduced_name(ctx, item, sentence)
    return ctx.subjects[sentence.start]


#: At most this many 的 slots per sentence, and this far around a candidate for its recurrence:
#: bounded work per sentence keeps a document of thousands of sentences linear.
MAX_SLOTS = 6
#: Chinese names found by a fallback (a bare sentence opening, a name after 的) are this long
#: at least: shorter recurring runs are mostly the narrative's nouns (感測器, 品牌, 故事).
MIN_FALLBACK_NAME = 4
NAME_RECUR_WINDOW = 1500


def _introduced_name(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    text = ctx.text
    end = min(sentence.end, sentence.start + LOOKBACK)
    best: tuple[int, PartyCandidate] | None = None
    for chars in islice(ZH_AFTER_OF.finditer(text, sentence.start, end), MAX_SLOTS):
        at = chars.start()
        if _within(at, at + 2, ctx.rounds) or bool(_within(at, at + 2, ctx.dates)):
            continue  # "2018年的天使輪": a round or a date, not a name
        if _zh_words("company", "demonstratives").match(
            text, clause_start(text, sentence.start, at), at
        ):
            continue  # "这个以……起家的连锁品牌": a description of a name told before
        quantifier = _zh_words("company", "quantifiers").match(text, at, chars.end())
        if quantifier:
            at = quantifier.end()  # "……的一家豆屿咖啡门口"
        low = max(item.start, at - NAME_RECUR_WINDOW)
        high = min(item.end, chars.end() + NAME_RECUR_WINDOW)
        candidate = _longest_recurring(text, low, high, at, chars.end())
        if candidate is None:
            continue
        count = text.count(candidate.name, low, high)
        if best is None or count > best[0]:
            best = (count, candidate)
    return best[1] if best else None


def _longest_recurring(
    text: str, low: int, high: int, start: int, end: int
) -> PartyCandidate | None:
    """The longest name at ``start`` (4-10 characters) named again within ``[low, high)``.

    Two- and three-character runs after a 的 that recur are mostly nouns of the narrative
    ("公司的重組乳蛋白", "材料端的故事", "能拿到B輪的品牌"); names told this way are longer.
    """
    for stop in range(end, start + MIN_FALLBACK_NAME - 1, -1):
        name = text[start:stop]
        first = text.find(name, low, high)
        if first < 0 or text.find(name, first + 1, high) < 0:
            continue
        if _key(name) in _pronouns() or clean_zh_name(text, start, stop) != (start, stop):
            return None
        return PartyCandidate(name, start, stop)
    return None


#: How many earlier sentences of an item are searched for its topic: Chinese items state it
#: close to the round; English features in their first paragraphs.
ZH_TOPIC_SENTENCES = 6
EN_TOPIC_SENTENCES = 40


def _topic(ctx: DocContext, item: Item, sentence: Sentence) -> PartyCandidate | None:
    """The company an item is about, when a sentence names none: "書航教育是……。……完成A輪".

    Looks for a name opening an earlier sentence of the item, nearest first; in Chinese, a
    sentence with no name at its opening may introduce one after a 的 ("杭州的觸微感知專做").
    """
    # The sentence's own opening first ("廣州的漫潮娛樂成立於2016年，……，2017年完成"), then
    # the openings of earlier sentences, nearest first.
    # By bisection over the ordered sentences, not a scan: an item of thousands of sentences
    # stays linear.
    before = bisect.bisect_right(item.sentences, sentence.start, key=lambda s: s.end)
    earlier = item.sentences[max(0, before - EN_TOPIC_SENTENCES) : before]
    english_names: list[PartyCandidate] = []
    for index, previous in enumerate([sentence, *reversed(earlier)]):
        if not is_chinese(ctx.text[previous.start : previous.end]):
            # "Wrenfield, the Chicago company whose ..., made its plans public": a feature
            # names its company in an opening several paragraphs before the rounds it tells.
            english = _en_topic().match(ctx.text, previous.start, previous.end) or (
                _en_opening_name().match(ctx.text, previous.start, previous.end)
            )
            if english:
                company = _recurring(ctx, company_before(ctx.text, *english.span("name")))
                if company is not None and _key(company.name) not in _pronouns():
                    english_names.append(company)
                    if len(english_names) == EN_TOPIC_CANDIDATES:
                        break
            continue
        if english_names:
            break
        if index > ZH_TOPIC_SENTENCES:
            continue
        start = (
            previous.start
            + len(ctx.text[previous.start : previous.end])
            - len(ctx.text[previous.start : previous.end].lstrip())
        )
        if ctx.interview:
            speaker = SPEAKER_LABEL.match(ctx.text, start, previous.end)
            if speaker is not None and (start == 0 or ctx.text[start - 1] == "\n"):
                start = speaker.end()  # "吳庭萱：其實是……": who answers, not the topic
        labelled = _zh_line_name().match(ctx.text, start, previous.end)
        if (
            labelled is not None
            and ctx.text.startswith("**", labelled.start("name") - 2)
            and (start == 0 or ctx.text[start - 1] == "\n")
            and previous.start <= item.sentences[min(1, len(item.sentences) - 1)].start
        ):
            # "**檸渡健康** | 香港的慢性病管理應用開發商。該公司昨日公布完成": the label the
            # item opens with, when bold (a ranking's "5. 衍序資本：14件" labels no story).
            named = company_before(ctx.text, *labelled.span("name"))
            if named is not None and _key(named.name) not in _pronouns():
                return named
        opening = _zh_topic().match(ctx.text, start, previous.end)
        if opening:
            company = company_before(ctx.text, start, opening.end())
            # A name the text introduces ("杭州的觸微感知專做……") need not recur; a bare
            # opening must ("感測器是另一個……環節" is a sector, not a company).
            company = _recurring(ctx, company)
            if (
                company is not None
                and _key(company.name) not in _pronouns()
                and len(company.name) >= MIN_FALLBACK_NAME
            ):
                return company
        named = _introduced_in(ctx, item, previous)
        if named is not None:
            return named
    return _prominent(ctx, sentence, english_names)


# The markup stripped from names (MARKUP), emoji and 【】 around a headline that is a name alone ("🔥 **曜衡医疗**").
HEADLINE_MARKS = rf"[\s\p{{So}}\p{{Sk}}\p{{Cf}}\uFE0F【】{regex.escape(MARKUP)}]*"
HEADLINE_NAME = regex.compile(rf"{HEADLINE_MARKS}(?P<name>[^\n]{{2,40}}?){HEADLINE_MARKS}$")
#: A headline this short at most may be a name alone.
ZH_HEADLINE_NAME_CHARS, EN_HEADLINE_NAME_CHARS = 12, 40


def _headline_name(ctx: DocContext, item: Item) -> PartyCandidate | None:
    """The company of an item whose headline is its name alone, as deal cards have it ("🔥
    **曜衡医疗**" over "轮次：B轮 / 金额：2亿元"): the whole headline, when it reads as a name.
    Only for a card: a feature's section title ("Origins", "第一颗芯片") reads as a name too."""
    first = item.sentences[0]
    if not first.headline:
        return None
    match = HEADLINE_NAME.match(ctx.text, first.start, first.end)
    if match is None:
        return None
    start, end = match.span("name")
    chinese = is_chinese(match.group("name"))
    if end - start > (ZH_HEADLINE_NAME_CHARS if chinese else EN_HEADLINE_NAME_CHARS):
        return None
    company = company_before(ctx.text, start, end)
    if company is None or (company.start, company.end) != (start, end):
        return None  # a descriptor, a verb or a date in it: a headline, not a name
    return company


@cache
def _pointing_opening() -> regex.Pattern[str]:
    """A body opening that points back at its heading (``[company] heading_pointers``); in
    Chinese a short source clause may come first ("市場消息指，該公司正洽談")."""
    zh = alternation(zh_events()["company"]["heading_pointers"])
    en = alternation(en_events()["company"]["heading_pointers"])
    return regex.compile(rf"\s*(?:(?:[^，,。\n]{{1,8}}[，,])?{zh}|{en}\b)")


def _heading_names_company(ctx: DocContext, item: Item) -> bool:
    """True when an item's body opens by pointing back at its heading ("該公司", "其", "The
    company") or with a bare description ("新加坡跨境物流軟件公司。"): the heading is the
    company's name. A feature's section title ("低谷", "The winter") is followed by
    narration instead."""
    first = _first_body(item)
    if first == len(item.sentences) or not item.sentences[0].headline:
        return False
    body = item.sentences[first]
    if _pointing_opening().match(ctx.text, body.start):
        return True
    said = ctx.text[body.start : body.end].rstrip("。. ")
    return len(said) <= ZH_HEADLINE_NAME_CHARS * 2 and ends_with_descriptor(said)


def _headline_subject(ctx: DocContext, item: Item) -> PartyCandidate | None:
    """The last resort for an English item's subject (memoised per item)."""
    if item.start not in ctx.headline_subjects:
        ctx.headline_subjects[item.start] = _en_headline_subject(ctx, item)
    return ctx.headline_subjects[item.start]


EN_BACKER_BEFORE = regex.compile(r"(?i)\b(?:by|from|with)\s$")
# A capitalised name in a headline: "how Emberlith turned a cracked kiln into ...".
EN_HEADLINE_NAME = regex.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?![\w-])")
#: How many times the body must repeat a headline name for it to be the item's subject, and
#: how much of the item is read to count (linear on long items).
EN_HEADLINE_REPEATS, EN_HEADLINE_READ = 3, 20000


@cache
def _en_places() -> frozenset[str]:
    return frozenset(en_events()["company"]["places"])


@cache
def _en_headline_opener() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(en_events()['company']['headline_openers'])})\s")


def _en_headline_subject(ctx: DocContext, item: Item) -> PartyCandidate | None:
    """The subject of a feature whose sentences say only "the firm" or "It": the name in its
    first line that the item repeats most (at least three times). A word the item also writes
    in lower case ("The", "How") is not a name."""
    first = item.sentences[0]
    high = min(item.end, item.start + EN_HEADLINE_READ)
    # The whole line: the sentence splitter ends a sentence at the "." of "**2. Athanor".
    line_end = ctx.text.find("\n", first.start, item.end)
    bold = EN_BOLD_NAME_LINE.match(ctx.text, first.start, item.end if line_end < 0 else line_end)
    if bold is not None and _has_word(ctx.text, bold.group("first"), bold.end(), high):
        # "**Calderon Heat** (Denver)" heading a section whose body says "Calderon" and "it".
        return company_before(ctx.text, *bold.span("name"))
    best: tuple[int, tuple[int, int]] | None = None
    for found in EN_HEADLINE_NAME.finditer(
        ctx.text, first.start, min(first.end, first.start + 300)
    ):
        # "How Sunfurrow turned …": the name follows the opening word.
        opener = _en_headline_opener().match(ctx.text, found.start(), found.end())
        match = EN_HEADLINE_NAME.match(ctx.text, opener.end(), found.end()) if opener else found
        if match is None:
            continue
        name = match.group()
        if (
            name in _en_places()
            # "Series B led by Tsubame Growth Partners": the investor's place in a headline
            or EN_BACKER_BEFORE.search(ctx.text, max(0, match.start() - 8), match.start())
            or round_regex().match(ctx.text, match.start())
            or _has_word(ctx.text, name.lower(), item.start, high)
        ):
            continue
        # "Lalezar Bio's long road … to a Leipzig plant": the body says "Lalezar" more often
        # than the full name opening the headline, and the place as often as the full name.
        first_word = name.split(" ", 1)[0]
        opens = match.start() == (opener.end() if opener else first.start)
        # Not a firm's ("Marrowfield Capital closes $450 million third fund"): "Marrowfield"
        # alone is the firm, told of as often as any investor.
        firm = name.rsplit(" ", 1)[-1] in en_events()["investors"]["home_town_suffixes"]
        told = first_word if opens and len(first_word) >= 4 and not firm else name
        count = ctx.text.count(told, item.start, high)
        if count >= EN_HEADLINE_REPEATS and (best is None or count > best[0]):
            best = (count, match.span())
    if best is None:
        return None
    company = company_before(ctx.text, *best[1])
    return company if company is not None and _key(company.name) not in _pronouns() else None


WORD_OR_HYPHEN = regex.compile(r"[\w-]")
# A bold line that is only a name, perhaps with its place: "**Calderon Heat** (Denver)".
# "**Calderon Heat** (Denver)", "**2. Athanor Labs (Boston)**": a name and its place alone.
EN_BOLD_NAME_LINE = regex.compile(
    r"[ \t]*\*\*(?:\d{1,2}[.)][ \t])?(?P<name>(?P<first>[A-Z][\w&'’.-]*)(?:\s[A-Z][\w&'’.-]*){0,3})"
    r"(?:[ \t]\([^()\n]{1,40}\))?\*\*[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$",
    regex.M,
)


def _has_word(text: str, word: str, start: int, end: int) -> bool:
    """True when ``word`` stands in ``text[start:end]`` as a whole word: no letter, digit or
    hyphen touches it (a search, not a pattern compiled per word: names are never reused)."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if not (at > 0 and WORD_OR_HYPHEN.match(text, at - 1)) and not (
            after < end and WORD_OR_HYPHEN.match(text, after)
        ):
            return True
        at = text.find(word, at + 1, end)
    return False


def _signal(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention], amounts: list[Money]
) -> bool:
    text = ctx.text
    named = [r for r in rounds if r.canonical is not None]
    if any(r.canonical in NOT_A_ROUND for r in rounds):
        return False
    if (rounds or amounts) and _closes_a_fund(ctx, sentence):
        return False  # "first close of its second fund, focus seed and Series A": stages; its size
    if not named:
        # "……洽谈新一轮约5亿元融资，投前估值约60亿元，并已启动上市辅导": a not-a-round word in a
        # clause after every round and amount tells another fact.
        facts = [*(r.end for r in rounds), *(m.end for m in amounts)]
        last = max(facts) if facts else sentence.start
        stop = CLAUSE_END.search(text, last, sentence.end) if facts else None
        until = stop.start() if stop else sentence.end
        if _cue_regex("not_round").search(text, sentence.start, until):
            return False
    if rounds:
        return True
    trigger = _trigger(text, sentence)
    return (
        bool(amounts)
        and trigger is not None
        and bool(_cue_regex("financing").search(text, sentence.start, sentence.end))
    )


# "A: We closed our Series B last month. It's $38 million, led by …": the sentence after a
# round gives its size with a pronoun subject and no verb of raising.
EN_SIZE_OPENING = regex.compile(
    r"[\s>*_]*(?:[AQ]:\s*)?(?:(?:It|That|The round|The raise|The deal)(?:'s|’s|\swas|\sis)\s"
    # "這一輪集資1億美元，由栢域資本領投": the round told before, and its size
    r"|(?:本|这一?|该|此)轮(?:融资|集资|募资)?(?:金额|规模|总额)?(?:为|达|共|合计|总计)?"
    r"(?:募得|筹得|集资|融资|募资|募集)?了?)"
)


def _restated_amount(ctx: DocContext, sentence: Sentence, amounts: list[Money]) -> Money | None:
    """The amount a sentence opening "It's $38 million" or "这一轮集资1亿美元" gives the round
    told before it."""
    if not amounts:
        return None
    opening = EN_SIZE_OPENING.match(ctx.text, sentence.start, amounts[0].start)
    return amounts[0] if opening is not None and opening.end() == amounts[0].start else None


def _closes_earlier(closed: DateValue | None, told: DateValue | None) -> bool:
    """True when a close date stated in the text is earlier than the round's ``told`` date, or
    the same date more precisely ("2025-12-12" in "2025-12")."""
    if closed is None or closed.source != "text" or told is None:
        return False
    if closed.value != told.value and closed.value.startswith(told.value):
        return True
    comparable = min(len(closed.value), len(told.value))
    return "W" not in closed.value + told.value and (
        closed.value[:comparable] < told.value[:comparable]
    )


def _closes_a_fund(ctx: DocContext, sentence: Sentence) -> bool:
    """True when the sentence tells a fund's close ("first close of its second US dollar
    fund", "二号基金完成首次关帐"), not a round's ("the first close of its Series B": a round
    stands between the close and the fund noun, or there is no fund noun)."""
    text = ctx.text
    for close in _cue_regex("fund_close").finditer(text, sentence.start, sentence.end):
        # "its third RMB fund has completed the final closing": the noun may lead by a verb.
        low, high = max(sentence.start, close.start() - 30), min(sentence.end, close.end() + 50)
        fund = _cue_regex("fund_nouns").search(text, low, high)
        if fund is None:
            continue
        between = min(close.end(), fund.end()), max(close.start(), fund.start())
        if not _within(*between, ctx.rounds):
            return True
    return False


ROUND_TALK = regex.compile(
    r"(?i)\b(?:the|this) (?:round|transaction|deal|financing|investment|raise|funding)\b|本轮|该轮|此轮|本次融资"
    # "本次交易于5日完成交割", not "单笔超过10亿元的交易就有五宗" (a market statistic)
    r"|(?:本次|本笔|这笔|该笔|该|此项|此)交易"
)


@cache
def _date_note() -> regex.Pattern[str]:
    """ "(Announced Tuesday.)": a sentence that only dates the round told before it."""
    verbs = alternation(en_events()["document"]["date_note_verbs"], flags="i")
    return regex.compile(rf"[\s(*_]*{verbs}\b")


@cache
def _zh_date_note() -> regex.Pattern[str]:
    """ "翼察科技于1月20日与投资人完成签约": a sentence that says when the round was signed."""
    return regex.compile(alternation(zh_events()["document"]["date_note_verbs"]))


def _nearest(money: list[Money], pos: int) -> Money | None:
    return min(money, key=lambda m: abs(m.start - pos)) if money else None


def _en_round_dates(ctx: DocContext, sentence: Sentence, anchor: int) -> list[DateMention] | None:
    """In an English sentence naming several rounds, the dates of the round ending at ``anchor``.

    A date follows its round ("a $3 million seed in 2018, a $28 million Series A in 2020",
    "Its Series A (600 million yen, in 2019) and Series B (2 billion yen, in 2021)"): the dates
    between this round and the next. The first round also owns the dates before it ("In 2019
    it raised a seed round ..., and a Series A in 2021"). Empty when the sentence names one
    round, or this round has no date of its own (the caller then reads the whole sentence).
    None when the sentence names one round: the caller reads the whole sentence. The first
    round of a sentence whose dates all stand in the clause of a later round it looks back on
    ("$30 million in Series B funding at the same valuation it set in its Series A last
    year") has no date of its own: empty.
    """
    rounds = ctx.rounds
    first = bisect.bisect_left(rounds, sentence.start, key=_start)
    last = bisect.bisect_left(rounds, sentence.end, key=_start)  # bisect: linear in rounds
    index = bisect.bisect_left(rounds, anchor, key=lambda r: r.end)
    if last - first < 2 or not first <= index < last or rounds[index].end != anchor:
        return None
    stop = rounds[index + 1].start if index + 1 < last else sentence.end
    after = _within(anchor, stop, ctx.dates)
    if after or index > first:
        return after or None
    before = _within(sentence.start, rounds[first].start, ctx.dates)
    if before or not _looks_back(ctx, rounds[first + 1]):
        return before or None
    return []


@cache
def _en_looking_back() -> regex.Pattern[str]:
    """ "it set in its Series A": the words before a round told as the past a sentence looks
    back on."""
    rounds = en_events()["rounds"]
    possessive = alternation(rounds["looking_back_possessives"], flags="i")
    adjective = alternation(rounds["looking_back_adjectives"], flags="i")
    return regex.compile(rf"\b{possessive}\s(?:{adjective}\s)?$")


def _looks_back(ctx: DocContext, mention: RoundMention) -> bool:
    looking_back = _en_looking_back()
    return looking_back.search(ctx.text, max(0, mention.start - 20), mention.start) is not None


def _scene_date(ctx: DocContext, sentence: Sentence) -> tuple[DateValue, int] | None:
    """The date a sentence of no round and no money opens with ("The following spring, …"),
    or, in Chinese, closes with ("转折点出现在2023年4月。", "答：2020年夏天。"), and the
    sentence's end."""
    if sentence.headline:
        return None
    mentions = _within(sentence.start, sentence.end, ctx.dates)
    start = sentence.start
    if ctx.interview and (speaker := SPEAKER_LABEL.match(ctx.text, start, sentence.end)):
        start = speaker.end()  # "A: March 2021.", "答：2020年夏天。": the answer opens on it
    for mention in mentions:
        opens = mention.start <= start + 1 or _opens_with_date(ctx.text, start, mention.start)
        if (
            not opens
            and mention is mentions[-1]
            and is_chinese(ctx.text[mention.start : mention.end])
        ):
            opens = zh_scene_tail().fullmatch(ctx.text, mention.end, sentence.end) is not None
        if not opens or mention.not_event or mention.kind in UNRESOLVED_KINDS:
            return None
        value = to_date_value(mention, ctx.original, ctx.reference or ctx.published)  # type: ignore[arg-type]
        return (value, sentence.end) if value is not None else None
    return None


# "| 珩光光电 | B轮 | 3亿元 | … | 12-01 |": a date column's month and day, in that order.
CELL_MONTH_DAY = regex.compile(r"(?P<month>\d{1,2})[-/.](?P<day>\d{1,2})")


def _cell_month_day(ctx: DocContext, cell: tuple[int, int]) -> DateValue | None:
    """The day a date cell's bare "12-01" gives (``month_day``: the publish year, or the year
    before when that day would fall after the publish date); None without a publish date."""
    found = CELL_MONTH_DAY.fullmatch(ctx.text, *cell)
    if found is None or ctx.published is None:
        return None
    value = month_day(int(found["month"]), int(found["day"]), ctx.published)  # type: ignore[arg-type]
    if value is None:
        return None  # "13-45", "02-30": not a day
    surface = ctx.original[cell[0] : cell[1]]
    return DateValue(
        value=value,
        precision="day",
        text=surface,
        span=Span(start=cell[0], end=cell[1], text=surface, label="date"),
        confidence=0.9,
    )


@cache
def _zh_this_round_clause() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A later clause about the round ("，本轮已于11日完成交割"), and the verbs that make its
    date the round's: closed, not spent or planned."""
    cues = zh_events()["cues"]
    openers = alternation(cues["this_round_clause_openers"])
    return regex.compile(rf"[,，;；]{openers}"), regex.compile(alternation(cues["closed_verbs"]))


def _month_of(date: DateValue) -> DateValue:
    """ "The same month" as ``date``: its month, or ``date`` itself when it is no finer."""
    if date.precision != "day":
        return date
    return date.model_copy(update={"value": date.value[:7], "precision": "month"})


def _sentence_date(
    ctx: DocContext, sentence: Sentence, anchor: int | None = None
) -> tuple[DateValue | None, bool]:
    """The round date a sentence states, and whether it says "lately" (近日) instead.

    With an ``anchor`` (the round or its verb), dates in clauses after the anchor's clause
    are not the round's: "岳麓数科完成2.6亿元B轮融资，去年营收破5亿元".
    """
    undated = False
    end = sentence.end
    mentions = _within(sentence.start, end, ctx.dates)
    cell = next((row.date for row in _rows_in(ctx, sentence.start, end) if row.date), None)
    if cell is not None:
        # "| 沃棠智造 | Pre-A轮 | … | 翊沣创投领投，老股东苒石资本跟投 | 12月2日 |": a table row's
        # date column dates its round, wherever the anchor's clause ends.
        mentions, anchor = _within(*cell, ctx.dates), None
        if not mentions:
            return _cell_month_day(ctx, cell), False
    # English puts the date anywhere ("..., the company said on Monday"); Chinese clauses after
    # the round's own clause tell other facts, and of the dates before it the nearest is the
    # round's ("公司于2020年完成B轮融资……，2022年又完成3亿元C轮融资").
    if anchor is not None and is_card(ctx.text, sentence):
        anchor = None  # "轮次：B轮 … 时间：10月21日": a card's date line is its round's date
    if anchor is not None and is_chinese(ctx.text[max(sentence.start, anchor - 16) : anchor + 16]):
        # Bounded windows: a sentence naming thousands of rounds stays linear.
        window_end = min(sentence.end, anchor + LOOKBACK)
        stop = CLAUSE_END.search(ctx.text, anchor, window_end)
        end = stop.start() if stop else window_end
        mentions = _within(max(sentence.start, anchor - LOOKBACK), end, ctx.dates)[::-1]
        # "宣布完成3.2亿元B轮融资，本轮已于11日完成交割": a later clause about this round.
        this_round_clause, closed_verb = _zh_this_round_clause()
        said = this_round_clause.search(ctx.text, end, window_end)
        stop = CLAUSE_END.search(ctx.text, said.end(), window_end) if said else None
        closed = (
            closed_verb.search(ctx.text, said.end(), stop.start() if stop else window_end)
            if said
            else None
        )
        if said is not None and closed is not None:
            mentions = [*mentions, *_within(said.start(), closed.start(), ctx.dates)]
    elif anchor is not None:
        own = _en_round_dates(ctx, sentence, anchor)
        mentions = mentions if own is None else own
    for mention in mentions:
        if mention.kind == "undated":
            undated = True
            continue
        if mention.kind in ("same_day", "same_month"):
            if (told := ctx.last_date or ctx.earlier_item_date) is not None:
                return (_month_of(told) if mention.kind == "same_month" else told), False
            continue
        if mention.not_event:
            continue
        reference = ctx.reference or ctx.published
        value = to_date_value(mention, ctx.original, reference)  # type: ignore[arg-type]
        if value is not None:
            ctx.last_date = value
            return value, undated
    return None, undated


def _fill(
    draft: Draft,
    ctx: DocContext,
    sentence: Sentence,
    amount: Money | None,
    valuation: tuple[Money, str | None] | None,
    investors: list[PartyCandidate],
    anchor: int | None = None,
) -> None:
    if amount is not None:
        if draft.amount is not None and draft.headline is False and sentence.headline:
            pass  # the body already gave the amount: it wins over the headline
        elif draft.amount is not None and sentence.headline is False and draft.headline:
            draft.disagreement = draft.amount.value != amount.value
            draft.amount = amount
        elif draft.amount is None:
            draft.amount = amount
    if _body_restates(draft, sentence, valuation):
        draft.valuation = valuation  # "估值上看60億元" in the headline, "50億至60億元" in the body
    else:
        draft.valuation = _better_valuation(draft.valuation, valuation)
    if valuation is not None and draft.valuation is valuation:
        draft.valuation_headline = sentence.headline
    merge_investors(draft.investors, investors)
    date, undated = _sentence_date(ctx, sentence, anchor)
    if (
        date is None
        and ctx.scene is not None
        and "\n" not in ctx.text[ctx.scene[1] : sentence.start]
    ):
        # "The following spring, as lockdowns sent orders soaring, demand doubled. Brackenloop
        # raised a £35 million Series B": the paragraph's opening date is the round's.
        date = ctx.scene[0]
    if date is not None and (draft.date is None or draft.headline or _refines(date, draft.date)):
        draft.date = date
    draft.undated_cue = draft.undated_cue or undated
    if not sentence.headline:
        draft.headline = False


def _refines(date: DateValue, known: DateValue) -> bool:
    """True when ``date`` tells a day or month inside the month or year already known: "This
    June, Sazanami closed a Series D. The round, which closed on June 12, …"."""
    return (
        known.source == "text"
        and len(date.value) > len(known.value)
        and date.value.startswith(known.value)
        and "W" not in known.value
        and "Q" not in known.value
    )


def _classified(
    ctx: DocContext, sentence: Sentence
) -> tuple[list[Money], list[tuple[Money, str | None]], list[Money]]:
    """The sentence's money by role: amounts, valuations with their basis, and the earlier
    valuations they are compared with."""
    amounts, valuations, earlier = [], [], []
    cells = _valuation_cells(ctx, sentence)
    said = _within(sentence.start, sentence.end, ctx.money)
    for index, money in enumerate(said):
        cell = next((c for c in cells if c[0] <= money.start < c[1]), None)
        if cell is not None:
            # "| Lumefold | Series C | $150M | $1.95B post |": the valuation column's figure;
            # its basis is the cell's, else the header's ("| 投后估值 |").
            valuations.append((money, _cell_basis(ctx.text[cell[0] : cell[1]]) or cell[2]))
            continue
        neighbours = (
            said[index - 1].end if index else sentence.start,
            said[index + 1].start if index + 1 < len(said) else sentence.end,
        )
        role, basis = money_role(ctx.text, money, sentence.start, neighbours)
        if role == "amount" and money.start in ctx.demoted:
            continue
        if role == "amount":
            amounts.append(money)
        elif role == "valuation":
            valuations.append((money, basis))
        elif role == "earlier" and _told_with_amount(ctx, money, sentence):
            # "three times the $900 million at which it was valued when it raised a $90
            # million Series B": the figure is the value of the round the sentence reports.
            valuations.append((money, None))
        elif role == "earlier":
            earlier.append(money)
    return amounts, valuations, earlier


def _valuation_cells(ctx: DocContext, sentence: Sentence) -> list[tuple[int, int, str | None]]:
    """The valuation cells of the table rows inside ``sentence``, with their header's basis."""
    said = ctx.text[sentence.start : sentence.end]
    if "|" not in said and "/" not in said:
        return []
    return [
        (*row.valuation, row.valuation_basis)
        for row in _rows_in(ctx, sentence.start, sentence.end)
        if row.valuation
    ]


CELL_BASIS = regex.compile(r"(?i)\b(?P<pre>pre)(?:-money)?\b|\b(?P<post>post)(?:-money)?\b")


def _cell_basis(cell: str) -> str | None:
    """The basis a valuation cell states: "$72M pre", "$1.95B post", "投后30亿元"."""
    found = CELL_BASIS.search(cell)
    if found is not None:
        return "pre" if found.group("pre") else "post"
    return _basis(cell)


def _investor_amounts(ctx: DocContext, investors: list[PartyCandidate]) -> set[int]:
    """Starts of the money mentions that are an investor's own amount (甲（5亿元）)."""
    taken: set[int] = set()
    for candidate in investors:
        if candidate.amount_span:
            a = candidate.amount_span[0]
            taken.update(m.start for m in _within(a, a + 3, ctx.money))
    return taken


CLAUSE_COMMA = regex.compile(r"[,，]")
QUESTION_END = regex.compile(r"[?？][\s\"'”」』)）]*$")


def _is_question(text: str, sentence: Sentence, rounds: list[RoundMention]) -> bool:
    """True for a sentence ending in a question mark, unless the question is a later quote
    than the sentence's first round ("「我們在2020年領投它的A輪，新台幣3億元，」她說，「投資委員會
    問我，憑什麼值9億？」"): the report stands before it."""
    end = QUESTION_END.search(text, max(sentence.start, sentence.end - 8), sentence.end)
    if end is None:
        return False
    quote = max(text.rfind(mark, sentence.start, end.start()) for mark in "「“")
    return not (
        rounds
        and quote > rounds[0].end
        and len(CLAUSE_COMMA.findall(text, rounds[0].end, quote)) > 1
    )


# How far into an item a dateline may open its story: after a headline line, never deeper.
DATELINE_REACH = 200


def _dateline_day(ctx: DocContext, item: Item) -> object:
    """The day a news agency's dateline opening the item gives ("台北20日電"), or None: the
    date scan has already read its 20日 against the publish date."""
    reach = min(item.end, item.start + DATELINE_REACH)
    dateline = zh_dateline().search(ctx.text, item.start, reach)
    if dateline is None:
        return None
    for mention in _within(dateline.start(), dateline.end(), ctx.dates):
        resolved = resolve(mention, ctx.published)  # type: ignore[arg-type]
        if resolved is not None and resolved[1] == "day":
            return dt.date.fromisoformat(resolved[0])
    return None


#: A feature's body: this many sentences after its title (digest items are far shorter).
FEATURE_BODY = 8


def _unconfirmed_title_company(ctx: DocContext, item: Item, company: PartyCandidate | None) -> bool:
    """True when a long story's title reads a company its body never names: "Inside
    Kettlewise's cap table: SAFEs, notes, … and finally a priced Series A" gives "SAFEs",
    "從頂樓加蓋的助聽耳機，到跨國B輪談判桌" gives "到跨國". A feature names its company
    again; a word only its title holds is a fragment, and the body tells the rounds."""
    first = _first_body(item)
    if company is None or len(item.sentences) - first < FEATURE_BODY:
        return False
    return ctx.text.find(company.name, item.sentences[first].start, item.end) < 0


def _first_body(item: Item) -> int:
    """The index of an item's first sentence after its headline (its length when it has
    none): by bisection, as the headline's sentences come first, so a heading of thousands of
    sentences stays linear."""
    return bisect.bisect_left(item.sentences, True, key=lambda s: not s.headline)


def process_item(ctx: DocContext, index: int, item: Item) -> None:
    """Find the events of one news item and add their drafts to ``ctx.drafts``."""
    main: PartyCandidate | None = None
    item_drafts: list[Draft] = []
    last_told: list[Draft] = []  # the drafts the last sentence with a round or amount filled
    ctx.earlier_item_date = ctx.last_date or ctx.earlier_item_date
    ctx.last_date = None
    ctx.reference = _dateline_day(ctx, item)
    ctx.list_period = _list_period(ctx, item)
    scene: tuple[DateValue, int] | None = None
    asked: RoundMention | None = None  # the one round an interview's last question named
    for sentence in item.sentences:
        ctx.scene, scene = scene, None
        rounds = [
            r
            for r in _within(sentence.start, sentence.end, ctx.rounds)
            if not _is_reference(ctx.text, r)
        ]
        if any(
            _collapsed_round().match(ctx.text, r.end, min(sentence.end, r.end + COLLAPSE_REACH))
            for r in rounds
        ):
            # "原本打算领投一家初创的A轮，但……交易在签约前一周告吹": the deal fell through;
            # neither its round nor the investors it names belong to any event.
            continue
        if _in_statistics_table(ctx, sentence) or (
            sentence.headline and _digest_title().search(ctx.text, sentence.start, sentence.end)
        ):
            # "Africa Tech Funding Roundup: Pandika Hub, Kudiwise and more" titles a digest.
            continue
        if _is_question(ctx.text, sentence, rounds):
            # "問：聽說Pre-A輪談得很辛苦？", "Will Foo raise a Series B?": asks, not reports;
            # in an interview, the answer's figure is the round the question named.
            named = [r for r in rounds if r.canonical is not None]
            asks_round = _asks_about_round().search(ctx.text, sentence.start, sentence.end)
            asked = named[0] if ctx.interview and len(named) == 1 and asks_round else None
            continue
        if rounds and ctx.money and bool(_within(sentence.start, sentence.end, ctx.money)):
            asked = None  # the answer reports a round of its own
        # "天使輪完成約半年後，安澄照護又拿到6,000萬元Pre-A輪": the opening round and its 完成
        # date the sentence; the round it reports follows.
        told_after = _time_clause_end(ctx.text, sentence, rounds)
        rounds = [r for r in rounds if r.start >= told_after]
        amounts, valuations, earlier = _classified(ctx, sentence)
        told = [r for r in rounds if not ROUND_AS_POINT.match(ctx.text, r.end)]
        if not told and not _within(sentence.start, sentence.end, ctx.money):
            # "答：2022年秋天，天使轮之后一年多一点。": a round as a point in time tells none
            scene = _scene_date(ctx, sentence)
            if scene is None and not _within(sentence.start, sentence.end, ctx.dates):
                # "答：2020年夏天。那时候大家都很保守……最后是橡实天使基金领投了天使轮": the
                # scene holds through the paragraph's undated sentences.
                scene = ctx.scene
        # By start, not by equality: a sentence of thousands of rounds stays linear.
        compared = {c.start for m in earlier if (c := _compared_round(ctx, m, sentence))}
        rounds = [r for r in rounds if r.start not in compared]
        # "問：A轮是什么时候？答：2022年秋天……那一轮拿了将近5000万元": the question's round.
        answered = [asked] if asked is not None and amounts else []
        if not item_drafts and not _signal(ctx, sentence, rounds or answered, amounts):
            # Nothing to fill and no round: the investors need not be read (taking an
            # investor's own amount out of ``amounts`` can only weaken the signal).
            story = _story_round_valued(ctx, sentence) if valuations and not rounds else None
            if story is not None:
                _fill(story, ctx, sentence, None, _kept_valuation(valuations), [])
            continue
        chinese = is_chinese(ctx.text[sentence.start : sentence.end])
        investors = zh_investors(ctx, sentence) if chinese else en_investors(ctx, sentence)
        if not investors and rounds:
            investors = table_investors(ctx, sentence)  # a table row names them by column
        taken = _investor_amounts(ctx, investors)
        amounts = [m for m in amounts if m.start not in taken]
        valuation = _kept_valuation(valuations)
        if not _signal(ctx, sentence, rounds or answered, amounts):
            if valuation and _cue_regex("not_round").search(ctx.text, sentence.start, sentence.end):
                valuation = None  # "sold part of its stake in a deal that valued the company at"
            if item_drafts and (investors or valuation):
                target = _draft_filled(
                    ctx, item_drafts, sentence, last_told, valuation_only=not investors
                )
                restated = _restated_amount(ctx, sentence, amounts)
                _fill(target, ctx, sentence, restated, valuation, investors)
                _note_earlier(ctx, target, sentence, earlier)
            elif (
                item_drafts and earlier and bool(_within(sentence.start, sentence.end, ctx.rounds))
            ):
                # "The valuation would more than double the $2.5 billion it was valued at when
                # it raised its Series D in 2023": only an earlier figure and the round it
                # names; the round told last is what it is compared with.
                _note_earlier(
                    ctx, last_told[-1] if last_told else item_drafts[-1], sentence, earlier
                )
            elif (
                item_drafts
                and item_drafts[-1].date is None
                and (
                    ROUND_TALK.search(ctx.text, sentence.start, sentence.end)
                    or _date_note().match(ctx.text, sentence.start, sentence.end)
                    or _zh_date_note().search(ctx.text, sentence.start, sentence.end)
                )
            ):
                # "The round was completed on May 5." after the announcement sentence.
                item_drafts[-1].date = _sentence_date(ctx, sentence)[0]
            elif item_drafts and _cue_regex("closing").search(
                ctx.text, sentence.start, sentence.end
            ):
                # "The financing closed in April and is being announced today", "It closed on
                # December 12": the round's date is its close, before or inside the date the
                # announcement gave it.
                closed = _sentence_date(ctx, sentence)[0]
                if _closes_earlier(closed, item_drafts[-1].date):
                    item_drafts[-1].date = closed
            continue
        earlier_round_valued = _this_round_valued(ctx, sentence, item_drafts, rounds, valuations)
        if earlier_round_valued is not None:
            # "本轮投前估值仅为22亿元，而在2021年11月的C轮融资中……投后估值一度达到60亿元":
            # the figure "this round" opens with is the round told before, not the round named
            # after it. Only the figure: the sentence's date is the named round's.
            item_drafts[-1].valuation = earlier_round_valued
            item_drafts[-1].valuation_headline = sentence.headline
            valuations = [v for v in valuations if v is not earlier_round_valued]
            valuation = _kept_valuation(valuations)
        trigger = _trigger_regex().search(ctx.text, told_after, sentence.end)
        anchors = [
            x
            for x in [
                trigger.start() if trigger else None,
                *(r.start for r in rounds),
                *(m.start for m in amounts),
            ]
            if x is not None
        ]
        announcer = _announcing_backer(ctx, sentence, trigger) if chinese else None
        if announcer is not None and len(anchors) > 1:
            # "远屿资本宣布，其领投的鉴澄医疗B轮融资已完成": the announcer is an investor; the
            # company stands before the round, not before the announcement.
            anchors.remove(trigger.start())  # type: ignore[union-attr]
            investors = [*investors, announcer]
        anchor = min(anchors)
        if _en_reports_aggregate(ctx, sentence, anchor) or (
            not rounds
            and (
                _en_raised_before_exit(ctx, item, sentence, anchor)
                or (chinese and _zh_ipo_raise(ctx, item, sentence))
            )
        ):
            continue
        tabled = table_company(ctx, anchor)
        # A table row names its company in its company column, whatever its other cells say.
        company = tabled or _not_speaker(
            ctx, _company_for(ctx, sentence, anchor, main, item_drafts)
        )
        if (
            chinese
            and company is not None
            and ends_with_descriptor(company.name)
            and _recurring(ctx, company) is None
        ):
            # "**霂遠航運科技**\n新加坡的航運碳排追蹤平台，7月10日完成": a description the
            # text never repeats stands for the company its heading names.
            company = _headline_name(ctx, item) or company
        if tabled is None and not chinese and (company is None or company is main):
            # In a newsletter's "**Name** — …" paragraph, the item's first company is the
            # previous paragraph's, not this one's.
            company = _bold_lead_company(ctx, item, sentence) or company
        subject_backers = [] if tabled else _en_backing_subject(ctx, company, sentence, anchor)
        story_told = False  # the company is the story's, not one the sentence names
        if subject_backers:
            # "Then Banyan Arc Ventures led a $6 million Series A": the subject is the
            # round's investor, and the company is the one the story is about.
            investors = [*investors, *subject_backers]
            # Not the paragraph's topic ("Larrañaga says he pitched forty-one investors. The
            # forty-first, Txoko Ventures, agreed to lead"): a person who tells the story.
            company = main or _story_company(ctx, item)
            story_told = main is None
        inferred = company is None or story_told
        backer = (
            None
            if tabled
            else (
                _investor_subject(ctx, sentence, rounds)
                or _zh_round_of(ctx, sentence, rounds)
                or (_zh_capital_increase_of(ctx, sentence) if chinese and not rounds else None)
                or _en_investor_subject(ctx, sentence, rounds)
                or (None if chinese else _en_round_of_subject(ctx, sentence, rounds))
            )
        )
        if backer is not None:
            company = backer[0]
            # "甲以2,000万元参与乙的A轮": the backer's own stake is not the round's size.
            stakes = _capital_increase_stakes(ctx, sentence) if chinese and not rounds else set()
            if backer[1] is not None:
                investors = [*investors, backer[1]]
                stakes |= _investor_amounts(ctx, [backer[1]])
            amounts = [m for m in amounts if m.start not in stakes]
        if (
            # "Then we raised our seed from two angels": a host's news told before is not it.
            (
                company is None
                or (not chinese and company is main and not _inside(company, sentence))
            )
            and (ctx.interview or not chinese)
            and _first_person(chinese)[0].search(
                ctx.text, max(sentence.start, anchor - (24 if chinese else 48)), anchor
            )
            # "We were one of eleven investors in its angel round": an investor's "we" backs
            # the round; the company is someone else.
            and (chinese or _first_person_investor(ctx) is None)
        ):
            # "We closed our seed in the spring of 2021", "Thrilled to share we've raised our
            # $4.5M pre-seed", "那时我们拿到……种子轮": the company of the founder who speaks.
            company = _first_person_company(ctx, chinese) or company
            inferred = True
        if (
            company is None
            and not chinese
            and item_drafts
            and not _investor_we(ctx, sentence, anchor)
            and (
                _en_pronoun_subject(ctx, sentence, anchor)
                # "Kelvinshore: $8 million Series A-2 …. The cold-chain sensor company raised
                # its A-1 in 2023.": a description stands for the company told last.
                or _en_describes_told_company(ctx, sentence, anchor)
            )
        ):
            # "The Leipzig startup … closed a Series B. The company also said it drew €8
            # million in venture debt": a pronoun subject is the company told last, which in
            # a feature of several companies is not the item's first.
            company = item_drafts[-1].company
        if company is None and chinese:
            company = _not_speaker(ctx, _zh_first_then_subject(ctx, sentence, anchor))
        if company is None:
            company = _captioned_company(ctx, sentence)
        if company is None:
            company = _not_speaker(ctx, _topic(ctx, item, sentence)) or main
        if company is None and is_card(ctx.text, sentence):
            company = _not_speaker(ctx, _headline_name(ctx, item))
        if company is None and chinese:
            company = _not_speaker(ctx, _zh_recurring_subject(ctx, item, sentence))
        elif company is None:
            company = _headline_subject(ctx, item)
            inferred = True
        if company is None:
            # A feature's section ("Boom, then bust") names no subject of its own: the company
            # an earlier section reported, when this section names it.
            company = _earlier_company_named(ctx, item, sentence)
            inferred = True
        if company is None and chinese:
            company = _not_speaker(ctx, _defined_company(ctx, item, sentence.start))
        if company is None and chinese:
            company = _not_speaker(ctx, _aliased_company(ctx, item, sentence.start))
        if company is None and chinese:
            company = _not_speaker(ctx, _section_of_defined(ctx, item, sentence))
        if company is None and chinese:
            company = _title_company(ctx)
        if company is None and chinese:
            # "真正讓安澄照護打開知名度的，是…完成的2億元A輪": the story's company, named
            # inside a sentence whose subject is a clause.
            company = _earlier_company_named(ctx, item, sentence, inside=True)
            inferred = True
        if company is None and chinese:
            company = _zh_story_section_company(ctx, item, rounds)
            inferred = True
        if company is None and chinese and ctx.interview:
            # "鍾立衡：2022年那一輪A輪拿了2億元": an interview's answer tells of the
            # interviewee's company, the one the interview reported last, or else the one the
            # text says the interviewee founded.
            company = ctx.drafts[-1].company if ctx.drafts else _first_person_company(ctx, True)
            inferred = True
        if (
            company is None
            and not chinese
            and (
                subject_backers
                or _en_pronoun_subject(ctx, sentence, anchor)
                or _en_round_subject(ctx, sentence, rounds)
            )
        ):
            # A feature's later section: "In mid-2023 it raised ...", told of the company
            # the story's earlier sections reported.
            company = _story_company(ctx, item)
            inferred = True
        if company is None and not sentence.headline and _heading_names_company(ctx, item):
            # "**晞嵐材料**\n該公司昨日宣布完成……", "**Kiteloom**\n新加坡跨境物流軟件公司。該公司
            # 完成……": a digest item names its company in the bold heading alone.
            company = _headline_name(ctx, item)
            inferred = True
        if sentence.headline and _unconfirmed_title_company(ctx, item, company):
            continue
        continued = None
        if company is main and rounds:
            # "…"Shuzhi Lingyuan" completed angel round and Pre-A round financing. Angel round
            # investor is …; Pre-A round was led by …": a subjectless sentence naming only the
            # rounds the sentence before told goes on about that sentence's company.
            continued = _told_before(last_told, rounds)
            company = continued or company
        if continued is None:
            last_told = []
        main = main or company
        round_list: list[RoundMention | None] = list(rounds) if rounds else [None]
        by_round = (
            _investors_by_round(ctx, sentence, rounds, investors) if len(round_list) > 1 else {}
        )
        # "正在洽谈新一轮融资……。拓舶於2024年完成的B輪……": a round told as done is not the plan.
        done = _told_done(ctx, sentence)
        if answered:
            asked = None  # one answer sentence takes the question's round
        for position, mention in enumerate(round_list):
            canonical = mention.canonical if mention else None
            if position and not chinese and not tabled and backer is None:
                # "Maresia raised a €12 million Series A … and Vinhal Robotics a €30 million
                # Series B at …": a coordinated clause that leaves out the verb names its own
                # company.
                company = _gapped_company(ctx, round_list[position - 1], mention) or company
            elif position and chinese and backer is not None and mention is not None:
                # "弦芷资本领投了芯棱光电8000万元的A轮融资，镜岳科技1.5亿元的B轮则由……领投": a
                # later clause names its own round's company.
                # "……；月中，又与乙共同领投丙的2,200万美元B轮": the verb before it names it.
                led_by_verb = _zh_round_of(ctx, sentence, [mention])
                company = (
                    (led_by_verb[0] if led_by_verb else None)
                    or _zh_clause_company(ctx, sentence, round_list[position - 1], mention)
                    or company
                )
            if mention is None and answered:
                canonical = answered[0].canonical
            new = mention is not None and ctx.text[mention.start : mention.end] in _introduced()
            # "曦衡微上一轮融资为B轮": the round before, done, never the new round in talks.
            previous = mention is not None and _previous_round().search(
                ctx.text, max(0, mention.start - 20), mention.start
            )
            draft = _find_draft(
                item_drafts, company, canonical, new, done or bool(previous), sentence.start
            )
            if draft is not None and _another_year(
                ctx,
                sentence,
                draft,
                mention,
                anchor,
                _raised_own(ctx, sentence, company, trigger, mention, amounts),
            ):
                draft = None
            if draft is None:
                draft = Draft(
                    index,
                    company,
                    canonical,
                    (mention.start, mention.end) if mention else None,
                    sentence.headline,
                    sentence=(sentence.start, sentence.end),
                    inferred_company=inferred,
                )
                facts = [*(r.end for r in rounds), *(m.start for m in amounts)]
                draft.status = _status(ctx.text, sentence, min(facts) if facts else sentence.end)
                item_drafts.append(draft)
            else:
                draft.company = _merged_company(draft.company, company)
                draft.inferred_company = draft.inferred_company and inferred
            if draft.round is None and canonical is not None:
                named_at = mention or answered[0]
                draft.round, draft.round_span = canonical, (named_at.start, named_at.end)
            pos = mention.start if mention else anchor
            amount = (
                _nearest(amounts, pos)
                if len(round_list) == 1
                else _amount_of(mention, rounds, amounts, ctx.text)
            )
            own = investors if len(round_list) == 1 else by_round.get(id(mention), [])
            valued = (
                valuation
                if len(round_list) == 1
                else _valuation_of(mention, rounds, valuation, valuations)
            )
            if valued is None and valuation is not None and _same_figure(ctx, valuation, mention):
                valued = valuation  # "at the same $250 million valuation it set in its Series A"
            _fill(draft, ctx, sentence, amount, valued, own, mention.end if mention else anchor)
            if continued is None or all(told is not draft for told in last_told):
                # A run of sentences going on about one round adds it once: the list, and
                # each sentence's reading of it, stay as long as the rounds it names.
                last_told.append(draft)
            if trigger:
                draft.cues.append(
                    Span(
                        start=trigger.start(),
                        end=trigger.end(),
                        text=ctx.original[trigger.start() : trigger.end()],
                        label="cue:trigger",
                    )
                )
        if last_told:
            _note_earlier(ctx, last_told[-1], sentence, earlier)
    if ctx.list_period is not None:
        # "recently" under a day's heading is that day's news; under a month's, the publish
        # date's (docs/dates.md).
        daily = ctx.list_period.precision == "day"
        for draft in item_drafts:
            if draft.date is None and (daily or not draft.undated_cue):
                draft.date = ctx.list_period
    ctx.drafts.extend(item_drafts)


SECTION_HEADING = regex.compile(r"[ \t]*#{2,6}[ \t]")
TABLE_ROW = regex.compile(r"[ \t]*\|")


def _list_period(ctx: DocContext, item: Item) -> DateValue | None:
    """The period a list's or a table's section heading gives its lines, or None.

    "## 二、11月融资TOP10" over "1. 穹宇智驾 C轮 15亿元 …", "## 7 月募資一覽" over a markdown
    table: a monthly report's list dates each line or row that gives no date of its own by the
    heading's month. The period holds for the numbered items or table rows right after the
    heading and ends at the first item that is neither.
    """
    if LIST_NUMBER.match(ctx.text, item.start) or TABLE_ROW.match(ctx.text, item.start):
        return ctx.list_period
    heading = item.sentences[0] if item.sentences else None
    if heading is None or not SECTION_HEADING.match(ctx.text, heading.start):
        return None
    # The whole heading line: "## I. TOP10 financing events in October" is two sentences.
    line_end = ctx.text.find("\n", heading.start, item.end)
    start, end = heading.start, line_end if line_end >= 0 else item.end
    rounds = _within(start, end, ctx.rounds)
    money = _within(start, end, ctx.money)
    if rounds or money:
        return None  # "## 11月完成B轮": a headline, not a section over a list
    for mention in _within(start, end, ctx.dates):
        if mention.not_event or mention.kind in UNRESOLVED_KINDS:
            continue
        value = to_date_value(mention, ctx.original, ctx.published)  # type: ignore[arg-type]
        if value is not None and value.precision in ("month", "quarter"):
            return value
        if value is not None and value.precision == "day" and _opens_heading(ctx, start, mention):
            return value  # "## March 2 (Monday)" over a daily digest's numbered items
    return None


def _opens_heading(ctx: DocContext, heading: int, mention: DateMention) -> bool:
    """Whether a date opens its heading line ("## March 2 (Monday)", "## 3月2日 周一"), so
    that the heading is the day's, not a headline that names a day."""
    return not ctx.text[heading : mention.start].strip("#*- \t")


#: "took a " before an amount: the article belongs to the amount's phrase.
EN_ARTICLE_BEFORE = regex.compile(r"(?<![A-Za-z])[Aa]n?\s+$")


@cache
def _zh_first_then() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """ "先是" ending a subject, and "随后" opening a later clause (zh ``[company].first_then``)."""
    first, then = zh_events()["company"]["first_then"]
    return regex.compile(alternation(first)), regex.compile(alternation(then))


#: How far past its anchor a sentence's later clause and status verb are read (characters).
LATER_CLAUSE_READ = 40


def _zh_later_clause_subject(
    ctx: DocContext, sentence: Sentence, anchor: int
) -> PartyCandidate | None:
    """The name opening a later clause of the sentence right before its status verb, when the
    text names it again: "南灣天使會……共同投資新台幣1,200萬元，蝦米智能就此完成天使輪"."""
    end = min(sentence.end, anchor + LATER_CLAUSE_READ)
    trigger = _trigger_regex().search(ctx.text, anchor, end)
    if trigger is None:
        return None
    clause = clause_start(ctx.text, anchor, trigger.start())
    if clause <= anchor:
        return None
    named = company_before(ctx.text, clause, trigger.start())
    if named is None or named.start != clause or is_institution(named.name):
        return None
    return _recurring(ctx, named)


def _zh_first_then_subject(
    ctx: DocContext, sentence: Sentence, anchor: int
) -> PartyCandidate | None:
    """The subject of "X先是……，随后完成……融资": the name before 先是 in an earlier clause
    is the subject of the round's clause, which opens with 随后 and names none."""
    first, then = _zh_first_then()
    opening = clause_start(ctx.text, sentence.start, anchor)
    if opening <= sentence.start or not then.match(ctx.text, opening, anchor):
        return None
    marker = first.search(ctx.text, sentence.start, opening)
    if marker is None:
        return None
    return company_before(
        ctx.text, clause_start(ctx.text, sentence.start, marker.start()), marker.start()
    )


#: The longest money mention ``_raised_own`` looks back over from a round (characters).
MONEY_REACH = 200


def _raised_own(
    ctx: DocContext,
    sentence: Sentence,
    company: PartyCandidate | None,
    trigger: regex.Match[str] | None,
    mention: RoundMention | None,
    amounts: list[Money],
) -> Money | None:
    """The amount a dated sentence says its company raised, or None.

    "In early 2023, Haulspring raised $45 million", "In the spring of 2024 the company took a
    $30 million bridge round": the company (named, or "the company") raised the amount right
    after the raise verb or right before a round word, and a date opens the report. "has
    raised $240 million since it was founded in 2017" is a total (its date follows), and "up
    from $4 million in 2024" raises nothing.
    """
    if company is None:
        return None
    named = sentence.start <= company.start < sentence.end
    # Only amounts near the verb or the round can qualify: a bisected window keeps a sentence
    # of thousands of rounds linear (every amount was read for every round).
    near = [
        *(_within(trigger.end(), trigger.end() + 17, amounts) if trigger else []),
        *(_within(mention.start - MONEY_REACH, mention.start, amounts) if mention else []),
    ]
    for money in sorted({id(m): m for m in near}.values(), key=lambda m: m.start):
        after_verb = trigger is not None and 0 <= money.start - trigger.end() <= 16
        before_round = mention is not None and 0 <= mention.start - money.end <= 2
        if not (after_verb or before_round):
            continue
        told = trigger.start() if after_verb and trigger else money.start
        article = EN_ARTICLE_BEFORE.search(ctx.text, max(sentence.start, told - 4), told)
        told = article.start() if article else told  # "the company took a $30 million …"
        if _within(sentence.start, told, ctx.dates) and (
            named or _en_pronoun_subject(ctx, sentence, told)
        ):
            return money
    return None


def _another_year(
    ctx: DocContext,
    sentence: Sentence,
    draft: Draft,
    mention: RoundMention | None,
    anchor: int,
    raised: Money | None,
) -> bool:
    """True when a sentence would fill a draft but tells a round of another year.

    "raised $12 million in new funding, the company confirmed on Tuesday … In 2022, Lumacoil
    raised a $60 million Series B": the Series B is history, not the name of the new round.
    "Its Series B, a $55 million round in 2020 … In early 2023, Haulspring raised $45 million
    in a flat round": a dated raise of an amount of its own (``raised``) is another round.
    """
    if draft.date is None:
        return False
    if mention is not None and mention.canonical is not None:
        if draft.round is not None:
            return False
    elif raised is None or draft.amount is None or draft.amount.value == raised.value:
        return False
    when = _sentence_date(ctx, sentence, mention.end if mention else anchor)[0]
    return when is not None and when.value[:4] != draft.date.value[:4]


def is_bare_mention(ctx: DocContext, draft: Draft) -> bool:
    """True for a round with nothing but a Chinese name the text never repeats: no amount, no
    valuation, no investor, no date. "■ 疫情讓A輪告吹", "……降溫的情況下，這樣規模的B輪相當少見": the
    "name" is a fragment of narration around a round word, not a company."""
    company = draft.company
    if company is None or draft.amount or draft.valuation or draft.investors or draft.date:
        return False  # "公司此前于今年3月完成A+轮融资": a dated round is told, not talked of
    if not is_chinese(company.name) or ctx.text.startswith("|", draft.sentence[0]):
        return False  # a table row names each company once
    names = [company.name, *company.aliases]
    return not any(ctx.text.count(name) > 1 for name in names)


def _told_before(drafts: list[Draft], rounds: list[RoundMention]) -> PartyCandidate | None:
    """The one company of ``drafts`` when they hold every round in ``rounds``."""
    companies = {_key(d.company.name) for d in drafts if d.company is not None}
    if len(companies) != 1 or drafts[0].company is None:
        return None
    told = {d.round for d in drafts}
    return drafts[0].company if all(r.canonical in told for r in rounds) else None


def _draft_filled(
    ctx: DocContext,
    drafts: list[Draft],
    sentence: Sentence,
    last_told: list[Draft],
    *,
    valuation_only: bool,
) -> Draft:
    """The draft a sentence that names no round of its own fills: the one whose company it
    names, else the round it talks of; a valuation alone skips a loan ("signed a €15 million
    venture debt facility. ... it was just under €200 million on a post-money basis": the
    equity round has the valuation)."""
    # A valuation alone belongs to the round just told; investors to the draft made last
    # ("B轮由沅芷资本领投；可转债部分由老股东稷木资本全额认购": the note, told after the round).
    told = last_told if valuation_only or _retold_here(ctx, drafts, sentence, last_told) else []
    target = _draft_named(ctx, drafts, sentence)
    if (
        target is None
        and valuation_only
        and _cue_regex("this_round").search(ctx.text, sentence.start, sentence.end)
    ):
        # "岚冰储能是本周单笔金额最大的交易。据悉，本轮完成后公司投后估值约为12亿美元": the
        # round of the company the sentence before named.
        named = _named_just_before(ctx, [*ctx.drafts, *drafts], sentence)
        target = named[-1] if named and named[-1].company is not drafts[-1].company else None
    target = target or _round_talked_of(ctx, drafts, sentence, told)
    if target.round == "debt" and (
        valuation_only or _round_noun().search(ctx.text, sentence.start, sentence.end)
    ):
        # "…alongside a separate $40 million term loan. New investors A and B joined the
        # round": a loan is no round, and a valuation is an equity round's.
        target = next((d for d in reversed(drafts) if d.round != "debt"), target)
    return target


def _retold_here(
    ctx: DocContext, drafts: list[Draft], sentence: Sentence, last_told: list[Draft]
) -> bool:
    """True when the round told last is an earlier paragraph's, told again in this one: a
    newsletter's table row, then its note ("**Paymora.** Tannery Lane led the $35 million
    Series B; other backers in the round include …"). The note's investors are that round's,
    not those of the draft made last (the row above), when that one is another company's."""
    if len(last_told) != 1 or last_told[0] is drafts[-1]:
        return False
    told, made_last = last_told[0], drafts[-1]
    if told.company is None or made_last.company is None:
        return False
    if told.company.name == made_last.company.name:
        return (
            False  # "B轮由沅芷资本领投；可转债部分由老股东稷木资本全额认购": the note, told after
        )
    paragraph = ctx.text.rfind("\n", 0, sentence.start) + 1
    return told.sentence[0] < paragraph and any(
        r.canonical == told.round for r in _within(paragraph, sentence.start, ctx.rounds)
    )


@cache
def _round_noun() -> regex.Pattern[str]:
    """The bare word for a round ("round", 轮)."""
    english, chinese = en_events()["rounds"]["nouns"], zh_events()["rounds"]["nouns"]
    return regex.compile(rf"\b(?i:{alternation(english)})\b|{alternation(chinese)}")


def _draft_named(ctx: DocContext, drafts: list[Draft], sentence: Sentence) -> Draft | None:
    """The latest draft, in this item or an earlier one, whose company a sentence about a round
    it does not name names ("The Nerisca round valued the company at $260 million"), unless
    the sentence names the item's latest company too."""
    said = ctx.text[sentence.start : sentence.end]
    if not _round_noun().search(said):
        return None  # "有消息称麦垛估值已超过30亿元": a rumour, not a round's valuation

    def named(draft: Draft) -> bool:
        company = draft.company
        return company is not None and any(
            len(name) >= 2 and name in said for name in [company.name, *company.aliases]
        )

    if named(drafts[-1]):
        return None
    return next((d for d in reversed([*ctx.drafts, *drafts]) if named(d)), None)


def _round_talked_of(
    ctx: DocContext, drafts: list[Draft], sentence: Sentence, last_told: list[Draft]
) -> Draft:
    """The draft a sentence naming no round fills: the one the last sentence with a round or an
    amount told of when ``last_told`` is given ("…the Series B was led by A. After this round,
    the valuation exceeded…"), else the one made last,
    unless the sentence says "this round" (本轮) after one background sentence about a round of
    an earlier year ("公司去年完成A轮……。本轮投后估值约1亿美元"): then the item's first round,
    the one it reports. A history told round by round has many such sentences; there "this
    round" is the round just told."""
    latest = last_told[-1] if last_told else drafts[-1]
    first = drafts[0]
    background = {draft.sentence for draft in drafts[1:]}
    if (
        latest is not first
        and len(background) == 1
        and latest.date is not None
        and first.date is not None
        and latest.date.value[:4] < first.date.value[:4]
        and ROUND_TALK.search(ctx.text, sentence.start, sentence.end)
    ):
        return first
    if not last_told and len(drafts) > 1 and _told_as_background(drafts[-2], latest):
        # "$30 million in Series B funding at the same $250 million valuation it set in its
        # Series A last year. Merrowfield led": the investors are the reported round's.
        return drafts[-2]
    return latest


def _told_as_background(reported: Draft, latest: Draft) -> bool:
    """True when ``latest`` is an earlier-dated round the sentence reporting ``reported``
    mentions after it, with no amount of its own."""
    return (
        latest.sentence == reported.sentence
        and latest.amount is None
        and reported.amount is not None
        and latest.date is not None
        and (reported.date is None or latest.date.value < reported.date.value)
    )


def _merged_company(
    known: PartyCandidate | None, new: PartyCandidate | None
) -> PartyCandidate | None:
    """One party from two mentions of it: the first name, every other name as an alias."""
    if known is None or new is None or known is new:
        return known or new
    for name in [new.name, *new.aliases]:
        if _key(name) != _key(known.name) and name not in known.aliases:
            known.aliases.append(name)
    return known


def _investors_by_round(
    ctx: DocContext, sentence: Sentence, rounds: list[RoundMention], investors: list[PartyCandidate]
) -> dict[int, list[PartyCandidate]]:
    """In "天使轮由甲投资，A轮由乙领投", each investor belongs to the round named before it: the
    investors keyed by ``id`` of their round, read once per sentence (not once per round: a
    sentence with thousands of rounds and investors stays linear).

    After a shared cue ("Its Series A and Series B were both led by X", "两轮均由甲领投") the
    investors belong to every round named before the cue."""
    owned: dict[int, list[PartyCandidate]] = {}
    shared = _cue_regex("shared_investors").search(ctx.text, sentence.start, sentence.end)
    before = [r for r in rounds if shared and r.end <= shared.start()]
    for investor in investors:
        if shared and len(before) > 1 and investor.start >= shared.end():
            for mention in before:
                owned.setdefault(id(mention), []).append(investor)
            continue
        index = bisect.bisect_right(rounds, investor.start, key=_start) - 1
        owned.setdefault(id(rounds[max(index, 0)]), []).append(investor)
    return owned


def _valuation_of(
    mention: RoundMention | None,
    rounds: list[RoundMention],
    valuation: tuple[Money, str | None] | None,
    valuations: list[tuple[Money, str | None]],
) -> tuple[Money, str | None] | None:
    """In a sentence naming several rounds, a valuation belongs to the last round named before
    it ("a $70 million Series B ... valued it at $450 million"), or to the first round when it
    comes first. ``valuation`` is the sentence's kept one; a round it does not belong to
    keeps one of its own ("a €12 million Series A at a €55 million post-money valuation and
    Vinhal Robotics a €30 million Series B at €190 million pre-money")."""
    if valuation is None or mention is None:
        return valuation

    index = bisect.bisect_right(rounds, valuation[0].start, key=_start) - 1
    if rounds[max(index, 0)] is mention:
        return valuation
    # This round's own: the valuations between it and the next round (bisected, so a
    # sentence of thousands of rounds stays linear); the first round also owns those before it.
    position = bisect.bisect_left(rounds, mention.start, key=_start)
    low = mention.start if position else 0
    first = bisect.bisect_left(valuations, low, key=lambda v: v[0].start)
    last = (
        bisect.bisect_left(valuations, rounds[position + 1].start, key=lambda v: v[0].start)
        if position + 1 < len(rounds)
        else len(valuations)
    )
    return _kept_valuation(valuations[first:last])


@cache
def _same_figure_regex() -> regex.Pattern[str]:
    """ "the same" ending right before a figure (en ``[valuation].same_figure``)."""
    return regex.compile(rf"(?i)\b{alternation(en_events()['valuation']['same_figure'])}\s$")


def _same_figure(
    ctx: DocContext, valuation: tuple[Money, str | None], mention: RoundMention | None
) -> bool:
    """True when a flat round's figure ("at the same $250 million valuation it set in its
    Series A") is compared with ``mention``, the round named after it in its clause."""
    money = valuation[0]
    if mention is None or not 0 < mention.start - money.end <= 60:
        return False
    if CLAUSE_END.search(ctx.text, money.end, mention.start):
        return False
    return _same_figure_regex().search(ctx.text, max(0, money.start - 16), money.start) is not None


#: "… and Vinhal Robotics a €30 million": a name after "and", then the object of the verb
#: the clause leaves out (``_gapped_company``).
EN_GAPPED = regex.compile(
    r"\band\s(?P<name>[A-Z][\w&.\-]*+(?:\s[A-Z][\w&.\-]*+){0,3})\s(?:an?|its)\s[^,;.\n]{0,40}+$"
)


def _gapped_company(
    ctx: DocContext, previous: RoundMention | None, mention: RoundMention | None
) -> PartyCandidate | None:
    """The company of a round in a gapped clause ("and Vinhal Robotics a €30 million Series
    B"), read between the round named before it and this one; else None."""
    if previous is None or mention is None:
        return None
    low = max(previous.end, mention.start - 120)
    found = EN_GAPPED.search(ctx.text, low, mention.start)
    if found is None:
        return None
    return company_before(ctx.text, *found.span("name"))


CLAUSE_END = regex.compile(r"[,，;；。]")
COORDINATED = regex.compile(r"\s?(?:与|和|及|以及|、|,|，|and|&|\+)\s?")


def _amount_of(
    mention: RoundMention | None, rounds: list[RoundMention], amounts: list[Money], text: str
) -> Money | None:
    """In a sentence naming several rounds, the amount nearest this round and nearer to it
    than to its neighbouring rounds. Rounds coordinated with a neighbour ("种子轮与天使轮",
    "seed and Series A rounds") share a combined amount, which belongs to neither
    (docs/design.md). Looks only at neighbours, so a sentence with many rounds stays linear."""
    if mention is None:
        return None
    index = bisect.bisect_left(rounds, mention.start, key=_start)
    before = rounds[index - 1] if index > 0 else None
    after = rounds[index + 1] if index + 1 < len(rounds) else None
    if (before and COORDINATED.fullmatch(text, before.end, mention.start)) or (
        after and COORDINATED.fullmatch(text, mention.end, after.start)
    ):
        return None
    best: Money | None = None
    for money in _within(max(0, mention.start - 200), mention.end + 200, amounts):
        gap = _gap(money, mention)
        if any(other is not None and _gap(money, other) < gap for other in (before, after)):
            continue
        if best is None or gap < _gap(best, mention):
            best = money
    return best


def _gap(money: Money, mention: RoundMention) -> int:
    return max(mention.start - money.end, money.start - mention.end, 0)


#: How many recent drafts a new mention is compared with (keeps pathological input linear;
#: one round is retold within a few sentences, or within one digest's worth of events).
RECENT_DRAFTS = 50


@cache
def _previous_round() -> regex.Pattern[str]:
    """Ends right before a round the text names as the one before ("上一轮融资为")."""
    markers = alternation(zh_events()["rounds"]["previous_round_markers"])
    return regex.compile(rf"{markers}(?:\d{{4}}\s?年的?)?\s?$")  # "上一轮融资为2024年的B轮"


@cache
def _introduced() -> frozenset[str]:
    return frozenset(zh_events()["rounds"]["introduced"])


def _told_done(ctx: DocContext, sentence: Sentence) -> bool:
    """True when the sentence says a round was completed: a completed cue with no plan cue
    before it ("拟于年底前完成3亿元A轮募资" plans the round it names)."""
    completed = _cue_regex("completed").search(ctx.text, sentence.start, sentence.end)
    return completed is not None and not _cue_regex("planned").search(
        ctx.text, sentence.start, completed.start()
    )


#: How far after a draft's sentence its other-script retelling may stand (characters).
OTHER_SCRIPT_REACH = 300


def _find_draft(
    drafts: list[Draft],
    company: PartyCandidate | None,
    canonical: str | None,
    new: bool = False,
    done: bool = False,
    at: int = 0,
) -> Draft | None:
    """The recent draft a round mention adds to, if any.

    ``new`` marks a round the text introduces as another one (新一轮): it adds to a headline
    ("……完成新一轮融资" over a body naming the B round) but never to a round already told
    ("……B轮……。……宣布完成新一轮10亿元融资" are two rounds). ``done`` marks a sentence that
    says a round was completed: its named round is not an unnamed round still being planned.
    """
    drafts = drafts[-RECENT_DRAFTS:]
    for draft in reversed(drafts):
        if not _same_company(draft.company, company):
            continue
        if new and draft.round is not None and not draft.headline:
            continue
        if done and draft.round is None and canonical is not None and draft.status == "planned":
            continue
        if draft.round == canonical or canonical is None or draft.round is None:
            return draft
    # The English link text under a Chinese item names the same company in another script,
    # right after the item's rounds: past a round of another company in the link's own
    # script, a digest's later item ("**Otterly**：…A轮" … "**白噪音科技**：…A轮") is another
    # company's round.
    for draft in reversed(drafts):
        if not _other_script(draft.company, company):
            break
        if (
            canonical is not None
            and draft.round == canonical
            and at - draft.sentence[1] <= OTHER_SCRIPT_REACH
        ):
            return draft
    return None


def _other_script(a: PartyCandidate | None, b: PartyCandidate | None) -> bool:
    return a is not None and b is not None and is_chinese(a.name) != is_chinese(b.name)


def _note_earlier(ctx: DocContext, draft: Draft, sentence: Sentence, earlier: list[Money]) -> None:
    """Keep each earlier valuation ``sentence`` compares ``draft``'s with, and the round it
    names after the figure ("up from $410 million when it raised its Series B"), for
    ``with_earlier_valuations``."""
    for money in earlier:
        named = _compared_round(ctx, money, sentence)
        ctx.earlier_valuations.append((draft, money, named, (sentence.start, sentence.end)))


def _kept_valuation(
    valuations: list[tuple[Money, str | None]],
) -> tuple[Money, str | None] | None:
    """ "本輪投前估值為12億元，投後估值15億元": of both, the event keeps the post-money one."""
    return next((v for v in valuations if v[1] == "post"), None) or (
        valuations[0] if valuations else None
    )


def _this_round_valued(
    ctx: DocContext,
    sentence: Sentence,
    item_drafts: list[Draft],
    rounds: list[RoundMention],
    valuations: list[tuple[Money, str | None]],
) -> tuple[Money, str | None] | None:
    """The valuation a clause opening with "this round" gives before the sentence names any
    round, when the item told a round before and the sentence names another one; else None."""
    if not rounds or not item_drafts or item_drafts[-1].valuation is not None:
        return None
    if item_drafts[-1].round in {r.canonical for r in rounds}:
        return None
    this_round = _cue_regex("this_round")
    for told in valuations:
        money = told[0]
        if money.start > rounds[0].start:
            break
        opening = clause_start(ctx.text, sentence.start, money.start)
        if this_round.search(ctx.text, opening, money.start):
            return told
    return None


def _story_round_valued(ctx: DocContext, sentence: Sentence) -> Draft | None:
    """The round a valuation in a later section of a story belongs to, or None.

    "## 估值與營收 … 本輪完成後，田丸科技的投後估值約200億日圓", "答：這一輪的投後估值大概落在
    1.5億美元左右": the sentence says "this round" and names no round; the round is the
    first one the text reported of the company the sentence names or, when it names none,
    of the only company the text has reported. A round that has a valuation keeps it.
    """
    this_round = _cue_regex("this_round")
    if not ctx.drafts or not this_round.search(ctx.text, sentence.start, sentence.end):
        return None
    said = ctx.text[sentence.start : sentence.end]
    named = [
        d
        for d in ctx.drafts
        if d.company is not None and any(n in said for n in (d.company.name, *d.company.aliases))
    ]
    if not named:
        # "玑蓝储能是本周单笔金额最大的交易。据接近交易的人士透露，本轮完成后公司投后估值约为
        # 12亿美元": the company the paragraph named just before.
        named = _named_just_before(ctx, ctx.drafts, sentence)
    if not named:
        first = ctx.drafts[0].company
        if first is None or not all(
            d.company is not None and _same_company(d.company, first) for d in ctx.drafts
        ):
            return None
        named = ctx.drafts
    return named[0] if named[0].valuation is None else None


#: How far back in its paragraph a sentence of "this round" looks for the company it means.
NAMED_REACH = 160


def _named_just_before(ctx: DocContext, drafts: list[Draft], sentence: Sentence) -> list[Draft]:
    """Of ``drafts``, those of the company named last in the paragraph's text just before
    ``sentence``."""
    paragraph = ctx.text.rfind("\n", max(0, sentence.start - NAMED_REACH), sentence.start) + 1
    before = ctx.text[max(paragraph, sentence.start - NAMED_REACH) : sentence.start]
    last, found = -1, None
    for draft in drafts[-RECENT_DRAFTS:]:  # bounded: a text of thousands of rounds stays linear
        if draft.company is None:
            continue
        at = max(before.rfind(n) for n in (draft.company.name, *draft.company.aliases))
        if at > last:
            last, found = at, draft.company
    if found is None:
        return []
    return [d for d in drafts if d.company is not None and _same_company(d.company, found)]


def _compared_round(ctx: DocContext, money: Money, sentence: Sentence) -> RoundMention | None:
    """The round named just after an earlier valuation: "up from $410 million when it raised
    its Series B" (a point of comparison, not a round the sentence reports)."""
    if is_chinese(ctx.text[max(sentence.start, money.start - 2) : money.start]):
        # "较A轮时的6亿元": the round stands between the comparison word and the figure.
        low = max(sentence.start, money.start - 20)
        named = [r for r in _within(low, money.start, ctx.rounds) if _zh_compared(ctx.text, r)]
        return named[-1] if named else None
    if _told_with_amount(ctx, money, sentence):
        return None  # a round told with an amount of its own is reported, not only compared
    return _en_round_after(ctx, money, sentence)


#: How far after an earlier valuation the round it is the value of may be named (characters).
COMPARED_REACH = 60


def _en_round_after(ctx: DocContext, money: Money, sentence: Sentence) -> RoundMention | None:
    """The first round named within reach after an English figure."""
    high = min(sentence.end, money.end + COMPARED_REACH)
    return next(iter(_within(money.end, high, ctx.rounds)), None)


def _told_with_amount(ctx: DocContext, money: Money, sentence: Sentence) -> bool:
    """True when an English earlier figure is followed, within reach, by an amount and then
    a round: "the $900 million at which it was valued when it raised a $90 million Series B"."""
    if is_chinese(ctx.text[max(sentence.start, money.start - 2) : money.start]):
        return False
    named = _en_round_after(ctx, money, sentence)
    return named is not None and bool(_within(money.end, named.start, ctx.money))


def _zh_compared(text: str, mention: RoundMention) -> bool:
    """True for a round named as what a valuation is compared with: "较B轮时高出一倍", "以与A轮
    相同的价格", "与B轮持平", "约为B轮时的四倍"."""
    low = max(0, mention.start - 12)
    if _zh_comparison().round_after.search(text, low, mention.start) is not None:
        return True
    if _zh_multiple_of().match(text, mention.end, mention.end + 10) is not None:
        return True
    joins, alike = _zh_alike()
    return joins.search(text, max(0, mention.start - 1), mention.start) is not None and (
        alike.match(text, mention.end, mention.end + 8) is not None
    )


@cache
def _zh_multiple_of() -> regex.Pattern[str]:
    """ "时的四倍", "时的一半" right after a round: the round is what a figure is a multiple of."""
    multiples = alternation(zh_events()["valuation"]["multiples"])
    return regex.compile(rf"时的[^，,。；;\d]{{0,4}}?{multiples}")


@cache
def _zh_alike() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The word opening an equal comparison right before a round, and its closing word a few
    characters after ("与A轮时相同"), with no clause punctuation between."""
    zh = zh_events()["valuation"]
    return (
        regex.compile(rf"{alternation(zh['alike_joins'])}$"),
        regex.compile(rf"[^，,。；;]{{0,5}}?{alternation(zh['alike'])}"),
    )


def _date_before(a: DateValue | None, b: DateValue | None) -> bool:
    """True when ``a`` is surely earlier than ``b`` (compared at the coarser precision)."""
    if a is None or b is None:
        return False
    width = min(len(a.value), len(b.value), 7)
    return a.value[:width] < b.value[:width]


def with_earlier_valuations(ctx: DocContext, drafts: list[Draft]) -> None:
    """Give an earlier round the valuation a later one is compared with, when that round is
    an event of the text and has none: in "values the company at $1.2 billion, up from $400
    million in its last round", the round before, by date, of the same company; in "up from
    $410 million when it raised its Series B", the Series B. A round the comparison names
    with its figure ("up from $420 million in its 2023 Series B", "较2023年A轮时的9亿元估值")
    is an event even when the text reports it nowhere else: the round, its valuation and the
    date the comparison gives. A figure with no round named ("in its last round") makes
    none."""
    for source, money, mention, told in ctx.earlier_valuations:
        named = mention.canonical if mention else None
        same = [
            d
            for d in drafts
            if d is not source
            and d.company is not None
            and source.company is not None
            and _same_company(d.company, source.company)
        ]
        if named is not None:
            target = next((d for d in same if d.round == named and d.round != source.round), None)
            if (
                target is None
                and mention is not None
                and source.company is not None
                and named != source.round
            ):
                target = _compared_event(ctx, source, money, mention, told)
                at = next((i for i, d in enumerate(drafts) if d is source), len(drafts) - 1)
                drafts.insert(at + 1, target)
        else:
            # An event the text gives no date is dated by the publish date, after any other.
            since = source.date or (
                DateValue(value=ctx.published.isoformat(), precision="day", source="published")
                if isinstance(ctx.published, dt.date)
                else None
            )
            before = [d for d in same if _date_before(d.date, since)]
            target = max(before, key=lambda d: d.date.value if d.date else "", default=None)
        if target is not None and target.valuation is None:
            # "较2024年A轮时12亿元的投后估值", "up from a $400 million post-money valuation": the
            # basis the earlier figure states right after itself.
            after = ctx.text[money.end : money.end + 25].lower().removeprefix("的")
            target.valuation = (money, _stated_basis(after))


#: How far around a compared round its date may stand: "较2023年A轮时", "its Series C last year".
COMPARED_DATE_REACH = 16


def _compared_event(
    ctx: DocContext, source: Draft, money: Money, mention: RoundMention, told: tuple[int, int]
) -> Draft:
    """The event of a round a valuation is compared with: "up from $900 million in its Series C
    last year" is the company's Series C, valued at $900 million, of last year. The date is
    read in ``told``, the comparing sentence, which need not be the one reporting ``source``."""
    draft = Draft(
        source.item,
        source.company,
        mention.canonical,
        (mention.start, mention.end),
        False,
        sentence=source.sentence,
        inferred_company=True,
    )
    low = max(told[0], min(money.start, mention.start) - COMPARED_DATE_REACH)
    high = min(told[1], max(money.end, mention.end) + COMPARED_DATE_REACH)
    for date in _within(low, high, ctx.dates):
        value = to_date_value(date, ctx.original, ctx.published)  # type: ignore[arg-type]
        if value is not None:
            draft.date = value
            break
    year = YEAR_BEFORE_ROUND.search(ctx.text, max(low, mention.start - 8), mention.start)
    if draft.date is None and year is not None:
        # "the $15 million it was valued at in its 2022 seed": a bare year naming the round
        # is no date mention of its own (a bare number is not read as a date anywhere else).
        start, end = year.span(1)
        surface = ctx.original[start:end]
        draft.date = DateValue(
            value=year.group(1),
            precision="year",
            text=surface,
            span=Span(start=start, end=end, text=surface, label="date"),
        )
    return draft


YEAR_BEFORE_ROUND = regex.compile(r"\b((?:19|20)\d{2})\s$")


def merge_across_items(drafts: list[Draft]) -> list[Draft]:
    """Merge drafts of one round told in several items (a digest summary and its item).

    Only drafts naming a round are merged across items, and only with the most recent
    ``RECENT_DRAFTS`` of the same round, which keeps the pass linear.
    """
    merged: list[Draft] = []
    by_round: dict[str, list[Draft]] = {}
    titles: list[Draft] = []  # unnamed-round headline drafts still waiting for their body
    unnamed: dict[tuple[Decimal | None, str | None], list[Draft]] = {}  # unnamed rounds, by amount
    for draft in drafts:
        title = _title_of(titles, draft)
        if title is not None:
            titles.remove(title)
            # Only unnamed-round titles wait here: the body names the round, if anyone does.
            title.round, title.round_span = draft.round, draft.round_span
            _absorb(title, draft)
            if title.round is not None:
                by_round.setdefault(title.round, []).append(title)
            continue
        if draft.round is None and draft.amount is not None:
            # "Xuanwu Computing is raising US$250 million" in a digest's list of highlights,
            # then in its item: one company raising one amount is one round.
            same_size = unnamed.setdefault((draft.amount.value, draft.amount.currency), [])
            twin = next(
                (
                    m
                    for m in reversed(same_size[-RECENT_DRAFTS:])
                    if m.company is not None
                    and draft.company is not None
                    and m.round is None
                    and _same_company(m.company, draft.company)
                ),
                None,
            )
            if twin is not None:
                _absorb(twin, draft)
                continue
            same_size.append(draft)
        told = _bare_retelling(merged, draft)
        if told is not None:
            _absorb(told, draft)
            continue
        same_round = by_round.setdefault(draft.round, []) if draft.round is not None else []
        twin = next(
            (
                m
                for m in reversed(same_round[-RECENT_DRAFTS:])
                if m.company is not None
                and draft.company is not None
                and _same_company(m.company, draft.company)
            ),
            None,
        )
        if twin is None:
            merged.append(draft)
            if draft.round is not None:
                same_round.append(draft)
            elif draft.headline:
                titles.append(draft)
            continue
        _absorb(twin, draft)
    return merged


def _bare_retelling(merged: list[Draft], draft: Draft) -> Draft | None:
    """The company's round told in an earlier item that ``draft`` only refers back to: no round
    named, no amount and no date of its own ("The completion of this round of financing will
    help the company …" under a press release's next bold heading)."""
    if (
        draft.round is not None
        or draft.amount is not None
        or draft.headline
        or draft.company is None
        or (draft.date is not None and draft.date.source == "text")
    ):
        return None
    return next(
        (
            m
            for m in reversed(merged[-RECENT_DRAFTS:])
            if m.item < draft.item
            and m.company is not None
            and m.status == draft.status
            and _same_company(m.company, draft.company)
        ),
        None,
    )


#: How many items after a title its body may start: a title, a subtitle, a byline.
TITLE_REACH = 3


def _title_of(titles: list[Draft], draft: Draft) -> Draft | None:
    """The headline draft that ``draft`` tells the body of, if any.

    A document's title lines split into items of their own ("霜脈傳洽談新一輪募資" above the
    dateline), so the title's unnamed round and the body's telling of it are two drafts in two
    items. The body's first draft of the same company with the same status is that round.
    """
    return next(
        (
            title
            for title in reversed(titles)
            if title.item < draft.item <= title.item + TITLE_REACH
            and title.status == draft.status
            and title.company is not None
            and draft.company is not None
            and _same_company(title.company, draft.company)
        ),
        None,
    )


def _body_restates(
    draft: Draft, sentence: Sentence, valuation: tuple[Money, str | None] | None
) -> bool:
    """True when the body gives another figure for the valuation a headline has told:
    a headline rounds, the body states (as with amounts). A post-money headline figure stays
    against a pre-money one in the body (the event keeps the post-money valuation)."""
    if (
        valuation is None
        or draft.valuation is None
        or not draft.valuation_headline
        or sentence.headline
    ):
        return False
    known = draft.valuation[0]
    new = valuation[0]
    if (known.value, known.low, known.high, known.currency) == (
        new.value,
        new.low,
        new.high,
        new.currency,
    ):
        return False  # the same figure: the basis is merged below
    return not (draft.valuation[1] == "post" and valuation[1] == "pre")


def _better_valuation(
    known: tuple[Money, str | None] | None, new: tuple[Money, str | None] | None
) -> tuple[Money, str | None] | None:
    """The valuation told first, with the basis a later telling of the same value adds
    ("■ B輪：估值5億美元" then "本輪完成後，投後估值達5億美元"); a post-money valuation
    replaces a pre-money one (docs/corpus.md: an event keeps the post-money figure)."""
    if known is None:
        return new
    if known[1] == "pre" and new is not None and new[1] == "post":
        return new
    same_value = new is not None and (known[0].value, known[0].currency) == (
        new[0].value,
        new[0].currency,
    )
    if same_value and known[1] is None and new is not None and new[1] is not None:
        return new
    return known


#: Precisions from coarse to fine whose ISO values nest ("2025" < "2025-10" < "2025-10-14").
NESTED_PRECISIONS = ("year", "month", "day")


def _finer_date(known: DateValue | None, new: DateValue | None) -> DateValue | None:
    """The date told first, or a later telling's finer date inside it: a monthly table's row
    dated "2025-10" by its heading, then "closed on October 14" in the commentary."""
    if known is None or new is None:
        return known or new
    if (
        known.precision in NESTED_PRECISIONS
        and new.precision in NESTED_PRECISIONS
        and NESTED_PRECISIONS.index(new.precision) > NESTED_PRECISIONS.index(known.precision)
        and new.value.startswith(known.value + "-")
    ):
        return new
    return known


def _absorb(twin: Draft, draft: Draft) -> None:
    """Fold a second telling of a round into the first."""
    if twin.amount is None or (twin.headline and draft.amount is not None):
        twin.amount = draft.amount or twin.amount
    twin.valuation = _better_valuation(twin.valuation, draft.valuation)
    merge_investors(twin.investors, draft.investors)
    twin.date = _finer_date(twin.date, draft.date)
    twin.company = _merged_company(twin.company, draft.company)
    twin.inferred_company = twin.inferred_company and draft.inferred_company
