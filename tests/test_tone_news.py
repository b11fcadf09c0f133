"""Issue 14: the news method's corrections at their causes, article context, and the stored tone method."""

from __future__ import annotations

import pytest

import analysis
from analysis import charts, report, sentiment

ARTICLE = """Tone method check

The talks collapsed in a bitter row, and the minister called the outcome a disaster.

Police said 143 people were evacuated. The bridge will cost $187 million.
"""


def _compound(text: str) -> float:
    return float(sentiment.score([text])["compound"][0])


# --- numbers carry no slang valence -------------------------------------------------------------


@pytest.mark.parametrize("number", ["143", "187", "182", "86", "$187", "1,204"])
def test_numbers_have_no_lexicon_valence(number: str) -> None:
    # VADER's lexicon rates chat codes ("143" = "I love you" +3.2, "187" = murder −3.1).
    tokens = sentiment.rule_tokens(f"The count was {number} on Friday.", names=True, news=frozenset())
    i = next(i for i, w in enumerate(tokens.words) if any(c.isdigit() for c in w))
    assert tokens.valence[i] == 0.0
    token = tokens.words[i]  # noqa: F841 - read by the query string
    assert sentiment.explain(f"The count was {number} on Friday.").query("token == @token and lexicon != 0").empty


def test_the_issue_sentences_with_numbers_are_neutral() -> None:
    band = sentiment.neutral_band()
    for text in ("The new bridge is expected to cost $187 million.", "Police said 143 people were evacuated."):
        assert abs(_compound(text)) < 0.5, text
    assert abs(_compound("The city has 86 public libraries and 182 parks.")) < band


# --- datelines and capitals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("PARADISE COVE, Fla. (AP) — The town met.", "PARADISE COVE, Fla. (AP) — "),
        ("LONDON (Reuters) - The bank met.", "LONDON (Reuters) - "),
        ("WASHINGTON — The Senate met.", "WASHINGTON — "),
        ("NEW YORK (AP) — The city met.", "NEW YORK (AP) — "),
    ],
)
def test_dateline_is_found(text: str, dateline: str) -> None:
    assert text[: sentiment._dateline_end(text)] == dateline


@pytest.mark.parametrize("text", ["The Senate - in a rare move - met.", "Paris — the city — met.", "NATO met today."])
def test_no_dateline_in_ordinary_sentences(text: str) -> None:
    assert sentiment._dateline_end(text) == 0


def test_dateline_is_not_read_and_explanations_keep_offsets() -> None:
    text = "PARADISE COVE, Fla. (AP) — The town council met on Monday evening to review the budget."
    assert abs(_compound(text)) < sentiment.neutral_band()
    table = sentiment.explain(text)
    assert "PARADISE" not in set(table["token"])
    for row in table.itertuples():
        assert text[row.start : row.end] == row.token


def test_capitals_are_not_emphasis_in_news() -> None:
    # An acronym or a capitalised word is no louder than the same word in lower case.
    loud = sentiment.rule_tokens("The talks were a DISASTER for the town.", names=True, news=frozenset())
    quiet = sentiment.rule_tokens("The talks were a disaster for the town.", names=True, news=frozenset())
    assert loud.valence == quiet.valence
    table = sentiment.explain("The talks were a DISASTER for the town.")
    assert "capitals" not in " ".join(table["rules"])


# --- news senses and decreases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There were 98,000 outstanding asylum claims.", "outstanding"),
        ("They were sent to safe countries like Albania.", "safe"),
        ("The hospital has 40 critical care beds.", "critical"),
        ("The dispute centres on pay.", "dispute"),
        ("The fine for parking is £70.", "fine"),
        ("Interest rates rose.", "Interest"),
    ],
)
def test_news_senses_carry_no_lexicon_valence(text: str, word: str) -> None:
    tokens = sentiment.rule_tokens(text, names=True, news=sentiment._news_model().neutral)
    assert tokens.valence[tokens.words.index(word)] == 0.0


def test_learned_news_neutral_words_are_stored_with_the_weights() -> None:
    neutral = sentiment._news_model().neutral
    assert {"party", "security", "fight"} <= neutral  # learned from NewsMTSC + NYT train, not listed by hand
    assert "disaster" not in neutral and "good" not in neutral


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment fell to a record low.",
        "Crime in the city has dropped to its lowest level in 40 years.",
        "The vaccine was effective in preventing severe illness.",
    ],
)
def test_a_decrease_of_something_bad_is_good_news(text: str) -> None:
    assert _compound(text) > sentiment.neutral_band()


def test_a_decrease_of_something_good_is_bad_news() -> None:
    assert _compound("Support for the plan fell sharply.") < -sentiment.neutral_band()


def test_never_more_is_praise() -> None:
    assert _compound("The government has never been more popular.") > sentiment.neutral_band()


def _valence(text: str, word: str) -> float:
    tokens = sentiment.news_tokens(text, sentiment._news_model())
    return tokens.valence[tokens.lower.index(word)]


def test_a_negation_reverses_its_head_not_the_object_after_it() -> None:
    # VADER reverses every lexicon word up to three words after "not"; the object keeps its own tone.
    text = "The budget does not help poor pensioners."
    assert _valence(text, "help") < 0
    assert _valence(text, "poor") < 0
    assert sentiment.rule_tokens(text, names=True).valence[5] > 0  # the reference rule still reverses it
    assert _valence("The budget is not bad for pensioners.", "bad") > 0  # the head itself is still reversed
    rules = sentiment.explain(text).set_index("token")["rules"]
    assert rules["help"] == "negation" and rules["poor"] == ""


