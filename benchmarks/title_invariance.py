"""Title invariance: does attribution hold when a named speaker wears British or Canadian name furniture?

Run: ``.venv/bin/python benchmarks/title_invariance.py [--sets open,open2,...] [--only NAME,…] [--examples N]``.

A metamorphic test.  The kit's name readers were fitted on 2016 US political copy and 2005 BBC copy; Canadian and
British outlets dress a name otherwise: police and civic ranks with a period (``Const.``, ``Cst.``, ``Staff Sgt.``,
``Det.-Sgt.``, ``Insp.``, ``Supt.``, ``Coun.``, ``Ald.``), titles without one (``Mr``, ``Dr``, ``Prof``), honours
(``Sir``, ``Dame``, ``Lord``, ``Baroness``), First Nations chiefs (``Chief``), post-nominals (``MP``, ``QC``,
``MPP``, ``MLA``, ``MNA``), an age in apposition (``Jane Doe, 45,``), ``(pictured)``, party and riding tags
(``Jane Doe (Lab)``, ``Liberal MP Jane Doe (Spadina—Fort York)``, ``Jane Doe, NDP-Burnaby South,``), and a later
mention as ``the 45-year-old`` or ``the mother-of-two``.

In every readable labelled article (``labelled_sets.READABLE``; measure-only articles are refused, never read) each
gold speaker who is a named person spelt out in full (``name_invariance.named_persons``) has the FIRST mention of
that full name rewritten with one variant per column, all such people of an article at once; later mentions stay
(``Mr Doe``, ``Doe``), except in the two later-mention variants, which also write the person's later bare mentions
that are the subject of a gold row's ``said``/``says`` as ``the 45-year-old``/``the mother-of-two``.  Only
grammatical English is written: no title before a name a capitalised word already precedes (``Senator Jane Doe``),
no post-nominal before a possessive, a gendered title (``Mr``/``Ms``, ``Sir``/``Dame``, ``Lord``/``Baroness``) of
the gender the annotators gave.  The gold offsets are carried through the rewrite (``renaming.shift``); the gold
speakers stay as they were (the name is still in the text), and the kit's output is scored as ``quotes_blind.py``
scores it, with the shared scorer's ``speaker_match`` (which drops ``Mr``, ``MP``, ``QC`` but not ``Const.`` before
a name or ``MPP`` after one; a speaker with furniture the scorer does not know fails, as it would in a hidden set).

Per variant, over the rewritten people's gold rows: how many the original finds that the rewrite still finds
(``quotes kept``), attributes right that the rewrite still attributes right (``speaker kept``), the same for the
reported-speech rows, and over all rows of the rewritten articles the rows lost and gained.  A rate clearly below 1
is a name reading to look for with ``--only NAME --examples N``.  Skips cleanly when the gold, the texts or the
scorer are absent.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))

from cue_invariance import (  # noqa: E402
    CUE_VERBS,
    analyse,
    chosen_variants,
    judge,
    judged_originals,
    readable_cases,
    readable_sets,
    shifted,
    show_lost,
    tally,
)
from labelled_sets import READABLE  # noqa: E402
from name_invariance import named_persons, rate, replaced  # noqa: E402

from analysis.resources import ABBREVIATIONS, stopwords  # noqa: E402
from analysis.speakers import cue_verbs  # noqa: E402

#: The age written in apposition and in the later ``the 45-year-old``.
AGE = 45
#: Closing marks after which a name's next words may take an apposition (``Jane Doe, 45, said``).
_APPOSITION_AFTER = re.compile(r"(?:,| (?=[a-z])|\.(?!\w))")


@dataclass(frozen=True)
class Furniture:
    """One variant: words written before and after a person's first full name, and how a later mention reads.

    Attributes:
        before: Words before the name, per gender (``{"male": "Mr", "female": "Ms"}``), or one for both.
        after: Words right after the name (`` MP``, ``, 45,``), per gender or one for both; an apposition opening with a comma is written only
            where the name is followed by a comma, a full stop or a lower-case word, and loses its own closing comma
            before a comma or a full stop.
        later: What a later bare mention of the person before ``said``/``says`` becomes (``the 45-year-old``).
    """

    before: dict[str, str] | str = ""
    after: dict[str, str] | str = ""
    later: str = ""

    def title(self, gender: str) -> str:
        """The words before the name for a person of ``gender``."""
        return self.before.get(gender, "") if isinstance(self.before, dict) else self.before


#: Each variant (column): its name and its furniture.
VARIANTS: dict[str, Furniture] = {
    # ranks and civic titles abbreviated with a period (Canadian police and city copy)
    "Const.": Furniture("Const."),
    "Cst.": Furniture("Cst."),
    "Sgt.": Furniture("Sgt."),
    "Staff Sgt.": Furniture("Staff Sgt."),
    "Det.": Furniture("Det."),
    "Det.-Sgt.": Furniture("Det.-Sgt."),
    "Insp.": Furniture("Insp."),
    "Supt.": Furniture("Supt."),
    "Coun.": Furniture("Coun."),
    "Ald.": Furniture("Ald."),
    "Chief": Furniture("Chief"),
    "Grand Chief": Furniture("Grand Chief"),
    # British police and council ranks, written without a period
    "PC": Furniture("PC"),
    "DC": Furniture("DC"),
    "DCI": Furniture("DCI"),
    "Det Insp": Furniture("Det Insp"),
    "Det Ch Supt": Furniture("Det Ch Supt"),
    "Cllr": Furniture("Cllr"),
    # British titles without a period, honours and peerage
    "Mr/Ms": Furniture({"male": "Mr", "female": "Ms"}),
    "Dr": Furniture("Dr"),
    "Prof": Furniture("Prof"),
    "Sir/Dame": Furniture({"male": "Sir", "female": "Dame"}),
    "Lord/Baroness": Furniture({"male": "Lord", "female": "Baroness"}),
    # post-nominals
    "MP": Furniture(after=" MP"),
    "QC": Furniture(after=" QC"),
    "MPP": Furniture(after=" MPP"),
    "MLA": Furniture(after=" MLA"),
    "MNA": Furniture(after=" MNA"),
    # appositions and tags
    "age": Furniture(after=f", {AGE},"),
    "(pictured)": Furniture(after=" (pictured)"),
    "(Lab)": Furniture(after=" (Lab)"),
    "riding (…)": Furniture(after=" (Spadina\u2014Fort York)"),
    "MP … (riding)": Furniture("Liberal MP", " (Spadina\u2014Fort York)"),
    "party-riding": Furniture(after=", NDP-Burnaby South,"),
    # a later mention by age or family
    "the 45-year-old": Furniture(after=f", {AGE},", later=f"the {AGE}-year-old"),
    "the mother-of-two": Furniture(
        after={"female": ", a mother-of-two,", "male": ", a father-of-two,"},
        later="the parent-of-two",
    ),
}
#: The later-mention word of the family variant per gender (``the mother-of-two``/``the father-of-two``).
_PARENT = {"female": "mother", "male": "father"}


def _after_text(furniture: Furniture, gender: str) -> str:
    after = furniture.after
    return after.get(gender, "") if isinstance(after, dict) else after


def _first_mention(text: str, full: str, taken: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The first mention of ``full`` in the text that no other rewrite holds."""
    for m in re.finditer(rf"(?<![\w.-]){re.escape(full)}(?![\w-])", text):
        if not any(s < m.end() and m.start() < e for s, e, _ in taken):
            return m.span()
    return None


def _dressed(text: str, start: int, end: int, furniture: Furniture, gender: str) -> str | None:
    """The name at ``text[start:end]`` with its furniture, or None where it would not be grammatical English."""
    name = text[start:end]
    title = furniture.title(gender)
    if isinstance(furniture.before, dict) and not title:
        return None
    if title:
        before = re.search(r"(\S+)\s*$", text[max(0, start - 40) : start])
        word = before.group(1) if before else ""
        bare = word.strip("\"'\u201c\u2018\u201d\u2019()")
        if bare[:1].isupper() and not word.endswith((".", "!", "?", ":", ",", ")", '"', "\u201d")):
            return None  # "Senator Jane Doe", "Labour MP Jane Doe": the name already wears a title
        if word.endswith(".") and word[:-1].lower() in ABBREVIATIONS:
            return None  # "Sen. Jane Doe", "Cmdr. Jane Doe": an abbreviated title, no sentence end
        if bare[:1].islower() and bare.lower() not in stopwords() and bare not in cue_verbs():
            return None  # "film producer Jane Doe": a role before the name, no rank
        if word[:1] in "\"'\u201c\u2018" and word[1:2].isupper():
            return None
    after = _after_text(furniture, gender)
    following = text[end : end + 3]
    if after:
        if following.startswith(("'s", "\u2019s", "'", "\u2019")) or following[:2].strip()[:1].isupper():
            return None  # "Jane Doe's", "Jane Doe Smith": the name runs on
        if after.startswith(","):
            if not _APPOSITION_AFTER.match(text, end):
                return None
            if following[:1] in ",.":
                after = after[:-1]  # "Jane Doe, 45, director of …" / "said Jane Doe, 45."
    return f"{title} {name}{after}" if title else f"{name}{after}"


