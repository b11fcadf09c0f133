"""Variants of the ``news`` tone method tried against the NYT macro-F1 target (README "Tone").

Run: ``.venv/bin/python benchmarks/tone_variants.py [--data ../shared/eval/sentiment]``
(about five minutes).

Every variant is fitted on the training data only (``training/train_tone.py``'s
readers: VADER's reference sets and NewsMTSC's training sentences) and scored
on the development sets with the protocol of ``benchmarks/tone.py``:

* NYT dev: Pearson r against the raters' mean; 3-class macro-F1 (gold ±0.2 on
  the mean), the F1 of each class (negative / neutral / positive), and a
  paired-bootstrap 95 % interval of the macro-F1 difference to the shipped
  method (300 resamples of the 974 sentences);
* NewsMTSC dev (rw, mt): macro-F1 over targets, each target given its
  sentence's class;
* the reference sets (tweets / movie / amazon) by 5-fold cross-validation
  inside the training data: r and macro-F1 (gold ±0.2 on the mean, as NYT).

The only thing chosen on NYT dev per variant is its neutral rule's scalar
(the ``band`` column: a symmetric band on ``compound`` from
{0.05, 0.1, …, 0.25}, or a threshold on P(polar)); "two-sided band" picks two
thresholds from a 14 × 14 grid, an optimistic upper bound of band tuning.
Stacked variants use out-of-fold learned scores as a feature (the fold of a
stacker's CV is the fold of those scores, so its CV numbers are slightly
optimistic).  The shipped method is the row ``news (shipped)``; VADER is the
reference.  scikit-learn, scipy and NLTK's Porter stemmer are used here
only; nothing here is shipped.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import sentiment  # noqa: E402
from training import train_tone  # noqa: E402

DEFAULT_DATA = train_tone.DEFAULT_DATA
BANDS = (0.05, 0.1, 0.15, 0.2, 0.25)
BOOTSTRAP = 300
FOLDS = 5


@dataclass
class Texts:
    """Precomputed per-text inputs of every variant."""

    lower: list[list[str]]
    n: np.ndarray
    pos: np.ndarray  # sum of positive rule valences (news tokens)
    neg: np.ndarray  # |sum of negative rule valences|
    npol: np.ndarray  # number of words with rule valence
    vader: np.ndarray  # the reference VADER compound
    subjectivity: np.ndarray
    pattern: np.ndarray  # Pattern polarity sum / √n (negation as VADER's)

    @property
    def lexical(self) -> np.ndarray:
        return (self.pos - sentiment.NEGATIVITY_BIAS * self.neg) / np.sqrt(self.n)

    def take(self, idx: np.ndarray) -> Texts:
        return Texts([self.lower[i] for i in idx], *(getattr(self, f)[idx] for f in
                     ("n", "pos", "neg", "npol", "vader", "subjectivity", "pattern")))  # fmt: skip


def prepare(texts: list[str]) -> Texts:
    from vaderSentiment.vaderSentiment import negated

    polarity = sentiment.pattern_lexicon("polarity")
    rows = []
    for text in texts:
        tokens = sentiment.rule_tokens(text, names=True)
        low = list(tokens.lower)
        n = max(len(low), 1)
        pattern = 0.0
        for i, w in enumerate(low):
            v = polarity.get(w, 0.0)
            if v and any(negated([x]) for x in low[max(0, i - 3) : i]):
                v = -0.74 * v  # VADER's negation constant
            pattern += v if v > 0 else sentiment.NEGATIVITY_BIAS * v
        rows.append((low, n, sum(v for v in tokens.valence if v > 0), -sum(v for v in tokens.valence if v < 0),
                     sum(1 for v in tokens.valence if v), pattern / math.sqrt(n)))  # fmt: skip
    vader = sentiment.score(texts, method="vader")["compound"].to_numpy()
    subjectivity = sentiment.tone_features(texts)["subjectivity"].to_numpy()
    low, n, pos, neg, npol, pattern = zip(*rows, strict=True)
    arr = np.asarray
    return Texts(list(low), arr(n, float), arr(pos), arr(neg), arr(npol, float), vader, subjectivity, arr(pattern))


# A variant: fit(train Texts, z-scored labels, raw labels, sources) → predict(Texts) → (compound, class or None).
# class None: the class comes from a symmetric band on compound chosen on NYT dev.
Predict = Callable[[Texts], tuple[np.ndarray, np.ndarray | None]]


def squash(z: np.ndarray) -> np.ndarray:
    return z / np.sqrt(z * z + train_tone.SQUASH)


def bigrams(words: list[str]) -> list[str]:
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


_STEMS: dict[str, str] = {}


def stems_and_bigrams(words: list[str]) -> list[str]:
    from nltk.stem.porter import PorterStemmer  # no NLTK data needed

    stemmer = PorterStemmer()
    for w in words:
        if w not in _STEMS:
            _STEMS[w] = stemmer.stem(w)
    return bigrams([_STEMS[w] for w in words])


def negation_marks_and_bigrams(words: list[str]) -> list[str]:
    """Words within 3 after a negator get a ``NOT_`` copy (Pang et al. 2002's marking, VADER's window), plus bigrams."""
    from vaderSentiment.vaderSentiment import negated

    marked, left = [], 0
    for w in words:
        if negated([w]):
            marked.append(w)
            left = 3
            continue
        marked.append(f"NOT_{w}" if left > 0 else w)
        left -= 1
    return marked + [f"{a} {b}" for a, b in zip(words, words[1:])]


def fit_ridge(texts: Texts, y: np.ndarray, source: np.ndarray, *, features: Callable[[list[str]], list[str]] = list,
              alpha: float = train_tone.RIDGE_ALPHA, news_weight: float = 1.0):  # fmt: skip
    """The learned part: ridge over presence of ``features(words)``; (training scores, scorer)."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import Ridge

    vectorizer = CountVectorizer(analyzer=lambda t: t, min_df=train_tone.MIN_DF, binary=True)
    x = vectorizer.fit_transform([features(w) for w in texts.lower])
    weight = np.where(source == len(train_tone.REFERENCE_SETS), news_weight, 1.0)
    coef = Ridge(alpha=alpha).fit(x, y, sample_weight=weight).coef_
    return x @ coef, lambda u: vectorizer.transform([features(w) for w in u.lower]) @ coef


