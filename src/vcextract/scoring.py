"""Confidence: a base score per rule, adjusted by the evidence that supports or weakens it.

The numbers are the rule path's priors (Presidio style): each fact starts from the score of
the rule that produced it and moves with cues. They are written here, in one place, so the
calibration step (docs/confidence.md) can replace them with fitted values.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Base confidence that a signal sentence reports a round.
EVENT_BASE = 0.55
EVENT_CUES = {
    "named_round": 0.15,
    "trigger": 0.1,
    "amount": 0.08,
    "investors": 0.07,
    "company": 0.05,
}
EVENT_PENALTIES = {"no_company": 0.3, "disagreement": 0.1, "planned": 0.05}

FIELD_BASE = {
    "company": 0.85,
    "round": 0.95,
    "amount": 0.9,
    "valuation": 0.85,
    "investors": 0.8,
    "date_text": 0.9,
    "date_published": 0.6,
    "status": 0.85,
}


@dataclass(frozen=True)
class EventEvidence:
    """What supports one event."""

    named_round: bool
    trigger: bool
    amount: bool
    investors: bool
    company: bool
    disagreement: bool
    planned: bool


def event_confidence(evidence: EventEvidence) -> float:
    """Compose the event confidence from its evidence, clipped to [0.05, 0.99]."""
    score = EVENT_BASE
    for cue, bonus in EVENT_CUES.items():
        if getattr(evidence, cue):
            score += bonus
    if not evidence.company:
        score -= EVENT_PENALTIES["no_company"]
    if evidence.disagreement:
        score -= EVENT_PENALTIES["disagreement"]
    if evidence.planned:
        score -= EVENT_PENALTIES["planned"]
    return round(min(0.99, max(0.05, score)), 3)
