"""Whether new information — features ``analysis.reported._features`` does not read yet — helps the reported-speech
scorer (repeated CV, the same folds as ``training/train_reported.py``).

Run from the repository root (needs PolNeAR's train split and scikit-learn; reads only its *fit* part, as
``training/train_reported.py`` does, and writes nothing)::

    .venv/bin/python training/reported_newinfo.py --alone quote   # the plain model and one family (~1 min CPU)
    .venv/bin/python training/reported_newinfo.py --family skind --family modal   # chosen families together
    .venv/bin/python training/reported_newinfo.py                 # the plain model and every family alone
    .venv/bin/python training/reported_newinfo.py --held --alone quote   # and each fitted on the whole fit part,
                                                                          # scored on the held-out fifth

Each setting costs about 16 s of CPU (10 × 5 logistic fits and the CV table; 1.5 min of wall time on a busy
2-core machine), so the full run takes about 5 min of CPU (20 min of wall time).  It first prints the oracle: F1
when every candidate is scored by its own label, the ceiling any scorer of these candidates can reach.

Round 38's ``training/reported_interactions.py`` found that no product of the features already read separates what
the logistic model gets wrong, so this script adds *new* evidence, each family a linguistically motivated reading
of what the candidate stage already holds (the sentence's tokens, the Brill lexicon's tags, the reporting-verb
lexicon, the WordNet person/body nouns of ``analysis/data/noun_kinds.txt``), computed per candidate by
:func:`new_features` while ``train_reported.collect`` runs (it wraps :func:`analysis.reported._features`), every
feature prefixed by its family so a setting keeps the families it names:

* ``skind``: what the cue's subject is, read from its head word: a person noun ("the lawyer"), a body ("the
  ministry"), a document ("the report"), a pronoun, a name, or another thing ("the plan suggests …").
* ``modal``: a modal or a conditional before the cue ("would say", "could claim", "if he says").
* ``tags``: the Brill tags of the content's first two words ("that/IN the/DT", "his/PRP$ plan/NN").
* ``next``: what follows the content (a full stop, a comma, a quotation mark, more words).
* ``quote``: whether the sentence holds a quotation mark (a report beside a quote, or inside one).
* ``nested``: whether the content holds another cue verb (a report inside the report).
* ``tense``: the tense of the content's first tagged verb (past, present, modal) and with the cue's form
  (sequence of tenses: "said he was" vs "says he is").
* ``sentlen``: the sentence's length in tokens, binned.
* ``block``: which text block the sentence is in (the headline, the opening paragraphs, the body).
* ``ftags``, ``ftense``: ``tags`` and ``tense`` read with the whole Brill lexicon (``reported._tags`` keeps only the
  adverb, verb and noun tags, so a determiner, a preposition, a pronoun or a modal reads as unknown there).
* ``subjlen``: how many words the cue's subject has and how many stand between it and the cue.
* ``commas``: how many commas the content holds (a list or an aside, not a clause).
* ``figures``: whether the content holds a figure (a digit, ``%``, a currency sign).
* ``caps``: the share of the content's words after the first that are capitalised (a list of names or a title).

Each setting is scored as ``reported_interactions.py`` scores one: 10 partitions × 5 folds by article, out-of-fold
scores through the kit's own selection, F1 as ``benchmarks/reported.py`` counts it, at the threshold the one-SE
rule chooses, the best F1 and F1 at the shipped −1.0, with the fold SE.  A family is worth shipping only when its
CV F1 beats the plain model's by more than one fold SE (about 0.005) or raises precision at equal F1.

Round 39 (repnew39; 663 fit articles, 8,111 candidates, plain model 2,034 features): no family, and not all fifteen
together, moved CV F1 by more than 0.0006 at the chosen threshold or 0.0015 at the best one, under a third of a fold
SE, and none raised precision by more than 0.003, so nothing shipped::

    setting     features  chosen  F1 at chosen (P, R)     best F1 (at)    F1 at -1.0 (P, R)       fold SE
    plain       2,034     -1.0    0.8744 (0.915, 0.837)   0.8775 (-1.8)   0.8744 (0.915, 0.837)   0.0053
    skind       2,061     -1.0    0.8743 (0.916, 0.836)   0.8787 (-2.0)   0.8743                  0.0049
    modal       2,036     -1.0    0.8744 (0.915, 0.837)   0.8778 (-1.8)   0.8744                  0.0053
    tags        2,099     -1.0    0.8737 (0.915, 0.836)   0.8777 (-1.8)   0.8737                  0.0054
    next        2,058     -1.0    0.8742 (0.915, 0.837)   0.8775 (-1.8)   0.8742                  0.0054
    quote       2,035     -1.0    0.8750 (0.918, 0.836)   0.8789 (-1.8)   0.8750                  0.0053
    nested      2,035     -1.0    0.8743 (0.915, 0.837)   0.8774 (-1.8)   0.8743                  0.0053
    tense       2,052     -1.0    0.8744 (0.915, 0.837)   0.8776 (-1.8)   0.8744                  0.0051
    sentlen     2,040     -1.0    0.8748 (0.916, 0.837)   0.8782 (-1.8)   0.8748                  0.0053
    block       2,039     -1.0    0.8745 (0.915, 0.837)   0.8775 (-1.8)   0.8745                  0.0053
    ftags       2,417     -1.2    0.8734 (0.909, 0.841)   0.8772 (-1.8)   0.8718 (0.913, 0.834)   0.0052
    ftense      2,058     -1.0    0.8747 (0.916, 0.837)   0.8777 (-1.8)   0.8747                  0.0049
    subjlen     2,046     -1.0    0.8742 (0.915, 0.837)   0.8780 (-2.0)   0.8742                  0.0050
    commas      2,038     -1.0    0.8738 (0.915, 0.836)   0.8774 (-1.8)   0.8738                  0.0052
    figures     2,035     -1.0    0.8746 (0.915, 0.838)   0.8774 (-1.8)   0.8746                  0.0053
    caps        2,037     -1.0    0.8740 (0.915, 0.836)   0.8772 (-1.8)   0.8740                  0.0052
    all fifteen 2,610     -1.2    0.8746 (0.915, 0.837)   0.8790 (-1.8)   0.8729 (0.919, 0.831)   0.0052

On the held-out fifth (``--held``: 117 articles, the 60 of it a measure-only list names skipped; each setting
fitted on the whole fit part, scored at its chosen threshold): plain F1 0.8575 (P 0.886, R 0.831), ``quote`` 0.8588
(0.891, 0.829), ``skind`` 0.8576 (0.888, 0.829), ``ftense`` 0.8570 (0.889, 0.827), all fifteen 0.8525 (0.883,
0.824): the CV's verdict holds.

Why: the oracle (every candidate scored by its own label) reaches P 1.000, R 0.874, F1 0.933 — with a candidate
scored by whether it overlaps any annotated content, R 0.891 — and the plain model already holds R 0.837 of that
0.874 (96 %) at P 0.915.  What is left for a scorer is mostly precision (about one kept row in twelve is no
annotated content, the clause contents PolNeAR does not mark), which none of these readings separates; the larger
part of the recall gap is candidates never proposed: of the fit part's speech contents, 326 of 3,059 (11 %) have no
candidate at all and 55 only a candidate of another cue.  A count of the first kind, by the gold cue (outside this
script): 262 speech contents no candidate overlaps, 215 of them cued by a form the reporting-verb lexicon holds,
214 with the content after the cue; their cues "say" 45, "ask" 20, "suggest" 16, "tell" 12, "reveal" 11,
"claim" 11, "report" 9, "announce" 9.  Recall needs the candidate readers, not the scorer.  And the precision
left is spread thin (one partition's out-of-fold rows at −1.0: 307 false of 3,668 kept; by reading, side and how
the content opens no class holds more than 42, the largest "said that …" clauses the annotators left unmarked,
42 beside 690 right; by verb "say" 77, "ask" 19, "report" 15, "claim" 13): no one reading can separate them.
"""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import labelled_sets  # noqa: E402
import reported_interactions as ri  # noqa: E402
import reporting_verbs as rv  # noqa: E402
import train_reported as tr  # noqa: E402

