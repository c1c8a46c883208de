"""parse_many (src/article.rs): many articles in parallel, GIL released."""

from __future__ import annotations

import pytest

import nghiquyet
from nghiquyet import Article, NghiquyetError, ParseError, Term

from conftest import Generated


def test_thousands_of_generated_articles(generated: list[Generated]) -> None:
    articles = nghiquyet.parse_many(g.text for g in generated)
    assert len(articles) == len(generated)
    for g, a in zip(generated, articles):
        assert isinstance(a, Article)
        assert (a.kicker, a.title, a.author) == (g.kicker, g.title, g.author)
        assert a.published == g.published
        assert len(a.paragraphs) == g.paragraphs
        assert any(r.term == Term(*g.term) for r in a.resolutions), a.body
    assert len({a.id for a in articles}) == len(articles)


@pytest.mark.parametrize("threads", [None, 1, 2, 3, 64])
def test_same_result_whatever_the_threads(generated: list[Generated], threads: int | None) -> None:
    texts = [g.text for g in generated[:500]]
    expected = [nghiquyet.parse_article(t) for t in texts]
    assert nghiquyet.parse_many(texts, threads=threads) == expected


def test_accepts_any_iterable_of_str_and_bytes(ven_song: str, mien_nui: str) -> None:
    mixed: list[str | bytes] = [ven_song, mien_nui.encode()]
    expected = [nghiquyet.parse_article(ven_song), nghiquyet.parse_article(mien_nui)]
    assert nghiquyet.parse_many(mixed) == expected
    assert nghiquyet.parse_many(iter(mixed)) == expected
    assert nghiquyet.parse_many(tuple(mixed), threads=1) == expected
    assert nghiquyet.parse_many([]) == []


def test_a_bad_item_raises_with_its_index(generated: list[Generated]) -> None:
    texts: list[str | bytes] = [g.text for g in generated[:100]]
    texts[37] = b"\xffbad"
    texts[80] = ""
    with pytest.raises(ParseError) as info:
        nghiquyet.parse_many(texts)
    err = info.value
    assert err.index == 37, "the first bad item"
    assert err.kind == "invalid_utf8" and err.offset == 0
    assert str(err).startswith("item 37: ")


def test_collect_puts_errors_in_place(generated: list[Generated]) -> None:
    texts: list[str | bytes] = [g.text for g in generated[:100]]
    texts[5] = "   "
    texts[99] = "Đảng\x00bộ"
    out = nghiquyet.parse_many(texts, errors="collect", threads=2)
    assert len(out) == 100
    bad = {i: x for i, x in enumerate(out) if isinstance(x, NghiquyetError)}
    assert set(bad) == {5, 99}
    assert isinstance(bad[5], ParseError) and bad[5].index == 5 and bad[5].kind == "empty"
    assert isinstance(bad[99], ParseError) and bad[99].kind == "binary" and bad[99].offset == 7
    assert all(isinstance(x, Article) for i, x in enumerate(out) if i not in bad)


def test_wrong_item_type_raises_type_error_with_index(ven_song: str) -> None:
    for errors in ("raise", "collect"):
        with pytest.raises(TypeError, match="item 1: expected str or bytes, got int"):
            nghiquyet.parse_many([ven_song, 7], errors=errors)  # type: ignore[call-overload]


def test_argument_checks(ven_song: str) -> None:
    with pytest.raises(ValueError, match="threads must be at least 1"):
        nghiquyet.parse_many([ven_song], threads=0)
    with pytest.raises(ValueError, match="errors must be"):
        nghiquyet.parse_many([ven_song], errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        nghiquyet.parse_many(42)  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        nghiquyet.parse_many([ven_song], 2)  # type: ignore[call-overload]
