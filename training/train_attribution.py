"""Fit the speaker-attribution ranker on PolNeAR's train split; write ``analysis/data/attribution.npz``.

Run from the repository root::

    .venv/bin/python training/train_attribution.py             # fit every model at C = 1.0, write the npz
    .venv/bin/python training/train_attribution.py --cv        # print the repeated-CV tables and choices only
    .venv/bin/python training/train_attribution.py --choose-c  # fit each model at the C the repeated CV chooses
    .venv/bin/python training/train_attribution.py --augment-names 2  # also train on 2 renamed copies per article

The plain fit takes about 25 s of CPU (collecting the rows; 1m45 of wall time on a busy 2-core machine) and
writes the same bytes from the same code and data (checked with two hash seeds).  ``--cv``/``--choose-c`` fit
4 models x 7 strengths x 10 partitions x 5 folds: about 17 min of CPU (46 min of wall time, busy).  Round 31's
tables (PolNeAR fit part): the quote ranker's top-1 is flat from C = 0.1 to 10 (0.934-0.935, fold SE 0.004), the pronoun resolver's from 0.1 up
(0.744-0.746, SE 0.017); the one-SE rule chose 0.03 and 0.01 (each partition alone: 0.01-0.1), strengths that
cost 0.002 and 0.015 of mean top-1, since a fold SE of top-1 is wide beside the differences between settings on
the same folds.  So the choice is printed, and ships only with ``--choose-c``: C = 1.0 stays the default.

Reads ONLY PolNeAR's 840-article train split (Newell, Margolin & Ruths, LREC
2018): brat ``Source``/``Cue``/``Content`` spans of every attribution, pronoun
and nominal sources included.  For each quote the kit finds
(:func:`analysis.attribution.attribute` with ``collect``), the annotated
attribution whose Content overlaps it by at least half of the shorter span
gives the Source span; the candidate mention overlapping that Source most is
the positive, the other candidates negatives.  When the Source lies before
the candidate window, the continuity candidate is the positive.  Quotes whose
Source is no candidate are left out (the ranker cannot learn from them; their
count is printed).

With ``--augment-names K`` each PolNeAR article is followed by K copies whose people carry names the first-name
table cannot gender (``training/renaming.py``, shared with ``benchmarks/name_invariance.py``), so the rankers see
people whose gender only the context tells; ``--augment-models pron`` gives the copies' rows to the pronoun resolver
only.  Off by default: round 38 measured it against a plain refit (K = 1, 2; all models or the pronoun resolver only)
and it moved neither the name-invariance benchmark (single names: rows lost 50 -> 45, rewritten attribution 1319 ->
1322 of 1429) nor any labelled set beyond refit noise, while on PolNeAR train it let places the table cannot gender
("Ohio") win pronouns.

Model: logistic regression over candidate features (pointwise training of a
ranker whose argmax per quote is the choice); the pronoun resolver and the
report source ranker likewise, the role linker pairwise (:func:`pairwise`).
With ``--cv``/``--choose-c`` each model's L2 strength ``C`` is chosen on :data:`C_GRID`
by 5-fold cross-validation by article repeated over 10 partitions (``repeated_cv.py``,
as ``train_reported.py`` chooses its threshold): the smallest ``C`` whose mean
top-1 is within one fold SE of the best (:func:`choose_c`).  The tables, with
each rule's top-1 beside the ranker's and the ``C`` each partition alone would
choose, are printed.  The role linker ships fitted only where its CV top-1
beats the rule's pick.  The output is deterministic: the same code and data
write the same npz bytes (fixed partitions, lbfgs, ``np.savez`` dates every
member 1980-01-01).

Writes (plain arrays, ``np.savez_compressed``, loaded with ``allow_pickle=False``):
``features`` (names, checked at load), ``coef``, ``intercept``.
Needs scikit-learn (a dev dependency); inference needs numpy only.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "training"))

import labelled  # noqa: E402
import renaming  # noqa: E402
import reporting_verbs  # noqa: E402
from repeated_cv import FOLDS, MAX_ITER, REPEATS, C, fold_se, one_se, repeated_table  # noqa: E402

from analysis import attribution  # noqa: E402
from analysis.article import read_article  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
OUT = ROOT / "analysis" / "data" / "attribution.npz"
#: The inverse L2 strengths tried for each model, strongest first: the one-SE rule keeps the strongest one whose
#: repeated-CV top-1 is within a fold SE of the best (:func:`choose_c`).  Steps of about 3x: neighbours closer
#: than that differed by less than the SE.
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
MIN_OVERLAP = 0.5
#: The readable labelled sets trained on beside PolNeAR's train split (``training/labelled.py``).
LABELLED_SETS: tuple[str, ...] = ()
#: Renamed copies of each PolNeAR article trained on beside it (``--augment-names``, :func:`_renamed_copies`): its
#: people's names replaced by ones the first-name table cannot gender, so the rankers learn from mentions whose
#: gender only the context tells.  0: none.
AUGMENT_NAMES = 0
#: The rankers the renamed copies train (``--augment-models``): the quote ranker, report source ranker, pronoun
#: resolver and role linker by their row lists' keys in :func:`_article_rows`.
AUGMENTED_MODELS: tuple[str, ...] = ("quote", "pron", "role", "rep")
#: Whether reported clauses' he/she Sources ("He said that …") join the quotes' as pronoun resolver rows.
PRONOUNS_FROM_REPORTS = True
KIND_ORDER = {
    "name": 0,
    "org": 1,
    "role": 2,
    "plural": 3,
    "pronoun": 4,
}  # the scorer's matching rule: overlap of at least half the shorter span


def read_ann(path: Path) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``(source span, content span)`` of every attribution in a brat file (discontinuous spans joined)."""
    spans: dict[str, tuple[str, int, int]] = {}
    out = []
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _ = (line.split("\t") + ["", ""])[:3]
            label, _, offs = info.partition(" ")
            nums = [int(x) for part in offs.split(";") for x in part.split()]
            if nums:
                spans[tid] = (label, min(nums), max(nums))
        elif line.startswith("E"):
            events.append(dict(part.split(":") for part in line.split("\t")[1].split()))
    for ev in events:
        src, con = ev.get("Source"), ev.get("Content")
        if src in spans and con in spans:
            out.append(((spans[src][1], spans[src][2]), (spans[con][1], spans[con][2])))
    return out


