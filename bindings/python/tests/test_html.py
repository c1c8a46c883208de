"""_repr_html_ of Article, Target and Digest (src/html.rs): what a notebook
shows. Parsed with html.parser, so a broken table fails."""

from __future__ import annotations

from html.parser import HTMLParser

import nghiquyet
from nghiquyet import Article


class Cells(HTMLParser):
    """The rows of every table, as lists of cell texts, and the tags seen."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tags: list[str] = []
        self.open: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in ("br",):
            self.open.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def cells(html: str) -> Cells:
    parser = Cells()
    parser.feed(html)
    parser.close()
    assert not parser.open, f"unclosed: {parser.open}"
    return parser


def test_article_shows_a_row_per_target(ven_song: str) -> None:
    a = nghiquyet.parse_article(ven_song)
    html = a._repr_html_()
    parsed = cells(html)
    header, *rows = parsed.rows
    assert header[:3] == ["value", "subject", "criterion"]
    assert len(rows) == len(a.targets) > 0
    for t, row in zip(a.targets, rows):
        assert row[0] == t.display_value()
        assert row[1] == (t.subject or "–")
        resolution = a.resolution_of(t)
        assert resolution is not None and resolution.issuer is not None
        assert row[-1].startswith(resolution.issuer)
    assert a.title is not None and a.title in html and a.id in html
    assert "script" not in parsed.tags


def test_article_text_is_escaped(ven_song: str) -> None:
    d = nghiquyet.parse_article(ven_song).to_dict()
    d["title"] = "<script>alert('x')</script> & co"
    d["targets"][0]["subject"] = "<img src=x onerror=alert(1)>"
    html = Article.from_dict(d)._repr_html_()
    parsed = cells(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert "&lt;script&gt;" in html and "&amp; co" in html
    assert parsed.rows[1][1] == "<img src=x onerror=alert(1)>"


def test_article_without_targets() -> None:
    html = nghiquyet.parse_article("Tin ngắn:\nKhông có chỉ tiêu\nThứ Hai, 12/10/2020, 08:00\nMột câu.")._repr_html_()
    cells(html)
    assert "no targets" in html and "<table" not in html


def test_target_is_a_one_row_table(ven_song: str) -> None:
    t = nghiquyet.parse_article(ven_song).targets[0]
    parsed = cells(t._repr_html_())
    header, row, clause = parsed.rows
    assert len(header) == len(row) == 7
    assert row[0] == t.display_value()
    assert clause == [t.text]


def test_digest_shows_its_html(ven_song: str) -> None:
    digest = nghiquyet.render_digest([nghiquyet.parse_article(ven_song)])
    assert digest._repr_html_() == digest.html
