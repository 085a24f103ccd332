"""The command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vcextract.cli import main

from conftest import CORPUS


def test_cli_extract_sample_prints_events(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"]["source"] == "front_matter"
    assert [e["company"]["name"] for e in data["events"]] == [
        "星河机器人",
        "微澜半导体",
        "Brightloom AI",
    ]


def test_cli_extract_jsonl_reports_bad_file_and_continues(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("星河科技完成1亿元A轮融资。", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    code = main(
        ["extract", "--format", "jsonl", "--published", "2026-01-02", str(missing), str(good)]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert "missing.txt" in err
    [line] = out.splitlines()
    assert json.loads(line)["events"][0]["round"] == "a"


def test_cli_eval_prints_field_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(CORPUS / "dev")]) == 0
    out = capsys.readouterr().out
    for field in ("event", "company", "round", "amount", "valuation", "date", "leads", "investors"):
        assert field in out


def test_cli_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Extraction"


def test_cli_runs_as_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vcextract", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("vcextract ")
