"""Golden tests over the annotated corpus (docs/corpus.md).

One test per document: it passes when every field of every event is right. Documents that are
known to fail are listed in ``tests/data/corpus_known_failures.txt`` and run as strict xfails, so
a fix shows up as an XPASS that fails the run until the id is removed from the list
(``vcextract eval corpus --show-errors`` prints the current list).

The aggregate tests guard against regressions: per-field F1 may not drop below the floors.
The test split is measured here, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vcextract import extract
from vcextract.corpus import Document, gold_problems, iter_documents
from vcextract.evaluate import Report, evaluate, rules_only, score_document

from conftest import CORPUS, DATA

DOCUMENTS = list(iter_documents(CORPUS))
KNOWN_FAILURES = {
    line.split("#")[0].strip()
    for line in (DATA / "corpus_known_failures.txt").read_text(encoding="utf-8").splitlines()
} - {""}

# Floors are the measured F1 at the last change, rounded down to 0.01: a drop is a regression.
# "rules" is ``use_model=False``, which must hold on its own (docs/model.md).
FLOORS = {
    "rules": {
        "train": {"event": 0.86, "amount": 0.85, "round": 0.88},
        "dev": {"event": 0.88, "amount": 0.85, "round": 0.87},
        "calib": {"event": 0.8, "amount": 0.79, "round": 0.81},
        "test": {"event": 0.88, "amount": 0.86, "round": 0.9},
    },
    "model": {
        "train": {"event": 0.9, "amount": 0.87, "round": 0.91},
        "dev": {"event": 0.89, "amount": 0.87, "round": 0.87},
        "calib": {"event": 0.81, "amount": 0.79, "round": 0.81},
        "test": {"event": 0.89, "amount": 0.87, "round": 0.91},
    },
}


def _param(document: Document) -> object:
    marks = (
        [pytest.mark.xfail(strict=True, reason="known failure")]
        if document.id in KNOWN_FAILURES
        else []
    )
    return pytest.param(document, id=document.id, marks=marks)


def test_corpus_is_large_and_split() -> None:
    splits = {d.split for d in DOCUMENTS}
    assert splits == {"train", "dev", "calib", "test"}
    assert len(DOCUMENTS) >= 30
    assert {d.language for d in DOCUMENTS} >= {"zh-Hans", "zh-Hant", "en"}
    assert len({d.id for d in DOCUMENTS}) == len(DOCUMENTS)


def test_corpus_known_failures_exist() -> None:
    assert {d.id for d in DOCUMENTS} >= KNOWN_FAILURES


@pytest.mark.parametrize("document", [_param(d) for d in DOCUMENTS])
def test_corpus_document(document: Document) -> None:
    result = extract(document.text, published=document.published)
    for event in result.events:
        for span in event.evidence:
            assert document.text[span.start : span.end] == span.text
    for money in result.money:
        assert document.text[money.start : money.end] == money.text
    assert score_document(document, result.events, Report()), "some field differs from gold"


@pytest.mark.parametrize("split", ["train", "dev", "calib", "test"])
@pytest.mark.parametrize("variant", sorted(FLOORS))
def test_corpus_f1_floors(variant: str, split: str) -> None:
    runner = rules_only if variant == "rules" else None
    report = evaluate(iter_documents(Path(CORPUS) / split), runner)
    for field, floor in FLOORS[variant][split].items():
        assert report.fields[field].f1 >= floor, report.table()


def test_corpus_gold_follows_the_format() -> None:
    problems = [f"{d.id}: {p}" for d in DOCUMENTS for p in gold_problems(d)]
    assert not problems, "\n".join(problems)
