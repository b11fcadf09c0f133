"""The documentation site: it builds offline and strict, and it covers the package.

``mkdocs build --strict`` fails on a broken link or anchor, a page missing from the navigation, a missing
snippet and any warning griffe raises while reading a docstring for the API reference, so this test is what
keeps docs/ honest.  It is skipped when the docs tools (the ``dev`` extra) are not installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
BUNDLED_ARTICLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"

#: What the build needs: mkdocs, the Material theme and mkdocstrings' Python handler.
DOCS_TOOLS = ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python")
#: A port nothing listens on: an HTTP(S) client that honours the proxy variables fails at once instead of fetching.
DEAD_PROXY = "http://127.0.0.1:9"
#: Generous: the build takes about 10 s on the 2-core development machine, longer when it is loaded.
BUILD_TIMEOUT_S = 600


def _have_docs_tools() -> bool:
    try:
        return all(importlib.util.find_spec(name) is not None for name in DOCS_TOOLS)
    except ModuleNotFoundError:  # a parent package is missing
        return False


needs_docs_tools = pytest.mark.skipif(not _have_docs_tools(), reason="mkdocs, mkdocs-material or mkdocstrings missing")


def _config() -> dict:
    # mkdocs.yml may use !!python/name tags (none yet); the plain loader is enough for what is checked here.
    return yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not _have_docs_tools():
        pytest.skip("mkdocs, mkdocs-material or mkdocstrings missing")
    site = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",  # Material's banner about MkDocs 2 on every build
        "HTTP_PROXY": DEAD_PROXY,
        "HTTPS_PROXY": DEAD_PROXY,
        "http_proxy": DEAD_PROXY,
        "https_proxy": DEAD_PROXY,
        "NO_PROXY": "",
        "no_proxy": "",
    }
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        check=False,  # the assertion below shows mkdocs' log
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{run.stderr[-6000:]}"
    return site


@needs_docs_tools
def test_docs_build_strict_offline(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    assert (built_site / "tables.html").is_file()  # use_directory_urls: false, readable from disk


@needs_docs_tools
def test_built_site_loads_nothing_from_the_network(built_site: Path) -> None:
    # Links to papers and projects are fine; what a page loads by itself (scripts, styles, fonts) must be local.
    remote_asset = re.compile(
        r"""<(?:script|img|iframe)\b[^>]*\bsrc=["']?(?:https?:)?//|<link\b[^>]*\bhref=["']?(?:https?:)?//"""
    )
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not remote_asset.search(html), page
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, page
    for css in built_site.rglob("*.css"):
        assert "fonts.googleapis" not in css.read_text(encoding="utf-8", errors="replace"), css


@needs_docs_tools
def test_api_reference_is_generated_from_the_docstrings(built_site: Path) -> None:
    page = (built_site / "api" / "article.html").read_text(encoding="utf-8")
    assert "load_article" in page and "ArticleError" in page


def _public_modules() -> set[str]:
    """Every module a user may import: analysis, its public submodules and subpackages (no leading underscore)."""
    modules = set()
    for path in (ROOT / "analysis").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts[-1] == "__main__" or any(p.startswith("_") for p in parts):
            continue
        modules.add(".".join(parts))
    return modules


def _api_directives() -> set[str]:
    found = set()
    for page in (DOCS / "api").rglob("*.md"):
        found |= set(re.findall(r"^:::\s+(analysis(?:\.\w+)*)\s*$", page.read_text(encoding="utf-8"), re.MULTILINE))
    return found


def test_every_public_module_has_an_api_page() -> None:
    missing = _public_modules() - _api_directives()
    assert not missing, f"add docs/api/<module>.md with '::: <module>' and a nav entry for: {sorted(missing)}"
    stale = _api_directives() - _public_modules()
    assert not stale, f"API pages for modules that no longer exist: {sorted(stale)}"


def _nav_pages(nav: list) -> list[str]:
    pages: list[str] = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += _nav_pages(value) if isinstance(value, list) else [value]
    return pages


def test_mkdocs_nav_lists_every_page_and_the_theme_stays_offline() -> None:
    config = _config()
    nav = set(_nav_pages(config["nav"]))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages == nav
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False  # else Material loads Google Fonts
    plugins = {next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]}
    # privacy and social download at build time, offline adds a script from unpkg.com to every page;
    # mkdocstrings must not fetch remote inventories.
    assert not plugins & {"privacy", "social", "optimize", "offline"}
    assert "inventories" not in str(config["plugins"])


def _documented_columns(section: str) -> list[str]:
    """Column names in the first column of the tables under one ``### `name` `` heading of docs/tables.md."""
    text = (DOCS / "tables.md").read_text(encoding="utf-8")
    match = re.search(rf"^###\s+`{re.escape(section)}`\s*$(.*?)(?=^##)", text + "\n##", re.MULTILINE | re.DOTALL)
    assert match, f"docs/tables.md has no section for {section}"
    names: list[str] = []
    for cell in re.findall(r"^\|\s*([^|]+?)\s*\|", match.group(1), re.MULTILINE):
        names += re.findall(r"`(\w+)`", cell)
    return names


def test_tables_page_documents_every_column() -> None:
    import analysis
    from analysis import corpus

    res = analysis.analyze(BUNDLED_ARTICLE)
    for name in ("sentences", "paragraphs", "sections", "quotes", "speakers", "keywords"):
        assert list(getattr(res, name).columns) == _documented_columns(f"res.{name}"), name
    assert _documented_columns("corpus.articles") == list(corpus.ARTICLE_COLUMNS)
    assert _documented_columns("corpus.errors") == list(corpus.ERROR_COLUMNS)
    assert _documented_columns("corpus.warnings") == list(corpus.WARNING_COLUMNS)
    assert _documented_columns("corpus.speakers") == ["person"]


def _resolve(dotted: str) -> object:
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            obj = getattr(obj, name)
        return obj
    raise ImportError(dotted)


def test_names_the_pages_give_exist() -> None:
    # `analysis.x.y` in a page's code spans must still be there after a module moves (the API pages check themselves).
    for page in DOCS.glob("*.md"):
        for dotted in sorted(set(re.findall(r"`(analysis(?:\.\w+)+)", page.read_text(encoding="utf-8")))):
            try:
                _resolve(dotted)
            except (ImportError, AttributeError) as exc:
                pytest.fail(f"{page.name} names {dotted}, which does not exist ({exc})")
