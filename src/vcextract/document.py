"""Document structure: the publish date a text carries, news items, headlines and sentences.

Everything here works on the normalised text and returns offsets, so the caller's original
string is never copied or cut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from .dates import parse_absolute_date
from .money.patterns import alternation
from .resources import en_events, zh_events
from .schema import PublishedDate, PublishedSource, Span

FRONT_MATTER = regex.compile(r"\A\s*---[ \t]*\n(?P<body>.{0,4000}?)\n---[ \t]*(?:\n|\Z)", regex.S)
FRONT_MATTER_DATE = regex.compile(r"(?m)^date:[ \t]*[\"']?(?P<date>[^\"'\n]{4,40}?)[\"']?[ \t]*$")
DATE_LINE = regex.compile(
    r"(?m)^[ \t]*(?:DATE|Date|日期|发布时间|发布日期)[ \t]*[:：][ \t]*(?P<date>[^\n]{4,60})$"
)
HEADING = regex.compile(
    # "**Calderon Heat** (Denver)": a bold line may end with a short parenthetical.
    r"[ \t]*(?:#{1,6}[ \t]|\*\*[^*\n]{1,200}\*\*[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?$"
    r"|\(\d{1,2}\)|\d{1,2}[.、)][ \t]?\S|>>)"
)
# （某某證券報） closing a story inside a long paragraph (normalised to half-width brackets).
# （潮汐财经） ends a story; so does any short Han-only note right after a full stop
# （杏林资本观察）, （能源前哨）: outlets' names vary too much to list their endings.
OUTLET_NOTE = regex.compile(
    r"\([^()\n]{1,12}(?:报|社|网|新闻|财经|日报|时报|周刊|Times|News)\)"
    r"|(?<=[。！？!?」”])\(\p{Han}{2,10}\)"
)
SENTENCE_END = regex.compile(
    r"[。！？!?；;]+[”’」』\"]?|\n+"
    # Not after abbreviations; a lone capital ends a sentence ("... in a Series A. The round").
    # Markdown emphasis may open the next one ("told us. *(Announced Tuesday.)*").
    r"|(?<!\b(?:Co|Ltd|Inc|Corp|Pte|Pty|Sdn|Bhd|Mr|Ms|Dr|No|St|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S))\.(?=\s+[*_]{0,3}[A-Z\"(]|\s*$)"
)
MAX_HEADLINE = 160
#: A date line under the title: among the first lines, short, and no sentence.
HEAD_LINES, HEAD_LINES_REACH, MAX_DATE_LINE = 3, 400, 60
MAX_BYLINE = 100
CLAUSE_MARK = regex.compile(r"[，。；：;:!?！？]|\.\s")


@dataclass(frozen=True)
class Sentence:
    """A sentence span; ``headline`` when it is an item's heading line."""

    start: int
    end: int
    headline: bool = False


@dataclass(frozen=True)
class Item:
    """One news item: an optional headline and its sentences."""

    start: int
    end: int
    sentences: tuple[Sentence, ...]


def _date_from(text: str, start: int, end: int) -> dt.date | None:
    return parse_absolute_date(text[start:end])


def _published(
    value: dt.date, source: PublishedSource, original: str, start: int, end: int
) -> PublishedDate:
    return PublishedDate(
        value=value, source=source, span=Span(start=start, end=end, text=original[start:end])
    )


def find_published(text: str, original: str) -> PublishedDate | None:
    """The publish date a text states: front matter, a DATE line, the title, a dateline."""
    front = FRONT_MATTER.match(text)
    if front:
        line = FRONT_MATTER_DATE.search(text, front.start("body"), front.end("body"))
        if line:
            value = _date_from(text, line.start("date"), line.end("date"))
            if value:
                return _published(value, "front_matter", original, *line.span("date"))
    head_end = min(len(text), 1500)
    line = DATE_LINE.search(text, 0, head_end)
    if line:
        value = _date_from(text, line.start("date"), line.end("date"))
        if value:
            return _published(value, "date_line", original, *line.span("date"))
    title_start = len(text) - len(text.lstrip())
    title_end = text.find("\n", title_start)
    title_end = len(text) if title_end < 0 else title_end
    if title_end - title_start <= 200:
        value = _date_from(text, title_start, title_end)
        if value:
            return _published(value, "title", original, title_start, title_end)
    for start, end in _lines(text, title_end, min(len(text), HEAD_LINES_REACH))[:HEAD_LINES]:
        # "THE CAP TABLE — Issue #112\nFriday, 16 May 2025": a short line under the title
        # that is a date and no sentence (it has no clause punctuation) is the date.
        if end - start <= MAX_DATE_LINE and not CLAUSE_MARK.search(text, start, end):
            value = _date_from(text, start, end)
            if value:
                return _published(value, "date_line", original, start, end)
    bracket = regex.search(r"【[^】\n]{1,40}】", text[:300])
    if bracket:
        value = _date_from(text, bracket.start(), min(len(text), bracket.end() + 20))
        if value:
            return _published(value, "dateline", original, bracket.start(), bracket.end())
    return None


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    while cursor < end:
        stop = text.find("\n", cursor, end)
        stop = end if stop < 0 else stop
        if text[cursor:stop].strip():
            spans.append((cursor, stop))
        cursor = stop + 1
    return spans