def read_chains(path: Path) -> dict[str, list]:
    """CoreNLP's coreference chains of every article in a ``coref.jsonl`` file: article name -> chains."""
    chains = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            chains[row["article"]] = row["chains"]
    return chains


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pronoun_rows(ants: list, src: tuple[int, int], chains: list, pron: dict, group: int, article: int) -> None:
    """Label a he/she source's antecedent candidates with the CoreNLP chain that holds the source.

    An antecedent is right when its mention is in that chain, or (the last
    speaker, or a mention outside the chain's spans) when its surname is a
    word of the chain's mentions.  Groups without a right one are left out.
    """
    chain = next((c for c in chains if any(m["start"] < src[1] and src[0] < m["end"] for m in c)), None)
    if chain is None:
        return
    words = {w.lower() for m in chain for w in m["text"].split() if w[:1].isupper()}
    labels = []
    for ant, span in ants:
        inside = span is not None and any(m["start"] < span[1] and span[0] < m["end"] for m in chain)
        named = bool(ant.entity.tokens) and ant.entity.tokens[-1].lower() in words
        labels.append(int(inside or named))
    if not any(labels) or all(labels):
        return
    for (ant, _), y in zip(ants, labels):
        pron["x"].append(ant.features)
        pron["y"].append(y)
        pron["groups"].append(group)
        pron["arts"].append(article)


def _role_rows(holders: list, span: tuple[int, int], chains: list, role: dict, article: int) -> None:
    """Label a role phrase's holder candidates with the CoreNLP chain that holds the phrase.

    A holder is right when its surname is a capitalised word of the chain's other mentions.
    Phrases in no chain, with fewer than two candidates, or where not exactly one candidate is
    right are left out (the linker learns which of several holders a role is).
    """
    chain = next((c for c in chains if any(m["start"] < span[1] and span[0] < m["end"] for m in c)), None)
    if chain is None or len(holders) < 2:
        return
    words = {
        w.lower().replace("'s", "").replace("\u2019s", "")
        for m in chain
        if not (m["start"] < span[1] and span[0] < m["end"])
        for w in m["text"].split()
        if w[:1].isupper()
    }
    labels = [int(bool(h.entity.tokens) and h.entity.tokens[-1].lower() in words) for h in holders]
    if sum(labels) != 1:
        return
    group = role["groups"][-1] + 1 if role["groups"] else 0
    for h, y in zip(holders, labels):
        role["x"].append(h.features)
        role["y"].append(y)
        role["groups"].append(group)
        role["arts"].append(article)


