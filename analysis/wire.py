"""Wire and web copy furniture: datelines, bylines, credit lines and interview turns.

News copy carries lines that are about the story, not part of it: the
dateline that opens a wire story (``LONDON (Reuters) -``), the byline
(``By Jane Doe, Associated Press``), the rules and credit lines at its end
(``___``, ``… contributed to this report.``, the agency's copyright notice)
and editor's notes.  :mod:`analysis.article` uses these recognisers to take
such lines out of the body into ``Article.dateline``/``agency``/``byline``/
``credits``, so they never reach a sentence's tone, a quote or a key term.
The layouts follow the AP Stylebook (datelines, bylines, "contributed"
credits) and Reuters' house style (``NEW YORK, Jan 5 (Reuters) -``).

Every recogniser reads a span of ``Article.text`` and answers with spans
into it, so the text itself is never rewritten.  Each is anchored and
length-bounded: a line only counts as furniture when the whole line has
furniture's shape, so a body sentence that starts "By Sept. 30, …" or
mentions "copyright" stays body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis._types import Span

__all__ = [
    "PAGE_FURNITURE",
    "PAGE_FURNITURE_FIRST_WORDS",
    "PAGE_FURNITURE_WORDS_ANYWHERE",
    "Dateline",
    "agency_name",
    "agency_of",
    "byline_parts",
    "inline_dateline",
    "is_credit",
    "is_page_furniture",
    "is_role_line",
    "is_rule",
    "turns",
]

# Agencies as datelines and bylines abbreviate them, spelled out once so
# "(AP)" and "Associated Press" name the same agency.
AGENCY_NAMES: dict[str, str] = {
    "AP": "Associated Press",
    "The Associated Press": "Associated Press",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
}
_AGENCY = (
    r"(?:The\s+)?Associated\s+Press|AP|Reuters|AFP|Agence\s+France[- ]Presse|Bloomberg|UPI|"
    r"United\s+Press\s+International|dpa|PA(?:\s+Media)?|Press\s+Association|CNN|Xinhua|Kyodo|Yonhap|Tass|TASS"
)
# A personal name as bylines print it: one to five capitalised tokens ("Jane",
# "O'Neill", "JANE DOE", "J.", "Smith-Jones"), lower-case particles between.
_NAME_TOKEN = r"[A-Z][A-Za-z'\u2019.\-]*"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:(?:de|da|van|von|der|den|del|la|le|bin|al)\s+)*{_NAME_TOKEN}){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|&)\s+{_NAME})?"
# A byline's job or desk after the names: "Staff Writer", "AP Political Writer",
# "Washington Post", "BBC News".  Capitalised words only, at most six.
_ROLE = rf"(?:{_AGENCY}|(?:[A-Z][\w.'\u2019&-]*\s+){{0,5}}[A-Z][\w.'\u2019&-]*)"
_BY_LINE = re.compile(rf"By\s+(?P<names>{_NAMES})(?:\s*(?:,|\||\u2014|\u2013|-)\s*(?P<role>{_ROLE}))?\s*$")
_AGENCY_LINE = re.compile(rf"(?P<names>{_NAMES})\s*(?:,|\|)\s*(?P<role>{_AGENCY})\s*$")
_PIPE_LINE = re.compile(rf"(?P<names>{_NAMES})\s*\|\s*(?P<role>{_ROLE})\s*$")
# A line under a "By …" line in the same block: "Associated Press", "Staff Writer".
_ROLE_LINE = re.compile(
    rf"(?:{_AGENCY}|(?:[A-Z][\w.'\u2019&-]*\s+){{0,4}}(?:Writer|Reporter|Correspondent|Editor|Staff))\s*$"
)
# "By" + a time word opens a body sentence ("By Monday, …"), never a byline.
_NOT_NAMES = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|The|This|That|"
    r"Then|Now|Law|Contrast|Comparison|Far|All|Most|Some|Many|Late|Early|Mid)\b\.?"
)
_BYLINE_MAX_WORDS = 16

# The dateline that opens a wire story's first paragraph: an upper-case place
# ("PARADISE COVE", "ST. LOUIS"), optionally a state or country ("Fla.",
# "D.C.") and a date ("Jan 5"), optionally the agency in parentheses, then a
# dash.  A title-case place ("Washington (CNN) —") counts only with an agency.
_DATE_PART = r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
_INLINE_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'\u2019\-]+(?:\s[A-Z][A-Z.'\u2019\-]*){0,3}?)" + _REGION + "?" + _DATE_PART + "?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    r"|(?P<tplace>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})" + _REGION + "?" + _DATE_PART + "?"
    r"\s*\((?P<tagency>" + _AGENCY + r")\))"
    r"\s*[-\u2013\u2014\u2015]{1,2}\s+(?=[^\sa-z])"  # the story resumes with a capital, digit or quote
)
_DATELINE_MAX_CHARS = 80

RULE_CHARS = "_-*=\u2014\u2013"  # what a rule line can start with (a cheap test before the pattern)
_RULE = re.compile(r"[ \t]*(?:_{3,}|-{3,}|\*{3,}|(?:\*[ \t]){2,}\*|={3,}|\u2014{2,}|\u2013{3,})[ \t]*$")

# Credit lines (whole paragraphs): matched at the paragraph's start or end only.
_CREDIT_START = re.compile(
    r"(?:Editor[\u2019']?s\s+note\b|EDITOR[\u2019']?S\s+NOTE\b|Copyright\s+(?:\(c\)\s*|\u00a9\s*)?\d{4}\b|\u00a9\s*\d{4}\b|"
    r"\(c\)\s*\d{4}\b|This\s+(?:material|article|story)\s+may\s+not\s+be\s+(?:published|reproduced)|"
    r"\(?(?:Additional\s+)?[Rr]eporting\s+by\b.*(?:[Ee]diting|[Ww]riting)\s+by\b|"
    r"Follow\s+" + _NAME + r"\s+on\s+(?:Twitter|X|Instagram|Facebook)\b|"
    # Corrections notices: "Correction Appended.", "Correction: October 2, 2016", "This article has been revised …"
    r"Correction\s+Appended\b|Corrections?:\s+[A-Z][a-z]+\s+\d|"
    r"(?:This|An\s+earlier\s+version\s+of\s+this)\s+(?:article|story|report)\s+"
    r"(?:has\s+been\s+(?:revised|updated|corrected|amended)|misstated|incorrectly)\b)"
)
_CREDIT_END = re.compile(
    r"(?:\bcontributed(?:\s+reporting)?\s+(?:to|from)\s+this\s+(?:report|story|article)|All\s+rights\s+reserved|"
    r"(?:writers?|reporters?|correspondents?)\s+(?:[A-Z][\w.'\u2019-]*(?:\s*,\s*|\s+(?:and\s+)?))+contributed(?:\s+reporting)?)"
    r"[.)\s]*$"
)
# An editor's note can run to a few sentences; a body paragraph that merely ends "… contributed to this report." is
# longer.  Measured over 1,352 articles (PolNeAR train and dev, the BBC and Wikinews corpora): 71 paragraphs match the
# credit patterns, the longest 65 words (an editor's note), none longer — 80 leaves room above every one seen.  The
# bound also keeps a 20 MB paragraph cheap.
_CREDIT_MAX_WORDS = 80
#: A cross-link to another story ("Read more: Looted colonial art: …", ">> READ ON THE OBSERVERS: …", ""Related:"",
#: "See also: …"): a web page's furniture, not the story's words; its capitalised title would otherwise read as a
#: name (a "he" went to "Recognizing Germany") and a quoted label as a quote.
_CROSS_LINK = re.compile(
    r"\W{0,3}(?i:read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|"
    r"related(?:\s+(?:stories|articles|coverage|content|links|news))?|read\s+on\s+[^:\n]{1,40})\s*:"
)
#: Page furniture a scrape of a news site leaves in the body: the ad slot's label, a "continues below" marker and
#: the prompts of a video, a gallery or an image (Globe and Mail's "Story continues below advertisement", the NYT's
#: "Continue reading the main story", the Daily Mail's "Scroll down for video", a chart's "Click to Enlarge").
#: Counted over the 500N-KPCrowd stories open for reading, PolNeAR train and the shared BBC/Wikinews corpora:
#: "Advertisement" 3, "Story continues below" 3, "Scroll down for video" 1, "Click to Enlarge" 1 (all inline in
#: flattened bodies, between two sentences); the rest are the same outlets' other spellings.  A line that is
#: nothing else is a credit (:func:`is_credit`); inline, :mod:`analysis.tokenize` makes it a sentence of its own.
#: Matched case-insensitively; a caller requires the capital a page prints ("Advertisement", "ADVERTISEMENT").
PAGE_FURNITURE = re.compile(
    r"(?i:advertisement|story\s+continues\s+below(?:\s+(?:this\s+)?advertisement)?|"
    r"continue\s+reading(?:\s+the)?\s+main\s+story|continue\s+reading\s+below|"
    r"scroll\s+down\s+for\s+(?:video|more)|click\s+(?:(?:the\s+)?(?:image|photo|chart)\s+)?to\s+(?:enlarge|expand))"
)
#: The first words of :data:`PAGE_FURNITURE`'s phrases as a page prints them (capitalised or in capitals): kept
#: beside the table so the two agree; :mod:`analysis.tokenize` scans for them first, cheaply, to tell the paragraphs
#: with none (nearly all) from the rest.
_FURNITURE_FIRST = "Advertisement|ADVERTISEMENT|Story|STORY|Continue|CONTINUE|Scroll|SCROLL|Click|CLICK"
PAGE_FURNITURE_FIRST_WORDS = re.compile(rf"\b(?:{_FURNITURE_FIRST})\b")
#: The same words anywhere, with no word edges: a text in which this finds nothing has no stretch in which
#: :data:`PAGE_FURNITURE_FIRST_WORDS` finds one (a search from ``start`` to ``end`` reads a word edge at ``end``
#: where the whole text may go on, so only the edgeless form is a screen for all of them).  A plain alternation
#: of words is found several times faster than the words between edges: a reader of an article's many short runs
#: (:class:`analysis.speakers._Doc`) screens the whole text once instead of every run.
PAGE_FURNITURE_WORDS_ANYWHERE = re.compile(_FURNITURE_FIRST)
#: Punctuation a page-furniture line may carry around its words ("Advertisement:", "- Advertisement -").
_FURNITURE_TRIM = " \t-\u2013\u2014:.()[]|*"
#: A cross-link is a title's length: a longer paragraph that opens "Related:" is the story's.
_CROSS_LINK_MAX_WORDS = 30
CREDIT_MAX_CHARS = 800
_CREDIT_TAIL_CHARS = 300

# Interview turns: "Q:", "A:", "Question:", "INTERVIEWER:", "Jane Doe:" at a line's start.
_QA_TURN = re.compile(r"(?:\*\*)?(?P<who>Q|A|Question|Answer)(?:\*\*)?\s*[:.](?:\*\*)?\s+(?=\S)")
_NAME_TURN = re.compile(
    r"(?:\*\*)?(?P<who>[A-Z][A-Z.'\u2019\-]+(?:\s[A-Z][A-Z.'\u2019\-]+){0,3}|"
    r"(?:Mr|Mrs|Ms|Dr)\.?\s[A-Z][a-z]+|[A-Z][a-z]+(?:\s[A-Z][a-z'\u2019\-]+){0,2})(?:\*\*)?:(?:\*\*)?\s+(?=\S)"
)
_INLINE_ANSWER = re.compile(r"\s(?:\*\*)?A(?:\*\*)?:(?:\*\*)?\s+(?=\S)")
#: The space after a sentence's end (its full stop, or a closing mark or bracket after it): where a turn label of a
#: transcript whose line breaks were lost stands inside its one line ("… did you find? A: I came …").
_AFTER_SENTENCE = re.compile(r"(?:(?<=[.?!\u2026])|(?<=[.?!\u2026][\"'\u201d\u2019)\]]))\s+")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline opening a paragraph.

    Attributes:
        place: The place as printed, without region, date or agency ("LONDON").
        agency: The agency named in parentheses, spelled out ("Associated Press"), if any.
        span: The dateline's characters, dash included.
        body_start: Where the paragraph's own text begins (after the dash and spaces).
    """

    place: str
    agency: str | None
    span: Span
    body_start: int


