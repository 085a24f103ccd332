"""Parties: the funded company and the investors, read from cue patterns around a trigger.

Functions take the normalised text and a window, and return candidates with offsets; they never
decide which event a party belongs to (``assemble`` does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import regex

from .money.patterns import alternation, currency_words
from .resources import en_events, load_toml, zh_events
from .rounds import ADDED_MONEY, holder_after, round_regex
from .schema import Role
from .text import HAN, inside_number

PAREN = regex.compile(r"\(([^()\n]{1,60})\)")
QUOTED = regex.compile(r"[“\"「『‘]([^”\"」』’\n]{1,30})[”\"」』’]")
CLOSING_QUOTES = '”"」』’'
# Compiled once: these run for every list element and name candidate.
ZH_NOT_INVESTOR = regex.compile(
    r"[的了是在从对将把被们]|等$|为$|轮$|^旗下|领投|跟投|参投|注资|回购|规模|未披露|未揭露|未透露|若干|另有"
    # "两名前银行高层", "寿险业者": people and a trade, not names (数位 is "digital")
    r"|[\d两几数多][家名]|[\d两几多]位|业者$"
    r"|\d\s?[万亿]"  # "总规模100亿元……引导基金": a fund's size, not a name
)
ZH_OF_DESCRIPTOR = regex.compile(r".*的(?=.{4})")
# A parenthesised group opening a span (bounded, no nesting): never part of a name.
LEADING_PAREN = regex.compile(r"[(（][^()（）\n]{1,40}[)）]")
# A space- or bar-separated table row read as one list element: its round and amount cells
# stand before the investor's name (an amount's tail is bounded: linear on a long element).
ZH_ROW_FACTS = regex.compile(r".*(?:\d\s?[万亿][^\s|]{0,8}|轮)[\s|]+(?=\S)")
# An investor's description ends at its last 的; a name of two or more characters follows.
ZH_INVESTOR_OF_DESCRIPTOR = regex.compile(r"[^的]{1,30}的(?=[^的]{2,}$)")


@cache
def short_name_words() -> str:
    """An alternation of the words opening a defined short name (以下简称, hereinafter)."""
    words = [
        *zh_events()["company"]["short_name_markers"],
        *en_events()["company"]["short_name_markers"],
    ]
    return alternation(words, flags="i")


@cache
def _short_name_marker() -> regex.Pattern[str]:
    return regex.compile(rf"\s*{short_name_words()}\s*[:：]?\s*")


@cache
def _later_short_name() -> regex.Pattern[str]:
    """ "(FlavorOps,以下简称味研)": a separator, then a short-name marker."""
    return regex.compile(rf"[,，;；](?=\s*{short_name_words()})")


@cache
def _zh_list_head() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(zh_events()['investors']['list_heads'])})+")


@cache
def _en_list_head() -> regex.Pattern[str]:
    heads = alternation(en_events()["investors"]["list_heads"], flags="i")
    return regex.compile(rf"(?:{heads}\s)+")


@cache
def _en_list_tail() -> regex.Pattern[str]:
    return regex.compile(rf"\s{alternation(en_events()['investors']['list_tails'], flags='i')}$")


@cache
def _adviser() -> regex.Pattern[str]:
    en_words = alternation(en_events()["investors"]["advisers"], flags="i")
    return regex.compile(rf"\b{en_words}\b|{alternation(zh_events()['investors']['advisers'])}")


@cache
def en_place_descriptor() -> regex.Pattern[str]:
    suffixes = alternation(en_events()["company"]["place_suffixes"])
    return regex.compile(rf"(?:[\w.’'-]+\s)?[\w.’'-]+-{suffixes}\s")


@cache
def en_time_opener() -> regex.Pattern[str]:
    return regex.compile(rf"{alternation(en_events()['company']['time_openers'], flags='i')}\b")


@cache
def role_markers() -> dict[str, Role | None]:
    """A parenthesis after an investor's name -> its role ("甲（领投）", "Foo (lead)"), or None for
    an adviser ("（财务顾问）"), from ``investors.paren_roles`` in both events files ("" means an
    adviser; TOML has no null). Validated on load."""
    markers: dict[str, Role | None] = {}
    for data in (zh_events(), en_events()):
        for word, role in data["investors"]["paren_roles"].items():
            if role not in ("lead", "participant", "existing", ""):
                raise ValueError(f"paren_roles: {word!r} has unknown role {role!r}")
            markers[word.lower()] = role or None
    return markers


@dataclass
class PartyCandidate:
    """A name found in the text, with the other names given for the same party."""

    name: str
    start: int
    end: int
    aliases: list[str] = field(default_factory=list)
    role: Role = "participant"
    amount_span: tuple[int, int] | None = None


def is_chinese(text: str) -> bool:
    """True when the text contains Han characters."""
    return HAN.search(text) is not None


# Markdown and the bullets and circled numbers digests open items with ("◎禾感科技", "② 維脈").
MARKUP = " \t\u3000#*>-_|[]◎▶►▸▲△◆◇■□●○★☆▍•" + "".join(map(chr, range(0x2460, 0x2474)))


def strip_span(
    text: str, start: int, end: int, chars: str = MARKUP + "/／\"'“”「」『』‘’【】,，、:："
) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


@cache
def _zh_strip_regexes() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    words = alternation(
        [*zh_events()["company"]["strip_words"], *zh_events()["company"]["strip_heads"]]
    )
    # Used with .match(text, pos) and .search(text, pos, endpos): "$" honours endpos, "^" does not.
    # "公司共完成五轮融资": some adverbs only close a name (共达科技 opens with 共).
    tails = alternation(
        [*zh_events()["company"]["strip_words"], *zh_events()["company"]["strip_tails"]]
    )
    return regex.compile(rf"(?:{words})+"), regex.compile(rf"(?:{tails}|{ZH_DATE_TAIL})+$")


#: "篁溪资本在2019年": a date closing a span is no part of a name.
ZH_DATE_TAIL = r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?"


@cache
def _zh_manner_tail() -> regex.Pattern[str]:
    """ "以与A轮相同的估值" closing a span: searched with endpos, so "$" is the span's end."""
    tails = alternation(zh_events()["company"]["manner_tails"])
    return regex.compile(rf"以[^，,。；;：:]{{0,20}}?(?:{tails})$")