from analysis import reported, resources  # noqa: E402

#: The families :func:`new_features` computes (the module's text describes them).
FAMILIES = (
    "skind",
    "modal",
    "tags",
    "next",
    "quote",
    "nested",
    "tense",
    "sentlen",
    "block",
    "ftags",
    "ftense",
    "subjlen",
    "commas",
    "figures",
    "caps",
)
#: Subject lengths and cue gaps (tokens) binned.
SUBJECT_BINS = (0, 1, 2, 4, 8)
#: The share of a content's words after the first that are capitalised above which it is mostly names.
CAPS_MANY = 0.4
#: Blocks (``Report.block``) binned: the headline or standfirst, the opening paragraphs, the body.
BLOCK_BINS = (0, 1, 3, 9)
#: Modals and conditionals read before a cue: a report the speaker may make, not one made.
MODALS = frozenset({"would", "could", "might", "may", "will", "should", "can", "must", "shall", "'d", "wo"})
CONDITIONALS = frozenset({"if", "unless", "whether", "when", "once"})
#: How many tokens before the cue are read for a modal or a conditional.
MODAL_REACH = 6
#: Sentence lengths (tokens) binned.
SENTENCE_BINS = (10, 20, 30, 45, 60)
#: Quotation marks a sentence's tokens may hold.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'"})
#: How many content words are read for a nested cue or the first verb's tense.
CONTENT_REACH = 12


