"""extract throughput, cold start, and process scaling, with a CPU control.

Run with ``bash benchmarks/run.sh``. The CPU control runs a pure-Python loop serially and in a
pool of two processes: when the machine itself gives no parallel speed-up (a CPU quota), the
control shows it, so a flat ``extract_many`` scaling is not mistaken for a library problem.
"""

from __future__ import annotations

import json
import multiprocessing
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def cpu_control() -> float:
    """Speed-up of a pure CPU loop on two processes (1.0 means no usable second core)."""
    work = [2_000_000] * 8
    start = time.perf_counter()
    for n in work:
        _burn(n)
    serial = time.perf_counter() - start
    with multiprocessing.get_context().Pool(2) as pool:
        start = time.perf_counter()
        pool.map(_burn, work)
        parallel = time.perf_counter() - start
    return serial / parallel


def cold_start() -> float:
    code = (
        "import time; t = time.perf_counter(); from vcextract import extract; "
        "extract('星河科技完成1.2亿元B轮融资。'); print(time.perf_counter() - t)"
    )
    return float(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )


def main() -> None:
    from vcextract import extract, extract_many

    texts = []
    for file in sorted((ROOT / "corpus").rglob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            texts.append((doc["text"], {"published": doc["published"]}))
    chars = sum(len(t) for t, _ in texts)
    for text, meta in texts[:5]:
        extract(text, published=meta["published"])
    timings = {}
    for n_process in (1, 2):
        start = time.perf_counter()
        for _ in extract_many(texts, n_process=n_process, batch_size=16):
            pass
        timings[n_process] = time.perf_counter() - start
    print(f"documents: {len(texts)}, characters: {chars:,}")
    print("| measure | value |\n| --- | ---: |")
    print(
        f"| extract, one process | {chars / timings[1]:,.0f} chars/s, {len(texts) / timings[1]:,.0f} docs/s |"
    )
    print(f"| extract_many n_process=2 speed-up | {timings[1] / timings[2]:.2f}x |")
    print(f"| CPU control: pure loop on 2 processes | {cpu_control():.2f}x |")
    print(f"| cold start (import + first extract) | {cold_start():.2f} s |")
    print(
        f"| peak RSS of this process | {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB |"
    )


if __name__ == "__main__":
    main()
