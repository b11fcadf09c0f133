"""Designs for the ``news`` method's neutral class and unrated words, judged by grouped CV on NYT training articles.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/tone_designs.py [--data ../shared/eval/sentiment]``
(about three minutes).

Issue 14's open targets are NYT macro-F1 ≥ 0.60 (the neutral class is the
weak one) and a sanity set of news sentences whose misses are mostly words no
lexicon rates.  Each design here is scored by 5-fold cross-validation on
``nyt_editorial_train.tsv`` *grouped by article* (a model never sees other
sentences of the article it scores); the other training sources are split at
random, exactly as ``training/train_tone.py --cv`` does.  No development file
is read.  Where a design has a neutral rule, its band (or thresholds) is
chosen on the training folds only ("inner"), so every number is out of fold.

Designs (D0 is the shipped recipe):

* D1 ordinal logistic stack (a calibrated 3-class decision that stays one
  score and one band, so ``analyze()``'s compound and the label agree): the
  score z and the article context, plus *signed* magnitude features —
  tanh(3z) × {Pattern subjectivity, rated words, log length, quote, number,
  hedges, boosters} — with two fitted thresholds (proportional odds,
  McCullagh 1980).
* D2 the same features, ridge regression to the raters' mean, band inner-CV.
* D3 a news P(polar) word model (logistic regression on word presence,
  NYT training folds + NewsMTSC sentences, polar = any non-neutral target),
  its standardised logit added to z with z's sign (weight 0.1 / 0.2 / 0.4).
* D4 news-specific copies of the ridge's word features ("frustratingly easy"
  domain adaptation, Daumé 2007): a news word weight is the shared weight plus
  a news correction shrunk toward zero.
* D5 a function-word prior: words of scikit-learn's English stop list get no
  learned weight.
* D6 Pattern's polarity lexicon (De Smedt & Daelemans 2012, BSD, in the
  TextBlob wheel) for words VADER's lexicon lacks, ×4 to VADER's scale, at
  weight 0.3 / 0.6.
* D7 inflected forms of VADER's lexicon words ("pollute" → "polluting") take
  the base word's valence when VADER's lexicon lacks them.
* D8 (with ``--labmt labMT1.txt``, the labMT 1.0 happiness ratings of Dodds
  et al. 2011, e.g. from the ``labMTsimple`` sdist; not shipped): words VADER
  lacks take (h − 5) × weight outside the Hedonometer's stop band |h − 5| < 1.5
  ("flood" 2.42, "helped" 7.28).
* D9 the neighbouring sentences (previous and next in the article) as context
  besides the article's mean.

Prints one markdown table: NYT training CV r, macro-F1 and per-class F1,
and NewsMTSC training CV r / macro-F1 (sign of the targets' mean) where the
design changes the word model, and a 95 % interval of each design's NYT
macro-F1 minus D0's (paired bootstrap over whole articles, 300 resamples).  scikit-learn and scipy are used
here only; nothing here is shipped.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import sentiment  # noqa: E402
from training import train_tone  # noqa: E402

FOLDS = 5
NYT = train_tone.SOURCES.index(train_tone.NYT_TRAIN)
NEWSMTSC = train_tone.SOURCES.index("newsmtsc")
BANDS = np.round(np.arange(0.02, 0.41, 0.01), 2)
BOOTSTRAP = 300  # article resamples for the ΔF1 intervals
SIGN_SHARPNESS = 3.0  # tanh(3 z): the sign of z, smoothed near zero
_STRIP = ".,;:!?\"'()“”‘’"


def gold_classes(raw: np.ndarray, source: int) -> np.ndarray:
    """NYT: ±0.2 on the raters' mean (the benchmark's protocol); NewsMTSC: the sign of the targets' mean."""
    return np.sign(raw).astype(int) if source == NEWSMTSC else three_class(raw, -0.2, 0.2)


def three_class(values: np.ndarray, low: float, high: float) -> np.ndarray:
    return np.where(values >= high, 1, np.where(values <= low, -1, 0))


def macro_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, predicted, average="macro", labels=[-1, 0, 1]))


