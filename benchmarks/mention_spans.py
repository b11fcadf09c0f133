"""Check that every quote's mention offsets cover the words that name its speaker.

Run: ``.venv/bin/python benchmarks/mention_spans.py [--polnear N] [--examples K] [--also LIST]``.

Users highlight ``res.quotes``' ``mention_start``/``mention_end`` in the report and the notebooks, so a mention
that misses the speaker's words, or covers the quote itself, shows as a visible error.  These classes are counted
over PolNeAR's train texts, the readable labelled sets (``open``, ``open2``) and any unlabelled corpus articles
listed with ``--also`` (an article list in the labelled sets' format, such as a reading pool), never over the
measure-only sets:

* ``missing``: a speaker is given from a mention but the mention has no offsets, or empty ones;
* ``elsewhere``: the offsets do not point at the row's ``mention`` words;
* ``uncovered``: the speaker is not a person (a description, an organisation, a group), the mention names part
  of it and the mentioned words do not contain the speaker's words ("Lawyers for Mr Fawcett" written over
  "Mr Fawcett"; a body named elsewhere and mentioned as "the bank" or "it" is resolved, not uncovered);
* ``overlap``: the mention overlaps the quote's own span (``overlap set-off``: a report's source set off by commas
  inside its clause, "Before now, he said, …", which is where the source is written);
* ``distant``: a paragraph break stands between the mention and its quote (the words found again elsewhere);
* ``partword``: the mention starts or ends inside a word;
* ``twin speaker`` / ``twin span``: the same source words give a different speaker, or the same speaker at
  different mention offsets, for a direct quote and a reported
  row.  Counted on paired sentences: each ``SOURCE CUE: "…"`` quote is made a reported row (``SOURCE CUE the
  plan was fine.``) and each reported ``SOURCE CUE CLAUSE.`` a direct quote (``SOURCE CUE: "CLAUSE."``), the
  text before the source unchanged, so both rows must name the same speaker at the same offsets.  The rows are
  paired where the mention ends just before the cue, so a mention that misses some of the source's words is
  seen as a span difference.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from labelled_sets import CORPUS, READABLE, SETS, article_path, listed, measure_only_articles  # noqa: E402

POLNEAR_TRAIN = CORPUS.parent / "eval" / "quotes" / "polnear_train" / "text"
#: The clause a direct quote's source is given in its reported twin.
TWIN_CLAUSE = "the plan was fine"
#: Words of a speaker string that need not be inside the mention (articles, punctuation).
_SKIP_WORDS = {"the", "a", "an"}
_WORD = re.compile(r"[\w'’-]+")
#: What may stand between a direct quote's cue and its opening mark (``said: "``, ``said, "``).
_OPENING = re.compile(r"[\s,:]*[\"“]$")


def _articles(n_polnear: int, also: Path | None = None) -> list[tuple[str, str]]:
    """``(name, text)`` of every article checked; the measure-only sets' articles are never read."""
    import analysis

    barred = measure_only_articles()
    names = [a for name in READABLE for a in listed(SETS[name][1])]
    if also is not None:
        names += listed(also)
    out = []
    for name in dict.fromkeys(names):
        if name in barred or not article_path(name).exists():
            continue
        out.append((name, analysis.load_article(article_path(name)).text))
    for path in sorted(POLNEAR_TRAIN.glob("*.txt"))[:n_polnear]:
        out.append((f"polnear_train/{path.name}", path.read_text(encoding="utf-8")))
    return out


def _int(x: object) -> int | None:
    """An offset of the quotes table, ``pd.NA`` read as ``None``."""
    import pandas as pd

    return None if x is None or pd.isna(x) else int(x)


def _words(s: str) -> set[str]:
    """The words of ``s``, lower-case, curly apostrophes straight, articles aside."""
    return {w.lower() for w in _WORD.findall(s.replace("’", "'"))} - _SKIP_WORDS


def row_flags(text: str, q, kinds: dict[str, str]) -> list[str]:  # noqa: ANN001 - a quotes row
    """The classes one ``res.quotes`` row falls in (empty when its mention is sound)."""
    flags = []
    if q.speaker is None or q.mention is None:
        return flags
    ms, me = q.mention_start, q.mention_end
    if ms is None or me is None or me <= ms:
        return ["missing"]
    if text[ms:me] != q.mention:
        flags.append("elsewhere")
    said, named = _words(text[ms:me]), _words(q.speaker)
    if kinds.get(q.speaker) != "person" and said & named and not named <= said:
        flags.append("uncovered")
    if ms < q.end and q.start < me:
        # (a source set off inside its report, "Before now, he said, …", is where it is written)
        set_off = q.cue is not None and text[me:].lstrip().startswith(q.cue) and "," in text[q.start : ms]
        flags.append("overlap set-off" if set_off else "overlap")
    elif "\n" in text[me : q.start] or "\n" in text[q.end : ms]:
        flags.append("distant")
    if text[ms - 1 : ms].isalnum() and text[ms].isalnum() or text[me - 1].isalnum() and text[me : me + 1].isalnum():
        flags.append("partword")
    return flags


