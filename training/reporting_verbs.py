"""Count the reporting verbs PolNeAR's annotators marked as cues of reported speech.

Run: ``.venv/bin/python training/reporting_verbs.py`` (writes ``analysis/data/reporting_verbs.txt``).

The verb list of :mod:`analysis.reported` is learned, not written by hand: in
PolNeAR's train split (Newell, Margolin & Ruths 2018) every attribution has a
Source, a Cue and a Content span.  For the attributions whose content carries
no quotation mark (reported speech) and whose cue is a verb next to its source
(``Kerry said``, ``said Kerry``; not a noun such as ``Kerry's announcement``),
the cue's main verb is lemmatised and counted.  Every verb of communication
(Levin 1993, class 37, with the judgement verbs said aloud and urge/order:
:data:`CLASSES`) is listed, less the verbs of cognition, attitude and
perception (Levin 1993, classes 29.4-29.5 "declare/conjecture", 30
"perception", 31.2-31.3 "admire/marvel", 32 "desire"), which PolNeAR also
annotates ("the fact-checker knows that …") but which report a belief, not
speech — the Gender Gap Tracker counts quotes, i.e. speech (Asr et al. 2021).
The counts decide how the finder's scorer weighs a verb (:func:`weight_keys`):
one with at least ``MIN_COUNT`` cues has a weight of its own besides its
class's; a rarer one ("replied", "testified", "retorted" are rare in 2016 US
political copy, not in other newsrooms') has its class's only, so it is read
like its class's common verbs instead of never being a cue.  The rare verbs of
the classes whose object is the message's vehicle ("read", "teach", "phone":
:data:`CLOSED_CLASSES`) are left out.

Only the *fit* part of the train split is read: articles whose name hashes
(MD5) to a value that is not 0 modulo ``HELD_OUT_MOD``.  The other fifth is
held out for measuring the finder (``benchmarks/reported.py``) and never read here.

References:
    Newell, E., Margolin, D. & Ruths, D. (2018). An Attribution Relations
    Corpus for Political News (PolNeAR). LREC.
    Levin, B. (1993). English Verb Classes and Alternations. University of Chicago Press.
    Asr, F. T. et al. (2021). The Gender Gap Tracker. PLoS ONE 16(1).
"""

from __future__ import annotations