def agency_name(name: str) -> str:
    """The agency's full name for an abbreviation as datelines and bylines print it."""
    name = " ".join(name.split())
    return AGENCY_NAMES.get(name, name)


def inline_dateline(text: str, span: Span) -> Dateline | None:
    """The dateline opening the paragraph ``text[span[0]:span[1]]``, if any.

    Args:
        text: The article text.
        span: A paragraph's span.

    Returns:
        The :class:`Dateline`, or ``None`` when the paragraph does not open with one.
    """
    start, end = span
    m = _INLINE_DATELINE.match(text, start, min(end, start + _DATELINE_MAX_CHARS + 8))
    if not m:
        return None
    place = m.group("place") or m.group("tplace")
    agency = m.group("agency") or m.group("tagency")
    head = text[start : m.end()].rstrip()
    return Dateline(
        place=" ".join(place.split()),
        agency=agency_name(agency) if agency else None,
        span=(start, start + len(head)),
        body_start=m.end(),
    )


def byline_parts(line: str) -> tuple[str, str | None] | None:
    """``(names, agency)`` of a byline line, or ``None`` when the line is not one.

    Args:
        line: One line, whitespace-trimmed ("By Jane Doe and John Roe, Associated Press").

    Returns:
        The names as printed ("Jane Doe and John Roe") and the agency when the
        line names one; ``None`` for any other line.
    """
    if not line or len(line.split()) > _BYLINE_MAX_WORDS or line[-1] in '!?"\u201d':
        return None
    if line[-1] == "." and not re.search(r"\b[A-Z]\.$", line):  # a sentence; "By Jane Q." is a byline
        return None
    m = _BY_LINE.match(line)
    if m and not _NOT_NAMES.match(m.group("names")):
        names, role = m.group("names"), m.group("role")
        # The names pattern also takes "Jane Doe, Staff Writer": a last item that is a job or agency is the role.
        head, comma, last = names.rpartition(",")
        if comma and head and (is_role_line(last.strip()) or re.fullmatch(_AGENCY, last.strip())):
            names, role = head.rstrip(), role or last.strip()
        return names, agency_of(role)
    for pattern in (_AGENCY_LINE, _PIPE_LINE):
        m = pattern.match(line)
        if m and len(m.group("names").split()) >= 2 and not _NOT_NAMES.match(m.group("names")):
            return m.group("names"), agency_of(m.group("role"))
    return None


