"""A table of sentence shapes and the events the rules must read from them (rules only).

Each row is a short text written for this table, one shape per row, so a failing row names the
rule that broke. The corpus tests measure the same rules on whole documents.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vcextract import extract

PUBLISHED = dt.date(2026, 3, 1)

# text, then each event as (company, round, amount or None, [(investor, role), ...])
CASES: list[tuple[str, list[tuple[str, str | None, str | None, list[tuple[str, str]]]]]] = [
    (
        "Quillon Bio has closed a £15 million extension of its Series B financing, led by "
        "Marrow Lane Capital.",
        [("Quillon Bio", "b+", "15000000", [("Marrow Lane Capital", "lead")])],
    ),
    (
        "Tansy Foods tops up its Series A\n\nTansy Foods said it had raised $8 million more.",
        [("Tansy Foods", "a+", "8000000", [])],
    ),
    (
        "Harlow Desk raised a $4 million seed in 2019 from Ashgrove Partners.",
        [("Harlow Desk", "seed", "4000000", [("Ashgrove Partners", "participant")])],
    ),
    (
        "Dunmore Labs has raised $20 million in a Series A round led by Quarry Pike Ventures, "
        "with participation from the Singapore fund Kestrel Bay Capital.",
        [
            (
                "Dunmore Labs",
                "a",
                "20000000",
                [("Quarry Pike Ventures", "lead"), ("Kestrel Bay Capital", "participant")],
            )
        ],
    ),
    (
        "Corrie Health raised a $15 million Series A from Ferrow Capital and Tamsin Partners "
        "in 2021.",
        [
            (
                "Corrie Health",
                "a",
                "15000000",
                [("Ferrow Capital", "participant"), ("Tamsin Partners", "participant")],
            )
        ],
    ),
    (
        "The firm was busy again on Tuesday, when Larch Row led a $22 million Series A in "
        "Copperbeck, a payroll startup.",
        [("Copperbeck", "a", "22000000", [("Larch Row", "lead")])],
    ),
    (
        "Larch Row co-led a $52 million Series C in Haulwise alongside Pellmoor Growth.",
        [("Haulwise", "c", "52000000", [("Larch Row", "lead"), ("Pellmoor Growth", "lead")])],
    ),
    (
        "Brisk Pay raised $30 million in a Series B round led by Oxley Capital. Existing "
        "investors Fenmore Ventures and Gale Partners also put in more money.",
        [
            (
                "Brisk Pay",
                "b",
                "30000000",
                [
                    ("Oxley Capital", "lead"),
                    ("Fenmore Ventures", "existing"),
                    ("Gale Partners", "existing"),
                ],
            )
        ],
    ),
    (
        "Norvik Radio, a maker of field radios, is further along. It closed a €18 million "
        "Series A+ round in 2024, led by Elbe Ventures.",
        [("Norvik Radio", "a+", "18000000", [("Elbe Ventures", "lead")])],
    ),
    (
        "Pollen Pay was founded in 2017. Its seed, Series A and Series B rounds were led by "
        "Ash Capital, Birch Capital and Cedar Capital. Pollen Pay now has 90 staff.",
        None,  # three rounds are named: checked by round only below
    ),
    (
        "Ember Row Ventures closed a $180 million seed fund to back founders in the Midwest.",
        [],
    ),
    (
        "Tillwood's $25 million Series A, led by Oakhurst Capital, came in 2021, and a $70 "
        "million Series B led by Fenwick Row in 2022 valued it at $450 million. Tillwood "
        "now has 300 staff.",
        [
            ("Tillwood", "a", "25000000", [("Oakhurst Capital", "lead")]),
            ("Tillwood", "b", "70000000", [("Fenwick Row", "lead")]),
        ],
    ),
    (
        "玄枢通信目前正洽谈新一轮约5亿元融资，投前估值约60亿元，并已启动上市辅导。",
        [("玄枢通信", None, "500000000", [])],
    ),
    (
        "据知情人士透露，舶拓正在洽谈新一轮融资，拟募资约1亿美元。舶拓于2024年完成的B轮融资由"
        "甘林资本领投，金额为4500万美元。",
        [
            ("舶拓", None, "100000000", []),
            ("舶拓", "b", "45000000", [("甘林资本", "lead")]),
        ],
    ),
]


# text, then the investors of its one event as (name, role)
INVESTOR_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "栖木机器人宣布完成天使+轮融资，本轮由石溪资本领投，山岚创投、老股东初晴基金跟投。",
        [("石溪资本", "lead"), ("山岚创投", "participant"), ("初晴基金", "existing")],
    ),
    (
        "矽川微电子宣布完成C轮融资，本轮融资由国鼎投资、江澜产业基金共同参与。",
        [("国鼎投资", "participant"), ("江澜产业基金", "participant")],
    ),
    ("燧石能源宣布完成E轮融资，由玄同资本领投。", [("玄同资本", "lead")]),
    (
        "星枢智造宣布完成新一轮融资。本轮投资方包括北辰产业基金（领投）、云杉创投以及晟景资本"
        "（财务顾问）。",
        [("北辰产业基金", "lead"), ("云杉创投", "participant")],
    ),
    (
        "翎云航空宣布完成C轮融资，由鸢飞资本与深圳一家市属国资平台联合领投。",
        [("鸢飞资本", "lead")],
    ),
    (
        "触元科技完成Pre-A+轮融资，由老股东晓峰创投追加投资，新股东Quillfeather Ventures参与。",
        [("晓峰创投", "existing"), ("Quillfeather Ventures", "participant")],
    ),
    (
        "澄养生活宣布完成B轮融资，由新加坡消费基金Tamarind Row Capital领投。",
        [("Tamarind Row Capital", "lead")],
    ),
    (
        "Oxmoor Materials closed a $300 million Series F round led by Wexley Partners. Prior "
        "backers Marl Capital also returned.",
        [("Wexley Partners", "lead"), ("Marl Capital", "existing")],
    ),
    (
        "Two years later, Ostrander Capital led an $18 million Series A in Kestrel Grid, joined "
        "by Lakemont Partners.",
        [("Ostrander Capital", "lead"), ("Lakemont Partners", "participant")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVESTOR_CASES)
def test_event_rules_read_the_investors(text: str, expected: list[tuple[str, str]]) -> None:
    [event] = _events(text)
    assert sorted(event[3]) == sorted(expected)


NO_ROUND = [
    "3月12日，电池企业远岚能源宣布在江西投资120亿元建设年产20吉瓦时的电池基地。",
    "老牌美元基金Ashford Pine Capital宣布，其第四期基金将延长募集期六个月，目前已募得约3亿美元。",
    "Qiming Medical submitted a prospectus to the STAR Market and plans to raise 1.5 billion yuan.",
    "Lihua Group announced that it will transfer 8% of the equity of Jinlun Semiconductor for "
    "300 million yuan.",
    "Westmere Capital, the Seattle venture firm, said it has closed its third fund. The firm's "
    "previous fund, raised in 2021, was $260 million. Partners said Westmere Capital will "
    "write first checks of $5 million to $15 million, mostly in Series A rounds.",
]


@pytest.mark.parametrize("text", NO_ROUND)
def test_event_rules_no_round_in_other_money(text: str) -> None:
    assert _events(text) == []


def test_event_rules_a_feature_names_its_company_paragraphs_before_its_rounds() -> None:
    text = (
        "Wrenbrook, the Chicago company whose software runs payroll for manufacturers, filed "
        "for a listing on Tuesday.\n\nThe filing was long. It had many pages. Most of it was "
        "about payroll. Wrenbrook has 2,100 employees.\n\nA $14 million Series A led by Dunlin "
        "Point Capital followed in 2016."
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("Wrenbrook", "a")]


def test_event_rules_a_subject_with_a_quantifier_is_not_the_company() -> None:
    text = (
        "专做中小企业应收账款融资平台的支点金融，正与两家日本金融集团洽谈战略投资，金额约5亿元。"
        "支点金融成立于2019年。"
    )
    assert [e[0] for e in _events(text)] == ["支点金融"]
    assert [e[0] for e in _events("Altogether, Wrenfield raised a $45 million Series B.")] == [
        "Wrenfield"
    ]


def _events(
    text: str,
) -> list[tuple[str | None, str | None, Decimal | None, list[tuple[str, str]]]]:
    result = extract(text, published=PUBLISHED, use_model=False)
    return [
        (
            event.company.name if event.company else None,
            event.round,
            event.amount.value if event.amount else None,
            [(i.name, i.role) for i in event.investors],
        )
        for event in result.events
    ]


@pytest.mark.parametrize(("text", "expected"), [c for c in CASES if c[1] is not None])
def test_event_rules_read_the_shape(
    text: str, expected: list[tuple[str, str | None, str | None, list[tuple[str, str]]]]
) -> None:
    want = [
        (company, round_, Decimal(amount) if amount else None, investors)
        for company, round_, amount, investors in expected
    ]
    assert _events(text) == want


def test_event_rules_valuation_goes_to_its_own_round_and_nearest_date() -> None:
    text = (
        "Tillwood's $25 million Series A, led by Oakhurst Capital, came in 2021, and a $70 "
        "million Series B led by Fenwick Row in 2022 valued it at $450 million. Tillwood "
        "now has 300 staff. Later, Oakhurst Capital sold part of its stake in a deal that "
        "valued Tillwood at $900 million."
    )
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [(e.round, e.valuation.amount.value if e.valuation else None) for e in events] == [
        ("a", None),
        ("b", Decimal("450000000")),
    ]
    zh = "濟南的玄枢通信公司於2020年完成1.5億元B輪融資，2022年又完成3億元C輪融資。"
    dated = extract(zh, published=PUBLISHED, use_model=False).events
    assert [(e.round, e.date.value if e.date else None) for e in dated] == [
        ("b", "2020"),
        ("c", "2022"),
    ]


def test_event_rules_coordinated_rounds_with_commas_are_each_a_round() -> None:
    text = next(t for t, e in CASES if e is None)
    rounds = [event[1] for event in _events(text)]
    assert rounds == ["seed", "a", "b"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Cinderwick Bio's first rounds, a $3 million seed in 2018, a $28 million Series A "
            "in 2020 and an $85 million Series B in 2022, were led by Pellow Isle.",
            ["2018", "2020", "2022"],
        ),
        (
            "Kinsway Robotics raised its Series A (600 million yen, in 2019) and Series B "
            "(2 billion yen, in 2021) from Osaka funds.",
            ["2019", "2021"],
        ),
        (
            "In 2019 Marrowby raised a $3 million seed round, and a $25 million Series A "
            "followed in 2021.",
            ["2019", "2021"],
        ),
        ("In 2022 Tollan raised its seed and Series A rounds.", ["2022", "2022"]),
    ],
)
def test_event_rules_a_date_after_a_round_is_that_rounds(text: str, dates: list[str]) -> None:
    """English tells a round's date after it; in a sentence of several rounds each takes its own."""
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [e.date.value if e.date else None for e in events] == dates


def test_event_rules_a_round_holder_is_not_a_round() -> None:
    """ "A轮领投方X继续加注" names who holds an earlier round; X is this round's investor."""
    text = "旸芯完成近3亿元A+轮融资。本轮由元杉资本领投，A轮领投方丰穰资本继续加注。"
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [(e.round, [(i.name, i.role) for i in e.investors]) for e in events] == [
        ("a+", [("元杉资本", "lead"), ("丰穰资本", "existing")])
    ]


def test_event_rules_a_backer_named_first_funds_the_company_after_dui() -> None:
    text = "10月14日，黎溆基金宣布完成对抗体药物研发企业析木生物的A轮投资。本轮融资总额1.8亿元。"
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [(e.company.name if e.company else None, e.round) for e in events] == [("析木生物", "a")]
    assert events[0].amount is not None
    assert events[0].amount.value == Decimal("180000000")


def test_event_rules_a_feature_saying_only_the_firm_is_about_its_headline_name() -> None:
    text = (
        "How Tallowmere learned to store heat\n\n"
        "Tallowmere's pilot unit sits in a brick works. Tallowmere was founded by two "
        "engineers, and Tallowmere now runs three plants. Brindle Heat, a rival, raised "
        "money in April.\n\nThis week the firm said it had closed a $40 million Series B "
        "led by Whinstone Industrial."
    )
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [(e.company.name if e.company else None, e.round) for e in events] == [
        ("Tallowmere", "b")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Corvane shut down in 2023 after failing to raise a Series B.",
        "The founders said Corvane never raised a $20 million Series B it had planned.",
        "寇帆科技因未能完成B轮融资，已于去年关停。",
    ],
)
def test_event_rules_a_round_that_did_not_happen_is_no_event(text: str) -> None:
    assert extract(text, published=PUBLISHED, use_model=False).events == []


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        (
            "In March the firm took a minority position, without leading, in the $80 million "
            "Series C of Quarrow Pay, alongside lead investor Sandwell Capital.",
            "Quarrow Pay",
            None,
        ),
        (
            "Halvern Ventures is in talks to lead a Series B of about $30 million in Sabletop, "
            "a Leeds company, according to two people familiar with the discussions.",
            "Sabletop",
            "lead",
        ),
    ],
)
def test_event_rules_the_company_after_an_investors_round_of_or_in(
    text: str, company: str, role: str | None
) -> None:
    """An investor's sentence names the company after the round: "the Series C of X"."""
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [e.company.name if e.company else None for e in events] == [company]
    if role is not None:
        assert [i.role for i in events[0].investors][:1] == [role]


def test_event_rules_a_participle_raise_belongs_to_the_clause_subject() -> None:
    text = (
        "Baridi Chain took a similar route in February, raising $6 million in a venture debt "
        "round from Kilele Credit. Baridi Chain now runs 40 cold rooms."
    )
    events = extract(text, published="2025-05-20", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.round, e.date.value if e.date else None)
        for e in events
    ] == [("Baridi Chain", "debt", "2025-02")]


def test_event_rules_an_interview_answer_reports_the_profiled_company() -> None:
    """In a Q&A the speaker's label is not the subject and a question reports nothing."""
    text = (
        "從夜市點單程式起家，味研雲端股份有限公司（FlavorOps，以下簡稱味研）五年內拓展到"
        "4,200家餐廳。味研也進入日本。\n\n問：聽說Pre-A輪談得很辛苦？\n\n"
        "吳庭萱：A輪是去年3月關的，規模新台幣2.2億元，由青杉資本領投。"
    )
    events = extract(text, published="2025-09-30", use_model=False).events
    assert [(e.company.name if e.company else None, e.round) for e in events] == [
        ("味研雲端股份有限公司", "a")
    ]
    assert events[0].company is not None
    assert events[0].company.aliases == ["FlavorOps", "味研"]


def test_event_rules_a_later_telling_of_a_valuation_adds_its_basis() -> None:
    text = (
        "■ B輪：5,000萬美元，估值5億美元\n\n今年9月，晴匯宣布完成5,000萬美元B輪融資，由崇岳資本"
        "領投。本輪完成後，晴匯的投後估值達5億美元。2022年3月，公司完成8,000萬港元A輪融資，"
        "投資前估值為4億港元。"
    )
    events = extract(text, published="2025-10-01", use_model=False).events
    assert [(e.round, e.valuation.basis if e.valuation else None) for e in events] == [
        ("b", "post"),
        ("a", "pre"),
    ]


def test_event_rules_a_titled_person_is_never_the_company() -> None:
    """研究員洪士鈞 is a person: "洪士鈞透露，B輪投後估值……" tells the company's valuation."""
    text = (
        "沛揚由前中研院研究員洪士鈞創辦。民國112年10月，沛揚完成新台幣8.8億元B輪募資。"
        "洪士鈞透露，B輪投後估值約新台幣60億元。"
    )
    events = extract(text, published="2025-06-01", use_model=False).events
    assert [
        (
            e.company.name if e.company else None,
            e.date.value if e.date else None,
            e.valuation.amount.value if e.valuation else None,
        )
        for e in events
    ] == [("沛揚", "2023-10", Decimal("6000000000"))]


def test_event_rules_this_round_after_a_background_round_is_the_reported_one() -> None:
    text = (
        "凍途科技於7月21日宣布完成1,200萬美元A+輪融資，由南洋橋資本領投。"
        "公司去年完成600萬美元A輪融資，由飛鵝山創投領投。"
        "消息指本輪投後估值約1億美元。"
    )
    events = extract(text, published="2025-07-25", use_model=False).events
    assert [(e.round, e.valuation.amount.value if e.valuation else None) for e in events] == [
        ("a+", Decimal("100000000")),
        ("a", None),
    ]


def test_event_rules_a_round_named_by_its_company_gets_the_valuation() -> None:
    text = (
        "In April Mercival led Nerisca's $45 million Series B.\n\n"
        "In March the firm joined the $80 million Series C of Quennell Pay. "
        "The Nerisca round valued the company at $260 million before the new money."
    )
    events = extract(text, published="2025-05-20", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.valuation.basis if e.valuation else None)
        for e in events
    ] == [("Nerisca", "pre"), ("Quennell Pay", None)]


def test_event_rules_an_investor_described_by_place_and_kind() -> None:
    text = (
        "凍途科技宣布完成1,200萬美元A+輪融資，由新加坡基金南洋橋資本領投，"
        "本地物流集團港駿貨運參與投資。國內學名藥大廠永駿製藥對沛揚進行策略性投資。"
    )
    events = extract(text, published="2025-07-25", use_model=False).events
    assert [
        (e.company.name if e.company else None, [i.name for i in e.investors]) for e in events
    ] == [
        ("凍途科技", ["南洋橋資本", "港駿貨運"]),
        ("沛揚", ["永駿製藥"]),
    ]


def test_event_rules_newsletter_deal_lines() -> None:
    """One-line deals: bold name, city, dash or pipe, amount and round; no verb."""
    text = (
        "## Deals\n\n"
        "- **Quorvia** (Berlin) — €4.5M seed for browser-based CAD, led by Spreewald Capital\n"
        "- **Fjellbit** (Oslo) | NOK 60m seed | led by Nordkapp Ventures\n"
        "- **Orrisk** (Stockholm) — SEK 95 million bridge round from existing backer Mälaren "
        "Capital to get to profitability\n"
    )
    events = extract(text, published="2025-03-21", use_model=False).events
    assert [
        (
            e.company.name if e.company else None,
            e.round,
            e.amount.currency if e.amount else None,
            [i.name for i in e.investors],
        )
        for e in events
    ] == [
        ("Quorvia", "seed", "EUR", ["Spreewald Capital"]),
        ("Fjellbit", "seed", "NOK", ["Nordkapp Ventures"]),
        ("Orrisk", None, "SEK", ["Mälaren Capital"]),
    ]


def test_event_rules_a_bracketed_dispatch_line_is_no_company() -> None:
    text = (
        "[Shanghai, March 4] Zhiyun Pharmaceutical announced the completion of a 350 million "
        "yuan Series B financing."
    )
    events = extract(text, published="2025-03-07", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.date.value if e.date else None) for e in events
    ] == [("Zhiyun Pharmaceutical", "2025-03-04")]


def test_event_rules_a_valuation_after_a_loan_belongs_to_the_equity_round() -> None:
    text = (
        "On Tuesday Vellmark said it had raised €42 million in a Series B led by Aldergrove "
        "Transition Partners. That same week the company signed a €15 million venture debt "
        "facility with Kronberg Bank.\n\nThe company would not confirm its valuation. Two "
        "investors said it was just under €200 million on a post-money basis."
    )
    events = extract(text, published="2025-06-05", use_model=False).events
    assert [
        (
            e.round,
            e.valuation.amount.value if e.valuation else None,
            e.valuation and e.valuation.basis,
        )
        for e in events
    ] == [("b", Decimal("200000000"), "post"), ("debt", None, None)]


def test_event_rules_lead_labels_and_reported_leads() -> None:
    text = (
        "- **Vantory** (Paris) – €22M Series B. Lead: Rivoli Growth.\n"
        "- **Tidefold Health** (Lisbon) is raising a €30m Series B; Tagus Growth is said to be "
        "leading\n"
    )
    events = extract(text, published="2025-03-21", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.status, [(i.name, i.role) for i in e.investors])
        for e in events
    ] == [
        ("Vantory", "completed", [("Rivoli Growth", "lead")]),
        ("Tidefold Health", "planned", [("Tagus Growth", "lead")]),
    ]


def _rows(text: str, published: str = "2025-06-10") -> list[tuple[str | None, str | None]]:
    events = extract(text, published=published, use_model=False).events
    return [(e.company.name if e.company else None, e.round) for e in events]


def test_event_rules_feature_subjects_are_the_story_company() -> None:
    """A titled person, a backer opening the sentence and a pronoun in a later section all
    leave the round with the company the feature is about."""
    text = (
        "# How Paisaleaf survived\n\nPaisaleaf raised a ₹210 crore Series C this week.\n\n"
        "## The early years\n\nMenon-Sharma, a former credit officer, started the lender in 2018."
        " In March 2019 it raised ₹4 crore in seed funding from Deccan Angels Collective. "
        "Then, in August 2020, Banyan Arc Ventures led a $6 million Series A."
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.company.name if e.company else None, e.round) for e in events] == [
        ("Paisaleaf", "c"),
        ("Paisaleaf", "seed"),
        ("Paisaleaf", "a"),
    ]
    assert [(i.name, i.role) for i in events[2].investors] == [("Banyan Arc Ventures", "lead")]


def test_event_rules_a_digest_item_pronoun_is_its_headline_company() -> None:
    text = (
        "**Mingtu Medical receives strategic investment from Huaying Pharmaceutical**\n\n"
        "Mingtu Medical received a strategic investment from Huaying Pharmaceutical.\n\n"
        "**Zhenhai New Energy lands on the STAR Market, shares rise 86% on the first day**\n\n"
        "Zhenhai New Energy listed today. Before the listing, the company completed a Pre-IPO "
        "round of 500 million yuan in 2022, led by Jinzhu Capital."
    )
    assert _rows(text) == [("Mingtu Medical", "strategic"), ("Zhenhai New Energy", "pre-ipo")]


def test_event_rules_a_round_as_a_point_in_time_or_a_stage_is_no_round() -> None:
    assert _rows(
        "After the Series A, Brindlecart closed a $48 million Series B led by Oakhurst Partners."
    ) == [("Brindlecart", "b")]
    assert _rows("岳华创投宣布二号基金完成首次关帐，未来将锁定B轮前的AI与医疗器材新创。") == []
    assert _rows("新基金将专注投资A轮至B轮的硬科技企业，规模2.5亿美元。") == []


def test_event_rules_roundup_lines_name_their_company_and_investors() -> None:
    text = (
        "• Brinewell Energy - The Reno-based maker of sodium-ion cells pulled in $27 million in "
        "Series A money. Brinkhollow Ventures led; Cinderpath Capital chipped in.\n"
        "• Kelvinshore: $8 million Series A-2, funded entirely by Petrel Bay Partners.\n"
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.round, [(i.name, i.role) for i in e.investors])
        for e in events
    ] == [
        (
            "Brinewell Energy",
            "a",
            [("Brinkhollow Ventures", "lead"), ("Cinderpath Capital", "participant")],
        ),
        ("Kelvinshore", "a2", [("Petrel Bay Partners", "lead")]),
    ]


def test_event_rules_digest_markers_are_no_part_of_a_name() -> None:
    assert _rows("◎禾感科技A輪募得新台幣1.5億元　岱嶼創投領投") == [("禾感科技", "a")]


def test_event_rules_a_deal_card_is_one_event() -> None:
    """Field-label lines under a name-only headline are one round: its company is the
    headline, its date the card's date line, and 未披露 is no announcement."""
    text = (
        "## 医疗健康\n\n"
        "🔥 **曜衡医疗**\n聚焦结构性心脏病介入器械，已进入注册临床阶段。\n"
        "轮次：B轮\n金额：2亿元人民币\n投资方：启岚资本（领投）、芮安创投\n时间：10月21日\n\n"
        "📌 **澈明眼科**\n用AI眼底影像辅助基层医生筛查眼病，设备已铺设至1200余家社区医院。\n"
        "轮次：天使轮\n金额：未披露\n投资方：泓绎创投\n时间：10月24日\n"
    )
    events = extract(text, published="2025-10-26", use_model=False).events
    assert [
        (
            e.company.name if e.company else None,
            e.round,
            e.amount.value if e.amount else None,
            e.date.value if e.date else None,
            e.status,
            [(i.name, i.role) for i in e.investors],
        )
        for e in events
    ] == [
        (
            "曜衡医疗",
            "b",
            Decimal("200000000"),
            "2025-10-21",
            "completed",
            [("启岚资本", "lead"), ("芮安创投", "participant")],
        ),
        ("澈明眼科", "angel", None, "2025-10-24", "completed", [("泓绎创投", "participant")]),
    ]


def test_event_rules_a_card_label_line_alone_is_no_card() -> None:
    """One label line (a DATE line) does not join the summary after it into the title's item."""
    text = (
        "Weekly report: Ruikang Robot completed B+ round financing\nDATE:  Mar 3 2025\n\n"
        "Summary: (1) Ruikang Robot completed RMB 260 million B+ round financing "
        "(2) Tiancao Dairy received 300 million yuan strategic investment\n"
    )
    assert ("Ruikang Robot", "strategic") not in _rows(text)


def test_event_rules_chinese_subjects_that_are_persons_or_tags() -> None:
    # A chain of titles before a person; the person's short-name definition is no company;
    # a demonstrative subject is the name the item gave a Latin alias.
    text = (
        "從台北東區一家拉麵店開始，點序科技（QueueNest）如今已有4,200家餐廳客戶。9月初，"
        "這家成立不到五年的餐飲SaaS新創宣布完成1,000萬美元A輪募資。我們找來創辦人暨執行長葉承恩。\n\n"
        "葉承恩（以下簡稱葉）：2020年，我們拿到種子輪，大概新台幣600萬元。點序科技那時只有簡報。"
    )
    assert _rows(text) == [("點序科技", "a"), ("點序科技", "seed")]
    # A tag before a bar is no part of the name.
    assert _rows("2）融資｜嶺動機器人完成人民幣1.5億元B輪融資，由前海鴻翼基金領投。") == [
        ("嶺動機器人", "b")
    ]
    # The second end of a range "從天使到B輪" is no round.
    assert _rows("一、資金面：從天使到B輪的完整梯隊\n\n台灣太空新創去年共完成14筆募資。") == []


def _valuation(text: str) -> tuple[Decimal, str | None] | None:
    events = extract(text, published="2025-06-10", use_model=False).events
    valuation = events[0].valuation if events else None
    return (valuation.amount.value, valuation.basis) if valuation else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including the new capital" and 投資後 / 增資後 are post-money wordings.
        (
            "Quillwise raised $150 million in a Series C at a valuation of about $1.2 billion "
            "including the new capital.",
            (Decimal("1200000000"), "post"),
        ),
        (
            "澄衡科技完成3,500萬美元B輪募資。以投資後計算，澄衡科技的估值約2億美元。",
            (Decimal("200000000"), "post"),
        ),
        (
            "去年11月，桌曜科技完成新台幣4億元A2輪募資。增資後，桌曜科技估值約新台幣32億元。",
            (Decimal("3200000000"), "post"),
        ),
        # The commas of a place name do not hide the valuing verb.
        (
            "Veltrane raised a $60 million Series B. The financing values the Cambridge, "
            "Massachusetts, company at $480 million before the new money.",
            (Decimal("480000000"), "pre"),
        ),
    ],
)
def test_event_rules_valuation_basis_wordings(
    text: str, expected: tuple[Decimal, str | None]
) -> None:
    assert _valuation(text) == expected


