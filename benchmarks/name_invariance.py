"""Name invariance: does attribution hold when the people quoted carry names the kit's tables do not know?

Run: ``.venv/bin/python benchmarks/name_invariance.py [--sets open,open2,...] [--pools a,b] [--examples N]``.

A metamorphic test.  Every readable labelled article (``labelled_sets.READABLE``; measure-only articles are refused)
whose gold names a person as a speaker is rewritten with that person's name replaced, consistently, by a synthetic
one drawn from a pool: common-word surnames (``Brown``, ``May``, ``Hope``), hyphenated and particle surnames
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
import hashlib
import json
import re
import sys
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, not another installed copy
sys.path.insert(0, str(ROOT / "benchmarks"))

from labelled_sets import CORPUS, MEASURE_ONLY, MIN_OVERLAP, READABLE, SETS, article_text, listed  # noqa: E402
from quotes import EVAL  # noqa: E402
from quotes import _scorer as _load_scorer  # noqa: E402

#: The synthetic names, per pool: given names per gender and surnames; a pool without surnames gives single names.
POOLS: dict[str, dict[str, list[str]]] = {
    # the control: names every table knows, so a drop here is the rewrite's own noise, not the kit's
    "familiar names": {
        "female": ["Susan", "Margaret", "Elizabeth", "Catherine", "Jennifer", "Rachel", "Helen"],
        "male": ["Robert", "Michael", "Richard", "Stephen", "Thomas", "Daniel", "George"],
        "surnames": ["Walker", "Harris", "Turner", "Morgan", "Collins", "Stewart", "Fletcher"],
    },
    "common-word surnames": {
        "female": ["Sarah", "Helen", "Laura", "Karen", "Ruth", "Emma", "Claire"],
        "male": ["James", "David", "Peter", "Mark", "Paul", "Simon", "Neil"],
        "surnames": ["Brown", "May", "Hope", "Young", "Black", "Rich", "Long", "Bill", "Strong", "Swift", "Little"],
    },
    "particle surnames": {
        "female": ["Maria", "Anna", "Julie", "Fiona", "Sofia", "Leila"],
        "male": ["Carlos", "Pieter", "Luc", "Sean", "Rui", "Karim"],
        "surnames": [
            "de la Cruz",
            "Van der Berg",
            "Saint-Pierre",
            "O'Neill",
            "dos Santos",
            "Al-Hashimi",
            "MacLeod-Ross",
        ],
    },
    "non-Anglo names": {
        "female": ["Ngozi", "Priyanka", "Wanjiku", "Marie-Eve", "Aiyana", "Xiuying", "Thandiwe", "Nasrin"],
        "male": ["Chukwuemeka", "Rajinder", "Kwabena", "Jean-Francois", "Tenzin", "Wei", "Sipho", "Tariq"],
        "surnames": ["Okonkwo", "Chatterjee", "Mwangi", "Tremblay", "Bearspaw", "Zhang", "Dlamini", "Karimi"],
    },
    "invented given names": {
        "female": ["Zelvina", "Orlenna", "Thessaly", "Marivane", "Kaelith", "Brisenne"],
        "male": ["Draven", "Tobrin", "Kelmar", "Avorn", "Jessup", "Corvald"],
        "surnames": ["Thornquist", "Velloway", "Brackwater", "Dunmorrow", "Pellowan", "Varrickson"],
    },
    "single names": {
        "female": ["Amarrela", "Kesiwen", "Tavinna", "Oriseme"],
        "male": ["Orunabe", "Taviel", "Kelemund", "Boraxin"],
        "surnames": [],
    },
}
#: Lower-case particles that open a surname in a gold name ("Julio De Vido", "Ludwig van Beethoven").
PARTICLES = frozenset(
    "de da di del della des du dos das van von der den ter ten le la al el bin ben st st. mac".split()
)
#: Words before a surname that are titles or roles, not another given name (``Mr Blair``, ``Senator Kerry``).
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady baroness rev reverend father sister president minister "
    "secretary chancellor senator sen rep representative congressman congresswoman governor gov judge justice "
    "mayor general gen chief coach captain capt director inspector sergeant sgt det detective premier leader "
    "councillor cllr bishop archbishop king queen prince princess commissioner chairman chairwoman chair manager "
    "officer constable superintendent supt ambassador spokesman spokeswoman boss striker midfielder defender "
    "keeper colleague mp msp mep mk qc ceo executive deputy".split()
)  # fmt: skip
#: Capitalised words after a lone name that are not part of it ("introducing Pence Thursday").
CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)
#: Words that open a sentence before a lone name ("But Hodgson said"), not part of it.
OPENERS = frozenset(
    "but and as while when after before so yet then if although though because since meanwhile still now here "
    "there also later earlier instead indeed however".split()
)
#: A name token as the gold spells it: capitalised, letters with inner apostrophes, hyphens or a final full stop.
NAME_TOKEN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’-]*\.?$")
#: The gold genders that choose a pool's side; a speaker of unknown gender is not substituted.
GENDERS = ("female", "male")


@dataclass(frozen=True)
class Person:
    """A gold speaker who is a named person, and the name that replaces theirs."""

    full: str  # the gold speaker as it stands in the text ("George W. Bush")
    given: str
    surname: str
    gender: str
    new_given: str = ""
    new_surname: str = ""

    @property
    def new_full(self) -> str:
        """The replacement full name."""
        return f"{self.new_given} {self.new_surname}".strip()


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


def _used(words: str, text: str) -> bool:
    return any(w[0].isupper() and re.search(rf"\b{re.escape(w)}\b", text) for w in words.split())


def assign(persons: list[Person], pool: dict[str, list[str]], text: str, key: str) -> list[Person]:
    """Give each person a new name from a pool: a given name of their gender, a surname per family.

    People who share a surname in the text (a mother and her son) share the new one, so a lone ``Mrs Jackson``
    stays theirs; with a single-name pool they keep their names.  No drawn word is one the text already holds.

    Args:
        persons: The article's named persons (:func:`named_persons`).
        pool: One of :data:`POOLS`.
        text: The article's text.
        key: Seeds the draw, so every run rewrites alike.

    Returns:
        The persons with their new names; those the pool could not name are left out.
    """

    def draw(choices: list[str], salt: str, taken: set[str]) -> str:
        first = int(hashlib.sha1(f"{key}|{salt}".encode()).hexdigest(), 16) % len(choices)
        for i in range(len(choices)):
            pick = choices[(first + i) % len(choices)]
            if pick not in taken and not _used(pick, text):
                return pick
        return ""

    families: dict[str, list[Person]] = {}
    for person in persons:
        families.setdefault(person.surname, []).append(person)
    out, given_taken, surname_taken = [], set(), set()
    for surname, family in families.items():
        if not pool["surnames"]:
            if len(family) > 1:
                continue
            single = draw(pool[family[0].gender], family[0].full, given_taken)
            if single:
                given_taken.add(single)
                out.append(replace(family[0], new_surname=single))
            continue
        new_surname = draw(pool["surnames"], surname, surname_taken)
        surname_taken.add(new_surname)
        for person in family:
            given = draw(pool[person.gender], person.full, given_taken)
            if new_surname and given:
                given_taken.add(given)
                out.append(replace(person, new_given=given, new_surname=new_surname))
    return out


def _word_before(text: str, at: int) -> str:
    m = re.search(r"([A-Za-z][\w'’.-]*)\s+$", text[max(0, at - 40) : at])
    return m.group(1) if m else ""


def _word_after(text: str, at: int) -> str:
    m = re.match(r"[ \t]+([A-Za-z][\w'’-]*)", text[at : at + 40])
    return m.group(1) if m else ""


def _alone(text: str, start: int, end: int, own: str) -> bool:
    """Whether a lone name token at ``text[start:end]`` stands for its person, not part of another name.

    A capitalised word before it must be a title or the person's own other name part (``own``); a capitalised word
    after it (``Brown Street``) makes it another name.
    """
    before, after = _word_before(text, start), _word_after(text, end)
    sentence_end = before.endswith((".", "!", "?")) and len(before) > 2  # "Depp." closes a sentence, "W." does not
    if before[:1].isupper() and not sentence_end and before.lower().rstrip(".") not in TITLE_WORDS and before != own:
        # "But Hodgson", "As Heald": a sentence's capitalised first word the text also writes in lower case
        if before.lower() not in OPENERS and not re.search(rf"\b{re.escape(before.lower())}\b", text):
            return False
    return not after[:1].isupper() or after.lower() in CALENDAR


def rewrite(text: str, persons: list[Person]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text with every mention of each person's name replaced, and the replacements made.

    Args:
        text: The original text.
        persons: Persons with their new names (:func:`assign`).

    Returns:
        ``(new text, [(start, end, replacement)])``, the replacements in the original's offsets, sorted.
    """
    givens = [p.given for p in persons]
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int, new: str) -> None:
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, new))

    for p in persons:  # full names first: "George W. Bush", then "George Bush"
        for form in dict.fromkeys((p.full, f"{p.given} {p.surname}")):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                add(m.start(), m.end(), p.new_full)
    for p in dict((p.surname, p) for p in persons).values():  # a family's surname once
        # a surname that is also a word ("Brown", "Hope") may open a sentence as the word: lone ones left alone
        worded = re.search(rf"\b{re.escape(p.surname.lower())}\b", text) is not None
        for form, new in ((p.surname, p.new_surname), (p.surname.upper(), p.new_surname.upper())):
            for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                before = _word_before(text, m.start())
                titled = before.lower().rstrip(".") in TITLE_WORDS
                opening = not before or before.endswith((".", "!", "?")) or text[: m.start()].rstrip()[-1:] in '\n"“'
                if titled or (_alone(text, m.start(), m.end(), "") and not (worded and opening)):
                    # a sentence opens with a capital, a particle too ("De la Cruz says")
                    add(m.start(), m.end(), new[:1].upper() + new[1:] if opening else new)
    for p in persons:
        if givens.count(p.given) > 1:
            continue
        for m in re.finditer(rf"\b{re.escape(p.given)}\b", text):
            if _alone(text, m.start(), m.end(), ""):  # a single name stands for the given name too
                add(m.start(), m.end(), p.new_given or p.new_surname)
    spans.sort()
    out, last = [], 0
    for s, e, new in spans:
        out += [text[last:s], new]
        last = e
    out.append(text[last:])
    return "".join(out), spans


