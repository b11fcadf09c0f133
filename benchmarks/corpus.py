"""Performance of the kit on many articles (issue: "Many articles").

Run: ``.venv/bin/python benchmarks/corpus.py [--quick] [--only scaling memory startup]``.  Prints markdown
tables for README.  Everything is measured in one run on this machine and
reported as ratios within that run (the machine is noisy; medians of
repeats where repeats are cheap).

1. Throughput: ``analyze()`` over the PolNeAR development articles in one
   process, against the floor of bare ``vaderSentiment`` scoring of the same
   sentences.
2. Scaling: ``analyze_corpus`` with 1 and 2 local workers, and the Dask engine
   with 2 workers, on the PolNeAR and Wikinews articles (twice): seconds with
   and without worker start-up, and the CPU time of all processes (robust
   when the machine is busy).
3. Memory: peak RSS along one streaming run to Parquet of 10,000 articles
   (in-process, one worker, so the peak is the whole run's), read every
   1,000 articles.  About 40 minutes on a busy machine: ``--only memory``.
4. Start-up: ``import analysis`` vs ``import pandas``; executing notebook 01
   with papermill vs an empty notebook.
5. One very long article (0.5, 1 and 2 MB of article bodies run together):
   ``analyze()`` must stay well under a minute and scale about linearly.

Needs ``../shared/eval/quotes/polnear/articles`` (skips otherwise).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear" / "articles"
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"


def _scaling_files(files: list[Path]) -> list[Path]:
    """PolNeAR's articles and, when present, the 144 Wikinews ones: more distinct text, so caches help less."""
    return [*files, *sorted(WIKINEWS.glob("*.txt"))]


def _files() -> list[Path]:
    files = sorted(POLNEAR.glob("*.txt"))
    if not files:
        sys.exit(f"no articles at {POLNEAR}: nothing to measure")
    return files


def throughput(files: list[Path], repeat: int) -> dict[str, float]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    import analysis

    articles = [analysis.load_article(f) for f in files]
    analysis.analyze(articles[0])  # imports and caches outside the timing
    full, vader = [], []
    analyzer = SentimentIntensityAnalyzer()
    for _ in range(repeat):
        t = time.perf_counter()
        results = [analysis.analyze(a) for a in articles]
        full.append(time.perf_counter() - t)
        sentences = [s for r in results for s in r.sentences["text"]]
        t = time.perf_counter()
        for s in sentences:
            analyzer.polarity_scores(s)
        vader.append(time.perf_counter() - t)
    f, v = statistics.median(full), statistics.median(vader)
    return {
        "articles": len(articles),
        "sentences": len(sentences),
        "full_s": f,
        "vader_s": v,
        "ratio": f / v,
        "articles_per_s": len(articles) / f,
    }


_RUN = """
import json, sys, time
import psutil
from analysis import corpus

def cpu_seconds():
    # This process and every descendant (fork server, pool workers, Dask nanny and workers).
    procs = [psutil.Process()] + psutil.Process().children(recursive=True)
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total

paths = json.loads(sys.argv[1]); workers = int(sys.argv[2]); engine = sys.argv[3]
t0 = time.perf_counter()
if workers <= 1:
    corpus.warm_pipeline()  # what the first article would pay in-process
    runner = corpus.run._local_runner(1)
else:
    runner = corpus.run._dask_runner(workers, None)[0] if engine == "dask" else corpus.run._local_runner(workers)
    for future in [runner[0]([]) for _ in range(workers)]:  # every worker started and warm
        future.result()
t1 = time.perf_counter(); c1 = cpu_seconds()
res = corpus.tables._combine([
    corpus.run._frames(batch)
    for batch in corpus.run._iter_results(
        paths, workers=workers, engine=engine, scheduler=None, progress=False, batch_size=256,
        runner=(runner[0], lambda: None),
    )
])
t2 = time.perf_counter(); c2 = cpu_seconds()
runner[1]()
print(json.dumps({"total": t2 - t0, "run": t2 - t1, "cpu": c2 - c1, "articles": len(res.articles)}))
"""