@cache
def _zh_former_name() -> regex.Pattern[str]:
    """ "原名“海拓电能”的": a former name and its 的, before the name the company has now."""
    markers = alternation(zh_events()["company"]["former_name_markers"])
    return regex.compile(rf"(?:{markers})[“\"「『‘][^”\"」』’\n]{{1,30}}[”\"」』’]的")


@cache
def _zh_not_name_regex() -> regex.Pattern[str]:
    # Also: a date ("2020年", "12月", "两年后", "11号" alone: "11号仓" and "田间2号" are names)
    # or a count of deals ("有331起", "67笔")
    # is never a name, nor is a clause that ends in a verb or preposition ("何承澔说",
    # "明视国际以"). Searched with endpos, so "$" is the name's end.
    words = alternation(
        [*zh_events()["company"]["not_names"], *load_toml("zh/dates.toml")["story_years"]]
    )
    company = zh_events()["company"]
    endings = alternation(company["not_name_endings"])
    # Searched from the name's start, so "\G" anchors the openers there.
    openers = alternation(company["not_name_openers"])
    return regex.compile(
        rf"{words}|\d{{1,4}}\s?[年月日起笔]|(?<!\p{{Han}})\d{{1,4}}\s?号(?!\p{{Han}})"
        rf"|[一二三四五六七八九十两几]年[前后多]|^\d+$|(?:{endings})$"
        rf"|\G(?:{openers})|、"
    )


@cache
def _zh_descriptor_regex() -> regex.Pattern[str]:
    tails = zh_events()["company"]["descriptor_tails"]
    # The last descriptor word wins, tail or 的: "主打中小企业……的穗安保" is 穗安保.
    return regex.compile(rf".*(?:{alternation(tails)}|的)(?=.{{2}})")


@cache
def _zh_investor_verb() -> regex.Pattern[str]:
    return regex.compile(alternation(zh_events()["company"]["investor_verbs"]))


def ends_with_descriptor(text: str) -> bool:
    """True when ``text`` ends with a descriptor's tail word ("東南亞物流平台", "新创公司")."""
    return any(text.endswith(tail) for tail in zh_events()["company"]["descriptor_tails"])


def _described_only(name: str) -> bool:
    """True for a description with no room for a name in it: "整机品牌", "新创", "AI公司".
    A longer one ("玄枢通信公司") may be a name with its 公司, so it stays."""
    company = zh_events()["company"]
    tail = next((t for t in company["descriptor_tails"] if name.endswith(t)), None)
    return (
        tail is not None
        # a trade ("…开发商", "…营运商") names what a company does, however long the words
        # before it: "口服胰岛素贴片VelaPatch开发商" is a description, never a name
        and (len(name) - len(tail) <= DESCRIBED_HEAD or tail in company["trade_tails"])
        and not _legal_suffix(name, company["legal_suffixes"])
        and name not in company["pronouns"]  # "公司" points back to a name: the caller's to read
    )


#: How many characters before a descriptor tail leave no room for a name ("整机" 品牌).
DESCRIBED_HEAD = 2


def _legal_suffix(name: str, suffixes: list[str]) -> int:
    """The length of the legal suffix ``name`` ends with ("有限公司"), 0 for none."""
    return max((len(s) for s in suffixes if name.endswith(s)), default=0)


LIST_NUMBER = regex.compile(r"(?:\d{1,3}[.、)]|[一二三四五六七八九十]{1,3}、)\s?(?=\S)")


@cache
def zh_dateline() -> regex.Pattern[str]:
    """A news agency's dateline opening the story: "（中央社記者王小明台北20日電）",
    "【吉隆坡7日訊】", "【記者鄭宜蓁／台北報導】" (normalised: half-width brackets, simplified),
    and a press release's date and city: "（2025年10月21日，深圳）", "（深圳，2025年10月21日）"."""
    words = alternation(zh_events()["document"]["dateline_words"])
    day = r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"  # "2026 年 1 月 20 日": Taiwan spacing
    city = r"\p{Han}{2,8}"
    return regex.compile(
        rf"[(【](?:[^()【】\n]{{0,30}}?{words}|{day}[,，、\s]*{city}|{city}[,，、\s]*{day})[)】]\s?"
    )


@cache
def _zh_sum_only() -> regex.Pattern[str]:
    """A bare sum ("3亿元", "数千万美元"), which is never a name: "其中，3亿元C轮股权融资由……领投".
    Its currency words are the money tables' (resources/base/currencies.toml)."""
    zh_currency = currency_words()[1]
    return regex.compile(rf"[约近超逾]?(?:\d[\d.,]*|数)[十百千万亿]*[多余]?(?:{zh_currency})")


