"""analysis.article: formats, encodings, offsets and clear errors."""

from __future__ import annotations

import datetime as dt
import gzip
import warnings
from pathlib import Path

import pytest

import analysis
from analysis import ArticleError, ArticleWarning, load_article, read_article


def test_sample_article_parses_to_its_parts(sample_path: Path) -> None:
    art = load_article(sample_path)
    assert art.date == dt.date(2022, 2, 8)
    assert art.headline == "Macron and Putin have agreed to collaborate to avoid escalation in the Ukraine crisis."
    assert art.standfirst is not None and art.standfirst.startswith("The Russian president has stated")
    assert art.dateline == "NEW YORK"
    assert len(art.paragraphs) == 16
    assert art.paragraph_text(0).startswith("Following talks with French President Emmanuel Macron")
    assert art.paragraph_text(15) == "There won\u2019t be any."
    assert art.source == str(sample_path)
    assert len(art.sections) == 1 and art.sections[0].paragraph_ids == tuple(range(16))


def test_text_is_the_decoded_source_and_spans_index_it(sample_path: Path) -> None:
    art = load_article(sample_path)
    assert art.text == sample_path.read_text(encoding="utf-8")
    s, e = art.headline_span
    assert art.text[s:e] == art.headline
    for (s1, e1), (s2, _) in zip(art.paragraphs, art.paragraphs[1:]):
        assert s1 < e1 <= s2
    for s, e in art.paragraphs:
        assert art.text[s:e] == art.text[s:e].strip()


def test_plain_article_first_line_is_headline() -> None:
    art = read_article("Storm hits coast\n\nA storm hit the coast on Monday.\n\nResidents fled.\n")
    assert art.headline == "Storm hits coast"
    assert art.date is None and art.dateline is None and art.standfirst is None
    assert [art.text[s:e] for s, e in art.paragraphs] == ["A storm hit the coast on Monday.", "Residents fled."]


def test_one_paragraph_article_has_no_headline() -> None:
    art = read_article("Just one line of news with no breaks at all.")
    assert art.headline is None
    assert len(art.paragraphs) == 1


def test_date_line_without_standfirst_keeps_all_blocks_as_body() -> None:
    art = read_article("date 2020-01-02 Headline here\n\nFirst paragraph.\n\nSecond paragraph.\n")
    assert art.date == dt.date(2020, 1, 2) and art.headline == "Headline here"
    assert art.standfirst is None and len(art.paragraphs) == 2


def test_inline_dateline_is_metadata_and_the_paragraph_starts_after_it() -> None:
    # The dateline stays in Article.text (dateline_span points at it) but not in the first paragraph,
    # like a dateline block: no sentence, tone or key term reads it (issue 15).
    art = read_article("Title\n\nWASHINGTON (Reuters) - The Senate voted on Tuesday.\n\nMore text.")
    assert (art.dateline, art.agency) == ("WASHINGTON", "Reuters")
    assert art.text[slice(*art.dateline_span)] == "WASHINGTON (Reuters) -"
    assert art.paragraph_text(0) == "The Senate voted on Tuesday."
    assert art.sections[0].start == art.paragraphs[0][0]


def test_markdown_subheads_become_sections() -> None:
    text = "# The title\n\nLead paragraph.\n\n## Background\n\nOld story.\n\nMore old story.\n\n## Reaction\nPeople reacted.\n"
    art = read_article(text)
    assert art.headline == "The title"
    assert [s.title for s in art.sections] == [None, "Background", "Reaction"]
    assert [s.paragraph_ids for s in art.sections] == [(0,), (1, 2), (3,)]
    assert art.paragraph_text(3) == "People reacted."
    assert art.text[art.sections[1].start :].startswith("## Background")


def test_crlf_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes("\ufeffdate 2021-03-04 Head\r\n\r\nPara one.\r\nstill one.\r\n\r\nPara two.\r\n".encode())
    art = load_article(p)
    assert not art.text.startswith("\ufeff")
    assert art.date == dt.date(2021, 3, 4) and art.headline == "Head"
    assert [art.text[s:e] for s, e in art.paragraphs] == ["Para one.\r\nstill one.", "Para two."]


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes("Headline\n\n\u201cWe won,\u201d she said. Caf\u00e9 \u2013 ok.\n".encode("cp1252"))
    with pytest.warns(ArticleWarning, match="Windows-1252"):
        art = load_article(p)
    assert art.paragraph_text(0) == "\u201cWe won,\u201d she said. Caf\u00e9 \u2013 ok."