def scaling(files: list[Path], copies: int) -> dict[str, dict[str, float]]:
    """``analyze_corpus`` (its engine loop and tables) with 1 and 2 local workers and 2 Dask workers.

    Each run is a fresh process.  ``total`` includes starting the workers
    (fork server, LocalCluster) and warming the pipeline in them — in-process
    for one worker, where the first article would pay it; ``run`` excludes
    it; ``cpu`` is the CPU time of the run by the process and all its
    descendants, which shows the parallel overhead even on a busy machine.
    The runs alternate (1, 2, dask, 1, 2, dask…) and medians are kept.
    """
    paths = json.dumps([str(f) for f in files] * copies)
    configs = (("local_1", 1, "local"), ("local_2", 2, "local"), ("dask_2", 2, "dask"))
    runs: dict[str, list[dict[str, float]]] = {label: [] for label, _, _ in configs}
    for _ in range(2):
        for label, workers, engine in configs:
            proc = subprocess.run(
                [sys.executable, "-c", _RUN, paths, str(workers), engine], capture_output=True, text=True, check=True
            )
            runs[label].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    out = {
        label: {key: statistics.median(r[key] for r in rs) for key in ("total", "run", "cpu")}
        for label, rs in runs.items()
    }
    out["n"] = {"articles": len(files) * copies, "load": os.getloadavg()[0]}
    return out


_STREAM = """
import json, resource, sys, tempfile, time
from analysis.corpus import analyze_corpus_to_parquet
paths = json.loads(sys.argv[1]); n = int(sys.argv[2]); every = int(sys.argv[3])
peaks = {}

def source():
    for i in range(n):
        if i and i % every == 0:  # documents are read just ahead of their analysis
            peaks[i] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        yield paths[i % len(paths)]

t = time.perf_counter()
with tempfile.TemporaryDirectory() as out:
    analyze_corpus_to_parquet(source(), out, workers=1, progress=False, batch_size=200)
peaks[n] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peaks": peaks, "seconds": time.perf_counter() - t}))
"""


def memory(files: list[Path], n: int, every: int) -> dict[str, object]:
    """Peak RSS along one streaming run to Parquet of ``n`` articles (the files repeated), in-process.

    The peak so far is read every ``every`` articles, so one run shows
    whether memory grows with the number of articles analysed.
    """
    paths = json.dumps([str(f) for f in files])
    proc = subprocess.run(
        [sys.executable, "-c", _STREAM, paths, str(n), str(every)], capture_output=True, text=True, check=True
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"peaks": {int(k): v for k, v in result["peaks"].items()}, "seconds": result["seconds"]}


def _median_seconds(cmd: list[str], repeat: int) -> float:
    return _median_wall_cpu(cmd, repeat)[0]


