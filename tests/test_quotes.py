"""analysis.quotes: quote spans from quotation marks, whatever the marks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.quotes import (
    count_words,
    find_quotes,
    looks_like_nonspeech,
    looks_like_title,
    mark_end,
    names_a_thing,
    quote_blocks,
)


def spans(text: str) -> list[str]:
    """Quoted texts of a plain string whose paragraphs are separated by blank lines."""
    art = analysis.read_article("Headline\n\n" + text)
    return [art.text[q.start : q.end] for q in find_quotes(art.text, quote_blocks(art))]


def quotes_of(text: str):
    art = analysis.read_article("Headline\n\n" + text)
    return art, find_quotes(art.text, quote_blocks(art))


def test_curly_straight_and_guillemet_double_quotes() -> None:
    assert spans("\u201cWe will win,\u201d she said.") == ["We will win,"]
    assert spans('"We will win," she said.') == ["We will win,"]
    assert spans("\u00abNous gagnerons,\u00bb a-t-il dit.") == ["Nous gagnerons,"]
    assert spans("''It is over,'' he said.") == ["It is over,"]


def test_spans_exclude_the_marks_and_index_the_text() -> None:
    art, qs = quotes_of("He said \u201cno deal\u201d today.")
    (q,) = qs
    assert art.text[q.open] == "\u201c" and art.text[q.close] == "\u201d"
    assert art.text[q.start : q.end] == "no deal"


def test_single_quotes_as_marks_but_not_apostrophes() -> None:
    assert spans("She called it \u2018a disaster\u2019 and left.") == ["a disaster"]
    assert spans("It\u2019s the players\u2019 union, and they don\u2019t care about the \u201990s.") == []
    assert spans("He said 'no way' before he left, and Jones' car was gone.") == ["no way"]


def test_a_backtick_opens_a_single_quote_that_an_apostrophe_closes() -> None:
    assert spans("She called the deal ` a bargain for everyone ' and left.") == ["a bargain for everyone"]
    assert spans("Critics called it `the tram tax' at once.") == ["the tram tax"]
    assert spans("They can`t say, and the ` unclosed mark goes nowhere.") == []
    assert spans('"We keep saying ` soon, \' and nothing happens," he said.') == [
        "We keep saying ` soon, ' and nothing happens,"
    ]


def test_british_single_quotes_are_the_main_marks() -> None:
    text = (
        "\u2018We won\u2019t stop,\u2019 she said.\n\n\u2018Never,\u2019 he replied. It\u2019s a \u2018big\u2019 day."
    )
    assert spans(text) == ["We won\u2019t stop,", "Never,", "big"]


def test_nested_quote_stays_inside_the_outer_one() -> None:
    assert spans("\u201cHe told me \u2018no\u2019 twice,\u201d she said.") == ["He told me \u2018no\u2019 twice,"]
    assert spans('"I read the question: \u201cAre you well?\u201d and laughed," he said.') == [
        "I read the question: \u201cAre you well?\u201d and laughed,"
    ]


def test_partial_quote_inside_reported_speech() -> None:
    art, qs = quotes_of('The minister said it was "a good deal" for everyone.')
    assert [q.kind for q in qs] == ["partial"]
    art, qs = quotes_of('"It is a good deal," the minister said.')
    assert [q.kind for q in qs] == ["full"]


def test_multi_paragraph_quote_is_one_span_across_the_break() -> None:
    art, qs = quotes_of("\u201cFirst paragraph of the statement.\n\n\u201cSecond paragraph,\u201d she said.")
    (q,) = qs
    assert q.block < q.end_block
    assert art.text[q.start : q.end] == "First paragraph of the statement.\n\n\u201cSecond paragraph,"


def test_a_quote_run_whose_paragraph_breaks_were_lost_stays_one_quote() -> None:
    # Copy that joined paragraphs with a space keeps each paragraph's re-opening mark, after a sentence's end.
    text = '"Prices are high. Families are saving less. "Growth cannot last without jobs." Unemployment is 10%.'
    assert spans(text) == ['Prices are high. Families are saving less. "Growth cannot last without jobs.']
    assert spans("\u201cWe lost. \u201cWe go again next week,\u201d he said.") == [
        "We lost. \u201cWe go again next week,"
    ]
    # Inside a sentence an opening mark is a nested quote or a close, as before; a transcript turn is a new quote.
    assert spans("\u201cHe told me \u201cno\u201d twice,\u201d she said.") == ["He told me \u201cno\u201d twice,"]
    assert not any("PENCE" in q for q in spans('"WALLACE: Will she be there? "PENCE: She will not."'))


def test_unclosed_quote_ends_with_its_paragraph_and_never_raises() -> None:
    art, qs = quotes_of("\u201cThis is cut off.\n\nThe next paragraph is narration.")
    assert [art.text[q.start : q.end] for q in qs] == ["This is cut off."]
    assert qs[0].close is None
    assert spans('"""" " "a "b" \u201d\u201c\u201c\u201d\u2019\u2018') is not None