def is_role_line(line: str) -> bool:
    """True for a byline's second line: an agency or a job ("Associated Press", "Staff Writer")."""
    return bool(_ROLE_LINE.match(line))


def agency_of(role: str | None) -> str | None:
    """The agency a byline's role names: "Reuters", or the desk of one ("AP Political Writer")."""
    if not role:
        return None
    role = role.strip()
    if re.fullmatch(_AGENCY, role):
        return agency_name(role)
    if (m := re.match(rf"({_AGENCY})\s", role)) and is_role_line(role):
        return agency_name(m.group(1))
    return None


def is_rule(line: str) -> bool:
    """True for a horizontal rule line (``___``, ``---``, ``***``, ``* * *``)."""
    return bool(_RULE.match(line))


def is_credit(paragraph: str) -> bool:
    """True for a credit paragraph: editor's note, contributor line, copyright or usage notice, cross-link,
    page furniture (:data:`PAGE_FURNITURE`).

    Args:
        paragraph: A whole paragraph's text.
    """
    if len(paragraph) > CREDIT_MAX_CHARS or len(paragraph.split()) > _CREDIT_MAX_WORDS:
        return False
    if is_page_furniture(paragraph):
        return True
    # The end patterns are anchored at the paragraph's end: searching its last characters is enough.
    if _CROSS_LINK.match(paragraph) and len(paragraph.split()) <= _CROSS_LINK_MAX_WORDS:
        return True
    return bool(_CREDIT_START.match(paragraph) or _CREDIT_END.search(paragraph[-_CREDIT_TAIL_CHARS:]))


