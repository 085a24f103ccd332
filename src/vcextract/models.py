"""The statistical half: two small spaCy text classifiers trained from the corpus.

* ``event`` reads the sentence that started a rule-built event (its company replaced by a
  placeholder, plus flags for the evidence the rules found) and says whether it reports a
  funding round. Drafts it rejects are dropped; its probability also feeds the confidence.
* ``money_role`` reads the words around a money mention and says whether it is the round's
  amount, a valuation or other money. It can only demote an amount the rules took by default
  (no cue either way) to other money.

Both are bag-of-n-gram classifiers (spaCy ``TextCatBOW``) over our own tokens: one token per
Han character, lower-cased Latin words, digits folded to ``0``. That keeps the models small
(a few MB), fast and independent of a word segmenter. They are trained with spaCy by
``vcextract train`` (see ``vcextract.train`` and docs/model.md) and shipped in
``vcextract/trained/``, each as its spaCy pipeline plus an export of its weights that
``vcextract.ngrams`` runs in numpy: extraction never imports spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .ngrams import WEIGHTS_FILE, NgramClassifier

#: Where the shipped model lives inside the package.
TRAINED = "trained"
TOKEN = regex.compile(r"\p{Han}|[A-Za-z]+|\d+(?:[.,]\d+)*|[^\s\p{Han}A-Za-z\d]")
SENTENCE_BREAK = regex.compile(r"[。！？!?；;\n]")
MAX_CONTEXT = 240
MONEY_LEFT, MONEY_RIGHT = 30, 20
COMPANY = "<co>"
MONEY = "<money>"


def tokens(text: str) -> list[str]:
    """Model tokens of a text: Han characters, lower-cased words, digits as ``0``."""
    return ["0" if t[0].isdigit() else t.lower() for t in TOKEN.findall(text[:MAX_CONTEXT])]


def event_tokens(
    text: str, sentence: tuple[int, int], company: tuple[int, int] | None, flags: Sequence[str]
) -> list[str]:
    """The event classifier's input: flag tokens, then the sentence with its company masked."""
    start, end = sentence
    end = min(end, start + MAX_CONTEXT)
    if company is not None and start <= company[0] and company[1] <= end:
        words = [*tokens(text[start : company[0]]), COMPANY, *tokens(text[company[1] : end])]
    else:
        words = tokens(text[start:end])
    return [*(f"<{flag}>" for flag in flags), *words]


def money_tokens(text: str, start: int, end: int) -> list[str]:
    """The money-role classifier's input: the words around a mention, cut at sentence ends."""
    left = text[max(0, start - MONEY_LEFT) : start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(left)]
    if breaks:
        left = left[breaks[-1] :]
    right = text[end : end + MONEY_RIGHT]
    stop = SENTENCE_BREAK.search(right)
    if stop:
        right = right[: stop.start()]
    return [*tokens(left), MONEY, *tokens(right)]


@dataclass
class Model:
    """The two classifiers and the thresholds chosen for them on the dev split."""

    path: Path
    event: NgramClassifier
    money: NgramClassifier
    meta: dict[str, Any]

    @property
    def event_threshold(self) -> float:
        """Drafts whose event probability is below this are dropped."""
        return float(self.meta["thresholds"]["event"])

    @property
    def money_threshold(self) -> float:
        """A default amount becomes other money when P(other) is at least this."""
        return float(self.meta["thresholds"]["money_other"])

    def event_probabilities(self, inputs: Sequence[list[str]]) -> list[float]:
        """P(the sentence reports a funding round) for each token list."""
        column = self.event.labels.index("event")
        return [float(p) for p in self.event.predict(inputs)[:, column]]

    def money_probabilities(self, inputs: Sequence[list[str]]) -> list[dict[str, float]]:
        """P(amount), P(valuation), P(other) for each token list."""
        labels = self.money.labels
        return [
            dict(zip(labels, map(float, row), strict=True)) for row in self.money.predict(inputs)
        ]


def load_model(path: Path | str) -> Model:
    """Load a model folder written by ``vcextract train``, without importing spaCy.

    Each classifier's weights are read from the ``ngram_weights.npz`` exported beside its spaCy
    pipeline; ``vcextract.ngrams`` computes what spaCy's ``TextCategorizer.predict`` would.
    """
    path = Path(path)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return Model(
        path=path,
        event=NgramClassifier.load(path / "event" / WEIGHTS_FILE),
        money=NgramClassifier.load(path / "money_role" / WEIGHTS_FILE),
        meta=meta,
    )


def shipped_path() -> Path:
    """The folder of the model shipped inside the package."""
    return Path(str(resources.files(__package__).joinpath(TRAINED)))


@cache
def shipped_model() -> Model | None:
    """The shipped model, loaded once; None when the package carries no model."""
    path = shipped_path()
    if not (path / "meta.json").is_file():
        return None
    return load_model(path)
