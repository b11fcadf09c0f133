"""Speed of the kit on one article: import time and analyze() time.

Run: ``.venv/bin/python benchmarks/speed.py [ARTICLE] [--repeat N]``.
Reports medians over N fresh processes (import, first analyze) and over N
calls in one process (warm analyze).  The machine is noisy: compare numbers
from one run, not across runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"

_PROBE = """
import json, sys, time
t0 = time.perf_counter()
import analysis
t1 = time.perf_counter()
res = analysis.analyze(sys.argv[1])
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first_analyze": t2 - t1}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    fresh = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _PROBE, str(args.article)], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(args.repeat)
    ]
    import analysis

    analysis.analyze(args.article)
    warm = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        analysis.analyze(args.article)
        warm.append(time.perf_counter() - t)
    rows = {
        "import analysis": statistics.median(r["import"] for r in fresh),
        "first analyze() in a fresh process": statistics.median(r["first_analyze"] for r in fresh),
        "analyze() once loaded": statistics.median(warm),
    }
    print(f"article: {args.article.name}, medians of {args.repeat}")
    print("| step | median |\n|---|---|")
    for name, seconds in rows.items():
        print(f"| {name} | {seconds * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
