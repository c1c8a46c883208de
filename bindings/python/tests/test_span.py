"""nghiquyet.Span (src/span.rs): UTF-8 byte ranges into Article.body."""

from __future__ import annotations

import pickle
import unicodedata
from typing import Literal

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


def test_spans_made_by_hand_know_no_characters() -> None:
    span = Span(7, 10)
    assert (span.char_start, span.char_end) == (None, None)
    assert "char_start" not in repr(span)
    assert Span.from_json(span.to_json()).char_start is None


def test_article_spans_know_their_characters(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    spans = [t.span for t in a.targets] + [r.span for r in a.resolutions]
    assert spans
    for s in spans:
        assert s.char_start is not None and s.char_end is not None
        text = a.body[s.char_start : s.char_end]
        assert text == a.text_of(s) == s.slice(a.body)
        # Vietnamese letters before the span take more bytes than characters.
        assert s.char_start < s.start
        assert f"char_start={s.char_start}" in repr(s)
    for t in a.targets:
        assert a.body[t.span.char_start : t.span.char_end] == t.text
    for r in a.resolutions:
        assert a.text_of(r.span).startswith("Nghị quyết")


def test_equality_and_hash_are_the_byte_range(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    s = a.targets[0].span
    by_hand = Span(s.start, s.end)
    assert by_hand == s and hash(by_hand) == hash(s)
    assert len({by_hand, s}) == 1
    assert nghiquyet.Target.from_json(a.targets[0].to_json()) == a.targets[0]


def test_nfd_input_gives_the_nfc_body_and_offsets_into_it(ven_song: str) -> None:
    nfd = unicodedata.normalize("NFD", ven_song)
    assert nfd != ven_song
    a = nghiquyet.parse_article(nfd)
    b = nghiquyet.parse_article(ven_song)
    assert a == b and a.body == unicodedata.normalize("NFC", a.body)
    assert a.targets and [t.span for t in a.targets] == [t.span for t in b.targets]
    for t in a.targets:
        assert a.body[t.span.char_start : t.span.char_end] == t.text == a.text_of(t.span)


def test_text_of_refuses_spans_off_the_body(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    n = len(a.body.encode())
    with pytest.raises(ValueError, match=f"not inside the body of article {a.id}"):
        a.text_of(Span(n - 2, n + 5))
    first = next(i for i, c in enumerate(a.body) if len(c.encode()) > 1)
    inside = len(a.body[:first].encode()) + 1  # a byte inside a Vietnamese letter
    with pytest.raises(ValueError, match="not inside"):
        a.text_of(Span(inside, inside + 3))
    with pytest.raises(TypeError):
        a.text_of((0, 3))  # type: ignore[arg-type]
    assert a.text_of(Span(0, 0)) == ""


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_extract_targets_offsets_index_the_given_text(ven_song: str, form: Literal["NFC", "NFD"]) -> None:
    body = unicodedata.normalize(form, nghiquyet.parse_article(ven_song).body)
    targets = nghiquyet.extract_targets(body)
    assert targets
    for t in targets:
        assert body[t.span.char_start : t.span.char_end] == t.text
        assert body.encode()[t.span.start : t.span.end].decode() == t.text
    # bytes give the same targets, offsets into the decoded text.
    assert nghiquyet.extract_targets(body.encode()) == targets
    assert [t.span.char_start for t in nghiquyet.extract_targets(body.encode())] == [
        t.span.char_start for t in targets
    ]
