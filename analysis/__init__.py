"""News-article analysis kit: tone and topic across an article's sections and speakers.

Quick start::

    import analysis
    res = analysis.analyze("data/articles/2022-02-08-macron-putin-talks.txt")
    res.sentences.head()
    analysis.charts.tone_arc(res)

``import analysis`` is kept light: the article reader is loaded at once, every
other stage (and its heavy imports: NLTK, pandas, plotly) on first use.
"""

from __future__ import annotations

import importlib
import sys as _sys
from typing import TYPE_CHECKING, Any

from analysis._version import __version__ as __version__
from analysis.article import Article, ArticleError, ArticleWarning, load_article, read_article

if TYPE_CHECKING:  # pragma: no cover
    from analysis import (
        charts,
        corpus,
        corpus_charts,
        export,
        fetch,
        keywords,
        names,
        notebooks,
        pipeline,
        quotes,
        report,
        resources,
        results,
        sentiment,
        speakers,
        tokenize,
        topics,
        toward,
        widgets,
    )
    from analysis.pipeline import analyze
    from analysis.results import ArticleAnalysis

__all__ = [
    "Article",
    "ArticleAnalysis",
    "ArticleError",
    "ArticleWarning",
    "analyze",
    "charts",
    "corpus",
    "corpus_charts",
    "export",
    "fetch",
    "keywords",
    "load_article",
    "names",
    "notebooks",
    "pipeline",
    "quotes",
    "read_article",
    "report",
    "resources",
    "results",
    "sentiment",
    "speakers",
    "tokenize",
    "topics",
    "toward",
    "widgets",
]

_SUBMODULES = {
    "charts", "corpus", "corpus_charts", "export", "fetch", "keywords", "names", "notebooks", "pipeline", "quotes",
    "report", "resources", "results", "sentiment", "speakers", "tokenize", "topics", "toward", "widgets",
}  # fmt: skip
_LAZY_NAMES = {"analyze": "analysis.pipeline", "ArticleAnalysis": "analysis.results"}


def __getattr__(name: str) -> Any:
    # PEP 562: load stages on first use so `import analysis` stays fast.
    if name in _SUBMODULES:
        return importlib.import_module(f"analysis.{name}")
    if name in _LAZY_NAMES:
        return getattr(importlib.import_module(_LAZY_NAMES[name]), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _notebook_view(res: ArticleAnalysis) -> str:
    """The annotated article (:func:`analysis.report.annotated_article`), the report loaded on first display."""
    from analysis.report import annotated_article

    return annotated_article(res)


def _register_notebook_view() -> None:
    """Inside IPython, display an ArticleAnalysis as its annotated article.

    Registered by type name with IPython's HTML formatter, so neither
    IPython nor the report stage is imported here; outside IPython nothing
    happens.
    """
    ipython = _sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type_by_name(
            "analysis.results", "ArticleAnalysis", _notebook_view
        )


_register_notebook_view()
