"""Language data files load and validate."""

from __future__ import annotations

import pytest

from vcextract import resources
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
