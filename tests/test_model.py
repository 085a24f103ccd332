"""The model half: the shipped classifiers, the training command and the calibration."""

from __future__ import annotations

import json
import random
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from vcextract import extract
from vcextract.api import analyse
from vcextract.calibration import (
    Calibration,
    expected_calibration_error,
    fit_logistic,
    shipped_calibration,
    sigmoid,
)
from vcextract.corpus import corpus_hash, iter_documents
from vcextract.evaluate import evaluate, rules_only
from vcextract.models import event_tokens, load_model, money_tokens, shipped_model, tokens
from vcextract.train import OFF, TrainConfig, train

from conftest import CORPUS

TEXT = "星河科技完成1.2亿元B轮融资，由甲乙资本领投。公司去年营收达3亿元。"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_shipped_model_loads_and_predicts_without_network(no_network: None) -> None:
    shipped_model.cache_clear()
    model = shipped_model()
    assert model is not None, "the package ships no model: run `vcextract train`"
    [p] = model.event_probabilities([tokens(TEXT)])
    assert 0.0 <= p <= 1.0
    [roles] = model.money_probabilities([money_tokens(TEXT, 6, 11)])
    assert set(roles) == {"amount", "valuation", "other"}
    assert abs(sum(roles.values()) - 1.0) < 1e-4


def test_numpy_inference_matches_spacy_on_the_corpus() -> None:
    """The shipped weights, run by ``vcextract.ngrams``, give what spaCy's textcat gives."""
    import spacy
    from spacy.tokens import Doc

    model = shipped_model()
    assert model is not None
    event_inputs: list[list[str]] = [[], ["mark", "ORTH", "<co>"]]  # empty, spaCy symbols
    money_inputs: list[list[str]] = []
    for document in list(iter_documents(CORPUS / "dev"))[:40]:
        run = analyse(document.text, published=document.published, model=model, keep_inputs=True)
        event_inputs += run.event_inputs
        money_inputs += run.money_inputs
    assert len(event_inputs) > 50
    assert len(money_inputs) > 100
    for name, classifier, inputs in (
        ("event", model.event, event_inputs),
        ("money_role", model.money, money_inputs),
    ):
        textcat = spacy.load(model.path / name).get_pipe("textcat")
        docs = [Doc(textcat.vocab, words=words or ["<empty>"]) for words in inputs]
        expected = textcat.predict(docs)
        assert tuple(textcat.labels) == classifier.labels
        assert abs(classifier.predict(inputs) - expected).max() < 1e-5, name