def clean_zh_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Narrow a span to the name: strip adverbs, dates, descriptors ("清华系大模型公司")."""
    start, end = strip_span(text, start, end)
    numbered = LIST_NUMBER.match(text, start, end)
    if numbered:
        start = numbered.end()  # "2. 黎溆基金": a digest's item number
    opening = LEADING_PAREN.match(text, start, end)
    if opening:
        start = opening.end()  # "（2025年10月21日，深圳）某某企业": a press release's dateline
    if text.count("|", start, end) == 1:
        # "募資快訊｜聲航智能", "3）上市｜德匯食品": a tag before the name (a table row has more)
        start = text.index("|", start, end) + 1
    if text.endswith("今", start, end) and text[end : end + 1] in "(（":
        end -= 1  # "鐿熒今（10）日宣布": 今 opens the date
    backed = last_match(_zh_investor_verb().finditer(text, start, end))
    if backed is not None:
        start = backed.end()  # "远屿资本领投鉴澄医疗2亿元B轮融资": the company follows the verb
    manner = _zh_manner_tail().search(text, start, end)
    if manner is not None and manner.start() > start:
        end = manner.start()  # "衡镜智能以相同的估值": the phrase tells how, not who
    former = _zh_former_name().search(text, start, end)
    if former is not None and former.end() < end:
        start = former.end()  # "原名“海拓电能”的深蓝储能": the name it has now
    head_words, tail_words = _zh_strip_regexes()
    for _ in range(3):
        head = head_words.match(text, start, end)
        if head and head.end() > start:
            start = head.end()
        tail = tail_words.search(text, start, end)
        if tail and tail.start() > start:
            end = tail.start()
        start, end = strip_span(text, start, end)
    # Stripping took the closing quote off "物流机械人「迅栩」": read up to it again.
    quoted = QUOTED.search(text, start, end + 1 if text[end : end + 1] in CLOSING_QUOTES else end)
    if quoted:
        start, end = quoted.span(1)
    else:
        suffix = _legal_suffix(text[start:end], zh_events()["company"]["legal_suffixes"])
        if suffix:
            # 专注于……的上海某某科技有限公司: a "……的" descriptor precedes a legal name; a kind
            # ("功率半导体企业深圳某某有限公司") only when a whole name stays after it, so that
            # "深圳市某某企业管理有限公司" keeps its 企业.
            descriptor = ZH_OF_DESCRIPTOR.match(text, start, end)
            kind = _zh_descriptor_regex().match(text, start, end)
            if descriptor is None and kind is not None and end - kind.end() - suffix >= 4:
                descriptor = kind
        else:
            descriptor = _zh_descriptor_regex().match(text, start, end)
        if descriptor:
            if text[start : descriptor.end()] in zh_events()["company"]["pronouns"]:
                # "公司对外确认已完成": the company itself, not a descriptor of a name.
                return None
            start = descriptor.end()
            if text.startswith("是", start) and text.endswith("的", 0, start):
                start += 1  # "单笔金额最大的是极穹半导体": the name follows 的是
        start, end = strip_span(text, start, end)
    # Checked on the name, not on its descriptor: "成立于2017年的擎仓科技" is a name. A
    # descriptor with no name after it ("早期的") is none.
    if (
        _zh_not_name_regex().search(text, start, end)
        or "的" in (text[start : start + 1], text[end - 1 : end])
        or text[start:end] in _zh_field_labels()  # "轮次：B轮": a deal card's label
        or _described_only(text[start:end])
        or _zh_sum_only().fullmatch(text, start, end)
    ):
        return None
    if _unnamed_opener().search(text, start, end):
        return None  # "正与两家日本金融集团洽谈": a description of others, not a name
    return (start, end) if 2 <= end - start <= 30 else None


def _aliases_in_parens(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]]:
    """Cut trailing parentheticals off a name span; return the new end and the alias spans."""
    aliases: list[tuple[int, int]] = []
    for paren in PAREN.finditer(text, start, end):
        inner_start, inner_end = paren.span(1)
        # "(FlavorOps,以下简称味研)": an English name, then the short name the text defines.
        later = _later_short_name().search(text, inner_start, inner_end)
        if later is not None:
            english = strip_span(text, inner_start, later.start())
            if english[1] > english[0]:
                aliases.append(english)
            inner_start = later.start() + 1
        marker = _short_name_marker().match(text[inner_start:inner_end])
        if marker:
            inner_start += marker.end()
        inner_start, inner_end = strip_span(text, inner_start, inner_end)
        if inner_end > inner_start:
            aliases.append((inner_start, inner_end))
    first = PAREN.search(text, start, end)
    return (first.start() if first else end), aliases


def company_before(text: str, clause_start: int, trigger: int) -> PartyCandidate | None:
    """The funded company named between a clause start and its trigger verb."""
    if trigger <= clause_start:
        return None
    if is_chinese(text[clause_start:trigger]):
        return _zh_company(text, clause_start, trigger)
    return _en_company(text, clause_start, trigger)


def investor_before(text: str, clause_start: int, verb: int) -> PartyCandidate | None:
    """The investor named between a clause start and its verb ("国内学名药大厂永骏制药对乙
    进行策略性投资" names 永骏制药)."""
    backer = company_before(text, clause_start, verb)
    if backer is None:
        return None
    opened = _zh_described_investor().match(text, backer.start, backer.end)
    if opened is None:
        return backer
    return replace(backer, name=text[opened.end() : backer.end], start=opened.end())


def _zh_company(text: str, start: int, end: int) -> PartyCandidate | None:
    # "星河科技（Xinghe）近日": the name ends at its parenthesis; adverbs and dates follow.
    name_end, alias_spans = _aliases_in_parens(text, start, end)
    described = _name_after_described_paren(text, start, name_end, end)
    if described is not None:
        return described
    if name_end < end:
        # "專攻企業AI代理（AI Agent）的新創霽帆數據（Jifan Data）": the first parenthesis
        # explains a word of the descriptor, and the name (with its own) follows its 的.
        first = PAREN.match(text, name_end, end)
        if first is not None and text.startswith("的", first.end(), end):
            later = _zh_company(text, first.end(), end)
            if later is not None:
                return later
    span = clean_zh_name(text, start, name_end)
    if span is None or _whole_round(text[span[0] : span[1]]):
        return None  # "钴澜新材的Pre-IPO轮同样引人关注：": a round, not a name
    aliases = [text[a:b] for a, b in alias_spans if not _is_role_marker(text[a:b])]
    return PartyCandidate(text[span[0] : span[1]], span[0], span[1], aliases=aliases)


def _name_after_described_paren(
    text: str, start: int, paren: int, end: int
) -> PartyCandidate | None:
    """ "抗体偶联药物（ADC）研发企业蔚衍生物": the parenthesis explains a word of the descriptor,
    and the name follows the descriptor's tail word."""
    if paren >= end:
        return None
    parens = list(PAREN.finditer(text, paren, end))
    last = parens[-1] if parens else None
    if last is None or last.end() >= end:
        return None
    tail = _zh_descriptor_regex().match(text, last.end(), end)
    if tail is None or "的" in text[last.end() : tail.end()]:
        return None
    span = clean_zh_name(text, tail.end(), end)
    if span is None:
        return None
    return PartyCandidate(text[span[0] : span[1]], span[0], span[1])


def _is_role_marker(text: str) -> bool:
    return text.strip().lower() in role_markers()


EN_PART_BREAK = regex.compile(r",\s(?!(?:Ltd|Inc|LLC|Limited)\b)")
# Lower-case words inside a name ("Bank of Foo", "Smith & Jones", "Banque de la Cité").
EN_NAME_CONNECTORS = r"of|and|&|de|la|du|von|for"
EN_WORD = rf"(?:[A-Z0-9][\w.&'’-]*|{EN_NAME_CONNECTORS})"
EN_NAME = regex.compile(rf"{EN_WORD}(?:(?:\s|,\s(?=(?:Ltd|Inc|LLC|Limited)\b)){EN_WORD})*")


@cache
def _en_not_names() -> frozenset[str]:
    # A deal card's field labels ("Investors: X") are no names either.
    words = [*en_events()["company"]["not_names"], *en_events()["document"]["field_labels"]]
    return frozenset(w.lower() for w in words)


@cache
def _zh_field_labels() -> frozenset[str]:
    return frozenset(zh_events()["document"]["field_labels"])


def _en_company(text: str, start: int, end: int) -> PartyCandidate | None:
    name_end, alias_spans = _aliases_in_parens(text, start, end)
    cursor = start
    parts = []
    for brk in EN_PART_BREAK.finditer(text, start, name_end):
        parts.append((cursor, brk.start()))
        cursor = brk.end()
    parts.append((cursor, name_end))
    related = False
    for index, (part_start, part_end) in enumerate(parts):
        if index + 1 < len(parts) and _en_spotlight().match(text, *parts[index + 1]):
            continue  # "Outside AI, the standout was Menhir Robotics, …": a scene, not a name
        spotlight = _en_spotlight().match(text, part_start, part_end) if index else None
        if spotlight is not None:
            part_start = spotlight.end()
        if index + 1 < len(parts) and _en_relation().search(text, part_start, part_end):
            related = True  # "Vayuvega's technology partner, Munich-based Stromkant,"
            continue
        if related:
            # The appositive after the relation: its trailing capitalised run, after a
            # lower-case description ("the supermarket chain Ikorodu Fresh").
            part_end = strip_span(text, part_start, part_end, " ,")[1]
            named = last_match(EN_NAME.finditer(text, part_start, part_end))
            if named is not None and named.end() == part_end:
                part_start = named.start()
        span = _en_name_in(text, part_start, part_end)
        if span:
            aliases = [text[a:b] for a, b in alias_spans if not _is_role_marker(text[a:b])]
            aliases = [_strip_quotes(a) for a in aliases]
            return PartyCandidate(text[span[0] : span[1]], span[0], span[1], aliases=aliases)
    return None


@cache
def _en_spotlight() -> regex.Pattern[str]:
    """A part that names the deal of note through a copula before its subject ("the standout
    was Menhir Robotics", "the largest round went to Foo")."""
    copulas = alternation(en_events()["company"]["spotlight_copulas"]).replace("\\ ", r"\s")
    return regex.compile(rf"the\s(?:[a-z][\w-]*+\s){{1,4}}?(?:{copulas})\s(?=\p{{Lu}})")


@cache
def _en_relation() -> regex.Pattern[str]:
    """A part that ends naming a company by its relation to another ("One of Kulaa's largest
    clients"), so that the name in the next part is the subject."""
    nouns = alternation(en_events()["company"]["relation_nouns"]).replace("\\ ", r"\s")
    return regex.compile(rf"['’]s?\s(?:[a-z][\w-]*\s){{0,3}}(?:{nouns})\s*$")


def _strip_quotes(name: str) -> str:
    return name.strip(" \"'“”")


@cache
def _en_clause_opener() -> regex.Pattern[str]:
    """A subordinating word before a capitalised subject: "when Brackenloop raised"."""
    words = en_events()["company"]["clause_openers"]
    return regex.compile(rf"(?:{alternation(words, flags='i')})\s++(?=\p{{Lu}})")


@cache
def _en_article_descriptor() -> regex.Pattern[str]:
    """At most six words (after an article) and a description noun before a capitalised name:
    "the Shenzhen-Hong Kong robotics company" before "Mingzhuo Robotics", "semiconductor
    silicon IP new venture" before "Weixiang Microsystems"."""
    nouns = alternation(en_events()["company"]["described_nouns"])
    return regex.compile(rf"(?:(?:the|an?)\s)?(?:[\w-]++\s){{0,6}}?(?:{nouns})\s(?=\p{{Lu}})")


@cache
def _en_skip_regex() -> regex.Pattern[str]:
    words = en_events()["company"]["lead_words"]
    return regex.compile(rf"^(?:(?:{alternation(words, flags='i')})\s)+")


@cache
def _en_name_copulas() -> frozenset[str]:
    """What may stand between a name and its status cue: "Foo has raised", "Foo is in talks
    to raise", "Foo previously raised" (en company.name_copulas)."""
    return frozenset(["", *en_events()["company"]["name_copulas"]])


@cache
def _en_added_to_round() -> regex.Pattern[str]:
    """A verb adding money and the money it adds to the company's own round ("added ₹45 crore
    to its"), the money and "to its" read up to the round or past the money anchor."""
    verbs = alternation(en_events()["company"]["name_add_verbs"]).replace("\\ ", r"\s")
    return regex.compile(rf"[\s*]*(?:{verbs})\s{ADDED_MONEY}\sto\s(?:its|their)\s")


def _en_adds_to_own_round(text: str, name_end: int, anchor: int) -> bool:
    """True when the name ending at ``name_end`` adds money to its own round before or at
    ``anchor`` ("Chakki Foods added ₹45 crore to its Series A"; never "Northwold and Pellow
    added $18 million in a Series A extension", where the backers add it)."""
    added = _en_added_to_round().match(text, name_end, anchor + 40)
    return added is not None and added.start() < anchor


@cache
def en_lower_case_brand() -> regex.Pattern[str]:
    """ "ledgr, the Prague-based tool that …", "heatsafe, a Bremen company": a lower-case
    brand, known as one by the description that follows it (searched without an end, so the
    lookahead reads past a span that ends at the brand)."""
    company = en_events()["company"]
    nouns = alternation([*company["described_nouns"], *company["brand_description_nouns"]])
    return regex.compile(
        rf"(?<![\w.'’-])[a-z][a-z0-9]*+(?:\.[a-z]{{2,3}})?(?=,\s(?:the|an?)\s(?:[\w-]+\s){{0,6}}?{nouns}\b)"
    )


def lower_case_brand(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a lower-case brand (see ``en_lower_case_brand``)."""
    brand = en_lower_case_brand().match(text, start)
    return brand is not None and brand.end() == end and text[start:end] not in _en_not_names()


# "## zapta nets $18M", "**fabrik** —": a heading that opens with a lower-case word opens
# with a brand (headlines are capitalised); "which does business as hoverly" names one too.
EN_HEADING_BRAND = regex.compile(
    r"(?m)^(?:#{1,6}\s++|\*\*)(?P<brand>[a-z][a-z0-9]*+(?:\.[a-z]{2,3})?)(?=\*\*|\s|'s\s|’s\s)"
)


@cache
def _en_trade_name() -> regex.Pattern[str]:
    verbs = alternation(en_events()["company"]["trade_name_verbs"]).replace("\\ ", r"\s")
    return regex.compile(rf"\b(?:{verbs})\sas\s(?P<brand>[a-z][a-z0-9]*+(?:\.[a-z]{{2,3}})?)\b")


EN_LOWER_TAIL = regex.compile(r"(?<![\w.'’-])[a-z][a-z0-9]*+(?:\.[a-z]{2,3})?$")


@lru_cache(maxsize=4)
def document_brands(text: str) -> frozenset[str]:
    """Lower-case brands the document shows to be names: by a description after them, a
    heading they open, or "does business as". Read once per text (the cache holds the last
    few documents; a string's hash is computed once)."""
    found = {m.group() for m in en_lower_case_brand().finditer(text)}
    found.update(m.group("brand") for m in EN_HEADING_BRAND.finditer(text))
    found.update(m.group("brand") for m in _en_trade_name().finditer(text))
    return frozenset(b for b in found if len(b) > 2 and b not in _en_not_names())


def _known_brand_ending(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a known lower-case brand ending ``text[start:end]``, or None."""
    tail = EN_LOWER_TAIL.search(text, max(start, end - 40), end)
    if tail is None or tail.group() not in document_brands(text):
        return None
    before = text[start : tail.start()].rstrip()
    # The whole part, or after an owner ("Indonesia's zapta") or a place descriptor.
    if (
        before
        and not before.endswith(("'s", "’s"))
        and not en_place_descriptor().fullmatch(before + " ")
    ):
        return None
    return tail.span()


def _en_name_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The trailing run of capitalised words in a part ("AI chip startup Foo Robotics")."""
    # "Quorvia — €4.5M seed", "Halden Bio | CHF 11.5m": a newsletter line's separators end the
    # name ("Summary:" keeps its colon: a label is no name).
    start, end = strip_span(text, start, end, " \t\"'“”—–|*•-")
    if text.endswith(("**'s", "**’s"), start, end):
        end -= 4  # "**Sunhollow**'s Series A": the bold name's possessive
    opener = _en_clause_opener().match(text, start, end)
    if opener is not None:
        start = opener.end()
    described = _en_article_descriptor().match(text, start, end)
    if described is not None:
        start = described.end()  # "the Shenzhen-Hong Kong robotics company Mingzhuo Robotics"
    part = text[start:end]
    if part and part[0].islower() and lower_case_brand(text, start, end):
        return start, end  # "lumo, the Rotterdam startup that …": named by its description
    known = _known_brand_ending(text, start, end)
    if known is not None:
        return known  # "zapta", "Indonesia's zapta": a brand the document showed to be one
    if not part or part[0].islower() or en_time_opener().match(part):
        return None
    skip = _en_skip_regex().match(part)
    if skip:
        start += skip.end()
    based = en_place_descriptor().match(text, start, end)  # "Stockholm-based Norrland Freight"
    if based:
        start = based.end()
    best: tuple[int, int] | None = None
    for match in EN_NAME.finditer(text, start, end):
        trailing = text[match.end() : end].strip(" *")
        if (
            match.end() == end
            or trailing in _en_name_copulas()
            or _en_adds_to_own_round(text, match.end(), end)
        ):
            best = match.span()
    if best is None:
        return None
    based = en_place_descriptor().match(text, best[0], best[1])
    if based is not None and based.end() < best[1]:
        best = (based.end(), best[1])  # "**Tavita** — Singapore-based Tavita": after the bold
    name = (
        text[best[0] : best[1]].rstrip(".")
        if not text[best[0] : best[1]].endswith(("Ltd.", "Inc.", "Co.", "Corp."))
        else text[best[0] : best[1]]
    )
    best = (best[0], best[0] + len(name))
    while best[0] < best[1] and text[best[0] : best[1]].split(" ", 1)[0] in ("of", "and", "&"):
        best = (best[0] + len(text[best[0] : best[1]].split(" ", 1)[0]) + 1, best[1])
    if text[best[1] - 2 : best[1]] in ("'s", "’s"):
        best = (best[0], best[1] - 2)
    owner = EN_OWNER.search(text, best[0], best[1])
    if owner is not None:
        best = (owner.end(), best[1])  # "Panama City's Cuipo Bio", "Adelaide's Orrakin"
    name = text[best[0] : best[1]]
    if len(name) < 2 or name.lower() in _en_not_names() or not any(c.isalpha() for c in name):
        return None
    if " " in name and name.isupper():
        return None  # a dateline city ("SAN DIEGO, March 3 /PRNewswire/ --"), not a name
    if _whole_round(name):
        return None  # "Series B brought in ...": a round, not a name
    return best


#: The last possessive inside a run of capitalised words: a place or a parent before the name.
EN_OWNER = regex.compile(r"(?r)['’]s\s(?=\p{Lu})")


def _whole_round(name: str) -> bool:
    """True when a candidate name is a round mention and nothing else."""
    whole = round_regex().match(name)
    return whole is not None and whole.end() == len(name)


# --- investors --------------------------------------------------------------------------------


@cache
def _zh_list_split() -> regex.Pattern[str]:
    return regex.compile(alternation(zh_events()["investors"]["separators"]))


@cache
def _zh_closer() -> regex.Pattern[str]:
    closers = zh_events()["investors"]["closers"]
    return regex.compile(rf"(?:等\d*[家位名个]?.*|{alternation(closers)})$")


@cache
def _vague_names() -> frozenset[str]:
    words = [*zh_events()["investors"]["vague"], *en_events()["investors"]["vague"]]
    return frozenset(w.lower() for w in words)


def _role_from_paren(inner: str) -> tuple[bool, Role | None]:
    key = inner.strip().lower()
    markers = role_markers()
    if key in markers:
        return True, markers[key]
    return False, None


def _candidate_from_item(
    text: str, start: int, end: int, role: Role, *, chinese: bool
) -> PartyCandidate | None:
    """One list element ("甲（领投）", "乙(Foo Capital)", "丙（5亿元）") as a candidate."""
    name_end, paren_spans = _aliases_in_parens(text, start, end)
    aliases: list[str] = []
    amount_span: tuple[int, int] | None = None
    for a, b in paren_spans:
        is_marker, marker_role = _role_from_paren(text[a:b])
        if is_marker:
            if marker_role is None:
                return None  # an adviser, not an investor
            role = marker_role
        elif _looks_like_money(text[a:b]):
            amount_span = (a, b)
        else:
            aliases.append(_strip_quotes(text[a:b]))
    span = _clean_investor(text, start, name_end, chinese=chinese)
    if span is None:
        return None
    lead_mark = _list_mark("lead_marks").search(text, start, span[0])
    if lead_mark and not _holder_mark(text, lead_mark.start()):
        role = "lead"  # "其中，领投方翊鹄资本出资6000万元" (not "天使轮领投方X", an earlier lead)
    elif role != "lead" and _list_mark("existing_marks").search(text, start, span[0]):
        # "老股东初晴基金", "Prior backers Marlstone Capital"; but "由老股东曙潮创投领投": an
        # existing investor who leads is a lead
        role = "existing"
    elif role == "existing" and _list_mark("new_marks").search(text, start, span[0]):
        role = "participant"  # "老股东甲追加投资，新股东乙参与": 乙 is new
    return PartyCandidate(text[span[0] : span[1]], span[0], span[1], aliases, role, amount_span)


def _holder_mark(text: str, start: int) -> bool:
    """True when a role word at ``start`` follows a round or 共同: "天使轮领投方", "共同领投方"
    name who led another round, or one of several leads of an earlier one."""
    return start > 0 and text[start - 1] in "轮同"


@cache
def _list_mark(key: str) -> regex.Pattern[str]:
    """Words opening a list element that set its role (``investors.<key>`` in both languages)."""
    zh = alternation(zh_events()["investors"][key])
    en = alternation(en_events()["investors"][key], flags="i")
    return regex.compile(rf"{zh}|(?<![A-Za-z]){en}(?![A-Za-z])")


@cache
def _unnamed_opener() -> regex.Pattern[str]:
    return regex.compile(alternation(zh_events()["investors"]["unnamed_openers"]))


def _looks_like_money(inner: str) -> bool:
    from .money import parse_money  # local: money does not depend on parties

    return parse_money(inner) is not None


def _without_closers(text: str, start: int, end: int) -> int:
    """``end`` moved before a short run of closing words ("天穹资本已承诺继续"), the last first."""
    for _ in range(3):
        closer = _zh_closer().search(text, start, end)
        if not closer or closer.start() <= start:
            break
        end = closer.start()
    return end


def _clean_investor(text: str, start: int, end: int, *, chinese: bool) -> tuple[int, int] | None:
    start, end = strip_span(text, start, end, " \t\"'“”「」『』‘’,，、:：.;；")
    held = round_regex().search(text, start, min(end, start + 40))
    holder = held and holder_after(text, held.start(), held.end(), end)
    if holder:
        # "天使轮投资方青岙创投", "its Series A investors Birch": the holders of an earlier round
        start = holder.end()
    if held and not holder and held.span() == (start, end):
        return None  # "A轮领投方丰穰资本": the round is not an investor
    if chinese:
        end = _without_closers(text, start, end)
        head = _zh_list_head().match(text[start:end])
        if head:
            start += head.end()
        start, end = _strip_trailing_time(text, *strip_span(text, start, end))
        subsidiary_of, generic_arm, adverbs = _zh_name_bounds()
        parent = subsidiary_of.match(text, start, end)
        if parent and not generic_arm.fullmatch(text, parent.end(), end):
            # "昊骋汽车旗下投资平台昊骋创投": the named arm invests, not its group; an unnamed
            # one ("霁月资本旗下消费基金") is its group's.
            start = parent.end()
        adverb = adverbs.search(text, start + 2, end)
        if adverb:
            # "榉港资本也按持股比例参与": the name ends at the adverb, and "据悉" before it
            # ("泮衡资本据悉也将跟投") is no part of it either.
            end = _without_closers(text, start, adverb.start())
        described = last_match(_zh_investor_descriptor().finditer(text, start, end))
        if described and ZH_LATIN_NAME.fullmatch(text, described.end(), end):
            start = described.end()  # "新加坡消费基金Tamarind Row Capital"
        kind_then_name = _zh_kind_then_firm().match(text, start, end)
        if kind_then_name is not None:
            start = kind_then_name.start("name")  # "私募基金碧岚资本", "新投资者海汇基金"
        row = ZH_ROW_FACTS.match(text, start, end)
        if row:
            start = (
                row.end()
            )  # "1. 穹宇智驾 C轮 15亿元 峤衡资本": a table row's facts, then the name
        described_of = ZH_INVESTOR_OF_DESCRIPTOR.match(text, start, end)
        if described_of:
            start = described_of.end()  # "新加坡的衡石投资", "由眼科医师组成的青枫天使会"
        opened = _zh_described_investor().match(text, start, end)
        if opened:
            start = opened.end()  # "美国医疗基金海岬生命科学": where and what, then the name
        trade = _zh_trade_then_name().search(text, start, end)
        if trade:
            start = trade.start("name")  # "上市會計軟體商會昇資訊": a trade, then the name
        place = _zh_opener_before_latin().match(text, start, end)
        if place and ZH_LATIN_NAME.fullmatch(text, place.end(), end):
            start = place.end()  # "日本 Tsukimi Capital": where, then the Latin name
    else:
        head = _en_list_head().match(text[start:end])
        if head:
            start += head.end()
            if head.group().lower().endswith("the ") and _en_ends_lower_case(text, start, end):
                return None  # "the Chicago company" (said): a description, not a name
        tail = _en_list_tail().search(text[start:end])
        if tail:
            end = start + tail.start()
        opening = _en_leading_time().match(text, start, end)
        # "Penhallow Capital in 2021"; not inside an opening "Earlier this month it"
        when = _en_trailing_time().search(text, opening.end() - 1 if opening else start, end)
        if when:
            end = when.start()
            opening = _en_leading_time().match(text, start, end)
        if opening and text[opening.end() : opening.end() + 1].isupper():
            start = opening.end()  # "In 2021 Wendeborn Partners" led: the date opens the clause
        described = last_match(_en_investor_descriptor().finditer(text, start, end))
        if described:
            start = described.end()  # "the Singapore fund Tanjong Pagar Ventures"
        based = en_place_descriptor().match(text, start, end) or _en_place_possessive().match(
            text, start, end
        )
        if based and not regex.search(r"[A-Z]", text[based.end() : end]):
            return None  # "the Kigali-based impact fund": a description standing in a list
        if based and text[based.end() : based.end() + 1].isupper():
            start = based.end()  # "Bergen-based Hardanger Capital", "London's Cheyne Walk Capital"
        home = _en_home_town().search(text, start, end)
        if home:
            end = home.start()  # "Beacon Tor Partners of Boston": the firm, then its home town
        start, end = strip_span(text, start, end, " \t\"'“”,.;")
        if start < end and text[start].islower():
            # "the venture capital arm of private equity firm Marlowe Kent"
            trailing = _en_name_in(text, start, end)
            if trailing is None:
                return None
            start, end = trailing
        if start >= end or not (text[start].isupper() or text[start].isdigit()):
            return None
        if _adviser().search(text, start, end):
            return None  # "Dingfeng Securities acted as financial adviser"
        named = EN_NAME.match(text, start, end)
        core = start + len(EN_TRAILING_CONNECTOR.sub("", text[start : named.end()])) if named else 0
        if named and (
            _en_name_ender().match(text, named.end(), end)
            or _en_name_ender().match(text, core, end)
        ):
            # "Mälaren Capital to get to profitability": the name ends where a verb begins;
            # "Quietwater Ventures for the code-review startup": or where a phrase does.
            end = core
    name = text[start:end]
    if not (2 <= len(name) <= 60) or name.lower() in _vague_names():
        return None
    if not chinese and ("$" in name or EN_AMOUNT_WORD.search(name) or EN_MONEY_OPENING.match(name)):
        return None  # "Ostrander Capital led an $18 million Series A": a clause, not a name
    if chinese and _zh_strip_regexes()[0].fullmatch(name):
        return None  # "今年参与的……": a time word standing where a name would
    if chinese and (ZH_NOT_INVESTOR.search(name) or _unnamed_opener().search(name)):
        return None
    if _adviser().search(name):
        return None  # an adviser named in passing ("X acted as the financial advisor")
    return start, end


def _en_ends_lower_case(text: str, start: int, end: int) -> bool:
    """True when the part's last word is a lower-case noun ("company", "startup", "firm")."""
    words = text[start:end].rstrip(" \t\"'“”,.;").split()
    return bool(words) and words[-1].isalpha() and words[-1].islower()


@cache
def _en_place_possessive() -> regex.Pattern[str]:
    """A known place's possessive before a name: "London's" in "London's Cheyne Walk Capital"."""
    # Or any one capitalised word's before a firm name with a firm's suffix: "Lisbon's Perola
    # Capital" (a place the list does not know; a firm's name holds no possessive).
    suffixes = alternation(en_events()["investors"]["home_town_suffixes"])
    return regex.compile(
        rf"(?:{alternation(en_events()['company']['places'])}"
        rf"|[A-Z][a-z]+(?=['’]s\s[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){{0,3}}\s{suffixes}$))['’]s\s"
    )


@cache
def _en_home_town() -> regex.Pattern[str]:
    """ "of Boston" after a firm's name ending in one of ``investors.home_town_suffixes``:
    "Beacon Tor Partners of Boston". Banks and funds keep theirs ("Bank of Taipei")."""
    suffixes = alternation(en_events()["investors"]["home_town_suffixes"])
    return regex.compile(rf"(?<=\s{suffixes})\sof\s[A-Z][a-z]+$")


@cache
def _zh_name_bounds() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """Where a Chinese investor's name starts and ends (zh ``[investors]``):

    - a group and its marker before its investing arm ("昊骋汽车旗下投资平台昊骋创投"), never
      an unnamed group ("一家金控旗下创投");
    - an unnamed arm that stays its group's ("霁月资本旗下消费基金");
    - an adverb of the verb after a list's last name ("也按持股比例参与", "此次", "预计").
    """
    words = zh_events()["investors"]
    markers = words["subsidiary_markers"]
    before_marker = "".join(sorted({marker[0] for marker in markers}))
    unnamed = alternation(words["unnamed_group_openers"])
    subsidiary_of = regex.compile(
        rf"(?:(?!{unnamed})[^{before_marker}]){{1,20}}{alternation(markers)}(?:的)?"
        rf"{alternation(words['arm_nouns'])}?(?=\p{{Han}}{{2}})"
    )
    generic = words["generic_arms"]
    generic_arm = regex.compile(
        rf"{alternation(generic['kinds'])}?{alternation(generic['investing'])}?"
        rf"{alternation(generic['nouns'])}"
    )
    return subsidiary_of, generic_arm, regex.compile(alternation(words["name_adverbs"]))


@cache
def _en_name_ender() -> regex.Pattern[str]:
    return regex.compile(rf"\s(?:{alternation(en_events()['investors']['name_enders'])})\b")


#: "INR 1.1", "€ 40": a figure, not a name.
EN_MONEY_OPENING = regex.compile(r"(?:[A-Z]{3}|[€£¥₹])\s?\d")
EN_TRAILING_CONNECTOR = regex.compile(rf"(?:\s(?:{EN_NAME_CONNECTORS}))+$")
EN_AMOUNT_WORD = regex.compile(r"\b(?:million|billion|Series [A-J])\b")


@cache
def _en_calendar_names() -> str:
    """An alternation of the English month and weekday names, full names only: "mar" and
    "sept" abbreviate "march" and "september"."""
    calendar = load_toml("en/dates.toml")
    names = [*calendar["months"], *calendar["weekdays"]]
    return alternation([w for w in names if not any(o != w and o.startswith(w) for o in names)])


@cache
def _en_leading_time() -> regex.Pattern[str]:
    """A date opening a clause before its subject: "In 2021 ", "In March ", "On Tuesday, ",
    "Earlier this month "."""
    return regex.compile(
        rf"(?:(?i:in|on|by|during|since|early|late)\s(?:(?i:early|late|mid)[\s-])?"
        rf"(?:(?i:{_en_calendar_names()})(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?|\d{{4}})"
        rf"|(?i:earlier|later)\s(?:this|last|that)\s(?:week|month|quarter|year)),?\s"
    )


# "Penhallow Capital in 2021", "Foo Ventures in March": a time phrase after the last name.
@cache
def _en_trailing_time() -> regex.Pattern[str]:
    return regex.compile(
        rf"\s(?:in|on|during|since|last|earlier|this)\s(?=\d|Q[1-4]\b|(?i:{_en_calendar_names()})\b"
        r"|(?:early|late|mid|the (?:first|second|third|fourth|same)|year|month|week|quarter)\b)"
    )


ZH_LATIN_NAME = regex.compile(r"[A-Z][A-Za-z0-9&'’.\- ]+")


@cache
def _zh_investor_descriptor() -> regex.Pattern[str]:
    # "日本醫材商Kitamori Medical": any trade (…商) before a Latin name describes it too.
    investors = zh_events()["investors"]
    nouns, trades = (
        alternation(investors["descriptor_nouns"]),
        alternation(investors["trade_suffixes"]),
    )
    return regex.compile(rf"(?:{nouns}|\p{{Han}}(?:{trades}))(?=[A-Z])")


@cache
def _zh_trade_then_name() -> regex.Pattern[str]:
    """A description ending in a trade ("會計軟體商"), then a Chinese name of two to eight
    characters (searched with endpos: ``$`` is the candidate's end)."""
    trades = alternation(zh_events()["company"]["trade_tails"])
    return regex.compile(rf"(?<=\p{{Han}}{{2}})(?:{trades})(?P<name>\p{{Han}}{{2,8}})$")


@cache
def _zh_kind_then_firm() -> regex.Pattern[str]:
    """A kind of investor, then a firm's name with a firm's suffix: "东南亚气候基金曦源资本",
    "大湾区产业投资平台粤舟创投" (searched with endpos: ``$`` is the candidate's end)."""
    investors = zh_events()["investors"]
    kinds = alternation(investors["kinds_before_firm"])
    suffixes = alternation([s for s in investors["institution_suffixes"] if is_chinese(s)])
    return regex.compile(rf"\p{{Han}}+?(?:{kinds})(?P<name>\p{{Han}}{{2,6}}?(?:{suffixes}))$")


@cache
def _zh_described_investor() -> regex.Pattern[str]:
    investors = zh_events()["investors"]
    return regex.compile(
        rf"{alternation(investors['descriptor_openers'])}\p{{Han}}{{0,8}}"
        rf"{alternation(investors['descriptor_nouns'])}(?=\p{{Han}}{{2}})"
        rf"|{alternation(investors['place_openers'])}(?=\p{{Han}}{{3}})"
        # not after a count: "两位上市公司董事长", "两家集团原本都想" hold no name
        rf"|(?!{alternation(investors['unnamed_openers'])})"
        rf"\p{{Han}}{{2,8}}?{alternation(investors['descriptor_heads'])}"
        rf"(?=\p{{Han}}{{2}})(?!{alternation(investors['generic_arm_openers'])})"
    )


@cache
def _zh_opener_before_latin() -> regex.Pattern[str]:
    openers = alternation(zh_events()["investors"]["descriptor_openers"])
    return regex.compile(rf"{openers}\s*(?=[A-Z])")


@cache
def _en_investor_descriptor() -> regex.Pattern[str]:
    nouns = alternation(en_events()["investors"]["descriptor_nouns"])
    return regex.compile(rf"(?<![A-Za-z]){nouns}\s(?=[A-Z])")


def last_match(matches: Iterable[regex.Match[str]]) -> regex.Match[str] | None:
    """The last of ``matches`` (None when there is none)."""
    last = None
    for match in matches:
        last = match
    return last


# "浦晴资本去年11月领投": a date or time word between a name and its verb.
ZH_TRAILING_DATE = regex.compile(r"(?:\d{4}年|\d{1,2}月|\d{1,2}[日号]|[初中底末]|[上中下]旬)+$")


def _strip_trailing_time(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop time words and dates that end a Chinese name span ("浦晴资本去年" -> "浦晴资本")."""
    _, tail_words = _zh_strip_regexes()
    for pattern in (ZH_TRAILING_DATE, tail_words, ZH_TRAILING_DATE):
        tail = pattern.search(text, start, end)
        if tail and tail.start() > start:
            end = tail.start()
    return strip_span(text, start, end)


def split_investor_list(text: str, start: int, end: int, role: Role) -> list[PartyCandidate]:
    """Split a list of names ("甲、乙（Foo）和丙", "A, B and C") into candidates."""
    chinese = is_chinese(text[start:end])
    if chinese and role != "lead" and _zh_existing_tail().search(text, start, end):
        role = "existing"  # "北潼资本、沧屿资本等老股东悉数跟投": the whole list
    pieces = _list_pieces(text, start, end, chinese)
    found = []
    for index, (a, b) in enumerate(pieces):
        arm = None if chinese else _en_through_arm().search(text, a, b)
        if arm is not None:
            if index + 1 < len(pieces):
                continue  # "Matahari Group through its venture arm, Matahari Ventures": the arm
            b = arm.start()  # "Matahari Group through its venture arm": the group
        candidate = _candidate_from_item(text, a, b, role, chinese=chinese)
        if candidate is not None:
            found.append(candidate)
    return found


@cache
def _zh_existing_tail() -> regex.Pattern[str]:
    """ "等老股东", "等3家现有股东": a list closing by calling its members existing investors."""
    marks = alternation(zh_events()["investors"]["existing_marks"])
    return regex.compile(rf"等(?:\d{{1,2}}[家位名个])?(?:{marks})")


@cache
def _en_through_arm() -> regex.Pattern[str]:
    """ "Matahari Group through its venture arm": the group invests by way of its own unit."""
    words = alternation(en_events()["investors"]["through_arm"]).replace("\\ ", r"\s")
    return regex.compile(rf"\s(?:{words})\s")


EN_LIST_SPLIT = regex.compile(r",\s(?:and\s)?(?!(?:Ltd|Inc|LLC|Limited)\b)|\sand\s|;\s")


@cache
def _zh_name_opening_joins() -> frozenset[str]:
    return frozenset(zh_events()["investors"]["name_opening_joins"])


def _list_pieces(text: str, start: int, end: int, chinese: bool) -> list[tuple[int, int]]:
    splitter = _zh_list_split() if chinese else EN_LIST_SPLIT
    pieces, cursor, depth_free = [], start, True
    for match in splitter.finditer(text, start, end):
        depth_free = text.count("(", cursor, match.start()) == text.count(
            ")", cursor, match.start()
        )
        if not depth_free or inside_number(text, match.start()):
            continue
        if chinese and match.start() - cursor == 1:
            continue  # "玄同资本", "和瑞投资": a one-character piece is part of a name
        if chinese and match.start() == cursor and match.group() in _zh_name_opening_joins():
            continue  # "，同行资本跟投", "、和玉资本": a piece opens with no join word
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return [(a, b) for a, b in pieces if b > a]


@cache
def _institution_regex() -> regex.Pattern[str]:
    words = [
        *zh_events()["investors"]["institution_suffixes"],
        *en_events()["investors"]["institution_suffixes"],
    ]
    return regex.compile(rf"(?:{alternation(words, flags='i')})$")


def is_institution(name: str) -> bool:
    """True when ``name`` ends like an institution (资本, 基金, Capital, Ventures …)."""
    return _institution_regex().search(name.rstrip(" .")) is not None
