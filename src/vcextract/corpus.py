"""The annotated corpus: loading documents and their gold events (format: docs/corpus.md)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .schema import Language, Precision, Qualifier, Role, Status

SPLITS = ("train", "dev", "test")


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
