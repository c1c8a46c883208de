"""nghiquyet.read_page (src/page.rs): a saved web page read by the page
reader of nghiquyet-ingest, as `nghiquyet ingest` reads one."""

from __future__ import annotations

import datetime
import pickle

import pytest

import nghiquyet
from nghiquyet import Article, ParseError

from conftest import VN

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>HĐND huyện Mẫu thông qua kế hoạch năm 2026 - Báo Mẫu</title>
<meta property="article:published_time" content="2025-12-18T10:25:00+07:00">
<meta name="author" content="Thu Hà">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article>
<h1>HĐND huyện Mẫu thông qua kế hoạch năm 2026</h1>
<p>Kỳ họp đã thông qua Nghị quyết số 45/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026.</p>
<table>
<tr><th>TT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Ước thực hiện 2025</th><th>Kế hoạch 2026</th></tr>
<tr><td>1</td><td>Thu ngân sách trên địa bàn</td><td>tỷ đồng</td><td>312</td><td>330</td></tr>
<tr><td>2</td><td>Tỷ lệ dân số tham gia bảo hiểm y tế</td><td>%</td><td>94</td><td>95,5</td></tr>
</table>
<p>Phát biểu bế mạc, Chủ tịch HĐND huyện đề nghị các ngành triển khai ngay từ đầu năm.</p>
</article>
<aside><h3>Đọc nhiều</h3><ul><li><a href="/a">Giá vàng hôm nay tăng 2%</a></li></ul></aside>
<footer>Giấy phép số 12/GP-BTTTT. Điện thoại: 0270 3822 456.</footer>
</body></html>
"""


def test_reads_a_page_into_an_article() -> None:
    a = nghiquyet.read_page(PAGE.format(charset="utf-8"), url="https://bao.example/a.html")
    assert isinstance(a, Article)
    assert a.title == "HĐND huyện Mẫu thông qua kế hoạch năm 2026"
    assert a.url == "https://bao.example/a.html"
    assert a.author == "Thu Hà"
    assert a.published == datetime.datetime(2025, 12, 18, 10, 25, tzinfo=VN)
    assert a.paragraphs[0].startswith("Kỳ họp đã thông qua")
    body = a.body
    for chrome in ["Trang chủ", "Đọc nhiều", "Giá vàng", "Giấy phép", "Điện thoại"]:
        assert chrome not in body, chrome
    [resolution] = a.resolutions
    assert resolution.number == "45/NQ-HĐND"
    assert resolution.issuer == "HĐND huyện Mẫu"


@pytest.mark.extractor
def test_a_table_s_plan_column_gives_targets_and_its_estimates_none() -> None:
    a = nghiquyet.read_page(PAGE.format(charset="utf-8"))
    assert [(t.value, t.unit, t.deadline_year) for t in a.targets] == [
        (330.0, "tỷ đồng", 2026),
        (95.5, "%", 2026),
    ]
    for t in a.targets:
        assert a.text_of(t.span) == t.text


def test_bytes_in_the_charset_the_page_declares() -> None:
    utf8 = nghiquyet.read_page(PAGE.format(charset="utf-8").encode())
    # The same page in a legacy charset the HTTP header declares: only
    # chars Latin-1 holds, so the bytes cannot be UTF-8.
    latin = PAGE.format(charset="iso-8859-1").replace("Mẫu", "Mé").replace("Thu Hà", "Thu Hè")
    ascii_only = "".join(c for c in latin if ord(c) < 256)
    a = nghiquyet.read_page(ascii_only.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    assert a.author == "Thu Hè"
    assert a.paragraphs and utf8.paragraphs
    # A str is Unicode already, whatever its <meta> declares.
    assert nghiquyet.read_page(PAGE.format(charset="windows-1258")) == utf8


def test_the_article_pickles_like_any_other() -> None:
    a = nghiquyet.read_page(PAGE.format(charset="utf-8"))
    assert pickle.loads(pickle.dumps(a)) == a


def _listing() -> str:
    item = (
        "<div class=item><h3><a href=/a{n}>Huyện Mẫu {n} phấn đấu 100% xã đạt chuẩn</a></h3>"
        "<p>Đại hội Đảng bộ huyện Mẫu {n} đề ra mục tiêu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới.</p></div>"
    )
    items = "".join(item.format(n=n) for n in range(1, 4))
    return f"<html><body><h1>Xây dựng Đảng</h1><div class=list>{items}</div></body></html>"


@pytest.mark.parametrize(
    ("page", "kind", "offset"),
    [
        (_listing(), "list_of_articles", None),
        ("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>", "no_article", None),
        (b"<html><body>\x00\x01\x02</body></html>", "binary", 12),
        ("<div>" * 5000 + "Đoạn văn." + "</div>" * 5000, "too_deep", None),
    ],
)
def test_a_page_that_is_no_article_raises_parse_error(
    page: str | bytes, kind: str, offset: int | None
) -> None:
    with pytest.raises(ParseError) as info:
        nghiquyet.read_page(page)
    assert info.value.kind == kind, info.value
    assert info.value.offset == offset
    assert info.value.index is None
    assert str(info.value) == info.value.message != ""


def test_anything_but_text_or_bytes_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expected str or bytes, got int"):
        nghiquyet.read_page(42)  # type: ignore[arg-type]
