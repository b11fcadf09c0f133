"""``analysis/resources.py``'s readers of packaged word lists and tables, on small literal files."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pytest

from analysis import resources


@pytest.fixture
def packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the package folder: files written to its ``data`` are read as packaged data."""
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(importlib.resources, "files", lambda package: tmp_path)
    return tmp_path / "data"


def test_packaged_lines_skip_comments_and_blank_lines_and_strip(packaged: Path) -> None:
    (packaged / "words.txt").write_text("# a list\nsaid\n\n  told \n   \nwarned\n", encoding="utf-8")
    assert resources.packaged_lines("words.txt") == ["said", "told", "warned"]


def test_packaged_rows_keep_an_empty_last_column(packaged: Path) -> None:
    # Stripping the line first would drop the empty column and leave the row one column short.
    (packaged / "table.txt").write_text("# lemma\tcount\tkeys\nsay\t12\tsay,@say\nquip\t0\t\n", encoding="utf-8")
    assert resources.packaged_rows("table.txt") == [["say", "12", "say,@say"], ["quip", "0", ""]]
    assert resources.packaged_lines("table.txt")[1].split("\t") == ["quip", "0"]


def test_the_packaged_tables_have_their_columns_in_every_row() -> None:
    assert {len(row) for row in resources.packaged_rows("first_names.txt")} == {3}
    assert {len(row) for row in resources.packaged_rows("reporting_verbs.txt")} == {3}


def test_brill_tag_is_a_words_most_frequent_tag_or_the_default() -> None:
    # the first tag of the lexicon's entry ("increase NN"); an unknown word gets the default
    assert resources.brill_tag("increase") == "NN"
    assert resources.brill_tag("of") == "IN"
    assert resources.brill_tag("zzqx") == ""
    assert resources.brill_tag("zzqx", "VB") == "VB"


@pytest.mark.parametrize(
    ("british", "tag"),
    [("organisations", "NNS"), ("colour", "NN"), ("centre", "NN"), ("defence", "NN"), ("catalogue", "NN")],
)
def test_brill_tag_reads_a_british_spelling_as_its_american_one(british: str, tag: str) -> None:
    assert resources.brill_tag(british) == tag
    assert resources.brill_tags(british)[0] == tag


def test_brill_tag_rewrites_no_word_the_lexicon_knows_or_a_bare_ending() -> None:
    assert resources.brill_tag("four") == "CD"  # not "for"
    assert resources.brill_tag("size") == "NN"
    assert resources.brill_tag("sise") == ""  # no stem before "-ise"
