"""Our own readable labelled quote sets as training data, beside PolNeAR's train split.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) is US political copy of 2016, and its Source spans stop at the
mention: who a pronoun or a role is comes from CoreNLP's coreference chains, which are automatic.  The readable
sets of ``benchmarks/data`` (:data:`TRAIN_SETS`: BBC and Wikinews articles, BBC openings, scraped KPCrowd stories
from many outlets) were labelled by our annotators with the mention *and* the person it resolves to, under
``benchmarks/data/blind_guidelines.md``.  Their errors have been read for rules since stop 21, so as measurements
they are development sets, not blind ones; as training rows they bring the copy PolNeAR lacks.  The measure-only
sets (``labelled_sets.MEASURE_ONLY``) are never read here, and ``us1``'s articles are PolNeAR train articles
already, so it is left out too (:func:`records` checks both).

Needs ``../shared`` (the texts) and the shared scorer (its speaker matching, so a training label and a benchmark
score call the same person right).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: The readable sets whose labels train the models: every readable set except ``us1`` (PolNeAR train articles).
TRAIN_SETS = ("open", "open2", "open4", "kp1", "lead1")
#: What a record with a source gives a trainer: ``(source mention span, quote or clause span)``, PolNeAR's shape.
Pair = tuple[tuple[int, int], tuple[int, int]]


@functools.cache  # (one module object: each load would run the benchmarks' module again)
def _labelled_sets():  # noqa: ANN202 - the benchmarks' module
    spec = importlib.util.spec_from_file_location("labelled_sets", ROOT / "benchmarks" / "labelled_sets.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def available() -> bool:
    """Whether the shared texts and scorer are here (the trainers skip these rows cleanly when not)."""
    ls = _labelled_sets()
    return ls.CORPUS.exists() and (ls.CORPUS.parent / "eval" / "quotes" / "score_quotes.py").exists()


def speaker_match() -> Callable[[str, str], bool]:
    """The shared scorer's test of whether two names are one speaker (surname, given name, alias)."""
    ls = _labelled_sets()
    path = ls.CORPUS.parent / "eval" / "quotes" / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.speaker_match


def _readable(sets: tuple[str, ...]):  # noqa: ANN202 - the benchmarks' module
    """The benchmarks' module of the sets, once every set is checked to be readable (never a measure-only one)."""
    ls = _labelled_sets()
    for name in sets:
        if name in ls.MEASURE_ONLY or name not in ls.SETS:
            raise ValueError(f"{name!r} is not a readable labelled set")
    return ls


def records(sets: tuple[str, ...] = TRAIN_SETS) -> Iterator[tuple[str, str, list[dict]]]:
    """``(article name, text, records)`` of every article of the sets that holds a labelled quote.

    Records are the gold lines (``start``/``end``, ``kind``, ``speaker``, ``alt_speakers``,
    ``mention_start``/``mention_end``), optional and ``nonspeech`` ones left out; the text is the article as the kit
    reads it (``labelled_sets.article_text``: line ends kept, so the offsets index it).

    Raises:
        ValueError: A set is measure-only, or not a set.
    """
    ls = _readable(sets)
    for name in sets:
        by_article: dict[str, list[dict]] = {}
        with ls.SETS[name][0].open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("none") or rec.get("optional") or rec["kind"] == "nonspeech":
                    continue
                by_article.setdefault(rec["article"], []).append(rec)
        for article, recs in by_article.items():
            yield article, ls.article_text(article), recs


def pairs(recs: list[dict], kinds: frozenset[str] | None = None) -> list[Pair]:
    """PolNeAR-shaped ``(source, content)`` pairs of the records that name a mention (of ``kinds``, if given)."""
    return [
        ((r["mention_start"], r["mention_end"]), (r["start"], r["end"]))
        for r in recs
        if r["mention_start"] is not None and (kinds is None or r["kind"] in kinds)
    ]


def every_record(sets: tuple[str, ...] = TRAIN_SETS) -> Iterator[tuple[str, str, list[dict]]]:
    """``(article name, text, records)`` of every listed article of the sets, with every gold record it holds.

    Unlike :func:`records`, an article the annotators found no quote in is yielded too (its records empty: every
    candidate there is a negative), and ``optional`` and ``nonspeech`` records are kept (flagged as in the file:
    the shared scorer neither rewards nor penalises a prediction that only overlaps one, so a trainer that mimics
    its counts needs them).  An article listed by two sets is yielded once, for the first.

    Raises:
        ValueError: A set is measure-only, or not a set.
    """
    ls = _readable(sets)
    seen: set[str] = set()
    for name in sets:
        gold, listing = ls.SETS[name]
        by_article: dict[str, list[dict]] = {}
        with gold.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if not rec.get("none"):
                    by_article.setdefault(rec["article"], []).append(rec)
        for article in ls.listed(listing):
            if article not in seen:
                seen.add(article)
                yield article, ls.article_text(article), by_article.get(article, [])


def article_file(name: str) -> Path:
    """The file of a listed article, as the benchmarks read it (a BBC opening is written on first use)."""
    return _labelled_sets().article_path(name)
