"""The target extractor of nghiquyet-core through Python: extract_targets on
clauses and articles. They assert robust facts: a clause like "95% trở lên
đảng viên" gives a target with value 95, unit "%" and bound "at_least",
whose span slices its own text.
"""

from __future__ import annotations

import datetime
import pickle

import pytest

import nghiquyet
from nghiquyet import Article, Span, Target

from conftest import Generated

CLAUSE = "phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ"

pytestmark = [pytest.mark.extractor]


def find(targets: list[Target], value: float, unit: str) -> Target:
    matches = [t for t in targets if t.value == value and t.unit == unit]
    assert matches, f"no {value}{unit} target in {targets!r}"
    return matches[0]


def test_extract_targets_on_a_clause() -> None:
    targets = nghiquyet.extract_targets(CLAUSE)
    t = find(targets, 95, "%")
    assert isinstance(t, Target)
    assert t.bound == "at_least"
    assert isinstance(t.span, Span)
    assert t.span.slice(CLAUSE) == t.text
    assert "95%" in t.text


def test_a_date_reads_past_years_as_results() -> None:
    # Nothing but the date tells that 2027 is past: no "toàn tỉnh", and the
    # goal of 2030 in a paragraph of its own.
    text = "Năm 2027, kết nạp 1.200 đảng viên mới.\nĐến năm 2030, 100% xã đạt chuẩn nông thôn mới."
    undated = nghiquyet.extract_targets(text)
    assert sorted(t.value for t in undated) == [100, 1200]
    dated = nghiquyet.extract_targets(text, published=datetime.date(2028, 3, 1))
    assert [t.value for t in dated] == [100]
    assert dated[0].deadline_year == 2030
    with pytest.raises(TypeError):
        nghiquyet.extract_targets(text, published="2026-03-01")  # type: ignore[arg-type]


def test_targets_of_an_article_slice_its_body(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    t = find(a.targets, 95, "%")
    assert t.bound == "at_least"
    for target in a.targets:
        assert target.span.slice(a.body) == target.text


def test_article_with_targets_round_trips(ven_song: str, mien_nui: str) -> None:
    for text in (ven_song, mien_nui):
        a = nghiquyet.parse_article(text)
        assert a.targets
        assert Article.from_dict(a.to_dict()) == a
        assert pickle.loads(pickle.dumps(a)) == a
        for t in a.targets:
            assert Target.from_json(t.to_json()) == t
            assert t.display_value()


def test_generated_articles_have_their_percent_targets(generated: list[Generated]) -> None:
    articles = nghiquyet.parse_many(g.text for g in generated[:300])
    assert all(any(t.unit == "%" for t in a.targets) for a in articles)