def test_event_rules_a_headline_over_a_deal_card_opens_an_item() -> None:
    """A card's first label line may be shorter than the headline above it."""
    text = (
        "◆ Yaoshan Pharma completed a 150 million yuan Series B\n"
        "Financing amount: 150 million yuan\nFinancing round: Series B\n"
        "Investors: Ciyuan Capital led the investment\n\n"
        "◆ Siyue Health won tens of millions of US dollars in Series C1\n"
        "Financing amount: tens of millions of US dollars\nFinancing round: C1\n"
        "Investor: Chuxu Healthcare Fund\nPost-investment valuation: about 400 million US dollars\n"
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.company.name, e.round, e.amount.text if e.amount else None) for e in events] == [
        ("Yaoshan Pharma", "b", "150 million yuan"),
        ("Siyue Health", "c1", "tens of millions of US dollars"),
    ]
    assert events[1].valuation is not None
    assert events[1].valuation.basis == "post"


def _dates(text: str) -> list[tuple[str | None, str | None]]:
    events = extract(text, published="2025-08-05", use_model=False).events
    return [(e.round, e.date.value if e.date else None) for e in events]


def test_event_rules_story_years_count_from_the_last_year_told() -> None:
    text = (
        "青榭智能成立于2019年。创立当年，郁川以个人身份投资200万元，构成了青榭智能的种子轮。\n\n"
        "## 次年：两次融资\n\n次年，青榭智能拿到了梧川创投1000万元的天使轮投资。"
        "同年底，青榭智能又完成了3000万元Pre-A轮融资。\n\n## 两年后：A轮\n\n"
        "转机出现在拿下Pre-A两年后。那一年，青榭智能完成1亿元A轮融资。"
    )
    # A heading's "次年" / "两年后" announces its section and is not counted twice.
    assert _dates(text) == [("seed", "2019"), ("angel", "2020"), ("pre-a", "2020"), ("a", "2022")]
    text = (
        "Vellmark was incorporated in January 2020. Its first money, a pre-seed round later "
        "that year, came from angels. The following spring the company closed a 3.1 million "
        "euro seed round led by Grauwerk Ventures. In early 2022, Vellmark raised a 10 million "
        "euro Series A. A Series B came in the autumn of 2024."
    )
    assert _dates(text) == [("pre-seed", "2020"), ("seed", "2021"), ("a", "2022"), ("b", "2024")]
    # With no year told before it, a story year gives no date: the publish date stands.
    assert _dates("次年，澄衡科技完成5000万元A轮融资。") == [("a", "2025-08-05")]


def test_event_rules_a_bare_yuan_in_a_taiwan_dollar_item_is_taiwan_dollars() -> None:
    text = (
        "滴藍科技2021年完成新台幣3,000萬元種子輪募資。2023年，滴藍科技完成2.8億元A輪募資，"
        "由岱川創投領投。（寶島財經）成都的萌橘醫療本週一宣布完成逾5億元戰略融資，"
        "由碧澗資本獨家投資。（鼎新證券報）"
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.company.name, e.amount.currency if e.amount else None) for e in events] == [
        ("滴藍科技", "TWD"),
        ("滴藍科技", "TWD"),
        ("萌橘醫療", "CNY"),  # another item, which names no 新台幣
    ]
    # An item that names renminbi keeps a bare 元 as renminbi.
    text = "晶格量子完成新台幣4億元B輪募資，另獲人民幣5,000萬元投資；去年的A輪為1億元。"
    money = extract(text, published="2025-06-10", use_model=False).money
    assert [m.currency for m in money] == ["TWD", "CNY", "CNY"]


def test_event_rules_numbered_lines_and_thread_posts_name_their_company() -> None:
    text = (
        "**一、园区企业融资情况**\n\n"
        "1. 镝昂光电：7月完成1.6亿元B轮融资，由渚桥产业投资基金领投，菡萏资本跟投。\n\n"
        "2. 栩鹭医疗：8月12日完成数千万元Pre-A轮融资，投资方为沁川资本。\n"
    )
    assert _rows(text) == [("镝昂光电", "b"), ("栩鹭医疗", "pre-a")]
    text = (
        '2/ Hangzhou mining truck company "Kuangtu Zhixing" announced completion of RMB 300 '
        "million Series B financing.\n\n"
        '4/ On June 17, Singapore agritech "Paddyform" said it raised US$15m Series A, led by '
        "Angsana Ridge Partners.\n\n"
        '9/ Beijing embodied AI company "Shuzhi Lingyuan" completed angel round and Pre-A round '
        "financing in succession. Angel round investor is Yanqi Lake Seed Fund; Pre-A round was "
        "led by Beiyu Zhixin Capital.\n\n"
        "11/ Fund: Lotus Bridge Ventures announced first close of its second US dollar fund at "
        "US$120m, focus ASEAN seed and Series A.\n\n"
        "12/ Riyadh-based Nakhlah Pay banked SAR 56 million in a Series A led by Sadeem Ventures.\n"
    )
    assert _rows(text) == [
        ("Kuangtu Zhixing", "b"),
        ("Paddyform", "a"),
        ("Shuzhi Lingyuan", "angel"),
        ("Shuzhi Lingyuan", "pre-a"),
        ("Nakhlah Pay", "a"),
    ]


def test_event_rules_title_item_and_body_tell_one_rumoured_round() -> None:
    """A title split into items of its own ("傳洽談新一輪募資" above the byline) and the body's
    telling of the same unnamed round are one event; 傳 / 據傳 is not part of the name."""
    text = (
        "液冷新創霜脈傳洽談新一輪募資　估值上看10億美元\n霜脈回應：不評論市場傳言\n"
        "2025-09-24 11:42　記者鄧家瑜／綜合報導\n\n"
        "國內液冷新創霜脈科技（FrostVein）據傳正洽談新一輪募資，計畫募集1億至1.5億美元。"
    )
    events = extract(text, published="2025-09-24", use_model=False).events
    assert [(e.company.name, e.round, e.status) for e in events] == [("霜脈", None, "planned")]
    assert events[0].amount is not None
    assert events[0].amount.text == "1億至1.5億美元"


def test_event_rules_per_share_cost_is_not_an_amount() -> None:
    text = (
        "溯川智能近日完成2.5亿元D轮融资。C轮投资人当时的每股成本约为38.5元，"
        "而本轮D轮的每股认购价格约为14.2元。"
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.company.name, e.round, e.amount.text if e.amount else None) for e in events] == [
        ("溯川智能", "d", "2.5亿元")
    ]


def test_event_rules_bold_lead_in_names_its_paragraphs_company() -> None:
    """A newsletter's "**Name** — …" paragraph is about Name, not the item's first company."""
    text = (
        "**Pallisade** — $8M seed led by Quarry Ventures. Denver.\n\n"
        "**Fenlow Labs** — Raising. The Austin chip-verification startup is in the market for "
        "a ~$30M Series B, per two investors who've seen the deck.\n\n"
        "**Orrfjord Foods** — Undisclosed strategic investment from Halvgaard Group. Oslo."
    )
    assert _rows(text) == [
        ("Pallisade", "seed"),
        ("Fenlow Labs", "b"),
        ("Orrfjord Foods", "strategic"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both bases given: the event keeps the post-money figure (docs/corpus.md).
        (
            "衡心醫電12日宣布完成B輪募資新台幣3億元，由康廷創投領投。"
            "本輪投前估值為新台幣12億元，投後估值15億元。",
            (Decimal("1500000000"), "post"),
        ),
        (
            "Ferrowind raised a €32 million Series B led by Gale Energy Ventures. It was priced "
            "at a pre-money valuation of €128 million, giving Ferrowind a post-money valuation "
            "of €160 million.",
            (Decimal("160000000"), "post"),
        ),
        # A headline's full-width space separates the amount from the next fact's 估值.
        (
            "康睿影像A輪集資逾3,000萬美元　投後估值約2億美元",
            (Decimal("200000000"), "post"),
        ),
        (
            "Chayun Technology completed a 500 million yuan D round financing. After the "
            "completion of this round of financing, the valuation of Chayun Tech is over "
            "1 billion US dollars.",
            (Decimal("1000000000"), "post"),
        ),
    ],
)
def test_event_rules_post_money_wins_and_headline_facts_stay_apart(
    text: str, expected: tuple[Decimal, str | None]
) -> None:
    assert _valuation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "（中央社記者王小明台北20日電）新創公司晴嵐科技今天宣布完成新台幣2億元A輪募資。",
        "【吉隆坡7日訊】本地物流初創晴嵐科技週四宣佈，完成1,200萬令吉A輪融資。",
    ],
)
def test_event_rules_agency_dateline_is_not_part_of_the_name(text: str) -> None:
    assert _rows(text) == [("晴嵐科技", "a")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Taiwanese paper writes the day inside the relative word.
        (
            "光譜醫學影像昨（3）日宣布完成1,800萬美元A輪募資，由辰岡創投領投。",
            [("a", "2025-08-03")],
        ),
        ("晰腦醫訊今(5)日宣布完成A輪募資新台幣3.2億元。", [("a", "2025-08-05")]),
        # A wire dateline's day is the item's "today".
        (
            "（中央社記者王小明台北2日電）新創公司晴嵐科技今天宣布完成新台幣2億元A輪募資。",
            [("a", "2025-08-02")],
        ),
        # A short note after the item dates its round.
        (
            "**Skeldane** — $40M Series B, led by Halbrook Partners. Denver-based Skeldane sells "
            "scheduling software, CEO Maya Edemobi told us. *(Announced Friday.)*",
            [("b", "2025-08-01")],
        ),
    ],
)
def test_event_rules_datelines_and_date_notes(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _dates(text) == expected


def test_event_rules_english_legal_name_holds_the_short_name() -> None:
    """A translated headline's short name and the body's legal name are one company."""
    text = (
        "Yunpai Charging received strategic investment of 200 million yuan\n"
        "On October 21, Hangzhou Yunpai New Energy Technology Co., Ltd. (brand name: Yunpai "
        "Chongdian) announced that it has received a strategic investment of 200 million yuan "
        "from Guokai New Energy.\n\n"
        "Hangzhou Loom Robotics raised a Series A\n"
        "Hangzhou Brightwell Sensor Co., Ltd. completed a 50 million yuan Series A."
    )
    events = extract(text, published="2025-10-23", use_model=False).events
    assert (events[0].company.name, events[0].company.aliases) == (
        "Yunpai Charging",
        ["Hangzhou Yunpai New Energy Technology Co., Ltd.", "Yunpai Chongdian"],
    )
    assert events[0].date is not None
    assert events[0].date.value == "2025-10-21"
    # The legal name's first word is a city: the next item's two names stay apart.
    assert len(events) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Narration around a round word is no company.
        ("■ 疫情讓A輪告吹，也讓需求爆發\n\n這輪估值未公開，但據報導與C輪大致持平。", []),
        # A dated round with a one-off name is still told.
        ("公司简介里提到，驰岬能源此前于今年3月完成A+轮融资。", [("驰岬能源", "a+")]),
        # 获悉 names the outlet, not the company; a parenthesis inside the descriptor.
        (
            "36财讯获悉，10月14日，芯片设计公司芯湃科技（Xinpai Tech）宣布完成A轮融资，金额3.2亿元。",
            [("芯湃科技", "a")],
        ),
        ("抗体偶联药物（ADC）研发企业蔚衍生物完成5000万美元B轮融资。", [("蔚衍生物", "b")]),
    ],
)
def test_event_rules_subjects_are_companies(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _rows(text) == expected


def test_event_rules_numbered_list_takes_its_heading_month() -> None:
    text = (
        "## 二、11月融资TOP10\n\n1. 穹宇智驾 C轮 15亿元 峤衡资本领投\n"
        "2. 澈滢锂能 D轮 12亿元 拓溪投资领投\n\n## 三、点评\n\n"
        "**格致星图**\n融资轮次：B轮\n融资金额：6亿元\n披露日期：11月20日\n"
    )
    events = extract(text, published="2025-12-03", use_model=False).events
    assert [(e.company.name, e.date.value if e.date else None, e.status) for e in events] == [
        ("穹宇智驾", "2025-11", "completed"),
        ("澈滢锂能", "2025-11", "completed"),
        ("格致星图", "2025-11-20", "completed"),
    ]


# --- session 15: valuations and subjects ---------------------------------------------------


def _valuations(
    text: str, published: str = "2025-06-10"
) -> list[tuple[str | None, str | None, str | None, str | None]]:
    events = extract(text, published=published, use_model=False).events
    return [
        (
            e.round,
            str(e.amount.value) if e.amount else None,
            str(e.valuation.amount.value) if e.valuation else None,
            e.valuation.amount.currency if e.valuation else None,
        )
        for e in events
    ]


def test_event_rules_an_earlier_valuation_goes_to_the_round_before() -> None:
    """ "up from $400 million in its last round" is the previous round's valuation, never an
    amount; "when it raised its Series B" names that round, which becomes an event with the
    figure as its valuation (docs/corpus.md, session 19)."""
    text = (
        "Rostrell Health has raised $150 million in a Series D led by Gannetmoor Partners. "
        "The deal values the company at $1.2 billion, up from $400 million in its last round.\n\n"
        "That last round was a $55 million Series C, led by Ambergate in March 2023."
    )
    assert _valuations(text) == [
        ("d", "150000000", "1200000000", "USD"),
        ("c", "55000000", "400000000", "USD"),
    ]
    named = (
        "On March 4, Calverin closed a $140 million Series C led by Tamrack Partners. The round "
        "gives Calverin a $1.2 billion valuation, up from $410 million when it raised its Series B."
    )
    assert _valuations(named) == [
        ("c", "140000000", "1200000000", "USD"),
        ("b", None, "410000000", "USD"),
    ]


def test_event_rules_a_valuation_cap_is_no_valuation() -> None:
    text = (
        "Quorvell raised $4 million in convertible notes from Wexridge Point Capital. The notes "
        "convert at the next priced round with a valuation cap of $150 million."
    )
    rows = _valuations(text)
    assert rows
    assert all(r[2] is None for r in rows)
    assert all(r[1] != "150000000" for r in rows)


def test_event_rules_a_valuation_without_currency_takes_the_rounds() -> None:
    text = "港灣衣櫥完成3,800萬港元A輪融資，由維港數碼基金領投，本輪投後估值約4億。"
    assert _valuations(text) == [("a", "38000000", "400000000", "HKD")]


def test_event_rules_after_that_round_is_post_money() -> None:
    text = (
        "Xinmai Biotech completed a C round financing of 520 million yuan in March 2023, led by "
        "Dongxu Capital; after that round, the company's valuation was 4.6 billion yuan."
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.round, e.valuation.basis if e.valuation else None) for e in events] == [
        ("c", "post")
    ]


def test_event_rules_a_history_section_keeps_the_defined_company() -> None:
    """A later section's "**A轮（2018年3月）**：…" lines are about the company the opening
    defined a short name for; a prospectus titled with a legal name is about that company."""
    text = (
        "# 康湃医疗冲刺科创板\n\n上交所官网显示，深圳康湃医疗器械股份有限公司（以下简称“康湃医疗”）"
        "的科创板IPO申请获受理。\n\n## 五轮融资\n\n招股书披露了康湃医疗的历次增资情况。\n\n"
        "**A轮（2018年3月）**：鹭岛创投领投4000万元，知本资本跟投1000万元，本轮投后估值3亿元。\n"
    )
    events = extract(text, published="2025-12-10", use_model=False).events
    assert [
        (e.company.name, e.round, str(e.valuation.amount.value) if e.valuation else None)
        for e in events
    ] == [("深圳康湃医疗器械股份有限公司", "a", "300000000")]
    prospectus = (
        "# 上海镕川科技股份有限公司首次公开发行股票招股说明书\n\n"
        "本招股说明书中，“公司”均指上海镕川科技股份有限公司。\n\n"
        "**2020年8月，第二次增资（A轮）**\n\n2020年8月，公司完成A轮融资，本次增资款合计8,000.00万元。\n"
    )
    events = extract(prospectus, published="2025-12-10", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("上海镕川科技股份有限公司", "a")]


def test_event_rules_exits_and_totals_are_not_rounds() -> None:
    text = (
        "**Sandwort Analytics** was acquired by Ordex Group for a reported €140m. The Lyon-based "
        "company had raised €30m from investors including Blauwbrug Capital.\n\n"
        "**Gildenmoor** has raised about $380 million from investors since 2017.\n\n"
        "**Verdissa Bio** came out of stealth with a $65 million Series B co-led by Meriwell Rock."
    )
    events = extract(text, published="2025-06-10", use_model=False).events
    assert [(e.company.name, e.round, e.amount.text if e.amount else None) for e in events] == [
        ("Verdissa Bio", "b", "$65 million")
    ]


def test_event_rules_an_investor_opening_the_sentence_is_no_company() -> None:
    text = (
        "# Tillgrove's long road\n\nTillgrove, a Manchester lender, raised a £15 million Series A "
        "in 2021.\n\n## Growing up\n\nTwo years later, the company came back to investors. Ribble "
        "Growth Partners led a £45 million Series B, bringing its valuation to £400 million."
    )
    events = extract(text, published="2024-05-14", use_model=False).events
    rows = [
        (e.company.name, e.round, str(e.valuation.amount.value) if e.valuation else None)
        for e in events
    ]
    assert ("Tillgrove", "b", "400000000") in rows
    assert all(e.company.name != "Ribble Growth Partners" for e in events)


# Session 16: Chinese subjects that are clauses, and investors that announce a round.


def test_event_rules_an_investor_announcing_its_deal_is_no_company() -> None:
    """ "X领投Y", "X宣布，其领投的Y" and "X宣布领投Y的A轮": X is the lead, Y the company."""
    cases = {
        "檀溪资本领投澄湾机器人3亿元B轮融资": ("澄湾机器人", "b"),
        "9月2日，檀溪资本宣布，其领投的工业机器人公司澄湾机器人B轮融资已完成交割，"
        "本轮融资金额为3亿元，白桦创投跟投。": ("澄湾机器人", "b"),
        "檀溪资本9月2日宣布领投储能平台澄湾电力的A轮融资，本轮金额为5000万美元。": (
            "澄湾电力",
            "a",
        ),
    }
    for text, (company, round_) in cases.items():
        events = extract(text, published="2025-09-03", use_model=False).events
        assert [(e.company.name, e.round) for e in events] == [(company, round_)], text
        leads = [i.name for i in events[0].investors if i.role == "lead"]
        assert leads == ["檀溪资本"], text


def test_event_rules_a_clause_is_no_company_name() -> None:
    """A speaker's clause ("周明远说") or an investor's ("林启文以个人名义独家投资") is not the
    funded company, nor is a bare description ("整机品牌") or a phrase opening with a
    preposition ("随着……", "根據公司"); with no other subject the round is not reported rather
    than misnamed."""
    texts = [
        "2019年，退休医生林启文以个人名义独家投资新台幣500萬元，完成了天使輪。",
        "周明远说，2021年完成了3000万元A轮融资。",
        "随着新能源汽车产线扩张完成1.2亿元A轮融资。",
        "整机品牌完成超过5亿元D轮融资。",
        "根據公司完成5億元C輪募資。",
    ]
    for text in texts:
        names = [e.company.name for e in extract(text, published="2025-09-03").events]
        assert names == [], names


def test_event_rules_a_numbered_wire_line_keeps_its_subject() -> None:
    """ "1. （中央社記者…14日電）…「X」今天宣布": the date inside the dateline ends no name."""
    text = (
        "# 財經快訊\n\n1. （中央社記者林雅婷台北14日電）語音AI新創「澄聲智能」今天宣布完成"
        "新台幣2.8億元A輪募資，由富崧創投領投。\n\n2. （中央社記者張育誠新竹13日電）矽光子新創"
        "光霽半導體昨天宣布完成約新台幣6億元B輪募資。\n"
    )
    events = extract(text, published="2025-03-14", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("澄聲智能", "a"), ("光霽半導體", "b")]


def test_event_rules_a_round_that_dates_the_sentence_is_not_reported() -> None:
    """ "天使輪完成約半年後，X又拿到…Pre-A輪": the opening round is a point in time."""
    text = (
        "安澄醫護2020年底完成天使輪募資，由北岸創投領投。\n\n## 半年後的Pre-A\n\n"
        "天使輪完成約半年後，安澄醫護又拿到新台幣6,000萬元Pre-A輪，由瑞邦資本領投。"
    )
    events = extract(text, published="2025-09-08", use_model=False).events
    assert [(e.company.name, e.round, e.amount.text if e.amount else None) for e in events] == [
        ("安澄醫護", "angel", None),
        ("安澄醫護", "pre-a", "新台幣6,000萬元"),
    ]


def test_event_rules_interview_answers_tell_the_interviewees_rounds() -> None:
    """A bold "**問：…**" makes a Chinese text an interview; a bold heading answered by a quote
    is an English interview's question. Either way the answer's rounds are the company's."""
    chinese = (
        "# 專訪守衡資安創辦人\n\n守衡資安今天宣布完成1,800萬美元B輪募資，由嶺東資本領投。\n\n"
        "**問：A輪呢？**\n\n鍾立衡：2022年那一輪A輪拿了新台幣2億元，由凌霄創投領投。\n"
    )
    events = extract(chinese, published="2025-12-10", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("守衡資安", "b"), ("守衡資安", "a")]
    english = (
        "INTERVIEW\n\nHearthlane, the London heat-pump installer, has raised a £40 million Series B "
        "led by Farrier Growth.\n\n**That is a big pivot to explain to investors.**\n\n"
        '"Fenmoor Capital got it. They led our £6 million seed in 2021, when we had two vans."\n'
    )
    events = extract(english, published="2025-06-10", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [
        ("Hearthlane", "b"),
        ("Hearthlane", "seed"),
    ]


def test_event_rules_a_feature_headline_opening_with_how_names_its_company() -> None:
    text = (
        "How Sunmeadow turned a pump on credit into a lender\n\nWhen two engineers started "
        "Sunmeadow Energy in 2019, the plan was modest.\n\nThe first outside money arrived in "
        "2021, when Ashvale Ventures led a $2.5 million seed round. Sunmeadow later grew fast, "
        "and Sunmeadow now leases pumps."
    )
    events = extract(text, published="2025-02-18", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("Sunmeadow", "seed")]


def test_event_rules_a_planned_completion_is_the_plan() -> None:
    """ "擬於年底前完成3億元A輪募資" plans the round the headline announced."""
    text = (
        "冷鏈新創速捷雲擬募資新台幣3億元\n\n冷鏈物流新創速捷雲今日宣布，擬於年底前完成"
        "新台幣3億元A輪募資，本輪預計由興陽創投領投。"
    )
    events = extract(text, published="2025-08-27", use_model=False).events
    assert [(e.company.name, e.round, e.status) for e in events] == [("速捷雲", "a", "planned")]


def test_event_rules_policy_eligibility_is_no_round() -> None:
    text = (
        "## 國發基金加碼創業天使投資方案\n\n行政院國家發展基金管理會17日宣布，單一新創最高可獲"
        "投資額度由2,000萬元提高至3,000萬元。"
    )
    assert extract(text, published="2025-10-20", use_model=False).events == []


def test_event_rules_yen_in_an_english_story_about_japan() -> None:
    """ "¥" is the yen in an English item about Japan that never names the yuan; the same
    figure stays renminbi in Chinese text and where the yuan is named."""
    japan = "Kagero Recycle (Osaka) raised ¥3.2 billion in a Series B in September."
    china = "Kagero Recycle (Osaka) raised ¥3.2 billion in a Series B, about 150 million yuan."
    events = extract(japan, published="2025-12-02", use_model=False).events
    assert [e.amount.currency if e.amount else None for e in events] == ["JPY"]
    events = extract(china, published="2025-12-02", use_model=False).events
    assert [e.amount.currency if e.amount else None for e in events] == ["CNY"]
    chinese = "星河科技完成¥3亿元B轮融资，东京的樱丘资本领投。"
    events = extract(chinese, published="2025-12-02", use_model=False).events
    assert [e.amount.currency if e.amount else None for e in events] == ["CNY"]


# Session 17: tables, described investors, translated bands, raise-versus-valuation.


def _with_investors(
    text: str, published: str = "2025-11-14"
) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    events = extract(text, published=published, use_model=False).events
    return [(e.company.name, e.round, [(i.name, i.role) for i in e.investors]) for e in events]


def test_event_rules_a_slash_table_names_company_and_investors_by_column() -> None:
    """The header names the columns: the first cell is the company even when another cell
    holds an investing verb ("策略投資"), and the investor cell keeps its role markers."""
    text = (
        "公司名稱／輪次／金額／主要投資人\n"
        "晶格量子／A輪／4億元／嵐山創投（領投）、宏碩科技\n"
        "翼田科技／策略投資／未揭露／大豐農機\n"
    )
    assert _with_investors(text) == [
        ("晶格量子", "a", [("嵐山創投", "lead"), ("宏碩科技", "participant")]),
        ("翼田科技", "strategic", [("大豐農機", "participant")]),
    ]


def test_event_rules_a_markdown_table_with_lead_and_other_investor_columns() -> None:
    text = (
        "| Company | Round | Amount | Lead investor | Other investors |\n"
        "|---|---|---|---|---|\n"
        "| Quillory | Series A | $12 million | Harbor Peak Ventures | Ostrel Capital, Nimbo "
        "Partners |\n"
    )
    assert _with_investors(text) == [
        (
            "Quillory",
            "a",
            [
                ("Harbor Peak Ventures", "lead"),
                ("Ostrel Capital", "participant"),
                ("Nimbo Partners", "participant"),
            ],
        )
    ]


def test_event_rules_a_described_investor_and_its_bare_name_are_one_party() -> None:
    """A table cell's "宏碩科技" and the prose's "上市半導體設備商宏碩科技" are one investor."""
    text = (
        "公司名稱／輪次／金額／主要投資人\n"
        "晶格量子／A輪／4億元／嵐山創投（領投）、宏碩科技\n\n"
        "晶格量子本週二宣布完成4億元A輪募資，由嵐山創投領投，上市半導體設備商宏碩科技跟投。"
    )
    assert _with_investors(text) == [
        ("晶格量子", "a", [("嵐山創投", "lead"), ("宏碩科技", "participant")])
    ]


def test_event_rules_investors_described_with_de_and_taiwan_existing_holders() -> None:
    """ "由新加坡的衡石投資領投" names 衡石投資; 既有股東 marks an existing investor."""
    text = (
        "峰谷儲能13日宣布完成1,800萬美元B輪募資，由新加坡的衡石投資領投，"
        "國發基金及既有股東瀧坪創投跟投。"
    )
    assert _with_investors(text) == [
        (
            "峰谷儲能",
            "b",
            [("衡石投資", "lead"), ("國發基金", "participant"), ("瀧坪創投", "existing")],
        )
    ]


def test_event_rules_a_translated_level_amount_is_a_band() -> None:
    """ "100-million-yuan-level" translates 亿元级: [1e8, 1e9) yuan, vague."""
    text = "Ruiyao Biotech completed an A+ round financing of 100-million-yuan-level."
    events = extract(text, published="2025-11-18", use_model=False).events
    amounts = [(e.amount.low, e.amount.high, e.amount.currency) for e in events if e.amount]
    assert amounts == [(Decimal("100000000"), Decimal("1000000000"), "CNY")]


def test_event_rules_the_raise_after_a_valuation_cue_is_the_amount() -> None:
    text = (
        "Orbweave is in talks to raise about $300 million in a new funding round. The valuation "
        "would be almost three times the $900 million at which Orbweave was valued when it "
        "raised a $90 million Series B from Potterslane Ventures last year."
    )
    events = extract(text, published="2025-12-03", use_model=False).events
    assert [(e.round, e.amount.value if e.amount else None) for e in events] == [
        (None, Decimal("300000000")),
        ("b", Decimal("90000000")),
    ]


def test_event_rules_yen_in_a_paragraph_about_japan() -> None:
    """A sector piece that names the yuan elsewhere still reads "¥" as yen in a paragraph
    about a Tokyo company."""
    text = (
        "Lianxun Recycling raised 1.5 billion yuan in a Series B in September.\n\n"
        "In January, Tokyo-based Kairomi Cycle raised ¥4.2 billion in a Series C."
    )
    events = extract(text, published="2025-10-05", use_model=False).events
    assert [e.amount.currency for e in events if e.amount] == ["CNY", "JPY"]


def test_event_rules_after_the_raise_is_post_money() -> None:
    zh = "倉途科技完成新台幣6億元B輪募資，本輪募資後估值達新台幣30億元。"
    en = "Mimao Pet Health completed a 30 million yuan angel+ round. The valuation after financing is 180 million yuan."
    for text in (zh, en):
        events = extract(text, published="2025-11-17", use_model=False).events
        assert [e.valuation.basis for e in events if e.valuation] == ["post"]


def test_event_rules_an_english_name_after_a_date_in_its_clause() -> None:
    """A date inside the subject's clause does not hide the name after it."""
    text = "Best of all for the sector this year Basinrun Metals raised $1.2bn in a Series D."
    events = extract(text, published="2025-10-05", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("Basinrun Metals", "d")]


# --- session 18 ---------------------------------------------------------------------------------


def _currencies(text: str) -> list[tuple[str, str | None, str | None]]:
    """(company, amount currency, valuation currency) per event."""
    events = extract(text, published="2026-01-31", use_model=False).events
    return [
        (
            e.company.name,
            e.amount.currency if e.amount else None,
            e.valuation.amount.currency if e.valuation else None,
        )
        for e in events
    ]


NOTED_TWD = (
    "新創募資週報\n\n"
    "本期收錄台灣新創募資案3筆。除另有註明外，金額單位為新台幣。\n\n"
    "■澄湖感測\n澄湖感測完成2.2億元B輪募資，由綠汀資本領投，本輪投後估值約18億元。\n\n"
    "■禾衍生技\n禾衍生技完成人民幣5000萬元A輪融資，由滬上醫療基金投資。\n\n"
    "■桐木雲\n桐木雲完成150萬美元（約合4,700萬元）種子輪。"
)


def test_event_rules_a_currency_note_speaks_for_every_item() -> None:
    """A note in the opening paragraph makes every bare 元 amount of the text TWD; an amount
    that names renminbi keeps it, and a restated equivalent follows the note too."""
    assert _currencies(NOTED_TWD) == [
        ("澄湖感測", "TWD", "TWD"),
        ("禾衍生技", "CNY", None),
        ("桐木雲", "USD", None),
    ]
    equivalents = [
        q.currency
        for m in extract(NOTED_TWD, published="2026-01-31", use_model=False).money
        for q in m.equivalents
    ]
    assert equivalents == ["TWD"]


@pytest.mark.parametrize(
    "note",
    [
        "交易金額為新台幣12億元。",  # states an amount, not the text's currency
        "除另有註明外，金額單位為人民幣。",  # renminbi: bare 元 already is
        "單位：萬元。",  # a unit note names no currency
    ],
)
def test_event_rules_what_is_not_a_currency_note(note: str) -> None:
    # Set in 上海: a text opening on NT$ would otherwise read the next item's bare 元 as NT$
    # by the item rule of session 26, which a currency note does not depend on.
    text = f"{note}\n\n■澄湖感測\n上海的澄湖感測完成2.2億元B輪募資，由綠汀資本領投。"
    assert [c for _, c, _ in _currencies(text)] == ["CNY"]


def test_event_rules_lettered_tranches_without_series() -> None:
    """ "a B-2 round" and a bare "B-1" right after its amount are rounds; "A4" is not."""
    text = (
        "Quaysmith raised $27 million in a B-2 round priced at a $340 million post-money "
        "valuation. The B-2 follows a $45 million B-1 last year. It bought 3 million A4 sheets."
    )
    events = extract(text, published="2026-02-06", use_model=False).events
    assert [(e.round, e.amount.value if e.amount else None) for e in events] == [
        ("b2", Decimal("27000000")),
        ("b1", Decimal("45000000")),
    ]
    assert events[0].valuation is not None
    assert events[0].valuation.basis == "post"


def test_event_rules_body_valuation_replaces_the_headline_figure() -> None:
    """A headline rounds ("估值上看60億元", an upper bound); the body's range is the value."""
    text = (
        "藍汐動力證實洽談B輪 估值上看60億元\n"
        "電動船新創藍汐動力今天證實，公司正洽談新台幣10億元的B輪募資，估值將落在新台幣50億至60億元之間。"
    )
    events = extract(text, published="2025-05-16", use_model=False).events
    assert len(events) == 1
    assert events[0].valuation is not None
    money = events[0].valuation.amount
    assert (money.qualifier, money.low, money.high) == (
        "range",
        Decimal("5000000000"),
        Decimal("6000000000"),
    )


def test_event_rules_shang_kan_is_an_upper_bound_and_after_the_deal_is_post() -> None:
    text = "頤寧通獲策略性投資8,000萬港元，交易後估值上看8億港元。"
    events = extract(text, published="2026-03-04", use_model=False).events
    assert len(events) == 1
    assert events[0].valuation is not None
    valuation = events[0].valuation
    assert (valuation.basis, valuation.amount.qualifier, valuation.amount.high) == (
        "post",
        "at_most",
        Decimal("800000000"),
    )


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("同年秋天，凌澈新材做出第一批樣品，隨即拿到3000萬元Pre-A輪融資。", "凌澈新材"),
        ("去年市場遇冷。凌澈新材在這樣的環境下完成了7億元C輪融資。", "凌澈新材"),
    ],
)
def test_event_rules_function_words_are_not_the_company(text: str, company: str) -> None:
    """隨即 ("right after") opens no name and 環境下 ("in such a climate") is none: the
    story's company, named earlier, is the round's."""
    text = f"凌澈新材成立於2019年，專做固態電解質。{text}"
    events = extract(text, published="2025-06-18", use_model=False).events
    assert [e.company.name for e in events] == [company]


