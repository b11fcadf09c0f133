"""Wire and web copy read as wire copy: datelines, bylines, credits, HTML deks, interview turns (issue 15)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import read_article, wire

AP_STORY = (
    "Storm batters Florida coast\n\n"
    "By JANE DOE and JOHN ROE\nAssociated Press\n\n"
    "PARADISE COVE, Fla. (AP) \u2014 A storm battered the coast on Monday, flooding homes.\n\n"
    "\u201cWe lost everything,\u201d said resident Ann Lee.\n\n"
    "___\n\n"
    "Associated Press writer Max Moe in Miami contributed to this report.\n\n"
    "Copyright 2016 The Associated Press. All rights reserved. "
    "This material may not be published, broadcast, rewritten or redistributed.\n"
)


def _paragraphs(art: analysis.Article) -> list[str]:
    return [art.paragraph_text(i) for i in range(len(art.paragraphs))]


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("PARADISE COVE, Fla. (AP) \u2014", "PARADISE COVE", "Associated Press"),
        ("LONDON (Reuters) -", "LONDON", "Reuters"),
        ("WASHINGTON \u2014", "WASHINGTON", None),
        ("NEW YORK, Jan 5 (Reuters) -", "NEW YORK", "Reuters"),
        ("WASHINGTON --", "WASHINGTON", None),
        ("ST. LOUIS \u2013", "ST. LOUIS", None),
        ("BOSTON \u2015", "BOSTON", None),  # the horizontal bar some outlets set for the dash
    ],
)
def test_inline_datelines_become_metadata(opening: str, place: str, agency: str | None) -> None:
    art = read_article(f"Headline here\n\n{opening} Shares fell on Monday.\n\nMore text.\n")
    assert (art.dateline, art.agency) == (place, agency)
    assert art.text[slice(*art.dateline_span)] == opening
    assert _paragraphs(art) == ["Shares fell on Monday.", "More text."]


@pytest.mark.parametrize(
    "opening",
    ["NATO - the alliance met.", "The Senate - voted today.", "HE'S BEEN CALLED OUT BY FELLOW DOCTORS \u2014 He has."],
)
def test_text_that_only_looks_like_a_dateline_stays_body(opening: str) -> None:
    art = read_article(f"Headline here\n\n{opening}\n\nMore text.\n")
    assert art.dateline is None and art.paragraph_text(0) == opening


def test_the_dateline_reaches_no_sentence_tone_or_key_term() -> None:
    res = analysis.analyze(AP_STORY)
    first = res.sentences["text"].iloc[0]
    assert first.startswith("A storm battered") and "PARADISE" not in " ".join(res.sentences["text"])
    terms = " ".join(res.keywords["term"]).lower()
    assert "paradise" not in terms and "associated press" not in terms and "doe" not in terms


@pytest.mark.parametrize(
    ("line", "byline", "agency"),
    [
        ("By JANE DOE", "JANE DOE", None),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("Jane Doe, Associated Press", "Jane Doe", "Associated Press"),
        ("Jane Doe | Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe, Staff Writer", "Jane Doe", None),
        ("By Jane Doe, AP Political Writer", "Jane Doe", "Associated Press"),
        ("By Jane Doe\nThe Associated Press", "Jane Doe", "Associated Press"),
    ],
)
def test_bylines_are_taken_out_of_the_body(line: str, byline: str, agency: str | None) -> None:
    art = read_article(f"Headline here\n\n{line}\n\nThe council met on Monday.\n\nIt voted.\n")
    assert (art.headline, art.byline, art.agency) == ("Headline here", byline, agency)
    assert _paragraphs(art) == ["The council met on Monday.", "It voted."]
    assert art.text[slice(*art.byline_span)] == line


def test_a_byline_under_the_headline_in_one_block() -> None:
    art = read_article("Headline here\nBy Jane Doe\n\nThe council met on Monday.\n\nIt voted.\n")
    assert (art.headline, art.byline, len(art.paragraphs)) == ("Headline here", "Jane Doe", 2)


@pytest.mark.parametrize(
    "body",
    [
        "By Sept. 30, according to new filings, the party had spent $5 million.",
        "By Monday the water had gone.",
        "By far the biggest change came in March.",
    ],
)
def test_sentences_opening_with_by_stay_body(body: str) -> None:
    art = read_article(f"Headline here\n\n{body}\n\nMore text.\n")
    assert art.byline is None and art.paragraph_text(0) == body


def test_dek_between_headline_and_byline_is_the_standfirst() -> None:
    art = read_article(
        "Headline here\n\nA short dek on what happened.\n\nBy Jane Doe\n\nThe council met.\n\nIt voted.\n"
    )
    assert art.standfirst == "A short dek on what happened." and art.byline == "Jane Doe"
    assert _paragraphs(art) == ["The council met.", "It voted."]


def test_rules_and_credit_lines_go_to_credits() -> None:
    art = read_article(AP_STORY)
    assert (art.headline, art.byline, art.dateline, art.agency) == (
        "Storm batters Florida coast",
        "JANE DOE and JOHN ROE",
        "PARADISE COVE",
        "Associated Press",
    )
    assert _paragraphs(art) == [
        "A storm battered the coast on Monday, flooding homes.",
        "\u201cWe lost everything,\u201d said resident Ann Lee.",
    ]
    assert len(art.credits) == 2
    assert art.credits[0].endswith("contributed to this report.") and art.credits[1].startswith("Copyright 2016")
    assert [art.text[s:e] for s, e in art.credit_spans] == list(art.credits)


@pytest.mark.parametrize(
    "credit",
    [
        "Editor\u2019s note: This story has been updated to correct the date of the vote.",
        "EDITOR'S NOTE: An earlier version misspelled a name.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Follow Jane Doe on Twitter at https://twitter.com/janedoe",
        "Associated Press writers Max Moe and Ann Lee contributed.",
        "Read more: Looted art: Museum to set up a new contact office",
        ">> READ ON THE OBSERVERS: Migrants face a perilous passage",
        '"Related:"',
        "See also: Floods hit the coast again",
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "- Advertisement -",
        "Scroll down for video",
    ],
)
def test_each_credit_form_is_a_credit(credit: str) -> None:
    art = read_article(f"Headline here\n\nThe council met.\n\n{credit}\n\nIt voted.\n")
    assert art.credits == (credit,) and _paragraphs(art) == ["The council met.", "It voted."]


def test_body_paragraphs_that_mention_credits_or_copyright_stay_body() -> None:
    body = [
        "They infringed copyright by sharing music, the court said.",
        "The consultancy, which contributed to this report's funding, declined to comment on the findings.",
        "Sub-head\n---",  # a setext underline, not a rule
        "Advertisement budgets fell by a tenth last year, the agency said.",
        "Story continues below the waterline, the diver said.",
        "Related: " + " ".join(["the two cases were heard together, and the judge said the families had waited"] * 3),
    ]
    art = read_article("Headline here\n\n" + "\n\n".join(body) + "\n")
    assert art.credits == () and _paragraphs(art) == body


def test_a_text_of_only_credit_lines_is_still_read() -> None:
    art = read_article("Copyright 2020 The Associated Press. All rights reserved.")
    assert len(art.paragraphs) == 1 and art.credits == ()


def test_archive_labels_around_an_abstract() -> None:
    text = (
        "Visa Program Up for Renewal.\n\nABSTRACT.\n\nThe merits of the program are debated again.\n\n"
        "FULL TEXT.\n\nWASHINGTON - A contentious visa program will expire.\n\nThe program allows it.\n"
    )
    art = read_article(text)
    assert art.standfirst == "The merits of the program are debated again." and art.dateline == "WASHINGTON"
    assert _paragraphs(art) == ["A contentious visa program will expire.", "The program allows it."]


def test_a_dek_before_a_dateline_paragraph_is_the_standfirst() -> None:
    text = "On campus, backers keep quiet.\n\nRepublicans struggle over an endorsement.\n\nCHATTANOOGA, Tenn. - Behind a door, three met.\n\nThey talked.\n"
    art = read_article(text)
    assert (art.standfirst, art.dateline) == ("Republicans struggle over an endorsement.", "CHATTANOOGA")
    assert _paragraphs(art) == ["Behind a door, three met.", "They talked."]


# --- interviews: each turn its own paragraph ---


def test_question_and_answer_lines_are_separate_turns() -> None:
    text = (
        "Interview with the mayor\n\n"
        "Q: Is that realistic?\nA: Yes. We have the money and the plan.\n"
        "Q: When?\nA: Next year.\n"
    )
    art = read_article(text)
    assert _paragraphs(art) == [
        "Q: Is that realistic?",
        "A: Yes. We have the money and the plan.",
        "Q: When?",
        "A: Next year.",
    ]


def test_named_turns_and_a_one_line_exchange_split() -> None:
    art = read_article("Talk\n\nSMITH: Why now?\nJONES: Because the money came.\n\nQ: Is it done? A: Not yet.\n")
    assert _paragraphs(art) == ["SMITH: Why now?", "JONES: Because the money came.", "Q: Is it done?", "A: Not yet."]


def test_a_transcript_flattened_onto_one_line_splits_before_its_turns() -> None:
    # A scraped page whose line breaks were lost: the labels stand inside one line, each after a sentence's end.
    qa = (
        "The mayor spoke to us about the bridge. Q: Is that realistic? A: Yes. We have the money and the plan. "
        "Q: When? A: Next year, if the river lets us."
    )
    assert _paragraphs(read_article("Interview\n\n" + qa)) == [
        "The mayor spoke to us about the bridge.",
        "Q: Is that realistic?",
        "A: Yes. We have the money and the plan.",
        "Q: When?",
        "A: Next year, if the river lets us.",
    ]
    named = "Partial transcript. HOST: Why now? Ann Lee: Because the money came. HOST: And the vote? Lee: It is set."
    assert _paragraphs(read_article("Talk\n\n" + named)) == [
        "Partial transcript.",
        "HOST: Why now?",
        "Ann Lee: Because the money came.",
        "HOST: And the vote?",
        "Lee: It is set.",
    ]


def test_labels_in_a_line_that_no_speaker_comes_back_to_are_no_turns() -> None:
    # One label each ("Update:", "Note:") is no conversation; a label after no sentence end ("plan: it") none.
    one_each = "The plan was set. Update: the vote is on Monday. Note: the council meets at noon."
    no_end = "Lee backed the plan: it works. Lee said so twice, and Lee: it works again, she said."
    for body in (one_each, no_end):
        assert _paragraphs(read_article("Head\n\n" + body)) == [body]


def test_hard_wrapped_paragraphs_are_not_turns() -> None:
    art = read_article("Head\n\nThe plan has two parts:\nfirst the money, then the vote.\n\nSMITH: only one label.\n")
    assert _paragraphs(art) == ["The plan has two parts:\nfirst the money, then the vote.", "SMITH: only one label."]


# --- HTML pages: dek and byline ---

_BODY = "".join(
    f"<p>Paragraph {i} of the story, with enough words to count as real article text here.</p>" for i in range(6)
)


def _page(head: str = "", under_h1: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Big news today</title>{head}</head><body><article>"
        f"<h1>Big news today</h1>{under_h1}{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "under_h1"),
    [
        ("", '<p class="dek">The dek says what the story is about.</p>'),
        ("", "<h2>The dek says what the story is about.</h2>"),
        ('<meta property="og:description" content="The dek says what the story is about.">', ""),
    ],
)
def test_html_dek_is_the_standfirst(tmp_path: Path, head: str, under_h1: str) -> None:
    p = tmp_path / "page.html"
    p.write_text(_page(head, under_h1), encoding="utf-8")
    art = analysis.load_article(p)
    assert art.headline == "Big news today"
    assert art.standfirst == "The dek says what the story is about."
    assert art.paragraph_text(0).startswith("Paragraph 0 of the story")
    assert art.text[slice(*art.standfirst_span)] == art.standfirst


def test_html_description_that_repeats_the_lede_is_not_a_dek() -> None:
    head = '<meta name="description" content="Paragraph 0 of the story, with enough words to count">'
    art = read_article(_page(head), html=True)
    assert art.standfirst is None and art.paragraph_text(0).startswith("Paragraph 0 of the story")


def test_html_author_is_the_byline() -> None:
    art = read_article(_page('<meta name="author" content="Jane Doe">', '<p class="byline">By Jane Doe</p>'), html=True)
    assert art.byline == "Jane Doe" and "Jane Doe" not in art.body


def test_recognisers_on_their_own() -> None:
    assert wire.byline_parts("By JULIE PACE and KEN THOMAS, Associated Press") == (
        "JULIE PACE and KEN THOMAS",
        "Associated Press",
    )
    assert wire.byline_parts("Tony Blair, Prime Minister") is None
    assert wire.is_rule("___") and wire.is_rule("* * *") and not wire.is_rule("--")


def test_a_byline_block_with_a_desk_line() -> None:
    art = read_article(
        "Headline here\n\nBy Nick Robinson\nPolitical editor, BBC News\n\nThe council met.\n\nIt voted.\n"
    )
    assert art.byline == "Nick Robinson" and _paragraphs(art) == ["The council met.", "It voted."]


def test_a_summary_elsewhere_on_the_page_is_not_the_dek() -> None:
    page = (
        "<!doctype html><html><head><title>Big news today</title></head><body>"
        '<aside><div><p class="summary">Another story entirely, told in a teaser line.</p></div></aside>'
        f"<main><article><header><h1>Big news today</h1></header>{_BODY}</article></main></body></html>"
    )
    art = read_article(page, html=True)
    assert art.standfirst is None and "Another story" not in art.text


# --- property: furniture in any combination comes out, the body paragraphs come out whole ---

_BODY_POOL = [
    "The council voted on Monday to close the library.",
    "\u201cIt is a sad day,\u201d said Mayor Ann Lee.",
    "By Friday, the doors had been locked.",
    "Residents, who contributed to the fund, were angry.",
    "NATO - the alliance - was not involved.",
    "Q: Why now? Officials declined to say.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        ["", "By Jane Doe\n\n", "Jane Doe, Associated Press\n\n", "By JANE DOE and JOHN ROE\nAssociated Press\n\n"]
    ),
    st.sampled_from(["", "LONDON (Reuters) - ", "PARADISE COVE, Fla. (AP) \u2014 ", "WASHINGTON \u2014 "]),
    st.lists(st.sampled_from(_BODY_POOL), min_size=1, max_size=5),
    st.lists(
        st.sampled_from(
            [
                "___",
                "Associated Press writer Max Moe contributed to this report.",
                "Copyright 2016 The Associated Press. All rights reserved.",
            ]
        ),
        max_size=3,
    ),
)
def test_furniture_comes_out_and_the_body_stays_whole(
    byline: str, dateline: str, body: list[str], tail: list[str]
) -> None:
    text = (
        "Council shuts library\n\n" + byline + dateline + "\n\n".join(body) + "".join("\n\n" + t for t in tail) + "\n"
    )
    art = read_article(text)
    assert _paragraphs(art) == body
    assert (art.byline is not None) == bool(byline) and (art.dateline is not None) == bool(dateline)
    assert len(art.credits) == sum(t != "___" for t in tail)
    res = analysis.analyze(art)
    assert "".join("".join(res.sentences["text"]).split()) == "".join("".join(body).split())


def test_one_word_name_turns_split_when_the_speaker_changes() -> None:
    art = read_article("Talk\n\nSmith: Why now?\nJones: Because.\n\nNote: one label only\nstays one paragraph.\n")
    assert _paragraphs(art) == ["Smith: Why now?", "Jones: Because.", "Note: one label only\nstays one paragraph."]


_PIECES = st.sampled_from(
    ["By Jane Doe", "LONDON (Reuters) - ", "WASHINGTON \u2014 ", "___", "Q: ", "A: ", "SMITH: ", "ABSTRACT.", "FULL TEXT.",
     "Copyright 2016 AP.", " contributed to this report.", "Editor's note: ", "Word", "Two words.", "\n", "\n\n", " "]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30))
def test_every_part_of_an_article_is_its_own_span(pieces: list[str]) -> None:
    # Headline, standfirst, dateline, byline, credits and paragraphs never share a character.
    try:
        art = read_article("".join(pieces))
    except analysis.ArticleError:
        return
    spans = [art.headline_span, art.standfirst_span, art.dateline_span, art.byline_span, *art.credit_spans]
    spans = sorted([s for s in spans if s is not None] + list(art.paragraphs))
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        assert 0 <= s1 < e1 <= s2 < e2 <= len(art.text)


# --- shown where the article's header is: report facts and header, summary(), the corpus articles table ---


def test_byline_and_credits_show_in_the_report_and_summary() -> None:
    from analysis import report

    res = analysis.analyze(AP_STORY)
    assert res.summary().loc["byline", "value"] == "JANE DOE and JOHN ROE, Associated Press"
    fragment = report.annotated_article(res)
    assert "By JANE DOE and JOHN ROE" in fragment and "PARADISE COVE, Fla. (AP) \u2014</span>" in fragment
    assert fragment.count('class="na-credits"') == 1 and "contributed to this report." in fragment
    page = report.report_html(res)
    assert "byline: <strong>JANE DOE and JOHN ROE, Associated Press</strong>" in page


def test_corpus_articles_table_has_the_byline(tmp_path: Path) -> None:
    from analysis import corpus

    (tmp_path / "a.txt").write_text(AP_STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Plain headline\n\nA plain story.\n\nIt ends.\n", encoding="utf-8")
    res = corpus.analyze_corpus(tmp_path, progress=False)
    assert res.articles["byline"].iloc[0] == "JANE DOE and JOHN ROE" and res.articles["byline"].isna().iloc[1]


def test_a_byline_opening_the_text_is_not_the_headline() -> None:
    art = read_article("By Jane Doe\n\nLONDON (Reuters) - Shares fell.\n\nThey rose later.\n")
    assert (art.headline, art.byline, art.dateline) == (None, "Jane Doe", "LONDON")
    assert _paragraphs(art) == ["Shares fell.", "They rose later."]


def test_a_dateline_set_with_a_horizontal_bar_is_no_source() -> None:
    art = read_article(
        "Headline here\n\nBOSTON \u2015 The city council announced a plan on Monday, saying that rents would fall.\n"
    )
    assert art.dateline == "BOSTON"
    assert "BOSTON" not in [a.speaker for a in analysis.attribution.attribute(art).attributions]


def test_page_furniture_lines_of_a_paragraph_a_line_scrape_are_credits() -> None:
    long = "The council met on Monday evening to discuss the budget, and the members argued for hours about roads."
    text = (
        f"Headline here\n{long}\nAdvertisement\n{long.replace('council', 'board')}\nSTORY CONTINUES BELOW\nIt voted.\n"
    )
    art = read_article(text)
    assert art.credits == ("Advertisement", "STORY CONTINUES BELOW") and art.dateline is None
    assert _paragraphs(art) == [long, long.replace("council", "board"), "It voted."]


@pytest.mark.parametrize(
    "phrase",
    ["Advertisement", "Story continues below advertisement", "Continue reading the main story", "Scroll down for video",
     "Click to enlarge", "CLICK THE IMAGE TO EXPAND"],
)  # fmt: skip
def test_the_furniture_prescan_finds_every_phrase_of_the_table(phrase: str) -> None:
    # tokenize scans for the first words before the table: the two must agree
    assert wire.PAGE_FURNITURE.fullmatch(phrase) and wire.PAGE_FURNITURE_FIRST_WORDS.match(phrase)
