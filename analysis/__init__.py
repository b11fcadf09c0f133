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
from typing import TYPE_CHECKING, Any

from analysis.article import Article, ArticleError, ArticleWarning, load_article, read_article

if TYPE_CHECKING:  # pragma: no cover
    from analysis import (
        charts,
        corpus,
        keywords,
        pipeline,
        quotes,
        report,
        resources,
        sentiment,
        speakers,
        tokenize,
        topics,
        widgets,
    )
    from analysis.pipeline import ArticleAnalysis, analyze

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleAnalysis",
    "ArticleError",
    "ArticleWarning",
    "analyze",
    "charts",
    "corpus",
    "fetch",
    "keywords",
    "load_article",
    "notebooks",
    "pipeline",
    "quotes",
    "read_article",
    "report",
    "resources",
    "sentiment",
    "speakers",
    "tokenize",
    "topics",
    "widgets",
]

_SUBMODULES = {
    "charts", "corpus", "fetch", "keywords", "notebooks", "pipeline", "quotes", "report",
    "resources", "sentiment", "speakers", "tokenize", "topics", "widgets",
}  # fmt: skip
_FROM_PIPELINE = {"analyze", "ArticleAnalysis"}


def __getattr__(name: str) -> Any:
    # PEP 562: load stages on first use so `import analysis` stays fast.
    if name in _SUBMODULES:
        return importlib.import_module(f"analysis.{name}")
    if name in _FROM_PIPELINE:
        return getattr(importlib.import_module("analysis.pipeline"), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
