"""Cost of the report: time to build it, size of the file, time of the PNG export.

Run: ``.venv/bin/python benchmarks/report.py [ARTICLE] [--repeat N] [--png]``.
Prints a markdown table: medians over N runs in one warm process (the
analysis itself is measured by ``benchmarks/speed.py`` and not repeated here),
and the command line end to end in a fresh process.  With ``--png``, also the
static export of every chart through kaleido (needs Chromium).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"


def _median_ms(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--png", action="store_true", help="also time the PNG export (needs Chromium)")
    args = parser.parse_args()

    import analysis
    from analysis import export, report

    res = analysis.analyze(args.article)
    report.report_html(res)  # warm: plotly's validators and plotly.js load once per process
    rows = [
        (
            "annotated article (HTML fragment)",
            f"{_median_ms(lambda: report.annotated_article(res), args.repeat):.0f} ms",
        ),
        ("every chart (figures only)", f"{_median_ms(lambda: report.report_charts(res), args.repeat):.0f} ms"),
        ("whole report page, warm process", f"{_median_ms(lambda: report.report_html(res), args.repeat):.0f} ms"),
    ]
    page = report.report_html(res)
    size = len(page.encode("utf-8"))
    from plotly.offline import get_plotlyjs

    js = len(get_plotlyjs().encode("utf-8"))
    rows.append(
        ("report file size", f"{size / 1e6:.2f} MB (plotly.js {js / 1e6:.2f} MB, the rest {(size - js) / 1e3:.0f} kB)")
    )
    with tempfile.TemporaryDirectory() as tmp:
        cli = []
        for _ in range(max(1, args.repeat // 2)):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "analysis", "report", str(args.article), "--out", tmp], check=True,
                           capture_output=True)  # fmt: skip
            cli.append(time.perf_counter() - t0)
        rows.append(
            ("`python -m analysis report` end to end (fresh process)", f"{1000 * statistics.median(cli):.0f} ms")
        )
        if args.png:
            figures = report.report_charts(res)
            t0 = time.perf_counter()
            export.export(figures, Path(tmp) / "png")
            rows.append((f"PNG export of {len(figures)} charts (kaleido + Chromium, one browser)",
                         f"{1000 * (time.perf_counter() - t0):.0f} ms"))  # fmt: skip

    print(f"Report of `{args.article.name}` ({len(res.sentences)} sentences), medians of {args.repeat}:\n")
    print("| step | cost |\n|---|---|")
    for step, cost in rows:
        print(f"| {step} | {cost} |")


if __name__ == "__main__":
    main()
