"""nghiquyet.Target (src/target.rs), independent of what the extractor finds:
targets are built from the JSON contract here."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from nghiquyet import Span, Target, Term

CONTRACT: dict[str, Any] = {
    "value": 6.5,
    "value_max": 7.0,
    "unit": "%",
    "per": "năm",
    "bound": "range",
    "subject": "tốc độ tăng trưởng GRDP bình quân",
    "criterion": None,
    "baseline": None,
    "achieved": None,
    "deadline_year": 2025,
    "term": {"start": 2020, "end": 2025},
    "span": {"start": 10, "end": 52},
    "text": "tốc độ tăng trưởng GRDP bình quân 6,5-7%/năm",
}


@pytest.fixture
def target() -> Target:
    return Target.from_dict(CONTRACT)


def test_attributes(target: Target) -> None:
    assert target.value == 6.5 and target.value_max == 7.0
    assert (target.unit, target.per, target.bound) == ("%", "năm", "range")
    assert target.subject == "tốc độ tăng trưởng GRDP bình quân"
    assert (target.criterion, target.baseline, target.achieved) == (None, None, None)
    assert target.deadline_year == 2025
    assert target.term == Term(2020, 2025)
    assert target.span == Span(10, 52)
    assert target.text.endswith("6,5-7%/năm")
    assert target.display_value() == "6,5–7%/năm"


@pytest.mark.parametrize(
    "bound", ["exact", "at_least", "above", "at_most", "below", "about", "range", "increase_by", "decrease_by"]
)
def test_every_bound_round_trips(bound: str) -> None:
    t = Target.from_dict({**CONTRACT, "bound": bound})
    assert t.bound == bound
    assert t.to_dict()["bound"] == bound


def test_unknown_bound_is_rejected() -> None:
    from nghiquyet import ParseError

    with pytest.raises(ParseError, match="unknown variant"):
        Target.from_dict({**CONTRACT, "bound": "roughly"})


def test_round_trips(target: Target) -> None:
    assert target.to_dict() == CONTRACT
    assert json.loads(target.to_json()) == CONTRACT
    assert Target.from_json(target.to_json()) == target
    assert pickle.loads(pickle.dumps(target)) == target
    assert copy.deepcopy(target) == target


def test_repr_eq_read_only(target: Target) -> None:
    assert repr(target).startswith("Target(value=6.5, value_max=7.0, unit='%', bound='range', subject='tốc độ")
    assert target == Target.from_json(target.to_json())
    assert target != Target.from_dict({**CONTRACT, "value": 6.0})
    with pytest.raises(AttributeError):
        target.value = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Target()
