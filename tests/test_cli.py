"""The command line: help, tables, and one-line errors with status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import main


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "notebooks" in out and "tables" in out


def test_tables_prints_a_table(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tables", str(sample_path), "--table", "sections"]) == 0
    assert "n_sentences" in capsys.readouterr().out


def test_tables_writes_csv(sample_path: Path, tmp_path: Path) -> None:
    assert main(["tables", str(sample_path), "--out", str(tmp_path)]) == 0
    assert (tmp_path / f"{sample_path.stem}.sentences.csv").is_file()


def test_bad_path_is_one_line_and_status_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "tables", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr
