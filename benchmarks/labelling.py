"""How the labelled quote sets of ``benchmarks/data`` are made: check, pair and adjudicate annotators' files.

Run: ``.venv/bin/python benchmarks/labelling.py check ANN.jsonl LIST.txt`` (an annotator runs it on their own
file: every quote and mention an exact substring, every listed article covered), then ``pair A.jsonl B.jsonl
PREFIX`` (two annotators of the same articles: offsets, span-matched agreement, ``PREFIX.agreed.jsonl`` and
``PREFIX.disagree.jsonl`` with context for a third reader), then ``adjudicate PREFIX DECISIONS.json OUT.jsonl``
(the agreed records plus one decision per disagreement: ``"a"``, ``"b"``, ``"drop"``, ``"opt_a"``, ``"opt_b"`` or
``{"side": "a", <field>: <value>, …}``) → gold lines in the scorer's format without article text.

Annotators follow ``benchmarks/data/blind_guidelines.md`` and write one JSON object per line: ``article``,
``quote`` (exact text; ``quote_end`` for the end of a long one), ``occurrence``, ``kind``, ``mention``,
``mention_near`` (3–8 words around the mention), ``cue``, ``no_cue``, ``speaker``, ``alt_speakers``, ``gender``; an
article without quotes gets ``{"article": …, "none": true}``.  Texts are read from ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labelled_sets import article_text
from quotes_blind import CORPUS, _scorer

KINDS = {"full", "partial", "indirect", "nonspeech"}
GENDERS = {"female", "male", "unknown"}
GOLD_FIELDS = ("article", "start", "end", "kind", "speaker", "alt_speakers", "mention_start", "mention_end",
               "gender", "optional")  # fmt: skip
#: Two annotators' spans are the same record when they share at least this share of the shorter one.
MIN_SHARED = 0.5


def _nth(text: str, sub: str, n: int) -> int:
    """Start of the ``n``-th (1-based) occurrence of ``sub`` in ``text``, or -1."""
    i = -1
    for _ in range(n):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(path: Path, listing: Path) -> list[str]:
    """Problems of an annotator's file (empty when it is well-formed); does not judge the labels."""
    wanted = [a.strip() for a in listing.read_text(encoding="utf-8").splitlines() if a.strip() and a[0] != "#"]
    seen, problems = set(), []
    for k, r in enumerate(_lines(path), 1):
        if r.get("article") not in wanted:
            problems.append(f"record {k}: article {r.get('article')!r} not on the list")
            continue
        seen.add(r["article"])
        if r.get("none"):
            continue
        text = article_text(r["article"])
        start = _nth(text, r.get("quote") or "\0", int(r.get("occurrence") or 1))
        if start < 0:
            problems.append(f"record {k}: quote not found: {str(r.get('quote'))[:50]!r}")
        elif r.get("quote_end") and text.find(r["quote_end"], start) < 0:
            problems.append(f"record {k}: quote_end not found after the quote's start")
        if r.get("kind") not in KINDS:
            problems.append(f"record {k}: kind {r.get('kind')!r} not one of {sorted(KINDS)}")
        if r.get("kind") == "nonspeech":
            continue
        mention, near = r.get("mention") or "", r.get("mention_near") or ""
        if not mention or mention not in near or near not in text:
            problems.append(f"record {k}: mention {mention!r} must lie in mention_near, found in the text")
        if "speaker" not in r or r.get("gender") not in GENDERS:
            problems.append(f"record {k}: needs speaker (null if unsupported) and gender in {sorted(GENDERS)}")
    problems += [f"article not covered: {a}" for a in wanted if a not in seen]
    return problems


def to_gold(r: dict) -> dict:
    """An annotator's record with offsets: the quote's span and the mention occurrence nearest to it."""
    text = article_text(r["article"])
    start = _nth(text, r["quote"], int(r.get("occurrence") or 1))
    end = text.find(r["quote_end"], start) + len(r["quote_end"]) if r.get("quote_end") else start + len(r["quote"])
    g = {"article": r["article"], "start": start, "end": end, "kind": r["kind"], "speaker": r.get("speaker"),
         "alt_speakers": list(r.get("alt_speakers") or []), "mention_start": None, "mention_end": None,
         "gender": r.get("gender"), "optional": False}  # fmt: skip
    near, mention = r.get("mention_near") or "", r.get("mention") or ""
    spots = [i for i in range(len(text)) if text.startswith(near, i)] if near and mention else []
    if r["kind"] == "nonspeech":
        g.update(speaker=None, gender=None, alt_speakers=[])
    elif spots:
        g["mention_start"] = min(spots, key=lambda s: abs(s - start)) + near.find(mention)
        g["mention_end"] = g["mention_start"] + len(mention)
    return g