import collections
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_train"
OUT = ROOT / "analysis" / "data" / "reporting_verbs.txt"
#: A lemma with this many cues of unquoted reports in the fit part has a scorer weight of its own
#: (``weight_keys``); a rarer one is weighed by its Levin class.
MIN_COUNT = 5
#: A verb of communication is listed from this many cues on: 0 lists them all, as a verb PolNeAR never shows
#: ("retorted that …", "quipped") reports speech like its class's commoner verbs.
MIN_ATTESTED = 0
#: The back-off weight of a rare verb: ``'class'`` (its Levin class's) or ``'rare'`` (one for all rare verbs).
BACKOFF = "class"
#: Levin classes whose rare verbs are left out: ``transfer`` (37.1) and ``contact`` (37.4 with an addressee) verbs
#: take the message's vehicle or its addressee as their object ("read the report", "posed a question", "phoned his
#: wife", "taught children") and are mostly no cue in news, bar the common ones PolNeAR shows ("ask", "tell").
CLOSED_CLASSES: tuple[str, ...] = ("transfer", "contact")
#: A suffix-stripped base counts as a word from this Zipf frequency (wordfreq) on.
MIN_ZIPF = 3.0
#: One article in this many (by name hash) is held out.
HELD_OUT_MOD = 5
QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb'
# Verbs PolNeAR annotates as cues that report a mental state or a perception, not speech
# (Levin 1993 classes 29.4-29.5, 30, 31.2-31.3, 32), or a document's finding ("figures show").
NOT_SPEECH = frozenset(
    """think believe hope know feel expect want fear see hear suppose assume guess doubt wish worry consider
    understand realize realise find show seem appear look sound plan intend imagine recognize recognise
    remember forget learn notice regard view prefer like love hate need try decide mean agree disagree
    worry trust suspect reckon figure sense project""".split()
)
# Verbs of communication (Levin 1993, class 37: 37.1 transfer of a message (with the inquire verbs, 37.1.2-37.1.3:
# "questioned whether …"), 37.2 tell, 37.3 manner of speaking, 37.4 instrument of communication, split in two:
# "contact" (cable, email, phone, text …: their object is the addressee, "phoned his wife") and "instrument", today's
# "tweet", "post", "blog", which publish a message whose object or clause is what was said ("blogged that …"), so
# its rare members are kept), 37.5 talk, 37.6 chitchat,
# 37.7 say, 37.8 complain, 37.9 advise, 37.11 lecture, 37.13 promise), the judgement verbs said aloud
# (class 33: praise, criticize, …), urge (58) and order (60), by (sub)class.  A counted lemma is kept only
# when it is one of these, so PolNeAR's wider notion of attribution ("X supported / endorsed / voted for …")
# and stray tokens (auxiliaries the cue span starts with) do not become reporting verbs.  The class is the
# back-off of a verb too rare in PolNeAR for a weight of its own (``weight_keys``).  Beside Levin's members, "say"
# holds "forecast" (as "predict"), "speculate" (aloud: "Trump speculated that the men could be …") and "rule" (a
# court's or a judge's declaration, "the judge ruled that …"), "indicate" and "signal" (a statement's drift: "the White
# House signaled that it would revise …", "Greenspan indicated that the economy would not sustain …"; 36 of the 52
# forms of "indicate" in the train split are cues of unquoted contents), "recall" (as "recount": "she recalled that
# the last time she saw him …"), "counter" (as "retort": "Lee countered that the figures were wrong") and
# "underline" (as "underscore"), "clarify" (as "explain": "the firm clarified that no jobs would go"; rep38: 2 of
# the fit part's 2 "clarified that" are annotated contents, 1 of 1 in our readable sets), "estimate" (as "predict": "the ministry estimates that 40,000 people …"; 14 cues
# of unquoted contents in the fit part, and the BBC, Wikinews and KPCrowd annotators marked every "X estimates
# (that) …" clause of the readable sets, 11 of 11), and "advise" "recommend": PolNeAR's
# annotators mark each as the cue of unquoted contents in the train split's fit part (``count``), and a reporting
# verb missing here is never a cue.
CLASSES: dict[str, frozenset[str]] = {
    name: frozenset(verbs.split())
    for name, verbs in {
        "transfer": """ask cite dictate explain narrate pose preach quote read recite relay teach tell write inquire
            enquire query question""",
        "manner": """bark bellow boom call chant cry drawl groan growl grumble holler howl moan mumble murmur mutter
            roar scream shout shriek sing snap snarl stammer thunder whisper wail whine yell""",
        "contact": "cable email fax phone radio telephone telegraph wire text",
        "instrument": "tweet post blog",
        "talk": "speak talk chat gossip joke quip argue",
        "say": """announce articulate blurt claim confess confide convey declare disclose divulge hint insinuate
            intimate leak mention note observe proclaim propose recount reiterate relate remark repeat report reveal
            say state suggest utter voice add admit allege assert aver avow contend insist maintain reply respond
            retort answer acknowledge affirm concede confirm deny emphasize emphasise stress underscore testify
            predict comment forecast speculate rule indicate signal recall counter underline estimate clarify""",
        "complain": "boast brag carp complain gripe grouse object",
        "advise": "admonish advise alert caution counsel instruct warn remind inform notify lecture recommend",
        "promise": "promise vow pledge swear guarantee assure reassure threaten",
        "judgement": """acclaim applaud blame censure chastise condemn criticize criticise decry denounce fault praise
            rebuke reprimand ridicule scold slam blast mock lambaste thank accuse""",
        "urge": "urge beg implore plead demand exhort press order command",
    }.items()
}
COMMUNICATION = frozenset().union(*CLASSES.values())
#: Communication verbs whose object is itself what was said, so a noun phrase or an infinitive after them is a
#: report's content: "denied the possibility of a rise", "reported a 49% decline", "pledged £105m",
#: "urged ministers to act", "accused X of lying" (the blind set's guidelines, ``benchmarks/data/blind_guidelines.md``,
#: list these among the indirect cues; Levin 1993 classes 37.7-37.9, 37.13, 33 "accuse", 58 "urge", 60 "order").
#: Not ``say``/``tell``/``talk``/``speak`` ("said goodbye", "told the story", "talked about the economy": the
#: object names the talk, not its content) nor the judgement verbs ("praised the plan": an evaluation, no content).
OBJECT_CONTENT = frozenset(
    """deny report announce confirm admit acknowledge claim reveal disclose promise pledge vow guarantee threaten
    propose predict urge ask demand order accuse warn plead beg implore press""".split()
)
#: Verbs whose infinitive after an addressee is a request's content ("told him to leave", "called on X to act").
REQUEST_TO = frozenset({"tell", "call", "remind", "advise", "instruct", "caution"})
# ``project`` is left out too: in news it mostly reports figures ("polls project"), whose source is a document or a
# model, not a speaker.  ``estimate`` is kept, as ``predict`` is: an organisation or a person estimates aloud (the
# annotators mark it), and a document as subject proposes no candidate.  ``predict`` is kept: people predict ("Trump predicts that …"), and a document as subject proposes no
# candidate in analysis.reported, whose learned scorer weighs each verb.
AUX = frozenset(
    """has had have was were is are be been being will would could should may might must did does do also not
    never n't just already still even then later publicly privately repeatedly once again recently reportedly
    first often has've 's""".split()
)
IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "knew": "know",
    "known": "know",
    "felt": "feel",
    "saw": "see",
    "seen": "see",
    "heard": "hear",
    "swore": "swear",
    "sworn": "swear",
    "made": "make",
    "gave": "give",
    "given": "give",
    "put": "put",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "found": "find",
    "meant": "mean",
    "understood": "understand",
    "forecast": "forecast",
    "read": "read",
    "shot": "shoot",
    "began": "begin",
    "begun": "begin",
    "got": "get",
    "cried": "cry",
    "replied": "reply",
    "denied": "deny",
    "implied": "imply",
    "testified": "testify",
    "applied": "apply",
    "clarified": "clarify",
    "cited": "cite",
}


