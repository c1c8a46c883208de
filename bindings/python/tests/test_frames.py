"""targets_frame, targets_table, articles_frame, articles_table (src/frame.rs,
python/nghiquyet/_frames.py): columns, dtypes and values on several
articles, checked against the objects they come from."""

from __future__ import annotations

import datetime
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

import nghiquyet
from nghiquyet import Article

from conftest import VN, Generated

TARGET_COLUMNS = [
    "article_id", "url", "published", "kicker", "title", "issuer", "resolution_number",
    "congress", "term_start", "term_end", "value", "value_max", "unit", "per", "bound",
    "subject", "criterion", "baseline", "achieved", "deadline_year", "text", "char_start",
    "char_end", "resolution_subject",
]  # fmt: skip
INTEGERS = ["congress", "term_start", "term_end", "deadline_year", "char_start", "char_end"]
FLOATS = ["value", "value_max", "achieved"]
STRINGS = [
    "article_id", "url", "kicker", "title", "issuer", "resolution_number", "unit", "per",
    "subject", "criterion", "baseline", "text", "resolution_subject",
]  # fmt: skip
ARTICLE_COLUMNS = [
    "article_id", "url", "published", "kicker", "title", "author", "issuer",
    "resolution_count", "target_count", "body",
]  # fmt: skip


@pytest.fixture
def articles(data_dir: Path, generated: list[Generated]) -> list[Article]:
    """The hand-written articles (one with a URL) and forty generated ones."""
    files = sorted(data_dir.glob("*.txt"))
    first = nghiquyet.parse_article(files[0].read_bytes(), url="https://example.vn/tin/1")
    rest = nghiquyet.parse_many([f.read_bytes() for f in files[1:]] + [g.text for g in generated[:40]])
    return [first, *rest]


