"""CPU time of each stage of ``analyze()``, first pass over distinct articles.

Run: ``.venv/bin/python benchmarks/stages.py [--runs N] [--passes 2]``.
Prints a markdown table: CPU milliseconds per article for each stage of
:func:`analysis.analyze` and for bare ``vaderSentiment`` scoring of the same
sentences, and the ratio of the two — medians over ``N`` fresh processes.

Why this way:

* **CPU time** (``time.process_time``), not wall time: the machine has two
  cores and is shared, and a busy neighbour inflates wall time but not the
  CPU time of our own process.
* **First pass**: the kit caches per paragraph and sentence (splits, tokens,
  n-grams, stems), so analysing the same articles again measures caches,
  not work.  Each run is a fresh process that analyses every PolNeAR
  article once; ``--passes 2`` adds a second, warm pass for comparison.
  One warm-up call on the bundled sample article (not a PolNeAR one)
  imports the libraries and loads Punkt and the word lists beforehand.
* **Stages** are timed by replacing the pipeline's progress callback (the
  hook it calls between stages) with a clock; "parse and language check"
  is the rest of ``analyze()``.  No profiler runs, so its overhead is not
  in the numbers.

Needs ``../shared/eval/quotes/polnear/articles`` (exits otherwise).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear" / "articles"
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"

_RUN = """
import json, sys, time, warnings
from pathlib import Path

import analysis
from analysis import pipeline
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

files, sample, passes = sorted(Path(sys.argv[1]).glob("*.txt")), sys.argv[2], int(sys.argv[3])
totals: dict[str, float] = {}


def clock(show, article):
    # Called by analyze() after parsing; then once per stage change.
    state = {"stage": "sentences", "t": time.process_time()}

    def step(stage):
        now = time.process_time()
        totals[state["stage"]] = totals.get(state["stage"], 0.0) + now - state["t"]
        state["stage"], state["t"] = stage, now

    return step


pipeline._progress = clock
warnings.simplefilter("ignore")  # ArticleWarnings are not what is measured
articles = [analysis.load_article(f) for f in files]
analysis.analyze(sample)  # imports, Punkt, word lists: outside the timing
analyzer = SentimentIntensityAnalyzer()
analyzer.polarity_scores("A warm-up sentence.")
out = []
for _ in range(passes):
    totals.clear()
    t = time.process_time()
    results = [analysis.analyze(a) for a in articles]
    total = time.process_time() - t
    sentences = [s for r in results for s in r.sentences["text"]]
    t = time.process_time()
    for s in sentences:
        analyzer.polarity_scores(s)
    vader = time.process_time() - t
    stages = dict(totals)
    stages["parse and language check"] = total - sum(totals.values())
    out.append({"articles": len(articles), "sentences": len(sentences), "total": total, "vader": vader,
                "stages": stages})
print(json.dumps(out))
"""

_ORDER = (
    "parse and language check", "sentences", "tone", "quotes and speakers",
    "topic segments", "tone toward speakers", "keywords",
)  # fmt: skip


def run(passes: int) -> list[dict]:
    """One fresh process: per-pass CPU seconds (total, VADER, per stage)."""
    proc = subprocess.run(
        [sys.executable, "-c", _RUN, str(POLNEAR), str(SAMPLE), str(passes)], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes (medians are reported)")
    parser.add_argument("--passes", type=int, default=1, help="passes per process (2 adds a warm one)")
    args = parser.parse_args()
    if not any(POLNEAR.glob("*.txt")):
        sys.exit(f"no articles at {POLNEAR}: nothing to measure")
    runs = [run(args.passes) for _ in range(args.runs)]
    n, n_sent = runs[0][0]["articles"], runs[0][0]["sentences"]
    passes = range(args.passes)

    def ms(value) -> list[str]:  # noqa: ANN001 - a function of one pass's record
        """Median CPU ms per article over the runs, for each pass."""
        return [f"{statistics.median(value(r[p]) for r in runs) * 1000 / n:.1f}" for p in passes]

    def row(label: str, cells: list[str]) -> None:
        print(f"| {label} | " + " | ".join(cells) + " |")

    print(f"## CPU ms per article by stage ({n} PolNeAR articles, {n_sent} sentences; "
          f"medians of {args.runs} fresh processes)\n")  # fmt: skip
    row("stage", ["first pass", *(f"pass {p + 1} (warm)" for p in passes[1:])])
    row("---", ["---" for _ in passes])
    for stage in _ORDER:
        row(stage, ms(lambda r, s=stage: r["stages"].get(s, 0.0)))
    row("**`analyze()` total**", [f"**{x}**" for x in ms(lambda r: r["total"])])
    row("bare vaderSentiment, same sentences", ms(lambda r: r["vader"]))
    # The ratio within each run (same machine load), then the median of those.
    ratios = [statistics.median(r[p]["total"] / r[p]["vader"] for r in runs) for p in passes]
    row("**ratio `analyze()` / VADER**", [f"**{x:.1f}×**" for x in ratios])


if __name__ == "__main__":
    main()