def _label(a, cands: list, spans: list, gold: list, stats: dict) -> int | None:  # noqa: ANN001 - an Attribution
    """The candidate that is a reported clause's gold Source (the one overlapping it, a name before a role or
    pronoun), continuity when the Source lies before the window, ``None`` when no annotation or candidate fits."""
    q = (a.start, a.end)
    match = [(s, c) for s, c in gold if _overlap(q, c) >= MIN_OVERLAP * min(q[1] - q[0], c[1] - c[0])]
    if not match:
        return None
    src = max(match, key=lambda sc: _overlap(q, sc[1]))[0]
    over = [k for k, sp_ in enumerate(spans) if sp_ is not None and _overlap(sp_, src) > 0]
    if over:
        stats["reports_labelled"] += 1
        return min(over, key=lambda k: (KIND_ORDER.get(cands[k].np.kind, 9), spans[k][0]))
    first = min((s for s in spans if s is not None), default=None)
    if first is not None and src[1] <= first[0]:
        stats["reports_labelled"] += 1
        return 0
    return None


def _source_of(a, gold: list) -> tuple[int, int]:  # noqa: ANN001 - an Attribution
    """The Source span of the annotated attribution whose Content overlaps a row most (one exists: the row
    was labelled)."""
    q = (a.start, a.end)
    match = [(s, c) for s, c in gold if _overlap(q, c) >= MIN_OVERLAP * min(q[1] - q[0], c[1] - c[0])]
    return max(match, key=lambda sc: _overlap(q, sc[1]))[0]


#: A labeller of a pronoun source's antecedents: ``(antecedents with char spans, source span, rows, group,
#: article)``; it appends labelled rows to ``rows`` or leaves the group out.
PronounLabeller = Callable[[list, tuple[int, int], dict, int, int], None]
#: A labeller of a role phrase's holders: ``(char span, holders, rows, article)``.
RoleLabeller = Callable[[tuple[int, int], list, dict, int], None]


def _rows() -> dict:
    return {"x": [], "y": [], "groups": [], "arts": []}


def _article_rows(
    art,  # noqa: ANN001 - an Article
    gold: list,
    article: int,
    out: dict,
    stats: dict,
    pronoun_rows: PronounLabeller,
    role_rows: RoleLabeller,
) -> None:
    """Every labelled training row of one article: quote ranker, report source ranker, pronoun resolver, role linker.

    Args:
        art: The article, its text the one ``gold``'s offsets index.
        gold: ``(source span, content span)`` of every annotated attribution.
        article: The article's id (rows of one article stay in one CV fold).
        out: ``{"quote", "pron", "role", "rep"}`` row lists (:func:`_rows`), appended to.
        stats: Counts, updated.
        pronoun_rows: Labels a he/she source's antecedents (from coreference chains, or from the named speaker).
        role_rows: Labels a role phrase's holders likewise.
    """
    rows: list = []
    role_list: list = []
    rep_list: list = []
    attribution.attribute(art, collect=rows, collect_roles=role_list, collect_reports=rep_list)
    pron, rep, quote = out["pron"], out["rep"], out["quote"]
    for a, cands, spans, ants in rep_list:
        stats["reports"] += 1
        label = _label(a, cands, spans, gold, stats)
        if label is None:
            continue
        if PRONOUNS_FROM_REPORTS and label in ants:
            # "He said that …": a reported clause's he/she Source teaches the pronoun resolver too
            pronoun_rows(ants[label], _source_of(a, gold), pron, len(pron["groups"]), article)
        _append_candidates(rep, cands, label, article)
    for span, holders in role_list:
        role_rows(span, holders, out["role"], article)
    for a, cands, spans, ants in rows:
        stats["quotes"] += 1
        q = (a.start, a.end)
        match = [(s, c) for s, c in gold if _overlap(q, c) >= MIN_OVERLAP * min(q[1] - q[0], c[1] - c[0])]
        if not match:
            continue
        stats["matched"] += 1
        src = max(match, key=lambda sc: _overlap(q, sc[1]))[0]
        # The source phrase's head: "Kenneth Baer, a former Obama administration official" is Kenneth
        # Baer, not the appositive; a name before a role or pronoun, then the earliest.
        over = [k for k, sp_ in enumerate(spans) if sp_ is not None and _overlap(sp_, src) > 0]
        best = min(over, key=lambda k: (KIND_ORDER.get(cands[k].np.kind, 9), spans[k][0]), default=None)
        if best is None:
            first = min((s for s in spans if s is not None), default=None)
            if first is not None and src[1] <= first[0]:
                best = 0  # the source is before the window: continuity
            else:
                stats["no_candidate"] += 1
                continue
        if best in ants:
            pronoun_rows(ants[best], src, pron, len(pron["groups"]), article)
        _append_candidates(quote, cands, best, article)