@functools.cache
def noun_kinds() -> dict[str, str]:
    """WordNet's person and body nouns (``analysis/data/noun_kinds.txt``)."""
    return dict(resources.packaged_rows("noun_kinds.txt"))


@functools.cache
def full_tags() -> dict[str, str]:
    """Lower-case word -> its most frequent tag in the whole Brill lexicon (``reported._tags`` keeps a few)."""
    return {w: tags[0] for w, tags in resources.brill_lexicon()[0].items()}


def _coarse(tag: str) -> str:
    """A Brill tag cut to its family ("NNS" -> "NN", "VBD" -> "VBD", "PRP$" -> "PRP$"), or ``unk``."""
    if not tag:
        return "unk"
    return tag if tag.startswith(("VB", "PRP", "W")) else tag[:2]


def new_features(toks, rep, reading: str, verbs: dict[str, str], feats: tuple[str, ...]) -> list[str]:
    """Every family's features of one candidate, each prefixed ``family:``."""
    starts = toks.starts
    k = reported.bisect.bisect_left(starts, rep.cue[0])
    n = len(toks)
    c = min(reported.bisect.bisect_left(starts, rep.start), n - 1)
    e = max(reported.bisect.bisect_left(starts, rep.end), 1)
    side = "after" if c > k else "before" if e <= k else "around"
    tags = reported._tags()
    out: list[str] = []
    according = "according" in feats
    # skind
    if not according:
        subj, shape = reported._loose_subject(toks, k)
        if shape == "pronoun":
            kind = "pronoun"
        elif subj is None:
            kind = shape
        else:
            head = toks[subj[1] - 1].low
            kinds = noun_kinds()
            kind = (
                "document"
                if head in reported.DOCUMENTS
                else kinds.get(head) or ("name" if toks[subj[1] - 1].text[:1].isupper() else "thing")
            )
        out += [f"skind:skind={kind}", f"skind:{side}|skind={kind}"]
    # modal
    before = [t.low for t in toks[max(0, k - MODAL_REACH) : k]]
    if any(w in MODALS for w in before[-3:]):
        out.append("modal:modal")
    if any(w in CONDITIONALS for w in before):
        out.append("modal:conditional")
    words = toks[c:e]
    if words:
        t1 = _coarse(tags.get(words[0].low, ""))
        t2 = _coarse(tags.get(words[1].low, "")) if len(words) > 1 else "none"
        out += [f"tags:t1={t1}", f"tags:t12={t1}_{t2}", f"tags:{side}|t1={t1}"]
        body = words[:CONTENT_REACH]
        if any(w.low in verbs and w is not toks[k] for w in body):
            out.append("nested:nested_cue")
        tense = next(
            (
                "past" if tag in ("VBD",) else "modal" if tag == "MD" else "present"
                for tag in (tags.get(w.low, "") for w in body)
                if tag in ("VBD", "VBZ", "VBP", "MD")
            ),
            "none",
        )
        form = next((f[5:] for f in feats if f.startswith("form=")), "none")
        out += [f"tense:ctense={tense}", f"tense:{form}|ctense={tense}"]
    nxt = toks[e].text if e < n and side != "before" else ("end" if e >= n else "cue")
    nxt = nxt if nxt in (".", ",", ";", ":", "?", "!", ")", "end", "cue") else "quote" if nxt in QUOTE_MARKS else "word"
    out += [f"next:next={nxt}", f"next:{side}|next={nxt}"]
    if not QUOTE_MARKS.isdisjoint(t.text for t in toks):
        out.append("quote:sentence_quote")
    out.append(f"sentlen:sentlen<={next((x for x in SENTENCE_BINS if n <= x), 99)}")
    out.append(f"block:block<={next((x for x in BLOCK_BINS if rep.block <= x), 'more')}")
    full = full_tags()
    if not according:
        subj = reported._loose_subject(toks, k)[0]
        span = 0 if subj is None else subj[1] - subj[0]
        out.append(f"subjlen:subject_words<={next((x for x in SUBJECT_BINS if span <= x), 99)}")
        out.append(f"subjlen:cue_gap<={next((x for x in SUBJECT_BINS if k - (subj[1] if subj else k) <= x), 99)}")
    if words:
        commas = sum(1 for w in words if w.text == ",")
        out.append(f"commas:commas={min(commas, 3)}")
        if any(w.text[:1].isdigit() or w.text in ("%", "$", "\u00a3", "\u20ac") for w in words):
            out.append("figures:figures")
        alpha = [w for w in words if w.text[:1].isalpha()]
        share = sum(w.text[:1].isupper() for w in alpha[1:]) / max(len(alpha) - 1, 1)
        out.append(f"caps:caps={'none' if share == 0 else 'some' if share < CAPS_MANY else 'many'}")
    if words:
        f1 = _coarse(full.get(words[0].low, ""))
        f2 = _coarse(full.get(words[1].low, "")) if len(words) > 1 else "none"
        out += [f"ftags:t1={f1}", f"ftags:t12={f1}_{f2}", f"ftags:{side}|t1={f1}"]
        tense = next(
            (
                "past" if tag == "VBD" else "modal" if tag == "MD" else "present"
                for tag in (full.get(w.low, "") for w in words[:CONTENT_REACH])
                if tag in ("VBD", "VBZ", "VBP", "MD")
            ),
            "none",
        )
        form = next((f[5:] for f in feats if f.startswith("form=")), "none")
        out += [f"ftense:ctense={tense}", f"ftense:{form}|ctense={tense}"]
    return out


