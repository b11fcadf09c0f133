"""analysis.fetch: pages from a local HTTP server become article files (no internet)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import analysis
from analysis.__main__ import main
from analysis.fetch import fetch_articles, format_article

PAGE = """<!doctype html><html><head><title>Council approves new budget</title>
<meta property="article:published_time" content="2024-04-02T09:00:00Z">
<meta property="og:site_name" content="Example Gazette"></head>
<body><nav>Home | News | Sport</nav><article><h1>Council approves new budget</h1>
<p>The city council approved a new budget on Tuesday after a long and heated debate among its members.</p>
<p>\u201cThis budget protects our schools,\u201d said Mayor Jane Doe, who had pushed for the plan since January.</p>
<p>Opposition members warned that the spending increases would lead to higher taxes for residents next year.</p>
</article><footer>Copyright Example Gazette</footer></body></html>"""

# A page with a dek under its headline and an author in its metadata.
DEK_PAGE = """<!doctype html><html><head><title>Ferry service to end in March</title>
<meta name="author" content="Sam Porter">
<meta property="article:published_time" content="2024-05-06T08:00:00Z"></head>
<body><article><h1>Ferry service to end in March</h1>
<p class="dek">The island's only link to the mainland will close after 70 years.</p>
<p>The operator said on Monday that the crossing had lost money for a decade and could not continue.</p>
<p>Residents said they would take the decision to the regional assembly before the end of the month.</p>
</article></body></html>"""


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "budget.html").write_text(PAGE, encoding="utf-8")
    (site / "dek.html").write_text(DEK_PAGE, encoding="utf-8")
    (site / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):  # noqa: ANN002, ANN003
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetched_page_becomes_a_readable_article(server: str, tmp_path: Path) -> None:
    [result] = fetch_articles([f"{server}/budget.html"], tmp_path / "articles", allow_private=True)
    assert result.error is None and result.path is not None
    art = analysis.load_article(result.path)
    assert art.date is not None and art.date.isoformat() == "2024-04-02"
    assert art.headline == "Council approves new budget"
    assert art.url == f"{server}/budget.html" and art.outlet == "Example Gazette"
    assert len(art.paragraphs) == 3 and "Home | News" not in art.text


def test_fetched_page_keeps_its_dek_and_author(server: str, tmp_path: Path) -> None:
    [result] = fetch_articles([f"{server}/dek.html"], tmp_path, allow_private=True)
    assert result.path is not None
    art = analysis.load_article(result.path)
    # The same standfirst and byline as reading the page itself, and neither in the body.
    page = analysis.read_article(DEK_PAGE, html=True)
    assert art.standfirst == page.standfirst == "The island's only link to the mainland will close after 70 years."
    assert art.byline == page.byline == "Sam Porter"
    assert len(art.paragraphs) == 2 and all("70 years" not in art.text[s:e] for s, e in art.paragraphs)


def test_failures_are_reported_not_raised(server: str, tmp_path: Path) -> None:
    results = fetch_articles([f"{server}/missing.html", f"{server}/empty.html"], tmp_path, allow_private=True)
    assert [r.path for r in results] == [None, None]
    assert all(r.error for r in results)


def test_fetch_command_line(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", f"{server}/budget.html", "--into", str(tmp_path), "--allow-private"]) == 0
    assert capsys.readouterr().out.strip().endswith(".txt")
    assert main(["fetch", f"{server}/missing.html", "--into", str(tmp_path), "--allow-private"]) == 1
    # Without the flag, loopback addresses are refused (trafilatura's SSRF guard).
    assert main(["fetch", f"{server}/budget.html", "--into", str(tmp_path / "x")]) == 1


def test_format_article_drops_repeated_title_and_needs_a_paragraph() -> None:
    text = format_article(text="Title\nFirst para.\nSecond.", title="Title", date="2024-01-01", url="u", outlet=None)
    assert text == "date 2024-01-01 Title\nurl u\n\nFirst para.\n\nSecond.\n"
    with pytest.raises(ValueError):
        format_article(text="Title", title="Title", date=None, url=None, outlet=None)


def test_format_article_writes_dek_and_author_once() -> None:
    text = format_article(
        text="Title\nA short dek.\nBy Ann Lee\nFirst para.",
        title="Title",
        date=None,
        url=None,
        outlet=None,
        standfirst="A short dek.",
        byline="Ann Lee",
    )
    assert text == "Title\n\nA short dek.\n\nBy Ann Lee\n\nFirst para.\n"
