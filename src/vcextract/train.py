"""``vcextract train``: build the shipped model from the corpus, by one deterministic command.

1. Run the rules alone over the **train** split. Every event they build is an example for the
   event classifier (positive when it pairs with a gold event); every money mention is an
   example for the money-role classifier (amount or valuation when it equals a gold event's
   amount or valuation, other money otherwise).
2. Train both spaCy ``TextCatBOW`` classifiers with a fixed seed.
3. On the **dev** split, choose each model's threshold by field F1; a model that does not beat
   the rules there is switched off (its threshold makes it a no-op), so the model is kept only
   where it helps.
4. On the **calib** split, fit the confidence calibrations (rules alone, and rules + model).
   Calib is written fresh and never read while writing rules, so its errors are the errors of
   unseen text; dev has been read for rules and makes every map overconfident. Without a calib
   split (a small sample corpus), dev is used.
5. Write ``event/``, ``money_role/``, ``calibration.json`` and ``meta.json`` (corpus hash,
   versions, seed, dev scores, calibration scores) to the output folder.

The test split is never read.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .api import Analysis, analyse
from .calibration import Calibration, calibration_summary, fit_logistic
from .corpus import Document, corpus_hash, iter_documents
from .evaluate import Report, _pair, evaluate, fact_confidences, fact_is_right, money_equal
from .models import Model, load_model
from .ngrams import WEIGHTS_FILE, NgramClassifier
from .scoring import event_features, field_features

LABELS_EVENT = ("event", "not_event")
LABELS_MONEY = ("amount", "valuation", "other")
#: A threshold no probability reaches: the model is present but changes nothing.
OFF = 1.01
EVENT_THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
MONEY_THRESHOLDS = (OFF, 0.9, 0.8, 0.7, 0.6, 0.5)
#: Hashed feature table size per classifier: 2**16 rows keep each model under 1 MB.
HASH_LENGTH = 2**16
Example = tuple[list[str], str]


@dataclass(frozen=True)
class TrainConfig:
    """What a training run reads and writes."""

    corpus: Path
    out: Path
    seed: int = 0
    epochs: int = 12


def train(config: TrainConfig, log: Callable[[str], None] = print) -> dict[str, Any]:
    """Train, tune on dev, calibrate on calib (or dev) and write the model; returns its metadata."""
    splits = [config.corpus / "train", config.corpus / "dev", config.corpus / "calib"]
    train_docs, dev_docs, calib_docs = (
        list(iter_documents(s)) if s.is_dir() else [] for s in splits
    )
    if not train_docs or not dev_docs:
        raise ValueError(f"{config.corpus} needs train/ and dev/ splits with documents")
    calibration_split = "calib" if calib_docs else "dev"
    calib_docs = calib_docs or dev_docs
    rule_runs = [(d, _analyse(d, None, None)) for d in train_docs]
    event_examples = [x for d, a in rule_runs for x in _event_examples(d, a)]
    money_examples = [x for d, a in rule_runs for x in _money_examples(d, a)]
    log(
        f"train: {len(train_docs)} documents, {len(event_examples)} event examples, "
        f"{len(money_examples)} money examples"
    )
    config.out.mkdir(parents=True, exist_ok=True)
    for name, examples, labels in (
        ("event", event_examples, LABELS_EVENT),
        ("money_role", money_examples, LABELS_MONEY),
    ):
        nlp = _fit_textcat(examples, labels, config)
        nlp.to_disk(config.out / name)
        NgramClassifier.from_spacy(nlp).save(config.out / name / WEIGHTS_FILE)
    meta: dict[str, Any] = {
        "vcextract_version": __version__,
        "spacy_version": _spacy_version(),
        "seed": config.seed,
        "epochs": config.epochs,
        "corpus_hash": corpus_hash(config.corpus),
        "train_documents": len(train_docs),
        "dev_documents": len(dev_docs),
        "calibration_split": calibration_split,
        "calibration_documents": len(calib_docs),
        "examples": {"event": len(event_examples), "money_role": len(money_examples)},
        "thresholds": {"event": 0.0, "money_other": OFF},
    }
    _write_meta(config.out, meta)
    model = load_model(config.out)
    rules_report = evaluate(dev_docs, lambda d: _analyse(d, None, None).extraction.events)
    meta["thresholds"] = _choose_thresholds(model, dev_docs, log)
    model.meta["thresholds"] = meta["thresholds"]
    model_report = evaluate(dev_docs, lambda d: _analyse(d, model, None).extraction.events)
    meta["dev_f1"] = {"rules": _f1(rules_report), "rules+model": _f1(model_report)}
    calibrations = {
        "rules": _fit_calibration(calib_docs, None),
        "model": _fit_calibration(calib_docs, model),
    }
    (config.out / "calibration.json").write_text(
        json.dumps({k: c.weights for k, c in calibrations.items()}, indent=2, sort_keys=True)
        + "\n",
        encoding="utf-8",
    )
    # In-sample on the calibration split: a check that the fit converged, not a held-out score.
    meta["calibration_fit"] = {
        variant: _calibration_scores(calib_docs, model if variant == "model" else None, c)
        for variant, c in calibrations.items()
    }
    _write_meta(config.out, meta)
    log(json.dumps({k: meta[k] for k in ("thresholds", "dev_f1", "calibration_fit")}, indent=2))
    return meta


def _analyse(document: Document, model: Model | None, calibration: Calibration | None) -> Analysis:
    return analyse(
        document.text,
        published=document.published,
        model=model,
        calibration=calibration,
        keep_inputs=True,
    )


def _event_examples(document: Document, analysis: Analysis) -> list[Example]:
    paired = {id(p) for p, _ in _pair(analysis.extraction.events, document.events)}
    return [
        (words, "event" if id(event) in paired else "not_event")
        for event, words in zip(analysis.extraction.events, analysis.event_inputs, strict=True)
    ]


def _money_examples(document: Document, analysis: Analysis) -> list[Example]:
    examples = []
    for money, words in zip(analysis.extraction.money, analysis.money_inputs, strict=True):
        label = "other"
        if any(money_equal(money, g.amount) for g in document.events):
            label = "amount"
        elif any(money_equal(money, g.valuation) for g in document.events):
            label = "valuation"
        examples.append((words, label))
    return examples


def _fit_textcat(examples: Sequence[Example], labels: Sequence[str], config: TrainConfig) -> Any:
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

    fix_random_seed(config.seed)
    nlp = spacy.blank("xx")
    textcat: Any = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": HASH_LENGTH,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    data = [
        SpacyExample.from_dict(
            Doc(nlp.vocab, words=words or ["<empty>"]),
            {"cats": {label: float(label == gold) for label in labels}},
        )
        for words, gold in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(config.seed)
    for _ in range(config.epochs):
        rng.shuffle(data)
        for batch in minibatch(data, size=16):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def _choose_thresholds(
    model: Model, documents: list[Document], log: Callable[[str], None]
) -> dict[str, float]:
    """Per model, the dev-best threshold; ties go to the one that changes least."""
    best_money, best_amount = OFF, -1.0
    for threshold in MONEY_THRESHOLDS:
        model.meta["thresholds"] = {"event": 0.0, "money_other": threshold}
        f1 = (
            evaluate(documents, lambda d: _analyse(d, model, None).extraction.events)
            .fields["amount"]
            .f1
        )
        log(f"dev amount F1 with money_other >= {threshold}: {f1:.4f}")
        if f1 > best_amount + 1e-9:
            best_money, best_amount = threshold, f1
    best_event, best_f1 = 0.0, -1.0
    for threshold in EVENT_THRESHOLDS:
        model.meta["thresholds"] = {"event": threshold, "money_other": best_money}
        report = evaluate(documents, lambda d: _analyse(d, model, None).extraction.events)
        f1 = report.fields["event"].f1
        log(f"dev event F1 with event >= {threshold}: {f1:.4f}")
        if f1 > best_f1 + 1e-9:
            best_event, best_f1 = threshold, f1
    return {"event": best_event, "money_other": best_money}


def _fit_calibration(documents: list[Document], model: Model | None) -> Calibration:
    """Fit the event map first, then each field's map on the calibrated event logit."""
    runs = [(d, _analyse(d, model, None)) for d in documents]
    event_rows, event_labels = [], []
    for document, analysis in runs:
        paired = {id(p): g for p, g in _pair(analysis.extraction.events, document.events)}
        for i, event in enumerate(analysis.extraction.events):
            event_rows.append(
                event_features(analysis.event_evidence[i], analysis.event_probabilities[i])
            )
            event_labels.append(id(event) in paired)
    weights: dict[str, dict[str, float]] = {"event": fit_logistic(event_rows, event_labels)}
    event_map = Calibration(weights)
    rows: dict[str, list[dict[str, float]]] = {}
    labels: dict[str, list[bool]] = {}
    for document, analysis in runs:
        paired = {id(p): g for p, g in _pair(analysis.extraction.events, document.events)}
        for i, event in enumerate(analysis.extraction.events):
            probability = event_map.probability(
                "event", event_features(analysis.event_evidence[i], analysis.event_probabilities[i])
            )
            investor = 0
            for kind, flags in analysis.field_flags[i]:
                right = fact_is_right(kind, event, paired.get(id(event)), investor)
                investor += kind == "investor"
                rows.setdefault(kind, []).append(field_features(probability, **flags))
                labels.setdefault(kind, []).append(right)
    for kind, kind_rows in rows.items():
        weights[kind] = fit_logistic(kind_rows, labels[kind])
    return Calibration(weights)


def _calibration_scores(
    documents: list[Document], model: Model | None, calibration: Calibration
) -> dict[str, float]:
    facts = [
        fact
        for d in documents
        for fact in fact_confidences(d, _analyse(d, model, calibration).extraction.events)
    ]
    return calibration_summary([(c, r) for _, c, r in facts])


def _f1(report: Report) -> dict[str, float]:
    return {name: round(c.f1, 4) for name, c in report.fields.items()}


def _spacy_version() -> str:
    import spacy

    return str(spacy.__version__)  # type: ignore[attr-defined]


def _write_meta(out: Path, meta: dict[str, Any]) -> None:
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", "utf-8")
