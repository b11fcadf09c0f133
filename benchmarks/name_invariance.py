"""Name invariance: does attribution hold when the people quoted carry names the kit's tables do not know?

Run: ``.venv/bin/python benchmarks/name_invariance.py [--sets open,open2,...] [--pools a,b] [--examples N]``.

A metamorphic test.  Every readable labelled article (``labelled_sets.READABLE``; measure-only articles are refused)
whose gold names a person as a speaker is rewritten with that person's name replaced, consistently, by a synthetic
one drawn from a pool: common-word surnames (``Brown``, ``May``, ``Hope``), surnames the kit's title, party or
demonym tables hold as words (``Tory``, ``Judge``, ``Welsh``), hyphenated and particle surnames
(``de la Cruz``, ``O'Neill``), non-Anglo given names, invented given names no table holds, and single names.  Only
the name's mentions change: the full name, the surname after the given name or a title word (``Mr``, ``Senator``),
a possessive, and a surname or given name the text uses alone when no other capitalised word sits beside it (so
``Cherie Blair`` stays when ``Tony Blair`` is replaced).  A given name is drawn of the gender the annotators gave the
speaker, so the text's pronouns still agree.  The gold offsets and speakers are carried through the rewrite, and the
kit's output on the rewritten text is scored with the shared scorer's ``speaker_match`` as ``quotes_blind.py``
scores it (a gold quote is found when a prediction overlaps half the shorter span).

Nothing about who said what changed, so every quote attributed right in the original and wrong in a rewrite is a
failure of the kit on an unfamiliar name.  The table gives, per pool, attribution accuracy over the substituted
speakers' found quotes (original vs rewritten), over every found quote of the rewritten articles, the flips both
ways, and how often the gender the kit gives a correctly attributed substituted speaker agrees with the annotators.
``--examples N`` prints up to N flipped quotes per pool (readable articles only).  Skips cleanly when the gold, the
texts or the scorer are absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))

from labelled_sets import CORPUS, MIN_OVERLAP, READABLE, SETS, article_text, measure_only_articles  # noqa: E402
from quotes import EVAL  # noqa: E402
from quotes import _scorer as _load_scorer  # noqa: E402

sys.path.insert(0, str(ROOT / "training"))
# the renaming itself lives with the training augmentation that draws on it (one copy of the code)
from renaming import (  # noqa: E402, F401 - re-exported: tests read name_invariance.rewrite and shift
    GENDERS,
    NAME_TOKEN,
    PARTICLES,
    POOLS,
    TITLE_WORDS,
    Person,
    assign,
    rename,
    replaced,
    rewrite,
    shift,
)


def _scorer():
    """The shared scorer module, or None when ``../shared`` is absent."""
    return _load_scorer() if (EVAL / "score_quotes.py").exists() else None


def named_persons(rows: list[dict], text: str) -> list[Person]:
    """The gold speakers of one article who are named people whose full name the text spells out.

    Args:
        rows: The article's gold rows.
        text: The article's text.

    Returns:
        One :class:`Person` per distinct full name (given name, optional middle tokens, surname), gender known; a
        particle opens the surname (``Julio De Vido``: surname ``De Vido``).
    """
    persons: dict[str, Person] = {}
    for g in rows:
        tokens = (g["speaker"] or "").split()
        if g.get("gender") not in GENDERS or not 2 <= len(tokens) <= 3:
            continue
        if not all(NAME_TOKEN.match(t) or t.lower() in PARTICLES for t in tokens[1:]) or not NAME_TOKEN.match(
            tokens[0]
        ):
            continue
        if tokens[0].lower().rstrip(".") in TITLE_WORDS or len(tokens[0]) < 3 or tokens[0].endswith("."):
            continue
        if not re.search(rf"\b{re.escape(g['speaker'])}\b", text):
            continue
        if re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(tokens[0])}\b", text):
            continue  # a surname written first ("Wang Qishan" ... "Mr Wang"): which part is which is unknown
        surname = tokens[-1]
        double = " ".join(tokens[1:])
        titled_double = re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {re.escape(double)}\b", text)
        if len(tokens) == 3 and (tokens[1].lower() in PARTICLES or titled_double):  # "Mrs Parker Bowles"
            surname = double
        persons.setdefault(g["speaker"], Person(g["speaker"], tokens[0], surname, g["gender"]))
    return list(persons.values())


def map_rows(rows: list[dict], persons: list[Person], spans: list[tuple[int, int, str]]) -> list[dict]:
    """The article's gold rows carried through a rewrite: offsets shifted, substituted speakers renamed."""
    out = []
    for g in rows:
        m = dict(g)
        m["start"], m["end"] = shift(spans, g["start"], is_end=False), shift(spans, g["end"], is_end=True)
        m["speaker"] = rename(g["speaker"], persons)
        m["alt_speakers"] = [rename(a, persons) for a in g.get("alt_speakers") or []]
        m["substituted"] = any(p.full == g["speaker"] for p in persons)
        out.append(m)
    return out