def test_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "u16.txt"
    p.write_bytes("Headline\n\nBody text here.\n".encode("utf-16"))
    assert load_article(p).paragraph_text(0) == "Body text here."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (gzip.compress(b"hello"), "gzip"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_bad_files_raise_article_error_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        load_article(p)
    assert str(p) in str(info.value)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="directory"):
        load_article(tmp_path)


def test_headline_only_has_no_paragraphs() -> None:
    with pytest.raises(ArticleError, match="no body paragraphs"):
        read_article("date 2020-01-01 Only a headline\n")


def test_impossible_date_warns_and_is_left_empty() -> None:
    with pytest.warns(ArticleWarning, match="2022-02-30"):
        art = read_article("date 2022-02-30 Head\n\nBody.\n")
    assert art.date is None and art.headline == "Head"


def test_article_error_is_a_value_error() -> None:
    assert issubclass(ArticleError, ValueError)


def test_html_page_is_extracted(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraph {i} of the story, with enough words to count as real article text here.</p>" for i in range(6)
    )
    page = f"<!doctype html><html><head><title>Big news today</title></head><body><article><h1>Big news today</h1>{body}</article></body></html>"
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    art = load_article(p)
    assert "Paragraph 3 of the story" in art.body
    assert "<p>" not in art.text
    assert len(art.paragraphs) >= 5


def test_valid_utf8_never_warns() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_article("Headline\n\nCaf\u00e9 \u201cquoted\u201d text.\n")


def test_url_and_outlet_header_lines() -> None:
    art = read_article("date 2020-01-01 Head\nurl https://example.org/a\noutlet Example News\n\nBody.\n\nMore.\n")
    assert (art.url, art.outlet, art.headline) == ("https://example.org/a", "Example News", "Head")
    assert len(art.paragraphs) == 2
    plain = read_article("Head\nurl https://example.org/b\n\nBody.\n\nMore.\n")
    assert (plain.url, plain.headline, len(plain.paragraphs)) == ("https://example.org/b", "Head", 2)


def test_cp1252_bytes_it_leaves_undefined_read_as_latin1(tmp_path: Path) -> None:
    # 0x81 0x8D 0x8F 0x90 0x9D have no cp1252 character; each becomes its Latin-1 code point, never an error.
    p = tmp_path / "odd.txt"
    p.write_bytes(b"Headline\r\n\r\n\x93Quoted\x94 text \x81\x8d\x8f\x90\x9d end.\r\n")
    with pytest.warns(ArticleWarning, match="Windows-1252"):
        art = load_article(p)
    assert art.paragraph_text(0) == "\u201cQuoted\u201d text \x81\x8d\x8f\x90\x9d end."


def test_a_large_cp1252_file_decodes_in_one_pass(tmp_path: Path) -> None:
    # Decoding byte by byte took minutes on 20 MB; one codec call takes well under a second on 4 MB.
    p = tmp_path / "big.txt"
    p.write_bytes(b"Headline\r\n\r\n" + b"\x93Quoted,\x94 he said. Caf\xe9 \x96 ok.\r\n\r\n" * 100_000)
    with pytest.warns(ArticleWarning, match="Windows-1252"):
        art = load_article(p)
    assert len(art.paragraphs) == 100_000
    assert art.paragraph_text(99_999) == "\u201cQuoted,\u201d he said. Caf\u00e9 \u2013 ok."


def test_whitespace_only_in_any_unicode_space_is_empty() -> None:
    with pytest.raises(ArticleError, match="empty"):
        read_article(" \u00a0\u2003\n\r\n\t\u3000")


# --- plain-text sub-heads (issue 15) ---------------------------------------------------------

SUBHEADED = """date 2018-06-19 World Cup day five

Yesterday Sweden, Belgium and England won their opening games of the World Cup.

Group F — Sweden 1 – 0 Korea Republic

Sweden faced South Korea at the Nizhny Novgorod Stadium and won with a penalty.

Andreas Granqvist scored the penalty in the 65th minute.

Superstars

Belgium beat Panama 3-0 in Sochi, with two goals from Romelu Lukaku.

Steve
"""


