"""Gender evidence census: how often each kind of text evidence of a named speaker's gender is right, on PolNeAR train.

Run: ``.venv/bin/python benchmarks/gender_evidence.py [--limit N] [--errors N]``

The Gender Gap Tracker counts quoted women and men, and a name no given-name table holds leaves the gender to what
the text says of the person.  This census reads every PolNeAR train article (Newell, Margolin & Ruths 2018; the
measure-only ``usheld`` articles and any other measure-only one are skipped) with the kit, and for each named person
speaker whose given name the table genders firmly (:data:`analysis.gender.GIVEN_NAME_MIN_BEARERS` bearers,
nomquamgender's threshold), takes that gender as the reference and asks of each other kind of evidence the kit
reads, on its own, whether it is present and whether it agrees:

- ``title``: an honorific or gendered title (Mrs, Senator… only the gendered ones);
- ``described``: a gendered noun describing the person in apposition or right before the name ("Jo Roe, a mother
  of three,", "the actress Jo Roe"; :func:`analysis.gender.description_gender`);
- ``said x1`` / ``said x2+``: he/she the attribution resolved to the person as the subject of their own words;
- ``nearby lean``: nearby pronouns leaning one way by :data:`analysis.gender.MIN_PRONOUNS` and the ratio;
- ``nearby one``: exactly one nearby he/she and none of the other (what ``MIN_PRONOUNS = 2`` leaves unused).

The evidence is recorded by wrapping :func:`analysis.speakers.speaker_gender` as the kit calls it.  The reference
is the table, so the census measures the evidence a name the table lacks would have to rely on; an evidence kind
below 95 % right is no basis for a gender.  Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from labelled_sets import measure_only_articles  # noqa: E402

TEXTS = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train" / "text"
KINDS = ("title", "described", "said x1", "said x2+", "nearby lean", "nearby one")


def evidence(title: tuple[str, ...], kw: dict) -> dict[str, str]:
    """The gender each kind of evidence the kit was given points to, for one speaker (kinds absent are left out)."""
    from analysis import gender

    out: dict[str, str] = {}
    if (g := gender.honorific_gender(title)) != gender.UNKNOWN:
        out["title"] = g
    if kw.get("described"):
        out["described"] = gender.FEMALE if kw["described"].startswith("f") else gender.MALE
    m, f = kw.get("said_pronouns", (0, 0))
    if bool(m) != bool(f):
        out["said x1" if m + f == 1 else "said x2+"] = gender.MALE if m else gender.FEMALE
    m, f = kw.get("pronouns", (0, 0))
    if (g := gender._lean((m, f))) != gender.UNKNOWN:
        out["nearby lean"] = g
    elif sorted((m, f)) == [0, 1]:
        out["nearby one"] = gender.MALE if m else gender.FEMALE
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="read only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print up to N disagreements per kind")
    args = parser.parse_args()
    if not TEXTS.exists():
        print("gender evidence: PolNeAR train not found; skipped")
        return
    import analysis
    from analysis import gender, speakers

    calls: list[tuple[tuple[str, ...], tuple[str, ...], dict]] = []
    kit_gender = speakers.speaker_gender

    def recording(name, title=(), **kw):  # the kit's own call, its arguments noted
        calls.append((tuple(name), tuple(title), kw))
        return kit_gender(name, title, **kw)

    speakers.speaker_gender = recording
    held = {Path(a).name for a in measure_only_articles()}
    paths = [p for p in sorted(TEXTS.glob("*.txt")) if p.name not in held]
    if args.limit:
        paths = paths[: args.limit]
    right, wrong, n = Counter(), Counter(), 0
    errors: dict[str, list[str]] = {k: [] for k in KINDS}
    for p in paths:
        calls.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ArticleWarnings are not results
            analysis.analyze(analysis.load_article(p))
        seen: set[tuple[str, ...]] = set()
        for name, title, kw in calls:
            if kw.get("kind", "person") != "person" or len(name) < 2 or name in seen:
                continue
            seen.add(name)
            ref = gender.first_name_gender(name[0])
            if ref == gender.UNKNOWN:
                continue
            n += 1
            for kind, g in evidence(title, kw).items():
                if g == ref:
                    right[kind] += 1
                else:
                    wrong[kind] += 1
                    errors[kind].append(f"{p.name}: {' '.join(name)} (table {ref}, {kind} {g})")
    print(f"{len(paths)} PolNeAR train articles; {n} named person speakers whose given name the table genders")
    print("| evidence | present | right | share right |")
    print("|---|---|---|---|")
    for kind in KINDS:
        total = right[kind] + wrong[kind]
        share = f"{right[kind] / total:.3f}" if total else "-"
        print(f"| {kind} | {total} | {right[kind]} | {share} |")
    for kind in KINDS:
        for line in errors[kind][: args.errors]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
