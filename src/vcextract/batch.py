"""``extract_many``: many texts, in input order, optionally across processes."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Union

from .api import extract
from .schema import Extraction

#: A plain text, or a (text, metadata) pair whose metadata may carry "published".
Record = Union[str, tuple[str, Mapping[str, Any]]]


def _unpack(record: Record, published: dt.date | str | None) -> tuple[str, dt.date | str | None]:
    if isinstance(record, tuple):
        text, metadata = record
        return text, metadata.get("published", published)
    return record, published


def extract_partition(
    records: Iterable[Record], *, published: dt.date | str | None = None, use_model: bool = True
) -> list[dict[str, Any]]:
    """JSON-ready results for one partition of a distributed collection, in order.

    The shape ``mapPartitions`` (Spark) and ``map_partitions`` (Dask) expect: an iterable of
    records in, a list of plain dicts out (``Extraction.model_dump(mode="json")``), so only
    built-in types cross process or machine boundaries (a list, not a generator: Dask's
    process scheduler pickles partition results). The function is a module-level name and
    pickles by reference; the model loads once per worker process. See docs/scale-out.md.
    """
    results = []
    for record in records:
        text, when = _unpack(record, published)
        results.append(extract(text, published=when, use_model=use_model).model_dump(mode="json"))
    return results


def _extract_record(job: tuple[Record, dt.date | str | None]) -> Extraction:
    record, published = job
    text, when = _unpack(record, published)
    return extract(text, published=when)


def extract_many(
    texts: Iterable[Record],
    *,
    published: dt.date | str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Extraction]:
    """``extract`` over many texts, yielding results in input order.

    Each item is a ``str`` or a ``(text, metadata)`` pair; ``metadata["published"]`` overrides
    the ``published`` argument for that text. With ``n_process > 1`` the texts are spread over
    worker processes in chunks of ``batch_size``; results equal ``extract()`` one by one.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    jobs = ((record, published) for record in texts)
    if n_process == 1:
        yield from map(_extract_record, jobs)
        return
    context = multiprocessing.get_context()  # the platform default (fork on Linux: no re-import)
    with context.Pool(n_process) as pool:
        yield from pool.imap(_extract_record, jobs, chunksize=batch_size)
