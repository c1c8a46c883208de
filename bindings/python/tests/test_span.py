"""nghiquyet.Span (src/span.rs): UTF-8 byte ranges into Article.body."""

from __future__ import annotations

import pickle

import pytest

import nghiquyet
from nghiquyet import Span


def test_fields_and_slice() -> None:
    text = "đạt 95%"
    span = Span(7, 10)  # "đạt " is 7 bytes: spans count bytes, not code points
    assert (span.start, span.end) == (7, 10)
    assert span.slice(text) == "95%"
    assert span.to_tuple() == (7, 10)
    assert len(span) == 3
    assert text.encode()[span.start : span.end].decode() == "95%"


def test_slice_checks_bounds_and_boundaries() -> None:
    with pytest.raises(ValueError, match="out of range"):
        Span(0, 99).slice("ngắn")
    with pytest.raises(ValueError, match="character boundaries"):
        Span(1, 2).slice("đ")
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2)
    with pytest.raises(OverflowError):
        Span(-1, 2)


def test_value_semantics() -> None:
    assert Span(1, 2) == Span(1, 2) and Span(1, 2) != Span(1, 3)
    assert len({Span(1, 2), Span(1, 2), Span(0, 2)}) == 2
    assert repr(Span(1, 2)) == "Span(start=1, end=2)"
    with pytest.raises(AttributeError):
        Span(1, 2).start = 3  # type: ignore[misc]


def test_reading_back_checks_the_order() -> None:
    with pytest.raises(nghiquyet.ParseError, match="before its start"):
        Span.from_dict({"start": 5, "end": 2})
    with pytest.raises(nghiquyet.ParseError, match="before its start"):
        Span.from_json('{"start": 5, "end": 2}')


def test_round_trips() -> None:
    span = Span(3, 17)
    assert span.to_dict() == {"start": 3, "end": 17}
    assert Span.from_dict(span.to_dict()) == span
    assert Span.from_json(span.to_json()) == span
    assert pickle.loads(pickle.dumps(span)) == span


def test_article_spans_slice_the_body(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    for r in a.resolutions:
        assert r.span.slice(a.body) == a.body.encode()[r.span.start : r.span.end].decode()