def test_a_transcript_turn_starts_a_new_quote() -> None:
    art, qs = quotes_of('"WALLACE: Will she be there?\n\n"PENCE: She will not.')
    assert [art.text[q.start : q.end] for q in qs] == ["WALLACE: Will she be there?", "PENCE: She will not."]


def test_markup_attributes_are_not_quotes() -> None:
    assert spans('<tweet tweet-id="7880500355"><tweet/> He said "yes."') == ["yes."]


def test_scare_quotes_titles_and_nicknames_have_their_shape() -> None:
    art, qs = quotes_of(
        'Critics mocked the "Blair babes" on NBC\u2019s "Meet the Press" while he said "we will never, ever give up on this."'
    )
    text = art.text
    babes, press, speech = qs
    assert looks_like_nonspeech(text, babes) and not looks_like_title(text, babes)
    assert looks_like_title(text, press)
    assert not looks_like_nonspeech(text, speech)


def test_a_title_with_its_stop_inside_the_marks_is_not_a_quoted_sentence() -> None:
    # American copy keeps the full stop inside the marks: a capitalised title then ends like a sentence.
    art, (show, said) = quotes_of(
        'The novelist was a guest on "Tonight with Marcia Holloway and Friends." '
        'She told the host "We wrote the first draft in a week."'
    )
    assert show.kind == "partial" and looks_like_title(art.text, show)
    assert said.kind == "full" and not looks_like_title(art.text, said)


def test_a_quote_after_a_plural_possessive_is_embedded() -> None:
    # The apostrophe of "unions'" ends a word, not an earlier quote.
    art, (q,) = quotes_of('The minister dismissed the unions\u2019 "empty threats" on Monday.')
    assert q.kind == "partial" and looks_like_nonspeech(art.text, q)


def test_headline_quotes_are_left_out_but_the_standfirst_is_read() -> None:
    art = analysis.load_article(
        __import__("pathlib").Path(__file__).resolve().parents[1]
        / "data"
        / "articles"
        / "2022-02-08-macron-putin-talks.txt"
    )
    qs = find_quotes(art.text, quote_blocks(art))
    assert art.standfirst_span is not None and art.standfirst_span[0] <= qs[0].start < art.standfirst_span[1]


def test_sample_article_golden_spans(sample_path) -> None:
    art = analysis.load_article(sample_path)
    qs = find_quotes(art.text, quote_blocks(art))
    found = [(q.start, q.end) for q in qs]
    # Offsets from the hand-made gold in ../shared/eval/quotes/seed_gold.jsonl (required quotes).
    for span in [(155, 178), (375, 398), (409, 430), (679, 691), (821, 980), (1080, 1146), (1636, 1701),
                 (1705, 1759), (1858, 2018), (2175, 2311), (2326, 2385)]:  # fmt: skip
        assert span in found
    assert qs[-1].close is None  # the article is cut off inside its last quote