def test_event_rules_a_quarter_is_not_the_company() -> None:
    text = (
        "新加坡的到府護理媒合平台Nursly，去年第四季完成4,500萬新加坡元B輪，"
        "由當地的Bukit Serene Capital領投。"
    )
    events = extract(text, published="2026-03-04", use_model=False).events
    assert "第四季" not in [e.company.name for e in events]


# --- session 19 ---------------------------------------------------------------------------


def _valuation_bases(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(round, amount, valuation, basis) of each event."""
    events = extract(text, published="2025-06-10", use_model=False).events
    return [
        (
            e.round,
            str(e.amount.value) if e.amount else None,
            str(e.valuation.amount.value) if e.valuation else None,
            e.valuation.basis if e.valuation else None,
        )
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The figure the comparison arrives at is the valuation, the one it starts from not.
        (
            "沐稷农科完成2亿元A轮融资，投后估值较上一轮的4亿元翻倍至8亿元。",
            [("a", "200000000", "800000000", "post")],
        ),
        (
            "凌砂新材完成7亿元B轮融资，本轮估值较A轮时的6亿元翻了三倍，达到24亿元。",
            [("b", "700000000", "2400000000", None), ("a", None, "600000000", None)],
        ),
        (
            "沐稷农科完成2亿元A轮融资，估值从4亿元涨到8亿元。",
            [("a", "200000000", "800000000", None)],
        ),
        # A round named after 較 with no figure of its own is compared with, not reported.
        (
            "泊訊科技完成C輪融資。公司透露，C輪完成後估值約20億港元，較B輪時高出一倍有多。",
            [("c", None, "2000000000", "post")],
        ),
    ],
)
def test_event_rules_zh_valuation_comparisons(
    text: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert _valuation_bases(text) == expected


def test_event_rules_zh_compared_figure_goes_to_the_round_it_names() -> None:
    """ "较天使轮投后估值1.8亿元": the earlier figure is the angel round's, when the text
    reports that round."""
    text = (
        "衡渡生物2021年完成3000万元天使轮融资。"
        "2023年，衡渡生物完成1.5亿元A轮融资，投后估值6亿元，较天使轮投后估值1.8亿元增长233%。"
    )
    assert _valuation_bases(text) == [
        ("angel", "30000000", "180000000", None),
        ("a", "150000000", "600000000", "post"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "\n\n## 估值與營收\n\n日本經濟媒體報導，本輪完成後，田丸科技的投後估值約200億日圓。",
        "\n\n**問：這一輪估值多少？**\n\n答：我可以講的是，這一輪的投後估值大概落在200億日圓左右。",
    ],
)
def test_event_rules_this_rounds_valuation_in_a_later_section(later: str) -> None:
    """A later section's "本輪" / "這一輪" valuation is the story's round's."""
    text = "田丸科技完成50億日圓B輪募資，由三井創投領投。" + later
    assert _valuation_bases(text) == [("b", "5000000000", "20000000000", "post")]


def test_event_rules_this_round_in_a_digest_of_several_companies_stays_unassigned() -> None:
    """With two companies reported and none named, "本轮" points at neither."""
    text = (
        "## 甲\n\n云岫科技完成1亿元A轮融资，由启明创投领投。\n\n"
        "## 乙\n\n砺川机器人完成2亿元B轮融资，由红杉中国领投。\n\n"
        "## 点评\n\n业内人士认为，本轮投后估值约30亿元并不算高。"
    )
    assert [v[2] for v in _valuation_bases(text)] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The comparison names the round and gives its figure: that round is an event.
        (
            "Ovanta raised $120M in Series D funding at a $2.4B valuation, up from $900M in "
            "its Series C last year.",
            [("d", "120000000", "2400000000", None), ("c", None, "900000000", None)],
        ),
        (
            "護聯科技完成新台幣5億元B輪募資，投後估值約30億元，較2023年A輪時的9億元估值成長逾兩倍。",
            [("b", "500000000", "3000000000", "post"), ("a", None, "900000000", None)],
        ),
        # No round named: no event.
        (
            "Ovanta raised $120M in Series D funding at a $2.4B valuation, up from $900M in "
            "its last round.",
            [("d", "120000000", "2400000000", None)],
        ),
    ],
)
def test_event_rules_a_compared_round_with_its_figure_is_an_event(
    text: str, expected: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert _valuation_bases(text) == expected


def test_event_rules_a_compared_round_is_dated_by_the_comparison() -> None:
    text = "護聯科技完成新台幣5億元B輪募資，投後估值約30億元，較2023年A輪時的9億元估值成長逾兩倍。"
    events = extract(text, published="2026-03-04", use_model=False).events
    assert events[1].date is not None
    assert (events[1].date.value, events[1].date.precision) == ("2023", "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "The price: a €210 million post-money valuation, more than four times the Series A figure.",
        "The round was flat with the Series A, at €210 million post-money.",
    ],
)
def test_event_rules_en_a_round_compared_with_is_not_reported(sentence: str) -> None:
    text = "In 2023 Varmholt raised a €50 million Series B led by Havelberg Growth. " + sentence
    assert _valuation_bases(text) == [("b", "50000000", "210000000", "post")]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "# Vaneborg's long climb: from a harbour shed to a $900 million valuation",
            "This week the company said it had raised $120 million in a Series C.",
        ),
        (
            "# How Vaneborg went from a harbour shed to the North Sea",
            "This week the company said it had raised $120 million in a Series C.",
        ),
        (
            "# How Vaneborg went from a harbour shed to the North Sea",
            "The following year brought a $120 million Series C.",
        ),
        (
            "# How Vaneborg went from a harbour shed to the North Sea",
            "In 2021 the founders raised a $120 million Series C.",
        ),
    ],
)
def test_event_rules_en_story_company_from_the_title(title: str, sentence: str) -> None:
    """A feature whose first round says only "the company" (or whose subject is a time or
    "the founders") is about the company its title opens with, when the text names it again."""
    text = (
        f"{title}\n\nBy Marieke Olst\n\n"
        "When Ilse Vandermeer started Vaneborg in 2017, the office was a net shed. "
        "Vaneborg's sensors listen for cracks in turbine blades.\n\n"
        f"{sentence}"
    )
    assert _rows(text) == [("Vaneborg", "c")]


def test_event_rules_en_a_place_opening_the_title_is_no_company() -> None:
    text = (
        "# Europe's defence start-ups find the money is finally there\n\n"
        "Investors in Europe are warming to defence. In Europe, the company that leads is rare.\n\n"
        "This week the company said it had raised €60 million in a Series B."
    )
    assert [name for name, _ in _rows(text)] != ["Europe"]


def test_event_rules_table_valuation_column_seed_cell_and_lead_header() -> None:
    text = (
        "| Company | Sector | Round | Amount | Lead investor(s) | Valuation |\n"
        "|---|---|---|---|---|---|\n"
        "| Lumefold | Supply-chain AI | Series C | $150M | Ortolan Partners | $1.95B post |\n"
        "| Trellisoft | Developer tools | Seed | $6.5M | Quietwater Ventures | — |\n"
        "| Saltbox | Food | Series A | $18M | Hollybush Capital | $72M pre |\n"
    )
    assert _valuation_bases(text) == [
        ("c", "150000000", "1950000000", "post"),
        ("seed", "6500000", None, None),
        ("a", "18000000", "72000000", "pre"),
    ]
    leads = [[(i.name, i.role) for i in e.investors] for e in extract(text, use_model=False).events]
    assert leads[0] == [("Ortolan Partners", "lead")]


@pytest.mark.parametrize(
    ("paragraph", "company"),
    [
        ("**Fenlark** — Said on Tuesday it had closed a $9 million Series A.", "Fenlark"),
        ("**Marram Robotics** — Is in talks to raise about $75 million.", "Marram Robotics"),
    ],
)
def test_event_rules_a_verb_opening_a_bold_paragraph_is_no_company(
    paragraph: str, company: str
) -> None:
    text = f"Hello again, a busy week.\n\n{paragraph}\n"
    assert [name for name, _ in _rows(text)] == [company]


# --- session 20 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("從大學實驗室衍生的天梯推進，2023年完成數千萬元種子輪。", ("天梯推進", "seed")),
        ("做遙測影像分析的雲層遙測，今年7月完成新台幣1億元A輪募資。", ("雲層遙測", "a")),
    ],
)
def test_event_rules_zh_a_described_name_opening_the_sentence_is_the_company(
    sentence: str, row: tuple[str, str]
) -> None:
    """The name after the opening clause's one 的 descriptor is the company, even when the
    text never names it again."""
    assert _rows(sentence) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        # the clause's object, not its subject
        "寧波的洋舟供應鏈主營中東的海外倉與尾程配送，2023年3月完成2億元B輪融資。",
        # a demonstrative's description of a company the text named before
        "這支七人團隊專做植物基肉品的血紅素蛋白，上週完成2,000萬元種子輪融資。",
    ],
)
def test_event_rules_zh_a_described_object_is_no_company(sentence: str) -> None:
    names = [name for name, _ in _rows(sentence)]
    assert "海外倉與尾程配送" not in names
    assert "血紅素蛋白" not in names


def test_event_rules_zh_an_investor_kind_before_its_name_is_stripped() -> None:
    rows = _with_investors("雲層遙測今年7月獲上市電子廠凌岳電子新台幣1億元策略投資。")
    assert rows == [("雲層遙測", "strategic", [("凌岳電子", "participant")])]


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "Ganlu Synbio completed a Pre-A round of financing of tens of millions of yuan, and "
            "this round was exclusively invested by Haiwei Capital.",
            [("Haiwei Capital", "lead")],
        ),
        (
            "Dianjing AI completed a seed round of financing of RMB 20 million this month, solely "
            "funded by Moqi Angel Fund.",
            [("Moqi Angel Fund", "lead")],
        ),
        (
            "Xiyao Robot completed a 300 million yuan B round financing, this round was led by "
            "Hexiao Capital, Puyang Venture Capital followed the investment.",
            [("Hexiao Capital", "lead"), ("Puyang Venture Capital", "participant")],
        ),
        (
            "Trowelbank is raising a B-2 round of about $35 million, according to people familiar "
            "with the matter. Sallowmere Partners is expected to lead the round.",
            [("Sallowmere Partners", "lead")],
        ),
    ],
)
def test_event_rules_en_sole_investors_lead_and_followers_participate(
    text: str, investors: list[tuple[str, str]]
) -> None:
    """A sole investor leads; "B followed the investment" after a lead list is B's own clause;
    a rumour's "X is expected to lead the round" names the lead."""
    assert [rows for _, _, rows in _with_investors(text)] == [investors]


@pytest.mark.parametrize(
    "text",
    [
        "Fooly is in talks to raise $300 million in a Series C.",
        "Fooly has been in discussions to raise $300 million in a Series C.",
    ],
)
def test_event_rules_en_a_copula_between_name_and_cue_keeps_the_company(text: str) -> None:
    events = extract(text, published=PUBLISHED, use_model=False).events
    assert [(e.company.name, e.round, e.status) for e in events] == [("Fooly", "c", "planned")]


@pytest.mark.parametrize(
    ("sentence", "investors"),
    [
        (
            "This round financing was led by Zhuanyun Capital, Tanshi Venture Capital and "
            "Lakeside Xinchuang Fund followed investment, old shareholder Danyue Venture Capital "
            "continued to increase holdings.",
            [
                ("Zhuanyun Capital", "lead"),
                ("Tanshi Venture Capital", "participant"),
                ("Lakeside Xinchuang Fund", "participant"),
                ("Danyue Venture Capital", "existing"),
            ],
        ),
        (
            "The round was jointly led by Haicang Industrial Capital and Ludao Capital, Minyue "
            "Fund, Wuyuan Ventures and other institutions participated.",
            [
                ("Haicang Industrial Capital", "lead"),
                ("Ludao Capital", "lead"),
                ("Minyue Fund", "participant"),
                ("Wuyuan Ventures", "participant"),
            ],
        ),
        (
            "This round financing was jointly led by Shengrui Capital, Zhiqing Investment and "
            "Jiangnan Industrial Fund, old shareholder Zhuojian Venture Capital participated in "
            "the investment again.",
            [
                ("Shengrui Capital", "lead"),
                ("Zhiqing Investment", "lead"),
                ("Jiangnan Industrial Fund", "lead"),
                ("Zhuojian Venture Capital", "existing"),
            ],
        ),
    ],
)
def test_event_rules_en_translated_lead_list_ends_where_the_followers_begin(
    sentence: str, investors: list[tuple[str, str]]
) -> None:
    text = f"Suoxin Lattice completed a 300 million yuan B round financing. {sentence}"
    rows = _with_investors(text)
    assert sorted(rows[0][2]) == sorted(investors)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Shuoguang Robotics completed a Series A financing of 80 million yuan. Lumen Ridge "
            "Ventures, a subsidiary of Cobalt Harbor Holdings, led the investment.",
            "Lumen Ridge Ventures",
        ),
        (
            "In mid-2022 Mandiway raised a $32 million Series B from Marrowstone Asia Growth, "
            "which led the round.",
            "Marrowstone Asia Growth",
        ),
        (
            "Orbitrix is in talks to raise $200 million in a Series C. Lakeward Capital is "
            "expected to lead.",
            "Lakeward Capital",
        ),
        (
            "Nimbriva raised SEK 45 million in seed funding. Holmsund Ventures was the sole "
            "investor.",
            "Holmsund Ventures",
        ),
        (
            "Kumoriya raised ¥1.2 billion in Series B. Lead investor is Ryokuchi Partners.",
            "Ryokuchi Partners",
        ),
    ],
)
def test_event_rules_en_lead_before_an_appositive_or_in_its_own_sentence(
    text: str, lead: str
) -> None:
    rows = _with_investors(text)
    assert [name for name, role in rows[0][2] if role == "lead"] == [lead]


def test_event_rules_zh_a_pronoun_subject_keeps_the_item_company() -> None:
    """ "回顧樂齡匯的募資歷程，2022年它完成……A輪": 它 is the company named before, not the
    clause before's 募資歷程."""
    text = "樂齡匯今日宣布完成B輪募資。回顧樂齡匯的募資歷程，2022年它完成新台幣8,000萬元A輪。"
    assert [name for name, _ in _rows(text)] == ["樂齡匯", "樂齡匯"]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        # a digest line's sector tag holds a date that is no boundary of the name
        ("11. 【农业｜9月5日】智慧养殖企业“牧芯科技”获得数千万元天使轮融资。", "牧芯科技"),
        # 共 closes the subject; the company is the one named before
        ("上市前，晨汐医疗共完成五轮融资，其中2022年Q4完成的C轮融资金额为3亿元。", "晨汐医疗"),
        ("AI编程助手码迹上周完成1000万美元A轮融资，由鸣岐资本独家投资。", "码迹"),
    ],
)
def test_event_rules_zh_tags_adverbs_and_descriptors_leave_the_name(
    sentence: str, company: str
) -> None:
    assert [name for name, _ in _rows(sentence)] == [company]


def test_event_rules_en_a_bold_name_line_with_its_place_heads_its_section() -> None:
    """ "**Calderon Heat** (Denver)" opens a section whose body says "Calderon" and "it"."""
    text = (
        "## Five startups\n\n**Thermyx** (Rotterdam)\n\nThermyx builds heaters. It raised a "
        "$10 million Series A in 2023.\n\n**Calderon Heat** (Denver)\n\nFounded in 2022, Calderon "
        "makes heat pumps. Earlier this year it raised a $20 million Series A.\n\n**Kilnmoor** "
        "(Sheffield)\n\nThe youngest company on this list, Kilnmoor electrifies kilns. It raised "
        "a £7.5 million seed round last month.\n"
    )
    assert _rows(text) == [("Thermyx", "a"), ("Calderon Heat", "a"), ("Kilnmoor", "seed")]


def test_event_rules_en_backers_lead_a_round_in_a_described_company_after_a_dateline() -> None:
    text = (
        "TOKYO, March 6 (Lorrimer) - Hagane Capital and Kazeyama Growth Partners co-led a "
        "3.2 billion yen Series C in Osaka-based battery materials startup Amagumo Materials, "
        "the company said today."
    )
    assert _with_investors(text) == [
        (
            "Amagumo Materials",
            "c",
            [("Hagane Capital", "lead"), ("Kazeyama Growth Partners", "lead")],
        )
    ]


# --- session 21 ---


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        # the participial "with A leading": "with" opens the lead, the follower is B alone
        (
            "Lumora raised a $20 million Series B, with Kestrel Ventures leading and Arbor "
            "Capital participating.",
            [("Kestrel Ventures", "lead"), ("Arbor Capital", "participant")],
        ),
        (
            "Lumora raised a $20 million Series B, with Kestrel Ventures leading.",
            [("Kestrel Ventures", "lead")],
        ),
        # a lead list opening the document: no character of the name is lost
        (
            "With Kestrel Ventures leading, Lumora raised a $20 million Series B.",
            [("Kestrel Ventures", "lead")],
        ),
    ],
)
def test_event_rules_en_with_a_lead_leading(text: str, investors: list[tuple[str, str]]) -> None:
    assert _with_investors(text) == [("Lumora", "b", investors)]


@pytest.mark.parametrize(
    ("text", "company", "investor"),
    [
        (
            "Lumora's Series A and Series B were both led by Northgate Partners.",
            "Lumora",
            "Northgate Partners",
        ),
        (
            "涟漪科技2023年完成天使轮融资，2024年完成A轮融资，均由远帆资本领投。",
            "涟漪科技",
            "远帆资本",
        ),
    ],
)
def test_event_rules_a_shared_lead_leads_every_round_named_before_it(
    text: str, company: str, investor: str
) -> None:
    rounds = [rnd for _, rnd, _ in _with_investors(text)]
    assert len(rounds) == 2
    assert _with_investors(text) == [(company, rnd, [(investor, "lead")]) for rnd in rounds]


def test_event_rules_en_a_backer_leading_a_named_round_is_its_lead() -> None:
    text = (
        "Lumora closed its seed and Series A rounds. Pine Row Capital led the seed round. "
        "Kestrel Ventures led the Series A, and Arbor Capital participated."
    )
    assert _with_investors(text) == [
        ("Lumora", "seed", [("Pine Row Capital", "lead")]),
        ("Lumora", "a", [("Kestrel Ventures", "lead"), ("Arbor Capital", "participant")]),
    ]


def test_event_rules_en_a_backer_in_a_relative_clause_is_no_company() -> None:
    """ "X, which led the company's Series B in March 2023": X led that B for the story's
    company."""
    text = (
        "Clausebright, a contract software startup, has closed a Series C round led by Wexford "
        "Lane Capital.\n\nLarkmead Ventures, which led the company's Series B in March 2023, "
        "also joined the new round."
    )
    rows = _with_investors(text)
    assert [(company, rnd) for company, rnd, _ in rows] == [
        ("Clausebright", "c"),
        ("Clausebright", "b"),
    ]
    assert rows[1][2] == [("Larkmead Ventures", "lead")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Sanderling raised a $12 million Series A in March 2021. Eighteen months later, "
            "Sanderling raised a $40 million Series B. By the end of that year it had also drawn "
            "a $10 million venture debt facility.",
            [("a", "2021-03"), ("b", "2022-09"), ("debt", "2022")],
        ),
        (
            "宁川科技2021年3月完成A轮融资。时隔14个月，宁川科技又完成B轮融资。半年后，"
            "宁川科技完成C轮融资。",
            [("a", "2021-03"), ("b", "2022-05"), ("c", "2022-11")],
        ),
        # from a year alone, only whole years resolve: the month is unknown
        (
            "宁川科技2021年完成A轮融资。24个月后，宁川科技完成B轮融资。",
            [("a", "2021"), ("b", "2023")],
        ),
    ],
)
def test_event_rules_story_months_count_from_the_last_date_told(
    text: str, dates: list[tuple[str, str]]
) -> None:
    assert _dates(text) == dates


def test_event_rules_en_the_figure_a_valuation_rose_to_is_the_valuation() -> None:
    text = (
        "Lishan Materials obtained a B round financing of several hundred million yuan. "
        "According to the company, its valuation has doubled compared with the previous round, "
        "reaching about 4 billion yuan after this round."
    )
    # "several hundred million yuan" is a vague band: no value
    assert _valuations(text) == [("b", "None", "4000000000", "CNY")]
    assert _valuation_bases(text) == [("b", "None", "4000000000", "post")]


def test_event_rules_zh_a_section_keyword_before_a_colon_is_no_company() -> None:
    """ "## 追加：A轮之后的A+轮" names a feature's section; "## 镜岫：完成…" reports."""
    text = (
        "# 估值回调之后：一家AR眼镜公司的六次融资\n\n## 追加：A轮之后的A+轮\n\n"
        "2021年6月，镜岫完成2亿元A轮融资，由朔屏资本领投，投后估值12亿元。那时追加是常态。\n\n"
        "## 高点：B轮投后估值40亿元\n\n2022年3月，镜岫完成5亿元B轮融资，投后估值达到40亿元，"
        "这是它的高点。\n"
    )
    assert _rows(text) == [("镜岫", "a"), ("镜岫", "b")]
    digest = "# 硬件周报\n\n## 镜岫：完成4亿元C轮融资\n\n镜岫近日完成4亿元C轮融资。\n"
    assert _rows(digest) == [("镜岫", "c")]


