"""The labelled BBC and Wikinews quote sets in ``benchmarks/data`` hold together against the shared texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, load_script

DATA = ROOT / "benchmarks" / "data"
KINDS = {"full", "partial", "indirect", "nonspeech"}
GENDERS = {"female", "male", "unknown"}


# Every labelled set is a ``<name>_quotes.jsonl`` beside its ``<name>_articles.txt``.
SETS = sorted(p.name.removesuffix("_quotes.jsonl") for p in DATA.glob("*_quotes.jsonl"))


#: The benchmarks' one reader of the sets, whose lists these tests read too.
labelled_sets = load_script(ROOT / "benchmarks" / "labelled_sets.py")


def _listed(name: str) -> list[str]:
    return labelled_sets.listed(DATA / f"{name}_articles.txt")


def test_the_benchmarks_name_every_set_and_its_files() -> None:
    assert sorted(labelled_sets.SETS) == SETS
    for name, (gold, listing) in labelled_sets.SETS.items():
        assert (gold, listing) == (DATA / f"{name}_quotes.jsonl", DATA / f"{name}_articles.txt")
    assert set(labelled_sets.MEASURE_ONLY) <= set(SETS)
    assert set(labelled_sets.READABLE) == set(SETS) - set(labelled_sets.MEASURE_ONLY)


def test_an_article_list_keeps_its_paths_in_order_without_comments_or_blank_lines(tmp_path: Path) -> None:
    listing = tmp_path / "x_articles.txt"
    listing.write_text("# a comment\nbbc/tech-002.txt\n\n  wikinews/a.txt  \n#bbc/skipped.txt\nbbc/tech-001.txt\n")
    assert labelled_sets.listed(listing) == ["bbc/tech-002.txt", "wikinews/a.txt", "bbc/tech-001.txt"]


@pytest.mark.parametrize("name", SETS)
def test_labels_point_at_listed_articles_and_real_spans(name: str) -> None:
    gold_path = DATA / f"{name}_quotes.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path.name} not present")
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    listed = set(_listed(name))
    assert records and {r["article"] for r in records} <= listed
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("shared corpus not present")
    for r in records:
        text = labelled_sets.article_text(r["article"])  # line ends kept, as the kit and the offsets count them
        assert r["kind"] in KINDS
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert text[r["start"]].strip() and text[r["end"] - 1].strip(), r  # no span opens or closes on a space
        if r["kind"] == "nonspeech":
            continue
        assert r["gender"] in GENDERS
        if r.get("mention_start") is not None:
            assert 0 <= r["mention_start"] < r["mention_end"] <= len(text)


def test_the_sets_share_no_article() -> None:
    names = [n for n in SETS if (DATA / f"{n}_articles.txt").exists()]
    if len(names) < 2:
        pytest.skip("fewer than two sets present")
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not set(_listed(a)) & set(_listed(b)), (a, b)


def test_no_text_is_in_two_sets_under_two_names() -> None:
    # Some corpora file one story under two categories: a measure-only set must not hold a text a readable one does.
    if not (SHARED / "corpus").is_dir():
        pytest.skip("shared corpus not present")
    names = [n for n in SETS if (DATA / f"{n}_articles.txt").exists()]
    owner: dict[str, str] = {}
    for name in names:
        for article in _listed(name):
            body = labelled_sets.article_text(article).split("\n", 1)[-1].strip()  # a headline may differ
            assert owner.setdefault(body, name) == name, (article, name, owner[body])


def test_a_bbc_opening_is_its_articles_first_paragraphs_under_a_placeholder_headline(
    tmp_path: Path, monkeypatch
) -> None:
    leads = labelled_sets.bbc_leads()
    if not leads:
        pytest.skip("topic benchmark not present")
    monkeypatch.setattr(labelled_sets, "EXCERPTS", tmp_path)
    name, text = next(iter(leads.items()))
    assert name.startswith(labelled_sets.LEAD_PREFIX) and name.endswith(".txt")
    assert text.startswith(labelled_sets.LEAD_HEADLINE + "\n\n") and text.endswith("\n")
    assert 3 <= len(text.split("\n\n")) <= 5  # the headline and two to four paragraphs
    path = labelled_sets.article_path(name)
    assert path == tmp_path / name and labelled_sets.article_text(name) == text
    assert labelled_sets.article_path("bbc/tech-001.txt") == labelled_sets.CORPUS / "bbc" / "tech-001.txt"


def test_no_bbc_opening_is_the_start_of_an_article_another_set_holds() -> None:
    # The BBC data set holds some stories twice under two numbers: an opening must not repeat a listed article's.
    if not (SHARED / "corpus").is_dir() or not labelled_sets.bbc_leads():
        pytest.skip("shared corpus or topic benchmark not present")
    names = [n for n in SETS if (DATA / f"{n}_articles.txt").exists()]
    listed = [a for n in names for a in _listed(n)]
    others = [labelled_sets.article_text(a) for a in listed if not a.startswith(labelled_sets.LEAD_PREFIX)]
    for lead in (a for a in listed if a.startswith(labelled_sets.LEAD_PREFIX)):
        opening = labelled_sets.article_text(lead).split("\n\n")[1].strip()
        assert not any(opening in text for text in others), lead


def test_a_kit_row_is_matched_to_the_gold_record_it_overlaps_most_and_judged_by_its_speaker() -> None:
    gold = [
        {"start": 0, "end": 20, "kind": "full", "speaker": "Jo Hale", "alt_speakers": []},
        {"start": 30, "end": 60, "kind": "indirect", "speaker": "the council", "alt_speakers": ["Leeds council"]},
        {"start": 70, "end": 80, "kind": "nonspeech", "speaker": None, "alt_speakers": []},
    ]
    same = lambda a, b: a.split()[-1] == b.split()[-1]  # noqa: E731 - surnames, as the scorer at its simplest
    spans = [(2, 20), (35, 60), (70, 80), (90, 95), (0, 19)]
    speakers = ["Ms Hale", "Leeds council", "Tom Barr", "Tom Barr", None]
    # a scare quote and a row no gold overlaps are neither right nor wrong; a row without a speaker is skipped
    assert labelled_sets.matched_rows(spans, speakers, gold, same) == [(0, True), (1, True)]
    assert labelled_sets.matched_rows([(0, 20)], ["Tom Barr"], gold, same) == [(0, False)]
