"""Command line: ``vcextract extract | eval | train | schema`` (also ``python -m vcextract``)."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from . import __version__

if TYPE_CHECKING:
    from .schema import Extraction

SAMPLE = "samples/digest.md"
SAMPLE_NAME = "<sample>"


@dataclass(frozen=True)
class Job:
    """One text to extract: where it came from, and its publish date if the record gave one."""

    source: str
    text: str
    published: str | None


class BadInput(Exception):
    """A file or record that cannot be read; reported on stderr, the rest still runs."""


def _source_paths(paths: Sequence[str]) -> Iterator[str]:
    """Each file named, each file under a folder named, and ``-`` for stdin."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            yield raw


def _read(name: str) -> str:
    if name == SAMPLE_NAME:
        return resources.files(__package__).joinpath(SAMPLE).read_text(encoding="utf-8")
    return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")


def _jobs(name: str, text_field: str | None) -> Iterator[Job | BadInput]:
    """The jobs of one input: the whole text, or one per JSONL record when records are read.

    A file is read as JSONL records when ``--text-field`` is given or its name ends in
    ``.jsonl``; each record's ``published`` key, when present, is its publish date.
    """
    try:
        content = _read(name)
    except (OSError, UnicodeDecodeError) as error:
        yield BadInput(f"{name}: {error}")
        return
    if text_field is None and not name.endswith(".jsonl"):
        yield Job(name, content, None)
        return
    field = text_field or "text"
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            yield BadInput(f"{source}: not JSON ({error})")
            continue
        text = record.get(field) if isinstance(record, dict) else None
        if not isinstance(text, str):
            yield BadInput(f"{source}: no string field {field!r}")
            continue
        published = record.get("published")
        yield Job(source, text, published if isinstance(published, str) else None)


def _cmd_extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .api import extract

    if not args.sample and not args.paths:
        print("vcextract extract: give PATH..., '-' for stdin, or --sample", file=sys.stderr)
        return 2
    names = [SAMPLE_NAME] if args.sample else list(_source_paths(args.paths))
    jobs = (job for name in names for job in _jobs(name, args.text_field))
    failed = False
    # tqdm writes to stderr and, with disable=None, only when stderr is a terminal.
    progress = tqdm(jobs, unit="doc", disable=None if not args.progress else False, file=sys.stderr)
    table_rows: list[list[str]] = []
    for job in progress:
        if isinstance(job, BadInput):
            progress.write(f"vcextract: {job}", file=sys.stderr)
            failed = True
            continue
        try:
            result = extract(
                job.text, published=job.published or args.published, use_model=not args.no_model
            )
        except (ValueError, TypeError) as error:
            progress.write(f"vcextract: {job.source}: {error}", file=sys.stderr)
            failed = True
            continue
        if args.format == "table":
            table_rows.extend(_table_rows(job.source, result))
            continue
        data = {"source": job.source, **result.model_dump(mode="json")}
        indent = None if args.format == "jsonl" else 2
        print(json.dumps(data, ensure_ascii=False, indent=indent))
    if args.format == "table":
        print(_table(table_rows))
    return 1 if failed else 0