def test_event_rules_zh_a_round_compared_alike_is_no_round_and_no_valuation_cue() -> None:
    """ "以与A轮相同的估值完成了8000万元A+轮融资": the A round is compared with, and the
    8000万元 after 完成 is the raise."""
    text = "最终，衡镜智能以与A轮相同的估值完成了8000万元A+轮融资，估值仍为4.6亿元。"
    assert _valuations(text) == [("a+", "80000000", "460000000", "CNY")]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a trade word ends a description, however long: the body names the company
        (
            "**口服胰島素貼片VelaPatch開發商獲1,500萬美元A輪**\n\n開發口服胰島素貼片VelaPatch的"
            "維霖生醫近日完成1,500萬美元A輪募資，由Thornquay Health Partners領投。\n",
            "維霖生醫",
        ),
        ("香港垂直農場營運商菁田12日宣布完成5,000萬港元A輪募資。", "菁田"),
    ],
)
def test_event_rules_zh_a_trade_word_ends_a_description(text: str, company: str) -> None:
    assert [name for name, _ in _rows(text)] == [company]


def test_event_rules_zh_an_extension_opener_makes_the_round_plus() -> None:
    text = "翌年，電泊再完成800萬美元的追加A輪，由現有股東嶺南成長基金追加投資。"
    assert _with_investors(text) == [("電泊", "a+", [("嶺南成長基金", "existing")])]


@pytest.mark.parametrize(
    "text",
    [
        # a modal verb opening the clause is no name
        "何子朗認為，在當時的市況下，能夠完成3,000萬美元的融資已屬難得。",
        # "五家新創最新一輪一覽": a count of companies heads a table, it names none
        "## 五家新創最新一輪一覽\n\n五家新創最受投資人青睞，以下為各公司最新融資情況。\n",
    ],
)
def test_event_rules_zh_modal_verbs_and_counts_are_no_company(text: str) -> None:
    assert _rows(text) == []


def test_event_rules_en_a_numbered_bold_name_with_its_place_heads_its_section() -> None:
    """ "**2. Athanor Labs (Boston)**": the sentence splitter cuts at "2.", the line still
    names the section's company; "Median Series A size" in a table is a statistic."""
    text = (
        "| Metric | 2025 |\n| --- | --- |\n| Median Series A size | $27M |\n\n"
        "**2. Athanor Labs (Boston)**\n\nAthanor Labs licenses its models to chemical majors. "
        "It closed a $120 million Series C led by Vixen Hill Partners in October.\n"
    )
    assert _with_investors(text) == [
        ("Athanor Labs", "c", [("Vixen Hill Partners", "lead")]),
    ]


# --- session 22 ---


def test_event_rules_en_a_dated_raise_of_its_own_amount_is_another_round() -> None:
    """An unnamed raise told with its own year after a named round of another year is a
    round of its own, named by the company or by "the company"; a total "since it was
    founded" stays out."""
    text = (
        "Haulspring Freight raised $90 million in a Series D round led by Larkmoor Capital on "
        "Monday. Its Series B, a $55 million round led by Orme Valley Ventures in 2020, valued "
        "it at $600 million. In early 2023, Haulspring raised $45 million from existing "
        "investors in a flat round. In the spring of 2024 the company took a $30 million "
        "bridge round from the same backers. Haulspring has raised about $220 million since "
        "it was founded in 2017."
    )
    rows = [
        (e.round, str(e.amount.value) if e.amount else None, e.date.value if e.date else None)
        for e in extract(text, published="2025-04-16", use_model=False).events
    ]
    assert rows == [
        ("d", "90000000", "2025-04-14"),
        ("b", "55000000", "2020"),
        (None, "45000000", "2023"),
        (None, "30000000", "2024"),
    ]


def test_event_rules_en_the_company_is_the_company_told_last() -> None:
    """In a feature of several companies, "The company also said it drew …" is told of the
    company of the sentence before, not of the feature's first company; "€8 million in venture
    debt" names a debt round."""
    text = (
        "Pallamar Robotics said on Monday that it had raised $70 million in a Series C round "
        "led by Greyhaven Partners. Pallamar Robotics raised a $12 million seed round in 2021.\n\n"
        "In Germany, Lagerwerk Systems closed a €25 million Series B earlier this month. The "
        "company also said it drew €8 million in venture debt from Saxonia Lending in April."
    )
    assert _rows(text, published="2025-06-18") == [
        ("Pallamar Robotics", "c"),
        ("Pallamar Robotics", "seed"),
        ("Lagerwerk Systems", "b"),
        ("Lagerwerk Systems", "debt"),
    ]


def test_event_rules_en_money_a_firm_manages_is_no_amount() -> None:
    text = (
        "Brisk Lane raised a Series A led by Larkmoor Capital, which manages about $6 billion. "
        "Orchid Row Partners, a firm with $3 billion in assets under management, participated."
    )
    events = extract(text, use_model=False).events
    assert [(e.round, e.amount) for e in events] == [("a", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody wants to talk about venture debt in a bull market, which is when it is cheapest.",
        "Sorrelfield Analytics figures include grants and venture debt.",
        "Ossei said Verdancy had looked at taking on venture debt but decided against it.",
    ],
)
def test_event_rules_en_venture_debt_talked_of_is_no_round(text: str) -> None:
    assert _rows(text) == []


def test_event_rules_zh_a_former_name_in_quotes_is_not_the_company() -> None:
    text = "原名“海拓电能”的深蓝储能昨日宣布完成近10亿元C轮融资，由云栈资本领投。"
    assert _with_investors(text) == [("深蓝储能", "c", [("云栈资本", "lead")])]


def test_event_rules_zh_a_round_compared_with_after_its_owner_is_no_round() -> None:
    """ "较其去年天使轮时的估值": the angel round is the one compared with, not reported."""
    text = (
        "禾梧生物11月17日宣布完成超2亿元A轮融资，由芦湾资本领投。据了解，本轮融资以约20亿元"
        "的估值完成，较其去年天使轮时的估值上涨约5倍。"
    )
    assert _rows(text) == [("禾梧生物", "a")]


def test_event_rules_zh_an_order_won_is_no_company() -> None:
    """ "先是拿下了……的整仓改造订单，随后完成1.8亿元A轮融资": an order is never a name; the
    round is the story's company's."""
    text = (
        "橙垣成立于2019年，做仓储机器人。\n\n次年，橙垣先是拿下了一家头部服装电商的整仓改造订单，"
        "随后完成1.8亿元A轮融资，由岑川资本领投。"
    )
    assert _with_investors(text) == [("橙垣", "a", [("岑川资本", "lead")])]


def test_event_rules_en_led_by_an_existing_investor_is_a_lead() -> None:
    text = "Slatewing picked up a $9 million Series A extension led by existing investor Cobalt Mile Capital."
    assert _with_investors(text) == [("Slatewing", "a+", [("Cobalt Mile Capital", "lead")])]


def test_event_rules_en_a_link_text_ends_the_lead_list() -> None:
    text = "**Original:** [Ruimo Xinchuang closes Pre-B round led by Sanheng Capital](https://example.com/n/8)"
    assert _with_investors(text) == [("Ruimo Xinchuang", "pre-b", [("Sanheng Capital", "lead")])]


def test_event_rules_en_a_profiled_firm_is_the_it_that_leads() -> None:
    """In an investor's profile, "it led a round in X" / "for X" names X the company and the
    firm the lead; a pronoun is never an investor's name, nor is a clause, and "the quiet Series
    B specialist" is no round."""
    text = (
        "Beckforth Capital, the quiet Series B specialist of climate software\n\n"
        "What sets Beckforth apart is a habit of leading. In 2024 it led a $120 million Series C "
        "in the battery recycler Orelith. That same year it led an $18 million Series A extension "
        "for Paddock Carbon, which measures soil carbon for farm co-operatives."
    )
    assert _with_investors(text) == [
        ("Orelith", "c", [("Beckforth Capital", "lead")]),
        ("Paddock Carbon", "a+", [("Beckforth Capital", "lead")]),
    ]


# --- session 23 ---


def test_event_rules_en_when_opens_the_clause_of_the_company() -> None:
    """ "…arrived in March 2018, when Tarnwick raised": the subordinating word is no name."""
    text = (
        "The first outside money arrived in March 2018, when Tarnwick raised a £2.5 million "
        "seed round led by Yarrow Seed Fund."
    )
    assert _with_investors(text) == [("Tarnwick", "seed", [("Yarrow Seed Fund", "lead")])]


def test_event_rules_en_an_investor_with_an_appositive_leads() -> None:
    """ "when Sollvik Kapital, the Oslo growth investor, led a €60 million Series C": the
    subject is the round's lead and the company is the story's."""
    text = (
        "Kestrelmoor makes freight software. It raised a €26 million Series B in 2022.\n\n"
        "The big step came in June 2023, when Sollvik Kapital, the Oslo growth investor, led a "
        "€60 million Series C."
    )
    assert _with_investors(text) == [
        ("Kestrelmoor", "b", []),
        ("Kestrelmoor", "c", [("Sollvik Kapital", "lead")]),
    ]


def test_event_rules_a_scene_setting_date_dates_the_next_round() -> None:
    """A sentence of no round and no money that opens with a date sets the scene: the round
    the next sentence of the paragraph tells took place then. A new paragraph starts afresh."""
    text = (
        "Tarnwick raised a seed round in 2019.\n\n"
        "The following spring, as lockdowns sent orders soaring, demand doubled. Tarnwick raised "
        "a £35 million Series B led by Fenwold Growth.\n\n"
        "In 2021, demand fell.\n\nTarnwick raised a £5 million Series C."
    )
    assert _dates(text) == [("seed", "2019"), ("b", "2020"), ("c", "2025-08-05")]


def test_event_rules_en_a_figure_that_states_its_basis_is_that_valuation() -> None:
    """ "a pre-money valuation of $310 million, or $350 million after the new money": the
    second figure is the post-money valuation, which the event keeps (docs/corpus.md)."""
    text = (
        "Quillmarsh said on Thursday it had closed a $40 million Series D led by Tarrow Growth "
        "at a pre-money valuation of $310 million, or $350 million after the new money."
    )
    assert _valuation_bases(text) == [("d", "40000000", "350000000", "post")]
    text = "Quillmarsh raised $40 million at a valuation of $310 million pre-money and $350 million post-money."
    assert _valuation_bases(text) == [(None, "40000000", "350000000", "post")]


def test_event_rules_zh_a_bold_name_before_a_colon_is_the_line_company() -> None:
    """ "**岑朔科技**：11月10日完成……": a bold list line opens with its company; a bold label
    whose line goes on in English ("**来源**：[…](…)") is a source note, not a company."""
    text = (
        "**岑朔科技**：11月10日完成数千万元Pre-A轮融资，沅屿资本领投。\n\n"
        "**澹旻医药**：宣布完成1.8亿元B轮融资，由鸥屿健康基金领投。\n\n"
        "**来源**：[Danmin Pharma closes RMB180 million Series B](https://example.com/1)"
    )
    assert _with_investors(text) == [
        ("岑朔科技", "pre-a", [("沅屿资本", "lead")]),
        ("澹旻医药", "b", [("鸥屿健康基金", "lead")]),
    ]


def test_event_rules_zh_a_table_row_dates_and_lists_by_its_cells() -> None:
    """A table's date column dates its row's round past the anchor's clause, and a cell's
    border ends the lead list before it ("| 近亿元 | 翊沣创投领投，……")."""
    text = (
        "| 公司 | 轮次 | 金额 | 投资方 | 日期 |\n| --- | --- | --- | --- | --- |\n"
        "| 沃棠智造 | Pre-A轮 | 近亿元 | 翊沣创投领投，老股东苒石资本跟投 | 12月2日 |"
    )
    assert _with_investors(text, "2025-12-08") == [
        ("沃棠智造", "pre-a", [("翊沣创投", "lead"), ("苒石资本", "existing")])
    ]
    assert _dates(text) == [("pre-a", "2024-12-02")]


def test_event_rules_zh_verbs_rounds_and_outlets_are_no_companies() -> None:
    """An interview answer's verb ("答：2021年拿了天使轮"), a round ("钴澜新材的Pre-IPO轮同样引人
    关注："), a speech verb ("他坦言") and an outlet ("本網") never name the company."""
    assert _rows("问：第一笔外部资金是什么时候到的？\n\n答：2021年拿了天使轮，300万元。") == []
    text = (
        "钴澜新材完成6亿元Pre-IPO轮融资。\n\n钴澜新材的Pre-IPO轮同样引人关注：公司此前已递交"
        "招股书，拟募资15亿元，此番由沧昱资本领投的6亿元被视为冲刺上市前的最后一次补弹药。"
    )
    assert _rows(text) == [("钴澜新材", "pre-ipo")]
    text = "本網10月6日刊出一文，內文誤植篩微生醫A輪募資金額為新台幣1.5億元，正確金額應為新台幣5.1億元。"
    assert all(company != "本網" for company, _ in _rows(text))


def test_event_rules_en_a_founder_speaking_as_we_speaks_for_the_company() -> None:
    """In an interview or a post, "we" raise for the company the founder started or is chief
    executive at; "our seed" and "our A" are rounds as founders say them."""
    text = (
        "Maren Holt started Kilnmoor to replace gas boilers with heat pumps.\n\n"
        "Q: How did Kilnmoor get its first money?\n\n"
        "A: Bramblefield Ventures was the exception. We closed our seed in the spring of 2021: "
        "$3.1 million, led by Bramblefield.\n\nQ: And the Series A?\n\n"
        "A: We raised our A a year later. It was $14 million, led by Galtwood Partners."
    )
    assert _rows(text) == [("Kilnmoor", "seed"), ("Kilnmoor", "a")]
    text = (
        "Maya Thorsdottir • 1st\nCo-founder & CEO at Pebblefig | Building money tools\n\n"
        "Thrilled to share we've raised our $4.5M pre-seed led by Loomfield Capital!"
    )
    assert _with_investors(text) == [("Pebblefig", "pre-seed", [("Loomfield Capital", "lead")])]


def test_event_rules_en_a_described_subject_is_the_company_told_last() -> None:
    text = (
        "• Kelvinmoor: $8 million Series A-2, funded entirely by Petrelford Partners. The "
        "cold-chain sensor company raised its A-1 in 2023."
    )
    assert _rows(text) == [("Kelvinmoor", "a2"), ("Kelvinmoor", "a1")]


# --- session 24 ---


def test_event_rules_en_a_profiled_firm_opening_with_a_date_or_the_firm_leads() -> None:
    """In a firm's profile "In 2021 Ravensmoor Partners led" names the firm without the
    date, "In 2022 the firm led" is the firm the title names (after "Inside"), and
    "…'s Series B, which Holloway Brook led" names the lead in a relative clause."""
    text = (
        "Inside Ravensmoor Partners, the Leeds firm that backs plumbing software\n\n"
        "In 2021 Ravensmoor Partners led the $6 million seed round of Tapwise, valuing it at "
        "$24 million post-money.\n\n"
        "In 2022 the firm led the $11 million Series A of Drainly, valuing it at $50 million "
        "pre-money.\n\n"
        "In May Ravensmoor Partners returned as an existing investor in Drainly's $28 million "
        "Series B, which Holloway Brook led."
    )
    assert _with_investors(text) == [
        ("Tapwise", "seed", [("Ravensmoor Partners", "lead")]),
        ("Drainly", "a", [("Ravensmoor Partners", "lead")]),
        ("Drainly", "b", [("Ravensmoor Partners", "existing"), ("Holloway Brook", "lead")]),
    ]


def test_event_rules_en_list_words_after_the_last_name_are_not_the_name() -> None:
    text = (
        "Quillgate has raised €30 million in a Series B round led by Marrick Fell, with "
        "Tenterden Ventures and existing investor Oakhanger Kapital participating."
    )
    assert _with_investors(text) == [
        (
            "Quillgate",
            "b",
            [
                ("Marrick Fell", "lead"),
                ("Tenterden Ventures", "participant"),
                ("Oakhanger Kapital", "existing"),
            ],
        )
    ]
    text = "Round led by Cobham Summit Capital values the company at $300 million post-money"
    names = [
        name
        for _, _, found in _with_investors(f"Brightloom closes $40 million Series C. {text}")
        for name, _ in found
    ]
    assert "Cobham Summit Capital values" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Emberlane — $50M Series B led by Northcote Drift, pegging its value at $400M.",
        "Emberlane raised a $50 million Series B. Investors set the price at $400 million "
        "before the new money went in.",
    ],
)
def test_event_rules_en_more_valuation_wordings(text: str) -> None:
    assert _valuations(text)[0][2] == "400000000"


def test_event_rules_en_a_founding_date_does_not_date_the_round() -> None:
    text = (
        "Wheelhaus, which rents e-bikes, has raised $40 million in a Series C led by Drummond "
        "Capital.\n\nWheelhaus was founded in 2017 by a former courier, and raised a $15 "
        "million Series A led by Tarrant Kiln in 2019."
    )
    assert _dates(text) == [("c", "2025-08-05"), ("a", "2019")]


def test_event_rules_en_a_season_by_which_counts_as_the_year_told() -> None:
    """ "By the spring of 2023" is a year "That year" counts from."""
    text = (
        "Ledgerfin raised a $20 million Series A in 2021.\n\n"
        "By the spring of 2023, with rates up, the business was borrowing heavily. That year "
        "Ledgerfin took a $25 million venture loan from Corbridge Credit."
    )
    assert _dates(text) == [("a", "2021"), ("debt", "2023")]


def test_event_rules_zh_the_previous_round_is_not_the_new_round_in_talks() -> None:
    text = (
        "据知情人士透露，推理芯片公司澈衡芯正以约20亿美元的估值洽谈新一轮融资，计划募资约2亿美元。\n\n"
        "澈衡芯上一轮融资为2024年的B轮，由泓栎资本领投，彼时估值约8亿美元。"
    )
    assert _valuations(text) == [
        (None, "200000000", "2000000000", "USD"),
        ("b", None, "800000000", "USD"),
    ]


def test_event_rules_zh_a_founder_speaking_as_we_in_an_interview() -> None:
    text = (
        "专访｜苔岭循环创始人郁沛然：把废水变成饲料\n\n"
        "**问：第一笔钱是什么时候？**\n\n"
        "郁沛然：那时我们拿到2,000万元的种子轮，由岚丰天使会领投。"
    )
    assert _rows(text) == [("苔岭循环", "seed")]


def test_event_rules_zh_only_and_besides_are_no_company() -> None:
    text = "交易对应估值约30亿元，只有B轮估值的一半。此外，本轮5亿元均为增资款；另有约1亿元老股交易同步完成。"
    assert all(company not in ("只有", "另有") for company, _ in _rows(text))


# --- session 25 ---


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Korvane closed a Series A of 100 million yuan, co-led by Hengwei Fund, with Yuanluo "
            "Capital also joining as a follow-on investor.",
            [("Hengwei Fund", "lead"), ("Yuanluo Capital", "participant")],
        ),
        (
            "Heshui raised a B round of 120 million yuan led by Nongfeng Capital, with Siyuan "
            "Investment as a co-investor.",
            [("Nongfeng Capital", "lead"), ("Siyuan Investment", "participant")],
        ),
        (
            "Kexun completed a B2 round of 300 million yuan, with Guofeng Investment acting as "
            "the lead investor and the original shareholders Hanshui Capital and Zhide Fund "
            "following up with additional capital.",
            [
                ("Guofeng Investment", "lead"),
                ("Hanshui Capital", "existing"),
                ("Zhide Fund", "existing"),
            ],
        ),
        (
            "Tuoxin raised 300 million yuan in a Series B+ round led by Jinbei Capital; old "
            "shareholder Baicao Capital kept following.",
            [("Jinbei Capital", "lead"), ("Baicao Capital", "existing")],
        ),
        (
            "Zhuoyun has completed a Series Pre-B financing of 80 million yuan, the investor of "
            "this round is Xinhe Capital.",
            [("Xinhe Capital", "participant")],
        ),
        (
            "Claimwren raised $18M in a Series A led by Harborline Ventures; others joining: "
            "Trillium Gap Capital and existing backer Cragmoor Labs.",
            [
                ("Harborline Ventures", "lead"),
                ("Trillium Gap Capital", "participant"),
                ("Cragmoor Labs", "existing"),
            ],
        ),
        (
            "Paddyform raised US$15m Series A, led by Angsana Ridge, with participation of "
            "Punggol Seed Fund.",
            [("Angsana Ridge", "lead"), ("Punggol Seed Fund", "participant")],
        ),
        (
            "Haneul completed a KRW 20 billion Pre-IPO round, investors are Jongno Partners and "
            "Namsan Asset Management.",
            [("Jongno Partners", "participant"), ("Namsan Asset Management", "participant")],
        ),
        (
            "Warmly has secured €22 million in Series A funding. Wendelstein Capital led the "
            "round, with Havblik Ventures also taking part.",
            [("Wendelstein Capital", "lead"), ("Havblik Ventures", "participant")],
        ),
        (
            "Tidewise closed a $110 million Series C. Glasshouse Growth led the round. Also "
            "participating were Thornmere Capital and Sedgemoor Partners.",
            [
                ("Glasshouse Growth", "lead"),
                ("Thornmere Capital", "participant"),
                ("Sedgemoor Partners", "participant"),
            ],
        ),
        (
            "Kibanda closed a $42 million Series B last month. Tsavo Peak Partners and Oxpecker "
            "Capital co-led it.",
            [("Tsavo Peak Partners", "lead"), ("Oxpecker Capital", "lead")],
        ),
        (
            "Windset has raised €32 million in a Series B round led by Kattegat Ventures. The "
            "round also included Hanze Fund.",
            [("Kattegat Ventures", "lead"), ("Hanze Fund", "participant")],
        ),
        (
            "Lanxun completed a B round of 380 million yuan. The investors of this round include "
            "Huaqian Capital and Gehu Capital, among which Huaqian Capital led the investment.",
            [("Huaqian Capital", "lead"), ("Gehu Capital", "participant")],
        ),
    ],
)
def test_event_rules_en_more_participation_wordings(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """Translated and newsletter wordings of who joined: "with X as a co-investor", "others
    joining: X", "original shareholders X following up", "X and Y co-led it"."""
    [(_, _, investors)] = _with_investors(sentence)
    assert investors == expected


def test_event_rules_zh_a_deal_line_without_a_header_names_its_investors_last() -> None:
    """ "1. 公司|轮次|金额|投资方" lines with no header row: after the round cell and the
    amount cell, the last cell lists the investors; a valuation cell is not one."""
    text = (
        "## 十月融资事件\n\n"
        "1. 沃衡半导体｜C轮｜18亿元｜澄岳资本（领投）、苍舒投资、老股东楠溪创投\n"
        "2. 钛芯微电子｜B轮｜12亿元｜估值未披露\n"
    )
    assert _with_investors(text) == [
        (
            "沃衡半导体",
            "c",
            [("澄岳资本", "lead"), ("苍舒投资", "participant"), ("楠溪创投", "existing")],
        ),
        ("钛芯微电子", "b", []),
    ]


def test_event_rules_zh_an_individual_investor_is_named_without_the_description() -> None:
    text = "雾岑日前宣布完成数千万元天使轮融资，由琼枝资本领投，踏歌创投及个人投资人蒋沐川跟投。"
    [(_, _, investors)] = _with_investors(text)
    assert investors == [
        ("琼枝资本", "lead"),
        ("踏歌创投", "participant"),
        ("蒋沐川", "participant"),
    ]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("東南亞物流平台澄語，完成1,800萬美元B輪募資。", "澄語"),
        ("為東南亞電商提供倉儲調度的 Tandemly，完成 1,800 萬美元 B 輪募資。", "Tandemly"),
    ],
)
def test_event_rules_zh_a_described_subject_in_the_clause_before_the_verb(
    text: str, company: str
) -> None:
    """The opening clause is a descriptor and the name ("……平台澄語", "……的 Tandemly"), the
    next clause the raise: the name is the company even when the text never repeats it."""
    assert _rows(text) == [(company, "b")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "矽脈科技完成C輪募資5000萬美元。本輪除Redbank Growth領投外，晶片設計商旗下的創投部門"
            "Arcturus Ventures、台灣的鑫宇創投首度參與。",
            [
                ("Redbank Growth", "lead"),
                ("Arcturus Ventures", "participant"),
                ("鑫宇創投", "participant"),
            ],
        ),
        (
            "汪膳完成A輪募資1.3億元，由北晨創投領投，毛孩百貨策略性參與。",
            [("北晨創投", "lead"), ("毛孩百貨", "participant")],
        ),
        (
            "矽脈科技完成B輪募資2,500萬美元，由鼎岳資本領投，日本 Tsukimi Capital 跟投。",
            [("鼎岳資本", "lead"), ("Tsukimi Capital", "participant")],
        ),
        (
            "霙途出行擬募集1.5億美元新一輪資金，溟岫資本可能領投。",
            [("溟岫資本", "lead")],
        ),
        (
            "匯翎支付完成1,500萬美元Pre-A輪，由棠澈資本領投，洄汀天使及兩名前銀行高層跟投。",
            [("棠澈資本", "lead"), ("洄汀天使", "participant")],
        ),
        (
            "燁岫感測獲鐸恩創投策略投資，金額未揭露。",
            [("鐸恩創投", "participant")],
        ),
        (
            # 數位 is "digital": a name, not a head count.
            "霧港智算完成A輪募資，由曜川創投領投，北辰數位創投跟投。",
            [("曜川創投", "lead"), ("北辰數位創投", "participant")],
        ),
        (
            "琛恆宣布完成6,000萬美元B輪融資，由Thornquill Partners領投，澂湄創投繼續跟進。",
            [("Thornquill Partners", "lead"), ("澂湄創投", "existing")],
        ),
        (
            "同年底，鈦瞳又獲得上市半導體設備商崧達精機新台幣3,000萬元的策略投資。",
            [("崧達精機", "participant")],
        ),
        (
            "衍潮科技完成B輪募資1億元，由美商Graymoor Orbit Capital領投。",
            [("Graymoor Orbit Capital", "lead")],
        ),
        (
            "衡舸機械人完成Pre-A輪融資1億元，由栩鯨資本領投，天使投資人區子朗亦有參與。",
            [("栩鯨資本", "lead"), ("區子朗", "participant")],
        ),
        (
            "2021年9月，栢衡醫療完成2,000萬美元A輪融資，由隼灣資本領投，跟投方為南丫創投及貝澳資本。",
            [("隼灣資本", "lead"), ("南丫創投", "participant"), ("貝澳資本", "participant")],
        ),
        (
            "微稜檢測完成B+輪融資，領投方換成了錸鋒集團旗下的企業創投錸鋒創新投資，跟投方為樺壹資本。",
            [("錸鋒創新投資", "lead"), ("樺壹資本", "participant")],
        ),
        (
            "澎光儲能宣布完成新台幣2.4億元A輪募資。參與投資者包括拓嶺創投、岱芮資本與汲泉基金，"
            "其中拓嶺創投為本輪領投方。",
            [("拓嶺創投", "lead"), ("岱芮資本", "participant"), ("汲泉基金", "participant")],
        ),
        (
            "鈷鑰支付宣布獲得檜峰亞洲策略投資，金額未揭露。前一輪領投的泊崖創投這次沒有跟進。",
            [("檜峰亞洲", "participant")],
        ),
        (
            "翼递科技宣布完成1.2亿元A轮融资。其中，领投方翊鹄资本出资6000万元，苒松创投出资4000万元。",
            [("翊鹄资本", "lead"), ("苒松创投", "participant")],
        ),
        (
            "轫驰动力宣布获得数亿元战略投资，由整车企业昊骋汽车旗下投资平台昊骋创投领投，启砂资本跟投。",
            [("昊骋创投", "lead"), ("启砂资本", "participant")],
        ),
        (
            "暖阁能源宣布获得鸿樾集团旗下投资平台鸿樾产投的战略投资，金额未披露。",
            [("鸿樾产投", "participant")],
        ),
        (
            "豆隐咖啡宣布完成5000万元A轮融资，由霁月资本旗下消费基金领投，苔痕创投跟投。",
            [("霁月资本旗下消费基金", "lead"), ("苔痕创投", "participant")],
        ),
        (
            "縈光完成新台幣9億元C輪，領投方是岳鼎創新投資，苧野創投與櫸港資本也按持股比例參與。",
            [("岳鼎創新投資", "lead"), ("苧野創投", "participant"), ("櫸港資本", "participant")],
        ),
        (
            "栩动生物完成2亿元A轮融资，由璞渚创投领投，天使轮领投方苍澹投资继续加码。",
            [("璞渚创投", "lead"), ("苍澹投资", "existing")],
        ),
    ],
)
def test_event_rules_zh_investor_names_without_their_framing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Chinese investor lists, one table: the words around a name (本輪除X領投外, 創投部門X,
    X首度參與, 上市半導體設備商X, X亦有參與, X可能領投, X繼續跟進, 兩名前銀行高層 is no name,
    數位 stays in one) and the shapes that set a role (跟投方為, 領投方換成了, 其中X為本輪領投方,
    天使轮领投方X继续加码, X集团旗下投资平台Y)."""
    [(_, _, investors)] = _with_investors(text)
    assert investors == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "**Ferrovane** — $62M Series C, led by Sandoval Rhee Capital. The company also "
            "brought in Orsolya Partners; existing backers Kettering Oak also returned.",
            [
                ("Sandoval Rhee Capital", "lead"),
                ("Orsolya Partners", "participant"),
                ("Kettering Oak", "existing"),
            ],
        ),
        (
            "**Orrisfleur** — $18M seed, co-led by existing investor Rautenberg Capital and "
            "newcomer Pemberton Quay.",
            [("Rautenberg Capital", "lead"), ("Pemberton Quay", "lead")],
        ),
        (
            "**Quernstone** — $27M Series B. Van Oosterhuis Partners led and put in $15M of the "
            "total; Cotswold Signal and Irongate Seed rounded out the round.",
            [
                ("Van Oosterhuis Partners", "lead"),
                ("Cotswold Signal", "participant"),
                ("Irongate Seed", "participant"),
            ],
        ),
        (
            "**Tallyroll** — $30M Series B led by Obuya Kessler Capital. Early backer Eastcheap "
            "Ventures doubled down.",
            [("Obuya Kessler Capital", "lead"), ("Eastcheap Ventures", "existing")],
        ),
        (
            "Heatloom raised ₹180 crore in a Series A in March 2025. Backers include Kodachadri "
            "Ventures and Tungabhadra Partners; no lead was named.",
            [("Kodachadri Ventures", "participant"), ("Tungabhadra Partners", "participant")],
        ),
        (
            "Luoxian completed an angel round of 10 million yuan, invested exclusively by "
            "Futian Angel Fund.",
            [("Futian Angel Fund", "lead")],
        ),
        (
            "**Kavala Freight** — €14M Series A led by Brisote Capital, with Kjellberg Invest "
            "(through its Fund III) and Marigot Ventures.",
            [
                ("Brisote Capital", "lead"),
                ("Kjellberg Invest", "participant"),
                ("Marigot Ventures", "participant"),
            ],
        ),
        (
            "Tickwell has raised a $26 million Series A. Abernathy Ventures led the round, with "
            "Sorrel Peak Capital and Bergen-based Hardanger Capital.",
            [
                ("Abernathy Ventures", "lead"),
                ("Sorrel Peak Capital", "participant"),
                ("Hardanger Capital", "participant"),
            ],
        ),
        (
            "Acme raised a $5 million Series A led by Foo Capital, with Goldman Sachs as adviser.",
            [("Foo Capital", "lead")],
        ),
    ],
)
def test_event_rules_en_newsletter_investor_wordings(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """ "also brought in X", "newcomer X", "X led and put in", "Y rounded out the round",
    "Early backer X doubled down", "Backers include", "led by X, with Y and Z" (names only:
    "with Goldman Sachs as adviser" names nobody), "Bergen-based X"."""
    [(_, _, investors)] = _with_investors(sentence)
    assert investors == expected


def test_event_rules_en_seed_ending_a_firm_name_is_no_round() -> None:
    """ "Irongate Seed rounded out the round": a firm's name, and "Seed round" never matches
    inside "Seed rounded"; "a $2M Seed led by" stays a seed round."""
    text = (
        "Quernstone raised a $27M Series B. Van Oosterhuis Partners led; Cotswold Signal and "
        "Irongate Seed rounded out the round.\n\nAcme closed a $2M Seed led by Foo Capital."
    )
    assert _rows(text) == [("Quernstone", "b"), ("Acme", "seed")]


def test_event_rules_zh_a_date_column_of_bare_month_day_cells() -> None:
    """ "| 12-01 |" in a 披露日期 column is that day of the publish year; a later day than the
    publish date is of the year before."""
    text = (
        "| 公司 | 轮次 | 金额 | 披露日期 |\n| --- | --- | --- | --- |\n"
        "| 珩光光电 | B轮 | 3亿元 | 12-01 |\n| 墨汐机器人 | A轮 | 1亿元 | 12-28 |\n"
    )
    events = extract(text, published="2025-12-07", use_model=False).events
    assert [(e.company.name, e.date.value if e.date else None) for e in events] == [
        ("珩光光电", "2025-12-01"),
        ("墨汐机器人", "2024-12-28"),
    ]


# --- session 26 ---


def _money_currencies(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.currency) for m in extract(text, published="2025-09-23").money]


def test_event_rules_zh_hant_bare_yuan_follows_the_texts_taiwan_dollars() -> None:
    """A zh-Hant text that opens on 新台幣 means NT$ by a bare 元 in its other items, except in
    an item set on the mainland or one that names 人民幣; a text opening on a bare 元 does not."""
    taiwan_daily = (
        "1. 鉅衡智造完成A輪募資新台幣3億元\n工業機器視覺新創鉅衡智造宣布完成A輪募資新台幣3億元。\n\n"
        "2. 路衡電動完成B輪6.5億元\n總部位於桃園的路衡電動今日宣布完成B輪募資6.5億元。\n\n"
        "3. 芯瀾半導體完成C輪\n北京的芯瀾半導體日前完成5億元C輪融資。\n\n"
        "4. 澄霧完成A輪\n澄霧完成2億元人民幣A輪，去年營收3億元。\n"
    )
    assert _money_currencies(taiwan_daily) == [
        ("新台幣3億元", "TWD"),
        ("新台幣3億元", "TWD"),
        ("6.5億元", "TWD"),
        ("6.5億元", "TWD"),
        ("5億元", "CNY"),
        ("2億元人民幣", "CNY"),
        ("3億元", "CNY"),
    ]
    hong_kong = (
        "1. 銳瀾量子完成B輪\n銳瀾量子完成3億元B輪融資。\n\n"
        "2. 台灣量子計畫\n台灣政府將投入新台幣80億元推動量子計畫。\n\n"
        "3. 玄晷通信完成A輪\n玄晷通信完成1.5億元A輪融資。\n"
    )
    assert [c for _, c in _money_currencies(hong_kong)] == ["CNY", "TWD", "CNY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "禾匙完成新台幣8億元C輪募資，由聯昇創投領投。本輪投後估值達新台幣120億元，約為B輪時的四倍。",
            [("c", "新台幣120億元")],
        ),
        (
            "田圖智能宣布完成A+輪募資，由日商丸菱商事策略領投，金額未揭露。據了解，本輪投後估值約"
            "新台幣15億元，較一年前A輪時成長近一倍。",
            [("a+", "約新台幣15億元")],
        ),
    ],
)
def test_event_rules_zh_round_a_valuation_is_a_multiple_of(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "約為B輪時的四倍", "較一年前A輪時": the round compared with is no event of its own."""
    events = extract(text, published="2025-09-03", use_model=False).events
    assert [(e.round, e.valuation.amount.text if e.valuation else None) for e in events] == expected


