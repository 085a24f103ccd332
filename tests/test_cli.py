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


def _records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "body": "星河科技完成1.2亿元B轮融资，由甲乙资本领投。",
                        "published": "2026-03-01",
                    },
                    ensure_ascii=False,
                ),
                "not json",
                json.dumps({"title": "no body"}),
                json.dumps(
                    {"body": "Foo Robotics raised $30 million in a Series A led by Bar Ventures."}
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


def test_cli_text_field_reads_records_and_reports_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _records(tmp_path)
    code = main(
        [
            "extract",
            "--format",
            "jsonl",
            "--text-field",
            "body",
            "--published",
            "2025-01-01",
            str(path),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{path}:2: not JSON" in err
    assert f"{path}:3: no string field 'body'" in err
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["source"] == f"{path}:1"
    assert first["events"][0]["date"]["value"] == "2026-03-01"  # the record's own date wins
    assert second["source"] == f"{path}:4"
    assert second["events"][0]["company"]["name"] == "Foo Robotics"


def test_cli_table_format_aligns_wide_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--format", "table", "--sample"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "source",
        "company",
        "round",
        "amount",
        "valuation",
        "investors",
        "date",
        "status",
        "conf",
    ]
    assert set(lines[1]) <= {"-", " "}
    rows = lines[2:]
    assert len(rows) == 3
    # "date" starts at the same terminal column on every line, CJK cells counting double.
    from vcextract.cli import _width

    columns = {_width(line[: line.index("2026-03")]) for line in rows}
    assert len(columns) == 1
    assert "青岚资本*" in rows[0]  # the lead is starred


def test_cli_progress_bar_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample", "--progress", "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert "doc" in err
    assert json.loads(out)["source"] == "<sample>"


def test_cli_no_model_flag_runs_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--sample", "--no-model", "--format", "jsonl"]) == 0
    assert len(json.loads(capsys.readouterr().out)["events"]) == 3


@pytest.mark.parametrize("command", ["extract", "eval", "train", "schema"])
def test_cli_help_on_each_command(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "usage: vcextract" in capsys.readouterr().out
