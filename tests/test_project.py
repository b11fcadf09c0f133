"""Project hygiene: dependencies agree, imports stay light, nothing downloads."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


#: conda-forge names that differ from PyPI's.
CONDA_TO_PYPI = {"python-kaleido": "kaleido"}


def _name(requirement: str) -> str:
    name = re.split(r"[<>=!~ \[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")
    return CONDA_TO_PYPI.get(name, name)


def test_environment_yml_lists_the_runtime_dependencies_of_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip_block = [d for d in env["dependencies"] if isinstance(d, dict)][0]["pip"]
    assert '-e ".[dev]"' in pip_block or "-e ." in pip_block
    assert any(d.startswith("python=") for d in conda)
    runtime = {_name(d) for d in project["dependencies"]}
    dev = {_name(d) for d in project["optional-dependencies"]["dev"]}
    conda_names = {_name(d) for d in conda} - {"python", "pip"}
    assert runtime <= conda_names, runtime - conda_names
    # Beyond the runtime: only dev tools conda users want from conda-forge (JupyterLab, ruff).
    assert conda_names - runtime <= dev, (conda_names - runtime) - dev


def test_import_analysis_is_light() -> None:
    code = (
        "import sys, analysis; heavy = [m for m in ('pandas', 'plotly', 'sklearn', 'dask', 'nltk', 'scipy') "
        "if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_package_never_downloads() -> None:
    for path in (ROOT / "analysis").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "nltk.download" not in text and "download(" not in text, path


def test_readme_gives_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_bundled_article_is_in_the_package_data_folder() -> None:
    assert (ROOT / "data" / "articles" / "2022-02-08-macron-putin-talks.txt").is_file()


def test_network_beyond_loopback_is_blocked() -> None:
    import socket

    import pytest_socket

    with pytest.raises(pytest_socket.SocketConnectBlockedError):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1, never routable


#: What ruff lints and formats (the configuration is pyproject.toml's [tool.ruff]).
LINTED = [
    "analysis",
    "tests",
    "benchmarks",
    "training",
    "fuzz",
    *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "notebooks").glob("*.py")),
]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    import importlib.util

    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed (pip install -e '.[dev]')")
    return subprocess.run([sys.executable, "-m", "ruff", *args, *LINTED], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check_is_clean() -> None:
    out = _ruff("check", "--no-cache", "--output-format", "concise")
    assert out.returncode == 0, out.stdout + out.stderr


def test_ruff_format_leaves_the_code_as_it_is() -> None:
    out = _ruff("format", "--check", "--no-cache")
    assert out.returncode == 0, out.stdout + out.stderr
