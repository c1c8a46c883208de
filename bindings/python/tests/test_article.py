"""nghiquyet.Article and parse_article (src/article.rs)."""

from __future__ import annotations

import copy
import datetime
import json
import multiprocessing
import operator
import pickle
import re

import pytest

import nghiquyet
from nghiquyet import Article, Resolution, Span, Term

from conftest import VN, Generated


def test_reads_header_body_and_byline(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    assert isinstance(a, Article)
    assert a.kicker == "Đảng bộ huyện Ven Sông"
    assert a.title == "Đại hội lần thứ XXII thành công tốt đẹp"
    assert a.author == "Minh Khang"
    assert a.url is None
    assert len(a.paragraphs) == 4
    assert a.paragraphs[0].startswith("Trong hai ngày 14 và 15/10")
    assert all("Ý kiến bạn đọc" not in p for p in a.paragraphs)
    assert isinstance(a.id, str) and len(a.id) == 16


def test_published_is_aware_and_keeps_the_portal_offset(ven_song: str) -> None:
    published = nghiquyet.parse_article(ven_song).published
    assert isinstance(published, datetime.datetime)
    assert published == datetime.datetime(2020, 10, 16, 14, 30, tzinfo=VN)
    assert published.utcoffset() == datetime.timedelta(hours=7)
    assert published.isoformat() == "2020-10-16T14:30:00+07:00"


def test_updated_comes_from_pages_that_give_it(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    assert a.updated is None
    # What `nghiquyet parse --html` writes for a page with both times.
    data = json.loads(a.to_json())
    data["updated"] = "2020-10-17T09:05:00+07:00"
    b = Article.from_json(json.dumps(data))
    assert b.updated == datetime.datetime(2020, 10, 17, 9, 5, tzinfo=VN)
    assert b.published == a.published


def test_missing_parts_are_none() -> None:
    a = nghiquyet.parse_article("Chỉ một đoạn văn ngắn.")
    assert (a.kicker, a.title, a.published, a.author) == (None, None, None, None)
    assert a.paragraphs == ["Chỉ một đoạn văn ngắn."]
    assert a.resolutions == [] and a.targets == []


def test_url_keyword(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song, url="https://venSong.example.vn/tin/1")
    assert a.url == "https://venSong.example.vn/tin/1"
    with pytest.raises(TypeError):
        nghiquyet.parse_article(ven_song, "https://positional.example")  # type: ignore[call-arg]


def test_bytes_and_str_read_alike(ven_song: str) -> None:
    assert nghiquyet.parse_article(ven_song.encode()) == nghiquyet.parse_article(ven_song)


def test_rejects_other_types() -> None:
    for bad in (None, 42, ["text"], bytearray(b"text")):
        with pytest.raises(TypeError, match="expected str or bytes"):
            nghiquyet.parse_article(bad)  # type: ignore[arg-type]


def test_id_is_stable_across_unicode_forms_and_line_endings(ven_song: str) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", ven_song).replace("\n", "\r\n")
    assert nghiquyet.parse_article(nfd).id == nghiquyet.parse_article(ven_song).id


def test_body_is_what_spans_index(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    assert a.body == "\n\n".join(a.paragraphs)
    assert a.resolutions, "the fixture names two resolutions"
    mentions = [r.span.slice(a.body) for r in a.resolutions]
    assert all(mentions)
    assert any("Nghị quyết" in m for m in mentions)


def test_resolutions(ven_song: str, mien_nui: str) -> None:
    current = [r for r in nghiquyet.parse_article(ven_song).resolutions if r.term == Term(2020, 2025)]
    assert current and current[0].issuer == "Đảng bộ huyện Ven Sông"
    assert current[0].congress == 22
    numbered = next(r for r in nghiquyet.parse_article(mien_nui).resolutions if r.number)
    assert numbered.number == "45/2020/NQ-HĐND"
    assert numbered.term == Term(2021, 2025)
    assert isinstance(numbered, Resolution) and isinstance(numbered.span, Span)


def test_attributes_are_read_only(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    with pytest.raises(AttributeError):
        a.title = "khác"  # type: ignore[misc]
    a.paragraphs.append("changes a copy only")
    assert len(a.paragraphs) == 4


def test_repr(ven_song: str) -> None:
    r = repr(nghiquyet.parse_article(ven_song))
    assert r.startswith("Article(id='")
    assert "title='Đại hội lần thứ XXII thành công tốt đẹp'" in r
    assert "published='2020-10-16T14:30:00+07:00'" in r
    assert re.search(r"resolutions=[1-9]", r)


def test_eq(ven_song: str, mien_nui: str) -> None:
    a, b = nghiquyet.parse_article(ven_song), nghiquyet.parse_article(ven_song)
    assert a == b and not (a != b)
    assert a != nghiquyet.parse_article(mien_nui)
    assert a != nghiquyet.parse_article(ven_song, url="https://x.example")
    assert a != "not an article"
    with pytest.raises(TypeError):
        hash(a)


def test_to_dict_is_the_json_contract(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song, url="https://x.example/1")
    d = a.to_dict()
    assert list(d) == [
        "id", "url", "kicker", "title", "published", "author", "paragraphs", "resolutions", "targets",
    ]
    assert d["published"] == "2020-10-16T14:30:00+07:00"
    assert d["resolutions"][0]["span"] == {"start": a.resolutions[0].span.start, "end": a.resolutions[0].span.end}
    assert d["resolutions"][1]["term"] == {"start": 2020, "end": 2025}
    assert json.loads(a.to_json()) == d
    assert json.loads(a.to_json(indent=2)) == d
    assert "\n  " in a.to_json(indent=2)
    assert "Ven Sông" in a.to_json(), "JSON keeps Vietnamese letters unescaped"


def test_round_trips(ven_song: str, mien_nui: str) -> None:
    for text in (ven_song, mien_nui):
        a = nghiquyet.parse_article(text, url="https://x.example")
        assert Article.from_dict(a.to_dict()) == a
        assert Article.from_json(a.to_json()) == a
        assert Article.from_json(a.to_json(indent=4)) == a
        assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_pickle_and_copy(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(a, protocol)) == a
    assert copy.copy(a) == a and copy.deepcopy(a) == a
    assert a.__reduce__()[0] == Article.from_json


def test_multiprocessing_ships_articles_both_ways(ven_song: str, mien_nui: str) -> None:
    texts = [ven_song, mien_nui]
    articles = [nghiquyet.parse_article(t) for t in texts]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        # Texts in, articles out: the children parse and pickle them back.
        assert pool.map(nghiquyet.parse_article, texts) == articles
        # Articles in: the children unpickle them and read an attribute.
        assert pool.map(operator.attrgetter("title"), articles) == [a.title for a in articles]


def test_releases_the_gil(generated: list[Generated]) -> None:
    """While parse_many works, other Python threads keep running."""
    import threading
    import time

    texts = [g.text for g in generated]
    window: list[float] = []

    def work() -> None:
        window.append(time.perf_counter())
        nghiquyet.parse_many(texts, threads=1)
        window.append(time.perf_counter())

    worker = threading.Thread(target=work)
    worker.start()
    ticks = []
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    start, end = window
    points = [start, *(t for t in ticks if start < t < end), end]
    longest_pause = max(b - a for a, b in zip(points, points[1:]))
    # Holding the GIL would stall this thread for the whole call.
    assert longest_pause < (end - start) / 2, (longest_pause, end - start)


def test_parse_article_in_a_thread_pool(generated: list[Generated]) -> None:
    """Parsing in a thread pool gives what parsing in sequence gives."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [g.text for g in generated[:200]]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(nghiquyet.parse_article, texts)) == [nghiquyet.parse_article(t) for t in texts]