def analyse(text: str, name: str) -> tuple[list[dict], dict[str, str]]:
    """The kit's quotes (offsets, speaker) and the gender it gives each speaker, for one text."""
    import analysis

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ArticleWarnings are not results
        res = analysis.analyze(analysis.read_article(text, source=name))
    preds = [{"start": int(q.start), "end": int(q.end), "speaker": q.speaker} for q in res.quotes.itertuples()]
    genders = {}
    if "gender" in res.speakers.columns:
        genders = {s.speaker: s.gender for s in res.speakers.itertuples()}
    return preds, genders


def best_match(g: dict, preds: list[dict]) -> dict | None:
    """The prediction that finds gold row ``g``: the one overlapping it most, by at least :data:`MIN_OVERLAP` of
    the shorter span (the shared scorer's rule, as ``quotes_blind.py`` scores a row); ``None`` when none does."""
    best, best_ov = None, 0
    for p in preds:
        ov = max(0, min(p["end"], g["end"]) - max(p["start"], g["start"]))
        if ov and ov >= MIN_OVERLAP * min(p["end"] - p["start"], g["end"] - g["start"]) and ov > best_ov:
            best, best_ov = p, ov
    return best


def speaker_right(scorer, g: dict, best: dict | None) -> bool:  # noqa: ANN001 - the shared scorer module
    """Whether the prediction ``best`` names gold row ``g``'s speaker or one of its alternatives."""
    names = [g["speaker"], *(g.get("alt_speakers") or [])]
    return best is not None and any(scorer.speaker_match(best["speaker"], n) for n in names)


def judge(scorer, rows: list[dict], preds: list[dict], genders: dict[str, str]) -> list[dict]:
    """Per gold row: whether a prediction finds it, whether its speaker matches, and the kit's gender for it."""
    out = []
    for g in rows:
        if g.get("kind") == "nonspeech" or not g.get("speaker"):
            continue
        best = best_match(g, preds)
        ok = speaker_right(scorer, g, best)
        said = best["speaker"] if best else None
        out.append({"found": best is not None, "ok": ok, "said": said, "kit_gender": genders.get(said or "", ""),
                    "gender": g.get("gender"), "substituted": g.get("substituted", False), "gold": g["speaker"],
                    "start": g["start"], "end": g["end"]})  # fmt: skip
    return out


def articles_of(sets: list[str]) -> dict[str, list[dict]]:
    """Gold rows per article of the given readable sets; every measure-only article refused."""
    held = measure_only_articles()
    by_article: dict[str, list[dict]] = {}
    for name in sets:
        gold_path, _ = SETS[name]
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                if g["article"] not in held:
                    by_article.setdefault(g["article"], []).append(g)
    return by_article