def test_a_misfortune_named_as_the_occasion_of_a_good_act_weighs_less() -> None:
    text = "Neighbours gave generously to families after the storm damage."
    alone = "The storm damage was severe."
    assert 0 > _valence(text, "damage") > _valence(alone, "damage")
    assert _valence("He was jailed for the damage.", "damage") == _valence(alone, "damage")  # no good act first
    assert sentiment.explain(text).set_index("token")["rules"]["damage"].startswith("occasion of a good act")


# --- article context -----------------------------------------------------------------------------


def test_context_reads_a_sentence_with_its_article() -> None:
    texts = ["The war was a catastrophe.", "The killings were horrific.", "The committee met on Tuesday."]
    alone = sentiment.score(texts)["compound"]
    together = sentiment.score(texts, context=["a", "a", "a"])["compound"]
    apart = sentiment.score(texts, context=["a", "b", "c"])["compound"]
    assert together[2] < alone[2]  # a neutral sentence in a grim article reads a little grimmer
    assert apart.equals(alone)  # a sentence alone in its group gets no context
    assert sentiment.score(texts, method="vader", context=["a"] * 3).equals(sentiment.score(texts, method="vader"))
    with pytest.raises(ValueError, match="context"):
        sentiment.score(texts, context=["a"])


def test_pipeline_scores_sentences_with_their_article() -> None:
    res = analysis.analyze(analysis.read_article(ARTICLE))
    texts = res.sentences["text"].tolist()
    expected = sentiment.score(texts, context=[0] * len(texts))["compound"]
    assert res.sentences["compound"].round(12).tolist() == expected.round(12).tolist()


# --- the stored tone method ----------------------------------------------------------------------


@pytest.mark.parametrize("method", sentiment.METHODS)
def test_tone_method_is_stored_and_explains_the_chart(method: str) -> None:
    res = analysis.analyze(analysis.read_article(ARTICLE), tone_method=method)
    assert res.tone_method == method
    points = next(t for t in charts.tone_arc(res).data if t.name == "sentence")
    words = sentiment.top_words(res.sentences["text"].tolist(), n=3, method=method)
    assert [row[3] for row in points.customdata] == [charts._top_words_label(w) for w in words]
    assert f"<code>{method}</code> method" in report.report_html(res)


def test_vader_analysis_is_not_explained_by_the_news_model() -> None:
    res = analysis.analyze(analysis.read_article(ARTICLE), tone_method="vader")
    points = next(t for t in charts.tone_arc(res).data if t.name == "sentence")
    # "143" is a VADER word (+3.2) that the news method ignores: the hover must name it.
    hover = " ".join(row[3] for row in points.customdata)
    assert "143" in hover
    with pytest.raises(ValueError, match="scored with"):
        charts.tone_arc(res, tone_method="news")


def test_paste_box_passes_its_tone_method() -> None:
    pytest.importorskip("ipywidgets")
    from analysis.widgets import PasteBox

    box = PasteBox(ARTICLE, tone_method="vader")
    res = box.analyse()
    assert res is not None and res.tone_method == "vader"
    with pytest.raises(ValueError):
        PasteBox(ARTICLE, tone_method="nope")


def test_results_default_tone_method_is_the_kits_default() -> None:
    import dataclasses

    from analysis.results import ArticleAnalysis

    default = {f.name: f.default for f in dataclasses.fields(ArticleAnalysis)}["tone_method"]
    assert default == sentiment.DEFAULT_METHOD


def test_tone_label_is_the_scoring_methods_band() -> None:
    news, vader = sentiment.neutral_band("news"), sentiment.neutral_band("vader")
    assert vader < 0.07 < news
    assert sentiment.tone_label(0.07, "news") == "neutral"
    assert sentiment.tone_label(0.07, "vader") == "positive"
    assert sentiment.tone_label(-news, "news") == "negative"
    assert sentiment.tone_label(news) == "positive"  # the default method's band
    assert sentiment.tone_label(float("nan")) == "neutral"
    with pytest.raises(ValueError, match="unknown tone method"):
        sentiment.tone_label(0.5, "nope")


def test_the_report_names_a_sentences_tone_with_the_band_of_the_method_that_scored() -> None:
    import dataclasses

    text = "Budget day\n\nThe minister presented the budget on Tuesday. Critics called it a disaster.\n"
    for method in sentiment.METHODS:
        res = analysis.analyze(text, tone_method=method)
        html = report.annotated_article(res)
        for compound in res.sentences["compound"]:
            assert f'title="tone {compound:+.2f} ({sentiment.tone_label(compound, method)})"' in html
    # A sentence at +0.07 is positive for VADER (±0.05) and neutral for the news method (±0.10).
    res = analysis.analyze(text)
    sentences = res.sentences.assign(compound=0.07)
    for method, word in (("news", "neutral"), ("vader", "positive")):
        html = report.annotated_article(dataclasses.replace(res, sentences=sentences, tone_method=method))
        assert f'title="tone +0.07 ({word})"' in html
