"""Command line: ``python -m analysis …`` (also installed as ``news-analysis``).

Subcommands:

* ``notebooks`` – run every notebook on an article into a reports folder
  (what ``make demo`` does);
* ``tables`` – analyse articles and print or save their tables;
* ``corpus`` – analyse many articles into a Parquet dataset (local or Dask);
* ``fetch`` – download web pages as article files (the only network use).

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
        description="Analyse news articles: tone and topic across sections and speakers, offline.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    nb = sub.add_parser(
        "notebooks",
        help="run every notebook on an article and export executed .ipynb + offline .html",
        description="Execute every notebook in NOTEBOOK_DIR with papermill, with article_path set to ARTICLE, "
        "writing the executed notebook and a standalone HTML page (plotly.js embedded) per notebook into OUT.",
    )
    nb.add_argument("--article", type=Path, default=DEFAULT_ARTICLE, help="article file (default: %(default)s)")
    nb.add_argument("--notebooks", type=Path, default=Path("notebooks"), help="folder of notebooks (default: %(default)s)")
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
        "(one folder per table; read it back with analysis.corpus.read_corpus). Articles that fail are listed in the "
        "errors table and do not stop the run.",
    )
    co.add_argument("source", type=Path, metavar="SOURCE", help="folder of articles, or a .jsonl/.csv file")
    co.add_argument("--out", type=Path, required=True, help="output folder for the Parquet dataset")
    co.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run (default: %(default)s)")
    co.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask)")
    co.add_argument("--workers", type=int, default=None, help="processes or local Dask workers (default: CPU cores)")
    co.add_argument("--batch-size", type=int, default=256, help="articles per batch and Parquet part (default: %(default)s)")
    co.add_argument("--quiet", action="store_true", help="no progress bar")

    fe = sub.add_parser(
        "fetch",
        help="download web pages and save them as article files",
        description="Download each URL, extract its main text, title, date and site name with trafilatura, and write "
        "it into DIR in the kit's article format (date line, url and outlet lines, paragraphs). Uses the network.",
    )
    fe.add_argument("urls", nargs="+", metavar="URL", help="page addresses")
    fe.add_argument("--into", type=Path, required=True, metavar="DIR", help="folder for the article files")
    fe.add_argument(
        "--allow-private", action="store_true", help="also fetch from private/loopback addresses (intranet, local server)"
    )
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
        runs = run_notebooks(args.notebooks, args.out, {"article_path": str(args.article.resolve())}, kernel_name=args.kernel)
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
            options = ("display.max_rows", 200, "display.max_colwidth", 60, "display.width", 160, "display.max_columns", 40)
            with pd.option_context(*options):
                print(f"# {path}\n{getattr(res, args.table)}\n")
    return 0


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus_to_parquet, read_corpus

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
    result = read_corpus(out)
    print(f"{len(result.articles)} articles analysed, {len(result.errors)} failed; tables in {out}/")
    for row in result.errors.itertuples():
        print(f"  failed: {row.source}: {row.reason}", file=sys.stderr)
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    handlers = {"notebooks": _cmd_notebooks, "tables": _cmd_tables, "corpus": _cmd_corpus, "fetch": _cmd_fetch}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