def is_page_furniture(line: str) -> bool:
    """True for a line that is page furniture and nothing else ("Advertisement", "Story continues below").

    Args:
        line: A whole line's or paragraph's text.
    """
    words = line.strip(_FURNITURE_TRIM)
    return words[:1].isupper() and PAGE_FURNITURE.fullmatch(words) is not None


def turns(text: str, span: Span, lines: list[Span]) -> list[Span]:
    """Split an interview block into its turns, one span per speaker turn.

    A block is an interview block when at least two of its lines open a turn
    and the turns change speaker (``Q:``/``A:``, or two different ``NAME:``
    labels); a one-line ``Q: … A: …`` paragraph splits before its ``A:``, a transcript on one line before each
    of its turns (:func:`_inline_turns`).
    Any other block comes back whole, so hard-wrapped paragraphs stay one.

    Args:
        text: The article text.
        span: The paragraph's span.
        lines: The whitespace-trimmed spans of its lines.

    Returns:
        Spans covering the block's lines in order (a single span if not an interview).
    """
    if len(lines) == 1:
        inline = _inline_turns(text, span)
        m = _QA_TURN.match(text, *span)
        if len(inline) == 1 and m and m.group("who")[0] == "Q" and (a := _INLINE_ANSWER.search(text, m.end(), span[1])):
            question_end = a.start()
            while text[question_end - 1].isspace():
                question_end -= 1
            return [(span[0], question_end), (a.start() + 1, span[1])]
        return inline
    starts: list[tuple[int, str]] = []
    for i, (s, e) in enumerate(lines):
        m = _QA_TURN.match(text, s, e) or _NAME_TURN.match(text, s, e)
        if m:
            starts.append((i, m.group("who")[0] if m.re is _QA_TURN else m.group("who")))
    if len(starts) < 2 or len({who for _, who in starts}) < 2:
        return [span]
    cut = [i for i, _ in starts]
    if cut[0] != 0:
        cut.insert(0, 0)
    out = []
    for a, b in zip(cut, cut[1:] + [len(lines)]):
        out.append((lines[a][0], lines[b - 1][1]))
    return out