def shift(spans: list[tuple[int, int, str]], at: int, *, is_end: bool) -> int:
    """An original offset carried through the replacements; one inside a replaced name snaps to its edge."""
    delta = 0
    for s, e, new in spans:
        if e <= at:
            delta += len(new) - (e - s)
        elif s < at:
            return s + delta + (len(new) if is_end else 0)
        else:
            break
    return at + delta


def rename(speaker: str, persons: list[Person]) -> str:
    """A gold speaker string with the persons' names replaced as in the text: full names, then lone surnames."""
    if not speaker:
        return speaker
    out = speaker
    for p in persons:
        for form in dict.fromkeys((p.full, f"{p.given} {p.surname}")):
            out = re.sub(rf"\b{re.escape(form)}\b", p.new_full, out)
    if out != speaker:
        return out
    for p in dict((p.surname, p) for p in persons).values():
        out = re.sub(rf"\b{re.escape(p.surname)}\b", p.new_surname, out)
    return out


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


def judge(scorer, rows: list[dict], preds: list[dict], genders: dict[str, str]) -> list[dict]:
    """Per gold row: whether a prediction finds it, whether its speaker matches, and the kit's gender for it."""
    out = []
    for g in rows:
        if g.get("kind") == "nonspeech" or not g.get("speaker"):
            continue
        best, best_ov = None, 0
        for p in preds:
            ov = max(0, min(p["end"], g["end"]) - max(p["start"], g["start"]))
            if ov and ov >= MIN_OVERLAP * min(p["end"] - p["start"], g["end"] - g["start"]) and ov > best_ov:
                best, best_ov = p, ov
        names = [g["speaker"], *(g.get("alt_speakers") or [])]
        ok = best is not None and any(scorer.speaker_match(best["speaker"], n) for n in names)
        said = best["speaker"] if best else None
        out.append({"found": best is not None, "ok": ok, "said": said, "kit_gender": genders.get(said or "", ""),
                    "gender": g.get("gender"), "substituted": g.get("substituted", False), "gold": g["speaker"],
                    "start": g["start"], "end": g["end"]})  # fmt: skip
    return out