def _median_wall_cpu(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (the process and its waited-for children, e.g. a kernel)."""
    import resource

    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


# Where notebook 01's kernel spends CPU beyond an empty notebook's, step by step, in one fresh process.
_NB01_STEPS = """
import contextlib, io, json, sys, time
marks, t = [], time.process_time()
def mark(name):
    global t
    now = time.process_time(); marks.append((name, now - t)); t = now
import IPython.display
mark("IPython (already in any kernel)")
import pandas
mark("pandas")
import analysis
from analysis import charts, export
mark("analysis, analysis.charts, analysis.export (plotly.graph_objects)")
export.setup_notebook()
from plotly.io._renderers import renderers
mark("plotly.io renderers (nbformat, jsonschema; since this change without rfc3987_syntax)")
import nltk
mark("nltk (imports scipy.stats)")
res = analysis.analyze(analysis.load_article(sys.argv[1]))
mark("first analyze() (wordfreq, scikit-learn, lexicons, models)")
with contextlib.redirect_stdout(io.StringIO()):  # outside a kernel the plotly.js embed is printed
    renderers._activate_pending_renderers()
mark("embedding plotly.js (4.8 MB) once, at the first chart")
for figure in (charts.tone_arc, charts.section_tone, charts.keyword_heatmap):
    renderers._build_mime_bundle(figure(res).to_dict(), renderers_string=None)
mark("three charts built and rendered")
print(json.dumps(marks))
"""


def startup(repeat: int) -> dict[str, float]:
    import nbformat

    out = {
        "import_pandas": _median_seconds([sys.executable, "-c", "import pandas"], repeat),
        "import_analysis": _median_seconds([sys.executable, "-c", "import analysis"], repeat),
    }
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.ipynb"
        nb = nbformat.v4.new_notebook(
            cells=[nbformat.v4.new_code_cell("article_path = ''", metadata={"tags": ["parameters"]})],
            metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        )
        nbformat.write(nb, empty)
        papermill = [sys.executable, "-m", "papermill", "--no-progress-bar", "-p", "article_path", str(SAMPLE)]
        out["notebook_empty"], out["notebook_empty_cpu"] = _median_wall_cpu(
            [*papermill, str(empty), str(Path(tmp) / "e.ipynb")], max(1, repeat // 2)
        )
        nb01 = ROOT / "notebooks" / "01-article-tone.ipynb"
        out["notebook_01"], out["notebook_01_cpu"] = _median_wall_cpu(
            [*papermill, "--cwd", str(nb01.parent), str(nb01), str(Path(tmp) / "o.ipynb")], max(1, repeat // 2)
        )
        out["notebook_01_mb"] = (Path(tmp) / "o.ipynb").stat().st_size / 1e6
    proc = subprocess.run([sys.executable, "-c", _NB01_STEPS, str(SAMPLE)], capture_output=True, text=True, check=True)
    out["steps"] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews"

_LONG = """
import json, sys, time
import analysis
text = open(sys.argv[1], encoding="utf-8").read()
analysis.analyze(sys.argv[2])  # imports and resources outside the timing
t = time.perf_counter()
res = analysis.analyze(text)
print(json.dumps({"seconds": time.perf_counter() - t, "paragraphs": len(res.paragraphs), "sentences": len(res.sentences)}))
"""


def long_article(files: list[Path], sizes_mb: list[float]) -> dict[float, dict[str, float]]:
    """``analyze()`` on one very long text: article bodies (Wikinews, then PolNeAR) run together.

    Each size runs in a fresh process (warmed up on the bundled article), so
    no cache holds the long text's paragraphs from an earlier run; bodies are
    repeated only when the distinct text runs out (about 1.1 MB).
    """
    bodies = []
    for path in [*sorted(WIKINEWS.glob("*.txt")), *files]:
        article = path.read_text(encoding="utf-8").split("\n", 1)
        bodies.append(article[1].strip() if len(article) > 1 else "")
    whole = "\n\n".join(b for b in bodies if b)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes_mb:
            n = int(mb * 1_000_000)
            text = (whole + "\n\n") * (n // len(whole) + 1)
            text = "date 2024-01-01 One very long article\n\n" + text[: text.rfind("\n\n", 0, n)]
            path = Path(tmp) / "long.txt"
            path.write_text(text, encoding="utf-8")
            proc = subprocess.run(
                [sys.executable, "-c", _LONG, str(path), str(SAMPLE)], capture_output=True, text=True, check=True
            )
            out[mb] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (a few minutes instead of ~15)")
    parser.add_argument("--only", nargs="+", choices=sorted(REPORTS), help="run only these of the later sections")
    parser.add_argument(
        "--memory-articles", type=int, default=10_000, help="articles in the memory run (default 10,000: 10-40 min)"
    )
    args = parser.parse_args()
    files = _files()
    if args.only:
        for name in args.only:
            REPORTS[name](files, args)
        return

    # One run: a repeat would meet every paragraph again in the per-paragraph
    # caches (tokens, n-grams) and measure a corpus of already-seen text.
    t = throughput(files, repeat=1)
    print(f"## Throughput ({t['articles']} PolNeAR articles, {t['sentences']} sentences, one process)\n")
    print("| | seconds | articles/s |\n|---|---|---|")
    print(
        f"| bare vaderSentiment on the same sentences (floor) | {t['vader_s']:.2f} | {t['articles'] / t['vader_s']:.0f} |"
    )
    print(f"| full `analyze()` | {t['full_s']:.2f} | {t['articles_per_s']:.1f} |")
    print(f"| **ratio full / floor** | **{t['ratio']:.2f}×** | |\n")

    long = long_article(files, [0.5, 1.0, 2.0])
    print("## One very long article (article bodies run together, fresh process per size)\n")
    print("| size | paragraphs | sentences | seconds |\n|---|---|---|---|")
    for mb, r in long.items():
        print(f"| {mb:g} MB | {r['paragraphs']:,} | {r['sentences']:,} | {r['seconds']:.1f} |")
    print()

    for report in REPORTS.values():
        report(files, args)


def report_scaling(files: list[Path], args: argparse.Namespace) -> None:
    s = scaling(_scaling_files(files), copies=1 if args.quick else 2)
    n, load = s["n"]["articles"], s["n"]["load"]
    one = s["local_1"]
    print(
        f"## Scaling ({n:,} distinct-file articles through `analyze_corpus`, medians of 2 alternating runs; load average {load:.1f})\n"
    )
    print(
        "| engine | workers | seconds incl. start-up | speed-up | seconds excl. start-up | speed-up | CPU seconds (all processes) |"
    )
    print("|---|---|---|---|---|---|---|")
    for label, engine, workers in (
        ("local_1", "local", 1),
        ("local_2", "local", 2),
        ("dask_2", "dask (LocalCluster)", 2),
    ):
        r = s[label]
        print(
            f"| {engine} | {workers} | {r['total']:.1f} | {one['total'] / r['total']:.2f}× | {r['run']:.1f} | "
            f"{one['run'] / r['run']:.2f}× | {r['cpu']:.1f} |"
        )
    d, l2 = s["dask_2"], s["local_2"]
    print(
        f"\nDask / local at 2 workers: {d['total'] / l2['total']:.2f} with start-up, {d['run'] / l2['run']:.2f} without.\n"
    )


def report_memory(files: list[Path], args: argparse.Namespace) -> None:
    size, every = (2_000, 500) if args.quick else (args.memory_articles, 1_000)
    m = memory(_scaling_files(files), size, every)
    print(
        f"## Memory (one streaming run of {size:,} articles to Parquet, one worker, peak RSS so far; {m['seconds']:.0f} s)\n"
    )
    print("| articles analysed | peak RSS |\n|---|---|")
    for k, mb in m["peaks"].items():
        print(f"| {k:,} | {mb:.0f} MB |")
    print()


def report_startup(files: list[Path], args: argparse.Namespace) -> None:
    u = startup(repeat=3 if args.quick else 7)
    print("## Start-up (fresh processes, medians)\n")
    print("| | seconds | ratio |\n|---|---|---|")
    print(f"| `import pandas` | {u['import_pandas']:.2f} | |")
    print(
        f"| `import analysis` | {u['import_analysis']:.2f} | {u['import_analysis'] / u['import_pandas']:.2f}× pandas |"
    )
    print(f"| papermill, empty notebook | {u['notebook_empty']:.2f} (CPU {u['notebook_empty_cpu']:.2f}) | |")
    print(
        f"| papermill, notebook 01 on the bundled article ({u['notebook_01_mb']:.1f} MB written) | {u['notebook_01']:.2f} "
        f"(CPU {u['notebook_01_cpu']:.2f}) | {u['notebook_01'] / u['notebook_empty']:.2f}× empty "
        f"(CPU {u['notebook_01_cpu'] / u['notebook_empty_cpu']:.2f}×) |"
    )
    print("\n### Notebook 01's kernel work, CPU seconds per step (one fresh process)\n")
    print("| step | CPU seconds |\n|---|---|")
    for step, seconds in u["steps"]:
        print(f"| {step} | {seconds:.2f} |")


REPORTS = {"scaling": report_scaling, "memory": report_memory, "startup": report_startup}


if __name__ == "__main__":
    main()
