"""Tone quality on the development sets, and analyze() time per tone method.

Run: ``.venv/bin/python benchmarks/tone.py [--data ../shared/eval/sentiment] [--repeat N] [--no-cv]``.

Protocol (``../shared/eval/sentiment/README.md``):

* NYT editorial dev sentences (974, 20 raters each): Pearson r and Spearman
  ρ of ``compound`` against the raters' mean; 3-class macro-F1 where gold is
  positive at MEAN ≥ 0.2, negative at ≤ −0.2, and each scorer uses its own
  neutral band (VADER ±0.05; the others' bands are stored with their weights).
* NewsMTSC dev, real-world (``rw``, 343 targets) and multi-target (``mt``,
  442): macro-F1 and accuracy over targets.  Sentence-level methods give
  every target in a sentence the sentence's label; the toward model labels
  each target (``toward_label``: its most probable class).

* The training sources (VADER's reference sets, NewsMTSC train sentences):
  the ``news`` recipe's 5-fold cross-validated r and macro-F1 from
  ``training/train_tone.py``, beside VADER's (skip with ``--no-cv``).

Prints markdown tables (the README's "Tone" section is a copy).  scipy and
scikit-learn are used here for the metrics only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import sentiment, toward  # noqa: E402
from training import train_tone  # noqa: E402
from training.train_tone import read_newsmtsc, read_rated  # noqa: E402  (one reader for training and evaluation)

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "sentiment"
ARTICLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"


def three_class(values: np.ndarray, band: float) -> np.ndarray:
    return np.where(values >= band, 1, np.where(values <= -band, -1, 0))


def nyt_metrics(compound: np.ndarray, mean: np.ndarray, band: float) -> tuple[float, float, float, str]:
    """Pearson r, Spearman ρ, macro-F1 and the per-class F1 ("neg / neu / pos")."""
    from scipy.stats import pearsonr, spearmanr
    from sklearn.metrics import f1_score

    # Gold: the paper's ±0.05 on MEAN/4, i.e. ±0.2 on the −4..4 mean.
    gold = np.where(mean >= 0.2, 1, np.where(mean <= -0.2, -1, 0))
    f1 = f1_score(gold, three_class(compound, band), average="macro")
    per_class = " / ".join(f"{v:.2f}" for v in f1_score(gold, three_class(compound, band), average=None))
    return float(pearsonr(compound, mean)[0]), float(spearmanr(compound, mean)[0]), float(f1), per_class


def target_metrics(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return float(f1_score(gold, predicted, average="macro")), float(accuracy_score(gold, predicted))


def quality(data: Path) -> list[tuple[str, ...]]:
    """One row per method: NYT r, ρ, F1, per-class F1; NewsMTSC rw F1, acc; mt F1, acc."""
    texts, mean, ids = read_rated(data / "nyt_editorial_dev.tsv")  # same ID<TAB>MEAN<TAB>TEXT layout
    articles = [train_tone.article_of(i) for i in ids]
    splits = {name: read_newsmtsc(data / "newsmtsc" / f"devtest_{name}_dev.jsonl") for name in ("rw", "mt")}
    rows = []
    variants = [(m, None) for m in sentiment.METHODS]
    variants.insert(1, ("news", articles))  # as analyze() scores: each sentence with its article's other sentences
    for method, context in variants:
        band = sentiment.neutral_band(method)
        compound = sentiment.score(texts, method=method, context=context)["compound"].to_numpy()
        r, rho, f1, per_class = nyt_metrics(compound, mean, band)
        label = f"`score(method={method!r}" + (", context=article)`" if context else ")`")
        cells = [label, f"{r:.3f}", f"{rho:.3f}", f"{f1:.3f}", per_class]
        for rows_ in splits.values():
            compound = sentiment.score([s for s, *_ in rows_], method=method)["compound"].to_numpy()
            f1_t, acc = target_metrics(three_class(compound, band), np.asarray([p for *_, p in rows_]))
            cells += [f"{f1_t:.3f}", f"{acc:.3f}"]
        rows.append(tuple(cells))
    cells = ["`score_toward` / `toward_label`", "–", "–", "–", "–"]
    for rows_ in splits.values():
        labels = np.asarray([toward.toward_label(s, (a, b)) for s, a, b, _ in rows_])
        f1_t, acc = target_metrics(labels, np.asarray([p for *_, p in rows_]))
        cells += [f"{f1_t:.3f}", f"{acc:.3f}"]
    rows.append(tuple(cells))
    return rows


def training_sources(data: Path) -> list[tuple[str, ...]]:
    """The news recipe's out-of-fold r / macro-F1 per training source, beside VADER's on the same sentences.

    Shows whether the learned part holds beyond NYT dev (the reference sets
    are rated on the NYT protocol but are not news).
    """
    from sklearn.metrics import f1_score

    texts, raw, source, _ = train_tone.sentence_sources(data)
    vader = sentiment.score(texts, method="vader")["compound"].to_numpy()
    rows = []
    for k, (name, n, r, f1) in enumerate(train_tone.cross_validate_news(data)):
        mask = source == k
        gold = raw[mask]
        classes = np.sign(gold) if name == "newsmtsc" else three_class(gold, 0.2)
        v = vader[mask]  # NYT train: the news rows read each sentence with its article (out of fold), VADER alone
        f1_vader = f1_score(classes, three_class(v, sentiment.neutral_band("vader")), average="macro")
        rows.append((name, str(n), f"{r:.3f}", f"{f1:.3f}", f"{np.corrcoef(v, gold)[0, 1]:.3f}", f"{f1_vader:.3f}"))
    return rows


def persent(data: Path) -> list[tuple[str, ...]]:
    """PerSent dev: the author's stance toward an article's main person (document level).

    Not tuned on: a check of how far sentence-level tone carries.  Each
    ``[TGT]`` of the masked document is replaced by the person's name (the
    mentions); the toward row averages the toward model's class
    probabilities over the mentions, the sentence rows average ``compound``
    over the document's sentences and apply the method's band.
    """
    import re

    import pandas as pd

    from analysis import tokenize

    docs = pd.read_csv(data / "persent" / "dev.csv")
    gold = docs["TRUE_SENTIMENT"].map({"Negative": -1, "Neutral": 0, "Positive": 1}).to_numpy()
    toward_labels, means = [], {m: [] for m in sentiment.METHODS}
    for masked, person in zip(docs["MASKED_DOCUMENT"], docs["TARGET_ENTITY"], strict=True):
        pieces = str(masked).split("[TGT]")
        text = pieces[0]
        mentions = []
        for piece in pieces[1:]:
            mentions.append((len(text), len(text) + len(person)))
            text += person + piece
        spans = [s for p in re.finditer(r"[^\n]+", text) for s in tokenize.sentence_spans(text, p.start(), p.end())]
        sentences = [text[a:b] for a, b in spans]
        probabilities = []
        for a, b in mentions:
            k = next((i for i, (s, e) in enumerate(spans) if s <= a and b <= e), None)
            if k is not None:
                probabilities.append(toward.toward_probabilities(sentences[k], (a - spans[k][0], b - spans[k][0])))
        toward_labels.append(int(np.mean(probabilities, axis=0).argmax()) - 1 if probabilities else 0)
        for method in sentiment.METHODS:
            means[method].append(float(sentiment.score(sentences, method=method)["compound"].mean()))
    rows = []
    for method in sentiment.METHODS:
        predicted = three_class(np.asarray(means[method]), sentiment.neutral_band(method))
        rows.append(
            (f"mean sentence `score(method={method!r})`", *map("{:.3f}".format, target_metrics(predicted, gold)))
        )
    rows.append(
        (
            "mean toward-model probabilities over mentions",
            *map("{:.3f}".format, target_metrics(np.asarray(toward_labels), gold)),
        )
    )
    return rows


def speed(repeat: int) -> list[tuple[str, str, str]]:
    """Median analyze() time on the bundled article per method, and bare scoring of its sentences."""
    import analysis

    res = analysis.analyze(ARTICLE)
    texts = res.sentences["text"].tolist()
    rows = []
    for method in sentiment.METHODS:
        analysis.analyze(ARTICLE, tone_method=method)  # warm caches (weights, lexicons)
        full, bare = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            analysis.analyze(ARTICLE, tone_method=method)
            full.append(time.perf_counter() - t)
        for _ in range(10 * repeat):  # milliseconds: more runs to get past the noise
            t = time.perf_counter()
            sentiment.score(texts, method=method)
            bare.append(time.perf_counter() - t)
        rows.append((method, f"{statistics.median(full) * 1000:.0f} ms", f"{statistics.median(bare) * 1000:.1f} ms"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-cv", action="store_true", help="skip the training-source cross-validation (about 30 s)")
    args = parser.parse_args()
    if not (args.data / "nyt_editorial_dev.tsv").is_file():
        sys.exit(f"no development data at {args.data}")
    print(
        "| method | NYT r | NYT ρ | NYT macro-F1 | NYT F1 neg / neu / pos | NewsMTSC rw macro-F1 | rw acc "
        "| NewsMTSC mt macro-F1 | mt acc |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for row in quality(args.data):
        print("| " + " | ".join(row) + " |")
    if not args.no_cv:
        print()
        print("Training sources, 5-fold cross-validation inside the training data (training/train_tone.py --cv);")
        print(
            "VADER needs no fitting and is scored as is. Gold ±0.2 on the raters' mean; NewsMTSC: sign of targets' mean."
        )
        print("| training source | sentences | news CV r | news CV macro-F1 | vader r | vader macro-F1 |")
        print("|---|---|---|---|---|---|")
        for row in training_sources(args.data):
            print("| " + " | ".join(row) + " |")
    if (args.data / "persent" / "dev.csv").is_file():
        print()
        print("PerSent dev, stance toward the main person per article (578 articles; not tuned on)")
        print("| scorer | macro-F1 | accuracy |\n|---|---|---|")
        for row in persent(args.data):
            print("| " + " | ".join(row) + " |")
    print()
    print(f"analyze() on {ARTICLE.name}: median of {args.repeat} warm runs (score(): of {10 * args.repeat})")
    print("| tone_method | analyze() | score() of its sentences |")
    print("|---|---|---|")
    for row in speed(args.repeat):
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
