"""Language data files load and validate."""

from __future__ import annotations

import pytest

from vcextract import extract, resources
from vcextract.resources import en_events, zh_events


def test_resources_all_files_validate() -> None:
    assert "CNY" in resources.currencies()
    assert resources.units().zh["亿"] == 10**8
    assert resources.zh_money().qualifiers.prefix_meaning()["约"] == "approx"
    assert resources.en_money().vague["tens of millions"][0] == 10**7
    assert zh_events()["cues"]["lead"]
    assert en_events()["cues"]["lead"]


def test_resources_no_surface_form_names_two_currencies() -> None:
    seen: dict[str, str] = {}
    for code, forms in resources.currencies().items():
        for word in [*forms.symbols, *forms.zh, *forms.en, *forms.codes]:
            assert seen.setdefault(word.lower(), code) == code, word


def test_resources_bad_data_is_rejected() -> None:
    with pytest.raises(ValueError, match="single characters"):
        resources.Units.model_validate({"zh": {"万亿": "1"}, "en": {}})


def test_resources_bad_event_data_is_rejected() -> None:
    good = {
        "rounds": {},
        "cues": {"lead": ["领投"]},
        "company": {},
        "investors": {},
        "document": {},
    }
    assert resources._validated(good) is good
    with pytest.raises(ValueError, match="section"):
        resources._validated({"cues": {}})
    with pytest.raises(ValueError, match="non-empty strings"):
        resources._validated({**good, "cues": {"lead": ["领投", ""]}})
    with pytest.raises(ValueError, match="single characters"):
        resources._validated({**good, "cue_blockers": {"拟": ["虚拟"]}})


def test_a_blocked_cue_is_no_cue() -> None:
    # 虚拟 (virtual) holds 拟 (plans to): the subject is not cut at it.
    text = "做虚拟电厂聚合平台的电枢科技于10月9日完成Pre-A轮融资，金额5,000万元。"
    [event] = extract(text, use_model=False).events
    assert event.company.name == "电枢科技"
    assert event.status == "completed"