def blended(*, blend: float = train_tone.BLEND, pattern: float = 0.0, residual: bool = False, **ridge):
    """Lexicon part + ``blend`` × learned part (spread units), as the shipped method; optionally more."""

    def fit(t: Texts, y, raw, source, learned):
        lexical = t.lexical
        if residual:  # words learn what the lexicon part misses (y − b·lexicon)
            b = float(np.polyfit(lexical, y, 1)[0])
            train, scorer = fit_ridge(t, y - b * lexical, source, **ridge)
            return lambda u, _: {"compound": squash(b * u.lexical + blend * scorer(u))}
        train, scorer = fit_ridge(t, y, source, **ridge)
        lex_sd, learned_sd, pattern_sd = lexical.std(), train.std(), t.pattern.std()
        return lambda u, _: {"compound": squash(u.lexical / lex_sd + blend * scorer(u) / learned_sd
                                                + pattern * u.pattern / pattern_sd)}  # fmt: skip

    return fit


def dense(t: Texts, learned: np.ndarray) -> np.ndarray:
    root = np.sqrt(t.n)
    return np.column_stack([t.pos / root, t.neg / root, learned, t.vader, t.npol, np.log(t.n), t.subjectivity])


def shipped_compound(t: Texts, learned: np.ndarray, lex_sd: float, learned_sd: float) -> np.ndarray:
    return squash(t.lexical / lex_sd + train_tone.BLEND * learned / learned_sd)


def regression_to_mean(t: Texts, y, raw, source, learned):
    """Ridge from dense features to the raters' mean (reference sets: the NYT scale); gold's own ±0.2."""
    from sklearn.linear_model import Ridge

    ref = source < len(train_tone.REFERENCE_SETS)
    x = dense(t, learned)
    mu, sd = x.mean(0), x.std(0)
    model = Ridge(alpha=1.0).fit(((x - mu) / sd)[ref], raw[ref])

    def predict(u: Texts, learned_u: np.ndarray) -> dict[str, np.ndarray]:
        mean = model.predict((dense(u, learned_u) - mu) / sd)
        return {"compound": np.clip(mean / 4, -1, 1), "classes": three_class(mean, 0.2)}

    return predict


def multinomial(t: Texts, y, raw, source, learned):
    """3-class logistic regression on dense features; compound = P(pos) − P(neg), class = argmax."""
    from sklearn.linear_model import LogisticRegression

    news = source == len(train_tone.REFERENCE_SETS)
    gold = np.where(news, np.sign(raw), np.where(raw >= 0.2, 1, np.where(raw <= -0.2, -1, 0))).astype(int)
    x = dense(t, learned)
    mu, sd = x.mean(0), x.std(0)
    model = LogisticRegression(class_weight="balanced", max_iter=3000)
    model.fit((x - mu) / sd, gold, sample_weight=np.where(news, 3.0, 1.0))

    def predict(u: Texts, learned_u: np.ndarray) -> dict[str, np.ndarray]:
        p = model.predict_proba((dense(u, learned_u) - mu) / sd)
        return {"compound": p[:, 2] - p[:, 0], "classes": p.argmax(1) - 1}

    return predict