def quoted(content: str) -> bool:
    """Whether an annotated content holds a quotation mark (doubled apostrophes, the NYT's style, included)."""
    return any(c in content for c in QUOTE_MARKS) or "''" in content


#: A prediction matches an annotated span when they overlap by at least this share of the shorter one
#: (the shared quote scorer's rule, ``../shared/eval/quotes/score_quotes.py``).
MIN_OVERLAP = 0.5
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\w+ed|\w+n't)\b", re.I
)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans match by the shared scorer's rule (overlap ≥ half the shorter span)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= MIN_OVERLAP * min(a[1] - a[0], b[1] - b[0])


def clausal(content: str) -> bool:
    """Whether a content is a reported clause (``that …`` or a finite verb), not a noun phrase ("praised the plan")."""
    words = content.split()
    return len(words) >= 3 and (words[0].lower() == "that" or bool(_FINITE.search(content.replace("\u2019", "'"))))


def object_content(content: str, lemma: str) -> bool:
    """Whether a content that is no clause is the object of a verb whose object is what was said.

    ``deny``/``report``/``urge``/… with a noun phrase or an infinitive (:data:`OBJECT_CONTENT`), and a request
    verb with an infinitive (``told him to leave``; :data:`REQUEST_TO`).
    """
    words = content.split()
    if not words or clausal(content):
        return False
    return (
        lemma in OBJECT_CONTENT
        or (lemma in REQUEST_TO and words[0].lower() == "to")
        or (lemma in _description_verbs() and described(content))
    )


def described(content: str) -> bool:
    """Whether a content is an object with its description: "his policies as unworkable" (``X as Y``; the
    finder's own test, :func:`analysis.reported.described`)."""
    from analysis.reported import described as finder_described  # (training runs with this checkout first)

    return finder_described(content)


def _description_verbs() -> frozenset[str]:
    from analysis.reported import DESCRIPTION_VERBS  # (the finder's list; training runs with this checkout first)

    return DESCRIPTION_VERBS


def description_counts(part: str = "fit") -> collections.Counter[str]:
    """Lemma → number of unquoted ``X as Y`` contents right after it that it cues (the counts behind
    :data:`analysis.reported.DESCRIPTION_VERBS`)."""
    counts: collections.Counter[str] = collections.Counter()
    for text, rec in cued_records(part):
        (cs, ce), start = rec["Cue"][0], rec["Content"][0][0]
        content = text[start : rec["Content"][-1][1]]
        if quoted(content) or clausal(content) or not 0 <= start - ce <= MAX_CUE_GAP or not described(content):
            continue
        words = [w for w in re.findall(r"[a-z]+", text[cs:ce].lower()) if w not in AUX]
        if words:
            counts[lemma(words[0])] += 1
    return counts


