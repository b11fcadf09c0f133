"""Shared fixtures: the bundled article and the shared development data."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def make_doc() -> Callable[[str], object]:
    """Build the speaker resolver's document (``speakers._Doc``) of an article's full text, headline included."""
    from analysis import speakers as sp
    from analysis.article import read_article
    from analysis.quotes import find_quotes, quote_blocks

    def build(text: str) -> sp._Doc:
        art = read_article(text)
        blocks = quote_blocks(art)
        return sp._Doc(art.text, blocks, find_quotes(art.text, blocks))

    return build


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_result():
    import analysis

    return analysis.analyze(SAMPLE)


@pytest.fixture(scope="session")
def polnear_articles() -> list[Path]:
    folder = SHARED / "eval" / "quotes" / "polnear" / "articles"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        pytest.skip(f"shared evaluation data not present ({folder})")
    return files


@pytest.fixture(scope="session")
def two_stories_result():
    """Two unrelated stories in one text: the topic turns for sure between them (the sample's turns are mild)."""
    import analysis

    return analysis.analyze(
        "Two stories\n\n"
        "The striker scored twice as the football club won the league match at the stadium.\n\n"
        "Fans at the stadium cheered the striker, whose goals sealed the league title for the club.\n\n"
        "The club manager praised the striker and the defenders after the football match.\n\n"
        "The finance ministry published the budget, raising taxes on fuel and tobacco.\n\n"
        "Economists said the budget deficit would shrink as taxes rise and ministry spending falls.\n\n"
        "Opposition lawmakers attacked the budget, saying fuel taxes hurt poorer households.\n"
    )


def load_script(path: Path) -> ModuleType:
    """Load a script of ``training/`` or ``benchmarks/`` from its file, named by its stem; they are no package."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def training_script() -> Callable[[str], ModuleType]:
    """Load a script of ``training/`` by name (``training_script("train_tone")``)."""
    return lambda name: load_script(ROOT / "training" / f"{name}.py")
