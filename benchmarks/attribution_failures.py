"""How often each attribution failure class of issue 13 occurs on unseen copy, rules against the learned choice.

Run: ``.venv/bin/python benchmarks/attribution_failures.py [--corpus ../shared/corpus] [--exclude FILE ...]``,
or ``… --polnear held_out|fit [--errors N]`` for the labelled classes on PolNeAR's train split.

There is no gold here: each class is counted by a pattern that flags the
failure when it happens (a proxy — it also counts some right answers, alike
for both engines, so the *difference* is the measurement).  Articles under
``bbc/`` and ``wikinews/``; files listed in ``--exclude`` (by default every
measure-only set's list, ``labelled_sets.MEASURE_ONLY``) are left out, so those
sets stay an honest test.

Classes (per full/partial quote):

* ``no speaker`` — speaker ``None``.
* ``one capitalised word`` — a one-word speaker that the article never gives
  with a first name or title before it ("Bill", "Story", "Cambridge").
* ``role left alone`` — a role speaker ("the prime minister") whose head noun
  the article also puts before a capitalised name ("Prime Minister Tony Blair").
* ``pronoun to an object`` — ``he``/``she`` resolved to a person whose latest
  mention before it follows a preposition ("by Tony Blair").
* ``party/state tag`` — a quote whose sentence holds ``, D-N.Y.,`` and whose
  speaker is not the name before the tag.

With ``--polnear`` the classes are labelled instead: PolNeAR's train split
(Newell et al. 2018), split by name hash as ``training/reporting_verbs.py``
does (the held-out fifth measures; errors are read only in the ``fit`` part,
which the ranker is trained on).  Each direct quote the kit finds takes the
Source of the annotated attribution whose Content overlaps it; the Source's
type (name, pronoun, role/description) and the person it is (the name in the
Source, else the CoreNLP chain that holds it; automatic, so noisy) give
accuracy by type and the kind of each wrong answer.  The kit's reported-speech
(indirect) rows are scored the same way in a second table, with a ``group``
type (a poll's respondents, "52 percent of voters": right when the kit's
mention is that group) and the classes no source, addressee, span elsewhere.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

from labelled_sets import CORPUS, MEASURE_ONLY, SETS, listed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_TAG = re.compile(r"([A-Z][\w'-]+),\s*[DRI]-[A-Z][\w.]*,")
_PREP_BEFORE = re.compile(r"\b(?:by|to|with|from|against|for|of|on|at)\s+(?:[A-Z][\w'.-]*\s+){0,3}$")


def classes(text: str, rows: list) -> Counter:
    """Failure-class counts over one article's quote rows."""
    out: Counter = Counter()
    for a in rows:
        if a.kind not in ("full", "partial"):
            continue
        out["quotes"] += 1
        sp = a.speaker
        if sp is None:
            out["no speaker"] += 1
            continue
        words = sp.split()
        if len(words) == 1 and sp[:1].isupper() and not re.search(r"[A-Z][\w'-]+\s+" + re.escape(sp) + r"\b", text):
            out["one capitalised word"] += 1
        if words[0].lower() in ("the", "a", "an") and len(words) >= 2:
            head = words[-1]
            if re.search(r"\b" + re.escape(head) + r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+", text, re.IGNORECASE):
                out["role left alone"] += 1
        if (a.mention or "").lower() in ("he", "she") and len(words) >= 2:
            at = text.rfind(words[-1], 0, a.start)
            if at > 0 and _PREP_BEFORE.search(text, max(0, at - 60), at):
                out["pronoun to an object"] += 1
        s0 = max(text.rfind(".", 0, a.start), text.rfind("\n", 0, a.start))
        tag = _TAG.search(text, s0 + 1, a.end + 120)
        if tag and words[-1] != tag.group(1):
            out["party/state tag"] += 1
    return out


_PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it", "you"})


def _proper(words: str) -> bool:
    """A mention that is a name: every word capitalised, not a pronoun or a determiner phrase."""
    toks = [w for w in words.replace(" 's", "").replace("'s", "").split() if w not in ("of", "the", "de", "van", "von")]
    return bool(toks) and all(w[:1].isupper() for w in toks) and toks[0].lower() not in _PRONOUNS | {"the", "a", "an"}


#: A Source that opens with a name and goes on with an appositive, a parenthesis or a relative clause.
_APPOSED_NAME = re.compile(r"((?:[A-Z][\w'.\u2019-]+\s+)*[A-Z][\w'.\u2019-]+)\s*(?:,|\(|\u2014|--|\s+of\s|\s+who\s)")


def _gold_person(text: str, src: tuple[int, int], chains: list) -> tuple[str, str | None, list[str]]:
    """The Source's type and the person it is (``None`` where neither it nor its chain names one)."""
    words = text[src[0] : src[1]]
    low = words.lower().strip()
    kind = "pronoun" if low.split("'")[0] in _PRONOUNS else "name" if _proper(words) else "role"
    head = _APPOSED_NAME.match(words)
    if kind == "role" and head and len(head.group(1).split()) >= 2:
        # "Dean Johnson, a salesman from Sumter, South Carolina,": the name before the appositive, not its last one
        return "name", head.group(1), []
    if kind == "role":  # "Spokeswoman Haley Morris", "the campaign's Robby Mook": a name inside is the person
        caps = re.findall(r"(?:[A-Z][\w'.-]+\s+)*[A-Z][\w'.-]+", words)
        if caps and words.split()[0][:1].isupper() and len(caps[-1].split()) >= 2:
            return "name", caps[-1], []
    if kind == "name":
        return kind, words, []
    for chain in chains:
        if any(m["start"] < src[1] and src[0] < m["end"] for m in chain):
            named = [m["text"].replace(" 's", "").strip() for m in chain if _proper(m["text"])]
            rep = next((m["text"].replace(" 's", "").strip() for m in chain if m["representative"]), "")
            return kind, rep if _proper(rep) else max(named, key=len, default=None), named
    return kind, None, []


def gold_source(a, gold: list) -> tuple[int, int] | None:  # noqa: ANN001 - an Attribution
    """The Source span of the annotated attribution whose Content matches a row (overlap of at least half the
    shorter span, as the scorer matches), the tightest Content when several do (an attribution nested in
    another's Content is the quote's own); ``None`` when none does."""
    q = (a.start, a.end)
    match = [(s, c) for s, c in gold if min(q[1], c[1]) - max(q[0], c[0]) >= 0.5 * min(q[1] - q[0], c[1] - c[0])]
    if not match:
        return None
    return max(match, key=lambda sc: (min(q[1], sc[1][1]) - max(q[0], sc[1][0])) / max(1, sc[1][1] - sc[1][0]))[0]


def polnear(part: str, errors: int) -> None:
    """Accuracy by Source type and wrong-answer classes on a part of PolNeAR's train split."""

    import analysis
    from analysis import attribution

    sys.path.insert(0, str(ROOT / "training"))
    import reporting_verbs
    from quotes_blind import _scorer
    from train_attribution import read_ann, read_chains

    scorer = _scorer()
    data = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
    chains = read_chains(data / "coref.jsonl")

    right: Counter = Counter()
    total: Counter = Counter()
    wrong: Counter = Counter()
    rep_right: Counter = Counter()
    rep_total: Counter = Counter()
    rep_wrong: Counter = Counter()
    shown = 0
    warnings.simplefilter("ignore")
    for ann in reporting_verbs.articles(part):
        stem = ann.stem.rsplit("_", 1)[0]
        text = (data / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        art = analysis.read_article(text)
        if art.text != text:
            continue
        gold = read_ann(ann)
        for a in attribution.attribute(art).attributions:
            if a.kind == "indirect":
                _reported_row(text, a, gold, chains.get(f"{stem}.txt", []), scorer, rep_right, rep_total, rep_wrong)
                continue
            if a.kind not in ("full", "partial"):
                continue
            src = gold_source(a, gold)
            if src is None:
                continue
            kind, person, alts = _gold_person(text, src, chains.get(f"{stem}.txt", []))
            if person is None:
                continue
            total[kind] += 1
            ok = scorer.speaker_match(a.speaker, person) or any(scorer.speaker_match(a.speaker, n) for n in alts)
            if ok:
                right[kind] += 1
                continue
            sp = a.speaker or ""
            what = (
                "no speaker"
                if not sp
                else "role left unresolved"
                if sp.split()[0].lower() in ("the", "a", "an")
                else "one capitalised word"
                if len(sp.split()) == 1 and sp[:1].isupper()
                else "other person/org"
            )
            wrong[(kind, what)] += 1
            if shown < errors:
                shown += 1
                s0 = max(0, min(src[0], a.start) - 150)
                ctx = text[s0 : max(src[1], a.start) + 40].replace("\n", " / ")
                print(f"[{kind} / {what}] gold={person!r} (source {text[src[0] : src[1]]!r}) kit={a.speaker!r}")
                print(f"    mention={a.mention!r}  …{ctx}…\n")
    n = sum(total.values())
    print(f"PolNeAR train, {part} part: attribution {sum(right.values()) / max(n, 1):.3f} ({sum(right.values())}/{n})")
    print("| gold source type | right |\n|---|---|")
    for kind in ("name", "pronoun", "role"):
        print(f"| {kind} | {right[kind]}/{total[kind]} ({right[kind] / max(total[kind], 1):.3f}) |")
    print("\n| wrong: source type, what the kit gave | count |\n|---|---|")
    for (kind, what), c in sorted(wrong.items(), key=lambda kv: -kv[1]):
        print(f"| {kind}, {what} | {c} |")
    n = sum(rep_total.values())
    print(
        f"\nReported speech (indirect rows matching an unquoted gold Content): source resolved "
        f"{sum(rep_right.values()) / max(n, 1):.3f} ({sum(rep_right.values())}/{n})"
    )
    print("| gold source type | right |\n|---|---|")
    for kind in ("name", "pronoun", "role", "group"):
        print(f"| {kind} | {rep_right[kind]}/{rep_total[kind]} ({rep_right[kind] / max(rep_total[kind], 1):.3f}) |")
    print("\n| wrong: source type, what the kit gave | count |\n|---|---|")
    for (kind, what), c in sorted(rep_wrong.items(), key=lambda kv: -kv[1]):
        print(f"| {kind}, {what} | {c} |")


#: Words of a Source that is a group of people (a poll's respondents, a crowd): a source label of its own.
_GROUP_WORDS = re.compile(r"\d|percent|\bmajorit|\bhalf\b|\bmost\b|\bmany\b|\bsome\b|\bvoters\b|\bpeople\b", re.I)


def _reported_row(text, a, gold, chains, scorer, right, total, wrong) -> None:  # noqa: ANN001 - counters
    """Score one indirect row's source: a group Source must be given as a group (the mention overlaps
    it), any other as the person its name or chain gives; classes of the wrong ones."""
    from analysis import speakers

    src = gold_source(a, gold)
    if src is None:
        return
    words = text[src[0] : src[1]]
    overlaps = a.mention_start is not None and a.mention_start < src[1] and src[0] < a.mention_end
    if _GROUP_WORDS.search(words) and not _proper(words):
        kind, ok = "group", overlaps and a.speaker is not None
    else:
        kind, person, alts = _gold_person(text, src, chains)
        if person is None:
            return
        ok = scorer.speaker_match(a.speaker, person) or any(scorer.speaker_match(a.speaker, n) for n in alts)
    total[kind] += 1
    if ok:
        right[kind] += 1
        return
    prev = text[: a.mention_start].split()[-1:] if a.mention_start else []
    what = (
        "no source"
        if a.speaker is None
        else "addressee (object of told/urged …)"
        if prev and prev[0].lower() in speakers._OBJECT_VERBS
        else "source span elsewhere"
        if not overlaps
        else "right span, other person"
    )
    wrong[(kind, what)] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--exclude",
        type=Path,
        nargs="*",
        default=[SETS[name][1] for name in MEASURE_ONLY],
        help="article lists kept out of the corpus count (default: every measure-only set's)",
    )
    parser.add_argument(
        "--polnear", choices=("held_out", "fit"), default=None, help="labelled classes on PolNeAR train"
    )
    parser.add_argument("--errors", type=int, default=0, help="with --polnear fit: print this many wrong answers")
    args = parser.parse_args()
    if args.polnear:
        if args.polnear == "held_out" and args.errors:
            sys.exit("errors are read in the fit part only")
        polnear(args.polnear, args.errors)
        return
    import analysis
    from analysis import attribution, speakers

    skip: set[str] = set()
    for listing in args.exclude:
        if not listing.exists():
            sys.exit(f"{listing}: no such article list (nothing would be kept out)")
        skip |= set(listed(listing))
    paths = [
        p for d in ("bbc", "wikinews") for p in sorted((args.corpus / d).glob("*.txt")) if f"{d}/{p.name}" not in skip
    ]
    if not paths:
        sys.exit(f"no articles under {args.corpus}")
    before: Counter = Counter()
    after: Counter = Counter()
    warnings.simplefilter("ignore")
    for p in paths:
        try:
            art = analysis.load_article(p)
        except analysis.ArticleError:
            continue
        before += classes(art.text, list(speakers.attribute(art).attributions))
        after += classes(art.text, list(attribution.attribute(art).attributions))
    print(f"{len(paths)} articles (bbc + wikinews, measure-only sets excluded); quotes: {before['quotes']}\n")
    print("| failure class (proxy count) | rules (`speakers.attribute`) | learned (`attribution.attribute`) |")
    print("|---|---|---|")
    for name in ("no speaker", "one capitalised word", "role left alone", "pronoun to an object", "party/state tag"):
        print(f"| {name} | {before[name]} | {after[name]} |")


if __name__ == "__main__":
    main()
