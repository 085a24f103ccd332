"""extract_many and the spaCy component agree with extract()."""

from __future__ import annotations

import pickle

import pytest
import spacy

from vcextract import extract, extract_many

TEXTS = [
    "星河科技完成1.2亿元B轮融资，由甲乙资本领投，丙丁创投跟投。",
    "Foo Robotics raised $30 million in a Series A round led by Bar Ventures.",
    "星河科技完成1.2億元B輪融資，由甲乙資本領投。",
    "",
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_batch_extract_many_equals_extract_in_order(n_process: int) -> None:
    records = [
        *TEXTS,
        ("Foo raised $5 million in a seed round yesterday.", {"published": "2025-06-14"}),
    ]
    results = list(extract_many(records, published="2026-03-01", n_process=n_process, batch_size=2))
    expected = [extract(t, published="2026-03-01") for t in TEXTS]
    expected.append(
        extract("Foo raised $5 million in a seed round yesterday.", published="2025-06-14")
    )
    assert results == expected


def test_batch_rejects_bad_process_count() -> None:
    with pytest.raises(ValueError, match="n_process"):
        list(extract_many(TEXTS, n_process=0))


def test_batch_results_pickle() -> None:
    result = extract(TEXTS[0], published="2026-03-01")
    assert pickle.loads(pickle.dumps(result)) == result


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_spacy_component_agrees_with_extract(lang: str) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("vcextract", config={"published": "2026-03-01"})
    docs = list(nlp.pipe(TEXTS[:3]))
    for doc, text in zip(docs, TEXTS[:3], strict=True):
        result = extract(text, published="2026-03-01")
        assert doc._.funding_events == [e.model_dump(mode="json") for e in result.events]
        for span, money in zip(doc.spans["vcextract_money"], result.money, strict=True):
            assert span.start_char <= money.start
            assert span.end_char >= money.end


def test_spacy_component_names_are_configurable() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("vcextract", config={"extension": "rounds_found", "spans_key": "amounts"})
    doc = nlp(TEXTS[1])
    assert doc._.rounds_found[0]["round"] == "a"
    assert [s.text for s in doc.spans["amounts"]] == ["$30 million"]


def test_extract_partition_runs_in_a_dask_bag_across_processes() -> None:
    """The scale-out recipe of docs/scale-out.md, run for real with Dask's process scheduler."""
    bag_module = pytest.importorskip("dask.bag")
    from vcextract import extract_partition

    records = [*TEXTS, ("Foo raised $5 million in a seed round.", {"published": "2025-06-14"})]
    bag = bag_module.from_sequence(records, npartitions=3)
    results = bag.map_partitions(extract_partition, published="2026-03-01").compute(
        scheduler="processes", num_workers=2
    )
    expected = [extract(t, published="2026-03-01").model_dump(mode="json") for t in TEXTS] + [
        extract("Foo raised $5 million in a seed round.", published="2025-06-14").model_dump(
            mode="json"
        )
    ]
    assert results == expected


def test_extract_partition_pickles_by_reference() -> None:
    from vcextract import extract_partition

    assert pickle.loads(pickle.dumps(extract_partition)) is extract_partition
