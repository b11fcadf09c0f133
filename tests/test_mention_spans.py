"""res.quotes' mention offsets: they cover the words that name the speaker, where those words are written.

Users highlight ``text[mention_start:mention_end]`` in the report and the notebooks, so a mention found again
at another occurrence of its words, inside another word, or over the quote itself shows as a visible error.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis

HEAD = "Headline\n\n"


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    """``(kind, speaker, highlighted words)`` of every row of ``res.quotes``."""
    res = analysis.analyze(HEAD + text)
    body = res.article.text
    out = []
    for q in res.quotes.itertuples():
        span = None if pd.isna(q.mention_start) else body[int(q.mention_start) : int(q.mention_end)]
        out.append((q.kind, q.speaker, span))
    return out


def _offsets(text: str) -> list[tuple[int | None, int | None]]:
    res = analysis.analyze(HEAD + text)
    return [
        (None, None) if pd.isna(q.mention_start) else (int(q.mention_start), int(q.mention_end))
        for q in res.quotes.itertuples()
    ]


def test_a_source_after_the_report_is_the_one_highlighted():
    text = "John Smith arrived at the office. It was the end of the affair, Smith added."
    res = analysis.analyze(HEAD + text)
    (q,) = res.quotes.itertuples()
    assert q.speaker == "John Smith" and q.mention == "Smith"
    assert int(q.mention_start) == (HEAD + text).rindex("Smith")


def test_a_direct_quote_names_the_nearest_occurrence_of_its_mention():
    text = 'John Smith arrived at the office.\n\n"The plan was fine," Smith said.'
    res = analysis.analyze(HEAD + text)
    (q,) = res.quotes.itertuples()
    assert q.mention == "Smith" and int(q.mention_start) == (HEAD + text).rindex("Smith")


def test_a_report_highlights_the_phrase_read_as_its_source():
    (row,) = _rows("In 1998 the party said the plan was fine.")
    assert row == ("indirect", "the party", "the party")


def test_the_name_of_a_described_speaker_is_highlighted_the_same_in_both_forms():
    source = "Evening Standard film critic Derek Malcolm said"
    assert _rows(f'{source}: "He never made a bad film."') == [("full", "Derek Malcolm", "Derek Malcolm")]
    assert _rows(f"{source} the film was fine.") == [("indirect", "Derek Malcolm", "Derek Malcolm")]
    assert _rows("Mrs Jane Bowles said the film was fine.") == [("indirect", "Jane Bowles", "Mrs Jane Bowles")]


def test_a_description_ending_in_a_place_keeps_its_words():
    (row,) = _rows("Police in Leeds said the man was armed.")
    assert row == ("indirect", "Police in Leeds", "Police in Leeds")


def test_a_pronoun_mention_is_a_whole_word():
    (row,) = _rows("John Smith arrived at the office. The plan was fine, he said.")
    assert row == ("indirect", "John Smith", "he")


def test_a_direct_quote_and_a_report_with_the_same_source_highlight_the_same_words():
    source = "A spokesman for the Home Office said"
    direct = f'{source}: "We are looking for him."'
    report = f"{source} the police were looking for him."
    assert _offsets(direct) == _offsets(report)
    assert _rows(direct)[0][1:] == _rows(report)[0][1:]


_NAMES = st.sampled_from(["John Smith", "Jane Roe", "The council", "A spokesman", "Police", "He", "She", "Officials"])
_CUES = st.sampled_from(["said", "told reporters", "added", "warned", "claimed"])
_CLAUSES = st.sampled_from(["the plan was fine", "it would close", "the vote was lost", "he was sorry"])
_INTERPOSED = st.sampled_from(["Before now", "In the end", "Still"])
_FILLER = st.sampled_from(["The town met on Monday.", "Rain fell.", "Smith and Roe arrived at the hall.", ""])


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    name, cue, clause = draw(_NAMES), draw(_CUES), draw(_CLAUSES)
    shape = draw(st.integers(0, 4))
    inner = name if name.split()[0] not in ("He", "She", "The", "A") else name[0].lower() + name[1:]
    if shape == 0:
        return f'{name} {cue}: "{clause.capitalize()}."'
    if shape == 1:
        return f'"{clause.capitalize()}," {inner} {cue}.'
    if shape == 2:
        return f"{name} {cue} {clause}."
    if shape == 3:
        return f"{clause.capitalize()}, {inner} {cue}."
    return f"{draw(_INTERPOSED)}, {inner} {cue}, {clause}."


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_FILLER, _sentence()), min_size=1, max_size=5), st.booleans())
def test_every_mention_lies_in_the_body_outside_its_quote(parts, paragraphs):
    text = ("\n\n" if paragraphs else " ").join(f"{f} {s}".strip() for f, s in parts)
    res = analysis.analyze(HEAD + text)
    body = res.article.text
    for q in res.quotes.itertuples():
        if pd.isna(q.mention_start):
            continue
        ms, me = int(q.mention_start), int(q.mention_end)
        assert 0 <= ms < me <= len(body)
        assert body[ms:me] == q.mention
        if q.kind != "indirect":
            assert me <= q.start or ms >= q.end, (body, q)
        elif q.start < ms < me < q.end and q.cue is not None and body.startswith(q.cue, me + 1):
            # a source set off inside its clause ("Before now, he said, …")
            assert "," in body[q.start : ms] and "," in body[me : q.end], (body, q)
        # (the report ranker may still take a clause's own subject for its source, "[It] would close, the
        # council said": a choice of speaker, counted as ``overlap`` by benchmarks/mention_spans.py)
        assert not (body[ms - 1 : ms].isalnum() and body[ms].isalnum()), (body, q)
        assert not (body[me - 1].isalnum() and body[me : me + 1].isalnum()), (body, q)


def test_a_place_and_its_region_name_the_same_source_in_both_forms():
    source = "Police in Leeds, West Yorkshire, said"
    expected = "Police in Leeds, West Yorkshire"
    assert _rows(f'{source}: "We are looking for him."') == [("full", expected, expected)]
    assert _rows(f"{source} the man was armed.") == [("indirect", expected, expected)]
    assert _rows("Officials in Austin, Texas, said the road was shut.")[0][1] == "Officials in Austin, Texas"


def test_an_owned_statement_at_a_colon_highlights_its_owner():
    # The issuer of "Webb's full statement" is its owner: the mention is the owner's words, not the document's.
    text = 'Mayor Joan Webb presented the harbour plan on Friday. Below is Webb\'s full statement: "We will build it."'
    assert _rows(text) == [("full", "Joan Webb", "Webb's")]


def test_a_contracted_pronoun_is_highlighted_as_the_pronoun() -> None:
    # "He's said …": the source is "He"; the contracted "has" is the verb, as in "They've said".
    rows = _rows("Tom Reed met reporters on Monday. He's said the plan would fail.\n")
    assert rows == [("indirect", "Tom Reed", "He")]
    rows = _rows("Ann Lee met reporters. She\u2019s told them the plan would fail.\n")
    assert [span for _, _, span in rows] == ["She"]