def missing(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT


def same(a: Any, b: Any) -> bool:
    return (missing(a) and missing(b)) or a == b


def check_target_dtypes(df: pd.DataFrame) -> None:
    assert list(df.columns) == TARGET_COLUMNS
    assert isinstance(df["published"].dtype, pd.DatetimeTZDtype)
    for c in INTEGERS:
        assert df[c].dtype == pd.Int64Dtype(), c
    for c in FLOATS:
        assert df[c].dtype == pd.Float64Dtype(), c
    for c in STRINGS:
        assert isinstance(df[c].dtype, pd.StringDtype), c
    assert isinstance(df["bound"].dtype, pd.CategoricalDtype)
    assert list(df["bound"].cat.categories) == list(nghiquyet.BOUNDS)


def test_targets_frame_columns_dtypes_and_values(articles: list[Article]) -> None:
    df = nghiquyet.targets_frame(articles)
    check_target_dtypes(df)
    expected = [(a, t) for a in articles for t in a.targets]
    assert len(df) == len(expected) > 40
    dtype = df["published"].dtype
    assert isinstance(dtype, pd.DatetimeTZDtype)
    assert dtype.tz.utcoffset(None) == datetime.timedelta(hours=7)
    for (a, t), got in zip(expected, df.to_dict("records")):
        r = a.resolution_of(t)
        term = t.term or (r.term if r else None)
        want = {
            "article_id": a.id, "url": a.url, "published": a.published, "kicker": a.kicker,
            "title": a.title, "issuer": r.issuer if r else None,
            "resolution_number": r.number if r else None, "congress": r.congress if r else None,
            "term_start": term.start if term else None, "term_end": term.end if term else None,
            "value": t.value, "value_max": t.value_max, "unit": t.unit, "per": t.per,
            "bound": t.bound, "subject": t.subject, "criterion": t.criterion,
            "baseline": t.baseline, "achieved": t.achieved, "deadline_year": t.deadline_year,
            "text": t.text, "char_start": t.span.char_start, "char_end": t.span.char_end,
            "resolution_subject": r.subject if r else None,
        }  # fmt: skip
        for column, value in want.items():
            assert same(got[column], value), (column, got[column], value)
        # The offsets index the body as a Python str.
        assert a.body[got["char_start"] : got["char_end"]] == t.text
    # Missing numbers are <NA> in their nullable columns, not NaN floats.
    assert df["deadline_year"].isna().any() and df["value_max"].isna().any()
    assert df["url"].notna().sum() == len(articles[0].targets)


def test_a_target_maps_to_the_resolution_of_its_term() -> None:
    body = (
        "Nghị quyết Đại hội XIV, nhiệm kỳ 2015-2020 hoàn thành. "
        "Nghị quyết số 10-NQ/TU, nhiệm kỳ 2020-2025 đề ra: 90% đảng viên; 80% xã; 70% hộ."
    )

    def span_of(s: str) -> dict[str, int]:
        start = len(body[: body.index(s)].encode())
        return {"start": start, "end": start + len(s.encode())}

    def target(text: str, term: dict[str, int] | None) -> dict[str, Any]:
        return {
            "value": float(text[:2]), "value_max": None, "unit": "%", "per": None,
            "bound": "exact", "subject": None, "criterion": None, "baseline": None,
            "achieved": None, "deadline_year": None, "term": term, "span": span_of(text),
            "text": text,
        }  # fmt: skip

    old = {"start": 2015, "end": 2020}
    new = {"start": 2020, "end": 2025}
    article = Article.from_dict({
        "id": "a1", "url": None, "kicker": None, "title": None, "published": None,
        "author": None, "paragraphs": [body],
        "resolutions": [
            {"issuer": "Đảng bộ tỉnh", "number": None, "congress": 14, "term": old,
             "span": span_of("Nghị quyết Đại hội XIV")},
            {"issuer": "Tỉnh ủy", "number": "10-NQ/TU", "congress": None, "term": new,
             "span": span_of("Nghị quyết số 10-NQ/TU")},
        ],
        "targets": [target("90% đảng viên", new), target("80% xã", old), target("70% hộ", None)],
    })  # fmt: skip
    df = nghiquyet.targets_frame([article])
    # Its own term first; with no term, the last resolution mentioned before it.
    assert df["resolution_number"].tolist() == ["10-NQ/TU", pd.NA, "10-NQ/TU"]
    assert df["congress"].tolist() == [pd.NA, 14, pd.NA]
    assert df["issuer"].tolist() == ["Tỉnh ủy", "Đảng bộ tỉnh", "Tỉnh ủy"]
    # A target with no term takes its resolution's.
    assert df["term_start"].tolist() == [2020, 2015, 2020]
    assert df["published"].isna().all()
    assert [article.body[s:e] for s, e in zip(df["char_start"], df["char_end"])] == df["text"].tolist()


def test_no_articles_give_typed_empty_frames() -> None:
    df = nghiquyet.targets_frame([])
    assert len(df) == 0
    check_target_dtypes(df)
    assert nghiquyet.targets_table([]).num_rows == 0
    assert list(nghiquyet.articles_frame(iter([])).columns) == ARTICLE_COLUMNS


def test_articles_of_several_offsets_are_in_utc(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    d = a.to_dict()
    d["id"] = "elsewhere"
    d["published"] = "2020-10-16T09:30:00+02:00"
    b = Article.from_dict(d)
    df = nghiquyet.targets_frame([a, b])
    assert str(df["published"].dt.tz) == "UTC"
    assert a.published is not None and b.published is not None
    assert set(df["published"]) == {pd.Timestamp(a.published), pd.Timestamp(b.published)}
    table = nghiquyet.targets_table([a, b])
    assert table.schema.field("published").type == pa.timestamp("us", tz="UTC")


def test_items_must_be_articles(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    with pytest.raises(TypeError, match="item 1: expected Article, got str"):
        nghiquyet.targets_frame([a, ven_song])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="item 0: expected Article, got NoneType"):
        nghiquyet.articles_table([None])  # type: ignore[list-item]


def test_targets_table_is_arrow(articles: list[Article]) -> None:
    table = nghiquyet.targets_table(articles)
    assert isinstance(table, pa.Table)
    assert table.column_names == TARGET_COLUMNS
    schema = table.schema
    assert schema.field("published").type == pa.timestamp("us", tz="+07:00")
    for c in INTEGERS:
        assert schema.field(c).type == pa.int64(), c
    for c in FLOATS:
        assert schema.field(c).type == pa.float64(), c
    for c in STRINGS:
        assert schema.field(c).type == pa.string(), c
    bound = table.column("bound").combine_chunks()
    assert pa.types.is_dictionary(bound.type)
    assert bound.dictionary.to_pylist() == list(nghiquyet.BOUNDS)
    targets = [t for a in articles for t in a.targets]
    assert bound.to_pylist() == [t.bound for t in targets]
    assert table.column("deadline_year").to_pylist() == [t.deadline_year for t in targets]
    assert table.column("char_start").to_pylist() == [t.span.char_start for t in targets]
    assert table.column("published").to_pylist() == [a.published for a in articles for _ in a.targets]
    # The same table as the pandas frame.
    df = nghiquyet.targets_frame(articles)
    assert table.column("value").to_pylist() == df["value"].tolist()
    assert table.column("text").to_pylist() == df["text"].tolist()


def test_articles_frame_and_table(articles: list[Article]) -> None:
    df = nghiquyet.articles_frame(articles)
    assert list(df.columns) == ARTICLE_COLUMNS
    assert len(df) == len(articles)
    assert isinstance(df["published"].dtype, pd.DatetimeTZDtype)
    assert df["target_count"].dtype == pd.Int64Dtype()
    for a, row in zip(articles, df.itertuples(index=False)):
        assert row.article_id == a.id and row.body == a.body and same(row.author, a.author)
        assert row.target_count == len(a.targets) and row.resolution_count == len(a.resolutions)
        assert a.published is not None and row.published == pd.Timestamp(a.published).tz_convert(VN)
        assert same(row.issuer, next((r.issuer for r in a.resolutions if r.issuer), None))
    # Joined on article_id, the two frames give each target its article.
    joined = nghiquyet.targets_frame(articles).merge(df[["article_id", "author"]], on="article_id")
    assert len(joined) == sum(len(a.targets) for a in articles)
    table = nghiquyet.articles_table(articles)
    assert table.column_names == ARTICLE_COLUMNS
    assert table.column("target_count").to_pylist() == [len(a.targets) for a in articles]
