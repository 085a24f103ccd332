"""``extract``: the one entry point that runs every stage on a text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .assemble import (
    DocContext,
    Draft,
    is_bare_mention,
    merge_across_items,
    process_item,
    with_earlier_valuations,
)
from .calibration import Calibration, shipped_calibration
from .dates import coerce_published, find_date_mentions, with_story_years
from .document import find_published, split_items
from .errors import MAX_INPUT_CHARS, InputTooLargeError, warning
from .models import Model, event_tokens, money_tokens, shipped_model
from .money import (
    ASSUMED_CURRENCY,
    find_money_in,
    in_taiwan_dollars,
    in_yen,
    with_noted_currency,
)
from .parties import PartyCandidate, is_chinese, is_institution
from .rounds import find_rounds
from .schema import (
    DateValue,
    Extraction,
    FundingEvent,
    Investor,
    Language,
    Money,
    Party,
    PublishedDate,
    Span,
    Valuation,
)
from .scoring import FIELD_BASE, EventEvidence, Scorer
from .text import detect_language, normalize

LETTERED = frozenset("abcdefghij")  # Series A-J rounds, the most reliably read
LANGUAGES = ("zh-Hans", "zh-Hant", "en", "mixed")


@dataclass(frozen=True)
class Analysis:
    """An extraction with what produced it: the training and calibration code reads this."""

    extraction: Extraction
    #: Per event: the event classifier's input tokens (empty unless tokenised) and its evidence.
    event_inputs: list[list[str]] = field(default_factory=list)
    event_evidence: list[EventEvidence] = field(default_factory=list)
    event_probabilities: list[float | None] = field(default_factory=list)
    #: Per event: each field scored, as (kind, evidence flags), investors in order.
    field_flags: list[list[tuple[str, dict[str, bool]]]] = field(default_factory=list)
    #: Per money mention: the money-role classifier's input tokens.
    money_inputs: list[list[str]] = field(default_factory=list)


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    lang: str | None = None,
    use_model: bool = True,
) -> Extraction:
    """Extract every funding round and every money mention from a news text.

    ``published`` is the publish date relative dates resolve against (a ``date`` or an ISO
    string); when omitted it is looked for in the text (front matter, a ``DATE:`` line, the
    title). ``lang`` overrides language detection ("zh-Hans", "zh-Hant", "en", "mixed").
    ``use_model=False`` runs the rules alone, without the shipped statistical model
    (docs/model.md); confidences then come from the rules-only calibration.

    Raises ``TypeError`` for a non-``str`` text and ``InputTooLargeError`` (a ``ValueError``)
    above ``MAX_INPUT_CHARS`` characters. A lone surrogate (left by decoding bytes with
    ``errors="surrogateescape"``) is read as U+FFFD; surface texts keep the caller's
    characters, so such a result serialises to JSON only as far as the input itself would.

    >>> event = extract("星河科技完成1.2亿元B轮融资，由甲乙资本领投。").events[0]
    >>> event.company.name, event.round, str(event.amount.value)
    ('星河科技', 'b', '120000000')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    model = shipped_model() if use_model else None
    calibration = shipped_calibration("model" if model else "rules")
    return analyse(
        text, published=published, lang=lang, model=model, calibration=calibration
    ).extraction