def test_a_short_unpunctuated_line_between_paragraphs_is_a_sub_head() -> None:
    art = analysis.read_article(SUBHEADED)
    assert [s.title for s in art.sections] == [None, "Group F — Sweden 1 – 0 Korea Republic", "Superstars"]
    assert [s.paragraph_ids for s in art.sections] == [(0,), (1, 2), (3, 4)]
    texts = [art.text[a:b] for a, b in art.paragraphs]
    assert "Superstars" not in texts and texts[-1] == "Steve"  # a closing signature stays a paragraph


def test_sentences_captions_and_bylines_are_not_sub_heads() -> None:
    text = (
        "Headline here\n\nThe A380 was revealed in January 2005\n\n"  # a caption before the first paragraph
        "The aircraft flew for four hours over Toulouse.\n\nBy John Smith\n\n"
        "It landed safely, the company said.\n\nNEW ROUTES\n\nAirlines will fly it from 2007.\n\n"
        "What comes next?\n\nMore tests, the company said.\n"
    )
    art = analysis.read_article(text)
    assert [s.title for s in art.sections] == [None]


def test_plain_sub_heads_are_topic_boundaries(tmp_path) -> None:
    res = analysis.analyze(analysis.read_article(SUBHEADED))
    p = res.paragraphs
    assert p["section_id"].tolist() == [0, 1, 1, 2, 2]
    assert p["topic_segment"].tolist()[1] != p["topic_segment"].tolist()[0]
    assert p["shift"].tolist()[1] == 1.0 and p["shift"].tolist()[3] == 1.0


def test_collected_warnings_belong_to_the_context_that_collects() -> None:
    # A corpus run collects each article's warnings in a context variable, untouched by the process-wide filters
    # that another thread may swap (warnings.catch_warnings before Python 3.14), and never another thread's.
    import threading

    from analysis import article

    with pytest.warns(ArticleWarning, match="doubtful"):
        article.warn("x.txt: doubtful")
    theirs: list[list[str]] = []

    def other_article() -> None:
        with article.collect_warnings() as got:
            article.warn("y.txt: doubtful")
        theirs.append(got)

    with article.collect_warnings() as mine, warnings.catch_warnings():
        warnings.simplefilter("error")  # (as if another thread had just set its own filters)
        article.warn("x.txt: doubtful")
        other = threading.Thread(target=other_article)
        other.start()
        other.join()
    assert mine == ["x.txt: doubtful"]
    assert theirs == [["y.txt: doubtful"]]


_LONG = "The council voted on Monday to close the old library on the high street, after a long debate about its costs."


def test_paragraphs_a_line_apart_are_paragraphs_and_the_first_short_line_the_headline() -> None:
    # Scrapers and content-system exports separate paragraphs by a single line break.
    text = f"Library to close\r\n{_LONG}\r\n\u201cIt is a sad day,\u201d said the mayor.\r\nShe added that the books would move."
    art = read_article(text)
    assert art.headline == "Library to close"
    assert [art.text[s:e] for s, e in art.paragraphs] == [
        _LONG, "\u201cIt is a sad day,\u201d said the mayor.", "She added that the books would move."
    ]  # fmt: skip


def test_a_line_opening_in_lower_case_continues_its_paragraph() -> None:
    art = read_article(f"{_LONG}\nIt was\nthe third closure this year.\nOthers may follow.")
    assert art.headline is None  # the first line ends a sentence: not a headline
    assert [art.text[s:e] for s, e in art.paragraphs] == [
        _LONG,
        "It was\nthe third closure this year.",
        "Others may follow.",
    ]


def test_hard_wrapped_text_stays_one_paragraph_without_a_headline() -> None:
    wrapped = (
        "The council voted on Monday to close\nThe Old Library on the high street.\n"
        "Its costs had doubled in two years,\nthe treasurer said."
    )
    art = read_article(wrapped)
    assert art.headline is None and art.paragraphs == ((0, len(wrapped)),)


def test_an_interview_written_a_line_a_turn_keeps_its_turns() -> None:
    text = f"Q: What happens to the books?\nA: {_LONG}\nQ: When?\nA: Next spring."
    art = read_article(text)
    assert art.headline is None
    assert [art.text[s:e][:2] for s, e in art.paragraphs] == ["Q:", "A:", "Q:", "A:"]