def polar_model(t: Texts, y, raw, source, learned):
    """The shipped compound's sign; neutral when P(polar) from a small model is below a threshold."""
    from sklearn.linear_model import LogisticRegression

    ref = source < len(train_tone.REFERENCE_SETS)
    lex_sd, learned_sd = t.lexical.std(), learned.std()

    def features(u: Texts, compound: np.ndarray) -> np.ndarray:
        return np.column_stack([np.abs(compound), u.subjectivity, np.log(u.n), u.npol])

    x = features(t, shipped_compound(t, learned, lex_sd, learned_sd))
    mu, sd = x.mean(0), x.std(0)
    model = LogisticRegression(class_weight="balanced", max_iter=2000)
    model.fit(((x - mu) / sd)[ref], np.abs(raw[ref]) >= 0.2)

    def predict(u: Texts, learned_u: np.ndarray) -> dict[str, np.ndarray]:
        compound = shipped_compound(u, learned_u, lex_sd, learned_sd)
        return {"compound": compound, "polar": model.predict_proba((features(u, compound) - mu) / sd)[:, 1]}

    return predict


def two_sided(t: Texts, y, raw, source, learned):
    lex_sd, learned_sd = t.lexical.std(), learned.std()
    return lambda u, learned_u: {"compound": shipped_compound(u, learned_u, lex_sd, learned_sd), "two_sided": True}


SHIPPED = "news (shipped): lexicon + 0.3 × ridge(words, α 30)"
VARIANTS: dict[str, Callable] = {
    SHIPPED: blended(),
    "… two-sided band (best of 14 × 14 on dev)": two_sided,
    "… ridge α 100": blended(alpha=100.0),
    "… ridge α 300": blended(alpha=300.0),
    "… ridge over words + bigrams": blended(features=bigrams),
    "… ridge over words + bigrams, α 100": blended(features=bigrams, alpha=100.0),
    "… ridge over Porter stems + bigrams, α 100": blended(features=stems_and_bigrams, alpha=100.0),
    "… ridge over negation-marked words + bigrams, α 100": blended(features=negation_marks_and_bigrams, alpha=100.0),
    "… NewsMTSC sentences weigh 3× in the ridge": blended(news_weight=3.0),
    "… ridge on the lexicon part's residual": blended(residual=True),
    "… + 0.3 × Pattern polarity lexicon": blended(pattern=0.3),
    "regression to the raters' mean (7 features), gold's ±0.2": regression_to_mean,
    "3-class logistic regression (7 features), argmax": multinomial,
    "news + P(polar) model (abs compound, subjectivity, length, polar words)": polar_model,
}


def three_class(values: np.ndarray, lo: float, hi: float | None = None) -> np.ndarray:
    hi = lo if hi is None else hi
    return np.where(values >= hi, 1, np.where(values <= -lo, -1, 0))


def classes(out: dict[str, np.ndarray], rule: tuple[str, object]) -> np.ndarray:
    kind, value = rule
    if kind == "fixed":
        return out["classes"]
    if kind == "polar":
        return np.where(out["polar"] >= value, np.sign(out["compound"]), 0).astype(int)
    if kind == "two-sided":
        return three_class(out["compound"], *value)
    return three_class(out["compound"], value)


def choose_rule(out: dict[str, np.ndarray], gold: np.ndarray, f1) -> tuple[str, object]:
    """The variant's one scalar (or pair), chosen on NYT dev."""
    if "classes" in out:
        return ("fixed", None)
    if "polar" in out:
        grid = [("polar", round(float(t), 3)) for t in np.arange(0.2, 0.8, 0.025)]
    elif "two_sided" in out:
        steps = [round(float(v), 3) for v in np.arange(0.0, 0.35, 0.025)]
        grid = [("two-sided", (lo, hi)) for lo in steps for hi in steps]
    else:
        grid = [("band", b) for b in BANDS]
    return max(grid, key=lambda rule: f1(gold, classes(out, rule), average="macro"))