def analyse(
    text: str,
    *,
    published: dt.date | str | None = None,
    lang: str | None = None,
    model: Model | None = None,
    calibration: Calibration | None = None,
    keep_inputs: bool = False,
) -> Analysis:
    """``extract`` with an explicit model and calibration.

    The model's input tokens are built only when a model runs or ``keep_inputs`` asks for them
    (training does): the rules-only path never tokenises.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(len(text))
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, got {lang!r}")
    if not text.strip():
        return Analysis(Extraction())
    norm = normalize(text)
    language: Language | None = lang or detect_language(norm)  # type: ignore[assignment]
    publish = _publish_date(published, norm.text, text)
    items = split_items(norm.text)
    spans = [(item.start, item.end) for item in items]
    money = in_taiwan_dollars(
        norm.text, find_money_in(norm), spans, traditional=language == "zh-Hant"
    )
    money = with_noted_currency(norm.text, in_yen(norm.text, money, spans))
    tokenise = model is not None or keep_inputs
    money_inputs = [money_tokens(norm.text, m.start, m.end) for m in money] if tokenise else []
    ctx = DocContext(
        text=norm.text,
        original=text,
        money=money,
        rounds=find_rounds(norm.text),
        dates=with_story_years(
            find_date_mentions(norm.text),
            publish.value if publish else None,
            [(s.start, s.end) for item in items for s in item.sentences if s.headline],
        ),
        published=publish.value if publish else None,
        demoted=_demoted(model, money, money_inputs),
    )
    for index, item in enumerate(items):
        process_item(ctx, index, item)
    drafts = [
        d
        for d in merge_across_items(ctx.drafts)
        if d.company is not None and not is_bare_mention(ctx, d)
    ]
    with_earlier_valuations(ctx, drafts)
    evidence = [_evidence(d, norm.text) for d in drafts]
    inputs = [
        event_tokens(norm.text, d.sentence, _company_span(d), e.flags()) if tokenise else []
        for d, e in zip(drafts, evidence, strict=True)
    ]
    probabilities: list[float | None] = (
        list(model.event_probabilities(inputs)) if model and inputs else [None] * len(drafts)
    )
    keep = [
        i
        for i, p in enumerate(probabilities)
        if model is None or p is None or p >= model.event_threshold
    ]
    scorer = Scorer(calibration)
    events, field_flags = [], []
    for i in keep:
        scorer.log = []
        events.append(
            _event(drafts[i], text, publish, money, evidence[i], probabilities[i], scorer)
        )
        field_flags.append(scorer.log)
    warnings = [
        warning("VCX001", text=m.text) for m in money if m.currency == "CNY" and m.confidence < 0.8
    ]
    extraction = Extraction(
        events=events, money=money, language=language, published=publish, warnings=warnings
    )
    return Analysis(
        extraction,
        event_inputs=[inputs[i] for i in keep] if tokenise else [],
        event_evidence=[evidence[i] for i in keep],
        event_probabilities=[probabilities[i] for i in keep],
        field_flags=field_flags,
        money_inputs=money_inputs,
    )


def _demoted(model: Model | None, money: list[Money], inputs: list[list[str]]) -> frozenset[int]:
    """Starts of the money mentions the model is confident are not a round's amount."""
    if model is None or not money:
        return frozenset()
    threshold = model.money_threshold
    return frozenset(
        m.start
        for m, p in zip(money, model.money_probabilities(inputs), strict=True)
        if p.get("other", 0.0) >= threshold
    )


def _company_span(draft: Draft) -> tuple[int, int] | None:
    return (draft.company.start, draft.company.end) if draft.company else None


def _evidence(draft: Draft, text: str) -> EventEvidence:
    assert draft.company is not None
    return EventEvidence(
        round=draft.round is not None,
        trigger=bool(draft.cues),
        amount=draft.amount is not None,
        investors=bool(draft.investors),
        disagreement=draft.disagreement,
        planned=draft.status == "planned",
        headline_only=draft.headline,
        chinese=is_chinese(draft.company.name),
        inferred_company=draft.inferred_company,
    )


def _publish_date(argument: dt.date | str | None, text: str, original: str) -> PublishedDate | None:
    value = coerce_published(argument)
    if value is not None:
        return PublishedDate(value=value, source="argument")
    return find_published(text, original)


def _span(original: str, start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, text=original[start:end], label=label)


def _party(candidate: PartyCandidate, original: str, label: str, confidence: float) -> Party:
    return Party(
        name=original[candidate.start : candidate.end],
        aliases=_unique(candidate.aliases, exclude=candidate.name),
        span=_span(original, candidate.start, candidate.end, label),
        confidence=confidence,
    )


def _unique(names: list[str], exclude: str) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name != exclude and name not in seen:
            seen.append(name)
    return seen


def _investor(
    candidate: PartyCandidate,
    original: str,
    money: list[Money],
    confidence: float,
) -> Investor:
    amount = None
    if candidate.amount_span:
        low = candidate.amount_span[0]
        amount = next((m for m in money if low <= m.start <= low + 2), None)
    return Investor(
        name=original[candidate.start : candidate.end],
        aliases=_unique(candidate.aliases, exclude=candidate.name),
        span=_span(original, candidate.start, candidate.end, f"investor:{candidate.role}"),
        confidence=confidence,
        role=candidate.role,
        amount=amount,
    )