def test_extract_with_the_model_does_not_import_spacy() -> None:
    code = (
        "import sys; from vcextract import extract; "
        "assert extract('星河科技完成1.2亿元B轮融资。').events; "
        "assert 'spacy' not in sys.modules and 'thinc' not in sys.modules, 'spaCy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_shipped_model_was_trained_on_this_corpus() -> None:
    model = shipped_model()
    assert model is not None
    assert model.meta["corpus_hash"] == corpus_hash(CORPUS), (
        "corpus/ changed since the model was trained: run `vcextract train` and commit "
        "src/vcextract/trained/"
    )


def test_shipped_model_is_small() -> None:
    model = shipped_model()
    assert model is not None
    size = sum(f.stat().st_size for f in model.path.rglob("*") if f.is_file())
    assert size < 5_000_000


def test_use_model_false_runs_the_rules_alone() -> None:
    text = "星河科技完成1.2亿元B轮融资，由甲乙资本领投。"
    assert (
        extract(text, use_model=False)
        == analyse(text, calibration=shipped_calibration("rules")).extraction
    )


def test_model_reads_the_revenue_as_other_money() -> None:
    model = shipped_model()
    assert model is not None
    start = TEXT.index("3亿元")
    [roles] = model.money_probabilities([money_tokens(TEXT, start, start + 3)])
    assert max(roles, key=roles.__getitem__) == "other"


def test_model_does_not_hurt_on_dev() -> None:
    """The model is kept only where it helps: on dev it may not lower any field's F1."""
    dev = list(iter_documents(CORPUS / "dev"))
    rules, model = evaluate(dev, rules_only), evaluate(dev)
    for name, counts in rules.fields.items():
        assert model.fields[name].f1 >= counts.f1 - 0.005, (name, model.table(), rules.table())


def test_event_tokens_mask_the_company_and_lead_with_flags() -> None:
    words = event_tokens(TEXT, (0, 23), (0, 4), ["round", "amount"])
    assert words[:3] == ["<round>", "<amount>", "<co>"]
    assert "星" not in words
    assert "0" in words  # digits fold to one token


def test_money_tokens_stop_at_sentence_ends() -> None:
    start = TEXT.index("3亿元")
    words = money_tokens(TEXT, start, start + 3)
    assert "<money>" in words
    assert "领" not in words  # the previous sentence is not context


def test_train_runs_end_to_end_on_a_small_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for split, count in (("train", 16), ("dev", 6)):
        (corpus / split).mkdir(parents=True)
        lines = []
        for document in list(iter_documents(CORPUS / split))[:count]:
            lines.append(document.model_dump_json(exclude={"split"}, exclude_none=True))
        (corpus / split / "sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    meta = train(TrainConfig(corpus=corpus, out=out, epochs=2), log=lambda _: None)
    assert meta["corpus_hash"] == corpus_hash(corpus)
    assert meta["train_documents"] == 16
    assert set(meta["thresholds"]) == {"event", "money_other"}
    assert json.loads((out / "meta.json").read_text(encoding="utf-8")) == meta
    model = load_model(out)
    result = analyse(TEXT, model=model).extraction
    assert all(0.0 <= e.confidence <= 1.0 for e in result.events)


def test_train_is_deterministic(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for split in ("train", "dev"):
        (corpus / split).mkdir(parents=True)
        shutil.copy(CORPUS / split / "zh-hans-plain.jsonl", corpus / split / "a.jsonl")
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        train(TrainConfig(corpus=corpus, out=out, epochs=2, seed=3), log=lambda _: None)
    for name in (
        "event/textcat/model",
        "money_role/textcat/model",
        "event/ngram_weights.npz",
        "money_role/ngram_weights.npz",
        "calibration.json",
    ):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_train_refuses_a_corpus_without_splits(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="train/ and dev/"):
        train(TrainConfig(corpus=tmp_path, out=tmp_path / "m"), log=lambda _: None)


def test_shipped_model_threshold_off_is_unreachable() -> None:
    assert OFF > 1.0


# --- calibration --------------------------------------------------------------------------------


def test_fit_logistic_recovers_known_weights() -> None:
    rng = random.Random(7)
    rows, labels = [], []
    for _ in range(4000):
        x = rng.uniform(-3, 3)
        flag = rng.random() < 0.5
        p = sigmoid(-0.5 + 1.5 * x + (1.0 if flag else 0.0))
        rows.append({"x": x, **({"flag": 1.0} if flag else {})})
        labels.append(rng.random() < p)
    weights = fit_logistic(rows, labels, l2=0.01)
    assert weights["bias"] == pytest.approx(-0.5, abs=0.2)
    assert weights["x"] == pytest.approx(1.5, abs=0.2)
    assert weights["flag"] == pytest.approx(1.0, abs=0.25)


def test_calibration_probability_is_clipped() -> None:
    calibration = Calibration({"event": {"bias": 50.0}})
    assert calibration.probability("event", {}) == 0.99


def test_expected_calibration_error_of_a_calibrated_and_a_wrong_scorer() -> None:
    rng = random.Random(1)
    calibrated = []
    for _ in range(20000):
        c = rng.random()
        calibrated.append((c, rng.random() < c))
    assert expected_calibration_error(calibrated)[0] < 0.02
    overconfident = [(0.95, i % 2 == 0) for i in range(1000)]
    assert expected_calibration_error(overconfident)[0] == pytest.approx(0.45)


def test_shipped_calibration_covers_every_kind_of_fact() -> None:
    for variant in ("rules", "model"):
        calibration = shipped_calibration(variant)
        assert calibration is not None
        assert set(calibration.weights) >= {"event", "company", "amount", "date", "investor"}


def test_token_id_cache_stays_bounded_and_predictions_do_not_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An open vocabulary (a long ingest) does not grow the id cache past its bound, and
    starting the cache afresh changes no probability."""
    import numpy as np

    from vcextract import ngrams
    from vcextract.ngrams import NgramClassifier

    classifier = NgramClassifier(
        ("a", "b"), np.ones((2, 64), dtype=np.float32), np.zeros(2, dtype=np.float32)
    )
    inputs = [[f"token{i}", f"token{i + 1}"] for i in range(50)]
    expected = classifier.predict(inputs)
    monkeypatch.setattr(ngrams, "MAX_CACHED_IDS", 10)
    fresh = NgramClassifier(classifier.labels, classifier.weights, classifier.bias)
    assert np.array_equal(fresh.predict(inputs), expected)
    assert len(fresh._ids) <= 10
