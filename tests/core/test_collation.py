"""Danish alphabetical order: Æ, Ø, Å after Z, and "aa" read as "å"."""

from __future__ import annotations

from macros.core.collation import danish_order


def test_kommuner_stand_as_a_danish_reader_looks_for_them() -> None:
    names = ["Ærø Kommune", "Aabenraa Kommune", "Assens Kommune", "Vejle Kommune", "Tønder Kommune"]
    assert sorted(names, key=danish_order) == [
        "Assens Kommune",
        "Tønder Kommune",
        "Vejle Kommune",
        "Ærø Kommune",
        "Aabenraa Kommune",
    ]


def test_the_three_letters_after_z_and_case() -> None:
    assert sorted(["å", "Ø", "æ", "z", "A"], key=danish_order) == ["A", "z", "æ", "Ø", "å"]