def _date(draft: Draft, publish: PublishedDate | None) -> DateValue | None:
    if draft.date is not None:
        return draft.date
    if publish is None:
        return None
    return DateValue(
        value=publish.value.isoformat(),
        precision="day",
        source="published",
        confidence=FIELD_BASE["date_published"],
    )


def _in_currency_of(valuation: Money, amount: Money | None) -> Money:
    """``valuation`` in the round amount's currency when the text gave the valuation no currency
    word of its own and the amount one: "完成3,800萬港元A輪融資……估值約4億" is HK$400 million,
    not the renminbi a bare 億 in a deal context is otherwise read as. The mention in
    ``ExtractionResult.money`` keeps its context-free reading."""
    assumed = valuation.confidence <= ASSUMED_CURRENCY
    if amount is None or not assumed or amount.confidence <= ASSUMED_CURRENCY:
        return valuation
    if amount.currency in (None, valuation.currency):
        return valuation
    return valuation.model_copy(update={"currency": amount.currency})


def _event(
    draft: Draft,
    original: str,
    publish: PublishedDate | None,
    money: list[Money],
    evidence: EventEvidence,
    model_probability: float | None,
    scorer: Scorer,
) -> FundingEvent:
    assert draft.company is not None
    confidence = scorer.event(evidence, model_probability)
    fields: dict[str, float] = {}

    def field(kind: str, prior: float, **flags: bool) -> float:
        fields[kind] = scorer.field(kind, confidence, prior, **flags)
        return fields[kind]

    company = _party(
        draft.company,
        original,
        "company",
        field("company", FIELD_BASE["company"], inferred=draft.inferred_company),
    )
    many = len(draft.investors) > 4
    investors = [
        _investor(
            c,
            original,
            money,
            scorer.field(
                "investor",
                confidence,
                FIELD_BASE["investor"],
                lead=c.role == "lead",
                existing=c.role == "existing",
                many=many,
                institution=is_institution(c.name),
            ),
        )
        for c in draft.investors
    ]
    if investors:
        fields["investors"] = round(sum(i.confidence for i in investors) / len(investors), 3)
    valuation = None
    if draft.valuation:
        valuation = Valuation(
            amount=_in_currency_of(draft.valuation[0], draft.amount),
            basis=draft.valuation[1],
            confidence=field(
                "valuation", FIELD_BASE["valuation"], basis=draft.valuation[1] is not None
            ),
        )
    date = _date(draft, publish)
    if date is not None:
        published_date = date.source == "published"
        date = date.model_copy(
            update={
                "confidence": field(
                    "date",
                    date.confidence,
                    published=published_date,
                    day=date.precision == "day",
                )
            }
        )
    amount = draft.amount
    if amount is not None:
        prior = amount.confidence - (0.15 if draft.disagreement else 0.0)
        field(
            "amount",
            round(prior, 3),
            exact=amount.qualifier == "exact",
            cny_default=amount.confidence < 0.8,
            band=amount.value is None,
            disagreement=draft.disagreement,
        )
    round_text = None
    if draft.round:
        field("round", FIELD_BASE["round"], lettered=draft.round[:1] in LETTERED)
    field("status", FIELD_BASE["status"], planned=draft.status == "planned")
    spans = [company.span] if company.span else []
    if draft.round_span:
        round_text = original[draft.round_span[0] : draft.round_span[1]]
        spans.append(_span(original, *draft.round_span, "round"))
    if amount:
        spans.append(_span(original, amount.start, amount.end, "amount"))
    if valuation:
        spans.append(_span(original, valuation.amount.start, valuation.amount.end, "valuation"))
    spans.extend(i.span for i in investors if i.span)
    if date and date.span:
        spans.append(date.span)
    spans.extend(draft.cues[:3])
    return FundingEvent(
        company=company,
        round=draft.round,
        round_text=round_text,
        amount=amount,
        valuation=valuation,
        investors=investors,
        date=date,
        status=draft.status,
        confidence=confidence,
        field_confidence=fields,
        evidence=spans,
    )