def articles_of(sets: list[str]) -> dict[str, list[dict]]:
    """Gold rows per article of the given readable sets; every measure-only article refused."""
    held = {a for name in MEASURE_ONLY if SETS[name][1].exists() for a in listed(SETS[name][1])}
    by_article: dict[str, list[dict]] = {}
    for name in sets:
        gold_path, _ = SETS[name]
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                if g["article"] not in held:
                    by_article.setdefault(g["article"], []).append(g)
    return by_article


def _rate(n: int, d: int) -> str:
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
        print(f"| {pool} | {speakers} | {counts['n']} | {_rate(counts['orig'], counts['n'])} "
              f"| {_rate(counts['new'], counts['n'])} | {_rate(counts['all_orig'], counts['all_n'])} "
              f"| {_rate(counts['all_new'], counts['all_n'])} | {counts['lost']} | {counts['gained']} "
              f"| {_rate(gender['orig_ok'], gender['orig_n'])} | {_rate(gender['new_ok'], gender['new_n'])} |")  # fmt: skip
        for name, row, new_text in flips[: args.examples]:
            lo, hi = max(0, row["start"] - 120), min(len(new_text), row["end"] + 120)
            context = " ".join(new_text[lo:hi].split())
            print(f"    {pool} | {name}: gold {row['gold']!r} kit {row['said']!r}\n      …{context}…")


if __name__ == "__main__":
    main()
