"""Coverage-guided fuzzing of the article reader, sentence splitter, quote finder and speaker attribution.

On demand, not part of the test suite.  Uses atheris (libFuzzer for Python,
in the ``dev`` extras on Linux x86-64)::

    mkdir -p .fuzz-corpus
    .venv/bin/python fuzz/fuzz_article.py .fuzz-corpus fuzz/seeds -max_total_time=600

libFuzzer options pass through (``-max_len=8192``, ``-timeout=10``, a crash
file to replay).  ``fuzz/seeds`` holds the committed seed inputs; libFuzzer
saves the inputs that reach new code in ``.fuzz-corpus`` (git-ignored) and a
failing input as ``crash-<sha1>``.  Every crash found becomes a regression
test in ``tests/test_robustness.py``.

Each input is turned into an article four ways (raw bytes through the file
reader's decoder; the kit's text format; Markdown; HTML) and run through
:func:`~analysis.tokenize.sentences`, :func:`~analysis.quotes.find_quotes` and
:func:`~analysis.speakers.attribute`.  A finding is any exception other than
:class:`~analysis.article.ArticleError`, or a broken invariant: sentences
cover every non-space character of the body, in order and disjoint; quotes
and attributions lie inside the text.  With ``FUZZ_FULL=1`` the whole
:func:`~analysis.analyze` runs too and its tables must agree on their ids.
"""

from __future__ import annotations

import os
import sys
import warnings

import atheris

#: ``FUZZ_FULL=1`` also runs the whole of ``analyze()`` (tone, topics, keywords; ~10x slower per input).
FULL = os.environ.get("FUZZ_FULL") == "1"

with atheris.instrument_imports(include=["analysis"]):
    from analysis import article as article_mod
    from analysis import quotes, speakers, tokenize

    if FULL:
        from analysis import pipeline

warnings.simplefilter("ignore")  # ArticleWarning on odd input is expected, not a finding


def check(art: article_mod.Article) -> None:
    """Run the text stages on one article and assert the "nothing lost" invariants."""
    text = art.text
    sents = tokenize.sentences(art)
    prev = 0
    for s in sents:
        assert prev <= s.start < s.end <= len(text), (s, prev)
        prev = s.end
    body = "".join("".join(text[s:e].split()) for s, e in art.paragraphs)
    assert "".join("".join(text[s.start : s.end].split()) for s in sents) == body, "sentences lose characters"
    blocks = quotes.quote_blocks(art)
    found = quotes.find_quotes(text, blocks)
    prev = 0
    for q in found:
        assert prev <= q.start <= q.end <= len(text), (q, prev)
        assert q.open < q.start and (q.close is None or q.close >= q.end), q
        prev = q.end
    result = speakers.attribute(art, quotes=found)
    for a in result.attributions:
        assert 0 <= a.start <= a.end <= len(text), a
        assert a.speaker is None or a.speaker in result.speakers or a.kind == "nonspeech", a


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        if mode == 0:  # a file's bytes, decoded as load_article does
            text = article_mod.decode_bytes(rest, where="fuzz")
            art = article_mod.read_article(text, source="fuzz")
        else:
            # surrogateescape: invalid bytes become lone surrogates, which a str from JSON can hold too.
            body = rest.decode("utf-8", errors="surrogateescape" if mode == 1 else "replace")
            if mode == 1:
                art = article_mod.read_article("date 2020-01-01 Headline\n\n" + body)
            elif mode == 2:
                art = article_mod.read_article("# Title\n\n" + body.replace("\x00", ""))
            else:
                art = article_mod.read_article(
                    f"<html><body><article><h1>T</h1><p>{body}</p></article></body></html>", html=True
                )
    except article_mod.ArticleError:
        return
    check(art)
    if FULL:
        check_tables(pipeline.analyze(art, progress=False))


def check_tables(res) -> None:  # noqa: ANN001 - an ArticleAnalysis
    """The tables of one analysis agree on their ids."""
    assert set(res.sentences["quote_id"].dropna()) <= set(res.quotes["quote_id"])
    assert set(res.quotes["speaker"].dropna()) <= set(res.speakers["speaker"])
    assert set(res.sentences["paragraph_id"]) <= set(res.paragraphs["paragraph_id"])
    assert res.paragraphs["topic_segment"].is_monotonic_increasing


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