def _is_headline_line(text: str, start: int, end: int, next_line: tuple[int, int] | None) -> bool:
    line = text[start:end].strip()
    if HEADING.match(text, start, end):
        return True
    if next_line is None or len(line) > MAX_HEADLINE:
        return False
    # "…而是误杀良品。」": a quotation closing on a full stop ends a sentence too.
    unquoted = line.rstrip("」』’")
    ends_sentence = unquoted[-1] in '。！？!?.;；:：)）"”' if unquoted else True
    next_len = next_line[1] - next_line[0]
    # A deal card's first label line may be shorter than the headline above it.
    opens_card = _field_label().match(text, *next_line) is not None
    return not ends_sentence and (next_len > len(line) or opens_card)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans between ``start`` and ``end`` (terminal punctuation kept inside)."""
    spans, cursor = [], start
    for match in SENTENCE_END.finditer(text, start, end):
        if text[cursor : match.end()].strip():
            spans.append((cursor, match.end()))
        cursor = match.end()
    if text[cursor:end].strip():
        spans.append((cursor, end))
    return spans


def split_items(text: str) -> list[Item]:
    """Split a document into news items (headings, headline lines, outlet notes)."""
    front = FRONT_MATTER.match(text)
    body_start = front.end() if front else 0
    lines = _lines(text, body_start, len(text))
    items: list[Item] = []
    current: list[Sentence] = []
    for index, (start, end) in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        # The document's first line is its title when more lines follow and it does not end
        # like a sentence, even when it is long (a digest title listing its headlines).
        is_title = (
            index == 0
            and following is not None
            and not front
            and text[start:end].rstrip()[-1:] not in "。.!?！？;；"
        )
        if is_title or (
            _is_headline_line(text, start, end, following)
            and not _in_card(text, lines, index)
            and not (index <= HEAD_LINES and _is_byline(text, start, end))
        ):
            if current:
                items.append(_item(text, current))
            current = [Sentence(a, b, headline=True) for a, b in split_sentences(text, start, end)]
            continue
        for s_start, s_end in _split_outlets(text, start, end):
            sentences = [Sentence(a, b) for a, b in split_sentences(text, s_start, s_end)]
            current.extend(sentences)
            if OUTLET_NOTE.search(text, s_start, s_end) and s_end < end:
                items.append(_item(text, current))
                current = []
    if current:
        items.append(_item(text, current))
    return items


@cache
def _byline() -> regex.Pattern[str]:
    openers = [
        *en_events()["document"]["byline_openers"],
        *zh_events()["document"]["byline_openers"],
    ]
    marks = [*en_events()["document"]["byline_marks"], *zh_events()["document"]["byline_marks"]]
    return regex.compile(
        rf"[ \t>*_]*(?:{alternation(openers)})(?:[ \t]*[:：]|[ \t]+(?=\p{{Lu}}|\p{{Han}})|(?<=/))"
        rf"|.{{0,{MAX_BYLINE}}}?(?i:{alternation(marks)})"
    )


def _is_byline(text: str, start: int, end: int) -> bool:
    """True for a byline or meta line under a title ("By Leire Azkue | 17 November 2025 | 9
    min read", "文／邱郁庭", "Friday, 16 May 2025"): chrome, never an item's headline."""
    if end - start > MAX_BYLINE:
        return False
    if _byline().match(text, start, end) is not None:
        return True
    return not CLAUSE_MARK.search(text, start, end) and _date_from(text, start, end) is not None


def _split_outlets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for note in OUTLET_NOTE.finditer(text, start, end):
        spans.append((cursor, note.end()))
        cursor = note.end()
    if cursor < end:
        spans.append((cursor, end))
    return spans


def _item(text: str, sentences: list[Sentence]) -> Item:
    return Item(sentences[0].start, sentences[-1].end, tuple(_cards_joined(text, sentences)))


@cache
def _field_label() -> regex.Pattern[str]:
    """A deal card's field label opening a line: "轮次：", "**Investors:**", "- 金额："."""
    labels = [*zh_events()["document"]["field_labels"], *en_events()["document"]["field_labels"]]
    return regex.compile(
        rf"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?i:{alternation(labels)})(?:\*\*)?[ \t]*[:：]"
        r"(?:\*\*)?[ \t]*\S"
    )


def _in_card(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """True for a field-label line next to another ("轮次：B轮" over "金额：2亿元人民币"): a
    deal card's line, never a headline, however short."""
    if not _field_label().match(text, *lines[index]):
        return False
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(_field_label().match(text, *line) for line in neighbours)


def is_card(text: str, sentence: Sentence) -> bool:
    """True for a sentence that is a deal card, or opens with a card's field label."""
    return _field_label().match(text, sentence.start, sentence.end) is not None


def _cards_joined(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with each deal card made one: "轮次：B轮\n金额：2亿元\n投资方：甲\n时间：
    10月21日" tells one round, whose facts the event rules find only within one sentence.

    A card is two or more lines in a row, each opening with a field label; every sentence that
    starts inside it (a label line may hold several: "投资方：A轮由甲领投；A+轮由乙投资") joins.
    """
    joined: list[Sentence] = []
    card: list[Sentence] = []
    labels = 0
    for sentence in [*sentences, None]:
        if sentence is not None and not sentence.headline:
            opens_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
            if opens_line and _field_label().match(text, sentence.start, sentence.end):
                card.append(sentence)
                labels += 1
                continue
            if card and not opens_line:
                card.append(sentence)  # the rest of a label line
                continue
        if labels >= 2:
            joined.append(Sentence(card[0].start, card[-1].end))
        else:
            joined.extend(card)
        card, labels = [], 0
        if sentence is not None:
            joined.append(sentence)
    return joined
