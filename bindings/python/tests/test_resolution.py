"""nghiquyet.Resolution (src/resolution.rs)."""

from __future__ import annotations

import pickle

import pytest

import nghiquyet
from nghiquyet import Resolution, Span, Term


def resolution(text: str) -> Resolution:
    """The numbered resolution the text mentions."""
    return next(r for r in nghiquyet.parse_article(text).resolutions if r.number)


def test_attributes(mien_nui: str) -> None:
    r = resolution(mien_nui)
    assert r.issuer == "HĐND tỉnh Miền Núi"
    assert r.number == "45/2020/NQ-HĐND"
    assert r.congress is None
    assert r.term == Term(2021, 2025)
    assert isinstance(r.span, Span)
    assert r.span.slice(nghiquyet.parse_article(mien_nui).body).startswith("Nghị quyết số 45/2020/NQ-HĐND")


def test_subject_is_what_the_title_says_after_ve() -> None:
    a = nghiquyet.parse_article(
        "HĐND tỉnh Mẫu thông qua Nghị quyết số 45/NQ-HĐND về bảng giá đất năm 2026. "
        "Kỳ họp cũng thông qua Nghị quyết về kế hoạch đầu tư công năm 2026."
    )
    assert [(r.number, r.subject) for r in a.resolutions] == [
        ("45/NQ-HĐND", "bảng giá đất năm 2026"),
        (None, "kế hoạch đầu tư công năm 2026"),
    ]
    # JSON written before the field came still reads.
    d = a.resolutions[0].to_dict()
    del d["subject"]
    assert Resolution.from_dict(d).subject is None


def test_repr_eq_and_read_only(mien_nui: str) -> None:
    r = resolution(mien_nui)
    assert repr(r).startswith("Resolution(issuer='HĐND tỉnh Miền Núi', number='45/2020/NQ-HĐND', congress=None, term='2021-2025', subject='xây dựng nông thôn mới giai đoạn 2021-2025', span=Span(")
    assert r == resolution(mien_nui)
    with pytest.raises(AttributeError):
        r.issuer = "khác"  # type: ignore[misc]


def test_round_trips(mien_nui: str) -> None:
    r = resolution(mien_nui)
    d = r.to_dict()
    assert set(d) == {"issuer", "number", "congress", "term", "subject", "span"}
    assert d["term"] == {"start": 2021, "end": 2025}
    assert Resolution.from_dict(d) == r
    assert Resolution.from_json(r.to_json()) == r
    assert pickle.loads(pickle.dumps(r)) == r
