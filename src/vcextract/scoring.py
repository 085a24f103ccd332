"""Confidence: evidence flags per fact, mapped to a probability.

Each event and each of its facts is described by the evidence that produced it (Presidio
style: which cues fired, whether headline and body agreed, where the date came from, what the
model said). ``vcextract.calibration`` maps those features to P(right) with weights fitted on
the dev split and shipped with the model. When no calibration is shipped the hand-set priors
below are used instead: a base score per rule, moved by cues.
"""

from __future__ import annotations

from dataclasses import dataclass

from .calibration import Calibration, logit

#: Hand-set priors, used only when the package ships no calibration.
EVENT_BASE = 0.55
EVENT_CUES = {"round": 0.15, "trigger": 0.1, "amount": 0.08, "investors": 0.07}
EVENT_PENALTIES = {"disagreement": 0.1, "planned": 0.05}
FIELD_BASE = {
    "company": 0.85,
    "round": 0.95,
    "amount": 0.9,
    "valuation": 0.85,
    "investor": 0.8,
    "date_text": 0.9,
    "date_published": 0.6,
    "status": 0.85,
}


@dataclass(frozen=True)
class EventEvidence:
    """What supports one event, as the rules found it."""

    round: bool
    trigger: bool
    amount: bool
    investors: bool
    disagreement: bool
    planned: bool
    headline_only: bool
    chinese: bool
    inferred_company: bool = False

    def flags(self) -> list[str]:
        """Names of the flags that are set (also the event model's flag tokens)."""
        return [name for name, value in vars(self).items() if value]


def event_features(evidence: EventEvidence, model_probability: float | None) -> dict[str, float]:
    """Calibration features of an event: its flags and, with the model, the model's logit."""
    features = dict.fromkeys(evidence.flags(), 1.0)
    if model_probability is not None:
        features["model"] = logit(model_probability)
    return features


def field_features(event_probability: float, **flags: bool) -> dict[str, float]:
    """Calibration features of a field: the event's logit and the field's own flags."""
    return {"event": logit(event_probability), **{k: 1.0 for k, v in flags.items() if v}}


def prior_event_confidence(evidence: EventEvidence) -> float:
    """The hand-set event prior, clipped to [0.05, 0.99]."""
    score = EVENT_BASE
    score += sum(bonus for cue, bonus in EVENT_CUES.items() if getattr(evidence, cue))
    score -= sum(cost for cue, cost in EVENT_PENALTIES.items() if getattr(evidence, cue))
    return round(min(0.99, max(0.05, score)), 3)


class Scorer:
    """Confidence for events and fields: calibrated when a calibration is given, else priors."""

    def __init__(self, calibration: Calibration | None) -> None:
        self.calibration = calibration
        #: When a list, every field scored is logged as (kind, flags): the calibration data.
        self.log: list[tuple[str, dict[str, bool]]] | None = None

    def event(self, evidence: EventEvidence, model_probability: float | None) -> float:
        """P(the text reports this round)."""
        if self.calibration is None:
            return prior_event_confidence(evidence)
        return self.calibration.probability("event", event_features(evidence, model_probability))

    def field(self, kind: str, event_probability: float, prior: float, **flags: bool) -> float:
        """P(this field's value is right); ``prior`` is used when nothing is calibrated."""
        if self.log is not None:
            self.log.append((kind, flags))
        if self.calibration is None:
            return prior
        return self.calibration.probability(kind, field_features(event_probability, **flags))
