"""nghiquyet.Term (src/term.rs)."""

from __future__ import annotations

import pickle

import pytest

from nghiquyet import Term


def test_fields_and_membership() -> None:
    term = Term(2020, 2025)
    assert (term.start, term.end) == (2020, 2025)
    assert term.to_tuple() == (2020, 2025)
    assert 2020 in term and 2025 in term and 2023 in term
    assert 2019 not in term and 2026 not in term
    assert str(term) == "2020-2025"
    assert repr(term) == "Term(start=2020, end=2025)"


def test_value_semantics() -> None:
    assert Term(2020, 2025) == Term(2020, 2025) != Term(2015, 2020)
    assert {Term(2020, 2025): "x"}[Term(2020, 2025)] == "x"
    with pytest.raises(AttributeError):
        Term(2020, 2025).end = 2030  # type: ignore[misc]


def test_round_trips() -> None:
    term = Term(2021, 2030)
    assert term.to_dict() == {"start": 2021, "end": 2030}
    assert Term.from_dict(term.to_dict()) == term
    assert Term.from_json(term.to_json()) == term
    assert Term.from_json(term.to_json(indent=2)) == term
    assert pickle.loads(pickle.dumps(term)) == term
