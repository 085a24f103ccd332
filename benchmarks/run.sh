#!/usr/bin/env bash
# One command for every benchmark: builds benchmarks/.env (vcextract + JioNLP for reference).
set -euo pipefail
cd "$(dirname "$0")/.."
env=benchmarks/.env
[ -x "$env/bin/python" ] || python3 -m venv "$env"
"$env/bin/pip" install --quiet -e . jionlp
"$env/bin/python" benchmarks/bench_money.py
"$env/bin/python" benchmarks/bench_extract.py