def test_event_rules_zh_the_size_of_a_named_round_is_its_amount() -> None:
    """ "Pre-A輪規模6,000萬元" is the round's size; "兩輪合計約6億元" is two rounds' total."""
    [event] = extract(
        "鈦瞳Pre-A輪規模6,000萬元，由蘊山創投領投。", published="2025-09-03", use_model=False
    ).events
    assert event.amount is not None
    assert event.amount.text == "6,000萬元"
    events = extract(
        "晶澈半導體先後完成B輪與B+輪，兩輪合計約6億元，其中B輪由鎢岩資本領投，B+輪則由老股東岱峰創投追加。",
        published="2025-09-03",
        use_model=False,
    ).events
    assert all(e.amount is None for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "**Fathomly** — $4M seed extension; now worth $32 million, per a person close to it.",
            ("$32 million", "exact"),
        ),
        (
            "**Lattimer AI** — $200M Series D led by Quessant Capital, pushing its valuation past "
            "$2 billion.",
            ("past $2 billion", "at_least"),
        ),
        (
            "拾叁茶集获得数亿元战略融资，投资方为谷丰创投。知情人士称，拾叁茶集此次估值较上一轮翻倍至40亿元。",
            ("40亿元", "exact"),
        ),
    ],
)
def test_event_rules_valuation_wordings_session_26(text: str, expected: tuple[str, str]) -> None:
    """ "now worth $32 million"; "past $2 billion" is at least; "估值较上一轮翻倍至40亿元" names
    the figure the valuation rose to (the round after 较 is the one compared with)."""
    [event] = extract(text, published="2025-09-03", use_model=False).events
    assert event.valuation is not None
    assert (event.valuation.amount.text, event.valuation.amount.qualifier) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "雲朵物流宣布完成新台幣2,000萬元天使輪募資，投資方為遠汀天使基金。"
            "公司表示，本輪估值較去年的種子輪翻倍，但未透露具體數字。",
            ["angel"],
        ),
        ("数据说明：本周报统计口径为公开披露的股权融资事件，不含并购、定增及IPO。", []),
    ],
)
def test_event_rules_zh_rounds_compared_or_left_out(text: str, expected: list[str]) -> None:
    """ "較去年的種子輪翻倍": the round compared with; "不含并购、定增": a kind left out of a count."""
    assert [e.round for e in extract(text, published="2025-09-03", use_model=False).events] == (
        expected
    )


def test_event_rules_en_lower_case_bold_lead_and_market_capitalisation() -> None:
    """ "**mintwell** — $9.5M seed": a lower-case bold lead-in names the company; "market
    capitalisation to about $19.8 billion" is a listed company's worth, never an amount."""
    text = (
        "**Gridloom** — $38M Series B at a $260M post-money valuation, led by Corvaleth Partners."
        "\n\n**mintwell** — $9.5M seed, valuing the company at $48 million, led by Ezeoke & Ruiz "
        "Ventures. (Announced Tuesday.)"
    )
    events = extract(text, published="2025-09-03", use_model=False).events
    assert [(e.company.name, e.round) for e in events] == [("Gridloom", "b"), ("mintwell", "seed")]
    text = (
        "Shares of Ravensfield Systems (NASDAQ: RVFS) rose 6.2% on Tuesday, lifting the group's "
        "market capitalisation to about $19.8 billion, after its venture arm led a funding round."
    )
    events = extract(text, published="2025-09-03", use_model=False).events
    assert all(e.amount is None for e in events)


# --- session 27 ---


def _dated(text: str, published: str = "2025-09-03") -> list[tuple[str | None, str | None]]:
    events = extract(text, published=published, use_model=False).events
    return [(e.round, e.date.value if e.date else None) for e in events]


def test_event_rules_compared_round_is_dated_in_the_comparing_sentence() -> None:
    """ "相較2023年A輪時…的估值" in the sentence after the round's: the compared round's year."""
    text = (
        "語音AI新創海語智能16日宣布完成1,500萬美元B輪募資，由新加坡創投Brackenford Ventures領投。"
        "公司表示，本輪估值突破1億美元，相較2023年A輪時新台幣8億元的估值成長近四倍。"
    )
    assert _dated(text) == [("b", "2025-08-16"), ("a", "2023")]


def test_event_rules_same_day_refers_to_the_previous_items_date() -> None:
    text = (
        "1. 香港數據基建初創雲漪數據6月24日公布完成2千萬美元A輪融資，由碧濤資本領投。\n\n"
        "2. 台灣先進封裝材料商熠森材料同日宣布完成新台幣5億元C輪募資，由宏璿投資領投。"
    )
    assert _dated(text) == [("a", "2025-06-24"), ("c", "2025-06-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "涌鲸动力成立于2020年。转折点出现在2023年4月。涌鲸动力完成2亿元A轮融资，由甲资本领投。",
            "2023-04",
        ),
        (
            "声岚科技的创始人在访谈中回忆了早期。\n\n问：第一笔外部资金是什么时候进来的？\n\n"
            "答：2020年夏天。那时候大家都很保守，我们被拒绝了大概三十次。"
            "最后橡实天使基金领投了声岚科技1200万元的天使轮。",
            "2020",
        ),
        # A founding date is no scene: the round keeps the publish date.
        ("涌鲸动力成立于2020年。涌鲸动力近日完成2亿元A轮融资，由甲资本领投。", "2025-09-03"),
    ],
)
def test_event_rules_zh_sentence_closing_on_a_date_sets_the_scene(text: str, expected: str) -> None:
    """ "转折点出现在2023年4月。", "答：2020年夏天。": the paragraph's next round happened then."""
    assert [date for _, date in _dated(text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("熙衡光学宣布完成3.2亿元B轮融资，本轮已于11日完成交割，由鼎屹创投领投。", "2025-08-11"),
        (
            "熙衡光学宣布完成3.2亿元B轮融资，由鼎屹创投领投，本轮资金将用于2026年扩产。",
            "2025-09-03",
        ),
        (
            "無人機巡檢新創翼察科技完成新台幣2.3億元A輪募資，由雲翮創投領投。"
            "翼察科技於8月20日與投資人完成簽約。",
            "2025-08-20",
        ),
    ],
)
def test_event_rules_zh_later_clause_or_sentence_dates_the_closing(
    text: str, expected: str
) -> None:
    """ "本轮已于11日完成交割", "於8月20日與投資人完成簽約": when the round closed; a date
    the money will be spent by is not."""
    assert _dated(text) == [("b" if "B轮" in text else "a", expected)]


def test_event_rules_statistic_of_deals_does_not_date_the_round_before() -> None:
    """ "单笔超过10亿元的交易就有五宗": 交易 in a market statistic is not this round's deal."""
    text = (
        "据接近交易的人士透露，逐光目前正在进行B轮融资，拟募资约10亿元人民币。"
        "据不完全统计，2024年国内四足机器人企业的融资总额超过200亿元，其中单笔超过10亿元的交易就有五宗。"
    )
    assert _dated(text) == [("b", "2025-09-03")]


def test_event_rules_headline_quote_name_and_quoted_sentence_end() -> None:
    """ "物流機械人「迅栩」完成…" names 迅栩 (one event with the body's 迅栩科技); a paragraph
    closing on "。」" ends like a sentence and is not a heading."""
    text = (
        "## 物流機械人「迅栩」完成1.5億美元D輪\n\n"
        "深圳倉儲機械人公司迅栩科技1月20日宣佈完成1.5億美元D輪融資，由Calderwood Growth領投。"
        "迅栩表示，本輪完成後公司正式晉身獨角獸行列。"
    )
    events = extract(text, published="2026-01-23", use_model=False).events
    assert [(e.company.name, e.date.value if e.date else None) for e in events] == [
        ("迅栩", "2026-01-20")
    ]
    from vcextract.document import split_items

    text = "## 第一次被看見\n\n鈦瞳在隔年啟動募資。周立暘說：「封測廠最痛的是誤殺良品。」\n\n這輪Pre-A輪規模新台幣6,000萬元，由蘊山創投領投，麓原資本跟投，兩家機構都看好團隊。"
    headlines = [
        text[s.start : s.end] for item in split_items(text) for s in item.sentences if s.headline
    ]
    assert headlines == ["## 第一次被看見"]


@pytest.mark.parametrize(
    "text",
    [
        "2018年，珩峰資本領投醫療影像公司「織影醫療」的B輪，金額1.2億港元。"
        "2020年，珩峰原本打算領投一家電動車初創的A輪，但因估值分歧，交易在簽約前一週告吹。",
        "Quillmoor raised a $5 million seed round led by Tarn Ventures in 2019. "
        "Its planned Series B with Foo Capital fell through in 2021.",
    ],
)
def test_event_rules_round_that_fell_through_is_no_event(text: str) -> None:
    """ "…的A輪，但……交易在簽約前一週告吹", "fell through": only the round before happened."""
    rounds = [e.round for e in extract(text, published="2025-09-03", use_model=False).events]
    assert rounds == (["b"] if "織影" in text else ["seed"])


def test_event_rules_en_interview_lower_case_brand_answers_and_sizes() -> None:
    """A founder "starting lorivo, which …" names the interview's company; "A: March 2021."
    dates the answer's round; "which we called a pre-seed" names it; "It's $38 million" is the
    size of the round the answer told before."""
    text = (
        "Adaeze Obi spent six years in dispatch before starting lorivo, which matches cargo "
        "owners with truckers.\n\n**Q: When did you first raise money?**\n\n"
        "A: March 2021. We raised $750,000, which we called a pre-seed, mostly from operators."
        "\n\n**Q: Tell us about the new round.**\n\n"
        "A: We closed our Series B last month. It's $38 million, led by Sirocco Frontier Fund."
    )
    events = extract(text, published="2025-11-04", use_model=False).events
    assert [
        (
            e.company.name,
            e.round,
            e.amount.text if e.amount else None,
            e.date.value if e.date else None,
        )
        for e in events
    ] == [
        ("lorivo", "pre-seed", "$750,000", "2021-03"),
        ("lorivo", "b", "$38 million", "2025-10"),
    ]


def test_event_rules_zh_interview_question_names_the_answers_round() -> None:
    """ "她创办的聆川声学" is the interviewee's company; "问：A轮是什么时候？答：2022年秋天，
    天使轮之后一年多一点。那一轮拿了将近5000万元" is the A round of 2022; "问：B轮的钱打算怎么
    花？" asks about spending, and its answer's figures are no round."""
    text = (
        "2021年，蒋以宁辞职创业。她创办的聆川声学（LingChuan Audio）如今已经卖出三十多万台设备。\n\n"
        "**问：第一笔钱是谁给的？**\n\n答：樨木资本。同年8月，他们独家投了600万元天使轮。\n\n"
        "**问：A轮是什么时候？**\n\n"
        "答：2022年秋天，天使轮之后一年多一点。那一轮拿了将近5000万元，衡泽医疗基金领投，樨木资本跟投。\n\n"
        "**问：B轮的钱打算怎么花？**\n\n"
        "答：三块。第一是研发，大约投入6000万元；第二是门店，预计花费4000万元。"
    )
    events = extract(text, published="2025-04-22", use_model=False).events
    assert [
        (
            e.company.name,
            e.round,
            e.amount.text if e.amount else None,
            e.date.value if e.date else None,
        )
        for e in events
    ] == [("聆川声学", "angel", "600万元", "2021-08"), ("聆川声学", "a", "将近5000万元", "2022")]


def test_event_rules_zh_month_takes_the_year_its_sentence_just_gave() -> None:
    """ "2021年春天辞的职，4月份注册的公司。…同年8月…": 4月份 is April 2021, so 同年 is 2021;
    a founding year lends no month its year ("成立于2017年的擎仓科技于12月2日完成")."""
    text = "答：2021年春天辞的职，4月份注册的公司。同年8月，樨木资本独家投了聆川声学600万元天使轮。"
    assert _dated(text, "2025-04-22") == [("angel", "2021-08")]
    text = "成立于2017年的擎仓科技于12月2日完成3亿元B轮融资，由甲资本领投。"
    assert _dated(text, "2025-12-05") == [("b", "2025-12-02")]


def test_event_rules_zh_lead_verb_right_before_company_and_round() -> None:
    """ "蒼松基金2021年領投紡光科技A輪": the company stands between the verb and its round."""
    events = _with_investors("蒼松基金2021年領投紡光科技A輪，金額新台幣1.2億元。", "2025-09-03")
    assert events == [("紡光科技", "a", [("蒼松基金", "lead")])]


@pytest.mark.parametrize(
    "text",
    [
        "今日看点：葑岚食品递表港交所；合成生物公司橡舟生物完成3亿元C轮融资。",
        "Tamworthy Ventures closed Fund III at $250M. Same strategy: pre-seed and seed B2B software.",
    ],
)
def test_event_rules_labels_and_stage_lists_are_not_dates_or_rounds(text: str) -> None:
    """ "今日看点" is a digest label, not today; "pre-seed and seed B2B software" are stages."""
    events = extract(text, published="2025-06-17", use_model=False).events
    assert all(e.round != "pre-seed" for e in events)
    assert all(e.date is None or e.date.source == "published" for e in events)


def test_event_rules_zh_bare_round_before_zhihou_is_a_point_in_time() -> None:
    """ "A轮之后，公司把市场……" names a time; "继2022年1.2亿元A轮之后" still reports a round."""
    text = "稷匠数位完成3亿元B轮融资，由甲资本领投。A轮之后，稷匠数位把市场从屏东扩展到高雄。"
    assert [e.round for e in extract(text, published="2025-09-03", use_model=False).events] == ["b"]
    text = "医影智慧今年6月完成4.5亿元B轮融资。这是继2022年1.2亿元A轮之后，医影智慧的第二次融资。"
    rounds = [e.round for e in extract(text, published="2025-09-03", use_model=False).events]
    assert rounds == ["b", "a"]


@pytest.mark.parametrize(
    "text",
    [
        "## 本季数据\n\n| 轮次阶段 | 事件数 | 占比 | 金额中位数 |\n| --- | --- | --- | --- |\n"
        "| 种子/天使轮 | 1104 | 28.2% | 800万元 |\n| D轮及以后 | 203 | 5.2% | 4.2亿元 |",
        "| 季度 | 筆數 | 總金額（新台幣億元） | A輪中位數（億元） |\n| --- | --- | --- | --- |\n"
        "| 2024 Q3 | 88 | 167 | 1.4 |",
        "網約車平台馳騁出行近期啟動新一輪裁員，涉及運營及部分研發崗位。",
        "兩年後，墨笛電子因為遲遲募不到A輪，只好把產品線賣給同業。",
        "單筆金額正在縮小：A輪中位數從去年同期的新台幣1.4億元降到1.1億元。",
    ],
)
def test_event_rules_statistics_layoffs_and_rounds_not_raised_are_no_events(text: str) -> None:
    """A table whose header names a statistic, "新一轮裁员", "募不到A輪", "A輪中位數": no round."""
    assert extract(text, published="2025-09-03", use_model=False).events == []


# --- session 28 ---


def test_event_rules_this_round_valuation_before_a_named_earlier_round() -> None:
    """A clause opening with 本轮 gives the reported round's valuation even when the sentence
    goes on to name an earlier round and its own valuation."""
    text = (
        "8月18日，语音客服公司澄语智能宣布完成2.5亿元D轮融资，本轮由垣桥资本领投。"
        "值得注意的是，本轮投前估值仅为22亿元，而在2021年11月的C轮融资中，"
        "澄语智能的投后估值一度达到60亿元。"
    )
    assert _valuations(text) == [
        ("d", "250000000", "2200000000", "CNY"),
        ("c", None, "6000000000", "CNY"),
    ]


def test_event_rules_this_round_valuation_means_the_company_named_just_before() -> None:
    """In a digest whose sentence of 本轮 names no company, the company the paragraph named
    just before is the one valued."""
    text = (
        "| 公司 | 轮次 | 金额 |\n| --- | --- | --- |\n| 岚冰储能 | B轮 | 5亿元 |\n"
        "| 栖溪医疗 | A轮 | 1亿元 |\n\n"
        "岚冰储能是本周单笔金额最大的交易。据接近交易的人士透露，本轮完成后公司投后估值约为12亿美元。"
    )
    assert _valuations(text) == [
        ("b", "500000000", "1200000000", "USD"),
        ("a", "100000000", None, None),
    ]


def test_event_rules_a_sum_before_the_round_is_no_company() -> None:
    """ "其中，3亿元C轮股权融资由……领投": the sum is no name; the company is the item's."""
    text = (
        "5月8日，固态电池材料企业锂岑新能源宣布完成新一轮融资。"
        "其中，3亿元C轮股权融资由汀屿资本领投，本轮投后估值约45亿元。"
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("锂岑新能源", "c")]


def test_event_rules_flat_round_figure_is_also_the_compared_round_value() -> None:
    """ "at the same $250 million valuation it set in its Series A last year": both rounds
    have the figure; the Series A alone has last year's date, and the investors of the next
    sentence are the reported round's."""
    text = (
        "**Ravelwick** — A flat round for the packaging maker: $30 million in Series B funding "
        "at the same $250 million valuation it set in its Series A last year. Merrowby led; "
        "Ebbstone Partners joined."
    )
    assert _valuations(text) == [
        ("b", "30000000", "250000000", "USD"),
        ("a", None, "250000000", "USD"),
    ]
    assert _dated(text) == [("b", "2025-09-03"), ("a", "2024")]
    assert _with_investors(text)[0] == (
        "Ravelwick",
        "b",
        [("Merrowby", "lead"), ("Ebbstone Partners", "participant")],
    )


