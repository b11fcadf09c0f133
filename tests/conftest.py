"""Shared fixtures: the bundled article and the shared development data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt"
SHARED = ROOT.parent / "shared"


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
