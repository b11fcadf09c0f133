"""Who said it: attribute each quote (and reported speech) to one canonical speaker.

A rule-based attribution engine over the article's structure, in the spirit of
the cue-based systems of Pouliquen et al. (2007) and Pareti (2016) and of the
SFU Gender Gap Tracker's quote rules (Asr et al. 2021), without a parser or a
coreference model (none can be downloaded here).  Everything is one linear
pass over a token stream in which every quote is a single placeholder token:

1. **Tokens**: one precompiled regular expression over the text, curly
   apostrophes read as straight ones (``Putin’s`` = ``Putin's``), titles such
   as ``Mr.`` and initials such as ``U.S.`` kept whole.  Quote interiors are
   not tokenised: a name *inside* a quote is never a speaker or a pronoun
   antecedent.
2. **Entities**: runs of capitalised tokens in the narration ("Russian President
   Vladimir Putin") are split into a title ("Russian President") and a name
   ("Vladimir Putin"); the first full name is the canonical speaker, and its
   surname, given name and ``Mr``/``Ms`` forms are aliases.  Runs holding an
   organisation word ("White House", "Justice Department") or written in
   capitals ("NATO") are organisations.
3. **Cues**: a speech verb (a broad list, every tense and participle) next to
   a quote, with its subject before it (``Macron said``) or after it (``said
   Mr Burman``), ``according to X``, a colon after a name (``Caddell:``) or a
   paragraph ending ``X continued:`` before a quote paragraph.  The verb
   nearest the quote wins: first right after the closing mark, then back
   through the sentence before the opening mark, then later in the sentence.
   A verb without its own subject (``and declared``, ``adding:``) shares the
   sentence's; the phrase after ``told``/``telling`` is who is addressed,
   never the speaker.  A participle opening the sentence (``Calling it "…",
   Mrs. Lee said``) takes the main clause's subject.  A nested report (``X
   said that Y called it "…"``, ``According to X, Y said that …"…"``) goes
   to the outer source X, as in PARC's nested attributions.  A list of names
   (``Sens. A, B and C said``) gives the first named, the whole list kept as
   the mention (``Both A and B`` stays a joint statement); two sources named
   together (``Princes William and Harry said``, ``Labour and the Tories
   said``) are one joint speaker, named as written.  A quote inside a
   narration sentence with no speech verb (``Lee admires him as "…"``)
   belongs to the sentence's named subject.
4. **Resolution**: a name → its entity (by full name, surname or given name);
   a role ("the French president") → the named person whose title holds those
   words in this article, else the role as written ("a Downing Street
   spokesman"); a bare surname shared by two people → the one who has spoken,
   else the one introduced first; ``he``/``she`` → the subject of its own
   sentence, else the most recently mentioned person who has spoken or holds
   a title, skipping people of the other gender (from ``Mr``/``Mrs`` and how
   the article refers back to them), never a name inside a quote; a quote
   with no cue → the speaker of the latest speech event before it
   (continuity across quote paragraphs).
5. **Reported speech** without quote marks (``Putin stated that he would …``):
   a narration sentence with a speech verb followed by ``that`` (or by a
   subject pronoun after ``say``) gives an ``indirect`` row spanning the
   reported clause, so speaker tone is not limited to direct quotes.

Scare quotes, titles and nicknames (short fragments with no speech cue of
their own, or capitalised titles such as "Meet the Press") get
``kind='nonspeech'``; the pipeline leaves them out of ``res.quotes``.

References:
    Pouliquen, B., Steinberger, R. & Best, C. (2007). Automatic Detection of
    Quotations in Multilingual News. RANLP.
    Pareti, S. (2016). PARC 3.0: A Corpus of Attribution Relations. LREC.
    Asr, F. T., Mazraeh, M., Lopes, A. et al. (2021). The Gender Gap Tracker:
    Using Natural Language Processing to measure gender bias in media.
    PLoS ONE 16(1).
    Newell, E., Margolin, D. & Ruths, D. (2018). An Attribution Relations
    Corpus for Political News (PolNeAR). LREC.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis import gender, resources, wire
from analysis._types import Span
from analysis.gender import is_given_name, speaker_gender
from analysis.quotes import (
    FLAT_BLOCK_CHARS,
    Quote,
    find_quotes,
    looks_like_nonspeech,
    looks_like_title,
    mark_end,
    quote_blocks,
)
from analysis.reported import (
    AFFILIATION_PREPOSITIONS,
    AFFILIATION_REACH,
    DASHES,
    DESCRIPTION_VERBS,
    FINITE_AUX,
    FINITE_TAGS,
    FLOATING_QUANTIFIERS,
    FRONTED_CONJUNCTIONS,
    FRONTED_OPENERS,
    MAX_OWNED_MODIFIERS,
    MAX_RELATIVE_CLAUSE,
    NUMBER_WORDS,
    PASSIVE_AUX,
    PAST_TAGS,
    PERCEPTION_FORMS,
    PLACE_OR_BODY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_PRONOUNS,
    POSSESSIVE_SUBJECTS,
    RELATIVE_OPENERS,
    RELATIVES,
    REQUEST_NOUNS,
    SPOKEN_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    Report,
    affiliation_word,
    cue_lemmas,
    described,
    find_reported,
    find_turns,
    inflections,
    owned_speech_nouns,
    participle_subject,
    possessive,
    reporting_verbs,
)
from analysis.tokenize import (
    MARK_SPELLINGS,
    RUNNING_WORD_LETTERS,
    SPEAKER_TOKEN,
    SPELLED_SPEAKER_TOKEN,
    WORD_SPELLING,
    WORD_SPELLING_CHARS,
    WORD_SPELLINGS,
    fold,
    furniture_spans,
)

if TYPE_CHECKING:  # pragma: no cover
    from analysis.article import Article

__all__ = ["Attribution", "Speaker", "attribute", "cue_verbs"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """A quote or a piece of reported speech and who said it.

    Attributes:
        start: Offset of the quoted or reported text.
        end: Offset just past it.
        kind: ``'full'``, ``'partial'``, ``'indirect'`` or ``'nonspeech'``.
        speaker: Canonical speaker name or descriptive role, or ``None``.
        mention: The words naming the speaker at this quote, as written
            ("he", "the French president"), or ``None`` (continuity).
        cue: The speech cue ("said", "according to", ":"), or ``None``.
        paragraph: Index of the text block (:func:`~analysis.quotes.quote_blocks`) it starts in.
        mention_start: Offset of the mention, or ``None`` (continuity, or not located).
        mention_end: Offset just past the mention, or ``None``.
    """

    start: int
    end: int
    kind: str
    speaker: str | None
    mention: str | None
    cue: str | None
    paragraph: int
    mention_start: int | None = None
    mention_end: int | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person, organisation or unnamed source that speaks in the article.

    Attributes:
        name: Canonical name: the full name as first given, or a role.
        aliases: Other forms the article uses or could use ("Putin", "Mr Putin").
        title: Title or role as the article gives it ("Russian President"), if any.
        kind: ``'person'``, ``'organisation'`` or ``'role'``.
        gender: ``'female'``, ``'male'`` or ``'unknown'`` (:func:`analysis.gender.speaker_gender`).
    """

    name: str
    aliases: tuple[str, ...]
    title: str | None
    kind: str
    gender: str = "unknown"


@dataclass(frozen=True, slots=True)
class AttributionResult:
    """What :func:`attribute` found.

    Attributes:
        attributions: Quotes and reported speech in reading order.
        speakers: The speakers among them, keyed by canonical name.
    """

    attributions: tuple[Attribution, ...]
    speakers: dict[str, Speaker]


# ---------------------------------------------------------------- lexicons

# Reporting verbs: base form → irregular forms (regular -s/-ed/-ing forms are generated).  These cue quotes and
# shape speaker phrases; which verbs cue *reported* speech is the finder's lists (analysis.reported, learned on
# PolNeAR train), which ``is_cue`` accepts at the finder's rows even where this list lacks them.
_CUE_BASES = """
say:said tell:told add warn claim state note explain insist argue assert declare announce write:wrote,written
tweet post ask reply respond answer continue recall suggest acknowledge admit confirm deny report observe
predict promise vow pledge urge describe complain concede contend emphasize emphasise stress remark comment
mention joke quip shout yell scream whisper boast brag charge accuse allege maintain reiterate repeat conclude
affirm testify lament muse wonder recount speculate estimate caution counter retort hint indicate agree
proclaim exclaim cry:cried sing:sang,sung read chant plead:pled declare concur point grumble mutter sigh
thunder blast slam criticize criticise praise thank interject begin:began,begun go:went,gone put
call implore beg demand instruct command accuse blame mock tease question challenge dismiss reject defend
elaborate confess reveal disclose recount characterize characterise label brand dub term hail applaud welcome
condemn denounce decry deplore lambaste scold chide rebuke advise recommend propose encourage announce
pronounce swear:swore,sworn guarantee assure reassure forecast inquire enquire query rebut snap fire shoot:shot
groan moan apologize apologise congratulate inform notify remind brief confide murmur mumble bellow roar recite
blog email text message publish summarize summarise echo underline underscore highlight refute dispute
contradict correct clarify reflect ponder insist acknowledge signal scoff sneer gush rave rant lash chime attack cite
""".split()
# Verbs that report speech only with a particle or object ("point out", "go on", "put it").
_WEAK_CUES = frozenset(
    {
        "point",
        "go",
        "goes",
        "went",
        "going",
        "gone",
        "put",
        "puts",
        "putting",
        "begin",
        "began",
        "begun",
        "begins",
        "beginning",
        "read",
        "reads",
        "reading",
        "agree",
        "agreed",
        "agrees",
        "agreeing",
        "fire",
        "fired",
        "fires",
        "firing",
        "shoot",
        "shot",
        "shoots",
        "shooting",
        "text",
        "texts",
        "texted",
        "echo",
        "echoes",
        "echoed",
        "term",
        "terms",
        "termed",
        "message",
        "messages",
        "post",
        "posts",
        "posted",
        "posting",
        "lash",
        "lashed",
        "snap",
        "snapped",
        "question",
        "questions",
        "questioned",
        "signal",
        "signals",
        "signaled",
        "signalled",
        "correct",
        "brand",
        "brands",
        "branded",
        "label",
        "labels",
        "labeled",
        "labelled",
        "charge",
        "charges",
        "charged",
        "chime",
        "chimes",
        "chimed",
        "chiming",
        "attack",
        "attacks",
        "attacked",
        "attacking",
    }
)

#: Forms of the finder's verbs that are more often common nouns ("peace talk", "in no particular order", "gave
#: voice to"): they cue speech only in a shape of speech, like :data:`_WEAK_CUES`.  On PolNeAR train's fit part
#: the finder's rows at them are 1 gold cue in 9; at its other verbs this module's list lacks, 108 in 127.
_FINDER_ONLY_CUES = frozenset({"talk", "order", "orders", "voice", "voices"} | inflections("threaten"))
#: Weak cues whose infinitive is what was said ("threatened to veto the bill"; "threatened a try" is no speech).
_INFINITIVE_CUES = frozenset({"threaten"})


def _speech_shaped(text: str, low: str, report: Report) -> bool:
    """Whether a report the finder read at a weak cue has the shape of speech: a that-clause, an infinitive after
    "threaten", or an object with
    its description after a description verb ("attacked the plan as unworkable"; "attacked the plan" is no report)."""
    content = text[report.start : report.end]
    lemma = cue_lemmas().get(low)
    if content[:5].lower() == "that " or (lemma in _INFINITIVE_CUES and content[:3].lower() == "to "):
        return True
    return lemma in DESCRIPTION_VERBS and described(content)


@functools.cache
def _event_words() -> frozenset[str]:
    """The lower-case tokens :class:`_Doc` lists for the later stages: cue verbs, gendered pronouns and the quote
    token (the union of a few hundred forms, made once, not per article)."""
    return cue_verbs() | _GENDERED.keys() | {QUOTE_TOKEN.lower()}


@functools.cache
def cue_verbs() -> frozenset[str]:
    """Every form of the reporting verbs the engine knows (lower case).

    Returns:
        The set of verb forms, e.g. ``said``, ``says``, ``saying``, ``told``.
    """
    out: set[str] = set()
    for item in _CUE_BASES:
        base, _, irregular = item.partition(":")
        forms = inflections(base)
        if irregular:
            forms = {f for f in forms if not f.endswith("ed")} | set(irregular.split(","))
        out |= forms
    out.discard("says")
    return frozenset(out | {"says", "quoted", "quoting", "quotes"})


_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "we": "p", "i": "1"}
#: Contracted auxiliaries a subject pronoun carries in one token ("We've", "They're", "I'd", "I'm"). "'s" is left
#: out: "It's" mostly opens an impersonal clause ("It's become such a presence that Sanders thanked …") whose cue
#: has a subject of its own, and the rules already read "He's"/"She's" as they did.
_CONTRACTIONS = frozenset({"'ve", "'re", "'ll", "'d", "'m"})


def subject_pronoun(low: str) -> str | None:
    """The subject pronoun a lower-case token is, alone or with a contracted auxiliary ("we've" → "we"), else
    ``None``: the tokenizer keeps "We've told" whole, and a capitalised contraction is never a name."""
    if low in _PRONOUNS:
        return low
    cut = low.find("'")
    return low[:cut] if cut > 0 and low[:cut] in _PRONOUNS and low[cut:] in _CONTRACTIONS else None


_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_DETERMINERS = frozenset("the a an one another two three four several some many most his her its their our".split())
#: Quantifiers that open a description of people the text counts rather than names ("one former executive",
#: "another aide", "two officials", "all three candidates"): never a holder named before.
QUANTIFIERS = frozenset("one some many several other most few both each another all neither".split()) | NUMBER_WORDS
AUX = frozenset(
    "also has had have was were is are will would could should may might must did does do been be being not never "
    "later then previously once again recently just simply reportedly already further only even still allegedly "
    "first finally repeatedly publicly privately subsequently earlier often always sometimes usually n't".split()
)
# Capitalised words that are titles or descriptors before a name (members of a parliament by its letters too: MP,
# MEP, MK for the Knesset, MSP, MLA: "MK Dov Ronen" … "MK Ronen" is Dov Ronen; British copy's councillor and police
# ranks without a period: Cllr, DCI, DCS; not the two-letter PC, DC, DS, DI, which are firms' and clubs' letters
# too: "PC World", "DC United"; the rank "Const." spells, written out: "Chief Constable Jo Hale", "Constable Jo Hale").
_TITLE_WORDS = frozenset(
    """president vice prime minister secretary senator sen rep representative congressman congresswoman gov governor
    mayor chancellor king queen prince princess pope judge justice gen general col lt sgt adm admiral mr mrs ms miss
    dr prof professor sir dame lord lady rev father sens reps del atty sec supt maj cmdr amb chairman chairwoman chair speaker leader director chief
    commissioner ambassador attorney ceo officer deputy foreign defence defense finance health interior home
    commerce treasury state labor trade energy education sheriff detective inspector archbishop bishop
    cardinal rabbi imam coach captain capt candidate nominee host anchor spokesman spokeswoman spokesperson founder
    executive manager councillor councilman councilwoman delegate premier emir sheikh crown democrat republican
    democratic gop tory labour conservative liberal independent former acting assistant majority minority
    house senate press communications national campaign general-elect president-elect reverend mp mep mk msp mla
    economist analyst pollster strategist lawyer columnist author editor correspondent reporter presenter
    administrator superintendent commandant marshal provost dean rector chancellor vice-chancellor treasurer
    comptroller inspector-general surgeon u.s u.k u.n e.u chairperson activist representatives rival challenger
    opponent incumbent billionaire businessman businesswoman actress rapper comedian filmmaker entrepreneur
    coordinator msp msps mla mlas mpp mpps mna mnas td mha mps meps cpl pvt cdr insp det brig const cst coun ald
    cllr dci dcs constable""".split()
)
#: Words of a role phrase that say when the role was held, not which role ("the former senator", "the then
#: secretary of state"): stop words that stay inside a description, before its head noun.
TENURE_WORDS = frozenset({"former", "then", "ex"})
#: Stop words that modify a role noun after its determiner ("the former senator", "the first lady"): a
#: description read back from its head runs over them to its determiner.
ROLE_STOP_MODIFIERS = TENURE_WORDS | {"first", "other"}
#: The gender an honorific or gendered title among a name's title words states ("m"/"f"): read from the one table of
#: gendered words (:data:`analysis.gender.GENDER_WORDS`).
_GENDER_LETTER = {gender.FEMALE: "f", gender.MALE: "m"}


def _noun_kinds() -> dict[str, str]:
    """Common noun -> ``person`` or ``body``, learned from WordNet's first speaking senses
    (``training/noun_kinds.py`` writes ``analysis/data/noun_kinds.txt``)."""
    return {word: kind for word, kind in resources.packaged_rows("noun_kinds.txt")}


_NOUN_KINDS = _noun_kinds()
#: Common nouns for a person ("lecturer", "midwife", "mogul"): a description source of their own, learned.
PERSON_NOUNS = frozenset(w for w, k in _NOUN_KINDS.items() if k == "person")
#: Common nouns for a body that speaks ("embassy", "ministry", "council"): a description of a body is an
#: organisation speaker, not a role.
BODY_NOUNS = frozenset(w for w, k in _NOUN_KINDS.items() if k == "body")
#: Nouns for a person of a place ("Briton", "Vermonter", "New Yorker"), learned from WordNet
#: (``training/demonyms.py`` writes ``analysis/data/demonyms.txt``): before a personal name they describe the
#: person ("Briton Jenson Button") and are no part of the name.
PLACE_PEOPLE = frozenset(resources.packaged_lines("demonyms.txt"))
#: Most words of a demonym (:data:`PLACE_PEOPLE`: "New Yorker", "South Dakotan").
DEMONYM_WORDS = max(len(w.split()) for w in PLACE_PEOPLE)
#: Heads of a role phrase that are many people, not a body ("the staff", "fans", "the family").
PEOPLE_HEADS = frozenset("staff people family fans users spokespeople".split())
#: Prepositions that end a description's head part ("The British embassy in Moscow", "a lecturer from York").
_HEAD_ENDS = frozenset({"of", "for", "from", "at", "with", "in", "on", "to"})
# Nouns for people and bodies that speak: the head of a role phrase ("a Downing Street spokesman").  The learned
# PERSON_NOUNS are not added here: read everywhere a role noun is, common ones ("ministers have") break names
# and clauses; they make a role only where a role is expected (:func:`person_head`, the appositive roles).
_ROLE_NOUNS = frozenset(
    """president minister premier boss chancellor secretary spokesman spokeswoman spokesperson spokespeople official
    officials aide aides adviser advisor advisers advisors source sources lawyer lawyers attorney attorneys senator
    senators congressman congresswoman lawmaker lawmakers representative representatives governor mayor leader
    leaders chairman chairwoman chair director executive executives ceo founder analyst analysts expert experts
    economist economists professor researcher researchers scientist scientists pollster strategist strategists
    candidate nominee police officer officers judge prosecutor prosecutors investigators investigator witness
    witnesses resident residents voter voters supporter supporters critic critics activist activists observers
    observer diplomat diplomats ambassador envoy manager host anchor reporter reporters journalist author authors
    organizers organisers administration government ministry agency company firm group committee commission party
    team campaign statement report study survey poll memo letter website spokesmen owner owners worker workers
    member members head chief general commander student students teacher doctor doctors nurse historian
    user users fan fans employee employees staff staffer staffers insider insiders person people man woman
    friend friends family neighbor neighbour mother father son daughter wife husband brother sister
    negotiator negotiators regulator regulators economist post posts tweet blog note release department bureau""".split()
)
_ORG_WORDS = frozenset(
    """house senate congress department ministry agency administration party committee commission council court
    office bureau campaign foundation institute university college school center centre association union group
    bank fund corporation corp inc company co ltd llc news post times journal press network media service
    services board authority organization organisation alliance coalition federation trust reuters guardian
    telegraph tribune herald magazine police army navy force forces kremlin pentagon parliament assembly
    government club society project watch pac partners associates daily weekly channel tv radio airlines motors
    systems technologies labs laboratory hospital church cnn bbc nbc abc cbs msnbc fox npr ap afp wikileaks
    twitter facebook google apple microsoft amazon store states kingdom republic nation nations emirates festival
    olympics cup expo conference summit forum awards prize act treaty agreement accord program programme
    avenue airport stadium county city district province parish borough township region valley island bay boulevard
    bridge harbor harbour coast river road peninsula""".split()
)
_NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "den", "al", "bin", "ibn", "la", "le", "du", "del", "di", "dos", "el"}
)

# Tokens: words, titles and initials with their dot, or one punctuation character (tokenize.SPEAKER_TOKEN).
_TOKEN = SPEAKER_TOKEN
#: How far (in tokens) a cue is looked for from a quote: keeps the work per quote bounded in
#: run-on text without sentence breaks, so the whole pass stays linear.
_SCAN = 80
#: How many words a description after a name may run to its cue when its closing comma is missing
#: ("Jane Doe, chief executive of Acme Holdings said"): a role and an organisation's name.
_APPOSITIVE_REACH = 12
#: Words that end a description after a name and open a clause of its own ("Jane Doe, who …"); not "and" ("president and CEO").
_APPOSITIVE_BREAKS = RELATIVES | {"but", "when", "while", "because"}
#: The token that stands for a whole quote in a speaker document (:class:`_Doc`), and the one for a paragraph break.
QUOTE_TOKEN = "\x00Q"
PARA_TOKEN = "\x00P"
#: The marks that end a clause in a speaker document: a comma, a full stop, a semicolon, a colon, a quote or a
#: paragraph.  Each reader's stop set is this base plus or minus the marks named beside it.
CLAUSE_MARKS = frozenset({",", ".", ";", ":", QUOTE_TOKEN, PARA_TOKEN})


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


#: Distinct words whose :func:`_base` and :func:`_is_name_token` are remembered: both are asked about the
#: same few words tens of thousands of times per corpus; the bound keeps a long run's memory flat.
_WORD_CACHE_SIZE = 16384


@functools.lru_cache(maxsize=_WORD_CACHE_SIZE)
def _base(tok: str) -> str:
    """Lower-cased token without a final period or possessive ending; a hyphened role is its head
    (:func:`_hyphened_role`: "co-host" -> "host")."""
    t = tok.lower().rstrip(".")
    t = t[:-2] if t.endswith("'s") else t
    if t in _TITLE_WORDS and _acronym_not_title(tok, t):
        return tok  # "the SEC said": an acronym, not "Sec." (secretary); kept in capitals, so no title word
    return _hyphened_role(t, tok) if "-" in t else t


def _acronym_not_title(tok: str, low: str) -> bool:
    """Whether ``tok``, whose lower case is the title word ``low``, is an acronym: written in capitals without
    a period ("SEC", the Securities and Exchange Commission; "GEN") where the title is an abbreviation the
    Brill lexicon writes with one ("Sec.", "Gen.", "Rep."), and no word of its own in lower case ("home",
    "miss").  A title that is itself written in capitals ("MP", "CEO") has no such entry and stays a title."""
    if not (tok.isalpha() and tok.isupper() and len(tok) > 1):
        return False
    lower, caps = resources.brill_lexicon()
    return low + "." in caps and low not in lower


def role_parts(word: str) -> tuple[str, ...]:
    """A role word as the words a role is matched by: a hyphened role's modifier and head ("vice-chairman" ->
    ("vice", "chairman"), "co-host" -> ("co", "host"): :func:`_hyphened_role`), else its :func:`_base`; the
    modifier stays, so "the vice-chairman" is not the chairman named earlier."""
    base = _base(word)
    low = word.lower().rstrip(".")
    if "-" not in low or base == low:
        return (base,)
    return (*low.rpartition("-")[0].split("-"), base)


def _hyphened_role(low: str, written: str, heads: frozenset[str] = _TITLE_WORDS) -> str:
    """The role or title a hyphened compound ends in, when its first part is a modifier: "co-host" -> "host",
    "Vice-chairman" -> "chairman", "ex-minister", "Then-Governor"; else ``low`` unchanged (``written``: the
    word as written).

    The head of an English compound is its last part.  Only a compound that is no title or role of its own
    ("vice-chancellor", "president-elect" stay whole) and ends in a title word is read so (not any person
    noun: a "front-runner" is no runner, "co-workers" stay a group of their own), and only when its head is
    written in lower case ("co-host", "Ex-minister") or its first part is a word the Brill lexicon knows in
    lower case ("Then-Governor", "Vice-President"): a double surname ("Kilroy-Silk", "Haji-Ioannou") keeps
    its form, and a body's modifier ("anti-government") names no person.  ``heads``: the words a head may be
    (the title words by default; ``attribution._title_head`` also takes a role noun: "co-chairman").
    """
    if low in _TITLE_WORDS or low in _ROLE_NOUNS:
        return low
    first, _, head = low.rpartition("-")
    if not first or head not in heads:
        return low
    if written.rpartition("-")[2][:1].islower():
        return head
    known = resources.brill_lexicon()[0]
    # an abbreviated rank before another ("Det.-Sgt.", Canadian police copy) is known as its title is
    return head if all(part in known or part.rstrip(".") in heads for part in first.split("-")) else low


@dataclass(slots=True)
class _Entity:
    name: str
    tokens: tuple[str, ...]
    title: str | None
    kind: str  # person | organisation | role
    first: int
    mentions: list[int]
    gender_votes: list[int]  # [male, female]
    honorific: str | None = None
    spoke_at: int | None = None  # token index of its first speech event
    short_forms: tuple[str, ...] = ()  # a body's bracketed short form ("GM" for "General Motors (GM)")
    # the gender letter a gendered noun describing the person states ("the actress Jo Roe"), "" when two disagree
    described: str | None = None

    @property
    def gender(self) -> str | None:
        if self.honorific:
            return self.honorific
        m, f = self.gender_votes
        if m > f:
            return "m"
        if f > m:
            return "f"
        return None

    def aliases(self) -> tuple[str, ...]:
        if self.kind == "organisation":
            return self.short_forms
        if self.kind != "person" or len(self.tokens) < 2:
            return ()
        surname = self.tokens[-1]
        out = [surname]
        if self.gender == "m":
            out.append(f"Mr {surname}")
        elif self.gender == "f":
            out += [f"Ms {surname}", f"Mrs {surname}"]
        return tuple(out)


#: Letters of a body's short form in brackets after its name ("GM", "UAAR", "NSPCC").
SHORT_FORM_LETTERS = (2, 6)


#: How many tokens after a quote its trailing cue stands in (`"…," said the party's leader`, `"…," he said`).
FLAT_TRAILING_CUE_TOKENS = 6
#: The tokens that end a sentence.
_FULL_STOPS = frozenset(".?!")


#: A question's cue verbs, whose next noun phrase is who is asked (`"…?" Lee asked the minister.`).
_ASKING_VERBS = inflections("ask")
#: Words that open a clause of its own right after a cue verb (`Lee said they …`, `Lee said the plan …`): the verb
#: reports that clause, and is no tag of the quote before it.
_OWN_REPORT_OPENERS = frozenset({"that"} | SUBJECT_PRONOUNS | _DETERMINERS)


def _tags_quote(token_re: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """Whether the narration ``text[s:e]`` after a quote that closed its sentence opens as the quote's tag.

    A tag is a cue verb in the first :data:`FLAT_TRAILING_CUE_TOKENS` tokens, before any full stop, that reports
    nothing of its own: `"…." Jo Hale said.`, `"…." said the mayor`, `"…." Lee told the paper`.  A subject's cue
    followed by a clause (`"…." Acme says they must …`, `"…." Lee said the plan …`) opens a new report, as in a
    paragraph of its own (:meth:`_Doc._flat_words`; `_right_cue` reads such a cue after a closed quote the same way).
    """
    words = [m.group() for m in itertools.islice(token_re.finditer(text, s, e), FLAT_TRAILING_CUE_TOKENS + 2)]
    verbs = cue_verbs()
    for i, word in enumerate(words[:FLAT_TRAILING_CUE_TOKENS]):
        if word in _FULL_STOPS:
            return False
        low = word.lower()
        if low in verbs:
            k = i + 1
            while k < len(words) and words[k].endswith("ly") and words[k][:1].islower():
                k += 1  # `said firmly`
            opens = k < len(words) and words[k].lower() in _OWN_REPORT_OPENERS
            # an inverted cue (`said the mayor`) and an object verb's object (`told the paper`) are no clause
            return not (i and opens and low not in _OBJECT_VERBS and low not in _ASKING_VERBS)
    return False


#: A quote's last sentence mark, closing it but for marks and spaces after it ("… now."", "… now?" '): the quote
#: may end its sentence (:meth:`_Doc._quote_ends_sentence`; compiled once, read for every quote).
_SENTENCE_END_MARK = re.compile(r"[.?!]\W*$")


def _word_spelling(m: re.Match[str]) -> str:
    """The character a spelling in a word stands for (``&rsquo;`` and ``â€™`` → ``'``, ``&amp;`` → ``&``)."""
    return WORD_SPELLINGS[m.group().lower()]


def _spelled_token(tok: str) -> str:
    """A token of a text with spellings (:data:`SPELLED_SPEAKER_TOKEN`) as the plain text's token: a mark's spelling
    the mark (``&ldquo;`` → ``“``, ``&quot;`` → ``"``, a curly apostrophe straight as in :attr:`_Doc.folded`), a
    word's spellings their characters (:func:`_word_spelling`)."""
    mark = MARK_SPELLINGS.get(tok.lower())
    if mark is not None and mark != "'" and mark != "\u2019":
        return mark
    return WORD_SPELLING.sub(_word_spelling, tok)


class _Doc:
    """The token stream of an article and its entity registry."""

    def __init__(self, text: str, blocks: Sequence[Span], quotes: Sequence[Quote]) -> None:
        self.text = text
        self.blocks = blocks
        # Curly apostrophes as straight ones (same length, so offsets hold): "Putin’s" is "Putin's".
        self.folded = text.replace("\u2019", "'")
        # An export's spellings ("Powell&rsquo;s", "AT&amp;T") are read as the characters they stand for.
        self.spelled = any(char in text for char in WORD_SPELLING_CHARS)
        self.token_re = SPELLED_SPEAKER_TOKEN if self.spelled else _TOKEN
        # Speech without quote marks (analysis.reported): transcript turns are quotes of their
        # speakers; reported clauses are rows found at their cue, their source resolved as a mention.
        turns = find_turns(text, blocks)
        self.turns: dict[int, Report] = {}
        if turns:
            quotes = _with_turns(quotes, turns, self.turns)
        self.quotes = quotes
        self.tok: list[str] = []
        # Word tokens are kept as strings only; their offsets are recomputed on demand for
        # the few tokens that end up in a table (see offsets()).
        self.slices: list[tuple[int, int, int, int]] = []  # (first token, start, end, block) of each narration run
        self._slice_first: list[int] = []
        self._slice_starts: list[int] = []
        self._spans: dict[int, tuple[list[int], list[int]]] = {}  # run → token starts and ends (_run_spans)
        # offsets() and token_at() by argument: the readers ask about the same few tokens again and again
        self._offsets: dict[int, tuple[int, int, int]] = {}
        self._token_at: dict[int, int] = {}
        # _np_at() by (start, limit), _np_before() by (end, sentence start) and _source_np() by span: the cue
        # readers, sentence subjects, report sources and the attribution pass parse the same phrases
        self._phrases: dict[tuple[int, int], _NP | None] = {}
        self._phrases_before: dict[tuple[int, int], _NP | None] = {}
        self._sources: dict[Span, _NP | None] = {}
        self.special: dict[int, tuple[int, int, int]] = {}  # quote and paragraph tokens → (start, end, block)
        self.quote_at: dict[int, int] = {}  # token index → quote index
        # Page furniture is looked for in each run only when its words stand anywhere in the text: one scan of the
        # article (nearly all have none) instead of one per run between quotes (:data:`wire.PAGE_FURNITURE_WORDS_ANYWHERE`)
        self._furniture = wire.PAGE_FURNITURE_WORDS_ANYWHERE.search(self.folded) is not None
        self._tokenise(blocks)
        self.n = len(self.tok)
        # One string object per distinct token and per distinct lower-case form: a long
        # text repeats a small vocabulary, and per-token copies were most of this stage's
        # memory (two strings per token; ~150 MB for a 5 MB text).
        canonical: dict[str, str] = {}
        # (these per-token passes map bound methods, which run in C)
        self.tok = list(map(canonical.setdefault, self.tok, self.tok))
        lower = dict(zip(canonical, map(str.lower, canonical)))
        self.low = list(map(lower.__getitem__, self.tok))
        # Capitalised tokens that can be part of a name: classify each distinct token once.
        # A month that is a date is read as a common noun, so that no name or noun phrase takes it in.
        # (only those words are visited, found in one C-level pass)
        for k in itertools.compress(itertools.count(), map(_MONTHS_AND_MODALS.__contains__, self.low)):
            low = self.low[k]
            if low in _NAME_MONTHS and _month_as_date(self.tok, self.low, k):
                self.tok[k] = low
            elif low in _MONTH_ABBREVIATIONS and _month_as_date(self.tok, self.low, k):
                self.tok[k] = low  # "DEC 25", "on DEC 5": a date; "DEC said" stays an acronym
            elif low in _NAME_MODALS and not _modal_as_name(self.tok, k):
                self.tok[k] = low  # "Will he run?": the modal; "Will wrote", "George Will" stay names
        # The distinct tokens, as final (no token changes after the modals and months above): the name test here,
        # the attribution index's lower-case words and its description heads each read them (one set, made once).
        self.vocab: frozenset[str] = frozenset(self.tok)
        names = set(filter(_is_name_token, self.vocab))
        self.cap = list(map(names.__contains__, self.tok))
        for k in itertools.compress(itertools.count(), map(_WEEKDAYS.__contains__, self.tok)):
            if (
                k + 1 < len(self.tok)
                and self.cap[k + 1]
                and self.low[k + 1] in _PAPER_WORDS
                and (k == 0 or self.low[k - 1] not in _WEEKDAY_DATE_WORDS)
            ):
                self.cap[k] = True  # "the Sunday Times", "the Sunday Telegraph": a paper's name, no date
        for k in itertools.compress(itertools.count(), map("First".__eq__, self.tok)):
            if k + 1 < len(self.tok) and self.low[k + 1] in _FIRST_NATION_HEADS and k != 0 and self.cap[k - 1]:
                self.cap[k] = True  # "the Sandy Lake First Nation": the ordinal inside a nation's name, no stop word
        for k in itertools.compress(itertools.count(), map(_STATE_FORMS.__contains__, self.low)):
            if _town_state(self.tok, self.cap, k):
                self.cap[k] = False  # "in Fresno, Calif.": where, never who (a speaker "Calif" said it)
        # "Editor's note: Ann Lee is …": the page's label, never a speaker (no name, no mention)
        self.label_tokens = frozenset(
            m
            for k in itertools.compress(itertools.count(), map(":".__eq__, self.tok))
            for m in _document_label(self.tok, self.low, k)
        )
        for m in self.label_tokens:
            self.cap[m] = False
        self.sentence_start = self._sentence_starts()
        # One pass for the tokens later stages visit: quotes and cue verbs, gendered pronouns.
        wanted = _event_words()
        hits = list(itertools.compress(itertools.count(), map(wanted.__contains__, self.low)))
        self.gendered = [k for k in hits if self.low[k] in _GENDERED]
        self.events = [k for k in hits if self.low[k] not in _GENDERED or self.low[k] in cue_verbs()]
        marked = [(q.open, _after(q, q.end, text)) for q in quotes]
        self.reports: dict[int, Report] = {self.token_at(r.cue[0]): r for r in find_reported(text, blocks, marked)}
        if self.reports:
            self.events = sorted(set(self.events) | self.reports.keys())
        self.entities: dict[str, _Entity] = {}
        self.by_surname: dict[str, list[_Entity]] = {}
        self.by_given: dict[str, list[_Entity]] = {}
        self.mention_pos: list[int] = []  # token index of each entity mention, sorted
        self.mention_ent: list[_Entity] = []
        self.speaking: set[str] = set()
        # one-word names a person noun describes ("the striker Orunabe"): a person, whatever the name tables say,
        # with the gender a gendered noun states ("his wife, Jane,": "f"), else None
        self.described: dict[str, str | None] = {}
        self.given_titles = _given_name_titles(lower)
        self.collective_names: set[str] = set()  # names with a plural verb after them ("Busted have")
        self.cited_sources: set[str] = set()  # one-word names "according to" cites ("according to Crowdpac.")
        self._register_entities()

    # ------------------------------------------------------------ tokens
    def _tokenise(self, blocks: Sequence[Span]) -> None:
        quotes = self.quotes
        qi = 0
        text = self.folded
        for b, (bs, be) in enumerate(blocks):
            running = qi < len(quotes) and quotes[qi].block < b
            if b and not running:
                # (inside a quote running across paragraphs the break is no boundary: what
                # follows its closing mark still attaches to it, `…," added Rep. Jim Clyburn`)
                self._add(PARA_TOKEN, bs, bs, b)
            pos = bs
            if running:  # a quote running on from an earlier paragraph
                q = quotes[qi]
                if q.end_block > b:
                    continue  # the whole paragraph is inside it
                pos = _after(q, be, text)
                qi += 1
            flat = be - bs > FLAT_BLOCK_CHARS
            prev = None
            while qi < len(quotes) and quotes[qi].block == b:
                q = quotes[qi]
                if flat:
                    self._flat_words(text, pos, q.open, b, prev)
                else:
                    self._words(text, pos, q.open, b)
                self.quote_at[len(self.tok)] = qi
                self._add(QUOTE_TOKEN, q.start, q.end, b)
                if q.end_block > b:
                    pos = be
                    break
                pos = _after(q, be, text)
                qi += 1
                prev = q
            if flat:
                self._flat_words(text, pos, be, b, prev)
            else:
                self._words(text, pos, be, b)

    def _flat_words(self, text: str, s: int, e: int, b: int, prev: Quote | None) -> None:
        """:meth:`_words` for narration in a body flattened onto one line, with its virtual paragraph breaks.

        A paragraph break tells who speaks (a quote's cue is not looked for past it, a cue-less quote paragraph
        goes on with the last speaker, a new paragraph's subject ends a chain of "he"s); a flattened body has
        none.  News copy ends a paragraph with a quote that closes its sentence when no cue follows it (`Smith
        said, adding: "…." ¶ Jones, who …, wrote, "…"`), so a paragraph token stands there, for the attribution's
        reading only: the text's paragraphs and sentences stay what they are.

        Args:
            text: The (folded) article text.
            s: Where the narration starts.
            e: Where it ends (the next quote's opening mark, or the block's end).
            b: The block's index.
            prev: The quote of the same block that ends at ``s``, if any.
        """
        if (
            prev is not None
            and _SENTENCE_END_MARK.search(text, prev.start, prev.end)
            and self.token_re.search(text, s, e)  # (narration follows, not the next quote at once)
            and not _tags_quote(self.token_re, text, s, e)
        ):
            self._add(PARA_TOKEN, s, s, b)
        self._words(text, s, e, b)

    def _add(self, tok: str, s: int, e: int, b: int) -> None:
        self.special[len(self.tok)] = (s, e, b)
        self.tok.append(tok)

    def _words(self, text: str, s: int, e: int, b: int) -> None:
        # Page furniture inline in a flattened body ("… step. Story continues below "You …") is no narration:
        # read around it, it is never a mention ("Story" took the next quote's "she"), a cue or a report's words.
        for fs, fe in furniture_spans(text, s, e) if self._furniture else ():
            self._run(text, s, fs, b)
            s = fe
        self._run(text, s, e, b)

    def _run(self, text: str, s: int, e: int, b: int) -> None:
        toks = self.token_re.findall(text, s, e)
        if self.spelled:  # "Powell&rsquo;s", "Powellâ€™s", "AT&amp;T" are read as "Powell's", "AT&T" (offsets stay)
            toks = [_spelled_token(tok) for tok in toks]
        if toks:
            self.slices.append((len(self.tok), s, e, b))
            self._slice_first.append(len(self.tok))
            self._slice_starts.append(s)
            self.tok.extend(toks)

    def offsets(self, i: int) -> tuple[int, int, int]:
        """``(start, end, block)`` of token ``i``."""
        found = self._offsets.get(i)
        if found is None:
            found = self._offsets[i] = self._find_offsets(i)
        return found

    def _find_offsets(self, i: int) -> tuple[int, int, int]:
        """:meth:`offsets`, not remembered."""
        if i in self.special:
            return self.special[i]
        k = bisect.bisect_right(self._slice_first, i) - 1
        first, _, _, b = self.slices[k]
        starts, ends = self._run_spans(k)
        return starts[i - first], ends[i - first], b

    def token_at(self, offset: int) -> int:
        """Index of the narration token starting at character ``offset`` (one past the last token ending there)."""
        found = self._token_at.get(offset)
        if found is None:
            found = self._token_at[offset] = self._find_token(offset)
        return found

    def _find_token(self, offset: int) -> int:
        """:meth:`token_at`, not remembered."""
        k = max(0, bisect.bisect_right(self._slice_starts, offset) - 1)
        first, s, _, _ = self.slices[k]
        if offset == s:
            return first
        # The run's tokens, matched once, give the count wherever cutting the text at ``offset`` cannot
        # change how the text before it is matched: at a token start after white space (no token
        # pattern reads across white space), or at a token end before a character that is no word
        # character (the one character a token pattern looks at past its match is tested for being one).
        starts, ends = self._run_spans(k)
        j = bisect.bisect_left(starts, offset)
        if j < len(starts) and starts[j] == offset and self.folded[offset - 1].isspace():
            return first + j
        after = self.folded[offset : offset + 1]
        if j and ends[j - 1] == offset and not (after.isalnum() or after == "_"):
            return first + j
        return first + len(self.token_re.findall(self.folded, s, offset))

    def _run_spans(self, k: int) -> tuple[list[int], list[int]]:
        """Start and end offsets of the tokens of narration run ``k``, matched on first use: offsets()
        and token_at() come back to the same few runs many times per article."""
        spans = self._spans.get(k)
        if spans is None:
            _, s, e, _ = self.slices[k]
            found = list(self.token_re.finditer(self.folded, s, e))
            spans = self._spans[k] = (list(map(re.Match.start, found)), list(map(re.Match.end, found)))
        return spans

    def span_text(self, a: int, b: int) -> str:
        """The article text from token ``a`` to token ``b - 1``."""
        return self.text[self.offsets(a)[0] : self.offsets(b - 1)[1]]

    def _sentence_starts(self) -> list[int]:
        """For each token, the index of the first token of its sentence."""
        out = [0] * self.n
        cur = filled = 0
        enders = {".", "?", "!", QUOTE_TOKEN, PARA_TOKEN}
        # Only the possible sentence ends are visited; the runs between them are filled in one step.
        for i in [k for k, t in enumerate(self.tok) if t in enders]:
            tok = self.tok[i]
            out[filled:i] = [cur] * (i - filled)
            if tok == PARA_TOKEN:
                cur = i + 1
            out[i] = cur
            filled = i + 1
            if tok != QUOTE_TOKEN or self._quote_ends_sentence(i):
                nxt = self.tok[i + 1] if i + 1 < self.n else PARA_TOKEN
                if tok == QUOTE_TOKEN or nxt[:1].isupper() or nxt in (QUOTE_TOKEN, PARA_TOKEN) or nxt[:1].isdigit():
                    cur = i + 1
        out[filled:] = [cur] * (self.n - filled)
        return out

    def _quote_ends_sentence(self, i: int) -> bool:
        q = self.quotes[self.quote_at[i]]
        if not _SENTENCE_END_MARK.search(self.text[q.start : q.end]):
            return False
        nxt = self.tok[i + 1] if i + 1 < self.n else PARA_TOKEN
        return nxt == PARA_TOKEN or nxt == QUOTE_TOKEN or (_is_cap(nxt) and not self._cue_follows(i + 1))

    def _cue_follows(self, j: int) -> bool:
        """`"…." Smith said.`: a name (or pronoun) and a cue verb right after a quote."""
        k = j
        while k < self.n and k < j + 5 and _is_cap(self.tok[k]) and self.tok[k] not in (QUOTE_TOKEN, PARA_TOKEN):
            k += 1
        return (
            k < self.n
            and self.tok[k].lower() in cue_verbs()
            and (k + 1 >= self.n or self.tok[k + 1] in (".", ",", PARA_TOKEN))
        )

    # ------------------------------------------------------------ entities
    def _bare_title_surnames(self, runs: Sequence[tuple[int, int]]) -> set[str]:
        """Title words (lower case) that end a two-word name standing where a person's name stands: a given name of
        the name table, then the word ("Simon Tory", "Karen Chancellor"), with no determiner, number or
        preposition before it (a sentence's start, a clause mark, a cue verb or a person noun: "said Mark Judge,",
        "Simon Tory lost", "the firm's lawyer, Ruth Chancellor, said", "the veteran striker Mark Tory") and the
        end of its clause, a cue or a verb after it.  A place's politician or body takes an article or modifies a
        noun ("the Florida Republican", "an Orlando Democrat", "South Carolina Republican voters", "Melville House
        plans"); a body's word ("Georgia Senate") is never a surname here."""
        tok, low, verbs = self.tok, self.low, cue_verbs()
        found: set[str] = set()
        for a, b in runs:
            word = _base(tok[b - 1])
            if b - a != 2 or word not in _TITLE_WORDS or word in _ORG_WORDS or body_noun(word):
                continue
            if _base(tok[a]) in _TITLE_WORDS or not gender.is_given_name(tok[a]):
                continue
            opens = (
                a == self.sentence_start[a]
                or tok[a - 1] in CLAUSE_MARKS
                or low[a - 1] in verbs
                # "the veteran striker Mark Tory", "hunt supporter Ruth Chancellor": a lower-case person noun before
                or (tok[a - 1].islower() and (low[a - 1] in _ROLE_NOUNS or low[a - 1] in PERSON_NOUNS))
            )
            closes = (
                b >= self.n
                or tok[b] in _CLAUSE_ENDS
                or low[b] in verbs
                or (tok[b].islower() and resources.brill_tag(low[b])[:2] in ("VB", "MD"))
            )
            if opens and closes:
                found.add(word)
        return found

    def _register_entities(self) -> None:
        stop = resources.stopwords()
        verbs = cue_verbs()
        tok = self.tok
        runs: list[tuple[int, int]] = []
        speaking = self.speaking  # one-word names that say things ("Melanie said", "said Caddell")
        cap = self.cap
        j = 0
        for i in itertools.compress(itertools.count(), cap):  # (the capitalised tokens, picked in C)
            if i < j:
                continue  # inside the previous run
            j = _name_run_end(tok, cap, i, self.n)
            # "Boeing's European rival", "Trump's Virginia director": the owner's name ends at its possessive
            # (an adjective anywhere after one, or the place or brand of the noun after the run)
            # (most runs are one word: no generator for them)
            owner = next((m for m in range(i + 1, j) if self._owner_before_adjective(m)), None) if j > i + 1 else None
            j = owner if owner is not None else owner_end(tok, self.low, i, j)
            a = i
            # Sentence-initial function words and participles are not part of a name ("But Putin", "Asked Trump").
            while a < j and (
                # (a "Will" the modal test left capitalised is a name: "Will wrote", "Will Tolvane said")
                (self.low[a] in stop and self.low[a] not in _NAME_MODALS)
                or (a == self.sentence_start[a] and _opening_participle(tok, a))
                or _opens_sentence_only(self, a, j)
                or (_PLACE_MODIFIER.fullmatch(tok[a]) and j - a > 1)  # "Amsterdam-based OneStat"
            ):
                a += 1
            if a < j and j - a > 1 and place_adjective_before_noun(self, a, j):
                continue  # "a South Korean parliamentary report": an adjective, no body a later "it" could mean
            if a < j and tag_run(tok, a):
                continue  # "Jo Hale, NDP-Burnaby South, said", "Jo Hale (Lab)": a tag names no one
            if a < j:
                a = _titled_name_start(self, a, j, 0)  # "Chancellor of the Exchequer Gordon Brown": one titled name
                runs.append((a, j))
                if j - a == 1 and self._cited_source(a, j):
                    self.cited_sources.add(_base(tok[a]))  # "…, according to Crowdpac."
                if self._plural_verb_after(a, j):
                    self.collective_names.add(" ".join(tok[a:j]).lower())
                if j - a == 1 and (
                    (j < self.n and self.low[j] in verbs)
                    # "Taviel also said", "Kesiwen later told": an adverb between the name that opens its clause and
                    # its cue verb ("the transition in Syria once agreed": a place after a preposition, no subject)
                    or (
                        j + 1 < self.n
                        and self.low[j + 1] in verbs
                        and resources.brill_tag(self.low[j]) == "RB"
                        and (a == self.sentence_start[a] or tok[a - 1] in _CLAUSE_OPENERS)
                    )
                    # ", said Caddell." (an inverted subject ends its clause; ", says Tampa is" is not one)
                    or (
                        a >= 2
                        and self.low[a - 1] in verbs
                        and tok[a - 2] in (",", QUOTE_TOKEN)
                        and (j >= self.n or tok[j] in (",", ".", ":", "(", QUOTE_TOKEN, PARA_TOKEN))
                    )
                ):
                    speaking.add(_base(tok[a]))
                elif j - a == 1 and (noun := _described_name(self, a, j)):
                    # "the striker Orunabe", "the family's lawyer, Kesiwen, said": a person, by description
                    speaking.add(_base(tok[a]))
                    self.described[_base(tok[a])] = _GENDER_LETTER.get(gender.GENDER_WORDS.get(noun, ""))
                elif j - a == 1 and (letter := _pronoun_gendered_name(self, a, j)):
                    # "Orunabe thought he had missed it": the subject a "he" of its own clause refers back to
                    speaking.add(_base(tok[a]))
                    self.described.setdefault(_base(tok[a]), letter)
                elif j - a == 2:
                    _add_honorific_surname(self.low, a, speaking)
                elif j - a >= 3 and _titled_surname(tok[a:j], [_base(t) for t in tok[a:j]], j - a - 1):
                    # "Mayor Dale Tory": the title or party word ends a titled full name, so it is a surname
                    # wherever the article writes it ("Mayor Tory said", not the mayor's title twice)
                    speaking.add(_base(tok[j - 1]))
        # Full names first, so that a surname met before its full name still finds it.  A run
        # written the same way always means the same entity here, so each is resolved once.
        seen: dict[tuple[str, ...], _Entity | None] = {}
        found: list[tuple[int, _Entity]] = []
        speaking |= _honorific_title_surnames(tok, runs) | self._bare_title_surnames(runs)
        self._nicknamed_people(runs)
        # A run that ends in "'s" and owns nothing somewhere ("McDonald's said") names a firm wherever it is written.
        possessive_names = {tuple(tok[a:b]) for a, b in runs if _possessive_name(self, b, self.n)}
        for single in (False, True):
            if single:
                self._short_forms(runs, seen)
                self._headline_people({_base(tok[a]) for a, b in runs if b - a == 1})
            for a, b in runs:
                if (b - a == 1) != single:
                    continue
                key = tuple(tok[a:b])
                if key not in seen:
                    base = _base(key[0]) if single else ""
                    if key in possessive_names:
                        seen[key] = self.lookup(key, a, kind="organisation", possessive_name=True)
                    elif (
                        single
                        and base not in self.by_surname
                        and base not in self.by_given
                        and base not in speaking
                        and base not in self.cited_sources
                        and base not in self.entities  # a body's short form ("GM")
                    ):
                        seen[key] = None  # a lone capitalised word that names no one known ("Russia", "Monday")
                    else:
                        seen[key] = self._add_run(a, b, speaking)
                ent = seen[key]
                if ent is not None and ent.kind == "person" and ent.described != "":
                    letter = _description_letter(self, a, b)
                    if letter:
                        ent.described = letter if ent.described in (None, letter) else ""
                if ent is not None:
                    found.append((b - 1, ent))
                    ent.mentions.append(b - 1)
        found.sort(key=lambda m: m[0])
        self.mention_pos = [p for p, _ in found]
        self.mention_ent = [e for _, e in found]
        for ent in self.entities.values():
            ent.mentions.sort()

    def _nicknamed_people(self, runs: list[tuple[int, int]]) -> None:
        """A name a nickname in quotes splits (Jimmy "the Whirlwind" White: :func:`_nickname_quote`) is one
        person's: registered in full, so the surname after the nickname reaches the given name before it."""
        tok = self.tok
        for a, b in runs:
            if (
                a < 2
                or tok[a - 1] != QUOTE_TOKEN
                or not _nickname_quote(self, a - 1, self.quotes[self.quote_at[a - 1]])
            ):
                continue
            parsed = _split_title((tok[a - 2], *tok[a:b]), self.speaking, self.given_titles)
            if parsed is not None and parsed[2] == "person" and len(parsed[1]) >= 2:
                self.lookup(parsed[1], a - 2, gender=parsed[3])

    def _cited_source(self, a: int, j: int) -> bool:
        """The one-word name ``[a, j)`` is what "according to" cites and ends its clause ("…, according to
        Crowdpac.", "according to Nielsen)"): a source, registered (:attr:`cited_sources`) as the body it
        nearly always is when nothing else shows a person (a person is named in full before being cited)."""
        return (
            _after_according(self, a)
            # "according to Census data": the word modifies the source
            and (j >= self.n or self.tok[j] in _CITED_SOURCE_ENDS)
        )

    def _plural_verb_after(self, a: int, j: int) -> bool:
        """The name ``[a, j)`` opens its clause as the subject of a plural verb ("Busted have confirmed",
        "Nottingham Forest are", "pop band Busted have"): a band, team or company as British English writes
        one, not a person.  Only a name that opens its sentence or follows "the" or a noun for a kind of body
        (:data:`BODY_KIND_NOUNS`; "polls showing him behind Jane Roe are wrong" is no case), opens with no
        given name of the name table, and whose last word is no plural ("the Osbournes have", "Democrats
        are": a family or a group, read elsewhere)."""
        low = self.low
        return (
            j < self.n
            and low[j] in _PLURAL_VERBS
            and not low[j - 1].endswith("s")
            and (a == self.sentence_start[a] or low[a - 1] == "the" or low[a - 1] in BODY_KIND_NOUNS)
            and not gender.is_given_name(self.tok[a])
        )

    def _short_forms(self, runs: list[tuple[int, int]], seen: dict[tuple[str, ...], _Entity | None]) -> None:
        """A body's short form in brackets after its name ("General Motors (GM)", "the Union of Rationalist
        Atheists and Agnostics (UAAR)") names the same body: written alone later, it is that body.

        The short form is one capitalised word of :data:`SHORT_FORM_LETTERS` letters that opens with the
        initial of the name (an acronym in another language keeps it: "UAAR" for the Italian "Unione …").
        """
        tok = self.tok
        for a, b in runs:
            ent = seen.get(tuple(tok[a:b]))
            if ent is None or ent.kind != "organisation" or b + 2 >= self.n or tok[b] != "(" or tok[b + 2] != ")":
                continue
            short = tok[b + 1]
            if (
                short.isalpha()
                and short.isupper()
                and SHORT_FORM_LETTERS[0] <= len(short) <= SHORT_FORM_LETTERS[1]
                and short[0] == tok[a][0]
            ):
                if self.entities.setdefault(short.lower(), ent) is ent and short not in ent.short_forms:
                    ent.short_forms += (short,)

    def _owner_before_adjective(self, j: int) -> bool:
        """``tok[j-1]`` is a possessive and ``tok[j]`` an adjective ("Boeing's European rival", "Trump's Republican
        critics"): the owner's name ends there; the capitalised word describes someone else (the Brill lexicon
        reads its capitalised form first as an adjective, so "Women's Media Center" stays one name)."""
        if not self.low[j - 1].endswith("'s"):
            return False
        tags = _capitalised_tags(self.low[j])
        return bool(tags) and tags[0] == "JJ"

    def _headline_people(self, lone: set[str]) -> None:
        """People named in full only in the headline ("Elizabeth Warren says …" over a body that writes
        "Warren said"): registered so that the body's surname reaches the full name.

        The headline is the text before the first block (Title Case, so capitals prove nothing): a pair
        counts only when its first word is a given name of the name table and its second is written alone
        in the body as a name (``lone``: one-word runs), and no person of the body has that surname (or
        the given name as a surname).
        """
        head_end = self.blocks[0][0] if self.blocks else 0
        if head_end <= 0:
            return
        for hit in _HEADLINE_NAME.finditer(self.folded, 0, head_end):
            given, surname = hit.group(1), hit.group(2)
            low = surname.lower()
            if (
                low in lone
                and low not in self.by_surname
                and given.lower() not in self.by_surname  # "Clinton Benghazi Email": a surname, not a given name
                and gender.is_given_name(given)
            ):
                self.lookup((given, surname), 0)

    def _add_run(self, a: int, b: int, speaking: set[str]) -> _Entity | None:
        """The entity a capitalised run names (created when it is a new full name), if any."""
        if b - a == 1 and _base(self.tok[a]) in self.by_surname:
            return self.lookup((self.tok[a],), a, create=False)  # a known person's surname ("Press")
        parsed = _split_title(self.tok[a:b], speaking, self.given_titles)
        if parsed is None:
            return None
        title, name, kind, honorific = parsed
        if honorific is None and len(name) == 1:
            honorific = self.described.get(_base(name[0]))  # "his wife, Jane,": the noun states her gender
        create = (
            len(name) >= 2
            or bool(title)
            or kind == "organisation"
            or (len(name) == 1 and (_base(name[0]) in speaking or _base(name[0]) in self.cited_sources))
        )
        ent = self.lookup(name, a, kind=kind, create=create, gender=honorific)
        if ent is None:
            return None
        if title and not ent.title:
            ent.title = " ".join(title)
        if honorific and not ent.honorific:
            ent.honorific = honorific
        return ent

    def _mention(self, ent: _Entity, pos: int) -> None:
        k = bisect.bisect(self.mention_pos, pos)
        self.mention_pos.insert(k, pos)
        self.mention_ent.insert(k, ent)
        bisect.insort(ent.mentions, pos)

    @functools.cached_property
    def _sentence_ends(self) -> list[int]:
        """For each token, one past the last token of its sentence (read on first use)."""
        ss, out = self.sentence_start, [self.n] * self.n
        for m in range(self.n - 2, -1, -1):
            out[m] = out[m + 1] if ss[m + 1] == ss[m] else m + 1
        return out

    def sentence_end(self, k: int) -> int:
        """One past the last token of the sentence that holds token ``k``.

        A paragraph token belongs to the sentence after it (:meth:`_sentence_starts`), so no sentence runs
        over a paragraph break: the end is also the first paragraph token after ``k``, if that comes first.
        """
        return self._sentence_ends[k]

    @functools.cached_property
    def written_words(self) -> frozenset[str]:
        """The lower-case forms of every token the article writes (read on first use)."""
        return frozenset(self.low)

    @functools.cached_property
    def body_kind_named(self) -> frozenset[str]:
        """Capitalised words the article writes right after a lower-case noun for a kind of body ("water firm
        Aguas Argentinas", "carmaker Ford", "US band REM"): the name's first word, evidence that the name is
        a body, not a person, wherever else it stands (read on first use)."""
        tok, low, cap = self.tok, self.low, self.cap
        return frozenset(
            tok[k] for k in range(1, self.n) if cap[k] and low[k - 1] in BODY_KIND_NOUNS and tok[k - 1][:1].islower()
        )

    @functools.cached_property
    def _body_words(self) -> frozenset[str]:
        """Lower-case forms of the capitalised words the article shows to name a body: after a noun for a
        kind of body (:attr:`body_kind_named`) or a place-based modifier ("Chicago-based Boeing")."""
        tok, cap = self.tok, self.cap
        placed = (
            tok[k]
            for k in range(1, self.n)
            if cap[k] and _PLACE_MODIFIER.fullmatch(tok[k - 1]) and not tok[k - 1].endswith(_PERSON_ORIGINS)
        )
        return frozenset(w.lower() for w in itertools.chain(self.body_kind_named, placed))

    def _body_by_evidence(self, word: str) -> bool:
        """A one-word name the article shows to be a body's, not a person's surname: written after a body's
        kind or a place-based modifier (:attr:`_body_words`: "band Busted", "carrier Aeroflot", "Chicago-based
        Boeing"), or opening the name of a body it gives ("Penske" and "Penske Automotive Group")."""
        low = word.lower()
        return low in self._body_words or any(
            e.kind == "organisation" and len(e.tokens) > 1 and e.tokens[0].lower() == low
            for e in self.entities.values()
        )

    def lookup(
        self,
        name: Sequence[str],
        pos: int,
        *,
        kind: str = "person",
        create: bool = True,
        gender: str | None = None,
        possessive_name: bool = False,
    ) -> _Entity | None:
        """The entity a name refers to, creating it when new and ``create``; ``gender`` from "Mr."/"Ms.";
        ``possessive_name`` keeps a last word's "'s" (:func:`_possessive_name`: "McDonald's said")."""
        # Only the last word's "'s" is a possessive ("Trump's" → Trump); inside a name it is the name's ("Women's
        # Institute"), and an owner that is a name keeps it ("McDonald's": ``possessive_name``).
        if not _BARE_APOSTROPHES.isdisjoint(name):  # (tested in C: every mention is looked up)
            name = _glued_possessives(name)  # "National Farmers ' Union" → "National Farmers' Union"
        last = name[-1] if name else ""
        if last.lower().endswith("'s") and not possessive_name:
            last = last[:-2]
        clean = (*name[:-1], last) if name else ()
        key = " ".join(clean).lower()
        if key in self.entities:
            return self.entities[key]
        if kind == "person" and len(clean) == 1:
            word = clean[0].lower()
            given = _given_name_like(clean[0])
            for table in (self.by_surname, self.by_given):
                cands = [
                    c
                    for c in table.get(word, ())
                    if (gender is None or c.gender in (None, gender))
                    # A lone word reaches a full name by its first word when it can be a given name ("Hillary")
                    # or the name ends in no common noun ("Ban" for Ban Ki-moon); "Trump" is no given name and
                    # "the Trump Train", "Trump Tower" end in a noun (the Brill lexicon's): things, not him.
                    and (table is self.by_surname or given or not _common_noun(c.tokens[-1]))
                ]
                if cands:
                    return _choose(cands, pos)
        elif kind == "person" and len(clean) >= 2:
            if clean[0].lower() in _NAME_PARTICLES:
                # A surname with its particles ("Mrs von der Leyen", "Mr de Villepin"): the one whose name ends so;
                # capitalised too, as a sentence's first word or as written alone ("De la Cruz says", "Van der Berg")
                cands = [
                    c
                    for c in self.by_surname.get(clean[-1].lower(), ())
                    if _ends_with(c.tokens, clean) and (gender is None or c.gender in (None, gender))
                ]
                if cands:
                    return _choose(cands, pos)
            # "Hillary Rodham Clinton" and "Hillary Clinton": same given name and surname.
            for cand in self.by_surname.get(clean[-1].lower(), ()):
                if cand.tokens[0].lower() == clean[0].lower():
                    return cand
                surname_only = len(cand.tokens) == 1 or cand.tokens[0].lower() in _NAME_PARTICLES
                if surname_only and _ends_with(clean, cand.tokens) and create:
                    # First named by surname only ("Mr. Putin"), now in full: the full name is canonical.
                    del self.entities[cand.name.lower()]
                    cand.name, cand.tokens = " ".join(clean), clean
                    self.entities[key] = cand
                    self.by_given.setdefault(clean[0].lower(), []).append(cand)
                    return cand
        if not create:
            return None
        if (
            kind == "person"
            and gender is None
            and (
                key in self.collective_names
                or (len(clean) == 1 and self._body_by_evidence(clean[0]))
                # "according to Crowdpac.": a cited one-word source is a body, unless a given name spells it or
                # the article has it speak or describes it as a person ("according to Taviel", "Taviel said")
                or (
                    len(clean) == 1
                    and _base(clean[0]) in self.cited_sources
                    and _base(clean[0]) not in self.speaking
                    and not is_given_name(clean[0])
                )
                # "water firm Aguas Argentinas", "watchdog Judicial Watch": a longer name after a body's kind is
                # the body's too, unless a given name opens it ("publisher Ron Unz": the man)
                or (clean[0] in self.body_kind_named and not is_given_name(clean[0]))
            )
        ):
            kind = "organisation"
        ent = _Entity(" ".join(clean), clean, None, kind, pos, [], [0, 0])
        self.entities[key] = ent
        if kind == "person":
            self.by_surname.setdefault(clean[-1].lower(), []).append(ent)
            if len(clean) >= 2:
                self.by_given.setdefault(clean[0].lower(), []).append(ent)
        return ent


#: A given name and a surname in a headline ("Elizabeth Warren", overlapping so "Says Elizabeth Warren" is read).
_HEADLINE_NAME = re.compile(r"(?=\b([A-Z][a-z]+) ([A-Z][a-z][\w'-]*[a-z])\b)")


def _after(q: Quote, be: int, text: str) -> int:
    """Offset just past a quote's closing mark (``''`` and a CSV export's ``""`` are two characters)."""
    if q.close is None:
        return be
    return mark_end(text, q.close)


def _ends_with(name: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a name's last words are ``tail``, case aside ("Ursula von der Leyen" ends with "von der Leyen")."""
    return len(tail) <= len(name) and all(a.lower() == b.lower() for a, b in zip(name[-len(tail) :], tail))


#: A token gluing several capitalised words ("FoleyFlagShareLikeReplyAni", a live blog's buttons between two
#: bylines): three lower-to-upper joins, which no name has ("McDonald", "DiPietro", "VanderSloot" have one).
_GLUED_WORDS = re.compile(r"[a-z][A-Z](?:.*?[a-z][A-Z]){2}")


@functools.lru_cache(maxsize=_WORD_CACHE_SIZE)
def _is_name_token(tok: str) -> bool:
    """A capitalised word that can be part of a name (not "At", "She" in Title Case text, nor a lone accented
    capital: "Â" is the mis-decoded half of a character such as "£" or a no-break space), or an Arabic name
    written with its article or kinship word ("al-Assad", "el-Sisi", "bin-Talal")."""
    if _PARTICLE_NAME.match(tok):
        return True
    low = tok.lower()
    if low in _MONTH_ABBREVIATIONS and tok.isupper():
        return True  # "DEC said": an acronym (a month abbreviation that is a date was lower-cased by _Doc)
    if low[-1:] == "." and low[:-1] in _TIME_WORDS:
        return False  # "Feb." is a month as "Feb" is ("Carrier Feb. 10 said"), not a name's last word
    if "-" in low and _common_compound(tok):
        return False  # "T-shirt", "Tony-winning", "Slovenia-born": a common word or a modifier, no name
    if _GLUED_WORDS.search(tok):
        return False  # "FoleyFlagShareLikeReplyAni": page furniture glued to names, no name of anyone
    return tok[:1].isupper() and low not in _stop_caps() and (len(tok) > 1 or tok.isascii())


#: Brill tags of a participle: a capitalised word joined to one ("Tony-winning", "Texas-based") is a modifier.
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
#: Brill tags of a proper noun: a hyphened compound the lexicon reads so ("Coca-cola") stays a name.
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})


def _common_compound(tok: str) -> bool:
    """Whether a capitalised hyphened word whose last part is written in lower case is a common word rather
    than part of a name: the Brill lexicon reads the compound itself as a common noun ("T-shirt", "X-ray",
    "E-mail"), or the compound ends in a participle ("Tony-winning", "Republican-repelling", "Slovenia-born",
    "Texas-based"): an adjective that describes the name after it, never the name.

    A compound the lexicon reads as a proper noun ("Coca-cola") or that ends in a person, role or body word
    keeps its reading ("Vice-president", "Co-author" are titles and people of :func:`_hyphened_role`), and so
    does one that ends in any other word (a double name: "Ban Ki-moon"; an adjective the lexicon knows,
    "Pro-life", is left as it was) or opens with a number word ("Two-thirds of voters": a group's quantity).
    """
    head = tok.rpartition("-")[2]
    if not head.isalpha() or not head.islower():
        return False
    if head in PERSON_NOUNS or head in _ROLE_NOUNS or head in _TITLE_WORDS or head in _ORG_WORDS:
        return False
    if tok.partition("-")[0].lower() in NUMBER_WORDS:
        return False  # a quantity ("Two-thirds of voters") opens a group, read as before
    tags = _capitalised_tags(tok.lower())
    if tags and tags[0] in _PROPER_NOUN_TAGS:
        return False
    return (bool(tags) and tags[0] in _COMMON_NOUN_TAGS) or resources.brill_tag(head) in _PARTICIPLE_TAGS


#: A surname that keeps its lower-case article or kinship word joined by a hyphen ("Bashar al-Assad").
_PARTICLE_NAME = re.compile(r"(?:al|el|ul|bin|ibn|abu|abd)-[A-Z]")


def _joins_name(tok: Sequence[str], cap: Sequence[bool], e: int, z: int) -> bool:
    """Whether the particle at ``e`` is inside a name: one or two particles, then a capitalised word before ``z``
    ("Ludwig van Beethoven", "Ursula von der Leyen", "Oscar de la Renta")."""
    if tok[e] not in _NAME_PARTICLES:
        return False
    if e + 1 < z and cap[e + 1]:
        return True
    return e + 2 < z and tok[e + 1] in _NAME_PARTICLES and cap[e + 2]


def _inner_plural_possessive(tok: Sequence[str], cap: Sequence[bool], e: int, i: int, z: int) -> bool:
    """Whether the bare apostrophe at ``e`` (the tokenizer splits "Farmers'" in two) is a plural possessive inside
    the name of a body that runs from ``i``: "the National Farmers' Union", "the Consumers' Association",
    "Universities and Colleges Employers' Association", "the Department of Veterans' Affairs".

    The word before it is a plural common noun (the Brill lexicon's lower-case reading; no given name or other
    proper noun: "Sanders' Senate campaign", "the Beatles' Apple Corps" are owners), and either the capitalised
    run after it ends in a body's word (:data:`_ORG_WORDS`) or the noun is the "of"/"for" complement of the run
    ("Department of Veterans' Affairs").  An owner before a person ("the Times' Michael Paulson", "American
    Airlines' Kent Powell"), a product or a place ("General Motors' Saturn unit") stays apart, and so does a
    closing single quote mark before a capitalised word: the word before it would have to be such a noun too.
    """
    if tok[e] not in _BARE_APOSTROPHES or e - 1 < i or e + 1 >= z or not cap[e + 1]:
        return False
    owner = tok[e - 1]
    if owner[-1:] != "s" or _given_name_like(owner) or resources.brill_tag(owner.lower()) not in _PLURAL_NOUN_TAGS:
        return False
    if e - 2 >= i and tok[e - 2].lower() in ("of", "for"):
        return True
    return _base(tok[_name_run_end(tok, cap, e + 1, z) - 1]) in _ORG_WORDS


def _glued_possessives(name: Sequence[str]) -> tuple[str, ...]:
    """The words of ``name`` with each bare apostrophe glued back to the word before it, as the text writes
    it (:func:`_inner_plural_possessive`: "Farmers", "'", "Union" → "Farmers'", "Union")."""
    words: list[str] = []
    for w in name:
        if w in _BARE_APOSTROPHES and words:
            words[-1] += w
        else:
            words.append(w)
    return tuple(words)


#: Lower-case words that join the capitalised words of one name ("Bank of America", "Center for Public
#: Integrity", "Fairmont Hotels & Resorts") when a capitalised word follows them.
_RUN_JOINERS = _NAME_PARTICLES | {"of", "for", "&"}
#: An ordinal written in figures ("1st", "22nd"): inside a rank before a title word ("Air Force 1st Lt. Jane Roe",
#: "Army 2nd Lt."), part of the titled name's run.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


#: Joiners that take "the" inside a body's name: "International Committee of the Red Cross", "American
#: Association for the Advancement of Science".
_ARTICLE_JOINERS = frozenset({"of", "for"})
#: A joiner with "the" further inside a body's complement: "Center for Science in the Public Interest".
_INNER_ARTICLE_JOINERS = frozenset({"in"})


def _article_complement(
    tok: Sequence[str], cap: Sequence[bool], j: int, limit: int, *, body: bool, complement: bool
) -> bool:
    """Whether the joiner at ``j`` and the "the" after it belong to the body's name the run is in: "of the" or
    "for the" right after a body's word (:data:`_ORG_WORDS`: "International Committee of the Red Cross",
    "American Association for the Advancement of Science"), or "in the" once the name has such a complement
    ("Center for Science in the Public Interest").  A capitalised word that can be a name follows "the".

    A person's name before "of the" ("Jane Doe of the Acme Union") or a body's name with no complement before
    "in the" ("Acme Corp. in the United States") stays apart: the phrase places or affiliates them.
    """
    if not (j + 2 < limit and tok[j + 1] == "the" and cap[j + 2] and tok[j + 2][:1].isupper()):
        return False
    word = tok[j].lower()
    if word in _ARTICLE_JOINERS:
        return _base(tok[j - 1]) in _ORG_WORDS
    return word in _INNER_ARTICLE_JOINERS and body and complement


def _name_run_end(tok: Sequence[str], cap: Sequence[bool], i: int, limit: int) -> int:
    """One past the capitalised name that starts at token ``i`` (``cap``: the tokens that can be part of a name).

    The name crosses a joiner (:data:`_RUN_JOINERS`) before a capitalised word, and "and" right after the
    "of"/"for" complement of a body's word (:data:`_ORG_WORDS`: "Union of Atheists and Agnostics", "Center
    for Economic and Policy Research"): a coordination inside a body's complement is part of the name, while
    "Smith and Jones" stays two names.  "for" is crossed after a body's word or a plural noun ("Club for
    Growth", "Citizens for Tax Justice"), not after a person's name ("Jane Doe for Acme": the body she
    writes for).
    """
    j, body, complement = i + 1, _base(tok[i]) in _ORG_WORDS, False
    while j < limit:
        if not cap[j]:
            word = tok[j].lower()
            if _joins_name(tok, cap, j, limit):
                j += 1  # "von der Leyen": a particle before a particle of the same name
                continue
            if _article_complement(tok, cap, j, limit, body=body, complement=complement):
                complement = True  # "International Committee of the Red Cross": one body's name
                j += 2
                continue
            if _inner_plural_possessive(tok, cap, j, i, limit):
                j += 1  # "the National Farmers' Union": the plural possessive is the name's own
                continue
            if not (j + 1 < limit and cap[j + 1]):
                break
            if word == "for" and not (body or (j == i + 1 and plural_noun(tok[i])) or _title_complement(tok, j, i)):
                break  # "Jane Doe for Acme": a person writing for a body ("Citizens for Tax Justice" is one)
            if (
                word == "and"
                and not (complement and not tok[j + 1].isupper())
                and not _shared_head(tok, cap, i, j, limit)
            ):
                break  # an acronym after "and" names a second body ("… Politics and USA TODAY")
            if _ORDINAL.fullmatch(word) and _base(tok[j + 1]) in _TITLE_WORDS:
                j += 1  # "Air Force 1st Lt. Jane Roe": the ordinal of a rank
                continue
            if word not in _RUN_JOINERS and word != "and":  # (no set built per word)
                break
            # One "and", inside the complement of a body's word: "Center for Economic and Policy Research",
            # not "Sen. Ted Cruz of Texas and Sen. Rand Paul" nor a second body after the first.
            complement = body and word in ("of", "for")
        body = body or _base(tok[j]) in _ORG_WORDS
        j += 1
    return j


#: Fewest capitalised words after "and" in a body's name whose head both sides share ("… and College Union"): a
#: modifier and the head; a lone word after "and" ("Google and Apple") is a second name.
SHARED_HEAD_WORDS = 2


def _shared_head(tok: Sequence[str], cap: Sequence[bool], i: int, j: int, limit: int) -> bool:
    """Whether the "and" at ``j`` joins two modifiers of one body's head noun in the name run from ``i``:
    "University and College Union", "Parks and Recreation Department", "Food and Drug Administration".

    The capitalised words after "and" (at least :data:`SHARED_HEAD_WORDS`) end in a body noun (WordNet's, as
    :data:`_NOUN_KINDS` gives them), and the word before "and" is a capitalised common word (the Brill lexicon
    reads it in lower case) that ends no body's name of its own ("Acme Union and Beta Workers Union" are two);
    the run before it holds no title or given name ("Tony Blair and Gordon Brown", "Sen. Reed and Armed
    Services Committee" join a person and a body).
    """
    k = j + 1
    # (a plural possessive inside the name is crossed as the run crosses it: "Colleges Employers' Association")
    while k < limit and ((cap[k] and tok[k][:1].isupper()) or _inner_plural_possessive(tok, cap, k, j + 1, limit)):
        k += 1
    if k - (j + 1) < SHARED_HEAD_WORDS or _NOUN_KINDS.get(tok[k - 1].lower()) != "body":
        return False
    left = tok[j - 1].lower()
    lone = j - 1 == i and not (i > 0 and cap[i - 1] and tok[i - 1][:1].isupper())
    if left not in resources.brill_lexicon()[0] or (_NOUN_KINDS.get(left) == "body" and not lone):
        return False  # (a lone body noun is a modifier too: "University and College Union")
    return not any(_base(w) in _TITLE_WORDS or gender.is_given_name(w) for w in tok[i:j])


def plural_noun(word: str) -> bool:
    """A plural noun by the Brill lexicon's first reading: lower-case NNS ("citizens") or capitalised NNPS
    ("Americans")."""
    lower, caps = resources.brill_lexicon()
    low = word.lower()
    return resources.brill_tag(low) == "NNS" or caps.get(low, ("",))[0] == "NNPS"


@functools.cache
def _stop_caps() -> frozenset[str]:
    return _STOP_CAPS | (resources.stopwords() - _NAME_PARTICLES - {"bill", "mark", "will", "may", "amount", "con"})


#: Heads after a capitalised "First" that make it part of a name after another name's word ("the Sandy Lake First
#: Nation", Canada's bands of Indigenous peoples), not the stop word "first".
_FIRST_NATION_HEADS = frozenset({"nation", "nations"})
#: Weekdays as written, capitalised: one opens a newspaper's name before :data:`_PAPER_WORDS` ("Sunday Times").
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Words that end a newspaper's name after a weekday ("the Sunday Telegraph", "the Sunday Herald").
_PAPER_WORDS = frozenset("times telegraph post herald mirror express mail people star tribune journal observer".split())
#: Words before a weekday that make it a date, whatever capital follows ("on Sunday Post Office staff said", "last
#: Tuesday Times Square was shut"): no paper's name.
_WEEKDAY_DATE_WORDS = frozenset("on last next this every by since until till from through early late".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february september october november december "
    "jan feb sept oct nov dec today yesterday tonight tomorrow".split()
)
#: Month abbreviations ("jan" … "dec"): written in capitals outside a date they are an acronym ("DEC", the
#: Disasters Emergency Committee), not a month.
_MONTH_ABBREVIATIONS = frozenset(w for w in _TIME_WORDS if len(w) <= len("sept"))
#: The state abbreviations (:data:`analysis.resources.STATE_ABBREVIATIONS`) as speaker tokens: "Calif" (its full
#: stop a token of its own) and "D.C." (whole).
_STATE_FORMS = frozenset(a + "." if "." in a else a for a in resources.STATE_ABBREVIATIONS)


#: Words that label a note of the publisher's at a paragraph's start ("Editor's note:", "Update:", "Correction:").
_LABEL_WORDS = frozenset({"note", "update", "updated", "correction", "clarification", "disclosure", "disclaimer"})
#: Most words a paragraph's label runs to before its colon ("Editor's Note:", "A reader's note:").
LABEL_TOKENS = 3
#: Tokens after which a label opens its line: a paragraph's start or a sentence's end.
_LABEL_OPENERS = frozenset({PARA_TOKEN, ".", "?", "!"})


def _document_label(tok: list[str], low: list[str], colon: int) -> range:
    """The tokens of the label the colon at token ``colon`` closes, when a paragraph or sentence opens with it
    (a line of its own is no paragraph of the text's when it ends with one newline) and its last word labels a
    note ("Editor's note:", "UPDATE:", "Correction:"); else an empty range."""
    if colon == 0 or _base(low[colon - 1]) not in _LABEL_WORDS:
        return range(0)
    for a in range(colon - 1, max(-1, colon - 1 - LABEL_TOKENS), -1):
        if a == 0 or tok[a - 1] in _LABEL_OPENERS:
            return range(a, colon)
    return range(0)


def _town_state(tok: list[str], cap: list[bool], k: int) -> bool:
    """Whether token ``k``, a state abbreviation, is the state of "Town, State." ("in Fresno, Calif., the
    crowd …", "in Washington, D.C. on Monday"): capitalised, after a comma after a capitalised name, and
    abbreviated (its full stop follows, or is part of it)."""
    return (
        k >= 2
        and tok[k][:1].isupper()
        and tok[k - 1] == ","
        and cap[k - 2]
        and (tok[k].endswith(".") or (k + 1 < len(tok) and tok[k + 1] == "."))
    )


#: Months that are also names ("April Ryan", "Theresa May", "Brian May"): a date only by their context
#: (:func:`_month_as_date`); the other months are never names (:data:`_TIME_WORDS`).
_NAME_MONTHS = frozenset("march april may june july august".split())
#: Words before a month that make it a date ("in April", "since May", "her March comment", "the end of July").
_MONTH_OPENERS = frozenset(
    "in on since until till from last next early late mid during through this each every of his her its their".split()
)


def _month_as_date(tok: Sequence[str], low: Sequence[str], k: int) -> bool:
    """Whether the month at token ``k`` is a date: a number (day, year, ordinal) on either side ("April 3",
    "3 April", "July 1999", "April 2nd") or a preposition or determiner of time before it ("in July", "her
    March comment").  A date is never a speaker ("figures released April 3 by NPD Group"), while a month
    after a capitalised word or before a surname stays a name ("Theresa May", "April Ryan")."""
    nxt = tok[k + 1] if k + 1 < len(tok) else ""
    prev = tok[k - 1] if k else ""
    return nxt[:1].isdigit() or prev[:1].isdigit() or (k > 0 and low[k - 1] in _MONTH_OPENERS)


_STOP_CAPS = _TIME_WORDS | frozenset(
    "a an and as at but by for from he her his if in into is it its on or our she that the their them then there these "
    "they this those to was we were what when where which while who why with you your i said says".split()
)
#: Modals that are also given names ("Will"): a name only by their context (:func:`_modal_as_name`).
_NAME_MODALS = frozenset({"will"})
#: The words :class:`_Doc` reads in context as a date or a modal rather than a name.
_MONTHS_AND_MODALS = _NAME_MONTHS | _MONTH_ABBREVIATIONS | _NAME_MODALS
#: Penn Treebank tags of a verb's base form, the only verb form a modal governs ("will say", "Will he run").
_BASE_VERB_TAGS = frozenset({"VB", "VBP"})
#: Tags of verb forms a modal never governs ("Will wrote", "Will acknowledges", "Will Smith said").
_NON_BASE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN"})


def _modal_as_name(tok: Sequence[str], k: int) -> bool:
    """Whether the capitalised modal at token ``k`` is a given name or surname ("Will"), not the auxiliary.

    A modal governs only a base verb form (the Brill lexicon's tags, Brill
    1994), so a capitalised "Will" is a name when the verb after it, or after
    the capitalised words that follow it, is a form no modal governs ("Will
    wrote", "Will acknowledges", "Will Smith said"), after a cue ("said
    Will") or a title ("Chairman Will Rogers"), or when a capitalised name
    word comes right before it and punctuation or such a verb after it
    ("George Will, a columnist", "George Will reignited").  Elsewhere ("Will
    he run?", "Will Trump win?", a headline's "Romney Will Not Be") it is the
    modal, as before.
    """
    if not tok[k][:1].isupper():
        return False
    if k > 0 and tok[k - 1].lower() in cue_verbs() and tok[k - 1][:1].islower():
        return True  # "said Will": the inverted subject of a cue
    if k > 0 and _base(tok[k - 1]) in _TITLE_WORDS and tok[k - 1][:1].isupper():
        return True  # "GOP Chairman Will Rogers", "Sen. Will Hurd": a title opens a name
    if k > 0 and tok[k - 1][:1].isupper() and tok[k - 1].isalpha() and _is_name_token(tok[k - 1]):
        # "George Will, a columnist", "George Will reignited": punctuation or a verb form no modal governs
        # after it; a headline's "Romney Will Not Be", "Cape Breton Will Welcome" keep the modal
        return k + 1 >= len(tok) or not tok[k + 1][:1].isalnum() or _non_base_verb(tok[k + 1])
    m = k + 1
    while m < len(tok) and m - k <= _NAME_WORDS_AFTER_MODAL and _is_name_token(tok[m]):
        m += 1  # past a surname ("Will Smith said")
    return m < len(tok) and _non_base_verb(tok[m])


#: Capitalised words read past a given name spelt like a modal to its verb ("Will Smith said", "Will A. Smith").
_NAME_WORDS_AFTER_MODAL = 2


def _non_base_verb(word: str) -> bool:
    """A verb form no modal governs, written in lower case (a capital is a headline's Title Case): past,
    participle or third person ("wrote", "said", "acknowledges"), or a cue verb never read as a base form
    ("claims")."""
    if not word[:1].islower():
        return False
    low = word.lower()
    tags = resources.brill_tags(low)
    return not _BASE_VERB_TAGS.intersection(tags) and bool(_NON_BASE_VERB_TAGS.intersection(tags) or low in cue_verbs())


def _state_of_a_place(doc: _Doc, comma: int, np: _NP, k: int) -> bool:
    """Whether the name after ``comma`` completes a place: "in Town, State," (the state or country of a town
    after a preposition of place, closed by a comma), which is where the sentence happens, not its subject."""
    if np.kind not in ("name", "org") or np.b >= k or doc.tok[np.b] != "," or np.gender:
        return False
    if np.kind == "name" and gender.is_given_name(np.head[0]):
        return False  # "In London, John Smith, a lawyer, said": a given name (name table) opens a person
    m = comma - 1
    while m >= 0 and doc.cap[m]:
        m -= 1
    return m < comma - 1 and m >= 0 and doc.low[m] in PLACE_PREPOSITIONS


#: Penn Treebank tags of words that open a sentence without being part of a name after them: adverbs,
#: conjunctions, prepositions, interjections ("Later Obama said", "Despite Ted Cruz's win", "Maybe Trump").
_OPENING_TAGS = frozenset({"RB", "RBR", "RBS", "CC", "IN", "WRB", "UH"})


@functools.cache
def _opening_words() -> frozenset[str]:
    """Capitalised words (lower-cased) that the Brill lexicon (Brill 1994) tags first as an adverb, conjunction,
    preposition or interjection and never as a proper noun: at a sentence start they are not a first name.

    The lexicon keys a sentence-initial word by its capitalised form ("Later RB", "Dean NNP"); a word without a
    capitalised entry is read by its lower-case one.  Given names of the gender table are kept out ("Will").
    """
    lower, caps = resources.brill_lexicon()
    out = set()
    for word in caps.keys() | lower.keys():
        tags = _capitalised_tags(word)
        if tags[0] in _OPENING_TAGS and "NNP" not in tags and "NNPS" not in tags:
            out.add(word)
    return frozenset(w for w in out if not gender.is_given_name(w))


def _modifies_role(doc: _Doc, i: int) -> bool:
    """Whether the cue word ``tok[i]`` after a name is a noun modifying the role noun after it (:func:`_noun_before_role`:
    "Trump's Virginia state director, Mike Rubino,"), not the name's verb."""
    return 0 < i != doc.sentence_start[i] and _is_name_token(doc.tok[i - 1]) and _noun_before_role(doc.tok, i, doc.n)


def _noun_before_role(tok: Sequence[str], m: int, limit: int) -> bool:
    """Whether the lower-case cue word ``tok[m]`` is a noun modifying the role noun after it: read first as a
    common noun by the Brill lexicon, before a lower-case role noun that a comma, a name or a cue verb ends
    ("Virginia [state] director, Mike Rubino,", "Ohio [state] senator Jane Roe", "the [state] director said"),
    not a verb with an object ("Republicans [blast] officials over the plan")."""
    if m + 2 >= limit:
        return False
    word, role, after = tok[m], tok[m + 1], tok[m + 2]
    return (
        word[:1].islower()
        and role[:1].islower()
        and _base(role) in _ROLE_NOUNS
        and (after == "," or _is_name_token(after) or after.lower() in cue_verbs())
        and _common_noun(word)
    )


def _modifier_after_owner(tok: Sequence[str], low: Sequence[str], j: int, end: int) -> bool:
    """Whether ``tok[j-1]`` is a possessive and ``tok[j:end]``, the rest of a capitalised run, one word that
    modifies the lower-case common noun after the run ("Trump's Virginia state director", "Bush's Facebook
    post", "the school's Twitter account"): a place or a brand of the role or the document, not part of the
    owner's name.

    One word only and a proper noun (no common noun of the Brill lexicon), not before a kind of body: "Women's
    Media Center spokesman", "the Women's Hospital staff", "the People's Daily newspaper" keep their body's
    name, and "the BBC's Andrew Marr said" his person (two words, and a verb follows them)."""
    if end - j != _OWNER_MODIFIER_WORDS or end >= len(tok) or not _platform_after_owner(low[j - 1], tok[j]):
        return False
    nxt = tok[end]
    return nxt[:1].islower() and _common_noun(nxt) and _base(nxt) not in BODY_KIND_NOUNS


def owner_end(tok: Sequence[str], low: Sequence[str], a: int, e: int) -> int:
    """Where the owner's name ends in the capitalised run ``tok[a:e]``: before the run's last word(s) when they
    modify the common noun after the run (:func:`_modifier_after_owner`: "Bush's Facebook post", "Trump's
    Virginia state director"), else at ``e``.  Only the run's last :data:`_OWNER_MODIFIER_WORDS` can be such
    a modifier, so no other split is tried."""
    m = e - _OWNER_MODIFIER_WORDS
    return m if m > a and _modifier_after_owner(tok, low, m, e) else e


def _platform_after_owner(owner: str, word: str) -> bool:
    """Whether ``owner`` is a possessive and ``word``, the one capitalised word after it, a proper noun (a name
    token that is no common noun of the Brill lexicon): the platform, place or brand of the owner's noun ("Bush's
    Facebook post", "Trump's Virginia director"), not part of the owner's name.  The callers add their test of
    the word after ``word`` (:func:`_modifier_after_owner`, :func:`_document_owner`, ``_Doc.is_cue``)."""
    return owner.lower().endswith("'s") and _is_name_token(word) and not _common_noun(word)


#: Capitalised words between an owner's possessive and the common noun they modify ("Trump's Virginia state
#: director"): one; a longer run is a name of its own ("Women's Media Center").
_OWNER_MODIFIER_WORDS = 1


def _common_noun(word: str) -> bool:
    """A word the Brill lexicon reads first as a common noun in lower case ("train", "tower", "research")."""
    return resources.brill_tag(word.lower()) in _COMMON_NOUN_TAGS


def _given_name_like(word: str) -> bool:
    """A given name of the name table (any gender), or a capitalised word that is no common English word (the
    Brill lexicon has no lower-case entry for it, or reads it as a proper noun: "Chris", "Ayman"; not
    "Renewable", "Media")."""
    low = word.lower()
    tag = resources.brill_tag(low, "NNP")
    return low in gender.given_names() or (word[:1].isupper() and low.isalpha() and tag in ("NNP", "NNPS"))


def _opens_sentence_only(doc: _Doc, a: int, b: int) -> bool:
    """Token ``a`` opens its sentence with an adverb/conjunction/preposition glued to the name ``a+1:b``."""
    return b - a > 1 and a == doc.sentence_start[a] and doc.low[a] in _opening_words()


def _capitalised_tags(low: str) -> tuple[str, ...]:
    """The Brill lexicon's tags of a word as written capitalised (its entry keyed in lower case), else those of
    its lower-case entry, most frequent first; ``()`` for a word the lexicon does not know."""
    lower, caps = resources.brill_lexicon()
    return caps.get(low) or lower.get(low, ())


def _opening_verb(word: str) -> bool:
    """A capitalised word that the Brill lexicon reads as a base or finite verb ("Let us say", "Looks like",
    "Alerts tell people"): capitalised by its place at a sentence start, it opens no name.  The capitalised
    entry decides when there is one ("Burns", "Means" are NNP), else the lower-case one; a given name of the
    name table is kept ("Will")."""
    low = word.lower()
    tag = (_capitalised_tags(low) or ("",))[0]
    return (tag == "VB" or tag in _FINITE_VERB_TAGS) and low not in gender.given_names()


def _opening_participle(tok: Sequence[str], a: int) -> bool:
    """Whether a sentence's first word is a participle or adverb opener (:func:`_is_participle`: "Asked about it, …",
    "Following the vote, …") and not the first word of a name the lexicon knows capitalised as one, before another
    capitalised word ("Downing Street said", "Reading Council said": the Brill lexicon tags "Downing" and "Reading"
    NNP; "Following" stays VBG)."""
    if not _is_participle(tok[a]):
        return False
    named = a + 1 < len(tok) and tok[a + 1][:1].isupper() and _capitalised_tags(tok[a].lower())[:1] == ("NNP",)
    return not named


def _is_participle(tok: str) -> bool:
    """A word shaped like a participle or an adverb ("Following", "Asked", "Finally"); a given name of the name
    table that the Brill lexicon does not read as an adverb ("Carly", "Emily", "Sterling") is not one, nor a word
    the lexicon does not know in lower case at all ("Boeing", "Beijing": names)."""
    low = tok.lower()
    return (
        low.endswith(("ing", "ed", "ly"))
        and len(low) > 4
        and (low not in gender.given_names() or low in _opening_words())
        and low in resources.brill_lexicon()[0]
    )


def _choose(cands: Sequence[_Entity], pos: int) -> _Entity:
    """Which of several people a bare surname (or given name) means.

    News style introduces the main person first and names a secondary one who
    shares the surname in full ("Heidi Cruz"), so the person who has already
    spoken wins, then the one introduced first.  (Counting mentions instead
    snowballs: each bare surname resolved adds to the count.)
    """

    def key(c: _Entity) -> tuple[bool, int]:
        return (c.spoke_at is not None and c.spoke_at <= pos, -c.first)

    return max(cands, key=key)


#: Lower-case nouns for a kind of body written before its name ("water firm Aguas Argentinas", "carmaker
#: Ford", "the bank ABN Amro"): the name after one is a body's.  Heads a person is never named after.
BODY_KIND_NOUNS = frozenset(
    """company firm group bank airline carrier carmaker automaker maker manufacturer retailer supermarket chain
    insurer lender broadcaster publisher brewer operator conglomerate band club party union charity newspaper
    magazine website network agency regulator watchdog opposition""".split()
)

#: Marks that end the one word "according to" names as a source ("according to Crowdpac.", "…, according to
#: Nielsen)").
_CITED_SOURCE_ENDS = frozenset({",", ".", ";", ":", ")", QUOTE_TOKEN, PARA_TOKEN})

#: Plural verbs after a singular name show a body (British English: "Busted have", "the club are").
_PLURAL_VERBS = frozenset(("have", "are", "were"))

#: Honorifics that stand only before a person's name: the word after one is a surname, whatever else it is.
_PERSONAL_HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "dame"))


#: Nouns for one person that describe a one-word name beside them: the learned person nouns and the role nouns
#: that are titles ("chief"), not bodies, documents or groups (:func:`_described_name`).
_DESCRIBING_NOUNS = PERSON_NOUNS | (_ROLE_NOUNS & _TITLE_WORDS)


def _person_noun(low: str) -> bool:
    """A common noun for one person ("striker", "blogger", "chief"), not a body, a document or a plural."""
    return low in _DESCRIBING_NOUNS and not (low.endswith("s") and low[:-1] in _DESCRIBING_NOUNS)


#: What may follow a one-word name in apposition to a person's description ("the lawyer, Kesiwen, said").
_APPOSITION_ENDS = frozenset({",", ".", "("})


def _described_name(doc: _Doc, a: int, j: int) -> str:
    """The person noun that shows the one-word capitalised run ``[a, j)`` to be a person's name, else ``""``.

    The name need not be in any table: a person noun written in lower case right before it ("the striker
    Orunabe scored", "liberal blogger Kesiwen"), or a person's description it stands in apposition to ("the
    family's lawyer, Kesiwen, said"; "Economic Minister, Orunabe, told"), or one after it when the name opens its
    clause ("Taviel, Panama coach, said", :func:`_appositive_person_noun`) says who it is.  A given name the table
    lacks, or a single name, is no less a person's than "Jane Doe".
    """
    if j > a + 1:
        return ""
    if a >= 1 and doc.tok[a - 1].islower() and _person_noun(doc.low[a - 1]):
        return doc.low[a - 1]
    if a >= 2 and doc.tok[a - 1] == "," and j < doc.n and doc.tok[j] in _APPOSITION_ENDS:
        noun = _base(doc.low[a - 2])
        if _person_noun(noun) or _person_noun(noun := _head_before_complement(doc, a - 2)):
            return noun
    if j < doc.n and doc.tok[j] == "," and (a == doc.sentence_start[a] or _after_quote_or_comma(doc, a)):
        return _appositive_person_noun(doc, j + 1)
    return ""


#: Words of a description's "of" complement before a name in apposition at most ("the president of the
#: Lombardy region, Kesiwen,").
COMPLEMENT_REACH = 5


def _head_before_complement(doc: _Doc, k: int) -> str:
    """The noun before the "of" whose complement ends at token ``k`` ("the president of the Lombardy region"),
    within :data:`COMPLEMENT_REACH` words of plain words and no punctuation, written in lower case; else ``""``.
    The complement must end in a lower-case noun: after "the mayor of Roanoke," a capitalised word is the town's
    state ("Roanoke, Virginia,"), no name in apposition."""
    if not doc.tok[k].islower():
        return ""
    for m in range(k, max(0, k - COMPLEMENT_REACH), -1):
        if not doc.tok[m].isalnum():
            return ""
        if doc.low[m] == "of":
            return _base(doc.low[m - 1]) if m >= 1 and doc.tok[m - 1].islower() else ""
    return ""


def _after_quote_or_comma(doc: _Doc, a: int) -> bool:
    """Token ``a`` follows a comma or a quote, or a quote and the lower-case verb of an inverted cue the cue
    list lacks ('"…," enthused Kelemund, the project's manager')."""
    return doc.tok[a - 1] in (",", QUOTE_TOKEN) or (
        a >= 2 and doc.tok[a - 2] == QUOTE_TOKEN and doc.tok[a - 1].isalpha() and doc.tok[a - 1].islower()
    )


#: Tokens after a sentence-opening one-word name within which a "he"/"she" of its clause shows it a person's.
PRONOUN_GENDER_REACH = 6
#: Reflexives that, right after a name, give its gender ("even Orunabe himself"): :data:`_GENDERED`'s "-self" forms.
_REFLEXIVE_GENDERS = {word: g for word, g in _GENDERED.items() if word.endswith("self")}
#: Tokens that end the clause a name's pronoun must sit in.
_PRONOUN_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ":", QUOTE_TOKEN, PARA_TOKEN})


def _pronoun_gendered_name(doc: _Doc, a: int, j: int) -> str:
    """The gender letter a pronoun gives the one-word run ``[a, j)`` opening its sentence, else ``""``.

    A single name no table holds ("Orunabe thought he had missed it", "Kesiwen lost her seat") is a person's
    when it opens its sentence, a lower-case word (its verb) follows, and a gendered pronoun follows within
    :data:`PRONOUN_GENDER_REACH` tokens of the same clause with no other capitalised word between, so no other
    name can be what the pronoun means; or, wherever it stands, when a reflexive follows it ("Orunabe himself").  Dates, known bodies and common words ("Maybe he …") are never people.
    """
    base = _base(doc.tok[a])
    if (
        j >= doc.n
        or base in doc.entities
        or doc.low[a] in _TIME_WORDS
        or doc.low[a] in _stop_caps()
        or not _given_name_like(doc.tok[a])  # "Maybe he …", "Earlier he …": a common word opens the sentence
    ):
        return ""
    if doc.low[j] in _REFLEXIVE_GENDERS:
        return _REFLEXIVE_GENDERS[doc.low[j]]  # "even Orunabe himself": wherever the name stands
    if a != doc.sentence_start[a] or not doc.tok[j].isalpha() or not doc.tok[j].islower():
        return ""
    for k in range(j + 1, min(doc.n, j + 1 + PRONOUN_GENDER_REACH)):
        if doc.tok[k] in _PRONOUN_CLAUSE_ENDS or doc.cap[k]:
            return ""
        if doc.low[k] in _GENDERED:
            return _GENDERED[doc.low[k]]
    return ""


#: Tokens after which a word opens a clause (its subject may follow): a comma, a quote, a coordinator.
_CLAUSE_OPENERS = frozenset({",", QUOTE_TOKEN, PARA_TOKEN, "and", "but", ";"})
#: Words of an appositive after a one-word name before its person noun at most ("Taviel, Panama coach,").
APPOSITIVE_NOUN_REACH = 4
#: Words that may follow an appositive's person noun: its end, or its complement ("a spokeswoman for Acme").
_APPOSITIVE_NOUN_NEXT = frozenset({",", ".", "and", "for", "of", "at", "with", "from", "in", "to"})


def _appositive_person_noun(doc: _Doc, k: int) -> str:
    """The person noun heading an appositive that opens at token ``k`` after a name ("Kesiwen, a lawyer for the
    family,", "Taviel, Panama coach, said", "Kelemund, 787 project manager and …"), else ``""``: written in lower
    case within :data:`APPOSITIVE_NOUN_REACH` words of plain words, and ending the phrase or opening its complement
    (a cue right after the noun makes it an inserted attribution, "Clinton, a top aide said, …", no apposition)."""
    for m in range(k, min(doc.n - 1, k + APPOSITIVE_NOUN_REACH)):
        t = doc.tok[m]
        if not t.isalnum():
            return ""
        if (
            # a person noun, or a title capitalised as one ("Orunabe, the Treasury Secretary, said")
            (t.islower() or _base(doc.low[m]) in _TITLE_WORDS)
            and _person_noun(doc.low[m])
            and doc.tok[m + 1] in _APPOSITIVE_NOUN_NEXT  # not "Clinton, a top aide said, …": an inserted cue
        ):
            return doc.low[m]
    return ""


#: Words that open a clause, not an appositive, after a name and its comma ("Jo Roe, whose husband …"); a
#: possessive determiner opens a list's next member as often ("Jo Roe, his wife and their son").
_NOT_APPOSITIVE_OPENERS = frozenset({"who", "whose", "whom", "which", "where", "when", "his", "her", "their"})


#: Brill tags of a word that opens an adjunct or a clause after a name's comma, not an appositive.
_NOT_APPOSITIVE_TAGS = ("IN", "TO", "RB", "VB", "W", "MD")


def _plain_word(t: str) -> bool:
    """A word, possessives included ("club's"): no punctuation, number or quote token."""
    return t.replace("'", "").replace("\u2019", "").isalpha()


def _description_letter(doc: _Doc, a: int, b: int) -> str:
    """The gender letter a gendered noun describing the person named by the run ``[a, b)`` states, else ``""``.

    The noun (:func:`analysis.gender.description_gender`) is written in lower case right before the name ("the
    actress Jo Roe", "his wife, Jo Roe,") or heads an appositive after it within :data:`APPOSITIVE_NOUN_REACH`
    plain words, ending the phrase or opening its complement ("Jo Roe, a mother of three,", "Jo Roe, the club's
    chairwoman, said").
    """
    tok, low = doc.tok, doc.low
    noun = ""
    if a >= 1 and tok[a - 1].islower():
        noun = low[a - 1]
    elif a >= 2 and tok[a - 1] == "," and tok[a - 2].islower() and b < doc.n and tok[b] in _APPOSITION_ENDS:
        noun = low[a - 2]
    g = gender.description_gender(noun) if noun else gender.UNKNOWN
    if (
        g == gender.UNKNOWN
        and b + 1 < doc.n
        and tok[b] == ","
        and low[b + 1] not in _NOT_APPOSITIVE_OPENERS
        # a preposition, adverb or verb opens an adjunct ("Jo Roe, through a spokeswoman, declined"), no apposition
        and not resources.brill_tag(low[b + 1]).startswith(_NOT_APPOSITIVE_TAGS)
    ):
        for m in range(b + 1, min(doc.n - 1, b + 1 + APPOSITIVE_NOUN_REACH)):
            if not (_plain_word(tok[m]) and tok[m].islower()) or low[m] in cue_verbs():
                break  # (a cue ends it: "Jo Roe, said the man," is no apposition)
            if tok[m + 1] in _APPOSITIVE_NOUN_NEXT:  # the appositive's head: its end or its complement's opener
                g = gender.description_gender(low[m])
                break
    return _GENDER_LETTER.get(g, "")


def _add_honorific_surname(low: Sequence[str], a: int, surnames: set[str]) -> None:
    """Add the word of a two-word run ``[a, a + 2)`` opened by a personal honorific ("Dr Fox", "Mr House")
    to ``surnames``: that is evidence the word is a person's surname, which wins over a word list that
    reads it as a body's ("fox", "house" in :data:`_ORG_WORDS`), so "Liam Fox" is a person too.  A title
    word ("Lord Mayor", "Mr President") is no surname."""
    word = _base(low[a + 1])
    if _base(low[a]) in _PERSONAL_HONORIFICS and word not in _TITLE_WORDS:
        surnames.add(word)


def _honorific_title_surnames(tok: Sequence[str], runs: Sequence[tuple[int, int]]) -> set[str]:
    """Title words (lower case) the article shows to be a surname twice over: right after a given name of the name
    table at a name's end ("Simon Tory", "Karen Chancellor") and as the word after a personal honorific ("Mr Tory
    said", "Ms Chancellor").  Either alone is no evidence ("Orlando Democrat" is a place's politician, "Mr
    Speaker" an office addressed); together they name one person, whose surname the whole article then reads as
    one (:func:`_split_title`'s ``speaking``)."""
    after_given: set[str] = set()
    after_honorific: set[str] = set()
    for a, b in runs:
        last = _base(tok[b - 1])
        if b - a < 2 or last not in _TITLE_WORDS:
            continue
        if b - a == 2 and _base(tok[a]) in _PERSONAL_HONORIFICS:
            after_honorific.add(last)
        elif _base(tok[b - 2]) not in _TITLE_WORDS and gender.is_given_name(tok[b - 2]):
            after_given.add(last)
    return after_given & after_honorific


#: Letters after a person's name for a seat or an honour ("Jane Roe MP", "John Doe QC"): the name ends before.
_POST_NOMINALS = frozenset("mp mep msp mla mpp mna td mha qc kc obe mbe cbe".split())


def _split_title(
    words: Sequence[str], speaking: frozenset[str] | set[str] = frozenset(), given: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], tuple[str, ...], str, str | None] | None:
    """Split a capitalised run into (title words, name words, kind, honorific gender).

    ``speaking`` holds one-word names the article has say things ("Press
    said"): a run ending in one of them is a person even when that word is
    also a title or an organisation word ("Jim Press", "Mark Post").
    ``given`` holds title words that are given names in this article
    (:func:`_given_name_titles`): right before a lone surname such a word
    is the first name ("Dean Baker", "Economist Dean Baker"), not a title.
    """
    parsed = _split_title_cached(tuple(words), bool(words) and len(words) > 1 and _base(words[-1]) in speaking)
    if parsed is not None and given:
        title, name, kind, honorific = parsed
        if kind == "person" and title and len(name) == 1 and _base(title[-1]) in given and title[-1][-1:] != ".":
            return title[:-1], (title[-1], *name), kind, honorific
    return parsed


def _given_name_titles(lower: dict[str, str]) -> frozenset[str]:
    """Title words that this article writes only capitalised and that are given names ("Dean").

    ``lower`` maps each distinct token of the article to its lower-case form.

    Evidence, not capitals: the word is a given name of one gender in the
    name table that :mod:`analysis.gender` ships (nomquamgender; Van Buskirk,
    Clauset & Larremore 2023), it is no honorific or role noun ("Sir",
    "Judge", "General" stay titles), and the article never writes it in lower
    case ("the dean of the law school" makes it a title there).
    """
    caps = {low for t, low in lower.items() if low in _TITLE_WORDS and t[:1].isupper()}
    if not caps:
        return frozenset()
    written_lower = {t for t in caps if t in lower}  # each distinct token is a key: "dean" is one if written so
    return frozenset(
        w
        for w in caps - written_lower
        if w not in _ROLE_NOUNS and gender.honorific_gender([w]) == gender.UNKNOWN and gender.is_given_name(w)
    )


#: Title words that are also common surnames (King, Bishop, Dean, Prince, Pope, Marshal): after a given name
#: they are the surname.  Only person nouns of rank: "Senate", "Democrat" or "Governor" after a word that
#: happens to be a given name ("Georgia Senate", "Virginia Governor") stay titles of a place.
_SURNAME_TITLES = frozenset("king bishop dean prince pope marshal provost rector cardinal sheriff".split())
#: British police ranks written as initials (PC, DC, DS, DI, PCSO): titles only before a full name opening with a
#: given name of the name table ("PC Nora Pellow"), since the same letters name firms and clubs ("PC World", "DC
#: United", "DS Smith").
_INITIAL_RANKS = frozenset("pc wpc pcso dc ds di".split())
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _surname_position(words: Sequence[str], bases: Sequence[str], k: int) -> bool:
    """Word ``k`` ends a personal name: a given name (the gender name table) or an initial ("T.") stands
    right before it, and nothing but "of …" or "Jr." after it.  A personal honorific stands before a surname
    only ("Mr. King said", "Dr. Dean of Leeds"), so after one the word is the surname whatever title it spells."""
    if k > 0 and bases[k - 1] in _PERSONAL_HONORIFICS:
        return k + 1 == len(bases) or bases[k + 1] in ("of", *_NAME_SUFFIXES)
    if k == 0 or bases[k - 1] in _TITLE_WORDS:
        return False
    if k + 1 < len(bases) and bases[k + 1] not in ("of", *_NAME_SUFFIXES):
        return False
    prev = words[k - 1]
    initial = len(prev) == 2 and prev[0].isupper() and prev[1] == "."
    return initial or gender.is_given_name(prev)


def _titled_surname(words: Sequence[str], bases: Sequence[str], k: int) -> bool:
    """Word ``k`` is the surname of a titled full name, whatever title or party word it spells ("Mayor John Tory",
    "Gov. Patty Judge", "Chancellor Jane Speaker"): it ends the run, a given name of the name table (not itself a
    title word) or an initial stands before it, and a title word before that.  The title already stands before the
    given name, so the word after it is no second title; without one ("Georgia Democrat", "Virginia Governor", "the
    Florida Senator") a place's title stays a title (:data:`_SURNAME_TITLES` alone are surnames there; and a word
    the article writes after a given name and after a personal honorific: :func:`_honorific_title_surnames`)."""
    return (
        k + 1 == len(bases)
        and k >= 2
        and bases[k - 2] in _TITLE_WORDS
        and bases[k - 1] not in _TITLE_WORDS  # (so no personal honorific either: they are all title words)
        and _surname_position(words, bases, k)
    )


#: Words that join the parts of a body's name, never a person's ("Hotels & Resorts", "Atheists and Agnostics").
_BODY_JOINERS = frozenset({"&", "and", "for"})


@functools.lru_cache(maxsize=16384)
def _split_title_cached(
    words: tuple[str, ...], person: bool
) -> tuple[tuple[str, ...], tuple[str, ...], str, str | None] | None:
    bases = [_base(w) for w in words]
    if len(words) >= 3 and all(w.isupper() for w in words):
        return None  # a heading in capitals, not a name
    if len(words) >= 3 and bases[-1] in _POST_NOMINALS and words[-1].isupper():
        # "Andrew Smith MP", "Jane Roe QC": the letters are a title after the name, not part of it.
        parsed = _split_title_cached(words[:-1], person)
        if parsed is not None and parsed[2] == "person" and len(parsed[1]) >= 2:
            return (*parsed[0], words[-1]), parsed[1], "person", parsed[3]
        if parsed is not None and parsed[2] == "organisation" and gender.is_given_name(words[-3]):
            # "Fox News Sean Hannity MP": a run the readers take apart later (a body, then a person's name); the
            # letters after the given name and surname are no word of either
            return parsed
    owner = max((k for k, w in enumerate(words[:-2]) if w.lower().endswith("'s")), default=-1)
    if owner >= 0:
        # "Fox's Chris Wallace", "Iowa State University's Dianne Bystrom": the body or place that owns the
        # person is their affiliation; the person is the full name after it (a given name of the name table
        # opens it, so "America's Renewable Future" and "Women's Media Center" stay one name).
        parsed = _split_title_cached(words[owner + 1 :], person)
        if parsed is not None and parsed[2] == "person" and len(parsed[1]) >= 2 and _given_name_like(parsed[1][0]):
            return (*words[: owner + 1], *parsed[0]), parsed[1], "person", parsed[3]
    last_title = -1
    for k, b in enumerate(bases[:-1] if person else bases):
        if b in _SURNAME_TITLES and _surname_position(words, bases, k):
            continue  # "Rep. Steve King", "Peter T. King of New York": the surname, not a title
        if b in _TITLE_WORDS and _titled_surname(words, bases, k):
            continue  # "Mayor John Tory": a party word as the surname of a titled given name
        if b in _TITLE_WORDS:
            last_title = k
        elif k == 0 and b in _INITIAL_RANKS and words[k].isupper() and k + 2 < len(words):
            if gender.is_given_name(words[k + 1]):
                # "PC Nora Pellow", "DS Tom Barr": a police rank's initials before a full name ("DS Smith" is a firm)
                last_title = k
        elif k == 0 and k + 1 < len(words) and b.endswith("s") and b[:-1] in _TITLE_WORDS:
            last_title = k  # "Senators Rubio and Cruz", "Professors Foner and Alba": a title of several people
        elif b in ("of", "for") and last_title == k - 1:
            last_title = k  # "Secretary of State", "Minister for Europe"
        elif last_title == k - 1 and k + 2 < len(words) and b == "state":
            last_title = k
    if 0 <= last_title and bases[last_title] in ("of", "for"):
        # "Secretary of State John Kerry": the department word belongs to the title.
        if last_title + 2 < len(words):
            last_title += 1
        else:
            last_title -= 1
    title = list(words[: last_title + 1])
    name = list(words[last_title + 1 :])
    if (
        "of" in name
        and (
            name.index("of") >= 2
            # "Kelemund of Tamford Partners": a single name no common word spells, then the body (not "Bank of …")
            or (
                name.index("of") == 1 and not title and _given_name_like(name[0]) and name[0].lower() not in _TIME_WORDS
            )
            # "Mr. Nevins of Showtime": after a personal honorific the one word is a surname, then the body ("of the
            # …" is read apart already: "Mr. Nevins of the Tax Center" keeps the body its own name)
            or (
                name.index("of") == 1
                and title
                and all(_base(w) in _PERSONAL_HONORIFICS for w in title)
                and len(name) > 2
                and name[2][:1].isupper()
            )
        )
    ):
        # "Craig Holman of Public Citizen": a person, then the body they speak for.
        cut = name.index("of")
        title = title + name[cut:]
        name = name[:cut]
        bases = bases[: last_title + 1 + cut]
    named = bases[last_title + 1 :][: len(name)]
    org_at = max((k for k, b in enumerate(named[:-2]) if b in _ORG_WORDS), default=-1)
    if (
        person
        and org_at >= 0
        and all(w[:1].isupper() for w in name[org_at + 1 :])
        and not any(b in _ORG_WORDS or b in _TITLE_WORDS for b in named[org_at + 1 :])
    ):
        # "Fox News Ed Henry", "NBC News Lester Holt" (a run ending in a surname the article has
        # speak): the body a person speaks for, then their full name, is a person with that body
        # as title, not one long name.  Without the speaking surname ("Google Cloud Platform")
        # nothing changes.
        title = title + name[: org_at + 1]
        name = name[org_at + 1 :]
        bases = [_base(w) for w in (*title, *name)]
        last_title = len(title) - 1
    head = bases[: last_title + 1]
    if (
        len(name) == 1
        and {"of", "for"} & set(head)
        and any(b in _ORG_WORDS for b in head)
        and resources.brill_tag(name[0].lower()) in _PLURAL_NOUN_TAGS
        and not _given_name_like(name[0])
    ):
        # "Office for National Statistics", "Bureau of Labor Statistics": a title word ("National", "Labor")
        # inside a body's complement left one plural common noun (in lower case) as the "name"; no person
        # is called so.
        return (), words, "organisation", None
    honorific = next((_GENDER_LETTER[gender.GENDER_WORDS[b]] for b in head if b in gender.GENDER_WORDS), None)
    # A title's "of the" complement may be a body ("Secretary of the Air Force Jane Roe"): its words are the
    # title's, read before the person's name (:func:`_descriptor_end`), not a sign that the run is a body.
    complement = _descriptor_end(name) if title and bases[last_title] in ("of", "for", "the") else 0
    if title and bases[last_title] in ("of", "for", "the") and not complement and _single_name_after(name, person):
        # "President of the United States Kelemund", "Chancellor of the Exchequer Tavinna": the complement is
        # the title's and the one name-like word that ends the run is the person (a single name has no given
        # name for :func:`_descriptor_end` to find)
        title, name = [*title, *name[:-1]], name[-1:]
        last_title = len(title) - 1
    # "White House Press Secretary Josh Earnest" is a person with a title; "White House" alone,
    # "Justice Department" or "NATO" are organisations.
    if (
        (
            not person
            and any(b in _ORG_WORDS or b in _BODY_JOINERS for b in bases[last_title + 1 + complement :])
            and not _body_role_before_name(name)
        )
        or not name
        or (len(name) == 1 and name[0].isupper() and len(name[0]) > 1 and "." not in name[0] and not title)
    ):
        if not name and not any(b in _ORG_WORDS for b in bases):
            return None
        return (), words, "organisation", None
    if any(not (w[:1].isupper() or w.lower() in _NAME_PARTICLES or _PARTICLE_NAME.match(w)) for w in name):
        return None
    if any(ch.isdigit() for w in name for ch in w):
        return (), words, "organisation", None  # "Airbus A380", "Boeing 787": a product or body, not a person
    if honorific is None and len(name) >= 2 and _plural_noun_name(name):
        return (), words, "organisation", None  # "United Auto Workers", "CEO of Boeing Commercial Airplanes"
    if honorific is None and len(name) == 1 and _plural_noun_name(name) and not _one_persons_title(title):
        # "Analysts said", "Democrats argue": a group of people, no one person a he/she could refer to.  After a
        # body's, party's or place's word the group is a body of its own ("House Democrats", "Liberal Democrats",
        # "Senate Committees"), whose short form ("Lib Dems") is the same speaker.
        return (), words, "organisation" if title else "role", None
    cut = _descriptor_end(name)
    return (*title, *name[:cut]), tuple(name[cut:]), "person", honorific


def _body_role_before_name(name: Sequence[str]) -> bool:
    """Whether ``name`` is a body's or a place's words, a person noun and a person's full name: "Greenfield City
    Public Advocate Jane Marsh", "Harwick County Public Defender Tom Barr".

    A title the title list lacks ("Advocate", "Defender"; :func:`_descriptor_end` finds it before the given name)
    after a body's word ("City", "County") is the person's role there, as "Greenfield City Mayor" is: the run is
    that person, not one long organisation's name.  Only a person noun (:data:`PERSON_NOUNS`) is so read ("Harwick
    City Museum Jane Marsh" is no title) and the name after it holds no body's word.
    """
    cut = _descriptor_end(name)
    return (
        cut > 0
        and _base(name[cut - 1]) in PERSON_NOUNS
        and not any(_base(w) in _ORG_WORDS or _base(w) in _BODY_JOINERS for w in name[cut:])
    )


def _single_name_after(name: Sequence[str], speaking: bool) -> bool:
    """Whether the last word of ``name``, the run after a title's "of the"/"for the", is a one-word name and the
    words before it the title's complement ("United States Kelemund", "Exchequer Tavinna"): it is shaped like a
    given name (:func:`_given_name_like`; "Federal Reserve", "Air Force" end in common words) and is no body's or
    title's word; a word in -s is one only when the article has it say things (``speaking``): "Boston Celtics" is
    a team, no person."""
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return False
    last = name[-1]
    base = _base(last)
    return (
        _given_name_like(last)
        and base not in _ORG_WORDS
        and base not in _TITLE_WORDS
        and (speaking or not base.endswith("s"))
        and not any(ch.isdigit() for ch in last)
    )


def _one_persons_title(title: Sequence[str]) -> bool:
    """Whether a title before a name holds a word for one person: a person noun ("President", "Senator") or a
    rank's abbreviation ("Sen.", "Gov."), not only a body's, a party's or a place's word ("House", "Labour")."""
    return any(_base(t) in PERSON_NOUNS or _base(t) in resources.NAME_ABBREVIATIONS for t in title)


#: The Brill lexicon's readings of a plural noun as written capitalised ("Workers", "Lawyers", "Analysts").
_PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def _plural_noun_name(name: Sequence[str]) -> bool:
    """Whether a name ends in a plural common noun (the Brill lexicon's first reading of the word as written
    capitalised, else lower-case) after words that are common English words (no given name, no word the
    lexicon does not know: :func:`_given_name_like`): a body or a group of people ("Auto Workers",
    "Commercial Airplanes", "Analysts"), never one person ("Cheryl Mills", "Charlie Spies", "Mr Rogers")."""
    tags = _capitalised_tags(name[-1].lower())
    return (
        bool(tags)
        and tags[0] in _PLURAL_NOUN_TAGS
        and not any(_given_name_like(w) for w in name[:-1])  # "Charlie Spies" is a person
    )


#: Words a full name has after its given name: a surname, perhaps a middle name or initial before it.
_AFTER_GIVEN_NAME = (2, 3)
#: The Brill lexicon's readings of a common noun (lower-case entry).
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _descriptor_end(name: Sequence[str]) -> int:
    """How many words open ``name`` before its given name when they describe the person (else 0).

    "Actor Clint Howard", "Farmer Jo Green", "Chicago Alderman Jane Roe", "Secretary of the Air Force Jane
    Roe" (read from "Air"): a capitalised common noun (the Brill lexicon's lower-case reading) or a demonym
    (:data:`PLACE_PEOPLE`: "Briton Jo Green") right before a given name of the name table, which a surname
    (and perhaps a middle name) ends, is a descriptor or a title the title list lacks, not part of the name.  An adjective ("New York Times"), a word the lexicon
    does not know ("Mahamat Saleh Oumar") or a given name ("Lee Hsien Loong") stays in the name.
    """
    if len(name) < 3:
        return 0
    for i in range(1, len(name) - 1):
        if len(name) - i not in _AFTER_GIVEN_NAME:
            continue
        given = gender.is_given_name(name[i])
        # "Briton Jenson Button", "New Yorker Jane Roe": the person's place, then the name; a demonym that opens
        # the run describes the name after it when that is shaped like a given name (no common English word:
        # "Vermonter Bernie Sanders"), not "American Renewable Future".
        if any(
            " ".join(name[i - n : i]) in PLACE_PEOPLE
            and (given or (n == i and _given_name_like(name[i]) and not _plural_noun_name(name[i:])))
            for n in range(1, min(i, DEMONYM_WORDS) + 1)
        ):
            return i
        if not given:
            continue
        before = name[i - 1]
        if (
            before[:1].isupper()
            and resources.brill_tag(before.lower()) in _COMMON_NOUN_TAGS
            and not gender.is_given_name(before)
        ):
            return i
    return 0


# ---------------------------------------------------------------- noun phrases


@dataclass(frozen=True, slots=True)
class _NP:
    kind: str  # name | role | pronoun | plural
    a: int  # first token
    b: int  # one past the last token
    head: tuple[str, ...]  # name words, role words, or the pronoun
    gender: str | None = None  # from an honorific ("Mr.", "Mrs.") in the phrase


def _np_at(doc: _Doc, a: int, limit: int) -> _NP | None:
    """Parse a speaker noun phrase starting at token ``a`` (forward, e.g. after ``said``)."""
    limit = min(limit, doc.n)  # a span that ends the text ends past the last token
    # (remembered per document: the parse reads only the tokens, which are fixed once the document is built)
    key = (a, limit)
    if key not in doc._phrases:
        doc._phrases[key] = _parse_np_at(doc, a, limit)
    return doc._phrases[key]


#: A country's acronym written as a stop word ("US"), which the name test does not read as a name's word.
_COUNTRY_ACRONYMS = frozenset({"US"})


def _parse_np_at(doc: _Doc, a: int, limit: int) -> _NP | None:
    """:func:`_np_at` unmemoised (``limit`` at most the token count)."""
    tok = doc.tok
    # Sentence openers are not part of the phrase: "But Trump issued …", "Meanwhile, the agency said".
    while a < limit and a == doc.sentence_start[a] and tok[a].lower() in OPENERS:
        a += 1
        if a < limit and tok[a] == ",":
            a += 1
    skip = a
    while skip + 1 < limit and doc.low[skip] in AUX and not doc.cap[skip] and doc.low[skip] not in ("not", "n't"):
        skip += 1
    if skip > a and (doc.cap[skip] or doc.low[skip] in _DETERMINERS):
        a = skip  # "(and) recently the company reported": an adverb before the subject is no part of it
    if a >= limit:
        return None
    a = _past_plural_owner(doc, a, limit)
    first = tok[a].lower()
    pronoun = subject_pronoun(first)
    if pronoun is not None:
        return _NP("pronoun", a, a + 1, (pronoun,))
    j = a
    if first in _DETERMINERS:
        j += 1
    start_mods = j
    # Modifiers then a role noun or a capitalised name.
    while j < limit and j - start_mods < 7:
        t = tok[j]
        coordinated = _coordinated_role_end(tok, j, limit) if j == start_mods else None
        if coordinated is not None:  # "the finance and economy minister"
            return _NP("role", a, _np_tail(doc, coordinated, limit), _role_words(tok, start_mods, coordinated))
        if t in (QUOTE_TOKEN, PARA_TOKEN) or not t[:1].isalnum():
            break
        low = _base(t)
        if j == start_mods and first == "the" and _bare_apposed(doc, j, limit):
            return _NP("role", a, j + 1, (t,))  # "the 45-year-old said": a person met again by their age
        if j == a and j == doc.sentence_start[j] and low in TENURE_WORDS:
            # "Former Democratic candidate Bernie Sanders said": the tenure word opening the sentence only
            # modifies the title or role after it (as "the former senator" does after its determiner)
            j += 1
            start_mods = j
            continue
        if (
            low in cue_verbs()
            and not _is_cap(t)
            and not (low in _ROLE_NOUNS and j > a)
            and not (j > a and _noun_before_role(tok, j, limit))  # "Trump's Virginia [state] director, …"
        ):
            break  # a verb ends the phrase, unless a determiner makes it a noun ("the post", "a report")
        if (
            low in _ROLE_NOUNS
            # a capital that only opens the sentence ("Lawyers for the pair said"), not a known surname
            and (not _is_cap(t) or (j == doc.sentence_start[j] and low not in doc.by_surname))
            and (j + 1 >= limit or not (_is_name_token(tok[j + 1]) or _leads_to_role(tok, j + 1, limit)))
        ):
            named = _role_then_name(doc, j, limit)
            if named is not None:
                return _NP("name", a, named[1], tuple(tok[named[0] : named[1]]))
            group = _group_end(doc, j + 1, limit)
            if group is not None:  # "open source developers": the role noun modifies the group's noun
                return _NP("role", a, group, tuple(tok[start_mods:group]))
            end = _np_tail(doc, j + 1, limit)
            return _NP("role", a, end, tuple(tok[start_mods : j + 1]))
        if body_noun(low) and first in _DETERMINERS and _body_head_ends(doc, j, limit) and _body_head(doc, j, a):
            # "said the council.", "said the central bank in a statement": a body description, read only at
            # the phrase's end (not "the council leader", the role it modifies)
            return _NP("role", a, j + 1, tuple(tok[start_mods : j + 1]))
        if _is_cap(t):
            if _PLACE_MODIFIER.fullmatch(t) and j + 1 < limit and _is_name_token(tok[j + 1]):
                j += 1  # "Amsterdam-based OneStat": the hyphened modifier describes the name after it
                continue
            if t in _COUNTRY_ACRONYMS and j + 1 < limit and _is_name_token(tok[j + 1]):
                # "The US Treasury announced": the country's acronym, a stop word ("us") to the name test, only
                # places the body named after it; the phrase still opens the sentence, so it is its subject
                j += 1
                continue
            k = _name_run_end(tok, doc.cap, j, limit) if doc.cap[j] else j  # "Other", "Friday": no name
            if k < limit and "-" in tok[k] and _common_compound(tok[k]):
                j = k + 1  # "Tony-winning actor", "Los Angeles-based producer": a modifier, the place its part
                continue
            coordinated = _coordinated_role_end(tok, k, limit)
            if coordinated is not None:  # "GM's sales, service, and marketing vice president"
                return _NP("role", a, _np_tail(doc, coordinated, limit), _role_words(tok, start_mods, coordinated))
            # (after an owner's possessive as many modifiers as after a determiner: "Clinton's top foreign policy aide")
            reach = ROLE_MODIFIERS + 1 if tok[k - 1].lower().endswith("'s") else ROLE_LEAD_WORDS
            leads = _leads_to_role(tok, k, limit, reach)
            if leads or _common_head_end(doc, k, limit) is not None:
                person = affiliated_name(doc, a, j, k)  # "said Jo Hale of Leeds police": the person speaks
                if person is not None:
                    return person
            if leads:
                j = k  # "the French president", "White House press secretary Josh Earnest": capitals modify a role noun
                continue
            person = _person_noun_end(tok, k, limit) if first in _DETERMINERS else None
            if person is not None:
                # "The rattled Sin City call girl said": capitals inside a described person, no speaker's name
                return _NP("role", a, person, tuple(tok[start_mods:person]))
            described = _descriptor_nouns(doc, k, limit)
            if described is not None:
                j = described  # "Japanese automaker Toyota", "US band REM": capitals and nouns describe the name
                continue
            group = _group_end(doc, k, limit) if not _is_participle(t) else None  # "Holding signs, they …"
            if group is not None:
                # "Tory delegates", "Sanders protesters": capitals that describe a group of people.
                return _NP("role", a, group, tuple(tok[start_mods:group]))
            if k < limit and owner_end(tok, doc.low, j, k) < k:
                # "Bush's Twitter message said": the owner's thing, its platform before it, not a name
                return _NP("role", a, k + 1, tuple(tok[start_mods : k + 1]))
            if tok[k - 1].lower().endswith("'s"):
                owned = owned_body_end(doc, k, limit)
                if owned is not None:  # "said Powell's press office": the owner's body speaks
                    return _NP("role", a, owned, tuple(tok[start_mods:owned]))
                if not _possessive_name(doc, k, limit):
                    return None  # "Editor's note", "Trump's tweet": a possessive, not a speaker
            headed = _common_head_end(doc, k, limit) if not _is_participle(t) else None
            if headed is not None and not (doc.low[a] == "the" and _base(tok[headed - 1]) in BODY_KIND_NOUNS):
                # ("the Times newspaper", "the Xinhua news agency": a kind of body after its name stays the name's)
                # "A Delhi auto parts supplier said", "The British embassy said": capitals that modify a
                # common noun, which heads the phrase; the speaker is the description, not the place
                return _NP("role", a, headed, tuple(tok[start_mods:headed]))
            if doc.low[a] in _INDEFINITE and j == a + 1 and k == j + 1:
                post = _postmodifier_end(doc, k, limit) if k < limit else None
                if post is not None:
                    # "a Democrat familiar with the talks", "an Israeli close to the premier": before a source's
                    # post-modifier the one capital is the head (a party's or a place's person), no name or modifier
                    return _NP("role", a, post, (tok[j],))
            if _modifies_after_article(doc, a, j, k, limit):
                return None  # "a Mercedes convertible", "a Twitter comment": a name modifying a thing
            if k < limit and doc.low[k] in ("and", "of") and _base(tok[k - 1]) in _TITLE_WORDS:
                # "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
                named = _role_then_name(doc, k - 1, limit)
                if named is not None:
                    return _NP("name", a, named[1], tuple(tok[named[0] : named[1]]))
            np = _classify_run(doc, a, j, k)
            if np is not None and np.kind == "role":  # "Lawyers for the pair" opening a sentence
                np = _NP("role", np.a, max(np.b, _np_tail(doc, np.b, limit)), np.head)
            return np
        if low in resources.stopwords() and low not in _DETERMINERS and low not in _TITLE_WORDS:
            break  # ("former" is a stop word and a title word: "said former secretary of state Hillary Clinton")
        j += 1
    return None


#: How an age written as a person's adjective ends ("45-year-old").
AGE_SUFFIX = "-year-old"
#: A parent counted by children, British copy's description of a person ("mother-of-two", "father-of-three").
_PARENT_OF = re.compile(r"(?:grand)?(?:mother|father|mum|dad)-of-[a-z0-9]+")
#: Marks that close a description in apposition after a name ("Nora Pellow, 45, said", "… said Nora Pellow, 45.").
_APPOSED_CLOSERS = frozenset({",", "."})


def apposed_form(low: str) -> str | None:
    """How a person's description used as a noun ("the 45-year-old", "the mother-of-two") is written in apposition
    after their name ("Nora Pellow, 45,", "Nora Pellow, a mother-of-two,"): the age's number or the word itself;
    ``None`` for any other word."""
    if low.endswith(AGE_SUFFIX) and low[: -len(AGE_SUFFIX)].isdigit():
        return low[: -len(AGE_SUFFIX)]
    return low if _PARENT_OF.fullmatch(low) else None


def _bare_apposed(doc: _Doc, j: int, limit: int) -> bool:
    """Whether token ``j`` is such a description (:func:`apposed_form`) used as a noun before a cue or a clause's
    end ("the 45-year-old said", "said the mother-of-two."), not one that modifies a noun ("the 45-year-old
    baker"), and one the article gave someone in apposition before (:func:`apposed_name_ends`): only then is it
    read as a phrase of its own (whose person :func:`analysis.attribution.apposed_person` finds); another is left
    to the ranker's reading, as it was."""
    form = apposed_form(doc.low[j])
    if form is None:
        return False
    nxt = doc.low[j + 1] if j + 1 < limit else ""
    if not (j + 1 >= limit or nxt in CLAUSE_MARKS or nxt in cue_verbs() or nxt in AUX):
        return False
    return bool(apposed_name_ends(doc, form, j))


def apposed_name_ends(doc: _Doc, form: str, before: int) -> list[int]:
    """Where a name ends that ``form`` follows in apposition before token ``before`` ("Nora Pellow, 45,", "Nora
    Pellow, a mother-of-two,"): the token positions of the names' last words."""
    out = []
    for k in range(2, min(before, doc.n - 1)):
        if doc.low[k] != form or doc.tok[k + 1] not in _APPOSED_CLOSERS:
            continue
        comma = k - 2 if doc.low[k - 1] in ("a", "an") else k - 1
        if comma >= 1 and doc.tok[comma] == "," and _is_name_token(doc.tok[comma - 1]):
            out.append(comma - 1)
    return out


def _modifies_after_article(doc: _Doc, a: int, j: int, k: int, limit: int) -> bool:
    """Whether the one capitalised word ``tok[j:k]`` after "a"/"an" modifies the lower-case noun after it ("a
    Mercedes convertible", "a Twitter comment", "a Trump-style retort"): an indefinite article names no one
    person by a name, so the phrase is a thing, not a speaker.  A role noun after it was read before this
    ("a Twitter spokesman"), and a verb, stop word or punctuation after it leaves the name alone ("a Smith
    said", "a Kennedy in the race")."""
    if not (doc.low[a] in _INDEFINITE and j == a + 1 and k == j + 1 and k < limit):
        return False
    word = doc.tok[k]
    return (
        word.isalpha()
        and word[:1].islower()
        and doc.low[k] not in resources.stopwords()
        and doc.low[k] not in cue_verbs()
        and doc.low[k] not in AUX
        and not _verb_led(doc, k)
    )


def _past_plural_owner(doc: _Doc, a: int, limit: int) -> int:
    """The start of the name after an owner written with a bare apostrophe, else ``a``.

    ``said PBS' Jane Doe``, ``said the Times' Jane Doe``: the tokenizer splits the apostrophe of a
    possessive that ends in "s" from its word (``NBC's`` stays one token), which cut the phrase at the
    outlet; the person after the owner speaks, as after ``NBC's``.  Only a person's name
    (:func:`_opens_person_name`) is crossed to.
    """
    tok = doc.tok
    o = a + (doc.low[a] == "the")
    # (an owner of several words: "said American Airlines' Jane Doe", not a body's own possessive)
    while o + 3 < limit and _is_name_token(tok[o + 1]) and not _inner_plural_possessive(tok, doc.cap, o + 2, a, limit):
        o += 1
    if not _opens_person_name(tok, o + 2, limit):
        # "General Motors' Saturn unit said", "said Sanders' Senate campaign": before a unit or a programme, not
        # a person, the owner is who speaks
        return a
    if (
        o + 2 < limit
        and tok[o + 1] in _BARE_APOSTROPHES
        and tok[o][-1:] in ("s", "S")
        and _is_name_token(tok[o])
        and _is_name_token(tok[o + 2])
        and not _inner_plural_possessive(tok, doc.cap, o + 1, a, limit)
    ):
        return o + 2
    return a


def _opens_person_name(tok: Sequence[str], k: int, limit: int) -> bool:
    """Whether token ``k`` opens a person's name: a given name of the name table, or a word that can be one
    (:func:`_given_name_like`) before another name word ("Nora Lind", "Kent Powell"; not "Saturn unit")."""
    if k >= limit:
        return False
    if gender.is_given_name(tok[k]):
        return True
    return _given_name_like(tok[k]) and k + 1 < limit and _is_name_token(tok[k + 1])


#: An apostrophe token after a word ending in "s": a possessive (``PBS'``), when a name follows it.
_BARE_APOSTROPHES = frozenset({"'", "\u2019"})


def is_possessive_at(doc: _Doc, e: int) -> bool:
    """Whether the phrase that ends just before token ``e`` is a possessive: its last token ends in "'s"/"s'"
    ("Webb's"; :func:`analysis.reported.possessive` with ``plural``, a pronoun's "'s" too, as this reads where a
    phrase ends, not a cue's subject), or a bare apostrophe follows it, which the tokenizer splits off ("Jones'
    deputy")."""
    return possessive(doc.low[e - 1], plural=True, pronoun_has=False) or (e < doc.n and doc.tok[e] in _BARE_APOSTROPHES)


def _unclosed_description(doc: _Doc, comma: int, cue: int) -> bool:
    """Whether the words between the comma after a name and a cue describe that name, with no closing comma.

    ``Jane Doe, president and CEO of Acme Holdings said``: a role noun or a determiner opens the
    description, it runs at most :data:`_APPOSITIVE_REACH` words with no punctuation or clause word of its
    own, and the name of a body after "of"/"at"/"for" ends it just before the cue.  The writer left the second
    comma out, so the name before the first comma is the cue's subject, not the body the description ends with.
    """
    tok, low = doc.tok, doc.low
    first = comma + 1
    if not (first + 1 <= cue <= comma + _APPOSITIVE_REACH) or not (
        low[first] in _DETERMINERS or _base(tok[first]) in _ROLE_NOUNS
    ):
        return False
    if any(tok[m] in _APPOSITIVE_PUNCTUATION or low[m] in _APPOSITIVE_BREAKS for m in range(first, cue)):
        return False
    # The description ends with the body the person belongs to ("… of Acme Holdings"): that body is what the
    # cue would otherwise take.  Without one ("Smith, the minister said, had …") the cue is parenthetical.
    return _is_name_token(tok[cue - 1]) and any(low[m] in AFFILIATION_PREPOSITIONS for m in range(first + 1, cue - 1))


#: Tokens that close or interrupt a description after a name: the description is not one unclosed run.
#: (:data:`CLAUSE_MARKS` plus both brackets: an aside in brackets is not part of one unclosed description)
_APPOSITIVE_PUNCTUATION = CLAUSE_MARKS | {"(", ")"}


def _unclosed_opener(doc: _Doc, k: int, lo: int) -> _NP | None:
    """The name opening the sentence when an unclosed description runs from its comma to the cue at ``k``."""
    tok = doc.tok
    if k - lo < 3 or tok[k - 1] == "," or not _is_name_token(tok[lo]):  # cheap tests first: called per cue
        return None
    c = next((m for m in range(k - 2, max(lo, k - _APPOSITIVE_REACH) - 1, -1) if tok[m] == ","), None)
    if c is None or c <= lo or not _unclosed_description(doc, c, k):
        return None
    opener = _np_at(doc, lo, c)
    return opener if opener is not None and opener.kind == "name" and opener.b == c else None


# Verbs whose following noun phrase is who is spoken *to* or *about* ("telling the United
# States", "urged Congress"), so "VERB X" never names the speaker; participles never do either.
_OBJECT_VERBS = frozenset(
    f
    for base in "tell urge remind inform notify accuse thank call praise criticize criticise blast slam attack mock "
    "congratulate implore beg instruct command order warn brief assure reassure challenge question dismiss reject "
    "defend describe label brand dub term hail welcome condemn denounce scold chide rebuke advise encourage invite "
    "lambaste tease blame".split()
    for f in inflections(base) | {"told", "tells", "telling"}
)


#: Words after a partitive's "of" that open its group ("one of the men", "some of those who …").
PARTITIVE_DETERMINERS = _DETERMINERS | {"these", "those"}


def _partitive_role(doc: _Doc, a: int, limit: int) -> _NP | None:
    """A partitive source phrase at token ``a`` ("one of the men", "two of the protesters") as a role spanning
    the quantifier, the head words those of the group; ``None`` for any other phrase.  A name in apposition
    after it ("said one of the men, John Smith.") is read by the caller, as after any role."""
    if a + 2 >= limit or doc.low[a] not in QUANTIFIERS or doc.low[a + 1] != "of":
        return None
    k = a + 2 + (doc.low[a + 2] in PARTITIVE_DETERMINERS)
    for m in range(k, min(limit, k + ROLE_MODIFIERS)):
        if not doc.tok[m][:1].isalpha():
            return None
        if _people_noun(_base(doc.tok[m])) and (m + 1 >= limit or not doc.tok[m + 1][:1].isalpha()):
            return _NP("role", a, m + 1, tuple(doc.tok[k : m + 1]))
    return None


def _inverted_person(doc: _Doc, a: int, limit: int) -> _NP | None:
    """A described person after an inverted cue (``"…," says the narrator``, ``said the ad's announcer``): a
    determiner, at most :data:`ROLE_MODIFIERS` lower-case modifiers and a learned person noun
    (:data:`PERSON_NOUNS`) that ends the phrase, as a role; else ``None``.

    The learned person nouns make no role where a phrase is read anywhere (:func:`_parse_np_at`: common ones
    break names and clauses), but right after a cue verb turned before its subject a role is expected, as
    before a cue verb (:func:`person_head`).
    """
    if a >= limit or doc.low[a] not in _DETERMINERS:
        return None
    for m in range(a + 1, min(limit, a + 1 + ROLE_MODIFIERS)):
        if not doc.tok[m][:1].isalpha():
            return None
        if person_head(doc, m, a) and _body_head_ends(doc, m, limit):
            return _NP("role", a, m + 1, tuple(doc.tok[a + 1 : m + 1]))
    return None


#: Nouns for people: the learned person nouns and the role nouns.
_PEOPLE_NOUNS = PERSON_NOUNS | _ROLE_NOUNS


def _people_noun(low: str) -> bool:
    """A noun for people, singular or plural: a person or role noun ("protester", "residents", "men")."""
    singular = low[:-3] + "man" if low.endswith("men") else low[:-1] if low.endswith("s") else low
    return low in _PEOPLE_NOUNS or singular in _PEOPLE_NOUNS


def _quotative_inversion(doc: _Doc, j: int) -> bool:
    """Whether token ``j``, right after a quote closed on a comma, is a past-tense verb the cue list lacks before a
    capitalised subject: ``"…," laughed Tom Barr``, ``"…," beamed Mayor Jo Hale``.  In English only a verb used
    as a quotative inverts with its subject after a quote (Collins & Branigan 1997, "Quotative Inversion"), so a
    manner-of-speaking or nonverbal verb there ("smiled", "chortled", "riffed") introduces the quote's speaker as
    "said" would."""
    low = doc.low[j]
    if not (low.isalpha() and doc.tok[j].islower() and j + 1 < doc.n and _is_cap(doc.tok[j + 1])):
        return False
    tag = resources.brill_tag(low)
    return tag in PAST_TAGS or (not tag and low.endswith("ed"))  # ("laughed", "beamed": tagged either way)


def _invertible(verb: str) -> bool:
    """Whether ``"…," VERB X`` can name the speaker X (``said Caddell``, not ``telling the United States``)."""
    low = verb.lower()
    return not low.endswith("ing") and low not in _OBJECT_VERBS


#: Verbs of :data:`_OBJECT_VERBS` that open an inverted quotative too (""Keep away," warned Jo Hale."): right after
#: a quote nothing stands before them to be their subject, so the name after them is the speaker, not the one
#: warned or urged ("told" never inverts).
QUOTATIVE_OBJECT_VERBS = frozenset(
    f for base in ("warn", "caution", "urge") for f in inflections(base) if not f.endswith("ing")
)


def inverted_after_quote(doc: _Doc, j: int) -> bool:
    """Whether the cue at token ``j`` is a :data:`QUOTATIVE_OBJECT_VERBS` verb right after a quote closed on a
    comma, a question or an exclamation mark (``"…," warned X``), whose next phrase is then its inverted subject."""
    if doc.low[j] not in QUOTATIVE_OBJECT_VERBS:
        return False
    i, comma = j - 1, False
    while i >= 0 and doc.tok[i] in _SEPARATORS:
        comma |= doc.tok[i] == ","
        i -= 1
    if i < 0 or doc.tok[i] != QUOTE_TOKEN:
        return False
    q = doc.quotes[doc.quote_at[i]]
    return comma or fold(doc.text[q.end - 1 : q.end]) in ",?!"


def _title_like(tok: str) -> bool:
    """A word that can be part of a title before a name ("Secretary of the Air Force")."""
    return tok[:1].isupper() or tok in ("of", "the", "to", "and", "for", "&", ".") or _base(tok) in _ROLE_NOUNS


#: The articles: a document description opens with one ("The letter", "A statement"), a body's name in running text
#: ("the United States", "a Gulf States envoy"), a newspaper's name is read without one ("The Advocate").
ARTICLES = frozenset({"the", "a", "an"})


def _determined_name(doc: _Doc, i: int) -> bool:
    """Whether the capitalised word at token ``i`` ends a name a lower-case determiner opens ("said the United
    States "…"", "the Baltic States "…""): sentence-case text, where a capitalised verb is no cue ("Clinton Says
    "…"" is a Title Case headline, whose words are all capitalised, "the" too)."""
    k = i - 1
    while k > doc.sentence_start[i] and _is_name_token(doc.tok[k]):
        k -= 1
    return k < i - 1 and doc.tok[k] in ARTICLES


#: A capitalised word with a lower-case hyphened part ("Amsterdam-based", "Texas-born", "US-led"): a modifier.
_PLACE_MODIFIER = re.compile(r"[A-Z][\w.]*-[a-z]+")
#: Ends of a place modifier that tell where a person comes from ("Texas-born Haines"): no evidence of a body.
_PERSON_ORIGINS = ("-born", "-raised", "-bred", "-educated")
#: Common nouns between a descriptor and the name it describes: "US band REM" (one), "American automobile
#: manufacturer General Motors" (two); a longer lower-case run is a clause, not a descriptor.
DESCRIPTOR_NOUNS = 3
#: Penn Treebank tags of a common noun (the Brill lexicon's first reading of the word).
_NOUN_TAGS = frozenset({"NN", "NNS"})
#: Tags of an adjective that may stand among the nouns before the last ("Republican presidential front-runner X").
_ADJECTIVE_TAGS = frozenset({"JJ"})


def _descriptor_nouns(doc: _Doc, k: int, limit: int) -> int | None:
    """The name's first token when ``tok[k:]`` is a run of common nouns before a name, else None.

    "Japanese automaker Toyota", "Virginia delegate Beau Correll": the capitalised words before the nouns
    and the nouns themselves describe the name, which is the speaker.  A noun is a lower-case word that
    the Brill lexicon reads first as a noun (or does not know, and is not shaped like a verb form or an
    adverb); adjectives may stand among them if a noun comes last ("Republican presidential front-runner
    Donald Trump", "Republican political consultant Chris Russell"); a stop word, cue verb or auxiliary ends
    the run.
    """
    tok, low = doc.tok, doc.low
    m, last_noun = k, False
    while m < limit and m - k < DESCRIPTOR_NOUNS:
        t, lw = tok[m], low[m]
        if not (t[:1].islower() and t.replace("-", "").isalpha()):
            break
        if lw in resources.stopwords() or lw in cue_verbs() or lw in AUX:
            return None
        tag = resources.brill_tag(lw)
        noun = tag in _NOUN_TAGS if tag else not lw.endswith(("ed", "ing", "ly"))
        if not noun and tag not in _ADJECTIVE_TAGS:
            return None
        last_noun = noun
        m += 1
    if m == k or m >= limit or not last_noun or not _is_name_token(tok[m]):
        return None  # an adjective must lead to a noun: "Republican political consultant Chris Rusk"
    return m


#: Quantifiers that open a role's complement as a number does ("attorneys for both men", "lawyers for all three").
_COMPLEMENT_QUANTIFIERS = frozenset({"both", "all", "several"})


def _group_end(doc: _Doc, k: int, limit: int, *, plural: bool = True) -> int | None:
    """One past a group's plural noun when ``tok[k:]`` is a run of common nouns ending the phrase with one.

    "Tory delegates said", "Patient advocacy groups said": the capitalised words before the nouns describe
    the group (a party, a person it supports), which is the speaker.  The run (at most
    :data:`DESCRIPTOR_NOUNS` words, read as by :func:`_descriptor_nouns`) must end in a plural noun of the
    Brill lexicon (NNS) and the phrase must end after it (the caller's limit, a clause mark or a verb).
    With ``plural=False`` any noun ends it (the complement of "lawyers for the pair"), and a number may
    open it ("the two men").
    """
    tok, low = doc.tok, doc.low
    m = k
    while m < limit and m - k < DESCRIPTOR_NOUNS and tok[m][:1].islower() and tok[m].replace("-", "").isalpha():
        lw = low[m]
        tag = resources.brill_tag(lw)
        opening = m == k or (m == k + 1 and low[k] in _COMPLEMENT_QUANTIFIERS)
        if not plural and opening and (tag == "CD" or lw in _COMPLEMENT_QUANTIFIERS):
            m += 1  # "the two men", "attorneys for both men", "lawyers for all three defendants"
            continue
        if (
            lw in resources.stopwords()
            or lw in cue_verbs()
            or lw in AUX
            or (tag != "" and tag not in _NOUN_TAGS | {"JJ"})
        ):
            break
        m += 1
    if m == k or resources.brill_tag(low[m - 1]) not in ({"NNS"} if plural else _NOUN_TAGS):
        return None
    if m < limit and not (tok[m] in _CLAUSE_ENDS or low[m] in cue_verbs() or low[m] in AUX):
        return None
    return m


def _common_head_end(doc: _Doc, k: int, limit: int) -> int | None:
    """One past the head noun when ``tok[k:]`` is a run of common nouns (adjectives among them) that ends the
    phrase with a singular one, the head of a description its capitalised modifiers before ``k`` do not
    name ("[Delhi] auto parts supplier said", "[British] embassy said", "[Texas] farmer told"), else ``None``.

    The run is read as :func:`_group_end` reads a group's (whose plural heads are read there first); a
    time word ("Trump today said", "Smith last week said") is an adverbial of the clause, not a head.
    """
    end = _group_end(doc, k, limit, plural=False)
    if end is None or doc.low[k] in _TIME_WORDS:
        return None
    if any(doc.low[m] in _TIME_WORDS or doc.low[m] in _TIME_NOUNS for m in range(k, end)):
        return None
    if resources.brill_tag(doc.low[k]) == "CD":
        return None  # "Obama two years ago": a number opens no head here
    return end


def _group_before(doc: _Doc, j: int, lo: int) -> _NP | None:
    """A group noun phrase ending with the plural noun at ``j`` ("open source developers", "Tory delegates"),
    read back over its modifiers (:func:`_group_end` read forward); a bare plural or a role noun (read as a
    role elsewhere) is not one."""
    low = doc.low
    if low[j] in _ROLE_NOUNS or not doc.tok[j][:1].islower():
        return None
    s = j
    while s - 1 >= lo and j - s < DESCRIPTOR_NOUNS - 1 and doc.tok[s - 1][:1].islower() and doc.tok[s - 1].isalpha():
        s -= 1
    while s <= j and _group_end(doc, s, j + 1) != j + 1:
        s += 1  # the longest run of nouns and adjectives that ends with the plural
    if s > j:
        return None  # no plural noun at j ("Cruz continued")
    first = s
    while first - 1 >= lo and doc.cap[first - 1]:
        first -= 1
    if first == j:
        return None
    if first - 1 >= lo and low[first - 1] in _DETERMINERS:
        first -= 1
    return _NP("role", first, j + 1, tuple(w for w in doc.tok[first : j + 1] if w.lower() not in _DETERMINERS))


#: Lower-case words from a capitalised run to the role noun they modify ("White House press secretary").
ROLE_LEAD_WORDS = 3


def _leads_to_role(tok: list[str], k: int, limit: int, reach: int = ROLE_LEAD_WORDS) -> bool:
    """Whether up to ``reach`` lower-case words from ``k`` reach a role noun ("press secretary")."""
    stop = resources.stopwords()
    for m in range(k, min(limit, k + reach)):
        t = tok[m]
        if _is_cap(t) or not t[:1].isalpha():
            return False
        low = _base(t)
        if low in _ROLE_NOUNS:
            return True
        if (low in stop or low in cue_verbs() or low.endswith("ed")) and not _noun_before_role(tok, m, limit):
            return False  # "The UAW issued statement …": a verb ends the phrase
    return False


def _person_noun_end(tok: list[str], k: int, limit: int) -> int | None:
    """One past a learned person noun (:data:`PERSON_NOUNS`) that ends the lower-case words from ``k`` within
    :data:`ROLE_LEAD_WORDS` ("[call girl] said", "[heartthrob] told"), else ``None``: the capitals before it are a
    modifier of a described person ("the rattled Sin City call girl"), read after a determiner only."""
    stop = resources.stopwords()
    for m in range(k, min(limit, k + ROLE_LEAD_WORDS)):
        t = tok[m]
        if _is_cap(t) or not t.isalpha():
            return None
        low = _base(t)
        if low in PERSON_NOUNS and (
            m + 1 >= limit or not tok[m + 1][:1].isalpha() or tok[m + 1].lower() in cue_verbs()
        ):
            return m + 1
        if low in stop or low.endswith("ed"):
            return None  # (a cue verb may be a modifier here: "call girl")
    return None


#: Most lower-case modifiers coordinated before a role noun ("sales, service, and marketing vice president").
COORDINATED_MODIFIERS = 4
_COORDINATORS = frozenset({"and", "or"})


def _coordinated_role_end(tok: list[str], k: int, limit: int) -> int | None:
    """One past the role noun of a role whose lower-case modifiers from ``k`` are coordinated ("[sales, service,
    and marketing] vice president", "the [finance and economy] minister"), else ``None``: a list, then the last
    modifier leading to the role noun (:func:`_leads_to_role`)."""
    if k + 1 >= limit or (tok[k + 1] != "," and tok[k + 1].lower() not in _COORDINATORS):
        return None  # no list here (the common case: one test)
    stop = resources.stopwords()
    m = k
    for _ in range(COORDINATED_MODIFIERS):
        t = tok[m] if m < limit else ""
        low = _base(t)
        if not (t.isalpha() and t.islower()) or low in stop or low in cue_verbs() or low in _ROLE_NOUNS:
            return None  # "the mayor, and …", "police, who …": not a modifier list
        m += 1
        if m < limit and tok[m] == ",":
            m += 1
        if m < limit and tok[m].lower() in _COORDINATORS:
            m += 1
            if not _leads_to_role(tok, m, limit):
                return None
            e = next(e for e in range(m, min(limit, m + 3)) if _base(tok[e]) in _ROLE_NOUNS)
            while e + 1 < limit and _base(tok[e + 1]) in _ROLE_NOUNS and not _is_cap(tok[e + 1]):
                e += 1  # "vice president"
            return e + 1
        if tok[m - 1] != ",":
            return None
    return None


#: Prepositions that open a role's complement: "a spokeswoman [for the Home Office]".
_ROLE_COMPLEMENTS = frozenset({"of", "for", "from", "at", "with", "in", "on", "to"})
#: The articles of a newcomer: an indefinite role is someone the article has not named.
_INDEFINITE = frozenset({"a", "an"})


def _role_core(phrase: str) -> tuple[tuple[str, ...], bool] | None:
    """An indefinite role phrase's words before its complement, lower-cased and without its article, and
    whether a complement follows: ("spokeswoman",), True for "A spokeswoman for the Home Office"; ``None``
    for any other phrase.  A singular role written with no article at all, as headline style writes one
    person's post ("said chairman of the ISM's survey committee", then "chairman"), is read as an indefinite
    one (:func:`_bare_singular_role`)."""
    words = phrase.lower().split()
    if words and words[0] in _INDEFINITE:
        words = words[1:]
    elif not _bare_singular_role(phrase.split()):
        return None
    for k, w in enumerate(words):
        if k and w in _ROLE_COMPLEMENTS:
            return tuple(words[:k]), True
    return tuple(words), False


def _bare_singular_role(words: Sequence[str]) -> bool:
    """Whether a role phrase opens with no article or owner: lower-case words up to its complement that end in a
    singular role noun ("chairman", "survey chairman"), never a plural group ("analysts"), which a bare plural
    names generically and another complement makes another group."""
    core = list(itertools.takewhile(lambda w: w.lower() not in _ROLE_COMPLEMENTS, words))
    if not core or not all(w.isalpha() and w.islower() for w in core) or core[0] in _DETERMINERS:
        return False
    return core[-1] in _ROLE_NOUNS and regular_singular(core[-1]) == core[-1]


def unnamed_role(roles: dict[str, _Entity], phrase: str, pos: int) -> _Entity:
    """The entity of an unnamed source as written ("a Downing Street spokesman"), kept in ``roles``.

    An indefinite role written bare ("a spokeswoman", the mention a later "she added" resolves to) and the
    same role read on over its complement ("a spokeswoman for the Home Office") are one source in an
    article, named by the description: the guidelines give an unnamed source as first fully described.
    A second description with another complement is another source.  A definite role ("the spokeswoman")
    may be a named holder's and is left to the role resolver.
    """
    key = phrase.lower()
    if key in roles:
        return roles[key]
    found = _role_core(phrase)
    if found is not None:
        core, described = found
        cores = {id(e): _role_core(e.name) for e in roles.values() if e.kind == "role"}
        # (a bare role written with no article joins only a described one: "person" of "in person" is no one)
        same = [
            e
            for e in roles.values()
            if id(e) in cores
            and (cores[id(e)] or ((), False))[0] == core
            and (e.name.lower().split()[0] in _INDEFINITE or cores[id(e)] == (core, True))
        ]
        if described:
            bare = next((e for e in same if not (cores[id(e)] or ((), True))[1]), None)
            if bare is not None:
                bare.name = phrase  # the bare role's full description: name it so
                roles[key] = bare
                return bare
        elif same:
            roles[key] = max(same, key=lambda e: e.first if e.first <= pos else -1)  # the latest one before
            return roles[key]
    roles[key] = _Entity(phrase, (), None, "role", pos, [], [0, 0])
    return roles[key]


def role_phrase(doc: _Doc, np: _NP) -> str:
    """An unnamed source's name: its role as written, a list's commas kept ("sales, service, and marketing
    director")."""
    phrase = " ".join(_glued_possessives(doc.tok[np.a : np.b])).replace(" ,", ",")
    # "1,409 teachers": a number's thousands separators glued back (:func:`number_start` read them as one number)
    if number_start(doc, np.a + 2) < np.a + 2:
        phrase = _THOUSANDS.sub(",", phrase)
    # "[the senator's] claims that …" owns the claims, and the senator speaks; not a complement's possessive,
    # "a supporter of Hillary Clinton's", "the head of China's [delegation]", whose words are read as written
    ending = next((e for e in ("'s", "\u2019s", "s'", "s\u2019") if phrase.endswith(e)), None)
    if ending is None or np.b - np.a < 2 or "of" in doc.low[np.a : np.b]:
        return phrase
    return phrase[: -len(ending) + (ending[0] == "s")]


#: A thousands separator written back with a space by the token join ("1, 409"), between a count's digit groups.
_THOUSANDS = re.compile(r"(?<=\d), (?=\d{3}\b)")


def _role_words(tok: list[str], a: int, b: int) -> tuple[str, ...]:
    """The words of a role phrase ``tok[a:b]``, without its list's commas and conjunctions."""
    return tuple(w for w in tok[a:b] if w != "," and w.lower() not in _COORDINATORS)


#: Lower-case words that join a role to its complement before a name ("vice president and chairman of
#: Chrysler LLC Jim Press", "secretary of state Hillary Clinton").
_ROLE_JOINERS = frozenset({"and", "of", "for", "at", "the", "&"})
#: A role phrase with its complements reaches a name at most this many tokens after its head noun: the
#: longest seen in news copy ("the vice president and chairman of Chrysler LLC Jim Press") are about ten.
ROLE_NAME_REACH = 12
#: A person's name after a role complement has two or three words (given name, [middle], surname).
PERSON_NAME_WORDS = (2, 3)


def _role_then_name(doc: _Doc, j: int, limit: int) -> tuple[int, int] | None:
    """``(start, end)`` of the person named after the role noun at ``j`` and its complements, if any.

    "said the vice president and chairman of Chrysler LLC Jim Press": the role's complement (coordinated
    roles, "of"/"for"/"at" a body) runs straight into a name, and the name is the speaker.  Evidence for
    the name, not capitals: it opens with a given name of the gender table (or an initial) and has two or
    three words, none a title or an organisation word, and nothing but punctuation, a cue verb or the end
    of the phrase follows it.  A joiner must be crossed ("candidate Hillary Clinton" is read elsewhere).
    """
    tok, low = doc.tok, doc.low
    m, crossed = j + 1, False
    stop = resources.stopwords()
    while m < limit and m <= j + ROLE_NAME_REACH:
        t, lw = tok[m], low[m]
        if lw in _ROLE_JOINERS and not _is_cap(t):
            crossed = True
        elif _is_cap(t):
            if not _is_name_token(t):
                break
        elif not (
            t.isalpha()
            and lw not in stop
            and lw not in AUX
            and (lw not in cue_verbs() or low[m - 1] in _ROLE_JOINERS)  # "of state": a noun after "of"
        ):
            break
        m += 1
    # The name must end the phrase in the text, not just where the caller's window ends ("the Ivanka Trump brand").
    if not crossed or (m < doc.n and not (tok[m] in _CLAUSE_ENDS or _verb_after(low[m]) or low[m] in AUX)):
        return None
    r = m
    while r - 1 > j and _is_cap(tok[r - 1]):
        r -= 1
    for n in PERSON_NAME_WORDS:
        q = m - n
        if q < r:
            continue
        words = tok[q:m]
        first = words[0]
        initial = len(first) == 2 and first[1] == "."
        # a body's name that ends in its kind's word ("Acme LLC", "Brackwell Bank") ends before the person's: two
        # words after it are a name whatever its given name ("chairman of Acme LLC Kwabena Tremblay")
        after_body = n == 2 and q > r and _base(tok[q - 1]) in _ORG_WORDS and _base(first) not in _ORG_WORDS
        if (initial or after_body or gender.is_given_name(first)) and not any(
            _base(w) in _ORG_WORDS or _base(w) in _TITLE_WORDS for w in words[1:-1]
        ):  # the surname may be a title or body word ("Jim Press", "Mark Post")
            return q, m
    if m - 1 > r and _base(tok[m - 2]) in _ORG_WORDS and _single_name_after(tok[m - 2 : m], False):
        return m - 1, m  # "chairman of Acme LLC Orunabe": one name-like word after the body's kind word
    return None


def _verb_after(low: str) -> bool:
    """A cue verb that the Brill lexicon reads first as a verb ("said", "told"), not a noun after a name that
    modifies it ("the Ivanka Trump brand", "the Jane Doe report")."""
    return low in cue_verbs() and resources.brill_tag(low, "VB").startswith("VB")


#: What may end a name's clause right after it: :data:`CLAUSE_MARKS`, plus "?"/"!" (a sentence ends there too)
#: and an opening bracket (an aside follows the name).
_CLAUSE_ENDS = CLAUSE_MARKS | {"(", "?", "!"}


#: Penn Treebank tags of a finite verb ("included", "requires", "say"): such a word never modifies the noun
#: after it, so it ends a phrase read backwards from its noun.
_FINITE_VERB_TAGS = frozenset({"VBD", "VBP", "VBZ"})
#: Words before a base-form verb that make it one ("will help people", "to woo voters"): a bare "lead" or
#: "launch" before a noun may be its modifier ("lead negotiator").
_BEFORE_BASE_VERB = frozenset("to will would can could should may might must shall do does did n't not".split())


#: Brill tags of a word of :data:`ISSUING_VERBS` that open a verb phrase, not a noun ("post", "release" are nouns
#: first; "published reports" is a participle's): a past tense, or none at all for a form the lexicon lacks
#: ("e-mailed").
_ISSUED_TAGS = frozenset({"VBD", ""})


def _verb_led(doc: _Doc, m: int) -> bool:
    """Whether the lower-case word at ``m`` is a verb, not a modifier of the noun phrase after it.

    A speaker heads a noun phrase: "[help people] manage", "which [included staff members]", "that
    [irritates Clinton supporters]" are a verb and its object.  The Brill lexicon's reading decides: a
    finite form (:data:`_FINITE_VERB_TAGS`) always, a base form ("help", "woo") after a modal, "to" or a
    negation only.
    """
    word = doc.tok[m]
    if not word[:1].islower():
        return False
    tag = resources.brill_tag(doc.low[m])
    if tag == "VBN" and m > 0 and resources.brill_tag(doc.low[m - 1]) in _PLURAL_NOUN_TAGS:
        return True  # "[Reporters heard] students chant": a past form after a plural noun is its verb, no modifier
    if doc.low[m] in ISSUING_VERBS and tag in _ISSUED_TAGS:
        return True  # "[e-mailed a statement] confirming …": the verb that put the document out, not its noun
    return tag in _FINITE_VERB_TAGS or (tag == "VB" and m > 0 and doc.low[m - 1] in _BEFORE_BASE_VERB)


def _skip_parenthesis(tok: list[str], k: int, limit: int) -> int:
    """Skip a parenthesis after a name: ``Rep. Gwen Moore (D-Wis.) said``."""
    if k < limit and tok[k] == "(":
        m = k + 1
        while m < limit and m < k + 12 and tok[m] != ")":
            m += 1
        if m < limit and tok[m] == ")":
            return m + 1
    return k


#: Adjectives and participles that post-modify a source with their preposition ("sources familiar with the deal",
#: "people close to the president", "officials briefed on the talks"): the phrase runs to the complement's end.
_POSTMODIFIERS = {
    "familiar": "with",
    "close": "to",
    "closest": "to",
    "briefed": "on",
    "involved": "in",
    "knowledgeable": "about",
    "privy": "to",
}


_OBJECT_PRONOUNS = frozenset("him her them us it".split())


def _after_according(doc: _Doc, pos: int) -> bool:
    """Whether token ``pos`` follows "according to" (the attribution frame ``according to X``)."""
    return pos >= 2 and doc.low[pos - 2] == "according" and doc.low[pos - 1] == "to"


#: The subject pronoun an object pronoun after "according to" stands for ("…," according to him.).
_SUBJECT_OF_OBJECT = {"him": "he", "her": "she", "them": "they", "us": "we"}


def _according_pronoun(doc: _Doc, k: int, limit: int) -> _NP | None:
    """The pronoun source of ``according to him`` at token ``k``, read as its subject form (``he``) so it is
    resolved as a cue's subject pronoun is; ``her`` only when it ends the phrase (not "according to her office", nor
    'according to her "clawback" plan': a quoted term after it is what she owns)."""
    low = doc.low[k] if k < limit else ""
    if low not in _SUBJECT_OF_OBJECT or not _phrase_final_word(doc, k, limit):
        return None
    if k + 1 < doc.n and doc.tok[k + 1] == QUOTE_TOKEN:
        return None
    return _NP("pronoun", k, k + 1, (_SUBJECT_OF_OBJECT[low],))


def _postmodifier_end(doc: _Doc, j: int, limit: int) -> int | None:
    """One past ``familiar with the deal`` (:data:`_POSTMODIFIERS`) starting at token ``j``, if it is one.

    The complement is a pronoun ("close to him"), or names and role nouns ("close to the vice president")
    then the common nouns they modify ("familiar with the Clinton campaign", "familiar with Cruz's thinking").
    """
    low = doc.low
    if j + 2 >= limit or _POSTMODIFIERS.get(low[j]) != low[j + 1]:
        return None
    if low[j + 2] in _OBJECT_PRONOUNS and _phrase_final_word(doc, j + 2, limit):
        return j + 3  # "a source close to him", "close to her said" (not "close to her campaign")
    k = j + 2 + (low[j + 2] in _DETERMINERS)
    m = k
    while (
        m < limit
        and m - k < 6
        and (_is_name_token(doc.tok[m]) or low[m] in _ROLE_NOUNS or low[m] in ("of", "and") or low[m].endswith("'s"))
    ):
        m += 1  # names, role nouns and owners: "the vice president", "the Clinton campaign's"
    m = _group_end(doc, m, limit, plural=False) or _phrase_final_word(doc, m, limit) or m
    return m if m > k else None


def _phrase_final_word(doc: _Doc, k: int, limit: int) -> int | None:
    """One past token ``k`` when it is a lower-case word that ends its phrase (a clause mark or a cue verb
    follows): "familiar with her thinking", a gerund that the lexicon does not read as a noun."""
    if k >= limit or not (doc.tok[k].isalpha() and doc.tok[k].islower()):
        return None
    if k + 1 >= limit or doc.tok[k + 1] in _CLAUSE_ENDS or doc.low[k + 1] in cue_verbs():
        return k + 1
    return None


#: Prepositions that complete a role phrase only with a named place or body ("police in Leeds", "a lecturer
#: from York"); with a common noun they tell where or when it spoke ("officials in a statement").
_PLACE_ONLY_PREPS = frozenset({"in", "from"})


def _np_tail(doc: _Doc, j: int, limit: int) -> int:
    """Extend a role phrase over ``for/of/at/with the X`` ("a spokesman for the campaign") or a post-modifier
    ("sources familiar with the deal", :func:`_postmodifier_end`)."""
    tok = doc.tok
    after = _postmodifier_end(doc, j, limit) if j < limit else None
    if after is not None:
        return after
    if j + 1 < limit and tok[j] in ("for", "of", "at", "with", "to", "by", "in", "from") and tok[j - 1].lower() != "of":
        k = j + 1
        if k < limit and tok[k].lower() in ("the", "a", "an"):
            k += 1
        if tok[j] in _PLACE_ONLY_PREPS and (
            not (k < limit and _is_name_token(tok[k])) or _document_word(_base(tok[j - 1]))
        ):
            group = _affiliation_end(doc, j, k, limit)
            if group is not None:
                return group  # "executives from several car firms": the bodies they come from
            return j  # a place: "police in Leeds"; not "officials in the meeting", "a post from Jane Doe"
        m = k
        while m < limit and m - k < 6:
            if _is_name_token(tok[m]) or tok[m] in ("of", "and", "&") or _role_noun_form(tok[m]):
                m += 1
            elif tok[m][:1].islower() and _leads_to_role(tok, m, limit):
                m += 1  # "by an unknown author": a modifier on the way to a role noun
            else:
                break
        if m == k:
            m = _group_end(doc, k, limit, plural=False) or k  # "lawyers for the pair", "for the two men"
        elif tok[m - 1].lower().endswith("'s"):
            m = _owned_end(doc, m, limit)  # "a user of Apple's iTunes music service"
        if m > k + 1 and tok[m - 1] in ("and", "&"):
            further = _np_tail(doc, m, limit)  # "officials in the FBI and at the Justice Department": two complements
            if further > m:
                return further
        while m > k and tok[m - 1] in ("of", "and", "&"):
            m -= 1  # a joiner ends no phrase ("officials in the FBI and [at …]")
        if m > k:
            return m
    return j


#: Quantifiers that may open the bodies a group of people comes from ("from several car firms", "from both
#: parties"): no article, but the group's complement all the same.
_AFFILIATION_QUANTIFIERS = frozenset({"several", "both", "many", "some", "various", "other", "all", "two", "three"})


def _affiliation_end(doc: _Doc, j: int, k: int, limit: int) -> int | None:
    """One past the common plural noun a "from" at ``j`` names the speakers' bodies with, else ``None``.

    "Executives from several car firms said", "Lawmakers from both parties said": "from" and a run of common
    nouns ending in a plural that ends the phrase (:func:`_group_end`) say where the people come from, as "of"
    and "for" do; a singular or a named place keeps the place reading ("officials from the scene", "a lecturer
    from York"), and a document's "from" its author ("a post from Jane Doe").  ``k`` is past any article.
    """
    if doc.tok[j] != "from" or _document_word(_base(doc.tok[j - 1])) or _base(doc.tok[j - 1]) not in _ROLE_NOUNS:
        return None
    if k < limit and doc.low[k] in _AFFILIATION_QUANTIFIERS:
        k += 1
    return _group_end(doc, k, limit)


def regular_singular(low: str) -> str:
    """The singular of a lower-case regular plural ("agencies" → "agency", "governments" → "government"); a word
    without a final "s" as it is.  Irregular plurals ("people", "men") are the lexicon's business, not this."""
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low[:-1] if low.endswith("s") else low


def _role_noun_form(word: str) -> bool:
    """Whether a word is a role noun (:data:`_ROLE_NOUNS`) or its regular plural ("governments", "agencies" are
    not listed as "government", "agency" are): "ministers from European and Asian governments"."""
    low = word.lower()
    return low in _ROLE_NOUNS or regular_singular(low) in _ROLE_NOUNS


#: Most words of the thing an owner's name owns in a role's complement ("of Apple's iTunes music service").
OWNED_WORDS = 4


def _owned_end(doc: _Doc, m: int, limit: int) -> int:
    """One past the nouns an owner's name before ``m`` owns ("a user of Apple's [iTunes music service] is
    suing"), when they run up to a verb or a clause's end; else ``m``."""
    tok, low = doc.tok, doc.low
    stop = resources.stopwords()

    def verb(q: int) -> bool:
        return low[q] in cue_verbs() or resources.brill_tag(low[q]).startswith("VB")

    q = m
    while q < limit and q - m < OWNED_WORDS and tok[q].isalpha() and low[q] not in stop and low[q] not in AUX:
        if verb(q):
            break
        q += 1
    if q > m and (q >= limit or tok[q] in _CLAUSE_ENDS or low[q] in AUX or verb(q)):
        return q
    return m


#: A capitalised run ending in one of these is a role (:func:`_classify_run`; the union built once, not per run).
_ROLE_OR_TITLE_WORDS = _ROLE_NOUNS | _TITLE_WORDS


#: Brill tags of the word after a capitalised adjective that make the adjective its modifier ("Democratic
#: presidential candidate", "Mexican novelist"): a noun or another adjective (with no verb reading).
_MODIFIED_TAGS = frozenset({"NN", "NNS", "JJ"})
#: Brill tags of the word after a sentence-initial "-ing" word that open its object ("Reprising one of …",
#: "Citing the report"): a participle clause, not a name.
_PARTICIPLE_OBJECT_TAGS = frozenset({"DT", "CD", "PRP", "PRP$", "IN"})


def _lone_modifier(doc: _Doc, j: int) -> bool:
    """Whether the one-word capitalised run at token ``j`` is a common word that modifies or opens the phrase
    after it rather than naming anyone: an adjective opening the description of a name ("Democratic
    presidential candidate Sen. Bernie Sanders": the name is the speaker), a plural noun of time before an
    adverb and a comma at a sentence start ("Days later, the museum …"), a sentence adverb before its comma
    ("Likewise, a paper …"; not a surname the article gives), or a sentence-initial "-ing" word before its
    object ("Reprising one of her lines, …").  A given name of the name table is never one."""
    k = j + 1
    if k >= doc.n or doc.cap[k] or doc.low[j] in gender.given_names():
        return False
    low, after = doc.low[j], resources.brill_tag(doc.low[k])
    if (
        "JJ" in (resources.brill_tag(low), (_capitalised_tags(low) or ("",))[0])
        and after in _MODIFIED_TAGS
        # "Orange claims …", "Republican claims": a cue word or a word that may be a verb leaves it a subject
        and doc.low[k] not in cue_verbs()
        and not any(t.startswith("VB") for t in resources.brill_tags(doc.low[k]))
        # only where a name follows its description: before a bare noun ("the Afghan flag", "Syrian hackers")
        # the adjective stays the nearest candidate, and dropping it would let the search reach a name further
        # off ("Syrian hackers backing President Assad" is not Assad); a group of people is the group reader's
        and _descriptor_nouns(doc, k, doc.n) is not None
    ):
        return True
    if j != doc.sentence_start[j]:
        return False
    if doc.tok[k] == "," and low in _opening_words() and low not in doc.by_surname:
        return True  # "Likewise, a paper …", "Overall, the groups …": a sentence adverb and its comma
    if low in _OPENING_TIME_NOUNS and after in _OPENING_TAGS:
        # only a noun of time: "Waters later, at a rally, said" is Maxine Waters
        return k + 1 < doc.n and doc.tok[k + 1] == ","  # "Days later, …", not "Officials later said"
    return low.endswith("ing") and after in _PARTICIPLE_OBJECT_TAGS


def _classify_run(doc: _Doc, a: int, j: int, k: int) -> _NP | None:
    """A phrase ``tok[a:k]`` whose capitalised run is ``tok[j:k]``."""
    # A sentence-initial participle or function word is not part of a name ("Following a …"); a name's first word
    # the lexicon knows capitalised as a proper noun is ("Reading Council said", as :meth:`_Doc._register_entities`
    # reads it: :func:`_opening_participle`).
    while (
        j < k
        and j == doc.sentence_start[j]
        and (
            _opening_participle(doc.tok, j)
            or not _is_name_token(doc.tok[j])
            or _opens_sentence_only(doc, j, k)
            or _opening_verb(doc.tok[j])
        )
    ):
        j += 1
        a = max(a, j)
    if j >= k or (k - j == 1 and _lone_modifier(doc, j)):
        return None
    words = doc.tok[j:k]
    if len(words) == 1 and _base(words[0]) in doc.by_surname:
        return _NP("name", a, k, (words[0],))  # "Press said" after "Jim Press": a surname, not a title
    if _possessive_name(doc, k, doc.n):
        return _NP("org", a, k, tuple(words))  # "McDonald's said", "said Moody's.": a business named by its owner
    parsed = _split_title(words, doc.speaking, doc.given_titles)
    lows = [w.lower() for w in doc.tok[a:j]]
    if parsed is None:
        # "the French President", "a Downing Street spokesman" written in capitals; "the Archbishop of
        # Canterbury", "the Mayor of Leeds": a title of a place or body is a role, never the place.
        if words and (_base(words[-1]) in _ROLE_OR_TITLE_WORDS or _title_of(words)):
            return _NP("role", a, k, tuple(doc.tok[a if not lows or lows[0] not in _DETERMINERS else a + 1 : k]))
        return None
    title, name, kind, honorific = parsed
    if kind == "organisation":
        return _NP("org", a, k, tuple(name))
    return _NP("name", a, k, tuple(name), honorific)


#: What may follow a name that ends in "'s" and owns nothing: the end of its clause (punctuation, a quote or a new
#: paragraph), else a speech verb (:func:`_possessive_name`).
#: (:data:`CLAUSE_MARKS` plus "?"/"!", which end a sentence too, and ")", which closes an aside the name ends)
_AFTER_POSSESSIVE_NAME = CLAUSE_MARKS | {")", "?", "!"}


#: The Brill tags of a finite verb (past, third person present): "said", "says", not "proposed" (VBN).
_PAST_OR_THIRD_TAGS = frozenset({"VBD", "VBZ"})


def _possessive_name(doc: _Doc, k: int, limit: int) -> bool:
    """Whether the capitalised word ``tok[k-1]`` that ends in "'s" is a name, not an owner: nothing owned follows
    it, only the end of its clause or a verb ("McDonald's said", "said Moody's.", "Sainsbury's, the grocer,").

    The elliptical possessive names the owner's shop or firm ("at the baker's"); British firms keep it in their
    name (Sainsbury's, McDonald's, Moody's).  A possessive always has a noun after it ("Trump's tweet"), so a
    verb or a clause end right after the word is evidence of a name; so is an article that never writes the
    owner without its "'s" (a word such as "calls" or "proposed" after a person's possessive is the owner's
    noun or its modifier, and "Smith's said" after "John Smith" is "Smith has said").
    """
    if k < 1 or not doc.low[k - 1].endswith("'s") or not _is_name_token(doc.tok[k - 1][:-2]):
        return False  # (the word before "'s" is a name's: "It's said", "That's what" hold a pronoun)
    if doc.low[k - 1][:-2] in doc.written_words:
        return False  # the article names the owner alone ("Carrier … Carrier's calls", "Rubio … Rubio's proposed")
    if k >= limit:
        return True
    # (a finite verb by its commonest reading only: "Trump's claims", "Trump's report" are the owner's nouns,
    # "Roe's proposed plan" its participle)
    return doc.tok[k] in _AFTER_POSSESSIVE_NAME or (
        _verb_cue_at(doc, k) and (doc.low[k] in AUX or resources.brill_tag(doc.low[k]) in _PAST_OR_THIRD_TAGS)
    )


def _title_of(words: Sequence[str]) -> bool:
    """Whether capitalised ``words`` are a title of a place or body ("Archbishop of Canterbury", "Mayor of
    Leeds", "Secretary of State"): title words, "of", then capitalised words only (no person's name follows:
    "Archbishop of Canterbury Jane Doe" is parsed as a titled person before this is asked)."""
    if "of" not in words:
        return False
    cut = list(words).index("of")
    return (
        cut >= 1
        and cut + 1 < len(words)
        and all(_base(w) in _TITLE_WORDS for w in words[:cut])
        and all(w[:1].isupper() or w == "the" for w in words[cut + 1 :])
    )


#: A party/state tag (``, D-N.Y.,``) is a comma, the tag token and a comma; a few tokens may follow the tag
#: before its comma when the tokenizer splits a state ("R-Ga .", "D-N. Y."): at most this many, so a longer
#: run is not a tag and still breaks the cue.
TAG_TOKENS = 4
#: A party's initials before the hyphen of a tag after a name: a US party letter and a state ("D-N.Y.", "R-Ga")
#: or a Canadian or British party's initials and a riding ("NDP-Burnaby South", "SNP-Perth"); a riding is a place's
#: name, so a second set of initials ("AFL-CIO") makes no tag.
_PARTY_INITIALS = re.compile(r"[A-Z]{1,4}-[A-Z][a-z]")


def is_party_tag(tok: str, opened: bool = True) -> bool:
    """A party/state or party/riding tag token (``D-N.Y.``, ``R-Ga``, ``NDP-Burnaby``): never a person, and no
    break between a name and its cue.  A US party letter and a state make one anywhere; longer initials
    (``NDP-``) only where a comma or a bracket ``opened`` the tag ("the US-China Business Council" is a name)."""
    if len(tok) >= 3 and tok[0] in "DRI" and tok[1] == "-" and tok[2:3].isupper():
        return True
    return opened and _PARTY_INITIALS.match(tok) is not None


#: A bracketed tag after a name ("Jo Hale (pictured)", "(Lab)", "(Spadina—Fort York)", "(R-Ohio)") holds at most
#: this many tokens: a longer aside is a clause of its own.
BRACKET_TAG_TOKENS = 5


def bracket_tag_end(tok: list[str], m: int, n: int) -> int | None:
    """The token after the ``)`` closing a short bracketed tag that opens at ``m`` right after a capitalised
    word ("Jo Hale (pictured) said", "Jo Hale (Lab), a councillor,"), else ``None``: a tag dresses the name
    before it and names no one of its own."""
    if not (0 < m < n and tok[m] == "(" and tok[m - 1][:1].isupper()):
        return None
    for e in range(m + 1, min(n, m + 2 + BRACKET_TAG_TOKENS)):
        if tok[e] == ")":
            return e + 1 if e > m + 1 else None
        if tok[e] in ("(", QUOTE_TOKEN, PARA_TOKEN):
            return None
    return None


def tag_run(tok: list[str], a: int) -> bool:
    """Whether the capitalised run opening at token ``a`` is a tag dressing the name before it, no name of its own:
    a party tag after a comma or a bracket (", NDP-Burnaby South,", "(R-Ohio)") or the words of a short bracket
    after a name ("Jo Hale (Spadina—Fort York)", "(Lab)").  A lone acronym in brackets stays: it is the short
    form of the name before it ("General Motors (GM)")."""
    if a > 0 and tok[a - 1] in (",", "(") and is_party_tag(tok[a]):
        # closed within a tag's length ("Indeed, AFL-CIO President Jo Hale felt" opens a clause)
        return any(t in (",", ")") for t in tok[a + 1 : a + 2 + TAG_TOKENS])
    if "(" not in tok[a - BRACKET_TAG_TOKENS if a > BRACKET_TAG_TOKENS else 0 : a]:
        return False  # (most capitalised runs: no bracket opens just before them; read first, it is cheap)
    o = next((m for m in range(a - 1, max(-1, a - 1 - BRACKET_TAG_TOKENS), -1) if tok[m] in ("(", ")")), None)
    if o is None or tok[o] != "(":
        return False
    end = bracket_tag_end(tok, o, len(tok))
    return end is not None and not (end == o + 3 and tok[o + 1].isupper())


def _np_before(doc: _Doc, k: int, lo: int) -> _NP | None:
    """Parse the speaker noun phrase that ends just before token ``k`` (the cue verb's subject)."""
    # (remembered per document, as :func:`_np_at` is)
    key = (k, lo)
    if key not in doc._phrases_before:
        doc._phrases_before[key] = _parse_np_before(doc, k, lo)
    return doc._phrases_before[key]


def _parse_np_before(doc: _Doc, k: int, lo: int) -> _NP | None:
    """:func:`_np_before` unmemoised."""
    tok = doc.tok
    j = _skip_back_adverbials(tok, k - 1, lo)
    # Skip a parenthesis ("Rep. Gwen Moore (D-Wis.) said") and appositives
    # ("Maxine Waters, a California Democrat, said"; "his colleague, Jake Tapper, insists").
    if j >= lo and tok[j] == ")":
        m = j - 1
        while m >= lo and m > j - 12 and tok[m] != "(":
            m -= 1
        if m >= lo and tok[m] == "(":
            j = m - 1
    opener = _unclosed_opener(doc, k, lo)
    if opener is not None:
        return opener  # "Scott Doe, president and CEO of Acme Holdings said": the name, not the body
    if j >= lo and tok[j] == ",":
        # "Michael Mulgrew, president of the United Federation of Teachers, which …, said":
        # the name that opens the sentence, before its appositives.
        head = _np_at(doc, lo, j)
        if head is not None and head.kind == "name" and head.b < j and tok[head.b] in (",", "("):
            return head
    for _ in range(3):
        if not (j >= lo and tok[j] == ","):
            break
        m = j - 1
        while m >= lo and m > j - 25 and tok[m] not in (",", PARA_TOKEN, ".", ":"):
            m -= 1
        if m < lo or tok[m] != "," or m + 1 >= j:
            return None
        inner = tok[m + 1 : j]
        if is_party_tag(inner[0]) and len(inner) <= TAG_TOKENS:
            j = m - 1  # "the lawyer, Tom Barr, NDP-Burnaby South, said": the tag dresses the name before it
            continue
        if all(_is_name_token(w) or w in ("(", ")", "-") or w.lower() in _NAME_PARTICLES for w in inner):
            described = _described_source(doc, m + 1, j, lo)
            if described is not None:
                return described  # "Residents of Ames, Iowa, said": the state of the description's place
            np = _np_before(doc, j, m + 1)  # the name itself sits between the commas
            if np is not None and np.kind == "name":
                return np
            return None
        if not (
            inner[0].lower() in _DETERMINERS or inner[0].lower() in ("who", "whose", "which") or not _is_cap(inner[0])
        ):
            return None
        j = m - 1
    if j < lo:
        return None
    t = tok[j]
    low = t.lower()
    pronoun = subject_pronoun(low)
    if pronoun is not None:
        return _NP("pronoun", j, j + 1, (pronoun,))
    if low in ("and", "or", "but"):
        return None  # "… knocked Clinton's record and said": a second verb sharing the sentence's subject
    end = j + 1
    if _is_name_token(t):
        m = j
        while m - 1 >= lo and (
            _is_name_token(tok[m - 1])
            or (tok[m - 1] in _NAME_PARTICLES | {"of"} and m - 2 >= lo and _is_name_token(tok[m - 2]))
            or (tok[m - 1] == "for" and _title_complement(tok, m - 1, lo))
            # "the Consumers' Association said": a plural possessive inside the name (as :func:`_name_run_end`)
            or (m - 2 >= lo and _inner_plural_possessive(tok, doc.cap, m - 1, lo, end))
            # "Air Force 1st Lt. Jane Roe said": the ordinal of a rank (as :func:`_name_run_end` reads it)
            or (
                _ORDINAL.fullmatch(tok[m - 1])
                and _base(tok[m]) in _TITLE_WORDS
                and m - 2 >= lo
                and _is_name_token(tok[m - 2])
            )
        ):
            m -= 1
        m = _titled_name_start(doc, m, end, lo)
        m = _body_name_start(doc, m, end, lo)
        stop = resources.stopwords()
        while m < end and (
            (_base(tok[m]) in stop and _base(tok[m]) not in _NAME_MODALS)  # (a "Will" left capitalised is a name)
            or (m == doc.sentence_start[m] and _opening_participle(tok, m) and end - m > 1)
            or _opens_sentence_only(doc, m, end)
            or (_PLACE_MODIFIER.fullmatch(tok[m]) and end - m > 1)  # "Texas-based Acme said"
        ):
            m += 1
        if m == end:
            return None
        # "The chief executive of Acme Corp Jane Doe said": a role and its complement before the name.
        r = m - 1
        while r >= lo and r > m - ROLE_NAME_REACH and not _is_cap(tok[r]) and _base(tok[r]) not in _ROLE_NOUNS:
            r -= 1
        if r >= lo and _base(tok[r]) in _ROLE_NOUNS and not _is_cap(tok[r]):
            named = _role_then_name(doc, r, doc.n)  # the whole phrase, which must end with the name
            if named is not None and named[0] >= m and named[1] == end:
                return _NP("name", named[0], end, tuple(tok[named[0] : end]))
        portfolio = _portfolio_role(doc, m, end, lo)
        if portfolio is not None:
            return portfolio
        # "Police in Leeds said", "Doctors at the Royal Infirmary said": a common noun heads the phrase, the
        # capitalised run is its complement's place or body, not the speaker.
        described = _described_source(doc, m, end, lo)
        if described is not None:
            return described
        # "Mr. Morgan of the Sierra Club said", "Chris Low at FTN Financial said": the person speaks.
        person = _affiliated_person(doc, m, lo)
        if person is not None:
            return person
        # "Dean Baker of the Center for Economic and Policy Research said": an organisation's name may hold
        # "and"/"for"/"of"; when such a run goes back to "NAME of (the)", the person speaks, not a word of it.
        affiliated = _affiliation_holder(doc, m, lo)
        if affiliated is not None:
            return affiliated
        # Two sources ("Princes William and Harry said", "Labour and the Tories said"): one joint speaker.
        pair = _pair_start(doc, m - (m - 1 >= lo and doc.low[m - 1] == "the"), lo)
        if pair is not None:
            return _coordination(doc, pair, end)
        # Coordination ("Sens. Tom Carper, Dianne Feinstein and Ben Cardin said"): the quote is
        # attributed to the first person named (news style lists the lead speaker first); the
        # mention keeps the whole list.  Not a list of names ("Macron and the EU"): a group.
        if m - 1 >= lo and tok[m - 1].lower() in ("and", "&") and m - 2 >= lo and _is_name_token(tok[m - 2]):
            first = _first_of_list(doc, m - 2, lo)
            if first is not None:
                return _NP("name", first.a, end, first.head, first.gender)
            return _NP("plural", m, end, ())
        # A lower-case role noun (and its modifiers) before the name is its title.
        a = m
        while (
            a - 1 >= lo
            and a > m - 4
            and (
                _base(tok[a - 1]) in _ROLE_NOUNS
                or tok[a - 1].lower() in _DETERMINERS
                or tok[a - 1].lower() in ROLE_STOP_MODIFIERS  # "the former CEO of Acme said"
            )
            and not _is_cap(tok[a - 1])
        ):
            a -= 1
        np = _classify_run(doc, a, m, end)
        return np
    group = _group_before(doc, j, lo)
    if group is not None:
        return _outer_source(doc, group, lo)  # ("Ministers from [European and Asian governments]")
    # A role phrase: scan back over modifiers to the determiner.
    role_head = low in _ROLE_NOUNS or (
        (_verb_cue_at(doc, k) or _cue_after_relative(doc, k))
        and (person_head(doc, j, lo) or _owned_body_head(doc, j, lo) or _body_head(doc, j, lo))
    )
    if role_head or (m2 := _role_with_tail(doc, j, lo)) is not None:
        head_end = j + 1
        if not role_head:
            head_end_idx = m2
            assert head_end_idx is not None
            j = head_end_idx
        m = j
        while m - 1 >= lo and m > j - 6:
            p = tok[m - 1]
            pl = p.lower()
            if pl in _DETERMINERS:
                m -= 1
                break
            if p in (QUOTE_TOKEN, PARA_TOKEN) or not p[:1].isalnum() or (pl in AUX and pl not in ROLE_STOP_MODIFIERS):
                break
            if pl in cue_verbs() and not _noun_before_role(tok, m - 1, doc.n):
                break  # (a verb ends the phrase; not "the [state] director", a noun before the role)
            if _verb_led(doc, m - 1):
                break  # "that irritates [Clinton supporters]": the verb's object, not a modifier
            if pl in resources.stopwords() and not _is_cap(p) and pl not in ROLE_STOP_MODIFIERS:
                break  # ("The former senator said", "the first lady said": stop words that modify the role)
            m -= 1
        if any(w.lower() in _GROUP for w in tok[max(lo, m - 1) : j]):
            return _NP("plural", m, end, ())  # "both leaders", "all sides"
        while m < j and _base(tok[m]) in resources.stopwords() and tok[m].lower() not in _DETERMINERS:
            m += 1
        words = tuple(w for w in tok[m : j + 1] if w.lower() not in _DETERMINERS)
        if low in _ROLE_NOUNS and low.endswith("s") and m < end and tok[m].lower() in ("and",):
            return None
        pair = _pair_start(doc, m, lo)
        if pair is not None:  # "Ticketweb and the SECC box office said"
            return _coordination(doc, pair, max(end, head_end))
        # "Jo Hale of Leeds police said", "Jo Hale from the county council said": the body, its head a common
        # noun, is the affiliation of the person named before it, who speaks (as before a body's name).
        person = _affiliated_person(doc, m, lo)
        if person is not None and _names_person(doc, person):
            return person  # (not a share: "Half of the members said")
        return _outer_source(doc, _NP("role", m, max(end, head_end), words), lo)
    return None


#: How many modifiers a person noun may follow its determiner by ("the 45-year-old hospital midwife").
ROLE_MODIFIERS = 4


def _verb_cue(low: str) -> bool:
    """A cue word whose commonest use is a verb (Brill lexicon: "said", "warns"), not a noun ("attacks",
    "email", "claims"): after a learned person noun only such a word makes it a subject, not the first noun
    of a compound ("the terrorist attacks", "the server email")."""
    return low in cue_verbs() and resources.brill_tag(low).startswith("VB")


#: Most auxiliaries and adverbs between a subject and its cue verb ("the council has since said").
_AUX_REACH = 3


def _verb_cue_at(doc: _Doc, k: int) -> bool:
    """Whether a verb cue (:func:`_verb_cue`) stands at token ``k``, perhaps after auxiliaries or adverbs
    (:data:`AUX`: "has said", "later told", "had also warned")."""
    for m in range(k, min(doc.n, k + _AUX_REACH + 1)):
        if _verb_cue(doc.low[m]):
            return True
        if doc.low[m] not in AUX or doc.low[m] in PASSIVE_AUX:
            return False  # "the council has been told": a passive's subject is the addressee
    return False


#: Tokens a set-off relative clause does not run over: the sentence, a quote or a paragraph ends first.
#: (:data:`CLAUSE_MARKS` less the comma, which a relative clause set off by commas opens and closes with)
_RELATIVE_STOPS = CLAUSE_MARKS - {","}


def _cue_after_relative(doc: _Doc, k: int) -> bool:
    """Whether a relative clause set off by commas opens at token ``k`` and a verb cue follows one of its
    closing commas (:func:`_verb_cue_at`): "The midwife[, who works there, said]", "the firm[, which employs 300
    people, said]", "Anna White[, who lives in Leeds, Yorkshire, said]" — the description before it is the
    cue's subject as it is right before the cue."""
    if k + 1 >= doc.n or doc.tok[k] != "," or doc.low[k + 1] not in RELATIVE_OPENERS:
        return False
    # (read over at most as many tokens as :func:`analysis.reported._subject` reads a relative clause)
    for m in range(k + 2, min(doc.n, k + 2 + MAX_RELATIVE_CLAUSE)):
        if doc.tok[m] in _RELATIVE_STOPS:
            return False
        if doc.tok[m] == "," and _verb_cue_at(doc, m + 1):
            return True
    return False


def person_head(doc: _Doc, j: int, lo: int) -> bool:
    """A lower-case person noun (:data:`PERSON_NOUNS`: "the midwife", "a lecturer") right after a determiner
    or modifiers that follow one: as the subject of a cue verb (only there, :func:`_np_before`: a description
    source, as a hand-listed role noun is)."""
    tok = doc.tok
    if _is_cap(tok[j]) or _base(tok[j]) not in PERSON_NOUNS:
        return False
    m = j - 1
    while m >= lo and m > j - ROLE_MODIFIERS and not _is_cap(tok[m]) and doc.low[m] not in _DETERMINERS:
        m -= 1
    # (a capital only where it opens the sentence: "The midwife said", not "Ministers" or a name's "A")
    return m >= lo and doc.low[m] in _DETERMINERS and (not _is_cap(tok[m]) or m == doc.sentence_start[m])


def body_noun(word: str) -> bool:
    """A lower-case noun (its base form) for a body that speaks: a learned body noun (:data:`BODY_NOUNS`:
    "council", "ministry", "club") or a noun for a kind of body a name is written after (:data:`BODY_KIND_NOUNS`:
    "airline", "supermarket", "group", which WordNet files as a thing or a collection first), even one WordNet
    also files as a person (:data:`PERSON_NOUNS`: "the retailer", "the lender"): the hand list names kinds of
    bodies, and a body head still asks for a named body before it to read back to."""
    return word in BODY_NOUNS or word in BODY_KIND_NOUNS


def _body_head(doc: _Doc, j: int, lo: int) -> bool:
    """A lower-case body noun (:func:`body_noun`: "the council", "the central bank", "the airline") right after a
    determiner or modifiers that follow one: as the subject of a cue verb the body speaks (a description source,
    as a person noun is in :func:`person_head`; only there, so a common body word elsewhere makes no source)."""
    tok = doc.tok
    if _is_cap(tok[j]) or not body_noun(_base(tok[j])) or _base(tok[j]) in _DOCUMENT_NOUNS:
        return False
    m = j - 1
    while m >= lo and m > j - ROLE_MODIFIERS and doc.low[m] not in _DETERMINERS:
        if _is_cap(tok[m]) or not tok[m].isalpha() or doc.low[m] in resources.stopwords():
            return False  # "the secretary of [state] said": a body word inside a phrase is no head
        m -= 1
    if m < lo or doc.low[m] not in _DETERMINERS or (_is_cap(tok[m]) and m != doc.sentence_start[m]):
        return False
    # "the ruling of [the court] said": the object of a preposition is not the subject
    return not (m - 1 >= lo and resources.brill_tag(doc.low[m - 1]) == "IN")


def _body_head_ends(doc: _Doc, j: int, limit: int) -> bool:
    """Whether the noun phrase read forward ends at token ``j``: the text, a punctuation mark or a quote ends
    there, or a function word follows ("the council [in] a statement", "the court [that]"), not a noun it
    modifies ("the council leader")."""
    if j + 1 >= limit:
        return True
    nxt = doc.tok[j + 1]
    return not nxt[:1].isalnum() or nxt in (QUOTE_TOKEN, PARA_TOKEN) or doc.low[j + 1] in resources.stopwords()


def _owned_body_head(doc: _Doc, j: int, lo: int) -> bool:
    """A lower-case body noun (:data:`BODY_NOUNS`: "board", "bank", "council") after its owner's possessive, perhaps
    with modifiers between ("Microsoft's board", "the bank's board", "Japan's central bank"): as the subject of a
    cue verb, the body speaks (a description source, as a person noun after a determiner is), whoever owns it
    ("Powell's office": the office, as "Clinton's campaign" is the campaign)."""
    tok = doc.tok
    if _is_cap(tok[j]) or _base(tok[j]) not in BODY_NOUNS or _base(tok[j]) in _DOCUMENT_NOUNS:
        return False
    m = j - 1
    while m >= lo and m > j - ROLE_MODIFIERS and not _is_cap(tok[m]) and not doc.low[m].endswith("'s"):
        if doc.low[m] in _DETERMINERS or not tok[m].isalpha() or doc.low[m] in resources.stopwords():
            return False
        m -= 1
    if m < lo or not doc.low[m].endswith("'s") or not tok[m][:1].isalpha():
        return False
    before = m - 1 - (m >= 1 and doc.low[m - 1] == "the")
    if before >= lo and resources.brill_tag(doc.low[before]) == "IN":
        return False  # "two-thirds of those in [the nation's rising generation]": the object of a preposition
    # A person's office or camp ("Powell's office said") is a body of its own, as "Clinton's campaign" and "the
    # minister's spokesman" are people of their own (the guidelines: the speaker is whom the mention refers to).
    return True


def owned_body_end(doc: _Doc, k: int, limit: int) -> int | None:
    """One past the body noun that ends the phrase an owner's possessive opens at token ``k`` ("said Powell's
    [press office]", "said Acme's board in a statement"), read forward over at most :data:`ROLE_MODIFIERS`
    lower-case modifiers (:func:`_owned_body_head` reads the same phrase back from its noun); else ``None``."""
    j = k
    while j < limit and j < k + ROLE_MODIFIERS and doc.tok[j][:1].islower() and doc.tok[j].isalpha():
        if owned_body_noun(doc, j, k - 1, limit):
            return j + 1
        j += 1
    return None


def owned_body_noun(doc: _Doc, j: int, lo: int, limit: int) -> bool:
    """Whether token ``j`` is a body noun (:data:`BODY_NOUNS`) after its owner's possessive at or after ``lo``
    (:func:`_owned_body_head`) that ends its phrase: a function word, a mark or a verb follows it ("Powell's
    office [said]", "Acme's board[,]"), not a noun it modifies ("Powell's office [manager]")."""
    return (
        _base(doc.tok[j]) in BODY_NOUNS
        and (_body_head_ends(doc, j, limit) or resources.brill_tag(doc.low[j + 1]) not in _COMMON_NOUN_TAGS)
        and _owned_body_head(doc, j, lo)
    )


#: An object pronoun's subject form, as pronoun mentions are kept ("quoted him as saying": "he").
_OBJECT_SUBJECT = {"him": "he", "her": "she", "them": "they"}


def _quoted_as_saying(doc: _Doc, k: int, limit: int) -> _NP | None:
    """The person an outlet quotes: the object of ``quoted`` at ``k`` followed by "as saying" (`"…," Reuters
    quoted Djamal as saying`), who said the words; else ``None``."""
    if doc.low[k] != "quoted" or k + 1 >= limit:
        return None
    pronoun = _OBJECT_SUBJECT.get(doc.low[k + 1])
    obj = _NP("pronoun", k + 1, k + 2, (pronoun,)) if pronoun else _np_at(doc, k + 1, limit)
    if obj is None or obj.b + 1 >= limit or doc.low[obj.b] != "as" or doc.low[obj.b + 1] != "saying":
        return None
    return obj


#: The most words the object of a perception verb runs before the cue it hears ("heard the angry protesters shout").
_MAX_PERCEIVED = 6


def _perceived_speaker(doc: _Doc, k: int, lo: int) -> _NP | None:
    """The object of an active perception verb before the cue at ``k`` ("Witnesses heard protesters shout "…"",
    "watched him tell the crowd"): the ones heard speak, not the ones hearing; else ``None``.

    The cue is a bare infinitive or an ``-ing`` form (the object's verb, :data:`analysis.reported.PERCEPTION_FORMS`
    for the verbs), the object a noun phrase that ends at the cue; "was heard telling" (a passive) and a finite
    cue ("Witnesses who saw it said") keep their subject.
    """
    low = doc.low[k]
    if reporting_verbs().get(low) != low and not low.endswith("ing"):
        return None
    for p in range(k - 1, max(lo, k - 1 - _MAX_PERCEIVED) - 1, -1):
        if doc.low[p] in PERCEPTION_FORMS:
            break
        if not doc.tok[p][:1].isalnum():
            return None  # (a clause mark between them: not the verb's object)
    else:
        return None
    if p > lo and doc.low[p - 1] in _BE_FORMS:
        return None
    a = p + 1 + (p + 1 < k and doc.low[p + 1] == "to")  # "listened to the minister explain"
    if a >= k:
        return None
    if k - a == 1 and doc.low[a] in _OBJECT_SUBJECT:
        return _NP("pronoun", a, k, (_OBJECT_SUBJECT[doc.low[a]],))
    np = _np_at(doc, a, k) or _np_before(doc, k, a)  # (a name from its start; a role or group from its head)
    if np is None and _common_noun(doc.tok[k - 1]) and all(doc.tok[m][:1].islower() for m in range(a, k)):
        # "heard protesters shout": a plain noun phrase no word list knows is still the object that speaks
        np = _NP("role", a, k, tuple(w for w in doc.tok[a:k] if w.lower() not in _DETERMINERS))
    return np if np is not None and np.b == k else None


def _title_complement(tok: Sequence[str], f: int, lo: int) -> bool:
    """Whether the "for" at ``f`` opens a title's portfolio ("Minister for Europe Denis MacShane", "Secretary
    of State for Scotland Alistair Darling", "Commissioner for Competition Neelie Kroes"): a title word before
    it, or a title's "of" complement ("Secretary of State").  :func:`_split_title` then keeps the portfolio
    in the title and the person's name after it.  A determiner before the title makes the phrase a
    description whose portfolio runs to its end ("The MP for Westbury South said"): news style sets a name
    after such a phrase off with commas ("the Minister for Europe, Denis MacShane,")."""
    title = _portfolio_title(tok, f, lo)
    # (a determiner before ``lo`` counts too: a run starts at the title)
    return title is not None and not (title >= 1 and tok[title - 1].lower() in _DETERMINERS)


def _portfolio_title(tok: Sequence[str], f: int, lo: int) -> int | None:
    """The index of the title whose portfolio the "for" or "of" at ``f`` opens, not before ``lo``: the title word
    right before it ("Minister for Europe") or before its own "of" complement ("Secretary of State for
    Scotland"), else ``None``.  Read by :func:`_title_complement` and :func:`_portfolio_role`."""
    if f - 1 < lo:
        return None
    if _base(tok[f - 1]) in _TITLE_WORDS:
        return f - 1
    if f - 3 >= lo and tok[f - 2] == "of" and _base(tok[f - 3]) in _TITLE_WORDS and _is_name_token(tok[f - 1]):
        return f - 3  # "Secretary of State for Health"
    return None


def _titled_name_start(doc: _Doc, m: int, end: int, lo: int) -> int:
    """Where a titled name starts when the capitalised run ``[m, end)`` follows a title's "of the"/"for the"
    ("Chancellor of the Exchequer Gordon Brown", "Secretary of the Air Force Jane Roe"): the title's first
    word, when the whole run splits into that title and a person's name (:func:`_split_title`); else ``m``."""
    tok = doc.tok
    if m - 3 < lo or tok[m - 1] != "the" or tok[m - 2] not in ("of", "for") or not _is_name_token(tok[m - 3]):
        return m
    t = m - 3
    while t - 1 >= lo and _is_name_token(tok[t - 1]) and _base(tok[t - 1]) in _TITLE_WORDS:
        t -= 1  # "Shadow Chancellor …", "Foreign Secretary …"
    if _base(tok[t]) not in _TITLE_WORDS:
        return m
    parsed = _split_title(tok[t:end], doc.speaking, doc.given_titles)
    if parsed is None or parsed[2] != "person":
        return m  # "Spokesman for the Justice Department said": a role of a body, read by the caller
    if len(parsed[1]) < PERSON_NAME_WORDS[0] and len(parsed[0]) <= m - t:
        return m  # a one-word name counts only after the complement the title took ("… the Exchequer Tavinna")
    return t


def _portfolio_role(doc: _Doc, m: int, end: int, lo: int) -> _NP | None:
    """The role a determiner, a title and its "for"/"of the" portfolio make when the capitalised run ``[m, end)``
    is the portfolio ("The Minister for Europe said", "the Secretary of State for Health said", "the Chancellor
    of the Exchequer said"), else ``None``.

    :func:`_title_complement` keeps such a run out of a name because of its determiner; the phrase is a
    description of whoever holds the title (resolved like "the minister"), not the portfolio's place or body.
    """
    tok = doc.tok
    f = m - 1
    if f - 1 >= lo and tok[f] == "the" and tok[f - 1] in ("of", "for"):
        f -= 1  # "the Chancellor of the Exchequer", "the Minister for the Cabinet Office"
    elif f - 1 < lo or tok[f] != "for":
        return None
    title = _portfolio_title(tok, f, lo)
    if title is None:
        return None
    while title - 1 >= lo and _base(tok[title - 1]) in _TITLE_WORDS:
        title -= 1  # "the Shadow Foreign Secretary for …" ("shadow" is no title word: the run stops there)
    if title - 1 < lo or tok[title - 1].lower() not in _DETERMINERS:
        return None
    return _NP("role", title - 1, end, tuple(tok[title:end]))


def _body_name_start(doc: _Doc, m: int, end: int, lo: int) -> int:
    """Where the name ending at ``end`` starts when the run from ``m`` is the tail of a body's longer name.

    "the Center for Responsive Politics said", "Fairmont Hotels & Resorts said": read back over "for", "&"
    and "and" to the earliest capitalised word whose name (:func:`_name_run_end`) runs on to ``end``;
    "Smith and Jones said" stays two names (no "of"/"for" complement before the "and").
    """
    tok, cap = doc.tok, doc.cap
    if not (m - 2 >= lo and doc.low[m - 1] in ("for", "&", "and") and cap[m - 2]):
        return m
    r = m - 2
    while (
        r - 1 >= lo
        and r > end - AFFILIATION_REACH
        and (cap[r - 1] or (doc.low[r - 1] in _RUN_JOINERS | {"and"} and r - 2 >= lo and cap[r - 2]))
    ):
        r -= 1
    return next((s for s in range(r, m - 1) if cap[s] and _name_run_end(tok, cap, s, end) == end), m)


def _pair_start(doc: _Doc, b0: int, lo: int) -> int | None:
    """Where ``A and B`` starts when the second source ``B`` starts at token ``b0`` and ``A`` is one name.

    "Princes William and Harry", "Labour and the Tories", "Acme and the city council": two sources
    that speak together.  Not a list ("Sens. A, B and C": its first is the lead speaker) nor a joint
    statement after "both"/"all" (read as a group elsewhere).
    """
    tok, cap = doc.tok, doc.cap
    c = b0 - 1
    if not (c - 1 >= lo and doc.low[c] in ("and", "&") and cap[c - 1] and b0 < doc.n and _opens_source(doc, b0)):
        return None
    s = c - 1
    while s - 1 >= lo and (cap[s - 1] or (tok[s - 1] in _RUN_JOINERS and s - 2 >= lo and cap[s - 2])):
        s -= 1
    if s - 1 >= lo and (tok[s - 1] == "," or doc.low[s - 1] in _GROUP or doc.low[s - 1].endswith("'s")):
        return None
    if s - 1 >= lo and _preposition(doc.low[s - 1 - (doc.low[s - 1] == "the" and s - 2 >= lo)]):
        return None  # "in Ohio and the rest of the country": a place, not a source
    while s < c and (_opens_sentence_only(doc, s, c) or (s == doc.sentence_start[s] and _opening_participle(tok, s))):
        s += 1
    if s >= c:
        return None
    return s - (s - 1 >= lo and doc.low[s - 1] == "the")


def _pair_after(doc: _Doc, first: _NP, k: int, limit: int) -> _NP | None:
    """``A and B`` read forward: the name ``first`` ends at ``k``, "and" and one more source end the phrase."""
    tok = doc.tok
    if not (k + 1 < limit and doc.low[k] in ("and", "&") and _opens_source(doc, k + 1)):
        return None
    before = first.a - 1
    if before >= 0 and (tok[before] == "," or doc.low[before] in _GROUP or _preposition(doc.low[before])):
        return None
    second = _np_at(doc, k + 1, limit)
    if second is None or second.kind not in ("name", "org", "role") or second.a != k + 1:
        return None
    end = second.b
    if second.kind in ("name", "org"):
        end = _group_end(doc, end, limit, plural=False) or end  # "the SECC box office": nouns the name opens
    if end < limit and not (tok[end] in _CLAUSE_ENDS or doc.low[end] in cue_verbs() or doc.low[end] in AUX):
        return None
    if end < limit and tok[end] == ",":
        return None  # "A and B, C …": a longer list
    return _coordination(doc, first.a, end)


def _opens_source(doc: _Doc, k: int) -> bool:
    """Token ``k`` can open the second of two sources: a capitalised word or "the" ("Labour and the Tories";
    not "federal and state officials", one group, nor "Ohio and around the country")."""
    return doc.cap[k] or doc.low[k] == "the"


def _preposition(low: str) -> bool:
    """A word the Brill lexicon reads first as a preposition ("in", "on", "about")."""
    return resources.brill_tag(low) == "IN"


def _coordination(doc: _Doc, a: int, b: int) -> _NP:
    """Two sources as one speaker, a role phrase named as written ("Princes William and Harry"), without an
    opening "the" or a closing "both" ("NBC and ABC both said")."""
    a += doc.low[a] == "the"
    while b - 1 > a and doc.low[b - 1] in _GROUP:
        b -= 1
    return _NP("role", a, b, tuple(doc.tok[a:b]))


#: Lower-case words inside an organisation's name ("Center for Economic and Policy Research", "Bank of the West").
_ORG_JOINERS = frozenset({"and", "&", "for", "of", "the", "on", "de"})


#: Nouns of a time, never the place or body of a described source's complement ("at the time", "in the week").
_WHEN_NOUNS = frozenset({"time", "moment", "day", "week", "month", "year", "weekend", "morning", "evening", "night"})
#: How many names (places, bodies) a described source's complement may chain ("Doctors at the Royal Infirmary
#: in Glasgow", "Police in Leeds, West Yorkshire"): more is a list, not one complement.
DESCRIBED_PLACES = 3


def _source_head(doc: _Doc, q: int) -> bool:
    """Whether token ``q`` is a common noun that heads a source's description: a person, body or people noun
    (:data:`PERSON_NOUNS`, :data:`BODY_NOUNS`, :data:`PEOPLE_HEADS`, the role nouns), lower-case or
    capitalised only because it opens the sentence ("Police in Leeds said"); never a document ("a report in
    The Lancet": its publisher speaks, read elsewhere)."""
    t = doc.tok[q]
    if _is_cap(t) and q != doc.sentence_start[q]:
        return False
    head = _base(t)
    if _document_word(head) or _document_word(doc.low[q]):
        return False
    return (
        head in PERSON_NOUNS
        or head in BODY_NOUNS
        or head in PEOPLE_HEADS
        or head in _ROLE_NOUNS
        or doc.low[q] in PERSON_NOUNS
        or doc.low[q] in BODY_NOUNS
    )


def _document_word(low: str) -> bool:
    """A document noun or its plural ("report", "reports", "filings"): what a body publishes, no speaker."""
    return low in _DOCUMENT_NOUNS or low in _RECORD_NOUNS


def _described_source(doc: _Doc, m: int, end: int, lo: int) -> _NP | None:
    """The description ``HEAD in/at/of/from/for (the) PLACE`` whose complement ends with the capitalised run
    ``tok[m:end]``, else ``None``.

    "Police in Leeds said", "Doctors at the Royal Infirmary in Glasgow said", "Residents of Ames, Iowa, said":
    the head noun (:func:`_source_head`) is the source and the guidelines name it by the description as given;
    the place or body is its complement, not a speaker.  The complement may chain names joined by a
    preposition or a comma (a state after its town).  A name before the preposition ("Mr. Morgan of the
    Sierra Club") is the person, read by the caller.  The head's modifiers and determiner open the phrase.
    """
    tok, low = doc.tok, doc.low
    if any(_base(w) in _PERSONAL_HONORIFICS or _base(w) in _TITLE_WORDS for w in tok[m + 1 : end]):
        return None  # "at a Linux summit in California Mr Torvalds said": a titled person after the place
    # (the run is its cue's subject: its last word speaks, as a surname the article has say things does)
    parsed = _split_title(tok[m:end], doc.speaking | {_base(tok[end - 1])}, doc.given_titles)
    if (
        parsed is not None
        and parsed[2] == "person"
        and parsed[0]
        and len(parsed[1]) >= PERSON_NAME_WORDS[0]
        and gender.is_given_name(parsed[1][0])
        and parsed[1][0].lower() not in COMPASS_POINTS  # ("West Yorkshire" is a region)
    ):
        # "Chancellor of the Exchequer Gordon Brown said", "Secretary of the Air Force Jane Roe said": the run is
        # the end of a title's complement and the full name of the person who holds it, not a place.
        return None
    cur = m
    for _ in range(DESCRIBED_PLACES):
        p = cur - 1
        if p >= lo and low[p] == "the":
            p -= 1
        if p - 1 >= lo and tok[p] == "," and _is_name_token(tok[p - 1]):
            if cur != m or _person_like(doc, m, end):
                return None  # "the director of the FBI, James Comey,": a person in apposition, not a state
            cur = _name_start(doc, p - 1, lo)  # "Ames, Iowa": the town before its state
            continue
        if not (p - 1 >= lo and low[p] in PLACE_OR_BODY_PREPOSITIONS):
            return None
        q = p - 1
        if _source_head(doc, q):
            break
        if _is_name_token(tok[q]):
            cur = _name_start(doc, q, lo)  # "at the Royal Infirmary in Glasgow": a body before its place
        elif low[q] in _COORDINATORS and q - 1 >= lo and _is_name_token(tok[q - 1]):
            # "Officials in the FBI and at the Justice Department": coordinated complements of one head
            cur = _name_start(doc, q - 1, lo)
        elif (
            tok[q].isalpha()
            and tok[q].islower()
            and low[q] not in _WHEN_NOUNS  # "my editor at the time at Politico": when, not where
            and (_common_noun(low[q]) or low[q - 1] in _DETERMINERS)
        ):
            # ("the match in Leeds": after its article a word before a preposition is a noun, whatever the
            # lexicon reads first)
            cur = _head_start(doc, q, lo)  # "at the Ford plant in Dagenham": a common noun's phrase before it
        else:
            return None
    else:
        return None
    a = _head_start(doc, q, lo)
    while a - 2 >= lo and low[a - 1] in PLACE_OR_BODY_PREPOSITIONS and _source_head(doc, a - 2):
        q = a - 2  # "Some delegates at the convention in Philadelphia": the outer head is the source
        a = _head_start(doc, q, lo)
    words = tuple(w for w in tok[a:end] if w.lower() not in _DETERMINERS)
    return _NP("role", a, end, words)


def _outer_source(doc: _Doc, np: _NP, lo: int) -> _NP:
    """The description whose complement the phrase ``np`` is, when a head noun of many people or a body and a
    preposition stand before it ("Ministers from [European and Asian governments]", "Officials at [the state
    agency]"), else ``np``: the outer head is the source, as :func:`_described_source` reads it before a name."""
    low = doc.low
    s = np.a
    while s - 2 >= lo and low[s - 1] in _COORDINATORS and doc.cap[s - 2]:
        s -= 2  # coordinated modifiers: "European and Asian governments"
    s -= s - 1 >= lo and low[s - 1] == "the"
    if not (s - 2 >= lo and low[s - 1] in PLACE_OR_BODY_PREPOSITIONS and _source_head(doc, s - 2)):
        return np
    if not body_or_many(low[s - 2]):
        return np  # one person for a body ("A spokesman for the firm") is read by the role resolver
    a = _head_start(doc, s - 2, lo)
    return _NP("role", a, np.b, tuple(w for w in doc.tok[a : np.b] if w.lower() not in _DETERMINERS))


#: Compass points that open a region's name ("West Yorkshire", "South Carolina", "North Rhine-Westphalia").
COMPASS_POINTS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _person_like(doc: _Doc, m: int, end: int) -> bool:
    """Whether the capitalised run ``tok[m:end]`` reads as a person: a given name of the name table opens it, or
    its last word is the surname of someone the article names in full ("…, Cruz said").  A compass point
    before another name opens a region, not a given name ("West Yorkshire", "North Carolina")."""
    if gender.is_given_name(doc.tok[m]) and not (end - m > 1 and doc.low[m] in COMPASS_POINTS):
        return True
    # (the run itself as an entity is no evidence: the name reader takes "West Yorkshire" for a person too)
    run = tuple(doc.tok[m:end])
    return any(len(e.tokens) > 1 and e.tokens != run for e in doc.by_surname.get(doc.low[end - 1], ()))


def _head_start(doc: _Doc, q: int, lo: int) -> int:
    """The first token of the phrase whose head noun is token ``q``: its determiner and modifiers."""
    tok, low = doc.tok, doc.low
    a = q
    while a - 1 >= lo and q - a < ROLE_MODIFIERS:
        t, lw = tok[a - 1], low[a - 1]
        if lw in _DETERMINERS or (lw.endswith(("'s", "\u2019s")) and _is_cap(t)):
            a -= 1  # a determiner or an owner ("Clinton's biggest boosters") opens the phrase
            break
        if (
            not t.replace("-", "").isalpha()
            or lw in resources.stopwords()
            or lw in cue_verbs()
            or lw in AUX
            or lw in _TIME_WORDS
            or _verb_led(doc, a - 1)
        ):
            break
        a -= 1  # a modifier: "local residents", "senior doctors", "Chinese officials"
    while a < q and (_opens_sentence_only(doc, a, q + 1) or low[a] in _TIME_WORDS):
        a += 1
    return a


def _name_start(doc: _Doc, q: int, lo: int) -> int:
    """The first token of the capitalised name ending at token ``q`` (over its joiners: "University of York")."""
    r = q
    while r - 1 >= lo and (
        _is_name_token(doc.tok[r - 1])
        or (
            doc.low[r - 1] in _RUN_JOINERS
            and r - 2 >= lo
            and _is_name_token(doc.tok[r - 2])
            and not _source_head(doc, r - 2)  # "Residents of Ames": a sentence's capital, no name's
        )
    ):
        r -= 1
    return r


def _affiliated_person(doc: _Doc, m: int, lo: int) -> _NP | None:
    """The person named before ``of``/``at``/``from``/``with`` (and "the") right before token ``m``, else ``None``.

    In ``NAME of (the) BODY`` the name heads the phrase and the prepositional phrase only says whom the person
    speaks for, whether the body is named ("Mr. Morgan of the Sierra Club") or described by a common noun ("Jo
    Hale of Leeds police", "Jo Hale from the county council").  A title alone ("the Archbishop of Canterbury")
    is a role of the place, no person; a common noun capitalised as the sentence's first word ("Officials with
    Leeds police") heads a description, read by the caller.
    """
    tok = doc.tok
    p = m - 1
    if p >= lo and tok[p].lower() == "the":
        p -= 1
    if not (p - 1 >= lo and tok[p].lower() in AFFILIATION_PREPOSITIONS and _is_name_token(tok[p - 1])):
        return None
    if _source_head(doc, p - 1):
        return None
    inner = _np_before(doc, p, lo)
    if inner is not None and inner.kind == "name" and not all(_base(w) in _TITLE_WORDS for w in inner.head):
        return inner
    return None


def _names_person(doc: _Doc, np: _NP) -> bool:
    """Whether the name phrase ``np`` names a person: an honorific or a title ("Insp. Kelemund"), a given name
    of the name table or the surname of someone the article names in full (:func:`_person_like`), not a
    capitalised share or group word ("Half", "Most")."""
    return (
        np.gender is not None
        or any(_base(w) in _TITLE_WORDS for w in doc.tok[np.a : np.b])
        or (bool(np.head) and _person_like(doc, np.b - len(np.head), np.b))
    )


def affiliated_name(doc: _Doc, a: int, j: int, k: int) -> _NP | None:
    """The person named before an "of" inside the capitalised run ``tok[j:k]`` that a common noun follows, else
    ``None`` (``a``: the phrase's start, before the run).

    "Jo Hale of Leeds police", "Dr Hale of Leeds city council": the name run crosses "of" into the place of the
    body the common noun heads; the words before "of" name the person (:func:`_names_person`), the rest is her
    affiliation, not a modifier of the noun ("the University of Leeds police" names no one before its "of").
    """
    of = next((o for o in range(j + 1, k - 1) if doc.low[o] == "of"), None)
    if of is None:
        return None
    person = _classify_run(doc, a, j, of)
    return person if person is not None and person.kind == "name" and _names_person(doc, person) else None


def _affiliation_holder(doc: _Doc, m: int, lo: int) -> _NP | None:
    """The person of ``PERSON of (the) ORGANISATION`` when the capitalised run at ``m`` is part of the body's name.

    Reads back from ``m`` over capitalised words and the joiners of names of bodies ("and", "for", "of") to
    ``of``/``at``/``from``/``with`` after a capitalised name; that name, parsed as a person, is the speaker
    (the body is their affiliation).  Only when a joiner was crossed: "Mr. Morgan of the Sierra Club" is
    already read by the caller.
    """
    tok = doc.tok
    p, crossed = m - 1, False
    placed = (
        p > lo
        and tok[p] == ","
        and _base(tok[m]) not in _TITLE_WORDS
        and not any(len(e.tokens) > 1 for e in doc.by_surname.get(doc.low[m], ()))
    )
    if placed:
        # "Stacy Baker of Columbia, South Carolina says", "… of the University of California, Berkeley":
        # a place after the body's name, not a second person (who has a given name of the name table).
        p, crossed = p - 1, True
    while (
        p >= lo
        and p > m - AFFILIATION_REACH
        # (a capital the document reads as a name's though the name test refuses it: "First" of "… First Nation")
        and (tok[p].lower() in _ORG_JOINERS or _is_name_token(tok[p]) or doc.cap[p])
    ):
        if tok[p].lower() in AFFILIATION_PREPOSITIONS and p - 1 >= lo and _is_name_token(tok[p - 1]):
            nxt = p + 1 + (tok[p + 1].lower() == "the")
            if crossed and nxt < m and _is_name_token(tok[nxt]):
                inner = _np_before(doc, p, lo)
                if (
                    inner is not None
                    and inner.kind == "name"
                    and (not placed or any(gender.is_given_name(w) for w in inner.head))
                ):
                    return inner
            # "University of California": the body's own "of"; read on to the person before it
        if tok[p].lower() in _ORG_JOINERS:
            crossed = True
        p -= 1
    return None


# Prepositions that open the circumstances of a report (`wrote on Twitter`, `said in a statement`),
# not the content of a new one.
_REPORT_PREPS = frozenset("on in at during via after before while when through to from".split())
#: How many tokens of a circumstance after a cue (`said on Tuesday`, `said in a statement to reporters`) are read
#: for a "that" opening the cue's own report.
CIRCUMSTANCE_TOKENS = 8


def _cue_ends_report(tok: list[str], k: int, n: int) -> bool:
    """After a cue verb at ``k - 1``: the report ends (`Smith said.`, `Smith wrote sarcastically on Twitter`).

    A sentence-final quote followed by ``Name VERB`` is attributed to that
    name only when nothing reported follows the verb; manner adverbs and a
    circumstance (`on Twitter`, `in a statement`) may.
    """
    while k < n and tok[k].endswith("ly") and tok[k][:1].islower() and len(tok[k]) > 3:
        k += 1
    if k >= n or tok[k] in (".", ",", PARA_TOKEN):
        return True
    if tok[k] not in _REPORT_PREPS:
        return False
    # the circumstance runs to the sentence's end or a comma; a "that" inside it opens the cue's own report
    # (`"…." Smith said on Tuesday that he disagreed`: Smith's words, not the quote's tag)
    for m in range(k + 1, min(n, k + 1 + CIRCUMSTANCE_TOKENS)):
        if tok[m] == "that":
            return False
        if tok[m] in (".", ",", ";", PARA_TOKEN, QUOTE_TOKEN):
            break
    return True


def _skip_name_list(tok: list[str], k: int, limit: int) -> int:
    """Past the rest of a list of names from ``k`` (``, B and C``), or ``k`` when none ends in ``and``."""
    m, closed = k, k
    while m + 1 < limit and tok[m] in (",", "and", "&") and _is_name_token(tok[m + 1]):
        conj = tok[m] != ","
        m += 1
        while m < limit and _is_name_token(tok[m]):
            m += 1
        if conj:
            closed = m
    return closed


def _first_of_list(doc: _Doc, last: int, lo: int) -> _NP | None:
    """The first person of a list of names ending at token ``last`` (``A, B and C``), if it is one.

    Every member must be a capitalised name; the list may open with a shared
    title (``Sens.``, ``Reps.``), which stays with the first name.  A list
    after ``both``/``all``/``neither`` is a joint statement: ``None``.
    """
    tok = doc.tok
    s = last
    while s - 1 >= lo and (
        _is_name_token(tok[s - 1]) or (tok[s - 1] in (",", "and", "&") and s - 2 >= lo and _is_name_token(tok[s - 2]))
    ):
        s -= 1
    if s - 1 >= lo and tok[s - 1].lower() in _GROUP:
        return None  # "Both Macron and Putin said": a joint statement, nobody's first
    e = s
    while e <= last and _is_name_token(tok[e]):
        e += 1
    np = _classify_run(doc, s, s, e)
    return np if np is not None and np.kind == "name" else None


_TIME_PREPS = frozenset(
    {
        "on",
        "last",
        "this",
        "early",
        "late",
        "in",
        "at",
        "during",
        "next",
        "earlier",
        "later",
        "over",
        "the",
        "recent",
        "past",
        "coming",
        "few",
        "two",
        "several",
    }
)
_TIME_NOUNS = frozenset(
    {
        "week",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "day",
        "weeks",
        "months",
        "years",
        "days",
        "nights",
        "weekends",
        "ago",
    }
)


#: Plural nouns of time that open a sentence before an adverb and a comma ("Hours later, …"; :func:`_lone_modifier`).
_OPENING_TIME_NOUNS = frozenset(w for w in _TIME_NOUNS if w.endswith("s")) | {"moments", "minutes", "hours", "decades"}


def _skip_back_adverbials(tok: list[str], j: int, lo: int) -> int:
    """Step back over auxiliaries, adverbs and time phrases between a subject and its verb
    ("Obama on Tuesday accused", "Putin has also claimed", "Trump last week said")."""
    while j >= lo:
        low = tok[j].lower().rstrip(".")
        if (low in AUX and not (j > lo and tok[j][:1].isupper())) or (  # "Christine May said": a surname
            low.endswith("ly") and not _is_cap(tok[j]) and len(low) > 3
        ):
            j -= 1
        elif (low in _TIME_WORDS and not _is_name_token(tok[j])) or low in _TIME_NOUNS:  # (not "DEC said")
            j -= 1
            while j >= lo and tok[j].lower() in _TIME_PREPS:
                j -= 1
        else:
            break
    return j


def _role_with_tail(doc: _Doc, j: int, lo: int) -> int | None:
    """For ``a spokesman for the campaign`` ending at ``j``: the index of the role noun."""
    tok = doc.tok
    m = j
    while m >= lo and m > j - 6 and tok[m] not in ("for", "of", "at", "with"):
        if tok[m] in (QUOTE_TOKEN, PARA_TOKEN) or not tok[m][:1].isalnum():
            return None
        m -= 1
    if (
        m - 1 >= lo
        and tok[m] in ("for", "of", "at", "with")
        and _base(tok[m - 1]) in _ROLE_NOUNS
        and not _is_cap(tok[m - 1])
    ):
        return m - 1
    return None


# ---------------------------------------------------------------- attribution


@dataclass(slots=True)
class _Event:
    pos: int  # token index of the cue (or the quote)
    np: _NP | None
    cue: str | None
    speaker: _Entity | None


#: The kinds of phrase that name a speaker (a plural common noun, "critics", names none by itself here).
_SPEAKER_KINDS = frozenset({"name", "pronoun", "role", "org"})


#: Verbs by which someone puts out a document ("issued a statement", "sent out a letter", "e-mailed a statement"): a quote the
#: document gives is the words of whoever put it out.  A list of lemmas, not a verb tag: a finite verb before
#: "a letter" may find, read or lose it ("Police found a letter: "…"").
ISSUING_VERBS = frozenset(
    f
    for lemma in ("issue", "release", "publish", "send", "provide", "put", "post", "email", "e-mail", "mail", "fax")
    for f in inflections(lemma)
)
#: Words between the sending verb and the document's phrase at most: its determiners and adjectives and the
#: particle of "put out" ("issued its own short statement", "sent out a letter").
DOCUMENT_GAP = 4
#: Lower-case modifiers between an earlier document phrase's determiner and its noun at most ("a brief written
#: statement").
DOCUMENT_MODIFIERS = 4
#: Words between a speech verb and the preposition of the document it was said in at most ("wrote on Monday in
#: a letter").
SAID_IN_REACH = 4
#: Words of the adverbial between a document's participle and the "by" of its author at most ("released in
#: September by the institute").
AUTHOR_REACH = 4
#: Words between a fronted document's noun and the comma closing its opening phrase at most ("In a letter on
#: Monday, Jane Roe wrote").
FRONTED_REACH = 4


#: Tokens of a sentence's opening phrase read for the comma after which its subject starts
#: (:func:`sentence_subject`; "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said").
SUBJECT_COMMA_REACH = 25


def sentence_subject(doc: _Doc, lo: int, k: int) -> _NP | None:
    """The subject of the sentence starting at ``lo``: its first noun phrase, after an opening phrase."""
    tok = doc.tok
    np = _np_at(doc, lo, k)
    if np is None:
        for comma in (m for m in range(lo, min(k, lo + SUBJECT_COMMA_REACH)) if tok[m] == ","):
            np = _np_at(doc, comma + 1, k)
            if np is not None and _state_of_a_place(doc, comma, np, k):
                np = None  # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton said": Iowa is where
                continue
            if np is not None:
                break
    if np is not None and np.kind == "role" and np.head and _base(np.head[-1]) in _DOCUMENT_NOUNS:
        return None
    if np is not None and np.kind == "role" and np.b < k and tok[np.b] == ",":
        # "Acme CEO, Jane Doe, said": the name in apposition to the role is who holds it.
        named = _np_at(doc, np.b + 1, k)
        if named is not None and named.kind == "name" and named.b < k and tok[named.b] in (",", "("):
            return named
    return np


def document_verb(doc: _Doc, start: int, lo: int) -> int | None:
    """The verb that puts out the document whose phrase starts at token ``start`` (:data:`ISSUING_VERBS`: "issued a
    statement", "put out its own short statement"): its index, back past lower-case modifiers and a particle
    (:data:`DOCUMENT_GAP` words at most) but not at the sentence's first token ``lo``, else ``None``."""
    v = next(
        (m for m in range(start - 1, max(lo, start - 1 - DOCUMENT_GAP) - 1, -1) if doc.low[m] in ISSUING_VERBS), None
    )
    if v is None or v <= lo or not all(doc.tok[m].isalpha() and doc.tok[m].islower() for m in range(v + 1, start)):
        return None
    return v


def verb_sender(doc: _Doc, v: int, lo: int) -> _NP | None:
    """The subject of the sending verb at token ``v`` (:func:`document_verb`) in the sentence that starts at ``lo``
    (:func:`sentence_subject`), if it names a speaker (:data:`_SPEAKER_KINDS`), else ``None``: the fallback of
    :func:`document_issuer_np` when no speaker phrase stands right before the verb."""
    np = sentence_subject(doc, lo, v)
    return np if np is not None and np.b <= v and np.kind in _SPEAKER_KINDS else None


def _message_sender(doc: _Doc, colon: int, lo: int, is_cue: Callable[[int], bool]) -> _NP | None:
    """Who sent the message a colon introduces ("President Clinton released the following statement: "…"", "the
    firm issued a brief statement Tuesday:"): the issuer (:func:`document_issuer_np`) of the statement, letter,
    email or tweet (:data:`_DOCUMENT_NOUNS`) right before the colon, if it names a speaker, else ``None``.  Only
    the words right before the colon count, so a fronted clause ("When Wallace died in 1998,") and its names stay
    out of the reading."""
    m = _skip_back_adverbials(doc.tok, colon - 1, lo)
    if m <= lo or not doc.tok[m][:1].islower() or _base(doc.tok[m]) not in _DOCUMENT_NOUNS:
        return None
    np = document_issuer_np(doc, m, lo, is_cue)
    return np if np is not None and np.kind in _SPEAKER_KINDS else None


def _participle_cue(word: str) -> bool:
    """Whether a cue word is a present participle ("saying", "calling"), whose subject is its clause's."""
    return word.lower().endswith("ing")


#: Words after which a phrase may open a clause as its subject ("…, and Smith said", "that Smith said").
_SUBJECT_EDGE_WORDS = RELATIVES | SUBORDINATORS | {"and", "but", "or", "so", "then", "yet"}


def _not_main_subject(doc: _Doc, np: _NP, k: int, lo: int, end: int) -> bool:
    """Whether the phrase ``np`` read as the subject of the cue at ``k`` cannot be the subject of the sentence's
    main clause, which a participle after it (at ``end``) hangs on: an object ("posted [a Twitter] comment of her
    own, saying "…"": a noun read as the cue), the subject of a ``that``-clause ("claims that [the mayor] recites
    the same points, calling him "…"") or of a fronted clause ("When [Smith] said it, Lee was busy, calling …")."""
    complement = np.a > lo and doc.low[np.a - 1] == "that"
    return _object_position(doc, np) or complement or _in_fronted_clause(doc, k, lo, end)


#: Penn Treebank tags of adverbs.
_ADVERB_TAGS = frozenset({"RB", "RBR", "RBS"})


def _object_position(doc: _Doc, np: _NP) -> bool:
    """Whether the phrase ``np`` follows a lower-case word that makes it an object, not a subject: a verb, an
    adjective, a determiner or a preposition ("posted [a Twitter] comment", "the same [campaign] points"); not
    a clause's edge, a conjunction, a relative or subordinating word, or an adverb ("Later Smith said")."""
    if np.a == 0:
        return False
    prev = doc.tok[np.a - 1]
    low = doc.low[np.a - 1]
    if not prev.isalpha() or not prev[:1].islower() or low in _SUBJECT_EDGE_WORDS:
        return False
    return resources.brill_tag(low) not in _ADVERB_TAGS


def _relative_antecedent(doc: _Doc, k: int, lo: int) -> _NP | None:
    """The person a ``who`` clause after a comma is on, when the cue at ``k`` is that clause's verb ("…, welcomed
    by Tom Baker, who was calling it "…"", "Ann Lee, who has called it "…""): the clause's subject is the name
    before the comma, not the sentence's; else ``None``."""
    j = _skip_back_adverbials(doc.tok, k - 1, lo)
    if j - 1 <= lo or doc.low[j] != "who":
        return None
    if doc.tok[j - 1] != ",":
        # "… echoed by director Sir Tom Hale who called it "…"": a name takes a clause without its comma too
        np = _np_before(doc, j, lo)
        return np if np is not None and np.kind == "name" else None
    np = _np_before(doc, j - 1, lo)
    return np if np is not None and np.kind in ("name", "role") else None


def _in_fronted_clause(doc: _Doc, k: int, lo: int, end: int) -> bool:
    """Whether token ``k`` stands in a subordinate clause that opens the sentence at ``lo`` ("When Smith said it,")
    and closes with a comma before token ``end``: what it says is not the main clause's."""
    a = lo + (doc.low[lo] in FRONTED_CONJUNCTIONS and lo + 1 < doc.n)  # ("But when …")
    if doc.low[a] not in FRONTED_OPENERS:
        return False
    comma = next((m for m in range(a + 1, end) if doc.tok[m] == ","), None)
    return comma is not None and k < comma


def _introduces_next_quote(doc: _Doc, j: int, limit: int) -> bool:
    """Whether the clause from token ``j`` to ``limit`` ends on a colon right before a quote (`Said Marks of the
    win: "…"`), the cue of the quote after it."""
    return limit < doc.n and doc.tok[limit] == QUOTE_TOKEN and limit - 1 > j and doc.tok[limit - 1] == ":"


def _owns_person(doc: _Doc, p: int) -> bool:
    """Whether the mention ending at token ``p`` is a possessor ("T-Mobile's", "Heineken's") before a word for a
    person, a title or a learned person noun after any tenure word ("chief executive", "former boss", "lawyer").
    A he/she after "X's chief executive" is the executive, never X."""
    if not doc.low[p].endswith(("'s", "’s")):
        return False
    k = p + 1
    while k < doc.n and doc.low[k] in ROLE_STOP_MODIFIERS:
        k += 1
    return k < doc.n and doc.tok[k][:1].islower() and (doc.low[k] in _TITLE_WORDS or _base(doc.tok[k]) in PERSON_NOUNS)


class _Attributor:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.verbs = cue_verbs()
        self.roles: dict[str, _Entity] = {}
        self.events: list[tuple[int, _Entity]] = []  # (token index, speaker) of attributed speech, in order
        # cue tokens of speech told in passing (a report inside a relative clause): a cue-less quote or a
        # pronoun after it continues the speaker before, not this one
        self.asides: set[int] = set()
        self.spoken: set[int] = set()  # ids of the entities in events
        # is_cue by token: it reads only the document, and the readers ask about the same tokens again and again
        self._cues: dict[int, bool] = {}
        # each quote's cue readings (:meth:`right_cue`, :meth:`left_cue`, :meth:`later_cue`) by their arguments: the rules
        # and the ranker's :func:`analysis.attribution.rule_cue` (for the quote and for the quotes after it) ask again
        self._cue_readings: dict[tuple[str, int, int], tuple[_NP | None, str, int] | None] = {}
        self._gender_votes()

    # --------------------------------------------------------- gender
    def _gender_votes(self) -> None:
        """Count he/she references following each person's mention within a sentence or two.

        A name written as the owner of a person ("T-Mobile's chief executive", :func:`_owns_person`) takes no
        vote: the he/she after it is the person's, and a body so written would read as a man or a woman.
        """
        doc = self.doc
        k = 0
        last: _Entity | None = None
        last_pos = -100
        for i in doc.gendered:
            while k < len(doc.mention_pos) and doc.mention_pos[k] <= i:
                if doc.mention_ent[k].kind == "person" and not _owns_person(doc, doc.mention_pos[k]):
                    last, last_pos = doc.mention_ent[k], doc.mention_pos[k]
                k += 1
            if last is not None and i - last_pos < 25:
                last.gender_votes[0 if _GENDERED[doc.low[i]] == "m" else 1] += 1

    # --------------------------------------------------------- cues
    def is_cue(self, i: int) -> bool:
        """Whether token ``i`` is a speech cue (:meth:`_is_cue`, read once per token)."""
        cue = self._cues.get(i)
        if cue is None:
            cue = self._cues[i] = self._is_cue(i)
        return cue

    def _is_cue(self, i: int) -> bool:
        """Whether token ``i`` is a speech cue: a verb of :func:`cue_verbs` in a verb's context, or the cue of a
        report the reported-speech finder read there.

        The finder's verb lists (:func:`analysis.reported.reporting_verbs`, :data:`analysis.reported.DESCRIPTION_VERBS`,
        learned on PolNeAR train) are the source of truth for which verbs cue *reported* speech: a verb of theirs this
        module's list lacks ("ordered", "spoke", "portrayed … as") cues the report the finder read at it.
        """
        t = self.doc.tok[i]
        low = self.doc.low[i]
        report = self.doc.reports.get(i)
        if report is not None and _owned_noun_cue(self.doc, i, report):
            return True  # "Tony Blair's promise that …", "the announcement by GM that …": the noun is the cue
        if low not in self.verbs:
            if report is None or (low != "according" and low not in cue_lemmas()):
                return False
            if low == "according":
                return True  # "according to X, …" frames a report
        prev = self.doc.tok[i - 1] if i > 0 else ""
        prev_low = self.doc.low[i - 1] if i > 0 else ""  # (the document's lower-case form: no fresh string)
        if t[:1].isupper() and i != self.doc.sentence_start[i]:
            # Title Case text ("Hillary Clinton Joked "…""): a capitalised verb between a name and a quote.
            nxt = self.doc.tok[i + 1] if i + 1 < self.doc.n else ""
            if not (_is_name_token(prev) and nxt in (QUOTE_TOKEN, ":")):  # not "the United States,"
                return False
            if _determined_name(self.doc, i) or not _title_case_run(self.doc, i):
                # `said the United States "must act"`: the last word of a body's name, no verb; a capitalised verb
                # is a cue only in a Title Case headline run, never a name's word in running text
                return False
        if (
            (prev_low in _NOUN_MARKERS or (possessive(prev_low) and not _possessive_name(self.doc, i, self.doc.n)))
            and not (prev_low in _OBJECT_SUBJECT and i >= 2 and self.doc.low[i - 2] in PERCEPTION_FORMS)
            # "Another said", "Each told reporters": a quantifier standing alone before a verb form is its subject
            and not (prev_low in _LONE_MARKERS and _verb_cue(low))
        ):
            # "his statement", "Trump's tweet", "the report": a noun, not a verb; not after a perception verb
            # ("heard her say that …", "saw her shout": an object pronoun, not a possessive)
            return False
        if prev_low == "of" and not low.endswith("ing"):
            return False  # "secretary of state", "hundreds of emails": a preposition's object, no finite verb
        if _modifies_role(self.doc, i):
            return False  # "Trump's Virginia state director, Mike Rubino,": a noun before a role noun
        if i >= 2 and _platform_after_owner(self.doc.low[i - 2], prev) and _common_noun(low):
            return False  # "Bush's Facebook post", "Lee's Twitter message": the owner's noun, its platform before it
        if low in _SPEECH_NOUNS and i >= 2 and prev[:1].islower() and _owner_word(self.doc.tok[i - 2]):
            return False  # "Lee's curt reply", "his earlier remarks": a noun after an adjective
        if low in _WEAK_CUES or low in _FINDER_ONLY_CUES:
            # Only with a particle ("point out", "fire back") or a quote right after ("branded it "…""), or
            # as the cue of a report whose shape is speech: a description ("attacked the plan as unworkable").
            nxt = self.doc.tok[i + 1 : i + 4]
            if nxt and (nxt[0].lower() in ("out", "on", "back", "in", ":", "that") or QUOTE_TOKEN in nxt):
                return True
            return report is not None and _speech_shaped(self.doc.text, low, report)
        return True

    def _cue_reading(
        self, key: tuple[str, int, int], read: Callable[[], tuple[_NP | None, str, int] | None]
    ) -> tuple[_NP | None, str, int] | None:
        """A quote's cue reading by ``key`` (which reader, the quote token, its bound), read once."""
        if key not in self._cue_readings:
            self._cue_readings[key] = read()
        return self._cue_readings[key]

    def right_cue(self, qi: int) -> tuple[_NP, str, int] | None:
        """:meth:`_right_cue`, read once per quote token (its parse reads the document, as :func:`_np_at`'s does)."""
        return self._cue_reading(("right", qi, qi), lambda: self._right_cue(qi))  # type: ignore[return-value]

    def _right_cue(self, qi: int) -> tuple[_NP, str, int] | None:
        """A cue right after the quote: ``, Macron said`` / ``, said Caddell`` / ``, according to X`` / ``― Name``."""
        doc, tok = self.doc, self.doc.tok
        q = doc.quotes[doc.quote_at[qi]]
        j = qi + 1
        dash = None
        while j < doc.n and tok[j] in _SEPARATORS:
            if tok[j] != ",":
                dash = tok[j]
            j += 1
        if j < doc.n and tok[j].lower() == "as" and j + 1 < doc.n and _is_cap(tok[j + 1]):
            j += 1  # `"…," as Van Jackson … puts it`
        if j == qi + 1 and j < doc.n and tok[j] == PARA_TOKEN:
            return self._sign_off(j + 1)
        if j >= doc.n or tok[j] in (PARA_TOKEN, QUOTE_TOKEN):
            return None
        last = fold(doc.text[q.end - 1 : q.end])
        # A cue after the quote must be attached to it: `…," he said` / `…" — said X`; the quote
        # running on into the sentence (`"to mock" Clinton for …`) is not attributed by what follows.
        ends_sentence = last in ".?!\u2026" and not (last in "?!" and tok[j][:1].islower())
        if j == qi + 1 and last not in ",?!\u2026-\u2014:;.'" and last != '"':
            return None
        limit = self._clause_end(j)
        if j + 2 <= limit and _after_according(doc, j + 2):
            np = _np_at(doc, j + 2, limit) or _according_pronoun(doc, j + 2, limit)
            return (np, "according to", j) if np else None
        if ends_sentence and tok[j][:1].isupper() and _introduces_next_quote(doc, j, limit):
            # `"…," Reed said, "… here." Said Marks of the win: "…"`: a cue opening the next sentence and closing on a
            # colon before a quote introduces that quote, not the one whose sentence has ended before it
            return None
        if (self.is_cue(j) or (last == "," and _quotative_inversion(doc, j))) and (
            _invertible(tok[j]) or inverted_after_quote(doc, j)
        ):
            np = _np_at(doc, j + 1, limit) or _partitive_role(doc, j + 1, limit) or _inverted_person(doc, j + 1, limit)
            if np is not None and np.b < limit and doc.low[np.b] in FINITE_AUX:
                # `Manafort, citing "…," said the candidate would win`: the phrase after the cue is the subject
                # of the clause it reports, not an inverted speaker of the quote
                np = None
            if np is not None and np.kind == "role":
                # "said a spokeswoman for Trump hotels, Jennifer Rodstrom." / "said Airbus President and
                # Chief Executive Officer, Tom Enders.": the name after the role is the speaker.
                comma = next((m for m in range(np.b, min(limit, np.b + 8)) if tok[m] == ","), None)
                named = _np_at(doc, comma + 1, limit) if comma is not None and comma + 1 < limit else None
                if named is not None and named.kind == "name" and (named.b >= limit or tok[named.b] in (".", ",")):
                    np = named
            if np is not None and (np.kind != "pronoun" or tok[j + 1].lower() in ("he", "she")):
                return np, tok[j], j
        np = _np_at(doc, j, limit)
        if np is None:
            return None
        k = _skip_parenthesis(tok, np.b, limit)
        pair = _pair_after(doc, np, k, limit) if np.kind in ("name", "org") else None
        if pair is not None:  # `"…," Labour and the Tories said`: two sources as one speaker
            np, k = pair, pair.b
        elif np.kind == "name":
            m = _skip_name_list(tok, k, limit)
            if m > k:  # `"…," Sens. A, B and C wrote`: the first named, the list kept as mention
                np, k = _NP("name", np.a, m, np.head, np.gender), m
        if dash is not None and np.kind == "name" and (k >= limit or tok[k] in (".", PARA_TOKEN)):
            return np, dash, j  # a byline after a dash: `"…" ― Pamela Padilla`
        # Skip appositives and adverbs: `Maxine Waters, a California Democrat, said`.
        for _ in range(3):
            if k < limit and tok[k] == ",":
                m = k + 1
                while m < limit and m < k + 40 and tok[m] != ",":
                    m += 1
                if m < limit and tok[m] == "," and not self.is_cue(m + 1 if m + 1 < limit else m):
                    k = m + 1
                elif m < limit and tok[m] == ",":
                    k = m + 1
                    break
        if np.kind == "name" and k < limit and tok[k] == ",":
            k = self._unclosed_appositive_end(k, limit)
        if np.kind == "name":
            k = self._affiliation_end(k, limit)
        while k < limit and (tok[k].lower() in AUX or (tok[k].endswith("ly") and not _is_cap(tok[k]))):
            k += 1
        if k < limit and self.is_cue(k):
            if ends_sentence and j == qi + 1 and not _cue_ends_report(tok, k + 1, doc.n):
                return None  # `"…." Trump said the plan …` starts a new report
            return _quoted_as_saying(doc, k, limit) or np, tok[k], k
        return None

    def _affiliation_end(self, k: int, limit: int) -> int:
        """The cue after a name's affiliation phrase at ``k``, else ``k``.

        ```"…," Jo Hale of Leeds police said```, ```"…," Jo Hale from the county council said```: the phrase only
        says whom the person speaks for; its words (no punctuation, no relative pronoun) run to the cue of the
        name's clause within :data:`AFFILIATION_REACH` tokens.
        """
        doc, tok = self.doc, self.doc.tok
        if not (k < limit and doc.low[k] in AFFILIATION_PREPOSITIONS):
            return k
        m = k + 1
        while m < limit and m <= k + AFFILIATION_REACH and not self.is_cue(m):
            if not affiliation_word(tok[m]):
                return k
            m += 1
        return m if m < limit and m > k + 1 and self.is_cue(m) else k

    def _unclosed_appositive_end(self, k: int, limit: int) -> int:
        """The cue that ends a description after a name whose closing comma is missing, else ``k`` (the comma).

        ```"…," Jane Doe, chief executive of Acme Holdings said```: without the second comma the cue's nearest
        noun is the body, not the speaker.
        """
        for m in range(k + 2, min(limit, k + 1 + _APPOSITIVE_REACH)):
            if self.is_cue(m):
                return m if _unclosed_description(self.doc, k, m) else k
        return k

    def _clause_end(self, j: int) -> int:
        doc = self.doc
        k = j
        while (
            k < doc.n and k < j + _SCAN and doc.tok[k] not in (PARA_TOKEN, QUOTE_TOKEN) and doc.sentence_start[k] <= j
        ):
            k += 1
        return k

    def left_cue(self, qi: int, lo: int) -> tuple[_NP | None, str, int] | None:
        """:meth:`_left_cue`, read once per quote token and sentence start (as :meth:`right_cue`)."""
        return self._cue_reading(("left", qi, lo), lambda: self._left_cue(qi, lo))

    def _left_cue(self, qi: int, lo: int) -> tuple[_NP | None, str, int] | None:
        """The nearest cue before the quote in its sentence, with its subject."""
        doc, tok = self.doc, self.doc.tok
        # "Caddell: "…"" — a colon right after a name.
        if qi - 1 >= lo and tok[qi - 1] == ":":
            np = _np_before(doc, qi - 1, lo)
            if (
                np is not None
                and np.kind in ("name", "org", "role")
                and not self.is_cue(np.b - 1)  # "A spokesman for the ministry said:": the cue loop reads it
                and (
                    np.a == lo
                    or (np.kind == "name" and all(_title_like(w) for w in tok[lo : np.a]))
                    or _owned_document_after_preposition(doc, np, lo)
                )
            ):
                # "Caddell: "…"", "Secretary of the Air Force James Roche: "…"", "From Bush's Facebook post: "…""
                return np, ":", qi - 1
            # "Chris Cillizza, The Washington Post: "…"": a name and its affiliation.
            head = _np_at(doc, lo, qi - 1)
            if (
                head is not None
                and head.kind == "name"
                and head.b < qi - 1
                and tok[head.b] == ","
                and qi - 1 - lo <= 10
            ):
                return head, ":", qi - 1
            sender = _message_sender(doc, qi - 1, lo, self.is_cue)
            if sender is not None:
                return sender, ":", qi - 1  # "When Wallace died, Clinton released the following statement: "…""
        first_cue: tuple[str, int] | None = None
        owner: tuple[_NP, str, int] | None = None  # "Trump's claim that": used when no verb is found
        for k in range(qi - 1, max(lo, qi - _SCAN) - 1, -1):
            t = tok[k]
            if t == PARA_TOKEN:
                break
            if k + 2 <= qi and _after_according(doc, k + 2):
                # "According to him, the laws cover "regulated animals"": the pronoun as after a quote (right_cue)
                np = _np_at(doc, k + 2, qi) or _according_pronoun(doc, k + 2, qi)
                if np:
                    return np, "according to", k
                continue
            if not self.is_cue(k):
                if owner is None and first_cue is None:
                    owner_np = self.speech_noun(k, lo)
                    if owner_np is not None:
                        owner = (owner_np, t, k)
                continue
            quoted = _quoted_as_saying(doc, k, qi)
            if quoted is not None:
                return quoted, t, k  # "Reuters quoted Djamal as saying: "…"": the person quoted
            perceived = _perceived_speaker(doc, k, lo)
            if perceived is not None:
                return perceived, t, k  # "Witnesses heard protesters shout "…"": the ones heard
            # A participle's subject is the clause's ("issued a statement saying", "telling reporters"),
            # unless a name stands right before it ("footage of Trump saying").
            np = _np_before(doc, k, lo)
            relative = _relative_antecedent(doc, k, lo) if np is None else None
            if relative is not None:
                np = relative  # "…, welcomed by Tom Baker, who was calling it "…"": the clause's own subject
            elif np is not None and _participle_cue(t) and (np.kind != "name" or np.b != k):
                # (not the participle's own subject in an absolute "with" clause: "Unions backed her, with the
                # American Federation of Teachers calling her "…"")
                absolute = np.b == k and np.a > lo and doc.low[np.a - 1] == "with" and np.kind in _SPEAKER_KINDS
                np = np if absolute else None
            if (
                np is not None
                and first_cue is not None
                and _participle_cue(first_cue[0])
                and _not_main_subject(doc, np, k, lo, first_cue[1])
            ):
                # the participle's speaker is the subject of the clause it hangs on, not the earlier cue's
                np = self.participle_subject(first_cue[1], lo) or np
            if np is None and k + 1 < qi and _invertible(t):
                inv = _np_at(doc, k + 1, qi)
                if (
                    inv is not None
                    and inv.kind != "pronoun"
                    and (k == doc.sentence_start[k] or tok[k - 1] in (",", ":", QUOTE_TOKEN))
                    # the inverted subject ends its clause (", said Mr Burman, "), unlike the
                    # object of a normal clause (", says Hillsborough is "…"")
                    and (inv.b >= qi or tok[_skip_parenthesis(tok, inv.b, qi)] in (",", ":", ".", QUOTE_TOKEN))
                ):
                    np = inv  # "Said Clinton: …", ", said Mr Burman, "…""
            if np is not None and owner is not None and _owned_clause(doc, owner[2], qi):
                # "Reed blamed the media for Hale's claim that the mayor "stole it"": the quote is the claim's
                # clause, so its owner said it, not the subject of the verb the claim is an object of
                return owner
            if np is not None:
                found = (np, first_cue[0], first_cue[1]) if first_cue else (np, t, k)
                return self.outer_report(found, qi, lo) or self.complement_report(found, qi, lo) or found
            if (
                not t.lower().endswith("ing")
                and _skip_back_adverbials(tok, k - 1, lo) >= lo
                and tok[_skip_back_adverbials(tok, k - 1, lo)] == ","
            ):
                continue  # "applications, commonly called "apps"": a passive participle describing a noun, not a report
            # No subject next to the verb ("and declared", "adding:", "going on to say"): the
            # clause shares the subject of an earlier cue in the sentence, or of the sentence.
            if first_cue is None:
                first_cue = (t, k)
        if first_cue is not None:
            subject = self.sentence_subject(lo, first_cue[1])
            if subject is None and first_cue[1] == lo and first_cue[0].lower().endswith("ing"):
                subject = self.main_clause_subject(qi)
            return subject, first_cue[0], first_cue[1]
        return owner

    def participle_subject(self, k: int, lo: int) -> _NP | None:
        """The speaker of the participle cue at ``k`` in the sentence starting at ``lo``: the subject of the clause
        it hangs on, read as a reported row's source (:func:`analysis.reported.participle_subject`), when that
        names someone (a name, a pronoun, a role or an organisation)."""
        doc = self.doc
        if k <= lo:
            return None  # "Calling it "…", Lee said": the main clause follows (:meth:`main_clause_subject`)
        span = participle_subject(doc.text, doc.offsets(lo)[0], doc.offsets(k)[1])
        np = _source_np(doc, span) if span is not None else None
        return np if np is not None and np.kind in _SPEAKER_KINDS else None

    def main_clause_subject(self, qi: int) -> _NP | None:
        """``Calling the plan "…", Mrs. Lee said``: a sentence-opening participle has the main clause's subject."""
        doc, tok = self.doc, self.doc.tok
        j = qi + 1
        while j < doc.n and tok[j] in _SEPARATORS:
            j += 1
        q = doc.quotes[doc.quote_at[qi]]
        if j >= doc.n or (j == qi + 1 and doc.text[q.end - 1 : q.end] != ","):
            return None  # the main clause follows the opening phrase after a comma (inside the marks or not)
        np = _np_at(doc, j, self._clause_end(j))
        return np if np is not None and np.kind in _SPEAKER_KINDS else None

    def outer_report(self, found: tuple[_NP, str, int], qi: int, lo: int) -> tuple[_NP, str, int] | None:
        """The outer report around a nested one: ``Trump said that Clinton once called it "…"``.

        When the cue nearest the quote sits inside the ``that``-clause of an
        earlier cue in the same sentence, the quote is the outer speaker's
        report of what the inner one said (PARC's nested attribution: the
        outer source is the one the text relies on; the inner one may be
        paraphrased or wrong).
        """
        doc, tok = self.doc, self.doc.tok
        inner, _, k = found
        if lo + 2 < inner.a and _after_according(doc, lo + 2):
            # "According to the Herald, Smith said that …": the whole sentence is the Herald's report.
            frame = self.according_source(lo)
            if frame is not None and frame[0].b < inner.a:
                return frame
        if k >= qi or any(t in _SEPARATORS or t == ";" for t in tok[k + 1 : qi]):
            return None  # the inner cue introduces the quote itself (`Trump boasted, "…"`): not nested
        for k0 in range(max(lo, inner.a - _SCAN), inner.a):  # bounded, so the pass stays linear
            if not self.is_cue(k0) or tok[k0].lower().endswith("ing"):
                continue
            that = next((m for m in range(k0 + 1, min(inner.a, k0 + 14)) if tok[m] == "that"), None)
            if that is None or any(t in _SEPARATORS or t in (";", QUOTE_TOKEN) for t in tok[k0 + 1 : qi]):
                continue
            np0 = _np_before(doc, k0, lo)
            if np0 is not None and np0.kind in _SPEAKER_KINDS:
                return np0, tok[k0], k0
        return None

    def complement_report(self, found: tuple[_NP, str, int], qi: int, lo: int) -> tuple[_NP, str, int] | None:
        """The speaker whose ``that``-less complement holds the quote: ``Cruz said Rubio will be "…"``.

        :meth:`outer_report` reads ``X said that Y … "…"``; English drops the
        ``that`` as often ("Sir Howard said the report highlighted the "…"",
        "Trump says the NFL has gone "…""), and the verb nearest the quote is
        then the complement's own, its subject no speaker of the quote (unless
        that verb is one of communication: "X said Y called it "…"" quotes Y).  The
        earlier cue counts when nothing between it and the quote opens
        another clause: no separator or semicolon (an appositive, a list, an
        aside), no coordinating conjunction ("X said … and Y called it "…"":
        Y's own act), and when it is not a passive ("X was told Y …": X
        heard it).
        """
        doc, tok = self.doc, self.doc.tok
        inner, _, k = found
        if k >= qi or doc.low[k] in cue_lemmas():
            # the cue follows the quote (it introduces the quote itself), or it is a verb of communication
            # ("X said Y called it "…""): the words are the complement subject's own
            return None
        for k0 in range(max(lo, inner.a - _COMPLEMENT_REACH), inner.a):
            if not self.is_cue(k0) or tok[k0].lower().endswith("ing") or (k0 > 0 and doc.low[k0 - 1] in PASSIVE_AUX):
                continue
            if any(
                t in _SEPARATORS or t in (";", QUOTE_TOKEN) or t.lower() in _COMPLEMENT_BREAKS for t in tok[k0 + 1 : qi]
            ):
                continue
            np0 = _np_before(doc, k0, lo)
            if np0 is not None and np0.kind in _SPEAKER_KINDS:
                return np0, tok[k0], k0
        return None

    def sentence_subject(self, lo: int, k: int) -> _NP | None:
        """The subject of the sentence starting at ``lo`` (:func:`sentence_subject`)."""
        return sentence_subject(self.doc, lo, k)

    def according_source(self, m: int) -> tuple[_NP, str, int] | None:
        """The named source of ``according to …`` at token ``m``, if any.

        Only a name or organisation counts, directly or as the agent of a
        document (``according to emails released by WikiLeaks``);
        ``according to the transcript`` names no one.
        """
        doc, tok = self.doc, self.doc.tok
        limit = self._clause_end(m)
        np = _np_at(doc, m + 2, limit)
        if np is not None and np.kind in ("name", "org"):
            return np, "according to", m
        outlet = _document_outlet(doc, np, limit)
        if outlet is not None:
            return outlet, "according to", m
        by = next((b for b in range(m + 2, min(limit, m + 8)) if tok[b] == "by"), None)
        if by is not None and tok[by - 1].lower().endswith(("ed", "en")):
            agent = _np_at(doc, by + 1, limit)
            if agent is not None and agent.kind in ("name", "org"):
                return agent, "according to", m
        return None

    def later_cue(self, qi: int) -> tuple[_NP | None, str, int] | None:
        """:meth:`_later_cue`, read once per quote token (as :meth:`right_cue`)."""
        return self._cue_reading(("later", qi, qi), lambda: self._later_cue(qi))

    def _later_cue(self, qi: int) -> tuple[_NP | None, str, int] | None:
        """A cue later in the quote's sentence: `… with "modest" gains, according to the Fed`."""
        doc, tok = self.doc, self.doc.tok
        k = qi + 1
        lo = doc.sentence_start[qi]
        while k < doc.n and k < qi + _SCAN and tok[k] != PARA_TOKEN and doc.sentence_start[k] == lo:
            if tok[k].lower() == "according" and k + 1 < doc.n and tok[k + 1] == "to":
                limit = self._clause_end(k)
                np = _np_at(doc, k + 2, limit) or _according_pronoun(doc, k + 2, limit)
                if np is not None:
                    return np, "according to", k
            elif tok[k] != QUOTE_TOKEN and self.is_cue(k):
                np = _np_before(doc, k, qi + 1) or self._inverted_source(k)
                if np is not None:
                    return np, tok[k], k
            k += 1
        return None

    def _sign_off(self, k: int) -> tuple[_NP, str, int] | None:
        """A paragraph that signs the quote paragraph before it: ``"…"`` / ``- Bernie Sanders.`` /
        ``-President Obama, tweeting after the speech.`` (fact-check lists, tweets, reader comments), or
        goes on with its cue after a stray paragraph break: ``"…"`` / ``said Stephen Harper, Prime Minister.``

        The paragraph at token ``k`` is a dash or a lower-case inverted cue verb, then a name, ending there
        or going on after a comma with a description that holds no quote; anything else (a dash opening a
        sentence, "said the plan would fail") signs nothing.
        """
        doc, tok = self.doc, self.doc.tok
        if k + 1 >= doc.n:
            return None
        inverted = tok[k][:1].islower() and _invertible(tok[k]) and self.is_cue(k)
        if tok[k] not in DASHES and not inverted:
            return None
        end = next((m for m in range(k + 1, doc.n) if tok[m] == PARA_TOKEN), doc.n)
        bs, be = doc.blocks[doc.offsets(k)[2]]
        if be - bs > FLAT_BLOCK_CHARS:
            # a body flattened onto one line has a break only after a quote (`_flat_words`): the sign-off ends with
            # its sentence (`"…" -Jo Hale, after the vote. Other news. "…"`)
            end = next((m + 1 for m in range(k + 1, end) if tok[m] in _FULL_STOPS), end)
        np = _np_at(doc, k + 1, end)
        if np is None or np.kind != "name":
            return None
        rest = tok[np.b : end]
        signed = not rest or rest == ["."] or (rest[0] == "," and QUOTE_TOKEN not in rest)
        return (np, tok[k], k) if signed else None

    def _inverted_source(self, k: int) -> _NP | None:
        """The speaker after an inverted cue that closes the sentence: `… "non-essential" scenes, said Jo Bloggs.`

        Only a cue after a comma whose speaker ends the sentence (no more clause after it), so a cue that
        introduces a new clause ("…, said to be …") names no speaker of the earlier quote.
        """
        doc, tok = self.doc, self.doc.tok
        if tok[k - 1] != "," or not _invertible(tok[k]):
            return None
        limit = self._clause_end(k)
        np = _np_at(doc, k + 1, limit)
        if np is None or np.kind == "pronoun" and tok[k + 1].lower() not in ("he", "she"):
            return None
        return np if np.b >= doc.n or tok[np.b] in (".", PARA_TOKEN) else None

    def speech_noun(self, k: int, lo: int) -> _NP | None:
        """``Trump's claim that "…"``, ``his references to "…"``: the owner of a speech noun."""
        doc, tok = self.doc, self.doc.tok
        if _base(tok[k]) not in _SPEECH_NOUNS or k - 1 < lo:
            return None
        if k - 2 >= lo and tok[k - 1][:1].islower() and tok[k - 1].isalpha() and _owner_word(tok[k - 2]):
            k -= 1  # one adjective between the owner and the noun ("Lee's curt reply")
        prev = tok[k - 1]
        low = prev.lower()
        if low in ("his", "her"):
            return _NP("pronoun", k - 1, k, ("he" if low == "his" else "she",))
        if low.endswith("'s") and _is_name_token(prev):
            m = k - 1
            while m - 1 >= lo and _is_name_token(tok[m - 1]):
                m -= 1
            return _classify_run(doc, m, m, k)
        return None

    # --------------------------------------------------------- resolution
    def resolve(self, np: _NP | None, pos: int) -> _Entity | None:
        doc = self.doc
        if np is None or np.kind == "plural":
            return None
        if np.kind == "pronoun":
            return self.pronoun(np.head[0], pos)
        if np.kind in ("name", "org"):
            kind = "person" if np.kind == "name" else "organisation"
            if (
                kind == "person"
                and np.gender is None
                and len(np.head) == 1
                and _plural_noun_name(np.head)
                and doc.lookup(np.head, pos, create=False) is None  # (a known surname: "Sanders" of Bernie Sanders)
            ):
                kind = "role"  # "Democrats have also said …": a group no one person is, as _split_title reads it
            ent = doc.lookup(
                np.head,
                pos,
                kind=kind,
                gender=np.gender,
                possessive_name=np.kind == "org" and _possessive_name(doc, np.b, doc.n),
            )
            return ent
        return self.role(np, pos)

    def role(self, np: _NP, pos: int) -> _Entity | None:
        """A role phrase → the named person holding that role here, else the role itself."""
        doc = self.doc
        if np.head and _base(np.head[-1]) in _DOCUMENT_NOUNS:
            # "the IMF report said", "a White House statement": the body whose document it is.
            owner = _document_owner(np.head[:-1])
            if owner:
                return _document_person(doc, owner, pos) or doc.lookup(owner, pos, kind="organisation")
            issuer = self.document_issuer(np)
            if issuer is not None:  # "NBC released a statement … "…," the statement read": NBC
                return issuer
        if np.head and np.head[-1].lower() in _RECORD_NOUNS:
            # "FEC filings show", "Census data": a body the article names (not "Exit polls").
            owner = tuple(w for w in np.head[:-1] if _is_name_token(w))
            body = doc.lookup(owner, pos, kind="organisation", create=False) if owner else None
            if body is not None:
                return body
        words = [w.lower().rstrip(".") for w in np.head if w.lower() not in _DETERMINERS]
        if not words:
            return None
        content = {w for w in words if w not in TENURE_WORDS}  # "the former senator", "the then senator"
        best: _Entity | None = None
        best_pos = -1
        quantified = doc.low[np.a] in QUANTIFIERS  # "one former executive": someone counted, not a holder
        for ent in doc.entities.values():
            if quantified or ent.kind != "person" or not ent.title:
                continue
            title = {w.lower().rstrip(".") for w in ent.title.split()}
            if content <= title:
                k = bisect.bisect_right(ent.mentions, pos)
                p = ent.mentions[k - 1] if k else -1
                if best is None or p > best_pos:
                    best, best_pos = ent, p
        if best is not None:
            return best
        # Unnamed source: the role as written ("a Downing Street spokesman").
        phrase = role_phrase(doc, np)
        if phrase.lower().startswith(("the ", "a ", "an ")) or len(np.head) > 0:
            return unnamed_role(self.roles, phrase, pos)
        return None

    def document_issuer(self, np: _NP) -> _Entity | None:
        """Who put out the document a definite description refers back to ("the statement", "the report"), when
        the article named them where it brought the document in, else ``None``.

        The description's antecedent is the nearest earlier phrase with the same noun (a definite noun phrase
        refers to the last entity so described).  Its issuer is read where it was brought in, as at a colon
        (:func:`document_issuer_np`: the verb that put it out or the speech verb it was said in, "by"/"from",
        a fronted "In a statement,", its owner).  Both engines read it here (the learned one through
        :meth:`resolve`), so the issuer is one speaker, not the issuer and the document.  A phrase that names no issuer
        and opens with "a" brings in a document nobody is named for: the search ends there.
        """
        doc = self.doc
        if doc.low[np.a] not in _ANAPHORIC_DETERMINERS or len(np.head) != 1:
            return None  # "a statement", "the IMF report", "the written statement": not a bare reference back
        noun = np.head[0].lower()
        if _base(noun) != noun:
            return None  # a singular document only ("the reports" may be several)
        for k in range(np.a - 1, -1, -1):
            if doc.low[k] != noun:
                continue
            lo = doc.sentence_start[k]
            d = document_phrase_start(doc, k, lo)
            if d is None:
                continue  # "officials report that …": the verb, not the document
            issuer = document_issuer_np(doc, k, lo, self.is_cue, d=d)
            if issuer is not None:
                return self.resolve(issuer, issuer.a)  # (an owned document: its owner, through :meth:`role`)
            if doc.low[d] in _INDEFINITE_DETERMINERS:
                return None  # "a report says …": a document whose issuer the article does not name
        return None

    def pronoun(self, pron: str, pos: int) -> _Entity | None:
        """The most recent compatible person mentioned (outside quotes) who has spoken or holds a title."""
        doc = self.doc
        want = _PRONOUNS.get(pron)
        if want in ("1", None):
            return None
        if want in ("n", "p"):
            # "it said" / "they said": the latest organisation or role that spoke.
            for _, ent in reversed(self.events):
                if ent.kind in ("organisation", "role"):
                    return ent
            return None
        speakers = self.spoken
        # The subject of the pronoun's own sentence comes first ("Clinton says … what she calls …").
        lo = doc.sentence_start[min(pos, doc.n - 1)]
        if lo < pos:
            subj = self.sentence_subject(lo, pos)
            if subj is not None and subj.kind == "name" and subj.b <= pos:
                ent = doc.lookup(subj.head, pos, create=False, gender=subj.gender)
                if ent is not None and ent.kind == "person" and ent.gender in (None, want):
                    return ent
        k = bisect.bisect_left(doc.mention_pos, pos) - 1
        scanned = 0
        while k >= 0 and scanned < 60:
            ent = doc.mention_ent[k]
            scanned += 1
            k -= 1
            if ent.kind != "person":
                continue
            if ent.gender not in (None, want):
                continue
            if id(ent) in speakers or ent.title or ent.honorific or (ent.gender == want and max(ent.gender_votes) >= 2):
                return ent
        for _, ent in reversed(self.events):
            if ent.kind == "person" and ent.gender in (None, want):
                return ent
        return None

    def record(self, pos: int, ent: _Entity | None) -> None:
        """Note that ``ent`` speaks at token ``pos``; speech cued at one of :attr:`asides` makes them one who
        has spoken, but no last speaker."""
        if ent is not None:
            if pos not in self.asides:
                self.events.append((pos, ent))
            self.spoken.add(id(ent))
            if ent.spoke_at is None:
                ent.spoke_at = pos
            k = bisect.bisect_left(ent.mentions, pos)
            if ent.kind in ("person", "organisation") and not (k < len(ent.mentions) and ent.mentions[k] == pos):
                self.doc._mention(ent, pos)

    def last_speaker(self, pos: int) -> _Entity | None:
        for p, ent in reversed(self.events):
            if p <= pos:
                return ent
        return None


def attribute(article: Article, *, quotes: Sequence[Quote] | None = None) -> AttributionResult:
    """Find who said each quote of an article, and its reported speech.

    Args:
        article: A parsed :class:`~analysis.article.Article`.
        quotes: Quotes already found with :func:`~analysis.quotes.find_quotes`
            over :func:`~analysis.quotes.quote_blocks` (found here if omitted).

    Returns:
        An :class:`AttributionResult`: one :class:`Attribution` per quote
        (``nonspeech`` ones included, marked) and per reported clause, in
        reading order, and the :class:`Speaker` records of every speaker.
    """
    blocks = quote_blocks(article)
    text = article.text
    if quotes is None:
        quotes = find_quotes(text, blocks)
    doc = _Doc(text, blocks, quotes)
    att = _Attributor(doc)
    tok = doc.tok
    out: list[tuple[int, Attribution, _Entity | None]] = []

    # One left-to-right pass over quotes and narration, so that continuity
    # and pronouns only see what came before.
    for i in doc.events:
        if tok[i] == QUOTE_TOKEN:
            found = _attribute_quote(att, i)
            out.extend(found if isinstance(found, list) else [found])
        elif att.is_cue(i):
            rep = _reported(att, i)  # reported speech: a clause without quote marks after a cue
            if rep is not None:
                out.append(rep)
            else:
                _trailing_report(att, i)

    # Speaker records.
    speakers: dict[str, Speaker] = {}
    atts: list[Attribution] = []
    for _, a, ent in out:
        atts.append(a)
        if ent is not None and a.kind != "nonspeech" and ent.name not in speakers:
            speakers[ent.name] = speaker_record(ent)
    atts.sort(key=lambda a: a.start)
    return AttributionResult(tuple(atts), speakers)


def speaker_record(ent: _Entity, said_pronouns: tuple[int, int] = (0, 0)) -> Speaker:
    """The :class:`Speaker` of an entity, with the gender its honorific, given name and pronouns show
    (``said_pronouns``: :func:`analysis.gender.speaker_gender`)."""
    words = ent.tokens if ent.kind != "role" else tuple(ent.name.replace(",", " , ").split())
    kind = "organisation" if ent.kind == "role" and _body_description(words) else ent.kind
    title = (ent.title or "").split()
    g = speaker_gender(words, title, kind=kind, honorific=ent.honorific,
                       pronouns=(ent.gender_votes[0], ent.gender_votes[1]), said_pronouns=said_pronouns,
                       described=ent.described, titled=_one_persons_title(title))  # fmt: skip
    return Speaker(ent.name, ent.aliases(), ent.title, kind, g)


def head_part(words: Sequence[str]) -> list[str]:
    """The words of a description up to its head noun: before its first comma or :data:`_HEAD_ENDS`
    preposition ("The British embassy" of "The British embassy in Moscow")."""
    return list(itertools.takewhile(lambda w: w != "," and w.lower() not in _HEAD_ENDS, words))


def body_or_many(word: str) -> bool:
    """Whether a description's head noun is a body or many people ("police", "residents", "staff"): a learned
    body noun, a people head or a plural of the lexicon, which no one person's name can stand for."""
    low = word.lower()
    return low in BODY_NOUNS or low in PEOPLE_HEADS or plural_noun(low)


def _body_description(words: Sequence[str]) -> bool:
    """A description whose head noun names a body ("The British embassy", "the ministry", "the Labour party"):
    an organisation speaker, not a role.  The head is the last word before its complement ("the embassy in
    Moscow"); a head of many people ("the family", "fans") or of one ("a lecturer") is no body."""
    part = head_part(words)
    if not part or not (part[-1][:1].islower() or (len(part) == 1 and len(part) < len(words))):
        return False  # (a lone head capitalised by the sentence before its complement: "Police in Leeds")
    head = _base(part[-1])
    if head in PEOPLE_HEADS or head in PERSON_NOUNS or head in _DOCUMENT_NOUNS:
        return False
    return head in BODY_NOUNS or head in _ORG_WORDS or head in BODY_KIND_NOUNS


_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}):\s")


def _nickname_quote(doc: _Doc, ti: int, q: Quote) -> bool:
    """A nickname inside a name (Jimmy "the Whirlwind" White, John "Tig" Smith): a short fragment of the
    shape of a term (:func:`~analysis.quotes.looks_like_nonspeech`) between a given name of the name table
    and a capitalised word, with no mark between them; it is no speech, whoever speaks in the sentence."""
    return (
        0 < ti < doc.n - 1
        and doc.cap[ti - 1]
        and doc.cap[ti + 1]
        and q.kind == "partial"
        and gender.is_given_name(doc.tok[ti - 1])
        and looks_like_nonspeech(doc.text, q)
    )


def _attribute_quote(
    att: _Attributor, ti: int
) -> tuple[int, Attribution, _Entity | None] | list[tuple[int, Attribution, _Entity | None]]:
    doc = att.doc
    tok = doc.tok
    q = doc.quotes[doc.quote_at[ti]]
    turn = doc.turns.get(doc.quote_at[ti])
    if turn is not None:
        return _attribute_turn(att, ti, q, turn)
    label = _TRANSCRIPT_LABEL.match(doc.text, q.start, q.end)
    if label and label.group(1).lower() not in _stop_caps():
        # A transcript turn inside quote marks: ""PENCE: Well, look, …"".
        words = tuple(w.capitalize() for w in label.group(1).split())
        ent = doc.lookup(words, ti)
        att.record(ti, ent)
        return ti, Attribution(q.start, q.end, q.kind, ent.name if ent else None, label.group(1), ":", q.block), ent
    if _nickname_quote(doc, ti, q) or _owned_title(doc, ti, q):
        return ti, Attribution(q.start, q.end, "nonspeech", None, None, None, q.block), None
    found = att.right_cue(ti)
    lo = doc.sentence_start[ti]
    if found is None:
        found = att.left_cue(ti, lo)
    if found is None and ti == lo and (ti == 0 or tok[ti - 1] == PARA_TOKEN) and ti >= 2 and tok[ti - 2] == ":":
        # A quote paragraph after "Caddell continued:".
        p = ti - 2
        found = att.left_cue(p + 1, doc.sentence_start[p])
        if found is not None and found[1] != ":" and found[2] < p - 6:
            found = None
    if found is None:
        found = att.later_cue(ti)
    if found is None and looks_like_nonspeech(doc.text, q):
        found = _describer(att, ti, lo)  # "referred to Lee as "a bright leader"": the describer's words
    if looks_like_title(doc.text, q) and (found is None or _names_a_work(tok, ti)):
        # The name of a show, book, law or slogan ("told NBC's "Meet the Press"") is not speech;
        # a capitalised nickname someone is said to use ("Trump called her "Miss Piggy"") is.
        return ti, Attribution(q.start, q.end, "nonspeech", None, None, None, q.block), None
    if found is not None:
        np, cue, pos = found
        ent = att.resolve(np, pos)
        if ent is None and np is not None and np.kind == "pronoun":
            ent = att.last_speaker(pos)
        mention = doc.span_text(np.a, np.b) if np is not None else None
        if q.end_block > q.block and pos > ti and ent is not None:
            split = _split_run_on_quote(att, ti, q, ent, mention, cue)
            if split is not None:
                return split
        att.record(pos if pos < ti else ti, ent)
        return ti, Attribution(q.start, q.end, q.kind, ent.name if ent else None, mention, cue, q.block), ent
    if looks_like_nonspeech(doc.text, q):
        # A short fragment nobody is said to have said: a scare quote or a term.
        return ti, Attribution(q.start, q.end, "nonspeech", None, None, None, q.block), None
    if ti > lo and tok[ti - 1] != PARA_TOKEN:
        # A quote inside a narration sentence with no speech verb ("Lee backed the plan as "…""):
        # the words are the sentence subject's, when it names someone.
        subject = att.sentence_subject(lo, ti)
        if subject is not None and subject.kind == "name" and subject.b <= ti:
            ent = doc.lookup(subject.head, ti, create=False, gender=subject.gender)  # a known person only
            if ent is not None and ent.kind == "person":
                att.record(ti, ent)
                mention = doc.span_text(subject.a, subject.b)
                return ti, Attribution(q.start, q.end, q.kind, ent.name, mention, None, q.block), ent
    ent = att.last_speaker(ti)
    att.record(ti, ent)
    return ti, Attribution(q.start, q.end, q.kind, ent.name if ent else None, None, None, q.block), ent


#: Verbs that say how someone described a thing, ``X as "…"`` ("referred to Lee as "a bright leader"",
#: "portrayed migrants as "…""): the finder's description verbs and "refer"; not "known as", "seen as" (a name or
#: a belief nobody is said to have voiced).
_DESCRIBING_VERBS = frozenset({f for lemma in DESCRIPTION_VERBS | {"refer"} for f in inflections(lemma)})
#: Verbs that give a thing a name, ``X "…"`` ("branded it "…"", "naming him the "…"").
_NAMING_VERBS = frozenset(
    {f for lemma in ("call", "dub", "name", "brand", "label", "term", "nickname") for f in inflections(lemma)}
)
#: How far before a short quote its describing verb may stand: the object ("the new iPod range") and "as".
_MAX_DESCRIBED_GAP = 9
#: How far before a short quote its naming verb may stand: a pronoun object and a determiner ("naming him the").
_MAX_NAMED_GAP = 3
_BE_FORMS = frozenset("be been being is are was were".split())


def _describer(att: _Attributor, ti: int, lo: int) -> tuple[_NP | None, str, int] | None:
    """The cue of a short quote that is how someone described or named a thing, if it is one.

    A short embedded quote with no speech cue is a scare quote or a term, unless an active describing verb
    introduces it: ``portrayed migrants as "…"``, ``referred to Lee as "…"``, ``called it "…"``.  On PolNeAR
    train's fit part, of the short quotes the rules marked as no speech, 13 of 13 with such a verb lie in an
    annotated content (its held-out fifth: 2 of 2 with a describing verb, 1 of 2 with a naming verb).  The
    speaker is the sentence subject, when it is written before the verb; a passive ("has been called "…"") or a
    noun ("the term "…"", "a call to "…"") names nobody's words.
    """
    doc = att.doc
    low = doc.low
    j = ti - 1
    if j > lo and low[j] in _DETERMINERS:
        j -= 1
    if low[j] == "as":
        verbs, first = _DESCRIBING_VERBS, max(lo, j - _MAX_DESCRIBED_GAP)
    else:
        verbs, first = _NAMING_VERBS, max(lo, j - _MAX_NAMED_GAP)
    k = next((m for m in range(j, first - 1, -1) if low[m] in verbs), None)
    if k is None or k == lo or doc.tok[k][:1].isupper():
        return None
    before = next((m for m in range(k - 1, lo - 1, -1) if low[m] not in AUX or low[m] in _BE_FORMS), None)
    if before is not None and (low[before] in _BE_FORMS or low[before] in _NOUN_MARKERS or low[before].endswith("'s")):
        return None  # "was described as", "the term", "Lee's call": a passive or a noun
    np = att.sentence_subject(lo, k)
    return (np if np is not None and np.b <= k else None), doc.tok[k], k


_OPENING_MARKS = frozenset("\"'\u201c\u201e\u00ab\u2018\u201a\u2039 \t")


def _split_run_on_quote(
    att: _Attributor, ti: int, q: Quote, ent: _Entity, mention: str | None, cue: str
) -> list[tuple[int, Attribution, _Entity | None]] | None:
    """Split a multi-paragraph quote whose last paragraph is someone else's.

    ``"It's a dog whistle," Moore said. "If indeed …`` (left open) followed by
    ``"I have been thinking …," added Rep. Jim Clyburn``: the paragraphs read
    as one quote by the marks, but the closing cue names a different speaker
    than the quote's opening (its own cue, or the previous speaker), so the
    last paragraph is a new quote.
    """
    doc = att.doc
    lo = doc.sentence_start[ti]
    before = att.left_cue(ti, lo)
    first = att.resolve(before[0], before[2]) if before is not None else att.last_speaker(ti)
    if first is None or first is ent:
        return None
    (_, pe), (ls, _) = doc.blocks[q.end_block - 1], doc.blocks[q.end_block]
    while ls < q.end and doc.text[ls] in _OPENING_MARKS:
        ls += 1
    if not (q.start < pe <= ls < q.end):
        return None
    att.record(ti, first)
    first_cue = before[1] if before is not None else None
    first_mention = doc.span_text(before[0].a, before[0].b) if before is not None and before[0] is not None else None
    head = Attribution(q.start, pe, q.kind, first.name, first_mention, first_cue, q.block)
    att.record(ti, ent)
    tail = Attribution(ls, q.end, "full", ent.name, mention, cue, q.end_block)
    return [(ti, head, first), (ti, tail, ent)]


_SPEECH_NOUNS = frozenset(
    "claim claims statement statements remark remarks comment comments words description promise promises warning "
    "accusation accusations allegation allegations reference references slogan phrase call pledge vow assertion "
    "argument suggestion complaint complaints insistence tweet tweets post message letter email speech "
    "declaration announcement prediction criticism attack attacks characterization label nickname reply replies "
    "response responses answer answers retort missive note notes emphasis".split()
)


def _owned_clause(doc: _Doc, k: int, qi: int) -> bool:
    """Whether the quote at token ``qi`` stands in the clause a named owner's speech noun at ``k`` opens with
    "that" ("Hale's claim that the mayor "stole the election"", no closer cue between), so the quote is the
    owner's words: the clause is what the claim says.

    Only the clause's own verb may stand before the quote: a finite verb before it ends the clause ("Hale's claim
    that Dunn is a crook is "simply untrue"": the claim is the subject, the quote the speaker's verdict on it).  A
    possessive pronoun's owner ("repeated his claim that") is the sentence's subject, read as it is.
    """
    if k + 1 >= qi or doc.low[k + 1] != "that" or not doc.tok[k - 1].lower().endswith("'s"):
        return False
    m = qi - 1
    if m > k + 1 and resources.brill_tag(doc.low[m]) in FINITE_TAGS:
        m -= 1  # the clause's own verb ("that the mayor stole "the election"")
    while m > k + 1 and doc.low[m] in AUX:
        m -= 1  # its auxiliaries ("that the mayor had "stolen it"")
    return not any(
        doc.low[j] in FINITE_AUX or resources.brill_tag(doc.low[j]) in FINITE_TAGS for j in range(k + 2, m + 1)
    )


def _title_case_run(doc: _Doc, i: int) -> bool:
    """Whether the sentence up to token ``i`` is written in Title Case ("Hillary Clinton Joked "…""), where a
    capitalised verb can be a cue: no lower-case word of :data:`analysis.tokenize.RUNNING_WORD_LETTERS` letters or
    more stands before it (running text has them: "insisting that the United States "…"")."""
    return not any(
        doc.tok[m].isalpha() and doc.tok[m].islower() and len(doc.tok[m]) >= RUNNING_WORD_LETTERS
        for m in range(doc.sentence_start[i], i)
    )


def _owner_word(tok: str) -> bool:
    """``his``/``her`` or a capitalised possessive (``Lee's``): who a speech noun belongs to."""
    return tok.lower() in ("his", "her") or (tok.lower().endswith("'s") and _is_name_token(tok))


_DOCUMENT_NOUNS = frozenset("statement report letter memo study survey poll document email tweet post".split())
#: Plural records a body publishes: their owner, when the article names it, is the source ("FEC filings").
#: Prepositions between a document and the body that published it ("a report in The Lancet").
_DOCUMENT_PLACES = frozenset({"in", "from", "by", "of"})
_RECORD_NOUNS = frozenset({f"{w}s" for w in _DOCUMENT_NOUNS} | {"records", "filings", "data"})
_NOUN_MARKERS = frozenset("the a an his her their its our my your this that these those another every each".split())
#: Of those, the quantifiers that also stand alone for people ("another said", "each told"), before a verb form.
_LONE_MARKERS = _NOUN_MARKERS & QUANTIFIERS
OPENERS = frozenset("but and so yet still now meanwhile however also then instead later earlier indeed".split())
#: Tokens a ``that``-less complement's subject may stand after its speech verb ("said on Monday the report").
_COMPLEMENT_REACH = 14
#: Words that open a clause of its own rather than a verb's complement: coordination ("… and Y called it
#: "…"") and a time clause ("Axelrod tweeted after Clinton argued "…"": the clause says when, not what).
_COMPLEMENT_BREAKS = frozenset("and but or nor while whereas after before when since until as".split())
_SEPARATORS = frozenset({",", "-", "\u2014", "\u2013", "\u2015", "(", ":", "--"})
_GROUP = FLOATING_QUANTIFIERS | {"neither", "either"}
#: Words before a capitalised quote that make it the programme someone spoke to or on, not their words
#: (`told "Morning Hour,"`, `an interview with "The Sunday Show."`, `the podcast "Talking Shop."`).
_MEDIUM_MARKERS = frozenset("told with podcast documentary".split())
_WORK_MARKERS = (
    frozenset(
        "on in at of from the titled entitled called named book film movie show series program programme song album "
        "article column slogan campaign bill act law".split()
    )
    | _MEDIUM_MARKERS
)


#: A title after a possessive may run longer than a name alone (:data:`~analysis.quotes.TITLE_MAX_WORDS`): a
#: subtitle after a colon (`Fleming's "The Fixers: Eddie Mannix, Howard Strickling and the MGM Machine"`).
WORK_TITLE_MAX_WORDS = 12
#: Words a title leaves in lower case.
_TITLE_SMALL_WORDS = frozenset("a an the of and or but nor in on at to for with by from as vs".split())


def _owned_title(doc: _Doc, ti: int, q: Quote) -> bool:
    """Whether a quote is the title of someone's work or show, after a possessive (a comma between allowed).

    A quote in title case (every word capitalised, small words aside, up to :data:`WORK_TITLE_MAX_WORDS`
    words) right after a possessive names what the owner made or runs: `NBC's "Today"`, `television's
    "Scandal,"`, `Trump's "Make America Great Again"`.  The name of a show or a book is no speech, whoever
    speaks in the sentence (the guidelines' ``nonspeech``); a quoted sentence is written as a sentence, not in
    title case.

    Titles after a work noun (`his book, "Doomed to Succeed,"`) or a titling participle (`an ad titled
    "Scam."`) are left to the speaker stage: PolNeAR's annotators give such a title as what its ad, memo or
    book says, and marking them no speech cost PolNeAR dev rows.
    """
    k = ti - 1
    if k >= 0 and doc.tok[k] == ",":
        k -= 1
    if k < 0 or not possessive(doc.low[k], plural=True, pronoun_has=False):  # (tokens are read from the folded text)
        return False
    words = _TITLE_WORD_RE.findall(doc.text[q.start : q.end])
    return (
        0 < len(words) <= WORK_TITLE_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)
    )


_TITLE_WORD_RE = re.compile(r"[\w'\u2019&-]+")


def _names_a_work(tok: list[str], ti: int) -> bool:
    """A capitalised quote after a possessive, a preposition or a work noun (`CNN's "State of the Union"`)."""
    prev = tok[ti - 1].lower() if ti else ""
    return prev.endswith("'s") or prev in _WORK_MARKERS


#: What lies between a possessive owner's words and its noun: the ending and a space ("Blair['s ]promise").
_POSSESSIVE_GAP = "'s "


def _owned_noun_cue(doc: _Doc, i: int, report: Report) -> bool:
    """Whether the report at token ``i`` is cued by a noun of speech its owner writes
    (:func:`analysis.reported._owned_reports`): a possessive source right before the noun ("Blair's promise
    that …") or one after its ``by`` ("the announcement by GM that …")."""
    if report.source is None or i + 1 >= doc.n:
        return False
    if doc.low[i] not in owned_speech_nouns():
        return _modified_owner_cue(doc, i, report)  # ("contention" is spoken only: no bare name owns it here)
    prev = doc.low[i - 1] if i > 0 else ""
    before = (
        # ("Sanders’" may be two tokens here, the name and a bare apostrophe; the finder reads folded text)
        (possessive(fold(prev), plural=True, pronoun_has=False) or prev in _BARE_APOSTROPHES)
        and doc.low[i + 1] == "that"
        and 0 <= report.cue[0] - report.source[1] <= len(_POSSESSIVE_GAP)
    )
    return before or doc.low[i + 1] == "by" and report.source[0] >= report.cue[1] or _modified_owner_cue(doc, i, report)


def _modified_owner_cue(doc: _Doc, i: int, report: Report) -> bool:
    """Whether the report at token ``i`` is cued by a noun of speech owned across a possessive pronoun or a
    modifier (:func:`analysis.reported._modified_owned`: "his contention that …", "Trump's false claims that …",
    "Trump's vow to …"): the noun is one of :data:`~analysis.reported.SPOKEN_NOUNS` with ``that`` after it, or of
    :data:`~analysis.reported.REQUEST_NOUNS` with ``to``, and only the owner's ending and lower-case words lie
    between the source and the noun."""
    infinitive = doc.low[i + 1] == "to"
    if not (infinitive or doc.low[i + 1] == "that") or report.source[1] > report.cue[0]:
        return False
    low = doc.low[i]
    nouns = REQUEST_NOUNS if infinitive else SPOKEN_NOUNS
    if low not in nouns and low[:-1] not in nouns:
        return False
    gap = fold(doc.text[report.source[1] : report.cue[0]])
    if fold(doc.text[report.source[0] : report.source[1]]).lower() in POSSESSIVE_PRONOUNS:
        words = gap.split()
    elif gap.startswith("'"):  # a name's possessive ending ("Trump['s false ]claims"), not "a claim that"
        words = gap.removeprefix("'s").removeprefix("'").split()
        if not words and not infinitive:
            return False  # (the bare name's form with "that" is :func:`_owned_noun_cue`'s own)
    else:
        return False
    return len(words) <= MAX_OWNED_MODIFIERS and all(w.replace("-", "").isalpha() and w.islower() for w in words)


def _reported(att: _Attributor, k: int) -> tuple[int, Attribution, _Entity | None] | None:
    """The reported speech whose cue is token ``k`` (:func:`analysis.reported.find_reported`), attributed.

    The report's source span (the cue's subject, or the object of "according to") is read as a
    speaker mention and resolved like a quote's: a name to its person, a role to the person
    holding it, a pronoun to its antecedent.
    """
    doc = att.doc
    rep = doc.reports.get(k)
    if rep is None:
        return None
    np = _source_np(doc, rep.source)
    ent = att.resolve(np, k) if np is not None else None
    if ent is None and np is not None and np.kind == "pronoun":
        ent = att.last_speaker(k)
    if in_relative_clause(doc, k, np):
        att.asides.add(k)
    att.record(k, ent)
    # The mention is where the source is written (found again by its words, an earlier "Smith" would be taken
    # for the "Smith" of "…, Smith added"); a phrase read inside the span is the words that name the speaker.
    at = rep.source if np is None else (doc.offsets(np.a)[0], doc.offsets(np.b - 1)[1])
    if at and np is not None and _owned_noun_cue(doc, k, rep):
        at = (at[0], min(at[1], rep.source[1]))  # "Tony Blair['s] promise": the name, without its ending
    mention = doc.text[at[0] : at[1]] if at else None
    cue = doc.text[rep.cue[0] : rep.cue[1]]
    row = Attribution(rep.start, rep.end, rep.kind, ent.name if ent else None, mention, cue, rep.block, *(at or ()))
    return k, row, ent


def _preposition_led(doc: _Doc, a: int) -> bool:
    """Whether token ``a`` is a preposition (the Brill lexicon's IN reading; "that" and the other determiners
    aside): a source span that opens with one holds an adverbial before its subject ("In 1998 the party",
    "with 30 percent of voters saying"), which names no one."""
    low = doc.low[a]
    return low not in _NOUN_MARKERS and resources.brill_tag(low) == "IN"


#: Prepositions that open an absolute or adverbial clause, never modify the quantity after them ("with 30
#: percent of voters saying", "since most say"); "about half", "outside experts" are the subject itself.
_CLAUSE_PREPOSITIONS = frozenset({"with", "since"})


def _past_opening_phrase(doc: _Doc, a: int, b: int) -> int:
    """Where the subject starts in a span ``[a, b)`` opened by a preposition: after the comma that closes the
    adverbial ("In Rome, several towns"), at the determiner that opens the subject ("In 1998 the party"),
    right after a clause's preposition (:data:`_CLAUSE_PREPOSITIONS`), else at ``a`` (no adverbial ends)."""
    for c in range(a + 1, b):
        if doc.tok[c] == "," and c + 1 < b:
            return c + 1
        if c > a + 1 and doc.low[c] in _DETERMINERS:
            return c
    return a + 1 if doc.low[a] in _CLAUSE_PREPOSITIONS else a


def _region_after(doc: _Doc, described: _NP, b: int) -> _NP | None:
    """The description ``described`` (ending at token ``b``) with the region set off by commas after it
    ("Police in Leeds, West Yorkshire,"), read as :func:`_described_source` reads a quote's source; else
    ``None`` (no region there, or a person in apposition: "Police in Leeds, Ann Cole, said")."""
    if b + 1 >= doc.n or doc.tok[b] != "," or not doc.cap[b + 1]:
        return None
    c = _name_run_end(doc.tok, doc.cap, b + 1, doc.n)
    if c >= doc.n or doc.tok[c] != ",":
        return None
    wider = _described_source(doc, b + 1, c, described.a)
    return wider if wider is not None and wider.a == described.a else None


def in_relative_clause(doc: _Doc, k: int, np: _NP | None) -> bool:
    """Whether the mention ``np`` (else the cue at token ``k``, whose sentence it is in) stands inside a
    relative clause set off by a comma, after its relative pronoun ("the emails, which included staff members
    suggesting …", "Lee, whom aides described as saying …"): told in passing, background to the sentence's
    own subject, whom the next cue-less quote or pronoun continues (Centering: the main clause's subject
    stays the topic)."""
    lo = doc.sentence_start[k]
    end = np.a if np is not None else k
    # (read back over at most as many tokens as :func:`analysis.reported._subject` reads a relative clause)
    for r in range(end - 1, max(lo, end - MAX_RELATIVE_CLAUSE) - 1, -1):
        if doc.tok[r] in CLAUSE_MARKS:
            return False  # (a comma closes the clause before the source: "Ann, who …, and Tom said")
        if doc.low[r] in RELATIVE_OPENERS:
            return r > lo and doc.tok[r - 1] == ","
    return False


def _source_np(doc: _Doc, span: Span | None) -> _NP | None:
    """The speaker phrase written at a character span (a report's source, a turn's label)."""
    if span is None:
        return None
    # (remembered per document, as :func:`_np_at` is: the speaker pass and the attribution pass read each source)
    if span not in doc._sources:
        doc._sources[span] = _read_source_np(doc, span)
    return doc._sources[span]


def _read_source_np(doc: _Doc, span: Span) -> _NP | None:
    """:func:`_source_np` unmemoised."""
    a, b = doc.token_at(span[0]), doc.token_at(span[1])
    b = min(max(b, a + 1), doc.n)  # a span that ends the text ends at the last token
    if b - a == 1 and doc.low[a] in _OBJECT_SUBJECT:
        # "quoted [him] as saying …", "heard [her] say …": the object that speaks, kept as its subject form
        return _NP("pronoun", a, b, (_OBJECT_SUBJECT[doc.low[a]],))
    if b - a == 1 and doc.low[a] in POSSESSIVE_SUBJECTS:
        # "[his] contention that …": the owner of a noun of speech (:func:`analysis.reported._modified_owned`; "her"
        # is read as an object above, to the same subject form)
        return _NP("pronoun", a, b, (POSSESSIVE_SUBJECTS[doc.low[a]],))
    while a < b - 1 and doc.low[a] in ("and", "or", "but"):
        a += 1  # "[and open source developers] argue": the conjunction joins clauses, not the source
    if b - a > 1 and _preposition_led(doc, a):
        a = _past_opening_phrase(doc, a, b)  # "[In 1998 the party] said": the subject after the adverbial
    if a < doc.n and _verb_led(doc, a):
        return None  # "who [sent a letter] …", "[is dominating by 6 in 10 voters who] say": a verb heads no speaker
    if not doc.cap[b - 1] and doc.tok[b - 1][:1].islower():
        b = _group_end(doc, b, doc.n) or b  # "[open source] developers argue": the group's noun ends it
    if a >= b:
        return None
    if doc.cap[a]:
        holder = _affiliation_holder(doc, a, doc.sentence_start[a])
        if holder is not None:  # "Dean Baker of the Center for Economic and [Policy Research] said": the person
            return holder
    # A span that starts inside a body's name ("… Atheists and [Agnostics] said") starts at the name, and
    # one that starts after a title's "of" ("the Archbishop of [Canterbury]") at the title.
    a = _body_name_start(doc, a, b, doc.sentence_start[a])
    pair = _pair_start(doc, a, doc.sentence_start[a])
    if pair is not None:  # the span is the second of two sources ("Labour and [the Tories] said")
        return _coordination(doc, pair, b)
    t = a - 1
    while t - 1 >= doc.sentence_start[a] and doc.cap[t - 1] and _base(doc.tok[t - 1]) in _TITLE_WORDS:
        t -= 1
    if t < a - 1 and doc.low[a - 1] == "of":
        a = t - (t > 0 and doc.low[t - 1] == "the")
    # A span cut inside a body's name ("[The Union of Atheists] and Agnostics (UAAR) has") ends with the name.
    r = b - 1
    while r > a and (doc.cap[r - 1] or doc.low[r - 1] in _RUN_JOINERS):
        r -= 1
    if doc.cap[b - 1]:
        b = max(b, _name_run_end(doc.tok, doc.cap, r, doc.n))
        described = _described_source(doc, _name_start(doc, b - 1, a), b, a)
        if described is not None and described.a == a:
            # "[Authorities in North-Rhine Westphalia] said": the noun the place completes; a region set off
            # after the span ("[Police in Leeds], West Yorkshire, said") completes it as it does a quote's source
            return _region_after(doc, described, b) or described
    count = _past_count_adverb(doc, a, b)
    np = _np_at(doc, count, b)
    np = _document_outlet(doc, np, b) or np
    if np is not None and np.kind == "name" and _share_opener(doc, np.a, np.b, b):
        np = None  # "[Half of the remainder] said": the share of the noun after "of" (read below), no name "Half"
    if np is not None and np.kind in ("name", "org") and np.b == b:
        # "[Ticketweb] and the SECC box office will write": the second source of a pair after the span
        np = _pair_after(doc, np, np.b, doc.n) or np
    if np is None:  # "Republicans", "Aides to Clinton": the last phrase that names someone
        np = _counted_group(doc, count, b) or _np_before(doc, b, a)
    if np is not None and _capitalised_plural_noun(doc, np) and np.b < b:
        # "[Ministers from European and Asian governments] …, saying": a plural common noun capitalised as the
        # sentence's first word is a role, whose complement runs on (no one-word name "Ministers")
        np = _NP("role", np.a, np.b, (doc.low[np.a],))
    if np is not None and np.kind in ("name", "org", "role") and np.b < b and adjective_before_noun(doc, np.b - 1):
        # "[the Democratic chairs from two counties]": the adjective modifies the noun the role phrase ends with
        np = _NP("role", np.a, np.b + 1, (doc.low[np.b],))
    if np is not None and np.kind in ("name", "org") and (head := _noun_head_after_name(doc, np.b, b)):
        # "[The rattled Sin City call girl] said": the name modifies the role noun that ends the span
        np = _NP("role", np.a, b, head)
    if np is not None and np.kind == "role" and np.b < b:  # "[people familiar with her thinking] say"
        np = _NP("role", np.a, max(np.b, _np_tail(doc, np.b, b)), np.head)
    if np is not None and np.kind == "role":
        np = _outer_source(doc, np, doc.sentence_start[np.a])  # "Ministers from [European and Asian governments]"
    if np is not None and (start := number_start(doc, np.a)) < np.a:
        np = _NP(np.kind, start, np.b, tuple(doc.tok[start : np.b]))  # "[1,409 teachers]", not "409 teachers"
    if np is not None and np.a == count > a:
        np = _NP(np.kind, a, np.b, np.head)  # "[Just 15 percent]", "[Some 117 companies]": the adverb is the count's
    if np is not None and np.a - 1 > a and doc.low[np.a - 1] == "of" and _share_words(doc.low[a : np.a - 1]):
        # "[79 percent of Democrats] say", "[The vast majority of Americans] say": the share speaks, not the whole
        start = _share_start(doc, a, np.a - 1)
        np = _NP("plural", start, np.b, tuple(doc.tok[start : np.b]))
    if np is not None and np.a > a and _ratio_head(doc.low[a : np.a]):
        # "[Six in 10 Ohio primary voters] said": the poll's share is the source, not the "10 … voters" after "in"
        np = _NP("plural", a, np.b, tuple(doc.tok[a : np.b]))
    if np is not None and np.kind == "role" and np.head and possessive(fold(np.head[-1]).lower(), plural=True):
        # "[the candidate's] vow to …" (:func:`analysis.reported._modified_owned`): the owner is the candidate
        last = np.head[-1]
        np = _NP("role", np.a, np.b, (*np.head[:-1], last[:-1] if fold(last).endswith("s'") else last[:-2]))
    return np


#: Adverbs that may open a counted subject before its number ("Just 15 percent of voters", "Only two firms"):
#: capitalised as a sentence's first word they are no name.
_COUNT_ADVERBS = frozenset({"just", "only", "some", "almost", "nearly", "roughly", "about", "around", "barely"})


def _counts(low: str) -> bool:
    """Whether the lower-case word is a count or share of people ("15", "ten", "half", "47%")."""
    return low.rstrip("%").isdigit() or low in NUMBER_WORDS or low in _SHARE_WORDS - _DETERMINERS


def _past_count_adverb(doc: _Doc, a: int, b: int) -> int:
    """Token ``a`` of a source span, or the count after it when ``a`` is an adverb that opens a counted
    subject (:data:`_COUNT_ADVERBS`: "[Just 15 percent of Americans] said" reads from "15")."""
    if b - a > 1 and doc.low[a] in _COUNT_ADVERBS and _counts(doc.low[a + 1]):
        return a + 1
    return a


def _share_opener(doc: _Doc, a: int, e: int, b: int) -> bool:
    """Whether the one-word name at tokens ``[a, e)`` is a share word capitalised as the sentence's first
    word before "of" inside the span that ends at ``b`` ("[Half of the remainder]", "[Most of the workers]")."""
    return e == a + 1 and e + 1 < b and doc.low[e] == "of" and doc.low[a] in _SHARE_WORDS


#: Brill tags of the plural noun that ends a counted group ("ten S&P 500 companies").
_GROUP_HEAD_TAGS = frozenset({"NNS"})


#: WordNet's kinds of noun (:data:`_NOUN_KINDS`) that head a group that speaks: people or bodies, not "charges".
_SPEAKING_KINDS = frozenset({"person", "body"})


def _group_head(doc: _Doc, m: int) -> bool:
    """Whether token ``m`` is a plural common noun for people or bodies written in lower case ("companies",
    "voters"), which a counted group's phrase is headed by."""
    low = doc.low[m]
    return (
        doc.tok[m].islower()
        and resources.brill_tag(low) in _GROUP_HEAD_TAGS
        and (_NOUN_KINDS.get(low) in _SPEAKING_KINDS or _NOUN_KINDS.get(regular_singular(low)) in _SPEAKING_KINDS)
    )


def _counted_group(doc: _Doc, a: int, b: int) -> _NP | None:
    """A source span that opens with a count and whose first plural common noun ends it or opens the
    complement that ends it (a preposition follows it), as a group of its own: "[Ten S&P 500 companies] said", "[117 companies in the
    Standard & Poor's 500 index] said".  The names inside it are modifiers or the complement's, no source."""
    if b - a < 2 or not _counts(doc.low[a]) or doc.low[a + 1] == "of":
        return None  # (a share before "of" is read by the share's own reading)
    start = number_start(doc, a)
    if start > 0 and doc.low[start - 1] in _ROLE_COMPLEMENTS:
        return None  # "the survey of [2,000 adults] suggests": the count completes a noun before it, no subject
    head = next((m for m in range(a + 1, b) if _group_head(doc, m)), None)
    if head is None or (head + 1 < b and doc.low[head + 1] not in _ROLE_COMPLEMENTS):
        return None  # ("Three Senate Democrats", no common noun: the body's members as the org reading has them)
    return _NP("plural", a, b, (doc.tok[head],))


def number_start(doc: _Doc, k: int) -> int:
    """The first token of the number written with thousands separators that ends at token ``k`` ("1,409" is
    three tokens: "1", ",", "409"), else ``k``."""
    while (
        2 <= k < doc.n
        and doc.tok[k - 1] == ","
        and doc.tok[k - 2].isdigit()
        and len(doc.tok[k]) == len("000")
        and doc.tok[k].isdigit()
        and doc.offsets(k - 1)[0] == doc.offsets(k - 2)[1]
        and doc.offsets(k)[0] == doc.offsets(k - 1)[1]
    ):
        k -= 2
    return k


#: Words that count a share of a group before its "of" ("79 percent of", "the vast majority of", "one of").
_SHARE_WORDS = QUANTIFIERS | frozenset(
    "percent % majority majorities half third thirds quarter quarters minority plurality share number".split()
)


def _share_words(words: Sequence[str]) -> bool:
    """Whether the words before an "of" count a share of the group after it ("a full 79 percent", "some")."""
    return any(w in _SHARE_WORDS or w.rstrip("%").isdigit() for w in words)


#: Brill tags of the words a share's phrase opens with before its first share word ("a full", "The vast",
#: "Even some", "More than half"): determiners, adjectives, adverbs, numbers, comparatives.
_SHARE_OPENER_TAGS = frozenset({"DT", "JJ", "JJR", "RB", "CD", "PDT"})


def _share_start(doc: _Doc, a: int, of: int) -> int:
    """Where a share's phrase opens in tokens ``[a, of)`` before its "of": the first share word and the
    determiners, adjectives, adverbs and approximators right before it, not a clause's words ("attacks on the
    police have left [62 percent] of voters")."""
    first = next(m for m in range(a, of) if doc.low[m] in _SHARE_WORDS or doc.low[m].rstrip("%").isdigit())
    while first - 1 >= a and (
        doc.low[first - 1] in _SHARE_APPROXIMATORS or resources.brill_tag(doc.low[first - 1]) in _SHARE_OPENER_TAGS
    ):
        first -= 1
    return first


#: Words that may open a poll's share before its count ("About four in 10", "More than six in 10").
_SHARE_APPROXIMATORS = frozenset({"about", "around", "nearly", "almost", "roughly", "more", "fewer", "less", "than"})


def _ratio_head(words: Sequence[str]) -> bool:
    """Whether the words are the head of a poll's share before its whole: a count and "in" or "out of", after
    approximators ("six in", "About four out of", "More than six in")."""
    k = 0
    while k < len(words) and words[k] in _SHARE_APPROXIMATORS:
        k += 1
    rest = words[k:]
    count = bool(rest) and (rest[0].isdigit() or rest[0] in NUMBER_WORDS or rest[0] == "one")
    return count and tuple(rest[1:]) in (("in",), ("out", "of"))


#: Brill tags of the lower-case words before a role noun that modify it ("call girl": "call" is a verb first).
_NOUN_MODIFIER_TAGS = _NOUN_TAGS | {"VB", "JJ"}


def _noun_head_after_name(doc: _Doc, e: int, b: int) -> tuple[str, ...]:
    """The lower-case nouns in tokens ``[e, b)`` when they run from the end of a name to the end of a source span
    and end in a noun for a person (at most :data:`DESCRIPTOR_NOUNS`: "the Sin City [call girl]", "a Zeta
    County [sheriff]"): the name is their modifier and they head the source.  Else ``()``."""
    if not 0 < b - e <= DESCRIPTOR_NOUNS or _NOUN_KINDS.get(doc.low[b - 1]) != "person":
        return ()
    if resources.brill_tag(doc.low[b - 1]) not in _NOUN_TAGS or not all(
        doc.tok[m].isalpha() and doc.tok[m].islower() and resources.brill_tag(doc.low[m]) in _NOUN_MODIFIER_TAGS
        for m in range(e, b - 1)
    ):
        return ()
    return tuple(doc.tok[e:b])


def adjective_before_noun(doc: _Doc, k: int) -> bool:
    """Whether the capitalised word at token ``k`` is an adjective the lexicon reads first as one ("Syrian",
    "Democratic", "Spanish"), before a lower-case noun or adjective it modifies ("Syrian hackers", "a Spanish
    comedy troupe", "the Democratic chairs"): no name of its own, so no speaker "Syrian"."""
    if k + 1 >= doc.n or not doc.tok[k + 1].isalpha() or not doc.tok[k + 1].islower():
        return False
    tags = _capitalised_tags(doc.low[k])
    return bool(tags) and tags[0] == "JJ" and resources.brill_tag(doc.low[k + 1]) in _MODIFIED_TAGS


def place_adjective_before_noun(doc: _Doc, a: int, e: int) -> bool:
    """Whether the capitalised run ``a:e`` is a nationality or regional adjective (:func:`_place_adjective`: "South
    Korean", "American", "Western") before a lower-case noun or adjective it modifies ("South Korean officials", "a
    South Korean parliamentary report", "American voters"): no name of its own, as a one-word adjective is not
    (:func:`adjective_before_noun`), so no speaker "South Korean"."""
    if e >= doc.n or not doc.tok[e].isalpha() or not doc.tok[e].islower():
        return False
    return _place_adjective(doc.tok[a:e]) and resources.brill_tag(doc.low[e]) in _MODIFIED_TAGS


def _capitalised_plural_noun(doc: _Doc, np: _NP) -> bool:
    """Whether a one-word name is a plural common noun (the Brill lexicon's lower-case NNS) capitalised only because
    it opens its sentence ("Ministers", "Judges"), not the surname of someone the article names ("Sarah Wells …
    Wells herself said": "wells" is NNS too).  Unlike :func:`analysis.attribution._capitalised_group` it does not
    ask the lexicon's capitalised entries, which hold "Ministers" as a plural proper noun."""
    return (
        np.kind == "name"
        and np.b - np.a == 1
        and np.a == doc.sentence_start[np.a]
        and resources.brill_tag(doc.low[np.a]) == "NNS"
        and doc.low[np.a] not in doc.by_surname
    )


#: Determiners of a definite description that refers back to a document already brought in ("the statement").
_ANAPHORIC_DETERMINERS = _NOUN_MARKERS & {"the", "this", "that"}
#: Determiners that bring a new document in ("a statement", "an email").
_INDEFINITE_DETERMINERS = _NOUN_MARKERS & {"a", "an"}
#: Prepositions between a speech verb and the document it was said in ("said in a statement", "via an email").
_SAID_IN_PREPS = frozenset({"in", "via", "through"})
#: Prepositions between a document and who wrote it ("a report by the National Audit Office", "a letter from Lee").
_AUTHOR_PREPS = frozenset({"by", "from"})


def _issuer_before(doc: _Doc, v: int, lo: int) -> _NP | None:
    """Who put out a document by the verb at token ``v`` (sent, issued, said in): the phrase right before it
    (:func:`_np_before`), not the sentence's first one, which may be another clause's ("The Times said Cook
    provided a written statement", "Days after …, the museum issued a statement"); a pronoun is left out (the
    sentence's subject, :func:`verb_sender`, is :func:`document_issuer_np`'s fallback)."""
    np = _np_before(doc, v, lo)
    return np if np is not None and np.kind in _SPEAKER_KINDS - {"pronoun"} else None


def _document_author(doc: _Doc, k: int) -> _NP | None:
    """Who wrote the document whose noun is token ``k``, named after it by "by" or "from" ("a report by the
    National Audit Office", "a statement from NBC"), or by "by" after the participle that put it out ("a separate
    statement issued by the campaign", "a report released in September by the institute"), if a speaker phrase
    (not a pronoun) stands there."""
    end = doc.sentence_end(k)
    j = k + 1
    if j < end and doc.low[j] in ISSUING_VERBS:  # (a short adverbial may stand between: "released in September")
        j = next(
            (m for m in range(j + 1, min(end, j + 1 + AUTHOR_REACH)) if doc.low[m] == "by" or not doc.tok[m].isalnum()),
            end,
        )
        if j >= end or doc.low[j] != "by":
            return None
    elif j >= end or doc.low[j] not in _AUTHOR_PREPS:
        return None
    np = _np_at(doc, j + 1, end)
    return np if np is not None and np.kind in _SPEAKER_KINDS - {"pronoun"} else None


def _fronted_document_subject(doc: _Doc, d: int, k: int, lo: int) -> _NP | None:
    """Who spoke in the document whose phrase (determiner ``d``, noun ``k``) opens its sentence after a preposition
    ("In a statement, the company said …", "In a letter on Monday, Jane Roe wrote"): the subject after the comma
    that closes the opening phrase, if a speaker phrase (not a pronoun) stands there."""
    if d - 1 != lo or doc.low[lo] not in _SAID_IN_PREPS:
        return None
    end = doc.sentence_end(k)
    comma = next((m for m in range(k + 1, min(end, k + 1 + FRONTED_REACH)) if not doc.tok[m].isalnum()), end)
    if comma >= end or doc.tok[comma] != ",":
        return None
    np = _np_at(doc, comma + 1, end)
    return np if np is not None and np.kind in _SPEAKER_KINDS - {"pronoun"} else None


def document_phrase_start(doc: _Doc, k: int, lo: int) -> int | None:
    """The determiner (or possessive) that opens the document phrase whose noun is token ``k``, back over
    lower-case modifiers (:data:`DOCUMENT_MODIFIERS` at most: "a brief written statement", "Lee's statement") in
    the sentence starting at ``lo``, else ``None`` ("officials report that …": the verb, not a document)."""
    d = k - 1
    while (
        d > max(lo, k - 1 - DOCUMENT_MODIFIERS)
        and doc.low[d] not in _NOUN_MARKERS
        and doc.tok[d].isalpha()  # a lower-case word between the determiner and the noun ("a brief written")
        and doc.tok[d].islower()
    ):
        d -= 1
    if d < lo or not (doc.low[d] in _NOUN_MARKERS or doc.low[d].endswith("'s")):
        return None
    return d


def said_in_verb(doc: _Doc, d: int, lo: int, is_cue: Callable[[int], bool]) -> int | None:
    """The speech verb (``is_cue``) a document phrase opening at token ``d`` was said in ("NBC said in a
    statement", "the minister wrote on Monday in a letter"): its index, else ``None``."""
    if d - 1 <= lo or doc.low[d - 1] not in _SAID_IN_PREPS:
        return None
    for v in range(d - 2, max(lo, d - 2 - SAID_IN_REACH), -1):
        if not doc.tok[v][:1].isalnum():
            return None  # past a comma or a quote: another clause
        if is_cue(v):
            return v
    return None


#: ``document_issuer_np``'s ``d`` when the caller has not read the document phrase's start (``None`` is a reading).
_UNREAD: object = object()


def document_issuer_np(
    doc: _Doc, k: int, lo: int, is_cue: Callable[[int], bool], *, d: int | None | object = _UNREAD
) -> _NP | None:
    """Who put out the document whose noun is token ``k`` in the sentence starting at ``lo``, as written there,
    else ``None`` (``d``: the start of the document's phrase, :func:`document_phrase_start`, when the caller has
    read it already).  The one reading of a document's issuer: the rules at a colon (:func:`_message_sender`), the
    learned engine when it chose a document as a quote's source (``attribution._issuer``) and a definite
    description that refers back to the document (:meth:`_Attributor.document_issuer`).

    Read as a careful reader does, the first that names someone:

    - the verb that put it out ("NBC released a statement", :func:`document_verb`) or the speech verb it was said
      in ("NBC said in a statement", :func:`said_in_verb`): the phrase right before the verb
      (:func:`_issuer_before`: "The Times said Cook provided a written statement" → Cook), else the sentence's
      subject (:func:`verb_sender`: "He sent out an email", "Mr. Sanders showed no sign of backing down,
      releasing a statement").  Counted on PolNeAR train (gold Source of the attributions whose content follows
      the verb): this order finds 81 of 187 sources, the subject first 79, the subject alone 75, the phrase
      before alone 65;
    - the body after "by"/"from" ("A report by the National Audit Office", "a statement issued by the
      campaign", :func:`_document_author`);
    - the subject after a fronted "In a statement," (:func:`_fronted_document_subject`);
    - its owner ("the IMF report", "Mr Tanzi's statement", :func:`_document_owner`): the owner's words, read
      as a speaker phrase ("IMF", "Mr Tanzi's"), so every caller gets an issuer, never the document itself.

    ``attribution._issuer`` adds one fallback of its own, a kind of body as the subject ("The bank issued a
    statement"): it needs the body-description reader of that later stage, which this one cannot import.
    """
    if d is _UNREAD:
        d = document_phrase_start(doc, k, lo)
    v = document_verb(doc, k, lo)
    if v is None and d is not None:
        v = said_in_verb(doc, d, lo, is_cue)
    if v is not None:
        before, subject = _issuer_before(doc, v, lo), verb_sender(doc, v, lo)
        # the subject when both end on the same word: it keeps the phrase's determiner and titles ("The
        # Democratic National Committee", "Republican presidential nominee Donald Trump")
        issuer = subject if before is None or (subject is not None and subject.b == before.b) else before
    else:
        issuer = _document_author(doc, k)
        if issuer is None and d is not None:
            issuer = _fronted_document_subject(doc, d, k, lo)
    if issuer is not None or d is None:
        return issuer
    earlier = _np_at(doc, d, k + 1)
    if earlier is None or earlier.kind != "role":
        return None
    owner = _document_owner(earlier.head[:-1])
    at = [j for j in range(earlier.a, k) if doc.tok[j] in owner]
    if not at:
        return None
    # (the owner alone: "Webb's" of "Webb's full statement")
    return _classify_run(doc, at[0], at[0], at[-1] + 1)


def _document_owner(words: Sequence[str]) -> tuple[str, ...]:
    """The capitalised words that name the owner of a document, of the words before its noun: all of them ("the
    IMF report", "a White House statement"), but only those up to a possessive when one proper noun after it
    is the document's platform or place ("Bush's Facebook post", "Smith's Twitter post"), as it is of a
    role (:func:`_modifier_after_owner`).  A nationality adjective owns nothing ("a South Korean parliamentary
    report", "the Kenyan statement": :func:`_place_adjective`): no body is named, so the document stays its own
    description rather than a speaker called "South Korean"."""
    poss = max((k for k, w in enumerate(words) if w.lower().endswith("'s")), default=-1)
    after = words[poss + 1 :]
    if poss >= 0 and len(after) == _OWNER_MODIFIER_WORDS and _platform_after_owner(words[poss], after[0]):
        words = words[: poss + 1]
    owner = tuple(w for w in words if _is_name_token(w))
    return () if owner and _place_adjective(owner) else owner


def _place_adjective(words: Sequence[str]) -> bool:
    """Whether capitalised words are a nationality or regional adjective, no name: a demonym the article could
    use for a person of the place (:data:`PLACE_PEOPLE`: "South Korean", "Kenyan") or a last word the Brill
    lexicon reads capitalised first as an adjective ("French", "British", "Western")."""
    return " ".join(words) in PLACE_PEOPLE or _capitalised_tags(words[-1].lower())[:1] == ("JJ",)


def _owned_document_after_preposition(doc: _Doc, np: _NP, lo: int) -> bool:
    """Whether ``np`` is a named owner's document after the one preposition that opens its sentence ("From
    Bush's Facebook post: "…"", "In Acme's statement: "…""): the owner's words, as a colon after a name is."""
    return (
        np.kind == "role"
        and np.a == lo + 1
        and doc.low[lo] in _DOCUMENT_PLACES
        and bool(np.head)
        and _base(np.head[-1]) in _DOCUMENT_NOUNS
        and bool(_document_owner(np.head[:-1]))
    )


def _document_person(doc: _Doc, owner: Sequence[str], pos: int) -> _Entity | None:
    """The person whose document it is ("Mr Tanzi's statement said", "Jane Roe's letter"), if the owner is one.

    The owner's words are read as any capitalised run is (:func:`_split_title`): a person when an honorific
    says so ("Mr Tanzi"), or when the words name one the article gives in full or open with a given name of
    the name table; else ``None`` (a body: "the IMF report", "a White House statement", "the National
    Academies report", whose capitalised words alone are no evidence of a person).
    """
    parsed = _split_title(owner, doc.speaking, doc.given_titles)
    if parsed is None or parsed[2] != "person" or not parsed[1]:
        return None
    _, name, _, honorific = parsed
    given = len(name) >= 2 and gender.first_name_gender(name[0]) != gender.UNKNOWN
    ent = doc.lookup(name, pos, create=honorific is not None or given, gender=honorific)
    if ent is None or ent.kind != "person" or (honorific is None and not given and len(ent.tokens) < 2):
        return None
    return ent


def _document_outlet(doc: _Doc, np: _NP | None, limit: int) -> _NP | None:
    """The body that published a document phrase ``np`` ("a report in The Lancet", "a statement from
    Acme"): the name after its preposition (:data:`_DOCUMENT_PLACES`), before ``limit``, if any."""
    if np is None or np.kind != "role" or not np.head or _base(np.head[-1]) not in _DOCUMENT_NOUNS:
        return None
    if np.b + 1 >= limit or doc.low[np.b] not in _DOCUMENT_PLACES or doc.low[np.b + 1] in ("a", "an"):
        return None  # "a report in a New Hampshire paper": an outlet left unnamed
    outlet = _np_at(doc, np.b + 1, limit)
    return outlet if outlet is not None and outlet.kind in ("name", "org") else None


def _with_turns(quotes: Sequence[Quote], turns: Sequence[Report], at: dict[int, Report]) -> list[Quote]:
    """The quotes and the transcript turns in reading order (quotes inside a turn are part of it)."""
    spans = [(t.start, t.end) for t in turns]
    kept = [q for q in quotes if not any(s <= q.start < e for s, e in spans)]
    merged = sorted([(q.start, q, None) for q in kept] + [(t.start, None, t) for t in turns], key=lambda x: x[0])
    out: list[Quote] = []
    for _, q, t in merged:
        if t is not None:
            at[len(out)] = t
            q = Quote(t.start, t.end, t.cue[1] - 1, None, "full", t.block, t.block)
        out.append(q)
    return out


def _attribute_turn(att: _Attributor, ti: int, q: Quote, turn: Report) -> tuple[int, Attribution, _Entity | None]:
    """A transcript turn: its label (or the interviewee's name) is the speaker; an unnamed ``Q`` the interviewer."""
    doc = att.doc
    if turn.source is None:
        role = turn.role or "interviewer"
        ent = att.roles.setdefault(role, _Entity(role, (), None, "role", ti, [], [0, 0]))
        mention = None
    else:
        label = doc.text[turn.source[0] : turn.source[1]]
        if label.isupper():
            ent = doc.lookup(tuple(w.capitalize() for w in label.split()), ti)
        else:
            np = _source_np(doc, turn.source)
            ent = att.resolve(np, ti) if np is not None else None
        mention = label
    att.record(ti, ent)
    return ti, Attribution(q.start, q.end, "full", ent.name if ent else None, mention, ":", q.block), ent


def _trailing_report(att: _Attributor, k: int) -> None:
    """``…, said Bart Naylor, an advocate for X.``: a speech event after the words it reports.

    A cue closing a sentence of narration with its subject inverted after a
    comma reports that sentence, so its speaker is who speaks now: a quote
    paragraph with no cue that follows continues with them.
    """
    doc, tok = att.doc, att.doc.tok
    if k == 0 or tok[k - 1] != "," or k + 1 >= doc.n or not _invertible(tok[k]):
        return
    limit = att._clause_end(k + 1)
    np = _np_at(doc, k + 1, limit)
    if np is None or np.kind == "pronoun":
        return
    end = _skip_parenthesis(tok, _np_tail(doc, np.b, limit) if np.kind == "role" else np.b, limit)
    if not (end >= limit or tok[end] in (".", ",", PARA_TOKEN)):
        return  # `, says Hillsborough is …`: not an inverted subject
    ent = att.resolve(np, k)
    if ent is not None:
        att.record(k, ent)
