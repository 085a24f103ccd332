"""Shared fixtures and data loaders for the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
CORPUS = ROOT / "corpus"


def load_jsonl(name: str) -> list[dict[str, Any]]:
    """Rows of a JSONL file under tests/data."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]
