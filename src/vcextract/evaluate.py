"""Field-level precision, recall and F1 of ``extract`` against the gold corpus.

Matching rules (also in docs/evaluation.md):

* Names are compared after normalisation: traditional to simplified, full-width to half-width,
  lower case, spaces, quotes and the punctuation ``.,·`` removed. Two parties match when any
  name or alias of one equals any name or alias of the other, or when one contains the other
  and the shorter has at least 4 characters (2 for Chinese).
* Events are paired per document, greedily in gold order: first a predicted event with a
  matching company and the same round, then one with a matching company. Unpaired predictions
  are false positives, unpaired gold events false negatives.
* A field is scored as in slot filling: a paired event with the field set and equal on both
  sides is a true positive; any other predicted value is a false positive, any other gold value
  a false negative. Amounts are equal when currencies are equal and value, low and high agree
  within 0.5% (qualifiers are not compared); valuations also need the same basis; dates need the
  same value and precision. ``investors`` and ``leads`` count names one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from .api import extract
from .corpus import Document, GoldEvent, GoldMoney
from .schema import FundingEvent, Money
from .text import fold_width, to_simplified

FIELDS = (
    "event",
    "company",
    "round",
    "amount",
    "valuation",
    "date",
    "status",
    "leads",
    "investors",
)
TOLERANCE = Decimal("0.005")
#: Produces the predicted events of one document (``evaluate`` uses ``extract`` by default).
Runner = Callable[[Document], list[FundingEvent]]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Counts per field, and the documents that were wrong somewhere."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def table(self) -> str:
        """The per-field table as aligned text."""
        lines = [f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, c in self.fields.items():
            lines.append(
                f"{name:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp:5d} {c.fp:5d} {c.fn:5d}"
            )
        lines.append(f"documents: {self.documents}")
        return "\n".join(lines)


def name_key(name: str) -> str:
    """A name normalised for comparison."""
    return regex.sub(r"[\s\"'“”「」『』‘’.,·()]", "", to_simplified(fold_width(name))).lower()


def names_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two name sets share a name (or one contains the other, see module doc)."""
    keys_a, keys_b = {name_key(n) for n in a} - {""}, {name_key(n) for n in b} - {""}
    if keys_a & keys_b:
        return True
    for x in keys_a:
        for y in keys_b:
            short, long_ = sorted((x, y), key=len)
            minimum = 2 if regex.search(r"\p{Han}", short) else 4
            if len(short) >= minimum and short in long_:
                return True
    return False