def _twin(text: str, q) -> str | None:  # noqa: ANN001 - a quotes row
    """The article cut after ``q``'s source and cue, finished in the other form (None: not a plain
    ``SOURCE CUE: "…"`` or ``SOURCE CUE CLAUSE`` row)."""
    if q.mention_start is None or q.cue is None:
        return None
    me = q.mention_end
    if me > q.start:
        return None  # the source comes after the quote
    between = text[me : q.start]
    if q.kind == "indirect":
        m = re.fullmatch(r"\s+(\w+)\s+(?:that\s+)?", between)
        if m is None or m.group(1) != q.cue:
            return None
        clause = text[q.start : q.end].rstrip(".")
        return text[: me + m.end(1)] + ': "' + clause + '."\n'
    m = re.fullmatch(r"\s+(\w+)" + _OPENING.pattern, between)
    if m is None or m.group(1) != q.cue:
        return None
    return text[: me + m.end(1)] + " " + TWIN_CLAUSE + ".\n"


def check(n_polnear: int, n_examples: int, twins: bool, also: Path | None = None) -> None:
    """Print the count of every class (direct and reported rows apart) and up to ``n_examples`` rows of each.

    Args:
        n_polnear: How many PolNeAR train articles to check besides the open sets and ``also``.
        n_examples: Rows listed per class.
        twins: Whether to build and analyse the paired direct/reported sentences (the slow part).
        also: An article list of more corpus articles to check (never a measure-only one).
    """
    import analysis

    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    n_rows = n_twins = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, text in _articles(n_polnear, also):
            res = analysis.analyze(text)
            text = res.article.text
            kinds = dict(zip(res.speakers.speaker, res.speakers.kind, strict=True))
            for q in res.quotes.itertuples():
                q = q._replace(mention_start=_int(q.mention_start), mention_end=_int(q.mention_end))
                n_rows += q.speaker is not None
                for flag in row_flags(text, q, kinds):
                    counts[f"{flag} {'reported' if q.kind == 'indirect' else 'direct'}"] += 1
                    if len(examples[flag]) < n_examples:
                        ms = q.mention_start
                        examples[flag].append(
                            f"{name}: {q.kind} speaker={q.speaker!r} mention={q.mention!r} "
                            f"span={text[int(ms):int(q.mention_end)]!r}" if ms is not None else
                            f"{name}: {q.kind} speaker={q.speaker!r} mention={q.mention!r} (no span)"
                        )  # fmt: skip
                twin = _twin(text, q) if twins else None
                if twin is None:
                    continue
                other = analysis.analyze(twin)
                kind = "indirect" if q.kind != "indirect" else None
                rows = [r for r in other.quotes.itertuples() if r.start >= int(q.mention_end)
                        and (r.kind == "indirect") == (kind == "indirect")]  # fmt: skip
                if not rows:
                    continue  # the twin was not found at all: a finder matter, not a mention one
                n_twins += 1
                r = rows[0]
                rs = (_int(r.mention_start), _int(r.mention_end))
                same = r.speaker == q.speaker and rs == (q.mention_start, q.mention_end)
                if not same:
                    what = "speaker" if r.speaker != q.speaker else "span"
                    counts[f"twin {what} {'direct->reported' if kind else 'reported->direct'}"] += 1
                    if len(examples["twin"]) < n_examples:
                        ctx = text[max(0, int(q.mention_start) - 40) : int(q.mention_end) + 20].replace("\n", " ")
                        examples["twin"].append(
                            f"{name}: …{ctx}… {q.kind}={q.speaker!r}@{q.mention_start}:{q.mention!r} "
                            f"twin={r.speaker!r}@{r.mention_start}:{r.mention!r}"
                        )
    print(f"{n_rows} attributed rows, {n_twins} paired twins")
    for key, n in sorted(counts.items()):
        print(f"  {key:28} {n}")
    for flag, lines in examples.items():
        print(f"\n{flag}:")
        for line in lines:
            print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=int, default=840, help="PolNeAR train articles to check")
    parser.add_argument("--examples", type=int, default=0, help="list this many rows of each class")
    parser.add_argument("--no-twins", action="store_true", help="skip the paired direct/reported check")
    parser.add_argument("--also", type=Path, help="an article list of more corpus articles to check")
    args = parser.parse_args()
    check(args.polnear, args.examples, not args.no_twins, args.also)


if __name__ == "__main__":
    main()