def test_count_words() -> None:
    assert count_words("We don\u2019t know, said the U.S. envoy") == 7


MARKS = st.sampled_from(
    list("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb") + ["''", "``", "\n\n", " ", "a", "Word", ".", ","]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MARKS, st.text(max_size=6)), min_size=1, max_size=60))
def test_spans_lie_inside_the_text_in_order_on_any_input(pieces: list[str]) -> None:
    text = "".join(pieces)
    blocks = [(0, len(text))] if "\n\n" not in text else []
    if not blocks:
        pos = 0
        for part in text.split("\n\n"):
            blocks.append((pos, pos + len(part)))
            pos += len(part) + 2
    qs = find_quotes(text, blocks)
    last = -1
    for q in qs:
        assert 0 <= q.open < q.start < q.end <= len(text)
        assert q.close is None or q.end <= q.close < len(text)
        assert q.open >= last
        assert q.block <= q.end_block
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
        last = q.close if q.close is not None else q.end


def test_a_long_quote_in_title_case_is_a_sentence_not_a_title() -> None:
    """Some copy writes a quoted sentence in title case; a title or a name has at most a few words."""
    _, (q,) = quotes_of('The senator told reporters "We Will Not Back Down On This Issue Again." The crowd cheered.')
    assert q.kind == "full"
    _, (q,) = quotes_of('She was a guest host of "The Late Show with Stephen Colbert." It ran late.')
    assert q.kind == "partial"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Jobs said the "Lion" release is due.', True),
        ('It runs on the current OS "Snow Leopard" now.', True),
        ('The so-called "death grip" is rare.', True),
        ('Apple\n"Snow Leopard" will ship soon.', True),
        ('It spread via a trojan called "Monokle" last year.', True),
        ('Apps, commonly called "apps," were sold.', True),
        ('Better known as "the boss," he spoke.', True),
        ('The firm says "card-not-present" fraud has risen.', True),
        ('Officials said this "panic button" app is new.', True),
        ('Banks must pass certain "stress tests." More soon.', True),
        ('It was part of a strategic "rebalance" in policy.', True),
        ('Buyers get a free case, or "bumper," for it.', True),
        ('She said the ruling was "deeply unfair" to them.', False),
        ('He said he would "reassure" allies soon.', False),
        ('He said the plan was a "disaster."', False),
        ('She said it gave "significant value" to owners.', False),
        ('He called it "a disaster" for the town.', False),
        ('He said the plan was "a disgrace" and should go.', False),
        ('"Never Again," he said.', False),
        ('He called it "A Disaster For The Town And Its People Too".', False),
        ('The band will tour with "Blue Harbour." Tickets sold out.', False),
        ('She will star in "Paper Lanterns." Filming starts soon.', True),
    ],
)
def test_a_quoted_name_inside_a_sentence_is_told_from_words_said(text: str, name: bool) -> None:
    open_ = text.index('"')
    assert names_a_thing(text, open_, text.index('"', open_ + 1)) is name


def test_an_exported_doubled_mark_is_one_mark_and_keeps_the_pairing_in_phase() -> None:
    """A CSV export writes every ``"`` twice: a quote after a quote is not the text between them."""
    text = (
        'Fans call the band ""the Owls"", a name its singer says means ""night people"". '
        'Critics call its new record ""a mess"" (mainly online) and ""too long"" - both unfair.'
    )
    assert spans(text) == ["the Owls", "night people", "a mess", "too long"]
    assert spans('Her bakery was ""fully booked""? Then try the ""lemon tart"".') == ["fully booked", "lemon tart"]
    # The cue after such a quote starts after the doubled closing mark.
    art, (q,) = quotes_of('""We will appeal,"" her brother, Tom Reed, said.')
    assert art.text[q.close : q.close + 2] == '""' and art.text[q.start : q.end] == "We will appeal,"


