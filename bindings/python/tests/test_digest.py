"""render_digest: a digest preview with the service's own templates."""

from __future__ import annotations

import pytest

import nghiquyet


def test_renders_both_parts_in_vietnamese(ven_song: str, mien_nui: str) -> None:
    articles = [nghiquyet.parse_article(ven_song), nghiquyet.parse_article(mien_nui)]
    digest = nghiquyet.render_digest(articles)
    assert isinstance(digest, nghiquyet.Digest)
    assert digest.subject
    for article in articles:
        assert article.title is not None
        assert article.title in digest.text
    assert "<table" in digest.html
    assert "<script" not in digest.html.lower()
    # The Vietnamese labels are the default.
    assert digest == nghiquyet.render_digest(articles, lang="vi")
    assert digest != nghiquyet.render_digest(articles, lang="en")


def test_english_differs_only_in_labels(ven_song: str) -> None:
    article = nghiquyet.parse_article(ven_song)
    vi = nghiquyet.render_digest([article], lang="vi")
    en = nghiquyet.render_digest([article], lang="en")
    assert vi.subject != en.subject
    assert article.title is not None and article.title in en.text


def test_article_text_is_escaped() -> None:
    text = (
        "Đảng bộ xã <b>Thử</b>:\n"
        "Tiêu đề có <script>alert(1)</script> & ký hiệu\n"
        "Cập nhật: Thứ Hai 12/10/2020 - 08:00\n"
        "Nhiệm kỳ 2020-2025, phấn đấu 90% trở lên đảng viên hoàn thành tốt nhiệm vụ.\n"
    )
    digest = nghiquyet.render_digest([nghiquyet.parse_article(text)])
    assert "<script>alert(1)</script>" not in digest.html
    assert "&lt;script&gt;" in digest.html


def test_accepts_any_iterable_of_articles(ven_song: str) -> None:
    article = nghiquyet.parse_article(ven_song)
    assert nghiquyet.render_digest(a for a in [article]) == nghiquyet.render_digest([article])


def test_bad_arguments_raise_clearly(ven_song: str) -> None:
    article = nghiquyet.parse_article(ven_song)
    with pytest.raises(ValueError, match="fr"):
        nghiquyet.render_digest([article], lang="fr")
    with pytest.raises(TypeError, match="item 1: expected Article, got str"):
        nghiquyet.render_digest([article, "not an article"])  # type: ignore[list-item]


def test_repr_names_the_subject(ven_song: str) -> None:
    digest = nghiquyet.render_digest([nghiquyet.parse_article(ven_song)])
    assert repr(digest).startswith(f"Digest(subject={digest.subject!r}".replace("'", '"'))