def labmt_valences(path: Path, stop: float = 1.5) -> dict[str, float]:
    """D8: labMT 1.0 word → happiness − 5 (VADER's scale), outside the stop band (Dodds et al. 2011)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and parts[0].isalpha():
            try:
                value = float(parts[2]) - 5.0
            except ValueError:  # the header
                continue
            if abs(value) >= stop:
                out[parts[0]] = value
    return out


def neighbours(z: np.ndarray, ids: list[str]) -> np.ndarray:
    """D9: mean score of the previous and next sentence of the same article (ids ``<article>_<sentence>``)."""
    at = {tuple(i.split("_", 1)): k for k, i in enumerate(ids)}
    out = np.zeros(len(z))
    for k, i in enumerate(ids):
        article, n = i.split("_", 1)
        near = [at.get((article, str(int(n) + d))) for d in (-1, 1)]
        values = [z[j] for j in near if j is not None]
        out[k] = sum(values) / len(values) if values else 0.0
    return out


def inflections(lexicon: dict[str, float]) -> dict[str, float]:
    """Regular inflections of lexicon words that the lexicon lacks, with the base word's valence (D7)."""
    forms: dict[str, list[float]] = {}
    for word, value in lexicon.items():
        if not word.isalpha() or len(word) < 4:
            continue
        out = [word + "s", word + "ed", word + "ing"]
        if word.endswith("e"):
            out += [word + "d", word[:-1] + "ing"]
        if word.endswith("y") and word[-2] not in "aeiou":
            out += [word[:-1] + "ies", word[:-1] + "ied"]
        for form in out:
            if form not in lexicon:
                forms.setdefault(form, []).append(value)
    return {form: sum(v) / len(v) for form, v in forms.items()}


class Folds:
    """The training sentences, their folds and each fold's news tokens (news-neutral words learned per fold)."""

    def __init__(self, data: Path) -> None:
        from sklearn.model_selection import GroupKFold, KFold

        self.texts, self.raw, self.source, self.articles = train_tone.sentence_sources(data)
        self.y = train_tone.scaled_labels(self.raw, self.source)
        self.fold = np.zeros(len(self.texts), dtype=int)
        nyt = np.flatnonzero(self.source == NYT)
        other = np.flatnonzero(self.source != NYT)
        for k, (_, test) in enumerate(GroupKFold(FOLDS).split(nyt, groups=[self.articles[i] for i in nyt])):
            self.fold[nyt[test]] = k
        for k, (_, test) in enumerate(KFold(FOLDS, shuffle=True, random_state=0).split(other)):
            self.fold[other[test]] = k
        self.tokens = []
        for k in range(FOLDS):
            train = np.flatnonzero(self.fold != k)
            neutral = train_tone.news_neutral_words([self.texts[i] for i in train], self.y[train], self.source[train])
            self.tokens.append([sentiment.rule_tokens(t, names=True, news=neutral) for t in self.texts])
        self.groups = [a if a is not None else ("alone", i) for i, a in enumerate(self.articles)]

    def z(
        self,
        *,
        news_copies: float | None = None,
        stop: frozenset[str] = frozenset(),
        extra: dict[str, float] | None = None,
        extra_weight: float = 0.0,
    ) -> np.ndarray:
        """Out-of-fold pre-squash score (no context) of the recipe with one change.

        Args:
            news_copies: D4: the news copies' ridge strength (``None``: no copies).
            stop: D5: words that get no learned weight.
            extra: D6/D7: word → valence (VADER scale) for words the rules left at 0.
            extra_weight: D6/D7: weight of ``extra`` in the lexicon part.
        """
        from scipy.sparse import diags, hstack
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import Ridge

        is_news = np.isin(self.source, [NEWSMTSC, NYT]).astype(float)
        z = np.zeros(len(self.texts))
        for k in range(FOLDS):
            tokens = self.tokens[k]
            train, test = np.flatnonzero(self.fold != k), np.flatnonzero(self.fold == k)
            vectorizer = CountVectorizer(
                analyzer=lambda t: [
                    w for w in t.lower if not sentiment._NUMBER.match(w) and w.strip(_STRIP) not in stop
                ],
                min_df=train_tone.MIN_DF,
                binary=True,
            )
            vectorizer.fit([tokens[i] for i in train])
            x = vectorizer.transform(tokens).tocsr()
            if news_copies is not None:
                x = hstack([x, diags(is_news * math.sqrt(train_tone.RIDGE_ALPHA / news_copies)) @ x]).tocsr()
            ridge = Ridge(alpha=train_tone.RIDGE_ALPHA).fit(x[train], self.y[train])
            learned = x @ ridge.coef_ + ridge.intercept_
            lexical = np.asarray([sentiment.lexicon_part(t) for t in tokens])
            if extra:
                lexical += extra_weight * np.asarray(
                    [
                        sum(extra.get(w.strip(_STRIP), 0.0) for w, v in zip(t.lower, t.valence, strict=True) if not v)
                        / math.sqrt(max(len(t.words), 1))
                        for t in tokens
                    ]
                )
            z[test] = lexical[test] / lexical[train].std() + train_tone.BLEND * learned[test] / learned[train].std()
        return z

    def with_context(self, z: np.ndarray) -> np.ndarray:
        return np.asarray(sentiment.with_context(z.tolist(), self.groups, train_tone.CONTEXT))


