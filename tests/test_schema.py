"""The committed JSON Schema is the one the code produces (regenerate: vcextract schema)."""

from __future__ import annotations

import json

from vcextract.schema import Extraction

from conftest import ROOT

SCHEMA_FILE = ROOT / "docs" / "schema" / "extraction.schema.json"


def test_schema_committed_file_matches_the_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == Extraction.model_json_schema(mode="serialization"), (
        "the public models changed: run `vcextract schema > docs/schema/extraction.schema.json` "
        "and say what changed in CHANGELOG.md"
    )


def test_schema_amounts_serialise_as_strings() -> None:
    money = Extraction.model_json_schema(mode="serialization")["$defs"]["Money"]
    assert {"type": "string"} in money["properties"]["value"]["anyOf"] or any(
        option.get("type") == "string" for option in money["properties"]["value"]["anyOf"]
    )


def test_schema_markdown_doc_matches_the_models() -> None:
    from vcextract.cli import schema_markdown

    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == schema_markdown(), (
        "the public models changed: run `vcextract schema --markdown > docs/schema.md`"
    )
