"""The corpus's share of quoted words by gender: per outlet, per period, and their charts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import corpus, corpus_charts


def _gender_corpus() -> corpus.CorpusAnalysis:
    """Two outlets over two months; women, men, a person of unknown gender and an organisation."""
    articles = pd.DataFrame(
        {
            "article_id": [0, 1, 2],
            "date": pd.to_datetime(["2024-01-05", "2024-01-20", "2024-02-03"]),
            "outlet": ["A", "A", "B"],
            "n_quotes": [2, 1, 2],
            "compound": [0.1, 0.2, 0.3],
        }
    )
    speakers = pd.DataFrame(
        {
            "article_id": [0, 0, 1, 2, 2, 2],
            "speaker": ["Ann Lee", "Bo Chan", "Ann Lee", "Cy Dee", "Dana Roe", "the Home Office"],
            "quoted_words": [30, 10, 20, 40, 10, 50],
            "compound": [0.0] * 6,
            "kind": ["person", "person", "person", "person", "person", "organisation"],
            "gender": ["female", "male", "female", "male", "unknown", "unknown"],
        }
    )
    return corpus.CorpusAnalysis(
        articles=articles, sentences=pd.DataFrame(), quotes=pd.DataFrame(), speakers=corpus.link_speakers(speakers),
        keywords=pd.DataFrame(columns=["article_id", "scope"]), errors=pd.DataFrame(),
    )  # fmt: skip


def test_gender_by_outlet_shares_of_words_quoted_from_people() -> None:
    table = corpus.gender_by_outlet(_gender_corpus())
    assert list(table.columns) == ["outlet", "gender", "n_speakers", "quoted_words", "share"]
    rows = table.set_index(["outlet", "gender"])
    assert rows.loc[("A", "female"), "share"] == pytest.approx(50 / 60)
    assert rows.loc[("A", "unknown"), "quoted_words"] == 0  # every gender is a row, zeros kept
    assert rows.loc[("B", "male"), "share"] == pytest.approx(40 / 50)  # the organisation is not a person
    assert table.groupby("outlet")["share"].sum().to_dict() == pytest.approx({"A": 1.0, "B": 1.0})


def test_gender_by_period_and_the_charts() -> None:
    res = _gender_corpus()
    table = corpus.gender_by_period(res, "MS")
    assert list(table.columns) == ["period", "gender", "n_speakers", "quoted_words", "share"]
    jan = table[table["period"] == pd.Timestamp("2024-01-01")].set_index("gender")
    assert jan.loc["female", "share"] == pytest.approx(50 / 60)
    assert [t.name for t in corpus_charts.outlet_gender(res).data] == ["women", "men", "gender not shown"]
    assert [t.name for t in corpus_charts.gender_over_time(res, freq="MS").data] == ["women", "men", "gender not shown"]


def test_without_gender_there_is_nothing_to_say() -> None:
    res = _gender_corpus()
    bare = corpus.CorpusAnalysis(
        articles=res.articles, sentences=res.sentences, quotes=res.quotes, speakers=res.speakers.drop(columns="gender"),
        keywords=res.keywords, errors=res.errors,
    )  # fmt: skip
    assert corpus.gender_by_outlet(bare).empty and corpus.gender_by_period(bare).empty
    assert corpus_charts.outlet_gender(bare).layout.annotations