TABLE_HEADER = [
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


def _table_rows(source: str, result: Extraction) -> list[list[str]]:
    rows = []
    for event in result.events:
        investors = ", ".join(f"{i.name}*" if i.role == "lead" else i.name for i in event.investors)
        rows.append(
            [
                source,
                event.company.name if event.company else "",
                event.round_text or (event.round or ""),
                event.amount.text if event.amount else "",
                event.valuation.amount.text if event.valuation else "",
                investors,
                event.date.value if event.date else "",
                event.status,
                f"{event.confidence:.2f}",
            ]
        )
    return rows


def _width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _table(rows: list[list[str]], limit: int = 40) -> str:
    """Rows as an aligned text table; cells are cut at ``limit`` columns (lead investors*)."""
    cut = [[_clip(cell, limit) for cell in row] for row in [TABLE_HEADER, *rows]]
    widths = [max(_width(row[i]) for row in cut) for i in range(len(TABLE_HEADER))]
    lines = [
        "  ".join(
            cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for row in cut
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    while _width(text) > limit - 1:
        text = text[:-1]
    return text + "…"


def _cmd_eval(args: argparse.Namespace) -> int:
    from .corpus import Document, iter_documents
    from .evaluate import default_run, evaluate, fact_confidences, rules_only
    from .schema import FundingEvent

    documents = [d for path in args.paths for d in iter_documents(path)]
    run = rules_only if args.rules_only else default_run
    facts: list[tuple[float, bool]] = []

    def scored(document: Document) -> list[FundingEvent]:
        # One extraction per document serves both the F1 table and the calibration report.
        events = run(document)
        facts.extend((c, right) for _, c, right in fact_confidences(document, events))
        return events

    report = evaluate(documents, scored)
    print(report.table())
    if args.show_errors:
        print("documents with an error:", " ".join(report.errors))
    if args.calibration:
        from .calibration import calibration_summary

        print("calibration:", json.dumps(calibration_summary(facts)))
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from .models import shipped_path
    from .train import TrainConfig, train

    out = Path(args.out) if args.out else shipped_path()
    config = TrainConfig(corpus=Path(args.corpus), out=out, seed=args.seed, epochs=args.epochs)
    train(config, log=lambda line: print(line, file=sys.stderr))
    print(f"model written to {out}", file=sys.stderr)
    return 0


def schema_markdown() -> str:
    """The public models field by field, from their docstrings (docs/schema.md)."""
    from pydantic import BaseModel

    from . import schema

    lines = [
        "# Output schema, field by field",
        "",
        "Generated from `src/vcextract/schema.py` by `vcextract schema --markdown`; the JSON",
        "Schema is `docs/schema/extraction.schema.json`. All models are frozen; money values are",
        "exact `Decimal`s (strings in JSON); every offset indexes the caller's original text.",
    ]
    models: list[type[BaseModel]] = [
        schema.Extraction,
        schema.FundingEvent,
        schema.Party,
        schema.Investor,
        schema.Money,
        schema.Valuation,
        schema.DateValue,
        schema.PublishedDate,
        schema.Span,
    ]
    for model in models:
        doc = " ".join((model.__doc__ or "").split())
        lines += [
            "",
            f"## `{model.__name__}`",
            "",
            doc,
            "",
            "| field | type | meaning |",
            "|---|---|---|",
        ]
        for name, info in model.model_fields.items():
            kind = regex.sub(
                r"\b(?:typing|vcextract\.schema|decimal|datetime)\.", "", str(info.annotation)
            )
            kind = regex.sub(r"<class '([^']+)'>", r"\1", kind).replace("|", "\\|")
            kind = regex.sub(r"Annotated\[float, FieldInfo\([^\[\]]*\[[^\]]*\]\)\]", "float", kind)
            meaning = " ".join((info.description or "").split()).replace("|", "\\|")
            lines.append(f"| `{name}` | `{kind}` | {meaning} |")
    return "\n".join(lines) + "\n"


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import Extraction

    if args.markdown:
        sys.stdout.write(schema_markdown())
        return 0
    print(
        json.dumps(Extraction.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2)
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``vcextract`` command."""
    parser = argparse.ArgumentParser(prog="vcextract", description=__doc__)
    parser.add_argument("--version", action="version", version=f"vcextract {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract funding events from texts as JSON")
    extract.add_argument("paths", nargs="*", help="files, folders, or - for stdin")
    extract.add_argument("--published", help="publish date (YYYY-MM-DD) for relative dates")
    extract.add_argument(
        "--format",
        choices=["json", "jsonl", "table"],
        default="json",
        help="pretty JSON per input (default), one JSON line per input, or an aligned table",
    )
    extract.add_argument(
        "--text-field",
        metavar="NAME",
        help="read inputs as JSONL records and take the text from field NAME "
        "(files ending in .jsonl are read as records with field 'text' by default)",
    )
    extract.add_argument("--no-model", action="store_true", help="run the rules alone")
    extract.add_argument(
        "--progress", action="store_true", help="show the progress bar even when not on a terminal"
    )
    extract.add_argument("--sample", action="store_true", help="run on the bundled sample digest")
    extract.set_defaults(run=_cmd_extract)

    evaluate = commands.add_parser("eval", help="per-field precision/recall/F1 on a corpus")
    evaluate.add_argument("paths", nargs="+", help="corpus JSONL files or folders")
    evaluate.add_argument("--show-errors", action="store_true", help="list imperfect documents")
    evaluate.add_argument("--rules-only", action="store_true", help="run without the model")
    evaluate.add_argument(
        "--calibration",
        action="store_true",
        help="also report the expected calibration error and precision at confidence >= 0.9",
    )
    evaluate.set_defaults(run=_cmd_eval)

    trainer = commands.add_parser(
        "train", help="train the model half from a corpus (train split; tuned on dev)"
    )
    trainer.add_argument("--corpus", default="corpus", help="folder with train/ and dev/")
    trainer.add_argument("--out", help="output folder (default: the package's trained/)")
    trainer.add_argument("--seed", type=int, default=0)
    trainer.add_argument("--epochs", type=int, default=12)
    trainer.set_defaults(run=_cmd_train)

    schema = commands.add_parser("schema", help="print the JSON Schema of the output")
    schema.add_argument(
        "--markdown", action="store_true", help="the fields as a markdown table (docs/schema.md)"
    )
    schema.set_defaults(run=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``vcextract`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:
        # The reader went away (``vcextract eval ... | head``): stop quietly, as Unix tools do.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