def test_event_rules_sole_investor_subject_is_the_lead_not_the_company() -> None:
    """ "X, a Tokyo firm …, was the sole investor in a $3.5 million seed round": X leads the
    round of the story's company."""
    text = (
        "Sazamori builds picking arms for couriers. Sazamori raised a $9 million Series A "
        "in 2021. Earlier, in 2019, Kumogawa Seed Fund, a Tokyo firm that writes small cheques, "
        "was the sole investor in a $3.5 million seed round."
    )
    assert _with_investors(text) == [
        ("Sazamori", "a", []),
        ("Sazamori", "seed", [("Kumogawa Seed Fund", "lead")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A newsletter's shorthand "at $2.3B post".
        (
            "**Orrimont** — $110M Series D at $2.3B post, led by Grayhollow Ventures.",
            [("d", "110000000", "2300000000", "USD")],
        ),
        (
            "**Umbrasel** — $18M Series B led by Glenmora Capital, pegging the company at $150M.",
            [("b", "18000000", "150000000", "USD")],
        ),
        # Two companies in one sentence, the second clause without its verb: each round keeps
        # its own company, amount and valuation.
        (
            "Marisca Analytics raised a €12 million Series A at a €55 million post-money "
            "valuation and Vinhosa Robotics a €30 million Series B at €190 million pre-money.",
            [("a", "12000000", "55000000", "EUR"), ("b", "30000000", "190000000", "EUR")],
        ),
    ],
)
def test_event_rules_newsletter_valuation_shorthands(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _valuations(text) == expected


def test_event_rules_gapped_clause_names_its_own_company() -> None:
    text = (
        "Marisca Analytics raised a €12 million Series A at a €55 million post-money "
        "valuation and Vinhosa Robotics a €30 million Series B at €190 million pre-money."
    )
    assert [(c, r) for c, r, _ in _with_investors(text)] == [
        ("Marisca Analytics", "a"),
        ("Vinhosa Robotics", "b"),
    ]


def test_event_rules_valuation_column_header_states_the_basis() -> None:
    text = (
        "| 公司 | 轮次 | 金额 | 投后估值 |\n| --- | --- | --- | --- |\n"
        "| 祁湾医疗 | B轮 | 4亿元 | 32亿元 |\n| 雁屿智能 | 天使轮 | 2000万元 | - |\n"
    )
    assert _valuation_bases(text) == [
        ("b", "400000000", "3200000000", "post"),
        ("angel", "20000000", None, None),
    ]


def test_event_rules_investor_that_stayed_out_is_none() -> None:
    """ "并未参与本轮": a negated cue names no investor."""
    text = "穹岬完成A+輪融資，由甲泓資本領投。德忌笠基金並未參與本輪。"
    assert _with_investors(text) == [("穹岬", "a+", [("甲泓資本", "lead")])]


# --- session 29 ---


def test_event_rules_bold_name_closed_by_a_full_stop_opens_a_note() -> None:
    """ "**Lumefold.** …": a newsletter's note on that company; "**The SAFEs.**" is a
    feature's section label, not a company."""
    text = (
        "# Growth Notes\n\n"
        "**Lumefold.** The supply-chain startup's $150 million Series C was led by Ortolan "
        "Partners. Existing investors Greenshank Capital and Brambling Ventures joined, as did "
        "newcomer Draycott Capital.\n\n"
        "**Saltbox Kitchens.** Hollybush Capital led the $18 million Series A.\n"
    )
    assert _with_investors(text) == [
        (
            "Lumefold",
            "c",
            [
                ("Ortolan Partners", "lead"),
                ("Greenshank Capital", "existing"),
                ("Brambling Ventures", "existing"),
                ("Draycott Capital", "participant"),
            ],
        ),
        ("Saltbox Kitchens", "a", [("Hollybush Capital", "lead")]),
    ]


def test_event_rules_bold_section_label_is_no_company() -> None:
    text = (
        "# How Kettlewise paid for its kitchens\n\n"
        "Kettlewise makes robotic fryers.\n\n"
        "**The SAFEs.** Kettlewise's first outside money came in 2022: a $1.4 million "
        "pre-seed round.\n"
    )
    assert [c for c, _, _ in _with_investors(text)] == ["Kettlewise"]


def test_event_rules_note_under_a_table_row_names_that_rows_investors() -> None:
    """A table row, then its note: the note's later sentence fills the note's round, not
    the round of the row made last."""
    text = (
        "# Weekly deals\n\n"
        "| Company | Round | Amount | Lead |\n|---|---|---|---|\n"
        "| Paymora | Series B | $35M | Tannery Lane |\n"
        "| Gridwell | Term loan | $50M | — |\n\n"
        "**Gridwell.** The company took a $50 million term loan from Eastmere Bank.\n\n"
        "**Paymora.** Tannery Lane led the $35 million Series B; other backers in the round "
        "include Linthorpe Capital and Selbourne Ventures.\n"
    )
    rows = {(c, r): investors for c, r, investors in _with_investors(text)}
    assert rows[("Paymora", "b")] == [
        ("Tannery Lane", "lead"),
        ("Linthorpe Capital", "participant"),
        ("Selbourne Ventures", "participant"),
    ]
    assert rows[("Gridwell", "debt")] == [("Eastmere Bank", "participant")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Handova closed a $14 million Series A led by London's Cheyne Walk Capital.",
            [("Cheyne Walk Capital", "lead")],
        ),
        (
            "Handova raised $41 million in a Series B led by Beacon Tor Partners of Boston.",
            [("Beacon Tor Partners", "lead")],
        ),
        (
            "Trellisoft raised a $6.5 million seed led by Quietwater Ventures for the "
            "code-review startup.",
            [("Quietwater Ventures", "lead")],
        ),
        (
            "Lalezar raised a $55 million Series C fully subscribed by Pulasan Reach Partners.",
            [("Pulasan Reach Partners", "lead")],
        ),
        (
            "In March 2022 Jokofu raised a $12 million Series A: Oriyo Capital and Tembo Growth "
            "Partners co-led it, and Msingi Ventures also returned.",
            [
                ("Oriyo Capital", "lead"),
                ("Tembo Growth Partners", "lead"),
                ("Msingi Ventures", "existing"),
            ],
        ),
        (
            "Hartsell raised a $22 million Series B. Insiders Greylag Capital and Nettlebed "
            "Ventures supplied all of the money.",
            [("Greylag Capital", "existing"), ("Nettlebed Ventures", "existing")],
        ),
        (
            "Furrowlight raised a $30 million Series B led by Baywater Growth. Loamstead "
            "returned, as did Kuroshio.",
            [("Baywater Growth", "lead"), ("Loamstead", "existing"), ("Kuroshio", "existing")],
        ),
        (
            "Kelpwise announced a US$18 million Series A. The round was led by Marejada Climate "
            "Fund. Pangolin Bay Ventures and Ruang Capital, the Jakarta-based early-stage firm, "
            "also participated.",
            [
                ("Marejada Climate Fund", "lead"),
                ("Pangolin Bay Ventures", "participant"),
                ("Ruang Capital", "participant"),
            ],
        ),
        (
            "Jokofu raised a $36 million Series B led by Qantara Growth Fund. Among the other "
            "backers were Savanna Impact Partners (SIP), the Kigali-based impact fund, and "
            "returning investor Oriyo Capital.",
            [
                ("Qantara Growth Fund", "lead"),
                ("Savanna Impact Partners", "participant"),
                ("Oriyo Capital", "existing"),
            ],
        ),
    ],
)
def test_event_rules_english_investor_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    [(_, _, investors)] = _with_investors(text)
    assert investors == expected


def test_event_rules_investors_joining_the_round_skip_a_loan() -> None:
    """ "… alongside a separate $40 million term loan. New investors A and B joined the
    round": the equity round's investors, not the loan's."""
    text = (
        "Veridane Therapeutics said it had raised $120 million in a Series B round led by "
        "Copperwick Bio Partners, alongside a separate $40 million term loan from Eastbrook "
        "Bank. New investors Saltfen Capital and Helvarin Ventures joined the round."
    )
    rows = {r: investors for _, r, investors in _with_investors(text)}
    assert ("Saltfen Capital", "participant") in rows["b"]
    assert rows["debt"] == [("Eastbrook Bank", "participant")]


# --- session 30 ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The 投前 of "未有披露投前或投後估值" is the denial's, not the figure's.
            "匯舟支付昨日宣布完成1.5億港元B輪集資，由泓港資本領投。公司未有披露投前或投後估值，"
            "但消息人士指本輪估值約18億港元。",
            [("b", "150000000", "1800000000", None)],
        ),
        (
            # Each figure's basis is its own: 42億 is pre-money, 52億 post-money.
            "藍塭智養完成10億元C輪募資。本輪投前估值42億元，本輪完成後估值約52億元。",
            [("c", "1000000000", "5200000000", "post")],
        ),
        (
            # "本轮融资后" opens the comparison: the figure it rose to is post-money.
            "沐稷农科完成1亿元A轮融资。本轮融资后，公司估值较上一轮的4亿元翻倍至8亿元。",
            [("a", "100000000", "800000000", "post")],
        ),
        (
            # "本轮完成后" is the next clause's: the earlier figure states no basis.
            "3月13日，四足机器人公司知砺机器人宣布完成2亿元A+轮融资，由霍川资本领投，鹊渚资本跟投。"
            "去年9月，知砺机器人"
            "刚刚完成由鹊渚资本独家投资的A轮融资，彼时估值约8亿元；本轮完成后，公司估值升至15亿元。",
            [("a+", "200000000", "1500000000", "post"), ("a", None, "800000000", None)],
        ),
    ],
)
def test_event_rules_valuation_basis_is_the_figures_own(
    text: str, expected: list[tuple[str | None, ...]]
) -> None:
    assert _valuation_bases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "（2025年10月21日，深圳）车规级功率半导体企业深圳垣芯半导体有限公司（以下简称“垣芯半导体”）"
            "今日与投资方签署B轮投资协议。根据协议，朔琅资本将领投本轮3亿元融资，"
            "公司老股东蕙麓创投亦将按比例跟投。",
            (
                "深圳垣芯半导体有限公司",
                "2025-10-21",
                "announced",
                [("朔琅资本", "lead"), ("蕙麓创投", "existing")],
            ),
        ),
        (
            "垣芯半导体签署3亿元B轮投资协议",
            ("垣芯半导体", "2025-11-14", "announced", []),
        ),
    ],
)
def test_event_rules_press_release_signing(
    text: str, expected: tuple[str, str, str, list[tuple[str, str]]]
) -> None:
    """A press release's dateline dates 今日; a signed investment agreement is announced; the
    company's kind before its legal name and the dateline are not part of the name."""
    [event] = extract(text, published="2025-11-14", use_model=False).events
    investors = [(i.name, i.role) for i in event.investors]
    assert event.date is not None
    assert (event.company.name, event.date.value, event.status, investors) == expected


def test_event_rules_this_round_sentence_gives_its_size() -> None:
    """ "這一輪集資1億美元" after the round's sentence: the size of the round told before."""
    text = "琛恆在2022年年中完成C輪。這一輪集資1億美元，由栢域資本領投。"
    assert _events(text) == [("琛恆", "c", Decimal("100000000"), [("栢域資本", "lead")])]


def test_event_rules_investor_letter_is_no_company() -> None:
    """ "鴻嵐資本在其年度信中披露，A輪完成後琛恆的投後估值為9,000萬美元": the A round told before
    gets the figure; the letter is no company."""
    text = (
        "2020年3月，琛恆完成1,200萬美元A輪融資，由鴻嵐資本領投。\n\n交易細節在一年後才浮面。"
        "鴻嵐資本在其2021年致投資者的年度信中披露，A輪完成後琛恆的投後估值為9,000萬美元。"
    )
    assert _valuation_bases(text) == [("a", "12000000", "90000000", "post")]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "**Tavita** — Singapore-based Tavita, whose app bundles gym memberships into health "
            "insurance, closed a $55 million Series C led by Motuhake Partners.",
            "Tavita",
        ),
        ("半導體先進封裝材料廠綦川材料宣布完成新台幣3.6億元B輪募資。", "綦川材料"),
    ],
)
def test_event_rules_company_descriptors_stay_out_of_the_name(text: str, company: str) -> None:
    [(name, _)] = _rows(text)
    assert name == company


def test_event_rules_compared_round_dated_by_its_bare_year() -> None:
    """ "up from the $15 million it was valued at in its 2022 seed": the seed is an event of
    2022 with that valuation, and the figure is no amount of any round."""
    text = (
        "Cuipo Bio raised a $40 million Series A led by Canal Seis Ventures at a valuation of "
        "roughly $160 million, up from the $15 million it was valued at in its 2022 seed."
    )
    assert _valuations(text) == [
        ("a", "40000000", "160000000", "USD"),
        ("seed", None, "15000000", "USD"),
    ]
    assert _dated(text)[1] == ("seed", "2022")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Okuloop raised an $80 million Series D led by Sahelion Capital. "
            "The round closed two weeks ago.",
            "2025-W22",
        ),
        (
            "Nidoo picked up a $6 million seed round co-led by Colibrí Fund. "
            "The company announced the raise earlier this month.",
            "2025-06",
        ),
        (
            "Kapalhijau today announced a US$48 million Series B led by Chermin Hill Capital. "
            "The financing closed in April and is being announced today.",
            "2025-04",
        ),
        ("琛恆完成1億美元C輪融資，由栢域資本領投。兩週前，本輪已完成交割。", "2025-W22"),
    ],
)
def test_event_rules_later_sentence_dates_the_round(text: str, date: str) -> None:
    """A later sentence about the round dates it: relative weeks, "the raise", and a close
    before the announcement (the close is the round's date)."""
    [(_, value)] = _dated(text, published="2025-06-09")
    assert value == date


def test_event_rules_a_fund_closed_in_january_dates_no_round() -> None:
    text = (
        "Tallyhome raised a $9 million Series A led by Oxbow Lantern on March 24. "
        "Oxbow Lantern is investing from its $120 million second fund, which it closed in January."
    )
    assert _dated(text, published="2026-03-26") == [("a", "2026-03-24")]


def test_event_rules_compared_round_keeps_the_basis_its_figure_states() -> None:
    """ "较2024年A轮时12亿元的投后估值": the A round's figure is post-money."""
    text = (
        "翾澈智能今日宣布完成6亿元人民币B轮融资。本轮投后估值达42亿元，"
        "较2024年A轮时12亿元的投后估值增长2.5倍。"
    )
    assert _valuation_bases(text) == [
        ("b", "600000000", "4200000000", "post"),
        ("a", None, "1200000000", "post"),
    ]


# --- session 31 ---


def test_event_rules_byline_under_a_feature_title_keeps_the_title_as_the_stories_headline() -> None:
    # The byline is chrome, not the headline of a new item: "The company" is the title's.
    text = (
        "How Ondarra went from a Bilbao basement to a $900 million bet on the grid\n\n"
        "By Leire Azkue | 17 November 2025 | 9 min read\n\n"
        "Ondarra's co-founders still pay rent on the basement where they wrote their first code. "
        "The company, which sells battery software, said on Monday it had closed a $120 million "
        "Series C led by Orrisbay Partners.\n"
    )
    assert _events(text) == [
        ("Ondarra", "c", Decimal("120000000"), [("Orrisbay Partners", "lead")])
    ]


def test_event_rules_time_preposition_by_opens_no_company_name() -> None:
    text = (
        "Ondarra makes battery software. By March 2023 Ondarra had customers in four countries, "
        "and it raised a $42 million Series B led by Albatren Growth."
    )
    assert [e[:2] for e in _events(text)] == [("Ondarra", "b")]


@pytest.mark.parametrize(
    "text",
    [
        "Kettlewise raised a $1.4 million pre-seed on post-money SAFEs with a $9 million valuation cap.",
        "Kettlewise raised a $1.4 million pre-seed on SAFEs with a valuation cap of $9 million.",
    ],
)
def test_event_rules_valuation_cap_before_or_after_its_figure_is_no_valuation(text: str) -> None:
    assert _valuations(text) == [("pre-seed", "1400000", None, None)]


def test_event_rules_largest_series_a_rounds_are_a_kind_not_a_round() -> None:
    text = (
        "Mwezi Partners is a Nairobi venture firm. Today Mwezi Partners has a hand in three of "
        "the region's five largest Series A rounds of the past year. In January it led "
        "Pocketmint's $22 million Series A."
    )
    assert [e[:3] for e in _events(text)] == [("Pocketmint", "a", Decimal("22000000"))]


def test_event_rules_long_features_title_company_that_the_body_never_names_is_dropped() -> None:
    body = " ".join(
        [
            "When Rosalind Achebe-Marr started Kettlewise in 2021, she avoided a priced round.",
            "On Tuesday Kettlewise announced a $16 million Series A led by Greywell Climate.",
            *["The company makes induction ranges for restaurant kitchens."] * 7,
        ]
    )
    text = (
        "Inside Kettlewise's cap table: SAFEs, notes, a bank loan, and finally a priced Series A\n\n"
        f"September 5, 2024 · Features · 7 min read\n\n{body}\n"
    )
    assert [e[:3] for e in _events(text)] == [("Kettlewise", "a", Decimal("16000000"))]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Panama City's Cuipo Bio raised a $40 million Series A.", "Cuipo Bio"),
        ("Adelaide's Orrakin said on Tuesday it had raised A$22 million in a Series A.", "Orrakin"),
        # "Pte." ends no sentence: the legal name stays whole.
        (
            "Kapalhijau Pte. Ltd. raised a $12 million Series A led by Bidadari Seed Partners.",
            "Kapalhijau Pte. Ltd.",
        ),
    ],
)
def test_event_rules_english_company_after_a_place_possessive_or_with_a_legal_suffix(
    text: str, company: str
) -> None:
    assert [e[0] for e in _events(text)] == [company]


def test_event_rules_an_investors_we_backs_the_portfolio_companys_round() -> None:
    # A partner's essay: "we" is the firm, never the funded company.
    text = (
        "When we started Wrackline Capital, our rule was simple.\n\n"
        "Start with Mabuhay Pay. We led Mabuhay Pay's seed in 2021, a $2.5 million round."
    )
    assert _with_investors(text, "2025-08-12") == [
        ("Mabuhay Pay", "seed", [("Wrackline Capital", "lead")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# 初創集資快訊\n\n**晞嵐材料**\n該公司昨日宣布完成1.5億元人民幣B輪融資，由鴻曜資本領投。\n\n"
            "**Kiteloom**\n新加坡跨境物流軟件公司。該公司完成1,200萬美元A輪融資。\n\n"
            "**瀾序數據**\n市場消息指，該公司正洽談新一輪融資，擬集資約1億美元。\n",
            [("晞嵐材料", "b"), ("Kiteloom", "a"), ("瀾序數據", None)],
        ),
        (
            "# Deals\n\n**Kiteloom**\nThe company closed a $12 million Series A led by Hozuki.\n",
            [("Kiteloom", "a")],
        ),
    ],
)
def test_event_rules_digest_heading_alone_names_the_company_its_body_points_back_at(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [e[:2] for e in _events(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "溫岬能源今日宣布完成新台幣2億元A+輪募資，由既有股東曙潮創投領投，新股東岱嶂投資跟投。",
        "温岬能源今日宣布完成2亿元A+轮融资，由老股东曙潮创投领投，新股东岱嶂投资跟投。",
    ],
)
def test_event_rules_zh_existing_investor_who_leads_is_lead(text: str) -> None:
    roles = [r for e in _events(text) for _, r in e[3]]
    assert roles == ["lead", "participant"]


def test_event_rules_cantonese_interview_we_is_the_interviewees_company() -> None:
    text = (
        "# 專訪｜澔程健康創辦人甄綺雯：長者需要一個會回覆的人\n\n"
        "澔程健康成立於2021年，創辦人兼行政總裁甄綺雯曾任註冊護士。\n\n"
        "**問：市場消息指澔程正在籌備新一輪集資，是真的嗎？**\n\n"
        "答：係真嘅。我哋而家準備緊B輪，目標係2,000萬美元。\n"
    )
    assert [e[:2] for e in _events(text)] == [("澔程健康", "b")]


# --- session 32 ---


def test_event_rules_talks_partner_is_not_the_company() -> None:
    """ "X正與Y洽談C輪": Y is the other side of the talks, X raises (and 對外 is no 對)."""
    text = (
        "據三位知情人士透露，硯波智能正與美國一家半導體設備大廠旗下的創投部門Kelvinrow Fab "
        "Ventures洽談C輪募資，擬募集7,000萬美元，由Kelvinrow Fab Ventures領投。"
    )
    assert [e[:2] for e in _events(text)] == [("硯波智能", "c")]
    assert [e[:2] for e in _events("芮岚生物今日对外宣布完成8亿元人民币D轮融资。")] == [
        ("芮岚生物", "d")
    ]


def test_event_rules_bold_item_without_a_round_is_its_own_event() -> None:
    """A newsletter item that names no round ("is raising about $200 million") is not folded
    into the item before it, and a lower-case verb after a lead ends the lead's name."""
    text = (
        "**Highmoor Bio** — A $150 million Series D led by Tavistock Lane gives the gene-editing"
        " company unicorn status. Previous investors Redwing Capital also participated.\n\n"
        "**Tercel Dynamics** — Word is that Tercel Dynamics, the defense-drone maker, is raising"
        " about $200 million at a valuation north of $2 billion, according to two people familiar"
        " with the talks. Wychcombe Capital is expected to lead.\n"
    )
    assert _with_investors(text) == [
        ("Highmoor Bio", "d", [("Tavistock Lane", "lead"), ("Redwing Capital", "existing")]),
        ("Tercel Dynamics", None, [("Wychcombe Capital", "lead")]),
    ]


def test_event_rules_collapsed_attempt_and_a_later_unnamed_round() -> None:
    """ "An attempt to raise a Series C … collapsed when": no round; "Instead, last October,
    Segarin raised $12 million in a round" is a round of its own, dated by "last October"."""
    text = (
        "Segarin raised a $45 million Series B in 2022. An attempt to raise a Series C in 2023 "
        "collapsed when the lead pulled out. Instead, last October, Segarin raised $12 million in"
        " a round led by existing investor Rimbun Capital at a valuation of roughly $70 million."
    )
    assert _dated(text, "2025-03-11") == [("b", "2022"), (None, "2024-10")]
    assert _with_investors(text)[1] == ("Segarin", None, [("Rimbun Capital", "lead")])


def test_event_rules_quoted_clause_opener_is_not_part_of_the_name() -> None:
    text = '"When Segarin raised its $45 million Series B in mid-2022, we had 60 dark stores."'
    assert [e[:2] for e in _events(text)] == [("Segarin", "b")]


def test_event_rules_backer_returning_to_lead_is_no_company() -> None:
    text = (
        "Sanderling raised a $12 million Series A in 2021, led by Cinderford Ventures.\n\n"
        "Eighteen months later, Sanderling raised a $40 million Series B. Cinderford, which had "
        "led the seed, returned to lead the Series B, and the round valued the company at $210 "
        "million post-money."
    )
    assert _valuation_bases(text)[1] == ("b", "40000000", "210000000", "post")
    assert _with_investors(text)[1][0] == "Sanderling"


def test_event_rules_unnamed_round_told_twice_in_a_digest_is_one_event() -> None:
    text = (
        "Xuanwu Computing is raising US$250 million; Hang Seng Tech Index rises 2%\n\n"
        "Today's highlights:\n(1) Xuanwu Computing is raising US$250 million;\n"
        "(2) The Hang Seng Tech Index rose 2.13%;\n\n"
        "Xuanwu Computing is raising US$250 million, valued at more than 2 billion US dollars\n"
        "According to people familiar with the matter, Xuanwu Computing is raising US$250 "
        "million at a pre-investment valuation of US$2.1 billion, and North Ridge Capital is "
        "expected to lead the investment.\n"
    )
    assert [e[:2] for e in _events(text)] == [("Xuanwu Computing", None)]
    # "is raising" alone is a financing cue: the highlight line is an event by itself.
    line = "Xuanwu Computing is raising US$250 million, people familiar with the matter said."
    assert [e[:3] for e in _events(line)] == [("Xuanwu Computing", None, Decimal("250000000"))]


def test_event_rules_later_day_refines_the_month() -> None:
    text = (
        "In June 2025, Sazanami closed a $60 million Series D led by Quintavalle Holdings. The "
        "round, which closed on June 12, set Sazanami's value at $610 million."
    )
    assert _dated(text, "2025-10-08") == [("d", "2025-06-12")]


def test_event_rules_multiple_of_an_earlier_valuation() -> None:
    """ "three times the €210 million it was valued at in its Series A": the A's valuation, not
    its amount; with an amount of its own ("when it raised a $90 million Series B") the
    figure is the reported round's valuation."""
    text = (
        "Tavoro is set to announce a €140 million Series B as soon as next week. The deal gives "
        "Tavoro a pre-money valuation of €700 million, more than three times the €210 million "
        "it was valued at in its Series A in 2023."
    )
    assert _valuation_bases(text) == [
        ("b", "140000000", "700000000", "pre"),
        ("a", None, "210000000", None),
    ]
    assert extract(text, published="2025-09-18", use_model=False).events[0].status == "announced"
    text = (
        "Orbweave is in talks to raise about $300 million at a valuation of roughly $2.5 "
        "billion. The valuation would be almost three times the $900 million at which Orbweave "
        "was valued when it raised a $90 million Series B from Potterslane Ventures last year."
    )
    assert _valuation_bases(text)[1] == ("b", "90000000", "900000000", None)
    text = (
        "Pennywort is in talks to raise $300 million at a valuation of as much as $6 billion. "
        "The valuation would more than double the $2.5 billion Pennywort was valued at when it "
        "raised its Series D in 2023."
    )
    assert _valuation_bases(text)[1] == ("d", None, "2500000000", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("澄峽生物昨日宣布完成B輪融資，集資3億元人民幣。集資後估值約25億港元。", "post"),
        ("貨棧雲完成新台幣4.5億元A+輪募資，募後估值約新台幣25億元。", "post"),
        ("澄碧能源完成1.6億港元A輪融資，A輪後估值達12億港元。", "post"),
        ("枳嵐茶事今日宣布獲得2億元人民幣戰略融資。業內估計，枳嵐茶事身價已達30億元人民幣。", None),
    ],
)
def test_event_rules_zh_valuation_words(text: str, expected: str | None) -> None:
    """集資後 / 募後 / 輪後 say post-money; 身價 is a valuation word."""
    (event,) = extract(text, published="2025-06-10", use_model=False).events
    assert event.valuation is not None
    assert event.valuation.basis == expected


def test_event_rules_zh_round_that_never_happened() -> None:
    text = (
        "瓦舍2022年完成4,500萬美元B輪融資。\n\n【沒有談成的C輪】\n\n"
        "2023年，瓦舍原本與一家美國成長基金洽談C輪，但雙方在估值上出現分歧，C輪最終未能落實。"
    )
    assert [e[:2] for e in _events(text)] == [("瓦舍", "b")]


# --- session 33 ---


def test_event_rules_founding_year_is_not_the_round_date() -> None:
    """ "was established in 2018": the word before "in" is read, however long it is."""
    text = (
        "Recently, Xiuyao Intelligent completed a Series B financing led by Jinghe Capital. "
        "Xiuyao Intelligent was established in 2018, and the funds of this round will be used "
        "for research."
    )
    assert _dated(text) == [("b", "2025-09-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Jokofu closed a $36 million Series B in May 2024. The same month Jokofu also drew a "
        "$10 million venture debt facility from Slatemere Credit.",
        "钒屿能源2024年5月12日完成数千万元B轮融资；澈锂材料则在同一个月拿到3000万元债权融资。",
    ],
)
def test_event_rules_the_same_month_is_the_month_told_before(text: str) -> None:
    assert _dated(text) == [
        ("b", "2024-05" if "May" in text else "2024-05-12"),
        ("debt", "2024-05"),
    ]


def test_event_rules_that_october_is_in_the_year_told_last() -> None:
    text = (
        "Kwelipay was registered in February 2020. That October, Kwelipay closed a $400,000 "
        "pre-seed round from two angels."
    )
    assert _dated(text, "2026-02-11") == [("pre-seed", "2020-10")]


def test_event_rules_round_as_subject_after_a_section_heading_is_the_storys() -> None:
    text = (
        "Ondarra raised a seed round in 2019.\n\n**Series A**\n\n"
        "The Series A came together in mid-2021, when Halvmåne Capital of Oslo led a €9 million "
        "round and Txoko Ventures increased its stake."
    )
    assert [e[:3] for e in _events(text)] == [
        ("Ondarra", "seed", None),
        ("Ondarra", "a", Decimal("9000000")),
    ]


def test_event_rules_investor_agreeing_to_lead_is_not_the_company() -> None:
    """The paragraph's opening name is the storyteller; the round is the story's company's."""
    text = (
        "Ondarra raised a $120 million Series C on Monday, its co-founder Mattin Larrañaga said."
        "\n\n**The seed**\n\n"
        "Larrañaga says he pitched forty-one investors in the spring of 2019. The forty-first, "
        "Txoko Ventures, a San Sebastián micro-fund, agreed to lead a €1.8 million seed round."
    )
    assert [(e[0], e[1], e[3]) for e in _events(text)][1] == (
        "Ondarra",
        "seed",
        [("Txoko Ventures", "lead")],
    )


