"""analysis.tokenize: sentence and word offsets, abbreviations, nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tokenize, wire
from analysis.tokenize import fold, sentence_spans, word_spans


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Putin met Gen. Smith at 3 p.m. in the U.S. capital. Dr. Jones said no. Sen. Kerry agreed."
    assert _texts(text) == [
        "Mr. Putin met Gen. Smith at 3 p.m. in the U.S. capital.",
        "Dr. Jones said no.",
        "Sen. Kerry agreed.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "He said \u201cit is over.\u201d Then he left. \u201cWhy?\u201d she asked. She smiled."
    assert _texts(text) == [
        "He said \u201cit is over.\u201d",
        "Then he left.",
        "\u201cWhy?\u201d she asked.",
        "She smiled.",
    ]


def test_the_number_sign_does_not_end_a_sentence() -> None:
    # Punkt breaks after "No." before a number: the sentence's second half lost its subject and cue.
    text = "The band rose to No. 2 in the charts, its label said. The answer was no. 1999 was a good year."
    assert _texts(text) == [
        "The band rose to No. 2 in the charts, its label said.",
        "The answer was no.",
        "1999 was a good year.",
    ]
    assert _texts("Ferries Nos. 3 and 4 were cancelled. Tim Ono. 5 went.") == [
        "Ferries Nos. 3 and 4 were cancelled.",
        "Tim Ono.",
        "5 went.",
    ]


def test_a_place_firm_or_time_abbreviation_ends_a_sentence_before_an_opener() -> None:
    # Punkt never breaks after a known abbreviation, so the next sentence's cue and speaker were read as the
    # previous one's ("Calif" said it).  A closed-class word capitalised after it opens a new sentence.
    text = (
        "The parade wound through Springvale, Calif. The mayor said it was a success. "
        "Orders went to Widget Corp. It said supplies were short. "
        "The hearing ends at 4 p.m. She will testify first. "
        'The team flew to Washington, D.C. "We are ready," the coach said.'
    )
    assert _texts(text) == [
        "The parade wound through Springvale, Calif.",
        "The mayor said it was a success.",
        "Orders went to Widget Corp.",
        "It said supplies were short.",
        "The hearing ends at 4 p.m.",
        "She will testify first.",
        "The team flew to Washington, D.C.",
        '"We are ready," the coach said.',
    ]


def test_an_abbreviation_before_a_name_or_title_does_not_end_a_sentence() -> None:
    # A title, a name part or a region after the abbreviation, a lower-case quote, a headline in title case.
    for text in (
        "Springvale, Calif. Gov. Ann Roe spoke.",
        "He met U.S. Senate aides and the U.S. South voted.",
        "Widget Corp. Chief Executive Ann Roe said the U.S. \u201cwill not\u201d pay.",
        "The U.S. No. 2 carrier grew.",
        "Refugees Return To U.S. As Guests",
        "Roe v. The State was argued.",
    ):
        assert _texts(text) == [text]


def test_a_lower_case_day_abbreviation_is_a_word_that_ends_a_sentence() -> None:
    assert _texts("She sat. The hall went quiet.") == ["She sat.", "The hall went quiet."]


def test_sentence_end_abbreviations_are_sentence_splitter_abbreviations() -> None:
    from analysis import resources

    assert resources.SENTENCE_END_ABBREVIATIONS <= resources.ABBREVIATIONS
    assert not resources.SENTENCE_END_ABBREVIATIONS & {"mr", "sen", "gov", "jan", "v", "vs", "i.e", "st"}


def test_fold_keeps_length_and_offsets() -> None:
    text = "\u201cWe\u2019ll\u00a0see,\u201d \u00abok\u00bb"
    assert len(fold(text)) == len(text)
    assert fold(text) == '"We\'ll see," "ok"'


def test_word_spans_index_the_original_text() -> None:
    text = "\u201cWe\u2019ll do everything,\u201d he said."
    tokens = [text[s:e] for s, e in word_spans(text)]
    assert tokens == ["\u201c", "We", "\u2019ll", "do", "everything", ",", "\u201d", "he", "said", "."]


def test_is_word_rejects_punctuation_numbers_and_clitics() -> None:
    assert tokenize.is_word("Putin") and tokenize.is_word("U.S.") and tokenize.is_word("well-known")
    for token in [",", "\u201d", "100,000", "n't", "'ll", "wo", "s", "'s"]:
        assert not tokenize.is_word(token), token


def test_overlong_sentence_is_cut_at_whitespace() -> None:
    text = " ".join(["word"] * 3000)
    spans = sentence_spans(text)
    assert len(spans) > 1
    assert all(e - s <= tokenize.MAX_SENTENCE_CHARS for s, e in spans)
    assert sum(text[s:e].count("word") for s, e in spans) == 3000


def _assert_nothing_lost(text: str, spans: list[tuple[int, int]]) -> None:
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text), (s, e)
        assert text[pos:s].strip() == "", "non-space text fell between sentences"
        assert text[s:e] == text[s:e].strip()
        pos = e
    assert text[pos:].strip() == ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_sentences_cover_every_non_space_character(text: str) -> None:
    _assert_nothing_lost(text, sentence_spans(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "U.S.", "said", "\u201c", "\u201d", '"', ".", "?", "!", "\n", " ", "Putin", "e.g.", "\u2026", "a"]
        ),
        max_size=60,
    )
)
def test_sentences_on_punctuation_heavy_text(tokens: list[str]) -> None:
    text = " ".join(tokens)
    _assert_nothing_lost(text, sentence_spans(text))


def test_english_share_counts_the_words_of_the_whole_sample() -> None:
    # Paragraph by paragraph (sharing the pipeline's caches), the share is the
    # one over the words of the whole sample split into sentences at once.
    from pathlib import Path

    from analysis import load_article, resources

    body = load_article(Path(__file__).parents[1] / "data" / "articles" / "2022-02-08-macron-putin-talks.txt").body
    body += "\n\nIt was great!! Was it?! \u201cNo.\u201d (Yes.) The U.S.\u2019s view... Mr. Smith\u2019s -- e.g. 3.5%."
    for sample in (len(body), 900, 20000):
        words = [t.lower() for t in tokenize.words(body[:sample]) if t[:1].isalpha()]
        expected = sum(t in resources.stopwords() for t in words) / len(words)
        assert tokenize.english_share(body, sample_chars=sample) == expected


def test_a_huge_paragraph_is_split_but_not_kept_in_the_cache() -> None:
    # The sentence cache must not pin a multi-megabyte scrape after the analysis is done.
    from analysis.tokenize import MAX_CACHED_CHARS, _chunk_sentences

    huge = "One sentence here. " * (MAX_CACHED_CHARS // 10)
    _chunk_sentences.cache_clear()
    spans = sentence_spans(huge)
    assert len(spans) == MAX_CACHED_CHARS // 10
    assert _chunk_sentences.cache_info().currsize == 0
    short = "A short paragraph. It is cached."
    assert sentence_spans(short) == sentence_spans(short) == [(0, 18), (19, 32)]
    info = _chunk_sentences.cache_info()
    assert (info.currsize, info.hits) == (1, 1)


_ABBREVIATION_TEXT = st.lists(
    st.sampled_from(
        [
            "Mr.",
            "mr.",
            "GEN.",
            "Gen",
            "Jan.",
            "Janu.",
            "U.S.",
            "e.g.",
            "Ms.Smith",
            "St.-Louis",
            "Dr.2",
            "Putin's",
            "don't",
            "3.5",
            "--",
            "...",
            ".",
            " ",
            "\n",
            "Éd.",
            "é.",
            "said",
            "Mrs",
        ]
    ),
    max_size=25,
).map("".join)


@given(_ABBREVIATION_TEXT)
@settings(max_examples=300, deadline=None)
def test_abbreviation_lookahead_keeps_the_tokens(text: str) -> None:
    # The lookahead in front of the abbreviation alternation is only a speed-up:
    # tokens must be those of the pattern without it.
    import re

    from nltk.tokenize import RegexpTokenizer

    plain = tokenize._WORD_PATTERN.replace(r"(?=[^\W\d_]+\.)", "", 1)
    assert plain != tokenize._WORD_PATTERN
    reference = RegexpTokenizer(plain, flags=re.VERBOSE | re.IGNORECASE | re.UNICODE)
    folded = fold(text)
    assert list(tokenize._word_tokenizer().span_tokenize(folded)) == list(reference.span_tokenize(folded))


def test_abbreviations_are_plain_letters_so_the_lookahead_admits_them() -> None:
    # The lookahead in front of the abbreviation alternation admits only letters
    # then a period; an abbreviation with a digit or hyphen would never match.
    import re

    from analysis import resources

    plain = [a for a in resources.ABBREVIATIONS if "." not in a]
    assert plain and all(re.fullmatch(r"[^\W\d_]+", a) for a in plain)


def test_fold_maps_only_non_ascii_characters() -> None:
    # fold() returns ASCII text untouched without translating it: that is only right while no ASCII character is folded.
    assert all(code >= 128 for code in tokenize._FOLD_TABLE)
    assert tokenize.fold("\u201cHi\u201d\u00a0there") == '"Hi" there'


def test_one_abbreviation_list_in_resources() -> None:
    # The speaker tokenizer's name abbreviations are the sentence splitter's, but three seen only before names.
    from analysis import resources

    assert resources.NAME_ABBREVIATIONS - resources.ABBREVIATIONS == {"gens", "dels", "sec"}
    assert tokenize.SPEAKER_TOKEN.findall("Sen. Warren and Gens. Lee met in the U.S. on Jan. 6.")[:3] == [
        "Sen.",
        "Warren",
        "and",
    ]


def test_stage_word_shapes_come_from_tokenize() -> None:
    from analysis import quotes, sentiment, speakers, topics, toward

    assert quotes._WORD is tokenize.COUNTED_WORD and topics._WORD is tokenize.LETTER_WORD
    assert sentiment._WORD is tokenize.LEXICON_WORD and toward._TOKEN is tokenize.TOWARD_WORD
    assert speakers._TOKEN is tokenize.SPEAKER_TOKEN


def test_fold_by_replacement_equals_the_translation_table() -> None:
    # fold() replaces the folded characters one by one (faster than str.translate): same string, every character.
    text = "".join(chr(code) for code in tokenize._FOLD_TABLE) + " caf\u00e9 \u2014 \u201cquote\u2019s\u201d"
    assert tokenize.fold(text) == text.translate(tokenize._FOLD_TABLE)
    assert len(tokenize.fold(text)) == len(text)


def test_sentence_spans_of_folded_text_equal_those_of_the_text() -> None:
    text = "Intro. \u201cIt\u2019s over,\u201d she said.\u00a0He left. Then\u2026 nothing."
    assert tokenize.sentence_spans(tokenize.fold(text), 7, len(text), folded=True) == tokenize.sentence_spans(
        text, 7, len(text)
    )


def test_a_capitalised_web_address_is_one_speaker_token() -> None:
    # "OneStat.com" names one body: its dots end no sentence; "Ill.Then" (a missing space) still splits.
    assert "OneStat.com" in tokenize.SPEAKER_TOKEN.findall('"It is big," OneStat.com said.')
    assert "Amazon.co.uk" in tokenize.SPEAKER_TOKEN.findall("Data from Amazon.co.uk showed it.")
    assert "Ill.Then" not in tokenize.SPEAKER_TOKEN.findall("He lives in Springfield, Ill.Then he left.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices must fall to lift sales. Story continues below The price index has risen since May.",
            ["Prices must fall to lift sales.", "Story continues below", "The price index has risen since May."],
        ),
        (
            "Quoting the memo, the group writes: Advertisement What is odd is that Zed never denies it.",
            ["Quoting the memo, the group writes:", "Advertisement", "What is odd is that Zed never denies it."],
        ),
        (
            'It was fine."" Scroll down for video ""We won," she said.',
            ['It was fine.""', "Scroll down for video", '""We won," she said.'],
        ),
        ("The chart shows a peak at $12: Click to Enlarge The week ahead is quiet.", None),
        ("It rained. Advertisement", ["It rained.", "Advertisement"]),
    ],
)
def test_inline_page_furniture_is_a_sentence_of_its_own(text: str, expected: list[str] | None) -> None:
    # A flattened scrape keeps "Advertisement" or "Story continues below" between two sentences: cut out, it no
    # longer opens the next sentence (no speaker "Story", no report "Advertisement What is odd is that …").
    got = [text[s:e] for s, e in tokenize.sentence_spans(text)]
    if expected is None:
        assert "Click to Enlarge" in got
    else:
        assert got == expected
    assert [wire.is_page_furniture(sentence) for sentence in got].count(True) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement revenue fell by a tenth, the agency said.",
        "The story continues below the surface. Click here is a bad link text.",
        "He said the Story continues below Zed's name. It was late.",
    ],
)
def test_furniture_words_in_running_text_stay_in_their_sentence(text: str) -> None:
    got = [text[s:e] for s, e in tokenize.sentence_spans(text)]
    assert not any(wire.is_page_furniture(sentence) for sentence in got)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["&quot;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&rsquo;", "\u00e2\u20ac\u0153", '\\"', "said", "."]
            + ["Ann", "a", " ", "\n", "?", "&amp;", "&", ";", "\ufffd"]
        ),
        max_size=60,
    )
)
def test_sentences_keep_a_spelled_mark_whole(tokens: list[str]) -> None:
    """A mark spelled as an entity (``&quot;``) or mojibake folds to the mark repeated: no sentence cuts inside it."""
    text = "".join(tokens)
    spans = sentence_spans(text)
    _assert_nothing_lost(text, spans)
    assert len(tokenize.fold(text)) == len(text)


def test_a_spelled_closing_mark_stays_with_its_sentence() -> None:
    text = "Ann Lee said it would rain. &quot;We will win.&quot; He left. \u00e2\u20ac\u0153Fine.\u00e2\u20ac\x9d She left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Ann Lee said it would rain.",
        "&quot;We will win.&quot;",
        "He left.",
        "\u00e2\u20ac\u0153Fine.\u00e2\u20ac\x9d",
        "She left.",
    ]
