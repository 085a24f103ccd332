"""``extract``: the one entry point that runs every stage on a text."""

from __future__ import annotations

import datetime as dt

from .assemble import DocContext, Draft, merge_across_items, process_item
from .dates import coerce_published, find_date_mentions
from .document import find_published, split_items
from .errors import MAX_INPUT_CHARS, InputTooLargeError, warning
from .money import find_money_in
from .parties import PartyCandidate
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
from .scoring import FIELD_BASE, EventEvidence, event_confidence
from .text import detect_language, normalize

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "mixed")


def extract(
    text: str, *, published: dt.date | str | None = None, lang: str | None = None
) -> Extraction:
    """Extract every funding round and every money mention from a news text.

    ``published`` is the publish date relative dates resolve against (a ``date`` or an ISO
    string); when omitted it is looked for in the text (front matter, a ``DATE:`` line, the
    title). ``lang`` overrides language detection ("zh-Hans", "zh-Hant", "en", "mixed").

    Raises ``TypeError`` for a non-``str`` text and ``InputTooLargeError`` (a ``ValueError``)
    above ``MAX_INPUT_CHARS`` characters.

    >>> event = extract("星河科技完成1.2亿元B轮融资，由甲乙资本领投。").events[0]
    >>> event.company.name, event.round, str(event.amount.value)
    ('星河科技', 'b', '120000000')
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(len(text))
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, got {lang!r}")
    if not text.strip():
        return Extraction()
    norm = normalize(text)
    language: Language | None = lang or detect_language(norm)  # type: ignore[assignment]
    publish = _publish_date(published, norm.text, text)
    money = find_money_in(norm)
    ctx = DocContext(
        text=norm.text,
        original=text,
        money=money,
        rounds=find_rounds(norm.text),
        dates=find_date_mentions(norm.text),
        published=publish.value if publish else None,
    )
    for index, item in enumerate(split_items(norm.text)):
        process_item(ctx, index, item)
    drafts = [d for d in merge_across_items(ctx.drafts) if d.company is not None]
    warnings = [
        warning("VCX001", text=m.text) for m in money if m.currency == "CNY" and m.confidence < 0.8
    ]
    events = [_event(d, text, publish, money) for d in drafts]
    return Extraction(
        events=events, money=money, language=language, published=publish, warnings=warnings
    )


def _publish_date(argument: dt.date | str | None, text: str, original: str) -> PublishedDate | None:
    value = coerce_published(argument)
    if value is not None:
        return PublishedDate(value=value, source="argument")
    return find_published(text, original)


def _span(original: str, start: int, end: int, label: str) -> Span:
    return Span(start=start, end=end, text=original[start:end], label=label)


def _party(candidate: PartyCandidate, original: str, label: str) -> Party:
    return Party(
        name=original[candidate.start : candidate.end],
        aliases=_unique(candidate.aliases, exclude=candidate.name),
        span=_span(original, candidate.start, candidate.end, label),
        confidence=FIELD_BASE["company"],
    )


def _unique(names: list[str], exclude: str) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name != exclude and name not in seen:
            seen.append(name)
    return seen


def _investor(candidate: PartyCandidate, original: str, money: list[Money]) -> Investor:
    amount = None
    if candidate.amount_span:
        low = candidate.amount_span[0]
        amount = next((m for m in money if low <= m.start <= low + 2), None)
    return Investor(
        name=original[candidate.start : candidate.end],
        aliases=_unique(candidate.aliases, exclude=candidate.name),
        span=_span(original, candidate.start, candidate.end, f"investor:{candidate.role}"),
        confidence=FIELD_BASE["investors"],
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


def _event(
    draft: Draft, original: str, publish: PublishedDate | None, money: list[Money]
) -> FundingEvent:
    assert draft.company is not None
    company = _party(draft.company, original, "company")
    investors = [_investor(c, original, money) for c in draft.investors]
    valuation = (
        Valuation(
            amount=draft.valuation[0],
            basis=draft.valuation[1],
            confidence=FIELD_BASE["valuation"],
        )
        if draft.valuation
        else None
    )
    date = _date(draft, publish)
    evidence = [company.span] if company.span else []
    round_text = None
    if draft.round_span:
        round_text = original[draft.round_span[0] : draft.round_span[1]]
        evidence.append(_span(original, *draft.round_span, "round"))
    if draft.amount:
        evidence.append(_span(original, draft.amount.start, draft.amount.end, "amount"))
    if valuation:
        evidence.append(_span(original, valuation.amount.start, valuation.amount.end, "valuation"))
    evidence.extend(i.span for i in investors if i.span)
    if date and date.span:
        evidence.append(date.span)
    evidence.extend(draft.cues[:3])
    confidence = event_confidence(
        EventEvidence(
            named_round=draft.round is not None,
            trigger=bool(draft.cues),
            amount=draft.amount is not None,
            investors=bool(investors),
            company=True,
            disagreement=draft.disagreement,
            planned=draft.status == "planned",
        )
    )
    fields = {
        "company": company.confidence,
        "round": FIELD_BASE["round"] if draft.round else 0.5,
        "amount": draft.amount.confidence if draft.amount else 0.5,
        "valuation": FIELD_BASE["valuation"] if valuation else 0.5,
        "investors": FIELD_BASE["investors"] if investors else 0.5,
        "date": date.confidence if date else 0.5,
        "status": FIELD_BASE["status"],
    }
    if draft.disagreement:
        fields["amount"] = round(fields["amount"] - 0.15, 3)
    return FundingEvent(
        company=company,
        round=draft.round,
        round_text=round_text,
        amount=draft.amount,
        valuation=valuation,
        investors=investors,
        date=date,
        status=draft.status,
        confidence=confidence,
        field_confidence=fields,
        evidence=evidence,
    )