def cued_records(part: str) -> Iterator[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(article text, attribution) for every attribution of a part that has a Cue and a Content."""
    for ann in articles(part):
        text = (TRAIN / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        for rec in parse(ann):
            if "Cue" in rec and "Content" in rec:
                yield text, rec


#: A content "right after" its cue starts at most this many characters after it (a space).
MAX_CUE_GAP = 3


def held_out(name: str) -> bool:
    """Whether an article (file stem) is in the held-out fifth."""
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % HELD_OUT_MOD == 0


def articles(part: str) -> list[Path]:
    """The ``.ann`` files of the ``fit`` or ``held_out`` part (one annotator per article: the first)."""
    by_article: dict[str, Path] = {}
    for ann in sorted((TRAIN / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        by_article.setdefault(stem, ann)
    return [p for s, p in sorted(by_article.items()) if held_out(s) == (part == "held_out")]


def unquoted_contents(text: str, ann: Path) -> Iterator[tuple[dict[str, list[tuple[int, int]]], tuple[int, int], str]]:
    """The attributions of one file whose Content holds no quotation mark (reported speech, :func:`quoted`): each
    record (:func:`parse`), its Content's span from the first fragment's start to the last one's end, and the
    Content's words (its fragments joined)."""
    for rec in parse(ann):
        if "Content" not in rec:
            continue
        frags = rec["Content"]
        content = "".join(text[a:b] for a, b in frags)
        if not quoted(content):
            yield rec, (frags[0][0], frags[-1][1]), content


def parse(ann: Path) -> list[dict[str, list[tuple[int, int]]]]:
    """The attributions of one file: role → list of (start, end) fragments."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, ranges = parts[1].partition(" ")
            frags = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
            spans[parts[0]] = (label, frags)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    out = []
    for ev in events:
        rec: dict[str, list[tuple[int, int]]] = {}
        for arg in ev:
            role, _, tid = arg.partition(":")
            if tid in spans and role in ("Source", "Cue", "Content"):
                rec[role] = spans[tid][1]
        out.append(rec)
    return out


def _word_freq(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


def lemma(form: str) -> str:
    """A verb form's lemma: irregular table, else the suffix reading whose base is the commonest word."""
    form = form.lower()
    if form in IRREGULAR:
        return IRREGULAR[form]
    cands = [form]
    if form.endswith("ing"):
        cands += [form[:-3], form[:-3] + "e"] + ([form[:-4]] if form[-4:-3] == form[-5:-4] else [])
    elif form.endswith("ied"):
        cands += [form[:-3] + "y"]
    elif form.endswith("ed"):
        cands += [form[:-2], form[:-1]] + ([form[:-3]] if form[-3:-2] == form[-4:-3] else [])
    elif form.endswith("ies"):
        cands += [form[:-3] + "y"]
    elif form.endswith("es"):
        cands += [form[:-2], form[:-1]]
    elif form.endswith("s"):
        cands += [form[:-1]]
    # A base reading must be a common word itself ("press" is not "pres"); a listed verb wins ("noted" is "note",
    # not the commoner "not"), else the commonest.
    bases = [c for c in cands[1:] if len(c) > 1 and _word_freq(c) >= MIN_ZIPF]
    verbs = [c for c in bases if c in COMMUNICATION or c in NOT_SPEECH]
    return max(verbs or bases, key=_word_freq) if bases else form


def cue_verb(text: str, cue: tuple[int, int], source: tuple[int, int] | None) -> str | None:
    """The main verb of a cue next to its source, or ``None`` (a noun cue, a distant source)."""
    s, e = cue
    if source is None:
        return None
    gap = text[source[1] : s] if source[1] <= s else text[e : source[0]]
    if len(gap) > 40 or "'s" in text[s : s + 3].replace("\u2019", "'"):
        return None  # a possessive noun cue ("Kerry's announcement"), or the source is far away
    words = re.findall(r"[A-Za-z']+", text[s:e].replace("\u2019", "'"))
    words = [w for w in words if w.lower() not in AUX]
    if not words or not words[0].islower() and not words[0][:1].isupper():
        return None
    w = words[0].lower()
    if w in ("according", "as", "in", "to", "for", "on"):
        return None
    return w


def count(part: str = "fit") -> collections.Counter[str]:
    """Lemma → number of unquoted reports it cues."""
    counts: collections.Counter[str] = collections.Counter()
    for text, rec in cued_records(part):
        if quoted("".join(text[a:b] for a, b in rec["Content"])):
            continue
        src = rec.get("Source")
        verb = cue_verb(text, rec["Cue"][0], (src[0][0], src[-1][1]) if src else None)
        if verb is not None and verb.isalpha():
            counts[lemma(verb)] += 1
    return counts


def weight_keys(lemma: str, n: int, backoff: str = "class") -> tuple[str, ...]:
    """The names under which the finder's scorer weighs a verb (``analysis.reported``'s lemma features).

    A lemma with at least :data:`MIN_COUNT` cues has a weight of its own and shares its Levin class's
    (``backoff='class'``): the class learns from its frequent members how a verb of its kind reports ("replied
    that …" is read like "said that …"), the lemma how it differs.  A rarer lemma has only the class's (or
    ``'rare'``'s, ``backoff='rare'``: one weight for all rare verbs), so a verb PolNeAR seldom or never shows is
    judged by its clause's shape, not dropped.
    """
    group = next(name for name, verbs in CLASSES.items() if lemma in verbs)
    # A verb whose object is what was said ("denied the claim") is weighed apart from its class's others, whose
    # object names the talk ("answered the phone", "observed the rules"): the two learn opposite weights for it.
    group += "/object" if lemma in OBJECT_CONTENT else ""
    back = f"@{group}" if backoff == "class" else "@rare"
    if n >= MIN_COUNT:
        return (lemma, back) if backoff == "class" else (lemma,)
    return (back,)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-attested", type=int, default=MIN_ATTESTED, help="cues a verb needs to be listed")
    parser.add_argument("--backoff", choices=("class", "rare"), default=BACKOFF, help="the weight of rare verbs")
    parser.add_argument("--closed", default=",".join(CLOSED_CLASSES), help="classes whose rare verbs are left out")
    args = parser.parse_args()
    counts = count("fit")
    verbs = sorted(COMMUNICATION - NOT_SPEECH, key=lambda v: (-counts[v], v))
    closed = frozenset().union(*(CLASSES[c] for c in args.closed.split(",") if c))
    kept = [(v, counts[v]) for v in verbs if counts[v] >= max(args.min_attested, MIN_COUNT if v in closed else 0)]
    dropped = [(v, n) for v, n in counts.most_common() if n >= MIN_COUNT and v in NOT_SPEECH]
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Reporting verbs (lemmas): the verbs of communication (Levin 1993, class 37, with the judgement verbs\n"
            f"# said aloud and urge/order; from {args.min_attested} cues on, rare ones of {args.closed or 'no class'} "
            "left out),\n# with their cues of unquoted reported speech in PolNeAR train (fit part); written by "
            "training/reporting_verbs.py.\n# PolNeAR: Newell, Margolin & Ruths (LREC 2018), research use.  Columns: "
            f"lemma, count, the scorer's\n# weight keys (the lemma itself from {MIN_COUNT} cues on; '@class' its "
            "Levin class's back-off weight).\n"
        )
        for v, n in kept:
            f.write(f"{v}\t{n}\t{','.join(weight_keys(v, n, args.backoff))}\n")
    print(f"kept {len(kept)} lemmas -> {OUT}")
    print("own weight:", " ".join(f"{v}:{n}" for v, n in kept if n >= MIN_COUNT))
    print("back-off only:", " ".join(f"{v}:{n}" for v, n in kept if n < MIN_COUNT))
    other = [
        (v, n) for v, n in counts.most_common() if n >= MIN_COUNT and v not in COMMUNICATION and v not in NOT_SPEECH
    ]
    print("not communication verbs:", " ".join(f"{v}:{n}" for v, n in other))
    print("dropped (not speech):", " ".join(f"{v}:{n}" for v, n in dropped))
    desc = description_counts("fit")
    print(
        "'X as Y' contents by cue (analysis.reported.DESCRIPTION_VERBS):",
        " ".join(f"{v}:{n}" for v, n in desc.most_common(40)),
    )


if __name__ == "__main__":
    main()