def _append_candidates(rows: dict, cands: list, right: int, article: int) -> None:
    """One quote's or report's candidates as a new group, the ``right``-th the positive."""
    group = rows["groups"][-1] + 1 if rows["groups"] else 0
    for k, c in enumerate(cands):
        rows["x"].append(c.features)
        rows["y"].append(int(k == right))
        rows["groups"].append(group)
        rows["arts"].append(article)


def _append_group(rows: dict, feats: list, labels: list[int], article: int) -> None:
    """One candidate group's rows, left out unless some but not all candidates are right."""
    if not any(labels) or all(labels):
        return
    group = rows["groups"][-1] + 1 if rows["groups"] else 0
    for f, y in zip(feats, labels):
        rows["x"].append(f)
        rows["y"].append(y)
        rows["groups"].append(group)
        rows["arts"].append(article)


def _speaker_labellers(recs: list[dict], match: Callable[[str, str], bool]) -> tuple[PronounLabeller, RoleLabeller]:
    """Labellers from our annotators' resolved speakers (``training/labelled.py``) in place of coreference chains.

    An antecedent or holder is right when its name is the speaker of the gold record whose mention is the source
    (the shared scorer's matching), or when it is itself a mention our annotators gave that speaker (a role or
    description standing for an unnamed source).
    """
    by_mention = {}
    for r in recs:
        if r["mention_start"] is not None and r["speaker"]:
            span = (r["mention_start"], r["mention_end"])
            by_mention.setdefault(span, set()).update([r["speaker"], *r["alt_speakers"]])

    def speakers_at(span: tuple[int, int]) -> set[str]:
        return {who for m, names in by_mention.items() if _overlap(m, span) > 0 for who in names}

    def right(entity, span: tuple[int, int] | None, names: set[str]) -> int:  # noqa: ANN001 - sp._Entity
        if any(match(entity.name, who) for who in names):
            return 1
        return int(span is not None and bool(speakers_at(span) & names))

    def pronoun_rows(ants: list, src: tuple[int, int], rows: dict, _group: int, article: int) -> None:
        names = speakers_at(src)
        if names:
            _append_group(
                rows, [a.features for a, _ in ants], [right(a.entity, sp_, names) for a, sp_ in ants], article
            )

    def role_rows(span: tuple[int, int], holders: list, rows: dict, article: int) -> None:
        names = speakers_at(span)
        labels = [right(h.entity, None, names) for h in holders]
        if names and len(holders) >= 2 and sum(labels) == 1:
            _append_group(rows, [h.features for h in holders], labels, article)

    return pronoun_rows, role_rows


def _chain_labellers(chains: list) -> tuple[PronounLabeller, RoleLabeller]:
    """Labellers from CoreNLP's coreference chains of a PolNeAR article (:func:`_pronoun_rows`, :func:`_role_rows`)."""

    def pronoun_rows(ants: list, src: tuple[int, int], rows: dict, group: int, article: int) -> None:
        if chains:
            _pronoun_rows(ants, src, chains, rows, group, article)

    def role_rows(span: tuple[int, int], holders: list, rows: dict, article: int) -> None:
        _role_rows(holders, span, chains, rows, article)

    return pronoun_rows, role_rows


def _renamed_copies(text: str, gold: list, chains: list, article: int, copies: int) -> list[tuple[Any, list, list]]:
    """Up to ``copies`` rewrites of a PolNeAR article with its people renamed (``training/renaming.py``).

    The people are the full names whose given name the first-name table genders, found in an annotated Source or
    titled elsewhere (:func:`renaming.text_persons`); each copy draws new names of the same gender from a pool the
    table cannot gender (:func:`renaming.training_pool`), seeded by the article and copy.  The gold spans and the
    coreference chains (offsets, and the mention texts the labellers read surnames from) are carried to the
    rewrite's offsets.

    Returns:
        ``(article, gold, chains)`` per copy; none when the article names nobody the table genders.
    """
    persons = renaming.text_persons(text, [src for src, _ in gold])
    out: list[tuple[Any, list, list]] = []
    for copy in range(copies if persons else 0):
        named = renaming.assign(persons, renaming.training_pool(article, copy), text, f"{article}|{copy}")
        if not named:
            continue
        new_text, spans = renaming.rewrite(text, named)

        def move(span: tuple[int, int], spans: list = spans) -> tuple[int, int]:
            return renaming.shift(spans, span[0], is_end=False), renaming.shift(spans, span[1], is_end=True)

        new_gold = [(move(src), move(con)) for src, con in gold]
        new_chains = [
            [
                {**m, "start": a, "end": b, "text": new_text[a:b]}
                for m in chain
                for a, b in [move((m["start"], m["end"]))]
            ]
            for chain in chains
        ]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = read_article(new_text)
        if art.text == new_text:
            out.append((art, new_gold, new_chains))
    return out


