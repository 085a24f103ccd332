"""Command line: ``vcextract extract | eval | schema`` (also ``python -m vcextract``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from . import __version__

SAMPLE = "samples/digest.md"
SAMPLE_NAME = "<sample>"


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


def _cmd_extract(args: argparse.Namespace) -> int:
    from .api import extract

    if not args.sample and not args.paths:
        print("vcextract extract: give PATH..., '-' for stdin, or --sample", file=sys.stderr)
        return 2
    names = [SAMPLE_NAME] if args.sample else list(_source_paths(args.paths))
    failed = False
    for name in names:
        try:
            result = extract(_read(name), published=args.published)
        except (ValueError, OSError, UnicodeDecodeError) as error:
            print(f"vcextract: {name}: {error}", file=sys.stderr)
            failed = True
            continue
        data = result.model_dump(mode="json")
        if args.format == "jsonl":
            print(json.dumps({"source": name, **data}, ensure_ascii=False))
        else:
            print(json.dumps({"source": name, **data}, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .corpus import iter_documents
    from .evaluate import evaluate, fact_confidences, rules_only

    documents = [d for path in args.paths for d in iter_documents(path)]
    report = evaluate(documents, rules_only if args.rules_only else None)
    print(report.table())
    if args.show_errors:
        print("documents with an error:", " ".join(report.errors))
    if args.calibration:
        from .api import extract
        from .train import calibration_summary

        facts = [
            (confidence, right)
            for d in documents
            for _, confidence, right in fact_confidences(
                d, extract(d.text, published=d.published, use_model=not args.rules_only).events
            )
        ]
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


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import Extraction

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
    extract.add_argument("--format", choices=["json", "jsonl"], default="json")
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