def _shared(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _agree(a: dict, b: dict, scorer) -> bool:  # noqa: ANN001 - the shared scorer module
    family = {"full": "direct", "partial": "direct"}
    if family.get(a["kind"], a["kind"]) != family.get(b["kind"], b["kind"]):
        return False
    if a["kind"] == "nonspeech" or not a["speaker"] or not b["speaker"]:
        return a["speaker"] == b["speaker"]
    return any(
        scorer.speaker_match(x, y)
        for x in [a["speaker"], *a["alt_speakers"]]
        for y in [b["speaker"], *b["alt_speakers"]]
    )


def pair(first: Path, second: Path, prefix: str) -> str:
    """Write the agreed records and the disagreements of two annotators of the same articles; a summary line."""
    scorer = _scorer()
    A = [to_gold(r) for r in _lines(first) if not r.get("none")]
    B = [to_gold(r) for r in _lines(second) if not r.get("none")]
    used: set[int] = set()
    agreed, disagree = [], []
    for a in A:
        cands = [j for j, b in enumerate(B) if j not in used and b["article"] == a["article"]
                 and _shared(a, b) > 0 and _shared(a, b) >= MIN_SHARED * min(a["end"] - a["start"], b["end"] - b["start"])]  # fmt: skip
        if not cands:
            disagree.append({"type": "only_first", "a": a, "b": None})
            continue
        j = max(cands, key=lambda j: _shared(a, B[j]))
        used.add(j)
        if _agree(a, B[j], scorer):
            kinds = {a["kind"], B[j]["kind"]}
            alts = set(a["alt_speakers"]) | set(B[j]["alt_speakers"]) - {a["speaker"]}
            agreed.append({**a, "kind": "full" if "full" in kinds else a["kind"], "alt_speakers": sorted(alts)})
        else:
            disagree.append({"type": "differ", "a": a, "b": B[j]})
    disagree += [{"type": "only_second", "a": None, "b": b} for j, b in enumerate(B) if j not in used]
    for k, d in enumerate(disagree):
        rec = d["a"] or d["b"]
        text = article_text(rec["article"])
        d.update(id=k, article=rec["article"], context=text[max(0, rec["start"] - 300) : rec["end"] + 200])
    Path(prefix + ".agreed.jsonl").write_text("".join(json.dumps(g) + "\n" for g in agreed), encoding="utf-8")
    Path(prefix + ".disagree.jsonl").write_text("".join(json.dumps(d) + "\n" for d in disagree), encoding="utf-8")
    matched = len(agreed) + sum(d["type"] == "differ" for d in disagree)
    f1 = 2 * matched / max(1, len(A) + len(B))
    return f"{len(A)} vs {len(B)} records; span-matched {matched} (F1 {f1:.3f}); agreed {len(agreed)}; disagreements {len(disagree)}"


def adjudicate(prefix: str, decisions_path: Path, out: Path) -> int:
    """Agreed records plus the decided disagreements, sorted, as gold lines; returns how many."""
    gold = _lines(Path(prefix + ".agreed.jsonl"))
    items = {d["id"]: d for d in _lines(Path(prefix + ".disagree.jsonl"))}
    decisions = json.loads(decisions_path.read_text(encoding="utf-8"))
    if set(map(int, decisions)) != set(items):
        raise SystemExit("every disagreement needs exactly one decision")
    for k, d in decisions.items():
        if d == "drop":
            continue
        d = {"side": d[-1], "optional": d.startswith("opt")} if isinstance(d, str) else d
        rec = {**items[int(k)][d["side"]], **{f: v for f, v in d.items() if f != "side"}}
        if rec["kind"] == "nonspeech":
            rec.update(speaker=None, gender=None, mention_start=None, mention_end=None, alt_speakers=[])
        gold.append(rec)
    gold.sort(key=lambda g: (g["article"], g["start"]))
    out.write_text("".join(json.dumps({f: g.get(f) for f in GOLD_FIELDS}) + "\n" for g in gold), encoding="utf-8")
    return len(gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("check")
    c.add_argument("file", type=Path)
    c.add_argument("listing", type=Path)
    p = sub.add_parser("pair")
    p.add_argument("first", type=Path)
    p.add_argument("second", type=Path)
    p.add_argument("prefix")
    a = sub.add_parser("adjudicate")
    a.add_argument("prefix")
    a.add_argument("decisions", type=Path)
    a.add_argument("out", type=Path)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit("corpus not found (../shared/corpus)")
    if args.step == "check":
        problems = check(args.file, args.listing)
        print("\n".join(problems + [f"{len(problems)} problem(s)"]))
        sys.exit(1 if problems else 0)
    elif args.step == "pair":
        print(pair(args.first, args.second, args.prefix))
    else:
        print(adjudicate(args.prefix, args.decisions, args.out), "records")


if __name__ == "__main__":
    main()