def compound(z: np.ndarray) -> np.ndarray:
    return z / np.sqrt(z * z + train_tone.SQUASH)


def band_inner(score: np.ndarray, gold: np.ndarray, groups: list) -> np.ndarray:
    """3-class labels with a symmetric band chosen on the other article folds (never on the fold it labels)."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(score), dtype=int)
    for train, test in GroupKFold(FOLDS).split(score, groups=groups):
        band = max(BANDS, key=lambda b: macro_f1(gold[train], three_class(score[train], -b, b)))
        out[test] = three_class(score[test], -band, band)
    return out


def nyt_features(texts: list[str], zc: np.ndarray, context: np.ndarray, rated: np.ndarray) -> np.ndarray:
    """D1/D2: z, context and tanh(3z) × magnitude features (subjectivity, rated words, length, quote, number, cues)."""
    rows = np.asarray(sentiment.feature_rows(texts), dtype=float)
    words = np.asarray([max(len(t.split()), 1) for t in texts], dtype=float)
    quote = np.asarray([1.0 if re.search(r"[\"“”]", t) else 0.0 for t in texts])
    number = np.asarray([1.0 if re.search(r"\d", t) else 0.0 for t in texts])
    sign = np.tanh(SIGN_SHARPNESS * zc)
    magnitudes = [rows[:, 0], rated, np.log(words), quote, number, rows[:, 1], rows[:, 2]]
    x = np.column_stack([zc - context, context, *(sign * m for m in magnitudes)])
    return (x - x.mean(0)) / (x.std(0) + 1e-9)


def fit_ordinal(x: np.ndarray, gold: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float, float]:
    """Proportional-odds logistic regression (McCullagh 1980): weights and the two thresholds."""
    from scipy.optimize import minimize
    from scipy.special import expit

    p = x.shape[1]

    def loss(w: np.ndarray) -> float:
        s = x @ w[:p]
        low, high = w[p], w[p] + math.exp(w[p + 1])
        c1 = expit(low - s)
        c2 = expit(high - s)
        prob = np.where(gold == -1, c1, np.where(gold == 0, c2 - c1, 1 - c2))
        return float(-np.log(np.clip(prob, 1e-12, None)).sum() + l2 * (w[:p] ** 2).sum())

    start = np.zeros(p + 2)
    start[0], start[p] = 1.0, -0.5
    w = minimize(loss, start, method="L-BFGS-B").x
    return w[:p], float(w[p]), float(w[p] + math.exp(w[p + 1]))


def stacked(
    x: np.ndarray, gold: np.ndarray, mean: np.ndarray, groups: list, kind: str
) -> tuple[np.ndarray, np.ndarray]:
    """D1 (``"ordinal"``) / D2 (``"ridge"``): out-of-fold score and labels, grouped by article."""
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import GroupKFold

    score = np.zeros(len(gold))
    labels = np.zeros(len(gold), dtype=int)
    for train, test in GroupKFold(FOLDS).split(x, groups=groups):
        if kind == "ordinal":
            w, low, high = fit_ordinal(x[train], gold[train])
            score[test] = x[test] @ w - (low + high) / 2
            labels[test] = three_class(x[test] @ w, low, high)
        else:
            model = Ridge(alpha=1.0).fit(x[train], mean[train])
            fitted = model.predict(x[train])
            band = max(np.arange(0.02, 1.0, 0.02), key=lambda b: macro_f1(gold[train], three_class(fitted, -b, b)))
            score[test] = model.predict(x[test])
            labels[test] = three_class(score[test], -band, band)
    return score, labels


def polar_logit(folds: Folds, texts: list[str], gold: np.ndarray, groups: list, data: Path) -> np.ndarray:
    """D3: out-of-fold logit of a polar-vs-neutral word model (NYT training folds + NewsMTSC sentences)."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    by_sentence: dict[str, list[int]] = {}
    for sentence, _, _, polarity in train_tone.read_newsmtsc(data / "newsmtsc" / "train.jsonl"):
        by_sentence.setdefault(sentence, []).append(polarity)
    mtsc_texts = list(by_sentence)
    mtsc_polar = [int(any(by_sentence[s])) for s in mtsc_texts]
    polar = (gold != 0).astype(int)
    out = np.zeros(len(texts))

    def words(text: str) -> list[str]:
        return [w.lower().strip(_STRIP) for w in text.split()]

    for train, test in GroupKFold(FOLDS).split(texts, groups=groups):
        vectorizer = CountVectorizer(analyzer=words, min_df=2, binary=True)
        x = vectorizer.fit_transform([texts[i] for i in train] + mtsc_texts)
        model = LogisticRegression(C=1.0, max_iter=3000).fit(x, np.concatenate([polar[train], mtsc_polar]))
        out[test] = model.decision_function(vectorizer.transform([texts[i] for i in test]))
    return (out - out.mean()) / out.std()


