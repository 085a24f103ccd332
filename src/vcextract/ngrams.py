"""Inference for spaCy's bag-of-n-grams text classifier (``TextCatBOW``), in numpy.

Training stays with spaCy (``vcextract.train``); this module reads the weights of the trained
``textcat`` and computes exactly what ``TextCategorizer.predict`` computes, without importing
spaCy. That matters twice over: importing spaCy takes most of a second, longer than the whole
rest of a cold start, and the per-document ``Doc`` machinery costs more than the arithmetic of a
linear model over a few dozen tokens.

What the classifier computes, and what each step here mirrors:

1. every token's ORTH id: the id of spaCy's symbol table when the token is one of its names
   ("mark", "ORTH", "NOUN": exported with the weights), else ``spacy.strings.hash_string``,
   MurmurHash64A of the UTF-8 bytes with seed 1 (``_hash_string``);
2. every bigram's id: thinc's ``NumpyOps.ngrams``, MurmurHash64A of the two ids' 16 bytes with
   seed 0 (``_hash_pairs``);
3. ``SparseLinear.v2``: each n-gram id adds the weight rows at MurmurHash3_x86_32(id, seed)
   modulo the table length, for seeds 0 and 1 (``_slots``), times its count, plus a bias;
4. a softmax over the labels (exclusive classes).

``tests/test_model.py`` checks the outputs against spaCy's on the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

#: The file a classifier's weights are exported to, inside its spaCy pipeline folder.
WEIGHTS_FILE = "ngram_weights.npz"
#: What spaCy gives a text with no tokens (``Doc`` needs one word).
EMPTY = "<empty>"
#: How many token ids a classifier keeps besides spaCy's symbols (about 10 MB).
MAX_CACHED_IDS = 100_000

_M64 = 0xC6A4A7935BD1E995
_MASK64 = (1 << 64) - 1


def _hash_string(text: str) -> int:
    """spaCy's ``hash_string``: MurmurHash64A of the UTF-8 bytes, seed 1."""
    data = text.encode("utf-8")
    length = len(data)
    h = (1 ^ (length * _M64)) & _MASK64
    whole = length - length % 8
    for i in range(0, whole, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * _M64) & _MASK64
        k ^= k >> 47
        k = (k * _M64) & _MASK64
        h = ((h ^ k) * _M64) & _MASK64
    if length % 8:
        h ^= int.from_bytes(data[whole:], "little")
        h = (h * _M64) & _MASK64
    h ^= h >> 47
    h = (h * _M64) & _MASK64
    return h ^ (h >> 47)


def _hash_pairs(first: npt.NDArray[np.uint64], second: npt.NDArray[np.uint64]) -> Any:
    """thinc's bigram ids: MurmurHash64A over the 16 bytes of two ids, seed 0, vectorised."""
    m = np.uint64(_M64)
    r = np.uint64(47)
    h = np.full(first.shape, (16 * _M64) & _MASK64, dtype=np.uint64)
    for key in (first, second):
        k = key * m
        k ^= k >> r
        k *= m
        h ^= k
        h *= m
    h ^= h >> r
    h *= m
    h ^= h >> r
    return h


def _rotl32(x: Any, n: int) -> Any:
    return (x << np.uint32(n)) | (x >> np.uint32(32 - n))


def _slots(keys: npt.NDArray[np.uint64], length: int) -> Any:
    """thinc's ``MurmurHash3_x86_32_uint64(key, seed) % length`` for seeds 0 and 1, vectorised.

    The first half of the result is every key's seed-0 slot, the second half its seed-1 slot.
    """
    c1, c2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
    keys = np.concatenate([keys, keys])
    h = np.repeat(np.array([0, 1], dtype=np.uint32), len(keys) // 2)
    for half in (keys & np.uint64(0xFFFFFFFF), keys >> np.uint64(32)):
        k = half.astype(np.uint32) * c1
        k = _rotl32(k, 15) * c2
        h ^= k
        h = _rotl32(h, 13) * np.uint32(5) + np.uint32(0xE6546B64)
    h ^= np.uint32(8)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h % np.uint32(length)


@dataclass
class NgramClassifier:
    """A trained ``TextCatBOW`` (unigrams and bigrams, exclusive labels) as plain arrays."""

    labels: tuple[str, ...]
    #: (labels, table length): row ``label``, column ``slot``.
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    #: spaCy's symbol table (``spacy.symbols.IDS``): strings whose id is not their hash.
    symbols: dict[str, int] = field(default_factory=dict, repr=False)
    _ids: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._ids.update(self.symbols)

    @classmethod
    def from_spacy(cls, nlp: Any) -> NgramClassifier:
        """The weights of a spaCy pipeline's ``textcat`` (built by ``vcextract.train``)."""
        textcat = nlp.get_pipe("textcat")
        linear = textcat.model.get_ref("output_layer")
        if linear.attrs.get("v1_indexing", False):
            raise ValueError("SparseLinear.v1 indexing is not supported: train with TextCatBOW.v3")
        n_labels, length = linear.get_dim("nO"), linear.get_dim("length")
        weights = np.asarray(linear.get_param("W"), dtype=np.float32).reshape(n_labels, length)
        bias = np.asarray(linear.get_param("b"), dtype=np.float32)
        from spacy.symbols import IDS

        return cls(tuple(textcat.labels), weights, bias, dict(IDS))

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weights=self.weights,
            bias=self.bias,
            symbol_names=np.array(list(self.symbols), dtype=str),
            symbol_ids=np.array(list(self.symbols.values()), dtype=np.uint64),
        )

    @classmethod
    def load(cls, path: Path) -> NgramClassifier:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                tuple(str(label) for label in data["labels"]),
                data["weights"],
                data["bias"],
                dict(
                    zip(
                        (str(name) for name in data["symbol_names"]),
                        (int(i) for i in data["symbol_ids"]),
                        strict=True,
                    )
                ),
            )

    def _id(self, token: str) -> int:
        if len(self._ids) >= MAX_CACHED_IDS + len(self.symbols):
            # A long-running ingest sees an open vocabulary: start the cache afresh rather
            # than let it grow without bound (ids are hashes, so nothing changes but time).
            self._ids.clear()
            self._ids.update(self.symbols)
        value = self._ids[token] = _hash_string(token)
        return value

    def predict(self, inputs: Sequence[Sequence[str]]) -> npt.NDArray[np.float64]:
        """Label probabilities, one row per token list (in ``labels`` order)."""
        n_labels, length = self.weights.shape
        rows = [words or (EMPTY,) for words in inputs]
        ids = self._ids
        unigrams = np.array(
            [ids[w] if w in ids else self._id(w) for words in rows for w in words],
            dtype=np.uint64,
        )
        owner = np.repeat(np.arange(len(rows)), [len(words) for words in rows])
        # Bigrams never cross from one input into the next.
        inside = owner[:-1] == owner[1:]
        keys = np.concatenate([unigrams, _hash_pairs(unigrams[:-1], unigrams[1:])[inside]])
        owner = np.concatenate([owner, owner[:-1][inside]])
        owner = np.concatenate([owner, owner])
        weights = self.weights[:, _slots(keys, length)]
        scores = np.tile(self.bias.astype(np.float64), (len(rows), 1))
        for label in range(n_labels):
            scores[:, label] += np.bincount(owner, weights[label], minlength=len(rows))
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores
