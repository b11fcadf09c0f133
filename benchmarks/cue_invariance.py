"""Cue invariance: does attribution hold when a quote's speech verb, its tense or its order is another newsroom's?

Run: ``.venv/bin/python benchmarks/cue_invariance.py [--sets open,open2,...] [--only NAME,…] [--examples N]``.

A metamorphic test.  The kit's cues were fitted on 2016 US political copy (mostly ``said``) and 2005 BBC copy;
other outlets write ``says`` (features), ``told CBC News``, ``insists``, ``has said``, ``would later say``,
``wrote in a statement``, ``according to`` and inverted orders (``said Smith``).  In every readable labelled article
(``labelled_sets.READABLE``; measure-only articles are refused, never read) each gold quote whose speaker mention
sits right beside a ``said``/``says`` (``Jo Hale said``, ``said Jo Hale``) has that cue site rewritten, all sites of
an article at once, into one variant per column: a tense (``says``, ``has said``, ``had said``, ``would say``,
``was saying``), another speech verb of :mod:`training.reporting_verbs`'s classes (``told reporters``, ``added``,
``explained``, ``insisted``, ``noted``, ``argued``, ``warned``, ``wrote``, ``tweeted``, ``acknowledged``,
``claimed``, ``recalled``, ``stressed``), subject–verb inversion (``"…," said Jo Hale.``, only after a quote and
never with a pronoun, as English has it) and its undoing, frames (``said in a statement``, ``told the Globe``,
``according to Jo Hale``) and a person's affiliation after a full name (``Jo Hale of Harwick police said``, ``Jo
Hale from the county council said``, ``said Jo Hale of the city police``, ``the county council's Jo Hale said``:
Canadian and British copy's way of introducing officers and officials; the person still speaks).  Only
grammatical English is written: a verb that agrees with its subject is only written for a singular one (``he``,
``she``, ``it`` or a person the gold names with a gender), inversion only where a quote ends on a comma before
it, ``according to`` only where the mention ends its clause or opens its sentence (``he`` as ``him``), an
affiliation only after a person's full name.

The gold offsets are carried through the rewrite (``renaming.shift``), and the kit's output on the rewritten text
is scored as ``quotes_blind.py`` scores it (a gold quote is found when a prediction overlaps half the shorter span;
its speaker with the shared scorer's ``speaker_match``).  Per variant, over the rewritten sites' gold rows: how
many the original finds that the rewrite still finds (``quotes kept``), attributes right that the rewrite still
attributes right (``speaker kept``), the same for the reported-speech rows (``reported kept``), and over all rows
of the rewritten articles the quotes lost and gained.  A rate clearly below 1 is a cue reading to look for with
``--only NAME --examples N``.  Skips cleanly when the gold, the texts or the scorer are absent.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))

from labelled_sets import CORPUS, READABLE, SETS, article_text  # noqa: E402
from name_invariance import _scorer, articles_of, best_match, rate, replaced, shift, speaker_right  # noqa: E402

#: The cue verbs a site is read from: the speaker mention right before (``Jo Hale said``) or after (``said Jo Hale``).
CUE_VERBS = ("said", "says")
#: Subject pronouns a third-person singular verb agrees with; any other mention agrees only when the gold names a
#: person (a gender), so "officials" and "the police" never get ``says``.
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
#: Every subject pronoun, as ``according to`` writes it (object case); pronouns are never inverted.
OBJECT_CASE = {"he": "him", "she": "her", "it": "it", "they": "them", "we": "us", "i": "me", "you": "you"}
#: Closing quotation marks a comma may sit before, the place an inverted cue follows (``"…," said Jo Hale``).
CLOSERS = "\"'\u201d\u2019"
#: Determiners lower-cased when ``according to`` moves a sentence-opening mention inside the clause.
DETERMINERS = frozenset({"The", "A", "An", "This", "That", "These", "Those"})


@dataclass(frozen=True)
class Site:
    """One cue site of an article: the verb's span, its order and the speaker mention beside it.

    Attributes:
        verb_start: Offset of the cue verb.
        verb_end: Its end.
        mention_start: Offset of the gold speaker mention beside it.
        mention_end: Its end.
        inverted: True for ``said Jo Hale`` (verb first), False for ``Jo Hale said``.
        singular: The mention is a singular subject (a verb may agree with it).
        person: The gold names a person (a gender): one who may be said to tell reporters something.
    """

    verb_start: int
    verb_end: int
    mention_start: int
    mention_end: int
    inverted: bool
    singular: bool
    person: bool


def find_site(text: str, row: dict) -> Site | None:
    """The cue site of one gold row, or None when no ``said``/``says`` sits right beside its speaker mention."""
    ms, me = row.get("mention_start"), row.get("mention_end")
    if ms is None or me is None or not 0 <= ms < me <= len(text):
        return None
    mention = text[ms:me]
    if "\n" in mention or not re.fullmatch(r"[\w.'’ -]+", mention):
        return None
    person = row.get("gender") in ("male", "female")
    singular = mention.lower() in SINGULAR_PRONOUNS or (
        person and mention.lower() not in OBJECT_CASE and " and " not in mention
    )
    after = re.match(rf" ({'|'.join(CUE_VERBS)})\b", text[me:])
    if after:
        return Site(me + 1, me + after.end(), ms, me, False, singular, person)
    before = re.search(rf"\b({'|'.join(CUE_VERBS)}) $", text[max(0, ms - 6) : ms])
    if before:
        return Site(ms - len(before.group()), ms - 1, ms, me, True, singular, person)
    return None


#: A rewrite of one site: ``(text, site) -> [(start, end, replacement)]`` in the original's offsets, or None when
#: the variant is not grammatical there.
Rewrite = Callable[[str, Site], list[tuple[int, int, str]] | None]


def _verb(new: str, *, agrees: bool = False, inverts: bool = True, person: bool = False) -> Rewrite:
    """The cue verb replaced by ``new`` (``agrees``: only for a singular subject; ``inverts``: also after it;
    ``person``: only for a person's mention)."""

    def rewrite(text: str, site: Site) -> list[tuple[int, int, str]] | None:
        if (agrees and not site.singular) or (site.inverted and not inverts) or (person and not site.person):
            return None
        return [(site.verb_start, site.verb_end, new)]

    return rewrite


def _after_quote(text: str, at: int) -> bool:
    """True when ``at`` follows a quote closed on a comma (``"…," ``), the place English inverts a cue."""
    before = text[:at].rstrip(" ")
    return len(before) >= 2 and before[-1] in CLOSERS and before[-2] in ",?!"


def _ends_clause(text: str, at: int) -> bool:
    return re.match(r"[.,;]", text[at : at + 1]) is not None


def _invert(verb: str | None = None, *, agrees: bool = False) -> Rewrite:
    """``"…," Jo Hale said.`` as ``"…," said Jo Hale.`` (and ``verb`` instead of the cue when given)."""

    def rewrite(text: str, site: Site) -> list[tuple[int, int, str]] | None:
        mention = text[site.mention_start : site.mention_end]
        if site.inverted or mention.lower() in OBJECT_CASE or (agrees and not site.singular):
            return None
        if not _after_quote(text, site.mention_start) or not _ends_clause(text, site.verb_end):
            return None
        said = verb or text[site.verb_start : site.verb_end]
        return [(site.mention_start, site.verb_end, f"{said} {mention}")]

    return rewrite


def _uninvert(text: str, site: Site) -> list[tuple[int, int, str]] | None:
    """``"…," said Jo Hale.`` as ``"…," Jo Hale said.``"""
    if not site.inverted or text[site.mention_end : site.mention_end + 1] != ".":  # not before an apposition
        return None
    mention = text[site.mention_start : site.mention_end]
    return [(site.verb_start, site.mention_end, f"{mention} {text[site.verb_start : site.verb_end]}")]


def _according(text: str, site: Site) -> list[tuple[int, int, str]] | None:
    """``…, Jo Hale said.`` as ``…, according to Jo Hale.``; ``He said (that) …`` as ``According to him, …``."""
    if site.inverted:
        return None
    mention = text[site.mention_start : site.mention_end]
    obj = OBJECT_CASE.get(mention.lower(), mention)
    before = text[: site.mention_start].rstrip(" ")
    if before.endswith(",") or _after_quote(text, site.mention_start):
        if text[site.verb_end : site.verb_end + 1] == ".":
            return [(site.mention_start, site.verb_end, f"according to {obj}")]
        return None
    opens = not before or before[-1] in ".!?\n" or (before[-1] in CLOSERS and before[-2:-1] in ".!?")
    follow = re.match(r" (?:that )?(?=[a-z])", text[site.verb_end :])
    if not opens or not follow:
        return None
    first, _, rest = obj.partition(" ")
    if first in DETERMINERS and rest:
        obj = f"{first.lower()} {rest}"
    elif obj == mention and re.search(rf"\b{re.escape(first.lower())}\b", text):
        return None  # a common noun capitalised only as its sentence's first word ("Lawyers for …"): not moved
    return [(site.mention_start, site.verb_end + follow.end(), f"According to {obj}, ")]


#: A person's full name as a gold mention may be written: capitalised words, a title's or initial's full stop.
FULL_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+")


def _named_person(text: str, site: Site) -> bool:
    """True when the site's mention is a person's full name ("Jo Hale", "Dr Jo Hale"), the one an affiliation
    phrase follows; an inverted one must end its clause (``said Jo Hale.``), so the phrase ends the sentence."""
    mention = text[site.mention_start : site.mention_end]
    if not site.person or not FULL_NAME.fullmatch(mention) or mention.split()[0] in DETERMINERS:
        return False
    return not site.inverted or _ends_clause(text, site.mention_end)


def _affiliated(phrase: str, *, invert: bool = False) -> Rewrite:
    """``Jo Hale said`` as ``Jo Hale{phrase} said`` (``of the city police``): the person's affiliation after the
    name; ``invert``: after the name of an inverted cue instead (``said Jo Hale{phrase}.``), a ``Jo Hale said``
    after a quote inverted too."""

    def rewrite(text: str, site: Site) -> list[tuple[int, int, str]] | None:
        if not _named_person(text, site) or (site.inverted and not invert):
            return None
        mention = text[site.mention_start : site.mention_end]
        verb = text[site.verb_start : site.verb_end]
        # (each rewrite covers its cue, so two gold mentions of one site, "Texas-based Jo Hale" and "Jo Hale",
        # are rewritten once)
        if site.inverted:
            return [(site.verb_start, site.mention_end, f"{verb} {mention}{phrase}")]
        if not invert:
            return [(site.mention_end, site.verb_end, f"{phrase} {verb}")]
        if not _after_quote(text, site.mention_start) or not _ends_clause(text, site.verb_end):
            return None
        return [(site.mention_start, site.verb_end, f"{verb} {mention}{phrase}")]

    return rewrite


def _owned_by(owner: str) -> Rewrite:
    """``Jo Hale said`` as ``the county council's Jo Hale said`` (capitalised when it opens the sentence), only
    where the mention opens its sentence or follows a quote closed on a comma (no title or description before it
    for the owner to split from the name)."""

    def rewrite(text: str, site: Site) -> list[tuple[int, int, str]] | None:
        if not _named_person(text, site) or site.inverted:
            return None
        before = text[: site.mention_start].rstrip(" ")
        opens = not before or before[-1] in ".!?\n" or (before[-1] in CLOSERS and before[-2:-1] in ".!?")
        if not opens and not _after_quote(text, site.mention_start):
            return None
        mention = text[site.mention_start : site.verb_end]
        return [(site.mention_start, site.verb_end, f"{owner[:1].upper() + owner[1:] if opens else owner} {mention}")]

    return rewrite


#: Each variant (column): its name and the rewrite of one site.
VARIANTS: dict[str, Rewrite] = {
    # tense and aspect
    "said": _verb("said"),
    "says": _verb("says", agrees=True),
    "has said": _verb("has said", agrees=True, inverts=False),
    "had said": _verb("had said", inverts=False),
    "would say": _verb("would say", inverts=False),
    "would later say": _verb("would later say", inverts=False),
    "was saying": _verb("was saying", agrees=True, inverts=False),
    # other speech verbs (reporting_verbs' classes)
    "told reporters": _verb("told reporters", inverts=False, person=True),
    "added": _verb("added"),
    "adds": _verb("adds", agrees=True),
    "explained": _verb("explained"),
    "insisted": _verb("insisted"),
    "insists": _verb("insists", agrees=True),
    "noted": _verb("noted"),
    "argued": _verb("argued"),
    "warned": _verb("warned"),
    "wrote": _verb("wrote"),
    "tweeted": _verb("tweeted"),
    "acknowledged": _verb("acknowledged"),
    "claimed": _verb("claimed"),
    "recalled": _verb("recalled"),
    "stressed": _verb("stressed"),
    # order
    "said X": _invert(),
    "says X": _invert("says", agrees=True),
    "added X": _invert("added"),
    "X said": _uninvert,
    # frames
    "said in a statement": _verb("said in a statement", inverts=False),
    "wrote in a statement": _verb("wrote in a statement", inverts=False),
    "told the Globe": _verb("told the Globe", inverts=False, person=True),
    "said on Twitter": _verb("said on Twitter", inverts=False),
    "according to X": _according,
    # affiliations (a person's body after the name: the person still speaks, the body is no speaker)
    "X of the city police said": _affiliated(" of the city police"),
    "X of Harwick police said": _affiliated(" of Harwick police"),
    "X from the county council said": _affiliated(" from the county council"),
    "X with the health agency said": _affiliated(" with the health agency"),
    "X of the Harwick Lake First Nation said": _affiliated(" of the Harwick Lake First Nation"),
    "X of the Marsh Trust said": _affiliated(" of the Marsh Trust"),
    "X (apposition of the city police) said": _affiliated(", of the city police,"),
    "said X of the city police": _affiliated(" of the city police", invert=True),
    "said X of Harwick police": _affiliated(" of Harwick police", invert=True),
    "said X from the county council": _affiliated(" from the county council", invert=True),
    "the county council's X said": _owned_by("the county council's"),
}


def rewrite_article(text: str, rows: list[dict], variant: Rewrite) -> tuple[str, list[tuple[int, int, str]], set[int]]:
    """One variant applied to every cue site of an article.

    Returns:
        ``(new text, replacements in the original's offsets, indices of the rows whose site was rewritten)``.
    """
    spans: list[tuple[int, int, str]] = []
    by_site: dict[Site, list[int]] = collections.defaultdict(list)
    for i, row in enumerate(rows):
        site = find_site(text, row)
        if site is not None:
            by_site[site].append(i)
    targets: set[int] = set()
    for site, idx in sorted(by_site.items(), key=lambda kv: kv[0].verb_start):
        made = variant(text, site)
        if not made or any(s < e2 and s2 < e for s, e, _ in made for s2, e2, _ in spans):
            continue
        spans += made
        targets.update(idx)
    spans.sort()
    return replaced(text, spans), spans, targets


def analyse(text: str, name: str) -> list[dict]:
    """The kit's quotes and reports (offsets, speaker) for one text."""
    import analysis
    from analysis import attribution

    art = analysis.read_article(text, source=name)
    return [
        {"start": a.start, "end": a.end, "speaker": a.speaker}
        for a in attribution.attribute(art).attributions
        if a.kind != "nonspeech"
    ]


def judge(scorer, rows: list[dict], preds: list[dict]) -> list[tuple[bool, bool, str | None]]:
    """Per gold row: ``(found, speaker right, the kit's speaker)``, as ``quotes_blind.py`` scores a row."""
    out = []
    for g in rows:
        best = best_match(g, preds)
        out.append((best is not None, speaker_right(scorer, g, best), best["speaker"] if best else None))
    return out


def readable_sets(spec: str) -> list[str]:
    """The sets ``--sets`` names (comma-separated); exits on a measure-only or unknown one, which is never read."""
    sets = spec.split(",")
    if bad := [s for s in sets if s not in READABLE]:
        sys.exit(f"not readable sets (measure-only or unknown): {', '.join(bad)}")
    return sets


def chosen_variants(only: str | None, variants: dict) -> list[str]:
    """The variants ``--only`` names (comma-separated; all when None); exits on an unknown one."""
    names = only.split(",") if only else list(variants)
    if bad := [v for v in names if v not in variants]:
        sys.exit(f"unknown variants: {', '.join(bad)}")
    return names


def readable_cases(sets: list[str], label: str, keep: Callable[[str, list[dict]], object]) -> tuple | None:
    """The shared scorer and the speaking gold rows and text of every article of ``sets`` that ``keep(text, rows)``
    finds something to rewrite in: ``(scorer, {article: (text, rows, kept)})``; ``None`` (after printing that the
    benchmark ``label`` skipped) when the gold, the scorer or the corpus is absent."""
    scorer = _scorer()
    if scorer is None or not CORPUS.exists() or not all(SETS[s][0].exists() for s in sets):
        print(f"{label}: gold, scorer or corpus not found; skipped")
        return None
    cases = {}
    for name, rows in sorted(articles_of(sets).items()):
        rows = [g for g in rows if g.get("kind") != "nonspeech" and g.get("speaker")]
        try:
            text = article_text(name)
        except OSError:
            continue
        if kept := keep(text, rows):
            cases[name] = (text, rows, kept)
    return scorer, cases


def judged_originals(scorer, cases: dict[str, tuple]) -> dict[str, list[tuple[bool, bool, str | None]]]:  # noqa: ANN001 - the shared scorer module
    """Each case's gold rows judged (:func:`judge`) on its text as written: what every rewrite is compared with."""
    warnings.simplefilter("ignore")  # ArticleWarnings are not results
    return {name: judge(scorer, rows, analyse(text, name)) for name, (text, rows, _) in cases.items()}


def shifted(rows: list[dict], spans: list[tuple[int, int, str]]) -> list[dict]:
    """Gold rows with their offsets carried through the replacements ``spans``."""
    return [
        {**g, "start": shift(spans, g["start"], is_end=False), "end": shift(spans, g["end"], is_end=True)} for g in rows
    ]


def tally(c: collections.Counter[str], old: tuple, new: tuple, *, target: bool, reported: bool) -> None:
    """Count one gold row judged on the original (``old``) and the rewritten text (``new``, :func:`judge`'s
    triples): lost and gained speakers over all rows; for a rewritten (``target``) row, found and right before
    and after, overall and for reported speech."""
    c["lost"] += old[1] and not new[1]
    c["gained"] += new[1] and not old[1]
    if target:
        c["rows"] += 1
        c["found"] += old[0]
        c["found_kept"] += old[0] and new[0]
        c["ok"] += old[1]
        c["ok_kept"] += old[1] and new[1]
        c["rep_ok"] += old[1] and reported
        c["rep_kept"] += old[1] and new[1] and reported


def show_lost(variant: str, name: str, g: dict, kit: str | None, text: str, before: int) -> None:
    """Print a row whose speaker the rewrite lost, with ``before`` characters of the rewritten text before it."""
    lo, hi = max(0, g["start"] - before), min(len(text), g["end"] + 100)
    print(f"    {variant} | {name}: gold {g['speaker']!r} kit {kit!r}\n      …{' '.join(text[lo:hi].split())}…")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(READABLE), help="readable labelled sets, comma-separated")
    parser.add_argument("--only", help="comma-separated variants to run (default: all)")
    parser.add_argument("--examples", type=int, default=0, help="print up to N lost or re-attributed rows a variant")
    args = parser.parse_args()
    sets = readable_sets(args.sets)
    names = chosen_variants(args.only, VARIANTS)
    found = readable_cases(sets, "cue invariance", lambda text, rows: any(find_site(text, g) for g in rows))
    if found is None:
        return
    scorer, cases = found
    t0 = time.perf_counter()
    base = judged_originals(scorer, cases)
    n_sites = sum(bool(find_site(t, g)) for t, rows, _ in cases.values() for g in rows)
    print(f"{len(cases)} articles of {', '.join(sets)}; {n_sites} gold rows beside a said/says cue")
    print("| variant | rows | quotes kept | speaker kept | reported kept | lost (all rows) | gained |")
    print("|---|---|---|---|---|---|---|")
    for vname in names:
        c: collections.Counter[str] = collections.Counter()
        shown = 0
        for name, (text, rows, _) in cases.items():
            new_text, spans, targets = rewrite_article(text, rows, VARIANTS[vname])
            if not targets:
                continue
            mapped = shifted(rows, spans)
            after = judge(scorer, mapped, analyse(new_text, name))
            for i, (old, new) in enumerate(zip(base[name], after, strict=True)):
                tally(c, old, new, target=i in targets, reported=rows[i].get("kind") == "indirect")
                if i in targets and old[1] and not new[1] and shown < args.examples:
                    shown += 1
                    show_lost(vname, name, mapped[i], new[2], new_text, 100)
        print(f"| {vname} | {c['rows']} | {rate(c['found_kept'], c['found'])} | {rate(c['ok_kept'], c['ok'])} "
              f"| {rate(c['rep_kept'], c['rep_ok'])} | {c['lost']} | {c['gained']} |")  # fmt: skip
    print(f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
