"""The annotated corpus: loading documents and their gold events (format: docs/corpus.md)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .schema import Language, Precision, Qualifier, Role, Status

SPLITS = ("train", "dev", "calib", "test")


class _Gold(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldMoney(_Gold):
    """A gold amount; absent keys are null, qualifier defaults to exact."""

    currency: str | None = None
    value: str | None = None
    low: str | None = None
    high: str | None = None
    qualifier: Qualifier = "exact"
    text: str | None = None
    basis: Literal["pre", "post"] | None = None
    equivalents: list[GoldMoney] = Field(default_factory=list)


class GoldInvestor(_Gold):
    """A gold investor."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    role: Role = "participant"
    amount: GoldMoney | None = None


class GoldDate(_Gold):
    """A gold date."""

    value: str
    precision: Precision
    source: Literal["text", "published"] = "text"


class GoldEvent(_Gold):
    """One gold funding round."""

    company: str
    aliases: list[str] = Field(default_factory=list)
    round: str | None = None
    amount: GoldMoney | None = None
    valuation: GoldMoney | None = None
    investors: list[GoldInvestor] = Field(default_factory=list)
    date: GoldDate | None = None
    status: Status = "completed"


class Document(_Gold):
    """One annotated document."""

    id: str
    language: Language
    shape: str
    published: str | None = None
    text: str
    events: list[GoldEvent] = Field(default_factory=list)
    notes: str | None = None
    split: str = ""


def corpus_root() -> Path:
    """The repository's corpus/ folder (next to src/)."""
    return Path(__file__).resolve().parents[2] / "corpus"


def iter_documents(path: Path | str) -> Iterator[Document]:
    """Documents from a JSONL file or from every JSONL file under a folder, validated."""
    path = Path(path)
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        split = file.parent.name if file.parent.name in SPLITS else ""
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw: dict[str, Any] = json.loads(line)
                yield Document.model_validate({**raw, "split": split})
            except ValueError as error:
                raise ValueError(f"{file}:{number}: {error}") from error


def corpus_hash(root: Path | str) -> str:
    """SHA-256 over every corpus file's path and bytes, in sorted order."""
    digest = hashlib.sha256()
    root = Path(root)
    for file in sorted(root.rglob("*.jsonl")):
        digest.update(str(file.relative_to(root)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


_CANONICAL_ROUND = re.compile(
    r"pre-seed|seed\+?|angel\+{0,2}|pre-[a-j]\+{0,2}|[a-j](?:\+{1,2}|[1-9])?"
    r"|pre-ipo|strategic|cornerstone|private-placement|convertible|debt"
)
_DATE_VALUE = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-W\d{2}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "quarter": re.compile(r"\d{4}-Q[1-4]"),
    "year": re.compile(r"\d{4}"),
}


def gold_problems(document: Document) -> list[str]:
    """What in a document's gold breaks the rules of docs/corpus.md (empty when none).

    Checks what a machine can: names and aliases occur verbatim in the text, rounds are
    canonical (docs/rounds.md), date values match their precision, decimals parse.
    """
    problems: list[str] = []
    for number, event in enumerate(document.events, 1):
        where = f"event {number} ({event.company})"
        names = [event.company, *event.aliases]
        for investor in event.investors:
            names += [investor.name, *investor.aliases]
        problems += [f"{where}: {n!r} is not in the text" for n in names if n not in document.text]
        if event.round is not None and not _CANONICAL_ROUND.fullmatch(event.round):
            problems.append(f"{where}: round {event.round!r} is not canonical")
        if event.date and not _DATE_VALUE[event.date.precision].fullmatch(event.date.value):
            problems.append(f"{where}: date {event.date.value!r} is not a {event.date.precision}")
        monies = [event.amount, event.valuation]
        monies += [i.amount for i in event.investors]
        for money in filter(None, monies):
            for number_text in filter(None, (money.value, money.low, money.high)):
                try:
                    Decimal(number_text)
                except InvalidOperation:
                    problems.append(f"{where}: {number_text!r} is not a decimal")
    return problems