def collect(
    data: Path,
    limit: int | None = None,
    labelled_sets: tuple[str, ...] = (),
    augment: int = AUGMENT_NAMES,
    augmented: tuple[str, ...] = AUGMENTED_MODELS,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict]:
    """Feature rows, labels, quote group ids and article ids over the fit part of the train split.

    The held-out fifth (by name hash, :func:`reporting_verbs.held_out`) is left out: it measures
    (``benchmarks/attribution_failures.py --polnear held_out``).  With ``labelled_sets``, the articles of those
    readable sets of ``benchmarks/data`` (:mod:`labelled`) follow PolNeAR's, labelled from our annotators' mention
    spans and resolved speakers (:func:`_speaker_labellers`).  With ``augment``, each PolNeAR article is followed by
    that many renamed copies (:func:`_renamed_copies`), whose rows train the ``augmented`` models only.
    """
    out = {"quote": _rows(), "pron": _rows(), "role": _rows(), "rep": _rows()}
    coref = read_chains(data / "coref.jsonl")
    stats = {"quotes": 0, "matched": 0, "no_candidate": 0, "reports": 0, "reports_labelled": 0}
    files = [p for p in sorted((data / "text").glob("*.txt")) if not reporting_verbs.held_out(p.stem)][:limit]
    for n, path in enumerate(files):
        anns = sorted((data / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            art = read_article(text)
        if art.text != text:
            continue  # offsets would not index the annotation's text
        gold = read_ann(anns[0])
        chains = coref.get(path.name, [])
        _article_rows(art, gold, n, out, stats, *_chain_labellers(chains))
        # a renamed copy's rows go to the augmented models' lists only (the others' to a list thrown away)
        copy_out = {key: out[key] if key in augmented else _rows() for key in out}
        for copy in _renamed_copies(text, gold, chains, n, augment):
            # a renamed copy keeps its article's id: its rows stay in the original's CV fold
            _article_rows(*copy[:2], n, copy_out, stats, *_chain_labellers(copy[2]))
            stats["renamed_copies"] = stats.get("renamed_copies", 0) + 1
    stats["polnear_articles"] = len(files)
    if labelled_sets and labelled.available():
        match = labelled.speaker_match()
        for n, (_name, text, recs) in enumerate(labelled.records(labelled_sets), start=len(files)):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                art = read_article(text)
            if art.text != text:
                continue
            _article_rows(art, labelled.pairs(recs), n, out, stats, *_speaker_labellers(recs, match))
            stats["labelled_articles"] = stats.get("labelled_articles", 0) + 1
    quote = out["quote"]
    stats["pronoun_groups"] = len(set(out["pron"]["groups"]))
    stats["role_groups"] = len(set(out["role"]["groups"]))
    stats["pron"] = out["pron"]
    stats["role"] = out["role"]
    stats["rep"] = out["rep"]
    return tuple(np.array(quote[k]) for k in ("x", "y", "groups", "arts")) + (stats,)  # type: ignore[return-value]


def pairwise(x: np.ndarray, y: np.ndarray, groups: np.ndarray, c: float = C):  # noqa: ANN201 - fitted model
    """A linear ranker fitted on within-group differences (right candidate minus each other one, and the
    negation), with no intercept: only differences between a phrase's candidates are learned (Joachims 2002)."""
    from sklearn.linear_model import LogisticRegression

    dx, dy = [], []
    for g in np.unique(groups):
        m = groups == g
        pos = x[m][y[m] == 1]
        neg = x[m][y[m] == 0]
        for p_ in pos:
            d = p_ - neg
            dx.extend([d, -d])
            dy.extend([np.ones(len(d)), np.zeros(len(d))])
    return LogisticRegression(C=c, max_iter=MAX_ITER, fit_intercept=False).fit(np.vstack(dx), np.concatenate(dy))


def _rule_role_weights() -> np.ndarray:
    """The rule as linker weights: the holder of every word of the role mentioned last, else the latest holder."""
    w = np.zeros(len(attribution.ROLE_FEATURES))
    w[attribution.ROLE_FEATURES.index("most_recent_all_words")] = 1.0
    w[attribution.ROLE_FEATURES.index("most_recent")] = 0.5
    return w


def logistic(c: float) -> Callable[[np.ndarray, np.ndarray, np.ndarray], Any]:
    """The pointwise ranker's fit at an L2 strength: logistic regression (the groups are not used)."""
    from sklearn.linear_model import LogisticRegression

    return lambda x, y, _groups: LogisticRegression(C=c, max_iter=MAX_ITER).fit(x, y)


def role_fit(c: float) -> Callable[[np.ndarray, np.ndarray, np.ndarray], Any]:
    """The role linker's fit at an L2 strength (:func:`pairwise`)."""
    return lambda x, y, groups: pairwise(x, y, groups, c)


def top1_counts(y: np.ndarray, groups: np.ndarray, scores: np.ndarray) -> tuple[int, int]:
    """How many groups' best-scoring candidate is the positive, and how many groups there are."""
    right = total = 0
    for g in np.unique(groups):
        m = groups == g
        total += 1
        right += int(y[m][np.argmax(scores[m])] == 1)
    return right, total


def top1(x: np.ndarray, y: np.ndarray, groups: np.ndarray, scores: np.ndarray) -> float:
    """Share of quotes whose best-scoring candidate is the positive."""
    right, total = top1_counts(y, groups, scores)
    return right / total


def cv_top1(
    x: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    folds: np.ndarray,
    baseline: np.ndarray,
    fit: Callable[[np.ndarray, np.ndarray, np.ndarray], Any],
    subset: np.ndarray | None = None,
) -> tuple[list[float], list[float], float]:
    """Cross-validated top-1 of a ranker and of a baseline score on one partition into :data:`FOLDS` folds.

    Args:
        x: The candidates' features.
        y: 1 for a group's right candidate, else 0.
        groups: The group (quote, mention) each candidate belongs to.
        folds: Each candidate's fold, ``0 … FOLDS - 1``; each is scored by a ranker fitted on the others.
        baseline: Each candidate's score under the rule the ranker is measured against.
        fit: Fits a ranker (anything with ``decision_function``) on ``(x, y, groups)`` of the training folds.
        subset: Candidates (a mask) on which the ranker's top-1 is also measured.

    Returns:
        ``(ranker top-1 per fold, baseline top-1 per fold, ranker top-1 on the subset)`` (folds without a group
        left out); the subset's is the mean over the folds that hold a member (a fold without one has no top-1 to
        add: counting it as 0 biased the mean down), 0 without a subset.
    """
    acc, base, sub = [], [], []
    for f in range(FOLDS):
        tr, te = folds != f, folds == f
        if not te.any():
            continue  # (few role phrases: a fold may hold none)
        scores = fit(x[tr], y[tr], groups[tr]).decision_function(x[te])
        acc.append(top1(x[te], y[te], groups[te], scores))
        base.append(top1(x[te], y[te], groups[te], baseline[te]))
        m = subset[te] if subset is not None else None
        if m is not None and m.any():
            sub.append(top1(x[te][m], y[te][m], groups[te][m], scores[m]))
    return acc, base, float(np.mean(sub)) if sub else 0.0


#: A row of :func:`cv_over_c`'s table: ``C``, ranker top-1, its fold SE, baseline top-1, subset top-1 (means over
#: the partitions).
CVRow = tuple[float, float, float, float, float]


def cv_over_c(
    x: np.ndarray,
    y: np.ndarray,
    groups: np.ndarray,
    arts: np.ndarray,
    baseline: np.ndarray,
    fit_at: Callable[[float], Callable[[np.ndarray, np.ndarray, np.ndarray], Any]],
    subset: np.ndarray | None = None,
    repeats: range = range(REPEATS),
    grid: tuple[float, ...] = C_GRID,
) -> tuple[list[CVRow], list[float]]:
    """The CV table of a ranker over :data:`C_GRID`: rows ``(C, top-1, SE, baseline top-1, subset top-1)``, each
    the mean over the partitions of the articles (``repeated_cv.partition``), and the ``C`` each partition alone
    chooses by the one-SE rule (how much a one-partition choice wanders)."""

    def score_partition(fold_of_article: np.ndarray) -> list[tuple[float, float, float, float]]:
        folds = fold_of_article[arts]
        run = []
        for c in grid:
            acc, base, sub = cv_top1(x, y, groups, folds, baseline, fit_at(c), subset)
            run.append((float(np.mean(acc)), fold_se(acc), float(np.mean(base)), sub))
        return run

    mean, runs = repeated_table(int(arts.max()) + 1, score_partition, repeats)
    table = [(c, *row) for c, row in zip(grid, mean)]
    alone = [one_se(grid, [r[0] for r in run], [r[1] for r in run]) for run in runs]
    return table, alone


def choose_c(table: list[CVRow]) -> float:
    """The strongest L2 (smallest ``C``) whose CV top-1 is within one fold SE of the best (``repeated_cv.one_se``):
    among strengths the data cannot tell apart, the one whose weights move least with the training rows."""
    return one_se([row[0] for row in table], [row[1] for row in table], [row[2] for row in table])


def _print_table(name: str, baseline: str, table: list[CVRow], alone: list[float], chosen: float) -> None:
    for c, acc, se, base, sub in table:
        extra = f", no detector source {sub:.3f}" if sub else ""
        print(f"  {name} C={c:<5g} top-1 {acc:.3f} (fold SE {se:.3f}); {baseline} {base:.3f}{extra}")
    picks = {c: alone.count(c) for c in C_GRID if c in alone}
    print(
        f"  {name}: chosen C={chosen:g} (one-SE rule on means of {len(alone)} partitions); each partition alone: {picks}"
    )


def _write_pronoun_only(pmodel, px: np.ndarray, py: np.ndarray, pg: np.ndarray, out: Path) -> None:  # noqa: ANN001
    """Replace the shipped pronoun resolver's weights, keeping every other array of ``out`` unchanged (so a
    change to the pronoun rows does not also move the quote, report and role rankers)."""
    print(f"pronoun ranker train top-1 {top1(px, py, pg, pmodel.decision_function(px)):.3f}")
    with np.load(out, allow_pickle=False) as f:
        arrays = {k: f[k] for k in f.files}
    arrays["pron_features"] = np.array(attribution.PRONOUN_FEATURES)
    arrays["pron_coef"] = pmodel.coef_[0]
    np.savez_compressed(out, **arrays)
    print("wrote the pronoun weights of", out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--cv", action="store_true", help="print the CV tables and choices only, write nothing")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the weights (default {OUT})")
    parser.add_argument("--c", type=float, default=C, help=f"the L2 strength of every model (default {C})")
    parser.add_argument(
        "--choose-c",
        action="store_true",
        help="choose each model's C on C_GRID by repeated CV and the one-SE rule instead (slow; --cv implies it)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        nargs=2,
        default=(0, REPEATS),
        metavar=("FIRST", "STOP"),
        help="the partitions of the repeated CV (default 0 10; 10 20 checks how stable the choice is)",
    )
    parser.add_argument(
        "--pronoun-only",
        action="store_true",
        help="refit the pronoun resolver only: the shipped file's other arrays are kept as they are",
    )
    parser.add_argument(
        "--labelled",
        nargs="*",
        default=list(LABELLED_SETS),
        metavar="SET",
        help=f"readable labelled sets of benchmarks/data trained on beside PolNeAR (default {' '.join(LABELLED_SETS)}; "
        "none: --labelled with no set)",
    )
    parser.add_argument(
        "--augment-names",
        type=int,
        default=AUGMENT_NAMES,
        metavar="K",
        help=f"also train on K renamed copies of each PolNeAR article (default {AUGMENT_NAMES})",
    )
    parser.add_argument(
        "--augment-models",
        nargs="+",
        default=list(AUGMENTED_MODELS),
        choices=AUGMENTED_MODELS,
        help="the models the renamed copies train: quote, pron, role, rep (default all)",
    )
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression

    x, y, groups, arts, stats = collect(
        args.data, args.limit, tuple(args.labelled), args.augment_names, tuple(args.augment_models)
    )
    pron = stats.pop("pron")
    role = stats.pop("role")
    rep = stats.pop("rep")
    ex, ey, eg, ea = (np.array(rep[k]) for k in ("x", "y", "groups", "arts"))
    rx, ry, rg, ra = (np.array(role[k]) for k in ("x", "y", "groups", "arts"))
    px, py, pg, pa = (np.array(pron[k]) for k in ("x", "y", "groups", "arts"))
    print(json.dumps(stats), f"candidates={len(y)} quotes={len(np.unique(groups))}")
    rule = (
        x[:, attribution.FEATURES.index("rule")]
        + 0.5 * x[:, attribution.FEATURES.index("continuity")] * x[:, attribution.FEATURES.index("no_rule")]
    )
    near = (
        px[:, attribution.PRONOUN_FEATURES.index("nearest_compatible")]
        + 0.1 * px[:, attribution.PRONOUN_FEATURES.index("gender_match")]
    )
    rep_rule = ex[:, attribution.FEATURES.index("rule")]
    no_rule = ex[:, attribution.FEATURES.index("no_rule")] == 1
    if args.pronoun_only:
        _write_pronoun_only(LogisticRegression(C=args.c, max_iter=MAX_ITER).fit(px, py), px, py, pg, args.out)
        return
    chosen = dict.fromkeys(("quote", "pronoun", "role", "report"), args.c)
    repeats = range(*args.repeats)
    role_baseline = rx @ _rule_role_weights()
    if not (args.cv or args.choose_c):
        # (the role linker's CV is cheap, few phrases: it still decides whether the fitted linker ships)
        table, _ = cv_over_c(rx, ry, rg, ra, role_baseline, role_fit, repeats=repeats, grid=(args.c,))
        role_fitted = table[0][1] > table[0][3]
        print(f"  role linker C={args.c:g} top-1 {table[0][1]:.3f}, rule {table[0][3]:.3f}")
    else:
        models = (
            ("quote", "quote ranker", "rule", (x, y, groups, arts, rule, logistic, None)),
            ("pronoun", "pronoun ranker", "nearest compatible person", (px, py, pg, pa, near, logistic, None)),
            (
                "role",
                "role linker",
                "most recent with every word",
                (rx, ry, rg, ra, role_baseline, role_fit, None),
            ),
            ("report", "report source ranker", "detector's source", (ex, ey, eg, ea, rep_rule, logistic, no_rule)),
        )
        for key, name, baseline, cv_args in models:
            table, alone = cv_over_c(*cv_args, repeats=repeats)
            chosen[key] = choose_c(table)
            _print_table(name, baseline, table, alone, chosen[key])
            if key == "role":
                row = next(r for r in table if r[0] == chosen[key])
                # Few phrases have two holders in sight: where the fitted linker does not beat the rule's pick on
                # held-out folds, the rule's pick ships, written as the linker's weights.
                role_fitted = row[1] > row[3]
                print(f"  role linker: shipping the {'fitted' if role_fitted else 'rule'}")
    if args.cv:
        return
    model = LogisticRegression(C=chosen["quote"], max_iter=MAX_ITER).fit(x, y)
    print(
        f"train top-1 ranker {top1(x, y, groups, model.decision_function(x)):.3f} rule {top1(x, y, groups, rule):.3f}"
    )
    for name, w in sorted(zip(attribution.FEATURES, model.coef_[0]), key=lambda p: -abs(p[1])):
        print(f"  {name:28s} {w:+.2f}")
    pmodel = LogisticRegression(C=chosen["pronoun"], max_iter=MAX_ITER).fit(px, py)
    print(f"pronoun ranker train top-1 {top1(px, py, pg, pmodel.decision_function(px)):.3f}")
    for name, w in sorted(zip(attribution.PRONOUN_FEATURES, pmodel.coef_[0]), key=lambda p: -abs(p[1])):
        print(f"  {name:28s} {w:+.2f}")
    role_coef = pairwise(rx, ry, rg, chosen["role"]).coef_[0] if role_fitted else _rule_role_weights()
    for name, w in sorted(zip(attribution.ROLE_FEATURES, role_coef), key=lambda p: -abs(p[1])):
        print(f"  {name:28s} {w:+.2f}")
    emodel = LogisticRegression(C=chosen["report"], max_iter=MAX_ITER).fit(ex, ey)
    print(f"report source ranker train top-1 {top1(ex, ey, eg, emodel.decision_function(ex)):.3f}")
    for name, w in sorted(zip(attribution.FEATURES, emodel.coef_[0]), key=lambda p: -abs(p[1])):
        print(f"  {name:28s} {w:+.2f}")
    np.savez_compressed(
        args.out,
        rep_coef=emodel.coef_[0],
        role_features=np.array(attribution.ROLE_FEATURES),
        role_coef=role_coef,
        features=np.array(attribution.FEATURES),
        coef=model.coef_[0],
        intercept=np.array(model.intercept_[0]),
        pron_features=np.array(attribution.PRONOUN_FEATURES),
        pron_coef=pmodel.coef_[0],
    )
    print("wrote", args.out)


if __name__ == "__main__":
    main()