def collect_with_families() -> list:
    """``train_reported.collect``'s data with every family's features added to every candidate."""
    plain = reported._features

    def wrapped(toks, rep, reading, verbs):
        feats = plain(toks, rep, reading, verbs)
        return (*feats, *new_features(toks, rep, reading, verbs, feats))

    reported._features = wrapped
    try:
        return tr.collect()
    finally:
        reported._features = plain


def held_articles() -> list[Path]:
    """The held-out fifth's ``.ann`` files, less every article a measure-only list names (``usheld`` was drawn from
    this fifth: never read here)."""
    measure_only = {Path(a).name for a in labelled_sets.measure_only_articles()}
    return [a for a in rv.articles("held_out") if a.stem.rsplit("_", 1)[0] + ".txt" not in measure_only]


def collect_held() -> list:
    """:func:`collect_with_families` over :func:`held_articles` instead of the fit part."""
    articles, held = rv.articles, held_articles()
    rv.articles = lambda part: held
    try:
        return collect_with_families()
    finally:
        rv.articles = articles


def held_scores(data: list, held: list, families: tuple[str, ...], threshold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 on the held-out fifth of a model fitted on the whole fit part (the families kept)."""
    from sklearn.linear_model import LogisticRegression

    fit, test = keep(data, families), keep(held, families)
    index = {f: i for i, f in enumerate(sorted({f for groups, _ in fit for g in groups for r in g for f in r[2]}))}
    x, y, _, known = tr._matrix(fit, index)
    model = LogisticRegression(C=tr.C, max_iter=tr.MAX_ITER).fit(x[known], y[known])
    scores = model.decision_function(tr._matrix(test, index)[0])
    return tr.benchmark_f1(test, tr._unflatten(test, scores), threshold)


def keep(data: list, families: tuple[str, ...]) -> list:
    """``data`` with only the named families' new features kept (the plain features always)."""

    def kept(feats):
        return tuple(f for f in feats if ":" not in f or f.split(":", 1)[0] in families)

    return [([[(r[0], r[1], kept(r[2]), *r[3:]) for r in g] for g in groups], speech) for groups, speech in data]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", choices=FAMILIES, help="score these families together")
    parser.add_argument("--held", action="store_true", help="also score the held-out fifth (no measure-only article)")
    parser.add_argument("--alone", action="append", choices=FAMILIES, help="score only these families, each alone")
    args = parser.parse_args()
    if not rv.TRAIN.exists():
        print(f"PolNeAR's train split is not here ({rv.TRAIN}): nothing to measure")
        return
    data = collect_with_families()
    print(f"{len(data)} fit articles, {sum(len(g) for groups, _ in data for g in groups)} candidates")
    oracle = [[[1.0 if r[5] else -1.0 for r in g] for g in groups] for groups, _ in data]
    p, r, f = tr.benchmark_f1(data, oracle, 0.0)
    print(f"oracle scores (each candidate's own label): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    settings = [("plain", ())]
    alone = args.alone or ([] if args.family else FAMILIES)
    settings += [(f, (f,)) for f in alone]
    settings += [("+".join(args.family), tuple(args.family))] if args.family else []
    held = collect_held() if args.held else None
    if held is not None:
        print(f"held-out fifth: {len(held)} articles (measure-only ones skipped)")
    print(
        "| setting | features | chosen | F1 (P, R) | best F1 (at) | F1 at -1.0 (P, R) | fold SE | held-out F1 (P, R) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, families in settings:
        n, chosen, row, best, at = ri.cv_summary(keep(data, families), (label, (), False, 1.0, 1.0))
        hp, hr, hf = held_scores(data, held, families, chosen) if held is not None else (0.0, 0.0, 0.0)
        print(
            f"| {label} | {n} | {chosen:+.1f} | {row[3]:.4f} ({row[1]:.3f}, {row[2]:.3f}) | "
            f"{best[3]:.4f} ({best[0]:+.1f}) | {at[3]:.4f} ({at[1]:.3f}, {at[2]:.3f}) | {row[4]:.4f} | "
            + (f"{hf:.4f} ({hp:.3f}, {hr:.3f}) |" if held is not None else "- |"),
            flush=True,
        )


if __name__ == "__main__":
    main()