def main() -> None:
    from scipy.stats import pearsonr
    from sklearn.metrics import f1_score
    from sklearn.model_selection import KFold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    data = args.data
    texts, raw, source = train_tone.sentence_sources(data)
    _, y = train_tone.sentence_training_set(data)
    train = prepare(texts)
    folds = list(KFold(FOLDS, shuffle=True, random_state=0).split(texts))
    # Out-of-fold shipped learned scores: the stackers' "learned" feature for training texts.
    oof = np.zeros(len(texts))
    for tr, te in folds:
        _, scorer = fit_ridge(train.take(tr), y[tr], source[tr])
        oof[te] = scorer(train.take(te))
    _, full_scorer = fit_ridge(train, y, source)
    nyt_texts, nyt_mean = train_tone.read_reference(data / "nyt_editorial_dev.tsv")
    nyt_gold = three_class(nyt_mean, 0.2)
    dev = {"nyt": prepare(nyt_texts)}
    target_gold = {}
    for split in ("rw", "mt"):
        rows = train_tone.read_newsmtsc(data / "newsmtsc" / f"devtest_{split}_dev.jsonl")
        dev[split] = prepare([s for s, *_ in rows])
        target_gold[split] = np.asarray([p for *_, p in rows])
    learned_dev = {k: full_scorer(t) for k, t in dev.items()}
    ref_gold = three_class(raw, 0.2)

    # Paired bootstrap over NYT sentences of the macro-F1 difference to the shipped method.
    rng = np.random.default_rng(0)
    samples = [rng.integers(0, len(nyt_gold), len(nyt_gold)) for _ in range(BOOTSTRAP)]
    shipped_out = VARIANTS[SHIPPED](train, y, raw, source, oof)(dev["nyt"], learned_dev["nyt"])
    shipped = three_class(shipped_out["compound"], train_tone.NEWS_BAND)

    def row(name: str, rule: str, compound: np.ndarray, predicted: dict[str, np.ndarray], cv: np.ndarray,
            cv_classes: np.ndarray) -> str:  # fmt: skip
        nyt = predicted["nyt"]
        diffs = [f1_score(nyt_gold[b], nyt[b], average="macro") - f1_score(nyt_gold[b], shipped[b], average="macro")
                 for b in samples]  # fmt: skip
        refs = [source == k for k in range(len(train_tone.REFERENCE_SETS))]
        cells = [
            name,
            rule,
            f"{pearsonr(compound, nyt_mean)[0]:.3f}",
            f"{f1_score(nyt_gold, nyt, average='macro'):.3f}",
            " / ".join(f"{x:.2f}" for x in f1_score(nyt_gold, nyt, average=None)),
            f"{np.percentile(diffs, 2.5):+.3f} … {np.percentile(diffs, 97.5):+.3f}",
            *(f"{f1_score(target_gold[s], predicted[s], average='macro'):.3f}" for s in ("rw", "mt")),
            " / ".join(f"{pearsonr(cv[m], raw[m])[0]:.3f}" for m in refs),
            " / ".join(f"{f1_score(ref_gold[m], cv_classes[m], average='macro'):.3f}" for m in refs),
        ]
        return "| " + " | ".join(cells) + " |"

    print(
        "| variant | rule (on NYT dev) | NYT r | NYT macro-F1 | F1 neg / neu / pos | ΔF1 vs shipped, 95 % CI "
        "| NewsMTSC rw F1 | mt F1 | ref CV r (tweets / movie / amazon) | ref CV macro-F1 (same) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    band = sentiment.neutral_band("vader")
    vader = {k: three_class(t.vader, band) for k, t in dev.items()}
    reference = row("`vader` (reference)", f"band {band}", dev["nyt"].vader, vader, train.vader,
                    three_class(train.vader, band))  # fmt: skip
    print(reference)
    sys.stdout.flush()
    for name, fit in VARIANTS.items():
        predict = fit(train, y, raw, source, oof)
        out = {k: predict(t, learned_dev[k]) for k, t in dev.items()}
        rule = choose_rule(out["nyt"], nyt_gold, f1_score)
        cv: dict[str, np.ndarray] = {}
        for tr, te in folds:
            fold = fit(train.take(tr), y[tr], raw[tr], source[tr], oof[tr])(train.take(te), oof[te])
            for key, values in fold.items():
                if isinstance(values, np.ndarray):
                    cv.setdefault(key, np.zeros(len(texts)))[te] = values
        rule_text = "fixed" if rule[0] == "fixed" else f"{rule[0]} {rule[1]}"
        predicted = {k: classes(o, rule) for k, o in out.items()}
        print(row(name, rule_text, out["nyt"]["compound"], predicted, cv["compound"], classes(cv, rule)), flush=True)


if __name__ == "__main__":
    main()
