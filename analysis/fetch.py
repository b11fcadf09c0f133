"""Download web pages and save them as article files in the kit's text format.

The one part of the kit that uses the network, and only when a user asks
(``python -m analysis fetch URL… --into DIR``).  Pages are downloaded and
their main text, title, date and site name extracted with ``trafilatura``
(Barbaresi 2021, "Trafilatura: A Web Scraping Library and Command-Line Tool
for Text Discovery and Extraction", ACL demos); each is written as::

    date YYYY-MM-DD <headline>
    url <URL>
    outlet <site name>

    <paragraph>

    <paragraph>

so the URL travels with the article into every later table.  The page's dek
and author become the file's standfirst block and ``By …`` line, so the
article reads with the same ``standfirst`` and ``byline`` as the page.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["FetchResult", "fetch_articles", "format_article"]


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What happened to one URL.

    Attributes:
        url: The URL asked for.
        path: The article file written, or None on failure.
        error: Why nothing was written, or None.
    """

    url: str
    path: Path | None
    error: str | None = None


def format_article(
    *,
    text: str,
    title: str | None,
    date: str | None,
    url: str | None,
    outlet: str | None,
    standfirst: str | None = None,
    byline: str | None = None,
) -> str:
    """Write extracted page content in the kit's article format.

    The dek and the author travel as the format's own blocks, a standfirst
    block and a ``By …`` line before the body, so reading the file gives the
    same ``standfirst`` and ``byline`` as reading the page itself.

    Args:
        text: Main text, one paragraph per line (as trafilatura gives it).
        title: Page title (the headline).
        date: Publication date, ``YYYY-MM-DD`` or None.
        url: Where the page came from.
        outlet: Site name.
        standfirst: The page's dek (:func:`analysis.article.page_dek`), if any.
        byline: The page's author metadata ("Jane Doe"), if any.

    Returns:
        The article file's text.

    Raises:
        ValueError: If no paragraph is left besides the headline.
    """
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    headline = " ".join((title or "").split())
    if paragraphs and headline and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]  # trafilatura repeats the <h1> as the first line
    if not headline and paragraphs:
        headline = paragraphs.pop(0)
    standfirst = " ".join((standfirst or "").split()) or None
    if paragraphs and standfirst and paragraphs[0].split() == standfirst.split():
        paragraphs = paragraphs[1:]  # the dek, when trafilatura kept it, is written once, as the standfirst
    byline = " ".join((byline or "").split()) or None
    if paragraphs and byline and paragraphs[0].split() in (byline.split(), f"By {byline}".split()):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ValueError("no article paragraphs in the extracted text")
    first = f"date {date} {headline}".rstrip() if date else headline
    header = [first] + [f"{key} {value}" for key, value in (("url", url), ("outlet", outlet)) if value]
    front = [block for block in (standfirst, byline and f"By {byline}") if block]
    return "\n".join(header) + "\n\n" + "\n\n".join([*front, *paragraphs]) + "\n"


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "article"


def fetch_articles(
    urls: Iterable[str], into: str | os.PathLike[str], *, allow_private: bool = False
) -> list[FetchResult]:
    """Download each URL and save its article text into a folder.

    Args:
        urls: Page addresses.
        into: Folder for the article files (created).
        allow_private: Also fetch from private and loopback addresses (an
            intranet archive, a local test server); trafilatura refuses them
            by default as a guard against server-side request forgery.

    Returns:
        One :class:`FetchResult` per URL, in order; failures (unreachable
        page, no article text) are reported there, never raised.
    """
    import trafilatura
    from trafilatura.settings import use_config

    from analysis.article import page_dek

    config = use_config()
    if allow_private:
        config.set("DEFAULT", "SSRF_PROTECTION", "off")
    folder = Path(into)
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for url in urls:
        page = trafilatura.fetch_url(url, config=config)
        if not page:
            results.append(FetchResult(url, None, "could not download the page"))
            continue
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
        if doc is None or not (doc.text or "").strip():
            results.append(FetchResult(url, None, "no article text found on the page"))
            continue
        date = doc.date[:10] if doc.date and re.match(r"\d{4}-\d{2}-\d{2}", doc.date) else None
        try:
            body = format_article(
                text=doc.text,
                title=doc.title,
                date=date,
                url=url,
                outlet=doc.sitename,
                standfirst=page_dek(page, doc.description, doc.text.splitlines()),
                byline=doc.author,
            )
        except ValueError as exc:
            results.append(FetchResult(url, None, str(exc)))
            continue
        name = f"{date + '-' if date else ''}{_slug(doc.title or url)}.txt"
        path = folder / name
        n = 1
        while path.exists() and path.read_text(encoding="utf-8") != body:
            n += 1
            path = folder / f"{Path(name).stem}-{n}.txt"
        path.write_text(body, encoding="utf-8")
        results.append(FetchResult(url, path))
    return results