def bootstrap_intervals(
    gold: np.ndarray, predictions: list[np.ndarray], groups: list, resamples: int = BOOTSTRAP
) -> list[tuple[float, float]]:
    """95 % interval of each design's macro-F1 minus the first's, resampling whole articles (fixed seed)."""
    articles = sorted(set(groups))
    members = {a: np.flatnonzero(np.asarray(groups) == a) for a in articles}
    rng = np.random.default_rng(0)
    diffs = np.zeros((resamples, len(predictions)))
    for b in range(resamples):
        idx = np.concatenate([members[articles[k]] for k in rng.integers(0, len(articles), len(articles))])
        base = macro_f1(gold[idx], predictions[0][idx])
        diffs[b] = [macro_f1(gold[idx], p[idx]) - base for p in predictions]
    return [(float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5))) for d in diffs.T]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=train_tone.DEFAULT_DATA)
    parser.add_argument("--labmt", type=Path, help="labMT 1.0 table (word, rank, happiness, …) for design D8")
    args = parser.parse_args()
    if not (args.data / f"{train_tone.NYT_TRAIN}.tsv").exists():
        print(f"no training data under {args.data}; nothing to do", file=sys.stderr)
        return
    from sklearn.metrics import f1_score

    folds = Folds(args.data)
    nyt = np.flatnonzero(folds.source == NYT)
    mtsc = np.flatnonzero(folds.source == NEWSMTSC)
    texts = [folds.texts[i] for i in nyt]
    mean = folds.raw[nyt]
    gold = gold_classes(mean, NYT)
    groups = [folds.articles[i] for i in nyt]
    rows: list[tuple[str, float, float, str, str]] = []
    predictions: list[np.ndarray] = []

    def add(name: str, score: np.ndarray, labels: np.ndarray, z_all: np.ndarray | None = None) -> None:
        per_class = " / ".join(f"{v:.2f}" for v in f1_score(gold, labels, average=None, labels=[-1, 0, 1]))
        other = "–"
        if z_all is not None:
            c = compound(folds.with_context(z_all))[mtsc]
            g = gold_classes(folds.raw[mtsc], NEWSMTSC)
            other = (
                f"{np.corrcoef(c, folds.raw[mtsc])[0, 1]:.3f} / "
                f"{macro_f1(g, three_class(c, -train_tone.NEWS_BAND, train_tone.NEWS_BAND)):.3f}"
            )
        rows.append((name, float(np.corrcoef(score, mean)[0, 1]), macro_f1(gold, labels), per_class, other))
        predictions.append(labels)

    def recipe(name: str, z_all: np.ndarray) -> None:
        c = compound(folds.with_context(z_all))[nyt]
        add(name, c, band_inner(c, gold, groups), z_all)

    z0 = folds.z()
    recipe("D0 shipped recipe (band inner-CV)", z0)
    c0 = compound(folds.with_context(z0))[nyt]
    add("D0 shipped recipe, band 0.10 (picked on all folds)", c0, three_class(c0, -0.1, 0.1))
    zc = folds.with_context(z0)[nyt]
    rated = np.asarray([sum(1 for v in folds.tokens[folds.fold[i]][i].valence if v) for i in nyt], dtype=float)
    x = nyt_features(texts, zc, zc - z0[nyt], rated)
    add("D1 ordinal logistic stack (signed features), its thresholds", *stacked(x, gold, mean, groups, "ordinal"))
    add("D1' ordinal logistic on z and context only", *stacked(x[:, :2], gold, mean, groups, "ordinal"))
    add("D2 ridge stack to raters' mean, band inner-CV", *stacked(x, gold, mean, groups, "ridge"))
    logit = polar_logit(folds, texts, gold, groups, args.data)
    for weight in (0.1, 0.2, 0.4):
        s = zc + weight * np.tanh(SIGN_SHARPNESS * zc) * logit
        c = compound(s)
        add(f"D3 news P(polar) word model, weight {weight}", c, band_inner(c, gold, groups))
    for strength in (30.0, 100.0, 300.0):
        recipe(f"D4 news copies of word features, α_news {strength:g}", folds.z(news_copies=strength))
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    recipe("D5 function words get no learned weight", folds.z(stop=frozenset(ENGLISH_STOP_WORDS)))
    pattern = {w: 4 * v for w, v in sentiment.pattern_lexicon("polarity").items() if w not in sentiment.vader_lexicon()}
    for weight in (0.3, 0.6):
        recipe(
            f"D6 Pattern polarity for words VADER lacks, weight {weight}", folds.z(extra=pattern, extra_weight=weight)
        )
    infl = inflections(sentiment.vader_lexicon())
    recipe("D7 inflections of VADER's words", folds.z(extra=infl, extra_weight=1.0))
    if args.labmt:
        labmt = {w: v for w, v in labmt_valences(args.labmt).items() if w not in sentiment.vader_lexicon()}
        for weight in (0.5, 1.0):
            recipe(f"D8 labMT for words VADER lacks, weight {weight}", folds.z(extra=labmt, extra_weight=weight))
    ids = train_tone.read_rated(args.data / f"{train_tone.NYT_TRAIN}.tsv")[2]
    near = neighbours(z0[nyt], ids)
    for weight in (0.1, 0.2, 0.3):
        c = compound(zc + weight * near)
        add(f"D9 + {weight} × neighbouring sentences", c, band_inner(c, gold, groups))
    intervals = bootstrap_intervals(gold, predictions, groups)
    print(
        "| design | NYT train CV r | macro-F1 | ΔF1 vs D0, 95 % CI | F1 neg / neu / pos | NewsMTSC train CV r / macro-F1 |"
    )
    print("|---|---:|---:|---|---|---|")
    for (name, r, f1, per_class, other), (low, high) in zip(rows, intervals, strict=True):
        print(f"| {name} | {r:.3f} | {f1:.3f} | {low:+.3f} … {high:+.3f} | {per_class} | {other} |")


if __name__ == "__main__":
    main()
