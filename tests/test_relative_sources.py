"""analysis.reported / analysis.speakers: a relative clause set off by commas between a source and its cue.

"The midwife, who works there, said …" and "…, the firm, which employs 300 people, said." name the source before
the relative clause, as "The midwife said …" and "…, the firm said." do: the clause's head is the cue's subject,
for a person noun, a body noun and a name, before the reported clause or after it (a trailing cue closing the
sentence). A description after a name stays the name's appositive ("Jane Doe, the midwife, who
…, said": Jane Doe speaks).
"""

from __future__ import annotations

import pytest

import analysis
from analysis import attribution


def _rows(text: str) -> list[attribution.Attribution]:
    art = analysis.read_article("Headline\n\n" + text)
    return [a for a in attribution.attribute(art).attributions if a.kind == "indirect"]


def _reports(text: str) -> list[tuple[str, str | None]]:
    """The reported clauses of ``text`` with their speakers."""
    body = "Headline\n\n" + text
    return [(body[a.start : a.end], a.speaker) for a in _rows(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The midwife, who works there, said the ward was full.", "The midwife"),
        ("The midwife, who has worked there for 20 years, said the ward was full.", "The midwife"),
        ("The firm, which employs 300 people, said the plant would close.", "The firm"),
        ("The midwife, who lives in Leeds, Yorkshire, said the ward was full.", "The midwife"),
    ],
)
def test_a_relative_clause_before_a_leading_cue(text: str, speaker: str) -> None:
    rows = _rows(text)
    assert [(a.speaker, a.mention) for a in rows] == [(speaker, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ward was full, the midwife, who works there, said.", "The ward was full", "the midwife"),
        ("The plant will close in May, the firm, which employs 300 people, said.", "The plant will close in May",
         "the firm"),
        ("The ward was full, Jane Smith, who works there, said.", "The ward was full", "Jane Smith"),
        ("The ward was full, Jane Smith, 45, said.", "The ward was full", "Jane Smith"),
    ],
)  # fmt: skip
def test_a_relative_clause_before_a_trailing_cue(text: str, content: str, speaker: str) -> None:
    assert _reports(text) == [(content, speaker)]


def test_a_description_after_a_name_is_its_appositive() -> None:
    assert _reports("Jane Smith, the midwife, who works there, said the ward was full.") == [
        ("the ward was full", "Jane Smith")
    ]


def test_a_phrase_after_the_cue_is_no_trailing_adverbial_after_a_comma() -> None:
    assert _reports("The firm's chief executive, Alan Mulally, commented on the profits.") == []


def test_an_inverted_subject_still_follows_a_comma() -> None:
    assert _reports("The ward was full, said Jane Smith, who works there.") == [("The ward was full", "Jane Smith")]
