"""Performance of the kit on many articles (issue: "Many articles").

Run: ``.venv/bin/python benchmarks/corpus.py [--quick]``.  Prints markdown
tables for README.  Everything is measured in one run on this machine and
reported as ratios within that run (the machine is noisy; medians of
repeats where repeats are cheap).

1. Throughput: ``analyze()`` over the PolNeAR development articles in one
   process, against the floor of bare ``vaderSentiment`` scoring of the same
   sentences.
2. Scaling: ``analyze_corpus`` with 1 and 2 local workers, and the Dask engine
   with 2 workers.
3. Memory: peak RSS of streaming runs to Parquet of growing size (in-process,
   one worker, so the peak is the whole run's).
4. Start-up: ``import analysis`` vs ``import pandas``; executing notebook 01
   with papermill vs an empty notebook.
5. One very long article (0.5, 1 and 2 MB of article bodies run together):
   ``analyze()`` must stay well under a minute and scale about linearly.

Needs ``../shared/eval/quotes/polnear/articles`` (skips otherwise).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes" / "polnear" / "articles"
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"


def _files() -> list[Path]:
    files = sorted(POLNEAR.glob("*.txt"))
    if not files:
        sys.exit(f"no articles at {POLNEAR}: nothing to measure")
    return files


def throughput(files: list[Path], repeat: int) -> dict[str, float]:
    import analysis
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

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
    return {"articles": len(articles), "sentences": len(sentences), "full_s": f, "vader_s": v, "ratio": f / v, "articles_per_s": len(articles) / f}


_RUN = """
import json, sys, time
from analysis.corpus import analyze_corpus
paths = json.loads(sys.argv[1]); workers = int(sys.argv[2]); engine = sys.argv[3]
t = time.perf_counter()
res = analyze_corpus(paths, workers=workers, engine=engine, progress=False, batch_size=64)
print(json.dumps({"seconds": time.perf_counter() - t, "articles": len(res.articles)}))
"""


def scaling(files: list[Path], copies: int) -> dict[str, float]:
    paths = json.dumps([str(f) for f in files] * copies)
    out = {}
    for label, workers, engine in (("local_1", 1, "local"), ("local_2", 2, "local"), ("dask_2", 2, "dask")):
        proc = subprocess.run([sys.executable, "-c", _RUN, paths, str(workers), engine], capture_output=True, text=True, check=True)
        out[label] = json.loads(proc.stdout.strip().splitlines()[-1])["seconds"]
    out["n"] = len(files) * copies
    return out


_STREAM = """
import json, resource, sys, tempfile
from analysis.corpus import analyze_corpus_to_parquet
paths = [p for p in json.loads(sys.argv[1])]
n = int(sys.argv[2])
source = (paths[i % len(paths)] for i in range(n))
with tempfile.TemporaryDirectory() as out:
    analyze_corpus_to_parquet(source, out, workers=1, progress=False, batch_size=200)
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def memory(files: list[Path], sizes: list[int]) -> dict[int, float]:
    paths = json.dumps([str(f) for f in files])
    out = {}
    for n in sizes:
        proc = subprocess.run([sys.executable, "-c", _STREAM, paths, str(n)], capture_output=True, text=True, check=True)
        out[n] = json.loads(proc.stdout.strip().splitlines()[-1])["peak_mb"]
    return out


def _median_seconds(cmd: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


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
        out["notebook_empty"] = _median_seconds([*papermill, str(empty), str(Path(tmp) / "e.ipynb")], max(1, repeat // 2))
        nb01 = ROOT / "notebooks" / "01-article-tone.ipynb"
        out["notebook_01"] = _median_seconds(
            [*papermill, "--cwd", str(nb01.parent), str(nb01), str(Path(tmp) / "o.ipynb")], max(1, repeat // 2)
        )
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
            proc = subprocess.run([sys.executable, "-c", _LONG, str(path), str(SAMPLE)], capture_output=True, text=True, check=True)
            out[mb] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller runs (a few minutes instead of ~15)")
    args = parser.parse_args()
    files = _files()

    # One run: a repeat would meet every paragraph again in the per-paragraph
    # caches (tokens, n-grams) and measure a corpus of already-seen text.
    t = throughput(files, repeat=1)
    print(f"## Throughput ({t['articles']} PolNeAR articles, {t['sentences']} sentences, one process)\n")
    print("| | seconds | articles/s |\n|---|---|---|")
    print(f"| bare vaderSentiment on the same sentences (floor) | {t['vader_s']:.2f} | {t['articles'] / t['vader_s']:.0f} |")
    print(f"| full `analyze()` | {t['full_s']:.2f} | {t['articles_per_s']:.1f} |")
    print(f"| **ratio full / floor** | **{t['ratio']:.2f}×** | |\n")

    long = long_article(files, [0.5, 1.0, 2.0])
    print("## One very long article (article bodies run together, fresh process per size)\n")
    print("| size | paragraphs | sentences | seconds |\n|---|---|---|---|")
    for mb, r in long.items():
        print(f"| {mb:g} MB | {r['paragraphs']:,} | {r['sentences']:,} | {r['seconds']:.1f} |")
    print()

    s = scaling(files, copies=1 if args.quick else 3)
    print(f"## Scaling ({s['n']} articles through `analyze_corpus`, including worker start-up)\n")
    print("| engine | workers | seconds | speed-up vs 1 local |\n|---|---|---|---|")
    print(f"| local | 1 | {s['local_1']:.1f} | 1.00× |")
    print(f"| local | 2 | {s['local_2']:.1f} | {s['local_1'] / s['local_2']:.2f}× |")
    print(f"| dask (LocalCluster) | 2 | {s['dask_2']:.1f} | {s['local_1'] / s['dask_2']:.2f}× (dask/local at 2 workers: {s['dask_2'] / s['local_2']:.2f}) |\n")

    sizes = [500, 2000] if args.quick else [1000, 10000]
    m = memory(files, sizes)
    print("## Memory (streaming to Parquet, one worker, peak RSS of the whole process)\n")
    print("| articles | peak RSS |\n|---|---|")
    for n, mb in m.items():
        print(f"| {n:,} | {mb:.0f} MB |")
    print()

    u = startup(repeat=3 if args.quick else 7)
    print("## Start-up (fresh processes, medians)\n")
    print("| | seconds | ratio |\n|---|---|---|")
    print(f"| `import pandas` | {u['import_pandas']:.2f} | |")
    print(f"| `import analysis` | {u['import_analysis']:.2f} | {u['import_analysis'] / u['import_pandas']:.2f}× pandas |")
    print(f"| papermill, empty notebook | {u['notebook_empty']:.2f} | |")
    print(f"| papermill, notebook 01 on the bundled article | {u['notebook_01']:.2f} | {u['notebook_01'] / u['notebook_empty']:.2f}× empty |")


if __name__ == "__main__":
    main()
