"""analysis.gender: a source's gender from honorifics, the given-name table and pronouns."""

from __future__ import annotations

from analysis import gender


def test_first_names_from_the_table() -> None:
    assert gender.first_name_gender("Theresa") == "female"
    assert gender.first_name_gender("Boris") == "male"
    assert gender.first_name_gender("Jean") == "unknown"  # borne by women and men alike: not in the table
    assert gender.first_name_gender("Zzyzx") == "unknown"


def test_evidence_order_honorific_then_name_then_pronouns() -> None:
    assert gender.speaker_gender(("Jean", "Smith"), ("Mrs",)) == "female"
    assert gender.speaker_gender(("Theresa", "May")) == "female"
    assert gender.speaker_gender(("Smith",), pronouns=(0, 3)) == "female"  # a lone surname: pronouns decide
    assert gender.speaker_gender(("Kim", "Lee"), pronouns=(3, 0)) == "male"
    assert gender.speaker_gender(("Kim", "Lee"), pronouns=(1, 1)) == "unknown"
    assert gender.speaker_gender(("Lord", "Sugar")[1:], ("Lord",)) == "male"
    assert gender.speaker_gender(("Baroness", "Hale")[1:], ("Baroness",)) == "female"


def test_organisations_and_roles_have_no_gender() -> None:
    assert gender.speaker_gender(("Downing", "Street"), kind="organisation") == "unknown"
    assert gender.speaker_gender(("a", "spokeswoman"), kind="role") == "unknown"


def test_the_table_ships_with_its_licence() -> None:
    from importlib import resources

    data = resources.files("analysis").joinpath("data")
    assert "MIT" in data.joinpath("first_names_LICENSE.txt").read_text(encoding="utf-8")
    assert len(gender._names()) > 10_000
