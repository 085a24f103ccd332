"""Confidence that means probability: logistic maps from evidence to P(fact is right).

One small logistic regression per kind of fact, fitted on the dev split by ``vcextract train``
(see docs/confidence.md):

* ``event`` — from the event's evidence flags (named round, trigger verb, amount, investors,
  headline only, disagreement, planned, script) and, with the model, the logit of the event
  classifier's probability;
* every field (``company``, ``round``, ``amount``, ``valuation``, ``date``, ``status``,
  ``investor``) — from the logit of the calibrated event probability plus a few evidence flags
  of that field (a CNY default, a vague band, a date taken from the publish date, a lead role).

The fit is plain Newton–Raphson with an L2 penalty, in pure Python: a dozen features and a few
hundred facts need nothing heavier.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

Features = Mapping[str, float]
KINDS = ("event", "company", "round", "amount", "valuation", "date", "status", "investor")
#: Calibrated probabilities stay inside this range: no finite sample supports 0 or 1.
FLOOR, CEILING = 0.01, 0.99


def logit(p: float) -> float:
    """log(p / (1 - p)) with p clipped away from 0 and 1."""
    p = min(CEILING, max(FLOOR, p))
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    """The logistic function, safe for large |x|."""
    if x >= 0:
        return 1 / (1 + math.exp(-x))
    z = math.exp(x)
    return z / (1 + z)


@dataclass(frozen=True)
class Calibration:
    """Fitted weights per kind of fact."""

    weights: Mapping[str, Mapping[str, float]]

    def probability(self, kind: str, features: Features) -> float:
        """P(right) for a fact of ``kind`` with these features, rounded to 3 places."""
        weights = self.weights[kind]
        score = sum(weights.get(name, 0.0) * value for name, value in features.items())
        return round(min(CEILING, max(FLOOR, sigmoid(score + weights.get("bias", 0.0)))), 3)


def fit_logistic(
    rows: Sequence[Features], labels: Sequence[bool], *, l2: float = 1.0, iterations: int = 25
) -> dict[str, float]:
    """Weights of an L2-penalised logistic regression (the bias is not penalised)."""
    names = ["bias", *sorted({name for row in rows for name in row})]
    x = [[1.0, *(row.get(name, 0.0) for name in names[1:])] for row in rows]
    y = [1.0 if label else 0.0 for label in labels]
    w = [0.0] * len(names)
    for _ in range(iterations):
        p = [sigmoid(sum(wi * xi for wi, xi in zip(w, xr, strict=True))) for xr in x]
        grad = [
            sum((pi - yi) * xr[j] for pi, yi, xr in zip(p, y, x, strict=True))
            + (l2 * w[j] if j else 0.0)
            for j in range(len(w))
        ]
        hessian = [
            [
                sum(pi * (1 - pi) * xr[j] * xr[k] for pi, xr in zip(p, x, strict=True))
                + (l2 if j == k and j else 0.0)
                for k in range(len(w))
            ]
            for j in range(len(w))
        ]
        step = _solve(hessian, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return {name: round(value, 6) for name, value in zip(names, w, strict=True)}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix · x = vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [[*row, b] for row, b in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            a[col][col] = 1e-12  # a feature that never fires: its weight stays put
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            for k in range(col, n + 1):
                a[row][k] -= factor * a[col][k]
    x = [0.0] * n
    for row in range(n - 1, -1, -1):
        x[row] = (a[row][n] - sum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def expected_calibration_error(
    outcomes: Iterable[tuple[float, bool]], bins: int = 10
) -> tuple[float, int]:
    """ECE over equal-width confidence bins, and the number of facts it was measured on."""
    buckets: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for confidence, right in outcomes:
        buckets[min(bins - 1, int(confidence * bins))].append((confidence, right))
    total = sum(len(b) for b in buckets)
    if not total:
        return 0.0, 0
    error = sum(
        abs(sum(c for c, _ in b) / len(b) - sum(r for _, r in b) / len(b)) * len(b)
        for b in buckets
        if b
    )
    return error / total, total


def calibration_summary(outcomes: Sequence[tuple[float, bool]]) -> dict[str, float]:
    """ECE, and the precision and share of facts at confidence >= 0.9."""
    ece, total = expected_calibration_error(outcomes)
    high = [right for confidence, right in outcomes if confidence >= 0.9]
    return {
        "facts": total,
        "ece": round(ece, 4),
        "precision_at_0.9": round(sum(high) / len(high), 4) if high else 1.0,
        "share_at_0.9": round(len(high) / total, 4) if total else 0.0,
    }


def load_calibration(path: Path) -> dict[str, Calibration]:
    """The calibrations in a ``calibration.json`` written by ``vcextract train``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        variant: Calibration({kind: dict(w) for kind, w in kinds.items()})
        for variant, kinds in raw.items()
    }


@cache
def shipped_calibration(variant: str) -> Calibration | None:
    """The shipped calibration for ``"rules"`` or ``"model"``; None when none is shipped."""
    from .models import shipped_path

    path = shipped_path() / "calibration.json"
    if not path.is_file():
        return None
    return load_calibration(path).get(variant)