def test_event_rules_month_that_year_is_in_the_year_told_last() -> None:
    text = (
        "Sembrana raised its Series A in 2020. In October that year Sembrana raised $140 million "
        "in a Series B led by Whinmoor Creek Partners."
    )
    assert _dated(text, "2025-11-20") == [("a", "2020"), ("b", "2020-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pinecone Bio raised a €6 million Series A+ in 2024, led by Asterion.\n\n"
            "Halmágyi did not set out to run a company. Her seed round came in 2018: €1.2 million "
            "from the Danube Angel Syndicate.",
            [("Pinecone Bio", "a+"), ("Pinecone Bio", "seed")],
        ),
        ("Q: Let's start with the news. You've raised a Series B.", []),
    ],
)
def test_event_rules_pronouns_are_not_companies(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Her seed round" is the story's company's; "You've" names nobody."""
    assert [e[:2] for e in _events(text)] == expected


def test_event_rules_lower_case_brand_in_a_table_company_column() -> None:
    text = (
        "| Company | Round | Amount | Lead investor(s) | Date |\n|---|---|---|---|---|\n"
        "| Pellusa Dx | Series B | $48M | Petrarch Road Partners | Mar 3 |\n"
        "| kumoledger | Seed | $6.5M | Stonecutter Angels | Mar 3 |"
    )
    assert [e[:2] for e in _events(text)] == [("Pellusa Dx", "b"), ("kumoledger", "seed")]


def test_event_rules_zh_party_after_xiang_is_who_the_money_came_from() -> None:
    """ "瓦舍再向滙德銀行取得": 向 names the source of the money; the company stands before."""
    text = "瓦舍2022年完成4,500萬美元B輪融資。2023年第四季，瓦舍再向滙德銀行取得港幣2億元融資。"
    assert [e[:2] for e in _events(text)] == [("瓦舍", "b"), ("瓦舍", None)]


def test_event_rules_zh_backed_round_with_amount_before_de() -> None:
    """ "星隼資本領投了芮砂1,200萬美元的A+輪": the amount before 的 ends the company."""
    text = "芮砂視覺成立於2019年。星隼資本領投了芮砂1,200萬美元的A+輪。"
    assert _events(text) == [("芮砂", "a+", Decimal("12000000"), [("星隼資本", "lead")])]


def test_event_rules_zh_later_clause_names_its_own_rounds_company() -> None:
    text = (
        "8月6日，两家公司同日宣布完成新一轮融资：弦芷资本领投了激光雷达芯片设计公司芯棱光电"
        "8000万元的A轮融资，光学扫描模组厂商镜岳科技1.5亿元的B轮则由筠松资本和叠嶙创投共同领投。"
    )
    assert [e[:2] for e in _events(text)] == [("芯棱光电", "a"), ("镜岳科技", "b")]


def test_event_rules_zh_holiday_time_word_is_not_a_company() -> None:
    text = (
        "## 澜栖科技：国庆节前完成亿元级A轮融资\n\n"
        "工业仿真软件开发商澜栖科技透露，公司已于国庆节前完成亿元级A轮融资。"
    )
    assert [e[:2] for e in _events(text)] == [("澜栖科技", "a")]


# --- session 34 ---


def test_event_rules_zh_investor_with_own_stake_joins_a_named_round() -> None:
    """ "甲在2019年以新台幣2,000萬元參與乙的A輪": 參與 needs no 了, the comma inside 2,000
    ends no clause, the date after the investor is no part of its name, and the sum is the
    investor's stake, not the round's size."""
    result = extract(
        "篁溪資本在2019年以新台幣2,000萬元參與霜鈴物聯的A輪。", published=PUBLISHED, use_model=False
    )
    [event] = result.events
    assert (event.company.name, event.round, event.amount) == ("霜鈴物聯", "a", None)
    [investor] = event.investors
    assert (investor.name, investor.role) == ("篁溪資本", "participant")
    assert investor.amount is not None
    assert investor.amount.value == Decimal("20000000")


def test_event_rules_zh_single_strategic_investor_sum_stays_the_rounds() -> None:
    """ "甲以2亿元对乙进行战略投资": one investor's deal, so its sum is the round's amount."""
    text = "2024年年中，国内制药企业晟华制药以2亿元对芮岚生物进行战略投资。"
    assert _events(text) == [
        ("芮岚生物", "strategic", Decimal("200000000"), [("晟华制药", "participant")])
    ]


def test_event_rules_zh_tou_le_names_the_company_of_the_round() -> None:
    text = "2020年，篁溪資本投了植物蛋白新創豆暄食品的種子輪，新台幣600萬元。"
    assert _events(text) == [
        ("豆暄食品", "seed", Decimal("6000000"), [("篁溪資本", "participant")])
    ]


def test_event_rules_zh_number_comma_does_not_split_an_investor_list() -> None:
    """The list before 加碼 runs back to the clause start, across "8,000": no piece of the
    headline ("疾遞通完成8") becomes an investor."""
    text = "疾遞通完成8,000萬港元B輪融資　老股東持續加碼"
    assert _events(text) == [("疾遞通", "b", Decimal("80000000"), [])]


def test_event_rules_zh_adverb_ji_closes_an_investor_name() -> None:
    text = "海灣前沿投資去年即參與美國AI晶片新創Voltrix的C輪融資。"
    assert _events(text) == [("Voltrix", "c", None, [("海灣前沿投資", "participant")])]


def test_event_rules_en_bold_investor_head_leads_a_round_in_a_lower_case_brand() -> None:
    """A newsletter's bold name can be the investor: "led a $12M Series A in ledgr, the …
    tool" names the company, a lower-case brand its description vouches for."""
    text = (
        "**Jihlava Gate Ventures** — led a $12M Series A in ledgr, the Prague-based tool that "
        "audits freight invoices for mid-size shippers."
    )
    assert _events(text) == [
        ("ledgr", "a", Decimal("12000000"), [("Jihlava Gate Ventures", "lead")])
    ]


def test_event_rules_en_investor_in_talks_to_lead_a_sized_round() -> None:
    """ "is in talks to lead a roughly $50M round in Tarnwright": a sum and "round" stand for
    a round name; the subject leads, the company follows "in"."""
    text = (
        "Osier & Vane is in talks to lead a roughly $50M round in Tarnwright, the "
        "construction-robotics company, per two people familiar with the plans."
    )
    [event] = extract(text, published=PUBLISHED, use_model=False).events
    assert (event.company.name, event.status) == ("Tarnwright", "planned")
    assert [(i.name, i.role) for i in event.investors] == [("Osier & Vane", "lead")]


def test_event_rules_en_lender_extends_debt_to_the_company() -> None:
    text = "Merriweather Bank extended a $20M venture debt facility to Portside Bio, the Boston maker of cassettes."
    assert _events(text) == [
        ("Portside Bio", "debt", Decimal("20000000"), [("Merriweather Bank", "participant")])
    ]


def test_event_rules_en_stage_focus_and_negated_round_are_no_rounds() -> None:
    text = (
        "**Umberwell Partners** — closed Fund IV at $275M, its largest yet, to back B2B software "
        "at Series A.\n\n**Brumby Capital** — sold its stake in Kettlefish back to Kettlefish's "
        "founders; terms weren't disclosed. Not a new round."
    )
    assert _events(text) == []


def test_event_rules_en_lower_case_brand_subject_with_description() -> None:
    text = (
        "lumo, the Rotterdam startup that packages heat pumps, insulation and financing into a "
        "single retrofit kit, said Tuesday it had raised a $9 million seed round led by "
        "Wrenhythe Capital."
    )
    assert _events(text) == [("lumo", "seed", Decimal("9000000"), [("Wrenhythe Capital", "lead")])]


def test_event_rules_en_heading_shows_a_lower_case_brand_for_the_body() -> None:
    """ "## zapta nets …" opens a heading with a lower-case word: a brand, so the body's
    "Indonesia's zapta has raised" names it; "through its venture arm, X" names the arm."""
    text = (
        "## zapta nets $18M Series A for 20-minute grocery\n\n"
        "Indonesia's zapta has raised $18 million in a Series A led by Matahari Group through "
        "its venture arm, Matahari Ventures."
    )
    assert _events(text) == [("zapta", "a", Decimal("18000000"), [("Matahari Ventures", "lead")])]


def test_event_rules_zh_founding_clause_names_the_next_clauses_company() -> None:
    """ "晶眸科技於2020年創立，2023年完成…": the founding clause's subject raised the round;
    a founding verb inside a descriptor ("在新加坡創立的") is no such clause."""
    assert [e[:3] for e in _events("晶眸科技於2020年創立，2023年完成500萬美元Pre-A輪。")] == [
        ("晶眸科技", "pre-a", Decimal("5000000"))
    ]
    assert [e[:2] for e in _events("星河科技成立于2020年，2023年完成A轮融资。")] == [
        ("星河科技", "a")
    ]


# --- session 35 ---


def test_event_rules_zh_round_owner_before_de_when_the_name_recurs() -> None:
    """ "絮還纖維的A輪在2023年秋天完成": the name before 的 owns the round when the text names
    it again; a date's tail ("同年秋天的A轮") or a section heading ("## 下修的C輪") does not."""
    text = (
        "絮還纖維做的是舊衣回收。絮還纖維的A輪在2023年秋天完成，由丸暉創投領投，募得新台幣1.2億元。"
    )
    assert _events(text) == [("絮還纖維", "a", Decimal("120000000"), [("丸暉創投", "lead")])]
    later = "镜衡智能做工业质检。同年秋天的A轮由鸿栖资本领投，秋天是旺季。"
    assert all(company != "秋天" for company, *_ in _events(later))
    heading = "## 下修的C輪\n\n下修是常態。B輪之後，市場急速轉冷。"
    assert all(company != "下修" for company, *_ in _events(heading))


def test_event_rules_en_company_named_by_its_relation_then_by_name() -> None:
    """ "One of Kulaa's largest clients, the supermarket chain Ikorodu Fresh, closed": the
    name after the relation raised, not the company the relation points to."""
    text = (
        "Kulaa sells cold rooms. One of Kulaa's largest clients, the supermarket chain Ikorodu "
        "Fresh, closed a ₦4.5 billion Series B in August led by Lekki Growth Fund."
    )
    assert _events(text) == [
        ("Ikorodu Fresh", "b", Decimal("4500000000"), [("Lekki Growth Fund", "lead")])
    ]


def test_event_rules_zh_bold_label_is_the_topic_of_the_next_sentence() -> None:
    """ "**檸渡健康** | 香港的…開發商。該公司…完成": the bold label, then a description, then a
    pronoun subject."""
    for bar in (" | ", "："):
        text = (
            f"**檸渡健康**{bar}香港的慢性病管理應用程式開發商。"
            "該公司昨日公布完成1,000萬美元Pre-A輪融資，由沚蘭資本領投。"
        )
        assert _events(text) == [("檸渡健康", "pre-a", Decimal("10000000"), [("沚蘭資本", "lead")])]


def test_event_rules_zh_description_subject_stands_for_the_heading_name() -> None:
    """ "**霂遠航運科技**\\n新加坡的航運碳排追蹤平台，7月10日完成": the description, never
    repeated, is the company its bold heading names."""
    text = (
        "**霂遠航運科技**\n新加坡的航運碳排追蹤平台，7月10日完成3,000萬美元B輪融資，"
        "由Sable Quay Partners領投。\n\n**芃芃寵物**\n台北的寵物鮮食訂閱品牌，宣布由日本食品商收購。"
    )
    assert _events(text) == [
        ("霂遠航運科技", "b", Decimal("30000000"), [("Sable Quay Partners", "lead")])
    ]


def test_event_rules_zh_parenthesis_inside_the_descriptor() -> None:
    """ "專攻企業AI代理（AI Agent）的新創霽帆數據（Jifan Data）": the first parenthesis explains
    the descriptor; the name and its English alias follow the 的."""
    text = (
        "專攻企業AI代理（AI Agent）的新創霽帆數據（Jifan Data）完成4億美元C輪融資，"
        "由Tollcraig Growth領投。"
    )
    result = extract(text, published=PUBLISHED, use_model=False)
    assert [(e.company.name, e.company.aliases) for e in result.events] == [
        ("霽帆數據", ["Jifan Data"])
    ]


def test_event_rules_zh_valuation_cut_from_an_earlier_figure() -> None:
    """ "投后估值由上一轮的50亿元下调至35亿元": a fall arrives at this round's figure; the one
    after 由 (a few words of its round between) is the earlier round's."""
    for text in (
        "澄镜智驾宣布完成5亿元D轮融资。知情人士透露，本轮投后估值由上一轮的50亿元下调至35亿元。",
        "澄鏡智駕完成5億元D輪募資，投後估值由50億元下修至35億元。",
    ):
        result = extract(text, published=PUBLISHED, use_model=False)
        valuations = [
            (e.valuation.amount.value, e.valuation.basis) for e in result.events if e.valuation
        ]
        assert valuations == [(Decimal("3500000000"), "post")]


def test_event_rules_zh_described_latin_investor_and_current_investors() -> None:
    """ "日本风投Sakura Gate Capital", "首尔本地加速器Dolmaru Launchpad": the description goes;
    "现有投资者Ginkgo Bridge" is an existing investor."""
    text = (
        "Tsuzumi Works完成15亿日元B轮融资，由日本风投Sakura Gate Capital领投，"
        "现有投资者Ginkgo Bridge跟投。"
    )
    assert _events(text) == [
        (
            "Tsuzumi Works",
            "b",
            Decimal("1500000000"),
            [("Sakura Gate Capital", "lead"), ("Ginkgo Bridge", "existing")],
        )
    ]
    accelerator = "Nabi Dock完成10亿韩元种子轮融资，投资方为首尔本地加速器Dolmaru Launchpad。"
    assert _events(accelerator)[0][3] == [("Dolmaru Launchpad", "participant")]


def test_event_rules_zh_quoted_name_with_a_number_is_no_date() -> None:
    """ "“11号仓”", "「田間2號」": a name with 号 in it, not the 11th of the month."""
    assert [
        e[:3]
        for e in _events("跨境电商海外仓服务商“11号仓”完成数千万元Pre-A轮融资，由溯觅资本领投。")
    ] == [("11号仓", "pre-a", None)]
    assert [e[:2] for e in _events("農業科技新創「田間2號」完成新台幣1,200萬元天使輪。")] == [
        ("田間2號", "angel")
    ]
    assert _dated("星河科技11号完成A轮融资。") == [("a", "2025-08-11")]  # the 11th before 9-03


def test_event_rules_zh_since_a_round_and_function_words_are_no_companies() -> None:
    """ "懷石自A輪即領投瞳岸生醫": since the A round, no round of 懷石; "公司并未披露A轮的估值"
    names no company 并未."""
    text = (
        "瞳岸生醫完成新台幣3億元B輪募資，由懷石創投領投。"
        "懷石創投合夥人表示：「懷石自A輪即領投瞳岸生醫，這一次持續加碼。」"
    )
    assert [e[:2] for e in _events(text)] == [("瞳岸生醫", "b")]
    denied = (
        "霂川储能完成Pre-B轮融资，投后估值9.5亿元，较A轮提升近三倍，不过公司并未披露A轮的具体估值。"
    )
    assert all(company != "并未" for company, *_ in _events(denied))


def test_event_rules_en_possessive_before_a_firm_name_is_its_home() -> None:
    """ "Lisbon's Perola Capital": any one word's possessive before a firm name with a firm's
    suffix is where it is from (the place list need not know Lisbon)."""
    text = (
        "Brennwerk raised a €40 million Series C. Existing backer Kramm Industriebeteiligung "
        "led the round, and Lisbon's Perola Capital joined as a new investor."
    )
    assert _events(text)[0][3] == [
        ("Kramm Industriebeteiligung", "lead"),
        ("Perola Capital", "participant"),
    ]


def test_event_rules_en_time_opening_before_a_pronoun_backer_is_no_name() -> None:
    """ "Earlier this month it led": the time phrase opens the clause; "Earlier" is no firm."""
    text = (
        "Kivuli Partners closed its third fund. Earlier this month it led the $14 million "
        "Series A of Mawimbi Logistics, a Mombasa company."
    )
    assert all(name != "Earlier" for *_, investors in _events(text) for name, _ in investors)


def test_event_rules_en_total_raised_and_a_past_valuation_are_not_the_amount() -> None:
    """ "The total raised by those 17 was $4.6 billion" is a sector's total; "the $640 million
    it was valued at in its Series B" is that round's valuation, not its raise."""
    text = (
        "The total raised by those 17 was $4.6 billion.\n\n"
        "Quillomatic is in talks to raise about $250 million in a Series C led by Redhollow "
        "Partners. That would be more than triple the $640 million it was valued at in its "
        "Series B last spring."
    )
    result = extract(text, published=PUBLISHED, use_model=False)
    rows = [
        (
            e.round,
            e.amount.value if e.amount else None,
            e.valuation.amount.value if e.valuation else None,
        )
        for e in result.events
    ]
    assert rows == [("c", Decimal("250000000"), None), ("b", None, Decimal("640000000"))]


def test_event_rules_zh_kind_of_investor_before_a_firm_name() -> None:
    """ "私募基金碧嵐資本", "新投資者海匯基金": the kind of investor comes off the firm's name;
    a name with 企业 in it ("國家中小企業發展基金") keeps it all."""
    text = (
        "肉球診所完成一億二千萬港元C輪融資，由私募基金碧嵐資本領投，"
        "新投資者海匯基金及國家中小企業發展基金跟投。"
    )
    assert [name for name, _ in _events(text)[0][3]] == [
        "碧嵐資本",
        "海匯基金",
        "國家中小企業發展基金",
    ]


# --- session 36 ---


def test_event_rules_en_the_company_said_after_a_list_is_no_investor() -> None:
    """ "co-led by A and B, the Chicago company said": the attribution's subject is a
    description of the funded company, not a third lead."""
    text = (
        "On February 27, 2026, Pastura Foods closed a $55 million Series B co-led by Aldous "
        "Park Capital and Summerhall Partners, the Chicago company said in a statement."
    )
    assert _with_investors(text) == [
        (
            "Pastura Foods",
            "b",
            [("Aldous Park Capital", "lead"), ("Summerhall Partners", "lead")],
        )
    ]


def test_event_rules_zh_where_an_investor_is_from_is_not_its_name() -> None:
    """ "新加坡瑞格資本", "日商三森創投", "本地家族辦公室昇輝資本": a country, a firm's
    nationality or a local kind of investor before the name; "舊股東" marks an existing one."""
    text = (
        "匯舟支付完成1.5億港元B輪集資，由新加坡瑞格資本領投，日商三森創投、"
        "本地家族辦公室昇輝資本跟投，舊股東星築創投亦繼續加碼。"
    )
    assert _with_investors(text)[0][2] == [
        ("瑞格資本", "lead"),
        ("三森創投", "participant"),
        ("昇輝資本", "participant"),
        ("星築創投", "existing"),
    ]


@pytest.mark.parametrize(
    "note",
    ["（除另有註明外，金額皆以新台幣計）", "（本欄金額除特別註明外，均為新台幣）"],
)
def test_event_rules_zh_hant_currency_note_word_orders(note: str) -> None:
    """The note's noun may come before the adverb and 以, or scope and noun before the opener:
    either way every bare 元 of the text is in the currency it names."""
    text = (
        f"# 本週新創募資一覽\n\n{note}\n\n## 藥師雲\n\n藥師雲完成8,000萬元Pre-A輪，由晴嵐創投領投。"
    )
    assert [c for _, c in _money_currencies(text)] == ["TWD"]


def test_event_rules_zh_hant_title_bare_yuan_does_not_hide_a_taiwan_text() -> None:
    """A title's bare "約33億元" is not the text's first word on its currency: the body's first
    "新台幣" is, so a later section's bare 元 is New Taiwan dollars too (and the title's, read
    in the item that names 新台幣)."""
    text = (
        "# 7月新創募資盤點：13輪、約33億元\n\n"
        "7 月台灣新創共揭露 13 輪募資，金額合計約新台幣 33 億元。\n\n"
        "## 觀察二\n\n順流水務 B 輪 5.2 億元，由滄瀾創投領投。"
    )
    assert [c for _, c in _money_currencies(text)] == ["TWD", "TWD", "TWD"]


def test_event_rules_a_table_under_a_month_heading_dates_its_rows() -> None:
    """A markdown table under "## I. TOP10 financing events in October" dates each row by the
    heading's month (like a numbered list); the commentary's "closed on October 14" refines the
    row it tells again to the day."""
    text = (
        "October 2025 Hard Technology Financing Monthly Report\n\n"
        "In October a total of 412 financing events occurred.\n\n"
        "## I. TOP10 financing events in October\n\n"
        "| Company | Round | Amount | Investors |\n"
        "| --- | --- | --- | --- |\n"
        "| Luanxing Aerospace | C round | 2.5 billion yuan | Guozhan Investment (lead) |\n"
        "| Linjue Semiconductor | B+ round | 1.8 billion yuan | Zhongxie Fund (lead) |\n\n"
        "## II. Commentary\n\n"
        "Luanxing Aerospace closed its C round on October 14.\n"
    )
    events = extract(text, published="2025-11-03", use_model=False).events
    assert [(e.company.name, e.date and (e.date.value, e.date.precision)) for e in events] == [
        ("Luanxing Aerospace", ("2025-10-14", "day")),
        ("Linjue Semiconductor", ("2025-10", "month")),
    ]


def test_event_rules_zh_press_release_dateline_with_taiwan_spacing() -> None:
    """ "（台北，2026 年 1 月 20 日）" opens a press release: a dateline, never the subject."""
    text = (
        "（台北，2026 年 1 月 20 日）職場心理健康平台心象科技股份有限公司（Moodbit Inc.）"
        "今日宣布完成新台幣 1.6 億元 A 輪募資，由霽岳創投領投。"
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("心象科技股份有限公司", "a")]


def test_event_rules_zh_counted_deals_are_a_statistic() -> None:
    """ "还发生2起并购和1起上市公司定增": a count of deals names no round; "拿到第一笔种子轮"
    and "与甲一起参与A轮" are one round each."""
    assert _events("此外，10月AI领域还发生2起并购和3起上市公司定增，均未计入本文统计。") == []
    text = "2022年，轨域拿到第一笔种子轮资金3,000万元，投资人为天璇天使基金。"
    assert [(e[0], e[1]) for e in _events(text)] == [("轨域", "seed")]


def test_event_rules_en_it_after_a_bold_newsletter_name() -> None:
    """ "**Kvitto** (Stockholm), whose app …, says … It has raised …": "It" is the bold name
    opening the sentence before, not the company of the item above."""
    text = (
        "**Ruuvik** (Oulu) raised a €3 million seed round.\n\n"
        "**Kvitto** (Stockholm), whose app turns receipts into warranty records, says it has "
        "1.4 million users. It has raised SEK 150 million in a Series B led by Aurlind Capital."
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("Ruuvik", "seed"), ("Kvitto", "b")]


def test_event_rules_en_an_amount_led_by_a_firm_is_a_round() -> None:
    """ "secured €4.5m led by Castellana Ventures": no round word, but a lead makes it one."""
    text = (
        "**Zapatilla Club** (Madrid), a sneaker resale marketplace, secured €4.5m led by "
        "Castellana Ventures."
    )
    assert _events(text) == [
        ("Zapatilla Club", None, Decimal("4500000"), [("Castellana Ventures", "lead")])
    ]


# --- session 37 ---


def test_event_rules_zh_announcer_leads_in_the_next_clause() -> None:
    """ "甲近日宣布，领投乙A轮": the announcer is the lead, the company follows the verb; past a
    reporter's tag and before the day ("昨（9）日宣布") the announcer's name ends."""
    assert _with_investors("红杉中国近日宣布，领投星河科技A轮融资。", PUBLISHED) == [
        ("星河科技", "a", [("红杉中国", "lead")])
    ]
    text = (
        "【記者范姜承恩／台北報導】美國太空產業基金Apogee Orbit Partners昨（9）日宣布，"
        "領投台灣低軌衛星地面站天線業者天環通訊（Skyloop）A輪募資。"
    )
    [(company, round_, investors)] = _with_investors(text, PUBLISHED)
    assert (company, round_) == ("天環通訊", "a")
    assert [role for _, role in investors] == ["lead"]
    assert investors[0][0].endswith("Apogee Orbit Partners")
    # "宣布，领投方为…": a role noun, not the announcer's own backing.
    assert _with_investors("星河科技近日宣布，领投方为高瓴，本轮融资金额1亿元。", PUBLISHED) == [
        ("星河科技", None, [("高瓴", "lead")])
    ]


def test_event_rules_zh_existing_holder_adds_pro_rata() -> None:
    """ "既有股東雲程創投也按持股比例加碼": an existing holder; "加码" alone after a noun is not a
    cue ("公司将加码研发")."""
    text = "星河科技完成A轮融资，红杉领投，既有股東雲程創投也按持股比例加碼。"
    assert _with_investors(text, PUBLISHED) == [
        ("星河科技", "a", [("红杉", "lead"), ("雲程創投", "existing")])
    ]
    text = "公司将加码研发，星河科技完成A轮融资，红杉领投。"
    assert _with_investors(text, PUBLISHED) == [("星河科技", "a", [("红杉", "lead")])]


def test_event_rules_zh_adverbs_closing_a_subject() -> None:
    """ "天環通訊證實已完成", "天環通訊過去曾完成": the verb of saying and 過去 close the name;
    "過去一年先後完成" keeps no junk subject."""
    assert [e[0] for e in _events("天環通訊證實已完成3,200萬美元A輪，由雲程創投領投。")] == [
        "天環通訊"
    ]
    text = "天環通訊過去曾完成天使輪募資，金額約5,000萬元，由雲程創投投資。"
    assert [e[0] for e in _events(text)] == ["天環通訊"]


def test_event_rules_en_adverb_between_name_and_verb() -> None:
    """ "Ostia previously raised a £12m Series A": the adverb does not hide the subject, even
    when another company opened the section."""
    text = (
        "**Medirra** (Berlin) raised €15m in a Series A.\n\n"
        "**Ostia Therapeutics** (Cambridge, UK) closed a £48 million Series B led by Fenwick "
        "Hart Life Sciences. Ostia previously raised a £12m Series A in 2023."
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("Medirra", "a", Decimal("15000000")),
        ("Ostia Therapeutics", "b", Decimal("48000000")),
        ("Ostia", "a", Decimal("12000000")),
    ]


def test_event_rules_en_money_added_to_a_round_is_its_extension() -> None:
    """ "added $14 million to its Series A" tops the round up: an A+ (docs/rounds.md), the
    same event as a headline's "tops up its Series A"; a plain raise stays an A."""
    text = (
        "Hexfold, which makes inspection drones, added $14 million to its Series A, bringing "
        "the round's total to $36 million."
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [("Hexfold", "a+", Decimal("14000000"))]
    assert [e[1] for e in _events("Hexfold raised a $14 million Series A.")] == ["a"]


def test_event_rules_en_translated_round_of_company_as_subject() -> None:
    """ "The A round of Rongque Chips of 650 million yuan is led by …": machine-translated
    English names the company after the round its sentence opens with."""
    text = (
        "Linjue Semiconductor completed the B+ round financing of 1.8 billion yuan in October. "
        "The A round of Rongque Chips of 650 million yuan is led by Guoshuo Venture Capital."
    )
    assert _with_investors(text, PUBLISHED) == [
        ("Linjue Semiconductor", "b+", []),
        ("Rongque Chips", "a", [("Guoshuo Venture Capital", "lead")]),
    ]
    # "The Series B of March": a date after "of" names no company.
    text = "Linjue Semiconductor raised $9 million. The Series B of March was led by Jade Fund."
    assert [e[0] for e in _events(text)] == ["Linjue Semiconductor"]


def test_event_rules_en_bold_names_in_a_newsletter_item() -> None:
    """ "**Marrowgate Capital** led a $6.5M seed round in **tallywise**": the bold name after
    "in" is the company (of any case); "**Sunhollow**'s Series A" is the bold name's round;
    "**Blackthorn Oak** has led": the bold subject is the lead."""
    text = (
        "**Marrowgate Capital** led a $6.5M seed round in **tallywise**, which does the "
        "bookkeeping for small businesses. Tinderbox joined."
    )
    assert _with_investors(text, PUBLISHED) == [
        ("tallywise", "seed", [("Marrowgate Capital", "lead"), ("Tinderbox", "participant")])
    ]
    text = "**Blackthorn Oak** has led a $25M Series A in **vectorfold**, a vector database."
    assert _with_investors(text, PUBLISHED) == [("vectorfold", "a", [("Blackthorn Oak", "lead")])]
    text = (
        "**Sunhollow**'s Series A was led by Arkwright Climate, with Moyo Ventures participating."
    )
    assert _with_investors(text, PUBLISHED) == [
        ("Sunhollow", "a", [("Arkwright Climate", "lead"), ("Moyo Ventures", "participant")])
    ]


def test_event_rules_en_seed_extension_is_seed_plus() -> None:
    """ "an extension of its seed round", "a seed extension": seed+ (docs/rounds.md)."""
    text = "**Tern Thermal** raised $3.2M as an extension of its seed round, from Halcyon Works."
    assert [(e[0], e[1]) for e in _events(text)] == [("Tern Thermal", "seed+")]
    assert [e[1] for e in _events("Foo closed a $2M seed extension led by Bar Ventures.")] == [
        "seed+"
    ]
    assert [e[1] for e in _events("Foo raised a $2M seed round led by Bar Ventures.")] == ["seed"]


def test_event_rules_zh_round_before_which_is_a_point_in_time() -> None:
    """ "为了在A轮前把营收做起来": a round named as a time, not a round told."""
    text = "Lobbyist去年5月完成600萬美元種子輪，執行長表示延伸輪是為了在A輪前把東南亞營收做起來。"
    assert [e[1] for e in _events(text)] == ["seed"]


def test_event_rules_day_heading_dates_a_daily_digest() -> None:
    """ "## March 2 (Monday)" over numbered items dates each item that gives no date of its
    own; a heading that only names a day inside a headline does not, and "一周三笔" is no
    Wednesday."""
    text = (
        "# Weekly review\n\n## March 2 (Monday)\n\n"
        "1. Ruixin Micro completed the Pre-A round financing of tens of millions of yuan\n\n"
        "Ruixin Micro recently announced the completion of tens of millions of yuan Pre-A round "
        "financing, led by Lanyu Capital.\n\n"
        "## March 3 (Tuesday)\n\n"
        "2. Qingzhou Robot received 90 million yuan angel round financing\n\n"
        "Qingzhou Robot recently completed an angel round of 90 million yuan, exclusively "
        "invested by Mingxi Capital.\n"
    )
    assert _dated(text, "2026-03-08") == [("pre-a", "2026-03-02"), ("angel", "2026-03-03")]
    text = (
        "## 铁杉资本：一周三笔\n\n紧接着，铁杉资本又独家投资了新材料公司铁序新材数千万元的天使轮。"
    )
    assert _dated(text, "2025-06-20") == [("angel", "2025-06-20")]


def test_event_rules_zh_investor_list_piece_opening_with_a_join_character() -> None:
    """ "由菱角资本领投，同行资本跟投": 同 opening a piece is the name's, not a join."""
    text = "珊瑚云完成3000万元Pre-A轮融资，由菱角资本领投，同行资本跟投。"
    assert _with_investors(text, PUBLISHED) == [
        ("珊瑚云", "pre-a", [("菱角资本", "lead"), ("同行资本", "participant")])
    ]


def test_event_rules_zh_investor_first_later_clause_names_its_company() -> None:
    """ "……；月中，又与乙共同领投丙的2,200万美元B轮": the verb before the later round names its
    company, though the amount's comma stands between 的 and the round."""
    text = (
        "5日，它領投資料標註平台「標點符號」新台幣9,000萬元的A輪，松鼠資本跟投；月中，又與新加坡的"
        "Meridian Deep Tech共同領投邊緣AI晶片新創Nanofjord的2,200萬美元B輪。"
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("標點符號", "a"), ("Nanofjord", "b")]


def test_event_rules_zh_investor_subject_of_the_clause_before() -> None:
    """ "石蓮資本，本月領投……": a lead cue whose clause holds only a time word is the
    institution closing the clause before; "以跟投方身分參與" names the role, not a list."""
    text = (
        "以消費醫療見長的石蓮資本，本月領投經期追蹤App「月事學」新台幣5,000萬元Pre-A輪，"
        "同輪還有瑞士的Edelweiss Femtech Fund參與。"
    )
    assert _with_investors(text, PUBLISHED) == [
        ("月事學", "pre-a", [("石蓮資本", "lead"), ("Edelweiss Femtech Fund", "participant")])
    ]
    text = "本月石蓮也以跟投方身分參與了寵物保險新創汪喵保的A輪，該輪由Pawlife Capital領投。"
    assert _with_investors(text, PUBLISHED) == [
        ("汪喵保", "a", [("石蓮", "participant"), ("Pawlife Capital", "lead")])
    ]


def test_event_rules_zh_fund_set_up_is_no_round() -> None:
    """ "宣布设立一支……专项基金，首期已完成4亿元募集": the firm's own fund, not a round."""
    assert _events("罗盘资本宣布设立一支规模10亿元的具身智能专项基金，首期已完成4亿元募集。") == []


# --- session 38 ---


def test_event_rules_zh_subject_of_a_profile_clause() -> None:
    """ "轨九航天专注于……，此前曾在2023年获得……的A轮投资", "菌言科技做的是……，7月宣布完成": the
    name before the verb saying what the company does is the later round clause's subject, not
    the item's first company."""
    text = (
        "6月16日，铁杉资本领投了工业仿真软件公司「九宫格科技」的A轮融资。\n\n"
        "轨九航天专注于可重复使用液体火箭发动机的研制，此前曾在2023年获得铁杉资本领投的A轮投资。"
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("九宫格科技", "a"), ("轨九航天", "a")]
    text = (
        "禾酵生物今年完成3.6亿元B轮融资。\n\n"
        "菌言科技做的是饲料和洗涤用酶，7月宣布完成近亿元Pre-B轮融资，投资方为山屿资本。"
    )
    assert [(e[0], e[1]) for e in _events(text)][-1] == ("菌言科技", "pre-b")
    # "工业仿真软件开发商澜栖科技": 开发 inside a maker's noun opens no profile clause.
    text = (
        "工业仿真软件开发商澜栖科技（苏州澜栖数智科技有限公司）透露，公司已于国庆节前完成亿元级"
        "A轮融资，由朔禾资本领投。澜栖科技成立于2021年。"
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("澜栖科技", "a")]


def test_event_rules_zh_listed_company_joins_a_capital_increase() -> None:
    """ "瑞楠股份拟5000万元参与岷川新材增资": the funded company is the object, the filer an
    investor, and its own stake (in the headline and the body) is not the round's size."""
    text = (
        "6.【瑞楠股份拟5000万元参与岷川新材增资】瑞楠股份公告称，公司拟以自有资金5000万元认购"
        "岷川新材新增注册资本，增资完成后将持有岷川新材约6.25%的股权。"
    )
    assert _events(text) == [("岷川新材", None, None, [("瑞楠股份", "participant")])]
    text = (
        "**10:21 【沪嘉精密：拟出资8000万元增资入股鲸电能源】**\n"
        "财联社4月17日电，沪嘉精密公告，公司拟以自有资金8000万元对储能企业鲸电能源进行增资。"
    )
    assert _events(text) == [("鲸电能源", None, None, [("沪嘉精密", "participant")])]
    # A parent funding its own subsidiary is no round.
    assert _events("峄阳股份公告，公司拟向全资子公司峄阳新能源增资5亿元。") == []


def test_event_rules_en_the_company_is_the_previous_sentence_subject() -> None:
    """ "Quiverly makes payroll software. The company raised …": "the company" is the name the
    sentence before opens with, across a paragraph break and past a possessive opening."""
    text = "Quiverly makes payroll software. The company raised a $1.8 million seed round in 2018."
    assert [(e[0], e[1]) for e in _events(text)] == [("Quiverly", "seed")]
    text = (
        "Quiverly's path to an exit follows a familiar pattern.\n\n"
        "The company raised a $1.8 million seed round in 2018 led by Skua Point Capital."
    )
    assert _events(text) == [
        ("Quiverly", "seed", Decimal("1800000"), [("Skua Point Capital", "lead")])
    ]


def test_event_rules_en_founder_we_is_not_the_hosts_news() -> None:
    """A podcast host's news opens the episode; the guest's "we raised our seed" is the
    guest's company, not the one the host's news told first."""
    text = (
        "PRIYA: Trelawny Heat closed a $45 million Series C last month. Tamarack Row led it.\n\n"
        "PRIYA: Tomasz Rzepka is the co-founder and CEO of Piecyk Energy, which builds heat "
        "pumps.\n\n"
        "TOMASZ: Then we raised our seed from two angels in 2019, about $600,000 between them."
    )
    assert [(e[0], e[1]) for e in _events(text)] == [
        ("Trelawny Heat", "c"),
        ("Piecyk Energy", "seed"),
    ]


# --- session 39 ---


def test_event_rules_reported_word_before_an_adverb_is_no_part_of_an_investor() -> None:
    """ "泮衡資本據悉也將跟投": the name ends at the adverb, and 據悉 before it goes too."""
    text = "星河科技正洽談C輪募資，擬募集7,000萬美元，由甲資本領投，現有股東泮衡資本據悉也將按持股比例跟投。"
    assert _with_investors(text) == [
        ("星河科技", "c", [("甲資本", "lead"), ("泮衡資本", "existing")])
    ]


def test_event_rules_zh_feature_section_round_subject_is_the_story_company() -> None:
    """A feature's section names no company: "最早的種子輪是2018年" and a quoted "領投它的A輪"
    followed by a quoted question are the story's rounds."""
    text = (
        "# 硯波智能估值即將翻倍\n\n"
        "也就在那個冬天，硯波智能完成了2,500萬美元的B輪，由泮衡資本領投。\n\n"
        "## 創辦人：一張借來的顯示卡\n\n"
        "他休學創業。最早的種子輪是2018年，新台幣1,200萬元，出資者是他的指導教授與兩位學長。\n\n"
        "## 投資人：「他們只有一個客戶」\n\n"
        "「我們在2020年領投它的A輪，新台幣3億元，投前估值新台幣9億元，」她說，"
        "「投資委員會問我，一個客戶的公司憑什麼值9億？」"
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("硯波智能", "b", Decimal("25000000")),
        ("硯波智能", "seed", Decimal("12000000")),
        ("硯波智能", "a", Decimal("300000000")),
    ]


def test_event_rules_zh_pronoun_after_a_clause_is_that_clauses_company() -> None:
    """ "晶還循環本輪估值達到新台幣10億元，是其2022年天使輪時……": 其 is the company the sentence
    named, not the first company of the paragraph."""
    text = (
        "焰石儲能9月完成1,800萬美元B輪。太陽能板回收商晶還循環8月獲聚昶光電新台幣1.5億元的策略投資。"
        "晶還循環本輪估值達到新台幣10億元，是其2022年天使輪時新台幣2億元估值的五倍。"
    )
    assert _rows(text) == [("焰石儲能", "b"), ("晶還循環", "strategic"), ("晶還循環", "angel")]


def test_event_rules_zh_section_heading_name_is_the_sections_company() -> None:
    """ "## 絮還纖維：「我們領投了天使輪」" names the section's company when the section names it
    again; an investor's heading ("## 赤兔创投：参投…") does not."""
    text = (
        "## 絮還纖維：「我們領投了天使輪」\n\n"
        "溫若霖說，絮還纖維做的是舊衣回收。「我們2021年領投了它的天使輪，新台幣1,500萬元。」"
    )
    assert _rows(text) == [("絮還纖維", "angel")]
    text = (
        "## 赤兔创投：参投竹蜻蜓机器人B轮\n\n"
        "赤兔创投参与了竹蜻蜓机器人的2亿元B轮融资。本轮由罗盘资本领投，赤兔创投、清沅资本跟投。"
    )
    assert _rows(text) == [("竹蜻蜓机器人", "b")]


def test_event_rules_zh_trade_description_before_an_investor_name() -> None:
    """ "上市會計軟體商會昇資訊": a trade description, then the investor's name."""
    text = "霽碳科技完成新台幣2.4億元A輪募資，由晨樞創投領投，上市會計軟體商會昇資訊跟投。"
    assert _with_investors(text) == [
        ("霽碳科技", "a", [("晨樞創投", "lead"), ("會昇資訊", "participant")])
    ]


def test_event_rules_zh_history_table_caption_names_the_company() -> None:
    """A box of one company's rounds: the caption names the company, the rows do not; 續投
    marks an existing investor, 創辦人親友 is no name."""
    text = (
        "巢動科技在桃園設有組裝廠。\n\n"
        "│【巢動科技 歷年募資一覽】\n"
        "│・2018年6月｜種子輪｜新台幣800萬元｜創辦人親友、橙果天使會\n"
        "│・2022年8月｜A輪｜600萬美元｜遠嵐創投（領投）、嘉航物流（續投）\n"
    )
    assert _with_investors(text) == [
        ("巢動科技", "seed", [("橙果天使會", "participant")]),
        ("巢動科技", "a", [("遠嵐創投", "lead"), ("嘉航物流", "existing")]),
    ]


def test_event_rules_digest_items_in_two_scripts_stay_apart() -> None:
    """ "**Otterly**：…A轮" and a later "**白噪音科技**：…A轮" are two companies' rounds: only a
    retelling right after the item is the same round in the other script."""
    text = (
        "**Otterly**：AI编程助手Otterly 1月6日宣布完成2000万美元A轮融资，Beacon Ridge Ventures领投。\n\n"
        "**三号仓**：前置仓服务商三号仓上周三完成1.5亿元B轮融资，投资方为瓦窑资本。\n\n"
        "**水榭资本**：早期投资机构水榭资本宣布完成人民币二期基金首次关账，首关规模15亿元。\n\n"
        "**白噪音科技**：睡眠健康硬件品牌白噪音科技1月10日宣布完成近亿元A轮融资，由影壁资本独家投资。"
    )
    assert _rows(text, "2026-01-12") == [("Otterly", "a"), ("三号仓", "b"), ("白噪音科技", "a")]


def test_event_rules_zh_monthly_statistics_are_no_rounds() -> None:
    """A monthly review's counts, averages and stage shares report no round; the largest deal
    it names ("单笔金额最大的是极穹半导体的15亿元C轮融资") is that company's."""
    text = (
        "10月，国内一级市场共披露融资事件386起；已披露融资总额约512亿元。在386起事件中，"
        "有331起披露了具体金额，单笔平均融资金额约1.55亿元，中位数约4000万元。从轮次看，"
        "B轮至C轮占比27%，D轮及以后与战略融资合计占比15%。亿元及以上的大额融资共67起，"
        "其中单笔金额最大的是极穹半导体的15亿元C轮融资。\n\n"
        "1. 极穹半导体完成15亿元C轮融资，国芯远景基金领投。"
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("极穹半导体", "c", Decimal("1500000000"))
    ]


def test_event_rules_zh_list_closing_with_existing_investors() -> None:
    """ "北潼资本、沧屿资本等老股东悉数跟投": the whole list is existing investors; a list ends
    before "资金用于"."""
    text = (
        "络石循环完成3亿元B+轮融资。本轮由中堰新能源基金领投，北潼资本、沧屿资本等老股东悉数跟投。"
    )
    assert _with_investors(text) == [
        (
            "络石循环",
            "b+",
            [("中堰新能源基金", "lead"), ("北潼资本", "existing"), ("沧屿资本", "existing")],
        )
    ]
    text = "凌霄低空完成5亿元B+轮融资，投资方包括合肥滨湖科创基金、锦川资本，资金用于无人运输机的适航取证。"
    assert _with_investors(text)[0][2] == [
        ("合肥滨湖科创基金", "participant"),
        ("锦川资本", "participant"),
    ]


def test_event_rules_zh_subject_of_a_later_clause() -> None:
    """ "南灣天使會……共同投資新台幣1,200萬元，蝦米智能就此完成天使輪": the company opens the
    clause with the status verb."""
    text = (
        "藍棚生技去年8月完成新台幣8,000萬元Pre-A輪。蝦米智能則走另一條路。在地的南灣天使會聽過簡報後，"
        "與天使投資人何家豪共同投資新台幣1,200萬元，蝦米智能就此完成天使輪。"
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("藍棚生技", "pre-a", Decimal("80000000")),
        ("蝦米智能", "angel", Decimal("12000000")),
    ]


def test_event_rules_zh_milestone_list_under_a_caption() -> None:
    """ "【蝦米智能大事記】" over lines "2021年3月　Pre-A輪，新台幣5,000萬元（鯨嶼創投領投）"."""
    text = (
        "養殖戶說，它講得準，我就繼續付錢。\n\n"
        "【蝦米智能大事記】\n"
        "2018年　於屏東林邊成立\n"
        "2021年3月　Pre-A輪，新台幣5,000萬元（鯨嶼創投領投）\n"
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("蝦米智能", "pre-a", Decimal("50000000"))
    ]


def test_event_rules_zh_strategic_investment_inside_a_name_or_a_kind() -> None:
    """ "由高屏策略投資獨家投資" names a firm and "策略投資人" a kind of investor: neither is
    a strategic round."""
    text = "藍棚生技去年8月完成新台幣8,000萬元Pre-A輪，由高屏策略投資獨家投資。"
    assert _rows(text) == [("藍棚生技", "pre-a")]
    text = "節拍器科技完成新台幣3億元B輪。公司表示不排除引進更多國際策略投資人。"
    assert _rows(text) == [("節拍器科技", "b")]


# --- session 40 ---


def test_event_rules_en_company_adding_money_to_its_own_round() -> None:
    """ "Packaged-atta maker **Chakki Foods** added ₹45 crore to its Series A": the company adds
    to its own round (an A+); "taking the total Series A to ₹110 crore" is no round of its own;
    backers who add money ("Northwold and Pellow added $18 million") are not the company."""
    text = (
        "Packaged-atta maker **Chakki Foods** added ₹45 crore to its Series A in an extension led "
        "by Jamun Street Capital, taking the total Series A to ₹110 crore."
    )
    assert _events(text) == [
        ("Chakki Foods", "a+", Decimal("450000000"), [("Jamun Street Capital", "lead")])
    ]
    text = "A year later, Northwold and Pellow added $18 million in a Series A extension."
    assert [e[0] for e in _events(text)] == []


def test_event_rules_en_translated_adverb_before_the_verb() -> None:
    """ "Kexing Power successively completed Pre-A and Pre-A+ round financing": a translated
    adverb stands between the name and the verb."""
    text = "### 5. Kexing Power successively completed Pre-A and Pre-A+ round financing"
    assert _rows(text) == [("Kexing Power", "pre-a"), ("Kexing Power", "pre-a+")]


def test_event_rules_en_spotlight_part_holds_the_subject() -> None:
    """ "Outside AI, the standout was Menhir Robotics, …, which closed": the opening part sets
    the scene; the subject follows "the standout was"."""
    text = (
        "Outside AI, the standout was Menhir Robotics, the Pittsburgh maker of bricklaying "
        "machines, which closed a $400 million Series C in September led by Rookwood Capital."
    )
    assert _rows(text) == [("Menhir Robotics", "c")]


def test_event_rules_en_money_as_the_subject_of_a_story_sentence() -> None:
    """ "The first venture round followed in February 2020: a €3.2 million seed": the money is
    the subject, told of the story's company."""
    text = (
        "# Baterna plans a gigafactory\n\n"
        "Baterna has raised a €85 million Series C led by Tramontana Infra Partners.\n\n"
        "## Early days\n\n"
        "The first venture round followed in February 2020, weeks before the lockdown: a €3.2 "
        "million seed led by Sierra Alta Ventures."
    )
    assert _rows(text) == [("Baterna", "c"), ("Baterna", "seed")]


def test_event_rules_en_standfirst_names_the_story_company() -> None:
    """A title with no company, then a standfirst "*How molarity, the Amsterdam software company
    …*": the story's subjectless rounds are molarity's."""
    text = (
        "# The unicorn that went back to the dentist's chair\n\n"
        "*How molarity, the Amsterdam software company that runs dental practices, rode the "
        "boom*\n\n"
        "molarity sells booking software to dentists. By 2020 molarity had 2,000 customers.\n\n"
        "## The boom years\n\n"
        "The Series B arrived in March 2021. Bramhope Capital led a $40 million round."
    )
    assert _rows(text) == [("molarity", "b")]


def test_event_rules_en_market_size_and_project_investment_are_other_money() -> None:
    """ "The … market is expected to exceed 30 billion yuan", "a total investment of 2 billion
    yuan" in a release about a round: neither is an event's amount."""
    text = (
        "**Xinzhi Power completes B round**\n\n"
        "Xinzhi Power completed a 500 million yuan B round financing led by Chaohu Fund.\n\n"
        "**Investors: optimistic about SiC**\n\n"
        'A partner of Anhui Ruixing Capital said: "The SiC power module market is expected to '
        "exceed 30 billion yuan in 2027. We are very pleased to participate in leading this "
        'round of investment."\n\n'
        "The second-phase project of Xinzhi Power, with a total investment of 2 billion yuan, "
        "is expected to start construction in 2025."
    )
    assert [(e[0], e[1], e[2]) for e in _events(text)] == [
        ("Xinzhi Power", "b", Decimal("500000000"))
    ]


def test_event_rules_fund_close_with_a_long_fund_description() -> None:
    """ "completed the final closing of the 2 billion yuan hard technology fund": a VC firm's
    fund, whatever the words between the close and the fund noun."""
    text = "**8. Qishan Capital completed the final closing of the 2 billion yuan hard technology fund**"
    assert _rows(text) == []


def test_event_rules_bare_retelling_in_a_later_section_is_the_same_round() -> None:
    """A press release's next bold section says "The completion of this round of financing will
    help the company …": no round, amount or date of its own, so no second event."""
    text = (
        "**Xinzhi Power completes B round**\n\n"
        "Xinzhi Power completed a 500 million yuan B round financing led by Chaohu Fund.\n\n"
        "**Chairman: take the opportunity of localization**\n\n"
        'Wang Hongtao, chairman of Xinzhi Power, said: "At present, the penetration rate is '
        "rising. The completion of this round of financing will help the company quickly release "
        'the production capacity of SiC modules."'
    )
    assert [(e[0], e[1]) for e in _events(text)] == [("Xinzhi Power", "b")]


def test_event_rules_zh_backer_adding_to_the_story_company() -> None:
    """ "鸣埙资本独家追加8000万元，完成A+轮融资": the backer adds money (and leads); the round is
    the story company's."""
    text = (
        "2021年3月，谷雨智能完成3000万元天使轮融资，由鸣埙资本领投。"
        "同年9月，鸣埙资本独家追加8000万元，完成A+轮融资。"
    )
    assert _events(text)[1] == ("谷雨智能", "a+", Decimal("80000000"), [("鸣埙资本", "lead")])


def test_event_rules_zh_bold_name_then_a_pointing_description() -> None:
    """ "**Pawtrail** 這款寵物健康App近日完成": a digest line's bold name, a description pointing
    back at it, then the verb."""
    text = (
        "**淬光能源**（Quench Cell）6月10日宣布完成4.2億元B輪募資，由信嶺創投領投。\n\n"
        "**Pawtrail** 這款寵物健康App近日完成150萬美元種子輪，由美國的Sparrowline Ventures獨家投資。"
    )
    assert _rows(text) == [("淬光能源", "b"), ("Pawtrail", "seed")]


def test_event_rules_zh_ba_clause_and_ipo_fundraising_are_no_rounds() -> None:
    """ "林谷雨把天使轮的大部分钱花在了……": the founder spends the round; "此次拟募资9.6亿元"
    after "首发申请": an IPO's fundraising."""
    text = "2021年3月，谷雨智能完成3000万元天使轮融资。那一年，林谷雨把天使轮的大部分钱花在了两件事上。"
    assert _rows(text) == [("谷雨智能", "angel")]
    text = (
        "昨日，深交所创业板上市委审议通过翼联新材的首发申请。翼联新材主营碳纤维复合材料，"
        "此次拟募资9.6亿元，2024年实现营收7.3亿元。"
    )
    assert _rows(text) == []


def test_event_rules_en_translated_digest_bold_name_then_description() -> None:
    """ "**Fuyu Pay** Hong Kong cross-border payment company yesterday announced …": a
    translated digest's bold name, then a description of it, is the item's company."""
    text = (
        "**Chunhe Biotech** completed HK$50 million Series A financing, by Kite Capital led "
        "investment.\n\n"
        "**Fuyu Pay** Hong Kong cross-border payment company yesterday announced completion of "
        "US$12 million Series A financing, among which Harbourmist Capital is the lead investor."
    )
    assert _events(text)[1] == (
        "Fuyu Pay",
        "a",
        Decimal("12000000"),
        [("Harbourmist Capital", "lead")],
    )


def test_event_rules_en_translated_roles_and_descriptors() -> None:
    """Translated forms: "by X exclusive investment" and "by X led investment" (lead), "old
    shareholder Y intends to follow investment by proportion" (existing, the name ends before
    the verb), "the … robotics company Mingzhuo Robotics" (a descriptor before the name)."""
    text = (
        "Yuyan Language completed 10 million yuan Pre-A round financing, by Bamboo Grove "
        "Ventures exclusive investment."
    )
    assert _events(text)[0][3] == [("Bamboo Grove Ventures", "lead")]
    text = (
        "According to people familiar with the matter, the Shenzhen-Hong Kong robotics company "
        "Mingzhuo Robotics is negotiating new C round financing of up to US$40 million, old "
        "shareholder Yuehua Capital intends to follow investment by proportion."
    )
    assert _with_investors(text) == [("Mingzhuo Robotics", "c", [("Yuehua Capital", "existing")])]


def test_event_rules_en_translated_day_in_brackets() -> None:
    """ "Hejing Agritech this (18) day announced": a translated 本(18)日 is the 18th of the
    publish month, and no part of the name."""
    text = (
        "3. Smart agriculture company Hejing Agritech this (18) day announced, completed Series A "
        "financing NT$200 million."
    )
    events = extract(text, published="2025-11-19", use_model=False).events
    assert [
        (e.company.name if e.company else None, e.date.value if e.date else None) for e in events
    ] == [("Hejing Agritech", "2025-11-18")]


def test_event_rules_zh_interview_pronoun_is_the_company_the_answer_described() -> None:
    """An investor's interview: "拾音做的是……。我們在2021年就跟投了它的種子輪" and "2023年它做
    A輪": "它" is the company the answer described last, never the question's words."""
    text = (
        "問：外界比較熟悉的案子是拾音？\n"
        "羅以琳：對。拾音做的是工廠設備的聲學異常偵測，用麥克風聽馬達的聲音。"
        "我們在2021年就跟投了它的種子輪，那一輪大概新台幣2000萬元。\n\n"
        "問：後來的A輪呢？\n"
        "羅以琳：2023年它做A輪，我們領投了，金額是新台幣1.6億元，投後估值8億。"
    )
    assert _rows(text) == [("拾音", "seed"), ("拾音", "a")]
