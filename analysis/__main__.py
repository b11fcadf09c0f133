"""Command line: ``python -m analysis …`` (also installed as ``news-analysis``).

Subcommands:

* ``notebooks`` – run every notebook on an article into a reports folder
  (what ``make demo`` does);
* ``tables`` – analyse articles and print or save their tables;
* ``corpus`` – analyse many articles into a Parquet dataset (local or Dask);
* ``fetch`` – download web pages as article files (the only network use).
* ``report`` – write one self-contained HTML report per article (and, with
  ``--format png``, every chart as an image).

Errors in the input (a missing file, an unreadable article) print one line
and exit with status 2; they never end in a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.article import ArticleError

#: The article bundled with the kit, analysed by default.
DEFAULT_ARTICLE = Path("data/articles/2022-02-08-macron-putin-talks.txt")
TABLES = ("sentences", "paragraphs", "sections", "quotes", "speakers", "keywords")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Analyse news articles: tone and topic across sections and speakers, offline.\n"
        "Also installed as `news-analysis`. `python -m analysis COMMAND --help` lists a command's options.",
        epilog="examples:\n"
        "  python -m analysis report data/articles/2022-02-08-macron-putin-talks.txt --out reports\n"
        "  python -m analysis tables my-article.txt --table sentences\n"
        "  python -m analysis notebooks --article my-article.txt --out reports\n"
        "  python -m analysis corpus my-articles/ --out results --report\n"
        "Errors in the input (missing or unreadable file) print one line and exit with status 2.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    nb = sub.add_parser(
        "notebooks",
        help="run every notebook on an article and export executed .ipynb + offline .html",
        description="Execute every notebook in NOTEBOOK_DIR with papermill, with article_path set to ARTICLE, "
        "writing the executed notebook and a standalone HTML page (plotly.js embedded) per notebook into OUT.",
    )
    nb.add_argument("--article", type=Path, default=DEFAULT_ARTICLE, help="article file (default: %(default)s)")
    nb.add_argument(
        "--notebooks", type=Path, default=Path("notebooks"), help="folder of notebooks (default: %(default)s)"
    )
    nb.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: %(default)s)")
    nb.add_argument("--kernel", default=None, help="Jupyter kernel name (default: the notebook's own)")

    tb = sub.add_parser(
        "tables",
        help="analyse articles and print their tables (or save them as CSV)",
        description="Analyse each ARTICLE and print one table, or write every table as CSV into --out.",
    )
    tb.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help="article files (.txt, .md, .html)")
    tb.add_argument("--table", choices=TABLES, default="sections", help="table to print (default: %(default)s)")
    tb.add_argument("--out", type=Path, default=None, help="write all tables as CSV files into this folder")
    co = sub.add_parser(
        "corpus",
        help="analyse many articles into Parquet tables (local processes or a Dask cluster)",
        description="Analyse every article of SOURCE (a folder of .txt/.md/.html files, a .jsonl or .csv file with a "
        "'text' column and optional date, headline, outlet, url) and write the tables as a Parquet dataset into OUT "
        "(one folder per table; read it back with analysis.corpus.read_corpus or read_table). Articles that fail are "
        "listed in the errors table and do not stop the run; articles analysed with a best effort (not English, "
        "Windows-1252, an impossible date) are listed in the warnings table.",
    )
    co.add_argument("source", type=Path, metavar="SOURCE", help="folder of articles, or a .jsonl/.csv file")
    co.add_argument("--out", type=Path, required=True, help="output folder for the Parquet dataset")
    co.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run (default: %(default)s)")
    co.add_argument(
        "--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask)"
    )
    co.add_argument("--workers", type=int, default=None, help="processes or local Dask workers (default: CPU cores)")
    co.add_argument(
        "--batch-size", type=int, default=256, help="articles per batch and Parquet part (default: %(default)s)"
    )
    co.add_argument("--quiet", action="store_true", help="no progress bar")
    co.add_argument(
        "--report", action="store_true",
        help="also run notebook 04 on the results: OUT/report/04-corpus-over-time.html (tone over time, across outlets, people)",
    )  # fmt: skip
    co.add_argument(
        "--person", default=None, help="with --report: the person to follow (default: the speaker in most articles)"
    )
    co.add_argument(
        "--notebooks",
        type=Path,
        default=Path("notebooks"),
        help="with --report: folder of notebooks (default: %(default)s)",
    )

    fe = sub.add_parser(
        "fetch",
        help="download web pages and save them as article files",
        description="Download each URL, extract its main text, title, date and site name with trafilatura, and write "
        "it into DIR in the kit's article format (date line, url and outlet lines, paragraphs). Uses the network.",
    )
    fe.add_argument("urls", nargs="+", metavar="URL", help="page addresses")
    fe.add_argument("--into", type=Path, required=True, metavar="DIR", help="folder for the article files")
    fe.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch from private/loopback addresses (intranet, local server)",
    )

    rp = sub.add_parser(
        "report",
        help="write a self-contained HTML report per article (offline; optionally PNG charts)",
        description="Analyse each ARTICLE and write OUT/<article>.html: the header, the article annotated by tone "
        "and speaker, every chart, the speakers and key-terms tables. plotly.js is embedded once and nothing is "
        "loaded from the network, so the file opens offline and can be sent by e-mail. With --format png, every "
        "chart is also written as OUT/<article>/<chart>.png through kaleido, which needs Chrome or Chromium "
        "(Debian: apt-get install chromium; or set BROWSER_PATH).",
        epilog="example: python -m analysis report data/articles/*.txt --out reports --format html --format png",
    )
    rp.add_argument("articles", nargs="+", type=Path, metavar="ARTICLE", help="article files (.txt, .md, .html)")
    rp.add_argument("--out", type=Path, default=Path("reports"), help="output folder (default: %(default)s)")
    rp.add_argument(
        "--format",
        dest="formats",
        action="append",
        choices=("html", "png", "svg", "pdf"),
        help="what to write; repeat for several (default: html). png/svg/pdf write the charts as images",
    )
    rp.add_argument("--scale", type=float, default=2.0, help="pixel density of PNG images (default: %(default)s)")
    return parser


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def _cmd_notebooks(args: argparse.Namespace) -> int:
    from analysis.notebooks import run_notebooks

    if not args.article.is_file():
        return _fail(f"{args.article}: no such article file")
    if not args.notebooks.is_dir():
        return _fail(f"{args.notebooks}: no such folder of notebooks")
    try:
        runs = run_notebooks(
            args.notebooks, args.out, {"article_path": str(args.article.resolve())}, kernel_name=args.kernel
        )
    except FileNotFoundError as exc:
        return _fail(str(exc))
    for run in runs:
        print(f"{run.notebook.name}: {run.executed}  {run.html}")
    return 0


def _cmd_tables(args: argparse.Namespace) -> int:
    import pandas as pd

    from analysis.pipeline import analyze

    for path in args.articles:
        try:
            res = analyze(path)
        except ArticleError as exc:
            return _fail(str(exc))
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            for name in TABLES:
                target = args.out / f"{path.stem}.{name}.csv"
                getattr(res, name).to_csv(target, index=False)
                print(target)
        else:
            # max_columns: the tone columns appended after the contract ones must show too.
            options = (
                "display.max_rows",
                200,
                "display.max_colwidth",
                60,
                "display.width",
                160,
                "display.max_columns",
                40,
            )
            with pd.option_context(*options):
                print(f"# {path}\n{getattr(res, args.table)}\n")
    return 0


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus_to_parquet, read_table

    if not args.source.exists():
        return _fail(f"{args.source}: no such file or folder")
    if args.scheduler and args.engine != "dask":
        return _fail("--scheduler needs --engine dask")
    try:
        out = analyze_corpus_to_parquet(
            args.source,
            args.out,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            progress=not args.quiet,
            batch_size=args.batch_size,
        )
    except (ArticleError, ValueError, OSError) as exc:
        return _fail(str(exc))
    # Counts only: the dataset may be far larger than memory.
    n_articles = len(read_table(out, "articles", columns=["article_id"]))
    errors = read_table(out, "errors")
    n_warned = read_table(out, "warnings", columns=["article_id"])["article_id"].nunique()
    print(
        f"{n_articles} articles analysed ({n_warned} with warnings, in the warnings table), "
        f"{len(errors)} failed; tables in {out}/"
    )
    for row in errors.itertuples():
        print(f"  failed: {row.source}: {row.reason}", file=sys.stderr)
    if args.report:
        return _corpus_report(out, args)
    return 0


def _corpus_report(out: Path, args: argparse.Namespace) -> int:
    """Notebook 04 on the dataset just written (read back, not analysed again), as an offline HTML page."""
    from analysis.notebooks import run_notebook

    notebook = next(iter(sorted(args.notebooks.glob("04-*.ipynb"))), None)
    if notebook is None:
        return _fail(
            f"{args.notebooks}: no corpus notebook (04-*.ipynb) for --report; give its folder with --notebooks"
        )
    run = run_notebook(notebook, out / "report", {"corpus_path": str(out.resolve()), "person": args.person})
    print(f"report: {run.html}")
    return 0


def _cmd_fetch(args: argparse.Namespace) -> int:
    from analysis.fetch import fetch_articles

    results = fetch_articles(args.urls, args.into, allow_private=args.allow_private)
    for r in results:
        if r.path is not None:
            print(r.path)
        else:
            print(f"error: {r.url}: {r.error}", file=sys.stderr)
    return 0 if all(r.path is not None for r in results) else 1


def _cmd_report(args: argparse.Namespace) -> int:
    import warnings

    from analysis.article import ArticleWarning
    from analysis.export import ExportError, export
    from analysis.pipeline import analyze
    from analysis.report import report_charts, report_filename, write_report

    formats = list(dict.fromkeys(args.formats or ["html"]))
    for path in args.articles:  # check every input before writing anything
        if path.is_dir():
            return _fail(f"{path}: is a folder; give article files (e.g. {path}/*.txt)")
        if not path.is_file():
            return _fail(f"{path}: no such article file")
    if args.out.exists() and not args.out.is_dir():
        return _fail(f"{args.out}: exists and is not a folder")
    used: set[str] = set()
    for path in args.articles:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ArticleWarning)
                res = analyze(path)
        except ArticleError as exc:
            return _fail(str(exc))
        name = report_filename(res)
        stem = Path(name).stem
        k = 2
        while name in used:  # two articles with one file name from different folders
            name = f"{stem}-{k}.html"
            k += 1
        used.add(name)
        try:
            if "html" in formats:
                print(write_report(res, args.out, name=name))
            for fmt in (f for f in formats if f != "html"):
                for image in export(report_charts(res), args.out / Path(name).stem, format=fmt, scale=args.scale):
                    print(image)
        except ExportError as exc:
            return _fail(str(exc))
        except OSError as exc:
            return _fail(f"{args.out}: cannot write ({exc.strerror or exc})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {
        "notebooks": _cmd_notebooks,
        "tables": _cmd_tables,
        "report": _cmd_report,
        "corpus": _cmd_corpus,
        "fetch": _cmd_fetch,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