def _later_sites(text: str, rows: list[dict], surname: str, after: int) -> list[tuple[int, int]]:
    """The later bare mentions of ``surname`` (after ``after``) that are a gold row's mention, right before
    ``said``/``says``: the sites a later-mention variant rewrites."""
    out = []
    for g in rows:
        ms, me = g.get("mention_start"), g.get("mention_end")
        if ms is None or me is None or ms < after or text[ms:me] != surname:
            continue
        if re.match(rf" (?:{'|'.join(CUE_VERBS)})\b", text[me:]) and text[max(0, ms - 2) : ms] != "Mr":
            out.append((ms, me))
    return sorted(set(out))


def rewrite_article(
    text: str, rows: list[dict], persons: list, furniture: Furniture
) -> tuple[str, list[tuple[int, int, str]], set[str]]:
    """One variant applied to every named person of an article.

    Returns:
        ``(new text, replacements in the original's offsets, the full names of the people rewritten)``.
    """
    spans: list[tuple[int, int, str]] = []
    done: set[str] = set()
    for p in persons:
        site = _first_mention(text, p.full, spans)
        if site is None:
            continue
        new = _dressed(text, *site, furniture, p.gender)
        if new is None:
            continue
        mine = [(*site, new)]
        if furniture.later:
            later = furniture.later.replace("parent", _PARENT[p.gender])
            for ms, me in _later_sites(text, [g for g in rows if g["speaker"] == p.full], p.surname, site[1]):
                opening = not text[:ms].rstrip() or text[:ms].rstrip()[-1] in ".!?\n"  # not after a quote's close
                mine.append((ms, me, later[:1].upper() + later[1:] if opening else later))
            if len(mine) == 1:
                continue  # no later mention to write: the variant is the age alone
        if any(s < e2 and s2 < e for s, e, _ in mine for s2, e2, _ in spans):
            continue
        spans += mine
        done.add(p.full)
    spans.sort()
    return replaced(text, spans), spans, done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(READABLE), help="readable labelled sets, comma-separated")
    parser.add_argument("--only", help="comma-separated variants to run (default: all)")
    parser.add_argument("--examples", type=int, default=0, help="print up to N lost or re-attributed rows a variant")
    args = parser.parse_args()
    sets = readable_sets(args.sets)
    names = chosen_variants(args.only, VARIANTS)
    found = readable_cases(sets, "title invariance", lambda text, rows: named_persons(rows, text))
    if found is None:
        return
    scorer, cases = found
    t0 = time.perf_counter()
    base = judged_originals(scorer, cases)
    n_rows = sum(g["speaker"] in {p.full for p in persons} for _, rows, persons in cases.values() for g in rows)
    print(f"{len(cases)} articles of {', '.join(sets)}; {n_rows} gold rows of a named person spelt out in full")
    print("| variant | people | rows | quotes kept | speaker kept | reported kept | lost (all rows) | gained |")
    print("|---|---|---|---|---|---|---|---|")
    for vname in names:
        c: collections.Counter[str] = collections.Counter()
        shown = 0
        for name, (text, rows, persons) in cases.items():
            new_text, spans, done = rewrite_article(text, rows, persons, VARIANTS[vname])
            if not done:
                continue
            c["people"] += len(done)
            mapped = shifted(rows, spans)
            after = judge(scorer, mapped, analyse(new_text, name))
            for g, old, new in zip(mapped, base[name], after, strict=True):
                target = g["speaker"] in done
                tally(c, old, new, target=target, reported=g.get("kind") == "indirect")
                if target and old[1] and not new[1] and shown < args.examples:
                    shown += 1
                    show_lost(vname, name, g, new[2], new_text, 160)
        print(f"| {vname} | {c['people']} | {c['rows']} | {rate(c['found_kept'], c['found'])} "
              f"| {rate(c['ok_kept'], c['ok'])} | {rate(c['rep_kept'], c['rep_ok'])} | {c['lost']} "
              f"| {c['gained']} |")  # fmt: skip
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