def test_an_exported_doubled_mark_that_stands_for_an_apostrophe_quotes_nothing() -> None:
    """``""`` between two letters, before an elided word or after a lone `n` is an apostrophe; an empty pair is none."""
    text = 'The 1990""s sound came back in ""em all, from rock ""n"" roll to the ""60s, he said, ""and it lasts.""'
    assert spans(text) == ["and it lasts."]
    assert spans('The phone""s camera ""is fine,"" she said.') == ["is fine,"]
    assert spans('The "" string is empty, he said. ""Yes,"" she said.') == ["Yes,"]


def test_a_name_in_exported_doubled_marks_is_read_between_the_marks() -> None:
    text = 'The ""Lion"" release will ship in May.'
    open_, close = text.index('""'), text.rindex('""')
    assert names_a_thing(text, open_, close) and names_a_thing(text, open_, close + 1)
    art, (q,) = quotes_of('He hosts ""Late Night Live"" on weekdays.')
    assert looks_like_title(art.text, q) and mark_end(art.text, q.close) == q.close + 2


def test_an_opening_mark_typed_where_a_quote_closes_closes_it() -> None:
    """`“` after a word and before a space or punctuation closes the open quote instead of nesting one."""
    assert spans(
        "The mayor called the plan \u201cdreadful\u201c in a letter and asked for \u201ca fresh start.\u201d"
    ) == [
        "dreadful",
        "a fresh start.",
    ]
    assert spans("\u201cNot today,\u201c she said. \u201cMaybe next week.\u201d") == ["Not today,", "Maybe next week."]
    # With no quote open, such a mark opens nothing; one before a word still opens.
    assert spans("The word ends here\u201c and \u201cthis is quoted\u201d.") == ["this is quoted"]
    assert spans("He said \u201cno\u201d and \u201cyes\u201d.") == ["no", "yes"]


def test_a_quoted_term_ending_like_a_possessive_closes_when_nothing_else_does() -> None:
    """`‘snacks’ a day` looks like a plural possessive; a short term opened inside the sentence ends there."""
    assert spans("Campers eat four \u2018snacks\u2019 a day, she said.") == ["snacks"]
    # A second single quote opening shows the first had ended (in single- and double-quoting copy).
    text = "Campers eat four \u2018snacks\u2019 a day and \u2018soups\u2019 at night."
    assert spans(text) == ["snacks", "soups"]
    assert spans(text + " \u201cFine,\u201d he said. \u201cGood.\u201d") == ["snacks", "soups", "Fine,", "Good."]
    # A later real close still wins: a possessive inside a quote stays inside it.
    assert spans("Jo Hale said \u2018the players\u2019 union is right\u2019 on pay.") == [
        "the players\u2019 union is right"
    ]
    assert spans("\u2018The players\u2019 union is angry. It wants more.\u2019") == [
        "The players\u2019 union is angry. It wants more."
    ]
    # No opening mark, no quote.
    assert spans("Jo Hale said it was the players' union that counts.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('New seasons of ""Harbour Lights"" will air in May.', True),
        ('The studio signed her for ""Paper Lanterns."" Filming starts soon.', True),
        ('The studio will remake ""Paper Lanterns."" Filming starts soon.', False),
        ('He called it ""a disaster"" for the town.', False),
        ('He said the plan was ""a disgrace"" and should go.', False),
    ],
)
def test_a_name_in_doubled_csv_marks_is_a_name(text: str, name: bool) -> None:
    """Copy exported through a spreadsheet doubles every plain mark; the quote finder pairs the first of each pair."""
    open_ = text.index('"')
    assert names_a_thing(text, open_, text.index('"', open_ + 2)) is name


