"""Memory and time of analyze() per stage on very long texts (2 MB, 20 MB).

Run: ``.venv/bin/python benchmarks/memory.py [--mb 2 20] [--unique]``.

Each size runs in a fresh process.  The text is Wikinews bodies from the
shared corpus (``../shared/corpus/wikinews``; the bundled article if absent)
repeated to the size; ``--unique`` numbers every paragraph so no two are the
same and no per-paragraph cache can help (the worst case).

Peak RSS per stage is the kernel's high-water mark (``VmHWM``), reset at the
start of each stage by writing ``5`` to ``/proc/self/clear_refs`` — exact,
no sampling thread, Linux only.  "held after" is the resident size when the
stage ends.  Stages are those of the progress bar (``pipeline._STAGES``),
observed by wrapping ``pipeline._progress``; "read" is decoding and parsing
the text into an ``Article`` (plus the language check).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"


def _status(field: str) -> float:
    """A ``/proc/self/status`` size field, in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        return int(re.search(rf"{field}:\s+(\d+)", fh.read()).group(1)) / 1024  # type: ignore[union-attr]


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def build_text(n_chars: int, *, unique: bool) -> str:
    """A long article: a headline, then news paragraphs repeated to ``n_chars``."""
    files = sorted(CORPUS.glob("2*.txt")) if CORPUS.is_dir() else []
    if files:
        body = "\n\n".join(p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in files)
    else:
        body = SAMPLE.read_text(encoding="utf-8").split("\n\n", 1)[1]
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out = ["A very long article"]
    size = len(out[0])
    i = 0
    while size < n_chars:
        p = paragraphs[i % len(paragraphs)]
        if unique:
            p = f"Item {i}. {p}"
        out.append(p)
        size += len(p) + 2
        i += 1
    return "\n\n".join(out)[:n_chars]


def _child(n_chars: int, unique: bool) -> None:
    """Measure one size in this (fresh) process and print JSON rows."""
    t0 = time.perf_counter()
    import analysis
    from analysis import pipeline

    rows: list[dict] = [
        {
            "stage": "import analysis",
            "seconds": time.perf_counter() - t0,
            "peak": _status("VmHWM"),
            "held": _status("VmRSS"),
        }
    ]
    text = build_text(n_chars, unique=unique)
    analysis.analyze(
        "Warm-up\n\nLoad every model once. \u201cSo the stages measure the text,\u201d he said.\n", progress=False
    )
    rows.append(
        {"stage": "warm-up (models loaded)", "seconds": None, "peak": _status("VmHWM"), "held": _status("VmRSS")}
    )

    state = {"stage": "read", "t": 0.0}
    original = pipeline._progress

    def start(stage: str) -> None:
        state["stage"], state["t"] = stage, time.perf_counter()
        _reset_peak()

    def finish() -> None:
        rows.append(
            {
                "stage": state["stage"],
                "seconds": time.perf_counter() - state["t"],
                "peak": _status("VmHWM"),
                "held": _status("VmRSS"),
            }
        )

    def progress(show: bool, article):  # noqa: ANN001, ANN202 - mirrors pipeline._progress
        finish()
        start(pipeline._STAGES[0])

        def step(stage: str | None) -> None:
            finish()
            if stage is not None:
                start(stage)

        return step

    pipeline._progress = progress
    try:
        start("read")
        t = time.perf_counter()
        res = analysis.analyze(text, progress=False)
        total = time.perf_counter() - t
    finally:
        pipeline._progress = original
    # The high-water mark was reset at each stage: the run's peak is the largest stage peak.
    peak = max(r["peak"] for r in rows[2:])
    rows.append({"stage": "total analyze()", "seconds": total, "peak": peak, "held": _status("VmRSS")})
    rows.append(
        {
            "stage": "result",
            "sentences": len(res.sentences),
            "paragraphs": len(res.paragraphs),
            "quotes": len(res.quotes),
        }
    )
    print(json.dumps(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[2.0, 20.0], help="text sizes in millions of characters")
    parser.add_argument("--unique", action="store_true", help="number every paragraph so no cache helps")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.unique)
        return
    if not Path("/proc/self/clear_refs").exists():
        sys.exit("benchmarks/memory.py needs Linux (/proc/self/clear_refs)")
    for mb in args.mb:
        cmd = [sys.executable, __file__, "--child", str(int(mb * 1_000_000))] + (["--unique"] if args.unique else [])
        rows = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
        result = rows.pop()
        print(
            f"\n{mb:g} MB{' (unique paragraphs)' if args.unique else ''}: {result['paragraphs']:,} paragraphs, "
            f"{result['sentences']:,} sentences, {result['quotes']:,} quotes"
        )
        print("| stage | seconds | peak RSS (MB) | held after (MB) |\n|---|---:|---:|---:|")
        for r in rows:
            secs = "" if r["seconds"] is None else f"{r['seconds']:.1f}"
            print(f"| {r['stage']} | {secs} | {r['peak']:,.0f} | {r['held']:,.0f} |")


if __name__ == "__main__":
    main()
