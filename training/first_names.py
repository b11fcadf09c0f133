"""Convert nomquamgender's name table into the kit's first-name gender table.

Run: ``pip install nomquamgender==0.1.4`` (or pass the wheel's ``name_data.json``), then
``.venv/bin/python training/first_names.py [PATH/TO/name_data.json]``; writes
``analysis/data/first_names.txt``.

Source: nomquamgender 0.1.4 (Van Buskirk, Clauset & Larremore 2023, "An open-source
cultural consensus approach to name-based gender classification", ICWSM; MIT licence,
see ``analysis/data/first_names_LICENSE.txt``): for each given name, the share of its
bearers recorded as women, ``p(gf)``, pooled over 36 name-gender sources.  Kept: plain
ASCII names with at least ``MIN_COUNT`` recorded bearers whose ``p(gf)`` is at most
``THRESHOLD`` or at least ``1 - THRESHOLD`` — the package's own default decision
rule (``NBGC(threshold=0.1)``); names in between (Jean, Kim, Andrea) say nothing and
are left out, so a reader of the table never guesses on them.

Each row keeps its number of recorded bearers, because the table serves two readers with two
cut-offs (:mod:`analysis.gender`): a speaker's gender reads every row (``MIN_COUNT`` bearers:
Barack, Kellyanne, Huma), while the speaker reader's "is this word a given name?" reads only
the common ones (``gender.GIVEN_NAME_MIN_BEARERS``), so that rare names do not make capitalised
words into people.  Rarer names that are also common English words of the kit's Brill lexicon
("Real", "Great", "Steel", "Captain") are dropped here: in a headline-cased name they are far
more often the word than the name.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "data" / "first_names.txt"
#: A name must have this many recorded bearers to give a speaker's gender: rarer ones are mostly misspellings
#: and surnames.  Names below ``gender.GIVEN_NAME_MIN_BEARERS`` (1000) are read for gender only, never to
#: recognise a given name (a cut at 100 for both turned common words into names: "Steel Workers").
MIN_COUNT = 100
#: nomquamgender's default: a name is gendered when p(gf) is within this of 0 or 1.
THRESHOLD = 0.1


def _load(path: str | None) -> dict[str, list]:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from importlib import resources

    return json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text(encoding="utf-8"))


def _common_word(name: str) -> bool:
    """A word the Brill lexicon reads as anything but a proper noun ("real", "steel", "captain")."""
    from analysis import resources

    tags = resources.brill_lexicon()[0].get(name)
    return tags is not None and tags[0] not in ("NNP", "NNPS")


def main() -> None:
    from analysis.gender import GIVEN_NAME_MIN_BEARERS

    data = _load(sys.argv[1] if len(sys.argv) > 1 else None)
    rows = sorted(
        (name, vals[2], int(vals[1]))
        for name, vals in data.items()
        if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", name)
        and vals[1] >= MIN_COUNT
        and (vals[2] <= THRESHOLD or vals[2] >= 1 - THRESHOLD)
        and (vals[1] >= GIVEN_NAME_MIN_BEARERS or not _common_word(name))
    )
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Given names and the share of their bearers recorded as women, p(gf), from nomquamgender 0.1.4\n")
        f.write(
            "# (Van Buskirk, Clauset & Larremore, ICWSM 2023; MIT licence: first_names_LICENSE.txt). Only names with\n"
        )
        f.write(
            f"# >= {MIN_COUNT} bearers and p(gf) <= {THRESHOLD} or >= {1 - THRESHOLD:.1f}; written by training/first_names.py.\n"
        )
        f.write("# name\tp(gf)\tbearers\n")
        for name, p, count in rows:
            f.write(f"{name}\t{p:.3f}\t{count}\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