def test_a_doubled_opening_mark_opens_one_quote() -> None:
    """A typo that doubles the opening mark loses neither the quote nor the paragraph after it."""
    assert spans("\u201c\u201dThis is a very unfair trial,\u201d he said. Then he left.") == [
        "This is a very unfair trial,"
    ]
    assert spans('""We will win," she said.\n\nThe vote is on Monday.') == ["We will win,"]
    assert spans('"\u201cWe will win,\u201d she said. The vote is on Monday.') == ["We will win,"]
    assert spans("\u201c\u201cWe will win,\u201d she said. The vote is on Monday.") == ["We will win,"]
    # A single mark right inside a double one is a nested quote, not a typo.
    assert spans("\u201c\u2018No,\u2019 he told me,\u201d she said.") == ["\u2018No,\u2019 he told me,"]
    art, (q,) = quotes_of("\u201c\u201dThis is unfair,\u201d he said.")
    assert q.open == art.text.index("\u201c") and q.kind == "full"
    # An empty pair before a space stays an empty quote, which is no quote.
    assert spans('The "" string is empty, he said. "Yes," she said.') == ["Yes,"]


def test_a_mark_spelled_as_an_html_entity_is_one_mark() -> None:
    """Scraped copy leaves ``&quot;``, ``&ldquo;``, ``&#8220;``: each is read as its mark; the text is not decoded."""
    text = (
        "&quot;We will appeal,&quot; said Tom Reed. Ann Lee called it &ldquo;a farce&rdquo; and "
        "&#8220;a waste&#8221;; the mayor said &#x201C;no&#x201D; and the clerk&rsquo;s reply stood."
    )
    assert spans(text) == ["We will appeal,", "a farce", "a waste", "no"]
    art, quotes = quotes_of(text)
    assert art.text == "Headline\n\n" + text  # offsets index the text as given
    q = quotes[0]
    assert art.text[q.open : q.start] == "&quot;" and mark_end(art.text, q.close) == q.close + len("&quot;")
    # Not every "&…;" is a mark: an ampersand's entity opens and closes nothing.
    assert spans("Smith &amp; Sons said &quot;yes&quot;.") == ["yes"]


def test_a_mark_spelled_by_an_export_is_one_mark() -> None:
    """A JSON export's ``\\"`` and UTF-8 read as Windows-1252 (``â€œ…â€\x9d``) are marks too."""
    assert spans('Tom Reed said: \\"We will appeal.\\" Then he left.') == ["We will appeal."]
    assert spans("\u00e2\u20ac\u0153It\u00e2\u20ac\u2122s over,\u00e2\u20ac\x9d said Ann Lee.") == [
        "It\u00e2\u20ac\u2122s over,"
    ]


def test_a_stray_mark_in_a_long_block_does_not_hide_the_quotes_after_it() -> None:
    """A scraped body on one line: an unclosed mark early on is no quote running to the story's end."""
    filler = "The council met on Tuesday and the vote was put off until the spring. " * 25
    text = (
        "Tom Reed posted: \u201cLet us go. "
        + filler
        + "Ann Lee called it \u201ca start\u201d and said \u201cwe will win\u201d."
    )
    found = spans(text)
    assert found[1:] == ["a start", "we will win"] and found[0].startswith("Let us go.")
    # A paragraph of news length keeps its unclosed quote to its end, as before.
    assert spans("\u201cWe will win, said Ann Lee. \u2018Soon\u2019, she said.") == [
        "We will win, said Ann Lee. \u2018Soon\u2019, she said."
    ]


_PLAIN = st.lists(
    st.sampled_from(["Ann", "Lee", "said", "the", "plan", "would", "work", "it's", "cost", "2,000"]),
    min_size=1,
    max_size=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PLAIN, st.booleans(), st.sampled_from([".", ",", "", " -"])), min_size=1, max_size=8))
def test_the_spelling_of_the_marks_never_changes_the_quotes_found(parts: list[tuple[list[str], bool, str]]) -> None:
    """Straight, curly, entity and exported marks around the same words give the same quotes."""
    spellings = [('"', '"'), ("\u201c", "\u201d"), ("&quot;", "&quot;"), ("&ldquo;", "&rdquo;"), ("&#8220;", "&#8221;")]
    found = set()
    for opening, closing in spellings:
        pieces = []
        for words, quoted, punct in parts:
            body = " ".join(words)
            pieces.append(f"{opening}{body}{punct.strip()}{closing}" if quoted else body + punct)
        found.add(tuple(spans(" ".join(pieces) + ".")))
    assert len(found) == 1


def test_a_replacement_character_where_a_mark_sat_is_read_as_a_straight_mark() -> None:
    """Copy decoded with errors replaced leaves U+FFFD for every curly mark, apostrophe and dash it lost."""
    text = "\ufffdIt\ufffds over,\ufffd said Ann Lee \ufffd the mayor \ufffd on Tuesday. She called it \ufffda farce\ufffd."
    assert spans(text) == ["It\ufffds over,", "a farce"]


@pytest.mark.parametrize(
    ("closing", "opening"),
    [
        ("\u201d", "\u201c"),
        ("&rdquo;", "&ldquo;"),
        ("&#8221;", "&#8220;"),
        ("\u00e2\u20ac\x9d", "\u00e2\u20ac\u0153"),  # UTF-8 read as Windows-1252
        ('""', '""'),
        ("\ufffd", "\ufffd"),  # a decoder's lost marks
        ("\u00bb", "\u00ab"),
    ],
)
def test_a_quote_after_a_spelled_closing_mark_is_full(closing: str, opening: str) -> None:
    """The character before an opening mark is read as the mark a spelling ends, not as its last byte: a quote
    right after another quote's closing mark opens a sentence of its own however the marks are written."""
    text = (
        f"Headline\n\nHe said {opening}the plan works.{closing} {opening}It is on the road now,{closing} Reed added.\n"
    )
    art = analysis.read_article(text)
    kinds = [(q.kind, text[q.start : q.end]) for q in find_quotes(art.text, quote_blocks(art))]
    assert kinds == [("partial", "the plan works."), ("full", "It is on the road now,")]


@pytest.mark.parametrize(("opening", "closing"), [("\u201c", "\u201d"), ("\u00e2\u20ac\u0153", "\u00e2\u20ac\x9d")])
def test_a_short_quoted_paragraph_is_no_sub_head_whatever_its_closing_mark(opening: str, closing: str) -> None:
    """A short paragraph ending in a closing mark, plain or as mojibake, is body text, and its quote is found; a
    title followed by the next title's spelled opening mark is not set in a sentence (the mark is no word)."""
    text = (
        f"Headline\n\nAnn Lee tells voters that {opening}he loves you.{closing} She says they will win the vote.\n\n"
        f"She says her husband will {opening}be the best mayor.{closing}\n\nThe former model is rarely heard.\n"
    )
    art = analysis.read_article(text)
    assert [text[q.start : q.end] for q in find_quotes(art.text, quote_blocks(art))] == [
        "he loves you.",
        "be the best mayor.",
    ]


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("\u00ab", "\u00bb"), ("\u00ab\u00a0", "\u00a0\u00bb")])
def test_a_run_reopened_inside_a_paragraph_ends_at_its_close_with_french_spacing(opening: str, closing: str) -> None:
    """A quote re-opened after a sentence end (a lost paragraph break) closes where its mark closes, also when the
    guillemets stand apart from the words by French no-break spaces (``«\u00a0Yes\u00a0»``)."""
    text = (
        f"Headline\n\nReed is keen that the season ends well. {opening}I think we can get some respect back,{closing}"
        f" he said. {opening}We will take each game as it comes. We will play the away game another way. {opening}We"
        f" have to meet each challenge.{closing} Reed, meeting his squad for the first time, spoke on Monday.\n\n"
        f"He said: {opening}I set out how I see the team going forward.{closing}\n"
    )
    art = analysis.read_article(text)
    assert [text[q.end - 9 : q.end] for q in find_quotes(art.text, quote_blocks(art))] == [
        "ect back,",
        "hallenge.",
        " forward.",
    ]