def _close(a: Decimal | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    gold = Decimal(b)
    if gold == 0:
        return a == 0
    return abs(a - gold) / abs(gold) <= TOLERANCE


def money_equal(pred: Money | None, gold: GoldMoney | None) -> bool:
    """Amount equality under the evaluation rules."""
    if pred is None or gold is None:
        return False
    return (
        pred.currency == gold.currency
        and _close(pred.value, gold.value)
        and _close(pred.low, gold.low)
        and _close(pred.high, gold.high)
    )


def _party_names(event: FundingEvent) -> list[str]:
    return [event.company.name, *event.company.aliases] if event.company else []


def _pair(pred: list[FundingEvent], gold: list[GoldEvent]) -> list[tuple[FundingEvent, GoldEvent]]:
    pairs: list[tuple[FundingEvent, GoldEvent]] = []
    used: set[int] = set()
    for strict in (True, False):
        for g in gold:
            if any(g is p[1] for p in pairs):
                continue
            for index, p in enumerate(pred):
                if index in used or not names_match(_party_names(p), [g.company, *g.aliases]):
                    continue
                if strict and p.round != g.round:
                    continue
                pairs.append((p, g))
                used.add(index)
                break
    return pairs


def _score_scalar(
    counts: Counts, pairs: list[tuple[object, object, bool]], n_pred: int, n_gold: int
) -> None:
    tp = sum(1 for _, _, ok in pairs if ok)
    counts.tp += tp
    counts.fp += n_pred - tp
    counts.fn += n_gold - tp


def score_document(document: Document, events: list[FundingEvent], report: Report) -> bool:
    """Add one document's counts to ``report``; True when everything was right."""
    gold = document.events
    pairs = _pair(events, gold)
    f = report.fields
    before = {k: (c.fp, c.fn) for k, c in f.items()}
    _score_scalar(f["event"], [(p, g, True) for p, g in pairs], len(events), len(gold))
    _score_scalar(
        f["company"],
        [
            (p, g, names_match([p.company.name] if p.company else [], [g.company, *g.aliases]))
            for p, g in pairs
        ],
        len(events),
        len(gold),
    )
    _score_scalar(
        f["round"],
        [(p, g, p.round is not None and p.round == g.round) for p, g in pairs],
        sum(e.round is not None for e in events),
        sum(g.round is not None for g in gold),
    )
    _score_scalar(
        f["amount"],
        [(p, g, money_equal(p.amount, g.amount)) for p, g in pairs],
        sum(e.amount is not None for e in events),
        sum(g.amount is not None for g in gold),
    )
    _score_scalar(
        f["valuation"],
        [
            (
                p,
                g,
                p.valuation is not None
                and money_equal(p.valuation.amount, g.valuation)
                and p.valuation.basis == (g.valuation.basis if g.valuation else None),
            )
            for p, g in pairs
        ],
        sum(e.valuation is not None for e in events),
        sum(g.valuation is not None for g in gold),
    )
    _score_scalar(
        f["date"],
        [
            (
                p,
                g,
                p.date is not None
                and g.date is not None
                and p.date.value == g.date.value
                and p.date.precision == g.date.precision,
            )
            for p, g in pairs
        ],
        sum(e.date is not None for e in events),
        sum(g.date is not None for g in gold),
    )
    _score_scalar(
        f["status"], [(p, g, p.status == g.status) for p, g in pairs], len(events), len(gold)
    )
    _score_people(f["leads"], events, gold, pairs, lead_only=True)
    _score_people(f["investors"], events, gold, pairs, lead_only=False)
    report.documents += 1
    return all((c.fp, c.fn) == before[k] for k, c in f.items())


def _score_people(
    counts: Counts,
    events: list[FundingEvent],
    gold: list[GoldEvent],
    pairs: list[tuple[FundingEvent, GoldEvent]],
    *,
    lead_only: bool,
) -> None:
    def keep(role: str) -> bool:
        return role == "lead" or not lead_only

    n_pred = sum(1 for e in events for i in e.investors if keep(i.role))
    n_gold = sum(1 for g in gold for i in g.investors if keep(i.role))
    tp = 0
    for p, g in pairs:
        unmatched = [i for i in g.investors if keep(i.role)]
        for investor in (i for i in p.investors if keep(i.role)):
            hit = next(
                (
                    x
                    for x in unmatched
                    if names_match([investor.name, *investor.aliases], [x.name, *x.aliases])
                ),
                None,
            )
            if hit is not None:
                unmatched.remove(hit)
                tp += 1
    counts.tp += tp
    counts.fp += n_pred - tp
    counts.fn += n_gold - tp


def evaluate(documents: Iterable[Document], runner: Runner | None = None) -> Report:
    """Run ``extract`` (or ``runner``) on every document and score it."""
    report = Report()
    for document in documents:
        events = runner(document) if runner else default_run(document)
        if not score_document(document, events, report):
            report.errors.append(document.id)
    return report


def default_run(document: Document) -> list[FundingEvent]:
    """A runner for ``evaluate``: ``extract`` with the shipped model."""
    return extract(document.text, published=document.published).events


def rules_only(document: Document) -> list[FundingEvent]:
    """A runner for ``evaluate``: the rules without the model."""
    return extract(document.text, published=document.published, use_model=False).events


# --- facts and their confidence -----------------------------------------------------------------


def fact_is_right(kind: str, pred: FundingEvent, gold: GoldEvent | None, investor: int = 0) -> bool:
    """Whether one fact of a predicted event is right (``investor`` indexes its investors).

    ``event`` and ``company`` are right when the event is paired with a gold event; a field is
    right when its value equals the paired gold value under the rules above; an investor is
    right when it names one of the gold round's investors, whatever the role.
    """
    if gold is None:
        return False
    if kind in ("event", "company"):
        return True
    if kind == "round":
        return pred.round == gold.round
    if kind == "amount":
        return money_equal(pred.amount, gold.amount)
    if kind == "valuation":
        return (
            pred.valuation is not None
            and money_equal(pred.valuation.amount, gold.valuation)
            and gold.valuation is not None
            and pred.valuation.basis == gold.valuation.basis
        )
    if kind == "date":
        return (
            pred.date is not None
            and gold.date is not None
            and (pred.date.value, pred.date.precision) == (gold.date.value, gold.date.precision)
        )
    if kind == "status":
        return pred.status == gold.status
    if kind == "investor":
        mine = pred.investors[investor]
        return any(
            names_match([mine.name, *mine.aliases], [g.name, *g.aliases]) for g in gold.investors
        )
    raise ValueError(f"unknown kind of fact: {kind}")


def fact_confidences(
    document: Document, events: list[FundingEvent]
) -> list[tuple[str, float, bool]]:
    """(kind, confidence, right) for every fact the events assert: the calibration data."""
    paired = {id(p): g for p, g in _pair(events, document.events)}
    facts: list[tuple[str, float, bool]] = []
    for event in events:
        gold = paired.get(id(event))
        facts.append(("event", event.confidence, fact_is_right("event", event, gold)))
        for kind, confidence in event.field_confidence.items():
            if kind != "investors":
                facts.append((kind, confidence, fact_is_right(kind, event, gold)))
        for index, investor in enumerate(event.investors):
            facts.append(
                ("investor", investor.confidence, fact_is_right("investor", event, gold, index))
            )
    return facts