def rate(n: int, d: int) -> str:
    """``n / d`` with its counts, as the tables print a share ("-" for none)."""
    return f"{n / d:.3f} ({n}/{d})" if d else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(READABLE), help="readable labelled sets, comma-separated")
    parser.add_argument("--pools", default=",".join(POOLS), help="substitution pools, comma-separated")
    parser.add_argument("--examples", type=int, default=0, help="print up to N flipped quotes per pool")
    args = parser.parse_args()
    sets = args.sets.split(",")
    pools = args.pools.split(",")
    if bad := [s for s in sets if s not in READABLE]:
        sys.exit(f"not readable sets (measure-only or unknown): {', '.join(bad)}")
    if bad := [p for p in pools if p not in POOLS]:
        sys.exit(f"unknown pools: {', '.join(bad)} (pools: {', '.join(POOLS)})")
    scorer = _scorer()
    if scorer is None or not CORPUS.exists() or not all(SETS[s][0].exists() for s in sets):
        print("name invariance: gold, scorer or corpus not found; skipped")
        return
    by_article = articles_of(sets)
    base: dict[str, list[dict]] = {}
    cases: dict[str, tuple[str, list[dict], list[Person]]] = {}
    for name, rows in sorted(by_article.items()):
        try:
            text = article_text(name)
        except OSError:
            continue
        persons = named_persons(rows, text)
        if persons:
            cases[name] = (text, rows, persons)
            base[name] = judge(scorer, rows, *analyse(text, name))
    print(f"{len(cases)} articles of {', '.join(sets)} quote a named person the gold gives a gender")
    print(
        "| pool | speakers | quotes found | attribution orig. | rewritten | all quotes orig. | rewritten "
        "| lost | gained | gender agrees orig. | rewritten |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for pool in pools:
        counts = dict.fromkeys(("n", "orig", "new", "all_n", "all_orig", "all_new", "lost", "gained"), 0)
        gender = dict.fromkeys(("orig_n", "orig_ok", "new_n", "new_ok"), 0)
        speakers, flips = 0, []
        if True:
            for name, (text, rows, persons) in cases.items():
                named = assign(persons, POOLS[pool], text, f"{pool}|{name}")
                new_text, spans = rewrite(text, named)
                mapped = map_rows(rows, named, spans)
                speakers += len(named)
                after = judge(scorer, mapped, *analyse(new_text, name))
                for old, new in zip(base[name], after, strict=True):
                    if not (old["found"] and new["found"]):
                        continue
                    counts["all_n"] += 1
                    counts["all_orig"] += old["ok"]
                    counts["all_new"] += new["ok"]
                    if not new["substituted"]:
                        continue
                    counts["n"] += 1
                    counts["orig"] += old["ok"]
                    counts["new"] += new["ok"]
                    counts["lost"] += old["ok"] and not new["ok"]
                    counts["gained"] += new["ok"] and not old["ok"]
                    for side, row in (("orig", old), ("new", new)):
                        if row["ok"]:
                            gender[f"{side}_n"] += 1
                            gender[f"{side}_ok"] += row["kit_gender"] == row["gender"]
                    if old["ok"] and not new["ok"]:
                        flips.append((name, new, new_text))
        print(f"| {pool} | {speakers} | {counts['n']} | {rate(counts['orig'], counts['n'])} "
              f"| {rate(counts['new'], counts['n'])} | {rate(counts['all_orig'], counts['all_n'])} "
              f"| {rate(counts['all_new'], counts['all_n'])} | {counts['lost']} | {counts['gained']} "
              f"| {rate(gender['orig_ok'], gender['orig_n'])} | {rate(gender['new_ok'], gender['new_n'])} |")  # fmt: skip
        for name, row, new_text in flips[: args.examples]:
            lo, hi = max(0, row["start"] - 120), min(len(new_text), row["end"] + 120)
            context = " ".join(new_text[lo:hi].split())
            print(f"    {pool} | {name}: gold {row['gold']!r} kit {row['said']!r}\n      …{context}…")


if __name__ == "__main__":
    main()