def _inline_turns(text: str, span: Span) -> list[Span]:
    """A one-line block split before the turn labels inside it: a transcript whose line breaks were lost (a scraped
    body on one line: "… Take a listen. TRUMP: The deaths … TAPPER: And obviously, … FALLIN: Well, …").

    A label counts after a sentence's end only, with a colon (not "A. Smith"), and the block is a transcript when
    some label recurs (a conversation comes back to its speakers) and at least two take turns; then it is cut before
    every label, as a paragraph a turn (:func:`analysis.reported.find_turns` judges each turn's label as it does a
    paragraph's).  Any other block comes back whole.
    """
    if text.find(":", *span) < 0:
        return [span]  # (every label holds a colon: most paragraphs have none to read)
    found: list[tuple[int, str]] = []
    for m in _AFTER_SENTENCE.finditer(text, *span):
        label = _QA_TURN.match(text, m.end(), span[1]) or _NAME_TURN.match(text, m.end(), span[1])
        if label and ":" in label.group():
            found.append((m.end(), _speaker_label(label)))
    if len(found) < 2:
        return [span]
    opening = _QA_TURN.match(text, *span) or _NAME_TURN.match(text, *span)
    labels = [who for _, who in found] + ([_speaker_label(opening)] if opening else [])
    if all(labels.count(who) < 2 for who in labels) or len(set(labels)) < 2:
        return [span]
    out, start = [], span[0]
    for pos, _ in found:
        end = pos
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end))
        start = pos
    out.append((start, span[1]))
    return [t for t in out if t[0] < t[1]]


def _speaker_label(m: re.Match[str]) -> str:
    """Who a turn label names: ``Q`` or ``A`` for a question's or an answer's label, else the label's name."""
    return m.group("who")[0] if m.re is _QA_TURN else m.group("who")
